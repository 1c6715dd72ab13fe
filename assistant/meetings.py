"""A document's meeting and kind: title, date, place, chair, and what sort of record it is.

From the document's `.meta.yaml` where it says, else from its text: the first "<year> <Name of
the meeting>" in its title or opening ("2022 Constructive Dialogue on Firearms"), else "meeting
of the <Body>" with the year of its date. Two documents with the same key are records of the
same meeting, so a role ("the Chair") named in one is resolved with the others.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

DOC_KINDS = ("press release", "news article", "chair's summary", "meeting report", "transcript",
             "written statement")  # fmt: skip
_CAP = r"[A-Z][\w’'\-]*"
_LINK_WORDS = ("of", "on", "for", "the", "and", "in", "against", "to")  # inside a name
_LINK = rf"(?:(?:{'|'.join(_LINK_WORDS)})[ \t]+)*"
# After the kind of meeting, a link word before any capitalised word ("Meeting of Experts"),
# never a venue's ("Conference Centre").
_NO_VENUE = rf"(?![ \t]+(?!(?:{'|'.join(_LINK_WORDS)})\b){_CAP})"
EVENT_RE = re.compile(rf"\b((?:19|20)\d\d)[ \t]+({_CAP}(?:[ \t]+{_LINK}{_CAP})+)")
# A title-case name whose last word is a kind of meeting: "Informal Consultation on X Cases".
# After the kind of meeting: its letter or number, then what it is on ("on Mutual Legal
# Assistance").
_TAIL = rf"(?:[ \t]+(?:[A-Z]|[IVX]+|\d{{1,3}})\b)?{_NO_VENUE}(?:[ \t]+{_LINK}{_CAP})*"
NAMED_RE = re.compile(
    rf"\b({_CAP}(?:[ \t]+{_CAP})*[ \t]+(?:Consultation|Dialogue|Meeting|Conference|"
    rf"Session|Forum|Workshop|Summit|Seminar|Symposium|Group|Committee|Commission){_TAIL})"
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


def _title_case(name: str) -> str:
    """ "CONSTRUCTIVE DIALOGUE ON ..." in a heading, as a title is written."""
    return " ".join(w.lower() if w.lower() in _LINK_WORDS else w.capitalize() for w in name.split())


def _event(text: str) -> str | None:
    m = EVENT_RE.search(text)
    if not m:
        return None
    name = " ".join(m.group(2).split())
    return f"{m.group(1)} {_title_case(name) if name.isupper() else name}"


def _heading_name(text: str) -> str | None:
    """A meeting named by a heading line of the opening ("EXPERT GROUP MEETING ON X")."""
    for line in text.splitlines():
        line = line.strip(" \t#*")
        if line.isupper() and (m := NAMED_RE.search(_title_case(line))):
            return " ".join(m.group(1).split())
    return None


# A record's own kind before the body it is of ("Report of the Working Group on X"), or "The"
# opening a sentence ("The Regional Meeting on X opened …").
RECORD_OF = re.compile(
    r"^(?:The\s+)?(?:(?:(?:Draft|Final|Provisional)\s+)?(?:Report|Summary|Statement|Minutes|"
    r"Record|Note|Proceedings|Outcome|Conclusions)\s+(?:of|on)\s+the\s+)?(?=[A-Z])"
)


# The kind of meeting first, then what it is on: "Consultation on Eel Trafficking".
HEAD_FIRST_RE = re.compile(
    rf"\b((?:Consultation|Dialogue|Meeting|Conference|Forum|Workshop|Summit|Seminar|Symposium)"
    rf"{_NO_VENUE}(?:[ \t]+{_LINK}{_CAP})+)"
)
# Another meeting the text relates this one to: "Follow-up to the X", "One month after the X",
# "on the margins of the twelfth session of the X".
RELATED = re.compile(
    r"\b(?:to|after|before|following|since|ahead\s+of)[ \t]+the[ \t]+$"
    r"|\b(?:margins|sidelines)\s+of\b[^.;]*$",
    re.I,
)


def _named(text: str) -> str | None:
    """The first meeting a text names, not one it relates this one to ("after the X")."""
    found = sorted(
        [*NAMED_RE.finditer(text), *HEAD_FIRST_RE.finditer(text)], key=lambda m: m.start()
    )
    for m in found:
        if RELATED.search(text, max(0, m.start() - 80), m.start()):
            continue
        return RECORD_OF.sub("", " ".join(m.group(1).split()))
    return None


# A heading in sentence case naming a meeting: "Intersessional meeting on organized crime".
SENTENCE_NAME = re.compile(
    r"[A-Z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+(?:meeting|consultation|dialogue|conference|"
    r"session|workshop|forum|seminar|symposium)[ \t]+(?:on|of|for)[ \t]+[^,:;()]+"
)


def _named_line(text: str) -> str | None:
    """The last line of the opening that is a meeting's name, as a heading is: under the
    parent body's line ("Conference of the Parties to X" above "Intersessional meeting on Y"),
    above the session's ("First meeting, Accra"); never one a sentence mentions."""
    found = None
    for line in text.splitlines():
        line = line.strip(" \t#*_")
        if not line or len(line.split()) > 25 or re.search(r"[.!?:;]$", line):
            continue
        name = _named(line)
        if name and line.startswith(name.split()[0]):
            found = name
        elif m := SENTENCE_NAME.fullmatch(line):
            found = " ".join(m.group().split())
    return found


