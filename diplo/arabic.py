"""Text normalisation with an offset map back to the original (the clitic rules are in match.py).

Arabic: diacritics and tatweel removed, أ إ آ ٱ→ا, ى→ي, ة→ه, Persian ک ی→ك ي, Arabic-Indic digits→0-9.
Latin: lower-cased. Whitespace runs collapse to one space. Every character of the normalised text
remembers the index of the original character it came from.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_DELETED = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u200c", "\u200d",
                                                           "\u200e", "\u200f", "\u061c", "\u00ad"}
_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي", "ې": "ي",
        "’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "ـ": ""}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")


def is_arabic_char(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064A" or "\u066E" <= ch <= "\u06FF"


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class NormText:
    """Normalised text plus, for each of its characters, the index in the original."""
    original: str
    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to the original text."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        ostart = self.offsets[start]
        oend = self.offsets[end - 1] + 1
        while oend < len(self.original) and self.original[oend] in _DELETED:
            oend += 1
        return ostart, oend


def normalize_key(text: str) -> str:
    """Normalise a dictionary key exactly as document text is normalised."""
    return normalize(text).text.strip()


# One character in, one character out: deleted characters become NUL and are cut out afterwards,
# every kind of whitespace becomes a space (runs are collapsed afterwards), ASCII is lower-cased.
_ONE_TO_ONE = {ord(ch): "\x00" for ch in _DELETED}
_ONE_TO_ONE.update({ord(k): (v or "\x00") for k, v in _MAP.items()})
_ONE_TO_ONE.update({c: chr(c).lower() for c in range(0x41, 0x250)
                    if chr(c).isupper() and len(chr(c).lower()) == 1})
_ONE_TO_ONE.update({ord(ch): " " for ch in "\t\n\r\x0b\x0c\u00a0\u2000\u2001\u2002\u2003\u2004\u2005"
                    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u1680\x1c\x1d\x1e\x1f\x85"})
# what normalisation cuts from the mapped text: deleted characters, every space after the first of a
# run, and spaces at the start; found as NUL runs and runs of 2+ spaces plus the leading spaces. Each
# pattern has a literal prefix the regex engine finds fast (one pattern for both stopped at every space:
# twice as slow); the runs never touch, so the two lists merged are what one pattern would find.
_NULS = re.compile("\x00+")
_SPACE_RUNS = re.compile("  +")


_TO_MAP = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ONE_TO_ONE)) + "]")
_BY_CHAR = {chr(c): out for c, out in _ONE_TO_ONE.items()}
_ASCII_SPACES = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"} | {"`": "'"})


def _map_one_to_one(text: str) -> str:
    # str.translate looks every character up in the table; on Arabic text, where few characters change,
    # replacing just the few distinct characters that occur is about 4x faster. ASCII text has a fast
    # path of its own.
    if text.isascii():
        return text.lower().translate(_ASCII_SPACES)
    for ch in set(_TO_MAP.findall(text)):
        text = text.replace(ch, _BY_CHAR[ch])
    return text


SHARED_POSITIONS = 1 << 16     # texts up to this length (articles are a few thousand) slice one shared list


@lru_cache(maxsize=1)
def _shared_positions() -> list[int]:
    return list(range(SHARED_POSITIONS))


def _positions(n: int) -> Sequence[int]:
    """0 .. n-1 or more, to slice offsets from: a slice of a list made once copies its ints, where a range
    makes a new int for every character (most of the time normalisation took besides the regexes)."""
    return _shared_positions() if n <= SHARED_POSITIONS else range(n)


def normalize(text: str) -> NormText:
    """Normalise `text` and keep, for each output character, the index of its source character."""
    mapped = _map_one_to_one(text)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = len(mapped) - len(mapped.lstrip(" "))
    cuts = _SPACE_RUNS.finditer(mapped, pos)
    if "\x00" in mapped:
        cuts = sorted([*_NULS.finditer(mapped, pos), *cuts], key=re.Match.start)
    positions = _positions(len(mapped))
    for cut in cuts:
        start = cut.start() + (mapped[cut.start()] == " ")    # the first space of a run stays
        if start > pos:
            pieces.append(mapped[pos:start])
            offsets.extend(positions[pos:start])
        pos = cut.end()
    if pos < len(mapped):
        pieces.append(mapped[pos:])
        offsets.extend(positions[pos:len(mapped)])
    return NormText(text, "".join(pieces), offsets)


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend [start, end) to the whole word(s) it sits in."""
    ws = start
    while ws > 0 and is_word_char(text[ws - 1]):
        ws -= 1
    we = end
    while we < len(text) and is_word_char(text[we]):
        we += 1
    return ws, we
