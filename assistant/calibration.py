"""How well the answerability score separates answerable from unanswerable questions.

The score is the Answer's `support` (higher = better supported) where the engine gives one,
else the best retrieved unit's score. `calibration(results, settings)` gives the ROC curve of
that score (answerable cases are the positives), its AUC, and where the threshold in use sits.
"""

from __future__ import annotations

from typing import Any


def uses_support(answers: list[Any]) -> bool:
    """True once the engine puts an answerability score on its answers."""
    return any(getattr(a, "support", None) is not None for a in answers)


def answer_score(answer: Any, support: bool) -> float | None:
    """`Answer.support`, or (before the engine gave one) the best retrieved unit's score."""
    if support:
        value = getattr(answer, "support", None)
        return None if value is None else float(value)
    scores = [r.score for r in getattr(answer, "retrieved", None) or []]
    return max(scores) if scores else None


def roc(positives: list[float], negatives: list[float]) -> list[tuple[float, float, float]]:
    """(threshold, false-positive rate, true-positive rate), from the strictest threshold down.

    A case counts as predicted answerable when its score >= threshold.
    """
    if not positives or not negatives:
        return []
    points = [(float("inf"), 0.0, 0.0)]
    for t in sorted(set(positives) | set(negatives), reverse=True):
        tpr = sum(s >= t for s in positives) / len(positives)
        fpr = sum(s >= t for s in negatives) / len(negatives)
        points.append((t, fpr, tpr))
    return points


def auc(positives: list[float], negatives: list[float]) -> float | None:
    """Probability that an answerable case scores above an unanswerable one (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def rates_at(positives: list[float], negatives: list[float], t: float) -> tuple[float, float]:
    """(false-positive rate, true-positive rate) of the rule score >= t."""
    return (
        sum(s >= t for s in negatives) / len(negatives) if negatives else 0.0,
        sum(s >= t for s in positives) / len(positives) if positives else 0.0,
    )


def calibration(results: list[Any], settings: Any = None) -> dict[str, Any]:
    """The `calibration` block of summary.json, from the cases' last answers."""
    answered = [r for r in results if r.answer is not None]
    support = uses_support([r.answer for r in answered])
    threshold = threshold_in_use(settings, support)
    pos: list[float] = []
    neg: list[float] = []
    unscored: list[str] = []
    for r in answered:
        score = answer_score(r.answer, support)
        if score is None:
            unscored.append(r.case.id)
        else:
            (pos if r.case.expect.answerable else neg).append(score)
    at = None
    if threshold is not None and pos and neg:
        fpr, tpr = rates_at(pos, neg, threshold)
        at = {"fpr": fpr, "tpr": tpr}
    return {
        "score": "Answer.support" if support else "best retrieved score",
        "threshold": threshold,
        "threshold_setting": ("min_support" if support else "min_relevance") if threshold else None,
        "at_threshold": at,
        "auc": auc(pos, neg),
        "answerable": len(pos),
        "unanswerable": len(neg),
        "unscored": unscored,  # no score: e.g. abstained before retrieving anything
        "roc": [
            {"threshold": None if t == float("inf") else t, "fpr": f, "tpr": p}
            for t, f, p in roc(pos, neg)
        ],
    }


def threshold_in_use(settings: Any, support: bool) -> float | None:
    """The setting the score is compared with: `min_support`, else `min_relevance` (cosine)."""
    value = getattr(settings, "min_support" if support else "min_relevance", None)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
