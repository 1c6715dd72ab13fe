"""Verbatim transcripts: speaker labels, listings of the Chair and panellists, turns.

Labels in the common conventions, inline or on their own line: `Name:`, `Name (Org):`,
`MR. X (Country):`, `MR. X (Country) (spoke in Spanish):`, `THE CHAIR (Ms. Y):`,
`MODERATOR (Ms. Z):`, `Eszter Kovács (Chair):`. A heading line "Chair: Ms. Y .... (Country)" or a
panellist list item "Mr. X, Director of Y, Org" says who holds a role; it is nobody's words.
A label naming only a role or title the header gives someone ("Briefer: Name, Spokesperson,
Org", then "Spokesperson:") is that person; a label by given name alone ("EFUA:") is the one
the record introduces in full; an unnamed label ("Question:") is whoever names themself at the
start of the turn ("Thank you. Name, Outlet."), else nobody.
Every sentence of a turn is the turn speaker's, until the next label; a bracketed note
("[Spoke in French]"), a past-tense procedural line ("The meeting rose at 3.10 p.m."), a
short verbless note ("End of transcript.") and a heading are the record's own. Quoted words
credited to someone else in a turn ("As Mr. A said, “…”") are that person's quote, with the
turn's speaker as the one quoting.
"""

from __future__ import annotations

import re

from .. import sentences
from . import nlp
from .captions import attribute_captions, is_captions
from .countries import state_named
from .names import (
    HON,
    HON_NAME_RE,
    HON_UPPER,
    MEETING_ROLE_RE,
    NAME_CORE,
    NAME_TOKEN,
    ROLE_RE,
    Person,
    affiliation_in_role,
    body_kind,
    clean_honorific,
    gender_of,
    is_role_only,
    meeting_role,
    org_run,
    role_case,
    split_org,
    title_case,
)
from .prose import (
    ROLE_MENTION_RE,
    Context,
    is_speech,
    mention_at,
    org_person,
    outside,
    register_chaired_by,
    register_roles,
    verb_near,
)
from .units import Unit

UPPER_WHO = r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,4}"
REP_WHO = (
    r"(?:[Tt]he\s+)?(?:Representative|Delegate|Observer|Delegation)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w’'\-]*))*"
)
# A recording's timestamp before a label or a note: "[00:52:04]", "(10:32)", "14:05 -".
STAMP = r"`?[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?`?(?:[ \t]+[-–—|])?[ \t]+"
# A broadcast's cue in capitals before a label: "(SOUNDBITE) NAME:", "[CLIP] NAME:".
CUE = r"[\[(][A-Z]{3,15}[\])][ \t]+"
# General English for a speaker a record does not name ("PARTICIPANT", "Question from the floor").
GENERIC = (
    r"(?i:(?:unidentified\s+|unnamed\s+|another\s+|one\s+)?(?:participant|speaker|attendee|"
    r"questioner|question|comment|audience(?:\s+member)?|member\s+of\s+the\s+(?:audience|public)|"
    r"caller|listener|viewer|reporter|journalist|correspondent|interviewer|"
    r"voice|person|floor)(?:\s+\d{1,2})?(?:\s+from\s+the\s+floor)?)"
)


def label_re(sep: str) -> re.Pattern:
    """A speaker label ending in `sep` (a regex): ":" by convention, or the mark a document
    repeats in its place; the name and body may stand in brackets ("[Name, Org]:")."""
    return re.compile(
        rf"^[ \t]*(?:{STAMP})?(?:{CUE})?(?:\*\*)?(?P<open>\[)?"
        rf"(?P<who>{GENERIC}(?=[\s(:*])|{REP_WHO}|(?:(?:{HON}|{HON_UPPER})\s+)*(?:{NAME_CORE}|{UPPER_WHO}))"
        r"(?:\*\*)?(?P<parens>(?:\s*\([^()\n]{1,120}(?:\([^()\n]{1,20}\))?\))*)"
        rf"(?:,\s*(?P<org2>[^:\]\n]{{2,80}}?))?(?(open)\])"
        rf"\s*(?P<sep>{sep})(?:\*\*)?(?:[ \t]+(?=\S)|[ \t]*$)",
        re.M,
    )


LABEL_RE = label_re(":")
# Marks a document may repeat after its speaker labels instead of a colon: "CHAIR — Thank you".
OTHER_SEPS = label_re(r"(?<=\s)(?:[—–|>~=•·]|-{1,2})")
NOTE_RE = re.compile(r"(?i)\b(?:spoke in|speaking in|interpretation|interpreted|translated|"
                     r"original|via video|online|in \w+ish)\b")  # fmt: skip
CHAT_ROLES = {"system", "assistant", "user", "developer", "tool", "admin", "ai", "bot", "model",
              "human", "instruction", "instructions", "prompt", "notice", "attention",
              "important", "override", "ignore"}  # fmt: skip
LISTING_RE = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?P<hon>(?:{HON}\s+)+)(?P<name>{NAME_CORE})\s*(?P<rest>(?:[.…]{{3,}}\s*)?"
    r"(?:[,(].*)?)$"
)
# "Facilitator: Tomasz Wierzba (Ocean Unit)": after a role label, a name needs no honorific.
BARE_LISTING_RE = re.compile(
    rf"^\s*(?P<hon>)(?P<name>{NAME_CORE})\s*(?P<rest>(?:\([^()]+\)|,[^.!?;:]+)?)$"
)
# "Briefer: Name, Spokesperson, Org" above the first turn: a header field naming who holds it.
FIELD_RE = re.compile(r"[ \t]*(?:\*\*)?(?P<field>[A-Z][a-z]+(?:[ \t]+[a-z]+)?)(?:\*\*)?[ \t]*:"
                      r"(?:\*\*)?[ \t]+")  # fmt: skip
