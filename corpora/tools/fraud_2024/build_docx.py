"""Build docs/summary_intersessional_fraud_2024.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parents[3] / "corpora" / "fraud_2024" / "summary_intersessional_fraud_2024.docx"

d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)

t = d.add_table(rows=1, cols=2)
t.cell(0, 0).text = "United Nations"
t.cell(0, 1).text = "CTOC/COP/2024/CRP.4"
for line in ["Distr.: General", "12 July 2024", "", "Original: English"]:
    p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph("Conference of the Parties to the United Nations Convention against Transnational Organized Crime")
d.add_paragraph("Intersessional meeting on organized crime and cybercrime-enabled fraud")
d.add_paragraph("Bangkok, 4 and 5 June 2024")
d.add_heading("Summary of the general discussion", level=1)
d.add_paragraph("Prepared by the Chair").italic = True

def H(x): d.add_heading(x, level=2)
def P(x): d.add_paragraph(x)

H("I. Opening of the meeting (agenda item 1)")
P("1. The intersessional meeting on organized crime and cybercrime-enabled fraud was held at the United Nations Conference Centre in Bangkok on 4 and 5 June 2024 and was hosted by the Government of Thailand. It was attended by representatives of 71 States parties to the Convention, 9 intergovernmental organizations and 26 non-governmental organizations.")
P("2. The meeting was opened by the Chair, H.E. Ms. Ingrid Haugland (Norway). In her opening remarks, the Chair recalled that fraud committed from industrial-scale compounds had become \"one of the fastest-growing business models of organized crime in the world\". She invited delegations to concentrate on what States could do together before the twelfth session of the Conference, to be held in Vienna in October 2024.")
P("3. An opening statement was delivered by Mr. Olusegun Adeyemi-Clarke, Director of the Division for Treaty Affairs of the United Nations Office on Drugs and Crime (UNODC). Mr. Adeyemi-Clarke informed the meeting that the Office had received requests for technical assistance on cyber-enabled fraud from 34 States in 2023, compared with 11 in 2021. He added that \"the line between the victim and the perpetrator is being deliberately blurred by the traffickers\".")
P("4. The provisional agenda was adopted without amendment.")

H("II. Trends in organized crime and cybercrime-enabled fraud, including scam centres (agenda item 2)")
P("5. The representative of Thailand, speaking on behalf of the Association of Southeast Asian Nations (ASEAN), said that ASEAN member States had jointly rescued and repatriated more than 7,400 persons of 29 nationalities from scam compounds since 2022. He stated that ASEAN was finalizing a regional plan of action against online scams, which would be submitted to the ASEAN Ministerial Meeting on Transnational Crime later in the year.")
P("6. The representative of the European Union, speaking also on behalf of its member States, described scam centres as \"a hybrid of cybercrime, trafficking in persons and money-laundering that no single legal instrument can address alone\". She announced that the European Union would make available 9.5 million euros for a three-year regional programme on cyber-enabled fraud in South-East Asia, to be implemented with UNODC.")
P("7. The representative of the Republic of Korea said that losses from voice phishing and investment fraud in his country had reached the equivalent of 1.4 billion United States dollars in 2023. He highlighted a system under which banks could suspend a suspicious transfer \"within minutes of a report by the victim\".")
P("8. The representative of the United Kingdom of Great Britain and Northern Ireland noted that fraud accounted for around 40 per cent of all crime experienced by individuals in England and Wales and that a large share of it was committed from abroad.")
P("9. Speaking in her national capacity, the representative of Peru, Ms. Lucía Benavente Ortiz, drew attention to the recruitment of young Latin Americans through fraudulent offers of call-centre work in Asia. She said that her Government had identified 63 Peruvian victims since 2023 and called for \"consular networks that talk to each other across regions\".")
P("10. The representative of Kenya said that recruiters targeted university graduates with false job advertisements on social media promising monthly salaries of up to 1,500 United States dollars. The representative of Brazil said that instant payment systems were being abused through networks of money mule accounts, and described a rule of the Central Bank of Brazil, in force since November 2023, requiring payment institutions to share data on accounts flagged for fraud.")
P("11. Many speakers underlined that the Convention provided a sufficient legal basis for cooperation against the groups operating scam centres, where the offences were transnational in nature and involved an organized criminal group.")

H("III. Protection of victims of trafficking for forced criminality (agenda item 3)")
P("12. The Vice-Chair, Ms. Lucía Benavente Ortiz (Peru), took the chair at 3 p.m. on 4 June 2024 and presided over the discussion under agenda item 3.")
P("13. Opening the discussion, the Chair invited delegations to share their experience in applying the principle of non-punishment to persons who had been compelled to take part in fraud.")
P("14. The representative of the Philippines said that victims had been forced to commit fraud under threat of violence and debt bondage and must be \"treated as victims first, not as suspects with a sad story\". She reported that 1,130 Filipino nationals had been repatriated from scam compounds in 2023, and that the Inter-Agency Council Against Trafficking had adopted screening guidelines for returnees.")
P("15. The representative of Indonesia reported that his country had handled cases involving 3,250 of its nationals in online scam operations between 2020 and March 2024, and that the majority had been recruited through messaging applications.")
P("16. Several delegations stressed that the identification of victims often failed because the persons concerned were first encountered by police units investigating fraud, not trafficking. One delegation, from Japan, said that older persons in Japan were among the principal targets of fraud committed from compounds abroad, and that Japanese nationals had also been recruited to work as callers.")
P("17. The observer for Freedom Passage Network, a non-governmental organization, urged States to guarantee a reflection and recovery period to every person rescued from a compound before any interview by investigators.")
P("18. Summing up the discussion, the Chair noted broad agreement on the need for common screening tools, observing that \"victim identification cannot start in the courtroom\".")

H("IV. International cooperation and the role of the private sector (agenda item 4)")
P("19. Ms. Haugland resumed the chair at 10 a.m. on 5 June 2024.")
P("20. The representative of the United States of America called for the swift execution of requests to freeze funds, noting that the proceeds of a single fraud were often moved through a chain of accounts in less than 48 hours. He urged States to make wider use of joint investigation teams in cases involving scam centres.")
P("21. A number of speakers called for closer cooperation with payment service providers, telecommunications operators and social media platforms, in particular to take down false job advertisements and to trace mule accounts. Some delegations cautioned that such cooperation should respect data protection rules.")
P("22. The Chair observed that the private sector had been \"in the room but not yet at the table\" and proposed that companies be invited to the side event planned for the twelfth session of the Conference.")

H("V. Closing of the meeting (agenda item 5)")
P("23. In her closing remarks, the Chair thanked the Government of Thailand for hosting the meeting and the Vice-Chair for presiding over part of the deliberations. She informed participants that the present summary, prepared under her responsibility, would be transmitted to the Conference at its twelfth session.")
P("24. The Chair declared the meeting closed at 5.40 p.m. on 5 June 2024.")

d.save(OUT)
print("wrote", OUT)
