"""Question analysis: shape, who it is about, topic, follow-ups, injection.

Pure functions of the question, the conversation and the speaker directory; no retrieval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import answer_types
from .answer import Message
from .directory import Directory, norm
from .terms import content_words, stem_set

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
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
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
    r"caution|conclude|insist|question|acknowledge|recall|welcome|point\s+out"
)
SPEAKER_SLOT = [
    re.compile(rf"\b(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|would|will|is|was)"
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
    r"written\s+(?:statement|contribution|submission)s?"
)
DOC_POSSESSIVE = re.compile(rf"\b(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)*['’]s\s+(?:{DOC_NOUNS})s?\b")
# Speakers in general as the subject: "did (the) panellists / speakers / participants …".
GROUP_SUBJECT = re.compile(
    r"\b(?:did|do|does|have|had)\s+(?:the\s+|other\s+)?(?:speakers|panel+ists|participants|experts|"
    r"representatives|delegations|organi[sz]ations)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(will|shall|next|upcoming|forthcoming|scheduled|planned|going\s+to|future|tomorrow)\b", re.I
)
SUMMARY_RE = re.compile(
    r"\b(summar\w*|overview|gist|recap|(?:main|key|major|central|principal)\s+(?:points|topics|"
    r"themes|messages|issues|concerns|ideas|takeaways|conclusions|findings|outcomes)|themes|"
    r"what\s+(?:was|were|is)\s+(?:discussed|said|covered)|what\s+happened|what\s+(?:was|is|were|are)\s+"
    r"(?:the|this|that|it|these|those)\b(?:\s+(?![\w'’-]+ed\s+about)[\w'’-]+){0,8}"
    r"\s+about\b|focus\s+of)",  # not "what were they worried about"
    re.I,
)
RECOMMEND_RE = re.compile(
    r"\b(recommend\w*|urg\w+|call(?:ed|s)?\s+(?:on|upon|for)|propos\w*|suggest\w*|advi[sc]\w*|"
    r"encourag\w*|(?:should|must)\b.*\bdo\b|want\w*\b.*\bto\s+do|ask\w*\b.*\bto\s+do|"
    r"requests?|way\s+forward|next\s+steps)",
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


# "…, and who chaired the other?": a second question joined to the first.
SECOND_PART = re.compile(r",?\s+and\s+(?=(?:who|what|when|where|which|how|why)\b)", re.I)


def parts(question: str) -> list[str]:
    """The questions a question joins ("Who chaired A, and who chaired B?"); one if none.
    Each part must be a question of its own (three words or more: not "when and where")."""
    pieces = [p.strip(" ,") for p in SECOND_PART.split(question)]
    if len(pieces) < 2 or any(len(p.split()) < 3 for p in pieces):
        return [question]
    return [p if p.endswith("?") else f"{p}?" for p in pieces]


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
    if (
        has_speaker
        and not says
        and re.search(
            r"\b(organi[sz]ation|company|institution|employer|affiliat\w*|work(s|ed)?\s+for|"
            r"represent\w*|stands?\s+for|short\s+for|full\s+name|where\s+(is|was|does)\b.+\bfrom|"
            r"(is|was|are|were)\s+[\w.\s-]+?\s+from\s*\??$|"
            r"\b(which|what)\s+(country|state|nation|delegation|organi[sz]ation|company)\b.*\bfrom\b)",
            ql,
        )
    ):
        return "affiliation", None
    role_word = re.search(
        r"\b(roles?|positions?|titles?|jobs?|functions?|posts?)\b(?!\s+(of|for|on|in)\b)", ql
    )
    if (
        has_speaker
        and role_word
        and (
            re.search(r"\b(hold|holds|held|have|has|had|occupy|occupies|play|plays)\s*\??$", ql)
            or re.search(r"\b(what|which)\s+(is|was|are|were)\b", ql)
        )
    ):
        return "role", None
    if re.search(
        r"\b(compare|comparison|differ\w*|contrast\w*|versus|vs|agree\w*|disagree\w*|"
        r"similar\w*|in common|both)\b",
        ql,
    ):
        return "compare", None
    if re.search(
        r"\b(which|what|list|name)\s+(?:(?:of|all)\s+)?(?:the\s+)?"
        r"(?:(?!(?:did|do|does|were|was|are|is|have|has|had)\b)[\w-]+\s+){0,2}?"
        r"(speakers|panel+ists|organi[sz]ations|companies|"
        r"people|experts|firms|corporations|businesses|everyone|everybody|women|men|delegations|"
        r"countries|states|participants|representatives|moderators|institutions|ngos|agencies)\b"
        r"|^\s*who\s+(were|are)\s+the\s+\w+s\b|\b(every|each|all)\s+(organi[sz]ation|speaker|"
        r"delegation|country|company|panel+ist|participant|person|state)\b",
        ql,
    ) and not re.search(r"\bhow many\b|\b(kinds?|types?|sorts?|categories|groups?)\s+of\b", ql):
        return "list", None
    if re.search(
        r"^\s*(who|which\s+(speaker|panel+ist|person|participant|expert|one|delegation|country|"
        r"state|organi[sz]ation|company|representative|researcher|official|government))\b",
        ql,
    ):
        return "who", None
    kinds = answer_types.asked_types(q)
    if kinds and kinds[0] in FACTUAL:
        return "factual", FACTUAL[kinds[0]]
    if SUMMARY_RE.search(q):
        return ("speaker_overview" if has_speaker else "overview"), None
    if has_speaker:
        return "what_said", None
    return "general", None


def _topic(q: str, directory: Directory, speakers: list[str]) -> str:
    t = norm(q)
    for name in speakers:
        sp = directory.speakers[name]
        for alias in sorted(sp.aliases(), key=len, reverse=True):
            t = re.sub(rf"(?<![\w-]){re.escape(norm(alias))}(?:'s)?(?![\w-])", " ", t)
    return " ".join(content_words(t))


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
    slots = [m.group("who") for p in SPEAKER_SLOT if (m := p.search(q))]
    return any(set(directory.resolve(w)) & set(speakers) for w in slots)


def _by_demonym(q: str, vocabulary: set[str], directory: Directory) -> tuple[list[str], str] | None:
    """'the Norwegian ambassador': a State's adjective the corpus never uses, for the one
    State speaker (or its representative) whose name shares its stem ("Norw-ay")."""
    for m in re.finditer(r"\b[A-Z][a-z]{3,}(?:ian|ean|an|ese|ish|ic|i)\b", q):
        word = m.group()
        if norm(word) in vocabulary:
            continue
        states = [
            sp.name for sp in directory.speakers.values()
            if (getattr(sp, "kind", None) == "delegation" and sp.name[:4] == word[:4])
            or (getattr(sp, "affiliation_kind", None) == "delegation"
                and (sp.affiliation or "")[:4] == word[:4])
        ]  # fmt: skip
        if states:
            return (states[:1] if len(states) == 1 else _prefer_role(q, states, directory)), word
    return None


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


def _context_speakers(history: list[Message], directory: Directory) -> list[str]:
    """Who the conversation is about: the last answer's speakers, else the last question's."""
    for msg in reversed(history):
        hits = directory.resolve(msg.content)
        if hits:
            return hits
    return []


def _pick_by_gender(names: list[str], gender: str | None, directory: Directory) -> list[str]:
    if gender:
        same = [n for n in names if directory.speakers[n].gender in (gender, None)]
        if same:
            return same[:1]
    return names[:1]


def analyse(
    question: str,
    history: list[Message],
    directory: Directory,
    vocabulary: set[str],
    corpus_stems: set[str],  # unused since terms come from the corpus Lexicon; kept for callers
    doc_words: dict[str, set[str]] | None = None,
) -> Analysis:
    q = " ".join(question.split())
    if is_injection(q):
        return Analysis(q, q, "injection")
    # "the Chair's summary", "the NGO's written statement": a document, not its author speaking.
    q_people = DOC_POSSESSIVE.sub(" the document ", q)
    speakers = directory.resolve(q_people)
    demonym = None if speakers else _by_demonym(q_people, vocabulary, directory)
    if demonym:
        speakers = demonym[0]
    by_role = False
    slot = next((m.group("who") for p in SPEAKER_SLOT if (m := p.search(q_people))), "")
    role_words = r"\b(chair|chaired|moderat|preside)"
    if speakers and slot and re.search(role_words, slot, re.I) and not directory.resolve(slot):
        # "what did the Chair ask the Secretariat": the subject is who, not the object
        speakers = directory.by_role_word(slot, doc_words) or speakers
        by_role = not set(speakers) & set(directory.resolve(q_people))
    if not speakers and re.search(role_words, q_people, re.I):
        speakers = directory.by_role_word(q_people, doc_words)
        by_role = bool(speakers)
    words = set(norm(q).split())
    pronoun = next((PRONOUNS[w] for w in norm(q).split() if w in PRONOUNS), None)
    resolved = q
    follow_up = False
    prev_user = next((m.content for m in reversed(history) if m.role == "user"), None)
    prev_answer = next((m.content for m in reversed(history) if m.role == "assistant"), "")
    exclude = ""
    context = _context_speakers(history, directory) if history else []
    if not speakers and context and (pronoun or words & {"they", "them", "their"}):
        speakers = _pick_by_gender(context, pronoun, directory)
        name = speakers[0]
        resolved = re.sub(
            r"\b(he|she|him|her|his|hers)\b",
            lambda m: name + ("'s" if m.group(1).lower() in ("his", "hers") else ""),
            q,
            flags=re.I,
        )
        follow_up = True
    elliptical = bool(
        prev_user
        and speakers
        and not follow_up
        and re.match(r"^\s*(and|what about|how about|and what about)\b", q, re.I)
        and not re.search(r"\b(did|does|do|say|said|is|was|who|which)\b", q, re.I)
        and len(q.split()) <= 8
    )
    shape, factual = _shape(q_people, bool(speakers))
    if shape == "general" and GROUP_SUBJECT.search(q):
        shape = "by_speaker"  # "what problems did panellists identify": each one's own words
    if shape == "list" and re.match(r"\s*what\b", q, re.I) and RECOMMEND_RE.search(q):
        shape = "general"  # "what did the speakers recommend": the recommendations themselves
    if shape == "list" and re.search(r"\b(say|said|think|stress\w*|argue\w*|view\w*)\b", q, re.I):
        shape = "by_speaker"  # "what did the speakers say about X": each one's own words
    if re.search(r"\b(else|more|other|another)\b", q, re.I) and speakers and follow_up:
        shape, exclude = "speaker_overview", prev_answer
    if elliptical and prev_user is not None:
        prev = analyse(prev_user, [], directory, vocabulary, corpus_stems, doc_words)
        shape, factual = prev.shape if prev.shape != "general" else "what_said", prev.factual
        topic = prev.topic
        resolved = f"{prev_user} [about {', '.join(speakers)}]"
        follow_up = True
    else:
        topic = _topic(q, directory, speakers)
    said = SPEAKER_SLOT[0].search(q) if speakers else None
    verb = norm(q[said.end("who") : said.end()]) if said else ""  # "what did X caution?"
    if by_role:  # "what did the Chair conclude": the role names who, not what about
        heads = stem_set(norm(r).split()[0] for n in speakers for r in directory.speakers[n].roles
                         if norm(r))  # fmt: skip
        topic = " ".join(w for w in topic.split() if not stem_set([w]) & heads)
    if shape == "name" and not speakers:
        speakers = _pick_by_gender(context, pronoun, directory)
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
    intent = None
    if shape in ("overview", "speaker_overview"):
        intent = "summary"
    elif shape == "list":
        intent = "list"
    elif RECOMMEND_RE.search(q) and shape not in ("compare", "factual"):
        intent = "recommendation"
    return Analysis(
        question=q,
        resolved=resolved,
        shape=shape,
        speakers=speakers,
        topic=topic,
        unknown_terms=[
            w for w in _unknown_speakers(q, vocabulary) if not demonym or w != demonym[1]
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
        speaker_asked=_asks_about_speaker(q, speakers, directory),
        by_role=by_role,
        said_verb=verb,
    )