# "Karl Obermayer again.": a questioner known from an earlier turn naming themself.
AGAIN_RE = re.compile(rf"(?P<name>{NAME_CORE})(?:\s+[a-z]+){{0,2}}\s*[.!]?")
# A label for someone the record does not name ("PARTICIPANT (from the floor)").
UNNAMED_RE = re.compile(
    r"(?i)\b(?:from the floor|unidentified|unnamed|anonymous|name (?:not given|withheld)|"
    r"did not (?:give|state|say) (?:his|her|their) name)\b"
)
DELEGATION_OF = re.compile(
    r"(?i)(?:the\s+)?(?:delegation|representative|delegate|observer)\s+(?:of|for)\s+(?:the\s+)?"
)
GENERIC_SPEAKER = re.compile(GENERIC)
# "Name, Org." or "My name is Name": a speaker naming themself at the start of their turn.
SELF_NAMED = re.compile(
    rf"(?:(?:I am|I'm|I’m|My name is|This is)\s+)?(?:{HON}\s+)?(?P<name>{NAME_CORE})"
    r"(?:(?:,\s*|\s+(?:from|of|with|at)\s+(?:the\s+)?)(?P<org>[^,.;:!?]{2,80}))?\s*[.;]?"
)
# A sentence may open on a coordinating conjunction: "And Aisha Gathoni coordinates …".
CONJUNCTION = re.compile(r"And|But|Or|Nor|So|Yet|Also|Then|Plus")
SELF_WORDS = re.compile(r"^.*?\b(?:I am|I[’']m|My name is|This is)\s+")
# "Hello, I'm Ravi Castellano from the Quayside Group.": anywhere in a turn's first sentences.
SELF_INTRO = re.compile(
    rf"\b(?:I am|I'm|I’m|My name is|[Tt]his is)\s+(?:{HON}\s+)?(?P<name>{NAME_CORE})"
    r"(?:(?:,\s*|\s+(?:from|of|with|at)\s+(?:the\s+)?)(?P<org>[^,.;:!?]{2,80}))?"
)
# "A spokesperson for X said …", "One official said …": someone the speaker reports, unnamed.
INDEFINITE_REPORTER_RE = re.compile(
    r"\W*(?:[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?:spokes(?:person|woman|man)|official|source|"
    r"diplomat)\b(?:\s+(?:for|of|from|at)\s+(?P<org>))?"
)
FIRST_INTRO = re.compile(SELF_INTRO.pattern.replace(r"|[Tt]his is", ""))
THANKED_RE = re.compile(
    r"(?:Thank you(?: (?:very|so) much)?|Thanks(?: (?:very|so) much)?),\s+"
    rf"(?P<name>{NAME_TOKEN})\s*[.!]"
)
PARTICIPANT_RE = re.compile(rf"(?P<name>{NAME_CORE})\s*\((?P<org>[^()\n]{{2,80}})\)")
FIRST_SECOND = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b")
QUESTION_END = re.compile(r"\?[”\"’')\]]*$")


def _label(
    text: str, a: int, b: int, surnames: frozenset[str] = frozenset(), rx: re.Pattern = LABEL_RE
) -> re.Match | None:
    """A speaker label at the start of [a, b); `surnames` are the last names of the document's
    full-name labels, so that a later "Surname:" is a label too."""
    m = rx.match(text, a, b)
    if not m:
        return None
    who = m.group("who")
    if " ".join(who.split()) in surnames:
        return m
    if CHAT_ROLES & set(who.lower().split()):
        return None  # "SYSTEM (Admin): …" is a prompt-injection costume, not a speaker
    if GENERIC_SPEAKER.fullmatch(who):
        return m  # "PARTICIPANT:", "Speaker 2:", "Question from the floor:"
    rep = re.match(REP_WHO, who)
    if len(who.split()) > (10 if rep else 6) or who.lower().startswith(("the meeting", "agenda")):
        return None
    if any(re.fullmatch(r"[IVXLC]+|\d+", w) for w in who.split()[1:]):
        return None  # "Panel II:", "Item 3:": a heading, not a speaker
    if not (who.isupper() or ROLE_RE.fullmatch(who) or re.match(HON, who) or len(who.split()) >= 2
            or m.group("parens") or state_named(who)):  # fmt: skip
        return None  # "Attendance:" is a heading, not a speaker
    if who.split()[-1].lower() in ("item", "items", "agenda", "panellists", "panelists"):
        return None
    return m


def _upper_name(p: str) -> bool:
    """'JANE DOE' in a label's brackets: a person's name in capitals, not a State or a body."""
    name = title_case(p.strip())
    return (
        p.isupper()
        and 2 <= len(name.split()) <= 4
        and bool(re.fullmatch(NAME_CORE, name))
        and not (state_named(name) or body_kind(name))
    )


def _unnamed(m: re.Match) -> Person | bool | None:
    """False for a named speaker; for "PARTICIPANT (from the floor):" None (nobody we can name),
    for "PARTICIPANT (Kenya):" the body the unnamed speaker is from, and for "QUESTION (Mirela
    Kostova, Gazette):" the person the brackets name."""
    who = re.sub(r"(?i)^(?:the|an?)\s+", "", " ".join(m.group("who").split()))
    parens = m.group("parens") or ""
    if not GENERIC_SPEAKER.fullmatch(who) or re.search(rf"\(\s*{HON}\s", parens):
        return False
    orgs: list[str] = []
    for p in re.findall(r"\(([^()\n]+)\)", parens):
        name, _, org = p.partition(",")
        quiet = NOTE_RE.search(p) or UNNAMED_RE.search(p)
        if _upper_name(p) and not quiet:  # "REPORTER (JANE DOE):" that person, in that role
            return Person(name=title_case(p.strip()), roles=[role_case(who)])
        if _person_at_body(name.strip(), org.strip()):  # "QUESTION (Mirela Kostova, Gazette):"
            person = Person(name=name.strip())
            if org.strip():
                person.affiliation, person.acronym = split_org(org.strip())
            return person
        if not (NOTE_RE.search(p) or UNNAMED_RE.search(p)):
            _paren_parts(p, [], orgs)
    if not orgs:
        return None
    base, acronym = split_org(orgs[0])
    kind = "delegation" if nlp.is_state(base) else "organisation"
    return Person(name=base, affiliation=base, acronym=acronym, kind=kind)


