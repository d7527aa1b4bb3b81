"""Analyses -> rows of the store's tables, as Arrow tables ready to insert. No SQL here.

Row layouts are fixed by TABLE_SCHEMAS (the store's columns, in order); `Batch` collects one write
transaction's documents, events, actors and mentions as tuples and turns them into Arrow at the end.
"""
from __future__ import annotations

import gc
import re
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from diplo.model import Document
from diplo.queries import group_key

NOT_ENTITIES = frozenset(("trigger", "cue", "date", "conflict", "modality"))   # mention rules that name no entity
_NO_ENTITY = (None, None, None)
_ARABIC = re.compile("[\u0600-\u06ff]")

DOC_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("source_name", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
    ("url", pa.string()), ("path", pa.string()), ("language", pa.string()), ("published", pa.date32()),
    ("published_basis", pa.string()), ("given_published", pa.date32()), ("given_basis", pa.string()),
    ("text", pa.string()), ("ingested_at", pa.timestamp("us")), ("lang_version", pa.string()),
])
_S, _I, _L = pa.string(), pa.int32(), pa.list_(pa.string())
EVENT_SCHEMA = pa.schema([
    ("eid", pa.int64()), ("event_id", _S), ("doc_id", _S), ("type", _S), ("subtype", _S), ("cameo", _S),
    ("plover", _S), ("modality", _S), ("date", pa.date32()), ("date_precision", _S), ("date_basis", _S),
    ("date_text", _S), ("day", pa.date32()), ("published", pa.date32()), ("language", _S), ("outlet", _S),
    ("title", _S), ("url", _S), ("confidence", pa.float64()), ("actor_names", _L), ("actor_codes", _L),
    ("actor_kinds", _L), ("actor_countries", _L), ("sources", _L), ("targets", _L), ("participants", _L),
    ("location", _S), ("location_country", _S), ("location_text", _S), ("location_start", _I),
    ("location_end", _I), ("trigger_text", _S), ("trigger_start", _I), ("trigger_end", _I),
    ("evidence_text", _S), ("evidence_start", _I), ("evidence_end", _I), ("rule", _S), ("lang_version", _S),
    ("group_key", pa.int64()), ("group_start", pa.date32()), ("n_reports", _I), ("group_no", pa.int64()),
    ("day_first", pa.bool_()),
])
ACTOR_SCHEMA = pa.schema([
    ("eid", pa.int64()), ("doc_id", _S), ("name", _S), ("country", _S), ("kind", _S), ("role", _S),
    ("text", _S), ("span_start", _I), ("span_end", _I), ("entry", _S), ("language", _S), ("name_ar", _S),
])
MENTION_SCHEMA = pa.schema([
    ("doc_id", _S), ("rule", _S), ("kind", _S), ("entry", _S), ("text", _S), ("span_start", _I),
    ("span_end", _I), ("name", _S), ("country", _S), ("entity_kind", _S),
])
TABLE_SCHEMAS = {"documents": DOC_SCHEMA, "events": EVENT_SCHEMA, "event_actors": ACTOR_SCHEMA,
                 "mentions": MENTION_SCHEMA}


