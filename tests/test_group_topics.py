"""'What did civil society say about X?' over records of several meetings: the group's members
who spoke on X are found wherever they are, even when another meeting's record gives the
floor to many more of the group first. Two layouts of the members on the topic: a report's
prose and a transcript with bold labels.

The records are fictional: a forum on river clean-up with nine NGO speakers (Markdown), a
hearing's report (plain text) and a roundtable transcript (Markdown). Each body's name holds a
noun for an institution: a bare name ("Privacy First") reads as a company's (directory.py).
"""

from __future__ import annotations

import pytest

NGOS = [
    (
        "Anna Berg",
        "River Watch Network",
        "volunteers had pulled two tonnes of plastic from the banks",
    ),
    ("Luis Prado", "Clean Water Alliance", "storm drains carried most of the litter"),
    ("Mei Chen", "Blue Banks Trust", "schools should adopt a stretch of river each"),
    ("Omar Sy", "Delta Friends Association", "fishing nets were the worst kind of waste"),
    ("Ruth Okoro", "Water Justice Forum", "poorer districts waited longest for bins"),
    ("Ivan Petrov", "Green Current Foundation", "the clean-up days needed more boats"),
    ("Sara Nilsson", "Otter Alliance", "otters had returned to the upper reaches"),
    ("Tariq Aziz", "Canal Keepers Trust", "locks trapped floating waste for weeks"),
    ("Julia Ferri", "Shore Guardians Forum", "the town should fine those who dump tyres"),
]
FORUM = "# River clean-up forum, Porto, 4 May 2024\n\n" + "".join(
    f"**{name} ({org}, non-governmental organization):** I can report that {point}. "
    "We thank the organizers for the invitation.\n\n"
    for name, org, point in NGOS
)
HEARING = (
    "Report of the public hearing on the digital identity bill\n\n"
    "1. The hearing was held in Tallinn on 12 March 2025.\n\n"
    "2. The representative of the Ministry of the Interior presented the bill and its "
    "timetable.\n\n"
    "3. The representative of Privacy Rights Foundation, a non-governmental organization, "
    "stressed that the bill lacked privacy safeguards: no judge would review access to the "
    "identity register.\n\n"
    "4. The representative of the Estonian Bar Association welcomed the bill.\n"
)
ROUNDTABLE = (
    "# Roundtable on seed patents, Nairobi, 20 June 2025\n\n"
    "**Moderator (Ms. Jane Wairimu):** Welcome to the roundtable.\n\n"
    "**Ms. Akinyi Otieno (Seed Freedom Network, non-governmental organization):** Patents on "
    "seed varieties take away the farmer's right to save and swap seed from each harvest.\n\n"
    "**Mr. Paul Mwangi (Ministry of Agriculture):** The ministry will publish a draft "
    "regulation on plant varieties next year.\n"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("group_topics")
    folder = base / "docs"
    folder.mkdir()
    (folder / "a_forum_river_2024.md").write_text(FORUM, encoding="utf-8")
    (folder / "b_hearing_identity_2025.txt").write_text(HEARING, encoding="utf-8")
    (folder / "c_roundtable_seeds_2025.md").write_text(ROUNDTABLE, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_the_member_on_the_topic_is_found_past_another_meetings_many_members(records):
    a = records.ask("What did civil society say about privacy safeguards?")
    assert not a.abstained
    assert "Privacy Rights Foundation" in a.text and "judge" in a.text
    assert "Bar Association" not in a.text


def test_the_member_on_the_topic_in_a_transcript_is_found_the_same_way(records):
    a = records.ask("What did civil society say about seed patents?")
    assert not a.abstained
    assert "Seed Freedom Network" in a.text and "save and swap" in a.text
    assert "Ministry of Agriculture" not in a.text
