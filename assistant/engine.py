"""The engine: the one object the CLI, UI, server and evals ask questions of.

`build_engine(settings)` opens (or builds) the index and returns an `Engine`.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import compose, verify
from .answer import Answer, Citation, Message, RetrievedUnit
from .chunking import StoredUnit, from_metadata
from .config import Settings, quiet_offline_env
from .directory import Directory, norm
from .errors import BadInputError, StoreError, UnknownSpeakerError
from .questions import Analysis, analyse, content_words, stems
from .retrieval import Hit, Retriever
from .store import BuildReport, Store, model_id


@dataclass(frozen=True)
class SpeakerInfo:
    name: str
    honorific: str | None
    affiliation: str | None
    acronym: str | None
    roles: list[str]
    aliases: list[str]
    units: int
    documents: list[str]


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    date: str | None
    place: str | None
    publisher: str | None
    path: str


@dataclass(frozen=True)
class CorpusInfo:
    documents: list[DocumentInfo] = field(default_factory=list)
    speakers: int = 0
    units: int = 0


class Engine(Protocol):
    def ask(
        self,
        question: str,
        history: list[Message] | None = None,
        speaker: str | None = None,
        generator: str | None = None,
    ) -> Answer:
        """Answer one question; raises BadInputError / UnknownSpeakerError on bad input."""
        ...

    def search(
        self, query: str, speaker: str | None = None, k: int | None = None
    ) -> list[RetrievedUnit]: ...

    def speakers(self) -> list[SpeakerInfo]: ...

    def corpus(self) -> CorpusInfo: ...

    def document_text(self, doc_id: str) -> str:
        """The full text of a source document (KeyError if unknown)."""
        ...


Echo = Callable[[str], None]
REFRESH_SECONDS = 2.0


def make_embed_model(settings: Settings) -> Any:
    quiet_offline_env()
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(
        model_name=str(settings.resolved_model_dir()), device="cpu", embed_batch_size=64
    )


def index_corpus(
    settings: Settings,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    embed_model: Any = None,
) -> tuple[BuildReport, list[Any]]:
    """Bring the index up to date with source_docs/; returns the report and skipped files."""
    from . import sources

    documents, skipped = sources.load_all(settings.source_dir)
    embed_model = embed_model or make_embed_model(settings)
    store = Store(settings, model_id(settings.resolved_model_dir()))
    try:
        store.client  # noqa: B018 - opening detects a corrupted or foreign folder
    except StoreError:
        if not rebuild:
            raise
        store.quarantine()
    report = store.build(documents, embed_model, progress=progress, rebuild=rebuild)
    return report, skipped


class _Loaded:
    """One generation of the index, in memory: units, documents, directory, retriever."""

    def __init__(self, store: Store, embed_model: Any) -> None:
        gen = store.active()
        self.generation = gen.number
        self.docs = Store.read_docs(gen)
        ids, metas, texts = _read_units(gen)
        self.units = sorted(
            (
                from_metadata(i, m, self.docs[m["source_doc"]]["text"])
                for i, m in zip(ids, metas, strict=True)
            ),
            key=lambda u: (u.doc_id, u.order),
        )
        texts_by_id = dict(zip(ids, texts, strict=True))
        self.directory = Directory(self.units)
        self.retriever = Retriever(
            self.units,
            gen.units,
            embed_model,
            [texts_by_id[u.unit_id] for u in self.units],
        )
        self.by_doc: dict[str, list[StoredUnit]] = {}
        for u in self.units:
            self.by_doc.setdefault(u.doc_id, []).append(u)
        words: set[str] = set()
        for d in self.docs.values():
            for w in norm(d["text"]).split():
                words.add(w)
                words.update(p for p in w.split("-") if p)
                if w.endswith("'s"):
                    words.add(w[:-2])
        self.vocabulary = words
        self.acronyms = _acronyms(d["text"] for d in self.docs.values())
        self.stems = {w[:5] for w in words if len(w) >= 4}

    def unit_at(self, doc_id: str, start: int, end: int) -> StoredUnit | None:
        for u in self.by_doc.get(doc_id, []):
            if u.start <= start and end <= u.end:
                return u
        return None


def _read_units(gen: Any) -> tuple[list[str], list[dict], list[str]]:
    ids: list[str] = []
    metas: list[dict] = []
    texts: list[str] = []
    total = gen.units.count()
    for offset in range(0, total, 5000):
        got = gen.units.get(include=["metadatas", "documents"], limit=5000, offset=offset)
        ids.extend(got["ids"])
        metas.extend(got["metadatas"])
        texts.extend(got["documents"])
    return ids, metas, texts


class DialogueEngine:
    def __init__(self, settings: Settings, store: Store, embed_model: Any) -> None:
        self.settings = settings
        self.store = store
        self.embed_model = embed_model
        self._lock = threading.Lock()
        self._state = _Loaded(store, embed_model)
        self._checked = time.monotonic()

    # -- index generations ----------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Switch to a newer generation if `assistant index` made one (checked every 2 s)."""
        now = time.monotonic()
        if not force and now - self._checked < REFRESH_SECONDS:
            return
        self._checked = now
        try:
            active = self.store.active_number()
        except Exception:
            return
        if active is not None and active != self._state.generation:
            with self._lock:
                if active != self._state.generation:
                    # On failure keep answering from the generation we have.
                    with contextlib.suppress(StoreError):
                        self._state = _Loaded(self.store, self.embed_model)

    # -- the Engine protocol ----------------------------------------------------------
    def speakers(self) -> list[SpeakerInfo]:
        st = self._state
        return [
            SpeakerInfo(
                name=sp.name,
                honorific=sp.honorific,
                affiliation=sp.affiliation,
                acronym=sp.acronym,
                roles=list(sp.roles),
                aliases=sp.aliases(),
                units=len(sp.units),
                documents=list(sp.documents),
            )
            for sp in sorted(
                st.directory.speakers.values(),
                key=lambda s: min((u.doc_id, u.order) for u in s.units),
            )
        ]

    def corpus(self) -> CorpusInfo:
        st = self._state
        docs = [
            DocumentInfo(
                doc_id=d["doc_id"],
                title=d.get("title") or d["doc_id"],
                date=d.get("date") or None,
                place=d.get("place") or None,
                publisher=d.get("publisher") or None,
                path=d.get("path") or "",
            )
            for d in sorted(st.docs.values(), key=lambda d: d["doc_id"])
        ]
        return CorpusInfo(documents=docs, speakers=len(st.directory.speakers), units=len(st.units))

    def document_text(self, doc_id: str) -> str:
        return self._state.docs[doc_id]["text"]

    def units_of(self, speaker: str) -> list[StoredUnit]:
        sp = self._state.directory.get(speaker)
        return list(sp.units) if sp else []

    def _speaker_filter(self, speaker: str | None) -> str | None:
        if speaker is not None and not isinstance(speaker, str):
            raise BadInputError("the speaker filter must be a name (text)")
        if not speaker or not speaker.strip():
            return None
        sp = self._state.directory.get(speaker.strip())
        if sp is None:
            raise UnknownSpeakerError(speaker.strip(), self._state.directory.names())
        return sp.name

    def search(
        self, query: str, speaker: str | None = None, k: int | None = None
    ) -> list[RetrievedUnit]:
        self.refresh()
        name = self._speaker_filter(speaker)
        k = k or self.settings.top_k
        st = self._state
        if not query.strip():
            if not name:
                raise BadInputError("the query is empty")
            units = st.directory.speakers[name].units[:k]
            return [_retrieved(u, 1.0) for u in units]
        hits = st.retriever.search(query, k, speakers=[name] if name else None)
        return [_retrieved(h.unit, h.cosine if h.cosine is not None else h.score) for h in hits]

    def ask(
        self,
        question: str,
        history: list[Message] | None = None,
        speaker: str | None = None,
        generator: str | None = None,
    ) -> Answer:
        t_start = time.perf_counter()
        self.refresh()
        s = self.settings
        if not isinstance(question, str):
            raise BadInputError("the question must be text")
        question = "".join(ch for ch in question if ch.isprintable() or ch in "\n\t")
        question = " ".join(question.split())
        if not question:
            raise BadInputError("the question is empty")
        if len(question) > s.max_question_chars:
            raise BadInputError(
                f"the question is too long ({len(question)} characters; at most "
                f"{s.max_question_chars})"
            )
        history = _clean_history(history, s.max_history_turns)
        name = self._speaker_filter(speaker)
        st = self._state
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        a = analyse(question, history, st.directory, st.vocabulary, st.stems)
        if name:
            a.speakers = [name]
            if a.shape in ("general", "who", "overview"):
                a.shape = "what_said" if a.topic else "speaker_overview"
        a.topic = " ".join(
            f"{w} {st.acronyms[w]}" if w in st.acronyms else w for w in a.topic.split()
        )
        timings["analyse_ms"] = (time.perf_counter() - t0) * 1000
        gen = generator or s.generator
        answer = self._extractive(st, a, timings)
        if gen == "openai":
            answer = self._with_llm(st, a, history, answer, timings)
        answer.question = question
        answer.resolved_question = a.resolved if a.resolved != question else None
        timings["total_ms"] = (time.perf_counter() - t_start) * 1000
        answer.timings = {k: round(v, 3) for k, v in timings.items()}
        return answer

    # -- extractive --------------------------------------------------------------------
    def _extractive(self, st: _Loaded, a: Analysis, timings: dict[str, float]) -> Answer:
        if a.shape == "injection":
            return self._abstain(
                st, a, "The question asks the assistant to change its instructions or role; "
                "it only answers questions about what the sources say.", [],
            )  # fmt: skip
        if a.unknown_terms:
            terms = ", ".join(dict.fromkeys(a.unknown_terms))
            return self._abstain(st, a, f"The sources do not mention {terms}.", [])
        t0 = time.perf_counter()
        claims, hits, reason, bullets = self._claims(st, a, timings)
        timings["compose_ms"] = (time.perf_counter() - t0) * 1000 - sum(
            timings.get(k, 0.0) for k in ("embed_ms", "dense_ms", "keyword_ms", "fusion_ms")
        )
        if not claims:
            return self._abstain(st, a, reason or "The sources do not answer this.", hits)
        t1 = time.perf_counter()
        answer = self._cite(st, a, claims, hits, bullets)
        timings["verify_ms"] = (time.perf_counter() - t1) * 1000
        return answer

    def _claims(
        self, st: _Loaded, a: Analysis, timings: dict[str, float]
    ) -> tuple[list[compose.Claim], list[Hit], str | None, bool]:
        d = st.directory
        doc = self.document_text
        k = self.settings.top_k
        if a.shape in ("name", "affiliation", "role") and a.speakers:
            sp = d.speakers[a.speakers[0]]
            intro = next((u for u in sp.units if u.attr), sp.units[0])
            if a.shape == "affiliation":
                claim = None
                for u in sp.units:
                    claim = compose.affiliation_claim(u, doc(u.doc_id), d)
                    if claim:
                        break
                if claim:
                    return [claim], [], None, False
            claim = compose.who_claim(intro, doc(intro.doc_id), d)
            return [claim], [], None, False

        if a.shape == "list" and not a.speakers:
            people = list(d.speakers.values())
            if a.companies:
                people = [p for p in people if p.is_company()]
            elif a.topic:
                hits = st.retriever.search(a.topic, k * 2, timings=timings)
                named = [
                    h.unit.speaker
                    for h in hits
                    if h.unit.speaker and ((h.cosine or 0) > 0.3 or h.bm25 > 0)
                ]
                if named:
                    people = [d.speakers[n] for n in dict.fromkeys(named)]
            claims = []
            for p in people[:10]:
                c = None
                for u in p.units:
                    c = compose.affiliation_claim(u, doc(u.doc_id), d)
                    if c:
                        break
                claims.append(c or compose.who_claim(p.units[0], doc(p.units[0].doc_id), d))
            return claims, [], "No speaker in the sources fits that description.", True

        if a.speakers and a.shape in ("what_said", "speaker_overview", "who", "list", "general"):
            return self._speaker_claims(st, a, timings)

        query = a.resolved if a.shape != "overview" else f"{a.resolved} {a.topic}"
        hits = st.retriever.search(query, k, timings=timings)
        best = max((h.cosine or 0.0 for h in hits), default=0.0)
        asked_missing = a.attribute and a.attribute[:5] not in st.stems
        if best < self.settings.min_relevance or asked_missing:
            missing = f" ({', '.join(a.missing_words)})" if a.missing_words else ""
            return [], hits, f"Nothing in the sources answers this{missing}.", False
        good = [
            h for h in hits if (h.cosine or 0.0) >= max(best * 0.85, self.settings.min_relevance)
        ]
        if a.shape == "factual":
            leads = [(h.unit, compose.factual_lead(a.factual, norm(a.question), h.unit))
                     for h in hits[:5]]  # fmt: skip
            top, lead = next(((u, x) for u, x in leads if x), (good[0].unit, None))
            claim = compose.unit_claim(top, doc(top.doc_id), d)
            if lead and lead not in claim.text[: len(lead) + 4]:
                claim.text = f"**{lead}.** {claim.text}"
            return [claim], hits, None, False
        if a.shape == "who":
            spoken = [h for h in good if h.unit.speaker]
            if spoken:
                good = spoken
        if a.shape == "overview":
            # The opening statements of a record say what it is about; then the best hits.
            leads = [
                u
                for units_ in list(st.by_doc.values())[:2]
                for u in units_[:6]
                if u.kind == "narrative" and len(u.text) > 80 and not u.text.endswith("?")
            ][:2]
            narrative = [h.unit for h in hits if h.unit.kind == "narrative"]
            units = _unique([*leads, *narrative])[:3]
            return [compose.unit_claim(u, doc(u.doc_id), d) for u in units], hits, None, False
        units = _unique(h.unit for h in good)[:3]
        return [_claim(u, doc, d, i, units) for i, u in enumerate(units)], hits, None, False

    def _speaker_claims(
        self, st: _Loaded, a: Analysis, timings: dict[str, float]
    ) -> tuple[list[compose.Claim], list[Hit], str | None, bool]:
        d = st.directory
        doc = self.document_text
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
                    if verify.normalise(u.quote_text(doc(u.doc_id)) or u.text)[:60] not in shown
                ]
                if not units:
                    return [], [], f"The sources report nothing more from {name}.", False
            topic = a.topic if a.shape not in ("speaker_overview",) else ""
            if a.shape == "who":
                first = next((u for u in sp.units if u.attr), sp.units[0])
                claims.append(compose.who_claim(first, doc(first.doc_id), d))
            if topic:
                vector = st.retriever.embed(topic)
                hits = st.retriever.search(
                    topic, max(self.settings.top_k, 8), speakers=[name], vector=vector,
                    timings=timings,
                )  # fmt: skip
                hits = [h for h in hits if h.unit in units] or hits
                all_hits.extend(hits)
                best = max((h.cosine or 0.0 for h in hits), default=0.0)
                words = content_words(topic)
                said = stems([w for u in units for w in norm(u.text).split()])
                coverage = len(stems(words) & said) / max(1, len(stems(words)))
                if a.claim_check:
                    supported = coverage >= 0.8
                else:
                    supported = coverage >= 0.5 or (coverage > 0 and best >= 0.35) or best >= 0.5
                if a.shape != "who" and not supported:
                    return (
                        [],
                        all_hits,
                        (
                            f"The sources do not report {name} speaking about {topic}. "
                            f"Ask “What did {name} say?” to see what they do report."
                        ),
                        False,
                    )
                chosen = [h.unit for h in hits if (h.cosine or 0.0) >= best * 0.8][:2]
                chosen = chosen or [hits[0].unit]
            else:
                chosen = sorted(units, key=lambda u: (u.kind != "quote", u.order))[:2]
                chosen = sorted(chosen, key=lambda u: u.order)
            limit = 3 if len(a.speakers) == 1 else 1
            for i, u in enumerate(chosen[:limit]):
                claims.append(
                    compose.unit_claim(u, doc(u.doc_id), d, short=i > 0 or a.shape == "who")
                )
        return claims, all_hits, None, False

    def _cite(
        self,
        st: _Loaded,
        a: Analysis,
        claims: list[compose.Claim],
        hits: list[Hit],
        bullets: bool,
    ) -> Answer:
        citations: list[Citation] = []
        index: dict[tuple[str, int, int], int] = {}
        texts: list[str] = []
        for claim in claims:
            numbers = []
            for ev in claim.evidence:
                key = (ev.unit.doc_id, ev.start, ev.end)
                if key not in index:
                    index[key] = len(citations) + 1
                    citations.append(_citation(index[key], ev, self.document_text(ev.unit.doc_id)))
                numbers.append(index[key])
            texts.append(claim.text.rstrip() + " " + "".join(f"[{n}]" for n in numbers))
        return self._verified(st, a, texts, citations, hits, "extractive", bullets)

    def _verified(
        self,
        st: _Loaded,
        a: Analysis,
        sentences: list[str],
        citations: list[Citation],
        hits: list[Hit],
        generator: str,
        bullets: bool = False,
    ) -> Answer:
        """Keep only verified sentences and their citations, renumbered; else abstain."""
        good = {
            c.n: c
            for c in citations
            if verify.citation_holds(c, st.docs.get(c.doc_id, {}).get("text"), st.unit_at)
        }

        def unit_text(c: Citation) -> str:
            u = st.unit_at(c.doc_id, c.start, c.end)
            return u.text if u else ""

        kept = [s for s in sentences if verify.sentence_holds(s, good, unit_text)]
        if not kept:
            return self._abstain(st, a, "No statement could be verified against the sources.", hits)
        used = [int(n) for s in kept for n in verify.MARKER.findall(s)]
        renumber = {old: new for new, old in enumerate(dict.fromkeys(used), 1)}
        final_cites = []
        for old, new in renumber.items():
            final_cites.append(good[old].model_copy(update={"n": new}))
        kept = [verify.MARKER.sub(lambda m: f"[{renumber[int(m.group(1))]}]", s) for s in kept]
        text = "\n".join(f"- {s}" for s in kept) if bullets else " ".join(kept)
        note = None
        if len(kept) < len(sentences):
            note = (
                f"{len(sentences) - len(kept)} statement(s) removed: not supported by the sources."
            )
        return Answer(
            question=a.question, text=text, citations=final_cites, abstained=False,
            generator=generator, note=note, retrieved=[_retrieved(h.unit, h.cosine or h.score)
                                                       for h in hits],
        )  # fmt: skip

    def _abstain(self, st: _Loaded, a: Analysis, reason: str, hits: list[Hit]) -> Answer:
        names = ", ".join(st.directory.speakers[n].label() for n in list(st.directory.speakers))
        docs = "; ".join(f"{d.get('title') or d['doc_id']}" for d in list(st.docs.values())[:3])
        more = f" and {len(st.docs) - 3} more" if len(st.docs) > 3 else ""
        text = (
            f"**Not in the sources.** {reason}\n\nThe sources cover: {docs}{more}. "
            f"Speakers: {names}."
        )
        return Answer(
            question=a.question, text=text, abstained=True, reason=reason,
            retrieved=[_retrieved(h.unit, h.cosine or h.score) for h in hits],
        )  # fmt: skip

    # -- optional LLM --------------------------------------------------------------------
    def _with_llm(
        self,
        st: _Loaded,
        a: Analysis,
        history: list[Message],
        fallback: Answer,
        timings: dict[str, float],
    ) -> Answer:
        from .llm import NOT_IN_SOURCES, LLMError, OpenAIClient, PromptUnit, build_messages

        if a.shape == "injection" or a.unknown_terms:
            return fallback
        t0 = time.perf_counter()
        query = a.resolved
        hits = st.retriever.search(
            query, self.settings.top_k, speakers=a.speakers or None, timings=timings
        )
        units = _unique(h.unit for h in hits)
        prompt_units = [
            PromptUnit(n=i, speaker=u.speaker, affiliation=u.affiliation, kind=u.kind,
                       text=u.text, doc_title=u.doc_title, roles=list(u.roles))
            for i, u in enumerate(units, 1)
        ]  # fmt: skip
        try:
            with OpenAIClient(self.settings) as client:
                raw = client.complete(build_messages(a.resolved, prompt_units, history))
        except LLMError as err:
            fallback.note = f"The language model was not used ({err}); extractive answer shown."
            return fallback
        finally:
            timings["llm_ms"] = (time.perf_counter() - t0) * 1000
        if raw.strip() == NOT_IN_SOURCES or not raw.strip():
            if fallback.abstained:
                return fallback
            fallback.note = "The language model found no answer; extractive answer shown."
            return fallback
        sentences = [s for s in re.split(r"(?<=\])[.;!?]?(?:\s+|$)|\n+", raw) if s and s.strip()]
        citations: list[Citation] = []
        texts: list[str] = []
        by_n = {p.n: u for p, u in zip(prompt_units, units, strict=True)}
        for sentence in sentences:
            numbers = [int(n) for n in verify.MARKER.findall(sentence)]
            plain = verify.MARKER.sub("", sentence)
            named = set(st.directory.resolve(plain))
            quoted = [verify.normalise(m.group(1)).strip(" ,.;:") for m in
                      verify.QUOTE_SPAN.finditer(plain)]  # fmt: skip
            cited_units = []
            for n in numbers:
                u = by_n.get(n)
                if u is None:
                    continue
                text = verify.normalise(u.text)
                if quoted and not all(q in text for q in quoted):
                    continue  # each marker must hold every quote of its sentence
                if named and u.speaker and u.speaker not in named:
                    continue  # words credited to someone this source doesn't quote
                cited_units.append(u)
            if named and not named <= {u.speaker for u in cited_units}:
                continue
            if cited_units and not quoted:
                # Reported speech: most of its content words must be in the cited units.
                words = _snowball(content_words(plain)) - _snowball(content_words(" ".join(named)))
                have = _snowball([w for u in cited_units for w in norm(u.text).split()])
                if words and len(words & have) / len(words) < 0.7:
                    continue
            new_numbers = []
            for u in cited_units:
                ev = _evidence_for(sentence, u, self.document_text(u.doc_id))
                c = _citation(len(citations) + 1, ev, self.document_text(u.doc_id))
                citations.append(c)
                new_numbers.append(c.n)
            if not new_numbers:
                continue
            body = verify.MARKER.sub("", sentence).strip()
            texts.append(body + " " + "".join(f"[{n}]" for n in new_numbers))
        answer = self._verified(st, a, texts, citations, hits, "openai")
        if answer.abstained or answer.note or len(texts) < len(sentences):
            fallback.note = (
                "The language model's answer did not pass verification; extractive answer shown."
            )
            return fallback
        return answer


