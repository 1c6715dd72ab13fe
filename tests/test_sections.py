"""A heading or a lead-in line is answered with what stands under it, and a record's own table
of attendees tells which bodies are non-governmental.

The records are fictional: a workshop's notes (DOCX, with Word headings, a table of attendees
and an unnumbered list of next steps) and a committee's report (plain text, with lettered
recommendations and an annex listing its documents).
"""

from __future__ import annotations

import docx
import pytest

NOTES = [
    ("Heading 1", "Regional Workshop on Pollinator Health"),
    ("Normal", "Rapporteur's notes"),
    ("Normal", "Date: Tuesday, 4 November 2025, 09:00-12:30"),
    ("Heading 2", "1. Purpose"),
    (
        "Normal",
        "The workshop brought together beekeepers, researchers and officials to discuss "
        "the decline of wild pollinators in the river valley.",
    ),
    ("Heading 2", "2. Interventions"),
    (
        "List Bullet",
        "Ms. Odile Ferrand (Pollen Watch) reported that hive losses in the valley "
        "had doubled since 2019 and blamed the spraying of orchards at dawn.",
    ),
    (
        "List Bullet",
        "Mr. Tomasz Wierzba (Hive Keepers Circle) argued that small beekeepers "
        "could not afford the new disease tests and asked for public vouchers.",
    ),
    (
        "List Bullet",
        "Mr. Arjun Mehra (Apiary Robotics Ltd) presented a sensor that counts bees "
        "at the hive entrance and offered ten units for a pilot.",
    ),
    ("Heading 2", "3. List of attendees"),
    ("Heading 2", "4. Next steps"),
    ("List Number", "Rapporteur to circulate these notes to all attendees by 15 November 2025."),
    ("List Number", "Pollen Watch to share its hive loss survey with the regional ministry."),
    ("List Number", "Apiary Robotics Ltd to install the ten sensors before the spring season."),
    ("List Number", "Organizers to propose a date for a follow-up meeting in March 2026."),
]
ATTENDEES = [
    ("Name", "Organization", "Type"),
    ("Odile Ferrand", "Pollen Watch", "NGO"),
    ("Tomasz Wierzba", "Hive Keepers Circle", "NGO / beekeepers' association"),
    ("Arjun Mehra", "Apiary Robotics Ltd", "Private sector"),
]
REPORT = (
    "Committee on Inland Waterways\n\n"
    "Report of the Committee on Inland Waterways on its third session, held in Linz on 2 and 3 "
    "June 2025\n\n"
    "I. Organization of the session\n\n"
    "1. The Committee on Inland Waterways held its third session in Linz on 2 and 3 June 2025. "
    "It was attended by representatives of 14 member States.\n\n"
    "II. Recommendations\n\n"
    "2. At its closing meeting, on 3 June 2025, the Committee adopted the following "
    "recommendations:\n\n"
    "(a) Member States should consider publishing the depth of each navigable channel every "
    "week during the dry season;\n\n"
    "(b) Member States should consider harmonizing the licences of barge pilots across "
    "borders;\n\n"
    "(c) The Secretariat should prepare, within existing resources, a study on the silting of "
    "river ports and present it to the Committee at its next session;\n\n"
    "(d) Member States are encouraged to consult riverside communities before dredging.\n\n"
    "III. Adoption of the report\n\n"
    "3. On 3 June 2025, the Committee adopted the present report.\n\n"
    "Annex\n\n"
    "List of documents before the Committee\n\n"
    "IWC/2025/1 - Provisional agenda\n\n"
    "IWC/2025/2 - Note by the Secretariat on low water levels\n\n"
    "IWC/2025/INF/1 - List of participants\n\n"
    "IWC/2025/CRP.1 - Compilation of national replies on dredging\n"
)


