"""Who is speaking: names, affiliations, roles, quote spans, pronouns.

`attribute(doc)` turns one document into speaker-attributed `Unit`s. It reads three common
styles of meeting record: reported prose ("Ms. X from Y highlighted that …", "“…,” she
emphasized"), news copy ("“…,” said Dr. X, of Y."), and transcripts ("NAME (Org): …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import sentences
from .sources import Document

HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "madam": "f", "mme": "f",
    "dr": None, "prof": None, "professor": None, "sir": "m", "dame": "f", "lord": "m",
    "lady": "f", "h.e": None, "his excellency": "m", "her excellency": "f",
    "ambassador": None, "judge": None, "justice": None, "minister": None, "senator": None,
    "rev": None, "hon": None, "commissioner": None, "inspector": None, "colonel": None,
    "general": None, "captain": None,
}  # fmt: skip
PARTICLES = {"del", "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "dos",
             "das", "bin", "binti", "al", "el", "ter", "y", "ibn"}  # fmt: skip
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
    r"according to|as pointed out by|in the words of|urging|warning|calling for|shared"
)
REPORTING_RE = re.compile(rf"\b(?:{REPORTING})\b", re.I)
ROLE_WORDS = (
    r"Chair|Chairperson|Chairman|Chairwoman|Co-Chair|Vice-Chair|President|Vice-President|"
    r"Director|Director-General|Executive Director|Minister|Deputy|Ambassador|Permanent "
    r"Representative|Representative|Head|Secretary|Secretary-General|Under-Secretary-General|"
    r"Coordinator|Professor|Senior|Chief|Vice|Adviser|Advisor|Officer|Researcher|Lecturer|"
    r"Founder|Co-founder|CEO|Manager|Expert|Judge|Prosecutor|Commissioner|Counsel|"
    r"Spokesperson|Rapporteur|Special Rapporteur|Moderator|Fellow|Analyst|Partner|Member|"
    r"Lead|Leader|Principal|Programme|Program|Policy|Legal|Assistant|Associate|Research"
)
ROLE_RE = re.compile(rf"(?:{ROLE_WORDS})\b", re.I)
CONNECTORS = {"of", "for", "and", "on", "the", "against", "in", "de", "&", "to", "at", "du"}
_HON = r"(?:H\.E\.|His Excellency|Her Excellency|Mrs?\.?|Ms\.?|Miss|Mx\.?|Madam|Mme\.?|Dr\.?|" \
       r"Prof\.?|Professor|Sir|Dame|Lord|Lady|Ambassador|Judge|Justice|Minister|Senator|" \
       r"Rev\.?|Hon\.?|Commissioner|Inspector|Colonel|General|Captain)"  # fmt: skip
_NAME_TOKEN = r"[A-Z][\w'’\-]*\w"
_PARTICLE = r"(?:del|de|da|di|van|von|der|den|la|le|du|dos|das|bin|binti|al|el|ter|ibn)"
NAME_CORE = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_TOKEN}){{0,4}}"
HON_NAME_RE = re.compile(rf"\b(?P<hon>(?:{_HON}\s+)+)(?P<name>{NAME_CORE})")
TURN_RE = re.compile(
    rf"^\s*(?P<who>(?:{_HON}\s+)*(?:{NAME_CORE}|[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){{0,4}}))"
    r"\s*(?:\((?P<org>[^()\n]{2,120}(?:\([^()\n]{1,20}\))?)\)|,\s*(?P<org2>[^:\n]{2,80}))?"
    r"\s*:\s+(?=\S)",
    re.M,
)
PRONOUN_RE = {
    "f": re.compile(r"\b(?:she|her)\b", re.I),
    "m": re.compile(r"\b(?:he|his|him)\b", re.I),
}
SUBJECT_PRONOUN_RE = re.compile(
    rf"(?:\b(?P<p1>she|he)\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|later\s+)?(?:{REPORTING})\b)"
    rf"|(?:\b(?:{REPORTING}),?\s+(?P<p2>she|he)\b)",
    re.I,
)
ARTICLE_ROLE_RE = re.compile(
    r"(?:^|[,;]\s*|\b)(?:(?:One|one) of the|Another|another|The|the|A|a|An|an)\s+"
    r"(?P<role>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:ist|er|or|ant|ent|ian|ee|ate))s?,\s*$"
)
Gender = str | None
CHAT_ROLES = {"system", "assistant", "user", "developer", "tool", "admin", "ai", "bot", "model",
              "human", "instruction", "instructions", "prompt", "notice", "attention",
              "important", "override", "ignore"}  # fmt: skip


@dataclass
class Person:
    name: str
    honorific: str | None = None
    gender: Gender = None
    affiliation: str | None = None
    acronym: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    def merge(self, other: Person) -> None:
        self.honorific = self.honorific or other.honorific
        self.gender = self.gender or other.gender
        self.affiliation = self.affiliation or other.affiliation
        self.acronym = self.acronym or other.acronym
        for r in other.roles:
            if r not in self.roles:
                self.roles.append(r)
        for a in other.aliases:
            if a not in self.aliases:
                self.aliases.append(a)


@dataclass
class Unit:
    doc_id: str
    start: int
    end: int
    text: str
    kind: str = "narrative"
    speaker: str | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)  # document offsets
    attr: tuple[int, int] | None = None  # mention + appositive, document offsets
    verb: str | None = None
    mentions: list[str] = field(default_factory=list)


@dataclass
class Mention:
    person: Person
    start: int  # document offsets of the whole attribution phrase
    end: int
    name_start: int
    name_end: int


def _gender_of(hon: str) -> Gender:
    key = " ".join(hon.replace(".", " ").split()).lower()
    gender: Gender = None
    for part in re.split(r"\s+(?=[a-z])", key):
        part = part.strip()
        if part in ("h e", "h.e"):
            continue
        gender = gender or HONORIFICS.get(part)
    return gender


def _clean_honorific(hon: str) -> str:
    return " ".join(hon.split())


def _org_run(text: str, i: int) -> tuple[int, int] | None:
    """A capitalised organisation name starting at i: (start, end) or None."""
    m = re.match(r"(?:the\s+)?", text[i:])
    j = i + (m.end() if m else 0)
    start = j
    last_end = None  # end of the last capitalised word
    prev_end = j  # end of the last word taken, connectors included
    for tok in re.finditer(r"[\w’'&\-]+|\S", text[j:]):
        word = tok.group()
        pos = j + tok.start()
        if text[prev_end:pos].strip() or "\n" in text[prev_end:pos]:
            break
        if word[0].isupper() or word[0].isdigit():
            last_end = prev_end = j + tok.end()
        elif word.lower() in CONNECTORS and last_end is not None:
            prev_end = j + tok.end()
        else:
            break
    if last_end is None:
        return None
    # A parenthesised acronym right after belongs to the organisation.
    acr = re.match(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,15})\)", text[last_end:])
    if acr:
        last_end += acr.end()
    return start, last_end


def _split_org(org: str) -> tuple[str, str | None]:
    m = re.fullmatch(r"(.*?)\s*\(([A-Z][A-Za-z0-9&.\-]{1,15})\)", org)
    if m:
        return m.group(1).strip(), m.group(2)
    return org.strip(), None


def _role_phrase(text: str, i: int) -> tuple[int, int] | None:
    """', Chair of X and Chair of Y,' after a name: the role phrase span or None."""
    m = re.match(r",\s+", text[i:])
    if not m:
        return None
    j = i + m.end()
    if not ROLE_RE.match(text, j) and not re.match(r"(?:a|an|the)\s+[a-z]", text[j:]):
        return None
    stop = re.search(r"[,;:.“”\"\n]|\s+(?:" + REPORTING + r")\b", text[j:])
    end = j + (stop.start() if stop else len(text) - j)
    if end - j < 3:
        return None
    return j, end


def _split_roles(phrase: str) -> list[str]:
    parts = re.split(rf"\s+and\s+(?=(?:the\s+)?(?:{ROLE_WORDS}))", phrase)
    return [p.strip() for p in parts if p.strip()]


def _affiliation_in_role(role: str) -> str | None:
    m = re.search(r"\b(?:at|with)\s+(?:the\s+)?([A-Z][\w’'&\- ]+)$", role)
    return m.group(1).strip() if m else None


class Registry:
    """The people of one document (or of the whole corpus), found by name and alias."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def add(self, person: Person) -> Person:
        known = self.people.get(person.name) or self.by_partial(person.name)
        if known is not None and len(person.tokens) <= len(known.tokens):
            known.merge(person)
            return known
        if known is not None:  # a longer form of a name we knew by part: keep the longer
            del self.people[known.name]
            person.merge(known)
        self.people[person.name] = person
        return person

    def by_partial(self, name: str) -> Person | None:
        """A known person whose full name ends with (or equals) `name`."""
        toks = name.split()
        hits = [p for p in self.people.values() if p.tokens[-len(toks) :] == toks]
        if not hits and len(toks) >= 2:
            hits = [p for p in self.people.values() if [p.tokens[0], p.tokens[-1]] == toks]
        return hits[-1] if len(hits) == 1 else None


