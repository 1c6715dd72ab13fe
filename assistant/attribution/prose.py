"""Reported speech in prose: press releases, news articles, Chair's summaries, meeting reports.

A sentence's speaker is the mention that is the grammatical subject of its reporting verb
(spaCy's parse: "X said", "said X", "according to X", "as pointed out by X"), else the mention
closest to the verb; a pronoun subject ("she stressed") is the speaker just before when it fits
(a delegation's representative is "she" or "he"), else the last person of that gender, and "it"
a body that has just spoken; a plural subject ("Several speakers noted", "They underlined") is
collective and nobody's. Quoted words are speech only in a reporting frame; a quoted title
("The event, “Survivors at the table”, was …") is the record's narrative.
Mentions are honorific + name, a known name, "the representative of X", "One speaker, from X",
"the Dutch delegation", a role ("the Chair", "the Director of X"), or an organisation or State
that is the subject.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from .. import sentences
from . import countries, nlp
from .given_names import is_given_name
from .names import (
    BY_RE,
    HON,
    HON_NAME_RE,
    MEETING_ROLE_RE,
    NAME_CORE,
    PERSON_NOUN_RE,
    ROLE_RE,
    ROLE_WORDS,
    UNIT_OF_RE,
    Person,
    Registry,
    body_kind,
    clean_honorific,
    contains_tokens,
    employer_in_role,
    gender_of,
    is_role_only,
    meeting_role,
    org_run,
    role_case,
    role_phrase,
    split_org,
    split_roles,
)
from .units import Mention, Target, Unit

REPORTING = (
    r"said|says|say|saying|added|adds|adding|stressed|stresses|stressing|emphasi[sz]ed|"
    r"emphasi[sz]es|emphasi[sz]ing|highlighted|highlights|highlighting|underlined|underlines|"
    r"underscored|underscores|noted|notes|noting|explained|explains|explaining|argued|argues|"
    r"warned|warns|stated|states|observed|observes|remarked|pointed out|points out|called for|"
    r"calls for|urged|urges|recalled|suggested|suggests|insisted|insists|told|asked|replied|"
    r"concluded|acknowledged|cautioned|commented|affirmed|reaffirmed|reiterated|maintained|"
    r"proposed|recommended|shared|indicated|mentioned|welcomed|expressed|described|declared|"
    r"announced|continued|wrote|agreed|claimed|contended|reported|presented|outlined|"
    r"advocated|reminded|spoke|believes|believed|thinks|thought|put it|went on|elaborated|"
    r"informed|briefed|introduced|invited|drew attention|encouraged|requested|thanked|"
    r"wondered|wonders|queried|inquired|enquired|"
    r"according to|as pointed out by|in the words of|urging|warning|calling for|appealed|"
    r"(?:called|calls|calling) (?:on|upon)(?=(?:\s+[\w-]+){1,5}?\s+to\s)"
)
REPORTING_RE = re.compile(rf"(?<![\w-])(?:{REPORTING})\b", re.I)
SUBJECT_PRONOUN_RE = re.compile(
    rf"(?:\b(?P<p1>she|he)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|later\s+)?(?:{REPORTING})\b)"
    rf"|(?:\b(?:{REPORTING}),?\s+(?P<p2>she|he)\b)",
    re.I,
)
ARTICLE_ROLE_RE = re.compile(
    r"(?:^|[,;]\s*|\b)(?:(?:One|one) of the|Another|another|The|the|A|a|An|an)\s+"
    r"(?P<role>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:ist|er|or|ant|ent|ian|ee|ate))s?,\s*$"
)
# "The representative of Kenya", "A representative of the Secretariat, Anders Mikkelsen,"
REPRESENTATIVE_RE = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[Pp]ermanent\s+|[Dd]eputy\s+)?"
    r"(?:[Rr]epresentative|delegation|delegate|observer|spokesperson|expert)s?"
    r"|(?:[Ss]peakers|[Dd]elegates|[Rr]epresentatives|[Dd]elegations)(?=\s+from\s+[A-Z]))"
    r"\s+(?:of|for|from)\s+"
)
# "Spain, Australia and Morocco": States listed together after "speakers from".
STATE_LIST_RE = re.compile(
    r"(?P<first>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)"
    r"(?P<more>(?:,\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)+),?\s+and\s+"
    r"(?P<last>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*)"
)
ONE_FROM_RE = re.compile(
    r"\b(?:One|one|Another|another|A|a)\s+(?:speaker|participant|delegate|representative|"
    r"panellist|panelist|expert|delegation),\s+from\s+"
)
ROLE_MENTION_RE = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:Co-|Vice-)?(?:Chair|Chairperson|Chairman|Chairwoman|President|"
    r"Moderator|Rapporteur|Facilitator|Secretariat|Director-General|Executive Director|Director|"
    r"Head|Secretary-General|Coordinator|Spokesperson))\b(?![’']s)"
)
# "the Minister said": a job title alone, which names the one person of the record holding it.
TITLE_MENTION_RE = re.compile(rf"\b[Tt]he\s+(?P<role>{ROLE_WORDS})\b(?![’'\-]|\s+(?:[A-Z]|of\b))")
CHAIRED_BY_RE = re.compile(
    rf"\b(?P<verb>chaired|presided over|moderated|facilitated)\s+by\s+"
    rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})(?:\s*\((?P<org>[^()\n]{{2,80}})\))?"
)
# A heading line "President: Ms. X ....... (Ireland)" in a report or summary, as in a transcript.
HEADING_ROLE_RE = re.compile(
    rf"^[ \t]*(?:\*\*)?(?P<role>(?i:{MEETING_ROLE_RE.pattern}))(?:\*\*)?:(?:\*\*)?[ \t]+"
    rf"(?P<hon>(?:{HON}[ \t]+)+)(?P<name>{NAME_CORE})[ \t]*(?:[.…]{{3,}}[ \t]*)?"
    r"(?:\((?P<org>[^()\n]{2,80})\))?[ \t]*$",
    re.M,
)
# A header line naming a meeting's officer without an honorific: "Facilitator: Name, Unit, Org".
HEADER_ROLE_LINE_RE = re.compile(
    rf"^[ \t]*(?:\*\*)?(?P<role>(?i:{MEETING_ROLE_RE.pattern}))(?:\*\*)?:(?:\*\*)?[ \t]+"
    rf"(?P<name>{NAME_CORE})(?P<rest>(?:,[ \t]*[^,\n]+)+)[ \t]*$",
    re.M,
)
APPOSITIVE_ROLE_RE = re.compile(  # "the Chair, Ms. X (Chile)", "opened by its Chair, Ms. X"
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<role>(?:Co-|Vice-)?(?:Chair|Chairperson|President|Moderator|Rapporteur|"
    rf"Facilitator)),\s+(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})"
    r"(?:\s*\((?P<org>[^()\n]{2,80})\))?"
)
# Where an officer is from, after their name: "(Chile)", "of Chile", "of the X Office".
OFFICER_FROM = (
    r"(?:\s*\((?P<org>[^()\n]{2,80})\)|\s+of\s+(?P<of>"
    r"(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}))?"
)
# "elected by acclamation Ana Ruiz of Chile as its Chair", "elected Ms. X (Chile) as Chair"
ELECTED_RE = re.compile(
    rf"(?:\belected\s+(?:by\s+acclamation\s+|unanimously\s+)?|,?\s+and\s+)"
    rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE}){OFFICER_FROM}\s+(?:as\s+)?(?:its\s+|the\s+)?"
    rf"(?P<role>{MEETING_ROLE_RE.pattern})"
)
# "Mr. X (Ecuador) was elected Rapporteur by acclamation": the same, in the passive.
WAS_ELECTED_RE = re.compile(
    rf"(?P<hon>(?:{HON}\s+)+|\b)(?P<name>{NAME_CORE})(?:\s*\((?P<org>[^()\n]{{2,80}})\))?,?\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:unanimously\s+)?elected\s+(?:as\s+)?(?:its\s+|the\s+)?"
    rf"(?P<role>{MEETING_ROLE_RE.pattern})"
)
# "Mr. X of Chile served as Rapporteur.": this meeting's officer (not "served as Chair of Y").
SERVED_AS_RE = re.compile(
    rf"(?P<hon>(?:{HON}\s+)+|\b)(?P<name>{NAME_CORE}){OFFICER_FROM},?\s+(?:served|serves|acted|"
    rf"acts)\s+as\s+(?:its\s+|the\s+)?(?P<role>{MEETING_ROLE_RE.pattern})(?=\s*[.;])"
)
COLLECTIVE_RE = re.compile(
    r"^\W*(?:several|many|some|other|most|all|a number of|few|numerous|various|both|they|"
    r"participants|speakers|delegations|panellists|panelists)\b",
    re.I,
)
# The subject of a reporting verb that is one speaker left unnamed: "A delegate from a Latin
# American country", "One of the panellists", "Another delegation".
UNNAMED_SPEAKER_RE = re.compile(
    r"(?i)(?:an?|one|another)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:delegate|delegation|"
    r"participant|speaker|panell?ist|expert|official|representative|observer|member|diplomat|"
    r"attendee|officer|source|person)s?\b"
)
# "the Dutch delegation" is the delegation of the Netherlands; "the Norwegian ambassador" a
# person of Norway's delegation holding that title, found by the directory.
DELEGATION_NOUNS = {"delegation", "delegate", "representative", "government", "authorities"}
NATIONAL_TITLES = r"ambassador|minister|diplomat|envoy|expert|prosecutor|judge|official"


@cache
def national_role_re() -> re.Pattern[str]:
    """'the Dutch delegation', and 'Norway's ambassador' (a State's name, checked after)."""
    roles = rf"(?P<role>{'|'.join(sorted(DELEGATION_NOUNS))}|{NATIONAL_TITLES})\b(?![’']s)"
    return re.compile(
        rf"\b(?:[Tt]he\s+(?P<norp>{countries.demonym_pattern()})\s+"
        rf"|(?P<state>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})[’']s\s+){roles}"
    )


CHAT_LABEL = re.compile(
    r"\s*(?:system|assistant|user|developer|tool|admin|ai|bot|model|human|instructions?|prompt|"
    r"notice|override)\b[^:\n]{0,30}:",
    re.I,
)


def outside(quotes: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= qs - 1 or s >= qe + 1 for qs, qe in quotes)


def is_speech(text: str, qs: int, qe: int) -> bool:
    """Direct speech, not scare quotes: four words or more, or ending in punctuation."""
    inner = text[qs:qe]
    return len(inner.split()) >= 4 or inner.rstrip()[-1:] in ",.!?"


# Words before quoted words that make them a name, not speech: "the report “…”", "entitled “…”".
TITLE_CUE_RE = re.compile(
    r"(?:\b(?:entitled|titled|called|named|themed)|\b(?:the|a|an|its|their|his|her|our)\s+"
    r"[a-z][\w\-]*)\s*$"
)
APPOSITIVE_RE = re.compile(r"\b[a-z][\w\-]*,\s*$")  # "The event, “…”, was …"


def is_title(text: str, qs: int, qe: int) -> bool:
    """A quoted title, not speech: a short phrase with no final punctuation, named as a title
    ("the report “Counting the missing”", "The event, “Survivors at the table”, was …")."""
    inner = text[qs:qe].strip()
    if not 1 <= len(inner.split()) <= 8 or inner[-1:] in ",.!?;:":
        return False
    before = text[max(0, qs - 40) : max(0, qs - 1)]
    if TITLE_CUE_RE.search(before):
        return True
    aside = APPOSITIVE_RE.search(before)  # set off by commas, after a noun, not after "said,"
    return bool(aside and text[qe + 1 : qe + 2] == "," and not REPORTING_RE.search(aside.group()))


def colon_before(text: str, qs: int) -> bool:
    """A quote introduced by a colon: 'the lesson was simple: “…”'."""
    return text[max(0, qs - 4) : max(0, qs - 1)].rstrip().endswith(":")


def trim_quote(text: str, qs: int, qe: int) -> tuple[int, int]:
    while qe > qs and text[qe - 1] in ",;: ":
        qe -= 1
    return qs, qe


def verb_near(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> re.Match | None:
    for m in REPORTING_RE.finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()):
            return m
    return None


class Context:
    """What one document knows while it is read: its people, its role holders, its places."""

    def __init__(self, text: str, registry: Registry, meeting_words: set[str]) -> None:
        self.text = text
        self.registry = registry
        self.roles: dict[str, str] = {}  # "chair" -> name of the person holding it here
        self.meeting_words = meeting_words  # words of the meeting's own name
        self.gpes: set[str] = set()
        self.titled = {m.group("name") for m in HON_NAME_RE.finditer(text)}  # "Ms. X" names
        # Who "I" is in a record written in the first person ("I noted that …"): its signatory,
        # else the holder of the role its heading names ("Chair's summary"); None elsewhere.
        self.narrator: Person | None = None
        self.narrator_role: str | None = None
        # A summary or report in reported speech: a paragraph that opens with a speaker's
        # words goes on in their words ("Mr. X (Chile) said that … In his view, …").
        self.record = False
        self.convener: str | None = None  # "The meeting was convened by X": its Secretariat
        self.voice: Person | None = None  # "Organized by: X" on a page that says "we"
        self.acting: dict[str, str] = {}  # "chair" -> who took the chair for a while
        # "X, speaking on behalf of the Group of Y, said …": the group's name -> (X, where
        # that sentence ends), so that "The Group called for …" in the same paragraph is X's.
        self.spoke_for: dict[str, tuple[Person, int]] = {}
        self.initials: dict[str, str] = {}  # "JM" -> "Jun Matsuda": the document defines them

    def take(self, key: str, person: Person) -> None:
        """`person` takes the chair ("The Vice-Chair, Ms. X, took the chair"); the one who
        held it from the start takes it back ("Mr. Y resumed the chair")."""
        if self.roles.get(key) in (None, person.name):
            self.roles.setdefault(key, person.name)
            self.acting.pop(key, None)
        else:
            self.acting[key] = person.name

    def hold(self, role: str, person: Person) -> None:
        """`person` holds a role of this meeting ("Vice-President"): the first one named."""
        key = meeting_role(role)
        if key and key not in self.roles:
            self.roles[key] = person.name

    def holder(self, role: str) -> Person | None:
        key = meeting_role(role)
        name = (self.acting.get(key) or self.roles.get(key)) if key else None
        return self.registry.people.get(name) if name else None


def speaker_kind(name: str, ctx: Context) -> str:
    """A State, or States together ("Australia and Germany"), speak as delegations."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", re.sub(r"^the\s+", "", name))
    states = all(p in ctx.gpes or nlp.is_state(re.sub(r"^the\s+", "", p)) for p in parts)
    return "delegation" if name in ctx.gpes or states else "organisation"


