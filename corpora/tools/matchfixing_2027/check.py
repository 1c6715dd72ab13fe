#!/usr/bin/env python3
"""Verify gold.yaml and questions.yaml against the extracted text of docs/.

Extraction: PDF = pypdf text, whitespace collapsed; DOCX = paragraph text;
HTML = visible text of <article>; TXT/MD = file as written.
Gold sentences must be exact substrings of their own document (also tested
with whitespace collapsed).  Fact strings must occur (case-insensitive) in at
least one document.
"""
import re
import sys
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]  # the repository
DOCS = ROOT / "corpora" / "matchfixing_2027"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    suf = path.suffix.lower()
    if suf == ".pdf":
        return ws(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))
    if suf == ".docx":
        return "\n".join(p.text for p in Document(str(path)).paragraphs)
    if suf in (".html", ".htm"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        art = soup.find("article")
        return art.get_text("\n")
    return path.read_text(encoding="utf-8")


def main():
    texts = {p.name: extract(p) for p in sorted(DOCS.iterdir()) if not p.name.endswith(".yaml")}
    errors = []
    print("documents:")
    for name, t in texts.items():
        print(f"  {name}: {len(t.split())} words")
        if name.endswith((".docx", ".pdf", ".html", ".md")):
            stem = name.rsplit(".", 1)[0]
            meta = DOCS / f"{stem}.meta.yaml"
            if not meta.exists():
                errors.append(f"missing meta for {name}")
            else:
                m = yaml.safe_load(meta.read_text())
                for k in ("title", "date", "place", "publisher", "kind", "url"):
                    if k not in m:
                        errors.append(f"{meta.name}: missing key {k}")

    gold = yaml.safe_load((ROOT / "evals" / "matchfixing_gold.yaml").read_text(encoding="utf-8"))
    speakers_by_doc = {}
    for d in gold["documents"]:
        if d["file"] not in texts:
            errors.append(f"gold documents: unknown file {d['file']}")
        speakers_by_doc[d["file"]] = {s["name"] for s in d["speakers"]}
    n = 0
    for s in gold["sentences"]:
        n += 1
        f = s["file"]
        if f not in texts:
            errors.append(f"gold sentence: unknown file {f}")
            continue
        t = texts[f]
        if s["text"] not in t and ws(s["text"]) not in ws(t):
            errors.append(f"gold sentence not found in {f}: {s['text'][:80]!r}")
        sp = s.get("speaker")
        if sp is not None and sp not in speakers_by_doc.get(f, set()):
            errors.append(f"gold speaker {sp!r} not listed for {f}")
    print(f"gold sentences: {n}")

    q = yaml.safe_load((ROOT / "evals" / "matchfixing_questions.yaml").read_text(encoding="utf-8"))
    alltext = ws(" ".join(texts.values())).lower()
    all_speakers = set().union(*speakers_by_doc.values())
    ids = set()
    nfacts = 0
    sections = {}
    for c in q["cases"]:
        cid = c["id"]
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        sections[cid.split("-")[0]] = sections.get(cid.split("-")[0], 0) + 1
        if ("question" in c) == ("turns" in c):
            errors.append(f"{cid}: needs exactly one of question/turns")
        e = c["expect"]
        if "doc" in c and c["doc"] not in texts:
            errors.append(f"{cid}: unknown doc {c['doc']}")
        for sp in e.get("speakers", []) or []:
            if sp not in all_speakers:
                errors.append(f"{cid}: speaker {sp!r} not in gold")
        for group in e.get("facts", []) or []:
            if not isinstance(group, list) or not group:
                errors.append(f"{cid}: facts must be a list of non-empty lists")
                continue
            nfacts += 1
            if "doc" in c and c["doc"] in texts:
                dtext = ws(texts[c["doc"]]).lower()
                if not any(ws(str(alt)).lower() in dtext for alt in group):
                    errors.append(f"{cid}: fact {group!r} not found in its doc {c['doc']}")
            if not any(ws(str(alt)).lower() in alltext for alt in group):
                errors.append(f"{cid}: no alternative of fact {group!r} found in any document")
            for alt in group:
                if ws(str(alt)).lower() not in alltext:
                    print(f"  note: {cid}: alternative {alt!r} not literally in docs (ok if another alternative is)")
        if not e.get("answerable", True) and (e.get("facts") or e.get("speakers")):
            errors.append(f"{cid}: unanswerable case with facts/speakers")
    print(f"cases: {len(q['cases'])}, fact groups: {nfacts}")
    print("sections:", dict(sorted(sections.items())))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("PASSED")


if __name__ == "__main__":
    main()
