"""Input files -> Documents: .txt, .html/.htm and .jsonl files, folders of them, and stdin.

Bad input never raises: each bad file (or JSONL line) becomes one `InputProblem` that says what went
wrong and what to do, and reading goes on with the other inputs. Web addresses are fetched by the
store's ingest, which hands the page to `document_from_html`.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import sys
from dataclasses import dataclass
from datetime import date
from html import unescape
from typing import IO, BinaryIO, Iterable, Iterator, TextIO

from diplo.model import Document

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MB          # one article; a .jsonl file may be larger, each of its lines may not
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_PROBLEMS_PER_FILE = 20           # a file that is not JSONL at all should not print thousands of lines
STDIN_PATH = "<stdin>"

_CHUNK = MB
_HEAD = 64 * 1024                    # how much of a file the encoding diagnosis looks at
_UTF8_BOM = b"\xef\xbb\xbf"
_URL = re.compile(r"(?i)^https?://")
_FIRST_LINE = re.compile(r"\S[^\n]*")
_TITLE_SEPARATORS = (" – ", " — ", " | ", " - ")
_TITLE_STRIP = " \t\u200e\u200f\ufeff"
_PUBLISHED = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]*)</title", re.I)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_ARABIC_LEAD_BYTES = b"\xd8\xd9\xda\xdb"
_LANGUAGE_SAMPLE = 8000              # characters; an article does not change language halfway
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v") + b"\x7f"
_HTML_DATE_PARAMS = {"outputformat": "%Y-%m-%d", "original_date": True, "extensive_search": False}
_MAGIC = (  # (leading bytes, what the file looks like)
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (e.g. a .docx or .xlsx file)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"), (b"RIFF", "a media file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"SQLite format 3", "an SQLite database"),
)


@dataclass(frozen=True)
class InputProblem:
    """One input that could not be read, and what the user can do about it."""
    path: str
    line: int | None
    message: str

    def describe(self) -> str:
        """One line for the user: "<path>[:<line>]: <what went wrong>; <what to do>"."""
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class _Settings:
    published: date | None
    lang: str | None
    max_bytes: int


def read_inputs(paths: Iterable[str | os.PathLike], *, published: date | None = None,
                lang: str | None = None, stdin: TextIO | BinaryIO | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputProblem]:
    """Yield the Documents in files, folders and stdin ("-"), and an InputProblem for each bad input."""
    settings = _Settings(published, lang, max_bytes)
    for raw_path in paths:
        path = os.fspath(raw_path)
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, settings)
        elif _URL.match(path):
            yield InputProblem(path, None, "this is a web address, and only files are read here; add it "
                                           "with `python -m diplo ingest URL` or save the page as .html")
        elif os.path.isdir(path):
            yield from _read_folder(path, settings)
        else:
            yield from _read_file(path, settings)


def document_from_text(text: str, *, doc_id: str, path: str | None = None, published: date | None = None,
                       lang: str | None = None, url: str | None = None) -> Document | InputProblem:
    """A plain-text article: first non-empty line = title; offsets index the whole text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    first_line = _FIRST_LINE.search(text)
    if first_line is None:
        return _empty_problem(path or doc_id, text)
    title, outlet = split_title_outlet(first_line.group().strip(_TITLE_STRIP))
    return Document(doc_id=doc_id, text=text, title=title, published=published,
                    published_basis="cli" if published else None, language=lang or detect_language(text),
                    url=url, outlet=outlet, path=path)


def document_from_html(html: str | bytes, *, doc_id: str, url: str | None = None, path: str | None = None,
                       published: date | None = None, lang: str | None = None) -> Document | InputProblem:
    """A web page: main text (paragraphs joined by a blank line), title, date, site name and URL."""
    where = path or url or doc_id
    if isinstance(html, bytes):
        decoded = _decode(html, where, charset_from_html=True)
        if isinstance(decoded, InputProblem):
            return decoded
        html = decoded
    if not html.strip():
        return _empty_problem(where, html)
    page = _extract_page(html, url)
    if not page["text"]:
        return InputProblem(where, None, "no article text found in the page; save the article's own page "
                                         "(not a front page or a script-only page) or paste its text into a .txt file")
    title, outlet = page["title"], page["sitename"]
    if title:
        head, tail = split_title_outlet(title)
        if tail and (not outlet or tail.casefold() == outlet.casefold()):
            title, outlet = head, tail
    if not outlet and page["title_tag"]:   # trafilatura may drop "– Outlet" from the title without keeping it
        outlet = split_title_outlet(page["title_tag"])[1]
    page_date = _parse_date(page["date"]) if page["date"] else None
    if published:
        basis = "cli"
    else:
        published, basis = page_date, "metadata" if page_date else None
    return Document(doc_id=doc_id, text=page["text"], title=title or None, published=published,
                    published_basis=basis, language=lang or detect_language(page["text"]),
                    url=page["url"] or url, outlet=outlet or None, path=path)


