"""Write questions.yaml (80 cases). Category = id prefix."""
import os, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
W = ["Wróblewska", "Wroblewska"]
PC = lambda n: [f"{n} per cent", f"{n}%", f"{n} percent"]

def A(speakers=None, facts=None, forbid=None):
    e = {"answerable": True}
    if speakers: e["speakers"] = speakers
    if facts: e["facts"] = facts
    if forbid: e["forbid"] = forbid
    return e
U = {"answerable": False}

def q(id, question, expect, doc=None):
    c = {"id": id, "question": question}
    if doc: c["doc"] = doc
    c["expect"] = expect
    return c

def t(id, turns, expect, doc=None):
    c = {"id": id, "turns": turns}
    if doc: c["doc"] = doc
    c["expect"] = expect
    return c

cases = [
 # who said what (paraphrased) - 11
 q("who-drones-more-phones", "who said drones are now bringing more phones into prisons than visitors", A(["Lars Vinter"], [["Vinter"]]), "webcast_transcript.txt"),
 q("who-one-in-five-discipline", "who said a fifth of disciplinary cases against prison staff involved contraband?", A(["Thandiwe Nkosi"], [["Nkosi"], ["one in five", "1 in 5", "a fifth", "20 per cent", "20%"]]), "webcast_transcript.txt"),
 q("who-low-wages-corruption", "who thinks low wages are what pushes guards into corruption", A(None, [["Otieno", "Kenya"]])),
 q("who-fear-not-salary", "which delegation said the real problem with officers is fear not their salary", A(["Brazil"], [["Brazil"]]), "webcast_transcript.txt"),
 q("who-against-jamming", "who was against a recommendation on jamming phone signals?", A(["Marieke de Vries"], [["de Vries", "Netherlands"]]), "webcast_transcript.txt"),
 q("who-isolate-gang-bosses", "who wanted gang bosses locked up in isolation in max security units", A(["Brazil"], [["Brazil"]]), "press_release.md"),
 q("who-judge-approval-police-access", "who said police should need a judges approval before they can look at prison records", A(["Germany"], [["Germany"]]), "press_release.md"),
 q("who-shared-live-database", "who proposed a live database that both prisons and police can use?", A(["Ramon Dizon"], [["Dizon", "Philippines"]])),
 q("who-new-inmates-three-months", "who found that gangs approach new prisoners within their first three months inside", A(["Zofia Wróblewska"], [W])),
 q("who-isolation-makes-martyrs", "who warned that isolating inmates can turn them into martyrs", A(["Grace Mwangi"], [["Mwangi"], ["martyr"]]), "press_release.md"),
 q("who-recruit-not-retire", "who said organised crime goes to prison to recruit rather than to retire", A(["Farida Haddad"], [["Haddad"]]), "faq.html"),
 # what did X say / exact quote - 6
 q("quote-kamau-telephone", "what did the kenyan cabinet secretary say about prisons being run by phone", A(["Wanjiru Kamau"], [["Kamau"], ["office"]]), "written_contribution.docx"),
 q("quote-vinter-jammers", "what did lars vinter say about signal jammers", A(["Lars Vinter"], [["do not stop the drone", "did not stop drones", "neighbours", "detection"]])),
 q("quote-otieno-civil-society", "what did otieno say about working with ngos?", A(["Peter Otieno"], [["prison gate", "first week", "day of release"]]), "newsletter_email.txt"),
 q("quote-dizon-exact-words", "exact words dizon used about police investigating prison phone calls", A(["Ramon Dizon"], [["one eye closed"]]), "newsletter_email.txt"),
 q("quote-rapporteur-report", "what did the rapporteur say the report would carry", A(["Tomás Aguirre"], [["voices of prison officers", "prison officers"]]), "faq.html"),
 q("quote-portugal-welcome", "what did portugal's secretary of state for justice say in his welcome address", A(["Miguel Antunes Costa"], [["hard way", "telephone"]]), "faq.html"),
 # numbers - 6
 q("num-drone-incursions", "how many drone incursions did skyshield record in 2028", A(["Lars Vinter"], [["4,300", "4300", "4 300"]])),
 q("num-mexico-drones", "how many drones did mexico intercept around its prisons", A(["Mexico"], [["620"]])),
 q("num-reoffending-drop", "by how much did reoffending fall in the second chance africa programme", A(["Grace Mwangi"], [PC(46), PC(19)])),
 q("num-kenya-phones-2028", "how many mobile phones did kenya seize in 2028?", A(["Kenya"], [["11,240", "11240", "11 240"]]), "written_contribution.docx"),
 q("num-eu-programme-money", "how much money is the EU putting into its prison programme", A(["European Union"], [["12 million"]])),
 q("num-detection-cost", "whats the cost of a drone detection system per prison", A(["Lars Vinter"], [["180,000", "180 000", "180000"]]), "webcast_transcript.txt"),
 # when / where - 4
 q("when-meeting-dates", "when was the expert group meeting held", A(None, [["12 to 14 March", "12-14 March", "12–14 March"], ["2029"]])),
 q("where-meeting-city", "where did the meeting on organized crime in prisons take place?", A(None, [["Lisbon"]])),
 q("when-where-followup", "where and when is the follow-up meeting", A(None, [["Vienna"], ["2030"]])),
 q("when-report-cop", "when does the report go to the conference of the parties", A(None, [["October 2029"]])),
 # lists - 5
 q("list-panellists", "who were the panellists", A(None, [["Vinter"], ["Nkosi"], W, ["Mwangi"]])),
 q("list-jamming-sides", "which countries disagreed about jamming", A(None, [["Mexico"], ["Netherlands", "de Vries"]])),
 q("list-isolation-opponents", "who opposed keeping faction leaders in long isolation", A(None, [["Netherlands", "de Vries"], ["Mwangi"]])),
 q("list-data-sharing-delegations", "which delegations spoke about data sharing between prison services and police", A(None, [["Philippines", "Dizon"], ["Germany"]])),
 q("list-non-government-orgs", "what organisations other than governments took part - companies, ngos, universities?", A(None, [["SkyShield"], ["Second Chance Africa"], ["Central European Institute of Criminology"]])),
 # broad / summary / themes - 5
 q("broad-main-themes", "what were the main themes of the meeting", A(None, [["recruit"], ["drone", "contraband"], ["corruption", "corrupt"], ["rehabilitation"]])),
 q("broad-disagreements", "what did delegations disagree about", A(None, [["jamming"], ["isolation", "solitary"], ["data", "database"]])),
 q("broad-staff-corruption", "summarise what was said about corruption of prison staff", A(None, [["pay", "salary", "salaries"], ["threats", "intimidation", "fear"]])),
 q("broad-recruitment", "what was said about how gangs recruit inmates", A(None, [PC(37) + ["90 days"]])),
 q("broad-drones-overview", "give me an overview of the discussion on drones", A(None, [["Vinter"], ["Mexico", "620"]])),
 # recommendations - 5
 q("rec-list", "what did the chair recommend", A(["Ingrid Solheim"], [["focal points"], ["guidance"], ["vetting"], ["data sharing", "data-sharing"]]), "chair_summary.pdf"),
 q("rec-count", "how many recomendations were there", A(None, [["eight", "8"]])),
 q("rec-solitary", "is there a recommendation on solitary confinement?", A(["Ingrid Solheim"], [["solitary confinement"]]), "chair_summary.pdf"),
 q("rec-binding", "are the chair's recommendations binding on states", A(None, [["not binding", "not negotiated", "starting point", "not a treaty"]])),
 q("rec-untoc-review", "what was recommended about the UNTOC review mechanism", A(["Ingrid Solheim"], [["review mechanism"]]), "chair_summary.pdf"),
 # groups - 4
 q("group-civil-society", "what did civil society say", A(None, [["education", "teachers", "rehabilitation"]])),
 q("group-private-sector", "what was the private sector view on technology against contraband", A(None, [["Vinter", "SkyShield"], ["detection"]])),
 q("group-delegations-corruption-causes", "what did delegations say causes staff corruption", A(None, [["pay", "salary", "salaries"], ["fear", "intimidation", "threats"]])),
 q("group-academia", "what did the academics contribute", A(None, [W, ["1,200", "1200"] + PC(37)])),
 # comparisons - 3
 q("cmp-mexico-netherlands-jamming", "how did mexico's view on jamming differ from the netherlands'", A(["Mexico", "Marieke de Vries"], [["Mexico"], ["Netherlands", "de Vries"], ["jamming"]])),
 q("cmp-kenya-brazil-corruption", "how did kenya and brazil differ on why officers get corrupted", A(["Brazil"], [["pay", "salary", "salaries"], ["fear", "intimidation", "threats"]])),
 q("cmp-philippines-germany-data", "compare the philippines and germany on sharing prison data with police", A(["Ramon Dizon", "Germany"], [["real-time", "real time", "database"], ["judicial"]])),
 # follow-ups - 6
 t("follow-nkosi-scanners", ["what did thandiwe nkosi talk about", "and what happened after they put the scanners in?"], A(["Thandiwe Nkosi"], [PC(28)])),
 t("follow-mexico-pushback", ["what was mexico's position on jamming", "did anyone push back on that"], A(None, [["Netherlands", "de Vries"]])),
 t("follow-eu-pilot-countries", ["what did the european union announce", "how many countries will it start in"], A(["European Union"], [["six", "6"]]), "press_release.md"),
 t("follow-wroblewska-sample", ["tell me about professor wroblewska's study", "how many people did she look at"], A(["Zofia Wróblewska"], [["1,200", "1200", "1 200"]])),
 t("follow-kenya-rotation", ["what has kenya done about corrupt prison officers", "how often do they rotate them?"], A(None, [["24 months", "two years"]])),
 t("follow-survey-respondents", ["what did the secretariat's survey find", "how many states replied to it"], A(["Farida Haddad"], [["48"]])),
 # false premises - 4
 q("falsep-chair-jamming-all", "why did the chair recommend that every state jam mobile signals in prisons?", U),
 q("falsep-geneva-2028", "what was decided at the 2028 geneva meeting on prison gangs", U),
 q("falsep-vinter-prefers-jammers", "why does lars vinter think jammers are the best solution", U),
 q("falsep-lisbon-treaty", "when does the prison gangs treaty adopted in lisbon enter into force", U),
 # off-topic - 4
 q("offtopic-weather-lisbon", "what's the weather going to be in lisbon tomorrow", U),
 q("offtopic-pasteis-recipe", "give me a recipe for pasteis de nata", U),
 q("offtopic-world-cup", "who won the 2026 world cup?", U),
 q("offtopic-python-sort", "how do i sort a list in python", U),
 # on-topic, not covered - 4
 q("notcovered-brazil-budget", "what is brazil's annual prison budget", U),
 q("notcovered-womens-prisons", "what was said about women's prisons specifically?", U),
 q("notcovered-crypto-bribes", "did anyone mention guards being bribed in cryptocurrency", U),
 q("notcovered-mexico-inmates", "how many inmates are held in mexico's federal prisons", U),
 # conversational - 3
 q("chat-hello", "hi there", {"answerable": True}),
 q("chat-capabilities", "what can you do?", {"answerable": True}),
 q("chat-thanks", "thanks, that was helpful!", {"answerable": True}),
 # other language - 2
 q("lang-spanish-chair", "¿quién presidió la reunión sobre la delincuencia organizada en las cárceles?", {"answerable": True}),
 q("lang-french-recommendations", "quelles ont été les recommandations de la présidente ?", {"answerable": True}),
 # scoped to one document - 5
 q("scoped-faq-attendance", "in the FAQ, how many experts attended", A(None, [["140"]]), "faq.html"),
 q("scoped-chair-summary-jamming", "according to the chair's summary, what was said on signal jamming", A(None, [["spectrum", "detection", "remote facilities"]]), "chair_summary.pdf"),
 q("scoped-newsletter-latam-delegate", "in the newsletter what did the latin american delegate say", A(None, [["volunteers", "churches"]]), "newsletter_email.txt"),
 q("scoped-kenya-contribution-proposals", "what does kenya propose in its written contribution", A(["Kenya"], [["East African network"], ["memorandum of understanding", "model memorandum"]]), "written_contribution.docx"),
 q("scoped-press-release-brazil-transfers", "in the press release how many faction leaders did brazil transfer", A(["Brazil"], [["43"]]), "press_release.md"),
 # roles - 3
 q("role-chair", "who chaired the meeting", A(None, [["Solheim"], ["Norway"]])),
 q("role-moderator", "who moderatd the panel?", A(None, [["Marchetti"]])),
 q("role-rapporteur", "who was the rapporteur", A(None, [["Aguirre"], ["Chile"]])),
]

out = {"name": "prisons", "corpus": [], "gold": ["gold.yaml"], "cases": cases}
with open(os.path.join(HERE, "..", "questions.yaml"), "w", encoding="utf-8") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)
print(len(cases), "cases written")
