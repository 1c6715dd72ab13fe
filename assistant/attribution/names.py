"""Names of speakers: honorifics, personal names, organisations, roles, and one document's people.

All rules here are general English: honorifics, name particles, job titles, the connectors of
an organisation's name. Nothing names a particular person or body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .countries import state_named
from .given_names import is_given_name

SpeakerKind = Literal["person", "delegation", "organisation"]
Gender = str | None

HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "madam": "f", "mme": "f",
    "dr": None, "prof": None, "professor": None, "sir": "m", "dame": "f", "lord": "m",
    "lady": "f", "h.e": None, "his excellency": "m", "her excellency": "f",
    "ambassador": None, "judge": None, "justice": None, "minister": None, "senator": None,
    "rev": None, "hon": None, "commissioner": None, "inspector": None, "colonel": None,
    "general": None, "captain": None, "chief superintendent": None, "superintendent": None,
    "chief inspector": None, "lieutenant": None, "sergeant": None,
    "detective": None, "col": None, "gen": None, "capt": None, "lt": None, "maj": None,
    "major": None, "sgt": None, "insp": None, "supt": None, "sr": "m", "sra": "f",
    "srta": "f", "dra": "f", "doña": "f", "dña": "f",
}  # fmt: skip
HON = (
    r"(?:H\.E\.|His Excellency|Her Excellency|Mrs?\.?|Ms\.?|Miss|Mx\.?|Madam|Mme\.?|Dr\.?|"
    r"Prof\.?|Professor|Sir|Dame|Lord|Lady|Ambassador|Judge|Justice|Minister|Senator|"
    r"Rev\.?|Hon\.?|Commissioner|Chief Inspector|Inspector|Colonel|General|Captain|"
    r"Chief Superintendent|Superintendent|Lieutenant|Sergeant|Detective|Major|"
    r"Col\.|Gen\.|Capt\.|Lt\.|Maj\.|Sgt\.|Insp\.|Supt\.|Sra\.?|Srta\.?|Sr\.|Dra\.?|Doña|Dña\.)"
)
HON_UPPER = (
    r"(?:MRS?\.?|MS\.?|MISS|MX\.?|DR\.?|PROF\.?|PROFESSOR|SIR|DAME|H\.E\.|AMBASSADOR|JUDGE|"
    r"MINISTER|SENATOR|COMMISSIONER|COLONEL|COL\.|GENERAL|GEN\.|CAPTAIN|CAPT\.|LIEUTENANT|LT\.|"
    r"MAJOR|MAJ\.|SERGEANT|SGT\.|INSPECTOR|INSP\.|SUPERINTENDENT|SUPT\.|DETECTIVE)"
)
NAME_TOKEN = r"[A-ZÀ-Þ][\w'’\-]*\w"
PARTICLE = (
    r"(?:[Dd]el|[Dd]e|[Dd]a|[Dd]i|van|von|der|den|[Ll]a|le|du|dos|das|bin|binti|al|el|ter|ibn|y)"
)
# A name never runs across a tab: the reader joins table cells with tabs.
NAME_CORE = rf"{NAME_TOKEN}(?:[^\S\t]+(?:{PARTICLE}[^\S\t]+)*{NAME_TOKEN}){{0,4}}"
# A byline: "By Anna Berg", "BY ANNA BERG", "Written by: Anna Berg, correspondent".
BY_RE = re.compile(r"^\s*(?:[Bb]y|BY|Written by|Words by|Text by)[:\s]\s*(?P<rest>.+)$")
HON_NAME_RE = re.compile(rf"\b(?P<hon>(?:{HON}\s+)+)(?P<name>{NAME_CORE})")
# Job titles and meeting roles (general English); a name made only of these is no name.
ROLE_WORDS = (
    r"Chair|Chairperson|Chairman|Chairwoman|Co-Chair|Vice-Chair|President|Vice-President|"
    r"Director|Director-General|Executive Director|Minister|Deputy|Ambassador|Permanent "
    r"Representative|Representative|Head|Secretary|Secretary-General|Under-Secretary-General|"
    r"Coordinator|Professor|Senior|Chief|Vice|Adviser|Advisor|Officer|Researcher|Lecturer|"
    r"Founder|Co-founder|CEO|Manager|Expert|Judge|Prosecutor|Commissioner|Counsel|"
    r"Spokesperson|Rapporteur|Special Rapporteur|Moderator|Facilitator|Fellow|Analyst|Partner|"
    r"Member|Lead|Leader|Principal|Programme|Program|Policy|Legal|Assistant|Associate|Research|"
    r"Panellist|Panelist|Delegate|Observer|Mayor|Governor|Senator|Host|Co-host"
)
ROLE_RE = re.compile(rf"(?:{ROLE_WORDS})\b", re.I)
# Roles of a meeting rather than of an organisation: "Chair of X" names a meeting, not an employer.
MEETING_ROLE_RE = re.compile(
    r"(?:Co-|Vice-)?(?:Chair|Chairperson|Chairman|Chairwoman|President|Rapporteur|Moderator|"
    r"Facilitator|Presiding Officer)\b",
    re.I,
)
# The head noun of an appositive ("the Chilean diplomat who …", "a senior researcher at …") and
# the endings of English nouns for a person (singular).
HEAD_NOUN_RE = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}?([\w’'\-]+)(?=\s+(?:of|at|with|from|for|in|who|whose|on|to)\b|\s*[,;.]|$)"
)
PERSON_NOUN_RE = re.compile(r"(?:er|or|ist|ant|ent|ian|ee|ate|at|man|woman|person|ive|ess|eur|ar)$")
CONNECTORS = {"of", "for", "and", "on", "the", "against", "in", "de", "&", "to", "at", "du"}
# The same small words in the Romance languages whose bodies UN records name untranslated
# ("Red Portuaria por la Transparencia", "Observatoire des Ports et des Douanes").
CONNECTORS |= {
    "por", "para", "la", "las", "los", "del", "des", "et", "y", "pour", "contre", "contra",
    "sur", "da", "do", "dos", "das", "le", "les", "di", "della", "e",
}  # fmt: skip
ACRONYM = r"[A-Z][A-Za-z0-9&.\-]{1,15}"


@dataclass
class Person:
    """A speaker of one document: a person, a delegation (a State) or an organisation."""

    name: str
    honorific: str | None = None
    gender: Gender = None
    affiliation: str | None = None
    acronym: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: SpeakerKind = "person"
    employer_kind: str | None = None  # "company" / "institution", as the record calls it

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    def merge(self, other: Person) -> None:
        self.honorific = self.honorific or other.honorific
        self.gender = self.gender or other.gender
        self.affiliation = self.affiliation or other.affiliation
        self.acronym = self.acronym or other.acronym
        self.employer_kind = self.employer_kind or other.employer_kind
        for r in other.roles:
            if r not in self.roles:
                self.roles.append(r)
        for a in other.aliases:
            if a not in self.aliases:
                self.aliases.append(a)


def meeting_role(role: str) -> str | None:
    """The meeting role a title names, as a key: 'the Vice-President' -> 'vice-president',
    'Chairperson' -> 'chair'; None when it names no role of a meeting ('Director of X')."""
    bare = re.sub(r"(?i)^(?:(?:the|a|an)\s+)?(?:acting\s+)?", "", role.strip())
    m = MEETING_ROLE_RE.match(bare)
    rest = bare[m.end() :] if m else ""
    if not m or re.match(r"\s+(?!(?:of|for|at|in)\b)[A-Za-z]", rest):
        return None  # "President Macron", "Chair Report": not a meeting role
    return re.sub(r"chair(?:person|man|woman)$", "chair", " ".join(m.group().lower().split()))


def role_case(role: str) -> str:
    """'VICE-PRESIDENT' / 'vice-president' -> 'Vice-President'; mixed case is kept."""
    if role.isupper() or role.islower():
        return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in role.split())
    return role


def gender_of(hon: str | None) -> Gender:
    if not hon:
        return None
    key = " ".join(hon.replace(".", " ").split()).lower()
    gender: Gender = None
    for part in re.split(r"\s+(?=[a-z])", key):
        if part.strip() in ("h e", "h.e"):
            continue
        gender = gender or HONORIFICS.get(part.strip())
    return gender


def clean_honorific(hon: str) -> str:
    hon = " ".join(hon.split())
    return hon if not hon.isupper() else hon.capitalize().replace("H.e.", "H.E.")


def title_case(name: str) -> str:
    """'EL-SAYED' -> 'El-Sayed'; names already in mixed case are kept."""
    if not name.isupper():
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def contains_tokens(full: list[str], part: list[str]) -> bool:
    """`part` is a run of `full` (case-insensitive): 'Alvarado' in 'Rodrigo Alvarado Peña'."""
    f = [t.lower() for t in full]
    p = [t.lower() for t in part]
    return any(f[i : i + len(p)] == p for i in range(len(f) - len(p) + 1))


def is_role_only(name: str) -> bool:
    """'Officer', 'Senior Programme Officer': job-title words only, no name."""
    return all(ROLE_RE.fullmatch(w) or w.lower() in CONNECTORS for w in name.split())


def org_run(
    text: str, i: int, limit: int | None = None, connectors: set[str] = CONNECTORS
) -> tuple[int, int] | None:
    """A capitalised organisation or place name starting at i (after an optional 'the')."""
    limit = len(text) if limit is None else limit
    m = re.match(r"(?:the\s+)?", text[i:limit])
    j = i + (m.end() if m else 0)
    start = j
    last_end = None
    prev_end = j
    for tok in re.finditer(r"[\w’'&\-]+|\S", text[j:limit]):
        word = tok.group()
        pos = j + tok.start()
        if text[prev_end:pos].strip() or "\n" in text[prev_end:pos]:
            break
        if word[0].isupper() or word[0].isdigit() or re.match(r"[a-z]{1,2}['’][A-ZÀ-Þ]", word):
            last_end = prev_end = j + tok.end()  # "Côte d'Ivoire": an elided particle
        elif word.lower() in connectors and last_end is not None:
            prev_end = j + tok.end()
        else:
            break
    if last_end is None:
        return None
    acr = re.match(rf"\s*\(({ACRONYM})\)", text[last_end:limit])
    if acr:
        last_end += acr.end()
    return start, last_end


def split_org(org: str) -> tuple[str, str | None]:
    """'Global Initiative against X (GI-TOC)' -> ('Global Initiative against X', 'GI-TOC')."""
    org = re.sub(r"^the\s+", "", org.strip())
    m = re.fullmatch(rf"(.*?)\s*\(({ACRONYM})\)", org)
    if m and m.group(1):
        return m.group(1).strip(), m.group(2)
    return org, None


def role_phrase(text: str, i: int, reporting: str) -> tuple[int, int] | None:
    """', Chair of X and Chair of Y,' after a name: the span of the role phrase, or None."""
    m = re.match(r",\s+", text[i:])
    if not m:
        return None
    j = i + m.end()
    if not ROLE_RE.match(text, j):
        det = re.match(r"(?:a|an|the)\s+", text[j:])
        if not det:
            return None
        head = HEAD_NOUN_RE.match(text, j + det.end())
        if not head or not (
            ROLE_RE.fullmatch(head.group(1)) or PERSON_NOUN_RE.search(head.group(1))
        ):
            return None  # ", the recommendations adopted …": not a description of the person
    stop = re.search(r"[;:.“”\"\n]|,\s+(?!(?:the\s+)?[A-Z])|\s+(?:" + reporting + r")\b", text[j:])
    end = j + (stop.start() if stop else len(text) - j)
    if end - j < 3:
        return None
    return j, end


def split_roles(phrase: str) -> list[str]:
    parts = re.split(rf"\s+and\s+(?=(?:the\s+)?(?:{ROLE_WORDS}))", phrase)
    return [p.strip() for p in parts if p.strip()]


# "at the retailer X", "with the NGO Y": the record's own word for what kind of body X is.
DESCRIPTOR_RE = re.compile(
    r"(?:the|a|an)\s+(?P<desc>(?:[a-z][\w\-]*\s+){1,3}|(?:NGOs?|CSOs?|INGOs?)\s+)(?=[A-Z])"
)


@dataclass
class Employer:
    org: str
    head: str  # the job itself: "head of responsible sourcing", "researcher"
    descriptor: str | None = None  # "retailer", "NGO"


# An organisation's acronym, then one of its units: "UNODC Regional Office for X".
UNIT_OF_RE = re.compile(
    r"([A-Z][A-Z0-9&\-]{1,9})\s+(?:[A-Z][\w\-]*\s+|(?:and|for|on|of)\s+)*?"
    r"(?:Unit|Section|Branch|Division|Office|Department|Team|Programme|Service)"
    r"(?:\s+(?:for|of|on|in)\s+.+)?"
)


def employer_in_role(role: str) -> Employer | None:
    """The employer named in a job title: 'a researcher at X', 'Officer of the Y of X (ACR)',
    'head of sourcing at the retailer X' (the descriptor noun is not part of the name)."""
    if MEETING_ROLE_RE.match(re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)):
        return None  # "Chair of the Working Group": a meeting, not an employer
    at = list(re.finditer(r"\b(?:at|with)\s+", role))
    # "spokesperson for X" (not "Office for X", "Minister for X": part of a name or a title)
    of = [
        m for m in re.finditer(r"\b(?:of|in|from|for)\s+", role)
        if not m.group().startswith("for") or re.search(r"\b[a-z][\w\-]*\s+$", role[: m.start()])
    ]  # fmt: skip
    for m in [*at, *reversed(of)]:
        desc = DESCRIPTOR_RE.match(role, m.end())
        span = org_run(role, desc.end() if desc else m.end(), connectors=CONNECTORS - {"to"})
        if span is None:
            continue
        org = re.sub(r"^[\w’'\-]+-based\s+", "", role[span[0] : span[1]])
        org = re.sub(r"['’]s$", "", org)  # "with OFT's programme": OFT
        org = re.split(r"\s+in\s+(?=[A-Z]\w+$)", org)[0]  # "Institute for X in Nairobi"
        if m in at:
            head = re.sub(r"(?i)^(?:the|a|an)\s+", "", role[: m.start()].strip(" ,"))
            descriptor = desc.group("desc").strip() if desc else None
            return Employer(org, head or role, descriptor)
        unit = UNIT_OF_RE.fullmatch(org)
        if unit:  # "Chief of the UNODC Asset Recovery Unit": the unit is part of the job
            return Employer(unit.group(1), role)
        rest = role[span[1] :].strip()
        to_state = re.fullmatch(r"to\s+(?:the\s+)?(.+)", rest)
        if to_state and state_named(to_state.group(1)):
            rest = ""  # "Ambassador of the European Union to Peru": the Union's
        if state_named(org) or (not rest and len(org.split()) >= 2):
            return Employer(org, role)  # "Permanent Representative of Norway": all the role
    return None


def affiliation_in_role(role: str) -> str | None:
    found = employer_in_role(role)
    return found.org if found else None


# English nouns for kinds of business, and for kinds of public or non-profit body: what the
# record calls a body ("the retailer X", "the NGO Y") or the last word of its name says which.
COMPANY_NOUNS = {
    "company", "companies", "firm", "corporation", "manufacturer", "retailer", "bank", "insurer",
    "operator", "provider", "producer", "supplier", "distributor", "maker", "vendor", "brand",
    "start-up", "startup", "conglomerate", "business", "platform", "exporter", "importer",
    "carrier", "airline", "multinational", "consultancy",
}  # fmt: skip
INSTITUTION_NOUNS = {
    "institute", "society", "council", "initiative", "university", "organization",
    "organisation", "ministry", "office", "foundation", "association", "centre", "center",
    "commission", "group", "network", "agency", "programme", "program", "court", "police",
    "department", "school", "academy", "union", "federation", "committee", "forum", "alliance",
    "coalition", "trust", "fund", "mission", "secretariat", "observatory", "project",
    "partnership", "government", "parliament", "embassy", "college", "collective", "lab",
    "laboratory", "league", "service", "authority", "bureau", "board", "clinic", "movement",
    "campaign", "nations", "conference", "tribunal", "ngo", "ngos", "cso", "ingo", "charity",
    "non-profit", "nonprofit", "think-tank", "tank", "institution", "body", "regulator",
}  # fmt: skip


def body_kind(descriptor: str | None) -> str | None:
    """'company' or 'institution' from the record's word for a body; None when it says neither."""
    words = set(re.findall(r"[\w\-]+", (descriptor or "").lower()))
    if words & COMPANY_NOUNS:
        return "company"
    if words & INSTITUTION_NOUNS:
        return "institution"
    return None


