"""Follow-ups: what a pronoun, a possessive or an ellipsis of the new turn stands for.

The antecedents are the previous turn's: the speakers its answer names (in bold, the way every
answer names who said what, the lead first), else those its question named. A pronoun picks
among them by agreement, as English does: "he" or "she" is a person (of the record's own
gender for them, when it gives one), and the person the last answer was about (its lead) comes
before one it only mentions; "she" after an answer naming only an organisation is a person of
that organisation. A possessive before a word for a body ("her organisation", "his country")
is that person's affiliation or State. A pronoun as the question's subject ("what did she say
about X?") says who is asked about, whoever else the question names.
"""

from __future__ import annotations

import re

from .answer import Message
from .directory import Directory, norm
from .terms import STOPWORDS, content_words, stem_set

# Personal pronouns of general English, by gender; and the ones that are no person's.
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}  # fmt: skip
ABSTAINED = "**Not in the sources.**"
COVERAGE = "The sources cover:"  # an abstention's list of what the corpus holds: no antecedent
# Nouns for the State a person comes from or speaks for, in general English.
STATE_NOUNS = {"country", "state", "government", "nation", "delegation", "homeland"}
# A question's subject after its inverted auxiliary: "what did <her organisation> find".
AUX_SUBJECT = re.compile(
    r"\b(?:did|does|do|has|have|had|would|will|is|was|were|are|can|could|should|might)\s+"
    r"(?P<subject>(?P<owner>his|her|their)\s+(?:own\s+)?(?P<noun>[a-z][\w-]*)|he|she|they)"
    r"\s+(?!(?:of|for|at|in|on|to|and|or)\b)(?P<verb>[a-z]+)",
    re.I,
)
# Verbs of having: "how many members does her network have" asks what the body holds, not
# what it says; the person asked about still answers.
HAVING = {"have", "has", "had", "hold", "holds", "own", "owns", "include", "includes",
          "contain", "contains", "employ", "employs", "count", "counts"}  # fmt: skip
