"""Broad questions answered from the record: summaries, lists of speakers, recommendations.

A summary leads with the record's own statement of its focus, then its main points chosen for
relevance and diversity (maximal marginal relevance over the units' embeddings), each cited.
A list names every speaker that fits, each with a cited line. Recommendations are the units
that recommend, urge or call for something, within the question's scope.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

import numpy as np

from .. import answerability, compose
from ..chunking import StoredUnit
from ..corpus import Corpus
from ..directory import Speaker, norm
from ..questions import REPORTING, SUMMARY_RE, Analysis
from ..terms import coverage, stem_set

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
RECOMMENDING = re.compile(
    r"\b(recommend\w*|urg\w+|call(?:ed|s|ing)? (?:on|upon|for)|should|must|need(?:s|ed)? to|"
    r"encourag\w*|invit\w*|propos\w*|suggest\w*|request(?:s|ed|ing)?\s+(?:that|\w+\s+to)\b|"
    r"ought to|it is (?:essential|important|necessary))\b",
    re.I,
)
# Nouns for anyone who spoke, as opposed to a role some held ("panellists", "moderators").
GENERAL_NOUNS = stem_set(["speakers", "participants", "people", "experts", "representatives",
                          "everyone", "persons", "everybody", "attendees"])  # fmt: skip
# Taking part, in general English: in "which organisations spoke" it is not a topic.
TAKING_PART = stem_set(["spoke", "speak", "speaking", "took", "take", "part", "participated",
                        "participate", "attended", "attend", "present", "represented",
                        "contributed", "involved", "joined", "there", "quoted",
                        "named"])  # fmt: skip
LIST_NOUNS = re.compile(
    r"\b(organi[sz]ations?|compan(?:y|ies)|firms|businesses|corporations|institutions|ngos|"
    r"agencies|delegations?|countries|states|governments)\b"
)
SUMMARY_POINTS = 5
MMR_LAMBDA = 0.7
_VECTORS: weakref.WeakKeyDictionary[Corpus, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()


def substantive(c: Corpus, units: list[StoredUnit]) -> list[StoredUnit]:
    """Units that say something: no heading, title or dateline, no "Thank you." (the units
    themselves if none is left)."""
    said = [u for u in units if not answerability.is_frame(u, c) and len(u.text.split()) >= 6]
    return said or units


def _vectors(c: Corpus, units: list[StoredUnit]) -> dict[str, np.ndarray]:
    """The stored embeddings of `units` (read from the index once, then kept)."""
    cache = _VECTORS.setdefault(c, {})
    missing = [u.unit_id for u in units if u.unit_id not in cache]
    for i in range(0, len(missing), 5000):
        got = c.retriever.collection.get(ids=missing[i : i + 5000], include=["embeddings"])
        for uid, vec in zip(got["ids"], got["embeddings"], strict=True):
            v = np.asarray(vec, dtype=np.float32)
            cache[uid] = v / (np.linalg.norm(v) or 1.0)
    return cache


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


def summary(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection:
    from .extractive import Selection

    c = x.c
    docs = _summary_docs(x, a, timings)
    pool = [
        u
        for d in docs
        for u in c.by_doc.get(d, [])
        if not answerability.is_frame(u, c) and not u.text.rstrip().endswith("?")
        and len(u.text) >= 50
    ]  # fmt: skip
    if not pool:
        return Selection(
            reason="The sources hold no statement of what this was about.", support=0.0
        )
    vecs = _vectors(c, pool)
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
    while len(picked) < min(SUMMARY_POINTS, len(pool)):
        sims = matrix @ matrix[picked].T if picked else np.zeros((len(pool), 1))
        mmr = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * sims.max(axis=1)
        mmr[picked] = -np.inf
        picked.append(int(np.argmax(mmr)))
    lead_unit, points = (
        pool[picked[0]],
        sorted((pool[i] for i in picked[1:]), key=lambda u: u.order),
    )
    claims = [x.claim(u) for u in [lead_unit, *points]]
    titles = "; ".join(_curated_title(c, d) for d in docs[:2])
    support = float(round(max(0.0, float(to_question.max())), 4))
    return Selection(
        claims, bullets=True, support=support,
        lead=f"**{titles}**: what the record says it was about, then its main points.",
    )  # fmt: skip


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


def _wanted(a: Analysis) -> tuple[str, set[str]]:
    """What a list asks for: organisations, delegations, a role, or any speaker; and the
    stems of its noun."""
    q = norm(a.question)
    m = LIST_NOUNS.search(q) or re.search(r"\b(\w+s)\b", q)
    noun = m.group(1) if m else ""
    if re.match(r"organi|compan|firm|busin|corpor|instit|ngo|agenc", noun):
        return "organisation", set()
    if re.match(r"deleg|countr|state|govern", noun):
        return "delegation", set()
    return "speaker", stem_set([noun]) if noun else set()


def _fits(sp: Speaker, want: str, role_stems: set[str]) -> bool:
    kind = getattr(sp, "kind", None)
    speaks_for = getattr(sp.units[0], "affiliation_kind", "organisation") if sp.units else None
    if want == "organisation":
        return kind == "organisation" or bool(
            sp.affiliation and kind != "delegation" and speaks_for != "delegation"
        )
    if want == "delegation":
        return kind == "delegation" or bool(sp.affiliation and speaks_for == "delegation")
    if not role_stems or role_stems & GENERAL_NOUNS:
        return True
    return any(role_stems & stem_set(norm(r).split()) for r in sp.roles)


def _one_per_organisation(people: list[Speaker]) -> list[Speaker]:
    seen = {p.name for p in people if getattr(p, "kind", None) == "organisation"}
    out = []
    for p in people:
        if p.name in seen and getattr(p, "kind", None) == "organisation":
            out.append(p)
        elif p.affiliation and p.affiliation not in seen:
            seen.add(p.affiliation)
            out.append(p)
    return out


def listing(x: Extractive, a: Analysis, timings: dict[str, float]) -> Selection:
    from .extractive import Selection

    c, d = x.c, x.c.directory
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
    if a.companies:
        people = [p for p in people if p.is_company()]
    else:
        fitting = [p for p in people if _fits(p, want, role_stems)]
        people = fitting or people
    topic_terms = c.lexicon.terms(a.topic, a.question) if a.topic else []
    topic_terms = [
        t for t in topic_terms if not (stem_set([t.word]) & (role_stems | TAKING_PART | noun))
    ]  # fmt: skip
    on_topic: dict[str, StoredUnit] = {}
    support = 1.0 if people else 0.0
    if topic_terms and not a.companies:
        hits = x.search(a, a.topic, x.settings.top_k * 2, timings)
        for h in hits:
            u = h.unit
            if not u.speaker or u.speaker in on_topic:
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
    claims = []
    for p in people[:15]:
        unit = on_topic.get(p.name)
        if unit is None and (getattr(p, "kind", None) == "organisation" or p.affiliation == p.name):
            unit = next((u for u in p.units if not answerability.is_frame(u, c)), None)
        if unit is not None:
            claims.append(x.claim(unit, short=False))
            continue
        found = None
        for u in p.units:
            found = compose.affiliation_claim(u, c.text(u.doc_id), d)
            if found:
                break
        claims.append(found or compose.who_claim(p.units[0], c.text(p.units[0].doc_id), d))
    return Selection(
        claims, reason="No speaker in the sources fits that.", bullets=True, support=support
    )


def recommends(c: Corpus, u: StoredUnit) -> int:
    """2 under a "Recommendations" heading, 1 in recommending words, else 0."""
    head = _heading(c, u)
    if head and RECOMMENDING.search(head.text) and not answerability.is_frame(u, c):
        return 2
    return 1 if RECOMMENDING.search(u.text) else 0


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
    scored = {x_.hit.unit.unit_id: x_.score for x_ in sup.scored}

    def under_recommendations(u: StoredUnit) -> bool:  # a "Recommendations" section
        head = _heading(c, u)
        return bool(head and RECOMMENDING.search(head.text))

    candidates = [
        u for u in unique(pool)
        if (RECOMMENDING.search(u.text) or under_recommendations(u))
        and not answerability.is_frame(u, c) and len(u.text) > 12
    ]  # fmt: skip
    if not candidates or (not a.docs and not answerability.decide(sup, s)):
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
    ranked = sorted(ranked, key=lambda u: (u.doc_id, u.order))
    return Selection([x.claim(u) for u in ranked], hits, bullets=True, support=sup.score)


# A group the question asks about, in general English, and who belongs to it.
GROUPS = {
    "company": re.compile(
        r"\b(private[\s-]sector|compan(?:y|ies)|industry|businesses|tech(?:nology)? firms)\b", re.I
    ),
    "delegation": re.compile(
        r"\b(delegations?|member states|states parties|governments|countries)\b", re.I
    ),
    "civil": re.compile(
        r"\b(civil[\s-]society|ngos?|non-governmental organi[sz]ations?|csos?|academia)\b", re.I
    ),
}


def asked_group(a: Analysis) -> str | None:
    """'What did the private sector / civil society / the delegations say?'."""
    m = re.match(
        rf"\s*(?:what|how)\s+(?:did|do|does|have|has)\s+(?:the\s+)?(.+?)\s+(?:{REPORTING})\w*\b",
        a.question,
        re.I,
    )
    subject = m.group(1) if m else ""
    return next((g for g, pattern in GROUPS.items() if pattern.fullmatch(subject.strip())), None)


def members(c: Corpus, group: str, docs: list[str]) -> list[Speaker]:
    """The speakers of a group, from their kinds and affiliations in the corpus model."""
    publishers = {norm(str(d.get("publisher") or "")) for d in c.docs.values()} - {""}
    out = []
    for sp in c.directory.speakers.values():
        if docs and not set(sp.documents) & set(docs):
            continue
        speaks_for = getattr(sp, "affiliation_kind", None)
        state = getattr(sp, "kind", None) == "delegation" or speaks_for == "delegation"
        company = sp.is_company()
        org = getattr(sp, "kind", None) == "organisation" or bool(sp.affiliation)
        official = norm(sp.affiliation or sp.name) in publishers or any(
            norm(sp.affiliation or sp.name) in p for p in publishers
        )
        if (
            (group == "delegation" and state)
            or (group == "company" and company)
            or (group == "civil" and org and not state and not company and not official)
        ):
            out.append(sp)
    return out


def by_group(x: Extractive, a: Analysis, group: str, timings: dict[str, float]) -> Selection:
    """Each member's words on the topic (or their first), one line each."""
    from .extractive import Selection

    people = members(x.c, group, a.docs)
    if not people:
        return Selection(reason="The sources record no speaker of that group.", support=0.0)
    names = [p.name for p in people]
    topic = " ".join(GROUPS[group].sub(" ", a.topic).split())
    claims = []
    support = 0.0
    for sp in people:
        if len(claims) >= 8:
            break
        units = substantive(x.c, sp.units)
        if topic:
            sub = Analysis(a.question, a.resolved, a.shape, [sp.name], topic, docs=a.docs)
            hits, supported, score = x.on_topic(sp.name, sub, units, timings, named=False)
            if not supported:
                continue
            support = max(support, score)
            claims.append(x.claim(x._best_units(sub, hits)[0]))
        else:
            support = 1.0
            claims.append(x.claim(sorted(units, key=lambda u: (u.kind != "quote", u.order))[0]))
    if not claims:
        return Selection(
            reason=f"The sources do not report {', '.join(names[:6])} on this.", support=support
        )
    return Selection(claims, bullets=True, support=support)
