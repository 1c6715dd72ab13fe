"""Timestamped captions with no speaker labels, whose turns are known from the host's hand-overs.

An auto-captioned webcast is a run of caption blocks, each opening with a timestamp
("[00:03:36] …"), and nobody is labelled. The host opens the recording and names themself
("My name is X"); a hand-over of the floor ("I now give the floor to Ms. X of Y", "X, please go
ahead", "over to you, X") starts X's turn at the next block, and X speaks until the host speaks
again: a block that hands the floor on, or opens by thanking or addressing X (by name, by their
State or body: "Thank you, Kenya."). A delegate speaking for a State is the person, of that
State. What the host reads out from one named ("our colleague from X has written in the chat …
I quote. … End of quote.", "a question in the chat from X") is that sender's; caption notes
("[inaudible]") and the lines before the first block are nobody's.
"""

from __future__ import annotations

import re

from .. import sentences
from . import nlp
from .captions import _state
from .countries import state_named
from .names import HON, Person, body_kind
from .prose import Context
from .units import Unit

STAMP = re.compile(r"[ \t]*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?[ \t]+(?=\S)")
NOTE = re.compile(r"\s*(?:\[[^\[\]\n]{1,30}\]\s*)+")
UP = r"[A-ZÀ-Þ][\w'’\-]*"
NAME = rf"{UP}(?:[ \t]+{UP}){{0,4}}"
HONS = rf"(?:(?:{HON})[ \t]+)+"
DELEGATE = r"the\s+(?:distinguished\s+)?(?:delegate|representative|delegation)s?\s+of\s+"
TARGET = (
    rf"(?:(?:my|our)\s+(?:[a-z]+\s+)?colleague,?\s+)?(?P<who>(?:{HONS})?{NAME}|{DELEGATE}[^.,;?!]+)"
)
AFTER = r"(?P<rest>[^.;?!\n]*)"
HANDOVER = [
    re.compile(
        rf"\b(?:give|pass|hand|turn|yield)\s+(?:the\s+floor|over|the\s+microphone|the\s+word)\s+"
        rf"to\s+{TARGET}{AFTER}"
    ),
    re.compile(rf"\b(?:over\s+to\s+you|the\s+floor\s+is\s+yours|go\s+ahead),?\s+{TARGET}{AFTER}"),
    re.compile(
        rf"(?:^|[.,]\s+|\s)(?P<who>(?:{HONS})?{NAME}),\s+(?:please\s+go\s+ahead|go\s+ahead|"
        r"you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours|over\s+to\s+you|"
        r"would\s+you\s+like\s+to\s+(?:respond|answer|reply|react))\b(?P<rest>)"
    ),
]
SELF = re.compile(rf"\b(?:[Mm]y name is|I am|I'm|I’m)[ \t]+(?P<name>{NAME})")
FROM = re.compile(r"\bI\s+am\s+(?:from|with)\s+(?:the\s+)?(?P<body>[^.,;?!\n]+)")
OPENING = re.compile(
    r"(?i:thank\s+you|thanks)(?:\s+(?i:very|so)\s+much)?(?:\s+indeed)?,?\s+"
    rf"(?P<to>(?:{HONS})?[^.,;?!]+)"
)
ADDRESS = re.compile(rf"(?P<to>{HONS}{NAME}),")
ROLE = re.compile(
    r"(?i)\b(?:thank\s+you|thanks)[^.?!]{0,20}?\b(?:mr\.?\s+|madam\s+)?(chair|moderator)\b"
)
HOST_WORD = re.compile(r"(?i)\b(?:chair|chairperson|moderator|president)\b")
READ_OUT = re.compile(r"(?i)\b(?:chat|message|written\s+in|read\s+(?:it\s+)?out)\b")
SENDER = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<hon>{HONS})?(?P<x>{NAME})")
QUOTE_OPEN = re.compile(r"(?i)^\s*(?:I\s+)?quote[.:]?\s*$")
QUOTE_CLOSE = re.compile(r"(?i)^\s*(?:end\s+of\s+quote|unquote|close\s+quote)[.]?\s*$")
WORDS_OF = re.compile(r"(?i)\bin\s+(?:his|her|their)\s+(?:own\s+)?words\b")
STOP_BODY = re.compile(r"\s+(?:who|which|that|on|to|for\s+the|and\s+I)\b.*$")


