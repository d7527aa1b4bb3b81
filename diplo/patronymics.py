"""Known people named with their father's names: "ماجد بن محمد الأنصاري" is Majed al-Ansari.

Gulf agencies give officials' full names ("محمد بن عبدالرحمن بن جاسم آل ثاني"); the dictionary holds the short
form the rest of the press uses. A name of a first name, one or more "بن X" links and a family name is looked up
with fewer links, and found people become person mentions like any dictionary hit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from diplo.arabic import NormText, normalize_key
from diplo.lexicon import Lexicon
from diplo.model import Mention

# first name, at least one "بن X" link, then a family name ("الانصاري", "ال ثاني" after normalisation of آل)
_CHAIN = re.compile(r"(?<!\S)([^\s\d]+)((?: (?:بن|ابن) [^\s\d]+)+) ((?:ال |ال(?=\S))?[^\s\d]+)")


@lru_cache(maxsize=4)
def _arabic_people(lex: Lexicon) -> dict[str, str]:
    """Normalised Arabic name form → person id."""
    return {normalize_key(form): p.id for p in lex.people for form in p.forms.ar}


def patronymic_people(nt: NormText, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """Person mentions for known people written with extra "بن X" links, not already found as a whole."""
    if " بن " not in nt.text and " ابن " not in nt.text:
        return []     # no link, no match: most articles are spared the regex, which tries every word
    known = _arabic_people(lex)
    found = []
    for m in _CHAIN.finditer(nt.text):
        first, links, family = m.group(1), m.group(2).split(), m.group(3)
        pairs = [" ".join(links[i:i + 2]) for i in range(0, len(links), 2)]
        # the fewest links first: "ماجد الانصاري", then "محمد بن عبدالرحمن ال ثاني"
        candidates = [f"{first} {family}"] + [f"{first} {' '.join(pairs[:k])} {family}" for k in range(1, len(pairs))]
        entry = next((known[c] for c in candidates if c in known), None)
        if entry is None:
            continue
        start, end = nt.to_original(m.start(), m.end())
        if any(x.kind == "person" and x.start <= start and end <= x.end for x in mentions):
            continue     # the dictionary already holds this full form
        found.append(Mention("person", start, end, nt.original[start:end], entry, "actor",
                             {"prefix": "", "norm_start": m.start(), "norm_end": m.end(), "word_start": start,
                              "found_by": "patronymic"}))
    return found


def with_patronymic_people(nt: NormText, lex: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """The mentions with patronymic people added; actor mentions inside their spans give way to them."""
    people = patronymic_people(nt, lex, mentions)
    if not people:
        return mentions
    inside = [(p.start, p.end) for p in people]
    kept = [x for x in mentions if x.kind in ("trigger", "cue", "conflict")
            or not any(s <= x.start and x.end <= e for s, e in inside)]
    return sorted(kept + people, key=lambda x: (x.start, -x.end))
