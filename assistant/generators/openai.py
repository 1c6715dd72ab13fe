"""The optional generator: a model behind an OpenAI-compatible chat API writes the answer.

It gets the engine's analysis of the question and retrieves within the same scope (the
question's speakers and documents). Each sentence it writes becomes a claim only when its
source numbers, its quotes and the speakers it names hold in the cited units; one sentence
that does not hold rejects the whole answer. The engine then verifies the claims like any
other generator's.
"""

from __future__ import annotations

import re
import time

from .. import compose, verify
from ..answer import Message
from ..chunking import StoredUnit
from ..config import Settings
from ..corpus import Corpus
from ..directory import norm
from ..errors import AssistantError
from ..llm import NOT_IN_SOURCES, OpenAIClient, PromptUnit, build_messages
from ..questions import Analysis, content_words
from .extractive import Extractive, Selection, unique

SENTENCE_END = re.compile(r"(?<=\])[.;!?]?(?:\s+|$)|\n+")
SUPPORT = 0.7  # share of an unquoted sentence's content words that its sources must hold


class Rejected(AssistantError):
    """The model's answer holds a sentence its sources do not support."""


class OpenAIGenerator:
    def __init__(self, corpus: Corpus, settings: Settings, history: list[Message]) -> None:
        self.c = corpus
        self.settings = settings
        self.history = history

    def select(self, a: Analysis, timings: dict[str, float]) -> Selection:
        """Claims from the model's answer; LLMError if the server fails, Rejected if unsupported."""
        # The extractive generator's own search: the same expansion, speakers and documents.
        hits = Extractive(self.c, self.settings).search(a, a.resolved, self.settings.top_k, timings)
        units = unique(h.unit for h in hits)
        prompt = [
            PromptUnit(n=i, speaker=u.speaker, affiliation=u.affiliation, kind=u.kind,
                       text=u.text, doc_title=u.doc_title, roles=list(u.roles))
            for i, u in enumerate(units, 1)
        ]  # fmt: skip
        t0 = time.perf_counter()
        try:
            with OpenAIClient(self.settings) as client:
                raw = client.complete(build_messages(a.resolved, prompt, self.history))
        finally:
            timings["llm_ms"] = (time.perf_counter() - t0) * 1000
        if raw.strip() == NOT_IN_SOURCES or not raw.strip():
            return Selection(hits=hits, reason="The language model found no answer.")
        by_n = dict(enumerate(units, 1))
        claims = []
        for sentence in (s for s in SENTENCE_END.split(raw) if s and s.strip()):
            claim = self._claim(sentence, by_n)
            if claim is None:
                raise Rejected("the language model's answer did not pass verification")
            claims.append(claim)
        return Selection(claims=claims, hits=hits)

    def _claim(self, sentence: str, by_n: dict[int, StoredUnit]) -> compose.Claim | None:
        """The sentence with the cited units that hold it, or None if none do."""
        plain = verify.MARKER.sub("", sentence)
        named = set(self.c.directory.resolve(plain))
        quoted = [verify.normalise(m.group(1)).strip(" ,.;:") for m in
                  verify.QUOTE_SPAN.finditer(plain)]  # fmt: skip
        cited = []
        for n in (int(n) for n in verify.MARKER.findall(sentence)):
            u = by_n.get(n)
            if u is None:
                continue
            text = verify.normalise(u.text)
            if quoted and not all(q in text for q in quoted):
                continue  # each marker must hold every quote of its sentence
            if named and u.speaker and u.speaker not in named:
                continue  # words credited to someone this source doesn't quote
            cited.append(u)
        if not cited or (named and not named <= {u.speaker for u in cited}):
            return None
        if not quoted:
            # Reported speech: most of its content words must be in the cited units.
            words = _stems(content_words(plain)) - _stems(content_words(" ".join(named)))
            have = _stems([w for u in cited for w in norm(u.text).split()])
            if words and len(words & have) / len(words) < SUPPORT:
                return None
        evidence = [_evidence_for(sentence, u, self.c.text(u.doc_id)) for u in cited]
        return compose.Claim(plain.strip(), evidence)


def _stems(words: list[str]) -> set[str]:
    import Stemmer

    return set(Stemmer.Stemmer("english").stemWords(words))


def _evidence_for(sentence: str, unit: StoredUnit, doc: str) -> compose.Evidence:
    """The span of `unit` a model's sentence quotes, else the unit's own quote or text."""
    for m in verify.QUOTE_SPAN.finditer(sentence):
        inner = m.group(1).strip(" ,.;:")
        at = doc.find(inner, unit.start, unit.end)
        if at >= 0:
            return compose.Evidence(unit, at, at + len(inner))
    if len(unit.quotes) == 1:
        return compose.Evidence(unit, *unit.quotes[0])
    return compose.Evidence(unit, unit.start, unit.end)
