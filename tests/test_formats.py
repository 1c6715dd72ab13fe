"""Reading every format: the text a unit can cite, with no markup or page furniture in it."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from assistant import readers, sources
from assistant.config import load_settings
from assistant.engine import build_engine
from assistant.errors import SourceError
from assistant.store import Store, model_id
from tests.conftest import DATA, ROOT

DEV = ROOT / "corpora" / "dev"


def collapse(text: str) -> str:
    return " ".join(text.split())


def block_texts(got: readers.Extracted) -> list[str]:
    return [got.text[b.start : b.end] for b in got.blocks]


def check_blocks(got: readers.Extracted) -> None:
    """Blocks are the non-blank lines of the text, in order, one line each."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", got.text) if m.group().strip()]
    assert [(b.start, b.end) for b in got.blocks] == lines
    for b in got.blocks:
        assert b.kind in ("heading", "paragraph", "item", "table")
        assert b.body_start is None or b.start < b.body_start < b.end


# -- Markdown -----------------------------------------------------------------------------------
MD = """# Panel on evidence

**MODERATOR (Ms. Hana Kovač):** Welcome. *Vienna, 11 May* is our date.
The panel will take ‘two’ “questions” &amp; more.

## Statements

- The representative of **Northland** said the [register](https://example.org/r) works.
- `Code` and __strong__ words
  wrapped on a second line.
    - A nested point.

1. First recommendation.
2. Second recommendation.

> Quoted in a block.

| Item | Title |
|------|-------|
| 1 | Opening |

CHAIR (Ms. Ingrid Solberg): Good morning.
Mr. Kwame Mensah (Ghana Cyber Security Authority): Our unit has cut response times.
"""


def test_markdown_markup_gone_structure_kept():
    got = readers.read_md(MD)
    check_blocks(got)
    assert not re.search(r"\*|__|`|\]\(|^#|^>|^- |&amp;", got.text, re.M), got.text
    by_text = {got.text[b.start : b.end]: b for b in got.blocks}
    assert (
        by_text["Panel on evidence"].kind == "heading" and by_text["Panel on evidence"].level == 1
    )
    assert by_text["Statements"].level == 2
    label = "MODERATOR (Ms. Hana Kovač): Welcome. Vienna, 11 May is our date."
    assert label in by_text  # a sentence-final soft break starts a new line
    assert "The panel will take ‘two’ “questions” & more." in by_text
    item = "The representative of Northland said the register works."
    assert by_text[item].kind == "item" and by_text[item].level == 1
    assert by_text["Code and strong words wrapped on a second line."].kind == "item"
    assert by_text["A nested point."].level == 2
    first = by_text["1. First recommendation."]
    assert (
        first.kind == "item" and got.text[first.body_start : first.end] == "First recommendation."
    )
    assert by_text["Item\tTitle"].kind == "table" and "1\tOpening" in by_text
    assert "Quoted in a block." in by_text
    # transcript turns written one a line stay one a line
    assert "CHAIR (Ms. Ingrid Solberg): Good morning." in by_text
    assert sources.Document  # the module that uses the blocks imports


def test_markdown_dev_summary_has_no_markup():
    raw = (DEV / "chairs_summary_firearms_dialogue_2022.md").read_text(encoding="utf-8")
    got = readers.read(DEV / "chairs_summary_firearms_dialogue_2022.md")
    check_blocks(got)
    assert got.fmt == "md"
    assert not re.search(r"^\s*(#|- |\* )|\*", got.text, re.M)
    assert "Vienna International Centre, 11 May 2022" in block_texts(got)
    # every word of the file survives, in order, once the markup is gone
    words = re.sub(r"^\s*(#+|-)\s+|\*", "", raw, flags=re.M)
    assert collapse(got.text) == collapse(words)
    headings = [got.text[b.start : b.end] for b in got.blocks if b.kind == "heading"]
    assert headings[:3] == [
        "2022 Constructive Dialogue on Firearms",
        "Chair's summary",
        "I. Introduction",
    ]
    items = [b for b in got.blocks if b.kind == "item"]
    assert len(items) == len(re.findall(r"^- ", raw, re.M)) == 18


