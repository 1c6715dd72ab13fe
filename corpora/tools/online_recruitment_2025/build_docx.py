"""Build docs/contribution_kipepeo_digital_2026.docx: written contribution of a (fictional) technology company
to the 2026 online follow-up meeting. First person plural, bullet lists with numbers, signed by its policy lead.

Usage: .venv/bin/python corpora/tools/online_recruitment_2025/build_docx.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "online_recruitment_2025" / "contribution_kipepeo_digital_2026.docx"

TITLE = ("Written contribution of Kipepeo Digital to the follow-up meeting of the Expert Group Meeting "
         "on Online Recruitment for Trafficking in Persons")

# kinds: small (header-ish line), title, sub, h1, p, bullet, sign
BODY = [
    ("small", "Kipepeo Digital Ltd. | Public Policy, East Africa"),
    ("small", "Submitted to UNODC on 10 February 2026 | For the online meeting of 24 February 2026"),
    ("title", TITLE),
    ("sub", "Progress since Nairobi, June 2025"),
    ("h1", "1. About us"),
    ("p", "Kipepeo Digital operates Kipepeo Jobs, an online classifieds platform for jobs, and Kipepeo Chat, a messaging service. Our services are used by about 9.4 million people each month in Kenya, Rwanda, Uganda and the United Republic of Tanzania."),
    ("p", "We welcome the Chair\u2019s invitation to submit written contributions. At the Expert Group Meeting in Nairobi in June 2025, our Trust and Safety Manager, Wairimu Kahindi, described how we detect and remove deceptive job advertisements. This contribution reports what has changed since then, including where we have fallen short."),
    ("h1", "2. What we committed to in Nairobi"),
    ("p", "In Nairobi, we made three commitments:"),
    ("bullet", "to keep employer verification free of charge, including for informal employers;"),
    ("bullet", "to respond to emergency requests from law enforcement concerning potential victims within six hours;"),
    ("bullet", "to involve survivors, and to pay them, when we design our recruitment policies."),
    ("h1", "3. What we did in 2025"),
    ("bullet", "Removals: we removed 31,400 job advertisements in the first half of 2025 and 16,800 in the second half for breaching our policy on deceptive recruitment. The fall in the second half followed the roll-out of employer verification: fewer deceptive advertisements are being posted in the first place."),
    ("bullet", "Detection: 91 per cent of the advertisements we removed were detected by our automated classifiers before any user saw them; the rest were reported by users or by partner organizations."),
    ("bullet", "Verification: 3,180 employers now carry our verified employer badge, 1,240 of them informal businesses verified through a mobile money account. Verification remains free."),
    ("bullet", "Warnings: when an advertisement asks applicants to move the conversation to another application, we show a warning. In 2025 the warning was shown 410,000 times, and 27 per cent of the users who saw it did not continue the conversation."),
    ("bullet", "Law enforcement: we received 138 emergency requests concerning potential victims. Our median response time was 5 hours and 40 minutes. Nine requests took longer than 24 hours, mostly because they reached us outside the agreed channel."),
    ("bullet", "Referrals: we referred 96 users to national anti-trafficking hotlines in Kenya, Uganda and the United Republic of Tanzania."),
    ("p", "In October 2025 we signed a memorandum of understanding with the Government of Kenya that designates a single point of contact on each side."),
    ("h1", "4. Survivor Advisory Panel"),
    ("p", "In September 2025 we set up a Survivor Advisory Panel in partnership with Sauti Huru Survivors Network. The Panel has six members and met four times in 2025. Each member is paid 15,000 Kenya shillings per session, the same rate that we pay other external consultants. On the Panel\u2019s advice, we have:"),
    ("bullet", "rewritten our warning messages in Kiswahili, in plain language;"),
    ("bullet", "removed the requirement for users to give their full name when reporting an advertisement;"),
    ("bullet", "added a \u201cwhy is this employer not verified?\u201d link to every unverified job advertisement."),
    ("h1", "5. What we cannot do alone"),
    ("bullet", "Kipepeo Chat is end-to-end encrypted. We do not read private messages, and we will not. We act on signals such as the speed at which a new account contacts applicants."),
    ("bullet", "Recruiters whom we remove reappear on other platforms within days. Without a way to share signals between companies, with safeguards for privacy, each company fights the same recruiter alone."),
    ("bullet", "Outside Kenya, we have not yet agreed a single point of contact with any Government."),
    ("h1", "6. Our recommendations"),
    ("bullet", "States should route emergency requests through the single points of contact that they have agreed with companies."),
    ("bullet", "UNODC should convene, in 2026, a technical session on sharing signals about recruiters between companies, with privacy safeguards."),
    ("bullet", "Companies should publish removal data disaggregated by country. We will publish ours every quarter, starting in April 2026."),
    ("p", "We look forward to the discussion on 24 February 2026."),
    ("sign", "Daniel Ashcombe-Rao"),
    ("small", "Head of Public Policy, East Africa, Kipepeo Digital Ltd."),
    ("small", "Nairobi, 10 February 2026"),
]


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "KIPEPEO DIGITAL \u2014 Written contribution \u2014 Not for publication before 24 February 2026"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Kipepeo Digital Ltd., Riverside Drive, Nairobi \u00b7 policy@kipepeo.example"
    for kind, text in BODY:
        if kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "sub":
            doc.add_paragraph(text, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "sign":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(18)
            p.add_run(text).bold = True
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = "Daniel Ashcombe-Rao"
    cp.subject = "Written contribution"
    cp.language = "en"
    cp.created = datetime.datetime(2026, 2, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 2, 10, 9, 0, 0)
    cp.last_modified_by = "Daniel Ashcombe-Rao"
    cp.revision = 3
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
