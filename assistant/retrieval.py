"""Dense + keyword retrieval, reciprocal-rank fusion, speaker and document filters.

Dense search queries the Chroma collection directly (no llama-index on the query path) with a
question vector from the encoder; keyword search is BM25 (bm25s) over the same units, built once
when the engine loads. Both honour the same speaker and document filters.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from .chunking import StoredUnit
from .encoder import Encoder
from .terms import fold

SUBSET_MAX = 4000  # filtered dense search in numpy up to this many units, else in Chroma
SUBSET_ROWS_CACHED = 100_000  # vectors kept for repeated filters, at most (150 MB)


# A unit with no word in it ("1.", "(a)", "—") is a list marker or a rule, not evidence: its
# vector is mostly the speaker prefix, so it would rank high for any question naming them.
WORD = re.compile(r"[^\W\d_]{2}")


@dataclass(frozen=True)
class Fusion:
    """How dense and keyword rankings combine: weighted reciprocal-rank fusion."""

    k: int = 60
    dense: float = 1.0
    keyword: float = 1.0

    @classmethod
    def of(cls, settings: Any) -> Fusion:
        return cls(settings.fusion_k, settings.dense_weight, settings.keyword_weight)

    def score(self, dense_rank: int | None, keyword_rank: int | None) -> float:
        out = 0.0
        if dense_rank is not None:
            out += self.dense / (self.k + dense_rank + 1)
        if keyword_rank is not None:
            out += self.keyword / (self.k + keyword_rank + 1)
        return out


@dataclass
class Hit:
    unit: StoredUnit
    score: float  # fused
    cosine: float | None = None  # dense similarity, when the unit came from dense search
    bm25: float = 0.0


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(texts: list[str], stemmer: Any) -> list[list[str]]:
    import bm25s

    return bm25s.tokenize(
        [fold(t) for t in texts], stopwords="en", stemmer=stemmer, return_ids=False,
        show_progress=False,
    )  # fmt: skip


class Retriever:
    def __init__(
        self,
        units: list[StoredUnit],
        collection: Any,
        encoder: Encoder,
        embed_texts: list[str],
        fusion: Fusion | None = None,
    ) -> None:
        self.units = units
        self.fusion = fusion or Fusion()
        self.by_id = {u.unit_id: u for u in units}
        self.index_of = {u.unit_id: i for i, u in enumerate(units)}
        self.collection = collection
        self.encoder = encoder
        self._texts: list[str] | None = embed_texts  # indexed for BM25 at the first search
        self._bm25: Any = None
        self._speaker_codes, self._code_of = _codes(u.speaker for u in units)
        self._doc_codes, self._doc_code_of = _codes(u.doc_id for u in units)
        self._worded = np.array([bool(WORD.search(u.text)) for u in units], dtype=bool)
        self._subsets: dict[tuple, tuple[list[StoredUnit], np.ndarray] | None] = {}
        self._lock = threading.Lock()

    @property
    def bm25(self) -> Any:
        """The BM25 index of the units, built once, when first needed (`speakers` never is)."""
        if self._bm25 is None:
            with self._lock:
                if self._bm25 is None:
                    import bm25s

                    self._stemmer = _stemmer()
                    index = bm25s.BM25()
                    index.index(tokenize(self._texts or [], self._stemmer), show_progress=False)
                    self._bm25, self._texts = index, None
        return self._bm25

    def embed(self, text: str) -> list[float]:
        return self.encoder.query(text)

    def dense(
        self,
        vector: list[float],
        k: int,
        speakers: list[str] | None = None,
        doc_ids: list[str] | None = None,
    ) -> list[tuple[StoredUnit, float]]:
        if doc_ids is not None and not doc_ids:
            return []
        where = _where(speakers, doc_ids)
        if where is not None:
            subset = self._subset(speakers, doc_ids)
            if subset is not None:
                return _top(subset, vector, k)
        result = self.collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]
        )
        out = []
        for uid, dist in zip(result["ids"][0], result["distances"][0], strict=True):
            unit = self.by_id.get(uid)
            if unit is not None and self._worded[self.index_of[uid]]:
                out.append((unit, 1.0 - float(dist)))  # cosine distance = 1 - cosine
        return out

    def _subset(
        self, speakers: list[str] | None, doc_ids: list[str] | None
    ) -> tuple[list[StoredUnit], np.ndarray] | None:
        """The filter's units and their vectors, when few enough to score exactly in numpy.

        Chroma's filtered vector search costs 100-250 ms at 144k units against 6 ms without a
        filter; a speaker's or a document's few hundred vectors fetched by id (once, then
        cached) and scored here take about a millisecond.
        """
        key = (tuple(speakers or ()), tuple(doc_ids or ()))
        if key in self._subsets:
            return self._subsets[key]
        mask = self._worded.copy()
        if speakers:
            mask &= _mask(self._speaker_codes, self._code_of, speakers)
        if doc_ids:
            mask &= _mask(self._doc_codes, self._doc_code_of, doc_ids)
        picked = [self.units[i] for i in np.flatnonzero(mask)]
        found: tuple[list[StoredUnit], np.ndarray] | None = None
        if not picked:
            found = ([], np.zeros((0, 0), dtype=np.float32))
        elif len(picked) <= SUBSET_MAX:
            got = self.collection.get(ids=[u.unit_id for u in picked], include=["embeddings"])
            vectors = dict(zip(got["ids"], got["embeddings"], strict=True))
            units = [u for u in picked if u.unit_id in vectors]
            matrix = np.array([vectors[u.unit_id] for u in units], dtype=np.float32)
            found = (units, matrix.reshape(len(units), -1))
        with self._lock:  # answers are computed on several threads
            self._subsets[key] = found
            while sum(len(s[0]) for s in self._subsets.values() if s) > SUBSET_ROWS_CACHED:
                self._subsets.pop(next(iter(self._subsets)))  # the oldest filter goes first
        return found

    def keyword(
        self,
        query: str,
        k: int,
        speakers: list[str] | None = None,
        doc_ids: list[str] | None = None,
    ) -> list[tuple[StoredUnit, float]]:
        bm25 = self.bm25
        tokens = tokenize([query], self._stemmer)[0]
        if not tokens:
            return []
        scores = bm25.get_scores(tokens) * self._worded
        if speakers is not None:
            scores = scores * _mask(self._speaker_codes, self._code_of, speakers)
        if doc_ids is not None:
            scores = scores * _mask(self._doc_codes, self._doc_code_of, doc_ids)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k] if k else []
        ranked = sorted(top, key=lambda i: -scores[i])
        return [(self.units[i], float(scores[i])) for i in ranked if scores[i] > 0]

    def search(
        self,
        query: str,
        k: int,
        speakers: list[str] | None = None,
        vector: list[float] | None = None,
        timings: dict[str, float] | None = None,
        doc_ids: list[str] | None = None,
        keyword_query: str | None = None,
    ) -> list[Hit]:
        """Fused dense + keyword hits, best first; `speakers` / `doc_ids` restrict both;
        `keyword_query` (default `query`) is what keyword search looks for."""
        timings = timings if timings is not None else {}
        speakers = speakers or None
        if doc_ids is not None and not doc_ids:
            return []  # scoped to no document: nothing can match
        pool = max(k * 3, 24)
        t0 = time.perf_counter()
        if vector is None:
            vector = self.embed(query)
        t1 = time.perf_counter()
        dense = self.dense(vector, pool, speakers, doc_ids)
        t2 = time.perf_counter()
        keyword = self.keyword(keyword_query or query, pool, speakers, doc_ids)
        t3 = time.perf_counter()
        hits: dict[str, Hit] = {}
        for rank, (unit, cos) in enumerate(dense):
            hit = hits.setdefault(unit.unit_id, Hit(unit, 0.0))
            hit.cosine = cos
            hit.score += self.fusion.score(rank, None)
        for rank, (unit, score) in enumerate(keyword):
            hit = hits.setdefault(unit.unit_id, Hit(unit, 0.0))
            hit.bm25 = score
            hit.score += self.fusion.score(None, rank)
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.unit.order))[:k]
        t4 = time.perf_counter()
        timings["embed_ms"] = timings.get("embed_ms", 0.0) + (t1 - t0) * 1000
        timings["dense_ms"] = timings.get("dense_ms", 0.0) + (t2 - t1) * 1000
        timings["keyword_ms"] = timings.get("keyword_ms", 0.0) + (t3 - t2) * 1000
        timings["fusion_ms"] = timings.get("fusion_ms", 0.0) + (t4 - t3) * 1000
        return ranked


def _top(
    subset: tuple[list[StoredUnit], np.ndarray], vector: list[float], k: int
) -> list[tuple[StoredUnit, float]]:
    """Exact cosine top-k of `vector` against a subset's vectors."""
    units, matrix = subset
    if not units:
        return []
    q = np.asarray(vector, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * (float(np.linalg.norm(q)) or 1.0)
    sims = matrix @ q / np.where(norms > 0, norms, 1.0)
    k = min(k, len(units))
    top = np.argpartition(-sims, k - 1)[:k]
    return [(units[i], float(sims[i])) for i in sorted(top, key=lambda i: -sims[i])]


def _codes(values: Any) -> tuple[np.ndarray, dict[str | None, int]]:
    """Each unit's value as a small integer, for fast masks."""
    codes: dict[str | None, int] = {}
    array = np.array([codes.setdefault(v, len(codes)) for v in values], dtype=np.int32)
    return array, codes


def _mask(array: np.ndarray, codes: dict[str | None, int], wanted: list[str]) -> np.ndarray:
    return np.isin(array, [codes[w] for w in wanted if w in codes])


def _where(speakers: list[str] | None, doc_ids: list[str] | None) -> dict | None:
    clauses: list[dict] = []
    if speakers:
        clauses.append({"speaker": {"$in": list(speakers)}})
    if doc_ids:
        clauses.append({"source_doc": {"$in": list(doc_ids)}})
    if len(clauses) > 1:
        return {"$and": clauses}
    return clauses[0] if clauses else None
