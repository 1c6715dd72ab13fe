"""Build docs/summary_record_som_sea_2025_sr3.docx (python-docx)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "smuggling_2025" / "summary_record_som_sea_2025_sr3.docx"

TOP = [
    ("United Nations", "b"),
    ("CTOC/COP/EGM.SOM/2025/SR.3", "r"),
    ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "b"),
    ("Distr.: General\n2 July 2025\n\nOriginal: English", "r"),
    ("Expert Group Meeting on the Smuggling of Migrants by Sea", "b"),
    ("Valletta, 24-26 June 2025", ""),
    ("Summary record of the 3rd meeting", "b"),
    ("Held at the Mediterranean Conference Centre, Valletta, on Wednesday, 25 June 2025, at 10 a.m.", ""),
    ("Chair: Mr. Ferreira Lobo (Portugal)", ""),
    ("Contents", "b"),
    ("Criminalization and jurisdiction", ""),
    ("Protection of the rights of smuggled migrants at sea", ""),
    ("This record is subject to correction. Corrections should be submitted in one of the working languages, set forth in a memorandum and incorporated in a copy of the record. They should be sent within one week of the date of the present document to the Secretariat of the Conference of the Parties.", "i"),
    ("The meeting was called to order at 10.10 a.m.", ""),
]

ITEM3 = "Agenda item 3: Criminalization and jurisdiction (CTOC/COP/EGM.SOM/2025/2)"
PARAS3A = [
    "1. The Chair recalled that the Expert Group had concluded its general discussion the previous day. He invited the Secretariat to introduce the background paper and the replies received to the questionnaire on the implementation of article 6 of the Protocol against the Smuggling of Migrants by Land, Sea and Air.",
    "2. Ms. Raghunathan (Secretariat) said that 38 States had replied to the questionnaire by 31 May 2025. The figures they had reported for smuggling of migrants by sea were summarized in the table below.",
]
TABLE_CAPTION = "Smuggling of migrants by sea: cases reported by 38 responding States, 2022-2024"
TABLE = [
    ["Year", "Investigations opened", "Prosecutions", "Convictions of organizers", "Convictions of boat drivers"],
    ["2022", "1,126", "604", "71", "389"],
    ["2023", "1,342", "688", "84", "431"],
    ["2024", "1,517", "755", "102", "447"],
]
PARAS3B = [
    "3. She noted that investigations had increased by about a third over the three years, but that convictions of boat drivers still outnumbered convictions of organizers by more than four to one. Only 9 of the responding States had reported seizing assets in any smuggling case, and the Secretariat would welcome information on good practices in that regard.",
    "4. Mr. Benali (Morocco) said that his country's courts could exercise jurisdiction over a vessel without nationality found in its territorial sea, but that it was far more difficult to act when such a vessel was intercepted on the high seas. He asked whether other States had used article 8, paragraph 7, of the Protocol as a basis for boarding and searching stateless vessels, and suggested that the Secretariat compile those experiences.",
    "5. Ms. Ortiz Salinas (Mexico), speaking in Spanish, said that Mexican legislation distinguished clearly between the organizers of smuggling and the persons who were transported. In 2024, prosecutors in the Pacific coastal states of Mexico had dismantled a network that charged each migrant up to 8,000 dollars for the journey by boat. She stressed that financial investigations had been decisive in identifying the leaders of the network, who had never set foot on a boat.",
    "6. Mr. Papadakis (Greece) asked the Secretariat whether the replies to the questionnaire made it possible to distinguish between boat drivers who had been paid and those who had been forced to steer. In his experience, the distinction was crucial for prosecutors but was rarely recorded.",
    "7. Ms. Raghunathan (Secretariat) replied that only 6 States had provided such a breakdown, and that the questionnaire would be revised to request it.",
    "8. Mr. Conti (Italy) said that Italian courts had accepted jurisdiction over the crew of mother ships that released smaller boats outside the territorial sea, on the ground that the offence was intended to produce its effects in Italy. He offered to share the relevant judgments with the Secretariat for inclusion in the case law database.",
    "9. The Chair thanked delegations for their contributions. He observed that there appeared to be broad agreement on the need to shift the focus of prosecutions from the crew to the organizers, and said that he would reflect that point in his summary.",
]
ITEM4 = "Agenda item 4: Protection of the rights of smuggled migrants at sea"
PARAS4 = [
    "10. Ms. Rahman (Bangladesh) said that the people who boarded boats in the Bay of Bengal were often women and children fleeing violence. Many had been held for ransom by smugglers on board, and survivors needed medical care and psychosocial support upon disembarkation. She called on States to ensure that victims of such abuse could obtain protection irrespective of their migration status.",
    "11. Mr. Okoro (Nigeria) said that his country had repatriated more than 2,300 nationals who had been stranded in countries of transit in 2024, many of whom had attempted a sea crossing. Returnees had to be protected from being recruited again by the same networks, and he appealed for support for reintegration programmes.",
    "12. The observer for the International Organization for Migration said that the organization had recorded at least 2,450 deaths and disappearances at sea on smuggling routes towards Europe in 2024, and warned that the real figure was certainly higher. Shipwrecks with no survivors often left no trace at all.",
    "13. Mr. Papadakis (Greece) said that his Government fully respected its obligations under the law of the sea. The Hellenic Coast Guard had rescued more than 40,000 people since 2015, and he rejected any suggestion that rescue operations had been delayed deliberately.",
    "14. The Chair reminded participants that the side event organized by the Blue Corridor Alliance would take place in Room 2 at 1.15 p.m., and that the discussion of agenda item 4 would continue at the 4th meeting.",
]
END = "The meeting rose at 1.05 p.m."


def main() -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "CTOC/COP/EGM.SOM/2025/SR.3"
    sec.footer.paragraphs[0].text = "V.25-05102"
    for text, fmt in TOP:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = fmt == "b"
        r.italic = fmt == "i"
        if fmt == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(ITEM3, level=2)
    for t in PARAS3A:
        d.add_paragraph(t)
    cap = d.add_paragraph()
    cap.add_run(TABLE_CAPTION).italic = True
    tab = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tab.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, val in enumerate(row):
            tab.cell(i, j).text = val
            if i == 0:
                tab.cell(i, j).paragraphs[0].runs[0].bold = True
    d.add_paragraph("Source: replies to the questionnaire received by the Secretariat as at 31 May 2025.")
    for t in PARAS3B:
        d.add_paragraph(t)
    d.add_heading(ITEM4, level=2)
    for t in PARAS4:
        d.add_paragraph(t)
    d.add_paragraph(END)
    d.core_properties.title = "Summary record of the 3rd meeting"
    d.core_properties.author = "United Nations"
    d.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