def _listing(body: str, bare: bool = False) -> re.Match | None:
    """'Ms. Y ....... (South Africa)' / 'Ms. Y, Team, Org': a listing, not a speech; with `bare`
    (after a role label) 'Name (Org)' too."""
    body = body.strip()
    if re.search(r"[.!?][”\"’)]?$", body) and not re.search(r"\.{3,}|…", body):
        return None
    found = LISTING_RE.match(body)
    if found is None and bare and not is_role_only(body.split("(")[0].strip() or "x"):
        found = BARE_LISTING_RE.match(body)
        if found is not None and len(found.group("name").split()) < 2:
            return None
    if found is not None and is_role_only(found.group("name")):
        return None  # "Madam Chair, if I may, …": an address to the Chair, not a listing
    return found


def _role_label(m: re.Match) -> str | None:
    """The role a label names with no person: "Facilitator:", "THE CHAIR:"."""
    who = re.sub(r"(?i)^the\s+", "", " ".join(m.group("who").split()))
    return role_case(who) if ROLE_RE.fullmatch(who) else None


def _field_line(body: str) -> bool:
    """'Rapporteur: workshop secretariat': a heading field, not a speech (no sentence end)."""
    body = body.strip()
    return bool(body) and len(body.split()) <= 12 and not re.search(r"[.!?…:;—–\-”\"’)]$", body)


def _listed_person(m: re.Match, role: str | None) -> Person:
    hon = clean_honorific(m.group("hon")) or None
    person = Person(name=m.group("name"), honorific=hon, gender=gender_of(hon))
    if role:
        person.roles.append(role)
    rest = re.sub(r"^[.…\s]+", "", m.group("rest") or "").strip()
    paren = re.fullmatch(r"\(([^()]+)\)", rest)
    if paren:
        person.affiliation, person.acronym = split_org(paren.group(1))
    elif rest.startswith(","):
        parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", rest[1:].strip()) if p.strip()]
        if parts:
            *roles, org = parts if len(parts) > 1 or not ROLE_RE.match(parts[0]) else (*parts, "")
            person.roles.extend(r for r in roles if r)
            if org:
                person.affiliation, person.acronym = split_org(org)
            for r in roles:
                found = affiliation_in_role(r)
                if found and not person.affiliation:
                    person.affiliation, person.acronym = split_org(found)
    return person


def _bare_name(part: str, surnames: frozenset[str]) -> bool:
    """'Clara Ostrowska' in "MODERATOR (Clara Ostrowska)": a person's name, not a body or State."""
    if not re.fullmatch(NAME_CORE, part) or len(part.split()) < 2 or state_named(part):
        return False
    if body_kind(part):  # "Tidewater Network", "Ocean Institute": a body
        return False
    if part.split()[-1] in surnames:
        return True
    ents = nlp.pipeline()(part).ents
    return len(ents) == 1 and ents[0].label_ == "PERSON" and ents[0].text == part


def _person_at_body(name: str, org: str = "") -> bool:
    """ "Nadia Haddad, Mashreq Forum for X" in a label's brackets: a person's name before a
    body's name, even where the name alone is too short for the tagger to know it."""
    if _bare_name(name, frozenset()):
        return True
    toks = name.split()
    return (
        bool(org) and bool(body_kind(org)) and 2 <= len(toks) <= 3
        and bool(re.fullmatch(NAME_CORE, name)) and not body_kind(name) and not state_named(name)
    )  # fmt: skip


# The parts people play in a broadcast or an interview: "NJERI KAMOTHO (HOST):" is no body.
SHOW_ROLE = re.compile(r"(?i)(?:co-?)?host|presenter|interviewer|anchor|guest|narrator")


def _paren_parts(p: str, roles: list[str], orgs: list[str]) -> None:
    """'UNODC, facilitator' / 'Judge, Namibia' / 'delegation of Senegal': roles and the body."""
    body = []
    for part in (q.strip() for q in re.split(r",\s+", p)):
        rep = DELEGATION_OF.match(part)
        if rep and part[rep.end() :]:
            roles.append(part)
            body.append(part[rep.end() :])
        elif (
            ROLE_RE.fullmatch(part) or MEETING_ROLE_RE.fullmatch(part) or SHOW_ROLE.fullmatch(part)
        ):
            roles.append(role_case(part))
        elif part[:1].islower():  # "chair of the panel", "from the floor": no body's name
            if ROLE_RE.match(part):
                roles.append(part)
        elif part:
            body.append(part)
    if body:
        orgs.append(", ".join(body))


