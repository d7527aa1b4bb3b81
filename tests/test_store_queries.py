"""diplo.queries: the Filters value, URL parameters, grouping keys and GDELT-style export columns."""
from datetime import date

import pandas as pd
import pytest

from diplo.queries import (EXPORT_COLUMNS, Filters, describe_group, export_frame, group_key, modality_class,
                           primary_actors, quad_class)


@pytest.mark.parametrize("given, expected", [
    (dict(actors=["Vladimir Putin", "Emmanuel Macron", "Vladimir Putin"]),
     dict(actors=("Emmanuel Macron", "Vladimir Putin"))),
    (dict(countries=["rus", "FRA"]), dict(countries=("FRA", "RUS"))),
    (dict(types=("call",), date_from="2022-03-01"), dict(types=("call",), date_from=date(2022, 3, 1))),
    (dict(date_to=pd.Timestamp("2022-03-31")), dict(date_to=date(2022, 3, 31))),
    (dict(outlets=[" Wire ", ""]), dict(outlets=("Wire",))),
])
def test_filters_are_normalised(given, expected):
    f = Filters(**given)
    for key, value in expected.items():
        assert getattr(f, key) == value
    assert f == Filters(**given) and hash(f) == hash(Filters(**given))


@pytest.mark.parametrize("given, message", [
    (dict(types=["phonecall"]), "unknown event type"),
    (dict(modalities=["maybe"]), "unknown modality"),
    (dict(date_from="2022-04-01", date_to="2022-03-01"), "starts"),
    (dict(actor_match="some"), "actor_match"),
])
def test_filters_refuse_nonsense(given, message):
    with pytest.raises(ValueError, match=message):
        Filters(**given)


@pytest.mark.parametrize("filters, expected", [
    (Filters(), ()),
    (Filters(include_planned=False), ("asserted", "negated", "hypothetical")),
    (Filters(modalities=["asserted", "planned"], include_planned=False), ("asserted",)),
    (Filters(modalities=["negated"]), ("negated",)),
])
def test_effective_modalities(filters, expected):
    assert filters.effective_modalities() == expected


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(actors=["Vladimir Putin"], types=["call", "meeting"], date_from="2022-03-01", date_to="2022-03-31"),
    Filters(countries=["RUS"], languages=["ar"], outlets=["الحقيقة نت"], include_planned=False),
    Filters(actors=["Emmanuel Macron", "Vladimir Putin"], actor_match="all", modalities=["negated"]),
])
def test_filters_round_trip_through_url_parameters(filters):
    assert Filters.from_params(filters.to_params()) == filters


@pytest.mark.parametrize("params, expected", [
    ({}, Filters()),
    ({"actor": "Vladimir Putin"}, Filters(actors=["Vladimir Putin"])),
    ({"type": ["call", "bogus"]}, Filters(types=["call"])),
    ({"from": "not-a-date", "to": "2022-03-31"}, Filters(date_to="2022-03-31")),
    ({"from": "2022-04-01", "to": "2022-03-01"}, Filters(date_from="2022-03-01", date_to="2022-04-01")),
    ({"planned": "0"}, Filters(include_planned=False)),
    ({"match": "weird", "actor": ["A", "B"]}, Filters(actors=["A", "B"])),
])
def test_filters_from_hand_edited_links(params, expected):
    assert Filters.from_params(params) == expected


@pytest.mark.parametrize("a, b, same", [
    (("call", ["Emmanuel Macron", "Vladimir Putin"], "asserted"),
     ("call", ["Vladimir Putin", "Emmanuel Macron"], "asserted"), True),            # actor order
    (("call", ["Emmanuel Macron", "Vladimir Putin"], "asserted"),
     ("call", ["Emmanuel Macron", "Vladimir Putin"], "planned"), True),             # planned, then happened
    (("call", ["Emmanuel Macron", "Vladimir Putin"], "asserted"),
     ("call", ["Emmanuel Macron", "Vladimir Putin"], "negated"), False),            # a denial stays apart
    (("call", ["Emmanuel Macron", "Vladimir Putin"], "asserted"),
     ("meeting", ["Emmanuel Macron", "Vladimir Putin"], "asserted"), False),        # another type
    (("call", ["Emmanuel Macron", "Vladimir Putin"], "asserted"),
     ("call", ["Emmanuel Macron", "Vladimir Putin", "Olaf Scholz"], "asserted"), False),   # another actor set
])
def test_group_key(a, b, same):
    assert (group_key(*a) == group_key(*b)) is same
    assert group_key(*a) >= 0


