"""Whether a speaker's words address what a question asks about, in the record's own words.

A question names its topic in its own words ("lab testing"); a speaker speaks of it in theirs
("laboratory capacity"). Two things make the literal check too strict, and are undone here:

- the words that name where the speaker spoke ("on the radio", "in her letter", "in the
  plenary") are the occasion, not the topic, when one of the speaker's own documents is
  described by them (its title, kind or publisher): a word describing a record they do not
  speak in stays a topic word, so "what did X say during the Y webinar" still needs Y;
- a topic word the speaker never uses may be one they use another form or a near synonym of:
  the bundled embedding model's vectors of single words tell "lab" ~ "laboratory", "proving" ~
  "proof", "looted" ~ "looting" (cosine >= WORD_SIMILARITY), while "encryption" and "privacy"
  stay apart.
"""

from __future__ import annotations

import re
import weakref

import numpy as np

from ..chunking import StoredUnit
from ..corpus import Corpus
from ..directory import norm
from ..terms import Term, content_words, stem_set

# Cosine between two single words' vectors at which one stands for the other: forms of one
# word and close synonyms ("lab" ~ "laboratory" 0.84, "youth" ~ "young" 0.71), not mere
# neighbours of a field ("encryption" ~ "privacy" 0.54, "rhino" ~ "wildlife" 0.44).
WORD_SIMILARITY = 0.68
# The most of a speaker's distinct words compared with a topic's (their best-ranked units').
WORDS_COMPARED = 400

_WORDS: weakref.WeakKeyDictionary[Corpus, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()


def occasion_words(c: Corpus, doc_ids: list[str]) -> set[str]:
    """Stems of the words describing the documents a speaker speaks in: their titles, kinds
    and publishers ("radio news transcript", "Chair's letter", "summary record of the
    plenary"), and the words of their file names ("slides_x_2025")."""
    out: set[str] = set()
    for doc_id in doc_ids:
        d = c.docs.get(doc_id, {})
        text = " ".join(
            str(d.get(k) or "") for k in ("title", "kind", "publisher", "meeting_title")
        )
        out |= stem_set(content_words(norm(f"{text} {doc_id.replace('_', ' ')}")))
    return out


def _vectors(c: Corpus, words: list[str]) -> dict[str, np.ndarray]:
    """Unit vectors of single words, embedded once per index generation."""
    cache = _WORDS.setdefault(c, {})
    missing = [w for w in dict.fromkeys(words) if w not in cache]
    if missing:
        for w, v in zip(missing, c.retriever.encoder.batch(missing), strict=True):
            vec = np.asarray(v, dtype=np.float32)
            cache[w] = vec / (np.linalg.norm(vec) or 1.0)
    return cache


def said_words(c: Corpus, units: list[StoredUnit]) -> list[str]:
    """The distinct content words of `units`, in order (at most WORDS_COMPARED)."""
    words: dict[str, None] = {}
    for u in units:
        for w in content_words(norm(u.text)):
            if w.isalpha() and len(w) >= 3:
                words.setdefault(w)
        if len(words) >= WORDS_COMPARED:
            break
    return list(words)[:WORDS_COMPARED]


def held_in_other_words(c: Corpus, terms: list[Term], words: list[str]) -> set[str]:
    """The terms (by word) that one of `words` stands for: the same word in another form or
    a near synonym, by the embedding model's vectors of the single words."""
    asked = [t.word for t in terms if t.word.isalpha()]
    if not asked or not words:
        return set()
    vecs = _vectors(c, [*asked, *words])
    said = np.stack([vecs[w] for w in words])
    out = set()
    for w in asked:
        if float(np.max(said @ vecs[w])) >= WORD_SIMILARITY:
            out.add(w)
    return out


def soft_coverage(terms: list[Term], stems: set[str], other_words: set[str]) -> float:
    """Weighted share of the terms held by `stems` or standing for one of `other_words`."""
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0
    held = sum(t.weight for t in terms if t.held_by(stems) or t.word in other_words)
    return held / total


# Where someone spoke, set off by a preposition and a determiner: "on the radio", "in her
# letter", "at the side event", "during the X webinar" (up to the next preposition or the end).
OCCASION = re.compile(
    r"\b(?:in|on|at|during|from|via|through)\s+(?:the|her|his|their|its|this|that|a|an)\s+"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:about|on|of|with|for|to|and|that|when|after|before|in|at|during)\b|\s*[?.,;!]|\s*$)",
    re.I,
)


def occasion(c: Corpus, question: str, doc_ids: list[str]) -> tuple[set[str], list[str]]:
    """The stems of the question's words that name one of `doc_ids` as where the speaker
    spoke ("on the radio": their radio transcript), and those documents; nothing when the
    words describe none of them ("during the X webinar" when they spoke at no X webinar)."""
    described = {d: occasion_words(c, [d]) for d in doc_ids}
    stems: set[str] = set()
    docs: list[str] = []
    for m in OCCASION.finditer(question):
        words = stem_set(content_words(norm(m.group(1))))
        where = [d for d, held in described.items() if words and words <= held]
        if where:
            stems |= words
            docs += [d for d in where if d not in docs]
    return stems, docs
