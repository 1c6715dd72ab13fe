"""The two encoders of the bundled MiniLM agree, so an index and its questions never drift apart.

The ONNX export is made here in a temp cache (it needs torch, like `assistant index`), then both
encoders embed a few hundred sentences of the corpora: singly (as questions are) and in padded
batches (as units are).
"""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
import pytest

from assistant.config import SettingsError, load_settings
from assistant.encoder import (
    LazyEncoder,
    OnnxEncoder,
    TorchEncoder,
    _exportable,
    ensure_onnx,
    fingerprint,
    onnx_file,
    query_encoder,
)
from tests.conftest import ROOT, SEED_DIR


def _sentences(limit: int = 300) -> list[str]:
    out: list[str] = []
    for path in sorted([*SEED_DIR.iterdir(), *(ROOT / "corpora").rglob("*")]):
        if path.suffix in (".txt", ".md") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 2]
    return list(dict.fromkeys(out))[:limit]


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def encoders(settings):
    model_dir = settings.resolved_model_dir()
    return OnnxEncoder(model_dir, ensure_onnx(settings), threads=2), TorchEncoder(model_dir)


@pytest.mark.slow
def test_onnx_and_sentence_transformers_agree(encoders):
    onnx, torch_ = encoders
    texts = _sentences()
    assert len(texts) >= 200
    texts.append("word " * 400)  # longer than the model's 256 tokens: both truncate alike
    ref = np.array(torch_.batch(texts))
    batched = np.array(onnx.batch(texts))
    single = np.array([onnx.query(t) for t in texts[:60]])
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-4)
    assert (ref * batched).sum(axis=1).min() >= 0.999
    assert (ref[:60] * single).sum(axis=1).min() >= 0.999


def test_onnx_batches_come_back_in_input_order_whatever_the_batch_size(encoders):
    onnx, _ = encoders
    # Lengths out of order, a repeat and an empty text: batches are cut by token count.
    texts = [*_sentences(40)[::-1], "", "word " * 300, _sentences(1)[0]]
    single = np.array([onnx.query(t) for t in texts])
    for size in (1, 3, 16, len(texts)):
        got = np.array(onnx.batch(texts, size=size))
        assert got.shape == single.shape
        assert (got * single).sum(axis=1).min() >= 0.9999
    assert onnx.batch([]) == []


def test_batches_run_on_several_workers_give_the_same_vectors_in_order(settings, encoders):
    onnx, _ = encoders
    parallel = OnnxEncoder(settings.resolved_model_dir(), ensure_onnx(settings), workers=2)
    texts = [*_sentences(70)[::-1], "", "word " * 300]  # several batches, lengths out of order
    got, ref = np.array(parallel.batch(texts, size=4)), np.array(onnx.batch(texts))
    assert got.shape == ref.shape
    assert (got * ref).sum(axis=1).min() >= 0.9999
    assert parallel.batch(["one text"]) == [parallel.query("one text")]


def test_the_export_is_cached_by_the_model_fingerprint(settings, encoders):
    path = onnx_file(settings)
    assert path.is_file() and fingerprint(settings.resolved_model_dir()) in str(path)
    mtime = path.stat().st_mtime_ns
    assert ensure_onnx(settings) == path and path.stat().st_mtime_ns == mtime  # not redone


def test_queries_use_onnx_when_exported_else_fall_back_with_a_notice(settings, encoders, tmp_path):
    assert query_encoder(settings).name == "onnx"
    notices: list[str] = []
    empty = load_settings(cache_dir=tmp_path / "empty")
    fallback = query_encoder(empty, notices.append)
    assert fallback.name == "sentence-transformers"
    assert len(notices) == 1 and "assistant index" in notices[0]


def test_lazy_encoder_loads_on_first_use():
    made: list[int] = []

    class Fake:
        name = "fake"

        def query(self, text):
            return [float(len(text))]

        def batch(self, texts):
            return [[float(len(t))] for t in texts]

    lazy = LazyEncoder(lambda: made.append(1) or Fake())
    assert not lazy.loaded and made == []
    assert lazy.query("abc") == [3.0] and lazy.batch(["ab"]) == [[2.0]]
    assert made == [1]


def test_a_model_the_onnx_graph_cannot_reproduce_stays_on_sentence_transformers(tmp_path):
    src = load_settings().resolved_model_dir()
    dst = tmp_path / "cls-pooling"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("model.safetensors"))
    (dst / "model.safetensors").symlink_to(src / "model.safetensors")
    pooling = dst / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))
    assert _exportable(src, load_settings())
    assert not _exportable(dst, load_settings(model_dir=dst))
    with pytest.raises(SettingsError, match="ASSISTANT_ENCODER"):
        _exportable(dst, load_settings(model_dir=dst, encoder="onnx"))
