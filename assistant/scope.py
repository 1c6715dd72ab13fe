"""The part of the record a question is about: a meeting, a year, a kind of document.

"at the 2022 meeting of the Working Group", "in the written contribution", "according to the
Chair's summary", "last year" narrow the documents searched. The documents' own metadata
(title, date, kind from `.meta.yaml`, or the unit's `meeting` / `doc_kind` when the corpus model
gives them) are matched; nothing here names a document. A meeting named in the question that
no document is about, or a date after the whole record, is reported, so the answer can say the
sources do not cover it. A month named with a meeting ("the meeting in March 2026") picks the
meeting held then; "this whole series of meetings in X" is the latest run of X's records; "what
did she tell the X Review" is the document that outlet published; a group of States named by
name, acronym or description is whoever the record has speak on its behalf.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .answer_types import MONTHS
from .attribution.countries import state_named, states_of_demonym
from .attribution.names import MEETING_ROLE_RE
from .directory import Directory, Speaker, norm
from .meetings import OPENING, holds_name
from .terms import STOPWORDS, content_words, stem_set

if TYPE_CHECKING:
    from .corpus import Corpus
    from .questions import Analysis

# General English nouns for a gathering; a phrase headed by one names a meeting.
MEETING_NOUNS = (
    "dialogue", "meeting", "session", "consultation", "conference", "working group", "forum",
    "workshop", "panel", "summit", "seminar", "symposium", "round ?table", "hearing",
    "expert group", "event", "webinar", "congress", "assembly", "break-?out group",
    "break-?out session", "briefing", "press conference",
)  # fmt: skip
NOT_MODIFIER = r"(?!(?:of|the|and|in|on|at|to|for|with|by|from|a|an|or|was|were|is)\b)"
MEETING_RE = re.compile(
    rf"\b(?:the|this|that|its|a)\s+((?:{NOT_MODIFIER}[\w'’-]+\s+){{0,4}}?(?:"
    + "|".join(MEETING_NOUNS)
    + rf")s?(?:\s+(?:on|of|for|against)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+)?{NOT_MODIFIER}"
    r"[\w'’-]+){0,2})?)",
    re.I,
)
DOC_REF = r"(?:the|this|that|its|their|his|her|\w+'s|\w+’s)\s+(?:[\w'’-]+\s+){0,2}?"
MEETING_ALT = "|".join(MEETING_NOUNS)
# "X's written statement", "the Chair's summary": a document by its owner.
POSSESSOR = re.compile(
    r"((?:\b[A-Z][\w-]*\s+)*\b[\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?i:(statement|summary|report|"
    r"release|record|minutes|transcript|contribution|submission|article|story|page))s?\b"
)
# A year that dates a meeting ("the 2019 forum", "the forum in 2019"), not a thing done then.
MEETING_YEAR = re.compile(
    rf"\b(?:19|20)\d\d\s+(?:[\w'’-]+\s+){{0,3}}?(?:{MEETING_ALT})"
    rf"|\b(?:{MEETING_ALT})s?\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:in|of)\s+(?:19|20)\d\d\b",
    re.I,
)
MONTH_NUM = {m.lower(): i for i, m in enumerate(MONTHS.split("|"), 1)}
# "this whole series of meetings in X", "all the sessions": every meeting of one run.
SERIES = re.compile(
    rf"\b(?:series|round|cycle|set|week)\s+of\s+(?:the\s+)?(?:{MEETING_ALT})s\b"
    rf"|\ball\s+(?:of\s+)?(?:the|these|those)\s+(?:{MEETING_ALT})s\b",
    re.I,
)
LATEST = re.compile(r"\b(?:this|these|latest|last|recent|current)\b", re.I)
SERIES_GAP = dt.timedelta(days=60)  # records further apart than this are of another run
MONTH_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})\s+)?({MONTHS})(?:\s+(\d{{1,2}}),)?\s+((?:19|20)\d\d)\b", re.I
)
# A date that places a meeting: "the meeting in March 2026", "the March 2026 session".
MEETING_DATE = re.compile(
    rf"\b(?:{MEETING_ALT})s?\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:held\s+)?(?:in|on|of|during)\s+"
    rf"(?:\d{{1,2}}\s+)?(?:{MONTHS})\b|\b(?:{MONTHS})\s+(?:19|20)\d\d\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{MEETING_ALT})",
    re.I,
)


@dataclass
class Scope:
    doc_ids: list[str] | None = None  # None: the whole corpus
    labels: list[str] = field(default_factory=list)  # what narrowed it, for the answer's lead
    unknown: str | None = None  # a meeting or document the question names that is not covered
    future: str | None = None  # a date the question names that comes after the record
    kind: str | None = None  # the kind of document the question refers to ("press release")
    words: set[str] = field(default_factory=set)  # stems of the words that named the scope
    # Narrowed by a meeting's kind alone ("the breakout group"): the documents before that.
    before_kind: list[str] | None = None
    by_kind_alone: bool = False

    @property
    def narrowed(self) -> bool:
        return self.doc_ids is not None


def _year(value: object) -> int | None:
    m = re.search(r"(?:19|20)\d\d", str(value or ""))
    return int(m.group()) if m else None


def _doc_date(d: dict) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(d.get("date") or ""))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _asked_dates(q: str) -> list[tuple[dt.date, dt.date, str]]:
    """Full dates or months with a year in the question: the first and last day they cover."""
    out = []
    for m in MONTH_YEAR.finditer(q):
        month = MONTH_NUM[m.group(2).lower()]
        year = int(m.group(4))
        day = m.group(1) or m.group(3)
        try:
            if day:
                when = dt.date(year, month, int(day))
                out.append((when, when, m.group()))
            else:
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                out.append((dt.date(year, month, 1), nxt - dt.timedelta(days=1), m.group()))
        except ValueError:
            continue
    return out


def _months_named(text: str) -> set[tuple[int, int]]:
    """The (year, month) pairs a text names ("16 and 17 March 2026", "May 2019")."""
    return {(int(m.group(4)), MONTH_NUM[m.group(2).lower()]) for m in MONTH_YEAR.finditer(text)}


def _kind_match(q: str, kind: str) -> bool:
    """The question refers to a document of this kind ("the Chair's summary", "the report")."""
    words = [w for w in norm(kind).split() if w not in STOPWORDS]
    if not words:
        return False
    ql = norm(q)
    if _locating(ql, words[-1]):
        return False  # "where are the written contributions available": asked about, not in
    if re.search(rf"\b{DOC_REF}{re.escape(' '.join(words))}s?\b", ql):
        return True
    # Its head noun or its modifier, used as a document ("in the report", "the written …").
    parts = {words[0], words[-1]} if len(words) > 1 else set()
    return any(_refers_to_document(ql, p) for p in parts if not re.fullmatch(MEETING_ALT, p))


def _locating(ql: str, word: str) -> bool:
    """The question asks where or when a document of this kind is found or comes out."""
    return bool(
        re.match(
            rf"\s*(?:where|when)\b.*\b{re.escape(word)}s?\b.*\b(?:available|published|posted|"
            r"released|issued|found|accessed|uploaded|appear)",
            ql,
        )
    )


def _refers_to_document(ql: str, word: str) -> bool:
    return bool(
        re.search(
            rf"\b(?:in|according to|from|under|per|see)\s+{DOC_REF}{re.escape(word)}s?\b"
            rf"|\b(?:the|this)\s+{re.escape(word)}s?\s+(?:says?|said|states?|stated|notes?|"
            r"noted|records?|recorded|mentions?|reports?|lists?)\b",
            ql,
        )
    )


def _title_terms(d: dict, unit_meeting: str | None) -> set[str]:
    words = norm(" ".join(x for x in (d.get("title") or "", unit_meeting or "") if x)).split()
    return stem_set(w for w in words if w not in STOPWORDS)


NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}\b")
# "what did she tell the X Review": the outlet told, whose document it is
TOLD = re.compile(
    r"\b(?:tell|tells|told|telling|(?:say|said|speak|spoke|talk|talked)\s+to|interview(?:ed)?"
    r"\s+(?:with|by|for)|(?:wrote|writing|write)\s+(?:for|in))\s+(?:the\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _name_key(name: str) -> str:
    return norm(name).removeprefix("the ")


# Kinds of document in general English, each with the words a document's title or first lines
# use for it ("Radio - Episode 9" is a podcast, "| Marsh News" a news article).
_NEWS, _AUDIO = {"news", "article", "story"}, {"podcast", "episode", "radio", "broadcast"}
_WRITTEN = {"submission", "contribution", "compilation"}
DOC_FORMS = {"article": _NEWS, "story": _NEWS, "news": _NEWS, "podcast": _AUDIO,
             "episode": _AUDIO, "broadcast": _AUDIO, "show": _AUDIO,
             "minutes": {"minutes", "notes"}, "notes": {"notes", "minutes"},
             "blog": {"blog", "live"}, "submission": _WRITTEN,
             "contribution": _WRITTEN, "letter": {"letter"}, "bulletin": {"bulletin"},
             "report": {"report"}, "transcript": {"transcript", "verbatim"},
             "interview": {"interview"}}  # fmt: skip
# "according to the news article", "in the minutes", "the blog says": a document named.
DOC_NAMED = re.compile(
    r"\b(?:according\s+to|in|on|from|per)\s+(?:(?:the|this|that|its|their)\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?:\s+\d+)?"  # "on X episode 31": its number
    r"(?=\s*[,?.!]|\s*$|\s+(?:what|how|who|whom|which|when|where|why|did|does|do|"
    r"is|was|were|are)\b)"
    r"|\bthe\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)\s+(?:says?|said|states?|reports?|notes?)\b",
    re.I,
)
HEADING_MAX = 100  # characters of a first line that is a heading or letterhead, at most
FORM_OPENING = 200  # characters of a document's text whose words may show its kind


def _forms_named(q: str) -> list[tuple[str, set[str]]]:
    """The kinds of document the question names: each phrase naming one, and that kind's words."""
    out = []
    for m in DOC_NAMED.finditer(q):
        phrase = (m.group(1) or m.group(2)).lower()
        if head := _form(phrase.split()[-1]):
            out.append((phrase, DOC_FORMS[head]))
    return out


