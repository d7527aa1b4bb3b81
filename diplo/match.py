"""Find every dictionary hit in a normalised document with one multi-pattern (Aho-Corasick) scan.

Keys are the lexicon's surface forms, normalised like the text. A raw hit is kept only if it sits on
word boundaries, allowing Arabic clitics before it and endings after it (_ARABIC_PREFIX, _ARABIC_SUFFIX).
Hits are grouped in layers (actor, trigger, cue, conflict); inside a layer the longest hit wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import ahocorasick

from diplo.arabic import NormText, is_arabic_char, normalize_key
from diplo.lexicon import Lexicon
from diplo.model import Mention

_ARABIC_PREFIX = {
    "bare": re.compile(r"^[وف]?(?:ال|بال|كال|لل|ب|ك|ل)?$"),
    "det": re.compile(r"^[وف]?[بك]?$"),          # key starts with ال: و/ف and ب/ك may come before
    "lil": re.compile(r"^[وف]?ل$"),              # ل + الـ → لل: the key was rewritten to start with ل
    "verb": re.compile(r"^[وف]?(?:س|ل)?$"),
}
_ARABIC_SUFFIX = {
    "name": re.compile(r"^(?:ا|ان|ين)?$"),
    "nisba": re.compile(r"^(?:ه|ين|ون|ان|تين|تان|هم|ا|يا)?$"),
    "word": re.compile(r"^(?:ا|ات|ان|ين|ون|وا|ت|تا|تم|نا|ي|يه|ه|ها|هم|هما|كم|تها|تهم|ته|اه|اها|اهم|هن|اته|اتها|اتهم)?$"),
    # cues are short function words and verbs: verb endings only ("غدا" must not match "غداة")
    "cue": re.compile(r"^(?:ت|ا|وا|تا|ن|ان)?$"),
}
_ENGLISH_SUFFIX = {"name": ("", "s"), "nisba": ("", "s"), "word": ("", "s", "es", "ed", "d", "ing"), "cue": ("",)}

NOT_ENTITY = "not_entity"
MAX_PREFIX = 4      # و + ب + ال: the longest clitic chain before a key
MAX_SUFFIX = 4      # ـاتهم: the longest ending after a key

ACTOR_KINDS = {"country", "demonym", "capital", "seat", "org", "org_adj", "person", "place", "title"}


@dataclass(frozen=True)
class Payload:
    """What a key means: one lexicon entry, the layer it belongs to, and how it may be inflected."""
    layer: str
    kind: str
    entry: str
    suffix: str
    prefix: str
    arabic: bool
    exact_case: str | None = None
    data: tuple = ()


class Matcher:
    """An Aho-Corasick automaton over every surface form of a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        table: dict[str, list[Payload]] = {}
        for layer, kind, entry, suffix, forms, data in _surface_forms(lexicon):
            for lang, form in forms.all():
                for key, prefix in _key_variants(form, lang, kind):
                    exact = form if lang == "en" and _is_acronym(form) else None
                    table.setdefault(key, []).append(
                        Payload(layer, kind, entry, suffix, prefix, lang == "ar", exact, data))
        self._automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            payloads = tuple(dict.fromkeys(payloads))
            # a hit that is a whole word (spaces or the text's ends around it) needs no affix check: the
            # payloads that take it bare are worked out here
            whole = tuple(p for p in payloads if _affixes_fit(p, "", "", False))
            self._automaton.add_word(key, (key, payloads, whole))
        self._automaton.make_automaton()
        self.key_count = len(table)
        # the payloads whose affix rules accept a (key, clitics, ending, after an Arabic letter) hit:
        # the same few words recur in every article, so each combination is worked out once
        self._accepted: dict[tuple[str, str, str, bool], tuple[Payload, ...]] = {}

    def scan(self, nt: NormText) -> list[Mention]:
        """All boundary-checked hits, longest-wins inside each layer, as Mentions in original offsets."""
        text = nt.text
        accepted = self._accepted
        if len(accepted) > MAX_REMEMBERED:
            accepted.clear()
        # hits grouped by layer as they come (a layer's list keeps text order)
        by_layer: dict[str, list[tuple[int, int, int, Payload, int]]] = {}
        n = len(text)
        for end_index, (key, payloads, whole) in self._automaton.iter(text):
            end = end_index + 1
            start = end - len(key)
            # most hits are whole words: a space on either side settles the bound without a loop
            spaced_start = start == 0 or text[start - 1] == " "
            if spaced_start and (end == n or text[end] == " "):
                ws, suffix, fitting = start, "", whole
            else:
                ws = start if spaced_start else _word_start(text, start)
                we = end if end == n or text[end] == " " else _word_end(text, end)
                if ws < 0 or we < 0:
                    continue
                prefix, suffix = text[ws:start], text[end:we]
                after_arabic = not prefix and not spaced_start and is_arabic_char(text[start - 1])
                fitting = accepted.get((key, prefix, suffix, after_arabic))
                if fitting is None:
                    fitting = accepted[key, prefix, suffix, after_arabic] = tuple(
                        p for p in payloads if _affixes_fit(p, prefix, suffix, after_arabic))
            for payload in fitting:
                if payload.exact_case and _original_text(nt, start, end) != payload.exact_case:
                    continue    # an acronym ("US") only in capitals
                if suffix == "ه" and payload.kind == "trigger" and payload.arabic \
                        and nt.original[nt.to_original(end, we)[0]] == "ة":
                    continue    # وزارة is a ministry, not و + زار (visited) + ه
                layer_hits = by_layer.get(payload.layer)
                if layer_hits is None:
                    layer_hits = by_layer[payload.layer] = []
                layer_hits.append((start, start - end, end, payload, ws))
        return _to_mentions(_longest_per_layer(by_layer), nt)


