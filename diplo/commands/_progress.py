"""A progress line on stderr for long commands (ingest, reparse); not a command itself.

On a terminal it redraws one line ("[#####.....] 120/500 articles  310/s  ~1 s left"); when stderr is a
file or a pipe it writes a plain line every few seconds, and only for runs of more than `quiet_below`
documents, so small runs and logs stay clean. Messages printed meanwhile go above the bar.
"""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from diplo.readers import ARTICLE_SUFFIXES

REDRAW_SECONDS = 0.1
LOG_SECONDS = 5.0
WIDTH = 24


class Progress:
    """Call update(done) as work advances, message(line) to print a line, and close() at the end."""

    def __init__(self, total: int | None, *, noun: str = "articles", stream: TextIO | None = None,
                 enabled: bool = True, quiet_below: int = 50):
        self.total = total
        self.noun = noun
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.quiet_below = quiet_below
        self.tty = enabled and _is_tty(self.stream)
        self.started = time.monotonic()
        self._last = 0.0
        self._drawn = False
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            if now - self._last >= REDRAW_SECONDS:
                self._draw(now)
        elif done > self.quiet_below and now - self._last >= LOG_SECONDS:
            self._last = now
            self.stream.write(self._text(now) + "\n")
            self.stream.flush()

    def message(self, line: str) -> None:
        """Print a line (e.g. a bad input) without breaking the bar."""
        self._clear()
        self.stream.write(line + "\n")
        self.stream.flush()
        if self._drawn or self.tty:
            self._last = 0.0

    def close(self) -> None:
        if self.tty and self._drawn:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def _draw(self, now: float) -> None:
        self._last = now
        self.stream.write("\r\x1b[K" + self._text(now))
        self.stream.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False

    def _text(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        if self.total:
            share = min(self.done / self.total, 1.0)
            filled = int(share * WIDTH)
            left = (self.total - self.done) / rate if rate > 0 and self.done < self.total else 0
            return (f"[{'#' * filled}{'.' * (WIDTH - filled)}] {self.done}/{self.total} {self.noun}  "
                    f"{rate:,.0f}/s  ~{left:,.0f} s left")
        return f"{self.done} {self.noun}  {rate:,.0f}/s  {elapsed:,.0f} s"


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def estimate_documents(paths: list[str]) -> int | None:
    """How many documents these inputs hold (files, plus lines of .jsonl files); None when unknowable
    (stdin, web addresses)."""
    total = 0
    for path in paths:
        if path == "-" or "://" in path:
            return None
        if os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                        total += _documents_in(os.path.join(folder, name))
        elif os.path.isfile(path):
            total += _documents_in(path)
    return total


def _documents_in(path: str) -> int:
    if not path.lower().endswith(".jsonl"):
        return 1
    lines = 0
    try:
        with open(path, "rb") as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                lines += chunk.count(b"\n")
    except OSError:
        return 1
    return max(lines, 1)
