"""The Gradio chat: a thin Blocks built from the engine it is given.

Everything shown is escaped: questions appear as typed, and answers and sources are
Markdown whose HTML (from a question or a source document) is inert text.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from . import checks, export
from .answer import Answer
from .config import Settings
from .engine import Engine, SpeakerInfo
from .errors import BadInputError
from .viewer import link_base, public_base, source_path

log = logging.getLogger(__name__)

ALL_SPEAKERS = "All speakers"
EXPORT_LABEL = "Export conversation (Markdown)"
EXPORT_KEEP_SECONDS = 3600  # export files older than this are removed
SOURCE_TIP = "Show this quote in its source (opens a new tab)"

# Gradio scopes `css` to the app's content; rules for the page around it go in HEAD.
HEAD = """<style>
.gradio-container .main { max-width: 1000px !important; margin: 0 auto !important; }
@media (max-width: 560px) { .gradio-container .main { padding: 10px !important; } }
</style>"""
CSS = """
#da-header h2 { margin: 0 0 .15rem 0 !important; font-size: 1.1rem !important;
  line-height: 1.35 !important; font-weight: 600 !important; }
#da-header p { margin: 0 !important; color: var(--body-text-color-subdued);
  font-size: .88rem !important; }
.gradio-container strong, .gradio-container b { font-weight: 600; }
#da-ask { align-items: center; gap: .5rem; }
#da-speaker { min-width: 170px; }
.da-abstain { border-left: 4px solid #d97706; background: #fffbeb; color: #78350f;
  padding: .55rem .8rem; border-radius: 6px; }
.da-abstain p { margin: .2rem 0; }
.da-error { border-left: 4px solid #b91c1c; background: #fef2f2; color: #7f1d1d;
  padding: .55rem .8rem; border-radius: 6px; }
.da-note { display: block; margin-top: .4rem; color: var(--body-text-color-subdued);
  font-size: .85em; }
.dark .da-abstain { background: #3b2a0a; color: #fde68a; }
.dark .da-error { background: #3b0d0d; color: #fecaca; }
#da-speakers h3 { margin: 1.2rem 0 .15rem !important; font-size: 1rem !important;
  font-weight: 600 !important; }
#da-speakers li { margin: .25rem 0; }
#da-tools { justify-content: flex-end; }
#da-export { flex: 0 0 auto !important; width: auto !important; min-width: 0 !important; }
#da-chatbot .message a[href*="/source/"], #da-speakers a[href*="/source/"] {
  color: var(--link-text-color, #2563eb) !important; font-weight: 600; text-decoration: none;
  white-space: nowrap; }
#da-chatbot .message a[href*="/source/"]:hover, #da-speakers a[href*="/source/"]:hover {
  text-decoration: underline; }
@media (max-width: 560px) {
  #da-chatbot { height: max(280px, calc(100vh - 410px)) !important; }
  #da-chatbot .message-row.bubble { margin: 12px 4px 6px !important;
    max-width: calc(100% - 12px) !important; }
  #da-header h2 { font-size: 1rem !important; }
}
"""


SYSTEM_FONTS = ("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial",
                "sans-serif")  # fmt: skip


def theme() -> gr.themes.Base:
    """Blue to suit an intranet; system fonts, so nothing is fetched and every weight exists."""
    return gr.themes.Default(
        primary_hue="blue",
        secondary_hue="sky",
        neutral_hue="slate",
        font=SYSTEM_FONTS,
        font_mono=("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"),
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


def escape_text(text: str) -> str:
    """Show text exactly as typed: no HTML, no Markdown."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def safe_markdown(text: str) -> str:
    """Keep Markdown emphasis but make HTML inert and images into plain text."""
    escaped = html.escape(text, quote=False)
    return escaped.replace("![", "!\\[").replace("$", "\\$")


_MARKER = re.compile(r"\[(\d+)\](?!\()")


def _link(label: str, url: str) -> str:
    """A Markdown link whose label is shown as typed (the URL is one we made)."""
    return f'[{escape_text(label)}]({url} "{SOURCE_TIP}")'