def _snowball(words: list[str]) -> set[str]:
    import Stemmer

    return set(Stemmer.Stemmer("english").stemWords(words))


def _acronyms(texts: Any) -> dict[str, str]:
    """'Artificial Intelligence (AI)' in any source: lets a question say just 'AI'."""
    found: dict[str, str] = {}
    for text in texts:
        for m in re.finditer(r"((?:[A-Za-z][\w-]*\s+){1,8})\(([A-Z][A-Za-z]{1,7})\)", text):
            acr = m.group(2)
            words = m.group(1).split()[-len(acr) :] if len(acr) <= 8 else []
            initials = "".join(w[0] for w in words).lower()
            if initials == acr.lower():
                found.setdefault(acr.lower(), " ".join(words).lower())
    return found


def _unique(units: Any) -> list[StoredUnit]:
    seen: dict[str, StoredUnit] = {}
    for u in units:
        seen.setdefault(u.unit_id, u)
    return list(seen.values())


def _claim(
    u: StoredUnit, doc: Callable[[str], str], d: Directory, i: int, units: list[StoredUnit]
) -> compose.Claim:
    short = any(v.speaker == u.speaker for v in units[:i]) if u.speaker else False
    return compose.unit_claim(u, doc(u.doc_id), d, short=short)


def _evidence_for(sentence: str, unit: StoredUnit, doc: str) -> compose.Evidence:
    """The span of `unit` a model's sentence quotes, else the unit's own quote or text."""
    for m in verify.QUOTE_SPAN.finditer(sentence):
        inner = m.group(1).strip(" ,.;:")
        at = doc.find(inner, unit.start, unit.end)
        if at >= 0:
            return compose.Evidence(unit, at, at + len(inner))
    if len(unit.quotes) == 1:
        return compose.Evidence(unit, *unit.quotes[0])
    return compose.Evidence(unit, unit.start, unit.end)


