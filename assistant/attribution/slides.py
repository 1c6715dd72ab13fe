"""Slide decks: every slide and every speaker note is its presenter's own words.

A document is a deck when its metadata says so (a `kind` naming slides or a presentation, or a
`presenter` key). The presenter is the metadata's `presenter`, else the one a "(presenter: X)"
or "presented by X" in its publisher or author names, else its author when that is a personal
name, else the first "Dr. X Y" of the title slide. Their affiliation is the publisher (the
presenter's note taken out), else the line under their name on the title slide; a title line
under the name ("Head of Unit, …") is their role.

Lines that recur through the deck (running footers, "[Slide 3]", "Speaker notes:") and the
title slide before the first of them (the deck's title, the presenter's name and body, the
meeting) are the deck's own narrative.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import sentences
from .names import (
    HON_NAME_RE,
    NAME_CORE,
    ROLE_RE,
    Person,
    body_kind,
    clean_honorific,
    gender_of,
    split_org,
)
from .prose import Context
from .turns import spoken_unit
from .units import Unit

DECK_KIND_RE = re.compile(r"(?i)\b(?:slides?|slide\s+deck|deck|presentation)\b")
PRESENTER_RE = re.compile(
    rf"(?i:\(?\s*(?:presenter|presented\s+by|speaker)\s*:?\s*)(?P<name>{NAME_CORE})\s*\)?"
)
TITLE_SLIDE_UNITS = 12  # a title slide holds no more lines than this


def is_deck(doc) -> bool:
    meta = getattr(doc, "meta", None) or {}
    return bool(DECK_KIND_RE.search(str(doc.kind or ""))) or bool(meta.get("presenter"))


def _personal(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not body_kind(words[-1]) and not ROLE_RE.match(name)


def presenter_of(doc) -> tuple[str, str | None] | None:
    """(presenter, affiliation the metadata gives) of a deck, else None."""
    meta = getattr(doc, "meta", None) or {}
    publisher = str(doc.publisher or "")
    named = meta.get("presenter")
    if isinstance(named, str) and _personal(named.strip()):
        return named.strip(), publisher or None
    for k, field in enumerate((publisher, str(doc.author or ""))):
        m = PRESENTER_RE.search(field)
        if m and _personal(m.group("name")):
            rest = (field[: m.start()] + field[m.end() :]).strip(" ,;()")
            return m.group("name"), (rest or None) if k == 0 else (publisher or None)
    if doc.author and _personal(str(doc.author)):
        return str(doc.author), publisher or None
    m = HON_NAME_RE.search(doc.text, 0, 800)
    if m and _personal(m.group("name")):
        return m.group("name"), publisher or None
    return None


def _shapes(text: str) -> tuple[str, str]:
    """A line's shape with its numbers left out, and its label before a colon: running
    footers and labels ("Notes page 2: …") recur in one of them."""
    line = re.sub(r"\d+", "#", " ".join(text.split()))
    label = line.split(":", 1)[0] if ":" in line[:40] else line
    return line[:50], label


def attribute_deck(doc, spans: list[sentences.Span], ctx: Context) -> list[Unit] | None:
    found = presenter_of(doc)
    if found is None:
        return None
    name, affiliation = found
    text = doc.text
    raw = [Unit(doc.doc_id, s.start, s.end, text[s.start : s.end]) for s in spans]
    shapes = Counter(x for u in raw for x in set(_shapes(u.text)))
    recurring = [i for i, u in enumerate(raw) if max(shapes[x] for x in _shapes(u.text)) >= 3]
    # The title slide: up to the first recurring line, when it comes early.
    title_end = recurring[0] if recurring and recurring[0] <= TITLE_SLIDE_UNITS else -1
    person = Person(name=name, roles=["presenter"])
    for i, u in enumerate(raw[: max(title_end, 0)]):
        m = HON_NAME_RE.match(u.text.strip())
        if m and m.group("name") == name:
            person.honorific = clean_honorific(m.group("hon"))
            person.gender = gender_of(m.group("hon"))
            for line in (x.text.strip() for x in raw[i + 1 : i + 3]):
                if ROLE_RE.match(line) and line not in person.roles:
                    person.roles.insert(0, line)  # "Head of Unit, International Legal …"
                elif not affiliation and body_kind(line.split(",")[0].split()[-1]):
                    affiliation = line
            break
    if affiliation:
        person.affiliation, person.acronym = split_org(affiliation)
    who = ctx.registry.add(person)
    own = {name, f"{person.honorific} {name}" if person.honorific else name, affiliation}
    units: list[Unit] = []
    for i, (u, span) in enumerate(zip(raw, spans, strict=True)):
        line = " ".join(u.text.split())
        if i <= title_end or i in recurring or line in own:
            units.append(u)  # the deck's own: its title slide, footers, labels
        else:
            units.append(spoken_unit(doc.doc_id, text, span, who, ctx))
    return units
