"""One generation of the index, held in memory: units, documents, directory, retriever."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .bylines import meta_names
from .chunking import StoredUnit, from_metadata
from .directory import Directory, norm
from .questions import stems
from .retrieval import Fusion, Retriever
from .spelling import Speller
from .store import Store
from .terms import Lexicon


class Corpus:
    def __init__(
        self, store: Store, embed_model: Any, fusion: Fusion | None = None,
        cache_dir: Path | None = None,
    ) -> None:  # fmt: skip
        gen = store.active()
        self.generation = gen.number
        self.docs = Store.read_docs(gen)
        ids, metas, texts = _read_units(gen)
        memo: dict[str, Any] = {}  # units of one document share its roles and holders
        self.units = sorted(
            (
                from_metadata(i, m, self.docs[m["source_doc"]]["text"], memo)
                for i, m in zip(ids, metas, strict=True)
            ),
            key=lambda u: (u.doc_id, u.order),
        )
        texts_by_id = dict(zip(ids, texts, strict=True))
        self.directory = Directory(self.units)
        self.retriever = Retriever(
            self.units,
            gen.units,
            embed_model,
            [texts_by_id[u.unit_id] for u in self.units],
            fusion,
        )
        self.by_doc: dict[str, list[StoredUnit]] = {}
        for u in self.units:
            self.by_doc.setdefault(u.doc_id, []).append(u)
        words: set[str] = set()
        self.doc_words: dict[str, set[str]] = {}
        for doc_id, d in self.docs.items():
            mine = self.doc_words[doc_id] = set()
            for w in norm(f"{d['text']}\n{meta_names(d)}").split():  # its outlet, author too
                mine.add(w)
                mine.update(p for p in w.split("-") if p)
                if w.endswith("'s"):
                    mine.add(w[:-2])
            words |= mine
        self.vocabulary = words
        self.speller = Speller(words)  # a typing slip read as the corpus word it was meant as
        self.stems = stems(list(words))
        self._unit_stems: dict[str, set[str]] = {}  # filled as questions need them
        self._postings: dict[str, list[int]] | None = None  # stem -> unit positions, built once
        self._postings_lock = threading.Lock()
        # Stems, unit frequencies and acronyms of the corpus, for question terms.
        self.lexicon = Lexicon(
            [u.text for u in self.units],
            [f"{d['text']}\n{meta_names(d)}" for d in self.docs.values()],
            cache_dir,
        )

    def text(self, doc_id: str) -> str:
        return self.docs[doc_id]["text"]

    def stems_of(self, unit: StoredUnit) -> set[str]:
        """The word stems of a unit, as `questions.stems` cuts them (cached)."""
        found = self._unit_stems.get(unit.unit_id)
        if found is None:
            found = self._unit_stems[unit.unit_id] = stems(norm(unit.text).split())
        return found

    def units_holding(self, alternatives: Iterable[set[str]]) -> list[StoredUnit]:
        """The units, in corpus order, whose stems hold every stem of at least one of the
        `alternatives`: a lookup in an index of stems, not a pass over every unit."""
        postings = self._stem_postings()
        found: set[int] = set()
        for alt in alternatives:
            if not alt:  # an empty alternative is held by every unit
                return list(self.units)
            lists = sorted((postings.get(s, ()) for s in alt), key=len)
            common = set(lists[0]).intersection(*lists[1:])
            found |= common
        return [self.units[i] for i in sorted(found)]

    def _stem_postings(self) -> dict[str, list[int]]:
        with self._postings_lock:
            if self._postings is None:
                postings: dict[str, list[int]] = {}
                for i, u in enumerate(self.units):
                    for s in self.stems_of(u):
                        postings.setdefault(s, []).append(i)
                self._postings = postings
            return self._postings

    def unit_at(self, doc_id: str, start: int, end: int) -> StoredUnit | None:
        """The unit that holds [start, end) of a document."""
        for u in self.by_doc.get(doc_id, []):
            if u.start <= start and end <= u.end:
                return u
        return None


def _read_units(gen: Any) -> tuple[list[str], list[dict], list[str]]:
    ids: list[str] = []
    metas: list[dict] = []
    texts: list[str] = []
    total = gen.units.count()
    for offset in range(0, total, 5000):
        got = gen.units.get(include=["metadatas", "documents"], limit=5000, offset=offset)
        ids.extend(got["ids"])
        metas.extend(got["metadatas"])
        texts.extend(got["documents"])
    return ids, metas, texts