def documents_from_jsonl_lines(lines: Iterable[str | bytes], path: str, *, published: date | None = None,
                               lang: str | None = None,
                               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputProblem]:
    """One Document per JSON line (`id`, `text`, optional `title`, `published`, `url`, `source`, `lang`)."""
    yield from _records(enumerate(lines, 1), path, _Settings(published, lang, max_bytes))


def split_title_outlet(title: str) -> tuple[str, str | None]:
    """"Headline – Outlet" -> ("Headline", "Outlet"); a title without a short outlet tail is kept whole."""
    cut, separator = max((title.rfind(sep), sep) for sep in _TITLE_SEPARATORS)
    if cut <= 0:
        return title, None
    head, tail = title[:cut].strip(), title[cut + len(separator):].strip()
    tail_words, head_words = len(tail.split()), len(head.split())
    if (not 1 <= tail_words <= 5 or len(tail) > 50 or head_words < 2 or head_words < tail_words
            or tail[-1] in ".?!:;،؟\"'”»"):
        return title, None
    return head, tail


def detect_language(text: str) -> str:
    """"ar" when Arabic letters are over 30% of the letters, else "en"."""
    if text.isascii():
        return "en"
    data = text[:_LANGUAGE_SAMPLE].encode("utf-8")
    # U+0600-U+06FF are the two-byte sequences led by 0xD8-0xDB: counting lead bytes is ~10x faster
    # than a regex, and the few non-letters in that block (digits, ، ؟, vowel marks) do not move a 30% cut
    arabic = len(data) - len(data.translate(None, _ARABIC_LEAD_BYTES))
    latin = len(data.translate(None, _NOT_ASCII_LETTERS))
    return "ar" if arabic > 0.3 * (arabic + latin) else "en"


# --- files, folders, stdin ---------------------------------------------------------------------------

def _read_file(path: str, settings: _Settings) -> Iterator[Document | InputProblem]:
    suffix = os.path.splitext(path)[1].lower()
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if suffix == ".jsonl":
                yield from _read_jsonl_file(file, path, settings)
                return
            if size > settings.max_bytes:
                yield _too_big_problem(path, size, settings.max_bytes)
                return
            # read what stat announced, then at most up to the limit: a pipe or device reports no size
            data = file.read(size + 1)
            if len(data) > size:
                data += file.read(settings.max_bytes + 1 - len(data))
    except OSError as exc:
        yield _os_problem(path, exc)
        return
    if len(data) > settings.max_bytes:
        yield _too_big_problem(path, None, settings.max_bytes)
        return
    kind = {".txt": "text", ".html": "html", ".htm": "html"}.get(suffix)
    text = _decode(data, path, charset_from_html=kind == "html")
    if isinstance(text, InputProblem):
        yield text
        return
    yield from _documents(text, kind, path, _stem(path), settings)


