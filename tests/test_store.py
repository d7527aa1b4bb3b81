"""The event store: idempotent ingest, filters, grouping of repeated reports, reparse, refusals, migration.

Documents here carry their events as "EVENT type date actor|actor [modality]" lines read by the stand-in
extractor of test_store_kit, so each case states exactly what is stored.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import duckdb
import pandas as pd
import pytest

import diplo.store as store_module
from diplo.records import Batch
from diplo.queries import Filters
from diplo.store import (EventStore, StoreError, StoreRefused, content_id, default_db_path, migrate)
from tests.test_store_kit import article, fake_analyse

MACRON, PUTIN, SCHOLZ = "Emmanuel Macron", "Vladimir Putin", "Olaf Scholz"

CORPUS = {   # title -> document; one event each, so a title names an event
    "A": article("A Macron called Putin", "EVENT call 2022-03-22 Emmanuel Macron|Vladimir Putin"),
    "B": article("B Putin and Macron spoke", "EVENT call 2022-03-22 Vladimir Putin|Emmanuel Macron",
                 outlet="Other", published="2022-03-24", lang="ar"),
    "C": article("C Macron Putin call reported late", "EVENT call 2022-03-23 Emmanuel Macron|Vladimir Putin",
                 outlet="Third"),
    "D": article("D Scholz called Putin", "EVENT call 2022-03-22 Olaf Scholz|Vladimir Putin"),
    "E": article("E US sanctions Russia", "EVENT sanctions 2022-03-23 United States|Russia"),
    "F": article("F NATO summit on Thursday", "EVENT meeting 2022-03-24 NATO planned"),
    "G": article("G Kremlin denies a call", "EVENT call 2022-03-22 Emmanuel Macron|Vladimir Putin negated"),
    "H": article("H Biden pledges aid to Ukraine", "EVENT aid - Joe Biden|Ukraine", published="2022-03-20"),
    "I": article("I Macron calls Putin again", "EVENT call 2022-04-10 Emmanuel Macron|Vladimir Putin"),
}


@pytest.fixture(autouse=True)
def fixed_language_data(monkeypatch):
    monkeypatch.setattr(store_module, "_lang_version", lambda: "lang-v1")


@pytest.fixture
def db(tmp_path):
    return tmp_path / "diplo.duckdb"


@pytest.fixture
def filled(db):
    store = EventStore(db)
    store.ingest(CORPUS.values(), analyse=fake_analyse)
    yield store
    store.close()


def letters(frame: pd.DataFrame) -> set[str]:
    return {title[0] for title in frame["title"]}


# --- ingest ------------------------------------------------------------------------------------------

def test_ingesting_twice_stores_once_and_ids_are_content_hashes(db):
    docs = list(CORPUS.values())
    with EventStore(db) as store:
        first = store.ingest(docs, analyse=fake_analyse)
        second = store.ingest(docs, analyse=fake_analyse)
        events = store.events()
    assert (first.added, first.events, first.already_stored) == (9, 9, 0)
    assert (second.added, second.events, second.already_stored) == (0, 0, 9)
    assert set(events["doc_id"]) == {hashlib.sha256(d.text.encode()).hexdigest()[:16] for d in docs}
    with EventStore(db) as again:      # a new process sees the same ids
        assert sorted(again.events()["event_id"]) == sorted(events["event_id"])


def test_same_text_under_another_name_is_the_same_document(db):
    doc = CORPUS["A"]
    renamed = replace(doc, doc_id="copy-of-a", path="elsewhere/a.txt")
    with EventStore(db) as store:
        report = store.ingest([doc, renamed], analyse=fake_analyse)
        assert (report.added, report.already_stored) == (1, 1)
        assert store.stats()["documents"] == 1
        assert store.document(content_id(doc.text)).doc["source_name"] == doc.doc_id


def test_a_document_the_extractor_fails_on_is_reported_and_the_rest_stored(db):
    def flaky(doc):
        if "Scholz" in doc.text:
            raise RuntimeError("boom")
        return fake_analyse(doc)
    bad = replace(CORPUS["D"], path="in/scholz.txt")
    with EventStore(db) as store:
        report = store.ingest([CORPUS["A"], bad, CORPUS["E"]], analyse=flaky)
        assert report.added == 2 and len(report.failed) == 1
        assert report.failed[0].startswith("in/scholz.txt: the extractor failed") and "boom" in report.failed[0]
        assert letters(store.events()) == {"A", "E"}
        # fixed extractor: the next ingest adds what was missing
        assert store.ingest([CORPUS["A"], bad, CORPUS["E"]], analyse=fake_analyse).added == 1


def test_small_batches_give_the_same_store(db, tmp_path):
    other = tmp_path / "batched.duckdb"
    with EventStore(db) as one, EventStore(other) as many:
        one.ingest(CORPUS.values(), analyse=fake_analyse)
        many.ingest(CORPUS.values(), analyse=fake_analyse, batch_size=2)
        columns = ["event_id", "group_id", "n_reports"]
        assert one.events()[columns].equals(many.events()[columns])


# --- reading -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    (Filters(), "ABCDEFGHI"),
    (Filters(actors=[PUTIN]), "ABCDGI"),
    (Filters(actors=[MACRON, PUTIN], actor_match="all"), "ABCGI"),
    (Filters(actors=[MACRON, SCHOLZ]), "ABCDGI"),
    (Filters(countries=["DEU"]), "D"),
    (Filters(countries=["usa"]), "EH"),
    (Filters(types=["sanctions", "meeting"]), "EF"),
    (Filters(date_from="2022-03-22", date_to="2022-03-22"), "ABDG"),
    (Filters(date_to="2022-03-20"), "H"),                       # no date of its own: its publication date
    (Filters(languages=["ar"]), "B"),
    (Filters(outlets=["Other", "Third"]), "BC"),
    (Filters(include_planned=False), "ABCDEGHI"),
    (Filters(modalities=["negated"]), "G"),
    (Filters(actors=[PUTIN], types=["call"], date_from="2022-03-01", date_to="2022-03-31"), "ABCDG"),
    (Filters(actors=["Nobody"]), ""),
])
def test_filters_select_events(filled, filters, expected):
    assert letters(filled.events(filters)) == set(expected)
    assert filled.count_events(filters) == len(expected)


def test_events_have_the_contract_columns_and_types(filled):
    events = filled.events(Filters(actors=[PUTIN]))
    for column in store_module.EVENT_COLUMNS:
        assert column in events
    assert str(events["date"].dtype).startswith("datetime64")
    row = events[events["title"].str.startswith("A ")].iloc[0]
    assert row["actor_names"] == [MACRON, PUTIN] and isinstance(row["actor_names"], list)
    assert row["actor_countries"] == ["FRA", "RUS"] and row["participants"] == [MACRON, PUTIN]
    assert row["date"] == pd.Timestamp("2022-03-22") and row["lang_version"] == "lang-v1"
    doc = filled.document(row["doc_id"])
    assert doc.doc["text"][row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]


def test_paging(filled):
    everything = list(filled.events()["event_id"])
    pages = [list(filled.events(limit=4, offset=o)["event_id"]) for o in (0, 4, 8)]
    assert sum(pages, []) == everything
    assert list(filled.events(newest_first=True)["event_id"]) == everything[::-1]
    assert list(filled.events(limit=2, newest_first=True)["title"].str[0]) == ["I", "F"]
    light = filled.events(Filters(actors=[PUTIN]), columns=store_module.TIMELINE_COLUMNS)
    assert list(light.columns) == list(store_module.TIMELINE_COLUMNS) and len(light) == 6
    with pytest.raises(ValueError, match="unknown event column"):
        filled.events(columns=["event_id", "secret"])


@pytest.mark.parametrize("window, groups", [
    (1, ["ABC", "D", "E", "F", "G", "H", "I"]),       # A, B same day; C the day after: one call, 3 reports
    (0, ["AB", "C", "D", "E", "F", "G", "H", "I"]),
    (30, ["ABCI", "D", "E", "F", "G", "H"]),          # 22 Mar, 23 Mar, 10 Apr chained within 30 days
])
def test_repeated_reports_are_grouped(filled, window, groups):
    grouped = filled.grouped_events(window_days=window)
    by_group = filled.events(window_days=window).groupby("group_id")["title"].agg(lambda t: "".join(sorted(x[0] for x in t)))
    assert sorted(by_group) == sorted(groups)
    assert sorted(grouped["n_reports"]) == sorted(len(g) for g in groups)
    abc = grouped[grouped["n_reports"] == max(len(g) for g in groups)].iloc[0]
    assert abc["type"] == "call" and set(abc["actor_names"]) == {MACRON, PUTIN}
    assert len(abc["event_ids"]) == len(abc["doc_ids"]) == abc["n_events"]


def test_stored_groups_follow_new_reports_and_window_changes(db):
    with EventStore(db) as store:
        store.ingest([CORPUS["A"], CORPUS["I"]], analyse=fake_analyse)
        assert sorted(store.events()["n_reports"]) == [1, 1]
        store.ingest([CORPUS["B"], CORPUS["C"]], analyse=fake_analyse)
        n = store.events().set_index("title")["n_reports"]
        assert [n[CORPUS[k].title] for k in "ABCI"] == [3, 3, 3, 1]
        store.set_group_window(30)
        assert store.group_window() == 30
        assert set(store.events()["n_reports"]) == {4}
        # stored grouping and grouping computed on the fly agree
        stored = store.events()[["event_id", "group_id", "n_reports"]]
        store.set_group_window(0)
        assert store.events(window_days=30)[["event_id", "group_id", "n_reports"]].equals(stored)


def test_counts_count_grouped_events_and_never_a_denied_one(filled):
    assert filled.counts() == {"events": 6, "calls": 3, "meetings": 1, "sanctions": 1, "reports": 9,
                               "articles": 9, "actors": 8}
    assert filled.counts(Filters(types=["call"]))["calls"] == 3
    assert filled.counts(Filters(modalities=["negated"]))["calls"] == 0


def test_daily_counts(filled):
    daily = filled.daily_counts(Filters(types=["call"]))
    day = daily[(daily["day"] == pd.Timestamp("2022-03-22")) & (daily["modality"] == "asserted")].iloc[0]
    assert (day["events"], day["reports"]) == (2, 3)      # A+B (one call, two reports) and D
    assert daily["reports"].sum() == 6


@pytest.mark.parametrize("by, filters, expected", [
    ("events", Filters(), {PUTIN: 4, MACRON: 3, SCHOLZ: 1}),          # ABC is one call; G (denied) counts
    ("events", Filters(modalities=["asserted"]), {PUTIN: 3, MACRON: 2, SCHOLZ: 1}),
    ("mentions", Filters(actors=[SCHOLZ]), {PUTIN: 1, SCHOLZ: 1}),
    ("mentions", Filters(actors=[MACRON], types=["call"]), {PUTIN: 5, MACRON: 5}),
])
def test_entity_counts(filled, by, filters, expected):
    counts = filled.entity_counts(filters, by=by).set_index("name")["count"].to_dict()
    assert {name: counts.get(name) for name in expected} == expected


def test_entity_counts_know_kinds(filled):
    counts = filled.entity_counts(by="events", limit=50).set_index("name")
    assert counts.loc["NATO", "kind"] == "organization" and counts.loc[PUTIN, "country"] == "RUS"
    assert counts.loc["Russia", "kind"] == "country"


def test_document_view(filled):
    doc_id = content_id(CORPUS["E"].text)
    view = filled.document(doc_id)
    assert view.doc["title"] == CORPUS["E"].title and view.doc["published"] == date(2022, 3, 23)
    assert list(view.mentions["text"]) == ["Russia", "United States", "Russia"]   # title, then the event line
    for m in view.mentions.itertuples():
        assert view.doc["text"][m.start:m.end] == m.text
    assert list(view.events["type"]) == ["sanctions"]
    assert filled.document("0000000000000000") is None


def test_lookups_follow_new_data(db):
    with EventStore(db) as writer, EventStore(db, read_only=True) as reader:
        writer.ingest([CORPUS["A"]], analyse=fake_analyse)
        assert SCHOLZ not in set(reader.actors()["name"]) and set(reader.outlets()["outlet"]) == {"Wire"}
        writer.ingest([CORPUS["D"], CORPUS["B"]], analyse=fake_analyse)
        assert SCHOLZ in set(reader.actors()["name"]) and set(reader.outlets()["outlet"]) == {"Wire", "Other"}


def test_lookups(filled):
    assert set(filled.outlets()["outlet"]) == {"Wire", "Other", "Third"}
    assert filled.date_bounds() == (date(2022, 3, 20), date(2022, 4, 10))
    actors = filled.actors().set_index("name")
    assert actors.loc[PUTIN, "n_events"] == 6 and actors.loc[PUTIN, "kind"] == "person"
    assert filled.stats()["documents"] == 9
    assert len(filled.documents()) == 9


# --- reparse -----------------------------------------------------------------------------------------

def test_reparse_replaces_events_with_the_new_language_data(db, monkeypatch):
    seen = []

    def new_extractor(doc):
        seen.append(doc)
        found = fake_analyse(doc)
        return replace(found, events=found.events + tuple(
            replace(e, event_id=e.event_id + "-again", type="statement") for e in found.events))

    undated = article("J no publication date", "EVENT call 2022-03-22 Emmanuel Macron|Vladimir Putin",
                      published=None)
    with EventStore(db) as store:
        store.ingest([*CORPUS.values(), undated],
                     analyse=lambda d: fake_analyse(replace(d, published=d.published or date(2022, 3, 30))))
        assert store.stale_documents() == 0 and store.reparse(analyse=new_extractor).added == 0
        monkeypatch.setattr(store_module, "_lang_version", lambda: "lang-v2")
        assert store.stale_documents() == 10
        report = store.reparse(analyse=new_extractor, batch_size=3)
        assert report.added == 10 and not report.failed
        events = store.events()
        assert len(events) == 20 and set(events["lang_version"]) == {"lang-v2"}
        mentions = sum(len(fake_analyse(d).mentions) for d in [*CORPUS.values(), undated])
        assert store.stats()["mentions"] == mentions         # replaced, not added a second time
        assert store.stats()["lang_versions"] == ["lang-v2"]
        assert store.counts()["calls"] == 3                 # groups rebuilt, not doubled
    # re-extraction starts from the date as given, not the one inferred the first time
    assert [d.published for d in seen if d.title.startswith("J ")] == [None]


def test_reparse_keeps_old_events_of_a_document_the_extractor_fails_on(db, monkeypatch):
    with EventStore(db) as store:
        store.ingest([CORPUS["A"], CORPUS["D"]], analyse=fake_analyse)
        monkeypatch.setattr(store_module, "_lang_version", lambda: "lang-v2")

        def broken_on_scholz(doc):
            if "Scholz" in doc.text:
                raise ValueError("bad rule")
            return fake_analyse(doc)
        report = store.reparse(analyse=broken_on_scholz)
        assert report.added == 1 and len(report.failed) == 1 and "old events were kept" in report.failed[0]
        assert letters(store.events()) == {"A", "D"}


# --- the file ----------------------------------------------------------------------------------------

def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_newer(db):
    with EventStore(db) as store:
        store.ingest([CORPUS["A"]], analyse=fake_analyse)
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (99, now(), 'future')")
    con.close()


def make_foreign(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.close()


def make_truncated(db):
    with EventStore(db) as store:
        store.ingest(CORPUS.values(), analyse=fake_analyse)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("make, words", [
    (make_newer, ["newer diplo", "schema 99", "left untouched"]),
    (lambda db: db.write_bytes(b"\x00garbage" * 5000), ["could not be read", "left untouched"]),
    (lambda db: db.write_bytes(b""), ["could not be read", "left untouched"]),
    (lambda db: db.write_text("id,text\n1,hello\n"), ["could not be read", "left untouched"]),
    (make_foreign, ["not a diplo one", "invoices", "left untouched"]),
    (make_truncated, ["could not be read", "left untouched"]),
])
@pytest.mark.parametrize("read_only", [False, True])
def test_refused_files_are_left_untouched(db, make, words, read_only):
    make(db)
    before = sha(db)
    with pytest.raises(StoreRefused) as refused:
        store = EventStore(db, read_only=read_only)
        store.events()          # a damaged file may only show when read
        store.ingest([CORPUS["B"]], analyse=fake_analyse)
    message = str(refused.value)
    assert str(db) in message and all(w in message for w in words), message
    assert sha(db) == before
    assert not db.with_name(db.name + ".wal").exists()


def test_missing_file_read_only_says_how_to_build_it(db):
    with pytest.raises(StoreError, match="no database here yet.*ingest"):
        EventStore(db, read_only=True)
    assert not db.exists()


def test_read_only_store_does_not_write(filled, db):
    with EventStore(db, read_only=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.ingest([CORPUS["A"]], analyse=fake_analyse)


def test_an_older_database_is_migrated_with_its_data(db):
    """A schema-1 file (before grouping existed) opens as schema 2 with its reports grouped."""
    con = duckdb.connect(str(db))
    migrate(con, 0, target=1)
    rows = Batch("lang-v0")
    for key in "AB":
        doc = replace(CORPUS[key], doc_id=content_id(CORPUS[key].text))
        rows.add(fake_analyse(doc), CORPUS[key])
    tables = rows.tables()
    tables["events"] = tables["events"].drop_columns(["group_start", "n_reports", "group_no", "day_first"])
    for name, table in tables.items():
        store_module.EventStore._insert(con, name, table)
    con.close()
    with EventStore(db) as store:
        assert store.stats()["schema_version"] == store_module.SCHEMA_VERSION
        events = store.events()
        assert len(events) == 2 and set(events["n_reports"]) == {2} and events["group_id"].nunique() == 1


@pytest.mark.parametrize("env, given, expected", [
    (None, None, "data/diplo.duckdb"),
    ("/tmp/elsewhere.duckdb", None, "/tmp/elsewhere.duckdb"),
    ("/tmp/elsewhere.duckdb", "mine.duckdb", "mine.duckdb"),
])
def test_database_path(monkeypatch, env, given, expected):
    if env:
        monkeypatch.setenv("DIPLO_DB", env)
    else:
        monkeypatch.delenv("DIPLO_DB", raising=False)
    assert str(default_db_path(given)) == expected


@pytest.mark.parametrize("filters", [
    Filters(), Filters(actors=[PUTIN]), Filters(types=["call"]), Filters(actors=[MACRON, PUTIN], actor_match="all"),
    Filters(date_from="2022-03-23"), Filters(languages=["en"]), Filters(languages=["ar"]),
    Filters(outlets=["O3", "O5"]), Filters(include_planned=False),
    Filters(modalities=["negated"]), Filters(countries=["RUS"], date_to="2022-03-22"),
])
def test_fast_group_counting_agrees_with_exact_counting(db, monkeypatch, filters):
    """Counting first reports stands in for count(DISTINCT group) only when filters keep groups whole."""
    with EventStore(db) as store:
        store.ingest([*CORPUS.values(), *(article(f"K{i} Macron Putin call", f"EVENT call 2022-03-2{i % 4} "
                                                  "Emmanuel Macron|Vladimir Putin", outlet=f"O{i}",
                                                  lang="ar" if i % 2 else "en") for i in range(12))],
                     analyse=fake_analyse)
        fast = (store.counts(filters), store.daily_counts(filters), store.entity_counts(filters, limit=50))
        monkeypatch.setattr(EventStore, "_groups_whole", lambda *args: False)
        exact = (store.counts(filters), store.daily_counts(filters), store.entity_counts(filters, limit=50))
    assert fast[0] == exact[0]
    assert fast[1].equals(exact[1])
    assert fast[2].sort_values(["count", "name"]).reset_index(drop=True).equals(
        exact[2].sort_values(["count", "name"]).reset_index(drop=True))


def random_corpus(seed: int, n: int = 120) -> list:
    """Articles reporting a handful of calls and meetings among few actors on nearby days: many groups
    that touch, merge and split as articles arrive."""
    import random
    rng = random.Random(seed)
    names = [MACRON, PUTIN, SCHOLZ, "Joe Biden"]
    docs = []
    for i in range(n):
        lines = []
        for _ in range(rng.randint(1, 3)):
            pair = rng.sample(names, 2)
            day = date(2022, 3, 1 + rng.choice([0, 1, 2, 3, 5, 6, 9, 10, 11]))
            modality = rng.choice(["", "", "", " planned", " negated"])
            lines.append(f"EVENT {rng.choice(['call', 'meeting'])} {day.isoformat()} {'|'.join(pair)}{modality}")
        docs.append(article(f"R{i} report", *lines, outlet=f"O{i % 5}"))
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_groups_kept_up_batch_by_batch_equal_groups_made_at_once(tmp_path, monkeypatch, seed):
    import random
    docs = random_corpus(seed)
    order = docs[:]
    random.Random(seed).shuffle(order)
    columns = ["event_id", "group_id", "n_reports"]
    with EventStore(tmp_path / "steps.duckdb") as steps, EventStore(tmp_path / "once.duckdb") as once:
        start = 0
        while start < len(order):
            size = random.Random(start + seed).randint(1, 15)
            steps.ingest(order[start:start + size], analyse=fake_analyse, batch_size=size)
            start += size
        once.ingest(docs, analyse=fake_analyse)
        incremental = steps.events()[columns].sort_values("event_id").reset_index(drop=True)
        assert incremental.equals(once.events()[columns].sort_values("event_id").reset_index(drop=True))
        steps.set_group_window(1)                       # recompute everything from scratch
        assert steps.events()[columns].sort_values("event_id").reset_index(drop=True).equals(incremental)
        # a reparse that moves some events by a few days splits and joins groups
        monkeypatch.setattr(store_module, "_lang_version", lambda: "lang-v2")

        def shifted(doc):
            found = fake_analyse(doc)
            if int(content_id(doc.text), 16) % 3:
                return found
            return replace(found, events=tuple(replace(e, date=e.date.replace(day=min(e.date.day + 2, 28)))
                                               for e in found.events))
        steps.reparse(analyse=shifted, batch_size=17)
        assert steps.integrity_problems() == []        # the per-day counts followed the reparse
        after = steps.events()[columns]
        daily = steps.daily_counts()
        steps.set_group_window(1)
        assert steps.events()[columns].sort_values("event_id").reset_index(drop=True).equals(
            after.sort_values("event_id").reset_index(drop=True))
        assert steps.daily_counts().equals(daily)


def test_document_frames_have_none_for_missing_text(filled):
    """A document's events are read row by row as dicts by the source view: `value or ""` must work."""
    view = filled.document(content_id(CORPUS["H"].text))      # undated: no date_text, no date_basis
    event = view.events.iloc[0].to_dict()
    assert event["date_text"] is None and event["date_basis"] is None and event["location"] is None


