"""Sentence encoders: the bundled MiniLM on ONNX Runtime (no torch) or on sentence-transformers.

Both give the same unit vectors (mean pooling + L2 norm; a test holds them to cosine >= 0.999),
so an index built by one is searched by the other. The ONNX file is exported from the model once
(that needs torch, so `assistant index` and `make install` do it) and cached under
`<cache_dir>/onnx/<model fingerprint>/model.onnx`; a query without it falls back to
sentence-transformers with a one-line notice.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

from .config import Settings, SettingsError, quiet_offline_env

ONNX_OPSET = 17
SMALL_FILE = 2 * 2**20  # files below this are hashed whole; larger ones by size, head and tail
SAMPLE = 2**20
# Texts per ONNX run when indexing. Small batches of equal token counts kept the work in cache:
# 16 gave about 1.3x the units per CPU-second of 32 sorted by characters (2 cores, MiniLM).
BATCH = 16


class Encoder(Protocol):
    name: str

    def query(self, text: str) -> list[float]:
        """One question's unit vector."""
        ...

    def batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit vectors of many texts, in order."""
        ...


def fingerprint(model_dir: Path) -> str:
    """A cheap, stable hash of a model folder: small files whole, weights by size, head, tail."""
    h = hashlib.sha256()
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(model_dir).as_posix()
        if rel.startswith(".") or rel.endswith(".md"):
            continue
        size = path.stat().st_size
        h.update(f"{rel}\0{size}\0".encode())
        with path.open("rb") as fh:
            if size <= SMALL_FILE:
                h.update(fh.read())
            else:
                h.update(fh.read(SAMPLE))
                fh.seek(size - SAMPLE)
                h.update(fh.read(SAMPLE))
    return h.hexdigest()[:16]


def onnx_file(settings: Settings) -> Path:
    model_dir = settings.resolved_model_dir()
    return settings.resolved_cache_dir() / "onnx" / fingerprint(model_dir) / "model.onnx"


def _max_length(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    if config.is_file():
        return int(json.loads(config.read_text()).get("max_seq_length") or 256)
    return 256


class OnnxEncoder:
    """MiniLM on ONNX Runtime with the `tokenizers` library: no torch, 0.4 s to load.

    `threads` splits one run's operators (a question); `workers` runs that many batches at
    once (indexing). Whole batches on one thread each cost about 13% less CPU per text than
    two threads sharing every operator (2 cores, MiniLM), and give the same vectors.
    """

    name = "onnx"

    def __init__(
        self, model_dir: Path, model_file: Path, threads: int = 1, workers: int = 1
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.workers = max(1, workers)
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # Idle threads sleep instead of spinning: on a shared machine spinning cost a quarter
        # of the CPU time and made 2 threads slower than 1 (measured while indexing).
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            str(model_file), opts, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(_max_length(model_dir))
        self.tokenizer.no_padding()  # `_run` pads each batch to its own longest text

    def _run(self, encs: Sequence[Any]) -> Any:
        import numpy as np

        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)  # 0 is [PAD], masked out
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encs):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
            types[row, : len(e.ids)] = e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        return self.session.run(None, feed)[0]

    def query(self, text: str) -> list[float]:
        return self._run([self.tokenizer.encode(text)])[0].tolist()

    def batch(self, texts: Sequence[str], size: int = BATCH) -> list[list[float]]:
        # Sorted by token count, so a batch pads next to nothing; then put back in order.
        encs = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        chunks = [order[start : start + size] for start in range(0, len(order), size)]
        runs = self._map(lambda chunk: self._run([encs[i] for i in chunk]), chunks)
        out: list[list[float]] = [[] for _ in texts]
        for chunk, vectors in zip(chunks, runs, strict=True):
            for i, vec in zip(chunk, vectors, strict=True):
                out[i] = vec.tolist()
        return out

    def _map(self, fn: Callable[[list[int]], Any], chunks: list[list[int]]) -> list[Any]:
        """`fn` over the chunks, in order; on `workers` threads (ONNX Runtime frees the GIL)."""
        if self.workers == 1 or len(chunks) < 2:
            return [fn(c) for c in chunks]
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="onnx")
        return list(self._pool.map(fn, chunks))


class TorchEncoder:
    """The same model on sentence-transformers (torch): the exporter's reference."""

    name = "sentence-transformers"

    def __init__(self, model_dir: Path, threads: int | None = None) -> None:
        quiet_offline_env()
        import torch
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        try:
            self.model = SentenceTransformer(str(model_dir), device="cpu")
        except (OSError, ValueError, RuntimeError) as err:
            raise SettingsError(
                f"ASSISTANT_MODEL_DIR: {model_dir} cannot be loaded ({type(err).__name__})"
            ) from None

    def query(self, text: str) -> list[float]:
        return self.batch([text])[0]

    def batch(self, texts: Sequence[str], size: int = 64) -> list[list[float]]:
        vectors = self.model.encode(
            list(texts), batch_size=size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()


class LazyEncoder:
    """Builds its encoder on first use, so commands that embed nothing load no model."""

    def __init__(self, factory: Callable[[], Encoder]) -> None:
        self._factory = factory
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    def get(self) -> Encoder:
        if self._encoder is None:
            with self._lock:
                if self._encoder is None:
                    self._encoder = self._factory()
        return self._encoder

    @property
    def name(self) -> str:
        return self.get().name

    def query(self, text: str) -> list[float]:
        return self.get().query(text)

    def batch(self, texts: Sequence[str]) -> list[list[float]]:
        return self.get().batch(texts)


def export_onnx(model_dir: Path, target: Path) -> Path:
    """Export the model (with mean pooling and L2 norm inside the graph) to `target`."""
    quiet_offline_env()
    import torch
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # Eager attention traces one graph for every padding pattern.
            self.model = AutoModel.from_pretrained(
                str(model_dir), attn_implementation="eager"
            ).eval()

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
    mask = (ids != 0).long()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shapes it treats as constants
        torch.onnx.export(
            Pooled(), (ids, mask, torch.zeros_like(ids)), str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                          "embedding": {0: "batch"}},
            opset_version=ONNX_OPSET, dynamo=False,
        )  # fmt: skip
    tmp.replace(target)  # whole or absent: a reader never sees half a file
    return target


