"""Build the two PDF documents of the forced_criminality set (fpdf2, DejaVu fonts).

Usage: .venv/bin/python corpora/tools/forced_criminality_2025/build_pdfs.py
"""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "forced_criminality_2025"
FONT = "/usr/share/fonts/truetype/dejavu/"


def new_pdf(title, author, created):
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVuSerif", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVuSerif", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(created)
    pdf.set_lang("en")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    return pdf


# ---------------------------------------------------------------- verbatim record
SYMBOL = "CTOC/COP/EM.TIP-FC/2025/PV.3"

CORRECTION = (
    "This record contains the text of speeches delivered in English and of the interpretation of "
    "speeches delivered in the other languages. Corrections should be submitted to the original "
    "languages only. They should be incorporated in a copy of the record and sent under the signature "
    "of a member of the delegation concerned to the Chief of the Verbatim Reporting Section, "
    "Conference Management Service, Vienna (verbatim.records@untoc-meetings.example). Corrected "
    "records will be reissued electronically on the Official Document System."
)

# (label, text) ; label None = record narrative (italic)
PV = [
    (None, "The meeting was called to order at 10.10 a.m."),
    (None, "Agenda item 3 (continued)"),
    (None, "Identification and protection of victims of trafficking in persons for forced criminality, including the application of the non-punishment principle"),
    ("The President:", "I call this meeting to order. We continue our consideration of agenda item 3. As agreed yesterday, we will first hear the report on the regional preparatory meeting. I give the floor to the representative of Senegal, who chaired the regional preparatory meeting held in Dakar on 20 and 21 May 2025."),
    ("Mr. Ndiaye Faye (Senegal) (spoke in French):", "Thank you, Madam President. It is my privilege to present the outcome of the Dakar meeting, which brought together experts from 23 States of West and Central Africa, together with nine civil society organizations. The meeting adopted 11 recommendations, which are contained in conference room paper CTOC/COP/EM.TIP-FC/2025/CRP.1."),
    (None, "The investigators who addressed us in Dakar described young people recruited online with the promise of places in football academies or jobs in hotels, who were then forced to carry cannabis and cocaine across borders. Our first recommendation is therefore that screening for indicators of trafficking should take place at the first point of contact with the police or customs, before any charge is brought. Allow me to recall the words of the Minister of Justice of Senegal, who opened our meeting: \"A person who is forced to commit a crime has already been the victim of one.\" I hope that this Expert Meeting will carry the Dakar recommendations forward."),
    ("The President:", "I thank the representative of Senegal for his presentation. I now give the floor to the representative of the Philippines."),
    ("Ms. Reyes-Baltazar (Philippines):", "Thank you, Madam President. My delegation thanks Senegal for the Dakar recommendations, which we fully support. Between January 2024 and June 2025, our authorities repatriated 1,147 Filipino nationals from scam compounds in South-East Asia. Most of them had answered social media advertisements for customer service jobs. On arrival, their passports were taken and they were forced to defraud strangers online for up to 16 hours a day, under threat of beatings."),
    (None, "We say it plainly: these men and women are victims, and they must not be prosecuted for the crimes they were compelled to commit. In March 2025 our Inter-Agency Council against Trafficking adopted screening guidelines that require every returnee from a scam compound to be interviewed by a social worker before any law enforcement debriefing."),
    ("The President:", "I thank the representative of the Philippines. I give the floor to the representative of Nigeria."),
    ("Mr. Okonkwo-Eze (Nigeria):", "Thank you, Madam President. Nigeria associates itself with the recommendations adopted in Dakar, and in particular with what the representative of Senegal said about screening at the first point of contact. In 2024, our national anti-trafficking agency identified 214 persons who had been coerced into carrying drugs, most of them women under the age of 25. Too many of them were first treated as traffickers themselves. We propose that this Expert Meeting develop a set of model indicators of forced criminality, to be presented by the end of 2026."),
    ("The President:", "I thank the representative of Nigeria. I now give the floor to the representative of Mexico."),
    ("Ms. Castañeda Ruiz (Mexico) (spoke in Spanish):", "Thank you, Madam President. In my country, criminal groups recruit children and adolescents to act as lookouts, to sell drugs and, in the worst cases, to carry weapons. In 2024 the federal prosecution service opened 96 investigations into the recruitment of minors for criminal purposes. A child who is forced to act as a lookout is a victim, not a soldier of crime. We call on States to ensure that children in this situation are referred to child protection services rather than to juvenile courts."),
    ("The President:", "I thank the representative of Mexico. I give the floor to the observer for the European Union."),
    ("Ms. Lindqvist (European Union):", "I have the honour to speak on behalf of the European Union and its member States. The candidate countries North Macedonia, Montenegro and Albania align themselves with this statement. Forced criminality is now one of the fastest-growing forms of exploitation detected in our member States. Protection and assistance must never be made conditional on a victim's willingness to cooperate with the prosecution. To support partner countries, the European Union has committed EUR 6.2 million to a new project, BRIDGE-FC, which will run from 2025 to 2028 in 14 partner countries in Africa and Asia."),
    ("The President:", "I thank the observer for the European Union. I give the floor to the representative of Thailand."),
    ("Mr. Rattanakorn (Thailand):", "Thank you, Madam President. Since 2023, Thailand has deployed multidisciplinary screening teams at its border checkpoints. In 2024 those teams screened 3,400 foreign nationals who had left scam compounds, of whom 612 were identified as victims of trafficking. Online platforms and banks hold information that can help us identify victims much earlier, and we would welcome a discussion in this forum on how that cooperation could be organized."),
    ("The President:", "I thank the representative of Thailand. I now give the floor to the Secretariat."),
    ("Mr. Wierzbicki (Secretariat):", "Thank you, Madam President. Data collected for the forthcoming Global Report on Trafficking in Persons show that one in ten detected victims in 2023 had been trafficked for forced criminality, compared with one in twenty-five in 2019. I would also like to inform delegations that the Secretariat will circulate the President's summary of the meeting to all participants by 31 October 2025."),
    ("The President:", "I thank the Secretariat. Before we adjourn, let me observe that almost every speaker this morning has returned to the non-punishment principle. As the representative of the Philippines put it, victims \"must not be prosecuted for the crimes they were compelled to commit\", and I intend to reflect that clearly in my summary. I also take note of the proposal of Nigeria on model indicators. The afternoon meeting will begin at 3 p.m. with the panel on cooperation with online platforms and financial institutions."),
    (None, "The meeting rose at 1 p.m."),
]


