"""Whether the record answers a question: a support score from the retrieved evidence.

Each retrieved unit is scored on three signals (no single one separates answerable from
unanswerable questions; ../shared/NOTES.md):
- semantic relevance: the embedding model's cosine between question and unit;
- coverage: the IDF-weighted share of the question's content terms (stems, acronyms both ways)
  found in the unit or its neighbours, or in the speaker it is credited to;
- answer type: a date for "when", a place for "where", a number near the noun asked about for
  "how many", in the unit's own words.
A document's dateline or title is not evidence. The question's support is the best unit's
score; the thresholds are settings (`min_support`, `min_coverage`).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import answer_types
from .chunking import StoredUnit
from .config import Settings
from .corpus import Corpus
from .directory import norm
from .questions import FUTURE, Analysis
from .retrieval import Hit
from .terms import EVENT_WORDS, Term, coverage, stem, stem_set

# Lower-case words a dateline or a record's heading may hold ("10 a.m. to 12.30 p.m.").
FRAME_WORDS = {"to", "and", "of", "the", "at", "in", "a.m", "p.m", "am", "pm", "from", "on"}


@dataclass
class Scored:
    hit: Hit
    coverage: float
    cosine: float
    typed: bool  # holds the kind of answer asked for (True when no kind is asked)
    score: float


@dataclass
class Support:
    score: float  # 0..1, the question's support: its best unit's score
    best: Scored | None
    scored: list[Scored]
    missing_type: str | None = None  # a kind asked for that no covering unit holds

    @property
    def answerable(self) -> bool:
        return self.best is not None and self.missing_type is None


def is_frame(unit: StoredUnit, corpus: Corpus) -> bool:
    """A dateline ("Vienna, 20 September 2023."), a heading, or the document's title."""
    text = unit.text.strip()
    title = corpus.docs.get(unit.doc_id, {}).get("title") or ""
    if title and norm(text) in norm(title):
        return True
    if text.startswith("#") or (len(text) < 40 and not text.rstrip("*_ ").endswith(".")):
        return True
    return _is_dateline(text)


def _is_dateline(text: str) -> bool:
    """Place names and a date, and nothing said: "Vienna, 20 September 2023." (a sentence
    with a date in it has lower-case words: "… will be held in Lisbon in May 2026.")."""
    if len(text) > 120 or not answer_types.has_date(text):
        return False
    rest = answer_types.DATE_RE.sub(" ", text)
    words = [w.strip("*_,.;:()") for w in rest.split()]
    said = [w for w in words if w[:1].islower() and w.lower() not in FRAME_WORDS]
    return not said


def question_terms(corpus: Corpus, a: Analysis) -> list[Term]:
    return corpus.lexicon.terms(a.topic, a.question)


def _speaker_stems(corpus: Corpus, unit: StoredUnit) -> set[str]:
    sp = corpus.directory.speakers.get(unit.speaker or "")
    if sp is None:
        return set()
    bits = [sp.name, sp.affiliation or "", sp.acronym or "", *sp.roles]
    return stem_set(norm(" ".join(bits)).split())


def _typed(
    kinds: list[str], unit: StoredUnit, nouns: set[str], named: frozenset[str], clock: bool
) -> bool:
    """The unit holds a kind of answer asked for (one is enough: the answer names the rest
    as not in the sources); `clock`: the "when" asked is a time of day."""
    text = unit.text
    checks = {
        "date": lambda: bool(answer_types.times(text)) if clock else answer_types.has_date(text),
        "place": lambda: answer_types.has_place(text),
        "number": lambda: answer_types.has_number(text, nouns, named),
    }
    return not kinds or any(checks[k]() for k in kinds)


def score_hits(
    corpus: Corpus, a: Analysis, hits: list[Hit], settings: Settings, terms: list[Term]
) -> Support:
    kinds = [k for k in a.types if k in ("date", "place", "number")]
    nouns = stem_set(t.word for t in terms if t.known and not t.word.isdigit())
    nouns |= answer_types.counted(a.question)
    named = answer_types.numbers_in(a.question)
    clock = answer_types.asks_time(a.question)
    noun = answer_types.counted_noun(a.question) if "number" in kinds else None
    # "How many euros …" of a record that never counts in euros: no number of it answers.
    uncountable = bool(noun) and not (
        corpus.lexicon.known_word(noun) or stem(noun) in answer_types.PARTICIPATION
    )
    dense = [h.cosine for h in hits if h.cosine is not None]
    floor = min(dense) if dense else 0.0
    # A dateline answers for the document or meeting the question names, never for another
    # event ("when will the summary be published?" is not answered by the release's date).
    frames_ok = bool(a.docs and a.scope_labels and not a.future_tense)
    scored: list[Scored] = []
    for h in hits:
        u = h.unit
        frame = is_frame(u, corpus)
        if frame and not frames_ok:
            continue
        own = corpus.stems_of(u) | _speaker_stems(corpus, u)
        mine = terms
        if a.scope_labels:  # words that named the document or meeting are its title's
            title = title_stems(corpus, u.doc_id)
            mine = [t for t in terms if not t.held_by(title)]
            if frame:  # a record's heading ("X, Geneva, 2024-04-09") is its event taking place
                mine = [t for t in mine if t.word not in EVENT_WORDS]
        # No words beyond those naming the meeting or document: the scope is the question.
        cov = coverage(mine, own) if mine else (1.0 if a.scope_labels else 0.0)
        neighbours = _neighbours(corpus, u)
        if mine and neighbours:
            wide = own.union(*(corpus.stems_of(v) for v in neighbours))
            cov = max(cov, settings.window_discount * coverage(mine, wide))
        cos = h.cosine if h.cosine is not None else floor
        typed = _typed(kinds, u, nouns, named, clock) and not uncountable
        if typed and kinds == ["date"]:  # the record's future answers only a future question
            typed = bool(FUTURE.search(u.text)) == a.future_tense
        rel = min(1.0, max(0.0, (cos - settings.cosine_floor) / (1 - settings.cosine_floor)))
        score = settings.weight_coverage * cov + (1 - settings.weight_coverage) * rel
        if kinds and not typed:
            score *= settings.untyped_penalty
        if frame:
            score *= settings.window_discount  # the record's body before its title or dateline
        scored.append(Scored(h, cov, cos, typed, round(score, 4)))
    scored.sort(key=lambda s: -s.score)
    best = scored[0] if scored else None
    missing = None
    if kinds and best is not None:
        covering = [s for s in scored if s.coverage >= settings.min_coverage]
        if not any(s.typed for s in covering):
            missing = kinds[0]
    return Support(best.score if best else 0.0, best, scored, missing)


def title_stems(corpus: Corpus, doc_id: str) -> set[str]:
    d = corpus.docs.get(doc_id, {})
    return stem_set(norm(f"{d.get('title') or ''} {d.get('meeting_title') or ''}").split())


def _neighbours(corpus: Corpus, unit: StoredUnit) -> list[StoredUnit]:
    units = corpus.by_doc.get(unit.doc_id, [])
    i = unit.order
    if i >= len(units) or units[i].unit_id != unit.unit_id:
        return []
    return [units[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]


def decide(support: Support, settings: Settings) -> bool:
    """Answer, or abstain: the best unit must clear `min_support` and hold what is asked."""
    return support.answerable and support.score >= settings.min_support
