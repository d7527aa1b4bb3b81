"""HTML of an article with the evidence sentence highlighted and mentions marked by their offsets.

Spans are never found by searching the text again: every mark comes with `start`/`end` offsets into the
original article. Every piece of text from an article or the store goes through `html.escape`, so a
hostile article (`<script>`, `<img onerror=...>`) is shown as text. Arabic gets `dir="rtl"`.
"""
from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlparse

import pandas as pd

from diplo.charts import TYPE_COLOURS, TYPE_LABELS

TYPE_NAMES = {"call": "Call", "meeting": "Meeting", "visit": "Visit", "sanctions": "Sanctions",
              "statement": "Statement", "demand": "Demand", "aid": "Aid", "agreement": "Agreement",
              "rejection": "Rejection", "threat": "Threat", "military": "Military action"}
MARK_KINDS = {  # kind -> (legend label, CSS)
    "evidence": ("evidence sentence", "background:#fff1a8;border-radius:2px;"),
    "actor": ("actor", "text-decoration:underline 2px #4c78a8;text-underline-offset:4px;"
                       "background:rgba(76,120,168,.10);"),
    "trigger": ("event word", "color:#b3261e;background:rgba(214,39,40,.16);border-radius:2px;"),
    "date": ("date", "border-bottom:2px dotted #2e7d32;background:rgba(46,125,50,.10);"),
    "place": ("place", "text-decoration:underline 2px dashed #8e5ea2;text-underline-offset:4px;"),
}
# what the extractor calls its mentions (rule and kind of model.Mention, or the store's entity_kind)
ACTOR_MENTION_KINDS = frozenset({"actor", "title", "counterpart", "person", "country", "demonym", "capital", "seat",
                                 "org", "org_adj", "organization", "group"})


def mention_mark_kind(rule: str | None, kind: str | None, entity_kind: str | None = None) -> str | None:
    """Which mark a mention gets: date and trigger by rule or kind, place, else actor for anything that
    names a person, country, organisation or group; None for cues and conflict names."""
    values = {v for v in (rule, kind, entity_kind) if isinstance(v, str)}
    for mark in ("date", "trigger", "place"):
        if mark in values:
            return mark
    if values & {"cue", "conflict", "modality"}:
        return None
    return "actor" if values & ACTOR_MENTION_KINDS else None


STYLE = "\n".join(
    [".diplo-article{white-space:pre-wrap;line-height:1.9;font-size:1.02rem;"
     "font-family:'Noto Naskh Arabic','Noto Sans Arabic','Noto Sans','DejaVu Sans',sans-serif;"
     "max-width:100%;overflow-wrap:anywhere;}",
     ".diplo-article h3{white-space:normal;margin:0 0 .6rem 0;font-size:1.15rem;line-height:1.5;}",
     ".diplo-legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;margin:.2rem 0 .6rem 0;}",
     ".diplo-card{font-size:.95rem;line-height:1.5;overflow-wrap:anywhere;}",
     ".diplo-card table{border-collapse:collapse;width:100%;}",
     ".diplo-card th{text-align:start;vertical-align:top;padding:.25rem .6rem .25rem 0;color:#555;"
     "font-weight:600;white-space:nowrap;width:1%;}",
     ".diplo-card td{padding:.25rem 0;vertical-align:top;}",
     ".diplo-chip{display:inline-block;padding:.05rem .5rem;border-radius:.8rem;color:white;font-weight:600;}",
     ".diplo-quote{border-inline-start:4px solid #f2c200;padding:.2rem .6rem;background:#fffbe6;margin:.4rem 0;}",
     ".diplo-code{font-family:monospace;background:#f2f2f2;padding:0 .3rem;border-radius:3px;}",
     ".diplo-nowrap{white-space:nowrap;}",
     ".diplo-contacts{border-collapse:collapse;width:100%;font-size:.9rem;line-height:1.6;}",
     ".diplo-contacts th{text-align:start;color:#555;font-weight:600;border-bottom:1px solid #ddd;"
     "padding:.3rem .6rem .3rem 0;white-space:nowrap;}",
     ".diplo-contacts td{vertical-align:top;border-bottom:1px solid #eee;padding:.35rem .6rem .35rem 0;}",
     ".diplo-contacts td.diplo-short{white-space:nowrap;}",
     ".diplo-contacts td.diplo-sentence{width:100%;overflow-wrap:anywhere;text-align:start;"
     "font-family:'Noto Naskh Arabic','Noto Sans Arabic','Noto Sans','DejaVu Sans',sans-serif;}"]
    + [f".dm-{kind}{{{css}}}" for kind, (_label, css) in MARK_KINDS.items()]
)


