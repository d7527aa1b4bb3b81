"""`python -m diplo ingest PATH|URL...`: add articles to the event store.

Files, folders, .jsonl, stdin (-) and web addresses (an article page, or an RSS/Atom feed: each item is
fetched). Articles already stored (same text) are skipped. Each bad input gets one line on stderr and the
rest is stored; the exit code is 1 when anything could not be read or stored, 2 when the database
itself cannot be used.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator

from diplo.commands._progress import Progress, estimate_documents
from diplo.commands.extract import iso_date
from diplo.fetch import TIMEOUT, is_url, read_urls
from diplo.model import Document
from diplo.readers import DEFAULT_MAX_BYTES, InputProblem, read_inputs
from diplo.store import ENV_DB, EventStore, IngestReport, StoreError, default_db_path


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """--db, shared by the store's commands."""
    parser.add_argument("--db", metavar="FILE",
                        help=f"the database file (default: ${ENV_DB}, else data/diplo.duckdb)")


def existing_db_path(db: str | None) -> Path | None:
    """The database --db names (or the default) if it exists; else None, after telling the user why."""
    path = default_db_path(db)
    if path.exists():
        return path
    print(f"diplo: {path}: no database here; add articles first with `python -m diplo ingest PATH "
          f"--db {path}`", file=sys.stderr)
    return None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=".txt (first line = title), .html/.htm, .jsonl, a folder of these, - for stdin, "
                             "or an http(s) address of an article page or an RSS/Atom feed")
    add_db_argument(parser)
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date for articles that carry none")
    parser.add_argument("--lang", choices=("ar", "en"), help="language of the articles (default: detected)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help="largest article accepted, in bytes (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, metavar="SECONDS",
                        help="how long to wait for a web server (default: %(default)s)")
    parser.add_argument("--no-progress", action="store_true", help="no progress line on stderr")


def run(args: argparse.Namespace) -> int:
    path = default_db_path(args.db)
    try:
        store = EventStore(path)
    except StoreError as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    progress = Progress(estimate_documents(args.paths), enabled=not args.no_progress)
    problems: list[str] = []

    def report_problem(line: str) -> None:
        problems.append(line)
        progress.message(f"diplo: {line}")

    def documents() -> Iterator[Document]:
        stdin = sys.stdin.buffer if "-" in args.paths else None
        for item in _inputs(args, stdin):
            if isinstance(item, InputProblem):
                report_problem(item.describe())
            else:
                yield item

    try:
        report = store.ingest(documents(), progress=lambda r: progress.update(r.read))
    except StoreError as exc:
        progress.close()
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    progress.close()
    for line in report.failed:
        print(f"diplo: {line}", file=sys.stderr)
    print(f"diplo: {summary(report, path, len(problems))}", file=sys.stderr)
    return 1 if problems or report.failed else 0


def _inputs(args: argparse.Namespace, stdin) -> Iterator[Document | InputProblem]:
    """Every input in the order given: files and folders through the readers, addresses through fetch."""
    for path in args.paths:
        if is_url(path):
            yield from read_urls([path], published=args.published, lang=args.lang, timeout=args.timeout,
                                 max_bytes=args.max_bytes)
        else:
            yield from read_inputs([path], published=args.published, lang=args.lang, stdin=stdin,
                                   max_bytes=args.max_bytes)


def summary(report: IngestReport, path, unreadable: int) -> str:
    """One line: what was stored where, what was skipped, what failed."""
    parts = [f"stored {report.added} new article{'s' * (report.added != 1)} with {report.events} "
             f"event{'s' * (report.events != 1)} in {path}"]
    if report.already_stored:
        parts.append(f"{report.already_stored} already stored")
    if unreadable:
        parts.append(f"{unreadable} input{'s' * (unreadable != 1)} could not be read (see above)")
    if report.failed:
        parts.append(f"{len(report.failed)} could not be analysed (see above)")
    rate = f" ({report.read / report.seconds:,.0f} articles/s)" if report.seconds > 0 and report.read > 50 else ""
    return "; ".join(parts) + f" [{report.seconds:.1f} s{rate}]"
