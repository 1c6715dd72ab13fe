"""Written contributions and statements: the author organisation speaks in the first person.

A statement is prose whose sentences say "we" and "our" (outside any quotation marks) and that
is not a transcript. Its author is the organisation in its signature ("Name / Director, Org"),
else its opening heading, else the publisher in its metadata. Every sentence of its body is the
author's own words; the signatory is a speaker with their role; the heading lines are the
record's narrative. A statement a State's delegate delivers ("Statement of the Group of X,
delivered by H.E. Y, Permanent Representative of Z") is Z's words, for the group; the heading
naming Y is the record's words about Y, who is a speaker with that office. A national official
reading a group's statement ("Delivered by Ms. Y, Minister of Justice of Z" / "Statement on
behalf of the X") speaks in their own name in the first person singular, for X in the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import sentences
from . import nlp
from .countries import spellings, state_named
from .names import (
    BY_RE,
    CONNECTORS,
    HON,
    MEETING_ROLE_RE,
    NAME_CORE,
    ROLE_RE,
    Person,
    body_kind,
    clean_honorific,
    gender_of,
    is_role_only,
    split_org,
    title_case,
)
from .prose import (
    COLLECTIVE_RE,
    HON_NAME_RE,
    Context,
    attribute_prose,
    mention_at,
    outside,
    register_roles,
    speaker_kind,
)
from .turns import _introduced_as
from .units import Unit

FIRST_PLURAL = re.compile(r"\b(?:we|our|ours|us)\b", re.I)
FIRST_SINGULAR = re.compile(r"\b(?:I|my|me)\b")
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|me)\b")


def _outside_quotes_text(text: str, span: sentences.Span) -> str:
    out, pos = [], span.start
    for qs, qe in span.quotes:
        out.append(text[pos : max(pos, qs - 1)])
        pos = max(pos, qe + 1)
    out.append(text[pos : span.end])
    return " ".join(out)


def is_statement(
    text: str,
    spans: list[sentences.Span],
    heading: set[int],
    signed: bool = False,
    quoting: float = 0.2,
) -> bool:
    """Prose in the first person (outside quotation marks), quoting others in at most the
    `quoting` share of its sentences."""
    body = [s for s in spans if s.start not in heading]
    if len(body) < 3:
        return False
    body = [s for s in body if len(text[s.start : s.end].split()) >= 4]
    first = sum(1 for s in body if FIRST_PERSON.search(_outside_quotes_text(text, s)))
    quoted = sum(1 for s in body if s.quotes)
    share = 0.1 if signed else 0.25  # a signature at the end is itself the mark of a statement
    own = len(body) - quoted  # the sentences in the author's words, not the ones it quotes
    return first >= 3 and first >= share * own and quoted <= quoting * len(body)


SIGNED_RE = re.compile(
    r"(?i)^\s*(?:\(signed\)|\[signed\]|(?:signed|submitted)(?:\s+by)?"
    r"(?:\s+(?:on\s+behalf\s+of|for)\s+[^:\n]{1,80}:)?:?)\s*|\s*\(signed\)\s*$"
)  # "(Signed)", "Signed by:", "Signed on behalf of the X: Name, Title, Org"
# A note of the apparatus ("[2] The figure refers to …"), or a heading over the notes.
NOTE_MARK = re.compile(r"^\s*\[\d{1,3}\]\s")
NOTE_NUMBER = re.compile(r"\s*\[?\d{1,3}\]?\s")  # "1 Brokers were …", "[2] The figure …"
NOTES_HEADING = re.compile(r"(?i)^\s*(?:notes|footnotes|endnotes|references|sources)\s*:?\s*$")
ON_BEHALF_RE = re.compile(r"(?i)(?:on behalf of|for)\s+(?:the\s+)?(.+?)[,:]?$")
SIGNER_RE = re.compile(rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})")


DATE_OR_ADDRESS = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}|\d{4}-\d\d-\d\d|\d+)$|@|https?:|www\."
)
DATE_RE = re.compile(
    r"\b(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\b|\b\d{4}-\d\d-\d\d\b"
)
ENDS_SENTENCE = re.compile(r"[.!?:;,…”\"’)\]]$")
# Who a State's or a body's statement is from, as its title, letterhead or signatory says it:
# "Permanent Mission of X to …", "Delegation of X", "Permanent Representative of X to …",
# "Written statement of the X", "Statement by X", "On behalf of the X".
WHO = r"(?P<who>[A-Z][\w'’.&\-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w'’.&\-]*))*?)"
UNTIL = (
    r"(?=\s+(?i:to|at|in|on|before|for|concerning|regarding|during|and\s+(?:its|their))\b"
    r"|\s*[,.;:(\[–—-]|\s*$)"
)
ENVOY_OF_RE = re.compile(
    r"(?i:(?:permanent\s+)?(?:mission|delegation|embassy|government|representative|observer)"
    rf"\s+of\s+(?:the\s+)?){WHO}{UNTIL}"
)
STATEMENT_OF_RE = re.compile(
    r"(?i:\b(?:statement|contribution|submission|comments|views|position|paper|letter)\s+"
    rf"(?:(?:submitted|delivered|presented|made)\s+)?(?:of|by|from)\s+)(?P<the>the\s+)?{WHO}{UNTIL}"
)
DOCUMENT_WORDS = re.compile(
    r"(?i)\b(?:statement|contribution|submission|comments|views|position paper|letter|remarks|"
    r"summary|report|recommendations|address|note)s?\b"
)
ON_BEHALF_OF_RE = re.compile(rf"(?i:\bon\s+behalf\s+of\s+)(?P<the>the\s+)?{WHO}{UNTIL}")
# The delegate a heading names: "…, delivered by H.E. Ambassador X, Permanent Representative of
# Y" or "Statement by H.E. X, Minister of …, on behalf of the Z".
DELIVERED_BY_RE = re.compile(
    r"(?i:\b(?:delivered|presented|read|made|statement|remarks|address)\s+(?:out\s+)?by\s+)"
    rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})(?P<rest>[^\n]*)"
)
ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][\w\-]{1,12})\)")


def _parts(line: str) -> list[str]:
    """'Name / Title, Org' -> its parts; a date or an address is left out, and a line with a
    date ("Vienna, 8 September 2020") is the place and date of signing, not an organisation."""
    if DATE_RE.search(line):
        return []
    parts = [p.strip() for p in re.split(r"\s+/\s+|,\s+", line) if p.strip()]
    return [p for p in parts if not DATE_OR_ADDRESS.search(p)]


def _proper(name: str) -> str:
    """'ORIENTAL REPUBLIC OF URUGUAY' -> 'Oriental Republic of Uruguay'; mixed case is kept."""
    if not name.isupper() or len(name.split()) < 2:  # "UNICEF" stays as it is
        return name
    words = name.lower().split()
    return " ".join(w if w in CONNECTORS and i else w.capitalize() for i, w in enumerate(words))


def _name_shaped(line: str) -> bool:
    """A name is capitalised in every word but its connectors ("Coalition for Safe Ports")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return bool(words) and all(w[0].isupper() or w.lower() in CONNECTORS for w in words)


