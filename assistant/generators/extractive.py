"""The extractive generator's choice: which source units answer an analysed question.

`select()` returns claims (answer sentences with their evidence) or the reason there are
none, with the support score the decision rests on; the engine numbers, verifies and renders
them. Broad questions (summaries, lists, recommendations) are in `broad.py`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .. import answerability, compose, conversation, meetings, verify
from ..answer_types import (
    NUMBER_RE,
    ONLINE_RE,
    ORDINAL_WORDS,
    asks_time,
    counted,
    dates,
    figures,
    number_value,
    numbers_for,
    numbers_in,
    places_beyond,
    quantity_kind,
    quantity_spans,
    times,
)
from ..chunking import StoredUnit
from ..config import Settings
from ..corpus import Corpus
from ..directory import Speaker, norm
from ..questions import BACK_PRONOUN, FUTURE, REPORTING, SPEAKER_SLOT, Analysis, _role_heads
from ..retrieval import Hit
from ..terms import STOPWORDS, content_words, coverage, stem_set
from . import members
from .retrieve import reported_with, search, with_paragraph

# A question about when a document itself came out (past tense, general English verbs).
PUBLISHED = re.compile(
    r"\b(?:was|were|is)\b.*\b(issued|published|released|dated|written|posted|put out)\b", re.I
)
# A question asking for a sum of parts ("in total", "altogether").
TOTAL = re.compile(r"\b(in total|total|altogether|in all|combined|overall)\b", re.I)
RECOMMENDATIONS = 10  # the most of one speaker's recommendations an answer lists
# What a question is about, to its end: "… say about forced marriage?"
ABOUT = re.compile(r"\babout\s+([^?]+)\??\s*$", re.I)
# "What did <who> say about …": who is asked to have spoken, on what.
SAID_ABOUT = re.compile(
    rf"\b(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:{REPORTING})\w*"
    r"\s+about\b",
    re.I,
)
TYPE_NAMES = {"date": "a date", "place": "a place", "number": "a number"}
# Where in what someone said the question points, in general English: their last words
# ("final message", "closing line", "at the end", "when she closed the meeting") or their
# first ("opening remarks", "when he opened the session").
SPEECH_NOUNS = r"(?:words?|message|remarks?|lines?|points?|statement|thoughts?|appeal|plea|note)"
AT_END = re.compile(
    rf"\b(?:final|closing|concluding|last|parting)\s+(?:\w+\s+)?{SPEECH_NOUNS}\b"
    r"|\b(?:at|by|towards?)\s+the\s+(?:very\s+)?end\b|\bin\s+closing\b"
    r"|\b(?:when|as|before|who)\s+(?:(?:he|she|they|it|the\s+\w+)\s+)?closed\b",
    re.I,
)
AT_START = re.compile(
    rf"\b(?:opening|introductory|first)\s+(?:\w+\s+)?{SPEECH_NOUNS}\b"
    r"|\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning)\b"
    r"|\b(?:when|as|who)\s+(?:(?:he|she|they|it|the\s+\w+)\s+)?opened\b",
    re.I,
)
# A request for someone's own words, not the record's account of them.
OWN_WORDS = re.compile(
    r"\b(?:exact|own|actual|precise|very)\s+(?:\w+\s+)?(?:words?|quote|quotation|phrase|lines?)\b"
    r"|\bquote\b|\bexactly\b|\bverbatim\b|\bword\s+for\s+word\b",
    re.I,
)
_PHRASES: list[tuple[Corpus, Counter[str]]] = []  # the latest corpus's phrase counts


# Points a speaker numbers in words, in general English: "First, …", "Secondly, …".
ORDINAL_LEAD = re.compile(
    r"\W*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\b\W", re.I
)


def _numbered_points(units: list[StoredUnit]) -> list[StoredUnit]:
    """The sentences of one record that open with ordinals (two or more), in order."""
    by_doc: dict[str, list[StoredUnit]] = {}
    for u in units:
        if ORDINAL_LEAD.match(u.text):
            by_doc.setdefault(u.doc_id, []).append(u)
    best = max(by_doc.values(), key=len, default=[])
    return sorted(best, key=lambda u: u.order) if len(best) >= 2 else []


@dataclass
class Selection:
    claims: list[compose.Claim] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    reason: str | None = None  # why nothing answers, when claims is empty
    bullets: bool = False
    lead: str | None = None  # framing written by the engine: names and question words only
    support: float | None = None  # the evidence score the answer/abstain decision rests on


# "Why did X urge …": the question takes it as given that X did.
WHY = re.compile(r"\W*why\b", re.I)
# Personal pronouns, in general English: who a question points back to, not a subject.
PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "hers", "its", "them", "their",
            "theirs", "we", "us", "our", "you", "your", "i", "me", "my"}  # fmt: skip


def unique_hits(hits: list[Hit]) -> list[Hit]:
    seen: dict[str, Hit] = {}
    for h in hits:
        seen.setdefault(h.unit.unit_id, h)
    return list(seen.values())


def unique(units: Iterable[StoredUnit]) -> list[StoredUnit]:
    seen: dict[str, StoredUnit] = {}
    for u in units:
        seen.setdefault(u.unit_id, u)
    return list(seen.values())


class Extractive:
    def __init__(self, corpus: Corpus, settings: Settings) -> None:
        self.c = corpus
        self.settings = settings

    def claim(self, unit: StoredUnit, short: bool = False) -> compose.Claim:
        return compose.unit_claim(unit, self.c.text(unit.doc_id), self.c.directory, short=short)

    def search(self, a: Analysis, query: str, k: int, timings: dict[str, float]) -> list[Hit]:
        return search(self.c, a, self.c.lexicon.expand(query), k, timings)

    def select(self, a: Analysis, timings: dict[str, float]) -> Selection:
        from . import broad, documents

        if a.shape == "compare" and a.speakers and a.docs and not self._inside(a):
            return self._compare_with_documents(a, timings)  # "the Chair's report and X"
        if a.scope_unknown:
            return Selection(reason=f"The sources do not cover {a.scope_unknown}.", support=0.0)
        if a.advice:
            return Selection(
                reason="The sources record what was said at the meetings; they give no advice "
                "on your own choices.",
                support=0.0,
            )
        if a.future:
            return Selection(
                reason=f"The sources do not cover {a.future}: the record ends before it.",
                support=0.0,
            )
        if a.unknown_terms:
            names = ", ".join(a.unknown_terms)
            return Selection(reason=f"The sources do not mention {names}.", support=0.0)
        absent = self._absent_subject(a)
        silent = None if absent else self._absent_state(a)
        if absent or silent:
            reason = silent or f"The sources do not mention {absent}."
            return Selection(reason=reason, support=0.0)
        coming = answerability.only_to_come(self.c, a)
        if coming:
            return Selection(
                reason=f"The sources mention {coming} only as still to come.", support=0.0
            )
        gap = self._premise_gap(a, timings)
        if gap:
            return gap
        written = documents.answer(self, a)  # "who wrote / signed <document>": its byline
        if written is not None:
            return written
        labelled = meetings.label_line(a, self.c) if not a.speakers else None
        if labelled:  # "Languages: English and French" for "in which languages …"
            return Selection([self.claim(u) for u in labelled[0]], support=1.0,
                             lead="**" + "; ".join(labelled[1]) + ".**")  # fmt: skip
        if a.shape in ("name", "affiliation", "role") and a.speakers:
            return self._who_is(a)
        routed = broad.route(self, a, timings) if not a.speakers else None
        if routed:  # a list or group question, answered from the corpus model
            return routed
        if a.shape in ("compare", "by_speaker") and (len(a.speakers) >= 2 or a.topic):
            return self._compare(a, timings)
        if a.shape == "list" and not a.speakers:
            return broad.listing(self, a, timings)
        if a.intent == "summary" and not a.speakers:
            return broad.summary(self, a, timings)
        if a.speakers and a.shape in ("what_said", "speaker_overview", "who", "list", "general"):
            return self._speakers(a, timings)
        if a.intent == "recommendation" and a.shape != "who":
            return broad.recommendations(self, a, timings)
        return self._general(a, timings)

    def _premise_gap(self, a: Analysis, timings: dict[str, float]) -> Selection | None:
        """What the question takes as given is not in the record: a claim it asks to confirm,
        or a formal act (a decision, a vote) of the body it names."""
        claim = answerability.claim_of(a.question)
        if claim:
            hits = self.search(a, claim, self.settings.top_k * 2, timings)
            found = answerability.check_claim(self.c, claim, hits, self.settings)
            if isinstance(found, answerability.Passage):  # the record's words, not a verdict
                claims = [self.claim(u, short=i > 0) for i, u in enumerate(found.units)]
                lead = "The sources' words on this:"
                return Selection(claims, hits, lead=lead, support=round(found.coverage, 4))
            gap = found
        else:
            hits, found = [], answerability.act_gap(self.c, a.question)
            found = found or answerability.unrecorded_act(self.c, a.question)
            gap = found if isinstance(found, answerability.Gap) else None
        if gap is None:
            return None
        reason = gap.reason
        if gap.closest is not None:  # where the sources do speak to it
            d = self.c.docs.get(gap.closest.doc_id, {})
            title = d.get("title") if d.get("titled") else gap.closest.doc_id
            where = f"{gap.closest.speaker}'s words" if gap.closest.speaker else f"“{title}”"
            reason += f" What the sources say closest to it is in {where}."
        return Selection(hits=hits, reason=reason, support=0.0)

    def _absent_subject(self, a: Analysis) -> str | None:
        """The head noun of what a question is "about" when the record never uses it: "what
        did they say about forced marriage" is not answered by their words on forced labour.
        The head is the last word before a preposition or the end ("crane lubrication at
        night" -> "lubrication"); names are `unknown_terms`' job."""
        m = ABOUT.search(a.question)
        if not m:
            return None
        phrase = re.split(r"\b(?:in|of|at|for|with|by|to|on|during|from|that|which|and|or)\b|[,;:]",
                          m.group(1))[0]  # fmt: skip
        words = phrase.split()
        head = words[-1].strip(".,;:'\"") if words else ""
        if not head[:1].islower() or not content_words(head) or self.c.lexicon.known_word(head):
            return None
        from ..attribution.nlp import pipeline

        # "what was it about basically": an adverb is no subject the record lacks
        pos = {t.lower_: t.pos_ for t in pipeline()(a.question)}
        return head if pos.get(head.lower(), "NOUN") in ("NOUN", "PROPN") else None

    def _absent_state(self, a: Analysis) -> str | None:
        """Why the record has nothing of the State whose position or words the question asks
        for ("what was X's position", "what did the delegation of X say"): no document names it
        in any spelling (its name's words may each be common: "united", "states"), or it is
        only named (it attended, it was mentioned), never a speaker nor a speaker's
        affiliation."""
        from ..attribution import countries

        if a.speakers:
            return None
        slots = [
            m.group("who") for p in (*SPEAKER_SLOT, POSITION_OF) if (m := p.search(a.question))
        ]
        state = next((s for w in slots if (s := _state_in(w))), None)
        if not state:
            return None
        spellings = {*countries.spellings(state), countries.fold(state)}
        texts = (countries.fold(d.get("text") or "") for d in self.c.docs.values())
        if not any(re.search(rf"\b{re.escape(f)}\b", t) for t in texts for f in spellings):
            return f"The sources do not mention {state}."
        d = self.c.directory
        for sp in (d.get(n) for n in d.names()):
            if sp and state in {_state_in(sp.name), _state_in(sp.affiliation or ""), sp.state}:
                return None
        return f"The sources name {state} but do not report it speaking or its position."

    # -- shapes -----------------------------------------------------------------------
    def _who_is(self, a: Analysis) -> Selection:
        d = self.c.directory
        sp = d.speakers[a.speakers[0]]
        if a.shape == "affiliation":  # where they are from, in their words or the record's,
            found = next(  # before the role they held
                (c for u in sp.units
                 if (c := compose.affiliation_claim(u, self.c.text(u.doc_id), d, roles=False))),
                None,
            ) or self._named_with(sp, sp.affiliation)  # fmt: skip
            if found:
                return Selection([found], support=1.0)
            for u in sp.units:
                found = compose.affiliation_claim(u, self.c.text(u.doc_id), d)
                if found:
                    return Selection([found], support=1.0)
        if a.shape in ("role", "name"):  # their post in the record's words, then who they are
            post = self._post_of(sp)
            if post:
                intro = next((u for u in sp.units if u.attr), None)
                told = compose.who_claim(intro, self.c.text(intro.doc_id), d) if intro else None
                extra = [told] if told and told.evidence[0].unit != post.evidence[0].unit else []
                return Selection([post, *extra], support=1.0)
        intro = next((u for u in sp.units if u.attr), None)
        if intro is None:  # a transcript turn: the record names them elsewhere
            found = self._named_with(sp, sp.affiliation or (sp.roles[0] if sp.roles else None))
            if found:
                return Selection([found], support=1.0)
            intro = sp.units[0]
        return Selection([compose.who_claim(intro, self.c.text(intro.doc_id), d)], support=1.0)

    def _post_of(self, sp: Speaker) -> compose.Claim | None:
        """The words set off after the speaker's name that say what they are ("X, Deputy
        Director of Public Prosecutions of Y, said"; "X, legal director at Z."): in their
        own documents first, elsewhere only after their full name."""
        others = [d for d in self.c.docs if d not in sp.documents]
        for doc_id in [*sp.documents, *others]:
            doc = self.c.text(doc_id)
            names = [sp.name] + ([sp.surname] if doc_id in sp.documents and sp.surname else [])
            for u in self.c.by_doc.get(doc_id, []):
                for name in names:
                    at = doc.find(name, u.start, u.end)
                    m = POST.match(doc, at + len(name), u.end) if at >= 0 else None
                    # a post names something after its first word ("Director of Public …")
                    if m and any(w[:1].isupper() for w in m.group(1).split()[1:]):
                        i, j = m.span(1)
                        ev = compose.Evidence(u, i, j, sp.name)  # the line names them
                        return compose.Claim(f"**{sp.name}** — {doc[i:j]}", [ev])
        return None

    def _named_with(self, sp: Speaker, value: str | None) -> compose.Claim | None:
        """A line of the speaker's documents that names them with `value` (their country,
        organisation or role), e.g. a transcript's list of participants."""
        if not value:
            return None
        others = [d for d in self.c.docs if d not in sp.documents]
        for doc_id in [*sp.documents, *others]:  # elsewhere, only with their full name
            doc = self.c.text(doc_id)
            name = sp.surname if doc_id in sp.documents else sp.name
            for u in self.c.by_doc.get(doc_id, []):
                at = doc.find(value, u.start, u.end)
                if at >= 0 and name in u.text:
                    ev = compose.Evidence(u, at, at + len(value), sp.name)  # names them
                    return compose.Claim(f"**{sp.name}** — {value}", [ev])
        return None

    def on_topic(
        self, name: str, a: Analysis, units: list[StoredUnit], timings: dict[str, float],
        strict: bool = False, named: bool = False, voices: list[str] | None = None,
        floor: float | None = None,
    ) -> tuple[list[Hit], bool, float]:  # fmt: skip
        """A speaker's units ranked for a topic, whether they address it, and how well;
        `voices`: the names whose units count as the speaker's (default: `name` alone).
        Words naming where they spoke ("on the radio": their radio transcript) are no topic;
        a topic word they say in another form or a near synonym ("lab" ~ "laboratory")
        counts as theirs (`topics`)."""
        from . import topics

        k = max(self.settings.top_k, 8)
        mine = {u.unit_id for u in units}
        where, docs = topics.occasion(self.c, a.question, sorted({u.doc_id for u in units}))
        topic = " ".join(w for w in a.topic.split() if not stem_set([w]) <= where)
        if where and not topic:  # "what did X say on the radio": their words there
            there = [u for u in units if u.doc_id in docs]
            return [Hit(u, 0.0) for u in there[:k]], bool(there), 1.0 if there else 0.0
        hits = self.c.retriever.search(
            self.c.lexicon.expand(topic), k, speakers=voices or [name], timings=timings,
            doc_ids=a.docs or None,
        )  # fmt: skip
        hits = [h for h in hits if h.unit.unit_id in mine] or hits
        best = max((h.cosine or 0.0 for h in hits), default=0.0)
        # A word the corpus never uses tells no speaker apart (whether the record answers at
        # all is the question's support, decided before); a claim checked must hold them all.
        # A pronoun or auxiliary left in the topic ("which red flags did he list") is no
        # subject a speaker speaks about.
        terms = [
            t
            for t in self.c.lexicon.terms(topic, a.question)
            if (t.known or strict) and t.word.lower() not in PRONOUNS
        ]
        said = set().union(*(self.c.stems_of(u) for u in units))
        cov = coverage(terms, said) if terms else 0.0
        if terms and cov < 1.0:  # the words they use for it, best-ranked units first
            words = topics.said_words(self.c, [h.unit for h in hits if h.unit.unit_id in mine]
                                      + units)  # fmt: skip
            unheld = [t for t in terms if not t.held_by(said)]
            cov = topics.soft_coverage(terms, said, topics.held_in_other_words(self.c, unheld,
                                                                                words))  # fmt: skip
        support = round(self.settings.weight_coverage * cov + (1 - self.settings.weight_coverage)
                        * max(0.0, min(1.0, (best - self.settings.cosine_floor)
                                       / (1 - self.settings.cosine_floor))), 4)  # fmt: skip
        if strict or floor is not None:  # what they are said to have said: in their words
            return hits, cov >= (0.8 if strict else floor), support
        if named:  # a speaker the user asked about by name: their closest words, if any are
            return hits, cov > 0 or best >= 0.2, support
        s = self.settings
        if (
            cov >= s.speaker_topic_coverage
            or (cov > 0 and best >= s.speaker_topic_partial_cosine)
            or best >= s.speaker_topic_cosine
        ):
            return hits, True, support
        # In other words than the topic's: the whole question against the speaker's units
        # ("what did the official advise listeners to do" ~ "ask for the documents").
        # The question without the speaker's name: units naming them are not on its topic.
        sp = self.c.directory.speakers.get(name)
        who = stem_set(content_words(" ".join([name, sp.affiliation or "", sp.acronym or ""])
                                     if sp else name))  # fmt: skip
        rest = " ".join(w for w in a.question.split() if not stem_set(content_words(w)) & who)
        asked = self.c.retriever.search(
            rest, k, speakers=voices or [name], timings=timings, doc_ids=a.docs or None
        )
        asked = [h for h in asked if h.unit.unit_id in mine]
        close = max((h.cosine or 0.0 for h in asked), default=0.0)
        if close < self.settings.topic_similarity:
            # what they answered when asked about it ("What would make a hotline trustworthy?")
            docs = {u.doc_id for u in units}
            replies = self._answer_to(replace(a, speakers=[name]), docs, terms, 0.0)
            if replies:
                return [Hit(u, 0.0) for u in replies] + hits, True, support
            return hits, False, support
        hits = sorted(asked + hits, key=lambda h: -(h.cosine or 0.0))
        return unique_hits(hits), True, support

    def _speakers(self, a: Analysis, timings: dict[str, float]) -> Selection:
        from . import topics
        from .broad import recommends, substantive

        d = self.c.directory
        claims: list[compose.Claim] = []
        all_hits: list[Hit] = []
        leads: list[str] = []
        support = 1.0
        if a.by_role and len(a.speakers) > 1 and a.intent == "recommendation" and not a.topic:
            a = replace(a, speakers=self._recommending(a))  # the holder who recommends answers
        elif len(a.speakers) > 1 and a.topic and not a.exclude_text and self._described(a):
            a = replace(a, speakers=self._best_on_topic(a, timings))
        elif a.by_role and len(a.speakers) == 1 and a.topic and not a.exclude_text:
            # "the Chair" read as one meeting's, who never speaks to the topic: another
            # meeting's holder of the role who does (in the question's scope)
            heads = _role_heads(a.speakers, a.question, d)
            others = [n for n in d.speakers if n != a.speakers[0]
                      and _role_heads([n], a.question, d) & heads]  # fmt: skip
            if others:
                wide = self._best_on_topic(replace(a, speakers=a.speakers + others), timings)
                if a.speakers[0] not in wide and len(wide) < len(others) + 1:
                    a = replace(a, speakers=wide[:1] if len(wide) == 1 else a.speakers)
        for name in a.speakers[:4]:
            sp = d.speakers[name]
            units = [u for u in sp.units if not a.docs or u.doc_id in a.docs] or sp.units
            units = [u for u in units if u.kind != "narrative"] or units
            units = substantive(self.c, units)
            fresh: dict[str, int] = {}
            numbered: list[StoredUnit] = []
            if a.exclude_text:  # "what else did she say?": what the last answer did not cite
                units, fresh = self._not_yet_said(sp.units, units, a.exclude_text)
                units = [u for u in units if len(self._spoken(u).split()) >= 6] or units
                if not units:
                    return Selection(
                        reason=f"The sources report nothing more from {name}.", support=0.0
                    )
            topic = a.topic if a.shape != "speaker_overview" else ""
            own_words = bool(OWN_WORDS.search(a.question)) and not a.claim_check
            if own_words:  # "their exact words": what the record quotes them saying, and
                # the sentence leading into a quote of theirs ("In closing, she said …")
                quoted = {(u.doc_id, u.order) for u in units if u.kind == "quote" or u.quotes}
                units = [u for u in units if {(u.doc_id, u.order), (u.doc_id, u.order + 1)}
                         & quoted] or units  # fmt: skip
            place = "end" if AT_END.search(a.question) else None
            place = place or ("start" if AT_START.search(a.question) else None)
            if place or own_words:  # "final message", "exact quote": which words, not about what
                topic = _without_speech_words(topic, a.question)
            quoting = self._quoted_by(a, name)
            if quoting:
                claims.extend(quoting)
                continue
            if a.shape == "who":
                first = next((u for u in sp.units if u.attr), None)
                named = self._named_with(sp, sp.affiliation or (sp.roles[0] if sp.roles else None))
                if first is not None:
                    claims.append(compose.who_claim(first, self.c.text(first.doc_id), d))
                elif named:  # a transcript turn: the record names them in a list or label
                    claims.append(named)
            if topic:
                premise = self.settings.premise_coverage if WHY.match(a.question) else None
                hits, supported, score = self.on_topic(
                    name, a, units, timings, a.claim_check, floor=premise
                )
                verb = stem_set(a.said_verb.split()) | _addressee(a.question)
                # "what did X pledge / plan / want the meeting to look at": the question's own
                # verbs, right after whoever it names and after "to", are how, not what.
                words = norm(a.question).split()
                who = (a.named_by.get(name) or norm(a.slot)).split()
                at = next((i + len(who) for i in range(len(words))
                           if who and words[i : i + len(who)] == who), len(words))  # fmt: skip
                asks = re.match(r"\s*(?:what|how|why|which)\b.*?\b(?:did|does|do|is|was|were|are|"
                                r"has|have|had)\s", a.question, re.I)  # fmt: skip
                if asks and at < len(words):
                    verb |= stem_set([words[at]] + [words[j + 1] for j in range(at, len(words) - 1)
                                                    if words[j] == "to"])  # fmt: skip
                rest = " ".join(
                    w
                    for w in topic.split()
                    if not stem_set([w]) & verb and not _numeral(w) and not _when_word(w)
                )  # "what did he present on the second day": when, not what
                if not supported and rest != topic:  # "caution" is how, not what
                    if not rest:  # where they said it, if the question names it
                        docs = topics.occasion(
                            self.c, a.question, sorted({u.doc_id for u in units})
                        )[1]
                        return self._speakers(
                            replace(a, topic="", said_verb="", docs=docs or a.docs), timings
                        )
                    hits, supported, score = self.on_topic(
                        name, replace(a, topic=rest), units, timings, a.claim_check, floor=premise
                    )
                all_hits.extend(hits)
                if not supported and (a.by_role or a.any_of) and len(a.speakers) > 1:
                    continue  # a role several people held: the holder who speaks to it answers
                at = self._at_place(units, place) if place and not supported else []
                if at:  # "her closing words", in words of their own: their last sentences
                    chosen = at
                    limit = max(3, len(chosen)) if len(a.speakers) == 1 or a.any_of else 1
                    for i, u in enumerate(chosen[:limit]):
                        claims.append(self.claim(u, short=i > 0 or a.shape == "who"))
                    continue
                support = min(support, score)
                if a.shape != "who" and not supported and not a.speaker_asked:
                    return self._general(replace(a, speakers=[], shape="general"), timings)
                if a.shape != "who" and not supported:
                    spoke = self._spoke_about(units)
                    did = f" They report {name} speaking about {spoke}." if spoke else ""
                    return Selection(
                        hits=all_hits,
                        reason=(
                            f"The sources do not report {name} speaking about {topic}.{did} "
                            f"Ask “What did {name} say?” to see what they do report."
                        ),
                        support=score,
                    )
                untold = self._untold_parts(a, units)
                if untold:  # "about A and B" when they spoke to A only: B is said plainly
                    leads.append(
                        f"The sources do not report {name} speaking about {' or '.join(untold)}."
                    )
                chosen = self._best_units(a, hits)
            elif place:  # their last (or first) words, where they close (or open) a record
                chosen = self._at_place(units, place)
            else:
                ranked = sorted(
                    units, key=lambda u: (fresh.get(u.unit_id, 0), u.kind != "quote", u.order)
                )
                many = 2
                if a.intent == "recommendation":  # its recommendations section, then its calls
                    ranked = sorted(ranked, key=lambda u: -recommends(self.c, u))
                    best = recommends(self.c, ranked[0])
                    many = RECOMMENDATIONS if best else 2
                    ranked = [u for u in ranked if recommends(self.c, u) == best] or ranked
                chosen = sorted(ranked[:many], key=lambda u: u.order)
                numbered = _numbered_points(units) if a.intent == "summary" else []
                chosen = numbered or chosen  # "First, … Second, …": the points it numbers
            limit = max(3, len(chosen)) if len(a.speakers) == 1 or a.any_of else 1
            allowed = {u.unit_id for u in units} if a.exclude_text else None
            if not (numbered and not topic):  # each numbered point is whole in its sentence
                chosen = self._with_continuation(chosen[:limit], limit, allowed)
            for i, u in enumerate(chosen):
                claims.append(self.claim(u, short=i > 0 or a.shape == "who"))
        if not claims:
            return Selection(hits=all_hits, reason="The sources do not report that.", support=0.0)
        lead = " ".join(leads) or None
        return Selection(claims, all_hits, support=support, bullets=len(claims) > 3, lead=lead)

    def _described(self, a: Analysis) -> bool:
        """Whether the question names its speakers by a description several people fit ("the
        UNODC official"), not a State or group whose every voice answers."""
        return bool(a.described) and set(a.named_by.values()) == {a.described}

    def _best_on_topic(self, a: Analysis, timings: dict[str, float]) -> list[str]:
        """Of several people the question may mean (a role's holders, those a description
        fits), the ones whose words address its topic best; all of them when none does."""
        d = self.c.directory
        score: dict[str, float] = {}
        for name in a.speakers[:6]:
            units = [u for u in d.speakers[name].units if not a.docs or u.doc_id in a.docs]
            if units:
                _, supported, support = self.on_topic(name, a, units, timings)
                if supported:
                    score[name] = support
        if not score:
            return a.speakers
        top = max(score.values())
        return [n for n, v in score.items() if v >= top - 0.02]

    def _at_place(self, units: list[StoredUnit], place: str) -> list[StoredUnit]:
        """A speaker's last (place "end") or first ("start") sentences in the record where
        they come nearest its end (or start): a Chair's closing words, a keynote's opening."""
        by_doc: dict[str, list[StoredUnit]] = {}
        for u in sorted(units, key=lambda u: (u.doc_id, u.order)):
            by_doc.setdefault(u.doc_id, []).append(u)

        def nearness(doc: str) -> float:
            own, total = by_doc[doc], max(len(self.c.by_doc.get(doc, [])), 1)
            return own[-1].order / total if place == "end" else 1 - own[0].order / total

        if not by_doc:
            return []
        own = by_doc[max(by_doc, key=nearness)]
        return own[-3:] if place == "end" else own[:3]

    def _recommending(self, a: Analysis) -> list[str]:
        """Of the several people who held the role asked about, those whose words in scope
        recommend the most (under a "Recommendations" heading before in passing); all of
        them when none recommends."""
        from .broad import recommends

        def best(name: str) -> int:
            units = self.c.directory.speakers[name].units
            return max((recommends(self.c, u) for u in units if not a.docs or u.doc_id in a.docs),
                       default=0)  # fmt: skip

        score = {name: best(name) for name in a.speakers}
        top = max(score.values())
        return [n for n in a.speakers if score[n] == top] if top else a.speakers

    def _spoke_about(self, units: list[StoredUnit]) -> str:
        """What a speaker's units are about, as the corpus's own phrases ("a, b and c")."""
        if not _PHRASES or _PHRASES[0][0] is not self.c:  # counted once per index generation
            counts = conversation.phrase_counts(d["text"] for d in self.c.docs.values())
            _PHRASES[:] = [(self.c, counts)]
        found = conversation.topics_of([self._spoken(u) for u in units], _PHRASES[0][1])
        return " and ".join([", ".join(found[:-1]), found[-1]] if len(found) > 2 else found)

    def _untold_parts(self, a: Analysis, units: list[StoredUnit]) -> list[str]:
        """The parts of "about A and B" that none of the speaker's units holds a word of,
        when another part is held (all of them missing is an abstention, decided before)."""
        m = ABOUT.search(a.question)
        if not m:
            return []
        parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1))]
        said = set().union(*(self.c.stems_of(u) for u in units))
        told = {  # "…, word for word" names no part of what was said
            p: any(t.held_by(said) for t in self.c.lexicon.terms(p, p))
            for p in parts
            if content_words(p)
        }
        return [p for p, ok in told.items() if not ok] if any(told.values()) else []

    def _quoted_by(self, a: Analysis, name: str) -> list[compose.Claim]:
        """'Who quoted him?': the speakers who repeat `name`'s words, with the words."""
        if a.shape != "who" or not re.search(r"\bquot(?:e|ed|es|ing)\b", a.question, re.I):
            return []
        out = []
        doc = self.c.text
        for u in self.c.directory.speakers[name].units:
            by = getattr(u, "quoted_by", None)
            if by and u.quotes:
                s, e = u.quotes[0]
                ev = compose.Evidence(u, s, e)
                out.append(compose.Claim(f"**{by}** quoted {name}: “{doc(u.doc_id)[s:e]}”", [ev]))
        return out[:3]

    def _best_units(self, a: Analysis, hits: list[Hit]) -> list[StoredUnit]:
        """The speaker's units that fit the topic best: its terms, then the embedding."""
        terms = self.c.lexicon.terms(a.topic, a.question)
        kept = [h for h in hits if not answerability.is_frame(h.unit, self.c)] or hits
        kept = [h for h in kept if members.says_something(self.c, h.unit)] or kept  # not "Thanks"
        kept = reported_with(self.c, a, kept) or kept  # "what did X propose": "X proposed"

        def fit(h: Hit) -> float:
            cov = coverage(terms, self.c.stems_of(h.unit)) if terms else 0.0
            return self.settings.weight_coverage * cov + (1 - self.settings.weight_coverage) * (
                h.cosine or 0.0
            )

        ranked = sorted(kept, key=fit, reverse=True)
        if not ranked:  # "who": the speaker is named, but nothing of theirs is on the topic
            return []
        best = fit(ranked[0])
        chosen = [h.unit for h in ranked if fit(h) >= min(best * 0.8, best)][:2]  # best < 0
        if terms and len(a.speakers) == 1:
            held = coverage(terms, self.c.stems_of(chosen[0]))
            answer = self._answer_to(a, {h.unit.doc_id for h in kept}, terms, held)
            return answer or chosen
        return chosen

    def _answer_to(self, a: Analysis, docs: set[str], terms: list, held: float) -> list[StoredUnit]:
        """An interviewer's or moderator's question that holds the topic (`min_coverage`) and
        more of it than anything the speaker says ("What would make a line trustworthy?"):
        the first sentences of the speaker's answer to it ("Three things. …")."""
        best: tuple[float, list[StoredUnit]] = (max(held, self.settings.min_coverage), [])
        for asked, reply in self._put_to(a.speakers[0], docs):
            cov = coverage(terms, self.c.stems_of(asked))
            if cov > best[0]:
                best = (cov, reply)
        return best[1]

    def _put_to(self, name: str, docs: set[str]) -> list[tuple[StoredUnit, list[StoredUnit]]]:
        """The questions others put to the speaker in these records, each with the first
        sentences of the answer: the next voice after the asker's turn is the speaker's."""
        out = []
        for d in docs:
            units = self.c.by_doc.get(d, [])
            for i, u in enumerate(units):
                if u.kind != "question" or u.speaker in (None, name):
                    continue
                rest = [v for v in units[i + 1 : i + 8] if v.speaker != u.speaker]
                turn = itertools.takewhile(lambda v: v.speaker == name, rest)
                reply = [v for v in turn if members.says_something(self.c, v)][:3]  # no "Thanks"
                if reply:
                    out.append((u, reply))
        return out

    def _not_yet_said(
        self, own: list[StoredUnit], units: list[StoredUnit], shown_text: str
    ) -> tuple[list[StoredUnit], dict[str, int]]:
        """`units` less those an earlier answer (`shown_text`) quoted, and for each one left
        whether its passage (a run of the speaker's consecutive sentences: a turn, a
        paragraph) was quoted from too (1) or not (0): other points come from other passages."""
        shown = verify.normalise(shown_text)

        def said(u: StoredUnit) -> bool:
            words = verify.normalise(u.quote_text(self.c.text(u.doc_id)) or u.text)
            return words[:60] in shown

        passage: dict[str, int] = {}
        touched: set[int] = set()
        run, last = 0, None
        for u in sorted(own, key=lambda v: (v.doc_id, v.order)):
            if last is None or u.doc_id != last.doc_id or u.order != last.order + 1:
                run += 1
            passage[u.unit_id], last = run, u
            if said(u):
                touched.add(run)
        left = [u for u in units if not said(u)]
        return left, {u.unit_id: int(passage.get(u.unit_id) in touched) for u in left}

    def _with_reply(self, chosen: list[StoredUnit]) -> list[StoredUnit]:
        """Each chosen question asked in the record ("Is X the worst affected?") followed by
        the reply after it, from another speaker: the question alone answers nothing."""
        out: list[StoredUnit] = []
        for u in chosen:
            out.append(u)
            units = self.c.by_doc.get(u.doc_id, [])
            nxt = units[u.order + 1] if u.order + 1 < len(units) else None
            if _asks(u.text) and nxt is not None and nxt.speaker != u.speaker:
                out.extend([nxt] if not _asks(nxt.text) else [])
        return unique(out)

    def _with_continuation(
        self, chosen: list[StoredUnit], limit: int, allowed: set[str] | None = None
    ) -> list[StoredUnit]:
        """The chosen units, each followed by the next sentence of the same turn or paragraph
        when it is the same speaker's (a statement's detail often follows its first line);
        `allowed`: the unit ids the next sentence may be (all if None)."""
        out: list[StoredUnit] = []
        for u in chosen:
            out.append(u)
            units = self.c.by_doc.get(u.doc_id, [])
            nxt = units[u.order + 1] if u.order + 1 < len(units) else None
            if (
                nxt is not None
                and (allowed is None or nxt.unit_id in allowed)
                and nxt.speaker == u.speaker
                and nxt.kind != "narrative"
                and len(nxt.text.split()) >= 6  # not a list number or "Thank you."
            ):
                out.append(nxt)
        return unique(out)[: max(limit, len(chosen) + 1)]

    def _compare(self, a: Analysis, timings: dict[str, float]) -> Selection:
        """Each speaker's own words side by side; agreement is left to the quoted words."""
        from . import broad
        from .broad import substantive

        names = list(a.speakers)
        if not names and a.intent == "recommendation" and a.shape == "by_speaker":
            return broad.recommendations(self, a, timings)  # "what did the experts recommend"
        if len(names) < 2:
            hits = self.search(a, a.topic, self.settings.top_k * 2, timings)
            if not names:  # nobody named: the topic itself must be in the record
                terms = answerability.question_terms(self.c, a)
                sup = answerability.score_hits(self.c, a, hits, self.settings, terms)
                if not answerability.decide(sup, self.settings) or (
                    sup.best and sup.best.coverage < self.settings.min_coverage
                ):
                    return Selection(
                        hits=hits, reason="Nothing in the sources answers this.",
                        support=sup.score,
                    )  # fmt: skip
            names = list(dict.fromkeys(h.unit.speaker for h in hits if h.unit.speaker))[:4]
        claims: list[compose.Claim] = []
        silent: list[str] = []
        all_hits: list[Hit] = []
        support = 0.0
        a = replace(a, topic=_compared_topic(a))
        for name in names:
            voices = self._voices(name)  # a delegation speaks through its representatives
            units = [u for v in voices for u in self.c.directory.speakers[v].units]
            units = [u for u in units if not a.docs or u.doc_id in a.docs] or units
            if a.topic:
                hits, supported, score = self.on_topic(
                    name, a, units, timings, named=name in a.speakers, voices=voices
                )
                all_hits.extend(hits)
                if not supported:
                    silent.append(name)
                    continue
                support = max(support, score)
                unit = hits[0].unit
            else:
                support = 1.0
                said = substantive(self.c, [u for u in units if u.kind != "narrative"] or units)
                said = [u for u in said if len(self._spoken(u).split()) >= 6] or said
                asks = broad.RECOMMENDING.search(a.question)  # "what they proposed": that first
                ranked = sorted(said, key=lambda u: (
                    not (asks and broad.RECOMMENDING.search(self._spoken(u))),
                    u.kind != "quote", u.order,
                ))  # fmt: skip
                claims.extend(self.claim(u, short=i > 0) for i, u in enumerate(ranked[:2]))
                continue
            claims.append(self.claim(unit))
        of_things = not re.search(rf"\b(?:{REPORTING}|agree|disagree)\w*", a.question, re.I)
        if not a.speakers and (
            not claims or (a.shape == "compare" and len(claims) < 2 and of_things)
        ):  # "the difference between X and Y": the record's words, when nobody is asked about
            return self._general(replace(a, shape="general"), timings)
        if not claims or (a.shape == "compare" and len(claims) < 2 and len(a.speakers) < 2):
            return self._speakers(a, timings) if a.speakers else Selection(
                hits=all_hits, reason="The sources do not report several speakers on this.",
                support=support,
            )  # fmt: skip
        topic = f" on {a.topic}" if a.topic else ""
        lead = f"What each speaker said{topic}, in their own words."
        if silent and a.speakers:
            lead += f" The sources report nothing from {', '.join(silent)}{topic}."
        if a.shape == "compare":
            lead += " Whether they agree is only as the quoted words below say."
        return Selection(claims, all_hits, bullets=True, lead=lead, support=support)

    def _inside(self, a: Analysis) -> bool:
        """Whether any speaker of the question speaks in the documents it is scoped to."""
        d = self.c.directory.speakers
        return any(set(d[n].documents) & set(a.docs) for n in a.speakers if n in d)

    def _compare_with_documents(self, a: Analysis, timings: dict[str, float]) -> Selection:
        """'Compare what <a document> and <a speaker> say about X': the documents' words on X
        beside the speakers' own (theirs from anywhere: they do not speak in the documents)."""
        titles = set().union(*(answerability.title_stems(self.c, d) for d in a.docs))
        left = [w for w in a.topic.split() if not stem_set([w.removesuffix("'s")]) & titles]
        a = replace(a, topic=" ".join(left) or a.topic)  # words naming the documents are theirs
        sides = [("the scoped documents", self.search(replace(a, speakers=[]), a.topic,
                                                      self.settings.top_k, timings))]  # fmt: skip
        unscoped = replace(a, docs=[], scope_unknown=None)
        for name in a.speakers:
            units = self.c.directory.speakers[name].units
            hits, ok, _ = self.on_topic(name, unscoped, units, timings, named=True)
            sides.append((name, hits if ok else []))
        terms = self.c.lexicon.terms(a.topic, a.question)
        claims: list[compose.Claim] = []
        silent: list[str] = []
        all_hits: list[Hit] = []
        support = 1.0
        for name, hits in sides:
            kept = [h for h in hits if terms and coverage(terms, self.c.stems_of(h.unit)) > 0]
            all_hits.extend(hits)
            if not kept:
                silent.append(name)
                continue
            unit = self._best_units(a, kept)[0]
            support = min(support, coverage(terms, self.c.stems_of(unit)))
            claims.append(self.claim(unit))
        if len(claims) < 2:
            who = " or ".join(silent)
            return Selection(hits=all_hits, reason=f"The sources report nothing from {who} on "
                             f"{a.topic or 'this'} to compare.", support=0.0)  # fmt: skip
        lead = (f"What each said on {a.topic}, in its own words. Whether they agree is only as "
                "the quoted words below say.")  # fmt: skip
        return Selection(claims, all_hits, bullets=True, lead=lead, support=round(support, 4))

    def _spoken(self, u: StoredUnit) -> str:
        """A unit's own words: its quoted span, without a transcript's speaker label."""
        return u.quote_text(self.c.text(u.doc_id)) or u.text

    def _voices(self, name: str) -> list[str]:
        """`name` and, for a delegation, the people the record lists as speaking for it."""
        d = self.c.directory
        if getattr(d.speakers[name], "kind", None) != "delegation":
            return [name]
        return [name] + [
            sp.name
            for sp in d.speakers.values()
            if sp.name != name and sp.affiliation == name and sp.kind == "person"
        ]

    def _general(self, a: Analysis, timings: dict[str, float]) -> Selection:
        from . import broad

        c, s = self.c, self.settings
        stated = self._from_metadata(a)
        if stated:
            return stated
        if a.focus and not c.lexicon.known_word(a.focus):
            return Selection(reason=f"The sources do not mention a {a.focus}.", support=0.0)
        if a.types[:1] == ["date"] and a.doc_kind and PUBLISHED.search(a.question):
            dated = self._datelines(a.docs or list(c.docs))
            if dated:  # "when was the press release issued": the document's own dateline
                lead = "**" + "; ".join(dates(dated[0].text)[:1]) + ".**"
                return Selection([self.claim(u) for u in dated], support=1.0, lead=lead)
        held = meetings.occasion(a, c)  # "when and where did X meet": the line that says it
        if held and held[1]:
            lead = "**" + "; ".join(held[1]).rstrip(".") + ".**"
            return Selection([self.claim(u) for u in held[0]], support=1.0, lead=lead)
        query = a.resolved if a.shape != "overview" else f"{a.resolved} {a.topic}"
        hits = self.search(a, query, s.top_k * 2, timings)  # scored wider than shown
        terms = answerability.question_terms(c, a)
        sup = answerability.score_hits(c, a, hits, s, terms)
        if sup.missing_type == "number" and a.speakers:  # a figure another line credits them with
            wide = unique_hits(
                hits + self.search(replace(a, speakers=[]), query, s.top_k * 2, timings)
            )
            again = answerability.score_hits(c, a, wide, s, terms)
            hits, sup = (wide, again) if again.missing_type is None else (hits, sup)
        dated = sup.missing_type in ("date", "place") and not FUTURE.search(a.question)
        if dated and a.docs and a.scope_labels and not a.future_tense:  # "when was the webinar":
            named = " ".join([a.topic, *a.scope_labels]).strip()  # the record announcing
            wider = replace(a, docs=[], scope_labels=[], topic=named)  # it may date it
            wide = self.search(wider, query, s.top_k * 2, timings)
            wide_terms = answerability.question_terms(c, wider)
            again = answerability.score_hits(c, wider, wide, s, wide_terms)
            if again.missing_type is None and answerability.decide(again, s):
                hits, sup = wide, again
        hits = hits[: s.top_k]
        said = self._named_but_unknown(a, sup)
        if isinstance(said, Selection):
            return said
        if said is not None:  # only their words answer what they said
            sup = replace(sup, scored=said, best=said[0], score=said[0].score)
        focus = answerability.unknown_focus(c, terms, sup, self._known_places())
        if focus:
            return Selection(hits=hits, reason=f"The sources do not mention {focus}.",
                             support=sup.score)  # fmt: skip
        if not answerability.decide(sup, s):
            stated = self._future_in_words(a, sup)
            if stated:
                return stated
            counted = broad.counted_list(self, a, timings) if sup.missing_type == "number" else None
            if counted is not None:  # "how many recommendations": the record's list of them
                return counted
            if sup.missing_type:
                reason = f"The sources do not give {TYPE_NAMES[sup.missing_type]} for this."
                return Selection(hits=hits, reason=reason, support=sup.score)
            missing = [t.word for t in terms if not t.known]
            extra = f" ({', '.join(missing)})" if missing else ""
            return Selection(
                hits=hits, reason=f"Nothing in the sources answers this{extra}.", support=sup.score
            )
        top = sup.scored[0].score
        floor = 0.7 if "number" in a.types else 0.85
        good = [x for x in sup.scored if x.score >= top * floor and x.typed]
        if a.shape == "factual":
            return self._factual(a, good or sup.scored[:1], terms, hits, sup.score)
        if a.shape == "who":  # everyone whose words fit, once each, best first
            best_of: dict[str, StoredUnit] = {}
            for x in sup.scored:  # sorted best first
                if x.hit.unit.speaker and x.score >= top * 0.75:
                    best_of.setdefault(x.hit.unit.speaker, x.hit.unit)
            if best_of:
                claims = [self.claim(u) for u in list(best_of.values())[:4]]
                return Selection(claims, hits, support=sup.score)
        units = self._with_reply(unique(x.hit.unit for x in good)[:3])
        listed = broad.section(self, a, units, hits, sup.score)  # a heading: what stands under it
        if listed:
            return listed
        if "reason" in a.types or min(len(u.text) for u in units) < 80:
            units = self._with_continuation(units[:2], 4)  # the why, or the rest of a short turn
        elif len(units) == 1 and not a.types:  # one sentence: the rest of its paragraph
            units = with_paragraph(self.c, units[0])
        units = unique(v for u in units for v in [u, *broad.answered_below(c, u)])
        claims = []
        for i, u in enumerate(units):
            short = bool(u.speaker) and any(v.speaker == u.speaker for v in units[:i])
            claims.append(self.claim(u, short=short))
        return Selection(claims, hits, support=sup.score)

    def _named_but_unknown(
        self, a: Analysis, sup: answerability.Support
    ) -> Selection | list[answerability.Scored] | None:
        """'What did <someone> say about Y?' where no speaker of the directory is that someone
        (a group a delegation spoke for, a body): their lines are the units that name them,
        in their words or their speaker's; those lines must speak to Y (else the reason, with
        what they do speak about), and only those lines answer. None when the question names
        nobody so, or the record names them nowhere among the hits."""
        m = SAID_ABOUT.search(a.question)
        about = ABOUT.search(a.question)
        if a.speakers or not m or not about or conversation.names_document(m.group("who")):
            return None
        who = re.split(r"\s+(?:at|in|during|on|from|for|before)\s+", m.group("who"))[0]
        # "what did he say": a pronoun that no earlier turn resolved names nobody
        if BACK_PRONOUN.fullmatch(who.strip()):
            return None
        named = self.c.lexicon.terms(who, who)
        if not named or not all(t.known for t in named):
            return None

        def theirs(u: StoredUnit) -> bool:
            held = self.c.stems_of(u) | answerability.speaker_stems(self.c, u)
            return all(t.held_by(held) for t in named)

        mine = [x for x in sup.scored if theirs(x.hit.unit)]
        if not mine:
            return None
        asked = self.c.lexicon.terms(about.group(1), about.group(1))
        wide = {x.hit.unit.unit_id: answerability.window_stems(self.c, x.hit.unit) for x in mine}
        cov = {k: coverage(asked, v) if asked else 0.0 for k, v in wide.items()}
        on = [x for x in mine if cov[x.hit.unit.unit_id] >= self.settings.min_coverage]
        if on:
            return on
        name = " ".join(who.split())
        spoke = self._spoke_about([x.hit.unit for x in mine])
        did = f" They report {name} speaking about {spoke}." if spoke else ""
        topic = " ".join(about.group(1).split())
        return Selection(
            hits=[x.hit for x in mine],
            reason=f"The sources do not report {name} speaking about {topic}.{did}",
            support=round(self.settings.weight_coverage * max(cov.values()), 4),
        )

    def _future_in_words(self, a: Analysis, sup: answerability.Support) -> Selection | None:
        """'When will the summary be published?': the record's words on when ("as they become
        available"), from a unit stating that future event, when it gives no date."""
        if sup.missing_type != "date" or not a.future_tense:
            return None
        for x in sup.scored:
            if x.coverage >= self.settings.stated_coverage and FUTURE.search(x.hit.unit.text):
                lead = "The sources give no date for this; they say:"
                return Selection([self.claim(x.hit.unit)], [x.hit], lead=lead,
                                 support=x.coverage)  # fmt: skip
        return None

    def _factual(
        self, a: Analysis, good: list[answerability.Scored], terms: list, hits: list[Hit],
        support: float,
    ) -> Selection:  # fmt: skip
        """Lead with the date, place or number asked for, then the words that state it."""
        nouns = stem_set(t.word for t in terms if not t.word.isdigit()) | counted(a.question)
        if a.scope_labels:  # words naming the meeting are not what is counted
            title = set().union(*(answerability.title_stems(self.c, d) for d in a.docs))
            nouns = (nouns - title) or nouns
        named = numbers_in(a.question)
        summed = None
        if "number" in a.types and TOTAL.search(a.question):  # a table's column, added up
            summed = answerability.column_total(self.c, [x.hit.unit for x in good], nouns)
        if summed:
            rows, total = summed
            return Selection([self.claim(u) for u in rows], hits, lead=f"**{total}.**",
                             support=support)  # fmt: skip
        if "number" in a.types:  # the unit whose number sits closest to the nouns asked about
            good = sorted(good, key=lambda x: -max(
                (n for _, _, n in numbers_for(x.hit.unit.text, nouns)), default=0))  # fmt: skip
            # The record's retelling of figures someone states: the speaker's own line instead
            # (the first unit among the good ones crediting someone with all those figures).
            own = [(x, figures(x.hit.unit.text, nouns, named)) for x in good]
            swapped = []
            for x, held in own:
                theirs = [y for y, more in own if y.hit.unit.speaker and held <= more]
                said = None if x.hit.unit.speaker or not held else next(iter(theirs), None)
                swapped.append(said or x)
            good = list({id(x): x for x in swapped}.values())
        chosen: list[StoredUnit] = []
        parts: list[str] = []
        same: list[str] = []
        values: set[str | None] = set()  # the figures already led with: a retelling adds none

        def _figure(part: str) -> str | None:  # "4,000 parcels" -> "4000"
            m = NUMBER_RE.match(part)
            return number_value(m.group()) if m else None

        for x in good[:3]:
            u = x.hit.unit
            found = _lead_parts(a, u.text, nouns, self._known_places())
            new = [p for p in found if p not in parts and _figure(p) not in values]
            if not new:
                continue
            values |= {_figure(p) for p in new} - {None}
            parts.extend(new)
            same = same or new  # a total sums the parts of one statement only
            chosen.append(u)
            if "number" not in a.types or len(chosen) >= 2:
                break  # a count stated in parts may need a second unit
        if not chosen:
            chosen = [good[0].hit.unit]
        if "number" in a.types:  # "last year compared with 2022": the year's own count beside it
            chosen, parts = self._year_beside(a, chosen, parts)
        claims = [self.claim(u) for u in chosen]
        lead = None
        if parts:
            lead = "**" + "; ".join(parts).rstrip(".") + ".**"  # "10.10 a.m." ends in one
            total = _total(same) if TOTAL.search(a.question) else None
            if total:  # arithmetic over the cited numbers, said as such
                lead += f" Together: {total}."
        places = self._known_places()
        given = {
            k for u in chosen for k in a.types if _lead_parts(_only(a, k), u.text, nouns, places)
        }
        gaps = [TYPE_NAMES[k] for k in a.types if k in TYPE_NAMES and k not in given]
        if lead and gaps:  # the part of the question the sources leave open, said plainly
            lead += f" The sources do not give {' or '.join(gaps)} for this."
        return Selection(claims, hits, lead=lead, support=support)

    def _year_beside(
        self, a: Analysis, chosen: list[StoredUnit], parts: list[str]
    ) -> tuple[list[StoredUnit], list[str]]:
        """A year the question names that no chosen unit dates: the same speaker's next line,
        when it names that year with a count ("In 2022 the number was 11."), and its count."""
        asked = answerability.years_of(a.question)
        if not asked or any(answerability.years_of(u.text) & asked for u in chosen):
            return chosen, parts
        u = chosen[0]
        units = self.c.by_doc.get(u.doc_id, [])
        nxt = units[u.order + 1] if u.order + 1 < len(units) else None
        if nxt is None or nxt.speaker != u.speaker or not answerability.years_of(nxt.text) & asked:
            return chosen, parts
        found = [nxt.text[i:j] for i, j, _ in numbers_for(nxt.text, set(), numbers_in(a.question))]
        if not found:
            return chosen, parts
        year = min(answerability.years_of(nxt.text) & asked)
        return unique([*chosen, nxt]), [*parts, f"{found[0]} in {year}"]

    def _from_metadata(self, a: Analysis) -> Selection | None:
        """'What is the symbol of the report?': a field of the document's metadata, cited
        where the document's own text states it."""
        if not a.focus:
            return None
        for doc_id in a.docs or list(self.c.docs):
            d = self.c.docs[doc_id]
            value = str((d.get("meta") or {}).get(a.focus) or d.get(a.focus) or "")
            at = self.c.text(doc_id).find(value) if len(value) >= 3 else -1
            unit = self.c.unit_at(doc_id, at, at + len(value)) if at >= 0 else None
            if unit is not None:
                ev = compose.Evidence(unit, at, at + len(value))
                title = d.get("title") if d.get("titled") else doc_id
                return Selection(
                    [compose.Claim(f"**{value}**: the {a.focus} of {title}", [ev])], support=1.0
                )
        return None

    def _datelines(self, docs: list[str]) -> list[StoredUnit]:
        out = []
        for d in docs[:2]:
            head = self.c.by_doc.get(d, [])[:4]
            out += [u for u in head if answerability.is_frame(u, self.c) and dates(u.text)][:1]
        return out

    def _known_places(self) -> set[str]:
        return {str(d.get("place") or "").lower() for d in self.c.docs.values()} - {""}


