"""Build docs/chair_letter_mla_ee_2025.docx (letter from the Chair to all participants) with python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "evidence_2025", "chair_letter_mla_ee_2025.docx")
d = Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)

def para(text, bold=False, align=None, italic=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if align: p.alignment = align
    return p

para("INTERGOVERNMENTAL MEETING OF EXPERTS ON MUTUAL LEGAL ASSISTANCE AND ELECTRONIC EVIDENCE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", align=WD_ALIGN_PARAGRAPH.CENTER)
para("Office of the Chair | c/o Secretariat, United Nations Office on Drugs and Crime (UNODC), Vienna International Centre, PO Box 500, 1400 Vienna, Austria", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
para("Ref.: MLA-EE/2025/CHAIR/07")
para("Lusaka and Vienna, 27 October 2025", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("To: All participants in the Intergovernmental Meeting of Experts on Mutual Legal Assistance and Electronic Evidence (Bangkok, 6 to 8 October 2025)")
para("Subject: Outcome of the Bangkok meeting and next steps")
para("Excellencies, distinguished experts, dear colleagues,")
body = [
 "I am writing to thank each of you for your contributions to the Intergovernmental Meeting of Experts on Mutual Legal Assistance and Electronic Evidence, which I had the honour to chair at the United Nations Conference Centre in Bangkok from 6 to 8 October 2025. I wish to express my particular gratitude to the Royal Thai Government for its generous hospitality, and to the Secretariat for the flawless organisation of a meeting that brought together 231 participants from 94 States, as well as observers from intergovernmental organisations, civil society, academia and the private sector.",
 "Over three days, we addressed a question that every central authority in this room knows well: how can a request for electronic evidence arrive before the evidence itself has disappeared? The survey presented by the Secretariat put a number on that problem. A median of ten months to execute a request for stored data is simply too long when many providers keep logs for only a few weeks.",
 "I believe we made real progress. The conclusions adopted on the afternoon of 8 October reflect a shared understanding that expedited preservation should become routine, that requests should be acknowledged promptly, and that central authorities should be able to send and receive requests electronically. I was especially encouraged by the working session facilitated by Ms. Fatima Diallo of Senegal, which produced a first complete draft of a model request form for the preservation and production of electronic evidence. Ms. Diallo reported to the plenary that the group had agreed on eleven of the fourteen fields of the form, and I thank her and all who took part for their patience and good humour.",
 "I must also be candid about what we did not achieve. Despite lengthy informal consultations on the evening of 7 October, we were unable to reach consensus on paragraph 12 of the draft conclusions, concerning requests addressed directly to service providers in another jurisdiction. Some delegations considered such cooperation indispensable in practice; others, including the Russian Federation, regarded it as incompatible with the principle of sovereignty. Paragraph 12 was therefore not adopted, and I have instead reflected the range of views in my summary, which is issued under my own responsibility.",
 "Several delegations, among them Brazil and Colombia, reminded us that speed must never come at the cost of safeguards. I share that view. An efficient request is not one that cuts corners; it is one that contains the information the requested State needs to assess legality, proportionality and the protection of personal data. The model form should help with exactly that, and I have asked the Secretariat to integrate the safeguards clause proposed by Colombia into the revised draft.",
 "I also took note of the call by South Africa, on behalf of the African Group, for sustained support to central authorities in least developed countries, and of the request by Morocco that all tools be made available in Arabic and French. Both requests are reflected in the next steps set out in the annex to this letter.",
 "Finally, the Secretariat has informed me that funding for the electronic transmission pilot has been secured until the end of 2026, and that Thailand has formally joined the pilot, bringing the number of participating central authorities to 24. I warmly welcome this.",
 "The annex to this letter sets out the next steps and the timelines we agreed. I would be grateful if written comments on the revised model request form could be sent to the Secretariat at mla-ee@un.example no later than 15 January 2026. I look forward to continuing our work together, and to presenting the results to the Working Group on International Cooperation at its next session in Vienna.",
 "Please accept, Excellencies and dear colleagues, the assurances of my highest consideration.",
]
for b in body: para(b)
para("")
para("(Signed)")
para("Kalinda Mwansa", bold=True)
para("Ambassador and Permanent Representative of the Republic of Zambia to the United Nations (Vienna)")
para("Chair, Intergovernmental Meeting of Experts on Mutual Legal Assistance and Electronic Evidence")
para("cc: Chief, Organized Crime and Illicit Trafficking Branch, UNODC", italic=True)
d.add_page_break()
para("ANNEX", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Next steps agreed at the Bangkok meeting", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
rows = [
 ("No.", "Action", "Responsible", "Timeline"),
 ("1", "Circulate the revised model request form, including the safeguards clause proposed by Colombia", "Secretariat", "By 30 November 2025"),
 ("2", "Submit written comments on the revised model request form", "All States and observers", "By 15 January 2026"),
 ("3", "Hold an informal online consultation on the three outstanding fields of the form", "Chair, with the facilitator (Senegal)", "10 February 2026"),
 ("4", "Translate the model form and the guidance note into Arabic and French", "Secretariat", "By March 2026"),
 ("5", "Carry out a training needs assessment for central authorities in least developed countries", "Secretariat, with the African Group", "First half of 2026"),
 ("6", "Report on the outcome of the meeting to the Working Group on International Cooperation", "Chair", "Next session of the Working Group, Vienna, 2026"),
]
t = d.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("")
para("Note: The Chair's summary of the meeting, issued under the Chair's own responsibility, is available on the meeting webpage together with the list of participants.", italic=True)
d.save(OUT); print("wrote", OUT)