def org_person(name: str, ctx: Context) -> Person:
    """A delegation or organisation as a speaker of its own (its name, its acronym)."""
    base, acronym = split_org(name)
    kind = speaker_kind(base, ctx)
    full = f"{base} ({acronym})" if acronym else base
    return ctx.registry.add(Person(name=full, affiliation=full, acronym=acronym, kind=kind))


def _sentence_head(text: str, i: int) -> bool:
    """Nothing but white space between the last sentence end (or the text's start) and i."""
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n"


def mention_at(text: str, m: re.Match, ctx: Context) -> Mention:
    """An honorific + name mention and what follows it: (Org), from/of Org, ', Role of X,'."""
    hon = clean_honorific(m.group("hon")) if m.group("hon") else None
    name = m.group("name")
    person = Person(name=name, honorific=hon, gender=gender_of(hon))
    end = m.end("name")
    org_after = re.match(r"\s+(?:from|of|at|with|representing)\s+", text[end:])
    comma_of = re.match(r",\s+(?:of|from|at|with|representing)\s+", text[end:])
    paren = re.match(r"\s*\(([^()\n]{2,120})\)", text[end:])
    phrase_end = end
    if paren and not ROLE_RE.fullmatch(paren.group(1)):
        person.affiliation, person.acronym = split_org(paren.group(1))
        phrase_end = end + paren.end()
    elif org_after or comma_of:
        hit = org_after or comma_of
        assert hit is not None
        span = org_run(text, end + hit.end())
        if span:
            org = re.split(r"\s+in\s+(?=[A-Z][\w\-]+$)", text[span[0] : span[1]])[0]
            unit = UNIT_OF_RE.fullmatch(org)  # "of the OFT Port Crime Unit": OFT
            org = unit.group(1) if unit else org
            person.affiliation, person.acronym = split_org(org)  # "X of the Y in Lima": Y
            phrase_end = span[1]
    role = role_phrase(text, phrase_end, REPORTING)
    who = WHO_WORKS_RE.match(text, phrase_end) if not role else None
    found = employer_in_role(who.group(1)) if who else None
    if found and not person.affiliation and re.search(r"\b(?:at|with)\s", who.group(1)):
        # "X, who heads sales at the company Y, …": Y is the employer
        person.affiliation, person.acronym = split_org(found.org)
        person.employer_kind = body_kind(found.descriptor)
    if role:
        for r in split_roles(text[role[0] : role[1]]):
            owner = POSSESSIVE_OWNER_RE.match(r)
            if owner and not person.affiliation and _owner_body(owner.group("org")):
                person.affiliation, r = owner.group("org"), r[owner.end() :]  # "Chile's Minister"
            found = employer_in_role(r)
            if found and not person.affiliation:  # "head of X at the retailer Y": Y, head of X
                person.affiliation, person.acronym = split_org(found.org)
                person.employer_kind = body_kind(found.descriptor)
                r = found.head
            person.roles.append(r)
            ctx.hold(r, person)
        phrase_end = role[1]
    start = m.start()
    before = text[max(0, start - 60) : start]
    art = ARTICLE_ROLE_RE.search(before)
    if art and _sentence_head(text, start - len(before) + art.start()):
        # "One of the panellists, Ms. X": at the head of the sentence, not "cross a border, X"
        person.roles.append(art.group("role"))
        start = start - len(before) + art.start() + (1 if before[art.start()] in ",;" else 0)
        while text[start].isspace():
            start += 1
    titled = TITLE_BEFORE_RE.search(before) if not art else None
    if titled and _sentence_head(text, start - len(before) + titled.start()):
        # "The Minister of Health, Dr. X Y, today called on …": the title is the person's
        role = titled.group("role")
        if meeting_role(role) is None and role.lower() not in {
            r.lower().removeprefix("the ") for r in person.roles
        }:
            person.roles.append(role)
        start = start - len(before) + titled.start()
    owned = BODY_ROLE_BEFORE_RE.search(before)
    if owned and _sentence_head(text, start - len(before) + owned.start()):
        # "The cooperative's president, Ms. X": the cooperative the record named before
        person.roles.append(owned.group("role"))
        body = _body_named_before(text, start - len(before) + owned.start(), owned.group("noun"))
        if body and not person.affiliation:
            person.affiliation = body
        start = start - len(before) + owned.start()
    known = ctx.registry.add(person)
    return Mention(Target(known), start, phrase_end, m.start("name"), m.end("name"))


# "The Minister of Health, " / "The Chair of the meeting, " just before a name: its title.
TITLE_BEFORE_RE = re.compile(
    rf"\b[Tt]he\s+(?P<role>(?:{ROLE_WORDS})(?:\s+(?:of|for|on)\s+(?:the\s+)?[\w\-]+"
    r"(?:\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w\-]*)*)?),\s*$"
)
# "The cooperative's president, " just before a name: a body named earlier by its head noun.
BODY_ROLE_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z][\w\-]*)['’]s\s+(?P<role>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s*$"
)


def _body_named_before(text: str, at: int, noun: str) -> str | None:
    """The last body named before `at` whose name ends in `noun` ("the Saule weaving
    cooperative" for "the cooperative")."""
    named = re.findall(
        rf"\b(?:[A-Z][\w'’\-]*\s+)+(?:[a-z][\w\-]*\s+){{0,2}}{re.escape(noun)}\b", text[:at]
    )
    return named[-1] if named else None


WHO_WORKS_RE = re.compile(
    r",\s+who\s+(?:heads|leads|runs|directs|manages|works|worked|oversees)\s+([^,.;:\n]+)"
)
POSSESSIVE_OWNER_RE = re.compile(r"(?P<org>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})['’]s\s+")


