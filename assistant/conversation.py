"""Conversation: greetings, thanks, questions about the assistant, other languages.

Each is recognised by a general dialogue-act cue, never by the wording of a known question:
a short message made only of greeting, thanks or farewell words; a question about the
assistant itself (it addresses "you" or asks for help, and names nothing else); a question
that a language identifier (py3langid) places in another language and that has almost no
English function words. The reply is short, says what the corpus covers and offers example
questions made from the corpus itself.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .answer import Answer, Message
from .attribution.names import ROLE_RE, meeting_role
from .config import Settings
from .questions import DOC_NOUNS
from .terms import content_words

# General English dialogue acts; "core" words make the act, "filler" words may go with them.
GREETING = {"hi", "hello", "hey", "hiya", "howdy", "greetings", "morning", "afternoon",
            "evening", "day"}  # fmt: skip
THANKS = {"thanks", "thank", "thx", "ty", "cheers", "appreciated", "appreciate", "grateful"}
FAREWELL = {"bye", "goodbye", "farewell", "later", "night"}
FILLER = {"good", "there", "all", "everyone", "folks", "you", "so", "very", "much", "a", "lot",
          "many", "again", "ok", "okay", "great", "perfect", "nice", "helpful", "that", "was",
          "is", "it", "this", "really", "for", "the", "help", "answer", "answers", "see", "oh",
          "and", "well", "done", "super", "wonderful", "excellent", "brilliant", "awesome",
          "cool", "dear", "assistant", "bot", "now", "your", "have", "i", "we",
          # a closing clause after the thanks: "that's all I needed"
          "thats", "needed", "need", "wanted", "just", "exactly", "everything",
          "today"}  # fmt: skip
# A question about the assistant: it has one of these cues and only these words besides.
ABOUT_CUES = {"you", "your", "yourself", "help", "assistant", "bot", "chatbot", "robot", "ai",
              "capabilities", "features", "ask", "examples", "work", "works", "use"}  # fmt: skip
ABOUT_WORDS = ABOUT_CUES | {"can", "could", "do", "does", "did", "what", "whats", "who", "how",
                            "are", "is", "this", "it", "work", "works", "use", "i", "me", "we",
                            "questions", "question", "kind", "kinds", "type", "types", "sort",
                            "sorts", "able", "capable", "know", "here", "should", "tell", "get",
                            "started", "start", "may", "anything", "things", "example", "some",
                            "sample", "try", "please", "hi", "hello", "hey", "want", "would",
                            "like", "to", "of", "a", "an", "the", "with", "for", "about",
                            "on", "answer", "which", "offer", "give", "show", "list",
                            "commands", "options", "menu", "info", "information", "s",
                            "there", "all", "sources", "source", "documents", "document",
                            "records", "record", "cover", "covers", "have", "has", "contain",
                            "include", "based", "data",
                            # "am I talking to a bot", "are you a real person"
                            "am", "talking", "speaking", "chatting", "real", "human", "person",
                            "machine", "program"} | GREETING | THANKS  # fmt: skip
MAX_CHAT_WORDS = 8  # a greeting or thanks longer than this is a question that starts politely
MAX_ABOUT_WORDS = 12
MAX_EXTRA_WORDS = 1  # "ok thanks, that's useful": one word beyond the lists, in a thanks
EXAMPLES = 4
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_COURTESY = re.compile(
    rf"^(?:(?:{'|'.join(sorted(GREETING | THANKS))})(?:\s+(?:{'|'.join(sorted(FILLER))})){{0,3}}"
    r"\s*[,.!:;]+\s*)+",
    re.I,
)


QUESTION_OPENERS = {"what", "who", "whom", "whose", "which", "when", "where", "why", "how",
                    "whats", "whos", "did", "does", "do", "can", "could", "tell", "show",
                    "list", "give", "now", "and", "but"}  # fmt: skip


@dataclass
class Coverage:
    """What the corpus covers, as the replies say it."""

    documents: list[str]  # titles, from metadata (else file names)
    speakers: int
    meetings: list[str] = field(default_factory=list)  # meeting titles, as the corpus names them
    examples: list[str] = field(default_factory=list)


def words(text: str) -> list[str]:
    return [w.replace("'", "") for w in _WORD.findall(text.lower())]


def act(text: str, settings: Settings) -> str | None:
    """The dialogue act of a message: greeting, thanks, farewell, help, other_language; or None."""
    ws = words(text)
    if len(ws) <= MAX_CHAT_WORDS and set(ws) <= GREETING | THANKS | FAREWELL | FILLER:
        for kind, core in (("thanks", THANKS), ("farewell", FAREWELL), ("greeting", GREETING)):
            if set(ws) & core:
                return kind
    extra = set(ws) - GREETING - THANKS - FAREWELL - FILLER
    closing = set(ws) & (THANKS | FAREWELL)  # a greeting with a word more may open a question
    asks = "?" in text or bool(set(ws) & QUESTION_OPENERS)
    if len(ws) <= MAX_CHAT_WORDS and closing and len(extra) <= MAX_EXTRA_WORDS and not asks:
        return "thanks" if set(ws) & THANKS else "farewell"
    asked = set(words(strip_courtesy(text)))  # "Hi, what can you do?"
    if len(asked) <= MAX_ABOUT_WORDS and asked & ABOUT_CUES and asked <= ABOUT_WORDS:
        return "help"
    if other_language(text, settings, ws):
        return "other_language"
    return None


def other_language(text: str, settings: Settings, ws: list[str] | None = None) -> bool:
    """True when the text is in a language other than English (two words at least)."""
    ws = words(text) if ws is None else ws
    if len(ws) < 2:
        return False
    english = _english()
    if sum(w in english for w in ws) / len(ws) > settings.language_english_share:
        return False
    lang, confidence = _identifier().classify(text)
    return lang != "en" and confidence >= settings.language_confidence


def strip_courtesy(text: str) -> str:
    """The question without a leading "Hi," or "Thanks!" (the rest is what is asked)."""
    rest = _COURTESY.sub("", text).strip()
    return rest or text


# "that contribution", "this report", "the same statement": the document just cited.
_DOCUMENT = (
    rf"(?:{DOC_NOUNS}|contribution|submission|statement|article|paper|letter|speech|record)s?"
)
_BACK = re.compile(rf"\b(?:that|this|the\s+same|the\s+previous|the\s+last)\s+{_DOCUMENT}\b", re.I)
_QUOTED = re.compile(r"“([^”]{12,})”")


def names_document(text: str) -> bool:
    """Whether `text` names a document ("the report", "that contribution")."""
    return bool(re.search(rf"\b{_DOCUMENT}\b", text, re.I))


_THAT_THING = re.compile(r"\b(?:that|this|those|these)\s+([a-z][\w-]*)", re.I)


def refers_back(question: str) -> bool:
    """Whether the question points at the document of the previous answer, or at a thing of
    it: a demonstrative before a noun ("those calls"), not "that the …" nor a bare "this"."""
    things = (m.group(1) for m in _THAT_THING.finditer(question))
    return bool(_BACK.search(question)) or any(content_words(w) for w in things)


def cited_documents(history: list[Message], texts: dict[str, str]) -> list[str]:
    """The documents (ids of `texts`) that the latest answer in `history` quoted from, found
    by its quoted words (the history holds the answer's text, not its citations)."""
    last = next((m.content for m in reversed(history) if m.role == "assistant"), "")
    flat = {d: " ".join(t.split()) for d, t in texts.items()}
    out: list[str] = []
    for quote in _QUOTED.findall(last):
        words = " ".join(quote.strip(" .…").split())
        out += [d for d, t in flat.items() if words in t and d not in out]
    if out:
        return out
    for claim in re.split(r"\s*\[\d+\]", last):  # a paraphrase: the record's own closing words
        words = " ".join(claim.replace("*", " ").split()[-8:]).rstrip(" .…")
        if len(words.split()) == 8:
            out += [d for d, t in flat.items() if words in t and d not in out]
    return out


def reply(kind: str, question: str, coverage: Coverage) -> Answer:
    """The short reply to a conversational message of `kind` (see `act`)."""
    covers = coverage_sentence(coverage)
    examples = "\n".join(f"- {q}" for q in coverage.examples)
    try_these = f"\n\nYou could ask, for example:\n{examples}" if examples else ""
    text = {
        "greeting": f"Hello! {covers} Ask me what was said, and by whom.{try_these}",
        "thanks": f"You're welcome. {covers}{try_these}",
        "farewell": "Goodbye! Come back with more questions about the record any time.",
        "help": f"{covers} Ask what someone said, who spoke about a topic, what was decided "
        "or recommended, or for a summary; every answer quotes the record and names who said "
        "it, and when the sources don't say, I tell you so. Follow-up questions work too "
        f'("What else did she say?").{try_these}',
        "other_language": "I answer in English only, from English sources: please ask your "
        f"question in English.{try_these}",
    }[kind]
    return Answer(question=question, text=text, reply_kind=kind, generator="conversation")


def coverage_sentence(coverage: Coverage) -> str:
    docs, meetings = coverage.documents, coverage.meetings
    n_docs = "one document" if len(docs) == 1 else f"{len(docs)} documents"
    about = f"{n_docs} ({_some([f'“{d}”' for d in docs])})"
    if meetings and (len(meetings) > 1 or len(docs) > 1):
        n_meetings = "one meeting" if len(meetings) == 1 else f"{len(meetings)} meetings"
        about += f" from {n_meetings} ({_some(meetings)})"
    n_speakers = f"{coverage.speakers} speaker{'s' if coverage.speakers != 1 else ''}"
    return f"I answer questions about {about}, with {n_speakers}."


def _some(names: list[str], shown: int = 3) -> str:
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return "; ".join(names[:shown]) + more


def example_questions(
    candidates: Iterable[str],
    answers: Callable[[str], bool],
    settings: Settings,
    limit: int = EXAMPLES,
) -> list[str]:
    """The first `limit` candidates the assistant does answer (as questions, not chat)."""
    out: list[str] = []
    for q in candidates:
        if q not in out and act(q, settings) is None and answers(q):
            out.append(q)
        if len(out) >= limit:
            break
    return out


def candidate_questions(docs: list[dict[str, Any]], speakers: list[Any]) -> list[str]:
    """Questions from general templates filled from the corpus: its commonest document kind,
    its busiest speakers with their most frequent topic phrase, a role, its organisations.
    `speakers` are Directory speakers, busiest first. Varied kinds come first.
    """
    kinds = Counter(str(d["kind"]) for d in docs if d.get("kind"))
    overview = (
        f"What are the main points of the {kinds.most_common(1)[0][0]}?"
        if kinds
        else "What was the meeting about?"
    )
    frequent = _phrase_counts(d["text"] for d in docs)
    people = [s for s in speakers if s.units]
    said = [
        f"What did {sp.name} say about {topic}?"
        for sp in people[:3]
        if (topic := _topic_of(sp, frequent))
    ]
    holders: dict[str, set[str]] = {}
    for sp in people:
        for role in sp.roles:
            head = re.split(r"\s+(?:of|for|at|to|in)\s+", role, maxsplit=1)[0].strip()
            head = re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I)
            if 0 < len(head.split()) <= 2 and (meeting_role(head) or ROLE_RE.fullmatch(head)):
                holders.setdefault(head, set()).add(sp.name)  # a role, not "delegation"
    roles = [f"Who was the {h}?" if len(n) == 1 else f"Who were the {h}s?" for h, n in
             sorted(holders.items(), key=lambda kv: len(kv[1]))]  # fmt: skip
    lists = ["Which organisations spoke?"] if sum(1 for s in people if s.affiliation) > 1 else []
    out = [overview, *said[:1], *roles[:1], *said[1:2], *lists, *said[2:], *roles[1:2]]
    return list(dict.fromkeys(out))


