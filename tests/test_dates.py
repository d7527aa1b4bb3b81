"""Dates in news text: which phrases are dates, what they resolve to, datelines, war days, the date words."""
from __future__ import annotations

from datetime import date

import pytest
import yaml

from diplo.arabic import normalize
from diplo.date_words import DATA_FILE, DateWordsError, date_words
from diplo.dates import (KINDS, DateMention, find_dateline, find_dates, find_publication_date, find_war_day,
                         resolve_date)

WED = date(2022, 3, 23)          # the seed article's publication day, a Wednesday


def mentions(text: str, lang: str) -> list[DateMention]:
    found = find_dates(normalize(text), lang)
    for m in found:
        assert text[m.start:m.end] == m.text, m
        assert m.kind in KINDS
    return found


def only(text: str, lang: str) -> DateMention:
    found = mentions(text, lang)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# ---------------------------------------------------------------------------------------------------
# Which phrases are dates: (text, the phrase found, fields it must carry)

ARABIC = [
    # today before the title the sentence goes on with (not an adjective: اليوم العالمي, اليوم التالي)
    ("والتقى العليمي في الرياض اليوم السفير الأمريكي لدى اليمن", "اليوم", dict(kind="relative_day")),
    ("واستقبل الرئيس اليوم المبعوث الأممي", "اليوم", dict(kind="relative_day")),
    # Egyptian/Gulf month names
    ("وقعت الهجمات في 24 فبراير", "24 فبراير", dict(kind="month_day", month=2, day=24, year=None)),
    ("بدأت الحرب في 24 فبراير 2022 فجرا", "24 فبراير 2022", dict(kind="full", year=2022, month=2, day=24)),
    ("بدأت الحرب في ٢٤ فبراير ٢٠٢٢", "٢٤ فبراير ٢٠٢٢", dict(kind="full", year=2022, month=2, day=24)),
    ("اجتمعا في 3 إبريل", "3 إبريل", dict(month=4, day=3)),
    ("اجتمعا في 3 ابريل", "3 ابريل", dict(month=4, day=3)),
    ("القمة في 9 يونيه", "9 يونيه", dict(month=6, day=9)),
    ("القمة في 9 يوليه 2023", "9 يوليه 2023", dict(kind="full", month=7, year=2023)),
    ("زار القاهرة في 15 أغسطس", "15 أغسطس", dict(month=8, day=15)),
    # Levantine
    ("وصل الوفد في 24 شباط", "24 شباط", dict(month=2, day=24)),
    ("وصل الوفد في 5 آذار 2022", "5 آذار 2022", dict(kind="full", month=3, year=2022)),
    ("في 5 كانون الثاني 2023", "5 كانون الثاني 2023", dict(kind="full", month=1, day=5, year=2023)),
    ("في 1 تشرين الأول", "1 تشرين الأول", dict(month=10, day=1)),
    ("في 30 تشرين الثاني", "30 تشرين الثاني", dict(month=11, day=30)),
    ("في 25 كانون الأول", "25 كانون الأول", dict(month=12, day=25)),
    ("في 14 تموز", "14 تموز", dict(month=7, day=14)),
    ("في 4 آب 2020", "4 آب 2020", dict(kind="full", month=8, year=2020)),
    ("وقع في 24 شباط/فبراير 2022", "24 شباط/فبراير 2022", dict(kind="full", month=2, day=24, year=2022)),
    ("وقع في 24 فبراير (شباط) 2022", "24 فبراير (شباط) 2022", dict(kind="full", month=2, year=2022)),
    # Maghreb
    ("التقى الوزيران في 12 فيفري", "12 فيفري", dict(month=2, day=12)),
    ("في 1 جانفي 2024", "1 جانفي 2024", dict(kind="full", month=1, year=2024)),
    ("في 9 أفريل", "9 أفريل", dict(month=4, day=9)),
    ("في 8 ماي", "8 ماي", dict(month=5, day=8)),
    ("في 5 جويلية", "5 جويلية", dict(month=7, day=5)),
    ("في 20 أوت", "20 أوت", dict(month=8, day=20)),
    ("في 20 غشت", "20 غشت", dict(month=8, day=20)),
    ("في 11 دجنبر", "11 دجنبر", dict(month=12, day=11)),
    # article, من, شهر
    ("منذ الـ24 من فبراير", "الـ24 من فبراير", dict(kind="month_day", month=2, day=24)),
    ("في 24 من شهر فبراير", "24 من شهر فبراير", dict(kind="month_day", month=2, day=24)),
    ("في الـ24 من شهر فبراير عام 2022", "الـ24 من شهر فبراير عام 2022", dict(kind="full", year=2022)),
    ("وفي 3 مارس المقبل", "3 مارس المقبل", dict(kind="month_day", qualifier="next")),
    # ordinal days
    ("منذ السابع من أكتوبر الماضي", "السابع من أكتوبر الماضي", dict(kind="month_day", month=10, day=7, since=True)),
    ("في الأول من أبريل", "الأول من أبريل", dict(kind="month_day", month=4, day=1)),
    ("على خطوط الرابع من حزيران 1967", "الرابع من حزيران 1967", dict(kind="full", year=1967, month=6, day=4)),
    ("هجمات الحادي عشر من سبتمبر", "الحادي عشر من سبتمبر", dict(month=9, day=11)),
    ("في الحادي والعشرين من شهر مارس", "الحادي والعشرين من شهر مارس", dict(month=3, day=21)),
    ("في العشرين من كانون الثاني الجاري", "العشرين من كانون الثاني الجاري", dict(day=20, qualifier="this")),
    ("يوم الثلاثاء الرابع من مارس 2025", "يوم الثلاثاء الرابع من مارس 2025", dict(kind="full", weekday=1, day=4)),
    ("في 24 فبراير من العام الماضي", "24 فبراير من العام الماضي", dict(kind="month_day", year_offset=-1)),
    # numeric
    ("نشر في 2022/03/17 مساء", "2022/03/17", dict(kind="full", year=2022, month=3, day=17)),
    ("بتاريخ 17/3/2022", "17/3/2022", dict(kind="full", year=2022, month=3, day=17)),
    ("بتاريخ 17-03-2022", "17-03-2022", dict(kind="full", year=2022, month=3, day=17)),
    ("بتاريخ ١٧/٣/٢٠٢٢", "١٧/٣/٢٠٢٢", dict(kind="full", year=2022, month=3, day=17)),
    # Hijri
    ("الأربعاء 20 شعبان 1443 هـ", "الأربعاء 20 شعبان 1443 هـ",
     dict(kind="hijri", calendar="hijri", year=1443, month=8, day=20, weekday=2)),
    ("في 20 شعبان 1443هـ", "20 شعبان 1443هـ", dict(kind="hijri", year=1443, month=8, day=20)),
    ("في 20 شعبان", "20 شعبان", dict(kind="hijri", year=None, month=8, day=20)),
    ("في 1 ربيع الآخر 1444 هـ", "1 ربيع الآخر 1444 هـ", dict(kind="hijri", month=4)),
    ("في 1 ربيع الثاني 1444 هـ", "1 ربيع الثاني 1444 هـ", dict(kind="hijri", month=4)),
    ("في 1 جمادى الأولى 1444 هـ", "1 جمادى الأولى 1444 هـ", dict(kind="hijri", month=5)),
    ("في 2 جمادى الآخرة 1444 هـ", "2 جمادى الآخرة 1444 هـ", dict(kind="hijri", month=6)),
    ("يوم 10 ذي الحجة", "10 ذي الحجة", dict(kind="hijri", month=12, day=10)),
    ("في 1443/08/20 هـ", "1443/08/20 هـ", dict(kind="hijri", year=1443, month=8, day=20)),
    ("خلال شهر رمضان", "شهر رمضان", dict(kind="hijri", month=9, day=None, year=None)),
    # months and years without a day
    ("في فبراير 2022", "فبراير 2022", dict(kind="month_year", year=2022, month=2)),
    ("في فبراير الماضي", "فبراير الماضي", dict(kind="month", month=2, qualifier="last")),
    ("منذ شهر آذار", "شهر آذار", dict(kind="month", month=3)),
    ("في مارس من العام الماضي", "مارس من العام الماضي", dict(kind="month_year", month=3, year_offset=-1)),
    ("منذ عام 2014", "عام 2014", dict(kind="year", year=2014, since=True)),
    ("القرار الصادر لعام 2015", "لعام 2015", dict(kind="year", year=2015)),
    ("في 2022م", "2022م", dict(kind="year", year=2022)),
    ("منذ 2014", "2014", dict(kind="year", year=2014, since=True)),
    ("خلال العام الماضي", "العام الماضي", dict(kind="year", year=None, year_offset=-1)),
    # weekdays
    ("وقال في بيان، الأربعاء، إن", "الأربعاء", dict(kind="weekday", weekday=2, qualifier=None)),
    ("أعلن الإليزيه الثلاثاء أن", "الثلاثاء", dict(kind="weekday", weekday=1)),
    ("اتصل به والثلاثاء أيضا", "الثلاثاء", dict(kind="weekday", weekday=1)),
    ("أعلن يوم الإثنين", "يوم الإثنين", dict(kind="weekday", weekday=0)),
    ("أعلن يوم الاثنين", "يوم الاثنين", dict(kind="weekday", weekday=0)),
    ("تعقد القمة الخميس المقبل", "الخميس المقبل", dict(kind="weekday", weekday=3, qualifier="next")),
    ("تعقد القمة يوم الخميس القادم", "يوم الخميس القادم", dict(weekday=3, qualifier="next")),
    ("التقيا الجمعة الماضية", "الجمعة الماضية", dict(weekday=4, qualifier="last")),
    ("التقيا السبت الماضي", "السبت الماضي", dict(weekday=5, qualifier="last")),
    ("وصل مساء الأحد", "مساء الأحد", dict(weekday=6)),
    ("وصل صباح يوم الأحد", "صباح يوم الأحد", dict(weekday=6)),
    ("الثلاثاء 22 مارس", "الثلاثاء 22 مارس", dict(kind="month_day", weekday=1, month=3, day=22)),
    ("الثلاثاء الموافق 22 مارس 2022", "الثلاثاء الموافق 22 مارس 2022", dict(kind="full", weekday=1)),
    # relative days
    ("قال أمس إن", "أمس", dict(kind="relative_day", offset_days=-1)),
    ("قال امس إن", "امس", dict(kind="relative_day", offset_days=-1)),
    ("وقال بالأمس", "بالأمس", dict(offset_days=-1)),
    ("وقال أول أمس", "أول أمس", dict(offset_days=-2)),
    ("وقال أول من أمس", "أول من أمس", dict(offset_days=-2)),
    ("يصل غداً إلى", "غداً", dict(offset_days=1)),
    ("يصل غدا إلى", "غدا", dict(offset_days=1)),
    ("يصل بعد غد إلى", "بعد غد", dict(offset_days=2)),
    ("وصل مساء أمس إلى", "مساء أمس", dict(offset_days=-1)),
    ("وصل صباح اليوم إلى", "صباح اليوم", dict(offset_days=0)),
    ("قال اليوم إن", "اليوم", dict(offset_days=0)),
    ("يصل اليوم إلى موسكو", "اليوم", dict(offset_days=0)),
    ("قصفت الليلة الماضية", "الليلة الماضية", dict(offset_days=-1)),
    ("اليوم الاثنين", "اليوم الاثنين", dict(kind="relative_day", offset_days=0, weekday=0)),
    ("قبل يومين", "قبل يومين", dict(offset_days=-2)),
]