def _owner_body(name: str) -> bool:
    """A State or an acronym: what owns the job in "Chile's Minister", "OFT's adviser"."""
    return bool(countries.state_named(name) or re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", name))


def _representative(text: str, m: re.Match, lo: int, hi: int, ctx: Context) -> Mention | None:
    """'The representative of X' -> X; 'A representative of X, Jane Doe, Role,' -> Jane Doe."""
    span = org_run(text, m.end(), hi)
    if span is None:
        return None
    listed = STATE_LIST_RE.match(text, m.end(), hi)
    if listed and all(
        countries.state_named(re.sub(r"^the\s+", "", n.strip()))
        for n in [listed.group("first"), *listed.group("more").split(",")[1:], listed.group("last")]
    ):
        span = (listed.start(), listed.end())  # "speakers from Spain, Australia and Morocco"
    org = text[span[0] : span[1]]
    many = re.match(r"\w+s\s", m.group()) and not m.group().lower().startswith(("the", "a", "one"))
    if many and not listed and not countries.state_named(re.sub(r"^the\s+", "", org)):
        return None  # "delegations from Africa": many, from a region; no one speaker
    after = re.match(rf",\s+(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE}),", text[span[1] : hi])
    if after and not is_role_only(after.group("name")):
        named = re.compile(
            rf"(?P<hon>{re.escape(after.group('hon'))})(?P<name>{re.escape(after.group('name'))})"
        )
        mm = named.match(text, span[1] + after.start("hon"))
        if mm:
            inner = mention_at(text, mm, ctx)
            person = inner.person
            assert person is not None
            if not person.affiliation:
                person.affiliation, person.acronym = split_org(org)
            person.roles.append(f"{text[m.start() : m.end()].strip().lower()} {split_org(org)[0]}")
            return Mention(
                inner.target, m.start(), inner.end, inner.name_start, inner.name_end, True
            )
    end = span[1]
    person = _represents(org, ctx)
    if person is not None:  # "the representative of the Secretariat": the one named for it
        return Mention(Target(person), m.start(), end, span[0], span[1], True)
    desc = re.match(r",\s+(?:a|an)\s+[a-z][^,;.]{2,60},", text[end:hi])  # ", a firearms maker,"
    who = org_person(org, ctx)
    if desc:
        role = desc.group()[1:-1].strip()
        role = re.sub(r"^(?:a|an)\s+", "", role)
        if role not in who.roles:
            who.roles.append(role)
        end += desc.end() - 1
    return Mention(Target(who), m.start(), end, span[0], span[1], True)


def _represents(org: str, ctx: Context) -> Person | None:
    """The one person this document has named for body `org` (of it, or its representative).

    A State's representative stays the State; a body nobody is named for stays the body.
    """
    base = split_org(org)[0].lower()
    if speaker_kind(split_org(org)[0], ctx) == "delegation":
        return None
    hits = [
        p for p in ctx.registry.people.values()
        if p.kind == "person" and (
            (p.affiliation and split_org(p.affiliation)[0].lower() == base)
            or any(re.fullmatch(rf"(?:an?|the|one)\s+representative\s+of\s+(?:the\s+)?"
                                rf"{re.escape(base)}", r, re.I) for r in p.roles)
        )
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


def _one_from(text: str, m: re.Match, hi: int, ctx: Context) -> Mention | None:
    span = org_run(text, m.end(), hi)
    if span is None:
        return None
    who = org_person(text[span[0] : span[1]], ctx)
    end = span[1] + (1 if text[span[1] : span[1] + 1] == "," else 0)
    return Mention(Target(who), m.start(), end, span[0], span[1], True)


def _role_mention(text: str, m: re.Match, hi: int, ctx: Context) -> Mention:
    role = m.group("role")
    end = m.end()
    org = None
    of = re.match(r"\s+of\s+", text[end:hi])
    if of:
        span = org_run(text, end + of.end(), hi)
        if span:
            org, end = text[span[0] : span[1]], span[1]
    if role == "Secretariat":  # the body that convened the meeting, when the record says so
        body = org_person(ctx.convener or "Secretariat", ctx)
        return Mention(Target(body), m.start(), end, m.start(), end)
    if org is None or MEETING_ROLE_RE.match(role):
        holder = ctx.holder(role)
        if holder is not None:
            return Mention(Target(holder), m.start(), end, m.start("role"), m.end("role"))
        return Mention(Target(role=role), m.start(), end, m.start("role"), m.end("role"))
    base = split_org(org)[0]
    for p in ctx.registry.people.values():
        if (
            p.kind == "person"
            and p.affiliation
            and split_org(p.affiliation)[0] == base
            and any(r.lower().startswith(role.lower()) for r in p.roles)
        ):
            return Mention(Target(p), m.start(), end, m.start("role"), m.end("role"))
    return Mention(
        Target(org_person(org, ctx), role=role, role_org=base), m.start(), end, m.start(), end
    )


def _title_holder(title: str, ctx: Context) -> Person | None:
    """The one person of this record whose role begins with `title` ("Minister of X")."""
    words = title.lower().split()
    held = [
        p for p in ctx.registry.people.values()
        if p.kind == "person" and any(r.lower().split()[: len(words)] == words for r in p.roles)
    ]  # fmt: skip
    if not held:  # "H.E. Ambassador X …; the Ambassador recalled": the title as honorific
        held = [
            p for p in ctx.registry.people.values()
            if p.kind == "person" and p.honorific
            and p.honorific.lower().replace(".", "").split()[-len(words) :] == words
        ]  # fmt: skip
    return held[0] if len(held) == 1 else None


def _state_of(demonym: str, ctx: Context) -> str | None:
    """The State a demonym names, as this document names it ("the Netherlands" for "Dutch")."""
    states = countries.states_of_demonym(demonym)
    for p in ctx.registry.people.values():
        if p.kind == "delegation" and countries.state_named(p.name) in states:
            return p.name
    return states[0] if states else None


def _known(text: str, lo: int, hi: int, ctx: Context) -> list[Mention]:
    """Known people by full name or surname, without an honorific."""
    found: list[Mention] = []
    people = [p for p in ctx.registry.people.values() if p.kind == "person"]
    for person in people:
        forms = {person.name} | {k for k, v in ctx.initials.items() if v == person.name}
        if len(person.tokens) >= 2:
            forms.add(" ".join(person.tokens[1:]))
            forms.add(person.tokens[-1])
            given = ctx.registry.given_name_of(person)
            if given and not person.honorific:
                forms.add(given)
        for form in forms:
            for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?![\w’'])", text[lo:hi]):
                s, e = lo + m.start(), lo + m.end()
                found.append(Mention(Target(person), s, e, s, e))
    return found


# ", executive director of …", ", a public prosecutor …": a job title in apposition.
DESCRIBED_RE = re.compile(rf",\s+(?:an?\s+)?(?:(?!the\b)[a-z][\w\-]*\s+){{0,2}}(?i:{ROLE_WORDS})\b")


# "Our coordinator, …", "the network's lead researcher, …": a job title apposed before a name.
DESCRIBED_BEFORE_RE = re.compile(
    rf"\b(?:[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]he)\s+(?:[\w’'\-]+\s+){{0,2}}"
    rf"(?i:{ROLE_WORDS}),\s*$"
)


def _described_person(text: str, s: int, e: int) -> bool:
    """'Amara Okafor, executive director of X, …', 'Our coordinator, Amara Okafor, …': a name
    the tagger took for a place or a body, described by a job title, is a person."""
    words = text[s:e]
    return (
        len(words.split()) >= 2
        and re.fullmatch(NAME_CORE, words) is not None
        and not countries.state_named(words)
        and not body_kind(words)
        and (
            DESCRIBED_RE.match(text, e) is not None
            or (
                DESCRIBED_BEFORE_RE.search(text[max(0, s - 60) : s]) is not None
                and text.startswith(",", e)
            )
        )
    )


def _personal_run(words: str) -> bool:
    """'Tomasz Wielgosz': two to four capitalised words opening with a given name, none of
    them a body's word or an acronym, and not a State: a person's name."""
    toks = words.split()
    return (
        2 <= len(toks) <= 4
        and re.fullmatch(NAME_CORE, words) is not None
        and is_given_name(toks[0])
        and not any(w.isupper() and len(w) > 1 for w in toks)
        and not body_kind(words)
        and not countries.state_named(words)
        and not is_role_only(words)
    )


def _given_name_runs(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """spaCy's entities, with a surname it took for a body ("Santos-Reyes": ORG) after given
    names ("Maria Luisa") made the person it is."""
    out = []
    for s, e, label in ents:
        before = re.search(r"(?:[A-Z][\w’'-]*\s+){1,3}$", text[max(0, s - 60) : s])
        if label != "PERSON" and before and _personal_run(before.group() + text[s:e]):
            s, label = s - len(before.group()), "PERSON"
        out.append((s, e, label))
    return out


def _untagged_names(text: str, parse: nlp.Parse) -> list[tuple[int, int, str]]:
    """Personal names inside the subject of a verb that spaCy tagged as nothing."""
    ents = [(s, e) for s, e, _ in parse.ents]
    found = []
    for a, b, *_ in parse.subjects:
        for m in re.finditer(NAME_CORE, text[a:b]):
            s, e = a + m.start(), a + m.end()
            if _personal_run(m.group()) and all(e <= x or s >= y for x, y in ents):
                found.append((s, e, "PERSON"))
    return found


def _entity_mentions(
    text: str, parse: nlp.Parse | None, quotes: list, taken: list, ctx: Context
) -> list[Mention]:
    """spaCy's PERSON (two words or more), a personal name it tagged as something else or
    nothing, and ORG/GPE subjects of a reporting verb."""
    if parse is None:
        return []
    found: list[Mention] = []
    subj_heads = {(s[0], s[1]): s for s in parse.subjects}
    for s, e, label in sorted(_given_name_runs(text, parse.ents) + _untagged_names(text, parse)):
        if not outside(quotes, s, e) or any(not (e <= a or s >= b) for a, b in taken):
            continue
        words = text[s:e]
        if label == "PERSON" or _described_person(text, s, e) or _personal_run(words):
            core = re.fullmatch(NAME_CORE, words)
            if not core or len(words.split()) < 2 or is_role_only(words):
                continue
            if any(w.isupper() and len(w) > 1 for w in words.split()):
                continue  # "KENNIS Knowledge": an organisation's acronym, not a first name
            follows = re.match(
                rf"{APPOSITION}|,\s+[A-Z]|\s+(?:said|told|added)\b", text[e : e + 60]
            )
            is_subject = any(a < e and s < b for a, b in subj_heads)  # "Ana Santos-Reyes" may
            # be parsed as two subjects, "Ana Santos" and "Reyes of X"
            if not (follows or is_subject):
                continue
            regex = re.compile(rf"(?P<hon>)(?P<name>{re.escape(words)})")
            mm = regex.match(text, s)
            if mm:
                found.append(mention_at(text, mm, ctx))
        elif label == "ORG" and _titled_elsewhere(words, ctx):
            regex = re.compile(rf"(?P<hon>)(?P<name>{re.escape(words)})")
            mm = regex.match(text, s)
            if mm:  # "María del Pilar Quintana Robles told": a person, "Ms. Quintana Robles"
                found.append(mention_at(text, mm, ctx))
        elif label in ("ORG", "GPE") and (pronoun := _one_name_person(text, s, e, quotes, parse)):
            regex = re.compile(rf"(?P<hon>)(?P<name>{re.escape(words)})")
            mm = regex.match(text, s)
            if mm:  # "Mercy says, she worked …": a person known by one name
                hit = mention_at(text, mm, ctx)
                hit.person.kind = "person"
                hit.person.affiliation = None
                hit.person.gender = hit.person.gender or ("f" if pronoun == "she" else "m")
                found.append(hit)
        elif label in ("ORG", "GPE") and ROLE_NAME_RE.fullmatch(words):
            continue  # "Chair Kalinda Mwansa (Zambia)": a person, found by _role_named
        elif label in ("ORG", "GPE"):
            bare = re.sub(r"^[Tt]he\s+", "", words)
            if not bare[:1].isupper() or ROLE_RE.fullmatch(bare) or _is_meeting(bare, ctx):
                continue
            for a, b, _head, _vs, _ve in parse.subjects:
                # "Chile, backed by Peru, argued": a State's aside is no longer subject; in
                # capitals ("NORWAY, with the EU, …") it is left to the State's own forms
                state = countries.state_named(bare) is not None and not bare.isupper()
                aside = re.match(r",[^,]{1,60},", text[e : b + 1]) if state else None
                if a <= s and e <= b and (b - a) - (e - s) - (aside.end() if aside else 0) <= 12:
                    end = e
                    acr = re.match(r"\s*\([A-Z][A-Za-z0-9&.\-]{1,15}\)", text[e:])
                    if acr:
                        end += acr.end()
                    name = text[s + len(words) - len(bare) : end]
                    spoken_for = any(bare in k.split() for k in ctx.spoke_for)  # "The Group"
                    full = None if spoken_for else _short_form(text, s, name)
                    who = org_person(full or name, ctx)
                    found.append(Mention(Target(who), a, end, s, end))
                    break
    return found


# A meeting role written before a name, as a title: "Chair Kalinda Mwansa", "Moderator Ana Ruiz".
ROLE_NAME_RE = re.compile(rf"(?P<role>{MEETING_ROLE_RE.pattern})\s+(?P<name>{NAME_CORE})")


def _role_named(text: str, m: re.Match, ctx: Context) -> Mention | None:
    """ "Chair Kalinda Mwansa (Zambia) opened …": a person holding that meeting role."""
    name = m.group("name")
    if len(name.split()) < 2 or not personal_name(name):
        return None
    mm = re.compile(rf"(?P<hon>)(?P<name>{re.escape(name)})").match(text, m.start("name"))
    if mm is None:
        return None
    hit = mention_at(text, mm, ctx)
    if hit.person is None:
        return None
    role = m.group("role")
    if role not in hit.person.roles:
        hit.person.roles.append(role)
    ctx.hold(role, hit.person)
    hit.start = m.start()
    return hit


def _short_form(text: str, at: int, word: str) -> str | None:
    """ "The Network is asking …": the body named in full before `at` whose name ends in that
    one word ("the Cross-Border Defence Network"), when the word is a kind of body."""
    if " " in word or not body_kind(word):
        return None
    named = re.findall(
        rf"(?<![\w’'\-])((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|on|the|in)\s+)*){{1,6}}{word})\b",
        text[:at],
    )
    named = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in named]
    named = [n for n in named if n != word]
    return named[-1] if named else None


def _one_name_person(text: str, s: int, e: int, quotes: list, parse: nlp.Parse) -> str | None:
    """'she' or 'he' when one capitalised word that spaCy calls an organisation is a person:
    the subject of a reporting verb, with no body's word or acronym, and the same clause
    goes on with "she" or "he"."""
    word = text[s:e]
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+", word) or body_kind(word):
        return None
    if countries.state_named(word):
        return None
    if not any(a == s and b == e for a, b, *_ in parse.subjects):
        return None
    after = re.match(r"\s+(?:says|said)\s*,\s+(she|he)\b", text[e : e + 30])
    return after.group(1) if after and outside(quotes, e, e + after.end()) else None


def _titled_elsewhere(words: str, ctx: Context) -> bool:
    """The document names these words with an honorific somewhere ("Ms. Quintana Robles")."""
    if not re.fullmatch(NAME_CORE, words) or len(words.split()) < 2:
        return False
    toks = words.split()
    return any(contains_tokens(toks, n.split()) for n in ctx.titled)


def _is_meeting(name: str, ctx: Context) -> bool:
    """The meeting's own body ('the Working Group adopted') speaks through its record."""
    words = {w.lower() for w in re.findall(r"\w+", name) if len(w) > 3}
    return bool(words) and words <= ctx.meeting_words


def register_chaired_by(text: str, ctx: Context) -> None:
    """'chaired by X (Chile)', 'chaired by X of Belgium': who holds a role of this meeting."""
    for m in CHAIRED_BY_RE.finditer(text):
        if is_role_only(m.group("name")):
            continue
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        person = Person(name=m.group("name"), honorific=hon, gender=gender_of(hon))
        role = {"chaired": "Chair", "presided over": "Chair", "moderated": "Moderator",
                "facilitated": "Facilitator"}[m.group("verb")]  # fmt: skip
        person.roles.append(role)
        of = re.match(r"[ \t]+of[ \t]+", text[m.end() :])
        span = org_run(text, m.end() + of.end()) if of and not m.group("org") else None
        org = m.group("org") or (text[span[0] : span[1]] if span else None)
        unit = UNIT_OF_RE.fullmatch(org) if org else None
        org = unit.group(1) if unit else org  # "of the OFT Port Crime Unit": OFT
        if org and not _is_meeting(org, ctx):  # "chaired by X of the Working Group": no employer
            person.affiliation, person.acronym = split_org(org)
        known = ctx.registry.add(person)
        ctx.hold(role, known)


CONVENED_RE = re.compile(r"\b(?:was|were|is|are)\s+(?:jointly\s+)?(?:convened|serviced)\s+by\s+")


def _represented_secretariat(ctx: Context) -> bool:
    """The record names a representative of the Secretariat: that person's body is it."""
    return bool(re.search(r"(?i)\brepresentatives?\s+of\s+the\s+Secretariat\b", ctx.text))


# "Hosts A and B talk to …", "Co-chairs A and B opened …": one role, two people.
ROLE_PAIR_RE = re.compile(
    rf"\b(?P<role>{ROLE_WORDS})s\s+(?P<a>{NAME_CORE})\s+and\s+(?P<b>{NAME_CORE})"
)


def register_roles(text: str, ctx: Context) -> None:
    """'chaired by X (Chile)', 'the Chair, Ms. X': who holds a role in this document's meeting;
    'Hosts A and B': a role each of them has."""
    register_chaired_by(text, ctx)
    for m in ROLE_PAIR_RE.finditer(text):
        for name in (m.group("a"), m.group("b")):
            if len(name.split()) >= 2 and personal_name(name):
                ctx.registry.add(Person(name=name, roles=[role_case(m.group("role"))]))
    convened = CONVENED_RE.search(text, 0, 2000)
    if convened and not _represented_secretariat(ctx):
        at = org_run(text, convened.end())
        ctx.convener = text[at[0] : at[1]] if at else None
    for m in HEADING_ROLE_RE.finditer(text):
        hon = clean_honorific(m.group("hon"))
        person = Person(name=m.group("name"), honorific=hon, gender=gender_of(hon))
        person.roles.append(role_case(m.group("role")))
        if m.group("org"):
            person.affiliation, person.acronym = split_org(m.group("org"))
        ctx.hold(m.group("role"), ctx.registry.add(person))
    for m in HEADER_ROLE_LINE_RE.finditer(text, 0, 3000):
        name, parts = m.group("name"), [p.strip() for p in m.group("rest").split(",")[1:]]
        if len(name.split()) < 2 or not personal_name(name):
            continue
        person = Person(name=name, roles=[role_case(m.group("role")), *parts[:-1]])
        person.affiliation, person.acronym = split_org(parts[-1])
        ctx.hold(m.group("role"), ctx.registry.add(person))
    for m in [*APPOSITIVE_ROLE_RE.finditer(text), *_elected(text), *WAS_ELECTED_RE.finditer(text),
              *SERVED_AS_RE.finditer(text)]:  # fmt: skip
        name = m.group("name")
        if not m.group("hon").strip() and (len(name.split()) < 2 or not personal_name(name)):
            continue  # "the Chair, Working Group on X": no person
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        person = Person(name=name, honorific=hon, gender=gender_of(hon))
        person.roles.append(role_case(m.group("role")))
        org = m.group("org") or (m.groupdict().get("of"))
        if org and not _is_meeting(org, ctx):
            person.affiliation, person.acronym = split_org(org)
        ctx.hold(m.group("role"), ctx.registry.add(person))


def _elected(text: str) -> list[re.Match]:
    """'elected X (Chile) as Chair and Y (Peru) as Rapporteur': each officer elected."""
    found = []
    for m in re.finditer(r"\belected\b", text):
        hit = ELECTED_RE.match(text, m.start())
        while hit is not None:
            found.append(hit)
            hit = ELECTED_RE.match(text, hit.end())
            if hit is not None and hit.group().lstrip(", ").startswith("elected"):
                break
    return found


def _body_words(name: str) -> bool:
    """A word of the name is a kind of body ("Harbour Trust", "Justice Network")."""
    return any(body_kind(w) for w in name.split())


def personal_name(name: str) -> bool:
    """Words that can be a person's name: not job titles, not a body, not a State."""
    return not (is_role_only(name) or body_kind(name) or nlp.is_state(name) or _any_role(name))


def _any_role(name: str) -> bool:
    return any(ROLE_RE.fullmatch(w) for w in name.split())


def attribute_prose(
    doc_id: str, text: str, spans: list[sentences.Span], ctx: Context, heading: set[int]
) -> list[Unit]:
    """Units of reported-speech prose; `heading` holds the starts of title/heading spans."""
    wanted = [i for i, s in enumerate(spans) if s.start not in heading and _may_report(text, s)]
    parses = nlp.parse(
        text, [(spans[i].start, spans[i].end) for i in wanted], [spans[i].quotes for i in wanted]
    )
    parsed = dict(zip(wanted, parses, strict=True))
    for p in parsed.values():
        ctx.gpes.update(text[s:e] for s, e, label in p.ents if label == "GPE")
    register_roles(text, ctx)
    register_listing(text, ctx)
    organiser = ORGANISER_LINE_RE.search(text) or WE_AT_RE.search(text)
    at = org_run(text, organiser.end()) if organiser else None
    if at is not None:
        ctx.voice = org_person(text[at[0] : at[1]], ctx)
    if ctx.narrator_role and ctx.narrator is None:
        ctx.narrator = ctx.holder(ctx.narrator_role)
    units: list[Unit] = []
    recent: list[Recent] = []  # who was last named or last spoke, most recent last
    costume = {a for a, b in sentences.paragraphs(text) if CHAT_LABEL.match(text, a, b)}
    for i, span in enumerate(spans):
        parse = parsed.get(i)
        u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
        units.append(u)
        line = text.rfind("\n", 0, span.start) + 1
        if span.start in heading or line in costume:
            continue  # a heading, or a "USER: … ASSISTANT: …" line aimed at a chatbot
        _attribute_sentence(u, span, parse, ctx, recent, units)
        if (who := _capitals_subject(text, span, ctx)) is not None and who.name != u.speaker:
            u.speaker, u.kind, u.frame_speaker = who.name, "paraphrase", who.name
            _push(recent, Target(who), True)
        _takes_chair(text, span, ctx)
        if ctx.record and len(units) >= 2 and units[-1] is u:
            _goes_on(units[-2], u, span, ctx)
    _signed_quotes(text, units, ctx)
    _nested_quotes(text, units, ctx)
    _listed_words(text, units, ctx)
    return units


# Words a speaker repeats from another inside their own quotation: “As the representative of
# X put it, ‘…’ That sentence …”, “In the words of Ms. Y, ‘…’”.
NESTED_RE = re.compile(
    rf"\b(?:(?:[Aa]s|[Ll]ike)\s+(?P<who>[^,;:‘’“”\"]{{3,80}}?)\s+(?P<verb>{REPORTING})"
    rf"|[Ii]n\s+the\s+words\s+of\s+(?P<who2>[^,;:‘’“”\"]{{3,80}}?))\s*[,:]\s*[‘']"
    r"(?P<inner>.{8,600}?)(?:(?<=[.!?,;])[’']|[’'](?=\s*(?:[”\"]|$)))",
    re.S,
)


def _nested_quotes(text: str, units: list[Unit], ctx: Context) -> None:
    """A quotation inside a speaker's quotation, credited to someone the record names, is that
    person's, quoted by the speaker; the speaker's own words go on after it."""
    for u in list(units):
        if u.kind != "quote" or not u.speaker or not u.quotes:
            continue
        qs, qe = u.quotes[0]
        m = NESTED_RE.search(text, qs, qe)
        if m is None:
            continue
        who = "who" if m.group("who") else "who2"
        named = _mentions(sentences.Span(m.start(who), m.end(who), []), None, ctx)
        target = next((x for x in named if x.person and x.person.name != u.speaker), None)
        if target is None or target.person is None:
            continue
        end = m.end()
        rest = re.match(r"[\s”\"]*", text[end : u.end])
        after = end + (rest.end() if rest else 0)
        nested = Unit(u.doc_id, u.start, end, text[u.start : end], kind="quote")
        nested.speaker, nested.quoted_by = target.person.name, u.speaker
        nested.frame_speaker, nested.attr = u.speaker, (target.start, target.end)
        nested.quotes = [(m.start("inner"), m.end("inner"))]
        nested.verb = (m.group("verb") or "words").lower()
        at = units.index(u)
        if after < u.end and re.search(r"\w", text[after : u.end]):
            u.start, u.text, u.attr, u.frame = after, text[after : u.end], None, None
            u.quotes = [(after, min(qe, u.end))]
            units.insert(at, nested)
        else:
            units[at] = nested


# A bulletin's delegation in capitals opening a sentence, with those it spoke with or for, and
# its verb: "NORWAY, with the EU, supported …", "The RUSSIAN FEDERATION opposed …".
CAPITALS_SUBJECT_RE = re.compile(
    r"(?:The\s+)?(?P<who>[A-Z][A-Z'’\-]+(?:\s+(?:OF|AND|THE|[A-Z][A-Z'’\-]+))*)"
    r"(?:,\s+(?:with|supported\s+by|speaking\s+(?:for|on\s+behalf\s+of))\s+[^,]{2,80},)?"
    r"\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
)


def _capitals_subject(text: str, span: sentences.Span, ctx: Context) -> Person | None:
    """The State (or, in two words or more, the body) a sentence's capitalised subject names."""
    m = CAPITALS_SUBJECT_RE.match(text, span.start, span.end)
    if m is None or not outside(span.quotes, m.start(), m.end()):
        return None
    words = m.group("who").split()
    proper = (
        " ".join(w if w in ("OF", "AND", "THE") else w.capitalize() for w in words)
        .replace(" OF ", " of ")
        .replace(" AND ", " and ")
        .replace(" THE ", " the ")
    )
    if countries.state_named(proper) is None and len(words) < 2:
        return None
    return org_person(proper, ctx)


TAKES_CHAIR_RE = re.compile(
    r"\b(?:took|takes|assumed|assumes|resumed|resumes|returned to)\s+the\s+"
    r"(?P<role>chair|presidency)\b"
)


def _takes_chair(text: str, span: sentences.Span, ctx: Context) -> None:
    """'The Vice-Chair, Ms. X, took the chair': from here "the Chair" is Ms. X, until the
    Chair resumes it."""
    m = TAKES_CHAIR_RE.search(text, span.start, span.end)
    if m is None or not outside(span.quotes, m.start(), m.end()):
        return
    names = list(HON_NAME_RE.finditer(text, span.start, m.start()))
    person = None
    if names:
        name = names[-1].group("name")
        person = ctx.registry.people.get(name) or ctx.registry.by_partial(name)
    if person is None:
        role = ROLE_MENTION_RE.search(text, span.start, m.start())
        person = ctx.holder(role.group("role")) if role else None
    if person is not None:
        ctx.take("chair" if m.group("role") == "chair" else "president", person)


ITEM_MARKER_RE = re.compile(r"[ \t]*(?:[-*•◦▪–]|\(?[a-zA-Z0-9]{1,3}[.)])[ \t]+$")


# "… took note of the following recommendations, prepared by the Chair …": who drew them up.
AUTHORED_LIST_RE = re.compile(
    r"\bthe\s+following\s+[\w\s,-]{0,60}?\b(?:prepared|drawn\s+up|compiled|formulated|"
    r"proposed|submitted|put\s+forward)\s+by\s+(?:the\s+|its\s+)?(?P<who>[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})"
)


def _list_author(text: str, start: int, end: int, ctx: Context) -> str | None:
    """The one a paragraph says drew up the list it introduces: a role's holder or a name."""
    m = AUTHORED_LIST_RE.search(text, start, end)
    if m is None:
        return None
    who = m.group("who")
    person = ctx.holder(who) or ctx.registry.people.get(who) or ctx.registry.by_partial(who)
    return person.name if person is not None else None


# A sentence that announces a list: "… put forward the following recommendations."
FOLLOWING_RE = re.compile(r"\bthe\s+following\s+\w+|\bas\s+follows\b")


def _listed_words(text: str, units: list[Unit], ctx: Context) -> None:
    """'The Chair drew the following conclusions:' and the list under it: each item is the
    speaker's, as the sentence that introduces it says, or as its paragraph says ("the
    following recommendations, prepared by the Chair … States parties:"); a lead-in that ends
    with a full stop ("… put forward the following recommendations.") holds until its list."""
    lead: str | None = None
    held: str | None = None  # "X put forward the following recommendations. …" before its list
    for i, u in enumerate(units):
        line = text.rfind("\n", 0, u.start) + 1
        item = line < u.start and bool(ITEM_MARKER_RE.fullmatch(text, line, u.start))
        same_line = i > 0 and "\n" not in text[units[i - 1].end : u.start]
        if held is not None and item:
            lead, held = held, None
        if lead is not None and (item or same_line) and not u.speaker and not u.quotes:
            u.speaker, u.kind = lead, "paraphrase"
            continue
        lead = None
        if held is not None and "\n\n" in text[units[i - 1].end : u.start]:
            held = None  # the paragraph ended and no list began
        if u.speaker and u.kind != "narrative" and FOLLOWING_RE.search(u.text):
            held = None if u.text.rstrip().endswith(":") else u.speaker
        if u.text.rstrip().endswith(":"):
            lead = u.speaker if u.speaker and u.kind != "narrative" else None
            if lead is None and not u.speaker:
                para = text.rfind("\n\n", 0, u.start) + 1
                lead = _list_author(text, para, u.end, ctx)


# A line that only names a person: "Dr. Ana Ruiz", "Ana Ruiz, Director, Orchard Office, Lima".
NAME_LINE_RE = re.compile(
    rf"[—–\-]*[ \t]*(?P<hon>(?:{HON}[ \t]+)*)(?P<name>{NAME_CORE})(?P<rest>(?:,[ \t]*[^,\n]+)*)"
)
QUOTE_OPEN, QUOTE_CLOSE = '“"', '”"'


def _name_line(text: str, a: int, b: int) -> tuple[Person, bool] | None:
    """The person a line names (with a job title and a body after commas), and whether it
    also names their job; None when the line is a sentence or names no person."""
    line = text[a:b].strip()
    m = NAME_LINE_RE.fullmatch(line)
    if not m or re.search(r"[.!?:;][\"”’']?$", line) or BY_RE.match(line):  # a byline: the writer
        return None
    name, rest = m.group("name"), m.group("rest")
    if len(name.split()) < 2 or not personal_name(name) or len(line.split()) > 30:
        return None
    hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
    person = Person(name=name, honorific=hon, gender=gender_of(hon))
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if len(parts) >= 2 and _place_after_body(parts[-2], parts[-1]):
        parts = parts[:-1]  # "…, Orchard Institute, Lima": a city, not the body
    if len(parts) == 1 and (ROLE_RE.match(parts[0]) or not parts[0].split()[-1][:1].isupper()):
        person.roles.append(parts[0])  # "Ana Ruiz, Director", "…, Digest editor": a title alone
    elif parts:  # "Title, Unit, Body": the last is the body they are from
        person.roles.extend(parts[:-1])
        person.affiliation, person.acronym = split_org(parts[-1])
    return person, bool(parts)


def _place_after_body(body: str, last: str) -> bool:
    """'Institute for X, Accra': one word after a body's name is its city (a State or an
    acronym is the body itself)."""
    if countries.state_named(last) or last.isupper() or len(last.split()) != 1:
        return False
    return bool(body_kind(body)) or nlp.is_state(last)


# The page's writers naming their own body: "We at X welcome …".
WE_AT_RE = re.compile(r"\b[Ww]e\s+at\s+(?:the\s+)?(?=[A-Z])")
# A page's own line naming who puts on the event: "Organized by: X, with the support of Y".
ORGANISER_LINE_RE = re.compile(r"(?im)^[ \t]*(?:organi[sz]ed|hosted|convened)[ \t]+by:[ \t]*")


def register_listing(text: str, ctx: Context) -> None:
    """A list of people under a heading ("Panellists", "Moderator"): 'Name, Title, Body' lines
    say who they are; the heading, when it is a role, is theirs."""
    heading_role = None
    for a, b in sentences.paragraphs(text):
        line = text[a:b].strip()
        if ROLE_RE.fullmatch(line.rstrip("s")) or re.fullmatch(r"(?i)panel(?:l)?ists?", line):
            heading_role = role_case(re.sub(r"s$", "", line))
            continue
        found = _name_line(text, a, b)
        if found is None or not found[1]:
            heading_role = None if found is None else heading_role
            continue
        person = found[0]
        if heading_role:
            person.roles.insert(0, heading_role)
        known = ctx.registry.add(person)
        if heading_role:
            ctx.hold(heading_role, known)


# A sign-off line under a note: "-- Name, Digest editor", "— Name".
SIGN_OFF_RE = re.compile(r"\s*(?:--|[—–])\s*(?=[A-Z])")


def _signed_note(text: str, a: int, b: int, c: int, d: int, units: list[Unit], ctx) -> None:
    """A paragraph in the first person with a sign-off line under it: the signer's words."""
    if not SIGN_OFF_RE.match(text, c) or not FIRST_PERSON_WORD_RE.search(text, a, b):
        return
    found = _name_line(text, c, d)
    if found is None:
        return
    person = ctx.registry.add(found[0])
    for u in units:
        if a <= u.start and u.end <= b and not u.speaker:
            u.speaker, u.kind, u.frame_speaker = person.name, "quote", person.name
            u.quotes = [(u.start, u.end)]


FIRST_PERSON_WORD_RE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")


def _signed_quotes(text: str, units: list[Unit], ctx: Context) -> None:
    """A paragraph that is all one quotation, with a line naming a person right after it
    (a blockquote and its attribution): the quotation is that person's. A paragraph in the
    first person signed off below ("— Name, editor") is the signer's own."""
    paras = sentences.paragraphs(text)
    for (a, b), (c, d) in itertools.pairwise(paras):
        quote = text[a:b].strip()
        if quote[:1] not in QUOTE_OPEN or quote.rstrip(".")[-1:] not in QUOTE_CLOSE:
            _signed_note(text, a, b, c, d, units, ctx)
            continue
        if any(ch in quote[1:-1] for ch in QUOTE_CLOSE if ch != '"'):
            continue  # two quotations, not one
        found = _name_line(text, c, d)
        if found is None:
            continue
        person = ctx.registry.add(found[0])
        qs = text.index(quote[0], a) + 1
        qe = text.rindex(quote.rstrip(".")[-1], a, b)
        for u in units:
            if qs - 1 <= u.start and u.end <= qe + 1 and not u.speaker:
                u.speaker, u.kind = person.name, "quote"
                u.quotes = [(max(u.start, qs), min(u.end, qe))]


# The subject of a clause that is many people: "Several speakers", "Many delegations".
MANY_RE = re.compile(
    r"(?i)\b(?:several|many|some|other|most|all|a number of|numerous|various|few)\s+"
    r"(?:[a-z]+\s+)?(?:speakers|participants|delegations|delegates|experts|panellists|"
    r"panelists|states|members|representatives|countries)\b"
)


MEETING_SUBJECT_RE = re.compile(
    r"(?i)\W*(?:the|this)\s+(?:meeting|session|dialogue|consultation|workshop|conference|"
    r"discussion|debate|panel|event)\b"
)


def _goes_on(before: Unit, u: Unit, span: sentences.Span, ctx: Context) -> None:
    """A record's sentence with no speaker of its own, in the same paragraph as a speaker's
    reported words, goes on with them: summary records report a whole turn that way."""
    text = ctx.text
    if u.speaker or u.role or before.kind != "paraphrase" or not before.speaker:
        return
    speech = any(is_speech(text, *q) for q in span.quotes if q[1] > q[0])  # not "a "two-key" …"
    if "\n" in text[before.end : u.start] or speech or MANY_RE.search(u.text):
        return
    if COLLECTIVE_RE.match(u.text) or any(n != before.speaker for n in u.mentions):
        return
    if MEETING_SUBJECT_RE.match(u.text):
        return  # "The meeting rose at 1 p.m.": the record's own narrative
    if _own_words(span, ctx) or _first_person(span, None, ctx):
        return  # "We think this number …": the writer's own voice; reports are third person
    u.speaker, u.kind = before.speaker, "paraphrase"


def _may_report(text: str, span: sentences.Span) -> bool:
    """Only a sentence with a reporting verb, a quote or a speaker's title needs parsing."""
    return bool(
        verb_near(text, span.start, span.end, span.quotes)
        or nlp.reporting_word_re().search(text, span.start, span.end)
        or any(is_speech(text, *q) for q in span.quotes if q[1] > q[0])
        or REPRESENTATIVE_RE.search(text, span.start, span.end)
        or ONE_FROM_RE.search(text, span.start, span.end)
        or ROLE_MENTION_RE.search(text, span.start, span.end)
        or national_role_re().search(text, span.start, span.end)
        or NAME_WHO_RE.search(text, span.start, span.end)
    )


# "Ana Ruiz, who heads the port office, …", "Ana Ruiz, a judge …", "Ana Ruiz, head of the
# port office, …": a person introduced by a relative clause or an appositive description.
APPOSITION = r",\s+(?:who\b|an?\s|the\s|[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}\s+(?:of|at|in|for)\s)"
NAME_WHO_RE = re.compile(rf"{NAME_CORE}{APPOSITION}")


def _mentions(span: sentences.Span, parse: nlp.Parse | None, ctx: Context) -> list[Mention]:
    text, lo, hi, quotes = ctx.text, span.start, span.end, span.quotes
    found: list[Mention] = []
    for m in REPRESENTATIVE_RE.finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()):
            hit = _representative(text, m, lo, hi, ctx)
            if hit:
                found.append(hit)
    for m in ONE_FROM_RE.finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()):
            hit = _one_from(text, m, hi, ctx)
            if hit:
                found.append(hit)
    taken = [(x.start, x.end) for x in found]
    for m in HON_NAME_RE.finditer(text, lo, hi):
        inside = any(a <= m.start() < b for a, b in taken)
        if not inside and outside(quotes, m.start(), m.end()) and not is_role_only(m.group("name")):
            found.append(mention_at(text, m, ctx))
    taken = [(x.start, x.end) for x in found]
    for m in ROLE_NAME_RE.finditer(text, lo, hi):
        inside = any(not (m.end() <= a or m.start() >= b) for a, b in taken)
        if not inside and outside(quotes, m.start(), m.end()):
            hit = _role_named(text, m, ctx)
            if hit:
                found.append(hit)
    taken = [(x.start, x.end) for x in found]
    for m in TITLE_FIRST_RE.finditer(text, lo, hi):
        inside = any(not (m.end() <= a or m.start() >= b) for a, b in taken)
        if not inside and outside(quotes, m.start(), m.end()):
            hit = _title_first(m, ctx)
            if hit:
                found.append(hit)
    taken = [(x.start, x.end) for x in found]
    for m in national_role_re().finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()) and not any(a <= m.start() < b for a, b in taken):
            state = _state_of(m.group("norp"), ctx) if m.group("norp") else m.group("state")
            if state is None or (m.group("state") and not countries.state_named(state)):
                continue
            role = m.group("role").lower()
            delegation = org_person(state, ctx)
            target = (
                Target(delegation)
                if role in DELEGATION_NOUNS
                else Target(delegation, role=role.capitalize(), role_org=state)
            )
            found.append(Mention(target, m.start(), m.end(), m.start(), m.end(), True))
    taken = [(x.start, x.end) for x in found]
    for m in ROLE_MENTION_RE.finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()) and not any(a <= m.start() < b for a, b in taken):
            found.append(_role_mention(text, m, hi, ctx))
    taken = [(x.start, x.end) for x in found]
    for m in TITLE_MENTION_RE.finditer(text, lo, hi):
        if outside(quotes, m.start(), m.end()) and not any(a <= m.start() < b for a, b in taken):
            holder = _title_holder(m.group("role"), ctx)
            if holder is not None:
                found.append(Mention(Target(holder), m.start(), m.end(), m.start("role"), m.end()))
    covered = [(x.name_start, x.name_end) for x in found] + [(x.start, x.end) for x in found]
    for km in _known(text, lo, hi, ctx):
        if outside(quotes, km.start, km.end) and not any(
            not (km.end <= s or km.start >= e) for s, e in covered
        ):
            found.append(km)
            covered.append((km.start, km.end))
    if parse is not None:
        found += _named_subjects(text, parse, quotes, covered, ctx)
        covered += [(x.start, x.end) for x in found]
        found += _entity_mentions(text, parse, quotes, covered, ctx)
    return sorted(found, key=lambda x: x.start)


