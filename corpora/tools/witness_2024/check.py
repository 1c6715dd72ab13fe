"""Self-check for set blind_h: exit 0 when
 - every gold sentence occurs exactly once in its document's extracted text,
 - every gold speaker name occurs in its document (canonical name, or a listed short form),
 - every answerable case's facts (each inner list) have an alternative in some document,
 - every speaker named in questions.yaml is a gold speaker.
Extraction conventions: DOCX = python-docx paragraph text; PDF = pypdf text, whitespace collapsed;
HTML = visible text of <article>; TXT = file as written; MD = file without markup characters."""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import docx
import pypdf
import yaml

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "witness_2024"
errors: list[str] = []


class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "li", "h1", "h2", "h3", "ul", "ol", "br"):
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif self.depth and tag in ("p", "li", "h1", "h2", "h3"):
            self.buf.append("\n")

    def handle_data(self, data):
        if self.depth:
            self.buf.append(data)


def md_plain(text: str) -> str:
    out = []
    for line in text.splitlines():
        line = re.sub(r"^#{1,6}\s*", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("*", "").replace("`", "")
        out.append(line)
    return "\n".join(out)


def extract(path: Path) -> str:
    s = path.suffix
    if s == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if s == ".pdf":
        t = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
        return re.sub(r"\s+", " ", t)
    if s == ".html":
        h = Article()
        h.feed(path.read_text(encoding="utf-8"))
        return "".join(h.buf)
    if s == ".md":
        return md_plain(path.read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8")


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if p.suffix in (".docx", ".pdf", ".html", ".md", ".txt")}
gold = yaml.safe_load((ROOT / "evals" / "witness_gold.yaml").read_text(encoding="utf-8"))
qs = yaml.safe_load((ROOT / "evals" / "witness_questions.yaml").read_text(encoding="utf-8"))

# short forms under which a canonical name appears in a document
SHORT = {
    "United Nations Office on Drugs and Crime (UNODC)": ["Secretariat", "UNODC"],
    "Southern African Development Community (SADC)": ["Southern African Development Community"],
}

speakers = set()
for d in gold["documents"]:
    f = d["file"]
    if f not in texts:
        errors.append(f"gold document missing: {f}")
        continue
    for sp in d["speakers"]:
        speakers.add(sp["name"])
        forms = [sp["name"]] + SHORT.get(sp["name"], [])
        if not any(x in texts[f] for x in forms):
            errors.append(f"speaker {sp['name']!r} not found in {f}")

per_doc: dict[str, int] = {}
for s in gold["sentences"]:
    f, t = s["file"], s["text"]
    per_doc[f] = per_doc.get(f, 0) + 1
    n = texts.get(f, "").count(t)
    if n != 1:
        errors.append(f"gold sentence occurs {n} times in {f}: {t[:70]!r}")
    if s["speaker"] is not None and s["speaker"] not in speakers:
        errors.append(f"gold sentence speaker not in documents: {s['speaker']}")
for f in texts:
    if per_doc.get(f, 0) < 6:
        errors.append(f"fewer than 6 gold sentences for {f}")

alltext = "\n".join(texts.values()).lower()
n_un = 0
for c in qs["cases"]:
    e = c["expect"]
    if not e["answerable"]:
        n_un += 1
        continue
    for alts in e.get("facts", []):
        if not any(str(a).lower() in alltext for a in alts):
            errors.append(f"{c['id']}: no alternative of {alts} in any document")
    for sp in e.get("speakers", []):
        if sp not in speakers:
            errors.append(f"{c['id']}: speaker {sp!r} not in gold.yaml")

for f, t in texts.items():
    print(f"{f}: {len(t.split())} words, {per_doc.get(f, 0)} gold sentences")
print(f"cases: {len(qs['cases'])}, unanswerable: {n_un}, gold sentences: {len(gold['sentences'])}")
if len(qs["cases"]) < 65 or n_un < 13:
    errors.append("too few cases or unanswerable cases")
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
