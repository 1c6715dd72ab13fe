"""Splitting text into sentence units that keep a direct quote whole.

Offsets are into the document text. A quote that runs on into the next paragraph (the
typographic convention: no closing mark, the next paragraph opens with one) stays one unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN = "“„«"
CLOSE = "”»"
ASCII = '"'
ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e",
    "h.e", "u.n", "u.s", "u.k", "e.u", "art", "arts", "para", "paras", "gen", "col", "lt",
    "capt", "amb", "rev", "hon", "sen", "rep", "gov", "mt", "fig", "approx", "dept", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "op", "cf", "al", "mme", "mlle", "messrs", "sra", "srta", "dra", "sres", "dña",
}  # fmt: skip


@dataclass
class Span:
    start: int
    end: int
    quotes: list[tuple[int, int]] = field(default_factory=list)  # inner text of “…” segments


def _abbrev_before(text: str, dot: int) -> bool:
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper())


def _starts_sentence(text: str, i: int, end: int) -> bool:
    """After a terminator at i-1: white space, then a capital, digit or opening quote."""
    j = i
    while j < end and text[j] in " \t":
        j += 1
    if j == i:
        return False
    return j >= end or text[j].isupper() or text[j].isdigit() or text[j] in OPEN + ASCII


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], keeping direct quotes whole."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    paras = [(max(a, start), min(b, end)) for a, b in paragraphs(text) if a < end and b > start]
    cur_start: int | None = None
    quote_open: int | None = None
    quotes: list[tuple[int, int]] = []

    def close(at: int) -> None:
        nonlocal cur_start, quotes
        if cur_start is not None:
            s, e = _trim(text, cur_start, at)
            if e > s:
                spans.append(Span(s, e, quotes))
        cur_start, quotes = None, []

    for pi, (pa, pb) in enumerate(paras):
        i = pa
        if quote_open is not None:
            # A quote left open at the end of the previous paragraph continues only if this
            # paragraph opens with a quote mark; otherwise the open quote was a stray mark.
            first = text[pa:pb].lstrip()
            if first[:1] in OPEN + ASCII:
                i = pa + (len(text[pa:pb]) - len(first)) + 1
            else:
                quote_open = None
                close(paras[pi - 1][1])
        if cur_start is None:
            cur_start = pa
        while i < pb:
            ch = text[i]
            if quote_open is None and (ch in OPEN or ch == ASCII):
                quote_open = i + 1
            elif quote_open is not None and (ch in CLOSE or ch == ASCII):
                quotes.append(_trim(text, quote_open, i))
                quote_open = None
                if i > pa and text[i - 1] in ".!?" and _starts_sentence(text, i + 1, pb):
                    close(i + 1)
                    cur_start = i + 1
            elif quote_open is None and ch in ".!?…":
                k = i + 1
                while k < pb and text[k] in ".!?)]’'":
                    k += 1
                if (ch != "." or not _abbrev_before(text, i)) and _starts_sentence(text, k, pb):
                    close(k)
                    cur_start = k
                    i = k
                    continue
            i += 1
        if quote_open is None:
            close(pb)
        elif pi + 1 < len(paras):
            continue
        else:
            quotes.append(_trim(text, quote_open, pb))
            quote_open = None
            close(pb)
    return spans