# A title before the name, no honorific: "Chile's Minister of Ports, Ana Ruiz Soto, who …"
TITLE_FIRST_RE = re.compile(
    r"(?:(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})['’]s\s+)?"
    rf"(?P<role>(?:{ROLE_WORDS})(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w\-]*"
    r"(?:\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w\-]*)*)?),\s+"
    rf"(?P<name>{NAME_CORE})(?=,)"
)


def _title_first(m: re.Match, ctx: Context) -> Mention | None:
    name, role, owner = m.group("name"), m.group("role"), m.group("owner")
    if len(name.split()) < 2 or not personal_name(name) or ROLE_RE.match(name):
        return None
    if owner and not countries.state_named(owner):
        return None  # "Orchard's Director": not a State's office
    affiliation = owner or (found.org if (found := employer_in_role(role)) else None)
    person = Person(name=name, affiliation=affiliation, roles=[role])
    known = ctx.registry.add(person)
    ctx.hold(role, known)
    return Mention(Target(known), m.start(), m.end(), m.start("name"), m.end("name"))


BARE_NAME_RE = re.compile(rf"(?P<hon>)(?P<name>{NAME_CORE})")


def _named_subjects(
    text: str, parse: nlp.Parse, quotes: list, taken: list, ctx: Context
) -> list[Mention]:
    """A reporting verb's subject that opens with a personal name and a job title, with no
    honorific ("Ana Ruiz Soto, Director of Ports of Chile, said"): that person."""
    found: list[Mention] = []
    for a, b, head, _vs, _ve in parse.subjects:
        if not outside(quotes, a, b) or any(not (b <= x or a >= y) for x, y in taken):
            continue
        owner = POSSESSIVE_OWNER_RE.match(text, a, b)
        body = text[owner.end() : b] if owner else ""
        if owner and countries.state_named(owner.group("org")) and body_kind(body.split()[0]):
            # "Chile's Ministry of Ports said": that ministry, of that State
            name = f"{body} ({owner.group('org')})"
            who = ctx.registry.add(Person(name=name, affiliation=name, kind="organisation"))
            found.append(Mention(Target(who), a, b, owner.end(), b))
            continue
        m = BARE_NAME_RE.match(text, a)
        if not m:
            continue
        name = m.group("name")
        if len(name.split()) < 2 or not personal_name(name) or not m.start() <= head < m.end():
            continue
        of_body = re.match(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z]", text[m.end() : b])
        if role_phrase(text, m.end(), REPORTING) is None and not (
            of_body and len(name.split()) <= 3 and not _body_words(name)
        ):
            continue  # "Blue Harbour Trust said": no title nor body says it is a person
        found.append(mention_at(text, m, ctx))
    return found


