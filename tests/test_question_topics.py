"""A question's topic is what it asks about: never its pronouns ("what he told the radio")
nor its prepositions ("across all the documents", "speed versus cost").

Made-up speakers and words (no eval case's); the real directory from synthetic units.
"""

from __future__ import annotations

from helpers_reliability import unit

from assistant import questions
from assistant.directory import Directory

UNITS = [
    unit(0, "a", "Ilse Varga", "Dredging the channel twice a year has halved the silt.",
         gender="f", affiliation="Lake Authority"),
    unit(1, "b", "Tomas Ruhl", "Our barges wait four days for a pilot.", gender="m",
         affiliation="Barge Guild"),
    unit(2, "c", "Ana Kovač", "Silt should be measured every month.", gender="f",
         affiliation="Croatia", affiliation_kind="delegation", roles=["expert"]),
    unit(3, "c", "Lars Eid", "A yearly silt survey is enough.", gender="m",
         affiliation="Norway", affiliation_kind="delegation", roles=["expert"]),
]  # fmt: skip
DIRECTORY = Directory(UNITS)


def topic(q: str) -> list[str]:
    return questions.analyse(q, [], DIRECTORY, set(), set()).topic.split()


def test_pronouns_of_the_question_are_not_its_topic():
    assert "she" not in topic("Compare what Ilse Varga said at the forum with what she told us.")
    assert "her" not in topic("What did Ilse Varga say about dredging in her note?")
    assert "his" not in topic("What did Tomas Ruhl say about pilots and his barges?")


def test_prepositions_are_not_its_topic():
    said = topic("Across all the records, what has Ilse Varga said about dredging?")
    assert "across" not in said and "dredging" in said
    said = topic("What did Ilse Varga say about speed versus cost?")
    assert "versus" not in said and {"speed", "cost"} <= set(said)


def test_both_sides_of_a_comparison_are_who_not_what_about():
    a = questions.analyse(
        "Compare the positions of the Croatian and Norwegian experts on silt surveys.",
        [], DIRECTORY, set(), set(),
    )  # fmt: skip
    assert a.shape == "compare"
    assert sorted(a.speakers) == ["Ana Kovač", "Lars Eid"]
    assert a.topic.split() == ["silt", "surveys"]
