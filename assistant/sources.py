"""Reading source_docs/: formats, content hashes, document metadata.

A document `name.ext` may have metadata beside it in `name.meta.yaml` (title, date, place,
publisher, kind) and attribution corrections in `name.speakers.yaml` (see speakers.py).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import SourceError

READABLE = (".txt", ".md", ".html", ".htm", ".pdf")
MAX_BYTES = 20_000_000
SIDECARS = (".meta.yaml", ".speakers.yaml")


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


@dataclass
class Skipped:
    path: Path
    reason: str


def doc_id_for(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem).strip("._-") or "document"


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECARS)


def discover(source_dir: Path) -> list[Path]:
    """Candidate source files, sorted; sidecars and hidden files left out."""
    if not source_dir.is_dir():
        raise SourceError(f"ASSISTANT_SOURCE_DIR: source folder not found: {source_dir}")
    return sorted(
        p
        for p in source_dir.rglob("*")
        if p.is_file() and not p.name.startswith(".") and not _is_sidecar(p)
    )


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise SourceError(f"{path.name}: PDF is encrypted")
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise SourceError(f"{path.name}: broken PDF ({type(err).__name__})") from None


def _html_to_text(raw: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    blocks = [
        el.get_text(" ", strip=True)
        for el in soup.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td"])
    ]
    text = "\n".join(b for b in blocks if b)
    return text or soup.get_text("\n", strip=True)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise SourceError(f"{name}: binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{name}: not UTF-8 text (re-save it as UTF-8)") from None


def read_text(path: Path) -> str:
    """The plain text of one file; SourceError names the file when it can't be read."""
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise SourceError(f"{path.name}: unsupported format (use {', '.join(READABLE)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"{path.name}: too large ({size // 1_000_000} MB > 20 MB)")
        if suffix == ".pdf":
            text = _read_pdf(path)
        else:
            text = _decode(path.read_bytes(), path.name)
            if suffix in (".html", ".htm"):
                text = _html_to_text(text)
    except FileNotFoundError:
        raise SourceError(f"{path.name}: removed while reading") from None
    except OSError as err:
        raise SourceError(f"{path.name}: cannot read ({err.strerror})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError(f"{path.name}: empty")
    return text


def _sidecar(path: Path, suffix: str) -> dict:
    side = path.with_name(path.stem + suffix)
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
    line = text.strip().split("\n", 1)[0]
    return line[:120] + ("…" if len(line) > 120 else "")


def load(path: Path) -> Document:
    text = read_text(path)
    meta = _sidecar(path, ".meta.yaml")
    overrides = _sidecar(path, ".speakers.yaml")
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(repr(sorted(meta.items())).encode())
    digest.update(repr(overrides).encode())

    def opt(key: str) -> str | None:
        value = meta.get(key)
        return str(value) if value is not None else None

    return Document(
        doc_id=doc_id_for(path),
        path=path,
        text=text,
        sha256=digest.hexdigest(),
        title=opt("title") or _first_line_title(text),
        title_from_meta=bool(opt("title")),
        date=opt("date"),
        place=opt("place"),
        publisher=opt("publisher"),
        kind=opt("kind"),
        overrides=overrides,
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
