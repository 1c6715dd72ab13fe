"""Typing slips are read as the corpus word meant; names, English words and ties stay as typed."""

from __future__ import annotations

from assistant.spelling import Speller

SPELLER = Speller(["recommendations", "recommend", "meeting", "trafficking", "vossberg",
                   "inspection", "inspections", "kipepeo"])  # fmt: skip


def test_a_slip_is_read_as_the_corpus_word():
    q = "what recomendations came out of the meeting? what does kipepeo reccomend?"
    assert SPELLER.correct(q, 0.88) == (
        "what recommendations came out of the meeting? what does kipepeo recommend?"
    )
    assert SPELLER.correct("trafficing cases", 0.88) == "trafficking cases"


def test_names_english_words_and_far_words_stay():
    assert SPELLER.correct("What did Vosberg say?", 0.88) == "What did Vosberg say?"
    assert SPELLER.correct("what about the weather", 0.88) == "what about the weather"
    assert SPELLER.correct("what about quizzical zebras", 0.88) == "what about quizzical zebras"


def test_a_cutoff_of_one_turns_it_off():
    assert SPELLER.correct("recomendations", 1.0) == "recomendations"