def answer_markdown(answer: Answer, base: str | None = None) -> str:
    """The answer bubble: text with [n] markers, or a distinct not-in-the-sources box.

    With `base` (the root path or a full base URL), each marker links to its source view.
    """
    if answer.abstained:
        text = answer.text.strip() or (answer.reason or "")
        if not text.lower().lstrip("*").startswith("not in the sources"):
            text = f"**Not in the sources.** {text}"
        # Blank lines around the Markdown let it render inside the box.
        return f'<div class="da-abstain">\n\n{safe_markdown(text)}\n\n</div>'
    text = safe_markdown(answer.text)
    if base is not None and answer.citations:
        by_n = {c.n: c for c in answer.citations}

        def link(m: re.Match[str]) -> str:
            c = by_n.get(int(m.group(1)))
            return _link(m.group(0), export.source_url(c, base)) if c else m.group(0)

        text = _MARKER.sub(link, text)
    if answer.note:
        text += f'\n\n<span class="da-note">{html.escape(answer.note, quote=False)}</span>'
    return text


def sources_markdown(answer: Answer, base: str = "") -> str:
    """The numbered sources, each [n] a link to its quote highlighted in the source view."""
    lines = []
    for c in answer.citations:
        doc = c.doc_title or c.doc_id
        date_ = f", {c.doc_date}" if c.doc_date else ""
        lines.append(
            f"{_link(f'[{c.n}]', export.source_url(c, base))} **{safe_markdown(c.label())}** · "
            f"{safe_markdown(c.kind)} · {safe_markdown(doc + date_)}  \n“{safe_markdown(c.quote)}”"
        )
    return "\n\n".join(lines)


def sources_message(answer: Answer, base: str = "") -> gr.ChatMessage:
    return gr.ChatMessage(
        content=sources_markdown(answer, base),
        metadata={"title": f"Sources ({len(answer.citations)})", "status": "done"},
    )


def error_markdown(message: str) -> str:
    shown = message[:1].upper() + message[1:]
    return f'<div class="da-error">{html.escape(shown, quote=False)}</div>'


def example_questions(engine: Engine) -> list[str]:
    """A few questions this corpus can answer, made from its speakers."""
    speakers = engine.speakers()
    out = ["What was the meeting about?"]
    short = [s.affiliation for s in speakers if s.affiliation and len(s.affiliation) <= 30]
    out += [f"What did {who} say?" for who in short[:2]]
    if any("chair" in r.lower() for s in speakers for r in s.roles):
        out.append("Who chaired the meeting?")
    out += [f"What did {s.name} say?" for s in speakers if s.affiliation not in short[:2]]
    return out[:4]


def header_markdown(engine: Engine) -> str:
    info = engine.corpus()
    docs = info.documents
    if len(docs) == 1:
        title = docs[0].title
        bits = [docs[0].date, docs[0].place]
    else:
        title = "Meeting records"
        dates = sorted(d.date for d in docs if d.date)
        bits = [f"{dates[0]} to {dates[-1]}" if len(dates) > 1 else (dates or [None])[0]]
        bits.append(", ".join(sorted({d.place for d in docs if d.place})) or None)
    n_docs = f"{len(docs)} document{'s' if len(docs) != 1 else ''}"
    n_spk = f"{info.speakers} speaker{'s' if info.speakers != 1 else ''}"
    line = " · ".join(escape_text(b) for b in [*bits, n_docs, n_spk] if b)
    return f"## {escape_text(title)}\n\n{line}. Answers quote the record and say who said it."


def speaker_label(s: SpeakerInfo) -> str:
    name = f"{s.honorific} {s.name}" if s.honorific else s.name
    org = s.affiliation or ""
    if s.acronym and s.acronym not in org:
        org = f"{org} ({s.acronym})" if org else s.acronym
    return f"{name}, {org}" if org else name