# -- HTML ---------------------------------------------------------------------------------------
NEWS = DEV / "news_firearms_dialogue_2022.html"


def test_html_article_kept_boilerplate_dropped():
    html = NEWS.read_text(encoding="utf-8")
    got = readers.read(NEWS)
    check_blocks(got)
    soup = BeautifulSoup(html, "html.parser")
    article = soup.find("article")
    for tag in article.find_all("footer"):
        tag.decompose()
    wanted = [collapse(el.get_text()) for el in article.find_all(["h1", "p"])]
    assert len(wanted) == 15
    blocks = [collapse(t) for t in block_texts(got)]
    assert blocks == wanted  # headline, standfirst, byline and every paragraph, in order
    assert got.blocks[1].kind == "heading"
    outside = [el for el in soup.body.find_all(True) if el.find_parent("article") is None]
    outside_words = {
        w
        for el in outside
        for w in re.findall(r"[A-Za-z]{5,}", el.get_text(" "))
        if el.name in ("p", "li", "h2", "h3", "a", "button")
    } - set(re.findall(r"[A-Za-z]{5,}", " ".join(wanted)))
    assert len(outside_words) > 30  # the page really has a lot around the article
    leaked = outside_words & set(re.findall(r"[A-Za-z]{5,}", got.text))
    assert not leaked, leaked
    for boiler in ("cookies", "Related", "Sign up", "Privacy policy", "Podcasts", "Share this"):
        assert boiler not in got.text
    assert "—" in got.text and "&mdash;" not in got.text and "·" in got.text


def test_html_without_main_content_falls_back_to_structure():
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='cookie-notice'><p>We use cookies on this site.</p></div>"
        "<main><h2>Brief</h2><p>“Borders slow us down,” said Dr. Lena Park.</p>"
        "<ul><li>One &amp; two</li></ul><table><tr><th>A</th><th>B</th></tr></table></main>"
        "<footer>© Example</footer></body></html>"
    )
    got = readers.read_html(html)
    check_blocks(got)
    assert block_texts(got) == [
        "Brief",
        "“Borders slow us down,” said Dr. Lena Park.",
        "One & two",
        "A\tB",
    ]
    assert [b.kind for b in got.blocks] == ["heading", "paragraph", "item", "table"]


# -- PDF ----------------------------------------------------------------------------------------
def _recommendation(i: int) -> str:
    return (
        f"{i}. States should review the rules on evidence item {i} and report on it in {2020 + i}."
    )


SESSION_WORDS = ["opening", "marking", "tracing", "records", "amnesty", "training", "customs"]


def _pdf_paragraphs() -> list[str]:
    paras = []
    for i, topic in enumerate(SESSION_WORDS * 2):
        n = 3 + (i * 5) % 7  # paragraphs of uneven length, so some run over a page break
        body = " ".join(
            f"Speakers at sitting {i + 1} discussed {topic} and point {j} of the draft, noting "
            f"that {j + 2} States had acted."
            for j in range(n)
        )
        paras.append(body)
    return paras


