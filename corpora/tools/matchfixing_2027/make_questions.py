#!/usr/bin/env python3
"""Write questions.yaml (80 cases) for blind_y."""
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


def A(id_, q, speakers=None, facts=None, doc=None, turns=None):
    c = {"id": id_}
    if turns:
        c["turns"] = turns
    else:
        c["question"] = q
    if doc:
        c["doc"] = doc
    e = {"answerable": True}
    if speakers:
        e["speakers"] = speakers
    if facts:
        e["facts"] = facts
    c["expect"] = e
    return c


def U(id_, q):
    return {"id": id_, "question": q, "expect": {"answerable": False}}


CASES = [
    # ---- who said what (12)
    A("who-spot-fixing", "who said spot fixing in cricket was cheap to arrange and very hard to see?", [VARG],
      [["Varghese"]], PR),
    A("who-first-line-defence", "which delegation called licensed operators the first line of defence", ["Malta"],
      [["Malta"]], DOCX),
    A("who-lack-of-pathways", "who said the problem was less a lack of data than a lack of pathways", [CHAIR],
      [["Lindqvist-Arroyo", "Chair"]], DOCX),
    A("who-two-in-the-morning", "who wants a document an investigator can use at 2 in the morning?", [SEC],
      [["Barrowcliffe"]], PR),
    A("who-new-instrument", "which country wanted a new instrument under the convention for sports manipulation",
      ["Brazil"], [["Brazil"]]),
    A("who-38-matches", "who looked into 38 matches over two seasons and what happened to his sources", [MOD],
      [["Desrosiers"], ["threats"]], TXT),
    A("who-toolbox", "who called the convention a ready made toolbox for cooperation?", [DIR],
      [["Dantas Moreau"]], PR),
    A("who-lose-contracts", "the lady from the athletes union - what did she warn happens to athletes who speak up?",
      [KIV], [["lose their contracts"]], DOCX),
    A("who-esports", "which delegation talked about esports players being sanctioned, and how many", ["Republic of Korea"],
      [["Korea"], ["23"]]),
    A("who-rabat", "who is hosting that workshop for african prosecutors in rabat and when", ["Morocco"],
      [["Morocco"], ["October 2027"]]),
    A("who-criminalize-athletes", "which delegate cautioned against criminalising athletes who dont report approaches?",
      ["Germany"], [["Germany"]], DOCX),
    A("who-conflict-of-interest", "who said reporting channels shouldnt be run by sports governing bodies bc of conflicts of interest",
      [BFL], [["Fonseca Lund"]], DOCX),
    # ---- exact quotes (8)
    A("quote-chair-organized-crime", "what exactly did the chair say about match-fixing being organized crime? give me the quote",
      [CHAIR], [["it is organized crime that has found a sport"]]),
    A("quote-quintero-letters", "exact quote from the betting regulators forum guy about unlicensed operators pls", [RQA],
      [["do not answer our letters"]]),
    A("quote-kenya-target", "what was the kenyan delegate's line about low paid players being targets, word for word", ["Kenya"],
      [["he is a target"]], MD),
    A("quote-kivela-protected", "quote what kivela said in the press release about athletes being approached", [KIV],
      [["the first to be approached and the last to be protected"]], PR),
    A("quote-chair-desk", "what did lindqvist say about cases reaching her desk? exact words", [CHAIR],
      [["the money has crossed three borders"]], PR),
    A("quote-secretary-online", "what did the secretary of the meeting say the online session is for? i need his exact words",
      [SEC], [["tested against real cases"]], FAQ),
    A("quote-eu-legal-basis", "what were the EU's exact words about the existing legal basis", ["European Union"],
      [["a sufficient legal basis, if only it were fully used"]], PR),
    A("quote-varghese-prevent-fix", "the cricket integrity man said sports bodies need police info at what stage? quote him",
      [VARG], [["when it can still prevent a fix"]], DOCX),
    # ---- numbers (6)
    A("num-suspicious-matches", "how many suspicious matches were flagged worldwide in 2026 and how much of an increase was that",
      [PRIYA], [["1,137", "1137"], ["18 per cent", "18%"]]),
    A("num-unlicensed-wagers", "how much money gets bet with unlicensed operators each year?", [RQA],
      [["$340 billion", "340 billion"]]),
    A("num-survey-size", "how many athletes did the players union survey, in how many countries", [KIV],
      [["1,850", "1850"], ["23 countries", "23"]]),
    A("num-ph-convictions", "how many convictions has the philipines got under its anti match fixing act", ["Philippines"],
      [["11 convictions", "11"]], PDF),
    A("num-spain-cases", "how many cases did spain's national platform send to prosecutors", ["Spain"], [["112"]], DOCX),
    A("num-alert-delay", "whats the average time for a betting alert to reach the authorities", [PRIYA], [["19 days"]]),
    # ---- dates and places (5)
    A("when-meeting", "when was the expert group meeting on match fixing held", None,
      [["9 and 10 March 2027", "9-10 March 2027", "9 to 10 March 2027"]]),
    A("where-meeting", "where in vienna did it take place, which room?", None, [["Board Room B"]]),
    A("when-followup", "when's the follow up online session", None, [["15 June 2027", "15 June"]]),
    A("where-side-event", "where and when was the whistleblower side event", None,
      [["Room M3"], ["9 March 2027", "9 March"]]),
    A("when-registration-deadline", "what was the deadline for registering nominations for the meeting?", None,
      [["19 February 2027"]], FAQ),
    # ---- lists (5)
    A("list-first-panel", "who was on the first panel?", [PRIYA, RQA, VARG, KIV],
      [["Ramanathan-Holt"], ["Quintero"], ["Varghese"], ["Kivela"]], DOCX),
    A("list-side-event-speakers", "list everyone who spoke on the side event panel", [BFL, KIV, MOD, PRIYA],
      [["Fonseca Lund"], ["Kivela"], ["Desrosiers"], ["Ramanathan-Holt"]], TXT),
    A("list-sports-alerts", "which sports had the most suspicious betting alerts, with the percentages", [PRIYA],
      [["62 per cent", "62%"], ["tennis"], ["esports"]]),
    A("list-trustworthy-line", "what 3 things make a reporting line trustworthy according to kivela", [KIV],
      [["Independence from the sport", "independence"], ["passed to your club"], ["not be punished"]], TXT),
    A("list-ph-proposals", "what did the philippines propose in their written contribution?", ["Philippines"],
      [["regional network"], ["24 hours a day", "24/7"], ["Manila"]], PDF),
    # ---- broad / themes (5)
    A("broad-main-themes", "what were the main themes of the meeting?", None,
      [["whistleblower"], ["national platform"], ["unlicensed"]]),
    A("broad-disagreements", "where did participants disagree?", None,
      [["new instrument"], ["reporting obligation", "fail to report", "failed to report"]]),
    A("broad-whistleblowers", "what was said overall about protecting whistleblowers and athletes who report?", None,
      [["confidential"], ["independent"]]),
    A("broad-data-sharing", "summarise the discussion on sharing betting data", None,
      [["data protection", "privacy"], ["model protocol"]]),
    A("broad-side-event", "what was the side event about?", None, [["Protecting the Whistle"]], TXT),
    # ---- recommendations (5)
    A("rec-list", "what recommendations did the chair come up with?", [CHAIR],
      [["national platform"], ["serious crime"], ["model protocol"]], DOCX),
    A("rec-unlicensed", "did the recommendations say anything about unlicensed betting sites?", [CHAIR],
      [["website blocking"], ["blocking of payments"]], DOCX),
    A("rec-education", "what's recommended on integrity education, who gets priority?", [CHAIR],
      [["young athletes"], ["lower-tier"]], DOCX),
    A("rec-serious-crime", "which article of the convention is cited in the recommendation on serious crime", [CHAIR],
      [["article 2 (b)", "article 2(b)", "2 (b)"]], DOCX),
    A("rec-model-protocol", "who is supposed to draft the model protocol on information exchange and where will it be discussed",
      [CHAIR], [["UNODC"], ["online session"]], DOCX),
    # ---- groups (4)
    A("group-civil-society", "what did civil society say at the meeting?", [BFL, KIV],
      [["conflict of interest", "independent"]]),
    A("group-private-sector", "what did the private sector say", [PRIYA], [["Betwatch"], ["1,137", "1137"]]),
    A("group-national-platforms", "which delegations stressed having a single national platform", ["Spain", "Australia", "Morocco"],
      [["Spain"], ["Australia"], ["Morocco"]], PR),
    A("group-privacy", "which countries emphasised privacy rules for data exchange?", ["Germany", "Malta", "Philippines"],
      [["Germany"], ["Malta"], ["Philippines"]], PR),
    # ---- follow-ups (4)
    A("followup-kivela-report", None, [KIV], [["one in five", "1 in 5", "20 per cent", "20%"]],
      turns=["what did joanna kivela present in the plenary?",
             "and how many of the approached athletes actually reported it?"]),
    A("followup-ph-hotline", None, ["Philippines"], [["392"]], PDF,
      turns=["what's in the philippines written contribution", "how many reports did their hotline get?"]),
    A("followup-quintero-alerts", None, [RQA], [["2,410", "2410"]],
      turns=["who is rafael quintero", "how many integrity alerts did his forum's members exchange in 2026?"]),
    A("followup-malta-crypto", None, ["Malta"], [["7 per cent", "7%"]], DOCX,
      turns=["what did malta say?", "what share of the online market is crypto betting according to them"]),
    # ---- false premises (4)
    U("fp-adopted-protocol", "why did the expert group adopt a new protocol to the convention on match-fixing?"),
    U("fp-kenya-convictions", "how many match fixing convictions did kenya report at the vienna meeting?"),
    U("fp-geneva-session", "what was decided at the geneva session of the expert group in april 2027?"),
    U("fp-chair-resigned", "why did the chair resign halfway through the second day?"),
    # ---- off-topic (4)
    U("off-weather", "what's the weather going to be in vienna tomorrow"),
    U("off-world-cup", "who won the 2026 world cup?"),
    U("off-python", "write me a python function that sorts a list of dicts by key"),
    U("off-recipe", "give me a recipe for sachertorte"),
    # ---- unanswerable on topic (4)
    U("unans-budget", "what was the total budget of the expert group meeting?"),
    U("unans-desrosiers-clubs", "which clubs were involved in the second-division league desrosiers investigated?"),
    U("unans-gender", "how many of the 146 participants were women?"),
    U("unans-betwatch-clients", "which betting operators are clients of betwatch analytics?"),
    # ---- conversational (3)
    A("conv-hello", "hello!"),
    A("conv-capabilities", "what can you do?"),
    A("conv-thanks", "thanks, that was helpful"),
    # ---- other languages (2)
    A("lang-es-followup", "¿Cuándo se celebrará la sesión de seguimiento en línea de la reunión de expertos?"),
    A("lang-fr-chair", "Qui a présidé la réunion d'experts sur la manipulation des compétitions sportives ?"),
    # ---- scoped to a document (5)
    A("scoped-faq-languages", "according to the FAQ, what languages are used at the meeting", None,
      [["French"], ["Spanish"]], FAQ),
    A("scoped-newsletter-congress", "in the newsletter, when and where is the congress?", None,
      [["Lisbon"], ["4 to 6 November 2027"]], MD),
    A("scoped-webcast-safecall", "in the webcast, what did kivela say about safecall", [KIV],
      [["214"], ["250,000 euros", "250,000"]], TXT),
    A("scoped-faq-contributions", "according to the faq whats the word limit for written contributions and the deadline",
      None, [["3,000 words", "3000 words"], ["27 February 2027"]], FAQ),
    A("scoped-press-rapporteur", "in the press release, what does it say about the rapporteur?", [RAPP],
      [["Asante-Darko"], ["oral report"]], PR),
    # ---- roles / unnamed delegations (4)
    A("role-chair", "who chaired the meeting?", [CHAIR],
      [["Lindqvist-Arroyo"], ["Swedish Prosecution Authority", "Sweden"]]),
    A("role-rapporteur", "who was the rapporteur", [RAPP], [["Asante-Darko"]]),
    A("role-moderator", "who moderated the side event?", [BFL], [["Fonseca Lund"]], TXT),
    A("role-kenya", "what did the kenyan delegate say at the meeting?", ["Kenya"],
      [["100 United States dollars", "100 dollars"], ["technical assistance"]], DOCX),
]