def speakers_markdown(engine: Engine, base: str = "") -> str:
    """Who spoke, for whom, and what they said (their attributed passages, with source links)."""
    parts = []
    for s in engine.speakers():
        lines = [f"### {escape_text(speaker_label(s))}"]
        if s.roles:
            lines.append(f"*{escape_text(', '.join(s.roles))}*")
        try:
            units = engine.search("", speaker=s.name, k=max(s.units, 1))
        except Exception:  # the list is a convenience; never break the page for it
            log.exception("listing what %s said", s.name)
            units = []
        said = [u for u in units if u.speaker == s.name]
        said.sort(key=lambda u: (u.doc_id, u.start))
        for u in said:
            kind = "" if u.kind == "quote" else f" *({u.kind})*"
            link = _link("source ↗", source_path(u.doc_id, u.start, u.end, base))
            lines.append(f"- {safe_markdown(u.text)}{kind} {link}")
        if not said:
            lines.append("- *(nothing attributed)*")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) or "No speakers were found in the sources."


def _request_parts(request: gr.Request | None) -> tuple[dict[str, str], str]:
    """The headers (lower-case names) and URL scheme of the request behind an event."""
    if request is None:
        return {}, "http"
    try:
        headers = {str(k).lower(): str(v) for k, v in dict(request.headers).items()}
    except Exception:
        headers = {}
    try:
        scheme = str(request.request.url.scheme)
    except Exception:
        scheme = "http"
    return headers, scheme


def write_export(folder: Path, turns: list[dict], base: str) -> Path:
    """The conversation as a Markdown file in its own new sub-folder of `folder`.

    Gradio copies the file into its cache when it is returned, so older exports are removed.
    """
    cutoff = time.time() - EXPORT_KEEP_SECONDS
    for old in folder.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    today = date.today()
    text = export.conversation_markdown(
        export.exchanges_from(turns), base=base, exported=today, source=base or None
    )
    target = folder / uuid.uuid4().hex
    target.mkdir(parents=True)
    path = target / f"conversation-{today.isoformat()}.md"
    path.write_text(text, encoding="utf-8")
    return path


