"""The event store: documents, events, their actors and every mention, in one DuckDB file.

This is the only module that speaks SQL. Everything else hands it Documents (to ingest) or a
`queries.Filters` (to read) and gets pandas DataFrames back.

Sharing the file. DuckDB lets one process write a database file, or many processes read it, never both
at once. So the store never holds the file longer than it must: a write opens it for one batch of
documents (one transaction) and lets go; a read keeps a read-only connection only while queries keep
coming (a page render) and lets go `idle_close` seconds after the last one. Both sides wait and retry
while the other holds the file, up to `lock_timeout` seconds, then say who holds it; a side that waits
shows a sign (a marker file) so the other gives way instead of starving it. A read that fails on the file
itself (a writer changed it under a connection kept from before) is run again on a fresh connection; only a
file that keeps failing is called damaged.

Never losing data. A batch of documents is written in ONE transaction together with its events,
actors and mentions, so a crash at any point leaves every document either complete or absent, and the
next ingest adds what is missing. A file that is not a diplo database, is damaged, or comes from a newer
diplo is refused with a message, and never written to.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from diplo import __version__
from diplo.model import Document
from diplo.queries import DEFAULT_GROUP_WINDOW_DAYS, Filters
from diplo.records import TABLE_SCHEMAS, Batch, shift_eids, without_documents

DEFAULT_DB = Path("data") / "diplo.duckdb"
ENV_DB = "DIPLO_DB"
SCHEMA_VERSION = 3
# Documents per write transaction: each commit leaves row groups that later commits merge and rewrite,
# so fewer, larger batches cost less per document (a 1,000-document batch holds the file for about
# 0.3 s of CPU time, longer on a busy machine).
BATCH_SIZE = 1000
BATCH_SECONDS = 2.0       # ...or fewer, when they arrive slowly (web feeds), so progress is kept
LOCK_TIMEOUT = 30.0
IDLE_CLOSE = 0.5          # a reader lets go of the file this long after its last query
YIELD_SECONDS = 2.0       # how long one side gives way to the other's waiting sign
READ_RETRIES = 5          # a read that fails on the file is tried this many times on a fresh connection
SIGN_STALE = 10.0

TIMELINE_COLUMNS = ("event_id", "group_id", "n_reports", "day", "date", "type", "modality", "actor_names")
LIST_COLUMNS = ("actor_names", "actor_countries", "actor_codes", "actor_kinds", "sources", "targets",
                "participants")
EVENT_COLUMNS = (
    "event_id", "doc_id", "type", "subtype", "cameo", "plover", "modality", "date", "date_precision",
    "date_basis", "date_text", "published", "language", "confidence", "actor_names", "actor_countries",
    "sources", "targets", "participants", "location", "trigger_text", "trigger_start", "trigger_end",
    "evidence_text", "evidence_start", "evidence_end", "title", "outlet", "url", "group_id", "n_reports",
    "lang_version", "day", "actor_codes", "actor_kinds", "location_country", "rule",
)
_ARABIC = re.compile("[\u0600-\u06ff]")
# A writer stores one batch while the extractor waits: one thread does it with half the CPU that two
# spend on one core, and a commit that checkpoints at once writes the batch into the file once, instead
# of into the write-ahead log and then again into the file when the connection closes. The checkpoint
# is atomic, so a crash still leaves the last committed batch or the one before.
_WRITER_SETTINGS = "SET threads = 1; SET checkpoint_threshold = '0b'"


class _StaleRead(Exception):
    """A read-only query failed on the file (a writer had just changed it under a connection of ours); the
    read is tried again on a fresh connection, and only a file that keeps failing is called damaged."""
    def __init__(self, cause: Exception):
        super().__init__(str(cause))
        self.cause = cause


def _retrying_reads(method):
    """Run a read again on a fresh connection when it failed on the file; a file that fails every time is
    refused as damaged. (Only the outermost read retries: a nested one lets its caller start again.)"""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        if self._depth:
            return method(self, *args, **kwargs)
        failure = None
        for attempt in range(READ_RETRIES):
            try:
                return method(self, *args, **kwargs)
            except _StaleRead as stale:
                failure = stale.cause
                time.sleep(0.05 * (attempt + 1))
        raise self._damaged(failure) from None
    return run


class StoreError(Exception):
    """A problem with the database file that the user can act on; str() says what to do."""


class StoreBusy(StoreError):
    """Another program held the database for longer than the store was willing to wait."""


class StoreRefused(StoreError):
    """The file is not a diplo database this version can use; it was left untouched."""


def default_db_path(path: str | os.PathLike | None = None) -> Path:
    """`path` if given, else $DIPLO_DB, else data/diplo.duckdb."""
    return Path(path or os.environ.get(ENV_DB) or DEFAULT_DB)


def content_id(text: str) -> str:
    """A document's id: the first 16 hex digits of the SHA-256 of its text (same text, same id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class IngestReport:
    """What one ingest (or reparse) did."""
    read: int = 0                 # documents handed to the store
    added: int = 0                # documents stored by this run
    already_stored: int = 0       # skipped: the same text was stored before (or earlier in this run)
    events: int = 0               # events stored by this run
    failed: list[str] = field(default_factory=list)   # one line per document that could not be stored
    seconds: float = 0.0


@dataclass
class DocumentView:
    """One stored article: its row, its mentions (by offset) and its events."""
    doc: dict
    mentions: pd.DataFrame
    events: pd.DataFrame


# --- schema ------------------------------------------------------------------------------------------

_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL, by_diplo VARCHAR);
CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,      -- sha256(text)[:16]
    source_name VARCHAR,             -- what the reader called it: file stem or JSONL id
    title VARCHAR, outlet VARCHAR, url VARCHAR, path VARCHAR, language VARCHAR,
    published DATE, published_basis VARCHAR,       -- as resolved by the extractor (may be inferred)
    given_published DATE, given_basis VARCHAR,     -- as supplied by metadata or --published: reparse starts here
    text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL, lang_version VARCHAR);
