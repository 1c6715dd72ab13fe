"""Build docs/statement_sauti_huru_nairobi_2025.pdf: a two-page oral statement ("Check against delivery")
by a survivors' organisation. This document deliberately has NO .meta.yaml beside it.

Usage: .venv/bin/python corpora/tools/online_recruitment_2025/build_statement_pdf.py
All content is fictional.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "online_recruitment_2025" / "statement_sauti_huru_nairobi_2025.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

ORG = "SAUTI HURU SURVIVORS NETWORK"
TAGLINE = "A survivor-led network against trafficking in persons"
HEAD = [
    "Statement by Ms. Grace Nafula Wekesa, Coordinator",
    "Expert Group Meeting on Online Recruitment for Trafficking in Persons",
    "Session 3: Victim identification and the participation of survivors",
    "Nairobi, 4 June 2025",
]

# (kind, text): p = paragraph, b = bold paragraph, rec = numbered recommendation (lead, text)
BODY = [
    ("b", "Thank you, Madam Chair."),
    ("p", "Distinguished experts, colleagues, friends,"),
    ("p", "My name is Grace Nafula Wekesa, and I am the Coordinator of Sauti Huru Survivors Network. Our network brings together 230 survivors of trafficking in persons in Kenya, Uganda and the United Republic of Tanzania. I am also a survivor. Nine years ago, I answered an advertisement for a job as a shop assistant abroad, and it took me two years to come home."),
    ("p", "I thank the Chair and UNODC for inviting survivors to this table, and not only to the coffee break."),
    ("p", "Yesterday we heard many numbers, and they were important numbers. This morning I would like to speak about one person. Let me tell you about Halima."),
    ("p", "Halima is 24 years old. In 2023, she saw an advertisement on a social media page for hotel work abroad: a salary of 900 dollars a month, free accommodation and a flight paid in advance. The advertisement had a company logo and a photograph of a smiling receptionist. Within two days, the recruiter asked her to continue the conversation on a messaging application. Within three weeks, she was on a plane."),
    ("p", "When she arrived, her passport was taken. She worked eighteen hours a day, seven days a week, for fourteen months. She was never paid the salary that she had been promised."),
    ("p", "When I asked Halima what could have stopped it, she said: \u201cNobody checks a smiling face. If the page had told me that the company did not exist, I would still be at home.\u201d"),
    ("p", "Madam Chair, I would like to make three points."),
    ("p", "First, warnings must reach people at the moment of contact. Halima did not need a poster at the airport. She needed a warning on her telephone, next to the advertisement, in a language that she reads. Most of our members read Kiswahili first, not English. Yesterday, Kipepeo Digital told this meeting that its employer verification is free. That is welcome. But a badge only helps if the person looking at the advertisement knows what the badge means, and what its absence means."),
    ("p", "Second, ask survivors for our advice, not only for our stories. Survivors are invited to tell their stories at many meetings like this one. We are rarely asked what should be done, and we are almost never paid for the answer. When a ministry or a company consults a lawyer or an engineer, it pays a fee. I ask you to do the same when you consult a survivor."),
    ("p", "Third, do not punish victims for what traffickers made them do. When Halima came home, she was detained for eleven days because she had travelled on a document that the recruiter had given her. In our network, 41 of the 230 members have been arrested or detained at least once in connection with their trafficking. I have heard the word \u201cnon-punishment\u201d in every meeting I have attended. I have not yet seen it in the law of my country."),
    ("p", "Madam Chair, on behalf of Sauti Huru Survivors Network, I therefore make three recommendations:"),
    ("rec", ("Warn at the point of contact.", "Technology companies should show a warning next to any job advertisement whose employer cannot be verified, and in the languages that users actually read, including Kiswahili.")),
    ("rec", ("Pay survivors as experts.", "States and companies should set up survivor advisory panels to review their recruitment and platform policies, and should pay their members at the same rate as other external experts.")),
    ("rec", ("Put non-punishment into law.", "States should adopt legislation ensuring that victims are not arrested, detained or prosecuted for offences that they were compelled to commit as a direct consequence of being trafficked.")),
    ("p", "Halima is now a member of our network, and she helps us to train young women in her county to recognize false job offers. She asked me to end with her words: \u201cTell them I was not stupid. I was hopeful.\u201d"),
    ("p", "Nothing about us without us. I thank you, Madam Chair."),
]

FOOTER = "Sauti Huru Survivors Network \u00b7 P.O. Box 10472-00100, Nairobi, Kenya \u00b7 www.sautihuru.example"


class Statement(FPDF):
    def header(self):
        self.set_font("Sans", "B", 9)
        self.set_text_color(150, 0, 0)
        self.cell(self.epw, 5, "Check against delivery", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw * 0.85, 4, FOOTER)
        self.cell(self.epw * 0.15, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def main() -> None:
    pdf = Statement(format="A4")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Statement by Ms. Grace Nafula Wekesa, Sauti Huru Survivors Network")
    pdf.set_author("Sauti Huru Survivors Network")
    pdf.set_creator("Sauti Huru Survivors Network")
    pdf.set_creation_date(datetime.datetime(2025, 6, 3, 18, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_lang("en")
    pdf.add_page()
    w = pdf.epw

    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(0, 90, 70)
    pdf.multi_cell(w, 8, ORG, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(w, 5, TAGLINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 90, 70)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.l_margin + w, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(w, 6.5, HEAD[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    for line in HEAD[1:3]:
        pdf.multi_cell(w, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 10.5)
    pdf.multi_cell(w, 5.5, HEAD[3], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    lh = 5.9
    i = 0
    for kind, item in BODY:
        if kind == "b":
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(w, lh, item, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(w, lh, item, new_x="LMARGIN", new_y="NEXT")
        elif kind == "rec":
            i += 1
            lead, text = item
            pdf.set_x(pdf.l_margin + 6)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(8, lh, f"{i}.")
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(w - 14, lh, f"**{lead}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.6)
    pdf.output(str(OUT))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