def meeting_title(doc_title: str, text: str, date: str | None) -> str:
    """'2022 Constructive Dialogue on Firearms': from the title first, then the opening."""
    year = (date or "")[:4]
    if found := _event(doc_title):
        return found
    named = _named(doc_title) or (m.group(1) if (m := BODY_RE.search(doc_title)) else None)
    if named:
        return f"{year} {named}".strip()
    if found := _event(text[:OPENING]):
        return found
    if body := BODY_RE.search(text[:OPENING]):
        return f"{year} {body.group(1)}".strip()
    if heading := _heading_name(text[:OPENING]):
        return f"{year} {heading}".strip()
    if named := _named_line(text[:OPENING]):  # a heading line of the opening names the body
        return f"{year} {named}".strip()
    return doc_title


def joined(titles: dict[str, str]) -> dict[str, str]:
    """Meeting keys that name one meeting -> the key they join, within a year: a name with a
    qualifier before it ("2029 UNODC Expert Group Meeting on X") joins the one shorter name of
    three words or more that ends it ("2029 Expert Group Meeting on X"); else a shorter name
    joins the one longer name that holds it ("2031 Expert Group" and "2031 Intergovernmental
    Expert Group on X"; "2019 Regional Meeting on X" and "2019 Regional Meeting for the East
    on X")."""
    years = {k: k.partition(" ") for k in titles}
    named = {k: (y, n) for k, (y, _, n) in years.items() if y.isdigit() and len(y) == 4 and n}
    out: dict[str, str] = {}
    for key, (year, name) in named.items():
        ends = [k for k, (y, n) in named.items() if k != key and y == year
                and name.endswith(" " + n) and len(k.split()) >= 4]  # fmt: skip
        if len(ends) == 1:
            out[key] = ends[0]
    for key, (year, name) in named.items():
        if key in out or key in out.values():
            continue
        holds = {out.get(k, k) for k, (y, n) in named.items()
                 if k != key and y == year and holds_name(n, name)}  # fmt: skip
        if len(holds) == 1:
            out[key] = holds.pop()
    return out


def holds_name(longer: str, name: str) -> bool:
    """A longer name holds a shorter one: whole ("expert group" in "… expert group on x"), or
    a name of three words or more word by word, in order ("regional meeting on x" in
    "regional meeting for the east on x")."""
    if f" {name} " in f" {longer} ":
        return True
    words, it = name.split(), iter(longer.split())
    return len(words) >= 3 and all(w in it for w in words)


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
        (("news", "article", "story", "blog"), "news article"),
        (("press", "release", "announcement"), "press release"),
    ):
        if any(w in v for w in words):
            return kind
    return None


