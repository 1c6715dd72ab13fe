# -*- coding: utf-8 -*-
"""Build the 7 documents in ../docs, their sidecars, and ../gold.yaml."""
import html
import os
import sys

import yaml
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
from content import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
os.makedirs(DOCS, exist_ok=True)

GOLD = {}  # file -> list of (key, sentence)


def record(fname, segs):
    for k, s in segs:
        if k != SKIP:
            GOLD.setdefault(fname, []).append((k, s))


def join(segs):
    return " ".join(s for _, s in segs)


# ------------------------------------------------------------ 1 meeting report
def build_report():
    fn = "meeting_report.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    d.add_paragraph("United Nations")
    d.add_paragraph(MR_SYMBOL)
    d.add_paragraph("Distr.: General\n5 November 2030\nOriginal: English")
    d.add_heading(EM, level=1)
    d.add_paragraph("Tbilisi, 21-23 October 2030")
    d.add_heading("Report on the meeting of experts held in Tbilisi from 21 to 23 October 2030", level=2)
    n = 0
    for kind, val in MEETING_REPORT:
        if kind == "heading":
            d.add_heading(val, level=2)
        elif kind == "heading2":
            d.add_heading(val, level=3)
        elif kind == "agenda":
            for item in MR_AGENDA:
                d.add_paragraph("\t" + item)
        else:
            n += 1
            d.add_paragraph(f"{n}. " + join(val))
            record(fn, val)
    d.save(os.path.join(DOCS, fn))


# ------------------------------------------------------------ 2 transcript
def build_transcript():
    fn = "plenary_transcript.txt"
    out = TRANSCRIPT_HEADER + ["", "=" * 64, ""]
    for label, segs in TRANSCRIPT:
        out.append(f"{label}: " + join(segs))
        record(fn, segs)
        out.append("")
    out.append("[The meeting was suspended at 10.31 a.m.]")
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------ PDF helper
class PDF(FPDF):
    def __init__(self, footer_text):
        super().__init__()
        self.footer_text = footer_text
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONT_B)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 8)
        self.cell(0, 10, f"{self.footer_text} - page {self.page_no()}", align="C")


def ptext(pdf, text, size=11, bold=False, h=6, gap=3, indent=0):
    pdf.set_font("DV", "B" if bold else "", size)
    pdf.set_x(pdf.l_margin + indent)
    # keep each paragraph on one page so that no page footer splits a sentence
    lines = pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, text, align="L",
                           dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * h > pdf.h - pdf.b_margin:
        pdf.add_page()
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, text, align="L")
    pdf.ln(gap)


# ------------------------------------------------------------ 3 insurers
def build_insurers():
    fn = "insurers_written_contribution.pdf"
    pdf = PDF("International Motor Insurers' Alliance - written contribution, October 2030")
    pdf.add_page()
    ptext(pdf, "INTERNATIONAL MOTOR INSURERS' ALLIANCE (IMIA)", 9, True)
    ptext(pdf, IN_TITLE, 15, True)
    ptext(pdf, IN_SUBTITLE, 11, True)
    ptext(pdf, IN_PLACE_DATE, 10)
    for head, blocks in IN_SECTIONS:
        ptext(pdf, head, 12, True)
        for b in blocks:
            if b == "TABLE":
                ptext(pdf, "Table 1. Motor vehicle theft claims reported by IMIA members, 2027-2029", 10, True)
                widths = [20, 36, 40, 36, 40]
                for r, row in enumerate(IN_TABLE):
                    pdf.set_font("DV", "B" if r == 0 else "", 9)
                    for w, v in zip(widths, row):
                        pdf.cell(w, 7, v, border=1)
                    pdf.ln(7)
                pdf.ln(2)
                ptext(pdf, "Source: IMIA members' claims data, aggregated; figures rounded.", 8)
            else:
                ptext(pdf, join(b))
                record(fn, b)
    ptext(pdf, "Contact: policy@imia-insurers.example.org", 9)
    pdf.output(os.path.join(DOCS, fn))


