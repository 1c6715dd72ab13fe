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

import re
from dataclasses import dataclass, replace
from typing import Any

from . import answer_types
from .answer_types import has_date
from .chunking import StoredUnit
from .compose import table_row
from .config import Settings
from .corpus import Corpus
from .directory import norm
from .questions import FUTURE, Analysis
from .retrieval import Hit
from .terms import EVENT_WORDS, STOPWORDS, Term, content_words, coverage, stem, stem_set

# Lower-case words a dateline or a record's heading may hold ("10 a.m. to 12.30 p.m.").
FRAME_WORDS = {"to", "and", "of", "the", "at", "in", "a.m", "p.m", "am", "pm", "from", "on"}


@dataclass
class Scored:
    hit: Hit
    coverage: float
    cosine: float
    typed: bool  # holds the kind of answer asked for (True when no kind is asked)
    score: float
    counts: bool = False  # a number of it followed at once by the noun "how many" asks about
    plain: float = 0.0  # the score before the answer-type penalty


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
    short = len(text) < 40 and "\t" not in text  # a table's row is no heading
    if text.startswith("#") or (short and not text.rstrip("*_ ").endswith(".")):
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


def speaker_stems(corpus: Corpus, unit: StoredUnit) -> set[str]:
    """The stems of the name, affiliation, acronym and roles of a unit's speaker."""
    return _speaker_stems(corpus, unit)


def window_stems(corpus: Corpus, unit: StoredUnit) -> set[str]:
    """The stems of a unit and of its neighbours in the document."""
    return corpus.stems_of(unit).union(*(corpus.stems_of(v) for v in _neighbours(corpus, unit)))


def _names(corpus: Corpus, name: str, stems: set[str]) -> bool:
    """The stems hold a word of the speaker's name, affiliation or acronym."""
    sp = corpus.directory.speakers.get(name)
    bits = [name] if sp is None else [sp.name, sp.affiliation or "", sp.acronym or ""]
    return bool(stem_set(content_words(norm(" ".join(bits)))) & stems)


def _speaker_stems(corpus: Corpus, unit: StoredUnit) -> set[str]:
    sp = corpus.directory.speakers.get(unit.speaker or "")
    if sp is None:
        return set()
    bits = [sp.name, sp.affiliation or "", sp.acronym or "", sp.state or "", *sp.roles]
    return stem_set(norm(" ".join(bits)).split())


# A transcript's time stamp ("[00:52:31]"): when a line was said, not a count of anything;
# with the turn's label after it ("[00:52:31] SMITH (Port Authority):"), who said it.
STAMP = re.compile(
    r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:[^:\n]{1,80}:\s)?|\b\d{1,2}:\d{2}:\d{2}\b"
)
# Years written as a span ("2022-2024", "from 2019 to 2021", "between 2020 and 2023").
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–]|to|and)\s*((?:19|20)\d\d)\b")


# A question on what is to come by its words of obligation or schedule: "which body is meant
# to take it up, and when?", "when do they have to send it?".
AHEAD = re.compile(
    r"\b(?:meant|supposed|expected|scheduled|planned|set|due)\s+to\b|\b(?:has|have)\s+to\b",
    re.I,
)
MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(answer_types.MONTHS.split("|"), 1)}


def later_than(text: str, doc_date: str) -> bool:
    """The text names a date after its document's own ("by 15 September" in a report of June,
    "in 2026" in one of 2025): a date still to come when it was written."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", doc_date or "")
    if not m:
        return False
    own = tuple(int(g) for g in m.groups())
    for d in answer_types.DATE_RE.finditer(text):
        said = d.group()
        year = answer_types.YEAR_RE.search(said)
        y = int(year.group()) if year else own[0]
        month = next((n for w, n in MONTH_NUMBERS.items() if w in said.lower()), None)
        if month is None:  # a year alone: "in 2026"
            if y > own[0]:
                return True
            continue
        day = re.search(r"\b\d{1,2}\b", said.replace(year.group(), "") if year else said)
        if (y, month, int(day.group()) if day else 1) > own:
            return True
    return False


def ahead(corpus: Corpus, unit: StoredUnit) -> bool:
    """The unit speaks of what is still to come: in its words ("will", "is to be held",
    "would circulate") or by a date after its document's ("Action: by March 2026")."""
    if FUTURE.search(unit.text) or NOT_DONE.search(unit.text):
        return True
    return later_than(unit.text, str(corpus.docs.get(unit.doc_id, {}).get("date") or ""))


