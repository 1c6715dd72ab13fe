"""Speaker-attributed units -> llama-index nodes with full metadata, and back.

Each node's metadata carries everything its citation needs (speaker, affiliation, roles, kind,
document, character offsets, quote spans, the reporting frame and who speaks it, the document's
kind and meeting), so an answer can be checked against the source without re-parsing it. The
embedded text starts with the speaker and affiliation, so a question that names an
organisation finds its speaker's words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .attribution.nlp import is_state
from .sources import Document
from .speakers import Person, Unit, analyse

if TYPE_CHECKING:
    from llama_index.core.schema import TextNode

UNIT_FORMAT = 3  # bump when unit metadata or embedded text changes meaning
# Keys Chroma filters on (`where`) stay keys of their own; the rest go as one JSON value.
# Chroma keeps a row per key per unit: 33 keys made reading 7,000 units' metadata 5-8 s, the
# packed form 1 s, and writing them a third faster (measured on 500 synthetic documents).
# Units stored unpacked (by earlier versions) read the same, so this needs no new format.
FILTER_KEYS = ("source_doc", "speaker")

Span = tuple[int, int]


@dataclass
class StoredUnit:
    """A unit as the engine holds it in memory (from the store's metadata)."""

    unit_id: str
    doc_id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None
    honorific: str | None
    gender: str | None
    affiliation: str | None
    acronym: str | None
    roles: list[str]
    quotes: list[Span]
    attr: Span | None
    verb: str | None
    mentions: list[str]
    doc_title: str
    doc_date: str | None
    doc_sha256: str
    order: int
    speaker_kind: str = "person"  # person | delegation | organisation
    affiliation_kind: str = "organisation"  # "delegation" when the affiliation is a State
    frame: Span | None = None  # the reporting frame: mention + appositive + verb
    frame_speaker: str | None = None  # who speaks the words outside the quote marks
    quoted_by: str | None = None  # the speaker quoting `speaker` here
    role: str | None = None  # "Chair": a speaker named by role, resolved by the directory
    role_org: str | None = None
    role_kind: str | None = None
    doc_kind: str = "press release"
    meeting: str = ""  # meeting key: documents of one meeting share it
    meeting_title: str = ""
    doc_roles: dict[str, str] = field(default_factory=dict)  # "chair" -> name, in this document
    # What this document says of each role holder (honorific, gender, affiliation, ...).
    doc_holders: dict[str, dict] = field(default_factory=dict)

    def quote_text(self, doc_text: str) -> str:
        return " … ".join(doc_text[s:e] for s, e in self.quotes)

    def attribution_of(self, start: int, end: int) -> tuple[str | None, str]:
        """Who speaks the words at [start, end) of this unit, and as what kind.

        Inside a quote: the quoted speaker's quote. Inside the reporting frame ("As pointed
        out by Mr. X, Chair of Y,"): the frame's speaker (the record's narrative in prose).
        The whole unit, or a span that takes in a quote: the unit's own attribution. Other
        words: the frame speaker's own words in a transcript turn or a statement, the
        speaker's reported speech in prose.
        """
        frame_kind = "quote" if self.frame_speaker else "narrative"
        if self.kind == "question":
            return self.speaker, "question"
        for qs, qe in self.quotes:
            if qs <= start and end <= qe:
                return (self.speaker, "quote") if self.speaker else (None, "narrative")
        for span in (self.attr, self.frame):
            if span and span[0] <= start and end <= span[1]:
                return self.frame_speaker, frame_kind
        if not self.speaker:
            return None, "narrative"
        if (start <= self.start and self.end <= end) or any(
            start < qe and qs < end for qs, qe in self.quotes
        ):
            return self.speaker, self.kind
        if self.frame_speaker:
            return self.frame_speaker, "quote"
        return self.speaker, "narrative" if self.kind == "narrative" else "paraphrase"


def affiliation_kind(person: Person | None) -> str:
    """'delegation' when the speaker speaks for a State ("Mexico"); 'company' or 'institution'
    when the record says what kind of body the employer is ("the retailer X"); else
    'organisation'."""
    if person is None or not person.affiliation:
        return "organisation"
    if person.kind == "delegation" or is_state(person.affiliation):
        return "delegation"
    return person.employer_kind or "organisation"


def unit_id(doc: Document, unit: Unit) -> str:
    return f"{doc.doc_id}:{unit.start}-{unit.end}"


def embed_text(unit: Unit, person: Person | None) -> str:
    if person is None:
        return unit.text
    head = person.name
    extras = [x for x in (person.affiliation, person.acronym, *person.roles) if x and x != head]
    if extras:
        head += f" ({', '.join(dict.fromkeys(extras))})"
    return f"{head}: {unit.text}"


def _metadata(doc: Document, unit: Unit, person: Person | None, order: int, found) -> dict:
    return {
        "source_doc": doc.doc_id,  # llama-index reserves "doc_id"
        "doc_title": doc.title,
        "doc_date": doc.date or "",
        "doc_sha256": doc.sha256,
        "start": unit.start,
        "end": unit.end,
        "kind": unit.kind,
        "speaker": unit.speaker or "",
        "speaker_kind": (person.kind if person else "person"),
        "affiliation_kind": affiliation_kind(person),
        "honorific": (person.honorific if person else None) or "",
        "gender": (person.gender if person else None) or "",
        "affiliation": (person.affiliation if person else None) or "",
        "acronym": (person.acronym if person else None) or "",
        "roles": json.dumps(person.roles if person else []),
        "quotes": json.dumps(unit.quotes),
        "attr": json.dumps(unit.attr),
        "frame": json.dumps(unit.frame),
        "frame_speaker": unit.frame_speaker or "",
        "quoted_by": unit.quoted_by or "",
        "role": unit.role or "",
        "role_org": unit.role_org or "",
        "role_kind": unit.role_kind or "",
        "verb": unit.verb or "",
        "mentions": json.dumps(unit.mentions),
        "doc_kind": found.doc_kind,
        "meeting": found.meeting.key,
        "meeting_title": found.meeting.title,
        "doc_roles": json.dumps(found.roles),
        "doc_holders": json.dumps(found.holders),
        "order": order,
        "format": UNIT_FORMAT,
    }


def document_nodes(doc: Document) -> list[TextNode]:
    """Units of one document as llama-index nodes (embedding not yet set)."""
    from llama_index.core.schema import TextNode

    found = analyse(doc)
    by_name = {p.name: p for p in found.people}
    nodes = []
    for order, unit in enumerate(found.units):
        person = by_name.get(unit.speaker) if unit.speaker else None
        node = TextNode(
            id_=unit_id(doc, unit),
            text=embed_text(unit, person),
            metadata=_metadata(doc, unit, person, order, found),
        )
        node.excluded_embed_metadata_keys = list(node.metadata)
        node.excluded_llm_metadata_keys = list(node.metadata)
        nodes.append(node)
    return nodes


def stored(meta: dict) -> dict:
    """A unit's metadata as written to Chroma: FILTER_KEYS, and the rest packed in `unit`."""
    rest = {k: v for k, v in meta.items() if k not in FILTER_KEYS}
    return {**{k: meta[k] for k in FILTER_KEYS}, "unit": json.dumps(rest, ensure_ascii=False)}


def unpacked(meta: dict) -> dict:
    """The full metadata of a unit as `stored` wrote it."""
    if "unit" not in meta:
        return meta
    return {**json.loads(meta["unit"]), **{k: meta[k] for k in FILTER_KEYS if k in meta}}


def _span(raw: str | None) -> Span | None:
    value = json.loads(raw or "null")
    return (int(value[0]), int(value[1])) if value else None


def _shared(raw: str, memo: dict[str, Any] | None) -> Any:
    """The parsed JSON of a field each unit of a document repeats (its roles, holders): with
    a `memo`, one object per document instead of one per unit (about 1 kB a unit)."""
    if memo is None:
        return json.loads(raw)
    found = memo.get(raw)
    if found is None:
        found = memo[raw] = json.loads(raw)
    return found


def from_metadata(
    uid: str, meta: dict, doc_text: str, memo: dict[str, Any] | None = None
) -> StoredUnit:
    """A stored unit from its Chroma metadata; units read with one `memo` share the
    document-level values (never mutate `doc_roles` / `doc_holders` in place)."""
    meta = unpacked(meta)
    start, end = int(meta["start"]), int(meta["end"])
    return StoredUnit(
        unit_id=uid,
        doc_id=str(meta["source_doc"]),
        text=doc_text[start:end],
        start=start,
        end=end,
        kind=str(meta["kind"]),
        speaker=meta.get("speaker") or None,
        honorific=meta.get("honorific") or None,
        gender=meta.get("gender") or None,
        affiliation=meta.get("affiliation") or None,
        acronym=meta.get("acronym") or None,
        roles=json.loads(meta.get("roles") or "[]"),
        quotes=[(int(s), int(e)) for s, e in json.loads(meta.get("quotes") or "[]")],
        attr=_span(meta.get("attr")),
        verb=meta.get("verb") or None,
        mentions=json.loads(meta.get("mentions") or "[]"),
        doc_title=str(meta.get("doc_title") or meta["source_doc"]),
        doc_date=meta.get("doc_date") or None,
        doc_sha256=str(meta.get("doc_sha256") or ""),
        order=int(meta.get("order") or 0),
        speaker_kind=meta.get("speaker_kind") or "person",
        affiliation_kind=meta.get("affiliation_kind") or "organisation",
        frame=_span(meta.get("frame")),
        frame_speaker=meta.get("frame_speaker") or None,
        quoted_by=meta.get("quoted_by") or None,
        role=meta.get("role") or None,
        role_org=meta.get("role_org") or None,
        role_kind=meta.get("role_kind") or None,
        doc_kind=meta.get("doc_kind") or "press release",
        meeting=meta.get("meeting") or "",
        meeting_title=meta.get("meeting_title") or "",
        doc_roles=_shared(meta.get("doc_roles") or "{}", memo),
        doc_holders=_shared(meta.get("doc_holders") or "{}", memo),
    )
