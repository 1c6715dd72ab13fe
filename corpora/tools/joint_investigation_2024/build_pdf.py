"""Build the two PDFs of the joint_investigation set with fpdf2 and DejaVu fonts.

  docs/summary_record_jit_wg_2024.pdf   (UN summary record, CTOC/COP/WG.9/2024/SR.2)
  docs/note_verbale_portugal_jit.pdf    (note verbale of the Permanent Mission of Portugal)

Usage: .venv/bin/python corpora/tools/joint_investigation_2024/build_pdf.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "joint_investigation_2024"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def new_pdf(title: str, author: str, when: datetime.datetime) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("joint_investigation build_pdf.py")
    pdf.set_creation_date(when)
    pdf.set_lang("en")
    return pdf


# ---------------------------------------------------------------- summary record
SR_SYMBOL = "CTOC/COP/WG.9/2024/SR.2"

SR_PARAS = [
    # (number or None, text)
    (None, "The meeting was called to order at 3.05 p.m."),
    (None, "Agenda item 3: Practical challenges in setting up and operating joint investigation teams"),
    (1, "The Chair recalled that the Conference of the Parties had established the Working Group to facilitate the exchange of practical experience on joint investigation teams under article 19 of the Convention, and that the present meeting was its first. He drew attention to the background paper prepared by the Secretariat on the replies to the questionnaire on joint investigation teams\u00b9 and invited delegations to share concrete cases rather than general statements of policy."),
    (2, "Mr. Zawadzki (Secretary of the Working Group) said that 41 States had replied to the questionnaire, 26 of which reported having taken part in at least one joint investigation team since 2019. The absence of an explicit legal basis in domestic law was the obstacle most frequently cited, by 17 States, followed by differing rules on the admissibility of evidence. He added that the model agreement annexed to the background paper was now available in all six official languages of the United Nations."),
    (3, "Mr. Halvorsen (Norway) said that his country had taken part in 14 joint investigation teams since 2019, most of them concerning the smuggling of migrants and trafficking in persons. In the experience of his delegation, a joint investigation team agreement was \u201ca contract of trust, not a form to be filled in\u201d. Teams worked best when the prosecutors of the participating States had met in person before the agreement was signed. He cautioned, however, that the cost of interpretation was regularly underestimated and had twice forced his authorities to suspend joint operations."),
    (4, "Ms. Castellanos (Colombia) said that her country had set up its first two joint investigation teams in 2022, with three countries in Central America, to investigate maritime cocaine routes. Echoing the representative of Norway, she said that trust between prosecutors mattered more than the wording of any agreement. The main difficulty her authorities had faced was the transfer of intercepted communications, which under Colombian law required a separate judicial order for each transfer. She asked whether the model agreement could include an optional clause on that question."),
    (5, "Mr. Benjelloun (Morocco) said that article 19 of the Convention provided a sufficient legal basis for joint investigations where no bilateral or regional treaty existed, and that his Government had relied on it directly in two cases concerning the trafficking of cannabis resin. States should not wait for perfect legislation before setting up their first team."),
    (6, "Ms. Wirth (Germany) said that her delegation agreed only in part with the previous speaker. Relying directly on the Convention was possible in some legal systems but not in others, and a team whose evidence was later excluded by a court would do more harm than good. She proposed that the Working Group develop a short practical guide, with checklists covering the first 30 days of a team\u2019s operation."),
    (7, "Mr. Dumont (European Union), speaking on behalf of the European Union and its member States, said that joint investigation teams had become a routine tool within the European Union and that the European Union was ready to share its experience with States in other regions. He supported the proposal of Germany for a practical guide."),
    (8, "Ms. Brandt (European Union Agency for Criminal Justice Cooperation (Eurojust)) said that Eurojust had supported 312 joint investigation teams in 2023, 64 of which had been newly established that year. Thanks to a standard template, the average time needed to sign an agreement had fallen to 28 days. She added that the number of teams involving States outside the European Union had doubled since 2020, and offered to share Eurojust\u2019s evaluation form with the Secretariat."),
    (9, "Several speakers stressed the importance of designating national contact points for joint investigation teams and of keeping their contact details up to date."),
    (10, "Replying to the questions raised, Mr. Zawadzki said that an optional clause on the transfer of intercepted communications could be included in a revised model agreement. The Secretariat would circulate a draft of the practical guide proposed by Germany before the online session of the Working Group, to be held on 26 November 2024. He also noted that the Secretariat had no budget of its own to fund interpretation for teams, but could help States to approach donors."),
    (11, "The Chair thanked delegations for their frank contributions. He said that the proposal for a practical guide enjoyed broad support and would be reflected in the report of the meeting, and that written contributions from States and organizations would be welcome before the online session."),
    (None, "The meeting rose at 5.55 p.m."),
]

SR_FOOTNOTES = [
    "* This record is subject to correction. Corrections should be submitted in one of the working languages, set forth in a memorandum and incorporated in a copy of the record. They should be sent within one week of the date of this document to the Editing Section, United Nations Office at Vienna.",
    "\u00b9 CTOC/COP/WG.9/2024/2.",
]


def build_summary_record() -> None:
    pdf = new_pdf(f"Summary record of the 2nd meeting ({SR_SYMBOL})", "United Nations",
                  datetime.datetime(2024, 4, 4, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("Sans", "B", 13)
    pdf.cell(w / 2, 8, "United Nations")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(w / 2, 8, SR_SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(22, pdf.get_y() + 1, 22 + w, pdf.get_y() + 1)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    for line in ["Distr.: General", "4 April 2024", "", "Original: English"]:
        pdf.cell(w, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(w, 5.5, "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for line in ["Working Group on Joint Investigation Teams", "First meeting", "Vienna, 18 and 19 March 2024"]:
        pdf.cell(w, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(w, 7, "Summary record of the 2nd meeting*", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(w, 5, "Held at the Vienna International Centre, on Monday, 18 March 2024, at 3 p.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 10)
    pdf.cell(w, 5, "Chair: Mr. Asante-Boateng (Ghana)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(w, 5, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(w, 5, "Practical challenges in setting up and operating joint investigation teams", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for num, text in SR_PARAS:
        if num is None:
            pdf.set_font("DejaVu", "B" if text.startswith("Agenda") else "I", 10.5)
            pdf.multi_cell(w, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.cell(10, 5.5, f"{num}.")
            pdf.multi_cell(w - 10, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(4)
    pdf.line(22, pdf.get_y(), 72, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    for fn in SR_FOOTNOTES:
        pdf.multi_cell(w, 4, fn, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("Sans", "", 8)
    pdf.cell(w, 4, "V.24-01873 (E)", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "summary_record_jit_wg_2024.pdf"))


# ---------------------------------------------------------------- note verbale
NV_PARAS = [
    "The Permanent Mission of Portugal to the United Nations and other International Organizations in Vienna presents its compliments to the Secretariat of the United Nations Office on Drugs and Crime and, with reference to the online session of the Working Group on Joint Investigation Teams held on 26 November 2024, has the honour to transmit the views of the Government of Portugal on the draft practical guide on joint investigation teams.",
    "The Government of Portugal welcomes the draft practical guide and considers that it should remain short and operational. It supports the inclusion in the revised model agreement of an optional clause on the transfer of intercepted communications, as proposed at the first meeting of the Working Group.",
    "The Government of Portugal proposes that the guide contain a model budget for a joint investigation team, covering in particular interpretation, translation and travel costs, which are often underestimated when a team is set up. It further suggests that the checklist for the first 30 days include the early designation of a leader of the team in each participating State.",
    "The Government of Portugal informs the Secretariat that the Office of the Prosecutor General has been designated as the national contact point for joint investigation teams. Portugal has taken part in nine joint investigation teams since 2018, seven of which concerned trafficking in persons.",
    "Portugal remains committed to the work of the Working Group and looks forward to the discussion of the revised guide at the second meeting of the Working Group in June 2025.",
    "The Permanent Mission of Portugal to the United Nations and other International Organizations in Vienna avails itself of this opportunity to renew to the Secretariat of the United Nations Office on Drugs and Crime the assurances of its highest consideration.",
]


def build_note_verbale() -> None:
    pdf = new_pdf("Note verbale: views of Portugal on the draft practical guide on joint investigation teams",
                  "Permanent Mission of Portugal, Vienna",
                  datetime.datetime(2025, 1, 20, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(28, 22, 28)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(w, 5.5, "PERMANENT MISSION OF PORTUGAL\nTO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS\nVIENNA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(w / 2, 5.5, "Ref.: NV/27/2025")
    pdf.cell(w / 2, 5.5, "Vienna, 20 January 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for p in NV_PARAS:
        pdf.multi_cell(w, 6, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(w, 5, "Secretariat of the Working Group on Joint Investigation Teams\nUnited Nations Office on Drugs and Crime\nVienna International Centre\nVienna", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "note_verbale_portugal_jit.pdf"))


if __name__ == "__main__":
    build_summary_record()
    build_note_verbale()
    print("built 2 PDFs")
