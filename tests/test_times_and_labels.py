"""Times of day and numbers that name rather than count, on a fictional record written here
in a layout of its own (Markdown minutes: a heading, then one bullet a decision; general
English, invented names).

- "When did X adjourn?" is answered by the time of day the record gives, a 24-hour one too
  ("16:45"); "at what time did it open?" likewise.
- A number that names a part of a text ("clause 4 of the Harbour Charter") counts nothing:
  "how many vessels are registered under the Harbour Charter?" is answered by the count.
- A transcript's time stamp is no time of day.
- "When and where was X?" of a notice (plain text: a title, then a header line of date, time
  and place, no verb) is answered by that line, and not by the session still to come that
  the notice names ("…, to be held in Y in November").
- "Who organised X?", "in which languages was X held?": the notice's line labelled with the
  question's own word ("Organised by: …", "Languages: …").
- "How much will X cost?" asks a sum of money: "in the second half of 2025" is no answer.
- "What is X's job?" is answered by the post the record sets off after X's name.
- A number question in other words than the record's ("ads" for "advertisements", "how long
  to get" for "the average time between … and …") is answered by the unit stating it when
  the two are close in meaning; one about something else ("snakes") is not.

The real engine and the real bundled MiniLM.
"""

from __future__ import annotations

import pytest

from assistant import answer_types

MINUTES = "\n".join(
    [
        "# Minutes of the fourth sitting of the Coastal Licensing Board",
        "",
        "- The sitting opened at 09:15 under the chairmanship of Ms. Aurelia Brandvik.",
        "- Ms. Aurelia Brandvik, Senior Harbour Master of Northmere Port, welcomed the members.",
        "- Clause 4 of the Harbour Charter sets the inspection rules for registered vessels"
        " and their crews.",
        "- Ms. Brandvik reported that the register now holds 317 vessels, most of them small"
        " wooden boats.",
        "- The Board asked the secretariat to publish the inspection calendar before the"
        " summer season.",
        "- The Board adjourned at 16:45.",
    ]
)


NOTICE = "\n\n".join(
    [
        "Harbour Safety Forum: Lights at Sea",
        "Thursday, 3 April 2025 | 10:00 – 12:30 | Northmere Town Hall, Room B",
        "Organised by: Northmere Lighthouse Trust",
        "Languages: English and Welsh",
        "The forum's conclusions will go to the annual coastal conference, to be held in "
        "Southport in November 2025.",
        "Speakers discussed the upkeep of lighthouses on the outer islands and the cost of "
        "replacing their lamps with solar panels.",
    ]
)


BULLETIN = "\n\n".join(
    [
        "INSPECTION BULLETIN No. 7 - Coastal Licensing Board",
        "ONLINE TRADE",
        "Inspectors recorded 212 advertisements for caged songbirds and parrots on auction "
        "websites between March and May.",
        "LICENCES",
        "The average time between an application and the issue of a fishing licence was 63 days.",
        "TRAINING",
        "The Board will host a training course for inspectors in the second half of 2025.",
        "The Board spent 15,000 euros on two new patrol boats.",
    ]
)


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("times_and_labels")
    docs = base / "docs"
    docs.mkdir()
    (docs / "minutes_licensing_board.md").write_text(MINUTES, encoding="utf-8")
    (docs / "notice_lights_at_sea.txt").write_text(NOTICE, encoding="utf-8")
    (docs / "bulletin_inspections.txt").write_text(BULLETIN, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_clock_times_are_told_from_time_stamps():
    assert answer_types.times("The Board adjourned at 16:45.") == ["16:45"]
    assert answer_types.times("It rose at 1 p.m.") == ["1 p.m."]
    assert answer_types.times("[00:52:31] SMITH: Thank you.") == []
    assert answer_types.times("at 01:01:18 in the recording") == []


def test_when_a_sitting_ended_is_its_time_of_day(board):
    answer = board.ask("When did the Board adjourn?")
    assert not answer.abstained, answer.reason
    assert "16:45" in answer.text


def test_what_time_a_sitting_opened(board):
    answer = board.ask("At what time did the sitting open?")
    assert not answer.abstained, answer.reason
    assert "09:15" in answer.text


def test_a_clause_number_is_no_count(board):
    answer = board.ask("How many vessels are registered under the Harbour Charter?")
    assert not answer.abstained, answer.reason
    lead = answer.text.split("\n")[0]
    assert "317" in lead and "4 of" not in lead


def test_a_notice_header_line_says_when_and_where(board):
    answer = board.ask("When and where was the Lights at Sea forum?")
    assert not answer.abstained, answer.reason
    lead = answer.text.split("\n")[0]
    assert "3 April 2025" in lead and "Room B" in lead
    assert "November" not in lead and "Southport" not in lead


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many online ads for wild birds did the inspectors find?", "212"),
        ("How long does it usually take to get a licence after applying?", "63 days"),
    ],
)
def test_a_number_asked_in_other_words(board, question, value):
    answer = board.ask(question)
    assert not answer.abstained, answer.reason
    assert value in answer.text.split("\n")[0]


def test_a_number_of_something_else_is_no_answer(board):
    assert board.ask("How many ads for snakes did the inspectors find?").abstained


def test_a_job_is_the_post_after_the_name(board):
    answer = board.ask("What is Aurelia Brandvik's job?")
    assert not answer.abstained, answer.reason
    assert "Senior Harbour Master of Northmere Port" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Who organised the Lights at Sea forum?", "Northmere Lighthouse Trust"),
        ("In which languages was the Lights at Sea forum held?", "English and Welsh"),
    ],
)
def test_a_labelled_line_answers_its_label(board, question, value):
    answer = board.ask(question)
    assert not answer.abstained, answer.reason
    assert value in answer.text.split("\n")[0]


def test_how_much_it_costs_is_a_sum_of_money(board):
    assert "15,000 euros" in board.ask("How much did the Board spend on patrol boats?").text
    assert board.ask("How much will the training course for inspectors cost?").abstained


def test_a_numbered_heading_labels_no_field():
    from assistant import meetings

    assert meetings.NUMBERED.search("Panel II") and meetings.NUMBERED.search("Session 3")
    assert not meetings.NUMBERED.search("Organised by")
    assert not meetings.NUMBERED.search("Languages")
