"""Build docs/statement_ecuador_workshop_2026.docx (python-docx): a State statement, check against delivery."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "precursors_2026" / "statement_ecuador_workshop_2026.docx"

HEAD = [
    ("REPUBLIC OF ECUADOR", True, WD_ALIGN_PARAGRAPH.CENTER),
    ("Permanent Mission of Ecuador to the United Nations (Vienna)", False, WD_ALIGN_PARAGRAPH.CENTER),
    ("Check against delivery", True, WD_ALIGN_PARAGRAPH.RIGHT),
    ("Statement by Mr. Santiago Villacrés Mora, Director of Control of Chemical Substances, Ministry of the Interior of Ecuador", True, WD_ALIGN_PARAGRAPH.LEFT),
    ("Regional Workshop on Countering the Smuggling of Precursor Chemicals", False, WD_ALIGN_PARAGRAPH.LEFT),
    ("Agenda item 4: Controls at seaports, airports and free trade zones", False, WD_ALIGN_PARAGRAPH.LEFT),
    ("Panama City, 11 February 2026", False, WD_ALIGN_PARAGRAPH.LEFT),
]

BODY = [
    "Mr. Chair,",
    "Allow me first to congratulate you on your election and to thank the Government of Panama for its warm hospitality. I also thank the Secretariat, and in particular Ms. Solberg, for the excellent preparation of this workshop.",
    "Ecuador aligns itself with the remarks made yesterday on designer precursors, and I wish to add some observations from the perspective of my country.",
    "Mr. Chair,",
    "Ecuador is not a producer of cocaine, but our ports have become a key point of transit. In 2025, our customs and police services seized 46 tonnes of precursor chemicals, most of them solvents, in the ports of Guayaquil and Posorja. That is almost twice the quantity seized in 2024.",
    "We have learned that traffickers follow the path of least resistance. When we tightened controls on sulphuric acid, they moved to chemicals that were not on any list. For this reason, in January 2026 we added 12 non-scheduled chemicals to our national special surveillance list.",
    "Mr. Chair,",
    "Allow me to share one lesson from our port control unit. Our inspectors told me, and I quote, \"the manifest tells us what the exporter wants us to see; the chemistry tells us what is really in the drum.\" This is why we have invested in portable analysers, and today 9 of our 11 maritime and land border posts are equipped with them.",
    "We believe that the most urgent gap in the region is the exchange of information on stopped shipments. Too often, a shipment stopped in one port simply reappears, under a new name, in the port of a neighbouring country.",
    "Ecuador therefore proposes that the conclusions of this workshop include a commitment to notify neighbouring States within 48 hours of any shipment of precursor chemicals that is stopped or seized.",
    "Mr. Chair,",
    "We also support the proposal to designate a single point of contact for the private sector. In Ecuador, that point of contact already exists within my Directorate, and I would be glad to share our experience with any delegation that is interested.",
    "Finally, I wish to announce that Ecuador will host a sub-regional training course for port inspectors in Guayaquil in June 2026, with the support of UNODC.",
    "Thank you, Mr. Chair.",
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for text, bold, align in HEAD:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p.alignment = align
    doc.add_paragraph("")
    for text in BODY:
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(10)
        if text.startswith("Mr. Chair") or text.startswith("Thank you"):
            p.runs[0].bold = False
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Permanent Mission of Ecuador | Statement at the Regional Workshop on Precursor Chemicals"
    doc.core_properties.title = "Statement by Ecuador, Regional Workshop on Countering the Smuggling of Precursor Chemicals"
    doc.core_properties.author = "Permanent Mission of Ecuador"
    doc.save(OUT)


if __name__ == "__main__":
    main()