def _attribute_sentence(
    u: Unit,
    span: sentences.Span,
    parse: nlp.Parse | None,
    ctx: Context,
    recent: list[Recent],
    units: list[Unit],
) -> None:
    text = ctx.text
    speech = [
        q for q in span.quotes if q[1] > q[0] and is_speech(text, *q) and not is_title(text, *q)
    ]
    mentions = _mentions(span, parse, ctx)
    u.mentions = list(dict.fromkeys(m.person.name for m in mentions if m.person))
    if not span.quotes and _met_only(text, span):
        for m in mentions:  # "X spoke to her after the session": they met; nothing is reported
            _push(recent, m.target, _acts(text, span, m))
        return
    verb_m = verb_near(text, span.start, span.end, span.quotes)
    # Quoted words are speech only in a reporting frame (a reporting verb, a colon before
    # them), or where they go on with the quote of the speaker just before.
    framed = bool(
        verb_m or (parse and parse.subjects) or any(colon_before(text, q[0]) for q in speech)
    )
    unframed, speech = ([], speech) if framed else (speech, [])
    chosen: Mention | None = None
    target: Target | None = None
    verb_span: tuple[int, int] | None = None
    collective = False
    subjects = [
        s for s in sorted(parse.subjects if parse else [], key=lambda s: s[3])
        if outside(span.quotes, s[3], s[4]) and outside(span.quotes, s[2], s[2] + 1)
        and span.start <= s[0] and s[1] <= span.end
    ]  # fmt: skip
    for a, b, head, vs, ve in subjects:  # the first clause whose subject is a speaker
        hit = next((m for m in mentions if m.start <= head < m.end), None)
        hit = hit or next((m for m in mentions if a <= m.name_start and m.name_end <= b), None)
        subject = text[a:b]
        if (delegation := _spoken_for(subject, hit, span.start, ctx)) is not None:
            target, verb_span = Target(delegation), (min(a, vs), max(b, ve))
            break
        if hit is not None:
            chosen, target, verb_span = hit, hit.target, (vs, ve)
            break
        if re.fullmatch(r"(?i)she|he|it", subject) and not collective:
            target = _named_here(mentions, a, subject.lower()) or _antecedent(
                recent, subject.lower(), ctx.narrator
            )
            if target is None and subject.lower() == "it":
                continue  # "it" with no body speaking just before: not a speaker
            verb_span = (min(a, vs), max(b, ve))
            break
        if UNNAMED_SPEAKER_RE.match(subject):
            target, verb_span = Target(), (min(a, vs), max(b, ve))
            break  # "A delegate from X, who asked not to be named, told us": someone unnamed
        if COLLECTIVE_RE.match(subject) or re.search(
            r"\b(?:speakers|participants|delegations)\b", subject
        ):
            collective = (
                True  # "Several speakers noted …": nobody's, unless a later clause names one
            )
    if target is not None and verb_span is not None:
        _cut_collective_tail(u, span, subjects, verb_span[1], parse, ctx, recent, units)
        envoy = _represented_by(text, span.start, verb_span[0], target, ctx)
        if envoy is not None:  # "Italy, represented by Ms. X, announced …": X, for Italy
            chosen, target = None, Target(envoy)
    if (
        target is None
        and not collective
        and ctx.narrator is not None
        and _first_person(span, parse, ctx)
    ):
        _narrated(u, span, ctx.narrator)  # "I noted that …", "In my view, …": the narrator's
        return
    if target is None and not collective and ctx.voice is not None and _own_words(span, ctx):
        _narrated(u, span, ctx.voice)  # "We asked the panellists …": the page's organiser
        return
    behalf = _on_behalf(span, ctx) if not collective else None
    speaking = target.person if target is not None else None
    group = behalf.person if behalf is not None else None
    if speaking and group and speaking.kind == "delegation" and group.kind != "delegation":
        ctx.spoke_for[group.name] = (speaking, span.end)  # a State speaks for its group
    alone = speaking and speaking.kind == "person" and not speaking.affiliation
    named = group and group.kind == "organisation" and _proper_body(group.name)
    if alone and named:  # "Ms. X, speaking on behalf of the Y Network, said …"
        speaking.affiliation, speaking.acronym = split_org(group.name)
    unnamed = target is not None and target.person is None and not target.role
    if behalf is not None and (
        target is None
        or unnamed
        or (target.person is not None and target.person.kind == "organisation")
    ):  # "Speaking for the X, the delegate said …": X, unless a person or a State speaks
        chosen, target = behalf, behalf.target
        verb_span = verb_span or (behalf.start, behalf.end)
        mentions = [m for m in mentions if m.start >= behalf.end or m.end <= behalf.start]
        mentions.append(behalf)
    turn = _next_clause_speaker(text, span, mentions, chosen) if not speech else None
    if turn is not None:  # "Several speakers noted …, and the delegation of X asked …"
        end = _rstrip(text, span.start, turn[0])
        head = sentences.Span(span.start, end, [q for q in span.quotes if q[1] <= end])
        rest = sentences.Span(turn[1], span.end, [q for q in span.quotes if q[0] >= turn[1]])
        u.end, u.text = end, text[span.start : end]
        _attribute_sentence(u, head, parse, ctx, recent, units)
        tail = Unit(u.doc_id, rest.start, rest.end, text[rest.start : rest.end])
        units.append(tail)
        _attribute_sentence(tail, rest, parse, ctx, recent, units)
        return
    second = _second_speaker(subjects, mentions, chosen, verb_span)
    if second is not None and not speech:
        cut = _clause_break(text, verb_span[1] if verb_span else span.start, second.start)
        if cut is not None:  # "X proposed …, while Y warned …": each clause is its speaker's
            end = _rstrip(text, span.start, cut[0])
            head = sentences.Span(span.start, end, [q for q in span.quotes if q[1] <= end])
            rest = sentences.Span(cut[1], span.end, [q for q in span.quotes if q[0] >= cut[1]])
            u.end, u.text = end, text[span.start : end]
            _attribute_sentence(u, head, parse, ctx, recent, units)
            tail = Unit(u.doc_id, rest.start, rest.end, text[rest.start : rest.end])
            units.append(tail)
            _attribute_sentence(tail, rest, parse, ctx, recent, units)
            return
    if collective and chosen is not None:
        cut = _clause_break(text, span.start, chosen.start)
        if cut is not None:  # "Several delegations …, and the Office presented …": two units
            _split_off(u, span, cut, parse, ctx, recent, units)
            return
        chosen = target = None  # the speaker is part of what the collective said
    titled = (
        _titled_subject(text, mentions, verb_m) or _opening_subject(text, span, mentions)
        if not subjects
        else None
    )
    if parse is not None and not parse.subjects and not speech and titled is None:
        verb_m = None  # the parse finds no reporting verb: "co-wrote a handbook" reports nothing
    if target is None and not collective:
        speaking = [m for m in mentions if m.speaks and m.start - span.start <= 12]
        if titled is not None:
            chosen, target = titled, titled.target
        elif mentions and (verb_m or speech) and not (subjects and not speech):
            chosen = _closest_to_verb(mentions, verb_m)
            target = chosen.target
        elif speaking:
            chosen = speaking[0]
            target = chosen.target
        elif (lead := _list_lead(text, span, mentions)) is not None and not speech:
            chosen, target = lead, lead.target  # "…, the Chair drew the following …:"
        elif verb_m or speech or unframed:
            pm = next(
                (
                    m
                    for m in SUBJECT_PRONOUN_RE.finditer(text, span.start, span.end)
                    if outside(span.quotes, m.start(), m.end())
                ),
                None,
            )
            if pm is not None:
                target = _antecedent(
                    recent, (pm.group("p1") or pm.group("p2")).lower(), ctx.narrator
                )
                verb_span = (pm.start(), pm.end())
            elif speech and not verb_m and len(units) >= 2 and _labelled_quote(text, span, speech):
                # "Ms. X has been elected Chair. First instruction to the room: “…”"
                if "\n" not in text[units[-2].start : span.start]:
                    target = _subject_before(units[-2], recent, ctx)
            elif unframed and recent and len(units) >= 2 and units[-2].speaker:
                # A bare quote right after the same speaker's words: the same speaker goes on.
                last = next((t for t, subject in reversed(recent) if subject), recent[-1][0])
                same_para = "\n" not in text[units[-2].end : span.start]
                if same_para and last.person and units[-2].speaker == last.person.name:
                    target, speech = last, unframed
    own_view = POSSESSIVE_FRAME_RE.match(text, span.start, span.end)
    if target is None and not collective and own_view is not None:
        # "In his words: “…”", "In her view, …": the one just reported goes on
        pronoun = (own_view.group("p") or own_view.group("q")).lower()
        target = _antecedent(recent, "she" if pronoun == "her" else "he", ctx.narrator)
        if target is not None:
            verb_span = (own_view.start(), own_view.end())
            speech = speech or unframed
    if target is None:
        for m in mentions:
            _push(recent, m.target, _acts(text, span, m))
        if not mentions and _someone_unnamed(text, span, subjects):
            _push(recent, Target(), True)  # "The representative of X presented …. She …": she
        return  # is that unnamed one, not someone named before
    if chosen is not None:
        attr = (chosen.start, chosen.end)
        if verb_span is None and verb_m is not None:
            verb_span = (verb_m.start(), verb_m.end())
    else:
        attr = verb_span
    u.attr = attr
    if attr and verb_span:
        gap = text[min(attr[1], verb_span[1]) : max(attr[0], verb_span[0])]
        if len(gap) <= 30 and '"' not in gap and "“" not in gap and "”" not in gap:
            u.frame = (min(attr[0], verb_span[0]), max(attr[1], verb_span[1]))
    u.verb = (
        text[verb_span[0] : verb_span[1]].lower()
        if verb_span
        else (verb_m.group().lower() if verb_m else None)
    )
    kind = "quote" if speech else "paraphrase"
    u.quotes = [trim_quote(text, *q) for q in speech]
    person = target.person
    if target.role and (person is None or person.kind != "person"):
        u.role, u.role_org, u.role_kind = target.role, target.role_org, kind
    if person is not None:
        u.speaker, u.kind = person.name, kind
    else:
        u.kind = "narrative"
    for m in mentions:
        if m.target.person is not target.person:
            _push(recent, m.target, False)
    _push(recent, target, True)


