"""Question analysis: shape, who it is about, topic, follow-ups, injection.

Pure functions of the question, the conversation and the speaker directory; no retrieval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answer import Message
from .directory import Directory, norm

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
QUESTION_WORDS = {
    "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "did", "does", "do",
    "is", "was", "were", "are", "the", "a", "an", "of", "to", "in", "on", "for", "and", "or",
    "about", "say", "said", "says", "tell", "me", "us", "according", "speaker", "speakers",
    "representative", "representatives", "panellist", "panelist", "from", "by", "with", "that",
    "this", "it", "they", "their", "them", "he", "she", "his", "her", "him", "i", "you", "can",
    "could", "would", "should", "there", "any", "anything", "else", "also", "think", "view",
    "views", "position", "stress", "stressed", "mention", "mentioned", "talk", "talked",
    "speak", "spoke", "regarding", "concerning", "as", "at", "be", "been", "have", "has", "had",
    "quote", "quoted", "part", "person", "people", "someone", "anyone", "please",
    "explain", "describe", "give", "summary", "summarise", "summarize", "more", "dialogue",
    "call", "called", "calls", "recommend", "recommended", "argue", "argued", "propose",
    "proposed", "suggest", "suggested", "bring", "brought", "raise", "raised", "mean",
    "meant", "exact", "exactly", "words", "word", "statement", "opinion", "point", "points",
    "compare", "comparison", "differ", "different", "difference", "differences", "contrast",
    "versus", "vs", "agree", "agreed", "agreement", "disagree", "similar", "common", "both",
}  # fmt: skip
STOPWORDS = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "down", "during",
    "each", "else", "ever", "every", "few", "for", "from", "further", "get", "got", "had",
    "happen", "happened", "happens", "has", "have", "having", "here", "how", "however", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "kind", "least", "less", "let",
    "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my",
    "need", "needed", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "only",
    "or", "other", "others", "our", "out", "over", "own", "part", "parts", "per", "perhaps",
    "place", "put", "quite", "rather", "really", "said", "same", "saw", "say", "see", "shall",
    "should", "so", "some", "still", "such", "take", "taken", "takes", "tell", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "thing", "things", "think", "this",
    "those", "though", "thought", "through", "thus", "to", "told", "too", "took", "under",
    "until", "up", "upon", "us", "use", "used", "very", "want", "wanted", "was", "way", "we",
    "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yet", "you", "your",
}  # fmt: skip
CAP_IGNORE = {"What", "Who", "Which", "When", "Where", "Why", "How", "Did", "Does", "Do", "Is",
              "Was", "Were", "Are", "Can", "Could", "Tell", "According", "And", "Quote",
              "Please", "Give", "List", "Name", "Summarise", "Summarize", "Describe", "I",
              "Compare", "In", "On", "The", "A", "An", "Mr", "Ms", "Mrs", "Dr", "Prof"}  # fmt: skip


@dataclass
class Analysis:
    question: str
    resolved: str
    shape: str
    speakers: list[str] = field(default_factory=list)
    topic: str = ""
    unknown_terms: list[str] = field(default_factory=list)
    missing_words: list[str] = field(default_factory=list)
    factual: str | None = None
    companies: bool = False
    exclude_text: str = ""
    follow_up: bool = False
    claim_check: bool = False  # "quote where X says Y": Y itself must be in X's words
    attribute: str | None = None  # "what was the budget of …": the thing asked for


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
        r"suggest\w*|see|saw|view\w*|emphasi\w*|highlight\w*|warn\w*|explain\w*)\b",
        ql,
    )
    if (
        has_speaker
        and not says
        and re.search(
            r"\b(organi[sz]ation|company|institution|employer|affiliat\w*|work(s|ed)?\s+for|"
            r"represent\w*|stands?\s+for|short\s+for|full\s+name|where\s+(is|was|does)\b.+\bfrom|"
            r"(is|was|are|were)\s+\w+\s+from\s*\??$)",
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
    if re.search(r"^\s*(who|which\s+(speaker|panel+ist|person|participant|expert|one))\b", ql):
        return "who", None
    if re.search(
        r"\b(which|what|list|name)\b.{0,40}\b(speakers|panel+ists|organi[sz]ations|companies|"
        r"people|experts|firms|corporations|businesses|everyone|everybody|women|men)\b",
        ql,
    ) and not re.search(r"\bhow many\b", ql):
        return "list", None
    if re.search(r"\bhow\s+many\b|\bhow\s+much\b|\bnumber\s+of\b", ql):
        return "factual", "how_many"
    if re.search(r"^\s*when\b|\bwhat\s+(date|day|year|month)\b|\bon\s+which\s+date\b", ql):
        return "factual", "when"
    if re.search(r"^\s*where\b|\bwhich\s+(city|country|place)\b|\bin\s+which\s+city\b", ql):
        return "factual", "where"
    if re.search(r"\bwhich\s+article\b|\bwhat\s+article\b", ql):
        return "factual", "article"
    if re.search(
        r"\b(summar|overview|gist|main\s+(points|topics|themes|messages)|key\s+(points|themes|"
        r"messages|takeaways)|what\s+was\s+(discussed|said)|what\s+happened|what\s+was\s+.+\s+about)",
        ql,
    ):
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


def content_words(text: str) -> list[str]:
    return [w for w in norm(text).split() if w not in QUESTION_WORDS and w not in STOPWORDS]


def stems(words: list[str]) -> set[str]:
    return {w[:5] for w in words if len(w) >= 2}


def _unknown_terms(q: str, vocabulary: set[str], corpus_stems: set[str]) -> list[str]:
    """Proper names in the question that the corpus never uses."""
    out = []
    for m in re.finditer(r"\b[A-Z][\w\-’']*|\b\d{3,4}\b", q):
        word = m.group().rstrip("’'s") if m.group().endswith(("'s", "’s")) else m.group()
        initial = re.search(r"(^|[.?!:]\s+)$", q[: m.start()])
        if word in CAP_IGNORE or (initial and word[1:].islower()):
            continue
        key = norm(word)
        if key in vocabulary or (len(key) >= 6 and key[:5] in corpus_stems):  # "Chilean" ~ "Chile"
            continue
        if not all(part in vocabulary for part in key.split("-") if part):
            out.append(word)
    return out


def _missing_words(topic: str, corpus_stems: set[str]) -> list[str]:
    """Content words of the question the corpus never uses (in any form)."""
    return [w for w in topic.split() if len(w) >= 5 and w[:5] not in corpus_stems]


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
    corpus_stems: set[str],
    doc_words: dict[str, set[str]] | None = None,
) -> Analysis:
    q = " ".join(question.split())
    if is_injection(q):
        return Analysis(q, q, "injection")
    speakers = directory.resolve(q)
    if not speakers and re.search(r"\b(chair|chaired|moderat|preside)", q, re.I):
        speakers = directory.by_role_word(q, doc_words)
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
    shape, factual = _shape(q, bool(speakers))
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
    if shape == "name" and not speakers:
        speakers = _pick_by_gender(context, pronoun, directory)
    companies = bool(re.search(r"\b(compan|private|corporat|firm|business|tech)", q, re.I))
    claim_check = bool(
        re.search(r"\b(quote|part|passage|where|exact|confirm|true that)\b", q, re.I)
        and re.search(r"\b(says?|said|claim\w*|stat\w*)\s+(that\s+)?\w+", q, re.I)
    )
    asked = re.match(
        r"^\s*(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:[a-z\-]+\s+){0,3}?([a-z]+)\s+"
        r"(?:of|for|at|in)\b",
        q,
        re.I,
    )
    return Analysis(
        question=q,
        resolved=resolved,
        shape=shape,
        speakers=speakers,
        topic=topic,
        unknown_terms=_unknown_terms(q, vocabulary, corpus_stems),
        missing_words=_missing_words(topic, corpus_stems),
        factual=factual,
        companies=companies,
        exclude_text=exclude,
        follow_up=follow_up,
        claim_check=claim_check,
        attribute=asked.group(1).lower() if asked else None,
    )
