"""`python -m diplo COMMAND ...`: the command line. Each command lives in diplo/commands/<name>.py."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMANDS = {
    "extract": "Extract events from articles and print them",
    "evaluate": "Score the extractor against gold events",
    "ingest": "Add articles to the event store",
    "reparse": "Re-extract every stored document with the current language data",
    "export": "Export stored events",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m diplo", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in COMMANDS.items():
        try:
            module = importlib.import_module(f"diplo.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"diplo.commands.{name}":
                raise
            continue
        command = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("diplo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: one line for the user, the traceback only on request
        if os.environ.get("DIPLO_DEBUG"):
            raise
        print(f"diplo: internal error ({type(exc).__name__}: {exc}); rerun with DIPLO_DEBUG=1 "
              "and report the traceback", file=sys.stderr)
        return 70
