"""`assistant`: thin commands over the engine. Heavy libraries load only inside commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .errors import AssistantError, BadInputError

GENERATORS = click.Choice(["extractive", "openai"])


def _settings(**overrides: Any) -> Any:
    from .config import load_settings

    return load_settings(**overrides)


def _guard(fn: Callable[[], Any]) -> Any:
    """Domain errors become one clear line and a non-zero exit, never a traceback."""
    try:
        return fn()
    except AssistantError as err:
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        raise click.ClickException("interrupted") from None


def _engine(settings: Any) -> Any:
    """The engine, with the question encoder left to load at the first search."""
    from .engine import build_engine

    return build_engine(settings, progress=lambda m: click.echo(m, err=True), warm=False)


class _Bar:
    """A rich progress bar fed by (stage, done, total) callbacks."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress(
            TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(),
            transient=False, console=_console(err=True),
        )  # fmt: skip
        self.tasks: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    def __enter__(self) -> _Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


def _console(err: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=err, highlight=False, soft_wrap=True)


def render_answer(answer: Any) -> str:
    """Plain-text rendering for the terminal: the answer, then numbered sources."""
    text = answer.text.replace("**", "")
    lines = [text]
    if answer.note:
        lines.append(f"\nNote: {answer.note}")
    if answer.citations:
        lines.append("\nSources:")
        for c in answer.citations:
            lines.append(f"  [{c.n}] {c.label()} · {c.kind} · {c.doc_title or c.doc_id}")
            lines.append(f"      “{c.quote}”")
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dialogue-assistant")
def main() -> None:
    """Ask what was said at the 2023 Constructive Dialogue on International Cooperation.

    Every answer cites the speaker with the verbatim quote; when the sources don't cover a
    question, the assistant says so. Runs fully offline.

    \b
    Quick start:
      assistant index                       # build the index of source_docs/
      assistant ask "What did Microsoft say about AI?"
      assistant serve                       # chat at http://127.0.0.1:7860/chat/

    Settings come from ASSISTANT_* environment variables (see README), e.g.
    ASSISTANT_SOURCE_DIR, ASSISTANT_INDEX_DIR, ASSISTANT_LLM_BASE_URL.
    """


@main.command()
@click.option("--rebuild", is_flag=True, help="Rebuild from scratch (also repairs a broken index).")
def index(rebuild: bool) -> None:
    """Index source_docs/: speaker-attributed units embedded into the Chroma store.

    Re-running is cheap: unchanged documents are kept, a changed one replaces its own
    units, a removed one disappears. An interrupted build leaves the previous index usable.

    \b
    Examples:
      assistant index
      assistant index --rebuild
    """

    def run() -> None:
        from .engine import index_corpus

        settings = _settings()
        with _Bar() as bar:
            report, skipped = index_corpus(settings, rebuild=rebuild, progress=bar)
        for s in skipped:
            click.echo(f"skipped: {s.reason}", err=True)
        for name in report.no_speakers:
            click.echo(f"note: {name}: no speakers found (indexed as narrative)", err=True)
        if not report.did_work:
            click.echo(
                f"Up to date: {len(report.unchanged)} document(s), {report.units} units; "
                "nothing to do."
            )
            return
        click.echo(
            f"Indexed: {len(report.added)} added, {len(report.changed)} changed, "
            f"{len(report.removed)} removed, {len(report.unchanged)} unchanged, "
            f"{len(skipped)} skipped; {report.units} units in {settings.index_dir}."
        )

    _guard(run)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def speakers(as_json: bool) -> None:
    """List who spoke, once each: name, affiliation, roles, documents, number of units.

    \b
    Examples:
      assistant speakers
      assistant speakers --json
    """

    def run() -> None:
        engine = _engine(_settings())
        people = engine.speakers()
        if as_json:
            rows = [
                {
                    "name": p.name, "honorific": p.honorific, "affiliation": p.affiliation,
                    "acronym": p.acronym, "roles": p.roles, "aliases": p.aliases,
                    "units": p.units, "documents": p.documents,
                }
                for p in people
            ]  # fmt: skip
            click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        for p in people:
            click.echo(_speaker_line(p))

    _guard(run)


def _speaker_line(p: Any) -> str:
    """'Name (Affiliation) — roles — in doc, doc [n units]'; a role another one extends is left."""
    org = p.affiliation or ""
    if p.acronym and p.acronym not in org:
        org += f" ({p.acronym})"
    roles = [r for r in p.roles if not any(o != r and o.startswith(r + " ") for o in p.roles)]
    parts = [f"{p.name} ({org})" if org and org != p.name else p.name]
    if roles:
        parts.append("; ".join(roles))
    parts.append("in " + ", ".join(p.documents))
    return " — ".join(parts) + f" [{p.units} units]"


