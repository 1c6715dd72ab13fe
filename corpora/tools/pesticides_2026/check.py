#!/usr/bin/env python3
"""Check that every fact and gold sentence occurs verbatim in the extracted text of the documents."""
import re
import sys
from pathlib import Path

import yaml
import pypdf
import docx
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "corpora" / "pesticides_2026"


def extract(p: Path) -> str:
    if p.suffix == ".pdf":
        t = " ".join(pg.extract_text() for pg in pypdf.PdfReader(str(p)).pages)
        return re.sub(r"\s+", " ", t)
    if p.suffix == ".docx":
        d = docx.Document(str(p))
        return "\n".join(par.text for par in d.paragraphs)
    if p.suffix == ".html":
        s = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        return re.sub(r"\s+", " ", s.find("article").get_text(" "))
    return p.read_text(encoding="utf-8")


texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if not p.name.endswith(".meta.yaml")}
for p in sorted(DOCS.glob("*.meta.yaml")):
    m = yaml.safe_load(p.read_text())
    assert {"title", "date", "place", "kind"} <= set(m), p
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["date"])), p
alltext = "\n".join(texts.values())
errors = 0
q = yaml.safe_load((ROOT / "evals" / "pesticides_questions.yaml").read_text())
g = yaml.safe_load((ROOT / "evals" / "pesticides_gold.yaml").read_text())
names = {s["name"] for d in g["documents"] for s in d["speakers"]}
ids = set()
for c in q["cases"]:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    assert ("question" in c) != ("turns" in c), c["id"]
    e = c["expect"]
    for sp in e.get("speakers") or []:
        if sp not in names:
            print("unknown speaker", c["id"], sp); errors += 1
    for alts in e.get("facts") or []:
        assert isinstance(alts, list), c["id"]
        for f in alts:
            if str(f) not in alltext:
                print("fact not found", c["id"], repr(f)); errors += 1
    if not e["answerable"]:
        assert not e.get("facts") and not e.get("speakers"), c["id"]
for doc in g["documents"]:
    assert doc["file"] in texts, doc["file"]
counts = {}
for s in g["sentences"]:
    counts[s["file"]] = counts.get(s["file"], 0) + 1
    if s["text"] not in texts[s["file"]]:
        print("sentence not found", s["file"], repr(s["text"])); errors += 1
    if s["speaker"] is not None and s["speaker"] not in names:
        print("unknown sentence speaker", s["speaker"]); errors += 1
print("cases", len(q["cases"]), "sentences per doc", counts)
print("errors", errors)
sys.exit(1 if errors else 0)
