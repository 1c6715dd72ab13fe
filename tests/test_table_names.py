"""A speakers table: the reader joins its cells with tabs, and a name never runs into the next
cell (a fictional side-event page, Markdown and DOCX-like text)."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

PAGE = """# Side event: Building Bridges for River Basin Data

**Date:** 3 May 2025, 13:15-14:30

## Speakers

| Name | Title | Organisation |
|---|---|---|
| Ms. Orla Fenwick | Director | River Data Trust |
| Mr. Tadeo Kimura | Hydrologist | Basin Research Institute |

## Key messages

"Shared data saves lives downstream," Ms. Fenwick told participants.

Mr. Kimura explained that gauges upstream were often unmaintained.
"""

TEXT = (
    "Panel on coastal monitoring\n\nSpeaker\tPosition\n\nDr. Amira Solberg\tOceanographer\n\n"
    "Dr. Solberg said that buoys needed yearly calibration.\n"
)


def test_names_in_a_markdown_speakers_table_stop_at_the_cell(tmp_path):
    directory, units, _ = stored(write(tmp_path, "side_event.md", PAGE))
    assert said(units, "Shared data saves lives downstream")[0] == "Orla Fenwick"
    assert said(units, "gauges upstream were often unmaintained")[0] == "Tadeo Kimura"
    assert not [name for name in directory.names() if "\t" in name]


def test_names_in_tab_separated_rows_stop_at_the_cell(tmp_path):
    directory, units, _ = stored(write(tmp_path, "panel.txt", TEXT))
    assert said(units, "buoys needed yearly calibration")[0] == "Amira Solberg"
    assert not [name for name in directory.names() if "\t" in name]
