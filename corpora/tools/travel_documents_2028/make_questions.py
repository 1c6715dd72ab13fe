#!/usr/bin/env python3
"""Write questions.yaml (next to docs/ in the helper's layout) (80 cases) for the blindz evaluation set."""
import os
from collections import Counter

import yaml


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SR = "summary_record.docx"
PDF = "joint_ngo_statement.pdf"
POD = "podcast_episode.md"
NEWS = "news_article.html"
INT = "interview.txt"
REP = "meeting_report.html"

CHAIR = "Rafael Montoya Ibarra"
RAPP_ALTS = ["Wiśniewska-Lund", "Wisniewska-Lund", "Wisniewska", "Wiśniewska"]
PCT = lambda n: [f"{n} per cent", f"{n}%", f"{n} percent", f"{n} pct"]


def A(speakers=None, facts=None):
    e = {"answerable": True}
    if speakers:
        e["speakers"] = speakers
    if facts:
        e["facts"] = facts
    return e


NO = {"answerable": False}

# (category, id, question-or-turns, doc, expect)
CASES = [
    # --- who said what (11)
    ("who", "who-booklet-not-problem", "who said the passport booklet isnt the problem anymore, its the person holding it",
     POD, A(["Dieter Vogelsang"], [["Vogelsang"]])),
    ("who", "who-only-door-persecution", "who said a forged passport is sometimes the only way out for someone fleeing persecution?",
     None, A(["Amaka Eze-Thornton"], [["Eze-Thornton", "Eze Thornton"]])),
    ("who", "who-library-lights-off", "who compared spotting fakes without data sharing to searching a library in the dark",
     None, A(["Annika Brandt"], [["Brandt"]])),
    ("who", "who-complete-identity", "who said criminal gangs are now selling entire identities and not only passports?",
     NEWS, A([CHAIR], [["Montoya Ibarra", "Montoya"]])),
    ("who", "who-proposed-protocol", "which delegation wanted to negotiate a new protocol on identity crime",
     None, A(["Mexico"], [["Mexico"]])),
    ("who", "who-hit-no-hit", "who rejected a central biometric database and suggested a hit/no-hit system instead?",
     SR, A(["Youssef El Amrani"], [["Morocco", "El Amrani"]])),
    ("who", "who-weakest-link-registry", "who said the weakest link is the civil registry rather than the passport itself",
     SR, A(["Maria Luisa Santos-Reyes"], [["Santos-Reyes", "Philippines", "Santos Reyes"]])),
    ("who", "who-1900-late-registrations", "who talked about one district office issuing 1,900 late birth registrations",
     POD, A(["Yoon Seo-yeon"], [["Yoon"]])),
    ("who", "who-9pct-organisers", "who found that only 9% of those convicted for document offences were organisers?",
     POD, A(["Luis Ferreira da Costa"], [["Ferreira da Costa", "Ferreira"]])),
    ("who", "who-stayed-till-2am", "who stayed up until 2 in the morning working out the wording on data",
     INT, A([CHAIR], [RAPP_ALTS])),
    ("who", "who-speed-of-travel", "which country said verification systems have to keep up with the speed of modern travel",
     SR, A(["United States"], [["United States", "USA", "U.S."]])),

    # --- exact quote / what did X say (7)
    ("quote", "quote-chair-passport-promise", "what exactly did the chair say about a passport being a promise?",
     POD, A([CHAIR], [["breaks that promise", "a promise a State makes"]])),
    ("quote", "what-eu-new-protocol", "what did the EU say about starting talks on a new protocol",
     None, A(["European Union"], [["implementation", "enforcement", "guidelines"]])),
    ("quote", "quote-nwosu-monday-friday", "give me the quote from nwosu about how fast you can get a passport",
     NEWS, A(["Chukwuemeka Nwosu"], [["Monday"], ["Friday"]])),
    ("quote", "what-brazil-said", "what did brazil say at the 3rd meeting?",
     SR, A(["Brazil"], [["data protection", "prosecuted", "article 5"]])),
    ("quote", "what-thailand-said", "what did thailand tell the meeting about training border staff",
     SR, A(["Thailand"], [["1,150", "1150"]])),
    ("quote", "what-osei-bonsu-replied-prices", "when someone asked about prices of fake documents online, what did the unodc official answer?",
     SR, A(["Samuel Osei-Bonsu"], [["did not yet collect", "not yet collect", "would examine"]])),
    ("quote", "what-moderator-said-about-yoon", "how did the moderator introduce Yoon at the side event",
     POD, A(["Priya Raghunathan"], [["Chief Trust Officer", "VeriTrace"]])),

    # --- numbers (6)
    ("num", "num-documents-seized-2026", "how many fraudulent documents were seized in 2026",
     None, A(None, [["412,000", "412000", "412 000"]])),
    ("num", "num-increase-since-2023", "by how much did seizures go up compared with 2023?",
     None, A(None, [PCT(37)])),
    ("num", "num-passport-price", "how much do networks charge for a made to order passport",
     None, A(None, [["$3,000", "3,000", "3000"], ["$15,000", "15,000", "15000"]])),
    ("num", "num-germany-contribution", "how much money is germany putting into forensic document labs",
     None, A(None, [["4.5 million", "4,5 million", "4.5m"]])),
    ("num", "num-philippines-victims-share", "what share of trafficking victims in the philippines travelled on genuine passports obtained with fake certificates",
     None, A(None, [PCT(63)])),
    ("num", "num-states-attending", "how many states parties attended",
     REP, A(None, [["87"]])),

    # --- when / where (5)
    ("when", "where-meeting", "where did the expert meeting take place?",
     None, A(None, [["Lisbon"]])),
    ("when", "when-meeting-dates", "what were the dates of the meeting",
     REP, A(None, [["7 to 9 March 2028", "7-9 March", "7–9 March", "March 2028"]])),
    ("when", "when-side-event", "when was the side event on breeder documents held",
     None, A(None, [["8 March", "March 8", "Wednesday"]])),
    ("when", "when-3rd-meeting-rose", "what time did the 3rd meeting finish",
     SR, A(None, [["1 p.m.", "1 pm", "1pm", "13:00"]])),
    ("when", "when-cop-meets", "when and where does the COP meet to look at the recommendations",
     NEWS, A(None, [["October 2028"], ["Vienna"]])),

    # --- lists (6)
    ("list", "list-signatories", "which organisations signed the joint statement",
     PDF, A(["Passage Rights Network"], [["Passage Rights Network"], ["Identity Justice Coalition"],
                                        ["Forum for Stateless Persons"], ["Borders Transparency Initiative"]])),
    ("list", "list-side-event-panellists", "who were the panelists at the side event?",
     REP, A(None, [["Vogelsang"], ["Yoon"], ["Eze-Thornton", "Eze Thornton"], ["Ferreira da Costa", "Ferreira"]])),
    ("list", "list-privacy-concerns", "which delegations raised privacy or data protection concerns about biometric data",
     None, A(None, [["Morocco"], ["Brazil"]])),
    ("list", "list-support-biometric-sharing", "which countries were in favour of sharing biometric data",
     None, A(None, [["Germany"], ["United States", "USA", "U.S."]])),
    ("list", "list-support-focal-points", "which delegations backed the focal point network idea",
     None, A(None, [["Nigeria"], ["Thailand"]])),
    ("list", "list-officers", "who were the officers elected at the meeting",
     REP, A(None, [["Montoya Ibarra", "Montoya"], ["Mokoena"], RAPP_ALTS])),

    # --- broad / summary (5)
    ("broad", "broad-summary", "can you give me a quick summary of the lisbon meeting",
     None, A(None, [["biometric"], ["protocol"]])),
    ("broad", "broad-main-disagreements", "what were the main points of disagreement",
     None, A(None, [["biometric"], ["protocol"]])),
    ("broad", "broad-podcast-themes", "what were the main themes discussed in the podcast episode",
     POD, A(None, [["impostor", "biometric", "breeder", "registry"]])),
    ("broad", "broad-what-about", "what was this meeting about basically",
     None, A(None, [["identity documents", "travel documents", "fraudulent documents", "fake passports", "document fraud"]])),
    ("broad", "broad-agreement", "what did participants broadly agree on",
     None, A(None, [["civil registration", "supply side", "suppliers", "focal points"]])),

    # --- recommendations (5)
    ("rec", "rec-chair-recommendations", "what did the chair recommend",
     REP, A([CHAIR], [["focal points"], ["civil registration"]])),
    ("rec", "rec-non-punishment", "do the recommendations say anything about not prosecuting migrants who used fake papers?",
     REP, A([CHAIR], [["criminally liable", "not held", "not be held"]])),
    ("rec", "rec-training-module-deadline", "by when is unodc supposed to produce the training module",
     None, A(None, [["end of 2029", "2029"]])),
    ("rec", "rec-data-exchange", "what did the recs say on exchanging biometric / alert data",
     REP, A([CHAIR], [["data protection", "right to privacy"], ["hit/no-hit", "decentralized", "decentralised"]])),
    ("rec", "rec-protocol-question", "what happens to the proposal for a new protocol according to the recommendations",
     REP, A([CHAIR], [["fourteenth session", "14th session", "Conference of the Parties"]])),

    # --- groups (4)
    ("group", "group-civil-society", "what did civil society say",
     None, A(None, [["users", "not held criminally liable", "non-punishment", "suppliers", "refugees"]])),
    ("group", "group-private-sector", "what did the private sector / industry people say",
     None, A(None, [["Vogelsang", "SecuraPrint", "Yoon", "VeriTrace"], ["registry", "registries", "impostor"]])),
    ("group", "group-delegations-civil-registration", "what did delegations say about civil registration",
     None, A(None, [["Philippines", "civil registry", "civil registration"]])),
    ("group", "group-academics", "what did the academics say",
     None, A(["Luis Ferreira da Costa"], [["9 per cent", "9%", "sentencing guidelines", "organisers"]])),

    # --- follow-ups (5)
    ("follow", "follow-philippines-invest", ["what did the philippines say?", "and what did she want states to put money into"],
     SR, A(["Maria Luisa Santos-Reyes"], [["civil registration", "civil registry", "registry officials"]])),
    ("follow", "follow-chair-protocol-interview", ["who chaired the meeting", "what did he say about the protocol idea in his interview?"],
     None, A([CHAIR], [["premature"]])),
    ("follow", "follow-nigeria-convictions", ["what did nigeria report about seizures", "how many convictions?"],
     None, A(["Chukwuemeka Nwosu"], [["214"]])),
    ("follow", "follow-vogelsang-false-match", ["who is dieter vogelsang", "what did he say about false match rates"],
     None, A(["Dieter Vogelsang"], [["0.1 per cent", "0.1%", "0.1 percent"]])),
    ("follow", "follow-joint-statement-survey", ["what does the joint statement say about the people the ngos helped", "what percentage had paid a smuggler for a document"],
     PDF, A(["Passage Rights Network"], [PCT(41)])),

    # --- false premises (4)
    ("false", "false-protocol-adopted", "why did the meeting adopt a new protocol on identity related crime?", None, NO),
    ("false", "false-germany-opposed-focal-points", "why was germany against the focal points network", None, NO),
    ("false", "false-eu-pledge", "how much did the european union pledge for forensic document labs", None, NO),
    ("false", "false-morocco-walkout", "why did morocco walk out of the meeting", None, NO),

    # --- off-topic (4)
    ("off", "off-weather-lisbon", "whats the weather going to be like in lisbon this weekend", None, NO),
    ("off", "off-recipe", "can you give me a good recipe for bacalhau", None, NO),
    ("off", "off-world-cup", "who won the 2026 world cup", None, NO),
    ("off", "off-renew-passport", "how do i renew my passport online", None, NO),

    # --- unanswerable but on topic (4)
    ("unans", "unans-canada", "what did the delegation of canada say about document fraud", None, NO),
    ("unans", "unans-next-meeting-date", "when is the next expert meeting on fraudulent documents going to be held?", None, NO),
    ("unans", "unans-meeting-budget", "what did the lisbon meeting cost to organise", None, NO),
    ("unans", "unans-securaprint-volume", "how many passports did securaprint print in 2027", None, NO),

    # --- conversational (3)
    ("conv", "conv-hello", "hi there", None, A()),
    ("conv", "conv-what-can-you-do", "what can you do?", None, A()),
    ("conv", "conv-thanks", "thanks, that was really helpful", None, A()),

    # --- other language (2)
    ("lang", "lang-es-chair", "¿Quién presidió la reunión de expertos en Lisboa?", None, A()),
    ("lang", "lang-fr-signatories", "Quelles organisations ont signé la déclaration commune ?", None, A()),

    # --- scoped (5)
    ("scoped", "scoped-podcast-impostor-share", "according to the podcast, what share of fake documents were impostor cases",
     POD, A(["Dieter Vogelsang"], [PCT(72)])),
    ("scoped", "scoped-joint-statement-biometrics", "in the joint statement, what do they say about biometric databases?",
     PDF, A(["Passage Rights Network"], [["central repository", "hit/no-hit", "refrain"]])),
    ("scoped", "scoped-news-unnamed-delegate", "in the news article what did the anonymous european delegate say",
     NEWS, A(None, [["no chance this year", "no chance"]])),
    ("scoped", "scoped-interview-forged-own-name", "according to the interview, when and where did the chair see a forged passport with his photo",
     INT, A([CHAIR], [["Madrid"], ["2019"]])),
    ("scoped", "scoped-sr-chair-summing-up", "in the summary record, how did the chair sum up the discussion",
     SR, A([CHAIR], [["broad agreement", "divergent views"]])),

    # --- roles (4)
    ("role", "role-chair", "who chaired", None, A(None, [["Montoya Ibarra", "Montoya"]])),
    ("role", "role-moderator", "who moderated the side event?", None, A(None, [["Raghunathan"]])),
    ("role", "role-rapporteur", "who was the rapporteur", None, A(None, [RAPP_ALTS])),
    ("role", "role-podcast-hosts", "who hosts the podcast", POD, A(None, [["Whitcombe"], ["Benali"]])),
]


def main():
    cases = []
    for cat, cid, q, doc, expect in CASES:
        c = {"id": cid}
        if isinstance(q, list):
            c["turns"] = q
        else:
            c["question"] = q
        if doc:
            c["doc"] = doc
        c["expect"] = expect
        cases.append(c)
    out = {
        "name": "blindz",
        "corpus": ["../source_docs", "../corpora/dev", "../corpora/blindz"],
        "gold": ["blindz_gold.yaml"],
        "thresholds": {"quote_verification": 1.0},
        "targets": {"answer_accuracy": 0.9, "speaker_recall": 0.9, "abstention_recall": 0.9,
                    "false_abstention_rate": 0.1},
        "cases": cases,
    }
    with open(os.path.join(ROOT, "questions.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(out, fh, Dumper=NoAliasDumper, sort_keys=False, allow_unicode=True, width=1000)
    mix = Counter(c[0] for c in CASES)
    print(f"questions.yaml: {len(cases)} cases", dict(mix))


if __name__ == "__main__":
    main()