def meeting_of(doc, doc_kind: str, chair: str | None) -> Meeting:
    title = meeting_title(doc.title, doc.text, doc.date)
    return Meeting(meeting_key(title), title, doc.date, doc.place, chair, doc_kind)


# When, where, at what time a meeting was held (or a recording made): the record's own line.
# Verbs of an occasion, by what they say happened; a meeting's verbs stand for one another.
OCCASION_VERBS = {
    "meet": r"held|holds?|holding|met|meets?|convened?|convenes|took\s+place|takes?\s+place|"
            r"gathered|hosted|sat",
    "record": r"recorded|records?|taped|filmed",
    "open": r"opened|opens?|began|begins?|started|starts?|called\s+to\s+order",
    "close": r"closed|closes?|ended|ends?|adjourn(?:ed|s)?|finish(?:ed|es)?|conclude[ds]?|"
             r"rose|rises?",  # "the meeting rose at 1 p.m.": a record's word for its end
}  # fmt: skip
VERB_RES = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in OCCASION_VERBS.items()}
# A label line of a record's header: "Venue: Room 3, ...", "Date/time: Tuesday 4 June, 15:00".
LABEL_RE = re.compile(
    r"(?:^|(?<=\s))[*_]*(?P<label>[A-Z][A-Za-z/&-]*(?:[ /][A-Za-z&-]+){0,3}?)[*_]*:[*_]*\s"
)
LABEL_WORDS = {"date": {"date", "when", "day"}, "time": {"time", "when", "hour", "hours", "date"},
               "place": {"venue", "place", "location", "room", "where", "hall"}}  # fmt: skip
CLOCK_RE = re.compile(
    r"(?<![\d.,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d)?"
    r"(?:\s*(?:a\.m\.|p\.m\.|hrs\b|h\b))?(?![\d.,]\d|\s*(?:million|billion|per|%))"
    r"|\b\d{1,2}\s*(?:a\.m\.|p\.m\.)",
    re.I,
)
# "the twelfth session, to be held in Vienna": an occasion still to come.
TO_COME = re.compile(r"\bto\s+be\s+(?:held|convened|hosted|organi[sz]ed)\b", re.I)
WEEKDAY_RE = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.I)
# "in which room", "at what venue": a place, by its noun; "at what time" is not one.
_IN_WHICH = (
    r"\b(?:in|at)\s+(?:which|what)\s+(?!(?:time|hour|date|day|point|stage|moment)\b)([a-z]+)\b"
)
# "What were the dates of …", "what was the venue": the answer's kind named as the thing asked.
THE_DATE_RE = re.compile(r"\b(?:what|which)\s+(?:was|were|is|are)\s+the\s+(?:dates?|days?)\b", re.I)
THE_PLACE_RE = re.compile(
    r"\b(?:what|which)\s+(?:was|were|is|are)\s+the\s+(?:venue|location)\b", re.I
)
ASKED_RES = {
    "date": re.compile(rf"\bwhen\b|\b(?:what|which)\s+(?:date|day)\b|{THE_DATE_RE.pattern}", re.I),
    "time": re.compile(r"\b(?:what|which)\s+(?:time|hour)\b", re.I),
    "place": re.compile(rf"\bwhere\b|{_IN_WHICH}|{THE_PLACE_RE.pattern}", re.I),
}
# ", which room?", "what venue": a place by its noun, without the preposition.
PLACE_NOUN_RE = re.compile(
    rf"{_IN_WHICH}|\b(?:which|what)\s+(room|hall|venue|building|floor)\b", re.I
)


def _asked(q: str) -> list[str]:
    """The kinds of answer asked for, in the question's order ("time" in place of "date")."""
    found = {k: m.start() for k, r in ASKED_RES.items() if (m := r.search(q))}
    if "time" in found and "date" in found and not re.search(r"\bwhen\b.*\bwhen\b", q, re.I):
        found.pop("date")  # "at what time": when, as a time of day
    return sorted(found, key=found.__getitem__)


