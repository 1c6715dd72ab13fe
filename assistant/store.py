"""The Chroma store (embedded or server): generations, atomic switch, versioning.

Each build writes a new *generation* (a units collection with embeddings and a docs
collection with the full texts) and only then moves the pointer to it, so an interrupted
build (Ctrl-C, kill -9) leaves the previous generation active and whole. Unchanged documents
are copied from the previous generation with their embeddings, never re-embedded. The
generation before the active one is kept so a running server can finish with it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chunking import UNIT_FORMAT, document_nodes, stored, unpacked
from .config import Settings
from .errors import StoreError
from .sources import Document

if TYPE_CHECKING:
    from .encoder import Encoder

Progress = Callable[[str, int, int], None]
BATCH = 256  # documents per Chroma write
EMBED_GROUP = 2048  # units read, then embedded (sorted by length) and written, then dropped
SEEN_MAX = 50_000  # vectors of texts already embedded in one build, kept for repeats (75 MB)
GRACE = 120.0  # seconds a replaced generation stays for engines still answering from it


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    no_speakers: list[str] = field(default_factory=list)  # files indexed as narrative only
    units: int = 0
    generation: int | None = None

    @property
    def did_work(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True)
class Generation:
    number: int
    units: Any  # chromadb Collection
    docs: Any


def model_id(model_dir: Path) -> str:
    config = model_dir / "config.json"
    digest = hashlib.sha256(config.read_bytes()).hexdigest()[:12] if config.is_file() else "?"
    return f"{model_dir.parent.name}/{model_dir.name}:{digest}"


class Store:
    def __init__(self, settings: Settings, model: str) -> None:
        self.settings = settings
        self.model = model
        self.prefix = settings.collection
        self._client: Any = None

    # -- connection ---------------------------------------------------------------
    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Any:
        import chromadb

        chroma_settings = chromadb.Settings(anonymized_telemetry=False)
        s = self.settings
        if s.chroma_mode == "http":
            headers = {}
            if s.chroma_auth_header:
                name, _, value = s.chroma_auth_header.partition(":")
                headers[name.strip()] = value.strip()
            try:
                client = chromadb.HttpClient(
                    host=s.chroma_host, port=s.chroma_port, headers=headers,
                    settings=chroma_settings,
                )  # fmt: skip
                client.heartbeat()
            except Exception as err:
                raise StoreError(
                    f"cannot reach the Chroma server at {s.chroma_host}:{s.chroma_port} "
                    f"(ASSISTANT_CHROMA_HOST/PORT): {type(err).__name__}"
                ) from None
            return client
        path = s.index_dir
        if path.exists() and not path.is_dir():
            raise StoreError(f"ASSISTANT_INDEX_DIR: {path} is a file, not a folder")
        if path.is_dir() and any(path.iterdir()) and not (path / "chroma.sqlite3").is_file():
            raise StoreError(
                f"{path} is not an index (no chroma.sqlite3); move it away or run "
                "`assistant index --rebuild`"
            )
        path.mkdir(parents=True, exist_ok=True)
        try:
            client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            client.list_collections()
        except Exception as err:
            _forget_client(path)  # Chroma caches a failed client per path
            raise StoreError(
                f"the index at {path} cannot be opened ({type(err).__name__}); it may be "
                "corrupted: run `assistant index --rebuild`"
            ) from None
        return client

    def quarantine(self) -> Path | None:
        """Move a broken embedded index aside (never deleted) so a fresh one can be built."""
        path = self.settings.index_dir
        if self.settings.chroma_mode == "http" or not path.exists():
            return None
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        _forget_client(path)
        shutil.move(str(path), str(aside))
        self._client = None
        return aside

    # -- pointer ------------------------------------------------------------------
    def _name(self, gen: int, part: str) -> str:
        return f"{self.prefix}-g{gen}-{part}"

    def _pointer(self) -> Any:
        return self.client.get_or_create_collection(f"{self.prefix}-pointer")

    def active_number(self) -> int | None:
        meta = self._pointer().metadata or {}
        gen = meta.get("active")
        return int(gen) if gen is not None and int(gen) >= 0 else None

    def active(self) -> Generation:
        """The active generation; StoreError if there is none or it doesn't fit this build."""
        gen = self.active_number()
        if gen is None:
            raise StoreError("no index yet: run `assistant index`")
        try:
            units = self.client.get_collection(self._name(gen, "units"))
            docs = self.client.get_collection(self._name(gen, "docs"))
        except Exception:
            raise StoreError(
                "the index is incomplete or corrupted: run `assistant index --rebuild`"
            ) from None
        meta = units.metadata or {}
        if meta.get("model") != self.model:
            raise StoreError(
                f"the index was built with another model ({meta.get('model')}); "
                "run `assistant index --rebuild`"
            )
        if meta.get("format") != UNIT_FORMAT:
            raise StoreError(
                f"the index has unit format {meta.get('format')}, this version reads "
                f"{UNIT_FORMAT}: run `assistant index --rebuild`"
            )
        return Generation(gen, units, docs)

    def _set_active(self, gen: int) -> None:
        pointer = self._pointer()
        meta = dict(pointer.metadata or {})
        now = time.time()
        if meta.get("active") is not None:
            meta[f"retired_{meta['active']}"] = now  # readers may still be on it
        meta.update(active=gen, switched_at=now)
        pointer.modify(metadata=meta)

    def _drop_old(self, keep: set[int]) -> None:
        """Delete generations not in `keep`, except ones retired less than GRACE s ago."""
        retired = self._pointer().metadata or {}
        now = time.time()
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if not name.startswith(f"{self.prefix}-g"):
                continue
            try:
                gen = int(name[len(self.prefix) + 2 :].split("-", 1)[0])
            except ValueError:
                continue
            since = retired.get(f"retired_{gen}")
            if gen not in keep and not (since is not None and now - float(since) < GRACE):
                self.client.delete_collection(name)

    # -- reading ------------------------------------------------------------------
    @staticmethod
    def read_docs(gen: Generation) -> dict[str, dict]:
        """doc_id -> its stored metadata, `text`, `url` (or None) and `meta` (a dict)."""
        got = gen.docs.get(include=["documents", "metadatas"])
        return {
            meta["doc_id"]: {
                **meta,
                "text": text,
                "url": meta.get("url") or None,
                "meta": json.loads(meta.get("meta") or "{}"),
            }
            for text, meta in zip(got["documents"], got["metadatas"], strict=True)
        }

    @staticmethod
    def read_units(gen: Generation) -> tuple[list[str], list[dict]]:
        ids: list[str] = []
        metas: list[dict] = []
        total = gen.units.count()
        for offset in range(0, total, 5000):
            got = gen.units.get(include=["metadatas"], limit=5000, offset=offset)
            ids.extend(got["ids"])
            metas.extend(unpacked(m) for m in got["metadatas"])
        return ids, metas

    # -- building -----------------------------------------------------------------
    def plan(self, documents: list[Document], rebuild: bool = False) -> BuildReport:
        """What a build would do, from content hashes alone (no model, no parsing of units)."""
        report = BuildReport()
        old_docs: dict[str, dict] = {}
        if not rebuild:
            try:
                previous = self.active()
                old_docs = self.read_docs(previous)
                report.generation = previous.number
                report.units = previous.units.count()
            except StoreError:
                report.generation = None
        for doc in documents:
            old = old_docs.get(doc.doc_id)
            if old is None:
                report.added.append(doc.doc_id)
            elif old.get("sha256") != doc.sha256:
                report.changed.append(doc.doc_id)
            else:
                report.unchanged.append(doc.doc_id)
        report.removed = sorted(set(old_docs) - {d.doc_id for d in documents})
        return report

    def build(
        self,
        documents: list[Document],
        encoder: Encoder,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> BuildReport:
        """Bring the index up to date with `documents`; a no-op when nothing changed.

        Units are embedded and written a group at a time, so memory stays flat however
        large the corpus; the encoder is first used (and loaded) only when there is work.
        """
        report = self.plan(documents, rebuild)
        progress = progress or (lambda stage, done, total: None)
        if report.generation is not None and not report.did_work:
            return report
        previous = None if report.generation is None else self.active()
        by_id = {d.doc_id: d for d in documents}

        old_active = self.active_number()
        gen = (old_active or 0) + 1
        self._drop_old(keep={old_active} if old_active is not None else set())
        space = {"hnsw:space": "cosine", "model": self.model, "format": UNIT_FORMAT}
        units_col = self.client.create_collection(self._name(gen, "units"), metadata=space)
        docs_col = self.client.create_collection(self._name(gen, "docs"))

        if previous is not None and report.unchanged:
            self._copy_units(previous, units_col, report.unchanged, progress)
        todo = [by_id[i] for i in report.added + report.changed]
        group: list[Any] = []
        seen: dict[str, Any] = {}
        read = embedded = 0
        # Reading speakers (Python) overlaps embedding the previous group (ONNX Runtime and
        # Chroma release the GIL); at most one group waits, so memory stays bounded.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed") as pool:
            pending: Future | None = None
            for i, doc in enumerate(todo, 1):
                doc_nodes = document_nodes(doc)
                if not any(n.metadata["speaker"] for n in doc_nodes):
                    report.no_speakers.append(doc.path.name)
                group.extend((n.id_, n.text, n.metadata) for n in doc_nodes)
                read += len(doc_nodes)
                progress("reading speakers", i, len(todo))
                if len(group) >= EMBED_GROUP or i == len(todo):
                    if pending is not None:
                        embedded += pending.result()
                        progress("embedding units", embedded, round(read * len(todo) / i))
                    pending = pool.submit(_embed_into, units_col, group, encoder, seen)
                    group = []
            if pending is not None:
                embedded += pending.result()
                progress("embedding units", embedded, embedded)
        for i in range(0, len(documents), BATCH):
            batch_docs = documents[i : i + BATCH]
            docs_col.add(
                ids=[d.doc_id for d in batch_docs],
                documents=[d.text for d in batch_docs],
                embeddings=[[0.0] for _ in batch_docs],
                metadatas=[_doc_meta(d) for d in batch_docs],
            )
        report.units = units_col.count()
        self._set_active(gen)
        self._drop_old(keep={gen, old_active} if old_active is not None else {gen})
        report.generation = gen
        return report

    @staticmethod
    def _copy_units(previous: Generation, target: Any, doc_ids: list[str], progress: Progress):
        for i in range(0, len(doc_ids), 100):
            chunk = doc_ids[i : i + 100]
            got = previous.units.get(
                where={"source_doc": {"$in": chunk}},
                include=["embeddings", "documents", "metadatas"],
            )
            for j in range(0, len(got["ids"]), 5000):
                target.add(
                    ids=got["ids"][j : j + 5000],
                    embeddings=got["embeddings"][j : j + 5000],
                    documents=got["documents"][j : j + 5000],
                    metadatas=got["metadatas"][j : j + 5000],
                )
            progress("keeping unchanged", min(i + 100, len(doc_ids)), len(doc_ids))


def _embed_into(
    collection: Any, group: list[tuple[str, str, dict]], encoder: Encoder, seen: dict[str, Any]
) -> int:
    """Embed a group of (id, text, metadata) units, add them to `collection`; how many.

    A text already embedded in this build (boilerplate such as "The meeting rose at 1 p.m.")
    reuses its vector from `seen`, which keeps up to SEEN_MAX vectors as float32.
    """
    import numpy as np

    if not group:
        return 0
    new = list(dict.fromkeys(text for _, text, _ in group if text not in seen))
    fresh = dict(zip(new, np.asarray(encoder.batch(new), dtype=np.float32), strict=True))
    for text, vec in fresh.items():
        if len(seen) >= SEEN_MAX:
            break
        seen[text] = vec
    vectors = np.stack([fresh[text] if text in fresh else seen[text] for _, text, _ in group])
    for i in range(0, len(group), 1000):
        part = group[i : i + 1000]
        collection.add(
            ids=[uid for uid, _, _ in part],
            documents=[text for _, text, _ in part],
            metadatas=[stored(meta) for _, _, meta in part],
            embeddings=vectors[i : i + 1000],
        )
    return len(group)


def _forget_client(path: Path) -> None:
    """Drop Chroma's cached client for one folder (other folders' clients stay)."""
    from chromadb.api.shared_system_client import SharedSystemClient as Shared

    for cache in (Shared._identifier_to_system, Shared._identifier_to_refcount):
        for key in [k for k in cache if k in (str(path), str(path.resolve()))]:
            cache.pop(key, None)


def _doc_meta(doc: Document) -> dict:
    return {
        "doc_id": doc.doc_id,
        "sha256": doc.sha256,
        "title": doc.title,
        "titled": doc.title_from_meta,
        "date": doc.date or "",
        "place": doc.place or "",
        "publisher": doc.publisher or "",
        "kind": doc.kind or "",
        "path": doc.path.name,
        "url": doc.url or "",
        "symbol": doc.symbol or "",
        "author": doc.author or "",
        "facts": json.dumps(doc.facts, ensure_ascii=False),  # the byline: bylines.stored_authors
        "fmt": doc.fmt,
        # Chroma metadata values must be scalars: the whole .meta.yaml goes as JSON
        "meta": json.dumps(doc.meta, default=str, ensure_ascii=False),
    }
