"""One corpus size, measured in its own process: build, re-index, load, query (+ baseline).

    python -m bench.child --source DIR --index DIR [--questions FILE ...] [--rounds N]

Prints one JSON object on the last line of stdout. Run by `python -m bench` as a child
process so that its peak memory belongs to this corpus alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

from .procs import rss_mb
from .stats import summary
from .warm import STAGES, Case, ask_baseline, ask_cases, load_cases


def _cpu_s() -> float:
    """CPU time this process used so far, all threads, user + system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _mem() -> dict[str, float]:
    return rss_mb(os.getpid())


def measure(
    source: Path,
    index: Path,
    case_files: list[Path],
    rounds: int,
    profile: Path | None = None,
    stand_in: bool = False,
    baseline: bool = False,
) -> dict:
    """Build `source` into `index` (from scratch), re-index, load the engine, ask the cases."""
    t0 = time.perf_counter()
    from assistant.config import load_settings
    from assistant.encoder import ensure_onnx, index_encoder
    from assistant.engine import build_engine, index_corpus

    settings = load_settings(source_dir=source, index_dir=index)
    if settings.encoder != "sentence-transformers":
        ensure_onnx(settings)  # made once per model (by `make install`), not part of a build
    if stand_in:
        from .standin import HashingEmbedding

        build_model: Any = HashingEmbedding()
    else:
        build_model = index_encoder(settings)
        build_model.batch(["warm up"])
    out: dict = {"startup_s": round(time.perf_counter() - t0, 3), "rss_before_build": _mem()}
    out["embedding"] = "stand-in (hashing)" if stand_in else "all-MiniLM-L6-v2"
    out["encoder"] = build_model.name
    out["index_threads"] = settings.index_threads or os.cpu_count() or 1

    t1, cpu1 = time.perf_counter(), _cpu_s()
    report, skipped = index_corpus(settings, rebuild=True, embed_model=build_model)
    build_s, build_cpu_s = time.perf_counter() - t1, _cpu_s() - cpu1
    docs = len(report.added) + len(report.changed) + len(report.unchanged)
    out.update(
        documents=docs,
        skipped=len(skipped),
        units=report.units,
        build_s=round(build_s, 3),
        docs_per_s=round(docs / build_s, 2),
        units_per_s=round(report.units / build_s, 1),
        build_cpu_s=round(build_cpu_s, 2),
        # Per core = per CPU-second the build used (all its threads), whatever the core count.
        units_per_s_per_core=round(report.units / build_cpu_s, 1) if build_cpu_s else None,
        rss_after_build=_mem(),
        index_mb=round(sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 2**20, 1),
    )

    t2 = time.perf_counter()
    again, _ = index_corpus(settings, embed_model=build_model)
    out["reindex_noop_s"] = round(time.perf_counter() - t2, 3)
    out["reindex_did_work"] = again.did_work

    t3 = time.perf_counter()
    engine = build_engine(settings, build_if_missing=False)  # loads the question encoder
    out["query_encoder"] = engine.embed_model.name
    out["engine_load_s"] = round(time.perf_counter() - t3, 3)
    out["rss_engine_loaded"] = _mem()
    info = engine.corpus()
    out["speakers"] = info.speakers

    cases: list[Case] = []
    for f in case_files:
        cases.extend(load_cases(f))
    ask_cases(engine, cases[:5], 1)  # the first ask of a kind loads lazily imported code
    profiler = None
    if profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    samples, graded = ask_cases(engine, cases, rounds)
    if profiler is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    out["questions"] = sum(len(c.turns) for c in cases)
    out["rounds"] = rounds
    out["ask_ms"] = summary(s["total_ms"] for s in samples)
    out["wall_ms"] = summary(s["wall_ms"] for s in samples)
    out["stages_ms"] = {k: summary(s.get(k, 0.0) for s in samples) for k in STAGES}
    out["graded"] = graded
    if baseline:
        from assistant.baseline import BaselineEngine

        t4 = time.perf_counter()
        base = BaselineEngine(settings)
        out["baseline_build_s"] = round(time.perf_counter() - t4, 3)
        ask_baseline(base, cases[:5], 1)
        theirs = summary(ask_baseline(base, cases, rounds))
        out["baseline_ms"] = theirs
        out["ratio_median"] = round(out["ask_ms"]["median"] / theirs["median"], 2)
        out["ratio_p95"] = round(out["ask_ms"]["p95"] / theirs["p95"], 2)
    out["rss_end"] = _mem()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--questions", type=Path, action="append", default=[])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile of the asks")
    parser.add_argument("--stand-in", action="store_true", help="build with HashingEmbedding")
    parser.add_argument("--baseline", action="store_true", help="also time the baseline")
    args = parser.parse_args(argv)
    result = measure(
        args.source, args.index, args.questions, args.rounds, args.profile, args.stand_in,
        args.baseline,
    )  # fmt: skip
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