def _form(word: str) -> str | None:
    """The kind of document a word names ("minutes", "submissions"), if it names one."""
    return next((w for w in (word, word.removesuffix("s")) if w in DOC_FORMS), None)


SOURCE_CUE = re.compile(r"\b(?:according to|in|from)\s+")
YEARS_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


class ScopeIndex:
    """What `resolve` needs of the documents' metadata, made once per corpus load, so that a
    question costs lookups of its own words rather than a pass over every document: the
    documents of each year and kind, publishers by their words, and title stems grouped by
    title with postings from each stem to the titles holding it."""

    def __init__(self, docs: dict[str, dict], meetings: dict[str, str] | None = None) -> None:
        meetings = meetings or {}
        self.all: frozenset[str] = frozenset(docs)
        self.dates = {i: d for i in docs if (d := _doc_date(docs[i]))}
        self.latest = max(self.dates.values(), default=None)
        self.date_years = {y for i in docs if (y := _year(docs[i].get("date"))) is not None}
        self.by_year: dict[int, set[str]] = {}
        self.year_told: dict[int, set[str]] = {}  # year -> documents whose text names it
        for i, d in docs.items():
            for y in set(YEARS_IN.findall(str(d.get("text") or ""))):
                self.year_told.setdefault(int(y), set()).add(i)
        # (year, month) -> documents dated then or titled with it; -> documents naming it
        self.held: dict[tuple[int, int], set[str]] = {}
        self.told: dict[tuple[int, int], set[str]] = {}
        for i, d in docs.items():
            dated = {(when.year, when.month)} if (when := self.dates.get(i)) else set()
            for ym in dated | _months_named(f"{d.get('title') or ''} {meetings.get(i) or ''}"):
                self.held.setdefault(ym, set()).add(i)
            for ym in _months_named(str(d.get("text") or "")):
                self.told.setdefault(ym, set()).add(i)
        self.places: dict[str, set[str]] = {}  # place -> documents held there
        for i, d in docs.items():
            if place := norm(str(d.get("place") or "")):
                self.places.setdefault(place, set()).add(i)
                for part in map(norm, str(d.get("place")).split(",")):
                    if part and part != place:  # "Accra, Ghana": "the Accra meeting"
                        self.places.setdefault(part, set()).add(i)
        for i, d in docs.items():  # no place given: one its title or opening names
            if not norm(str(d.get("place") or "")):
                opening = norm(f"{d.get('title') or ''} {str(d.get('text') or '')[:OPENING]}")
                for place, ids in self.places.items():
                    if re.search(rf"\b{re.escape(place)}\b", opening):
                        ids.add(i)
        # The places a meeting may be said to be held at, longest first: no State ("in
        # Kenya" is about the State), no "online".
        self.venues = sorted(
            (p for p in self.places if p not in NO_PLACE and not state_named(p)),
            key=len,
            reverse=True,
        )
        self.host_states = [p for p in self.places if state_named(p)]
        self.meeting_of = {i: m for i, m in meetings.items() if m}
        self.series = _series_of(self.meeting_of)
        self.names: dict[str, set[str]] = {}  # a run of capitalised words -> documents using it
        for i, d in docs.items():
            for m in NAME_RUN.finditer(str(d.get("text") or "")):
                self.names.setdefault(_name_key(m.group()), set()).add(i)
        self.titles = {i: str(d.get("title") or "") for i, d in docs.items()}
        self.owner_stems = {  # whose document it is: its title's, author's, publisher's words
            i: stem_set(norm(f"{d.get('title') or ''} {d.get('author') or ''} "
                             f"{d.get('publisher') or ''}").split())
            for i, d in docs.items()
        }  # fmt: skip
        self.openings = {i: str(d.get("text") or "")[:OPENING] for i, d in docs.items()}
        self.opening_stems = {  # the words of a document's first lines ("Online webinar …")
            i: stem_set(w for w in norm(str(d.get("text") or "")[:OPENING]).split()
                        if w not in STOPWORDS)
            for i, d in docs.items()
        }  # fmt: skip
        self.form_words = {  # no kind in its metadata: its title's, first lines', outlet's words
            i: set(norm(f"{d.get('title') or ''} {d.get('publisher') or ''}").split())
            | set(norm(str(d.get("text") or "")[:FORM_OPENING]).split())
            | set(norm(str(d.get("kind") or "")).split())
            for i, d in docs.items()
            if not (d.get("meta") or {}).get("kind")  # the kind its metadata gives is the kind
        }
        self.by_kind: dict[str, set[str]] = {}
        self.publishers: dict[tuple[str, ...], set[str]] = {}
        self.publisher_name: dict[str, str] = {}
        self.kind_of: dict[str, str] = {}
        self.groups: list[tuple[frozenset[str], set[str]]] = []  # title stems, their docs
        self.postings: dict[str, set[int]] = {}  # stem -> groups whose titles hold it
        group_of: dict[frozenset[str], int] = {}
        self.group_of_doc: dict[str, int] = {}
        for i, d in docs.items():
            named = f"{d.get('title') or ''} {meetings.get(i) or ''}"
            for y in {_year(d.get("date"))} | {int(y) for y in YEARS_IN.findall(named)}:
                if y is not None:
                    self.by_year.setdefault(y, set()).add(i)
            kind = str(d.get("kind") or "")
            if kind:
                self.kind_of[i] = kind
                self.by_kind.setdefault(kind, set()).add(i)
            publisher = str(d.get("publisher") or "")
            if norm(publisher):
                self.publishers.setdefault(tuple(norm(publisher).split()), set()).add(i)
                self.publisher_name[i] = publisher
            terms = frozenset(_title_terms(d, meetings.get(i)))
            if terms not in group_of:
                group_of[terms] = len(self.groups)
                self.groups.append((terms, set()))
                for t in terms:
                    self.postings.setdefault(t, set()).add(group_of[terms])
            self.groups[group_of[terms]][1].add(i)
            self.group_of_doc[i] = group_of[terms]
        self.publisher_len = max((len(p) for p in self.publishers), default=0)

    def in_years(self, years: set[int]) -> set[str]:
        return set().union(*(self.by_year.get(y, set()) for y in years))

    def telling(self, years: set[int]) -> set[str]:
        return set().union(*(self.year_told.get(y, set()) for y in years))

    def of_kinds(self, question: str) -> set[str]:
        """Documents of a kind the question refers to (each distinct kind tried once). A kind
        named in full ("the summary record") is masked before the others are tried by one of
        their words: its "summary" is no "Chair's summary", its "record" no verb."""
        ql = norm(question)
        phrases = {
            k: " ".join(w for w in norm(k).split() if w not in STOPWORDS) for k in self.by_kind
        }
        full = [p for p in phrases.values() if p and re.search(rf"\b{re.escape(p)}s?\b", ql)]
        masked = ql
        for p in sorted(full, key=len, reverse=True):
            masked = re.sub(rf"\b{re.escape(p)}s?\b", "zzkind", masked)
        return set().union(
            *(ids for k, ids in self.by_kind.items()
              if _kind_match(masked if phrases[k] not in full else ql, k))
        )  # fmt: skip

    def of_forms(self, words: set[str]) -> set[str]:
        """Documents of a kind with these words: by their metadata's kind, or, having none, by
        their title and first lines."""
        kinds = (ids for k, ids in self.by_kind.items() if set(norm(k).split()) & words)
        formed = {i for i, seen in self.form_words.items() if seen & words}
        return formed.union(*kinds)

    def by_source(self, ql: str) -> set[str]:
        """Documents whose publisher the (normalised) question names as its source."""
        words = ql.split()
        found: set[str] = set()
        for m in SOURCE_CUE.finditer(ql):
            if m.start() and ql[m.start() - 1] not in " ":
                continue
            at = len(ql[: m.end()].split())
            starts = [at, at + 1] if words[at : at + 1] == ["the"] else [at]
            for i in starts:  # "according to the X": the publisher "X" or "The X"
                for n in range(1, self.publisher_len + 1):
                    found |= self.publishers.get(tuple(words[i : i + n]), set())
        return found

    def title_scores(self, asked: set[str], among: set[str] | frozenset[str]) -> dict[int, int]:
        """Title groups of documents `among` holding any of the `asked` stems, with how many
        they hold: from the stems' postings, or from `among` when that is the shorter way."""
        posted = [self.postings.get(t, set()) for t in asked]
        counts: dict[int, int] = {}
        if among is not self.all and len(among) < sum(len(p) for p in posted):
            for g in {self.group_of_doc[i] for i in among}:
                if n := len(asked & self.groups[g][0]):
                    counts[g] = n
            return counts
        for groups in posted:
            for g in groups:
                counts[g] = counts.get(g, 0) + 1
        if among is not self.all:
            counts = {g: n for g, n in counts.items() if self.groups[g][1] & among}
        return counts

    def as_title_stems(self, stems: set[str]) -> tuple[set[str], dict[str, str]]:
        """`stems`, each no title holds replaced by the one title stem it clips or extends
        ("prep" -> "preparatori", "environment" -> "environ"); and which were so replaced."""
        like: dict[str, str] = {}
        for t in stems:
            if t in self.postings or len(t) < 4:
                continue
            near = [
                p for p in self.postings if len(p) >= 4 and (p.startswith(t) or t.startswith(p))
            ]
            if len(near) == 1:
                like[t] = near[0]
        return {like.get(t, t) for t in stems}, like

    def titled(self, stems: set[str], among: set[str] | frozenset[str]) -> set[str]:
        """Documents of `among` whose titles hold all of `stems`."""
        return {i for i in among if stems and stems <= self.groups[self.group_of_doc[i]][0]}

    def any_title_holds(self, stems: set[str]) -> bool:
        groups = [self.postings.get(t, set()) for t in stems]
        return not groups or bool(set.intersection(*groups))


