"""Broad questions answered from the record: summaries, lists of speakers, recommendations.

A summary leads with the record's own statement of its focus, then its main points chosen for
relevance and diversity (maximal marginal relevance over the units' embeddings), each cited.
A list names every speaker that fits, each with a cited line. Recommendations are the units
that recommend, urge or call for something, within the question's scope.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from .. import answer_types, answerability, compose
from ..chunking import StoredUnit
from ..corpus import Corpus
from ..directory import Speaker, norm
from ..questions import REPORTING, SUMMARY_RE, Analysis
from ..scope import MEETING_NOUNS, _doc_date
from ..terms import QUESTION_WORDS, STOPWORDS, coverage, stem_set
from . import members
from .members import vectors
from .retrieve import with_paragraph

# The words of the nouns naming a meeting ("panel", "side event", "working group").
MEETING_WORDS = stem_set(w for n in MEETING_NOUNS for w in n.replace("?", "").split())

if TYPE_CHECKING:
    from .extractive import Extractive, Selection


def unique(units: list[StoredUnit]) -> list[StoredUnit]:
    return list({u.unit_id: u for u in units}.values())


# General English for a record stating what it is about.
FOCUS = re.compile(
    r"\b(focus\w*|key issues?|main (?:issues?|themes?|topics?|points?)|themes?|agenda|purpose|"
    r"dedicated to|devoted to|(?:discussions?|debates?) (?:on|of|about|relating to)|"
    r"(?:brought|came) together|was (?:held|convened) (?:to|on))\b",
    re.I,
)
# General English for recommending.
# "We also support X", "wants governments to Y": a call for X, for Y.
RECOMMENDING = re.compile(
    r"\b(recommend\w*|urg\w+|call(?:ed|s|ing)? (?:on|upon|for)|should|must|need(?:s|ed)? to|"
    r"encourag\w*|invit\w*|propos\w*|suggest\w*|request(?:s|ed|ing)?\s+(?:that|\w+\s+to)\b|"
    r"ought to|it is (?:essential|important|necessary)|"
    r"(?:we|i)\s+(?:\w+\s+)?(?:support|favou?r|endorse)|wants?\s+(?:\w+\s+){1,2}to)\b",
    re.I,
)
# Nouns for anyone who spoke, as opposed to a role some held ("panellists", "moderators").
GENERAL_NOUNS = stem_set(["speakers", "participants", "people", "experts", "representatives",
                          "everyone", "persons", "everybody", "attendees"])  # fmt: skip
# Taking part, in general English: in "which organisations spoke" it is not a topic.
TAKING_PART = stem_set(["spoke", "speak", "speaking", "took", "take", "part", "participated",
                        "participate", "attended", "attend", "present", "represented",
                        "contributed", "involved", "joined", "there", "quoted",
                        "named", "floor", "sat", "served", "seated", "sitting"])  # fmt: skip
LIST_NOUNS = re.compile(
    r"\b(organi[sz]ations?|compan(?:y|ies)|firms|businesses|corporations|institutions|ngos|"
    r"agencies|delegations?|countries|states|governments)\b"
)
# A sentence naming a list's members after a colon: "… took part: A, B and C."
ENUMERATION = re.compile(r"([^:]{8,}):\s*([^:]*,[^:]*\band\b[^:]*)", re.S)
# A line listing names under a short label: "Apologies: Peru, Chile.", "**Absent:** A and B".
LABELLED_LIST = re.compile(r"\W*([^\W\d_][\w' -]{1,30}?)\W*:\W*(\w.*)", re.S)
# A sentence introducing a list: "adopted the following recommendations:", "… as follows:".
LIST_INTRO = re.compile(r"(?:\bfollowing\b|\bas follows\b|\bbelow\b)[^.;]*:\s*$|:\s*$", re.I)
# A section's number standing alone: "IV.", "B.", "16.".
SECTION_NUMBER = re.compile(r"\W*(?:[IVXLC]+|[A-Z]|\d{1,3})\.?\W*")
ITEM_LABEL = re.compile(r"\(?([a-z]|[ivx]+|\d{1,3})[.)]\s*", re.I)
MAX_ITEMS = 15
SUMMARY_POINTS = 5
MEETING_SPAN = dt.timedelta(days=21)  # records this close in date are of one meeting
MMR_LAMBDA = 0.7


def substantive(c: Corpus, units: list[StoredUnit]) -> list[StoredUnit]:
    """Units that say something: no heading, title or dateline, no "Thank you." (the units
    themselves if none is left)."""
    said = [u for u in units if members.says_something(c, u)]
    return said or units


def _summary_docs(x: Extractive, a: Analysis, timings: dict[str, float]) -> list[str]:
    if a.docs:
        return list(a.docs)
    if len(x.c.docs) == 1:
        return list(x.c.docs)
    hits = x.search(a, a.resolved, x.settings.top_k, timings)
    votes: dict[str, float] = {}
    for h in hits:
        votes[h.unit.doc_id] = votes.get(h.unit.doc_id, 0.0) + h.score
    return [max(votes, key=votes.__getitem__)] if votes else []


def _pool(c: Corpus, docs: list[str]) -> list[StoredUnit]:
    """The sentences a summary is chosen from, each text once (a page header repeats)."""
    said = {
        " ".join(u.text.split()): u
        for d in docs
        for u in reversed(c.by_doc.get(d, []))
        if not answerability.is_frame(u, c) and len(u.text) >= 50
        and re.search(r"[.!;:\"”]$", u.text.rstrip("*_ "))  # a sentence: no label, no entry
    }  # fmt: skip
    return sorted(said.values(), key=lambda u: (docs.index(u.doc_id), u.order))


def _meetings_unnamed(c: Corpus, a: Analysis) -> dict[str, list[str]]:
    """The corpus's meetings (meeting key -> doc ids), when a summary question names no
    meeting, speaker or topic of its own ("what was the meeting about, in a nutshell?")."""
    if a.docs or a.speakers or len(c.docs) < 2:
        return {}
    asked = [t for t in c.lexicon.terms(a.topic, a.question) if t.known]
    if any(stem_set([t.word]) - MEETING_WORDS for t in asked):
        return {}
    held: dict[str, list[str]] = {}
    for d, units in c.by_doc.items():
        if units:
            held.setdefault(units[0].meeting or d, []).append(d)
    # Records of one meeting are dated within days of each other, whatever their titles say.
    dated = sorted((when, key) for key, ids in held.items()
                   for when in [min(filter(None, (_doc_date(c.docs[i]) for i in ids)),
                                    default=None)] if when)  # fmt: skip
    for (before, first), (when, key) in itertools.pairwise(dated):
        if when - before <= MEETING_SPAN and first in held and key in held:
            held[key] = held.pop(first) + held[key]
    return held if len(held) > 1 else {}


def each_meeting(x: Extractive, a: Analysis, held: dict[str, list[str]]) -> Selection:
    """One line per meeting: its records' own statement of their focus (the record's narrative
    first), else their sentence closest to the question and to all they say; the question names
    none, so none is chosen."""
    from .extractive import Selection

    c = x.c
    q = np.asarray(c.retriever.embed(c.lexicon.expand(a.resolved)), dtype=np.float32)
    q /= np.linalg.norm(q) or 1.0
    claims: list[compose.Claim] = []
    for key in sorted(held):
        pool = _pool(c, sorted(held[key]))
        if not pool:
            continue
        vecs = vectors(c, pool)
        matrix = np.stack([vecs[u.unit_id] for u in pool])
        centroid = matrix.mean(axis=0)
        central = 0.5 * (matrix @ q) + 0.5 * (
            matrix @ (centroid / (np.linalg.norm(centroid) or 1.0))
        )
        focus = [i for i, u in enumerate(pool) if FOCUS.search(u.text)] or range(len(pool))
        best = pool[max(focus, key=lambda i: (pool[i].speaker is None, central[i]))]
        claim = x.claim(best)
        title = _curated_title(c, best.doc_id)
        claims.append(replace(claim, text=f"**{title}**: {claim.text}"))
    return Selection(
        claims, bullets=True, support=1.0 if claims else 0.0,
        lead=f"The question names no meeting; the sources hold {len(held)}. What each "
        "record says it was about:",
    )  # fmt: skip


def summary(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection:
    from .extractive import Selection

    c = x.c
    held = _meetings_unnamed(c, a)
    if held:
        return each_meeting(x, a, held)
    on_topic = topic_summary(x, a, timings)
    if on_topic is not None:
        return on_topic
    docs = _summary_docs(x, a, timings)
    pool = _pool(c, docs)
    if not pool:
        return Selection(
            reason="The sources hold no statement of what this was about.", support=0.0
        )
    vecs = vectors(c, pool)
    matrix = np.stack([vecs[u.unit_id] for u in pool])
    q = np.asarray(c.retriever.embed(c.lexicon.expand(a.resolved)), dtype=np.float32)
    q /= np.linalg.norm(q) or 1.0
    centroid = matrix.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    to_question = matrix @ q
    relevance = 0.5 * to_question + 0.5 * (matrix @ centroid)
    # Points under a heading that matches the question ("Main points raised") come first.
    terms = c.lexicon.terms(a.topic, a.question)
    heads = [_heading(c, u) for u in pool]
    boost = [
        (coverage(terms, c.stems_of(h)) if terms else 0.0)
        + (0.5 if SUMMARY_RE.search(h.text) else 0)
        if h
        else 0.0
        for h in heads
    ]  # a heading like the question, or the record's own "Main points" / "Conclusions"
    relevance = relevance + 0.3 * np.array(boost)
    focus = [i for i, u in enumerate(pool) if FOCUS.search(u.text)]
    picked: list[int] = []
    if focus:
        picked.append(max(focus, key=lambda i: relevance[i] + 0.1 * (i == focus[0])))
    while len(picked) < min(SUMMARY_POINTS + min(2, len(docs) - 1), len(pool)):  # a series
        sims = matrix @ matrix[picked].T if picked else np.zeros((len(pool), 1))
        mmr = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * sims.max(axis=1)
        mmr[picked] = -np.inf
        picked.append(int(np.argmax(mmr)))
    lead_unit, points = (
        pool[picked[0]],
        sorted((pool[i] for i in picked[1:]), key=lambda u: u.order),
    )
    shown = [*_naming_lines(c, docs[:2]), lead_unit, *points]
    shown = [v for u in shown for v in [u, *(under(c, u) if u.text.rstrip().endswith(":") else [])]]
    claims = [x.claim(u) for u in unique(shown)]  # a lead-in with its list ("the agenda:")
    titles = "; ".join(_curated_title(c, d) for d in docs[:2])
    support = float(round(max(0.0, float(to_question.max())), 4))
    return Selection(
        claims, bullets=True, support=support,
        lead=f"**{titles}**: what the record says it was about, then its main points.",
    )  # fmt: skip


TOPIC_POOL = 30  # hits that vote for the meeting whose records a topic's summary is drawn from
TOPIC_SHARE = 0.3  # the weighted share of the topic's words a unit holds to be on it
# Words of a request for a summary, not of its topic: "a short summary pls", "key messages".
SUMMARY_WORDS = stem_set(["short", "brief", "briefly", "quick", "quickly", "whole", "series",
                          "overall", "general", "nutshell", "few", "lines", "words", "sentences",
                          "pls", "please", "messages", "points", "themes", "issues", "topics",
                          "takeaways", "ideas", "highlights", "outcome", "outcomes"])  # fmt: skip
NUMBER_WORD = re.compile(r"(?i)\d+|one|two|three|four|five|six|seven|eight|nine|ten")
# Nouns for talk itself: "the discussion on drones" is about drones.
DISCUSSION_WORDS = stem_set(["discussion", "discussions", "debate", "debates", "deliberations",
                             "exchange", "exchanges", "talk", "talks", "conversation"])  # fmt: skip


def _heads_paragraph(c: Corpus, u: StoredUnit) -> bool:
    """A heading line, or a run-in heading: a few words without a verb of speech that open a
    numbered paragraph ("6. Corruption of prison staff. There was …")."""
    if heading_line(c, u):
        return True
    doc = c.text(u.doc_id)
    before = doc[doc.rfind("\n", 0, u.start) + 1 : u.start]
    return (
        len(u.text.split()) <= 8
        and not u.speaker
        and bool(before.strip())
        and SECTION_NUMBER.fullmatch(before) is not None
    )


def _headed(c: Corpus, head: StoredUnit) -> list[StoredUnit]:
    """What a heading heads: what stands under it, or a run-in heading's paragraph."""
    if heading_line(c, head):
        return [v for v in under(c, head) if members.says_something(c, v)]
    units, doc = c.by_doc.get(head.doc_id, []), c.text(head.doc_id)
    out: list[StoredUnit] = []
    for v in units[head.order + 1 : head.order + 1 + MAX_ITEMS]:
        if "\n\n" in doc[(out[-1] if out else head).end : v.start]:
            break
        out.append(v)
    return [v for v in out if members.says_something(c, v)]


