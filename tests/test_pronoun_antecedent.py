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