HEADER = """\
# Written blind (by a helper that never read the code) on 3 December 2026 and measured unseen once,
# with commit a9dff99: 62.5% pass (50/80), 64.7% answer accuracy, 73.8% speaker recall, 66.7%
# abstention recall, 7.4% false abstentions, quote verification 1.0, sentence attribution 83.8%,
# 5 misattributions. From then on a tuning and regression set (general fixes it prompted are
# tested on documents of their own in tests/). The corpus is the seed, the dev corpus and
# corpora/matchfixing_2027/ (Expert Group Meeting on the Manipulation of Sports Competitions and
# Illegal Betting, Vienna, 9-10 March 2027, its side event and a follow-up online session, all
# fictional: DOCX Chair's summary, PDF written contribution of a State, HTML FAQ page, TXT webcast
# transcript without metadata, MD union newsletter, HTML press release). Written by
# corpora/tools/matchfixing_2027/make_questions.py; figures below the issues' targets are reported
# as `targets`, not gated.
"""


def main():
    data = {
        "name": "matchfixing",
        "corpus": ["../source_docs", "../corpora/dev", "../corpora/matchfixing_2027"],
        "gold": ["matchfixing_gold.yaml"],
        "thresholds": {"quote_verification": 1.0},
        "targets": {"answer_accuracy": 0.9, "speaker_recall": 0.9, "abstention_recall": 0.9,
                    "false_abstention_rate": 0.1},
        "cases": CASES,
    }
    with open(ROOT / "evals" / "matchfixing_questions.yaml", "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=1000)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
