"""What a document says about itself: its byline, dateline, place line and symbol.

`facts(text, blocks, declared)` reads the opening blocks of a document's text (and what the
file declares about itself outside its text: an HTML page's author and site name, a DOCX's core
properties, a PDF's info dictionary) and returns the document's author(s) with the byline's
offsets, and the title, date, place, symbol, publisher and kind it gives. A `.meta.yaml` beside
the file wins over all of these (sources.py merges them). A byline is the record's words about
who wrote it, never a speaker's statement.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from .attribution.names import BY_RE, HON, NAME_CORE, ROLE_RE, is_role_only, title_case
from .readers import SYMBOL_RE, Block

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
OPENING = 10  # blocks at the top of a document where a byline, dateline or symbol sits
SHORT = 20  # words: a byline or dateline is a short line
# General English nouns for people who write for a newspaper, an agency or a site.
WRITER = (
    r"reporter|correspondent|writer|editor|journalist|columnist|contributor|staff|bureau|desk|"
    r"analyst|producer|author"
)
WRITER_RE = re.compile(rf"\b(?:{WRITER})s?\b", re.I)
# The last word of a news outlet's name (general English): "Harbour Affairs Weekly" is no person.
OUTLET_RE = re.compile(
    r"\b(?:Weekly|Daily|Times|Post|News|Newswire|Wire|Herald|Journal|Review|Gazette|Courier|"
    r"Monitor|Ledger|Tribune|Chronicle|Observer|Express|Telegraph|Press|Magazine|Media|Agency|"
    r"Service|Network|Radio|TV|Television|Online)$"
)
NAME_RE = re.compile(rf"(?:(?:{HON})\s+)*(?P<name>{NAME_CORE})")
# The pieces of a byline line: "name, role · date | place".
SEPARATORS = re.compile(r"\s+[·|•—–]\s+|\s+-\s+")
DATE_RE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:\s*(?:[-–]|and|to)\s*\d{{1,2}})?\s+(?P<m>{MONTHS})\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
)
# "Vienna, 11 June 2024"; "Vienna International Centre, 11 May 2022"
PLACE_LINE = re.compile(r"^\s*(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}),\s+(?=\S)")
# "VIENNA" or "SAN ISIDRO, 12 March 2025": the place in capitals opening a news dateline.
NEWS_PLACE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2})(?:,|\s*$)")
MONTH_NUM = {m: i for i, m in enumerate(MONTHS.split("|"), 1)}
# The kinds of record a heading names (general English for meeting records), most specific first:
# "CHAIR'S SUMMARY", "Summary record of the 3rd meeting", "Informal minutes (not an official
# record)", "Question-and-answer segment (unofficial verbatim transcript)".
KIND_WORDS = (
    r"summary\s+record|verbatim\s+record|verbatim\s+transcript|[A-Za-z-]+['’]s\s+summary|minutes|"
    r"transcript|press\s+release|report|statement|summary"
)
KIND_HEAD = re.compile(
    rf"(?:^|\()(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<kind>{KIND_WORDS})"
    r"(?=\s*(?:$|of\b|on\b|by\b|for\b|to\b|[:()—–|·-]))",
    re.I,
)
# Nouns naming a meeting (general English): a line holding one names the meeting.
MEETING_NOUN = re.compile(
    r"\b(?:consultation|dialogue|meeting|conference|session|forum|workshop|summit|seminar|"
    r"symposium|event|group|panel|hearing)s?\b",
    re.I,
)
# Head nouns of an organisation's name (general English): a letterhead or issuer line.
ORG_NOUN = re.compile(
    r"\b(?:office|organi[sz]ation|nations|secretariat|ministry|mission|commission|council|agency|"
    r"alliance|coalition|network|institute|centre|center|foundation|association|union|programme|"
    r"program|service|bureau|department|observatory|clinic|watch|trust|society|initiative)\b",
    re.I,
)
# "Issued by the X Alliance", "Transcribed by the X Network": who put the document out.
ISSUED_BY = re.compile(
    r"\b(?:Issued|Published|Released|Transcribed|Produced|Compiled|Distributed)\s+by\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|the|to|&)\s+)*[A-Z][\w’'&.-]*)*)"
)
# Lines of a record's masthead that are neither its title nor its date.
MASTHEAD = re.compile(
    r"^\s*(?:Distr\.|Original:|Language:|Agenda item|Item \d)"
    r"|^.*\bfor\s+information\b.*\bnot\s+an\s+official\s+record\b",
    re.I,
)  # "… | For information - not an official record": a UN press release's masthead
LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w-]*(?:\s[\w-]+)?):\s")  # "Date: ...", "Facilitator: ..."
SMALL_WORDS = {"of", "on", "for", "the", "and", "in", "against", "to", "that", "a", "an", "at",
               "by", "with", "from", "across", "into", "between", "through", "under"}  # fmt: skip


@dataclass
class Facts:
    authors: list[str] = field(default_factory=list)
    author_role: str | None = None  # "Vienna correspondent"
    byline: tuple[int, int] | None = None  # the byline's offsets in the text
    title: str | None = None
    date: str | None = None  # ISO
    place: str | None = None
    symbol: str | None = None
    publisher: str | None = None
    kind: str | None = None

    @property
    def author(self) -> str | None:
        if not self.authors:
            return None
        if len(self.authors) == 1:
            return self.authors[0]
        return ", ".join(self.authors[:-1]) + " and " + self.authors[-1]

    def stored(self) -> dict:
        """The facts as the index keeps them (JSON values)."""
        return {
            "authors": self.authors,
            "author_role": self.author_role,
            "byline": list(self.byline) if self.byline else None,
        }


def iso_date(text: str) -> str | None:
    """The first full date in `text` as YYYY-MM-DD ("9 and 10 May 2022" -> its first day)."""
    for m in DATE_RE.finditer(text):
        if m.group("iso"):
            return m.group("iso")
        day, month, year = (m.group("d"), m.group("m"), m.group("y"))
        if not day:
            day, month, year = m.group("d2"), m.group("m2"), m.group("y2")
        try:
            return dt.date(int(year), MONTH_NUM[month], int(day)).isoformat()
        except ValueError:
            continue
    return None


def people_named(part: str) -> list[str]:
    """The people a byline's name part lists ("Anna Berg and Ben Cole"); none unless every
    piece is a name of two words or more (or an agency's capitals: "AFP")."""
    out = []
    for p in (p.strip() for p in re.split(r"\s+(?:and|&)\s+", part)):
        m = NAME_RE.fullmatch(p)
        name = m.group("name") if m else ""
        if not name or ROLE_RE.fullmatch(name) or is_role_only(name) or WRITER_RE.search(name):
            return []
        if OUTLET_RE.search(name):  # "Harbour Affairs Weekly": an outlet, not a person
            return []
        if len(name.split()) < 2 and not name.isupper():
            return []
        out.append(title_case(" ".join(name.split())) if len(name.split()) > 1 else name)
    return out


def _is_role(piece: str) -> bool:
    """A byline's description of the writer: "Vienna correspondent", "Staff Reporter"."""
    return bool(WRITER_RE.search(piece) or re.search(r"\b[a-z]{3,}\b", piece))


def _byline(line: str) -> tuple[list[str], str | None] | None:
    """(authors, role) of a byline line: "By Name[, role or outlet][ · date]", "date - By
    Name", "Outlet - live coverage by Name, role" or "Name, Staff Reporter"; its pieces in any
    order."""
    if re.search(r"[.!?:;]$", line.strip()):
        return None  # a sentence, not a byline
    pieces = SEPARATORS.split(line.strip())
    dated = len(pieces) > 1 and any(DATE_RE.fullmatch(p.strip()) for p in pieces)
    for i, piece in enumerate(pieces):
        found = _by_piece(piece, inner=i > 0, dated=dated)
        if found:
            return found
    return None


# "live coverage by Name": a byline's "by" after a few lower-case words of its own piece.
INNER_BY = re.compile(r"^(?:[a-z][\w-]*\s+){1,3}by\s+(?P<rest>[A-Z].+)$")


def _by_piece(piece: str, inner: bool, dated: bool) -> tuple[list[str], str | None] | None:
    """(authors, role) of one piece of a byline line; `inner`: a piece after the first, where
    "by" may follow its own words ("live coverage by Name"); `dated`: another piece of the
    line is its date, which makes "Name, Policy Officer" its writer ("Blog · date · Name, …")."""
    by = BY_RE.match(piece) or (INNER_BY.match(piece.strip()) if inner else None)
    pieces = re.split(r",\s+", (by.group("rest") if by else piece).strip())
    names: list[str] = []
    k = 0  # pieces that are names; the rest describe the writer
    while k < len(pieces) and (found := people_named(pieces[k])):
        names += found
        k += 1
    role = ", ".join(pieces[k:]) or None
    if not names:
        return None
    named = bool((by or dated) and role and all(w[:1].isupper() or w in SMALL_WORDS | {"&"}
                                      for w in role.split()))  # fmt: skip
    # An outlet or a title in capitals ("Harbour Weekly", "Policy Officer") after "By" or beside
    # the line's date describes the writer too.
    if role and (len(role.split()) > 8 or not (_is_role(role) or named)):
        return None
    if not by and not (role and (WRITER_RE.search(role) or dated)):
        return None  # without "By", only "Name, <a writer's title>" (or dated) is a byline
    return names, role


def _short(text: str, b: Block, whole: bool = False) -> str | None:
    """A block's text when it is a short line, else (unless `whole`) its first sentence when
    that is short."""
    line = text[b.start : b.end]
    if len(line.split()) <= SHORT:
        return line
    if whole:
        return None
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
    return first if len(first.split()) <= SHORT else None


def _dateline(text: str, b: Block) -> str | None:
    """The words before the dash that ends a news story's dateline ("VIENNA, 3 May 2024 —")."""
    m = re.match(r"([^—–\n]{2,60}?)\s+(?:[—–]|-(?=\s))\s", text[b.start : b.end])
    return m.group(1) if m and len(m.group(1).split()) <= 8 else None


def _place(name: str) -> str:
    return name.title() if name.isupper() else name


def facts(text: str, blocks: tuple[Block, ...], declared: dict[str, str]) -> Facts:
    """The document's author(s), byline, title, date, place, symbol, publisher and kind, as far
    as its opening lines and the file's own declarations give them."""
    got = Facts(title=declared.get("title"), publisher=declared.get("publisher"))
    opening = list(blocks[:OPENING])
    for b in opening:
        line = _short(text, b, whole=True)
        if line is None or b.kind == "heading":
            continue
        found = _byline(line)
        if found:
            got.authors, got.author_role = found
            got.byline = (b.start, b.start + len(line))
            got.date = iso_date(line)
            break
    marked = declared.get("byline", "")  # an HTML element marked as the byline
    for b in opening if marked and not got.authors else []:
        line = text[b.start : b.end]
        found = _byline(line if BY_RE.match(line) else f"By {line}")
        if marked in line and found and len(line.split()) <= SHORT:
            got.authors, got.author_role = found
            got.byline = (b.start, b.end)
            got.date = iso_date(line)
            break
    if not got.authors:
        author = declared.get("author", "").split(",")[0]  # "Name, Organisation"
        declared_by = people_named(re.sub(r"[^\w.’'\-]+$", "", author))
        for b in opening if declared_by else []:  # the line that names the declared author
            line = text[b.start : b.end]
            at = line.find(declared_by[0])
            rest = line[at + len(declared_by[0]) :] if at >= 0 else ""
            before = line[:at].rstrip()
            if (
                at >= 0
                and len(line.split()) <= SHORT
                and re.match(r"\s*(?:[,·|•—–]|$)", rest)
                and (not before or before[-1] in "·|•—–-")
                and (iso_date(line) or WRITER_RE.search(rest))
            ):  # "Name · 3 May 2024", "Name | Staff writer", "Blog · 3 May 2024 · Name, role"
                got.authors, got.byline = declared_by, (b.start, b.end)
                break
    got.date = iso_date(declared.get("date", "")) or got.date  # a declared date, else the byline's
    lines = [line for b in opening if (line := _short(text, b) or _dateline(text, b))]
    head = _head(text, opening)
    stated = got.date is None  # the date is the text's: its dateline may give the place
    got.date = got.date or _own_date(head) or next(filter(None, map(iso_date, lines)), None)
    dated = next((line for line in lines if iso_date(line)), "") if stated else ""
    place = PLACE_LINE.match(dated)
    rest = dated[place.end() :] if place else ""
    when = DATE_RE.match(rest)
    if when and re.fullmatch(r"[\s.,]*(?:[—–].*)?", rest[when.end() :]):
        got.place = _place(place.group("place"))  # "Vienna, 11 June 2024"
    got.symbol = next((m.group() for line in lines if (m := SYMBOL_RE.search(line))), None)
    got.title = got.title or _own_title(head)
    got.kind = next((k for line in head if (k := _kind_of(line))), None)
    got.publisher = got.publisher or _issued_by(lines) or _letterhead(head)
    if got.place is None:  # "VIENNA —" opening a news story
        heads = (_dateline(text, b) for b in opening)
        at = next((m for h in heads if h and (m := NEWS_PLACE.match(h))), None)
        got.place = _place(at.group("place")) if at else None
    if got.authors:
        got.kind = "news article"  # a story with a byline
    return got


# -- the document's own heading: title, kind, date, issuer ---------------------------------------
def _head(text: str, opening: list[Block]) -> list[str]:
    """The short lines above the body (title, masthead, dateline): the opening blocks before the
    first long paragraph."""
    out = []
    for b in opening:
        line = " ".join(text[b.start : b.end].split())
        if len(line.split()) > SHORT:
            break
        out.append(line)
    return out


def _tidy(line: str) -> str:
    """A heading as a title: spaces joined, capitals in title case ("ONLINE CONSULTATION ON X"
    -> "Online Consultation on X")."""
    line = " ".join(line.split()).strip(" -–—:#*")
    if not line.isupper():
        return line
    words = line.lower().split()
    return " ".join(
        w.upper() if re.fullmatch(r"\(\w+\)", w)  # an acronym in brackets stays one: "(UNODC)"
        else w if i and w in SMALL_WORDS else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )  # fmt: skip


def _kind_of(line: str) -> str | None:
    """The kind of record a heading line names ("CHAIR'S SUMMARY" -> "chair's summary")."""
    if _sentence(line):
        return None
    m = KIND_HEAD.search(line)
    return " ".join(m.group("kind").lower().replace("’", "'").split()) if m else None


def _sentence(line: str) -> bool:
    return bool(re.search(r"[.!?]$", line) and len(line.split()) >= 6)


def _is_letterhead(line: str) -> bool:
    """An organisation's name on its own line: in capitals, or title case ending in an
    organisation's noun; never a meeting, a kind of record or a date."""
    line = SYMBOL_RE.sub(" ", line).strip()
    words = line.split()
    if not 1 <= len(words) <= 12 or MEETING_NOUN.search(line) or KIND_HEAD.search(line):
        return False
    if DATE_RE.search(line) or not re.search(r"[A-Za-z]{2}", line) or ROLE_RE.fullmatch(line):
        return False
    if line.isupper():
        return True
    capitalised = all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)
    return capitalised and bool(ORG_NOUN.fullmatch(words[-1]))


