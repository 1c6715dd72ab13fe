"""A bounded soak of the JSON API: many /api/ask requests from 16 client threads.

`assistant serve` runs as its own process on 127.0.0.1 (so its memory is its own), over a temp
copy of source_docs/. The requests mix valid questions (some with a speaker filter or a
conversation) and invalid ones (empty, too long, malformed JSON, bad history, unknown speaker,
oversized body). Passing means: zero 5xx, zero dropped connections, every invalid request a
4xx with a JSON error, every answer's citations verbatim in the source at their offsets, and
the server's resident memory flat within RSS_GROWTH_LIMIT after warm-up.

The suite runs a short soak (300 requests); the full one is

    SOAK_REQUESTS=5000 python -m pytest tests/test_soak.py -m slow -s

and writes its figures to tests/artifacts/soak.json.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from helpers_reliability import (
    ASSISTANT,
    FATIMA,
    MICROSOFT,
    check_citations,
    copy_seed,
    dev_cases,
    free_port,
    rss_bytes,
    settings_for,
    source_texts,
    subprocess_env,
)

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_network")]

REQUESTS = int(os.environ.get("SOAK_REQUESTS", "300"))
CLIENTS = 16
WARM_UP = 0.1  # the first 10% of requests (at least 100) warm up; memory is measured from there
RSS_GROWTH_LIMIT = 64 * 1024 * 1024  # bytes the server may grow after warm-up
ARTIFACTS = Path(__file__).parent / "artifacts"

QUESTIONS = [c["question"] for c in dev_cases() if "question" in c]
HISTORY = [
    {"role": "user", "content": MICROSOFT},
    {"role": "assistant", "content": "David Williams (Microsoft) underlined ... [1]"},
]


def request_kinds() -> dict[str, tuple[object, set[int]]]:
    """Kind -> (body, or raw bytes; the statuses it may get)."""
    big = json.dumps({"question": "x" * 70_000}).encode()
    return {
        "valid": (None, {200}),
        "speaker": ({"question": "What did she say about privacy?", "speaker": "Noor Fatima"},
                    {200}),
        "follow-up": ({"question": "Which organization is he from?", "history": HISTORY}, {200}),
        "empty": ({"question": "   "}, {400}),
        "too-long": ({"question": "why " * 600}, {400}),
        "unknown-speaker": ({"question": FATIMA, "speaker": "Nobody Atall"}, {422}),
        "bad-role": ({"question": FATIMA, "history": [{"role": "system", "content": "x"}]},
                     {422}),
        "history-not-list": ({"question": FATIMA, "history": "x"}, {422}),
        "wrong-type": ({"question": 42}, {422}),
        "malformed": (b'{"question": "unfinished', {422}),
        "oversized": (big, {413}),
        "controls": ({"question": "\x00\u200b\x07"}, {400}),
    }  # fmt: skip


def plan(n: int, seed: int = 20230913) -> list[str]:
    """n request kinds, about 60% valid, in a fixed random order."""
    rng = random.Random(seed)
    kinds = list(request_kinds())
    weights = [40, 10, 10] + [40 / (len(kinds) - 3)] * (len(kinds) - 3)
    return rng.choices(kinds, weights=weights, k=n)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`assistant serve` in its own process; yields (base URL, pid, source texts, log path)."""
    base = tmp_path_factory.mktemp("soak")
    copy_seed(base)
    settings = settings_for(base)
    port = free_port()
    log = base / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(ASSISTANT), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=subprocess_env(settings),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()[-3000:]
            try:  # fully started: the chat UI is built in the background after the API
                health = httpx.get(f"{url}/healthz", timeout=5)
                if health.status_code == 200 and health.json().get("ui") == "ready":
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("the server did not start: " + log.read_text()[-3000:])
        yield url, proc.pid, source_texts(settings.source_dir), log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


