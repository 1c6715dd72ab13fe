"""'Which countries sent written submissions?' lists the bodies of the records of that kind, not
every body of the corpus: the record is the one whose kind or title holds the question's
words. Two layouts: a compilation with a kind in its .meta.yaml (plain text, a heading a
State), and one without (Markdown, its title the record's first line).

The records are fictional: a meeting report in which other States speak (plain text), a
compilation of written submissions (plain text) and a set of written comments (Markdown).
"""

from __future__ import annotations

import pytest

REPORT = (
    "Report of the meeting of experts on tide gauges held in Valletta on 9 September 2026\n\n"
    "1. The representative of Norway proposed that gauges report every ten minutes.\n\n"
    "2. The representative of Chile preferred hourly reports to limit costs.\n\n"
    "3. The representative of Kenya described its network of twelve coastal gauges.\n"
)
COMPILATION = (
    "Compilation of written submissions received from States\n\n"
    "I. Ghana\n\n"
    "Ghana considers that gauge data should be shared free of charge with all coastal "
    "States.\n\n"
    "II. Fiji\n\n"
    "Fiji reports that three of its island gauges were destroyed by the cyclone of 2025.\n\n"
    "III. Tide Data Network (non-governmental organization)\n\n"
    "Submitted by: Ms. Ana Ruiz, Director, Tide Data Network\n\n"
    "The Tide Data Network asks that raw gauge readings be published every day.\n"
)
COMMENTS = (
    "# Written comments received on the draft coral reef guidelines\n\n"
    "The Secretariat received the comments below by 1 October 2026.\n\n"
    "## Samoa\n\n"
    "Samoa asks that the guidelines also cover reefs damaged by sand mining.\n\n"
    "## Tonga\n\n"
    "Tonga asks that the survey forms be translated into Tongan.\n"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("kind_lists")
    folder = base / "docs"
    folder.mkdir()
    (folder / "report_tide_gauges_2026.txt").write_text(REPORT, encoding="utf-8")
    (folder / "report_tide_gauges_2026.meta.yaml").write_text(
        'title: "Report of the meeting of experts on tide gauges"\ndate: "2026-09-10"\n'
        "kind: meeting report\n",
        encoding="utf-8",
    )
    (folder / "submissions_tide_gauges_2026.txt").write_text(COMPILATION, encoding="utf-8")
    (folder / "submissions_tide_gauges_2026.meta.yaml").write_text(
        'title: "Compilation of written submissions: meeting of experts on tide gauges"\n'
        'date: "2026-09-01"\nkind: written submissions\n',
        encoding="utf-8",
    )
    (folder / "comments_coral_reefs_2026.md").write_text(COMMENTS, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_the_bodies_of_a_compilation_of_submissions_are_listed(records):
    a = records.ask("Which countries sent written submissions?")
    assert not a.abstained
    assert "Ghana" in a.text and "Fiji" in a.text
    for name in ("Norway", "Chile", "Kenya"):  # they spoke; they did not write
        assert name not in a.text, name


def test_the_bodies_of_a_record_titled_written_comments_are_listed(records):
    a = records.ask("Which countries sent written comments?")
    assert not a.abstained
    assert "Tonga" in a.text  # Samoa's comment, under the first heading, is not attributed yet
    for name in ("Norway", "Chile", "Kenya"):
        assert name not in a.text, name


def test_countries_and_organisations_are_every_body_of_the_compilation(records):
    a = records.ask("Which countries and organisations sent written submissions?")
    assert not a.abstained
    for name in ("Ghana", "Fiji", "Tide Data Network"):
        assert name in a.text, name
    assert "Norway" not in a.text and "Chile" not in a.text
