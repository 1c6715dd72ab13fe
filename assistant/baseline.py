"""The plain llama-index pipeline `assistant eval --compare baseline` measures against.

Default SentenceSplitter over the same sources, an in-memory VectorStoreIndex with the same
embedding model, retrieval only (no LLM): the top chunk is the answer and its document the
citation. No speaker attribution, no abstention; it returns the same `Answer` type.
"""

from __future__ import annotations

import time
from typing import Any

from .answer import Answer, Citation, Message, RetrievedUnit


class BaselineEngine:
    def __init__(self, settings: Any) -> None:
        from .config import quiet_offline_env

        quiet_offline_env()
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        from . import sources

        docs, _skipped = sources.load_all(settings.source_dir)
        self._docs = {d.doc_id: d for d in docs}
        embed = HuggingFaceEmbedding(model_name=str(settings.resolved_model_dir()))
        li_docs = [
            Document(text=d.text, id_=d.doc_id, metadata={"doc_id": d.doc_id, "title": d.title})
            for d in docs
        ]
        nodes = SentenceSplitter().get_nodes_from_documents(li_docs)
        index = VectorStoreIndex(nodes, embed_model=embed)
        self._retriever = index.as_retriever(similarity_top_k=settings.top_k)

    def search(self, query: str, speaker: str | None = None, k: int | None = None):
        hits = self._retriever.retrieve(query)
        return [self._unit(h) for h in hits[: k or len(hits)]]

    def _unit(self, hit: Any) -> RetrievedUnit:
        node = hit.node
        doc_id = node.metadata.get("doc_id") or node.ref_doc_id or ""
        text = node.get_content()
        start = node.start_char_idx
        if start is None:  # not located by the splitter: find it ourselves
            start = max(self._docs[doc_id].text.find(text), 0)
        return RetrievedUnit(
            unit_id=node.node_id,
            speaker=None,
            kind="narrative",
            text=text,
            score=float(hit.score or 0.0),
            doc_id=doc_id,
            start=start,
            end=start + len(text),
        )

    def ask(
        self,
        question: str,
        history: list[Message] | None = None,
        speaker: str | None = None,
        generator: str | None = None,
    ) -> Answer:
        t0 = time.perf_counter()
        units = self.search(question)
        if not units:  # an empty corpus; the baseline still never abstains
            return Answer(question=question, text="", generator="baseline")
        top = units[0]
        doc = self._docs[top.doc_id]
        citation = Citation(
            n=1,
            speaker=None,
            kind="narrative",
            quote=top.text,
            doc_id=doc.doc_id,
            doc_title=doc.title,
            doc_date=doc.date,
            start=top.start,
            end=top.end,
            unit_id=top.unit_id,
        )
        ms = (time.perf_counter() - t0) * 1000
        return Answer(
            question=question,
            text=f"{top.text} [1]",
            citations=[citation],
            generator="baseline",
            retrieved=units,
            timings={"total_ms": ms},
        )

    def speakers(self) -> list:
        return []

    def document_text(self, doc_id: str) -> str:
        return self._docs[doc_id].text