def test_row_layouts_match_the_schema(db):
    """records.TABLE_SCHEMAS (how rows are built) and the SQL tables (where they go) name the same columns."""
    EventStore(db).close()
    con = duckdb.connect(str(db), read_only=True)
    for table, schema in store_module.TABLE_SCHEMAS.items():
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        assert columns == schema.names, table
    con.close()


@pytest.mark.parametrize("seed", [4, 5])
def test_per_day_table_stays_equal_to_counting_the_events(tmp_path, monkeypatch, seed):
    """The daily table (kept per batch) gives what aggregating the events gives, after batches that
    join and split groups, a reparse that moves and drops events, and a new grouping window."""
    import random
    docs = random_corpus(seed, 90)
    filters = [Filters(), Filters(types=["call"]), Filters(include_planned=False), Filters(modalities=["negated"]),
               Filters(date_from="2022-03-03", date_to="2022-03-10", types=["meeting"])]

    def check(store):
        assert store.integrity_problems() == []
        table = [store.daily_counts(f) for f in filters]
        with monkeypatch.context() as patched:
            patched.setattr(EventStore, "_groups_whole", lambda *args: False)   # count distinct groups
            exact = [store.daily_counts(f) for f in filters]
        for got, want in zip(table, exact):
            assert got.equals(want)

    with EventStore(tmp_path / "d.duckdb") as store:
        start = 0
        while start < len(docs):
            size = random.Random(start * seed).randint(1, 12)
            store.ingest(docs[start:start + size], analyse=fake_analyse, batch_size=size)
            start += size
            check(store)
        monkeypatch.setattr(store_module, "_lang_version", lambda: "lang-v2")

        def moved_or_dropped(doc):
            found = fake_analyse(doc)
            digit = int(content_id(doc.text), 16) % 4
            if digit == 0:
                return replace(found, events=())
            if digit == 1:
                return replace(found, events=tuple(replace(e, date=e.date.replace(day=e.date.day + 7))
                                                   for e in found.events))
            return found
        store.reparse(analyse=moved_or_dropped, batch_size=13)
        check(store)
        store.set_group_window(3)
        check(store)
        store.set_group_window(0)
        check(store)
