"""Self-check of blind_d: gold sentences occur exactly once, answerable facts occur in some
document, every gold speaker name occurs in its document (case-insensitive), question schema.

Usage: .venv/bin/python tools/check.py   (exit 0 = all good)
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "fraud_2024"
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    """Visible text of the <article> (the main content), footer of the article excluded."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "blockquote", "aside"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style", "footer")):
            return
        if "article" in self.stack:
            self.out.append(data)


def extract(path: Path) -> str:
    if path.suffix == ".docx":
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        t = " ".join(p.extract_text() for p in PdfReader(path).pages)
        return re.sub(r"\s+", " ", t).strip()
    if path.suffix == ".html":
        h = Html()
        h.feed(path.read_text(encoding="utf-8"))
        return "".join(h.out)
    return path.read_text(encoding="utf-8")


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".docx", ".pdf", ".html", ".txt", ".md")}
assert len(texts) == 5, texts.keys()
for name, t in texts.items():
    n = len(t.split())
    if not 450 <= n <= 1600:
        fail(f"{name}: {n} words")
metas = {p.name.replace(".meta.yaml", "") for p in DOCS.glob("*.meta.yaml")}
if len(metas) == len(texts):
    fail("every document has metadata; at least one must have none")

gold = yaml.safe_load((ROOT / "evals" / "fraud_gold.yaml").read_text(encoding="utf-8"))
canon = set()
for doc in gold["documents"]:
    t = texts.get(doc["file"])
    if t is None:
        fail(f"gold file missing: {doc['file']}")
        continue
    for sp in doc["speakers"]:
        canon.add(sp["name"])
        if sp["name"].lower() not in t.lower():
            fail(f"{doc['file']}: speaker name not in text: {sp['name']}")
per_doc = {}
for s in gold["sentences"]:
    t = texts[s["file"]]
    c = t.count(s["text"])
    if c != 1:
        fail(f"{s['file']}: gold sentence occurs {c}x: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in canon:
        fail(f"gold sentence speaker not canonical: {s['speaker']}")
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
for f in texts:
    if per_doc.get(f, 0) < 6:
        fail(f"{f}: only {per_doc.get(f, 0)} gold sentences")

q = yaml.safe_load((ROOT / "evals" / "fraud_questions.yaml").read_text(encoding="utf-8"))
assert q["name"] == "fraud"
alltext = "\n".join(texts.values()).lower()
alltext_ws = re.sub(r"\s+", " ", alltext)
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
        continue
    for sp in e.get("speakers", []) or []:
        if sp not in canon:
            fail(f"{c['id']}: speaker not in gold: {sp}")
    for alts in e.get("facts", []) or []:
        if not any(a.lower() in alltext or a.lower() in alltext_ws for a in alts):
            fail(f"{c['id']}: no alternative found in any document: {alts}")
# key terms of unanswerable cases: absent from the article/record text of these documents, the
# seed press release and the dev corpus documents (the crypto-ATM claim sits only in a reader comment)
ABSENT = {
    "u-germany": ["germany", "german"], "u-china": ["china", "chinese"], "u-death-penalty": ["death penalty"],
    "u-cop13": ["thirteenth"], "u-mercy-ransom": ["ransom"], "u-crypto-atm-comment": ["crypto atm", "atms"],
    "u-geneva-postponed": ["postpone"], "u-vote": ["voted", "resolution"], "u-veridian-revenue": ["revenue"],
    "u-offtopic-recipe": ["pad thai", "recipe"], "u-compound-count": ["compounds are operating"],
}
others = [ROOT / "source_docs" / "constructive_dialogue_2023.txt"] + [
    p for p in (ROOT / "corpora" / "dev").glob("*") if p.suffix in (".txt", ".md", ".html", ".docx", ".pdf")]
pool = alltext + "\n" + "\n".join(extract(p).lower() for p in others if p.exists())
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"ABSENT refers to unknown case {cid}")
    for term in terms:
        if term in pool:
            fail(f"{cid}: term present in some document: {term}")
print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(q['cases'])} unanswerable={unans}")
print("words:", {k: len(v.split()) for k, v in texts.items()})
sys.exit(1 if fails else 0)