def resolve(
    question: str,
    docs: dict[str, dict],
    meetings: dict[str, str] | None = None,
    knows: Callable[[str], bool] = lambda s: True,
    index: ScopeIndex | None = None,
) -> Scope:
    """The documents a question is about, by year, kind and meeting named.

    `meetings` maps doc_id to its meeting's name (when the corpus model gives one); `knows`
    says whether the corpus uses a word stem at all; `index` is `ScopeIndex(docs, meetings)`,
    made once for many questions (made here if not given).
    """
    ix = index or ScopeIndex(docs, meetings)
    q = question
    scope = Scope()
    candidates: set[str] | frozenset[str] = ix.all

    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", q)}
    if re.search(r"\blast\s+year\b", q, re.I):
        years.add(dt.date.today().year - 1)
    if re.search(r"\bthis\s+year\b", q, re.I):
        years.add(dt.date.today().year)
    if years:
        with_year = ix.in_years(years)
        if with_year and not MEETING_YEAR.search(q):  # when it happened: records telling of it
            with_year |= ix.telling(years)
        if with_year:
            candidates = with_year
            scope.labels.append(", ".join(str(y) for y in sorted(years)))
            scope.words |= {str(y) for y in years}

    dated = candidates  # before any kind narrows them
    by_kind = ix.of_kinds(q) & candidates
    by_kind = _modified_kind(q, ix, by_kind, candidates)
    forms = _forms_named(q)
    if forms:  # "according to the news article": of that kind, by metadata or by its own form
        named = {x for p, _ in forms for w in p.split() if (f := _form(w)) for x in (w, f)}
        like = set().union(*(words for _, words in forms))  # as named, or as such are called
        by_kind |= (ix.of_forms(named) & candidates) or (ix.of_forms(like) & candidates)
    if by_kind:
        candidates = by_kind
        first = min(by_kind)
        scope.kind = ix.kind_of.get(first) or (forms[0][0] if forms else None)
        scope.labels.append(scope.kind or "")
        scope.words |= stem_set(norm(scope.kind or "").split())
        scope.words |= stem_set(w for p, _ in forms for w in norm(p).split() if w not in STOPWORDS)

    # "Tanzania's written statement": the one whose title names its owner
    owner = POSSESSOR.search(q) if by_kind else None  # among documents of the kind named
    owned = ix.titled(stem_set(norm(owner.group(1)).split()), candidates) if owner else set()
    if owner and not owned:  # no kind in its metadata: its author's, and of that form by its words
        stems = stem_set(w for w in norm(owner.group(1)).split() if w not in STOPWORDS)
        form = stem_set([norm(owner.group(2))])
        owned = {
            i for i in dated - set(ix.kind_of)
            if stems <= ix.owner_stems[i] and form <= stem_set(ix.form_words.get(i, set()))
        }  # fmt: skip
    if owned:
        candidates = owned
        scope.words |= stem_set(norm(owner.group(1)).split())

    # "according to the Vienna Monitor article": its publisher named as source
    by_source = ix.by_source(norm(q)) & candidates
    if by_source:
        candidates = by_source
        publisher = ix.publisher_name[min(by_source)]
        scope.labels.append(publisher)
        scope.words |= stem_set(norm(publisher).split())
        scope.words |= stem_set(norm(ix.kind_of.get(min(by_source), "")).split())

    told = TOLD.search(q)
    if told and re.search(rf"\b(?:{MEETING_ALT})s?\b", told.group(1), re.I):
        told = None  # "told the Working Group": the meeting, not an outlet
    outlet = ix.names.get(_name_key(told.group(1)), set()) if told else set()
    if told:
        outlet |= ix.publishers.get(tuple(_name_key(told.group(1)).split()), set())
    if told and outlet & candidates:  # the document that outlet published
        candidates = outlet & candidates
        scope.labels.append(told.group(1))
        scope.words |= stem_set(norm(told.group(1)).split())

    asked_dates = _asked_dates(q)
    held = set().union(*(ix.held.get((a.year, a.month), set()) for a, _, _ in asked_dates))
    dated = bool(held and MEETING_DATE.search(q))
    if dated:  # "the X meeting in March 2026": the meeting held then, of those the words name
        candidates = (held & candidates) or held
        scope.labels.append(", ".join(t for _, _, t in asked_dates))

    series = SERIES.search(q)
    if series:  # "this whole series of meetings in X": the records of that place's run
        candidates = _series(q, ix, candidates)
        scope.labels.append(series.group())
        scope.words |= stem_set(w for w in norm(series.group()).split() if w not in STOPWORDS)

    serial = _nth_of_series(q, ix) if not series and not years else None
    if serial and serial[1] & candidates:  # "the first meeting", "the follow-up meeting"
        candidates = serial[1] & candidates
        scope.labels.append(serial[0])
        scope.words |= stem_set(w for w in norm(serial[0]).split() if w not in STOPWORDS)
    else:
        serial = None
    placed = _held_at(q, ix) if not series else None
    named = None if series or serial else _named_meeting(q)
    if named and placed and named[2] - named[1] <= stem_set(placed[0].split()) and not named[3]:
        asked = ix.as_title_stems(named[2] - named[1])[0]
        if max(ix.title_scores(asked, candidates).values(), default=0) < len(asked):
            named = None  # "the Accra meeting": the place says it, no title does
    labelled = len(scope.labels)
    bare = None if named or series or dated else _bare_meeting(q)  # held then: that meeting
    if bare:  # "the breakout group": the one title that names such a meeting, if one does
        groups = [g for g in ix.title_scores(bare, candidates) if bare <= ix.groups[g][0]]
        if len(groups) == 1:
            scope.by_kind_alone = True
            scope.before_kind = None if candidates == ix.all else sorted(candidates)
            candidates = ix.groups[groups[0]][1] & candidates
            scope.words |= bare
    if named:
        text, head, said, named_years = named
        asked, like = ix.as_title_stems(said)
        if named_years and not named_years & ix.date_years:
            scope.unknown = text  # "the 2024 dialogue" with no record from 2024
        scores = {g: n / len(asked) for g, n in ix.title_scores(asked, candidates).items()}
        best = max(scores.values(), default=0.0)
        opened = {i for i in candidates if said and said <= ix.opening_stems.get(i, set())}
        chosen = [g for g, sc in scores.items() if sc >= best * 0.6]
        headed = [g for g in chosen if head <= ix.groups[g][0]]
        if scope.unknown or (dated and best < 1):
            pass  # held then: a title sharing some of the words is not the only record of it
        elif best < 0.5 and opened and len(opened) < len(candidates):
            candidates = opened  # "the X webinar": no title says it all, its first lines do
            scope.labels.append(text)
            scope.words |= said
        elif best >= 0.5 and (headed or not ix.any_title_holds(head)):
            # "the session on X": not an interview titled X while a record of a session is here
            chosen = headed or chosen  # "the consultation on X", not another meeting on X
            candidates = set().union(*(ix.groups[g][1] for g in chosen)) & candidates
            scope.labels.append(text)
            titled = set().union(*(ix.groups[g][0] for g in chosen))
            scope.words |= asked & titled  # "third" in "the third meeting" stays the topic
            scope.words |= {w for w, t in like.items() if t in titled}  # "prep", as written
            scope.words |= _tail(q, text) & titled  # "… of the Working Group on X in Y"
        elif not ix.any_title_holds(head) and not all(knows(x) for x in asked):
            scope.unknown = text  # a kind of meeting no title names, on words never used
        elif (
            named_years
            and not any(head <= ix.groups[g][0] for g in scores)
            and max(ix.title_scores(asked, ix.all).values(), default=0) >= len(asked) / 2
        ):  # "the 2025 dialogue": no dialogue that year, the record holds other years' only
            scope.unknown = text
    if placed and placed[1] & candidates and len(scope.labels) == labelled:
        candidates = placed[1] & candidates  # "in Lisbon", "the Accra meeting": held there
        scope.labels.append(placed[0])
        scope.words |= stem_set(placed[0].split())

    if candidates != ix.all:
        scope.doc_ids = sorted(candidates)

    covered = held | set().union(
        *(ix.told.get((a.year, a.month), set()) for a, _, _ in asked_dates)
    )
    if asked_dates and not covered:  # a month some record covers is never after the record
        latest = (
            ix.latest
            if candidates is ix.all
            else max((d for i in candidates if (d := ix.dates.get(i))), default=None)
        )
        for first, _, text in asked_dates:
            if latest and first > latest:
                scope.future = text
                break
    return scope