@dataclass(frozen=True)
class Mark:
    """A span of the article to mark: [start, end) offsets, a kind of MARK_KINDS, a tooltip."""
    start: int
    end: int
    kind: str
    label: str = ""


def _e(value) -> str:
    """Escape any value for HTML text or attribute content."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def is_rtl(language: str | None, text: str = "") -> bool:
    """Arabic is right-to-left; without a language, guess from the letters."""
    if language:
        return language.lower().startswith(("ar", "fa", "ur", "he"))
    arabic = sum(1 for ch in text[:2000] if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text[:2000] if ch.isascii() and ch.isalpha())
    return arabic > latin


def article_html(text: str, marks: Iterable[Mark] = (), *, language: str | None = None,
                 title: str | None = None) -> str:
    """The article as HTML: text escaped, each stretch wrapped in spans for the marks that cover it."""
    text = text or ""
    n = len(text)
    spans = [Mark(max(0, int(m.start)), min(n, int(m.end)), m.kind, m.label) for m in marks
             if m.kind in MARK_KINDS and m.start is not None and m.end is not None]
    spans = [m for m in spans if m.start < m.end]
    cuts = sorted({0, n, *(m.start for m in spans), *(m.end for m in spans)})
    pieces = []
    first_evidence = True
    for left, right in zip(cuts, cuts[1:]):
        covering = [m for m in spans if m.start <= left and m.end >= right]
        chunk = _e(text[left:right])
        if not covering:
            pieces.append(chunk)
            continue
        kinds = sorted({m.kind for m in covering}, key=list(MARK_KINDS).index)
        tips = [m.label for m in covering if m.label]
        attrs = f' class="{" ".join("dm-" + k for k in kinds)}"'
        if "evidence" in kinds and first_evidence:
            attrs += ' id="diplo-evidence"'
            first_evidence = False
        if tips:
            attrs += f' title="{_e(" · ".join(dict.fromkeys(tips)))}"'
        attrs += f' data-start="{left}" data-end="{right}"'
        pieces.append(f"<span{attrs}>{chunk}</span>")
    rtl = is_rtl(language, text)
    direction = 'dir="rtl" lang="ar"' if rtl else 'dir="ltr"'
    heading = f"<h3>{_e(title)}</h3>" if title else ""
    return f'<div class="diplo-article" {direction}>{heading}{"".join(pieces)}</div>'


def legend_html(kinds: Sequence[str] = tuple(MARK_KINDS)) -> str:
    """A legend of the marks used in the article view."""
    items = [f'<span><span class="dm-{k}">{_e(MARK_KINDS[k][0])}</span></span>' for k in kinds if k in MARK_KINDS]
    return f'<div class="diplo-legend" aria-label="legend">{"".join(items)}</div>'


def marks_for_event(event: Mapping | None, mentions: pd.DataFrame | None = None) -> list[Mark]:
    """Marks for one event (evidence, trigger) plus every mention of the document (actors, dates, places)."""
    marks: list[Mark] = []
    if event is not None:
        if _valid(event.get("evidence_start"), event.get("evidence_end")):
            marks.append(Mark(int(event["evidence_start"]), int(event["evidence_end"]), "evidence",
                              "evidence of the selected event"))
        if _valid(event.get("trigger_start"), event.get("trigger_end")):
            label = f"{TYPE_LABELS.get(event.get('type'), event.get('type'))}: {event.get('subtype') or ''}"
            marks.append(Mark(int(event["trigger_start"]), int(event["trigger_end"]), "trigger", label.strip(": ")))
    if mentions is not None and len(mentions):
        for row in mentions.to_dict("records"):
            kind = mention_mark_kind(row.get("rule"), row.get("kind"), row.get("entity_kind"))
            if kind is None or not _valid(row.get("start"), row.get("end")):
                continue
            label = next((str(v) for v in (row.get("name"), row.get("entry"))
                          if isinstance(v, str) and v), "")
            marks.append(Mark(int(row["start"]), int(row["end"]), kind, f"{kind}: {label}" if label else kind))
    return marks


def marks_for_events(events: pd.DataFrame, mentions: pd.DataFrame | None = None) -> list[Mark]:
    """Marks for every event of one article (the add-articles preview)."""
    marks: list[Mark] = []
    for record in events.to_dict("records") if len(events) else []:
        marks += marks_for_event(record)
    return marks + marks_for_event(None, mentions)


def _valid(start, end) -> bool:
    try:
        return start is not None and end is not None and not pd.isna(start) and not pd.isna(end) \
            and int(start) < int(end)
    except (TypeError, ValueError):
        return False


def _list(value) -> list:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return list(value)


def _day(value) -> str:
    if value is None or value is pd.NaT or (not isinstance(value, (date, datetime)) and pd.isna(value)):
        return ""
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value)


def safe_url(url) -> str | None:
    """The URL if it is http(s); anything else (javascript:, data:) is not made a link."""
    if not isinstance(url, str):
        return None
    return url if urlparse(url.strip()).scheme in ("http", "https") else None


def date_explanation(event: Mapping) -> str:
    """'الثلاثاء → 2022-03-22, the Tuesday before publication on 2022-03-23' (plain text)."""
    when = _day(event.get("date"))
    if not when:
        return "no date in the text" + (f" (published {_day(event.get('published'))})"
                                        if _day(event.get("published")) else "")
    phrase = event.get("date_text") or ""
    basis = event.get("date_basis") or ""
    if "→" in basis:    # the extractor already wrote "phrase → date, reason"
        return basis
    precision = event.get("date_precision") or ""
    text = f"{phrase} → {when}" if phrase else when
    if precision and precision != "day":
        text += f" ({precision})"
    if basis:
        text += f", {basis}"
    return text


def _date_html(explanation: str) -> str:
    """The date line left to right, with the article's phrase isolated so Arabic does not reorder it."""
    phrase, arrow, rest = explanation.partition(" → ")
    if not arrow:
        return f'<span dir="ltr">{_e(explanation)}</span>'
    return f'<span dir="ltr"><bdi>{_e(phrase)}</bdi> → {_e(rest)}</span>'


