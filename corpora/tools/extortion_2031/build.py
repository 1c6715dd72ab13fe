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


# ------------------------------------------------------------ 1 summary record
def build_summary_record():
    fn = "summary_record.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    d.add_paragraph("United Nations")
    d.add_paragraph(SR_SYMBOL)
    d.add_paragraph("Distr.: General\n20 May 2031\nOriginal: English")
    d.add_heading(EG, level=1)
    d.add_paragraph("First meeting\nAccra, 12-14 May 2031")
    d.add_heading("Summary record of the 1st meeting", level=2)
    d.add_paragraph("Held at the Accra International Conference Centre, on Monday, 12 May 2031, at 10 a.m.")
    d.add_paragraph("Chair: Mr. Asante-Mensah (Ghana)")
    d.add_paragraph("Contents: Opening of the meeting; Adoption of the agenda and organization of work; General discussion")
    n = 0
    for kind, val in SUMMARY_RECORD:
        if kind == "heading":
            d.add_heading(val, level=3)
        elif kind == "para":
            n += 1
            d.add_paragraph(f"{n}. " + join(val))
            record(fn, val)
        else:
            d.add_paragraph(join(val))
            record(fn, val)
    d.save(os.path.join(DOCS, fn))


# ------------------------------------------------------------ 2 transcript
def build_transcript():
    fn = "panel_transcript.txt"
    out = TRANSCRIPT_HEADER + ["", "-" * 60, ""]
    for label, segs in TRANSCRIPT:
        if segs is None:
            out.append(label)
        else:
            out.append(f"{label}: " + join(segs))
            record(fn, segs)
        out.append("")
    out.append("[End of transcript - 4.52 p.m.]")
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
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, text, align="L")
    pdf.ln(gap)


# ------------------------------------------------------------ 3 NGO statement
def build_ngo():
    fn = "ngo_joint_statement.pdf"
    pdf = PDF("Joint Civil Society Statement - Accra 2031")
    pdf.add_page()
    ptext(pdf, NGO_TITLE, 16, True)
    ptext(pdf, NGO_SUBTITLE, 12, True)
    ptext(pdf, NGO_PLACE_DATE, 11)
    for segs in NGO_BODY:
        ptext(pdf, join(segs))
        record(fn, segs)
    ptext(pdf, "Signed by:", 11, True)
    for s in NGO_SIGNATORIES:
        ptext(pdf, "- " + s, gap=1)
    pdf.output(os.path.join(DOCS, fn))


# ------------------------------------------------------------ 4 HTML event page
def build_html():
    fn = "event_page.html"
    e = html.escape
    rows = "\n".join(
        f"        <tr><td>{e(d)}</td><td>{e(t)}</td><td>{e(s)}</td><td>{e(sp)}</td></tr>"
        for d, t, s, sp in HTML_PROGRAMME)
    bios = "\n".join(
        f"      <div class=\"bio\"><h3>{e(n)}</h3><p>{e(join(segs))}</p></div>" for n, segs in HTML_BIOS)
    recap = "\n".join(f"      <p>{e(join(segs))}</p>" for segs in HTML_RECAP)
    record(fn, HTML_INTRO)
    for _, segs in HTML_BIOS:
        record(fn, segs)
    for segs in HTML_RECAP:
        record(fn, segs)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Expert Group on Extortion of SMEs - Accra, 12-14 May 2031 | UNODC Events</title>
  <meta name="description" content="First meeting of the Intergovernmental Expert Group on the Extortion of Small and Medium-sized Enterprises by Organized Criminal Groups">
  <style>body{{font-family:Arial,sans-serif;margin:0}} nav a{{margin-right:1em}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px}}</style>
