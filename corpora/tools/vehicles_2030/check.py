"""Validate gold.yaml and questions.yaml against the documents (vehicles set)."""
import collections
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from extract import extract, normalize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
KINDS = {"speaker", "quote", "list", "summary", "recommendation", "group", "comparison", "count",
         "follow-up", "conversational", "other-language", "scoped", "cross-meeting", "false-premise",
         "off-topic", "not-covered", "date", "place"}
errors = []
gold = yaml.safe_load(open(os.path.join(ROOT, "gold.yaml"), encoding="utf-8"))
qs = yaml.safe_load(open(os.path.join(ROOT, "questions.yaml"), encoding="utf-8"))

files = sorted(f for f in os.listdir(DOCS) if not f.endswith(".meta.yaml"))
texts = {}
for f in files:
    texts[f] = normalize(extract(os.path.join(DOCS, f)))
    if len(texts[f]) < 500:
        errors.append(f"{f}: extracted text too short")
no_meta = [f for f in files if not os.path.exists(os.path.join(DOCS, f + ".meta.yaml"))]
if no_meta != ["news_story.html"]:
    errors.append(f"only news_story.html may lack a sidecar, got {no_meta}")
for f in files:
    m = os.path.join(DOCS, f + ".meta.yaml")
    if os.path.exists(m):
        meta = yaml.safe_load(open(m, encoding="utf-8"))
        for k in ("title", "date", "place", "publisher", "kind"):
            if k not in meta:
                errors.append(f"{m}: missing {k}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("date"))):
            errors.append(f"{m}: bad date")

names = set()
doc_speakers = collections.defaultdict(set)
for d in gold["documents"]:
    if d["file"] not in texts:
        errors.append(f"gold document {d['file']} not in docs/")
    for s in d["speakers"]:
        names.add(s["name"])
        doc_speakers[d["file"]].add(s["name"])
per_file = collections.Counter()
for s in gold["sentences"]:
    per_file[s["file"]] += 1
    if normalize(s["text"]) not in texts.get(s["file"], ""):
        errors.append(f"gold sentence not found verbatim in {s['file']}: {s['text'][:70]}")
    if s["speaker"] is not None and s["speaker"] not in doc_speakers[s["file"]]:
        errors.append(f"gold sentence speaker {s['speaker']} not listed for {s['file']}")

cases = qs["cases"]
ids = [c["id"] for c in cases]
dup = [i for i, n in collections.Counter(ids).items() if n > 1]
if dup:
    errors.append(f"duplicate ids: {dup}")
if len(cases) != 90:
    errors.append(f"expected 90 cases, got {len(cases)}")
for c in cases:
    cid = c["id"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cid):
        errors.append(f"{cid}: id not kebab-case")
    if ("question" in c) == ("turns" in c):
        errors.append(f"{cid}: needs exactly one of question/turns")
    if "turns" in c and not (2 <= len(c["turns"]) <= 3):
        errors.append(f"{cid}: turns must have 2-3 entries")
    if c.get("kind") not in KINDS:
        errors.append(f"{cid}: bad kind {c.get('kind')}")
    if c.get("kind") == "other-language" and not any(l in cid for l in ("spanish", "french", "portuguese", "german", "arabic", "russian", "chinese")):
        errors.append(f"{cid}: other-language id must name the language")
    if "doc" in c and c["doc"] not in texts:
        errors.append(f"{cid}: doc {c['doc']} does not exist")
    e = c.get("expect", {})
    if "answerable" not in e:
        errors.append(f"{cid}: expect.answerable missing")
    for sp in e.get("speakers", []) or []:
        if sp not in names:
            errors.append(f"{cid}: speaker {sp!r} not in gold")
    for alt in e.get("facts", []) or []:
        if not isinstance(alt, list) or not alt:
            errors.append(f"{cid}: facts must be a list of non-empty lists")
        elif e.get("answerable") and not any(normalize(a).lower() in " ".join(texts.values()).lower() for a in alt) \
                and c.get("kind") not in ("other-language", "conversational", "summary"):
            errors.append(f"{cid}: none of {alt} occurs in any document")
    if e.get("answerable") is False and e.get("facts"):
        errors.append(f"{cid}: unanswerable case must not have facts")
    if e.get("answerable") and c.get("kind") != "conversational" and not e.get("facts"):
        errors.append(f"{cid}: answerable case needs facts")
    if c.get("kind") in ("false-premise", "off-topic", "not-covered") and e.get("answerable") is not False:
        errors.append(f"{cid}: {c['kind']} case must be answerable: false")
    if c.get("kind") == "follow-up" and "turns" not in c:
        errors.append(f"{cid}: follow-up case needs turns")
    # if doc is given, facts should be in that doc
    if "doc" in c and e.get("answerable"):
        for alt in e.get("facts", []) or []:
            if not any(a.lower() in texts[c["doc"]].lower() for a in alt):
                errors.append(f"{cid}: facts {alt} not found in its doc {c['doc']}")

n_unans = sum(1 for c in cases if not c.get("expect", {}).get("answerable"))
if n_unans != 12:
    errors.append(f"expected 12 unanswerable cases, got {n_unans}")
if qs.get("name") != "vehicles" or qs.get("corpus") != ["docs"] or qs.get("gold") != ["gold.yaml"]:
    errors.append("questions.yaml header must be name: vehicles, corpus: [docs], gold: [gold.yaml]")

print(f"documents: {len(files)} -> {', '.join(files)}")
print(f"documents without sidecar: {no_meta}")
print(f"gold: {len(names)} speakers, {len(gold['sentences'])} sentences; per file: {dict(per_file)}")
print(f"cases: {len(cases)}; by kind: {dict(sorted(collections.Counter(c['kind'] for c in cases).items()))}")
print(f"answerable: {sum(1 for c in cases if c['expect']['answerable'])}, unanswerable: {sum(1 for c in cases if not c['expect']['answerable'])}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