@pytest.mark.parametrize("lang, text, phrase, year", [
    ("ar", "سحبت الجزائر سفيرها في مارس 2022، ثم علقت في جوان من العام نفسه معاهدة الصداقة.", "جوان من العام نفسه", 2022),
    ("ar", "وقع الاتفاق في 5 مايو 2023 وألغي في 3 أغسطس من نفس العام.", "3 أغسطس من نفس العام", 2023),
    ("en", "Algeria recalled its envoy in March 2022 and suspended the treaty in June of the same year.",
     "June of the same year", 2022),
])
def test_a_month_in_the_same_year_takes_the_year_last_named(lang, text, phrase, year):
    last = find_dates(normalize(text), lang)[-1]
    assert (last.text, last.year) == (phrase, year)


@pytest.mark.parametrize("text, phrase, fields", [
    # a day "of it": of the month the text named last, in that month's year when it has one
    ("وصل هوكستين إلى بيروت في التاسع عشر من تشرين الثاني، ثم اجتمع بنتنياهو في الحادي والعشرين منه.",
     "الحادي والعشرين منه", (None, 11, 21)),
    ("وصل إلى بيروت في 19 نوفمبر 2024، ثم التقى نتنياهو في 21 منه.", "21 منه", (2024, 11, 21)),
])
def test_a_day_of_the_month_last_named(text, phrase, fields):
    last = find_dates(normalize(text), "ar")[-1]
    assert (last.text, (last.year, last.month, last.day)) == (phrase, fields)


