"""Auto-generated captions: ">>" marks a change of speaker, and nobody is labelled.

A caption line starting with ">>" opens a new turn; every line up to the next ">>" is that
turn's. Who speaks a turn is read from the talk itself, in lower case as captions are:
the one the previous turn handed the floor to in its last lines ("ambassador ingrid haugland
of norway / ambassador over to you", "distinguished delegate of brazil you have the floor"),
else one who names themself ("my name is ..."), else the moderator when the turn thanks the
previous speaker or hands the floor on. A turn nobody can be named for stays unattributed.

A timed caption file (SRT, WebVTT) has cue numbers and time lines: furniture, left out. Its
cues run on; a turn opens at ">>", at "- ", at a voice tag ("<v Name>": that one speaks) or
at a bracketed label: a meeting role, or one word the file repeats ("[CHAIR]": whoever holds
it, found as above the first time), else a note ("[SPEAKING SPANISH]": an unnamed change).
The one chairing may hand the floor to a State named bare ("spain has asked for the floor"),
or to a surname alone ("mr. solberg, please"), completed by the name the speaker then gives.
"""

from __future__ import annotations

import re
from functools import cache

from .. import sentences
from . import nlp
from .countries import state_named
from .names import COMPANY_NOUNS, HON, INSTITUTION_NOUNS, Person, body_kind, meeting_role, role_case
from .prose import Context
from .units import Unit

MARK = re.compile(r"[ \t]*>>[ \t]*")
# A timed caption file (SRT, WebVTT): cue numbers, time lines and the header are furniture.
TIME_LINE = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]*-->.*")
FURNITURE = re.compile(
    rf"{TIME_LINE.pattern}|[ \t]*\d+[ \t]*|[ \t]*(?:WEBVTT|NOTE|STYLE|REGION)\b.*"
)
# In a cue: "[CHAIR] text" (a label), "<v Name>text" (a voice), "- text" (a new speaker).
LABEL = re.compile(r"[ \t]*\[(?P<label>[^\[\]\n]{1,40})\][ \t]*(?=\S)")
VOICE = re.compile(r"[ \t]*<v(?:\.[\w.]+)?[ \t]+(?P<voice>[^>\n]{1,60})>[ \t]*")
DASH = re.compile(r"[ \t]*[-\u2013][ \t]+")
VOICE_END = re.compile(r"[ \t]*</v>[ \t]*$")
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
    if sum(1 for a, b in paras if MARK.match(text, a, b)) >= 2:
        return True
    timed = sum(1 for a, b in paras if TIME_LINE.fullmatch(text, a, b))
    return timed >= 2 and sum(1 for a, b in paras if _marker(text, a, b, True)) >= 2


def _marker(text: str, a: int, b: int, timed: bool) -> re.Match | None:
    """The change-of-speaker marker a caption line opens with, if any."""
    m = MARK.match(text, a, b)
    if m or not timed:
        return m
    line = text.rfind("\n", 0, a) + 1  # a dash may already be left out as a list marker
    return VOICE.match(text, a, b) or LABEL.match(text, a, b) or DASH.match(text, line, b)


def _role_labels(text: str, paras: list[tuple[int, int]]) -> set[str]:
    """Labels naming a role, not a note: a meeting role, or one word the file repeats."""
    labels = [m["label"] for a, b in paras if (m := LABEL.match(text, a, b))]
    return {
        x
        for x in labels
        if meeting_role(x) or (labels.count(x) >= 2 and re.fullmatch(r"[A-Za-z\-]+", x))
    }


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
        name = state_named(_capitalised(words[:n]))
        if name:
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

    def voice(self, name: str) -> Person:
        """The person a voice tag names ("<v Ana Ruiz>")."""
        words = name.lower().split()
        for person, keys in self.known:
            if set(words) <= keys:
                return person
        person = self.ctx.registry.add(Person(name=name.strip()))
        self.known.append((person, set(words)))
        return person

    def states(self, line: str) -> list[tuple[int, Person]]:
        """The States a line names bare ("spain has asked for the floor"), by position."""
        out = []
        for m in re.finditer(WORD, line):
            state = _state(" ".join(re.findall(WORD, line[m.start() :])[:4]))
            if state and (not out or m.start() > out[-1][0] + len(out[-1][1].name)):
                person = Person(name=state, affiliation=state, kind="delegation")
                out.append((m.start(), self.ctx.registry.add(person)))
        return out

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


def _surname_only(line: str) -> str | None:
    """ "mr. solberg, please": a person handed the floor by honorific and one name."""
    found = None
    for m in HON_LOWER.finditer(line):
        words = _name_words(m["name"])
        if len(words) == 1 and not meeting_role(words[0]):
            found = words[0]
    return found


