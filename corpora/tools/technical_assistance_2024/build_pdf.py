"""Build docs/written_contribution_ghana_2024.pdf (fpdf2, DejaVu fonts). No .meta.yaml on purpose.

Usage: .venv/bin/python corpora/tools/technical_assistance_2024/build_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "technical_assistance_2024" / "written_contribution_ghana_2024.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

LETTERHEAD = [
    "REPUBLIC OF GHANA",
    "Office of the Attorney-General and Ministry of Justice",
    "International Cooperation Unit",
]
REF = "Ref. No. AGMJ/ICU/2024/117"
PLACE_DATE = "Accra, 24 May 2024"
TITLE = "Written contribution to the 2024 Constructive Dialogue on Technical Assistance and Capacity-Building (Vienna, 5 June 2024)"
SUBMITTED = "Submitted by the Government of Ghana"

SECTIONS = [
    ("1. Introduction", [
        "We welcome the opportunity to contribute to the 2024 Constructive Dialogue and we thank the Chair, Ms. Annika Seppälä, for placing technical assistance at the centre of this year’s discussions.",
        "Ghana has been a recipient of technical assistance in the implementation of the United Nations Convention against Transnational Organized Crime and, increasingly, a provider of assistance to other countries of our region. This contribution sets out what we have learned in both roles.",
    ]),
    ("2. Our assessment of needs", [
        "Following the review of Ghana under the Review Mechanism, our authorities identified three priority needs: the investigation of financial flows linked to organized crime, the protection of witnesses and collaborators of justice, and the retention of specialized prosecutors.",
    ]),
    ("3. The Prosecutors’ Mentorship Programme", [
        "In 2022, our authorities launched the Prosecutors’ Mentorship Programme. Under the programme, 27 senior State attorneys now serve as mentors in all 16 regions of Ghana. Between January 2022 and December 2023, 146 prosecutors completed the twelve-month mentoring cycle (see table 1).",
    ]),
    ("TABLE", None),
    ("", [
        "The programme was designed by our prosecutors, for our prosecutors. Our partners fund the programme; they do not write the curriculum.",
        "In organized crime cases handled by mentored prosecutors, the conviction rate rose from 31 per cent in 2021 to 44 per cent in 2023. We do not claim that the programme alone explains this increase, but the trend is encouraging.",
    ]),
    ("4. Challenges", [
        "Retention remains our main challenge. The annual turnover among State attorneys is about 18 per cent, and prosecutors who have been trained with external support are often recruited by private law firms.",
        "Funding is also short-term. Of the 11 externally funded capacity-building projects from which our authorities benefited between 2019 and 2023, only two lasted longer than 24 months.",
    ]),
    ("5. Proposals", [
        "5.1 Donors should move to multi-year funding, for a period of at least three years, for capacity-building projects in the area of criminal justice.",
        "5.2 The technical assistance needs identified in country reviews should be matched with offers of assistance through a platform maintained by the secretariat.",
        "5.3 South-South exchanges between prosecution services should be supported. We stand ready to host prosecutors from member States of the Economic Community of West African States (ECOWAS) for peer exchanges in 2025.",
    ]),
]

TABLE_CAPTION = "Table 1. Prosecutors’ Mentorship Programme, 2022–2023"
TABLE = [
    ("Year", "Mentors", "Prosecutors mentored"),
    ("2022", "19", "58"),
    ("2023", "27", "88"),
    ("Total", "–", "146"),
]

SIGNATURE = [
    "Kwabena Asante-Mensah",
    "Director, International Cooperation Unit",
    "Office of the Attorney-General and Ministry of Justice",
]


class Letter(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Government of Ghana – written contribution – page {self.page_no()}", align="C")


def main() -> None:
    pdf = Letter(format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(TITLE)
    pdf.set_author("Government of Ghana")
    pdf.set_creator("Office of the Attorney-General and Ministry of Justice")
    pdf.set_creation_date(datetime.datetime(2024, 5, 24, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_lang("en")
    pdf.add_page()
    w = pdf.epw

    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(w, 7, LETTERHEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for line in LETTERHEAD[1:]:
        pdf.multi_cell(w, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(w, 5, REF, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(w, 5, PLACE_DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(w, 6.5, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.multi_cell(w, 6, SUBMITTED, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for heading, paras in SECTIONS:
        if heading == "TABLE":
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.multi_cell(w, 5, TABLE_CAPTION, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            widths = [30, 30, 50]
            for i, row in enumerate(TABLE):
                pdf.set_font("DejaVu", "B" if i == 0 or row[0] == "Total" else "", 9.5)
                for cw, val in zip(widths, row):
                    pdf.cell(cw, 6, val, border=1, align="C")
                pdf.ln(6)
            pdf.ln(3)
            continue
        if heading:
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for para in paras:
            pdf.multi_cell(w, 5.2, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)

    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(w, 5.2, SIGNATURE[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for line in SIGNATURE[1:]:
        pdf.multi_cell(w, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
