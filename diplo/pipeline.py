"""The extractor, composed in one place: document → sentences → mentions → events."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diplo.actors import ActorRef
from diplo.arabic import NormText, normalize
from diplo.date_words import date_words
from diplo.dates import DateMention, find_dateline, find_dates, find_publication_date, find_war_day, resolve_date
from diplo.events import EventBuilder, SentenceMentions
from diplo.event_words import STAYED_AWAY
from diplo.lexicon import Lexicon, default_lexicon
from diplo.match import matcher_for
from diplo.model import Document, Event, Mention, Sentence
from diplo.patronymics import with_patronymic_people
from diplo.gapped_words import with_another_call, with_gapped_words, with_recalls
from diplo.surnames import with_surnames
from diplo.readers import detect_language
from diplo.sentences import split_sentences


@dataclass(frozen=True)
class Analysis:
    """Everything the extractor found in one document."""
    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    events: tuple[Event, ...]


def analyse(doc: Document, lexicon: Lexicon | None = None) -> Analysis:
    """Run every step on one document."""
    lex = lexicon or default_lexicon()
    lang = doc.language or detect_language(doc.text)
    nt = normalize(doc.text)
    mentions = matcher_for(lex).scan(nt)
    if lang == "ar":
        mentions = with_patronymic_people(nt, lex, mentions)
    mentions = with_surnames(nt, mentions, lex.family_name_first)
    mentions = with_recalls(nt, with_another_call(nt, lang, with_gapped_words(nt, lang, mentions)))
    mentions = [m for m in mentions if not _noun_call_on_a_day(nt, m)]
    dates = find_dates(nt, lang)
    dateline = find_dateline(doc.text, lang, dates)     # once: the publication date, its place and its dates read it
    published, basis = publication_date(doc, nt, lang, mentions, dates, lex, dateline)
    doc = replace(doc, language=lang, published=published, published_basis=basis)
    sentences = split_sentences(doc.text)
    builder = EventBuilder(doc, nt, lex, lang, home=dateline_country(doc.text, dateline, mentions))
    dates = _without_dateline(doc.text, dateline, dates)
    mentions = _without_dateline_place(doc.text, dateline, mentions)
    events: list[Event] = []
    prev_actors: list[ActorRef] = []
    headline_end = _headline_end(doc)
    captions = _captions(sentences)
    # a press-release page or live blog dates each item on a line of its own; an agency's dateline names the day the
    # story was filed, which "today" counts from, when the page's own date is a day or two later
    section = _filing_day(dateline, published) or published
    for sm in _by_sentence(sentences, mentions, dates):
        item_day = _item_date(sm, published, lang)
        section = item_day or section
        if item_day or TIMESTAMP.match(sm.sentence.text):
            builder.new_item()   # "3:30 p.m." opens a live blog's item: no earlier item's day carries into it
        if sm.sentence.start < headline_end or _is_furniture(sm, len(sentences)) or sm.sentence.start in captions:
            continue   # the headline restates the article's events; links, menus and photo captions are not news
        found, actors = builder.sentence_events(sm, section, prev_actors)
        events.extend(found)
        if actors:
            prev_actors = actors
    events = merge_repeated(said_at_their_talks(acts_done(events)))
    return Analysis(doc, tuple(sentences), tuple(mentions), tuple(dates), tuple(events))


FILING_LAG_DAYS = 2      # a dateline's day at most this much before the page's publication date is the filing day
DATELINE_PLACE_REACH = 30    # characters from the start of its line to a dateline's date, where its place stands


def _without_dateline(text: str, found: tuple[DateMention, str] | None,
                      dates: list[DateMention]) -> list[DateMention]:
    """The dates left for events: a dateline's date ("طهران 20 شوال 1446 هـ الموافق 18 أبريل 2025 م (جزيرة) -")
    says when the story was filed, and its lead's "أمس الخميس" says when the arrival was. `found`: the dateline
    (find_dateline)."""
    if found is None:
        return dates
    first = found[0]
    line_end = text.find("\n", first.start)
    line_end = len(text) if line_end < 0 else line_end
    kept, last_end = [], first.end
    for d in dates:
        if d is first or (first.end <= d.start < line_end and d.start - last_end <= DATELINE_TWIN_GAP
                          and d.kind in ("full", "hijri")):
            last_end = d.end       # "... هـ الموافق 18 أبريل 2025 م": the same day again
            continue
        kept.append(d)
    return kept


DATELINE_TWIN_GAP = 12     # characters between a dateline's Hijri date and its Gregorian twin ("الموافق")
# a live blog's item opening with its time: "7:05 p.m.", "09:40 -", "18:30 GMT |"
TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|ET|EST|EDT|CET|local time|"
                       r"بتوقيت \S+)?\s*(?:[-–—|:]|\n|$)", re.IGNORECASE)
ITEM_LINE_CHARS = 45    # "Doha, November 3, 2025" on a line of its own


def _filing_day(dateline: tuple[DateMention, str] | None, published: date | None) -> date | None:
    """The day a dateline names ("MANAMA, January 12 --", "Doha, September 09 (QNA) -") when the publication date
    (from the page's metadata) is one or two days after it."""
    if dateline is None or published is None or not (dateline[0].month and dateline[0].day):
        return None
    resolved = resolve_date(dateline[0], published, "past")
    if resolved is None or resolved.precision != "day":
        return None
    return resolved.date if 1 <= (published - resolved.date).days <= FILING_LAG_DAYS else None


def _item_date(sm: SentenceMentions, published: date | None, lang: str | None) -> date | None:
    """A line that is only a place and a full date ("Doha, November 3, 2025"), or a line that opens with a day and
    a dash ("12 June 2025 - Telephone conversation with ...", "Sun 23 Nov, 14:30 - The delegations have sat down"),
    opens an item of that day."""
    text = sm.sentence.text.strip()
    if published is None or "\n" in text:
        return None
    for d in sm.dates:
        if not (d.month and d.day) or d.kind not in ("full", "month_day"):
            continue
        heading = len(text) <= ITEM_LINE_CHARS and len(d.text) >= len(text) / 2
        if not heading and not _opens_item(sm.sentence.text, d.start - sm.sentence.start,
                                           d.end - sm.sentence.start, lang):
            continue
        resolved = resolve_date(d, published, "past")
        if resolved is not None and resolved.precision == "day" \
                and -366 <= (resolved.date - published).days <= 1:
            return resolved.date
    return None


def _opens_item(text: str, start: int, end: int, lang: str | None) -> bool:
    """The day stands at the head of its line, after at most a weekday ("Sun", "الأحد"), and a time or a dash
    follows it: "12 June 2025 - ...", "Sun 23 Nov, 14:30 - ..."."""
    before = text[:start].strip().rstrip(",،").strip()
    if before and not _weekday_word(before, lang):
        return False
    return ITEM_HEAD.match(text, end) is not None


def _weekday_word(word: str, lang: str | None) -> bool:
    """"Sun", "Sunday", "الأحد": a weekday name or its three-letter abbreviation."""
    words = date_words()
    if lang == "ar":
        return word.removeprefix("ال") in words.weekdays["ar"] or word in words.weekdays["ar"]
    return len(word.rstrip(".")) >= 3 and any(name.lower().startswith(word.rstrip(".").lower())
                                             for name in words.weekday_names_en)


# what follows the day heading an item: an optional time, then a dash, a bar or a colon
ITEM_HEAD = re.compile(r"\s*,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|CET|ET|local time)?\s*)?"
                       r"[-–—|:]\s", re.IGNORECASE)


def _without_dateline_place(text: str, found: tuple[DateMention, str] | None, mentions: list[Mention]) -> list[Mention]:
    """The place a dated dateline opens with ("تونس في 16 جويلية 2023 -") says where the story was filed: no party
    to the lead's events (its country is the article's home, see dateline_country)."""
    if found is None:
        return mentions
    line_start, date_start = _dateline_head(text, found)
    if date_start - line_start > DATELINE_PLACE_REACH:
        return mentions
    return [m for m in mentions if not (line_start <= m.start < date_start and m.kind in ("capital", "country", "place"))]


def _dateline_head(text: str, found: tuple[DateMention, str]) -> tuple[int, int]:
    """Where the line of a dated dateline starts and where its date starts: its place stands between."""
    date_start = found[0].start
    return text.rfind("\n", 0, date_start) + 1, date_start


def dateline_country(text: str, found: tuple[DateMention, str] | None, mentions: list[Mention]) -> str | None:
    """The country of the place a dateline opens with ("الرياض 03 شعبان", "KYIV, June 2 (Reuters)"). `found`: the
    dateline (find_dateline)."""
    if found is None:
        return _place_dateline_country(text, mentions)
    line_start, date_start = _dateline_head(text, found)
    for m in mentions:
        if line_start <= m.start < date_start:
            if m.kind in ("capital", "country", "seat"):
                return m.entry     # (a seat: "Press release from ... 10 Downing Street - Published 28 February 2025")
            if m.kind == "place" and m.data.get("country"):
                return m.data["country"]
    return None


def _place_dateline_country(text: str, mentions: list[Mention]) -> str | None:
    """A dateline with no date: a place opening a line near the start, then a dash or an agency in brackets, and the
    story ("الدوحة – قنا – تلقى ...", "الكويت - 16 - 6 (كونا) --", "BOGOTA — A day-long standoff")."""
    for m in mentions:
        if m.start >= DATELINE_PLACE_HEAD:
            break
        if m.kind not in ("capital", "country", "place"):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.start)
        line = text[line_start:line_end if line_end != -1 else len(text)]
        if text[line_start:m.start].strip() or not PLACE_DATELINE_MARK.match(text, m.end) \
                or len(line) < DATELINE_STORY_CHARS and "(" not in line and not line.rstrip().endswith(DATELINE_ENDS):
            continue
        return m.entry if m.kind in ("capital", "country") else m.data.get("country")
    return None


