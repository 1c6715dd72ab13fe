"""Build docs/statement_ngo_meridian_2021.pdf (fpdf2, core Helvetica, Latin-1 only). Fictional content."""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "holdout" / "statement_ngo_meridian_2021.pdf"

ORG = "Meridian Labour Rights Alliance"
SUBTITLE = "Written statement to the tenth session of the Working Group on Trafficking in Persons"
PLACE_DATE = "Vienna, 12 April 2021"
RUNNING = "Meridian Labour Rights Alliance - Written statement, Working Group on Trafficking in Persons, tenth session"

PARAS = [
    "We welcome the decision of the Working Group to devote its tenth session to trafficking for forced labour in supply chains, and we thank the Chair, Mr. Asante-Boateng, for inviting non-governmental organizations to submit written contributions.",
    "Meridian Labour Rights Alliance is an independent non-governmental organization founded in 2009 and based in Rotterdam. We work with trade unions, migrant community groups and legal aid lawyers in 11 countries to support workers who have been deceived or exploited by recruitment agencies. Our case workers assisted 1,870 workers in 2020.",
    "In our casework, the single most common factor in situations of forced labour is debt. In 2020, 73 per cent of the workers we assisted had paid recruitment fees or related costs, often equal to several months of wages, before they started work. Many had borrowed from moneylenders linked to the recruitment agency itself. Once in debt, workers accepted excessive overtime, the confiscation of their passports and the withholding of their wages, because they saw no other way to repay what they owed.",
    "We are concerned that the response of many States continues to rely on private social audits commissioned by companies. In our experience, auditors rarely speak to workers without managers present, and they almost never ask how workers were recruited. An audit that does not ask about debt will not find forced labour.",
    "We are equally concerned about the treatment of victims. Workers who escape from exploitation are frequently detained for immigration offences or for working without a permit before anyone has assessed whether they have been trafficked. This discourages victims from coming forward, and it deprives prosecutors of the witnesses they need.",
    "The pandemic has made these problems worse. During 2020, labour inspections were suspended or reduced in most of the countries where we work, while the number of workers who contacted our helplines to report unpaid wages doubled.",
    "We therefore submit the following recommendations to States parties:",
]

RECS = [
    ("Adopt the employer pays principle.", "States should prohibit the charging of any recruitment fees or related costs to workers, and should require employers to reimburse the fees that workers have already paid."),
    ("Strengthen labour inspection.", "States should increase the number of labour inspectors, give them a mandate to inspect without prior notice in all sectors, including agriculture and domestic work, and train them to identify indicators of trafficking."),
    ("Protect workers who come forward.", "States should ensure that workers who report exploitation are not detained or deported while their situation is assessed, and that they receive a renewable residence permit of at least 12 months."),
    ("Make compensation real.", "States should establish a fund for victims, financed from confiscated proceeds of crime, from which victims can be compensated even when the offender has not been convicted or cannot pay."),
]

CLOSING = [
    "We recognize that many States have taken important steps against forced labour in recent years. We stand ready to share our casework data with the Secretariat, and we invite the members of the Working Group to visit our legal clinics in Rotterdam and Kuala Lumpur.",
]

SIGNATURE = ["Marguerite Anyango, Executive Director", "Meridian Labour Rights Alliance"]


class Statement(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, RUNNING, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def main() -> None:
    pdf = Statement(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 15, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(f"{ORG}: {SUBTITLE}")
    pdf.set_author("Marguerite Anyango, Meridian Labour Rights Alliance")
    pdf.set_subject(SUBTITLE)
    pdf.set_creator(ORG)
    pdf.set_creation_date(datetime.datetime(2021, 4, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_lang("en")
    pdf.add_page()
    w = pdf.epw
    lh = 6.2
    size = 11.5

    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(w, 9, ORG, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(w, 6, SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(w, 6, PLACE_DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Helvetica", "", size)
    for para in PARAS:
        pdf.multi_cell(w, lh, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    for i, (lead, text) in enumerate(RECS, start=1):
        pdf.set_x(pdf.l_margin)
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(8, lh, f"{i}.")
        pdf.set_font("Helvetica", "", size)
        pdf.multi_cell(w - 8, lh, f"**{lead}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    for para in CLOSING:
        pdf.multi_cell(w, lh, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)

    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(w, lh, SIGNATURE[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(w, lh, SIGNATURE[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))
    print("wrote", OUT, "pages:", pdf.page_no())


if __name__ == "__main__":
    main()
