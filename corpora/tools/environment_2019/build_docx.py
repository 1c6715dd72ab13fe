"""Build docs/report_rpm_environment_gaborone_2019.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[3] / "corpora" / "environment_2019" / "report_rpm_environment_gaborone_2019.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)

def p(text, bold=False, align=None, size=None):
    para = d.add_paragraph()
    r = para.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para

sec = d.sections[0]
sec.header.paragraphs[0].text = "UNODC/CTOC/RPM.ENV/2019/3"
sec.footer.paragraphs[0].text = "V.19-10874 (E)"
p("United Nations", bold=True, size=14)
p("UNODC/CTOC/RPM.ENV/2019/3", align="r")
p("Distr.: General\n8 November 2019\n\nOriginal: English", align="r")
p("United Nations Office on Drugs and Crime", bold=True)
p("Regional Preparatory Meeting for Eastern and Southern Africa on Crimes that Affect the Environment\nGaborone, 15–17 October 2019")
p("Report on the Regional Preparatory Meeting for Eastern and Southern Africa on Crimes that Affect the Environment, held in Gaborone from 15 to 17 October 2019", bold=True, size=12)

paras = [
("h", "I. Organization of the meeting"),
("h", "A. Opening of the meeting"),
("n", "The Regional Preparatory Meeting for Eastern and Southern Africa on Crimes that Affect the Environment was held at the Gaborone International Convention Centre from 15 to 17 October 2019. It was organized by the United Nations Office on Drugs and Crime (UNODC) in cooperation with the Government of Botswana, as part of the preparations for the tenth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime."),
("n", "The meeting was opened by Ilse Brandauer, Programme Officer of the Global Programme for Combating Wildlife and Forest Crime of UNODC. In her opening statement, Ms. Brandauer recalled that trafficking in wildlife, timber and waste generated large profits for organized criminal groups while carrying a low risk of detection and punishment. She observed that the Convention offered a ready framework for international cooperation in such cases, but that it remained underused by investigators and prosecutors in the region."),
("n", "Welcoming remarks were delivered on behalf of the Government of Botswana by a representative of the Ministry of Environment, Natural Resources Conservation and Tourism."),
("h", "B. Attendance"),
("n", "The meeting was attended by 58 participants, of whom 21 were women. Representatives of the following 14 States took part: Botswana, Eswatini, Ethiopia, Kenya, Lesotho, Madagascar, Malawi, Mozambique, Namibia, South Africa, Uganda, United Republic of Tanzania, Zambia and Zimbabwe. The number of participants from each State is shown in the annex."),
("n", "Two intergovernmental organizations, the International Criminal Police Organization (INTERPOL) and the Lusaka Agreement Task Force, were represented by observers. Three non-governmental organizations also attended as observers: Canopy Watch Africa, the Kalahari Rangers Foundation and the Blue Manifest Coalition."),
("h", "C. Election of officers"),
("n", "At its opening session, on 15 October 2019, the meeting elected by acclamation Lesedi Mmolawa (Botswana) as Chair and Henrique Macuácua (Mozambique) as Rapporteur."),
("n", "In her introductory remarks, the Chair thanked participants for travelling to Gaborone and invited them to identify the points at which the trafficking chain could be broken, from the protected area or forest concession to the port of export. She stressed that the recommendations of the meeting should be few, practical and capable of being reported to the Conference of the Parties in 2020."),
("h", "D. Adoption of the agenda"),
("n", "The meeting adopted the following agenda: 1. Opening of the meeting. 2. Election of officers. 3. Criminalization and sanctions for crimes that affect the environment. 4. Investigation, including financial investigations and forensic support. 5. International cooperation, including cooperation in cases of waste trafficking. 6. Recommendations. 7. Adoption of the report."),
("h", "II. Summary of deliberations"),
("n", "One speaker noted that in several countries of the region the illegal killing of protected species was still punished as a minor administrative offence, attracting fines that were lower than the price of a single kilogram of rhino horn."),
("n", "Several speakers said that wildlife and forest offences should be treated as serious crimes within the meaning of article 2 of the Convention, so that the full range of cooperation tools, including mutual legal assistance and extradition, would be available."),
("n", "The representative of Kenya stated that his country's wildlife forensic and genetics laboratory had analysed samples from 312 seizures of ivory and rhino horn since 2017. He added that the laboratory's findings had been used as evidence in 46 prosecutions, and offered to share its sampling protocols with other States of the region."),
("n", "The representative of the United Republic of Tanzania described the work of a national multi-agency task team that brought together the police, wildlife and forestry authorities, customs and the prosecution service. She reported that cooperation with port authorities had led to the interception of 11 containers of illegally harvested timber at the port of Dar es Salaam in 2018."),
("n", "The representative of South Africa emphasized that following the money was often the only way to reach the organizers of trafficking networks rather than the couriers. He informed the meeting that asset forfeiture proceedings in wildlife cases had resulted in preservation orders with a total value of 38 million rand over the previous two years."),
("n", "The representative of Madagascar drew attention to the illegal logging and export of rosewood and ebony. He warned that stockpiles of seized timber were vulnerable to theft and could re-enter the market, and requested technical assistance to inventory and secure those stockpiles."),
("n", "Turning to waste trafficking, one speaker, from Mozambique, reported that mislabelled containers of electronic waste and used tyres declared as second-hand goods had been detected in transit through the region's ports. The speaker called for closer contact between customs and the national authorities responsible for the Basel Convention."),
("n", "The representative of Uganda said that traffickers in pangolin scales and ivory were increasingly using air cargo and express courier services rather than sea freight, and that airport staff needed training in profiling such consignments."),
("n", "The representative of Zambia highlighted corruption as the enabler of most environmental crimes and stated that no trafficking route could operate for long without the complicity of officials. She urged States to make use of the Convention's provisions on corruption and on the liability of legal persons."),
("n", "Several speakers noted that cooperation with the private sector, in particular shipping lines, freight forwarders and online platforms, remained limited, and that information on suspicious consignments was rarely shared in time to allow interception."),
("n", "Ms. Brandauer informed participants that UNODC had provided technical assistance on wildlife and forest crime to 19 countries in Eastern and Southern Africa since 2014. She announced that UNODC intended to hold a follow-up consultation in 2020 to gather further views, including from civil society and the private sector."),
("n", "In her closing remarks, the Chair said that the meeting had shown that States of the region did not lack laws so much as the means to apply them consistently across borders."),
("h", "III. Recommendations"),
("n", "The meeting adopted the following recommendations:"),
("n", "(a) States should consider establishing the most serious wildlife, forest and waste offences as serious crimes, punishable by a maximum deprivation of liberty of at least four years, in line with article 2 (b) of the Convention;"),
("n", "(b) States should establish or strengthen multi-agency task forces at major seaports, airports and land border crossings;"),
("n", "(c) States should conduct parallel financial investigations in all major cases of trafficking in wildlife, timber and waste, with a view to identifying, freezing and confiscating the proceeds of crime;"),
("n", "(d) States should strengthen forensic capacities and share the results of forensic analysis of seized ivory and rhino horn with the States concerned within 90 days of seizure;"),
("n", "(e) States should improve cooperation between law enforcement authorities and the competent authorities under the Basel Convention in cases involving transboundary movements of hazardous waste;"),
("n", "(f) UNODC should convene a follow-up consultation in 2020, open to civil society and the private sector, and submit the findings of both meetings to the Conference of the Parties at its tenth session."),
("h", "IV. Adoption of the report"),
("n", "On 17 October 2019, the Rapporteur introduced the draft report. The meeting adopted the report, as orally amended, by consensus."),
]
n = 0
for kind, text in paras:
    if kind == "h":
        p(text, bold=True)
    else:
        if text.startswith("("):
            p("\t" + text)
        else:
            n += 1
            p(f"{n}.\t{text}")

d.add_page_break()
p("Annex", bold=True, align="c")
p("Participating States and number of participants", bold=True, align="c")
rows = [("Botswana", 9), ("Eswatini", 2), ("Ethiopia", 2), ("Kenya", 5), ("Lesotho", 2), ("Madagascar", 3),
        ("Malawi", 3), ("Mozambique", 4), ("Namibia", 3), ("South Africa", 5), ("Uganda", 3),
        ("United Republic of Tanzania", 4), ("Zambia", 2), ("Zimbabwe", 2)]
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "State"; t.rows[0].cells[1].text = "Number of participants"
for s, c in rows:
    r = t.add_row().cells; r[0].text = s; r[1].text = str(c)
r = t.add_row().cells; r[0].text = "Total (States)"; r[1].text = str(sum(c for _, c in rows))
p("Note: In addition, 3 participants represented intergovernmental organizations and 6 represented non-governmental organizations.")
d.save(OUT)
print(OUT, sum(c for _, c in rows))
