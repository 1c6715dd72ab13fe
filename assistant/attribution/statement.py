"""Written contributions and statements: the author organisation speaks in the first person.

A statement is prose whose sentences say "we" and "our" (outside any quotation marks) and that
is not a transcript. Its author is the organisation in its signature ("Name / Director, Org"),
else its opening heading, else the publisher in its metadata. Every sentence of its body is the
author's own words; the signatory is a speaker with their role; the heading lines are the
record's narrative.
"""

from __future__ import annotations

import re

from .. import sentences
from .names import MEETING_ROLE_RE, NAME_CORE, ROLE_RE, Person, is_role_only, split_org
from .prose import HON_NAME_RE, Context, mention_at, outside, register_roles
from .units import Unit

FIRST_PLURAL = re.compile(r"\b(?:we|our|ours|us)\b", re.I)
FIRST_SINGULAR = re.compile(r"\b(?:I|my|me)\b")
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|me)\b")


def _outside_quotes_text(text: str, span: sentences.Span) -> str:
    out, pos = [], span.start
    for qs, qe in span.quotes:
        out.append(text[pos : max(pos, qs - 1)])
        pos = max(pos, qe + 1)
    out.append(text[pos : span.end])
    return " ".join(out)


def is_statement(
    text: str, spans: list[sentences.Span], heading: set[int], signed: bool = False
) -> bool:
    body = [s for s in spans if s.start not in heading]
    if len(body) < 3:
        return False
    body = [s for s in body if len(text[s.start : s.end].split()) >= 4]
    first = sum(1 for s in body if FIRST_PERSON.search(_outside_quotes_text(text, s)))
    quoted = sum(1 for s in body if s.quotes)
    share = 0.1 if signed else 0.25  # a signature at the end is itself the mark of a statement
    return first >= 3 and first >= share * len(body) and quoted <= 0.2 * len(body)


def signature(text: str, paras: list[tuple[int, int]]) -> tuple[Person, int] | None:
    """'Selin Aydemir' then 'Director, Safer Borders Initiative' at the end: the signatory."""
    tail = paras[-4:]
    for i, (a, b) in enumerate(tail):
        line = text[a:b].strip()
        m = re.fullmatch(rf"(?:\(Signed\)\s*)?({NAME_CORE})(?:,\s*(.+))?", line)
        if not m or is_role_only(m.group(1)) or len(m.group(1).split()) < 2:
            continue
        rest = m.group(2) or (
            text[tail[i + 1][0] : tail[i + 1][1]].strip() if i + 1 < len(tail) else ""
        )
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        if not parts or not ROLE_RE.match(parts[0]):
            continue
        person = Person(name=m.group(1), roles=[parts[0], "signatory"])
        if len(parts) > 1 and MEETING_ROLE_RE.match(parts[0]):
            person.roles[0] = f"{parts[0]} of the {', '.join(parts[1:])}"  # "Chair, 2024 Dialogue"
        elif len(parts) > 1:
            person.affiliation, person.acronym = split_org(", ".join(parts[1:]))
        return person, a
    return None


def attribute_statement(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    ctx: Context,
    heading: set[int],
    publisher: str | None,
) -> list[Unit]:
    register_roles(text, ctx)
    signed = signature(text, paras)
    opening = text[paras[0][0] : paras[0][1]].strip() if paras else ""
    author_name = None
    if signed and signed[0].affiliation:
        author_name = signed[0].affiliation
    elif opening and not re.search(r"[.!?:]$", opening) and len(opening.split()) <= 8:
        author_name = opening
    author_name = author_name or publisher
    author = None
    singular = sum(1 for s in spans if FIRST_SINGULAR.search(text[s.start : s.end]))
    plural = sum(1 for s in spans if FIRST_PLURAL.search(text[s.start : s.end]))
    if signed and singular > plural:  # "I recommend …": the signatory's own statement
        author = ctx.registry.add(signed[0])
        for r in author.roles:
            ctx.hold(r, author)
    elif author_name:
        base, acr = split_org(author_name)
        author = ctx.registry.add(
            Person(name=base, affiliation=base, acronym=acr, kind="organisation",
                   roles=["author of the written statement"])
        )  # fmt: skip
    signatory = ctx.registry.add(signed[0]) if signed else None
    sign_at = signed[1] if signed else len(text)
    started = False
    units: list[Unit] = []
    for span in spans:
        u = Unit(doc_id, span.start, span.end, text[span.start : span.end])
        units.append(u)
        for m in HON_NAME_RE.finditer(text, span.start, span.end):
            if outside(span.quotes, m.start(), m.end()):
                named = mention_at(text, m, ctx).person
                if named is not None:
                    u.mentions.append(named.name)
        if span.start >= sign_at and signatory is not None:
            u.speaker, u.kind, u.frame_speaker = signatory.name, "quote", signatory.name
            u.quotes = [(span.start, span.end)]
            continue
        started = started or bool(FIRST_PERSON.search(u.text))
        if not started or span.start in heading or author is None:
            continue  # the title, place and date lines above the first sentence
        u.speaker, u.kind, u.frame_speaker = author.name, "quote", author.name
        u.quotes = [(span.start, span.end)]
    return units
