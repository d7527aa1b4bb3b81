"""Reliability of the store: a SIGKILL at any moment loses nothing committed and leaves nothing partial;
readers and a writer share the file without either failing.

The writers and readers run in subprocesses (DuckDB locks the file per process), with the stand-in
extractor of test_store_kit so the expected content is exact.
"""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import diplo.store as store_module
from diplo.queries import Filters
from diplo.store import EventStore
from tests.test_store_kit import expected_events, fake_analyse, numbered_corpus

REPO = Path(__file__).resolve().parent.parent
PUTIN = "Vladimir Putin"

WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    import diplo.store as st
    from tests.test_store_kit import fake_analyse, numbered_corpus
    st._lang_version = lambda: "test"
    db, mode, n, batch, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])

    def pause():
        print("PAUSED", flush=True)
        time.sleep(600)

    if mode == "inside":        # stop inside the second batch's transaction: documents and events written
        original_insert, seen = st._insert_events, []
        def insert_events(*args, **kwargs):
            original_insert(*args, **kwargs)
            seen.append(1)
            if len(seen) == 2:
                pause()
        st._insert_events = insert_events
    elif mode == "between":     # stop after the second batch is committed
        original_batch, seen = st.EventStore._write, []
        def store_batch(self, *args, **kwargs):
            original_batch(self, *args, **kwargs)
            seen.append(1)
            if len(seen) == 2:
                pause()
        st.EventStore._write = store_batch

    def analyse(doc):
        time.sleep(delay)
        return fake_analyse(doc)

    store = st.EventStore(db, lock_timeout=60)
    print("STARTED", flush=True)
    report = store.ingest(numbered_corpus(n), analyse=analyse, batch_size=batch)
    print("DONE", report.added, report.already_stored, flush=True)
""").format(repo=str(REPO))

READER = textwrap.dedent("""
    import sys, os, time
    sys.path.insert(0, {repo!r})
    from diplo.queries import Filters
    from diplo.store import EventStore
    db, stop = sys.argv[1], sys.argv[2]
    store = EventStore(db, read_only=True, lock_timeout=60)
    reads, last = 0, 0
    while True:
        finished = os.path.exists(stop)
        reports = store.counts()["reports"]
        store.events(Filters(actors=["Vladimir Putin"]), limit=20)
        store.daily_counts()
        if reports < last:
            print("WENT BACK", last, reports, flush=True)
            sys.exit(1)
        last, reads = reports, reads + 1
        if finished:
            break
        time.sleep(0.01)
    print("READS", reads, last, flush=True)
