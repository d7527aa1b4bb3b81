"""Where extraction time goes: cProfile of the full extractor over the benchmark's corpus.

Run: PYTHONPATH=. .venv/bin/python benchmarks/extract_profile.py [--mb 1] [--sort tottime] [--top 40]
Prints the functions that take the most time (own time by default; --sort cumulative for callers).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_speed import corpus  # noqa: E402
from diplo.pipeline import analyse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ...)")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    docs = corpus(args.mb)
    analyse(docs[0])   # warm caches, as the benchmark does
    profiler = cProfile.Profile()
    profiler.enable()
    for d in docs:
        analyse(d)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
