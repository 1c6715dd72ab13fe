"""Subjects of a news story's reported speech: a person named in full with their State ("Ana
Lucia Ferraz-Oyelaran of Brazil told the meeting that …") speaks; a State with a backer set
off by commas ("Chile, backed by Peru, argued …") speaks, not its backer; delegations from a
region ("several delegations from Africa said …") are a collective, not a speaker named Africa.

Made-up story, no eval case's words.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write
from tests.test_attribution_introductions import people

STORY = """# Port crime talks end in Apia

By Mele Tupou

APIA - Experts at a UN meeting on port crime ended three days of talks on Friday.

Ana Lucia Ferraz-Oyelaran of Brazil told the meeting that 41 per cent of stolen containers \
were never found.

Chile, backed by Peru, argued for a shared register of container seals.

In the corridors, several delegations from Africa said they were already training port \
inspectors.
"""


def test_subjects_of_reported_speech_in_a_story(tmp_path):
    path = write(tmp_path, "story.md", STORY)
    found = people(path)
    assert "Ana Lucia Ferraz-Oyelaran" in found
    assert "Africa" not in found
    _, units, _ = stored(path)
    assert said(units, "41 per cent of stolen containers")[0] == "Ana Lucia Ferraz-Oyelaran"
    assert said(units, "argued for a shared register")[0] == "Chile"
    assert said(units, "already training port inspectors")[0] is None


HYPHENED = """# Port crime talks, day two

Luisa Maria Costa-Reyes of Peru told the meeting that 12 ports shared one scanner.
"""


def test_a_double_surname_the_tagger_took_for_a_body(tmp_path):
    _, units, _ = stored(write(tmp_path, "day2.md", HYPHENED))
    assert said(units, "12 ports shared one scanner")[0] == "Luisa Maria Costa-Reyes"


JOINED = """# Port crime talks, day three

Chile announced a grant of $2 million for port scanners, and several delegations from Africa \
said they were already training inspectors.
"""


def test_a_clause_of_many_after_a_speakers_own(tmp_path):
    _, units, _ = stored(write(tmp_path, "day3.md", JOINED))
    assert said(units, "a grant of $2 million")[0] == "Chile"
    assert said(units, "already training inspectors")[0] is None