def _letterhead(head: list[str]) -> str | None:
    """The issuer's name heading the document, before its title ("UNITED NATIONS OFFICE ON
    ..." above "CHAIR'S SUMMARY"), below any header labels and rules of a message."""
    lines = [line for line in head if re.search(r"[A-Za-z]{3}", line) and not LABEL.match(line)]
    first = next((line for line in lines[:3] if _is_letterhead(line)), None)  # past "To: …"
    return _tidy(SYMBOL_RE.sub(" ", first)) if first else None


def _issued_by(head: list[str]) -> str | None:
    """The organisation an "Issued by / Transcribed by the X" line names."""
    for line in head:
        m = ISSUED_BY.search(line)
        org = m.group("org").rstrip(".") if m else ""
        if org and ORG_NOUN.search(org) and not ROLE_RE.fullmatch(org):
            return org
    return None


def _not_title(line: str) -> bool:
    """Masthead lines: an issuer, a symbol, a date or place line, a label ("Date: ..."), a
    sentence, a "Prepared by ..." note."""
    bare = SYMBOL_RE.sub(" ", line)
    label = LABEL.match(line)
    return bool(
        not re.search(r"[A-Za-z]{3}", bare)
        or _is_letterhead(line)
        or MASTHEAD.match(line)
        or (label and not MEETING_NOUN.search(label.group("label")))
        or _sentence(line)
        or GREETING.match(line)
        or re.match(r"^\s*(?:[Bb]y\b|[A-Z]?[a-z]+ed\s+by\b)", line)
        or DATE_RE.match(re.sub(r"^\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+", "", line))
    )


