"""Text extraction used by check.py (and handy for eyeballing): the same rules as the dev corpus.

PDF: pypdf text of all pages, whitespace collapsed. DOCX: body paragraph text (python-docx), joined.
HTML: visible text of <article> ("main"); visible text of the whole page ("all"). TXT / MD: as written.
Usage: python corpora/tools/online_recruitment_2025/extract.py [FILE ...]   prints the collapsed main text of each document.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]
DOCS_DIR = ROOT / "corpora" / "online_recruitment_2025"
DOCS = [
    "report_egm_online_recruitment_2025.pdf",
    "news_savanna_dispatch_nairobi_egm_2025.html",
    "webcast_captions_followup_2026.txt",
    "contribution_kipepeo_digital_2026.docx",
    "chairs_summary_followup_2026.md",
    "statement_sauti_huru_nairobi_2025.pdf",
]
NO_META = "statement_sauti_huru_nairobi_2025.pdf"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class _Html(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr", "source"}
    BLOCK = {"p", "h1", "h2", "h3", "li", "div", "ul", "figcaption", "blockquote", "aside", "section", "header", "footer"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.article: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag in self.BLOCK:
            self.article.append("\n")
            self.visible.append("\n")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style", "button", "form")):
            return
        self.visible.append(data)
        if "article" in self.stack:
            self.article.append(data)


def extract(name: str) -> dict[str, str]:
    path = DOCS_DIR / name
    if name.endswith(".pdf"):
        t = "\n".join(p.extract_text() for p in PdfReader(path).pages)
        return {"main": norm(t), "all": norm(t)}
    if name.endswith(".docx"):
        t = "\n".join(p.text for p in Document(path).paragraphs)
        return {"main": norm(t), "all": norm(t)}
    if name.endswith(".html"):
        h = _Html()
        h.feed(path.read_text(encoding="utf-8"))
        return {"main": norm("".join(h.article)), "all": norm("".join(h.visible))}
    t = path.read_text(encoding="utf-8")
    return {"main": norm(t), "all": norm(t)}


def all_texts() -> dict[str, dict[str, str]]:
    return {d: extract(d) for d in DOCS}


if __name__ == "__main__":
    names = sys.argv[1:] or DOCS
    for n in names:
        print(f"===== {n}")
        print(extract(Path(n).name)["main"])
        print()
