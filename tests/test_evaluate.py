"""diplo.evaluate: each matching rule both ways, one-to-one matching, and the score arithmetic."""
from __future__ import annotations

import pytest

from diplo.evaluate import actors_agree, dates_agree, events_match, score

BIDEN = {"name": "Joe Biden", "country": "USA", "kind": "person", "role": "participant"}
BLINKEN = {"name": "Antony Blinken", "country": "USA", "kind": "person", "role": "participant"}
PUTIN = {"name": "Vladimir Putin", "country": "RUS", "kind": "person", "role": "participant"}
USA = {"name": "United States", "country": "USA", "kind": "country", "role": "source"}
RUSSIA = {"name": "Russia", "country": "RUS", "kind": "country", "role": "target"}
NATO = {"name": "NATO", "country": None, "kind": "organization", "role": "participant"}
EU = {"name": "European Union", "country": None, "kind": "organization", "role": "participant"}


def ev(type_="call", modality="asserted", day="2024-03-05", actors=(BIDEN, PUTIN), doc="d1"):
    return {"doc_id": doc, "type": type_, "modality": modality, "date": day, "actors": list(actors)}


@pytest.mark.parametrize("gold, system, rule, agree", [
    ([BIDEN, PUTIN], [BIDEN, PUTIN], "strict", True),
    ([BIDEN, PUTIN], [BLINKEN, PUTIN], "lenient", True),    # same country, other person
    ([BIDEN, PUTIN], [BLINKEN, PUTIN], "strict", True),     # half of the gold actors is enough
    ([BIDEN], [BLINKEN], "lenient", True),
    ([BIDEN], [BLINKEN], "strict", False),
    ([BIDEN], [USA], "lenient", True),                      # person vs its country
    ([BIDEN], [USA], "strict", False),
    ([USA, RUSSIA], [USA], "lenient", True),
    ([BIDEN, PUTIN, NATO], [PUTIN], "lenient", False),      # 1 of 3 is less than half
    ([NATO], [NATO], "strict", True),
    ([NATO], [{**NATO, "name": "nato "}], "lenient", True),  # organisation names: case and spaces
    ([NATO], [EU], "lenient", False),
    ([BIDEN], [], "lenient", False),
    ([], [PUTIN], "strict", True),                          # gold without actors accepts any
])
def test_actors_agree(gold, system, rule, agree):
    assert actors_agree(gold, system, rule) is agree


@pytest.mark.parametrize("gold, system, rule, agree", [
    ("2024-03-05", "2024-03-05", "exact", True),
    ("2024-03-05", "2024-03-06", "exact", False),
    ("2024-03-05", "2024-03-06", "day", True),
    ("2024-03-05", "2024-03-04", "day", True),
    ("2024-03-05", "2024-03-07", "day", False),
    ("2024-02-29", "2024-03-01", "day", True),   # across a month end
    (None, "2024-03-07", "exact", True),
    (None, None, "exact", True),
    ("2024-03-05", None, "day", False),
])
def test_dates_agree(gold, system, rule, agree):
    assert dates_agree(gold, system, rule) is agree


@pytest.mark.parametrize("gold, system, actor_rule, date_rule, match", [
    (ev(), ev(), "strict", "exact", True),
    (ev(), ev(type_="meeting"), "lenient", "day", False),
    (ev(modality="planned"), ev(modality="asserted"), "lenient", "day", False),
    (ev(modality="asserted"), ev(modality="planned"), "lenient", "day", False),
    (ev(modality="negated"), ev(modality="negated"), "lenient", "day", True),
    ({**ev(), "modality": None}, ev(), "lenient", "exact", True),       # missing modality = asserted
    (ev(), ev(actors=(BLINKEN, PUTIN)), "lenient", "exact", True),
    (ev(actors=(BIDEN,)), ev(actors=(BLINKEN,)), "lenient", "exact", True),
    (ev(actors=(BIDEN,)), ev(actors=(BLINKEN,)), "strict", "exact", False),
    (ev(), ev(day="2024-03-06"), "lenient", "exact", False),
    (ev(), ev(day="2024-03-06"), "lenient", "day", True),
    (ev(day=None), ev(day="2020-01-01"), "strict", "exact", True),
])
def test_events_match(gold, system, actor_rule, date_rule, match):
    assert events_match(gold, system, actor_rule, date_rule) is match


def test_two_system_events_cannot_both_match_one_gold_event():
    result = score([ev()], [ev(), ev()])
    s = result.by_type["call"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert len(result.false_alarms) == 1


def test_events_only_match_inside_their_own_document():
    result = score([ev(doc="d1"), ev(doc="d2")], [ev(doc="d1"), ev(doc="d1")])
    s = result.by_type["call"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert result.misses == [ev(doc="d2")]


@pytest.mark.parametrize("tp, fp, fn, precision, recall, f1", [
    (3, 1, 2, 0.75, 0.6, 0.6667),
    (2, 0, 0, 1.0, 1.0, 1.0),
    (0, 2, 3, 0.0, 0.0, 0.0),
    (1, 3, 0, 0.25, 1.0, 0.4),
])
def test_precision_recall_f1(tp, fp, fn, precision, recall, f1):
    gold = [ev(day=f"2024-01-{i + 1:02d}") for i in range(tp + fn)]
    system = [ev(day=f"2024-01-{i + 1:02d}") for i in range(tp)] + \
             [ev(day=f"2024-02-{i + 1:02d}") for i in range(fp)]
    got = score(gold, system, date_rule="exact").total().as_dict()
    assert got == {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def test_total_can_be_limited_to_some_types():
    gold = [ev(), ev(type_="sanctions", actors=(USA, RUSSIA))]
    result = score(gold, [ev()])
    assert result.total(["call"]).as_dict()["f1"] == 1.0
    assert result.total().as_dict()["recall"] == 0.5


ECOWAS = {"name": "ECOWAS", "country": None, "kind": "organization", "role": "source"}


@pytest.mark.parametrize("written, compared_as", [
    ("Economic Community of West African States", "ECOWAS"),     # the long name of a known body
    ("economic community of west african states ", "ECOWAS"),    # case and spaces
    ("Southern African Development Community", "SADC"),
    ("Sergei Lavrov", "Sergey Lavrov"),                          # another spelling of a known person
    ("ECOWAS", "ECOWAS"),
    ("Unitary Platform", "Unitary Platform"),                   # unknown to the lexicon: left as written
])
def test_gold_names_are_compared_as_the_lexicon_names_them(written, compared_as):
    from diplo.evaluate import with_canonical_names
    from diplo.lexicon import default_lexicon
    gold = [ev(type_="sanctions", actors=[{**ECOWAS, "name": written}])]
    renamed = with_canonical_names(gold, default_lexicon().canonical_names)
    assert renamed[0]["actors"][0]["name"] == compared_as
    assert gold[0]["actors"][0]["name"] == written               # the caller's events are not changed


def test_a_long_name_in_the_gold_matches_the_extractors_short_name():
    from diplo.evaluate import with_canonical_names
    from diplo.lexicon import default_lexicon
    gold = with_canonical_names([ev(type_="sanctions", actors=[{**ECOWAS, "name": "Economic Community of "
                                                                "West African States"}])],
                                default_lexicon().canonical_names)
    assert score(gold, [ev(type_="sanctions", actors=[ECOWAS])]).total().tp == 1
