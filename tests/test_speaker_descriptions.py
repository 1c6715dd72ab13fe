"""A person asked for by description, and which of their words a question points to.

"The harbour authority pilot", "the Lakeside Trust official": the people whose records'
descriptions (roles, appositions, body, acronym) hold every word of the description, a noun
saying only that someone is a person aside. "Her closing words", "when he opened the
session", "the exact quote": which of the speaker's words, not what they are about.
Made-up people, bodies and places.
"""

from __future__ import annotations

from types import SimpleNamespace

from helpers_reliability import unit

from assistant import questions
from assistant.directory import Directory
from assistant.generators import extractive
from assistant.generators.extractive import AT_END, AT_START, OWN_WORDS, Extractive

UNITS = [
    unit(0, "log", "Odile Marchbank", "Tides turned twice before the convoy left.",
         roles=["Senior Pilot, Harbour Authority of Port Avel"]),
    unit(0, "memo", "Teodor Vasko", "Grants should follow the river, not the border.",
         affiliation="Lakeside Trust", acronym="LKT", kind="paraphrase"),
    unit(1, "memo", "Hanne Ruusk", "Our volunteers count the herons each spring.",
         affiliation="Lakeside Trust", acronym="LKT"),
    unit(0, "story", None, "Bram Oyelade, a ferry mechanic from the north shore, spoke last.",
         kind="narrative"),
    unit(1, "story", "Bram Oyelade", "The engines are older than the crews."),
]  # fmt: skip
DIRECTORY = Directory(UNITS)


def read(q: str) -> questions.Analysis:
    return questions.analyse(q, [], DIRECTORY, set(), set())


def test_every_word_of_a_description_must_be_said_of_the_person():
    assert DIRECTORY.described_as("harbour authority pilot") == ["Odile Marchbank"]
    assert DIRECTORY.described_as("ferry mechanic") == ["Bram Oyelade"]
    assert DIRECTORY.described_as("harbour mechanic") == []


def test_a_noun_saying_only_person_is_not_required_and_two_fits_are_both_kept():
    assert sorted(DIRECTORY.described_as("LKT official")) == ["Hanne Ruusk", "Teodor Vasko"]
    assert DIRECTORY.described_as("official") == []  # says nothing of anyone


def test_a_question_asking_for_a_described_person_names_them():
    a = read("What did the harbour authority pilot say about the tides?")
    assert a.speakers == ["Odile Marchbank"]
    assert "harbour" not in a.topic.split() and "tides" in a.topic.split()
    both = read("What did the Lakeside Trust official say about herons?")
    assert sorted(both.speakers) == ["Hanne Ruusk", "Teodor Vasko"] and both.any_of


def test_a_description_qualified_by_another_body_is_not_theirs():
    # her role is the Harbour Authority's pilot: "the pilot of the ferry company" is not her
    assert read("What did the pilot of the harbour authority say about tides?").speakers == [
        "Odile Marchbank"
    ]
    assert read("What did the pilot of the ferry company say about tides?").speakers == []


def test_which_of_someones_words_a_question_points_to():
    assert AT_END.search("What was her final message when she closed the forum?")
    assert AT_END.search("what did the convenor say at the end of the meeting")
    assert AT_START.search("what did the mayor say when he opened the session")
    assert not AT_START.search("what did the mayor say about the opening of the bridge")
    assert OWN_WORDS.search("give me her exact words on rivers")
    topic = extractive._without_speech_words(
        "final message closed rivers", "What was her final message, when she closed, on rivers?"
    )
    assert topic == "closed rivers"  # the verb stays: records say "In closing"


def test_the_last_words_come_from_the_record_where_the_speaker_comes_nearest_its_end():
    own = [unit(i, "minutes", "Odile Marchbank", f"Line {i} of the minutes.") for i in (1, 2, 8, 9)]
    own += [unit(i, "brief", "Odile Marchbank", f"Line {i} of the brief.") for i in (0, 1, 2)]
    by_doc = {"minutes": [None] * 10, "brief": [None] * 30}
    x = Extractive(SimpleNamespace(by_doc=by_doc), SimpleNamespace())
    assert [u.text for u in x._at_place(own, "end")] == [
        "Line 2 of the minutes.", "Line 8 of the minutes.", "Line 9 of the minutes."
    ]  # fmt: skip
    assert [u.order for u in x._at_place(own, "start")] == [0, 1, 2]


def test_one_person_typed_with_and_without_accents_or_hyphens_is_one_speaker():
    units = [
        unit(0, "report", "Tomé Vaz-Kinsella", "The ferry left at dawn.", kind="paraphrase"),
        unit(0, "captions", "Tome Vaz Kinsella", "We waited nine hours for the reply."),
        unit(1, "captions", "TOME VAZ KINSELLA", "Nine hours is too long."),
    ]
    d = Directory(units)
    assert list(d.speakers) == ["Tomé Vaz-Kinsella"]
    assert {u.speaker for u in units} == {"Tomé Vaz-Kinsella"}
