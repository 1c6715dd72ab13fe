"""Self-check of the forced_criminality set: gold sentences, fact alternatives, absences, meta files, word counts.

Usage: .venv/bin/python corpora/tools/forced_criminality_2025/check.py [SET_DIR]   (needs python-docx, pypdf, pyyaml)
Exit code 0 = all checks passed.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "forced_criminality_2025"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
NO_META = "concept_note_side_event_scam_compounds.docx"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    """Visible text of <main> (or <article>)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.main = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "blockquote"):
            self.main.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        if ("main" in self.stack or "article" in self.stack) and "footer" not in self.stack:
            self.main.append(data)


def extract(p: Path) -> str:
    if p.suffix == ".pdf":
        return "\n".join(pg.extract_text() for pg in PdfReader(p).pages)
    if p.suffix == ".docx":
        d = Document(p)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if p.suffix == ".html":
        h = Html()
        h.feed(p.read_text(encoding="utf-8"))
        return "".join(h.main)
    return p.read_text(encoding="utf-8")


files = sorted(f for f in DOCS.iterdir() if f.suffix in (".pdf", ".docx", ".html", ".txt", ".md"))
TEXT = {f.name: norm(extract(f)) for f in files}
if len(files) != 6:
    fail(f"{len(files)} documents, expected 6")

# word counts
wc = {k: len(v.split()) for k, v in TEXT.items()}
for k, n in wc.items():
    print(f"words {k}: {n}")
    if not 300 <= n <= 1500:
        fail(f"{k}: {n} words, outside 300-1500")
if not any(n < 500 for n in wc.values()):
    fail("no document under 500 words")
js = "joint_statement_ngos_non_punishment.pdf"
if wc.get(js, 0) >= 450:
    fail(f"joint statement has {wc.get(js)} words (must be under 450)")

# meta files
for f in files:
    meta = DOCS / (f.stem + ".meta.yaml")
    if f.name == NO_META:
        if meta.exists():
            fail(f"{meta.name} must not exist")
        continue
    if not meta.exists():
        fail(f"missing {meta.name}")
        continue
    m = yaml.safe_load(meta.read_text(encoding="utf-8"))
    missing = {"title", "date", "place", "publisher", "kind"} - set(m)
    if missing or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["date"])) or not isinstance(m["date"], str):
        fail(f"{meta.name}: missing {missing} or bad date {m.get('date')!r}")
    else:
        print(f"ok   {meta.name}: {m['date']} {m['place']} / {m['kind']}")

# gold
gold = yaml.safe_load((ROOT / "evals" / "forced_criminality_gold.yaml").read_text(encoding="utf-8"))
names = {d["file"]: {s["name"] for s in d["speakers"]} for d in gold["documents"]}
all_names = set().union(*names.values())
if sorted(names) != sorted(TEXT):
    fail("gold documents != docs/")
per = {}
for s in gold["sentences"]:
    per[s["file"]] = per.get(s["file"], 0) + 1
    n = TEXT[s["file"]].count(s["text"])
    if n != 1:
        fail(f"gold sentence found {n}x in {s['file']}: {s['text'][:80]}")
    if s["speaker"] is not None and s["speaker"] not in names[s["file"]]:
        fail(f"gold speaker {s['speaker']} not among speakers of {s['file']}")
for k in TEXT:
    if not 6 <= per.get(k, 0) <= 12:
        fail(f"{k}: {per.get(k, 0)} gold sentences (need 6-12)")
print("ok   gold sentences per document:", per)

# questions
q = yaml.safe_load((ROOT / "evals" / "forced_criminality_questions.yaml").read_text(encoding="utf-8"))
cases = q["cases"]
ids = [c["id"] for c in cases]
if q["name"] != "forced_criminality" or len(set(ids)) != len(ids) or not 75 <= len(cases) <= 85:
    fail(f"name {q['name']}, {len(cases)} cases, {len(set(ids))} unique ids")
un = [c for c in cases if not c["expect"]["answerable"]]
print(f"ok   {len(cases)} cases, {len(un)} unanswerable ({100*len(un)/len(cases):.0f}%), {sum('turns' in c for c in cases)} multi-turn")
CORPUS = dict(TEXT)
CORPUS["seed:constructive_dialogue_2023.txt"] = norm(SEED.read_text(encoding="utf-8"))
for c in cases:
    e = c["expect"]
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    if set(e) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys")
    if not e["answerable"]:
        if set(e) != {"answerable"}:
            fail(f"{c['id']}: unanswerable case with more than answerable: false")
        continue
    for sp in e.get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp} not in gold")
    for alts in e.get("facts", []):
        if not all(isinstance(a, str) for a in alts):
            fail(f"{c['id']}: non-string alternative in {alts} (quote it in YAML)")
            continue
        hits = [a for a in alts if any(a.lower() in t.lower() for t in CORPUS.values())]
        if not hits:
            fail(f"{c['id']}: no alternative of {alts} in any document")
    for fb in e.get("forbid", []):  # a forbidden string must not be needed: it may not appear in the question
        if fb.lower() in " ".join(c.get("turns", [c.get("question", "")])).lower():
            fail(f"{c['id']}: forbidden {fb!r} appears in the question")

# terms that unanswerable questions rely on being absent (or present only in passing)
ABSENT = ["Japan", "India", "budget", "weather", "hotel", "Minister of Justice of Nigeria", "Nigeria's justice minister"]
for term in ABSENT:
    where = [k for k, t in CORPUS.items() if re.search(r"\b" + re.escape(term) + r"\b", t, re.I)]
    if where:
        fail(f"absent term {term!r} found in {where}")
if "scam" in CORPUS["seed:constructive_dialogue_2023.txt"].lower():
    fail("seed mentions scams")
for term, only in {"INTERPOL": ["faq_harbour_line_expert_meeting.html"],
                   "Ibarra Montes": ["joint_statement_ngos_non_punishment.pdf", "newsletter_ccrn_november_2025.md"]}.items():
    where = sorted(k for k, t in CORPUS.items() if term.lower() in t.lower())
    if where != sorted(only):
        fail(f"{term!r} in {where}, expected only {only}")
# the President's summary is announced but its content is nowhere
for k, t in CORPUS.items():
    if re.search(r"summary (concluded|states|found)", t, re.I):
        fail(f"{k} reports the content of the President's summary")
print("ok   absence checks done")

# cross-document identities
for term, expect in {"Kanté-Sarr": ["podcast_borderlines_ep47_forced_criminality.txt"],
                     "Eklund": ["concept_note_side_event_scam_compounds.docx"],
                     "Ingrid Solheim-Vatne": ["faq_harbour_line_expert_meeting.html", "podcast_borderlines_ep47_forced_criminality.txt"],
                     "Ousmane Ndiaye Faye": ["faq_harbour_line_expert_meeting.html"]}.items():
    where = sorted(k for k, t in TEXT.items() if term in t)
    if where != sorted(expect):
        fail(f"{term} in {where}, expected {expect}")
print("ok   cross-document identities")

print("RESULT:", "FAIL" if fails else "PASS", f"({len(fails)} failures)")
sys.exit(1 if fails else 0)