def _read_stdin(stream: IO, settings: _Settings) -> Iterator[Document | InputProblem]:
    source = getattr(stream, "buffer", stream)   # bytes when we can get them: we diagnose encodings ourselves
    try:
        data = source.read(settings.max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield InputProblem(STDIN_PATH, None, f"could not read standard input ({exc}); pipe the article in, "
                                             "e.g. `cat article.txt | python -m diplo extract -`")
        return
    if len(data) > settings.max_bytes:
        yield _too_big_problem(STDIN_PATH, None, settings.max_bytes)
        return
    text = _decode(data, STDIN_PATH) if isinstance(data, bytes) else data
    if isinstance(text, InputProblem):
        yield text
        return
    yield from _documents(text, None, STDIN_PATH, "stdin", settings)


def _documents(text: str, kind: str | None, path: str, stem: str,
               settings: _Settings) -> Iterator[Document | InputProblem]:
    """Decoded file contents -> documents; `kind` None means: look at the first character."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if not start:
        yield _empty_problem(path, text)
        return
    if kind is None:
        kind = {"{": "jsonl", "<": "html"}.get(start, "text")
    if kind == "jsonl":
        yield from _records(enumerate(text.split("\n"), 1), path, settings)   # not splitlines: JSON allows U+2028
    elif kind == "html":
        yield document_from_html(text, doc_id=stem, path=path, published=settings.published,
                                 lang=settings.lang)
    else:
        yield document_from_text(text, doc_id=stem, path=path, published=settings.published,
                                 lang=settings.lang)


def _read_folder(folder: str, settings: _Settings) -> Iterator[Document | InputProblem]:
    found = False
    for item in _walk(folder, set()):
        if isinstance(item, InputProblem):
            yield item
            continue
        found = True
        yield from _read_file(item, settings)
    if not found:
        yield InputProblem(folder, None, "the folder has no .txt, .html, .htm or .jsonl files (hidden ones are "
                                         "skipped); put articles in it or name the files directly")


def _walk(folder: str, seen: set[str]) -> Iterator[str | InputProblem]:
    """Article files below `folder` in sorted order, skipping hidden names and symlink loops."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield _os_problem(folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path, seen)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
            yield entry.path


# --- JSON lines --------------------------------------------------------------------------------------

def _read_jsonl_file(file: BinaryIO, path: str, settings: _Settings) -> Iterator[Document | InputProblem]:
    head = file.read(_HEAD)
    if head.startswith(_UTF8_BOM):
        head = head[len(_UTF8_BOM):]
    try:
        broken = "\x00" in head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a character cut by the end of the sample is fine; a few bad bytes are reported per line
        broken = not (exc.reason == "unexpected end of data" and exc.start >= len(head) - 3)
    if broken:
        kind, message = _diagnose(head, path)
        if kind != "bytes":
            yield InputProblem(path, None, message)
            return
    yield from _records(enumerate(_split_lines(file, bytearray(head), settings.max_bytes), 1), path, settings)


def _split_lines(file: BinaryIO, buffer: bytearray, limit: int) -> Iterator[bytes | int]:
    """The file's lines as bytes; a line over `limit` bytes with no end in sight comes as its size, unkept."""
    start, eof = 0, False
    while True:
        newline = buffer.find(b"\n", start)
        if newline >= 0:
            line = bytes(buffer[start:newline])
            start = newline + 1
            yield line
            continue
        if len(buffer) - start > limit:
            size = len(buffer) - start
            buffer = bytearray()
            start = 0
            while True:
                chunk = file.read(_CHUNK)
                newline = chunk.find(b"\n")
                if newline < 0:
                    size += len(chunk)
                    if not chunk:
                        yield size
                        return
                    continue
                yield size + newline
                buffer = bytearray(chunk[newline + 1:])
                break
            continue
        if eof:
            if start < len(buffer):
                yield bytes(buffer[start:])
            return
        del buffer[:start]
        start = 0
        chunk = file.read(_CHUNK)
        if chunk:
            buffer += chunk
        else:
            eof = True


def _records(numbered_lines: Iterable[tuple[int, str | bytes | int]], path: str,
             settings: _Settings) -> Iterator[Document | InputProblem]:
    stem = _stem(path)
    records = problems = 0
    hidden: list[int] = []
    for number, line in numbered_lines:
        found = _record(line, number, path, stem, settings)
        for item in found:
            if isinstance(item, InputProblem):
                problems += 1
                if problems > MAX_PROBLEMS_PER_FILE:
                    hidden.append(number)
                    continue
            else:
                records += 1
            yield item
    if hidden:
        yield InputProblem(path, None, f"{len(hidden)} more bad lines not shown (lines {hidden[0]}-{hidden[-1]}); "
                                       "fix the lines above, check that the file is JSON Lines, and try again")
    elif not records and not problems:
        yield InputProblem(path, None, "the file has no JSON lines; put one article per line, "
                                       'e.g. {"id": "a1", "text": "..."}')


def _record(line: str | bytes | int, number: int, path: str, stem: str,
            settings: _Settings) -> list[Document | InputProblem]:
    """One JSONL line -> [] (blank), [Document], [InputProblem] or [InputProblem, Document]."""
    def problem(message: str) -> list[Document | InputProblem]:
        return [InputProblem(path, number, message)]

    if isinstance(line, int) or len(line) > settings.max_bytes:
        size = line if isinstance(line, int) else len(line)
        return problem(f"the line is {_megabytes(size)}, over the {_limit_text(settings.max_bytes)} limit for "
                       "one article; split the article or raise the limit with --max-bytes")
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return problem(f"the line is not UTF-8 (byte 0x{line[exc.start]:02X} at position {exc.start + 1} "
                           "of the line); re-save the file as UTF-8 and try again")
    line = line.strip().lstrip("\ufeff")
    if not line:
        return []
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return problem(f"the line is not valid JSON ({exc.msg} at column {exc.colno}); write one JSON object "
                       'per line, e.g. {"id": "a1", "text": "..."}')
    except RecursionError:
        return problem("the line is nested too deeply to be an article; write one flat JSON object per line")
    if not isinstance(record, dict):
        return problem(f"the line is a JSON {_json_kind(record)}, not an object; write one object per line, "
                       'e.g. {"id": "a1", "text": "..."}')
    record = _with_field_names(record)
    if "text" not in record:
        keys = ", ".join(map(str, list(record)[:8])) or "none"
        return problem(f'the record has no "text" field (its fields: {keys}); put the article text in "text"')
    text = record["text"]
    if not isinstance(text, str):
        return problem(f'the "text" field is a JSON {_json_kind(text)}, not a string; put the article text in it')
    if not text.strip():
        return problem('the "text" field is empty; remove the line or put the article text in it')

    notes: list[Document | InputProblem] = []
    published, basis = settings.published, "cli" if settings.published else None
    value = record.get("published")
    if not published and value not in (None, ""):
        when = _parse_date(value) if isinstance(value, str) else None
        if when is None:
            notes += problem(f'"published" {json.dumps(value, ensure_ascii=False)[:40]} is not a date, so it was '
                             "ignored; write it as YYYY-MM-DD or an ISO date-time")
        else:
            published, basis = when, "metadata"
    record_id = record.get("id")
    doc_id = str(record_id) if record_id not in (None, "") else f"{stem}:{number}"
    notes.append(Document(
        doc_id=doc_id, text=text, title=_text_field(record, "title"), published=published, published_basis=basis,
        language=settings.lang or _language_code(record.get("lang")) or detect_language(text),
        url=_text_field(record, "url"), outlet=_text_field(record, "source"), path=path))
    return notes


# --- decoding and its diagnosis ----------------------------------------------------------------------

def _decode(data: bytes, path: str, *, charset_from_html: bool = False) -> str | InputProblem:
    """UTF-8 bytes -> str (BOM dropped); anything else -> a problem that names the encoding and the fix."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text
    except UnicodeDecodeError:
        if charset_from_html:
            declared = _DECLARED_CHARSET.search(data[:4096])
            if declared:
                try:
                    return data.decode(declared.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
    return InputProblem(path, None, _diagnose(data, path)[1])


def _diagnose(data: bytes, path: str) -> tuple[str, str]:
    """Why bytes are not UTF-8 text: ("utf16" | "binary" | "cp1256" | "bytes", message for the user)."""
    sample = data[:_HEAD]
    for magic, looks_like in _MAGIC:
        if sample.startswith(magic):
            return "binary", (f"{_subject(path)} is binary (it looks like {looks_like}), not text; "
                              "give diplo articles as .txt, .html or .jsonl files")
    utf16 = _utf16_encoding(sample)
    if utf16:
        return "utf16", (f"{_subject(path)} is UTF-16, not UTF-8; convert it with {_iconv(utf16, path)} and try again")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > 0.05 * len(sample):
        return "binary", (f"{_subject(path)} is binary (mostly non-text bytes), not text; "
                          "give diplo articles as .txt, .html or .jsonl files")
    try:
        data.decode("utf-8")
        where = ""
    except UnicodeDecodeError as exc:
        where = f" (byte 0x{data[exc.start]:02X} at offset {exc.start} cannot be decoded)"
    damaged = sample.decode("utf-8", "replace").count("\ufffd")
    non_ascii = len(sample) - len(sample.decode("ascii", "ignore"))
    if damaged > 0.2 * non_ascii and _looks_like_windows_1256(sample):
        return "cp1256", (f"{_subject(path)} is not UTF-8 (it looks like Windows-1256 Arabic); convert it with "
                          f"{_iconv('WINDOWS-1256', path)} and try again")
    return "bytes", (f"{_subject(path)} is not UTF-8{where}; "
                     "find its encoding with `file -i` and convert it with `iconv -f ENCODING -t UTF-8`, "
                     "then try again")


def _utf16_encoding(sample: bytes) -> str | None:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    # one byte of each character is the high byte: NUL for spaces and Latin letters, never NUL in the other
    if odd_nuls >= 0.1 and even_nuls <= 0.01:
        return "UTF-16LE"
    if even_nuls >= 0.1 and odd_nuls <= 0.01:
        return "UTF-16BE"
    return None


def _looks_like_windows_1256(sample: bytes) -> bool:
    text = sample.decode("cp1256", "replace")
    letters = sum(1 for char in text if char.isalpha())
    return letters > 0 and len(_ARABIC_LETTER.findall(text)) > 0.5 * letters


# --- small helpers -----------------------------------------------------------------------------------

def _extract_page(html: str, url: str | None) -> dict[str, str | None]:
    """trafilatura's main text and metadata; the visible <p>/<article> text when it finds none."""
    import trafilatura   # imported here: it takes ~0.25 s and plain-text runs never need it
    from lxml import etree
    from trafilatura.metadata import extract_metadata

    title_tag = _TITLE_TAG.search(html, 0, 50_000)
    page = {"text": "", "title": None, "sitename": None, "date": None, "url": None,
            "title_tag": " ".join(unescape(title_tag.group(1)).split()) if title_tag else None}
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            date_extraction_params=_HTML_DATE_PARAMS)
        if found is None:
            found = extract_metadata(html, default_url=url, date_config=dict(_HTML_DATE_PARAMS))
    except (ValueError, TypeError, etree.LxmlError, RecursionError):
        return page
    if found is not None:
        page.update(title=found.title, sitename=found.sitename, date=found.date, url=found.url)
        lines = (found.text or "").split("\n")
        page["text"] = "\n\n".join(line.strip() for line in lines if line.strip())
    if not page["text"]:
        page["text"] = _visible_paragraphs(html)
    return page


