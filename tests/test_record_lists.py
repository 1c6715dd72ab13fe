"""A question naming a record's own list is answered with that list: the items under a heading
that says more than the question ("Follow-up actions agreed in Tartu" for "what are the
follow-up actions?"), and a labelled line listing bodies ("Apologies: A, B.") for "which
delegations sent apologies?". Each class in two layouts.

The records are fictional: a Chair's letter (DOCX, first person, with an annex table), a
panel's notes (Markdown, a bulleted list under a heading), a session's minutes (plain text,
labelled lines) and a consultation's summary (Markdown, bold labels).
"""

from __future__ import annotations

import docx
import pytest

LETTER_PARAS = [
    "Letter from the Chair to all participants",
    "Excellencies, dear colleagues,",
    "I write to thank you for your work at the meeting on inland fisheries held in Tartu "
    "from 3 to 5 June 2026, where we reviewed the draft guidelines on river quotas.",
    "I was encouraged by the spirit of our discussions and by the progress we made on the "
    "reporting template.",
    "The annex to this letter sets out the actions and the timelines we agreed.",
    "Please accept the assurances of my highest consideration.",
    "Ilse Varga",
    "Chair",
    "ANNEX",
    "Follow-up actions agreed in Tartu",
]
ANNEX_ROWS = [
    ("No.", "Action", "Responsible", "Timeline"),
    ("1", "Circulate the revised quota guidelines", "Secretariat", "By 30 July 2026"),
    ("2", "Send written comments on the guidelines", "All States", "By 15 September 2026"),
    ("3", "Translate the reporting template into Spanish", "Secretariat", "By January 2027"),
]
PANEL = (
    "# Seed bank panel: notes\n\n"
    "Notes of the panel on community seed banks, Nairobi, 12 March 2026.\n\n"
    "## Discussion\n\n"
    "Ms. Wanjiru Kamau (Seed Savers Kenya) said that farmers lose old varieties when "
    "drought years follow one another.\n\n"
    "Mr. Oskar Lind (Nordic Gene Vault) described how duplicates of each sample are stored "
    "in two countries.\n\n"
    "## Next steps decided by the panel\n\n"
    "- The organizers will publish a directory of community seed banks by 1 May 2026.\n"
    "- Seed Savers Kenya will run two training days for farmers in June 2026.\n"
    "- The Nordic Gene Vault will offer storage space for fifty duplicate samples.\n"
)
MINUTES = (
    "INFORMAL MINUTES\n"
    "Drafting session on the tide gauge protocol\n\n"
    "Date:   Wednesday 9 September 2026, 10:00-12:00\n"
    "Venue:  Room 4, Harbour Hall, Valletta\n\n"
    "Apologies: Latvia (travel delays), Peru.\n\n"
    "1. OPENING\n\n"
    "The facilitator opened the session at 10:05 and recalled that the aim was a clean "
    "draft of the protocol.\n\n"
    "2. REVIEW\n\n"
    "The delegate of Norway proposed that gauges report every ten minutes. The delegate of "
    "Chile preferred hourly reports to limit costs.\n"
)
SUMMARY = (
    "# Informal consultation on coral reef monitoring\n\n"
    "Summary prepared by the facilitator, 2 October 2026.\n\n"
    "**Participants:** eleven delegations and two observers.\n\n"
    "**Absent:** Fiji, Samoa and Tonga.\n\n"
    "The delegation of Australia presented its reef survey method, which counts coral "
    "colonies along fixed transects.\n\n"
    "The delegation of Japan stressed that surveys should be repeated at the same season "
    "each year.\n"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("record_lists")
    folder = base / "docs"
    folder.mkdir()
    letter = docx.Document()
    for text in LETTER_PARAS:
        letter.add_paragraph(text)
    table = letter.add_table(rows=0, cols=4)
    for row in ANNEX_ROWS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    letter.save(folder / "chair_letter_fisheries_2026.docx")
    (folder / "chair_letter_fisheries_2026.meta.yaml").write_text(
        'title: "Letter from the Chair of the meeting on inland fisheries"\n'
        'date: "2026-06-20"\nplace: Tartu\nkind: letter\n',
        encoding="utf-8",
    )
    (folder / "panel_seed_banks_2026.md").write_text(PANEL, encoding="utf-8")
    (folder / "minutes_tide_gauges_2026.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "summary_coral_reefs_2026.md").write_text(SUMMARY, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_the_rows_under_an_annex_heading_that_says_more_answer_the_next_steps(records):
    a = records.ask("What are the follow-up actions after the Tartu meeting?")
    assert not a.abstained
    for item in ("30 July 2026", "15 September 2026", "January 2027"):
        assert item in a.text, item


def test_the_bullets_under_a_markdown_heading_that_says_more_answer_the_next_steps(records):
    a = records.ask("What are the next steps from the seed bank panel?")
    assert not a.abstained
    for item in ("1 May 2026", "training days", "fifty duplicate samples"):
        assert item in a.text, item


def test_a_labelled_line_listing_the_bodies_answers_which_sent_apologies(records):
    a = records.ask("Which delegations sent apologies for the drafting session?")
    assert not a.abstained
    assert "Latvia" in a.text and "Peru" in a.text
    assert "Norway" not in a.text and "Chile" not in a.text  # they were there


def test_a_bold_label_listing_the_bodies_answers_which_were_absent(records):
    a = records.ask("Which delegations were absent from the coral reef consultation?")
    assert not a.abstained
    for name in ("Fiji", "Samoa", "Tonga"):
        assert name in a.text, name
    assert "Australia" not in a.text and "Japan" not in a.text
