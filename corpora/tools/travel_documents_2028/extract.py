"""Text extraction as defined for the blindz gold: PDF = pypdf text with whitespace collapsed;
DOCX = paragraph texts (joined by newlines); HTML = visible text of <article>; TXT/MD = raw file."""
import os
import re


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        from pypdf import PdfReader
        txt = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
        return re.sub(r"\s+", " ", txt).strip()
    if ext == ".docx":
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        art = soup.find("article")
        return art.get_text("\n") if art else soup.get_text("\n")
    with open(path, encoding="utf-8") as f:
        return f.read()