@main.command()
@click.argument("query")
@click.option("--speaker", help="Only this speaker's words (name, surname or organisation).")
@click.option("-k", "--top", "k", type=click.IntRange(1, 50), default=8, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(query: str, speaker: str | None, k: int, as_json: bool) -> None:
    """Show the units that best match QUERY, with speaker, kind and score.

    \b
    Examples:
      assistant search "What did Microsoft say about AI?"
      assistant search "privacy" --speaker "Noor Fatima" --json
    """

    def run() -> None:
        if not query.strip() and not (speaker or "").strip():
            raise BadInputError("the query is empty")
        engine = _engine(_settings())
        hits = engine.search(query, speaker=speaker, k=k)
        if as_json:
            click.echo(json.dumps([h.model_dump() for h in hits], indent=2, ensure_ascii=False))
            return
        for i, h in enumerate(hits, 1):
            who = h.speaker or "(narrative)"
            click.echo(f"{i}. {who} · {h.kind} · {h.score:.3f}\n   {h.text}")

    _guard(run)


@main.command()
@click.argument("question")
@click.option("--speaker", help="Only this speaker's words (name, surname or organisation).")
@click.option("--generator", type=GENERATORS, help="extractive (default, offline) or openai.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
    show_default=True, help="Output: terminal text, Markdown with footnotes, or JSON.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
def ask(question: str, speaker: str | None, generator: str | None, fmt: str, as_json: bool):
    """Answer QUESTION with citations to speakers and verbatim quotes.

    \b
    Examples:
      assistant ask "What did the Microsoft representative say about AI?"
      assistant ask "Who chaired the dialogue?" --json
      assistant ask "What did she stress?" --speaker "Noor Fatima"
      ASSISTANT_LLM_BASE_URL=http://127.0.0.1:11434/v1 assistant ask "..." --generator openai
    """

    def run() -> None:
        from . import checks

        settings = _settings()
        checks.question(question, settings.max_question_chars)  # before loading anything
        engine = _engine(settings)
        answer = engine.ask(question, speaker=speaker, generator=generator)
        out = "json" if as_json else fmt
        if out == "json":
            from .export import answer_json

            data = answer_json(answer, settings.link_base())
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        elif out == "markdown":
            from .export import answer_markdown

            click.echo(answer_markdown(answer, settings.link_base()))
        else:
            click.echo(render_answer(answer))

    _guard(run)


@main.command()
@click.option("--speaker", help="Only this speaker's words.")
@click.option("--generator", type=GENERATORS, help="extractive (default, offline) or openai.")
def chat(speaker: str | None, generator: str | None) -> None:
    """A conversation in the terminal; follow-ups ("What else did she say?") use it.

    Type a question and press Enter; an empty line or Ctrl-D ends.

    \b
    Examples:
      assistant chat
      assistant chat --speaker "Noor Fatima"
      ASSISTANT_LLM_BASE_URL=http://127.0.0.1:11434/v1 assistant chat --generator openai
    """
    from .answer import Message

    settings = _guard(_settings)
    engine = _guard(lambda: _engine(settings))
    history: list[Message] = []
    while True:
        try:
            question = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not question:
            return
        try:
            answer = engine.ask(question, history=history, speaker=speaker, generator=generator)
        except AssistantError as err:
            click.echo(f"error: {err}", err=True)
            continue
        click.echo(render_answer(answer) + "\n")
        history += [
            Message(role="user", content=question),
            Message(role="assistant", content=answer.text),
        ]
        del history[: max(0, len(history) - settings.max_history_turns)]  # the recent turns


@main.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default 7860).")
def serve(host: str | None, port: int | None) -> None:
    """Serve the chat (/chat), the embed example (/), and the JSON API (/api).

    Builds the index first if there is none.

    \b
    Examples:
      assistant serve
      assistant serve --host 0.0.0.0 --port 8080
    """

    def run() -> None:
        from .server import run_server

        run_server(_settings(host=host, port=port), echo=click.echo)

    _guard(run)


@main.command("embed-snippet")
@click.option("--url", required=True, help="Public URL of the chat server, e.g. https://host/path")
def embed_snippet(url: str) -> None:
    """Print HTML to paste into an intranet page to embed the chat widget.

    \b
    Example:
      assistant embed-snippet --url https://intranet.example.org/assistant
    """
    from .server import embed_snippet as snippet

    click.echo(_guard(lambda: snippet(url)))


@main.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--generator", type=GENERATORS, help="Generator to evaluate.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write summary.json, results.jsonl and report.html here.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("--threshold", "thresholds", multiple=True, metavar="NAME=VALUE",
              help="e.g. answer_accuracy=0.9 (repeatable; wins over the file).")  # fmt: skip
@click.option("--compare", type=click.Choice(["baseline"]),
              help="Also run a plain llama-index pipeline and show it side by side.")  # fmt: skip
@click.option("--index", type=click.Path(file_okay=False, path_type=Path),
              help="Index folder of a set with a `corpus` (default: report/.index).")  # fmt: skip
def eval_(file: Path, generator: str | None, out: Path | None, as_json: bool,
          thresholds: tuple[str, ...], compare: str | None,
          index: Path | None) -> None:  # fmt: skip
    """Run a question set (YAML) and report accuracy, citations, abstention, latency,
    attribution against gold files, and the answerability ROC curve.

    A set whose YAML lists a `corpus` is measured on an index of exactly those folders,
    cached under report/.index/ and rebuilt when sources or code change.
    Exits non-zero when a threshold is missed, so CI can gate on it.

    \b
    Examples:
      assistant eval evals/dialogue.yaml --out report/
      assistant eval evals/dev_questions.yaml --out report/dev/
      assistant eval evals/dialogue.yaml --compare baseline --json
    """

    def run() -> int:
        from .evaluate import run_command

        return run_command(
            _settings(), file, generator=generator, out=out, as_json=as_json,
            thresholds=list(thresholds), compare=compare, echo=click.echo, index=index,
        )  # fmt: skip

    sys.exit(_guard(run))


if __name__ == "__main__":
    main()