def _write_pdf(path: Path) -> list[str]:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 5, "Expert Group on Evidence: report", align="L")
            self.cell(
                0, 5, f"CTOC/EG/2024/{self.page_no()}", align="R", new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(6)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(
                0, 5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT"
            )
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Report(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Summary of deliberations", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    paras = _pdf_paragraphs()
    for para in paras:
        pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    recs = [_recommendation(i) for i in range(1, 4)]
    for rec in recs:
        pdf.multi_cell(0, 5.5, rec, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return ["Summary of deliberations", *paras, *recs]


def test_pdf_running_headers_footers_and_page_numbers_removed(tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "report.pdf"
    expected = _write_pdf(path)
    pages = PdfReader(str(path)).pages
    assert len(pages) >= 3
    raw = "\n".join(p.extract_text() for p in pages)
    assert "Page 2 of" in raw and "CTOC/EG/2024/2" in raw  # the furniture is really there
    got = readers.read(path)
    check_blocks(got)
    # the first page's header, which carries the document's symbol, is kept once at the top
    masthead = "Expert Group on Evidence: report CTOC/EG/2024/1"
    assert block_texts(got) == [masthead, *expected]  # each paragraph one line, across pages
    for furniture in ("Page", "CTOC/EG/2024/2", "- 2 -"):
        assert furniture not in got.text
    assert got.text.count("Expert Group on Evidence") == 1
    assert got.blocks[1].kind == "heading"  # set in a larger font
    rec = got.blocks[-1]
    assert got.text[rec.body_start : rec.end].startswith("States should review")


def test_pdf_line_joining_and_safe_dehyphenation():
    vocabulary = {"international", "record-keeping", "cooperation"}
    lines = [
        "The delegation stressed that inter-",
        "national cooperation on record-",
        "keeping and on cross-",
        "border cases was needed.",
        "",
        "1. A recommendation.",
    ]
    paras = readers._join_lines([*((ln, 11.0) for ln in lines), None], vocabulary)
    assert [text for text, _size in paras] == [
        "The delegation stressed that international cooperation on record-keeping and on "
        "cross-border cases was needed.",
        "1. A recommendation.",
    ]


def test_pdf_dev_statement_equals_its_text():
    got = readers.read(DEV / "statement_ngo_firearms.pdf")
    check_blocks(got)
    want = (DATA / "statement_ngo_firearms.source.txt").read_text(encoding="utf-8")
    assert collapse(got.text) == collapse(want)
    want_paras = [collapse(p) for p in want.split("\n\n")]
    blocks = block_texts(got)
    for para in want_paras[1:-1]:  # body paragraphs and recommendations, each one block
        assert para in blocks, para
    assert blocks[-2:] == ["Selin Aydemir", "Director, Safer Borders Initiative"]


# -- DOCX ---------------------------------------------------------------------------------------
def test_docx_dev_report_equals_its_text():
    got = readers.read(DEV / "report_working_group_firearms.docx")
    check_blocks(got)
    want = (DATA / "report_working_group_firearms.source.txt").read_text(encoding="utf-8")
    assert collapse(got.text) == collapse(want)
    by_text = {got.text[b.start : b.end]: b for b in got.blocks}
    title = by_text[
        "Report on the meeting of the Working Group on Firearms held in Vienna on 9 and 10 May 2022"
    ]
    assert title.kind == "heading" and title.level == 0
    assert by_text["I.\tOrganization of the meeting"].level == 1
    assert by_text["A.\tOpening of the meeting"].level == 2
    assert by_text["Item\tTitle\tDocumentation"].kind == "table"
    assert sum(b.kind == "table" for b in got.blocks) == 7
    para7 = next(b for t, b in by_text.items() if t.startswith("7.\t"))
    assert got.text[para7.body_start :].startswith("The representative of Kenya stated")
    rec = next(b for t, b in by_text.items() if t.startswith("(a)\t"))
    assert rec.kind == "item" and got.text[rec.body_start :].startswith("States parties should")
    assert got.text.count("CTOC/COP/WG.6/2022/4") == 1  # the running page header is not body


def test_docx_lists_tables_and_headers(tmp_path):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    d.sections[0].footer.paragraphs[0].text = "RUNNING FOOTER"
    d.add_heading("Summary", level=1)
    d.add_paragraph("Opening line.").add_run().add_break()
    d.paragraphs[-1].add_run("After a line break.")
    d.add_paragraph("First point", style="List Number")
    d.add_paragraph("Second point", style="List Bullet")
    table = d.add_table(rows=2, cols=3)
    for i, text in enumerate(["Item", "Title", "Documentation"]):
        table.rows[0].cells[i].text = text
    merged = table.rows[1].cells[1].merge(table.rows[1].cells[2])
    table.rows[1].cells[0].text = "1"
    merged.text = "Opening of the meeting"
    d.add_paragraph("7.\tThe representative of Kenya stated that it had acted.")
    path = tmp_path / "report.docx"
    d.save(str(path))
    got = readers.read(path)
    check_blocks(got)
    assert [(got.text[b.start : b.end], b.kind) for b in got.blocks] == [
        ("Summary", "heading"),
        ("Opening line.", "paragraph"),
        ("After a line break.", "paragraph"),
        ("First point", "item"),
        ("Second point", "item"),
        ("Item\tTitle\tDocumentation", "table"),
        ("1\tOpening of the meeting", "table"),
        ("7.\tThe representative of Kenya stated that it had acted.", "paragraph"),
    ]
    assert "RUNNING" not in got.text
    assert sources.load(path).title == "Summary"


def test_broken_docx_is_reported_by_name_and_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "fine.txt").write_text("Ms. A (Org): Fine words.\n", encoding="utf-8")
    (docs / "minutes.docx").write_bytes(b"PK\x03\x04 not really a docx")
    with zipfile.ZipFile(docs / "hollow.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    loaded, skipped = sources.load_all(docs)
    assert [d.doc_id for d in loaded] == ["fine"]
    reasons = {s.path.name: s.reason for s in skipped}
    assert set(reasons) == {"minutes.docx", "hollow.docx"}
    for name, reason in reasons.items():
        assert reason.startswith(f"{name}: broken DOCX") and "\n" not in reason
    with pytest.raises(SourceError, match=r"minutes\.docx"):
        readers.read(docs / "minutes.docx")


# -- metadata -----------------------------------------------------------------------------------
def test_meta_with_a_bad_value_type_names_file_and_key(tmp_path):
    (tmp_path / "note.txt").write_text("Some words.\n", encoding="utf-8")
    (tmp_path / "note.meta.yaml").write_text("title: [one, two]\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"note\.meta\.yaml: 'title'"):
        sources.load(tmp_path / "note.txt")


def test_unknown_meta_keys_are_kept_and_url_reaches_a_citation(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(NEWS, docs / NEWS.name)
    url = "https://news.example/story"
    (docs / "news_firearms_dialogue_2022.meta.yaml").write_text(
        f'title: "Firearms dialogue story"\ndate: 2022-05-12\nurl: "{url}"\n'
        "symbol: NEWS/2022/1\nreviewed_by: {desk: security, people: [A, B]}\n",
        encoding="utf-8",
    )
    doc = sources.load(docs / NEWS.name)
    assert doc.url == url and doc.fmt == "html" and doc.date == "2022-05-12"
    assert doc.meta["reviewed_by"] == {"desk": "security", "people": ["A", "B"]}
    settings = load_settings(source_dir=docs, index_dir=tmp_path / "index")
    engine = build_engine(settings)
    stored = Store.read_docs(Store(settings, model_id(settings.resolved_model_dir())).active())
    news = stored["news_firearms_dialogue_2022"]
    assert news["url"] == url and news["symbol"] == "NEWS/2022/1" and news["fmt"] == "html"
    assert news["meta"]["reviewed_by"] == {"desk": "security", "people": ["A", "B"]}
    answer = engine.ask("What did Mr. Julian Whitcombe say about guns without a serial number?")
    assert answer.citations, answer.text
    assert {c.doc_url for c in answer.citations} == {url}


def test_html_page_wrapped_in_one_form_keeps_its_content():
    html = (
        "<html><body><form id='page'><header><a href='/'>Logo</a><nav><a>Home</a></nav></header>"
        "<div class='content social-enabled'><h1>Statement by the delegation</h1>"
        "<p>The delegation of Norway said that cooperation had improved a great deal this year.</p>"
        "<p>It added that more had to be done on evidence sharing between the States.</p></div>"
        "<div class='cookie-bar'><p>We use cookies.</p></div><footer>Contact us</footer>"
        "</form></body></html>"
    )
    got = readers.read_html(html)
    assert block_texts(got) == [
        "Statement by the delegation",
        "The delegation of Norway said that cooperation had improved a great deal this year.",
        "It added that more had to be done on evidence sharing between the States.",
    ]


PIECES = [*'ab Z.:*_-#>|`[]()<>/&;"“”\t\n1', "<p>", "</p>", "<br>", "&amp;", "- ", "1. "]


@hsettings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_markdown_or_html_gives_consistent_blocks(raw):
    for reader in (readers.read_md, readers.read_html, readers.read_txt):
        got = reader(raw)
        if reader is readers.read_txt:
            assert got.text == raw
        else:
            check_blocks(got)
