"""Auto-generated captions: ">>" marks a change of speaker, and nobody is labelled.

A caption line starting with ">>" opens a new turn; every line up to the next ">>" is that
turn's. Who speaks a turn is read from the talk itself, in lower case as captions are:
the one the previous turn handed the floor to in its last lines ("ambassador ingrid haugland
of norway / ambassador over to you", "distinguished delegate of brazil you have the floor"),
else one who names themself ("my name is ..."), else the moderator when the turn thanks the
previous speaker or hands the floor on. A turn nobody can be named for stays unattributed.
"""

from __future__ import annotations

import re
from functools import cache

from .. import sentences
from . import nlp
from .countries import state_named
from .names import COMPANY_NOUNS, HON, INSTITUTION_NOUNS, Person, body_kind
from .prose import Context
from .units import Unit

MARK = re.compile(r"[ \t]*>>[ \t]*")
WORD = r"[a-zà-ÿ][a-zà-ÿ\-]+"
HON_LOWER = re.compile(rf"\b(?P<hon>(?:(?i:{HON})\s+)+)(?P<name>{WORD}(?:\s+{WORD}){{0,2}})")
DELEGATE = re.compile(
    r"\b(?:delegate|representative|delegation|observer)\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<state>{WORD}(?:\s+{WORD}){{0,4}})"
)
SELF = re.compile(rf"\bmy name is\s+(?P<name>{WORD}(?:\s+{WORD}){{0,2}})")
ANY_WORD = r"[a-zà-ÿ][a-zà-ÿ\-]*"
OF_BODY = re.compile(rf"\b(?:of|from|at|with)[ ]+(?=(?P<body>{ANY_WORD}(?:[ ]+{ANY_WORD}){{0,7}}))")
THANKS = re.compile(r"\b(?:thank you|thanks)\b")
NOUNS = COMPANY_NOUNS | INSTITUTION_NOUNS
HANDOVER_LINES = 2  # the floor is handed on in a turn's last lines


def is_captions(text: str, paras: list[tuple[int, int]]) -> bool:
    return sum(1 for a, b in paras if MARK.match(text, a, b)) >= 2


@cache
def _stop() -> frozenset[str]:
    return frozenset(nlp.pipeline().Defaults.stop_words)


def _name_words(phrase: str) -> list[str]:
    """The leading words of `phrase` that can be a name: up to a function word or honorific."""
    out = []
    for w in phrase.split():
        if w in _stop() or re.fullmatch(rf"(?i:{HON})", w):
            break
        out.append(w)
    return out


def _capitalised(words: list[str]) -> str:
    """'ingrid haugland' -> 'Ingrid Haugland', 'adeyemi-clarke' -> 'Adeyemi-Clarke'."""
    return re.sub(r"(?:^|(?<=[\s\-]))\w", lambda m: m.group().upper(), " ".join(words))


def _state(phrase: str) -> str | None:
    words = phrase.split()
    for n in range(len(words), 0, -1):
        name = _capitalised(words[:n])
        if state_named(name):
            return name
    return None


class _People:
    """The people a caption text introduces, found again by any of their words or titles."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.known: list[tuple[Person, set[str]]] = []

    def add(self, words: list[str], hon: str, line: str) -> Person:
        for person, keys in self.known:
            if set(words) <= keys:
                return person
        person = Person(name=_capitalised(words))
        rest = line[line.find(words[-1]) + len(words[-1]) :]
        title = re.match(rf"\s+(?i:{HON})\b", rest)  # "... srisompong minister of justice"
        if title:
            hon = f"{hon} {title.group().strip()}"
        for m in OF_BODY.finditer(rest):  # "of thailand", "of freedom passage network"
            lead = _name_words(m["body"])
            body = _state(m["body"]) or (_capitalised(lead) if len(lead) >= 2 else "")
            after = m["body"].split()[len(lead) :][:4]  # "veridian pay a digital payments company"
            described = after[:1] in (["a"], ["an"]) and bool(NOUNS & set(after))
            if body and (state_named(body) or body_kind(body) or described):
                person.affiliation = body
                break
        person = self.ctx.registry.add(person)
        self.known.append((person, set(words) | set(hon.split()) - {"his", "her", "excellency"}))
        return person

    def find(self, word: str) -> Person | None:
        hits = [p for p, keys in self.known if word in keys]
        return hits[-1] if hits else None

    def mentions(self, line: str, after: str = "") -> list[tuple[int, Person]]:
        """Everyone named in one line, by position; `after` is the next line, which may say
        where a person introduced here works."""
        out: list[tuple[int, Person]] = []
        for m in HON_LOWER.finditer(line):
            words = _name_words(m["name"])
            known = [self.find(w) for w in words]
            if len(words) >= 2:
                out.append((m.start(), self.add(words, m["hon"].lower(), f"{line}\n{after}")))
            elif words and known[0] is not None:
                out.append((m.start(), known[0]))
        for m in DELEGATE.finditer(line):
            state = _state(m["state"])
            if state:
                person = self.ctx.registry.add(
                    Person(name=state, affiliation=state, kind="delegation")
                )
                out.append((m.start(), person))
        for m in re.finditer(WORD, line):  # "samira", "minister": a known person addressed
            person = self.find(m.group())
            if person is not None and not any(at <= m.start() < at + 40 for at, _ in out):
                out.append((m.start(), person))
        return sorted(out, key=lambda x: x[0])


def attribute_captions(
    doc_id: str, text: str, paras: list[tuple[int, int]], ctx: Context
) -> list[Unit]:
    people = _People(ctx)
    turns: list[list[tuple[int, int]]] = []
    head: list[tuple[int, int]] = []
    for a, b in paras:
        if MARK.match(text, a, b):
            turns.append([(a, b)])
        elif turns:
            turns[-1].append((a, b))
        else:
            head.append((a, b))
    units = [Unit(doc_id, a, b, text[a:b]) for a, b in head]
    moderator: Person | None = None
    handed: Person | None = None
    previous: Person | None = None
    for lines in turns:
        said = [text[a:b].lower() for a, b in lines]
        named = [people.mentions(s, n) for s, n in zip(said, [*said[1:], ""], strict=True)]
        self_named = next(
            (people.add(w, "", s) for s in said if (m := SELF.search(s)) and
             len(w := _name_words(m["name"])) >= 2), None,
        )  # fmt: skip
        last = [p for found in named[-HANDOVER_LINES:] for _, p in found]
        hands_on = last[-1] if last else None
        opens = named[0][0][1] if named[0] else None
        who = handed or self_named
        if who is None and moderator is not None and previous is not moderator:
            thanks_previous = THANKS.search(said[0]) and opens is not None and opens is previous
            if thanks_previous or (hands_on is not None and hands_on is not moderator):
                who = moderator
        if moderator is None and who is not None and hands_on not in (None, who):
            moderator = who
        handed = hands_on if hands_on is not who else None
        previous = who
        for a, b in lines:
            start = MARK.match(text, a, b).end() if MARK.match(text, a, b) else a
            for span in sentences.split(text, start, b) if start < b else []:
                u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
                if span.start == start:
                    u.start, u.text = a, text[a : span.end]
                body = text[span.start : span.end].strip()
                if who is not None and not (body.startswith("[") and body.endswith("]")):
                    u.speaker = u.frame_speaker = who.name
                    u.kind, u.quotes = "quote", [(span.start, span.end)]
                units.append(u)
    return units
