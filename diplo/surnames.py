"""A known person named in full once is named by surname after: "المبعوث مسعد بولس ... أن يزور بولس القاهرة",
"Massad Boulos ... Boulos said".

The dictionary holds a surname alone only where it is unambiguous everywhere (البرهان, Zelensky); within one
article, the surname of someone already named in full is that person.
"""
from __future__ import annotations

import re

from diplo.arabic import NormText
from diplo.model import Mention

MIN_LETTERS = 3
# a surname after one of these is compound and not used alone (normalised)
PARTICLES = {"ال", "بن", "ابن", "ابو", "عبد", "al", "bin", "ibn", "abu", "von", "van", "de", "der", "la", "le"}
# clitics an Arabic surname may carry: "وبولس", "لبولس"
_ARABIC_CLITICS = "[وفبلك]?"


def _surname(m: Mention, nt: NormText) -> str | None:
    """The last word of a multi-word person mention, normalised."""
    words = nt.text[m.data["norm_start"]:m.data["norm_end"]].split()
    if len(words) < 2 or len(words[-1]) < MIN_LETTERS or not words[-1].isalpha() or words[-2] in PARTICLES:
        return None     # "آل ثاني": ثاني alone is "second"
    return words[-1]


def surname_mentions(nt: NormText, mentions: list[Mention]) -> list[Mention]:
    """Person mentions for later bare surnames of people the article has named in full."""
    taken = sorted((m.data["norm_start"], m.data["norm_end"]) for m in mentions if "norm_start" in m.data)
    found: list[Mention] = []
    seen: set[str] = set()
    for m in sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start):
        name = _surname(m, nt)
        if name is None or name in seen:
            continue
        seen.add(name)
        arabic = not name.isascii()
        pattern = re.compile((rf"(?<!\w){_ARABIC_CLITICS}" if arabic else r"\b") + re.escape(name) + r"(?!\w)")
        for hit in pattern.finditer(nt.text, m.data["norm_end"]):
            start = hit.end() - len(name)
            if any(s < hit.end() and start < e for s, e in taken):
                continue     # part of another mention ("بولس" in a longer name, a place, a title)
            ostart, oend = nt.to_original(start, hit.end())
            if not arabic and not nt.original[ostart:oend][:1].isupper():
                continue     # an English surname is capitalised
            found.append(Mention("person", ostart, oend, nt.original[ostart:oend], m.entry, "actor",
                                 {"prefix": nt.text[hit.start():start], "norm_start": start, "norm_end": hit.end(),
                                  "word_start": nt.to_original(hit.start(), hit.end())[0], "found_by": "surname"}))
    return found


def with_surnames(nt: NormText, mentions: list[Mention]) -> list[Mention]:
    found = surname_mentions(nt, mentions)
    return sorted(mentions + found, key=lambda x: (x.start, -x.end)) if found else mentions
