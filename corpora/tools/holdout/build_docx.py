"""Build docs/report_wg_trafficking_2021.docx (python-docx). Fictional content."""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "holdout" / "report_wg_trafficking_2021.docx"
SYMBOL = "CTOC/COP/WG.4/2021/4"
TITLE = "Report on the tenth session of the Working Group on Trafficking in Persons, held in Vienna on 12 and 13 April 2021"

BODY = [
    ("meta", f"United Nations\t{SYMBOL}"),
    ("meta", "Distr.: General\n7 May 2021"),
    ("meta", "Original: English"),
    ("meta", "Working Group on Trafficking in Persons\nTenth session\nVienna, 12 and 13 April 2021"),
    ("title", TITLE),
    ("h1", "I.\tOrganization of the session"),
    ("h2", "A.\tOpening of the session"),
    ("para", "The Working Group on Trafficking in Persons of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime held its tenth session in Vienna on 12 and 13 April 2021, in a hybrid format."),
    ("para", "The session was chaired by Kwame Asante-Boateng (Ghana). In his opening statement, he invited the Working Group to concentrate on labour recruitment and on the treatment of victims by criminal justice authorities."),
    ("para", "A representative of the Secretariat, Ilse Vandermeulen, Chief of the Trafficking in Persons Unit of the United Nations Office on Drugs and Crime (UNODC), introduced the background paper on forced labour in supply chains. She reported that 63 States parties had contributed to the paper and that 38 of them criminalized trafficking for forced labour in a separate provision."),
    ("h2", "B.\tAdoption of the agenda and organization of work"),
    ("para", "At its 1st meeting, on 12 April 2021, the Working Group adopted the following agenda:"),
    ("table", [
        ("Item", "Title", "Documentation"),
        ("1", "Opening of the session", "\u2014"),
        ("2", "Adoption of the agenda and organization of work", "CTOC/COP/WG.4/2021/1"),
        ("3", "Trafficking in persons for the purpose of forced labour in supply chains", "CTOC/COP/WG.4/2021/2"),
        ("4", "The non-punishment principle and access to compensation for victims", "CTOC/COP/WG.4/2021/3"),
        ("5", "Adoption of the report", "\u2014"),
    ]),
    ("h2", "C.\tAttendance"),
    ("para", "Representatives of 94 States parties to the Convention attended the session, 31 of them in person."),
    ("h1", "II.\tSummary of deliberations"),
    ("h2", "A.\tTrafficking in persons for the purpose of forced labour in supply chains"),
    ("para", "Many speakers noted that the charging of recruitment fees to workers remained one of the most common means of placing migrant workers in debt bondage."),
    ("para", "The representative of Morocco, speaking on behalf of the Group of African States, stated that cooperation between countries of origin, transit and destination remained insufficient and called for bilateral labour migration agreements providing for the identification and safe return of victims."),
    ("para", "The representative of Thailand reported that joint inspections by labour inspectors and police officers in the fishing sector had identified 412 victims of trafficking in 2020."),
    ("para", "The representative of Germany informed the Working Group that her Government had established a telephone helpline for seasonal agricultural workers in 14 languages, which had received 2,750 calls in its first year."),
    ("para", "The observer for the Coalition for Ethical Recruitment said that zero-fee recruitment policies worked only where recruitment agencies were licensed and regularly audited."),
    ("h2", "B.\tThe non-punishment principle and access to compensation for victims"),
    ("para", "Many speakers reaffirmed that victims should not be punished for unlawful acts they had been compelled to commit as a direct consequence of having been trafficked. Several speakers noted, however, that the principle was rarely set out in legislation."),
    ("para", "The representative of Colombia stated that prosecutors in her country had been instructed in 2019 to apply the non-punishment principle from the outset of an investigation. She added that 27 victims of trafficking had received compensation from confiscated criminal assets since then."),
    ("para", "The representative of Nepal noted that many victims recruited abroad through informal networks returned without identity documents, which prevented them from claiming compensation. He called for consular assistance desks at major destination airports."),
    ("para", "The representative of Norway expressed the view that compensation should not depend on a criminal conviction, and described a redress scheme that had made 156 payments since 2019."),
    ("para", "In response to questions, the representative of the Secretariat stated that a legislative guide on the non-punishment principle was being finalized. She indicated that the guide would be published by the end of 2021."),
    ("para", "Lastly, the Chair informed the Working Group that a side event entitled \u201cSurvivors at the table\u201d, organized by the Lanterna Survivor Network, would be held on 13 April 2021."),
    ("h1", "III.\tRecommendations"),
    ("para", "At its 3rd meeting, on 13 April 2021, the Working Group adopted the following recommendations:"),
    ("sub", "(a)\tStates parties should prohibit the charging of recruitment fees and related costs to workers, and should ensure that recruitment agencies are licensed and monitored;"),
    ("sub", "(b)\tStates parties should consider including the non-punishment principle in their legislation or in guidelines for prosecutors and judges;"),
    ("sub", "(c)\tStates parties should ensure that victims have access to compensation, including from confiscated proceeds of crime, irrespective of whether the offender has been convicted;"),
    ("sub", "(d)\tThe Secretariat should continue to support States, upon request, in training labour inspectors to identify victims of trafficking."),
    ("para", "The Working Group decided to transmit the present report to the Conference of the Parties at its eleventh session."),
]


def main() -> None:
    doc = Document()
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    single = styles.add_style("SingleTxt", 1)
    single.base_style = normal
    single.paragraph_format.left_indent = Cm(2.3)
    single.paragraph_format.first_line_indent = Cm(-1.0)
    single.paragraph_format.space_after = Pt(6)
    single.paragraph_format.tab_stops.add_tab_stop(Cm(2.3))
    sub = styles.add_style("SubItem", 1)
    sub.base_style = normal
    sub.paragraph_format.left_indent = Cm(3.3)
    sub.paragraph_format.first_line_indent = Cm(-1.0)
    sub.paragraph_format.space_after = Pt(4)
    section = doc.sections[0]
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)
    hdr = section.header.paragraphs[0]
    hdr.text = SYMBOL
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    n = 0
    for kind, text in BODY:
        if kind == "meta":
            p = doc.add_paragraph()
            parts = text.split("\n")
            for i, part in enumerate(parts):
                run = p.add_run(part)
                if i < len(parts) - 1:
                    run.add_break()
            if "\t" in text:
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
                p.runs[0].bold = True
        elif kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind in ("h1", "h2"):
            doc.add_heading(text, level=1 if kind == "h1" else 2)
        elif kind == "para":
            n += 1
            doc.add_paragraph(f"{n}.\t{text}", style="SingleTxt")
        elif kind == "sub":
            doc.add_paragraph(text, style="SubItem")
        elif kind == "table":
            table = doc.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(text):
                cells = table.add_row().cells
                for c, value in enumerate(row):
                    cells[c].text = value
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "United Nations"
    cp.subject = SYMBOL
    cp.language = "en"
    cp.created = datetime.datetime(2021, 5, 7, 9, 0, 0)
    cp.modified = datetime.datetime(2021, 5, 7, 9, 0, 0)
    cp.last_modified_by = "United Nations"
    cp.revision = 1
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