class Memory:
    """Samples the server's RSS twice a second while the soak runs."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[tuple[float, int]] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            self.samples.append((time.monotonic(), rss_bytes(self.pid)))
            self.stop.wait(0.5)

    def __enter__(self) -> Memory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)


def test_soak(server):
    url, pid, texts, log = server
    kinds = request_kinds()
    todo = plan(REQUESTS)
    lock = threading.Lock()
    next_index = iter(range(len(todo)))
    statuses: Counter[tuple[str, int]] = Counter()
    dropped: list[str] = []
    wrong: list[str] = []
    unverified: list[str] = []
    answers = abstentions = citations = 0
    warm: dict[str, int | None] = {"rss": None, "half": None}
    warm_at = min(max(100, int(REQUESTS * WARM_UP)), REQUESTS // 2)

    def client() -> None:
        nonlocal answers, abstentions, citations
        rng = random.Random(threading.get_ident())
        with httpx.Client(base_url=url, timeout=httpx.Timeout(300, connect=30)) as c:
            while True:
                with lock:
                    i = next(next_index, None)
                    if i == warm_at:
                        warm["rss"] = rss_bytes(pid)
                    if i == REQUESTS // 2:
                        warm["half"] = rss_bytes(pid)
                if i is None:
                    return
                kind = todo[i]
                body, allowed = kinds[kind]
                if body is None:
                    body = {"question": rng.choice(QUESTIONS)}
                try:
                    if isinstance(body, bytes):
                        r = c.post(
                            "/api/ask", content=body, headers={"content-type": "application/json"}
                        )
                    else:
                        r = c.post("/api/ask", json=body)
                except httpx.TransportError as err:
                    with lock:
                        dropped.append(f"{kind}: {type(err).__name__}: {err}")
                    continue
                with lock:
                    statuses[(kind, r.status_code)] += 1
                if r.status_code not in allowed:
                    with lock:
                        wrong.append(f"{kind}: {r.status_code} {r.text[:200]}")
                    continue
                if r.status_code != 200:
                    error = r.json().get("error")
                    if not isinstance(error, str) or not error or "Traceback" in r.text:
                        with lock:
                            wrong.append(f"{kind}: {r.status_code} {r.text[:200]}")
                    continue
                data = r.json()
                try:
                    n = check_citations(data, texts.__getitem__)
                    assert not data["abstained"] or n == 0
                except (AssertionError, KeyError) as err:
                    with lock:
                        unverified.append(f"{kind}: {data['question']!r}: {err}")
                    continue
                with lock:
                    answers += 1
                    abstentions += data["abstained"]
                    citations += n

    started = time.monotonic()
    with Memory(pid) as memory:
        rss_before = rss_bytes(pid)
        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rss_after = rss_bytes(pid)
    duration = time.monotonic() - started
    health = httpx.get(f"{url}/healthz", timeout=30)
    server_log = log.read_text()

    total = sum(statuses.values())
    by_status = Counter()
    for (_, status), count in statuses.items():
        by_status[status] += count
    figures = {
        "requests": REQUESTS,
        "clients": CLIENTS,
        "completed": total,
        "dropped_connections": len(dropped),
        "server_errors_5xx": sum(c for s, c in by_status.items() if s >= 500),
        "unexpected_status": len(wrong),
        "unverified_answers": len(unverified),
        "answers": answers,
        "abstentions": abstentions,
        "citations_verified": citations,
        "by_status": {str(k): v for k, v in sorted(by_status.items())},
        "by_kind": {f"{k}:{s}": v for (k, s), v in sorted(statuses.items())},
        "rss_mb_before": round(rss_before / 2**20, 1),
        "rss_mb_after_warm_up": round((warm["rss"] or rss_before) / 2**20, 1),
        "rss_mb_at_half": round((warm["half"] or rss_before) / 2**20, 1),
        "rss_mb_after": round(rss_after / 2**20, 1),
        "rss_mb_max": round(max(s for _, s in memory.samples) / 2**20, 1),
        "rss_growth_limit_mb": RSS_GROWTH_LIMIT / 2**20,
        "duration_s": round(duration, 1),
        "requests_per_s": round(total / duration, 2),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "soak.json").write_text(json.dumps(figures, indent=2))
    print("\nsoak figures:", json.dumps(figures, indent=2))

    assert not dropped, dropped[:5]
    assert figures["server_errors_5xx"] == 0, figures["by_kind"]
    assert not wrong, wrong[:5]
    assert not unverified, unverified[:5]
    assert total == REQUESTS
    assert answers >= REQUESTS * 0.4 and citations > 0
    assert health.status_code == 200
    assert "unhandled error" not in server_log and "Traceback" not in server_log, server_log[-3000:]
    assert rss_after - (warm["rss"] or rss_before) <= RSS_GROWTH_LIMIT, figures
