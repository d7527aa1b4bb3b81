"""`python -m diplo export --format csv|jsonl|parquet [filters] [-o FILE]`: stored events for analysts.

One row per event (per reporting article) in columns that join with GDELT-style data: sqldate
(YYYYMMDD), CAMEO event/base/root codes, quad class, PLOVER, actor1/actor2 names and ISO3 country codes,
source URL, plus group_id/n_reports for the repeated reports of one event.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from diplo.commands.extract import iso_date
from diplo.commands.ingest import add_db_argument, existing_db_path
from diplo.model import EVENT_TYPES, MODALITIES
from diplo.queries import LIST_COLUMNS, Filters, export_frame
from diplo.store import EventStore, StoreError

FORMATS = ("csv", "jsonl", "parquet")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The dashboard's filters as options."""
    group = parser.add_argument_group("filters (repeat an option for several values)")
    group.add_argument("--actor", action="append", default=[], metavar="NAME",
                       help='events with this actor, e.g. "Vladimir Putin"')
    group.add_argument("--all-actors", action="store_true", help="events with ALL the --actor names, not any")
    group.add_argument("--country", action="append", default=[], metavar="ISO3",
                       help="events with an actor of this country, e.g. RUS")
    group.add_argument("--type", action="append", default=[], choices=EVENT_TYPES, metavar="TYPE",
                       help=f"event type: {', '.join(EVENT_TYPES)}")
    group.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="first day")
    group.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="last day")
    group.add_argument("--lang", action="append", default=[], choices=("ar", "en"), help="article language")
    group.add_argument("--outlet", action="append", default=[], metavar="NAME", help="outlet name")
    group.add_argument("--modality", action="append", default=[], choices=MODALITIES, metavar="MODALITY",
                       help=f"{', '.join(MODALITIES)} (default: all)")
    group.add_argument("--no-planned", action="store_true", help="leave out planned events")


def filters_from_args(args: argparse.Namespace) -> Filters:
    return Filters(actors=args.actor, countries=args.country, types=args.type, date_from=args.date_from,
                   date_to=args.date_to, languages=args.lang, outlets=args.outlet,
                   include_planned=not args.no_planned, modalities=args.modality,
                   actor_match="all" if args.all_actors else "any")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="csv")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output; "
                                                               "parquet needs a file)")
    add_db_argument(parser)
    parser.add_argument("--window", type=int, metavar="DAYS",
                        help="days between reports of one event for group_id/n_reports (default: the store's)")
    add_filter_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        print("diplo: parquet is a binary format; give a file with -o, e.g. -o events.parquet", file=sys.stderr)
        return 2
    if args.output and not Path(args.output).parent.is_dir():
        print(f"diplo: {args.output}: the folder {Path(args.output).parent} does not exist; create it or "
              "choose another place", file=sys.stderr)
        return 2
    try:
        filters = filters_from_args(args)
    except ValueError as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    path = existing_db_path(args.db)
    if path is None:
        return 2
    try:
        with EventStore(path, read_only=True) as store:
            frame = export_frame(store.events(filters, window_days=args.window))
    except StoreError as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    try:
        write(frame, args.format, args.output)
    except OSError as exc:
        print(f"diplo: {args.output}: could not write ({exc.strerror or exc}); check the path and free space",
              file=sys.stderr)
        return 1
    where = args.output or "standard output"
    print(f"diplo: exported {len(frame)} event{'s' * (len(frame) != 1)} to {where}", file=sys.stderr)
    return 0


def write(frame: pd.DataFrame, fmt: str, output: str | None) -> None:
    """Write the export frame as csv (lists joined by "; "), jsonl (lists as arrays) or parquet."""
    if fmt == "parquet":
        frame.to_parquet(output, index=False)
        return
    if fmt == "csv":
        flat = frame.copy()
        for column in LIST_COLUMNS:
            flat[column] = ["; ".join(v) for v in flat[column]]
        text = flat.to_csv(index=False)
    else:
        text = frame.to_json(orient="records", lines=True, force_ascii=False) if len(frame) else ""
    if output:
        with open(output, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