# A sentence that introduces the list below it: "… drew the following recommendations …:".
LIST_LEAD_RE = re.compile(r"\b(?:the\s+following\b|as\s+follows\b)[^.;]*:\s*$", re.I)


def _list_lead(text: str, span: sentences.Span, mentions: list[Mention]) -> Mention | None:
    """The one named just before "the following …:" in a sentence that introduces a list:
    whoever draws up the list speaks its items."""
    m = LIST_LEAD_RE.search(text, span.start, span.end)
    before = [x for x in mentions if m and x.end <= m.start() and m.start() - x.end <= 40]
    return before[-1] if before else None


def _subject_before(before: Unit, recent: list[Recent], ctx: Context) -> Target | None:
    """The person the sentence before is about: the one personal name of two words or more
    it holds, else its speaker when a person."""
    names = {
        m.group() for m in re.finditer(NAME_CORE, before.text)
        if len(m.group().split()) >= 2 and personal_name(m.group())
    }  # fmt: skip
    if len(names) == 1:
        return Target(ctx.registry.add(Person(name=names.pop())))
    if names or not before.speaker:
        return None
    last = next(
        (t for t, _ in reversed(recent) if t.person and t.person.name == before.speaker), None
    )
    return last if last is not None and last.person.kind == "person" else None


