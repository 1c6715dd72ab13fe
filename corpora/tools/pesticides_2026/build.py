#!/usr/bin/env python3
"""Build the six fictional documents of the pesticides set into corpora/pesticides_2026/.

Everything is fictional (meeting, people, NGOs, companies, outlets, figures); States and the
European Union appear only as delegations. Needs fpdf2 and python-docx.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).resolve().parents[2] / "pesticides_2026"
DOCS.mkdir(parents=True, exist_ok=True)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def write_meta(stem, **fields):
    lines = []
    for k, v in fields.items():
        v = str(v).replace('"', '\\"')
        if k == "date":
            lines.append(f"{k}: '{v}'")
        else:
            lines.append(f'{k}: "{v}"')
    (DOCS / f"{stem}.meta.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. PDF summary record of the plenary
# ---------------------------------------------------------------------------------------------
PDF_STEM = "summary_record_egm_counterfeit_pesticides_2026"
PDF_HEADER = ["UNODC/EGM.CIP/2026/2", "16 April 2026", "English only"]
PDF_TITLE = [
    "United Nations Office on Drugs and Crime",
    "Expert Group Meeting on Counterfeit and Illicit Pesticides",
    "Nairobi, 14 and 15 April 2026",
    "Summary record of the plenary meetings",
    "Prepared by the Secretariat in consultation with the Rapporteur",
]
PDF_BODY = [
    ("h", "I. Opening of the meeting and organizational matters"),
    ("p", "1. The Expert Group Meeting on Counterfeit and Illicit Pesticides was held at the United Nations "
          "Office at Nairobi (Gigiri), Conference Room 2, on 14 and 15 April 2026. It was convened by the "
          "United Nations Office on Drugs and Crime (UNODC) pursuant to resolution 13/4 of the Conference of "
          "the Parties to the United Nations Convention against Transnational Organized Crime, with financial "
          "support from the Government of Germany."),
    ("p", "2. The meeting was opened at 10.05 a.m. on 14 April 2026 by the Chair, Ms. Halima Oduya (Kenya). "
          "In her opening remarks, the Chair said that counterfeit pesticides were \"a crime that is paid for "
          "twice: once at the counter and once in the field\". She recalled that agriculture employed a "
          "majority of the working population in many of the States represented and that a single failed "
          "season could push a smallholder family into debt for years."),
    ("p", "3. The meeting was attended by 58 government experts from 29 States, 11 representatives of "
          "intergovernmental organizations and 17 representatives of civil society organizations, the private "
          "sector and academia. The list of participants is contained in document UNODC/EGM.CIP/2026/INF/1."),
    ("p", "4. Mr. Rafael Quintero Abad (Ecuador) was elected Rapporteur by acclamation. The meeting adopted the "
          "provisional agenda and the proposed programme of work without amendment."),
    ("h", "II. Presentation by the Secretariat"),
    ("p", "5. Mr. Oskar Brandvold, Crime Prevention and Criminal Justice Officer in the Organized Crime and "
          "Illicit Trafficking Branch of UNODC, presented the preliminary findings of the study \"Poison in the "
          "Supply Chain: Counterfeit and Illicit Pesticides in 14 States\". He explained that the study drew on "
          "seizure data, court files and market surveys collected between January 2023 and December 2025."),
    ("p", "6. According to the study, authorities in the 14 States had seized 1,240 tonnes of counterfeit or "
          "illicit pesticides in 2024, compared with 870 tonnes in 2022. In the markets surveyed, roughly one in "
          "seven products sold as pesticides was counterfeit, unregistered or falsely labelled. He said that "
          "62 per cent of the seized consignments had passed through at least one transshipment hub before "
          "reaching the country of destination, and that only 38 criminal prosecutions had been identified "
          "across the 14 States in the three-year period. \"We are looking at a crime with the profit margin of "
          "drug trafficking and the risk profile of a parking offence,\" he said."),
    ("p", "7. Mr. Brandvold added that the study had found maximum penalties of less than two years of "
          "imprisonment in 9 of the 14 States, which meant that in those States the conduct did not qualify as "
          "a \"serious crime\" within the meaning of article 2 (b) of the Convention."),
    ("h", "III. Panel on detection at borders and in markets"),
    ("p", "8. The Chair introduced the panel. Before giving the floor to the panellists, she observed that in "
          "her own country farmers' cooperatives had reported losing up to 40 per cent of a maize harvest after "
          "applying products that turned out to be fake, and that most of those farmers never reported the loss "
          "to the police. She then introduced Dr. Miriam Achterberg, Head of the Residue and Formulation "
          "Laboratory at the East African Agrochemical Testing Institute in Arusha, and Ms. Leticia Barros "
          "Fontana, Director of Brand Protection at Kestrel Crop Sciences."),
    ("p", "9. Dr. Achterberg said that her laboratory had analysed 3,112 samples collected from agro-dealers "
          "between 2022 and 2025. Of those, 27 per cent did not meet the concentration of active ingredient "
          "stated on the label, and 9 per cent contained no active ingredient at all. Several samples contained "
          "solvents that had been banned for agricultural use. \"The label is the cheapest part of a "
          "counterfeit, and it is the only part the farmer can read,\" she said. She recommended that border "
          "agencies be equipped with handheld spectrometers for first-line screening, while stressing that only "
          "an accredited laboratory could produce evidence that would stand up in court."),
    ("p", "10. Ms. Barros Fontana said that Kestrel Crop Sciences had identified 41 counterfeit versions of its "
          "herbicide Verdaxon 480 in 2025 alone, in 11 countries. The company had printed a scratch-off "
          "authentication code on every container sold in East Africa since March 2025. She called on "
          "regulators to make authentication codes mandatory for all registered products and to treat the sale "
          "of generic products in packaging resembling a registered brand as counterfeiting."),
    ("p", "11. In the ensuing discussion, the representative of India took issue with the last point. He said "
          "that \"generic does not mean fake\", that off-patent pesticides produced under proper registration "
          "were essential to keep prices within reach of smallholder farmers, and that the debate on "
          "counterfeiting should not be used to restrict legitimate trade. Ms. Barros Fontana replied that her "
          "company had no objection to generics as such, but that packaging designed to confuse farmers should "
          "be treated as a crime."),
    ("h", "IV. General discussion"),
    ("p", "12. The representative of Kenya said that the national regulator had deregistered 112 agro-dealers "
          "in 2025 for selling unregistered products and that a new regulation requiring dealers to keep "
          "electronic sales records would enter into force on 1 July 2026."),
    ("p", "13. The representative of Brazil said that her country had seized 480 tonnes of illicit pesticides "
          "in 2025, most of them smuggled across land borders. She said that Brazil treated such smuggling as a "
          "serious crime, punishable by up to nine years of imprisonment, and encouraged other States to review "
          "their penalties in the light of the Secretariat's findings."),
    ("p", "14. The representative of Uganda said that his delegation was particularly concerned about border "
          "markets, where, according to a 2025 survey by the national authorities, about 60 per cent of "
          "pesticide products on sale were not registered in Uganda. He said that Uganda shared borders with "
          "five States and that its inspectors had no mobile testing equipment. He requested technical "
          "assistance for mobile laboratories and expressed support for exploring a dedicated additional "
          "protocol to the Convention on counterfeit agricultural inputs."),
    ("p", "15. The representative of the European Union said that the European Union and its member States had "
          "seized more than 2,150 tonnes of illicit pesticides at ports and land borders over the previous five "
          "years. She said that the existing Convention provided a sufficient legal basis for international "
          "cooperation and that \"the problem is not the absence of a treaty but the absence of prosecutions\". "
          "The European Union therefore did not support the negotiation of a new protocol."),
    ("p", "16. The representative of Germany announced a contribution of EUR 1.8 million over the period "
          "2026-2028 to support forensic laboratory capacity and joint inspection training in East Africa, to "
          "be implemented by UNODC."),
    ("p", "17. Ms. Aisha Wairimu Gathoni, speaking on behalf of the Furrow Justice Network, said that the "
          "discussion had focused on seizures and brands but not on the people who were poisoned. Her "
          "organization had documented 1,906 cases of acute pesticide poisoning treated in six county hospitals "
          "in western Kenya in 2025, a large share of which were linked to unlabelled or decanted products. She "
          "asked that the recommendations refer to medical treatment and compensation for affected farmers."),
    ("h", "V. Recommendations"),
    ("p", "18. On 15 April 2026, the Rapporteur introduced the draft recommendations, which had been prepared "
          "on the basis of the discussions of the first day. He said that the draft sought to reflect \"what is "
          "already possible under the Convention, not what we might wish for\". Following discussion, the "
          "meeting adopted the following recommendations:"),
    ("i", "(a) States should review their legislation so that the manufacture, trafficking and sale of "
          "counterfeit pesticides is punishable by a maximum of at least four years of imprisonment, in order to "
          "constitute a serious crime under the Convention;"),
    ("i", "(b) States should establish or designate accredited testing laboratories and consider a regional "
          "network for the sharing of laboratory results and reference standards;"),
    ("i", "(c) States should consider interoperable authentication and track-and-trace systems for registered "
          "pesticide products, taking into account the cost for smallholder farmers;"),
    ("i", "(d) Customs, agricultural regulators and police should set up joint inspection teams for border "
          "markets and transshipment hubs;"),
    ("i", "(e) States should adopt protocols for the safe storage and environmentally sound disposal of seized "
          "pesticides;"),
    ("i", "(f) States, with the support of civil society, should run awareness campaigns for farmers and "
          "agro-dealers;"),
    ("i", "(g) UNODC should prepare a compilation of good practices, for presentation to the Conference of the "
          "Parties at its fourteenth session."),
    ("p", "19. The Chair noted that there was no consensus on a proposal by the delegation of Uganda to refer to "
          "a possible additional protocol, and that the differing views would be reflected in the Chair's "
          "summary. A proposal by the Furrow Justice Network on compensation for affected farmers was not taken "
          "up in the recommendations; several delegations said that compensation fell outside the scope of the "
          "Convention."),
    ("p", "20. The Secretariat informed participants that written comments on the draft study could be "
          "submitted until 15 May 2026 and that a follow-up webinar on the safe disposal of seized pesticides "
          "would be held online on 9 June 2026."),
    ("h", "VI. Closing of the meeting"),
    ("p", "21. In her closing remarks, the Chair thanked the participants and the interpreters. She said that "
          "the meeting had shown \"a rare agreement on the diagnosis and an honest disagreement on part of the "
          "cure\". The meeting was closed at 5.40 p.m. on 15 April 2026."),
]


class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "UNODC/EGM.CIP/2026/2", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"V.26-0{self.page_no()}418", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()}", align="R")


def build_pdf():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    for line in PDF_HEADER[1:]:
        pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, PDF_TITLE[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, PDF_TITLE[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, PDF_TITLE[2], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, PDF_TITLE[3], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, PDF_TITLE[4], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in PDF_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "i":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(DOCS / f"{PDF_STEM}.pdf"))
    write_meta(PDF_STEM,
               title="Expert Group Meeting on Counterfeit and Illicit Pesticides: summary record of the plenary meetings",
               date="2026-04-16", place="Nairobi",
               publisher="United Nations Office on Drugs and Crime (UNODC)",
               kind="meeting record", symbol="UNODC/EGM.CIP/2026/2")


# ---------------------------------------------------------------------------------------------
# 2. DOCX note verbale + written contribution of Zambia
# ---------------------------------------------------------------------------------------------
DOCX_STEM = "note_verbale_zambia_written_contribution_pesticides"
DOCX_NOTE = [
    "The Permanent Mission of the Republic of Zambia to the United Nations and other international "
    "organizations in Vienna presents its compliments to the Secretariat of the United Nations Office on Drugs "
    "and Crime and, with reference to the Secretariat's note of 12 February 2026 inviting written contributions "
    "to the Expert Group Meeting on Counterfeit and Illicit Pesticides, to be held in Nairobi on 14 and 15 "
    "April 2026, has the honour to transmit herewith the written contribution of the Government of the "
    "Republic of Zambia.",
    "The Permanent Mission of the Republic of Zambia avails itself of this opportunity to renew to the "
    "Secretariat of the United Nations Office on Drugs and Crime the assurances of its highest consideration.",
]
DOCX_PARAS = [
    "Our Government welcomes the convening of the Expert Group Meeting and thanks the Secretariat for its work "
    "on the study of counterfeit and illicit pesticides. Agriculture remains the main source of livelihood for "
    "most rural households in Zambia, and we regard the trade in counterfeit pesticides as a threat to food "
    "security, to public health and to the environment.",
    "In Zambia, responsibility for this issue is shared between our national pesticide regulator, our customs "
    "administration and the police. We have found that these institutions work best when they inspect "
    "together, and we have therefore created three joint inspection teams since 2024.",
    "In 2025, our inspectors visited 1,430 agro-dealer premises. Unregistered or counterfeit products were found "
    "at 214 of them.",
    "Between 2023 and 2025, 37 cases were referred for prosecution and 19 of them resulted in convictions. The "
    "heaviest sentence imposed was three years of imprisonment.",
    "Under our current legislation, the maximum penalty for the sale of counterfeit pesticides is three years "
    "of imprisonment. Our Government has prepared a bill that would raise the maximum penalty to seven years, "
    "which we expect to be tabled in Parliament in the second half of 2026.",
    "Most of the counterfeit products seized in Zambia entered the country through two land border posts, after "
    "having been transshipped through the ports of neighbouring coastal States.",
    "Safe disposal is our most pressing practical difficulty. Some 86 tonnes of seized products are currently "
    "held in three warehouses, in Lusaka, Chipata and Kasumbalesa, pending disposal. We do not have a facility "
    "for high-temperature incineration, and we would welcome the guidance of the Secretariat on the export of "
    "seized hazardous products for disposal in accordance with the Basel Convention.",
    "With a view to the recommendations of the meeting, our Government proposes:",
    "(a) a regional network of accredited laboratories, to which our Government would be ready to contribute "
    "by hosting a regional training workshop in Lusaka in 2027;",
    "(b) a common format for seizure reports, so that data can be compared across borders;",
    "(c) simplified procedures for mutual legal assistance when samples of seized products must be sent to a "
    "laboratory in another State.",
    "Our Government is not persuaded that a new protocol is needed at this stage. We believe that the "
    "Convention, if fully implemented, provides the necessary framework for international cooperation.",
    "Our delegation to the meeting will be led by an expert from the national pesticide regulator.",
]


def build_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    p = doc.add_paragraph("PERMANENT MISSION OF THE REPUBLIC OF ZAMBIA")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p = doc.add_paragraph("to the United Nations and other international organizations in Vienna")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ref. No. PMZ/VIE/UNODC/14/2026")
    doc.add_paragraph("NOTE VERBALE").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in DOCX_NOTE:
        doc.add_paragraph(t)
    p = doc.add_paragraph("Vienna, 7 April 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Secretariat of the Expert Group Meeting on Counterfeit and Illicit Pesticides, "
                      "Organized Crime and Illicit Trafficking Branch, UNODC, Vienna")
    doc.add_page_break()
    h = doc.add_paragraph("Annex")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_paragraph("Written contribution of the Republic of Zambia to the Expert Group Meeting on "
                          "Counterfeit and Illicit Pesticides (Nairobi, 14 and 15 April 2026)")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].bold = True
    n = 0
    for t in DOCX_PARAS:
        if t.startswith("("):
            p = doc.add_paragraph(t)
            p.paragraph_format.left_indent = Pt(36)
        else:
            n += 1
            doc.add_paragraph(f"{n}. {t}")
    doc.save(str(DOCS / f"{DOCX_STEM}.docx"))
    write_meta(DOCX_STEM,
               title="Note verbale transmitting the written contribution of the Republic of Zambia to the Expert Group Meeting on Counterfeit and Illicit Pesticides",
               date="2026-04-07", place="Vienna",
               publisher="Permanent Mission of the Republic of Zambia, Vienna",
               kind="written contribution", symbol="PMZ/VIE/UNODC/14/2026")


# ---------------------------------------------------------------------------------------------
# 3. HTML news article
# ---------------------------------------------------------------------------------------------
HTML_STEM = "gigiri_ledger_side_event_seeds_of_doubt"
HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>'A crime against the harvest': farmers and industry clash over fake pesticides at UN side event | The Gigiri Ledger</title>
<link rel="stylesheet" href="/static/ledger.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Gigiri Ledger</a>
  <nav>
    <ul>
      <li><a href="/politics">Politics</a></li>
      <li><a href="/counties">Counties</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/agriculture">Agriculture</a></li>
      <li><a href="/un-nairobi">UN in Nairobi</a></li>
      <li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
  <div class="ticker">Trending: Expressway tolls to rise 8 per cent from May | Fertiliser subsidy: 1.4 million farmers registered | Maize prices fall 12 per cent in Eldoret</div>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/un-nairobi">UN in Nairobi</a> &rsaquo; Agriculture</div>
<main>
<article>
  <h1>'A crime against the harvest': farmers and industry clash over fake pesticides at UN side event</h1>
  <p class="byline">By Esther Nyamweya &middot; Tuesday, 14 April 2026 &middot; Nairobi &middot; Updated 19:40 EAT</p>
  <p>Counterfeit pesticides are costing East African farmers entire seasons, speakers told a side event held on Tuesday on the margins of a UN expert meeting in Nairobi, where a farmers' leader and a multinational's brand-protection chief disagreed openly over who should pay to keep fake products off the shelves.</p>
  <p>The event, "Seeds of Doubt: Tracing Fake Pesticides from Port to Plot", was organised by the Shamba Safety Coalition and TraceLeaf Technologies in Conference Room 4 at the United Nations Office at Nairobi during the lunch break of the Expert Group Meeting on Counterfeit and Illicit Pesticides, which runs until Wednesday.</p>
  <p>Moderator Julian Ferreira-Mendes, programme director at the Shamba Safety Coalition, opened by reading out a figure from his organisation's farmer hotline: 412 calls about suspected fake products in the first three months of 2026, "more than in the whole of 2024," he said. He then handed over to the three panellists, calling the trade "a crime against the harvest".</p>
  <p>Samuel Otieno, who chairs the Lugari Smallholders Cooperative in Kakamega County, told the audience that the cooperative's 2,300 members had stopped buying from roadside sellers after a fake fungicide ruined 140 acres of tomatoes in 2024. "We spray, we wait, and nothing happens &mdash; except the bill," he said. He said the cooperative now bought only in bulk through a single licensed dealer and sent one container from every batch for testing.</p>
  <p>Dr. Miriam Achterberg of the East African Agrochemical Testing Institute said that testing was only as good as the chain of custody behind it. A sample collected without seals and signatures, she said, "is a rumour, not evidence".</p>
  <p>The sharpest exchange came when Leticia Barros Fontana, director of brand protection at Kestrel Crop Sciences, presented a pilot run with TraceLeaf in which farmers scan codes on containers with their phones. Of 48,000 scans recorded since September 2025, 6 per cent flagged a code that was invalid or had already been used, she said.</p>
  <p>Mr. Otieno welcomed the results but said farmers should not bear the cost. "If the code adds ten shillings to every bottle, it is the farmer who pays for the company's problem," he said. Ms. Barros Fontana replied that the code cost "less than one per cent of the retail price" and was absorbed by the company, not passed on. He said he would believe it "when the price on the shelf says so".</p>
  <p>Speaking from the floor, an official of the Ugandan delegation, who did not give his name, said that codes were of little use in border markets where many farmers do not own smartphones, and that what his inspectors needed first was testing equipment.</p>
  <p>Closing the event, Mr. Ferreira-Mendes announced that the Shamba Safety Coalition, the Furrow Justice Network and the Observatory on Toxic Trade would publish a joint statement on Wednesday. The expert meeting is expected to adopt its recommendations on Wednesday afternoon.</p>
  <p class="tags">Tags: <a href="/tag/pesticides">pesticides</a> <a href="/tag/unodc">UNODC</a> <a href="/tag/farmers">farmers</a></p>
</article>
</main>
<aside class="most-read">
  <h2>Most read</h2>
  <ol>
    <li><a href="/counties/bungoma-budget">Bungoma county budget: 3 billion shillings for roads</a></li>
    <li><a href="/business/tea-auction">Tea auction prices rise for third week</a></li>
    <li><a href="/agriculture/armyworm">Fall armyworm: what farmers can spray this season</a></li>
  </ol>
</aside>
<footer>
  <p>Subscribe to the Ledger Morning Brief &middot; <a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></p>
  <p>&copy; 2026 The Gigiri Ledger Media Group, Westlands, Nairobi. All rights reserved.</p>
</footer>
</body>
</html>
"""