# "those calls", "that post": a demonstrative before a noun; "the real number": the definite
# article before up to three words, one of which may repeat a noun of the last question.
DEMONSTRATIVE = re.compile(r"\b(?:that|this|those|these)\s+([a-z][\w-]*)", re.I)
DEFINITE = re.compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)
# A question asking for a person or body anew: its answer is no antecedent's.
ASKS_WHO = re.compile(r"^\s*(?:and\s+)?(?:who|whom|whose)\b", re.I)
# "and the 2024 one?", "what about 2019?": the last question again, of another year; a
# question may follow the fragment ("… one? where is she from").
YEAR_FRAGMENT = re.compile(
    r"^\s*(?:and|but|what\s+about|how\s+about|and\s+what\s+about)\s+(?:(?:the|in|at|for)\s+)*"
    r"(?P<year>(?:19|20)\d\d)(?:\s+(?:one|ones|edition|meeting|session|dialogue))?\s*[?.!]\s*"
    r"(?P<rest>.*)$",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")


def answer_speakers(text: str, directory: Directory) -> list[str]:
    """The speakers an earlier answer names, in order: the bold names that open its claims,
    then any other it mentions; of an abstention, only those its own reason names (not the
    corpus's list of speakers)."""
    if text.startswith(ABSTAINED):
        return directory.resolve(text[len(ABSTAINED) :].split(COVERAGE)[0])
    bold = [b.strip() for b in BOLD.findall(text)]
    named = [b for b in bold if b in directory.speakers]
    return list(dict.fromkeys([*named, *directory.resolve(text.split(COVERAGE)[0])]))


def context_speakers(history: list[Message], directory: Directory) -> list[str]:
    """Who the conversation is about: the last answer's speakers, else those its question
    named, else an earlier turn's."""
    for msg in reversed(history):
        hits = (
            answer_speakers(msg.content, directory)
            if msg.role == "assistant"
            else directory.resolve(msg.content)
        )
        if hits:
            return hits
    return []


def members(body: str, directory: Directory) -> list[str]:
    """The people of an organisation or State: affiliated with it, or holding a role of it
    ("Research Director of X")."""
    key = rf"(?<![\w-]){re.escape(norm(body))}(?![\w-])"
    out = []
    for sp in directory.speakers.values():
        of = sp.affiliation == body or sp.state == body
        if sp.kind == "person" and (of or any(re.search(key, norm(r)) for r in sp.roles)):
            out.append(sp.name)
    return out


def pick(names: list[str], gender: str | None, directory: Directory) -> list[str]:
    """The antecedent among `names` (in the order the last turn gave them) of a pronoun of
    `gender` ("m", "f"; None for they / them)."""
    if not names:
        return []
    if not gender:
        return names[:1]
    sps = directory.speakers

    def agrees(n: str) -> bool:
        return sps[n].kind == "person" and sps[n].gender in (gender, None)

    people = [n for n in names if agrees(n)]
    exact = [n for n in people if sps[n].gender == gender]
    lead = names[0]
    if sps[lead].kind != "person":  # "she" after a body: its person; the body's words hers too
        own = [n for n in members(lead, directory) if agrees(n)]
        person = (
            [n for n in people if n in own]
            or exact
            or [n for n in own if sps[n].gender == gender]
            or (own if len(own) == 1 else [])
        )
        return [lead, person[0]] if person else [lead]
    if lead in people:  # the one the last answer was about, unless the pronoun rules them out
        return [lead]
    return (exact or people or names)[:1]


def with_body(picked: list[str], question: str | None, directory: Directory) -> list[str]:
    """A person picked, with the body the previous question asked about when they speak for
    it ("Who signed the statement of X?" ... "What did she recommend?": X's words, hers); a
    State picked, with the people who speak for it."""
    if len(picked) == 1 and directory.speakers[picked[0]].kind == "delegation":
        voices = directory.state_voices(picked[0])  # "what did they propose": the State's people
        return [*picked, *(v for v in voices if v != picked[0])]
    if len(picked) != 1 or not question or directory.speakers[picked[0]].kind != "person":
        return picked
    bodies = [
        n for n in directory.resolve(question)
        if directory.speakers[n].kind != "person" and picked[0] in members(n, directory)
    ]  # fmt: skip
    return [*bodies[:1], *picked]


def pronoun_subject(q: str) -> re.Match[str] | None:
    """The question's subject when it is a pronoun or a possessive phrase ("what did she say",
    "what does her organisation recommend")."""
    return AUX_SUBJECT.search(q)


def owner_body(person: str, subject: re.Match[str], directory: Directory) -> str | None:
    """What "her <noun>" names of a person, when it is a speaker of its own: their State for a
    word for a State ("his country"), their affiliation for another word for a body ("her
    organisation", "his company")."""
    sp = directory.speakers.get(person)
    noun = (subject["noun"] or "").lower()
    if sp is None or sp.kind != "person" or not noun or subject["verb"].lower() in HAVING:
        return None
    if noun in STATE_NOUNS:
        body = sp.affiliation if sp.affiliation_kind == "delegation" else sp.state
    else:
        body = sp.affiliation if sp.affiliation_kind != "delegation" else None
    return body if body and body in directory.speakers and body != person else None


def thing_back(q: str, previous: str | None, not_things: re.Pattern[str]) -> str | None:
    """How the question points back at a thing of the last turn, if it does: "this" for a
    demonstrative before a noun ("those calls"), "same" for a definite noun phrase repeating a
    noun of the last question ("... deaths at sea?" / "is the real number higher?"). Nouns
    matching `not_things` (a meeting, a document: scope, not a thing) don't count."""
    if not previous or ASKS_WHO.match(q):
        return None
    q, previous = QUOTED.sub(" ", q), QUOTED.sub(" ", previous)  # a title names, it is no thing
    things = [m.group(1) for m in DEMONSTRATIVE.finditer(q)]
    if any(w.lower() not in STOPWORDS and not not_things.fullmatch(w) for w in things):
        return "this"
    before = stem_set(w for w in content_words(previous) if not not_things.fullmatch(w))
    for m in DEFINITE.finditer(q):
        words = content_words(m.group(1))
        if any(not_things.fullmatch(w) for w in words):  # "the side event": where, all of it
            continue
        if stem_set(words) & before:
            return "same"
    return None


def elided(q: str, previous: str | None) -> str:
    """The question an elliptical follow-up stands for: "and the 2024 one?" after "who chaired
    the 2023 dialogue?" is "who chaired the 2024 dialogue?"; a question after the fragment is
    joined to it ("…, and where is she from?"). Other questions are returned as they are."""
    m = YEAR_FRAGMENT.match(q)
    years = YEAR.findall(previous or "")
    if not m or len(set(years)) != 1:
        return q
    full = YEAR.sub(m["year"], previous or "").strip().rstrip("?").strip()
    rest = m["rest"].strip().rstrip("?").strip()
    return f"{full}, and {rest}?" if rest else f"{full}?"