def ensure_onnx(settings: Settings) -> Path:
    """The cached ONNX export of the configured model, made now if missing."""
    target = onnx_file(settings)
    if not target.is_file():
        export_onnx(settings.resolved_model_dir(), target)
    return target


def query_encoder(settings: Settings, notice: Callable[[str], None] | None = None) -> Encoder:
    """The question encoder: ONNX when its export is cached, else sentence-transformers."""
    model_dir = settings.resolved_model_dir()
    if settings.encoder != "sentence-transformers" and _exportable(model_dir, settings):
        target = onnx_file(settings)
        if target.is_file():
            return OnnxEncoder(model_dir, target, settings.query_threads)
        if settings.encoder == "onnx":
            raise SettingsError(
                f"ASSISTANT_ENCODER=onnx: no ONNX export at {target}; run `assistant index`"
            )
        (notice or _stderr)(
            "note: no ONNX export of the model yet (`assistant index` makes it); "
            "using sentence-transformers, which starts slower"
        )
    return TorchEncoder(model_dir, settings.query_threads)


def index_encoder(
    settings: Settings, progress: Callable[[str, int, int], None] | None = None
) -> Encoder:
    """The encoder `assistant index` embeds units with (making the ONNX export if missing)."""
    threads = settings.index_threads or os.cpu_count() or 1
    model_dir = settings.resolved_model_dir()
    if settings.encoder == "sentence-transformers" or not _exportable(model_dir, settings):
        return TorchEncoder(model_dir, threads)
    if progress is not None and not onnx_file(settings).is_file():
        progress("exporting the model", 0, 1)  # once per model: about 10 s
        ensure_onnx(settings)
        progress("exporting the model", 1, 1)
    return OnnxEncoder(model_dir, ensure_onnx(settings), threads=1, workers=threads)


def _exportable(model_dir: Path, settings: Settings) -> bool:
    """Whether the ONNX path reproduces this model: a tokenizer.json, mean pooling, L2 norm.

    Other sentence-transformers models (CLS pooling, no normalisation) stay on
    sentence-transformers, which knows their modules.
    """
    modules = model_dir / "modules.json"
    listed = json.loads(modules.read_text()) if modules.is_file() else []
    kinds = [m.get("type", "") for m in listed]
    pooling = model_dir / "1_Pooling" / "config.json"
    mean = pooling.is_file() and json.loads(pooling.read_text()).get("pooling_mode_mean_tokens")
    ok = (
        (model_dir / "tokenizer.json").is_file()
        and bool(mean)
        and any(k.endswith("Normalize") for k in kinds)
    )
    if not ok and settings.encoder == "onnx":
        raise SettingsError(
            f"ASSISTANT_ENCODER=onnx: {model_dir} needs tokenizer.json, mean pooling and "
            "normalisation for the ONNX path; use auto or sentence-transformers"
        )
    return ok


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


if __name__ == "__main__":  # `python -m assistant.encoder`: make the export now (make install)
    from .config import load_settings

    print(f"ONNX export of the model: {ensure_onnx(load_settings())}")
