"""Build docs/crp_witness_protection_nairobi_2024.pdf (fpdf2, core Helvetica, Latin-1 only)."""
from pathlib import Path
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "witness_2024" / "crp_witness_protection_nairobi_2024.pdf"

SYMBOL = "CTOC/COP/2024/CRP.9"

PARAS = [
    ("h", "I. Introduction"),
    ("p", "1. The Regional Preparatory Meeting for Eastern and Southern Africa on the Protection of Witnesses and Justice Collaborators in Organized Crime Cases was held in Nairobi from 10 to 12 June 2024. It was organized by the United Nations Office on Drugs and Crime (UNODC), in cooperation with the Office of the Director of Public Prosecutions of Kenya, in preparation for the twelfth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime.[1]"),
    ("p", "2. The meeting was attended by 112 participants from 17 States of the region, as well as representatives of regional organizations, the European Union, academic institutions and civil society organizations. Of the participants, 46 per cent were women."),
    ("p", "3. The meeting was chaired by Grace Wanjiru Odhiambo, Deputy Director of Public Prosecutions of Kenya. In her opening remarks, the Chair recalled that articles 24 and 26 of the Convention oblige States parties to take appropriate measures to protect witnesses and to encourage persons who participate in organized criminal groups to cooperate with the authorities. She observed that most organized crime prosecutions in the region still depended on oral testimony, and that a frightened witness was \"the weakest link in the chain of evidence\"."),
    ("p", "4. On behalf of the Secretariat, Marta Ferreira Lindqvist, Chief of the Implementation Support Section, Organized Crime Branch, UNODC, presented the preliminary results of a regional survey on witness protection practice, summarized in section II below. Ms. Ferreira Lindqvist explained that the survey had been circulated to 19 States in February 2024 and that 14 States had responded by 31 May 2024."),
    ("h", "II. Results of the regional survey"),
    ("p", "5. The table below sets out the main indicators reported by the responding States. Figures on admissions and relocations refer to the period 2021 to 2023 and are aggregated to protect the confidentiality of individual programmes.[2]"),
    ("table", None),
    ("p", "6. The Secretariat drew attention to the gap between the number of States with legislation and the number with a functioning, adequately resourced programme. Of the 1,486 persons admitted to protection programmes in the reporting period, 212 were justice collaborators, that is, persons who had themselves participated in an organized criminal group. Only 39 protected persons had been relocated to another State, and all but five of those relocations had taken place under ad hoc arrangements rather than under a formal agreement."),
    ("p", "7. The Secretariat further noted that the average time between a request for protection and the admission of a witness to a programme was 47 days, a period that several responding States considered too long, given that the greatest risk to a witness usually arises immediately after his or her identity becomes known to the defence."),
    ("h", "III. Summary of discussions"),
    ("p", "8. Participants broadly agreed that witness protection should not be understood solely as a relocation programme. Many speakers underlined the importance of procedural measures, such as testimony by video link, the use of pseudonyms and voice distortion, and the closure of courtrooms to the public, which could be applied at low cost in a much larger number of cases."),
    ("p", "9. Several delegations described the difficulty of protecting witnesses in small communities, where a change of identity is rarely effective and where threats are often directed at family members. Two delegations reported that witnesses in wildlife trafficking cases had been threatened by members of their own villages."),
    ("p", "10. On justice collaborators, a number of participants cautioned that reduced sentences and immunity from prosecution had to be granted transparently and under judicial supervision, so as to maintain public confidence. One participant noted that, in the absence of clear guidelines, the testimony of collaborators was frequently challenged by the defence as having been purchased."),
    ("p", "11. Civil society participants stressed the psychological needs of protected persons and their families, which were rarely budgeted for. The representative of a non-governmental organization reported that, in her organization's experience, the main reason witnesses withdrew from protection programmes was isolation rather than fear."),
    ("p", "12. Participants also discussed the protection of witnesses who give evidence in another State. It was noted that mutual legal assistance requests seldom addressed the security of the witness, and that few States in the region had concluded agreements on the relocation of protected persons.[3]"),
    ("h", "IV. Conclusions and next steps"),
    ("p", "13. In her closing remarks, the Chair summarized the main points raised during the meeting for consideration by the Conference of the Parties at its twelfth session: (a) States should assess the use of procedural protection measures before resorting to relocation; (b) States should adopt written guidelines on the treatment of justice collaborators; (c) States in the region should consider a regional framework agreement on the relocation of protected persons; and (d) protection programmes should be funded from a dedicated budget line."),
    ("p", "14. The Secretariat will include the final results of the regional survey in a background paper to be made available before the twelfth session of the Conference. The present conference room paper is issued in English only."),
]

TABLE = [
    ("Indicator", "Number of States / total"),
    ("States responding to the survey", "14 of 19"),
    ("States with witness protection legislation", "11"),
    ("States with a dedicated protection agency or unit", "6"),
    ("States with written rules on justice collaborators", "4"),
    ("Persons admitted to protection programmes, 2021-2023", "1,486"),
    ("of which justice collaborators", "212"),
    ("Protected persons relocated to another State, 2021-2023", "39"),
    ("Average days from request to admission", "47"),
]

FOOTNOTES = [
    "[1] United Nations, Treaty Series, vol. 2225, No. 39574. See in particular articles 24 (Protection of witnesses) and 26 (Measures to enhance cooperation with law enforcement authorities).",
    "[2] Two responding States provided figures for 2022 and 2023 only. Totals are therefore approximate.",
    "[3] See also the Good Practices for the Protection of Witnesses in Criminal Proceedings Involving Organized Crime (UNODC, 2008).",
]


def main() -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "United Nations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Distr.: General", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "8 October 2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "English only", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 5, "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Twelfth session\nVienna, 14-18 October 2024\nItem 3 of the provisional agenda\nInternational cooperation, including the protection of witnesses", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 6, "Regional Preparatory Meeting for Eastern and Southern Africa on the Protection of Witnesses and Justice Collaborators in Organized Crime Cases (Nairobi, 10-12 June 2024)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Conference room paper prepared by the Secretariat", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in PARAS:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(0, 5, "Table. Witness protection in responding States, Eastern and Southern Africa", new_x="LMARGIN", new_y="NEXT")
            for i, (a, b) in enumerate(TABLE):
                pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
                pdf.cell(120, 6, a, border=1)
                pdf.cell(0, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 8)
            pdf.cell(0, 5, "Source: UNODC regional survey on witness protection practice, 2024.", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, "_" * 30, new_x="LMARGIN", new_y="NEXT")
    for f in FOOTNOTES:
        pdf.multi_cell(0, 4, f, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