DATELINE_PLACE_HEAD = 400     # a dateline with no date opens a line this near the start
DATELINE_STORY_CHARS = 60     # ... a line this long (or with an agency after the place), not a short title
DATELINE_ENDS = (":", "-", "–", "—", ")")     # how a short dateline line ends: "عدن - سبأ:", "الدوحة – قنا –"
PLACE_DATELINE_MARK = re.compile(r"\s*(?:[-–—]|\(|/)")


def _is_furniture(sm: SentenceMentions, n_sentences: int) -> bool:
    """A line that starts with "Read more", "اقرأ أيضا" ...: a link to another story; or a crosshead,
    a short line of a few words with no full stop ("عقوبات وتصويت أممي"), which labels what follows."""
    text = sm.sentence.text
    # split no further than one word past the limit: the count only has to exceed it
    if n_sentences > 2 and len(text.split(None, CROSSHEAD_WORDS)) <= CROSSHEAD_WORDS and not text.rstrip().endswith((".", "؟", "?", "!", "”", '"', ":")):
        return True
    return any(c.entry == "boilerplate" and c.start - sm.sentence.start <= 2 for c in sm.cues)


CROSSHEAD_WORDS = 5
# a photo's caption or credit: "FILE PHOTO: ...", "... May 31, 2018. REUTERS/Brendan McDermid", "(صورة أرشيفية)"
PHOTO_CREDIT = re.compile(r"\bFILE PHOTO\b|\b(?:REUTERS|AFP|AP Photo|EPA|EPA-EFE|Getty Images|Anadolu|Xinhua)/\s?[A-Z]|"
                          r"\((?:AFP|Reuters|AP) Photo\)|صورة أرشيفية|\(أرشيفية\)")
