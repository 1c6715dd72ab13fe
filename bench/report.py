"""results.json -> results.md: the tables the README shows."""

from __future__ import annotations

from .warm import STAGES

BUILD_BEFORE_PER_CORE = 22.0  # 44 units/s on 2 cores, the 2026-11-28 run before the ONNX encoder
SCALE_COLUMNS = (
    "Corpus", "Docs", "Units", "Speakers", "Build", "Docs/s", "Units/s per core",
    "Peak RSS (build)", "RSS engine loaded", "Peak RSS (all)", "Index on disk", "No-op re-index",
    "Engine load", "Query median", "Query p95", "Right answers",
)  # fmt: skip


STARTUPS = (
    ("import_chromadb", '`python -c "import chromadb"`'),
    ("help", "`assistant --help`"),
    ("empty_question", '`assistant ask " "` (its one-line error)'),
    ("speakers", "`assistant speakers`"),
    ("ask", "Cold `assistant ask` (process start → answer printed)"),
)


def targets(results: dict) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each target of the benchmark; met is None if not measured."""
    out: list[tuple[str, str, bool | None]] = []

    def add(name: str, value: float | None, fmt: str, ok: bool | None) -> None:
        out.append((name, "–" if value is None else fmt.format(value), ok))

    st = results.get("startup") or {}
    for key, limit in (("ask", 3.0), ("speakers", 2.0), ("empty_question", 1.5)):
        ratio = (st.get(key) or {}).get("ratio")
        label = dict(STARTUPS)[key]
        add(f"{label} ≤ {limit}× `import chromadb`", ratio, "×{:.2f}",
            None if ratio is None else ratio <= limit)  # fmt: skip
    first = ((results.get("cold_serve") or {}).get("first_answer_s") or {}).get("median")
    add("`assistant serve` → first answer ≤ 5 s", first, "{:.2f} s",
        None if first is None else first <= 5)  # fmt: skip
    level = next((lv for lv in results.get("server") or [] if lv["clients"] == 16), None)
    if level:
        rate, p95 = level["answers_per_s"], level["latency_ms"].get("p95", float("inf"))
        out.append(("`/api/ask`, 16 clients: ≥ 60 answers/s, p95 < 500 ms",
                    f"{rate:.1f}/s, p95 {p95:.0f} ms", rate >= 60 and p95 < 500))  # fmt: skip
    scale = {sc["corpus"]: sc for sc in results.get("scale") or [] if not _error(sc)}
    big = scale.get("synthetic-10000")
    if big:
        r = big["result"]
        q = r["ask_ms"].get("median")
        add("10,000 documents: query median < 100 ms", q, "{:.1f} ms", q is not None and q < 100)
        peak = r["rss_after_build"].get("VmHWM")
        add("10,000 documents: peak build RSS < 2.5 GB", peak, "{:,.0f} MB",
            peak is not None and peak < 2560)  # fmt: skip
    real = [sc["result"] for sc in scale.values() if not sc["result"]["embedding"].startswith(
        "stand-in") and sc["corpus"] != "seed"]  # fmt: skip
    if real:
        r = max(real, key=lambda x: x["units"])
        per_core = r.get("units_per_s_per_core")
        add(f"Build with the real model ≥ 3× {BUILD_BEFORE_PER_CORE} units/s per core "
            f"({r['documents']:,} documents)", per_core, "{:.1f} units/s per core",
            None if per_core is None else per_core >= 3 * BUILD_BEFORE_PER_CORE)  # fmt: skip
    rep = results.get("replicas") or {}
    if "speedup" in rep:
        one, two = rep["replicas_1"], rep["replicas_2"]
        out.append(("Replicas on one Chroma server keep working (2 vs 1, 16 clients)",
                    f"{one['answers_per_s']:.1f}/s → {two['answers_per_s']:.1f}/s "
                    f"(×{rep['speedup']:.2f}); errors {one['errors']} / {two['errors']}",
                    one["errors"] == 0 and two["errors"] == 0))  # fmt: skip
    return out


def _s(x: float | None, unit: str = "s", digits: int = 2) -> str:
    if x is None or x != x:  # None or NaN
        return "–"
    return f"{x:,.{digits}f} {unit}".strip()


def _spread(summ: dict | None, unit: str = "s", digits: int = 2) -> str:
    if not summ or not summ.get("n"):
        return "–"
    return f"{summ['min']:,.{digits}f}–{summ['max']:,.{digits}f} {unit} (n={summ['n']})"


def _omp(results: dict) -> str:
    value = results.get("config", {}).get("torch_threads", "default")
    return "no" if value == "default" else str(value)


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _error(section: dict | None) -> str | None:
    return section.get("error") if isinstance(section, dict) else None


def render(results: dict) -> str:
    m = results["machine"]
    pk = m["packages"]
    lines = [
        f"# Benchmark results ({results['mode']} run)",
        "",
        f"Measured {m['date']} on {m['nproc']} cores ({m['cpu']}), {m['memory_gb']} GB RAM, "
        f"{m['os']}; Python {m['python']}, torch {pk.get('torch')}, chromadb "
        f"{pk.get('chromadb')}, llama-index-core {pk.get('llama-index-core')}, "
        f"sentence-transformers {pk.get('sentence-transformers')}; commit {m.get('git')}; "
        f"OMP_NUM_THREADS set by the benchmark: {_omp(results)}. "
        f"Load average at start {m['load_average_at_start']}, at end "
        f"{results.get('load_average_at_end')} (other processes on the machine inflate "
        "wall times).",
        *[line for note in results.get("notes", []) for line in ("", note)],
        "",
        "Targets (medians):",
        "",
        _row("Target", "Measured", "Met"),
        _row("---", "---", "---"),
        *[
            _row(name, got, {True: "yes", False: "**no**", None: "–"}[ok])
            for name, got, ok in targets(results)
        ],
        "",
        "Medians of repeated runs; the spread is min–max over the runs.",
        "",
        _row("Measure", "Median", "Spread", "Ratio / target"),
        _row("---", "---", "---", "---"),
    ]
    st = results.get("startup") or {}
    for key, label in STARTUPS:
        if key in st:
            row = st[key]
            ratio = "the yardstick" if key == "import_chromadb" else f"×{row['ratio']:.2f} of it"
            lines.append(_row(label, _s(row["wall_s"]["median"]), _spread(row["wall_s"]), ratio))
    sv = results.get("cold_serve") or {}
    if "healthy_s" in sv:
        lines.append(
            _row("Cold `assistant serve` → `/healthz` 200", _s(sv["healthy_s"]["median"]),
                 _spread(sv["healthy_s"]), "")
        )  # fmt: skip
        lines.append(
            _row("Cold `assistant serve` → first `/api/ask` answer",
                 _s(sv["first_answer_s"]["median"]), _spread(sv["first_answer_s"]), "")
        )  # fmt: skip
    w = results.get("warm") or {}
    if "ask_ms" in w:
        a = w["ask_ms"]
        lines.append(
            _row("Warm extractive ask, in process (dev set)", _s(a["median"], "ms", 1),
                 f"p25–p75 {a['p25']:.1f}–{a['p75']:.1f} ms, p95 {a['p95']:.1f} ms, "
                 f"max {a['max']:.1f} ms (n={a['n']})", "median < 30 ms")
        )  # fmt: skip
        b = w.get("baseline_ms")
        if b and b.get("n"):
            lines.append(
                _row("Same questions, plain llama-index baseline", _s(b["median"], "ms", 1),
                     f"p95 {b['p95']:.1f} ms (n={b['n']})",
                     f"ours/baseline: median ×{w['ratio_median']:.2f}, p95 ×{w['ratio_p95']:.2f}")
            )  # fmt: skip
    for level in results.get("server") or []:
        lat = level["latency_ms"]
        target = "≥ 60/s, p95 < 500 ms" if level["clients"] == 16 else ""
        lines.append(
            _row(f"Server `/api/ask`, {level['clients']} concurrent client(s)",
                 f"{level['answers_per_s']:.1f} answers/s",
                 f"latency p50 {lat.get('median', 0):.0f} ms, p95 {lat.get('p95', 0):.0f} ms; "
                 f"{level['errors']} errors / {level['answers'] + level['errors']} requests",
                 target)
        )  # fmt: skip
    if "stages_ms" in w:
        lines += ["", "Warm ask by stage (ms; a stage a question does not use counts as 0):", ""]
        lines.append(_row("Stage", *[k.removesuffix("_ms") for k in STAGES], "total"))
        lines.append(_row(*["---"] * (len(STAGES) + 2)))
        st = w["stages_ms"]
        for stat in ("median", "p95", "mean"):
            lines.append(
                _row(stat, *[f"{st[k].get(stat, 0):.1f}" for k in STAGES],
                     f"{w['ask_ms'].get(stat, 0):.1f}")
            )  # fmt: skip
    scale = results.get("scale") or []
    if scale:
        lines += [
            "",
            "Index build and queries by corpus size (each corpus in its own process; peak = "
            "VmHWM, the process's high-water resident memory):",
            "",
            _row(*SCALE_COLUMNS),
            _row(*["---"] * len(SCALE_COLUMNS)),
        ]
        for sc in scale:
            if _error(sc):
                lines.append(_row(sc["corpus"], f"error: {sc['error']}", *[""] * 14))
                continue
            r = sc["result"]
            build = _s(r["build_s"])
            if r.get("embedding", "").startswith("stand-in"):
                build += " (stand-in embedding)"
            lines.append(
                _row(sc["corpus"], f"{r['documents']:,}", f"{r['units']:,}", f"{r['speakers']:,}",
                     build, f"{r['docs_per_s']:.1f}", _s(r.get("units_per_s_per_core"), "", 1),
                     _s(r["rss_after_build"].get("VmHWM"), "MB", 0),
                     _s(r["rss_engine_loaded"].get("VmRSS"), "MB", 0),
                     _s(sc.get("child_maxrss_mb"), "MB", 0), _s(r["index_mb"], "MB", 0),
                     _s(r["reindex_noop_s"]), _s(r["engine_load_s"]),
                     _s(r["ask_ms"].get("median"), "ms", 1), _s(r["ask_ms"].get("p95"), "ms", 1),
                     f"{r['graded']['right']}/{r['graded']['cases']}")
            )  # fmt: skip
        lines += ["", "Query stages by corpus size (median / p95, ms):", ""]
        lines.append(_row("Corpus", *[k.removesuffix("_ms") for k in STAGES]))
        lines.append(_row(*["---"] * (len(STAGES) + 1)))
        for sc in scale:
            if _error(sc):
                continue
            st = sc["result"]["stages_ms"]
            lines.append(
                _row(sc["corpus"],
                     *[f"{st[k].get('median', 0):.1f} / {st[k].get('p95', 0):.1f}" for k in STAGES])
            )  # fmt: skip
        for sc in scale:
            if sc.get("projection"):
                lines += ["", f"- {sc['corpus']}: {sc['projection']}"]
    errors = [f"- {name}: {sec['error']}" for name, sec in results.items() if _error(sec)]
    if errors:
        lines += ["", "Sections that failed:", "", *errors]
    lines += ["", f"Total benchmark time {results.get('elapsed_s', 0):.0f} s.", ""]
    return "\n".join(lines)
