""" "She" after a sentence whose subject is a titled surname ("Ms. X is …") is that person,
not the last person who spoke. The fictional document below was written before the code."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

PANEL_NOTES = (
    "Port panel, morning session\n"
    "\n"
    "The chair of the panel, Piet Vos Hendriks of the Netherlands, said that the session "
    "would be short, and introduced Karin Lund Berg, a customs lawyer.\n"
    "\n"
    'Ms. Lund Berg is blunter about the shipping lines. She told the room that "most '
    'containers are never opened at all."\n'
)


def test_she_is_the_titled_subject_of_the_sentence_before(tmp_path):
    _, units, _ = stored(write(tmp_path, "panel.txt", PANEL_NOTES))
    assert said(units, "the session would be short")[0] == "Piet Vos Hendriks"
    assert said(units, "never opened at all")[0] == "Karin Lund Berg"


FLOOR = (
    "Plenary, afternoon\n"
    "\n"
    "Mr. Jonas Ekberg, a senior officer of the Secretariat, presented the harbour survey. He "
    "said that most ports lacked scanners.\n"
    "\n"
    "In the discussion that followed, the representative of Chile took issue with the survey's "
    'sample. He said that "small ports had been left out" and asked for a second round.\n'
)


def test_he_is_the_representative_who_acted_in_the_sentence_before(tmp_path):
    _, units, _ = stored(write(tmp_path, "plenary.txt", FLOOR))
    assert said(units, "most ports lacked scanners")[0] == "Jonas Ekberg"
    assert said(units, "small ports had been left out")[0] == "Chile"  # not Mr. Ekberg


OFFICERS = (
    "Summary of the meeting\n"
    "\n"
    "1. Ms. Carla Weiss (Austria) was elected Rapporteur by acclamation.\n"
    "\n"
    "2. Mr. Otto Brenner, a senior officer of the Secretariat, presented the survey.\n"
    "\n"
    "3. On 4 May 2031, the Rapporteur introduced the draft conclusions. She said that the draft "
    'kept to "what the treaty already allows".\n'
)


def test_she_is_the_officer_elected_in_the_passive_who_acted_before(tmp_path):
    _, units, _ = stored(write(tmp_path, "summary.txt", OFFICERS))
    assert said(units, "what the treaty already allows")[0] == "Carla Weiss"


BEHALF = (
    "Summary of the plenary\n"
    "\n"
    "1. Ms. Rosa Ilves, speaking on behalf of the Coastal Families Network, said that the "
    "discussion had left out the families of missing fishers.\n"
)


def test_a_person_speaking_on_behalf_of_a_body_is_affiliated_with_it(tmp_path):
    directory, units, _ = stored(write(tmp_path, "plenary.txt", BEHALF))
    assert said(units, "left out the families")[0] == "Rosa Ilves"
    assert directory.speakers["Rosa Ilves"].affiliation == "Coastal Families Network"
