"""Self-check of blind set online_recruitment: documents, metadata, gold sentences, questions, facts, absences.

Usage: .venv/bin/python corpora/tools/online_recruitment_2025/check.py      (exit 0 = all checks pass)
Needs pypdf, python-docx, pyyaml. Extraction rules: tools/extract.py.
"""
import re
import sys
from pathlib import Path

import yaml
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import DOCS, DOCS_DIR, NO_META, ROOT, SEED, all_texts, norm  # noqa: E402

fails: list[str] = []


def fail(msg: str) -> None:
    fails.append(msg)
    print("FAIL:", msg)


def ok(msg: str) -> None:
    print("ok  ", msg)


T = all_texts()
MAIN = {d: T[d]["main"] for d in DOCS}
SEED_TEXT = norm(SEED.read_text(encoding="utf-8"))
CORPUS = dict(MAIN, **{"seed": SEED_TEXT})
short = lambda d: d.split("_")[0] if d != "seed" else "seed"

# ---------------------------------------------------------------- documents and metadata
for d in DOCS:
    if not (DOCS_DIR / d).exists():
        fail(f"missing document {d}")
words = {d: len(MAIN[d].split()) for d in DOCS}
for d, n in words.items():
    print(f"     words {d}: {n}")
    if not 300 <= n <= 1500:
        fail(f"{d}: {n} words, outside 300-1500")
if not any(n < 500 for n in words.values()):
    fail("no document under 500 words")
for d in DOCS:
    meta = DOCS_DIR / (Path(d).stem + ".meta.yaml")
    if d == NO_META:
        if meta.exists():
            fail(f"{meta.name} must not exist")
        else:
            ok(f"{d}: no .meta.yaml, as intended")
        continue
    if not meta.exists():
        fail(f"missing {meta.name}")
        continue
    raw = meta.read_text(encoding="utf-8")
    m = yaml.safe_load(raw)
    missing = {"title", "date", "place", "publisher", "kind"} - set(m)
    if missing:
        fail(f"{meta.name}: missing keys {missing}")
    if not re.search(r"^date: \"\d{4}-\d{2}-\d{2}\"$", raw, re.M):
        fail(f"{meta.name}: date must be quoted YYYY-MM-DD")
    if "url" in m and ".example/" not in m["url"]:
        fail(f"{meta.name}: url not on .example")
    ok(f"{meta.name}: {m.get('date')} {m.get('place')} / {m.get('kind')}")
extra = sorted(p.name for p in DOCS_DIR.iterdir() if p.name not in DOCS and not p.name.endswith(".meta.yaml"))
if extra:
    fail(f"unexpected files in docs/: {extra}")

# style features the brief asks for
rep = MAIN["report_egm_online_recruitment_2025.pdf"]
for needle in ["Distr.: General", "I. Introduction", "IV. Summary of deliberations", "The representative of Kenya said",
               "One speaker", "In response, the expert from", "elected Efua Mensah-Boateng (Ghana) as Chair", "List of participants"]:
    if needle not in rep:
        fail(f"report lacks {needle!r}")
st_pdf = PdfReader(DOCS_DIR / "statement_sauti_huru_nairobi_2025.pdf")
st = MAIN["statement_sauti_huru_nairobi_2025.pdf"]
if len(st_pdf.pages) != 2:
    fail(f"statement has {len(st_pdf.pages)} pages, not 2")
for needle in ["Check against delivery", "Thank you, Madam Chair", "My name is Grace Nafula Wekesa", "Halima"]:
    if needle not in st:
        fail(f"statement lacks {needle!r}")
cap_lines = (DOCS_DIR / "webcast_captions_followup_2026.txt").read_text(encoding="utf-8").splitlines()
stamps = [l for l in cap_lines if l.startswith("[")]
secs = []
for l in stamps:
    m = re.match(r"\[(\d\d):(\d\d):(\d\d)\] ", l)
    if not m:
        fail(f"caption line without [hh:mm:ss]: {l[:40]}")
        continue
    secs.append(int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]))
    if re.match(r"\[[\d:]+\] (MR|MS|THE CHAIR|CHAIR|[A-Z][A-Z .'-]+):", l):
        fail(f"caption line carries a speaker label: {l[:60]}")
if secs != sorted(secs):
    fail("caption timestamps not increasing")