def _segments(value: str) -> list[str]:
    """A label's value cut at commas, without the weekday, the date and the time."""
    out = []
    for seg in (s.strip(" .;") for s in value.split(",")):
        rest = CLOCK_RE.sub("", _dates(seg)[1]).strip(" .;-–")
        if rest and not WEEKDAY_RE.match(rest):
            out.append(rest)
    return out


def _dates(text: str) -> tuple[list[str], str]:
    from .answer_types import dates

    found = dates(text)
    rest = text
    for d in found:
        rest = rest.replace(d, " ")
    return found, rest


def _place(text: str, q: str, title: str, known: set[str]) -> str | None:
    from .answer_types import places

    noun = PLACE_NOUN_RE.search(q)
    if noun:  # "in which room": the capitalised phrase holding that noun, with its number
        word = re.escape(noun.group(1) or noun.group(2))
        m = re.search(rf"(?:[A-Z][\w-]*\s+)*(?i:{word})\s+[\w-]+", text)
        if m and m.group()[0].isupper():
            return m.group()
    for p in known:
        if re.search(rf"\b{re.escape(p)}\b", text):
            return p
    own = set(title.split())  # "Trafficking in Cultural Property" names it, not its place
    return next((p for p in places(text) if not set(p.split()) <= own), None)


def _verb(q: str) -> str | None:
    """The question's verb of an occasion; "was the side event": the meeting's own."""
    from .scope import MEETING_ALT

    if verb := next((k for k, r in VERB_RES.items() if r.search(q)), None):
        return verb
    copula = (  # the meeting is the subject: "was the side event (on X)?", not "of the forum"
        rf"\b(?:was|is|were|are|be)\s+(?:the|this|that|its)\s+"
        rf"(?:(?!of\b)[\w'’\"“”,:-]+\s+){{0,8}}?"  # a name in the question: "the “X, not Y” event"
        rf"(?:{MEETING_ALT})s?\b(?:\s+(?:on|about|for|with|in)\b[^?]*)?\s*\??\s*$"
    )
    of_it = (
        rf"\b(?:dates?|days?|venue|location|place)\s+of\s+(?:the|this|that|its)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{MEETING_ALT})s?\b"
    )
    return "meet" if re.search(copula, q, re.I) or re.search(of_it, q, re.I) else None


def _bare_header(text: str, verb: str | None) -> bool:
    """A record's line of date, time and place under its title, without labels or a verb
    (asked when it met: what else would the line say?)."""
    from .answerability import _is_dateline

    meets = VERB_RES["meet"].search(text)
    return verb == "meet" and not meets and not _labelled(text) and _is_dateline(text)


def _labelled(text: str) -> list[tuple[set[str], str]]:
    """A header's label lines, one or several run together: (the label's words, its value)."""
    marks = list(LABEL_RE.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)] if marks else []
    return [
        (set(re.findall(r"[a-z]+", m.group("label").lower())), text[m.end() : end].strip())
        for m, end in zip(marks, ends, strict=True)
    ]


def _gives(u, q: str, asked: list[str], title: str, known: set[str]) -> dict[str, str]:
    """What the unit says of each kind asked: a label line, a header line of date, time and
    place, or a sentence with the verb."""
    text = u.text
    out: dict[str, str] = {}
    verb = _verb(q)
    labels = [(w, v) for w, v in _labelled(text) if any(w & LABEL_WORDS[k] for k in asked)]
    labels = labels if verb == "meet" else []  # a header's "Date:" is not when it closed
    for words, value in labels:
        if "date" in asked and words & LABEL_WORDS["date"] and (ds := _dates(value)[0]):
            out.setdefault("date", ds[0])
        if "time" in asked and words & LABEL_WORDS["time"] and (ts := CLOCK_RE.findall(value)):
            out.setdefault("time", ts[0])
        if "place" in asked and words & LABEL_WORDS["place"]:
            segs = _segments(value)
            room = _place(", ".join(segs), q, title, set()) if PLACE_NOUN_RE.search(q) else None
            if room or segs:
                out.setdefault("place", room or ", ".join(segs))
    if labels:
        return out
    if _bare_header(text, verb):  # "Tuesday, 15 July 2025 | 1.15 p.m. | Room 7"
        value = text.replace("|", ",")
        clock = CLOCK_RE.findall(value)
        value = CLOCK_RE.sub(" ", value)  # the hour is no place
        if "date" in asked and (ds := _dates(value)[0]):
            out["date"] = ds[0]
        if "time" in asked and clock:
            out["time"] = clock[0]
        if "place" in asked and (segs := _segments(value)):
            out["place"] = ", ".join(segs)
        return out
    if verb is None or not VERB_RES[verb].search(text):
        return out
    if "date" in asked and (ds := _dates(text)[0]):
        out["date"] = ds[0]
    if "time" in asked and (ts := CLOCK_RE.findall(text)):
        out["time"] = ts[0]
    if "place" in asked and (p := _place(text, q, title, known)):
        out["place"] = p
    return out


