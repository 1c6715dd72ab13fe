"""Build docs/verbatim_record_central_authorities_2025.docx (provisional verbatim record)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parents[3] / "corpora" / "central_authorities_2025" / "verbatim_record_central_authorities_2025.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)

def p(text, bold=False, italic=False, center=False, size=None):
    para = d.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para

def turn(label, text):
    para = d.add_paragraph()
    r = para.add_run(label); r.bold = True
    para.add_run(" " + text)

p("United Nations", bold=True)
p("CTOC/COP/CA/2025/PV.2", bold=True)
p("Conference of the Parties to the United Nations Convention against Transnational Organized Crime")
p("Informal Meeting of Central Authorities on Extradition and Mutual Legal Assistance", italic=True)
p("Vienna, 3 and 4 June 2025")
p("Provisional", bold=True)
p("2nd meeting", bold=True, center=True)
p("Tuesday, 3 June 2025, 10 a.m.", center=True)
p("Vienna International Centre, Board Room D (hybrid format)", center=True)
p("President: Mr. Wierzbicki (Poland)", bold=True)
p("This record contains the text of speeches delivered in English and of the interpretation of speeches delivered in other languages. Corrections should be submitted to the original languages only. They should be incorporated in a copy of the record and sent under the signature of a member of the delegation concerned to the Chief of the Conference Management Service, Vienna International Centre, within one week of the date of the record. Corrected records will be reissued electronically on the website of the Conference.", italic=True, size=9)
p("The meeting was called to order at 10.10 a.m.", italic=True)
p("Agenda item 2 (continued)", bold=True)
p("Practical challenges in the execution of requests for extradition and mutual legal assistance", bold=True)
turn("The President:", "I welcome all central authorities, both those present in the room and those joining us remotely. This morning we continue our exchange on the use of video links for hearing witnesses and experts, on the transmission of requests in electronic form and on the requirement of dual criminality. I remind speakers that statements should be limited to five minutes. I now give the floor to the Secretary of the meeting.")
turn("Ms. Raghunathan (Secretariat):", "Thank you, Mr. President. I wish to provide an update on the online directory of competent national authorities. As at 30 May 2025, 143 States parties had registered a central authority for mutual legal assistance in the directory, and 97 of them had indicated that they accept requests transmitted by email or through a secure electronic platform, at least in urgent cases. The Secretariat has also prepared conference room paper CTOC/COP/CA/2025/CRP.1, which compiles the replies of 58 States to the questionnaire on video-link hearings.")
turn("The President:", "I thank the Secretary. I now call on the representative of Colombia.")
turn("Mr. Quiroga Salas (Colombia) (spoke in Spanish):", "Thank you, Mr. President. Colombia has made the hearing of witnesses by video link a routine tool rather than an exception. In 2024, our Office of the Attorney General conducted 212 hearings by video link with authorities in 31 countries. The average time needed to obtain testimony from abroad fell from 14 months to five months. But a hearing is only as good as the connection. We have lost entire sessions because a protected witness could not be connected from a secure location, and we therefore propose that the Secretariat compile a short checklist of minimum technical and procedural standards that central authorities could agree upon before the hearing begins.")
turn("The President:", "I thank the representative of Colombia for those very concrete figures. I give the floor to the representative of Morocco.")
turn("Ms. Benslimane (Morocco) (spoke in French):", "Mr. President, since January 2024 my country has accepted incoming requests for mutual legal assistance in electronic form through a secure platform managed by the Ministry of Justice. Last year, 38 per cent of the incoming requests reached us electronically, and the average time for acknowledging receipt is now two working days. However, for extradition, our law still requires the original request and its supporting documents to be transmitted through the diplomatic channel. An electronic copy sent in advance allows us to prepare, but it does not start the legal clock. We would welcome an exchange with other States on how they have amended their legislation to give electronic requests full legal effect.")
turn("The President:", "I thank the representative of Morocco. The representative of Argentina has asked for the floor on a point of order.")
turn("Mr. Ferreyra (Argentina) (spoke in Spanish):", "On a point of order, Mr. President. The Secretary has just referred to conference room paper CRP.1, but the Spanish version of that document has not been made available to delegations, either in the room or on the meeting platform. My delegation cannot comment on a document that it has not been able to read in an official language. I request that the Spanish version be circulated before we discuss the compilation.")
turn("The President:", "I thank the representative of Argentina. The Secretariat informs me that the Spanish version of the conference room paper will be posted on the platform by 3 p.m. today. The discussion of the compilation will therefore be taken up this afternoon, and I suggest that we continue with the list of speakers on the other subjects. If I hear no objection, it is so decided.")
p("It was so decided.", italic=True)
turn("The President:", "I now call on the representative of Uganda.")
turn("Ms. Nantongo (Uganda):", "Thank you, Mr. President. I speak as head of the central authority of Uganda, in the Office of the Director of Public Prosecutions. Dual criminality remains the single most frequent ground on which our outgoing requests are refused. In 2024, nine of our requests relating to online fraud and sextortion were refused because the offence did not bear the same name in the requested State. We do not ask anybody to abandon dual criminality. We ask that it be applied to the conduct and not to the label. The Convention against Corruption already says so in its article 43, and the same logic runs through article 16 of the Organized Crime Convention. A judge should ask whether the facts would be a crime at home, not whether the offence has the same title.")
turn("The President:", "I thank the representative of Uganda. I give the floor to the representative of South Africa.")
turn("Ms. Farrant-Mbeki (South Africa):", "Thank you, Mr. President. I would like to associate myself with the remarks made by the representative of Uganda on dual criminality. On video links, South Africa has found that the main difficulty is not technology but the law of evidence. Our courts require that the witness be identified and sworn in before a judicial officer, and some requested States do not make a judicial officer available at their end. We have therefore started to include, in each request, a model script for the identification and the oath, which the foreign official can read out. Of the 27 video-link requests that we sent in 2024, 22 were executed, and in every one of those 22 the model script was used.")
turn("The President:", "I thank the representative of South Africa. Before we close, I give the floor again to the Secretary, who wishes to respond to the question raised by Morocco.")
turn("Ms. Raghunathan (Secretariat):", "Thank you, Mr. President. In reply to the question raised by the representative of Morocco, the questionnaire replies show that 14 States have amended their legislation to give requests received in electronic form the same legal effect as originals. The Secretariat will list those States in an annex to the revised conference room paper.")
turn("The President:", "I thank the Secretary. Let me briefly summarize what I have heard this morning. Speakers agreed that video links save time but depend on agreed procedures; that electronic transmission is widespread for mutual legal assistance but much less so for extradition; and that dual criminality should be assessed on the basis of the underlying conduct. We will continue this afternoon at 3 p.m. with the compilation contained in the conference room paper, once the Spanish version is available.")
p("The meeting rose at 1.05 p.m.", italic=True)
d.save(OUT)
print(OUT)