@pytest.mark.parametrize("text, lang, expected", [
    # the weekday before last: a week before the last such day
    ("وكانت إسرائيل قد أعلنت يوم السبت قبل الماضي سحب دبلوماسييها", "ar", date(2023, 10, 28)),
    ("Israel recalled its diplomats on Saturday before last.", "en", date(2023, 10, 28)),
    ("وكانت إسرائيل قد أعلنت يوم السبت الماضي سحب دبلوماسييها", "ar", date(2023, 11, 4)),
])
def test_the_weekday_before_last(text, lang, expected):
    found = find_dates(normalize(text), lang)
    assert [resolve_date(m, date(2023, 11, 5), "past").date for m in found] == [expected]


@pytest.mark.parametrize("text", [
    "طلب منه الرئيس مغادرة القاعة.",     # "منه" after no day: "of him"
    "اجتمع الوزير بنظيره في الحادي والعشرين منه.",     # no month named before: no date
])
def test_of_it_with_no_day_or_month_before_is_no_date(text):
    assert find_dates(normalize(text), "ar") == []


@pytest.mark.parametrize("text, phrase, fields", ARABIC)
def test_arabic_date_phrases(text, phrase, fields):
    m = only(text, "ar")
    assert m.text == phrase
    for name, value in fields.items():
        assert getattr(m, name) == value, name


ENGLISH = [
    ("The talks on March 22 failed.", "March 22", dict(kind="month_day", month=3, day=22)),
    # a month and day at the end of a sentence ("on March 4.") and an abbreviated month
    ("The Arab League held an emergency summit in Cairo on March 4.", "March 4", dict(kind="month_day", month=3, day=4)),
    ("They met on Dec. 4. Nothing came of it.", "Dec. 4", dict(kind="month_day", month=12, day=4)),
    ("On 22 March 2022 they met.", "22 March 2022", dict(kind="full", year=2022, month=3, day=22)),
    ("On March 22, 2022 they met.", "March 22, 2022", dict(kind="full", year=2022, month=3, day=22)),
    ("It was the 22nd of March.", "22nd of March", dict(kind="month_day", month=3, day=22)),
    ("Talks resumed Jan. 5 in Geneva.", "Jan. 5", dict(kind="month_day", month=1, day=5)),
    ("Published 2022-03-22.", "2022-03-22", dict(kind="full", year=2022, month=3, day=22)),
    ("Dated 3/22/2022 in the file.", "3/22/2022", dict(kind="full", year=2022, month=3, day=22)),
    ("The summit opened on Tuesday.", "Tuesday", dict(kind="weekday", weekday=1)),
    ("He spoke last Tuesday.", "last Tuesday", dict(kind="weekday", weekday=1, qualifier="last")),
    ("They will meet next Thursday.", "next Thursday", dict(weekday=3, qualifier="next")),
    ("Leaders gather next Thursday and Friday.", "next Thursday and Friday", dict(weekday=3, qualifier="next")),
    ("Strikes hit Kyiv on Tuesday night.", "Tuesday night", dict(weekday=1)),
    ("Tuesday, March 22 was quiet.", "Tuesday, March 22", dict(kind="month_day", weekday=1, day=22)),
    ("The minister said yesterday that", "yesterday", dict(kind="relative_day", offset_days=-1)),
    ("The minister said today that", "today", dict(offset_days=0)),
    ("The minister will fly tomorrow.", "tomorrow", dict(offset_days=1)),
    ("The envoy arrived the day before yesterday.", "the day before yesterday", dict(offset_days=-2)),
    ("Shelling resumed last night.", "last night", dict(offset_days=-1)),
    ("Sanctions were imposed in March.", "March", dict(kind="month", month=3)),
    ("Sanctions were imposed last May.", "last May", dict(kind="month", month=5, qualifier="last")),
    ("Elections were held in May 2022.", "May 2022", dict(kind="month_year", year=2022, month=5)),
    ("Crimea was annexed in 2014.", "2014", dict(kind="year", year=2014)),
    ("Growth slowed in mid-2022.", "mid-2022", dict(kind="year", year=2022)),
    ("Prices rose last year.", "last year", dict(kind="year", year_offset=-1)),
    ("They met February 24 last year.", "February 24 last year", dict(kind="month_day", year_offset=-1)),
]


