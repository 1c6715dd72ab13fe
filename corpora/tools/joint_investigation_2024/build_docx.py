"""Build docs/contribution_medjust_jit_2024.docx (python-docx): written contribution of an
intergovernmental organisation (fictional MEDJUST) to the online session of 26 November 2024.
This document deliberately has NO .meta.yaml.

Usage: .venv/bin/python corpora/tools/joint_investigation_2024/build_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "joint_investigation_2024" / "contribution_medjust_jit_2024.docx"

HEAD = [
    "Mediterranean Judicial Cooperation Network (MEDJUST)",
    "Written contribution to the online session of the Working Group on Joint Investigation Teams",
    "26 November 2024",
]

BODY = [
    ("h", "1. Introduction"),
    ("p", "The Mediterranean Judicial Cooperation Network (MEDJUST) is an intergovernmental organization established in 2011 by twelve States of the Mediterranean basin. Our secretariat in Valletta supports prosecutors and investigating judges of our member States in cross-border cases, including through liaison prosecutors and a small fund for translation and travel."),
    ("p", "We thank the Vice-Chair of the Working Group, Ms. Marchetti Ortega, for the invitation to contribute in writing, and we welcome the draft practical guide circulated by the Secretariat in October 2024."),
    ("h", "2. Our experience with joint investigation teams"),
    ("p", "Since 2021, MEDJUST has helped to establish 38 new joint investigation teams among its member States and with third States. Half of them concerned the smuggling of migrants by sea. Table 1 gives the figures by year."),
    ("caption", "Table 1. New joint investigation teams supported by MEDJUST, 2021\u20132024"),
    ("table", [
        ["Year", "New teams", "Smuggling of migrants", "Trafficking in persons", "Other offences"],
        ["2021", "7", "4", "2", "1"],
        ["2022", "9", "5", "2", "2"],
        ["2023", "12", "6", "3", "3"],
        ["2024 (to 31 October)", "10", "4", "4", "2"],
        ["Total", "38", "19", "11", "8"],
    ]),
    ("p", "Source: MEDJUST case management system. Figures for 2024 are provisional."),
    ("p", "In our experience, the teams that produced convictions were those in which the participating prosecutors agreed on a common strategy for the disclosure of evidence before the first joint operation. Where this was not done, defence lawyers successfully challenged evidence gathered abroad in at least three trials."),
    ("h", "3. Challenges"),
    ("p", "We see three recurring difficulties. First, several of our member States still lack a domestic provision allowing foreign officers to take part in investigative measures on their territory. Second, the signing of an agreement takes too long: in 2023 the median time between the first contact and signature was 71 days. Third, teams involving States outside the region often break down over the language regime, because no one has planned who will pay for interpretation."),
    ("p", "We do not believe that these difficulties call for a new treaty. Article 19 of the Convention already offers a basis that most of our member States can use, provided that their prosecutors know how to use it."),
    ("h", "4. Proposals for the practical guide"),
    ("p", "We propose that the practical guide:"),
    ("li", "(a) include a one-page checklist for the first meeting of the participating prosecutors, with a section on the disclosure of evidence;"),
    ("li", "(b) recommend that the agreement designate the working language of the team and state which participant bears the cost of interpretation;"),
    ("li", "(c) provide a model clause on the admissibility of evidence gathered by seconded members;"),
    ("li", "(d) be translated into Arabic and French at an early stage, so that it can be used by the prosecutors of our southern member States."),
    ("p", "We are ready to test the draft guide in two pilot teams in 2025 and to report the results to the Working Group at its second meeting."),
    ("h", "5. Conclusion"),
    ("p", "Joint investigation teams are slower to build than a request for mutual legal assistance, but they deliver more. We encourage the Working Group to keep the guide practical, and we offer our liaison prosecutors as resource persons for any training that the Secretariat may organize."),
    ("sig", "Dr. Nadia Kova\u010d"),
    ("sig", "Executive Secretary, Mediterranean Judicial Cooperation Network"),
]


def main() -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "MEDJUST \u2013 Written contribution \u2013 WG on Joint Investigation Teams"
    d.add_paragraph(HEAD[0], style="Title")
    d.add_paragraph(HEAD[1], style="Subtitle")
    p = d.add_paragraph(HEAD[2])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for kind, val in BODY:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "li":
            d.add_paragraph(val, style="List Paragraph")
        elif kind == "caption":
            d.add_paragraph(val, style="Caption")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0 or i == len(val) - 1:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif kind == "sig":
            d.add_paragraph(val)
    d.core_properties.title = HEAD[1]
    d.core_properties.author = "MEDJUST"
    d.save(OUT)
    print("built", OUT.name)


if __name__ == "__main__":
    main()