MAX_REMEMBERED = 200_000   # affix decisions kept between articles (a few thousand in practice)


def _original_text(nt: NormText, start: int, end: int) -> str:
    ostart, oend = nt.to_original(start, end)
    return nt.original[ostart:oend]


# The two scans below run for every hit not set off by spaces (half of them); their test for a \w character
# (isalnum or "_") is written out rather than called, which takes a fifth off their cost.

def _word_start(text: str, start: int) -> int:
    """Start of the \\w+ word a hit starts in (the hit's own start when it starts no word), or -1 when
    more than MAX_PREFIX characters are glued before the hit."""
    if start == 0:
        return start
    ch, first = text[start - 1], text[start]
    if not (ch.isalnum() or ch == "_") or not (first.isalnum() or first == "_"):
        return start
    ws = start - 1
    while ws > 0:
        ch = text[ws - 1]
        if not (ch.isalnum() or ch == "_"):
            break
        ws -= 1
        if start - ws > MAX_PREFIX:
            return -1
    return ws


def _word_end(text: str, end: int) -> int:
    """End of the \\w+ word a hit ends in (the hit's own end when it ends no word), or -1 when more than
    MAX_SUFFIX characters are glued after the hit."""
    n = len(text)
    if end >= n:
        return end
    ch, last = text[end], text[end - 1]
    if not (ch.isalnum() or ch == "_") or not (last.isalnum() or last == "_"):
        return end
    we = end + 1
    while we < n:
        ch = text[we]
        if not (ch.isalnum() or ch == "_"):
            break
        we += 1
        if we - end > MAX_SUFFIX:
            return -1
    return we


def _affixes_fit(p: Payload, prefix: str, suffix: str, after_arabic: bool) -> bool:
    """Whether the clitics before a key and the ending after it are allowed for this entry. A key right
    after an Arabic character that is no word character (a Quranic mark ...) is not a word of its own."""
    if p.arabic:
        if prefix and not (_ARABIC_PREFIX[p.prefix].match(prefix)
                           or (p.kind == "trigger" and _ARABIC_PREFIX["verb"].match(prefix))):
            return False
        if after_arabic:
            return False
        return not suffix or bool(_ARABIC_SUFFIX[p.suffix].match(suffix))
    return not prefix and suffix in _ENGLISH_SUFFIX[p.suffix]


def _longest_per_layer(by_layer: dict[str, list[tuple[int, int, int, Payload, int]]]):
    """Inside each layer, the longest of overlapping hits; hits of the same span are kept together.
    A hit is (start, start - end, end, payload, word start): sorting on the first two puts the
    longest hit first among those that start together (the sort is stable)."""
    kept = []
    by_span = itemgetter(0, 1)
    for layer_hits in by_layer.values():
        layer_hits.sort(key=by_span)
        taken_end = -1
        current = None
        for start, _, end, payload, ws in layer_hits:
            if current and start == current[0] and end == current[1]:
                current[2].append(payload)
                continue
            if start < taken_end:
                continue
            current = (start, end, [payload], ws)
            kept.append(current)
            taken_end = end
    kept.sort(key=itemgetter(0))
    return kept


