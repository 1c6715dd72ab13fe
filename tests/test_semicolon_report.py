"""A reporting verb before a semicolon ("X said that …; it was …") is the sentence's own even
when the parse hangs it on the clause after the semicolon. The fictional document below was
written before the code for its class."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

SUMMARY = (
    "SUMMARY OF THE MEETING ON CARGO THEFT\n"
    "\n"
    "3. Mr. Duarte (Portugal) said that his port had fitted new cameras.\n"
    "\n"
    "4. Ms. Lindgren-Holm (Sweden) said that cargo theft rarely announced itself; it was "
    "hidden behind ordinary paperwork. Sweden had trained 90 officers. “Every port is a "
    "border,” she said.\n"
)


def test_the_speaker_before_a_semicolon_is_the_sentences_subject(tmp_path):
    _, units, _ = stored(write(tmp_path, "summary.txt", SUMMARY))
    assert said(units, "cargo theft rarely announced itself")[0] == "Lindgren-Holm"
    assert said(units, "Every port is a border")[0] == "Lindgren-Holm"
