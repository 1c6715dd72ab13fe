"""A stand-in embedding for building very large indexes quickly.

Feature hashing of the words into 384 dimensions, the shape of all-MiniLM-L6-v2's vectors:
the store, the dense search and the engine's memory then cost what they would with the real
model, while the build skips the model's compute (measured separately on a smaller corpus and
projected). Retrieval quality over such an index means nothing.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

WORD = re.compile(r"\w+")


class HashingEmbedding:
    def __init__(self, dim: int = 384, buckets: int = 1 << 14, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        self.buckets = buckets
        self.table = rng.standard_normal((buckets, dim), dtype=np.float32)

    def _one(self, text: str) -> list[float]:
        idx = [zlib.crc32(w.encode()) % self.buckets for w in WORD.findall(text.lower())]
        v = self.table[idx].sum(axis=0) if idx else self.table[0]
        return (v / (float(np.linalg.norm(v)) or 1.0)).tolist()

    name = "stand-in (hashing)"

    def batch(self, texts: list[str]) -> list[list[float]]:
        return [self._one(t) for t in texts]

    def query(self, text: str) -> list[float]:
        return self._one(text)