CREDIT_ALONE = re.compile(r"\s*(?:REUTERS|AFP|AP Photo|EPA|EPA-EFE|Getty Images|Anadolu|Xinhua)/")


def _captions(sentences: list[Sentence]) -> set[int]:
    """The starts of the sentences that are photo captions: those naming a photo agency's credit, and the one
    before a credit that stands alone ("... in Moscow, Russia May 28, 2018. REUTERS/Sergei Karpukhin")."""
    found = set()
    for i, s in enumerate(sentences):
        if PHOTO_CREDIT.search(s.text):
            found.add(s.start)
            if i and CREDIT_ALONE.match(s.text) and sentences[i - 1].paragraph == s.paragraph:
                found.add(sentences[i - 1].start)
    return found


def _headline_end(doc: Document) -> int:
    """End offset of the title line when the text starts with it (.txt articles), else 0."""
    if not doc.title:
        return 0
    first = doc.text.lstrip()[:len(doc.title) + 200].split("\n", 1)[0]
    end = len(doc.text) - len(doc.text.lstrip()) + len(first)
    if doc.title.strip() and doc.title.strip()[:40] in first and doc.text[end:].strip():
        return end
    return 0


def extract(doc: Document, lexicon: Lexicon | None = None) -> list[Event]:
    """The events of one document."""
    return list(analyse(doc, lexicon).events)


def publication_date(doc: Document, nt: NormText, lang: str, mentions: list[Mention], dates: list[DateMention],
                     lex: Lexicon, dateline: tuple[DateMention, str] | None) -> tuple[date | None, str | None]:
    """Metadata first, then a dateline, then the day count of a known war, then the latest full date.
    `dateline`: find_dateline of the text."""
    if doc.published:
        return doc.published, doc.published_basis or "metadata"
    found = find_publication_date(doc.text, lang, dates)
    if found:
        return found
    if dateline and dateline[0].month and dateline[0].day:
        completed = _complete_year(doc.text, dateline[0], dates, _conflict_of(mentions, lex), _officials(mentions, lex))
        if completed:
            day, how = completed
            return day, f"{dateline[1]}, {how}"
    war_day = find_war_day(nt, lang)
    if war_day:
        conflict = _conflict_of(mentions, lex)
        if conflict:
            n, start, end = war_day
            day = conflict.start + timedelta(days=n - 1)
            return day, (f'inferred: "{doc.text[start:end]}" = day {n} of the {conflict.name}, '
                         f"which began on {conflict.start.isoformat()}")
    full = [d for d in dates if d.kind == "full" and d.year and d.month and d.day]
    if full:
        # the article was written on or after the latest day it names; a day named without a year
        # that falls after that date in the same year moves it on ("24 February 2022 ... on 29 March")
        latest = max(full, key=lambda d: (d.year, d.month, d.day))
        day, phrase = date(latest.year, latest.month, latest.day), latest.text
        for d in dates:
            if _ahead(doc.text, d):
                continue      # "further sessions starting on December 19" is still to come
            if d.kind == "month_day" and d.month and d.day and not d.since:
                try:
                    candidate = date(day.year, d.month, d.day)
                except ValueError:
                    continue
                if day < candidate <= day + timedelta(days=180):
                    day, phrase = candidate, d.text
        for d in dates:
            weekday_day = _weekday_day(d, day)
            if weekday_day is not None and weekday_day > day and not _ahead(doc.text, d):
                day, phrase = weekday_day, d.text
        return day, f'inferred: latest date named in the text, "{phrase}"'
    return _from_weekday_date(doc.text, dates, _conflict_of(mentions, lex), _officials(mentions, lex))


TITLE_REACH = 30    # characters from a title to the name it introduces ("Chancellor Olaf Scholz")


def _officials(mentions: list[Mention], lex: Lexicon) -> list[tuple]:
    """(person, office) for each person of the lexicon with an office the text names, the office being the one
    a title right before the name gives ("Chancellor Olaf Scholz": chancellor), else None."""
    titled: dict[str, str] = {}
    last_title = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "title":
            last_title = m
        elif m.kind == "person" and m.entry in lex.by_person:
            if last_title is not None and 0 <= m.start - last_title.end <= TITLE_REACH:
                titled.setdefault(m.entry, last_title.entry)
            last_title = None
    seen = dict.fromkeys(m.entry for m in mentions if m.kind == "person" and m.entry in lex.by_person)
    return [(lex.by_person[p], titled.get(p)) for p in seen if lex.by_person[p].offices]


