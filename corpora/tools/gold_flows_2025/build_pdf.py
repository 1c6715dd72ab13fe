"""Build docs/report_alluvial_watch_gilded_channels_excerpt.pdf (fpdf2, DejaVu fonts). No meta.yaml by design."""
import datetime
import re
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "gold_flows_2025" / "report_alluvial_watch_gilded_channels_excerpt.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

# "^N" marks a footnote reference (printed as a superscript)
BODY = [
    ("h1", "3. Routes and intermediaries"),
    ("h2", "3.1 From the pit to the first buyer"),
    ("p", "Between March 2023 and October 2024, our field team conducted 146 interviews in six countries: Peru, Colombia, Ghana, the Democratic Republic of the Congo, Switzerland and the United Arab Emirates.^1 Interviewees included miners, buyers, transporters, customs and police officers, bank staff and refinery employees. Most of them spoke on condition of anonymity."),
    ("p", "We found that gold from unlicensed sites usually entered the legal chain within days of extraction, at the level of the first licensed buyer. Licensed buyers in mining towns rarely asked for proof of the site of extraction, and several of those we visited kept no written record of the sellers from whom they bought."),
    ("p", "A customs officer in Lima described the problem bluntly: \"The paperwork is always perfect. That is how we know something is wrong.\"^2 An artisanal miner in the Western Region of Ghana told our researchers that he sold to whoever arrived first with cash: \"The licensed centre pays in two weeks. My children eat today.\""),
    ("p", "Dr. Kwabena Asante-Darko, a senior fellow at the Institute for Extractive Governance in Accra who led the West African fieldwork for this report, argues that the line between legal and illegal gold is drawn largely on paper. \"Licences are issued for concessions, not for grams,\" he said. \"A single valid licence can cover gold from a dozen unlicensed pits.\""),
    ("h2", "3.2 Couriers and transit hubs"),
    ("p", "In 19 of the 31 trafficking cases that we reconstructed, gold was moved across at least one border by air couriers carrying between 3 and 9 kilograms each.^3 The couriers we interviewed said they were paid between US$ 400 and US$ 600 per trip, usually in cash and on arrival. None of them knew the name of the final buyer."),
    ("p", "A gold trader in Dubai, interviewed in February 2024, described couriers as \"the cheapest part of the business, and the easiest to replace\". A police investigator in Accra made the same point from the other side: arresting couriers, he said, \"changes the faces at the airport, not the flow\"."),
    ("h1", "4. Where the money goes"),
    ("p", "We estimate that 38 per cent of the gold produced at the small-scale sites surveyed left the country of extraction without export documentation.^4 The share was highest at sites located within 50 kilometres of a land border."),
    ("p", "Payments rarely follow the metal. In the cases we reconstructed, buyers paid miners in cash, while exporters received payment weeks later through accounts in a third country.^5 This separation between the physical and the financial trail is, in our view, the main reason why so few cases reach the courts."),
    ("p", "Banks see only part of the picture. A compliance officer at a regional bank in Accra said that her bank had no way to verify the origin of gold pledged as collateral: \"We see a weight and a purity certificate. We never see a mine.\""),
    ("p", "Asante-Darko points out that the cash that buys gold also buys mercury, fuel and protection. \"When you follow the money backwards from the refinery, you end up paying the armed group's fuel bill,\" he said. Our recommendations, set out in Section 6 (not reproduced in this excerpt), focus on the licensing of first buyers, interoperable traceability registers and the reporting of large cash payments in the gold trade."),
]

FOOTNOTES = [
    "Interviews were conducted in Spanish, English, French, Twi and Arabic. The names of interviewees are withheld at their request.",
    "Interview with a customs officer, Lima, 14 June 2023.",
    "Case reconstruction based on court records, customs data and media reports; see Annex II.",
    "Estimate based on production surveys at 27 sites and export data for 2023. The margin of error is plus or minus 6 percentage points.",
    "See also the review of closed case files being prepared by UNODC (forthcoming).",
]


class Report(FPDF):
    page_base = 13

    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Alluvial Watch | Gilded Channels: Illicit gold, couriers and the financial system", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Research report, May 2025 - page {self.page_base + self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def write_para(pdf, text, size=10.5, lh=5.2):
    for part in re.split(r"(\^\d)", text):
        if part.startswith("^"):
            pdf.char_vpos = "SUP"
            pdf.write(lh, part[1:])
            pdf.char_vpos = "LINE"
        else:
            pdf.write(lh, part)
    pdf.ln(lh)


def main():
    pdf = Report(format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVuSerif", "", FONT + "DejaVuSerif.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Gilded Channels: Illicit gold, couriers and the financial system (excerpt)")
    pdf.set_author("Alluvial Watch")
    pdf.set_creator("Alluvial Watch")
    pdf.set_creation_date(datetime.datetime(2025, 5, 28, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, "Gilded Channels: Illicit gold, couriers and the financial system", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Alluvial Watch research report, May 2025. Excerpt: Sections 3 and 4. Field research in partnership with the Institute for Extractive Governance (Accra).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DejaVuSerif", "", 10.5)
            write_para(pdf, text)
            pdf.ln(2.5)
    pdf.ln(3)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8.5)
    for i, fn in enumerate(FOOTNOTES, start=1):
        pdf.multi_cell(0, 4.3, f"{i} {fn}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
