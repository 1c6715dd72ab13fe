"""Initials a document defines for its people: "JM   Jun Matsuda ..... Japan" in an attendee
list, or "Jun Matsuda (JM)" in the text. Minutes then say "JM noted that …": those initials
are that person. Initials count only when their letters are the initials of the name's words,
in order, starting with the first ("RT" for Rafael Torres Arango). Minutes by initials state
positions without a reporting verb ("RT preferred 60 days", "PK had reservations: …"): a
sentence whose subject is the initials and whose main verb is finite is that person's.
"""

from __future__ import annotations

import re

from . import nlp
from .countries import state_named
from .names import NAME_CORE, ROLE_RE, Person, body_kind, is_role_only, role_case, split_org
from .units import Unit

INITIALS = r"[A-Z]{2,4}"
# "JM   Jun Matsuda ....... Japan", "JM - Jun Matsuda (Japan)", "JM: Jun Matsuda, Japan".
ROW_RE = re.compile(
    rf"(?:^|(?<=:)|(?<=;))[ \t]*(?:[-*•][ \t]+)?(?P<ini>{INITIALS})"
    r"(?:[ \t]*[:=–—-][ \t]*|[ \t]{2,}|\t)"
    rf"(?P<name>{NAME_CORE})(?P<rest>[^\n;]*)",
    re.M,
)
# "Jun Matsuda (Japan; JM)", "Jun Matsuda (JM)".
INLINE_RE = re.compile(
    rf"(?P<name>{NAME_CORE})[ \t]*\((?:(?P<rest>[^()\n;]{{2,60}})[;,][ \t]*)?(?P<ini>{INITIALS})\)"
)


def _fits(ini: str, name: str) -> bool:
    """Are `ini`'s letters the initials of `name`'s words, in order, from the first word?"""
    heads = [w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    if not heads or ini[0] != heads[0]:
        return False
    it = iter(heads[1:])
    return all(c in it for c in ini[1:])


def _described(person: Person, rest: str) -> None:
    """ "....... Senegal (facilitator)", ", Cirrus Mail", "(UNODC Secretariat)": body and role."""
    rest = re.sub(r"^[\s.…,:–—-]+", "", rest).strip().rstrip(".")
    roles = re.findall(r"\(([^()]{2,60})\)", rest)
    body = re.sub(r"\([^()]*\)", "", rest).strip(" ,")
    for r in roles:
        if ROLE_RE.match(r.strip()) or r[:1].islower():
            person.roles.append(role_case(r.strip()) if r[:1].islower() else r.strip())
        elif not body:
            body = r.strip()
    if body and len(body.split()) <= 8:
        person.affiliation, person.acronym = split_org(body)


def defined_initials(text: str) -> dict[str, Person]:
    """Initials -> the person the document defines them for; initials defined twice for two
    different people are left out."""
    found: dict[str, Person] = {}
    clash: set[str] = set()
    for rx in (ROW_RE, INLINE_RE):
        for m in rx.finditer(text):
            ini, name = m.group("ini"), " ".join(m.group("name").split())
            if len(name.split()) < 2 or not _fits(ini, name):
                continue
            if is_role_only(name) or state_named(name) or body_kind(name):
                continue
            person = Person(name=name)
            _described(person, m.group("rest") or "")
            known = found.get(ini)
            if known is not None and known.name != name:
                clash.add(ini)
            elif known is None:
                found[ini] = person
    return {k: v for k, v in found.items() if k not in clash}


FINITE = ("VBD", "VBZ", "VBP", "MD")


def credit_stances(text: str, units: list[Unit], initials: dict[str, Person]) -> None:
    """ "RT preferred 60 days": a sentence nobody is credited with, whose subject is defined
    initials and whose main verb is finite, is the position of the one they stand for. Only
    initials defined with the person's body count ("Jun Matsuda (Japan; JM)"): a list of
    people, not an abbreviation ("Artificial Intelligence (AI)")."""
    initials = {k: p.name for k, p in initials.items() if p.kind == "person" and p.affiliation}
    if not initials:
        return
    opening = re.compile(rf"[\W_]*\b(?P<ini>{'|'.join(map(re.escape, initials))})\b(?!['’])")
    found = [(u, m) for u in units if u.speaker is None and u.kind == "narrative"
             and (m := opening.match(u.text)) is not None]  # fmt: skip
    docs = nlp.pipeline().pipe(u.text for u, _ in found)
    for (u, m), doc in zip(found, docs, strict=True):
        subject = next((t for t in doc if t.idx == m.start("ini")), None)
        head = subject.head if subject is not None else None
        if head is None or subject.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "PK to check with capital": an action, no stance
        if head.tag_ not in FINITE and not any(c.tag_ in FINITE for c in head.children):
            continue
        at = u.start + m.start("ini")
        u.speaker, u.frame_speaker, u.kind = initials[m.group("ini")], None, "paraphrase"
        u.attr = (at, at + len(m.group("ini")))
        u.verb = head.text.lower()
