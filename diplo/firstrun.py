"""First run: build the database from the bundled articles when there is none yet.

The dashboard calls `ensure_database(path)` before any page renders. The database is built in a
temporary file next to the target and renamed into place when complete, so a crash or a second
session starting at the same moment never sees (or leaves) a half-built database.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Iterable

from diplo.model import Document
from diplo.readers import read_inputs
from diplo.store import EventStore, default_db_path

REPO = Path(__file__).resolve().parent.parent
BUNDLED = (REPO / "seeds", REPO / "data" / "corpus" / "articles")


def ensure_database(path: str | os.PathLike | None = None, *,
                    sources: Iterable[str | os.PathLike] | None = None) -> Path:
    """The database path; when no file exists there, build it first from `sources` (default: the
    repository's seeds/ and data/corpus/articles/). An existing file is never touched."""
    path = default_db_path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{path.name}.build-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)        # another session may be building it right now
        if not path.exists():
            _build(path, [Path(s) for s in (sources if sources is not None else BUNDLED)])
    return path


def _build(path: Path, sources: list[Path]) -> None:
    partial = path.with_name(f".{path.name}.building-{os.getpid()}")
    for leftover in (partial, partial.with_name(partial.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        with EventStore(partial) as store:
            existing = [str(s) for s in sources if s.exists()]
            store.ingest(d for d in read_inputs(existing) if isinstance(d, Document))
        os.replace(partial, path)
    finally:
        for leftover in (partial, partial.with_name(partial.name + ".wal")):
            leftover.unlink(missing_ok=True)
