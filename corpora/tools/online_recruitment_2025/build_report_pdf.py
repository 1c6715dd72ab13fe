"""Build docs/report_egm_online_recruitment_2025.pdf (formal UN-style meeting report) with fpdf2.

Usage: .venv/bin/python corpora/tools/online_recruitment_2025/build_report_pdf.py
All content is fictional (States appear only as delegations).
"""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "corpora" / "online_recruitment_2025" / "report_egm_online_recruitment_2025.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "UNODC/EGM/TIP/2025/2"
JOB = "V.25-10427 (E)"
TITLE = ("Report on the Expert Group Meeting on Online Recruitment for Trafficking in Persons "
         "held in Nairobi on 3 and 4 June 2025")

# (kind, text) kinds: h1, h2, para (auto-numbered), sub (lettered / listed item), plain
BODY = [
    ("h1", "I.\tIntroduction"),
    ("para", "The Expert Group Meeting on Online Recruitment for Trafficking in Persons was convened by the United Nations Office on Drugs and Crime (UNODC) at the United Nations Office at Nairobi on 3 and 4 June 2025."),
    ("para", "The purpose of the meeting was to take stock of the ways in which traffickers use online job advertisements, social media and messaging applications to recruit victims, and to identify practical measures that States, technology companies and civil society could take."),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    ("para", "The meeting was opened on 3 June 2025 by Ingrid Vasquez-Holm, Chief of the Human Trafficking and Migrant Smuggling Section of UNODC. She recalled that online recruitment featured in a growing share of the trafficking cases detected worldwide and observed that \u201cthe recruiter no longer needs to knock on the door; the advertisement arrives in the pocket of the victim\u201d."),
    ("h2", "B.\tElection of officers"),
    ("para", "At the opening session, the meeting elected Efua Mensah-Boateng (Ghana) as Chair by acclamation, on the proposal of the representative of Kenya. Rafael Quintero Saldaña (Colombia) was elected Rapporteur."),
    ("para", "In her opening remarks, the Chair invited the experts to focus on \u201cwhat works, what it costs and who pays\u201d, and said that the meeting should produce recommendations that could be reviewed at a follow-up meeting in 2026."),
    ("h2", "C.\tAdoption of the agenda"),
    ("para", "The meeting adopted its agenda, which comprised three substantive items: patterns and trends in online recruitment; cooperation between States and technology companies; and victim identification and the participation of survivors."),
    ("h2", "D.\tAttendance"),
    ("para", "The meeting was attended by 31 government experts from 19 States, 12 representatives of international and regional organizations, 14 representatives of civil society and survivors\u2019 organizations and 7 representatives of technology companies. The list of participants is contained in the annex."),
    ("h1", "III.\tPresentation of the background paper"),
    ("para", "Mariam Chebet Sang, Crime Prevention and Criminal Justice Officer in the Secretariat, presented the background paper (UNODC/EGM/TIP/2025/CRP.1). She explained that UNODC had analysed 412 court cases from 37 countries in which at least part of the recruitment had taken place online. In 58 per cent of those cases, the first contact had been a fraudulent job advertisement, and in 29 per cent a direct message on a social media platform."),
    ("para", "Ms. Sang added that in most cases the conversation had moved to an encrypted messaging application within 72 hours of the first contact, and that victims of forced criminality in scam compounds accounted for more than a third of the cases recorded since 2022."),
    ("h1", "IV.\tSummary of deliberations"),
    ("h2", "A.\tPatterns and trends in online recruitment"),
    ("para", "The representative of Kenya said that the national anti-trafficking hotline had received 1,146 reports of suspicious overseas job offers in 2024, 38 per cent of which had first been seen on social media. He informed the meeting that since January 2025 Kenya published a weekly list of licensed recruitment agencies, which had been consulted more than 90,000 times."),
    ("para", "The representative of Thailand said that most of the 1,870 victims of forced criminality repatriated by her country from scam compounds in 2024 had answered advertisements for customer service or translation work offering around US$ 1,500 a month."),
    ("para", "One speaker, from the Philippines, said that job seekers could check the licence of any recruitment agency on a government portal, which had been consulted 2.3 million times in 2024. He cautioned, however, that traffickers increasingly offered \u201cdirect hire\u201d arrangements that bypassed licensed agencies altogether."),
    ("para", "Several speakers noted that recruiters frequently used fake profiles of real companies, including stolen logos and photographs of offices, and that victims rarely had the means to verify an employer in another country."),
    ("para", "Priya Raman-Okafor of the Institute for Online Safety Research presented a study of 2,600 job advertisements reported by users in four countries. She said that 71 per cent of the advertisements classified as high-risk promised a salary at least three times the market rate, and that \u201cthe single most reliable warning sign is an offer that is too good and too fast\u201d."),
    ("h2", "B.\tCooperation between States and technology companies"),
    ("para", "The expert from Kipepeo Digital, Wairimu Kahindi, said that the company had removed 22,500 job advertisements in 2024 for breaching its policy on deceptive recruitment, 86 per cent of them detected by automated classifiers and 14 per cent reported by users. She added that the company had launched a verified employer badge in March 2025."),
    ("para", "One speaker asked how platforms could verify employers without excluding small and informal businesses. In response, the expert from Kipepeo Digital said that verification was free of charge and could be completed with a business registration number or with a mobile money account registered in the employer\u2019s name."),
    ("para", "The representative of Lumora Social said that the company had disabled 5,900 accounts in 2024 for recruitment-related violations. Because private messages on its service were end-to-end encrypted, it relied on behavioural signals, such as a new account sending the same job offer to hundreds of users. \u201cWe can see patterns, not conversations,\u201d she said."),
    ("para", "The expert from INTERPOL encouraged States to designate single points of contact for requests to technology companies, which remained slow where no agreed channel existed. He said that a coordinated operation in 2024 had identified 312 potential victims who had been recruited online."),
    ("para", "One speaker, from the European Union, referred to the obligation of very large online platforms to assess and mitigate systemic risks, and suggested that recruitment for trafficking be addressed explicitly in those assessments."),
    ("para", "Several speakers called on technology companies to publish data on removed content disaggregated by country and by form of exploitation."),
    ("h2", "C.\tVictim identification and the participation of survivors"),
    ("para", "Grace Nafula Wekesa of Sauti Huru Survivors Network delivered a statement on behalf of her organization. She said that survivors were often asked to tell their stories but rarely asked for their advice, and called on States and companies to remunerate survivors whom they consulted. She proposed that platforms set up survivor advisory panels."),
    ("para", "The representative of Nepal said that many victims were reluctant to report because they had paid high recruitment fees and feared prosecution for irregular migration. He stressed that victims should not be punished for offences that they had been compelled to commit."),
    ("para", "Thanawat Kongsiri of Haven Routes Foundation said that his organization had assisted 640 survivors of scam compounds since 2022 and that one in five of them had been arrested at least once."),
    ("para", "The Chair asked whether any State had prosecuted an online platform. In response, the representative of Nigeria said that no case had been brought against a platform in his country, but that two prosecutions of recruiters who had used a messaging application had resulted in convictions in 2024."),
    ("h1", "V.\tConclusions and way forward"),
    ("para", "At the closing session, the Chair summarized the following recommendations, which were supported by the participants:"),
    ("sub", "(a)\tStates should publish registers of licensed recruitment agencies in a searchable format and update them at least monthly;"),
    ("sub", "(b)\tTechnology companies should offer employer verification free of charge, including to informal employers;"),
    ("sub", "(c)\tStates and technology companies should agree on single points of contact and response times for requests concerning potential victims;"),
    ("sub", "(d)\tSurvivors should be consulted, and remunerated for their expertise, in the design of prevention measures and platform policies;"),
    ("sub", "(e)\tUNODC should compile a compendium of practices on preventing and detecting online recruitment for trafficking in persons."),
    ("para", "The Chair announced that a follow-up meeting would be held online in the first quarter of 2026 to review progress in implementing the recommendations, and that written contributions would be welcome. The meeting was closed on 4 June 2025 at 5.30 p.m."),
]