def _speaker_of_label(m: re.Match, surnames: frozenset[str] = frozenset()) -> Person:
    who = " ".join(m.group("who").split())
    rep = re.match(
        r"(?i)(?:the\s+)?(?:representative|delegate|observer|delegation)\s+(?:of|for)\s+", who
    )
    if rep:  # "Representative of the X:": X speaks
        base, acronym = split_org(who[rep.end() :])
        kind = "delegation" if nlp.is_state(base) else "organisation"
        return Person(name=base, affiliation=base, acronym=acronym, kind=kind)
    named = re.search(rf"\(\s*(?:{HON}|{HON_UPPER})\s", m.group("parens") or "")
    if state_named(title_case(who)) and not named:  # "Indonesia:", "MEXICO (spoke in Spanish):"
        base = title_case(who)
        return Person(name=base, affiliation=base, kind="delegation")
    hon_m = re.match(rf"((?:(?:{HON}|{HON_UPPER})\s+)+)(.*)", who)
    hon = clean_honorific(hon_m.group(1)) if hon_m else None
    name = title_case(hon_m.group(2) if hon_m else who)
    role = None
    if re.fullmatch(r"(?i)(?:the\s+)?(?:acting\s+)?" + MEETING_ROLE_RE.pattern, name) or (
        ROLE_RE.fullmatch(re.sub(r"(?i)^the\s+", "", name)) and hon is None
    ):
        role = role_case(re.sub(r"(?i)^the\s+", "", name))
    parens = re.findall(r"\(([^()\n]+(?:\([^()\n]*\))?)\)", m.group("parens") or "")
    person: Person | None = None
    orgs: list[str] = []
    roles: list[str] = []
    for p in parens:
        p = p.strip()
        named = re.fullmatch(rf"((?:{HON}\s+)+)({NAME_CORE})(?:,\s*(.+))?", p)
        if named:  # "THE CHAIR (Ms. Mokoena)", "CHAIR (Ms. Vos, Norway)": role, person, body
            h = clean_honorific(named.group(1))
            person = Person(name=named.group(2), honorific=h, gender=gender_of(h))
            if named.group(3):
                (roles if ROLE_RE.match(named.group(3)) else orgs).append(named.group(3).strip())
        elif role and person is None and _bare_name(p, surnames):
            person = Person(name=p)  # "MODERATOR (Clara Ostrowska)"
        elif role and person is None and _person_at_body(*(q.strip() for q in p.split(",", 1))):
            name_part, org_part = (q.strip() for q in p.split(",", 1))  # "(Name, Org)"
            person = Person(name=name_part)
            orgs.append(org_part)
        elif NOTE_RE.search(p):
            continue
        else:
            _paren_parts(p, roles, orgs)
    if m.group("org2"):
        org2 = m.group("org2").strip()
        (roles if ROLE_RE.match(org2) else orgs).append(org2)
    if person is None:
        person = Person(name=name, honorific=hon, gender=gender_of(hon))
        if role:  # a bare role label ("Moderator:") with no name: keep the role as the name
            roles.insert(0, role)
    elif role:
        roles.insert(0, role)
    person.roles.extend(dict.fromkeys(roles))
    if orgs:
        person.affiliation, person.acronym = split_org(orgs[0])
    return person


def attribute_turns(
    doc_id: str, text: str, paras: list[tuple[int, int]], ctx: Context, heads: set[int]
) -> list[Unit] | None:
    """Units of a transcript, or None when the document has fewer than two labelled turns."""
    if is_captions(text, paras):
        return attribute_captions(doc_id, text, paras, ctx)
    rx = _label_form(text, paras, heads)
    labels = [None if a in heads else _label(text, a, b, rx=rx) for a, b in paras]
    listed = _participants(text, paras, labels)
    surnames = (
        _surnames(labels)
        | {p.tokens[-1] for p in listed}  # "Participants: Signe Dahl (Council); …"
        | {n.split()[-1] for n in ctx.titled if not is_role_only(n) and not state_named(n)}
    )
    if surnames:  # "Ollivier:" after "Marguerite Ollivier (UNODC):" is a label too
        labels = [
            m or (None if a in heads else _label(text, a, b, surnames, rx))
            for (a, b), m in zip(paras, labels, strict=True)
        ]
    turns = [m for (_, b), m in zip(paras, labels, strict=True)
             if m and not _listing(text[m.end() : b], _role_label(m) is not None)]  # fmt: skip
    if len(turns) < 2:
        return None
    for person in listed:
        ctx.registry.add(person)
    register_chaired_by(text, ctx)  # "THE CHAIR:" may be the one the record says chaired
    register_roles(text[: turns[0].start()], ctx)  # "delivered by the Chair, Mr. X (Poland)"
    units: list[Unit] = []
    current: Person | None = None
    unresolved: str | None = None  # the role of a "THE CHAIR:" label nobody here holds

    def turn_unit(span: sentences.Span, who: Person) -> Unit:
        u = spoken_unit(doc_id, text, span, who, ctx)
        if unresolved and u.speaker == who.name:
            u.role, u.role_kind = unresolved, u.kind
        return u

    pending: list[tuple[int, int, int]] = []  # paragraphs to parse: (index into units, a, b)
    started = False  # a speech was labelled: field lines of the heading block are over
    previous: Person | None = None  # the speaker of the turn before
    header: dict[str, Person] = {}  # a role or title the header lines name -> its holder
    for (a, b), m in zip(paras, labels, strict=True):
        body = text[m.end() : b] if m else text[a:b]
        role = _role_label(m) if m is not None else None
        listed = _listing(body, role is not None) if m else _listing(text[a:b])
        field = FIELD_RE.match(text, a, b) if not started else None
        if listed is None and field is not None:  # "Briefer: Name, Spokesperson, Org"
            listed = _listing(text[field.end() : b], bare=True)
            if listed is not None and _bare_name(listed.group("name"), surnames):
                role = role_case(field.group("field"))
            else:
                listed = None
        if listed is not None and (m is not None or not units or current is None):
            person = ctx.registry.add(_listed_person(listed, role))
            if role:
                ctx.hold(role, person)
            for r in person.roles:
                header.setdefault(r.lower(), person)
            units.append(Unit(doc_id, a, b, text[a:b], mentions=[person.name]))
            continue
        if m is not None and not started and _field_line(body):
            units.append(Unit(doc_id, a, b, text[a:b]))  # "Rapporteur: the secretariat"
            continue
        unnamed = _unnamed(m) if m is not None else False
        if unnamed is None:  # "Interviewer:" the header names; "Question: Lukas Brenner, Post. …"
            unnamed = header.get(_role_key(m)) or (
                _introduced(text, sentences.split(text, m.end(), b)[:2], ctx)
                if m.end() < b
                else None
            )
        if unnamed is None:  # "PARTICIPANT (from the floor):": words of nobody we can name
            started, current, unresolved = True, None, None
            for i, span in enumerate(sentences.split(text, m.end(), b) if m.end() < b else []):
                u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
                if i == 0:
                    u.start, u.text = a, text[a : span.end]
                units.append(u)
            if m.end() >= b:
                units.append(Unit(doc_id, a, b, text[a:b]))
            continue
        if m is not None:
            started = True
            labelled = unnamed or _given_named(_speaker_of_label(m, surnames), text)
            if not unnamed and labelled.kind == "person" and len(labelled.tokens) == 1:
                intro = _self_introduced(text, sentences.split(text, m.end(), b)[:3], labelled.name)
                if intro is not None and _role_key(m) not in header:
                    labelled = intro
                    header[_role_key(m)] = ctx.registry.add(intro)  # later "HOST:" turns
            # "THE PRESIDENT:" is whoever the heading or an earlier turn named as President,
            # "Spokesperson:" the one the header lines name so; a role nobody here holds is
            # left for the directory to find in the meeting.
            holder = None if unnamed else header.get(_role_key(m))
            by_role = (
                holder is None
                and labelled.honorific is None
                and is_role_only(re.sub(r"(?i)\bacting\s+", "", labelled.name))
            )
            holder = holder or (ctx.holder(labelled.name) if by_role else None)
            current = holder or ctx.registry.add(labelled)
            unresolved = (
                labelled.roles[0] if by_role and holder is None and labelled.roles else None
            )
            if labelled.kind == "person" and not labelled.affiliation and len(labelled.tokens) > 1:
                _introduced_as(text, labelled)  # "Amara Okafor is executive director of X"
            if labelled.affiliation:  # the label's "(Country)" beats a title's employer
                current.affiliation, current.acronym = labelled.affiliation, labelled.acronym
            for r in current.roles if not unresolved else []:
                ctx.hold(r, current)
            start_body = m.end()
            if start_body >= b:  # a label on its own line
                units.append(Unit(doc_id, a, b, text[a:b], attr=(a, b)))
                continue
            spans = sentences.split(text, start_body, b)
            current = _self_named(text, spans[:3], current, ctx)
            if spans and previous is not None and previous is not current:
                _thanked(text, spans[0], previous, ctx)
            previous = current
            for i, span in enumerate(spans):
                u = turn_unit(span, current)
                if i == 0:  # the label names the speaker: its words are part of the unit
                    u.start, u.text = a, text[a : span.end]
                    u.attr = (a, m.start("sep"))
                units.append(u)
            continue
        stripped = re.sub(rf"^(?:{STAMP})", "", text[a:b].strip().strip("*_"))
        if (
            stripped[:1] in "[("
            and a not in heads
            and _bracketed_speech(doc_id, text, a, b, ctx, units)
        ):
            continue
        if stripped[:1] in "[(" or current is None or a in heads:  # a heading is no one's
            for span in sentences.split(text, a, b):
                units.append(Unit(doc_id, span.start, span.end, text[span.start : span.end]))
            continue
        spans = sentences.split(text, a, b)
        if len(spans) == 1 and not spans[0].quotes and not FIRST_SECOND.search(text, a, b):
            pending.append((len(units), a, b))  # may be the record's "The meeting rose at …"
        for span in spans:
            units.append(turn_unit(span, current))
    _procedural_lines(text, units, pending)
    _addressed(units, text)
    _longest_names(units, ctx)
    return units