def named_body(line: str, envoy_only: bool = False) -> str | None:
    """The State or body a title, letterhead, role or publisher line says the statement is of."""
    found = [ENVOY_OF_RE.search(line)]
    if not envoy_only:
        found = [ON_BEHALF_OF_RE.search(line), *found, STATEMENT_OF_RE.search(line)]
    for m in found:
        if m is None:
            continue
        who = _proper(m.group("who").strip())
        if is_role_only(who) or ROLE_RE.match(who) or HON_NAME_RE.match(who):
            continue  # "Statement by the Chair", "by Ms. X": a person, not a body
        the = m.groupdict().get("the")
        if m.re is ENVOY_OF_RE or the or who.isupper() or nlp.is_state(who):
            return split_org(who)[0]
    for of in re.finditer(r"\bof\s+(?:the\s+)?", line):  # "Minister of Foreign Affairs of X"
        m = re.compile(WHO + UNTIL).match(line, of.end())
        if m and state_named(_proper(m.group("who"))):
            return _proper(m.group("who"))
    return None


# "the Member States of the X": the group is X itself.
MEMBERS_OF_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:member\s+)?states\s+(?:members\s+)?of\s+(?:the\s+)?"
)


def _group(line: str) -> str | None:
    """The group a heading says the statement is of or for: "on behalf of the X (ACR)",
    "Statement of the X"."""
    for m in (ON_BEHALF_OF_RE.search(line), STATEMENT_OF_RE.search(line)):
        if m is None or nlp.is_state(m.group("who")):
            continue
        name, acr = m.group("who"), ACRONYM_AFTER.match(line, m.end("who"))
        name = MEMBERS_OF_RE.sub("", name) or name
        if not (HON_NAME_RE.match(name) or is_role_only(name) or ROLE_RE.match(name)):
            return f"{name} ({acr.group('acr')})" if acr else name
    return None


@dataclass
class Delegate:
    """Who a heading says delivers the statement, for whom, and in what capacity."""

    person: Person
    group: str | None  # the group spoken for, if a heading names one
    at: int  # where the heading names the person
    envoy: bool  # the State's envoy ("Permanent Representative of X"), not a national office


def _headed_by(text: str, end: int) -> Iterator[tuple[re.Match[str], Person]]:
    """The people the headings above `end` say deliver or make the statement ("Statement by
    Ms. X, …", "… delivered by H.E. Y"), each with the heading's match."""
    for m in DELIVERED_BY_RE.finditer(text, 0, end):
        name = m.group("name")
        if len(name.split()) < 2 or is_role_only(name) or nlp.is_state(name):
            continue
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        yield m, Person(name=title_case(name), honorific=hon, gender=gender_of(hon))