def _function_word(word: str) -> bool:
    """A capitalised word that starts a clause, not a name ("As", "Like", "When")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # at index time only: spaCy is heavy

    return word.lower() in STOP_WORDS and not is_given_name(word)


class Registry:
    """The speakers of one document, found by name and by part of their name."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def add(self, person: Person) -> Person:
        first, *rest = person.name.split()
        owner = re.fullmatch(r"(?P<state>[A-Z][\w\-]+)['’]s", first)
        if person.kind == "person" and rest and owner and state_named(owner.group("state")):
            person.name = " ".join(rest)  # "Ghana's Efua Mensah": her State, then her name
            person.affiliation = person.affiliation or owner.group("state")
            first, *rest = rest
        if person.kind == "person" and len(rest) >= 2 and _function_word(first):
            person.name = " ".join(rest)  # "As Ngozi Abara-Fenn told …": "As" is no name
            first, *rest = rest
        role = first[:-1] if first.endswith("s") and not ROLE_RE.fullmatch(first) else first
        if person.kind == "person" and len(rest) >= 2 and ROLE_RE.fullmatch(role):
            person.name = " ".join(rest)  # "Chair Ana Ruiz", "Hosts Ana Ruiz and …": the role
            person.roles = [role, *[r for r in person.roles if r != role]]
        known = self.people.get(person.name) or self.by_partial(person.name, person.kind)
        if person.kind == "person" and person.honorific and known is self.people.get(person.name):
            known = self._untitled_body(person.name) or known
        if known is None and person.kind == "person" and len(person.tokens) >= 2:
            shorter = [
                p for p in self.people.values()
                if p.kind == "person" and len(p.tokens) < len(person.tokens)
                and contains_tokens(person.tokens, p.tokens)
            ]  # fmt: skip
            known = shorter[0] if len(shorter) == 1 else None
        if known is not None and len(person.tokens) <= len(known.tokens):
            known.merge(person)
            return known
        if known is not None:  # a longer form of a name we knew by part: keep the longer
            del self.people[known.name]
            person.merge(known)
        self.people[person.name] = person
        return person

    def _untitled_body(self, name: str) -> Person | None:
        """ "Solheim-Vatne told listeners …", then "Ms. Solheim-Vatne": the name the tagger took
        for a body or a place is the person the honorific names."""
        body = self.people.get(name)
        if body is None or body.kind == "person" or body.acronym or body_kind(name):
            return None
        if state_named(name):
            return None
        body.kind, body.affiliation, body.employer_kind = "person", None, None
        return body

    def given_name_of(self, person: Person) -> str | None:
        """The first name this person alone of the record has ("Joanna"), when it is a given
        name: "Joanna told the meeting" is then her."""
        if person.kind != "person" or len(person.tokens) < 2:
            return None
        first = person.tokens[0]
        holders = [
            p for p in self.people.values()
            if p.kind == "person" and len(p.tokens) >= 2 and p.tokens[0] == first
        ]  # fmt: skip
        return first if len(holders) == 1 and is_given_name(first) else None

    def by_partial(self, name: str, kind: str = "person") -> Person | None:
        """The one known speaker whose name holds `name` as a run of its words."""
        toks = name.split()
        pool = [p for p in self.people.values() if p.kind == kind]
        hits = [p for p in pool if p.tokens[-len(toks) :] == toks]
        if not hits:
            hits = [p for p in pool if contains_tokens(p.tokens, toks)]
        if not hits and len(toks) >= 2:
            hits = [p for p in pool if [p.tokens[0], p.tokens[-1]] == toks]
        return hits[-1] if len(hits) == 1 else None
