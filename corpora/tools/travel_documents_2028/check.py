#!/usr/bin/env python3
"""Validate the blindz set: documents, metadata, gold.yaml and questions.yaml."""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import extract  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
META_KEYS = ["title", "date", "place", "publisher", "kind", "url"]
errors = []


def err(msg):
    errors.append(msg)


def main():
    files = sorted(f for f in os.listdir(DOCS) if not f.endswith(".meta.yaml"))
    texts = {f: extract(os.path.join(DOCS, f)) for f in files}
    expected = {"joint_ngo_statement.pdf", "podcast_episode.md", "summary_record.docx",
                "news_article.html", "interview.txt"}
    for f in expected:
        if f not in texts:
            err(f"missing document {f}")
    if not ({"meeting_report.html", "meeting_report.docx"} & set(texts)):
        err("missing meeting_report.(html|docx)")

    # metadata
    for f in files:
        stem = os.path.splitext(f)[0]
        mp = os.path.join(DOCS, stem + ".meta.yaml")
        if f == "interview.txt":
            if os.path.exists(mp):
                err("interview.txt must not have a meta file")
            continue
        if not os.path.exists(mp):
            err(f"no meta for {f}")
            continue
        raw = open(mp, encoding="utf-8").read()
        meta = yaml.safe_load(raw)
        for k in META_KEYS:
            if not meta.get(k):
                err(f"{mp}: missing key {k}")
        if "symbol" not in meta and "author" not in meta:
            err(f"{mp}: neither symbol nor author")
        if not str(meta.get("url", "")).startswith("https://") or ".example" not in str(meta.get("url")):
            err(f"{mp}: url should be https://...example/...")
        if not any(l.startswith("date: '") or l.startswith('date: "') for l in raw.splitlines()):
            err(f"{mp}: date not quoted")
        if isinstance(meta.get("date"), str) is False:
            err(f"{mp}: date not a string")

    # length
    for f, t in texts.items():
        n = len(t.split())
        if not 600 <= n <= 1500:
            err(f"{f}: {n} words, outside 600-1500")

    # gold
    gold = yaml.safe_load(open(os.path.join(ROOT, "gold.yaml"), encoding="utf-8"))
    listed = {}
    for d in gold["documents"]:
        if d["file"] not in texts:
            err(f"gold document {d['file']} not in docs")
        names = [s["name"] for s in d["speakers"]]
        if len(names) != len(set(names)):
            err(f"duplicate speakers in {d['file']}")
        for s in d["speakers"]:
            for k in ("name", "affiliation", "roles"):
                if k not in s:
                    err(f"{d['file']}: speaker {s} lacks {k}")
        listed[d["file"]] = set(names)
    all_speakers = set().union(*listed.values())
    attributed = 0
    seen = set()
    for s in gold["sentences"]:
        f, t, who = s["file"], s["text"], s["speaker"]
        if (f, t) in seen:
            err(f"duplicate gold sentence {f}: {t[:50]}")
        seen.add((f, t))
        if f not in texts:
            err(f"gold sentence for unknown file {f}")
            continue
        if t not in texts[f]:
            err(f"NOT A SUBSTRING [{f}]: {t!r}")
        elif texts[f].count(t) > 1:
            print(f"note: gold text occurs {texts[f].count(t)}x in {f}: {t[:60]!r}")
        if who is not None:
            attributed += 1
            if who not in listed.get(f, set()):
                err(f"speaker {who!r} not listed for {f}")
    if not 60 <= attributed <= 80:
        err(f"{attributed} attributed gold sentences, expected 60-80")

    # questions
    q = yaml.safe_load(open(os.path.join(ROOT, "questions.yaml"), encoding="utf-8"))
    for k in ("name", "corpus", "gold", "thresholds", "targets", "cases"):
        if k not in q:
            err(f"questions.yaml lacks {k}")
    ids = [c["id"] for c in q["cases"]]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        err(f"duplicate ids: {dup}")
    lower_all = {f: t.lower() for f, t in texts.items()}
    for c in q["cases"]:
        cid = c["id"]
        if ("question" in c) == ("turns" in c):
            err(f"{cid}: needs exactly one of question/turns")
        if "turns" in c and (not isinstance(c["turns"], list) or len(c["turns"]) < 2):
            err(f"{cid}: turns must be a list of >=2")
        e = c.get("expect", {})
        if "answerable" not in e:
            err(f"{cid}: expect.answerable missing")
        doc = c.get("doc")
        if doc and doc not in texts:
            err(f"{cid}: doc {doc} unknown")
        if not e.get("answerable"):
            if e.get("facts") or e.get("speakers"):
                err(f"{cid}: unanswerable case carries facts/speakers")
            continue
        for sp in e.get("speakers", []) or []:
            if sp not in all_speakers:
                err(f"{cid}: speaker {sp!r} is not a gold canonical name")
            elif doc and sp not in listed.get(doc, set()):
                err(f"{cid}: speaker {sp!r} not listed for its doc {doc}")
        for g in e.get("facts", []) or []:
            if not isinstance(g, list) or not g:
                err(f"{cid}: fact group must be a non-empty list: {g!r}")
                continue
            if not any(str(a).lower() in t for a in g for t in lower_all.values()):
                err(f"{cid}: no alternative of {g} found in any document")
            if doc and not any(str(a).lower() in lower_all[doc] for a in g):
                err(f"{cid}: no alternative of {g} found in its doc {doc}")
            for a in g:
                if len(str(a).split()) > 6:
                    err(f"{cid}: fact alternative too long: {a!r}")

    print(f"documents: {len(texts)}; gold sentences: {len(gold['sentences'])} ({attributed} attributed); "
          f"cases: {len(ids)}")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("check.py: ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