def _labelled_quote(text: str, span: sentences.Span, speech: list[tuple[int, int]]) -> bool:
    """A quote after a short lead-in and a colon that names no one ("Her answer: “…”")."""
    first = min(q[0] for q in speech)
    lead = text[span.start : first].rstrip(" \t\"“‘'«")
    if not lead.endswith(":"):
        return False
    words = lead[:-1].split()
    return 0 < len(words) <= 6 and not any(w[:1].isupper() for w in words[1:])


MET_RE = re.compile(
    r"\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(?:him|her|them|us|me|(?:[A-Z][\w’'\-]*\s*)+)"
)
CONTENT_AFTER_RE = re.compile(r"\b(?:about|on|of|that|whether|how|why|what)\b|[:;]")


def _met_only(text: str, span: sentences.Span) -> bool:
    """ "X spoke to her after the closing session": a meeting, with no words reported."""
    m = MET_RE.search(text, span.start, span.end)
    if m is None or len(REPORTING_RE.findall(text, span.start, span.end)) != 1:
        return False
    return CONTENT_AFTER_RE.search(text, m.end(), span.end) is None


POSSESSIVE_FRAME_RE = re.compile(
    r"\W*(?:In|For)\s+(?P<p>his|her|His|Her)\s+(?:own\s+)?(?:words|view|opinion|experience)\b"
    r"|\W*(?:According|Speaking)\s+to\s+(?P<q>him|her)\b"
)
ON_BEHALF_RE = re.compile(r"\b[Ss]peaking\s+(?:for|on\s+behalf\s+of)\s+")


def _proper_body(name: str) -> bool:
    """A body named by a name of its own ("Coastal Families Network", "UNICEF"), not by a
    capitalised common noun ("the Secretariat", "the Bureau")."""
    return len(name.split()) >= 2 or name.isupper()


def _on_behalf(span: sentences.Span, ctx: Context) -> Mention | None:
    """'Speaking for the X, …' / 'Speaking on behalf of the X, …' at the head of a clause."""
    text = ctx.text
    m = ON_BEHALF_RE.search(text, span.start, span.end)
    if m is None or not outside(span.quotes, m.start(), m.end()):
        return None
    if text[span.start : m.start()].strip() and text[: m.start()].rstrip()[-1:] not in ",;":
        return None  # not at the head of a clause
    at = org_run(text, m.end(), span.end)
    if at is None:
        return None
    who = org_person(text[at[0] : at[1]], ctx)
    return Mention(Target(who), m.start(), at[1], at[0], at[1], True)