def _from_weekday_date(text: str, dates: list[DateMention], conflict, people: list) -> tuple[date | None, str | None]:
    """No full date anywhere, but a day named with its weekday ("يوم الثلاثاء 19 أيلول", "Thursday, October 30"),
    or failing that with its month alone ("on 22 July"): its year from the officials named, and the article
    written on the latest such day or on the weekday the lead names after it ("اليوم الخميس")."""
    yearless = [d for d in dates if d.kind == "month_day" and not d.year and d.month and d.day
                and not d.since and not _ahead(text, d)]
    # days named with their weekday are the surest; else any day and month ("On 22 July Trump received")
    named = [d for d in yearless if d.weekday is not None] or yearless
    completed = [c for c in (_complete_year(text, d, dates, conflict, people) for d in named) if c]
    if not completed:
        return None, None
    day, how = max(completed, key=lambda c: c[0])
    # "اليوم الخميس", "أمس الأربعاء" say the weekday of writing; a bare "on Thursday" in the lead likely does
    lead = next((d for d in dates if d.start < LEAD_CHARS and d.weekday is not None and d.qualifier is None
                 and (d.kind == "weekday" or d.kind == "relative_day" and d.offset_days is not None)), None)
    if lead is not None:
        written = (lead.weekday - (lead.offset_days or 0)) % 7
        ahead = (written - day.weekday()) % 7
        if ahead:
            return day + timedelta(days=ahead), (f'inferred: "{lead.text}" in the lead, the first such day on or '
                                                 f"after {day.isoformat()} ({how})")
    return day, f"inferred: latest date named in the text, {day.isoformat()} ({how})"


_AHEAD = re.compile(r"(?:\b(?:will|would|starting|start|due|scheduled|expected|planned|until|next)\b|"
                    r"(?<!\w)(?:المقرر|المقبل|المنتظر|حتى|س[يتن]\S+)(?!\w))[^.\n]{0,40}$"
                    # a deadline right before the day ("by 26 January", "بحلول 26 يناير"), not "by phone on"
                    r"|(?:\bby|(?<!\w)بحلول)\s+(?:the\s+)?$", re.IGNORECASE)


def _ahead(text: str, d: DateMention) -> bool:
    """A date named as still to come: a future word shortly before it in its sentence."""
    return _AHEAD.search(text, max(0, d.start - 60), d.start) is not None


def _weekday_day(d: DateMention, after: date) -> date | None:
    """"Wednesday, December 3" names its year: the first on or after `after`'s year (three at most) in
    which that day of the month falls on that weekday."""
    if d.kind != "month_day" or d.weekday is None or d.year or not (d.month and d.day):
        return None
    for year in range(after.year, after.year + 4):
        if _valid_day(year, d.month, d.day) and date(year, d.month, d.day).weekday() == d.weekday:
            return date(year, d.month, d.day)
    return None


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


NEW_IN_OFFICE_DAYS = 365   # a term this young marks the year of a dateline without one
LEAD_CHARS = 1200   # how far into an article its lead runs, for the weekday of a dateline without a year


def _complete_year(text: str, mention: DateMention, dates: list[DateMention], conflict, people: list,
                   ) -> tuple[date, str] | None:
    """A dateline without a year ("KYIV, March 3"): the year, from the latest year the text names on,
    in which most of the officials it names held office; else the latest year named; else the first
    such day after the start of the war the article is about."""
    # a year named as still to come ("reconstruction until 2027") is not when the text was written
    years = [d.year for d in dates if d.year and d.kind in ("full", "month_year", "year") and not _ahead(text, d)]
    try:
        if years or people:
            if years:
                first = max(years)
            elif people:
                # (not the start of a war whose sides are named: "Russian diplomats expelled over the Skripal
                # poisoning" is 2018, whatever war Russia fights later; the officials' terms say when)
                first = min(t.start.year for p, _ in people for t in p.offices)
            else:
                first = conflict.start.year
            # a weekday the lead names ("agreed on Monday") is the dateline's day or the day before
            # (the first one named: later paragraphs name other days, "Lavrov held talks on Monday")
            first_weekday = next((d.weekday for d in dates if d.kind == "weekday" and d.weekday is not None
                                  and d.qualifier is None and d.start < LEAD_CHARS), None)
            lead_weekdays = {first_weekday} - {None}
            # what an article names as done happened before it: "22 نوفمبر 2023" puts "15 يناير" in 2024 or later
            named = [date(d.year, d.month, d.day) for d in dates if d.kind == "full" and d.year and d.month
                     and d.day and _valid_day(d.year, d.month, d.day)]
            latest = max(named, default=None)
            # "الأحد المقبل الموافق 19 يناير": a weekday with a day and month fixes the year
            pairs = [(d.month, d.day, d.weekday) for d in dates if d.kind == "month_day" and d.weekday is not None
                     and not d.year and d.month and d.day]
            best, best_score = None, (0, 0, 0, False, 0, 0, -10 ** 6)
            for year in range(first, max(first, date.today().year) + 1):
                day = date(year, mention.month, mention.day)
                held = [[t for t in p.offices if t.covers(day)] for p, _ in people]
                count = sum(1 for terms in held if terms)
                # among equals, the year in which those named with their title held that very office
                # ("Chancellor Olaf Scholz" is before May 2025, whoever else is named)
                titled = sum(1 for (_, office), terms in zip(people, held) if office and any(t.office == office for t in terms))
                agree = sum(_valid_day(year, m, dd) and date(year, m, dd).weekday() == wd for m, dd, wd in pairs)
                fits = 2 if day.weekday() in lead_weekdays else int((day - timedelta(days=1)).weekday() in lead_weekdays)
                after = latest is None or day >= latest
                # among equals, the year in which someone named had just taken office ("Syria's interim
                # President Ahmed al-Sharaa", "Foreign Minister Asaad al-Shaibani" are 2025, not 2020); else the
                # latest year, as news is read soon after it is written
                newest = int(min(((day - t.start).days for terms in held for t in terms if t.start),
                                 default=10 ** 6) <= NEW_IN_OFFICE_DAYS)
                # a text that names a year ("منذ مارس 2025") is most likely written that year, not later
                recent = -year if years else year
                if count and day <= date.today() and (count, titled, agree, after, fits, newest, recent) > best_score:
                    best, best_score = day, (count, titled, agree, after, fits, newest, recent)
            if best is not None:
                how = f"year {best.year} taken from the officials named ({best_score[0]} in office then)"
                if best_score[2]:
                    how += ", and the weekday the text gives a day of the month"
                elif best_score[4]:
                    how += ", and the weekday the lead names"
                return best, how
            if years:
                return date(first, mention.month, mention.day), f"year {first} taken from the latest year named in the text"
        if conflict is None:
            return None
        day = date(conflict.start.year, mention.month, mention.day)
        if day < conflict.start:
            day = date(day.year + 1, mention.month, mention.day)
    except ValueError:   # 29 February of a year without one
        return None
    return day, f"year {day.year} taken from the start of the {conflict.name} ({conflict.start.isoformat()})"


