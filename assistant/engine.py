"""The engine: the one object the CLI, UI, server and evals ask questions of.

`build_engine(settings)` opens (or builds) the index and returns an `Engine`.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import compose, verify
from .answer import Answer, Citation, Message, RetrievedUnit
from .chunking import StoredUnit
from .config import Settings, SettingsError, quiet_offline_env
from .corpus import Corpus
from .directory import norm
from .errors import BadInputError, StoreError, UnknownSpeakerError
from .extractive import Extractive, Selection, unique
from .questions import Analysis, analyse, content_words
from .retrieval import Hit
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

    def units_of(self, speaker: str) -> list[StoredUnit]:
        """A speaker's units in document order (empty if unknown)."""
        ...


Echo = Callable[[str], None]
REFRESH_SECONDS = 2.0


def make_embed_model(settings: Settings) -> Any:
    quiet_offline_env()
    import torch
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    # One question is a tiny batch: more threads only contend (measured: bench/results.md).
    torch.set_num_threads(settings.query_threads)
    model_dir = settings.resolved_model_dir()
    try:
        return HuggingFaceEmbedding(model_name=str(model_dir), device="cpu", embed_batch_size=64)
    except (OSError, ValueError, RuntimeError) as err:
        raise SettingsError(
            f"ASSISTANT_MODEL_DIR: {model_dir} cannot be loaded ({type(err).__name__})"
        ) from None


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
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(settings.index_threads or os.cpu_count() or 1)
    try:
        report = store.build(documents, embed_model, progress=progress, rebuild=rebuild)
    finally:
        torch.set_num_threads(threads)
    return report, skipped


class DialogueEngine:
    def __init__(self, settings: Settings, store: Store, embed_model: Any) -> None:
        self.settings = settings
        self.store = store
        self.embed_model = embed_model
        self._lock = threading.Lock()
        self._state = Corpus(store, embed_model)
        self._checked = time.monotonic()

    # -- index generations ----------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Switch to a newer generation if `assistant index` made one (checked every 2 s).

        The new generation loads in the background while answers keep coming from the old
        one; `force=True` checks now and waits for the switch.
        """
        now = time.monotonic()
        if not force and now - self._checked < REFRESH_SECONDS:
            return
        self._checked = now
        try:
            active = self.store.active_number()
        except Exception:
            return
        if active is None or active == self._state.generation:
            return
        if force:
            self._load()
        elif self._lock.acquire(blocking=False):
            self._lock.release()
            threading.Thread(target=self._load, daemon=True).start()

    def _load(self) -> None:
        # On failure keep answering from the generation we have.
        with self._lock, contextlib.suppress(StoreError):
            if self.store.active_number() != self._state.generation:
                self._state = Corpus(self.store, self.embed_model)

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

    @property
    def generation(self) -> int:
        """The index generation answers come from (changes after `assistant index`)."""
        return self._state.generation

    def document_text(self, doc_id: str) -> str:
        return self._state.text(doc_id)

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
        a = analyse(question, history, st.directory, st.vocabulary, st.stems, st.doc_words)
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
    def _extractive(self, st: Corpus, a: Analysis, timings: dict[str, float]) -> Answer:
        if a.shape == "injection":
            return self._abstain(
                st, a, "The question asks the assistant to change its instructions or role; "
                "it only answers questions about what the sources say.", [],
            )  # fmt: skip
        if a.unknown_terms:
            terms = ", ".join(dict.fromkeys(a.unknown_terms))
            return self._abstain(st, a, f"The sources do not mention {terms}.", [])
        t0 = time.perf_counter()
        sel = Extractive(st, self.settings).select(a, timings)
        timings["compose_ms"] = (time.perf_counter() - t0) * 1000 - sum(
            timings.get(k, 0.0) for k in ("embed_ms", "dense_ms", "keyword_ms", "fusion_ms")
        )
        if not sel.claims:
            return self._abstain(st, a, sel.reason or "The sources do not answer this.", sel.hits)
        t1 = time.perf_counter()
        answer = self._cite(st, a, sel)
        timings["verify_ms"] = (time.perf_counter() - t1) * 1000
        return answer

    def _cite(self, st: Corpus, a: Analysis, sel: Selection) -> Answer:
        citations: list[Citation] = []
        index: dict[tuple[str, int, int], int] = {}
        texts: list[str] = []
        for claim in sel.claims:
            numbers = []
            for ev in claim.evidence:
                key = (ev.unit.doc_id, ev.start, ev.end)
                if key not in index:
                    index[key] = len(citations) + 1
                    citations.append(_citation(index[key], ev, self.document_text(ev.unit.doc_id)))
                numbers.append(index[key])
            body = claim.text.rstrip()
            end = "" if sel.bullets or body[-1:] in '.!?”"' else "."
            texts.append(body + " " + "".join(f"[{n}]" for n in numbers) + end)
        return self._verified(
            st, a, texts, citations, sel.hits, "extractive", sel.bullets, sel.lead
        )

    def _verified(
        self,
        st: Corpus,
        a: Analysis,
        sentences: list[str],
        citations: list[Citation],
        hits: list[Hit],
        generator: str,
        bullets: bool = False,
        lead: str | None = None,
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
        if lead:  # the engine's own framing: speaker names and question words, no quotes
            text = f"{lead}\n\n{text}"
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

    def _abstain(self, st: Corpus, a: Analysis, reason: str, hits: list[Hit]) -> Answer:
        # Only curated words here: titles from .meta.yaml (else file names) and speaker names;
        # a document's own first line could carry anything.
        docs = [d.get("title") if d.get("titled") else d["doc_id"] for d in st.docs.values()]
        names = list(st.directory.speakers)
        more_docs = f" and {len(docs) - 3} more" if len(docs) > 3 else ""
        more_names = f" and {len(names) - 12} more" if len(names) > 12 else ""
        text = (
            f"**Not in the sources.** {reason}\n\nThe sources cover: {'; '.join(docs[:3])}"
            f"{more_docs}. Speakers: {', '.join(names[:12])}{more_names}."
        )
        return Answer(
            question=a.question, text=text, abstained=True, reason=reason,
            retrieved=[_retrieved(h.unit, h.cosine or h.score) for h in hits],
        )  # fmt: skip

    # -- optional LLM --------------------------------------------------------------------
    def _with_llm(
        self,
        st: Corpus,
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
        units = unique(h.unit for h in hits)
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