def _modified_kind(
    q: str, ix: ScopeIndex, by_kind: set[str], among: set[str] | frozenset[str]
) -> set[str]:
    """'the Chair's oral summary' where the kind matched is "chair's summary": the records
    whose title or first lines say "oral summary", when some do; else those of the kind."""
    ql = norm(q)
    kinds = {ix.kind_of[i] for i in by_kind if i in ix.kind_of}
    for kind in kinds:
        words = [w for w in norm(kind).split() if w not in STOPWORDS]
        m = re.search(rf"\b([a-z-]+)\s+{re.escape(words[-1])}s?\b", ql) if words else None
        modifier = m.group(1) if m else ""
        if not modifier or modifier in STOPWORDS or modifier in words or "'" in modifier:
            continue
        phrase = re.compile(rf"\b{re.escape(modifier)}\s+{re.escape(words[-1])}\b")
        said = {
            i for i in among
            if phrase.search(norm(f"{ix.titles.get(i, '')} {ix.openings.get(i, '')}"))
        }  # fmt: skip
        if said:
            return said
    return by_kind


def _series(q: str, ix: ScopeIndex, among: set[str] | frozenset[str]) -> set[str]:
    """The documents of the place the question names ("in X"), and of its latest run of
    meetings (records no more than SERIES_GAP apart) when it asks for "this" one."""
    ql = norm(q)
    out = set(among)
    for place, ids in ix.places.items():
        if re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(place)}\b", ql):
            out &= ids
    if not LATEST.search(q):
        return out
    dated = sorted((ix.dates[i], i) for i in out if i in ix.dates)
    run: list[str] = []
    for n, (when, i) in enumerate(dated):
        if n and when - dated[n - 1][0] > SERIES_GAP:
            run = []
        run.append(i)
    return set(run) or out


