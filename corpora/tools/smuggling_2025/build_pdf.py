"""Build docs/chairs_summary_som_sea_2025.pdf (fpdf2, core Helvetica, Latin-1 only)."""
import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "smuggling_2025" / "chairs_summary_som_sea_2025.pdf"

SYMBOL = "CTOC/COP/EGM.SOM/2025/CRP.2"
HEAD_R = "Chair's summary - Expert Group Meeting on the Smuggling of Migrants by Sea"

TITLE = [
    "Expert Group Meeting on the Smuggling of Migrants by Sea",
    "Valletta, 24-26 June 2025",
    "Summary prepared by the Chair",
]

PARAS = [
    ("I. Introduction", None),
    (None, "The Expert Group Meeting on the Smuggling of Migrants by Sea was convened by the United Nations Office on Drugs and Crime (UNODC) pursuant to resolution 12/3 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime. It was held at the Mediterranean Conference Centre in Valletta from 24 to 26 June 2025, with the support of the Government of Malta."),
    (None, "The meeting was attended by 96 experts from 47 States, together with representatives of the European Union, the International Maritime Organization, the International Organization for Migration (IOM), the Office of the United Nations High Commissioner for Refugees (UNHCR) and five non-governmental organizations. The Chair, Tomás Ferreira Lobo (Portugal), was elected by acclamation at the first meeting."),
    (None, "In his opening remarks, the Chair invited the experts to draw on concrete cases from their own practice and to \"speak to each other, not past each other\". He proposed that agenda items 3 and 4 be taken up on the second day, and the provisional agenda was adopted without amendment."),
    (None, "The present summary was prepared under the sole responsibility of the Chair. It reflects his understanding of the discussions and has not been negotiated; it does not necessarily represent the views of all participants."),
    ("II. Overview of the discussions", None),
    (None, "The Secretariat presented a background paper drawing on 214 court decisions from 31 jurisdictions. It observed that prosecutions still focused overwhelmingly on the persons steering the boats, while the organizers and financiers of voyages were rarely brought to trial."),
    (None, "Many delegations agreed with that assessment. Several experts explained that boat drivers were frequently smuggled migrants themselves, recruited or coerced at the last moment, and cautioned that convicting them did little to disrupt the networks. The delegation of Italy described a joint investigation team with countries of departure, and the delegation of Spain reported that financial investigations had been opened in 60 per cent of its smuggling cases in 2024."),
    (None, "On the Atlantic route, the delegation of Senegal drew attention to the recruitment of fishing communities by smugglers and called for alternative livelihoods in coastal areas. The delegation of Morocco highlighted the value of liaison officers posted in neighbouring ports. A number of speakers noted that smuggling by sea in the Andaman Sea and along the Pacific coast of Central America received far less international attention than the Mediterranean, and the delegation of Bangladesh asked that the Bay of Bengal be expressly mentioned."),
    (None, "Many delegations stressed that the Protocol does not criminalize migrants for the fact of having been smuggled. The representative of UNHCR recalled that persons rescued at sea must be disembarked in a place of safety, and the representative of IOM presented data on deaths and disappearances at sea, noting that bodies were never recovered in most cases. Some delegations expressed concern that humanitarian actors conducting rescues had been investigated in several countries; others noted that national law already excluded humanitarian assistance from criminal liability."),
    (None, "Concerning the exchange of information, the delegation of Tunisia called for real-time sharing of intelligence between coast guards. The European Union offered to share its compilation of good practices on financial investigations. Several experts reported difficulties in obtaining evidence from messaging applications used by smugglers to advertise crossings, and one expert described the use of mobile money services to pay smugglers in instalments."),
    (None, "On 25 June 2025, a side event entitled \"Rescue, not Reprisal: Protecting Smuggled Migrants at Sea\" was organized by the Blue Corridor Alliance. The Chair thanked the organizers and noted that its discussion had informed the deliberations on agenda item 4."),
    ("III. Conclusions of the Chair", None),
    (None, "Having heard the discussions, the Chair drew the following conclusions:"),
]

BULLETS = [
    "States should give priority to investigating and prosecuting the organizers and financiers of smuggling by sea, using financial investigations and asset recovery as a matter of course;",
    "Smuggled migrants, including those who were made to steer a vessel under duress, should not be held criminally liable for the fact of having been smuggled, in line with article 5 of the Protocol;",
    "Coast guards and law enforcement authorities should share information on suspect vessels, including mother ships, in real time through designated contact points;",
    "UNODC should prepare, within existing resources, a practical guide on evidence from messaging applications and mobile money services in smuggling cases;",
    "Humanitarian assistance to persons in distress at sea should not be criminalized;",
    "The Working Group on the Smuggling of Migrants should consider these conclusions at its next session in 2026.",
]

CLOSING = "The Chair closed the meeting on 26 June 2025 at 5.40 p.m., after thanking the Government of Malta for its hospitality and the interpreters for their work."


class PDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw / 2, 5, SYMBOL, new_x="RIGHT", new_y="TOP")
        self.cell(self.epw / 2, 5, HEAD_R, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.l_margin + self.epw, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw / 2, 5, "V.25-04817", new_x="RIGHT", new_y="TOP")
        self.cell(self.epw / 2, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def main() -> None:
    pdf = PDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title("Expert Group Meeting on the Smuggling of Migrants by Sea: Chair's summary")
    pdf.set_author("Chair of the Expert Group Meeting")
    pdf.set_creation_date(datetime.datetime(2025, 6, 27, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(w, 6.5, TITLE[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(w, 5.5, TITLE[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.multi_cell(w, 5.5, TITLE[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    n = 0
    for head, text in PARAS:
        if head:
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(w, 5.5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        n += 1
        pdf.set_font("Helvetica", "", 10)
        x = pdf.l_margin
        pdf.cell(9, 5, f"{n}.", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(w - 9, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    for b in BULLETS:
        pdf.set_x(pdf.l_margin + 9)
        pdf.cell(6, 5, chr(149), new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(w - 15, 5, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1.5)
    n += 1
    pdf.cell(9, 5, f"{n}.", new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(w - 9, 5, CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))
    print("wrote", OUT, "pages", pdf.page_no())


if __name__ == "__main__":
    main()