def _phrases(text: str) -> list[str]:
    """Lower-case content-word runs of one or two words (proper names left out)."""
    out = []
    for chunk in re.split(r"[^\w\s'-]|\s-\s", text):
        run: list[str] = []
        for tok in chunk.split():
            ok = tok.isalpha() and tok.islower() and len(tok) > 3 and tok not in _english()
            if ok:
                run.append(tok)
                continue
            out += _grams(run)
            run = []
        out += _grams(run)
    return out


def _grams(run: list[str]) -> list[str]:
    return run + [f"{a} {b}" for a, b in itertools.pairwise(run)]


def _phrase_counts(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_phrases(text))
    return counts


# Words naming the occasion or the speaking, not a topic: "What did X say about first
# meeting?", "What did X say about said?" are no questions.
OCCASION_WORDS = {"meeting", "meetings", "session", "sessions", "dialogue", "conference",
                  "workshop", "panel", "forum", "consultation", "event", "seminar", "webinar",
                  "first", "second", "third", "last", "next", "today", "yesterday", "said",
                  "says", "told", "added", "noted", "stated", "stressed", "announced",
                  "explained", "asked"}  # fmt: skip


def _topic_of(speaker: Any, frequent: Counter[str]) -> str | None:
    """The speaker's phrase that the corpus uses most, two-word phrases first."""
    mine = Counter(p for u in speaker.units for p in _phrases(u.text))
    ranked = sorted(
        (p for p in mine if frequent[p] >= 2 and not set(p.split()) & OCCASION_WORDS),
        key=lambda p: (-(" " in p), -frequent[p] * mine[p], p),
    )
    return ranked[0] if ranked else None


