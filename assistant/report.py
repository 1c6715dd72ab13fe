"""The eval report: one self-contained HTML page (inline CSS and SVG, no scripts, no CDN).

`render_report(summary, records)` takes the `summary.json` dict and the `results.jsonl` records
that `assistant.evaluate` writes, so a report can be rebuilt from those files alone.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from .evaluate import METRICS, fmt

CSS = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;
  background:#f5f7fa;margin:0;padding:24px}
main{max-width:1120px;margin:0 auto}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:32px 0 12px;border-bottom:1px solid #d9e2ec;padding-bottom:4px}
.meta{color:#52606d;font-size:13px}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;font-size:13px}
.ok{background:#e3f9e5;color:#0e5814}.bad{background:#ffe3e3;color:#8a1c1c}
.na{background:#e4e7eb;color:#3e4c59}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d9e2ec}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f0f4f8;font-size:13px;color:#3e4c59}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.panel{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:12px}
.panel h3{margin:0 0 8px;font-size:15px}
.case{background:#fff;border:1px solid #d9e2ec;border-left:4px solid #d64545;border-radius:6px;
  padding:12px 16px;margin:0 0 16px}
.case h3{margin:0 0 6px;font-size:16px}
.tag{font-size:12px;background:#e4e7eb;border-radius:4px;padding:1px 6px;margin-left:6px;
  font-weight:normal}
.reasons{color:#8a1c1c;margin:4px 0 8px;padding-left:20px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#7b8794;margin:8px 0 2px}
.answer{white-space:pre-wrap;background:#f8fafc;border:1px solid #e4e7eb;border-radius:4px;
  padding:8px;margin:0;max-height:14em;overflow:auto;font-size:13px}
.earlier{color:#52606d;font-size:13px}
.cites td{font-size:13px}
.quote{font-style:italic}
.muted{color:#7b8794}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;border-radius:2px}
@media (max-width:800px){.charts,.grid2{grid-template-columns:1fr}}
"""

BLUE, GREY, RED = "#2f6fdf", "#9aa5b1", "#d64545"


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _status_badge(summary: dict[str, Any]) -> str:
    if not summary["thresholds"]:
        return '<span class="badge na">no thresholds set</span>'
    if summary["ok"]:
        return '<span class="badge ok">all thresholds met</span>'
    missed = sum(1 for t in summary["thresholds"] if not t["passed"])
    return f'<span class="badge bad">{missed} threshold(s) missed</span>'


def _targets_badge(summary: dict[str, Any]) -> str:
    missed = sum(1 for t in summary.get("targets", []) if not t["passed"])
    if not missed:
        return ""
    return f' <span class="badge bad">{missed} target(s) missed (reported, not gated)</span>'


