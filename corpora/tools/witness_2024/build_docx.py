"""Build docs/statement_sadc_nairobi_2024.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

ROOT = Path(__file__).resolve().parents[3]  # the repository
OUT = ROOT / "corpora" / "witness_2024" / "statement_sadc_nairobi_2024.docx"

HEAD = [
    ("Delivered by Ms. Luzia Domingos Kiala, Deputy Attorney General of the Republic of Angola", True),
    ("Statement on behalf of the Member States of the Southern African Development Community (SADC)", True),
    ("Regional Preparatory Meeting for Eastern and Southern Africa on the Protection of Witnesses and Justice Collaborators in Organized Crime Cases", False),
    ("Session 3: Justice collaborators and cross-border protection", False),
    ("Nairobi, 11 June 2024", False),
    ("Check against delivery", False),
]

BODY = [
    "Madam Chair,",
    "I have the honour to deliver this statement on behalf of the Member States of the Southern African Development Community, namely Angola, Botswana, the Comoros, the Democratic Republic of the Congo, Eswatini, Lesotho, Madagascar, Malawi, Mauritius, Mozambique, Namibia, Seychelles, South Africa, the United Republic of Tanzania, Zambia and Zimbabwe.",
    "At the outset, allow me to congratulate you, Ms. Odhiambo, on your election to chair this meeting, and to thank the Government and people of Kenya for their warm hospitality. We also thank UNODC for organizing this timely meeting and for the preliminary survey results presented yesterday by Ms. Ferreira Lindqvist.",
    "Madam Chair,",
    "Our region has learned, at a high cost, that the networks that traffic drugs, wildlife, minerals and human beings across our borders cannot be dismantled by investigating only the couriers. Those who direct these networks are rarely found in possession of the goods. They are reached only when someone who knows the inner workings of the group agrees to speak. For that reason, the SADC Member States attach great importance to article 26 of the Convention.",
    "We wish to make three points.",
    "First, we believe that cooperation agreements with justice collaborators must be transparent and subject to judicial control. A reduced sentence offered in secret undermines both the credibility of the testimony and the trust of our citizens in the justice system. We therefore support the development, under the auspices of UNODC, of model guidelines on the treatment of cooperating offenders that States could adapt to their own legal traditions.",
    "Second, protection does not stop at the border. A witness who has testified against a criminal group operating in several of our countries is rarely safe in any of them. The SADC Protocol on Mutual Legal Assistance in Criminal Matters provides a basis for cooperation, but it does not address the relocation of protected persons. We are therefore encouraged by the discussion on a regional framework agreement, and we propose that any such agreement provide for the sharing of relocation costs between the requesting and the receiving State.",
    "Third, we must be realistic about resources. Several of our Member States do not yet have a dedicated protection agency, and in many of our countries the same police officers who investigate a case are also asked to protect its witnesses. We call on development partners to support the training of specialized protection officers, and we encourage States of the region to make greater use of low-cost procedural measures, such as testimony by video link, while longer-term programmes are being built.",
    "Madam Chair,",
    "Allow me to share briefly some experience from within our Community. In the past three years, SADC Member States have together admitted more than 600 persons to witness protection programmes, and at least nine cross-border relocations have taken place between Member States. These figures are modest, but they show that cooperation is possible when trust exists between the authorities concerned.",
    "We are also mindful that women and children are often the most exposed when a family member agrees to testify. We urge that protection measures take account of the needs of the whole family, including schooling and access to health care, and that they be designed with a gender perspective.",
    "In conclusion, Madam Chair, the SADC Member States look forward to carrying the results of this meeting to the twelfth session of the Conference of the Parties in Vienna. We stand ready to work with all States of the region, and with our partners, to ensure that no witness in Eastern and Southern Africa is forced to choose between telling the truth and staying alive.",
    "I thank you.",
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    for text, bold in HEAD:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
    for text in BODY:
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.core_properties.title = "SADC statement, Regional Preparatory Meeting on Witness Protection, Nairobi 2024"
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
