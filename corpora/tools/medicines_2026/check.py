"""Self-check of set blind_l: gold sentences (exactly once), speaker names, answerable facts, absent terms.

Usage: .venv/bin/python tools/check.py   (python-docx, pypdf, pyyaml). Exit 0 = all good.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "medicines_2026"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            self.out.append(" ") if tag == "br" else None
            return
        self.stack.append(tag)
        self.out.append("\n") if tag in ("p", "h1", "h2", "blockquote", "li") else None

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if "article" in self.stack and not {"script", "style"} & set(self.stack):
            self.out.append(data)


def extract(p: Path) -> str:
    if p.suffix == ".pdf":
        t = "\n".join(pg.extract_text() for pg in PdfReader(p).pages)
    elif p.suffix == ".docx":
        t = "\n".join(par.text for par in Document(p).paragraphs)
    elif p.suffix == ".html":
        h = Article()
        h.feed(p.read_text(encoding="utf-8"))
        t = "".join(h.out)
    else:
        t = p.read_text(encoding="utf-8")
        if p.suffix == ".md":
            t = re.sub(r"[*#]", "", t)
    return norm(t)


files = sorted(f for f in DOCS.iterdir() if f.suffix in (".pdf", ".docx", ".html", ".txt", ".md"))
TEXT = {f.name: extract(f) for f in files}
for n, t in TEXT.items():
    w = len(t.split())
    print(f"words {n}: {w}")
    if not 500 <= w <= 1500:
        fail(f"{n}: {w} words, outside 500-1500")
metas = [f for f in files if not (DOCS / (f.stem + ".meta.yaml")).exists()]
print("documents without .meta.yaml:", [f.name for f in metas])
if not metas:
    fail("every document has a .meta.yaml")

gold = yaml.safe_load((ROOT / "evals" / "medicines_gold.yaml").read_text(encoding="utf-8"))
names = {}
for d in gold["documents"]:
    if d["file"] not in TEXT:
        fail(f"gold document {d['file']} missing")
        continue
    names[d["file"]] = {s["name"] for s in d["speakers"]}
    low = TEXT[d["file"]].lower()
    for s in d["speakers"]:
        n = s["name"]
        alts = {n, re.sub(r"\s*\(.*\)", "", n)}
        alts |= {a.replace("United Nations", "UN") for a in alts}
        if not any(a.lower() in low for a in alts):
            fail(f"speaker {n!r} not named in {d['file']}")
all_names = set().union(*names.values())
per_doc = {}
for s in gold["sentences"]:
    f = s["file"]
    per_doc[f] = per_doc.get(f, 0) + 1
    c = TEXT.get(f, "").count(norm(s["text"]))
    if c != 1:
        fail(f"gold sentence occurs {c}x in {f}: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in names.get(f, set()):
        fail(f"gold speaker {s['speaker']!r} not a speaker of {f}")
for f in TEXT:
    if per_doc.get(f, 0) < 6:
        fail(f"{f}: only {per_doc.get(f, 0)} gold sentences")

q = yaml.safe_load((ROOT / "evals" / "medicines_questions.yaml").read_text(encoding="utf-8"))
ALL = " ".join(TEXT.values()).lower()
ids = set()
n_un = 0
for c in q["cases"]:
    if c["id"] in ids:
        fail(f"duplicate id {c['id']}")
    ids.add(c["id"])
    e = c["expect"]
    if not e["answerable"]:
        n_un += 1
        continue
    for sp in e.get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp!r} not in gold.yaml")
    for alts in e.get("facts", []):
        if not any(str(a).lower() in ALL for a in alts):
            fail(f"{c['id']}: fact {alts} in no document")

# key terms of unanswerable cases must be absent from these docs (also checked by hand against the
# seed press release and corpora/dev)
ABSENT = ["japan", "european union", "interpol", "vaccine", "crypto", "dark web", "darknet", "prison",
          "price control", "deaths", "restaurant", "2025 regional meeting"]
for a in ABSENT:
    if a in ALL:
        fail(f"term meant to be absent occurs: {a!r}")

print(f"docs {len(TEXT)}, gold sentences {len(gold['sentences'])}, cases {len(q['cases'])}, unanswerable {n_un}")
print("OK" if not fails else f"{len(fails)} FAILURES")
sys.exit(1 if fails else 0)
