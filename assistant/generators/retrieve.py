"""Retrieval within a question's scope, the same for every generator that searches itself."""

from __future__ import annotations

from functools import lru_cache

from ..chunking import StoredUnit
from ..corpus import Corpus
from ..directory import norm
from ..questions import Analysis
from ..retrieval import Hit
from ..terms import stem, stem_set

# General English verbs that report speech without saying how: "what did X say?" asks for
# anything X said, "what did X propose?" for what the record reports X proposing.
PLAIN_SPEECH = {"say", "said", "tell", "told", "speak", "spoke", "talk", "state", "mention", "add"}
PASSAGE_MORE = 2  # sentences of the same paragraph that may follow the one chosen


def search(corpus: Corpus, a: Analysis, query: str, k: int, timings: dict[str, float]) -> list[Hit]:
    """The best k hits for `query` among the units of the question's speakers and documents
    (all if none); keyword search also looks for the corpus's forms of its irregular verbs."""
    return corpus.retriever.search(
        query, k, speakers=a.speakers or None, timings=timings, doc_ids=a.docs or None,
        keyword_query=corpus.lexicon.inflect(query),
    )  # fmt: skip


def reported_with(corpus: Corpus, a: Analysis, hits: list[Hit]) -> list[Hit]:
    """The hits the record reports with a verb the question uses ("what did X propose?" ->
    "X proposed …"), in their order. A plain verb of speech ("say") asks for nothing in
    particular, and a verb most of the hits have does not tell them apart."""
    words = norm(a.question).split()
    asked = stem_set(words) | {f for w in words for f in corpus.lexicon.inflections(w)}
    asked -= _plain_speech()
    found = [h for h in hits if h.unit.verb and _verb_stem(h.unit.verb) in asked]
    return found if len(found) * 2 <= len(hits) else []


def _verb_stem(verb: str) -> str:
    words = norm(verb).split()
    return stem(words[-1]) if words else ""  # "she emphasized" -> "emphas"


@lru_cache(maxsize=1)
def _plain_speech() -> frozenset[str]:
    return frozenset(stem(w) for w in PLAIN_SPEECH)


def with_paragraph(
    corpus: Corpus, unit: StoredUnit, most: int = PASSAGE_MORE, same_kind: bool = True
) -> list[StoredUnit]:
    """`unit` and the sentences after it in the same paragraph and words of the same speaker
    (and, with `same_kind`, reported the same way): a written statement's point is often its
    first sentence, and its facts the next ones."""
    units = corpus.by_doc.get(unit.doc_id, [])
    if unit.order >= len(units) or units[unit.order].unit_id != unit.unit_id:
        return [unit]
    text = corpus.text(unit.doc_id)
    out = [unit]
    for nxt in units[unit.order + 1 : unit.order + 1 + most]:
        prev = out[-1]
        if (
            nxt.speaker != unit.speaker
            or (same_kind and nxt.kind != unit.kind)
            or "\n\n" in text[prev.end : nxt.start]
        ):
            break
        out.append(nxt)
    return out
