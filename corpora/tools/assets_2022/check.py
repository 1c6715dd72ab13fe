"""Self-check for set blind_c: gold sentences occur exactly once in the extracted text, gold speaker
names occur in their document, every answerable fact has an alternative in some document, and key
terms of unanswerable cases are absent from all documents.

Usage: .venv/bin/python tools/check.py   (exit 0 = pass)
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "assets_2022"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "h1", "h2", "figcaption", "li", "div", "figure"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def extract(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        return norm(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    if path.suffix == ".html":
        a = Article()
        a.feed(path.read_text(encoding="utf-8"))
        return "".join(a.parts)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = re.sub(r"^#+\s*", "", text, flags=re.M).replace("**", "")
        text = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"\1", text)
    return text


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".txt", ".docx", ".pdf", ".html", ".md")}
allt = "\n".join(texts.values()).lower()
gold = yaml.safe_load((ROOT / "evals" / "assets_gold.yaml").read_text(encoding="utf-8"))

doc_files = {d["file"] for d in gold["documents"]}
if doc_files != set(texts):
    fail(f"gold documents {sorted(doc_files)} != docs {sorted(texts)}")
canon = set()
for d in gold["documents"]:
    t = texts.get(d["file"], "")
    for s in d["speakers"]:
        canon.add(s["name"])
        if s["name"] not in t:
            fail(f"speaker {s['name']!r} not in {d['file']}")

per_doc = {}
for s in gold["sentences"]:
    t = texts.get(s["file"], "")
    n = t.count(s["text"])
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    if n != 1:
        fail(f"gold sentence occurs {n}x in {s['file']}: {s['text'][:70]!r}")
    if s["speaker"] is not None and s["speaker"] not in canon:
        fail(f"gold sentence speaker {s['speaker']!r} not a canonical name")
for f in texts:
    if per_doc.get(f, 0) < 6:
        fail(f"{f}: only {per_doc.get(f, 0)} gold sentences")

q = yaml.safe_load((ROOT / "evals" / "assets_questions.yaml").read_text(encoding="utf-8"))
absent = yaml.safe_load((ROOT / "corpora" / "tools" / "assets_2022" / "absent_terms.yaml").read_text(encoding="utf-8"))
ids = set()
unans = 0
for c in q["cases"]:
    if c["id"] in ids:
        fail(f"duplicate id {c['id']}")
    ids.add(c["id"])
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    e = c["expect"]
    if not e["answerable"]:
        unans += 1
        if e.get("facts") or e.get("speakers"):
            fail(f"{c['id']}: unanswerable case with facts/speakers")
    for sp in e.get("speakers", []) or []:
        if sp not in canon:
            fail(f"{c['id']}: speaker {sp!r} not canonical")
    for alts in e.get("facts", []) or []:
        if not any(a.lower() in allt for a in alts):
            fail(f"{c['id']}: no alternative of {alts} in any document")
    for term in absent.get(c["id"], []) or []:
        if term.lower() in allt:
            fail(f"{c['id']}: term {term!r} expected absent but found in docs")

print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(q['cases'])} unanswerable={unans}")
for f, t in texts.items():
    print(f"  {f}: {len(t.split())} words")
if len(q["cases"]) < 60 or unans < 12:
    fail("need >= 60 cases and >= 12 unanswerable")
sys.exit(1 if fails else 0)
