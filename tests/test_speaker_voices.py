"""Who a question about a State or a described person asks about: every voice the records
affiliate with the State (not a Chair of another meeting who happens to come from it), and the
person of a State the records describe with the noun the question uses ("the Portuguese
judge"). Made-up people; real State names (the demonym table is countryinfo's).
"""

from __future__ import annotations

from helpers_reliability import unit

from assistant import questions
from assistant.directory import Directory

UNITS = [
    unit(0, "forum", "Maren Ostby", "I open the sitting and give the floor to the speakers.",
         roles=["Chair"], affiliation="Finland", affiliation_kind="delegation"),
    unit(0, "record", "Paavo Lindqvist", "Finland finds that the real difficulty with video "
         "hearings is the oath.", affiliation="Ministry of Justice of Finland",
         affiliation_kind="delegation"),
    unit(0, "story", "Ines Carvalho", "Ms. Ines Carvalho, a judge seconded to the Ministry of "
         "Justice, said paper files still start the clock.", affiliation="Portugal",
         affiliation_kind="delegation"),
    unit(0, "notes", "Portugal", "Portugal accepts requests by email.", affiliation="Portugal",
         affiliation_kind="delegation", speaker_kind="delegation", kind="paraphrase"),
    unit(0, "release", None, "The Minister of Health, Dr. Amaru Quispe, opened the session.",
         kind="narrative"),
    unit(1, "release", None, "Dr. Amaru led the Peruvian delegation to the meeting.",
         kind="narrative"),
    unit(2, "release", "Amaru Quispe", "No country can win this race alone."),
    unit(0, "captions", "Peru", "We ask for more data before ships arrive.",
         affiliation="Peru", affiliation_kind="delegation", speaker_kind="delegation"),
    unit(0, "paper", "Chile", "Chile proposes a shared form.", roles=["delegation"],
         affiliation="Chile", affiliation_kind="delegation", speaker_kind="delegation"),
]  # fmt: skip
DIRECTORY = Directory(UNITS)


def read(q: str) -> questions.Analysis:
    return questions.analyse(q, [], DIRECTORY, set(), set())


def test_a_state_speaks_through_every_person_it_is_affiliated_with_not_a_chair():
    assert DIRECTORY.state_voices("Finland") == ["Paavo Lindqvist"]
    assert read("What did Finland say about video hearings?").speakers == ["Paavo Lindqvist"]


def test_the_records_description_of_a_person_names_them():
    sp = DIRECTORY.speakers["Ines Carvalho"]
    assert sp.described == ["judge seconded to the Ministry of Justice"]
    assert read("What did the Portuguese judge say about paper files?").speakers == [
        "Ines Carvalho"
    ]


def test_a_title_before_the_name_is_a_role_and_the_delegation_led_a_state():
    sp = DIRECTORY.speakers["Amaru Quispe"]
    assert "Minister of Health" in sp.roles
    assert sp.state == "Peru"
    assert "Amaru Quispe" in read("What did the Peruvian health minister say?").speakers


def test_a_demonym_in_lower_case_before_a_speakers_noun():
    assert "Peru" in read("what did the peruvian delegation ask for").speakers


def test_a_speakers_own_kind_is_no_alias():
    assert DIRECTORY.resolve("what did the delegation propose") == []
    assert DIRECTORY.resolve("what did Chile propose") == ["Chile"]


def test_whom_a_speaker_told_is_no_topic_before_a_time_either():
    a = read("What did Paavo Lindqvist tell the Nordic Law Review after the hearing?")
    assert a.speakers == ["Paavo Lindqvist"]
    assert "review" not in a.topic.split()
