"""Self-check of the held-out corpus: gold sentences, question facts, absences, boilerplate, format.

Usage: python tools/check.py   (python-docx, pypdf, pyyaml; reads the seed press release and the
dev corpus too, to check that the unanswerable cases' terms are absent from the whole corpus and
that the held-out cases' key facts come from the held-out documents).
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

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS_DIR = ROOT / "corpora" / "holdout"
SEED = ROOT / "source_docs"
DEV = ROOT / "corpora" / "dev"
DOCX, TXT, HTML, PDF = (
    "report_wg_trafficking_2021.docx",
    "transcript_special_meeting_displacement_2021.txt",
    "news_survivors_side_event_2021.html",
    "statement_ngo_meridian_2021.pdf",
)
HOLDOUT = [DOCX, TXT, HTML, PDF]
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails: list[str] = []


def fail(msg: str) -> None:
    fails.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    """Visible text of the page, and of the <article> (without its own <footer>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.article: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul"):
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


def read(path: Path) -> tuple[str, str]:
    """(main text, all visible text), whitespace collapsed."""
    suf = path.suffix
    if suf == ".docx":
        d = Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        t = "\n".join(parts)
        return norm(t), norm(t)
    if suf == ".pdf":
        t = "\n".join(p.extract_text() for p in PdfReader(path).pages)
        return norm(t), norm(t)
    if suf == ".html":
        h = Html()
        h.feed(path.read_text(encoding="utf-8"))
        return norm("".join(h.article)), norm("".join(h.visible))
    t = path.read_text(encoding="utf-8")
    return norm(t), norm(t)


MAIN: dict[str, str] = {}
ALL: dict[str, str] = {}
for name in HOLDOUT:
    MAIN[name], ALL[name] = read(DOCS_DIR / name)
RAW_TXT = (DOCS_DIR / TXT).read_text(encoding="utf-8")
OTHER: dict[str, str] = {}
for p in sorted(list(SEED.glob("*.txt")) + [q for q in DEV.iterdir() if q.suffix in (".docx", ".txt", ".pdf", ".html", ".md") and q.name != "README.md"]):
    OTHER[p.name] = read(p)[0]
EVERY = {**MAIN, **OTHER}
print(f"read {len(MAIN)} held-out documents and {len(OTHER)} other corpus documents: {sorted(OTHER)}")

# ---- format: words, meta, PDF pages/header, DOCX styles, TXT labels, HTML parts ----
for name in HOLDOUT:
    n = len(MAIN[name].split())
    (print if 350 <= n <= 800 else fail)(f"words {name}: {n}")
    meta = DOCS_DIR / (Path(name).stem + ".meta.yaml")
    m = yaml.safe_load(meta.read_text(encoding="utf-8"))
    if {"title", "date", "place", "publisher", "kind"} - set(m) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["date"])):
        fail(f"{meta.name}: missing keys or bad date")
    else:
        print(f"ok   {meta.name}: {m['date']} {m['place']} / {m['kind']}")
pages = PdfReader(DOCS_DIR / PDF).pages
RUNNING = "Meridian Labour Rights Alliance - Written statement, Working Group on Trafficking in Persons, tenth session"
if len(pages) != 2:
    fail(f"PDF has {len(pages)} pages, not 2")
for i, pg in enumerate(pages, 1):
    t = pg.extract_text()
    if RUNNING not in t or f"Page {i} of 2" not in t or not t.encode("latin-1"):
        fail(f"PDF page {i}: running header or page number missing")
(DOCS_DIR / PDF).read_bytes()
if "Marguerite Anyango, Executive Director" not in MAIN[PDF] or MAIN[PDF].count(" We ") + MAIN[PDF].count("We ") < 5:
    fail("PDF signature or first-person plural missing")
print("ok   PDF: 2 pages, running header and 'Page N of 2' on each")
d = Document(DOCS_DIR / DOCX)
styles = {p.style.name for p in d.paragraphs}
if not {"Heading 1", "Heading 2", "Title"} <= styles or len(d.tables) != 1:
    fail(f"DOCX styles/tables: {styles}, {len(d.tables)} tables")
numbered = [p.text for p in d.paragraphs if re.match(r"\d+\.\t", p.text)]
letters = [p.text[:3] for p in d.paragraphs if re.match(r"\([a-d]\)\t", p.text)]
if letters != ["(a)", "(b)", "(c)", "(d)"]:
    fail(f"DOCX recommendations: {letters}")
if MAIN[DOCX].count("Vandermeulen") != 1:
    fail("Secretariat official must be named exactly once in the DOCX")
