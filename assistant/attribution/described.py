"""A person's State as the record describes them, read from the parse of a sentence naming them.

For a person whose affiliation nothing else gave, the sentences naming them in full are parsed
and three general English forms read from the dependency tree: "X of Y" (a prepositional
"of" on the name), "X, Deputy Minister of the Interior of Y" (an apposition whose "of" chain
ends in a State) and "Y's Chief Customs Officer, X" (the name in apposition to a title a State
possesses). Only a State (by the country table) is taken: an organisation named in a title
("Director of Public Prosecutions") is not an affiliation by this reading.
"""

from __future__ import annotations

import re

from .. import sentences
from . import nlp
from .countries import state_named
from .names import Person


def _state(tok) -> str | None:
    """The State a noun phrase names ("the Republic of Angola"), or the State at the end of its
    chain of "of" phrases ("Public Prosecutions of Kenya")."""
    words = " ".join(t.text for t in tok.subtree if t.dep_ != "case")  # "Y 's": Y
    if state := state_named(re.sub(r"^(?:the|The)\s+", "", words)):
        return state
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (state := _state(obj)):
                    return state
    return None


def _of_state(head) -> str | None:
    """ "X of Y": the State of the name's own "of" phrase."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ != "PERSON" and (s := _state(obj)):
                    return s
    return None


def _title_state(title) -> str | None:
    """The State a title's "of" chain ends in: "Deputy Minister of the Interior of Y"."""
    return _of_state(title) if title.ent_type_ != "PERSON" else None


def _owner_state(named) -> tuple[str, str] | None:
    """ "Y's Chief Customs Officer, X": the State owning the title the name is set beside, and
    the title's words."""
    head, title = named.root, named.root.head
    if head.dep_ != "appos" or title.ent_type_ == "PERSON":
        return None
    for child in title.children:
        if child.dep_ == "poss" and (state := _state(child)):
            words = [t for t in title.subtree if child.i < t.i < named.start]
            role = " ".join(t.text for t in words if t.dep_ not in ("case", "punct")).strip()
            return state, role
    return None


def describe(text: str, people: list[Person]) -> None:
    """Give each person without an affiliation the State the record describes them by."""
    missing = {p.name: p for p in people if p.kind == "person" and not p.affiliation}
    missing = {n: p for n, p in missing.items() if len(n.split()) >= 2 and n in text}
    if not missing:
        return
    names = re.compile("|".join(re.escape(n) for n in sorted(missing, key=len, reverse=True)))
    spans = [s for s in sentences.split(text) if names.search(text, s.start, s.end)]
    docs = nlp.pipeline().pipe(text[s.start : s.end] for s in spans)
    for span, doc in zip(spans, docs, strict=True):
        for m in names.finditer(text, span.start, span.end):
            person = missing.get(m.group())
            named = doc.char_span(m.start() - span.start, m.end() - span.start)
            if person is None or person.affiliation or named is None:
                continue
            head = named.root
            titles = (c for c in head.children if c.dep_ == "appos")
            state = _of_state(head) or next((s for c in titles if (s := _title_state(c))), None)
            role = None
            if state is None and (owned := _owner_state(named)):
                state, role = owned
            if state is None:
                continue
            person.affiliation = state
            if role and role[:1].isupper() and role not in person.roles:
                person.roles.append(role)
