"""A known person named in full once is named by surname after: "المبعوث مسعد بولس ... أن يزور بولس القاهرة",
"Massad Boulos ... Boulos said".

The dictionary holds a surname alone only where it is unambiguous everywhere (البرهان, Zelensky); within one
article, the surname of someone already named in full is that person.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from diplo.arabic import NormText, is_word_char
from diplo.model import Mention

MIN_LETTERS = 3
LOOKBACK = 60      # characters read back for the word before a nationality word (longer than any word)
# a surname after one of these is compound and not used alone (normalised)
PARTICLES = {"ال", "بن", "ابن", "ابو", "عبد", "al", "bin", "ibn", "abu", "von", "van", "de", "der", "la", "le"}
# the Arabic article joined to an English surname by a hyphen: "al-Bashir", "el-Sisi"
ARTICLE_JOINED = re.compile(r"(?:al|el|Al|El)-")
# generational suffixes after a surname
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# clitics an Arabic surname may carry: "وبولس", "لبولس"
_ARABIC_CLITICS = "وفبلك"


def _surname(m: Mention, nt: NormText, family_first: bool = False) -> str | None:
    """The last word of a multi-word person mention, normalised (the first, where the family name leads:
    "Kim Jong Un", "Wang Yi")."""
    words = nt.text[m.data["norm_start"]:m.data["norm_end"]].split()
    if len(words) >= 3 and words[-1].rstrip(".").lower() in SUFFIXES:
        words = words[:-1]     # "Ferdinand Marcos Jr." is "Marcos" after
    if family_first and len(words) >= 2 and len(words[0]) >= 2 and words[0].isalpha():
        return words[0]
    return last_name(words)


def last_name(words: list[str]) -> str | None:
    """The last of a name's (normalised) words, where it may stand alone for the person: a word of letters only, at
    least MIN_LETTERS long, not after a particle ("آل ثاني": ثاني alone is "second")."""
    if len(words) < 2 or words[-2] in PARTICLES:
        return None
    last = words[-1]
    article = ARTICLE_JOINED.match(last)
    if article and last[article.end():].isalpha():
        last = last[article.end():]     # "Omar al-Bashir" is "Bashir" after (as "al-Bashir")
    if len(last) < MIN_LETTERS or not last.isalpha():
        return None
    return last


def surname_mentions(nt: NormText, mentions: list[Mention], family_first: frozenset[str] = frozenset()
                     ) -> list[Mention]:
    """Person mentions for later bare surnames of people the article has named in full."""
    taken = sorted((m.data["norm_start"], m.data["norm_end"]) for m in mentions
                   if "norm_start" in m.data and not _surname_not_adjective(m, nt) and not _modal_word(m))
    taken_starts = [s for s, _ in taken]
    # the furthest end among the spans that start before each point: overlap is one bisect, not a loop
    reach = list(accumulate((e for _, e in taken), max))
    found: list[Mention] = []
    seen: set[str] = set()
    for m in sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start):
        name = _surname(m, nt, m.entry in family_first)
        if name is None or name in seen:
            continue
        seen.add(name)
        arabic = not name.isascii()
        for hit_start, start, hit_end in whole_words(nt.text, name, m.data["norm_end"], arabic):
            i = bisect_left(taken_starts, hit_end)
            if i and reach[i - 1] > start:
                continue     # part of another mention ("بولس" in a longer name, a place, a title)
            ostart, oend = nt.to_original(start, hit_end)
            if not arabic and not nt.original[ostart:oend][:1].isupper():
                continue     # an English surname is capitalised
            found.append(Mention("person", ostart, oend, nt.original[ostart:oend], m.entry, "actor",
                                 {"prefix": nt.text[hit_start:start], "norm_start": start, "norm_end": hit_end,
                                  "word_start": nt.to_original(hit_start, hit_end)[0], "found_by": "surname"}))
    return found


def whole_words(text: str, name: str, pos: int, arabic: bool, end: int | None = None):
    r"""(start with clitic, start, end) of each whole word `name` from `pos` on (to `end`), an Arabic one with at
    most one clitic before it: the hits of the regex (?<!\w)[وفبلك]?NAME(?!\w) (in English \bNAME(?!\w)),
    found with str.find because compiling a regex per person and article cost more than the search."""
    stop = len(text) if end is None else end
    low = pos      # where the search for the next hit resumes, as finditer's would
    at = text.find(name, pos, stop)
    while at >= 0:
        after = at + len(name)     # (not `end`: that is where the search stops)
        if after == len(text) or not is_word_char(text[after]):
            clitic = at - 1
            if arabic and clitic >= low and text[clitic] in _ARABIC_CLITICS \
                    and (clitic == 0 or not is_word_char(text[clitic - 1])):
                yield clitic, at, after
                low = after
            elif at == 0 or not is_word_char(text[at - 1]):
                yield at, at, after
                low = after
        at = text.find(name, max(at + 1, low), stop)


def with_surnames(nt: NormText, mentions: list[Mention], family_first: frozenset[str] = frozenset()) -> list[Mention]:
    """`family_first`: ids of the people whose family name leads their name (countries.yaml family_name_first).
    A surname that is also a nationality word ("محمد شياع السوداني ... وعقد السوداني وأردوغان") is the person
    where no noun stands before it for it to qualify; the nationality mention there gives way, as does a modal
    ("Theresa May ... May spoke")."""
    found = surname_mentions(nt, mentions, family_first)
    if not found:
        return mentions
    ends = {f.data["norm_end"] for f in found}
    kept = [m for m in mentions if not ((m.kind == "demonym" or _modal_word(m)) and m.data.get("norm_end") in ends)]
    return sorted(kept + found, key=lambda x: (x.start, -x.end))


def _modal_word(m: Mention) -> bool:
    """A modal read as a cue ("may"), which a capitalised surname claims: "Theresa May ... May spoke by phone with"."""
    return m.kind == "cue" and m.entry == "hypothetical" and m.text.isascii() and " " not in m.text


def _surname_not_adjective(m: Mention, nt: NormText) -> bool:
    """An Arabic nationality word with no definite noun before it to qualify ("وعقد السوداني", "مع السوداني"),
    which a surname may claim; "الرئيس السوداني", "للجيش السوداني" keep their nationality."""
    if m.kind != "demonym" or "norm_start" not in m.data or m.text.isascii():
        return False
    word_start = m.data["norm_start"] - len(m.data.get("prefix", ""))
    before = nt.text[max(0, word_start - LOOKBACK):word_start].rstrip()    # (the word before, not the whole text)
    word = before[before.rfind(" ") + 1:] if before else ""
    if not word or not word[-1].isalpha():
        return False      # after punctuation, or at the start: the article's own adjective use is rarer to tell
    bare = word.lstrip("وف")
    return not (bare.startswith(("ال", "لل")) or bare[:1] in "بكل" and bare[1:].startswith("ال"))
