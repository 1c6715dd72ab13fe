"""Rebuild the DOCX and PDF documents of corpora/extra/ from the text kept in this script.

Usage: .venv/bin/python corpora/tools/build_extra.py   (python-docx, fpdf2)
  - chairs_summary_witness_consultation_2024.docx  (python-docx: headings, auto-numbered
    "List Number" paragraphs with no literal numbers in the text, a participation table)
  - contribution_cst_2024.pdf  (fpdf2, core Helvetica, Latin-1 only; 3 pages, running header,
    running footer with "Page N of 3" on every page)
All people, organisations and figures are fictional; States and the EU appear only as delegations.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

EXTRA = Path(__file__).resolve().parent.parent / "extra"

# ---------------------------------------------------------------- DOCX: Chair's summary
DOCX_PARTS = [
    ("title", "Informal Consultation on Witness Protection in Transnational Organized Crime Cases"),
    ("sub", "Vienna, 12 June 2024"),
    ("sub", "Chair's summary"),
    ("h1", "I. Introduction"),
    ("n", "The informal consultation on witness protection was held at the Vienna International Centre on 12 June 2024, the day after the 2024 Constructive Dialogue on International Cooperation. It was chaired by Mr. Pieter de Wit (Netherlands)."),
    ("n", "The consultation was attended by 59 participants: 38 representatives of Member States, 4 representatives of intergovernmental organizations and 17 representatives of non-governmental organizations. The breakdown is given in the table below."),
    ("table", [("Category", "Participants"), ("Member States", "38"), ("Intergovernmental organizations", "4"), ("Non-governmental organizations", "17"), ("Total", "59")]),
    ("n", "In his opening remarks, the Chair recalled that article 24 of the Convention requires States parties to take appropriate measures to protect witnesses from retaliation or intimidation. He invited participants to focus on cases in which the witness and the trial are in different countries."),
    ("h1", "II. Summary of the discussion"),
    ("h2", "A. Evidence and the testimony of protected witnesses"),
    ("n", "The Permanent Representative of Norway, Ms. Solveig Brekke, stated that evidence given by a protected witness was only as valuable as the court's confidence in the protection procedure. She informed participants that Norway had allowed testimony by video link from abroad in 27 criminal trials since 2021. She suggested that States exchange the technical standards they use to record such testimony, so that recordings can be admitted as evidence in each other's courts."),
    ("n", "The representative of Brazil said that his country had created a federal witness protection programme in 1999 and that it now protected more than 600 people each year. He noted that requests to protect a witness abroad were rare because no common procedure existed."),
    ("n", "The representative of Japan underlined the importance of protecting the identity of witnesses in court records and cautioned against publishing judgments that could reveal where a witness lives."),
    ("n", "A representative of the Transnational Bar Alliance, Ms. Chiara Lombardi, noted that anonymous testimony limited the ability of the defence to test the evidence. She urged States to ensure that any decision to withhold a witness's identity was taken by a judge and could be reviewed."),
    ("h2", "B. Cooperation between protection programmes"),
    ("n", "The representative of Ghana informed participants that a regional network of witness protection agencies in West Africa was being set up with the support of UNODC, and that it would hold its first meeting in Accra in November 2024."),
    ("n", "One speaker, from Morocco, proposed that States parties develop a model bilateral agreement on the relocation of witnesses. Another speaker, from Indonesia, said that temporary relocation within a region would be more realistic than permanent relocation."),
    ("n", "One speaker, from the European Union, stated that the European Union was funding a pilot project on the mutual recognition of protection measures between four of its member States and two partner countries."),
    ("n", "Ms. Quintana Robles, of the Andean Association of Victim Advocates, presented the association's statement and proposed a standard form for the recognition of foreign protection orders."),
    ("n", "Several delegations said that their national legislation did not yet allow foreign protection orders to be recognized."),
    ("h1", "III. Conclusions of the Chair"),
    ("n", "The Chair concluded that there was broad interest in the mutual recognition of protection orders and in a model agreement on relocation. He proposed that the Secretariat prepare a background paper on existing bilateral arrangements for the next session of the Working Group on International Cooperation."),
    ("n", "The present summary was prepared under the responsibility of the Chair and has not been negotiated."),
]


def build_docx() -> None:
    doc = Document()
    doc.core_properties.title = "Chair's summary: Informal Consultation on Witness Protection"
    doc.core_properties.author = "Chair of the consultation"
    doc.core_properties.created = datetime.datetime(2024, 6, 20, 9, 0, 0)
    doc.styles["Normal"].font.size = Pt(11)
    for kind, content in DOCX_PARTS:
        if kind == "title":
            doc.add_paragraph(content, style="Title")
        elif kind == "sub":
            doc.add_paragraph(content, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "n":
            doc.add_paragraph(content, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for i, (a, b) in enumerate(content):
                cells = t.add_row().cells
                cells[0].text, cells[1].text = a, b
                if i == 0:
                    for c in cells:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
    doc.save(EXTRA / "chairs_summary_witness_consultation_2024.docx")


# ---------------------------------------------------------------- PDF: written contribution
ORG = "Centre for Safe Testimony"
SUB = "Written contribution to the 2024 Constructive Dialogue on International Cooperation"
HEADER = "Centre for Safe Testimony | Written contribution, 2024 Constructive Dialogue on International Cooperation"
FOOTER = "CST written contribution, June 2024"

PAGES = [
    [
        ("h", "1. Introduction"),
        ("p", "The Centre for Safe Testimony welcomes the opportunity to contribute to the 2024 Constructive Dialogue on International Cooperation. We thank the Chair, Ms. Kovács, for placing the protection of witnesses on the agenda alongside joint investigations."),
        ("p", "The Centre is an independent non-governmental organization based in Lyon that supports witnesses and their families in cases of trafficking in persons, smuggling of migrants and organized violence. Since 2016 we have trained more than 1,800 police officers, prosecutors and judges in 22 countries."),
        ("h", "2. What we found"),
        ("p", "Between September 2023 and February 2024 we surveyed 214 practitioners working on witness protection in 31 countries. The findings below are based on their answers and on the cases that we handled directly."),
        ("p", "First, protection rarely follows the witness. Only 19 of the 31 countries covered by the survey had ever asked another State to protect a witness, and most of those requests were made informally, by telephone or by e-mail."),
        ("p", "Second, witnesses drop out. According to the practitioners we surveyed, 58 per cent of cases in which a key witness withdrew ended without a conviction. In our own casework, the most common reason given by witnesses for withdrawing was fear for relatives who remained in the country of origin."),
    ],
    [
        ("p", "Third, the identity of protected witnesses leaks through case files. We documented 14 cases since 2020 in which the name or address of a protected witness appeared in documents sent to another State under a mutual legal assistance request."),
        ("p", "Fourth, support ends too early. In most countries covered by the survey, psychological and social support stopped on the day of the judgment, although threats are most frequent in the months after it."),
        ("p", "We note with interest the proposal made at the Constructive Dialogue to recognize protection orders across borders. Such recognition would respond directly to the first of these findings. We also share the view, expressed by many of the practitioners we surveyed, that joint investigation teams should include a witness protection officer from the start of an investigation."),
        ("p", "Finally, we are concerned that the cost of protection is often used as a reason to do nothing. The measures that witnesses value most, such as regular information about their case and a single contact person, cost very little."),
    ],
    [
        ("h", "3. Recommendations"),
        ("p", "We recommend that States parties to the Convention:"),
        ("r", "Designate a central authority for witness protection requests.", "Each State party should designate one authority to send and receive requests to protect a witness abroad, and communicate its contact details to the Secretariat."),
        ("r", "Recognize foreign protection orders.", "States should give effect to protection orders issued in another State party, at least on a temporary basis, until their own authorities have assessed the case."),
        ("r", "Separate witness identities from case files.", "Information that identifies a protected witness should be kept in a separate file and never transmitted with a mutual legal assistance request unless a court so orders."),
        ("r", "Extend support beyond the judgment.", "Psychological and social support should continue for at least 12 months after the judgment."),
        ("r", "Include protection in joint investigation agreements.", "Every agreement setting up a joint investigation team should name the officer responsible for the protection of witnesses."),
        ("p", "We stand ready to share the full results of our survey with States parties and the Secretariat, and we would welcome an invitation to present them at the next session of the Working Group on International Cooperation."),
        ("sig", "Margit Hollander", "Executive Director, Centre for Safe Testimony"),
    ],
]


class Contribution(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{FOOTER} - Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf() -> None:
    pdf = Contribution(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 15, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(f"{ORG}: {SUB}")
    pdf.set_author("Margit Hollander, Centre for Safe Testimony")
    pdf.set_creation_date(datetime.datetime(2024, 6, 11, 9, 0, 0, tzinfo=datetime.timezone.utc))
    w = None
    rec_no = 0
    for n, page in enumerate(PAGES):
        pdf.add_page()
        w = pdf.epw
        if n == 0:
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(w, 9, ORG, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 12)
            pdf.multi_cell(w, 6, SUB, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 11)
            pdf.multi_cell(w, 6, "Vienna, 11 June 2024", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        for item in page:
            kind = item[0]
            if kind == "h":
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(w, 7, item[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(w, 6, item[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif kind == "r":
                rec_no += 1
                pdf.set_font("Helvetica", "B", 11)
                pdf.cell(8, 6, f"{rec_no}.")
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(w - 8, 6, f"**{item[1]}** {item[2]}", markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "sig":
                pdf.ln(6)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(w, 6, item[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(w, 6, item[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(EXTRA / "contribution_cst_2024.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    print("built", EXTRA / "chairs_summary_witness_consultation_2024.docx", EXTRA / "contribution_cst_2024.pdf")
