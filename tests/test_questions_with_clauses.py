"""A question's shape read from its grammar: "which country said …" asks for a delegation
(any form of a reporting verb, "said" as well as "suggested"), not a place; "when someone asked
about X, what did the official answer?" opens with a clause setting the scene, and asks what
was answered, not when; "what was it about basically" asks what it was about (an adverb is
no subject the record lacks).

The record is fictional (a summary record), written for this test.
"""

from __future__ import annotations

import pytest

from assistant.answer_types import asked_types
from tests.helpers_corpus import corpus_engine

RECORD = """# Summary record of the 2nd meeting: workshop on harbour crime, Portmore, 4 May 2031

1. The representative of Chile said that inspections had to keep pace with the volume of \
container traffic.

2. The representative of Kenya said that its ports had trained 300 inspectors since 2029.

3. Responding to a question from the floor about fees charged by brokers, Mr. Tomas Reyes \
(Harbour Crime Office) said that his office did not yet collect data on such fees but would \
examine the matter.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    meta = (
        'title: "Summary record of the 2nd meeting"\nkind: "summary record"\ndate: "2031-05-04"\n'
    )
    return corpus_engine(tmp_path_factory.mktemp("clauses"), {"record_2031.md": (RECORD, meta)})


def test_which_country_said_asks_for_a_speaker():
    assert "place" not in asked_types("which country said inspections must keep pace")
    assert "place" not in asked_types("which country suggested a shared registry?")
    assert "place" in asked_types("which country hosted the workshop?")


def test_a_scene_setting_when_clause_asks_no_date():
    q = "when someone asked about broker fees, what did the official answer?"
    assert "date" not in asked_types(q)
    assert "date" in asked_types("when did the workshop open, and who chaired it?")
    assert "date" in asked_types("when was the workshop, who came?")


def test_which_country_said_is_answered_with_the_delegation(engine):
    a = engine.ask("which country said inspections have to keep up with container traffic")
    assert not a.abstained, a.text
    assert "Chile" in {c.speaker for c in a.citations}


def test_what_was_answered_when_asked(engine):
    a = engine.ask("when someone asked about broker fees, what did the official answer?")
    assert not a.abstained, a.text
    assert "did not yet collect data" in a.text


def test_an_adverb_after_about_is_no_missing_subject(engine):
    a = engine.ask("what was the workshop about basically")
    assert not a.abstained, a.text
    assert engine.ask("what did chile say about forced marriage").abstained
