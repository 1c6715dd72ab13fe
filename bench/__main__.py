"""`python -m bench [--quick]`: measure the assistant on this machine.

Writes bench/results.json and bench/results.md (a Markdown table with the date and machine);
a quick run writes bench/out/results-quick.{json,md} so it never replaces the full results.
Everything runs on 127.0.0.1 and in a temporary folder; the repository's own index/ is not
touched. The quick mode (corpora: the seed and 200 synthetic documents) takes about two
minutes on 2 cores; the full mode (1,000 and 10,000 synthetic documents) much longer.

    python -m bench --quick
    python -m bench --out bench/results.json
    python -m bench --sizes 1000 --real-embed-max-docs 1000 --keep /tmp/bench-work
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import cold, load, machine, procs, replicas, report, synth
from .procs import child_env, rss_mb, run
from .warm import load_cases

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = (
    ROOT / "evals" / "dialogue_dev.yaml",
    ROOT.parent / "shared" / "evals" / "dialogue_dev.yaml",
    ROOT / "evals" / "dialogue.yaml",
)
MODES: dict[str, dict[str, Any]] = {
    "quick": {"startup": 3, "cold_serve": 1, "warm_rounds": 2, "requests": 40,
              "level_seconds": 10, "sizes": [200], "child_rounds": 1, "real_embed_max_docs": 200,
              "replica_requests": 100},
    "full": {"startup": 7, "cold_serve": 3, "warm_rounds": 10, "requests": 400,
             "level_seconds": 90, "sizes": [1000, 10000], "child_rounds": 2,
             "real_embed_max_docs": 2000, "replica_requests": 600},
}  # fmt: skip
LEVELS = [1, 4, 16]


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _shown(path: Path) -> Path:
    """A path as the results show it: relative to the repository when inside it."""
    try:
        return path.resolve().relative_to(ROOT)
    except ValueError:
        return path


def _section(results: dict, name: str, fn: Callable[[], Any]) -> Any:
    """Run one measurement; a failure is recorded and the run goes on."""
    _log(f"{name} …")
    t0 = time.perf_counter()
    try:
        value = fn()
    except Exception as err:  # a benchmark reports a failure and goes on
        traceback.print_exc()
        results[name] = {"error": f"{type(err).__name__}: {err}"[:500]}
        return None
    if value is not None:
        results[name] = value
        if isinstance(value, dict):
            value["load_average_after"] = machine.load_average()
    _log(f"{name} done in {time.perf_counter() - t0:.1f} s")
    return value


def _into_scale(results: dict, key: str, corpus: str, scale: list[dict]) -> None:
    """A scale section's failure goes into the scale table; its success is already there."""
    section = results.pop(key, None)
    if isinstance(section, dict) and "error" in section:
        scale.append({"corpus": corpus, **section})