def _visible_paragraphs(html: str) -> str:
    from lxml import etree
    from lxml import html as lxml_html

    try:   # lxml refuses str input that declares an encoding
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, etree.LxmlError):
        return ""
    for hidden in root.xpath("//script|//style|//noscript|//template|//iframe|//object|//svg|//head"):
        hidden.drop_tree()
    blocks = root.xpath("//p") or root.xpath("//article")
    paragraphs = (" ".join(block.text_content().split()) for block in blocks)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _parse_date(value: str) -> date | None:
    match = _PUBLISHED.fullmatch(value.strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _language_code(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in ("ar", "en") else None


# other names feeds and scrapers give the fields: {"body": ...} is {"text": ...}
FIELD_ALIASES = {"text": ("body", "content", "article", "article_text"),
                 "published": ("date", "published_at", "publish_date", "pub_date", "pubDate", "datePublished"),
                 "source": ("outlet", "site", "publisher", "site_name"), "url": ("link",),
                 "title": ("headline",), "lang": ("language",)}


def _with_field_names(record: dict) -> dict:
    """The record with our field names; a field it has under its own name wins over an alias."""
    missing = [(field, alias) for field, aliases in FIELD_ALIASES.items() if field not in record
               for alias in aliases if alias in record]
    if not missing:
        return record
    named = dict(record)
    for field, alias in missing:
        named.setdefault(field, record[alias])
    return named


def _text_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _json_kind(value: object) -> str:
    return {list: "list", str: "string", bool: "true/false", type(None): "null", dict: "object"}.get(
        type(value), "number")


def _stem(path: str) -> str:
    return "stdin" if path == STDIN_PATH else os.path.splitext(os.path.basename(path))[0]


def _iconv(encoding: str, path: str) -> str:
    stem, suffix = os.path.splitext(os.path.basename(path))
    target = f"{stem}-utf8{suffix}" if path != STDIN_PATH else "article-utf8.txt"
    source = shlex.quote(path) if path != STDIN_PATH else "FILE"
    return f"`iconv -f {encoding} -t UTF-8 {source} > {shlex.quote(target)}`"


def _subject(path: str) -> str:
    return "standard input" if path == STDIN_PATH else "the file"


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size:,} bytes"


def _limit_text(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB // 10 else f"{limit:,} bytes"


def _too_big_problem(path: str, size: int | None, limit: int) -> InputProblem:
    what = f"{_subject(path)} is {_megabytes(size)}," if size is not None else f"{_subject(path)} is"
    return InputProblem(path, None, f"{what} over the {_limit_text(limit)} limit for one article; split it into "
                                    "articles (e.g. one JSON line each) or raise the limit with --max-bytes")


def _empty_problem(path: str, text: str) -> InputProblem:
    what = "is empty" if not text.strip("\ufeff") else "has only blank space"
    return InputProblem(path, None, f"{_subject(path)} {what}; put the article in it (first line = title) or leave it out")


def _os_problem(path: str, exc: OSError) -> InputProblem:
    if isinstance(exc, FileNotFoundError):
        return InputProblem(path, None, "no such file or directory; check the path and the current folder")
    if isinstance(exc, PermissionError):
        return InputProblem(path, None, f"permission denied; make it readable (e.g. `chmod a+r {shlex.quote(path)}`) "
                                        "or run as a user who can read it")
    reason = exc.strerror or str(exc)
    return InputProblem(path, None, f"cannot be read ({reason}); check the path and the disk, then try again")