SUBJECT_LINE = re.compile(r"^\s*Subject:\s*(\S.{2,})$")
GREETING = re.compile(r"^\s*(?:Dear|Hello|Hi|Greetings)\b[^.!?]{0,60}[,!]?\s*$", re.I)


def _own_title(head: list[str]) -> str | None:
    """The title the document's heading lines give: the heading naming its kind ("Chair's
    summary of X", "Report of Y"); a bare one ("CHAIR'S SUMMARY") with the meeting lines above
    it; else the first line that is not masthead."""
    subject = next((m.group(1) for line in head if (m := SUBJECT_LINE.match(line))), None)
    if subject:  # an email: its subject line is its title
        return _tidy(subject)
    lines = [line for line in head if not _not_title(line)]
    unbracketed = [re.sub(r"\s*\([^()]*\)", "", line) for line in lines]  # "Minutes (not ...)"
    at = next((i for i, line in enumerate(unbracketed) if _kind_of(line)), None)
    if at is None:
        return _tidy(lines[0]) if lines else None
    named = unbracketed[at].strip()
    kind = KIND_HEAD.search(named)
    if kind and len(named[kind.end() :].split()) >= 2:
        return _tidy(named)  # "Chair's summary of the online consultation"
    related = re.compile(r"^\S+(?:\s+\S+)?\s+to\s+the\b", re.I)  # "Follow-up to the X"
    meetings = [x for x in lines if MEETING_NOUN.search(x) and not related.match(x)]
    below = lines[at + 1 : at + 2]  # "SUMMARY" above "MEETING OF X", not above a list item
    above = [x for x in meetings if lines.index(x) < at][:2] or [
        x for x in below if x in meetings and not re.match(r"\s*[\d(]", x)
    ]
    named = named[:1].upper() + named[1:].lower() if named.isupper() else named
    return f"{named}: {' — '.join(_tidy(x) for x in above)}" if above else named


