"""People a document lists in a layout of its own, before anyone speaks.

Three layouts, all read from the document itself:
- a table whose header row heads a column of people ("Name", "Speaker", "Panellists") beside
  columns of their titles and bodies ("Title", "Organisation", "Country"), in any order;
- lines that repeat one shape the document chooses (the same run of digits and marks, or the
  same bullet, before the name; the same separator before a closing note): "00:06:12 – Name,
  Title, Body – remarks", "(2) Name, Title, Body · panel", "* Name, Title, Body — panel".
  Three such lines make it a list of people;
- a role label alone before a name on its line: "Rapporteur: Name (State)".
Each listed person keeps their titles as roles and their State or body as affiliation, so a
later "Mr. Surname said" is the one listed in full; a role the list gives ("…; Chair") is held.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import nlp
from .countries import state_named
from .names import (
    HON,
    MEETING_ROLE_RE,
    NAME_CORE,
    ROLE_RE,
    Person,
    body_kind,
    clean_honorific,
    gender_of,
    is_role_only,
    role_case,
    split_org,
)

# General English words of a table's header row: a column of people, of titles, of bodies.
PEOPLE_HEAD = re.compile(
    r"(?i)(?:names?|speakers?|panell?ists?|participants?|presenters?|moderators?|chairs?|"
    r"facilitators?|discussants?|experts?|contributors?)"
)
TITLE_HEAD = re.compile(r"(?i)(?:titles?|positions?|functions?|roles?|designations?|jobs?)")
BODY_HEAD = re.compile(
    r"(?i)(?:organi[sz]ations?|affiliations?|institutions?|agency|agencies|bodies|body|"
    r"entity|entities|employers?|companies|company|delegations?|countries|country|"
    r"states?|member states?|missions?)"
)
PERSON_CELL = re.compile(
    rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})(?P<parens>(?:\s*\([^()]{{1,80}}\))*)"
)
# A State's own government or mission as a body: "Government of Chile" is Chile.
STATE_OFFICE = re.compile(
    r"(?i)(?:the\s+)?(?:government|permanent mission|mission|delegation|embassy)\s+of\s+"
    r"(?:the\s+)?(?P<state>.+)"
)
# "… of Uganda" closing a body's name: the State it belongs to.
OF_STATE = re.compile(r"\bof\s+(?:the\s+)?(?P<state>[A-Z][^,;()]+)$")
# A line's own opening marks ("00:06:12 – ", "(2) ", "3. ") and its closing note (" – remarks").
OPENING = re.compile(
    r"[ \t]*(?P<marks>(?:[(\[]?\d[\d:.]*[)\]]?(?:[ \t]*[–—\-|·•:.)])?|[-*•·])[ \t]+)?(?=[A-Z])"
)
CLOSING_SEP = re.compile(r"[ \t]+(?P<sep>[–—·|•]|-{1,2})[ \t]+")
REP_OF = re.compile(r"(?i)(?:the\s+)?(?:representative|delegation|delegate|observer)\s+of\s+")


def _state(part: str) -> str | None:
    """The State a body's name is: "Chile", "Government of Chile", "High Court of Uganda"."""
    part = part.strip()
    if state_named(part):
        return part
    office = STATE_OFFICE.fullmatch(part)
    if office and state_named(office.group("state").strip()):
        return office.group("state").strip()
    tail = OF_STATE.search(part)
    if tail and state_named(tail.group("state").strip()) and body_kind(part[: tail.start()]):
        return tail.group("state").strip()
    return None


def _person(cell: str) -> Person | None:
    """ "Ms. Ana Ruiz (moderator)", "Dr. Jo Lund (UNODC)": a person and what the brackets say."""
    m = PERSON_CELL.fullmatch(cell.strip())
    if m is None:
        return None
    name = " ".join(m.group("name").split())
    hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
    if is_role_only(name) or state_named(name) or body_kind(name) or nlp.is_state(name):
        return None
    if hon is None and len(name.split()) < 2:
        return None
    person = Person(name=name, honorific=hon, gender=gender_of(hon))
    for p in re.findall(r"\(([^()]+)\)", m.group("parens") or ""):
        p = p.strip()
        if p[:1].islower() or ROLE_RE.fullmatch(p):
            person.roles.append(role_case(p))
        elif not person.affiliation:
            person.affiliation, person.acronym = split_org(p)
    return person


def _describe(person: Person, titles: list[str], bodies: list[str]) -> None:
    """`titles` as roles; the State among `bodies` (else the first body) as affiliation."""
    person.roles.extend(t.strip() for t in titles if t.strip() and t.strip() not in person.roles)
    for part in (b.strip() for b in bodies):
        if not part or re.fullmatch(r"[\W\d]+", part):
            continue
        state = _state(part)
        if state and not (person.affiliation and state_named(person.affiliation)):
            if not state_named(part):
                person.roles.append(part)  # "High Court of Uganda": where they serve
            person.affiliation, person.acronym = state, None
        elif not person.affiliation:
            person.affiliation, person.acronym = split_org(part)


