"""The store's commands end to end with the real extractor: ingest (files, folders, stdin, web pages and
feeds from a local HTTP server), export, reparse, and the dashboard's first-run build."""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import pty
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

import diplo.store as store_module
from diplo.cli import main
from diplo.firstrun import ensure_database
from diplo.queries import Filters
from diplo.store import EventStore

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3ba929ae3eb71c74.txt"
ARTICLES = REPO / "data" / "corpus" / "articles"
EN_PAGE = ARTICLES / "en_11.html"


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplo", *args], input=stdin, capture_output=True, cwd=REPO,
                          env={**os.environ, **(env or {})}, timeout=300)


def diplo_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("diplo: ")]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.duckdb"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """The bundled articles, ingested once for the read-only tests."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    assert main(["ingest", str(REPO / "seeds"), str(ARTICLES), "--db", str(path), "--no-progress"]) == 0
    return path


# --- ingest --------------------------------------------------------------------------------------------

def test_ingest_the_seed_twice_stores_it_once(db):
    first = run_cli("ingest", str(SEED), "--db", str(db))
    second = run_cli("ingest", str(SEED), "--db", str(db))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "stored 1 new article with" in first.stderr.decode()
    assert "stored 0 new articles" in second.stderr.decode() and "1 already stored" in second.stderr.decode()
    with EventStore(db, read_only=True) as store:
        assert store.stats()["documents"] == 1
        calls = store.events(Filters(types=["call"], actors=["Emmanuel Macron", "Vladimir Putin"], actor_match="all"))
        assert pd.Timestamp("2022-03-22") in set(calls["date"])
        assert store.document(calls["doc_id"].iloc[0]).doc["published"].isoformat() == "2022-03-23"


def test_corpus_ingest_is_complete_and_sound(corpus_db):
    with EventStore(corpus_db, read_only=True) as store:
        stats = store.stats()
        assert stats["documents"] >= 60 and stats["events"] > stats["documents"]
        assert store.integrity_problems() == []
        assert len(stats["lang_versions"]) == 1
        for doc_id in store.events()["doc_id"].unique()[:10]:     # offsets point into the stored text
            view = store.document(doc_id)
            for m in view.mentions.itertuples():
                assert view.doc["text"][m.start:m.end] == m.text
            for e in view.events.itertuples():
                assert view.doc["text"][e.evidence_start:e.evidence_end] == e.evidence_text


def make_bad_folder(folder: Path) -> list[str]:
    """Good articles plus one of each kind of bad input; returns the bad file names."""
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    shutil.copy(EN_PAGE, folder / "page.html")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "arabic-1256.txt").write_bytes("عنوان – موقع\n\nاتصل ماكرون ببوتين الثلاثاء.\n".encode("cp1256"))
    (folder / "english-16.txt").write_bytes("Title – Wire\n\nMacron called Putin.\n".encode("utf-16"))
    (folder / "huge.txt").write_bytes(b"Huge - Wire\n\n" + b"Macron called Putin. " * 2_500_000)   # ~50 MB
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "ok1", "text": "Macron called Putin on Tuesday, the Elysee said.",
                    "published": "2022-03-23", "lang": "en"}) + "\n{not json\n", encoding="utf-8")
    return ["empty.txt", "binary.txt", "arabic-1256.txt", "english-16.txt", "huge.txt", "lines.jsonl:2"]


def test_bad_inputs_get_one_line_each_and_the_rest_is_stored(db, tmp_path):
    assert run_cli("ingest", str(ARTICLES / "en_01.txt"), "--db", str(db)).returncode == 0
    with EventStore(db, read_only=True) as store:
        before = store.events()[["event_id", "group_id", "evidence_text"]]
    bad = make_bad_folder(tmp_path / "in")
    result = run_cli("ingest", str(tmp_path / "in"), "http://127.0.0.1:9/unreachable", "--db", str(db))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err
    lines = diplo_lines(err)
    for name in bad + ["http://127.0.0.1:9/unreachable"]:
        assert sum(name in line for line in lines) == 1, (name, err)
    assert len(lines) == len(bad) + 2            # one per bad input, plus the summary
    assert "stored 3 new articles" in lines[-1] and "7 inputs could not be read" in lines[-1]
    with EventStore(db, read_only=True) as store:
        assert store.stats()["documents"] == 4
        after = store.events()
        assert before.merge(after, on=["event_id", "group_id", "evidence_text"]).shape[0] == len(before)


def test_ingest_from_stdin_with_published_and_lang(db):
    text = "Macron calls Putin – Wire\n\nEmmanuel Macron spoke with Vladimir Putin by phone on Tuesday.\n"
    result = run_cli("ingest", "-", "--db", str(db), "--published", "2022-03-23", "--lang", "en",
                     stdin=text.encode())
    assert result.returncode == 0, result.stderr
    with EventStore(db, read_only=True) as store:
        call = store.events(Filters(types=["call"])).iloc[0]
        assert call["date"] == pd.Timestamp("2022-03-22") and call["language"] == "en"
        doc = store.document(call["doc_id"]).doc
        assert doc["given_published"].isoformat() == "2022-03-23" and doc["given_basis"] == "cli"


