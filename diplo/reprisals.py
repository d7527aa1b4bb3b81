"""Envoys summoned or expelled, with the actor or a nationality between the verb and the envoy:
"استدعت وزارة الخارجية الجزائرية أمس السفير الفرنسي", "طردت باكستان السفير الإيراني", "summoned the French
ambassador", "expelled Iran's ambassador".

The dictionary lists these acts as verb + object ("استدعت سفيرها", "expelled the ambassador"); news puts the subject,
a day or the envoy's nationality between them. A verb of summoning or expelling and an envoy a few words later are
one event word, placed on the verb, like any dictionary hit.
"""
from __future__ import annotations

import re

from diplo.arabic import NormText
from diplo.model import Mention

# (normalised text) verb, at most GAP_WORDS words without punctuation, then the envoy
_GAP = r"(?:\s+[^\s.,،؛;:!?؟]+){0,%d}?\s+"
GAP_WORDS = 6
_SUMMON = (r"(?<!\w)[وف]?(?:استدعت|استدعي|استدعاء|تستدعي|يستدعي)(?!\w)", r"\b(?:summoned|summons|summoning)\b")
_EXPEL = (r"(?<!\w)[وف]?(?:طردت|طرد|تطرد|يطرد)(?!\w)", r"\b(?:expelled|expels|expelling)\b")
# another country's envoy, and one's own ("سفيرها": called home, a reprisal against the host)
_ENVOYS = (r"(?:ال)?(?:سفير|سفراء|القائم بالاعمال|قائم بالاعمال|دبلوماسيين|الدبلوماسيين|دبلوماسيا)(?!\w)",
           r"(?:ambassador|ambassadors|envoy|envoys|charg[eé] d'affaires|diplomats?)\b")
_OWN_ENVOYS = (r"(?:سفيره|سفيرها|سفيريها|سفيريه|سفراءها|سفرائها|سفراءه|سفرائه)(?!\w)", None)   # English: in the dictionary
# (event word, verbs, envoys)
_RULES = (("rejection.summon", _SUMMON, _ENVOYS), ("rejection.relations", _SUMMON, _OWN_ENVOYS),
          ("rejection.relations", _EXPEL, _ENVOYS))


def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    k = 0 if lang == "ar" else 1
    return [(entry, re.compile("(" + verbs[k] + ")" + _GAP % GAP_WORDS + envoys[k], re.IGNORECASE))
            for entry, verbs, envoys in _RULES if envoys[k] is not None]


_COMPILED = {lang: _patterns(lang) for lang in ("ar", "en")}


def reprisal_mentions(nt: NormText, lang: str, mentions: list[Mention]) -> list[Mention]:
    """Trigger mentions on the verb of each summons or expulsion the dictionary did not find as a whole."""
    found = []
    for entry, pattern in _COMPILED["ar" if lang == "ar" else "en"]:
        for m in pattern.finditer(nt.text):
            vs, ve = m.span(1)
            start, end = nt.to_original(vs, ve)
            match_end = nt.to_original(m.start(), m.end())[1]
            if any(x.kind == "trigger" and x.start < match_end and start < x.end and x.entry.startswith("rejection")
                   for x in mentions):
                continue     # "استدعت سفيرها", "expelled the ambassador": the dictionary has it
            word = nt.text[vs:ve]
            prefix = word[:1] if lang == "ar" and word[:1] in "وف" and len(word) > 5 else ""
            found.append(Mention("trigger", start, end, nt.original[start:end], entry, "trigger",
                                 {"prefix": prefix, "norm_start": vs + len(prefix), "norm_end": ve,
                                  "word_start": start, "found_by": "reprisal"}))
    return found


def with_reprisals(nt: NormText, lang: str, mentions: list[Mention]) -> list[Mention]:
    found = reprisal_mentions(nt, lang, mentions)
    return sorted(mentions + found, key=lambda x: (x.start, -x.end)) if found else mentions
