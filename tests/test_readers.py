"""diplo.readers: every input format, and one clear problem per bad input while the rest still loads."""
from __future__ import annotations

import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest

from diplo import readers
from diplo.model import Document
from diplo.readers import (
    DEFAULT_MAX_BYTES, InputProblem, detect_language, document_from_html, document_from_text,
    documents_from_jsonl_lines, read_inputs, split_title_outlet,
)

ARABIC_ARTICLE = (
    "يجب الحفاظ على قناة حوار مفتوحة مع روسيا – الحقيقة نت\n\n"
    "وقال الإليزيه في بيان، الأربعاء، إن الرئيس الفرنسي إيمانويل ماكرون أجرى اتصالا هاتفيا مع نظيره الروسي "
    "فلاديمير بوتين استمر ساعة.\n"
)
ENGLISH_ARTICLE = (
    "Macron and Putin speak by phone for an hour | Reuters\n\n"
    "French President Emmanuel Macron spoke with Russian President Vladimir Putin on Tuesday.\n"
)
GOOD_HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Blinken meets Lavrov in Geneva - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.org/2022/01/21/geneva">
<meta property="article:published_time" content="2022-01-21T09:30:00+00:00">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Blinken meets Lavrov in Geneva</h1>
<p>US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.</p>
<p>The two ministers spoke for about ninety minutes about Ukraine, the State Department said afterwards.</p>
<p>Both sides agreed to continue talks next week, according to officials who briefed reporters.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def read_all(paths, **kwargs) -> list[Document | InputProblem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def documents(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def problems(items) -> list[InputProblem]:
    return [item for item in items if isinstance(item, InputProblem)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- .txt ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, title, outlet, language", [
    (ARABIC_ARTICLE, "يجب الحفاظ على قناة حوار مفتوحة مع روسيا", "الحقيقة نت", "ar"),
    (ENGLISH_ARTICLE, "Macron and Putin speak by phone for an hour", "Reuters", "en"),
    ("\n\n  Lavrov arrives in Ankara - Anadolu Agency\nText.\n", "Lavrov arrives in Ankara", "Anadolu Agency", "en"),
    ("Russia - Ukraine talks resume\nText.\n", "Russia - Ukraine talks resume", None, "en"),
    ("Blinken to visit Cairo\nText.\n", "Blinken to visit Cairo", None, "en"),
    ("\ufeffبوتين يستقبل أردوغان في سوتشي\nنص.\n", "بوتين يستقبل أردوغان في سوتشي", None, "ar"),
])
def test_txt_title_outlet_and_language(tmp_path, content, title, outlet, language):
    [doc] = read_all([write(tmp_path / "article.txt", content)])
    assert (doc.title, doc.outlet, doc.language) == (title, outlet, language)
    assert doc.doc_id == "article"
    assert doc.path == str(tmp_path / "article.txt")


@pytest.mark.parametrize("raw, expected_text", [
    (ENGLISH_ARTICLE, ENGLISH_ARTICLE),                                   # title line stays in the text
    ("\ufeff" + ARABIC_ARTICLE, ARABIC_ARTICLE),                          # BOM dropped
    ("Title\r\n\r\nBody one.\r\nBody two.\r\n", "Title\n\nBody one.\nBody two.\n"),   # CRLF -> LF
    ("  Title\n\tBody  \n\n\n", "  Title\n\tBody  \n\n\n"),                # everything else kept
])
def test_txt_text_is_the_whole_file_so_offsets_index_it(tmp_path, raw, expected_text):
    [doc] = read_all([write(tmp_path / "a.txt", raw)])
    assert doc.text == expected_text
    start = doc.text.index(doc.title)
    assert doc.text[start:start + len(doc.title)] == doc.title


@pytest.mark.parametrize("title, expected", [
    ("يجب الحفاظ على قناة حوار مفتوحة مع روسيا – الحقيقة نت", ("يجب الحفاظ على قناة حوار مفتوحة مع روسيا", "الحقيقة نت")),
    ("Macron calls Putin | Reuters", ("Macron calls Putin", "Reuters")),
    ("Macron calls Putin — The Guardian", ("Macron calls Putin", "The Guardian")),
    ("Sanctions on Moscow widen | World | Al Jazeera English", ("Sanctions on Moscow widen | World", "Al Jazeera English")),
    ("Russia-Ukraine war: day 28", ("Russia-Ukraine war: day 28", None)),            # no spaced separator
    ("Russia - Ukraine talks", ("Russia - Ukraine talks", None)),                    # one-word head
    ("Talks collapse - Ukraine war latest news", ("Talks collapse - Ukraine war latest news", None)),  # tail longer
    ("Macron and Putin talk for an hour - The Times of Israel Online",
     ("Macron and Putin talk for an hour", "The Times of Israel Online")),                # five-word tail
    ("Macron and Putin talk for an hour today - the leaders agreed to keep talking",
     ("Macron and Putin talk for an hour today - the leaders agreed to keep talking", None)),  # six words
    ("Talks fail - what happens next?", ("Talks fail - what happens next?", None)),   # a question, not a name
    ("Leaders meet - and the six words after are too many", ("Leaders meet - and the six words after are too many", None)),
    ("No separator here", ("No separator here", None)),
])
def test_split_title_outlet(title, expected):
    assert split_title_outlet(title) == expected


@pytest.mark.parametrize("text, expected", [
    ("أجرى الرئيس الفرنسي اتصالا مع بوتين", "ar"),
    ("Macron called Putin on Tuesday", "en"),
    ("قال ماكرون لبوتين في اتصال هاتفي: ceasefire now", "ar"),
    ("Putin met Erdogan in Sochi (بوتين في سوتشي), the Kremlin said in a long statement today", "en"),
    ("2022-03-23 12:00", "en"),
    ("Le Monde: talks ended, said بوتين وماكرون وأردوغان", "ar"),     # 49% of the letters are Arabic
    ("Le Monde: talks ended, said بوتين", "en"),                       # 19%
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


# --- .jsonl ---------------------------------------------------------------------------------------

def test_jsonl_records_become_documents_with_their_fields(tmp_path):
    lines = [
        {"id": "r1", "text": "Lavrov met Blinken in Geneva.", "title": "Geneva talks", "published": "2022-01-21",
         "url": "https://a.example/1", "source": "TASS", "lang": "en"},
        {"text": "بوتين يستقبل أردوغان", "published": "2022-08-05T14:30:00+03:00"},
        {"id": 7, "text": "Text in English but marked Arabic.", "lang": "AR"},
    ]
    path = write(tmp_path / "feed.jsonl", "\n\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    first, second, third = read_all([path])
    assert first == Document(doc_id="r1", text="Lavrov met Blinken in Geneva.", title="Geneva talks",
                             published=date(2022, 1, 21), published_basis="metadata", language="en",
                             url="https://a.example/1", outlet="TASS", path=str(path))
    assert (second.doc_id, second.published, second.language, second.title) == (
        "feed:3", date(2022, 8, 5), "ar", None)
    assert (third.doc_id, third.language) == ("7", "ar")


def test_jsonl_fields_under_other_common_names_are_read(tmp_path):
    """Feeds and scrapers write "body"/"content", "date"/"published_at", "outlet", "link", "headline"."""
    lines = [
        {"id": "a", "body": "Macron called Putin.", "date": "2022-03-03", "outlet": "Wire", "link": "https://w.example/a",
         "headline": "The call", "language": "en"},
        {"id": "b", "content": "Lavrov met Blinken.", "published_at": "2022-01-21T09:00:00Z"},
        {"id": "c", "text": "Own names win.", "body": "not this", "published": "2022-02-01", "date": "2020-01-01"},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    a, b, c = read_all([path])
    assert (a.text, a.published, a.outlet, a.url, a.title, a.language) == (
        "Macron called Putin.", date(2022, 3, 3), "Wire", "https://w.example/a", "The call", "en")
    assert (b.text, b.published) == ("Lavrov met Blinken.", date(2022, 1, 21))
    assert (c.text, c.published) == ("Own names win.", date(2022, 2, 1))


BAD_JSONL_LINES = [
    ("not json at all", "is not valid JSON"),
    ('{"id": "x", "text": "unterminated', "is not valid JSON"),
    ('["a", "list"]', "is a JSON list, not an object"),
    ('"just a string"', "is a JSON string, not an object"),
    ('{"id": "x", "story": "article text"}', 'has no "text" field (its fields: id, story)'),
    ('{"id": "x", "text": 42}', '"text" field is a JSON number, not a string'),
    ('{"id": "x", "text": "   "}', '"text" field is empty'),
]


@pytest.mark.parametrize("bad_line, complaint", BAD_JSONL_LINES)
def test_jsonl_bad_line_is_one_problem_with_its_line_number_and_the_rest_loads(tmp_path, bad_line, complaint):
    path = write(tmp_path / "mixed.jsonl",
                 '{"id": "before", "text": "First article."}\n' + bad_line + '\n{"id": "after", "text": "Last."}\n')
    items = read_all([path])
    [problem] = problems(items)
    assert (problem.path, problem.line) == (str(path), 2)
    assert problem.describe().startswith(f"{path}:2: ")
    assert complaint in problem.message
    assert [d.doc_id for d in documents(items)] == ["before", "after"]


def test_jsonl_bad_published_is_reported_but_the_article_is_kept(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"id": "a", "text": "Text.", "published": "22/03/2022"}\n')
    problem, doc = read_all([path])
    assert problem.line == 1 and "is not a date" in problem.message and "YYYY-MM-DD" in problem.message
    assert (doc.doc_id, doc.published, doc.published_basis) == ("a", None, None)


def test_jsonl_line_over_the_limit_is_a_problem_and_is_not_kept(tmp_path):
    big_text = "word " * 400
    path = write(tmp_path / "big.jsonl", "\n".join([
        json.dumps({"id": "small", "text": "Short."}),
        json.dumps({"id": "big", "text": big_text}),
        json.dumps({"id": "tail", "text": "Short too."}),
    ]))
    items = read_all([path], max_bytes=1000)
    [problem] = problems(items)
    assert problem.line == 2 and "over the 1,000 bytes limit" in problem.message and "--max-bytes" in problem.message
    assert [d.doc_id for d in documents(items)] == ["small", "tail"]


def test_jsonl_file_larger_than_the_limit_loads_when_each_line_is_small(tmp_path):
    record = json.dumps({"text": "Lavrov met Blinken. " * 20})
    path = write(tmp_path / "many.jsonl", "\n".join([record] * 3000))     # ~1.3 MB, limit 100 kB
    items = read_all([path], max_bytes=100_000)
    assert not problems(items)
    assert len(items) == 3000 and items[-1].doc_id == "many:3000"


def test_jsonl_problems_are_capped_per_file_with_a_summary(tmp_path):
    path = write(tmp_path / "pretty.jsonl", "\n".join(["not json"] * 50 + ['{"text": "ok"}']))
    items = read_all([path])
    found = problems(items)
    assert len(found) == readers.MAX_PROBLEMS_PER_FILE + 1
    assert found[-1].line is None and "30 more bad lines" in found[-1].message
    assert len(documents(items)) == 1


def test_documents_from_jsonl_lines_takes_str_and_bytes_lines():
    items = list(documents_from_jsonl_lines(['\ufeff{"id": "a", "text": "One."}', b'{"id": "b", "text": "Two."}', b"{"],
                                            "feed.jsonl", lang="en"))
    assert [d.doc_id for d in documents(items)] == ["a", "b"]
    assert [(p.path, p.line) for p in problems(items)] == [("feed.jsonl", 3)]


# --- .html ----------------------------------------------------------------------------------------

def test_html_main_text_and_metadata(tmp_path):
    [doc] = read_all([write(tmp_path / "geneva.html", GOOD_HTML)])
    assert doc.doc_id == "geneva"
    assert doc.title == "Blinken meets Lavrov in Geneva"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.org/2022/01/21/geneva"
    assert (doc.published, doc.published_basis, doc.language) == (date(2022, 1, 21), "metadata", "en")
    assert "Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday." in doc.text
    assert "\n\nThe two ministers spoke" in doc.text          # paragraphs separated by a blank line
    assert "Home" not in doc.text and "Copyright" not in doc.text


@pytest.mark.parametrize("name, html", [
    ("script", "<script>alert('x')</script><p>Lavrov met Blinken in Geneva on Friday.</p>"
               "<script src='https://evil.example/x.js'></script>"),
    ("img onerror", "<p>Lavrov met Blinken <img src=x onerror=\"alert(1)\"> in Geneva on Friday.</p>"),
    ("javascript link", "<p>Lavrov met <a href=\"javascript:alert(1)\" onclick=\"alert(2)\">Blinken</a> "
                        "in Geneva on Friday.</p>"),
    ("style and body onload", "<html><head><style>p{color:red}</style></head><body onload='alert(1)'>"
                              "<p style='x' onmouseover='alert(3)'>Lavrov met Blinken in Geneva on Friday.</p></body></html>"),
    ("svg script", "<svg><script>alert(1)</script></svg><p>Lavrov met Blinken in Geneva on Friday.</p>"),
    ("noscript iframe", "<noscript><iframe src='javascript:alert(1)'></iframe></noscript>"
                        "<p>Lavrov met Blinken in Geneva on Friday.</p>"),
    # short pages go through the lxml fallback: the same must hold there
    ("short page, script in p", "<p>Lavrov met <script>alert(1)</script>Blinken in Geneva on Friday.</p>"),
    ("short page, style and svg", "<p>Lavrov met<style>p{color:red}</style> Blinken <svg><script>alert(1)</script>"
                                  "</svg>in Geneva on Friday.</p>"),
    ("short page, template", "<p>Lavrov met <template><img src=x onerror=alert(1)></template>"
                             "Blinken in Geneva on Friday.</p>"),
])
def test_hostile_html_yields_only_text(tmp_path, name, html):
    [doc] = read_all([write(tmp_path / "hostile.html", html)])
    assert "Lavrov met" in doc.text and "Geneva on Friday." in doc.text
    for markup in ("<script", "<img", "onerror", "onclick", "onload", "javascript:", "alert(", "<", "color:red"):
        assert markup not in doc.text


@pytest.mark.parametrize("html, expected", [
    ("<html><body><div><p>Lavrov met Blinken in Geneva on Friday and they talked a lot <b>unclosed",
     "Lavrov met Blinken in Geneva on Friday and they talked a lot unclosed"),
    ("<p>Hi there</p>", "Hi there"),                                     # too short for trafilatura: fallback
    ('<?xml version="1.0" encoding="utf-8"?><p>Hi there</p>', "Hi there"),    # XHTML declaration, fallback
    ("<html><body><article>Putin met Erdogan in Sochi.</article></body></html>", "Putin met Erdogan in Sochi."),
])
def test_broken_or_tiny_html_still_yields_its_text(tmp_path, html, expected):
    [doc] = read_all([write(tmp_path / "broken.htm", html)])
    assert doc.text == expected


@pytest.mark.parametrize("html", [
    "<html><head><title>Front page</title></head><body></body></html>",
    "<html><body><script>var a = 1;</script><style>p{}</style></body></html>",
    "<html><body>" + "<div>" * 5000,
])
def test_html_without_article_text_is_a_problem(tmp_path, html):
    path = write(tmp_path / "empty-page.html", html)
    [problem] = read_all([path])
    assert problem.describe().startswith(f"{path}: no article text found")


def test_html_declaring_windows_1256_is_decoded(tmp_path):
    html = ("<html><head><meta charset='windows-1256'></head><body>"
            "<p>أجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره الروسي.</p></body></html>")
    [doc] = read_all([write(tmp_path / "ar.html", html.encode("cp1256"))])
    assert doc.text == "أجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره الروسي." and doc.language == "ar"


@pytest.mark.parametrize("head, title, outlet", [
    ("<title>Lavrov meets Wang Yi in Beijing – Xinhua</title>", "Lavrov meets Wang Yi in Beijing", "Xinhua"),
    ("<title>Lavrov meets Wang Yi in Beijing</title><meta property='og:site_name' content='CGTN'>",
     "Lavrov meets Wang Yi in Beijing", "CGTN"),
    ("<title>لافروف يلتقي وانغ يي في بكين | الجزيرة نت</title>", "لافروف يلتقي وانغ يي في بكين", "الجزيرة نت"),
])
def test_html_title_and_outlet(tmp_path, head, title, outlet):
    html = f"<html><head>{head}</head><body><p>{ENGLISH_ARTICLE}</p></body></html>"
    [doc] = read_all([write(tmp_path / "page.html", html)])
    assert (doc.title, doc.outlet) == (title, outlet)


def test_document_from_html_for_fetched_pages():
    doc = document_from_html(GOOD_HTML.replace('<meta property="og:url" content="https://news.example.org/2022/01/21/geneva">', ""),
                             url="https://fetched.example/page", doc_id="page1")
    assert (doc.doc_id, doc.url, doc.path) == ("page1", "https://fetched.example/page", None)
    problem = document_from_html("<html></html>", url="https://fetched.example/empty", doc_id="p2")
    assert isinstance(problem, InputProblem) and problem.path == "https://fetched.example/empty"


# --- published and lang arguments -------------------------------------------------------------------

@pytest.mark.parametrize("name, content, published, lang, expected", [
    ("a.txt", ENGLISH_ARTICLE, None, None, (None, None, "en")),
    ("a.txt", ENGLISH_ARTICLE, date(2022, 3, 23), "ar", (date(2022, 3, 23), "cli", "ar")),
    ("a.html", GOOD_HTML, None, None, (date(2022, 1, 21), "metadata", "en")),
    ("a.html", GOOD_HTML, date(2023, 1, 1), None, (date(2023, 1, 1), "cli", "en")),
    ("a.jsonl", '{"text": "x", "published": "2022-01-02", "lang": "en"}', None, None, (date(2022, 1, 2), "metadata", "en")),
    ("a.jsonl", '{"text": "x", "published": "2022-01-02", "lang": "en"}', date(2024, 5, 6), "ar",
     (date(2024, 5, 6), "cli", "ar")),
    ("a.jsonl", '{"text": "x", "published": "bad"}', date(2024, 5, 6), None, (date(2024, 5, 6), "cli", "en")),
])
def test_published_and_lang_arguments_override_metadata(tmp_path, name, content, published, lang, expected):
    items = read_all([write(tmp_path / name, content)], published=published, lang=lang)
    [doc] = items                                           # an overridden bad date is no problem
    assert (doc.published, doc.published_basis, doc.language) == expected


# --- bad input --------------------------------------------------------------------------------------

def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


BAD_FILES = [  # (file name, content, what the message must say)
    ("empty.txt", b"", ["the file is empty"]),
    ("blank.txt", b"  \n\n\t \n", ["only blank space"]),
    ("empty.html", b"", ["the file is empty"]),
    ("empty.jsonl", b"", ["no JSON lines"]),
    ("image.txt", _png(), ["binary", "PNG image", ".txt, .html or .jsonl"]),
    ("image.jsonl", _png(), ["binary", "PNG image"]),
    ("report.txt", b"%PDF-1.7\n" + bytes(range(256)) * 8, ["binary", "PDF document"]),
    ("noise.txt", bytes((i * 37 + 11) % 256 for i in range(4000)), ["binary"]),
    ("nul.txt", b"Title\nText with a NUL \x00 in it.\n", ["binary"]),
    ("no-nul.txt", bytes(range(1, 256)) * 20, ["binary (mostly non-text bytes)"]),
    ("utf16.txt", ARABIC_ARTICLE.encode("utf-16"), ["UTF-16", "iconv -f UTF-16 -t UTF-8", "utf16-utf8.txt"]),
    ("utf16le.txt", ENGLISH_ARTICLE.encode("utf-16-le"), ["UTF-16", "iconv -f UTF-16LE -t UTF-8"]),
    ("utf16be.txt", ARABIC_ARTICLE.encode("utf-16-be"), ["UTF-16", "iconv -f UTF-16BE -t UTF-8"]),
    ("utf16.html", GOOD_HTML.encode("utf-16"), ["UTF-16", "iconv"]),
    ("utf16.jsonl", '{"text": "x"}\n'.encode("utf-16"), ["UTF-16", "iconv"]),
    ("arabic.txt", ARABIC_ARTICLE.encode("cp1256"), ["Windows-1256 Arabic", "iconv -f WINDOWS-1256 -t UTF-8",
                                                      "arabic-utf8.txt"]),
    ("arabic.html", f"<p>{ARABIC_ARTICLE}</p>".encode("cp1256"), ["Windows-1256 Arabic", "iconv"]),
    ("arabic.jsonl", json.dumps({"text": ARABIC_ARTICLE}, ensure_ascii=False).encode("cp1256"),
     ["Windows-1256 Arabic", "iconv"]),
    ("latin1.txt", "Café talks in Genève\nLe président a parlé.\n".encode("latin-1"),
     ["not UTF-8", "byte 0xE9 at offset 3", "iconv"]),
]


@pytest.mark.parametrize("name, content, complaints", BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_is_one_problem_and_the_other_inputs_still_load(tmp_path, name, content, complaints):
    before = write(tmp_path / "before.txt", ENGLISH_ARTICLE)
    bad = write(tmp_path / name, content)
    after = write(tmp_path / "after.jsonl", '{"id": "after", "text": "Last."}\n')
    items = read_all([before, bad, after])
    [problem] = problems(items)
    assert problem.path == str(bad) and problem.line is None
    line = problem.describe()
    assert line.startswith(f"{bad}: ") and "\n" not in line and "; " in line    # what went wrong; what to do
    for complaint in complaints:
        assert complaint in line
    assert [d.doc_id for d in documents(items)] == ["before", "after"]
    assert items.index(problem) == 1                                            # input order kept


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)                   # sparse: 50 MB on paper, nothing on disk
    reads = []
    real_open = open

    def spy_open(path, *args, **kwargs):
        handle = real_open(path, *args, **kwargs)
        if str(path) == str(big):
            original = handle.read
            handle.read = lambda *a: reads.append(a) or original(*a)
        return handle

    monkeypatch.setattr(readers, "open", spy_open, raising=False)
    items = read_all([big, write(tmp_path / "ok.txt", ENGLISH_ARTICLE)])
    [problem] = problems(items)
    assert problem.describe() == (
        f"{big}: the file is 50.0 MB, over the 10 MB limit for one article; split it into articles "
        "(e.g. one JSON line each) or raise the limit with --max-bytes")
    assert reads == []
    assert [d.doc_id for d in documents(items)] == ["ok"]


@pytest.mark.parametrize("max_bytes, loads", [(len(ENGLISH_ARTICLE), True), (len(ENGLISH_ARTICLE) - 1, False)])
def test_max_bytes_is_configurable(tmp_path, max_bytes, loads):
    [item] = read_all([write(tmp_path / "a.txt", ENGLISH_ARTICLE)], max_bytes=max_bytes)
    assert isinstance(item, Document) is loads
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", ENGLISH_ARTICLE)
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", deny, raising=False)
    items = read_all([locked, write(tmp_path / "ok.txt", ENGLISH_ARTICLE)])
    [problem] = problems(items)
    assert problem.describe().startswith(f"{locked}: permission denied; make it readable")
    assert "chmod a+r" in problem.message
    assert len(documents(items)) == 1


@pytest.mark.parametrize("path, complaint", [
    ("no/such/file.txt", "no such file or directory"),
    ("missing-folder", "no such file or directory"),
    ("https://example.org/article", "web address"),
])
def test_paths_that_are_not_files(tmp_path, path, complaint):
    [problem] = read_all([tmp_path / path if "://" not in path else path])
    assert complaint in problem.message and problem.path.endswith(path)


# --- folders ----------------------------------------------------------------------------------------

def test_folder_is_walked_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    write(tmp_path / "news" / "b.txt", "B title\nText.\n")
    write(tmp_path / "news" / "a.html", GOOD_HTML)
    write(tmp_path / "news" / "README.md", "# notes\n")
    write(tmp_path / "news" / "photo.png", _png())
    write(tmp_path / "news" / ".hidden.txt", "Hidden\n")
    write(tmp_path / "news" / ".git" / "x.txt", "Hidden too\n")
    write(tmp_path / "news" / "sub" / "c.jsonl", '{"id": "c1", "text": "C."}\n{"id": "c2", "text": "C2."}\n')
    write(tmp_path / "news" / "sub" / "deeper" / "d.TXT", "D title\nText.\n")
    write(tmp_path / "news" / "m.htm", "<p>M text here.</p>")
    items = read_all([tmp_path / "news"])
    assert not problems(items)
    assert [d.doc_id for d in items] == ["a", "b", "m", "c1", "c2", "d"]
    assert items[1].path == os.path.join(str(tmp_path / "news"), "b.txt")


def test_bad_files_inside_a_folder_are_reported_and_the_rest_loads(tmp_path):
    folder = tmp_path / "inbox"
    write(folder / "1-good.txt", ENGLISH_ARTICLE)
    write(folder / "2-empty.txt", b"")
    write(folder / "3-arabic.txt", ARABIC_ARTICLE.encode("cp1256"))
    write(folder / "4-feed.jsonl", '{"id": "ok", "text": "Fine."}\n{broken\n')
    write(folder / "5-good.html", GOOD_HTML)
    items = read_all([folder])
    assert [type(x).__name__ for x in items] == [
        "Document", "InputProblem", "InputProblem", "Document", "InputProblem", "Document"]
    assert [(os.path.basename(p.path), p.line) for p in problems(items)] == [
        ("2-empty.txt", None), ("3-arabic.txt", None), ("4-feed.jsonl", 2)]


@pytest.mark.parametrize("files", [[], ["README.md"], [".hidden.txt", "notes.docx"]])
def test_folder_without_articles_is_a_problem(tmp_path, files):
    folder = tmp_path / "empty"
    folder.mkdir()
    for name in files:
        write(folder / name, "something\n")
    [problem] = read_all([folder])
    assert problem.path == str(folder) and "no .txt, .html, .htm or .jsonl files" in problem.message


def test_symlink_loop_in_a_folder_is_walked_once(tmp_path):
    write(tmp_path / "top" / "a.txt", "A title\nText.\n")
    os.symlink(tmp_path / "top", tmp_path / "top" / "loop")
    assert [d.doc_id for d in read_all([tmp_path / "top"])] == ["a"]


# --- stdin and files of other names ----------------------------------------------------------------

def _text_stdin(text: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")


@pytest.mark.parametrize("stdin, expected", [
    (io.StringIO(ENGLISH_ARTICLE), [("stdin", "Macron and Putin speak by phone for an hour", "Reuters")]),
    (io.BytesIO(ARABIC_ARTICLE.encode()), [("stdin", "يجب الحفاظ على قناة حوار مفتوحة مع روسيا", "الحقيقة نت")]),
    (_text_stdin(ENGLISH_ARTICLE), [("stdin", "Macron and Putin speak by phone for an hour", "Reuters")]),
    (io.StringIO('{"id": "j1", "text": "One.\u2028Still one.", "title": "T"}\n{"text": "Two."}\n'), [("j1", "T", None),
                                                                                     ("stdin:2", None, None)]),
    (io.StringIO("  \n" + GOOD_HTML), [("stdin", "Blinken meets Lavrov in Geneva", "Example News")]),
])
def test_stdin(stdin, expected):
    items = list(read_inputs(["-"], stdin=stdin))
    assert [(d.doc_id, d.title, d.outlet) for d in items] == expected


@pytest.mark.parametrize("stdin, start, advice", [
    (io.StringIO(""), "<stdin>: standard input is empty", "put the article in it"),
    (io.BytesIO(b"\n \n"), "<stdin>: standard input has only blank space", "put the article in it"),
    (io.BytesIO(ARABIC_ARTICLE.encode("cp1256")), "<stdin>: standard input is not UTF-8 (it looks like Windows-1256",
     "iconv -f WINDOWS-1256 -t UTF-8 FILE"),
    (io.BytesIO(ENGLISH_ARTICLE.encode("utf-16")), "<stdin>: standard input is UTF-16", "iconv -f UTF-16"),
    (io.TextIOWrapper(io.BytesIO(ARABIC_ARTICLE.encode("cp1256")), encoding="utf-8"),   # like sys.stdin
     "<stdin>: standard input is not UTF-8 (it looks like Windows-1256", "iconv -f WINDOWS-1256"),
    (io.BytesIO(b"x" * 2000), "<stdin>: standard input is over the 1,000 bytes limit", "--max-bytes"),
])
def test_bad_stdin_is_one_problem(stdin, start, advice):
    [problem] = list(read_inputs(["-"], stdin=stdin, max_bytes=1000))
    assert problem.describe().startswith(start) and advice in problem.message


def test_stdin_that_cannot_be_read_is_a_problem():
    class Closed(io.StringIO):
        def read(self, *args):
            raise OSError("reading from stdin while output is captured")

    [problem] = list(read_inputs(["-"], stdin=Closed()))
    assert problem.describe().startswith("<stdin>: could not read standard input")


@pytest.mark.parametrize("name, content, doc_ids", [
    ("notes.md", "Lavrov in Ankara - TASS news\nText.\n", ["notes"]),
    ("saved-page", GOOD_HTML, ["saved-page"]),
    ("export.ndjson", '{"id": "n1", "text": "One."}\n', ["n1"]),
])
def test_a_named_file_of_another_kind_is_read_by_its_content(tmp_path, name, content, doc_ids):
    assert [d.doc_id for d in read_all([write(tmp_path / name, content)])] == doc_ids


@pytest.mark.parametrize("text, expected", [
    ("\ufeffTitle\nBody.", "Title\nBody."),
    ("Title\r\nBody.\r\n", "Title\nBody.\n"),
    ("Title\rBody.", "Title\rBody."),
])
def test_document_from_text_drops_bom_and_crlf_only(text, expected):
    doc = document_from_text(text, doc_id="pasted")
    assert (doc.text, doc.title, doc.doc_id) == (expected, expected.split("\n")[0], "pasted")


def test_document_from_text_reports_empty_text_with_the_doc_id():
    problem = document_from_text(" \n", doc_id="pasted")
    assert isinstance(problem, InputProblem) and problem.describe().startswith("pasted: the file has only blank space")


def test_reading_a_small_txt_adds_little_to_the_file_read(tmp_path):
    path = str(write(tmp_path / "a.txt", ARABIC_ARTICLE * 12))     # ~3 kB
    rounds = 300
    started = time.perf_counter()
    for _ in range(rounds):
        list(read_inputs([path]))
    ours = (time.perf_counter() - started) / rounds
    assert ours < 0.0005, f"{ours * 1e6:.0f} µs per 3 kB article"
