"""Build chair_summary.pdf (fpdf2 + DejaVu) and written_contribution.docx (python-docx)."""
import os
from fpdf import FPDF
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CHAIR_TITLE = "Expert Group Meeting on Organized Crime in Prisons"
CHAIR_SUB = "Lisbon, Portugal, 12-14 March 2029"
CHAIR_HEAD = "Chair's summary"
CHAIR_SYMBOL = "UNODC/EGM/OCP/2029/2"
CHAIR_PARAS = [
    ("I. Organization of the meeting", None),
    (None, "1. The Expert Group Meeting on Organized Crime in Prisons was held in Lisbon, Portugal, from 12 to 14 March 2029, at the invitation of the Government of Portugal. It was attended by 140 experts from 52 Member States, as well as by representatives of the European Union, civil society, academia and the private sector. The meeting was chaired by Ambassador Ingrid Solheim of Norway. Mr. Tomás Aguirre of Chile served as Rapporteur."),
    (None, "2. In her opening remarks, Ms. Farida Haddad, Chief of the Organized Crime Branch of UNODC, presented the results of a Secretariat survey to which 48 Member States had responded. She noted that 31 of those States described the recruitment of inmates by criminal groups as a serious or very serious problem. Ms. Haddad recalled that the United Nations Convention against Transnational Organized Crime (UNTOC) provides a framework for cooperation that applies inside prisons as much as outside them."),
    ("II. Summary of the discussions", None),
    (None, "3. Recruitment of inmates. Several participants noted that prisons had become recruitment grounds for criminal groups, in particular for young first-time offenders. One panellist presented research showing that 37 per cent of first-time inmates had been approached by a criminal group within their first 90 days in custody. Many participants stressed that overcrowding and idleness made recruitment easier."),
    (None, "4. Separation of high-risk inmates. One delegation stressed that the leaders of criminal factions should be held in isolation in maximum-security units in order to cut their command over members outside. Other delegations cautioned that prolonged solitary confinement was contrary to international standards on the treatment of prisoners and could deepen the loyalty of inmates to criminal groups."),
    (None, "5. Contraband phones and drones. Participants described drones as the fastest-growing channel for smuggling phones and drugs into prisons. Views differed on signal jamming. Some participants favoured targeted jamming around remote facilities, while others pointed to legal restrictions on the radio spectrum and to interference with nearby residents, and preferred detection technologies."),
    (None, "6. Corruption of prison staff. There was broad agreement that prison staff are at once the first line of defence and the greatest vulnerability. Some delegations attributed corruption mainly to low pay, while others emphasized intimidation and threats against the families of officers. Several participants welcomed confidential reporting channels for staff."),
    (None, "7. Rehabilitation. Civil society participants stressed that education, work and support after release were the most durable way to break the hold of criminal groups over inmates. Participants were informed of a programme run by a non-governmental organization in which reoffending among participants fell from 46 per cent to 19 per cent."),
    (None, "8. Data sharing between prison services and police. Several participants called for structured exchange of information between prison services and the police. One delegation proposed a shared real-time database accessible to both. Another delegation insisted that any such exchange be subject to judicial authorization and to strict data-protection safeguards. The representative of the European Union announced a programme of 12 million euros for the period 2029-2032 to support information exchange and staff training."),
    ("III. Recommendations of the Chair", None),
    (None, "9. On the basis of the discussions, the Chair put forward the following recommendations. They reflect her own assessment and were not negotiated among participants."),
    (None, "(a) Designate national focal points to collect and share intelligence on organized crime in prisons;"),
    (None, "(b) Request UNODC to develop technical guidance on the detection of drones and mobile phones in prisons, taking into account national rules on the use of the radio spectrum;"),
    (None, "(c) Strengthen the vetting, rotation, remuneration and protection of prison staff, including through confidential reporting channels;"),
    (None, "(d) Ensure that any separation of high-risk inmates respects international standards and avoids prolonged solitary confinement;"),
    (None, "(e) Expand education, vocational training and post-release employment programmes, in partnership with civil society and the private sector;"),
    (None, "(f) Adopt protocols for data sharing between prison services and the police, with independent oversight and data-protection safeguards;"),
    (None, "(g) Consider the situation in prisons in the work of the UNTOC review mechanism;"),
    (None, "(h) Convene a follow-up expert group meeting in Vienna in 2030."),
    ("IV. Closing", None),
    (None, "10. The Chair thanked the Government of Portugal for hosting the meeting and all participants for their frank contributions. She underlined that no scanner and no sensor can replace an honest and protected officer. The Rapporteur informed participants that the report of the meeting would be submitted to the Conference of the Parties to UNTOC at its session in October 2029."),
]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, CHAIR_SYMBOL + "    Distr.: General    20 March 2029", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, CHAIR_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 7, CHAIR_SUB, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 9, CHAIR_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for head, para in CHAIR_PARAS:
        if head:
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            indent = para.startswith("(")
            if indent:
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(pdf.epw - 10, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(os.path.join(DOCS, "chair_summary.pdf"))


KENYA = [
    ("title", "Written contribution of the Government of the Republic of Kenya"),
    ("p", "Expert Group Meeting on Organized Crime in Prisons, Lisbon, 12-14 March 2029"),
    ("p", "Submitted to the UNODC Secretariat on 5 March 2029"),
    ("h1", "1. Introduction"),
    ("p", "We, the Government of the Republic of Kenya, welcome the decision of UNODC to convene this Expert Group Meeting and thank the Government of Portugal for hosting it. We offer this contribution to share our experience and to propose concrete steps for regional and international cooperation under the United Nations Convention against Transnational Organized Crime."),
    ("h1", "2. The situation in our prisons"),
    ("p", "Our prison service holds about 61,000 inmates in 131 facilities, against an official capacity of roughly 31,000. Overcrowding of this scale makes supervision difficult and gives criminal groups space to operate. We have found that organized groups use prisons to recruit young first-time offenders, to run extortion by telephone and to coordinate drug trafficking outside the walls."),
    ("p", "Contraband mobile phones remain our most serious problem. Most of them enter through corrupt officers and visitors, but we have recorded a sharp rise in deliveries by drone since 2027."),
    ("h1", "3. Key figures"),
    ("p", "The following figures were compiled by the Kenya Prisons Service for 2027 and 2028:"),
    ("bullet", "Mobile phones seized: 8,930 in 2027 and 11,240 in 2028."),
    ("bullet", "SIM cards seized: 14,500 in 2027 and 19,820 in 2028."),
    ("bullet", "Drones intercepted near prisons: 12 in 2027 and 41 in 2028."),
    ("bullet", "Officers dismissed for corruption linked to contraband: 167 in 2027 and 214 in 2028."),
    ("bullet", "Joint investigations with the National Police Service: 38 in 2027 and 95 in 2028."),
    ("h1", "4. Measures taken"),
    ("p", "Since January 2029 we rotate officers between facilities every 24 months, so that no officer remains long enough to build a relationship of dependence with gang leaders. We have allocated USD 3.2 million for body scanners at 20 facilities over the period 2029-2031. In 2028 our prison service signed a memorandum of understanding with the National Police Service on the exchange of intelligence, which explains the increase in joint investigations."),
    ("p", "At the launch of the scanner programme, the Cabinet Secretary for the Interior, Ms. Wanjiru Kamau, said: \"A prison that a gang can run by telephone is not a prison, it is an office.\" She added that the Government would review the salaries of prison officers in the 2029/30 budget."),
    ("p", "We are convinced that low pay is the main driver of staff corruption in our context. An officer who cannot pay school fees is an easy target. For this reason we are also piloting a confidential hotline for officers who are approached or threatened by criminal groups."),
    ("h1", "5. Our proposals"),
    ("p", "We propose that the meeting consider the following:"),
    ("bullet", "the creation of an East African network of prison intelligence officers, with support from UNODC;"),
    ("bullet", "technical guidance from UNODC on the detection of drones and phones that is affordable for developing countries;"),
    ("bullet", "a model memorandum of understanding for data sharing between prison services and police;"),
    ("bullet", "inclusion of prison staff in training programmes funded by international partners."),
    ("h1", "6. Conclusion"),
    ("p", "We stand ready to host a regional workshop in Nairobi in 2030 to follow up on the outcome of this meeting. We thank the Chair and the Secretariat for their leadership."),
]


def build_docx():
    d = docx.Document()
    for kind, text in KENYA:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.core_properties.title = "Written contribution of the Government of the Republic of Kenya"
    d.core_properties.author = "Government of the Republic of Kenya"
    d.save(os.path.join(DOCS, "written_contribution.docx"))


if __name__ == "__main__":
    build_pdf()
    build_docx()
    print("built")
