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
from .names import (
    HON,
    MEETING_ROLE_RE,
    NAME_CORE,
    ROLE_RE,
    Person,
    clean_honorific,
    gender_of,
    is_role_only,
    split_org,
    title_case,
)
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


SIGNED_RE = re.compile(r"(?i)^\s*(?:\(signed\)|\[signed\]|signed:?)\s*|\s*\(signed\)\s*$")
ON_BEHALF_RE = re.compile(r"(?i)(?:on behalf of|for)\s+(?:the\s+)?(.+?)[,:]?$")
SIGNER_RE = re.compile(rf"(?P<hon>(?:{HON}\s+)*)(?P<name>{NAME_CORE})")


DATE_OR_ADDRESS = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}|\d{4}-\d\d-\d\d|\d+)$|@|https?:|www\."
)


def _parts(line: str) -> list[str]:
    """'Name / Title, Org' -> its parts; a date or an address is left out."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|,\s+", line) if p.strip()]
    return [p for p in parts if not DATE_OR_ADDRESS.search(p)]


def _is_title(part: str) -> bool:
    return bool(ROLE_RE.match(part)) or part[:1].islower()


def signature(text: str, paras: list[tuple[int, int]]) -> tuple[Person, int] | None:
    """A signature block at the end: a name line, then its title and organisation.

    "Name, Title" / "Org"; "Name" / "Title, Org"; "Name" / "Title" / "Org"; "(signed) Name";
    "Name / Title, Org". The title is the signatory's role, the organisation their affiliation
    (a meeting's role, "Chair, 2024 Dialogue", names the meeting instead).
    """
    tail = paras[-5:]
    for i, (a, b) in enumerate(tail):
        parts = _parts(SIGNED_RE.sub("", text[a:b]))
        m = SIGNER_RE.fullmatch(parts[0]) if parts else None
        if not m or is_role_only(m.group("name")) or len(m.group("name").split()) < 2:
            continue
        lines = [parts[1:]] if parts[1:] else []
        for a2, b2 in tail[i + 1 : i + 3]:
            more = _parts(text[a2:b2])
            if not more or re.search(r"[.!?]$", text[a2:b2].strip()):
                break
            lines.append(more)
        titles = [p for line in lines for p in line if _is_title(p)]
        org_line = next((line for line in lines if not _is_title(line[-1])), None)
        if not titles:
            continue
        org = ", ".join(p for p in org_line if not _is_title(p)) if org_line else None
        if org is None and i > 0:  # "On behalf of the X:" above the name
            behalf = ON_BEHALF_RE.match(text[tail[i - 1][0] : tail[i - 1][1]].strip())
            org = behalf.group(1) if behalf else None
        hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
        person = Person(name=title_case(m.group("name")), honorific=hon, gender=gender_of(hon))
        person.roles = [titles[0], "signatory"]
        if org and MEETING_ROLE_RE.match(titles[0]):
            person.roles[0] = f"{titles[0]} of the {org}"  # "Chair, 2024 Dialogue"
        elif org:
            person.affiliation, person.acronym = split_org(org)
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