def build_html():
    (DOCS / f"{HTML_STEM}.html").write_text(HTML, encoding="utf-8")
    write_meta(HTML_STEM,
               title="'A crime against the harvest': farmers and industry clash over fake pesticides at UN side event",
               date="2026-04-14", place="Nairobi", publisher="The Gigiri Ledger",
               kind="news article", author="Esther Nyamweya",
               url="https://www.gigiri-ledger.example/un-nairobi/fake-pesticides-side-event")


# ---------------------------------------------------------------------------------------------
# 4. TXT podcast transcript (NO meta file on purpose)
# ---------------------------------------------------------------------------------------------
TXT_STEM = "harvest_underground_ep31_transcript"
TXT = """HARVEST UNDERGROUND - Episode 31: "The Fake in the Bottle"
A podcast about crime along the food chain. Produced by Mtaa Audio, Nairobi.
Released 28 April 2026. Running time 24:10.
Transcript generated automatically and corrected by the producers.

[00:00:05] NJERI KAMOTHO (HOST): Welcome to Harvest Underground, I'm Njeri Kamotho. Two weeks ago the UN brought government experts to Nairobi, to Gigiri, for two days on counterfeit and illicit pesticides. The UN's own study says roughly one in seven products sold as pesticides in the markets they surveyed is fake or unregistered. I have two people with me who were there. Samuel Otieno chairs the Lugari Smallholders Cooperative in Kakamega County. And Aisha Wairimu Gathoni coordinates the Furrow Justice Network, which works with families affected by pesticide poisoning. Samuel, Aisha, karibuni.

[00:00:48] SAMUEL: Asante, Njeri. Happy to be here.

[00:00:51] AISHA: Thank you for having us.

[00:01:02] NJERI: Samuel, the Ledger wrote about your cooperative losing a whole crop. What actually happened?

[00:01:14] SAMUEL: It was the long rains of 2024. A man came with a pickup, selling a fungicide that looked exactly like the one we normally buy. Same green label, same yellow cap. It was seven hundred and fifty shillings cheaper per litre, so of course many of our members bought it. Within three weeks the blight was everywhere. We lost 140 acres of tomatoes and about 60 acres of potatoes. When we finally took a bottle to be tested, there was nothing inside but coloured water and a little soap.

[00:02:05] NJERI: Coloured water and soap.

[00:02:08] SAMUEL: The soap is to make it foam, so it looks strong when you mix it. That was the whole trick. And the man with the pickup, we never saw him again.

[00:02:31] NJERI: Aisha, at the meeting your network was counting something different. Not acres, people.

[00:02:39] AISHA: Yes. We went to six county hospitals in western Kenya and went through their records for 2025. We found 1,906 cases of acute pesticide poisoning. In almost half of them, the family could not tell the doctor what the product was, because it had been decanted into a soda bottle or a plain jerrycan. If the doctor doesn't know the active ingredient, the doctor is guessing.

[00:03:20] NJERI: And you asked the meeting to do something about that.

[00:03:24] AISHA: We asked for two things: medical treatment for victims and compensation for farmers. It was dropped. Several delegations said compensation is outside the Convention. I understand the legal argument. But a farmer whose child is in hospital doesn't care which convention applies.

[00:04:02] NJERI: The recommendations do talk about track-and-trace codes. Samuel, you were quite sharp about those at the side event.

[00:04:10] SAMUEL: I'm not against the codes. But you need a smartphone and you need airtime. In my cooperative, maybe one in three members has a smartphone. The others have a phone for calls and that's it. So the code protects the company's brand in Nairobi, and in Lugari we still have the same problem.

[00:04:49] AISHA: And that is exactly why we wrote in our joint statement that the cost must never be passed on to farmers.

[00:04:55] NJERI: Tell me about that statement.

[00:04:58] AISHA: We issued it on the last day of the meeting with the Shamba Safety Coalition and the Observatory on Toxic Trade. Three organisations, six demands. Victims, penalties, disposal, data - it's all in there.

[00:05:30] NJERI: What happens now? The UN is holding a follow-up webinar on 9 June on what to do with all the seized stock.

[00:05:38] AISHA: I'll be on it, they've asked me to speak about the health side. Seized pesticides don't disappear. They sit in stores, sometimes for years, and the containers start leaking.

[00:05:55] SAMUEL: In our sub-county the police keep what they seize in a store behind the station. You can smell it from the road.

[00:06:20] NJERI: Before we go, a voice note from a listener in Bungoma.

[00:06:24] VOICE NOTE (listener, Bungoma): Hello Njeri. Last season the agro-dealer told me the cheap one was imported from Europe, so it must be good. It burned my beans. Who do I report this to?

[00:06:41] AISHA: Report it to the county agriculture office, and keep the container and the receipt. Without the container there is no case.

[00:07:02] NJERI: Samuel, last word.

[00:07:04] SAMUEL: Buy from someone you can find again.

[00:07:10] NJERI: That's it for this episode of Harvest Underground. Next time: illegal fishing on Lake Victoria. Kwaheri.
"""