BRIEFING = (
    "# Harbour Authority press briefing\n\n"
    "**Friday, 7 March 2025, Press Room, Harbour House**\n\n"
    "**Mr. Paulo Reis (Spokesperson, Harbour Authority):** Good morning. The new container "
    "terminal will open in June, two months later than planned, because of the storms.\n\n"
    "**Ms. Ana Lindqvist (Harbour Times):** How much will the delay cost the port?\n\n"
    "**Mr. Paulo Reis (Spokesperson, Harbour Authority):** About four million euros, which the "
    "builder's insurance will cover.\n\n"
    "**Mr. Kofi Mensah (Coastal Radio):** Will the dock workers keep their jobs during the "
    "works?\n\n"
    "**Mr. Paulo Reis (Spokesperson, Harbour Authority):** Yes. No one will lose a job.\n"
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("sections")
    folder = base / "docs"
    folder.mkdir()
    notes = docx.Document()
    for style, text in NOTES:
        notes.add_paragraph(text, style=style)
        if text.startswith("3. List of attendees"):
            table = notes.add_table(rows=0, cols=3)
            for row in ATTENDEES:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
    notes.save(folder / "workshop_pollinators_2025.docx")
    (folder / "workshop_pollinators_2025.meta.yaml").write_text(
        'title: "Regional Workshop on Pollinator Health: rapporteur\'s notes"\n'
        'date: "2025-11-04"\nplace: Valence\nkind: notes\n',
        encoding="utf-8",
    )
    (folder / "briefing_harbour_2025.md").write_text(BRIEFING, encoding="utf-8")
    (folder / "briefing_harbour_2025.meta.yaml").write_text(
        'title: "Harbour Authority press briefing"\ndate: "2025-03-07"\nplace: Gdynia\n'
        "kind: press briefing\n",
        encoding="utf-8",
    )
    (folder / "report_inland_waterways_2025.txt").write_text(REPORT, encoding="utf-8")
    (folder / "report_inland_waterways_2025.meta.yaml").write_text(
        'title: "Report of the Committee on Inland Waterways on its third session"\n'
        'date: "2025-06-03"\nplace: Linz\nkind: report\n',
        encoding="utf-8",
    )
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_the_items_under_a_heading_answer_a_question_naming_it(records):
    a = records.ask("What are the next steps from the pollinator workshop?")
    assert not a.abstained
    for item in ("15 November 2025", "hive loss survey", "ten sensors", "follow-up meeting"):
        assert item in a.text, item
    assert a.text.strip() != "Next steps [1]."


def test_a_list_under_a_subheading_of_an_annex_is_given_item_by_item(records):
    a = records.ask("What is listed in the annex of the Committee's report?")
    assert not a.abstained
    for item in ("Provisional agenda", "low water levels", "List of participants", "CRP.1"):
        assert item in a.text, item


def test_every_lettered_recommendation_is_given_whatever_its_subject(records):
    a = records.ask("What recommendations came out of the Committee's third session?")
    for item in ("depth of each navigable channel", "barge pilots", "silting of river ports",
                 "riverside communities"):  # fmt: skip
        assert item in a.text, item
    assert "adopted the present report" not in a.text


def test_the_records_table_of_attendees_tells_which_bodies_are_ngos(records):
    a = records.ask("Which NGOs spoke at the pollinator workshop?")
    assert not a.abstained
    assert "Pollen Watch" in a.text and "Hive Keepers Circle" in a.text
    assert "Apiary Robotics" not in a.text  # the table calls it private sector


def test_what_civil_society_said_is_each_ngos_own_point(records):
    a = records.ask("What did civil society say at the pollinator workshop?")
    assert "spraying of orchards" in a.text or "hive losses" in a.text
    assert "disease tests" in a.text or "vouchers" in a.text
    assert "sensor" not in a.text


def test_who_asked_questions_are_the_askers_with_whom_they_write_for(records):
    a = records.ask("Which journalists asked questions at the press briefing?")
    assert not a.abstained
    for name in ("Ana Lindqvist", "Harbour Times", "Kofi Mensah", "Coastal Radio"):
        assert name in a.text, name
    assert "Reis" not in a.text  # he answered them
    assert "Ferrand" not in a.text and "Wierzba" not in a.text  # no one asked at the workshop


class _Corpus:
    """The two things the table reader needs: the documents and their text."""

    def __init__(self, text: str) -> None:
        self.docs = {"d": {}}
        self._text = text

    def text(self, doc_id: str) -> str:
        return self._text


def test_a_row_typing_a_body_gives_its_kind_and_a_header_row_gives_none():
    from assistant.generators.members import tabled_kinds

    kinds = tabled_kinds(
        _Corpus(
            "Name\tOrganization\tType\n\nLi Wen\tRiver Friends\tYouth NGO\n\n"
            "Sam Orr\tOrr Pumps\tPrivate sector\n\nAda Moss\tMoss College\tAcademic\n"
        )
    )
    assert kinds["river friends"] == "civil" and kinds["li wen"] == "civil"
    assert kinds["orr pumps"] == "company"
    assert kinds["moss college"] == "academic"  # academia: a group of its own
    assert "organization" not in kinds


def test_a_table_row_is_read_with_its_header_and_not_with_the_paragraph_above():
    from assistant.chunking import StoredUnit
    from assistant.compose import table_row

    doc = "4.\tThe Committee had before it:\n\nCountry\tBoats\tCrews\n\nPeru\t214\t58\n"
    start = doc.index("Peru")
    row = StoredUnit(
        unit_id="u", doc_id="d", text="Peru\t214\t58", start=start, end=start + 11,
        kind="narrative", speaker=None, honorific=None, gender=None, affiliation=None,
        acronym=None, roles=[], quotes=[], attr=None, verb=None, mentions=[], doc_title="",
        doc_date=None, doc_sha256="", order=2,
    )  # fmt: skip
    assert table_row(row, doc) == "Country: Peru; Boats: 214; Crews: 58"
    head = doc.index("Country")
    header = StoredUnit(**{**row.__dict__, "text": "Country\tBoats\tCrews", "start": head})
    assert table_row(header, doc) == "Country | Boats | Crews"
