"""Per-generation caches of the answer path: what a question used to recompute over every unit
of the corpus is found once per index generation, and gives what the scan gave."""

from __future__ import annotations

from assistant import meetings, questions
from assistant.generators import members
from tests.test_meeting_occasion import UNITS, FakeCorpus


def _scanned_label_units(corpus: FakeCorpus) -> dict[str, list[str]]:
    return {
        d: [u.unit_id for u in us if list(meetings.LABEL_RE.finditer(u.text))]
        for d, us in corpus.by_doc.items()
        if any(meetings.LABEL_RE.search(u.text) for u in us)
    }


def test_label_units_are_the_units_a_scan_finds_labels_in_and_are_found_once():
    corpus = FakeCorpus()
    got = meetings._label_units(corpus)
    assert {d: [u.unit_id for u in us] for d, us in got.items()} == _scanned_label_units(corpus)
    assert "notes" in got and "report" not in got  # "Venue: …" labels; prose has none
    assert meetings._label_units(corpus) is got  # kept for this corpus
    assert meetings._label_units(FakeCorpus()) is not got  # another generation: its own


def test_the_label_line_answer_comes_from_a_labelled_unit():
    corpus = FakeCorpus()
    a = questions.analyse("Who organised the lunchtime panel?", [], corpus.directory, set(), set())
    found = meetings.label_line(a, corpus)
    assert found is not None
    units, values = found
    assert [u.unit_id for u in units] == ["panel-0"] and values == ["Bog Trust"]


def test_says_something_is_judged_once_per_unit_and_corpus():
    corpus = FakeCorpus()
    said = {u.unit_id: members._says_something(corpus, u) for us in UNITS.values() for u in us}
    assert set(said.values()) == {True, False}  # both verdicts occur
    for us in UNITS.values():
        for u in us:
            assert members.says_something(corpus, u) is said[u.unit_id]
            assert members.says_something(corpus, u) is said[u.unit_id]  # from the memo
    assert len(members._SAYS[corpus]) == sum(len(us) for us in UNITS.values())