def _full_name(surname: str, lines: list[str]) -> list[str]:
    """ "henrik solberg, ocean ...": the full name a speaker gives for a surname."""
    for line in lines:
        m = re.search(rf"\b({WORD})\s+{re.escape(surname)}\b", line)
        if m and m.group(1) not in _stop() and not re.fullmatch(rf"(?i:{HON})", m.group(1)):
            return [m.group(1), surname]
    return [surname]


def _body(text: str, a: int, b: int, marker: re.Match | None) -> tuple[int, int]:
    """The spoken words of a caption line: after its marker, before a closing voice tag."""
    start = max(marker.end(), a) if marker else a
    end = VOICE_END.search(text, start, b)
    return start, end.start() if end else b


def attribute_captions(
    doc_id: str, text: str, paras: list[tuple[int, int]], ctx: Context
) -> list[Unit]:
    people = _People(ctx)
    timed = any(TIME_LINE.fullmatch(text, a, b) for a, b in paras)
    if timed:
        paras = [(a, b) for a, b in paras if not FURNITURE.fullmatch(text, a, b)]
    roles = _role_labels(text, paras) if timed else set()
    turns: list[list[tuple[int, int]]] = []
    head: list[tuple[int, int]] = []
    said_by = None  # the label or voice of the turn so far: the same one again goes on with it
    for a, b in paras:
        marker = _marker(text, a, b, timed)
        by = marker.groupdict().get("label") or marker.groupdict().get("voice") if marker else None
        if marker and (by is None or by != said_by or not turns):
            turns.append([(a, b)])
            said_by = by
        elif turns:
            turns[-1].append((a, b))
        else:
            head.append((a, b))
    units = [Unit(doc_id, a, b, text[a:b]) for a, b in head]
    moderator: Person | None = None
    handed: Person | None = None
    surname: str | None = None
    previous: Person | None = None
    holders: dict[str, Person] = {}
    for lines in turns:
        marker = _marker(text, *lines[0], timed)
        said = [text[a:b].lower() for a, b in lines]
        named = [people.mentions(s, n) for s, n in zip(said, [*said[1:], ""], strict=True)]
        self_named = next(
            (people.add(w, "", s) for s in said if (m := SELF.search(s)) and
             len(w := _name_words(m["name"])) >= 2), None,
        )  # fmt: skip
        if surname is not None and handed is None:
            handed = people.add(_full_name(surname, said[:2]), "", said[0])
        label = marker.groupdict().get("label") if marker else None
        voice = marker.groupdict().get("voice") if marker else None
        role = label if label in roles else voice if voice and meeting_role(voice) else None
        who = handed or self_named
        if role is not None:
            who = holders.get(role) or ctx.holder(role) or self_named
            if who is None:
                who = ctx.registry.add(Person(name=role_case(role), roles=[role_case(role)]))
            holders[role] = who
            ctx.hold(role, who)
            moderator = moderator or who
        elif voice:
            who = people.voice(voice)
        tail = list(zip(said, named, strict=True))[-HANDOVER_LINES:]
        if who is not None and who is moderator:  # the one chairing hands the floor to a State
            tail = [
                (s, sorted([*found, *people.states(s)], key=lambda x: x[0])) for s, found in tail
            ]
        last = [p for _, found in tail for _, p in found]
        fresh = [p for p in last if p is not who and p is not previous]
        bare = _surname_only(said[-1])  # "mr. solberg, please": not the one just thanked
        hands_on = fresh[0] if fresh else (last[-1] if last and bare is None else None)
        opens = named[0][0][1] if named[0] else None
        if who is None and moderator is not None and previous is not moderator:
            thanks_previous = THANKS.search(said[0]) and opens is not None and opens is previous
            if thanks_previous or (hands_on is not None and hands_on is not moderator):
                who = moderator
        if moderator is None and who is not None and hands_on not in (None, who):
            moderator = who
        handed = hands_on if hands_on is not who else None
        surname = bare if handed is None and who is moderator else None
        previous = who
        for a, b in lines:
            start, end = _body(text, a, b, _marker(text, a, b, timed))
            for span in sentences.split(text, start, end) if start < end else []:
                u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
                if span.start == start:
                    u.start, u.text = a, text[a : span.end]
                body = text[span.start : span.end].strip()
                if who is not None and not (body.startswith("[") and body.endswith("]")):
                    u.speaker = u.frame_speaker = who.name
                    u.kind, u.quotes = "quote", [(span.start, span.end)]
                units.append(u)
    return units
