"""Index builds: each distinct text is embedded once, units stream in groups, nothing is lost."""

from __future__ import annotations

import numpy as np

from assistant.config import load_settings
from assistant.engine import index_corpus
from assistant.store import Store, model_id

BOILERPLATE = "The meeting rose at 1 p.m."


class CountingEncoder:
    """A fake encoder that records every text it is asked to embed."""

    name = "counting"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def _vec(self, text: str) -> list[float]:
        rng = np.random.default_rng(abs(hash(text)) % 2**32)
        v = rng.standard_normal(384)
        return (v / np.linalg.norm(v)).tolist()

    def batch(self, texts):
        self.texts += list(texts)
        return [self._vec(t) for t in texts]

    def query(self, text):
        return self._vec(text)


def test_repeated_texts_are_embedded_once_and_every_unit_is_stored(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"meeting_{i}.txt").write_text(
            f"Meeting number {i}\n\nThe delegates discussed agenda item {i} at length.\n\n"
            f"{BOILERPLATE}\n",
            encoding="utf-8",
        )
    settings = load_settings(source_dir=docs, index_dir=tmp_path / "index")
    encoder = CountingEncoder()
    report, skipped = index_corpus(settings, embed_model=encoder)
    assert skipped == [] and len(report.added) == 4
    assert len(encoder.texts) == len(set(encoder.texts))  # no text embedded twice
    assert report.units > len(encoder.texts)  # the repeats reused a vector
    gen = Store(settings, model_id(settings.resolved_model_dir())).active()
    got = gen.units.get(include=["documents", "embeddings"])
    assert len(got["ids"]) == report.units
    by_text: dict[str, list] = {}
    for text, vec in zip(got["documents"], got["embeddings"], strict=True):
        by_text.setdefault(text, []).append(np.asarray(vec))
    repeated = [vs for vs in by_text.values() if len(vs) > 1]
    assert repeated and all(np.allclose(v, vs[0], atol=1e-6) for vs in repeated for v in vs)
    idle = CountingEncoder()
    again, _ = index_corpus(settings, embed_model=idle)
    assert not again.did_work and idle.texts == []  # a no-op index embeds nothing
