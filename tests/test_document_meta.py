"""What the corpus knows about each document: byline, signatory, title, date, place, symbol.

The documents here have no `.meta.yaml`: what they say about themselves (an HTML page's <meta>,
a DOCX's core properties, a PDF's info dictionary, a byline, a dateline) is all there is. The
questions run on a real index (the bundled MiniLM, Chroma in a temp dir).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import bylines, readers, sources
from assistant.config import load_settings
from assistant.engine import build_engine
from assistant.speakers import analyse
from tests.conftest import DATA

DOCS = DATA / "documents"
NEWS = DOCS / "harbour_customs_forum.html"
STORY = DOCS / "clinic_outreach_story.txt"
BYLINE = "By Jonas Petersen, Nordic affairs correspondent · 4 February 2025"
STATEMENT_BODY = [  # paragraphs of several lines, as a statement's are
    "We welcome the decision of the forum to examine smuggling through fishing ports, and we "
    "thank the Chair for inviting civil society to contribute to a discussion that has so far "
    "been held among customs and port authorities alone.",
    "Coastal Fisheries Watch is an independent organization based in Klaipeda. We document "
    "landings, transhipments and inspections in twelve Baltic harbours, and we train harbour "
    "staff to recognise the signs of cargo that has been declared as fish.",
    "Our monitors found that one in five inspected vessels carried cargo that was not declared. "
    "We recommend that port States share inspection results within 24 hours, and that the "
    "forum adopt a common form for the purpose at its next meeting.",
    "We stand ready to share our data with the secretariat and with the participating ports, "
    "and we would welcome an invitation to present our findings to the forum in the autumn.",
]


def _write_statement_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Coastal Fisheries Watch: written statement to the 2025 Regional Forum")
    pdf.set_author("Helena Varga, Coastal Fisheries Watch")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, "Coastal Fisheries Watch", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(
        0, 7, "Written statement to the 2025 Regional Forum on Maritime Smuggling",
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for para in ["Gdansk, 3 February 2025", *STATEMENT_BODY]:
        pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.multi_cell(0, 5.5, "Helena Varga", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(
        0, 5.5, "Executive Director, Coastal Fisheries Watch", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.output(str(path))


def _write_report_docx(path: Path) -> None:
    import docx

    d = docx.Document()  # python-docx's own template names "python-docx" as its author
    d.core_properties.title = "Report of the Regional Forum on Maritime Smuggling"
    d.add_paragraph("United Nations\tREG/FORUM/2025/1")
    d.add_paragraph("Gdansk, 5 February 2025")
    d.add_paragraph("Report of the Regional Forum on Maritime Smuggling", style="Title")
    d.add_paragraph(
        "The forum was held in Gdansk on 3 and 4 February 2025 and brought together customs "
        "officials from six ports."
    )
    d.add_paragraph("The forum asked the secretariat to prepare a draft protocol.")
    d.save(str(path))


# -- reading what a file declares about itself ------------------------------------------------
def test_html_declares_title_author_date_and_site():
    meta = readers.read(NEWS).meta
    assert meta == {
        "title": "Port officials pledge shared inspections at regional customs forum",
        "author": "Jonas Petersen",
        "date": "2025-02-04",
        "publisher": "The Baltic Ledger",
        "byline": BYLINE,
    }


def test_a_byline_element_without_by_or_author_tag(tmp_path):
    page = tmp_path / "ferry_story.html"
    page.write_text(
        "<html><head><title>Ferry crews trained to spot trafficking</title></head><body>"
        "<article><h1>Ferry crews trained to spot trafficking</h1>"
        '<div class="story-byline">Clara Novak · 2 March 2025</div>'
        "<p>Crews on six ferry routes have been trained to recognise signs of trafficking, the "
        "port authority said on Friday, after a pilot programme that ran for a year.</p>"
        "<p>The training will be extended to cargo vessels from next spring.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = sources.load(page)
    assert (doc.author, doc.date, doc.kind) == ("Clara Novak", "2025-03-02", "news article")
    start, end = doc.facts["byline"]
    assert doc.text[start:end] == "Clara Novak · 2 March 2025"


def test_docx_core_title_kept_and_generator_author_dropped(tmp_path):
    path = tmp_path / "forum_report.docx"
    _write_report_docx(path)
    assert readers.read(path).meta == {
        "title": "Report of the Regional Forum on Maritime Smuggling"
    }
    doc = sources.load(path)
    assert doc.title == "Report of the Regional Forum on Maritime Smuggling"
    assert (doc.date, doc.symbol, doc.author) == ("2025-02-05", "REG/FORUM/2025/1", None)
    assert doc.kind == "report"  # its heading says so; no byline, so no news article
    assert doc.publisher == "United Nations"  # the letterhead beside the symbol


def test_pdf_info_title_and_dateline(tmp_path):
    path = tmp_path / "fisheries_statement.pdf"
    _write_statement_pdf(path)
    got = readers.read(path)
    assert got.meta["title"].startswith("Coastal Fisheries Watch: written statement")
    doc = sources.load(path)
    assert (doc.date, doc.place) == ("2025-02-03", "Gdansk")
    assert doc.author == "Helena Varga, Coastal Fisheries Watch"  # the info dictionary's
    assert doc.facts["authors"] == []  # but no byline in the text to cite it by


# -- bylines -------------------------------------------------------------------------------------
def test_html_byline_without_meta_yaml():
    doc = sources.load(NEWS)
    assert not NEWS.with_name(NEWS.stem + ".meta.yaml").exists()
    assert doc.title == "Port officials pledge shared inspections at regional customs forum"
    assert (doc.date, doc.place, doc.publisher) == ("2025-02-04", "Gdansk", "The Baltic Ledger")
    assert (doc.author, doc.kind) == ("Jonas Petersen", "news article")
    start, end = doc.facts["byline"]
    assert doc.text[start:end] == BYLINE  # offsets into the text citations quote
    assert doc.facts["author_role"] == "Nordic affairs correspondent"


def test_staff_reporter_byline_and_news_dateline():
    doc = sources.load(STORY)
    assert doc.author == "Ana Ruiz"
    assert doc.facts["author_role"] == "Staff Reporter"
    assert (doc.date, doc.place) == ("2025-03-12", "San Isidro")


def test_meta_yaml_wins_over_what_the_file_says(tmp_path):
    path = tmp_path / NEWS.name
    shutil.copy(NEWS, path)
    path.with_name(path.stem + ".meta.yaml").write_text(
        'title: "Shared inspections"\ndate: "2025-02-05"\npublisher: "Ledger Media"\n',
        encoding="utf-8",
    )
    doc = sources.load(path)
    assert (doc.title, doc.date, doc.publisher) == (
        "Shared inspections",
        "2025-02-05",
        "Ledger Media",
    )
    assert doc.author == "Jonas Petersen"  # the .meta.yaml does not say: the byline does


def test_a_sidecar_may_name_the_file_whole(tmp_path):
    """`story.pdf.meta.yaml` is the metadata of `story.pdf`, as `story.meta.yaml` is; it wins
    when a `.txt` and another format share the name, and is never indexed as a document."""
    path = tmp_path / NEWS.name
    shutil.copy(NEWS, path)
    path.with_name(path.name + ".meta.yaml").write_text(
        'title: "Shared inspections"\ndate: "2025-02-05"\n', encoding="utf-8"
    )
    path.with_name(path.stem + ".meta.yaml").write_text('title: "Another file"\n', "utf-8")
    doc = sources.load(path)
    assert (doc.title, doc.date) == ("Shared inspections", "2025-02-05")
    assert [p.name for p in sources.discover(tmp_path)] == [NEWS.name]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Anna Berg", (["Anna Berg"], None)),
        ("BY ANNA BERG and Ben Cole, Vienna correspondents · 3 May 2024",
         (["Anna Berg", "Ben Cole"], "Vienna correspondents")),
        ("Ana Ruiz, Staff Reporter", (["Ana Ruiz"], "Staff Reporter")),
        ("By Tuesday, the delegates had agreed", None),
        ("By 2030, States should act.", None),
        ("By the Editorial Board", None),
        ("Margit Berg, Executive Director", None),  # a signature's title, not a writer's
        ("Ingrid Solberg, Director of the Northern Customs Agency", None),
    ],
)  # fmt: skip
def test_byline_lines(line, expected):
    assert bylines._byline(line) == expected


def test_a_byline_is_not_a_speaker():
    doc = sources.load(NEWS)
    found = analyse(doc)
    start, end = doc.facts["byline"]
    byline_units = [u for u in found.units if u.start <= start and end <= u.end]
    assert byline_units and all(u.speaker is None for u in byline_units)
    assert "Jonas Petersen" not in {p.name for p in found.people}
    assert {"Ingrid Solberg", "Tomasz Wierzbicki"} <= {p.name for p in found.people}


def test_iso_date():
    assert bylines.iso_date("Vienna, 9 and 10 May 2022") == "2022-05-09"
    assert bylines.iso_date("Held on June 3, 2021, at 10 a.m.") == "2021-06-03"
    assert bylines.iso_date("31 February 2024 and 2 March 2024") == "2024-03-02"
    assert bylines.iso_date("in May 2024") is None


# -- answers -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("document_meta")
    docs = base / "docs"
    docs.mkdir()
    for f in (NEWS, STORY):
        shutil.copy(f, docs / f.name)
    _write_statement_pdf(docs / "fisheries_statement.pdf")
    _write_report_docx(docs / "forum_report.docx")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_who_wrote_the_article_cites_its_byline(engine):
    a = engine.ask("Who wrote the Baltic Ledger article about the customs forum?")
    assert not a.abstained
    assert "Jonas Petersen" in a.text
    assert [(c.quote, c.speaker, c.kind) for c in a.citations] == [(BYLINE, None, "narrative")]
    assert "Solberg" not in a.text and "Wierzbicki" not in a.text


def test_which_reporter_wrote_the_story(engine):
    a = engine.ask("Which reporter wrote the story about the mobile clinics?")
    assert "Ana Ruiz" in a.text
    assert [c.quote for c in a.citations] == ["Ana Ruiz, Staff Reporter"]


def test_who_signed_the_statement_cites_the_signature(engine):
    a = engine.ask("Who signed the written statement of Coastal Fisheries Watch?")
    assert not a.abstained
    assert "Helena Varga" in a.text and "Executive Director" in a.text
    quotes = [c.quote for c in a.citations]
    assert "Helena Varga" in quotes
    assert all(q in engine.document_text("fisheries_statement") for q in quotes)


def test_an_outlet_the_sources_do_not_hold_is_not_answered(engine):
    a = engine.ask("Who wrote the Harbour Gazette article about the customs forum?")
    assert a.abstained
    assert "Gazette" in (a.reason or "")


def test_byline_authors_are_not_listed_as_speakers(engine):
    names = {sp.name for sp in engine.speakers()}
    assert "Jonas Petersen" not in names and "Ana Ruiz" not in names
    assert "Helena Varga" in names  # a signatory is a speaker of her statement's signature


def test_document_info_from_the_file_itself(engine):
    info = {d.doc_id: d for d in engine.corpus().documents}
    news = info["harbour_customs_forum"]
    assert (news.date, news.publisher, news.place) == ("2025-02-04", "The Baltic Ledger", "Gdansk")
    assert engine.document_meta("forum_report")["symbol"] == "REG/FORUM/2025/1"
    assert engine.document_meta("harbour_customs_forum")["author"] == "Jonas Petersen"


def test_which_article_unsaid_lists_each_byline(engine):
    a = engine.ask("Who wrote the article?")
    assert "Jonas Petersen" in a.text and "Ana Ruiz" in a.text
    assert {c.quote for c in a.citations} == {BYLINE, "Ana Ruiz, Staff Reporter"}


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the evidence log?",  # not a document
        "What did the article say about scanners?",  # not who wrote it
        "Who chaired the forum?",
    ],
)
def test_other_questions_are_not_about_authorship(question):
    from assistant.generators.documents import asked

    assert asked(question) is None


def test_when_was_the_article_published_cites_its_byline(engine):
    a = engine.ask("When was the Baltic Ledger article published?")
    assert not a.abstained
    assert "4 February 2025" in a.text
    assert [c.quote for c in a.citations] == [BYLINE]


def test_when_will_a_document_be_published_is_not_its_date():
    from assistant.generators.documents import asked

    assert asked("When will the Chair's summary be published?") is None
    assert asked("On what date was the press release issued?") == "dated"


def test_when_was_the_meeting_held_cites_the_record_saying_so(engine):
    a = engine.ask("When was the Regional Forum on Maritime Smuggling held?")
    assert not a.abstained
    assert "3 and 4 February 2025" in a.text
    assert [c.doc_id for c in a.citations] == ["forum_report"]
    assert "held in Gdansk on 3 and 4 February 2025" in a.citations[0].quote


def test_when_will_a_meeting_be_held_is_not_a_record_date():
    from assistant.generators.documents import asked

    assert asked("When will the next forum be held?") is None
    assert asked("When did the forum take place?") == "held"


def test_a_possessive_or_hyphenated_name_is_still_known(engine):
    a = engine.ask("Who signed Coastal Fisheries Watch's written statement?")
    assert "Helena Varga" in a.text
    a = engine.ask("Who wrote the Baltic-Ledger article about the customs forum?")
    assert "Jonas Petersen" in a.text


# -- records without a .meta.yaml: title, kind, date and issuer from their own heading -----------
SUMMARY = DOCS / "lagoon_consultation_summary.txt"
MINUTES = DOCS / "lagoon_group_minutes.txt"
QA = DOCS / "lagoon_airport_qa.md"


def test_a_letterhead_is_the_issuer_not_the_title():
    doc = sources.load(SUMMARY)
    assert doc.title == "Chair's summary: Consultation on Eel Trafficking across the Lagoon States"
    assert (doc.kind, doc.publisher) == ("chair's summary", "Northern Lagoons Conservation Agency")
    # the consultation's own dateline, not the bracketed date of the earlier workshop
    assert doc.date == "2024-05-14"


def test_minutes_take_their_kind_and_labelled_date():
    doc = sources.load(MINUTES)
    assert doc.title.startswith("Informal minutes: Consultation on Eel Trafficking")
    assert "Breakout Group B" in doc.title
    assert (doc.kind, doc.date) == ("minutes", "2024-05-15")  # "Date: 15 May 2024", not 14 May


def test_a_transcript_heading_keeps_its_title_and_names_its_kind():
    doc = sources.load(QA)
    assert doc.title == "Glass Eels in the Hold: Airport Controls"
    assert (doc.kind, doc.date) == ("verbatim transcript", "2024-05-16")
    assert (doc.publisher, doc.symbol) == ("Baltic Eel Monitoring Network", "NLCA/SE.2/2024/INF.1")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("CHAIR'S SUMMARY", "chair's summary"),
        ("Summary record of the 3rd meeting", "summary record"),
        ("Informal minutes (not an official record)", "minutes"),
        ("Question-and-answer segment (unofficial verbatim transcript)", "verbatim transcript"),
        ("Report of the Working Group on Eels", "report"),
        ("UN report warns of eel smuggling", None),  # a news headline, not a record's heading
        ("This summary has not been negotiated by the participants.", None),
    ],
)  # fmt: skip
def test_the_kind_a_heading_names(line, kind):
    assert bylines._kind_of(line) == kind


def _write_headed_pdf(path: Path) -> None:
    """Two pages whose running header carries the document's symbol."""
    from fpdf import FPDF

    class Headed(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "NLCA/WS.3/2024/CRP.4 Chair's summary - Eel Workshop")
            self.ln(8)

    pdf = Headed(format="A4")
    for page in range(2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        for k in range(3):
            pdf.multi_cell(
                0, 5.5, f"{page * 3 + k + 1}. The workshop discussed the export of glass eels "
                "through regional airports and the controls applied there by customs officers.",
                new_x="LMARGIN", new_y="NEXT",
            )  # fmt: skip
            pdf.ln(3)
    pdf.output(str(path))


def test_a_running_header_keeps_the_symbol_once(tmp_path):
    path = tmp_path / "eel_workshop.pdf"
    _write_headed_pdf(path)
    text = readers.read(path).text
    assert text.startswith("NLCA/WS.3/2024/CRP.4 Chair's summary - Eel Workshop")
    assert text.count("NLCA/WS.3/2024/CRP.4") == 1  # the later pages' copies still dropped
    assert sources.load(path).symbol == "NLCA/WS.3/2024/CRP.4"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    base = tmp_path_factory.mktemp("records_meta")
    docs = base / "docs"
    docs.mkdir()
    for f in (SUMMARY, MINUTES, QA):
        shutil.copy(f, docs / f.name)
    _write_headed_pdf(docs / "eel_workshop.pdf")
    release = docs / "eel_release.txt"
    release.write_text(
        "Lagoon States agree to share airport seizure data\n\n"
        "Klaipeda, 17 May 2024 - Nine Lagoon States agreed on Friday to share data on glass eel "
        "seizures at airports within a week of each seizure.\n",
        encoding="utf-8",
    )
    release.with_name("eel_release.meta.yaml").write_text(
        'kind: "press release"\npublisher: "Lagoon Press Office"\n', encoding="utf-8"
    )
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def _quotes_hold(engine, a) -> None:
    for c in a.citations:
        assert c.quote in engine.document_text(c.doc_id)


def test_who_published_cites_the_issuing_line(records):
    a = records.ask("Who published the transcript of the airport controls side event?")
    assert not a.abstained
    assert "Baltic Eel Monitoring Network" in a.text
    assert [c.quote for c in a.citations] == [
        "Transcribed by the Baltic Eel Monitoring Network from the event recording."
    ]
    _quotes_hold(records, a)


def test_which_organisation_issued_the_summary_cites_its_letterhead(records):
    a = records.ask("Which organisation issued the chair's summary of the eel consultation?")
    assert "Northern Lagoons Conservation Agency" in a.text
    assert [c.quote for c in a.citations] == ["NORTHERN LAGOONS CONSERVATION AGENCY"]


def test_a_publisher_only_in_metadata_is_said_without_a_quote(records):
    a = records.ask("Who issued the press release?")
    assert a.abstained and not a.citations
    assert "Lagoon Press Office" in a.text


@pytest.mark.parametrize(
    ("question", "symbol"),
    [
        ("What's the document symbol of the eel workshop summary?", "NLCA/WS.3/2024/CRP.4"),
        ("What is the reference number of the airport controls transcript?",
         "NLCA/SE.2/2024/INF.1"),
    ],
)  # fmt: skip
def test_the_symbol_is_cited_where_the_text_states_it(records, question, symbol):
    a = records.ask(question)
    assert not a.abstained and symbol in a.text
    assert a.citations and all(symbol in c.quote for c in a.citations)
    _quotes_hold(records, a)


# -- a press release's symbol, contact block and a story's photo credit ------------------------
NOTICE = (
    "ORG/PR/2041\n\n"
    "Ports agree to share inspection results\n\n"
    "RIGA, 3 May 2026 (Harbour Information Office) – Port authorities agreed today to share "
    "inspection results within a day, the Harbour Information Office said.\n\n"
    "The agreement covers twelve ports.\n\n"
    "For information:\n\n"
    "Harbour Information Office\n"
    "Mr. Tomas Kalnins, Press Officer\n"
    "Email: press@harbour.example\n\n"
    "* *** *\n"
)
PHOTO_STORY = (
    "<html><head><title>Nets mended in a former warehouse</title></head><body><article>"
    "<h1>Nets mended in a former warehouse</h1>"
    "<p>A warehouse seized from smugglers is now a workshop where fishers mend their nets.</p>"
    "<figure><figcaption>Fishers at work in the former warehouse. "
    "Photo: Harbour Information Office/Ilze Berzina</figcaption></figure>"
    "<p>The workshop opened in March and is used by forty families.</p>"
    "</article></body></html>"
)


CONTRIBUTION = (
    "Written contribution of the River Trust to the ports dialogue\n\n"
    "The River Trust monitors twelve river ports. We recommend that inspection results be "
    "shared within a day.\n\n"
    "Submitted by: Ms. Anna Vole, Executive Director, River Trust\n"
)


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    base = tmp_path_factory.mktemp("document_notices")
    docs = base / "docs"
    docs.mkdir()
    (docs / "ports_notice.txt").write_text(NOTICE, encoding="utf-8")
    (docs / "ports_notice.meta.yaml").write_text(
        'title: "Ports agree to share inspection results"\ndate: "2026-05-03"\n'
        'kind: press release\nsymbol: "ORG/PR/2041"\n',
        encoding="utf-8",
    )
    (docs / "warehouse_story.html").write_text(PHOTO_STORY, encoding="utf-8")
    (docs / "river_trust_contribution.txt").write_text(CONTRIBUTION, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_an_issuers_acronym_number_asks_for_the_symbol(notices):
    from assistant.generators.documents import asked

    assert asked("whats the ORG number on the press release about the ports?") == "symbol"
    assert asked("What number of ports agreed?") is None
    a = notices.ask("whats the ORG number on the press release about the ports?")
    assert "ORG/PR/2041" in a.text
    assert [c.quote for c in a.citations] == ["ORG/PR/2041"]


def test_whom_to_contact_is_the_for_information_block(notices):
    a = notices.ask("who do I contact for press questions about the ports agreement?")
    assert not a.abstained
    assert "Tomas Kalnins" in a.text
    quotes = [c.quote for c in a.citations]
    assert "Mr. Tomas Kalnins, Press Officer" in quotes
    assert all(q in notices.document_text("ports_notice") for q in quotes)
    assert not any("twelve ports" in q for q in quotes)


def test_who_took_the_photo_is_the_credit_line(notices):
    a = notices.ask("Who took the photo in the story about the warehouse?")
    assert not a.abstained
    assert "Ilze Berzina" in a.text
    assert [c.quote for c in a.citations] == ["Photo: Harbour Information Office/Ilze Berzina"]


def test_a_submitted_by_line_says_who_signed(notices):
    a = notices.ask("Who signed the River Trust contribution, and what is her position?")
    assert not a.abstained
    assert "Anna Vole" in a.text and "Executive Director" in a.text
    text = notices.document_text("river_trust_contribution")
    assert a.citations and all(c.quote in text for c in a.citations)
