"""The source viewer: links to a cited span, and the HTML page that shows it in its document.

A link is `{root_path}/source/{doc_id}?start={start}&end={end}` (character offsets into the
document text, `end` exclusive, as in a Citation); without the query it shows the whole
document. Pure functions over text and units: the server gathers them from the engine and
serves the page. Everything from a document is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from .sentences import paragraphs as split_paragraphs

PATH = "/source"
_HOST = re.compile(r"[A-Za-z0-9.-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")
EXCERPT_CHARS = 140
OPENING_QUOTES = "“‘\"'«„"


class SpanError(LookupError):
    """A span that is not a readable part of the document (the page answers 404)."""


class UnitLike(Protocol):
    doc_id: str
    start: int
    end: int
    kind: str
    speaker: str | None
    quotes: list[tuple[int, int]]


@dataclass(frozen=True)
class Speaker:
    """One speaker of a document with their passages in it, in document order."""

    name: str
    honorific: str | None
    affiliation: str | None
    roles: Sequence[str]
    units: Sequence[Any]  # UnitLike

    def display(self) -> str:
        return f"{self.honorific} {self.name}" if self.honorific else self.name

    def described(self) -> str:
        """'David Williams, Microsoft' or 'Thomas Burrows, Chair of …' or just the name."""
        detail = self.affiliation or (self.roles[0] if self.roles else "")
        return f"{self.name}, {detail}" if detail else self.name


@dataclass(frozen=True)
class Item:
    """A link target in the speakers list: one quote (or a paraphrase's whole passage)."""

    start: int
    end: int
    kind: str


# --- links ------------------------------------------------------------------------------------


def source_path(
    doc_id: str, start: int | None = None, end: int | None = None, base: str = ""
) -> str:
    """The link to a document, or to a span of it; `base` is the root path or a full base URL."""
    path = f"{base.rstrip('/')}{PATH}/{quote(doc_id, safe='')}"
    if start is None or end is None:
        return path
    return f"{path}?start={int(start)}&end={int(end)}"


def public_base(headers: Mapping[str, str], scheme: str, root_path: str) -> str:
    """This server's public URL with its proxy prefix, from a request's headers."""
    proto = (headers.get("x-forwarded-proto") or scheme or "http").split(",")[0].strip().lower()
    host = (headers.get("x-forwarded-host") or headers.get("host") or "").split(",")[0].strip()
    if proto not in ("http", "https") or not _HOST.fullmatch(host):
        return root_path  # no usable address: links relative to this server
    return f"{proto}://{host}{root_path}"


def link_base(headers: Mapping[str, str], scheme: str, root_path: str) -> str:
    """What chat links start with: the root path, or the full base URL when the chat runs
    inside a page of another origin (the <gradio-app> web component), where a path alone
    would point at that page's own server."""
    origin = (headers.get("origin") or "").strip().rstrip("/")
    if not origin or origin == "null":
        return root_path
    full = public_base(headers, scheme, root_path)
    parts = urlsplit(full)
    own = f"{parts.scheme}://{parts.netloc}"
    return root_path if origin.lower() == own.lower() else full


def parse_span(start: str | None, end: str | None, text: str) -> tuple[int, int] | None:
    """The (start, end) asked for, None for the whole document; SpanError if it is not valid."""
    if start in (None, "") and end in (None, ""):
        return None
    if start in (None, "") or end in (None, ""):
        raise SpanError("a span needs both start and end")
    try:
        s, e = int(str(start)), int(str(end))
    except ValueError:
        raise SpanError("start and end must be whole numbers (character offsets)") from None
    if s < 0 or e > len(text) or s >= e:
        raise SpanError(
            f"characters {s}–{e} are not a span of this document "
            f"(it has {len(text):,} characters; start must be below end)"
        )
    if not text[s:e].strip():
        raise SpanError(f"characters {s}–{e} hold no text")
    return s, e


# --- the page ---------------------------------------------------------------------------------


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split()).strip("“”\"' ")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _date(value: str | None) -> str:
    if not value:
        return ""
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return _e(value)
    return f'<time datetime="{_e(value)}">{d.day} {d:%B %Y}</time>'


def items_of(speaker: Speaker) -> list[Item]:
    """A speaker's quotes, each its own link; a paraphrase links its whole passage."""
    out: list[Item] = []
    for u in speaker.units:
        if u.quotes:
            out.extend(Item(s, e, u.kind) for s, e in u.quotes)
        else:
            out.append(Item(u.start, u.end, u.kind))
    return sorted(out, key=lambda i: (i.start, i.end))


