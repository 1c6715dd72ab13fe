#!/usr/bin/env python3
"""Build the six fictional documents (and their .meta.yaml files) for the blindz set.

Fictional meeting: Expert Meeting on Fraudulent Travel and Identity Documents,
Conference of the Parties to the UN Convention against Transnational Organized Crime,
Lisbon, Tagus Conference Centre, 7-9 March 2028 (Tuesday-Thursday).
"""
import html
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def write_meta(stem, meta):
    with open(os.path.join(DOCS, stem + ".meta.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(meta, f, sort_keys=False, allow_unicode=True)


# ---------------------------------------------------------------------------
# 1. Joint NGO statement (PDF, fpdf2)
# ---------------------------------------------------------------------------
JOINT_TITLE = "Protect People, Target the Suppliers"
JOINT_SUB = ("Joint statement by non-governmental organizations to the Expert Meeting on "
             "Fraudulent Travel and Identity Documents")
JOINT_PLACE = "Lisbon, 8 March 2028"
JOINT_PARAS = [
    "We, the undersigned organizations, work with refugees, stateless persons, migrants and "
    "survivors of trafficking in more than 40 countries. We welcome the decision of the Conference "
    "of the Parties to the United Nations Convention against Transnational Organized Crime to convene "
    "this Expert Meeting, and we thank UNODC and the Government of Portugal for hosting it in Lisbon.",

    "We share the concern of States about the growth of organized criminal networks that produce and "
    "sell fraudulent travel and identity documents. These networks profit from desperation. The people "
    "who buy their products are routinely overcharged, exposed to debt bondage and, all too often, "
    "handed over to traffickers at the end of the journey.",

    "Our organizations assisted 1,870 people with identity-related problems in 2026 and 2027. Of these, "
    "41 per cent had paid a smuggler or broker for a document, and 29 per cent told us that they had "
    "tried and failed to obtain a genuine passport or birth certificate from their own authorities. "
    "For many of them, a fraudulent document was not a choice but the last option available.",

    "Document fraud rarely succeeds without help from the inside. In roughly one in five of the cases "
    "we documented, a registry clerk, a consular employee or a border official had been paid to issue, "
    "alter or ignore a document. Children are particularly exposed: unregistered children cannot prove "
    "their age, and we have seen adolescents travel on documents that made them adults on paper.",

    "New technology is welcome, but it is not neutral. Facial recognition systems make more errors for "
    "some groups than for others, and a false match at a border can mean detention, family separation or "
    "return to danger. Any deployment must be subject to independent testing and to an effective remedy "
    "for people who are wrongly flagged.",

    "We are therefore alarmed that several proposals before this Meeting would punish the users of "
    "fraudulent documents rather than the criminal groups that supply them. We call on States parties to:",
]
JOINT_LIST = [
    "1. Ensure that smuggled migrants, refugees and victims of trafficking are not held criminally "
    "liable solely for having used or possessed a fraudulent document, consistent with article 5 of the "
    "Protocol against the Smuggling of Migrants by Land, Sea and Air and article 31 of the 1951 "
    "Convention relating to the Status of Refugees;",
    "2. Focus criminal offences and investigative resources on the production, procurement and supply "
    "of fraudulent documents by organized criminal groups, and on the corrupt officials who enable them;",
    "3. Refrain from establishing any central repository of biometric data on travellers, and favour "
    "decentralized \"hit/no-hit\" verification that keeps personal data with the issuing State;",
    "4. Invest in accessible civil registration, so that every person can obtain a genuine birth "
    "certificate and identity document free of charge;",
    "5. Provide for consultations with civil society before the Conference of the Parties considers "
    "the outcome of this Meeting.",
]
JOINT_AFTER = [
    "As Amaka Eze-Thornton, Director of Passage Rights Network, told the side event on breeder "
    "documents on 8 March: \u201cWhen the only document a person can obtain is a forged one, the "
    "failure lies with the State, not with the traveller.\u201d",

    "We do not ask States to tolerate the criminal trade in documents. We ask them to aim at the right "
    "target. A policy that fills prisons with couriers and travellers while the workshops keep printing "
    "will not reduce document fraud; it will only make the journey more dangerous.",

    "We stand ready to share our data and case experience with States parties and with UNODC, and we "
    "look forward to continued engagement in the lead-up to the fourteenth session of the Conference "
    "of the Parties.",
]
JOINT_SIGNATORIES = [
    "Passage Rights Network",
    "Identity Justice Coalition",
    "Forum for Stateless Persons",
    "Borders Transparency Initiative",
]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(w, 6, "JOINT STATEMENT", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(w, 8, JOINT_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(w, 5, JOINT_SUB, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(w, 5, JOINT_PLACE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 10.5)
    for p in JOINT_PARAS:
        pdf.multi_cell(w, 5.6, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    for item in JOINT_LIST:
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(w - 6, 5.6, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)
    for p in JOINT_AFTER:
        pdf.multi_cell(w, 5.6, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(w, 6, "Signatories", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for s in JOINT_SIGNATORIES:
        pdf.cell(w, 5.6, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(w, 4.5, "Contact: Passage Rights Network, statements@passagerights.example",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, "joint_ngo_statement.pdf"))
    write_meta("joint_ngo_statement", {
        "title": "Protect People, Target the Suppliers: Joint statement by non-governmental "
                 "organizations to the Expert Meeting on Fraudulent Travel and Identity Documents",
        "date": "2028-03-08",
        "place": "Lisbon, Portugal",
        "publisher": "Passage Rights Network",
        "kind": "joint statement",
        "url": "https://passagerights.example/statements/2028-03-08-lisbon-joint-statement",
        "author": "Passage Rights Network; Identity Justice Coalition; Forum for Stateless Persons; "
                  "Borders Transparency Initiative",
    })


# ---------------------------------------------------------------------------
# 2. Podcast transcript (Markdown)
# ---------------------------------------------------------------------------
PODCAST = """# Paper Trails, Episode 42: "Forged in Lisbon"

*Crossings Media | Released 10 March 2028 | Running time 38 minutes*

This week Paper Trails comes to you from Lisbon, where government experts spent three days at a UNODC meeting under the United Nations Convention against Transnational Organized Crime arguing about fake passports, stolen identities and who should be punished for them. Hosts Jonah Whitcombe and Fatima Zahra Benali talk to a criminologist and a security printer who disagree about almost everything except the size of the problem. The transcript has been lightly edited for clarity.

---

**JONAH WHITCOMBE:** Welcome to Paper Trails. I'm Jonah Whitcombe.

**FATIMA ZAHRA BENALI:** And I'm Fatima Zahra Benali. Jonah, we have just sat through three days of the Expert Meeting on Fraudulent Travel and Identity Documents, and I have never heard so many people get passionate about birth certificates.

**JONAH:** Breeder documents, Fatima. That was the word of the week. As the Chair, Ambassador Montoya Ibarra, put it on Tuesday, "A passport is a promise a State makes to the world, and every forgery breaks that promise."

**FATIMA:** Lovely line. Less lovely numbers. UNODC told the meeting that about 412,000 fraudulent documents were seized at borders in 2026. We have two guests to help us make sense of that. Professor Luis Ferreira da Costa directs research at the Lusophone Institute for Criminal Justice Studies. Welcome.

**FERREIRA DA COSTA:** Thank you, it's a pleasure to be here.

**JONAH:** And Dieter Vogelsang is head of document security at SecuraPrint AG, which prints passports for, how many countries?

**VOGELSANG:** Nineteen at the moment. I'm afraid I can't tell you which ones.

**FATIMA:** Dieter, let's start with you. When people imagine a fake passport, they picture a forger with a magnifying glass. Is that still what's happening?

**VOGELSANG:** Mostly not. Modern data pages are polycarbonate, laser-engraved, with a chip. Counterfeiting them well is expensive. In our own data, 72 per cent of the fraudulent documents detected in 2026 were impostor cases, where a genuine passport is used by someone who looks like the holder. The booklet is no longer the problem. The problem is the person holding it.

**JONAH:** Which is why you want biometrics at every border.

**VOGELSANG:** Facial verification at every first-line check, yes. The best systems today have a false match rate below 0.1 per cent. A tired officer comparing a photo at four in the morning does far worse than that.

**FERREIRA DA COSTA:** I have to push back a little. Laboratory figures are one thing. In the field, with poor lighting and old photographs, error rates go up, and they don't go up equally for everyone. And once you build a central database of faces, you have built something that will be used for purposes nobody voted for.

**FATIMA:** That was exactly the fight on the floor. Germany wanted a central repository; Morocco and Brazil said absolutely not. Ms. Brandt of Germany told the room, "Detection without data-sharing is like searching a library with the lights off."

**FERREIRA DA COSTA:** And the answer Youssef El Amrani gave for Morocco, the hit/no-hit model, is the sensible compromise. You ask, is this document genuine, and the issuing State says yes or no. No personal data leaves the country.

**JONAH:** Professor, your institute has just published a study on who actually gets prosecuted.

**FERREIRA DA COSTA:** Yes. We looked at 3,400 court cases in 11 countries between 2019 and 2026. Only 9 per cent of the people convicted of document offences were organisers or producers. The rest were couriers, low-level intermediaries or the travellers themselves. So the criminal law is mostly catching the people at the bottom.

**FATIMA:** Before we go on, we want to play a short clip from Wednesday's side event on breeder documents. The moderator was Priya Raghunathan from UNODC.

**PRIYA RAGHUNATHAN:** Our next panellist needs little introduction in this room. Seo-yeon Yoon is Chief Trust Officer at VeriTrace Labs, and she has spent the last decade building identity verification systems for civil registries in Asia and Africa. Seo-yeon, the floor is yours.

**YOON SEO-YEON:** Thank you, Priya. I want to say one uncomfortable thing. We keep spending money on the passport and almost nothing on the registry office that issues the birth certificate. In one project we found that a single district office had issued 1,900 late birth registrations in a year, for a population that should have produced perhaps 200.

**JONAH:** Nineteen hundred against two hundred. Dieter, is that the new frontier?

**VOGELSANG:** Absolutely. The criminals have moved from the printing press to the registry office. That's why we now sell systems to civil registries and not just to passport offices, and I'll admit that is a business opportunity for us as well.

**FATIMA:** Honest of you. There was also a price list going around. Nigeria's delegate said networks charge between $3,000 and $15,000 for a passport made to order.

**FERREIRA DA COSTA:** That matches what we see in the court files. The price depends on the nationality. The more visa-free travel a passport offers, the more it costs.

**JONAH:** Let's talk politics. Mexico proposed negotiating a whole new protocol on identity-related crime, and the European Union said no. Professor, who's right?

**FERREIRA DA COSTA:** My honest view is that a new protocol would take ten years to negotiate, and article 6 of the Smuggling Protocol already covers most of the conduct. I would rather see sentencing guidelines that distinguish organisers from users. That could be done in two years.

**VOGELSANG:** I'd disagree slightly. Industry would welcome common minimum standards for breeder documents, and only a binding instrument will get you that.

**FATIMA:** So we end where the meeting ended: agreement on the problem, disagreement on the cure. Where did the Chair land?

**JONAH:** His recommendations, adopted on Thursday, call for a network of forensic document focal points and for information exchange "with due regard for data protection". The protocol question goes to the Conference of the Parties.

**FATIMA:** Professor Ferreira da Costa, Dieter Vogelsang, thank you both.

**VOGELSANG:** Thank you.

**FERREIRA DA COSTA:** Obrigado, thank you.

**JONAH:** That's it for this episode of Paper Trails. Next week: the online marketplaces where stolen identities are sold in bundles. I'm Jonah Whitcombe.

**FATIMA:** And I'm Fatima Zahra Benali. Travel safely.
"""


def build_podcast():
    with open(os.path.join(DOCS, "podcast_episode.md"), "w", encoding="utf-8") as f:
        f.write(PODCAST)
    write_meta("podcast_episode", {
        "title": "Paper Trails, Episode 42: Forged in Lisbon",
        "date": "2028-03-10",
        "place": "Lisbon, Portugal",
        "publisher": "Crossings Media",
        "kind": "podcast",
        "url": "https://crossingsmedia.example/paper-trails/42-forged-in-lisbon",
        "author": "Jonah Whitcombe; Fatima Zahra Benali",
    })


# ---------------------------------------------------------------------------
# 3. Summary record (DOCX)
# ---------------------------------------------------------------------------
SR_HEAD = [
    "United Nations",
    "CTOC/COP/EM.4/2028/SR.3",
    "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    "Expert Meeting on Fraudulent Travel and Identity Documents",
    "Lisbon, 7\u20139 March 2028",
    "Distr.: General, 15 March 2028. Original: English",
]
SR_TITLE = "Summary record of the 3rd meeting"
SR_HELD = ("Held at the Tagus Conference Centre, Lisbon, on Wednesday, 8 March 2028, at 10 a.m.")
SR_CHAIR = "Chair: Mr. Montoya Ibarra (Colombia)"
SR_CONTENTS = [
    "Contents",
    "Agenda item 3: Criminalization, prevention and detection of fraudulent travel and identity documents (continued)",
]
SR_OPEN = "The meeting was called to order at 10.05 a.m."
SR_ITEM = "Agenda item 3: Criminalization, prevention and detection of fraudulent travel and identity documents (continued)"
SR_PARAS = [
    "The Chair said that the Expert Meeting would continue its consideration of agenda item 3. He recalled "
    "that at the previous meeting several speakers had stressed the link between document fraud, the "
    "smuggling of migrants and trafficking in persons, and he invited delegations to focus on practical "
    "measures for criminalization and detection. He asked speakers to keep their statements to five minutes.",

    "Mr. Osei-Bonsu (United Nations Office on Drugs and Crime) said that border authorities in the States "
    "that had responded to the UNODC questionnaire had reported the seizure of some 412,000 fraudulent "
    "travel and identity documents in 2026, an increase of 37 per cent since 2023. Only 58 of the 121 "
    "responding States had specific offences covering the production or possession of such documents. "
    "He added that fraudulently obtained genuine documents, issued on the basis of false breeder documents "
    "such as birth certificates, were now the fastest-growing category and the hardest to detect.",

    "Mr. Nwosu (Nigeria) said that his country had seized 18,600 forged or altered documents in 2026 and "
    "secured 214 convictions under its revised immigration legislation. Criminal networks were "
    "increasingly producing documents to order within days, charging between $3,000 and $15,000 per "
    "passport. He called for a dedicated network of forensic document focal points to allow real-time "
    "verification between States.",

    "Ms. Brandt (Germany) said that her Government would contribute \u20ac4.5 million over three years to a "
    "UNODC programme for forensic document laboratories in transit countries. She argued that the exchange "
    "of specimen documents and alert data among border authorities should become standard practice, and "
    "that a central repository of biometric data would greatly improve detection.",

    "Mr. El Amrani (Morocco) said that his delegation could not support a central biometric repository. "
    "Such a database would raise serious concerns regarding data protection and the right to privacy, and "
    "the Convention provided no legal basis for it. He preferred a decentralized \"hit/no-hit\" system, "
    "under which States would confirm whether a document was genuine without transferring personal data.",

    "The representative of the United States of America said that verification systems needed to work at "
    "the speed of modern travel. Her delegation supported greater exchange of biometric data, subject to "
    "national law, and noted that her country's consular posts had referred 2,300 cases of suspected "
    "impostor fraud to investigators in the previous fiscal year.",

    "Ms. Santos-Reyes (Philippines) said that 63 per cent of the trafficking victims identified by her "
    "Government in 2026 had travelled on genuine passports obtained with falsified birth or marriage "
    "certificates. The weakest link was therefore not the passport booklet but the civil registry. She "
    "urged States to invest in civil registration systems and in the training of registry officials, many "
    "of whom worked in remote areas without secure connectivity.",

    "The representative of Mexico said that the patchwork of national offences allowed networks to "
    "relocate production to wherever penalties were lowest. Her delegation therefore proposed that the "
    "Conference of the Parties consider the negotiation of an additional protocol to the Convention on "
    "identity-related crime.",

    "The representative of the European Union said that the European Union and its member States did not "
    "support the opening of negotiations on a new protocol. The existing framework, in particular article 6 "
    "of the Protocol against the Smuggling of Migrants by Land, Sea and Air, already required the "
    "criminalization of producing, procuring, providing or possessing fraudulent travel or identity "
    "documents. What was lacking was implementation, and practical guidelines would deliver results faster "
    "than a new instrument.",

    "The representative of Brazil said that his delegation shared the concerns expressed by Morocco "
    "regarding data protection. He stressed that persons who had been smuggled or trafficked should not be "
    "prosecuted merely for having used a fraudulent document, in line with article 5 of the Smuggling of "
    "Migrants Protocol.",

    "The representative of Thailand said that his country had trained 1,150 immigration officers in "
    "document examination since 2025 and was piloting portable verification devices at 14 land border "
    "crossings. He supported the proposal by Nigeria for a network of focal points.",

    "Ms. Eze-Thornton (Passage Rights Network), speaking on behalf of a group of non-governmental "
    "organizations, said that the debate risked treating refugees and smuggled migrants as criminals. "
    "\"A forged passport is often the only door left open to a person fleeing persecution,\" she said. "
    "She urged States to ensure that any new offences targeted the producers and organized suppliers of "
    "fraudulent documents, not their users.",

    "A representative speaking from the floor asked whether the Secretariat could compile the prices "
    "charged for fraudulent documents on online marketplaces. Mr. Osei-Bonsu replied that UNODC did not "
    "yet collect such data systematically but would examine the matter.",

    "The Chair, summing up, said that there was broad agreement on the need to criminalize the supply side "
    "of document fraud and to strengthen civil registration, but divergent views on the exchange of "
    "biometric data and on a possible new protocol. He would reflect both positions in his recommendations, "
    "which would be circulated the following day.",
]
SR_CLOSE = "The meeting rose at 1 p.m."


def build_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for line in SR_HEAD:
        d.add_paragraph(line)
    h = d.add_paragraph()
    r = h.add_run(SR_TITLE)
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(SR_HELD)
    d.add_paragraph(SR_CHAIR)
    for i, line in enumerate(SR_CONTENTS):
        p = d.add_paragraph(line)
        if i == 0:
            p.runs[0].bold = True
    d.add_paragraph(SR_OPEN)
    p = d.add_paragraph()
    p.add_run(SR_ITEM).bold = True
    for i, t in enumerate(SR_PARAS, 1):
        d.add_paragraph(f"{i}. {t}")
    p = d.add_paragraph(SR_CLOSE)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.add_paragraph("This record is subject to correction. Corrections should be submitted in one of "
                    "the working languages to the secretariat of the Expert Meeting within one week of "
                    "the date of this document.")
    d.save(os.path.join(DOCS, "summary_record.docx"))
    write_meta("summary_record", {
        "title": "Summary record of the 3rd meeting, Expert Meeting on Fraudulent Travel and Identity Documents",
        "date": "2028-03-08",
        "place": "Tagus Conference Centre, Lisbon, Portugal",
        "publisher": "United Nations Office on Drugs and Crime",
        "kind": "summary record",
        "url": "https://unodc.example/ctoc/em4-2028/sr3",
        "symbol": "CTOC/COP/EM.4/2028/SR.3",
    })


# ---------------------------------------------------------------------------
# 4. News article (HTML)
# ---------------------------------------------------------------------------
NEWS_PARAS = [
    "LISBON \u2014 Government experts meeting under a United Nations crime treaty ended three days of talks "
    "in Lisbon on Thursday divided over whether border agencies should pool travellers' biometric data to "
    "catch forged and fraudulently obtained passports.",

    "The meeting, convened by the United Nations Office on Drugs and Crime (UNODC) under the UN Convention "
    "against Transnational Organized Crime, drew delegations from 87 States, as well as researchers, "
    "non-governmental organizations and representatives of the security printing industry.",

    "\"Criminal groups now sell a complete identity, not just a passport,\" said Rafael Montoya Ibarra, "
    "Colombia's ambassador, who chaired the meeting. \"Our laws have to catch up with that business model.\"",

    "According to figures presented by UNODC, border authorities seized some 412,000 fraudulent travel and "
    "identity documents in 2026, up 37 per cent from 2023. Fewer than half of the States that answered the "
    "agency's questionnaire have laws that specifically criminalize making or possessing such documents.",

    "Delegates described an industry that has become faster and more sophisticated. \"In some markets you "
    "can order a passport on Monday and collect it on Friday,\" said Chukwuemeka Nwosu, who led Nigeria's "
    "delegation. He said Nigerian authorities had seized 18,600 forged or altered documents in 2026.",

    "Networks charge between $3,000 and $15,000 for a passport made to order, according to Nigerian "
    "officials, with prices rising for nationalities that offer wider visa-free travel. Maria Luisa "
    "Santos-Reyes of the Philippines told the meeting that 63 per cent of the trafficking victims her Government identified in 2026 had travelled on "
    "genuine passports obtained with falsified birth or marriage certificates.",

    "The sharpest disagreement concerned data. Germany, backed by the United States, argued for a central "
    "repository of biometric data that border officers could query. \"Detection without data-sharing is "
    "like searching a library with the lights off,\" said Annika Brandt, a member of the German delegation. "
    "Morocco and Brazil rejected the idea, "
    "warning of risks to privacy, and instead proposed a system in which the issuing State simply confirms "
    "whether a document is genuine.",

    "Industry representatives said the fight had moved away from the passport itself. Dieter Vogelsang, "
    "head of document security at SecuraPrint AG, a Swiss-based security printer, said modern passports "
    "were so hard to counterfeit that criminals now preferred to obtain genuine ones with false birth "
    "certificates. \"The criminals have moved from the printing press to the registry office,\" Vogelsang "
    "said. He added that his company now sold verification systems to civil registries, a market he "
    "estimated at $1.2 billion a year.",

    "A proposal by Mexico to begin negotiating a new protocol on identity-related crime found little "
    "support. The European Union said the existing rules, contained in a protocol on migrant smuggling, "
    "already required States to criminalize document fraud and that the real problem was enforcement. One "
    "European delegate, who asked not to be named because consultations were continuing, said the protocol "
    "idea had \"no chance this year\".",

    "Rights groups warned that the crackdown could hurt the people it is meant to protect. \"A forged "
    "passport is often the only door left open to a person fleeing persecution,\" said Amaka Eze-Thornton, "
    "director of Passage Rights Network, which signed a joint statement with three other organizations "
    "urging States not to prosecute refugees and smuggled migrants for using false papers.",

    "Germany announced it would give 4.5 million euros over three years to help transit countries build "
    "forensic document laboratories, and several delegations from Asia said they were already training "
    "border officers to spot impostors.",

    "The Chair's recommendations, adopted on the final day, call for a network of national focal points for "
    "forensic document examination and for information exchange \"with due regard for data protection and "
    "the right to privacy\". They will be forwarded to the Conference of the Parties to the Convention, "
    "which meets in Vienna in October 2028.",
]


def build_news():
    e = html.escape
    body = "\n".join(f"<p>{e(p, quote=False)}</p>" for p in NEWS_PARAS)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>UN crime experts split over biometric database as fake passport trade grows | The Meridian Dispatch</title>
</head>
<body>
<nav><a href="/">The Meridian Dispatch</a> | <a href="/world">World</a> | <a href="/justice">Justice</a> | <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>UN crime experts split over biometric database as fake passport trade grows</h1>
<p class="byline">By Clara Est\u00e9vez-Moyo</p>
<p class="dateline"><time datetime="2028-03-09">9 March 2028</time></p>
{body}
</article>
<aside><h2>Most read</h2><ul><li>Central banks weigh digital cash rules</li><li>Heatwave grips southern Europe</li></ul></aside>
<footer>&copy; 2028 The Meridian Dispatch. All rights reserved.</footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, "news_article.html"), "w", encoding="utf-8") as f:
        f.write(doc)
    write_meta("news_article", {
        "title": "UN crime experts split over biometric database as fake passport trade grows",
        "date": "2028-03-09",
        "place": "Lisbon, Portugal",
        "publisher": "The Meridian Dispatch",
        "kind": "news article",
        "url": "https://meridiandispatch.example/justice/2028/03/09/un-experts-split-biometric-database",
        "author": "Clara Est\u00e9vez-Moyo",
    })


# ---------------------------------------------------------------------------
# 5. Interview (plain text, no metadata file)
# ---------------------------------------------------------------------------
INTERVIEW = """PAPER, PEOPLE AND PRIVACY: A CONVERSATION WITH THE CHAIR OF THE LISBON EXPERT MEETING

Interviewer: Sofia Lindahl-Mensah, Justice Forum Quarterly
Recorded by video link on 13 March 2028

Ambassador Rafael Montoya Ibarra of Colombia chaired the Expert Meeting on Fraudulent Travel and Identity Documents, held in Lisbon from 7 to 9 March 2028 under the United Nations Convention against Transnational Organized Crime. He spoke to us a few days after the meeting closed. The interview has been edited for length.

Q: Ambassador, you spent 15 years as a prosecutor before joining the foreign service. Did that shape the way you ran this meeting?

A: Very much. In Cali I prosecuted a network that produced birth certificates in the back room of a notary's office. They sold them for the equivalent of 400 dollars each, and with those certificates people obtained perfectly genuine passports. So when delegations talk about breeder documents, I do not hear a technical term. I see the faces of the people in that case.

Q: The meeting was visibly divided on biometric data. How did you handle that?

A: By not pretending the division did not exist. Germany and the United States made a serious case for sharing biometric data. Morocco and Brazil made an equally serious case about privacy. My recommendations do not choose a winner. They say that information exchange should be enhanced with due regard for data protection and the right to privacy, and they mention the hit/no-hit model as one option. Both sides told me they could live with that.

Q: Several NGOs said the meeting risked criminalizing refugees. Were they right?

A: I understood their concern and I think it was fair. Ms. Eze-Thornton and her colleagues reminded us that the Smuggling of Migrants Protocol already protects migrants from prosecution for the fact of having been smuggled. That is why recommendation (b) is there. The target is the supplier, the organized group, not the mother with a forged passport and two children.

Q: And Mexico's proposal for a new protocol?

A: I respect it, and I said so in the room. But I do not think the appetite is there today. In my personal view, it is premature. So the recommendation simply passes the question to the Conference of the Parties at its fourteenth session, noting that views differed. That is the honest description of where we are.

Q: You issued eight recommendations. If you had to pick one?

A: The network of focal points. It was Nigeria's idea, and Thailand and others supported it. If a border officer in Bangkok can get an answer from a document examiner in Abuja within an hour, that changes everything. Today it can take three weeks.

Q: How long would it take to set up?

A: With political will, 18 months. UNODC has offered to keep the contact list, and the training module on fraudulently obtained genuine documents is due by the end of 2029.

Q: Was there a moment when you thought the meeting would fail?

A: On Wednesday night, yes. We had three competing versions of the paragraph on data. Our Rapporteur, Ms. Wisniewska-Lund of Poland, stayed until two in the morning with the delegations of Germany and Morocco. She found the words that both could accept. Honestly, the Rapporteur deserves more credit than the Chair.

Q: A last question. Have you ever seen a forged passport in your own name?

A: (laughs) Yes, actually. In 2019, when I was posted in Madrid, the police showed me a Colombian diplomatic passport with my photograph and someone else's name. It was a very good forgery. I keep a copy in my desk to remind me how easy it is.

Q: Thank you, Ambassador.

A: Thank you. It was a pleasure.
"""


def build_interview():
    with open(os.path.join(DOCS, "interview.txt"), "w", encoding="utf-8") as f:
        f.write(INTERVIEW)


# ---------------------------------------------------------------------------
# 6. Meeting report (HTML)
# ---------------------------------------------------------------------------
REPORT_BLOCKS = [
    ("p", "United Nations"),
    ("p", "CTOC/COP/EM.4/2028/3"),
    ("p", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
    ("p", "Distr.: General. 10 March 2028. Original: English"),
    ("h1", "Report on the meeting of the Expert Meeting on Fraudulent Travel and Identity Documents held "
           "in Lisbon from 7 to 9 March 2028"),
    ("h2", "I. Introduction"),
    ("p", "1. In its resolution 13/4, the Conference of the Parties to the United Nations Convention against "
          "Transnational Organized Crime decided to convene an open-ended expert meeting to examine the "
          "criminalization, prevention and detection of fraudulent travel and identity documents, including "
          "fraudulently obtained genuine documents, and their use by organized criminal groups."),
    ("p", "2. The Expert Meeting was held at the Tagus Conference Centre in Lisbon from 7 to 9 March 2028, at "
          "the invitation of the Government of Portugal. It held six meetings."),
    ("h2", "II. Recommendations"),
    ("p", "3. At its 6th meeting, on 9 March 2028, the Expert Meeting took note of the following "
          "recommendations, prepared by the Chair on the basis of the deliberations, and agreed to transmit "
          "them to the Conference of the Parties at its fourteenth session. The recommendations were not "
          "negotiated and do not necessarily reflect the views of all States parties:"),
    ("p", "(a) States parties that have not yet done so should establish as criminal offences the "
          "production, procurement, provision and possession of fraudulent travel or identity documents when "
          "committed by organized criminal groups, in line with article 6 of the Protocol against the "
          "Smuggling of Migrants by Land, Sea and Air;"),
    ("p", "(b) States parties should ensure that smuggled migrants, refugees and victims of trafficking are "
          "not held criminally liable solely for having used a fraudulent document;"),
    ("p", "(c) States parties should strengthen the security and integrity of civil registration and "
          "breeder documents, including through the training of registry officials;"),
    ("p", "(d) States parties should consider establishing a network of national focal points for forensic "
          "document examination, to enable rapid responses to verification requests;"),
    ("p", "(e) The exchange of information on fraudulent documents, including specimen and alert data, should "
          "be enhanced with due regard for data protection and the right to privacy, and States parties may "
          "consider decentralized (\"hit/no-hit\") verification models;"),
    ("p", "(f) UNODC should develop, subject to the availability of extrabudgetary resources, a training "
          "module on the detection of fraudulently obtained genuine documents by the end of 2029;"),
    ("p", "(g) UNODC should continue to collect data on seizures of fraudulent documents and explore the "
          "collection of data on prices charged in online marketplaces;"),
    ("p", "(h) The Conference of the Parties may wish to consider, at its fourteenth session, whether further "
          "work is needed on identity-related crime, including the proposal for an additional protocol, on "
          "which views differed."),
    ("h2", "III. Summary of deliberations"),
    ("p", "4. Under agenda items 2 and 3, the Expert Meeting heard a presentation by the Secretariat. Samuel "
          "Osei-Bonsu, Chief of the Organized Crime and Illicit Trafficking Branch of UNODC, reported that "
          "States responding to the UNODC questionnaire had seized some 412,000 fraudulent travel and "
          "identity documents in 2026 and that only 58 of 121 responding States had specific offences in place."),
    ("p", "5. Many speakers highlighted the growing involvement of organized criminal groups in the production "
          "and sale of fraudulent documents, including documents produced to order, and the links between "
          "document fraud, the smuggling of migrants and trafficking in persons."),
    ("p", "6. Several speakers emphasized that fraudulently obtained genuine documents, issued on the basis of "
          "false or corrupted breeder documents, posed the greatest challenge for detection, and called for "
          "investment in civil registration systems."),
    ("p", "7. The representative of Nigeria proposed the establishment of a network of national focal points "
          "for forensic document examination to allow rapid verification requests between States. The "
          "proposal was supported by a number of speakers."),
    ("p", "8. Views differed on the exchange of biometric data. Some speakers supported the creation of a "
          "central repository of biometric data accessible to border authorities, while others expressed "
          "serious concerns regarding data protection, the right to privacy and the absence of a legal basis "
          "in the Convention, and proposed decentralized verification models under which the issuing State "
          "would confirm the authenticity of a document without transferring personal data."),
    ("p", "9. The representative of Germany announced a voluntary contribution of 4.5 million euros over "
          "three years to support forensic document laboratories in transit countries."),
    ("p", "10. The representative of Mexico proposed that the Conference of the Parties consider the "
          "negotiation of an additional protocol to the Convention on identity-related crime. A number of "
          "speakers considered such a step premature and stressed that article 6 of the Protocol against the "
          "Smuggling of Migrants by Land, Sea and Air already required the criminalization of the relevant "
          "conduct."),
    ("p", "11. Observers for non-governmental organizations urged States not to prosecute smuggled migrants, "
          "refugees and victims of trafficking for the use of fraudulent documents, and drew attention to a "
          "joint statement signed by four organizations."),
    ("p", "12. On 8 March 2028, a side event entitled \"Breeder documents and the digital identity gap\" was "
          "held on the margins of the Expert Meeting. It was moderated by Priya Raghunathan (UNODC) and "
          "featured as panellists Dieter Vogelsang (SecuraPrint AG), Yoon Seo-yeon (VeriTrace Labs), Amaka "
          "Eze-Thornton (Passage Rights Network) and Luis Ferreira da Costa (Lusophone Institute for Criminal "
          "Justice Studies)."),
    ("h2", "IV. Organization of the meeting"),
    ("h3", "A. Opening of the meeting"),
    ("p", "13. The Expert Meeting was opened on 7 March 2028 by its Chair, Rafael Montoya Ibarra (Colombia). "
          "Opening statements were made by the Chair and by the representative of the Secretariat. In his "
          "opening statement, the Chair described document fraud as \"the key that opens the door to almost "
          "every other form of transnational organized crime\"."),
    ("h3", "B. Election of officers"),
    ("p", "14. At its 1st meeting, on 7 March 2028, the Expert Meeting elected the following officers:"),
    ("p", "Chair: Rafael Montoya Ibarra (Colombia)"),
    ("p", "Vice-Chair: Thandiwe Mokoena (South Africa)"),
    ("p", "Rapporteur: Katarzyna Wi\u015bniewska-Lund (Poland)"),
    ("h3", "C. Adoption of the agenda and organization of work"),
    ("p", "15. Also at its 1st meeting, the Expert Meeting adopted the following agenda: 1. Organizational "
          "matters: (a) Opening of the meeting; (b) Adoption of the agenda and organization of work. "
          "2. Overview of trends in fraudulent travel and identity documents. 3. Criminalization, prevention "
          "and detection of fraudulent travel and identity documents. 4. Other matters. 5. Adoption of the report."),
    ("h3", "D. Attendance"),
    ("p", "16. Representatives of 87 States parties to the Convention attended the Expert Meeting. The European "
          "Union, a regional economic integration organization that is a party to the Convention, was also "
          "represented. One signatory State, five intergovernmental organizations and 12 non-governmental "
          "organizations were represented by observers."),
    ("h3", "E. Documentation"),
    ("p", "17. The Expert Meeting had before it the provisional agenda and annotations "
          "(CTOC/COP/EM.4/2028/1) and a background paper prepared by the Secretariat on trends in fraudulent "
          "travel and identity documents (CTOC/COP/EM.4/2028/2)."),
    ("h2", "V. Adoption of the report"),
    ("p", "18. On 9 March 2028, the Rapporteur introduced the draft report. She informed the meeting that the "
          "comments received from delegations on the chapter on deliberations had been reflected in the "
          "revised draft. The Expert Meeting adopted the present report, as orally amended."),
]


def build_report():
    e = html.escape
    parts = []
    for tag, text in REPORT_BLOCKS:
        parts.append(f"<{tag}>{e(text, quote=False)}</{tag}>")
    body = "\n".join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CTOC/COP/EM.4/2028/3 - Report on the Expert Meeting on Fraudulent Travel and Identity Documents</title>
</head>
<body>
<header><p>UNODC | Documents of the Conference of the Parties</p></header>
<article>
{body}
</article>
<footer><p>V.28-01442 (E)</p></footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, "meeting_report.html"), "w", encoding="utf-8") as f:
        f.write(doc)
    write_meta("meeting_report", {
        "title": "Report on the meeting of the Expert Meeting on Fraudulent Travel and Identity Documents "
                 "held in Lisbon from 7 to 9 March 2028",
        "date": "2028-03-10",
        "place": "Lisbon, Portugal",
        "publisher": "United Nations Office on Drugs and Crime",
        "kind": "meeting report",
        "url": "https://unodc.example/ctoc/em4-2028/report",
        "symbol": "CTOC/COP/EM.4/2028/3",
    })


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    build_pdf()
    build_podcast()
    build_docx()
    build_news()
    build_interview()
    build_report()
    print("built:", sorted(os.listdir(DOCS)))
