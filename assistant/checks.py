"""Checks on what a user sends: the question, the conversation so far, the speaker filter.

One set of rules for the engine, the CLI, the JSON API and the Gradio UI, so the same bad
input gets the same one-line error everywhere. Text is cleaned first (control and format
characters dropped, white space folded to single spaces), then measured.
"""

from __future__ import annotations

from typing import Any

from .answer import Message
from .errors import BadInputError

MAX_MESSAGE_CHARS = 20_000  # the most read of one earlier message
HISTORY_SHAPE = "history must be a list of {role, content} messages"


def clean(text: str) -> str:
    """`text` without control or format characters, white space folded to single spaces."""
    kept = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in text)
    return " ".join(kept.split())


def question(value: Any, max_chars: int) -> str:
    """The cleaned question; BadInputError if it is not text, empty or too long."""
    if not isinstance(value, str):
        raise BadInputError("the question must be text")
    text = clean(value)
    if not text:
        raise BadInputError("the question is empty")
    if len(text) > max_chars:
        raise BadInputError(
            f"the question is too long ({len(text)} characters; the limit is {max_chars})"
        )
    return text


def history(value: Any, max_turns: int) -> list[Message]:
    """Earlier turns as Messages, oldest first; BadInputError if malformed or too many.

    Items may be Messages or `{role, content}` dicts whose content is text or a list of text
    parts (`[{"type": "text", "text": ...}]`, as Gradio sends). Panels (a dict with a
    `metadata.title`, such as a Sources panel) are not turns and are left out.
    """
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise BadInputError(HISTORY_SHAPE)
    turns = [_message(item) for item in value if not _is_panel(item)]
    if len(turns) > max_turns:
        raise BadInputError(f"history has {len(turns)} messages; the limit is {max_turns}")
    return [t for t in turns if t.content]


def speaker(value: Any) -> str | None:
    """The cleaned speaker filter, None when there is none."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInputError("the speaker filter must be a name (text)")
    return clean(value) or None


def _is_panel(item: Any) -> bool:
    meta = item.get("metadata") if isinstance(item, dict) else None
    return isinstance(meta, dict) and bool(meta.get("title"))


def _message(item: Any) -> Message:
    if isinstance(item, Message):
        return item.model_copy(update={"content": clean(item.content)[:MAX_MESSAGE_CHARS]})
    if not isinstance(item, dict):
        raise BadInputError(HISTORY_SHAPE)
    if item.get("role") not in ("user", "assistant"):
        raise BadInputError("each history message needs role 'user' or 'assistant'")
    content = item.get("content")
    if isinstance(content, list | tuple):
        content = " ".join(_part(p) for p in content)
    if not isinstance(content, str):
        raise BadInputError("each history message needs text content")
    return Message(role=item["role"], content=clean(content)[:MAX_MESSAGE_CHARS])


def _part(part: Any) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, dict) and isinstance(part.get("text", ""), str):
        return part.get("text", "")
    raise BadInputError("each history message needs text content")
