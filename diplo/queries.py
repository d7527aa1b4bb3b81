"""What the dashboard and the CLI ask the store: the `Filters` value and pure helpers around it.

Nothing here touches the database: `diplo.store` turns a `Filters` into SQL. The helpers are plain
functions of plain values (URL parameters, event rows), so their tests are tables of cases.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import date
from typing import Iterable, Mapping

import pandas as pd

from diplo.model import EVENT_TYPES, MODALITIES

ACTOR_MATCHES = ("any", "all")
LANGUAGES = ("ar", "en")
DEFAULT_GROUP_WINDOW_DAYS = 1

# Reports of one event may disagree on whether it happened yet (planned today, asserted tomorrow), so
# those two group together; a denial or a conditional is never merged with reports that it happened.
_MODALITY_CLASS = {"asserted": "real", "planned": "real", "negated": "negated", "hypothetical": "hypothetical"}

# URL query-string keys of each filter field (short, readable in a shared link).
_PARAM_KEYS = {
    "actors": "actor", "actor_match": "match", "countries": "country", "types": "type",
    "date_from": "from", "date_to": "to", "languages": "lang", "outlets": "outlet",
    "include_planned": "planned", "modalities": "modality",
}


def _tuple(values: Iterable[str] | str | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(sorted({str(v).strip() for v in values if v is not None and str(v).strip()}))


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, date):
        return value.date() if hasattr(value, "hour") else value
    return date.fromisoformat(str(value))


@dataclass(frozen=True)
class Filters:
    """Which events to show. Empty tuples mean "no restriction"; values are kept sorted, so equal
    filters are equal (and hash alike, e.g. as a cache key).

    actors / countries: events with ANY of them (or ALL, with actor_match="all");
    date_from / date_to: inclusive, on the event's date, or its article's publication date when the
    event has no date of its own; modalities: empty means every modality, and include_planned=False
    drops "planned" from whatever is chosen.
    """
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    include_planned: bool = True
    modalities: tuple[str, ...] = ()
    actor_match: str = "any"

    def __post_init__(self):
        for name in ("actors", "countries", "types", "languages", "outlets", "modalities"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        object.__setattr__(self, "countries", tuple(sorted({c.upper() for c in self.countries})))
        object.__setattr__(self, "date_from", _as_date(self.date_from))
        object.__setattr__(self, "date_to", _as_date(self.date_to))
        if self.actor_match not in ACTOR_MATCHES:
            raise ValueError(f"actor_match must be one of {ACTOR_MATCHES}, not {self.actor_match!r}")
        unknown = set(self.types) - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"unknown event type(s) {sorted(unknown)}; known: {', '.join(EVENT_TYPES)}")
        unknown = set(self.modalities) - set(MODALITIES)
        if unknown:
            raise ValueError(f"unknown modality {sorted(unknown)}; known: {', '.join(MODALITIES)}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"the date range starts ({self.date_from}) after it ends ({self.date_to})")

    def effective_modalities(self) -> tuple[str, ...]:
        """The modalities kept, after include_planned; () means all of them."""
        chosen = self.modalities or (() if self.include_planned else MODALITIES)
        if not self.include_planned:
            chosen = tuple(m for m in chosen if m != "planned")
        return chosen

    def is_empty(self) -> bool:
        return self == Filters()

    def to_params(self) -> dict[str, list[str]]:
        """The filters as URL query parameters (only the ones that differ from the defaults)."""
        params: dict[str, list[str]] = {}
        default = Filters()
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            key = _PARAM_KEYS[f.name]
            if isinstance(value, tuple):
                params[key] = list(value)
            elif isinstance(value, bool):
                params[key] = ["1" if value else "0"]
            elif isinstance(value, date):
                params[key] = [value.isoformat()]
            else:
                params[key] = [str(value)]
        return params

    @classmethod
    def from_params(cls, params: Mapping[str, str | list[str]]) -> "Filters":
        """Filters from URL query parameters; values that make no sense (a bad date, an unknown type)
        are dropped rather than refused, so an old or hand-edited link still opens."""
        def values(field: str) -> list[str]:
            raw = params.get(_PARAM_KEYS[field], [])
            return [raw] if isinstance(raw, str) else list(raw)

        def one(field: str) -> str | None:
            found = values(field)
            return found[-1] if found else None

        def day(field: str) -> date | None:
            try:
                return _as_date(one(field))
            except ValueError:
                return None

        date_from, date_to = day("date_from"), day("date_to")
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        return cls(
            actors=values("actors"), countries=values("countries"),
            types=[t for t in values("types") if t in EVENT_TYPES],
            date_from=date_from, date_to=date_to,
            languages=values("languages"), outlets=values("outlets"),
            include_planned=one("include_planned") not in ("0", "false", "no"),
            modalities=[m for m in values("modalities") if m in MODALITIES],
            actor_match=one("actor_match") if one("actor_match") in ACTOR_MATCHES else "any",
        )


# --- repeated reports ----------------------------------------------------------------------------------

def modality_class(modality: str | None) -> str:
    """Which reports may be grouped together: asserted and planned, or only denials, or only conditionals."""
    return _MODALITY_CLASS.get(modality or "asserted", "real")


def group_key(event_type: str, actor_names: Iterable[str], modality: str | None) -> int | None:
    """The key (a non-negative 63-bit integer) shared by reports of one event: same type, same set of
    actors, same modality class.

    None for an event without actors: "a meeting was held" alone cannot be matched to another report.
    """
    names = sorted({n for n in actor_names if n})
    if not names:
        return None
    text = "\x1f".join([event_type, modality_class(modality), *names])
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def describe_group(n_reports: int, n_events: int, window_days: int, dated: bool = True) -> str:
    """Why these events count as one, in a sentence for the dashboard."""
    if not dated:
        return "Not grouped: the event has no date of its own, so it cannot be matched to other reports."
    if n_events <= 1:
        return "Reported once: no other article gives an event of this type between the same actors on this date."
    window = "the same day" if window_days <= 0 else f"dates at most {window_days} day{'s' * (window_days != 1)} apart"
    articles = f"{n_reports} article{'s' * (n_reports != 1)}"
    return (f"{n_events} reports in {articles} grouped as one event: same type, same actors, "
            f"{window}, and none of them says it was cancelled or denied while others say it happened.")


# --- export in GDELT-joinable columns ------------------------------------------------------------------

EXPORT_COLUMNS = (
    "event_id", "group_id", "n_reports", "doc_id", "sqldate", "date", "date_precision", "date_text",
    "date_basis", "published", "year", "month_year", "type", "subtype", "modality", "event_code",
    "event_base_code", "event_root_code", "quad_class", "plover", "actor1_name", "actor1_country",
    "actor1_kind", "actor2_name", "actor2_country", "actor2_kind", "actor_names", "actor_countries",
    "sources", "targets", "participants", "location", "location_country", "language", "outlet", "title",
    "source_url", "evidence_text", "evidence_start", "evidence_end", "trigger_text", "confidence",
    "lang_version",
)
LIST_COLUMNS = ("actor_names", "actor_countries", "sources", "targets", "participants")


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from a CAMEO code: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


def primary_actors(sources, targets, participants, names, codes, kinds) -> tuple:
    """(actor1, actor2), each (name, country, kind) or Nones, the way GDELT's Actor1/Actor2 read: source
    and target when the event has them, else the first two participants (or actors)."""
    sources, targets = list(sources), list(targets)
    if sources or targets:
        first = sources[:1]
        second = targets[:1] or [n for n in participants if n not in first][:1]
    else:
        ordered = list(participants) or list(names)
        first, second = ordered[:1], ordered[1:2]
    info = {n: (c or None, k or None) for n, c, k in zip(names, codes, kinds)}

    def actor(picked):
        if not picked:
            return (None, None, None)
        return (picked[0], *info.get(picked[0], (None, None)))
    return actor(first), actor(second)


def export_frame(events: pd.DataFrame) -> pd.DataFrame:
    """Store events (EventStore.events) -> one row per event in GDELT-style columns.

    sqldate is YYYYMMDD of the event's date, or of its article's publication date when the event has no
    date of its own (date_basis then says "publication date"); event_code is the CAMEO code.
    """
    out = pd.DataFrame(index=events.index)
    day = events["date"].fillna(events["published"]) if len(events) else events["date"]
    out["event_id"] = events["event_id"]
    out["group_id"] = events["group_id"]
    out["n_reports"] = events["n_reports"]
    out["doc_id"] = events["doc_id"]
    out["sqldate"] = day.dt.strftime("%Y%m%d").astype("Int64") if len(events) else pd.Series(dtype="Int64")
    out["date"] = events["date"].dt.strftime("%Y-%m-%d")
    out["date_precision"] = events["date_precision"]
    out["date_text"] = events["date_text"]
    out["date_basis"] = events["date_basis"].where(events["date"].notna(), "publication date")
    out["published"] = events["published"].dt.strftime("%Y-%m-%d")
    out["year"] = day.dt.year.astype("Int64")
    out["month_year"] = (day.dt.year * 100 + day.dt.month).astype("Int64")
    out["type"] = events["type"]
    out["subtype"] = events["subtype"]
    out["modality"] = events["modality"]
    cameo = events["cameo"].fillna("")
    out["event_code"] = cameo
    out["event_base_code"] = cameo.str[:3]
    out["event_root_code"] = cameo.str[:2]
    out["quad_class"] = pd.array([quad_class(c) for c in cameo], dtype="Int64")
    out["plover"] = events["plover"]
    pairs = [primary_actors(s, t, p, n, c, k) for s, t, p, n, c, k in zip(
        events["sources"], events["targets"], events["participants"], events["actor_names"],
        events["actor_codes"], events["actor_kinds"])]
    for i, prefix in ((0, "actor1"), (1, "actor2")):
        out[f"{prefix}_name"] = [p[i][0] for p in pairs]
        out[f"{prefix}_country"] = [p[i][1] for p in pairs]
        out[f"{prefix}_kind"] = [p[i][2] for p in pairs]
    for column in LIST_COLUMNS:
        out[column] = events[column]
    out["location"] = events["location"]
    out["location_country"] = events["location_country"]
    out["language"] = events["language"]
    out["outlet"] = events["outlet"]
    out["title"] = events["title"]
    out["source_url"] = events["url"]
    for column in ("evidence_text", "evidence_start", "evidence_end", "trigger_text", "confidence",
                   "lang_version"):
        out[column] = events[column]
    return out[list(EXPORT_COLUMNS)]
