#!/usr/bin/env python3
"""Build the six fictional documents of the blind_y evaluation set.

Everything here is invented (people, organizations other than real States /
the EU, figures, dates).  Run with the venv:  venv/bin/python tools/build.py
"""
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "matchfixing_2027"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def write_meta(stem, meta):
    with open(DOCS / f"{stem}.meta.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(meta, fh, sort_keys=False, allow_unicode=True)


# ---------------------------------------------------------------------------
# 1. DOCX Chair's summary
# ---------------------------------------------------------------------------
CHAIR_SUMMARY = [
    ("title", "Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting"),
    ("sub", "Vienna, 9 and 10 March 2027"),
    ("sub", "CTOC/EGM.MSC/2027/2"),
    ("sub", "Summary prepared by the Chair"),
    ("h", "I. Introduction"),
    ("p", "1. The Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting was convened by the United Nations Office on Drugs and Crime (UNODC), in its capacity as secretariat of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime. The meeting was held at the Vienna International Centre, in Board Room B, on 9 and 10 March 2027. It was attended by 146 participants, including experts from 58 States, the European Union, sports organizations, betting regulators, the private sector, academia and civil society."),
    ("p", "2. The meeting was chaired by Ms. Teodora Lindqvist-Arroyo, Senior Public Prosecutor at the Swedish Prosecution Authority. Mr. Kwame Asante-Darko, Deputy Director of the Ghana Sports Integrity Bureau, served as Rapporteur. The present summary was prepared under the responsibility of the Chair and does not represent a negotiated outcome."),
    ("p", "3. The meeting was opened by Ms. Aurelia Dantas Moreau, Director of the Division for Treaty Affairs of UNODC, who said that the manipulation of sports competitions had become \"a low-risk, high-profit business model for organized criminal groups\". She recalled that the Conference of the Parties had requested the secretariat to convene the meeting and thanked the Government of Portugal for its financial support."),
    ("p", "4. The Chair recalled that the meeting was the first expert-level discussion of the topic under the Convention since 2019 and that its purpose was to identify practical measures rather than to negotiate text. She invited participants to speak \"frankly and in their expert capacity\"."),
    ("h", "II. Presentations by panellists"),
    ("p", "5. Introducing the first panel, the Chair noted that betting had become \"a global, always-open market\" and that no single regulator could see the whole picture. She then gave the floor to Ms. Priya Ramanathan-Holt, Head of Integrity at Betwatch Analytics, a betting integrity monitoring company; Mr. Rafael Quintero Aguilar, Executive Secretary of the International Forum of Betting Regulators; Mr. Anil Varghese, Head of Anti-Corruption at the Global Cricket Integrity Board; and Ms. Joanna Kivela, General Secretary of the World Players' Solidarity Union. She observed that the panel brought together \"those who see the odds move, those who license the market, those who run the games and those who play them\"."),
    ("p", "6. Ms. Ramanathan-Holt said that her company's monitoring system had flagged 1,137 suspicious matches worldwide in 2026, an increase of 18 per cent compared with 2025. Football accounted for 62 per cent of the alerts, followed by tennis with 14 per cent and esports with 9 per cent. She stressed that an alert was not proof of manipulation and that only around one in three alerts led to a formal investigation."),
    ("p", "7. Mr. Quintero Aguilar explained that the International Forum of Betting Regulators brought together 47 regulators from 39 countries, whose members had exchanged 2,410 integrity alerts in 2026. He estimated that approximately $340 billion was wagered each year with unlicensed operators, most of them based offshore, and said that such operators \"do not answer our letters, and they do not share their data\"."),
    ("p", "8. Mr. Varghese described the experience of the Global Cricket Integrity Board with spot-fixing, in which a specific event within a match, rather than its result, was manipulated. He said that lower-tier and franchise competitions, which were often streamed online with little oversight, were particularly vulnerable. He called for sports bodies to be given access to law enforcement information \"at least at the stage when it can still prevent a fix\"."),
    ("p", "9. Ms. Kivela presented the results of a survey conducted by her union among 1,850 athletes in 23 countries. Thirty-one per cent of respondents had been approached to manipulate a competition or to pass on inside information, but only one in five of those had reported the approach. Forty-four per cent said that they did not know whom to report to. She warned that \"athletes who speak up too often lose their contracts, not the people who approached them\"."),
    ("h", "III. Discussion"),
    ("p", "10. The representative of Spain said that his country's national platform had referred 112 cases to prosecutors since 2020. He highlighted the importance of a single national point of contact and of cooperation with betting operators, which in Spain were legally required to report suspicious betting patterns within 48 hours."),
    ("p", "11. The representative of Brazil said that her country's regulated betting market had become operational in January 2025 and that some 1,900 websites of unlicensed operators had been blocked since then. She expressed support for a new instrument under the Convention specifically addressing the manipulation of sports competitions."),
    ("p", "12. The representative of the European Union said that the Union and its member States already had a solid legal basis in the Council of Europe Convention on the Manipulation of Sports Competitions and that efforts should focus on implementation rather than on new instruments. That view was shared by the representatives of Australia and Germany."),
    ("p", "13. The representative of Germany cautioned against proposals to criminalize athletes who failed to report approaches, noting that such an obligation could deter reporting. He emphasized that any exchange of betting data must comply with data protection law."),
    ("p", "14. The representative of Malta said that licensed operators were \"the first line of defence\" and should be treated as partners. She drew attention to the growth of betting with crypto-assets, which in her Government's assessment accounted for about 7 per cent of the online betting market in 2026."),
    ("p", "15. The representative of Kenya said that many players in lower divisions earned less than the equivalent of 100 United States dollars a month and were therefore easy targets for fixers. He requested technical assistance to train investigators and prosecutors."),
    ("p", "16. The representative of the Philippines presented the Sports Integrity and Anti-Match-Fixing Act of 2025 and referred participants to her country's written contribution (CTOC/EGM.MSC/2027/CRP.3)."),
    ("p", "17. The representative of the Republic of Korea described the monitoring of esports competitions, noting that 23 professional esports players had been sanctioned in his country in 2026 for manipulation linked to illegal betting sites."),
    ("p", "18. The representative of Morocco stressed the importance of integrity education for young athletes and announced that his country would host a regional workshop for African prosecutors in Rabat in October 2027."),
    ("p", "19. In response to a question from the Chair, Ms. Ramanathan-Holt said that monitoring data could be shared with authorities within hours, but that legal uncertainty often delayed transmission by weeks. The Chair observed that the problem was \"less a lack of data than a lack of pathways\"."),
    ("p", "20. Ms. Beatriz Fonseca Lund, speaking on behalf of Fair Play Watch, a non-governmental organization, said that confidential reporting channels should be independent of sports governing bodies, which sometimes had a conflict of interest. She added that journalists who investigated match-fixing also needed protection."),
    ("h", "IV. Recommendations drawn by the Chair"),
    ("p", "21. On the basis of the discussion, the Chair drew the following recommendations, which she submits for the consideration of States parties:"),
    ("p", "(a) States should consider establishing or designating a national platform to act as a single point of contact on the manipulation of sports competitions;"),
    ("p", "(b) States should ensure that the manipulation of sports competitions involving organized criminal groups is treated as a serious crime within the meaning of article 2 (b) of the Convention;"),
    ("p", "(c) States should protect whistleblowers and athletes who report approaches, including through confidential reporting channels that are independent of sports organizations;"),
    ("p", "(d) Information-sharing between betting regulators, betting operators, sports organizations and law enforcement authorities should be strengthened, with appropriate safeguards for personal data;"),
    ("p", "(e) States should consider measures against unlicensed betting operators, such as website blocking and the blocking of payments;"),
    ("p", "(f) Integrity education should be provided to athletes, coaches and referees, with priority given to young athletes and lower-tier competitions;"),
    ("p", "(g) UNODC should prepare a draft model protocol for the exchange of information between national platforms, for discussion at a follow-up online session."),
    ("p", "22. The Chair noted that there had been no consensus on whether a new instrument was required, and that the question of a reporting obligation for athletes remained open."),
    ("h", "V. Closing of the meeting"),
    ("p", "23. The Secretary of the meeting, Mr. Lucien Barrowcliffe, announced that a follow-up online session would be held on 15 June 2027 to discuss the draft model protocol. The Rapporteur, Mr. Asante-Darko, presented an oral report on the proceedings. The Chair closed the meeting at 5.40 p.m. on 10 March 2027."),
]


def build_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    for kind, text in CHAIR_SUMMARY:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "sub":
            doc.add_paragraph(text).runs[0].bold = True
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    stem = "chair_summary_egm_msc_2027"
    doc.save(DOCS / f"{stem}.docx")
    write_meta(stem, {
        "title": "Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting: Summary by the Chair",
        "date": "2027-03-10",
        "place": "Vienna, Vienna International Centre, Board Room B",
        "publisher": "United Nations Office on Drugs and Crime",
        "kind": "chair's summary",
        "author": "Teodora Lindqvist-Arroyo (Chair)",
        "url": "https://www.unodc-ctoc.example/egm-msc-2027/chair-summary",
        "symbol": "CTOC/EGM.MSC/2027/2",
    })


# ---------------------------------------------------------------------------
# 2. PDF written contribution of the Philippines
# ---------------------------------------------------------------------------
PH_LETTER = [
    "Permanent Mission of the Republic of the Philippines to the United Nations and other International Organizations in Vienna",
    "Note No. VPM-2027-041",
    "The Permanent Mission of the Republic of the Philippines to the United Nations and other International Organizations in Vienna presents its compliments to the Secretariat of the United Nations Office on Drugs and Crime and has the honour to transmit herewith the written contribution of the Government of the Philippines to the Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting, to be held in Vienna on 9 and 10 March 2027.",
    "The Permanent Mission kindly requests that the contribution be made available to participants as a conference room paper and be posted on the web page of the meeting.",
    "The Permanent Mission of the Republic of the Philippines avails itself of this opportunity to renew to the Secretariat of the United Nations Office on Drugs and Crime the assurances of its highest consideration.",
    "Vienna, 24 February 2027",
]

PH_SECTIONS = [
    ("1. Introduction", [
        "Our Government welcomes the convening of the Expert Group Meeting and thanks the secretariat for the opportunity to share our experience. We regard the manipulation of sports competitions not as a matter of sporting ethics alone but as a form of transnational organized crime that is closely linked to illegal betting, money-laundering and corruption.",
        "In the Philippines, basketball, boxing and esports are the sports most exposed to manipulation. Many of the competitions concerned are lower-tier events that attract little media attention but large volumes of online bets placed from abroad.",
    ]),
    ("2. Legal and institutional framework", [
        "In July 2025, our Congress adopted the Sports Integrity and Anti-Match-Fixing Act of 2025, which entered into force on 1 September 2025. The Act criminalizes the manipulation of sports competitions, the misuse of inside information for betting purposes and the organization of illegal betting. The offences are punishable by imprisonment of six to twelve years and fines of up to 5 million pesos, which means that they qualify as serious crimes within the meaning of the Convention.",
        "The Act establishes the Inter-Agency Council on Sports Integrity, which serves as our national platform. The Council brings together nine government agencies, including the police, the prosecution service, the gaming regulator and the financial intelligence unit, and meets at least once a month.",
    ]),
    ("3. Results of enforcement", [
        "Between 1 September 2025 and 31 December 2026, our authorities opened 27 investigations into suspected manipulation of sports competitions. A total of 64 persons were charged and 11 convictions were obtained. Assets with a value of approximately 48 million pesos were seized.",
        "The confidential hotline Bantay Laro, launched together with the Act, received 392 reports during the same period. We note with satisfaction that 41 per cent of those reports came from athletes or members of their families, which shows that athletes will report when they trust the channel.",
    ]),
    ("4. Challenges", [
        "The most serious challenge we face is the activity of unlicensed offshore operators that accept bets on Philippine competitions without any obligation to report suspicious patterns. Our requests for mutual legal assistance in such cases take on average 14 months to be executed, by which time the evidence has often disappeared.",
        "We also observe that the exchange of betting data with foreign regulators and operators is hampered by the absence of common standards and by differences between data protection regimes.",
    ]),
    ("5. Proposals", [
        "We propose that UNODC support the creation of a regional network of national platforms for South-East Asia, building on existing cooperation among law enforcement agencies in the region.",
        "We further propose that each State party designate a contact point for the manipulation of sports competitions that is reachable 24 hours a day, seven days a week, so that urgent requests can be handled before a competition takes place.",
        "We support the preparation by UNODC of a model protocol for the exchange of information between national platforms and stand ready to test it with our partners. Our Government is also ready to host a regional training course for investigators and prosecutors in Manila in 2028.",
    ]),
    ("6. Conclusion", [
        "We believe that the Convention already provides a sufficient legal basis for international cooperation in this field, provided that States parties use it fully. What is missing is not a new treaty but trust, speed and shared tools. We look forward to a productive discussion in Vienna.",
    ]),
]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    # cover letter
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, PH_LETTER[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, PH_LETTER[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for para in PH_LETTER[2:5]:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.multi_cell(0, 6, PH_LETTER[5], align="R", new_x="LMARGIN", new_y="NEXT")
    # contribution
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 6, "CTOC/EGM.MSC/2027/CRP.3", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Written contribution of the Republic of the Philippines", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting, Vienna, 9-10 March 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, paras in PH_SECTIONS:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for para in paras:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)
    stem = "philippines_written_contribution"
    pdf.output(str(DOCS / f"{stem}.pdf"))
    write_meta(stem, {
        "title": "Written contribution of the Republic of the Philippines to the Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting",
        "date": "2027-02-24",
        "place": "Vienna",
        "publisher": "Permanent Mission of the Republic of the Philippines in Vienna",
        "kind": "written contribution",
        "author": "Government of the Philippines",
        "url": "https://www.unodc-ctoc.example/egm-msc-2027/crp3-philippines.pdf",
        "symbol": "CTOC/EGM.MSC/2027/CRP.3",
    })


# ---------------------------------------------------------------------------
# 3. HTML FAQ page
# ---------------------------------------------------------------------------
FAQ_QA = [
    ("What is the Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting?", [
        "The Expert Group Meeting is a technical meeting convened by UNODC, as secretariat of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime. It brings together practitioners from States, betting regulators, sports organizations, the private sector and civil society to exchange experience on preventing, investigating and prosecuting the manipulation of sports competitions and related illegal betting.",
        "Why a crime convention? As the Chair, Ms. Teodora Lindqvist-Arroyo, put it: \"Match-fixing is not a sports problem that occasionally meets crime; it is organized crime that has found a sport.\"",
    ]),
    ("When and where does the meeting take place?", [
        "The meeting takes place on 9 and 10 March 2027 at the Vienna International Centre, Board Room B, Vienna, Austria. Sessions run from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. each day. Participants should allow at least 30 minutes for security screening at Gate 1.",
    ]),
    ("Who can participate and how do I register?", [
        "The meeting is open to experts nominated by States parties to the Convention, as well as to representatives of intergovernmental organizations and invited experts from sports organizations, betting regulators, the private sector, academia and civil society. Nominations must be submitted through the online registration portal by 19 February 2027. Late registrations cannot be guaranteed a seat, as Board Room B holds a maximum of 150 participants.",
        "Limited funding is available to support the participation of one expert from each least developed country. Requests for funding had to reach the secretariat by 2 February 2027.",
    ]),
    ("In which languages will the meeting be held?", [
        "The plenary sessions are held in English, with simultaneous interpretation into French and Spanish. The side event is held in English only.",
    ]),
    ("Is there a side event?", [
        "Yes. A side event entitled \"Protecting the Whistle: Athletes, Journalists and Reporting Channels\" takes place on 9 March 2027 from 1.15 p.m. to 2.30 p.m. in Conference Room M3. It is organized by the World Players' Solidarity Union and Fair Play Watch and is webcast live on the meeting web page. No registration beyond the general meeting registration is required.",
    ]),
    ("Can I submit a written contribution?", [
        "Yes. States and invited organizations may submit written contributions of no more than 3,000 words to the secretariat by 27 February 2027. Contributions are issued as conference room papers in the language of submission only.",
    ]),
    ("Where are the meeting documents published?", [
        "All documents, including the provisional agenda, the programme, written contributions and presentations, are published on the meeting web page. The Chair's summary will be posted within four weeks of the end of the meeting. Documents are not distributed in hard copy in the meeting room, in line with the paper-smart policy of the Vienna International Centre.",
    ]),
    ("Will the meeting adopt recommendations?", [
        "The meeting does not negotiate or adopt an agreed outcome. At the end of the meeting, the Chair prepares a summary under her own responsibility, which may include recommendations drawn from the discussion. The summary will be transmitted to the Working Group on International Cooperation for its information.",
    ]),
    ("Will there be a follow-up?", [
        "Yes. A follow-up online session will be held on 15 June 2027, from 1 p.m. to 4 p.m. Vienna time, to discuss a draft model protocol for the exchange of information between national platforms. Registration for the online session will open on 3 May 2027. As the Secretary of the meeting, Mr. Barrowcliffe, explained: \"The online session is where the draft model protocol will be tested against real cases, so we want investigators in the room, not only diplomats.\"",
    ]),
    ("Do I need a visa to attend?", [
        "Participants who require a visa to enter Austria should apply at the competent Austrian embassy or consulate at least six weeks before the meeting. The secretariat can issue a letter of invitation on request once a nomination has been received.",
    ]),
    ("Whom can I contact?", [
        "Questions about the meeting may be sent to the secretariat at egm-msc@unodc-ctoc.example. Media enquiries should be addressed to the UNODC press office.",
    ]),
]


def html_page(title, article_html, site):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header"><a href="/">{site}</a>
<nav><a href="/meetings">Meetings</a> | <a href="/documents">Documents</a> | <a href="/media">Media</a> | <a href="/contact">Contact</a></nav>
</header>
<main>
{article_html}
</main>
<footer><p>&copy; 2027 {site}. All rights reserved.</p><p><a href="/privacy">Privacy notice</a> | <a href="/terms">Terms of use</a></p></footer>
</body>
</html>
"""


def build_faq():
    parts = ["<article>",
             "<h1>Frequently asked questions: Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting</h1>",
             "<p class=\"updated\">Last updated: 12 March 2027</p>"]
    for q, answers in FAQ_QA:
        parts.append(f"<h2>{q}</h2>")
        for a in answers:
            parts.append(f"<p>{a.replace('&', '&amp;')}</p>")
    parts.append("</article>")
    stem = "egm_msc_2027_faq"
    (DOCS / f"{stem}.html").write_text(
        html_page("FAQ - Expert Group Meeting on the Manipulation of Sports Competitions", "\n".join(parts),
                  "UNODC Organized Crime Portal (fictional)"), encoding="utf-8")
    write_meta(stem, {
        "title": "Frequently asked questions: Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting",
        "date": "2027-03-12",
        "place": "Vienna",
        "publisher": "United Nations Office on Drugs and Crime",
        "kind": "FAQ page",
        "url": "https://www.unodc-ctoc.example/egm-msc-2027/faq",
    })


# ---------------------------------------------------------------------------
# 4. TXT webcast transcript of the side event (no metadata file)
# ---------------------------------------------------------------------------
TRANSCRIPT = """UNODC WEBCAST - UNEDITED TRANSCRIPT
Side event: "Protecting the Whistle: Athletes, Journalists and Reporting Channels"
Vienna International Centre, Conference Room M3 - 9 March 2027
Organized by the World Players' Solidarity Union and Fair Play Watch

[00:00:05] MODERATOR (Beatriz Fonseca Lund, Fair Play Watch): Good afternoon, everyone, and thank you for giving up your lunch break. My name is Beatriz Fonseca Lund, I am a senior researcher at Fair Play Watch, and I will be moderating this side event together with our co-organizers from the World Players' Solidarity Union. We have one hour and fifteen minutes, so I will keep my introductions short.

[00:00:41] MODERATOR: On my left is Joanna Kivela, General Secretary of the World Players' Solidarity Union, who presented her union's survey in the plenary this morning. Next to her is Marc-Olivier Desrosiers, an investigative journalist with the magazine Le Veilleur, whose reporting on a second-division league led to the first match-fixing trial in his country. And at the end of the table is Priya Ramanathan-Holt, Head of Integrity at Betwatch Analytics, who spends her days watching betting markets so that the rest of us do not have to. Joanna, let me start with you.

[00:01:32] JOANNA KIVELA: Thank you, Beatriz. I want to start with one number from our survey. Of the athletes who had been approached by fixers, only one in five reported it. That is not because athletes do not care. It is because they are rational. A reporting line nobody trusts is worse than no line at all, because it tells the fixer that nobody is listening.

[00:02:20] KIVELA: So two years ago we launched our own confidential line, SafeCall, run by lawyers who do not work for any club or federation. In 2026 SafeCall received 214 reports. In 37 of those cases the athlete asked us to pass the information on to the police, and we did. We have also set up a legal aid fund of 250,000 euros to defend players who are sued or sacked after they report.

[00:03:12] MODERATOR: Marc-Olivier, your sources were not protected by any hotline.

[00:03:18] MARC-OLIVIER DESROSIERS: No, they were not. My investigation looked at 38 matches over two seasons. Two of my sources received threats, and one of them, a goalkeeper, had to move abroad with his family. I say this not to be dramatic but because it is the normal price of speaking in this field. [inaudible] ...the clubs themselves were afraid.

[00:04:05] DESROSIERS: As the Chair said this morning, "it is organized crime that has found a sport." I agree with her completely. And organized crime does not fear a disciplinary committee. It fears a prosecutor, a journalist and a bank that asks questions. Journalists need the same protection as other whistleblowers, and today most national laws simply ignore us.

[00:05:01] MODERATOR: Priya, from the data side, what happens between the moment your system sees something and the moment someone acts?

[00:05:09] PRIYA RAMANATHAN-HOLT: Too much time. Our analysts usually confirm a suspicious pattern within a few hours. But in 2026 the average time between our alert and its receipt by a competent authority was 19 days. With a clear legal gateway it could be under 24 hours.

[00:05:47] RAMANATHAN-HOLT: And I want to be clear that the data is only the beginning. An alert tells you that the odds moved in a strange way. It does not tell you who moved them. For that you need people, and that brings us back to the athletes and the journalists on this panel.

[00:06:30] MODERATOR: Joanna, this morning you said that "a reporting line nobody trusts is worse than no line at all". What would make a line trustworthy?

[00:06:41] KIVELA: Three things. Independence from the sport, a guarantee that your name will not be passed to your club, and a promise that you will not be punished for having been approached. Some delegations in the plenary want to punish athletes who fail to report. We think that is exactly backwards.

[00:07:26] UNIDENTIFIED SPEAKER (from the floor): Thank you. I am a referee, I will not give my name. Referees are approached as well, perhaps more than players. Why are we never mentioned in these surveys?

[00:07:44] KIVELA: That is a fair point, and our next survey will include referees and coaches. We are planning to publish it in early 2028.

[00:08:02] MODERATOR: We have time for one more comment. Priya?

[00:08:06] RAMANATHAN-HOLT: Only that the model protocol the secretariat is preparing should include a standard format for alerts. If every regulator asks for a different form, the 19 days will not get shorter. [applause]

[00:08:31] MODERATOR: On that practical note, I would like to thank our panellists and the interpreters, who are not here today but in spirit. The recording of this event will remain available on the meeting web page. Thank you all.

[END OF TRANSCRIPT]
"""


def build_txt():
    (DOCS / "side_event_webcast_transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")


# ---------------------------------------------------------------------------
# 5. Newsletter (Markdown email)
# ---------------------------------------------------------------------------
NEWSLETTER = """Subject: The Players' Line - March 2027: Vienna, whistleblowers and your rights
From: WPSU Communications <news@wpsu.example>
To: members@wpsu.example
Date: 19 March 2027

Dear members and friends,

This month's issue is almost entirely about Vienna, where athletes finally had a seat at the table in a United Nations discussion on match-fixing. As always, you can reply to this email to tell us what you think.

## Vienna: athletes at the table

**A first for players.** On 9 and 10 March 2027, UNODC hosted an Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting at the Vienna International Centre. Our General Secretary, Joanna Kivela, was invited to speak on the opening panel, alongside a betting regulator, a cricket integrity official and a data company. We believe this is the first time that a players' union has addressed a UN crime meeting on this subject.

**Our survey made the headlines.** Joanna presented the results of the survey many of you filled in last autumn: 1,850 athletes in 23 countries, 31 per cent of whom had been approached, and only one in five of whom reported it. "These are not abstract numbers; they are our members, and most of them were alone when the call came," Joanna told the meeting.

## What we heard

**From governments.** Not everything we heard was comfortable. Several delegations floated the idea of punishing athletes who fail to report an approach. Kivela pushed back firmly: "You do not protect the victim of a threat by threatening them a second time." We were glad that the representative of Germany also warned that such a rule could deter reporting.

**A voice from Nairobi.** The moment that stayed with many of us came from the Kenyan delegation. Speaking to The Players' Line after the meeting, Joanna said: "As the representative of Kenya put it, 'a player who is paid less than 100 dollars a month is not a mastermind; he is a target.' That sentence should be printed on every federation's wall."

**From the Chair.** Ms. Lindqvist-Arroyo closed the debate on whistleblowers by saying that "no reporting system works if the person who reports is the one who pays the price." Her summary includes a recommendation on confidential reporting channels that are independent of sports organizations, which is exactly what we asked for.

**From the data side.** Priya Ramanathan-Holt of Betwatch Analytics told the side event that it currently takes an average of 19 days for an alert to reach the authorities. In our view, that delay is the fixers' best friend.

## SafeCall turns two

**214 reports and counting.** Our confidential line SafeCall received 214 reports in 2026. If you are approached, call or message SafeCall; your club will never be told who you are. Our legal aid fund, now 250,000 euros, is there if you face consequences for reporting.

**Referees and coaches next.** As Joanna promised at the side event, our next survey will include referees and coaches, after a referee in the audience asked why they are never counted. We plan to publish it in early 2028. If you coach or officiate, watch your inbox in September.

## Around the union

**Two new member associations.** In February, the Uruguayan Volleyball Players' Association and the Nepal Cricketers' Union joined WPSU, bringing our membership to 86 associations in 61 countries. Welcome to both!

## Save the date

**Online follow-up on 15 June.** UNODC will hold a follow-up online session on 15 June 2027 on a draft model protocol for sharing information. We will be there and will report back.

**Congress 2027.** Our biennial Congress will take place in Lisbon from 4 to 6 November 2027. Nominations for the Executive Board close on 30 June 2027.

Thank you for reading, and for everything you do on and off the field.

In solidarity,

Felix Armitage-Nwosu
Editor, The Players' Line
World Players' Solidarity Union
"""


def build_md():
    stem = "wpsu_newsletter_march_2027"
    (DOCS / f"{stem}.md").write_text(NEWSLETTER, encoding="utf-8")
    write_meta(stem, {
        "title": "The Players' Line - March 2027: Vienna, whistleblowers and your rights",
        "date": "2027-03-19",
        "place": "Geneva",
        "publisher": "World Players' Solidarity Union",
        "kind": "newsletter",
        "author": "Felix Armitage-Nwosu (Editor)",
        "url": "https://www.wpsu.example/newsletter/2027-03",
    })


# ---------------------------------------------------------------------------
# 6. HTML press release
# ---------------------------------------------------------------------------
PRESS = [
    ("h1", "Experts Urge Stronger Protection for Whistleblowers, Faster Data Sharing to Counter Match-Fixing, as Vienna Meeting Concludes"),
    ("p", "UNIS/CP/2027/118"),
    ("p", "VIENNA, 10 March (UN Information Service) - Experts on the manipulation of sports competitions concluded a two-day meeting in Vienna today with calls for national platforms in every country, protection for athletes and journalists who report match-fixing, and faster exchange of betting data between regulators, sports bodies and police."),
    ("p", "The Expert Group Meeting on the Manipulation of Sports Competitions and Illegal Betting, convened by the United Nations Office on Drugs and Crime (UNODC) under the United Nations Convention against Transnational Organized Crime, brought together 146 participants from 58 States, the European Union, sports organizations, betting regulators, industry and civil society."),
    ("p", "Opening the meeting on 9 March, Aurelia Dantas Moreau, Director of the UNODC Division for Treaty Affairs, warned that criminal groups had turned match-fixing into \"a low-risk, high-profit business model\". She said that the Convention, which has 192 parties, offered \"a ready-made toolbox for cooperation that is still used far too rarely in sport\"."),
    ("p", "Chairing the meeting, Teodora Lindqvist-Arroyo of Sweden said that prosecutors were too often the last to learn about a fixed match. \"By the time a case reaches my desk, the money has crossed three borders and the players have changed clubs,\" she said. In her closing remarks, she added that the meeting had shown \"a real appetite for practical cooperation, even where views on new instruments differ\"."),
    ("h2", "Speakers"),
    ("p", "Presenting data from the monitoring firm Betwatch Analytics, Priya Ramanathan-Holt said that 1,137 suspicious matches had been flagged worldwide in 2026, 18 per cent more than in the previous year, with football accounting for 62 per cent of alerts."),
    ("p", "Rafael Quintero Aguilar, Executive Secretary of the International Forum of Betting Regulators, estimated the sums wagered annually with unlicensed operators at about $340 billion. \"Unlicensed operators do not answer our letters, and they do not share their data,\" he said, calling on States to block payments to such operators."),
    ("p", "Anil Varghese of the Global Cricket Integrity Board said that spot-fixing in franchise and lower-tier cricket was \"cheap to arrange and very hard to see\". Mr. Varghese said that integrity units needed timely access to police information."),
    ("p", "Joanna Kivela, General Secretary of the World Players' Solidarity Union, said that almost a third of the athletes surveyed by her union had been approached by fixers. \"Athletes are the first to be approached and the last to be protected,\" she said."),
    ("p", "Speakers from Spain, Australia and Morocco stressed the value of a single national platform bringing together police, prosecutors, regulators and sports bodies. Speakers from Germany, Malta and the Philippines emphasized that data exchange must respect privacy rules, while the representative of Brazil argued for a new instrument under the Convention dedicated to sports manipulation."),
    ("p", "The representative of the European Union said that existing frameworks, including the Council of Europe Convention on the Manipulation of Sports Competitions, provided \"a sufficient legal basis, if only it were fully used\"."),
    ("p", "The representative of the Republic of Korea described the sanctioning of 23 professional esports players in 2026, while the representative of Kenya called for technical assistance to train investigators in countries where lower-division players are poorly paid."),
    ("p", "The Rapporteur, Kwame Asante-Darko of Ghana, presented an oral report on the discussions. The Chair's summary, including her recommendations, will be published on the meeting web page."),
    ("p", "Lucien Barrowcliffe, Secretary of the meeting, said that UNODC would circulate a draft model protocol for information exchange between national platforms in May. \"We want a document that an investigator can use at two in the morning,\" he said."),
    ("p", "The follow-up online session of the Expert Group will take place on 15 June 2027."),
    ("p", "* *** *"),
    ("p", "For information only - not an official record."),
]


def build_press():
    parts = ["<article>"]
    for tag, text in PRESS:
        parts.append(f"<{tag}>{text.replace('&', '&amp;')}</{tag}>")
    parts.append("</article>")
    stem = "press_release_egm_msc_closing"
    (DOCS / f"{stem}.html").write_text(
        html_page("Experts Urge Stronger Protection for Whistleblowers - Press Release", "\n".join(parts),
                  "UN Information Service Vienna (fictional)"), encoding="utf-8")
    write_meta(stem, {
        "title": "Experts Urge Stronger Protection for Whistleblowers, Faster Data Sharing to Counter Match-Fixing, as Vienna Meeting Concludes",
        "date": "2027-03-10",
        "place": "Vienna",
        "publisher": "United Nations Information Service Vienna",
        "kind": "press release",
        "url": "https://www.unis-vienna.example/press/2027/cp118.html",
        "symbol": "UNIS/CP/2027/118",
    })


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    build_pdf()
    build_faq()
    build_txt()
    build_md()
    build_press()
    print("built:", sorted(p.name for p in DOCS.iterdir()))
