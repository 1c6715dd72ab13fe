"""'What was the meeting about?' naming no meeting, over records of several meetings: one line
per meeting, each in its record's words, not one meeting chosen by chance. Fictional records
(a plain-text Chair's note and a Markdown workshop report of two unrelated meetings).
"""

from __future__ import annotations

import pytest

NOTE = (  # a plain-text record's paragraphs are one line each
    "Note by the Chair\n\n"
    "Expert consultation on lighthouse heritage, Valletta, 2 to 3 February 2026\n\n"
    "The consultation focused on how coastal States can keep decommissioned lighthouses in use "
    "as museums and weather stations.\n\n"
    "Mr. Karel Dvorak (Chair) said that local councils should be able to lease the buildings.\n\n"
    "Ms. Ana Souto said that many lamps had been removed and sold abroad.\n"
)
REPORT = """# Report of the workshop on river ferry licensing

Kisumu, 8 to 9 March 2026

The purpose of the workshop was to agree on common rules for licensing river ferry
operators across the basin.

The delegate of Borduria described a licence that must be renewed every two years.

The delegate of Ruritania said that inspections should be unannounced.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("each_meeting")
    folder = base / "docs"
    folder.mkdir()
    (folder / "note_lighthouses_2026.txt").write_text(NOTE, encoding="utf-8")
    (folder / "report_ferries_2026.md").write_text(REPORT, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_a_meeting_not_named_gets_one_line_per_meeting(engine):
    a = engine.ask("What was the meeting about, in a nutshell?")
    assert not a.abstained, a.text
    assert "lighthouses in use as museums" in a.text and "licensing river ferry" in a.text
    assert {c.doc_id for c in a.citations} == {"note_lighthouses_2026", "report_ferries_2026"}


def test_a_meeting_named_gets_its_own_summary(engine):
    a = engine.ask("What was the workshop on river ferry licensing about?")
    assert not a.abstained, a.text
    assert {c.doc_id for c in a.citations} == {"report_ferries_2026"}
