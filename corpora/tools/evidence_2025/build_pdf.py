"""Build docs/bulletin_mla_ee_day2_2025.pdf (Treaty Track Bulletin, daily report) with fpdf2."""
from fpdf import FPDF
import os
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "evidence_2025", "bulletin_mla_ee_day2_2025.pdf")

BLOCKS = [
 ("mast", "TREATY TRACK BULLETIN"),
 ("sub", "A reporting service for intergovernmental negotiations on crime, justice and the rule of law"),
 ("sub", "Published by the Meridian Institute for Treaty Reporting | Vol. 14 No. 3 | Wednesday, 8 October 2025"),
 ("sub", "Online at https://treatytrack.example/mla-ee-2025/day2"),
 ("h1", "MLA-EE 2025 HIGHLIGHTS: TUESDAY, 7 OCTOBER 2025"),
 ("p", "The Intergovernmental Meeting of Experts on Mutual Legal Assistance and Electronic Evidence, convened under the Conference of the Parties to the United Nations Convention against Transnational Organized Crime (UNTOC), continued its work on Tuesday at the United Nations Conference Centre in Bangkok, Thailand, with the United Nations Office on Drugs and Crime (UNODC) serving as Secretariat. In the morning, delegates considered agenda item 3 on expedited preservation and disclosure of stored computer data. In the afternoon, they took up agenda item 4 on central authorities and the electronic transmission of requests, while a working session met in parallel to review a draft model request form. A lunchtime side event on cross-border access to cloud data drew a standing-room-only audience."),
 ("h2", "AGENDA ITEM 3: EXPEDITED PRESERVATION AND DISCLOSURE"),
 ("p", "Chair Kalinda Mwansa (Zambia) opened the session by recalling that article 18 of the Convention obliges States parties to afford one another \"the widest measure\" of mutual legal assistance, and invited delegations to focus on what works in practice rather than on restating national positions."),
 ("p", "The SECRETARIAT presented preliminary results of a survey answered by 64 States, reporting that the median time needed to execute a request for stored electronic data was ten months, and that one request in four was returned for lack of information on the link between the data and the offence."),
 ("p", "NORWAY, with the EUROPEAN UNION, supported a standard preservation template and called for requests to be acknowledged within five working days of receipt. The EU added that a common template would \"reduce the back-and-forth that costs investigators weeks\" and offered to share its experience with internal production orders with interested third countries."),
 ("p", "BRAZIL cautioned against a \"one-size-fits-all\" template, stressing that any form must respect the constitutional guarantees of both the requesting and the requested State, and proposed that its use remain voluntary."),
 ("p", "INDIA, supported by INDONESIA, called for clearer channels to service providers headquartered abroad, noting that more than 70 per cent of its outgoing requests concern data held by providers in another jurisdiction. INDONESIA said that language barriers, not legal ones, were the main reason its requests stalled."),
 ("p", "SOUTH AFRICA, speaking for the African Group, urged sustained capacity-building in digital forensics and asked the Secretariat to give priority to training central authorities in least developed countries."),
 ("p", "JAPAN described its 24/7 point of contact, staffed by prosecutors, and reported that preservation requests received through the network had risen to 412 in 2024, almost double the figure for 2021."),
 ("p", "The RUSSIAN FEDERATION opposed any reference to direct disclosure by service providers, saying that access to data stored in another State without that State's consent would undermine sovereignty, and asked that the relevant paragraph be deleted."),
 ("p", "COLOMBIA proposed a human rights safeguards clause for the template, including notification of the person concerned once notification would no longer jeopardize the investigation. MOROCCO asked that the template be made available in Arabic and French from the outset, not only in English."),
 ("p", "Summing up, the Chair noted \"broad convergence\" on preservation and said she would circulate a revised draft of the conclusions on Wednesday morning, with the language on direct disclosure placed in square brackets."),
 ("h2", "AGENDA ITEM 4: CENTRAL AUTHORITIES AND ELECTRONIC TRANSMISSION"),
 ("p", "Mariela Conte of the UNODC Secretariat briefed delegates on the pilot electronic transmission platform for mutual legal assistance requests. She reported that 23 central authorities had joined the pilot and that the average transmission time between participating authorities had fallen from 19 days to two."),
 ("p", "CANADA welcomed the pilot but raised concerns about how the authenticity of electronically signed requests would be verified, and suggested a shared register of authorized signatories. GERMANY said its central authority had accepted electronically signed requests since 2023 and supported a common technical standard for electronic signatures."),
 ("p", "GHANA drew attention to limited bandwidth at its central authority and asked that the platform allow requests to be prepared offline and uploaded later. THAILAND, as host country, announced that it would join the pilot before the end of the year."),
 ("p", "Several delegations asked whether the platform would be offered free of charge after the pilot phase. The Secretariat replied that funding had been secured until the end of 2026."),
 ("h2", "IN THE CORRIDORS"),
 ("p", "If Monday was about polite opening statements, Tuesday was the day the real fault line surfaced. Delegates leaving the morning session agreed that preservation is the easy part; as one seasoned negotiator put it over coffee, \"everyone wants the data frozen, nobody wants to say who gets to thaw it.\" The bracketed paragraph on direct disclosure was the talk of the hallway, with some predicting that it would be the last item standing on Wednesday night."),
 ("p", "Others were more upbeat. The side event on cloud evidence had to turn people away at the door, and a number of capital-based experts were overheard saying that the working session on the model form had made more progress in two hours than the plenary in two days. Whether the Chair's promise of a clean text by Wednesday morning survives the night shift remains to be seen."),
 ("h2", "THINGS TO LOOK FOR TODAY"),
 ("p", "Plenary: Delegates will meet at 10:00 in Conference Room 1 to consider the revised draft conclusions. The closing plenary is expected in the late afternoon."),
 ("small", "This issue of the Treaty Track Bulletin was written and edited by Oskar Lindqvist and Reema Saeed. The Editor is Hanne Vogt. The Bulletin is published by the Meridian Institute for Treaty Reporting, a fictional non-profit. Excerpts may be used in non-commercial publications with appropriate academic citation. For information on the Bulletin, contact the editors at bulletin@treatytrack.example."),
]

class PDF(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "I", 8)
        self.cell(0, 8, f"Treaty Track Bulletin, Vol. 14 No. 3 - page {self.page_no()}", align="C")

pdf = PDF(format="A4"); pdf.set_auto_page_break(True, 18); pdf.add_page(); pdf.set_margins(18, 16, 18)
for kind, text in BLOCKS:
    if kind == "mast":
        pdf.set_font("Helvetica", "B", 22); pdf.cell(0, 12, text, align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "sub":
        pdf.set_font("Helvetica", "", 9); pdf.multi_cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "h1":
        pdf.ln(4); pdf.set_font("Helvetica", "B", 14); pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    elif kind == "h2":
        pdf.ln(3); pdf.set_font("Helvetica", "B", 11); pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    elif kind == "small":
        pdf.ln(4); pdf.set_font("Helvetica", "I", 8); pdf.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.output(OUT)
print("wrote", OUT)
