"""A frequency or a duration said in words answers "how often" / "how long", on a fictional
set of minutes written here (bulleted decisions under headings; general English, invented
names): "updated monthly", "kept for a reasonable period". A question whose quantity the
minutes never state still abstains.

The real engine and the real bundled MiniLM.
"""

from __future__ import annotations

import pytest

from assistant import answer_types

MINUTES = "\n".join(
    [
        "Minutes of the working party on lighthouse records",
        "",
        "Present: O. Brandvik (chair), T. Ruelle, M. Oyelaran",
        "",
        "Item 1. Shared register of lighthouse keepers",
        "- T. Ruelle proposed that the shared register of lighthouse keepers be updated monthly "
        "by the coastal archive.",
        "- M. Oyelaran said that ferry operators should keep passenger manifests for a "
        "reasonable period set by domestic law.",
        "",
        "Item 2. Any other business",
        "- The chair thanked the coastal archive for hosting the meeting.",
    ]
)


def test_frequency_and_duration_words_are_quantities():
    assert answer_types.has_quantity("the list is updated monthly", "rate", set())
    assert answer_types.has_quantity("it is reviewed quarterly by the board", "rate", set())
    assert answer_types.has_quantity("kept for a reasonable period", "duration", set())
    assert not answer_types.has_quantity("the register was updated", "rate", set())
    assert not answer_types.has_quantity("a reasonable request", "duration", set())


@pytest.fixture(scope="module")
def lighthouse(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("quantities_in_words")
    docs = base / "docs"
    docs.mkdir()
    (docs / "minutes_lighthouse.txt").write_text(MINUTES, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_how_often_is_answered_by_a_frequency_word(lighthouse):
    a = lighthouse.ask("How often should the shared register of lighthouse keepers be updated?")
    assert not a.abstained, a.text
    assert "monthly" in a.text


def test_how_long_is_answered_by_a_duration_in_words(lighthouse):
    a = lighthouse.ask("How long should ferry operators keep passenger manifests?")
    assert not a.abstained, a.text
    assert "reasonable period" in a.text


def test_a_quantity_never_stated_still_abstains(lighthouse):
    a = lighthouse.ask("How many lighthouse keepers are on the shared register?")
    assert a.abstained, a.text