def build_txt():
    (DOCS / f"{TXT_STEM}.txt").write_text(TXT, encoding="utf-8")
    # deliberately no meta.yaml for this document


# ---------------------------------------------------------------------------------------------
# 5. MD joint NGO statement
# ---------------------------------------------------------------------------------------------
JS_STEM = "joint_statement_ngos_counterfeit_pesticides"
JS = """# Joint Statement on Counterfeit and Illicit Pesticides

**Nairobi, 15 April 2026**

*Issued on the occasion of the Expert Group Meeting on Counterfeit and Illicit Pesticides (UNODC, Nairobi, 14-15 April 2026) by the Shamba Safety Coalition, the Furrow Justice Network and the Observatory on Toxic Trade.*

---

We, the undersigned organisations, work every day with farmers, farm workers and the families of people poisoned by pesticides. We followed the Expert Group Meeting closely, and we thank the Chair and the Secretariat for opening the room to civil society.

We welcome the Secretariat's study and its finding that only 38 criminal prosecutions were identified in 14 States over three years. That number tells the whole story: the people who make and sell fake pesticides are almost never punished.

We estimate that at least 3.2 million smallholder households in East Africa buy pesticides from informal sellers every season. For them, a counterfeit product is not a brand problem. It is a lost harvest, a debt and, too often, a visit to the hospital.

## Our demands

We call on States to:

1. **Treat the trade as a serious crime.** Manufacturing, trafficking and selling counterfeit pesticides should be punishable by at least four years of imprisonment.
2. **Put victims first.** Guarantee free medical treatment for people poisoned by counterfeit or illicit products, and create a compensation fund for affected farmers, financed in part by fines and confiscated assets.
3. **Keep the cost of authentication off the farmer.** The cost of authentication codes and track-and-trace systems must never be passed on to farmers.
4. **Dispose of seized stocks safely and quickly.** Seized products should be disposed of within 12 months of seizure. We know of seized stocks that have been stored in unsafe conditions for more than five years.
5. **Give farmers a seat at the table.** Farmers' organisations should be represented in national coordination mechanisms and consulted on inspection priorities.
6. **Publish the data.** States should publish annual figures on seizures, prosecutions and poisoning cases.

## On the outcome of the meeting

We regret that the recommendations adopted today do not mention victims or compensation. We do not accept that the people who are harmed by this crime fall outside the scope of a convention against it.

We also disagree with industry proposals that would make authentication codes mandatory without any guarantee on who bears their cost.

We will present this statement at the follow-up webinar on 9 June 2026 and we invite States to respond to it in writing.

## Signatories

- **Shamba Safety Coalition** (Nairobi) - Julian Ferreira-Mendes, Programme Director
- **Furrow Justice Network** (Kisumu) - Aisha Wairimu Gathoni, Coordinator
- **Observatory on Toxic Trade** (Johannesburg) - Dr. Henrietta Mabuza-Klein, Director

*Media contact: press@shamba-safety.example*
"""


