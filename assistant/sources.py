"""Reading source_docs/: formats, content hashes, document metadata.

A document `name.ext` may have metadata beside it in `name.meta.yaml` or `name.ext.meta.yaml`
(title, date, place, publisher, kind, url, symbol; any other key is kept too) and attribution
corrections in `name.speakers.yaml` (or `name.ext.speakers.yaml`; see speakers.py). Each
format is read by readers.py. Without a `.meta.yaml` (or for a key it leaves out), what the
file declares about itself and its own opening lines give the title, date, place, publisher,
symbol and kind (see bylines.py); the author of a byline is the document's `author`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import bylines, readers
from .errors import SourceError
from .readers import Block
from .sidecars import is_sidecar, sidecar_path

READABLE = tuple(readers.FORMATS)
META_TEXT_KEYS = ("title", "date", "place", "publisher", "kind", "url", "symbol")
READER_VERSION = b"readers-4"  # in the content hash: a new way of reading re-reads every file


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: Path
    text: str
    sha256: str
    title: str
    date: str | None = None
    place: str | None = None
    publisher: str | None = None
    kind: str | None = None
    title_from_meta: bool = False
    overrides: dict = field(default_factory=dict, compare=False, hash=False)
    blocks: tuple[Block, ...] = field(default=(), compare=False, repr=False)
    fmt: str = "txt"
    meta: dict = field(default_factory=dict, compare=False, hash=False)  # every .meta.yaml key
    url: str | None = None  # the document's own link (meta `url`)
    author: str | None = None  # who wrote it (meta `author`, else its byline)
    symbol: str | None = None
    # The byline as found in the text: authors, the writer's role, its offsets (bylines.Facts)
    facts: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Skipped:
    path: Path
    reason: str


def doc_id_for(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem).strip("._-") or "document"


def discover(source_dir: Path) -> list[Path]:
    """Candidate source files, sorted; sidecars and hidden files left out."""
    if not source_dir.is_dir():
        raise SourceError(f"ASSISTANT_SOURCE_DIR: source folder not found: {source_dir}")
    return sorted(
        p
        for p in source_dir.rglob("*")
        if p.is_file() and not p.name.startswith(".") and not is_sidecar(p)
    )


def _sidecar(path: Path, suffix: str) -> dict:
    side = sidecar_path(path, suffix)
    if not side.is_file():
        return {}
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise SourceError(f"{side.name}: invalid YAML ({type(err).__name__})") from None
    if not isinstance(data, dict):
        raise SourceError(f"{side.name}: expected a mapping of fields")
    return data


def _first_line_title(text: str) -> str:
    line = " ".join(text.strip().split("\n", 1)[0].split())
    return line[:120] + ("…" if len(line) > 120 else "")


def _meta(path: Path) -> dict:
    """The .meta.yaml beside `path`: every key kept; the known ones must be plain values."""
    meta = _sidecar(path, ".meta.yaml")
    side = sidecar_path(path, ".meta.yaml").name
    for key in META_TEXT_KEYS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float | dt.date):
            raise SourceError(
                f"{side}: '{key}' must be a single value, not a {type(value).__name__}"
            )
    return meta


def _title(got: readers.Extracted) -> str:
    """The first heading, else the first line."""
    heading = next((b for b in got.blocks if b.kind == "heading"), None)
    if heading is not None:
        return _first_line_title(got.text[heading.body_start or heading.start : heading.end])
    return _first_line_title(got.text)


def load(path: Path) -> Document:
    got = readers.read(path)
    meta = _meta(path)
    overrides = _sidecar(path, ".speakers.yaml")
    found = bylines.facts(got.text, got.blocks, got.meta)
    digest = hashlib.sha256(got.text.encode("utf-8"))
    digest.update(repr(sorted(meta.items(), key=lambda kv: str(kv[0]))).encode())
    digest.update(repr(overrides).encode())
    digest.update(repr(found).encode())
    digest.update(READER_VERSION)

    def opt(key: str) -> str | None:
        value = meta.get(key)
        if value is None:  # not in the .meta.yaml: what the document gives itself
            value = getattr(found, key, None)
        return str(value) if value is not None else None

    return Document(
        doc_id=doc_id_for(path),
        path=path,
        text=got.text,
        sha256=digest.hexdigest(),
        title=opt("title") or _title(got),
        title_from_meta=bool(meta.get("title")),  # curated: shown in abstentions
        date=opt("date"),
        place=opt("place"),
        publisher=opt("publisher"),
        kind=opt("kind"),
        overrides=overrides,
        blocks=got.blocks,
        fmt=got.fmt,
        meta=meta,
        url=opt("url"),
        author=opt("author") or got.meta.get("author"),  # else whom the file itself names
        symbol=opt("symbol"),
        facts=found.stored(),
    )


def load_all(source_dir: Path) -> tuple[list[Document], list[Skipped]]:
    """Every readable document; unreadable ones are reported, not fatal."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    seen_ids: dict[str, Path] = {}
    seen_hashes: dict[str, Path] = {}
    for path in discover(source_dir):
        try:
            doc = load(path)
        except SourceError as err:
            skipped.append(Skipped(path, str(err)))
            continue
        text_hash = hashlib.sha256(doc.text.encode()).hexdigest()
        if doc.doc_id in seen_ids:
            skipped.append(Skipped(path, f"{path.name}: same id as {seen_ids[doc.doc_id].name}"))
            continue
        if text_hash in seen_hashes:
            skipped.append(
                Skipped(path, f"{path.name}: duplicate of {seen_hashes[text_hash].name}")
            )
            continue
        seen_ids[doc.doc_id] = path
        seen_hashes[text_hash] = path
        docs.append(doc)
    return docs, skipped