def topics_of(texts: list[str], frequent: Counter[str], n: int = 3) -> list[str]:
    """Up to `n` phrases that `texts` use most and the corpus (`frequent`: its phrase counts)
    uses more than once, two-word phrases first, each sharing no word with one chosen."""
    mine = Counter(p for t in texts for p in _phrases(t) if len(content_words(p)) == len(p.split()))
    nouns = [p for p in mine if " " in p or not p.endswith(("ing", "ed"))]  # not a lone verb
    shared = [p for p in nouns if frequent[p] >= 2]
    ranked = sorted(
        shared or nouns,
        key=lambda p: (-(" " in p), -mine[p], frequent[p], p),
    )
    out: list[str] = []
    for p in ranked:
        if not any(set(p.split()) & set(q.split()) for q in out):
            out.append(p)
    return out[:n]


def phrase_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each phrase of one or two content words occurs in `texts`."""
    return _phrase_counts(texts)


@functools.cache
def _english() -> frozenset[str]:
    """English function words: NLTK's stopword list, which ships inside llama-index-core."""
    spec = importlib.util.find_spec("llama_index.core")
    assert spec and spec.origin, "llama-index-core is a dependency"
    path = Path(spec.origin).parent / "_static/nltk_cache/corpora/stopwords/english"
    return frozenset(w.replace("'", "") for w in path.read_text(encoding="utf-8").split())


def load_language_identifier() -> None:
    """Load py3langid's model now (about 110 MB and 0.8 s), not at the first question."""
    _identifier()


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