def _to_come(u, gives: dict[str, str], corpus) -> bool:
    """A unit telling, in the future, of an occasion in a later month than its record's date
    ("the twelfth session, to be held in Vienna in October"): another meeting, still to come.
    A release announcing its own meeting ("will be held … from 14 to 16 November") is not."""
    from .questions import FUTURE

    if not (FUTURE.search(u.text) or TO_COME.search(u.text)):
        return False
    when = _month(gives.get("date") or next(iter(_dates(u.text)[0]), ""))  # asked where only
    doc_date = str(corpus.docs.get(u.doc_id, {}).get("date") or "")
    m = re.match(r"(\d{4})-(\d{2})", doc_date)
    if when is None or not m:
        return False
    year = when[0] or int(m.group(1))
    return (year, when[1]) > (int(m.group(1)), int(m.group(2)))


def _month(date: str) -> tuple[int | None, int] | None:
    """(year or None, month) of a date as written ("14 to 16 November", "October 2024")."""
    from .answer_types import MONTHS

    names = MONTHS.split("|")
    m = re.search(rf"\b({MONTHS})\b", date)
    if not m:
        return None
    year = re.search(r"\b(?:19|20)\d\d\b", date)
    return (int(year.group()) if year else None, names.index(m.group(1)) + 1)


def occasion(a, corpus) -> tuple[list, list[str]] | None:
    """'When and where did X meet?', 'at what time and in which room', 'when was it recorded':
    the units of the record that say it (a sentence with the question's verb of meeting or
    recording, or a header's label line), with the date, time and place each gives."""
    from .directory import norm
    from .terms import content_words, stem_set

    q = a.question
    asked = _asked(q)
    verb = _verb(q)
    if not asked or not verb:
        return None
    if verb in ("open", "close") and asked == ["date"]:  # when it opened: the day and the hour
        asked = ["date", "time"]
    if a.speakers and a.speaker_asked:  # "when did X meet Y": their words, not the record's
        return None
    if a.future_tense:  # "when will the next one be held": not the one the record is of
        return None
    frame = set().union(*(LABEL_WORDS.values())) | {"what", "which", "time"}
    want = (
        stem_set(content_words(q))
        - stem_set(frame)
        - stem_set([w for v in OCCASION_VERBS.values() for w in re.findall(r"[a-z]+", v)])
    )
    known = {str(d.get("place") or "") for d in corpus.docs.values()} - {""}
    asked_words = set(norm(q).split())
    found = []
    for doc_id in a.docs or list(corpus.docs):
        title = str(corpus.docs.get(doc_id, {}).get("title") or "")
        units = corpus.by_doc.get(doc_id, [])
        head = " ".join(u.text for u in units[:3])
        for u in units:
            gives = _gives(u, q, asked, title, known)
            if set(norm(gives.get("place", "")).split()) <= asked_words:
                gives.pop("place", None)  # "where in Vienna": not "Vienna"
            if gives:
                fit = len(want & stem_set(content_words(f"{title} {head} {u.text}")))
                if want and not fit:
                    continue  # a record the question does not name says nothing of its meeting
                said = not _bare_header(u.text, verb)  # a sentence or a label line first
                when = str(corpus.docs.get(doc_id, {}).get("date") or "")  # alike: the latest
                found.append((said, fit, len(gives), not u.speaker, when, -u.order, u, gives))
    # a past meeting is not answered by a session still to come ("… will be held in X in May")
    past = [f for f in found if not _to_come(f[6], f[7], corpus)]
    found = past or found
    if not found:
        return None
    best = max(f[:2] for f in found)
    found = sorted((f for f in found if f[:2] >= best), key=lambda f: f[:6], reverse=True)
    first = found[0]
    chosen, given = [first[6]], dict(first[7])
    for f in found[1:]:  # what the first leaves open, from the same record
        if f[6].doc_id == first[6].doc_id and set(f[7]) - set(given):
            chosen.append(f[6])
            given.update({k: v for k, v in f[7].items() if k not in given})
    return sorted(chosen, key=lambda u: u.order), [given[k] for k in asked if k in given]


