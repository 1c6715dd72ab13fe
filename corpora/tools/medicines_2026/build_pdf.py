"""Build docs/chairs_summary_regional_meeting_fmp_2026.pdf (fpdf2, DejaVu fonts)."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "medicines_2026" / "chairs_summary_regional_meeting_fmp_2026.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"

HEADER = [
    ("UNODC/ROSEAP/RM.FMP/2026/2", "R"),
    ("Distr.: General", "R"),
    ("27 March 2026", "R"),
    ("Original: English", "R"),
]
TITLE = [
    "United Nations Office on Drugs and Crime",
    "Regional Office for Southeast Asia and the Pacific",
    "Regional Meeting on Falsified Medical Products and Organized Crime",
    "Bangkok, 24 and 25 March 2026",
]
BODY = [
    ("H", "Chair's summary"),
    ("H", "I. Introduction"),
    ("P", "1. The Regional Meeting on Falsified Medical Products and Organized Crime was convened by the UNODC Regional Office for Southeast Asia and the Pacific, in cooperation with the Government of Thailand, at the United Nations Conference Centre in Bangkok on 24 and 25 March 2026. The meeting brought together 112 participants from 17 States, four international organizations, nine civil society organizations and six private sector entities. Its three sessions addressed illegal online pharmacies, customs seizures of medical products sent by post and courier, and cooperation with online platforms."),
    ("P", "2. The meeting was chaired by Ambassador Kittipong Srisawat (Thailand). In his opening remarks, the Chair said that falsified medicines were \"not a victimless fraud but a crime that kills quietly\", and asked participants to concentrate on measures that could be taken within existing legal frameworks."),
    ("P", "3. Ms. Hélène Marchetti, Crime Prevention and Criminal Justice Officer, UNODC, presented the regional threat picture. She informed participants that more than 60 per cent of the falsified medical products seized in the region in 2025 had been ordered online, and that antimalarials, antibiotics and weight-loss injections were the categories most often reported."),
    ("H", "II. Illegal online pharmacies"),
    ("P", "4. A number of speakers observed that illegal online pharmacies increasingly operated through social media channels and messaging applications rather than through stand-alone websites, which made them harder to identify and to block."),
    ("P", "5. The representative of Malaysia reported that the national pharmaceutical regulator had blocked 3,400 websites and 1,150 social media accounts selling unregistered medicines in 2025, and proposed that States in the region maintain a shared list of verified online pharmacies."),
    ("P", "6. Speaking on behalf of the Mekong Patient Safety Alliance, Dr. Priya Raghavan drew attention to the targeting of patients with chronic conditions, in particular diabetes, through paid advertisements promising cheaper treatment without a prescription. She called for public warnings to be published in local languages, not only in English."),
    ("P", "7. The delegation of Australia described a public awareness campaign run jointly with pharmacy associations, and stressed that awareness measures worked best when patients could check a pharmacy licence online in less than a minute."),
    ("P", "8. Some speakers cautioned that website blocking should remain subject to judicial or independent review, so that legitimate pharmacies and information services were not affected."),
    ("H", "III. Customs seizures and postal flows"),
    ("P", "9. The representative of Indonesia stated that the customs administration had seized 1.8 million falsified or unregistered tablets and capsules at international mail centres in 2025, most of them in parcels declared as food supplements."),
    ("P", "10. Viet Nam highlighted the time needed to obtain laboratory analysis that could be used in court, noting that the testing of seized samples took 45 days on average, and expressed interest in sharing laboratory capacity at the regional level."),
    ("P", "11. A number of speakers emphasized that small consignments sent by post and express courier had become the main channel of supply, and that a single parcel often contained fewer than 50 units, which was below the thresholds used to open criminal investigations in several countries."),
    ("P", "12. The representative of SwiftParcel Asia, an express courier company, said that the company already transmitted advance electronic data on shipments to customs authorities in 11 countries, and proposed the development of joint risk profiles with customs."),
    ("P", "13. The representative of the World Health Organization (WHO) encouraged Member States to report incidents to the WHO Global Surveillance and Monitoring System, and recalled that regulators and customs used different product classifications, which complicated the comparison of seizure data."),
    ("H", "IV. Cooperation with online platforms"),
    ("P", "14. Mr. Marcus Lim, Head of Trust and Safety at Kedai Link, an online marketplace, said that the platform had removed 260,000 listings for prescription-only medicines in 2025, and that about 80 per cent of them had been detected by automated tools before any sale was made."),
    ("P", "15. Several delegations, including Cambodia and Singapore, said that takedowns alone were insufficient and that platforms should preserve data on sellers and provide it to law enforcement authorities upon a lawful request."),
    ("P", "16. The representative of Singapore added that requests to platforms should be channelled through a limited number of designated contact points, to avoid duplication and delays."),
    ("P", "17. Verantis Pharmaceuticals described a pack verification system based on serialized QR codes and informed the meeting that 9 per cent of scans made by consumers in the region in 2025 had returned a warning. The Regional Pharmacists Federation stressed that community pharmacists should be trained to recognize and report suspicious products."),
    ("H", "V. Conclusions of the Chair"),
    ("P", "18. In summarizing the discussions, the Chair identified four areas for follow-up: (a) a regional list of verified online pharmacies; (b) common risk indicators for postal and courier consignments; (c) a network of designated contact points between law enforcement authorities and online platforms; and (d) shared laboratory capacity for the testing of seized products."),
    ("P", "19. The Chair thanked Ms. Aroha Whitfield (New Zealand) for facilitating the informal consultations on the draft recommendations held on the evening of 24 March 2026, and informed participants that the revised draft would be circulated to States for comments by 30 April 2026."),
    ("P", "20. The Chair announced that the next regional meeting would be held in 2027, at a venue to be confirmed."),
    ("P", "21. The present summary was prepared under the responsibility of the Chair and is not a negotiated document."),
    ("H", "Annex"),
    ("H", "List of statements"),
    ("P", "Statements were made by the following participants, in the order in which they took the floor:"),
    ("P", "States: Thailand (Chair); Malaysia; Australia; Indonesia; Viet Nam; Philippines; Cambodia; Singapore; New Zealand."),
    ("P", "International organizations: United Nations Office on Drugs and Crime (UNODC); World Health Organization (WHO)."),
    ("P", "Civil society organizations: Mekong Patient Safety Alliance; Regional Pharmacists Federation."),
    ("P", "Private sector entities: SwiftParcel Asia; Kedai Link; Verantis Pharmaceuticals."),
]


class PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 10, f"V.26-01874        {self.page_no()}", align="C")


def main():
    pdf = PDF(format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    for text, align in HEADER:
        pdf.cell(0, 5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    for t in TITLE:
        pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "H":
            pdf.set_font("DejaVu", "B", 11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
