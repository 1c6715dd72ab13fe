"""Extract plain text from the documents in docs/.
PDF: pypdf, whitespace collapsed. DOCX: paragraphs joined by newlines.
HTML: text of <main>. MD/TXT: raw."""
import os, re, sys
from pypdf import PdfReader
import docx
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")


def extract(path):
    if path.endswith(".pdf"):
        text = " ".join(p.extract_text() or "" for p in PdfReader(path).pages)
        return re.sub(r"\s+", " ", text).strip()
    if path.endswith(".docx"):
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if path.endswith(".html"):
        soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
        main = soup.find("main") or soup
        return main.get_text("\n")
    return open(path, encoding="utf-8").read()


def all_docs():
    return {f: extract(os.path.join(DOCS, f)) for f in sorted(os.listdir(DOCS)) if f.endswith(EXTS)}


if __name__ == "__main__":
    for name, text in all_docs().items():
        if len(sys.argv) > 1 and name not in sys.argv[1:]:
            continue
        print("=" * 20, name, len(text.split()), "words")
        print(text)
