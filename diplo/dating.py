"""The date rules of EventBuilder: which date phrase of a sentence dates which event word, and the days counted from
others ("the next day", "a day after", "في اليوم نفسه"), carried from earlier sentences or lent by a frame (a visit, a
meeting on whose sidelines something was done)."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from diplo.date_words import date_words
from diplo.dates import DateMention, ResolvedDate, resolve_date
from diplo.model import Mention
from diplo.event_words import (EVE_OF, COMPLEMENTIZER, STAYED_AWAY, EVE_WORD, COORDINATION, COORDINATED_ACT, HISTORY_DAYS, STATEMENT_DAYS, CONTEXT_DAYS, SPEECH_TYPES, TOPIC_BEFORE,
                               start_of, end_of)

if TYPE_CHECKING:
    from diplo.events import SentenceMentions

MEETING_FRAME_REACH = 40    # characters around a verb of saying where "after the meeting" dates it
# "عقب اللقاء", "في ختام المباحثات", "after the talks", "at the end of the roughly three-hour meeting" (normalised)
AFTER_THE_MEETING = re.compile(r"(?<!\w)[وف]?(?:عقب|بعد|خلال|في ختام|في اعقاب|اثر)\s+(?:ال|لل)(?:لقاء|اجتماع|محادثات|مباحثات|"
                               r"مفاوضات|قمه|مكالمه|اتصال|جلسه|مؤتمر)|"
                               r"\b(?:after|following|during|at the end of) the(?:\s+[a-z][\w-]*){0,3}\s+"
                               r"(?:meeting|talks|summit|call|session|negotiations|conference)\b")
HOURS_AFTER_THE_MEETING = re.compile(r"(?<!\w)[وف]?(?:بعد|عقب) ساعات من (?:ال|لل)?(?:لقاء|اجتماع|محادثات|مباحثات|قمه|اتصال)|"
                                     r"\b(?:hours|minutes|shortly|moments|just|soon) after the(?:\s+[a-z][\w-]*){0,3}\s+"
                                     r"(?:meeting|talks|summit|call|session)\b")
# "وكان X قد" right before the event word: the Arabic pluperfect of a story, with its subject between (normalised)
PLUPERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)\s+(?:\S+\s+){0,10}?قد\s+(?:\S+\s+){0,4}$")
PLUPERFECT_REACH = 120
# the plural subject a participle of gathering qualifies (normalised English): "European Union leaders meeting in Brussels
# agreed", "Leaders of Arab and Muslim countries meeting in Riyadh on Monday demanded"
GATHERED_BEFORE = re.compile(r"\b(?:leaders|ministers|heads of (?:state|government)|envoys|diplomats|delegates|"
                             r"representatives|officials|chiefs|members)(?:\s+of\s+[^,.;]{1,60}?)?\s+$")
GATHERED_REACH = 80
EVE_AFTER_REACH = 80     # characters after an event word where "on the eve of the summit" dates it
# a person's taking office told in an aside before a date (normalised): ", appointed on", "، الذي تولى منصبه"
TOOK_OFFICE_BEFORE = re.compile(r"[,،]\s*(?:who was\s+|newly\s+)?(?:appointed|elected|sworn in|named|installed|inaugurated|"
                                r"confirmed)(?:\s+as\s+\w+(?:\s+\w+)?)?\s+(?:on\s+|last\s+|this\s+)?$|"
                                r"[,،]\s*(?:الذي|التي)\s+(?:تولي|تولت|عين|عينت|انتخب|انتخبت)\s+(?:\S+\s+){0,2}$")
CONTEXT_DAY_AFTER = 90    # characters after the event word where "later that day" still dates it
TRIP_GAP = 60     # characters between a journey and the meeting it is made for
PURPOSE_BEFORE = re.compile(r"(?:\bto|\bfor|(?<!\w)ل|(?<!\w)لاجراء|(?<!\w)لعقد)\s*$|(?<!\w)ل$")
# what a day is counted from, named right after the phrase: "للاتصال", "لانطلاق المفاوضات", "as the talks" (normalised)
OF_THE_STORY = re.compile(r"\s*(?:ل|لل)(?:ال)?(?:اتصال|مكالمه|لقاء|اجتماع|قمه|زياره|انطلاق|محادثات|مباحثات|مفاوضات|جوله|"
                          r"توقيع|اعلان|اتفاق)|\s+as\s+the\s+(?:\w+\s+)?(?:call|talks|meeting|summit|visit|signing)\b")
# a visit, then "and" and the meeting held during it (normalised)
AND_MET = re.compile(r"\band\s*$|(?<!\w)و$")
# a definite summit or conference named in a sentence: the one the article reported ("القمة", "the summit")
THE_GATHERING = re.compile(r"(?<!\w)[وف]?(?:ب|ل)?(?:ال|لل)(?:قمه|مؤتمر)(?!\w)|\bthe (?:\w+ )?(?:summit|conference)\b|"
                           # "Putin also met Erdogan on the sidelines": the margins of the gathering told of
                           r"\b(?:on|at) the (?:sidelines|margins)\b(?! of)", re.I)
# the sidelines of the meeting just told of, by a pronoun (normalised): "وعقد على هامشه لقاءً", "on its sidelines"
ITS_SIDELINES = re.compile(r"(?<!\w)[وف]?عل[يى] (?:هامشه|هامشها|هامشهما|هوامشه|هوامشها)(?!\w)|"
                           r"\bon (?:its|their) (?:sidelines|margins)\b")
# a sentence opening with what was done during the visit told of (normalised): "During the visit,", "وخلال الزيارة،"
DURING_THE_TRIP = re.compile(r"\W*(?:during\s+(?:the|his|her|their)\s+(?:visit|trip|stay)\b|"
                             r"[وف]?(?:خلال|اثناء|في اثناء)\s+(?:ال)?(?:زياره|جوله)(?!\w))", re.I)
# the words between an act and the call or meeting it was done in (normalised): "in a", "during their", "خلال", "في"
WITHIN_FRAME = re.compile(r"\s+(?:in|during|at)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+)?|\s+(?:خلال|في|اثناء)\s+")
# right before a visit word that frames what was done during it ("held talks during his visit", "receives Kishida for a
# state visit on Wednesday"; normalised)
DURING_VISIT = re.compile(r"\b(?:during|in the course of)\s+(?:his|her|their|the|a|an)?\s*(?:[\w-]+\s+){0,2}$|"
                          r"\b(?:for|on)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}$|"
                          r"(?<!\w)(?:خلال|اثناء)\s+(?:\S+\s+)?$")
# "a day after", "two days before", "بعد يومين من" right before an event word (normalised): counted from the date
# named earlier in the sentence
# ("The order came three days after Secretary of State Antony Blinken met": a subject with its title between)
DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+"
                        r"(?P<dir>after|before)\s+(?:\S+\s+){0,12}$|"
                        r"(?<!\w)[وف]?(?P<dir_ar>بعد|قبل)\s+(?P<n_ar>يوم|يومين|ثلاثه ايام|اربعه ايام|خمسه ايام|سته ايام|"
                        r"سبعه ايام|ثمانيه ايام|اسبوع)\s+(?:من\s+)?(?:\S+\s+){0,3}$", re.I)
DAYS_APART_REACH = 90
# "من" right before the event word after a day counted ("بعد يومين من اتصال"): the event word is what the story came
# that many days after (normalised)
OF_THE_EVENT = re.compile(r"\s+من\s+(?:\S+\s+){0,4}?(?:ال)?")
COUNTED_PHRASE = re.compile(r"days?\s+(?:after|before)|(?:بعد|قبل)\s+(?:يوم|يومين)", re.I)   # a day counted already
COUNTED_BACK = re.compile(r"days?\s+after|(?<!\w)[وف]?بعد\s+(?:يوم|يومين|\S+ ايام|اسبوع)", re.I)   # ... back, to the past
DAYS_APART_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                    "nine": 9, "ten": 10, "يوم": 1, "يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4, "خمسه ايام": 5,
                    "سته ايام": 6, "سبعه ايام": 7, "ثمانيه ايام": 8, "اسبوع": 7}
# "without (announcing) a deal", "دون التوصل إلى اتفاق" right before an event word (normalised)
WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:\S+\s+){0,2}$|(?<!\w)(?:من\s+)?(?:دون|بدون)\s+(?:\S+\s+){0,2}$")
# what may follow a verb of saying that ends its sentence as an attribution: ", X said." (normalised)
ATTRIBUTION_END = re.compile(r"\s*(?:on \w+day\s*)?(?:[.;]|$)")
ARABIC_DATE_AFTER_VERB = 100     # characters an Arabic event word after a date counts as further from it
BESIDE_DATE = 12     # characters between a relative day and the calendar date set beside it
# a day in the possessive ("Saturday's attack", "last week's talks"): the day of the noun after it (original text)
POSSESSIVE_AFTER = re.compile(r"['’]s\s")
POSSESSED_REACH = 25     # characters from the day's end to the event word it may own ("Monday's emergency talks")
# a relative clause about someone or somewhere else, or with a subject of its own (normalised): "the colony where
# Navalny died", "export curbs that it imposed on South Korea in 2019" (not ", who came to
# Kyiv on 1 December": their coming is most often the day of the meeting told)
ASIDE_REACH = 100     # characters from "where"/"whose" back from a day it may hold
ALSO_WORD = re.compile(r"(?<!\w)(?:ايضا|كذلك)(?!\w)|\balso\b")     # (normalised)
DAY_KINDS = ("full", "month_day", "weekday", "relative_day", "hijri", "day_of_month")    # phrases that name a day
SUBJECT_ASIDE = re.compile(r"[,]\s+(?:who|which)\s")     # ", who arrived on Monday evening," (normalised)
TO_INFINITIVE = re.compile(r"\s+to\s+")     # between a day and the verb of saying its act was for (normalised)
ASIDE_CLOSED = re.compile(r"\s*,\s*(?:[\w-]+\s+){0,2}")     # ", said", ", told reporters": the aside closes at the comma
# a clause on a noun with no "that" before a day (normalised): "the export restrictions it imposed in 2019"
CONTACT_CLAUSE = re.compile(r"(?<!\bsaid)(?<!\bsays)(?<!\bthat)(?<!\bannounced)(?<!\bstated)(?<!\badded)(?<!\bif)"
                            r"(?<!\bwhen)(?<!\bafter)(?<!\bbefore)(?<!\bas)(?<!\band)(?<!\bbut)(?<!\bwhere)(?<!\bwhich)"
                            r"\s(?:it|they|he|she|we)\s+(?:had\s+)?\w+ed\s+(?:in|on|last|since)\s+$")
CONTACT_CLAUSE_REACH = 40
ABOUT_ANOTHER = re.compile(r"\b(?:where|whose)\s|\b(?:that|which)\s+(?:it|he|she|they|we)\s")
# the day a cancelled or postponed event had been set for (normalised): "which had been scheduled for", "كانت مقررة في"
SCHEDULED_FOR = re.compile(r"\b(?:scheduled|set|planned|slated|due)\s+(?:for|on)\s+(?:the\s+)?$|"
                           r"(?<!\w)(?:المقرر|مقررا|مقرره|المقرره)\s+(?:(?:عقده|عقدها)\s+)?(?:يوم|في)?\s*$")
HISTORY_NEAR = 70     # characters from the event word's nearer edge: a decade-old date this close dates that event
# a deadline ("by 2035", "by the end of June", "بحلول عام 2030") is not the day of the event
DEADLINE_BEFORE = re.compile(r"(?:\bby(?: the end of)?|\buntil(?: the end of)?|\bthrough|بحلول(?: نهايه)?|"
                             r"(?<!\w)(?:حتي|لغايه)(?:\s+نهايه)?)\s+"
                             r"(?:عام\s+|سنه\s+)?$|"
                             # an occasion, not a time: "مأدبة إفطار بمناسبة شهر رمضان", "on the occasion of Eid"
                             r"(?<!\w)[بل]مناسبه\s+(?:حلول\s+)?$|\bon the occasion of\s+(?:the\s+)?$|"
                             # when a measure takes effect, not when it was taken: "قطع العلاقات ... ابتداء من اليوم",
                             # "effective from Monday", "with effect from August 12"
                             r"(?<!\w)(?:ابتداء|اعتبارا|بدءا)\s+من\s+(?:يوم\s+)?$|"
                             r"\b(?:effective|with effect|taking effect)\s+(?:from\s+|on\s+)?$", re.I)
# "an emergency meeting on the strikes, to be held later on Friday": the date is the gathering's (normalised)
HELD = re.compile(r"\b(?:(?:to|will|would|is to|was to|should|could) be (?:held|convened)|to take place|"
                  r"(?:scheduled|set|slated) (?:for|to take place)|"
                  # "the two-day summit ... hosted by Switzerland and attended by Zelensky, which ended on Sunday"
                  r"(?:which|that) (?:ended|closed|concluded|wrapped up))\b|"
                  r"(?<!\w)(?:(?:[تي]|ست|سي)عقد|(?:المقرر|المزمع|المنتظر) (?:ان )?(?:[تي]عقد|عقده|عقدها))(?!\w)",
                  re.I)
HELD_REACH = 40    # characters between "to be held" and the date it introduces
# "Trump also met Ishiba": a paragraph that goes on with the last one's story. (Arabic "كما" opening a paragraph
# adds another item of the article's main story as often as of the paragraph before: it is left out.)
GOING_ON = re.compile(r"^\W*(?:[\w'.-]+\s+){0,4}also\b", re.I)
@lru_cache(maxsize=2)
def _context_day_pattern(lang: str) -> re.Pattern:
    """The phrases of dates.yaml `relative_to_context`, longest first, as whole words; an Arabic one may carry
    و or ف ("وفي اليوم نفسه")."""
    forms = sorted(date_words().relative_to_context[lang], key=len, reverse=True)
    clitic = "[وف]?" if lang == "ar" else ""
    return re.compile(r"(?<!\w)" + clitic + "(?P<phrase>" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
def _near_publication(day: date, published: date) -> bool:
    """A day recent enough for later sentences to count from ("the next day", an undated sentence)."""
    return -CONTEXT_DAYS <= (day - published).days <= 1


# what an act answers, between it and a day named after it: the day is of what was answered ("طرد ستين دبلوماسيا ... في
# إطار رد منسق على تسميم سكريبال في الرابع من آذار", "in response to the poisoning of Skripal on March 4"; normalised)
# (not a question answered: "قال ردا على سؤال يوم الاثنين"; nor "over", "due to": roles.SANCTION_CAUSE reads those as
# the cause of a measure, but "talks over the weekend", "due to be adopted on 24 February" name days of the event)
CAUSE_BETWEEN = re.compile(r"(?<!\w)(?:بسبب|جراء|علي خلفيه|ردا علي|رد (?:\S+ )?علي|احتجاجا علي)(?!\w)"
                           r"(?!\s+(?:ال)?(?:سؤال|اسئله))|"
                           r"\b(?:because of|in response to|in retaliation for|in protest (?:at|against|over))\b"
                           r"(?!\s+(?:an?\s+|the\s+)?questions?\b)")
# a clause about the object told in the past, between an event word and a year: "التي فرضتها", "which it imposed" (not
# "التي تستضيفها", "which it will host": the event's own year; normalised)
RELATIVE_BETWEEN = re.compile(r"(?<!\w)(?:التي|الذي|اللتين|اللذين|اللواتي)\s+(?![يتنا]|س[يتن])\S+|"
                              r"\b(?:which|that)\s+(?:\w+\s+)?(?:had|was|were|\w+ed)\b|"
                              r"\b(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?\w+ed\b")
THAT_AFTER_DAY = re.compile(r"\s*,?\s+that\b")     # "... on Thursday that ...": a that-clause opens after the day
# "... in August 2022 after a visit to Taiwan", "... في أغسطس 2022 بعد زيارة": another event placed in time after the day
# (normalised)
EVENT_AFTER_DAY = re.compile(r"\s*[,،]?\s+(?:after|before|following|ahead of|in the wake of|(?:[وف])?(?:بعد|قبل|عقب|اثر))"
                             r"(?!\w)(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|عام|اعوام|سنوات|اشهر|شهر|"
                             r"اسابيع|اسبوع|ايام|يوم|ساعات)(?!\w))|"
                             # "..., on Wednesday, hours after Trump said": the span counted back to the other event
                             r"\s*,\s+(?:(?:just|only|barely|some|about|a few|two|three|four|five|six)\s+)?"
                             r"(?:a day|a week|hours|days|weeks|minutes)\s+(?:after|before)\b")


class DateRules:
    """The date rules of EventBuilder (a mixin: it reads the builder's text, breaks, triggers and context days)."""

    def event_date(self, trig: Mention, own_dates: list[DateMention], etype: str, tense: str,
                   published: date | None, modality: str, background: bool):
        """The date phrase nearest the trigger among those no other trigger is closer to.

        With no phrase of its own, an asserted event that is the news (not background) is dated
        by the publication date, and its basis says so.
        """
        ts = start_of(trig)
        if id(trig) in self._borrowed and own_dates:
            # "announced on May 13 that ..., and met al-Sharaa the next day": the phrase after the event word counts
            # from the day it would otherwise borrow
            relative = self._day_from_context(trig, published, after_only=True)
            if relative is not None:
                return None, relative
        stayed_away = self._stayed_away_from(trig, etype, modality)
        if stayed_away is not None:
            return None, stayed_away
        candidates = [d for d in own_dates if (not d.since or etype == "military") and not self._deadline(d)
                      and not self._said_in_quotes(d)]
        if id(trig) in self._agreed_meetings:
            # "اتفقت البحرين وإيران الأحد على إطلاق محادثات", "agreed on Sunday to launch talks": the day is the agreeing's
            candidates = [d for d in candidates if self.norm_index(d.start) >= ts]
        if candidates:
            # "Li, who arrived on Monday evening, also met Anwar separately on Tuesday": the subject's aside has a
            # day of its own; the verb's is the one told with it
            if any(d.kind in DAY_KINDS and self.norm_index(d.start) >= end_of(trig) for d in candidates):
                candidates = [d for d in candidates if not self._in_subject_aside(d, trig)]
            chosen = min(candidates, key=lambda d: abs(self.norm_index(d.start) - ts))
            if chosen.kind in ("relative_day", "weekday"):
                # "a week ago, on October 10", "Tuesday, March 4": the calendar date beside it says the same, exactly
                chosen = next((d for d in candidates if d.kind in ("full", "month_day") and d.day is not None
                               and abs(self.norm_index(d.start) - self.norm_index(chosen.end)) <= BESIDE_DATE), chosen)
            if chosen.kind == "weekday" and chosen.qualifier is None:
                # "وفي اليوم التالي، الثلاثاء، أجرى": the day counted from the one named before, which the weekday
                # names again (a bare weekday alone would be the last such day before publication)
                relative = self._day_from_context(trig, published)
                if relative is not None and relative.date.weekday() == chosen.weekday:
                    return chosen, relative
                again = self._same_weekday_named(chosen, published, tense)
                if again is not None:
                    return chosen, again
            resolved = resolve_date(chosen, published, tense)
            if modality == "negated" and published and SCHEDULED_FOR.search(
                    self.nt.text, max(0, self.norm_index(chosen.start) - 30), self.norm_index(chosen.start)):
                # "visit to Pakistan, which had been scheduled for November 21, has been postponed": the day set,
                # whichever side of the report it falls
                resolved = min((r for r in (resolve_date(chosen, published, "past"),
                                            resolve_date(chosen, published, "future")) if r is not None),
                               key=lambda r: abs((r.date - published).days), default=resolved)
            # a statement in the news is recent: "حدود الرابع من حزيران 1967" is what it is about
            age = (published - resolved.date).days if resolved and published else 0
            if resolved and not (etype in SPEECH_TYPES and age > STATEMENT_DAYS) \
                    and not (etype != "military" and age > HISTORY_DAYS):
                return chosen, resolved
            if resolved and etype not in SPEECH_TYPES and age > HISTORY_DAYS \
                    and self._near_edge(trig, chosen) <= HISTORY_NEAR:
                return chosen, resolved     # "set at the Wales summit in 2014": the event itself is history
        gathered = self._day_of_the_gathered(trig, tense, published) if etype == "meeting" else None
        if gathered is not None:
            return gathered
        eve = self._eve_of_the_meeting(trig)
        if eve is not None:
            return None, eve
        # "وبعد ساعات من اللقاء": the meeting named is the day, before any day named since
        after_meeting = self._day_of_the_meeting(trig, etype)
        if after_meeting is not None:
            return None, after_meeting
        relative = self._day_from_context(trig, published)
        if relative is not None:
            return None, relative
        if modality == "asserted" and not background and self.last_gathering is not None \
                and THE_GATHERING.search(self.nt.text, self.norm_index(self._sentence_start), self.norm_index(self._sentence_end)):
            word, day = self.last_gathering      # "وحضر القمة أيضاً زيلينسكي، الذي التقى ولي العهد": the summit's day
            return None, ResolvedDate(day, "day", f'no date in the sentence: the day of the gathering it names '
                                                  f'("{word}", {day.isoformat()})')
        if modality == "asserted" and etype in ("meeting", "call", "agreement") and self.last_meeting is not None \
                and ITS_SIDELINES.search(self.nt.text, self.norm_index(self._sentence_start), ts):
            word, day = self.last_meeting      # "ترأس الاجتماع، وعقد على هامشه لقاءً ثنائياً": the day of the meeting told of
            return None, ResolvedDate(day, "day", f'no date in the sentence: on the sidelines of the meeting told of '
                                                  f'("{word}", {day.isoformat()})')
        if modality == "negated" and etype == "meeting" and self.last_meeting is not None and self._definite(trig):
            word, day = self.last_meeting      # "وغاب نتنياهو عن القمة", "skipped the summit": the one told of
            return None, ResolvedDate(day, "day", f'absent from the meeting told of ("{word}", {day.isoformat()})')
        if modality == "asserted" and self.last_trip is not None \
                and DURING_THE_TRIP.match(self.nt.text, self.norm_index(self._sentence_start)):
            word, day = self.last_trip      # "During the visit, the US president announced $100 million": the visit's day
            return None, ResolvedDate(day, "day", f'no date in the sentence: during the visit told of '
                                                  f'("{word}", {day.isoformat()})')
        # "وكان الرئيس التركي قد استقبل الرئيس السيسي بالمجمع الرئاسي": done earlier in the story told, so on its day
        earlier_in_story = modality == "asserted" and background and etype in ("call", "meeting") and PLUPERFECT.search(
            self.nt.text, max(self.norm_index(self._sentence_start), ts - PLUPERFECT_REACH), ts) is not None
        if modality == "asserted" and (not background or earlier_in_story):
            carried = self._carried_date()
            if carried is not None:
                phrase, day, _ = carried
                told = "told as done before within the story" if background else "no date in the sentence"
                return None, ResolvedDate(day, "day", f"{told}: {day.isoformat()} carried "
                                                      f"from an earlier dated sentence (\"{phrase}\")")
        if modality == "asserted" and not background and published:
            return None, ResolvedDate(published, "day", "no date in the sentence: publication date "
                                                         f"{published.isoformat()} assumed")
        return None, None

    def _counted_apart(self, trig: Mention, chosen: DateMention | None, resolved: ResolvedDate | None
                       ) -> ResolvedDate | None:
        """"held a phone call on March 19, a day after Trump spoke with Putin", "بعد يومين من لقاء": the event word
        after such words is that many days from the date named before them."""
        if resolved is None or resolved.precision != "day":
            return resolved
        ts = start_of(trig) - len(trig.data.get("prefix", ""))
        apart = DAYS_APART.search(self.nt.text, max(self.norm_index(self._sentence_start), ts - DAYS_APART_REACH), ts)
        if apart is None or (chosen is not None and self.norm_index(chosen.end) > apart.start()):
            return resolved     # (a date after the words is the event word's own)
        words_end = apart.end("n_ar") if apart.group("n_ar") else apart.end("dir")     # where "a day after" ends
        kind = self.triggers[trig.entry].type
        if any(words_end <= start_of(t) < ts for t in self._sentence_triggers if self.triggers[t.entry].type != kind) \
                or COMPLEMENTIZER.search(self.nt.text, words_end, ts):
            return resolved     # "two days after the U.S. military struck a boat ..., Rubio announced": counted to the
            # event word right after the words ("a day after revealing that Kishida had sought a summit": to the telling)
        if resolved.phrase and COUNTED_PHRASE.search(resolved.phrase):
            return resolved     # "The call came a day after Lee spoke with Ishiba": counted already from the story's day
        count = (apart.group("n") or apart.group("n_ar")).lower()
        days = int(count) if count.isdigit() else DAYS_APART_COUNT[count]
        day = resolved.date + timedelta(days=-days if (apart.group("dir") or apart.group("dir_ar")) in ("after", "بعد")
                                        else days)
        return ResolvedDate(day, "day", f'"{apart.group(0).strip()}" {resolved.date.isoformat()} → {day.isoformat()}',
                            apart.group(0).strip())

    # the last day the article named with a day-precise phrase: what "that day", "the next day" count from. It is
    # the context day, or a day named since that is no context for undated sentences: the day of a postponement
    # or cancellation ("The chill began on February 3, when Blinken postponed his visit. Blinken spoke by phone
    # with Wang that day")
    @property
    def context_date(self) -> tuple[str, date, int] | None:
        return self._context_date

    @context_date.setter
    def context_date(self, value: tuple[str, date, int] | None) -> None:
        self._context_date = self.named_day = value

    def new_item(self) -> None:
        """A live blog's new item: undated sentences in it are of the day it is filed under, not of a day an
        earlier item named."""
        self.context_date = self.lead_date = None

    def _near_edge(self, trig: Mention, d: DateMention) -> int:
        """Characters between the event word and a date phrase, from the word's nearer edge."""
        ds = self.norm_index(d.start)
        return ds - end_of(trig) if ds >= end_of(trig) else abs(start_of(trig) - ds)

    def _note_day(self, sm: SentenceMentions, published: date | None, lead: bool = False) -> None:
        """A sentence with no event that names one day ("On Sunday, January 7, the government suspended three
        deputy ministers") is still the day "the next day" and undated sentences after it count from."""
        named = self._one_day_named(sm, published)
        if named is None:
            return
        day, resolved = named
        if _near_publication(resolved.date, published):
            self.context_date = (day.text, resolved.date, self._paragraph)
            if lead and self.lead_date is None and resolved.date != published:   # (not a byline's day)
                self.lead_date = self.context_date

    def _note_lead(self, sm: SentenceMentions, published: date | None) -> None:
        """The one past day a sentence names, as the lead's day, when its events gave none."""
        named = self._one_day_named(sm, published)
        if named is not None and named[1].date <= published and _near_publication(named[1].date, published):
            self.lead_date = (named[0].text, named[1].date, self._paragraph)

    @staticmethod
    def _one_day_named(sm: SentenceMentions, published: date | None) -> tuple[DateMention, ResolvedDate] | None:
        """The day a sentence names, read as past, when it names exactly one (a month or year named beside the day
        is no second day: "أمس الخميس ... حتى مايو 2026")."""
        if published is None:
            return None
        days = [(d, r) for d in sm.dates if not d.since
                for r in [resolve_date(d, published, "past")] if r is not None and r.precision == "day"]
        return days[0] if len(days) == 1 else None

    def _same_weekday_named(self, d: DateMention, published: date | None, tense: str) -> ResolvedDate | None:
        """"وفي اليوم التالي، الثلاثاء، أجرى السيسي ... وتلقى الرئيس الأسد الثلاثاء أيضاً اتصالات": a bare weekday of the
        past, in a sentence that adds to what the paragraph told ("أيضاً", "also"), is the date of that weekday the
        paragraph has just named, a week before the plain reading."""
        if self.named_day is None or published is None or tense != "past" or not ALSO_WORD.search(
                self.nt.text, self.norm_index(self._sentence_start), self.norm_index(self._sentence_end)):
            return None
        phrase, day, paragraph = self.named_day
        plain = resolve_date(d, published, tense)
        if paragraph != self._paragraph or plain is None or day.weekday() != d.weekday or (plain.date - day).days != 7:
            return None
        return ResolvedDate(day, "day", f'"{d.text}" → {day.isoformat()}, the {d.text} this paragraph has named '
                                        f'("{phrase}")')

    def _day_from_context(self, trig: Mention, published: date | None,
                          after_only: bool = False) -> ResolvedDate | None:
        """"The next day", "في اليوم التالي", "the same day" before the event word: counted from the last date
        the article named, also when a new paragraph begins with it; with none named yet, from publication ("Wang
        had met Lavrov at the same venue two days earlier")."""
        carried = self.named_day
        if carried is None and published is None:
            return None
        phrase, day, _ = carried if carried is not None else ("publication", published, None)
        pattern = _context_day_pattern(self.lang)
        # the first phrase before the event word in its sentence wins; only without one is the text after it read
        m = None if after_only else pattern.search(self.nt.text, self.norm_index(self._sentence_start), start_of(trig))
        if m is None:
            # "would hold a telephone call with Putin later that day": after the event word, in its clause
            m = next((m for m in pattern.finditer(self.nt.text, end_of(trig),
                                                  min(len(self.nt.text), end_of(trig) + CONTEXT_DAY_AFTER))
                      if not self._clause_between(end_of(trig), m.start())
                      and not self._segment_between(end_of(trig), m.start())), None)
        if m is None or self._deadline_at(m.start()):
            return None     # "وأمهلتهم حتى نهاية اليوم التالي": when they must be gone, not the event's day
        offset = date_words().relative_to_context[self.lang][m.group("phrase")]
        if published is not None:
            # "Modi, who arrived in the Thai capital on Thursday, held talks ... the same day", "announced in Riyadh on
            # May 13 that ..., and met al-Sharaa the following day": the day named before in its own sentence
            own = [d for d in self._sentence_days if self.norm_index(d.end) <= min(m.start(), start_of(trig))
                   and not d.since]
            own_day = resolve_date(own[-1], published, "past") if own else None
            if own_day is not None and own_day.precision == "day":
                phrase, day = own[-1].text, own_day.date
        if offset > 0 and m.end() <= start_of(trig) and OF_THE_EVENT.fullmatch(self.nt.text, m.end(), start_of(trig)):
            offset = -offset     # "وجاء القرار بعد يومين من اتصال هاتفي بين الشيباني ونظيره": the call, two days before
        if self.lead_date is not None and OF_THE_STORY.match(self.nt.text, m.end()):
            # "وفي اليوم التالي للاتصال", "في اليوم نفسه لانطلاق المفاوضات", "on the same day as the talks": counted from
            # the event the story is about, named again, not from the last date named
            phrase, day, _ = self.lead_date
        resolved = day + timedelta(days=offset)
        return ResolvedDate(resolved, "day", f'"{m.group(0)}" → {resolved.isoformat()}, counted from the last '
                                             f'date named ("{phrase}", {day.isoformat()})', m.group(0))

    def _day_of_the_meeting(self, trig: Mention, etype: str) -> ResolvedDate | None:
        """"وقال كوليبا عقب اللقاء إن ...", "told reporters after the talks": said on the day of the last meeting
        or call reported."""
        if self.last_meeting is None:
            return None
        start, end = self.norm_index(self._sentence_start), end_of(trig) + MEETING_FRAME_REACH
        # "Hours after the meeting, Trump signed an order imposing ...": any act, when the words say the same day
        if etype in SPEECH_TYPES:
            if not AFTER_THE_MEETING.search(self.nt.text, max(start, start_of(trig) - MEETING_FRAME_REACH), end):
                return None
        elif not HOURS_AFTER_THE_MEETING.search(self.nt.text, start, end):
            return None
        word, day = self.last_meeting
        return ResolvedDate(day, "day", f'said at or after the meeting told of ("{word}", {day.isoformat()})')

    def _day_of_the_gathered(self, trig: Mention, tense: str, published: date | None
                             ) -> tuple[DateMention, ResolvedDate] | None:
        """"European Union leaders meeting in Brussels agreed on Monday to ...": those gathered acted on the day of
        their meeting, which the verb after it names."""
        ts = start_of(trig)
        if self.lang == "ar" or not GATHERED_BEFORE.search(self.nt.text, max(0, ts - GATHERED_REACH), ts) \
                or not self.nt.text.startswith(("meeting", "gathered", "gathering"), ts):
            return None
        later = [d for d in self._sentence_days if self.norm_index(d.start) >= end_of(trig) and d.kind in DAY_KINDS
                 and not d.since]
        resolved = resolve_date(later[0], published, tense) if later else None
        if resolved is None or resolved.precision != "day":
            return None
        return later[0], ResolvedDate(resolved.date, "day", f"{resolved.basis}: the day those meeting acted")

    def _eve_of_the_meeting(self, trig: Mention) -> ResolvedDate | None:
        """"On the eve of the summit, Xi and Modi held their first talks", "وعشية القمة استقبل": the day before the
        gathering the article told of (the last dated summit or conference, else the last dated call or meeting)."""
        eve, span = None, (self.norm_index(self._sentence_start), start_of(trig))
        if self.nt.text.find(EVE_WORD[self.lang == "ar"], *span) >= 0:
            for m in EVE_OF.finditer(self.nt.text, *span):
                eve = m
            if eve is not None and self._clause_between(eve.end(), start_of(trig)):
                return None
        if eve is None:
            # "had received a telephone call from Pezeshkian on the eve of the summit": the phrase right after
            after = EVE_OF.search(self.nt.text, end_of(trig), min(self.norm_index(self._sentence_end),
                                                                  end_of(trig) + EVE_AFTER_REACH))
            if after is None or self._clause_between(end_of(trig), after.start()):
                return None
            eve = after
        told = self.last_gathering if (eve.group("gathering") or eve.group("gathering_ar")) and self.last_gathering \
            else self.last_meeting
        if told is None:
            return None
        word, day = told
        before = day - timedelta(days=1)
        return ResolvedDate(before, "day", f'the eve of the meeting told of ("{word}", {day.isoformat()}): '
                                           f'{before.isoformat()}')

    def _said_in_quotes(self, d: DateMention) -> bool:
        """"Today we're succeeding", "إجراء اليوم يؤكد": a quoted today or yesterday counts from the day the words
        were said, which the report need not share."""
        pos = self.norm_index(d.start)
        return d.kind == "relative_day" and self._quoted(pos) and not self._scare_quoted(pos)

    def _carried_date(self) -> tuple[str, date, int] | None:
        """An undated sentence shares the date of the last dated one in its paragraph; a new paragraph
        goes back to the lead story ("Blinken met Abbas on Friday. / He arrived from Israel, where he met
        Netanyahu yesterday. // The king stressed ..." is Friday again)."""
        if self.context_date is not None and (self.context_date[2] == self._paragraph or (
                self.context_date[2] == self._previous_paragraph and self._goes_on())):
            return self.context_date
        if self.lead_date is not None and self.context_date is not None and self.context_date[1] > self.lead_date[1]:
            return self.context_date     # the story has moved on to a later day since its lead
        return self.lead_date if self.lead_date is not None else self.context_date

    def _goes_on(self) -> bool:
        """The sentence adds to the story told just before it ("Trump also met Ishiba")."""
        start = self.norm_index(self._sentence_start)
        return GOING_ON.match(self.nt.text[start:start + 60]) is not None

    def _date_distance(self, pos: int, t: Mention, end: int | None = None) -> int:
        """Characters between a date phrase and a trigger, plus a penalty per clause boundary between."""
        a, b = (pos, start_of(t)) if pos < start_of(t) else (end_of(t), pos)
        breaks = self._segments_between(a, b) if b > a else 0
        # "met X on Monday and will travel ...": a date before "and" + verb closes the first verb's clause
        joined = pos < start_of(t) and COORDINATION.search(self.nt.text, a, b) is not None
        # "أعلن الوزير، أمس الخميس، إرجاء الجولة": a date set off by commas dates the verb before it
        aside = pos < start_of(t) and end is not None and self._parenthetical(pos, end)
        # Arabic puts a day after the verb it dates ("استقبل ... في قصر الشاطئ، أمس الأربعاء، الرئيس الإندونيسي الذي يقوم
        # بزيارة"): an event word after the date is further from it than its characters say
        before_verb = pos < start_of(t) and self.lang == "ar"
        return max(b - a, 0) + 200 * breaks + 100 * joined + 150 * aside + ARABIC_DATE_AFTER_VERB * before_verb

    def _attribution(self, t: Mention, pos: int) -> bool:
        """A verb of saying after the date and a comma, ending the sentence: ", spokesman Esmaeil Baghaei said"."""
        return self.triggers[t.entry].type in SPEECH_TYPES and pos < start_of(t) \
            and self._segments_between(pos, start_of(t)) > 0 \
            and ATTRIBUTION_END.match(self.nt.text, end_of(t)) is not None

    def _day_of_office(self, d: DateMention) -> bool:
        """"Foreign Minister Yoko Kamikawa, appointed on Wednesday, held her first phone talks": the day someone took
        office, set aside after the name, dates no event."""
        start = self.norm_index(d.start)
        return TOOK_OFFICE_BEFORE.search(self.nt.text, max(0, start - 40), start) is not None

    def _possessive(self, d: DateMention) -> bool:
        return self.lang != "ar" and POSSESSIVE_AFTER.match(self.doc.text, d.end) is not None

    def _day_of_a_thing(self, d: DateMention, triggers: list[Mention]) -> bool:
        """"the drones used in Saturday's attack": a day in the possessive is the day of the noun it owns; unless that
        noun is an event word of the sentence ("Monday's talks"), it dates nothing told here."""
        if not self._possessive(d):
            return False
        start, end = self.norm_index(d.start), self.norm_index(d.end)
        # ("Tuesday's phone call" is one event word, the day inside it)
        return not any(0 <= start_of(t) - end <= POSSESSED_REACH or start_of(t) <= start < end_of(t) for t in triggers)

    def _day_of_an_aside(self, d: DateMention, triggers: list[Mention]) -> bool:
        """"officials tied to the Arctic penal colony where Navalny died a week ago": a day in a relative clause about
        somewhere or someone after the event word, with no event word of its own ("Phnom Penh, where on Sunday he had
        held a trilateral meeting" has one), is that clause's verb's."""
        if self.lang == "ar":
            return False
        pos = self.norm_index(d.start)
        contact = CONTACT_CLAUSE.search(self.nt.text, max(0, pos - CONTACT_CLAUSE_REACH), pos)
        if contact is not None and any(end_of(t) <= contact.start() and not self._segment_between(end_of(t), pos)
                                       for t in triggers):
            return True     # "would lift the export restrictions it imposed in 2019": the day of the clause on the noun
        opened = None
        since = max(self.norm_index(self._sentence_start), pos - ASIDE_REACH)
        for m in ABOUT_ANOTHER.finditer(self.nt.text, since, pos):
            opened = m
        if opened is None or self._segment_between(opened.end(), pos):
            return False
        return any(end_of(t) < opened.start() - 2 for t in triggers) \
            and not any(start_of(t) >= opened.start() for t in triggers)

    def _stayed_away_from(self, trig: Mention, etype: str, modality: str) -> ResolvedDate | None:
        """"ولم يشارك نتنياهو في القمة، إذ أعلن مكتبه ...", "Henry did not attend the meeting": who stayed away from the
        gathering told of did so on its day, whatever other days the sentence names."""
        if modality != "negated" or etype != "meeting" or not self._definite(trig):
            return None
        sentence = self.nt.text[self.norm_index(self._sentence_start):start_of(trig)]
        if not STAYED_AWAY.search(sentence):
            return None
        gathering = self.last_gathering if self.triggers[trig.entry].subtype in ("summit", "conference") else None
        word, day = gathering or self.last_meeting or (None, None)
        if day is None:
            return None
        return ResolvedDate(day, "day", f'absent from the meeting told of ("{word}", {day.isoformat()})')

    def _in_subject_aside(self, d: DateMention, trig: Mention) -> bool:
        """A day inside ", who/which ...," that closes before the event word (English)."""
        pos, end = self.norm_index(d.start), self.norm_index(d.end)
        if self.lang == "ar" or end >= start_of(trig):
            return False
        opened = None
        for m in SUBJECT_ASIDE.finditer(self.nt.text, max(self.norm_index(self._sentence_start), pos - ASIDE_REACH), pos):
            opened = m
        return opened is not None and not self._segment_between(opened.end(), pos) \
            and self._segment_between(end, start_of(trig))

    def _drop_date_asides(self) -> None:
        """"أجراه ماكرون، الثلاثاء، بنظيره الروسي": the commas around a date set aside divide no parties."""
        for start, end in self._date_spans:
            if not self._parenthetical(start, end):
                continue
            before = self.nt.text.rfind("،" if "،" in self.nt.text[max(0, start - 3):start] else ",", 0, start)
            after = min((i for i in (self.nt.text.find(",", end), self.nt.text.find("،", end)) if i >= 0), default=-1)
            for i in (before, after):
                k = bisect_left(self.segment_breaks, i)
                if i >= 0 and k < len(self.segment_breaks) and self.segment_breaks[k] == i:
                    self.segment_breaks.pop(k)

    def _parenthetical(self, start: int, end: int) -> bool:
        before = self.nt.text[max(0, start - 3):start].rstrip()
        after = self.nt.text[end:end + 3].lstrip()
        return before.endswith((",", "،")) and after.startswith((",", "،"))

    def _date_owners(self, triggers: list[Mention], dates: list[DateMention]) -> dict[int, list[DateMention]]:
        """Each date phrase belongs to its nearest trigger; a trigger with none shares the dates of the
        trigger before it in the sentence ("أعلن ... الثلاثاء أن ماكرون تحدث ... وطالبه")."""
        owners: dict[int, list[DateMention]] = {id(t): [] for t in triggers}
        for d in dates:
            pos, end = self.norm_index(d.start), self.norm_index(d.end)
            nearest = self._gathering_held(triggers, pos) or \
                min(triggers, key=lambda t: self._date_distance(pos, t, end), default=None)
            if nearest is not None and len(triggers) > 1 and (
                    WITHOUT_BEFORE.search(self.nt.text, max(0, start_of(nearest) - 25), start_of(nearest))
                    or (TOPIC_BEFORE.search(self.nt.text, max(0, start_of(nearest) - 30), start_of(nearest))
                        and any(end_of(t) <= pos for t in triggers if t is not nearest))):
                # ("met Taliban representatives in Doha on Monday to discuss humanitarian aid": what was discussed has
                # no day of its own)
                # "ended a summit in Alaska on Friday without announcing a deal": what did not come has no day
                nearest = min((t for t in triggers if t is not nearest), key=lambda t: self._date_distance(pos, t, end))
            if nearest is not None and start_of(nearest) >= end and self.lang != "ar" \
                    and COORDINATED_ACT.match(self.nt.text, end + 1) and end + 1 < start_of(nearest) <= end + 40:
                # "met Putin at a base in Anchorage, Alaska, on Friday and hosted Zelensky ... on Monday": a day right
                # before "and" + the next verb closes the clause of the verb before it
                nearest = max((t for t in triggers if end_of(t) <= pos), key=start_of, default=nearest)
            if nearest is not None and self.triggers[nearest.entry].type in SPEECH_TYPES and start_of(nearest) > end:
                # "Biden, who held a joint call with the leaders of France, Germany, Italy and Britain on Monday, said":
                # the day closing the subject's aside is the aside's verb's
                nearest = self._aside_verb(triggers, pos, end, nearest) or nearest
            if nearest is not None and self.triggers[nearest.entry].type in SPEECH_TYPES \
                    and TO_INFINITIVE.fullmatch(self.nt.text, end, start_of(nearest)):
                # "telephoned Abiy Ahmed on Thursday morning to welcome the accord": what the call was for has its day
                nearest = self._act_before(triggers, pos, same_segment=True) or nearest
            if nearest is not None and start_of(nearest) >= end and any(end_of(t) <= pos for t in triggers) and (
                    self.lang != "ar" and THAT_AFTER_DAY.match(self.nt.text, end) or EVENT_AFTER_DAY.match(self.nt.text, end)):
                # "said after talks with Macron at the White House on Thursday that he was prepared to speak with
                # Putin": the day closes the clause before "that"; what the that-clause tells has no day of it;
                # "cut off military contacts with Washington in August 2022 after a visit to Taiwan": the day closes
                # the clause before; the event placed after it is dated by its own words, if any
                nearest = max((t for t in triggers if end_of(t) <= pos), key=end_of)
            if nearest is not None and end_of(nearest) <= pos and CAUSE_BETWEEN.search(self.nt.text, end_of(nearest), pos):
                continue     # the day of what the act answers, not of the act
            if nearest is not None and d.kind in ("year", "month_year") and end_of(nearest) <= pos \
                    and RELATIVE_BETWEEN.search(self.nt.text, end_of(nearest), pos):
                continue     # "رفع القيود التي فرضتها عام 2019", "lifted the curbs it had imposed in 2019": the year
                # of the clause about the object, not of the act
            if nearest is not None and self._attribution(nearest, pos):
                # "met ... in Istanbul on Friday, spokesman Esmaeil Baghaei said": the date is the reported event's
                nearest = self._act_before(triggers, pos) or nearest
            if nearest is not None:
                owners[id(nearest)].append(d)
        shared: list[DateMention] = []
        self._borrowed: dict[int, int] = {}     # trigger → the trigger whose dates it shares
        self._trip_lenders: set[int] = set()     # meetings whose dates the journey before them shares
        ordered = sorted(triggers, key=start_of)
        lender = None
        for i, t in enumerate(ordered):
            if any(not d.since for d in owners[id(t)]):
                # ("the drones used in Saturday's attack, and ... tightened export controls": the attack's own day
                # is lent to no one)
                shared, lender = [d for d in owners[id(t)] if not self._possessive(d)], t
                continue
            frame = ordered[i + 1] if i + 1 < len(ordered) else None
            sidelines = frame is not None and owners[id(frame)] and (self._on_sidelines(frame) or self._within(t, frame)
                                                                     or self._during_visit(t, frame))
            if sidelines or (frame is not None and owners[id(frame)] and self._trip_for(t, frame)):
                # "signed an agreement on the sidelines of the G7 summit on Thursday": the summit's day;
                # "will travel to Washington on Monday to meet Trump": the trip has the meeting's day
                shared, lender = owners[id(frame)], frame
                if not sidelines:
                    self._trip_lenders.add(id(frame))
            # "في أول زيارة ... منذ سقوط النظام في دجنبر": a 'since' date is no day of its own
            owners[id(t)] = owners[id(t)] + [d for d in shared if not d.since]
            self._borrowed[id(t)] = id(lender)
        # "Australia has imposed sanctions on two ministers, Penny Wong said on Wednesday": what the attribution
        # reports, undated, is of the day it was told
        tail = ordered[-1] if ordered else None
        if tail is not None and owners[id(tail)] and self.triggers[tail.entry].type in SPEECH_TYPES \
                and ATTRIBUTION_END.match(self.nt.text, max(self.norm_index(d.end) for d in owners[id(tail)])):
            for t in ordered[:-1]:
                if not owners[id(t)] and self._segment_between(end_of(t), start_of(tail)):
                    owners[id(t)] = list(owners[id(tail)])
                    self._borrowed[id(t)] = id(tail)
        return owners

    def _aside_verb(self, triggers: list[Mention], pos: int, end: int, speech: Mention) -> Mention | None:
        """The event word of a ", who ..." aside that a date closes, right before the comma and the verb of saying
        after it (English)."""
        if self.lang == "ar" or not ASIDE_CLOSED.fullmatch(self.nt.text, end, start_of(speech)):
            return None
        opened = None
        for m in SUBJECT_ASIDE.finditer(self.nt.text, self.norm_index(self._sentence_start), pos):
            opened = m
        if opened is None or self._clause_between(opened.end(), pos):
            return None
        return self._act_before(triggers, pos, since=opened.end())

    def _act_before(self, triggers: list[Mention], pos: int, since: int = 0,
                    same_segment: bool = False) -> Mention | None:
        """The last event word other than a verb of saying that ends before a day at `pos` (starting at `since` or
        later; with `same_segment`, no comma or clause break between it and the day)."""
        return max((t for t in triggers if since <= start_of(t) and end_of(t) <= pos
                    and self.triggers[t.entry].type not in SPEECH_TYPES
                    and not (same_segment and self._segment_between(end_of(t), pos))), key=start_of, default=None)

    def _gathering_held(self, triggers: list[Mention], pos: int) -> Mention | None:
        """The meeting a date phrase right after "to be held", "scheduled for", "تعقد" belongs to, whatever
        stands between them ("an emergency meeting on the strikes, to be held later on Friday")."""
        held = None
        for m in HELD.finditer(self.nt.text, max(self.norm_index(self._sentence_start), pos - HELD_REACH), pos):
            held = m
        if held is None or any(held.end() <= start_of(t) < pos for t in triggers):
            return None
        meetings = [t for t in triggers if end_of(t) <= held.start() and self.triggers[t.entry].type == "meeting"
                    and not self._clause_between(end_of(t), held.start())]
        return max(meetings, key=start_of, default=None)

    def _within(self, t: Mention, frame: Mention) -> bool:
        """"agreed in a phone call on Tuesday", "اتفقا خلال اتصال هاتفي أمس": what was done in the call or meeting
        right after the word has the call's day."""
        return self.triggers[frame.entry].type in ("call", "meeting") \
            and WITHIN_FRAME.fullmatch(self.nt.text, end_of(t), start_of(frame)) is not None

    def _during_visit(self, t: Mention, frame: Mention) -> bool:
        """"held talks with Putin in Saint Petersburg on Thursday during his first visit to Russia": a meeting held
        during the visit named after it has the visit's day."""
        if self.triggers[frame.entry].type != "visit" or self.triggers[t.entry].type not in ("meeting", "call",
                                                                                           "agreement"):
            return False
        gap = self.nt.text[end_of(t):start_of(frame)]
        return len(gap) <= TRIP_GAP * 2 and DURING_VISIT.search(gap) is not None and not self._clause_between(
            end_of(t), start_of(frame))

    def _trip_for(self, trip: Mention, purpose: Mention) -> bool:
        """A journey whose purpose is the meeting right after it: "travel to Washington on Monday to meet Trump",
        "يتوجه إلى موسكو غدا للقاء بوتين"."""
        if self.triggers[trip.entry].type != "visit" or self.triggers[purpose.entry].type not in ("meeting", "call"):
            return False
        gap = self.nt.text[end_of(trip):start_of(purpose)]
        # ("paid a working visit to Washington and met Trump on Wednesday": the visit of the meeting's day)
        return len(gap) <= TRIP_GAP and (PURPOSE_BEFORE.search(gap) is not None or (
            AND_MET.search(gap) is not None and not self._clause_between(end_of(trip), start_of(purpose))))

    def _deadline(self, d: DateMention) -> bool:
        """"by 2035", "بحلول عام 2030": when something is to be done, not when the event took place (nor is "بمناسبة
        شهر رمضان", "on the occasion of", the occasion it was marked for)."""
        return self._deadline_at(self.norm_index(d.start))

    def _deadline_at(self, pos: int) -> bool:
        """A deadline's words end at pos (normalised)."""
        return DEADLINE_BEFORE.search(self.nt.text, max(0, pos - 26), pos) is not None