def _overlaps(item: Item, span: tuple[int, int] | None) -> bool:
    return span is not None and item.start < span[1] and span[0] < item.end


def speaker_at(speakers: Sequence[Speaker], span: tuple[int, int]) -> tuple[Speaker, Any] | None:
    """The speaker whose passage holds the span, with that passage (unit)."""
    for sp in speakers:
        for u in sp.units:
            if u.start <= span[0] and span[1] <= u.end:
                return sp, u
    return None


def _body(text: str, span: tuple[int, int] | None, who: str, title: str) -> str:
    """The document as paragraphs; the span (possibly over several) in <mark> elements."""
    paragraphs = []
    first = True
    for ps, pe in split_paragraphs(text):
        if span is None or not (span[0] < pe and ps < span[1]):
            paragraphs.append(f"<p>{_e(text[ps:pe])}</p>")
            continue
        a, b = max(ps, span[0]), min(pe, span[1])
        label = ""
        attrs = f'class="cited" title="{_e(title)}"'
        if first:
            attrs = f'id="cited" tabindex="-1" {attrs}'
            if who:
                label = f'<span class="who" aria-hidden="true">{_e(who)}</span>'
            first = False
        # The label goes before an opening quotation mark, not between it and the quote.
        cut = a - 1 if label and a > ps and text[a - 1] in OPENING_QUOTES else a
        paragraphs.append(
            f'<p class="has-cited">{_e(text[ps:cut])}{label}{_e(text[cut:a])}'
            f"<mark {attrs}>{_e(text[a:b])}</mark>{_e(text[b:pe])}</p>"
        )
    return "\n".join(paragraphs) or '<p class="empty">This document has no text.</p>'


def _cited_card(
    doc_id: str,
    span: tuple[int, int],
    found: tuple[Speaker, Any] | None,
    base: str,
) -> str:
    where = f"Characters {span[0]:,}–{span[1]:,}"
    actions = (
        f'<a href="#cited">Go to the passage</a>'
        f'<a href="{_e(source_path(doc_id, base=base))}">Whole document, no highlight</a>'
    )
    if found is None:
        who = (
            "<p class='cited-who'><span class='chip narrative'>narrative</span>"
            "Not attributed to a speaker: the record's own words.</p>"
        )
        steps = ""
    else:
        sp, unit = found
        chip = f"<span class='chip {_e(unit.kind)}'>{_e(unit.kind)}</span>"
        detail = ", ".join(x for x in (sp.affiliation, *sp.roles) if x)
        who = (
            f"<p class='cited-who'>{chip}<strong>{_e(sp.display())}</strong>"
            + (f"<span class='aff'>{_e(detail)}</span>" if detail else "")
            + "</p>"
        )
        items = items_of(sp)
        before = [i for i in items if i.end <= span[0] and not _overlaps(i, span)]
        after = [i for i in items if i.start >= span[1] and not _overlaps(i, span)]
        links, name = [], _e(sp.name)
        if before:
            href = _e(source_path(doc_id, before[-1].start, before[-1].end, base))
            links.append(f'<a rel="prev" class="step" href="{href}">← Previous by {name}</a>')
        if after:
            href = _e(source_path(doc_id, after[0].start, after[0].end, base))
            links.append(f'<a rel="next" class="step" href="{href}">Next by {name} →</a>')
        steps = f'<nav class="steps" aria-label="Quotes by {_e(sp.name)}">{"".join(links)}</nav>'
        if not links:
            steps = ""
    return (
        '<section class="cited-card" aria-label="The cited passage">'
        f"<p class='kicker'>Cited passage</p>{who}"
        f"<p class='cited-where'><span>{where}</span>{actions}</p>{steps}</section>"
    )


def _speakers_list(
    doc_id: str, text: str, speakers: Sequence[Speaker], span: tuple[int, int] | None, base: str
) -> str:
    if not speakers:
        return '<p class="muted">No speakers were found in this document.</p>'
    parts = []
    for n, sp in enumerate(speakers, 1):
        lis = []
        for i in items_of(sp):
            current = ' aria-current="location"' if _overlaps(i, span) else ""
            kind = (
                "" if i.kind == "quote" else f"<span class='chip {_e(i.kind)}'>{_e(i.kind)}</span>"
            )
            lis.append(
                f'<li><a href="{_e(source_path(doc_id, i.start, i.end, base))}"{current}>'
                f"{kind}{_e(_excerpt(text[i.start : i.end]))}</a></li>"
            )
        detail = ", ".join(x for x in (sp.affiliation, *sp.roles) if x)
        parts.append(
            f'<section class="speaker" id="speaker-{n}"><h3>{_e(sp.display())}</h3>'
            + (f"<p class='aff'>{_e(detail)}</p>" if detail else "")
            + f"<ol>{''.join(lis)}</ol></section>"
        )
    return "\n".join(parts)