def _conflict_of(mentions: list[Mention], lex: Lexicon):
    """The war the article is about: one it names, else the one whose two sides it names most."""
    by_id = {c.id: c for c in lex.conflicts}
    named = [m.entry for m in mentions if m.rule == "conflict"]
    if named:
        return by_id[max(set(named), key=named.count)]
    countries = {m.data.get("country") for m in mentions if m.rule == "actor"} | \
        {m.entry for m in mentions if m.rule == "actor"}
    sides = [c for c in lex.conflicts if c.source in countries and c.target in countries]
    return sides[0] if len(sides) == 1 else None


def _by_sentence(sentences: list[Sentence], mentions: list[Mention], dates: list[DateMention]):
    """Hand each sentence the mentions inside it (sentences are in text order and do not overlap)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    dates = sorted(dates, key=lambda d: d.start)
    mention_starts = [m.start for m in mentions]
    date_starts = [d.start for d in dates]
    for s in sentences:
        # one pass sorts a sentence's mentions by layer (five list comprehensions over them cost more)
        layers: dict[str, list[Mention]] = {"actor": [], "trigger": [], "cue": [], "conflict": []}
        for m in mentions[bisect_left(mention_starts, s.start):bisect_left(mention_starts, s.end)]:
            layer = layers.get(m.rule)
            if layer is not None:
                layer.append(m)
        cues, triggers = layers["cue"], layers["trigger"]
        if cues and layers["actor"]:
            cues = _outside_names(cues, layers["actor"])
        if triggers and layers["actor"]:
            triggers = _not_in_names(triggers, layers["actor"])
        yield SentenceMentions(
            sentence=s,
            actors=layers["actor"],
            triggers=triggers,
            cues=cues,
            dates=dates[bisect_left(date_starts, s.start):bisect_left(date_starts, s.end)],
            conflicts=layers["conflict"],
        )


def _outside_names(cues: list[Mention], actors: list[Mention]) -> list[Mention]:
    """A cue word that is part of a person's name or title is no cue: "لولا" (were it not for) in "لويس إيناسيو لولا
    دا سيلفا", "May" in "Theresa May", "المقررة" (scheduled) in "المقررة الخاصة" (the special rapporteur)."""
    names = [(a.start, a.end) for a in actors if a.kind in ("person", "title")]
    return [c for c in cues if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in names)]


def _not_in_names(triggers: list[Mention], actors: list[Mention]) -> list[Mention]:
    """An event word read inside a person's name or a one-word organisation is no event word: "يري" (sees) after the
    clitic ك in "جون كيري", "طالب" (demanded) in "طالبان" (the Taliban). (Longer organisation names keep theirs: "قمة
    مجموعة العشرين" is a summit.)"""
    names = [(a.start, a.end) for a in actors if a.kind == "person" or a.kind == "org" and " " not in a.text]
    return [t for t in triggers if not any(s <= t.start and t.end <= e for s, e in names)]


# "call on" before a day (normalised): the noun "call" and the call's day ("a three-way call on Sunday"), neither a
# courtesy call on someone nor a call on someone to act
CALL_ON = ("call on", "calls on", "called on", "calling on")
ON_A_DAY = re.compile(r"\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                      r"april|may|june|july|august|september|october|november|december|\d)", re.I)


# ... unless "for" or "to" follows the day: "called on Saturday for an immediate ceasefire"
ASKED_AFTER_THE_DAY = re.compile(r"(?:\s+[\w,]+){1,3}?\s+(?:for|to)\b")


def _noun_call_on_a_day(nt: NormText, m: Mention) -> bool:
    if m.kind != "trigger" or m.text.lower() not in CALL_ON:
        return False
    day = ON_A_DAY.match(nt.text, m.data["norm_end"])
    return day is not None and ASKED_AFTER_THE_DAY.match(nt.text, m.data["norm_end"]) is None


