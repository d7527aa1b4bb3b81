"""Small DataFrames of the EventStore contract's shape (diplo/ARCHITECTURE.md) for chart and view tests."""
from __future__ import annotations

import numpy as np
import pandas as pd

from diplo.model import EVENT_TYPES

EVENT_COLUMNS = (
    "event_id", "doc_id", "type", "subtype", "cameo", "plover", "modality", "date", "date_precision",
    "date_basis", "date_text", "published", "language", "confidence", "actor_names", "actor_countries",
    "sources", "targets", "participants", "location", "trigger_text", "trigger_start", "trigger_end",
    "evidence_text", "evidence_start", "evidence_end", "title", "outlet", "url", "group_id", "n_reports",
    "lang_version",
)

_DEFAULTS = {
    "doc_id": "doc-1", "subtype": "", "cameo": "", "plover": "", "modality": "asserted",
    "date_precision": "day", "date_basis": None, "date_text": None, "published": None, "language": "en",
    "confidence": 0.9, "actor_countries": [], "sources": [], "targets": [], "participants": [],
    "location": None, "trigger_text": "", "trigger_start": 0, "trigger_end": 0, "evidence_text": "",
    "evidence_start": 0, "evidence_end": 0, "title": "", "outlet": "", "url": None, "group_id": None,
    "n_reports": 1, "lang_version": "test",
}


def event_row(event_id: str, type: str, date: str | None, actors: list[str], **fields) -> dict:
    """One event as a dict with every contract column, defaults for the ones not given."""
    row = dict(_DEFAULTS)
    row.update(event_id=event_id, type=type, date=date, actor_names=list(actors))
    if "participants" not in fields:
        row["participants"] = list(actors)
    row.update(fields)
    row["group_id"] = row["group_id"] or event_id
    return row


def events_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows as the store returns them: every column, dates as datetime64."""
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


SEED_ARTICLE = (
    "جاء ذلك بعد أن أعلن الإليزيه ، الثلاثاء ، أن ماكرون تحدث مرة أخرى لمدة ساعة مع بوتين ، "
    "وطالبته بوقف إطلاق النار ، دون التوصل لاتفاق معه في هذا الصدد."
)


def sample_events() -> pd.DataFrame:
    """A dozen events around the seed's Macron-Putin call of 2022-03-22."""
    text = SEED_ARTICLE
    ev_start = 0
    ev_end = len(text)
    trig = text.index("تحدث")
    rows = [
        event_row("ev-call-1", "call", "2022-03-22", ["Emmanuel Macron", "Vladimir Putin"], doc_id="seed-1",
                  subtype="phone", cameo="041", plover="CONSULT", language="ar",
                  actor_countries=["FRA", "RUS"], date_text="الثلاثاء", published="2022-03-23",
                  date_basis="the Tuesday before publication on 2022-03-23",
                  trigger_text="تحدث", trigger_start=trig, trigger_end=trig + 4,
                  evidence_text=text, evidence_start=ev_start, evidence_end=ev_end,
                  title="يجب الحفاظ على قناة حوار مفتوحة مع روسيا", outlet="الحقيقة نت"),
        event_row("ev-call-2", "call", "2022-03-05", ["Emmanuel Macron", "Vladimir Putin"], subtype="phone",
                  evidence_text="Macron spoke to Putin on Saturday.", outlet="Wire"),
        event_row("ev-call-3", "call", "2022-03-22", ["Olaf Scholz", "Vladimir Putin"], subtype="phone",
                  evidence_text="Scholz called Putin.", outlet="Wire"),
        event_row("ev-call-4", "call", "2022-03-10", ["Joe Biden", "Volodymyr Zelensky"], subtype="phone"),
        event_row("ev-meet-1", "meeting", "2022-03-24", ["NATO"], subtype="summit", location="Brussels",
                  evidence_text="NATO leaders met in Brussels."),
        event_row("ev-meet-2", "meeting", "2022-03-29", ["Russia", "Ukraine", "Turkey"], subtype="talks",
                  location="Istanbul"),
        event_row("ev-meet-3", "meeting", "2022-04-15", ["Sergey Lavrov", "Antony Blinken"], modality="planned"),
        event_row("ev-meet-4", "meeting", "2022-03-30", ["Emmanuel Macron", "Vladimir Putin"], modality="negated"),
        event_row("ev-sanc-1", "sanctions", "2022-03-24", ["United States", "Russia"], subtype="impose",
                  sources=["United States"], targets=["Russia"], participants=[]),
        event_row("ev-sanc-2", "sanctions", "2022-03-15", ["European Union", "Russia"], subtype="impose",
                  sources=["European Union"], targets=["Russia"], participants=[]),
        event_row("ev-stat-1", "statement", "2022-03-23", ["France"], sources=["France"], participants=[]),
        event_row("ev-aid-1", "aid", None, ["United States", "Ukraine"], subtype="military"),
    ]
    return events_frame(rows)