ANNEX = [
    ("Officers", "Chair: Efua Mensah-Boateng (Ghana). Rapporteur: Rafael Quintero Saldaña (Colombia)."),
    ("States", "Bangladesh, Brazil, Colombia, Ethiopia, Germany, Ghana, India, Indonesia, Kenya, Mexico, Nepal, Nigeria, Philippines, Qatar, South Africa, Thailand, Uganda, United Republic of Tanzania, Viet Nam."),
    ("International and regional organizations", "African Union Commission; European Union; International Labour Organization; International Organization for Migration; INTERPOL; Office of the United Nations High Commissioner for Human Rights; United Nations Children\u2019s Fund."),
    ("Civil society and survivors\u2019 organizations", "Centre for Labour Migration Studies; Coastal Women\u2019s Legal Aid Centre; Haven Routes Foundation; Institute for Online Safety Research; Kilima Digital Rights Forum; Migrant Voices Collective; Open Hands Recruitment Ethics Coalition; Sauti Huru Survivors Network."),
    ("Technology companies", "CareerNest Global; Harbourline Messaging; Kipepeo Digital; Lumora Social; Ndege Pay; Skyloom Ads; VeriHire."),
    ("Secretariat", "United Nations Office on Drugs and Crime: Ingrid Vasquez-Holm; Mariam Chebet Sang."),
]