NUMBERED = re.compile(r"\s(?:[IVXLC]+|\d+[A-Za-z]?)$")
LENGTH_LABELS = ("duration", "length", "runtime")  # a line's label stating how long it lasted
LENGTH_OF = re.compile(r"\bhow\s+long\s+(?:is|was|were|are)\s+(?:the|this|that|its|their)\b", re.I)
SOUGHT = re.compile(r"\b(?:which|what)\s+([a-z]+)|\bwho\s+(?:[a-z]+ly\s+)?([a-z]+)", re.I)


_LABEL_UNITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _label_units(corpus) -> dict[str, list]:
    """Each document's units holding a label ("Venue: …"), in order: found once per index
    generation, so a question does not scan every unit of a large corpus."""
    found = _LABEL_UNITS.get(corpus)
    if found is None:
        found = {}
        for doc_id, units in corpus.by_doc.items():
            if mine := [u for u in units if LABEL_RE.search(u.text)]:
                found[doc_id] = mine
        _LABEL_UNITS[corpus] = found
    return found


def label_line(a, corpus) -> tuple[list, list[str]] | None:
    """'Who organised the side event?', 'in which languages?': a record's header line whose
    label is the question's own word ("Organized by: …", "Languages: …"), in the record
    the question names (its other words in the record's title, opening or that line)."""
    from . import answer_types
    from .terms import content_words, stem_set

    asked = stem_set(content_words(a.question))
    # the thing asked: the noun after "which"/"what", the verb after "who"
    sought = stem_set((m.group(1) or m.group(2)).lower() for m in SOUGHT.finditer(a.question))
    kind, cue_words = answer_types.quantity_kind(a.question)
    cue = stem_set(cue_words)  # "how long": what is asked, not what about
    # the length of a thing ("how long was the recording"), not of a process ("does it take")
    lasting = kind == "duration" and bool(LENGTH_OF.search(a.question))
    if lasting:  # "how long was the recording": a line labelled with its length
        sought |= stem_set(LENGTH_LABELS)
    occasion_words = set().union(*LABEL_WORDS.values())
    found = []
    labelled = _label_units(corpus)
    for doc_id in a.docs or list(corpus.docs):
        if doc_id not in labelled:
            continue
        title = str(corpus.docs.get(doc_id, {}).get("title") or "")
        units = corpus.by_doc.get(doc_id, [])
        head = " ".join(u.text for u in units[:3])
        for u in labelled[doc_id]:
            names = [m.group("label") for m in LABEL_RE.finditer(u.text)]
            for name, (words, value) in zip(names, _labelled(u.text), strict=True):
                label = stem_set(content_words(" ".join(sorted(words))))
                if not label or not label <= sought or words & occasion_words or not value:
                    continue
                if NUMBERED.search(name):  # "Panel I: …" heads a part; it labels no field
                    continue
                if lasting and not answer_types.DURATION_RE.search(u.text):
                    continue
                want = asked - label - cue
                fit = len(want & stem_set(content_words(f"{title} {head} {u.text}")))
                if want and not fit:
                    continue
                found.append((fit, -u.order, u, value.strip(" .;")))
    if not found:
        return None
    fit, _, unit, value = max(found, key=lambda f: f[:2])
    return [unit], [value]
