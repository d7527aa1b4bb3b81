"""A person named in full once is found again by surname alone, in that article only."""
from __future__ import annotations

import pytest

from diplo.arabic import normalize
from diplo.lexicon import default_lexicon
from diplo.match import matcher_for
from diplo.surnames import with_surnames


def people(text: str) -> list[tuple[str, str]]:
    lex = default_lexicon()
    nt = normalize(text)
    mentions = with_surnames(nt, matcher_for(lex).scan(nt), lex.family_name_first)
    return [(m.entry, m.text) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, expected", [
    ("استقبل البرهان المبعوث مسعد بولس. ومن المقرر أن يزور بولس القاهرة.",
     [("abdel_fattah_al_burhan", "البرهان"), ("massad_boulos", "مسعد بولس"), ("massad_boulos", "بولس")]),
    ("Massad Boulos met Burhan. Boulos said talks would go on.",
     [("massad_boulos", "Massad Boulos"), ("abdel_fattah_al_burhan", "Burhan"), ("massad_boulos", "Boulos")]),
    ("قال البابا بولس إن", []),                                  # no one named in full: بولس stays a word
    ("التقى محمد بن عبدالرحمن آل ثاني الوزير. وفي ثاني أيام الزيارة", [
        ("mohammed_bin_abdulrahman_al_thani", "محمد بن عبدالرحمن آل ثاني")]),   # آل ثاني: ثاني alone is "second"
    ("Tammy Bruce spoke. Bruce said no. The bruce case", [("tammy_bruce", "Tammy Bruce"), ("tammy_bruce", "Bruce")]),
    # where the family name leads (countries.yaml family_name_first), it is the first word
    ("Kim Jong Un met Putin. Kim said ties had reached a new level.",
     [("kim_jong_un", "Kim Jong Un"), ("vladimir_putin", "Putin"), ("kim_jong_un", "Kim")]),
    # a surname that is also a nationality word is the person where no noun stands before it to qualify
    ("استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد. وعقد السوداني جلسة مباحثات. وأشاد الجيش السوداني بالزيارة.",
     [("mohammed_shia_al_sudani", "محمد شياع السوداني"), ("mohammed_shia_al_sudani", "السوداني")]),
    # an English surname with the Arabic article joined by a hyphen is the name without it after
    ("Sudanese President Omar al-Bashir hosted the talks. Bashir spoke by phone with Abiy on Thursday.",
     [("omar_al_bashir", "Omar al-Bashir"), ("omar_al_bashir", "Bashir"), ("abiy_ahmed", "Abiy")]),
])
def test_surnames_after_a_full_name(text, expected):
    assert people(text) == expected
