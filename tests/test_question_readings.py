"""How a question is read: who it asks about versus what it names as a place, a topic or a
document. Made-up speakers and States (no eval case's words); the real directory from units.
"""

from __future__ import annotations

from helpers_reliability import unit

from assistant import questions
from assistant.directory import Directory

UNITS = [
    unit(0, "a", "Tove Halvorsen", "The seminar in Ruritania gathered eleven States.",
         roles=["Chief Ferry Inspector"], affiliation="Ruritania",
         affiliation_kind="delegation"),
    unit(1, "a", "Borduria", "Borduria said its harbours kept logbooks for ten years.",
         affiliation="Borduria", affiliation_kind="delegation", speaker_kind="delegation",
         kind="paraphrase"),
    unit(2, "b", "Anselm Quirke", "We chaired the seminar.", roles=["Chair"]),
]  # fmt: skip
DIRECTORY = Directory(UNITS)


def read(q: str) -> questions.Analysis:
    return questions.analyse(q, [], DIRECTORY, set(), set())


def test_who_is_a_named_person_asks_for_their_title_not_their_words():
    for q in ["who is tove halvorsen", "Who was Tove Halvorsen?", "Who is Ms. Halvorsen?"]:
        a = read(q)
        assert (a.shape, a.speakers) == ("role", ["Tove Halvorsen"]), q
    assert read("Who is the Chair?").shape != "role"  # a role: who holds it
    assert read("Who is Tove Halvorsen and what did she say about ferries?").shape != "role"


def test_a_state_as_a_place_or_a_count_holder_is_no_speaker():
    assert read("How many States attended the seminar in Ruritania?").speakers == []
    assert read("How many harbours did Borduria have, per the annex?").speakers == []
    assert "borduria" in read("How many harbours did Borduria have?").topic
    # what a State said is still its own words, a number in them too
    assert read("How many years did Borduria say logbooks are kept?").speakers == ["Borduria"]
    assert read("How many ferries did Borduria inspect in 2025?").speakers == ["Borduria"]
    assert read("What did Borduria say about logbooks?").speakers == ["Borduria"]
    assert read("What did the delegate from Ruritania say?").speakers == ["Tove Halvorsen"]


def test_agreeing_on_a_count_is_no_comparison():
    a = read("How many clauses of the draft did the drafting session agree on?")
    assert (a.shape, a.factual) == ("factual", "how_many")
    assert read("What did the seminar agree on?").shape != "compare"
    assert read("Did Borduria and Tove Halvorsen agree on logbooks?").shape == "compare"
    assert read("Did Borduria agree with Tove Halvorsen?").shape == "compare"
    assert read("Where did Borduria and Tove Halvorsen disagree?").shape == "compare"


def test_one_speaker_weighing_two_things_is_what_they_said():
    a = read("What did Tove Halvorsen say about speed versus safety?")
    assert (a.shape, a.speakers) == ("what_said", ["Tove Halvorsen"])
    assert read("Compare Borduria and Tove Halvorsen on logbooks").shape == "compare"


def test_a_document_of_a_role_is_that_document_not_only_its_holder():
    for q in ["According to the Chair's letter, how many States took part?",
              "What does the Chair's note say about ferries?"]:  # fmt: skip
        assert read(q).speakers == [], q


def test_speakers_agreeing_among_themselves_is_a_comparison():
    assert read("What did the experts agree on about logbooks?").shape == "compare"
