"""Self-check of corpora/extra/ against evals/extra_gold.yaml and evals/extra_questions.yaml.

Usage: .venv/bin/python corpora/tools/check_extra.py   (python-docx, pypdf, bs4, pyyaml)
Checks: every gold sentence occurs exactly once in its document's extracted text; every gold
speaker name is a speaker listed for that document; every .meta.yaml has the required keys; every
answerable question's fact groups occur (case-insensitive) in at least one document of the full
corpus (seed + dev + extra); sidebar/cookie/footer-only words are absent from the article text.
"""
import re
import sys
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

MAIN = Path(__file__).resolve().parents[2]
EXTRA = MAIN / "corpora" / "extra"
DEV = Path(__file__).resolve().parents[1] / "dev"
SEED = MAIN / "source_docs"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def extract(path: Path) -> dict:
    suf = path.suffix.lower()
    if suf == ".docx":
        d = Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append("\t".join(c.text for c in row.cells))
        t = "\n".join(parts)
        return {"main": t, "all": t}
    if suf == ".pdf":
        t = norm(" ".join(p.extract_text() for p in PdfReader(path).pages))
        return {"main": t, "all": t}
    if suf == ".html":
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
        allt = norm(soup.get_text(" "))
        art = soup.find("article")
        for f in art.find_all("footer"):
            f.decompose()
        return {"main": norm(art.get_text(" ")), "all": allt}
    t = path.read_text(encoding="utf-8")
    if suf == ".md":
        stripped = re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)|^#+\s*", "", t, flags=re.M)
        return {"main": t, "stripped": stripped, "all": t}
    return {"main": t, "all": t}


def main():
    gold = yaml.safe_load((MAIN / "evals" / "extra_gold.yaml").read_text(encoding="utf-8"))
    texts = {}
    for p in sorted(EXTRA.iterdir()):
        if p.name.endswith(".meta.yaml"):
            meta = yaml.safe_load(p.read_text(encoding="utf-8"))
            for k in ("title", "date", "place", "publisher", "kind"):
                if k not in meta:
                    fail(f"{p.name}: missing {k}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("date"))):
                fail(f"{p.name}: bad date")
            continue
        texts[p.name] = extract(p)
        stem = p.name.rsplit(".", 1)[0]
        if not (EXTRA / f"{stem}.meta.yaml").exists():
            fail(f"{p.name}: no meta")
        words = len(texts[p.name]["main"].split())
        print(f"{p.name}: {words} words")
    speakers = {d["file"]: {s["name"] for s in d["speakers"]} for d in gold["documents"]}
    if set(speakers) != set(texts):
        fail(f"gold documents {sorted(speakers)} != files {sorted(texts)}")
    counts = {}
    for s in gold["sentences"]:
        f, t = s["file"], s["text"]
        counts[f] = counts.get(f, 0) + 1
        hay = texts[f]["main"]
        n = hay.count(t)
        if n != 1:
            fail(f"{f}: {n} occurrences of {t!r}")
        if "stripped" in texts[f] and texts[f]["stripped"].count(t) != 1:
            fail(f"{f}: not once in markup-stripped text: {t!r}")
        if any(m in t for m in ("**", "<", ">")):
            fail(f"{f}: markup in gold text {t!r}")
        if s["speaker"] is not None and s["speaker"] not in speakers[f]:
            fail(f"{f}: speaker {s['speaker']} not among the document's speakers")
    print("gold sentences per document:", counts)

    # whole corpus for the questions: seed + dev + extra
    corpus = dict(texts)
    for p in list(SEED.iterdir()) + list(DEV.iterdir()):
        if p.is_file() and p.suffix in (".txt", ".md", ".html", ".pdf", ".docx") and not p.name.endswith(".meta.yaml"):
            if p.parent == DEV and p.name in ("README.md",):
                continue
            corpus[p.name] = extract(p)
    qpath = MAIN / "evals" / "extra_questions.yaml"
    if qpath.exists():
        q = yaml.safe_load(qpath.read_text(encoding="utf-8"))
        ids = [c["id"] for c in q["cases"]]
        if len(ids) != len(set(ids)):
            fail("duplicate ids")
        allspk = {s for v in speakers.values() for s in v}
        for c in q["cases"]:
            e = c["expect"]
            if ("question" in c) == ("turns" in c):
                fail(f"{c['id']}: needs exactly one of question/turns")
            for grp in e.get("facts") or []:
                ok = any(alt.lower() in norm(d["main"]).lower() for alt in grp for d in corpus.values())
                if not ok and grp != ["English"]:
                    fail(f"{c['id']}: fact {grp} not in any document")
            for sp in e.get("speakers") or []:
                if sp not in allspk and not any(sp in d["main"] for d in corpus.values()):
                    fail(f"{c['id']}: speaker {sp} unknown")
        # key terms of unanswerable cases: absent from every document's main text
        absent = {"unans-absent-person": "aalto", "unans-absent-delegation": "australia",
                  "unans-absent-organisation": "interpol", "unans-eu-funding-amount": "euros",
                  "unans-sidebar-ferry": "ferry", "unans-sidebar-orchids": "orchid",
                  "unans-sidebar-salary": "salary", "unans-cookie-banner": "cookie",
                  "unans-consultation-vote": "resolution", "unans-future-chair-2025": "2025 constructive",
                  "unans-fabricated-quote-kettunen": "abolish", "unans-fabricated-quote-brekke": "abolish"}
        for cid, term in absent.items():
            if cid not in ids:
                fail(f"missing case {cid}")
            hits = [n for n, d in corpus.items() if term in d["main"].lower()]
            if hits:
                fail(f"{cid}: {term!r} occurs in {hits}")
        print(f"{len(ids)} question cases; answerable={sum(c['expect']['answerable'] for c in q['cases'])}")
    html = texts["news_witness_consultation_2024.html"]
    for w in ("ferry strike", "salary scale", "orchid", "cookies", "Monitor Weekly"):
        if w.lower() in html["main"].lower() or w.lower() not in html["all"].lower():
            fail(f"html: {w!r} must be on the page but outside the article")
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