def _to_mentions(kept, nt: NormText) -> list[Mention]:
    mentions = []
    text, original, offsets = nt.text, nt.original, nt.offsets
    for start, end, payloads, ws in kept:
        if payloads[0].kind == NOT_ENTITY:
            continue
        ostart, oend = nt.to_original(start, end)
        pws = offsets[ws] if ws < start else ostart
        prefix, surface = text[ws:start], original[ostart:oend]
        for payload in payloads:
            data = dict(payload.data, prefix=prefix, norm_start=start, norm_end=end, word_start=pws)
            kind = payload.kind if payload.layer != "cue" else "cue"
            if kind == "country" and prefix.endswith(("ال", "لل")) and text[end - 1:end] == "ه":
                kind = "demonym"     # "الجمهورية السورية": with the article, a name ending in ة is the adjective
            mentions.append(Mention(kind, ostart, oend, surface, payload.entry, payload.layer, data))
    return mentions


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


COMPOUND_HEADS = ("عبد", "ابو", "أبو", "بو", "ذو", "بن", "ابن")   # "عبد الله", "أبو الغيط": the article is the name's


def _key_variants(form: str, lang: str, kind: str) -> list[tuple[str, str]]:
    key = normalize_key(form)
    if not key:
        return []
    if lang != "ar":
        return [(key, "bare")]
    # (not a stem that opens with hamza and lam: "ألماني" is "الماني" once normalised, and takes the article:
    # "الألماني")
    if key.startswith("ال") and len(key) > 3 and not form.lstrip().startswith(("أل", "إل", "آل")):
        return [(key, "det"), ("ل" + key[2:], "lil")]
    words = key.split()
    if kind == "person" and len(words) > 1 and words[-1].startswith("ال") and len(words[-1]) > 4 \
            and words[-2] not in COMPOUND_HEADS and not form.split()[-1].startswith(("أل", "إل", "آل")):
        # "فيصل مقداد" for "فيصل المقداد": papers drop the article of a family name after the given name
        return [(key, "bare"), (" ".join(words[:-1] + [words[-1][2:]]), "bare")]
    if kind == "trigger" and len(words) > 1 and not any(w.startswith("ال") for w in words):
        # "ضربات جوية" is also "الضربات الجوية": a definite noun phrase takes ال on every word
        definite = " ".join("ال" + w for w in words)
        return [(key, "bare"), (definite, "det"), ("ل" + definite[2:], "lil")]
    return [(key, "bare")]


def _surface_forms(lex: Lexicon):
    """(layer, kind, entry id, suffix class, Forms, data) for every entry of the lexicon."""
    for c in lex.countries:
        yield "actor", "country", c.iso3, "name", c.forms, (("country", c.iso3),)
        yield "actor", "demonym", c.iso3, "nisba", c.adjectives, (("country", c.iso3),)
        if c.capital:
            yield "actor", "capital", c.iso3, "name", c.capital.forms, (("country", c.iso3), ("place", c.capital.name))
        for seat in c.seats:
            yield "actor", "seat", c.iso3, "name", seat.forms, (("country", c.iso3), ("place", seat.name))
    for o in lex.organizations:
        yield "actor", "org", o.id, "name", o.forms, (("country", o.country),)
        yield "actor", "org_adj", o.id, "nisba", o.adjectives, (("country", o.country),)
    for p in lex.people:
        yield "actor", "person", p.id, "name", p.forms, (("country", p.country),)
    for pl in lex.places:
        yield "actor", "place", pl.name, "name", pl.forms, (("country", pl.country),)
    for t in lex.titles:
        yield "actor", "title", t.office, "word", t.forms, (("rank", t.rank),)
    for tr in lex.triggers:
        yield "trigger", "trigger", tr.id, "word", tr.forms, ()
    for name, forms in lex.cues.items():
        if name == NOT_ENTITY:
            # a blocker takes part in every layer, wins there by length, and is dropped afterwards
            for layer in ("actor", "trigger", "cue"):
                yield layer, NOT_ENTITY, name, "cue", forms, ()
        else:
            yield "cue", "cue", name, "cue", forms, ()
    for cf in lex.conflicts:
        yield "conflict", "conflict", cf.id, "word", cf.forms, ()


@lru_cache(maxsize=4)
def matcher_for(lexicon: Lexicon) -> Matcher:
    """One automaton per lexicon, built on first use."""
    return Matcher(lexicon)