TURN_BACK = 4  # earlier lines of a turn that may date a line referring back to them


def years_of(text: str) -> set[int]:
    """The years a text names, a span's years between its ends included."""
    found = {int(y) for y in answer_types.YEAR_RE.findall(text)}
    for m in YEAR_SPAN.finditer(text):
        lo, hi = sorted((int(m.group(1)), int(m.group(2))))
        found |= set(range(lo, hi + 1))
    return found


def other_year(corpus: Corpus, unit: StoredUnit, asked: set[int]) -> bool:
    """The unit (or, naming none itself, the lines beside it and the earlier lines of the
    same speaker's turn it refers back to: "those 31 days") dates what it says to years other
    than the ones the question asks about: "in 2023" does not answer "in 2025"."""
    if not asked:
        return False
    own = years_of(unit.text)
    if not own:
        own = set().union(*(years_of(v.text) for v in _neighbours(corpus, unit)))
    units = corpus.by_doc.get(unit.doc_id, [])
    i = unit.order
    if not own and unit.speaker and i < len(units) and units[i].unit_id == unit.unit_id:
        for v in reversed(units[max(0, i - TURN_BACK) : i]):
            if v.speaker != unit.speaker or own:
                break
            own = years_of(v.text)
    return bool(own) and not own & asked


def _typed(
    kinds: list[str], unit: StoredUnit, nouns: set[str], named: frozenset[str], clock: bool
) -> bool:
    """The unit holds a kind of answer asked for (one is enough: the answer names the rest
    as not in the sources); `clock`: the "when" asked is a time of day. A number must sit
    near a noun asked about (the kind of quantity asked is `_quantified`'s); a place must be
    more than words of the question ("from the Conference" is not where the Conference is)."""
    text = unit.text if clock else STAMP.sub(" ", unit.text)
    checks = {
        # a "when" of a meeting's sitting is answered by its time of day too ("rose at 1 p.m.")
        "date": lambda: bool(answer_types.times(text)) or (not clock and has_date(text)),
        "place": lambda: bool(answer_types.places_beyond(text, nouns)),
        "number": lambda: answer_types.has_number(text, nouns, named),
    }
    return not kinds or any(checks[k]() for k in kinds)


def _quantified(scored: list[Scored], kind: str | None, nouns: set[str], named: frozenset[str],
                settings: Settings, money: bool = False) -> None:  # fmt: skip
    """A unit without a number beside the noun asked about still answers when it states the
    kind of quantity asked ("how long": "ten months"; "how often": "5%"; "how large": "1.3
    million records") and is among the best-supported units for the rest of the question
    (`quantity_rank` of the best support before the answer-type penalty)."""
    if kind is None or not scored:
        return
    best = max(s.plain for s in scored)
    for s in scored:
        if s.typed or s.plain < settings.quantity_rank * best:
            continue
        text = STAMP.sub(" ", s.hit.unit.text)
        if money and not answer_types.MONEY_RE.search(text):
            continue
        if answer_types.has_quantity(text, kind, nouns, named):
            s.typed, s.score = True, s.plain