CREATE TABLE events (
    eid BIGINT NOT NULL,             -- internal row key
    event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
    type VARCHAR, subtype VARCHAR, cameo VARCHAR, plover VARCHAR, modality VARCHAR,
    date DATE, date_precision VARCHAR, date_basis VARCHAR, date_text VARCHAR,
    day DATE,                        -- date, else the article's publication date: what filters and timelines use
    published DATE, language VARCHAR, outlet VARCHAR, title VARCHAR, url VARCHAR, confidence DOUBLE,
    actor_names VARCHAR[], actor_codes VARCHAR[], actor_kinds VARCHAR[], actor_countries VARCHAR[],
    sources VARCHAR[], targets VARCHAR[], participants VARCHAR[],
    location VARCHAR, location_country VARCHAR, location_text VARCHAR, location_start INTEGER, location_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    rule VARCHAR, lang_version VARCHAR,
    group_key BIGINT);               -- queries.group_key: reports of one event share it
CREATE TABLE event_actors (
    eid BIGINT NOT NULL, doc_id VARCHAR NOT NULL, name VARCHAR, country VARCHAR, kind VARCHAR, role VARCHAR,
    text VARCHAR, span_start INTEGER, span_end INTEGER, entry VARCHAR, language VARCHAR,
    name_ar VARCHAR);                -- the actor's Arabic name in the language data, for actor search
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, rule VARCHAR, kind VARCHAR, entry VARCHAR, text VARCHAR,
    span_start INTEGER, span_end INTEGER, name VARCHAR, country VARCHAR, entity_kind VARCHAR);
"""

# Group columns are fixed-width on purpose: each batch updates them on stored rows scattered through
# the table, and DuckDB updates strings there a hundred times slower. group_id is derived in a view.
_V2 = """
ALTER TABLE events ADD COLUMN group_start DATE;    -- the group's first date (NULL: the event stands alone)
ALTER TABLE events ADD COLUMN n_reports INTEGER;   -- distinct articles reporting the group
ALTER TABLE events ADD COLUMN group_no BIGINT;     -- the group's first eid: cheap to count distinct
ALTER TABLE events ADD COLUMN day_first BOOLEAN;   -- first report of its group on its day with its modality
CREATE VIEW event_rows AS SELECT *,
    CASE WHEN group_start IS NULL THEN 'e' || event_id
         ELSE printf('g%016x-%s', group_key, strftime(group_start, '%Y%m%d')) END AS group_id
FROM events;
CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO settings VALUES ('group_window_days', 'WINDOW');
""".replace("WINDOW", str(DEFAULT_GROUP_WINDOW_DAYS))


def _migrate_v2(con) -> None:
    _regroup(con, DEFAULT_GROUP_WINDOW_DAYS)


# Per day, type and modality: grouped events (first reports of their group that day) and reports, for
# the stored grouping. The dashboard's timeline over the whole store (or filtered by type, modality and
# dates only) reads these few thousand rows instead of aggregating a million events. Every write
# transaction recomputes the days it touched, in the same transaction, so it is never out of date.
_V3 = """
CREATE TABLE daily (day DATE NOT NULL, type VARCHAR, modality VARCHAR, events INTEGER NOT NULL,
                    reports INTEGER NOT NULL);
"""
_DAILY_ROWS = """SELECT day, type, modality, count(*) FILTER (WHERE day_first)::INTEGER AS events,
                        count(*)::INTEGER AS reports
                 FROM events WHERE day IS NOT NULL {where} GROUP BY ALL"""


def _refresh_daily(con, days: str | None = None, params: list | None = None) -> None:
    """Recompute the daily table: every day, or only the days listed by the SQL query `days`."""
    if days is None:
        con.execute("DELETE FROM daily")
        con.execute(f"INSERT INTO daily {_DAILY_ROWS.format(where='')}")
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE touched_days AS SELECT DISTINCT day FROM ({days}) "
                "WHERE day IS NOT NULL", params or None)
    if _first(con, "SELECT count(*) FROM touched_days"):
        con.execute("DELETE FROM daily WHERE day IN (SELECT day FROM touched_days)")
        con.execute(f"INSERT INTO daily "
                    f"{_DAILY_ROWS.format(where='AND day IN (SELECT day FROM touched_days)')}")
    con.execute("DROP TABLE touched_days")


def _migrate_v3(con) -> None:
    _refresh_daily(con)


# version -> (what it adds, SQL, optional Python step run after the SQL, in the same transaction)
MIGRATIONS: dict[int, tuple[str, str, Callable | None]] = {
    1: ("documents, events, event actors and mentions", _V1, None),
    2: ("repeated reports grouped into events", _V2, _migrate_v2),
    3: ("per-day counts kept up to date", _V3, _migrate_v3),
}


def migrate(con, current: int, target: int = SCHEMA_VERSION) -> None:
    """Bring a database from schema `current` to `target`, one transaction per version."""
    for version in range(current + 1, target + 1):
        _, sql, step = MIGRATIONS[version]
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            if step:
                step(con)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                        [version, datetime.now(timezone.utc).replace(tzinfo=None), __version__])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


# The gaps-and-islands grouping: sorted by date within a key, a gap of more than `window` days starts
# a new group. A group's id is its key and first date, group_no its first eid, n_reports the number
# of distinct articles; day_first marks the first report of the group on each day, per modality.
_ISLANDS = """
WITH s AS (
    SELECT eid, doc_id, group_key, date, modality,
           CASE WHEN date - lag(date) OVER (PARTITION BY group_key ORDER BY date, eid) <= {window}
                THEN 0 ELSE 1 END AS brk
    FROM ({source}) AS src WHERE group_key IS NOT NULL AND date IS NOT NULL),
i AS MATERIALIZED (
      SELECT *, sum(brk) OVER (PARTITION BY group_key ORDER BY date, eid ROWS UNBOUNDED PRECEDING) AS island FROM s),
g AS (SELECT group_key, island, min(date) AS first_date, count(DISTINCT doc_id)::INTEGER AS n_reports,
             min(eid) AS group_no FROM i GROUP BY group_key, island),
d AS (SELECT group_key, island, date, modality, min(eid) AS day_eid FROM i GROUP BY ALL)
SELECT i.eid, g.first_date AS group_start, g.n_reports,
       g.group_no, i.eid = d.day_eid AS day_first
FROM i JOIN g USING (group_key, island) JOIN d USING (group_key, island, date, modality)
"""

# The rows whose groups a batch can change: its new events (staged), the stored events of the groups
# that have a report of the same key within `window` days of a new one (a new report can join or
# bridge only those), and the stored events of groups that lost reports (group_no values given).
_AFFECTED = """
SELECT eid, doc_id, group_key, date, modality FROM events
WHERE group_no IN (
    SELECT DISTINCT e.group_no FROM events e
    JOIN (SELECT DISTINCT group_key, date FROM staged_events WHERE group_key IS NOT NULL AND date IS NOT NULL) AS n
      ON e.group_key = n.group_key AND e.date BETWEEN n.date - {window} AND n.date + {window}
    UNION SELECT unnest(?::BIGINT[]))
