"""File formats -> plain text and its structure (headings, paragraphs, list items, table rows).

`read(path)` gives the text the rest of the package works on, one block per line: offsets into
it are what citations point at. Text made from a structured format (Markdown, HTML, PDF, DOCX)
has its blocks separated by a blank line and no markup left; a `.txt` file is kept as it is.
A list marker or literal paragraph number ("7.\t", "(a) ") stays in the text, and the block's
`body_start` says where the words after it begin.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import SourceError

BlockKind = Literal["heading", "paragraph", "item", "table"]
MAX_BYTES = 20_000_000
FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

# A list marker or literal paragraph number opening a line: "7.\t", "12. ", "(a) ", "b) ",
# "- ", "• "; "A.\t" and "IV.\t" only before a tab, so that "J. Smith said" is not a marker.
MARKER_RE = re.compile(
    r"[ \t]*(?:(?P<num>\d{1,3}[.)])[ \t]+|\((?P<paren>[A-Za-z0-9]{1,4})\)[ \t]+"
    r"|(?P<letter>[a-z][.)])[ \t]+|(?P<upper>[A-Z]|[IVXLC]{1,6})\.\t+|(?P<bullet>[-*•–·▪])[ \t]+)"
)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: BlockKind
    level: int = 0  # heading level (1 = top; 0 = a document title), list depth
    body_start: int | None = None  # where the words begin after a list marker / number


@dataclass(frozen=True)
class Extracted:
    text: str
    blocks: tuple[Block, ...]
    fmt: str
    # What the file says about itself outside its text: "title", "author", "date" (ISO),
    # "publisher" from HTML <title>/<meta>, a DOCX's core properties, a PDF's info dictionary;
    # "byline": the words of an HTML element marked as the byline.
    meta: dict[str, str] = field(default_factory=dict)


class _Builder:
    """Collects one line per block and joins them with blank lines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def add(self, line: str, kind: BlockKind, level: int = 0, marker: int | None = None) -> None:
        """Append one block; `marker` is the length of a marker kept at the start of `line`."""
        line = re.sub(r"[^\S\t]*\n[^\S\t]*", " ", line).strip()
        if not line.strip():
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        if marker is None:
            found = MARKER_RE.match(line)
            marker = found.end() if found and found.end() < len(line) else None
        elif marker >= len(line):  # only the marker is left ("1." of an emptied list item)
            marker = None
        self.blocks.append(
            Block(
                self.pos, self.pos + len(line), kind, level, self.pos + marker if marker else None
            )
        )
        self.parts.append(line)
        self.pos += len(line)

    def done(self, fmt: str, meta: dict[str, str] | None = None) -> Extracted:
        return Extracted("".join(self.parts), tuple(self.blocks), fmt, meta or {})


def _marker_kind(line: str) -> BlockKind:
    m = MARKER_RE.match(line)
    return (
        "item"
        if m and (m.group("bullet") or m.group("paren") or m.group("letter"))
        else "paragraph"
    )


