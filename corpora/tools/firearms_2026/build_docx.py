"""Build docs/dialogue_notes_civil_society_firearms_2026.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[3] / "corpora" / "firearms_2026" / "dialogue_notes_civil_society_firearms_2026.docx"

d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
d.sections[0].header.paragraphs[0].text = "UNODC - Civil Society Team | Informal notes - not an official record"

d.add_heading("Informal Dialogue with Civil Society on Firearms Trafficking and 3D-Printed Weapons", level=1)
d.add_paragraph("Facilitator's notes")
d.add_paragraph("Date: Wednesday, 18 March 2026, 10:00-13:00")
d.add_paragraph("Venue: Vienna International Centre, Board Room C07, and online")
d.add_paragraph("Facilitator: Jonas Aaltonen, Civil Society Team, UNODC")
d.add_paragraph("Note-taker: Ruth Amsalem, Firearms Trafficking Section, UNODC")

d.add_heading("1. Purpose", level=2)
d.add_paragraph("The dialogue followed the thematic discussion of the Working Group on Firearms (16-17 March 2026) and gave non-governmental stakeholders an opportunity to react to the recommendations adopted by the Working Group. A total of 46 participants attended, 31 in person and 15 online, representing 22 non-governmental organizations, 4 academic institutions and 3 private companies. These notes are informal; they follow the order of interventions and are not attributed beyond what participants agreed to.")

d.add_heading("2. Opening", level=2)
for t in [
    "The facilitator welcomed participants and recalled the Chatham House-style understanding: views may be reported with the speaker's name and organization, as agreed at the start, but the notes will not be published as an official document.",
    "Mr. Aaltonen summarized the four recommendations adopted on 17 March and asked participants to focus on what they could contribute to the technical guide that the Secretariat has been asked to prepare.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("3. Interventions", level=2)
for t in [
    "Ms. Aminata Kouyaté (Sahel Peace Monitors) highlighted that printed weapons were still rare in the Sahel, where most illicit arms came from looted national stockpiles, and warned that the new focus on technology should not divert donor funding away from stockpile security.",
    "Mr. Declan Whitford (Open Bench Makers Alliance) spoke for hobbyist makers and open-source designers. He argued that a blanket criminalization of printing files would criminalize thousands of law-abiding engineers and would be \"unenforceable the day it is adopted\". He suggested targeting intent and the completed weapon instead.",
    "Dr. Priya Raghunathan (Centre for Arms Data Transparency) presented a dataset of 1,920 seizures of privately made firearms reported in open sources across 34 countries between 2020 and 2025. She noted that only a quarter of the seizure reports said whether the weapon had been traced, and called on States to publish disaggregated seizure data.",
    "Mr. Mateo Quispe (Youth Against Armed Violence - Latin America) described the recruitment of teenagers by criminal groups in the Andean region to print and assemble frames. He asked that the technical guide include prevention, not only law enforcement, and that young people be consulted in its preparation.",
    "Ms. Losana Vunibola (Pacific Women's Network for Disarmament) drew attention to the particular exposure of small island States, whose customs services lacked scanners able to detect polymer components in postal parcels. She echoed the request, made by GRULAC in the Working Group, for training to be delivered in the Caribbean and suggested that the Pacific also be included.",
    "Mr. Henrik Solberg (Printforge Industries), speaking for a manufacturer of industrial 3D printers, said the company was open to a voluntary code of conduct of the kind proposed by South Africa, but cautioned that technical \"blocking\" of firearm designs in printer software was easily circumvented and should not be presented as a solution.",
    "Dr. Farida Benhamou (Lattice Forensics Institute), who had also addressed the Working Group as a panellist, offered to share her institute's test protocol for printed frames with any national laboratory and supported the call for controls on metal parts sold online.",
    "Several participants asked that civil society be consulted on the draft of the technical guide before it is presented to the Working Group.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("4. Exchange with the Secretariat", level=2)
for t in [
    "Responding to questions, Mr. Aaltonen said that the Secretariat intended to circulate an outline of the technical guide by the end of June 2026 and would invite written comments from stakeholders.",
    "He confirmed that the compilation of national questionnaire responses (CRP.1) is available on the Working Group's web page.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("5. List of attendees (organizations that agreed to be listed)", level=2)
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "Name", "Organization", "Type"
for row in [
    ("Aminata Kouyaté", "Sahel Peace Monitors", "NGO"),
    ("Declan Whitford", "Open Bench Makers Alliance", "NGO / makers' association"),
    ("Priya Raghunathan", "Centre for Arms Data Transparency", "Research NGO"),
    ("Mateo Quispe", "Youth Against Armed Violence - Latin America", "Youth NGO"),
    ("Losana Vunibola", "Pacific Women's Network for Disarmament", "NGO"),
    ("Henrik Solberg", "Printforge Industries", "Private sector"),
    ("Farida Benhamou", "Lattice Forensics Institute", "Academic / research"),
    ("Gabriel Oyelaran", "Institute for Conflict Materials, University of Ibadan", "Academic"),
]:
    c = tbl.add_row().cells
    c[0].text, c[1].text, c[2].text = row
d.add_paragraph("A further 38 participants attended without being listed.")

d.add_heading("6. Action points", level=2)
for t in [
    "Secretariat to circulate an outline of the technical guide on 3D-printed firearms to stakeholders by 30 June 2026.",
    "Secretariat to open a four-week window for written comments from non-governmental stakeholders on the outline.",
    "Lattice Forensics Institute to share its test protocol for printed frames with the Secretariat for onward distribution to national laboratories.",
    "Centre for Arms Data Transparency to send its seizure dataset and methodology note to the Secretariat.",
    "Facilitator to brief the Chair of the Working Group on the main points of the dialogue.",
]:
    d.add_paragraph(t, style="List Number")

d.add_paragraph("Notes prepared by Ruth Amsalem and reviewed by Jonas Aaltonen, 19 March 2026.")
d.save(OUT)
print(OUT)
