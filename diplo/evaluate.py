"""Score extracted events against gold events: precision, recall and F1 per type.

Matching is one-to-one inside a document; when several pairs match, pairs from the same sentence,
then with more shared actors, then with the same subtype are taken first. A system event matches a gold event when the type and the
modality are equal, the actors agree under the actor rule, and the date agrees under the date rule:

- actor rules: "lenient" compares people and countries by ISO3 country and organisations/groups by name;
  "strict" compares people by name. At least half of the gold actors (and at least one) must be found.
  `python -m diplo evaluate` first renames gold actors with `with_canonical_names`, so a gold line that writes
  "Economic Community of West African States" names the same body as the extractor's "ECOWAS".
- date rules: "exact" (the same day) and "day" (within one day). A gold event without a date accepts any.
Planned, negated and hypothetical events only ever match gold events of the same modality.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

CORE_TYPES = ("call", "meeting", "sanctions")
ACTOR_RULES = ("lenient", "strict")
DATE_RULES = ("exact", "day")


def actor_keys(actors: Iterable[dict], rule: str) -> set[str]:
    """The comparable identity of each actor under a rule."""
    keys = set()
    for a in actors:
        kind = a.get("kind") or "country"
        name = (a.get("name") or "").strip().lower()
        if kind == "person" and rule == "strict":
            keys.add("person:" + name)
        elif kind in ("person", "country") and a.get("country"):
            keys.add("country:" + a["country"])
        elif name:
            keys.add("name:" + name)
    return keys


def actors_agree(gold: list[dict], system: list[dict], rule: str) -> bool:
    g, s = actor_keys(gold, rule), actor_keys(system, rule)
    if not g:
        return True
    found = len(g & s)
    return found >= 1 and found * 2 >= len(g)


def _as_date(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def dates_agree(gold, system, rule: str) -> bool:
    g, s = _as_date(gold), _as_date(system)
    if g is None:
        return True
    if s is None:
        return False
    return g == s if rule == "exact" else abs((g - s).days) <= 1


def events_match(gold: dict, system: dict, actor_rule: str, date_rule: str) -> bool:
    return (gold["type"] == system["type"]
            and (gold.get("modality") or "asserted") == (system.get("modality") or "asserted")
            and actors_agree(gold.get("actors") or [], system.get("actors") or [], actor_rule)
            and dates_agree(gold.get("date"), system.get("date"), date_rule))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Result:
    actor_rule: str
    date_rule: str
    by_type: dict[str, Score] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)

    def total(self, types: Iterable[str] | None = None) -> Score:
        wanted = set(types) if types is not None else None
        total = Score()
        for t, s in self.by_type.items():
            if wanted is None or t in wanted:
                total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total


def score(gold: list[dict], system: list[dict], actor_rule: str = "lenient", date_rule: str = "exact",
          doc_ids: set[str] | None = None) -> Result:
    """Match system events to gold events, one to one inside each document, and count."""
    result = Result(actor_rule, date_rule)
    docs = doc_ids if doc_ids is not None else {e["doc_id"] for e in gold}
    gold_by_doc: dict[str, list[dict]] = {}
    system_by_doc: dict[str, list[dict]] = {}
    for e in gold:
        if e["doc_id"] in docs:
            gold_by_doc.setdefault(e["doc_id"], []).append(e)
    for e in system:
        if e["doc_id"] in docs:
            system_by_doc.setdefault(e["doc_id"], []).append(e)
    for doc in sorted(docs):
        golds = gold_by_doc.get(doc, [])
        systems = system_by_doc.get(doc, [])
        pairs = [(_affinity(g, e, actor_rule), gi, si)
                 for gi, g in enumerate(golds) for si, e in enumerate(systems)
                 if events_match(g, e, actor_rule, date_rule)]
        matched_gold: set[int] = set()
        matched_system: set[int] = set()
        for _, gi, si in sorted(pairs, key=lambda p: (-p[0][0], -p[0][1], -p[0][2], p[1], p[2])):
            if gi not in matched_gold and si not in matched_system:
                matched_gold.add(gi)
                matched_system.add(si)
        for gi, g in enumerate(golds):
            s = result.by_type.setdefault(g["type"], Score())
            if gi in matched_gold:
                s.tp += 1
            else:
                s.fn += 1
                result.misses.append(g)
        for si, e in enumerate(systems):
            if si not in matched_system:
                result.by_type.setdefault(e["type"], Score()).fp += 1
                result.false_alarms.append(e)
    return result


def _evidence_text(event: dict) -> str:
    evidence = event.get("evidence")
    return (evidence.get("text") if isinstance(evidence, dict) else evidence) or ""


def _affinity(gold: dict, system: dict, actor_rule: str) -> tuple[int, int, int]:
    """How well a matching pair fits, to prefer the best pairs when several match: the same sentence,
    then more shared actors, then the same subtype."""
    g_text, s_text = _evidence_text(gold).strip(), _evidence_text(system).strip()
    same_sentence = int(bool(g_text and s_text) and (g_text in s_text or s_text in g_text))
    shared = len(actor_keys(gold.get("actors") or [], actor_rule) & actor_keys(system.get("actors") or [], actor_rule))
    return same_sentence, shared, int(gold.get("subtype") == system.get("subtype"))


def with_canonical_names(events: list[dict], canonical: dict[str, str]) -> list[dict]:
    """The events with every actor name that is another spelling of a known entity (lower-cased key in
    `canonical`) replaced by that entity's own name; other names are left as written."""
    def rename(actor: dict) -> dict:
        name = canonical.get((actor.get("name") or "").strip().lower())
        return {**actor, "name": name} if name and name != actor.get("name") else actor
    return [{**e, "actors": [rename(a) for a in e.get("actors") or []]} for e in events]


def load_gold(path: str | Path) -> list[dict]:
    """Gold events, one JSON object per line; blank lines ignored."""
    events = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    events.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc.msg}); fix or remove the line") from None
    return events