def _metrics_table(summary: dict[str, Any]) -> str:
    base = summary.get("baseline")
    limits = {t["name"]: t for t in summary.get("targets", [])}
    limits.update({t["name"]: t for t in summary["thresholds"]})
    gated = {t["name"] for t in summary["thresholds"]}
    head = '<tr><th>Metric</th><th class="num">Assistant</th>'
    head += '<th class="num">Baseline</th>' if base else ""
    head += '<th class="num">Threshold</th><th>Status</th></tr>'
    rows = []
    for name, (label, higher, _) in METRICS.items():
        if name == "hit_at_k":
            label = f"Retrieval hit@{summary.get('hit_k', '?')}"
        if name in ATT_COLS and summary["metrics"].get(name) is None and name not in limits:
            continue  # no gold file: nothing measured, nothing asked
        hint = "higher is better" if higher else "lower is better"
        cells = [
            f'<td title="{hint}">{_e(label)}</td>',
            f'<td class="num">{_e(fmt(name, summary["metrics"].get(name)))}</td>',
        ]
        if base:
            cells.append(f'<td class="num">{_e(fmt(name, base["metrics"].get(name)))}</td>')
        lim = limits.get(name)
        if lim:
            cells.append(f'<td class="num">{_e(lim["op"])} {_e(fmt(name, lim["threshold"]))}</td>')
            cells.append(
                '<td><span class="badge ok">pass</span></td>'
                if lim["passed"]
                else '<td><span class="badge bad">missed</span></td>'
                if name in gated
                else '<td><span class="badge bad">target missed</span></td>'
            )
        else:
            cells.append('<td class="num muted">–</td><td></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def category_chart(summary: dict[str, Any]) -> str:
    """Horizontal bars: share of cases passed per category (and the baseline's, if any)."""
    cats = summary["categories"]
    base = (summary.get("baseline") or {}).get("categories")
    names = sorted(cats)
    bar_h, gap, left, width = 16, 14, 120, 300
    per = bar_h * (2 if base else 1) + gap
    height = per * len(names) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + width + 110} '
        f'{height}" width="100%" role="img" aria-label="Cases passed per category">'
    ]
    for x in (0, 0.5, 1):
        gx = left + x * width
        parts.append(f'<line x1="{gx}" y1="0" x2="{gx}" y2="{height - 24}" stroke="#e4e7eb"/>')
        parts.append(
            f'<text x="{gx}" y="{height - 8}" font-size="11" text-anchor="middle" '
            f'fill="#7b8794">{int(x * 100)}%</text>'
        )
    for i, name in enumerate(names):
        y = i * per + 4
        parts.append(
            f'<text x="{left - 8}" y="{y + bar_h - 3}" font-size="12" text-anchor="end" '
            f'fill="#1f2933">{_e(name)}</text>'
        )
        series = [(cats[name], BLUE)]
        if base:
            series.append((base.get(name, {"cases": 0, "passed": 0}), GREY))
        for j, (c, color) in enumerate(series):
            share = c["passed"] / c["cases"] if c["cases"] else 0
            by = y + j * bar_h
            w = max(share * width, 1)
            parts.append(
                f'<rect x="{left}" y="{by}" width="{w:.1f}" height="{bar_h - 2}" '
                f'fill="{color}" rx="2"/>'
            )
            parts.append(
                f'<text x="{left + w + 6:.1f}" y="{by + bar_h - 4}" font-size="11" '
                f'fill="#3e4c59">{c["passed"]}/{c["cases"]} ({share * 100:.0f}%)</text>'
            )
    parts.append("</svg>")
    legend = f'<div class="legend meta"><span style="background:{BLUE}"></span>assistant'
    legend += f'<span style="background:{GREY}"></span>baseline' if base else ""
    return "".join(parts) + legend + "</div>"