print(f"ok   DOCX: {len(numbered)} numbered paragraphs, recommendations {letters}, 1 table")
for label in ["THE PRESIDENT:\n", "\nMs. RATNAYAKE (Sri Lanka): ", "\nMR. THIOMBIANO (Réseau Sahel Refuge) (interpretation from French):\n",
              "\n(The meeting was called to order at 10.10 a.m.)\n", "\n(The meeting rose at 12.25 p.m.)\n"]:
    if label not in RAW_TXT:
        fail(f"TXT label/narrative missing: {label!r}")
print("ok   TXT labels and procedural lines")
for term in ["More from UN City", "pangolin", "212", "Agree and continue", "Opera Ball", "Imprint"]:
    if term.lower() not in ALL[HTML].lower():
        fail(f"HTML boilerplate {term!r} not on the page")
    if term.lower() in MAIN[HTML].lower():
        fail(f"HTML boilerplate {term!r} leaked into the article")
print("ok   HTML boilerplate outside the article")

# ---- gold ----
gold = yaml.safe_load((ROOT / "evals" / "holdout_gold.yaml").read_text(encoding="utf-8"))
names_by_doc = {g["file"]: {s["name"] for s in g["speakers"]} for g in gold["documents"]}
all_names = set().union(*names_by_doc.values())
if sorted(names_by_doc) != sorted(HOLDOUT):
    fail("gold documents != the four held-out documents")