# -- plain text ---------------------------------------------------------------------------------
def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise SourceError(f"{name}: binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{name}: not UTF-8 text (re-save it as UTF-8)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(text: str) -> Extracted:
    """The text as it is; each non-blank line is a block."""
    blocks = []
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        found = MARKER_RE.match(m.group())
        body = m.start() + found.end() if found and found.end() < len(m.group()) else None
        blocks.append(Block(m.start(), m.end(), _marker_kind(m.group()), 0, body))
    return Extracted(text, tuple(blocks), "txt")


# -- Markdown -----------------------------------------------------------------------------------
_ENDS_SENTENCE = re.compile(r"[.!?:;”\"’)\]]$")
_STARTS_SENTENCE = re.compile(r"[A-Z0-9“\"‘(\[]")


def _quote_open(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _inline_lines(children: list[Any]) -> list[str]:
    """The words of an inline token, markup dropped. A soft line break joins the lines of one
    paragraph, except between two whole sentences written one a line (a transcript's turns)."""
    lines = [""]
    for k, tok in enumerate(children):
        if tok.type in ("text", "text_special", "code_inline"):
            lines[-1] += tok.content
        elif tok.type == "image":
            lines[-1] += "".join(c.content for c in tok.children or [])
        elif tok.type == "hardbreak" or (
            tok.type == "html_inline" and re.match(r"<br\b", tok.content, re.I)
        ):
            lines.append("")
        elif tok.type == "softbreak":
            after = next((c.content for c in children[k + 1 :] if c.content), "")
            cur = lines[-1].rstrip()
            if (
                _ENDS_SENTENCE.search(cur)
                and _STARTS_SENTENCE.match(after.lstrip())
                and not _quote_open(cur)
            ):
                lines.append("")
            else:
                lines[-1] = cur + " "
        # emphasis, strong, links, inline HTML: only their words are kept
    return lines


def read_md(text: str) -> Extracted:
    from markdown_it import MarkdownIt

    front = re.match(r"---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)", text, re.S)
    meta = _front_matter(front.group()) if front else {}
    if front:  # YAML front matter is metadata, not body text
        text = text[front.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    out = _Builder()
    lists: list[list[Any]] = []  # [ordered, next number] per open list
    item_marker: str | None = None  # the number of the list item whose first block is next
    heading: int | None = None
    row: list[str] | None = None
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            lists.append([t == "ordered_list_open", int(tok.attrs.get("start", 1) or 1)])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            ordered, number = lists[-1]
            item_marker = f"{tok.info or number}{tok.markup} " if ordered else ""
            lists[-1][1] = number + 1
        elif t == "heading_open":
            heading = int(tok.tag[1:])
        elif t == "heading_close":
            heading = None
        elif t == "tr_open":
            row = []
        elif t == "tr_close" and row is not None:
            out.add("\t".join(row), "table", marker=0)
            row = None
        elif t == "inline" and row is not None:
            row.append(" ".join(_inline_lines(tok.children or [])).strip())
        elif t == "inline":
            for j, line in enumerate(_inline_lines(tok.children or [])):
                if heading is not None:
                    out.add(line, "heading", heading)
                elif lists:
                    prefix = item_marker if j == 0 and item_marker is not None else ""
                    out.add(prefix + line, "item", len(lists), marker=len(prefix) or None)
                    item_marker = None
                else:
                    out.add(line, "paragraph")
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                out.add(line, "paragraph", marker=0)
        elif t == "html_block":
            words = _html_fragment_text(tok.content)
            if words:
                out.add(words, "paragraph")
    return out.done("md", meta)


def _front_matter(block: str) -> dict[str, str]:
    """Title, author, date and publisher from a Markdown file's YAML front matter."""
    import yaml

    try:
        data = yaml.safe_load(block.strip().strip("-.").strip()) or {}
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    got = {k: data.get(k) for k in ("title", "author", "date", "publisher")}
    if isinstance(got["author"], list):  # "author: [Anna Berg, Ben Cole]"
        got["author"] = " and ".join(str(x) for x in got["author"])
    return {
        k: " ".join(str(v).split()) for k, v in got.items() if isinstance(v, str | int | dt.date)
    }


def _html_fragment_text(fragment: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


# -- HTML ---------------------------------------------------------------------------------------
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "form", "button", "input",
              "select", "textarea", "iframe", "nav", "aside", "footer", "dialog"]  # fmt: skip
_DROP_ROLES = {"navigation", "complementary", "contentinfo", "dialog", "alertdialog", "search",
               "banner", "menu", "menubar"}  # fmt: skip
# Class or id words the web uses for what is around an article, not in it.
_AROUND_RE = re.compile(
    r"(?:^|[-_\s])(?:cookies?|consent|gdpr|newsletters?|subscribe|subscription|share|sharing"
    r"|social|related|promo|adverts?|advertisement|ads?|sponsored|breadcrumbs?)(?:$|[-_\s])",
    re.I,
)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt",
               "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "h1", "h2", "h3",
               "h4", "h5", "h6", "address", "hr", "br", "body", "html"}  # fmt: skip


def _strip_boilerplate(root: Any) -> None:
    """Drop menus, sidebars, footers, forms, consent banners and site headers below `root`.
    A <header> with the page's <h1> and no menu stays (headline, byline), and so does any
    element holding most of the text (a page wrapped in one <form>)."""
    most = len(root.get_text()) / 2

    def drop(tag: Any) -> None:
        if not tag.decomposed and len(tag.get_text()) <= most:
            tag.decompose()

    for tag in root.find_all(_DROP_TAGS):
        drop(tag)
    for tag in root.find_all("header"):
        if tag.find_parent(["article", "main"]) is None and (
            tag.find("h1") is None or tag.find(["nav", "form", "ul"]) is not None
        ):
            drop(tag)
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        attrs = tag.attrs or {}
        names = " ".join([str(attrs.get("id", "")), *attrs.get("class", [])])
        if (
            attrs.get("role") in _DROP_ROLES
            or attrs.get("aria-hidden") == "true"
            or _AROUND_RE.search(names)
        ):
            drop(tag)


def _html_blocks(root: Any, out: _Builder) -> None:
    """One block per paragraph-like element, table row or list item, in document order."""
    from bs4 import NavigableString, Tag

    buf: list[str] = []
    state: dict[str, Any] = {"kind": "paragraph", "level": 0}

    def flush() -> None:
        line = " ".join("".join(buf).split())
        buf.clear()
        if line:
            out.add(line, state["kind"], state["level"])

    def walk(node: Any, kind: BlockKind, level: int) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, CDATA or doctype
                    buf.append(str(child))
                    state.update(kind=kind, level=level)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "table" and not child.find(["p", "div", "table", "ul", "ol", "h1", "h2"]):
                flush()  # a data table: one line per row (a layout table is walked as blocks)
                for tr in child.find_all("tr"):
                    cells = [" ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"])]
                    if any(cells):
                        out.add("\t".join(cells), "table", marker=0)
                continue
            if name not in _BLOCK_TAGS:
                walk(child, kind, level)
                continue
            flush()
            if re.fullmatch(r"h[1-6]", name):
                walk(child, "heading", int(name[1]))
            elif name == "li":
                walk(child, "item", level + 1 if kind == "item" else 1)
            else:
                walk(child, kind, level)
            flush()

    walk(root, "paragraph", 0)
    flush()