# "The first meeting", "the follow-up session": which of a series, by its order in time.
ORDINAL_MEETING = re.compile(
    rf"\b(?:the\s+)?(first|1st|second|2nd|third|3rd|last|latest|follow-?up)\s+(?:{MEETING_ALT})\b",
    re.I,
)
ORDINAL = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1,
           "latest": -1, "follow-up": -1, "followup": -1}  # fmt: skip


def _series_of(meeting_of: dict[str, str]) -> list[list[set[str]]]:
    """Each series of meetings, its meetings' records in order of year: meetings of one body
    in several years, the name of one holding the other's ("2031 Expert Group on X" and "2032
    Expert Group")."""
    held: dict[str, tuple[int, str, set[str]]] = {}
    for i, key in meeting_of.items():
        year, _, name = key.partition(" ")
        if year.isdigit() and len(year) == 4 and name:
            held.setdefault(key, (int(year), name, set()))[2].add(i)
    runs: list[list[str]] = []
    for key in sorted(held, key=lambda k: held[k][0]):
        year, name, _ = held[key]
        run = next(
            (
                r
                for r in runs
                if any(
                    held[k][0] != year
                    and (holds_name(held[k][1], name) or holds_name(name, held[k][1]))
                    for k in r
                )
            ),
            None,
        )
        if run is None:
            runs.append([key])
        else:
            run.append(key)
    return [[held[k][2] for k in r] for r in runs if len({held[k][0] for k in r}) >= 2]


