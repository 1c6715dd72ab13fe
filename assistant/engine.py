"""The engine: the one object the CLI, UI, server and evals ask questions of.

`build_engine(settings)` opens (or builds) the index and returns an `Engine`.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import checks, compose, conversation, generators, questions, scope, verify
from .answer import Answer, Citation, Message, RetrievedUnit
from .chunking import StoredUnit
from .config import Settings
from .corpus import Corpus
from .directory import Directory, norm
from .encoder import LazyEncoder, index_encoder, query_encoder
from .errors import BadInputError, StoreError, UnknownSpeakerError
from .generators import Generator
from .generators.extractive import Extractive, Selection
from .questions import Analysis, analyse
from .retrieval import Fusion, Hit
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


def make_embed_model(settings: Settings, notice: Echo | None = None) -> LazyEncoder:
    """The question encoder, loaded on first use (ONNX Runtime when its export is cached)."""
    return LazyEncoder(lambda: query_encoder(settings, notice))


def index_corpus(
    settings: Settings,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    embed_model: Any = None,
) -> tuple[BuildReport, list[Any]]:
    """Bring the index up to date with source_docs/; returns the report and skipped files.

    Content hashes are compared with the store first: the model loads only if a document
    was added or changed.
    """
    from . import sources

    documents, skipped = sources.load_all(settings.source_dir)
    from .attribution import overrides

    for d in documents:  # a bad entry of a corrections file is named by its line, not dropped
        skipped += [sources.Skipped(d.path, p) for p in overrides.check(d.path, d.text)[2]]
    encoder = embed_model or LazyEncoder(lambda: index_encoder(settings, progress))
    store = Store(settings, model_id(settings.resolved_model_dir()))
    try:
        store.client  # noqa: B018 - opening detects a corrupted or foreign folder
    except StoreError:
        if not rebuild:
            raise
        store.quarantine()
    report = store.build(documents, encoder, progress=progress, rebuild=rebuild)
    return report, skipped


class DialogueEngine:
    def __init__(self, settings: Settings, store: Store, embed_model: Any) -> None:
        self.settings = settings
        self.store = store
        self.embed_model = embed_model
        self._lock = threading.Lock()
        self._state = Corpus(store, embed_model, Fusion.of(settings), settings.resolved_cache_dir())
        self._checked = time.monotonic()
        self._covers: tuple[int, conversation.Coverage] | None = None

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
                self._state = Corpus(
                    self.store, self.embed_model, Fusion.of(self.settings),
                    self.settings.resolved_cache_dir(),
                )  # fmt: skip

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

    def document_units(self, doc_id: str) -> list[StoredUnit]:
        """A document's units in order, speakers as citations report them (for the evals)."""
        return list(self._state.by_doc.get(doc_id, []))

    def document_meta(self, doc_id: str) -> dict[str, Any]:
        """A document's stored metadata (title, kind, path, ...) without its text; KeyError."""
        return {k: v for k, v in self._state.docs[doc_id].items() if k != "text"}

    def _speaker_filter(self, speaker: str | None) -> str | None:
        speaker = checks.speaker(speaker)
        if not speaker:
            return None
        sp = self._state.directory.get(speaker)
        if sp is None:
            raise UnknownSpeakerError(speaker, self._state.directory.names())
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
        question = checks.question(question, s.max_question_chars)
        history = checks.history(history, s.max_history_turns)
        name = self._speaker_filter(speaker)
        st = self._state
        timings: dict[str, float] = {}
        kind = conversation.act(question, s)
        if kind:  # a greeting, thanks, help or another language: a short reply, no sources
            answer = conversation.reply(kind, question, self._coverage(st))
            answer.timings = {"total_ms": round((time.perf_counter() - t_start) * 1000, 3)}
            return answer
        t0 = time.perf_counter()
        asked = conversation.strip_courtesy(question)
        asked = st.speller.correct(asked, s.spelling_cutoff)  # "recomendations": a slip
        a = analyse(asked, history, st.directory, st.vocabulary, st.stems, st.doc_words)
        if name:
            a.speakers = [name]
            if a.shape in ("general", "who", "overview"):
                a.shape = "what_said" if a.topic else "speaker_overview"
        scope.apply(a, st)
        if not a.docs and history and conversation.refers_back(asked):  # "that contribution"
            texts = {d: v.get("text") or "" for d, v in st.docs.items()}
            a.docs = conversation.cited_documents(history, texts)
        if a.follow_up and not a.docs:  # a follow-up stays in the meeting being discussed
            a.docs = self._conversation_scope(st, history)
        timings["analyse_ms"] = (time.perf_counter() - t0) * 1000
        gen = generator or s.generator
        answer = self._extractive(st, a, timings)
        ruled_out = (
            a.shape == "injection" or a.unknown_terms or a.scope_unknown or a.future or a.advice
        )
        if gen != "extractive" and not ruled_out:
            model = generators.build(gen, st, s, history)
            answer = self._with_model(st, a, model, answer, timings)
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
        t0 = time.perf_counter()
        sel = self._select(st, a, timings)
        timings["compose_ms"] = (time.perf_counter() - t0) * 1000 - sum(
            timings.get(k, 0.0) for k in ("embed_ms", "dense_ms", "keyword_ms", "fusion_ms")
        )
        if not sel.claims:
            answer = self._abstain(st, a, sel.reason or "The sources do not answer this.", sel.hits)
        else:
            t1 = time.perf_counter()
            answer = self._cite(st, a, sel, "extractive")
            timings["verify_ms"] = (time.perf_counter() - t1) * 1000
        answer.support = sel.support
        return answer

    def _select(self, st: Corpus, a: Analysis, timings: dict[str, float]) -> Selection:
        """The extractive choice; a question in parts ("who chaired A, and who chaired B?")
        gets each part's, and a part the sources do not answer is said plainly."""
        x = Extractive(st, self.settings)
        asked = questions.parts(a.question) if a.shape not in ("compare", "injection") else []
        if len(asked) < 2:
            return x.select(a, timings)
        picks: list[tuple[str, Selection]] = []
        said: list[Message] = []  # earlier parts as a conversation: "… and where is she from?"
        for part in asked:
            sub = analyse(part, said, st.directory, st.vocabulary, st.stems, st.doc_words)
            scope.apply(sub, st)
            if not sub.docs:  # "…, and when did it rise?": the meeting the question names
                sub.docs, sub.scope_labels = a.docs, sub.scope_labels or a.scope_labels
            picks.append((part, x.select(sub, timings)))
            earlier = " ".join(c.text for c in picks[-1][1].claims)
            said += [Message(role="user", content=part), Message(role="assistant", content=earlier)]
        answered = [s for _, s in picks if s.claims]
        if not answered:
            return x.select(a, timings)
        leads: list[str] = []
        for lead in (s.lead for s in answered if s.lead):  # a part's lead said once
            pieces = lead.strip("*. ").split("; ")
            if not all(p in " ".join(leads) for p in pieces):
                leads.append(lead)
        leads += [f"The sources do not answer “{p}”" for p, s in picks if not s.claims]
        claims = list({c.text: c for s in answered for c in s.claims}.values())
        return Selection(
            claims, [h for s in answered for h in s.hits], bullets=any(s.bullets for s in answered),
            lead=" ".join(leads) or None, support=min(s.support or 0.0 for s in answered),
        )  # fmt: skip

    def _cite(self, st: Corpus, a: Analysis, sel: Selection, generator: str) -> Answer:
        """Number the claims' evidence as citations and verify the lot."""
        citations: list[Citation] = []
        index: dict[tuple[str, int, int], int] = {}
        texts: list[str] = []
        for claim in sel.claims:
            numbers = []
            for ev in claim.evidence:
                key = (ev.unit.doc_id, ev.start, ev.end)
                if key not in index:
                    index[key] = len(citations) + 1
                    citations.append(
                        _citation(index[key], ev, st.docs[ev.unit.doc_id], st.directory)
                    )
                numbers.append(index[key])
            body = claim.text.rstrip()
            end = "" if sel.bullets or body[-1:] in '.!?”"' else "."
            texts.append(body + " " + "".join(f"[{n}]" for n in numbers) + end)
        return self._verified(st, a, texts, citations, sel.hits, generator, sel.bullets, sel.lead)

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

    def _conversation_scope(self, st: Corpus, history: list[Message]) -> list[str]:
        """The documents the latest earlier question was scoped to, back through follow-ups."""
        for i in reversed([i for i, m in enumerate(history) if m.role == "user"]):
            asked = conversation.strip_courtesy(history[i].content)
            earlier = analyse(
                asked, history[:i], st.directory, st.vocabulary, st.stems, st.doc_words
            )
            scope.apply(earlier, st)
            if earlier.docs or not earlier.follow_up:
                return earlier.docs
        return []

    def _coverage(self, st: Corpus) -> conversation.Coverage:
        """What the corpus covers and example questions it answers (once per generation)."""
        if self._covers is None or self._covers[0] != st.generation:
            docs = list(st.docs.values())
            busiest = sorted(st.directory.speakers.values(), key=lambda sp: -len(sp.units))
            examples = conversation.example_questions(
                conversation.candidate_questions(docs, busiest),
                lambda q: not self.ask(q, generator="extractive").abstained,
                self.settings,
            )
            titles = [d.get("title") if d.get("titled") else d["doc_id"] for d in docs]
            # Curated words only, as in abstentions: a meeting's title in words of metadata.
            meetings = {
                u[0].meeting: u[0].meeting_title
                for doc_id, u in st.by_doc.items()
                if u and _curated(u[0].meeting_title, st.docs[doc_id])
            }
            covers = conversation.Coverage(
                titles, len(st.directory.speakers), [t for k, t in meetings.items() if k and t],
                examples,
            )  # fmt: skip
            self._covers = (st.generation, covers)
        return self._covers[1]

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
    def _with_model(
        self,
        st: Corpus,
        a: Analysis,
        model: Generator,
        fallback: Answer,
        timings: dict[str, float],
    ) -> Answer:
        """The model's answer if it verifies in full, else `fallback` with a note saying why."""
        from .generators.openai import Rejected
        from .llm import LLMError

        try:
            sel = model.select(a, timings)
        except LLMError as err:
            why = f"The language model was not used ({err})"
        except Rejected:
            why = "The language model's answer did not pass verification"
        else:
            if not sel.claims and fallback.abstained:
                return fallback
            why = "The language model found no answer"
            if sel.claims:
                answer = self._cite(st, a, sel, "openai")
                if not answer.abstained and not answer.note:
                    return answer
                why = "The language model's answer did not pass verification"
        fallback.note = f"{why}; extractive answer shown."
        return fallback


