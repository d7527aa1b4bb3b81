"""Regression guard: the extractor's score on our own corpus must not drop below the level reached.

The floors are the scores measured when they were set (python -m diplo evaluate --gold data/corpus/gold.jsonl),
rounded down; raise them as the extractor improves.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diplo.commands.evaluate import evaluate_paths

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {  # (actor rule/date rule, type group) → lowest acceptable F1
    ("lenient/exact", "core"): 0.28,
    ("lenient/exact", "all"): 0.23,
    ("lenient/day", "core"): 0.37,
    ("strict/day", "all"): 0.20,
}


@pytest.fixture(scope="module")
def summary():
    result, problems = evaluate_paths(str(ROOT / "data/corpus/gold.jsonl"),
                                      [str(ROOT / "data/corpus/articles"), str(ROOT / "seeds")])
    assert problems == []
    return result


def test_every_gold_document_is_read(summary):
    assert summary["gold_documents_missing"] == []
    assert summary["documents"] >= 65


@pytest.mark.parametrize("rule, group", sorted(FLOORS))
def test_f1_does_not_drop(summary, rule, group):
    f1 = summary["scores"][rule][group]["f1"]
    assert f1 >= FLOORS[(rule, group)], f"{rule} {group} F1 fell to {f1:.3f}"
