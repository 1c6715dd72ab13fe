"""Build the two PDF documents of the precursors set (fpdf2, DejaVu fonts).

  docs/report_workshop_precursors_2026.pdf   meeting report with chapters, agenda and annex
  docs/press_release_cacen_2026.pdf          press release of a regional customs organisation (no meta.yaml)
"""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "precursors_2026"
FONT = "/usr/share/fonts/truetype/dejavu/"


def new_pdf(title, author):
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.add_font("DS", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DS", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_lang("en")
    return pdf


# ----------------------------------------------------------------------------------------------
# 1. Meeting report
# ----------------------------------------------------------------------------------------------
SYMBOL = "UNODC/CTOC/RWPC/2026/1"

AGENDA = [
    "Opening of the workshop.",
    "Adoption of the agenda and organization of work.",
    "Trends in the diversion and smuggling of precursor chemicals in Latin America and the Caribbean.",
    "Controls at seaports, airports and free trade zones.",
    "Cooperation with the chemical industry and the logistics sector.",
    "Conclusions and next steps.",
    "Closing of the workshop.",
]

# (heading or None, [paragraphs]) ; paragraphs numbered continuously
CHAPTERS = [
    ("I. Introduction", [
        ("A. Organization of the workshop", [
            "The Regional Workshop on Countering the Smuggling of Precursor Chemicals was held in Panama City from 10 to 12 February 2026. It was organized by the United Nations Office on Drugs and Crime (UNODC), in its capacity as secretariat of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, and was hosted by the Government of Panama.",
            "The workshop was attended by 112 participants: 84 representatives of 19 States and of the European Union, and 28 representatives of international and regional organizations, the private sector, academia and civil society. The list of participants is contained in the annex to the present report.",
            "The workshop was chaired by Aurelio Samudio Pinzón (Panama). Devon Ashby (Jamaica) served as Rapporteur.",
        ]),
        ("B. Agenda", [
            "At its opening session, on 10 February 2026, the workshop adopted the following agenda:",
        ]),
        ("C. Opening statements", [
            "The Chair opened the workshop and welcomed participants to Panama City. He recalled that precursor chemicals were, in his words, \"the invisible supply chain of organized crime\", and that most of the substances concerned were traded lawfully in very large volumes. He invited participants to focus on measures that could be applied at the border within the next 12 months.",
            "Hanne Solberg, speaking on behalf of the Secretariat, presented the objectives of the workshop. She informed participants that UNODC had trained 430 customs, port and police officers from the region in the identification of precursor chemicals since 2023. She noted that the workshop was the first of its kind held in Central America since the Conference of the Parties had encouraged regional exchanges on the links between organized crime and chemical diversion.",
        ]),
    ]),
    ("II. Summary of deliberations", [
        ("A. Trends in the diversion and smuggling of precursor chemicals", [
            "The representative of Colombia reported that the national authorities had dismantled 214 clandestine laboratories in 2025, and that an increasing share of the potassium permanganate found in those laboratories had been produced locally rather than imported. He stated that controls on imports alone were therefore no longer sufficient.",
            "The representative of Mexico drew attention to the growing use of so-called designer precursors, chemicals that are not under international control and that can be converted into a controlled precursor in a single step. She informed the workshop that, in a joint operation in 2025, the Mexican authorities had inspected 2,300 containers and identified 19 consignments of non-scheduled chemicals with no plausible legitimate use.",
            "Several speakers noted that traffickers frequently split consignments into small quantities that fall below the thresholds that trigger controls, and that they make use of shell companies registered in several jurisdictions.",
            "One speaker, from the European Union, described a new three-year project, funded by the European Union with 4.2 million euros, to support precursor control units in eight countries of Latin America and the Caribbean. The speaker stressed that the project would give priority to the exchange of data on stopped shipments.",
        ]),
        ("B. Controls at seaports, airports and free trade zones", [
            "The representative of Panama reported that 61 tonnes of precursor chemicals had been seized at the ports of the Colón Free Zone in 2025, of which 38 tonnes had been declared as cleaning products. She underlined that free trade zones were not zones free of controls, and stated that Panama would require electronic manifests for all chemical cargo in transit from July 2026.",
            "The representative of the Netherlands described the experience of the port of Rotterdam with risk profiling of transshipment cargo. He explained that a pre-export notification that did not match the manifest was one of the strongest risk indicators available to customs officers.",
            "The representative of the Dominican Republic noted that his country had set up a joint port control unit bringing together customs, the police and the drug control authority. He observed that the unit had reduced the average time to clear a suspicious container from 11 days to 4 days.",
            "The representative of the World Customs Organization presented the organization's work on the harmonized coding of chemicals and invited States to report seizures of non-scheduled chemicals through the existing secure channels.",
        ]),
        ("C. Cooperation with the chemical industry and the logistics sector", [
            "Ignacio Bellavista, Head of Compliance at Solvex Logistics, stated that his company had reported 37 suspicious orders to national authorities in 2025. He said that \"a phone call from a customs officer is worth more than a hundred pages of guidance\", and called for a single point of contact in each country for the private sector.",
            "Amara Okafor, Research Director of Isthmus Chemical Watch, a civil society organization, warned that precursor chemicals were increasingly offered on online marketplaces and through messaging applications, often with delivery by courier. She noted that her organization had identified more than 900 online listings for non-scheduled chemicals aimed at buyers in the region during a six-month period.",
            "A representative of the Meridian Chemical Distributors Association stated that small and medium-sized distributors lacked the resources to screen their customers and requested simple know-your-customer tools.",
            "In response, the Chair observed that voluntary cooperation by industry was indispensable, but that it could not replace the legal obligations of States. He invited the private sector representatives to contribute to the follow-up work of the workshop.",
        ]),
    ]),
    ("III. Conclusions", [
        (None, [
            "At the closing session, on 12 February 2026, the Chair summarized the main conclusions of the workshop. Participants agreed that:",
        ]),
    ]),
]

CONCLUSIONS = [
    "(a) Controls on precursor chemicals should cover non-scheduled chemicals with no legitimate use, including designer precursors;",
    "(b) Customs administrations in free trade zones and transshipment hubs should apply the same risk profiling to chemical cargo as at other points of entry;",
    "(c) States should designate a single point of contact for the chemical industry and the logistics sector;",
    "(d) Information on stopped and suspicious shipments should be shared more systematically between States of the region.",
]

AFTER = [
    "The Chair recommended that the Secretariat prepare a regional guide on risk profiling of chemical cargo, and that a first draft be circulated to participants by 30 September 2026.",
    "The workshop welcomed the offer of the Government of the Dominican Republic to host the next regional workshop in Santo Domingo in November 2026.",
    "The Secretariat announced that a follow-up webinar on designer precursors and online sales would be held on 22 April 2026.",
    "The Chair closed the workshop at 1 p.m. on 12 February 2026.",
]

ANNEX_STATES = [
    ("Argentina", "Mariano Echeverría"),
    ("Brazil", "Luíza Paranhos"),
    ("Chile", "Camila Urrutia"),
    ("Colombia", "Andrés Felipe Gaitán"),
    ("Costa Rica", "Rafael Oduber"),
    ("Dominican Republic", "Julio César Peña"),
    ("Ecuador", "Santiago Villacrés Mora"),
    ("El Salvador", "Gabriela Menjívar"),
    ("Guatemala", "Otto Recinos"),
    ("Honduras", "Karla Zelaya"),
    ("Jamaica", "Devon Ashby"),
    ("Mexico", "Verónica Lazcano"),
    ("Netherlands", "Pieter van Houten"),
    ("Panama", "Aurelio Samudio Pinzón, Marisol Tejeira Batista"),
    ("Peru", "Rocío Quispe"),
    ("Spain", "Álvaro Ibarra"),
    ("Trinidad and Tobago", "Nadia Ramcharan"),
    ("United States of America", "Thomas Greer"),
    ("Uruguay", "Martín Olivera"),
]
ANNEX_OTHERS = [
    ("European Union", "Isabel Moreau"),
    ("International Criminal Police Organization (INTERPOL)", "Kofi Asante"),
    ("World Customs Organization", "Helena Brandt"),
    ("Caribbean and Central American Customs Enforcement Network (CACEN)", "Yolanda Pierre-Louis"),
    ("Solvex Logistics", "Ignacio Bellavista"),
    ("Meridian Chemical Distributors Association", "Rosa Ledezma"),
    ("Isthmus Chemical Watch", "Amara Okafor"),
    ("United Nations Office on Drugs and Crime (Secretariat)", "Hanne Solberg"),
]


def build_report():
    pdf = new_pdf("Report on the Regional Workshop on Countering the Smuggling of Precursor Chemicals",
                  "UNODC")
    pdf.set_creation_date(datetime.datetime(2026, 3, 6, 9, 0, tzinfo=datetime.timezone.utc))

    def header_footer():
        pass

    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DS", "B", 11)
    pdf.cell(w / 2, 6, "United Nations")
    pdf.cell(w / 2, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DS", "", 8.5)
    pdf.multi_cell(w, 4.5, "United Nations Office on Drugs and Crime\nDistr.: General\n6 March 2026\nOriginal: English and Spanish", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(w, 7, "Report on the Regional Workshop on Countering the Smuggling of Precursor Chemicals, held in Panama City from 10 to 12 February 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10)
    pdf.multi_cell(w, 5, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    for line in ["I. Introduction", "II. Summary of deliberations", "III. Conclusions", "Annex. List of participants"]:
        pdf.multi_cell(w, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    n = 0
    for chap, sections in CHAPTERS:
        pdf.set_font("DV", "B", 12)
        pdf.multi_cell(w, 7, chap, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for sec, paras in sections:
            if sec:
                pdf.set_font("DV", "B", 10.5)
                pdf.multi_cell(w, 6, sec, new_x="LMARGIN", new_y="NEXT")
            for p in paras:
                n += 1
                pdf.set_font("DV", "", 10)
                pdf.cell(9, 5.2, f"{n}.")
                pdf.multi_cell(w - 9, 5.2, p, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
                if sec == "B. Agenda":
                    for i, item in enumerate(AGENDA, 1):
                        pdf.set_x(pdf.l_margin + 9)
                        pdf.cell(7, 5.2, f"{i}.")
                        pdf.multi_cell(w - 16, 5.2, item, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
    for c in CONCLUSIONS:
        pdf.set_x(pdf.l_margin + 9)
        pdf.multi_cell(w - 9, 5.2, c, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)
    for p in AFTER:
        n += 1
        pdf.cell(9, 5.2, f"{n}.")
        pdf.multi_cell(w - 9, 5.2, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.multi_cell(w, 7, "Annex", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(w, 7, "List of participants", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "B", 10.5)
    pdf.multi_cell(w, 6, "States", new_x="LMARGIN", new_y="NEXT")
    for state, names in ANNEX_STATES:
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(60, 5, state)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(w - 60, 5, names, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10.5)
    pdf.multi_cell(w, 6, "Intergovernmental and regional organizations, private sector, civil society and Secretariat", new_x="LMARGIN", new_y="NEXT")
    for org, names in ANNEX_OTHERS:
        pdf.set_font("DV", "B", 9.5)
        pdf.multi_cell(w, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        pdf.set_x(pdf.l_margin + 8)
        pdf.multi_cell(w - 8, 5, names, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DS", "", 8)
    pdf.multi_cell(w, 4, "V.26-01482 (E)", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "report_workshop_precursors_2026.pdf"))


# ----------------------------------------------------------------------------------------------
# 2. Press release (no meta.yaml)
# ----------------------------------------------------------------------------------------------
PR_BODY = [
    "PANAMA CITY, 13 February 2026 - Customs administrations from Central America and the Caribbean have agreed to step up joint targeting of chemical cargo after a three-day regional workshop on precursor chemicals that closed in Panama City yesterday.",
    "The Caribbean and Central American Customs Enforcement Network (CACEN), which groups the customs services of 14 member administrations, took part in the UNODC workshop alongside 19 States. CACEN will open a regional chemical targeting desk at its secretariat in Panama City in June 2026, staffed by officers seconded from five member administrations.",
    "According to CACEN figures, member administrations stopped 212 shipments of suspected precursor chemicals in 2025, up from 147 in 2024. Almost half of the stopped shipments had transited at least one free trade zone.",
    "CACEN's Director of Enforcement, Mr. Desmond Clarke, said that the network would also pilot a shared watch list of consignees linked to stopped shipments. \"If one of us stops a container, all fourteen of us should know about the consignee by the next morning,\" he said.",
]
PR_QUOTE = ("\"Traffickers count on us working alone. The chemical targeting desk is our answer: "
            "one region, one picture of the risk.\"",
            "Yolanda Pierre-Louis, Secretary-General, CACEN")
PR_NOTES = [
    "1. The Caribbean and Central American Customs Enforcement Network (CACEN) is a regional organization of customs administrations founded in 2011. Its secretariat is located in Panama City.",
    "2. The Regional Workshop on Countering the Smuggling of Precursor Chemicals was organized by UNODC and hosted by the Government of Panama from 10 to 12 February 2026.",
    "3. Figures on stopped shipments are provisional and are based on reports from 12 of the 14 member administrations.",
    "4. Media contact: CACEN Communications Unit, press@cacen.example, +507 000 0000.",
]


def build_press_release():
    pdf = new_pdf("CACEN press release: regional chemical targeting desk", "CACEN Communications Unit")
    pdf.set_creation_date(datetime.datetime(2026, 2, 13, 8, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DS", "B", 16)
    pdf.set_text_color(0, 70, 120)
    pdf.multi_cell(w, 8, "CACEN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DS", "", 9)
    pdf.multi_cell(w, 4.5, "Caribbean and Central American Customs Enforcement Network", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("DS", "B", 9)
    pdf.multi_cell(w, 5, "PRESS RELEASE | FOR IMMEDIATE RELEASE | CACEN/PR/2026/03", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DS", "B", 14)
    pdf.multi_cell(w, 7, "Customs services to launch regional chemical targeting desk after Panama precursor workshop", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 10)
    for p in PR_BODY:
        pdf.multi_cell(w, 5.3, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    # quote box
    y = pdf.get_y()
    pdf.set_fill_color(230, 240, 248)
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("DV", "I", 11)
    pdf.multi_cell(w - 12, 6, PR_QUOTE[0], fill=True, border="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("DS", "B", 9)
    pdf.multi_cell(w - 12, 5, PR_QUOTE[1], fill=True, border="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(w, 5.3, "The workshop also called on States to designate a single point of contact for industry. CACEN said it would share the outcomes with its member administrations at its annual council in Kingston in October 2026.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(w, 5.3, "ENDS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DS", "B", 10)
    pdf.multi_cell(w, 5.5, "Notes to editors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DS", "", 9)
    for p in PR_NOTES:
        pdf.multi_cell(w, 4.8, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(str(DOCS / "press_release_cacen_2026.pdf"))


if __name__ == "__main__":
    build_report()
    build_press_release()