@pytest.mark.parametrize("text, phrase, fields", ENGLISH)
def test_english_date_phrases(text, phrase, fields):
    m = only(text, "en")
    assert m.text == phrase
    for name, value in fields.items():
        assert getattr(m, name) == value, name


def _all_month_forms():
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["months"]
    for family, months in raw.items():
        for number, forms in months.items():
            for form in forms:
                yield family, number, form


@pytest.mark.parametrize("family, number, form", list(_all_month_forms()))
def test_every_month_form_in_the_data_is_recognised(family, number, form):
    lang = "en" if family == "en" else "ar"
    year = 1443 if family == "hijri" else 2022
    text = f"{'on' if lang == 'en' else 'في'} 3 {form} {year}"
    m = only(text, lang)
    assert (m.month, m.day, m.year) == (number, 3, year)
    assert m.calendar == ("hijri" if family == "hijri" else "gregorian")


# ---------------------------------------------------------------------------------------------------
# Not dates

NOT_DATES_AR = [
    "ويأتي الاتفاق قبل أسبوع من القمة العربية",     # counted from the summit, not a week before publication
    "أدى المصلون صلاة الجمعة في المسجد",
    "قال خطيب الجمعة إن",
    "استمر القتال لليوم 28 على التوالي",
    "في اليوم 28 من الحرب",
    "وفي اليوم التالي عاد الوفد",
    "وفي صباح اليوم التالي عاد الوفد",
    "احتفل باليوم العالمي للمرأة",
    "في ذلك اليوم لم يحدث شيء",
    "في اليوم الذي سقطت فيه المدينة",
    "صدر القرار 2334 عن مجلس الأمن",
    "القرار رقم 2231",
    "اتفق كلا الاثنين على الهدنة",
    "فاز الأحد عشر لاعبا",
    "قال أحد المسؤولين إن",
    "مارس الرئيس ضغوطا على الحكومة",
    "اشترى سيارة نيسان جديدة",
    "استقبل رجب طيب أردوغان ضيفه",
    "خلال 24 ساعة",
    "في الساعة 10:32 صباحا",
    "بلغت الخسائر 3.5 مليار دولار",
    "نشر كتاب جديد عن الحرب",
    "نسبة صفر بالمئة",
    "فاز الفريق 3 صفر",
    "انتهى الاجتماع بعد ساعتين",
    "في عالم هو في أمس الحاجة إليها",
    "هذا الإنجاز الثاني من نوعه",
]


@pytest.mark.parametrize("text", NOT_DATES_AR)
def test_arabic_non_dates(text):
    assert [m.text for m in mentions(text, "ar")] == []


NOT_DATES_EN = [
    "Troops march on the capital.",
    "Talks may 5 times fail.",
    "Resolution 2334 was adopted.",
    "May God protect them, he said.",
    "The fighting continued for the 28th day.",
    "It took an hour.",
    "They meet on Tuesdays.",
    "Crowds gathered after Friday prayers.",
    "Shops opened on Good Friday.",
    "Inflation hit 2022 levels of 7.5 percent.",
    "Growth slowed in the year to March 4.5 percent.",
]


@pytest.mark.parametrize("text", NOT_DATES_EN)
def test_english_non_dates(text):
    assert [m.text for m in mentions(text, "en")] == []


# ---------------------------------------------------------------------------------------------------
# Offsets point into the original text, diacritics and tatweel included

OFFSETS = [
    ("أعلن يومَ الثُّلاثاءِ أن", "ar", "يومَ الثُّلاثاءِ"),
    ("منذ الـــ24 من فبرايرَ الماضي", "ar", "الـــ24 من فبرايرَ الماضي"),
    ("يصل غداً", "ar", "غداً"),
    ("ووصل الوفد مساءَ أمسِ", "ar", "مساءَ أمسِ"),
    ("في ٢٤ شُبَاط ٢٠٢٢", "ar", "٢٤ شُبَاط ٢٠٢٢"),
    ("قالت\u200f الخارجية  الأربعاء\u200f", "ar", "الأربعاء\u200f"),
    ("He said   on\nTuesday  night that", "en", "Tuesday  night"),
]


@pytest.mark.parametrize("text, lang, phrase", OFFSETS)
def test_offsets_map_to_the_original_text(text, lang, phrase):
    m = only(text, lang)
    assert text[m.start:m.end] == phrase
    assert m.start == text.index(phrase)


def test_a_weekday_is_not_glued_to_the_line_before():
    text = "مبادرة لحماية المدنيين – جدة اليوم\n\nالجمعة 22 شوال 1444هـ الموافق 12 مايو 2023م"
    assert [m.text for m in mentions(text, "ar")] == ["الجمعة 22 شوال 1444هـ", "12 مايو 2023م"]


def test_a_relative_day_is_not_glued_to_the_weekday_of_the_next_line():
    text = "وصل الوفد أمس\nالجمعة 22 شوال 1444هـ موعد القمة"
    assert [m.text for m in mentions(text, "ar")] == ["أمس", "الجمعة 22 شوال 1444هـ"]