def _shell(title: str, prefix: str, main: str, aside: str = "") -> str:
    chat = f"{prefix}/chat/"
    layout = "page with-aside" if aside else "page"
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="same-origin">
  <title>{_e(title)}</title>
  <link rel="icon" href="{_e(prefix)}/static/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="{_e(prefix)}/static/source.css">
  <script src="{_e(prefix)}/static/source.js" defer></script>
</head>
<body>
  <header class="bar">
    <a class="brand" href="{_e(chat)}"><span class="logo">◆</span>Dialogue Assistant</a>
    <span class="bar-where">Source viewer</span>
    <a class="bar-link" href="{_e(chat)}">Ask a question</a>
  </header>
  <div class="{layout}">
{main}
{aside}
  </div>
</body>
</html>
"""


def source_page(
    *,
    doc_id: str,
    title: str,
    date: str | None,
    place: str | None,
    publisher: str | None,
    text: str,
    speakers: Sequence[Speaker],
    span: tuple[int, int] | None,
    prefix: str = "",
) -> str:
    """The whole document, the span highlighted and its speaker named, and who spoke in it."""
    found = speaker_at(speakers, span) if span else None
    meta = [
        ("Date", _date(date)),
        ("Place", _e(place or "")),
        ("Publisher", _e(publisher or "")),
        ("Document", f"<code>{_e(doc_id)}</code>"),
    ]
    dl = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in meta if v)
    who, mark_title = "", ""
    if span:
        if found:
            sp, unit = found
            who = sp.described()
            mark_title = f"{who} ({unit.kind})"
        else:
            mark_title = "Narrative: not attributed to a speaker"
    card = _cited_card(doc_id, span, found, prefix) if span else ""
    main = f"""    <main class="doc" id="top">
      <header class="doc-head">
        <p class="kicker">Source document</p>
        <h1>{_e(title)}</h1>
        <dl class="meta">{dl}</dl>
      </header>
      {card}
      <article class="text" aria-label="Document text">
{_body(text, span, who, mark_title)}
      </article>
    </main>"""
    count = len(speakers)
    aside = f"""    <aside class="speakers" aria-labelledby="speakers-h">
      <h2 id="speakers-h">Speakers <span class="count">{count}</span></h2>
      <p class="hint">Each link shows that quote highlighted in the document.</p>
{_speakers_list(doc_id, text, speakers, span, prefix)}
    </aside>"""
    page_title = (f"{found[0].name}: " if found else "") + f"{title} · Dialogue Assistant"
    return _shell(page_title, prefix, main, aside)


def documents_page(documents: Sequence[Any], prefix: str = "") -> str:
    """`/source/`: every document of the record, each a link to its source view."""
    items = []
    for d in documents:
        bits = [b for b in (_date(d.date), _e(d.place or ""), _e(d.publisher or "")) if b]
        items.append(
            f'<li><a href="{_e(source_path(d.doc_id, base=prefix))}">{_e(d.title)}</a>'
            f"<span class='muted'>{' · '.join(bits)}</span></li>"
        )
    listing = "".join(items) or "<li class='muted'>No documents are indexed.</li>"
    main = f"""    <main class="doc">
      <p class="kicker">Source documents</p>
      <h1>The meeting record</h1>
      <ul class="documents">{listing}</ul>
    </main>"""
    return _shell("Source documents · Dialogue Assistant", prefix, main)


def not_found_page(message: str, prefix: str = "", doc_link: str | None = None) -> str:
    """A plain 404 page: what was not found, and where to go instead."""
    back = (
        f'<a class="button" href="{_e(doc_link)}">Open the whole document</a>' if doc_link else ""
    )
    back += f'<a class="button secondary" href="{_e(prefix)}/chat/">Back to the chat</a>'
    main = f"""    <main class="doc notfound">
      <p class="kicker">404 · Not found</p>
      <h1>This source is not available</h1>
      <p class="lede">{_e(message)}</p>
      <p class="actions">{back}</p>
    </main>"""
    return _shell("Source not found · Dialogue Assistant", prefix, main)
