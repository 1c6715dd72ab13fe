"""A meeting whose own record never states its date (a transcript dated only by its metadata)
is dated by another record that announces it ("would be held on 9 March 2032"); a question
about it in the past tense is answered from that line, cited, not refused for want of a date.

Made-up meetings and speakers (no eval case's words or layout), indexed by the real engine.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

DOCS = {
    "report_orchards": ("Report of the Expert Meeting on Orchard Theft", "2032-01-20", "Graz",
        "# Report of the Expert Meeting on Orchard Theft\n\n"
        "1. The meeting was opened by the Chair, Ms. Ilse Brandauer.\n\n"
        "2. Experts described thefts of apples from unguarded orchards at harvest time.\n\n"
        "3. The Secretariat announced that a follow-up seminar on orchard cameras would be "
        "held on 9 March 2032.\n"),
    "transcript_cameras": ("Follow-up seminar on orchard cameras (transcript)", "2032-03-09",
        "Online",
        "# Follow-up seminar on orchard cameras\n\n"
        "**Moderator:** Welcome, everyone, to this seminar on orchard cameras.\n\n"
        "**Mr. Teodor Lanz:** Cameras on poles deter most thieves, but they need power.\n"),
}  # fmt: skip


@pytest.fixture(scope="module")
def orchards(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("dated")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, day, place, text) in DOCS.items():
        (docs / f"{doc_id}.md").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nplace: {place}\nkind: meeting record\n'
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_meeting_is_dated_by_the_record_that_announced_it(orchards):
    a = orchards.ask("when was the follow-up seminar on orchard cameras?")
    assert not a.abstained, a.text
    assert "9 March 2032" in a.text
    assert any(c.doc_id == "report_orchards" for c in a.citations)


def test_a_meeting_still_to_come_is_not_dated_by_the_announcement_as_held(orchards):
    a = orchards.ask("when will the next seminar on orchard cameras be held?")
    assert "9 March 2032" not in a.text


@pytest.mark.xfail(
    strict=True,
    reason="a meeting the record never names is answered with the "
    "date of the one it does: known, left open (see the issue note)",
)
def test_a_meeting_no_record_dates_is_still_not_dated(orchards):
    a = orchards.ask("when was the expert meeting on pear grafting held?")
    assert "9 March 2032" not in a.text