@pytest.mark.parametrize("text", ["مسقط – عُمان اليوم\n\nأعلن الوزير", "الحقوق محفوظة لصحيفة جدة اليوم © 1444هـ"])
def test_an_outlet_named_today_is_no_date(text):
    assert [m.text for m in mentions(text, "ar")] == []


def test_mentions_come_in_text_order_without_overlaps():
    text = ("أعلن الإليزيه الثلاثاء أن ماكرون تحدث مع بوتين، ومن المنتظر أن تعقد القمة الخميس، "
            "منذ بدء الحرب في 24 فبراير 2022، وقال أمس إن الاجتماع في 2022/03/25.")
    found = mentions(text, "ar")
    assert [m.text for m in found] == ["الثلاثاء", "الخميس", "24 فبراير 2022", "أمس", "2022/03/25"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


SINCE = [
    ("منذ 24 فبراير", "ar", True),
    ("منذ بدء الحرب على أوكرانيا في 24 فبراير", "ar", True),
    ("ومنذ الثلاثاء", "ar", True),
    ("منذ أسابيع، وفي 24 فبراير بدأ الهجوم", "ar", False),
    ("التقيا في 24 فبراير", "ar", False),
    ("since the war began on February 24", "en", True),
    ("since March 3", "en", True),
    ("They met on March 3", "en", False),
]


@pytest.mark.parametrize("text, lang, expected", SINCE)
def test_since(text, lang, expected):
    assert only(text, lang).since is expected


def test_seed_article():
    text = (DATA_FILE.parents[3] / "seeds" / "000_3ba929ae3eb71c74.txt").read_text(encoding="utf-8")
    found = mentions(text, "ar")
    assert [(m.text, m.kind) for m in found] == [
        ("الأربعاء", "weekday"), ("الثلاثاء", "weekday"), ("24 فبراير", "month_day"),
        ("الخميس", "weekday"), ("الأربعاء", "weekday")]
    assert found[2].since
    n, start, end = find_war_day(normalize(text), "ar")
    assert (n, text[start:end]) == (28, "لليوم 28")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language"):
        find_dates(normalize("24 فبراير"), "fr")


def test_language_none_runs_both():
    text = "قال أمس. He said yesterday."
    assert [m.text for m in find_dates(normalize(text), None)] == ["أمس", "yesterday"]


# ---------------------------------------------------------------------------------------------------
# Resolution: published × phrase × tense → date

RESOLVE = [
    # (published, text, lang, tense, expected date, precision)
    (WED, "الثلاثاء", "ar", "past", date(2022, 3, 22), "day"),
    (WED, "الأربعاء", "ar", "past", date(2022, 3, 23), "day"),
    (WED, "الخميس", "ar", "future", date(2022, 3, 24), "day"),
    (WED, "الخميس", "ar", "past", date(2022, 3, 17), "day"),
    (WED, "الخميس", "ar", None, date(2022, 3, 17), "day"),
    (WED, "الأربعاء", "ar", "future", date(2022, 3, 23), "day"),
    (WED, "الأربعاء الماضي", "ar", None, date(2022, 3, 16), "day"),
    (WED, "الأربعاء المقبل", "ar", None, date(2022, 3, 30), "day"),
    (WED, "الثلاثاء المقبل", "ar", "past", date(2022, 3, 29), "day"),
    (WED, "الخميس الماضي", "ar", "future", date(2022, 3, 17), "day"),
    (WED, "أمس", "ar", "past", date(2022, 3, 22), "day"),
    (WED, "أمس", "ar", "future", date(2022, 3, 22), "day"),
    (WED, "قال اليوم إن", "ar", None, date(2022, 3, 23), "day"),
    (WED, "غداً", "ar", None, date(2022, 3, 24), "day"),
    (WED, "أول أمس", "ar", None, date(2022, 3, 21), "day"),
    (WED, "مساء غد الخميس", "ar", None, date(2022, 3, 24), "day"),
    (WED, "صباح غد", "ar", None, date(2022, 3, 24), "day"),
    (WED, "24 فبراير", "ar", "past", date(2022, 2, 24), "day"),
    (WED, "24 فبراير", "ar", "future", date(2023, 2, 24), "day"),
    (WED, "24 مارس", "ar", "future", date(2022, 3, 24), "day"),
    (WED, "24 مارس", "ar", "past", date(2021, 3, 24), "day"),
    (WED, "23 مارس", "ar", "past", date(2022, 3, 23), "day"),
    (WED, "25 ديسمبر", "ar", "past", date(2021, 12, 25), "day"),
    (WED, "3 مارس المقبل", "ar", None, date(2023, 3, 3), "day"),
    (WED, "السابع من أكتوبر الماضي", "ar", None, date(2021, 10, 7), "day"),
    (date(2025, 1, 16), "العشرين من كانون الثاني الجاري", "ar", "past", date(2025, 1, 20), "day"),
    (date(2025, 1, 16), "كانون الثاني الجاري", "ar", None, date(2025, 1, 1), "month"),
    (date(2022, 3, 1), "29 فبراير", "ar", "past", date(2020, 2, 29), "day"),
    (WED, "24 فبراير من العام الماضي", "ar", None, date(2021, 2, 24), "day"),
    (WED, "24 فبراير 2022", "ar", None, date(2022, 2, 24), "day"),
    (None, "24 فبراير 2022", "ar", None, date(2022, 2, 24), "day"),
    (WED, "فبراير 2022", "ar", None, date(2022, 2, 1), "month"),
    (WED, "فبراير الماضي", "ar", None, date(2022, 2, 1), "month"),
    (WED, "مارس الماضي", "ar", None, date(2021, 3, 1), "month"),
    (WED, "عام 2014", "ar", None, date(2014, 1, 1), "year"),
    (WED, "العام الماضي", "ar", None, date(2021, 1, 1), "year"),
    (WED, "20 شعبان 1443 هـ", "ar", None, date(2022, 3, 23), "day"),
    (WED, "20 شعبان", "ar", "past", date(2022, 3, 23), "day"),
    (WED, "1 رمضان", "ar", "future", date(2022, 4, 2), "day"),
    (WED, "1 رمضان", "ar", "past", date(2021, 4, 13), "day"),
    (WED, "on Tuesday", "en", "past", date(2022, 3, 22), "day"),
    (WED, "on Thursday", "en", "future", date(2022, 3, 24), "day"),
    (WED, "last Wednesday", "en", None, date(2022, 3, 16), "day"),
    (WED, "next Wednesday", "en", None, date(2022, 3, 30), "day"),
    (WED, "yesterday", "en", None, date(2022, 3, 22), "day"),
    (WED, "tomorrow", "en", None, date(2022, 3, 24), "day"),
    (WED, "March 22", "en", "past", date(2022, 3, 22), "day"),
    (WED, "in March", "en", "past", date(2022, 3, 1), "month"),
    (WED, "next year", "en", None, date(2023, 1, 1), "year"),
    # a day of a month named relative to publication
    (WED, "الرابع عشر من الشهر الجاري", "ar", None, date(2022, 3, 14), "day"),
    (WED, "يوم 25 من الشهر الماضي", "ar", None, date(2022, 2, 25), "day"),
    (date(2022, 1, 5), "الخامس والعشرين من الشهر الماضي", "ar", None, date(2021, 12, 25), "day"),
    (WED, "في 2 الشهر المقبل", "ar", None, date(2022, 4, 2), "day"),
    # a weekday beside the day picks the year, ahead of publication or behind it
    (date(2024, 4, 8), "Wednesday, April 10", "en", "past", date(2024, 4, 10), "day"),
    # (a weekday that fits no year near publication leaves the tense to decide)
    (date(2024, 4, 8), "Saturday, April 10", "en", "future", date(2024, 4, 10), "day"),
    (date(2024, 1, 3), "الخميس 28 ديسمبر", "ar", "future", date(2023, 12, 28), "day"),
]


@pytest.mark.parametrize("published, text, lang, tense, expected, precision", RESOLVE)
def test_resolution(published, text, lang, tense, expected, precision):
    resolved = resolve_date(only(text, lang), published, tense)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)
    assert type(resolved.date) is date


