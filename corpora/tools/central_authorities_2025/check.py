"""Self-check for blind set blind_k: exit 0 when
- every gold sentence occurs exactly once in its document's extracted text;
- every gold speaker's name (surname = last word, case-insensitive) occurs in its document;
- every answerable case's fact lists have at least one alternative occurring in some document;
- every speaker named in questions.yaml is a canonical name in gold.yaml."""
import re, sys
from html.parser import HTMLParser
from pathlib import Path
import yaml, docx, pypdf

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "central_authorities_2025"
norm = lambda s: re.sub(r"\s+", " ", s).strip()

class Art(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag not in ("img", "meta", "link", "br"): self.stack.append(tag)
        if tag in ("p", "figcaption", "h1", "h2", "li", "cite", "blockquote"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag: pass
    def handle_data(self, data):
        if "article" in self.stack and "footer" not in self.stack: self.out.append(data)

def extract(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        return norm(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages))
    if path.suffix == ".html":
        h = Art(); h.feed(path.read_text(encoding="utf-8")); return "".join(h.out)
    t = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        t = t.replace("**", "")
        t = re.sub(r"^#+ ", "", t, flags=re.M)
        t = re.sub(r"^> ", "", t, flags=re.M)
        t = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"\1", t)
    return t

# documents that name a speaker only by role or handle
ALIASES = {("newsletter_cfccm_june_2025.txt", "United Nations Office on Drugs and Crime (UNODC)"): "The Secretariat",
           ("thread_rapporteur_day1_2025.md", "Cross-Border Defence Network"): "@CrossBorderDef"}
errors = []
gold = yaml.safe_load((ROOT / "evals" / "central_authorities_gold.yaml").read_text())
qs = yaml.safe_load((ROOT / "evals" / "central_authorities_questions.yaml").read_text())
texts = {p.name: extract(p) for p in DOCS.iterdir() if p.suffix in (".docx", ".pdf", ".html", ".txt", ".md")}
canon = set()
for d in gold["documents"]:
    if d["file"] not in texts: errors.append(f"missing doc {d['file']}"); continue
    for s in d["speakers"]:
        canon.add(s["name"])
        sur = ALIASES.get((d["file"], s["name"]), s["name"].split()[-1]).lower()
        if sur not in texts[d["file"]].lower(): errors.append(f"speaker {s['name']} not in {d['file']}")
counts = {}
for s in gold["sentences"]:
    t = texts[s["file"]]; n = t.count(s["text"])
    counts[s["file"]] = counts.get(s["file"], 0) + 1
    if n != 1: errors.append(f"sentence x{n} in {s['file']}: {s['text'][:60]}")
    if s["speaker"] is not None and s["speaker"] not in {x["name"] for d in gold["documents"] if d["file"] == s["file"] for x in d["speakers"]}:
        errors.append(f"sentence speaker {s['speaker']} not a speaker of {s['file']}")
for f in texts:
    if counts.get(f, 0) < 6: errors.append(f"{f}: only {counts.get(f,0)} gold sentences")
alltext = "\n".join(texts.values()).lower()
ids = set()
for c in qs["cases"]:
    if c["id"] in ids: errors.append(f"duplicate id {c['id']}")
    ids.add(c["id"]); e = c["expect"]
    for sp in e.get("speakers", []) or []:
        if sp not in canon: errors.append(f"{c['id']}: speaker {sp} not canonical")
    if e["answerable"]:
        for alts in e.get("facts", []) or []:
            if not any(str(a).lower() in alltext for a in alts): errors.append(f"{c['id']}: fact {alts} not in docs")
un = sum(not c["expect"]["answerable"] for c in qs["cases"])
print(f"docs={len(texts)} gold_sentences={len(gold['sentences'])} cases={len(qs['cases'])} unanswerable={un}")
if len(qs["cases"]) < 60 or un < 12: errors.append("too few cases/unanswerable")
for e in errors: print("FAIL:", e)
sys.exit(1 if errors else 0)
