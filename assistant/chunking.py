"""Speaker-attributed units -> llama-index nodes with full metadata, and back.

Each node's metadata carries everything its citation needs (speaker, affiliation, roles, kind,
document, character offsets, quote spans), so an answer can be checked against the source
without re-parsing it. The embedded text starts with the speaker and affiliation, so a
question that names an organisation finds its speaker's words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .sources import Document
from .speakers import Person, Unit, attribute

if TYPE_CHECKING:
    from llama_index.core.schema import TextNode

UNIT_FORMAT = 1  # bump when unit metadata or embedded text changes meaning


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
    quotes: list[tuple[int, int]]
    attr: tuple[int, int] | None
    verb: str | None
    mentions: list[str]
    doc_title: str
    doc_date: str | None
    doc_sha256: str
    order: int

    def quote_text(self, doc_text: str) -> str:
        return " … ".join(doc_text[s:e] for s, e in self.quotes)


def unit_id(doc: Document, unit: Unit) -> str:
    return f"{doc.doc_id}:{unit.start}-{unit.end}"


def embed_text(unit: Unit, person: Person | None) -> str:
    if person is None:
        return unit.text
    head = person.name
    extras = [x for x in (person.affiliation, person.acronym, *person.roles) if x]
    if extras:
        head += f" ({', '.join(extras)})"
    return f"{head}: {unit.text}"


def _metadata(doc: Document, unit: Unit, person: Person | None, order: int) -> dict:
    return {
        "source_doc": doc.doc_id,  # llama-index reserves "doc_id"
        "doc_title": doc.title,
        "doc_date": doc.date or "",
        "doc_sha256": doc.sha256,
        "start": unit.start,
        "end": unit.end,
        "kind": unit.kind,
        "speaker": unit.speaker or "",
        "honorific": (person.honorific if person else None) or "",
        "gender": (person.gender if person else None) or "",
        "affiliation": (person.affiliation if person else None) or "",
        "acronym": (person.acronym if person else None) or "",
        "roles": json.dumps(person.roles if person else []),
        "quotes": json.dumps(unit.quotes),
        "attr": json.dumps(unit.attr),
        "verb": unit.verb or "",
        "mentions": json.dumps(unit.mentions),
        "order": order,
        "format": UNIT_FORMAT,
    }


def document_nodes(doc: Document) -> list[TextNode]:
    """Units of one document as llama-index nodes (embedding not yet set)."""
    from llama_index.core.schema import TextNode

    units, people = attribute(doc)
    by_name = {p.name: p for p in people}
    nodes = []
    for order, unit in enumerate(units):
        person = by_name.get(unit.speaker) if unit.speaker else None
        node = TextNode(
            id_=unit_id(doc, unit),
            text=embed_text(unit, person),
            metadata=_metadata(doc, unit, person, order),
        )
        node.excluded_embed_metadata_keys = list(node.metadata)
        node.excluded_llm_metadata_keys = list(node.metadata)
        nodes.append(node)
    return nodes


def from_metadata(uid: str, meta: dict, doc_text: str) -> StoredUnit:
    attr = json.loads(meta.get("attr") or "null")
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
        quotes=[tuple(q) for q in json.loads(meta.get("quotes") or "[]")],
        attr=tuple(attr) if attr else None,
        verb=meta.get("verb") or None,
        mentions=json.loads(meta.get("mentions") or "[]"),
        doc_title=str(meta.get("doc_title") or meta["source_doc"]),
        doc_date=meta.get("doc_date") or None,
        doc_sha256=str(meta.get("doc_sha256") or ""),
        order=int(meta.get("order") or 0),
    )
