"""Replicas sharing one Chroma server: `/api/ask` throughput with one replica, then two.

A `chroma run` server (the one shipped with chromadb) on a free loopback port holds the index;
`assistant index` fills it and each `assistant serve` replica reads it
(`ASSISTANT_CHROMA_MODE=http`). The same load runs against one replica, then spread over two.
On a machine with few cores the replicas and the Chroma server share them, which caps the gain.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from . import cold, load
from .procs import assistant_cmd, child_env, free_port, run, stop


@contextlib.contextmanager
def chroma_server(work: Path) -> Iterator[int]:
    """`chroma run` in `work/chroma-server` on a free port; yields the port."""
    script = Path(sys.executable).parent / "chroma"
    chroma = str(script) if script.exists() else shutil.which("chroma")
    if not chroma:
        raise RuntimeError("the `chroma` command of the chromadb package is not installed")
    data = work / "chroma-server"
    shutil.rmtree(data, ignore_errors=True)
    port = free_port()
    log = (work / "chroma-server.log").open("wb")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {proc.returncode}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).is_success:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the Chroma server sent no heartbeat within 60 s")
            time.sleep(0.2)
        yield port
    finally:
        stop(proc)
        log.close()


def run_replicas(
    work: Path, source: Path, questions: list[str], clients: int, requests: int, seconds: float
) -> dict:
    """Throughput and latency at `clients` concurrent clients: one replica, then two."""
    with chroma_server(work) as port:
        settings = {
            "chroma_mode": "http",
            "chroma_host": "127.0.0.1",
            "chroma_port": port,
            "source_dir": source,
            "index_dir": work / "unused-index",
            "concurrency": 4,
        }
        env = child_env(**settings)  # fmt: skip
        r = run([*assistant_cmd(), "index"], env, work, timeout=600)
        if r.returncode != 0:
            raise RuntimeError(f"assistant index into the Chroma server failed: {r.stderr[-800:]}")
        replicas: list[cold.Server] = []
        out: dict = {"clients": clients}
        try:
            for n in (1, 2):
                replicas.append(cold.start_server(work, env, 100 + n))
                urls = [s.url for s in replicas]
                level = load.run_load(urls, questions, [clients], requests, seconds)
                out[f"replicas_{n}"] = level[0]
        finally:
            for s in replicas:
                stop(s.proc)
    one, two = out["replicas_1"]["answers_per_s"], out["replicas_2"]["answers_per_s"]
    out["speedup"] = round(two / one, 2) if one else None
    return out
