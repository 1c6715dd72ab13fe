"""Build the two DOCX documents of the technical_assistance set with python-docx.

  docs/chairs_summary_cd_ta_2024.docx   Chair's summary (numbered paragraphs, session headings)
  docs/information_note_cd_ta_2024.docx Information note for participants (short, with a table)

Usage: .venv/bin/python corpora/tools/technical_assistance_2024/build_docx.py
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parents[3] / "corpora" / "technical_assistance_2024"

# ---------------------------------------------------------------------------------------------
# Chair's summary. kinds: meta, title, h1, para (numbered "N.\t"), sub (lettered), note
# ---------------------------------------------------------------------------------------------
SUMMARY = [
    ("meta", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
    ("meta", "Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto"),
    ("meta", "2024 Constructive Dialogue on Technical Assistance and Capacity-Building\nVienna, 5 June 2024"),
    ("meta", "Distr.: General\n19 June 2024\nOriginal: English"),
    ("title", "Chair's summary"),
    ("h1", "I.\tIntroduction"),
    ("para", "The 2024 Constructive Dialogue on Technical Assistance and Capacity-Building was held in Vienna on 5 June 2024, in a hybrid format, following the seventeenth meeting of the Working Group of Government Experts on Technical Assistance, held on 3 and 4 June 2024. The dialogue was chaired by Annika Seppälä (Finland), Chair of the Working Group."),
    ("para", "The dialogue built on the 2023 Constructive Dialogue on International Cooperation, which had addressed law enforcement cooperation under article 27 of the Convention. The 2024 dialogue focused on the implementation of articles 29 and 30 of the Convention, on training and technical assistance and on other measures for the implementation of the Convention through economic development and technical assistance."),
    ("para", "The present summary was prepared under the responsibility of the Chair. It does not constitute a negotiated outcome and reflects the views expressed by participants, without attributing them to all participants."),
    ("h1", "II.\tOpening and briefing on the status of the Review Mechanism"),
    ("para", "In her opening remarks, the Chair recalled that the constructive dialogues offered non-governmental stakeholders a forum to contribute practical inputs to the work of the Review Mechanism. She invited participants to focus on \u201cwhat works, what does not, and why\u201d, rather than on general statements."),
    ("para", "A representative of the secretariat of the Review Mechanism, in the United Nations Office on Drugs and Crime (UNODC), briefed participants on the status of the reviews. As at 31 May 2024, 41 country reviews had been completed, and technical assistance needs had been identified in 33 of them. The most frequently identified needs related to the collection of data, the specialized training of investigators and prosecutors, and assistance in drafting legislation."),
    ("h1", "III.\tPanel 1: From training to institutions"),
    ("para", "The first panel was moderated by a representative of the secretariat and addressed the question of how training could be made sustainable."),
    ("para", "The Director of the Southern Africa Justice Capacity Institute presented a follow-up study of 1,200 investigators and prosecutors trained in 2022, which had found that only about one in three remained in a post where the training could be applied 18 months later. She recommended that courses be integrated into the curricula of national academies and followed by mentoring."),
    ("para", "The representative of Corvanta Payments described the company's training of financial intelligence analysts and cautioned that public-private partnerships required safeguards for personal data and clear agreements on the ownership of results."),
    ("para", "The representative of Ghana presented the national Prosecutors' Mentorship Programme and stated that its curriculum had been developed by national prosecutors, with external partners providing funding. He noted that the retention of trained staff remained a challenge, with an annual turnover of about 18 per cent among State attorneys."),
    ("para", "The representative of Indonesia described the regional workshops on countering the smuggling of migrants hosted by her country. She emphasized that South-South cooperation allowed countries facing similar challenges to learn from each other \u201cin a language of shared experience\u201d."),
    ("para", "Several speakers noted that training was frequently delivered to officials who were transferred shortly afterwards, and called for selection criteria that took into account the likelihood that participants would remain in their functions."),
    ("h1", "IV.\tPanel 2: Measuring the impact of technical assistance"),
    ("para", "The representative of the Observatorio Andino de Justicia Penal presented a review of 46 capacity-building projects in five countries, only nine of which had established a baseline before activities began."),
    ("para", "The Executive Director of the Coalition for Accountable Justice Aid called for \u201cpartnership, not parachutes\u201d and proposed that evaluation reports of capacity-building projects be made public within six months of the completion of each project."),
    ("para", "The representative of the European Union informed participants that, starting in 2025, all new capacity-building projects funded by the Union in this area would include a results framework with a baseline."),
    ("para", "The representative of Kestrel Data Trust, a non-profit organization, offered to make its open-source evaluation toolkit available to States free of charge and to train national staff in its use."),
    ("para", "One speaker, from Colombia, asked how the technical assistance needs identified in country reviews could be better linked to requests for assistance. Another speaker, from Morocco, suggested that the secretariat maintain an online platform to match needs identified in country reviews with offers of assistance from donors."),
    ("para", "The representative of the Youth Against Organized Crime Forum called for the involvement of young people in the design of prevention programmes and asked whether capacity-building activities could extend to schools and community groups."),
    ("para", "Several speakers underlined the importance of disaggregating data by sex and age when evaluating the impact of technical assistance."),
    ("h1", "V.\tConclusions and recommendations"),
    ("para", "In concluding the dialogue, the Chair noted broad agreement that technical assistance should be demand-driven, sustainable and measurable. On the basis of the discussions, the Chair put forward the following recommendations for the consideration of the Working Group and of the Conference:"),
    ("sub", "(a)\tStates parties and donors should integrate training into national institutions, including through training-of-trainers schemes and mentoring;"),
    ("sub", "(b)\tEvery capacity-building project should establish a baseline and a results framework before activities begin;"),
    ("sub", "(c)\tEvaluation reports of capacity-building projects should be made public, wherever possible;"),
    ("sub", "(d)\tThe secretariat should explore the establishment of a platform to match the needs identified in country reviews with offers of assistance;"),
    ("sub", "(e)\tBeneficiary institutions and civil society, including youth organizations, should be involved in the design of projects;"),
    ("sub", "(f)\tPublic-private partnerships for capacity-building should include safeguards for the protection of personal data."),
    ("para", "The Chair informed participants that the present summary would be transmitted to the Conference of the Parties at its twelfth session, to be held in Vienna in October 2024, and that the secretariat would circulate a draft compilation of good practices on the evaluation of technical assistance by 31 January 2025."),
    ("para", "Participants were invited to submit written contributions by 28 June 2024. The contributions received will be published on the webpage of the dialogue."),
]

# ---------------------------------------------------------------------------------------------
# Information note (short). kinds: meta, title, h1, para (numbered), table, plain
# ---------------------------------------------------------------------------------------------
NOTE = [
    ("meta", "United Nations Office on Drugs and Crime\tCD/TA/2024/INF.1/Rev.1"),
    ("meta", "Secretariat of the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto"),
    ("meta", "21 May 2024"),
    ("title", "2024 Constructive Dialogue on Technical Assistance and Capacity-Building: information note for participants"),
    ("h1", "Date and venue"),
    ("para", "The 2024 Constructive Dialogue on Technical Assistance and Capacity-Building will be held on Wednesday, 5 June 2024, from 10 a.m. to 1 p.m. and from 3 p.m. to 5 p.m. (Vienna time), in Board Room B of the Vienna International Centre. Participants may also follow the dialogue and take the floor online."),
    ("para", "The dialogue will take place after the seventeenth meeting of the Working Group of Government Experts on Technical Assistance, to be held on 3 and 4 June 2024."),
    ("h1", "Registration"),
    ("para", "The deadline for registration was Friday, 17 May 2024. Late registrations can no longer be accepted. Non-governmental stakeholders who wish to take the floor should have indicated this when registering. Registered participants attending in person may collect their badges at Gate 1 of the Vienna International Centre from 8 a.m. on the day of the dialogue, upon presentation of a valid passport or national identity card."),
    ("para", "As at 20 May 2024, the secretariat had received the following registrations:"),
    ("table", [
        ("Category", "Registered participants"),
        ("Civil society organizations", "52"),
        ("Academia and research institutions", "27"),
        ("Private sector", "19"),
        ("Representatives of States parties", "55"),
        ("Intergovernmental organizations", "9"),
        ("Regional organizations", "6"),
        ("Total", "168"),
    ]),
    ("h1", "Side event"),
    ("para", "An online side event entitled \u201cBeyond the workshop: measuring what capacity-building changes\u201d, organized by the Meridian Justice Network, will be held on Tuesday, 4 June 2024, from 1 p.m. to 2.15 p.m. (Vienna time). A separate registration link will be sent to registered participants."),
    ("h1", "Languages and documentation"),
    ("para", "The dialogue will be conducted in English, with simultaneous interpretation into French and Spanish. Written contributions of not more than 1,500 words may be submitted until 28 June 2024 and will be published on the webpage of the dialogue."),
    ("h1", "Contact"),
    ("plain", "Secretariat of the constructive dialogues, UNODC, Vienna International Centre. Email: constructive.dialogues@unodc.example"),
]


def base_doc(title: str, subject: str, created: datetime.datetime) -> Document:
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Times New Roman"
    st["Normal"].font.size = Pt(10)
    single = st.add_style("SingleTxt", 1)
    single.base_style = st["Normal"]
    single.paragraph_format.left_indent = Cm(2.3)
    single.paragraph_format.first_line_indent = Cm(-1.0)
    single.paragraph_format.space_after = Pt(6)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    cp = doc.core_properties
    cp.title = title
    cp.subject = subject
    cp.author = "UNODC"
    cp.created = created
    cp.language = "en"
    return doc


def render(doc: Document, body, header_text: str) -> None:
    doc.sections[0].header.paragraphs[0].text = header_text
    n = 0
    for kind, content in body:
        if kind == "meta":
            p = doc.add_paragraph(content)
            p.runs[0].font.size = Pt(9)
        elif kind == "title":
            doc.add_paragraph(content, style="Title")
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "para":
            n += 1
            doc.add_paragraph(f"{n}.\t{content}", style="SingleTxt")
        elif kind == "sub":
            p = doc.add_paragraph(content, style="SingleTxt")
            p.paragraph_format.left_indent = Cm(3.3)
        elif kind == "plain":
            doc.add_paragraph(content)
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(content):
                cells = t.add_row().cells
                for c, val in zip(cells, row):
                    c.text = val
                    if i == 0 or row[0] == "Total":
                        c.paragraphs[0].runs[0].bold = True
                cells[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph("")


def main() -> None:
    d = base_doc("2024 Constructive Dialogue on Technical Assistance and Capacity-Building: Chair's summary",
                 "Chair's summary", datetime.datetime(2024, 6, 19, 9, 0, 0))
    render(d, SUMMARY, "2024 Constructive Dialogue on Technical Assistance and Capacity-Building \u2013 Chair's summary")
    d.save(DOCS / "chairs_summary_cd_ta_2024.docx")

    d = base_doc("2024 Constructive Dialogue on Technical Assistance and Capacity-Building: information note",
                 "Information note for participants", datetime.datetime(2024, 5, 21, 9, 0, 0))
    render(d, NOTE, "CD/TA/2024/INF.1/Rev.1")
    d.save(DOCS / "information_note_cd_ta_2024.docx")


if __name__ == "__main__":
    main()