def merge_repeated(events: list[Event]) -> list[Event]:
    """One article often restates its news ("the call", "المكالمة"): the same type and subtype, actors
    that overlap (one set inside the other, people and countries compared by country) and compatible
    dates are one event. The report with its own date phrase survives and keeps any location."""
    kept: list[Event] = []
    kept_keys: list[frozenset] = []     # _actor_keys of kept[i], worked out once
    for ev in events:
        keys = _actor_keys(ev)
        twin = None
        if any(_discussed_during(ev, k) for k in kept):
            continue     # "The two leaders discussed ..." after the call is what was said in the call
        for i, k in enumerate(kept):
            if k.type != ev.type or _two_in_one_sentence(k, ev) or _other_people(k, ev) \
                    or _absent_from(ev, k) or _held_apart(ev, k) or _two_measures(k, ev) or _talks_after_reception(k, ev) \
                    or _one_part_of_joint(k, ev):
                continue
            other = kept_keys[i]
            if ((k.subtype == ev.subtype or k.type == "visit" or (k.type == "meeting" and not _bilateral_beside(k, ev)))
                    and (keys <= other or other <= keys or _anaphoric(ev))
                    and (k.date == ev.date or ((_undated(k) or _undated(ev)) and not _other_month(k, ev)))
                    and (k.modality == ev.modality or (k.type in ("meeting", "visit") and _anaphoric(ev)))):
                twin = k
                break
        if twin is None:
            kept.append(ev)
            kept_keys.append(keys)
            continue
        # a later re-mention ("the summit") never replaces the report it refers back to
        better, worse = (ev, twin) if _rank(ev) > _rank(twin) and not _anaphoric(ev) else (twin, ev)
        if better.location is None and worse.location is not None:
            better = replace(better, location=worse.location)
        if not any(a.role == "target" for a in better.actors) and any(a.role == "target" for a in worse.actors):
            # "announced additional sanctions on nearly 40 people", then "additional sanctions on Russia": the
            # retelling names whom the measure hit
            better = replace(better, actors=better.actors + tuple(a for a in worse.actors if a.role == "target"))
        at = kept.index(twin)
        kept[at], kept_keys[at] = better, _actor_keys(better)
    return kept


SAYING_TYPES = ("statement", "demand", "rejection")


def acts_done(events: list[Event]) -> list[Event]:
    """Words said (a statement, a demand, a rejection) are events only once said: words due to be said, not said or
    said only if ("a planned joint news conference was scrapped", "had hinted at but not yet announced") are none; so is
    force denied or only warned of (a threat's content), while force announced for later stays, as planned."""
    return [e for e in events if e.modality == "asserted" or e.type not in SAYING_TYPES
            and not (e.type == "military" and e.modality in ("negated", "hypothetical"))]


SAID_TYPES = ("statement", "demand", "rejection", "threat")     # words said, dated by the talks they were said at
TALK_TYPES = ("call", "meeting")
TALK_REACH = 600     # characters from the call or meeting told to the words said at it


def said_at_their_talks(events: list[Event]) -> list[Event]:
    """A speaker's words with no day of their own, within TALK_REACH after the speaker's call or meeting was told ("Xi
    told Modi that ...", "وأكد الرئيس التركي خلال الاتصال"): said on its day, not on the last day another sentence
    named."""
    out = []
    for i, ev in enumerate(events):
        talk = None
        if ev.type in SAID_TYPES and ev.modality == "asserted" and ev.date_text is None and ev.actors:
            speakers = {a.name for a in ev.actors if a.role == "source"}
            talk = next((k for k in reversed(events[:i]) if k.type in TALK_TYPES and k.modality == "asserted"
                         and k.date is not None and k.date_precision == "day"
                         and ev.evidence.start - k.evidence.start <= TALK_REACH
                         and speakers & {a.name for a in k.actors}), None)
        if talk is not None and talk.date != ev.date:
            ev = replace(ev, date=talk.date, date_precision="day",
                         date_basis=f'no date in the sentence: said at the {talk.type} told of '
                                    f'("{talk.trigger.text}", {talk.date.isoformat()})')
        out.append(ev)
    return out


def _absent_from(ev: Event, k: Event) -> bool:
    """"وغاب نتنياهو عن القمة", "Modi skipped the summit": who stayed away from a gathering already reported is
    news of its own, not a re-mention of it."""
    return ev.modality == "negated" != k.modality and STAYED_AWAY.search(ev.evidence.text) is not None


def _talks_after_reception(k: Event, ev: Event) -> bool:
    """"استقبل أردوغان السيسي" and then "عقد الرئيسان جلسة مباحثات": the reception and the talks held after it,
    each told with a verb of its own, are two events."""
    return k.subtype in ("host", "meeting") and ev.rule == "meeting.talks" and not _anaphoric(ev) \
        and TALKS_HELD.search(ev.evidence.text) is not None \
        and k.modality == ev.modality == "asserted" and k.evidence.start != ev.evidence.start


# talks held as a session of their own: "عقد الجانبان جلسة مباحثات", "أجرى قائدا البلدين مباحثات", "then held talks"
TALKS_HELD = re.compile(r"(?<!\w)[وف]?(?:عقد|عقدا|عقدت|اجري|اجريا|أجرى|أجريا|أجرت)\s+(?:\S+\s+){0,3}?(?:جلسة\s+)?"
                        r"(?:مباحثات|محادثات)(?!\w)|\b(?:then|later|afterwards) held talks\b")
ALSO_BEFORE = re.compile(r"\b(?:also|in addition|separately|in the same action|at the same time)\b|"
                         r"(?<!\w)(?:كما|أيضا|أيضاً|بدورها|من جهتها|من جانبها|في الوقت نفسه|في الوقت ذاته)(?!\w)")


def _two_measures(a: Event, b: Event) -> bool:
    """Two sanctions, each told with a day of its own, in other words ("The Treasury on Wednesday sanctioned Justice
    Moraes ... Hours later Trump signed an order imposing an additional 40% tariff"): two measures, not one retold."""
    if a.type != "sanctions":
        return False
    if a.trigger.text.lower() == b.trigger.text.lower():
        return _widened(a, b)
    # "... added PVH and Illumina to its unreliable entity list. The Commission also announced tariffs of 15 percent":
    # a measure told as one more, in a sentence of its own
    also = ALSO_BEFORE.search(b.evidence.text) is not None and a.evidence.start != b.evidence.start \
        and any(x.role == "target" for x in b.actors)
    return also or a.date_text is not None and b.date_text is not None


