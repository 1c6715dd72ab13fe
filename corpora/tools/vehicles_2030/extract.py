"""Extract plain text from a document (docx, pdf, html, txt, md). Usage: extract.py FILE..."""
import re
import sys

from bs4 import BeautifulSoup
from docx import Document
from pypdf import PdfReader


def extract(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.endswith((".html", ".htm")):
        soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
        for t in soup(["script", "style"]):
            t.decompose()
        return soup.get_text(" ")
    return open(path, encoding="utf-8").read()


def normalize(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"===== {p}")
        print(extract(p))
