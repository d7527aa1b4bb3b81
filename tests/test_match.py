"""diplo.match: dictionary hits with Arabic clitics, and the words that must NOT be read as actors."""
from __future__ import annotations

import pytest

from diplo.arabic import normalize
from diplo.lexicon import default_lexicon
from diplo.match import matcher_for


@pytest.fixture(scope="module")
def scan():
    matcher = matcher_for(default_lexicon())
    return lambda text: matcher.scan(normalize(text))


@pytest.mark.parametrize("text, kind, entry, mention", [
    ("وروسيا", "country", "RUS", "روسيا"),                 # conjunction و
    ("لموسكو", "capital", "RUS", "موسكو"),                 # preposition ل
    ("بموسكو", "capital", "RUS", "موسكو"),                 # preposition ب
    ("الأوكراني", "demonym", "UKR", "أوكراني"),            # article + nisba
    ("للأوكرانيين", "demonym", "UKR", "أوكراني"),          # لل + plural nisba
    ("الألماني", "demonym", "DEU", "ألماني"),              # article + a stem that opens with hamza and lam
    ("والألبانية", "demonym", "ALB", "ألباني"),            # و + article + feminine nisba
    ("وألمانيا", "country", "DEU", "ألمانيا"),
    ("والكرملين", "seat", "RUS", "الكرملين"),              # و + seat of government
    ("مصر", "country", "EGY", "مصر"),
    ("the Kremlin said", "seat", "RUS", "Kremlin"),
    ("Egypt's president", "country", "EGY", "Egypt"),
    ("The US said", "country", "USA", "US"),
])
def test_clitic_aware_actor_hits(scan, text, kind, entry, mention):
    actors = [m for m in scan(text) if m.rule == "actor" and m.kind != "title"]
    assert [(m.kind, m.entry, m.text) for m in actors] == [(kind, entry, mention)]


@pytest.mark.parametrize("text, entry", [
    ("مصرف", "EGY"),                  # "bank" starts with مصر
    ("المصرف المركزي", "EGY"),
    ("they told us nothing", "USA"),  # the pronoun "us"
    ("Kremlinology is a craft", "RUS"),
    ("Egyptology", "EGY"),
])
def test_words_that_only_look_like_actors(scan, text, entry):
    found = scan(text)
    assert all(m.entry != entry for m in found), [(m.kind, m.entry, m.text) for m in found]


@pytest.mark.parametrize("text", ["Russia", "russia", "RUSSIA", "the Russian side"])
def test_english_names_are_case_insensitive(scan, text):
    assert [m.entry for m in scan(text) if m.rule == "actor"] == ["RUS"]


@pytest.mark.parametrize("text, entry", [
    ("نظيره السوري فيصل مقداد", "faisal_mekdad"),          # the family name's article dropped after the given name
    ("نظيره السوري فيصل المقداد", "faisal_mekdad"),
    ("الرئيس السوداني عمر بشير", "omar_al_bashir"),
])
def test_family_name_without_its_article(scan, text, entry):
    assert entry in [m.entry for m in scan(text) if m.kind == "person"]


@pytest.mark.parametrize("text", ["عبد له", "أبو غيط"])
def test_compound_names_keep_their_article(scan, text):
    """"عبد الله", "أبو الغيط": the article belongs to the name; dropped, the words are no one."""
    assert [m for m in scan(text) if m.kind == "person"] == []


@pytest.mark.parametrize("text, office, mention", [
    ("وزير الخارجية", "foreign_minister", "وزير الخارجية"),
    ("قال وزير الخارجية الروسي", "foreign_minister", "وزير الخارجية"),
    ("وزيرة الخارجية", "foreign_minister", "وزيرة الخارجية"),
])
def test_longest_title_wins(scan, text, office, mention):
    titles = [m for m in scan(text) if m.kind == "title"]
    assert [(m.entry, m.text) for m in titles] == [(office, mention)]


@pytest.mark.parametrize("text", [
    "قال الرئيسُ الفرنسيُّ إيمانويل ماكرون إنه تحدّث مع نظيره الروسي فلاديمير بوتين",
    "وصل  وزير   الخارجية\nالأمريكي إلى موســكو",
    "French President Emmanuel Macron spoke with Vladimir Putin.\n\nThe Kremlin said...",
    "فرضت الولايات المتحدة عقوبات جديدة على إيران ٢٠٢٤",
])
def test_mention_text_is_the_original_slice(scan, text):
    found = scan(text)
    assert found
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, entry, mention", [
    ("شنت القوات سلسلة من الضربات الجوية على مواقع", "military.airstrike", "الضربات الجوية"),   # definite phrase
    ("وأكد أن الهجوم الصاروخي أصاب المطار", "military.attack", "الهجوم الصاروخي"),
    ("وتواصلت غارات جوية على المطار", "military.airstrike", "غارات جوية"),                   # indefinite as listed
])
def test_a_trigger_phrase_is_found_definite_too(scan, text, entry, mention):
    assert (entry, mention) in [(m.entry, m.text) for m in scan(text) if m.rule == "trigger"]


@pytest.mark.parametrize("text", ["وزارة الخزانة الأمريكية", "وزارة الدفاع"])
def test_a_ministry_is_no_visit(scan, text):
    assert [m.entry for m in scan(text) if m.rule == "trigger"] == []
