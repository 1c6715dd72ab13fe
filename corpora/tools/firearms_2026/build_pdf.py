"""Build docs/report_wg_firearms_3d_2026.pdf (fpdf2, core fonts, latin-1 text only)."""
from fpdf import FPDF
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "corpora" / "firearms_2026" / "report_wg_firearms_3d_2026.pdf"

COVER = [
    ("United Nations", "CTOC/COP/WG.6/2026/3"),
    ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", "Distr.: General\n14 April 2026\n\nOriginal: English"),
]

BODY = [
    ("title", "Working Group on Firearms\nVienna, 16 and 17 March 2026"),
    ("title", "Report on the thematic discussion on firearms trafficking and 3D-printed weapons held in Vienna on 16 and 17 March 2026"),
    ("h", "I. Introduction"),
    ("p", "1. The Working Group on Firearms held a thematic discussion on firearms trafficking and 3D-printed weapons at the Vienna International Centre on 16 and 17 March 2026. The discussion was convened pursuant to resolution 12/2 of the Conference of the Parties, in which the Conference requested the Working Group to examine emerging manufacturing technologies and their implications for the implementation of the Firearms Protocol."),
    ("p", "2. The present report summarizes the deliberations. It was prepared by the Secretariat in consultation with the Chair and does not purport to record every intervention."),
    ("h", "II. Organization of the meeting"),
    ("h2", "A. Opening of the meeting"),
    ("p", "3. The meeting was opened by the Chair, Mariela Sotomayor Quiroga (Peru). In her opening remarks, she observed that a firearm could now be produced from a digital file and a consumer printer in a matter of hours, outside any system of marking or licensing. The Chair said that the Working Group had to move \"from describing the problem to agreeing on what a State can actually do on Monday morning\"."),
    ("p", "4. Henrik Vasquez-Morell, Chief of the Firearms Trafficking Section of the United Nations Office on Drugs and Crime (UNODC), introduced the background paper prepared by the Secretariat (CTOC/COP/WG.6/2026/2). Mr. Vasquez-Morell reported that 41 States had responded to the Secretariat's questionnaire and that 29 of them had recorded at least one seizure of a fully or partly 3D-printed firearm since 2022."),
    ("h2", "B. Attendance"),
    ("p", "5. The meeting was attended by representatives of 87 States parties to the Convention, 3 signatory States, 4 intergovernmental organizations and 2 United Nations entities. A list of participants is contained in document CTOC/COP/WG.6/2026/INF/1."),
    ("h2", "C. Adoption of the agenda"),
    ("p", "6. On 16 March 2026, the Working Group adopted the following agenda: 1. Organizational matters; 2. Firearms trafficking and 3D-printed weapons: trends, legal gaps and responses; 3. Other matters; 4. Adoption of the report."),
    ("h", "III. Summary of deliberations"),
    ("h2", "A. Trends and the scale of the problem"),
    ("p", "7. The representative of Brazil stated that the Federal Police had seized 214 fully or partly 3D-printed firearms in 2025, compared with 58 in 2023, and had dismantled 17 clandestine printing workshops. He added that most of the workshops had been linked to groups that also trafficked drugs across the country's western border."),
    ("p", "8. Some speakers noted that hybrid designs, in which a printed frame was combined with commercially available metal barrels and springs, were now more common than all-plastic weapons. One speaker, from New Zealand, cautioned that seizure figures probably reflected enforcement effort more than the real extent of the phenomenon."),
    ("p", "9. Farida Benhamou, a forensic engineer invited by the Chair as a panellist, presented test results on the durability of printed frames. Ms. Benhamou explained that current hybrid designs could fire several hundred rounds without failure, and that the belief that printed guns were \"single-use curiosities\" was out of date."),
    ("h2", "B. Legal gaps and definitions"),
    ("p", "10. The representative of Ecuador, speaking on behalf of the Group of Latin American and Caribbean States, said that the definitions of \"illicit manufacturing\" and \"parts and components\" in the Firearms Protocol remained adequate but needed to be applied consistently to printed frames and receivers. The Group called for a technical guide on the issue to be prepared by the Secretariat."),
    ("p", "11. The representative of Germany described national legislation, in force since January 2025, under which the frame or receiver of any firearm, regardless of the material, was treated as an essential component subject to marking and registration. Several speakers welcomed that approach."),
    ("p", "12. The representative of Australia reported that two of the country's states had made it an offence to possess digital blueprints for the printing of firearms without a lawful excuse, punishable by up to 14 years' imprisonment. Another speaker expressed doubts about whether the criminalization of files could be reconciled with freedom of expression and noted that files moved across borders in seconds."),
    ("h2", "C. Online marketplaces and cooperation with the private sector"),
    ("p", "13. The representative of Indonesia informed the Working Group that, in cooperation with domestic e-commerce platforms, the national police had removed more than 2,600 online listings for firearm parts, printing files and printing services in 2025. She stressed that takedowns were of limited use without the identification of the sellers behind the listings."),
    ("p", "14. The representative of South Africa proposed that the Working Group consider a voluntary code of conduct for manufacturers of industrial and consumer 3D printers and for file-sharing platforms. Some speakers expressed support for engaging the private sector, while others cautioned that voluntary arrangements could not replace legislation."),
    ("h2", "D. Technical assistance"),
    ("p", "15. The representative of Morocco expressed appreciation for the regional training on the forensic examination of printed firearms held in Rabat in November 2025 and requested that it be extended to French-speaking countries of West Africa. Many speakers requested that UNODC expand its technical assistance on the identification and tracing of printed firearms."),
    ("h", "IV. Recommendations"),
    ("p", "16. At its meeting on 17 March 2026, the Working Group adopted the following recommendations:"),
    ("p", "(a) States parties should consider treating frames and receivers, regardless of the material or method of manufacture, as parts and components within the meaning of article 3 of the Firearms Protocol;"),
    ("p", "(b) States parties should consider requiring that printed firearms and essential components seized by law enforcement be systematically recorded and, where possible, traced;"),
    ("p", "(c) The Secretariat should prepare, within existing resources, a technical guide on 3D-printed firearms and present it to the Working Group at its next meeting;"),
    ("p", "(d) States parties are encouraged to engage with the private sector, including printer manufacturers and online platforms, to prevent the online offer of illicit firearm parts and files."),
    ("h", "V. Adoption of the report"),
    ("p", "17. On 17 March 2026, the Working Group adopted the present report, and the Chair closed the meeting. In her closing remarks, she thanked participants and informed them that an informal dialogue with civil society would take place on 18 March 2026."),
    ("h", "Annex"),
    ("h2", "List of documents before the Working Group"),
    ("p", "CTOC/COP/WG.6/2026/1 - Annotated provisional agenda"),
    ("p", "CTOC/COP/WG.6/2026/2 - Background paper prepared by the Secretariat: Firearms trafficking and 3D-printed weapons"),
    ("p", "CTOC/COP/WG.6/2026/3 - Report on the thematic discussion (the present document)"),
    ("p", "CTOC/COP/WG.6/2026/INF/1 - List of participants"),
    ("p", "CTOC/COP/WG.6/2026/CRP.1 - Compilation of national responses to the questionnaire on 3D-printed firearms"),
]


class Report(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"V.26-01873    Page {self.page_no()}", align="C")


def main():
    pdf = Report(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(80, 8, COVER[0][0])
    pdf.cell(0, 8, COVER[0][1], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(100, 5, COVER[1][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, 26)
    pdf.multi_cell(58, 5, COVER[1][1], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.line(22, pdf.get_y(), 188, pdf.get_y())
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Helvetica", "BI", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(OUT))
    print(OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    main()
