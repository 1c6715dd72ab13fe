"""Self-check for blind set blind_e (exit 0 on success).

- every gold sentence occurs exactly once in its document's extracted text;
- every gold speaker name occurs in its document;
- every answerable case's facts: each inner list has an alternative found in some document;
- questions.yaml: unique ids, >= 60 cases, >= 12 unanswerable, speakers are gold names.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "firearms_2026"


def ws(t):
    return re.sub(r"\s+", " ", t).strip()


class _Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def extract(path):
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdf
        return ws(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        paras = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                paras.append(" | ".join(c.text for c in r.cells))
        return "\n".join(paras)
    if suf == ".html":
        p = _Article()
        p.feed(path.read_text(encoding="utf-8"))
        return ws(" ".join(p.parts))
    text = path.read_text(encoding="utf-8")
    if suf == ".md":
        text = re.sub(r"^#+\s*", "", text, flags=re.M)
        text = re.sub(r"^-{3,}\s*$", "", text, flags=re.M)
        text = text.replace("**", "").replace("*", "")
    return text


def main():
    errors = []
    gold = yaml.safe_load((ROOT / "evals" / "firearms_gold.yaml").read_text(encoding="utf-8"))
    qs = yaml.safe_load((ROOT / "evals" / "firearms_questions.yaml").read_text(encoding="utf-8"))
    texts = {}
    for f in sorted(DOCS.iterdir()):
        if f.suffix in (".pdf", ".docx", ".html", ".txt", ".md"):
            texts[f.name] = extract(f)
            n = len(ws(texts[f.name]).split())
            if not 500 <= n <= 1500:
                errors.append(f"{f.name}: {n} words (want 500-1500)")
    names = set()
    for d in gold["documents"]:
        t = texts.get(d["file"])
        if t is None:
            errors.append(f"gold document missing: {d['file']}")
            continue
        for s in d["speakers"]:
            names.add(s["name"])
            if s["name"] not in t:
                errors.append(f"{d['file']}: speaker name not in text: {s['name']}")
    per_doc = {}
    for s in gold["sentences"]:
        t = texts[s["file"]]
        c = t.count(s["text"])
        if c != 1:
            errors.append(f"{s['file']}: sentence occurs {c} times: {s['text'][:70]}")
        if s["speaker"] is not None and s["speaker"] not in names:
            errors.append(f"unknown sentence speaker {s['speaker']}")
        per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    for f in texts:
        if per_doc.get(f, 0) < 6:
            errors.append(f"{f}: only {per_doc.get(f, 0)} gold sentences")
    alltext = "\n".join(ws(t) for t in texts.values()).lower()
    ids = set()
    unans = 0
    for c in qs["cases"]:
        if c["id"] in ids:
            errors.append(f"duplicate id {c['id']}")
        ids.add(c["id"])
        if ("question" in c) == ("turns" in c):
            errors.append(f"{c['id']}: needs exactly one of question/turns")
        e = c["expect"]
        if not e["answerable"]:
            unans += 1
            continue
        for sp in e.get("speakers", []) or []:
            if sp not in names:
                errors.append(f"{c['id']}: speaker not in gold: {sp}")
        for alts in e.get("facts", []) or []:
            if not any(a.lower() in alltext for a in alts):
                errors.append(f"{c['id']}: fact not in any document: {alts}")
    if len(qs["cases"]) < 60:
        errors.append(f"only {len(qs['cases'])} cases")
    if unans < 12:
        errors.append(f"only {unans} unanswerable cases")
    for e in errors:
        print("ERROR:", e)
    print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(qs['cases'])} unanswerable={unans}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