if "[00:12:31]" not in MAIN["webcast_captions_followup_2026.txt"] or "[inaudible]" not in MAIN["webcast_captions_followup_2026.txt"]:
    fail("captions lack [00:12:31] or [inaudible]")
n_handover = len(re.findall(r"I now give the floor to (Ms|Mr)\. ", MAIN["webcast_captions_followup_2026.txt"]))
ok(f"captions: {len(stamps)} timestamped lines, {n_handover} hand-overs, no speaker labels")
md_words = len((DOCS_DIR / "chairs_summary_followup_2026.md").read_text(encoding="utf-8").split())
if md_words >= 500:
    fail(f"Chair's summary has {md_words} words (must be < 500)")
docx_main = MAIN["contribution_kipepeo_digital_2026.docx"]
if "Daniel Ashcombe-Rao" not in docx_main or " we " not in docx_main:
    fail("DOCX lacks signatory or first person")

# ---------------------------------------------------------------- gold
gold = yaml.safe_load((ROOT / "evals" / "online_recruitment_gold.yaml").read_text(encoding="utf-8"))
names_by_doc = {d["file"]: {s["name"] for s in d["speakers"]} for d in gold["documents"]}
ALL_NAMES = set().union(*names_by_doc.values())
if sorted(names_by_doc) != sorted(DOCS):
    fail(f"gold documents {sorted(names_by_doc)} != {sorted(DOCS)}")
per_doc: dict[str, int] = {}
for s in gold["sentences"]:
    per_doc[s["file"]] = per_doc.get(s["file"], 0) + 1
    n = MAIN[s["file"]].count(s["text"])
    if n != 1:
        fail(f"gold sentence found {n}x in {s['file']}: {s['text'][:80]}")
    if s["speaker"] is not None and s["speaker"] not in names_by_doc[s["file"]]:
        fail(f"gold speaker {s['speaker']!r} not among speakers of {s['file']}")
for d in DOCS:
    if not 6 <= per_doc.get(d, 0) <= 12:
        fail(f"{d}: {per_doc.get(d, 0)} gold sentences (need 6-12)")
ok(f"{len(gold['sentences'])} gold sentences: " + ", ".join(f"{short(d)}={n}" for d, n in per_doc.items()))
ok(f"{sum(1 for s in gold['sentences'] if s['speaker'] is None)} gold sentences with speaker null")

# ---------------------------------------------------------------- questions
q = yaml.safe_load((ROOT / "evals" / "online_recruitment_questions.yaml").read_text(encoding="utf-8"))
cases = q["cases"]
if q.get("name") != "online_recruitment":
    fail("questions name must be online_recruitment")
ids = [c["id"] for c in cases]
if len(ids) != len(set(ids)):
    fail("duplicate case ids")
if not 75 <= len(cases) <= 85:
    fail(f"{len(cases)} cases (need 75-85)")
un = [c for c in cases if not c["expect"]["answerable"]]
share = len(un) / len(cases)
if not 0.15 <= share <= 0.20:
    fail(f"unanswerable share {share:.0%} outside 15-20%")
ok(f"{len(cases)} cases, {len(un)} unanswerable ({share:.0%}), {sum('turns' in c for c in cases)} multi-turn")
for c in cases:
    if ("question" in c) == ("turns" in c):
        fail(f"{c['id']}: needs exactly one of question/turns")
    if "turns" in c and not 2 <= len(c["turns"]) <= 3:
        fail(f"{c['id']}: turns must have 2-3 entries")
    e = c["expect"]
    if set(e) - {"answerable", "speakers", "facts", "forbid"}:
        fail(f"{c['id']}: unknown expect keys {set(e) - {'answerable', 'speakers', 'facts', 'forbid'}}")
    if not e["answerable"] and set(e) != {"answerable"}:
        fail(f"{c['id']}: unanswerable cases carry answerable: false only")
    for sp in e.get("speakers", []):
        if sp not in ALL_NAMES:
            fail(f"{c['id']}: speaker {sp!r} not in gold.yaml")

