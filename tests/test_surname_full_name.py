"""A speaker named only by surname ("Ms. X", "Inspector X") is the one person of the same
meeting whose full name the records write out with that surname, even when that full name
never speaks (a list of those present, a speakers' table); never when two people share it.
The fictional minutes below were written before the code, in a layout (numbered minutes
after a prose line of those present) unlike the records the class was found in."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

MINUTES = (
    "Minutes of the Riverbank Fisheries Steering Committee\n\n"
    "Gdynia, 3 March 2026\n\n"
    "Present were Teodora Vasquez-Lamb of the port authority, Oskar Rhee, chief inspector of "
    "the coastal guard, and two observers, Mirela Dunca and Paul Dunca.\n\n"
    "1. Ms. Vasquez-Lamb opened the session. She said that night landings had doubled since "
    "the autumn.\n\n"
    "2. Deputy Commissioner Halloran said that eleven boats had been checked in January.\n\n"
    "3. Mr. Dunca asked whether the checks covered the smaller harbours.\n\n"
    "Annex: list of participants\n\n"
    "Brendan Halloran\tDeputy Commissioner, Harbour Police\n"
)


def test_a_surname_speaker_is_the_one_full_name_of_the_meeting(tmp_path):
    directory, units, _ = stored(write(tmp_path, "minutes.txt", MINUTES))
    assert said(units, "night landings had doubled")[0] == "Teodora Vasquez-Lamb"
    assert said(units, "eleven boats")[0] == "Brendan Halloran"  # a title before the surname
    assert said(units, "smaller harbours")[0] == "Dunca"  # two people fit: neither is chosen
    assert "Teodora Vasquez-Lamb" in directory.speakers
    assert directory.get("Ms. Vasquez-Lamb").name == "Teodora Vasquez-Lamb"


RECORD = (
    "Summary record of the 4th meeting\n\n"
    "1. Mr. Ben Salah (Tunisia) said that his delegation could not support a shared registry.\n"
)
PODCAST = (
    "# Harbour Talk, episode 3\n\n"
    "**LENA MARSH:** Welcome back. The answer Karim Ben Salah gave for Tunisia was a good "
    "compromise.\n"
)


def test_a_two_word_surname_is_the_full_name_another_record_writes(tmp_path):
    directory, _, _ = stored(write(tmp_path, "record.txt", RECORD),
                                 write(tmp_path, "podcast.md", PODCAST))  # fmt: skip
    assert directory.get("Ben Salah").name == "Karim Ben Salah"
    assert "Karim Ben Salah" in directory.speakers