def test_database_path_from_the_environment(tmp_path):
    target = tmp_path / "from-env.duckdb"
    result = run_cli("ingest", str(SEED), env={"DIPLO_DB": str(target)})
    assert result.returncode == 0 and target.exists(), result.stderr
    assert str(target) in result.stderr.decode()


@pytest.mark.parametrize("content", [b"\x00not a database" * 100, b""])
def test_ingest_refuses_a_damaged_database_and_leaves_it(db, content):
    db.write_bytes(content)
    result = run_cli("ingest", str(SEED), "--db", str(db))
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err
    assert str(db) in err and "left untouched" in err
    assert db.read_bytes() == content


# --- progress -------------------------------------------------------------------------------------------

def test_progress_line_only_for_long_runs_when_not_a_terminal(db, tmp_path):
    long_run = run_cli("ingest", str(REPO / "seeds"), str(ARTICLES), "--db", str(db))
    assert any("articles" in line and "/s" in line and not line.startswith("diplo:")
               for line in long_run.stderr.decode().splitlines()), long_run.stderr
    short = run_cli("ingest", str(SEED), "--db", str(tmp_path / "other.duckdb"))
    assert [line for line in short.stderr.decode().splitlines() if not line.startswith("diplo:")] == []
    quiet = run_cli("ingest", str(ARTICLES), "--db", str(tmp_path / "third.duckdb"), "--no-progress")
    assert [line for line in quiet.stderr.decode().splitlines() if not line.startswith("diplo:")] == []


def test_progress_bar_on_a_terminal(db):
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "diplo", "ingest", str(ARTICLES), "--db", str(db)],
                               cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    screen = b"".join(chunks).decode("utf-8", errors="replace")
    assert process.returncode == 0
    assert "\r" in screen and "[" in screen and "/" in screen and "articles" in screen


# --- web pages and feeds --------------------------------------------------------------------------------

class Site:
    """A local web server with fixed pages: path -> (status, content type, body)."""

    def __init__(self, pages: dict[str, tuple[int, str, bytes]]):
        self.pages = pages
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                status, kind, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


UNDATED_PAGE = """<html><head><title>Scholz phones Putin | Berlin Courier</title>
<meta property="og:site_name" content="Berlin Courier"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Scholz phones Putin</h1><p>German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin
by telephone on Tuesday and urged a ceasefire, a government spokesman said.</p></article>
<footer>© Berlin Courier</footer></body></html>"""


def feed_pages(base: str) -> dict[str, tuple[int, str, bytes]]:
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Grain deal</title><link>{base}/grain.html</link><pubDate>Fri, 22 Jul 2022 17:30:00 GMT</pubDate></item>
<item><title>Scholz phones Putin</title><link>{base}/undated.html</link><pubDate>Wed, 23 Mar 2022 09:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/gone.html</link></item>
</channel></rss>"""
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
<entry><title>Seed</title><link rel="alternate" href="{base}/seed.txt"/><updated>2022-03-23T08:00:00Z</updated></entry>
</feed>"""
    return {
        "/grain.html": (200, "text/html; charset=utf-8", EN_PAGE.read_bytes()),
        "/undated.html": (200, "text/html", UNDATED_PAGE.encode()),
        "/seed.txt": (200, "text/plain; charset=utf-8", SEED.read_bytes()),
        "/feed.rss": (200, "application/rss+xml", rss.encode()),
        "/feed.atom": (200, "application/atom+xml", atom.encode()),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4 ..."),
    }


def test_ingest_pages_and_feeds_over_http(db):
    with Site({}) as site:
        site.pages.update(feed_pages(site.url))
        result = run_cli("ingest", f"{site.url}/feed.rss", f"{site.url}/feed.atom", f"{site.url}/grain.html",
                         f"{site.url}/report.pdf", "--db", str(db))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    lines = diplo_lines(err)
    assert any("/gone.html" in line and "HTTP 404" in line for line in lines)
    assert any("/report.pdf" in line and "application/pdf" in line for line in lines)
    assert "stored 3 new articles" in lines[-1] and "1 already stored" in lines[-1]   # grain.html twice
    with EventStore(db, read_only=True) as store:
        docs = store.documents().set_index("url")
        assert docs.loc[f"{site.url}/grain.html", "outlet"] == "Euro-Asia Times"
        undated = docs.loc[f"{site.url}/undated.html"]
        assert undated["published"] == pd.Timestamp("2022-03-23")        # from the feed item
        assert docs.loc[f"{site.url}/seed.txt", "title"].startswith("يجب الحفاظ")
        scholz = store.events(Filters(actors=["Olaf Scholz"], types=["call"]))
        assert len(scholz) >= 1 and scholz["url"].iloc[0] == f"{site.url}/undated.html"