UNION ALL SELECT eid, doc_id, group_key, date, modality FROM staged_events
"""
_GROUP_COLUMNS = ("group_start", "n_reports", "group_no", "day_first")
_CHANGED = " OR ".join(f"events.{c} IS DISTINCT FROM g.{c}" for c in _GROUP_COLUMNS)
_SET = ", ".join(f"{c} = g.{c}" for c in _GROUP_COLUMNS)


def _insert_events(con, events: pa.Table, window: int, lost: list[int] = (), lost_days: list = ()) -> None:
    """Insert new events with their groups computed, and regroup the stored events they (or the reports
    in `lost` groups, deleted before) affect. New rows get their final values as they are inserted:
    updating rows appended in the same transaction is very slow in DuckDB. Then recompute the daily
    counts of every day touched: new events, regrouped ones, and `lost_days` (of deleted events)."""
    con.register("staged_events", events)
    con.execute(f"CREATE OR REPLACE TEMP TABLE affected AS {_AFFECTED.format(window=int(window))}", [list(lost)])
    con.execute(f"CREATE OR REPLACE TEMP TABLE regrouped AS "
                f"{_ISLANDS.format(window=int(window), source='SELECT * FROM affected')}")
    alone = {"group_start": "NULL", "n_reports": "1", "group_no": "s.eid", "day_first": "true"}
    # stored rows first, while the table holds no rows of this transaction: that keeps the update fast
    con.execute(f"""UPDATE events SET {_SET} FROM regrouped AS g
                    WHERE events.eid = g.eid AND events.eid IN (SELECT eid FROM regrouped) AND ({_CHANGED})""")
    keep = ", ".join(f"coalesce(g.{c}, s.{c}, {alone[c]}) AS {c}" for c in _GROUP_COLUMNS)
    con.execute(f"INSERT INTO events BY NAME SELECT s.* REPLACE ({keep}) "
                f"FROM staged_events AS s LEFT JOIN regrouped AS g USING (eid)")
    # a regrouped row has a date, so its day is that date
    _refresh_daily(con, "SELECT day FROM staged_events UNION ALL SELECT date AS day FROM affected "
                        "UNION ALL SELECT unnest(?::DATE[]) AS day", [list(lost_days)])
    con.execute("DROP TABLE affected")
    con.execute("DROP TABLE regrouped")


def _regroup(con, window: int) -> None:
    """Recompute every stored group (a new window, a migration)."""
    con.execute("UPDATE events SET group_start = NULL, n_reports = 1, group_no = eid, day_first = true "
                "WHERE group_key IS NULL OR date IS NULL")
    source = "SELECT eid, doc_id, group_key, date, modality FROM events"
    con.execute(f"""UPDATE events SET {_SET} FROM ({_ISLANDS.format(window=int(window), source=source)}) AS g
                    WHERE events.eid = g.eid AND ({_CHANGED})""")


def _default_analyse(doc: Document):
    from diplo.pipeline import analyse
    return analyse(doc)


def _lexicon():
    """The extractor's language data, for naming mentions (None if it cannot be loaded)."""
    try:
        from diplo.lexicon import default_lexicon
        return default_lexicon()
    except Exception:           # the store must still open a database when the language data is broken
        return None


def _lang_version() -> str:
    from diplo.lexicon import data_version
    return data_version()


# --- filters -> SQL ----------------------------------------------------------------------------------

def _in(column: str, values: tuple) -> tuple[str, list]:
    return f"{column} IN ({', '.join('?' * len(values))})", list(values)


def _where(filters: Filters | None) -> tuple[str, list]:
    """A WHERE clause over `events` (no alias) for these filters, with its parameters."""
    f = filters or Filters()
    clauses: list[str] = []
    params: list = []

    def add(clause: str, values: list) -> None:
        clauses.append(clause)
        params.extend(values)

    # one list_contains per value: DuckDB runs it several times faster than list_has_any
    if f.actors:
        joiner = " OR " if f.actor_match == "any" else " AND "
        add("(" + joiner.join(["list_contains(actor_names, ?)"] * len(f.actors)) + ")", list(f.actors))
    if f.countries:
        add("(" + " OR ".join(["list_contains(actor_countries, ?)"] * len(f.countries)) + ")", list(f.countries))
    if f.types:
        add(*_in("type", f.types))
    if f.date_from:
        add("day >= ?", [f.date_from])
    if f.date_to:
        add("day <= ?", [f.date_to])
    if f.languages:
        add(*_in("language", f.languages))
    if f.outlets:
        add(*_in("outlet", f.outlets))
    modalities = f.effective_modalities()
    if modalities:
        add(*_in("modality", modalities))
    return (" AND ".join(clauses) or "TRUE"), params


def _lists_to_python(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    for column in columns:
        if column in frame:
            frame[column] = [v.tolist() if isinstance(v, np.ndarray) else (list(v) if isinstance(v, list) else [])
                             for v in frame[column]]
    return frame


_LOCK_ERRORS = ("could not set lock", "conflicting lock", "different configuration")
_HELD_BY = re.compile(r"\(PID (\d+)\)")


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _LOCK_ERRORS)


class _WaitingSign:
    """A marker file next to the database saying "a reader (or writer) is waiting for the file".

    DuckDB's lock has no queue: a reader that queries continuously could keep a writer out for ever,
    and a writer that commits batch after batch could keep readers out. So whoever waits shows a sign,
    and the other side gives way to it for up to YIELD_SECONDS before taking the file again. A sign left
    by a killed process is ignored once it is SIGN_STALE seconds old.
    """

    def __init__(self, db: Path, role: str):
        self.db, self.role = db, role
        self.other = "writer" if role == "reader" else "reader"
        self.file = db.with_name(f".{db.name}.{role}-waiting.{os.getpid()}.{threading.get_ident()}")
        self.shown_at = 0.0

    def show(self) -> None:
        now = time.monotonic()
        if now - self.shown_at > 1.0:      # create, then keep it fresh
            try:
                self.file.touch()
                self.shown_at = now
            except OSError:
                pass                        # a read-only folder: waiting still works, only less fairly

    def others_waiting(self) -> bool:
        prefix = f".{self.db.name}.{self.other}-waiting."
        try:
            with os.scandir(self.db.parent) as entries:
                for entry in entries:
                    if entry.name.startswith(prefix):
                        try:
                            if time.time() - entry.stat().st_mtime < SIGN_STALE:
                                return True
                        except FileNotFoundError:
                            continue
        except OSError:
            return False
        return False

    def __enter__(self) -> "_WaitingSign":
        return self

    def __exit__(self, *exc) -> None:
        if self.shown_at:
            self.file.unlink(missing_ok=True)