# A post set off by commas after a name: ", Chief Inspector at the X Department," up to the
# next comma or the end of the sentence; not a clause ("who …", "said …") nor a list of names.
POST = re.compile(
    r",\s+(?!(?:who|whom|whose|which|that|said|says|told|added|and|but|as|in|on|at|to|for|"
    r"with|from|by|if|when|while)\b)([A-Za-z][^,;:()\"“”\n]{3,100}?)"
    r"(?=\s*(?:,|;|\.(?:\s|$)|\)))"
)


# "their concerns", "its priorities": what the compared sides said, not a subject of it.
_POSSESSED = re.compile(r"\b(?:their|its|his|her)\s+([a-z][a-z-]+)\b(?!\s+(?:on|about|of)\b)")


# Who a recommendation is addressed to ("her recommendation to governments"): not its subject.
_ADDRESSEE = re.compile(r"\brecommend\w*\s+(?:for|to)\s+(?:the\s+)?([a-z][\w-]*)", re.I)


def _without_speech_words(topic: str, question: str) -> str:
    """The topic less the words saying which of someone's words are asked for ("final
    message", "at the end", "exact quote"): what they are about is the rest."""
    spans = [m.group() for r in (AT_END, AT_START, OWN_WORDS) for m in r.finditer(question)]
    gone = stem_set(content_words(" ".join(spans).lower()))
    gone |= stem_set(re.findall(r"\w+", SPEECH_NOUNS)) | stem_set(["quote", "exact"])
    gone -= stem_set(["open", "close"])  # "when he opened": records say "Opening the meeting"
    return " ".join(w for w in topic.split() if not stem_set([w]) & gone)


