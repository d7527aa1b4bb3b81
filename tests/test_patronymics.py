"""Known people written with their fathers' names (Gulf agency style) are found as the dictionary's people."""
from __future__ import annotations

import pytest

from diplo.arabic import normalize
from diplo.lexicon import default_lexicon
from diplo.match import matcher_for
from diplo.patronymics import with_patronymic_people


def people(text: str) -> list[tuple[str, str]]:
    lex = default_lexicon()
    nt = normalize(text)
    mentions = with_patronymic_people(nt, lex, matcher_for(lex).scan(nt))
    return [(m.entry, m.text) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, expected", [
    ("أكد سعادة الدكتور ماجد بن محمد الأنصاري المتحدث الرسمي", [("majed_al_ansari", "ماجد بن محمد الأنصاري")]),
    ("قال ماجد الأنصاري", [("majed_al_ansari", "ماجد الأنصاري")]),          # the short form, as before
    ("قال سالم بن علي الكعبي", []),                                          # a name the dictionary lacks
    ("وصل محمد بن سلمان إلى باريس", [("mohammed_bin_salman", "محمد بن سلمان")]),   # a name with بن in it
])
def test_patronymic_names(text, expected):
    assert people(text) == expected


def test_spans_point_into_the_original_text():
    text = "أكد سعادة الدكتور ماجد بن محمد الأنصاري أن"
    lex = default_lexicon()
    nt = normalize(text)
    for m in with_patronymic_people(nt, lex, matcher_for(lex).scan(nt)):
        assert text[m.start:m.end] == m.text