def _blocks(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]]]:
    """The lines before the first timestamp, and each block as (start, words start, end)."""
    head, blocks = [], []
    for m in re.finditer(r"[^\n]+", text):
        stamp = STAMP.match(text, m.start(), m.end())
        if stamp:
            blocks.append((m.start(), stamp.end(), m.end()))
        elif blocks:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], m.end())
        elif m.group().strip():
            head.append((m.start(), m.end()))
    return head, blocks


def _cap(words: str) -> str:
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words.split())


class _Cast:
    """The people the captions name, found again by any word of their name or affiliation."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.people: list[Person] = []

    def _keep(self, person: Person) -> Person:
        person = self.ctx.registry.add(person)
        if person not in self.people:
            self.people.append(person)
        return person

    def known(self, phrase: str) -> Person | None:
        words = [w for w in re.findall(r"[\w'’\-]+", phrase) if not re.fullmatch(HON, w)]
        if not words:
            return None
        state = _state(" ".join(words).lower())
        for p in reversed(self.people):
            keys = set(p.name.split()) | set((p.affiliation or "").split())
            if p.kind == "person" and set(words) <= set(p.name.split()):
                return p
            if state and (state_named(p.affiliation or "") == state or p.name == state):
                return p
            if len(words) == 1 and words[0] in keys and p.kind == "person":
                return p
        return None

    def target(self, who: str, rest: str) -> Person | None:
        """The one a hand-over names: a delegation, a person (of a State or a body)."""
        m = re.match(rf"{DELEGATE}(?:the\s+)?(?P<s>.+)", who)
        if m:
            state = _state(m["s"].lower())
            if not state:
                return None
            return self._keep(Person(name=state, affiliation=state, kind="delegation"))
        hon = re.match(HONS, who)
        name = who[hon.end() :] if hon else who
        found = self.known(name)
        if found is not None:
            return found
        if state_named(name):
            return self._keep(
                Person(name=state_named(name), affiliation=state_named(name), kind="delegation")
            )
        if hon is None and len(name.split()) < 2:
            return None
        person = Person(name=name.strip(), honorific=hon.group().strip() if hon else None)
        of = re.match(r"\s*,?\s*(?:of|from)\s+(?:the\s+)?(?P<body>[^,;?!]+)", rest)
        if of:
            body = STOP_BODY.sub("", of["body"]).strip()
            state = _state(body.lower())
            if state:
                person.affiliation = state
            elif body and len(body.split()) <= 8:
                person.affiliation = _cap(body)
                person.employer_kind = body_kind(body)
        return self._keep(person)

    def sender(self, sentence: str, bodies: list[str]) -> Person | None:
        """The one a read-out message comes from ("our colleague from X", "from X")."""
        for m in SENDER.finditer(sentence):
            x = m["x"]
            if m["hon"]:  # "a question from Ms. X": that person
                return self.known(x) or self._keep(Person(name=x, honorific=m["hon"].strip()))
            state = _state(x.lower())
            if state:
                return self._keep(Person(name=state, affiliation=state, kind="delegation"))
            if x[:1].isupper():
                full = next((b for b in bodies if b.startswith(x) and b != x), x)
                return self._keep(Person(name=full, affiliation=full, kind="organisation"))
        return None


def _voice(said: str, cast: _Cast, speaker: Person) -> Person | None:
    """Whose words a speaker reads out "in her words": the last person named before."""
    doc = nlp.pipeline()(said)
    names = [e.text for e in doc.ents if e.label_ == "PERSON"] or [
        t.text for t in doc if t.pos_ == "PROPN" and not t.is_sent_start and t.text[:1].isupper()
    ]
    names = [n for n in names if not state_named(n) and cast.known(n) is None]
    return cast._keep(Person(name=names[-1])) if names else None


def _handovers(sentence: str) -> list[re.Match]:
    return [m for rx in HANDOVER for m in rx.finditer(sentence)]


def _refers(phrase: str, person: Person | None, cast: _Cast) -> bool:
    return person is not None and cast.known(phrase) is person


def attribute_handovers(
    doc_id: str, text: str, paras: list[tuple[int, int]], ctx: Context
) -> list[Unit] | None:
    """Units of timestamped, unlabelled captions, or None when the document is not one: fewer
    than three timestamped blocks or fewer than two hand-overs of the floor."""
    head, blocks = _blocks(text)
    if len(blocks) < 3:
        return None
    said = [sentences.split(text, w, e) for _, w, e in blocks]
    spans = [[text[s.start : s.end] for s in ss] for ss in said]
    if sum(1 for ss in spans for s in ss if _handovers(s)) < 2:
        return None
    cast = _Cast(ctx)
    host = None
    for ss in spans[:6]:
        for s in ss:
            m = SELF.search(s)
            if m and len(m["name"].split()) >= 2 and not state_named(m["name"]):
                host = cast._keep(Person(name=m["name"]))
                where = FROM.search(" ".join(ss))
                if where and not host.affiliation:
                    body = STOP_BODY.sub("", where["body"]).strip()
                    host.affiliation = _state(body.lower()) or _cap(body)
                break
        if host:
            break
    role = next((m.group(1) for ss in spans for s in ss if (m := ROLE.search(s))), None)
    if role is not None:
        holder = (
            host
            or ctx.holder(role)
            or cast._keep(Person(name=role.capitalize(), roles=[role.capitalize()]))
        )
        if role.capitalize() not in holder.roles:
            holder.roles.append(role.capitalize())
        ctx.hold(role.capitalize(), holder)
        host = holder
    bodies = []
    for ss in spans:  # every body a hand-over names: a message's sender may be named shorter
        for s in ss:
            for m in _handovers(s):
                of = re.match(r"\s*,?\s*(?:of|from)\s+(?:the\s+)?(?P<body>[^,;?!]+)", m["rest"])
                if of:
                    bodies.append(_cap(STOP_BODY.sub("", of["body"]).strip()))
    units = [Unit(doc_id, a, b, text[a:b]) for a, b in head]
    current, pending = host, None
    for (a, _w, _e), ss, texts in zip(blocks, said, spans, strict=True):
        words = [t for t in texts if not NOTE.fullmatch(t)]
        hands = [m for t in words for m in _handovers(t)]
        first = NOTE.sub(" ", words[0]).strip() if words else ""
        opening = OPENING.match(first) or ADDRESS.match(first)
        to_host = opening is not None and (
            _refers(opening["to"], host, cast) or bool(HOST_WORD.search(opening["to"]))
        )  # "Thank you, chair.": one given the floor, who may hand it to a colleague
        if not words:
            speaker = None
        elif pending is not None and (not hands or to_host):
            speaker, current = pending, pending
        elif hands or (current is not host and opening and _refers(opening["to"], current, cast)):
            speaker = current = host
        else:
            speaker = current
        pending = None
        if hands:
            m = hands[-1]
            pending = cast.target(m["who"], m["rest"])
        sender, reading, quoting, voice = None, False, False, None
        for i, (span, t) in enumerate(zip(ss, texts, strict=True)):
            u = Unit(doc_id, span.start, span.end, t)
            if i == 0:
                u.start, u.text = a, text[a : span.end]
            by = speaker
            if NOTE.fullmatch(t):
                by = None
            elif speaker is host and host is not None:
                if READ_OUT.search(t) and not _handovers(t):
                    sender, reading = cast.sender(t, bodies), True
                elif reading and QUOTE_OPEN.match(t):
                    quoting = True
                elif reading and QUOTE_CLOSE.match(t):
                    reading = quoting = False
                elif reading and (quoting or t.rstrip().endswith("?")) and not _handovers(t):
                    by = sender
                else:
                    reading = quoting = False
            elif voice is not None:
                by = voice
            elif speaker is not None and WORDS_OF.search(t):
                voice = _voice(" ".join(texts[: i + 1]), cast, speaker)
            if by is not None:
                u.speaker = u.frame_speaker = by.name
                u.kind, u.quotes = "quote", [(span.start, span.end)]
            units.append(u)
    return units