def _nth_of_series(q: str, ix: ScopeIndex) -> tuple[str, set[str]] | None:
    """The records of the meeting an ordinal names ("the first meeting", "the follow-up
    meeting"), when the corpus holds one series."""
    m = ORDINAL_MEETING.search(q)
    at = ORDINAL[m.group(1).lower()] if m else 0
    if m is None or len(ix.series) != 1 or at >= len(ix.series[0]):
        return None
    return m.group(0), ix.series[0][at]


# Where a meeting held online says it was: no place to be held at.
NO_PLACE = {"online", "virtual", "hybrid", "remote", "videoconference", "web", "internet"}


def _held_at(q: str, ix: ScopeIndex) -> tuple[str, set[str]] | None:
    """The place the question says a meeting was held at ("in Lisbon", "the Accra meeting",
    "the Accra sessions") and the records of the meetings held there; the longest place named
    wins, "online" never, a State only as "the Panama workshop"."""
    ql = norm(q)
    named: list[str] = []
    for place in ix.venues:
        p = re.escape(place)
        said = re.search(
            rf"\b(?:in|at)\s+(?:the\s+)?{p}\b|\b{p}\s+(?:{MEETING_ALT})s?\b"
            rf"|\bthe\s+{p}\s+(?i:{MEETING_ROLE_RE.pattern})",  # "the Accra chair"
            ql,
        )
        if said and not any(place in other for other in named):
            named.append(place)
    for place in ix.host_states if not named else []:  # "the Panama workshop": its host State
        if re.search(rf"\bthe\s+{re.escape(place)}\s+(?:{MEETING_ALT})s?\b", ql):
            named.append(place)
    told = {p for p in ix.venues if re.search(rf"\b{re.escape(p)}\b", ql)}
    told = {p for p in told if not any(p != o and p in o for o in told)}
    if len(named) != 1 or len(told) > 1:  # "the Bangkok meeting and the Vienna side event"
        return None
    held = {m for i in ix.places[named[0]] if (m := ix.meeting_of.get(i))}
    return named[0], ix.places[named[0]] | {i for i, m in ix.meeting_of.items() if m in held}


def _named_meeting(q: str) -> tuple[str, set[str], set[str], set[int]] | None:
    """The most specific meeting phrase of the question ('2022 meeting of the Working Group
    on Firearms'): its text, its head noun's stems, all its stems and its years; None when it
    is a bare noun ('the meeting')."""
    best = None
    for m in MEETING_RE.finditer(_strip_dates(q)):
        phrase = norm(m.group(1))
        head = re.search(rf"\b({MEETING_ALT})s?\b", phrase)
        head_stems = stem_set(head.group(1).split()) if head else set()
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", phrase)}
        words = stem_set(
            w for w in phrase.split() if w not in STOPWORDS and not re.fullmatch(r"\d{4}", w)
        )
        if (words - head_stems or years) and (best is None or len(words) > len(best[2])):
            best = (m.group(1).strip(), head_stems, words, years)
    return best


def _tail(q: str, phrase: str) -> set[str]:
    """Stems of the words right after a meeting phrase that go on naming it ("the session of
    the Group" + "on X in Y"), for those a title holds to be scope, not topic."""
    at = q.lower().find(phrase.lower())
    rest = q[at + len(phrase) :] if at >= 0 else ""
    m = re.match(r"\s+(?:on|of|for|against|in)\s+((?:[\w'’-]+\s*){1,6})", rest)
    words = norm(m.group(1)).split() if m else []
    return stem_set(w for w in words if w not in STOPWORDS)


def _bare_meeting(q: str) -> set[str] | None:
    """The stems of a meeting named by a kind of two words alone ("the breakout group")."""
    for m in MEETING_RE.finditer(_strip_dates(q)):
        head = re.fullmatch(rf"({MEETING_ALT})s?", norm(m.group(1)))
        if head and len(head.group(1).split()) > 1:  # not "the meeting": a kind within one
            return stem_set(head.group(1).split())
    return None


def _strip_dates(q: str) -> str:
    return re.sub(
        rf"\b(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?(?:{MONTHS})(?:\s+\d{{1,2}},)?\s+(?:19|20)\d\d\b",
        "",
        q,
        flags=re.I,
    )


def _role_holders(question: str, corpus: Corpus, docs: list[str]) -> set[str]:
    """Who holds, in these documents, a role the question names ("chaired" ~ "chair")."""
    asked = stem_set(norm(question).split())
    out: set[str] = set()
    for d in docs:
        for u in corpus.by_doc.get(d, [])[:1]:
            for role, name in (getattr(u, "doc_roles", None) or {}).items():
                if stem_set(norm(role).split()) & asked:
                    out.add(name)
    return out


_INDEXES: weakref.WeakKeyDictionary[Corpus, ScopeIndex] = weakref.WeakKeyDictionary()
_INDEXING = threading.Lock()


def index_for(corpus: Corpus) -> ScopeIndex:
    """The corpus's `ScopeIndex`, made at its first question and kept while the corpus is."""
    with _INDEXING:
        ix = _INDEXES.get(corpus)
        if ix is None:
            meetings = {
                doc_id: str(getattr(units[0], "meeting", "") or "")
                for doc_id, units in corpus.by_doc.items()
                if units
            }
            ix = _INDEXES[corpus] = ScopeIndex(corpus.docs, meetings)
        return ix


@dataclass
class Group:
    """A group of States or organisations whose statement a speaker of the record delivers
    ("speaking on behalf of the Group of X States"): its name's words, its head noun
    ("group"), its acronyms in the record ("(GXS)"), who speaks for it and where."""

    name: str
    words: set[str]
    head: str
    acronyms: set[str] = field(default_factory=set)
    voices: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)


