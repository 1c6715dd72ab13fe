"""Build docs/verbatim_lima_workshop_2022_pv3.pdf with fpdf2 (DejaVu fonts for accents)."""
from pathlib import Path
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "assets_2022" / "verbatim_lima_workshop_2022_pv3.pdf"
SYMBOL = "CTOC/WS.LIM/2022/PV.3"
FONT = "/usr/share/fonts/truetype/dejavu/"

PARAS = [
    ("n", "The meeting was called to order at 10.10 a.m."),
    ("n", "Agenda item 5 (continued)"),
    ("n", "Consideration and adoption of the conclusions of the workshop"),
    ("s", "The President:", "I warmly welcome all participants to this closing meeting. Before us is conference room paper CTOC/WS.LIM/2022/CRP.2, containing the draft conclusions prepared by the Bureau on the basis of our three days of work. I intend to take the conclusions paragraph by paragraph and to close the workshop before lunch, so I kindly ask speakers to be brief. I give the floor to the representative of Colombia."),
    ("s", "Mr. Gómez Arbeláez (Colombia) (spoke in Spanish):", "Thank you, Madam President. My delegation supports the draft conclusions. In Colombia, the procedure for the extinction of ownership, which is independent of any criminal conviction, allowed the State to recover assets valued at some 410 million United States dollars in 2021 alone. We therefore propose that paragraph 4 of the conclusions encourage States to consider non-conviction-based forfeiture, with full guarantees of due process for third parties acting in good faith. Without such a tool, the assets of a fugitive or deceased leader simply remain with the family business."),
    ("s", "The President:", "I thank the representative of Colombia. I now give the floor to the representative of Ecuador, who will speak on behalf of the Group of Latin American and Caribbean States."),
    ("s", "Mr. Ordóñez Paz (Ecuador) (spoke in Spanish):", "I have the honour to speak on behalf of the Group of Latin American and Caribbean States. The Group thanks the Government of Peru for its hospitality and UNODC for organizing this workshop. The Group believes that the return of confiscated proceeds must respect the sovereignty of the requesting State and must not be subject to conditions that were not agreed between the parties. The Group also requests that the conclusions recognize the need for sustained technical assistance to asset management offices, many of which operate without adequate budgets or specialized staff."),
    ("s", "Ms. Valdés Echemendía (Cuba) (spoke in Spanish):", "I rise on a point of order, Madam President. The Spanish version of document CRP.2 has not been distributed in the room, and my delegation cannot negotiate on a text that it has only received in English. I request that consideration of the conclusions be deferred until the Spanish version is available."),
    ("s", "The President:", "I thank the representative of Cuba for her point of order, which is well taken. I ask the Secretary of the workshop, Dr. Joaquín Echeverría-Lund, to inform us when the Spanish version will be available."),
    ("s", "Dr. Echeverría-Lund (Secretariat):", "Madam President, the Spanish version was finalized this morning, and copies are being brought to the room now. It will be distributed within fifteen minutes, and it is also available on the workshop website. The Secretariat apologizes for the delay."),
    ("s", "The President:", "In that case, and if there is no objection, I propose that we hear the remaining general statements while the Spanish text is distributed, and that we take up the conclusions paragraph by paragraph only afterwards. I see no objection. It is so decided. I give the floor to the representative of Brazil."),
    ("s", "Ms. Tavares (Brazil) (spoke in Portuguese):", "Brazil has taken part in 37 joint investigation teams with other countries since 2016, and our experience is that the asset recovery part of the case must be planned on the first day of the investigation, not on the last. We propose adding a reference in paragraph 7 to virtual assets, because criminal groups in our region increasingly convert cash into stablecoins before it crosses any border. Brazil also offers to share its model protocol for the early sale of seized perishable and depreciating assets."),
    ("s", "The President:", "I thank the representative of Brazil. I now call on the observer for the Philippines."),
    ("s", "Mr. Bautista-Lim (Philippines):", "Thank you, Madam President. We are grateful to be invited as an observer from outside the region. Our Anti-Money Laundering Council has seen casino junkets used to move the proceeds of Latin American trafficking networks through Manila, and we would welcome direct contacts with the financial intelligence units present here. Cooperation between our regions should not need to pass through three capitals before it reaches the investigator."),
    ("s", "Mr. Cifuentes Morales (Guatemala) (spoke in Spanish):", "My delegation wishes to stress the victims. In Guatemala, a share of confiscated funds is allocated by law to programmes for victims of trafficking in persons, and we propose that the conclusions encourage States to consider similar arrangements. Asset recovery should repair the harm done, not only fill the treasury."),
    ("s", "The President:", "I thank the representative of Guatemala. The Spanish version of CRP.2 has now been distributed. We will proceed to consider the draft conclusions paragraph by paragraph, incorporating the proposals made by Colombia, Brazil and Guatemala, as well as the points raised on behalf of the Group of Latin American and Caribbean States."),
    ("n", "The conclusions contained in document CTOC/WS.LIM/2022/CRP.2, as orally amended, were adopted."),
    ("s", "The President:", "The conclusions are adopted. They will be presented to the follow-up expert meeting to be held in 2023. Allow me a few closing words. In three days, we have heard that the tools exist: financial intelligence, non-conviction-based forfeiture, joint teams and the social reuse of assets. What is missing is the habit of using them together. I thank the interpreters, the Secretariat and all of you. I declare the Regional Workshop on Asset Recovery and Money Laundering linked to Organized Crime closed."),
    ("n", "The meeting rose at 12.40 p.m."),
]


class PV(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, SYMBOL, align="L")
        self.ln(4)
        self.cell(0, 5, "16/11/2022", align="L")
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")


pdf = PV(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSerif.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSerif-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSerif-Italic.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, 20)
pdf.add_page()
pdf.set_font("DejaVu", "B", 11)
pdf.cell(0, 6, "United Nations", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.cell(0, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Provisional", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 12)
pdf.multi_cell(0, 6, "Regional Workshop on Asset Recovery and Money Laundering linked to Organized Crime", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, "3rd meeting\nWednesday, 16 November 2022, 10 a.m.\nLima", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(0, 5, "President: Sra. María Fernanda Quispe Villanueva (Peru)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "I", 8)
pdf.multi_cell(0, 4, "This record contains the text of speeches delivered in English and of the interpretation of speeches delivered in other languages. Corrections should be submitted to the original languages only, incorporated in a copy of the record and sent to the Secretariat within one week of the date of the meeting.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
for p in PARAS:
    if p[0] == "n":
        pdf.set_font("DejaVu", "I", 10.5)
        pdf.multi_cell(0, 5.5, p[1], new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.write(5.5, p[1] + " ")
        pdf.set_font("DejaVu", "", 10.5)
        pdf.write(5.5, p[2])
        pdf.ln(5.5)
    pdf.ln(2.5)
pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