def _addressee(question: str) -> set[str]:
    return stem_set(m.group(1).lower() for m in _ADDRESSEE.finditer(question))


def _asks(text: str) -> bool:
    """A unit that is a question ("Is X the worst affected?")."""
    return text.rstrip(' *_"”').endswith("?")


def _when_word(word: str) -> bool:
    """A word of a time frame ("the second day", "last week"), not a subject."""
    return word in answerability.TIME_NOUNS or word in ORDINAL_WORDS or word in ("last", "next")


def _numeral(word: str) -> bool:
    """A number in words ("one", "two"): a count, not a subject one speaks about."""
    return word.isalpha() and bool(NUMBER_RE.fullmatch(word))


# "the position of X on Y": whose position a question asks for.
POSITION_OF = re.compile(
    r"\b(?:position|view|opinion|stance)s?\s+of\s+(?P<who>[^?,]+?)"
    r"(?=\s+(?:on|about|regarding|concerning|at|in|during)\b|[?,.]|$)",
    re.I,
)
# Words around a State's name in a question's speaker slot ("the delegation of X", "X's envoy").
STATE_FRAME = re.compile(
    r"(?i)\b(?:the|delegations?|delegates?|representatives?|ambassadors?|envoys?|governments?|"
    r"authorities|officials?|of|from|for)\b|['’]s?\b"
)