def _spoken_for(subject: str, hit: Mention | None, at: int, ctx: Context) -> Person | None:
    """The delegation that spoke, earlier in this paragraph, for the group a subject names:
    "The Group" (the head word of that group's name), or the group's own name."""
    near = {g: who for g, (who, end) in ctx.spoke_for.items() if "\n" not in ctx.text[end:at]}
    if hit is not None and hit.person is not None:
        return near.get(hit.person.name)
    m = re.fullmatch(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+([A-Z][\w\-]*)", subject)
    heads = {g.split()[0]: who for g, who in near.items()}
    return heads.get(m.group(1)) if m else None


FIRST_SINGULAR_RE = re.compile(r"\b(?:I|[Mm]y|me)\b")


def _first_person(span: sentences.Span, parse: nlp.Parse | None, ctx: Context) -> bool:
    """The sentence's own words (outside quotation marks) say "I", "my" or "me"."""
    if parse is not None and parse.first_person:
        return True
    text, pos = ctx.text, span.start
    for qs, qe in sorted(span.quotes):
        if FIRST_SINGULAR_RE.search(text, pos, max(pos, qs - 1)):
            return True
        pos = max(pos, qe + 1)
    return bool(FIRST_SINGULAR_RE.search(text, pos, span.end))


FIRST_PLURAL_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _own_words(span: sentences.Span, ctx: Context) -> bool:
    """The sentence's own words (outside quotation marks) say "we" or "our"."""
    text, pos = ctx.text, span.start
    for qs, qe in sorted(span.quotes):
        if FIRST_PLURAL_RE.search(text, pos, max(pos, qs - 1)):
            return True
        pos = max(pos, qe + 1)
    return bool(FIRST_PLURAL_RE.search(text, pos, span.end))


def _narrated(u: Unit, span: sentences.Span, narrator: Person) -> None:
    """The narrator's own written words, as a statement's are its author's."""
    u.speaker, u.kind, u.frame_speaker = narrator.name, "quote", narrator.name
    u.quotes = [(span.start, span.end)]
    u.verb = None


CLAUSE_BREAK_RE = re.compile(r"(?:,\s+(?:and|while|whereas|but)|;)\s+$")


def _next_clause_speaker(
    text: str, span: sentences.Span, mentions: list[Mention], chosen: Mention | None
) -> tuple[int, int] | None:
    """(cut, resume) before a later clause that opens with its own speaker and reporting verb
    ("…, and the representative of X presented …"), when the parse did not join the clauses."""
    for m in mentions:
        if not m.speaks or m.start <= span.start or (chosen is not None and m is chosen):
            continue
        if chosen is not None and m.person is chosen.person:
            continue
        brk = CLAUSE_BREAK_RE.search(text, span.start, m.start)
        if brk is None or not outside(span.quotes, brk.start(), m.start):
            continue
        verb = nlp.reporting_word_re().match(text, m.end + 1, min(span.end, m.end + 40))
        if verb and text[m.end : m.end + 1].isspace():
            return brk.start(), m.start
    return None


def _second_speaker(subjects, mentions, chosen, verb_span) -> Mention | None:
    """Another speaker, subject of a later reporting verb in the same sentence."""
    if chosen is None or verb_span is None:
        return None
    for _a, _b, head, vs, _ve in subjects:
        if vs <= verb_span[0]:
            continue
        hit = next((m for m in mentions if m.start <= head < m.end), None)
        if hit is not None and hit.person is not chosen.person and hit.start > verb_span[1]:
            return hit
    return None


def _cut_collective_tail(
    u: Unit,
    span: sentences.Span,
    subjects: list,
    after: int,
    parse: nlp.Parse | None,
    ctx: Context,
    recent: list[Recent],
    units: list[Unit],
) -> None:
    """ "X announced …, and several delegations said …": the clause of many speakers after
    the speaker's own is no longer theirs; it becomes a unit of its own."""
    text = ctx.text
    later = next((a for a, b, *_ in subjects if a >= after and MANY_RE.match(text, a, b)), None)
    cut = _clause_break(text, span.start, later) if later is not None else None
    if cut is None or cut[0] < after or any(q[1] > cut[0] for q in span.quotes):
        return  # a quotation across or after the break: left whole
    _split_off(u, span, cut, parse, ctx, recent, units)


def _split_off(
    u: Unit,
    span: sentences.Span,
    cut: tuple[int, int],
    parse: nlp.Parse | None,
    ctx: Context,
    recent: list[Recent],
    units: list[Unit],
) -> None:
    """`u` ends at the clause break `cut`; the clause after it is a unit of its own,
    attributed as a sentence."""
    text = ctx.text
    u.end = _rstrip(text, span.start, cut[0])
    u.text = text[u.start : u.end]
    rest = sentences.Span(cut[1], span.end, [q for q in span.quotes if q[0] >= cut[1]])
    tail = Unit(u.doc_id, rest.start, rest.end, text[rest.start : rest.end])
    units.append(tail)
    _attribute_sentence(tail, rest, parse, ctx, recent, units)


def _clause_break(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last ', and' / ';' / ', while' between two clauses in text[lo:hi]: (cut, resume)."""
    found = None
    for m in re.finditer(r"(?:,\s+(?:and|while|whereas|but)|;)\s+", text[lo:hi]):
        found = (lo + m.start(), lo + m.end())
    return found


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in " ,;":
        hi -= 1
    return hi


def _gender_ok(t: Target, gender: str) -> bool:
    if t.collective:
        return False
    if t.person is None:
        return True  # a role not yet resolved
    return t.person.kind != "person" or t.person.gender in (gender, None)


Recent = tuple[Target, bool]  # a speaker or mention, and whether it was a reporting subject


def _push(recent: list[Recent], t: Target, subject: bool) -> None:
    for i, (old, was_subject) in enumerate(recent):
        if old.person is t.person and old.role == t.role and was_subject == subject:
            del recent[i]
            break
    recent.append((t, subject))


HONORIFICS_AT_END_RE = re.compile(rf"(?:{HON}\s+)+$")


def _acts(text: str, span: sentences.Span, m: Mention) -> bool:
    """'Back home, Amina visits schools.': a person named by name as the clause's subject, so
    "she" in the next sentence is that person; so is a delegation named by its representative
    ("the representative of X took issue with …. He said …")."""
    if m.person is None or (m.person.kind != "person" and not m.speaks):
        return False
    lead = m.name_start if m.person.kind == "person" else m.start
    head = re.sub(r"(?i)\bthe\s+$", "", text[span.start : lead])  # "The third panellist, …"
    head = HONORIFICS_AT_END_RE.sub("", head)  # "Ms. Ruiz is …": the honorific is the name's
    after = text[m.name_end : m.name_end + 120]  # a verb, or "…, a judge who …," before it
    body = BODY_AFTER_NAME_RE.match(after)  # "Dr. X of the Y Ministry of Z wraps up …"
    after = after[body.end() :] if body else after
    return bool(re.fullmatch(r"(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,6},\s+)?", head)) and bool(
        re.match(r"\s+(?:[a-z]+(?:s|ed))\b", after)
        or re.match(APPOSITION, after)
        or ((w := re.match(r"\s+([a-z]+)\b", after)) and w.group(1) not in NOT_VERBS)
    )  # "Captain X drew on twenty years at sea": an irregular verb too


# Lower-case words after a name that are no verb of it: "Ms. X and Mr. Y", "Mr. X of Y".
NOT_VERBS = {
    "and", "or", "but", "nor", "of", "in", "on", "at", "for", "with", "to", "from", "by", "the",
    "a", "an", "who", "whom", "whose", "which", "that", "as", "than", "via", "per", "into",
}  # fmt: skip


# A body named right after a person's name: "of the Austrian Federal Ministry of Justice".
BODY_AFTER_NAME_RE = re.compile(
    r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|and|for|on|the|in)\s+)*[A-Z][\w’'\-]*)*"
)


def _personal(t: Target) -> bool:
    """A person, or a role a person holds ("the Chair", "the Director of X")."""
    return not t.collective and (t.person is None or t.person.kind == "person" or bool(t.role))


def _named_here(mentions: list[Mention], at: int, pronoun: str) -> Target | None:
    """ "Ms. X, …, drew interest when she described …": the one person named earlier in the
    same sentence whose honorific says the pronoun's gender, when every person named before
    it has a known gender."""
    if pronoun not in ("she", "he"):
        return None
    people = [m for m in mentions if m.end <= at and m.person and m.person.kind == "person"]
    if not people or any(m.person.gender is None for m in people):
        return None
    fits = {
        m.person.name: m for m in people if m.person.gender == ("f" if pronoun == "she" else "m")
    }
    return next(iter(fits.values())).target if len(fits) == 1 else None


def _someone_unnamed(text: str, span: sentences.Span, subjects: list) -> bool:
    """The sentence opens with a reporting verb's subject naming a person by a noun alone
    ("The representative of the secretariat presented …"), not by a pronoun or a name."""
    for a, b, _head, _vs, _ve in subjects:
        words = text[a:b]
        if a - span.start <= 4 and re.match(r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z]", words):
            head_word = re.split(r"\s+(?:of|from|for)\s+", words)[0].split()[-1]
            return bool(PERSON_NOUN_RE.search(head_word))
    return False


def _antecedent(
    recent: list[Recent], pronoun: str, narrator: Person | None = None
) -> Target | None:
    """Who "she", "he" or "it" is: the last speaker when it fits, else the last person; never
    the narrator, who is "I".

    UN records call a delegation's or body's representative "she" or "he", so the speaker of
    the sentence just before fits whatever it is; a body only mentioned never does, and "it"
    is only ever a body that has just spoken. The pronoun tells an unknown gender.
    """
    if narrator is not None:
        recent = [r for r in recent if r[0].person is not narrator]
    last = next((t for t, subject in reversed(recent) if subject), None)
    if last is not None and last.person is None and last.role is None and not last.collective:
        return None  # the last one to speak was never named: "she" is nobody known
    if pronoun == "it":
        return last if last is not None and not _personal(last) else None
    gender = "f" if pronoun == "she" else "m"
    voice = _voice_of(recent, last, gender) if last is not None else None
    if voice is not None:
        return voice
    found = last if last is not None and _gender_ok(last, gender) else None
    for want_subject in (True, False):
        for t, subject in reversed(recent):
            if found is None and (subject or not want_subject) and _personal(t):
                found = t if _gender_ok(t, gender) else None
    if found is not None and found.person is not None and found.person.kind == "person":
        found.person.gender = found.person.gender or gender
    return found


VOICE_WINDOW = 4  # how many speakers back the person speaking for a body may be


def _voice_of(recent: list[Recent], body: Target, gender: str) -> Target | None:
    """ "Mr. X (UK) said …. The United Kingdom proposed …. He reported …": "he" is X, the
    person who just spoke for that State or body, not the State itself."""
    if _personal(body) or body.person is None:
        return None
    name = body.person.name
    state = countries.state_named(name)
    for t, subject in list(reversed(recent))[:VOICE_WINDOW]:
        p = t.person
        if not subject or p is None or p.kind != "person" or not p.affiliation:
            continue
        of = countries.state_named(p.affiliation)
        same = p.affiliation == name or (of is not None and of == state)
        if same and p.gender in (gender, None):
            return t
    return None


def _titled_subject(text: str, mentions: list[Mention], vm: re.Match | None) -> Mention | None:
    """'Dr. Y, Director of Z, called on …': a person named, titled, then the reporting verb,
    when the parse loses the frame (foreign words in the title)."""
    if vm is None:
        return None
    for m in mentions:
        if m.person is None or m.person.kind != "person":
            continue
        title = role_phrase(text, m.name_end, REPORTING)
        if title is not None and re.fullmatch(r",?\s*", text[title[1] : vm.start()]):
            return m
    return None


REPRESENTED_BY_RE = re.compile(
    rf",\s+represented\s+by\s+(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})\s*,"
)


def _represented_by(text: str, lo: int, hi: int, target: Target, ctx: Context) -> Person | None:
    """'Italy, represented by Chiara Rinaldi, announced …': the person who speaks for the
    delegation or body the subject names."""
    body = target.person
    m = REPRESENTED_BY_RE.search(text, lo, hi)
    if body is None or body.kind == "person" or m is None or not personal_name(m.group("name")):
        return None
    hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
    person = Person(name=m.group("name"), honorific=hon, gender=gender_of(hon))
    person.affiliation, person.acronym = body.affiliation or body.name, body.acronym
    return ctx.registry.add(person)


def _opening_subject(text: str, span: sentences.Span, mentions: list[Mention]) -> Mention | None:
    """'The Rapporteur informed participants that …': the sentence opens with a speaker and
    the reporting verb right after, whatever the parse makes of the verb (here an adjective)."""
    first = mentions[0] if mentions else None
    if first is None or first.person is None or text[span.start : first.start].strip():
        return None
    gap = re.match(r"[ \t]+", text[first.end : span.end])
    verb = REPORTING_RE.match(text, first.end + gap.end()) if gap else None
    return first if verb is not None and verb.group().lower() != "according to" else None


def _closest_to_verb(mentions: list[Mention], vm: re.Match | None) -> Mention:
    if len(mentions) == 1 or vm is None:
        return mentions[0]
    return min(mentions, key=lambda m: min(abs(m.end - vm.start()), abs(vm.end() - m.start)))