_CONTAINERS = {"article", "main", "section", "div", "td", "body", "html", "[document]"}


def _flat(el: Any) -> str:
    return " ".join(el.get_text(" ").split())


def _covers(flat: str, paras: list[str], need: float) -> bool:
    return sum(len(p) for p in paras if p in flat) >= need


def _main_container(soup: Any, html: str) -> Any:
    """The smallest element holding the main content trafilatura finds, else <article>,
    <main> or role=main, else <body>."""
    import trafilatura

    try:
        found = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=False,
            favor_precision=True, deduplicate=False,
        )  # fmt: skip
    except Exception:  # trafilatura fails on some malformed pages: fall back to structure
        found = None
    paras = [" ".join(p.removeprefix("- ").split()) for p in (found or "").split("\n")]
    paras = [p for p in paras if len(p.split()) >= 4]
    if paras:
        paras = sorted(paras, key=len, reverse=True)[:50]  # enough to place the content
        need = 0.8 * sum(len(p) for p in paras)
        longest = paras[0]
        pieces = [(len(t), t) for t in soup.find_all(string=True) if len(t.strip()) >= 10]
        anchor = max(
            ((n, t) for n, t in pieces if " ".join(t.split()) in longest),
            key=lambda x: x[0],
            default=None,
        )
        el = anchor[1].parent if anchor else None
        while el is not None:
            if el.name in _CONTAINERS and _covers(_flat(el), paras, need):
                # an <article> around it also holds its headline and byline
                return el.find_parent("article") or el
            el = el.parent
    for sel in ("article", "main", "[role=main]"):
        el = soup.select_one(sel)
        if el is not None and el.get_text(strip=True):
            return el
    return soup.body or soup


def read_html(html: str) -> Extracted:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    meta = _html_meta(soup, html)
    root = _main_container(soup, str(soup))
    _strip_boilerplate(root)
    out = _Builder()
    _html_blocks(root, out)
    return out.done("html", meta)


