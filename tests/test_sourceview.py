"""The source view: escaping, highlighting by offsets, direction, the event card."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from diplo import sourceview
from diplo.sourceview import Mark


def _text(html: str) -> str:
    """What a reader sees: tags removed, entities decoded."""
    import html as h
    return h.unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("article", [
    "<script>alert(1)</script> Macron called Putin.",
    'Biden <img src=x onerror="alert(2)"> spoke.',
    "Tom & Jerry <b>bold</b> \" ' </div></span>",
    "<style>body{display:none}</style><iframe src=javascript:alert(3)>",
])
def test_article_text_is_escaped_and_shown_verbatim(article):
    marks = [Mark(0, len(article), "evidence"), Mark(2, 9, "actor", "<b>label</b>")]
    out = sourceview.article_html(article, marks, language="en")
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<style" not in out
    assert "<b>" not in out
    assert _text(out) == article


def test_marks_follow_offsets_not_a_search():
    text = "Putin met Putin."
    out = sourceview.article_html(text, [Mark(10, 15, "actor", "second")], language="en")
    assert out.count("dm-actor") == 1
    marked = re.search(r'<span class="dm-actor"[^>]*>([^<]*)</span>', out)
    assert marked.group(1) == "Putin" and 'data-start="10"' in marked.group(0)


def test_overlapping_marks_combine_classes():
    text = "Macron called Putin on Tuesday."
    marks = [Mark(0, len(text), "evidence"), Mark(7, 13, "trigger"), Mark(23, 30, "date")]
    out = sourceview.article_html(text, marks, language="en")
    assert '<span class="dm-evidence dm-trigger"' in out and '<span class="dm-evidence dm-date"' in out
    assert out.count('id="diplo-evidence"') == 1
    assert _text(out) == text


@pytest.mark.parametrize("marks", [[Mark(-5, 3, "actor")], [Mark(3, 999, "date")], [Mark(5, 2, "actor")],
                                   [Mark(1, 2, "unknown")]])
def test_bad_offsets_never_break_the_text(marks):
    text = "ماكرون تحدث مع بوتين"
    assert _text(sourceview.article_html(text, marks, language="ar")) == text


@pytest.mark.parametrize("language, text, rtl", [
    ("ar", "Macron", True), ("en", "ماكرون", False), (None, "قال ماكرون إنه تحدث مع بوتين", True),
    (None, "Macron said he spoke to Putin", False),
])
def test_direction(language, text, rtl):
    out = sourceview.article_html(text, [], language=language)
    assert ('dir="rtl"' in out) is rtl


def test_legend_names_every_mark():
    legend = sourceview.legend_html()
    for kind in sourceview.MARK_KINDS:
        assert f"dm-{kind}" in legend


@pytest.mark.parametrize("rule, kind, entity_kind, mark", [
    ("date", "date", None, "date"), ("trigger", "trigger", None, "trigger"), ("actor", "demonym", "country", "actor"),
    ("actor", "place", "place", "place"), ("actor", "title", "person", "actor"), ("cue", "cue", None, None),
    ("conflict", "conflict", None, None), ("lexicon", "actor", None, "actor"),
])
def test_mention_kinds(rule, kind, entity_kind, mark):
    assert sourceview.mention_mark_kind(rule, kind, entity_kind) == mark


def _event(**fields) -> dict:
    event = {"type": "call", "subtype": "phone", "cameo": "041", "plover": "CONSULT", "modality": "asserted",
             "date": pd.Timestamp("2022-03-22"), "date_text": "الثلاثاء", "date_precision": "day",
             "date_basis": "the Tuesday before publication on 2022-03-23", "published": pd.Timestamp("2022-03-23"),
             "language": "ar", "actor_names": ["Emmanuel Macron", "Vladimir Putin"], "actor_codes": ["FRA", "RUS"],
             "sources": [], "targets": [], "participants": ["Emmanuel Macron", "Vladimir Putin"],
             "evidence_text": "أن ماكرون تحدث مرة أخرى", "title": "عنوان <i>x</i>", "outlet": "الحقيقة نت",
             "url": "https://example.org/a?b=1&c=2", "confidence": 0.9, "location": None}
    event.update(fields)
    return event


def test_event_card_shows_codes_roles_date_reasoning_and_modality():
    card = sourceview.event_card_html(_event())
    text = _text(card)
    assert "Call" in text and "041" in text and "CONSULT" in text
    assert "Emmanuel Macron FRA (participant)" in text
    assert "الثلاثاء → 2022-03-22, the Tuesday before publication on 2022-03-23" in text
    assert "asserted (happened)" in text
    assert "<i>" not in card and "عنوان <i>x</i>" in text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in card
    assert 'class="diplo-quote" dir="rtl"' in card


@pytest.mark.parametrize("fields, expected", [
    ({"date": pd.NaT, "date_text": None, "date_basis": None}, "no date in the text (published 2022-03-23)"),
    ({"date_precision": "month", "date_text": "مارس", "date_basis": None}, "مارس → 2022-03-22 (month)"),
])
def test_date_explanation(fields, expected):
    assert sourceview.date_explanation(_event(**fields)) == expected


def test_grouped_reports_are_listed_with_outlets_and_only_http_links():
    reports = pd.DataFrame([
        {"outlet": "الحقيقة نت", "url": "https://a.example/1", "title": "t1", "published": pd.Timestamp("2022-03-23")},
        {"outlet": "Evil", "url": "javascript:alert(1)", "title": "<script>x</script>", "published": pd.NaT},
    ])
    card = sourceview.event_card_html(_event(url="javascript:alert(2)"), reports)
    assert "2 reports of this event" in card
    assert 'href="https://a.example/1"' in card and "javascript:" not in card
    assert "<script>" not in card


@pytest.mark.parametrize("evidence, direction", [
    ("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً بنظيره الروسي فلاديمير بوتين استمر نحو تسعين دقيقة.", "rtl"),
    ("French President Emmanuel Macron spoke by phone with Vladimir Putin for ninety minutes.", "ltr"),
    ('قال ماكرون إنه تحدث مع بوتين <script>alert(1)</script> "عن وقف إطلاق النار" & <img src=x>', "rtl"),
    ("Putin </td></tr><tr><td>fake row", "ltr"),
])
def test_contacts_table_shows_each_sentence_whole_escaped_in_its_direction(evidence, direction):
    history = pd.DataFrame({"date": [pd.Timestamp("2022-03-03")], "type": ["call"], "modality": ["asserted"],
                            "ordinal": [1], "event_id": ["e1"], "evidence_text": [evidence],
                            "label": ["1st call since 24 February 2022"], "n_reports": [2]})
    out = sourceview.contacts_table_html(history)
    assert "<script" not in out and "<img" not in out and out.count("<tr>") == 2
    cells = re.findall(r'<td class="diplo-sentence" dir="(\w+)"[^>]*>(.*?)</td>', out)
    assert [(d, _text(c)) for d, c in cells] == [(direction, evidence)]
    assert ["2022-03-03", "Call", "1st call since 24 February 2022", "2"] == [
        _text(c) for c in re.findall(r'<td class="diplo-short"[^>]*>(.*?)</td>', out)]
