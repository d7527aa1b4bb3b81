"""`python -m diplo evaluate --gold GOLD [PATH...]`: score the extractor against gold events."""
from __future__ import annotations

import argparse
import json
import sys

from diplo.commands.extract import iso_date
from diplo.evaluate import ACTOR_RULES, CORE_TYPES, DATE_RULES, load_gold, score, with_canonical_names
from diplo.lexicon import default_lexicon
from diplo.readers import InputProblem, read_inputs

DEFAULT_ARTICLES = ["data/corpus/articles", "seeds"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=f"articles to extract from (default: {' '.join(DEFAULT_ARTICLES)})")
    parser.add_argument("--gold", required=True, help="gold events, one JSON object per line")
    parser.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary")
    parser.add_argument("--limit", type=int, default=40, help="misses and false alarms to list (default 40)")


def evaluate_paths(gold_path: str, paths: list[str], published=None) -> tuple[dict, list[str]]:
    """Extract from `paths`, score against the gold file; returns (summary, problems)."""
    from diplo.pipeline import extract
    gold = with_canonical_names(load_gold(gold_path), default_lexicon().canonical_names)
    system, problems, doc_ids = [], [], set()
    for item in read_inputs(paths, published=published):
        if isinstance(item, InputProblem):
            problems.append(item.describe())
            continue
        doc_ids.add(item.doc_id)
        system.extend(e.as_dict() for e in extract(item))
    gold_docs = {g["doc_id"] for g in gold}
    summary = {"documents": len(doc_ids), "gold_events": sum(g["doc_id"] in doc_ids for g in gold),
               "system_events": len(system), "gold_documents_missing": sorted(gold_docs - doc_ids),
               "scores": {}}
    results = {}
    for actor_rule in ACTOR_RULES:
        for date_rule in DATE_RULES:
            r = score(gold, system, actor_rule, date_rule, doc_ids)
            results[(actor_rule, date_rule)] = r
            summary["scores"][f"{actor_rule}/{date_rule}"] = {
                "core": r.total(CORE_TYPES).as_dict(), "all": r.total().as_dict(),
                "by_type": {t: s.as_dict() for t, s in sorted(r.by_type.items())}}
    summary["_lenient_exact"] = results[("lenient", "exact")]
    return summary, problems


def _describe(e: dict) -> str:
    actors = ", ".join(f'{a.get("name")} ({a.get("country") or a.get("kind")}, {a.get("role")})'
                       for a in e.get("actors") or [])
    evidence = e.get("evidence")
    if isinstance(evidence, dict):
        evidence = evidence.get("text")
    return (f'  {e["doc_id"]}: {e["type"]}/{e.get("subtype")} {e.get("modality")} {e.get("date")} [{actors}]\n'
            f'      “{(evidence or "").strip()[:220]}”')


def run(args: argparse.Namespace) -> int:
    try:
        summary, problems = evaluate_paths(args.gold, args.paths or DEFAULT_ARTICLES, args.published)
    except (OSError, ValueError) as exc:
        print(f"diplo: {exc}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"diplo: {p}", file=sys.stderr)
    main = summary.pop("_lenient_exact")
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 1 if problems else 0
    out = sys.stdout
    out.write(f'{summary["documents"]} documents, {summary["gold_events"]} gold events, '
              f'{summary["system_events"]} extracted\n\n')
    for key, block in summary["scores"].items():
        out.write(f"{key:<16} core (calls+meetings+sanctions) P {block['core']['precision']:.2f} "
                  f"R {block['core']['recall']:.2f} F1 {block['core']['f1']:.2f}   "
                  f"all P {block['all']['precision']:.2f} R {block['all']['recall']:.2f} "
                  f"F1 {block['all']['f1']:.2f}\n")
    out.write("\nby type (lenient actors, exact dates):\n")
    for t, s in sorted(main.by_type.items()):
        out.write(f"  {t:<10} tp {s.tp:>3} fp {s.fp:>3} fn {s.fn:>3}  P {s.precision:.2f} "
                  f"R {s.recall:.2f} F1 {s.f1:.2f}\n")
    out.write(f"\nmisses ({len(main.misses)}):\n")
    for e in main.misses[:args.limit]:
        out.write(_describe(e) + "\n")
    out.write(f"\nfalse alarms ({len(main.false_alarms)}):\n")
    for e in main.false_alarms[:args.limit]:
        out.write(_describe(e) + "\n")
    return 1 if problems else 0