</head>
<body>
  <nav class="top-nav">
    <a href="/">Home</a> <a href="/events">Events</a> <a href="/topics/organized-crime">Organized crime</a>
    <a href="/publications">Publications</a> <a href="/contact">Contact</a> <a href="/es">Espa&ntilde;ol</a> <a href="/fr">Fran&ccedil;ais</a>
  </nav>
  <header>
    <p class="breadcrumb">Home &gt; Events &gt; 2031</p>
    <h1>{e(EG)}</h1>
    <p class="event-meta">First meeting &middot; Accra, Ghana &middot; 12-14 May 2031</p>
  </header>
  <main>
    <section id="overview">
      <h2>About the meeting</h2>
      <p>{e(join(HTML_INTRO))}</p>
    </section>
    <section id="programme">
      <h2>Programme</h2>
      <table>
        <tr><th>Date</th><th>Time</th><th>Session</th><th>Speakers</th></tr>
{rows}
      </table>
    </section>
    <section id="speakers">
      <h2>Speakers</h2>
{bios}
    </section>
    <section id="recap">
      <h2>Day one recap</h2>
{recap}
    </section>
    <aside><p>Documents: <a href="#">Provisional agenda</a> | <a href="#">Background paper</a> | <a href="#">List of participants</a></p></aside>
  </main>
  <footer>
    <p>&copy; 2031 United Nations Office on Drugs and Crime. Vienna International Centre, Vienna, Austria.</p>
    <p><a href="/privacy">Privacy notice</a> | <a href="/terms">Terms of use</a> | <a href="/fraud-alert">Fraud alert</a></p>
  </footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write(page)


# ------------------------------------------------------------ 5 Chair's summary
def build_chairs_summary():
    fn = "chairs_summary.pdf"
    pdf = PDF("UNODC/CTOC/EG.14/2031/CRP.3")
    pdf.add_page()
    ptext(pdf, "UNODC/CTOC/EG.14/2031/CRP.3 - 14 May 2031", 9)
    ptext(pdf, EG, 13, True)
    ptext(pdf, "First meeting, Accra, 12-14 May 2031", 11)
    ptext(pdf, "Chair's summary", 15, True)
    ptext(pdf, "Prepared by the Chair, Ambassador Kwabena Asante-Mensah (Ghana)", 10)
    for sec, sub, paras in CS_SECTIONS:
        if sec:
            ptext(pdf, sec, 12, True)
        if sub:
            ptext(pdf, sub, 11, True)
        for segs in paras:
            ptext(pdf, join(segs))
            record(fn, segs)
    ptext(pdf, "III. Recommendations", 12, True)
    ptext(pdf, CS_REC_LEAD[1])
    record(fn, [CS_REC_LEAD])
    for i, seg in enumerate(CS_RECS):
        ptext(pdf, f"({'abcdefghij'[i]}) " + seg[1], indent=6, gap=2)
        record(fn, [seg])
    ptext(pdf, "IV. Next steps", 12, True)
    for segs in CS_NEXT:
        ptext(pdf, join(segs))
        record(fn, segs)
    pdf.output(os.path.join(DOCS, fn))


# ------------------------------------------------------------ 6 press release
def build_press():
    fn = "press_release_2032.md"
    out = ["**UNODC press release** | For information - not an official record", "",
           "# " + PR_TITLE, "", "*Second meeting of the Expert Group, Lisbon, 8-9 June 2032*", ""]
    for segs in PR_BODY:
        out += [join(segs), ""]
        record(fn, segs)
    out += ["---", "", PR_FOOTER]
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------ 7 written contribution
def build_written():
    fn = "mexico_written_contribution.docx"
    d = Document()
    d.add_paragraph("UNODC/CTOC/EG.14/2032/CRP.1")
    d.add_heading(WC_TITLE, level=1)
    d.add_paragraph(WC_SUBTITLE)
    d.add_paragraph(WC_DATE)
    for head, blocks in WC_SECTIONS:
        d.add_heading(head, level=2)
        for b in blocks:
            if b == "TABLE":
                d.add_paragraph("Table 1. Extortion complaints, prosecutions and convictions in Mexico, 2028-2031")
                t = d.add_table(rows=len(WC_TABLE), cols=4)
                t.style = "Table Grid"
                for r, row in enumerate(WC_TABLE):
                    for c, v in enumerate(row):
                        t.cell(r, c).text = v
                d.add_paragraph("Source: national crime statistics system (figures for 2031 are preliminary).")
            else:
                d.add_paragraph(join(b))
                record(fn, b)
    d.save(os.path.join(DOCS, fn))


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
        yaml.safe_dump({"documents": docs, "sentences": sents}, f, allow_unicode=True,
                       sort_keys=False, width=1000)
    print(f"gold: {len(docs)} documents, {len(sents)} sentences "
          f"({sum(1 for s in sents if s['speaker'])} attributed)")


if __name__ == "__main__":
    build_summary_record()
    build_transcript()
    build_ngo()
    build_html()
    build_chairs_summary()
    build_press()
    build_written()
    write_meta()
    write_gold()
    print(sorted(os.listdir(DOCS)))