def _mention_at(text: str, m: re.Match, registry: Registry) -> Mention:
    hon = _clean_honorific(m.group("hon"))
    name = m.group("name")
    # A trailing particle-less capitalised word may be the verb-initial next sentence; names
    # here are already bounded by the regex.
    person = Person(name=name, honorific=hon, gender=_gender_of(hon))
    end = m.end("name")
    org_after = re.match(r"\s+(?:from|of|at|with|representing)\s+", text[end:])
    comma_of = re.match(r",\s+(?:of|from|at|with|representing)\s+", text[end:])
    paren = re.match(r"\s*\(([^()\n]{2,120})\)", text[end:])
    phrase_end = end
    if paren:
        person.affiliation, person.acronym = _split_org(paren.group(1))
        phrase_end = end + paren.end()
    elif org_after or comma_of:
        hit = org_after or comma_of
        assert hit is not None
        span = _org_run(text, end + hit.end())
        if span:
            person.affiliation, person.acronym = _split_org(text[span[0] : span[1]])
            phrase_end = span[1]
    role = _role_phrase(text, phrase_end)
    if role:
        roles = _split_roles(text[role[0] : role[1]])
        person.roles.extend(roles)
        for r in roles:
            person.affiliation = person.affiliation or _affiliation_in_role(r)
        phrase_end = role[1]
    start = m.start()
    before = text[max(0, start - 60) : start]
    art = ARTICLE_ROLE_RE.search(before)
    if art:
        person.roles.append(art.group("role"))
        start = start - len(before) + art.start() + (1 if before[art.start()] in ",;" else 0)
        while text[start].isspace():
            start += 1
    known = registry.add(person)
    return Mention(known, start, phrase_end, m.start("name"), m.end("name"))


