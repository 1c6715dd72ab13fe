"""Self-check for the blind_a set (exit 0 when everything holds).

- every gold sentence occurs exactly once in its document's extracted text (tools/extract.py);
- every gold speaker occurs in its document (full name, else surname, else organisation name/acronym);
- every fact list of every answerable case has an alternative that occurs in some document;
- question speakers are canonical names from gold.yaml; counts (>= 60 cases, >= 12 unanswerable,
  >= 6 gold sentences per document, 500-1500 words per document, metadata on some but not all);
- key terms of the unanswerable cases are absent from these documents, the seed press release and
  the shared dev documents.
"""
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import DOCS, ROOT, all_texts, norm, text_of  # noqa: E402

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


T = all_texts()
gold = yaml.safe_load((ROOT / "evals" / "smuggling_gold.yaml").read_text(encoding="utf-8"))
qs = yaml.safe_load((ROOT / "evals" / "smuggling_questions.yaml").read_text(encoding="utf-8"))

# documents, words, metadata
for name, t in T.items():
    n = len(t.split())
    print(f"words {name}: {n}")
    if not 500 <= n <= 1500:
        fail(f"{name}: {n} words, outside 500-1500")
metas = [n for n in T if (DOCS / (Path(n).stem + ".meta.yaml")).exists()]
if not metas or len(metas) == len(T):
    fail("metadata must be given to some documents but not all")
for n in metas:
    yaml.safe_load((DOCS / (Path(n).stem + ".meta.yaml")).read_text(encoding="utf-8"))
print("with meta.yaml:", metas)

# gold speakers
canon = set()
gold_files = {d["file"] for d in gold["documents"]}
if gold_files != set(T):
    fail(f"gold documents {sorted(gold_files)} != docs {sorted(T)}")


def present(name, text):
    low = text.lower()
    if name.lower() in low:
        return True
    m = re.match(r"^(.*?)\s*\(([^)]+)\)$", name)
    if m:  # organisation with acronym
        return m.group(1).lower() in low or re.search(r"\b" + re.escape(m.group(2)) + r"\b", text) is not None
    return name.split()[-1].lower() in low  # person: surname


for d in gold["documents"]:
    for s in d["speakers"]:
        canon.add(s["name"])
        if not present(s["name"], T.get(d["file"], "")):
            fail(f"speaker {s['name']!r} not found in {d['file']}")

# gold sentences
per_doc = {n: 0 for n in T}
for s in gold["sentences"]:
    t = T.get(s["file"], "")
    k = t.count(norm(s["text"]))
    if k != 1:
        fail(f"gold sentence occurs {k} times in {s['file']}: {s['text'][:70]!r}")
    if s["speaker"] is not None and s["speaker"] not in canon:
        fail(f"gold sentence speaker {s['speaker']!r} not a canonical name")
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
for n, k in per_doc.items():
    print(f"gold sentences {n}: {k}")
    if k < 6:
        fail(f"{n}: only {k} gold sentences")

# questions
ALL = " ".join(T.values()).lower()
cases = qs["cases"]
ids = [c["id"] for c in cases]
if len(ids) != len(set(ids)):
    fail("duplicate case ids")
COMPUTED = {"sr-table-total-prosecutions": ([604, 688, 755], 2047)}
una = [c for c in cases if not c["expect"]["answerable"]]
print(f"cases: {len(cases)}, unanswerable: {len(una)}")
if len(cases) < 60 or len(una) < 12:
    fail("need >= 60 cases and >= 12 unanswerable")
for c in cases:
    e = c["expect"]
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question / turns")
    for sp in e.get("speakers", []) or []:
        if sp not in canon:
            fail(f"{c['id']}: speaker {sp!r} not in gold.yaml")
    if e["answerable"]:
        if c["id"] in COMPUTED:  # a total the user asks for: check its parts instead
            parts, total = COMPUTED[c["id"]]
            if sum(parts) != total or not all(f"{x:,}" in ALL for x in parts):
                fail(f"{c['id']}: computed total {total} does not follow from the document")
            continue
        for alts in e.get("facts", []) or []:
            if not any(str(a).lower() in ALL for a in alts):
                fail(f"{c['id']}: no alternative of {alts} occurs in any document")
        for f in e.get("forbid", []) or []:
            pass
    elif e.get("facts") or e.get("speakers"):
        fail(f"{c['id']}: unanswerable case with facts/speakers")

# unanswerable key terms: absent from these docs, the seed and the dev corpus
ABSENT = {
    "un-libya": ["Libya"], "un-maltese-minister": ["minister"], "un-sea-lantern-2025": ["in 2025, Sea Lantern", "Sea Lantern rescued"],
    "un-vote": ["vote", "voted"], "un-climate": ["climate"], "un-eu-pledge-amount": ["pledge"],
    "un-frontex": ["Frontex"], "un-guinea-appeal": ["appeal court", "acquitt", "on appeal"], "un-indonesia": ["Indonesia"],
    "un-air-smuggling": ["by air", "airport", "flight"], "un-malta-convictions": ["convicted in Malta", "Maltese court"],
    "un-weather": ["weather", "forecast"], "un-future-wg-2026": ["decided in 2026"],
    "un-solberg-haas-bengal": [],
}
others = []
seed = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
if seed.exists():
    others.append(norm(seed.read_text(encoding="utf-8")))
dev = ROOT / "corpora" / "dev"
if dev.exists():
    for p in sorted(dev.iterdir()):
        if p.suffix in (".md", ".txt", ".html", ".docx", ".pdf"):
            others.append(text_of(p))
POOL = (" ".join(T.values()) + " " + " ".join(others)).lower()
for cid, terms in ABSENT.items():
    if cid not in ids:
        fail(f"ABSENT refers to unknown case {cid}")
    for term in terms:
        if term.lower() in POOL:
            fail(f"{cid}: term {term!r} occurs in the documents/seed/dev corpus")
# Solberg-Haas never mentions the Bay of Bengal: her paragraphs in the press release
pr = T["press_release_som_sea_2025.txt"]
for para in (ROOT / "corpora" / "smuggling_2025" / "press_release_som_sea_2025.txt").read_text(encoding="utf-8").split("\n\n"):
    if ("Solberg-Haas" in para or para.startswith("She recalled")) and "Bengal" in para:
        fail("un-solberg-haas-bengal: Solberg-Haas mentions Bengal")

print("FAILED" if fails else "OK", len(fails), "problem(s)")
sys.exit(1 if fails else 0)