def _scale_child(
    work: Path, name: str, source: Path, questions: list[Path], rounds: int, stand_in: bool,
    profile: Path | None, baseline: bool = False,
) -> dict:  # fmt: skip
    index = work / name / "index"
    if index.exists():
        shutil.rmtree(index)
    cmd = [sys.executable, "-m", "bench.child", "--source", str(source), "--index", str(index),
           "--rounds", str(rounds)]  # fmt: skip
    for q in questions:
        cmd += ["--questions", str(q)]
    if stand_in:
        cmd.append("--stand-in")
    if profile is not None:
        cmd += ["--profile", str(profile)]
    if baseline:
        cmd.append("--baseline")
    env = child_env()
    env["PYTHONPATH"] = str(ROOT)
    r = run(cmd, env, work, timeout=4 * 3600)
    if r.returncode != 0:
        raise RuntimeError(f"bench.child failed ({r.returncode}): {r.stderr[-1500:]}")
    result = json.loads(r.stdout.strip().splitlines()[-1])
    return {
        "corpus": name,
        "source": str(source),
        "wall_s": round(r.wall_s, 2),
        "child_maxrss_mb": round(r.maxrss_mb, 1),
        "load_average_after": machine.load_average(),
        "result": result,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n", 2)[2],
    )  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="small and fast: a few minutes")
    parser.add_argument("--out", type=Path,
                        help="results JSON, the Markdown beside it (default: bench/results.json;"
                        " with --quick bench/out/results-quick.json)")  # fmt: skip
    parser.add_argument("--sizes", help="synthetic corpus sizes, e.g. 1000,10000")
    parser.add_argument("--real-embed-max-docs", type=int,
                        help="corpora larger than this are built with a stand-in embedding "
                        "and their build time projected (default: 2000; quick: 200)")  # fmt: skip
    parser.add_argument("--questions", type=Path, help="question set (default: the dev set)")
    parser.add_argument("--only", help="comma-separated sections: startup,cold_serve,replicas,"
                        "scale (the seed corpus, warm asks and baseline always run)")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="work folder to use and keep (default: temp)")
    parser.add_argument(
        "--torch-threads",
        type=int,
        help="set OMP_NUM_THREADS for every child (default: torch's own choice)",
    )
    parser.add_argument("--profile", action="store_true",
                        help="write pyinstrument profiles of the asks to bench/out/")  # fmt: skip
    args = parser.parse_args(argv)

    mode = "quick" if args.quick else "full"
    if args.out is None:
        args.out = ROOT / "bench" / ("out/results-quick.json" if args.quick else "results.json")
    if args.torch_threads:
        procs.EXTRA_ENV["OMP_NUM_THREADS"] = str(args.torch_threads)
    cfg = dict(MODES[mode])
    if args.sizes:
        cfg["sizes"] = [int(x) for x in args.sizes.split(",") if x.strip()]
    if args.real_embed_max_docs is not None:
        cfg["real_embed_max_docs"] = args.real_embed_max_docs
    only = set(args.only.split(",")) if args.only else None
    wanted = lambda name: only is None or name in only  # noqa: E731
    questions = args.questions or next((p for p in DEV_SETS if p.is_file()), None)
    if questions is None:
        parser.error("no question set found: pass --questions")
    cases = load_cases(questions)
    profile_dir = ROOT / "bench" / "out" if args.profile else None
    if profile_dir:
        profile_dir.mkdir(parents=True, exist_ok=True)

    t_start = time.perf_counter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="assistant-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "mode": mode,
        "machine": machine.describe(ROOT),
        "config": {
            **cfg,
            "levels": LEVELS,
            "questions": str(_shown(questions)),
            "torch_threads": args.torch_threads or "default",
        },
    }
    _log(f"{mode} run; work folder {work}")
    seed_src = work / "seed" / "docs"
    if not seed_src.exists():
        shutil.copytree(ROOT / "source_docs", seed_src)
    seed_index = work / "seed" / "index"
    try:
        scale: list[dict] = []
        results["scale"] = scale

        def seed_child() -> dict:
            prof = profile_dir / "profile_seed_asks.txt" if profile_dir else None
            got = _scale_child(work, "seed", seed_src, [questions], cfg["warm_rounds"], False,
                               prof, baseline=True)  # fmt: skip
            scale.append(got)
            r = got["result"]
            results["warm"] = {
                key: r[key]
                for key in ("questions", "rounds", "ask_ms", "wall_ms", "stages_ms", "graded",
                            "baseline_ms", "ratio_median", "ratio_p95")
            }  # fmt: skip
            return got

        # The seed corpus: its build, the warm asks and the baseline, in one child process.
        # It also builds the index the cold starts use.
        _section(results, "scale_seed", seed_child)
        _into_scale(results, "scale_seed", "seed", scale)
        if wanted("startup"):
            n = cfg["startup"]
            _section(results, "startup", lambda: cold.startups(work, seed_src, seed_index, n))
        if wanted("cold_serve") or wanted("server"):

            def serve_and_load() -> dict:
                with cold.cold_serve(work, seed_src, seed_index, cfg["cold_serve"]) as (got, srv):
                    single = [c.turns[0] for c in cases if len(c.turns) == 1]
                    results["server"] = load.run_load(
                        srv.url, single, LEVELS, cfg["requests"], cfg["level_seconds"]
                    )
                    got["rss_after_load_mb"] = rss_mb(srv.proc.pid)
                    return got

            _section(results, "cold_serve", serve_and_load)
        if wanted("replicas"):
            qs = [c.turns[0] for c in cases if len(c.turns) == 1]
            n_req, secs = cfg["replica_requests"], cfg["level_seconds"]
            run_replicas = lambda: replicas.run_replicas(work, seed_src, qs, 16, n_req, secs)  # noqa: E731
            _section(results, "replicas", run_replicas)
        if wanted("scale"):
            real_rate = None  # units/s of the largest corpus built with the real model
            for n in cfg["sizes"]:
                name = f"synthetic-{n}"

                def one(n: int = n, name: str = name) -> dict:
                    nonlocal real_rate
                    out = work / name
                    if not (out / "questions.json").exists():
                        synth.write_corpus(out, n, extra_docs=ROOT / "source_docs")
                    stand_in = n > cfg["real_embed_max_docs"]
                    prof = profile_dir / f"profile_{name}_asks.txt" if profile_dir else None
                    got = _scale_child(work, name, out / "docs",
                                       [questions, out / "questions.json"], cfg["child_rounds"],
                                       stand_in, prof)  # fmt: skip
                    r = got["result"]
                    if not stand_in:
                        real_rate = r["units_per_s"]
                    elif real_rate:
                        projected = r["units"] / real_rate
                        got["projected_build_s"] = round(projected, 1)
                        got["projection"] = (
                            f"built with the stand-in embedding in {r['build_s']:.0f} s (parsing, "
                            f"chunking, Chroma writes); with all-MiniLM-L6-v2 at the "
                            f"{real_rate:.1f} units/s measured on the largest real build, "
                            f"{r['units']:,} units would take about {projected / 60:.0f} min "
                            f"({r['documents'] / projected:.1f} docs/s)"
                        )
                    scale.append(got)
                    return got

                _section(results, f"scale_{name}", one)
                _into_scale(results, f"scale_{name}", name, scale)
    finally:
        results["elapsed_s"] = round(time.perf_counter() - t_start, 1)
        results["load_average_at_end"] = machine.load_average()
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(results, indent=2) + "\n")
            args.out.with_suffix(".md").write_text(report.render(results))
            _log(f"wrote {args.out} and {args.out.with_suffix('.md')}")
        finally:
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