def build_js():
    (DOCS / f"{JS_STEM}.md").write_text(JS, encoding="utf-8")
    write_meta(JS_STEM, title="Joint Statement on Counterfeit and Illicit Pesticides", date="2026-04-15",
               place="Nairobi",
               publisher="Shamba Safety Coalition; Furrow Justice Network; Observatory on Toxic Trade",
               kind="joint statement")


# ---------------------------------------------------------------------------------------------
# 6. MD Q&A interview
# ---------------------------------------------------------------------------------------------
IV_STEM = "interview_terra_policy_review_brandvold"
IV = """Terra Policy Review > Interviews > Crime and agriculture

# "Nobody wants to pay for the incinerator": five questions, and a few more, for UNODC's Oskar Brandvold

*A week after the Nairobi expert meeting on counterfeit and illicit pesticides, we asked the UNODC officer who led the Secretariat's study what comes next. The interview was conducted by video call from Vienna and has been edited for length.*

By Lucia Ferrante | 22 April 2026

---

Q: Mr. Brandvold, the meeting in Nairobi ended a week ago. What is the one thing you took home?

A: That everybody agrees on the diagnosis. The Chair, Ms. Oduya, put it very well at the end when she spoke of agreement on the diagnosis and disagreement on the cure. For me the figure that really shocked the room was not the 1,240 tonnes seized, it was the 38 prosecutions. Thirty-eight, in three years, in 14 countries.

Q: Your study says one product in seven is fake. How solid is that figure?

A: It is an average, and averages hide a lot. We made test purchases in 212 markets. In some capital-city markets it was closer to one in twenty; in one border market it was nearly one in two. So I would say the figure is solid as an order of magnitude, not as a precise number.

Q: Kestrel Crop Sciences says it found 50 counterfeit versions of a single herbicide. Is the industry exaggerating?

A: What they told the panel was 41 versions, in 11 countries, in 2025. I have no reason to doubt it. The brand owners often see the problem before the police do.

Q: The European Union said there is no need for a new treaty, Uganda wanted a protocol. Where does UNODC stand?

A: It is not for the Secretariat to take sides, that is for Member States. What I can say is that in 9 of the 14 States we studied, the maximum penalty is under two years, so the Convention's cooperation tools are not even available for this conduct. Our job is to help States use what they already have.

Q: Let's talk about disposal. What happens to seized pesticides?

A: Too often, nothing. They sit in warehouses. In the study we found that safe disposal by high-temperature incineration costs on average about USD 3,500 per tonne, before transport. Across the 14 States we estimate that around 2,700 tonnes of seized products are waiting for disposal. Nobody wants to pay for the incinerator, and every year the containers get older.

Q: Is that what the June webinar is about?

A: Exactly. On 9 June we are holding a webinar on safe disposal, online, from 13:00 to 15:30 East Africa Time. Zambia has told us in its written contribution about 86 tonnes in three warehouses, and they are not alone.

Q: Civil society says victims were left out of the recommendations. Is that fair?

A: I understand the frustration. The hospital figures from the Furrow Justice Network were some of the most striking evidence we heard. But compensation schemes are a matter of national law, and several delegations felt the Convention was not the right place for them. I hope the webinar will at least give the health side more room.

Q: The Rapporteur had a difficult job on the second day.

A: Rafael did a remarkable job. He turned two days of very frank discussion into seven recommendations in one night, and only one paragraph was reopened in the morning.

Q: What happens next?

A: Comments on the draft study are due by 15 May. We expect to publish the final study in October 2026, and the compilation of good practices will go to the Conference of the Parties.

Q: Last question. Would you buy a cheap pesticide at a roadside stall?

A: I grew up on a farm in Telemark. My father used to say that the price is the first test. If it is too cheap, it is not what the label says.

---

*Tags: pesticides, UNODC, organized crime, agriculture*

**Read next:** "Ghost fishing fleets and the limits of port controls" | "Why seed fraud is the next frontier"
"""


def build_iv():
    (DOCS / f"{IV_STEM}.md").write_text(IV, encoding="utf-8")
    write_meta(IV_STEM,
               title="\"Nobody wants to pay for the incinerator\": five questions, and a few more, for UNODC's Oskar Brandvold",
               date="2026-04-22", place="Vienna", publisher="Terra Policy Review", kind="interview",
               author="Lucia Ferrante",
               url="https://www.terrapolicyreview.example/interviews/brandvold-counterfeit-pesticides")


if __name__ == "__main__":
    build_pdf()
    build_docx()
    build_html()
    build_txt()
    build_js()
    build_iv()
    print("built:", sorted(p.name for p in DOCS.iterdir()))