# "كما شملت العقوبات 7 شركات مملوكة لقوات الدعم السريع", "The sanctions also targeted two Hong Kong firms": the measure
# named again as reaching more targets
WIDENED_AR = re.compile(r"(?<!\w)[وف]?(?:شملت|شمل|طالت|طال|استهدفت|تشمل|طاولت)\s+(?:\S+\s+)?(?:ال)?$")
WIDENED_EN = re.compile(r"\s+(?:\w+\s+)?(?:also\s+)?(?:covered|included|targeted|hit)\b")


def _widened(a: Event, b: Event) -> bool:
    """A measure told again, in a sentence of its own, as covering a target the first telling did not name."""
    if a.evidence.start == b.evidence.start:
        return False
    after = b.evidence.text[b.trigger.end - b.evidence.start:]
    if not (WIDENED_AR.search(_before_trigger(b)) or WIDENED_EN.match(after)):
        return False
    earlier = {x.name for x in a.actors if x.role == "target"}
    imposers = {x.country or x.name for x in a.actors if x.role == "source"}
    # (the same measure's: one imposed by another is no widening of it)
    return all(x.role != "source" or (x.country or x.name) in imposers for x in b.actors) \
        and any(x.role == "target" and x.name not in earlier for x in b.actors)


def _one_part_of_joint(joint: Event, part: Event) -> bool:
    """"The United States and Britain imposed coordinated sanctions on Iran" and then "Britain froze the assets of seven
    individuals": what one of the joint sources did, told in a sentence of its own, is a measure of its own."""
    if joint.type != "sanctions" or joint.evidence.start == part.evidence.start or _anaphoric(part):
        return False
    sources = {a.country or a.name for a in joint.actors if a.role == "source"}
    own = {a.country or a.name for a in part.actors if a.role == "source"}
    return bool(own) and own < sources


def _held_apart(ev: Event, k: Event) -> bool:
    """"held separate meetings with Aliyev and with Pashinyan" after the three met, "لقاء قصيرا على انفراد مع بوتين"
    after the delegation's talks: a bilateral or separate meeting of fewer people is not the larger one; and one told
    as held later that day ("واستقبل وزير الخارجية الصيني الوزيرين في وقت لاحق من اليوم نفسه") is not the earlier."""
    if ev.type != "meeting" or _actor_keys(ev) == _actor_keys(k) or ev.evidence.start == k.evidence.start:
        return False
    if _anaphoric(ev) and ev.modality == k.modality:
        return False     # "وجرى اللقاء الثنائي بعيداً عن عدسات الصحافة": the meeting told of, retold
    near = ev.evidence.text[max(0, ev.trigger.start - ev.evidence.start - 12):ev.trigger.end - ev.evidence.start + 30]
    return APART.search(BILATERAL_TIES.sub("", near)) is not None or LATER_THAT_DAY.search(ev.evidence.text) is not None


def _two_in_one_sentence(a: Event, b: Event) -> bool:
    """"التقى الجبير شهباز شريف، كما عقد محادثات مع إسحاق دار": one sentence, two meetings with other people."""
    if a.evidence.start != b.evidence.start:
        return False
    people_a = {x.name for x in a.actors if x.kind == "person"}
    people_b = {x.name for x in b.actors if x.kind == "person"}
    return bool(people_a) and bool(people_b) and not (people_a <= people_b or people_b <= people_a)


# a meeting held apart from the others named ("separate meetings", "لقاءات منفصلة", "bilateral talks")
APART = re.compile(r"ثنائي|منفصل|انفراد|على حد[ةه]|علي حده|separate|bilateral|one-on-one|in private|tête-à-tête|"
                   r"tete-a-tete", re.I)
# "العلاقات الثنائية", "bilateral ties": what was discussed, not how the meeting was held
BILATERAL_TIES = re.compile(r"(?:العلاقات|علاقات|التعاون|المستوى|الملفات|القضايا)\s+ال?ثنائي\S*|"
                            r"bilateral (?:relations|ties|cooperation|trade|issues|level|agenda)", re.I)
# a meeting told as held after the one before it on the same day
LATER_THAT_DAY = re.compile(r"\blater (?:that|the same|on the same) day\b|\blater (?:that|in the) (?:afternoon|evening)\b|"
                            r"(?<!\w)في وقت لاحق من (?:اليوم|يوم|نفس اليوم|مساء)", re.I)
# a meeting said to be bilateral or on the sidelines is not the summit it sits in, whoever took part in both
BILATERAL = re.compile(r"ثنائي|هامش|bilateral|sidelines", re.I)


def _bilateral_beside(a: Event, b: Event) -> bool:
    """A summit and a meeting of two of its people on its sidelines ("وعلى هامش القمة، التقى ولي العهد الرئيس
    الإيراني") are two events, unless the second is a bare re-mention of the first."""
    gatherings = {"summit", "conference"}
    if _anaphoric(b):
        return False
    if (a.subtype in gatherings) == (b.subtype in gatherings):
        # a meeting of three states or more and talks of two of them told after it in a sentence of their own: "The
        # foreign ministers of Egypt, Jordan and Saudi Arabia met in Amman on Sunday. Egyptian Foreign Minister Sameh
        # Shoukry held talks with Ayman Safadi" (not a reception: "استقبل جلالته" may be the gathering's host greeting)
        # (not a meeting named as someone's: "عقب لقائه عون", "after their meeting" is the one told of)
        return a.evidence.start != b.evidence.start and len(_actor_keys(a)) >= 3 and len(_actor_keys(b)) == 2 \
            and b.subtype in ("meeting", "talks") and len({x.name for x in b.actors if x.kind == "person"}) == 2 \
            and not _possessed(b)
    small, big = (b, a) if a.subtype in gatherings else (a, b)
    people = {x.name for x in small.actors if x.kind == "person"}
    return len(people) >= 2 and (not people <= {x.name for x in big.actors if x.kind == "person"}
                                 or BILATERAL.search(small.evidence.text) is not None)


