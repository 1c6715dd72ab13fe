"""Self-check for blind set blind_f.

Usage: .venv/bin/python corpora/tools/heritage_2026/check.py   (exit 0 = all good)
Checks: every gold sentence occurs exactly once in its document's extracted text; every gold speaker
name occurs in its document (for organisations named "Full Name (ACR)", the acronym suffices); every
fact of an answerable case has an alternative in some document; case ids unique; >= 60 cases and
>= 12 unanswerable; gold speakers in questions exist in gold.yaml.
Extraction: DOCX paragraphs (python-docx) joined by newlines; PDF pypdf text, whitespace collapsed;
HTML visible text of <article> minus its <footer>, whitespace collapsed; TXT as written;
MD with markup characters (#, *, leading list dashes, rules) removed.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "heritage_2026"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(m):
    fails.append(m); print("FAIL:", m)


class Art(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack = []; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "br", "img", "input"):
            return
        self.stack.append(tag)
        if tag in ("p", "h1", "h2", "h3", "li", "div", "ul", "aside"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break
    def handle_data(self, data):
        if "article" in self.stack and "footer" not in self.stack:
            self.out.append(data)


def extract(p: Path) -> str:
    if p.suffix == ".docx":
        return "\n".join(par.text for par in Document(p).paragraphs)
    if p.suffix == ".pdf":
        return norm(" ".join(pg.extract_text() or "" for pg in PdfReader(p).pages))
    if p.suffix == ".html":
        a = Art(); a.feed(p.read_text(encoding="utf-8")); return norm("".join(a.out))
    if p.suffix == ".md":
        lines = []
        for ln in p.read_text(encoding="utf-8").splitlines():
            if re.fullmatch(r"\s*-{3,}\s*", ln):
                continue
            ln = re.sub(r"^\s*#+\s*", "", ln)
            ln = re.sub(r"^\s*[-*]\s+", "", ln)
            ln = ln.replace("**", "").replace("*", "")
            lines.append(ln)
        return "\n".join(lines)
    return p.read_text(encoding="utf-8")


def main():
    gold = yaml.safe_load((ROOT / "evals" / "heritage_gold.yaml").read_text(encoding="utf-8"))
    qs = yaml.safe_load((ROOT / "evals" / "heritage_questions.yaml").read_text(encoding="utf-8"))
    texts = {p.name: extract(p) for p in DOCS.iterdir() if p.suffix in (".docx", ".pdf", ".html", ".txt", ".md")}
    if len(texts) != 5:
        fail(f"expected 5 documents, found {len(texts)}")
    for name, t in texts.items():
        n = len(t.split())
        if not 500 <= n <= 1500:
            fail(f"{name}: {n} words (want 500-1500)")
    names = set()
    for d in gold["documents"]:
        t = texts.get(d["file"])
        if t is None:
            fail(f"gold document missing: {d['file']}"); continue
        for s in d["speakers"]:
            names.add(s["name"])
            nm = s["name"]; acr = re.search(r"\(([^)]+)\)$", nm)
            if nm not in t and not (acr and acr.group(1) in t):
                fail(f"{d['file']}: speaker name not in text: {nm}")
    per_doc = {}
    for s in gold["sentences"]:
        t = texts.get(s["file"], "")
        c = t.count(s["text"])
        if c != 1:
            fail(f"{s['file']}: gold sentence occurs {c} times: {s['text'][:70]}")
        if s["speaker"] is not None and s["speaker"] not in names:
            fail(f"gold sentence speaker unknown: {s['speaker']}")
        per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    for f in texts:
        if per_doc.get(f, 0) < 6:
            fail(f"{f}: only {per_doc.get(f, 0)} gold sentences")
    allt = "\n".join(texts.values()).lower()
    cases = qs["cases"]; ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        fail("duplicate case ids")
    unans = sum(1 for c in cases if not c["expect"]["answerable"])
    if len(cases) < 60 or unans < 12:
        fail(f"{len(cases)} cases, {unans} unanswerable")
    for c in cases:
        e = c["expect"]
        for sp in e.get("speakers", []) or []:
            if sp not in names:
                fail(f"{c['id']}: speaker not in gold: {sp}")
        if e["answerable"]:
            for alts in e.get("facts", []) or []:
                if not any(str(a).lower() in allt for a in alts):
                    fail(f"{c['id']}: no alternative of {alts} in any document")
    print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(cases)} unanswerable={unans}")
    print("OK" if not fails else f"{len(fails)} failure(s)")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