def score_hits(
    corpus: Corpus, a: Analysis, hits: list[Hit], settings: Settings, terms: list[Term]
) -> Support:
    kinds = [k for k in a.types if k in ("date", "place", "number")]
    quantity, cue = answer_types.quantity_kind(a.question) if "number" in kinds else (None, set())
    terms = [t for t in terms if t.word.lower() not in cue]  # "how long": not what it is about
    nouns = stem_set(t.word for t in terms if t.known and not t.word.isdigit())
    nouns |= answer_types.counted(a.question)
    named = answer_types.numbers_in(a.question)
    clock = answer_types.asks_time(a.question)
    money = "number" in kinds and answer_types.asks_money(a.question)
    noun = answer_types.counted_noun(a.question) if "number" in kinds else None
    # "How many euros …" of a record that never counts in euros: no number of it answers.
    # A compound ("how many e-waste containers") is countable when the record uses a part.
    uncountable = bool(noun) and not any(
        corpus.lexicon.known_word(w) or stem(w) in answer_types.PARTICIPATION
        for w in [noun, *re.split(r"[\s-]+", noun)]
        if w
    )
    asked_years = years_of(a.question) if "number" in kinds else set()
    counted_words = set((noun or "").split()[-1:])  # its head: "convictions"
    if "number" in kinds:  # a table found by its header or a row: its rows hold the counts
        hits = _with_table_rows(corpus, hits)
    dense = [h.cosine for h in hits if h.cosine is not None]
    floor = min(dense) if dense else 0.0
    # A dateline answers for the document or meeting the question names, never for another
    # event ("when will the summary be published?" is not answered by the release's date).
    frames_ok = bool(a.docs and a.scope_labels and not a.future_tense)
    asks_ahead = a.future_tense or bool(AHEAD.search(a.question))
    scored: list[Scored] = []
    countable: list[Scored] = []  # units whose numbers may count what is asked
    for h in hits:
        u = h.unit
        frame = is_frame(u, corpus)
        if frame and not frames_ok:
            continue
        own = corpus.stems_of(u) | _speaker_stems(corpus, u)
        row = table_reading(corpus, u)  # a table's row means what its header and caption say
        if row:
            own = own | stem_set(content_words(norm(row)))
        if "number" in kinds:  # "112 participants from 17 States" counts who attended, countries
            own = answer_types.counted_alike(own)
        mine = terms
        if a.scope_labels:  # words that named the document or meeting are its title's
            title = title_stems(corpus, u.doc_id)  # but not the noun a count is of
            mine = [t for t in terms if not t.held_by(title) or t.word.lower() in counted_words]
            if frame:  # a record's heading ("X, Geneva, 2024-04-09") is its event taking place
                mine = [t for t in mine if t.word not in EVENT_WORDS]
        # No words beyond those naming the meeting or document: the scope is the question.
        cov = coverage(mine, own) if mine else (1.0 if a.scope_labels else 0.0)
        neighbours = _neighbours(corpus, u)
        if mine and neighbours:
            wide = own.union(*(corpus.stems_of(v) for v in neighbours))
            cov = max(cov, settings.window_discount * coverage(mine, wide))
        cos = h.cosine if h.cosine is not None else floor
        typed = _typed(kinds, replace(u, text=row) if row else u, nouns, named, clock)
        # a noun the record never uses is counted in its own words by a unit as close to the
        # question as a paraphrase ("how many shots" of "fired more than 600 rounds")
        said_alike = cos >= settings.paraphrase_similarity
        typed = (typed or _typed(kinds, u, nouns, named, clock)) and (not uncountable or said_alike)
        if money:  # "how much will it cost": only a sum of money answers
            typed = typed and bool(answer_types.MONEY_RE.search(u.text))
        typed = typed and not other_year(corpus, u, asked_years)  # a count of another year
        typed = typed and not answer_types.other_ordinal(a.question, u.text)  # another session
        # "How many of X's requests came from Y": only a count that names Y answers.
        # One State's or role's several voices (`any_of`) are one speaker, not several.
        if a.any_of:  # by one of the voices, or naming one of them
            others = u.speaker in a.speakers or any(_names(corpus, n, own) for n in a.speakers)
        else:
            others = all(_names(corpus, n, own) for n in a.speakers if n != u.speaker)
        typed = typed and (others or "number" not in kinds)
        if typed and kinds == ["date"]:  # the record's future answers only a future question
            typed = ahead(corpus, u) if asks_ahead else not FUTURE.search(u.text)
        rel = min(1.0, max(0.0, (cos - settings.cosine_floor) / (1 - settings.cosine_floor)))
        plain = settings.weight_coverage * cov + (1 - settings.weight_coverage) * rel
        if frame:
            plain *= settings.window_discount  # the record's body before its title or dateline
        score = plain * (settings.untyped_penalty if kinds and not typed else 1.0)
        counts = typed and answer_types.counts_noun(u.text, noun, named)
        scored.append(Scored(h, cov, cos, typed, round(score, 4), counts, round(plain, 4)))
        if others and not other_year(corpus, u, asked_years):
            countable.append(scored[-1])
    if "number" in kinds and not uncountable:
        _quantified(countable, quantity, nouns, named, settings, money)
    scored.sort(key=lambda s: -s.score)
    best = scored[0] if scored else None
    missing = None
    if kinds and best is not None:
        # A number followed by the noun counted covers the question when the unit is the asked
        # speaker's, or holds half the words a covering unit must.
        # When no unit holds the question's words, so does a unit as close in meaning as a
        # paraphrase of the question and supported enough to answer it itself (a unit in the
        # question's own words that lacks the answer says the record does not give it).
        worded = any(s.coverage >= settings.min_coverage for s in scored)
        covering = [s for s in scored if s.coverage >= settings.min_coverage or (s.counts and (
            s.hit.unit.speaker in a.speakers if a.speakers
            else s.coverage >= settings.min_coverage / 2))
            or (not worded and s.cosine >= settings.paraphrase_similarity
                and s.score >= settings.min_support)]  # fmt: skip
        if not any(s.typed for s in covering):
            missing = kinds[0]
    return Support(best.score if best else 0.0, best, scored, missing)


