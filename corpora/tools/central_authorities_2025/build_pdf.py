"""Build docs/slides_vossberg_video_hearings_2025.pdf: a slide deck exported to PDF, with notes pages."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "central_authorities_2025" / "slides_vossberg_video_hearings_2025.pdf"
FOOT = "Informal Meeting of Central Authorities | Vienna, 4 June 2025 | H. Vossberg"

SLIDES = [
    ("title", "Hearing witnesses across borders", [
        "Video-link hearings in mutual legal assistance practice: what works, what fails",
        "Dr. Henrike Vossberg",
        "Head of Unit, International Legal Assistance in Criminal Matters",
        "Federal Ministry of Justice, Austria",
        "Panel 2: Video links and requests in electronic form",
        "Informal Meeting of Central Authorities on Extradition and Mutual Legal Assistance, Vienna, 4 June 2025"]),
    ("bullets", "Where we stand", [
        "Article 18, paragraph 18, UNTOC: hearing by video conference where the witness cannot appear in person",
        "Austria, 2024: 46 outgoing and 61 incoming requests for video-link hearings",
        "89 per cent of incoming requests executed within four months",
        "Most common cause of delay: no agreement on who administers the oath"]),
    ("bullets", "Five lessons from 107 hearings", [
        "1. Agree the script before the call, not during it",
        "2. Name one technical contact on each side, with a mobile number",
        "3. Test the connection at least 48 hours in advance",
        "4. Book the interpreter for the test call as well as the hearing",
        "5. Record who was present in the room at both ends"]),
    ("bullets", "Electronic requests: our practice", [
        "Requests by email accepted from all EU Member States and 12 other States",
        "Qualified electronic signature = original for MLA purposes",
        "Extradition: electronic copy accepted for provisional arrest only",
        "Secure platform pilot with 3 partner States from autumn 2025"]),
    ("bullets", "A proposal for this meeting", [
        "A one-page common checklist for video-link hearings",
        "Annexed to the request, completed by both central authorities",
        "Kept under review by the Working Group on International Cooperation",
        "No new treaty obligations needed"]),
    ("questions", "Questions?", [
        "Dr. Henrike Vossberg",
        "Federal Ministry of Justice, Austria",
        "Slides will be posted on the meeting platform"]),
]

NOTES = [
    "Thank the President for the invitation. Introduce myself: I have headed the unit for international legal assistance in criminal matters for six years. Say that this is practice, not theory: everything on these slides comes from our own files.",
    "The Convention already allows video hearings; the legal basis is not the problem. Give the figures slowly: 46 outgoing, 61 incoming, 89 per cent within four months. Stress that the oath question caused more delays than any technical failure.",
    "Tell the story of the hearing in 2023 that was interrupted for forty minutes because nobody knew who should read out the caution to the witness. The real bottleneck is preparation: a test call 48 hours before the hearing has solved most of our connection problems.",
    "Mention that we treat a request signed with a qualified electronic signature as an original. For extradition we are more cautious: an electronic copy is enough to request provisional arrest, but the formal request must follow in the usual way. Do not promise dates for the pilot beyond autumn 2025.",
    "Our proposal is deliberately modest. We are not asking for a new instrument. A common checklist, one page, annexed to the request, would be enough. Invite Colombia and South Africa to work with us on a draft, since both raised the same issue yesterday.",
    "Take questions. If asked about costs: the ministry does not charge requesting States for video hearings. If asked about data protection: the recording stays with the requesting authority unless otherwise agreed.",
]

pdf = FPDF(orientation="L", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_title("Hearing witnesses across borders - H. Vossberg")
pdf.set_author("Henrike Vossberg")

def footer(n):
    pdf.set_font("Helvetica", "", 8); pdf.set_xy(15, 195)
    pdf.cell(230, 6, FOOT); pdf.cell(37, 6, str(n), align="R")

for i, (kind, title, lines) in enumerate(SLIDES, 1):
    pdf.add_page()
    pdf.set_fill_color(0, 82, 147); pdf.rect(0, 0, 297, 12, "F")
    if kind == "title":
        pdf.set_font("Helvetica", "B", 30); pdf.set_xy(20, 45); pdf.multi_cell(257, 14, title)
        pdf.set_font("Helvetica", "", 16); pdf.set_x(20); pdf.multi_cell(257, 9, lines[0])
        pdf.ln(10)
        pdf.set_font("Helvetica", "B", 15); pdf.set_x(20); pdf.multi_cell(257, 8, lines[1])
        pdf.set_font("Helvetica", "", 13)
        for l in lines[2:]:
            pdf.set_x(20); pdf.multi_cell(257, 7, l)
    elif kind == "questions":
        pdf.set_font("Helvetica", "B", 40); pdf.set_xy(20, 70); pdf.cell(257, 20, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 14)
        for l in lines:
            pdf.set_x(20); pdf.cell(257, 8, l, align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Helvetica", "B", 24); pdf.set_xy(20, 22); pdf.cell(257, 14, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6); pdf.set_font("Helvetica", "", 17)
        for l in lines:
            pdf.set_x(25); pdf.multi_cell(247, 10, ("" if l[1:3] == ". " else "- ") + l)
            pdf.ln(3)
    footer(i)

for i, (s, note) in enumerate(zip(SLIDES, NOTES), 1):
    pdf.add_page(orientation="P")
    pdf.set_font("Helvetica", "B", 12); pdf.set_xy(20, 20)
    pdf.cell(170, 8, f"Notes page {i}: {s[1]}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120); pdf.rect(45, 32, 120, 68)
    pdf.set_font("Helvetica", "I", 9); pdf.set_xy(45, 62); pdf.cell(120, 6, f"[Slide {i}]", align="C")
    pdf.set_font("Helvetica", "", 11); pdf.set_xy(20, 110)
    pdf.cell(170, 6, "Speaker notes:", new_x="LMARGIN", new_y="NEXT"); pdf.set_x(20)
    pdf.multi_cell(170, 6, note)
    pdf.set_font("Helvetica", "", 8); pdf.set_xy(20, 280); pdf.cell(170, 6, f"{FOOT} | notes {i}")
pdf.output(str(OUT))
print(OUT)