def _known_mentions(text: str, lo: int, hi: int, registry: Registry) -> list[Mention]:
    """Mentions of already known people by full name or surname without an honorific."""
    found: list[Mention] = []
    for person in list(registry.people.values()):
        forms = {person.name}
        if len(person.tokens) >= 2:
            forms.add(" ".join(person.tokens[1:]))
        for form in forms:
            for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text[lo:hi]):
                s, e = lo + m.start(), lo + m.end()
                found.append(Mention(person, s, e, s, e))
    return found


def _bare_name_mentions(text: str, lo: int, hi: int, registry: Registry) -> list[Mention]:
    """'said Jane Smith, of Oxfam' / 'Jane Smith said': a two-to-four word name by a verb."""
    found: list[Mention] = []
    seg = text[lo:hi]
    pat = re.compile(
        rf"(?:\b(?:said|added|stressed|noted|explained|argued|warned|told)\s+"
        rf"(?P<a>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_TOKEN}){{1,3}}))"
        rf"|(?:(?P<b>{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_TOKEN}){{1,3}})\s+"
        rf"(?:said|added|stressed|noted|explained|argued|warned|told)\b)"
    )
    for m in pat.finditer(seg):
        group = "a" if m.group("a") else "b"
        name = m.group(group)
        if name.split()[0] in {"The", "This", "That", "It", "He", "She", "They", "We", "In"}:
            continue
        mm = re.compile(rf"(?P<hon>)(?P<name>{re.escape(name)})").match(text, lo + m.start(group))
        if mm is None:
            continue
        found.append(_mention_at(text, mm, registry))
    return found


def _outside(quotes: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= qs - 1 or s >= qe + 1 for qs, qe in quotes)


def _is_speech(text: str, qs: int, qe: int) -> bool:
    """Direct speech, not scare quotes: four words or more, or ending in punctuation."""
    inner = text[qs:qe]
    return len(inner.split()) >= 4 or inner.rstrip()[-1:] in ",.!?"


