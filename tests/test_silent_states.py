"""A State the record names but never reports speaking has no words or position to give.

Fictional: a workshop report in which Japan attends and is mentioned, but only Ecuador, Peru
and Spain are reported speaking (tests/data/silent_states). Real index, real MiniLM."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_reliability import open_engine, settings_for

DATA = Path(__file__).parent / "data" / "silent_states"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("silent")
    shutil.copytree(DATA, base / "source_docs")
    return open_engine(settings_for(base))


@pytest.mark.parametrize(
    "question",
    [
        "what did the delegation of japan say about boarding requests?",
        "What was the Japanese delegation's view on port inspections?",
        "What was Japan's position on boarding requests?",
    ],
)
def test_a_state_named_but_not_speaking_gets_an_abstention(engine, question):
    a = engine.ask(question)
    assert a.abstained, a.text
    assert "Japan" in (a.reason or ""), a.reason


def test_a_state_that_spoke_is_answered(engine):
    a = engine.ask("What did the delegation of Ecuador say about boarding requests?")
    assert not a.abstained, a.reason
    assert any(c.speaker == "Ecuador" for c in a.citations)
    assert "four hours" in a.text
