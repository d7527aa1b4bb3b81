"""`python -m diplo reparse`: re-extract stored articles after the language data changed.

Each stored event records the version (a hash) of the language data that produced it. By default only
articles made with other data are redone; --all redoes every one.
"""
from __future__ import annotations

import argparse
import sys

from diplo.commands._progress import Progress
from diplo.commands.ingest import add_db_argument, existing_db_path
from diplo.store import EventStore, StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--all", action="store_true", dest="everything",
                        help="redo every article, also those already made with the current language data")
    parser.add_argument("--no-progress", action="store_true", help="no progress line on stderr")


def run(args: argparse.Namespace) -> int:
    path = existing_db_path(args.db)
    if path is None:
        return 2
    try:
        store = EventStore(path)
    except StoreError as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    try:
        return _reparse(store, args)
    except StoreError as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _reparse(store: EventStore, args: argparse.Namespace) -> int:
    version = store.current_lang_version()
    before = store.stats()
    todo = before["documents"] if args.everything else store.stale_documents()
    if not todo:
        print(f"diplo: every article in {store.path} is already extracted with the current language data "
              f"({version}); use --all to redo them anyway", file=sys.stderr)
        return 0
    progress = Progress(todo, enabled=not args.no_progress)
    try:
        report = store.reparse(everything=args.everything, progress=lambda r: progress.update(r.read))
    finally:
        progress.close()
    after = store.stats()
    for line in report.failed:
        print(f"diplo: {line}", file=sys.stderr)
    print(f"diplo: re-extracted {report.added} article{'s' * (report.added != 1)} in {store.path} with "
          f"language data {version}: {after['events']} events (before: {before['events']}) "
          f"[{report.seconds:.1f} s]", file=sys.stderr)
    return 1 if report.failed else 0