def _trim_quote(text: str, qs: int, qe: int) -> tuple[int, int]:
    while qe > qs and text[qe - 1] in ",;: ":
        qe -= 1
    return qs, qe


def _verb_near(text: str, lo: int, hi: int, quotes: list[tuple[int, int]]) -> str | None:
    for m in REPORTING_RE.finditer(text, lo, hi):
        if _outside(quotes, m.start(), m.end()):
            return m.group().lower()
    return None


def _turns(doc: Document) -> list[tuple[int, int, int, Person | None, bool]]:
    """Transcript turns per paragraph: (prefix start, body start, end, speaker, is a turn)."""
    text = doc.text
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    hits = []
    for a, b in paras:
        m = TURN_RE.match(text, a, b)
        if m and CHAT_ROLES & set(m.group("who").lower().split()):
            m = False  # "SYSTEM (Admin): …" is a prompt-injection costume, not a person
        hits.append(m)
    if sum(1 for m in hits if m) < 2:
        return []
    out: list[tuple[int, int, int, Person | None, bool]] = []
    current: Person | None = None
    for (a, b), m in zip(paras, hits, strict=True):
        if m:
            who = " ".join(m.group("who").split())
            hon_m = re.match(rf"((?:{_HON}\s+)+)(.*)", who)
            hon = _clean_honorific(hon_m.group(1)) if hon_m else None
            name = hon_m.group(2) if hon_m else who
            if name.isupper() and len(name) > 3:
                name = " ".join(
                    w.capitalize()
                    if "-" not in w
                    else "-".join(x.capitalize() for x in w.split("-"))
                    for w in name.split()
                )
            org = (m.group("org") or m.group("org2") or "").strip()
            named = re.fullmatch(rf"((?:{_HON}\s+)+)({NAME_CORE})", org)
            if named:  # "CHAIR (Ms. Ingrid Solberg):" - a role, then the person
                role = name if name.isupper() or ROLE_RE.match(name) else None
                hon, name, org = _clean_honorific(named.group(1)), named.group(2), ""
                person = Person(name=name, honorific=hon, gender=_gender_of(hon))
                if role:
                    person.roles.append(role.capitalize() if role.isupper() else role)
            else:
                person = Person(name=name, honorific=hon, gender=_gender_of(hon) if hon else None)
            if org:
                if ROLE_RE.match(org):
                    person.roles.extend(_split_roles(org))
                else:
                    person.affiliation, person.acronym = _split_org(org)
            current = person
            out.append((m.start("who"), m.end(), b, person, True))
        elif m is False:
            current = None  # nobody's words, and the next lines aren't the last speaker's
            out.append((a, a, b, None, False))
        elif text[a:b].lstrip()[:1] in "[(" or current is None:
            out.append((a, a, b, None, False))
        else:
            out.append((a, a, b, current, False))
    return out


def attribute(doc: Document) -> tuple[list[Unit], list[Person]]:
    """Speaker-attributed units of one document, and the people found in it."""
    registry = Registry()
    units: list[Unit] = []
    turns = _turns(doc)
    if turns:
        for p, a, b, person, is_turn in turns:
            who = registry.add(person) if person else None
            for i, span in enumerate(sentences.split(doc.text, a, b)):
                start = p if is_turn and i == 0 else span.start
                u = Unit(doc.doc_id, start, span.end, doc.text[start : span.end])
                if is_turn and i == 0:  # the "NAME (Org):" prefix names the speaker
                    u.attr = (p, doc.text.rindex(":", p, a))
                if who is not None:
                    u.speaker = who.name
                    reported = not is_turn and _verb_near(doc.text, u.start, u.end, span.quotes)
                    # A paragraph that reports the speaker ("The delegate added that …") is
                    # paraphrase; otherwise the turn's words are the speaker's own.
                    u.kind = "paraphrase" if reported else "quote"
                    u.quotes = [] if reported else [(span.start, span.end)]
                    u.verb = reported or None
                units.append(u)
    else:
        units = _attribute_prose(doc, registry)
    _apply_overrides(doc, units, registry)
    people = [p for p in registry.people.values() if any(u.speaker == p.name for u in units)]
    return units, people