def test_group_key_needs_actors():
    assert group_key("meeting", [], "asserted") is None
    assert modality_class("planned") == modality_class("asserted") != modality_class("negated")


@pytest.mark.parametrize("cameo, quad", [
    ("041", 1), ("010", 1), ("057", 1), ("072", 2), ("0871", 2), ("120", 3), ("1312", 3), ("163", 4),
    ("190", 4), ("", None), (None, None), ("x1", None),
])
def test_quad_class(cameo, quad):
    assert quad_class(cameo) == quad


@pytest.mark.parametrize("roles, expected", [
    # sources and targets: actor1 acts on actor2
    ((["United States"], ["Russia"], []), (("United States", "USA", "country"), ("Russia", "RUS", "country"))),
    # participants only: the first two
    (([], [], ["Emmanuel Macron", "Vladimir Putin"]),
     (("Emmanuel Macron", "FRA", "person"), ("Vladimir Putin", "RUS", "person"))),
    # a source without target: the other participant
    ((["Emmanuel Macron"], [], ["Vladimir Putin"]),
     (("Emmanuel Macron", "FRA", "person"), ("Vladimir Putin", "RUS", "person"))),
    # one participant: no actor2; an organisation has no country
    (([], [], ["NATO"]), (("NATO", None, "organization"), (None, None, None))),
])
def test_primary_actors(roles, expected):
    names = ["Emmanuel Macron", "Vladimir Putin", "United States", "Russia", "NATO"]
    codes = ["FRA", "RUS", "USA", "RUS", ""]
    kinds = ["person", "person", "country", "country", "organization"]
    assert primary_actors(*roles, names, codes, kinds) == expected


def test_export_frame_columns_join_with_gdelt_style_data():
    events = pd.DataFrame([{
        "event_id": "e1", "group_id": "g1", "n_reports": 2, "doc_id": "d1", "date": pd.NaT,
        "published": pd.Timestamp("2022-03-23"), "date_precision": None, "date_text": None, "date_basis": None,
        "type": "sanctions", "subtype": "impose", "modality": "asserted", "cameo": "163", "plover": "SANCTION",
        "sources": ["United States"], "targets": ["Russia"], "participants": [],
        "actor_names": ["United States", "Russia"], "actor_codes": ["USA", "RUS"],
        "actor_kinds": ["country", "country"], "actor_countries": ["USA", "RUS"], "location": None,
        "location_country": None, "language": "ar", "outlet": "Wire", "title": "t", "url": "https://x/1",
        "evidence_text": "...", "evidence_start": 0, "evidence_end": 3, "trigger_text": "فرض",
        "confidence": 0.9, "lang_version": "abc",
    }])
    row = export_frame(events).iloc[0]
    assert tuple(export_frame(events).columns) == EXPORT_COLUMNS
    assert row["sqldate"] == 20220323 and row["date_basis"] == "publication date" and pd.isna(row["date"])
    assert (row["event_code"], row["event_base_code"], row["event_root_code"], row["quad_class"]) == \
        ("163", "163", "16", 4)
    assert (row["actor1_name"], row["actor1_country"], row["actor2_name"], row["actor2_country"]) == \
        ("United States", "USA", "Russia", "RUS")
    assert row["source_url"] == "https://x/1" and row["month_year"] == 202203


@pytest.mark.parametrize("args, words", [
    ((3, 3, 1), ["3 reports", "3 articles", "1 day"]),
    ((2, 3, 0), ["3 reports", "2 articles", "same day"]),
    ((1, 1, 1), ["Reported once"]),
    ((1, 1, 1, False), ["no date"]),
])
def test_describe_group(args, words):
    text = describe_group(*args)
    assert all(w in text for w in words), text
