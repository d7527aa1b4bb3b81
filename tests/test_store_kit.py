"""Helpers for the store tests: a tiny stand-in extractor whose events are written in the article itself.

A line "EVENT type date actor|actor [modality]" in a text becomes one event, so a test states exactly
which events a document has, without depending on the real extractor's coverage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplo.model import Actor, Document, Event, Mention, Span

COUNTRIES = {"Emmanuel Macron": "FRA", "Vladimir Putin": "RUS", "Olaf Scholz": "DEU", "Joe Biden": "USA",
             "Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "United States": "USA", "NATO": None}
_EVENT_LINE = re.compile(r"^EVENT (\w+) (\S+) ([^\n]+?)(?: (asserted|planned|negated|hypothetical))?$", re.M)


@dataclass(frozen=True)
class FakeAnalysis:
    document: Document
    mentions: tuple
    events: tuple
    dates: tuple = ()


def kind_of(name: str) -> str:
    if name == "NATO":
        return "organization"
    return "person" if " " in name and name not in ("United States",) else "country"


def fake_analyse(doc: Document) -> FakeAnalysis:
    """Events from EVENT lines; every actor name found in the text is also a mention."""
    events, mentions = [], []
    for n, m in enumerate(_EVENT_LINE.finditer(doc.text)):
        etype, when, names, modality = m.group(1), m.group(2), m.group(3).split("|"), m.group(4) or "asserted"
        day = None if when == "-" else date.fromisoformat(when)
        actors = []
        for name in names:
            start = doc.text.index(name, m.start())
            role = "participant" if etype in ("call", "meeting") else ("source" if not actors else "target")
            actors.append(Actor(name, COUNTRIES.get(name), kind_of(name), role, name, start, start + len(name)))
        trigger = Span(etype, m.start(2) - len(etype) - 1, m.start(2) - 1)
        events.append(Event(
            doc_id=doc.doc_id, event_id=f"{doc.doc_id}-{n}", type=etype, subtype="phone" if etype == "call" else "",
            cameo={"call": "041", "meeting": "040", "sanctions": "163"}.get(etype, "010"),
            plover="CONSULT", modality=modality, date=day, date_precision="day" if day else None,
            date_basis="explicit" if day else None, date_text=when if day else None, published=doc.published,
            language=doc.language or "en", confidence=0.9, actors=tuple(actors), location=None,
            trigger=trigger, evidence=Span(m.group(0), m.start(), m.end()), rule="test"))
    for name in COUNTRIES:
        for hit in re.finditer(re.escape(name), doc.text):
            mentions.append(Mention("person" if kind_of(name) == "person" else "country", hit.start(), hit.end(),
                                    name, name, "actor",
                                    {"name": name, "country": COUNTRIES[name], "kind": kind_of(name)}))
    return FakeAnalysis(doc, tuple(sorted(mentions, key=lambda x: x.start)), tuple(events))


def article(title: str, *event_lines: str, outlet: str = "Wire", published: str | None = "2022-03-23",
            lang: str = "en", url: str | None = None) -> Document:
    """A Document whose text holds the given EVENT lines."""
    text = f"{title} – {outlet}\n\n" + "\n".join(event_lines) + "\n"
    return Document(doc_id=re.sub(r"\W+", "_", title)[:30], text=text, title=title, outlet=outlet,
                    published=date.fromisoformat(published) if published else None,
                    published_basis="metadata" if published else None, language=lang, url=url)


def numbered_corpus(n: int) -> list[Document]:
    """n different articles; article i reports a call (and every third one sanctions), 2-3 mentions each."""
    docs = []
    for i in range(n):
        lines = [f"EVENT call 2022-03-{1 + i % 28:02d} Emmanuel Macron|Vladimir Putin"]
        if i % 3 == 0:
            lines.append(f"EVENT sanctions 2022-03-{1 + i % 28:02d} United States|Russia")
        docs.append(article(f"Report number {i}", *lines, outlet=f"Outlet {i % 7}"))
    return docs


def expected_events(docs: list[Document]) -> dict[str, int]:
    """Events per document title, as the stand-in extractor finds them."""
    return {d.title: len(fake_analyse(d).events) for d in docs}