def _citation(n: int, ev: compose.Evidence, doc: dict, directory: Directory) -> Citation:
    """Citation `n` of evidence from `doc` (the corpus's entry: text, url, ...)."""
    u = ev.unit
    # Speaker and kind of the cited words themselves: the record's words about a person are
    # the record's, not that person's quote.
    speaker, kind = verify.attribution(u, ev.start, ev.end)
    sp = directory.speakers.get(speaker or "") if speaker != u.speaker else None
    affiliation = sp.affiliation if sp else (u.affiliation if speaker else None)
    roles = list(sp.roles) if sp else (list(u.roles) if speaker else [])
    about = u.speaker if kind == "narrative" and speaker != u.speaker else None
    if ev.about and ev.about != speaker:  # a line of the record naming someone ("Panellists:")
        about = ev.about
    return Citation(
        n=n, speaker=speaker, affiliation=affiliation, roles=roles, kind=kind, about=about,
        quote=doc["text"][ev.start : ev.end], doc_id=u.doc_id, doc_title=u.doc_title,
        doc_date=u.doc_date, doc_url=doc.get("url"), start=ev.start, end=ev.end,
        unit_id=u.unit_id,
    )  # fmt: skip


def _curated(words: str, doc: dict) -> bool:
    """Whether every word is one of the document's metadata title or date (not its text)."""
    allowed = set(norm(f"{doc.get('title') or ''} {doc.get('date') or ''}").split())
    return bool(doc.get("titled") and words) and set(norm(words).split()) <= allowed


