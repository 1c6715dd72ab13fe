"""Extract the text of each document in docs/ by the set's conventions.

DOCX: paragraph text as python-docx reads it (table rows as tab-joined cells, in body order);
PDF: pypdf text; HTML: visible text of the <article>; TXT: the file as written;
MD: the file without markup characters (**, *, `, leading # and >). All: whitespace collapsed.
"""
import re
from html.parser import HTMLParser
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "smuggling_2025"
norm = lambda s: re.sub(r"\s+", " ", s).strip()


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.article = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "blockquote"):
            self.article.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        if "article" in self.stack:
            self.article.append(data)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        t = "\n".join(parts)
    elif ext == ".pdf":
        t = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    elif ext in (".html", ".htm"):
        h = _Html()
        h.feed(path.read_text(encoding="utf-8"))
        t = "".join(h.article)
    elif ext == ".md":
        t = path.read_text(encoding="utf-8")
        t = re.sub(r"^\s*#+\s*", "", t, flags=re.M)
        t = re.sub(r"^\s*>\s?", "", t, flags=re.M)
        t = t.replace("**", "").replace("`", "").replace("*", "")
    else:
        t = path.read_text(encoding="utf-8")
    return norm(t)


def all_texts() -> dict:
    return {p.name: text_of(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".docx", ".pdf", ".html", ".md", ".txt")}


if __name__ == "__main__":
    import sys
    for name, t in all_texts().items():
        if len(sys.argv) > 1 and sys.argv[1] not in name:
            continue
        print("=====", name, len(t.split()), "words")
        print(t)
