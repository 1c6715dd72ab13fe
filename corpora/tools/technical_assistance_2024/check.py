"""Self-check of the technical_assistance set: texts, meta files, gold sentences, question facts, absences.

Usage: .venv/bin/python corpora/tools/technical_assistance_2024/check.py [SET_DIR]      exit code 0 = all checks pass

Text extraction follows the brief:
  PDF  : pypdf text of all pages, whitespace collapsed
  DOCX : paragraph text (and table rows, in body order), whitespace collapsed
  HTML : visible text of <article> (everything outside it, i.e. menus, sidebar, footer, is page only)
  TXT/MD: the file as written (whitespace collapsed for matching)
The seed press release (source_docs/constructive_dialogue_2023.txt) is part of the corpus
the questions run against, so it counts as a document for facts and absences.
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
DOCS_DIR = ROOT / "corpora" / "technical_assistance_2024"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"

HTML = "unis_press_release_cd_ta_2024.html"
SUMM = "chairs_summary_cd_ta_2024.docx"
PDF = "written_contribution_ghana_2024.pdf"
TXT = "side_event_transcript_beyond_the_workshop_2024.txt"
MD = "caja_blog_vienna_dialogue_2024.md"
NOTE = "information_note_cd_ta_2024.docx"
DOCS = [HTML, SUMM, PDF, TXT, MD, NOTE]
NO_META = PDF

norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails: list[str] = []


def fail(msg: str) -> None:
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    BLOCK = ("p", "h1", "h2", "h3", "li", "div", "ul", "br", "section", "aside", "nav", "header", "footer")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.article: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.article.append("\n")
            self.visible.append("\n")
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        self.visible.append(data)
        if "article" in self.stack:
            self.article.append(data)


def docx_text(path: Path) -> str:
    d = Document(path)
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            parts.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, d).rows:
                parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def texts() -> tuple[dict[str, str], dict[str, str]]:
    main, page = {}, {}
    h = Html()
    h.feed((DOCS_DIR / HTML).read_text(encoding="utf-8"))
    main[HTML], page[HTML] = "".join(h.article), "".join(h.visible)
    for d in (SUMM, NOTE):
        main[d] = page[d] = docx_text(DOCS_DIR / d)
    main[PDF] = page[PDF] = "\n".join(p.extract_text() for p in PdfReader(DOCS_DIR / PDF).pages)
    for d in (TXT, MD):
        main[d] = page[d] = (DOCS_DIR / d).read_text(encoding="utf-8")
    main["seed"] = page["seed"] = SEED.read_text(encoding="utf-8")
    return {k: norm(v) for k, v in main.items()}, {k: norm(v) for k, v in page.items()}


MAIN, PAGE = texts()
ALL = DOCS + ["seed"]

# ---------------------------------------------------------------- word counts and meta files
for d in DOCS:
    n = len(MAIN[d].split())
    print(f"words {d}: {n}")
    if not 300 <= n <= 1500:
        fail(f"{d}: {n} words, outside 300-1500")
if len(MAIN[MD].split()) >= 500:
    fail("the short document (MD blog) must stay under 500 words")
for d in DOCS:
    meta = DOCS_DIR / (Path(d).stem + ".meta.yaml")
    if d == NO_META:
        if meta.exists():
            fail(f"{meta.name} must not exist (the PDF has no metadata on purpose)")
        continue
    m = yaml.safe_load(meta.read_text(encoding="utf-8"))
    missing = {"title", "date", "place", "publisher", "kind"} - set(m)
    if missing or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["date"])):
        fail(f"{meta.name}: missing {missing} or bad date {m.get('date')}")
    elif "'" not in (DOCS_DIR / meta.name).read_text().split("date:")[1].split("\n")[0] and '"' not in (DOCS_DIR / meta.name).read_text().split("date:")[1].split("\n")[0]:
        fail(f"{meta.name}: date not quoted")
    else:
        print(f"ok   {meta.name}: {m['date']} {m['place']} / {m['kind']}")

# ---------------------------------------------------------------- gold
gold = yaml.safe_load((ROOT / "evals" / "technical_assistance_gold.yaml").read_text(encoding="utf-8"))
names_by_doc = {g["file"]: {s["name"] for s in g["speakers"]} for g in gold["documents"]}
all_names = set().union(*names_by_doc.values())
if sorted(names_by_doc) != sorted(DOCS):
    fail(f"gold documents {sorted(names_by_doc)} != {sorted(DOCS)}")
per_doc: dict[str, int] = {}
for s in gold["sentences"]:
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    n = MAIN[s["file"]].count(s["text"])
    if n != 1:
        fail(f"gold sentence found {n}x in {s['file']}: {s['text'][:80]}")
    if s["speaker"] is not None and s["speaker"] not in names_by_doc[s["file"]]:
        fail(f"gold speaker {s['speaker']!r} not among speakers of {s['file']}")
for d in DOCS:
    if not 6 <= per_doc.get(d, 0) <= 12:
        fail(f"{d}: {per_doc.get(d, 0)} gold sentences, need 6-12")
print("ok   gold sentences per document:", per_doc)

# ---------------------------------------------------------------- questions
q = yaml.safe_load((ROOT / "evals" / "technical_assistance_questions.yaml").read_text(encoding="utf-8"))
if q["name"] != "technical_assistance":
    fail("questions.yaml name must be technical_assistance")
cases = q["cases"]
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids):
    fail("duplicate case ids")
if not 75 <= len(cases) <= 85:
    fail(f"{len(cases)} cases, need 75-85")
un = [c for c in cases if not c["expect"]["answerable"]]
fu = [c for c in cases if "turns" in c]
share = len(un) / len(cases)
print(f"ok   {len(cases)} cases, {len(un)} unanswerable ({share:.0%}), {len(fu)} follow-ups")
if not 0.14 <= share <= 0.21:
    fail(f"unanswerable share {share:.0%} outside ~15-20%")
for c in cases:
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    e = c["expect"]
    if set(e) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys {set(e) - {'answerable', 'speakers', 'facts', 'forbid'}}")
    if not e["answerable"] and set(e) - {"answerable"}:
        fail(f"{c['id']}: unanswerable cases carry answerable: false only")
    for sp in e.get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp!r} not in gold speakers")

# every fact alternative of an answerable case occurs in some document (main text)
for c in cases:
    e = c["expect"]
    if not e["answerable"]:
        continue
    for alts in e.get("facts", []):
        for a in alts:
            where = [d for d in ALL if a.lower() in MAIN[d].lower()]
            if not where:
                fail(f"{c['id']}: fact alternative {a!r} in no document")
    for f in e.get("forbid", []):
        pass  # forbids are wrong answers; they may or may not occur in documents

# cases answered by one document only: each fact list must have an alternative in that document
ONLY = {
    "pdf-conviction-rate": PDF, "pdf-mentored-by-year": PDF, "pdf-short-term-funding": PDF,
    "pdf-signatory": PDF, "pdf-priority-needs": PDF,
    "txt-learning-hub-network": TXT, "txt-lumen-unused-labs": TXT,
    "txt-cosponsors": TXT, "txt-chat-question": TXT, "note-badges": NOTE,
    "note-registration-deadline": NOTE, "note-room-and-time": NOTE, "note-interpretation": NOTE,
    "note-registrations-table": NOTE, "summ-kestrel-toolkit": SUMM, "summ-secretariat-briefing": SUMM,
    "summ-compilation-date": SUMM, "md-mentoring-cheap": MD,
    "html-corvanta-analysts": HTML, "seed-2023-chair": "seed",
}
for c in cases:
    if c["id"] in ONLY:
        d = ONLY[c["id"]]
        for alts in c["expect"].get("facts", []):
            if not any(a.lower() in MAIN[d].lower() for a in alts):
                fail(f"{c['id']}: none of {alts} in {d}")
for cid in ONLY:
    if cid not in ids:
        fail(f"ONLY refers to unknown case {cid}")

# terms that must occur in exactly one document
EXCLUSIVE = {
    "44 per cent": PDF, "ECOWAS": PDF, "AGMJ/ICU/2024/117": PDF, "collaborators of justice": PDF,
    "340 prosecutors": TXT, "38 laboratories": TXT, "Costa Rica": TXT, "512": TXT, "about 140": TXT,
    "Board Room B": NOTE, "17 May 2024": NOTE, "168": NOTE, "Gate 1": NOTE,
    "Kestrel": SUMM, "Morocco": SUMM, "31 January 2025": SUMM, "41 country reviews": SUMM,
    "Mentoring is cheap": MD, "Lindholm-Osei": MD,
    "Quintero Bassi": HTML, "Haddadin": HTML, "UNIS/CP/1196": HTML, "tourism with a certificate": HTML,
    "Burrows": "seed", "Microsoft": "seed", "13 September 2023": "seed", "Williams": "seed",
}
for term, d in EXCLUSIVE.items():
    where = [x for x in ALL if term.lower() in MAIN[x].lower()]
    if where != [d]:
        fail(f"exclusive term {term!r} found in {where}, expected only [{d}]")
print("ok   exclusive terms checked")

# people who are named differently across documents
for term, expect in {
    "Seppälä": [HTML, SUMM, PDF, TXT, MD],
    "Asante-Mensah": [PDF, MD],
    "Abara-Whitfield": [HTML, MD],
    "Rusere-Okello": [HTML],
    "Ferreyra Vidal": [HTML, TXT],
    "Kovačević": [TXT],
}.items():
    where = [x for x in ALL if term in MAIN[x]]
    if where != expect:
        fail(f"{term!r} in {where}, expected {expect}")
for phrase, d in [("The Director of the Southern Africa Justice Capacity Institute", SUMM),
                  ("The Executive Director of the Coalition for Accountable Justice Aid", SUMM),
                  ("the Chair recalled", SUMM), ("the representative of Ghana presented", HTML)]:
    if phrase not in MAIN[d]:
        fail(f"role mention missing in {d}: {phrase}")
print("ok   cross-document mentions")

# absences for unanswerable cases (main text of all documents incl. the seed)
ABSENT = {
    "un-absent-person": ["Petrović", "Lindqvist"],
    "un-absent-delegation": ["Japan", "Japanese"],
    "un-absent-topic": ["cybercrime", "ransomware", "electronic evidence"],
    "un-sidebar-only": ["wildlife", "Mekong"],
    "un-future-cop": ["Conference decided", "Conference adopted", "the Conference endorsed"],
    "un-future-compilation": ["the compilation found", "compilation shows", "the compilation recommends"],
    "un-burrows-2024": ["Burrows said", "Mr. Burrows, Chair of the 2024"],
    "un-budget-amount": ["USD", "US$", "dollars", "euros", "EUR "],
    "un-fabricated-quote": ["useless", "waste of money"],
    "un-haddadin-side-event": ["Haddadin"],  # checked against the transcript below
}
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"ABSENT refers to unknown case {cid}")
    docs = [TXT] if cid == "un-haddadin-side-event" else ALL
    for term in terms:
        where = [x for x in docs if term.lower() in MAIN[x].lower()]
        if where:
            fail(f"{cid}: {term!r} present in {where}")
# AI was a 2023 theme only (case ai-which-year)
for term in ["artificial intelligence", " AI ", "(AI)"]:
    where = [x for x in DOCS if term.lower() in MAIN[x].lower()]
    if where:
        fail(f"ai-which-year: {term!r} present in 2024 documents {where}")
if "artificial intelligence" not in MAIN["seed"].lower():
    fail("seed should mention artificial intelligence")
# sidebar / navigation words are on the page but outside the article
for term in ["wildlife trafficking", "Mekong", "Fraud alert", "Space debris", "Media Accreditation"]:
    if term.lower() not in PAGE[HTML].lower():
        fail(f"boilerplate term {term!r} not on the page")
    if any(term.lower() in MAIN[x].lower() for x in ALL):
        fail(f"boilerplate term {term!r} leaked into main text")
# the Chair did not attend the side event: the transcript only mentions her
if "can't be with us" not in MAIN[TXT]:
    fail("transcript must say the Chair could not attend")
print("ok   absences")

# forbids: for the scoped-year cases the forbidden name must not be the answer's source
for c in cases:
    for f in c["expect"].get("forbid", []):
        if not isinstance(f, str) or not f:
            fail(f"{c['id']}: bad forbid {f!r}")

print("\nFAILURES:", len(fails))
sys.exit(1 if fails else 0)