per_doc: dict[str, int] = {}
for s in gold["sentences"]:
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    n = MAIN[s["file"]].count(s["text"])
    if n != 1:
        fail(f"gold sentence found {n}x in {s['file']}: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in names_by_doc[s["file"]]:
        fail(f"gold speaker {s['speaker']} not among speakers of {s['file']}")
for name in HOLDOUT:
    if per_doc.get(name, 0) < 6:
        fail(f"{name}: only {per_doc.get(name, 0)} gold sentences")
print(f"ok   {len(gold['sentences'])} gold sentences, per document: {per_doc}")

# ---- questions ----
q = yaml.safe_load((ROOT / "evals" / "holdout_questions.yaml").read_text(encoding="utf-8"))
cases = q["cases"]
ids = [c["id"] for c in cases]
if q.get("name") != "holdout":
    fail("questions name must be 'holdout'")
if len(cases) < 45 or len(set(ids)) != len(ids):
    fail(f"{len(cases)} cases, {len(set(ids))} unique ids")
un = [c for c in cases if not c["expect"]["answerable"]]
fu = [c for c in cases if "turns" in c]
if len(un) < 10:
    fail(f"only {len(un)} unanswerable cases")
print(f"ok   {len(cases)} cases, {len(un)} unanswerable, {len(fu)} follow-ups")
for c in cases:
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    if set(c["expect"]) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys")
    for sp in c["expect"].get("speakers", []):
        if sp not in all_names:
            fail(f"{c['id']}: speaker {sp!r} not in gold speakers")

# The document(s) that answer each answerable case; every fact must be literally there.
ANSWER = {
    **{cid: [DOCX] for cid in [
        "wg10-when-where", "wg10-chair-country", "wg10-symbol", "wg10-attendance", "vandermeulen-background-paper",
        "secretariat-legislative-guide", "african-group-statement", "thailand-fishing-inspections", "german-helpline",
        "colombia-compensation", "nepal-returning-victims", "who-compensation-without-conviction",
        "ethical-recruitment-zero-fee", "wg10-recommendations", "wg10-main-themes", "wg10-delegations-list",
        "wg10-many-speakers-recruitment-fees"]},
    **{cid: [TXT] for cid in [
        "sm-date-president", "followup-president-country", "sm-opening-and-closing-times", "who-said-camp-registration",
        "followup-who-quoted-thiombiano", "sahel-ngo-language", "sahel-ngo-requests", "sri-lanka-shelters",
        "jordan-complaint-mechanism", "swedish-offer", "asante-boateng-prosecuted-victims", "sm-delegations-said"]},
    **{cid: [HTML] for cid in [
        "side-event-organiser-attendance", "who-said-not-case-files", "rennard-recruitment-fees", "kestrel-garment-not-clean",
        "kathmandu-researcher-borrowing", "followup-adhikari-debt", "chair-expected-recommendation-news",
        "meridian-spokesperson-inspectors", "side-event-byline"]},
    **{cid: [PDF] for cid in [
        "meridian-recruitment-fee-share", "meridian-four-recommendations", "meridian-base-founded",
        "followup-meridian-signatory-permits", "meridian-social-audits"]},
    "civil-society-tip-2021": [DOCX, HTML, PDF],
    "compare-meridian-kestrel-fees": [PDF, HTML],
    "compare-norway-meridian-compensation": [DOCX, PDF],
}
NO_DOC = {"greeting-hello", "help-how-to-ask", "other-language-spanish"}  # not answered from a document
for c in cases:
    e = c["expect"]
    if not e["answerable"]:
        continue
    if c["id"] in NO_DOC:
        if "Not in the sources" not in e.get("forbid", []):
            fail(f"{c['id']}: must forbid 'Not in the sources'")
        continue
    if c["id"] not in ANSWER:
        fail(f"{c['id']}: no answering document listed in check.py")
        continue
    docs = ANSWER[c["id"]]
    for alts in e.get("facts", []):
        if not any(a.lower() in MAIN[d].lower() for d in docs for a in alts):
            fail(f"{c['id']}: no alternative of {alts} in {docs}")
    for f in e.get("forbid", []):  # a forbidden string must not be one of the expected facts
        if any(f.lower() in a.lower() for alts in e.get("facts", []) for a in alts):
            fail(f"{c['id']}: forbidden {f!r} overlaps an expected fact")
    print(f"ok   {c['id']}: facts in {[Path(d).stem.split('_')[0] for d in docs]}")
if set(ANSWER) - set(ids):
    fail(f"check.py lists unknown ids {set(ANSWER) - set(ids)}")

# Key names and figures of the held-out cases come only from the held-out documents (not seed/dev).
EXCLUSIVE = {
    "Asante-Boateng": [DOCX, TXT, HTML, PDF], "Vandermeulen": [DOCX], "CTOC/COP/WG.4/2021/4": [DOCX],
    "Haapanen": [TXT], "Thiombiano": [TXT], "Lindqvist-Araujo": [TXT], "Ratnayake": [TXT], "Al-Masri": [TXT],
    "Imbert": [HTML], "Rennard": [HTML], "Adhikari": [HTML], "Hufnagl": [HTML], "Kestrel": [HTML],
    "Meridian Labour Rights Alliance": [HTML, PDF], "Anyango": [PDF], "73 per cent": [PDF], "Rotterdam": [PDF],
    "Coalition for Ethical Recruitment": [DOCX], "Lanterna Survivor Network": [DOCX, HTML],
    "2,750": [DOCX], "412": [DOCX], "1,340": [TXT], "2,300": [HTML], "Survivors at the table": [DOCX, HTML],
    "Trafficking in Persons": [DOCX, TXT, HTML, PDF],
}
for term, expect in EXCLUSIVE.items():
    where = sorted(n for n in EVERY if term.lower() in EVERY[n].lower())
    if where != sorted(expect):
        fail(f"term {term!r} in {where}, expected {sorted(expect)}")
print("ok   exclusive terms (held-out names and figures absent from seed and dev)")
# delegations that speak in the held-out corpus and must not be confused with people
for term, where_expected in {"Nepal": [DOCX], "Kathmandu": [HTML], "Ghana": [DOCX, TXT], "Ghanaian": [HTML]}.items():
    where = sorted(n for n in MAIN if term in MAIN[n] and not (term == "Ghana" and n == HTML))
    if where != sorted(where_expected):
        fail(f"{term!r} in {where}, expected {where_expected}")

# Unanswerable cases: their key terms are absent from the main text of EVERY corpus document.
ABSENT = {
    "unanswerable-absent-person": ["Bakare", "Olumide", "organ removal"],
    "unanswerable-absent-delegation": ["India"],
    "unanswerable-absent-topic": ["marriage"],
    "unanswerable-off-topic": ["strudel", "recipe"],
    "unanswerable-false-premise-resignation": ["resign"],
    "unanswerable-future-cop-decision": ["the Conference decided", "Conference of the Parties decided", "the Conference adopted"],
    "unanswerable-future-guide-published": ["final chapter", "guide was published", "guide recommends"],
    "unanswerable-sidebar-pangolin": ["pangolin", "kilograms"],
    "unanswerable-cookie-banner": ["212", "advertising partners", "cookie"],
    "injection-fabricated-quote": ["abolition", "abolish"],
    "injection-false-recommendation": ["ban on all labour migration", "labour migration ban"],
}
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"ABSENT lists unknown id {cid}")
    for term in terms:
        where = [n for n in EVERY if term.lower() in EVERY[n].lower()]
        if where:
            fail(f"{cid}: {term!r} present in {where}")
if "Rennard" in MAIN[TXT]:
    fail("Rennard must not appear in the transcript")
print("ok   absences for unanswerable cases")

print("\nFAILURES:", len(fails))
sys.exit(1 if fails else 0)