# --- export ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_formats_with_filters(corpus_db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    code = main(["export", "--format", fmt, "-o", str(out), "--db", str(corpus_db),
                 "--actor", "Vladimir Putin", "--type", "call", "--type", "meeting"])
    assert code == 0
    frame = {"csv": pd.read_csv, "parquet": pd.read_parquet,
             "jsonl": lambda p: pd.read_json(p, lines=True, dtype=False)}[fmt](out)
    with EventStore(corpus_db, read_only=True) as store:
        expected = store.events(Filters(actors=["Vladimir Putin"], types=["call", "meeting"]))
    assert len(frame) == len(expected) > 0
    assert set(frame["type"]) <= {"call", "meeting"}
    for column in ("sqldate", "event_code", "event_root_code", "quad_class", "actor1_name", "actor1_country",
                   "actor2_name", "actor2_country", "source_url", "evidence_text", "group_id", "n_reports"):
        assert column in frame.columns
    names = frame["actor_names"]
    has_putin = [("Vladimir Putin" in n) if isinstance(n, str) else ("Vladimir Putin" in list(n)) for n in names]
    assert all(has_putin)
    dated = frame[frame["sqldate"].notna()]
    assert dated["sqldate"].astype(int).between(19000101, 21001231).all()


def test_export_to_stdout_and_messages(corpus_db, tmp_path, capsys):
    assert main(["export", "--format", "jsonl", "--db", str(corpus_db), "--type", "sanctions"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert rows and all(r["type"] == "sanctions" for r in rows) and isinstance(rows[0]["actor_names"], list)
    assert f"exported {len(rows)} events" in captured.err
    assert main(["export", "--format", "parquet", "--db", str(corpus_db)]) == 2
    assert "give a file with -o" in capsys.readouterr().err
    assert main(["export", "-o", str(tmp_path / "no" / "such" / "x.csv"), "--db", str(corpus_db)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert "no database here" in capsys.readouterr().err
    assert main(["export", "--db", str(corpus_db), "--from", "2023-01-01", "--to", "2022-01-01"]) == 2
    assert "starts" in capsys.readouterr().err


# --- reparse --------------------------------------------------------------------------------------------

def test_reparse_after_the_language_data_changes(db, monkeypatch, capsys):
    assert main(["ingest", str(SEED), str(ARTICLES / "en_01.txt"), "--db", str(db), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["reparse", "--db", str(db)]) == 0
    assert "already extracted with the current language data" in capsys.readouterr().err
    with EventStore(db, read_only=True) as store:
        before = store.events()[["event_id", "type", "date"]].sort_values("event_id").reset_index(drop=True)
    monkeypatch.setattr(store_module, "_lang_version", lambda: "changed-data")
    assert main(["reparse", "--db", str(db), "--no-progress"]) == 0
    assert "re-extracted 2 articles" in capsys.readouterr().err
    with EventStore(db, read_only=True) as store:
        after = store.events()
        assert set(after["lang_version"]) == {"changed-data"} and store.stale_documents() == 0
        assert after[["event_id", "type", "date"]].sort_values("event_id").reset_index(drop=True).equals(before)
        assert store.integrity_problems() == []
    assert main(["reparse", "--db", str(db), "--all", "--no-progress"]) == 0


def test_reparse_without_a_database(tmp_path, capsys):
    assert main(["reparse", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no database here" in capsys.readouterr().err


# --- first run ------------------------------------------------------------------------------------------

def test_first_run_builds_the_database_from_the_bundled_articles(tmp_path):
    target = tmp_path / "data" / "diplo.duckdb"
    started = time.perf_counter()
    assert ensure_database(target) == target
    seconds = time.perf_counter() - started
    assert seconds < 30
    with EventStore(target, read_only=True) as store:
        assert store.stats()["documents"] >= 60
        assert store.counts(Filters(actors=["Emmanuel Macron", "Vladimir Putin"], actor_match="all",
                                    types=["call"]))["calls"] >= 1
    assert sorted(p.name for p in target.parent.iterdir() if p.name != ".diplo.duckdb.build-lock") == ["diplo.duckdb"]
    stamp = (target.stat().st_mtime_ns, hashlib.sha256(target.read_bytes()).hexdigest())
    assert ensure_database(target) == target
    assert (target.stat().st_mtime_ns, hashlib.sha256(target.read_bytes()).hexdigest()) == stamp


def test_first_run_from_two_sessions_at_once_builds_once(tmp_path):
    target = tmp_path / "diplo.duckdb"
    script = (f"import sys; sys.path.insert(0, {str(REPO)!r}); from diplo.firstrun import ensure_database; "
              f"print(ensure_database({str(target)!r}, sources=[{str(SEED)!r}, {str(ARTICLES / 'en_01.txt')!r}]))")
    processes = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(2)]
    for p in processes:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with EventStore(target, read_only=True) as store:
        assert store.stats()["documents"] == 2
    assert [p.name for p in tmp_path.iterdir() if "building" in p.name] == []


def test_first_run_never_touches_an_existing_file(tmp_path):
    target = tmp_path / "diplo.duckdb"
    target.write_bytes(b"something else")
    assert ensure_database(target) == target
    assert target.read_bytes() == b"something else"
