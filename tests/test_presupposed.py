"""What a question presupposes must be in the record, not only its words: the thing a count is
of, and an event or document the record has as done (tests/data/presupposed: a fictional
fisheries council's report). Real index, real MiniLM."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_reliability import open_engine, settings_for

from assistant import answer_types

DATA = Path(__file__).parent / "data" / "presupposed"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("presupposed")
    shutil.copytree(DATA, base / "source_docs")
    return open_engine(settings_for(base))


# --- pure pieces ---------------------------------------------------------------------------


def test_the_head_of_the_noun_a_count_is_of():
    assert answer_types.counted_head("How many written comments did they get?") == "comments"
    assert answer_types.counted_head("how many falsified licences were seized?") == "licences"
    assert answer_types.counted_head("How many of them are paid?") is None
    assert answer_types.counted_head("What did the Chair say?") is None


def test_a_share_is_no_count():
    nouns = {"inspect"}
    share = "Some 30 per cent of those inspections found undersized catch."
    assert answer_types.has_number(share, nouns)
    assert not answer_types.has_number(share, nouns, whole=True)
    assert answer_types.has_number("They made 52 inspections.", nouns, whole=True)


# --- counts: the number must count the thing asked -----------------------------------------


def test_a_count_of_the_thing_asked_is_answered(engine):
    answer = engine.ask("How many written comments did the secretariat receive?")
    assert not answer.abstained and "14" in answer.text
    answer = engine.ask("How many trawlers did the inspectors board in 2024?")
    assert not answer.abstained and "52" in answer.text


def test_a_share_answers_what_share(engine):
    answer = engine.ask("What share of the inspections found undersized catch?")
    assert not answer.abstained and "30 per cent" in answer.text


def test_a_share_does_not_answer_how_many(engine):
    assert engine.ask("How many inspections found undersized catch on board?").abstained


def test_a_count_of_a_thing_the_record_never_names(engine):
    # the record counts trawlers and comments, never licences
    assert engine.ask("How many forged licences did the inspectors find in 2024?").abstained


def test_a_number_beside_other_words_of_the_question_is_no_count(engine):
    # 52 counts trawlers, not storms
    assert engine.ask("How many storms did the inspectors report in 2024?").abstained


# --- events and documents the record has only as still to come -----------------------------


def test_what_a_past_workshop_concluded_is_answered(engine):
    answer = engine.ask("What did the workshop on gear tagging conclude?")
    assert not answer.abstained and "licence number" in answer.text


def test_a_workshop_still_to_be_held_reached_no_conclusions(engine):
    assert engine.ask("What conclusions did the net marking workshop in Tarvo reach?").abstained


def test_a_review_still_to_be_published_found_nothing(engine):
    assert engine.ask("What does the review of quota compliance conclude?").abstained