# ------------------------------------------------------------ 4 news story
def build_news():
    fn = "news_story.html"
    e = html.escape
    body = "\n".join(f"      <p>{e(join(segs))}</p>" for segs in NEWS_BODY)
    for segs in NEWS_BODY:
        record(fn, segs)
    related = "\n".join(f'        <li><a href="/news/{i}">{e(t)}</a></li>' for i, t in enumerate(NEWS_RELATED, 1))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(NEWS_TITLE)} | {NEWS_OUTLET}</title>
  <style>body{{font-family:Georgia,serif;margin:0}} nav a{{margin-right:1em}} .byline{{color:#555}}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <nav class="site-nav">
    <a href="/">Home</a> <a href="/georgia">Georgia</a> <a href="/region">Region</a> <a href="/business">Business</a>
    <a href="/crime">Crime &amp; Justice</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a>
  </nav>
  <header class="masthead">
    <p class="logo">{NEWS_OUTLET}</p>
    <p class="tagline">Independent news from Georgia and the South Caucasus</p>
  </header>
  <main>
    <article>
      <p class="section">Crime &amp; Justice</p>
      <h1>{e(NEWS_TITLE)}</h1>
      <p class="byline">{e(NEWS_BYLINE)} &middot; <time datetime="2030-10-23">{NEWS_DATE}</time> &middot; Tbilisi</p>
{body}
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2030 Caucasus Ledger Media LLC, Tbilisi, Georgia. All rights reserved.</p>
    <p><a href="/about">About us</a> | <a href="/privacy">Privacy</a> | <a href="/advertise">Advertise</a></p>
  </footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write(page)


# ------------------------------------------------------------ 5 Chair's summary (md)
def build_chair_summary():
    fn = "chair_summary.md"
    out = [f"{CS_SYMBOL} | Tbilisi, 23 October 2030", "", "# " + EM, "", "## Chair's summary", "",
           "*Prepared by the Chair, Ambassador Davit Lomidze (Georgia)*", ""]
    for head, paras in CS_SECTIONS:
        out += [head, ""]
        for segs in paras:
            out += [join(segs), ""]
            record(fn, segs)
    out += ["## III. Recommendations", "", CS_REC_LEAD[1], ""]
    record(fn, [CS_REC_LEAD])
    for i, seg in enumerate(CS_RECS):
        out.append(f"({'abcdefghij'[i]}) " + seg[1])
        record(fn, [seg])
    out += ["", "## IV. Next steps", ""]
    for segs in CS_NEXT:
        out += [join(segs), ""]
        record(fn, segs)
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------ 6 interview
def build_interview():
    fn = "interview.txt"
    out = list(IV_HEADER)
    out += [join(IV_INTRO), ""]
    record(fn, IV_INTRO)
    for label, segs in IV_QA:
        out += [f"{label}: " + join(segs), ""]
        record(fn, segs)
    out.append(IV_FOOTER)
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------ 7 meeting B note
def build_note_b():
    fn = "meeting_b_note.pdf"
    pdf = PDF(NB_SYMBOL)
    pdf.add_page()
    ptext(pdf, NB_SYMBOL + " - 19 September 2031 - English only", 9)
    ptext(pdf, NB_TITLE, 14, True)
    ptext(pdf, NB_SUB, 10)
    for head, blocks in NB_SECTIONS:
        ptext(pdf, head, 12, True)
        for b in blocks:
            ptext(pdf, join(b))
            record(fn, b)
    pdf.output(os.path.join(DOCS, fn))


def write_meta():
    for fn, meta in META.items():
        with open(os.path.join(DOCS, fn + ".meta.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(meta, f, allow_unicode=True, sort_keys=False)


def write_gold():
    docs, sents = [], []
    for fn, segs in GOLD.items():
        keys = []
        for k, s in segs:
            if k and k not in keys:
                keys.append(k)
            sents.append({"file": fn, "text": s, "speaker": PEOPLE[k][0] if k else None})
        docs.append({"file": fn, "speakers": [
            {"name": PEOPLE[k][0], "affiliation": PEOPLE[k][1], "roles": list(PEOPLE[k][2])} for k in keys]})
    with open(os.path.join(ROOT, "gold.yaml"), "w", encoding="utf-8") as f:
        f.write("# Gold speakers and sentences of the vehicles set (generated by tools/build.py from tools/content.py).\n")
        yaml.safe_dump({"documents": docs, "sentences": sents}, f, allow_unicode=True,
                       sort_keys=False, width=1000)
    names = {s["speaker"] for s in sents if s["speaker"]}
    print(f"gold: {len(docs)} documents, {len(sents)} sentences "
          f"({sum(1 for s in sents if s['speaker'])} attributed), {len(names)} speakers")


if __name__ == "__main__":
    build_report()
    build_transcript()
    build_insurers()
    build_news()
    build_chair_summary()
    build_interview()
    build_note_b()
    write_meta()
    write_gold()
    print(sorted(os.listdir(DOCS)))
