"""`python -m diplo extract|evaluate` as a user runs it: output shapes, offsets, bad inputs, exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = sorted((REPO / "seeds").glob("*.txt"))[0]
FIELDS = {"doc_id", "event_id", "type", "subtype", "cameo", "plover", "modality", "date", "date_precision",
          "date_basis", "date_text", "published", "language", "confidence", "actors", "location",
          "trigger", "evidence"}
ACTOR_FIELDS = {"name", "country", "kind", "role", "text", "start", "end"}


def diplo(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "diplo", *map(str, args)], cwd=REPO, input=stdin,
                          capture_output=True, timeout=120)


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_events():
    run = diplo("extract", SEED)
    assert run.returncode == 0, run.stderr.decode()
    return jsonl(run.stdout)


def test_seed_events_carry_every_field(seed_events):
    assert seed_events
    for e in seed_events:
        assert FIELDS <= e.keys()
        for a in e["actors"]:
            assert ACTOR_FIELDS <= a.keys()


def test_seed_offsets_index_the_file_text(seed_events):
    text = SEED.read_text(encoding="utf-8")
    for e in seed_events:
        for span in [e["trigger"], e["evidence"], *e["actors"]]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_event_ids_are_stable_and_unique(seed_events):
    again = jsonl(diplo("extract", SEED).stdout)
    ids = [e["event_id"] for e in seed_events]
    assert ids == [e["event_id"] for e in again]
    assert len(set(ids)) == len(ids)


def test_csv_has_one_row_per_event(seed_events):
    run = diplo("extract", SEED, "--format", "csv")
    assert run.returncode == 0
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in seed_events]
    assert {"doc_id", "type", "modality", "date", "sources", "targets", "evidence"} <= rows[0].keys()


def test_table_has_one_line_per_event(seed_events):
    run = diplo("extract", SEED, "--format", "table")
    assert run.returncode == 0
    lines = run.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(seed_events)
    assert all(line.split()[1] == e["type"] for line, e in zip(lines, seed_events))


def test_stdin_dash():
    text = "The US imposed sanctions on Russia on Monday.\n"
    run = diplo("extract", "-", "--published", "2024-03-07", "--lang", "en", stdin=text.encode())
    assert run.returncode == 0, run.stderr.decode()
    events = jsonl(run.stdout)
    assert [(e["type"], e["date"]) for e in events] == [("sanctions", "2024-03-04")]
    assert {(a["country"], a["role"]) for a in events[0]["actors"]} == {("USA", "source"), ("RUS", "target")}


@pytest.fixture
def messy_folder(tmp_path):
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (tmp_path / "arabic1256.txt").write_bytes("قال الرئيس الفرنسي إيمانويل ماكرون إنه تحدث مع بوتين".encode("cp1256"))
    (tmp_path / "wide.txt").write_bytes("Biden visited Poland on Tuesday.\n".encode("utf-16"))
    good_line = json.dumps({"doc_id": "j1", "text": "The US imposed sanctions on Russia on Monday.",
                            "published": "2024-03-07", "language": "en"})
    (tmp_path / "mixed.jsonl").write_text(good_line + "\n{not json\n", encoding="utf-8")
    return tmp_path


def test_bad_inputs_are_reported_and_good_ones_still_extracted(messy_folder, seed_events):
    run = diplo("extract", messy_folder)
    err = run.stderr.decode("utf-8")
    assert run.returncode == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    for bad in ["empty.txt", "image.txt", "arabic1256.txt", "wide.txt", "mixed.jsonl:2"]:
        assert sum(bad in line for line in lines) == 1, (bad, err)
    assert len(lines) == 5, err
    events = jsonl(run.stdout)
    assert [(e["type"], e["date"]) for e in events if e["doc_id"] == "good"] == \
        [(e["type"], e["date"]) for e in seed_events]
    assert [e["type"] for e in events if e["doc_id"] != "good"] == ["sanctions"]


def test_evaluate_prints_json_scores():
    run = diplo("evaluate", "--gold", REPO / "data/corpus/gold.jsonl", "--json")
    assert run.returncode == 0, run.stderr.decode()
    report = json.loads(run.stdout)
    text = json.dumps(report)
    assert all(k in text for k in ('"precision"', '"recall"', '"f1"'))
