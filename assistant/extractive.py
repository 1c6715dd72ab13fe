"""The extractive generator's choice: which source units answer an analysed question.

`select()` returns claims (answer sentences with their evidence) or the reason there are
none; the engine numbers, verifies and renders them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import compose, verify
from .chunking import StoredUnit
from .config import Settings
from .corpus import Corpus
from .directory import norm
from .questions import Analysis, content_words, stems
from .retrieval import Hit

AGREEMENT_RE = re.compile(
    r"\b(same concern|shared the (same|view)|agreed|echoed|likewise)\b",
    re.I,
)


PUBLICATION_RE = re.compile(
    r"\b(issued|published|released|press release|dated|this (document|article|release))\b", re.I
)


@dataclass
class Selection:
    claims: list[compose.Claim] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    reason: str | None = None  # why nothing answers, when claims is empty
    bullets: bool = False
    lead: str | None = None  # framing written by the engine: names and question words only


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

    def select(self, a: Analysis, timings: dict[str, float]) -> Selection:
        if a.shape in ("name", "affiliation", "role") and a.speakers:
            return self._who_is(a)
        if a.shape in ("compare", "by_speaker") and (len(a.speakers) >= 2 or a.topic):
            return self._compare(a, timings)
        if a.shape == "list" and not a.speakers:
            return self._list(a, timings)
        if a.speakers and a.shape in ("what_said", "speaker_overview", "who", "list", "general"):
            return self._speakers(a, timings)
        return self._general(a, timings)

    # -- shapes -----------------------------------------------------------------------
    def _who_is(self, a: Analysis) -> Selection:
        d = self.c.directory
        sp = d.speakers[a.speakers[0]]
        if a.shape == "affiliation":
            for u in sp.units:
                found = compose.affiliation_claim(u, self.c.text(u.doc_id), d)
                if found:
                    return Selection([found])
        intro = next((u for u in sp.units if u.attr), sp.units[0])
        return Selection([compose.who_claim(intro, self.c.text(intro.doc_id), d)])

    def _list(self, a: Analysis, timings: dict[str, float]) -> Selection:
        d = self.c.directory
        people = list(d.speakers.values())
        gender = (
            "f" if re.search(r"\b(women|woman|female|ladies)\b", a.question, re.I)
            else "m" if re.search(r"\b(men|man|male|gentlemen)\b", a.question, re.I)
            else None
        )  # fmt: skip
        if gender:  # as the record's honorifics and pronouns tell it
            people = [p for p in people if p.gender == gender]
        if a.companies:
            people = [p for p in people if p.is_company()]
        elif a.topic:
            hits = self.c.retriever.search(a.topic, self.settings.top_k * 2, timings=timings)
            named = [
                h.unit.speaker
                for h in hits
                if h.unit.speaker and ((h.cosine or 0) > 0.3 or h.bm25 > 0)
            ]
            if named:
                people = [d.speakers[n] for n in dict.fromkeys(named)]
        claims = []
        for p in people[:12]:
            c = None
            for u in p.units:
                c = compose.affiliation_claim(u, self.c.text(u.doc_id), d)
                if c:
                    break
            claims.append(c or compose.who_claim(p.units[0], self.c.text(p.units[0].doc_id), d))
        return Selection(claims, reason="No speaker in the sources fits that.", bullets=True)

    def _on_topic(
        self, name: str, topic: str, units: list[StoredUnit], timings: dict[str, float],
        strict: bool = False, named: bool = False,
    ) -> tuple[list[Hit], bool]:  # fmt: skip
        """A speaker's units ranked for a topic, and whether they really address it."""
        r = self.c.retriever
        hits = r.search(topic, max(self.settings.top_k, 8), speakers=[name], timings=timings)
        mine = {u.unit_id for u in units}
        hits = [h for h in hits if h.unit.unit_id in mine] or hits
        best = max((h.cosine or 0.0 for h in hits), default=0.0)
        words = stems(content_words(topic))
        said = set().union(*(self.c.stems_of(u) for u in units))
        coverage = len(words & said) / max(1, len(words))
        if strict:
            return hits, coverage >= 0.8
        if named:  # a speaker the user asked about by name: their closest words, if any are
            return hits, coverage > 0 or best >= 0.2
        return hits, coverage >= 0.5 or (coverage > 0 and best >= 0.35) or best >= 0.5

    def _speakers(self, a: Analysis, timings: dict[str, float]) -> Selection:
        d = self.c.directory
        claims: list[compose.Claim] = []
        all_hits: list[Hit] = []
        for name in a.speakers[:4]:
            sp = d.speakers[name]
            units = [u for u in sp.units if u.kind != "narrative"] or sp.units
            if a.exclude_text:
                shown = verify.normalise(a.exclude_text)
                units = [
                    u
                    for u in units
                    if verify.normalise(u.quote_text(self.c.text(u.doc_id)) or u.text)[:60]
                    not in shown
                ]
                if not units:
                    return Selection(reason=f"The sources report nothing more from {name}.")
            topic = a.topic if a.shape != "speaker_overview" else ""
            if a.shape == "who":
                first = next((u for u in sp.units if u.attr), sp.units[0])
                claims.append(compose.who_claim(first, self.c.text(first.doc_id), d))
            if topic:
                hits, supported = self._on_topic(name, topic, units, timings, a.claim_check)
                all_hits.extend(hits)
                if a.shape != "who" and not supported:
                    return Selection(
                        hits=all_hits,
                        reason=(
                            f"The sources do not report {name} speaking about {topic}. "
                            f"Ask “What did {name} say?” to see what they do report."
                        ),
                    )
                best = max((h.cosine or 0.0 for h in hits), default=0.0)
                chosen = [h.unit for h in hits if (h.cosine or 0.0) >= best * 0.8][:2]
                chosen = chosen or [hits[0].unit]
            else:
                chosen = sorted(units, key=lambda u: (u.kind != "quote", u.order))[:2]
                chosen = sorted(chosen, key=lambda u: u.order)
            limit = 3 if len(a.speakers) == 1 else 1
            for i, u in enumerate(chosen[:limit]):
                claims.append(self.claim(u, short=i > 0 or a.shape == "who"))
        return Selection(claims, all_hits)

    def _compare(self, a: Analysis, timings: dict[str, float]) -> Selection:
        """Each speaker's own words side by side; agreement only where the sources say so."""
        names = list(a.speakers)
        if len(names) < 2:
            hits = self.c.retriever.search(a.topic, self.settings.top_k * 2, timings=timings)
            names = list(dict.fromkeys(h.unit.speaker for h in hits if h.unit.speaker))[:4]
        claims: list[compose.Claim] = []
        silent: list[str] = []
        all_hits: list[Hit] = []
        agreement = False
        for name in names:
            units = self.c.directory.speakers[name].units
            if a.topic:
                hits, supported = self._on_topic(
                    name, a.topic, units, timings, named=name in a.speakers
                )
                all_hits.extend(hits)
                if not supported:
                    silent.append(name)
                    continue
                unit = hits[0].unit
            else:
                unit = sorted(units, key=lambda u: (u.kind != "quote", u.order))[0]
            agreement = agreement or bool(AGREEMENT_RE.search(unit.text))
            claims.append(self.claim(unit))
        if not claims or (a.shape == "compare" and len(claims) < 2 and len(a.speakers) < 2):
            return self._speakers(a, timings) if a.speakers else Selection(
                hits=all_hits, reason="The sources do not report several speakers on this."
            )  # fmt: skip
        topic = f" on {a.topic}" if a.topic else ""
        lead = f"What each speaker said{topic}, in their own words."
        if silent and a.speakers:
            lead += f" The sources report nothing from {', '.join(silent)}{topic}."
        if a.shape == "compare":
            lead += (
                " Where the sources describe agreement, it is in the quoted words below."
                if agreement
                else " The sources do not state whether they agree."
            )
        return Selection(claims, all_hits, bullets=True, lead=lead)

    def _general(self, a: Analysis, timings: dict[str, float]) -> Selection:
        c, d = self.c, self.c.directory
        query = a.resolved if a.shape != "overview" else f"{a.resolved} {a.topic}"
        hits = c.retriever.search(query, self.settings.top_k, timings=timings)
        best = max((h.cosine or 0.0 for h in hits), default=0.0)
        asked_missing = a.attribute and a.attribute[:5] not in c.stems
        if best < self.settings.min_relevance or asked_missing:
            missing = f" ({', '.join(a.missing_words)})" if a.missing_words else ""
            return Selection(hits=hits, reason=f"Nothing in the sources answers this{missing}.")
        floor = max(best * 0.85, self.settings.min_relevance)
        words = stems(content_words(a.topic))

        def fit(h: Hit) -> float:
            have = c.stems_of(h.unit)
            return (len(words & have) / max(1, len(words))) * 0.5 + (h.cosine or 0.0)

        good = sorted(
            (
                h
                for h in hits
                if (h.cosine or 0.0) >= floor
                or ((h.cosine or 0.0) >= 0.2 and fit(h) - (h.cosine or 0.0) >= 0.375)
            ),
            key=fit,
            reverse=True,
        )
        if a.shape == "factual":
            about_document = PUBLICATION_RE.search(a.question)
            candidates = [h.unit for h in hits[:5]]
            if about_document and a.factual == "when":
                # When a document was issued: its dateline, the first dated line in it.
                candidates = [*c.by_doc[hits[0].unit.doc_id][:3], *candidates]
            leads = [(u, compose.factual_lead(a.factual, norm(a.question), u)) for u in candidates]
            top, lead = next(((u, x) for u, x in leads if x), (good[0].unit, None))
            claim = self.claim(top)
            if lead and lead not in claim.text[: len(lead) + 4]:
                claim.text = f"**{lead}.** {claim.text}"
            return Selection([claim], hits)
        if a.shape == "who":
            spoken = [h for h in good if h.unit.speaker]
            good = spoken or good
        if a.shape == "overview":
            # The opening statements of a record say what it is about; then the best hits.
            leads = [
                u
                for units in list(c.by_doc.values())[:2]
                for u in units[:6]
                if u.kind == "narrative" and len(u.text) > 80 and not u.text.endswith("?")
            ][:2]
            narrative = [h.unit for h in hits if h.unit.kind == "narrative"]
            return Selection([self.claim(u) for u in unique([*leads, *narrative])[:3]], hits)
        units = unique(h.unit for h in good)[:3]
        claims = []
        for i, u in enumerate(units):
            short = bool(u.speaker) and any(v.speaker == u.speaker for v in units[:i])
            claims.append(compose.unit_claim(u, c.text(u.doc_id), d, short=short))
        return Selection(claims, hits)