def _own_date(head: list[str]) -> str | None:
    """The date the heading gives the document or its meeting: a line opening with a date
    ("9 and 10 September 2020 -- held online", "Date: 10 September 2020"), a dateline
    ("Vienna, 11 June 2024"), "held on <date>", else its first date outside brackets (a
    bracketed date is usually another meeting's)."""
    weekday = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    for line in head:
        body = re.sub(rf"^\s*(?:Dated?|When|Held)\s*:\s*(?:{weekday})?|^\s*{weekday}", "", line)
        if m := DATE_RE.match(body):
            return iso_date(m.group())
    for line in head:
        place = PLACE_LINE.match(line)
        if place and (m := DATE_RE.match(line, place.end())):
            return iso_date(m.group())
    for line in head:
        held = re.search(r"\b(?:held|took\s+place|convened|met)\b", line)
        if held and (m := DATE_RE.search(line, held.end())):
            return iso_date(m.group())
    return next(filter(None, (iso_date(re.sub(r"\([^()]*\)", " ", x)) for x in head)), None)


def stored_authors(doc: dict) -> tuple[list[str], str | None, tuple[int, int] | None]:
    """(authors, role, byline offsets) of a document as the index holds it."""
    raw = doc.get("facts") or "{}"
    data = json.loads(raw) if isinstance(raw, str) else dict(raw)
    span = data.get("byline")
    return (
        list(data.get("authors") or []),
        data.get("author_role"),
        (int(span[0]), int(span[1])) if span else None,
    )


def meta_names(doc: dict) -> str:
    """The names a document's metadata gives (title, publisher, author, symbol, place, kind),
    as text: words a question may use for the document though its text never does ("the
    FAQ")."""
    authors, _role, _span = stored_authors(doc)
    values = [doc.get(k) for k in ("title", "publisher", "symbol", "place", "kind")] + authors
    return "\n".join(str(v) for v in values if v)