def many_events(n: int, seed: int = 7) -> pd.DataFrame:
    """n synthetic events over four years, for size and aggregation tests."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 1460, n), unit="D")
    types = np.array(EVENT_TYPES)[rng.integers(0, len(EVENT_TYPES), n)]
    modality = np.where(rng.random(n) < 0.1, "planned", "asserted")
    names = np.array(["Emmanuel Macron", "Vladimir Putin", "Joe Biden", "Volodymyr Zelensky", "NATO", "Russia"])
    a = names[rng.integers(0, len(names), n)]
    b = names[rng.integers(0, len(names), n)]
    frame = pd.DataFrame({
        "event_id": [f"ev{i}" for i in range(n)], "type": types, "modality": modality, "date": days,
        "actor_names": [[x, y] for x, y in zip(a, b)],
        "evidence_text": ["وقال في بيان إن الرئيس الفرنسي إيمانويل ماكرون تحدث مع نظيره الروسي فلاديمير بوتين "
                          "لمدة ساعة عن الوضع في أوكرانيا والمفاوضات الجارية بين الطرفين"] * n,
        "title": "t", "outlet": "o", "n_reports": 1,
    })
    frame["group_id"] = frame["event_id"]
    return frame



# ---- a real EventStore with known content, independent of the extractor's quality ------------------

HOSTILE_TEXT = (
    "Biden called Zelensky <script>window.__pwned = 1</script> – Test Wire\n\n"
    "KYIV, March 10 - US President Joe Biden spoke by phone with Volodymyr Zelensky on Thursday "
    "<img src=x onerror=\"window.__pwned = 2\"> about more aid.\n"
    "Officials said <b>more talks</b> would follow."
)
ENGLISH_TEXT = (
    "Macron and Scholz call Putin – Evening Courier\n\n"
    "PARIS, March 5 - French President Emmanuel Macron spoke to Vladimir Putin on Saturday, the Elysee said.\n"
    "On 22 March German Chancellor Olaf Scholz called Putin again.\n"
    "NATO leaders met in Brussels on 24 March, and the United States imposed sanctions on Russia that day.\n"
    "Sergey Lavrov will meet Antony Blinken on 15 April.\n"
    "Macron denied that he would meet Putin on 30 March."
)
SECOND_REPORT = (
    "ماكرون وبوتين يتحادثان مجددا – الوسط اليوم\n\n"
    "باريس - 23 مارس 2022\n"
    "قال الإليزيه إن الرئيس إيمانويل ماكرون تحدث هاتفيا مع الرئيس فلاديمير بوتين الثلاثاء."
)

PEOPLE = {  # name -> (country, kind, Arabic name)
    "Emmanuel Macron": ("FRA", "person", "إيمانويل ماكرون"), "Vladimir Putin": ("RUS", "person", "فلاديمير بوتين"),
    "Olaf Scholz": ("DEU", "person", "أولاف شولتس"), "Joe Biden": ("USA", "person", "جو بايدن"),
    "Volodymyr Zelensky": ("UKR", "person", "فولوديمير زيلينسكي"), "NATO": (None, "organization", "الناتو"),
    "United States": ("USA", "country", "الولايات المتحدة"), "Russia": ("RUS", "country", "روسيا"),
    "Sergey Lavrov": ("RUS", "person", "سيرغي لافروف"), "Antony Blinken": ("USA", "person", "أنتوني بلينكن"),
}


def _span(text: str, needle: str, after: int = 0):
    from diplo.model import Span
    start = text.index(needle, after)
    return Span(needle, start, start + len(needle))


def _sentence_of(text: str, needle: str):
    from diplo.model import Span
    at = text.index(needle)
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1 if text.rfind(". ", 0, at) >= 0 else -1) + 1
    end = min([i for i in (text.find("\n", at), text.find(".", at) + 1) if i > 0] or [len(text)])
    start = start if text[start] != " " else start + 1
    return Span(text[start:end], start, end)


def _event(doc, n: int, type_: str, subtype: str, when: str | None, names_and_roles, trigger: str,
           evidence: str, modality: str = "asserted", date_text: str | None = None, basis: str | None = None):
    from datetime import date as _date

    from diplo.model import Actor, Event
    text = doc.text
    ev = _sentence_of(text, evidence)
    actors = []
    for name, role, written in names_and_roles:
        country, kind, _ar = PEOPLE[name]
        sp = _span(text, written, ev.start) if written in text[ev.start:ev.end] else _span(text, written)
        actors.append(Actor(name, country, kind, role, sp.text, sp.start, sp.end))
    cameo = {"call": "041", "meeting": "043", "sanctions": "163"}[type_]
    return Event(doc_id=doc.doc_id, event_id=f"{doc.doc_id}-{n}", type=type_, subtype=subtype, cameo=cameo,
                 plover="SANCTION" if type_ == "sanctions" else "CONSULT", modality=modality,
                 date=_date.fromisoformat(when) if when else None, date_precision="day" if when else None,
                 date_basis=basis, date_text=date_text, published=doc.published, language=doc.language,
                 confidence=0.9, actors=tuple(actors), location=None,
                 trigger=_span(text, trigger, ev.start), evidence=ev, rule="fixture")


def _mentions(doc, events, dates: list[str]):
    from diplo.model import Mention
    found = []
    for event in events:
        for a in event.actors:
            found.append(Mention("actor", a.start, a.end, a.text, a.name.lower().replace(" ", "_"), "lexicon",
                                 {"name": a.name, "country": a.country, "kind": a.kind}))
        found.append(Mention("trigger", event.trigger.start, event.trigger.end, event.trigger.text, event.type,
                             "trigger"))
    for phrase in dates:
        sp = _span(doc.text, phrase)
        found.append(Mention("date", sp.start, sp.end, sp.text, "date", "date"))
    return tuple(sorted(set(found), key=lambda m: (m.start, m.end)))


def fixture_analyses() -> list:
    """Hand-made analyses (document, mentions, events) of four articles, including a hostile one."""
    from datetime import date as _date
    from types import SimpleNamespace

    from diplo.model import Document
    from diplo.store import content_id
    seed_text = open(SEED_PATH, encoding="utf-8").read()

    def doc(text, title, outlet, published, language, url=None):
        return Document(doc_id=content_id(text), text=text, title=title, outlet=outlet,
                        published=_date.fromisoformat(published), published_basis="metadata",
                        language=language, url=url)

    seed = doc(seed_text, "يجب الحفاظ على قناة حوار مفتوحة مع روسيا", "الحقيقة نت", "2022-03-23", "ar")
    english = doc(ENGLISH_TEXT, "Macron and Scholz call Putin", "Evening Courier", "2022-03-26", "en",
                  "https://courier.example/macron-scholz")
    second = doc(SECOND_REPORT, "ماكرون وبوتين يتحادثان مجددا", "الوسط اليوم", "2022-03-23", "ar",
                 "javascript:alert(1)")
    hostile = doc(HOSTILE_TEXT, "Biden called Zelensky <script>window.__pwned = 1</script>", "Test Wire",
                  "2022-03-11", "en")
    P = "participant"
    analyses = []
    events = [_event(seed, 1, "call", "phone", "2022-03-22",
                     [("Emmanuel Macron", P, "ماكرون"), ("Vladimir Putin", P, "بوتين")], "تحدث",
                     "أن ماكرون تحدث مرة أخرى", date_text="الثلاثاء",
                     basis="the Tuesday before publication on 2022-03-23")]
    analyses.append(SimpleNamespace(document=seed, events=tuple(events), mentions=_mentions(seed, events, ["الثلاثاء"])))
    events = [
        _event(english, 1, "call", "phone", "2022-03-05", [("Emmanuel Macron", P, "Emmanuel Macron"),
               ("Vladimir Putin", P, "Vladimir Putin")], "spoke to", "Macron spoke to Vladimir Putin",
               date_text="Saturday", basis="the Saturday of the dateline (March 5)"),
        _event(english, 2, "call", "phone", "2022-03-22", [("Olaf Scholz", P, "Olaf Scholz"),
               ("Vladimir Putin", P, "Putin")], "called", "Scholz called Putin", date_text="22 March"),
        _event(english, 3, "meeting", "summit", "2022-03-24", [("NATO", P, "NATO")], "met",
               "NATO leaders met", date_text="24 March"),
        _event(english, 4, "sanctions", "impose", "2022-03-24", [("United States", "source", "United States"),
               ("Russia", "target", "Russia")], "imposed sanctions", "NATO leaders met", date_text="24 March"),
        _event(english, 5, "meeting", "meeting", "2022-04-15", [("Sergey Lavrov", P, "Sergey Lavrov"),
               ("Antony Blinken", P, "Antony Blinken")], "meet", "Lavrov will meet", modality="planned",
               date_text="15 April"),
        _event(english, 6, "meeting", "meeting", "2022-03-30", [("Emmanuel Macron", P, "Macron"),
               ("Vladimir Putin", P, "Putin")], "meet", "Macron denied", modality="negated",
               date_text="30 March"),
    ]
    analyses.append(SimpleNamespace(document=english, events=tuple(events),
                                    mentions=_mentions(english, events, ["March 5", "Saturday", "22 March"])))
    events = [_event(second, 1, "call", "phone", "2022-03-22", [("Emmanuel Macron", P, "إيمانويل ماكرون"),
                     ("Vladimir Putin", P, "فلاديمير بوتين")], "تحدث", "قال الإليزيه", date_text="الثلاثاء",
                     basis="the Tuesday before publication on 2022-03-23")]
    analyses.append(SimpleNamespace(document=second, events=tuple(events), mentions=_mentions(second, events, [])))
    events = [_event(hostile, 1, "call", "phone", "2022-03-10", [("Joe Biden", P, "Joe Biden"),
                     ("Volodymyr Zelensky", P, "Volodymyr Zelensky")], "spoke by phone", "US President Joe Biden",
                     date_text="Thursday")]
    analyses.append(SimpleNamespace(document=hostile, events=tuple(events),
                                    mentions=_mentions(hostile, events, ["Thursday"])))
    return analyses


SEED_PATH = __import__("pathlib").Path(__file__).resolve().parents[1] / "seeds" / "000_3ba929ae3eb71c74.txt"


def build_fixture_db(path) -> None:
    """A DuckDB store at `path` holding fixture_analyses()."""
    from diplo.store import EventStore
    store = EventStore(path)
    store.add_analyses(fixture_analyses(), lang_version="fixture")
    store.close()