# --- the store ---------------------------------------------------------------------------------------

class EventStore:
    """Documents, events, actors and mentions in one DuckDB file; see the module docstring for sharing."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False, *,
                 lock_timeout: float = LOCK_TIMEOUT, idle_close: float = IDLE_CLOSE):
        self.path = default_db_path(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.idle_close = idle_close
        self._lock = threading.RLock()
        self._con = None
        self._timer: threading.Timer | None = None
        self._cache: dict[str, tuple] = {}
        self._depth = 0                         # nesting of _reading() in this thread's current call
        self._open_and_check()

    # -- the file --

    def _open_and_check(self) -> None:
        """Refuse files we must not touch; create or migrate the schema when allowed."""
        if not self.path.exists():
            if self.read_only:
                raise StoreError(f"{self.path}: no database here yet; build it with `python -m diplo ingest "
                                 f"seeds data/corpus/articles --db {self.path}`, or start the dashboard")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connection(read_only=False) as con:
                migrate(con, 0)
            return
        if self.path.is_dir():
            raise StoreRefused(f"{self.path} is a folder, not a database file; give --db a file name "
                               "such as data/diplo.duckdb")
        # look with a read-only connection first: a file we refuse is never opened for writing
        with self._connection(read_only=True) as con:
            version = self._schema_version(con)
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path} was made by an older diplo (schema {version}, now "
                                 f"{SCHEMA_VERSION}); run `python -m diplo reparse --db {self.path}` once "
                                 "to upgrade it")
            with self._connection(read_only=False) as con:
                migrate(con, self._schema_version(con))

    def _schema_version(self, con) -> int:
        try:
            tables = {r[0] for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
            if "schema_version" not in tables:
                if tables:
                    raise StoreRefused(
                        f"{self.path} is a DuckDB database but not a diplo one (it has tables "
                        f"{', '.join(sorted(tables)[:5])}); it was left untouched. Give --db (or {ENV_DB}) "
                        "another file name")
                return 0
            version = _first(con, "SELECT max(version) FROM schema_version") or 0
        except duckdb.Error as exc:
            raise self._damaged(exc) from None
        if version > SCHEMA_VERSION:
            raise StoreRefused(
                f"{self.path} was written by a newer diplo (database schema {version}; this diplo knows up to "
                f"{SCHEMA_VERSION}). It was left untouched: upgrade diplo, or give --db (or {ENV_DB}) "
                "another file")
        return int(version)

    def _damaged(self, exc: Exception) -> StoreRefused:
        detail = str(exc).splitlines()[0][:200]
        return StoreRefused(
            f"{self.path} could not be read as a diplo database ({detail}). It was left untouched: move it "
            f"away or restore a backup, then run the command again (a new database is built when none exists)")

    def _connect(self, read_only: bool):
        """Open the file, waiting (up to lock_timeout) while another process or connection holds it."""
        role = "reader" if read_only else "writer"
        deadline = time.monotonic() + self.lock_timeout
        polite_until = time.monotonic() + YIELD_SECONDS
        pause = 0.005
        with _WaitingSign(self.path, role) as sign:
            while True:
                if time.monotonic() < polite_until and sign.others_waiting():
                    time.sleep(0.01)        # let the other side, which waited first, have its turn
                    continue
                try:
                    con = duckdb.connect(str(self.path), read_only=read_only)
                    con.execute("SET enable_progress_bar = false")   # DuckDB would draw its own bar
                    if not read_only:
                        con.execute(_WRITER_SETTINGS)
                    return con
                except (duckdb.IOException, duckdb.SerializationException, duckdb.InternalException,
                        duckdb.ConnectionException) as exc:
                    if not _is_lock_error(exc):
                        if isinstance(exc, duckdb.IOException) and "permission" in str(exc).lower():
                            raise StoreError(f"{self.path}: permission denied; check the file's permissions "
                                             f"or give --db (or {ENV_DB}) a file you can write") from None
                        raise self._damaged(exc) from None
                    if time.monotonic() >= deadline:
                        held = _HELD_BY.search(str(exc))
                        who = f"process {held.group(1)}" if held else "another connection in this program"
                        raise StoreBusy(f"{self.path} is in use by {who} and was not released within "
                                        f"{self.lock_timeout:.0f} s; wait for it to finish (or close it) and "
                                        "try again") from None
                    sign.show()
                    time.sleep(pause)
                    pause = min(pause * 1.5, 0.1)

    @contextmanager
    def _connection(self, read_only: bool):
        """A connection of its own, closed on exit (writes, schema work)."""
        with self._lock:
            self._release()
            con = self._connect(read_only)
            try:
                yield con
            except (duckdb.IOException, duckdb.OutOfMemoryException, duckdb.PermissionException,
                    duckdb.FatalException) as exc:
                detail = str(exc).splitlines()[0][:200]
                raise StoreError(f"{self.path}: could not write ({detail}); check free disk space, memory and "
                                 "the file's permissions, then run the command again (the interrupted batch "
                                 "was not stored, everything before it was)") from None
            finally:
                con.close()

    @contextmanager
    def _reading(self):
        """The shared read-only connection: opened on demand, closed `idle_close` s after the last use."""
        with self._lock:
            outermost = self._depth == 0
            if outermost:
                if self._timer is not None:
                    self._timer.cancel()
                    self._timer = None
                if self._con is not None and self._writer_waiting():
                    self._release()             # writes are short: let the waiting one go first
                if self._con is None:
                    self._con = self._connect(read_only=True)
            self._depth += 1
            try:
                yield self._con
            except (duckdb.IOException, duckdb.SerializationException) as exc:
                self._release()
                raise _StaleRead(exc) from None
            finally:
                self._depth -= 1
                if outermost and self._con is not None:
                    if self.idle_close <= 0 or self._writer_waiting():
                        self._release()
                    else:
                        self._timer = threading.Timer(self.idle_close, self._close_if_idle)
                        self._timer.daemon = True
                        self._timer.start()

    def _writer_waiting(self) -> bool:
        return _WaitingSign(self.path, "reader").others_waiting()

    def _close_if_idle(self) -> None:
        if self._lock.acquire(blocking=False):
            try:
                self._release()
            finally:
                self._lock.release()
        else:                                   # a query is running: try again later
            self._timer = threading.Timer(self.idle_close, self._close_if_idle)
            self._timer.daemon = True
            self._timer.start()

    def _release(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        """Let go of the file now (it is also let go by itself when idle)."""
        with self._lock:
            self._release()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @_retrying_reads
    def _query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        with self._reading() as con:     # through Arrow: a third faster than .df() for wide results
            table = con.sql(sql, params=params or None).to_arrow_table()
        return table.to_pandas(date_as_object=False)

    @_retrying_reads
    def _scalar(self, sql: str, params: list | None = None):
        with self._reading() as con:
            return _first(con, sql, params)

    # -- writing --

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only; open EventStore(path) to add documents")

    def ingest(self, documents: Iterable[Document], *, analyse: Callable | None = None,
               batch_size: int = BATCH_SIZE, progress: Callable[[IngestReport], None] | None = None,
               ) -> IngestReport:
        """Analyse and store documents; a text already stored is skipped. Returns what was done.

        Documents are written in batches of `batch_size` (or every BATCH_SECONDS), each batch one
        transaction with all its events, actors and mentions. A document the extractor fails on is
        reported in `failed` and the others are stored.
        """
        self._check_writable()
        analyse = analyse or _default_analyse
        report = IngestReport()
        started = time.perf_counter()
        version, lexicon = _lang_version(), _lexicon()
        known = set(self._query("SELECT doc_id FROM documents")["doc_id"])
        rows = Batch(version, lexicon)
        for given in documents:
            report.read += 1
            doc = replace(given, doc_id=content_id(given.text))
            if doc.doc_id in known:
                report.already_stored += 1
            else:
                try:
                    rows.add(analyse(doc), given)
                    known.add(doc.doc_id)
                except Exception as exc:   # one article must not stop the run; the user gets one line
                    report.failed.append(f"{_where_from(given)}: the extractor failed on this article "
                                         f"({type(exc).__name__}: {exc}); it was not stored. Please report it "
                                         "with the file attached")
            if len(rows) >= batch_size or (len(rows) and time.monotonic() - rows.started > BATCH_SECONDS):
                self._write(rows, report, replace_existing=False)
                rows = Batch(version, lexicon)
            if progress:
                progress(report)
        if len(rows):
            self._write(rows, report, replace_existing=False)
        report.seconds = time.perf_counter() - started
        if progress:
            progress(report)
        return report

    def add_analyses(self, analyses: Iterable, *, lang_version: str | None = None) -> IngestReport:
        """Store already-analysed documents (objects with .document, .mentions, .events) as they are."""
        self._check_writable()
        report = IngestReport()
        rows = Batch(lang_version or _lang_version(), _lexicon())
        for analysis in analyses:
            report.read += 1
            rows.add(analysis, analysis.document)
        self._write(rows, report, replace_existing=False)
        return report

    def _write(self, rows: Batch, report: IngestReport, *, replace_existing: bool) -> None:
        """One transaction: the batch's documents with their events, actors and mentions (replacing the
        old extraction of each document, when replace_existing), then the groups they touch."""
        tables = rows.tables()
        ids = tables["documents"]["doc_id"].to_pylist()
        with self._connection(read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                # one round trip: which documents are stored already, the last eid, the grouping window
                stored_ids, base, window = con.execute("""
                    SELECT (SELECT coalesce(list(doc_id), []) FROM documents
                            WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))),
                           (SELECT coalesce(max(eid), 0) FROM events),
                           (SELECT value FROM settings WHERE key = 'group_window_days')""", [ids]).fetchall()[0]
                stored = set(stored_ids)
                window = int(window) if window is not None else DEFAULT_GROUP_WINDOW_DAYS
                lost: list[int] = []
                lost_days: list = []
                if replace_existing:     # a document removed meanwhile has nothing to re-extract into
                    tables = without_documents(tables, stored, keep=True)
                    lost, lost_days = self._delete_extractions(con, sorted(stored))
                else:                    # stored meanwhile by another ingest
                    tables = without_documents(tables, stored)
                    report.already_stored += len(stored)
                tables = shift_eids(tables, base)
                if replace_existing:
                    self._replace_documents(con, tables["documents"])
                else:
                    self._insert(con, "documents", tables["documents"])
                _insert_events(con, tables["events"], window, lost, lost_days)
                for name in ("event_actors", "mentions"):
                    self._insert(con, name, tables[name])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        report.added += tables["documents"].num_rows
        report.events += tables["events"].num_rows

    @staticmethod
    def _insert(con, table: str, data: pa.Table) -> None:
        if data.num_rows:
            con.register("staged", data)       # replaced by the next one; gone with the connection
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM staged")

    @staticmethod
    def _replace_documents(con, data: pa.Table) -> None:
        if not data.num_rows:
            return
        con.register("staged", data)
        con.execute("""
            UPDATE documents SET language = s.language, published = s.published,
                   published_basis = s.published_basis, lang_version = s.lang_version
            FROM staged AS s WHERE documents.doc_id = s.doc_id""")

    @staticmethod
    def _delete_extractions(con, doc_ids: list[str]) -> tuple[list[int], list]:
        """Remove the events, actors and mentions of these documents; returns the groups (group_no)
        that lose reports and the days that lose events."""
        if not doc_ids:
            return [], []
        ids = [doc_ids]
        groups = [r[0] for r in con.execute(
            "SELECT DISTINCT group_no FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", ids).fetchall()]
        days = [r[0] for r in con.execute(
            "SELECT DISTINCT day FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) AND day IS NOT NULL",
            ids).fetchall()]
        for table in ("event_actors", "events", "mentions"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", ids)
        return groups, days

    def _window(self, con) -> int:
        value = _first(con, "SELECT value FROM settings WHERE key = 'group_window_days'")
        return int(value) if value is not None else DEFAULT_GROUP_WINDOW_DAYS

    def reparse(self, *, everything: bool = False, analyse: Callable | None = None,
                batch_size: int = BATCH_SIZE, progress: Callable[[IngestReport], None] | None = None,
                ) -> IngestReport:
        """Re-extract stored documents with the current language data (only those made with other data,
        unless `everything`). Each batch replaces its documents' events and mentions in one transaction."""
        self._check_writable()
        analyse = analyse or _default_analyse
        version = _lang_version()
        report = IngestReport()
        started = time.perf_counter()
        where, params = ("TRUE", []) if everything else ("lang_version IS DISTINCT FROM ?", [version])
        todo = list(self._query(f"SELECT doc_id FROM documents WHERE {where} ORDER BY ingested_at, doc_id",
                                params)["doc_id"])
        lexicon = _lexicon()
        for start in range(0, len(todo), batch_size):
            rows = Batch(version, lexicon)
            for doc in self._stored_documents(todo[start:start + batch_size]):
                report.read += 1
                try:
                    rows.add(analyse(doc), doc)
                except Exception as exc:
                    report.failed.append(f"{_where_from(doc)}: the extractor failed on this article "
                                         f"({type(exc).__name__}: {exc}); its old events were kept")
            if len(rows):
                self._write(rows, report, replace_existing=True)
            if progress:
                progress(report)
        report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def current_lang_version() -> str:
        """The version (hash) of the language data the extractor uses now."""
        return _lang_version()

    def stale_documents(self) -> int:
        """How many stored articles were extracted with other language data than the current one."""
        return int(self._scalar("SELECT count(*) FROM documents WHERE lang_version IS DISTINCT FROM ?",
                                [_lang_version()]))

    def _stored_documents(self, doc_ids: list[str]) -> list[Document]:
        """Documents as first given (publication date as supplied, not as inferred) for re-extraction."""
        frame = self._query("""
            SELECT doc_id, text, title, given_published, given_basis, language, url, outlet, path
            FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id""", [doc_ids])
        docs = []
        for row in frame.itertuples(index=False):
            docs.append(Document(
                doc_id=row.doc_id, text=row.text, title=_none(row.title), published=_day(row.given_published),
                published_basis=_none(row.given_basis), language=_none(row.language), url=_none(row.url),
                outlet=_none(row.outlet), path=_none(row.path)))
        return docs

    def set_group_window(self, days: int) -> None:
        """Regroup every stored event with a new default window (days between reports of one event)."""
        self._check_writable()
        if days < 0:
            raise ValueError("the grouping window is a number of days, 0 or more")
        with self._connection(read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("UPDATE settings SET value = ? WHERE key = 'group_window_days'", [str(int(days))])
                _regroup(con, int(days))
                _refresh_daily(con)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def load_tables(self, tables: dict[str, pa.Table]) -> None:
        """Bulk-load prepared rows (benchmarks, generated data): Arrow tables named like the store's
        tables with the columns of TABLE_SCHEMAS (group columns may be null); eids must not collide with
        stored ones. One transaction."""
        self._check_writable()
        unknown = set(tables) - set(TABLE_SCHEMAS)
        if unknown:
            raise ValueError(f"no such table(s) {sorted(unknown)}; the store has {', '.join(TABLE_SCHEMAS)}")
        with self._connection(read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for name in ("documents", "event_actors", "mentions"):
                    if name in tables:
                        self._insert(con, name, tables[name])
                if "events" in tables:
                    _insert_events(con, tables["events"], self._window(con))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("CHECKPOINT")

    # -- reading --

    def group_window(self) -> int:
        """The window (days) of the stored grouping of repeated reports (another process may change it)."""
        return int(self._scalar("SELECT value FROM settings WHERE key = 'group_window_days'")
                   or DEFAULT_GROUP_WINDOW_DAYS)

    def _stored(self, window_days: int | None) -> bool:
        return window_days is None or int(window_days) == self.group_window()

    def _filtered(self, filters: Filters | None, window_days: int | None, columns: str = "*") -> tuple[str, list]:
        """SQL of the filtered events, with group_id/n_reports for `window_days` (stored ones by default)."""
        where, params = _where(filters)
        if self._stored(window_days):
            return f"SELECT {columns} FROM event_rows WHERE {where}", params
        islands = _ISLANDS.format(window=int(window_days), source="SELECT * FROM f")
        return (f"""WITH f AS (SELECT * FROM events WHERE {where}), g AS ({islands})
                    SELECT {columns} FROM (
                        SELECT f.* REPLACE (g.group_start AS group_start, coalesce(g.n_reports, 1) AS n_reports,
                                            coalesce(g.group_no, f.eid) AS group_no,
                                            coalesce(g.day_first, true) AS day_first),
                               CASE WHEN g.group_start IS NULL THEN 'e' || f.event_id
                                    ELSE printf('g%016x-%s', f.group_key, strftime(g.group_start, '%Y%m%d'))
                               END AS group_id
                        FROM f LEFT JOIN g USING (eid))""", params)

    def events(self, filters: Filters | None = None, *, columns: Iterable[str] | None = None,
               window_days: int | None = None, limit: int | None = None, offset: int = 0,
               newest_first: bool = False) -> pd.DataFrame:
        """One row per stored event (one per article that reports it), in date order (newest first if
        asked); group_id and n_reports say which events are reports of the same one (for `window_days`,
        default: the stored grouping). `limit`/`offset` page through them.

        `columns` picks a subset of EVENT_COLUMNS (TIMELINE_COLUMNS is what a timeline needs): on a
        large store, long texts for every match cost more than finding the matches.
        """
        wanted = list(columns or EVENT_COLUMNS)
        unknown = set(wanted) - set(EVENT_COLUMNS)
        if unknown:
            raise ValueError(f"unknown event column(s) {sorted(unknown)}; see store.EVENT_COLUMNS")
        select = ", ".join(wanted)
        sql, params = self._filtered(filters, window_days, f"{select}, day AS day_, eid AS eid_")
        order = "day_ DESC NULLS LAST, eid_ DESC" if newest_first else "day_ NULLS LAST, eid_"
        sql = f"SELECT {select} FROM ({sql}) ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = params + [int(limit), int(offset)]
        return _lists_to_python(self._query(sql, params), LIST_COLUMNS)

    def count_events(self, filters: Filters | None = None) -> int:
        """How many events (per-article reports) match."""
        where, params = _where(filters)
        return int(self._scalar(f"SELECT count(*) FROM events WHERE {where}", params))

    def grouped_events(self, filters: Filters | None = None, window_days: int | None = None) -> pd.DataFrame:
        """One row per event reported by one or more articles: its reports' ids, articles and outlets.

        n_reports counts the distinct articles among the filtered reports; the first report (earliest
        publication) gives the evidence shown.
        """
        sql, params = self._filtered(filters, window_days)
        frame = self._query(f"""
            SELECT any_value(group_id) AS group_id, any_value(type) AS type, mode(subtype) AS subtype,
                   any_value(cameo) AS cameo, any_value(plover) AS plover,
                   CASE WHEN bool_or(modality = 'asserted') THEN 'asserted' ELSE mode(modality) END AS modality,
                   min(date) AS date, max(date) AS date_last, min(day) AS day,
                   arg_min(actor_names, eid) AS actor_names, arg_min(actor_countries, eid) AS actor_countries,
                   count(DISTINCT doc_id)::INTEGER AS n_reports, count(*)::INTEGER AS n_events,
                   list(event_id ORDER BY published, eid) AS event_ids,
                   list(doc_id ORDER BY published, eid) AS doc_ids,
                   list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
                   list(DISTINCT language) AS languages,
                   arg_min(evidence_text, (published, eid)) AS evidence_text,
                   arg_min(event_id, (published, eid)) AS first_event_id,
                   mode(location) AS location
            FROM ({sql}) GROUP BY group_no ORDER BY day NULLS LAST, group_id""", params)
        return _lists_to_python(frame, ("actor_names", "actor_countries", "event_ids", "doc_ids", "outlets",
                                        "languages"))

    # Counting grouped events. count(DISTINCT group_no) is exact but slow over a whole large store, so
    # when the filters keep groups whole (actors and types are the same for every report of a group)
    # the first report of each group stands for it (eid = group_no), and per day the first report of
    # the group on that day with that modality (day_first). Other filters take the exact slow way.

    def _groups_whole(self, filters: Filters | None, window_days: int | None, per_day: bool) -> bool:
        f = filters or Filters()
        if not self._stored(window_days) or f.countries or f.languages or f.outlets:
            return False
        return per_day or not (f.date_from or f.date_to or f.effective_modalities())

    def daily_counts(self, filters: Filters | None = None, window_days: int | None = None) -> pd.DataFrame:
        """Per day, type and modality: grouped events (`events`) and per-article reports (`reports`)."""
        f = filters or Filters()
        if not f.actors and self._groups_whole(f, window_days, True):
            where, params = _where(f)      # only type, modality and day filters: all columns of `daily`
            return self._query(f"""SELECT day, type, modality, events, reports FROM daily
                                   WHERE {where} ORDER BY day, type, modality""", params)
        sql, params = self._filtered(filters, window_days, "day, type, modality, group_no, day_first")
        events = "count(*) FILTER (WHERE day_first)" if self._groups_whole(filters, window_days, True) \
            else "count(DISTINCT group_no)"
        return self._query(f"""
            SELECT day, type, modality, {events}::INTEGER AS events, count(*)::INTEGER AS reports
            FROM ({sql}) WHERE day IS NOT NULL GROUP BY ALL ORDER BY day, type, modality""", params)

    @_retrying_reads
    def counts(self, filters: Filters | None = None) -> dict:
        """Headline numbers. events/calls/meetings/sanctions count grouped events that happened or are
        planned (never a denied or hypothetical one); reports count per-article events."""
        where, params = _where(filters)
        groups = "count(*) FILTER (WHERE happens AND eid = group_no)" if self._groups_whole(filters, None, False) \
            else "count(DISTINCT group_no) FILTER (WHERE happens)"
        with self._reading() as con:
            by_type = dict(con.execute(f"""
                SELECT type, {groups} FROM (SELECT eid, group_no, type, modality IN ('asserted', 'planned') AS happens
                                            FROM events WHERE {where}) GROUP BY type""", params).fetchall())
            reports, articles = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM events WHERE {where}",
                                            params).fetchall()[0]
            actors = _first(con, "SELECT count(DISTINCT name) FROM event_actors") if where == "TRUE" else \
                _first(con, f"SELECT count(DISTINCT name) FROM (SELECT unnest(actor_names) AS name "
                            f"FROM events WHERE {where})", params)
        return {"events": int(sum(by_type.values())), "calls": int(by_type.get("call", 0)),
                "meetings": int(by_type.get("meeting", 0)), "sanctions": int(by_type.get("sanctions", 0)),
                "reports": int(reports), "articles": int(articles), "actors": int(actors or 0)}

    def entity_counts(self, filters: Filters | None = None, by: str = "events", limit: int = 20) -> pd.DataFrame:
        """Top entities of the filtered events: by="events" counts grouped events per actor; by="mentions"
        counts every mention of an actor or place in the articles of those events."""
        where, params = _where(filters)
        if by == "events":
            if self._groups_whole(filters, None, False):
                source, count = f"SELECT * FROM events WHERE eid = group_no AND {where}", "count(*)"
            else:
                source, count = f"SELECT * FROM events WHERE {where}", "count(DISTINCT group_no)"
            sql = f"""
                WITH hits AS (SELECT unnest(actor_names) AS name, unnest(actor_kinds) AS kind,
                                     unnest(actor_codes) AS country, group_no FROM ({source}))
                SELECT name, any_value(kind) AS kind, any_value(nullif(country, '')) AS country,
                       {count}::INTEGER AS count
                FROM hits GROUP BY name ORDER BY count DESC, name LIMIT ?"""
        elif by == "mentions":
            doc_filter = "" if where == "TRUE" else \
                f"AND doc_id IN (SELECT DISTINCT doc_id FROM events WHERE {where})"
            sql = f"""
                SELECT name, any_value(entity_kind) AS kind, any_value(country) AS country, count(*)::INTEGER AS count
                FROM mentions WHERE name IS NOT NULL AND entity_kind IS NOT NULL {doc_filter}
                GROUP BY name ORDER BY count DESC, name LIMIT ?"""
        else:
            raise ValueError(f'by must be "events" or "mentions", not {by!r}')
        return self._query(sql, params + [int(limit)])

    def document(self, doc_id: str) -> DocumentView | None:
        """One article with its mentions (in text order) and events; None if no such document."""
        docs = self._query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if docs.empty:
            return None
        doc = {k: _none(v) for k, v in docs.iloc[0].to_dict().items()}
        for key in ("published", "given_published"):
            doc[key] = _day(doc[key])
        mentions = self._query("""
            SELECT rule, kind, entry, text, span_start AS start, span_end AS "end", name, country, entity_kind
            FROM mentions WHERE doc_id = ? ORDER BY span_start, span_end""", [doc_id])
        events = _lists_to_python(self._query(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM event_rows WHERE doc_id = ? ORDER BY evidence_start, eid",
            [doc_id]), LIST_COLUMNS)
        return DocumentView(doc, _missing_as_none(mentions), _missing_as_none(events))

    def documents(self, limit: int | None = None) -> pd.DataFrame:
        """The stored articles without their text, newest first."""
        sql = """SELECT d.doc_id, d.source_name, d.title, d.outlet, d.url, d.path, d.language, d.published,
                        d.published_basis, d.ingested_at, d.lang_version,
                        (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id)::INTEGER AS n_events
                 FROM documents d ORDER BY d.published DESC NULLS LAST, d.doc_id"""
        return self._query(sql + (" LIMIT ?" if limit else ""), [int(limit)] if limit else [])

    @_retrying_reads
    def _data_version(self) -> tuple:
        """Changes whenever documents or events are added, replaced or regrouped (cheap to ask)."""
        with self._reading() as con:
            return tuple(con.execute("""SELECT (SELECT max(eid) FROM events), (SELECT count(*) FROM events),
                                               (SELECT count(*) FROM documents),
                                               (SELECT value FROM settings WHERE key = 'group_window_days')""").fetchall()[0])

    def _memo(self, name: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """Lookup tables (actors, outlets) are recomputed only when the data changed; callers get a copy."""
        version = self._data_version()
        cached = self._cache.get(name)
        if cached is None or cached[0] != version:
            cached = self._cache[name] = (version, compute())
        return cached[1].copy()

    def actors(self) -> pd.DataFrame:
        """Every actor of an event, for actor search: name, name_ar (its Arabic name in the language
        data, else the Arabic wording articles used most), kind, country, aliases (how articles wrote
        it, most frequent first) and n_events (reports it takes part in)."""
        return self._memo("actors", self._actors)

    def _actors(self) -> pd.DataFrame:
        frame = _lists_to_python(self._query("""
            WITH forms AS (SELECT name, text, count(*) AS n, any_value(kind) AS kind,
                                  any_value(nullif(country, '')) AS country, any_value(name_ar) AS name_ar
                           FROM event_actors GROUP BY name, text)
            SELECT name, any_value(name_ar) AS name_ar, any_value(kind) AS kind, any_value(country) AS country,
                   list(text ORDER BY n DESC, text) AS aliases, sum(n)::INTEGER AS n_events
            FROM forms GROUP BY name ORDER BY n_events DESC, name"""), ("aliases",))
        frame["name_ar"] = [_none(ar) or next((a for a in aliases if _ARABIC.search(a)), None)
                            for ar, aliases in zip(frame["name_ar"], frame["aliases"])]
        return frame

    def outlets(self) -> pd.DataFrame:
        """outlet, language (the most common), documents."""
        return self._memo("outlets", lambda: self._query("""
            SELECT outlet, mode(language) AS language, count(*)::INTEGER AS documents
            FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY documents DESC, outlet"""))

    @_retrying_reads
    def date_bounds(self, filters: Filters | None = None) -> tuple[date | None, date | None]:
        """The first and last day with an event."""
        where, params = _where(filters)
        with self._reading() as con:
            first, last = con.execute(f"SELECT min(day), max(day) FROM events WHERE {where}", params).fetchall()[0]
        return first, last

    @_retrying_reads
    def integrity_problems(self) -> list[str]:
        """What would be wrong after a crash if transactions did not hold: orphan rows, duplicates,
        events whose actor rows are missing. Empty when the store is sound."""
        checks = {
            "events without their document": "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)",
            "actor rows without their event": "SELECT count(*) FROM event_actors WHERE eid NOT IN (SELECT eid FROM events)",
            "mentions without their document": "SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)",
            "documents stored twice": "SELECT count(*) - count(DISTINCT doc_id) FROM documents",
            "event rows stored twice": "SELECT count(*) - count(DISTINCT eid) FROM events",
            "events missing actor rows": """SELECT count(*) FROM events e WHERE len(e.actor_names) >
                (SELECT count(DISTINCT a.name) FROM event_actors a WHERE a.eid = e.eid)""",
            "events with no group": "SELECT count(*) FROM events WHERE n_reports IS NULL OR group_no IS NULL "
                                    "OR day_first IS NULL",
            "per-day counts out of date": f"""SELECT count(*) FROM (
                (SELECT * FROM daily EXCEPT ALL {_DAILY_ROWS.format(where='')})
                UNION ALL ({_DAILY_ROWS.format(where='')} EXCEPT ALL SELECT * FROM daily))""",
        }
        with self._reading() as con:
            found = {what: _first(con, sql) for what, sql in checks.items()}
        return [f"{n} {what}" for what, n in found.items() if n]

    @_retrying_reads
    def stats(self) -> dict:
        """Sizes and versions: documents, events, mentions, schema, language-data versions in use."""
        with self._reading() as con:
            docs, events, mentions = con.execute("""SELECT (SELECT count(*) FROM documents),
                (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)""").fetchall()[0]
            versions = [r[0] for r in con.execute(
                "SELECT DISTINCT lang_version FROM documents ORDER BY 1").fetchall()]
            schema = _first(con, "SELECT max(version) FROM schema_version")
        return {"documents": docs, "events": events, "mentions": mentions, "schema_version": schema,
                "lang_versions": versions}


def _missing_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns with None (not NaN) where a value is missing: rows of a document's small frames are
    read one by one as dicts, where `value or ""` must work."""
    for column in frame.columns:
        if pd.api.types.is_string_dtype(frame[column]) and frame[column].dtype != object:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def _first(con, sql: str, params: list | None = None):
    """The first value of the first row (the whole result is fetched: DuckDB wants results finished)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def _where_from(doc: Document) -> str:
    return doc.path or doc.url or doc.doc_id


def _none(value):
    if value is None or value is pd.NaT:
        return None
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def _day(value) -> date | None:
    value = _none(value)
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime):
        return value.date()
    return value
