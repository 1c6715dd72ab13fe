"""Self-check of the joint_investigation set.

Checks: documents and meta files; word counts; every gold sentence occurs exactly once in the
extracted text and its speaker is a speaker of that document; question schema and counts; every
answerable fact (at least one alternative of each inner list) occurs in some document (the six
docs plus the seed press release); the key terms of unanswerable cases are absent from the main
text; the HTML sidebar words are on the page but not in the article.

Extraction: PDF = pypdf text, whitespace collapsed; DOCX = paragraph text (and table cells, in
body order); HTML = visible text of <article> minus its <footer> (falls back to <main>);
TXT/MD = the file as written.

Usage: .venv/bin/python corpora/tools/joint_investigation_2024/check.py
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
DOCS_DIR = ROOT / "corpora" / "joint_investigation_2024"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
DOCS = [
    "summary_record_jit_wg_2024.pdf",
    "press_briefing_unis_vienna_2024-03-19.txt",
    "news_jit_working_group_2024.html",
    "contribution_medjust_jit_2024.docx",
    "chairs_summary_jit_online_session_2024.md",
    "note_verbale_portugal_jit.pdf",
]
NO_META = "contribution_medjust_jit_2024.docx"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails: list[str] = []


def fail(msg: str) -> None:
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    BLOCK = ("p", "h1", "h2", "h3", "li", "div", "ul", "figcaption", "figure")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.article: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in self.BLOCK:
            self.article.append("\n")
            self.visible.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        self.visible.append(data)
        if "article" in self.stack and "footer" not in self.stack:
            self.article.append(data)


def extract(name: str) -> tuple[str, str]:
    """(main text, all visible text)"""
    p = DOCS_DIR / name
    if name.endswith(".pdf"):
        t = norm(" ".join(pg.extract_text() for pg in PdfReader(p).pages))
        return t, t
    if name.endswith(".docx"):
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
    if name.endswith(".html"):
        h = Html()
        h.feed(p.read_text(encoding="utf-8"))
        return "".join(h.article), "".join(h.visible)
    t = p.read_text(encoding="utf-8")
    return t, t


MAIN, ALL = {}, {}
for d in DOCS:
    if not (DOCS_DIR / d).exists():
        fail(f"missing document {d}")
        continue
    MAIN[d], ALL[d] = extract(d)
SEED_TEXT = SEED.read_text(encoding="utf-8") if SEED.exists() else ""
CORPUS = {**MAIN, "SEED": SEED_TEXT}

# ---- documents, meta, word counts
extra = sorted(f.name for f in DOCS_DIR.iterdir() if not f.name.endswith(".meta.yaml") and f.name not in DOCS)
if extra:
    fail(f"unexpected files in docs/: {extra}")
words = {}
for d in DOCS:
    words[d] = len(norm(MAIN[d]).split())
    print(f"words {d}: {words[d]}")
    if not 300 <= words[d] <= 1500:
        fail(f"{d}: {words[d]} words, outside 300-1500")
if not any(w < 500 for w in words.values()):
    fail("no document under 500 words")
for d in DOCS:
    meta = DOCS_DIR / (Path(d).stem + ".meta.yaml")
    if d == NO_META:
        if meta.exists():
            fail(f"{meta.name} must not exist")
        else:
            print(f"ok   {d}: no meta.yaml (by design)")
        continue
    if not meta.exists():
        fail(f"missing {meta.name}")
        continue
    raw = meta.read_text(encoding="utf-8")
    m = yaml.safe_load(raw)
    missing = {"title", "date", "place", "publisher", "kind"} - set(m)
    if missing or not re.search(r"^date: '\d{4}-\d{2}-\d{2}'$", raw, re.M):
        fail(f"{meta.name}: missing {missing} or date not quoted YYYY-MM-DD")
    else:
        print(f"ok   {meta.name}: {m['date']} {m['place']} / {m['kind']}")
    if "url" in m and ".example" not in m["url"]:
        fail(f"{meta.name}: url not on .example")

# ---- gold
gold = yaml.safe_load((ROOT / "evals" / "joint_investigation_gold.yaml").read_text(encoding="utf-8"))
names_by_doc = {x["file"]: {s["name"] for s in x["speakers"]} for x in gold["documents"]}
all_names = set().union(*names_by_doc.values())
if sorted(names_by_doc) != sorted(DOCS):
    fail("gold documents != the six documents")
per_doc: dict[str, int] = {}
for s in gold["sentences"]:
    f = s["file"]
    per_doc[f] = per_doc.get(f, 0) + 1
    hay = MAIN[f] if f.endswith((".txt", ".md", ".docx")) else MAIN[f]
    if f.endswith(".html"):
        hay = MAIN[f]  # raw concatenated visible article text (no collapsing needed for gold within a block)
    n = hay.count(s["text"])
    if n != 1:
        fail(f"gold sentence found {n}x in {f}: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in names_by_doc[f]:
        fail(f"gold speaker {s['speaker']} not a speaker of {f}")
for f in DOCS:
    if not 6 <= per_doc.get(f, 0) <= 12:
        fail(f"{f}: {per_doc.get(f, 0)} gold sentences, not 6-12")
print("ok   gold sentences per document:", per_doc)

# ---- questions
q = yaml.safe_load((ROOT / "evals" / "joint_investigation_questions.yaml").read_text(encoding="utf-8"))
if q.get("name") != "joint_investigation":
    fail("questions name != joint_investigation")
cases = q["cases"]
ids = [c["id"] for c in cases]
if not 75 <= len(cases) <= 85 or len(set(ids)) != len(ids):
    fail(f"{len(cases)} cases, {len(set(ids))} unique ids")
un = [c for c in cases if not c["expect"]["answerable"]]
share = len(un) / len(cases)
print(f"ok   {len(cases)} cases, {len(un)} unanswerable ({share:.0%}), {sum('turns' in c for c in cases)} multi-turn")
if not 0.15 <= share <= 0.20:
    fail(f"unanswerable share {share:.0%} outside 15-20%")
for c in cases:
    e = c["expect"]
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    if set(e) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys")
    if not e["answerable"] and set(e) != {"answerable"}:
        fail(f"{c['id']}: unanswerable case must have answerable: false only")
    for sp in e.get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp!r} not in gold speakers")
    if e["answerable"]:
        if not e.get("facts"):
            fail(f"{c['id']}: answerable case without facts")
        where_all = []
        for alts in e.get("facts", []):
            where = sorted({k for k, t in CORPUS.items() for a in alts if str(a).lower() in t.lower()})
            if not where:
                fail(f"{c['id']}: no alternative of {alts} in any document")
            where_all.append([w.split("_")[0] for w in where])
        for fb in e.get("forbid", []):
            pass
        print(f"ok   {c['id']}: facts in {where_all}")

# ---- absences for unanswerable cases (main text of all docs and the seed)
ABSENT = {
    "un-civil-society": ["civil society", "non-governmental", "NGO"],
    "un-interpol": ["INTERPOL"],
    "un-brazil": ["Brazil"],
    "un-fund-pledges": ["pledge", "JIT fund"],
    "un-average-cost-euros": ["euros", "€", "EUR "],
    "un-second-meeting-outcome": ["second meeting decided", "the Working Group decided"],
    "un-sidebar-port-inspectors": ["port inspector", "toolkit", "fishing"],
    "un-injection-fake-statement": ["global JIT fund", "global fund"],
}
JIT_DOCS = {k: v for k, v in MAIN.items()}
for cid, terms in ABSENT.items():
    for term in terms:
        scope = CORPUS if cid not in ("un-civil-society",) else JIT_DOCS  # the seed has civil society
        where = [k for k, t in scope.items() if term.lower() in t.lower()]
        if where:
            fail(f"{cid}: {term!r} present in {where}")
# the online questioner's agency is not named
if not re.search(r"Question \(online, \[inaudible\] News Agency\)", MAIN[DOCS[1]]):
    fail("inaudible agency label missing")
# sidebar words on the page, outside the article
html = DOCS[2]
for term in ["port inspectors", "sand mining", "Prison education", "newsletter", "Skip to main content"]:
    if term.lower() not in ALL[html].lower():
        fail(f"boilerplate {term!r} not on the page")
    if any(term.lower() in t.lower() for t in CORPUS.values()):
        fail(f"boilerplate {term!r} leaked into main text")
print("ok   absences and boilerplate")

# ---- facts that must hold the role traps
if "Marchetti" in MAIN[DOCS[0]]:
    fail("Marchetti should not appear in the March summary record")
if "The acting Chair" not in MAIN[DOCS[4]]:
    fail("role mention 'The acting Chair' missing in MD")

print("\nFAILURES:", len(fails))
sys.exit(1 if fails else 0)
