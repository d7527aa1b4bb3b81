"""Date expressions in Arabic and English news: find them, and resolve them against the publication date.

    find_dates(nt, lang)              every date phrase of a document, with ORIGINAL-text offsets
    resolve_date(m, published, tense) a phrase → a calendar date, its precision and the reasoning
    find_publication_date(text, lang) a dateline or "published" line near the start or in the footer
    find_dateline(text, lang)         the same line's date even without a year ("KYIV, March 3 (Reuters)")
    find_war_day(nt, lang)            "لليوم 28" → 28 (the pipeline adds it to the conflict's start date)

The words live in lang/common/dates.yaml. Matching runs on normalised text (diplo/arabic.py): a regex
that starts at digits (numeric dates, "24 فبراير 2022", "عام 2022") and an Aho-Corasick scan for date
words (months, weekdays, اليوم/أمس) at which a second regex is tried; both are built once per language.
dateparser is not used: it is slow per sentence, misses Levantine/Maghreb months, weekdays with الماضي
and Hijri dates, and resolves weekdays wrongly.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import ahocorasick
from hijridate import Gregorian, Hijri

from diplo.arabic import NormText, normalize
from diplo.date_words import DateWords, WordExclusion, date_words

__all__ = ["DateMention", "ResolvedDate", "KINDS", "find_dates", "resolve_date", "find_publication_date",
           "find_dateline", "find_war_day"]

KINDS = ("full", "month_day", "month_year", "month", "year", "weekday", "relative_day", "hijri", "day_of_month")
GREGORIAN_YEARS = range(1900, 2101)
HIJRI_YEARS = range(1300, 1601)
PUBLICATION_HEAD = 400          # a dateline must start within the first 400 characters ...
PUBLICATION_TAIL = 400          # ... or a "published"/"updated" line within the last 400
WAR_CONTEXT = 60                # a war word must be this close to "لليوم 28"
SINCE_MAX_WORDS = 8             # "منذ بدء الحرب على أوكرانيا في 24 فبراير": منذ reaches this far
WEEKDAY_YEAR_REACH = 400       # "Wednesday, April 10" names the year within this many days of publication


@dataclass(slots=True, unsafe_hash=True)   # hashable as when frozen; nothing changes one once made
class DateMention:
    """A date phrase in a document. start/end are offsets into the ORIGINAL text.

    kind: full (y-m-d) | month_day | month_year | month (a month alone, "فبراير الماضي") | year |
    weekday | relative_day | hijri | day_of_month (a day of a month named relative to publication, "في الرابع عشر من
    الشهر الجاري"). year_offset: a year relative to publication ("من العام الماضي" = -1); month_offset: a month
    relative to publication ("من الشهر الماضي" = -1).
    """
    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None        # 0 = Monday
    offset_days: int | None = None    # relative_day: days from publication
    qualifier: str | None = None      # last | next | this
    since: bool = False
    calendar: str = "gregorian"       # gregorian | hijri
    year_offset: int | None = None
    month_offset: int | None = None
    week_offset: int | None = None    # weekday: its calendar week from the week of publication ("Thursday last week")


@dataclass(slots=True, unsafe_hash=True)   # hashable as when frozen; nothing changes one once made
class ResolvedDate:
    date: date
    precision: str                    # day | month | year
    basis: str                        # how the date was obtained, in one English sentence
    phrase: str | None = None         # the words it was counted from when no date mention gave it ("the next day")


# ---------------------------------------------------------------------------------------------------
# Patterns (built once per language)
#
# Scanning a whole document with one big alternation regex costs ~0.07 ms/KB, so the scan is split:
# a regex that starts with a digit (sre skips to digits quickly) finds numeric dates, "24 فبراير 2022"
# and "عام 2022"; an Aho-Corasick automaton finds date words (months, weekdays, أمس, since-words), and
# the word regex is then only tried, anchored, at the few places the automaton reports.

def _alt(forms) -> str:
    """A regex alternation, longest form first so that "كانون الثاني" beats a shorter prefix."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


@dataclass(frozen=True)
class _Patterns:
    digits: re.Pattern            # starts with [0-9]: numeric dates, "24 فبراير 2022", "2022م", years
    words: re.Pattern             # tried at anchors: "فبراير 2022", "الثلاثاء الماضي", "مساء أمس"
    anchors: ahocorasick.Automaton   # date words → "date" | "since"
    prefix_words: frozenset[str]  # words that may open a phrase before its anchor (مساء, يوم, last, the)
    clitics: re.Pattern           # letters that may be glued before a number or a date word
    war: re.Pattern
    war_anchor: re.Pattern        # يوم / day: where find_war_day tries `war`
    war_context: re.Pattern
    publication_cue: re.Pattern


def _month_tail(lang: str, w: DateWords) -> str:
    """A month name and what may follow it: a second spelling, a year, "من العام الماضي", a qualifier."""
    quals = _alt(w.qualifiers[lang])
    if lang == "en":
        return (rf"(?P<mon>{_en_months(w)})(?!\w)"
                rf"(?:,? (?P<y>[0-9]{{4}})(?![0-9]))?"
                rf"(?: (?P<ry>{_alt(w.relative_years['en'])})(?!\w))?")
    months = _alt(list(w.months["ar"]) + list(w.months["hijri"]))
    era = _alt(w.era_gregorian + w.era_hijri)
    year_words = _alt(w.year_cues["ar"][0])
    return (rf"[بل]?(?P<mon>{months})(?!\w)"
            rf"(?: ?[/(] ?(?:{months})\)?)?"                                    # فبراير/شباط, فبراير (شباط)
            rf"(?:[,،]? (?:من )?(?:(?:{year_words}) )?(?P<y>[0-9]{{4}})(?![0-9])(?: ?(?P<era>{era})(?!\w))?"
            rf"| (?:من )?(?P<ry>{_alt(w.relative_years['ar'])})(?!\w))?"
            rf"(?: (?P<q>{quals})ه?(?!\w))?")


def _en_months(w: DateWords) -> str:
    full = _alt(w.months["en"].keys() - w.month_abbreviations_en)
    return rf"{full}|(?:{_alt(w.month_abbreviations_en)})\.?"


def _anchor_automaton(lang: str, w: DateWords) -> ahocorasick.Automaton:
    words = set(w.relative_days[lang]) | set(w.relative_years[lang])
    if lang == "ar":
        words |= set(w.months["ar"]) | set(w.months["hijri"]) | {"ال" + form for form in w.weekdays["ar"]}
    else:
        words |= set(w.months["en"]) | set(w.weekdays["en"])
    automaton = ahocorasick.Automaton()
    for form in words:
        automaton.add_word(form, (form, "date"))
    for form in w.since[lang]:
        automaton.add_word(form, (form, "since"))
    automaton.make_automaton()
    return automaton


_NUMERIC = r"(?P<nrest>[0-9]{0,3}(?P<sep>[/.-])[0-9]{1,2}(?P=sep)[0-9]{1,4})(?![0-9])"   # after a first digit
_YEAR = r"(?P<yrest>[0-9]{3})(?![0-9%]|[.,][0-9])"                                        # after a first digit


def _arabic_ordinal(w: DateWords, g: str) -> str:
    """الثالث، الحادي عشر، الثامن والعشرين, with group names starting with g (see _arabic_ordinal_value)."""
    units, tens = _alt(w.ordinals_ar["units"]), _alt(w.ordinals_ar["tens"])
    return (rf"(?P<{g}u>{units})(?: (?P<{g}teen>{re.escape(w.ordinal_teen_ar)})| و(?P<{g}t>{tens}))?(?!\w)"
            rf"|(?P<{g}ten>{_alt(w.ordinals_ar['ten'])})(?!\w)|(?P<{g}t2>{tens})(?!\w)")


def _arabic_ordinal_value(m: re.Match, g: str, w: DateWords) -> int | None:
    o = w.ordinals_ar
    if m.group(g + "u"):
        value = o["units"][m.group(g + "u")]
        if m.group(g + "teen"):
            return value + 10
        return value + o["tens"][m.group(g + "t")] if m.group(g + "t") else value
    if m.group(g + "ten"):
        return o["ten"][m.group(g + "ten")]
    return o["tens"][m.group(g + "t2")] if m.group(g + "t2") else None


def _arabic_regexes(w: DateWords) -> dict[str, str]:
    tail = _month_tail("ar", w)
    tod, quals = _alt(w.times_of_day["ar"]), _alt(w.qualifiers["ar"])
    return {
        "digits": (rf"[0-9](?:{_NUMERIC}(?: ?(?P<nera>{_alt(w.era_gregorian + w.era_hijri)})(?!\w))?"
                   rf"|(?P<drest>[0-9]?)(?![0-9]) ?(?:من )?(?:شهر )?{tail}"                 # 24 من شهر فبراير
                   rf"|(?P<erest>[0-9]{{3}}) ?(?P<eera>{_alt(w.era_gregorian)})(?!\w)"     # 2022م
                   rf"|{_YEAR})"),
        # السابع من أكتوبر, "الثاني عشر جانفي" (Maghreb, no من; not the ordinal of تشرين الثاني, كانون الأول, ربيع الثاني)
        "words": (rf"(?<!\w)[وف]?(?P<s>(?:(?<!تشرين )(?<!كانون )(?<!ربيع )(?P<ord>{_arabic_ordinal(w, 'd')}) (?:من )?(?:شهر )?"
                  rf"|(?P<shahr>[بل]?شهر ))?{tail}"
                  rf"|(?:(?P<wtod>{tod}) )?(?:[بل]?(?:{_alt(w.weekday_intro)}) )?"
                  rf"[بلك]?ال(?P<wd>{_alt(w.weekdays['ar'])})(?!\w)(?: (?P<wq>{quals})ه?(?!\w))?"
                  rf"(?: (?P<wweek>{_alt(w.weekday_weeks['ar'])})ه?(?!\w))?"
                  rf"|(?:(?P<rtod>{tod}) )?(?P<rel>{_alt(w.relative_days['ar'])})(?!\w)"
                  rf"|(?P<ryear>{_alt(w.relative_years['ar'])})(?!\w))"),
        "war": (rf"[وف]?(?P<s>(?:{_alt(w.war_intro_ar)}) (?:ال)?(?:(?P<n>[0-9]{{1,4}})(?![0-9/.:])"
                rf"|{_arabic_ordinal(w, 'o')}))"),
        "war_anchor": "يوم",
        "clitics": r"[وف]?(?P<keep>بال|كال|لل|ال|ب|ل|ك)?$",
    }


def _english_regexes(w: DateWords) -> dict[str, str]:
    quals, tod, e = _alt(w.qualifiers["en"]), _alt(w.times_of_day["en"]), w.ordinals_en
    ordinal = (rf"(?:(?P<et>{_alt(e['tens'])})[ -])?(?P<eu>{_alt(e['units'])})"
               rf"|(?P<eteen>{_alt(e['teens'])})|(?P<etord>{_alt(e['tens_ordinal'])})")
    return {
        "digits": (rf"[0-9](?:{_NUMERIC}"
                   rf"|(?P<drest>[0-9]?)(?![0-9])(?:st|nd|rd|th)? (?:of )?{_month_tail('en', w)}"
                   rf"|{_YEAR})"),
        "words": (rf"(?<![\w'-])(?P<s>(?:(?P<mq>{quals}) )?(?P<mon>{_en_months(w)})(?!\w)"
                  rf"(?: (?P<md>[0-9]{{1,2}})(?:st|nd|rd|th)?(?!\w|\.[0-9]))?(?:,? (?P<y>[0-9]{{4}})(?![0-9]))?"
                  rf"(?: (?P<ry>{_alt(w.relative_years['en'])})(?!\w))?"
                  rf"|(?:(?P<wq>{quals}) )?(?P<wd>{_alt(w.weekdays['en'])})(?!\w)(?: (?P<wtod>{tod})(?!\w))?"
                  rf"(?:,? (?P<wweek>{_alt(w.weekday_weeks['en'])})(?!\w))?"
                  rf"|(?P<rel>{_alt(w.relative_days['en'])})(?!\w)(?: (?P<rtod>{tod})(?!\w))?"
                  rf"|(?P<ryear>{_alt(w.relative_years['en'])})(?!\w))"),
        "war": (rf"(?P<s>(?:the )?(?:(?P<n>[0-9]{{1,4}})(?:st|nd|rd|th)|{ordinal}) day(?!\w)"
                rf"|day (?P<n2>[0-9]{{1,4}})(?![0-9]))"),
        "war_anchor": r"(?<!\w)day(?!\w)",
        "clitics": r"(?P<keep>)$",
    }


@lru_cache(maxsize=None)
def _patterns(lang: str) -> _Patterns:
    w = date_words()
    regexes = _arabic_regexes(w) if lang == "ar" else _english_regexes(w)
    publication = (rf"(?:^|[|•·\-–—/])\s*(?:{_alt(w.publication_cues[lang])})\s*[:：\-–]?\s*"
                   rf"(?:في |on |بتاريخ |يوم )?$")
    prefix_words = {word for forms in (w.times_of_day[lang], w.qualifiers[lang], w.relative_days[lang],
                                       w.relative_years[lang]) for form in forms for word in form.split()}
    if lang == "ar":                                  # ... and "السابع من", "الحادي عشر من" before a month
        prefix_words |= {"شهر", "من", w.ordinal_teen_ar, *w.weekday_intro, *w.ordinals_ar["units"],
                         *w.ordinals_ar["ten"], *w.ordinals_ar["tens"]}
    return _Patterns(**{name: re.compile(regex) for name, regex in regexes.items()},
                     anchors=_anchor_automaton(lang, w), prefix_words=frozenset(prefix_words),
                     war_context=re.compile(_alt(w.war_context[lang])),
                     publication_cue=re.compile(publication, re.IGNORECASE))


# ---------------------------------------------------------------------------------------------------
# Finding dates

@dataclass(slots=True, unsafe_hash=True)   # hashable as when frozen; nothing changes one once made
class _Hit:
    """A candidate on the normalised text, before overlaps are settled and offsets mapped back."""
    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset_days: int | None = None
    qualifier: str | None = None
    calendar: str = "gregorian"
    year_offset: int | None = None
    month_offset: int | None = None
    week_offset: int | None = None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
LOOKBACK_WORDS = 4      # "الحادي والعشرين من شهر مارس", "the day before yesterday": words before the anchor


def _valid_gregorian(year: int | None, month: int, day: int | None) -> bool:
    if year is not None and year not in GREGORIAN_YEARS:
        return False
    if day is None:
        return True
    if year is None:
        return 1 <= day <= _MONTH_DAYS[month - 1]
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _valid_hijri(year: int | None, day: int | None) -> bool:
    return (year is None or year in HIJRI_YEARS) and (day is None or 1 <= day <= 30)


def _previous_word(t: str, pos: int) -> str:
    """The word ending right before pos (skipping one space)."""
    end = pos - 1 if pos > 0 and t[pos - 1] == " " else pos
    return t[t.rfind(" ", 0, end) + 1:end]


def _next_word(t: str, pos: int) -> str:
    if pos >= len(t) or t[pos] != " ":
        return ""
    end = t.find(" ", pos + 1)
    return t[pos + 1:end if end >= 0 else len(t)].rstrip(".,،؛;:!?)\"»")


def _glued_start(t: str, pos: int, p: _Patterns) -> int | None:
    """Start of the phrase at pos once clitics glued before it are taken in (ال، بال; و/ف left out);
    None when pos is glued to letters that are no clitics ("x24", "كتاب" for the month آب)."""
    start = pos
    while start and t[start - 1].isalpha():
        start -= 1
    if start == pos:
        return pos
    glued = p.clitics.match(t, start, pos)
    if glued is None:
        return None
    return glued.start("keep") if glued.group("keep") else pos


def _month_hit(m: re.Match, start: int, day: int | None, lang: str, w: DateWords,
               qualifier: str | None = None) -> _Hit | None:
    """The hit for a month-name match (groups mon, y, era, ry, q)."""
    name = m.group("mon")
    year = int(m.group("y")) if m.group("y") else None
    year_offset = w.relative_years[lang][m.group("ry")] if m.group("ry") else None
    if lang == "en":
        month, hijri = w.months["en"][name.rstrip(".")], False
    else:
        month = w.months["ar"].get(name) or w.months["hijri"][name]
        hijri = name in w.months["hijri"]
        qualifier = w.qualifiers["ar"][m.group("q")] if m.group("q") else None
    if hijri:
        if not _valid_hijri(year, day) or (year is None and name in w.hijri_needs_year):
            return None
        return _Hit(start, m.end(), "hijri", year, month, day, qualifier=qualifier, calendar="hijri")
    if m.groupdict().get("era") in w.era_hijri or not _valid_gregorian(year, month, day):
        return None
    if day is not None:
        kind = "full" if year else "month_day"
    else:
        kind = "month_year" if year or year_offset is not None else "month"
    return _Hit(start, m.end(), kind, year, month, day, qualifier=qualifier, year_offset=year_offset)


def _numeric_hit(text: str, sep: str, era: str | None, w: DateWords) -> _Hit | None:
    """2022/03/17, 17/3/2022, 17-03-2022 (day first; month first only when the day cannot be a month)."""
    parts = text.split(sep)
    a, b, c = (int(x) for x in parts)
    if len(parts[0]) == 4:
        year, month, day = a, b, c
    else:
        year, month, day = c, b, a
        if month > 12 and day <= 12:
            month, day = day, month
    if not 1 <= month <= 12:
        return None
    if era in w.era_hijri:
        return _Hit(0, 0, "hijri", year, month, day, calendar="hijri") if _valid_hijri(year, day) else None
    return _Hit(0, 0, "full", year, month, day) if _valid_gregorian(year, month, day) else None


def _year_hit(t: str, s: int, end: int, lang: str, w: DateWords) -> _Hit | None:
    """A four-digit year after a cue: "عام 2022", "لعام 2015", "منذ 2014", "in 2022", "mid-2022"."""
    year = int(t[s:end])
    if year not in GREGORIAN_YEARS:
        return None
    cue_end = s - 1 if s and t[s - 1] in " -" else s
    cue = t[t.rfind(" ", 0, cue_end) + 1:cue_end]
    phrase, before = w.year_cues[lang]
    for form in (cue, cue[1:] if cue[:1] in ("و", "ف") and lang == "ar" else cue):
        if form in phrase:
            return _Hit(cue_end - len(form), end, "year", year)
        if form in before:
            return _Hit(s, end, "year", year)
    return None


def _digit_hits(nt: NormText, lang: str, p: _Patterns, w: DateWords) -> list[_Hit]:
    t, hits = nt.text, []
    for m in p.digits.finditer(t):
        s = m.start()
        before = t[s - 1] if s else " "
        if before.isdigit() or before in "/.:," or (before == "-" and m.group("yrest") is None):
            continue                                      # inside a longer number, a code or a time
        start = _glued_start(t, s, p)
        if start is None:
            continue                                      # digits glued to a word that is no clitic
        hit = None
        if m.group("nrest") is not None:
            hit = _numeric_hit(t[s:m.end("nrest")], m.group("sep"), m.groupdict().get("nera"), w)
            hit = hit and replace(hit, start=start, end=m.end())
        elif m.group("drest") is not None:
            hit = _month_hit(m, start, int(t[s:m.end("drest")]), lang, w)
        elif m.groupdict().get("erest") is not None:     # "2022م"
            year = int(t[s:m.end("erest")])
            hit = _Hit(start, m.end(), "year", year) if year in GREGORIAN_YEARS else None
        elif start == s:
            hit = _year_hit(t, s, m.end(), lang, w)
        if hit:
            hits.append(hit)
    return hits


def _capitalised(nt: NormText, pos: int) -> bool:
    return nt.original[nt.offsets[pos]].isupper()


def _anchors(t: str, p: _Patterns) -> tuple[list[tuple[int, int]], list[int]]:
    """Date-word anchors (start, end) in text order, and the end positions of since-words."""
    dates, since = [], []
    for last, (form, role) in p.anchors.iter(t):
        end, start = last + 1, last + 1 - len(form)
        if end < len(t) and t[end].isalnum():
            continue
        if _glued_start(t, start, p) is None:
            continue
        if role == "since":
            since.append(end)
        else:
            dates.append((start, end))
    dates.sort()
    return dates, since


def _word_match(t: str, start: int, end: int, p: _Patterns) -> re.Match | None:
    """The word regex tried at the anchor's word and at up to LOOKBACK_WORDS prefix words before it
    ("مساء يوم", "الحادي والعشرين من", "last"), earliest first."""
    while start and t[start - 1].isalpha():
        start -= 1                                        # و، ب glued to the anchor
    starts = [start]
    pos = start
    for _ in range(LOOKBACK_WORDS):
        if pos < 2 or t[pos - 1] != " ":
            break
        previous = t.rfind(" ", 0, pos - 1) + 1
        word = t[previous:pos - 1]
        if word not in p.prefix_words and word[1:] not in p.prefix_words:   # [1:]: ومساء، بيوم
            break
        pos = previous
        starts.append(pos)
    for candidate in reversed(starts):
        m = p.words.match(t, candidate)
        if m and m.end() >= end:
            return m
    return None


def _word_hits(nt: NormText, lang: str, p: _Patterns, w: DateWords) -> tuple[list[_Hit], list[int]]:
    t, hits, covered = nt.text, [], 0
    anchors, since = _anchors(t, p)
    for start, end in anchors:
        if start < covered:
            continue
        m = _word_match(t, start, end, p)
        if m is None:
            continue
        covered = m.end()
        hit = _word_hit(nt, m, lang, w)
        if hit:
            hits.append(hit)
    return hits, since


def _word_hit(nt: NormText, m: re.Match, lang: str, w: DateWords) -> _Hit | None:
    t, g = nt.text, m.group
    start, end = m.start("s"), m.end()
    if g("mon"):
        if lang == "en":
            return _english_month(nt, m, w)
        day = _arabic_ordinal_value(m, "d", w) if g("ord") else None
        if day is None and not (g("y") or g("ry") or g("q") or g("shahr") or _arabic_month_cued(t, m, w)):
            return None                                   # a bare month name: مارس is also a verb
        return _month_hit(m, start, day, lang, w)
    if g("wd"):
        if lang == "en" and not _capitalised(nt, m.start("wd")):
            return None
        weekday = w.weekdays[lang][g("wd")]
        bare = start == m.start("wd") - (2 if lang == "ar" else 0)   # no يوم, time of day or qualifier
        rule = w.weekday_exclusions[lang].get(weekday)
        if bare and rule and _excluded(t, start, m.end("wd"), rule, lang, w):
            return None
        week = w.weekday_weeks[lang].get(g("wweek") or "")
        return _Hit(start, end, "weekday", weekday=weekday, qualifier=w.qualifiers[lang].get(g("wq")),
                    week_offset=week)
    if g("rel"):
        rule = w.relative_day_exclusions[lang].get(g("rel"))
        if rule and (_excluded(t, m.start("rel"), m.end("rel"), rule, lang, w) or
                     (rule.not_at_line_end and _LINE_END.match(nt.original, nt.to_original(start, end)[1]))):
            return None
        return _Hit(start, end, "relative_day", offset_days=w.relative_days[lang][g("rel")])
    return _Hit(start, end, "year", year_offset=w.relative_years[lang][g("ryear")])


def _arabic_month_cued(t: str, m: re.Match, w: DateWords) -> bool:
    """A bare Arabic month is a date after "في", "منذ", "مطلع" ..., glued to ب ("بيونيو"), or written with its
    second spelling ("يونيو/حزيران")."""
    start, previous = m.start("s"), _previous_word(t, m.start("s"))
    return (previous in w.month_cues_ar or previous[1:] in w.month_cues_ar or t[start] == "ب"
            or any(ch in t[m.start("mon"):m.end()] for ch in "/("))


def _english_month(nt: NormText, m: re.Match, w: DateWords) -> _Hit | None:
    """"March 22, 2022", "March 2022", "last March", "in March"; capitalised; abbreviations need a number."""
    if not _capitalised(nt, m.start("mon")):
        return None
    name = m.group("mon").rstrip(".")
    month = w.months["en"][name]
    day = int(m.group("md")) if m.group("md") else None
    year = int(m.group("y")) if m.group("y") else None
    year_offset = w.relative_years["en"][m.group("ry")] if m.group("ry") else None
    qualifier = w.qualifiers["en"][m.group("mq")] if m.group("mq") else None
    start = m.start("s")
    if day is None and year is None and year_offset is None:
        if name in w.month_abbreviations_en:
            return None
        if qualifier is None and _previous_word(nt.text, start) not in w.month_cues_en:
            return None
    if not _valid_gregorian(year, month, day):
        return None
    if day is not None:
        kind = "full" if year else "month_day"
    else:
        kind = "month_year" if year or year_offset is not None else "month"
    return _Hit(start, m.end(), kind, year, month, day, qualifier=qualifier, year_offset=year_offset)


_LINE_END = re.compile(r"[ \t\u200f\u200e]*(?:\n|$|©|\|)")


def _excluded(t: str, start: int, end: int, rule: WordExclusion, lang: str, w: DateWords) -> bool:
    """صلاة الجمعة (Friday prayer), الأحد عشر (eleven), اليوم 28 (day 28), اليوم التالي (the next day),
    ذلك اليوم (that day), في أمس الحاجة (in dire need), Friday prayers: not dates."""
    previous, following = _previous_word(t, start), _next_word(t, end)
    if previous in rule.before or (lang == "ar" and previous[1:] in rule.before) or following in rule.after:
        return True
    if rule.number_or_adjective_after and following not in rule.allowed:
        return following[:1].isdigit() or (following.startswith("ال") and following[2:] not in w.weekdays["ar"])
    return False


_MERGE_GAP = re.compile(r" ?(?:[,،(\-] ?)?(?:الموافق |the )?")
_RANGE_GAP = re.compile(r" ?(?:(?:and|or|to|through|-|–|أو|إلى|حتى) ?|و)?")


def _merge_weekdays(hits: list[_Hit], nt: NormText) -> list[_Hit]:
    """"الثلاثاء 22 مارس", "Tuesday, March 22", "اليوم الاثنين": one phrase, the weekday kept with the date."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev and _MERGE_GAP.fullmatch(nt.text, prev.end, hit.start) and \
                "\n" not in nt.original[nt.offsets[prev.end - 1]:nt.offsets[hit.start]]:
            if prev.kind == "weekday" and (prev.qualifier is None or "الموافق" in nt.text[prev.end:hit.start]) \
                    and hit.kind in ("full", "month_day", "hijri", "relative_day", "day_of_month"):
                out[-1] = replace(hit, start=prev.start, weekday=prev.weekday)
                continue
            if prev.kind == "relative_day" and hit.kind == "weekday" and hit.qualifier is None:
                out[-1] = replace(prev, end=hit.end, weekday=hit.weekday)
                continue
        if prev and prev.kind == hit.kind == "weekday" and _RANGE_GAP.fullmatch(nt.text, prev.end, hit.start):
            # "next Thursday and Friday", "الخميس والجمعة المقبلين": one phrase, dated by its first day
            out[-1] = replace(prev, end=hit.end, qualifier=prev.qualifier or hit.qualifier)
            continue
        out.append(hit)
    return out


def _without_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Earliest first; of two overlapping phrases the longer wins."""
    out: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


_SINCE_STOP = re.compile(r"[\n.,،؛;:!?()\"«»]")


def _since_flags(nt: NormText, hits: list[_Hit], since_ends: list[int]) -> list[bool]:
    """منذ 24 فبراير, since March 3, منذ بدء الحرب على أوكرانيا في 24 فبراير."""
    flags = []
    for i, hit in enumerate(hits):
        k = bisect.bisect_right(since_ends, hit.start) - 1
        if k < 0 or (i and hits[i - 1].end > since_ends[k]):
            flags.append(False)                           # no since-word, or another date stands between
            continue
        gap_start = since_ends[k]
        gap = nt.text[gap_start:hit.start]
        original_gap = nt.original[nt.offsets[gap_start - 1] + 1:nt.offsets[hit.start]]
        flags.append(len(gap.split()) <= SINCE_MAX_WORDS and not _SINCE_STOP.search(original_gap))
    return flags


def _in_the_same_year(t: str, hits: list[_Hit], phrases: tuple[str, ...]) -> list[_Hit]:
    """"في مارس 2022 ... ثم في جوان من العام نفسه", "in June of the same year": the month takes the year last
    named before it, and the phrase joins the date."""
    out: list[_Hit] = []
    last_year: int | None = None
    for h in hits:
        if h.year is None and h.year_offset is None and h.kind in ("month", "month_day") and last_year is not None:
            rest = t[h.end:h.end + 30]
            phrase = next((f for f in phrases if rest.startswith(" " + f) or rest.startswith(f)), None)
            if phrase is not None:
                h = replace(h, end=h.end + rest.index(phrase) + len(phrase), year=last_year,
                            kind="month_year" if h.kind == "month" else "full")
        if h.year is not None and h.calendar == "gregorian":
            last_year = h.year
        out.append(h)
    return out


@lru_cache(maxsize=None)
def _day_of_month_regex() -> re.Pattern:
    w = date_words()
    months = _alt(w.relative_months_ar)
    return re.compile(rf"{_arabic_day(w)}(?: من)? (?:شهر )?(?P<mrel>{months})(?!\w)")


def _arabic_day(w: DateWords) -> str:
    """A day of a month in Arabic, in digits or as an ordinal, after "يوم" or a clitic: "يوم 3", "والحادي والعشرين"
    (see _day_and_start)."""
    return rf"(?<!\w)[وف]?(?:[بل]?يوم )?(?:(?P<dd>[0-9]{{1,2}})(?![0-9])|{_arabic_ordinal(w, 'o')})"


def _day_and_start(t: str, m: re.Match, w: DateWords) -> tuple[int | None, int]:
    """The day an _arabic_day match names, and where its phrase starts (after a conjunction و/ف)."""
    day = int(m.group("dd")) if m.group("dd") else _arabic_ordinal_value(m, "o", w)
    return day, m.start() + (1 if t[m.start()] in "وف" else 0)


def _day_of_month_hits(t: str, lang: str, w: DateWords) -> list[_Hit]:
    """"في الرابع عشر من الشهر الجاري", "يوم 3 من الشهر الماضي": a day of the month named relative to publication."""
    if lang != "ar" or "الشهر" not in t:
        return []
    hits = []
    for m in _day_of_month_regex().finditer(t):
        day, start = _day_and_start(t, m, w)
        if day is not None and 1 <= day <= 31:
            hits.append(_Hit(start, m.end(), "day_of_month", day=day,
                             month_offset=w.relative_months_ar[m.group("mrel")]))
    return hits


@lru_cache(maxsize=None)
def _day_of_it_regex() -> re.Pattern:
    w = date_words()
    return re.compile(rf"{_arabic_day(w)} منه(?!\w)")


def _days_of_the_month_named(t: str, found: list[_Hit], lang: str, w: DateWords) -> list[_Hit]:
    """"وصل في التاسع عشر من تشرين الثاني ... ثم اجتمع بنتنياهو في الحادي والعشرين منه": a day of ("of it") the month
    the text named last, in that month's year when it has one."""
    if lang != "ar" or "منه" not in t:
        return []
    hits = []
    for m in _day_of_it_regex().finditer(t):
        day, start = _day_and_start(t, m, w)
        named = [h for h in found if h.end <= m.start() and h.month is not None and h.calendar == "gregorian"]
        if day is not None and named and _valid_gregorian(named[-1].year, named[-1].month, day):
            last = named[-1]
            hits.append(_Hit(start, m.end(), "full" if last.year is not None else "month_day", year=last.year,
                             month=last.month, day=day))
    return hits


# "يوم السبت قبل الماضي", "on Saturday before last": the same weekday a week before the last one (normalised)
BEFORE_LAST = re.compile(r"\s+(?:قبل\s+(?:الماضي|الفائت|المنصرم)|before last)(?!\w)")


def _before_last(t: str, found: list[_Hit]) -> list[_Hit]:
    """Weekdays named as the one before last, their phrase widened to take the words in."""
    out = []
    for h in found:
        m = BEFORE_LAST.match(t, h.end) if h.kind == "weekday" and h.qualifier is None else None
        out.append(replace(h, end=m.end(), qualifier="before_last") if m else h)
    return out


def find_dates(nt: NormText, lang: str | None) -> list[DateMention]:
    """Every date phrase in a normalised document, in text order, without overlaps.

    lang: "ar" or "en"; None runs both languages' patterns."""
    if lang is None:
        langs = ("ar", "en")
    elif lang in ("ar", "en"):
        langs = (lang,)
    else:
        raise ValueError(f"find_dates: unsupported language {lang!r}; use 'ar', 'en' or None")
    w = date_words()
    flagged: list[tuple[_Hit, bool]] = []
    for code in langs:
        p = _patterns(code)
        word_hits, since_ends = _word_hits(nt, code, p, w)
        word_hits += _day_of_month_hits(nt.text, code, w)
        found = _merge_weekdays(_without_overlaps(_digit_hits(nt, code, p, w) + word_hits), nt)
        found = _in_the_same_year(nt.text, found, w.same_year[code])
        found = _without_overlaps(found + _days_of_the_month_named(nt.text, found, code, w))
        found = _before_last(nt.text, found)
        flagged.extend(zip(found, _since_flags(nt, found, since_ends)))
    if len(langs) > 1:
        kept = {id(h) for h in _without_overlaps([h for h, _ in flagged])}
        flagged = sorted(((h, f) for h, f in flagged if id(h) in kept), key=lambda pair: pair[0].start)
    mentions = []
    for hit, since in flagged:
        start, end = nt.to_original(hit.start, hit.end)
        mentions.append(DateMention(
            start=start, end=end, text=nt.original[start:end], kind=hit.kind, year=hit.year, month=hit.month,
            day=hit.day, weekday=hit.weekday, offset_days=hit.offset_days, qualifier=hit.qualifier,
            since=since, calendar=hit.calendar, year_offset=hit.year_offset, month_offset=hit.month_offset,
            week_offset=hit.week_offset))
    return mentions


# ---------------------------------------------------------------------------------------------------
# Resolving a mention to a calendar date

def _direction(qualifier: str | None, tense: str | None) -> tuple[str, bool]:
    """(past|future, strict): الماضي/last and المقبل/next exclude the publication day itself."""
    if qualifier in ("last", "before_last"):
        return "past", True
    if qualifier == "next":
        return "future", True
    return ("future" if tense == "future" else "past"), False


def _pick(candidates: list, reference, direction: str, strict: bool):
    """The latest candidate on or before the reference (past) or the earliest on or after it (future)."""
    if direction == "past":
        ok = [c for c in candidates if c < reference or (c == reference and not strict)]
        return max(ok) if ok else None
    ok = [c for c in candidates if c > reference or (c == reference and not strict)]
    return min(ok) if ok else None


def _relation(d: date, published: date, label: str, nearest: bool = False) -> str:
    """"the Tuesday before publication on 2022-03-23", "the most recent 24 December before ..."."""
    if d < published:
        return f"the {'most recent ' if nearest else ''}{label} before publication on {published}"
    return f"the {'next ' if nearest else ''}{label} after publication on {published}"


def _year_offset(m: DateMention) -> int | None:
    """Years from publication fixed by the text: "من العام الماضي" (-1), "الجاري"/"this" (0)."""
    return 0 if m.year_offset is None and m.qualifier == "this" else m.year_offset


def _resolve_full(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    try:
        d = date(m.year, m.month, m.day)
    except (TypeError, ValueError):
        return None
    basis = "explicit date"
    if m.weekday is not None and d.weekday() != m.weekday:
        names = date_words().weekday_names_en
        basis += f" (the text says {names[m.weekday]}, but {d} is a {names[d.weekday()]})"
    return ResolvedDate(d, "day", basis)


def _resolve_month_day(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if published is None:
        return None
    w = date_words()
    label = f"{m.day} {w.month_names_en[m.month - 1]}"
    if _year_offset(m) is not None:
        try:
            d = date(published.year + _year_offset(m), m.month, m.day)
        except ValueError:
            return None
        return ResolvedDate(d, "day", f"{m.text} → {d}, year {d.year} counted from publication on {published}")
    candidates = []
    for year in range(published.year - 4, published.year + 5):
        try:
            candidates.append(date(year, m.month, m.day))
        except ValueError:
            pass                                          # 29 February outside leap years
    # "Wednesday, April 10": the weekday picks the year, whichever side of publication it falls
    on_weekday = [c for c in candidates if c.weekday() == m.weekday and abs((c - published).days) <= WEEKDAY_YEAR_REACH]
    if m.weekday is not None and on_weekday:
        d = min(on_weekday, key=lambda c: abs((c - published).days))
        names = date_words().weekday_names_en
        return ResolvedDate(d, "day", f"{m.text} → {d}, the {label} nearest publication on {published} "
                                      f"that falls on a {names[m.weekday]}")
    direction, strict = _direction(m.qualifier, tense)
    d = _pick(candidates, published, direction, strict)
    if d is None:
        return None
    if d.year == published.year:
        basis = f"{m.text} → {d}, year taken from publication date {published}"
    else:
        basis = f"{m.text} → {d}, " + _relation(d, published, label, nearest=True)
    return ResolvedDate(d, "day", basis)


def _resolve_month_year(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if m.year is not None:
        return ResolvedDate(date(m.year, m.month, 1), "month", "explicit month")
    if published is None or m.year_offset is None:
        return None
    d = date(published.year + m.year_offset, m.month, 1)
    return ResolvedDate(d, "month", f"{m.text} → {d:%Y-%m}, year {d.year} counted from publication on {published}")


def _resolve_month(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if published is None:
        return None
    name = date_words().month_names_en[m.month - 1]
    if _year_offset(m) is not None:
        d = date(published.year + _year_offset(m), m.month, 1)
    else:
        candidates = [date(y, m.month, 1) for y in range(published.year - 1, published.year + 2)]
        direction, strict = _direction(m.qualifier, tense)
        d = _pick(candidates, published.replace(day=1), direction, strict)
    if d is None:
        return None
    if d == published.replace(day=1):
        where = f"the month of publication ({published})"
    else:
        where = _relation(d, published, name, nearest=True)
    return ResolvedDate(d, "month", f"{m.text} → {d:%Y-%m}, {where}")


def _resolve_year(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if m.year is not None:
        return ResolvedDate(date(m.year, 1, 1), "year", "explicit year")
    if published is None or m.year_offset is None:
        return None
    year = published.year + m.year_offset
    return ResolvedDate(date(year, 1, 1), "year", f"{m.text} → {year}, counted from publication on {published}")


def _resolve_weekday(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if published is None or m.weekday is None:
        return None
    direction, strict = _direction(m.qualifier, tense)
    if m.week_offset is not None:
        d = published + timedelta(days=m.weekday - published.weekday(), weeks=m.week_offset)
        name = date_words().weekday_names_en[m.weekday]
        return ResolvedDate(d, "day", f"{m.text} → {d}, the {name} of the week {abs(m.week_offset)} week(s) "
                                      f"{'before' if m.week_offset < 0 else 'after'} that of publication on {published}"
                            if m.week_offset else f"{m.text} → {d}, the {name} of the week of publication on {published}")
    if direction == "past":
        delta = (published.weekday() - m.weekday) % 7 or (7 if strict else 0)
        d = published - timedelta(days=delta + (7 if m.qualifier == "before_last" else 0))
    else:
        delta = (m.weekday - published.weekday()) % 7 or (7 if strict else 0)
        d = published + timedelta(days=delta)
    name = date_words().weekday_names_en[m.weekday]
    where = f"the publication day (a {name})" if d == published else _relation(d, published, name)
    if m.qualifier == "before_last":
        where = f"the {name} before last, counted from publication on {published}"
    return ResolvedDate(d, "day", f"{m.text} → {d}, {where}")


def _resolve_relative(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if published is None or m.offset_days is None:
        return None
    d = published + timedelta(days=m.offset_days)
    n = abs(m.offset_days)
    if n == 0:
        where = "the publication day"
    else:
        where = f"{n} day{'s' if n > 1 else ''} {'before' if m.offset_days < 0 else 'after'} publication on {published}"
    return ResolvedDate(d, "day", f"{m.text} → {d}, {where}")


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None                                       # day 30 of a 29-day month, or out of range
    return date(g.year, g.month, g.day)


def _resolve_hijri(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    w = date_words()
    name = w.hijri_month_names[m.month - 1]
    day = m.day or 1
    precision = "day" if m.day else "month"
    if m.year is not None:
        d = _hijri_to_gregorian(m.year, m.month, day)
        label = f"Hijri {m.day} {name} {m.year}" if m.day else f"Hijri {name} {m.year} (its first day)"
        return ResolvedDate(d, precision, f"{label} → {d}") if d else None
    if published is None:
        return None
    try:
        today = Gregorian(published.year, published.month, published.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    candidates = {g: y for y in (today.year - 1, today.year, today.year + 1)
                  if (g := _hijri_to_gregorian(y, m.month, day))}
    # a month alone is compared by its first day with the first day of the current Hijri month
    reference = published if m.day else (_hijri_to_gregorian(today.year, today.month, 1) or published)
    direction, strict = _direction(m.qualifier, tense)
    d = _pick(list(candidates), reference, direction, strict)
    if d is None:
        return None
    label = f"Hijri {m.day} {name}" if m.day else f"Hijri {name} (its first day)"
    return ResolvedDate(d, precision, f"{label} → {d}, Hijri year {candidates[d]} taken from publication date {published}")


def _resolve_day_of_month(m: DateMention, published: date | None, tense: str | None) -> ResolvedDate | None:
    if published is None or m.month_offset is None:
        return None
    months = published.year * 12 + published.month - 1 + m.month_offset
    try:
        d = date(months // 12, months % 12 + 1, m.day)
    except ValueError:
        return None
    return ResolvedDate(d, "day", f"{m.text} → {d}, the month counted from publication on {published}")


_RESOLVERS = {
    "day_of_month": _resolve_day_of_month,
    "full": _resolve_full,
    "month_day": _resolve_month_day,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "year": _resolve_year,
    "weekday": _resolve_weekday,
    "relative_day": _resolve_relative,
    "hijri": _resolve_hijri,
}


def resolve_date(m: DateMention, published: date | None, tense: str | None = None) -> ResolvedDate | None:
    """The calendar date a mention stands for, given the publication date and the tense of its clause.

    tense: "past" (default when None) or "future". None when the mention needs a publication date that
    is missing, or names no valid day."""
    if tense not in (None, "past", "future"):
        raise ValueError(f"resolve_date: tense must be 'past', 'future' or None, not {tense!r}")
    resolver = _RESOLVERS.get(m.kind)
    if resolver is None:
        raise ValueError(f"resolve_date: unknown mention kind {m.kind!r}; expected one of {KINDS}")
    return resolver(m, published, tense)


# ---------------------------------------------------------------------------------------------------
# Publication date and war day

# "بيروت -", "KYIV,", "Amman / Tel Aviv -", or a lone place name ("الرياض 03 شعبان 1446 هـ", agency style)
# "إسلام آباد في 11 رجب", "أبو ظبي 3 مارس": a place of up to three words, "في" after it
_DATELINE_PREFIX = re.compile(r"[^\d\n]{0,60}?[-–—,:|/]|[^\W\d]+(?: [^\W\d]+){0,2}(?: في)?")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–—|(/]|,?[ \t]*[0-9]{1,2}:[0-9]{2}|الموافق)")   # "/قنا/", "(وام)"
DATELINE_WORDS = 5              # at most this many words (a place, an outlet) before a dateline's date


def _day_given(m: DateMention) -> bool:
    return m.day is not None and m.kind in ("full", "month_day", "hijri")


def _cue_before(original: str, start: int, p: _Patterns) -> int | None:
    """Where a "نشر في" / "Published:" cue starts, if one opens the line (or follows a | or - separator)
    right before `start`."""
    line_start = original.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 80)
    window = normalize(original[window_start:start])
    # a truncated window has no line start: search from 1 so that ^ cannot match
    found = p.publication_cue.search(window.text, 0 if window_start == line_start else 1)
    if not found:
        return None
    cue = found.start() + len(found.group()) - len(found.group().lstrip("|•·-–—/ \t"))
    return window_start + window.offsets[cue] if cue < len(window.offsets) else None


def _is_dateline(original: str, m: DateMention) -> int | None:
    """Where a dateline starts if the date opens its line: "بيروت - 17 آذار 2024", "KYIV, March 3, 2022 -"."""
    line_start = original.rfind("\n", 0, m.start) + 1
    prefix = original[line_start:m.start].strip()
    words = [word for word in prefix.split() if any(ch.isalpha() for ch in word)]
    if prefix and not (_DATELINE_PREFIX.fullmatch(prefix) and len(words) <= DATELINE_WORDS):
        return None
    # "بيروت - الثلاثاء 8 تموز 2025 استقبل الرئيس ...": a place and a dash before a full date open the line as a
    # dateline even when the story follows on the same line
    # ("Monday 3 March 2025 King Charles received ...": a weekday and a full date opening the line do the same)
    if not _DATELINE_AFTER.match(original, m.end) and not (prefix[-1:] in "-–—" and prefix and m.kind == "full") \
            and not (not prefix and m.kind == "full" and m.weekday is not None):
        return None
    return original.index(prefix, line_start) if prefix else m.start


def _publication_lines(text: str, lang: str | None, dates: list[DateMention] | None):
    """(mention, basis) for each dateline or publication line, best first: near the start, then footer."""
    head_end = PUBLICATION_HEAD + 100
    tail_start = max(head_end, len(text) - PUBLICATION_TAIL)
    for code in ("ar", "en") if lang is None else (lang,):
        p = _patterns(code)
        head = dates if dates is not None else find_dates(normalize(text[:head_end]), code)
        for m in head:
            if m.start >= PUBLICATION_HEAD:
                break
            if _day_given(m) and not m.since:
                begin = _cue_before(text, m.start, p)
                begin = _is_dateline(text, m) if begin is None else begin
                if begin is not None:
                    yield m, f'dateline "{text[begin:m.end].strip()}"'
        if dates is not None:
            tail = [m for m in dates if m.start >= tail_start]
        elif tail_start < len(text):
            tail = [replace(m, start=m.start + tail_start, end=m.end + tail_start)
                    for m in find_dates(normalize(text[tail_start:]), code)]
        else:
            tail = []
        for m in tail:
            begin = _cue_before(text, m.start, p) if _day_given(m) and not m.since else None
            if begin is not None:
                yield m, f'footer "{text[begin:m.end].strip()}"'


def find_dateline(text: str, lang: str | None,
                  dates: list[DateMention] | None = None) -> tuple[DateMention, str] | None:
    """The date of the first dateline or publication line, even one without a year ("KYIV, March 3
    (Reuters) -"), so that the caller can complete it from other evidence. Returns (mention, basis).

    dates: find_dates() of the whole text, if the caller has it (saves normalising the text again)."""
    return next(_publication_lines(text, lang, dates), None)


def find_publication_date(text: str, lang: str | None,
                          dates: list[DateMention] | None = None) -> tuple[date, str] | None:
    """A publication date stated in the text: a dateline or "نشر في"/"Published:" line near the start,
    or a "published"/"updated" line in the footer, with a full date. Returns (date, basis) or None.

    dates: find_dates() of the whole text, if the caller has it (saves normalising the text again)."""
    for m, basis in _publication_lines(text, lang, dates):
        resolved = resolve_date(m, None)
        if resolved:
            return resolved.date, basis
    return None


def _ordinal_value(m: re.Match, lang: str, w: DateWords) -> int | None:
    g = m.groupdict()
    if g.get("n") or g.get("n2"):
        return int(g.get("n") or g.get("n2"))
    if lang == "ar":
        return _arabic_ordinal_value(m, "o", w)
    e = w.ordinals_en
    if g["eu"]:
        return e["units"][g["eu"]] + (e["tens"][g["et"]] if g["et"] else 0)
    if g["eteen"]:
        return e["teens"][g["eteen"]]
    return e["tens_ordinal"][g["etord"]] if g["etord"] else None


def find_war_day(nt: NormText, lang: str | None) -> tuple[int, int, int] | None:
    """The ordinal day of fighting ("لليوم 28", "في يومها الـ28", "for the 28th day", "day 28 of the war").

    Returns (n, start, end) with ORIGINAL offsets, for the first such phrase that has a war word
    (الحرب، القتال، war, invasion ...) within 60 characters; None otherwise."""
    w = date_words()
    t = nt.text
    for code in ("ar", "en") if lang is None else (lang,):
        p = _patterns(code)
        months = w.months["ar"] if code == "ar" else w.months["en"]
        for anchor in p.war_anchor.finditer(t):
            m = _war_match(t, anchor.start(), anchor.end(), p)
            n = m and _ordinal_value(m, code, w)
            if not n or _next_word(t, m.end()).rstrip(".") in months:
                continue                                  # "اليوم 28 فبراير" is a date
            if p.war_context.search(t, max(0, m.start() - WAR_CONTEXT), m.end() + WAR_CONTEXT):
                start, end = nt.to_original(m.start("s"), m.end())
                return n, start, end
    return None


def _war_match(t: str, start: int, end: int, p: _Patterns) -> re.Match | None:
    """The war-day regex at the anchor's word ("لليوم", "يومها") or up to three words before "day"."""
    while start and t[start - 1].isalpha():
        start -= 1
    starts, pos = [start], start
    for _ in range(LOOKBACK_WORDS):
        if pos < 2 or t[pos - 1] != " ":
            break
        pos = t.rfind(" ", 0, pos - 1) + 1
        starts.append(pos)
    for candidate in reversed(starts):
        m = p.war.match(t, candidate)
        if m and m.end() >= end:
            return m
    return None