def topic_summary(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection | None:
    """'Summarise what was said about staff corruption': the sentences that hold the topic's
    words, from the records of the meeting the best hits hold it in most, a section the topic
    heads ("Corruption of prison staff.") first, the rest diverse (maximal marginal relevance),
    each cited. None when the topic is the meeting itself ("what was the dialogue about") or
    too few hold it."""
    from .extractive import Selection

    c = x.c
    named = set().union(*(_words(m.title) for m in c.directory.meetings.values()))
    named |= MEETING_WORDS | DISCUSSION_WORDS | SUMMARY_WORDS  # no topic of its own
    terms = [
        t for t in c.lexicon.terms(a.topic, a.question)
        if t.known and not t.held_by(named) and not NUMBER_WORD.fullmatch(t.word)
    ]  # fmt: skip
    titled = set().union(*(answerability.title_stems(c, d) for d in a.docs))
    if not terms or (a.docs and all(t.held_by(titled) for t in terms)):
        return None  # "the gist of the civil society statement": the document is the topic

    def share(u: StoredUnit) -> float:
        return 0.0 if answerability.is_frame(u, c) else coverage(terms, c.stems_of(u))

    hits = x.search(a, a.topic, TOPIC_POOL, timings)
    votes: dict[str, float] = {}  # the meeting whose records hold the topic most
    for h in hits:
        if (cov := share(h.unit)) >= TOPIC_SHARE:
            key = h.unit.meeting or h.unit.doc_id
            votes[key] = votes.get(key, 0.0) + cov
    if not votes:
        return None
    best = max(votes, key=votes.__getitem__)
    first = next(h.unit.doc_id for h in hits if (h.unit.meeting or h.unit.doc_id) == best)
    docs = sorted(set(a.docs) or set(_same_meeting(c, [first])))
    held = {  # every line of that meeting's records on the topic, whatever else the corpus holds
        u.unit_id: cov
        for d in docs
        for u in c.by_doc.get(d, [])
        if (cov := share(u)) >= TOPIC_SHARE
    }
    pool = [u for d in docs for u in c.by_doc.get(d, []) if u.unit_id in held]
    heads = [u for u in pool if held[u.unit_id] >= 0.66 and _heads_paragraph(c, u)]
    section = _headed(c, heads[0]) if heads else []
    pool = [u for u in pool if members.says_something(c, u) and u not in section]
    if len(pool) + len(section) < 2:
        return None
    vecs = vectors(c, pool)
    matrix = np.stack([vecs[u.unit_id] for u in pool]) if pool else np.zeros((0, 1))
    shares = np.array([held[u.unit_id] for u in pool])
    relevance = matrix @ members.question_vector(c, a.topic) + 0.5 * shares if pool else shares
    picked: list[int] = []
    while len(picked) < min(max(2, SUMMARY_POINTS - len(section)), len(pool)):
        sims = matrix @ matrix[picked].T if picked else np.zeros((len(pool), 1))
        mmr = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * sims.max(axis=1)
        mmr[picked] = -np.inf
        picked.append(int(np.argmax(mmr)))
    chosen = section + sorted((pool[i] for i in picked), key=lambda u: (u.doc_id, u.order))
    support = float(round(max(0.0, float(relevance.max()) if pool else 1.0), 4))
    return Selection(
        [x.claim(u) for u in unique(chosen)], hits, bullets=True, support=support,
        lead=f"**{_curated_title(c, chosen[0].doc_id)}**: what the record says on this.",
    )  # fmt: skip


def _naming_lines(c: Corpus, docs: list[str]) -> list[StoredUnit]:
    """A record with no title of its own in its metadata: the line of its opening that the
    title was read from ('Side event: "Protecting the Whistle"'), cited, as what it is."""
    out = []
    for d in docs:
        title = str(c.docs.get(d, {}).get("title") or "").strip()
        if c.docs.get(d, {}).get("titled") or not title:
            continue
        out += [u for u in c.by_doc.get(d, [])[:6] if u.text.strip() == title][:1]
    return out


def answered_below(c: Corpus, u: StoredUnit) -> list[StoredUnit]:
    """A question the record asks in its own voice ("What is the difference between X and
    Y?", as in a list of questions and answers): the sentences answering it below, up to the
    next question (two at most). Nothing for a speaker's question or for a statement."""
    if u.speaker or not u.text.rstrip("*_ ").endswith("?"):
        return []
    out: list[StoredUnit] = []
    for v in c.by_doc.get(u.doc_id, [])[u.order + 1 : u.order + 4]:
        if v.speaker or v.text.rstrip("*_ ").endswith("?") or heading_line(c, v):
            break
        out.append(v)
        if len([w for w in out if members.says_something(c, w)]) >= 2:
            break  # "No." and the sentence giving the reason
    return out


def _curated_title(c: Corpus, doc_id: str) -> str:
    """A title from .meta.yaml, else the file's name: a document's own first line could carry
    anything, and the lead is the engine's words."""
    d = c.docs.get(doc_id, {})
    return str(d.get("title")) if d.get("titled") and d.get("title") else doc_id


def _heading(c: Corpus, unit: StoredUnit) -> StoredUnit | None:
    """The nearest heading above a unit in its document."""
    units = c.by_doc.get(unit.doc_id, [])
    for i in range(min(unit.order, len(units)) - 1, max(-1, unit.order - 30), -1):
        words = re.search(r"[^\W\d_]{2}", units[i].text)  # not a list's number ("2.")
        if words and answerability.is_frame(units[i], c):
            return units[i]
    return None


def _kind_of(text: str) -> str | None:
    """The kind of body a phrase names: civil society, companies, organisations, States."""
    if members.GROUPS["civil"].search(text):
        return "civil"
    m = LIST_NOUNS.search(text)
    noun = m.group(1) if m else ""
    if re.match(r"compan|firm|busin|corpor", noun):
        return "company"
    if re.match(r"organi|instit|agenc", noun):
        return "organisation"
    if re.match(r"deleg|countr|state|govern", noun):
        return "delegation"
    return None


def _wanted(a: Analysis) -> tuple[str, set[str]]:
    """What a list asks for: organisations, civil society, companies, delegations, a role, or
    any speaker; and the stems of its noun."""
    q = norm(a.question)
    kind = _kind_of(q)
    if a.companies and kind != "civil":
        return "company", set()
    if len({_kind_of(noun) for noun in LIST_NOUNS.findall(q)}) > 1:
        return "body", set()  # "which countries and organisations": each body, of any kind
    if kind:
        return kind, set()
    if SAT_ON.search(q):
        return "speaker", members.PANEL
    m = re.search(r"\b(\w+s)\b", q)
    noun = m.group(1) if m else ""
    return "speaker", stem_set([noun]) if noun else set()


def _fits(c: Corpus, sp: Speaker, want: str, role_stems: set[str], docs: list[str]) -> bool:
    if want in ("civil", "company", "delegation"):
        return members.in_group(c, sp, want, docs)
    if want == "organisation":
        speaks_for = {sp.affiliation_kind} | {u.affiliation_kind for u in sp.units[:1]}
        return sp.kind == "organisation" or bool(
            sp.affiliation and sp.kind != "delegation" and "delegation" not in speaks_for
        )
    if not role_stems or role_stems & GENERAL_NOUNS:
        return True
    return any(role_stems & stem_set(norm(r).split()) for r in sp.roles)


def _enumerations(
    x: Extractive, a: Analysis, want: str, timings: dict[str, float]
) -> list[StoredUnit]:
    """The records' own sentences naming the members of the kind asked for, as an and-list
    after a colon ("Three non-governmental organizations attended as observers: A, B and
    C."), among the best matches for the question."""
    kinds = {want, "civil"} if want == "organisation" else {want}
    out = []
    for h in x.search(a, a.resolved, x.settings.top_k, timings):
        m = ENUMERATION.match(h.unit.text.strip())
        if m and _kind_of(norm(m.group(1))) in kinds:
            out.append(h.unit)
    return unique(out)[:2]


def _one_per_organisation(people: list[Speaker]) -> list[Speaker]:
    seen = {p.name for p in people if p.kind == "organisation"}
    out = []
    for p in people:
        if p.name in seen and p.kind == "organisation":
            out.append(p)
        elif p.affiliation and p.affiliation not in seen:
            seen.add(p.affiliation)
            out.append(p)
    return out


def _one_per_body(people: list[Speaker]) -> list[Speaker]:
    """Each State or organisation once: the first of its speakers."""
    seen: set[str] = set()
    out = []
    for p in people:
        body = p.affiliation or p.name
        if body not in seen:
            seen.add(body)
            out.append(p)
    return out


def _first_seen(people: list[Speaker], docs: list[str]) -> list[Speaker]:
    """Speakers in the order the scoped records first give them the floor."""
    return sorted(people, key=lambda p: min((u.doc_id, u.order) for u in members.units_in(p, docs)))


def listing(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection:
    """Every speaker of the kind asked for in the question's scope, from the corpus model,
    each with one cited line (on the topic, when the question names one)."""
    from .extractive import Selection

    c, d = x.c, x.c.directory
    if not a.docs:  # "which countries sent written submissions?": the records of that kind
        a = replace(a, docs=_records_of_kind(c, a))
    people = [sp for sp in d.speakers.values() if not a.docs or set(sp.documents) & set(a.docs)]
    gender = (
        "f" if re.search(r"\b(women|woman|female|ladies)\b", a.question, re.I)
        else "m" if re.search(r"\b(men|man|male|gentlemen)\b", a.question, re.I)
        else None
    )  # fmt: skip
    if gender:  # as the record's honorifics and pronouns tell it
        people = [p for p in people if p.gender == gender]
    want, role_stems = _wanted(a)
    noun = stem_set(LIST_NOUNS.findall(norm(a.question)))
    spoke = SPEAKING.search(a.question)
    listed = [] if want == "speaker" or spoke else _enumerations(x, a, want, timings)
    if listed and not a.docs:  # the meeting whose record names them
        people = [p for p in people if set(p.documents) & {u.doc_id for u in listed}]
    named: dict[str, StoredUnit | None] = {}
    if role_stems and not role_stems & GENERAL_NOUNS:  # a role the records may name people for
        named = dict(members.role_holders(c, a.docs, role_stems))
        if role_stems & members.PANEL:
            named = members.panel_members(c, a.docs)
    fitting = [p for p in people if p.name in named or _fits(c, p, want, role_stems, a.docs)]
    people = _first_seen(fitting or people, a.docs)
    held = _meetings_of(people) if not a.docs else set()
    most, lead = 15, None
    if len(held) > 1:  # no meeting named: each meeting's, the latest first, none cut off
        people, most = _latest_first(c, people), 2 * MAX_ITEMS
        lead = "The question names no meeting; from all the records, the latest first:"
    # The words naming the kind asked for, taking part and the scope are not a topic.
    asked = role_stems | TAKING_PART | noun | members.scope_stems(c, a) | GROUP_WORDS
    asked |= MEETING_WORDS  # "who spoke on the panel": where, not what about
    wanted = _words(a.topic) - asked
    if not wanted - STATING and (recorded := _record_lists(x, a, want, timings)):
        return Selection([x.claim(u) for u in recorded], bullets=True, support=1.0)
    introduced = _introduced_list(x, a, role_stems | noun, timings) if not spoke else []
    if introduced:  # "… elected the following officers:" and the lines under it
        return Selection([x.claim(u) for u in introduced], bullets=True, support=1.0)
    labelled = _labelled_lists(x, a, wanted, timings) if not spoke else []
    if labelled:  # "Apologies: A, B.": the record's own list of what is asked
        return Selection([x.claim(u) for u in labelled], bullets=True, support=1.0)
    topic_terms = c.lexicon.terms(a.topic, a.question) if a.topic else []
    topic_terms = [t for t in topic_terms if not stem_set(norm(t.word).split()) <= asked]
    on_topic: dict[str, StoredUnit] = {}
    support = 1.0 if people else 0.0
    if topic_terms and not a.companies:
        hits = x.search(a, a.topic, x.settings.top_k * 2, timings)
        for h in hits:
            u = h.unit
            if not u.speaker or u.speaker in on_topic or not members.says_something(c, u):
                continue
            cov = coverage(topic_terms, c.stems_of(u))
            if cov >= x.settings.min_coverage or (h.cosine or 0) >= 0.45:
                on_topic[u.speaker] = u
        kept = [p for p in people if p.name in on_topic]
        if kept:
            people = kept
        else:
            on_topic = {}
    if want == "organisation" and not on_topic:  # each organisation once, speaker or not
        people = _one_per_organisation(people)
    elif want in members.GROUPS or want == "body":  # a body once, as itself or through its speaker
        people = _one_per_body(people)
    claims = [x.claim(u, short=False) for u in listed]
    claims += [_listed(x, a, p, on_topic.get(p.name), named.get(p.name)) for p in people[:most]]
    if want == "civil" and not on_topic and not spoke:
        claims += _named_bodies(x, a, want, people)  # "a side event organized by X"
    return Selection(
        claims, reason="No speaker in the sources fits that.", bullets=True, support=support,
        lead=lead if claims and len({e.unit.doc_id for cl in claims for e in cl.evidence}) > 1
        else None,
    )  # fmt: skip


def _latest_first(c: Corpus, people: list[Speaker]) -> list[Speaker]:
    """Speakers by the latest dated record they speak in, the latest first (those only in
    undated records last), then in the order they speak there."""

    def key(p: Speaker) -> tuple[int, str, int]:
        first = {}
        for u in sorted(p.units, key=lambda v: (v.doc_id, v.order)):
            first.setdefault(u.doc_id, u)

        def when(u: StoredUnit) -> int:
            day = _doc_date(c.docs.get(u.doc_id, {}))
            return day.toordinal() if day else 0

        u = max(first.values(), key=lambda v: (when(v), v.doc_id))
        return (-when(u), u.doc_id, u.order)

    return sorted(people, key=key)


def _records_of_kind(c: Corpus, a: Analysis) -> list[str]:
    """The records whose kind or title holds most of the words a list question asks for
    besides its kind of body and taking part, two at least ("sent written submissions" and
    "Compilation of written submissions"); none when the question names a subject ("spoke
    about X")."""
    if SUBJECT.search(a.question):
        return []
    wanted = _words(a.topic) - TAKING_PART - GROUP_WORDS - stem_set(LIST_NOUNS.findall(a.topic))
    held = {
        doc_id: len(wanted & _words(f"{v.get('title') or ''} {v.get('kind') or ''}"))
        for doc_id, v in c.docs.items()
    }
    most = max(held.values(), default=0)
    if most < 2 or 2 * most <= len(wanted):
        return []
    return [doc_id for doc_id, n in held.items() if n == most]


def _scoped_or_found(
    x: Extractive, a: Analysis, query: str, timings: dict[str, float]
) -> list[str]:
    """The question's scoped records, else the records of the best three matches for `query`."""
    return list(a.docs) or list(
        dict.fromkeys(h.unit.doc_id for h in x.search(a, query, x.settings.top_k, timings)[:3])
    )


# "… elected the following officers:": a list of what the noun names follows.
FOLLOWING_NOUN = re.compile(r"\bthe\s+following\s+([a-z][\w-]*)[^.;:]*:\s*$", re.I)


def _introduced_list(
    x: Extractive, a: Analysis, stems: set[str], timings: dict[str, float]
) -> list[StoredUnit]:
    """A sentence of the scoped records (else of the best matches' records) introducing a
    list of what the question asks for ("… elected the following officers:"), with the short
    lines under it ("Chair: X (Colombia)"): the record's own list."""
    if not stems or stems & GENERAL_NOUNS:
        return []
    c = x.c
    docs = _scoped_or_found(x, a, a.resolved, timings)
    for d in docs:
        units = c.by_doc.get(d, [])
        for i, u in enumerate(units):
            m = FOLLOWING_NOUN.search(u.text.strip())
            if m is None or not stem_set([m.group(1).lower()]) & stems:
                continue
            items = list(itertools.takewhile(
                lambda v: len(v.text.split()) <= 12 and not v.text.rstrip().endswith("."),
                units[i + 1 : i + 1 + MAX_ITEMS],
            ))  # fmt: skip
            if len(items) >= 2:
                return [u, *items]
    return []


def _labelled_lists(
    x: Extractive, a: Analysis, wanted: set[str], timings: dict[str, float]
) -> list[StoredUnit]:
    """The lines of the scoped records (else of the best matches' records) that list names
    under a label the question asks for ("Apologies: Peru, Chile." for "which delegations
    sent apologies?")."""
    if not wanted:
        return []
    c = x.c
    docs = _scoped_or_found(x, a, a.topic, timings)
    out = []
    for d in docs:
        for u in c.by_doc.get(d, []):
            m = LABELLED_LIST.match(u.text.strip())
            label = _words(m.group(1)) if m else set()
            if label and label <= wanted and re.search(r",|\band\b", m.group(2)):
                out.append(u)
    return out[:3]


# A list's lead-in or heading telling who spoke, as against who attended.
STATED = re.compile(r"\b(?:statements?|floor|sp[eo]k\w*|speakers?|interventions?)\b", re.I)
# Making statements, and the meeting they were made at: in "which States made statements at
# the meeting", no topic.
STATING = stem_set(["made", "make", "delivered", "gave", "statements", "statement",
                    "interventions", "floor"]) | MEETING_WORDS  # fmt: skip


def _record_lists(
    x: Extractive, a: Analysis, want: str, timings: dict[str, float]
) -> list[StoredUnit]:
    """The record's own lines listing bodies of the kind asked for under a label naming that
    kind ("States: A; B; C.", "Civil society organizations: X; Y."), in the scoped records
    (else the best matches' records), each after the lead-in or heading above it. A question
    about who spoke or made statements takes only lists whose lead-in or heading says so
    ("Statements were made by …", "List of speakers"); one about who took part, any."""
    if want not in ("delegation", "civil", "organisation", "company", "body"):
        return []
    c = x.c
    kinds = {"organisation", "civil"} if want == "organisation" else {want}
    stated = bool(SPEAKING.search(a.question) or STATED.search(a.question))
    docs = _scoped_or_found(x, a, a.resolved, timings)
    out: list[StoredUnit] = []
    for d in docs:
        units = c.by_doc.get(d, [])
        for i, u in enumerate(units):
            m = LABELLED_LIST.match(u.text.strip())
            if not m or not re.search(r"[,;]|\band\b", m.group(2)):
                continue
            kind = _kind_of(norm(m.group(1)))
            if kind is None or (want != "body" and kind not in kinds):
                continue
            above = [v for v in units[max(0, i - 6) : i] if not LABELLED_LIST.match(v.text.strip())]
            lead = above[-2:]
            if stated and not any(STATED.search(v.text) for v in lead):
                continue
            out += [v for v in lead if v.text.rstrip().endswith(":")] + [u]
    return unique(out)[:MAX_ITEMS]


def _named_bodies(
    x: Extractive, a: Analysis, want: str, listed: list[Speaker]
) -> list[compose.Claim]:
    """Organisations of the corpus that the scoped records name without giving them the
    floor, each cited where it is named."""
    c = x.c
    have = {p.affiliation or p.name for p in listed} | {p.name for p in listed}
    official = members.official_publishers(c)
    out = []
    for body, u in members.named_bodies(c, a.docs).items():
        sp = c.directory.speakers.get(body) or next(
            p for p in c.directory.speakers.values() if p.affiliation == body
        )
        if body in have or not members.in_group(c, sp, want, []) or norm(body) in official:
            continue
        doc = c.text(u.doc_id)
        out.append(compose.Claim(f"**{body}**, named in the record: “{doc[u.start:u.end]}”",
                                 [compose.Evidence(u, u.start, u.end)]))  # fmt: skip
    return out


def _listed(
    x: Extractive, a: Analysis, p: Speaker, on_topic: StoredUnit | None, naming: StoredUnit | None
) -> compose.Claim:
    """One list entry: the speaker's words on the topic; or the line that names them in the
    role asked for; or, for a delegation or an organisation speaking as itself, its most
    representative line; else who they are, where the record says it."""
    c, d = x.c, x.c.directory
    if on_topic is not None:
        return x.claim(on_topic, short=False)
    if naming is not None:
        return compose.named_claim(p, naming, c.text(naming.doc_id))
    own = members.units_in(p, a.docs)
    if p.kind != "person" or p.affiliation == p.name:
        return x.claim(members.representative(c, own), short=False)
    for u in own:
        found = compose.affiliation_claim(u, c.text(u.doc_id), d)
        if found:
            return found
    found = x._named_with(p, p.affiliation)  # a list of participants, a speaker's label
    if found:
        return found
    intro = next((u for u in own if u.attr), None)
    if intro is not None:
        return compose.who_claim(intro, c.text(intro.doc_id), d)
    return x.claim(members.representative(c, own), short=False)


def recommends(c: Corpus, u: StoredUnit) -> int:
    """2 under a "Recommendations" heading, 1 in recommending words, else 0."""
    head = _heading(c, u)
    if head and RECOMMENDING.search(head.text) and not answerability.is_frame(u, c):
        return 2
    return 1 if RECOMMENDING.search(u.text) else 0


_LISTS: weakref.WeakKeyDictionary[Corpus, list[StoredUnit]] = weakref.WeakKeyDictionary()


def recommendation_lists(c: Corpus) -> list[StoredUnit]:
    """The units introducing a record's own list of recommendations, found once per corpus."""
    if c not in _LISTS:
        _LISTS[c] = [u for units in c.by_doc.values() for u in units
                     if LIST_INTRO.search(u.text) and RECOMMENDING.search(u.text)]  # fmt: skip
    return _LISTS[c]


def recommendations(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection:
    """Units that recommend or urge, most relevant first, in the question's scope."""
    from .extractive import Selection

    c, s = x.c, x.settings
    hits = x.search(a, a.resolved, s.top_k * 2, timings)
    terms = answerability.question_terms(c, a)
    sup = answerability.score_hits(c, a, hits, s, terms)
    pool = [h.unit for h in hits]
    if a.docs:  # a scoped question: every recommending unit of those documents is a candidate
        pool += [u for d in a.docs for u in c.by_doc.get(d, [])]
    else:  # the records' own lists ("adopted the following …:"), the best matches or not
        pool += recommendation_lists(c)
    scored = {x_.hit.unit.unit_id: x_.score for x_ in sup.scored}

    def under_recommendations(u: StoredUnit) -> bool:  # a "Recommendations" section
        head = _heading(c, u)
        return bool(head and RECOMMENDING.search(head.text))

    candidates = [
        u for u in unique(pool)
        if (RECOMMENDING.search(u.text) or under_recommendations(u))
        and not answerability.is_frame(u, c) and len(u.text) > 12
    ]  # fmt: skip
    told = _adopted_or_not(x, a, hits) if YES_NO.match(a.question) else []
    if told:  # "Did the meeting adopt any recommendations?": the record's own word on it
        return Selection([x.claim(u) for u in told], hits, bullets=len(told) > 2, support=1.0)
    if not a.docs and not answerability.decide(sup, s):
        return Selection(hits=hits, reason="The sources record no recommendation on this.",
                         support=sup.score)  # fmt: skip
    listed = section(x, a, [], hits, sup.score)  # "What are the next steps?": that section
    asked = c.lexicon.terms(a.resolved, a.question)  # with the words naming the record
    intros = [u for u in candidates if LIST_INTRO.search(u.text)]
    lists = _whole_lists(c, intros, asked)
    if listed and lists and not a.docs and asked:  # a list that fits better than the section
        shown = [e.unit for claim in listed.claims for e in claim.evidence]
        if _list_fit(c, lists, asked) > _list_fit(c, shown, asked):
            listed = None
    if listed:
        return listed
    if not candidates:
        return Selection(hits=hits, reason="The sources record no recommendation on this.",
                         support=sup.score)  # fmt: skip

    def rank(u: StoredUnit) -> float:  # under a heading that matches the question: first
        head = _heading(c, u)
        return (
            scored.get(u.unit_id, 0.0)
            + 0.5 * under_recommendations(u)
            + (0.3 * coverage(terms, c.stems_of(head)) if head else 0)
        )

    ranked = sorted(candidates, key=rank, reverse=True)[:6]
    others = [_fit(c, u, asked) for u in ranked if u not in lists]
    if lists and (
        _fit(c, lists[0], asked) >= max(others, default=0.0) or _list_holds(c, lists, asked)
    ):
        # "adopted the following recommendations:" and each of its items, whole
        return Selection([x.claim(u) for u in lists], hits, bullets=True, support=sup.score)
    ranked = sorted(ranked, key=lambda u: (u.doc_id, u.order))
    return Selection([x.claim(u) for u in ranked], hits, bullets=True, support=sup.score)


# A question asking yes or no, and a sentence saying no, in general English.
YES_NO = re.compile(r"\s*(?:did|does|do|was|were|has|have|had|will|would|is|are|can)\b", re.I)
NEGATED = re.compile(r"\b(?:no|not|never|without|neither|nor|none)\b|n[’']t\b", re.I)
RECOMMENDATION_NOUN = re.compile(r"\brecommendations?\b", re.I)


def _adopted_or_not(x: Extractive, a: Analysis, hits: list) -> list[StoredUnit]:
    """Whether recommendations were adopted, as the record says it: its own question on it
    with the answer below ("Will the meeting adopt recommendations?" "No. …"), and its
    sentences saying that none were ("no recommendations were adopted"), in the scoped
    records (else among the best matches); with, naming no meeting, the records' lead-ins to
    lists that were ("… adopted the following recommendations:"), so both are seen."""
    c = x.c
    docs = _same_meeting(c, list(a.docs))
    units = [u for d in docs for u in c.by_doc.get(d, [])] or [h.unit for h in hits]
    asked = [u for u in units if RECOMMENDATION_NOUN.search(u.text) and answered_below(c, u)]
    denied = [
        u for u in units
        if RECOMMENDATION_NOUN.search(u.text) and NEGATED.search(u.text) and not u.speaker
        and not answerability.is_frame(u, c) and not u.text.rstrip().endswith("?")
    ]  # fmt: skip
    out = [v for u in asked[:1] for v in [u, *answered_below(c, u)]] + denied[:2]
    if out and not a.docs:
        seen = {u.doc_id for u in out}
        out += [u for d, units_ in c.by_doc.items() if d not in seen for u in units_
                if LIST_INTRO.search(u.text) and RECOMMENDATION_NOUN.search(u.text)
                and not u.speaker][:2]  # fmt: skip
    return unique(out)


def _same_meeting(c: Corpus, docs: list[str]) -> list[str]:
    """`docs` and the other records of their meetings: those whose meeting's name holds, or
    is held by, most of the words of one of theirs ("2024 regional meeting on X" and "2024
    regional meeting for the East on X")."""

    def words(d: str) -> set[str]:
        units = c.by_doc.get(d, [])
        return _words(units[0].meeting or "") if units else set()

    named = [w for d in docs if (w := words(d))]
    out = list(docs)
    for d in c.by_doc:
        mine = words(d)
        if (
            d not in out
            and mine
            and any(len(mine & w) >= 0.8 * min(len(mine), len(w)) for w in named)
        ):
            out.append(d)
    return out


def _list_holds(c: Corpus, lists: list[StoredUnit], terms: list) -> bool:
    """The record's own list of recommendations ("The meeting adopted the following
    recommendations:" and two items at least) holds every word of the question, in its
    record's title or in its lines: it is the answer, not a speaker's word about it."""
    intro = lists[0]
    if not RECOMMENDING.search(intro.text) or len(lists) < 3:
        return False
    held = answerability.title_stems(c, intro.doc_id).union(*(c.stems_of(u) for u in lists))
    return all(t.held_by(held) for t in terms if t.known)


def _fit(c: Corpus, u: StoredUnit, terms: list) -> float:
    """How well a unit and its record's title hold the question's words."""
    if not terms:
        return 0.0
    return coverage(terms, answerability.title_stems(c, u.doc_id)) + coverage(terms, c.stems_of(u))


def _list_fit(c: Corpus, units: list[StoredUnit], terms: list) -> tuple[float, float]:
    """How well a list holds the question's words: its record's title and its first line
    first, then its other lines ("what is X asked to do under the recommendations", of lists
    under titles that do not tell them apart: the one with an item for X)."""
    if not terms or not units:
        return (0.0, 0.0)
    named = answerability.title_stems(c, units[0].doc_id) | c.stems_of(units[0])
    held = set().union(*(c.stems_of(u) for u in units[1:]))
    return (round(coverage(terms, named), 4), round(coverage(terms, held), 4))


def _whole_lists(c: Corpus, intros: list[StoredUnit], terms: list) -> list[StoredUnit]:
    """The lists the record introduces ("the following recommendations:"), each with all its
    items, from the records whose titles and lists fit the question best."""
    if not intros:
        return []

    fits = {u.unit_id: _list_fit(c, [u, *list_items(c, u)], terms) for u in intros}
    best = max(fits.values())
    out: list[StoredUnit] = []
    chosen = [u for u in intros if fits[u.unit_id] >= best]
    for intro in sorted(chosen, key=lambda u: (u.doc_id, u.order)):
        out += [intro, *list_items(c, intro)]
    return out


def list_items(c: Corpus, intro: StoredUnit) -> list[StoredUnit]:
    """The items of the list a unit introduces: the units after it while their labels run in
    sequence ("(a)", "(b)" or "1.", "2."), up to another number (the next paragraph's), a new
    unlabelled paragraph after labelled items, a heading or another speaker; a list of
    ";"-ended items closes with the item that ends in a full stop."""
    units, doc = c.by_doc.get(intro.doc_id, []), c.text(intro.doc_id)
    items: list[StoredUnit] = []
    last_label, labelled, prev = 0, False, intro
    for u in units[intro.order + 1 : intro.order + 1 + 3 * MAX_ITEMS]:
        text, gap = u.text.strip(), doc[prev.end : u.start]
        prev = u
        label = ITEM_LABEL.fullmatch(text) or ITEM_LABEL.search(gap.split("\n")[-1])
        if label:
            value = _label_value(label.group(1))
            if value != last_label + 1:
                break  # the next paragraph's number, not the list's
            last_label, labelled = value, True
            if label.group() == text:
                continue  # "(a)" on its own: the item follows
        elif "\n" in gap and labelled:
            break  # a new paragraph after the labelled items
        if text.startswith("#") or len(items) >= MAX_ITEMS:
            break
        if u.speaker != intro.speaker and not label:
            break  # another speaker's turn; a labelled item in sequence is still the list's
        if answerability.is_frame(u, c) and not text.endswith((";", ".")):
            break  # a heading
        items.append(u)
        if text.endswith(".") and any(i.text.rstrip().endswith(";") for i in items[:-1]):
            break  # "(a) …; (b) …; (c) … ." ends with its full stop
    return items


SIGNING = re.compile(r"\b(?:sign(?:ed|s)?|endorsed|co-?signed)\b", re.I)
# A lead-in naming what its list holds: "… put forward the following recommendations."
FOLLOWING_NOUN = re.compile(r"\bthe\s+following\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+s)\b")


def counted_list(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection | None:
    """'How many recommendations did the Chair make': the items of the one list the records
    introduce as "the following recommendations" (by the speaker asked about, in the
    question's scope), counted and each cited; 'how many NGOs signed the statement': its
    signatories; 'how many delegations took the floor there': the speakers of that kind. None
    when no list, or several, fit."""
    from . import documents
    from .extractive import Selection

    c = x.c
    noun = answer_types.counted_noun(a.question)
    noun = " ".join(w for w in (noun or "").split() if not (SIGNING.match(w) or SPEAKING.match(w)))
    if noun and SIGNING.search(a.question) and len(a.docs) == 1:
        signed = documents.listed_signers(x, a.docs[0], "it")
        if signed:
            lead = f"**{len(signed[0])} {noun}** signed it, as it lists them:"
            return Selection(signed[0], bullets=True, support=1.0, lead=lead)
    if noun and LIST_NOUNS.search(noun) and SPEAKING.search(a.question) and a.docs:
        listed = listing(x, replace(a, shape="list"), timings)
        who = {ev.unit.speaker for cl in listed.claims for ev in cl.evidence[:1]} - {None}
        if who and not listed.lead:  # one meeting's speakers, each named once
            lead = f"**{len(who)} {noun}** took the floor, as the record names them:"
            return Selection(listed.claims, listed.hits, bullets=True, support=1.0, lead=lead)
    want = stem_set(noun.split()[-1:]) if noun else set()
    found: list[tuple[StoredUnit, list[StoredUnit]]] = []
    for d in a.docs or list(c.by_doc):
        units, doc = c.by_doc.get(d, []), c.text(d)
        for u in units:
            m = FOLLOWING_NOUN.search(u.text)
            if not m or not stem_set([m.group("noun")]) & want:
                continue
            if a.speakers and u.speaker not in a.speakers:
                continue
            last = u  # the lead-in's paragraph may go on ("They reflect …") before the list
            for v in units[u.order + 1 :]:
                if "\n" in doc[last.end : v.start]:
                    break
                last = v
            items = list_items(c, last)
            if len(items) >= 2:
                found.append((u, items))
    if len(found) != 1:
        return None
    intro, items = found[0]
    lead = f"**{len(items)} {noun}**, as the record lists them:"
    claims = [x.claim(v) for v in [intro, *items]]
    return Selection(claims, bullets=True, support=1.0, lead=lead)


def heading_line(c: Corpus, u: StoredUnit) -> bool:
    """A unit that is a heading: a short line of its own with words and no sentence's end
    ("Action points", "6. Next steps", "List of documents before the Committee")."""
    text, doc = u.text.strip(), c.text(u.doc_id)
    line_start, line_end = doc.rfind("\n", 0, u.start) + 1, doc.find("\n", u.end)
    before, after = doc[line_start : u.start], doc[u.end : line_end if line_end >= 0 else None]
    return bool(
        re.search(r"[^\W\d_]{2}", text) and len(text.split()) <= 12 and "\t" not in text
        and not re.search(r"[.;,?!]$", text.rstrip("*_ "))
        and (not before.strip() or re.fullmatch(r"\W*(?:[IVX]+|[A-Z]|\d{1,2})\.?\s*", before))
        and not after.strip()
    )  # fmt: skip


def _opens_section(c: Corpus, units: list[StoredUnit], i: int, prev: StoredUnit) -> bool:
    """A heading that opens the next section: numbered ("V. Adoption of the report") or
    marked ("## …"); else one followed by a paragraph, unless it stands right after the
    heading (its first item) or after an item shaped like it (a list of short lines)."""
    u = units[i]
    if u.text.lstrip().startswith("#"):
        return True
    if not heading_line(c, u):
        return False
    doc = c.text(u.doc_id)
    if doc[doc.rfind("\n", 0, u.start) + 1 : u.start].strip():
        return True  # its section's number on its line
    if prev.order == units[i].order - 1 and heading_line(c, prev):
        return False
    nxt = next((v for v in units[i + 1 :] if not SECTION_NUMBER.fullmatch(v.text)), None)
    return nxt is not None and not heading_line(c, nxt)


def under(c: Corpus, head: StoredUnit) -> list[StoredUnit]:
    """What stands under a heading or a line introducing a list ("… the following
    recommendations:"): the items of its labelled list, else the units up to the next
    heading that opens a section or the end of a list introduced in it (at most MAX_ITEMS;
    section numbers left out)."""
    if head.text.rstrip().endswith(":") and not heading_line(c, head):
        items = list_items(c, head)
        if len(items) >= 2:
            return items
    units = c.by_doc.get(head.doc_id, [])
    if head.order >= len(units) or units[head.order].unit_id != head.unit_id:
        return []
    out: list[StoredUnit] = []
    for i in range(head.order + 1, min(len(units), head.order + 1 + 3 * MAX_ITEMS)):
        u = units[i]
        if _opens_section(c, units, i, units[i - 1]) or len(out) >= MAX_ITEMS:
            break
        if SECTION_NUMBER.fullmatch(u.text):
            continue
        out.append(u)
        listed = list_items(c, u) if u.text.rstrip().endswith(":") else []
        if len(listed) >= 2:  # the section's own list: it ends with its last item
            return out + listed[: MAX_ITEMS - len(out)]
    return out


def named_heading(c: Corpus, a: Analysis, docs: list[str], most: bool) -> StoredUnit | None:
    """The heading of `docs` the question names ("What are the next steps …?" and "Next
    steps"): every word of the heading is in the question, and one not in its record's
    title or the meeting's name; with `most`, most of the question's other words too. Else
    a heading that says more but opens with what the question asks and holds all of it
    ("Next steps agreed in Lima"), the shortest first. The fullest such heading, then the
    one whose record's title fits the question best, then the first."""
    asked = _words(a.question)
    other = asked - stem_set(QUESTION_WORDS)  # "according", "list": no part of what is asked
    terms = c.lexicon.terms(a.resolved, a.question)
    best: tuple[int, int, float, int] | None = None
    found = None
    named = members.scope_stems(c, a)  # the meeting's name is not a section's
    for rank, d in enumerate(docs):
        title = answerability.title_stems(c, d) | named
        fit = coverage(terms, title) if terms else 0.0
        units = c.by_doc.get(d, [])
        body = next((u.order for u in units if members.says_something(c, u)), len(units))
        for u in units[body:]:  # the masthead above the first paragraph names the record
            words = _words(u.text)
            if not words - title or not heading_line(c, u):
                continue
            if words <= asked:
                if most and 2 * len(words & other - title) <= len(other - title):
                    continue  # "Organization of the meeting" is not what "which organizations" asks
                key = (1, len(words - title), fit, -rank)
            elif (own := other - (title - words)) and own <= words and _first_word(u.text) in own:
                key = (0, -len(words - asked), fit, -rank)
            else:
                continue
            if best is None or key > best:
                best, found = key, u
    return found


def _first_word(text: str) -> str:
    """The stem of a text's first word but the small ones."""
    stems = (_words(w) for w in norm(text).split())
    return next((min(s) for s in stems if s), "")


def _words(text: str) -> set[str]:
    """The stems of a text's words but the small ones ("the", "of"), possessives cut."""
    return stem_set(re.sub(r"'s$", "", w) for w in norm(text).split() if w not in STOPWORDS)


def section(
    x: Extractive, a: Analysis, units: list[StoredUnit], hits: list, support: float
) -> Selection | None:
    """A question answered by a heading or a list's lead-in ("Action points", "… adopted the
    following recommendations:"): the items under it, each cited, the lead-in too when it
    says something. The heading is the best unit, or one the question names in the records
    of the best hits (most of what it asks, when there are best units). None when there is
    neither."""
    from .extractive import Selection

    c = x.c
    docs = list(
        dict.fromkeys([*a.docs, *(u.doc_id for u in units[:1]), *(h.unit.doc_id for h in hits[:3])])
    )
    head = units[0] if units else None
    if head is None or not (heading_line(c, head) or head.text.rstrip().endswith(":")):
        head = named_heading(c, a, docs, most=bool(units))
    items = under(c, head) if head is not None else []
    if head is None or len(items) < 2:
        return None
    shown = ([head] if members.says_something(c, head) else []) + items
    return Selection([x.claim(u) for u in shown], hits, bullets=True, support=support)


def _label_value(label: str) -> int:
    """1 for "a", "i" or "1"; the place of a list label in its sequence."""
    low = label.lower()
    if low.isdigit():
        return int(low)
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    if low in romans and low not in ("v", "x"):  # "i", "ii", ...; "v" and "x" read as letters
        return romans.index(low) + 1
    return ord(low[0]) - ord("a") + 1 if len(low) == 1 else 0


# The words of those groups: in "what did civil society say about X", X is the topic.
GROUP_WORDS = stem_set(["private", "sector", "companies", "company", "industry", "businesses",
                        "delegations", "delegation", "member", "states", "parties", "governments",
                        "countries", "civil", "society", "ngos", "ngo", "non-governmental",
                        "organisations", "organizations", "csos", "academia", "panellists",
                        "panelists", "speakers", "groups", "bodies", "entities",
                        "actors"])  # fmt: skip
# What a meeting's speakers say as a whole, in general English: in "what did civil society bring
# to the discussion", no topic.
DISCUSSION = stem_set(["discussion", "discussions", "debate", "debates", "exchange", "exchanges",
                       "conversation", "deliberations", "table"])  # fmt: skip
# Speaking, as opposed to taking part: "which organisations spoke" lists only speakers.
SPEAKING = re.compile(r"\b(?:sp[eo]k\w*|sa(?:y|id)|talk\w*|quoted|took the floor)\b", re.I)
# A subject named after a preposition: "spoke about X", "views on X".
SUBJECT = re.compile(r"\b(?:about|on|regarding|concerning)\b", re.I)
# Asking questions, in general English: "which journalists asked questions", "who asked".
ASKED = re.compile(r"\bask(?:ed|s|ing)?\s+(?:\w+\s+){0,2}questions?\b|\bquestioners?\b", re.I)
# "Who sat on / was on / served on the panel?": its members.
SAT_ON = re.compile(
    r"^\s*who\s+(?:\w+\s+)?(?:sat|was|were|served|spoke|took part|participated)\b.*\bpanels?\b"
    r"|\bpanel+ists?\b",
    re.I,
)


def asked_group(a: Analysis) -> tuple[str, str] | None:
    """'What did the private sector / civil society / the delegations say?', 'What did the
    panellists agree on?': the group and the question's verb."""
    m = re.match(r"\s*(?:what|how)\s+(?:did|do|does|have|has)\s+(?:the|all|most)?\s*(.+)",
                 a.question, re.I)  # fmt: skip
    words = m.group(1).split() if m else []
    for k in range(min(4, len(words) - 1), 0, -1):  # the longest subject naming a group
        subject = re.sub(r"\s+(?:speakers|representatives|participants|members)$", "",
                         " ".join(words[:k]), flags=re.I)  # fmt: skip
        groups = members.GROUPS.items()
        group = next((g for g, pattern in groups if pattern.fullmatch(subject)), None)
        if group:
            return group, _verb_after(words[k:])
    return None


def _verb_after(words: list[str]) -> str:
    """The verb after the group: "agree" in "agree on X", "say" in "at the meeting say about
    X" (past a phrase naming where: the word before "about" or the question's end)."""
    words = [w.strip("?.,") for w in words]
    if words[0].lower() not in members.NOUN_GLUE:
        return words[0]
    ends = [i for i, w in enumerate(words) if w.lower() in ("about", "regarding", "concerning")]
    return words[ends[0] - 1] if ends else words[-1]


def group_members(c: Corpus, group: str, docs: list[str]) -> list[Speaker]:
    """The speakers of a group in the scope, from the corpus model, in order of first turn;
    with no scope and several meetings, each meeting's, the latest first (as a list does)."""
    if group == "panel":
        names = members.panel_members(c, docs)
        people = [c.directory.speakers[n] for n in names]
    else:
        people = [
            sp for sp in c.directory.speakers.values()
            if (not docs or set(sp.documents) & set(docs)) and members.in_group(c, sp, group, docs)
        ]  # fmt: skip
    if not docs and len(_meetings_of(people)) > 1:
        return _one_per_body(_latest_first(c, people))
    return _one_per_body(_first_seen(people, docs))


def _meetings_of(people: list[Speaker]) -> set[str]:
    """The meetings (else records) where these speakers first speak."""
    return {u.meeting or u.doc_id for p in people for u in p.units[:1]}


def askers(x: Extractive, a: Analysis) -> Selection:
    """'Which journalists asked questions?': the speakers of the scope (else of the records
    whose titles name the meeting asked about) whose turns there are mostly questions, in
    order, each with whom they are from where the record says it."""
    from .extractive import Selection

    c = x.c
    docs = list(a.docs)
    if not docs:
        named = members.scope_stems(c, a)
        docs = [d for d in c.docs if named and named <= answerability.title_stems(c, d)]
    people = []
    for sp in c.directory.speakers.values():
        mine = [u for u in sp.units if not docs or u.doc_id in docs]
        asking = [u for u in mine if u.kind == "question" or u.text.rstrip().endswith("?")]
        if asking and 3 * len(asking) >= len(mine) and not members.presides(sp, docs):
            people.append(sp)
    people = _first_seen(people, docs)
    claims = [_listed(x, a, p, None, None) for p in people[:MAX_ITEMS]]
    return Selection(
        claims, reason="The sources record no one asking questions there.", bullets=True,
        support=1.0 if claims else 0.0,
    )  # fmt: skip


def route(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection | None:
    """The list and group questions answered from the corpus model, or None for the rest."""
    if ASKED.search(a.question) and re.match(r"\s*(?:which|who|what)\b", a.question, re.I):
        return askers(x, a)
    asked = asked_group(a)
    if asked and a.intent == "recommendation" and a.docs:  # "what do the NGOs recommend in …"
        voiced = _group_recommendations(x, a, asked[0], timings)
        if voiced is not None:
            return voiced
    if asked:
        grouped = by_group(x, a, *asked, timings)
        if grouped.claims or not (a.intent == "recommendation" and a.docs):
            return grouped
        return recommendations(x, a, timings)  # "what do the NGOs recommend in their statement"
    if a.shape == "who" and a.docs and _who_took_part(x.c, a):
        return listing(x, replace(a, shape="list"), timings)  # "who took the floor there?"
    if (
        a.shape in ("who", "list")
        and SAT_ON.search(a.question)
        and not re.search(r"\b(?:chair|moderat|presid|led|lead|organi[sz])\w*", a.question, re.I)
    ):
        return listing(x, replace(a, shape="list"), timings)
    return None


def _group_recommendations(
    x: Extractive, a: Analysis, group: str, timings: dict[str, float]
) -> Selection | None:
    """The scoped records' recommendations that the group's members voice: their own words,
    or a record's lines in no one's voice where only members speak (a joint statement's
    list); None when the group voices none of them."""
    c = x.c
    names = {
        sp.name for sp in c.directory.speakers.values() if members.in_group(c, sp, group, a.docs)
    }

    def voiced(u: StoredUnit) -> bool:
        if u.speaker:
            return u.speaker in names
        voices = {v.speaker for v in c.by_doc.get(u.doc_id, []) if v.speaker}
        return bool(voices) and voices <= names

    found = recommendations(x, a, timings)
    kept = [cl for cl in found.claims if cl.evidence and all(voiced(e.unit) for e in cl.evidence)]
    return replace(found, claims=kept) if kept else None


# Taking the floor or part, as a question's verb.
TOOK_PART = re.compile(
    r"\b(?:took|take|taking)\s+(?:the\s+floor|part)\b|\b(?:sp[eo]k\w*|participated|"
    r"intervened|made\s+statements?|delivered\s+statements?)\b",
    re.I,
)


def _who_took_part(c: Corpus, a: Analysis) -> bool:
    """'Who took the floor in the opening session?', 'Who spoke at the meeting?': who spoke
    in the scope, asking nothing else (no topic, no role, no order)."""
    if not re.match(r"\s*who\b", a.question, re.I) or not TOOK_PART.search(a.question):
        return False
    roles = r"\b(?:chair\w*|moderat\w*|presid\w*|led|lead\w*|organi[sz]\w*|opened|closed)\b"
    if re.search(roles, a.question, re.I):
        return False
    rest = _words(a.topic) - TAKING_PART - STATING - members.scope_stems(c, a)
    return not rest


def _closeness(c: Corpus, sp: Speaker, docs: list[str], query: np.ndarray) -> float:
    """How close a speaker's nearest line in the scope comes to a question's topic."""
    units = members.units_in(sp, docs)
    if not units:
        return 0.0
    vecs = vectors(c, units)
    return max(float(vecs[u.unit_id] @ query) for u in units)


def by_group(
    x: Extractive, a: Analysis, group: str, verb: str, timings: dict[str, float]
) -> Selection:
    """The record's words about the group as a whole ("Panellists agreed that …"), then each
    member's line on the topic (or their most representative), one each, in order."""
    from .extractive import Selection

    c = x.c
    people = group_members(c, group, a.docs)
    said = stem_set([verb]) & stem_set(re.split(r"\W+", REPORTING))
    whole = [] if said else members.collective(c, a, members.GROUPS[group].pattern, verb[:4])
    if not people and not whole:
        return Selection(reason="The sources record no speaker of that group.", support=0.0)
    words = members.scope_stems(c, a) | GROUP_WORDS | DISCUSSION | stem_set([verb])
    topic = " ".join(
        w for w in a.topic.split()
        if not stem_set([norm(w)]) <= words and not members.GROUPS[group].fullmatch(w)
    )  # fmt: skip
    claims = [x.claim(u) for u in whole[:3]]
    support = 1.0 if whole else 0.0
    query = members.question_vector(c, topic) if topic else None
    if query is not None:  # the members closest to the topic first, wherever they spoke
        people = sorted(people, key=lambda sp: -_closeness(c, sp, a.docs, query))
    silent = []
    for sp in people[:8]:
        units = [u for u in members.units_in(sp, a.docs) if members.says_something(c, u)]
        if not units:
            continue
        if topic:
            sub = Analysis(a.question, a.resolved, a.shape, [sp.name], topic, docs=a.docs)
            hits, supported, score = x.on_topic(sp.name, sub, units, timings, named=False)
            if not supported:
                silent.append(sp.name)
                continue
            support = max(support, score)
            mine = {u.unit_id for u in units}
            best = [u for u in x._best_units(sub, hits) if u.unit_id in mine]
            claims.append(x.claim(best[0] if best else members.representative(c, units, query)))
        else:  # their most representative point, with the sentences that carry it on
            support = 1.0
            rep = members.representative(c, units)
            carried = with_paragraph(c, rep, same_kind=False)
            claims += [x.claim(u, short=i > 0) for i, u in enumerate(carried)]
    if said and not topic and a.docs:  # "Several participants asked that civil society …"
        claims += [x.claim(u) for u in members.about_group(c, a.docs, members.GROUPS[group])[:2]]
    if not claims:
        names = ", ".join([p.name for p in people][:6])
        return Selection(reason=f"The sources do not report {names} on this.", support=support)
    several = not a.docs and not topic and len({e.unit.meeting or e.unit.doc_id for cl in claims
                                  for e in cl.evidence}) > 1  # fmt: skip
    lead = "The question names no meeting; from all the records, the latest first:"
    return Selection(claims, bullets=True, support=support, lead=lead if several else None)
