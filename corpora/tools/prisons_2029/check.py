"""Validate gold.yaml and questions.yaml against the extracted documents."""
import os, re, sys, collections, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import all_docs

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
norm = lambda s: re.sub(r"\s+", " ", s).strip()
errors = []
texts = {f: norm(t) for f, t in all_docs().items()}
alltext_lower = " ".join(texts.values()).lower()

gold = yaml.safe_load(open(os.path.join(ROOT, "gold.yaml"), encoding="utf-8"))
canon = set()
n_attr = n_null = 0
for d in gold["documents"]:
    f = d["file"]
    if f not in texts:
        errors.append(f"gold: unknown file {f}"); continue
    names = {s["name"] for s in d["speakers"]}
    canon |= names
    for s in d["sentences"]:
        if norm(s["text"]) not in texts[f]:
            errors.append(f"gold: sentence not found in {f}: {s['text'][:70]}")
        if s["speaker"] is None:
            n_null += 1
        else:
            n_attr += 1
            if s["speaker"] not in names:
                errors.append(f"gold: speaker {s['speaker']} not listed for {f}")
    if not 10 <= len(d["sentences"]) <= 20:
        errors.append(f"gold: {f} has {len(d['sentences'])} sentences")

qs = yaml.safe_load(open(os.path.join(ROOT, "questions.yaml"), encoding="utf-8"))
ids = collections.Counter(c["id"] for c in qs["cases"])
for i, n in ids.items():
    if n > 1: errors.append(f"questions: duplicate id {i}")
cats = collections.Counter()
for c in qs["cases"]:
    e = c["expect"]
    cats[c["id"].split("-")[0]] += 1
    if ("question" in c) == ("turns" in c):
        errors.append(f"{c['id']}: needs exactly one of question/turns")
    if c.get("doc") and c["doc"] not in texts:
        errors.append(f"{c['id']}: unknown doc {c['doc']}")
    if not e["answerable"] and (e.get("facts") or e.get("speakers")):
        errors.append(f"{c['id']}: unanswerable case has facts/speakers")
    for sp in e.get("speakers", []) or []:
        if sp not in canon:
            errors.append(f"{c['id']}: speaker {sp} not a gold canonical name")
    for grp in e.get("facts", []) or []:
        if not any(alt.lower() in alltext_lower for alt in grp):
            errors.append(f"{c['id']}: no alternative of {grp} occurs in any document")
        if c.get("doc") and not any(alt.lower() in texts[c["doc"]].lower() for alt in grp):
            print(f"note: {c['id']}: fact {grp} not in its doc {c['doc']}")

print("documents:", len(texts), {f: len(t.split()) for f, t in texts.items()})
print(f"gold sentences: {n_attr} attributed, {n_null} null")
print("cases:", sum(cats.values()), dict(cats))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