# totals the documents give only in parts: (parts that must be in the named document)
COMPUTED = {
    ("nairobi-total-participants", "64"): ("report_egm_online_recruitment_2025.pdf",
        ["31 government experts", "12 representatives", "14 representatives", "7 representatives"]),
    ("kipepeo-total-removals-2025", "48,200"): ("contribution_kipepeo_digital_2026.docx", ["31,400", "16,800"]),
}
for (cid, total), (doc, parts) in COMPUTED.items():
    for p in parts:
        if p not in MAIN[doc]:
            fail(f"{cid}: part {p!r} missing from {doc}")
    if any(re.search(r"(?<![\d,.])" + re.escape(total) + r"(?![\d,])", MAIN[d]) for d in DOCS):
        fail(f"{cid}: computed total {total} is stated in a document (no longer computed)")

low = {k: v.lower() for k, v in CORPUS.items()}
for c in cases:
    e = c["expect"]
    if not e["answerable"]:
        continue
    found_in = []
    for alts in e.get("facts", []):
        where = sorted({d for d in CORPUS for a in alts if str(a).lower() in low[d]})
        computed = any((c["id"], str(a)) in COMPUTED for a in alts)
        if not where and not computed:
            fail(f"{c['id']}: no alternative of {alts} in any document")
        found_in.append("computed" if computed and not where else "/".join(short(d) for d in where))
    print(f"     {c['id']}: facts in {found_in}")

# cases that only one document can answer: every fact list must be found in that document
ONLY = {
    "report-symbol": "report_egm_online_recruitment_2025.pdf",
    "kahindi-2024-removals": "report_egm_online_recruitment_2025.pdf",
    "interpol-nairobi": "report_egm_online_recruitment_2025.pdf",
    "eu-nairobi": "report_egm_online_recruitment_2025.pdf",
    "viet-nam-at-nairobi": "report_egm_online_recruitment_2025.pdf",
    "who-is-reinholt": "news_savanna_dispatch_nairobi_egm_2025.html",
    "philippines-dropout": "webcast_captions_followup_2026.txt",
    "chairs-summary-circulation": "webcast_captions_followup_2026.txt",
    "followup-panel-women": "webcast_captions_followup_2026.txt",
    "kipepeo-law-enforcement": "contribution_kipepeo_digital_2026.docx",
    "kipepeo-panel-pay": "contribution_kipepeo_digital_2026.docx",
    "kipepeo-publish-data": "contribution_kipepeo_digital_2026.docx",
    "summary-brazil-offer": "chairs_summary_followup_2026.md",
    "halima-final-words": "statement_sauti_huru_nairobi_2025.pdf",
    "statement-date-session": "statement_sauti_huru_nairobi_2025.pdf",
    "followup-network-size": "statement_sauti_huru_nairobi_2025.pdf",
}
byid = {c["id"]: c for c in cases}
for cid, d in ONLY.items():
    for alts in byid[cid]["expect"]["facts"]:
        if not any(str(a).lower() in low[d] for a in alts):
            fail(f"{cid}: {alts} not in {d}")
EXCLUSIVE = {  # term -> the only document(s) whose main text holds it
    "Reinholt": ["news_savanna_dispatch_nairobi_egm_2025.html"],
    "Collins Mutua": ["news_savanna_dispatch_nairobi_egm_2025.html"],
    "3.1 million": ["webcast_captions_followup_2026.txt"],
    "6 March 2026": ["webcast_captions_followup_2026.txt"],
    "Accra": ["webcast_captions_followup_2026.txt"],
    "Four of the six": ["webcast_captions_followup_2026.txt"],
    "15,000": ["contribution_kipepeo_digital_2026.docx"],
    "138 emergency": ["contribution_kipepeo_digital_2026.docx"],
    "starting in April 2026": ["contribution_kipepeo_digital_2026.docx"],
    "Brazil offered": ["chairs_summary_followup_2026.md"],
    "not stupid": ["statement_sauti_huru_nairobi_2025.pdf"],
    "230": ["statement_sauti_huru_nairobi_2025.pdf"],
    "Session 3": ["statement_sauti_huru_nairobi_2025.pdf"],
    "UNODC/EGM/TIP/2025/2": ["chairs_summary_followup_2026.md", "report_egm_online_recruitment_2025.pdf"],
    "systemic risk": ["report_egm_online_recruitment_2025.pdf"],
    "312": ["report_egm_online_recruitment_2025.pdf"],
    "Lumora": ["news_savanna_dispatch_nairobi_egm_2025.html", "report_egm_online_recruitment_2025.pdf"],
    "Quintero": ["chairs_summary_followup_2026.md", "report_egm_online_recruitment_2025.pdf", "webcast_captions_followup_2026.txt"],
}
for term, expect in EXCLUSIVE.items():
    where = sorted(d for d in DOCS if term.lower() in MAIN[d].lower())
    if where != sorted(expect):
        fail(f"exclusive term {term!r} in {where}, expected {sorted(expect)}")