BEHALF = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of|and|the|for|[A-Z][\w'’-]*))*)"
)
_GROUPS: weakref.WeakKeyDictionary[Corpus, list[Group]] = weakref.WeakKeyDictionary()


def groups_of(corpus: Corpus) -> list[Group]:
    """The groups the corpus's speakers speak on behalf of (made once per corpus)."""
    with _INDEXING:
        if corpus in _GROUPS:
            return _GROUPS[corpus]
    found: dict[str, Group] = {}
    for name, sp in corpus.directory.speakers.items():
        for u in sp.units:
            for m in BEHALF.finditer(u.text):
                g = re.sub(r"(?:\s+(?:of|and|the|for))+$", "", m.group(1))
                words = [w for w in norm(g).split() if w not in STOPWORDS]
                if len(words) < 2 or norm(g) == norm(name) or state_named(g):
                    continue  # one word, or a State: a delegate speaking for their country
                lead = norm(g).split(" of ")[0].split()
                grp = found.setdefault(norm(g), Group(g, set(words), lead[-1]))
                grp.voices.add(name)
                grp.docs.add(u.doc_id)
    for grp in found.values():
        pattern = re.compile(rf"{re.escape(grp.name)}\s*\(([A-Z][A-Za-z]{{1,9}})\)")
        for d in corpus.docs.values():
            grp.acronyms |= set(pattern.findall(str(d.get("text") or "")))
    with _INDEXING:
        _GROUPS[corpus] = list(found.values())
    return _GROUPS[corpus]


def _group_named(q: str, groups: list[Group]) -> tuple[Group, str] | None:
    """The group the question names, and the words naming it: its acronym, its full name, or
    its head noun with words of its name before it ("the X-ish group")."""
    from .directory import initials_of

    ql = norm(q)
    for grp in groups:
        for acronym in grp.acronyms:
            if re.search(rf"\b{re.escape(acronym)}\b", q):
                return grp, acronym
        initials = initials_of(grp.name)
        if initials and re.search(rf"\b{initials}\b", ql):
            return grp, initials  # "the EU": the European Union
        if re.search(rf"\b{re.escape(norm(grp.name))}\b", ql):
            return grp, norm(grp.name)
        for m in re.finditer(rf"\b((?:[\w'’-]+\s+){{1,3}}){re.escape(grp.head)}s?\b", ql):
            said = [w for w in m.group(1).split() if w not in STOPWORDS]
            desc = said[-3:]
            while desc and desc[0] not in grp.words:
                desc = desc[1:]
            if desc and set(desc) <= grp.words and said[-1] == desc[-1]:
                return grp, f"{' '.join(desc)} {grp.head}"
    return None


def _by_group(a: Analysis, corpus: Corpus) -> Group | None:
    """A group named in the question is whoever the record has speak on its behalf."""
    groups = groups_of(corpus)
    if not groups or a.shape in ("who", "list"):
        return None  # "who backed the X group's request": the group is not who is asked for
    named = _group_named(a.question, groups)
    if named is None:
        return None
    grp, words = named
    own = [n for n in a.speakers if norm(n) == norm(grp.name)]
    if len(a.speakers) > len(own):
        return None  # someone else named too: not the group's voice alone
    a.speakers = [*own, *sorted(grp.voices - set(own))]
    a.any_of = len(a.speakers) > 1
    a.named_by = dict.fromkeys(a.speakers, words)
    gone = stem_set(norm(words).split()) | stem_set(grp.words)
    a.topic = " ".join(w for w in a.topic.split() if not stem_set([w]) & gone)
    if a.shape == "general":
        a.shape = "what_said"
    elif a.shape == "overview":
        a.shape, a.intent = "speaker_overview", "summary"
    return grp


def apply(a: Analysis, corpus: Corpus) -> None:
    """Narrow an analysed question to the documents it names; speakers to those in them."""
    found = resolve(a.question, corpus.docs, knows=corpus.lexicon.knows, index=index_for(corpus))
    group = _by_group(a, corpus)
    by_kind = found.labels == [found.kind]
    if group and by_kind and found.doc_ids is not None and not group.docs & set(found.doc_ids):
        found.doc_ids = sorted(group.docs)  # "the X Group's statement": where it was delivered
    if found.by_kind_alone and a.speakers and not _any_inside(a, corpus, found.doc_ids or []):
        found.doc_ids = found.before_kind  # "X at the working group compared with Y's": not there
    if found.doc_ids is not None and not a.docs:
        a.docs = found.doc_ids
    a.scope_unknown, a.future, a.scope_labels = found.unknown, found.future, found.labels
    a.doc_kind = found.kind
    if found.words:  # "at the expert meeting on X": the scope, not the topic
        a.topic = " ".join(w for w in a.topic.split() if not stem_set([w]) & found.words)
    if a.speakers:  # "what did X say at the dialogue", "in A as in B": where, not what about
        held = {w for place in index_for(corpus).places for w in place.split()}
        a.topic = " ".join(
            w for w in a.topic.split() if not re.fullmatch(MEETING_ALT, w) and w not in held
        )
    if a.shape == "compare" and len(a.speakers) == 1 and not a.topic:
        a.shape = "speaker_overview"  # "compare what X said on the panel with what X wrote"
    if a.docs and a.speakers:
        holders = _role_holders(a.question, corpus, a.docs)
        named = any(not re.fullmatch(r"\d{4}", x) for x in found.labels)  # not a year alone
        if holders and (set(a.speakers) & holders or (a.by_role and named)):  # its own Chair
            a.speakers = [n for n in a.speakers if n in holders] or sorted(holders)
        inside = [
            n
            for n in a.speakers
            if n in corpus.directory.speakers
            and set(corpus.directory.speakers[n].documents) & set(a.docs)
        ]
        spoken_of = [
            n for n in a.speakers if not inside and not a.slot and _told_in(n, corpus, a.docs)
        ]  # not "what did X say there": X is who speaks, and did not
        if spoken_of and len(spoken_of) == len(a.speakers):  # "was X called …" where X is told of
            a.topic = " ".join(
                dict.fromkeys([*a.topic.split(), *norm(" ".join(spoken_of)).split()])
            )
            a.speakers, a.named_by = [], {}
            if a.shape in ("what_said", "speaker_overview"):
                a.shape = "general" if a.shape == "what_said" else "overview"
        elif not inside and (own := _own_records_naming(a, corpus, found.labels[-1:])):
            a.docs = own  # "what did he tell the working session": his record that names it
        elif not inside and _presented_as_theirs(a.speakers, corpus, a.docs):
            a.speakers, a.named_by = [], {}  # "according to X": X's own record, in its voice
            if a.shape in ("what_said", "speaker_overview"):
                a.shape = "general" if a.shape == "what_said" else "overview"
        elif not inside and found.labels:
            _outside(a, corpus, found.labels[-1])
            if a.scope_unknown and a.shape == "who" and _silent(holders, corpus):
                a.scope_unknown = None  # "chaired by X" there, and X never speaks: that line
                a.speakers, a.named_by, a.by_role = [], {}, False
                asked = [
                    w for w in content_words(norm(a.question)) if not stem_set([w]) & found.words
                ]
                a.topic = " ".join(dict.fromkeys([*a.topic.split(), *asked]))
        else:
            a.speakers = inside or a.speakers