# "[Ms. X (Viet Nam), speaking on a point of order, said that …]": a summary of an intervention.
BRACKETED_RE = re.compile(
    rf"[ \t]*[\[(][ \t]*(?:(?P<hon>(?:{HON}\s+)+)(?P<name>{NAME_CORE})"
    r"(?:\s*\((?P<org>[^()\n]{2,80})\))?|(?P<rep>" + REP_WHO + r"))[ \t]*[,]?"
)


def _bracketed_speech(
    doc_id: str, text: str, a: int, b: int, ctx: Context, units: list[Unit]
) -> bool:
    """A bracketed paragraph in a transcript that reports one speaker's words ("[Ms. X
    (Country), speaking on a point of order, said that …. She asked …]"): each sentence is
    their paraphrase, but for a closing note ("Interpretation not recorded.")."""
    m = BRACKETED_RE.match(text, a, b)
    spans = sentences.split(text, a, b) if m else []
    if not spans or verb_near(text, m.end(), spans[0].end, spans[0].quotes) is None:
        return False
    if NOTE_RE.search(text, spans[0].start, spans[0].end) and len(spans) == 1:
        return False  # "[Mr. X (Chile) spoke in Spanish.]": a note on the record
    if m.group("rep"):
        base, acronym = split_org(DELEGATION_OF.sub("", m.group("rep"), count=1))
        kind = "delegation" if nlp.is_state(base) or state_named(base) else "organisation"
        who = Person(name=base, affiliation=base, acronym=acronym, kind=kind)
    else:
        hon = clean_honorific(m.group("hon"))
        who = Person(name=m.group("name"), honorific=hon, gender=gender_of(hon))
        if m.group("org"):
            who.affiliation, who.acronym = split_org(m.group("org"))
    person = ctx.registry.add(who)
    for i, span in enumerate(spans):
        u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
        note = NOTE_RE.search(u.text) and len(u.text.split()) <= 8
        if i == 0 or not note:
            u.speaker, u.kind = person.name, "paraphrase"
            verb = verb_near(text, span.start, span.end, span.quotes)
            u.verb = verb.group().lower() if verb else None
        if i == 0:
            u.attr = (m.start("name") if m.group("name") else m.start("rep"), m.end())
        units.append(u)
    return True


