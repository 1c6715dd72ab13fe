"""The corpus's stem index gives the same units as a pass over every unit."""

from assistant.questions import stems


def test_units_holding_matches_a_pass_over_every_unit(seed_engine):
    corpus = seed_engine._state
    words = ["cooperation", "evidence", "private sector", "law enforcement", "unheard-of"]
    for phrase in words:
        alt = stems(phrase.split())
        expected = [u for u in corpus.units if alt <= corpus.stems_of(u)]
        assert corpus.units_holding([alt]) == expected
    either = [stems(["evidence"]), stems(["sector"])]
    expected = [u for u in corpus.units if any(a <= corpus.stems_of(u) for a in either)]
    assert corpus.units_holding(either) == expected
    assert any(expected)
    assert corpus.units_holding([set()]) == corpus.units