def _retrieved(u: StoredUnit, score: float) -> RetrievedUnit:
    return RetrievedUnit(
        unit_id=u.unit_id, speaker=u.speaker, kind=u.kind, text=u.text, score=round(score, 4),
        doc_id=u.doc_id, start=u.start, end=u.end,
    )  # fmt: skip


def build_engine(
    settings: Settings,
    progress: Echo | None = None,
    build_if_missing: bool = True,
    warm: bool = True,
) -> DialogueEngine:
    """Open the index (building it first if there is none) and return a ready engine.

    `warm` loads the question encoder and Chroma's segments now (a server wants its first
    answer fast); without it they load at the first search, so `speakers` loads no model.
    """
    echo = progress or (lambda msg: None)
    embed_model = make_embed_model(settings)  # a missing ONNX export is noted on stderr
    store = Store(settings, model_id(settings.resolved_model_dir()))
    try:
        store.active()
    except StoreError as err:
        if not build_if_missing or "no index yet" not in str(err):
            raise
        echo(f"No index yet: indexing {settings.source_dir} into {settings.index_dir} …")
        report, skipped = index_corpus(settings)
        for s in skipped:
            echo(f"  skipped {s.reason}")
        echo(f"  indexed {len(report.added)} document(s), {report.units} units")
    engine = DialogueEngine(settings, store, embed_model)
    if warm:
        engine.search("warm up")
    return engine
