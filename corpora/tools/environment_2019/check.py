"""Self-check of the blind_b set. Usage: .venv/bin/python tools/check.py
Checks: every gold sentence occurs exactly once in its document's extracted text; every gold speaker
name occurs in its document (accents folded, a trailing "(...)" qualifier dropped); every question
speaker is a canonical gold name; every fact of an answerable case occurs (one alternative at least)
in some document; key terms of unanswerable cases are absent from these docs, the seed press release
and the shared dev corpus. Exit 0 when all pass."""
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "environment_2019"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
DEV = ROOT / "corpora" / "dev"
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out, self.all = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "br", "img", "input"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul"):
            self.out.append("\n"); self.all.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        self.all.append(data)
        if "article" in self.stack:
            self.out.append(data)


def extract(path: Path, whole_page=False) -> str:
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages)).strip()
    if path.suffix == ".html":
        h = Article(); h.feed(path.read_text(encoding="utf-8"))
        return "".join(h.all if whole_page else h.out)
    return path.read_text(encoding="utf-8")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".docx", ".pdf", ".html", ".txt")}
gold = yaml.safe_load((ROOT / "evals" / "environment_gold.yaml").read_text(encoding="utf-8"))
qs = yaml.safe_load((ROOT / "evals" / "environment_questions.yaml").read_text(encoding="utf-8"))

# documents and speakers
canon = set()
for doc in gold["documents"]:
    f = doc["file"]
    if f not in texts:
        fail(f"gold document missing: {f}"); continue
    for sp in doc["speakers"]:
        canon.add(sp["name"])
        core = re.sub(r"\s*\([^)]*\)$", "", sp["name"])
        if fold(core) not in fold(texts[f]):
            fail(f"speaker {sp['name']!r} not found in {f}")
missing = set(texts) - {d["file"] for d in gold["documents"]}
if missing:
    fail(f"documents without gold speakers: {missing}")

# sentences
per_doc = {}
for s in gold["sentences"]:
    f, t = s["file"], s["text"]
    per_doc[f] = per_doc.get(f, 0) + 1
    n = texts.get(f, "").count(t)
    if n != 1:
        fail(f"gold sentence occurs {n}x in {f}: {t[:70]!r}")
    if s["speaker"] is not None and s["speaker"] not in canon:
        fail(f"gold sentence speaker not canonical: {s['speaker']!r}")
for f in texts:
    if per_doc.get(f, 0) < 6:
        fail(f"fewer than 6 gold sentences for {f}")

# questions
alltext = fold("\n".join(texts.values()))
ids = [c["id"] for c in qs["cases"]]
if len(ids) != len(set(ids)):
    fail("duplicate case ids")
unans = 0
for c in qs["cases"]:
    e = c["expect"]
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    for sp in e.get("speakers", []) or []:
        if sp not in canon:
            fail(f"{c['id']}: speaker {sp!r} not a canonical gold name")
    if not e["answerable"]:
        unans += 1
        continue
    for alts in e.get("facts", []) or []:
        if not any(fold(str(a)) in alltext for a in alts):
            fail(f"{c['id']}: no alternative of {alts} occurs in any document")

# absence of key terms of unanswerable cases (docs incl. whole HTML pages, seed, dev corpus)
ABSENT = {
    "unanswerable-china": ["china", "chinese"],
    "unanswerable-fisheries": ["fisheries", "illegal fishing"],
    "unanswerable-cop10-decision": ["the conference decided", "conference adopted", "resolution 10/", "tenth session decided"],
    "unanswerable-elephant-poaching-numbers": ["elephants were poached", "elephants poached"],
    "unanswerable-vanaswegen-rhino": [],  # checked below: rhino never in his turns
    "unanswerable-kasane-budget": ["kasane training course cost", "course will cost"],
    "unanswerable-2021-meeting": ["2021 follow-up", "meeting in nairobi", "nairobi in 2021"],
    "unanswerable-timber-breakout": ["breakout group a", "breakout group b", "timber breakout"],
    "unanswerable-carbon-credits": ["carbon"],
    "unanswerable-kenya-mercury": ["mercury", "gold mining"],
    "unanswerable-weather": ["weather", "forecast"],
}
pool = {f: fold(t) for f, t in texts.items()}
pool.update({f + " (whole page)": fold(extract(DOCS / f, whole_page=True)) for f in texts if f.endswith(".html")})
pool["seed"] = fold(SEED.read_text(encoding="utf-8"))
for p in sorted(DEV.iterdir()):
    if p.suffix in (".md", ".txt", ".docx", ".pdf", ".html"):
        pool["dev/" + p.name] = fold(extract(p, whole_page=True))
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"absence check for unknown case {cid}")
    for term in terms:
        for name, t in pool.items():
            if term in t:
                fail(f"{cid}: term {term!r} present in {name}")
# Namibia only in attendance lists; rhino not in van Aswegen's material; elephants only in the sidebar
rep = texts["report_rpm_environment_gaborone_2019.docx"]
if sum(1 for line in rep.split("\n") if "Namibia" in line and "Number" not in line) != 2:
    fail("Namibia should appear only in the attendance paragraph and the annex")
for f in ("chairs_summary_online_consultation_2020.txt", "minutes_breakout_group_waste_2020.txt"):
    for para in texts[f].split("\n\n"):
        if "van Aswegen" in para or "Van Aswegen" in para:
            if "rhino" in para.lower():
                fail(f"van Aswegen paragraph mentions rhino in {f}")
for name, t in pool.items():
    if (name.startswith("dev/") or name == "seed") and "kasane" in t:
        fail(f"Kasane mentioned in {name}")
for para in "\n".join(texts.values()).split("\n"):
    if "Kasane" in para and re.search(r"cost|budget|pula|\d+ (?:dollars|euros)", para.lower()):
        fail("the Kasane paragraph mentions a cost")
if any("elephant" in t for n, t in pool.items() if "(whole page)" not in n):
    fail("'elephant' occurs outside the news sidebar")

print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(ids)} unanswerable={unans}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