TABLE_ROWS = 12  # rows of a table found by one of its lines that are scored with it


def _with_table_rows(corpus: Corpus, hits: list[Hit]) -> list[Hit]:
    """The hits, each table row or header among them followed by the other rows of its
    table (the lines as wide as it around it), scored as the line that found them."""
    seen = {h.unit.unit_id for h in hits}
    out: list[Hit] = []
    for h in hits:
        out.append(h)
        u = h.unit
        width = len(u.text.strip().split("\t"))
        units = corpus.by_doc.get(u.doc_id, [])
        if width < 2 or u.order >= len(units) or units[u.order].unit_id != u.unit_id:
            continue
        lo = hi = u.order
        while lo > 0 and len(units[lo - 1].text.strip().split("\t")) == width:
            lo -= 1
        while hi + 1 < len(units) and len(units[hi + 1].text.strip().split("\t")) == width:
            hi += 1
        for v in units[lo : hi + 1][: TABLE_ROWS + 1]:
            if v.unit_id not in seen:
                seen.add(v.unit_id)
                out.append(Hit(v, h.score, h.cosine, h.bm25))
    return out


def column_total(
    corpus: Corpus, units: list[StoredUnit], nouns: set[str]
) -> tuple[list[StoredUnit], str] | None:
    """'What is the total number of X in the table': the rows among `units` of one table, and
    the sum of the column whose header names X ("Prosecutions: 604 + 688 + 755 = 2,047")."""
    tables: dict[tuple[str, int], list[StoredUnit]] = {}
    for u in units:
        width = len(u.text.strip().split("\t"))
        if width >= 2:
            tables.setdefault((u.doc_id, width), []).append(u)
    for found in sorted(tables.values(), key=len, reverse=True):
        rows = sorted(found, key=lambda u: u.order)
        doc = corpus.docs.get(rows[0].doc_id, {}).get("text") or ""
        read = [[c.split(": ", 1) for c in table_row(r, doc).split("; ")] for r in rows]
        if len(rows) < 2 or any(len(c) != 2 for cells in read for c in cells):
            continue
        header = [h for h, _ in read[0]]
        fit = [len(stem_set(content_words(norm(h))) & nouns) for h in header]
        col = max(range(len(header)), key=lambda i: fit[i])
        cells = [cells[col][1].strip() for cells in read]
        if not fit[col] or not all(re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", c) for c in cells):
            continue
        total = sum(int(c.replace(",", "")) for c in cells)
        return rows, f"{header[col].strip()}: {' + '.join(cells)} = {total:,}"
    return None


def table_reading(corpus: Corpus, unit: StoredUnit) -> str:
    """A table's row (tab-separated cells) read with its header row, then the two lines above
    the table (its caption and the heading over it: "Annex"); "" for no table row."""
    if "\t" not in unit.text.strip():
        return ""
    doc = corpus.docs.get(unit.doc_id, {}).get("text") or ""
    row = table_row(unit, doc)
    width = len(unit.text.strip().split("\t"))
    before = [ln.strip() for ln in doc[: unit.start].split("\n") if ln.strip()]
    above = [ln for ln in reversed(before) if len(ln.split("\t")) != width][:2]
    return "; ".join([row, *above])


def title_stems(corpus: Corpus, doc_id: str) -> set[str]:
    d = corpus.docs.get(doc_id, {})
    return stem_set(norm(f"{d.get('title') or ''} {d.get('meeting_title') or ''}").split())


def _neighbours(corpus: Corpus, unit: StoredUnit) -> list[StoredUnit]:
    units = corpus.by_doc.get(unit.doc_id, [])
    i = unit.order
    if i >= len(units) or units[i].unit_id != unit.unit_id:
        return []
    return [units[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]


# Spans of time that frame a question ("this week", "tomorrow") without saying what it is about.
TIME_NOUNS = {"today", "tonight", "tomorrow", "yesterday", "day", "days", "week", "weeks",
              "weekend", "month", "months", "year", "years", "morning", "afternoon",
              "evening"}  # fmt: skip
# What a "where" question asks for, and words that judge rather than name ("a good place to
# eat"): neither is evidence that a line answers.
PLACE_NOUNS = {"place", "places", "venue", "venues", "location", "locations", "spot", "spots"}
JUDGING = {"good", "best", "nice", "great", "cheap", "cheapest", "favourite", "favorite", "fun"}


def unknown_focus(
    corpus: Corpus, terms: list[Term], support: Support, framing: set[str]
) -> str | None:
    """A word of the question the record never uses, when the units found hold none of its
    other words but those that frame a meeting: its places (`framing`, or named as places by
    the lines found), months and spans of time ("what's the weather like in <the meeting's
    city> this week": a line naming the city a week before is no answer)."""
    unknown = next((t.word for t in terms if not t.known), None)
    if unknown is None:
        return None
    months = {m.lower() for m in answer_types.MONTHS.split("|")}
    placed = {w.lower() for s in support.scored for p in answer_types.places(s.hit.unit.text)
              for w in p.split()}  # fmt: skip
    framing = framing | months | TIME_NOUNS | PLACE_NOUNS | JUDGING | placed
    named = stem_set(placed)  # "UN" of "the United Nations Conference Centre" names it too
    rest = [
        t for t in terms
        if t.known and t.word.lower() not in framing
        and not any(alt <= named for alt in t.alternatives)
    ]  # fmt: skip
    held = any(t.held_by(corpus.stems_of(s.hit.unit)) for s in support.scored for t in rest)
    return None if held else unknown


def decide(support: Support, settings: Settings) -> bool:
    """Answer, or abstain: the best unit must clear `min_support` and hold what is asked."""
    return support.answerable and support.score >= settings.min_support


# -- premises: what a question takes for granted must itself be in the record -------------

# "Confirm that …", "Is it true that …": the clause after "that" is a claim to check.
CLAIM = re.compile(
    r"\b(?:confirm|verify|check|prove|true|correct|accurate|right)\b[^?.]*?\bthat\s+"
    r"(?P<claim>[^?]+)",
    re.I,
)
# Quantifiers change what a claim says ("a ban on all X" is not "a ban on some X").
QUANTIFIERS = {"all", "every", "always", "never", "none", "only", "entire", "entirely", "total"}
# Formal acts of a body, in general English: that one took place must be on record.
FORMAL_ACTS = {"decide", "adopt", "vote", "approve", "elect", "ratify", "endorse", "reject"}
# "What / Which <object> did|has <subject> <act> <rest>?", and questions taking the act as
# given: "Why / When did <subject> <act> <object>?" ("Did <subject> <act> …?" may be told no)
ACT_QUESTION = re.compile(
    r"^\s*(?:(?:what|which)\b(?P<obj>[^?]*?)\b|(?:why|when|how|where)\s+)"
    r"(?:did|has|have|had)\s+(?P<subj>.+?)\s+"
    rf"(?P<verb>(?:{'|'.join(sorted(FORMAL_ACTS))})[a-z]*)\b(?P<rest>[^?]*)",
    re.I,
)
_PREPOSITION = re.compile(r"\s+(?:of|on|for|in|at|to|about|with|from|during)\s+", re.I)
# Words before a verb that make its act one still to come ("will decide", "expected to vote").
_MODAL = stem_set(["will", "shall", "would", "may", "might", "could", "should", "to", "expected"])
_NEGATING = stem_set(["not", "never", "nor", "neither", "no", "didn't", "doesn't"])  # not done
ACT_WINDOW = 12  # words between an act's subject and its verb


@dataclass
class Gap:
    """What the record lacks for a question's premise, and the unit closest to it."""

    reason: str
    closest: StoredUnit | None = None


@dataclass
class Passage:
    """The units that together hold a claim: a unit and the neighbours adding its terms."""

    units: list[StoredUnit]
    coverage: float


def claim_of(question: str) -> str | None:
    """The claim a question asks to confirm, or None."""
    m = CLAIM.search(question)
    claim = m.group("claim").strip(" .!") if m else ""
    return claim if len(claim.split()) >= 3 else None


def check_claim(corpus: Corpus, claim: str, hits: list[Hit], settings: Settings) -> Gap | Passage:
    """The passage (a unit and its neighbours) among `hits` that holds the claim's content
    terms and its quantifiers, or the claim's words that no passage holds with the rest."""
    terms = corpus.lexicon.terms(claim, claim)
    said = norm(claim).split()
    quants = [Term(w, [{stem(w)}], 1.0) for w in dict.fromkeys(said) if w in QUANTIFIERS]
    best: tuple[float, list[Term], StoredUnit | None] = (-1.0, terms + quants, None)
    for h in hits:
        own = corpus.stems_of(h.unit) | _speaker_stems(corpus, h.unit)
        beside = [v for v in _neighbours(corpus, h.unit) if not is_frame(v, corpus)]
        held = own.union(*(corpus.stems_of(v) for v in beside))
        cov = coverage(terms, held)  # a quantifier qualifies its own sentence
        missing = [t for t in terms if not t.held_by(held)] + [
            q for q in quants if not q.held_by(own)
        ]
        if cov > best[0]:
            best = (cov, missing, h.unit)
        if terms and cov >= settings.claim_coverage and not any(q in missing for q in quants):
            adds = [v for v in beside if any(t.held_by(corpus.stems_of(v)) and not t.held_by(own)
                                             for t in terms)]  # fmt: skip
            return Passage(sorted([h.unit, *adds], key=lambda u: u.order), cov)
    anywhere = set().union(*(corpus.stems_of(h.unit) for h in hits))
    lacking = [t for t in best[1] if not t.held_by(anywhere)] or best[1]  # the words none has
    words = " or ".join(f"“{t.word}”" for t in lacking) or "its words"
    return Gap(f"The sources do not support that claim: no passage that speaks to it says "
               f"{words}.", best[2])  # fmt: skip


def act_gap(corpus: Corpus, question: str) -> Gap | Passage | None:
    """'What did <a body> decide / adopt / vote …?': the unit that records that body doing
    that act (its subject before the verb, or after "by"; not as something still to come),
    with what is asked about it ("which resolution", "by vote") in that unit or beside it;
    else the gap. None for a question that asks no such act."""
    m = ACT_QUESTION.search(question)
    if not m or stem(m.group("verb").lower()) not in {stem(v) for v in FORMAL_ACTS}:
        return None
    verb = stem(m.group("verb").lower())
    subj = stem_set(content_words(_PREPOSITION.split(m.group("subj"))[0]))
    if not subj:
        return None
    # what was acted on, in any words ("what recommendations did X adopt": recommendations)
    said = m.group("obj") if m.group("obj") is not None else m.group("rest")  # "adopt a protocol"
    obj = [w for w in norm(_PREPOSITION.split(said)[0]).split() if w not in STOPWORDS]
    by = re.search(r"\bby\s+(?:a\s+|an\s+|the\s+)?([a-z-]+)", m.group("rest"), re.I)
    asked = stem_set(obj + ([by.group(1).lower()] if by else []))
    # A record of the body's own meeting calls it "the meeting" or by its head noun ("the
    # Group"): "what did the expert group adopt" is "the meeting adopted" in its own record.
    own = {d for d in corpus.docs if subj <= title_stems(corpus, d)}
    head = _PREPOSITION.split(m.group("subj"))[0].split()[-1]
    selves = [subj, {stem("meeting")}, {stem(head.lower())}]
    units = corpus.units_holding([subj]) + [
        u for u in corpus.units_holding(selves[1:]) if u.doc_id in own
    ]
    for u in units:  # the units that name the body
        words = norm(u.text).split()
        stems_ = [stem(w) for w in words]
        names = selves if u.doc_id in own else [subj]
        for i, s in enumerate(stems_):
            if not _same_family(s, verb) or set(stems_[max(0, i - 3) : i]) & (_MODAL | _NEGATING):
                continue
            before = set(stems_[max(0, i - ACT_WINDOW) : i])
            after = stems_[i + 1 :]
            agent = set(after[after.index("by") :][:6]) if "by" in after else set()
            if not any(n <= before or n <= agent for n in names):
                continue
            if asked <= window_stems(corpus, u):
                return Passage([u], 1.0)
    subject = " ".join(m.group("subj").split())
    act = " ".join(f"{m.group('verb')}{m.group('rest')}".split())
    return Gap(f"The sources do not record {subject} taking the step asked about (“{act}”).")


# The noun of each formal act, for a record that names the act only as a noun.
ACT_NOUNS = {"decide": "decision", "adopt": "adoption", "vote": "vote", "approve": "approval",
             "elect": "election", "ratify": "ratification", "endorse": "endorsement",
             "reject": "rejection"}  # fmt: skip


def unrecorded_act(corpus: Corpus, question: str) -> Gap | None:
    """A formal act the question takes as given ("which delegations voted against …") that
    no document names in any form, verb or noun: there is nothing to answer it from."""
    for word in re.findall(r"[a-z]+", question.lower()):
        act = next((v for v in FORMAL_ACTS if stem(v) == stem(word)), None)
        known = act and (corpus.lexicon.knows(stem(word)) or corpus.lexicon.known_word(
            ACT_NOUNS[act]))  # fmt: skip
        if act and not known:
            return Gap(f"The sources record no {ACT_NOUNS[act]}: they never mention one.")
    return None


def _same_family(word: str, verb: str) -> bool:
    """A form of the verb or its noun ("decided", "decision" ~ "decide")."""
    near = len(verb) >= 4 and word.startswith(verb[:-1]) and len(word) <= len(verb) + 1
    return word == verb or near


# -- things the record has only as still to come ------------------------------------------

# A question on what a thing came to: its conclusions, findings, recommendations, terms.
OUTCOME = re.compile(
    r"\b(?:did|does|do)\b[^?]*\bfind\b"  # "what did it find", not "where can I find"
    r"|\b(?:conclu\w*|findings?|found|recommend\w*|agree\w*|decid\w*|decisions?|outcomes?|"
    r"results?|terms|reach\w*|produc\w*|adopt\w*)\b",
    re.I,
)
# Words that put what a sentence names still to come, or short of done: "will publish a
# brief", "would circulate a compilation", "to be held", "plans to host", "the possibility
# of a third meeting".
NOT_DONE = re.compile(
    r"\b(?:will|shall|would|next|upcoming|forthcoming|scheduled|planned|going\s+to|future)\b"
    r"|\b(?:intends?|intended|expects?|expected|plans?|hopes?)\s+to\b"
    r"|\bto\s+be\s+\w+(?:ed|en|eld)\b|\b(?:is|are|was|were)\s+being\s+\w+ed\b"
    r"|\b(?:possib|explor|envisag)\w*",
    re.I,
)
# A question on what someone expected or hoped, not on what came of it.
EXPECTING = re.compile(r"\b(?:expect|hop|plan|intend|anticipat|want|wish|predict|foresee)\w*", re.I)
# A headline or list entry: a few words and no sentence's end ("Call for papers - X workshop").
HEADLINE = re.compile(r"^(?:\S+\s+){0,11}\S+$(?<![.!?\"”’:])")
MODIFIERS = {"compound", "amod", "nmod", "poss"}
PROSPECT_UNITS = 4  # at most this many lines name the thing, every one as still to come


def _left(tok: Any) -> list[Any]:
    """The words before a noun that name it with it ("the UNODC good practice guide")."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in MODIFIERS and c.i < tok.i:
            out += [*_left(c), c]
    return sorted(out, key=lambda t: t.i)


def named_things(question: str) -> list[tuple[list[str], int]]:
    """The things a question names with words of their own ("the Accra workshop", "the
    January 2025 compilation of good practices", "the policy brief on response times"): the
    content words, and where its head noun is among them. Not what it asks "about", nor a
    thing it names as still to come itself ("the next meeting")."""
    from .attribution.nlp import pipeline

    months = {m.lower() for m in answer_types.MONTHS.split("|")}
    out = []
    for t in pipeline()(question):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in MODIFIERS or not _left(t):
            continue
        if any(a.lower_ in ("about", "regarding", "concerning") for a in t.ancestors):
            continue
        toks = [*_left(t), t]
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "on"):
                toks += [x for o in p.children if o.dep_ == "pobj" for x in [*_left(o), o]]
        keep = [x for x in toks if content_words(x.lower_) and x.lower_ not in months
                and not any(ch.isdigit() for ch in x.text)]  # fmt: skip
        said = " ".join(x.text for x in keep)
        if len(keep) >= 2 and t in keep and not NOT_DONE.search(said):
            out.append(([x.text for x in keep], keep.index(t)))
    return out


def role_heads(corpus: Corpus) -> set[str]:
    """The stems of the head nouns of the roles the record's people hold ("Chair of the
    Working Group" -> "chair", "Programme Officer" -> "officer")."""
    d = corpus.directory
    held = [r for m in d.meetings.values() for r in m.roles]
    held += [r for sp in d.speakers.values() for r in sp.roles]
    heads = (re.split(r"\s+of\s+", norm(r))[0].split()[-1:] for r in held)
    return stem_set(w for h in heads for w in h)


# Words of what is still to come: the future, an intention, a thing in the making.
PROSPECTIVE = re.compile(
    rf"{FUTURE.pattern}|\b(?:intends?|intended|expects?|plans?)\s+to\b"
    r"|\b(?:is|are|was|were)\s+being\s+\w+ed\b|\bwould\s+be\s+\w+ed\b",
    re.I,
)
# A question on what happened or was done: "What did they decide …", "the published guide".
DONE = re.compile(r"^\s*(?:what|which)\b.*\b(?:did|was|were|had|has|have|\w{3,}ed)\b", re.I)


def only_to_come(corpus: Corpus, a: Analysis) -> str | None:
    """What the question asks to have happened that the record has only as still to come:
    a rare word of it (`_rare_to_come`), else a thing it names (`_named_to_come`)."""
    return _rare_to_come(corpus, a) or _named_to_come(corpus, a)


def _rare_to_come(corpus: Corpus, a: Analysis) -> str | None:
    """One of the question's two rarest words, when every unit using it speaks of what is to
    come ("will be before the Conference at its eleventh session", "a guide was being
    finalized"): a question asking what happened there is not answered by the record."""
    if a.future_tense or a.speakers or not DONE.search(a.question):
        return None
    if isinstance(act_gap(corpus, a.question), Passage):
        return None  # the act asked about is on record as done
    known = [t for t in question_terms(corpus, a) if t.known]
    if not known:
        return None
    from .attribution.nlp import pipeline

    # what was done is a thing the question names: "who gets priority" names no "gets"
    things = {t.lower_ for t in pipeline()(a.question) if t.pos_ in ("NOUN", "PROPN")}
    for rare in sorted(known, key=lambda t: -t.weight)[:2]:  # the verb may be the rarest
        if not set(rare.word.lower().split()) & things:
            continue
        using = corpus.units_holding(rare.alternatives)
        if 0 < len(using) <= 3 and all(PROSPECTIVE.search(u.text) for u in using):
            said = re.search(rf"\b{re.escape(rare.word)}\b", a.question, re.I)  # as written
            return said.group() if said else rare.word
    return None


def _named_to_come(corpus: Corpus, a: Analysis) -> str | None:
    """A thing whose outcome the question asks ("what did the Accra workshop conclude?")
    that the record names only as still to come ("will host a workshop in Accra"): its
    longest run of words around its head that some line holds, held by a few lines, none of
    them a heading of the record nor a document's title, each saying it is not yet done."""
    if a.future_tense or "date" in a.types or not OUTCOME.search(a.question):
        return None
    if re.match(r"\s*who\b", a.question, re.I):  # "who recommended X": X is what was urged
        return None
    if EXPECTING.search(a.question):  # "what did X expect it to call for": a hope, asked so
        return None
    roles = role_heads(corpus)
    for words, head in named_things(a.question):
        core = stem_set(norm(" ".join(words[: head + 1])).split())
        if stem(words[head].lower()) in roles:  # a person by their role, not an event
            continue
        if any(core <= title_stems(corpus, d) for d in corpus.docs):
            continue  # the record's own meeting or document ("the Working Group meeting on X")
        runs = [(i, j) for i in range(head + 1) for j in range(head + 1, len(words) + 1)]
        for i, j in sorted((r for r in runs if r[1] - r[0] >= 2), key=lambda r: r[0] - r[1]):
            stems = stem_set(norm(" ".join(words[i:j])).split())
            units = [u for u in corpus.units_holding([stems])
                     if not is_frame(u, corpus) and not HEADLINE.match(u.text.strip())]  # fmt: skip
            if not units:
                continue
            if any(stems <= title_stems(corpus, d) for d in corpus.docs):
                break  # a document or a meeting of the record
            if len(units) <= PROSPECT_UNITS and all(NOT_DONE.search(u.text) for u in units):
                span = rf"\b{re.escape(words[i])}\b.*?\b{re.escape(words[j - 1])}\b"
                said = re.search(span, a.question)  # as the question words it
                return f"the {said.group()}" if said else " ".join(words[i:j])
            break
    return None
