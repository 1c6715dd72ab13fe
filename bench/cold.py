"""Cold starts, each in a new process: the commands, `assistant serve`, and their yardstick."""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .procs import assistant_cmd, child_env, free_port, rss_mb, run, stop
from .stats import summary

QUESTION = "What did the Microsoft representative say about artificial intelligence?"
EXPECT = "David Williams"


def startups(work: Path, source: Path, index: Path, repeats: int) -> dict:
    """Commands from process start to exit, each round in turn, beside the yardstick.

    The yardstick is `python -c "import chromadb"` timed in the same rounds, so each command's
    ratio to it holds on a faster or a busier machine. The index is already built.
    """
    env = child_env(source_dir=source, index_dir=index)
    cmds: dict[str, tuple[list[str], int, str | None]] = {
        "import_chromadb": ([sys.executable, "-c", "import chromadb"], 0, None),
        "help": ([*assistant_cmd(), "--help"], 0, "Usage"),
        "speakers": ([*assistant_cmd(), "speakers"], 0, EXPECT),
        "empty_question": ([*assistant_cmd(), "ask", " "], 1, "empty"),
        "ask": ([*assistant_cmd(), "ask", QUESTION], 0, EXPECT),
    }
    times: dict[str, list[float]] = {name: [] for name in cmds}
    peaks: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(repeats):
        for name, (cmd, code, expect) in cmds.items():
            r = run(cmd, env, work, timeout=300)
            if r.returncode != code or (expect and expect not in r.stdout + r.stderr):
                raise RuntimeError(f"{name} failed ({r.returncode}): {r.stderr[-800:]}")
            times[name].append(r.wall_s)
            peaks[name].append(r.maxrss_mb)
    yardstick = statistics.median(times["import_chromadb"])
    return {
        name: {
            "wall_s": summary(times[name]),
            "ratio": round(statistics.median(times[name]) / yardstick, 2),
            "peak_rss_mb": summary(peaks[name], 1),
        }
        for name in cmds
    } | {"question": QUESTION}


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    log: Path
    timings: dict = field(default_factory=dict)


def start_server(work: Path, env: dict[str, str], n: int, deadline_s: float = 300) -> Server:
    port = free_port()
    log = work / f"serve-{n}.log"
    with log.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [*assistant_cmd(), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, cwd=work, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    server = Server(proc, f"http://127.0.0.1:{port}", log)
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"assistant serve exited: {log.read_text()[-800:]}")
                if time.perf_counter() - t0 > deadline_s:
                    raise RuntimeError(f"assistant serve not healthy after {deadline_s} s")
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
            healthy = time.perf_counter() - t0
            r = client.post("/api/ask", json={"question": QUESTION})
            first = time.perf_counter() - t0
            r.raise_for_status()
            if EXPECT not in r.text:
                raise RuntimeError(f"unexpected first answer: {r.text[:300]}")
    except BaseException:
        stop(proc)
        raise
    server.timings = {"healthy_s": healthy, "first_answer_s": first, **rss_mb(proc.pid)}
    return server


@contextlib.contextmanager
def cold_serve(
    work: Path, source: Path, index: Path, repeats: int, concurrency: int = 4
) -> Iterator[tuple[dict, Server]]:
    """Start `assistant serve` `repeats` times; yields the timings and the last server, live."""
    env = child_env(source_dir=source, index_dir=index, concurrency=concurrency)
    runs: list[dict] = []
    server = None
    try:
        for n in range(repeats):
            if server is not None:
                stop(server.proc)
            server = start_server(work, env, n)
            runs.append(server.timings)
        result = {
            "healthy_s": summary(r["healthy_s"] for r in runs),
            "first_answer_s": summary(r["first_answer_s"] for r in runs),
            "rss_after_first_answer_mb": summary((r.get("VmRSS", 0) for r in runs), 1),
            "server_concurrency": concurrency,
        }
        assert server is not None
        yield result, server
    finally:
        if server is not None:
            stop(server.proc)
