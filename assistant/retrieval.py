"""Dense + keyword retrieval, reciprocal-rank fusion, speaker filters.

Dense search runs in the Chroma collection (through llama-index's ChromaVectorStore); keyword
search is BM25 (bm25s) over the same units, built once when the engine loads.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .chunking import StoredUnit

if TYPE_CHECKING:
    from llama_index.core.embeddings import BaseEmbedding

RRF_K = 60


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
        texts, stopwords="en", stemmer=stemmer, return_ids=False, show_progress=False
    )


class Retriever:
    def __init__(
        self,
        units: list[StoredUnit],
        collection: Any,
        embed_model: BaseEmbedding,
        embed_texts: list[str],
    ) -> None:
        import bm25s
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.units = units
        self.by_id = {u.unit_id: u for u in units}
        self.index_of = {u.unit_id: i for i, u in enumerate(units)}
        self.vector_store = ChromaVectorStore(chroma_collection=collection)
        self.embed_model = embed_model
        self._stemmer = _stemmer()
        self.bm25 = bm25s.BM25()
        self.bm25.index(tokenize(embed_texts, self._stemmer), show_progress=False)
        codes: dict[str | None, int] = {}
        self._speaker_codes = np.array(
            [codes.setdefault(u.speaker, len(codes)) for u in units], dtype=np.int32
        )
        self._code_of = codes

    def embed(self, text: str) -> list[float]:
        return self.embed_model.get_query_embedding(text)

    def dense(
        self, vector: list[float], k: int, speakers: list[str] | None = None
    ) -> list[tuple[StoredUnit, float]]:
        from llama_index.core.vector_stores.types import (
            FilterOperator,
            MetadataFilter,
            MetadataFilters,
            VectorStoreQuery,
        )

        filters = None
        if speakers:
            filters = MetadataFilters(
                filters=[MetadataFilter(key="speaker", value=speakers, operator=FilterOperator.IN)]
            )
        result = self.vector_store.query(
            VectorStoreQuery(query_embedding=vector, similarity_top_k=k, filters=filters)
        )
        out = []
        for uid, sim in zip(result.ids or [], result.similarities or [], strict=False):
            unit = self.by_id.get(uid)
            if unit is not None:
                # ChromaVectorStore reports exp(-distance); cosine distance = 1 - cosine.
                out.append((unit, 1.0 + math.log(max(sim, 1e-12))))
        return out

    def keyword(
        self, query: str, k: int, speakers: list[str] | None = None
    ) -> list[tuple[StoredUnit, float]]:
        tokens = tokenize([query], self._stemmer)[0]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        if speakers:
            wanted = [self._code_of[s] for s in speakers if s in self._code_of]
            scores = scores * np.isin(self._speaker_codes, wanted)
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
    ) -> list[Hit]:
        """Fused dense + keyword hits, best first."""
        timings = timings if timings is not None else {}
        pool = max(k * 3, 24)
        t0 = time.perf_counter()
        if vector is None:
            vector = self.embed(query)
        t1 = time.perf_counter()
        dense = self.dense(vector, pool, speakers)
        t2 = time.perf_counter()
        keyword = self.keyword(query, pool, speakers)
        t3 = time.perf_counter()
        hits: dict[str, Hit] = {}
        for rank, (unit, cos) in enumerate(dense):
            hit = hits.setdefault(unit.unit_id, Hit(unit, 0.0))
            hit.cosine = cos
            hit.score += 1.0 / (RRF_K + rank + 1)
        for rank, (unit, score) in enumerate(keyword):
            hit = hits.setdefault(unit.unit_id, Hit(unit, 0.0))
            hit.bm25 = score
            hit.score += 1.0 / (RRF_K + rank + 1)
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.unit.order))[:k]
        t4 = time.perf_counter()
        timings["embed_ms"] = timings.get("embed_ms", 0.0) + (t1 - t0) * 1000
        timings["dense_ms"] = timings.get("dense_ms", 0.0) + (t2 - t1) * 1000
        timings["keyword_ms"] = timings.get("keyword_ms", 0.0) + (t3 - t2) * 1000
        timings["fusion_ms"] = timings.get("fusion_ms", 0.0) + (t4 - t3) * 1000
        return ranked
