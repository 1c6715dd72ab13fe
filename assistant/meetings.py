"""A document's meeting and kind: title, date, place, chair, and what sort of record it is.

From the document's `.meta.yaml` where it says, else from its text: the first "<year> <Name of
the meeting>" in its title or opening ("2022 Constructive Dialogue on Firearms"), else "meeting
of the <Body>" with the year of its date. Two documents with the same key are records of the
same meeting, so a role ("the Chair") named in one is resolved with the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOC_KINDS = ("press release", "news article", "chair's summary", "meeting report", "transcript",
             "written statement")  # fmt: skip
_CAP = r"[A-Z][\w’'\-]*"
_LINK = r"(?:(?:of|on|for|the|and|in|against|to)[ \t]+)*"
EVENT_RE = re.compile(rf"\b((?:19|20)\d\d)[ \t]+({_CAP}(?:[ \t]+{_LINK}{_CAP})+)")
# A title-case name whose last word is a kind of meeting: "Informal Consultation on X Cases".
NAMED_RE = re.compile(
    rf"\b({_CAP}(?:[ \t]+{_LINK}{_CAP})*[ \t]+(?:Consultation|Dialogue|Meeting|Conference|"
    rf"Session|Forum|Workshop|Summit|Seminar|Symposium)(?:[ \t]+{_LINK}{_CAP})*)"
)
OPENING = 600  # characters of a document's opening that may name its meeting
BODY_RE = re.compile(rf"\bmeeting of the[ \t]+({_CAP}(?:[ \t]+{_LINK}{_CAP})+)")


@dataclass
class Meeting:
    key: str
    title: str
    date: str | None = None
    place: str | None = None
    chair: str | None = None
    doc_kind: str = "press release"


def meeting_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", title.lower()).split())


def _event(text: str) -> str | None:
    m = EVENT_RE.search(text)
    if not m:
        return None
    name = " ".join(m.group(2).split())
    if name.isupper():  # "CONSTRUCTIVE DIALOGUE ON ..." in a heading
        small = {"of", "on", "for", "the", "and", "in", "against", "to"}
        name = " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())
    return f"{m.group(1)} {name}"


def meeting_title(doc_title: str, text: str, date: str | None) -> str:
    """'2022 Constructive Dialogue on Firearms': from the title first, then the opening."""
    year = (date or "")[:4]
    if found := _event(doc_title):
        return found
    named = NAMED_RE.search(doc_title) or BODY_RE.search(doc_title)
    if named:
        return f"{year} {named.group(1)}".strip()
    if found := _event(text[:OPENING]):
        return found
    if body := BODY_RE.search(text[:OPENING]):
        return f"{year} {body.group(1)}".strip()
    return doc_title


def kind_from_meta(value: str | None) -> str | None:
    """The metadata's own word for the document, mapped onto DOC_KINDS."""
    if not value:
        return None
    v = value.lower()
    for words, kind in (
        (("transcript", "verbatim", "record of"), "transcript"),
        (("statement", "contribution", "submission", "position paper"), "written statement"),
        (("summary",), "chair's summary"),
        (("report", "minutes"), "meeting report"),
        (("news", "article", "story"), "news article"),
        (("press", "release", "announcement"), "press release"),
    ):
        if any(w in v for w in words):
            return kind
    return None


def meeting_of(doc, doc_kind: str, chair: str | None) -> Meeting:
    title = meeting_title(doc.title, doc.text, doc.date)
    return Meeting(meeting_key(title), title, doc.date, doc.place, chair, doc_kind)
