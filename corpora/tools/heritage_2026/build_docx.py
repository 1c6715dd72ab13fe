"""Build docs/report_egm_cultural_property_2026.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parents[3] / "corpora" / "heritage_2026" / "report_egm_cultural_property_2026.docx"

HEADER = [
    ("United Nations", True), ("UNODC/CTOC/EG.9/2026/2", False), ("Distr.: General", False),
    ("5 May 2026", False), ("Original: English", False),
]
TITLE = [
    "Expert Group Meeting on Cross-Border Cooperation against Trafficking in Cultural Property",
    "Valletta, 14-16 April 2026",
    "Report on the meeting of the Expert Group on Cross-Border Cooperation against Trafficking in Cultural Property held in Valletta from 14 to 16 April 2026",
]
BODY = [
    ("H", "I. Introduction"),
    ("P", "1. In its resolution 11/4, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime requested the United Nations Office on Drugs and Crime (UNODC) to convene an open-ended expert group meeting to examine practical obstacles to international cooperation in criminal matters related to trafficking in cultural property, and to identify good practices in the use of the Convention for that purpose."),
    ("P", "2. The present report summarizes the deliberations of the Expert Group Meeting, which was hosted by the Government of Malta and held at the Mediterranean Conference Centre in Valletta from 14 to 16 April 2026."),
    ("H", "II. Organization of the meeting"),
    ("S", "A. Opening of the meeting"),
    ("P", "3. The meeting was opened by Farida Oyelaran-Stein, Director of the Division for Treaty Affairs of UNODC. In her opening statement, Ms. Oyelaran-Stein recalled that the Convention applied to trafficking in cultural property whenever the offence was transnational in nature, involved an organized criminal group and was punishable by at least four years of deprivation of liberty."),
    ("P", "4. She observed that only a minority of the requests for mutual legal assistance involving cultural objects that had been reported to UNODC since 2022 expressly invoked the Convention as their legal basis, and encouraged experts to consider why that was the case."),
    ("P", "5. Joseph Camilleri Azzopardi, Permanent Secretary for National Heritage of Malta, welcomed participants on behalf of the host Government. He described Malta as a transit point on maritime routes in the central Mediterranean and stated that customs officers in Maltese ports had intercepted 212 archaeological objects without export documentation during 2025."),
    ("P", "6. A representative of the United Nations Educational, Scientific and Cultural Organization (UNESCO) also made an opening statement, in which the importance of complementarity between the 1970 UNESCO Convention and the Organized Crime Convention was underlined."),
    ("S", "B. Election of officers"),
    ("P", "7. The Expert Group elected Eleni Markopoulou (Greece) as Chair and Tomás Ibarra Quiroga (Peru) as Rapporteur."),
    ("P", "8. In her introductory remarks, the Chair noted that experts had been invited in their personal capacity and encouraged them to speak from operational experience rather than to deliver prepared national positions."),
    ("S", "C. Attendance"),
    ("P", "9. The meeting was attended by 96 experts from 41 States, as well as by observers from intergovernmental organizations, academic institutions and non-governmental organizations. A compilation of the written submissions received before the meeting was made available to participants."),
    ("S", "D. Documentation"),
    ("P", "10. The Expert Group had before it a background paper prepared by the Secretariat and the compilation of written submissions referred to in paragraph 9."),
    ("H", "III. Summary of deliberations"),
    ("S", "A. Identification of objects and evidence of provenance"),
    ("P", "11. Several speakers noted that investigations frequently failed because the requesting State could not prove that an object had been unlawfully excavated or exported, particularly where the object had never been inventoried."),
    ("P", "12. One speaker, from Italy, described a national database of stolen and illicitly exported cultural property that contained more than 1.3 million records and could be consulted by foreign law enforcement authorities through a secure portal."),
    ("P", "13. Another speaker, from Iraq, stated that the absence of inventories for sites looted during periods of conflict obliged the authorities to rely on expert opinion, satellite imagery and the testimony of local communities."),
    ("P", "14. Some participants suggested that States make wider use of the Object ID standard when describing stolen items in requests for assistance."),
    ("S", "B. Mutual legal assistance and law enforcement cooperation"),
    ("P", "15. Many speakers reported long delays in the execution of requests for mutual legal assistance, in some cases exceeding two years, by which time the object had often been resold."),
    ("P", "16. One speaker suggested that central authorities should be allowed to send requests for the provisional seizure of an object directly, with the formal request to follow within a fixed period."),
    ("P", "17. One speaker, from Mexico, informed the Expert Group that 310 archaeological pieces had been withdrawn from sale at foreign auctions in 2025 following diplomatic notes and requests for cooperation, but noted that only a small number of those pieces had been returned."),
    ("P", "18. Several speakers highlighted the value of joint investigation teams and of informal police-to-police contacts under article 27 of the Convention, while cautioning that information obtained informally could not always be used as evidence in court."),
    ("S", "C. Online markets and the private sector"),
    ("P", "19. Several participants expressed concern about the growing volume of cultural objects offered for sale through online marketplaces and social media groups, where sellers could remain anonymous and listings were frequently removed before authorities could act."),
    ("P", "20. One participant, speaking on behalf of a non-governmental organization, stated that the organization had monitored 4,200 online listings of antiquities over six months and found that 37 per cent of them gave no information on provenance."),
    ("P", "21. Some participants called for voluntary codes of conduct for auction houses and dealers to be complemented by legally binding due diligence obligations, while others considered that national legislation already provided sufficient obligations and that the problem was one of enforcement."),
    ("H", "IV. Conclusions and recommendations"),
    ("P", "22. At its final session, on 16 April 2026, the Expert Group agreed on the following recommendations for consideration by the Conference of the Parties:"),
    ("P", "(a) States should consider establishing trafficking in cultural property as a serious crime within the meaning of article 2 of the Convention, so that the Convention can serve as a legal basis for cooperation;"),
    ("P", "(b) States should designate specialized contact points for cultural property within their central authorities and communicate their details to UNODC;"),
    ("P", "(c) States should make use of mechanisms for the expedited provisional seizure of cultural objects pending the receipt of a formal request for mutual legal assistance;"),
    ("P", "(d) States should consider requiring online platforms, auction houses and dealers to retain records of the provenance of cultural objects offered for sale and to make them available to competent authorities on request;"),
    ("P", "(e) UNODC should develop, in cooperation with UNESCO, a practical guide on the use of the Convention in cases of trafficking in cultural property."),
    ("P", "23. The Rapporteur, Mr. Ibarra Quiroga, presented the draft report, which was adopted by the Expert Group. The Chair declared the meeting closed on 16 April 2026 at 5.30 p.m."),
]

def main():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)
    for text, bold in HEADER:
        p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if not bold else WD_ALIGN_PARAGRAPH.LEFT
    for t in TITLE:
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True
    for kind, text in BODY:
        if kind == "H":
            d.add_heading(text, level=1)
        elif kind == "S":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.add_paragraph("V.26-03117 (E)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    d.save(OUT)
    print("wrote", OUT)

if __name__ == "__main__":
    main()