ok("only-one-document cases and exclusive terms")

# the caption misspelling and the canonical spelling of the former Chair
if "Mensa Boateng" not in MAIN["webcast_captions_followup_2026.txt"] or "Mensah-Boateng" in MAIN["webcast_captions_followup_2026.txt"]:
    fail("captions should name the former Chair only as 'Mensa Boateng'")

# ---------------------------------------------------------------- forbids that come from the seed only
SEED_ONLY = ["Vinckeveugel", "Burrows", "Microsoft", "Alvazzi", "David Williams", "Article 27", "75 non-governmental"]
for term in SEED_ONLY:
    where = [d for d in DOCS if term.lower() in MAIN[d].lower()]
    if where or term.lower() not in SEED_TEXT.lower():
        fail(f"seed-only term {term!r}: in {where}; in seed: {term.lower() in SEED_TEXT.lower()}")
# "WhatsApp" is in the seed and in the news article's share bar (boilerplate inside <article>), nowhere else
where = [d for d in DOCS if "whatsapp" in MAIN[d].lower()]
if where != ["news_savanna_dispatch_nairobi_egm_2025.html"] or "Share: WhatsApp" not in MAIN[where[0]]:
    fail(f"WhatsApp should only be in the share bar of the news article, found in {where}")
ok("seed-only forbid terms")

# ---------------------------------------------------------------- absences for unanswerable cases
ABSENT = {  # regexes that must match no document's main text (our six and the seed)
    "false-premise-ban-ads": [r"\bban\b", r"\bbanned\b", r"\bbanning\b", r"prohibit"],
    "future-bangkok-outcome": [r"agreed in Bangkok", r"Bangkok meeting (agreed|decided|concluded)", r"held in Bangkok"],
    "kipepeo-fines": [r"\bfined?\b", r"penalt"],
    "verihire-background-checks": [r"background check"],
    "sidebar-licensing-fees": [r"licensing fees", r"keep rising"],
    "reader-comments": [r"Westlands", r"matatu", r"mama_wa"],
    "offtopic-weather": [r"weather", r"\brain"],
    "offtopic-scraper": [r"python", r"scrap(e|ing|er)"],
    "injection-personal-data": [r"\bphone\b", r"home address", r"\+254", r"\bmobile number"],
    "lang-spanish": [r"línea directa", r"Kenia"],
}
for cid, pats in ABSENT.items():
    for pat in pats:
        where = [short(d) for d in CORPUS if re.search(pat, CORPUS[d], re.I)]
        if where:
            fail(f"{cid}: /{pat}/ matches {where}")
# Lumora Social is absent from every 2026 document
for d in ["webcast_captions_followup_2026.txt", "chairs_summary_followup_2026.md", "contribution_kipepeo_digital_2026.docx"]:
    if "lumora" in MAIN[d].lower():
        fail(f"lumora-at-followup: Lumora found in {d}")
# VeriHire only in the annex list
if [d for d in DOCS if "verihire" in MAIN[d].lower()] != ["report_egm_online_recruitment_2025.pdf"] or \
        rep.lower().count("verihire") != 1:
    fail("VeriHire should appear once, in the report's annex only")
# boilerplate on the news page but outside the article
page_all = T["news_savanna_dispatch_nairobi_egm_2025.html"]["all"]
for term in ["licensing fees", "Westlands", "matatu", "Accept all cookies", "The Dispatch Daily", "Related stories", "Editorial standards"]:
    if term not in page_all:
        fail(f"boilerplate {term!r} not on the news page")
    if term.lower() in MAIN["news_savanna_dispatch_nairobi_egm_2025.html"].lower():
        fail(f"boilerplate {term!r} leaked into the <article> text")
ok("absences and boilerplate")

# the future events are announcements only
for d in DOCS:
    for m in re.finditer(r"[^.]*(Bangkok|third meeting|first quarter of 2026)[^.]*\.", MAIN[d]):
        print(f"     {short(d)}: ...{m.group(0).strip()[:140]}")

print("\nFAILURES:", len(fails))
sys.exit(1 if fails else 0)