def _label_form(text: str, paras: list[tuple[int, int]], heads: set[int]) -> re.Pattern:
    """The labels' form this document uses: "Name:" unless at least three turns by two or more
    speakers end their label in one other mark ("CHAIR — …"), each followed by a sentence."""
    colons = sum(1 for a, b in paras if a not in heads and _label(text, a, b) is not None)
    found: dict[str, list[str]] = {}
    for a, b in paras:
        m = None if a in heads else _label(text, a, b, rx=OTHER_SEPS)
        spans = sentences.split(text, m.end(), b) if m is not None else []
        if (
            spans
            and re.search(r"[.!?…][”\"’)]*\s*$", text[m.end() : b])
            and m.group("sep") not in text[spans[0].start : spans[0].end]  # "X — a judge — said"
        ):
            found.setdefault(m.group("sep"), []).append(" ".join(m.group("who").split()))
    sep, whos = max(found.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(whos) < 3 or len(set(whos)) < 2 or len(whos) <= colons:
        return LABEL_RE
    return label_re(re.escape(sep))


def _participants(
    text: str, paras: list[tuple[int, int]], labels: list[re.Match | None]
) -> list[Person]:
    """People a list above the first turn names with their bodies ("Participants: Signe Dahl
    (Nordic Catch Council); Amaru Quispe (Peru)")."""
    out: list[Person] = []
    for (a, b), m in zip(paras, labels, strict=True):
        if m is not None:
            break
        found = [
            f for f in PARTICIPANT_RE.finditer(text, a, b)
            if len(f.group("name").split()) >= 2 and not is_role_only(f.group("name"))
            and not state_named(f.group("name"))
        ]  # fmt: skip
        for f in found if len(found) >= 2 else []:
            person, orgs = Person(name=f.group("name")), []
            _paren_parts(f.group("org"), person.roles, orgs)
            if orgs:
                person.affiliation, person.acronym = split_org(orgs[0])
            out.append(person)
    return out


def _role_key(m: re.Match) -> str:
    """ "THE SPOKESPERSON" -> "spokesperson": a label as a role the header may name."""
    return re.sub(r"(?i)^the\s+", "", " ".join(m.group("who").split())).lower()


def _introduced(text: str, spans: list[sentences.Span], ctx: Context) -> Person | None:
    """ "Question: Thank you. Lukas Brenner, Coastal Post. Will …": the speaker of an unnamed
    label naming themself in their first sentences; "Lukas Brenner again." one known before."""
    for span in spans:
        for m in (SELF_NAMED.fullmatch(text, span.start, span.end),
                  SELF_INTRO.search(text, span.start, span.end)):  # fmt: skip
            name = m.group("name") if m else ""
            if len(name.split()) < 2 or is_role_only(name) or state_named(name):
                continue
            if body_kind(name):
                continue
            person = Person(name=name)
            org = (m.group("org") or "").strip() if m else ""
            if org and not ROLE_RE.match(org):
                person.affiliation, person.acronym = split_org(org)
            return person
        again = AGAIN_RE.fullmatch(text, span.start, span.end)
        known = ctx.registry.people.get(again.group("name")) if again else None
        if known is not None and known.kind == "person":
            return known
    return None


def _given_named(person: Person, text: str) -> Person:
    """ "MIRA:" after the host introduced "Dr. Mira Osei-Lund", "VANTERPOOL:" after "Karl
    Vanterpool": a label by one word of a name is the one person the record names in full with
    that word, wherever it introduces them."""
    if person.kind != "person" or person.honorific or len(person.tokens) != 1:
        return person
    if is_role_only(person.name):
        return person
    word = person.name
    found = {
        name for f in re.finditer(NAME_CORE, text) for line in f.group().splitlines()
        if word in (name := _untitled(line)).split() and len(name.split()) >= 2
        and not (state_named(name) or body_kind(name) or is_role_only(name))
    }  # fmt: skip
    found = {n for n in found if not any(n != o and n in o for o in found)}  # the longest forms
    given = {n for n in found if n.split()[0] == word}  # "EFUA:" is a given name first
    if len(given if len(given) == 1 else found) != 1:
        return person
    name = (given if len(given) == 1 else found).pop()
    full = Person(name=name, affiliation=person.affiliation, acronym=person.acronym,
                  roles=list(person.roles))  # fmt: skip
    _introduced_as(text, full)
    return full


def _untitled(run: str) -> str:
    """ "Judge Mbeki-Lange" -> "Mbeki-Lange": a run of capitalised words without the titles
    (or the "And I'm" of a self-introduction, or a sentence's first "And") before the name."""
    toks = SELF_WORDS.sub("", run).split()
    while toks and (ROLE_RE.fullmatch(toks[0]) or re.fullmatch(HON, toks[0]) or
                    CONJUNCTION.fullmatch(toks[0])):  # fmt: skip
        toks.pop(0)
    return " ".join(toks)


# "Dr. Mira Osei-Lund is Director General for X at Ghana's State Board of Y": role and body.
INTRO_AS = (
    r"(?:(?P<comma>,)\s+|\s+is\s+(?:the\s+|an?\s+)?|\s+(?=(?:leads|heads|directs|runs|chairs)\s))"
    r"(?P<role>[A-Za-z][^,.;:]{1,80}?)\s+"
)
INTRO_BODY = r"(?:the\s+)?(?P<org>[A-Z][^,.;:]{1,80})"


def _introduced_as(text: str, person: Person) -> None:
    """The role and body the record gives `person` where it introduces them; a State's own
    body ("Iraq's State Board") makes the State the affiliation."""
    at = (
        re.search(re.escape(person.name) + INTRO_AS + f"{w}\\s+" + INTRO_BODY, text)
        for w in ("(?:at|with)", "of")
    )  # "Head of Recovery at X": X, before "of"
    m = next((f for f in at if f is not None), None)
    if m is None or len(m.group("role").split()) > 8:
        return
    if (m.group("comma") or m.group("role")[:1].isupper()) and not ROLE_RE.match(m.group("role")):
        return  # "X, who spoke at Y": no role
    role, org = m.group("role").strip(), m.group("org").strip()
    owner = re.match(r"(?P<state>[A-Z][\w\- ]*?)['’]s\s+(?P<body>.+)", org)
    if owner and state_named(owner.group("state")):
        person.roles.append(f"{role}, {owner.group('body')}")
        if not person.affiliation:
            person.affiliation = owner.group("state")
        return
    person.roles.append(role)
    if not person.affiliation:
        person.affiliation, person.acronym = split_org(org)


def _own_name(name: str) -> bool:
    return not (len(name.split()) < 2 or is_role_only(name) or state_named(name) or body_kind(name))


def _self_introduced(text: str, spans: list[sentences.Span], label: str) -> Person | None:
    """ "HOST: Hello … I'm Simone Achterberg.": a one-word label that is no one's name, in a
    turn whose speaker names themself, is that speaker, holding the label as a role."""
    for span in spans:
        # "this is Asia Hour, I'm Nadia Chen": the first person names the speaker, not "this"
        found = [*FIRST_INTRO.finditer(text, span.start, span.end)]
        found += [*SELF_INTRO.finditer(text, span.start, span.end)]
        m = next((m for m in found if _own_name(m.group("name"))), None)
        name = m.group("name") if m else ""
        if not name:
            continue
        person = Person(name=name, roles=[label.lower()])
        _introduced_as(text, person)
        return person
    return None


def _surnames(labels: list[re.Match | None]) -> frozenset[str]:
    """The last names of the full-name labels ("Marguerite Ollivier (UNODC):" -> Ollivier)."""
    out: set[str] = set()
    for m in labels:
        who = " ".join(m.group("who").split()) if m else ""
        if not who or re.match(REP_WHO, who) or GENERIC_SPEAKER.fullmatch(who):
            continue
        bare = re.sub(rf"^(?:(?:{HON}|{HON_UPPER})\s+)+", "", who)
        toks = bare.split()
        if is_role_only(title_case(bare)) or ROLE_RE.match(toks[-1]):
            continue
        if len(toks) >= 2 or (bare.isupper() and m.group("parens")):  # "LINDQVIST (moderator):"
            out.update({toks[-1], title_case(toks[-1])})
    return frozenset(out)


def _self_named(text: str, spans: list[sentences.Span], who: Person, ctx: Context) -> Person:
    """ "WIERZBICKA (Media): Thank you. Marta Wierzbicka, Media." names the labelled speaker."""
    if who.kind != "person":
        return who
    for span in spans:
        m = SELF_NAMED.fullmatch(text, span.start, span.end)
        name = SELF_WORDS.sub("", m.group("name")) if m else ""  # "And I'm Kit.": Kit
        toks = name.split()
        if (
            len(toks) > len(who.tokens)
            and [t.lower() for t in toks[-len(who.tokens) :]] == [t.lower() for t in who.tokens]
            and not is_role_only(name)
            and not state_named(name)
        ):
            person = Person(name=name, honorific=who.honorific, gender=who.gender)
            org = (m.group("org") or "").strip() if m else ""
            if org and not ROLE_RE.match(org):
                person.affiliation, person.acronym = split_org(org)
            return ctx.registry.add(person)
    return who


def _thanked(text: str, span: sentences.Span, previous: Person, ctx: Context) -> None:
    """ "Thank you, Lena." opening the turn after HAUGLAND's: Lena is Haugland's given name."""
    m = THANKED_RE.fullmatch(text, span.start, span.end)
    given = m.group("name") if m else ""
    if (
        not given
        or previous.kind != "person"
        or len(previous.tokens) != 1
        or given == previous.name
        or is_role_only(given)
        or re.fullmatch(HON, given)
        or state_named(given)
        or ctx.registry.by_partial(given) not in (None, previous)  # someone else's name
    ):
        return
    ctx.registry.add(
        Person(name=f"{given} {previous.name}", honorific=previous.honorific,
               gender=previous.gender, affiliation=previous.affiliation,
               acronym=previous.acronym, roles=list(previous.roles))
    )  # fmt: skip


def _longest_names(units: list[Unit], ctx: Context) -> None:
    """A speaker first known by a surname and later in full ("Verhulst:", then "Joris Verhulst
    (EU):") is the full name in every unit and role."""
    people = ctx.registry.people

    def full(name: str | None) -> str | None:
        if not name or name in people:
            return name
        found = ctx.registry.by_partial(name)
        return found.name if found is not None else name

    for u in units:
        u.speaker, u.frame_speaker, u.quoted_by = (
            full(u.speaker),
            full(u.frame_speaker),
            full(u.quoted_by),
        )
        u.mentions = [full(n) or n for n in u.mentions]
    for key, name in list(ctx.roles.items()):
        ctx.roles[key] = full(name) or name


def spoken_unit(doc_id: str, text: str, span: sentences.Span, who: Person, ctx: Context) -> Unit:
    u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
    u.speaker, u.frame_speaker = who.name, who.name
    for m in HON_NAME_RE.finditer(text, span.start, span.end):  # people named in the turn
        if outside(span.quotes, m.start(), m.end()) and not is_role_only(m.group("name")):
            named = mention_at(text, m, ctx)
            if named.person and named.person.name not in u.mentions:
                u.mentions.append(named.person.name)
    speech = [q for q in span.quotes if q[1] > q[0] and is_speech(text, *q)]
    verb = verb_near(text, span.start, span.end, span.quotes)
    if speech and verb:
        quoted = _quoted_person(text, span, verb, who, ctx)
        if quoted is not None:
            u.speaker, u.quoted_by, u.kind = quoted.name, who.name, "quote"
            u.quotes = [(s, e) for s, e in speech]
            u.verb = verb.group().lower()
            return u
        role = _quoted_role(text, span, verb)
        if role is not None:  # "As the Chair said this morning, “…”": whoever chairs
            holder = ctx.holder(role)
            u.speaker, u.quoted_by, u.kind = (holder.name if holder else None), who.name, "quote"
            u.quotes, u.verb = [(s, e) for s, e in speech], verb.group().lower()
            if holder is None:
                u.role, u.role_kind = role, "quote"
            return u
        framed = _framed_by(text, span, verb)
        if framed is not None:  # "you told the conference that “…”", "the minister said, “…”"
            u.speaker, u.quoted_by, u.kind = None, who.name, "quote"
            u.quotes, u.verb = [(s, e) for s, e in speech], verb.group().lower()
            return u
    colon = _colon_credit(text, span, who) if speech else None
    if colon is not None:  # "Minister Ana Ruiz: "…"": the one named before the colon
        u.speaker, u.quoted_by, u.kind = ctx.registry.add(colon).name, who.name, "quote"
        u.quotes = [(s, e) for s, e in speech]
        return u
    if QUESTION_END.search(u.text.rstrip()):
        u.kind = "question"
        return u
    if verb and re.match(
        r"(?i)\W*the\s+(?:delegate|speaker|representative|panellist|expert)\b", u.text
    ):
        u.kind, u.verb = "paraphrase", verb.group().lower()  # "The delegate added that …"
        u.frame_speaker = None
        return u
    third = INDEFINITE_REPORTER_RE.match(u.text) if verb else None
    if third is not None:  # "A spokesperson said it was too early": not the turn's speaker
        org = org_run(u.text, third.end("org")) if third.group("org") is not None else None
        u.verb, u.frame_speaker = verb.group().lower(), None
        if org is not None:
            u.speaker, u.kind = org_person(u.text[org[0] : org[1]], ctx).name, "paraphrase"
        else:
            u.speaker, u.kind = None, "narrative"
        return u
    u.kind, u.quotes = "quote", [(span.start, span.end)]
    return u


# The subject of the verb that frames a quotation: the one spoken to ("Peter, you told the
# conference that “…”") or a third person the turn does not name ("And the minister said, “…”",
# "“…,” my colleague said").
YOU_SUBJECT_RE = re.compile(r"\byou\s+(?:[a-z]+\s+){0,2}$", re.I)
THIRD_SUBJECT_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|so|then)\s+)(?:the|a|an|one|my|our|your|their|his|her)"
    r"\s+(?:[\w’'\-]+\s+){0,3}$",
    re.I,
)