class Report(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "B", 9)
        even = self.page_no() % 2 == 0
        self.cell(self.epw, 5, SYMBOL, align="L" if even else "R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.l_margin + self.epw, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("Serif", "", 8)
        if self.page_no() == 1:
            self.cell(self.epw, 5, JOB, align="L")
        else:
            even = self.page_no() % 2 == 0
            self.cell(self.epw, 5, f"{self.page_no()}/{{nb}}", align="L" if even else "R")


def main() -> None:
    pdf = Report(format="A4")
    pdf.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(TITLE)
    pdf.set_author("United Nations Office on Drugs and Crime")
    pdf.set_subject(SYMBOL)
    pdf.set_creator("UNODC")
    pdf.set_creation_date(datetime.datetime(2025, 6, 27, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_lang("en")
    pdf.add_page()
    w = pdf.epw

    # masthead
    pdf.set_font("Sans", "B", 12)
    pdf.cell(w / 2, 7, "United Nations")
    pdf.set_font("Sans", "B", 14)
    pdf.cell(w / 2, 7, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + w, pdf.get_y() + 1)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(w * 0.62, 5.5, "United Nations Office on Drugs and Crime")
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(w * 0.38, 4.5, "Distr.: General\n27 June 2025\n\nOriginal: English", new_x="LMARGIN", new_y="NEXT")
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + w, pdf.get_y() + 1)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 9.5)
    pdf.multi_cell(w, 4.8, "Expert Group Meeting on Online Recruitment for Trafficking in Persons", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(w, 4.8, "Nairobi, 3 and 4 June 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(w, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    indent = 12
    n = 0
    for kind, text in BODY:
        if kind == "h1":
            num, title = text.split("\t")
            pdf.ln(2)
            pdf.set_font("Serif", "B", 11.5)
            pdf.cell(indent, 6, num)
            pdf.multi_cell(w - indent, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            num, title = text.split("\t")
            pdf.set_font("Serif", "B", 10)
            pdf.cell(indent, 5.5, num)
            pdf.multi_cell(w - indent, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "para":
            n += 1
            pdf.set_font("Serif", "", 10)
            pdf.cell(indent, 5, f"{n}.")
            pdf.multi_cell(w - indent, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            mark, item = text.split("\t")
            pdf.set_font("Serif", "", 10)
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(9, 5, mark)
            pdf.multi_cell(w - indent - 9, 5, item, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            raise ValueError(kind)

    pdf.add_page()
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(w, 6, "Annex", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.cell(w, 6, "List of participants", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for head, text in ANNEX:
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(w, 5.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(OUT))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