def event_card_html(event: Mapping, reports: pd.DataFrame | None = None) -> str:
    """The event card: type and codes, participants and roles, date with phrase and basis, modality,
    evidence, and every report of a grouped event with its outlet."""
    etype = event.get("type") or ""
    colour = TYPE_COLOURS.get(etype, "#777777")
    chip = f'<span class="diplo-chip" style="background:{colour}">{_e(TYPE_NAMES.get(etype, etype))}</span>'
    # each name stays with its code when the card is narrow ("PLOVER" above "CONSULT" reads as two things)
    codes = " ".join(f'<span class="diplo-nowrap">{name} <span class="diplo-code">{_e(event.get(key))}</span></span>'
                     for name, key in (("CAMEO", "cameo"), ("PLOVER", "plover")) if event.get(key))
    subtype = f" · {_e(event.get('subtype'))}" if event.get("subtype") else ""
    rows = [("Event", f"{chip}{subtype}" + (f"<br>{codes}" if codes else ""))]
    rows.append(("Actors", _participants_html(event)))
    rows.append(("Date", _date_html(date_explanation(event))))
    modality = event.get("modality") or ""
    modality_note = {"asserted": "happened", "planned": "planned, not yet happened",
                     "negated": "cancelled or denied", "hypothetical": "conditional"}.get(modality, modality)
    rows.append(("Modality", f"{_e(modality)} ({_e(modality_note)})" if modality else ""))
    if _e(event.get("location")):
        rows.append(("Place", f"<bdi>{_e(event.get('location'))}</bdi>"))
    if event.get("confidence") is not None and not pd.isna(event.get("confidence")):
        rows.append(("Confidence", f"{float(event['confidence']):.2f}"))
    source = _e(event.get("outlet"))
    link = safe_url(event.get("url"))
    if link:
        source = f'<a href="{_e(link)}" target="_blank" rel="noopener noreferrer">{source or _e(link)}</a>'
    published = _day(event.get("published"))
    rows.append(("Article", f"<bdi>{_e(event.get('title'))}</bdi><br>{source}"
                            + (f' · published <span class="diplo-nowrap">{_e(published)}</span>' if published else "")))
    body = "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    evidence = event.get("evidence_text") or ""
    quote_dir = 'dir="rtl"' if is_rtl(event.get("language"), evidence) else 'dir="ltr"'
    quote = f'<div class="diplo-quote" {quote_dir}>{_e(evidence)}</div>' if evidence else ""
    return f'<div class="diplo-card"><table>{body}</table>{quote}{_reports_html(event, reports)}</div>'


