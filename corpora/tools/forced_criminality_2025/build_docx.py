"""Build the side-event concept note (DOCX, python-docx). No meta.yaml on purpose.

Usage: .venv/bin/python corpora/tools/forced_criminality_2025/build_docx.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "forced_criminality_2025" / "concept_note_side_event_scam_compounds.docx"

d = Document()
d.core_properties.title = "Concept note: Logged In, Locked Up"
d.core_properties.author = "Permanent Mission of the Philippines, Vienna"
d.core_properties.created = datetime.datetime(2025, 9, 15, 9, 0)
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = d.sections[0]
sec.header.paragraphs[0].text = "Side event | Open-ended Intergovernmental Expert Meeting on Trafficking in Persons for Forced Criminality | Vienna, 6-8 October 2025"

p = d.add_paragraph("CONCEPT NOTE")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_heading("Logged In, Locked Up: protecting victims of trafficking into forced online scams", level=1)
d.add_paragraph("Side event on the margins of the Open-ended Intergovernmental Expert Meeting on Trafficking in Persons for Forced Criminality")
d.add_paragraph("Tuesday, 7 October 2025, 1.15 p.m. - 2.30 p.m. | Vienna International Centre, Conference Room M7 | In person, with web streaming")
d.add_paragraph("Co-organized by the Permanent Missions of the Philippines and Canada to the United Nations (Vienna), Freedom Bridge Collective and Meridian Pay, with the support of UNODC")

d.add_heading("1. Background", level=2)
d.add_paragraph("Over the past five years, large compounds in several regions have been used to hold thousands of people who are forced, under threat of violence, to defraud strangers through online investment, romance and employment scams. Many of those held were themselves deceived by fake job offers. When they escape or are rescued, they are frequently arrested for fraud, immigration offences or the use of false documents.")
d.add_paragraph("The Open-ended Intergovernmental Expert Meeting, convened in Vienna from 6 to 8 October 2025, offers a first opportunity for States parties to the United Nations Convention against Transnational Organized Crime and the Trafficking in Persons Protocol to discuss this form of exploitation in depth. The regional preparatory meeting held in Dakar in May 2025 focused mainly on drug couriers; this side event complements it by looking at online fraud.")
d.add_paragraph("Survivors describe the compounds as prisons with Wi-Fi. \"Every message I sent was written by the bosses, and every mistake was paid for with our bodies,\" said Rommel Santos Abad, who spent two years in a compound before his rescue and now coordinates the Survivor Voices Network.")

d.add_heading("2. Objectives", level=2)
for o in [
    "To share practical experience of screening returnees from scam compounds and of applying the non-punishment principle;",
    "To explore how payment providers and online platforms can detect recruitment and flag accounts linked to compounds;",
    "To identify gaps in victim assistance, including psychological support and the clearing of criminal records;",
    "To feed concrete proposals into the President's summary of the Expert Meeting.",
]:
    d.add_paragraph(o, style="List Bullet")

d.add_heading("3. Format", level=2)
d.add_paragraph("The event will take the form of a moderated panel of 75 minutes. After opening remarks by the co-organizers, each panellist will speak for seven minutes, followed by a 30-minute interactive discussion with participants in the room and online. The event will be held in English without interpretation. Chatham House rule does not apply; the event will be web-streamed.")

d.add_heading("4. Speakers", level=2)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
h = t.rows[0].cells
h[0].text, h[1].text, h[2].text = "Role", "Name", "Title and organization"
for row in [
    ("Opening remarks", "Mr. Paolo Dimaculangan", "Executive Director, Inter-Agency Council against Trafficking, Philippines"),
    ("Opening remarks", "Ms. Camille Fortier", "Senior Policy Adviser, Delegation of Canada"),
    ("Moderator", "Ms. Henrietta Oduya", "Executive Director, Freedom Bridge Collective, Nairobi"),
    ("Panellist", "Mr. Rommel Santos Abad", "Coordinator, Survivor Voices Network, Manila"),
    ("Panellist", "Ms. Rana Haddad", "Crime Prevention and Criminal Justice Officer, Human Trafficking and Migrant Smuggling Section, UNODC"),
    ("Panellist", "Mr. Jonas Eklund", "Head of Trust and Safety, Meridian Pay"),
    ("Panellist", "Dr. Sunniva Rask", "Senior Researcher, Coercion & Crime Research Network"),
]:
    c = t.add_row().cells
    c[0].text, c[1].text, c[2].text = row
d.add_paragraph("Speakers are listed in order of intervention. The moderator will open the discussion by asking each panellist what one change would most improve the protection of victims.")

d.add_heading("5. Expected outcomes", level=2)
for o in [
    "A short list of good practices for screening returnees, to be shared with the Secretariat for the President's summary;",
    "A proposal for a voluntary information-sharing protocol between payment providers and anti-trafficking units, which Meridian Pay has offered to draft by March 2026;",
    "Greater awareness among delegations of the need to clear the criminal records of identified victims.",
]:
    d.add_paragraph(o, style="List Bullet")

d.add_heading("6. Practical information", level=2)
d.add_paragraph("Registration is required by 3 October 2025 at https://sideevents.untoc-meetings.example/loggedin. A light lunch will be served from 1 p.m. outside Conference Room M7. Seating is limited to 60 participants.")
d.add_paragraph("Contact: Ms. Camille Fortier, Delegation of Canada (camille.fortier@delegation-canada.example)")
d.save(OUT)
