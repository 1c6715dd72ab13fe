"""The recall tool's counting: which cases it measures, ranks, and recall at cut-offs."""

from __future__ import annotations

from bench.recall import cases, rank_of, summary


def test_only_answerable_single_turn_cases_with_facts_are_measured():
    spec = {
        "cases": [
            {"id": "a", "question": "Who chaired?", "expect": {"facts": [["Ms. Oyelaran"]]}},
            {"id": "b", "question": "Weather?", "expect": {"answerable": False}},
            {"id": "c", "turns": ["Hi", "And then?"], "expect": {"facts": [["x"]]}},
            {"id": "d", "question": "Where?", "expect": {"answerable": True}},
        ]
    }
    assert list(cases(spec)) == [("a", "Who chaired?", [["Ms. Oyelaran"]])]


def test_rank_is_the_first_text_holding_any_alternative_case_and_spacing_aside():
    texts = ["The harbour closed.", "Fees  rose by Ten per cent.", "ten per cent again"]
    assert rank_of(texts, ["10 per cent", "ten per cent"]) == 2
    assert rank_of(texts, ["twelve"]) is None


def test_summary_counts_absent_facts_apart():
    rows = [
        {"rank": 1, "held": True},
        {"rank": 5, "held": True},
        {"rank": None, "held": True},
        {"rank": None, "held": False},
    ]
    s = summary(rows)
    assert (s["facts"], s["absent"]) == (3, 1)
    assert (s["r@1"], s["r@3"], s["r@10"]) == (0.333, 0.333, 0.667)