def _attribute_prose(doc: Document, registry: Registry) -> list[Unit]:
    text = doc.text
    units: list[Unit] = []
    recent: list[Person] = []  # most recent speaker last
    for span in sentences.split(text):
        u = Unit(doc.doc_id, span.start, span.end, text[span.start : span.end])
        speech = [q for q in span.quotes if q[1] > q[0] and _is_speech(text, *q)]
        mentions = [
            _mention_at(text, m, registry)
            for m in HON_NAME_RE.finditer(text, span.start, span.end)
            if _outside(span.quotes, m.start(), m.end())
        ]
        mentions += _bare_name_mentions(text, span.start, span.end, registry)
        covered = [(m.name_start, m.name_end) for m in mentions]
        for km in _known_mentions(text, span.start, span.end, registry):
            overlaps = any(not (km.end <= s or km.start >= e) for s, e in covered)
            if not overlaps and _outside(span.quotes, km.start, km.end):
                mentions.append(km)
        mentions.sort(key=lambda m: m.start)
        u.mentions = list(dict.fromkeys(m.person.name for m in mentions))
        verb = _verb_near(text, span.start, span.end, span.quotes)
        speaker: Person | None = None
        attr: tuple[int, int] | None = None
        if mentions and (verb or speech):
            chosen = _closest_to_verb(text, mentions, span, verb)
            speaker, attr = chosen.person, (chosen.start, chosen.end)
        elif verb or speech:
            pm = next(
                (
                    m
                    for m in SUBJECT_PRONOUN_RE.finditer(text, span.start, span.end)
                    if _outside(span.quotes, m.start(), m.end())
                ),
                None,
            )
            if pm is not None:
                gender = "f" if (pm.group("p1") or pm.group("p2")).lower() == "she" else "m"
                speaker = next((p for p in reversed(recent) if p.gender in (gender, None)), None)
                if speaker is not None and speaker.gender is None:
                    speaker.gender = gender
            elif speech and recent and units and units[-1].speaker == recent[-1].name:
                # Bare quote right after the same speaker's words: the same speaker goes on.
                same_para = "\n" not in text[units[-1].end : span.start]
                speaker = recent[-1] if same_para else None
        if speaker is not None:
            u.speaker = speaker.name
            u.kind = "quote" if speech else "paraphrase"
            u.quotes = [_trim_quote(text, *q) for q in speech]
            u.attr = attr
            u.verb = verb
            if speaker in recent:
                recent.remove(speaker)
            recent.append(speaker)
        elif mentions:
            for m in mentions:
                if m.person in recent:
                    recent.remove(m.person)
                recent.append(m.person)
        units.append(u)
    return units


def _closest_to_verb(text: str, mentions: list[Mention], span: sentences.Span, verb: str | None):
    if len(mentions) == 1 or verb is None:
        return mentions[0]
    vm = next(
        (
            m
            for m in REPORTING_RE.finditer(text, span.start, span.end)
            if _outside(span.quotes, m.start(), m.end())
        ),
        None,
    )
    if vm is None:
        return mentions[0]
    return min(mentions, key=lambda m: min(abs(m.end - vm.start()), abs(vm.end() - m.start)))


def _apply_overrides(doc: Document, units: list[Unit], registry: Registry) -> None:
    """`name.speakers.yaml`: add/correct people, and force who said a passage."""
    data = doc.overrides or {}
    for entry in data.get("speakers") or []:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        person = Person(
            name=str(entry["name"]),
            honorific=entry.get("honorific"),
            gender=entry.get("gender"),
            affiliation=entry.get("affiliation"),
            acronym=entry.get("acronym"),
            roles=[str(r) for r in entry.get("roles") or []],
            aliases=[str(a) for a in entry.get("aliases") or []],
        )
        existing = registry.people.get(person.name)
        if existing is not None:
            for key in ("honorific", "gender", "affiliation", "acronym"):
                if getattr(person, key):
                    setattr(existing, key, getattr(person, key))
            existing.merge(person)
        else:
            registry.people[person.name] = person
    for rule in data.get("attributions") or []:
        if not isinstance(rule, dict) or not rule.get("text"):
            continue
        fragment = " ".join(str(rule["text"]).split())
        who = rule.get("speaker")
        for u in units:
            if fragment in " ".join(u.text.split()):
                u.speaker = str(who) if who else None
                u.kind = rule.get("kind") or (
                    "quote" if u.quotes and who else "paraphrase" if who else "narrative"
                )
                if who and who not in registry.people:
                    registry.people[str(who)] = Person(name=str(who))
                if not who:
                    u.quotes, u.attr = [], None