def _state_in(slot: str) -> str | None:
    """The State a question's speaker slot names: "the delegation of japan", "the Japanese
    delegation", "Japan's envoy" -> "Japan"; None when it names no State."""
    from ..attribution import countries

    if state := countries.state_named(slot):
        return state
    words = " ".join(STATE_FRAME.sub(" ", slot).split())
    if not words:
        return None
    if state := countries.state_named(words):
        return state
    of_people = countries.states_of_demonym(words.title())
    return of_people[0] if of_people else None  # the most populous of the peoples so called


def _compared_topic(a: Analysis) -> str:
    """The topic of a comparison without the nouns its sides possess ("how did A and B differ
    in their concerns": no topic; "their views on data": "data")."""
    owned = stem_set(_POSSESSED.findall(a.question))
    return " ".join(w for w in a.topic.split() if not stem_set([w]) & owned)


def _total(parts: list[str]) -> str | None:
    """'120 + 35 = 155' for parts that each lead with a number (None if fewer than two)."""
    values = []
    for p in parts:
        m = re.match(r"(\d[\d,]*)(?![\d.]*\s*(?:per\s*cent|percent|%))", p)
        if not m:
            return None
        values.append(int(m.group(1).replace(",", "")))
    if len(values) < 2:
        return None
    return " + ".join(str(v) for v in values) + f" = {sum(values)}"


