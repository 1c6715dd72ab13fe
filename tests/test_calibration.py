"""The answerability calibration curve: ROC points, AUC, the threshold in use, and its chart."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.calibration import auc, calibration, rates_at, roc
from assistant.report import roc_chart


def test_auc_of_perfect_useless_and_tied_scores() -> None:
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.1], [0.9]) == 0.0
    assert auc([0.5, 0.5], [0.5]) == 0.5  # ties count half
    assert auc([0.9, 0.4], [0.5, 0.1]) == pytest.approx(3 / 4)
    assert auc([], [0.5]) is None and auc([0.5], []) is None


def test_roc_runs_from_strict_to_lenient() -> None:
    points = roc([0.9, 0.4], [0.5, 0.1])
    assert points[0][1:] == (0.0, 0.0) and points[-1][1:] == (1.0, 1.0)
    assert [(f, t) for _, f, t in points] == [
        (0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (1.0, 1.0),
    ]  # fmt: skip
    assert rates_at([0.9, 0.4], [0.5, 0.1], 0.45) == (0.5, 0.5)


def _result(cid: str, answerable: bool, score: float | None, support: float | None = None):
    """A graded case as calibration reads it: the last answer's scores and the expectation."""
    retrieved = [] if score is None else [SimpleNamespace(score=s) for s in (score / 2, score)]
    answer = SimpleNamespace(retrieved=retrieved, support=support)
    expect = SimpleNamespace(answerable=answerable)
    return SimpleNamespace(case=SimpleNamespace(id=cid, expect=expect), answer=answer)


def test_calibration_uses_the_best_retrieved_score_and_min_relevance() -> None:
    results = [
        _result("a", True, 0.8),
        _result("b", True, 0.35),
        _result("c", False, 0.4),
        _result("d", False, None),  # abstained before retrieving: no score
    ]
    cal = calibration(results, SimpleNamespace(min_relevance=0.3))
    assert cal["score"] == "best retrieved score" and cal["threshold_setting"] == "min_relevance"
    assert cal["auc"] == 0.5 and cal["unscored"] == ["d"]
    assert cal["at_threshold"] == {"fpr": 1.0, "tpr": 1.0}
    assert (cal["answerable"], cal["unanswerable"]) == (2, 1)


def test_calibration_prefers_the_answers_support_score() -> None:
    results = [_result("a", True, 0.1, support=0.9), _result("b", False, 0.9, support=0.2)]
    cal = calibration(results, SimpleNamespace(min_relevance=0.3, min_support=0.5))
    assert cal["score"] == "Answer.support" and cal["auc"] == 1.0
    assert cal["threshold"] == 0.5 and cal["at_threshold"] == {"fpr": 0.0, "tpr": 1.0}


def test_the_roc_chart_is_inline_svg_with_the_threshold_marked() -> None:
    cal = calibration(
        [_result("a", True, 0.8), _result("b", False, 0.2)], SimpleNamespace(min_relevance=0.3)
    )
    svg = roc_chart(cal)
    assert svg.startswith("<svg") and "<polyline" in svg and "<circle" in svg
    assert "AUC 1.000" in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "No ROC curve" in roc_chart(calibration([_result("a", True, 0.8)], None))