def delivered_by(text: str, end: int) -> Delegate | None:
    """The delegate a heading above `end` says delivers the statement: the person (with their
    office and the State it names), the group spoken for, and where the heading names them."""
    for m, person in _headed_by(text, end):
        rest = ON_BEHALF_OF_RE.split(m.group("rest"))[0]
        titles = [p for p in _parts(rest) if ROLE_RE.match(p) or p[:1].islower()]
        state = next((b for t in titles if (b := named_body(t, envoy_only=True))), None)
        if state is None or not state_named(state):
            continue  # a person speaking for a body of their own: not a State's delegate
        person.affiliation, person.roles = state, titles
        ambassador = "mbassador" in (person.honorific or "")
        envoy = ambassador or any(ENVOY_OF_RE.search(t) for t in titles)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        group = _group(line)
        if group is None:  # "Statement on behalf of the X" on a title line of its own
            lines = (" ".join(text[a:b].split()) for a, b in sentences.paragraphs(text[:end]))
            group = next((g for line in lines if (g := _group(line))), None)
        return Delegate(person, group, m.start(), envoy)
    return None


def _delegate_of_letterhead(text: str, end: int, author: str | None) -> Delegate | None:
    """ "Statement by Mr. X, Director of Y, Ministry of Z" under a State's letterhead ("REPUBLIC
    OF W", "Permanent Mission of W"): X is W's delegate, though his titles name no State, and
    the statement's "I" and "we" are W's."""
    state = state_named(author) if author else None
    if not state:
        return None
    for m, person in _headed_by(text, end):
        person.affiliation = author
        person.roles = [p for p in _parts(m.group("rest")) if ROLE_RE.match(p) or p[:1].islower()]
        return Delegate(person, None, m.start(), False)
    return None


def _speech_by(text: str, end: int) -> Person | None:
    """The person a heading above `end` says makes the statement, for a body of their own
    ("Statement by Ms. X, Coordinator"): a speech in their voice, not a State delegate's."""
    for m, person in _headed_by(text, end):
        person.roles = [p for p in _parts(m.group("rest")) if ROLE_RE.match(p)]
        return person
    return None


def byline(text: str, end: int) -> Person | None:
    """The writer a byline above `end` names ("By Ana Ruiz", "by Ana Ruiz, Lima"): a piece in
    the first person under a byline is its writer's own."""
    for line in text[:end].splitlines():
        m = BY_RE.match(line)
        name = m.group("rest").split(",")[0].strip() if m else ""
        if not re.fullmatch(NAME_CORE, name) or len(name.split()) < 2:
            continue
        if is_role_only(name) or body_kind(name) or nlp.is_state(name):
            continue
        writer = Person(name=title_case(name) if name.isupper() else name)
        _introduced_as(text, writer)  # "X is Head of Y at Z." under the piece
        return writer
    return None


# The credit under or after a quoted passage: "– Name, garment worker, 24", "— Name (pseudonym)".
CREDIT_RE = re.compile(
    r"[ \t]*\n{0,2}[ \t]*[-–—][ \t]*\n{0,2}[ \t]*"
    r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?(?P<rest>(?:,[ \t]*[^,\n]{1,60}){0,3})"
)


def opens_quote(text: str, span: sentences.Span) -> bool:
    """Whether the sentence is a quoted passage: it opens with a quotation mark."""
    return bool(span.quotes) and not text[span.start : span.quotes[0][0]].strip("\"“‘' \t\n")


def testimony(text: str, span: sentences.Span) -> tuple[Person, int] | None:
    """Who a quoted passage is credited to by the line after its closing mark, with their
    description ("garment worker") as what they are known by, and where the credit starts."""
    m = CREDIT_RE.match(text, span.quotes[-1][1] + 1)
    if m is None or is_role_only(m.group("name")) or nlp.is_state(m.group("name")):
        return None
    parts = [p.strip() for p in m.group("rest").split(",") if p.strip()]
    parts = [p for p in parts if not re.fullmatch(r"\d{1,3}", p)]  # an age
    titles = [p for p in parts if _is_title(p)]
    orgs = [p for p in parts if not _is_title(p)]
    person = Person(name=m.group("name"), roles=[*titles, *filter(None, [m.group("note")])])
    person.affiliation = orgs[-1] if orgs else (titles[-1] if titles else None)
    return person, m.start("name")


# A quote's frame that only says "she said" ("“…,” she added."): the one quoted before.
PRONOUN_FRAME_RE = re.compile(
    r"[\s,]*(?:she|he)\s+(?:said|says|added|adds|continued|stressed|told\s+\w+)[\s.]*", re.I
)


