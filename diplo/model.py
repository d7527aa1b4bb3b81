"""The data that flows through diplo: Document -> Sentence -> Mention -> Event.

Every span keeps `start`/`end` character offsets into the ORIGINAL document text, so
`document.text[span.start:span.end] == span.text` holds everywhere.

Spans, sentences, mentions, actors, locations and events are built by the thousand per corpus, so they
are slotted dataclasses, hashable like frozen ones (construction costs a quarter of a frozen one's); nothing changes them
after they are made: derive a changed copy with dataclasses.replace, as for a frozen one.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date
from typing import Any

EVENT_TYPES = (
    "call", "meeting", "visit", "sanctions", "statement", "demand",
    "aid", "agreement", "rejection", "threat", "military",
)
MODALITIES = ("asserted", "planned", "negated", "hypothetical")
ROLES = ("source", "target", "participant")
ACTOR_KINDS = ("person", "country", "organization", "group")


@dataclass(frozen=True)
class Document:
    """One article as read from disk, stdin, a JSONL record or a web page."""
    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None
    published_basis: str | None = None   # "metadata", "cli", "dateline: ...", "inferred: ..."
    language: str | None = None          # "ar" | "en"
    url: str | None = None
    outlet: str | None = None
    path: str | None = None


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Span:
    """A stretch of the original text."""
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Mention:
    """A dictionary or pattern hit in the text.

    kind: actor | title | counterpart | trigger | place | modality | date | conflict
    entry: the id of the lexicon entry (or rule) that produced it.
    """
    kind: str
    start: int
    end: int
    text: str
    entry: str
    rule: str = "lexicon"
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Actor:
    name: str
    country: str | None
    kind: str
    role: str
    text: str
    start: int
    end: int
    entry: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "kind": self.kind, "role": self.role,
                "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Location:
    name: str
    country: str | None
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, unsafe_hash=True)   # hashable as the frozen classes were; nothing mutates them
class Event:
    doc_id: str
    event_id: str
    type: str
    subtype: str
    cameo: str
    plover: str
    modality: str
    date: date | None
    date_precision: str | None        # day | month | year | None
    date_basis: str | None
    date_text: str | None
    published: date | None
    language: str
    confidence: float
    actors: tuple[Actor, ...]
    location: Location | None
    trigger: Span
    evidence: Span
    rule: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of the CLI's jsonl output."""
        return {
            "doc_id": self.doc_id, "event_id": self.event_id, "type": self.type,
            "subtype": self.subtype, "cameo": self.cameo, "plover": self.plover,
            "modality": self.modality,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision, "date_basis": self.date_basis,
            "date_text": self.date_text,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language, "confidence": round(self.confidence, 3),
            "actors": [a.as_dict() for a in self.actors],
            "location": self.location.as_dict() if self.location else None,
            "trigger": self.trigger.as_dict(), "evidence": self.evidence.as_dict(),
            "rule": self.rule,
        }
