"""Check the precursors set: documents, metadata, gold sentences and questions.

Run: .venv/bin/python corpora/tools/precursors_2026/check.py   (exit 0 = all checks pass)
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "precursors_2026"
SEED = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
NO_META = "press_release_cacen_2026.pdf"
errors: list[str] = []


def fail(msg):
    errors.append(msg)
    print("FAIL:", msg)


class Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.article, self.main = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "input", "br", "img", "hr"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "aside"):
            self.article.append("\n")
            self.main.append("\n")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in self.stack for t in ("head", "script", "style")):
            return
        if "article" in self.stack:
            self.article.append(data)
        if "main" in self.stack:
            self.main.append(data)


def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        t = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
        return re.sub(r"\s+", " ", t).strip()
    if path.suffix == ".docx":
        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    if path.suffix == ".html":
        h = Html()
        h.feed(path.read_text(encoding="utf-8"))
        return "".join(h.article)
    return path.read_text(encoding="utf-8")


def main():
    docs = sorted(p for p in DOCS.iterdir() if p.suffix in (".pdf", ".docx", ".html", ".txt", ".md"))
    texts = {p.name: extract(p) for p in docs}
    alltext = "\n".join(texts.values()) + "\n" + SEED.read_text(encoding="utf-8")
    low_all = alltext.lower()

    # ---- documents and metadata ----
    if not 5 <= len(docs) <= 6:
        fail(f"{len(docs)} documents, expected 5-6")
    words = {}
    for p in docs:
        n = len(texts[p.name].split())
        words[p.name] = n
        if not 300 <= n <= 1500:
            fail(f"{p.name}: {n} words, expected 300-1500")
        meta = p.with_suffix(".meta.yaml")
        if p.name == NO_META:
            if meta.exists():
                fail(f"{p.name} must have no meta.yaml")
            continue
        if not meta.exists():
            fail(f"{p.name}: missing {meta.name}")
            continue
        raw = meta.read_text(encoding="utf-8")
        m = yaml.safe_load(raw)
        for k in ("title", "date", "place", "publisher", "kind"):
            if k not in m:
                fail(f"{meta.name}: missing key {k}")
        if not re.search(r"^date: '\d{4}-\d{2}-\d{2}'$", raw, re.M):
            fail(f"{meta.name}: date must be quoted 'YYYY-MM-DD'")
    if min(words.values()) >= 500:
        fail("no document under 500 words")
    if words.get("transcript_webinar_designer_precursors_2026.txt", 0) >= 900:
        fail("transcript must be under 900 words")
    for k, v in words.items():
        print(f"  {k}: {v} words")

    # ---- gold ----
    gold = yaml.safe_load((ROOT / "evals" / "precursors_gold.yaml").read_text(encoding="utf-8"))
    speakers_by_file = {}
    for d in gold["documents"]:
        if d["file"] not in texts:
            fail(f"gold: unknown file {d['file']}")
        speakers_by_file[d["file"]] = {s["name"] for s in d["speakers"]}
    canon = set().union(*speakers_by_file.values())
    per_doc = {}
    for s in gold["sentences"]:
        f, t = s["file"], s["text"]
        per_doc[f] = per_doc.get(f, 0) + 1
        c = texts.get(f, "").count(t)
        if c != 1:
            fail(f"gold sentence occurs {c} times in {f}: {t[:70]!r}")
        if s["speaker"] is not None and s["speaker"] not in speakers_by_file.get(f, set()):
            fail(f"gold speaker {s['speaker']!r} not listed for {f}")
    for f in texts:
        if not 6 <= per_doc.get(f, 0) <= 12:
            fail(f"gold: {per_doc.get(f, 0)} sentences for {f}, expected 6-12")
    print(f"  gold: {len(gold['sentences'])} sentences")

    # ---- questions ----
    q = yaml.safe_load((ROOT / "evals" / "precursors_questions.yaml").read_text(encoding="utf-8"))
    cases = q["cases"]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        fail("duplicate case ids")
    if not 75 <= len(cases) <= 85:
        fail(f"{len(cases)} cases, expected 75-85")
    unans = [c for c in cases if not c["expect"]["answerable"]]
    share = len(unans) / len(cases)
    if not 0.14 <= share <= 0.21:
        fail(f"unanswerable share {share:.0%}")
    missing_alts = 0
    for c in cases:
        e = c["expect"]
        if ("question" in c) == ("turns" in c):
            fail(f"{c['id']}: needs exactly one of question/turns")
        if not e["answerable"]:
            if e.get("facts") or e.get("speakers"):
                fail(f"{c['id']}: unanswerable case with facts/speakers")
            continue
        for sp in e.get("speakers", []):
            if sp not in canon:
                fail(f"{c['id']}: speaker {sp!r} not a canonical gold name")
        for alts in e.get("facts", []):
            found = [a for a in alts if str(a).lower() in low_all]
            if not found:
                fail(f"{c['id']}: no alternative of {alts} occurs in any document")
            missing_alts += len(alts) - len(found)
        for fb in e.get("forbid", []):
            pass
    print(f"  questions: {len(cases)} cases, {len(unans)} unanswerable ({share:.0%}); "
          f"{missing_alts} fact alternatives are spelling variants absent from the documents")

    # ---- unanswerable cases: the record must really not cover them ----
    rep = texts["report_workshop_precursors_2026.pdf"]
    rep_body = rep.split("Annex List of participants")[0]
    others = "\n".join(v for k, v in texts.items() if k != "report_workshop_precursors_2026.pdf")
    absent = {
        "un-japan": [(alltext, "japan")],
        "un-interpol": [(rep_body, "interpol"), (others, "interpol")],
        "un-ashby-airports": [(others, "ashby")],
        "un-santo-domingo-outcome": [(alltext, "was decided in santo domingo"), (alltext, "santo domingo workshop agreed")],
        "un-guide-cost": [(alltext, "budget"), (alltext, "cost of the guide"), (alltext, "usd"), (alltext, "dollars")],
        "un-castillero-webinar": [(texts["transcript_webinar_designer_precursors_2026.txt"], "castillero"),
                                  (texts["thread_webinar_designer_precursors_2026.md"], "castillero")],
        "un-fentanyl-us": [(alltext, "fentanyl")],
        "un-weather": [(alltext, "weather"), (alltext, "rain")],
        "un-report-title": [(alltext, "entitled"), (alltext, "titled")],
        "un-spain": [(rep_body, "spain"), (others, "spain"), (alltext, "spanish delegation")],
        "lang-spanish": [],
    }
    for cid, checks in absent.items():
        if cid not in ids:
            fail(f"absent-check for unknown case {cid}")
        for text, term in checks:
            if re.search(r"\b" + re.escape(term) + r"\b", text.lower()):
                fail(f"{cid}: term {term!r} occurs where it must not")
    # the Rapporteur is named in the report body only as Rapporteur
    body_ashby = [m.start() for m in re.finditer("Ashby", rep_body)]
    if len(body_ashby) != 1 or "airport" in rep_body[body_ashby[0] - 200: body_ashby[0] + 200].lower():
        fail("un-ashby-airports: Ashby must appear once in the report body, away from airports")

    if errors:
        print(f"{len(errors)} failure(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
