"""`python -m diplo extract PATH...`: print the events found in articles."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date

from diplo.readers import DEFAULT_MAX_BYTES, InputProblem, read_inputs

CSV_COLUMNS = ("doc_id", "event_id", "type", "subtype", "cameo", "plover", "modality", "date",
               "date_precision", "date_basis", "date_text", "published", "language", "confidence",
               "sources", "targets", "participants", "source_countries", "target_countries",
               "location", "trigger", "evidence", "evidence_start", "evidence_end")


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The input options shared by extract, evaluate and ingest."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=".txt (first line = title), .html/.htm, .jsonl, a directory of these, or - for stdin")
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date for articles that carry none")
    parser.add_argument("--lang", choices=("ar", "en"), help="language of the articles (default: detected)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help="largest article accepted, in bytes (default: %(default)s)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")


def flat_row(event: dict) -> dict:
    """One CSV/table row of an event dict."""
    def names(role):
        return "; ".join(a["name"] for a in event["actors"] if a["role"] == role)

    def countries(role):
        return "; ".join(a["country"] or "" for a in event["actors"] if a["role"] == role)
    return {**{k: event.get(k) for k in CSV_COLUMNS if k in event},
            "sources": names("source"), "targets": names("target"), "participants": names("participant"),
            "source_countries": countries("source"), "target_countries": countries("target"),
            "location": (event["location"] or {}).get("name"), "trigger": event["trigger"]["text"],
            "evidence": event["evidence"]["text"], "evidence_start": event["evidence"]["start"],
            "evidence_end": event["evidence"]["end"]}


def run(args: argparse.Namespace) -> int:
    from diplo.pipeline import extract
    out = sys.stdout
    writer = None
    failed = False
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
    stdin = sys.stdin.buffer if "-" in args.paths else None
    for item in read_inputs(args.paths, published=args.published, lang=args.lang, stdin=stdin,
                            max_bytes=args.max_bytes):
        if isinstance(item, InputProblem):
            print(f"diplo: {item.describe()}", file=sys.stderr)
            failed = True
            continue
        for event in extract(item):
            record = event.as_dict()
            if writer is not None:
                writer.writerow(flat_row(record))
            elif args.format == "table":
                row = flat_row(record)
                who = row["participants"] or f'{row["sources"]} → {row["targets"]}'
                out.write(f'{row["doc_id"]:<24} {row["type"]:<10} {row["modality"]:<12} '
                          f'{row["date"] or "-":<10}  {who}\n')
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0