def _html_meta(soup: Any, html: str) -> dict[str, str]:
    """Title, author, publication date and site name the page declares (<title>, <meta>,
    Open Graph, trafilatura's metadata); the site name also from a "Headline | Site" title."""
    import trafilatura

    try:
        found = trafilatura.extract_metadata(html)
    except Exception:  # malformed markup: what the tags say below is enough
        found = None
    got = found.as_dict() if found is not None else {}

    def tag(*names: str) -> str:
        for name in names:
            el = soup.find("meta", attrs={"name": name}) or soup.find(
                "meta", attrs={"property": name}
            )
            if el is not None and str(el.get("content") or "").strip():
                return " ".join(str(el["content"]).split())
        return ""

    page_title = " ".join(soup.title.get_text().split()) if soup.title else ""
    title = str(got.get("title") or "") or tag("og:title") or page_title
    site = tag("og:site_name", "application-name") or str(got.get("sitename") or "")
    if not site and title and page_title.startswith(title):
        rest = re.sub(r"^\s*[|–—·:-]\s*", "", page_title[len(title) :]).strip()
        site = re.split(r"\s+[|–—·]\s+", rest)[-1]  # "Headline: subtitle | Site": the last part
    meta = {
        "title": title,
        "author": tag("author", "article:author", "dc.creator") or str(got.get("author") or ""),
        "date": str(got.get("date") or "")[:10],
        "publisher": site,
        "byline": _byline_element(soup),
    }
    return {k: v for k, v in meta.items() if v}


def _byline_element(soup: Any) -> str:
    """The words of the page's byline element (class "byline", rel or itemprop "author")."""
    el = soup.select_one('[class*="byline"], [rel="author"], [itemprop="author"]')
    return " ".join(el.get_text().split()) if el is not None else ""  # as the blocks join it


# -- PDF ----------------------------------------------------------------------------------------
# "3", "- 3 -", "Page 3 of 5", "3/5", "iv"
_PAGE_NUMBER_RE = re.compile(
    r"(?:page\s+|p\.\s*)?[-–—]?\s*(?:\d{1,4}|(?=[ivxlc])x{0,3}(?:ix|iv|v?i{0,3}))\s*[-–—]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?",
    re.I,
)
_EDGE = 3  # lines at the top and at the bottom of a page where running headers may sit


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


# A UN-style document symbol: "CTOC/COP/WG.6/2022/4", "A/RES/55/25".
SYMBOL_RE = re.compile(r"(?<![\w/:.])[A-Z][A-Z0-9.]*(?:/[A-Z0-9][A-Za-z0-9.()\-]*){2,}(?![\w/])")
Line = tuple[str, float]  # a PDF line's text and font size; ("", 0) is a gap between blocks