class Batch:
    """Rows of one batch, appended document by document as tuples in TABLE_SCHEMAS order, turned into
    Arrow tables at the end (tuples, because a batch easily holds 10,000 mention rows)."""

    def __init__(self, lang_version: str, lexicon=None):
        self.lang_version, self.lexicon = lang_version, lexicon
        self.now = datetime.now(timezone.utc).replace(tzinfo=None)
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLE_SCHEMAS}
        self.next_eid = 1               # eids are numbered from 1 in the batch, shifted when written
        self.started = time.monotonic()
        self._entities: dict[tuple, tuple] = {}

    def add(self, analysis, given: Document) -> None:
        """Append one analysed document (`given` is the document as read, before the extractor)."""
        doc, lang_version, next_eid = analysis.document, self.lang_version, self.next_eid
        doc_id = doc.doc_id
        self.rows["documents"].append((     # order of DOC_SCHEMA
            doc_id, given.doc_id if given is not doc else None, doc.title, doc.outlet, doc.url, doc.path,
            doc.language, doc.published, doc.published_basis, given.published, given.published_basis, doc.text,
            self.now, lang_version))
        event_rows, actor_rows, seen = self.rows["events"], self.rows["event_actors"], set()
        arabic = self._arabic_name
        for event in analysis.events:
            if event.event_id in seen:
                continue
            seen.add(event.event_id)
            eid, next_eid = next_eid, next_eid + 1
            event_rows.append(self._event(event, doc, eid, lang_version))
            language = event.language or doc.language
            for a in event.actors:          # order of ACTOR_SCHEMA
                actor_rows.append((eid, doc_id, a.name, a.country, a.kind, a.role, a.text, a.start, a.end,
                                   a.entry, language, arabic(a)))
        mention_rows, entity = self.rows["mentions"], self._entity
        for m in all_mentions(analysis):   # order of MENTION_SCHEMA
            mention_rows.append((doc_id, m.rule, m.kind, m.entry, m.text, m.start, m.end, *entity(m)))
        self.next_eid = next_eid

    def _arabic_name(self, actor) -> str | None:
        key = (actor.entry, actor.name)
        if key not in self._entities:
            self._entities[key] = arabic_name(actor.entry, self.lexicon) or (
                actor.name if _ARABIC.search(actor.name) else None)
        return self._entities[key]

    def _entity(self, mention) -> tuple:
        if mention.rule in NOT_ENTITIES:
            return _NO_ENTITY
        data = mention.data
        key = (mention.kind, mention.entry, data.get("name"), data.get("country")) if data else \
            (mention.kind, mention.entry, None, None)
        found = self._entities.get(key)
        if found is None:
            found = self._entities[key] = entity_of(mention, self.lexicon)
        return found

    def _event(self, event, doc: Document, eid: int, lang_version: str) -> tuple:
        """One events row, in EVENT_SCHEMA order (positional: this runs for every event of every batch)."""
        first: dict = {}
        sources, targets, participants = {}, {}, {}
        by_role = {"source": sources, "target": targets, "participant": participants}
        for a in event.actors:
            first.setdefault(a.name, a)
            role = by_role.get(a.role)
            if role is not None:
                role[a.name] = None
        names = list(first)
        codes = [first[n].country or "" for n in names]
        loc, trigger, evidence = event.location, event.trigger, event.evidence
        published = event.published or doc.published
        return (
            eid, event.event_id, doc.doc_id, event.type, event.subtype, event.cameo, event.plover, event.modality,
            event.date, event.date_precision, event.date_basis, event.date_text, event.date or published,
            published, event.language or doc.language, doc.outlet, doc.title, doc.url, float(event.confidence),
            names, codes, [first[n].kind or "" for n in names], list(dict.fromkeys(c for c in codes if c)),
            list(sources), list(targets), list(participants),
            loc.name if loc else None, loc.country if loc else None, loc.text if loc else None,
            loc.start if loc else None, loc.end if loc else None,
            trigger.text, trigger.start, trigger.end, evidence.text, evidence.start, evidence.end,
            event.rule, lang_version, group_key(event.type, names, event.modality),
            # provisional: an event alone in its group until the batch's regrouping says otherwise
            None, 1, eid, True)

    def _named(self, table: str, **values) -> None:
        self.rows[table].append(tuple(values[f] for f in TABLE_SCHEMAS[table].names))

    def tables(self) -> dict[str, pa.Table]:
        tables = {}
        with gc_paused():                  # the batch's many small tuples would make each GC pass crawl
            for name, rows in self.rows.items():
                schema = TABLE_SCHEMAS[name]
                columns = list(zip(*rows)) if rows else [()] * len(schema)
                tables[name] = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema)],
                                                    schema=schema)
        return tables

    def __len__(self) -> int:
        return len(self.rows["documents"])


@contextmanager
def gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_documents(tables: dict[str, pa.Table], doc_ids: set[str], keep: bool = False) -> dict[str, pa.Table]:
    """The tables without the rows of these documents (or with only them, when keep)."""
    if not doc_ids and not keep:
        return tables
    value_set = pa.array(sorted(doc_ids), type=pa.string())
    result = {}
    for name, table in tables.items():
        inside = pc.is_in(table["doc_id"], value_set=value_set)
        result[name] = table.filter(inside if keep else pc.invert(inside))
    return result


def shift_eids(tables: dict[str, pa.Table], base: int) -> dict[str, pa.Table]:
    """Batch eids (from 1) -> store eids (from base + 1)."""
    shifted = dict(tables)
    for name, columns in (("events", ("eid", "group_no")), ("event_actors", ("eid",))):
        table = shifted[name]
        for column in columns:
            table = table.set_column(table.schema.get_field_index(column), column,
                                     pc.add(table[column], pa.scalar(base, pa.int64())))
        shifted[name] = table
    return shifted


def entity_of(mention, lexicon) -> tuple[str | None, str | None, str | None]:
    """(name, ISO3 country, kind) of the entity an actor or place mention names, for the entity chart:
    the mention's own data when it says, else its lexicon entry. A bare title ("the president") names
    nobody until the extractor resolves it in an event: (None, None, None)."""
    data = mention.data or {}
    if data.get("name"):
        return data["name"], data.get("country"), data.get("kind")
    kind, entry = mention.kind, mention.entry
    if lexicon is None:
        return None, None, None
    if kind in ("country", "demonym", "capital", "seat"):
        country = lexicon.by_iso3.get(entry) or lexicon.by_iso3.get(data.get("country"))
        return (country.name, country.iso3, "country") if country else (None, None, None)
    if kind in ("org", "org_adj"):
        org = lexicon.by_org.get(entry)
        return (org.name, org.country, org.kind) if org else (None, None, None)
    if kind == "person":
        person = lexicon.by_person.get(entry)
        return (person.name, person.country, "person") if person else (None, None, None)
    if kind == "place":
        return entry, data.get("country"), "place"
    return None, None, None


def arabic_name(entry: str | None, lexicon) -> str | None:
    """The first Arabic form of a lexicon entry (person id, ISO3 or organisation id)."""
    if not entry or lexicon is None:
        return None
    for table in (lexicon.by_person, lexicon.by_iso3, lexicon.by_org):
        found = table.get(entry)
        if found is not None and found.forms.ar:
            return found.forms.ar[0]
    return None


def all_mentions(analysis) -> Iterator:
    """The analysis's mentions plus its date expressions (as mentions of rule "date")."""
    yield from analysis.mentions
    for d in getattr(analysis, "dates", ()) or ():
        yield _DateMention(d)


class _DateMention:
    """A date expression seen as a Mention (rule "date"), for the source view's highlighting."""
    rule = kind = "date"
    data: dict = {}

    def __init__(self, d):
        self.start, self.end, self.text = d.start, d.end, d.text
        self.entry = getattr(d, "kind", "date") or "date"
