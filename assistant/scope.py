"""The part of the record a question is about: a meeting, a year, a kind of document.

"at the 2022 meeting of the Working Group", "in the written contribution", "according to the
Chair's summary", "last year" narrow the documents searched. The documents' own metadata
(title, date, kind from `.meta.yaml`, or the unit's `meeting` / `doc_kind` when the corpus model
gives them) are matched; nothing here names a document. A meeting named in the question that
no document is about, or a date after the whole record, is reported, so the answer can say the
sources do not cover it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .answer_types import MONTHS
from .directory import norm
from .terms import STOPWORDS, stem_set

if TYPE_CHECKING:
    from .corpus import Corpus
    from .questions import Analysis

# General English nouns for a gathering; a phrase headed by one names a meeting.
MEETING_NOUNS = (
    "dialogue", "meeting", "session", "consultation", "conference", "working group", "forum",
    "workshop", "panel", "summit", "seminar", "symposium", "round ?table", "hearing",
    "expert group", "event", "webinar", "congress", "assembly",
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
MONTH_NUM = {m.lower(): i for i, m in enumerate(MONTHS.split("|"), 1)}


@dataclass
class Scope:
    doc_ids: list[str] | None = None  # None: the whole corpus
    labels: list[str] = field(default_factory=list)  # what narrowed it, for the answer's lead
    unknown: str | None = None  # a meeting or document the question names that is not covered
    future: str | None = None  # a date the question names that comes after the record
    kind: str | None = None  # the kind of document the question refers to ("press release")
    words: set[str] = field(default_factory=set)  # stems of the words that named the scope

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


def _asked_dates(q: str) -> list[tuple[dt.date, str]]:
    """Full dates or months with a year in the question, as the last day they cover."""
    out = []
    for m in re.finditer(
        rf"\b(?:(\d{{1,2}})\s+)?({MONTHS})(?:\s+(\d{{1,2}}),)?\s+((?:19|20)\d\d)\b", q, re.I
    ):
        month = MONTH_NUM[m.group(2).lower()]
        year = int(m.group(4))
        day = m.group(1) or m.group(3)
        try:
            if day:
                out.append((dt.date(year, month, int(day)), m.group()))
            else:
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                out.append((nxt - dt.timedelta(days=1), m.group()))
        except ValueError:
            continue
    return out


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


def resolve(
    question: str,
    docs: dict[str, dict],
    meetings: dict[str, str] | None = None,
    knows: Callable[[str], bool] = lambda s: True,
) -> Scope:
    """The documents a question is about, by year, kind and meeting named.

    `meetings` maps doc_id to its meeting's name (when the corpus model gives one); `knows`
    says whether the corpus uses a word stem at all.
    """
    meetings = meetings or {}
    q = question
    scope = Scope()
    candidates = set(docs)

    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", q)}
    if re.search(r"\blast\s+year\b", q, re.I):
        years.add(dt.date.today().year - 1)
    if re.search(r"\bthis\s+year\b", q, re.I):
        years.add(dt.date.today().year)
    if years:

        def in_year(doc_id: str) -> bool:
            d = docs[doc_id]
            text = f"{d.get('title') or ''} {meetings.get(doc_id) or ''}"
            return _year(d.get("date")) in years or any(str(y) in text for y in years)

        with_year = {i for i in candidates if in_year(i)}
        if with_year:
            candidates = with_year
            scope.labels.append(", ".join(str(y) for y in sorted(years)))
            scope.words |= {str(y) for y in years}

    kinds = {i: str(docs[i].get("kind") or "") for i in candidates}
    by_kind = {i for i, k in kinds.items() if k and _kind_match(q, k)}
    if by_kind:
        candidates = by_kind
        scope.kind = next(kinds[i] for i in sorted(by_kind))
        scope.labels.append(scope.kind)
        scope.words |= stem_set(norm(scope.kind).split())

    ql = norm(q)
    by_source = {  # "according to the Vienna Monitor article": its publisher named as source
        i for i in candidates
        if (p := norm(str(docs[i].get("publisher") or "")))
        and re.search(rf"\b(?:according to|in|from)\s+(?:the\s+)?{re.escape(p)}\b", ql)
    }  # fmt: skip
    if by_source:
        candidates = by_source
        publisher = str(docs[min(by_source)].get("publisher"))
        scope.labels.append(publisher)
        scope.words |= stem_set(norm(publisher).split())
        scope.words |= stem_set(norm(str(docs[min(by_source)].get("kind") or "")).split())

    named = _named_meeting(q)
    if named:
        text, head, asked, named_years = named
        if named_years and not any(_year(docs[i].get("date")) in named_years for i in docs):
            scope.unknown = text  # "the 2024 dialogue" with no record from 2024
        scores = {i: len(asked & _title_terms(docs[i], meetings.get(i))) / len(asked)
                  for i in candidates}  # fmt: skip
        best = max(scores.values(), default=0.0)
        if scope.unknown:
            pass
        elif best >= 0.5:
            candidates = {i for i, s in scores.items() if s >= best * 0.6}
            headed = {i for i in candidates if head <= _title_terms(docs[i], meetings.get(i))}
            candidates = headed or candidates  # "the consultation on X", not another meeting on X
            scope.labels.append(text)
            titled = set().union(*(_title_terms(docs[i], meetings.get(i)) for i in candidates))
            scope.words |= asked & titled  # "third" in "the third meeting" stays the topic
        elif not any(head <= _title_terms(docs[i], meetings.get(i)) for i in docs) and not all(
            knows(x) for x in asked
        ):
            scope.unknown = text  # a kind of meeting no title names, on words never used

    if candidates != set(docs):
        scope.doc_ids = sorted(candidates)

    latest = max((d for i in candidates if (d := _doc_date(docs[i]))), default=None)
    for when, text in _asked_dates(q):
        if latest and when > latest:
            scope.future = text
            break
    return scope


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


def apply(a: Analysis, corpus: Corpus) -> None:
    """Narrow an analysed question to the documents it names; speakers to those in them."""
    meetings = {
        doc_id: str(getattr(units[0], "meeting", "") or "")
        for doc_id, units in corpus.by_doc.items()
        if units
    }
    found = resolve(a.question, corpus.docs, meetings, corpus.lexicon.knows)
    if found.doc_ids is not None and not a.docs:
        a.docs = found.doc_ids
    a.scope_unknown, a.future, a.scope_labels = found.unknown, found.future, found.labels
    a.doc_kind = found.kind
    if found.words:  # "at the expert meeting on X": the scope, not the topic
        a.topic = " ".join(w for w in a.topic.split() if not stem_set([w]) & found.words)
    if a.speakers:  # "what did X say at the dialogue": where, not what about
        a.topic = " ".join(w for w in a.topic.split() if not re.fullmatch(MEETING_ALT, w))
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
        if not inside and found.labels:  # "the representative of X at <a meeting X missed>"
            a.scope_unknown = f"{', '.join(a.speakers)} at {found.labels[-1]}"
        a.speakers = inside or a.speakers
