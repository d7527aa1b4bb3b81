"""A synthetic event store of any size, shaped like real coverage, for the store's benchmarks.

Stories (one real-world event each) are reported by 1-8 articles, so repeated reports group as they
would; actors follow a Zipf law (a few leaders everywhere, a long tail); event types follow news
frequencies; dates span four years. Rows are made with numpy and loaded as Arrow tables through
`EventStore.load_tables`, so a million events take seconds, not minutes.

    python benchmarks/synthetic.py --events 1000000 --db /tmp/big.duckdb
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplo.queries import group_key, modality_class  # noqa: E402
from diplo.store import TABLE_SCHEMAS, EventStore  # noqa: E402

LEADERS = [  # (name, country, kind): the head of the Zipf law
    ("Vladimir Putin", "RUS", "person"), ("Joe Biden", "USA", "person"), ("Volodymyr Zelensky", "UKR", "person"),
    ("Emmanuel Macron", "FRA", "person"), ("Russia", "RUS", "country"), ("United States", "USA", "country"),
    ("Ukraine", "UKR", "country"), ("Olaf Scholz", "DEU", "person"), ("Recep Tayyip Erdogan", "TUR", "person"),
    ("Antony Blinken", "USA", "person"), ("Sergey Lavrov", "RUS", "person"), ("NATO", None, "organization"),
    ("European Union", None, "organization"), ("Israel", "ISR", "country"), ("Hamas", None, "group"),
    ("Benjamin Netanyahu", "ISR", "person"), ("Donald Trump", "USA", "person"), ("Qatar", "QAT", "country"),
    ("Egypt", "EGY", "country"), ("Iran", "IRN", "country"), ("United Nations", None, "organization"),
    ("Antonio Guterres", None, "person"), ("Saudi Arabia", "SAU", "country"), ("China", "CHN", "country"),
]
TYPES = {  # type: (share of events, CAMEO, PLOVER)
    "statement": (0.30, "010", "CONSULT"), "meeting": (0.17, "040", "CONSULT"), "call": (0.12, "041", "CONSULT"),
    "visit": (0.07, "042", "CONSULT"), "sanctions": (0.06, "163", "SANCTION"), "demand": (0.08, "1056", "DEMAND"),
    "aid": (0.06, "073", "AID"), "agreement": (0.04, "057", "AGREE"), "rejection": (0.03, "120", "REJECT"),
    "threat": (0.03, "130", "THREATEN"), "military": (0.04, "190", "ASSAULT"),
}
MODALITIES = (("asserted", 0.88), ("planned", 0.08), ("negated", 0.03), ("hypothetical", 0.01))
FIRST_DAY, DAYS = date(2022, 1, 1), 4 * 365
N_ACTORS, N_OUTLETS, EVENTS_PER_DOC, MENTIONS_PER_DOC = 3000, 300, 5, 15


def actor_table(rng: np.random.Generator):
    names = [a[0] for a in LEADERS] + [f"Actor {i:04d}" for i in range(N_ACTORS - len(LEADERS))]
    codes = [a[1] or "" for a in LEADERS] + [f"C{i % 150:02d}" for i in range(N_ACTORS - len(LEADERS))]
    kinds = [a[2] for a in LEADERS] + [("person", "country", "organization")[i % 3]
                                       for i in range(N_ACTORS - len(LEADERS))]
    weights = 1.0 / np.arange(1, N_ACTORS + 1) ** 1.1
    return np.array(names, dtype=object), np.array(codes, dtype=object), np.array(kinds, dtype=object), \
        weights / weights.sum()


def _lists(values: np.ndarray, lengths: np.ndarray) -> pa.ListArray:
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, type=pa.string()))


def generate(n_events: int, seed: int = 7) -> dict[str, pa.Table]:
    """Arrow tables for the store (documents, events, event_actors, mentions) holding n_events events."""
    rng = np.random.default_rng(seed)
    names, codes, kinds, weights = actor_table(rng)
    type_names = np.array(list(TYPES), dtype=object)
    type_p = np.array([t[0] for t in TYPES.values()])

    # stories, and reports of them
    n_stories = max(1, n_events // 3)
    story_type = rng.choice(len(type_names), n_stories, p=type_p / type_p.sum())
    story_day = rng.integers(0, DAYS, n_stories)
    story_n_actors = rng.choice([1, 2, 3], n_stories, p=[0.3, 0.55, 0.15])
    story_actors = rng.choice(N_ACTORS, (n_stories, 3), p=weights)
    story_of = np.sort(rng.integers(0, n_stories, n_events))
    mod_names = np.array([m for m, _ in MODALITIES], dtype=object)
    modality = mod_names[rng.choice(len(MODALITIES), n_events, p=[p for _, p in MODALITIES])]
    day_shift = rng.choice([0, 0, 0, 1], n_events)
    ev_day = story_day[story_of] + day_shift
    # an article reports a few events of the days before it appears
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    doc_of = np.empty(n_events, dtype=np.int64)
    doc_of[np.argsort(ev_day + rng.uniform(0, 3, n_events))] = np.minimum(np.arange(n_events) // EVENTS_PER_DOC,
                                                                           n_docs - 1)
    doc_last_day = np.zeros(n_docs, dtype=np.int64)
    np.maximum.at(doc_last_day, doc_of, ev_day)
    doc_ids = np.array([f"{i:016x}" for i in range(n_docs)], dtype=object)

    # actor lists per event (distinct names)
    n_act = story_n_actors[story_of]
    picked = story_actors[story_of]
    mask = np.zeros((n_events, 3), dtype=bool)
    for k in range(3):
        mask[:, k] = n_act > k
        for j in range(k):
            mask[:, k] &= picked[:, k] != picked[:, j]
    lengths = mask.sum(axis=1)
    flat_idx = picked[mask]
    flat_eid = np.repeat(np.arange(n_events), lengths)
    flat_pos = np.concatenate([np.arange(n) for n in lengths]) if n_events else np.array([], dtype=int)

    ev_type = type_names[story_type[story_of]]
    is_meet = np.isin(ev_type, ["call", "meeting", "agreement"])
    role = np.where(is_meet[flat_eid], "participant", np.where(flat_pos == 0, "source", "target")).astype(object)
    flat_names, flat_codes, flat_kinds = names[flat_idx], codes[flat_idx], kinds[flat_idx]

    # group keys: one per (story, modality class), as the store computes them
    mclass = np.array([modality_class(m) for m in mod_names], dtype=object)
    key_cache: dict[tuple, int | None] = {}
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    keys = np.empty(n_events, dtype=object)
    mod_index = {m: i for i, m in enumerate(mod_names)}
    for i in range(n_events):
        ck = (story_of[i], mclass[mod_index[modality[i]]])
        if ck not in key_cache:
            key_cache[ck] = group_key(ev_type[i], flat_names[offsets[i]:offsets[i + 1]], modality[i])
        keys[i] = key_cache[ck]

    first = np.datetime64(FIRST_DAY)
    ev_date = first + ev_day.astype("timedelta64[D]")
    no_date = rng.random(n_events) < 0.1
    doc_published = first + (doc_last_day + rng.integers(0, 2, n_docs)).astype("timedelta64[D]")
    published = doc_published[doc_of]
    date_col = pa.array(np.where(no_date, np.datetime64("NaT"), ev_date).astype("datetime64[D]"), type=pa.date32())
    day_col = pa.array(np.where(no_date, published, ev_date).astype("datetime64[D]"), type=pa.date32())
    outlet_of_doc = np.array([f"Outlet {i % N_OUTLETS:03d}" for i in range(n_docs)], dtype=object)
    lang_of_doc = np.where(rng.random(n_docs) < 0.6, "ar", "en").astype(object)
    event_ids = np.array([f"{doc_ids[d]}-{i:08x}" for i, d in enumerate(doc_of)], dtype=object)
    cameo = np.array([TYPES[t][1] for t in type_names], dtype=object)[story_type[story_of]]
    plover = np.array([TYPES[t][2] for t in type_names], dtype=object)[story_type[story_of]]
    evidence = np.array([f"{t} reported by outlet {o}: a sentence of about the usual length that states "
                         f"the event with its actors and date, story {s}"
                         for t, o, s in zip(ev_type, outlet_of_doc[doc_of], story_of)], dtype=object)

    def role_lists(which: str) -> pa.ListArray:
        sel = role == which
        return _lists(flat_names[sel], np.bincount(flat_eid[sel], minlength=n_events))

    country_sel = flat_codes != ""
    s, S, I = pa.string(), lambda v: pa.array(v, type=pa.string()), lambda v: pa.array(v, type=pa.int32())
    null_s = pa.nulls(n_events, type=s)
    events = pa.table({
        "eid": pa.array(np.arange(1, n_events + 1), type=pa.int64()), "event_id": S(event_ids),
        "doc_id": S(doc_ids[doc_of]), "type": S(ev_type), "subtype": S(np.full(n_events, "", dtype=object)),
        "cameo": S(cameo), "plover": S(plover), "modality": S(modality), "date": date_col,
        "date_precision": S(np.where(no_date, None, "day")), "date_basis": null_s, "date_text": null_s,
        "day": day_col, "published": pa.array(published.astype("datetime64[D]"), type=pa.date32()),
        "language": S(lang_of_doc[doc_of]), "outlet": S(outlet_of_doc[doc_of]),
        "title": S(np.array([f"Article {d}" for d in doc_of], dtype=object)), "url": null_s,
        "confidence": pa.array(rng.uniform(0.5, 1.0, n_events)),
        "actor_names": _lists(flat_names, lengths), "actor_codes": _lists(flat_codes, lengths),
        "actor_kinds": _lists(flat_kinds, lengths),
        "actor_countries": _lists(flat_codes[country_sel], np.bincount(flat_eid[country_sel], minlength=n_events)),
        "sources": role_lists("source"), "targets": role_lists("target"), "participants": role_lists("participant"),
        "location": null_s, "location_country": null_s, "location_text": null_s,
        "location_start": pa.nulls(n_events, pa.int32()), "location_end": pa.nulls(n_events, pa.int32()),
        "trigger_text": S(ev_type), "trigger_start": I(np.zeros(n_events)), "trigger_end": I(np.full(n_events, 4)),
        "evidence_text": S(evidence), "evidence_start": I(np.zeros(n_events)),
        "evidence_end": I(np.array([len(e) for e in evidence])), "rule": S(np.full(n_events, "synthetic", dtype=object)),
        "lang_version": S(np.full(n_events, "synthetic", dtype=object)),
        "group_key": pa.array(list(keys), type=pa.int64()), "group_start": pa.nulls(n_events, pa.date32()),
        "n_reports": pa.nulls(n_events, pa.int32()), "group_no": pa.nulls(n_events, pa.int64()),
        "day_first": pa.nulls(n_events, pa.bool_()),
    }).cast(TABLE_SCHEMAS["events"])

    # rows in the order a store fills up when articles are ingested as they appear (by publication day)
    order = np.lexsort((doc_of, doc_published[doc_of]))
    new_eid = np.empty(n_events, dtype=np.int64)
    new_eid[order] = np.arange(1, n_events + 1)
    events = events.take(pa.array(order)).set_column(0, "eid", pa.array(np.arange(1, n_events + 1), type=pa.int64()))

    n_act_rows = len(flat_names)
    actors = pa.table({
        "eid": pa.array(new_eid[flat_eid], type=pa.int64()), "doc_id": S(doc_ids[doc_of][flat_eid]),
        "name": S(flat_names), "country": S(np.where(flat_codes == "", None, flat_codes)), "kind": S(flat_kinds),
        "role": S(role), "text": S(flat_names), "span_start": I(np.zeros(n_act_rows)),
        "span_end": I(np.full(n_act_rows, 5)), "entry": pa.nulls(n_act_rows, s),
        "language": S(lang_of_doc[doc_of][flat_eid]), "name_ar": pa.nulls(n_act_rows, s),
    }).cast(TABLE_SCHEMAS["event_actors"])
    actors = actors.take(pa.array(np.argsort(new_eid[flat_eid], kind="stable")))

    n_mentions = n_docs * MENTIONS_PER_DOC
    m_doc = np.repeat(np.arange(n_docs), MENTIONS_PER_DOC)
    m_actor = rng.choice(N_ACTORS, n_mentions, p=weights)
    m_start = np.tile(np.arange(MENTIONS_PER_DOC) * 20, n_docs)
    mentions = pa.table({
        "doc_id": S(doc_ids[m_doc]), "rule": S(np.full(n_mentions, "actor", dtype=object)),
        "kind": S(kinds[m_actor]), "entry": pa.nulls(n_mentions, s), "text": S(names[m_actor]),
        "span_start": I(m_start), "span_end": I(m_start + 10), "name": S(names[m_actor]),
        "country": S(np.where(codes[m_actor] == "", None, codes[m_actor])), "entity_kind": S(kinds[m_actor]),
    }).cast(TABLE_SCHEMAS["mentions"])

    now = datetime(2026, 1, 1)
    documents = pa.table({
        "doc_id": S(doc_ids), "source_name": S(doc_ids), "title": S(np.array([f"Article {d}" for d in range(n_docs)], dtype=object)),
        "outlet": S(outlet_of_doc), "url": pa.nulls(n_docs, s), "path": pa.nulls(n_docs, s), "language": S(lang_of_doc),
        "published": pa.array(doc_published.astype("datetime64[D]"), type=pa.date32()),
        "published_basis": S(np.full(n_docs, "metadata", dtype=object)),
        "given_published": pa.array(doc_published.astype("datetime64[D]"), type=pa.date32()),
        "given_basis": S(np.full(n_docs, "metadata", dtype=object)),
        "text": S(np.array([f"Article {d} – Outlet\n\nsynthetic body" for d in range(n_docs)], dtype=object)),
        "ingested_at": pa.array(np.full(n_docs, np.datetime64(now, "us"))),
        "lang_version": S(np.full(n_docs, "synthetic", dtype=object)),
    }).cast(TABLE_SCHEMAS["documents"])
    by_day = pa.array(np.argsort(doc_published, kind="stable"))
    documents, mentions = documents.take(by_day), mentions.take(
        pa.array(np.argsort(doc_published[m_doc], kind="stable")))
    return {"documents": documents, "events": events, "event_actors": actors, "mentions": mentions}


def build(path: str | Path, n_events: int, seed: int = 7) -> dict[str, pa.Table]:
    """Create a store at `path` (must not exist) holding n_events synthetic events; returns the tables."""
    path = Path(path)
    if path.exists():
        raise SystemExit(f"{path} exists; give a new file name (the generator never overwrites a database)")
    tables = generate(n_events, seed)
    with EventStore(path) as store:
        store.load_tables(tables)
    return tables


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", required=True, help="a new database file to create")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    tables = build(args.db, args.events, args.seed)
    print(f"{args.db}: {tables['events'].num_rows:,} events, {tables['documents'].num_rows:,} articles, "
          f"{tables['mentions'].num_rows:,} mentions in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