def _framed_quote(
    doc_id: str, text: str, span: sentences.Span, ctx: Context, before: Unit | None = None
) -> Unit | None:
    """A sentence quoting a person its frame names ("As X told the meeting: “…”", "“…,” said
    X, Director of Y."), read as prose reads it: the words are theirs, not the statement's
    authors'. A quote framed by "she said" alone is theirs when `before` quoted them."""
    if not span.quotes or (
        opens_quote(text, span) and before is None and not _frame_names(text, span)
    ):
        return None
    if before is not None and PRONOUN_FRAME_RE.fullmatch(_outside_quotes_text(text, span)):
        return Unit(doc_id, span.start, span.end, text[span.start : span.end], "quote",
                    before.speaker, span.quotes)  # fmt: skip
    units = attribute_prose(doc_id, text, [span], ctx, set())
    said = [u for u in units if u.kind == "quote" and u.speaker]
    person = ctx.registry.people.get(said[0].speaker) if len(units) == 1 and said else None
    return said[0] if person is not None and person.kind == "person" else None


def _frame_names(text: str, span: sentences.Span) -> bool:
    """The words after an opening quote name who says it ("…,” said X")."""
    return bool(re.search(r"[A-Z]", _outside_quotes_text(text, span)))


# "Signed by:" above a list of the bodies signing, with no person's signature block.
SIGNATORY_LIST_RE = re.compile(
    r"(?i)\s*(?:signed|endorsed|supported)\s+by\s*:\s*|\s*signatories\s*:?\s*"
)


def _signatory_list(text: str, paras: list[tuple[int, int]]) -> int:
    """Where a closing "Signed by:" label starts (the end of the text when there is none)."""
    found = [a for a, b in paras if SIGNATORY_LIST_RE.fullmatch(text, a, b)]
    return found[-1] if found else len(text)


def _is_title(part: str) -> bool:
    """A job title: "Director of X", "Joint Secretary" (a short one ending in a role word)."""
    words = part.split()
    short = 2 <= len(words) <= 3 and bool(ROLE_RE.fullmatch(words[-1]))
    return bool(ROLE_RE.match(part)) or part[:1].islower() or short


# The heading of what follows a letter's signature: "ANNEX", "Annex II", "Appendix A:".
ANNEX_RE = re.compile(
    r"(?i)^\s*(?:annex|appendix|attachment|enclosure)(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-H]))?\s*[:.]?\s*$"
)


def annex_at(text: str, paras: list[tuple[int, int]]) -> int | None:
    """Where an annex after the body starts (its heading paragraph), if the document has one."""
    found = [i for i, (a, b) in enumerate(paras) if ANNEX_RE.match(text[a:b])]
    return paras[found[-1]][0] if found and found[-1] >= len(paras) // 2 else None


