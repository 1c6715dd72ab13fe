"""Build docs/statement_tanzania_online_consultation_2020.pdf (fpdf2, core fonts, ASCII text)."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "environment_2019" / "statement_tanzania_online_consultation_2020.pdf"

class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Online Consultation on Crimes that Affect the Environment, 9-10 September 2020 - Written statement of the United Republic of Tanzania", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_font("Helvetica", "B", 12)
pdf.multi_cell(0, 6, "PERMANENT MISSION OF THE UNITED REPUBLIC OF TANZANIA TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS IN VIENNA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 11)
pdf.multi_cell(0, 6, "Written statement submitted to the Online Consultation on Crimes that Affect the Environment, convened by UNODC, 9 and 10 September 2020", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "", 10)
body = [
"Madam Chair,",
"We congratulate you on the convening of this consultation under difficult circumstances, and we thank the United Nations Office on Drugs and Crime for keeping the dialogue that began in Gaborone in October 2019 alive through the pandemic.",
"Our Government regards wildlife, forest and waste crime not as a conservation problem alone but as organized crime that deprives our communities of income, corrupts officials and finances other forms of criminality. The United Republic of Tanzania therefore supports the recommendations adopted at the regional preparatory meeting in Gaborone, and we wish to report on the measures we have taken since.",
"1. Results of the national multi-agency approach",
"Between January 2018 and June 2020, our national multi-agency task team conducted 214 joint operations. In the same period, our authorities seized 2.4 tonnes of pangolin scales and more than 1,150 cubic metres of illegally harvested timber, and brought 87 cases to court, of which 52 have resulted in convictions.",
"We have learned that the most important seizures were those followed by a financial investigation. In three cases, the analysis of bank and mobile money records led us to organizers in other countries whom we could never have identified from the evidence at the scene.",
"2. The impact of COVID-19",
"The pandemic has reduced tourism revenue, which in our country pays for a large part of the ranger patrols in protected areas. We are concerned that traffickers will take advantage of this gap, and we call on development partners to treat support for frontline protection as an emergency measure rather than as a long-term project.",
"3. Proposals for the Conference of the Parties",
"First, we propose that the Conference of the Parties encourage States to designate the most serious crimes that affect the environment as serious crimes under the Convention, so that requests for mutual legal assistance are not refused for lack of dual criminality or of a sufficient penalty.",
"Second, we propose the creation of a regional network of port and airport units, building on existing programmes, that would exchange alerts on suspicious containers and air cargo within 24 hours.",
"Third, we ask UNODC to develop, together with the secretariat of the Basel Convention, a short practical guide for customs and police officers on the detection of illegal shipments of hazardous waste. Our ports are increasingly used as transit points for such shipments, and our officers have told us that they do not know whom to call when a container is declared as second-hand goods but contains scrap electronics.",
"We stand ready to share the experience of our task team with any State that wishes to learn from it, and we look forward to the adoption of a resolution on crimes that affect the environment at the tenth session of the Conference.",
"Thank you, Madam Chair.",
]
for para in body:
    if para[:2] in ("1.", "2.", "3."):
        pdf.set_font("Helvetica", "B", 10); pdf.ln(1)
        pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 10)
    else:
        pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.ln(6)
pdf.multi_cell(0, 5.5, "(Signed)\nAmbassador Rehema Salum Mwinyi\nPermanent Representative of the United Republic of Tanzania\nto the United Nations and other international organizations in Vienna", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(0, 5.5, "Vienna, 8 September 2020", new_x="LMARGIN", new_y="NEXT")
pdf.output(str(OUT))
print(OUT)