BASES = [
    ("الثلاثاء", "ar", "past", "الثلاثاء → 2022-03-22, the Tuesday before publication on 2022-03-23"),
    ("الأربعاء", "ar", "past", "الأربعاء → 2022-03-23, the publication day (a Wednesday)"),
    ("الخميس", "ar", "future", "الخميس → 2022-03-24, the Thursday after publication on 2022-03-23"),
    ("24 فبراير", "ar", "past", "24 فبراير → 2022-02-24, year taken from publication date 2022-03-23"),
    ("أمس", "ar", "past", "أمس → 2022-03-22, 1 day before publication on 2022-03-23"),
    ("24 فبراير 2022", "ar", "past", "explicit date"),
    ("20 شعبان 1443 هـ", "ar", None, "Hijri 20 Sha'ban 1443 → 2022-03-23"),
    ("الثلاثاء 23 مارس 2022", "ar", None, "explicit date (the text says Tuesday, but 2022-03-23 is a Wednesday)"),
]


@pytest.mark.parametrize("text, lang, tense, basis", BASES)
def test_resolution_explains_itself(text, lang, tense, basis):
    assert resolve_date(only(text, lang), WED, tense).basis == basis


@pytest.mark.parametrize("text", ["الثلاثاء", "أمس", "24 فبراير", "فبراير الماضي", "العام الماضي", "20 شعبان"])
def test_relative_dates_need_a_publication_date(text):
    assert resolve_date(only(text, "ar"), None, "past") is None


def test_bad_tense_is_refused():
    with pytest.raises(ValueError, match="tense"):
        resolve_date(only("الثلاثاء", "ar"), WED, "present")


# ---------------------------------------------------------------------------------------------------
# Publication date from the text

