"""Answers and conversations as Markdown with footnotes, to paste into a report.

Each `[n]` marker becomes a footnote reference; each footnote gives the speaker, their
affiliation (or role), whether it is a quote or a paraphrase, the verbatim quote, the
document's title and date, and a link to the span in the source viewer. In a conversation the
footnotes are numbered once for the whole document, and a span cited twice is one footnote.

The quote is kept verbatim: only line breaks become spaces (a footnote is one paragraph), and
the few characters that would turn text into HTML or a footnote reference (`<`, `&name;`,
`[^`) get a backslash, which Markdown renders as the character itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .answer import Answer, Citation
from .viewer import source_path

TITLE = "Conversation with the Dialogue Assistant"
_MARKER = re.compile(r"\[(\d+)\](?!\()")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_INLINE = re.compile(r"([\\`*_\[\]#|~<>])")


@dataclass(frozen=True)
class Exchange:
    """One question of a conversation and what came back: an Answer, or an error message."""

    question: str
    answer: Answer | None = None
    error: str | None = None


def inert(text: str) -> str:
    """Markdown text whose HTML and footnote syntax show as typed."""
    text = text.replace("<", "\\<")
    text = _ENTITY.sub("\\&", text)
    return text.replace("[^", "\\[^")


def one_line(text: str) -> str:
    return " ".join(text.split())


def escape_inline(text: str) -> str:
    """Plain text (a typed question) shown exactly as typed, on one line."""
    return _ENTITY.sub("\\&", _INLINE.sub(r"\\\1", one_line(text)))


def source_url(citation: Citation, base: str = "") -> str:
    """The source-viewer link of a citation; `base` is a full base URL or the root path."""
    return source_path(citation.doc_id, citation.start, citation.end, base)


def answer_json(answer: Answer, base: str = "") -> dict:
    """The Answer's JSON with a `source_url` beside each citation's fields (the API's form)."""
    data = answer.model_dump(mode="json")
    for c, out in zip(answer.citations, data["citations"], strict=True):
        out["source_url"] = source_url(c, base)
    return data


def who(citation: Citation) -> str:
    """'David Williams, Microsoft' / 'Thomas Burrows, Chair of …' / narrative text."""
    if not citation.speaker:
        return "Narrative text (no speaker)"
    detail = citation.affiliation or (citation.roles[0] if citation.roles else "")
    return f"{citation.speaker}, {detail}" if detail else citation.speaker


def footnote(label: int, citation: Citation, base: str = "") -> str:
    """`[^label]: Speaker, Affiliation (quote): “…” Title, date. Source: <link>`"""
    doc = citation.doc_title or citation.doc_id
    when = f", {citation.doc_date}" if citation.doc_date else ""
    url = source_url(citation, base)
    return (
        f"[^{label}]: {inert(who(citation))} ({citation.kind}): "
        f"“{inert(one_line(citation.quote))}” *{inert(one_line(doc))}*{when}. "
        f"Source: [{url}]({url})"
    )


class _Notes:
    """Footnote labels for a whole document: one per cited span, in order of first use."""

    def __init__(self) -> None:
        self.labels: dict[tuple[str, int, int], int] = {}
        self.citations: list[Citation] = []

    def label(self, c: Citation) -> int:
        key = (c.doc_id, c.start, c.end)
        if key not in self.labels:
            self.labels[key] = len(self.labels) + 1
            self.citations.append(c)
        return self.labels[key]

    def render(self, base: str) -> str:
        # One paragraph each, blank lines between: every Markdown flavour reads them apart.
        return "\n\n".join(footnote(i, c, base) for i, c in enumerate(self.citations, 1))


def _body(answer: Answer, notes: _Notes) -> str:
    """The answer's text with footnote references; notes and refusals as short lines."""
    if answer.abstained or not answer.citations:
        text = inert(answer.text.strip() or answer.reason or "")
        if answer.abstained and not text.lower().lstrip("*").startswith("not in the sources"):
            text = f"**Not in the sources.** {text}"
        return text
    by_n = {c.n: c for c in answer.citations}
    used: set[int] = set()

    def ref(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in by_n:
            return m.group(0)
        used.add(n)
        return f"[^{notes.label(by_n[n])}]"

    text = _MARKER.sub(ref, inert(answer.text.strip()))
    # A citation the text never marks still gets its footnote, at the end of the answer.
    extra = "".join(f"[^{notes.label(c)}]" for c in answer.citations if c.n not in used)
    if extra:
        text = f"{text} {extra}"
    if answer.note:
        text += f"\n\n*{inert(one_line(answer.note))}*"
    return text


def answer_markdown(answer: Answer, base: str = "") -> str:
    """One answer with its footnotes (like `Answer.to_markdown()`, with source links)."""
    notes = _Notes()
    body = _body(answer, notes)
    return f"{body}\n\n{notes.render(base)}\n" if notes.citations else f"{body}\n"


def conversation_markdown(
    exchanges: Iterable[Exchange],
    base: str = "",
    title: str = TITLE,
    exported: date | None = None,
    source: str | None = None,
) -> str:
    """A whole conversation: each question as a heading, its answer, then all footnotes."""
    notes = _Notes()
    parts = [f"# {escape_inline(title)}"]
    about = []
    if exported:
        about.append(f"Exported {exported.isoformat()}")
    if source:
        about.append(f"from {escape_inline(source)}")
    lead = " ".join(about)
    note = "Each claim is footnoted with the speaker's own words and a link to the source."
    parts.append(f"*{lead}. {note}*" if lead else f"*{note}*")
    count = 0
    for ex in exchanges:
        count += 1
        parts.append(f"## {escape_inline(ex.question) or '(empty question)'}")
        if ex.answer is not None:
            parts.append(_body(ex.answer, notes))
        else:
            parts.append(f"*No answer: {inert(one_line(ex.error or 'nothing came back'))}*")
    if not count:
        parts.append("*No questions yet.*")
    if notes.citations:
        parts.append(notes.render(base))
    return "\n\n".join(parts) + "\n"


def exchanges_from(records: Sequence[dict]) -> list[Exchange]:
    """The chat's per-session turn records (question, answer or error) as exchanges."""
    out = []
    for r in records:
        answer = r.get("answer")
        if isinstance(answer, dict):
            answer = Answer.model_validate(answer)
        out.append(Exchange(str(r.get("question") or ""), answer, r.get("error")))
    return out
