"""A person's State from the record's own description of them, read from the parse: "X of
Y", "X, Deputy Minister of the Interior of Y", "Y's Chief Customs Officer, X". The fictional
document below was written before the code for its class, in a layout (a short news story
with all three forms) unlike the records it was made for."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

HARBOUR_STORY = (
    "Harbour watch meeting ends in Tallinn\n"
    "\n"
    "Tallinn, 9 April 2025. The meeting was opened by Kadri Tamm Saar, Deputy Minister of "
    'the Interior of Estonia, who spoke of the rise in cargo thefts. "Every port is a '
    'border," Ms. Tamm Saar said.\n'
    "\n"
    "Latvia's Chief Customs Officer, Janis Ozolins Berzs, spoke next. He said that 30 "
    "containers had been stopped since January.\n"
    "\n"
    'The moderator, Ms. Olga Petrova Ilves of Finland, closed the session. "We will meet again '
    'in May," she said.\n'
)


def test_the_state_a_record_describes_a_person_by_is_their_affiliation(tmp_path):
    directory, units, _ = stored(write(tmp_path, "harbour.txt", HARBOUR_STORY))
    assert said(units, "Every port is a border")[0] == "Kadri Tamm Saar"
    assert said(units, "30 containers")[0] == "Janis Ozolins Berzs"
    assert said(units, "meet again in May")[0] == "Olga Petrova Ilves"
    assert directory.speakers["Kadri Tamm Saar"].affiliation == "Estonia"
    assert directory.speakers["Janis Ozolins Berzs"].affiliation == "Latvia"
    assert directory.speakers["Olga Petrova Ilves"].affiliation == "Finland"
    assert "Chief Customs Officer" in directory.speakers["Janis Ozolins Berzs"].roles
