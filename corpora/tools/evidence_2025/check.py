"""Self-check for the blind_g set. Usage: python tools/check.py   (exit 0 = all good)
- every gold sentence occurs exactly once in its document's extracted text
- every gold speaker name occurs in its document (delegations may appear in capitals)
- every answerable fact (each inner list) has at least one alternative in some document
- every expected speaker in questions.yaml is a canonical gold name; >= 60 cases, >= 12 unanswerable
"""
import os, re, sys, html
from html.parser import HTMLParser
import yaml, docx, pypdf
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")  # the repository
DOCS = os.path.join(ROOT, "corpora", "evidence_2025")

class Art(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.depth = 0; self.buf = []
    def handle_starttag(self, tag, a):
        if tag == "article": self.depth += 1
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if self.depth and tag in ("p", "h1", "h2", "h3", "li"): self.buf.append(" ")
    def handle_data(self, d):
        if self.depth: self.buf.append(d)

def text_of(fn):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".pdf"):
        t = " ".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
        return re.sub(r"\s+", " ", t)
    if fn.endswith(".docx"):
        d = docx.Document(p)
        parts = [q.text for q in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if fn.endswith(".html"):
        a = Art(); a.feed(open(p, encoding="utf-8").read())
        return re.sub(r"\s+", " ", "".join(a.buf))
    s = open(p, encoding="utf-8").read()
    if fn.endswith(".md"):
        s = re.sub(r"(?m)^#+ |^> ", "", s).replace("*", "")
    return s

def main():
    err = []
    gold = yaml.safe_load(open(os.path.join(ROOT, "evals", "evidence_gold.yaml")))
    texts = {f: text_of(f) for f in sorted(os.listdir(DOCS)) if not f.endswith(".yaml")}
    names = set()
    for d in gold["documents"]:
        t = texts[d["file"]]
        for s in d["speakers"]:
            names.add(s["name"])
            if s["name"].lower() not in t.lower():
                err.append(f"speaker not in doc: {s['name']} / {d['file']}")
    per = {}
    for s in gold["sentences"]:
        n = texts[s["file"]].count(s["text"]); per[s["file"]] = per.get(s["file"], 0) + 1
        if n != 1: err.append(f"gold sentence x{n}: {s['file']}: {s['text'][:60]}")
        if s["speaker"] is not None and s["speaker"] not in names: err.append(f"unknown speaker {s['speaker']}")
    for f in texts:
        if per.get(f, 0) < 6: err.append(f"fewer than 6 gold sentences: {f}")
        w = len(texts[f].split())
        if not 500 <= w <= 1500: err.append(f"word count {w}: {f}")
    alltext = "\n".join(texts.values()).lower()
    q = yaml.safe_load(open(os.path.join(ROOT, "evals", "evidence_questions.yaml")))
    ids = set(); un = 0
    for c in q["cases"]:
        if c["id"] in ids: err.append(f"dup id {c['id']}")
        ids.add(c["id"]); e = c["expect"]
        if not e["answerable"]: un += 1; continue
        for alts in e.get("facts", []):
            if not any(a.lower() in alltext for a in alts): err.append(f"fact absent {c['id']}: {alts}")
        for sp in e.get("speakers", []):
            if sp not in names: err.append(f"unknown expected speaker {c['id']}: {sp}")
    if len(q["cases"]) < 60: err.append("fewer than 60 cases")
    if un < 12: err.append("fewer than 12 unanswerable")
    for x in err: print("FAIL", x)
    print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(q['cases'])} unanswerable={un}")
    return 1 if err else 0

if __name__ == "__main__":
    sys.exit(main())