def _silent(holders: set[str], corpus: Corpus) -> bool:
    """The scoped records name who holds the role asked about ("chaired by X"), and none of
    them takes the floor: the line naming them answers "who chaired it"."""
    return bool(holders) and not holders & set(corpus.directory.speakers)


def _own_records_naming(a: Analysis, corpus: Corpus, labels: list[str]) -> list[str]:
    """The records where the question's speakers, named by name, speak and whose title or first
    lines name the meeting the question names, in its words ("Working Session B: …" for "the
    working session"), when the records that scope chose by title hold none of them."""
    d = corpus.directory.speakers
    if not labels or re.fullmatch(r"[\d, ]+", labels[0]) or a.by_role:
        return []  # a year; or a speaker named by a role, which is the meeting's own
    phrase = re.compile(rf"\b{re.escape(norm(labels[0]))}\b")
    docs = {doc for n in a.speakers if n in d for doc in d[n].documents}

    def opening(doc: str) -> str:  # the record's title and first lines: what it is a record of
        v = corpus.docs[doc]
        return norm(f"{v.get('title') or ''} {str(v.get('text') or '')[:FORM_OPENING]}")

    return sorted(doc for doc in docs if phrase.search(opening(doc)))


def _presented_as_theirs(names: list[str], corpus: Corpus, docs: list[str]) -> bool:
    """Every scoped record presents itself as one of `names`' (its publisher or author, or
    its title or first line names them: a letterhead, "Report by X") while its sentences
    are credited to no one of them: the record's own voice is theirs."""
    if not names or not docs:
        return False

    def presented(doc: str) -> str:
        v = corpus.docs.get(doc, {})
        told = [v.get(k) or "" for k in ("publisher", "author", "title")]
        first = next((ln for ln in str(v.get("text") or "").splitlines() if ln.strip()), "")
        heading = first if len(first) <= HEADING_MAX else ""  # a letterhead, not a paragraph
        return norm(f"{' '.join(map(str, told))} {heading}")

    heads = [presented(d) for d in docs]
    return all(all(re.search(rf"\b{re.escape(norm(n))}\b", h) for n in names) for h in heads)


def _told_in(name: str, corpus: Corpus, docs: list[str]) -> bool:
    """A State or organisation named in the question that the scoped documents tell of (by
    its name) without giving it the floor: a topic there, not a speaker missing."""
    sp = corpus.directory.speakers.get(name)
    if sp is None or sp.kind == "person":
        return False
    pattern = re.compile(rf"\b{re.escape(sp.name)}\b")
    return any(pattern.search(str(corpus.docs.get(d, {}).get("text") or "")) for d in docs)


def _any_inside(a: Analysis, corpus: Corpus, docs: list[str]) -> bool:
    """The question's speakers spoke in `docs`: one of them if any answers, else each."""
    d = corpus.directory.speakers
    inside = [n in d and bool(set(d[n].documents) & set(docs)) for n in a.speakers]
    return any(inside) if a.any_of else all(inside)


def _outside(a: Analysis, corpus: Corpus, label: str) -> None:
    """The speakers named are none of the scoped meeting's. Named by their own name or as a
    State or organisation, they are not covered there ("the representative of X at <a meeting X
    missed>"); named by a role ("the representative of the Secretariat"), the role is whoever
    holds it in that meeting, or else plain words to search for."""
    directory = corpus.directory
    if not all(_by_role(a.named_by.get(n, ""), n, directory) for n in a.speakers):
        a.scope_unknown = f"{', '.join(a.speakers)} at {label}"
        return
    # "who chaired": no role word given, the role is the speaker's own name ("The Chair")
    said = a.slot or " ".join(a.named_by.values()) or " ".join(a.speakers)
    wanted = stem_set(content_words(said))
    holders = [
        sp.name
        for sp in directory.speakers.values()
        if wanted and set(sp.documents) & set(a.docs) and wanted <= _described(sp)
    ]
    a.speakers, a.by_role = holders, bool(holders)
    if not holders and a.shape in ("who", "name", "role", "affiliation"):
        a.scope_unknown = f"who holds that role at {label}"  # asked who: nobody there
    elif not holders:  # what was said: the role as words of the topic
        a.topic = " ".join(dict.fromkeys([*a.topic.split(), *content_words(a.slot)]))


def _described(sp: Speaker) -> set[str]:
    """Stems of what the record calls a speaker besides their name: roles, affiliation."""
    return stem_set(norm(" ".join([*sp.roles, sp.affiliation or "", sp.acronym or ""])).split())


def _by_role(words: str, name: str, directory: Directory) -> bool:
    """Whether `words` name the speaker by a role or body of the record ("the representative",
    "the Secretariat"), not by their own name, a State or a demonym."""
    sp = directory.speakers.get(name)
    if sp is None:
        return False
    if not words:
        return True  # found by a role word ("chaired")
    own = set(norm(f"{sp.name} {sp.honorific or ''}").split())
    content = [w for w in words.split() if w not in STOPWORDS]
    if set(content) <= own or state_named(words) or states_of_demonym(words.title()):
        return False
    role_words = {w for s in directory.speakers.values() for r in s.roles for w in norm(r).split()}
    return set(content) <= role_words
