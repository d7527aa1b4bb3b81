"""diplo.arabic.normalize: what the text becomes, and that every normalised span maps back to its source."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplo.arabic import normalize

CASES = [
    # (original, normalised) — one row per rule a user relies on when a search must find a word
    ("أحمد", "احمد"),
    ("إيران", "ايران"),
    ("آسيا", "اسيا"),
    ("مصطفى", "مصطفي"),
    ("القاهرة", "القاهره"),
    ("مُحَمَّدٌ", "محمد"),                       # diacritics stripped
    ("روســــيا", "روسيا"),                    # tatweel stripped
    ("عام ٢٠٢٢", "عام 2022"),                  # Arabic-Indic digits
    ("عام ۲۰۲۳", "عام 2023"),                  # Persian digits
    ("French President MACRON", "french president macron"),
    ("روسيا   و\tأوكرانيا", "روسيا و اوكرانيا"),  # whitespace runs collapse
    ("السطر الأول\n\nالسطر الثاني", "السطر الاول السطر الثاني"),
    ("  وزيرُ الخارجيّة", "وزير الخارجيه"),     # leading spaces dropped, shadda removed
    ("الرئيسُ الفرنسيُّ  إيمانويل\nماكرون", "الرئيس الفرنسي ايمانويل ماكرون"),
]


@pytest.mark.parametrize("original, expected", CASES)
def test_normalize_text(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, expected", CASES)
def test_every_word_maps_back_to_its_original_substring(original, expected):
    nt = normalize(original)
    assert len(nt.offsets) == len(nt.text)
    pos = 0
    for word in nt.text.split(" "):
        start, end = pos, pos + len(word)
        pos = end + 1
        if not word:
            continue
        ostart, oend = nt.to_original(start, end)
        source = original[ostart:oend]
        # the original span normalises to exactly the word and carries no stray space around it
        assert normalize(source).text == word, (word, source)
        assert source == source.strip()


@pytest.mark.parametrize("original, word, source", [
    ("قال الرئيسُ بوتين", "الرئيس", "الرئيسُ"),          # trailing diacritic belongs to the word
    ("وصل إلى موســكو أمس", "موسكو", "موســكو"),         # tatweel inside the word is kept in the span
    ("في   القاهرة\nاليوم", "القاهره", "القاهرة"),
    ("Met  with PUTIN today", "putin", "PUTIN"),
])
def test_found_word_highlights_the_original_spelling(original, word, source):
    nt = normalize(original)
    start = nt.text.index(word)
    ostart, oend = nt.to_original(start, start + len(word))
    assert original[ostart:oend] == source


def _corpus_texts():
    root = Path(__file__).resolve().parents[1]
    return [p.read_text(encoding="utf-8") for p in sorted((root / "data" / "corpus" / "articles").glob("*.txt"))]


@pytest.mark.parametrize("text", _corpus_texts() + ["Élysée\tİstanbul\r\n`quote`", "ABC def", "أإآ ى ة ـ ٢٠٢٢ ۱۹"])
def test_fast_mapping_equals_the_table(text):
    """The regex and ASCII fast paths of normalisation change exactly what the table says."""
    from diplo.arabic import _ONE_TO_ONE, _map_one_to_one
    assert _map_one_to_one(text) == text.translate(_ONE_TO_ONE)


def test_no_replacement_is_replaced_again():
    """Normalisation replaces the distinct characters of a text one after another: that equals the table
    only while no character is mapped to one that is itself mapped."""
    from diplo.arabic import _ONE_TO_ONE
    outputs = {ch for out in _ONE_TO_ONE.values() for ch in out}
    assert not {chr(c) for c in _ONE_TO_ONE} & outputs