def build_ui(engine: Engine, settings: Settings) -> gr.Blocks:
    """The chat Blocks; mount it with `gr.mount_gradio_app` (server.py does) or launch it."""
    names = [s.name for s in engine.speakers()]
    limit = settings.max_question_chars
    turns_limit = settings.max_history_turns
    prefix = settings.root_path
    exports = Path(tempfile.mkdtemp(prefix="assistant-export-"))

    def render(turns: list[dict]) -> list[Any]:
        shown: list[Any] = []
        for t in turns:
            shown.append({"role": "user", "content": escape_text(t["question"])})
            shown.append({"role": "assistant", "content": t["shown"]})
            if t.get("sources"):
                shown.append(
                    gr.ChatMessage(
                        content=t["sources"], metadata={"title": t["title"], "status": "done"}
                    )
                )
        return shown

    def take_question(message: str | None, turns: list[dict]):
        question = (message or "").strip()
        if not question:
            return gr.update(), gr.update(), None
        pending = [*render(turns), {"role": "user", "content": escape_text(question)}]
        return "", pending, question

    def respond(question: str | None, turns: list[dict], speaker: str | None, request: gr.Request):
        if not question:
            return gr.update(), turns, None, gr.update()
        turns = list(turns or [])
        record: dict[str, Any] = {"question": question, "text": None}
        headers, scheme = _request_parts(request)
        base = link_base(headers, scheme, prefix)
        try:
            asked = checks.question(question, limit)
            # Its own most recent turns: the checks refuse a longer history.
            earlier = [
                m
                for t in turns
                if t["text"]
                for m in (
                    {"role": "user", "content": t["question"]},
                    {"role": "assistant", "content": t["text"]},
                )
            ]
            answer = engine.ask(
                asked,
                history=checks.history(earlier[-turns_limit:] if turns_limit else [], turns_limit),
                speaker=None if speaker in (None, "", ALL_SPEAKERS) else speaker,
            )
        except BadInputError as err:
            record["shown"] = error_markdown(str(err))
            record["error"] = str(err)
        except Exception:
            log.exception("answering %r", question[:200])
            record["shown"] = error_markdown("Something went wrong while answering. Try again.")
            record["error"] = "something went wrong while answering"
        else:
            record["text"] = answer.text
            record["answer"] = answer
            record["shown"] = answer_markdown(answer, base)
            if answer.citations and not answer.abstained:
                panel = sources_message(answer, base)
                record["sources"] = panel.content
                record["title"] = panel.metadata["title"]
        turns = [*turns, record]
        try:
            path = write_export(exports, turns, public_base(headers, scheme, prefix))
        except OSError:
            log.exception("writing the conversation export")
            download = gr.update(interactive=False)
        else:
            download = gr.update(value=str(path), interactive=True)
        return render(turns), turns, None, download

    def api_ask(question: str, speaker: str = "", history: list | None = None) -> dict:
        """Answer a question; returns the Answer JSON (see /docs on the server)."""
        try:
            answer = engine.ask(
                checks.question(question, limit),
                history=checks.history(history, turns_limit),
                speaker=checks.speaker(speaker),
            )
        except BadInputError as err:
            raise gr.Error(str(err)) from None
        return export.answer_json(answer, prefix)

    with gr.Blocks(
        title="Dialogue Assistant",
        fill_height=True,
        fill_width=True,
        delete_cache=(EXPORT_KEEP_SECONDS, EXPORT_KEEP_SECONDS),  # old export downloads
    ) as demo:
        turns = gr.State([])
        pending = gr.State(None)
        gr.Markdown(header_markdown(engine), elem_id="da-header")
        with gr.Tabs(elem_id="da-tabs"):
            with gr.Tab("Chat", id="chat", scale=1):
                chatbot = gr.Chatbot(
                    label="Conversation",
                    show_label=False,
                    # Fits the window (or the embedding iframe); the log scrolls inside.
                    height="max(320px, calc(100vh - 312px))",
                    buttons=["copy"],
                    examples=[{"text": q} for q in example_questions(engine)],
                    placeholder="**Ask about the meeting.** Answers quote the speakers; "
                    "click a marker such as [1] to see the quote highlighted in its document.",
                    latex_delimiters=[],
                    sanitize_html=True,
                    layout="bubble",
                    elem_id="da-chatbot",
                )
                with gr.Row(equal_height=True, elem_id="da-ask"):
                    textbox = gr.Textbox(
                        placeholder="Ask a question about the meeting…",
                        show_label=False,
                        submit_btn=True,
                        max_length=limit,
                        lines=1,
                        max_lines=6,
                        scale=4,
                        min_width=260,  # below this the speaker filter wraps under it
                        elem_id="da-question",
                    )
                    speaker = gr.Dropdown(
                        choices=[ALL_SPEAKERS, *names],
                        value=ALL_SPEAKERS,
                        label="Only from this speaker",
                        show_label=False,
                        container=False,
                        scale=1,
                        min_width=170,
                        elem_id="da-speaker",
                    )
                with gr.Row(elem_id="da-tools"):
                    download = gr.DownloadButton(
                        EXPORT_LABEL,
                        value=None,
                        interactive=False,
                        size="sm",
                        variant="secondary",
                        scale=0,
                        elem_id="da-export",
                    )
            with gr.Tab("Speakers", id="speakers"):
                gr.Markdown(speakers_markdown(engine, prefix), elem_id="da-speakers")

        private = {"api_visibility": "private"}
        textbox.submit(
            take_question, [textbox, turns], [textbox, chatbot, pending], queue=False, **private
        ).then(respond, [pending, turns, speaker], [chatbot, turns, pending, download], **private)

        def pick_example(evt: gr.SelectData, turns: list[dict]):
            value = evt.value
            text = value.get("text", "") if isinstance(value, dict) else str(value or "")
            return take_question(text, turns)

        chatbot.example_select(
            pick_example, [turns], [textbox, chatbot, pending], queue=False, **private
        ).then(respond, [pending, turns, speaker], [chatbot, turns, pending, download], **private)
        chatbot.clear(
            lambda: ([], None, gr.update(value=None, interactive=False)),
            None,
            [turns, pending, download],
            queue=False,
            **private,
        )

        gr.api(api_ask, api_name="ask")
    return demo