def _frame_start(span: sentences.Span, verb: re.Match) -> int:
    """Where the words before the reporting verb begin: after the last quotation before it."""
    return max([span.start] + [e for _, e in span.quotes if e <= verb.start()])


def _quoted_role(text: str, span: sentences.Span, verb: re.Match) -> str | None:
    """ "As the Chair said, “…”": the meeting role of the one a turn quotes, named just
    before the reporting verb."""
    m = next(
        reversed(list(ROLE_MENTION_RE.finditer(text, _frame_start(span, verb), verb.start()))), None
    )
    if m is None or verb.start() - m.end() > 25 or meeting_role(m.group("role")) is None:
        return None
    return m.group("role")


def _framed_by(text: str, span: sentences.Span, verb: re.Match) -> str | None:
    """'you' when a turn quotes the one it speaks to, 'other' when it quotes someone it does
    not name: either way the quoted words are not the turn speaker's."""
    before = re.sub(r"^\W+", "", text[_frame_start(span, verb) : verb.start()])
    if YOU_SUBJECT_RE.search(before):
        return "you"
    return "other" if THIRD_SUBJECT_RE.search(before) else None


def _addressed(units: list[Unit], text: str) -> None:
    """A quotation of the one spoken to is the words of whoever speaks next."""
    for i, u in enumerate(units):
        if u.kind != "quote" or u.speaker is not None or u.quoted_by is None:
            continue
        verb = verb_near(text, u.start, u.end, u.quotes)
        span = sentences.Span(u.start, u.end, u.quotes)
        if verb is None or _framed_by(text, span, verb) != "you":
            continue
        nxt = next((v for v in units[i + 1 :] if v.attr and v.frame_speaker), None)
        if nxt is not None and nxt.frame_speaker != u.quoted_by:
            u.speaker = nxt.frame_speaker


