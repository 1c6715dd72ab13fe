#!/usr/bin/env python3
"""Write gold.yaml (speakers per document + attributed sentences)."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]  # the repository

DOCX = "chair_summary_egm_msc_2027.docx"
PDF = "philippines_written_contribution.pdf"
FAQ = "egm_msc_2027_faq.html"
TXT = "side_event_webcast_transcript.txt"
MD = "wpsu_newsletter_march_2027.md"
PR = "press_release_egm_msc_closing.html"

CHAIR = "Teodora Lindqvist-Arroyo"
RAPP = "Kwame Asante-Darko"
DIR = "Aurelia Dantas Moreau"
PRIYA = "Priya Ramanathan-Holt"
RQA = "Rafael Quintero Aguilar"
VARG = "Anil Varghese"
KIV = "Joanna Kivela"
BFL = "Beatriz Fonseca Lund"
SEC = "Lucien Barrowcliffe"
MOD = "Marc-Olivier Desrosiers"
ED = "Felix Armitage-Nwosu"

P = {
    CHAIR: ("Swedish Prosecution Authority", ["Chair"]),
    RAPP: ("Ghana Sports Integrity Bureau", ["Rapporteur"]),
    DIR: ("UNODC Division for Treaty Affairs", ["Director", "opening speaker"]),
    PRIYA: ("Betwatch Analytics", ["panellist", "private sector"]),
    RQA: ("International Forum of Betting Regulators", ["panellist", "betting regulator"]),
    VARG: ("Global Cricket Integrity Board", ["panellist", "sports federation"]),
    KIV: ("World Players' Solidarity Union", ["panellist", "athletes' union"]),
    BFL: ("Fair Play Watch", ["civil society"]),
    SEC: ("UNODC", ["Secretary of the meeting"]),
    MOD: ("Le Veilleur", ["panellist", "journalist"]),
    ED: ("World Players' Solidarity Union", ["Editor"]),
}


def person(name, extra_roles=None):
    aff, roles = P[name]
    return {"name": name, "affiliation": aff, "roles": list(extra_roles or roles)}


def deleg(state):
    return {"name": state, "affiliation": state, "roles": ["delegation"]}


DOCUMENTS = [
    {"file": DOCX, "speakers": [
        person(CHAIR), person(RAPP), person(DIR), person(PRIYA), person(RQA), person(VARG), person(KIV),
        person(BFL), person(SEC),
        deleg("Spain"), deleg("Brazil"), deleg("European Union"), deleg("Australia"), deleg("Germany"),
        deleg("Malta"), deleg("Kenya"), deleg("Philippines"), deleg("Republic of Korea"), deleg("Morocco"),
    ]},
    {"file": PDF, "speakers": [{"name": "Philippines", "affiliation": "Philippines",
                                "roles": ["delegation", "author"]}]},
    {"file": FAQ, "speakers": [person(CHAIR), person(SEC)]},
    {"file": TXT, "speakers": [
        person(BFL, ["moderator", "civil society"]), person(KIV), person(MOD), person(PRIYA), person(CHAIR),
    ]},
    {"file": MD, "speakers": [person(ED), person(KIV), person(CHAIR), person(PRIYA), deleg("Kenya"),
                              deleg("Germany")]},
    {"file": PR, "speakers": [
        person(DIR), person(CHAIR), person(PRIYA), person(RQA), person(VARG), person(KIV), person(RAPP),
        person(SEC),
        deleg("Spain"), deleg("Australia"), deleg("Morocco"), deleg("Germany"), deleg("Malta"),
        deleg("Philippines"), deleg("Brazil"), deleg("European Union"), deleg("Republic of Korea"),
        deleg("Kenya"),
    ]},
]

S = [
    # --- chair's summary (DOCX)
    (DOCX, "The meeting was held at the Vienna International Centre, in Board Room B, on 9 and 10 March 2027.", None),
    (DOCX, "a low-risk, high-profit business model for organized criminal groups", DIR),
    (DOCX, "She recalled that the Conference of the Parties had requested the secretariat to convene the meeting and thanked the Government of Portugal for its financial support.", DIR),
    (DOCX, "She invited participants to speak \"frankly and in their expert capacity\".", CHAIR),
    (DOCX, "Introducing the first panel, the Chair noted that betting had become \"a global, always-open market\" and that no single regulator could see the whole picture.", CHAIR),
    (DOCX, "She then gave the floor to Ms. Priya Ramanathan-Holt, Head of Integrity at Betwatch Analytics, a betting integrity monitoring company", CHAIR),
    (DOCX, "She observed that the panel brought together \"those who see the odds move, those who license the market, those who run the games and those who play them\".", CHAIR),
    (DOCX, "Football accounted for 62 per cent of the alerts, followed by tennis with 14 per cent and esports with 9 per cent.", PRIYA),
    (DOCX, "She stressed that an alert was not proof of manipulation and that only around one in three alerts led to a formal investigation.", PRIYA),
    (DOCX, "do not answer our letters, and they do not share their data", RQA),
    (DOCX, "He called for sports bodies to be given access to law enforcement information \"at least at the stage when it can still prevent a fix\".", VARG),
    (DOCX, "Forty-four per cent said that they did not know whom to report to.", KIV),
    (DOCX, "athletes who speak up too often lose their contracts, not the people who approached them", KIV),
    (DOCX, "He highlighted the importance of a single national point of contact", "Spain"),
    (DOCX, "She expressed support for a new instrument under the Convention specifically addressing the manipulation of sports competitions.", "Brazil"),
    (DOCX, "He emphasized that any exchange of betting data must comply with data protection law.", "Germany"),
    (DOCX, "the first line of defence", "Malta"),
    (DOCX, "He requested technical assistance to train investigators and prosecutors.", "Kenya"),
    (DOCX, "noting that 23 professional esports players had been sanctioned in his country in 2026", "Republic of Korea"),
    (DOCX, "announced that his country would host a regional workshop for African prosecutors in Rabat in October 2027", "Morocco"),
    (DOCX, "The Chair observed that the problem was \"less a lack of data than a lack of pathways\".", CHAIR),
    (DOCX, "said that confidential reporting channels should be independent of sports governing bodies, which sometimes had a conflict of interest", BFL),
    (DOCX, "She added that journalists who investigated match-fixing also needed protection.", BFL),
    (DOCX, "(g) UNODC should prepare a draft model protocol for the exchange of information between national platforms, for discussion at a follow-up online session.", CHAIR),
    (DOCX, "The Chair noted that there had been no consensus on whether a new instrument was required", CHAIR),
    (DOCX, "announced that a follow-up online session would be held on 15 June 2027 to discuss the draft model protocol", SEC),
    # --- Philippines written contribution (PDF)
    (PDF, "Our Government welcomes the convening of the Expert Group Meeting", "Philippines"),
    (PDF, "Between 1 September 2025 and 31 December 2026, our authorities opened 27 investigations into suspected manipulation of sports competitions.", "Philippines"),
    (PDF, "which shows that athletes will report when they trust the channel", "Philippines"),
    (PDF, "Our requests for mutual legal assistance in such cases take on average 14 months to be executed", "Philippines"),
    (PDF, "What is missing is not a new treaty but trust, speed and shared tools.", "Philippines"),
    # --- FAQ (HTML)
    (FAQ, "Sessions run from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m. each day.", None),
    (FAQ, "Match-fixing is not a sports problem that occasionally meets crime; it is organized crime that has found a sport.", CHAIR),
    (FAQ, "The online session is where the draft model protocol will be tested against real cases, so we want investigators in the room, not only diplomats.", SEC),
    (FAQ, "Nominations must be submitted through the online registration portal by 19 February 2027.", None),
    (FAQ, "At the end of the meeting, the Chair prepares a summary under her own responsibility", None),
    # --- webcast transcript (TXT)
    (TXT, "On my left is Joanna Kivela, General Secretary of the World Players' Solidarity Union, who presented her union's survey in the plenary this morning.", BFL),
    (TXT, "who spends her days watching betting markets so that the rest of us do not have to", BFL),
    (TXT, "A reporting line nobody trusts is worse than no line at all, because it tells the fixer that nobody is listening.", KIV),
    (TXT, "In 2026 SafeCall received 214 reports.", KIV),
    (TXT, "a reporting line nobody trusts is worse than no line at all\"", KIV),
    (TXT, "What would make a line trustworthy?", BFL),
    (TXT, "My investigation looked at 38 matches over two seasons.", MOD),
    (TXT, "it is organized crime that has found a sport.", CHAIR),
    (TXT, "I agree with her completely.", MOD),
    (TXT, "Journalists need the same protection as other whistleblowers, and today most national laws simply ignore us.", MOD),
    (TXT, "But in 2026 the average time between our alert and its receipt by a competent authority was 19 days.", PRIYA),
    (TXT, "Referees are approached as well, perhaps more than players.", None),
    (TXT, "That is a fair point, and our next survey will include referees and coaches.", KIV),
    (TXT, "Only that the model protocol the secretariat is preparing should include a standard format for alerts.", PRIYA),
    # --- newsletter (MD)
    (MD, "This month's issue is almost entirely about Vienna", ED),
    (MD, "We believe this is the first time that a players' union has addressed a UN crime meeting on this subject.", ED),
    (MD, "These are not abstract numbers; they are our members, and most of them were alone when the call came,", KIV),
    (MD, "You do not protect the victim of a threat by threatening them a second time.", KIV),
    (MD, "We were glad that the representative of Germany also warned that such a rule could deter reporting.", ED),
    (MD, "a player who is paid less than 100 dollars a month is not a mastermind; he is a target.", "Kenya"),
    (MD, "That sentence should be printed on every federation's wall.", KIV),
    (MD, "no reporting system works if the person who reports is the one who pays the price.", CHAIR),
    (MD, "In our view, that delay is the fixers' best friend.", ED),
    # --- press release (HTML)
    (PR, "a ready-made toolbox for cooperation that is still used far too rarely in sport", DIR),
    (PR, "By the time a case reaches my desk, the money has crossed three borders and the players have changed clubs,", CHAIR),
    (PR, "a real appetite for practical cooperation, even where views on new instruments differ", CHAIR),
    (PR, "calling on States to block payments to such operators", RQA),
    (PR, "cheap to arrange and very hard to see", VARG),
    (PR, "Athletes are the first to be approached and the last to be protected,", KIV),
    (PR, "a sufficient legal basis, if only it were fully used", "European Union"),
    (PR, "We want a document that an investigator can use at two in the morning,", SEC),
    (PR, "The follow-up online session of the Expert Group will take place on 15 June 2027.", None),
]


def main():
    gold = {"documents": DOCUMENTS,
            "sentences": [{"file": f, "text": t, "speaker": s} for f, t, s in S]}
    with open(ROOT / "evals" / "matchfixing_gold.yaml", "w", encoding="utf-8") as fh:
        fh.write("# Gold attribution for blind_y (see README.md for conventions).\n")
        yaml.safe_dump(gold, fh, sort_keys=False, allow_unicode=True, width=1000)
    print(len(S), "sentences")


if __name__ == "__main__":
    main()