def _citation(n: int, ev: compose.Evidence, doc: str) -> Citation:
    u = ev.unit
    return Citation(
        n=n, speaker=u.speaker, affiliation=u.affiliation, roles=list(u.roles), kind=u.kind,
        quote=doc[ev.start : ev.end], doc_id=u.doc_id, doc_title=u.doc_title,
        doc_date=u.doc_date, start=ev.start, end=ev.end, unit_id=u.unit_id,
    )  # fmt: skip


def _retrieved(u: StoredUnit, score: float) -> RetrievedUnit:
    return RetrievedUnit(
        unit_id=u.unit_id, speaker=u.speaker, kind=u.kind, text=u.text, score=round(score, 4),
        doc_id=u.doc_id, start=u.start, end=u.end,
    )  # fmt: skip


def _clean_history(history: Any, limit: int) -> list[Message]:
    if history is None:
        return []
    if not isinstance(history, list):
        raise BadInputError("history must be a list of {role, content} messages")
    out: list[Message] = []
    for item in history[-limit:] if limit else []:
        if isinstance(item, Message):
            out.append(item)
            continue
        if not isinstance(item, dict) or item.get("role") not in ("user", "assistant"):
            raise BadInputError("each history message needs role 'user' or 'assistant'")
        content = item.get("content")
        if isinstance(content, list):  # gradio: a list of parts
            content = " ".join(
                str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content
            )
        if not isinstance(content, str):
            raise BadInputError("each history message needs text content")
        out.append(Message(role=item["role"], content=content[:20_000]))
    return out


def build_engine(
    settings: Settings, progress: Echo | None = None, build_if_missing: bool = True
) -> DialogueEngine:
    """Open the index (building it first if there is none) and return a ready engine."""
    echo = progress or (lambda msg: None)
    embed_model = make_embed_model(settings)
    store = Store(settings, model_id(settings.resolved_model_dir()))
    try:
        store.active()
    except StoreError as err:
        if not build_if_missing or "no index yet" not in str(err):
            raise
        echo(f"No index yet: indexing {settings.source_dir} into {settings.index_dir} …")
        report, skipped = index_corpus(settings, embed_model=embed_model)
        for s in skipped:
            echo(f"  skipped {s.reason}")
        echo(f"  indexed {len(report.added)} document(s), {report.units} units")
    engine = DialogueEngine(settings, store, embed_model)
    engine.search("warm up")  # loads the model's weights and Chroma's segments now
    return engine
