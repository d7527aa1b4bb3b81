"""Web addresses -> Documents: an article page, or an RSS/Atom feed whose items are fetched one by one.

Like the file readers, nothing here raises on bad input: an address that cannot be fetched or read
becomes one `InputProblem` line, and the other addresses go on. Only the standard library's urllib is
used; nothing is fetched unless the user gives an address.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Iterable, Iterator
from urllib.parse import urlsplit
from xml.etree import ElementTree

from diplo import __version__
from diplo.model import Document
from diplo.readers import DEFAULT_MAX_BYTES, InputProblem, document_from_html, document_from_text

TIMEOUT = 20.0
USER_AGENT = f"diplo/{__version__} (news event extractor; one request per article)"
URL = re.compile(r"(?i)^https?://")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


def is_url(text: str) -> bool:
    return bool(URL.match(text))


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Page:
    url: str
    data: bytes
    content_type: str
    charset: str | None


def read_urls(urls: Iterable[str], *, published: date | None = None, lang: str | None = None,
              timeout: float = TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputProblem]:
    """Yield the Document behind each address (every item of a feed), or one InputProblem per failure."""
    for url in urls:
        page = fetch(url, timeout=timeout, max_bytes=max_bytes)
        if isinstance(page, InputProblem):
            yield page
            continue
        items = feed_items(page.data) if _may_be_feed(page) else None
        if items is None:
            yield page_document(page, published=published, lang=lang)
            continue
        if not items:
            yield InputProblem(url, None, "the feed has no items with a link; check the feed address")
        for item in items:
            yield from _item_document(item, published=published, lang=lang, timeout=timeout, max_bytes=max_bytes)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page | InputProblem:
    """GET one address; at most `max_bytes` are read."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
            final_url = response.geturl() or url
    except urllib.error.HTTPError as exc:
        return InputProblem(url, None, f"the server answered HTTP {exc.code} {exc.reason}; check the address "
                                       "or save the page from your browser as .html")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return InputProblem(url, None, f"could not fetch it ({reason}); check the address and your connection, "
                                       "or save the page from your browser as .html")
    if len(data) > max_bytes:
        return InputProblem(url, None, f"the page is over {max_bytes // (1024 * 1024)} MB, too big for one "
                                       "article; save the article's text as .txt instead")
    charset = _CHARSET.search(content_type)
    return Page(final_url, data, content_type.split(";")[0].strip().lower(), charset.group(1) if charset else None)


def page_document(page: Page, *, published: date | None = None, lang: str | None = None,
                  title: str | None = None) -> Document | InputProblem:
    """A fetched page -> Document (HTML through the same reader as saved .html files)."""
    kind = page.content_type
    if kind.startswith("text/plain"):
        text = _decode(page.data, page.charset)
        return document_from_text(text, doc_id=_doc_name(page.url), published=published, lang=lang, url=page.url)
    if kind and not ("html" in kind or "xml" in kind):
        return InputProblem(page.url, None, f"this address is {kind}, not a web page or a feed; save the "
                                            "article's text as .txt and ingest the file")
    html: str | bytes = page.data
    if page.charset:
        try:
            html = page.data.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            html = page.data           # the header lied: let the reader look at the page's own <meta>
    doc = document_from_html(html, doc_id=_doc_name(page.url), url=page.url, published=published, lang=lang)
    if isinstance(doc, Document) and title and not doc.title:
        doc = replace(doc, title=title)
    return doc


def feed_items(data: bytes) -> list[FeedItem] | None:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed; None when the bytes are not a feed."""
    head = data[:2048].lstrip()
    if not head.startswith(b"<"):
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        return None
    items = []
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        link = _link(element)
        if link:
            items.append(FeedItem(link, _child_text(element, "title"),
                                  _feed_date(_child_text(element, "pubDate", "published", "updated", "date"))))
    return items


def _item_document(item: FeedItem, *, published, lang, timeout, max_bytes) -> Iterator[Document | InputProblem]:
    page = fetch(item.link, timeout=timeout, max_bytes=max_bytes)
    if isinstance(page, InputProblem):
        yield page
        return
    doc = page_document(page, published=published, lang=lang, title=item.title)
    if isinstance(doc, Document) and doc.published is None and item.published:
        doc = replace(doc, published=item.published, published_basis="metadata")
    yield doc


def _may_be_feed(page: Page) -> bool:
    return page.content_type in _FEED_TYPES or "xml" in page.content_type or page.data.lstrip()[:5] == b"<?xml"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _link(element) -> str | None:
    """RSS <link>text</link>, Atom <link rel="alternate" href=...>, or a permalink <guid>."""
    for child in element:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if child.text and is_url(child.text.strip()):
            return child.text.strip()
    for child in element:
        if _local(child.tag) == "guid" and child.text and is_url(child.text.strip()):
            return child.text.strip()
    return None


def _feed_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        return None


def _decode(data: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("utf-8", errors="replace")


def _doc_name(url: str) -> str:
    parts = urlsplit(url)
    tail = [p for p in parts.path.split("/") if p]
    return (tail[-1] if tail else parts.netloc) or url