def _other_people(a: Event, b: Event) -> bool:
    """Two meetings (or calls) of the same countries on one day between other people: the foreign ministers' talks
    and the president's reception of the visitor ("وعقد سموه جلسة مباحثات مع نظيره" ... "استقبل الرئيس رئيسي")."""
    if a.type not in ("meeting", "visit", "call"):
        return False
    people_a = {x.name for x in a.actors if x.kind == "person"}
    people_b = {x.name for x in b.actors if x.kind == "person"}
    # ("تلقى ولي العهد اتصالاً من ترامب ... وفي اليوم نفسه أجرى وزير الخارجية اتصالاً بنظيره روبيو": two calls)
    if len(people_a) >= 2 and len(people_b) >= 2 and not people_a & people_b:
        return True
    if a.type == "call":
        return False
    if len(people_a) >= 2 and len(people_b) >= 2 and not (people_a <= people_b or people_b <= people_a):
        return True
    if a.type != "meeting" or _anaphoric(a) or _anaphoric(b):
        return False
    # "استقبل الرئيس عون الضيف الإيراني ... حيث التقى رئيس مجلس النواب نبيه بري": one country, another person
    by_country_a: dict[str, set[str]] = {}
    for x in a.actors:
        if x.kind == "person" and x.country:
            by_country_a.setdefault(x.country, set()).add(x.name)
    return any(x.kind == "person" and x.country in by_country_a and x.name not in by_country_a[x.country]
               and not any(y.kind == "person" and y.country == x.country and y.name in by_country_a[x.country]
                           for y in b.actors)
               for x in b.actors)


def _discussed_during(ev: Event, call: Event) -> bool:
    """A weak "discussed"/"بحث" with the parties of an earlier call, on its day: the call's content."""
    if call.type != "call" or ev.type != "meeting" or ev.rule != "meeting.discuss" or ev.modality != call.modality:
        return False
    keys, other = _actor_keys(ev), _actor_keys(call)
    return (keys <= other or other <= keys) and (ev.date == call.date or _undated(ev))


VERBS_IN_AL = ("التقى", "التقي", "التقت", "التقيا", "التقوا", "التزم")   # verbs, not nouns with the article


def _before_trigger(ev: Event) -> str:
    """The words of the evidence sentence before the event word, lower-cased."""
    return ev.evidence.text[:ev.trigger.start - ev.evidence.start].lower()


def _possessed(ev: Event) -> bool:
    """The event word with a possessive: "لقائه", "لقائهما", "their meeting", "his talks"."""
    before = _before_trigger(ev).rstrip()
    return ev.trigger.text.strip().endswith(("ه", "ها", "هما", "هم")) or before.endswith((" his", " her", " their", " its"))


AGAIN_AFTER = re.compile(r"\s*(?:مجددا|مجدداً|ثانية|مرة أخرى|مرة ثانية|من جديد|again\b)")


def _anaphoric(ev: Event) -> bool:
    """A definite mention with no date of its own ("the summit", "المكالمة") refers back to its event."""
    if ev.date_text is not None:
        return False
    if AGAIN_AFTER.match(ev.evidence.text, ev.trigger.end - ev.evidence.start):
        return False     # "اتفق المجتمعون على الاجتماع مجددا", "to hold the talks again": one more, not the one told
    trigger = ev.trigger.text.strip()
    before = _before_trigger(ev)
    attached = before[len(before.rstrip("ابةتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئى")):]   # the clitics on the word
    definite = trigger.startswith(("ال", "لل", "بال", "وال")) and not trigger.startswith(VERBS_IN_AL)
    return (definite or attached.endswith(("ال", "لل"))
            or before.rstrip().endswith((" the", " this", " that")) or before.strip() in ("the", "this", "that"))


def _actor_keys(ev: Event) -> frozenset:
    if ev.type == "statement":     # two officials of one country say two things
        return frozenset(a.name for a in ev.actors)
    if any(a.role != "participant" for a in ev.actors):
        # "Russia launched drones at Ukraine" and "Ukraine struck a refinery in Russia" are two attacks
        return frozenset((a.country or a.name, a.role) for a in ev.actors)
    return frozenset(a.country or a.name for a in ev.actors)


def _other_month(a: Event, b: Event) -> bool:
    """One event dated by a month alone, the other in another month: "revoked Petro's visa in September" is no
    earlier telling of "OFAC also designated ..." on the day of the news in October."""
    monthly = [e for e in (a, b) if e.date_precision == "month"]
    return bool(monthly) and a.date is not None and b.date is not None \
        and (a.date.year, a.date.month) != (b.date.year, b.date.month)


def _undated(ev: Event) -> bool:
    """No date phrase of its own: none at all, or the publication date assumed."""
    return ev.date_text is None


def _rank(ev: Event) -> tuple:
    """Prefer a report with its own date phrase, then one with a date, then more actors."""
    return (ev.date_text is not None, ev.date is not None, ev.modality != "asserted", len(ev.actors))