def _only(a: Analysis, kind: str) -> Analysis:
    return replace(a, types=[kind])


MEETS = re.compile(r"\b(?:held|hold|took\s+place|take\s+place|met|meet|convened)\b", re.I)


def _lead_parts(a: Analysis, text: str, nouns: set[str], known: set[str]) -> list[str]:
    """The date / place / number(s) a unit gives, as short lead phrases."""
    out: list[str] = []
    named = numbers_in(a.question)
    for kind in a.types:
        if kind == "date":
            out.extend((times(text) if asks_time(a.question) else dates(text) or times(text))[:1])
        elif kind == "place":
            found = places_beyond(text, nouns)
            if a.speakers and not MEETS.search(a.question):  # "where does X work": not "online"
                found = [p for p in found if not ONLINE_RE.fullmatch(p)]
            preferred = [p for p in found if p.lower() in known] or found
            out.extend(preferred[:1])
        elif kind == "number":
            text = answerability.STAMP.sub(lambda m: " " * len(m.group()), text)  # not counts
            matched = [(i, j, n) for i, j, n in numbers_for(text, nouns, named) if n > 0]
            spans = quantity_spans(text, quantity_kind(a.question)[0], named)
            kind_of = [x for x in numbers_for(text, nouns, named) if any(
                i <= x[0] < j for i, j in spans)]  # fmt: skip
            matched = kind_of or matched  # "how long": the number with its unit of time first
            starts = [i for i, _, _ in matched]
            for i, b, _ in matched[:3]:
                # what is counted ("port officials"): up to the next count, a clause or a list
                upto = min([x for x in starts if x > i] + [b + 80])
                tail = re.split(r"[,.;:(]| and | including | from |\b(?:that|which|who|whom|"
                                r"whose|where|while|because|but|than|when|if)\b",
                                text[b:upto])[0]  # fmt: skip
                words = tail.split()[:4]
                while words and words[-1].lower() in STOPWORDS:  # "seven vessels in the"
                    words.pop()
                out.append(f"{text[i:b]} {' '.join(words)}".strip())
    return out
