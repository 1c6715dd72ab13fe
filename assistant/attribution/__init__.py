"""Who said what in one document: its kind of record, its speakers, and every unit's speaker.

`analyse(doc)` reads a document's structure (transcript labels, a statement's first person,
reported speech) and returns its units, its speakers, its kind and its meeting. Identities
across documents (a surname here, the full name there; "the Chair" of this meeting) are joined
later, by the directory, over the whole corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import sentences
from ..meetings import Meeting, kind_from_meta, meeting_of
from . import overrides
from .countries import demonym_pattern, state_named, states_of_demonym
from .described import describe
from .handover import attribute_handovers
from .initials import credit_stances, defined_initials
from .interview import attribute_interview
from .names import HON_NAME_RE, NAME_CORE, Person, Registry, meeting_role, split_org
from .prose import REPRESENTATIVE_RE, Context, attribute_prose, personal_name, speaker_kind
from .roster import listed_people
from .sections import attribute_sections
from .slides import attribute_deck, is_deck
from .statement import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    attribute_statement,
    byline,
    is_statement,
    named_body,
    signature,
)
from .thread import attribute_thread
from .turns import attribute_turns
from .units import Unit

RAW_MARKER = re.compile(r"[ \t]*(?:#{1,6}|[-*•]|\d{1,3}[.)]|\([a-zA-Z0-9]{1,4}\))[ \t]+")


@dataclass
class Attributed:
    units: list[Unit]
    people: list[Person]
    doc_kind: str
    meeting: Meeting
    roles: dict[str, str] = field(default_factory=dict)  # "chair" -> who holds it here
    problems: list[str] = field(default_factory=list)  # bad entries of the corrections file
    holders: dict[str, dict] = field(default_factory=dict)  # holder -> what the record says


def _paragraphs(doc) -> tuple[list[tuple[int, int]], set[int]]:
    """(start of the words, end) of each block, and the starts of headings."""
    blocks = getattr(doc, "blocks", None)
    if blocks:
        paras = [(b.body_start if b.body_start is not None else b.start, b.end) for b in blocks]
        heads = {p[0] for p, b in zip(paras, blocks, strict=True) if b.kind == "heading"}
        return paras, heads
    paras, heads = [], set()
    for a, b in sentences.paragraphs(doc.text):
        m = RAW_MARKER.match(doc.text, a, b)
        start = m.end() if m and m.end() < b else a
        paras.append((start, b))
        if doc.text[a:b].lstrip().startswith("#"):
            heads.add(start)
    return paras, heads


def _spans(text: str, paras: list[tuple[int, int]]) -> list[sentences.Span]:
    """Sentence spans of the whole text (quotes run across paragraphs), markers left out."""
    out = []
    starts = sorted(paras)
    for span in sentences.split(text):
        para = next((p for p in starts if p[0] <= span.end and span.start < p[1] + 1), None)
        if para is not None and span.start < para[0]:
            if span.end <= para[0]:
                continue  # only a list marker or paragraph number
            span = sentences.Span(para[0], span.end, span.quotes)
        out.append(span)
    return out


def _meeting_words(doc) -> set[str]:
    from ..meetings import meeting_title

    title = meeting_title(doc.title, doc.text, doc.date)
    return {w.lower() for w in re.findall(r"\w+", title) if len(w) > 3 and not w.isdigit()}


# A heading naming the record by its author's role: "CHAIR'S SUMMARY", "Rapporteur's report".
OWN_KIND_RE = re.compile(
    r"(?im)^[ \t#*]*(?:the\s+)?(?P<role>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*)?)['’]s[ \t]+"
    r"(?P<kind>summary|report|observations|conclusions|recommendations)\b"
)


TURN_OPENING_RE = re.compile(rf"{HON_NAME_RE.pattern}\s*\([^()\n]{{2,60}}\)(?=,|\s+[a-z])")


def _is_record(doc, text: str, reported: int) -> bool:
    """A summary, report or summary record of what speakers said, in reported speech."""
    meta = kind_from_meta(doc.kind)
    if meta is not None:
        return meta in ("chair's summary", "meeting report")
    turns = reported + len(TURN_OPENING_RE.findall(text))  # "Mr. X (Chile) said"
    opening = f"{doc.title or ''}\n{text[:600]}"  # its title or heading lines
    named = re.search(r"(?i)\b(?:summary|report|minutes|record)\b", opening)
    return turns >= 2 and bool(named or _own_kind(text))


def _own_kind(text: str) -> str | None:
    m = OWN_KIND_RE.search(text[:3000])
    return m.group("kind").lower() if m else None


def _narrator(text: str, signed: tuple[Person, int] | None, ctx: Context) -> None:
    """Who "I" is: the signatory, else the one holding the role the heading names."""
    if signed is not None:
        person = signed[0]
        person.roles = [r for r in person.roles if r != "signatory"]
        ctx.narrator = ctx.registry.add(person)
        for r in ctx.narrator.roles:
            ctx.hold(r, ctx.narrator)
        return
    m = OWN_KIND_RE.search(text[:3000])
    ctx.narrator_role = m.group("role") if m else None


def _writer(text: str, spans: list[sentences.Span]) -> Person | None:
    """The writer a byline names above the first of two sentences or more that say "I" outside
    quotation marks: the one telling the story."""
    mine = [s for s in spans if FIRST_SINGULAR.search(QUOTED.sub(" ", text[s.start : s.end]))]
    return byline(text, mine[0].start) if len(mine) >= 2 else None


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _publisher_voice(
    units: list[Unit], publisher: str, ctx: Context, heads: set[int], signed: Person | None
) -> None:
    """A story its publisher tells as "we" (an organisation's blog, a newsletter): the
    sentences no one else is credited with that say "we" or "our" outside quotation marks are
    the publisher's, written by the one who signs the story for it ("In solidarity, Name /
    Editor"), if anyone does; its headings stay the record's."""
    base, acr = split_org(named_body(publisher, envoy_only=True) or publisher)
    voice = None
    for u in units:
        if (
            u.speaker is None
            and u.start not in heads
            and FIRST_PLURAL.search(QUOTED.sub(" ", u.text))
        ):
            if voice is None and signed is not None:
                signed.affiliation = signed.affiliation or base
                _drop_run_in(units, signed.name, ctx)
                voice = ctx.registry.add(signed)
            if voice is None:
                kind = speaker_kind(base, ctx)
                voice = ctx.registry.add(
                    Person(name=base, affiliation=base, acronym=acr, kind=kind, roles=["publisher"])
                )
            u.speaker, u.kind, u.frame_speaker = voice.name, "quote", voice.name
            u.quotes = [(u.start, u.end)]


# "Felix Moreau (Editor)": a person's name as a document's author, with their role.
AUTHOR_RE = re.compile(rf"(?P<name>{NAME_CORE})(?:\s*[(,]\s*(?P<role>[^()]+?)\)?)?")


def _author_person(author: str | None) -> Person | None:
    """The person a document's metadata names as its author, if it names one person."""
    m = AUTHOR_RE.fullmatch((author or "").strip())
    if m is None or len(m.group("name").split()) < 2 or not personal_name(m.group("name")):
        return None
    return Person(name=m.group("name"), roles=[m.group("role")] if m.group("role") else [])


def _drop_run_in(units: list[Unit], name: str, ctx: Context) -> None:
    """ "Felix Moreau Editor": a sign-off the reader ran into one line named its author with
    the words after; they go by the name alone."""
    for longer in [n for n in ctx.registry.people if n.startswith(f"{name} ")]:
        del ctx.registry.people[longer]
        for u in units:
            if u.speaker == longer:
                u.speaker = u.frame_speaker = name


STATE_BODY_RE = re.compile(r"(?P<state>[A-Z][\w\- ]*?)['’]s\s+(?P<body>[A-Z].*)")
# "UNODC Secretariat": an organisation's acronym and the office of it a person serves in.
OFFICE_RE = re.compile(r"(?P<org>[A-Z]{2,10})\s+(?P<office>Secretariat)")


# A State's own organs, named by its people's adjective: "the Norwegian Ministry of Justice".
STATE_ORGAN = (
    r"Ministry|Department|Government|Police|Customs|Embassy|Mission|Delegation|Court|"
    r"Prosecution|Prosecutor|Parliament|Navy|Coast Guard|Armed Forces|Border"
)


def _demonym_body(affiliation: str) -> tuple[str, str] | None:
    """ "Norwegian Ministry of Justice" -> ("Norway", "Ministry of Justice")."""
    m = re.fullmatch(
        rf"(?:the\s+)?(?P<dem>{demonym_pattern()})\s+(?P<body>(?:{STATE_ORGAN})\b.*)", affiliation
    )
    states = states_of_demonym(m.group("dem")) if m else []
    return (states[0], m.group("body")) if states else None


def _state_body(person: Person) -> None:
    """ "Italy's Carabinieri" or "the Norwegian Ministry of X" as a person's affiliation: they
    serve the State, in that body; "UNODC Secretariat": they serve UNODC, in its secretariat."""
    if person.kind != "person":
        return
    organ = _demonym_body(person.affiliation or "")
    if organ is not None:
        person.affiliation, person.acronym = organ[0], None
        if organ[1] not in person.roles:
            person.roles.append(organ[1])
        return
    office = OFFICE_RE.fullmatch(person.affiliation or "")
    if office is not None:
        person.affiliation, person.acronym = split_org(office.group("org"))
        if office.group("office") not in person.roles:
            person.roles.append(office.group("office"))
        return
    m = STATE_BODY_RE.fullmatch(person.affiliation or "")
    if m is None or not state_named(m.group("state")):
        return
    person.affiliation, person.acronym = m.group("state"), None
    if m.group("body") not in person.roles:
        person.roles.append(m.group("body"))


def analyse(doc) -> Attributed:
    text = doc.text
    registry = Registry()
    ctx = Context(text, registry, _meeting_words(doc))
    for short, person in defined_initials(text).items():  # "JM   Jun Matsuda ..... Japan"
        ctx.initials[short] = registry.add(person).name
    listed = listed_people(text, getattr(doc, "blocks", ()))  # a speakers table, an index
    held = Counter(k for _, k in {(p.name, meeting_role(r)) for p in listed for r in p.roles} if k)
    for person in listed:
        known = registry.add(person)
        for r in person.roles:
            if held[meeting_role(r)] < 2:  # a role several hold (each group's rapporteur): none
                ctx.hold(r, known)
    paras, heads = _paragraphs(doc)
    kind = None
    spans = _spans(text, paras)
    deck = attribute_deck(doc, spans, ctx) if is_deck(doc) else None  # its presenter's words
    thread = attribute_thread(doc, paras, spans, ctx) if deck is None else None  # "4/ 10:34 …"
    units = deck or thread or attribute_interview(doc, paras, heads, spans, ctx, labelled=True)
    published = (
        thread is None
        and units is not None
        and bool((getattr(doc, "facts", None) or {}).get("authors"))
    )
    if units is None:
        units = attribute_turns(doc.doc_id, text, paras, ctx, heads)
    if deck is not None:
        kind = "written statement"
    elif thread is not None:
        kind = None  # the metadata's word, else a press release's
    elif published:
        kind = "news article"  # an interview under a byline: a published article
    elif units is not None:
        kind = "transcript"
    elif (units := attribute_interview(doc, paras, heads, spans, ctx, labelled=False)) is not None:
        kind = "news article"  # a published interview: questions, then unlabelled answers
    elif (units := attribute_handovers(doc.doc_id, text, paras, ctx)) is not None:
        kind = "transcript"  # unlabelled captions: turns from the host's hand-overs
    else:
        head_starts = {s.start for s in spans if s.start in heads}
        signed = signature(text, paras)
        reported = len(REPRESENTATIVE_RE.findall(text)) + len(
            re.findall(r"(?i)\bseveral (?:speakers|participants|delegations)\b", text)
        )
        first_person = is_statement(text, spans, head_starts, signed is not None)
        own_voice = False  # a story told as "we" by its publisher (a blog), quoting people
        if kind_from_meta(doc.kind) == "news article" and any(s.quotes for s in spans):
            first_person = False  # the quoted: reported speech
            own_voice = is_statement(text, spans, head_starts, quoting=1.0)
        if kind_from_meta(doc.kind) == "written statement" or (first_person and reported < 2):
            kind = "written statement"
            # A transcript records people speaking: whoever publishes it is none of them.
            spoken = kind_from_meta(doc.kind) == "transcript"
            publisher = None if spoken else doc.publisher
            units = attribute_sections(
                doc.doc_id, text, spans, paras, ctx, head_starts
            ) or attribute_statement(
                doc.doc_id, text, spans, paras, ctx, head_starts, publisher, doc.title
            )
        else:
            if first_person:  # a summary in the first person of what others said
                _narrator(text, signed, ctx)
            elif signed is None and (writer := _writer(text, spans)) is not None:
                _narrator(text, (writer, len(text)), ctx)  # a bylined story told as "I"
            ctx.record = _is_record(doc, text, reported)
            units = attribute_prose(doc.doc_id, text, spans, ctx, head_starts)
            defined = {
                k: registry.people[v] for k, v in ctx.initials.items() if v in registry.people
            }
            credit_stances(text, units, defined)  # "RT preferred 60 days."
            if own_voice and doc.publisher:
                signer = signed[0] if signed and signed[0].kind == "person" else None
                author = _author_person(doc.author)  # "Name (Editor)" in its metadata
                if author and (signer is None or signer.name.startswith(author.name)):
                    signer = author  # a sign-off the reader ran into one line is that author
                _publisher_voice(units, doc.publisher, ctx, head_starts, signer)
            if reported >= 2:
                kind = (
                    "chair's summary"
                    if re.search(r"(?i)\bsummary\b", doc.title) or _own_kind(text) == "summary"
                    else "meeting report"
                )
    kind = kind_from_meta(doc.kind) or kind or "press release"
    path = getattr(doc, "path", None)
    problems = overrides.apply(path, text, units, registry) if path is not None else []
    for person in registry.people.values():
        _state_body(person)
    describe(text, list(registry.people.values()))
    speaking = {u.speaker for u in units if u.speaker}
    people = [p for p in registry.people.values() if p.name in speaking]
    meeting = meeting_of(doc, kind, ctx.roles.get("chair"))
    holders = {
        p.name: {"honorific": p.honorific, "gender": p.gender, "affiliation": p.affiliation,
                 "acronym": p.acronym, "roles": list(p.roles)}
        for name in ctx.roles.values() if (p := registry.people.get(name)) is not None
    }  # fmt: skip
    return Attributed(units, people, kind, meeting, dict(ctx.roles), problems, holders=holders)
