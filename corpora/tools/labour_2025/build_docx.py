"""Build docs/summary_record_wg_tip_2025_sr2.docx (UN-style summary record)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parents[3] / "corpora" / "labour_2025" / "summary_record_wg_tip_2025_sr2.docx"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)

def p(text, bold=False, italic=False, center=False, size=None):
    para = doc.add_paragraph()
    run = para.add_run(text); run.bold = bold; run.italic = italic
    if size: run.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para

t = doc.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = "United Nations"
t.rows[0].cells[1].text = "CTOC/COP/WG.4/2025/SR.2"
p("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", bold=True)
p("Distr.: General\n22 July 2025\n\nOriginal: English")
p("Working Group on Trafficking in Persons", bold=True)
p("Vienna, 15-17 July 2025")
p("Summary record of the 2nd meeting", bold=True, size=12)
p("Held at the Vienna International Centre, Board Room D, on Wednesday, 16 July 2025, at 10 a.m.")
p("Chair: Mr. Wierzbicki (Poland)")
p("Contents", bold=True)
p("Thematic discussion: trafficking in persons for the purpose of forced labour in global supply chains (continued)")
p("(a) Detection of forced labour indicators in recruitment and employment")
p("(b) Cooperation with the private sector, including due diligence and remediation")
p("This record is subject to correction. Corrections should be submitted in one of the working languages, set forth in a memorandum and/or incorporated in a copy of the record. They should be sent within one week of the date of this document to the Editing Unit.", italic=True)

p("The meeting was called to order at 10.05 a.m.")
p("Thematic discussion: trafficking in persons for the purpose of forced labour in global supply chains (continued)", bold=True)
p("(a) Detection of forced labour indicators in recruitment and employment", italic=True)
p("1. The Chair said that the Working Group would continue its thematic discussion, which had been opened the previous afternoon with a presentation by the Secretariat. He reminded delegations that the discussion was intended to produce practical recommendations for consideration by the Conference of the Parties and asked speakers to keep their interventions to five minutes.")
p("2. Ms. Lindqvist (Secretariat) said that trafficking for forced labour accounted for 38 per cent of detected victims in the most recent global data compiled by the United Nations Office on Drugs and Crime (UNODC), up from 32 per cent four years earlier. Most of those cases involved recruitment fees, deception about wages and the confiscation of identity documents. The Office had received 17 requests for technical assistance on labour inspection and trafficking since the previous session of the Working Group.")
p("3. Mr. Saldanha (Brazil) said that his country’s mobile inspection groups had removed 2,004 workers from conditions analogous to slavery in 2024, most of them in coffee, charcoal and construction. Combining labour inspectors, prosecutors and the federal police in the same team had been decisive, because it allowed evidence to be secured on the spot. Brazil was prepared to share its inspection protocols with interested States.")
p("4. Ms. Nguyen Thi Lan (Viet Nam) said that her Government had revoked the licences of 38 recruitment agencies in the past two years for charging workers excessive fees. She cautioned, however, that supply chain measures adopted by importing States should not place the entire burden on producing countries and their small enterprises. Any new import restrictions should be accompanied by capacity-building and by a genuine dialogue with the countries concerned.")
p("5. Mr. Asante-Mensah (Ghana) said that forced labour rarely announced itself; it was hidden behind subcontracting and informal recruitment. Ghana had trained 140 labour inspectors in the identification of trafficking indicators since 2023 and had placed trafficking focal points in all 16 regions. “An inspector who cannot recognise debt bondage will sign off a factory as compliant,” he said. He called for a UNODC training module on joint labour and criminal investigations.")
p("(b) Cooperation with the private sector, including due diligence and remediation", italic=True)
p("6. Ms. Dubois-Martel (European Union), speaking on behalf of the European Union and its member States, said that the Union’s regulation prohibiting products made with forced labour on its market would apply from December 2027. The regulation was risk-based and would be accompanied by guidelines for economic operators and a database of forced labour risk indicators. The European Union would continue to engage with partner countries to ensure that the measure supported workers rather than simply diverting trade.")
p("7. Ms. Solberg (Norway) said that her country’s transparency legislation required large enterprises to carry out human rights due diligence and to answer requests for information from the public. In its first two years, the Consumer Authority had received over 600 such requests. She stressed that due diligence without remediation was incomplete and that workers who had paid recruitment fees should have them reimbursed.")
p("8. Mr. Chowdhury (Bangladesh) said that his delegation agreed that remediation mattered but that it had to reach the worker and not end with the auditor. Migrant workers from Bangladesh often paid between 3,000 and 5,000 United States dollars to secure employment abroad. He proposed that the Working Group recommend bilateral agreements that made employers in destination countries bear recruitment costs.")
p("9. The representative of Thailand said that her country had amended its fisheries legislation to require electronic monitoring of working hours on board commercial vessels and had established port-in port-out inspection centres. She noted that the measures had been developed with the fishing industry and with workers’ organizations.")
p("10. Several delegations expressed support for the “employer pays” principle and for model contract clauses that companies could include in agreements with suppliers. Some delegations cautioned that audits conducted by private certification firms were no substitute for public labour inspection.")
p("11. The Chair said that he had heard broad convergence on three points: the need for joint labour and criminal justice investigations, the prohibition of recruitment fees charged to workers, and access to remedy for victims. He would reflect those points in his oral summary at the closing of the session. He invited the Secretariat to compile the inspection protocols offered by Brazil and other States.")
p("12. Ms. Lindqvist (Secretariat) said that the Secretariat would prepare a compilation of national practices for the next session and would make it available on the Working Group’s web page.")
p("The meeting rose at 1 p.m.")
OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
