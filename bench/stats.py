"""Summaries of repeated measurements: median and spread."""

from __future__ import annotations

import statistics
from collections.abc import Iterable


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks; NaN for no values."""
    if not values:
        return float("nan")
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summary(values: Iterable[float], digits: int = 3) -> dict:
    """n, median, min, max, p25, p75 (the IQR), p95 and mean of the values."""
    xs = [float(v) for v in values]
    if not xs:
        return {"n": 0}
    out = {
        "n": len(xs),
        "median": statistics.median(xs),
        "min": min(xs),
        "max": max(xs),
        "p25": percentile(xs, 25),
        "p75": percentile(xs, 75),
        "p95": percentile(xs, 95),
        "mean": statistics.fmean(xs),
    }
    return {k: round(v, digits) if isinstance(v, float) else v for k, v in out.items()}