PUBLICATION = [
    ("ar", "عنوان الخبر – الوسط اليوم\n\nنشر في 2024/03/17\n\nقال الرئيس أمس إن...",
     date(2024, 3, 17), 'dateline "نشر في 2024/03/17"'),
    ("ar", "عنوان – موقع\n\nتاريخ النشر: 17 مارس 2024\nقال الرئيس...",
     date(2024, 3, 17), 'dateline "تاريخ النشر: 17 مارس 2024"'),
    ("ar", "عنوان – موقع\n\nبيروت - 17 آذار 2024 (أ ف ب) - قال الرئيس...",
     date(2024, 3, 17), 'dateline "بيروت - 17 آذار 2024"'),
    ("ar", "عنوان – موقع\n\nالأحد 17 مارس 2024 - 10:32\n\nقال الرئيس...",
     date(2024, 3, 17), 'dateline "الأحد 17 مارس 2024"'),
    ("en", "Title – Outlet\n\nPublished: 3 March 2022\n\nThe president said...",
     date(2022, 3, 3), 'dateline "Published: 3 March 2022"'),
    ("en", "Title – Outlet\n\nUpdated March 3, 2022\nThe president said...",
     date(2022, 3, 3), 'dateline "Updated March 3, 2022"'),
    ("en", "Title – Outlet\n\nKYIV, March 3, 2022 - Russian forces pressed on...",
     date(2022, 3, 3), 'dateline "KYIV, March 3, 2022"'),
    ("en", "Title\n\nAMMAN — Friday 13 October 2023, 16:05\n\nBy Rania",
     date(2023, 10, 13), 'dateline "AMMAN — Friday 13 October 2023"'),
    ("en", "Title\n\nAmman / Tel Aviv - Wednesday, 18 October 2023\n\nA summit",
     date(2023, 10, 18), 'dateline "Amman / Tel Aviv - Wednesday, 18 October 2023"'),
    ("ar", "عنوان\n\nباريس - الأفق نيوز | الخميس 3 آذار 2022 - 19:40\n\nأجرى",
     date(2022, 3, 3), 'dateline "باريس - الأفق نيوز | الخميس 3 آذار 2022"'),
    ("ar", "عنوان – جدة اليوم\n\nالجمعة 22 شوال 1444هـ الموافق 12 مايو 2023م\n\nوقع",
     date(2023, 5, 12), 'dateline "الجمعة 22 شوال 1444هـ"'),
    ("ar", "عنوان – النشرة\n\nالرياض 03 شعبان 1446 هـ - النشرة السعودية\n\nاستقبل",
     date(2025, 2, 2), 'dateline "الرياض 03 شعبان 1446 هـ"'),
    ("ar", "عنوان – وكالة\n\nإسلام آباد في 11 رجب 1445 هـ الموافق 23 يناير 2024 م (وكالة) - أعلنت",
     date(2024, 1, 23), 'dateline "إسلام آباد في 11 رجب 1445 هـ"'),
    ("ar", "عنوان – وكالة\n\nأبو ظبي 3 مارس 2024 (وام) - استقبل",
     date(2024, 3, 3), 'dateline "أبو ظبي 3 مارس 2024"'),
    # a place and a dash before a full date: a dateline also when the story follows on its line
    ("ar", "عنوان – صحيفة\n\nطرابلس - الخميس 13 مارس 2025 استقبل رئيس الحكومة مساء أمس المبعوثة الأممية.",
     date(2025, 3, 13), 'dateline "طرابلس - الخميس 13 مارس 2025"'),
    ("en", "Title – Paper\n\nMonday 3 March 2025 King Charles III received Zelensky at Sandringham on Sunday.",
     date(2025, 3, 3), 'dateline "Monday 3 March 2025"'),
    ("en", "Title\n\nPARIS, March 3 (Wire) - Macron spoke.\n" + "Body text. " * 80 + "\nPublished on 4 March 2022",
     date(2022, 3, 4), 'footer "Published on 4 March 2022"'),
    ("en", "Title\n\n" + "Body text. " * 80 + "\nPublished on 4 March 2022 | Section: World",
     date(2022, 3, 4), 'footer "Published on 4 March 2022"'),
    ("ar", "عنوان\n\n" + "نص الخبر. " * 80 + "\nآخر تحديث: 2022/03/04 - 10:00",
     date(2022, 3, 4), 'footer "آخر تحديث: 2022/03/04"'),
]


@pytest.mark.parametrize("lang, text, expected, basis", PUBLICATION)
def test_publication_date(lang, text, expected, basis):
    assert find_publication_date(text, lang) == (expected, basis)
    # the pipeline may hand over the dates it already found in the whole text: same answer
    assert find_publication_date(text, lang, mentions(text, lang)) == (expected, basis)


NO_PUBLICATION = [
    ("ar", "عنوان – موقع\n\nقال الرئيس إن الحرب مستمرة منذ 24 فبراير 2022 دون توقف."),
    ("ar", "عنوان – موقع\n\nمنذ 24 فبراير 2022 - تستمر الحرب"),
    ("ar", "عنوان – موقع\n\nمنذ بدء الحرب - 24 فبراير 2022 - تغير كل شيء"),
    ("ar", "عنوان – موقع\n\nفي 24 فبراير 2022، شنت روسيا هجوما على أوكرانيا."),
    ("ar", "عنوان – موقع\n\n24 فبراير 2022، شنت روسيا هجوما على أوكرانيا."),
    ("ar", "عنوان – موقع\n\nقال الرئيس الثلاثاء إن القمة تعقد في 24 فبراير."),
    ("ar", "عنوان – موقع\n\nوصل الرئيس الفرنسي في 24 فبراير 2022، والتقى نظيره."),
    ("en", "Title\n\nRussia invaded Ukraine on February 24, 2022, and fighting continues."),
    ("en", "Title\n\n" + "Body text. " * 80 + "\nThe war began on 24 February 2022."),
]


@pytest.mark.parametrize("lang, text, phrase, basis", [
    ("en", "Title\n\nPARIS, March 3 (Continental Wire) - Macron spoke", "March 3", 'dateline "PARIS, March 3"'),
    ("en", "JEDDAH, Saudi Arabia, May 12 -- Representatives", "May 12", 'dateline "JEDDAH, Saudi Arabia, May 12"'),
    ("ar", "عنوان\n\nبيروت - 17 آذار 2024 (أ ف ب)", "17 آذار 2024", 'dateline "بيروت - 17 آذار 2024"'),
])
def test_dateline_without_a_year_is_offered_for_completion(lang, text, phrase, basis):
    m, found_basis = find_dateline(text, lang)
    assert (text[m.start:m.end], found_basis) == (phrase, basis)
    if m.year is None:
        assert find_publication_date(text, lang) is None


