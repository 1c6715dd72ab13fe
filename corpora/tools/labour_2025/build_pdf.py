"""Build docs/threadline_shadow_report_2025.pdf (NGO coalition shadow report) with fpdf2."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[3] / "corpora" / "labour_2025" / "threadline_shadow_report_2025.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Doc(FPDF):
    def header(self):
        self.set_font("DJ", "", 8)
        self.cell(0, 5, "Threadline Coalition for Worker Justice - Shadow Report, July 2025", align="R")
        self.ln(8)

    def footer(self):
        self.set_y(-12)
        self.set_font("DJ", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


pdf = Doc(format="A4")
pdf.add_font("DJ", "", FONT)
pdf.add_font("DJ", "B", FONTB)
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 18)
pdf.add_page()


def h(text, size=12):
    pdf.set_font("DJ", "B", size)
    pdf.multi_cell(0, 6, text)
    pdf.ln(2)


def para(text, size=10):
    pdf.set_font("DJ", "", size)
    pdf.multi_cell(0, 5, text)
    pdf.ln(2)


def quote(text):
    pdf.set_font("DJ", "", 10)
    pdf.set_x(30)
    pdf.multi_cell(150, 5, text)
    pdf.ln(2)


h("HIDDEN IN THE THREAD", 16)
h("Forced labour in garment, seafood and electronics supply chains: a shadow report to the Working Group on Trafficking in Persons", 11)
para("Submitted by the Threadline Coalition for Worker Justice on the occasion of the meeting of the Working Group on Trafficking in Persons, Vienna, 15-17 July 2025. Circulated as a conference room paper. The views expressed are those of the Coalition.", 9)
para("Coalition members: Mekong Migrant Workers Network; Sandbar Fisheries Solidarity; Open Ledger Institute; Dhaka Returnee Workers Forum.", 9)

h("Executive summary")
para("Between September 2024 and April 2025, researchers from the Coalition interviewed 212 workers employed in the production of garments, seafood and electronic components for export. The workers were employed in five countries and most of them were international migrants. This report sets out what they told us. It is a shadow report: it does not replace official statistics but tries to hear what official statistics miss.")
para("We found that 61 per cent of the workers interviewed had paid a recruitment fee, and that the average debt at the moment of arrival was 1,850 United States dollars. Almost one in three had had their passport held by an employer or broker. Most of them worked in workplaces that had passed a social audit. Social audits, in our experience, found the fire extinguishers but not the debt.")

h("Findings")
para("Finding 1. Recruitment fees are the engine of debt bondage. Of the 212 workers, 129 had paid a fee to a broker or agency, often through several intermediaries in the country of origin.1 Fees were highest for seafood processing and fishing.")
quote("\"I paid the broker before I ever saw a contract. When I arrived, the contract was in a language I could not read, and the salary was half.\" - Aye, garment worker, 24")
para("Finding 2. Identity documents are routinely retained. Sixty-eight workers reported that their passports or work permits had been kept by an employer or broker, usually \"for safekeeping\". Only four of them had asked for them back.")
para("Finding 3. Audits do not reach the bottom of the chain. Many of the worst cases were found at subcontracted workshops and vessels that were never visited by buyers' auditors.2 Workers said that they were coached before audit days.")
quote("\"On audit days we got gloves and water. The next day the gloves were gone.\" - Ramon (pseudonym), fish processing worker")
para("Finding 4. Fishers at sea remain the least protected. On long-haul vessels, workers described shifts of up to 20 hours and transfers between boats at sea that kept them away from port inspections for months.")
quote("\"Nobody inspects the ocean. If you are sick, you wait for the carrier ship.\" - Joel, deckhand")
para("Finding 5. Remedy is the exception. Only 9 of the 129 workers who paid fees had received any reimbursement, and none had received compensation through a court.3 Complaints mechanisms run by companies were little known and little trusted.")
quote("\"The company had a hotline on a poster. I called and they asked for my supervisor's name.\" - Sunil (pseudonym), electronics assembly")

h("Recommendations")
para("To States parties and the Working Group on Trafficking in Persons, we recommend:")
para("1. Prohibit the charging of any recruitment fees or related costs to workers, and enforce the \"employer pays\" principle through public procurement and import rules.")
para("2. Establish joint labour and criminal investigation teams with a mandate to inspect subcontractors and vessels, not only first-tier suppliers.")
para("3. Make the retention of identity documents by employers or brokers a specific offence.")
para("4. Guarantee access to remedy, including the reimbursement of recruitment fees and compensation, regardless of the worker's migration status.")
para("5. Require companies to disclose their suppliers beyond the first tier and to publish the results of remediation, not only of audits.")
para("6. Involve workers' organizations and survivors in the design of any due diligence law.")

para("Methodology note. Interviews were conducted in the workers' own languages by trained peer researchers, with informed consent. First names used in this report are pseudonyms where the worker asked for one. No worker is identified by employer or location.", 9)

para("Signed on behalf of the Coalition: Dr. Marisol Etxeberria, Coordinator, Threadline Coalition for Worker Justice", 9)
para("Contact: secretariat@threadline-coalition.example", 9)

pdf.ln(4)
pdf.set_font("DJ", "", 8)
pdf.multi_cell(0, 4, "Notes\n1 Brokers in the country of origin were involved in 104 of the 129 cases.\n2 Based on worker testimony; the Coalition did not have access to audit reports.\n3 The nine reimbursements followed campaigns by trade unions, not company grievance procedures.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT)