def _parts(person: Person, parts: list[str]) -> None:
    """ "Title, Unit, Body": the last part is the body, unless it is a title; a State anywhere
    is the affiliation."""
    parts = [p for p in parts if p and not re.fullmatch(r"[\W\d]+", p)]
    states = [p for p in parts if _state(p)]
    if states:
        titles, bodies = [p for p in parts if p not in states], states[-1:]
    elif parts and not ROLE_RE.search(parts[-1]):
        titles, bodies = parts[:-1], parts[-1:]
    else:
        titles, bodies = parts, []
    _describe(person, [", ".join(titles)] if titles else [], bodies)


def _tables(text: str, blocks) -> list[Person]:
    """The people of each table whose header row heads a column of people."""
    rows: list[list[list[str]]] = []
    last_end = None
    for b in blocks:
        if b.kind != "table":
            last_end = None
            continue
        cells = [c.strip() for c in text[b.start : b.end].split("\t")]
        if last_end is None:
            rows.append([])
        rows[-1].append(cells)
        last_end = b.end
    out: list[Person] = []
    for table in rows:
        head, body = table[0], table[1:]
        people = [i for i, h in enumerate(head) if PEOPLE_HEAD.fullmatch(h)]
        about = [i for i, h in enumerate(head) if TITLE_HEAD.fullmatch(h) or BODY_HEAD.fullmatch(h)]
        for row in body if people else []:
            for i in people:
                if i >= len(row):
                    continue
                role = head[i].rstrip("s") if ROLE_RE.fullmatch(head[i].rstrip("s")) else None
                for part in re.split(r"\s*;\s*", row[i]):
                    person = _person(part)
                    if person is None:
                        continue
                    if role:
                        person.roles.insert(0, role_case(role))
                    cells = [(head[j], row[j]) for j in about if j < len(row)]
                    _describe(
                        person,
                        [c for h, c in cells if TITLE_HEAD.fullmatch(h)],
                        [c for h, c in cells if BODY_HEAD.fullmatch(h)],
                    )
                    out.append(person)
    return out


def _shape(line: str) -> tuple[str, str] | None:
    """A line's opening marks (digits as 9) and closing separator: its shape in this document."""
    m = OPENING.match(line)
    closing = CLOSING_SEP.search(line, m.end()) if m else None
    marks = re.sub(r"\d", "9", m.group("marks") or "").strip() if m else ""
    if m is None or not (marks or closing):
        return None  # a plain line: nothing of its own shape
    return marks, closing.group("sep") if closing else ""


def _listed(line: str) -> Person | None:
    """ "00:06:12 – Name, Title, Body; Chair – remarks": the person (or delegation) a line lists."""
    m = OPENING.match(line)
    rest = line[m.end() :] if m else line
    closing = CLOSING_SEP.search(rest)
    note = rest[closing.end() :].strip() if closing else ""
    rest = rest[: closing.start()] if closing else rest
    if re.search(r"[.!?]$", rest.strip()):
        return None  # a sentence, not a listing
    main, *more = [p.strip() for p in rest.split(";")]
    name, *parts = [p.strip() for p in main.split(",")]
    rep = REP_OF.match(name)
    if rep:
        body, acronym = split_org(name[rep.end() :])
        if not body or not body[:1].isupper():
            return None
        kind = "delegation" if nlp.is_state(body) or state_named(body) else "organisation"
        return Person(name=body, affiliation=body, acronym=acronym, kind=kind)
    person = _person(name)
    if person is None:
        return None
    _parts(person, parts)
    for extra in [*more, re.sub(r"\s*\([^()]*\)", "", note)]:
        if extra and (ROLE_RE.match(extra) or MEETING_ROLE_RE.match(extra)):
            person.roles.append(role_case(extra) if MEETING_ROLE_RE.fullmatch(extra) else extra)
    return person


def _lines(text: str) -> list[Person]:
    """The people of the lines that share one shape, when three or more of them list people."""
    by_shape: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for line in text.splitlines():
        shape = _shape(line)
        if shape is None:
            continue
        person = _listed(line)
        if person is not None:
            by_shape[shape].append(person)
    return [p for found in by_shape.values() if len(found) >= 3 for p in found]


# "Rapporteur: Omar Sefu (Ruritania)", "- Facilitator: Dr. Jo Lund, Northgate University".
ROLE_LABEL = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<role>[A-Z][\w\-]*(?:[ \t]+[\w\-]+){0,2}):[ \t]+(?P<rest>\S.*)"
)


def _titled(part: str) -> bool:
    """A name or a body's name: every longer word capitalised ("Head of Security and ...")."""
    bare = re.sub(r"\([^()]*\)", "", part)
    return all(w[:1].isupper() for w in re.findall(r"[^\W\d]{4,}", bare))


def _labelled(text: str) -> list[Person]:
    """The people named after a role label, alone on their line with their bodies."""
    out = []
    for line in text.splitlines():
        m = ROLE_LABEL.fullmatch(line)
        role = m.group("role") if m else ""
        if not (MEETING_ROLE_RE.fullmatch(role) or ROLE_RE.fullmatch(role)):
            continue
        if len(m.group("rest").split()) > 14 or not all(map(_titled, m.group("rest").split(","))):
            continue
        person = _listed(m.group("rest"))
        if person is not None and person.kind == "person":
            person.roles.insert(0, role_case(role))
            out.append(person)
    return out


def listed_people(text: str, blocks=()) -> list[Person]:
    """Everyone the document's tables, recurring list lines and role labels name, in order."""
    return [*_tables(text, blocks), *_lines(text), *_labelled(text)]