def _nice_step(span: float, bins: int) -> float:
    raw = max(span / bins, 1e-9)
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def latency_chart(latencies: list[float], median: float | None, p95: float | None) -> str:
    """Histogram of per-answer latency, with median and p95 marked above the bars."""
    if not latencies:
        return '<p class="muted">No answers were timed.</p>'
    step = _nice_step(max(latencies), 12)
    nbins = max(1, math.ceil(max(latencies) / step + 1e-9))
    counts = [0] * nbins
    for ms in latencies:
        counts[min(int(ms // step), nbins - 1)] += 1
    left, width, y0, plot_h = 36, 380, 40, 140  # plot area: y0 .. y0 + plot_h
    y1 = y0 + plot_h
    top = max(counts)
    bw = width / nbins
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + width + 20} {y1 + 40}" '
        'width="100%" role="img" aria-label="Latency histogram">'
    ]
    for frac in (0, 0.5, 1):
        gy = y1 - frac * plot_h
        parts.append(
            f'<line x1="{left}" y1="{gy:.1f}" x2="{left + width}" y2="{gy:.1f}" '
            f'stroke="#e4e7eb"/><text x="{left - 6}" y="{gy + 4:.1f}" font-size="11" '
            f'text-anchor="end" fill="#7b8794">{round(frac * top)}</text>'
        )
    for i, c in enumerate(counts):
        h = c / top * plot_h
        parts.append(
            f'<rect x="{left + i * bw + 1:.1f}" y="{y1 - h:.1f}" '
            f'width="{bw - 2:.1f}" height="{h:.1f}" fill="{BLUE}"><title>'
            f"{_e(f'{i * step:g}–{(i + 1) * step:g} ms: {c}')}</title></rect>"
        )
    for i in range(0, nbins + 1, max(1, nbins // 6)):
        parts.append(
            f'<text x="{left + i * bw:.1f}" y="{y1 + 16}" font-size="11" text-anchor="middle" '
            f'fill="#7b8794">{i * step:g}</text>'
        )
    parts.append(
        f'<text x="{left + width}" y="{y1 + 34}" font-size="11" '
        f'text-anchor="end" fill="#7b8794">ms per answer</text>'
    )
    for value, label, color, ty in ((median, "median", "#1f2933", 12), (p95, "p95", RED, 26)):
        if value is None:
            continue
        x = left + min(value / (nbins * step), 1) * width
        anchor, tx = ("end", x - 3) if x > left + width * 0.6 else ("start", x + 3)
        parts.append(
            f'<line x1="{x:.1f}" y1="{y0 - 6}" x2="{x:.1f}" y2="{y1}" stroke="{color}" '
            f'stroke-dasharray="4 3"/><text x="{tx:.1f}" y="{ty}" font-size="11" '
            f'text-anchor="{anchor}" fill="{color}">{label} {value:.1f} ms</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def roc_chart(cal: dict[str, Any] | None) -> str:
    """The answerability score's ROC curve, the chance diagonal, and the threshold in use."""
    if not cal or not cal.get("roc"):
        return (
            '<p class="muted">No ROC curve: it needs scored answerable and unanswerable cases.</p>'
        )
    left, top, size = 44, 12, 240

    def x(fpr: float) -> float:
        return left + fpr * size

    def y(tpr: float) -> float:
        return top + (1 - tpr) * size

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + size + 16} '
        f'{top + size + 40}" width="100%" role="img" aria-label="ROC curve">'
    ]
    for v in (0, 0.5, 1):
        parts.append(
            f'<line x1="{x(0)}" y1="{y(v)}" x2="{x(1)}" y2="{y(v)}" stroke="#e4e7eb"/>'
            f'<line x1="{x(v)}" y1="{y(0)}" x2="{x(v)}" y2="{y(1)}" stroke="#e4e7eb"/>'
            f'<text x="{left - 6}" y="{y(v) + 4}" font-size="11" text-anchor="end" '
            f'fill="#7b8794">{v:g}</text><text x="{x(v)}" y="{y(0) + 16}" font-size="11" '
            f'text-anchor="middle" fill="#7b8794">{v:g}</text>'
        )
    parts.append(
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="{GREY}" '
        'stroke-dasharray="4 3"/>'
    )
    pts = " ".join(f"{x(p['fpr']):.1f},{y(p['tpr']):.1f}" for p in cal["roc"])
    parts.append(f'<polyline points="{pts} {x(1)},{y(1)}" fill="none" stroke="{BLUE}" '
                 'stroke-width="2"/>')  # fmt: skip
    at = cal.get("at_threshold")
    if at:
        parts.append(
            f'<circle cx="{x(at["fpr"]):.1f}" cy="{y(at["tpr"]):.1f}" r="5" fill="{RED}">'
            f"<title>{_e(cal.get('threshold_setting'))} = {_e(cal.get('threshold'))}"
            "</title></circle>"
        )
    parts.append(
        f'<text x="{x(0.5)}" y="{top + size + 34}" font-size="11" text-anchor="middle" '
        'fill="#7b8794">false-positive rate (unanswerable answered)</text></svg>'
    )
    auc = cal.get("auc")
    note = f"AUC {auc:.3f}" if auc is not None else "AUC n/a"
    note += f" · score: {_e(cal.get('score'))}"
    note += f" · {cal.get('answerable')} answerable, {cal.get('unanswerable')} unanswerable"
    if cal.get("unscored"):
        note += f" · {len(cal['unscored'])} without a score"
    if at:
        note += (
            f" · threshold {_e(cal.get('threshold_setting'))} = {cal['threshold']:g} "
            f"(red): answers {at['tpr'] * 100:.0f}% of answerable, "
            f"{at['fpr'] * 100:.0f}% of unanswerable"
        )
    return "".join(parts) + f'<p class="meta">y: true-positive rate · {note}</p>'


def group_table(groups: dict[str, dict[str, Any]], label: str, css: str) -> str:
    """Answer metrics per question kind or per document style."""
    if not groups:
        return '<p class="muted">No cases.</p>'
    cols = ("answer_accuracy", "speaker_recall", "abstention_recall", "false_abstention_rate")
    head = f"<tr><th>{_e(label)}</th><th class='num'>Cases passed</th>" + "".join(
        f'<th class="num">{_e(METRICS[c][0])}</th>' for c in cols
    )
    rows = [
        f"<tr><td>{_e(name)}</td><td class='num'>{g['passed']}/{g['cases']}</td>"
        + "".join(f'<td class="num">{_e(fmt(c, g.get(c)))}</td>' for c in cols)
        + "</tr>"
        for name, g in groups.items()
    ]
    return f'<table class="{css}">{head}</tr>{"".join(rows)}</table>'


ATT_COLS = ("speaker_found_recall", "sentence_attribution_accuracy", "misattributions")


def attribution_section(att: dict[str, Any] | None) -> str:
    """Gold attribution checks: per document style, per document, and the wrong sentences."""
    if not att:
        return '<p class="muted">No gold file: attribution not measured.</p>'
    head = "".join(f'<th class="num">{_e(METRICS[c][0])}</th>' for c in ATT_COLS)
    styles = "".join(
        f"<tr><td>{_e(style)}</td><td class='num'>{g['documents']}</td>"
        + "".join(f'<td class="num">{_e(fmt(c, g.get(c)))}</td>' for c in ATT_COLS)
        + "</tr>"
        for style, g in att["styles"].items()
    )
    docs = []
    for d in att["documents"]:
        missing = "; ".join(d["speakers_missing"])
        docs.append(
            f"<tr><td>{_e(d['doc_id'])}{'' if d['indexed'] else ' (not indexed)'}</td>"
            f"<td>{_e(d['style'])}</td>"
            f"<td class='num'>{d['speakers_found']}/{d['speakers_expected']}</td>"
            f"<td class='num'>{d['sentences_correct']}/{d['sentences']}</td>"
            f"<td class='num'>{d['misattributions']}</td><td>{_e(missing)}</td></tr>"
        )
    wrong = []
    for r in att["sentences"]:
        if r["correct"]:
            continue
        got = r["problem"] or (r["credited"] or "nobody") + f" ({r['kind']})"
        mark = '<span class="badge bad">misattributed</span>' if r["misattributed"] else ""
        wrong.append(
            f"<tr><td>{_e(r['doc_id'])}</td><td class='quote'>“{_e(r['text'])}”</td>"
            f"<td>{_e(r['gold'] or 'nobody (narrative or collective)')}</td>"
            f"<td>{_e(got)} {mark}</td></tr>"
        )
    wrong_html = (
        "<table><tr><th>Document</th><th>Sentence</th><th>Gold</th><th>Credited</th></tr>"
        + "".join(wrong)
        + "</table>"
        if wrong
        else "<p>Every gold sentence is credited correctly.</p>"
    )
    return (
        '<h3>Per document style</h3><table class="per-style"><tr><th>Style</th>'
        f"<th class='num'>Documents</th>{head}</tr>{styles}</table>"
        "<h3>Per document</h3><table><tr><th>Document</th><th>Style</th>"
        "<th class='num'>Speakers found</th><th class='num'>Sentences right</th>"
        "<th class='num'>Misattributed</th><th>Speakers missed, and why</th></tr>"
        f"{''.join(docs)}</table><h3>Sentences credited wrongly ({len(wrong)})</h3>{wrong_html}"
    )


def _expected(exp: dict[str, Any]) -> str:
    items = [f"<li>answerable: <b>{'yes' if exp['answerable'] else 'no (must abstain)'}</b></li>"]
    if exp["speakers"]:
        items.append("<li>cited speakers: " + _e(", ".join(exp["speakers"])) + "</li>")
    for alts in exp["facts"]:
        items.append("<li>fact: " + " <i>or</i> ".join(f"“{_e(a)}”" for a in alts) + "</li>")
    if exp["forbid"]:
        items.append("<li>must not contain: " + _e(", ".join(exp["forbid"])) + "</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _citations(answer: dict[str, Any], bad: list[int]) -> str:
    cites = answer.get("citations") or []
    if not cites:
        return '<p class="muted">No citations.</p>'
    rows = []
    for c in cites:
        who = c.get("speaker") or "(narrative)"
        if c.get("affiliation"):
            who += f" ({c['affiliation']})"
        ok = c.get("n") not in bad
        mark = (
            '<span class="badge ok">verified</span>'
            if ok
            else '<span class="badge bad">not verbatim</span>'
        )
        rows.append(
            f"<tr><td>[{_e(c.get('n'))}]</td><td>{_e(who)}</td><td>{_e(c.get('kind'))}</td>"
            f'<td class="quote">“{_e(c.get("quote"))}”</td>'
            f"<td class='muted'>{_e(c.get('doc_id'))} {_e(c.get('start'))}–{_e(c.get('end'))}</td>"
            f"<td>{mark}</td></tr>"
        )
    return (
        '<table class="cites"><tr><th>n</th><th>Speaker</th><th>Kind</th><th>Quote</th>'
        "<th>Source</th><th></th></tr>" + "".join(rows) + "</table>"
    )


def _failed_case(rec: dict[str, Any]) -> str:
    turns = rec.get("turns") or [rec.get("question")]
    earlier = rec.get("earlier_answers") or []
    if len(turns) > 1:
        q = "<ol>"
        for i, t in enumerate(turns):
            q += f"<li>{_e(t)}"
            if i < len(earlier):
                q += f'<div class="earlier">↳ {_e(earlier[i])}</div>'
            q += "</li>"
        q += "</ol>"
    else:
        q = f"<p>{_e(turns[0])}</p>"
    ans = rec.get("answer")
    if ans is None:
        actual = '<p class="muted">No answer (the case raised an error).</p>'
    else:
        actual = f'<pre class="answer">{_e(ans.get("text"))}</pre>'
        if ans.get("abstained"):
            actual += f'<p class="meta">abstained: {_e(ans.get("reason"))}</p>'
        if ans.get("note"):
            actual += f'<p class="meta">note: {_e(ans.get("note"))}</p>'
        actual += '<div class="label">Citations</div>' + _citations(ans, rec.get("bad_quotes", []))
    reasons = "".join(f"<li>{_e(r)}</li>" for r in rec.get("reasons", []))
    return (
        f'<div class="case" id="case-{_e(rec["id"])}"><h3>{_e(rec["id"])}'
        f'<span class="tag">{_e(rec.get("category"))}</span></h3>'
        f'<ul class="reasons">{reasons}</ul><div class="grid2"><div>'
        f'<div class="label">Question</div>{q}</div><div><div class="label">Expected</div>'
        f"{_expected(rec['expected'])}</div></div>"
        f'<div class="label">Actual answer</div>{actual}</div>'
    )


def _all_cases(records: list[dict[str, Any]], with_baseline: bool) -> str:
    head = "<tr><th>Case</th><th>Kind</th><th>Style</th><th>Assistant</th>"
    head += "<th>Baseline</th>" if with_baseline else ""
    head += "<th>Latency</th><th>Cited speakers</th></tr>"
    rows = []
    for rec in records:
        ok = rec["passed"]
        name = _e(rec["id"])
        link = name if ok else f'<a href="#case-{name}">{name}</a>'
        cells = [
            link,
            _e(rec.get("category")),
            _e(rec.get("style")),
            '<span class="badge ok">pass</span>' if ok else '<span class="badge bad">fail</span>',
        ]
        if with_baseline:
            b = rec.get("baseline") or {}
            cells.append(
                '<span class="badge ok">pass</span>'
                if b.get("passed")
                else '<span class="badge bad">fail</span>'
            )
        lat = rec.get("latency_ms")
        ans = rec.get("answer") or {}
        speakers = []
        for c in ans.get("citations") or []:
            if c.get("speaker") and c["speaker"] not in speakers:
                speakers.append(c["speaker"])
        cells.append(f"{lat:.1f} ms" if isinstance(lat, int | float) else "–")
        cells.append(_e(", ".join(speakers)))
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _reason_counts(failed: list[dict[str, Any]]) -> str:
    counts: dict[str, set[str]] = {}
    for rec in failed:
        for reason in rec.get("reasons", []):
            kind = reason.split(":")[0] if ":" in reason else reason.split(" [")[0]
            counts.setdefault(kind, set()).add(rec["id"])
    if not counts:
        return ""
    rows = "".join(
        f'<tr><td>{_e(kind)}</td><td class="num">{len(ids)}</td></tr>'
        for kind, ids in sorted(counts.items(), key=lambda kv: -len(kv[1]))
    )
    return f"<table><tr><th>Why cases failed</th><th>Cases</th></tr>{rows}</table><p></p>"


def render_report(summary: dict[str, Any], records: list[dict[str, Any]]) -> str:
    c = summary["counts"]
    m = summary["metrics"]
    latencies = [ms for r in records for ms in (r.get("latencies_ms") or [])]
    failed = [r for r in records if not r["passed"]]
    base = summary.get("baseline")
    base_note = ""
    if base:
        b = base["counts"]
        base_note = (
            f'<p class="meta">Baseline: {_e(base.get("description"))}; '
            f"{b['passed']}/{b['cases']} cases passed.</p>"
        )
    failed_html = "".join(_failed_case(r) for r in failed) or "<p>Every case passed.</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eval report: {_e(summary["name"])}</title>
<style>{CSS}</style></head>
<body><main>
<h1>Eval report: {_e(summary["name"])} {_status_badge(summary)}{_targets_badge(summary)}</h1>
<p class="meta">{_e(summary.get("file"))} · generator {_e(summary.get("generator"))} ·
{_e(summary.get("created"))} · {c["cases"]} cases, {c["passed"]} passed, {c["errors"]} errors,
{c["answers"]} answers timed</p>
{base_note}
<h2>Metrics</h2>
{_metrics_table(summary)}
<h2>Charts</h2>
<div class="charts">
<div class="panel"><h3>Cases passed per question kind</h3>{category_chart(summary)}</div>
<div class="panel"><h3>Latency per answer</h3>
{latency_chart(latencies, m.get("latency_median_ms"), m.get("latency_p95_ms"))}</div>
<div class="panel"><h3>Answerability: ROC curve</h3>{roc_chart(summary.get("calibration"))}</div>
</div>
<h2>Per question kind</h2>
{group_table(summary.get("by_kind") or {}, "Kind", "per-kind")}
<h2>Per document style (of the documents a case is about)</h2>
{group_table(summary.get("by_style") or {}, "Style", "per-style-answers")}
<h2>Attribution (gold)</h2>
{attribution_section(summary.get("attribution"))}
<h2>Failed cases ({len(failed)})</h2>
{_reason_counts(failed)}
{failed_html}
<h2>All cases</h2>
{_all_cases(records, bool(base))}
</main></body></html>
"""
