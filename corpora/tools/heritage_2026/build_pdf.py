"""Build docs/submissions_egm_cultural_property_2026.pdf (fpdf2, core fonts, latin-1 text)."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "heritage_2026" / "submissions_egm_cultural_property_2026.pdf"

TOP = [
    ("B", "UNODC/CTOC/EG.9/2026/CRP.1"),
    ("", "10 April 2026 - English only"),
    ("B", "Expert Group Meeting on Cross-Border Cooperation against Trafficking in Cultural Property"),
    ("", "Valletta, 14-16 April 2026"),
    ("B", "Compilation of written submissions received from States and non-governmental organizations"),
    ("", "Note by the Secretariat: The present conference room paper reproduces the written submissions received by the Secretariat by 3 April 2026, in the order in which they were received. The submissions are reproduced as received, without formal editing."),
]
SECTIONS = [
    ("I. Italy", "Submitted by: Colonel Marco Lanfranchi, Carabinieri Command for the Protection of Cultural Heritage, on behalf of the Government of Italy", [
        "Italy welcomes the convening of the Expert Group and the attention given to the practical use of the Organized Crime Convention in this field.",
        "Our experience shows that the speed of the first contact between police services matters more than any other single factor in recovering a stolen object.",
        "In 2025, the Carabinieri Command recovered 18,450 cultural objects, of which 1,120 were located abroad following requests for assistance.",
        "We propose that the Expert Group recommend a standard bilingual form for urgent requests to locate and provisionally seize cultural objects.",
        "Italy is ready to share its database software and training materials with interested States free of charge.",
    ]),
    ("II. Iraq", "Submitted by: Dr. Layla Al-Haddad, Director General for Antiquities Recovery, State Board of Antiquities and Heritage, Republic of Iraq", [
        "Since 2021, Iraq has secured the return of more than 2,800 cultural objects from eleven countries.",
        "The main obstacle we face is the burden of proof: market States too often ask us to prove the date of export of objects that were dug out of the ground at night and have never been registered.",
        "We ask the Expert Group to recognize that, for undocumented archaeological material, expert assessment of origin should be accepted as sufficient evidence for provisional measures.",
        "Iraq also calls for capacity-building for prosecutors and judges in source countries, who rarely receive training on the Convention.",
    ]),
    ("III. Mexico", "Submitted by: Lic. Sofia Echeverria Montes, Director of Legal Affairs, National Institute of Anthropology and History (INAH), on behalf of the Government of Mexico", [
        "Mexico considers that the sale of archaeological heritage at public auction abroad is the most visible part of a chain that begins with looting in our own territory.",
        "Between 2019 and 2025, Mexico filed 14 formal requests for the return of pre-Hispanic objects offered at auction, of which four had been resolved at the time of writing.",
        "Mexico recommends that auction houses be required to publish the full ownership history of each archaeological object at least 30 days before the sale.",
        "We support the development of a practical guide by UNODC and offer to contribute case studies.",
    ]),
    ("IV. Provenance Integrity Network (non-governmental organization)", "Submitted by: Ruth Abernathy, Executive Director, Provenance Integrity Network", [
        "The Provenance Integrity Network is an independent research organization that monitors the online trade in antiquities.",
        "Between July and December 2025, our researchers reviewed 4,200 listings of antiquities on online marketplaces and social media groups in six languages.",
        "We found that 37 per cent of the listings gave no information at all on provenance, and that a further 29 per cent relied on vague phrases such as \"old family collection\".",
        "Most of the listings we reported to the platforms were removed within a week, but removal alone destroys the evidence that investigators need.",
        "We therefore urge States to require platforms to preserve the data of removed listings for at least 12 months.",
    ]),
]

def main():
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 20); pdf.add_page()
    pdf.set_margins(20, 20, 20)
    for style, text in TOP:
        pdf.set_font("Helvetica", style, 11 if style else 10)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for head, by, paras in SECTIONS:
        pdf.ln(4); pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "I", 10)
        pdf.multi_cell(0, 6, by, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        pdf.set_font("Helvetica", "", 10)
        for i, t in enumerate(paras, 1):
            pdf.multi_cell(0, 6, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT)); print("wrote", OUT)

if __name__ == "__main__":
    main()