@pytest.mark.parametrize("lang, text", NO_PUBLICATION)
def test_body_dates_are_not_publication_dates(lang, text):
    assert find_publication_date(text, lang) is None
    assert find_publication_date(text, lang, mentions(text, lang)) is None


# ---------------------------------------------------------------------------------------------------
# War day

WAR_DAYS = [
    ("ar", "في ظل استمرار القتال لليوم 28 ، وتصاعد التوتر", 28, "لليوم 28"),
    ("ar", "دخلت الحرب في يومها الـ28 دون أفق", 28, "يومها الـ28"),
    ("ar", "في اليوم الثامن والعشرين من الحرب", 28, "اليوم الثامن والعشرين"),
    ("ar", "في اليوم الحادي عشر من الغزو", 11, "اليوم الحادي عشر"),
    ("ar", "تواصلت المعارك لليوم الثالث", 3, "لليوم الثالث"),
    ("ar", "الحرب في يومها الـ١٠٠٠", 1000, "يومها الـ١٠٠٠"),
    ("en", "The fighting continued for the 28th day on Wednesday.", 28, "the 28th day"),
    ("en", "On day 28 of the war, talks resumed.", 28, "day 28"),
    ("en", "It was the twenty-eighth day of the invasion.", 28, "the twenty-eighth day"),
]


@pytest.mark.parametrize("lang, text, n, phrase", WAR_DAYS)
def test_war_day(lang, text, n, phrase):
    found = find_war_day(normalize(text), lang)
    assert found is not None
    assert (found[0], text[found[1]:found[2]]) == (n, phrase)


NO_WAR_DAY = [
    ("ar", "تواصلت الاحتجاجات لليوم الثالث على التوالي في العاصمة"),
    ("ar", "وقال اليوم 28 فبراير إن الحرب ستنتهي"),
    ("ar", "استمرت المفاوضات حتى اليوم"),
    ("en", "Protesters gathered for the third day in a row."),
    ("en", "The war began on February 24."),
]


@pytest.mark.parametrize("lang, text", NO_WAR_DAY)
def test_no_war_day(lang, text):
    assert find_war_day(normalize(text), lang) is None


# ---------------------------------------------------------------------------------------------------
# The date words themselves

def test_date_words_are_complete():
    w = date_words()
    for family in ("ar", "en", "hijri"):
        assert set(w.months[family].values()) == set(range(1, 13)), family
    assert len(w.hijri_month_names) == 12
    for lang in ("ar", "en"):
        assert set(w.weekdays[lang].values()) == set(range(7)), lang
        assert w.relative_days[lang] and w.qualifiers[lang] and w.since[lang] and w.publication_cues[lang]


def test_no_word_is_both_a_gregorian_and_a_hijri_month():
    w = date_words()
    assert not set(w.months["ar"]) & set(w.months["hijri"])


def _broken(tmp_path, edit):
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "dates.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


BROKEN = [
    (lambda raw: raw["months"]["levant"][3].append("شباط"), r"months\.levant\.3: 'شباط' already means 2"),
    (lambda raw: raw["months"]["maghreb"][5].append("مايو") or raw["months"]["maghreb"][6].append("مايو"),
     r"months\.maghreb\.6: 'مايو' already means 5"),
    (lambda raw: raw["months"]["gregorian_ar"].pop(12), r"months\.gregorian_ar: expected keys 1\.\.12"),
    (lambda raw: raw["months"]["hijri"][9].append("مارس"), r"months\.hijri: \['مارس'\] are also Gregorian"),
    (lambda raw: raw["weekdays"]["ar"][1].append("ثلاثاء"), r"weekdays\.ar: 'ثلاثاء' must be written with"),
    (lambda raw: raw["relative_days"]["ar"].update({"أمس": "yesterday"}), r"relative_days\.ar\.أمس: expected an integer"),
    (lambda raw: raw["qualifiers"]["en"]["next"].append("last"), r"qualifiers\.en\.next: 'last' is also 'last'"),
    (lambda raw: raw.pop("war_day"), r"war_day: missing section"),
]


@pytest.mark.parametrize("edit, message", BROKEN)
def test_broken_date_words_are_refused_with_the_entry_named(tmp_path, edit, message):
    with pytest.raises(DateWordsError, match=message):
        date_words(_broken(tmp_path, edit))


@pytest.mark.parametrize("lang, phrase, offset", [
    ("en", "the next day", 1), ("en", "the same day", 0), ("en", "the previous day", -1),
    ("ar", "في اليوم التالي", 1), ("ar", "في اليوم نفسه", 0), ("en", "earlier in the day", 0), ("ar", "يومها", 0),
])
def test_days_counted_from_the_last_date_named(lang, phrase, offset):
    from diplo.arabic import normalize_key
    from diplo.date_words import date_words
    assert date_words().relative_to_context[lang][normalize_key(phrase)] == offset


@pytest.mark.parametrize("text, day, month", [
    ("في الثاني عشر جانفي الجاري", 12, 1),          # Maghreb: the ordinal day, no "من"
    ("في الحادي عشر من أيلول الماضي", 11, 9),
])
def test_arabic_ordinal_day_with_or_without_min(text, day, month):
    (found,) = [d for d in find_dates(normalize(text), "ar") if d.day is not None]
    assert (found.day, found.month) == (day, month)


@pytest.mark.parametrize("text", ["تشرين الثاني نوفمبر", "كانون الأول ديسمبر"])
def test_the_ordinal_of_a_levantine_month_name_is_no_day(text):
    assert [d for d in find_dates(normalize(text), "ar") if d.day is not None] == []
