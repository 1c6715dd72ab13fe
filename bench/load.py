"""A bounded load generator: C concurrent clients POSTing /api/ask over loopback.

Each level sends at most `requests` questions and stops after `time_limit` seconds, whichever
comes first. Only loopback addresses are accepted.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from urllib.parse import urlparse

import httpx

from .stats import summary

LOOPBACK = ("127.0.0.1", "localhost", "::1")


async def _level(
    urls: list[str], questions: list[str], clients: int, requests: int, limit: float
) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    sent = itertools.count()
    pick = itertools.cycle(questions)
    t0 = time.perf_counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    pool = [httpx.AsyncClient(base_url=u, timeout=60, limits=limits) for u in urls]
    try:

        async def worker(n: int) -> None:
            client = pool[n % len(pool)]  # clients spread evenly over the replicas
            while next(sent) < requests and time.perf_counter() - t0 < limit:
                q = next(pick)
                s = time.perf_counter()
                try:
                    r = await client.post("/api/ask", json={"question": q})
                    if r.status_code != 200:
                        errors.append(f"HTTP {r.status_code}")
                        continue
                    r.json()
                except (httpx.HTTPError, ValueError) as err:
                    errors.append(type(err).__name__)
                    continue
                latencies.append((time.perf_counter() - s) * 1000)

        await asyncio.gather(*(worker(n) for n in range(clients)))
    finally:
        for client in pool:
            await client.aclose()
    elapsed = time.perf_counter() - t0
    return {
        "clients": clients,
        "answers": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "elapsed_s": round(elapsed, 3),
        "answers_per_s": round(len(latencies) / elapsed, 2),
        "latency_ms": summary(latencies, 1),
    }


def run_load(
    url: str | list[str], questions: list[str], levels: list[int], requests: int,
    time_limit: float,
) -> list[dict]:  # fmt: skip
    """Each level in turn; with several URLs (replicas) the clients are spread over them."""
    urls = [url] if isinstance(url, str) else list(url)
    for u in urls:
        host = urlparse(u).hostname
        if host not in LOOPBACK:
            raise ValueError(f"load tests only target loopback, not {host}")
    asyncio.run(_level(urls, questions, len(urls), min(5 * len(urls), requests), time_limit))
    return [asyncio.run(_level(urls, questions, c, requests, time_limit)) for c in levels]
