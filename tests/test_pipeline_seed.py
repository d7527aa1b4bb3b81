"""The seed article's acceptance table (issue 2), with no date given on the command line."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplo.pipeline import analyse
from diplo.readers import read_inputs

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3ba929ae3eb71c74.txt"


@pytest.fixture(scope="module")
def seed():
    [doc] = list(read_inputs([str(SEED)]))
    return analyse(doc)


def _find(analysis, etype, **want):
    for e in analysis.events:
        if e.type != etype:
            continue
        d = e.as_dict()
        if all(d.get(k) == v for k, v in want.items()):
            return e
    return None


def test_publication_date_is_inferred_from_the_day_count(seed):
    assert seed.document.published.isoformat() == "2022-03-23"
    assert "28" in seed.document.published_basis and "2022-02-24" in seed.document.published_basis


@pytest.mark.parametrize("etype, date, modality, people, countries", [
    ("call", "2022-03-22", "asserted", {"Emmanuel Macron", "Vladimir Putin"}, {"FRA", "RUS"}),
    ("demand", "2022-03-22", "asserted", {"Emmanuel Macron", "Vladimir Putin"}, {"FRA", "RUS"}),
    ("meeting", "2022-03-24", "planned", set(), set()),
    ("statement", "2022-03-23", "asserted", set(), {"FRA"}),
    ("visit", "2022-03-23", "asserted", {"Joe Biden"}, {"USA"}),
    ("sanctions", "2022-03-23", "asserted", {"Joe Biden"}, {"USA", "RUS"}),
    ("military", "2022-02-24", "asserted", set(), {"RUS", "UKR"}),
])
def test_seed_events(seed, etype, date, modality, people, countries):
    event = _find(seed, etype, date=date, modality=modality)
    assert event is not None, f"no {modality} {etype} on {date}: {[e.as_dict()['type'] for e in seed.events]}"
    names = {a.name for a in event.actors}
    assert people <= names
    assert countries <= {a.country for a in event.actors}


def test_roles_say_who_acts_on_whom(seed):
    demand = _find(seed, "demand")
    roles = {a.name: a.role for a in demand.actors}
    assert roles == {"Emmanuel Macron": "source", "Vladimir Putin": "target"}
    sanctions = _find(seed, "sanctions")
    assert {a.country for a in sanctions.actors if a.role == "target"} == {"RUS"}
    aid = _find(seed, "aid")
    assert {a.country for a in aid.actors if a.role == "target"} == {"UKR"}
    assert {a.name for a in aid.actors if a.role == "source"} == {"the West"}


def test_summit_is_in_brussels_and_nato_takes_part(seed):
    summit = _find(seed, "meeting", subtype="summit")
    assert summit.location is not None and summit.location.name == "Brussels" or \
        any(e.location and e.location.name == "Brussels" for e in seed.events if e.type == "meeting")
    assert any(a.name == "NATO" for e in seed.events if e.type == "meeting" for a in e.actors)


def test_every_span_points_into_the_original_text(seed):
    text = seed.document.text
    for e in seed.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end
        for a in e.actors:
            assert text[a.start:a.end] == a.text
