"""The date words of lang/common/dates.yaml, loaded once, validated and normalised (used by diplo/dates.py).

Every problem is reported as DateWordsError naming the section and entry to fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

import yaml

from diplo.arabic import normalize_key

DATA_FILE = Path(__file__).parent / "lang" / "common" / "dates.yaml"


class DateWordsError(ValueError):
    """dates.yaml is malformed; the message names the entry to fix."""


@dataclass(frozen=True)
class WordExclusion:
    """Neighbouring words that make a weekday or relative-day form no date (see dates.yaml)."""
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    number_or_adjective_after: bool = False
    allowed: frozenset[str] = frozenset()
    not_at_line_end: bool = False


@dataclass(frozen=True)
class DateWords:
    """dates.yaml, validated, with Arabic forms normalised like document text."""
    months: dict[str, dict[str, int]]           # "ar" (all Gregorian families), "en", "hijri": form → 1..12
    month_abbreviations_en: frozenset[str]
    hijri_needs_year: frozenset[str]
    month_names_en: tuple[str, ...]
    hijri_month_names: tuple[str, ...]
    weekdays: dict[str, dict[str, int]]         # "ar" forms without ال, "en"
    weekday_names_en: tuple[str, ...]
    weekday_exclusions: dict[str, dict[int, WordExclusion]]
    relative_days: dict[str, dict[str, int]]
    relative_to_context: dict[str, dict[str, int]]    # phrase → days from the last date the article named
    relative_day_exclusions: dict[str, dict[str, WordExclusion]]
    times_of_day: dict[str, tuple[str, ...]]
    weekday_intro: tuple[str, ...]
    qualifiers: dict[str, dict[str, str]]       # form → last | next | this
    relative_years: dict[str, dict[str, int]]
    weekday_weeks: dict[str, dict[str, int]]    # "last week" after a weekday → -1: its week from publication's
    relative_months_ar: dict[str, int]          # "الشهر الماضي" → -1: a month after a day, from publication
    same_year: dict[str, tuple[str, ...]]       # phrases after a month: the year last named
    year_cues: dict[str, tuple[frozenset[str], frozenset[str]]]          # (phrase, before)
    month_cues_en: frozenset[str]
    month_cues_ar: frozenset[str]
    era_gregorian: tuple[str, ...]
    era_hijri: tuple[str, ...]
    since: dict[str, tuple[str, ...]]
    publication_cues: dict[str, tuple[str, ...]]
    war_intro_ar: tuple[str, ...]
    war_context: dict[str, tuple[str, ...]]
    ordinals_ar: dict[str, dict[str, int]]
    ordinal_teen_ar: str
    ordinals_en: dict[str, dict[str, int]]


def _fail(where: str, message: str) -> NoReturn:
    raise DateWordsError(f"{DATA_FILE.name}: {where}: {message}. Fix the entry and run tests/test_dates.py.")


def _norm(form: object, where: str, lang: str = "ar") -> str:
    if not isinstance(form, str) or not form.strip():
        _fail(where, f"expected a non-empty string, got {form!r}")
    return normalize_key(form) if lang == "ar" else form.strip().lower()


def _strings(raw: dict, key: str, where: str, lang: str = "ar") -> tuple[str, ...]:
    where = f"{where}.{key}" if where else key
    values = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(values, list) or not values:
        _fail(where, "expected a non-empty list of strings")
    return tuple(dict.fromkeys(_norm(v, where, lang) for v in values))


def _numbered(raw: object, where: str, count: int, lang: str, first: int = 1) -> dict[str, int]:
    """{number: [forms]} → {normalised form: number}; every number first..first+count-1 present once."""
    if not isinstance(raw, dict) or sorted(raw) != list(range(first, first + count)):
        _fail(where, f"expected keys {first}..{first + count - 1}, got {sorted(raw) if isinstance(raw, dict) else raw!r}")
    table: dict[str, int] = {}
    for number, forms in raw.items():
        if not isinstance(forms, list) or not forms:
            _fail(f"{where}.{number}", "expected a non-empty list of forms")
        for form in forms:
            key = _norm(form, f"{where}.{number}", lang)
            if table.get(key, number) != number:
                _fail(f"{where}.{number}", f"{form!r} already means {table[key]}")
            table[key] = number
    return table


def _offsets(raw: object, where: str, lang: str) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        _fail(where, "expected a mapping of phrase → integer")
    table = {}
    for form, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool):
            _fail(f"{where}.{form}", f"expected an integer, got {value!r}")
        table[_norm(form, where, lang)] = value
    return table


def _exclusions(raw: object, where: str, lang: str, key_name: str, known) -> dict:
    """A list of {weekday|form, before, after, number_or_adjective_after, allowed} rules, by key."""
    rules = {}
    for i, rule in enumerate(raw or []):
        here = f"{where}[{i}]"
        key = rule.get(key_name) if isinstance(rule, dict) else None
        key = _norm(key, here, lang) if isinstance(key, str) else key
        if key not in known:
            _fail(here, f"`{key_name}` must name a known {key_name}, not {key!r}")
        if key in rules:
            _fail(here, f"{key_name} {rule[key_name]!r} has two rules; merge them")
        words = {name: frozenset(_norm(word, f"{here}.{name}", lang) for word in rule.get(name, []))
                 for name in ("before", "after", "allowed")}
        flags = {name: bool(rule.get(name, False)) for name in ("number_or_adjective_after", "not_at_line_end")}
        if not (words["before"] or words["after"] or any(flags.values())):
            _fail(here, "needs `before`, `after`, `number_or_adjective_after` or `not_at_line_end`")
        rules[key] = WordExclusion(words["before"], words["after"], allowed=words["allowed"], **flags)
    return rules


@lru_cache(maxsize=None)
def date_words(path: Path = DATA_FILE) -> DateWords:
    """Load and validate dates.yaml (cached)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DateWordsError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        _fail("top level", "expected a mapping")
    for key in ("months", "hijri_needs_year", "hijri_month_names", "weekdays", "weekday_exclusions", "relative_days",
                "relative_to_context",
                "relative_day_exclusions", "times_of_day", "weekday_intro", "qualifiers", "relative_years",
                "same_year", "year_cues", "month_cues", "era", "since", "publication_cues", "war_day", "ordinals"):
        if key not in raw:
            _fail(key, "missing section")
        if key not in ("hijri_needs_year", "hijri_month_names") and not isinstance(raw[key], dict):
            _fail(key, "expected a mapping")

    months_raw = raw["months"]
    ar: dict[str, int] = {}
    for family in ("gregorian_ar", "levant", "maghreb"):
        for form, month in _numbered(months_raw.get(family), f"months.{family}", 12, "ar").items():
            if ar.get(form, month) != month:
                _fail(f"months.{family}.{month}", f"{form!r} means month {ar[form]} in another family")
            ar[form] = month
    hijri = _numbered(months_raw.get("hijri"), "months.hijri", 12, "ar")
    clash = set(ar) & set(hijri)
    if clash:
        _fail("months.hijri", f"{sorted(clash)} are also Gregorian month names")
    en = _numbered(months_raw.get("en"), "months.en", 12, "en")
    names_en = tuple(months_raw["en"][m][0] for m in range(1, 13))
    abbreviations = frozenset(f.lower() for m in range(1, 13) for f in months_raw["en"][m][1:])

    hijri_names = tuple(raw["hijri_month_names"])
    if len(hijri_names) != 12 or not all(isinstance(n, str) and n for n in hijri_names):
        _fail("hijri_month_names", "expected the 12 English names of the Hijri months")

    weekdays = {lang: _numbered(raw["weekdays"].get(lang), f"weekdays.{lang}", 7, lang, first=0)
                for lang in ("ar", "en")}
    for form in weekdays["ar"]:
        if not form.startswith("ال"):
            _fail("weekdays.ar", f"{form!r} must be written with its article ال")
    weekdays["ar"] = {form[2:]: day for form, day in weekdays["ar"].items()}
    weekday_names = tuple(raw["weekdays"]["en"][d][0] for d in range(7))

    relative_days = {lang: _offsets(raw["relative_days"].get(lang), f"relative_days.{lang}", lang)
                     for lang in ("ar", "en")}
    weekday_exclusions = {lang: _exclusions(raw["weekday_exclusions"].get(lang), f"weekday_exclusions.{lang}",
                                            lang, "weekday", range(7))
                          for lang in ("ar", "en")}
    relative_day_exclusions = {lang: _exclusions(raw["relative_day_exclusions"].get(lang),
                                                 f"relative_day_exclusions.{lang}", lang, "form", relative_days[lang])
                               for lang in ("ar", "en")}
    qualifiers: dict[str, dict[str, str]] = {}
    for lang in ("ar", "en"):
        table: dict[str, str] = {}
        for qualifier in ("last", "next", "this"):
            for form in _strings(raw["qualifiers"].get(lang) or {}, qualifier, f"qualifiers.{lang}", lang):
                if table.get(form, qualifier) != qualifier:
                    _fail(f"qualifiers.{lang}.{qualifier}", f"{form!r} is also {table[form]!r}")
                table[form] = qualifier
        qualifiers[lang] = table
    year_cues = {lang: (frozenset(_strings(raw["year_cues"].get(lang), "phrase", f"year_cues.{lang}", lang)),
                        frozenset(_strings(raw["year_cues"].get(lang), "before", f"year_cues.{lang}", lang)))
                 for lang in ("ar", "en")}
    needs_year = frozenset(_strings(raw, "hijri_needs_year", ""))
    if not needs_year <= set(hijri):
        _fail("hijri_needs_year", f"{sorted(needs_year - set(hijri))} are not Hijri month forms")
    war = {lang: raw["war_day"].get(lang) or {} for lang in ("ar", "en")}
    ordinals = {lang: raw["ordinals"].get(lang) or {} for lang in ("ar", "en")}
    return DateWords(
        months={"ar": ar, "en": en, "hijri": hijri},
        month_abbreviations_en=abbreviations,
        hijri_needs_year=needs_year,
        month_names_en=names_en,
        hijri_month_names=hijri_names,
        weekdays=weekdays,
        weekday_names_en=weekday_names,
        weekday_exclusions=weekday_exclusions,
        relative_days=relative_days,
        relative_to_context={lang: _offsets(raw["relative_to_context"].get(lang), f"relative_to_context.{lang}", lang)
                             for lang in ("ar", "en")},
        relative_day_exclusions=relative_day_exclusions,
        times_of_day={lang: _strings(raw["times_of_day"], lang, "times_of_day", lang) for lang in ("ar", "en")},
        weekday_intro=_strings(raw["weekday_intro"], "ar", "weekday_intro"),
        qualifiers=qualifiers,
        relative_years={lang: _offsets(raw["relative_years"].get(lang), f"relative_years.{lang}", lang)
                        for lang in ("ar", "en")},
        weekday_weeks={lang: _offsets((raw.get("weekday_weeks") or {}).get(lang), f"weekday_weeks.{lang}", lang)
                       for lang in ("ar", "en")},
        relative_months_ar=_offsets((raw.get("relative_months") or {}).get("ar"), "relative_months.ar", "ar"),
        same_year={lang: _strings(raw["same_year"], lang, "same_year", lang) for lang in ("ar", "en")},
        year_cues=year_cues,
        month_cues_en=frozenset(_strings(raw["month_cues"], "en", "month_cues", "en")),
        month_cues_ar=frozenset(_strings(raw["month_cues"], "ar", "month_cues", "ar")),
        era_gregorian=_strings(raw["era"], "gregorian", "era"),
        era_hijri=_strings(raw["era"], "hijri", "era"),
        since={lang: _strings(raw["since"], lang, "since", lang) for lang in ("ar", "en")},
        publication_cues={lang: _strings(raw["publication_cues"], lang, "publication_cues", lang)
                          for lang in ("ar", "en")},
        war_intro_ar=_strings(war["ar"], "intro", "war_day.ar"),
        war_context={lang: _strings(war[lang], "context", f"war_day.{lang}", lang) for lang in ("ar", "en")},
        ordinals_ar={part: _offsets(ordinals["ar"].get(part), f"ordinals.ar.{part}", "ar")
                     for part in ("units", "ten", "tens")},
        ordinal_teen_ar=_norm(ordinals["ar"].get("teen_marker"), "ordinals.ar.teen_marker"),
        ordinals_en={part: _offsets(ordinals["en"].get(part), f"ordinals.en.{part}", "en")
                     for part in ("units", "teens", "tens", "tens_ordinal")},
    )
