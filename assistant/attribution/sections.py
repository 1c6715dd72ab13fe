"""A compilation of several authors' contributions in one document: authorship per section.

A section starts at a heading that names its author: "Submission by X", "Contribution of the
X", a State's name alone ("II. Iraq"), or a body's name that the section's signatory line
("Submitted by: Name, Title, X") or closing signature names too. Every sentence of a section's
body is its author's words; the signatory line and the signature block name the signatory;
the headings, and whatever comes before the first section (a secretariat's note), are the
record's own. With fewer than two such sections the document is one author's statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import sentences
from .countries import state_named
from .names import ROLE_RE, Person, clean_honorific, gender_of, split_org, title_case
from .prose import (
    Context,
    personal_name,
    register_roles,
    speaker_kind,
)
from .statement import SIGNED_RE, SIGNER_RE, heading_starts, named_body, naming_unit, signature
from .units import Unit

NUMBERING = re.compile(r"^\s*(?:\(?[IVXLC]{1,5}[.)]|\(?\d{1,2}[.)]|[A-H][.)]|#+)\s*")
DESCRIPTION = re.compile(r"\s*\((?=[^()]*[a-z])[^()]*\)\s*$")  # "(non-governmental organization)"
ABBREVIATED_TITLE = re.compile(r"^[A-Z][a-z]{1,4}\.\s+(?=[A-Z])")  # "Lic.", "Ing.": a title


@dataclass
class Section:
    start: int  # the heading's start
    body: int  # where the words after the heading start
    end: int
    author: str
    signer: Person | None = None
    signer_at: tuple[int, int] | None = None  # the signatory line or signature block


def _signer_line(line: str) -> tuple[Person, list[str]] | None:
    """The person a "Submitted by: Name, Title, Body" line names, with the rest of its parts."""
    if not re.match(r"(?i)\s*(?:submitted|signed|sent)\b", line) or not SIGNED_RE.match(line):
        return None
    rest = ABBREVIATED_TITLE.sub("", SIGNED_RE.sub("", line, count=1).strip())
    parts = [p.strip() for p in re.split(r",\s+", rest) if p.strip()]
    m = SIGNER_RE.fullmatch(parts[0]) if parts else None
    if m is None or len(m.group("name").split()) < 2:
        return None
    hon = clean_honorific(m.group("hon")) if m.group("hon").strip() else None
    person = Person(name=title_case(m.group("name")), honorific=hon, gender=gender_of(hon))
    return person, parts[1:]


def _author_of(heading: str) -> str | None:
    """The author a heading names: "Submission by X", a State's name, else None."""
    line = DESCRIPTION.sub("", NUMBERING.sub("", heading)).strip()
    if not line or len(line.split()) > 12:
        return None
    if body := named_body(line):
        return body
    return line if state_named(line) else None  # as the record spells it


def _body_name(heading: str) -> str | None:
    """A heading that is only a name ("Provenance Integrity Network"): every word capitalised
    but its connectors."""
    line = DESCRIPTION.sub("", NUMBERING.sub("", heading)).strip()
    words = line.split()
    if not 1 <= len(words) <= 8 or re.search(r"[.!?:;,]$", line):
        return None
    if all(w[:1].isupper() or w in ("of", "for", "and", "the", "on", "in", "&") for w in words):
        return line
    return None


def find(text: str, paras: list[tuple[int, int]], heads: set[int]) -> list[Section]:
    """The document's authored sections, in order; [] unless there are at least two."""
    blocks: set[int] = set()  # the lines of a signature block ("Name" / "Title"): no headings
    for i, (a, _) in enumerate(paras):
        signed = signature(text, paras[i : i + 3]) if a in heads else None
        if signed is not None and signed[1] == a and personal_name(signed[0].name):
            block = range(i, min(i + 3, len(paras)))
            blocks.update(j for j in block if j == i or not _heads_section(text[slice(*paras[j])]))
    starts = [
        i
        for i, (a, b) in enumerate(paras)
        if a in heads and i not in blocks and _signer_line(" ".join(text[a:b].split())) is None
    ]
    found: list[Section] = []
    for n, i in enumerate(starts):
        a, b = paras[i]
        nxt = starts[n + 1] if n + 1 < len(starts) else len(paras)
        mine = paras[i + 1 : nxt]
        if not mine:
            continue
        heading = " ".join(text[a:b].split())
        signer = at = None
        for c, d in mine[:2]:
            got = _signer_line(" ".join(text[c:d].split()))
            if got is not None:
                signer, at, rest = got[0], (c, d), got[1]
                signer.roles = [", ".join(p for p in rest if not _behalf(p)) or "signatory"]
                break
        if signer is None and (signed := signature(text, mine)) is not None:
            signer, at = signed[0], (signed[1], mine[-1][1])
            signer.roles = [r for r in signer.roles if r != "signatory"]
        author = _author_of(heading)
        if author is None and signer is not None and (name := _body_name(heading)):
            line = text[at[0] : at[1]]
            if name in line or name == signer.affiliation:
                author = name
        if author is None:
            continue
        if found and found[-1].end > a:
            found[-1].end = a
        found.append(Section(a, b, mine[-1][1], author, signer, at))
    return found if len({s.author for s in found}) >= 2 else []  # one author: a statement


def _heads_section(line: str) -> bool:
    """A line naming a section's author ("Nepal", "Submission by X"), not a signatory's title
    that names their State ("Permanent Representative of X to …")."""
    return _author_of(line) is not None and not ROLE_RE.match(NUMBERING.sub("", line).strip())


def _behalf(part: str) -> bool:
    return bool(re.match(r"(?i)on behalf of\b", part)) or state_named(part) is not None


def attribute_sections(
    doc_id: str,
    text: str,
    spans: list[sentences.Span],
    paras: list[tuple[int, int]],
    ctx: Context,
    heading: set[int],
) -> list[Unit] | None:
    """Each section's body is its author's; its signatory line or block names its signatory.
    None when the document is not a compilation of several authors' sections."""
    found = find(text, paras, heading | heading_starts(text, spans, paras))
    if not found:
        return None
    register_roles(text, ctx)
    authors, signers = [], []
    for sec in found:
        base, acr = split_org(sec.author)
        kind = speaker_kind(base, ctx)
        roles = ["delegation"] if kind == "delegation" else []
        authors.append(
            ctx.registry.add(
                Person(name=base, affiliation=base, acronym=acr, kind=kind,
                       roles=[*roles, "author of the written submission"])
            )
        )  # fmt: skip
        if sec.signer is not None:
            sec.signer.affiliation = base
            sec.signer.roles = [*sec.signer.roles, "signatory"]
        signers.append(ctx.registry.add(sec.signer) if sec.signer is not None else None)
    units: list[Unit] = []
    for span in spans:
        u = naming_unit(doc_id, text, span, ctx)
        units.append(u)
        k = next((k for k, s in enumerate(found) if s.start <= span.start < s.end), None)
        words = u.text.strip()
        if k is None or span.start < found[k].body or NUMBERING.fullmatch(words + " "):
            continue  # before the first section, a heading, a paragraph number: the record's
        sec, signer = found[k], signers[k]
        if sec.signer_at and sec.signer_at[0] <= span.start < sec.signer_at[1]:
            u.speaker = signer.name  # the line or block naming the signatory: about them
            continue
        u.speaker, u.kind, u.frame_speaker = authors[k].name, "quote", authors[k].name
        u.quotes = [(span.start, span.end)]
    return units