def build_pv():
    pdf = new_pdf(f"{SYMBOL}: Verbatim record of the 3rd meeting", "Conference Management Service, Vienna",
                  datetime.datetime(2025, 10, 9, 15, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "", 8)
    pdf.set_fill_color(235, 235, 235)
    pdf.multi_cell(w, 4, CORRECTION, border=1, fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(w / 2, 6, "United Nations")
    pdf.cell(w / 2, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(w, 5, "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(w, 5, "Open-ended Intergovernmental Expert Meeting on Trafficking in Persons for Forced Criminality", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(w, 5, "Vienna, 6-8 October 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(w, 5, "3rd meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(w, 5, "Tuesday, 7 October 2025, 10 a.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(w, 5, "Vienna International Centre, Board Room D", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(w, 5, "President: Ms. Solheim-Vatne (Norway)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for label, text in PV:
        if label is None:
            pdf.set_font("DejaVuSerif", "I", 10)
            pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVuSerif", "", 10)
            pdf.multi_cell(w, 5.2, f"**{label}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.ln(6)
    pdf.multi_cell(w, 4, "V.25-08817 (E)    *2508817*", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / "verbatim_record_em_forced_criminality_pv3.pdf"))


# ---------------------------------------------------------------- joint statement
JS_TITLE = "Joint statement on the non-punishment of victims of trafficking for forced criminality"
JS_SUB = "Submitted to the Open-ended Intergovernmental Expert Meeting on Trafficking in Persons for Forced Criminality, Vienna, 6-8 October 2025"
JS_DATE = "Vienna, 8 October 2025"
JS_PARAS = [
    "We, the four undersigned civil society organizations, work every day with people who were trafficked and then forced to commit crimes: to run online fraud scripts in scam compounds, to carry drugs across borders, or to act as lookouts for criminal groups. We thank the President of the Expert Meeting and the Secretariat for opening this session to civil society.",
    "Between us, we have assisted more than 1,900 survivors of forced criminality since 2022. Over half of them had been arrested, detained or fined before anyone asked how they came to be in that situation. Some still carry criminal records that prevent them from working, travelling or reuniting with their families.",
    "As our colleague Mr. Santos Abad told the plenary this morning, \"the scam compound took two years of my life, and the criminal record took the rest of my plans.\"",
    "We welcome the recommendations adopted at the regional preparatory meeting in Dakar, and we urge the Expert Meeting to build on them. In particular, we call on States to:",
]
JS_RECS = [
    "screen for indicators of trafficking at the first point of contact with police, customs or immigration officers, before any charge is brought;",
    "enshrine the non-punishment principle in national law, covering all offences that victims were compelled to commit, including immigration offences;",
    "provide a simple procedure for expunging criminal records of identified victims within 12 months of identification;",
    "ensure that assistance is never made conditional on cooperation with the prosecution.",
]
JS_CLOSE = [
    "We stand ready to share our casework and data with the Secretariat, and we ask that civil society be invited to contribute to the model indicators that Member States will develop.",
]
JS_SIGN = [
    ("Henrietta Oduya", "Executive Director, Freedom Bridge Collective", "Nairobi"),
    ("Marit Groeneveld-Asante", "Executive Director, Harbour Line Alliance", "Rotterdam"),
    ("Rommel Santos Abad", "Coordinator, Survivor Voices Network", "Manila"),
    ("Lucía Ibarra Montes", "Director, Centro Ruta Segura", "Guadalajara"),
]


def build_js():
    pdf = new_pdf(JS_TITLE, "Freedom Bridge Collective; Harbour Line Alliance; Survivor Voices Network; Centro Ruta Segura",
                  datetime.datetime(2025, 10, 8, 7, 30, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(w, 4.5, "Freedom Bridge Collective | Harbour Line Alliance | Survivor Voices Network | Centro Ruta Segura", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(w, 7, JS_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(w, 5, JS_SUB, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(w, 5, JS_DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 10)
    for p in JS_PARAS:
        pdf.multi_cell(w, 5.2, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    for i, r in enumerate(JS_RECS, start=1):
        pdf.set_x(pdf.l_margin)
        pdf.cell(8, 5.2, f"({i})")
        pdf.multi_cell(w - 8, 5.2, r, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)
    for p in JS_CLOSE:
        pdf.multi_cell(w, 5.2, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    for name, title, city in JS_SIGN:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(w, 5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(w, 5, f"{title}, {city}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(DOCS / "joint_statement_ngos_non_punishment.pdf"))


if __name__ == "__main__":
    build_pv()
    build_js()