def _participants_html(event: Mapping) -> str:
    sources, targets = _list(event.get("sources")), _list(event.get("targets"))
    participants = _list(event.get("participants"))
    names = _list(event.get("actor_names"))
    countries = dict(zip(names, _list(event.get("actor_codes"))))  # actor_codes is aligned with the names
    parts = []
    for role, people in (("source", sources), ("target", targets), ("participant", participants)):
        for name in people:
            country = countries.get(name)
            tag = f" <small>{_e(country)}</small>" if country else ""
            parts.append(f"<bdi>{_e(name)}</bdi>{tag} <small>({role})</small>")
    listed = set(sources) | set(targets) | set(participants)
    parts += [f"<bdi>{_e(n)}</bdi>" for n in names if n not in listed]
    return "<br>".join(parts) or "none named"


def _reports_html(event: Mapping, reports: pd.DataFrame | None) -> str:
    if reports is None or len(reports) <= 1:
        return ""
    items = []
    for row in reports.to_dict("records"):
        outlet = _e(row.get("outlet")) or "unknown outlet"
        link = safe_url(row.get("url"))
        title = _e(row.get("title"))
        when = _e(_day(row.get("published")))
        head = f'<a href="{_e(link)}" target="_blank" rel="noopener noreferrer">{outlet}</a>' if link else outlet
        items.append(f"<li>{head}{' · ' + when if when else ''}<br><bdi>{title}</bdi></li>")
    return (f"<p><b>{len(reports)} reports of this event</b> (grouped by type, actors and date)</p>"
            f"<ol>{''.join(items)}</ol>")


def contacts_table_html(history: pd.DataFrame) -> str:
    """The contacts of two actors (charts.pair_history), one row each: date, contact, running count,
    reports, and the evidence sentence in full, wrapped, each in its own direction (Arabic right to left).
    A data grid draws text on a canvas left to right and cuts it at the cell's edge; this does neither."""
    rows = []
    for row in history.to_dict("records"):
        evidence = str(row.get("evidence_text") or "")
        direction = 'dir="rtl" lang="ar"' if is_rtl(None, evidence) else 'dir="ltr"'
        rows.append(
            f'<tr><td class="diplo-short">{_e(_day(row.get("date")))}</td>'
            f'<td class="diplo-short">{_e(TYPE_NAMES.get(row.get("type"), row.get("type")))}</td>'
            f'<td class="diplo-short">{_e(row.get("label"))}</td>'
            f'<td class="diplo-short" style="text-align:end">{_e(row.get("n_reports"))}</td>'
            f'<td class="diplo-sentence" {direction}>{_e(evidence)}</td></tr>')
    head = "".join(f"<th>{name}</th>" for name in ("date", "contact", "running count", "reports", "evidence"))
    return f'<table class="diplo-contacts"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def page_html(body: str) -> str:
    """A fragment with the view's stylesheet, ready for st.html."""
    return f"<style>{STYLE}</style>{body}"