def signature(text: str, paras: list[tuple[int, int]]) -> tuple[Person, int] | None:
    """A signature block at the end: a name line, then its title and organisation.

    "Name, Title" / "Org"; "Name" / "Title, Org"; "Name" / "Title" / "Org"; "(signed) Name";
    "Name / Title, Org". The title is the signatory's role, the organisation their affiliation
    (a meeting's role, "Chair, 2024 Dialogue", names the meeting instead).
    """
    annex = annex_at(text, paras)
    notes = [
        i for i in range(len(paras) // 2, len(paras)) if NOTES_HEADING.match(text[slice(*paras[i])])
    ]
    numbered = notes and all(NOTE_NUMBER.match(text, a) for a, _ in paras[notes[-1] + 1 :])
    last = paras[notes[-1]][0] if numbered else None  # the notes closing the document
    end = min([x for x in (annex, last) if x is not None], default=None)
    body = [p for p in paras if end is None or p[0] < end]
    tail = body[-5:]  # the last lines before the annex or the notes, if any
    for i, (a, b) in enumerate(tail):
        if len(text[a:b].split()) > 16 or re.search(r"[\"“”]", text[a:b]):
            continue  # a sentence quoting someone ("As X, Director of Y, told …: “…”")
        parts = _parts(SIGNED_RE.sub("", text[a:b]))
        m = SIGNER_RE.fullmatch(parts[0]) if parts else None
        if not m or is_role_only(m.group("name")) or len(m.group("name").split()) < 2:
            continue
        lines = [parts[1:]] if parts[1:] else []
        for a2, b2 in tail[i + 1 : i + 3]:
            more = _parts(text[a2:b2])
            if not more or re.search(r"[.!?]$", text[a2:b2].strip()):
                break
            lines.append(more)
        titles = [p for line in lines for p in line if _is_title(p)]
        org_line = next((line for line in lines if not _is_title(line[-1])), None)
        if not titles:
            continue
        org = ", ".join(p for p in org_line if not _is_title(p)) if org_line else None
        if org is None and i > 0:  # "On behalf of the X:" above the name
            behalf = ON_BEHALF_RE.match(text[tail[i - 1][0] : tail[i - 1][1]].strip())
            org = behalf.group(1) if behalf else None
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        person = Person(name=title_case(m.group("name")), honorific=hon, gender=gender_of(hon))
        person.roles = [titles[0], "signatory"]
        envoy = [b for t in titles if (b := named_body(t, envoy_only=True)) and state_named(b)]
        chair = next((t for t in titles if MEETING_ROLE_RE.match(t)), None)
        if org and chair and envoy:  # "Ambassador of X" / "Chair, 2025 Meeting": X's envoy
            person.roles.insert(0, f"{chair} of the {org}")
            person.affiliation = state_named(envoy[0])
        elif org and MEETING_ROLE_RE.match(titles[0]):
            person.roles[0] = f"{titles[0]} of the {org}"  # "Chair, 2024 Dialogue"
        elif org:
            person.affiliation, person.acronym = split_org(org)
        elif body := named_body(" ".join(titles), envoy_only=True):
            person.affiliation = body  # "Permanent Representative of X to …"
        return person, a
    return None


def _signatories(text: str, paras: list[tuple[int, int]]) -> list[Person]:
    """Every "Name, Title, Org (City)" line of the signature block at the end, or "Name" line
    followed by its "Title, Org, City" line."""
    out = []
    tail = paras[-12:]
    for k, (a, b) in enumerate(tail):
        parts = _parts(SIGNED_RE.sub("", text[a:b]))
        below = _parts(text[slice(*tail[k + 1])]) if len(parts) == 1 and k + 1 < len(tail) else []
        if len(below) >= 2 and _is_title(below[0]):  # "Name" / "Title, Org, City"
            parts = parts + below
        m = SIGNER_RE.fullmatch(parts[0]) if len(parts) >= 3 else None
        if not m or is_role_only(m.group("name")) or len(m.group("name").split()) < 2:
            continue
        titles = [p for p in parts[1:] if _is_title(p)]
        orgs = [re.sub(r"\s*\([^()]*\)$", "", p) for p in parts[1:] if not _is_title(p)]
        if len(orgs) >= 2 and len(orgs[-1].split()) == 1:  # "…, Harbour Line Alliance, Rotterdam"
            orgs = orgs[:-1]  # its city
        if not titles or not orgs:
            continue
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        person = Person(name=title_case(m.group("name")), honorific=hon, gender=gender_of(hon))
        person.roles = [titles[0], "signatory"]
        person.affiliation, person.acronym = split_org(orgs[-1])
        out.append(person)
    return out


def _co_authors(signers: list[Person], publisher: str | None) -> list[str]:
    """The bodies of a joint statement: its signatories' several organisations, else a
    publisher line listing several ("A; B; C")."""
    bodies = list(dict.fromkeys(p.affiliation for p in signers if p.affiliation))
    if len(bodies) >= 2:
        return bodies
    listed = [p.strip() for p in (publisher or "").split(";") if p.strip()]
    return listed if len(listed) >= 2 else []


def _author_name(
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    signed: tuple[Person, int] | None,
    title: str | None,
    publisher: str | None,
) -> str | None:
    """Whose statement this is, from the document's own structure: "On behalf of X" or the
    title ("Written statement of X"), the letterhead ("Permanent Mission of X to …"), the
    signatory's organisation or office, the opening heading, the publisher."""
    first = next((s for s in spans if FIRST_PERSON.search(text[s.start : s.end])), None)
    top = text[: first.start] if first is not None else ""
    lines = [  # the letterhead and title lines above the first sentence
        line
        for a, b in sentences.paragraphs(top)
        if not re.search(r"[.!?]$", line := " ".join(text[a:b].split()))
    ]
    for line in (" ".join((title or "").split()), *lines, " ".join(lines)):
        if body := named_body(line):
            return body
        if line in lines and state_named(line):  # a letterhead "REPUBLIC OF X"
            return _proper(line)
    if signed and signed[0].affiliation:
        return signed[0].affiliation
    line = text[paras[0][0] : paras[0][1]].strip() if paras else ""
    opening = re.split(r"\s+[|·•–—]\s+", line)[0]  # "X Ltd. | Public Policy": its name first
    if (
        opening
        and not re.search(r"[.!?:]$", line)
        and len(opening.split()) <= 8
        and not DOCUMENT_WORDS.search(opening)  # "Contribution to the Workshop": a title
        and _name_shaped(opening)  # "Hearing witnesses across borders": a title, not a name
    ):
        return _proper(opening)
    if publisher:
        return named_body(publisher, envoy_only=True) or publisher
    return None


def _short_state(name: str, text: str) -> str:
    """A State's name as the document itself most often writes it: a letterhead's "ORIENTAL
    REPUBLIC OF URUGUAY" is "Uruguay" where the text says "Uruguay" most; a name that is no
    State's is kept."""
    state = state_named(name)
    if state is None:
        return name
    found = []  # (start, end, as written) of every spelling, none inside a longer one
    for form in {state.lower(), *spellings(state), name.lower()}:
        pattern = rf"(?i)(?<![\w-]){re.escape(form)}(?![\w-])"
        found += [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
    counts: dict[str, int] = {}
    for a, b, written in found:
        inside = any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in found)
        if not inside and not written.isupper():
            counts[written] = counts.get(written, 0) + 1
    return max(counts, key=lambda w: (counts[w], w == name)) if counts else name


# A company's legal form after its name ("Ltd.", "Inc.", "GmbH").
LEGAL_FORM = re.compile(
    r",?\s+(?:Ltd|Limited|Inc|Incorporated|LLC|plc|PLC|GmbH|AG|S\.A|SA|B\.V|BV|Pty|Co|Corp)\.?$"
)


def _usual_name(name: str, text: str) -> str:
    """A body's name as the document itself most often writes it: a State's formal name gives
    way to its short one ("Uruguay"), a company's legal form to the name it goes by."""
    short = LEGAL_FORM.sub("", name)
    if short == name or not short:
        return _short_state(name, text)
    full = len(re.findall(re.escape(name), text))
    bare = len(re.findall(rf"{re.escape(short)}(?![\w-])", text)) - full
    return short if bare >= full else name


def _by_author(sentence: str, author: str) -> bool:
    """A sentence whose subject is the author itself, in the third person ("Uruguay welcomes
    the opportunity …", "The Government of Uruguay considers …")."""
    lead = r"(?:the\s+(?:government|delegation|republic|kingdom|state)\s+of\s+(?:the\s+)?)?"
    starts = re.match(rf"(?i){lead}{re.escape(author)}\s+[a-z]", sentence.strip())
    return bool(starts) and bool(ENDS_SENTENCE.search(sentence.strip()))


def heading_starts(
    text: str, spans: list[sentences.Span], paras: list[tuple[int, int]]
) -> set[int]:
    """Starts of the spans that are headings: a paragraph's first words with no sentence end and
    no finite verb ("Lessons learned", "Proposals for the Conference"), or a bare number."""
    starts = {a for a, _ in paras}
    out, ask = set(), []
    numbered = False  # the span before was a bare "2." of its own
    for s in spans:
        words = text[s.start : s.end].strip()
        short = s.start in starts and not ENDS_SENTENCE.search(words) and len(words.split()) <= 12
        if re.fullmatch(r"\(?[0-9IVXivx]{1,4}[.)]?|[-=_*~]{3,}", words) or (numbered and short):
            out.add(s.start)
        elif short:
            ask.append(s)
        numbered = bool(re.fullmatch(r"\(?[0-9IVXivx]{1,4}[.)]?", words))
    docs = nlp.pipeline().pipe(text[s.start : s.end] for s in ask) if ask else []
    for s, doc in zip(ask, docs, strict=True):
        if not any(t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in doc):
            out.add(s.start)
    return out


def naming_unit(doc_id: str, text: str, span: sentences.Span, ctx: Context) -> Unit:
    """The unit of one sentence, with the people it names outside its quotes."""
    u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
    for m in HON_NAME_RE.finditer(text, span.start, span.end):
        if outside(span.quotes, m.start(), m.end()):
            named = mention_at(text, m, ctx).person
            if named is not None:
                u.mentions.append(named.name)
    return u


def attribute_statement(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    ctx: Context,
    heading: set[int],
    publisher: str | None,
    title: str | None = None,
) -> list[Unit]:
    register_roles(text, ctx)
    signers = _signatories(text, paras)
    joint = _co_authors(signers, publisher)
    if joint:  # "we" is all of them together: no one body's words
        return _joint_statement(doc_id, text, spans, ctx, joint, signers)
    signed = signature(text, paras)
    author_name = _author_name(text, spans, paras, signed, title, publisher)
    first = next((s for s in spans if FIRST_PERSON.search(text[s.start : s.end])), None)
    delegate = delivered_by(text, first.start) if first is not None else None
    if delegate is None and first is not None:
        delegate = _delegate_of_letterhead(text, first.start, author_name)
    # An official of a State reading a group's statement: "I" is the official, the rest the
    # group's; a State's envoy (or a statement for no group) speaks as the State.
    own_voice = delegate is not None and delegate.group is not None and not delegate.envoy
    if delegate is not None:
        author_name = delegate.group if own_voice else delegate.person.affiliation
    author = None
    singular = sum(1 for s in spans if FIRST_SINGULAR.search(text[s.start : s.end]))
    plural = sum(1 for s in spans if FIRST_PLURAL.search(text[s.start : s.end]))
    speaker = _speech_by(text, first.start) if first is not None and delegate is None else None
    writer = byline(text, first.start) if first is not None and delegate is None else None
    if speaker is None and writer is not None and singular >= 2:  # a column: its writer's
        return _column(doc_id, text, spans, paras, ctx, heading, ctx.registry.add(writer))
    if speaker is not None and singular >= 2:  # "Statement by Ms. X, Coordinator": her speech
        if author_name and not speaker.affiliation:
            speaker.affiliation, speaker.acronym = split_org(_proper(author_name))
        author = ctx.registry.add(speaker)
        return _letter(doc_id, text, spans, paras, ctx, heading, author, len(text))
    if signed and singular > plural:  # "I recommend …": the signatory's own letter
        author = ctx.registry.add(signed[0])
        for r in author.roles:
            ctx.hold(r, author)
        return _letter(doc_id, text, spans, paras, ctx, heading, author, signed[1])
    if author_name:
        base, acr = split_org(author_name)
        base = _usual_name(base, text)
        kind = speaker_kind(base, ctx)
        roles = ["delegation"] if kind == "delegation" else []
        if delegate is not None and delegate.group and not own_voice:
            roles.append(f"speaking on behalf of the {delegate.group}")
        name = author_name if own_voice else base  # a group goes by its name as the title has it
        author = ctx.registry.add(
            Person(name=name, affiliation=base, acronym=acr, kind=kind,
                   roles=[*roles, "author of the written statement"])
        )  # fmt: skip
        if signed and kind == "delegation":  # the ambassador of X signs for X
            mine = signed[0].affiliation
            if not mine or state_named(mine) == state_named(base):
                signed[0].affiliation = base
    signatory = ctx.registry.add(signed[0]) if signed else None
    reader = None
    if delegate is not None:
        of = f"the {delegate.group}" if delegate.group else delegate.person.affiliation
        delegate.person.roles.append(f"delivered the statement of {of}")
        reader = ctx.registry.add(delegate.person)
    sign_at = signed[1] if signed else len(text)
    listed_at = _signatory_list(text, paras) if signed is None else len(text)
    quoted: Unit | None = None  # the last quote a frame credits to a person
    heading = heading | heading_starts(text, spans, paras)
    started = notes = False
    notes_at = 0  # where the notes heading last seen starts
    credits: set[int] = set()  # where a line crediting a quote ("- Name, job") starts
    units: list[Unit] = []
    for span in spans:
        u = naming_unit(doc_id, text, span, ctx)
        units.append(u)
        if SIGNED_RE.fullmatch(u.text) or (span.start >= sign_at and DATE_RE.search(u.text)):
            continue  # "(Signed)", "Vienna, 8 September 2020": the record's
        if span.start in heading:
            notes = bool(NOTES_HEADING.match(u.text))
            notes_at = span.start
        # The notes (above the signature, or closing the document below it)
        ends = notes and (span.start < sign_at or notes_at > sign_at)
        if ends or NOTE_MARK.match(u.text) or span.start in credits:
            continue  # the notes: the document's apparatus, nobody's words; a quote's credit
        if span.start >= sign_at and re.search(r"@|https?:|www\.", u.text):
            continue  # the contact line under a signature
        if span.start >= listed_at:
            continue  # under "Signed by:": the signatories' names, nobody's words
        if opens_quote(text, span):  # a passage it quotes: the person credited, else nobody
            voice = testimony(text, span)
            if voice is not None:
                person, credit_at = voice
                who = ctx.registry.add(person)
                u.speaker, u.kind, u.frame_speaker, u.quotes = who.name, "quote", None, span.quotes
                credits.add(credit_at)
            else:  # "“…,” said X, Director of Y.", then "“…,” she said."
                quoted = _framed_quote(doc_id, text, span, ctx, quoted)
                units[-1] = quoted or u
            continue
        framed = _framed_quote(doc_id, text, span, ctx)
        if framed is not None:  # "As X, Director of Y, told the side event: “…”"
            units[-1] = quoted = framed
            continue
        if span.start >= sign_at and signatory is not None:
            _names_signer(u, signatory.name)  # the signature block: the record's words of them
            continue
        started = started or bool(FIRST_PERSON.search(u.text))
        started = started or (author is not None and _by_author(u.text, author.name))
        if not started or span.start in heading or author is None:
            continue  # the title, place and date lines above the first sentence; headings
        mine = own_voice and reader and FIRST_SINGULAR.search(_outside_quotes_text(text, span))
        who = reader if mine and reader else author
        u.speaker, u.kind, u.frame_speaker = who.name, "quote", who.name
        u.quotes = [(span.start, span.end)]
    for u in units if delegate is not None and reader is not None else []:
        if u.start <= delegate.at < u.end and u.speaker is None:
            u.speaker = reader.name  # the heading naming the delegate: about them, narrative
    return units


# A collective subject: "Several delegations, among them X, …", "Some participants …".
GROUP_NOUNS = re.compile(
    r"\b(?:delegations|delegates|speakers|participants|panel+ists|experts|members|States|"
    r"countries|others)\b"
)


def _letter(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    ctx: Context,
    heading: set[int],
    signatory: Person,
    sign_at: int,
) -> list[Unit]:
    """A signed letter in the first person: its body is the signatory's words, but for what it
    reports others saying (theirs, unless they told it to "me") and what it says of a group of
    speakers (nobody's); the signature block names the signatory; an annex after it is the
    record's own."""
    ctx.narrator = signatory
    heading = heading | heading_starts(text, spans, paras)
    units = attribute_prose(doc_id, text, spans, ctx, heading)
    annex = annex_at(text, paras)
    started = False
    for span, u in zip(spans, units, strict=True):
        started = started or bool(FIRST_PERSON.search(_outside_quotes_text(text, span)))
        if annex is not None and span.start >= annex:
            u.speaker, u.kind, u.frame_speaker, u.quotes = None, "narrative", None, []
            continue
        words = u.text.strip()
        if SIGNED_RE.fullmatch(words) or (span.start >= sign_at and DATE_RE.search(words)):
            continue  # "(Signed)", the place and date of signing: the record's
        if span.start >= sign_at:  # the signature block: the record's words naming the writer
            _names_signer(u, signatory.name)
            continue
        own = re.match(r"\W*(?:I|We)\b", words)  # "I was encouraged by …": the writer speaks
        own = own or (u.speaker and _told_me(text, span))  # "X has informed me that …": relayed
        if not started or span.start in heading or (u.speaker and not own):
            continue  # the letterhead, the headings; what the letter reports another saying
        if COLLECTIVE_RE.match(words) and GROUP_NOUNS.search(" ".join(words.split()[:4])):
            continue  # "Several delegations reminded us …": no one speaker's
        if u.speaker and u.speaker != signatory.name:  # relayed: the whole sentence is hers
            u.verb, u.attr, u.frame = None, None, None
        u.speaker, u.kind, u.frame_speaker = signatory.name, "quote", signatory.name
        u.quotes = [(span.start, span.end)]
    return units


def _column(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    ctx: Context,
    heading: set[int],
    writer: Person,
) -> list[Unit]:
    """A bylined piece in the first person: the writer's words, as a letter is its signatory's,
    but for the passages it quotes ("'We are …,' he said."), which are the one it credits, and
    the lines about the writer ("X is a former …"), which are the publication's."""
    units = _letter(doc_id, text, spans, paras, ctx, heading, writer, len(text))
    for span, u in zip(spans, units, strict=True):
        if u.speaker != writer.name:
            continue
        about = writer.name in u.text and not FIRST_PERSON.search(u.text)  # the writer's bio
        if about or opens_quote(text, span):
            u.speaker, u.kind, u.frame_speaker, u.quotes = None, "narrative", None, []
    return units


def _joint_statement(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    ctx: Context,
    bodies: list[str],
    signers: list[Person],
) -> list[Unit]:
    """A statement of several bodies: a sentence naming just one of them ("At the X, our
    hotline received …", "X has found that …") is that body's; the rest are the joint text,
    credited to none of them."""
    for person in signers:
        ctx.registry.add(person)
    authors = []
    for body in bodies:
        base, acr = split_org(body)
        authors.append(
            ctx.registry.add(
                Person(name=base, affiliation=base, acronym=acr, kind="organisation",
                       roles=["co-author of the joint statement"])
            )
        )  # fmt: skip
    units: list[Unit] = []
    for span in spans:
        u = naming_unit(doc_id, text, span, ctx)
        units.append(u)
        outside_text = _outside_quotes_text(text, span)
        signer = next((p for p in signers if outside_text.lstrip().find(p.name) in (0, 4)), None)
        named = [a for a in authors if re.search(rf"\b{re.escape(a.name)}\b", outside_text)]
        contact = re.search(r"@|https?:|www\.", outside_text)  # an address line: nobody's words
        if signer is not None:  # a signature line names its signatory: not their words
            _names_signer(u, signer.name)
            continue
        who = named[0] if len(named) == 1 and not contact else None
        if who is not None:
            u.speaker, u.kind, u.frame_speaker = who.name, "quote", who.name
            u.quotes = [(span.start, span.end)]
    return units


def _names_signer(u: Unit, name: str) -> None:
    """A line of a signature block (name, title, organisation): document structure naming its
    signatory, the record's words about them, never a quote of theirs."""
    u.speaker, u.kind, u.frame_speaker, u.quotes = name, "narrative", None, []


def _told_me(text: str, span: sentences.Span) -> bool:
    """Whether the sentence reports what someone told the writer ("The Secretariat has informed
    me that …", "Ms. X assured me that …"): "me" is the object of a verb that takes a clause.
    The words are the writer's relay: nobody else is on record saying them."""
    own = _outside_quotes_text(text, span)
    if not re.search(r"\bme\b", own):
        return False
    for tok in nlp.pipeline()(own):
        if tok.lower_ != "me" or tok.dep_ not in ("dobj", "dative", "iobj", "pobj"):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # "wrote to me that"
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in verb.children):
            return True
    return False
