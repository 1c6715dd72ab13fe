"""Question analysis: shape, who it is about, topic, follow-ups, injection.

Pure functions of the question, the conversation and the speaker directory; no retrieval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import answer_types, followup
from .answer import Message
from .attribution.countries import (
    demonym_pattern,
    region_pattern,
    state_named,
    states_of_demonym,
    states_of_region,
)
from .attribution.names import meeting_role
from .directory import PERSON_NOUNS, Directory, norm
from .scope import MEETING_ALT, MEETING_NOUNS
from .terms import STOPWORDS, content_words, stem_set

FACTUAL = {"date": "when", "place": "where", "number": "how_many"}

INJECTION = [
    r"\bignore\b.{0,40}\b(instruction|prompt|rule|above|previous|prior|context)",
    r"\bdisregard\b.{0,40}\b(instruction|prompt|rule|above|previous|prior)",
    r"\bforget\b.{0,30}\b(instruction|prompt|rule|everything)",
    r"\b(system|hidden|initial|original|secret)\s+(prompt|instruction|message)",
    r"\b(reveal|show|print|repeat|output|tell me)\b.{0,30}\b(your|the)\s+"
    r"(prompt|instructions|rules)",
    r"\byour\s+(system\s+)?(prompt|instructions|guidelines|configuration)\b",
    r"\b(pretend|act as|you are now|from now on|role-?play|stay in character|jailbreak)\b",
    r"\bdeveloper mode\b|\bDAN\b",
    r"\b(make up|invent|fabricate|write)\b.{0,20}\b(a |an )?(quote|quotation|statement)\b",
]
INJECTION_RE = [re.compile(p, re.I) for p in INJECTION]
# Who speaks for a State, in general English.
DELEGATES = {"representative", "delegate", "delegation", "ambassador", "envoy", "minister",
             "official"}  # fmt: skip
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# What a comparison weighs, not what about: "compare the positions of A and B on X".
STANCES = {"position", "view", "opinion", "stance", "remark", "proposal", "statement"}
# The kind of answer asked for ("what were the dates of …"), not a thing the record must name.
ANSWER_NOUNS = {"date", "dates", "day", "days", "time", "times", "venue", "location", "place"}
# Closed classes of English that name no topic: personal pronouns, prepositions and
# adverbs of time.
NOT_TOPIC = {*PRONOUNS, "himself", "herself", "we", "us", "ours", "you", "your", "yours",
             "across", "along", "among", "amongst", "around", "behind", "beside", "beyond",
             "despite", "inside", "near", "outside", "since", "through", "throughout", "toward",
             "towards", "upon", "within", "without", "versus", "vs", "via", "earlier", "later",
             "afterwards", "previously", "beforehand"}  # fmt: skip
# Sentence-initial or framing words that are capitalised without being names.
CAP_IGNORE = {"What", "Who", "Which", "When", "Where", "Why", "How", "Did", "Does", "Do", "Is",
              "Was", "Were", "Are", "Can", "Could", "Tell", "According", "And", "Quote",
              "Please", "Give", "List", "Name", "Summarise", "Summarize", "Describe", "I",
              "Compare", "In", "On", "The", "A", "An", "Mr", "Ms", "Mrs", "Dr", "Prof", "Sir",
              "Madam", "H.E.", "Ambassador", "Minister", "President", "Chair", "Chairperson",
              "Professor", "Doctor", "Mister"}  # fmt: skip
# "what did X say / propose …": X is who the question asks about.
REPORTING = (
    r"say|said|tell|told|think|propose|recommend|suggest|argue|stress|mention|describe|want|"
    r"ask|urge|call|decide|report|note|present|explain|announce|claim|state|believe|feel|"
    r"highlight|emphasi[sz]e|underline|warn|add|raise|criticise|criticize|request|offer|share|"
    r"caution|conclude|insist|question|acknowledge|recall|welcome|contribute|point\s+out|"
    r"push|advocate|lobby|seek|sought|demand|support|oppose|favou?r|object|reject"
)
SPEAKER_SLOT = [
    re.compile(rf"\b(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|would|will|is|was|"
               r"are|were)"
               rf"\s+(?P<who>.+?)\s+(?:{REPORTING})\w*\b", re.I),
    re.compile(r"\baccording\s+to\s+(?P<who>[^,?]+)", re.I),
    re.compile(r"\b(?:was|is|were|are)\s+(?P<who>[^?]+?)['’]s?\s+(?:position|view|opinion|"
               r"statement|remarks|speech|contribution|proposal|stance)\b", re.I),
    re.compile(r"\bquote\s+(?:where|in which|the part where)\s+(?P<who>.+?)\s+(?:says?|said)\b",
               re.I),
]  # fmt: skip
# Nouns that name a document; "the Chair's summary" is a document, not the Chair speaking.
DOC_NOUNS = (
    r"summary|report|transcript|release|minutes|website|webpage|page|document|communiqu[ée]|"
    r"letter|note|memo(?:randum)?|paper|bulletin|newsletter|article|blog|annex|"
    r"written\s+(?:statement|contribution|submission)s?"
)
DOC_POSSESSIVE = re.compile(rf"\b(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)*['’]s\s+(?:{DOC_NOUNS})s?\b")
# "X's <thing>": whose thing it is. X speaks only when the thing is something said or thought
# ("the Bureau's view"), a person or role of X's ("Portugal's delegate", "her job"), or X's
# thing is the one saying it ("what did Brazil's police say"); "the Bureau's census" is not X.
OWNED = re.compile(
    r"(?<![\w'’-])(?!(?:what|who|where|when|how|why|that|it|there|here|he|she|let)['’])"
    r"(?P<owner>(?-i:(?:[A-Z][\w\-]*\s+)*)[\w\-]+)['’]s\s+(?P<thing>[\w\-]+(?:\s+[\w\-]+){0,2})",
    re.I,
)
SAYING_NOUNS = {"view", "position", "point", "stance", "opinion", "concern", "complaint", "idea",
                "objection", "message", "argument", "remark", "comment", "speech", "word",
                "statement", "answer", "response", "reply", "question", "call", "conclusion",
                "takeaway", "criticism", "plea", "appeal", "priority", "reaction", "assessment",
                "advice", "thought", "take", "headline", "intervention", "claim", "case", "line",
                "account", "testimony", "experience", "worry", "hope", "fear", "wish", "demand",
                "approach", "attitude", "perspective", "thinking", "stand",
                "own", "job", "role", "title", "post", "function", "name", "organisation",
                "organization", "employer", "affiliation", "nationality", "background", "country",
                "expertise", "career", "office", "head", "chief", "director", "officer",
                "spokesperson", "spokesman", "spokeswoman", "panellist", "panelist", "expert",
                "staff", "member", "chair", "secretary", "president"}  # fmt: skip
# "answered the Bureau census, and ...": a name before a noun ending its phrase, as an object.
NAMED_THING = re.compile(
    r"\b(?!(?:did|does|do|has|have|had|was|is|were|are|will|would|can|could|should)\b)[a-z]+\s+"
    r"the\s+(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?P<thing>[a-z][\w-]*)"
    r"(?=\s*(?:[,?.;]|$)|\s+(?:and|or|of|on|about|that|which)\b)"
)
NOUN_ENDINGS = {"", "s", "al", "als", "ation", "ations", "ion", "ions", "ment", "ments", "ing",
                "ings"}  # fmt: skip
# "the representative of X": X speaking (a delegation, an organisation), not whoever a record
# calls "the representative".
REPRESENTATIVE_OF = re.compile(
    r"\b(?:the|a|an|one)\s+(?:representatives?|delegates?|spokes(?:person|man|woman)|envoys?)"
    r"\s+(?:of|for|from)\s+(?=(?:the\s+)?[A-Z])"
)
# A circumstance of someone's speaking ("In which language / On whose behalf / At what
# session did X speak?"): the record's words about them answer, not what they said.
CIRCUMSTANCE = re.compile(r"\s*(?:in|on|at|with|for|from|under)\s+(?:which|what|whose)\b", re.I)
# Speakers in general as the subject: "did (the) panellists / speakers / participants …".
GROUP_SUBJECT = re.compile(
    r"\b(?:did|do|does|have|had)\s+(?:the\s+|other\s+)?(?:speakers|panel+ists|participants|experts|"
    r"representatives|delegations|organi[sz]ations)\b",
    re.I,
)
# A question about the asker's own choice: a record of what was said cannot answer it.
ADVICE = re.compile(
    r"\b(?:should|shall)\s+i\s+(?!ask\b|phrase\b|search\b|look\b|type\b)"
    r"|\b(?:do|would|can|could)\s+you\s+(?:recommend|suggest|advise)\s+(?:me|for\s+me)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(will|shall|next|upcoming|forthcoming|scheduled|planned|going\s+to|future|tomorrow)\b", re.I
)
SUMMARY_RE = re.compile(
    r"^\W*(?:(?:can|could|would)\s+you\s+|please\s+)?(sum\s+up)\b|"  # asked of the assistant
    r"\b(summar\w*|overview|gist|recap|rundown|run-down|"
    r"(?:main|key|major|central|principal)\s+(?:points|topics|"
    r"themes|messages|issues|concerns|ideas|takeaways|conclusions|findings|outcomes)|themes|"
    r"what\s+(?:was|were|is)\s+(?:discussed|said|covered)|what\s+happened|what\s+(?:was|is|were|are)\s+"
    r"(?:the|this|that|it|these|those)\b(?:\s+(?![\w'’-]+ed\s+about)[\w'’-]+){0,8}"
    r"\s+about\b|focus\s+of)",  # not "what were they worried about"
    re.I,
)
# A question for someone's own words, not a summary of them.
WORDS_ASKED = re.compile(r"\bwords\b|\bquot(?:e|es|ed)\b|\bverbatim\b|\bword\s+for\s+word\b")
RECOMMEND_RE = re.compile(
    r"\b(recommend\w*|urg\w+|call(?:ed|s)?\s+(?:on|upon|for)|propos\w*|suggest\w*|advi[sc]\w*|"
    r"encourag\w*|(?:should|must)\b.*\bdo\b|want\w*\b.*\bto\s+do|ask\w*\b.*\bto\s+do|"
    r"requests?|way\s+forward|next\s+steps)",
    re.I,
)


# Asking whom a speaker is with: an organisation, a country, what an acronym stands for. The
# noun "representative" is not such a question ("what did the Swedish representative offer").
AFFILIATION_RE = re.compile(
    r"\baffiliat\w*|\bemployer\b|\bwork(?:s|ed|ing)?\s+for\b|\bbelong(?:s|ed|ing)?\s+to\b"
    r"|\b(?:stands?|stood)\s+for\b|\bshort\s+for\b|\bfull\s+name\b"
    r"|\brepresent(?:s|ed|ing)?\b|\bon\s+behalf\s+of\s+(?:which|what|whom)\b"
    r"|\b(?:speak|speaks|spoke|speaking)\s+for\s*\??$"
    r"|\bwhere\s+(?:is|was|are|were|does|did|do)\b.*\bfrom\b"
    r"|\b(?:is|was|are|were)\s+[\w.\s'’-]+?\s+from\s*\??$",
    re.I,
)


@dataclass
class Analysis:
    question: str
    resolved: str
    shape: str
    speakers: list[str] = field(default_factory=list)
    topic: str = ""
    unknown_terms: list[str] = field(default_factory=list)
    factual: str | None = None
    companies: bool = False
    exclude_text: str = ""
    follow_up: bool = False
    claim_check: bool = False  # "quote where X says Y": Y itself must be in X's words
    docs: list[str] = field(default_factory=list)  # doc ids the question is scoped to; []: all
    types: list[str] = field(default_factory=list)  # answer kinds asked for: date, place, number
    intent: str | None = None  # summary | list | recommendation, when the question is broad
    scope_unknown: str | None = None  # a meeting the question names that no document covers
    future: str | None = None  # a date the question names after the whole (scoped) record
    scope_labels: list[str] = field(default_factory=list)
    future_tense: bool = False  # asks about what will happen ("when will …", "the next …")
    doc_kind: str | None = None  # the kind of document the question refers to, if any
    speaker_asked: bool = True  # the speakers are who the question asks about, not a topic
    focus: str | None = None  # "what was the budget of …": the thing asked for
    by_role: bool = False  # the speakers are who holds a role the question names ("the Chair")
    said_verb: str = ""  # "what did X caution": the way they spoke, a topic only if it fits
    named_by: dict[str, str] = field(default_factory=dict)  # speaker -> the words naming them
    slot: str = ""  # who the question asks about, as written ("the representative of X")
    any_of: bool = False  # the speakers are one State's or role's voices: any of them answers
    described: str = ""  # the description that named the speakers ("the UNODC section chief")
    advice: bool = False  # asks what the asker should do ("which car should I buy"), not the record


# A follow-up pointing back at the last answer ("that", "it") and comparing it with another
# time ("two years earlier", "in 2019"): the same speaker's words, over time.
BACK_REFERENCE = re.compile(r"\b(?:that|this|it|those|these|they)\b", re.I)
BACK_WORDS = {"that", "this", "it", "those", "these", "they", "them", "their"}
COMPARING = re.compile(r"compar\w*|chang\w*|differ\w*|evolv\w*|develop\w*", re.I)
OVER_TIME = re.compile(
    rf"\b(?:{COMPARING.pattern})\b.*\b(?:earlier|before|previous(?:ly)?|prior|ago|since|"
    r"last\s+(?:year|time|session|meeting)|(?:19|20)\d\d)\b",
    re.I,
)


# A follow-up on a change of stance ("did they change their mind in Y?", "how did they
# revise it later?"): the words say that it changed, what changed is the last question's topic.
CHANGE_VERB = re.compile(
    r"(?:chang|revis|alter|shift|modif|amend|rethink|reconsider|soften|harden)\w*", re.I
)
CHANGE_OF_MIND = re.compile(
    rf"\b{CHANGE_VERB.pattern}\b"
    r"(?=.*\b(?:mind|minds|position|positions|view|views|stance|it|that|them|later|afterwards|"
    r"since|then|subsequently)\b)",
    re.I,
)
CHANGE_WORDS = {"mind", "minds", "position", "positions", "view", "views", "stance", "later",
                "afterwards", "since", "then", "subsequently"}  # fmt: skip


# Nouns a follow-up's "that X" / "the X" may use for where it is asked, not a thing asked about.
THING_NOT = re.compile(
    rf"(?:{DOC_NOUNS}|{MEETING_ALT}|contribution|submission|statement|speech|record)s?",
    re.I,
)


# "…, and who chaired the other?": a second question joined to the first.
SECOND_PART = re.compile(r",?\s+and\s+(?=(?:who|what|when|where|which|how|why)\b)", re.I)


# "the 2023 and the 2024 dialogues": two meetings, each asked about.
TWO_YEARS = re.compile(
    r"(?<!between )(?<!from )\b((?:19|20)\d\d)\s+and\s+(?:the\s+)?((?:19|20)\d\d)\b(?!\s*[-–])",
    re.I,
)


# What a later part's final "it" stands for: a meeting or an event the first part names
# ("the special meeting on X", "the “Title” side event").
ANTECEDENT = re.compile(
    rf"\bthe\s+(?:[“\"][^”\"]+[”\"]\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{MEETING_ALT})s?\b"
    r"(?:\s+(?:on|of|for)\s+[\w'’ -]+?(?=\s+(?:held|convened|organi[sz]ed|chaired|presided|"
    r"took|was|were|is|and)\b|[,?]|$))?",
    re.I,
)
LAST_IT = re.compile(r"\bit(?=\s*\??$)")


def parts(question: str) -> list[str]:
    """The questions a question joins ("Who chaired A, and who chaired B?", "Who chaired the
    2023 and the 2024 dialogues?"); one if none. Each part must be a question of its own
    (three words or more: not "when and where")."""
    years = TWO_YEARS.search(question)
    if years and not SECOND_PART.search(question):
        return [question[: years.start()] + y + question[years.end() :] for y in years.groups()]
    pieces = [p.strip(" ,") for p in SECOND_PART.split(question)]
    if len(pieces) < 2 or any(len(p.split()) < 3 for p in pieces):
        return [question]
    if answer_types.asks_time(pieces[0]):  # "At what time did it open, and when did it close?"
        pieces[1:] = [re.sub(r"^when\b", "At what time", p, flags=re.I) for p in pieces[1:]]
    named = ANTECEDENT.search(pieces[0])
    if named:  # "Who organised the X event, and how many took part in it?": in the X event
        pieces[1:] = [LAST_IT.sub(named.group(), p) for p in pieces[1:]]
    return [p if p.endswith("?") else f"{p}?" for p in pieces]


PREMISE = re.compile(  # a sentence (not "Ms." or "Dr.") that is no question, then the question
    r"^(?!\s*(?i:what|who|whom|whose|which|when|where|why|how|did|does|do|is|was|were|are)\b)"
    r"(?P<premise>[^?]*[a-z\d”\"')]{3}[.!])\s+(?P<asked>[A-Z][^.!?]*\?)\s*$"
)
BACK_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their|it|its)\b", re.I)


def _asked_part(q: str) -> str:
    """The question after a statement that sets it up ("X proposed Y. How did Z react?"), when
    it does not point back at someone of the statement ("… What did she add?")."""
    m = PREMISE.match(q)
    if not m or BACK_PRONOUN.search(m.group("asked")):
        return q
    return m.group("asked")


def is_injection(text: str) -> bool:
    return any(p.search(text) for p in INJECTION_RE)


def _shape(q: str, has_speaker: bool) -> tuple[str, str | None]:
    ql = q.lower()
    if re.search(r"\b(what|what's|whats)\s+(is|was)\s+(his|her|their)\s+name\b", ql) or (
        re.search(r"\bwho\s+(is|was)\s+(he|she)\b", ql)
    ):
        return "name", None
    says = re.search(
        r"\b(say|said|says|stress\w*|argue\w*|think|thought|call\w*|recommend\w*|propos\w*|"
        r"suggest\w*|see|saw|view\w*|emphasi\w*|highlight\w*|warn\w*|explain\w*|ask|asks|asked|"
        r"question(?:s|ed)?|wonder\w*|caution\w*|conclud\w*|urg\w*)\b",
        ql,
    )
    if has_speaker and not says and AFFILIATION_RE.search(ql):
        return "affiliation", None
    role_word = re.search(  # "X's job in Y" too; "X's position on Y" is a stance
        r"['’]s\s+(?:[a-z]+\s+)?(?:roles?|positions?|titles?|jobs?|functions?|posts?)\b"
        r"(?!\s+(?:on|about|regarding|concerning|towards?|over)\b)"
        r"|\b(roles?|positions?|titles?|jobs?|functions?|posts?)\b(?!\s+(of|for|on|in)\b)",
        ql,
    )
    if (
        has_speaker
        and role_word
        and (
            re.search(r"\b(hold|holds|held|have|has|had|occupy|occupies|play|plays)\s*\??$", ql)
            or re.search(r"\b(what|which)\s+(is|was|are|were)\b|\bwhat(?:['’]s|s)\s", ql)
        )
    ):
        return "role", None
    if re.search(
        r"\b(compare|comparison|differ\w*|contrast\w*|versus|vs|disagree\w*|"
        r"similar\w*|in common|both)\b",
        ql,
    ) or AGREE_BETWEEN.search(ql):
        return "compare", None
    if re.search(
        r"\b(which|what|list|name)\s+(?:(?:of|all)\s+)?(?:the\s+)?"
        r"(?:(?!(?:did|do|does|were|was|are|is|have|has|had)\b)[\w-]+\s+){0,2}?"
        r"(speakers|panel+ists|organi[sz]ations|companies|"
        r"people|experts|firms|corporations|businesses|everyone|everybody|women|men|delegations|"
        r"countries|states|participants|representatives|moderators|institutions|ngos|agencies|"
        r"groups)\b"
        r"|^\s*who\s+(were|are)\s+the\s+\w+s\b|\b(every|each|all)\s+(organi[sz]ation|speaker|"
        r"delegation|country|company|panel+ist|participant|person|state)\b",
        ql,
    ) and not re.search(r"\bhow many\b|\b(kinds?|types?|sorts?|categories|groups?)\s+of\b", ql):
        return "list", None
    if re.search(
        r"^\s*(who|which\s+(speaker|panel+ist|person|participant|expert|one|delegation|country|"
        r"state|organi[sz]ation|company|representative|researcher|official|government|delegate|"
        r"diplomat|ambassador|minister|member|agency|body|institution|ngo))\b",
        ql,
    ):
        return "who", None
    kinds = answer_types.asked_types(q)
    if kinds and kinds[0] in FACTUAL:
        return "factual", FACTUAL[kinds[0]]
    if has_speaker and WORDS_ASKED.search(ql):  # "what were the EU's exact words about X"
        return "what_said", None
    if SUMMARY_RE.search(q):
        return ("speaker_overview" if has_speaker else "overview"), None
    if has_speaker:
        return "what_said", None
    return "general", None


# Agreeing as a comparison: "did A and B agree", "agree with B", "did the experts agree"; a
# body agreeing on a thing ("how many did the session agree on") is what it decided.
AGREE_BETWEEN = re.compile(
    r"\bagree\w*\s+with\b|\band\s+(?:[\w.'’-]+\s+){1,5}?agree"
    r"|\b(?:did|do|does|have|had)\s+(?:the\s+|other\s+|all\s+)?(?:speakers|panel+ists|"
    r"participants|experts|representatives|delegations|delegates|organi[sz]ations|states|"
    r"countries|members)\b[^?]*?\bagree",
    re.I,
)
# Weighing two things, not two speakers: "say about speed versus safety".
THINGS_WEIGHED = re.compile(r"\b(?:versus|vs)\b", re.I)


# "as reported in the summary", "as recorded by X": where it is told, not what about
AS_TOLD = re.compile(r"\bas\s+(?:reported|recorded|noted|stated|described|summari[sz]ed)\b", re.I)


# "told the magazine about X", "tell reporters": whom they told, not what about
AUDIENCE = re.compile(
    r"\b(?P<verb>tell|tells|told|telling)\s+(?!(?:by|that|about|of|what|how|why|when)\b)"
    r"(?:(?:the|a|an|our|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:about|on|that|why|how|what|when|during|at|in|"
    r"after|before)\b"
    r"|\s*[?.,;]|\s*$)",
    re.I,
)


def _saying_thing(thing: str, directory: Directory) -> bool:
    """Whether the words after "X's" name something X said or thought, or X's person or role."""
    verbs = re.sub(r"\\s\+", " ", REPORTING).split("|")
    roots = tuple(r for v in verbs if len(r := v.removesuffix("e")) >= 5)  # "propos-al"
    roles = {w for sp in directory.speakers.values() for r in sp.roles for w in norm(r).split()}
    for w in norm(thing).split():
        single = w[:-1] if w.endswith("s") and len(w) > 3 else w
        if {w, single} & (SAYING_NOUNS | DELEGATES):
            return True
        if w in STOPWORDS:  # "X's database of ...": the thing ends before "of"
            return False
        said = any(w.startswith(r) and w[len(r) :] in NOUN_ENDINGS for r in roots)
        if said or {w, single} & roles:
            return True
    return False


def _not_owners(q: str, directory: Directory) -> str:
    """The question with "X's" dropped where X's thing is not X speaking (OWNED)."""
    said = SPEAKER_SLOT[0].search(q)
    subject = (said.start("who"), said.end("who")) if said else (-1, -1)

    def owner_speaks(m: re.Match[str]) -> bool:
        inside = subject[0] <= m.start("owner") < subject[1]
        return inside or _saying_thing(m.group("thing"), directory)

    q = OWNED.sub(lambda m: m.group() if owner_speaks(m) else m["thing"], q)

    def named_thing(m: re.Match[str]) -> str:  # "the Union say": a verb, the Union speaking
        said = re.fullmatch(rf"(?:{REPORTING})\w*", m["thing"], re.I)
        return m.group() if said or owner_speaks(m) else m.group().replace(m["owner"] + " ", "", 1)

    return NAMED_THING.sub(named_thing, q)


def _topic(q: str, directory: Directory, speakers: list[str]) -> str:
    t = norm(AUDIENCE.sub(r"\g<verb>", AS_TOLD.sub(" ", q)))
    for name in speakers:
        sp = directory.speakers[name]
        for alias in sorted([*sp.aliases(), sp.initials() or ""], key=len, reverse=True):
            if not alias:
                continue
            t = re.sub(rf"(?<![\w-]){re.escape(norm(alias))}(?:'s)?(?![\w-])", " ", t)
    return " ".join(w for w in content_words(t) if w not in NOT_TOPIC)


def stems(words: list[str]) -> set[str]:
    """Snowball stems of words (the same cut for questions, units and the corpus)."""
    return stem_set(words)


def _asks_about_speaker(q: str, speakers: list[str], directory: Directory) -> bool:
    """Whether the question's speakers are its subject ("what did Mexico propose") rather
    than its topic ("what was decided about the statement of Mexico")."""
    if not speakers:
        return True
    if not re.match(r"\s*(what|how|why|when|where)\s+(was|were|is|are)\b", q, re.I):
        return True  # "who …", "which …", "what did X …": the usual shapes
    slots = [m.group("who") for p in SPEAKER_SLOT if (m := p.search(REPRESENTATIVE_OF.sub("", q)))]
    return any(set(directory.resolve(w)) & set(speakers) for w in slots)


def _by_demonym(q: str, vocabulary: set[str], directory: Directory) -> tuple[list[str], str] | None:
    """'the Norwegian ambassador': a State's adjective the corpus never uses, for the one
    State speaker (or its representative) whose name shares its stem ("Norw-ay")."""
    adjective = rf"\b(?:{demonym_pattern()})\b|\b[A-Z][a-z]{{2,}}(?:ian|ean|an|ese|ish|ic|i)\b"
    typed = [(m, m.group()) for m in re.finditer(adjective, q)]
    # Typed in lower case ("the dutch delegation"): an adjective before a speaker's noun.
    typed += [(m, " ".join(w.capitalize() for w in m.group().split()))
              for m in re.finditer(rf"\b(?:{demonym_pattern().lower()})\b", q)
              if m.group().islower() and _names_a_person(q[m.end() :], directory)]  # fmt: skip
    for m, word in typed:
        if norm(word) in vocabulary and not _names_a_person(q[m.end() :], directory):
            continue  # a word of the record ("the Mexican Council"), unless "the Mexican expert"
        states = [
            sp.name for sp in directory.speakers.values()
            if (getattr(sp, "kind", None) == "delegation" and _of_state(sp.name, word))
            or (getattr(sp, "affiliation_kind", None) == "delegation"
                and _of_state(sp.affiliation or "", word))
            or (getattr(sp, "state", None) and _of_state(sp.state, word))
        ]  # fmt: skip
        persons = [n for n in states if directory.speakers[n].kind == "person"]
        if persons and _names_a_person(q[m.end() :], directory):
            asked = stem_set(norm(q[m.end() :]).split())
            sps = [directory.speakers[n] for n in persons]
            titled = [  # "the X ambassador": those the rest of the question names by title
                sp.name for sp in sps
                if any(stem_set(norm(t).split()) & asked
                       for t in [*sp.roles, sp.honorific or "", *_heads(sp.described)])
            ]  # fmt: skip
            noun = re.match(r"([a-z]+)", norm(q[m.end() :]))
            bodies = [n for n in states if directory.speakers[n].kind == "delegation"]
            if noun and noun.group(1).removesuffix("s") not in _person_nouns(directory):
                return (titled or persons) + bodies, word  # "the X customs": its people and it
            return titled or persons, word  # "the X delegate": the State's people, not the State
        if states:
            return (states[:1] if len(states) == 1 else _prefer_role(q, states, directory)), word
    return None


def _by_state(subject: str, directory: Directory) -> tuple[list[str], str] | None:
    """'What did Colombia say', 'Peru's vice-minister': a State that is no speaker itself, only
    the affiliation of people speaking for it (a verbatim record's "Mr. X (Colombia):"); the
    one whose role the subject names, else any of them."""
    text = norm(subject)
    people: dict[str, list[str]] = {}
    for sp in directory.speakers.values():
        if sp.kind == "person" and sp.affiliation_kind == "delegation" and sp.affiliation:
            people.setdefault(sp.affiliation, []).append(sp.name)
        if sp.kind == "person" and getattr(sp, "state", None):
            people.setdefault(sp.state, []).append(sp.name)  # "Ministry of Labour" of a State
    for state in sorted(people, key=len, reverse=True):
        named = rf"(?<![\w-]){re.escape(norm(state))}(?:['’]s)?(?![\w-])"
        if not re.search(named, text):
            continue
        own = stem_set(content_words(norm(state)))
        asked = stem_set(content_words(re.sub(named, " ", text))) - own
        with_role = [
            n for n in people[state]
            if any(stem_set(content_words(norm(r))) & asked for r in directory.speakers[n].roles)
        ]  # fmt: skip
        return with_role or people[state], state
    return None


def _other_side(
    q: str,
    speakers: list[str],
    named_by: dict[str, str],
    vocabulary: set[str],
    directory: Directory,
) -> tuple[list[str], str] | None:
    """'Compare what A and B said' where only A resolved: B as a State or its adjective ("the
    Japanese and Colombian experts"), read in the question without A's naming words."""
    rest = norm(q)
    for words in {named_by.get(n, "") for n in speakers} - {""}:
        rest = re.sub(rf"(?<![\w-]){re.escape(norm(words))}(?![\w-])", " ", rest)
    rest_cased = " ".join(w for w in q.split() if norm(w).strip("?.,!") in rest.split())
    other = _by_state(rest, directory) or _by_demonym(rest_cased, vocabulary, directory)
    if other is None or set(other[0]) & set(speakers):
        return None
    return other


# Plural nouns for whole kinds of speaker: "the delegations" is a group, never one body's name.
GROUP_PLURALS = {"states", "countries", "delegations", "governments", "organizations",
                 "organisations", "companies", "ngos", "members", "parties", "experts",
                 "speakers", "participants", "panellists", "panelists", "officials"}  # fmt: skip


def _region_group(q: str) -> re.Match[str] | None:
    """ "the Latin American delegations", "African States": a region's adjective before a
    plural noun for States or their delegates."""
    return re.search(
        rf"\b(?P<region>{region_pattern()})\s+(?:delegations|delegates|countries|states|"
        r"governments|representatives)\b",
        norm(q),
    )


def _region_voices(region: str, directory: Directory) -> list[str]:
    """The speakers for the States of a region: a State speaking as itself, or its delegates;
    not a Chair presiding."""
    states = states_of_region(region)
    out = []
    for sp in directory.speakers.values():
        if sp.kind == "delegation":
            state = state_named(sp.name)
        elif sp.kind == "person" and sp.affiliation_kind == "delegation":
            state = state_named(sp.affiliation or "")
        else:
            continue
        if state in states and not directory.presides(sp.name):
            out.append(sp.name)
    return out


# "Chile vs the insurers on X": two sides compared, the question opening with the first.
VERSUS = re.compile(
    r"^\s*(?P<a>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:vs\.?|versus)\s+(?P<b>.+?)"
    r"(?=\s+(?:on|about|over|regarding|concerning|for)\b|\s*[?.]|\s*$)",
    re.I,
)
# "transit countries like X, Y and Z": speakers named as examples of a kind of speaker.
EXAMPLES_OF = re.compile(
    rf"\b(?P<kind>(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(GROUP_PLURALS))}))\s+"
    r"(?:like|such\s+as|including|e\.g\.)\s",
    re.I,
)


def _by_name_word(slot: str, directory: Directory) -> list[str]:
    """ "the insurers": the one body whose name holds that plural noun ("International Motor
    Insurers' Alliance"), when no other body's does."""
    words = [w for w in norm(slot).split() if w not in STOPWORDS]
    if len(words) != 1 or not words[0].endswith("s") or words[0] in GROUP_PLURALS:
        return []
    hits = [
        sp.name
        for sp in directory.speakers.values()
        if sp.kind == "organisation" and words[0] in {w.strip("'’") for w in norm(sp.name).split()}
    ]
    return hits if len(hits) == 1 else []


def _with_state_people(
    speakers: list[str], directory: Directory, named_by: dict[str, str] | None = None
) -> list[str]:
    """A State (or a body) speaking as itself in one record and through its named delegates
    in another ("What did X say?"): the State names them all, whoever the words naming it
    first matched (a Chair of another meeting from X presides for that meeting, not for X)."""
    out = list(speakers)
    for name in speakers:
        kind = directory.speakers[name].kind
        if kind in ("delegation", "organisation"):  # "What did the EU say?": Mr. X (EU) too
            out += [sp.name for sp in directory.speakers.values()
                    if sp.kind == "person" and sp.affiliation_kind == kind
                    and sp.affiliation == name]  # fmt: skip
        words = (named_by or {}).get(name, "")
        voices = directory.state_voices(words) if words and state_named(words) else []
        if voices:
            out = [n for n in out if n != name or n in voices] + voices
    return list(dict.fromkeys(out))


def _role_words(name: str, directory: Directory) -> set[str]:
    return {w for r in directory.speakers[name].roles for w in norm(r).split()}


def _role_holders(
    named_by: dict[str, str], directory: Directory, q: str, doc_words: dict[str, set[str]] | None
) -> dict[str, str]:
    """'The engineer' names whoever has that noun in a role ("Chief Engineer" too), not only
    the one speaker whose role is the bare word: one named beside it ("the X Institute
    engineer") if they are among them, else those whose one record shares most of the
    question's other words."""
    out: dict[str, str] = {}
    for name, words in named_by.items():
        noun = words.removeprefix("the ").split()
        sp = directory.speakers[name]
        own = set(norm(f"{sp.name} {sp.surname}").split())
        if len(noun) != 1 or noun[0] in own or noun[0] not in _role_words(name, directory):
            out.setdefault(name, words)
            continue
        key = stem_set(noun)
        holders = [
            s.name for s in directory.speakers.values()
            if key & stem_set(_role_words(s.name, directory))
        ]  # fmt: skip
        beside = [n for n in named_by if n != name and n in holders]
        asked = set(content_words(norm(q))) - set(noun)
        described = [n for n in holders if asked & _described_by(n, directory)]
        if beside:
            holders = beside
        elif described:  # "the researcher from X": the one the record describes so
            holders = described
        elif len(holders) > 1 and doc_words and asked:
            holders = _closest(holders, asked, directory, doc_words)
        if len(holders) > 1 and name in holders:  # no word tells them apart: the role's own
            holders = [name]
        for n in holders or [name]:
            out.setdefault(n, words)
    return out


def _role_heads(names: list[str], q: str, directory: Directory) -> set[str]:
    """The role head words ("chair", "head") of `names` that the question uses."""
    words = {w[:5] for w in norm(q).split() if len(w) >= 4}
    heads = {norm(r).split()[0][:5] for n in names for r in directory.speakers[n].roles if norm(r)}
    return heads & words


def _described_by(name: str, directory: Directory) -> set[str]:
    sp = directory.speakers[name]
    return set(content_words(" ".join([*sp.roles, sp.affiliation or "", *_heads(sp.described)])))


def _closest(
    names: list[str], asked: set[str], directory: Directory, doc_words: dict[str, set[str]]
) -> list[str]:
    """Those of `names` with a record sharing most of `asked` (all of them if none does)."""

    def shared(n: str) -> int:
        docs = directory.speakers[n].documents
        return max((len(asked & doc_words.get(d, set())) for d in docs), default=0)

    top = max(shared(n) for n in names)
    return [n for n in names if shared(n) == top] if top else names


def _names_a_person(rest: str, directory: Directory) -> bool:
    """`rest` starts with a role of the corpus's speakers or a delegate's title ("… expert",
    "… representative"): the adjective before it names a State's speaker."""
    m = re.match(r"\s+([a-z]+)", rest)
    if not m:
        return False
    roles = {w for sp in directory.speakers.values() for r in [*sp.roles, *_heads(sp.described)]
             for w in norm(r).split()}  # fmt: skip
    return stem_set([m.group(1)]) & stem_set(roles | DELEGATES) != set()


def _person_nouns(directory: Directory) -> set[str]:
    """The nouns (singular) that say what a person is: a delegate's title, the first word of
    a role or of what a record calls someone ("director", "judge"), not the bodies they name.
    Whole words: "delegate" is a person, "delegation" (one stem) the State's body."""
    words = DELEGATES - {"delegation"}  # a delegation is the State's body, not a person
    for sp in directory.speakers.values():
        for r in [*sp.roles, *sp.described] if sp.kind == "person" else []:
            first = [w for w in norm(r).split() if w not in ("a", "an", "the")][:1]
            words.update(first)
    return {w.removesuffix("s") for w in words}


def _description(q: str, directory: Directory, named: tuple[str, ...] = ()) -> str:
    """The first "the <words> <person noun>" of the question ("the carabinieri colonel")
    that the records' descriptions of some person fit (directory.described_as), or "";
    with `named`, one fitting someone besides them."""
    nouns = set(PERSON_NOUNS)
    for sp in directory.speakers.values():  # the noun ending a title ("Senior Pilot, Port X")
        if sp.kind != "person":
            continue
        for r in sp.roles:
            title = norm(re.split(r",|\s(?:of|at|for|to|in|on|who|and|with)\s", r)[0]).split()
            nouns.update(title[-1:] if len(title) <= 4 else [])
        for said in sp.described:  # "a judge seconded to X", "senior researcher at X"
            head: list[str] = []
            for w in norm(said).split():
                if w in STOPWORDS or (w.endswith("ed") and head):
                    break
                head.append(w)
            nouns.update(head[-1:])
    # a meeting or a document is no person: "the 2024 dialogue", "the Chair's summary"
    nouns -= {w for n in MEETING_NOUNS for w in re.findall(r"[a-z]+", n)}
    nouns -= set(re.findall(r"[a-z]+", DOC_NOUNS))
    nouns = {n for n in nouns if not meeting_role(n)}  # "the Chair": the role's own reading
    bodies = [sp.affiliation or "" for sp in directory.speakers.values()]
    bodies += [m.title for m in directory.meetings.values()]
    nouns -= set(norm(" ".join(bodies)).split())  # "the Smuggling of Migrants": a body's word
    for m in re.finditer(r"\bthe\s+(?=((?:[\w\-’']+\s+){0,3}[\w\-’']+))", norm(q)):
        words = m.group(1).split()
        for end in range(len(words), 0, -1):
            fits = directory.described_as(" ".join(words[:end])) if words[end - 1] in nouns else []
            if fits and not set(fits) <= set(named):
                of = _qualifier(q, words[end - 1])
                if of and not directory.described_as(" ".join([*words[:end], *of])):
                    break  # "the secretary of the working group": not another body's secretary
                return " ".join(words[:end])
    return ""


def _qualifier(q: str, noun: str) -> list[str]:
    """What a question's "of/at/for/from" phrase after `noun` names ("the secretary of the
    working group" -> working, group), by spaCy's parse; [] when none follows."""
    from .attribution.nlp import pipeline

    for tok in pipeline()(q):
        if tok.lower_ != noun:
            continue
        for prep in (c for c in tok.rights if c.dep_ == "prep"):
            if prep.lower_ in ("of", "at", "for", "from"):
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                return [x.lower_ for o in objs for x in o.subtree
                        if x.i <= o.i and content_words(x.lower_)]  # fmt: skip
    return []


def _heads(descriptions: list[str]) -> list[str]:
    """The first two words of what a record calls someone ("senior researcher at X"): the
    noun saying what they are, not the bodies it goes on to name."""
    return [" ".join(d.split()[:2]) for d in descriptions]


def _of_state(name: str, demonym: str) -> bool:
    """`name` is the State of `demonym` ("Danish" -> Denmark, from countryinfo's table; a
    word the table lacks by its first letters: "Norw-egian", "Norw-ay")."""
    states = states_of_demonym(demonym)
    return name in states if states else name[:4] == demonym[:4]


def _prefer_role(q: str, names: list[str], directory: Directory) -> list[str]:
    asked = stem_set(norm(q).split())
    with_role = [
        n
        for n in names
        if any(stem_set(norm(r).split()) & asked for r in directory.speakers[n].roles)
    ]
    return with_role[:1] or names[:1]


def _unknown_speakers(q: str, vocabulary: set[str]) -> list[str]:
    """Names the question asks about as a speaker ("what did X say") that the corpus never
    uses: the record cannot report what they said. Other unknown words are left to the
    evidence (answerability)."""
    out: list[str] = []
    for pattern in SPEAKER_SLOT:
        m = pattern.search(q)
        if not m:
            continue
        who = m.group("who")
        offset = m.start("who")
        for w in re.finditer(r"\b[A-Z][\w\-’'.]*", who):
            word = re.sub(r"['’]s$", "", w.group()).rstrip(".")
            initial = re.search(r"(^|[.?!:]\s+)$", q[: offset + w.start()])
            if word in CAP_IGNORE or (initial and word[1:].islower()) or len(word) < 2:
                continue
            key = norm(word)
            parts = [p for p in key.split("-") if p]
            if key not in vocabulary and not all(p in vocabulary for p in parts):
                out.append(word)
        if out:
            break
    return list(dict.fromkeys(out))


WHO_IS = re.compile(r"^\s*who\s+(?:is|was)\s+(?P<rest>[^?]+?)\s*\??\s*$", re.I)
HONORIFICS = {norm(w) for w in CAP_IGNORE if w[0].isupper() and w not in ("I", "A", "An", "The")}


def _names_only(q: str, speakers: list[str], named_by: dict[str, str]) -> bool:
    """'Who is Ms. X?': the question names one person by their own name and asks nothing else."""
    m = WHO_IS.match(q)
    if not m or len(speakers) != 1:
        return False
    own = set(norm(speakers[0]).split())
    rest = norm(m.group("rest")).split()
    return bool(own & set(rest)) and all(w in own or w in HONORIFICS for w in rest)


# A place in the question: "the meeting in X", "held at X", "hosted by X"; "the X workshop".
LOCATIVE = r"(?:\bin|\bat|\bhosted\s+by|\bheld\s+in)\s+(?:the\s+)?"


def _states_not_speaking(
    q: str, shape: str, speakers: list[str], named_by: dict[str, str], directory: Directory
) -> set[str]:
    """Speakers the question names only by a State that is a place ("the seminar in X", "the X
    workshop") or, in a question asking for a number, date or place, the holder of what is
    counted ("how many seats did X have"), not one acting or saying ("how many did X seize")."""
    text = norm(q)
    out: set[str] = set()
    for name in speakers:
        words = named_by.get(name, "")
        sp = directory.speakers[name]
        states = {norm(sp.name)} if sp.kind == "delegation" else set()
        if sp.affiliation_kind == "delegation":
            states.add(norm(sp.affiliation or ""))
        if getattr(sp, "state", None):  # a minister of X: X named as a place is no voice
            states.add(norm(sp.state or ""))
        if not words or words not in states - {""}:
            continue
        w = re.escape(words)
        # "the Panama workshop"
        before_meeting = rf"\bthe\s+{w}(?:\s+[\w-]+){{0,2}}?\s+(?:{MEETING_ALT})s?\b"
        if re.search(rf"{LOCATIVE}{w}(?![\w-])", text) or re.search(before_meeting, text):
            out.add(name)
            continue
        has = rf"\b(?:did|does|do)\s+(?:the\s+)?{w}\s+(?:have|hold|own)\b"
        if shape == "factual" and re.search(has, text):
            out.add(name)  # what X had is the record's to count; what X did, X's to report
    return out


def analyse(
    question: str,
    history: list[Message],
    directory: Directory,
    vocabulary: set[str],
    corpus_stems: set[str],  # unused since terms come from the corpus Lexicon; kept for callers
    doc_words: dict[str, set[str]] | None = None,
) -> Analysis:
    q = " ".join(question.split())
    if history:  # "and the 2024 one?": the last question, of that year
        q = followup.elided(
            q, next((m.content for m in reversed(history) if m.role == "user"), None)
        )
    if is_injection(q):
        return Analysis(q, q, "injection")
    # "the Chair's summary", "the NGO's written statement": a document, not its author speaking.
    # "X proposed Y. How did industry react?": X is the premise, not who is asked about
    q_people = REPRESENTATIVE_OF.sub("", DOC_POSSESSIVE.sub(" the document ", _asked_part(q)))
    q_people = _not_owners(q_people, directory)
    named_by: dict[str, str] = {}
    for words, name in directory.mentions(q_people):
        named_by.setdefault(name, words)
    named = len(named_by)
    named_by = _role_holders(named_by, directory, q, doc_words)
    speakers = list(named_by)
    if len(speakers) == 1:  # one State named; two named are compared or each asked about
        speakers = _with_state_people(speakers, directory, named_by)
    for n in speakers:
        named_by.setdefault(n, next(iter(named_by.values()), ""))
    any_of = len(speakers) > named  # one State or role, several voices: who speaks to it answers
    subject = next((m.group("who") for p in SPEAKER_SLOT if (m := p.search(q_people))), "")
    if speakers and subject and not directory.resolve(subject):  # "did the Greek delegate ask X"
        demonym = _by_demonym(subject, vocabulary, directory)
    else:
        demonym = None if speakers else _by_demonym(q_people, vocabulary, directory)
    if not speakers and not demonym and subject:
        demonym = _by_state(subject, directory)
    listed = speakers and subject and re.search(r",|\band\b", subject)
    sides = re.split(r",\s*(?:and\s+)?|\s+and\s+", subject) if listed else []
    if vs := VERSUS.search(q):  # "Chile vs the insurers on X": each side
        sides = [vs["a"], vs["b"]]
    sides_said = ""  # the words of the sides that name speakers: who, not what about
    for part in sides:  # "X, Y and Z": each of them, a State speaking only through its people
        found = _by_state(part, directory)  # and a body by a word of its name too
        voices = directory.state_voices(found[1]) if found else _by_name_word(part, directory)
        if voices and not set(voices) & set(speakers):
            speakers = [*speakers, *voices]
            named_by.update(dict.fromkeys(voices, norm(found[1] if found else part)))
        if vs and (voices or directory.resolve(part)):
            sides_said += f" {norm(part)}"
    region = _region_group(q_people) if not speakers and not demonym else None
    if region:  # "the Latin American delegations": each State of that region that spoke
        speakers = _region_voices(region["region"], directory)
        named_by, any_of = dict.fromkeys(speakers, norm(region.group())), len(speakers) > 1
    name_word = ""
    if not speakers and not demonym and subject and (bodies := _by_name_word(subject, directory)):
        speakers, named_by = bodies, dict.fromkeys(bodies, norm(subject))  # "the insurers"
        name_word = norm(subject)
    if demonym:
        named_by = {**dict.fromkeys(demonym[0], norm(demonym[1])), **named_by}
        speakers = list(named_by)
    by_role = False
    slot = next((m.group("who") for p in SPEAKER_SLOT if (m := p.search(q_people))), "")
    role_words = r"\b(chair|chaired|moderat|preside)"
    if speakers and slot and re.search(role_words, slot, re.I) and not directory.resolve(slot):
        # "what did the Chair ask the Secretariat": the subject is who, not the object
        speakers = directory.by_role_word(slot, doc_words) or speakers
        by_role = not set(speakers) & set(directory.resolve(q_people))
    if not speakers and re.search(role_words, q_people, re.I):
        speakers = directory.by_role_word(q_people)
        if len(speakers) > 1 and doc_words:
            # each role's holders: the one whose one record the question's words fit
            ranked = directory.by_role_word(q_people, doc_words)
            asked = set(content_words(q_people)) - set(re.findall(rf"{role_words}\w*", norm(q)))
            chosen: list[str] = []
            for head in sorted(_role_heads(speakers, q, directory)):
                holders = [n for n in speakers if head in _role_heads([n], q, directory)]
                best = _closest(holders, asked, directory, doc_words)
                chosen += [n for n in best if n in ranked] or best
            speakers = [n for n in speakers if n in chosen]
        by_role = bool(speakers)
    also = re.search(role_words, q_people, re.I) if re.match(r"\s*who\b", q, re.I) else None
    if also and speakers and not any(re.search(role_words, w, re.I) for w in named_by.values()):
        # "Who were elected as Chair and Rapporteur?": the Chair too
        speakers += [n for n in directory.by_role_word(also.group()) if n not in speakers]
    words = set(norm(q).split())
    pronoun = next((PRONOUNS[w] for w in norm(q).split() if w in PRONOUNS), None)
    resolved = q
    follow_up = False
    prev_user = next((m.content for m in reversed(history) if m.role == "user"), None)
    prev_answer = next((m.content for m in reversed(history) if m.role == "assistant"), "")
    exclude = ""
    context = followup.context_speakers(history, directory) if history else []
    if q != " ".join(question.split()) and len(parts(q)) > 1:  # "… one? where is she from":
        context = []  # she is who the first part asks for, not whom the last answer named
    told = followup.pronoun_subject(q) if context else None
    if told:  # "what did she tell the X Review": she speaks, the outlet named is whom she told
        speakers = []
        pronoun = followup.GENDERED.get(norm(told["owner"] or told["subject"]))
    if not speakers and context and (pronoun or words & {"they", "them", "their"}):
        speakers = followup.with_body(
            followup.pick(context, pronoun, directory), prev_user, directory
        )
        any_of = len(speakers) > 1
        name = speakers[-1]
        body = followup.owner_body(name, told, directory) if told else None
        if body:  # "what did her organisation find": her affiliation speaks
            speakers, any_of = [body], False
            q_named = q[: told.start("subject")] + body + q[told.end("subject") :]
        resolved = re.sub(
            r"\b(he|she|him|her|his|hers)\b",
            lambda m: name + ("'s" if m.group(1).lower() in ("his", "hers") else ""),
            q_named if body else q,
            flags=re.I,
        )
        follow_up = True
    over_time = bool(
        not speakers
        and context
        and prev_user
        and not follow_up
        and BACK_REFERENCE.search(q)
        and OVER_TIME.search(q)
    )
    if over_time:  # "and how did that compare with two years earlier?": the same voice then
        speakers, follow_up = context, True
        any_of = len(speakers) > 1
    back = (
        None
        if speakers or follow_up or not context
        else followup.thing_back(q, prev_user, THING_NOT)
    )
    if back:  # "how many of those calls …", "is the real number higher?": the same voice's
        speakers, follow_up = context[:1], True
    elliptical = bool(
        prev_user
        and speakers
        and not follow_up
        and re.match(r"^\s*(and|what about|how about|and what about)\b", q, re.I)
        and not re.search(r"\b(did|does|do|say|said|is|was|who|which)\b", q, re.I)
        and len(q.split()) <= 8
    )
    asks_who = re.match(r"\s*(?:who|whom|whose|which)\b", q, re.I)  # the description is asked
    described = "" if speakers or told or asks_who else _description(q_people, directory)
    if described:  # "the UNODC section chief": whom the records describe so
        speakers = directory.described_as(described)
        named_by, any_of = dict.fromkeys(speakers, described), len(speakers) > 1
    shape, factual = _shape(q_people, bool(speakers))
    other = _description(q_people, directory, tuple(speakers)) if shape == "compare" else ""
    if speakers and other and not described:  # "did the X delegate agree with the Y guy"
        more = [n for n in directory.described_as(other) if n not in speakers]
        named_by.update(dict.fromkeys(more, other))
        speakers = [*speakers, *more]
    if follow_up and shape in ("role", "name", "affiliation"):  # "his job": the person's, not
        speakers = [n for n in speakers if directory.speakers[n].kind == "person"] or speakers
        any_of = any_of and len(speakers) > 1
    if shape == "who" and _names_only(q_people, speakers, named_by):
        shape = "role"  # "who is X": X's title and body, not what X said
    places = _states_not_speaking(q_people, shape, speakers, named_by, directory)
    if places:  # "the meeting in X", "how many seats did X have": X is where or what, not who
        speakers = [n for n in speakers if n not in places]
        named_by = {n: w for n, w in named_by.items() if n in speakers}
        any_of = any_of and len(speakers) > 1
        if also and speakers and not named_by:  # "who chaired the X workshop": X's Chair
            by_role = True
    circumstance = shape == "what_said" and bool(CIRCUMSTANCE.match(q))
    if shape == "general" and GROUP_SUBJECT.search(q):
        shape = "by_speaker"  # "what problems did panellists identify": each one's own words
    if shape == "list" and re.match(r"\s*what\b", q, re.I) and RECOMMEND_RE.search(q):
        shape = "general"  # "what did the speakers recommend": the recommendations themselves
    if shape == "list" and re.search(r"\b(say|said|think|stress\w*|argue\w*|view\w*)\b", q, re.I):
        shape = "by_speaker"  # "what did the speakers say about X": each one's own words
    if re.search(r"\b(else|more|other|another)\b", q, re.I) and speakers and follow_up:
        shape, exclude = "speaker_overview", prev_answer
    # "how did they change it later": on the same thing as before, as "… two years earlier?"
    changed = follow_up and not over_time and bool(CHANGE_OF_MIND.search(q))
    if (over_time or changed) and prev_user is not None:
        prev = analyse(prev_user, [], directory, vocabulary, corpus_stems, doc_words)
        shape, factual = "what_said", None
        own = content_words(norm(q))
        if changed:
            own = [w for w in own if not CHANGE_VERB.fullmatch(w)]
            own = [w for w in own if w not in CHANGE_WORDS and w not in BACK_WORDS]
        else:
            own = [w for w in own if not COMPARING.fullmatch(w)]
        topic = " ".join(dict.fromkeys([*prev.topic.split(), *own]))
        resolved = f"{prev_user} [{q}]"
    elif elliptical and prev_user is not None:
        prev = analyse(prev_user, [], directory, vocabulary, corpus_stems, doc_words)
        shape, factual = prev.shape if prev.shape != "general" else "what_said", prev.factual
        topic = prev.topic
        resolved = f"{prev_user} [about {', '.join(speakers)}]"
        follow_up = True
    else:
        topic = _topic(q, directory, speakers)
    region_said = norm(region.group()) if region and speakers else ""
    for words in (described, name_word, sides_said, region_said):  # who is named is not what about
        topic = " ".join(w for w in topic.split() if w not in words.split())
    example = EXAMPLES_OF.search(q)
    if example and speakers:  # "transit countries like X and Y": the kind of X and Y, not a topic
        kind = set(norm(example.group("kind")).split())
        topic = " ".join(w for w in topic.split() if w not in kind)
    if other:  # "the marketplace guy": what both may speak of, the person noun aside
        topic = " ".join(w for w in topic.split() if w not in PERSON_NOUNS)
    if back == "same" and prev_user is not None:  # "the real number": of what it was before
        prev = analyse(prev_user, [], directory, vocabulary, corpus_stems, doc_words)
        topic = " ".join(dict.fromkeys([*topic.split(), *prev.topic.split()]))
    if demonym:  # "the Greek delegate": who, not what about
        who = {
            norm(demonym[1]),
            f"{norm(demonym[1])}'s",
            *norm(demonym[1]).split(),
            *DELEGATES,
            *(w for n in demonym[0] for w in _role_words(n, directory)),
        }
        topic = " ".join(
            w for w in topic.split() if w not in who and not stem_set([w]) & stem_set(who)
        )
    one_side = shape == "compare" and len(speakers) == 1
    other = _other_side(q_people, speakers, named_by, vocabulary, directory) if one_side else None
    if other:  # "compare A and B" with B unresolved: B is who, not what about
        speakers += other[0]
        named_by.update(dict.fromkeys(other[0], norm(other[1])))
        roles = {w for n in speakers for w in _role_words(n, directory)}
        head = re.search(rf"\b{re.escape(other[1])}\s+([a-z]+)", q, re.I)  # "Colombian experts"
        roles |= {head.group(1).lower()} if head else set()
        gone = stem_set([*norm(other[1]).split(), *DELEGATES, *roles, *STANCES])
        topic = " ".join(w for w in topic.split() if not stem_set([w]) & gone)
    if one_side and not other and THINGS_WEIGHED.search(q) and SPEAKER_SLOT[0].search(q):
        shape = "what_said"  # "what did X say about speed versus safety": X's words on both
    if circumstance:  # the record's words about them, wherever they are: names as words
        about = [w for n in speakers for w in (n, directory.speakers[n].affiliation or "")]
        topic = " ".join(dict.fromkeys([*topic.split(), *content_words(norm(" ".join(about)))]))
        shape, speakers = "general", []
    said = SPEAKER_SLOT[0].search(q) if speakers else None
    verb = norm(q[said.end("who") : said.end()]) if said else ""  # "what did X caution?"
    if by_role:  # "what did the Chair conclude": the role names who, not what about
        heads = stem_set(norm(r).split()[0] for n in speakers for r in directory.speakers[n].roles
                         if norm(r))  # fmt: skip
        topic = " ".join(w for w in topic.split() if not stem_set([w]) & heads)
    if shape == "name" and not speakers:
        speakers = followup.pick(context, pronoun, directory)
    companies = bool(re.search(r"\b(compan|private|corporat|firm|business|tech)", q, re.I))
    claim_check = bool(
        re.search(r"\b(quote|part|passage|where|exact|confirm|true that)\b", q, re.I)
        and re.search(r"\b(says?|said|claim\w*|stat\w*)\s+(that\s+)?\w+", q, re.I)
    )
    focus = re.match(
        r"^\s*(?:what|which|how\s+much)\s+(?:was|is|were|are|did)\s+the\s+(?:[a-z\-]+\s+){0,2}?"
        r"([a-z]+)\s+(?:of|for|at|in|on)\b",
        q,
        re.I,
    )
    if not focus and not speakers:  # "what did the NGO survey find": the thing asked about
        focus = re.match(
            r"^\s*what\s+(?:did|does|do)\s+the\s+[\w-]+\s+([a-z]+)\s+[a-z]+\b", q, re.I
        )
    if not focus and not speakers:  # "what was X's revenue": X's thing, not X speaking
        focus = re.match(
            r"^\s*(?:what|which)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s"
            r"\s+([a-z]+)\b",
            q,
            re.I,
        )
    if focus and focus.group(1).lower() in STANCES | ANSWER_NOUNS:  # "the EU position on X":
        focus = None  # what the EU said on X; "the dates of the meeting": when it met
    intent = None
    if shape in ("overview", "speaker_overview"):
        intent = "summary"
    elif shape == "list":
        intent = "list"
    elif RECOMMEND_RE.search(q) and shape not in ("compare", "factual"):
        intent = "recommendation"
        asked = stem_set(w for m in RECOMMEND_RE.finditer(q) for w in m.group().split())
        if speakers and all(w in GROUP_PLURALS or stem_set([w]) & asked for w in topic.split()):
            topic = ""  # "what are X asking governments to do": all X asks, of whomever
    return Analysis(
        question=q,
        resolved=resolved,
        shape=shape,
        speakers=speakers,
        topic=topic,
        unknown_terms=[  # not a name the directory knows ("EU", the initials of a speaker's)
            w
            for w in _unknown_speakers(q, vocabulary)
            if (not demonym or w != demonym[1]) and not directory.resolve(w)
        ],
        factual=factual,
        companies=companies,
        exclude_text=exclude,
        follow_up=follow_up,
        claim_check=claim_check,
        types=answer_types.asked_types(q),
        intent=intent,
        focus=focus.group(1).lower() if focus else None,
        future_tense=bool(FUTURE.search(q)),
        advice=bool(ADVICE.search(q)),
        speaker_asked=_asks_about_speaker(q, speakers, directory),
        by_role=by_role,
        said_verb=verb,
        named_by={n: named_by.get(n, "") for n in speakers},
        slot=next((m.group("who") for p in SPEAKER_SLOT if (m := p.search(q))), ""),
        any_of=len(demonym[0]) > 1 if demonym else any_of,
        described=described,
    )
