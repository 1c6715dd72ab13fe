"""Build docs/written_contribution_red_andina_2023.docx with python-docx."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "assets_2022" / "written_contribution_red_andina_2023.docx"

d = Document()
d.styles["Normal"].font.name = "Calibri"
d.styles["Normal"].font.size = Pt(11)
d.add_paragraph("Red Andina por la Transparencia Financiera (RATF)")
d.add_heading("Written contribution to the Expert Meeting on Asset Recovery and Money Laundering linked to Organized Crime", level=1)
d.add_paragraph("Lima, 5-6 September 2023")
d.add_paragraph("Original: Spanish and English")

d.add_heading("1. Introduction", level=2)
d.add_paragraph("The Red Andina por la Transparencia Financiera (Andean Network for Financial Transparency, RATF) is a network of 14 civil society organizations, investigative journalists and university research centres in Bolivia, Colombia, Ecuador and Peru. We welcome the decision of UNODC to follow up on the conclusions of the November 2022 Regional Workshop in Lima, and we are grateful for the opportunity to submit this contribution in writing.")
d.add_paragraph("This contribution draws on our monitoring of 212 confiscation cases concluded in the four countries between 2018 and 2022, and on interviews with prosecutors, asset managers and community leaders.[1]")

d.add_heading("2. Beneficial ownership: the missing link", level=2)
d.add_paragraph("In 71 per cent of the cases we reviewed, at least one of the assets later confiscated had been held through a company or trust whose real owner did not appear in any public register at the time of the investigation.[2] Investigators told us that identifying the person behind a shell company took, on average, 14 months.")
d.add_paragraph("We are concerned that beneficial ownership registers in the region remain incomplete, are rarely verified and, in most cases, are not accessible to journalists or civil society. A register that nobody can consult does not deter anybody.")

d.add_heading("3. Management and social reuse of confiscated assets", level=2)
d.add_paragraph("We support the growing practice of allocating confiscated real estate to social uses, which we consider one of the most visible ways of showing communities that crime does not pay. At the same time, our research identified serious risks. In at least nine cases, properties transferred for social use had been re-occupied or informally leased by relatives or associates of the convicted persons.[3]")
d.add_paragraph("We therefore believe that social reuse should be accompanied by public selection criteria, independent audits and the participation of the affected communities in decisions about the future of each asset.")

d.add_heading("4. Protection of journalists and whistle-blowers", level=2)
d.add_paragraph("Several of the cases in our sample began with a report by a journalist or a bank employee. Two of the journalists who worked with our network on these cases received death threats in 2022. States should recognize that people who expose money laundering face real danger and should ensure that reporting channels are confidential and that protective measures are available.")

d.add_heading("5. Recommendations", level=2)
d.add_paragraph("In view of the above, RATF respectfully recommends that States and UNODC:")
recs = [
    "Establish central registers of beneficial ownership that are verified, kept up to date and accessible to competent authorities, journalists and civil society, in line with international standards.",
    "Adopt or strengthen non-conviction-based forfeiture, with full respect for due process and the rights of third parties in good faith.",
    "Publish annual statistics on assets seized, confiscated, sold, returned and reused, disaggregated by type of asset and offence.",
    "Ensure that decisions on the social reuse of confiscated assets follow public criteria, are audited independently and involve the communities concerned.",
    "Protect journalists, whistle-blowers and bank employees who report suspected money laundering.",
    "Include civil society in the follow-up to the conclusions of the 2022 Regional Workshop, including through an annual consultation.",
]
for r in recs:
    d.add_paragraph(r, style="List Number")

d.add_heading("Notes", level=2)
d.add_paragraph("[1] RATF, Lo que queda del delito: seguimiento de 212 casos de decomiso en la región andina, 2018-2022 (Lima, 2023).")
d.add_paragraph("[2] The 71 per cent figure refers to 151 of the 212 cases reviewed.")
d.add_paragraph("[3] Cases documented in Ecuador (4), Peru (3) and Colombia (2); details on file with RATF.")

d.add_paragraph("")
d.add_paragraph("Submitted by: Dra. Ximena Oyarzún-Baeza, Executive Director, Red Andina por la Transparencia Financiera")
d.save(OUT)
print("wrote", OUT)
