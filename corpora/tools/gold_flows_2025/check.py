"""Self-check of the gold_flows set: gold sentences, fact alternatives, absences, meta files, word counts.

Usage: .venv/bin/python corpora/tools/gold_flows_2025/check.py   (needs python-docx, pypdf, pyyaml)
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

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "gold_flows_2025"
NO_META = {"report_alluvial_watch_gilded_channels_excerpt.pdf"}
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    """Visible text of <article> (or <main> when there is no article); all visible text separately."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.main, self.visible = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "time", "blockquote"):
            self.main.append("\n")
            self.visible.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        self.visible.append(data)
        if "article" in self.stack or "main" in self.stack:
            self.main.append(data)


def extract(p: Path):
    if p.suffix == ".docx":
        d = Document(p)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        t = "\n".join(parts)
        return t, t
    if p.suffix == ".pdf":
        t = "\n".join(pg.extract_text() for pg in PdfReader(p).pages)
        return t, t
    if p.suffix == ".html":
        h = Html()
        h.feed(p.read_text(encoding="utf-8"))
        return "".join(h.main), "".join(h.visible)
    t = p.read_text(encoding="utf-8")
    return t, t


files = sorted(f for f in DOCS.iterdir() if f.suffix in (".docx", ".pdf", ".html", ".txt", ".md"))
MAIN, ALL = {}, {}
for f in files:
    m, a = extract(f)
    MAIN[f.name], ALL[f.name] = norm(m), norm(a)
    n = len(MAIN[f.name].split())
    print(f"words {f.name}: {n}")
    if not 300 <= n <= 1500:
        fail(f"{f.name}: {n} words, outside 300-1500")
if min(len(v.split()) for v in MAIN.values()) >= 500:
    fail("no document under 500 words")
lb = "liveblog_ringstrasse_monitor_egm_gold_day2.html"
if len(MAIN[lb].split()) >= 600:
    fail("live blog not under 600 words")

# meta files
for f in files:
    meta = DOCS / (f.stem + ".meta.yaml")
    if f.name in NO_META:
        if meta.exists():
            fail(f"{meta.name} should not exist")
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
gold = yaml.safe_load((ROOT / "evals" / "gold_flows_gold.yaml").read_text(encoding="utf-8"))
names_by_doc = {d["file"]: {s["name"] for s in d["speakers"]} for d in gold["documents"]}
all_names = set().union(*names_by_doc.values())
if sorted(names_by_doc) != sorted(MAIN):
    fail(f"gold documents {sorted(names_by_doc)} != docs {sorted(MAIN)}")
per_doc = {}
for s in gold["sentences"]:
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    n = MAIN[s["file"]].count(norm(s["text"]))
    if n != 1:
        fail(f"gold sentence found {n}x in {s['file']}: {s['text'][:80]}")
    if s["speaker"] is not None and s["speaker"] not in names_by_doc[s["file"]]:
        fail(f"gold speaker {s['speaker']} not among speakers of {s['file']}")
for f in MAIN:
    if not 6 <= per_doc.get(f, 0) <= 12:
        fail(f"{f}: {per_doc.get(f, 0)} gold sentences (need 6-12)")
print("ok   gold sentences per document:", per_doc)

# questions
q = yaml.safe_load((ROOT / "evals" / "gold_flows_questions.yaml").read_text(encoding="utf-8"))
cases = q["cases"]
ids = [c["id"] for c in cases]
if q["name"] != "gold_flows":
    fail("name must be gold_flows")
if len(set(ids)) != len(ids):
    fail("duplicate ids")
if not 75 <= len(cases) <= 85:
    fail(f"{len(cases)} cases (need 75-85)")
un = [c for c in cases if not c["expect"]["answerable"]]
fu = [c for c in cases if "turns" in c]
share = len(un) / len(cases)
print(f"ok   {len(cases)} cases, {len(un)} unanswerable ({share:.0%}), {len(fu)} multi-turn")
if not 0.14 <= share <= 0.21:
    fail(f"unanswerable share {share:.0%}")
# the seed press release sits beside these documents in the corpus (cross-meeting questions use it)
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
SEED_TEXT = norm(SEED.read_text(encoding="utf-8")) if SEED.exists() else ""
if not SEED_TEXT:
    fail("seed document not found")
corpus_all = (" ".join(MAIN.values()) + " " + SEED_TEXT).lower()
# facts that are derived (totals stated in parts, or a yes/no) and so need not occur verbatim
DERIVED = {("participants-total", "81"): 58 + 9 + 14 == 81 and all(x in MAIN["minutes_egm_gold_2025_session1.docx"] for x in
           ["58 experts", "9 representatives", "14 representatives"]),
           ("uae-share-yesno", "yes"): "offered to share" in MAIN["minutes_egm_gold_2025_session1.docx"]}
for (cid, fact), ok in DERIVED.items():
    if not ok:
        fail(f"{cid}: derived fact {fact!r} not supported by its parts")
for c in cases:
    e = c["expect"]
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    if set(e) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys")
    for sp in e.get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp!r} not in gold speakers")
    if not e["answerable"]:
        if e.get("facts") or e.get("speakers"):
            fail(f"{c['id']}: unanswerable case with facts/speakers")
        continue
    for alts in e.get("facts", []):
        if any((c["id"], a) in DERIVED for a in alts):
            continue
        if not any(str(a).lower() in corpus_all for a in alts):
            fail(f"{c['id']}: no alternative of {alts} in any document")

# absences for unanswerable / false-premise cases: these terms must not be in any main text
ABSENT = {
    "un-absent-delegation": ["China", "Chinese"],
    "un-absent-person": ["Okafor"],
    "un-absent-topic-crypto": ["crypto", "bitcoin", "stablecoin"],
    "un-lithium": ["lithium", "cobalt"],
    "un-future-cop": ["Conference decided", "Conference adopted", "Conference endorsed"],
    "un-report-annex": ["Annex II contains", "Annex II lists", "Annex II shows"],
    "un-suspend": ["suspend", "suspension"],
    "un-tomas-bank": ["Tomás works for", "bank in Madrid", "Banco"],
    "un-vote": ["vote", "voted"],
    "un-weather": ["weather", "forecast", "raining"],
    "un-fabricate": ["blood gold", "embargo"],
}
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"absence list names unknown case {cid}")
    for term in terms:
        where = [f for f in MAIN if term.lower() in MAIN[f].lower()]
        if term.lower() in SEED_TEXT.lower():
            where.append("seed")
        if where:
            fail(f"{cid}: {term!r} present in {where}")
# page boilerplate must not leak into main text
for f, terms in {lb: ["OPEC", "Gas storage", "Cookie settings"],
                 "press_release_peru_mission_gold_egm_2025.html": ["Iquitos", "Consular services", "Mohsgasse"]}.items():
    for term in terms:
        if term.lower() not in ALL[f].lower():
            fail(f"boilerplate {term!r} not on page {f}")
        if any(term.lower() in MAIN[x].lower() for x in MAIN):
            fail(f"boilerplate {term!r} leaked into main text")
print("ok   absences")

print("\nFAILURES:", len(fails))
sys.exit(1 if fails else 0)