def _page_lines(page: Any) -> list[Line]:
    """The text lines of a page, with a gap marked where the spacing between lines widens or
    the font size changes (a paragraph break, a heading, a running header)."""
    frags: list[tuple[int, float, float]] = []  # (offset in the text, y, font size)
    pos = 0

    def visit(text: str, cm: list, tm: list, font: Any, size: float) -> None:
        nonlocal pos
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            frags.append((pos, y, round(size * (abs(tm[3] * cm[3]) or 1.0), 1)))
        pos += len(text)

    text = page.extract_text(visitor_text=visit) or ""
    if pos != len(text):  # the pieces do not add up: no geometry, only the line breaks
        frags = []
    lines: list[tuple[str, float | None, float]] = []
    start = 0
    k = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        while k < len(frags) and frags[k][0] < start:
            k += 1
        mine = [f for f in frags[k:] if f[0] < end] if frags else []
        sizes: Counter[float] = Counter()
        for f in mine:
            sizes[f[2]] += 1
        lines.append(
            (
                raw.rstrip(),
                mine[0][1] if mine else None,
                sizes.most_common(1)[0][0] if sizes else 0.0,
            )
        )
        start = end + 1
    steps = sorted(
        a[1] - b[1]
        for a, b in itertools.pairwise(lines)
        if a[1] is not None and b[1] is not None and a[1] > b[1]
    )
    step = steps[len(steps) // 2] if steps else 0.0
    out: list[Line] = []
    prev: tuple[str, float | None, float] | None = None
    for line in lines:
        if not line[0].strip():
            out.append(("", 0.0))
            continue
        if (
            prev is not None
            and line[1] is not None
            and prev[1] is not None
            and (
                prev[1] - line[1] > 1.3 * step or prev[1] <= line[1] or abs(prev[2] - line[2]) > 0.6
            )
        ):
            out.append(("", 0.0))
        out.append((line[0], line[2]))
        prev = line
    return out


def _edge_slots(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Line index -> (slot, shape) for the lines set apart by a gap at the top and at the
    bottom of a page (at most a few each); slots count from the top 0, 1, ... and from the
    bottom -1, -2, ..."""
    groups: list[list[int]] = [[]]
    for i, (ln, _size) in enumerate(lines):
        if ln.strip():
            groups[-1].append(i)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    if len(groups) < 2:
        return {}
    top, bottom = groups[0], groups[-1]
    slots = {}
    if len(bottom) <= _EDGE:
        slots = {i: (-k - 1, _shape(lines[i][0])) for k, i in enumerate(reversed(bottom))}
    if len(top) <= _EDGE:
        slots.update({i: (k, _shape(lines[i][0])) for k, i in enumerate(top)})
    return slots


def _drop_running(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without their page numbers and the lines repeated at the same place at the top
    or bottom of most pages (digits masked: "Page 3" and "Page 4" are one line)."""
    slots = [_edge_slots(lines) for lines in pages]
    seen: Counter[tuple[int, str]] = Counter()
    for page in slots:
        seen.update(set(page.values()))
    least = max(2, 0.6 * len(pages))
    cleaned = []
    for n, (lines, page) in enumerate(zip(pages, slots, strict=True)):
        kept = [
            ln
            for i, ln in enumerate(lines)
            if i not in page
            or not (seen[page[i]] >= least or _PAGE_NUMBER_RE.fullmatch(ln[0].strip()))
            or (n == 0 and i == 0 and SYMBOL_RE.search(ln[0]))  # the header naming its symbol
        ]
        while kept and not kept[0][0].strip():
            kept.pop(0)
        while kept and not kept[-1][0].strip():
            kept.pop()
        cleaned.append(kept)
    return cleaned


def _dehyphenate(cur: str, words: str, vocabulary: set[str]) -> str:
    """Join "inter-" + "national ...": the hyphen goes only if the document has the word
    unbroken elsewhere and never hyphenated."""
    head = re.search(r"(\w+)-$", cur)
    tail = re.match(r"\w+", words)
    if head and tail:
        joined = (head.group(1) + tail.group()).casefold()
        if joined in vocabulary and f"{head.group(1)}-{tail.group()}".casefold() not in vocabulary:
            return cur[:-1] + words
    return cur + words


def _join_lines(lines: list[Line | None], vocabulary: set[str]) -> list[Line]:
    """Lines (None between pages) -> paragraphs with the font size of their first line. A gap,
    a short line that ends a sentence, a list item after a sentence, or a short line followed
    by a capital ends a paragraph; other line breaks, and a page break inside a sentence, are
    spaces."""
    widths = sorted(len(ln[0]) for ln in lines if ln and len(ln[0].split()) >= 4)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    paras: list[Line] = []
    cur, size, prev = "", 0.0, ""
    for line in lines:
        if line is None:
            if cur and _ENDS_SENTENCE.search(cur):
                paras.append((cur, size))
                cur, prev = "", ""
            continue
        words = " ".join(line[0].split())
        if not words:
            if cur:
                paras.append((cur, size))
            cur, prev = "", ""
            continue
        short = len(prev) < 0.8 * full
        marker = MARKER_RE.match(words)
        starts_new = bool(marker or _STARTS_SENTENCE.match(words))
        if cur and (
            (short and (_ENDS_SENTENCE.search(cur) or starts_new))
            or (marker and _ENDS_SENTENCE.search(cur))
        ):
            paras.append((cur, size))
            cur = ""
        if not cur:
            cur, size = words, line[1]
        elif re.search(r"[A-Za-z]-$", cur) and words[:1].islower():
            cur = _dehyphenate(cur, words, vocabulary)
        else:
            cur += " " + words
        prev = line[0]
    if cur:
        paras.append((cur, size))
    return paras


def read_pdf(path: Path) -> Extracted:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise SourceError(f"{path.name}: PDF is encrypted")
        pages = [_page_lines(page) for page in reader.pages]
    except SourceError:
        raise
    except Exception as err:  # pypdf raises many kinds of error on a damaged file
        raise SourceError(f"{path.name}: broken PDF ({type(err).__name__})") from None
    info = _pdf_info(reader)
    lines: list[Line | None] = []
    for page in _drop_running(pages):
        lines.extend([*page, None])
    vocabulary = {w.casefold() for ln in lines if ln for w in re.findall(r"[\w-]+", ln[0])}
    paras = _join_lines(lines, vocabulary)
    sizes: Counter[float] = Counter()
    for text, size in paras:
        sizes[size] += len(text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    larger = sorted({sz for _t, sz in paras if sz > body + 0.6}, reverse=True)
    out = _Builder()
    for text, size in paras:
        if size in larger and len(text) <= 200:  # a short line in a larger font: a heading
            out.add(text, "heading", larger.index(size) + 1)
        else:
            out.add(text, _marker_kind(text))
    return out.done("pdf", info)


def _pdf_info(reader: Any) -> dict[str, str]:
    """The PDF's own title and author (its info dictionary), when it declares them."""
    try:
        info = reader.metadata or {}
        meta = {
            k: " ".join(str(info.get(f"/{k.title()}") or "").split()) for k in ("title", "author")
        }
    except Exception:  # a damaged info dictionary: the text is still readable
        return {}
    return {k: v for k, v in meta.items() if v}


# -- DOCX ---------------------------------------------------------------------------------------
def _docx_kind(paragraph: Any) -> tuple[BlockKind, int]:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title":
        return "heading", 0
    m = re.fullmatch(r"Heading (\d)", style)
    if m:
        return "heading", int(m.group(1))
    ppr = paragraph._p.pPr
    if (ppr is not None and ppr.numPr is not None) or style.startswith("List"):
        return "item", 1
    return _marker_kind(paragraph.text), 0


def read_docx(path: Path) -> Extracted:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        out = _Builder()
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells, seen = [], set()
                    for cell in row.cells:
                        if id(cell._tc) not in seen:  # a merged cell repeats in row.cells
                            seen.add(id(cell._tc))
                            cells.append(" ".join(cell.text.split()))
                    out.add("\t".join(cells), "table", marker=0)
                continue
            kind, level = _docx_kind(block)
            for line in block.text.split("\n"):  # a line break inside a paragraph
                out.add(line, kind, level)
    except Exception as err:  # a bad zip, missing parts, malformed XML
        raise SourceError(f"{path.name}: broken DOCX ({type(err).__name__})") from None
    return out.done("docx", _docx_meta(document))


def _docx_meta(document: Any) -> dict[str, str]:
    """A DOCX's core properties: title and author. An author that is the software the file's
    own comment says generated it ("generated by python-docx") is not the document's author."""
    try:
        props = document.core_properties
        title, author, note = (
            str(x or "").strip() for x in (props.title, props.author, props.comments)
        )
    except Exception:  # a malformed core properties part
        return {}
    if author and author.casefold() in note.casefold():
        author = ""
    return {k: v for k, v in {"title": title, "author": author}.items() if v}


# -- entry point --------------------------------------------------------------------------------
def read(path: Path) -> Extracted:
    """The text and blocks of one file; SourceError names the file when it can't be read."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(f"{path.name}: unsupported format (use {', '.join(FORMATS)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(f"{path.name}: too large ({size // 1_000_000} MB > 20 MB)")
        if fmt == "pdf":
            got = read_pdf(path)
        elif fmt == "docx":
            got = read_docx(path)
        else:
            text = _decode(path.read_bytes(), path.name)
            got = {"txt": read_txt, "md": read_md, "html": read_html}[fmt](text)
    except FileNotFoundError:
        raise SourceError(f"{path.name}: removed while reading") from None
    except OSError as err:
        raise SourceError(f"{path.name}: cannot read ({err.strerror})") from None
    if not got.text.strip():
        raise SourceError(f"{path.name}: empty")
    return got
