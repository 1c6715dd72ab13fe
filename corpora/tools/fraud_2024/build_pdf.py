"""Build docs/joint_statement_forced_criminality_2024.pdf (fpdf2, one page, core fonts: ASCII only)."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "fraud_2024" / "joint_statement_forced_criminality_2024.pdf"

pdf = FPDF(format="A4")
pdf.set_margins(18, 14, 18)
pdf.set_auto_page_break(True, 12)
pdf.add_page()
W = pdf.w - 36

def para(text, size=9.2, style="", h=4.3, gap=1.6):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text)
    pdf.ln(gap)

para("FREEDOM PASSAGE NETWORK  |  COALITION AGAINST DIGITAL SERVITUDE  |  JUSTICE AFTER TRAFFICKING INITIATIVE", 9, "B")
para("Joint statement on victims of trafficking for forced criminality in scam centres", 12.5, "B", 6)
para("Submitted to the high-level side event \"Scam centres: crime, coercion and the cost to victims\", twelfth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, Vienna, 15 October 2024", 9, "I")

para("We, the three undersigned organizations, work every day with people who have escaped or been released from compounds where they were forced to defraud strangers online. We thank the Governments of Thailand and the Philippines and UNODC for organizing this event, and we thank the Chair of the June intersessional meeting in Bangkok for giving civil society a voice in that meeting.")
para("Between January 2023 and August 2024, our organizations together assisted 1,842 survivors from 23 countries. Most were between 18 and 35 years old, and more than half held a university degree. Almost all had answered an online advertisement for work in customer service, marketing or IT support.")
para("What survivors describe is not a job. Their passports are confiscated on arrival, they are given daily quotas of people to contact, and those who fail to meet a quota are beaten, fined or sold to another compound. We therefore reject the language of \"scam workers\". These are victims of trafficking in persons, exploited for the purpose of forced criminality.")
para("At the Coalition Against Digital Servitude, our hotline in Manila received 2,316 calls in the first eight months of 2024, four times as many as in the same period of 2022. Justice After Trafficking Initiative has found that survivors returning to Kenya wait on average 11 months before they receive any support from the State.")
para("We are deeply concerned that survivors continue to be detained, fined or deported for immigration offences, or prosecuted for the frauds they were forced to commit. Punishing victims protects the traffickers, because it silences the only witnesses who can testify against them.")
para("Recommendations", 10, "B", 5, 0.8)
para("1. States should apply the principle of non-punishment in law and in practice, so that victims of trafficking are not prosecuted or penalized for offences they were compelled to commit.\n2. Every person removed from a compound should be granted a reflection and recovery period of at least 30 days, with shelter and legal advice, before any interview as a suspect.\n3. States should adopt common screening indicators for forced criminality and train police, immigration and consular staff to use them.\n4. Online platforms and payment companies should verify recruiters before job advertisements are published, and report patterns of fraudulent recruitment to the competent authorities.\n5. Survivors should be consulted in the design of every policy that concerns them, and compensated for their time.", gap=2)
para("We stand ready to share our data and case experience with States parties, UNODC and the Conference.", gap=3)
para("Signed:", 9.2, "B", 4.3, 0.5)
para("Dr. Samira Okafor, Executive Director, Freedom Passage Network (Bangkok)\nRafael Domingo Santos, Coordinator, Coalition Against Digital Servitude (Manila)\nGrace Wanjiru Mutua, Director, Justice After Trafficking Initiative (Nairobi)", gap=3)
para("Contact for this statement: Freedom Passage Network, Bangkok, Thailand - info@freedompassage.example - Page 1 of 1", 7.5, "I", 3.5, 0)

assert pdf.page == 1, "must fit on one page"
pdf.output(str(OUT))
print("wrote", OUT)