def _colon_credit(text: str, span: sentences.Span, who: Person) -> Person | None:
    """The person named just before a colon that opens the sentence's quotation ("Judge Ana
    Ruiz: "…""): a quoted line credited the way a script credits it."""
    m = re.fullmatch(
        rf"\W*(?P<run>{NAME_CORE})\s*:\s*[\"“‘']?", text[span.start : span.quotes[0][0]]
    )
    name = _untitled(m.group("run")) if m else ""
    if not _own_name(name) or name == who.name or not is_speech(text, *span.quotes[0]):
        return None
    return Person(name=name)


def _quoted_person(
    text: str, span: sentences.Span, verb: re.Match, who: Person, ctx: Context
) -> Person | None:
    """The person a turn quotes: an honorific or known name beside the reporting verb."""
    best = None
    for m in HON_NAME_RE.finditer(text, span.start, span.end):
        if outside(span.quotes, m.start(), m.end()) and abs(m.end() - verb.start()) < 40:
            best = mention_at(text, m, ctx).person
    if best is None:
        for p in ctx.registry.people.values():
            # "Like Paulina said, …": a given name too, when one person of the record has it
            given = ctx.registry.given_name_of(p)
            forms = {p.name, p.tokens[-1]} | ({given} if given else set())
            for form in forms:
                at = text.find(form, span.start, span.end)
                if (
                    at >= 0
                    and outside(span.quotes, at, at + len(form))
                    and abs(at - verb.start()) < 40
                ):
                    best = p
    if best is None or best.name == who.name:
        return None
    return best


def _procedural_lines(text: str, units: list[Unit], pending: list[tuple[int, int, int]]) -> None:
    """A one-sentence, third-person paragraph in a turn that is past-tense narrative ("The
    meeting rose at 3 p.m.") or a short line with no verb ("End of transcript.") is the
    record's own."""
    parses = nlp.parse(text, [(a, b) for _, a, b in pending])
    lines = nlp.pipeline().pipe(text[a:b] for _, a, b in pending)
    for (i, _, _), p, line in zip(pending, parses, lines, strict=True):
        u = units[i]
        verbless = len(line) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in line)
        if (p.past_narrative or verbless) and u.kind == "quote":
            u.speaker = u.frame_speaker = u.role = None
            u.kind, u.quotes = "narrative", []