""").format(repo=str(REPO))


@pytest.fixture(autouse=True)
def fixed_language_data(monkeypatch):
    monkeypatch.setattr(store_module, "_lang_version", lambda: "test")


def start_writer(db, mode, n, batch, delay=0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db), mode, str(n), str(batch), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def wait_for(process: subprocess.Popen, word: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(word):
            return line
        if not line and process.poll() is not None:
            raise AssertionError(f"writer ended before {word}: {process.stderr.read()[-2000:]}")
    raise AssertionError(f"no {word} within {timeout} s")


def assert_sound(db, n: int) -> int:
    """Every stored document is complete (its events, actors, mentions); returns how many there are."""
    docs = numbered_corpus(n)
    expected = expected_events(docs)
    with EventStore(db) as store:
        assert store.integrity_problems() == []
        events = store.events()
        per_doc = events.groupby("title").size().to_dict()
        stored = store.stats()
    assert {t: per_doc.get(t, 0) for t in per_doc} == {t: expected[t] for t in per_doc}
    mentions = {d.title: len(fake_analyse(d).mentions) for d in docs}
    assert stored["mentions"] == sum(mentions[t] for t in per_doc)
    assert stored["documents"] == len(per_doc) or (stored["documents"] > len(per_doc) == 0)
    return stored["documents"]


@pytest.mark.parametrize("mode, batch, survivors", [
    ("inside", 10, 10),      # killed mid-transaction: only the first batch is there, complete
    ("between", 10, 20),     # killed between batches: both committed batches are there
])
def test_sigkill_leaves_complete_documents_and_the_next_ingest_finishes(tmp_path, mode, batch, survivors):
    db, n = tmp_path / "kill.duckdb", 45
    writer = start_writer(db, mode, n, batch)
    wait_for(writer, "PAUSED")
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert assert_sound(db, n) == survivors
    again = start_writer(db, "plain", n, batch)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert f"DONE {n - survivors} {survivors}" in out
    assert assert_sound(db, n) == n
    clean = tmp_path / "clean.duckdb"
    with EventStore(clean) as reference, EventStore(db) as recovered:
        reference.ingest(numbered_corpus(n), analyse=fake_analyse)
        columns = ["event_id", "group_id", "n_reports"]
        assert recovered.events()[columns].equals(reference.events()[columns])


def test_sigkill_at_random_moments(tmp_path):
    db, n = tmp_path / "random.duckdb", 300
    rng = random.Random(4)
    counts = []
    for _ in range(4):
        writer = start_writer(db, "plain", n, 7, delay=0.002)
        wait_for(writer, "STARTED")
        time.sleep(rng.uniform(0.2, 1.0))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        counts.append(assert_sound(db, n))
    assert counts == sorted(counts)                         # nothing committed is ever lost
    finish = start_writer(db, "plain", n, 7)
    assert finish.wait(timeout=120) == 0
    assert assert_sound(db, n) == n


def test_dashboard_reads_while_ingest_writes(tmp_path):
    """An ingest process writes in batches; this process reads like a dashboard, page after page."""
    db, n = tmp_path / "shared.duckdb", 600
    EventStore(db).close()
    writer = start_writer(db, "plain", n, 25, delay=0.004)
    reader = EventStore(db, read_only=True, lock_timeout=30)
    seen = []
    while writer.poll() is None:
        counts = reader.counts()                            # one "page": a few queries in a row
        reader.events(Filters(actors=[PUTIN]), limit=50)
        reader.daily_counts(Filters(types=["call"]))
        seen.append(counts["reports"])
        time.sleep(0.02)
    out, err = writer.communicate()
    assert writer.returncode == 0 and f"DONE {n} 0" in out, err
    assert len(seen) > 20 and seen == sorted(seen) and 0 < max(seen)
    total = sum(expected_events(numbered_corpus(n)).values())
    assert reader.counts()["reports"] == total              # a refresh shows everything
    reader.close()


def test_ingest_writes_while_another_process_reads(tmp_path):
    db, n = tmp_path / "shared.duckdb", 400
    stop = tmp_path / "stop"
    EventStore(db).close()
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=REPO)
    time.sleep(1.0)
    with EventStore(db, lock_timeout=30) as store:
        report = store.ingest(numbered_corpus(n), analyse=fake_analyse, batch_size=10)
    stop.touch()
    out, err = reader.communicate(timeout=120)
    assert report.added == n
    assert reader.returncode == 0, out + err
    reads, last = map(int, out.split()[1:3])
    assert reads > 5 and last == sum(expected_events(numbered_corpus(n)).values())


def test_reader_and_writer_threads_in_one_process(tmp_path):
    """The dashboard's add-articles page writes from the same process that serves the other pages."""
    db, n = tmp_path / "threads.duckdb", 300
    EventStore(db).close()
    errors, done = [], threading.Event()

    def write():
        try:
            with EventStore(db, lock_timeout=30) as store:
                store.ingest(numbered_corpus(n), analyse=fake_analyse, batch_size=10)
        except Exception as exc:            # noqa: BLE001 - the test reports any failure
            errors.append(exc)
        finally:
            done.set()

    reader = EventStore(db, read_only=True, lock_timeout=30)
    thread = threading.Thread(target=write)
    thread.start()
    reads = 0
    while not done.is_set():
        reader.counts()
        reads += 1
    thread.join()
    assert errors == [] and reads > 0
    assert reader.counts()["articles"] == n
    reader.close()


class _FailingOnce:
    """A read-only connection whose first query fails as a read beyond the end of a file just rewritten."""
    def __init__(self, con, failures):
        self._con, self._failures = con, failures

    def __getattr__(self, name):
        attr = getattr(self._con, name)
        if name in ("sql", "execute") and self._failures:
            self._failures.pop()
            def fail(*args, **kwargs):
                raise store_module.duckdb.IOException("Could not read enough bytes from file: attempted to read "
                                                      "262144 bytes")
            return fail
        return attr


@pytest.mark.parametrize("failures, refused", [(1, False), (store_module.READ_RETRIES, True)])
def test_a_read_that_fails_on_the_file_is_tried_again_on_a_fresh_connection(tmp_path, failures, refused):
    db = tmp_path / "store.duckdb"
    with EventStore(db) as writer:
        writer.ingest(numbered_corpus(5), analyse=fake_analyse)
    reader = EventStore(db, read_only=True, idle_close=0)
    left = [True] * failures
    connect = reader._connect
    reader._connect = lambda read_only: _FailingOnce(connect(read_only), left) if read_only else connect(read_only)
    if refused:      # a file that fails every time is damaged, and said so
        with pytest.raises(store_module.StoreRefused, match="could not be read as a diplo database"):
            reader.counts()
    else:            # a writer had just changed the file: the read goes through on a fresh connection
        assert reader.counts()["reports"] == sum(expected_events(numbered_corpus(5)).values())
    reader.close()
