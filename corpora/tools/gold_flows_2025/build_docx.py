"""Build docs/minutes_egm_gold_2025_session1.docx (python-docx): header, a Speaker | Summary table, action points."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parents[3] / "corpora" / "gold_flows_2025" / "minutes_egm_gold_2025_session1.docx"

HEAD = [
    ("UNITED NATIONS OFFICE ON DRUGS AND CRIME", True, WD_ALIGN_PARAGRAPH.CENTER),
    ("Expert Group Meeting on Illicit Financial Flows from Gold and Mineral Trafficking", True, WD_ALIGN_PARAGRAPH.CENTER),
    ("Vienna, 11 and 12 June 2025", False, WD_ALIGN_PARAGRAPH.CENTER),
    ("UNODC/EGM.IFFG/2025/INF/3", False, WD_ALIGN_PARAGRAPH.RIGHT),
    ("Informal minutes of the first session (Wednesday, 11 June 2025, 10 a.m. to 1 p.m.)", True, WD_ALIGN_PARAGRAPH.LEFT),
]

INTRO = ("The first session of the Expert Group Meeting was held in Board Room D of the Vienna International Centre. "
         "The meeting was chaired by Ms. Abena Owusu-Ansah (Ghana); Ms. Katarina Novak (Slovenia) served as Rapporteur. "
         "The meeting was attended by 58 experts nominated by 41 States, 9 representatives of intergovernmental organizations "
         "and 14 representatives of civil society, academia and the private sector. "
         "These minutes were prepared by the Secretariat for the information of participants; they are not an official record and summarize interventions in the order in which they were made.")

ROWS = [
    ("Chair (Ms. Owusu-Ansah, Ghana)",
     "The Chair opened the meeting and welcomed participants. She recalled that the meeting had been convened pursuant to resolution 12/6 of the Conference of the Parties and proposed that the discussion focus on two questions: where illicit gold enters the legal supply chain, and which financial indicators allow authorities to detect it. She asked speakers to keep their interventions to five minutes. \"We are not here to draft a treaty; we are here to find out what works,\" she said."),
    ("Secretariat (Mr. Henrik Solvang, UNODC)",
     "Mr. Solvang, Senior Programme Officer, presented the preliminary findings of a UNODC review of 23 closed case files from 14 countries. In 17 of the 23 cases, the gold had been exported through at least one third country that had no significant gold mining of its own. He noted that cash payments to miners and intermediaries appeared in almost every case, and that the average declared value per shipment was US$ 1.2 million. The review would be issued as a conference room paper later in the year."),
    ("Peru",
     "The representative of Peru delivered a statement on behalf of her delegation. She reported that 1,840 kg of gold of suspected illicit origin had been seized in 2024 and proposed the development of interoperable gold traceability registers. She called on destination and transit States to share import data with countries of origin. (The full statement is available on the website of the Permanent Mission.)"),
    ("Switzerland",
     "The representative of Switzerland described the due diligence obligations that apply to refiners and noted that recycled gold remained the weakest link, since declarations of scrap were difficult to verify. He suggested that States consider requiring refiners to report the country of first extraction, and not only the country of last shipment."),
    ("United Arab Emirates",
     "The representative of the United Arab Emirates informed the meeting that a declaration requirement for hand-carried gold above 1 kilogram had entered into force in January 2025, and that more than 4,000 declarations had been filed in the first four months. The delegation offered to share its experience with the customs authorities of other States."),
    ("Democratic Republic of the Congo",
     "The representative of the Democratic Republic of the Congo drew attention to the financing of armed groups through gold and through tin, tantalum and tungsten in the eastern provinces. He said that most artisanal gold left the country undeclared across land borders and requested technical assistance to equip border posts with portable assay devices. \"Our miners are paid in cash, and our borders are paid in silence,\" he said."),
    ("European Union",
     "The representative of the European Union outlined the supply chain due diligence rules applicable to importers of tin, tantalum, tungsten and gold, and expressed support for traceability registers, provided that they were interoperable and respected data protection rules."),
    ("Colombia",
     "The representative of Colombia highlighted the links between illegal gold mining, mercury trafficking and environmental crime. She noted that Colombia had begun to cross-check mercury import data against mining licences, and urged participants to treat unexplained mercury imports as an indicator of illegal mining activity."),
    ("INTERPOL (observer)",
     "The representative of INTERPOL presented an analytical project on gold couriers, which had so far identified 312 suspected couriers travelling on commercial flights with undeclared gold. He encouraged States to contribute seizure data to the project."),
    ("Alluvial Watch (observer)",
     "The representative of Alluvial Watch, a non-governmental organization, presented the findings of its report Gilded Channels, which estimated that 38 per cent of the gold produced at the small-scale sites surveyed left the country without export documentation. She invited participants to the side event co-organized with Peru at 1.15 p.m. in Conference Room M7."),
    ("Chair",
     "Summing up, the Chair noted broad agreement that the exchange of information between countries of origin, transit and destination was the main gap. She announced that the afternoon session would address the role of refiners and financial institutions, and that the meeting would resume at 3 p.m."),
]

ACTIONS = [
    "The Secretariat to circulate a draft compilation of good practices to all participants by 15 September 2025.",
    "Delegations to send written comments on the draft compilation to the Secretariat by 31 October 2025.",
    "The Secretariat to issue its review of 23 case files as a conference room paper.",
    "The United Arab Emirates to share its declaration form for hand-carried gold with interested delegations.",
    "The Chair to present a summary of the meeting to the Conference of the Parties at its thirteenth session, in October 2026.",
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for text, bold, align in HEAD:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p.alignment = align
    doc.add_paragraph(INTRO)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for c, t in zip(hdr, ["No.", "Speaker", "Summary of intervention"]):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
    for i, (spk, summ) in enumerate(ROWS, start=1):
        cells = table.add_row().cells
        cells[0].text = str(i)
        cells[1].text = spk
        cells[2].text = summ
    for row in table.rows:
        row.cells[0].width = Cm(1.0)
        row.cells[1].width = Cm(4.5)
        row.cells[2].width = Cm(11.0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Action points").bold = True
    for a in ACTIONS:
        doc.add_paragraph(a, style="List Bullet")
    doc.add_paragraph("Minutes prepared by the Secretariat, 11 June 2025. Corrections should be sent to the Secretariat within one week.")
    doc.save(OUT)


if __name__ == "__main__":
    main()
