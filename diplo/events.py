"""From the mentions of one sentence to coded events: type, roles, modality, date, place, evidence."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from diplo.actors import DESTINATION_PREPS, ActorRef, ActorResolver
from diplo.arabic import NormText
from diplo.date_words import date_words
from diplo.dates import DateMention, ResolvedDate, resolve_date
from diplo.lexicon import Lexicon, Trigger
from diplo.model import Actor, Document, Event, Location, Mention, Sentence, Span
from diplo.event_words import (EASING, EASED_AFTER, aid_halted, DELISTING, TARIFF, TARIFF_CUT, CLAUSE_BREAK, SEGMENT_BREAK, COMPLEMENTIZER, COORDINATION, CONDITION, CANCELLING,
                               ASKING_VERB, HONORIFIC_BEFORE, ADDRESS_WORD,
                               HISTORY_DAYS, STATEMENT_DAYS, CONTEXT_DAYS, LAST_TIME, BACKGROUND_DAYS, SELF_REFERENCE,
                               BARE_SELF_REFERENCE, QUOTATION, SPEECH_TYPES, SIDELINES, NECESSITY, start_of, end_of,
                               divides)
from diplo.modality import ModalityRules
from diplo.reshaping import EventReshaping
from diplo.roles import RoleRules
from diplo.selection import TriggerSelection

# "the (U.S.) " right before an event word: it is definite
_THE_BEFORE = re.compile(r"\bthe(?:\s+\S+)?\s+$")


# bare nouns of threat that name no one threatening anyone ("despite threats", "وسط تهديدات")
SINCE_WORDS = {"since", "منذ"}
MEETING_FRAME_REACH = 40    # characters around a verb of saying where "after the meeting" dates it
# "عقب اللقاء", "في ختام المباحثات", "after the talks", "at the end of the roughly three-hour meeting" (normalised)
AFTER_THE_MEETING = re.compile(r"(?<!\w)[وف]?(?:عقب|بعد|خلال|في ختام|في اعقاب|اثر)\s+(?:ال|لل)(?:لقاء|اجتماع|محادثات|مباحثات|"
                               r"مفاوضات|قمه|مكالمه|اتصال|جلسه|مؤتمر)|"
                               r"\b(?:after|following|during|at the end of) the(?:\s+[a-z][\w-]*){0,3}\s+"
                               r"(?:meeting|talks|summit|call|session|negotiations|conference)\b")
HOURS_AFTER_THE_MEETING = re.compile(r"(?<!\w)[وف]?(?:بعد|عقب) ساعات من (?:ال|لل)?(?:لقاء|اجتماع|محادثات|مباحثات|قمه|اتصال)|"
                                     r"\b(?:hours|minutes|shortly|moments|just|soon) after the(?:\s+[a-z][\w-]*){0,3}\s+"
                                     r"(?:meeting|talks|summit|call|session)\b")
ORIGIN_PREPS = {"from", "من"}
# a sentence that opens with "since ..." (normalised): "Since the war began in February 2022,", "ومنذ اندلاع الحرب"
SINCE_OPENING = re.compile(r"\W*(?:analysis\W+)?(?:since\b|[وف]?منذ(?!\w))", re.I)
SIDELINES_NAME_REACH = 40   # characters around a gathering's word where its organisation is named
CONTEXT_DAY_AFTER = 60    # characters after the event word where "later that day" still dates it
TOPIC_PLACE = re.compile(r"(?:(?<!\w)(?:ال)?(?:اوضاع|وضع|تطورات|مستجدات|ازمه|حرب|صراع|حل)\s+(?:ال\S+\s+)?(?:في|ب)\s*$)|"
                         r"\b(?:situation|developments|crisis|war|conflict|fighting|humanitarian situation) in\s+$")
FAR_PLACE_WORDS = 3    # words past a comma after which a place is another phrase's
SINCE_ADVERB = re.compile(r"\b(?:has|have|had|'s|'ve)\s+$", re.I)     # "Katz has since warned": afterwards
TRIP_GAP = 60     # characters between a journey and the meeting it is made for
PURPOSE_BEFORE = re.compile(r"(?:\bto|\bfor|(?<!\w)ل|(?<!\w)لاجراء|(?<!\w)لعقد)\s*$|(?<!\w)ل$")
# what a demand asks, after "called on X": "to stop", "for restraint", "not to", "over" (a courtesy call has none)
ASKED_TO = re.compile(r"\b(?:to|for|not|over|on all)\b")
# what a day is counted from, named right after the phrase: "للاتصال", "لانطلاق المفاوضات", "as the talks" (normalised)
OF_THE_STORY = re.compile(r"\s*(?:ل|لل)(?:ال)?(?:اتصال|مكالمه|لقاء|اجتماع|قمه|زياره|انطلاق|محادثات|مباحثات|مفاوضات|جوله|"
                          r"توقيع|اعلان|اتفاق)|\s+as\s+the\s+(?:\w+\s+)?(?:call|talks|meeting|summit|visit|signing)\b")
# a visit, then "and" and the meeting held during it (normalised)
AND_MET = re.compile(r"\band\s*$|(?<!\w)و$")
# a definite summit or conference named in a sentence: the one the article reported ("القمة", "the summit")
THE_GATHERING = re.compile(r"(?<!\w)[وف]?(?:ب|ل)?(?:ال|لل)(?:قمه|مؤتمر)(?!\w)|\bthe (?:\w+ )?(?:summit|conference)\b", re.I)
# the words between an act and the call or meeting it was done in (normalised): "in a", "during their", "خلال", "في"
WITHIN_FRAME = re.compile(r"\s+(?:in|during|at)\s+(?:a|an|the|their|his|her)?\s*(?:[\w-]+\s+)?|\s+(?:خلال|في|اثناء)\s+")
# right before a visit word that frames what was done during it (normalised)
DURING_VISIT = re.compile(r"\b(?:during|in the course of)\s+(?:his|her|their|the|a|an)?\s*(?:[\w-]+\s+){0,2}$|"
                          r"(?<!\w)(?:خلال|اثناء)\s+(?:\S+\s+)?$")
# "a day after", "two days before", "بعد يومين من" right before an event word (normalised): counted from the date
# named earlier in the sentence
DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d{1,2})\s+days?\s+(?P<dir>after|before)\s+"
                        r"(?:\S+\s+){0,3}$|"
                        r"(?<!\w)[وف]?(?P<dir_ar>بعد|قبل)\s+(?P<n_ar>يوم|يومين|ثلاثه ايام|اربعه ايام)\s+(?:من\s+)?"
                        r"(?:\S+\s+){0,3}$", re.I)
DAYS_APART_REACH = 60
SINCE_WORDS_BETWEEN = 3     # words between "since" and the landmark event word
DAYS_APART_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                    "يوم": 1, "يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4}
# "without (announcing) a deal", "دون التوصل إلى اتفاق" right before an event word (normalised)
WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:\S+\s+){0,2}$|(?<!\w)(?:من\s+)?(?:دون|بدون)\s+(?:\S+\s+){0,2}$")
# what may follow a verb of saying that ends its sentence as an attribution: ", X said." (normalised)
ATTRIBUTION_END = re.compile(r"\s*(?:on \w+day\s*)?(?:[.;]|$)")
ARABIC_DATE_AFTER_VERB = 100     # characters an Arabic event word after a date counts as further from it
BESIDE_DATE = 12     # characters between a relative day and the calendar date set beside it
HISTORY_NEAR = 70     # characters from the event word's nearer edge: a decade-old date this close dates that event
# a deadline ("by 2035", "by the end of June", "بحلول عام 2030") is not the day of the event
DEADLINE_BEFORE = re.compile(r"(?:\bby(?: the end of)?|\buntil|\bthrough|بحلول(?: نهايه)?|(?<!\w)(?:حتي|لغايه))\s+"
                             r"(?:عام\s+|سنه\s+)?$", re.I)
THREAT_NOUNS = {"threat", "threats", "تهديد", "تهديدات", "التهديدات", "وعيد"}
# "an emergency meeting on the strikes, to be held later on Friday": the date is the gathering's (normalised)
HELD = re.compile(r"\b(?:(?:to|will|would|is to|was to|should|could) be (?:held|convened)|to take place|"
                  r"(?:scheduled|set|slated) (?:for|to take place))\b|"
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


def _party(r: ActorRef) -> str:
    """What makes two actors two sides: a country for its people and itself; an armed group or organisation by its
    own name ("المحادثات بين القوات المسلحة السودانية وقوات الدعم السريع" are between two sides of one country)."""
    return r.name if r.kind in ("group", "organization") else (r.country or r.name)


def _near_publication(day: date, published: date) -> bool:
    """A day recent enough for later sentences to count from ("the next day", an undated sentence)."""
    return -CONTEXT_DAYS <= (day - published).days <= 1


@dataclass(slots=True)
class SentenceMentions:
    """Everything found in one sentence, in text order."""
    sentence: Sentence
    actors: list[Mention]
    triggers: list[Mention]
    cues: list[Mention]
    dates: list[DateMention]
    conflicts: list[Mention]


EASED_REACH = 80     # characters from a sanctions word to its own passive predicate of easing

class EventBuilder(TriggerSelection, EventReshaping, ModalityRules, RoleRules):
    """Builds the events of a document, sentence by sentence."""

    def __init__(self, doc: Document, nt: NormText, lexicon: Lexicon, lang: str, home: str | None = None):
        self.doc, self.nt, self.lex, self.lang = doc, nt, lexicon, lang
        self.resolver = ActorResolver(lexicon, nt, lang, home)
        self.triggers = {t.id: t for t in lexicon.triggers}
        self.conflicts = {c.id: c for c in lexicon.conflicts}
        self.last_speaker: ActorRef | None = None
        # boundary positions, found once per document; tests of "is there a break between" use bisect
        text = nt.text
        clause = [m.start() for m in CLAUSE_BREAK.finditer(text)]
        segment = [m.start() for m in SEGMENT_BREAK.finditer(text)]
        # the dots and commas of "U.S.", "Gen.", "1.6" and "1,000" divide nothing: each judged once for both lists
        dividing = {i: divides(text, i) for i in {*clause, *segment} if text[i] in ".,"}
        self.clause_breaks = [i for i in clause if dividing.get(i, True)]
        self.segment_breaks = [i for i in segment if dividing.get(i, True)]
        self.quotes = [(m.start(), m.end()) for m in QUOTATION.finditer(nt.text)]
        # the last date phrase of a reported event, with its paragraph; the first one dates the lead story
        self.last_parties: list[ActorRef] = []      # the parties of the last call or meeting
        self._pair_named = False                     # the sentence names them as a pair ("الجانبان")
        self._pair_cues: list[int] = []              # where it does
        self._date_spans: list[tuple[int, int]] = []   # the sentence's date phrases (normalised offsets)
        self._sentence_start = 0
        self._sentence_end = 0
        self._reporter: ActorRef | None = None     # the speaker of a clause that reports the speaker's act
        self._clause_speaker: ActorRef | None = None    # the speaker of the clause that reports the event
        self.recent_people: list[ActorRef] = []     # people named so far, in order ("سموه" may reach back)
        self.context_date: tuple[str, date, int] | None = None
        self.lead_date: tuple[str, date, int] | None = None
        self._delisted: tuple[int, int] | None = None    # the names taken off a sanctions list (normalised span)
        self._agreed_meetings: set[int] = set()     # meeting words an agreement verb just before makes coming
        self._since_starts: list[int] = []    # where "since"/منذ stands in the sentence (normalised)
        self.last_meeting: tuple[str, date] | None = None    # the last dated call or meeting: its word and day
        self.last_gathering: tuple[str, date] | None = None  # the last summit or conference dated by its own phrase
        self._paragraph = 0
        self._previous_paragraph = -1
        self._speakers: dict[tuple[int, int], ActorRef | None] = {}   # see RoleRules._speaker

    def norm_index(self, original_index: int) -> int:
        return bisect_left(self.nt.offsets, original_index)

    # --- modality -------------------------------------------------------------------
    def _clause_between(self, a: int, b: int) -> bool:
        """A clause boundary (. ; : فيما بينما while ...) lies in [a, b)."""
        return b > a and bisect_left(self.clause_breaks, a) < bisect_left(self.clause_breaks, b)


    def _segment_between(self, a: int, b: int) -> bool:
        """A comma, quote or clause boundary lies in [a, b)."""
        return b > a and bisect_left(self.segment_breaks, a) < bisect_left(self.segment_breaks, b)

    def _segments_between(self, a: int, b: int) -> int:
        return max(bisect_left(self.segment_breaks, b) - bisect_left(self.segment_breaks, a), 0)

    # --- dates ----------------------------------------------------------------------
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
            relative = self._day_from_context(trig, after_only=True)
            if relative is not None:
                return None, relative
        candidates = [d for d in own_dates if (not d.since or etype == "military") and not self._deadline(d)
                      and not self._said_in_quotes(d)]
        if candidates:
            chosen = min(candidates, key=lambda d: abs(self.norm_index(d.start) - ts))
            if chosen.kind in ("relative_day", "weekday"):
                # "a week ago, on October 10", "Tuesday, March 4": the calendar date beside it says the same, exactly
                chosen = next((d for d in candidates if d.kind in ("full", "month_day") and d.day is not None
                               and abs(self.norm_index(d.start) - self.norm_index(chosen.end)) <= BESIDE_DATE), chosen)
            if chosen.kind == "weekday" and chosen.qualifier is None:
                # "وفي اليوم التالي، الثلاثاء، أجرى": the day counted from the one named before, which the weekday
                # names again (a bare weekday alone would be the last such day before publication)
                relative = self._day_from_context(trig)
                if relative is not None and relative.date.weekday() == chosen.weekday:
                    return chosen, relative
            resolved = resolve_date(chosen, published, tense)
            # a statement in the news is recent: "حدود الرابع من حزيران 1967" is what it is about
            age = (published - resolved.date).days if resolved and published else 0
            if resolved and not (etype in SPEECH_TYPES and age > STATEMENT_DAYS) \
                    and not (etype != "military" and age > HISTORY_DAYS):
                return chosen, resolved
            if resolved and etype not in SPEECH_TYPES and age > HISTORY_DAYS \
                    and self._near_edge(trig, chosen) <= HISTORY_NEAR:
                return chosen, resolved     # "set at the Wales summit in 2014": the event itself is history
        # "وبعد ساعات من اللقاء": the meeting named is the day, before any day named since
        after_meeting = self._day_of_the_meeting(trig, etype)
        if after_meeting is not None:
            return None, after_meeting
        relative = self._day_from_context(trig)
        if relative is not None:
            return None, relative
        if modality == "asserted" and not background and self.last_gathering is not None \
                and THE_GATHERING.search(self.nt.text, self.norm_index(self._sentence_start), self.norm_index(self._sentence_end)):
            word, day = self.last_gathering      # "وحضر القمة أيضاً زيلينسكي، الذي التقى ولي العهد": the summit's day
            return None, ResolvedDate(day, "day", f'no date in the sentence: the day of the gathering it names '
                                                  f'("{word}", {day.isoformat()})')
        if modality == "negated" and etype == "meeting" and self.last_meeting is not None and self._definite(trig):
            word, day = self.last_meeting      # "وغاب نتنياهو عن القمة", "skipped the summit": the one told of
            return None, ResolvedDate(day, "day", f'absent from the meeting told of ("{word}", {day.isoformat()})')
        if modality == "asserted" and not background:
            carried = self._carried_date()
            if carried is not None:
                phrase, day, _ = carried
                return None, ResolvedDate(day, "day", f"no date in the sentence: {day.isoformat()} carried "
                                                      f"from an earlier dated sentence (\"{phrase}\")")
            if published:
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
        count = (apart.group("n") or apart.group("n_ar")).lower()
        days = int(count) if count.isdigit() else DAYS_APART_COUNT[count]
        day = resolved.date + timedelta(days=-days if (apart.group("dir") or apart.group("dir_ar")) in ("after", "بعد")
                                        else days)
        return ResolvedDate(day, "day", f'"{apart.group(0).strip()}" {resolved.date.isoformat()} → {day.isoformat()}',
                            apart.group(0).strip())

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
        days = [d for d in sm.dates if not d.since]
        if len(days) != 1 or published is None:
            return
        resolved = resolve_date(days[0], published, "past")
        if resolved is not None and resolved.precision == "day" \
                and _near_publication(resolved.date, published):
            self.context_date = (days[0].text, resolved.date, self._paragraph)
            if lead and self.lead_date is None and resolved.date != published:   # (not a byline's day)
                self.lead_date = self.context_date

    def _day_from_context(self, trig: Mention, after_only: bool = False) -> ResolvedDate | None:
        """"The next day", "في اليوم التالي", "the same day" before the event word: counted from the last date
        the article named, also when a new paragraph begins with it."""
        carried = self.context_date
        if carried is None:
            return None
        phrase, day, _ = carried
        pattern = _context_day_pattern(self.lang)
        # the first phrase before the event word in its sentence wins; only without one is the text after it read
        m = None if after_only else pattern.search(self.nt.text, self.norm_index(self._sentence_start), start_of(trig))
        if m is None:
            # "would hold a telephone call with Putin later that day": after the event word, in its clause
            m = next((m for m in pattern.finditer(self.nt.text, end_of(trig),
                                                  min(len(self.nt.text), end_of(trig) + CONTEXT_DAY_AFTER))
                      if not self._clause_between(end_of(trig), m.start())
                      and not self._segment_between(end_of(trig), m.start())), None)
        if m is None:
            return None
        offset = date_words().relative_to_context[self.lang][m.group("phrase")]
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
        return self.lead_date if self.lead_date is not None else self.context_date

    def _goes_on(self) -> bool:
        """The sentence adds to the story told just before it ("Trump also met Ishiba")."""
        start = self.norm_index(self._sentence_start)
        return GOING_ON.match(self.nt.text[start:start + 60]) is not None

    def _depends_on_day(self, sm: SentenceMentions) -> bool:
        """Whether the sentence's actors could resolve differently on another day: an office to fill
        ("الرئيس الأمريكي", "نظيره") or an official who may serve an organisation."""
        for m in sm.actors:
            if m.kind == "title":
                return True
            if m.kind == "person":
                person = self.lex.by_person.get(m.entry)
                if person and any(t.of in self.lex.by_org for t in person.offices):
                    return True
        return any(c.entry == "counterpart" for c in sm.cues)

    def _with_recent_holders(self, refs: list[ActorRef], sm: SentenceMentions) -> list[ActorRef]:
        """A bare title nobody in the sentence accounts for ("In a statement, the Secretary-General welcomed",
        "وأكد الأمين العام") is the person of that office the article named last."""
        out = list(refs)
        changed = False
        for m in sm.actors:
            if m.kind != "title" or self.resolver.inflected(m) \
                    or any(c.entry == "pair" and c.start <= m.start < c.end for c in sm.cues):
                continue     # not "الرئيسان", "the two leaders": a pair is not the last one named
            ns, ne = self.norm_index(m.start), self.norm_index(m.end)
            covering = [r for r in out if r.start <= m.start < r.end]
            # "كما التقى سمو وزير الدفاع فخامة الرئيس الإيراني": a title addressed as سمو/معالي is the person last
            # introduced so, not the dateline country's holder of that office
            honoured = HONORIFIC_BEFORE.search(self.nt.text, max(0, ns - 14), ns)
            if covering and not (honoured and all(r.rule == "title+dateline" for r in covering)):
                continue
            holders = [r for r in reversed(self.recent_people) if r.office == m.entry]
            if honoured:     # of two foreign ministers, سمو وزير الخارجية is the one introduced as صاحب السمو
                holders = [r for r in holders if self._address_of(r) == honoured.group(1)] or holders
            holder = holders[0] if holders else None
            if holder is not None:
                out = [r for r in out if r not in covering]
                out.append(holder.replaced(start=m.start, end=m.end, norm_start=ns, norm_end=ne, rule="title+recent",
                                           prep=""))
                changed = True
        for k, r in enumerate(out):
            # "الموفد الأميركي", "the US envoy": of an office many hold at once, the one the article named before
            if r.rule == "title+nationality" and r.office is not None:
                holder = next((p for p in reversed(self.recent_people) if p.country == r.country
                               and self._holds(p, r.office, r.country)), None)
                if holder is not None:
                    out[k] = holder.replaced(start=r.start, end=r.end, norm_start=r.norm_start, norm_end=r.norm_end,
                                             rule="title+recent", prep=r.prep, office=r.office)
                    changed = True
        return sorted(out, key=lambda r: r.start) if changed else refs

    def _holds(self, person: ActorRef, office: str, country: str) -> bool:
        """Whether a person named in the article holds (or was named with) an office of a country."""
        if person.office == office:
            return True
        known = self.lex.by_person.get(person.entry) if person.entry else None
        return known is not None and any(o.office == office and o.of == country for o in known.offices)

    def _address_of(self, r: ActorRef) -> str | None:
        """The word of address last written before a person's name ("صاحب السمو الأمير فيصل": سمو)."""
        last = None
        for last in ADDRESS_WORD.finditer(self.nt.text, max(0, r.norm_start - 40), r.norm_end):
            pass
        return last.group(1) if last else None

    def _capitals_as_places(self, refs: list[ActorRef], triggers: list[Mention]) -> list[ActorRef]:
        """A capital right after an event noun names where it happens: "محادثات الرياض", "قمة بروكسل"."""
        out = []
        for r in refs:
            if r.city and r.place is None and any(
                    end_of(t) <= r.norm_start and not self.nt.text[end_of(t):r.norm_start].strip()
                    # (an Arabic verb of saying has its subject after it: "نفت طهران" is who denied)
                    and not (self.lang == "ar" and self.triggers[t.entry].type in SPEECH_TYPES) for t in triggers):
                r = r.replaced(place=r.city)
            out.append(r)
        return out

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
            if nearest is not None and len(triggers) > 1 and WITHOUT_BEFORE.search(
                    self.nt.text, max(0, start_of(nearest) - 25), start_of(nearest)):
                # "ended a summit in Alaska on Friday without announcing a deal": what did not come has no day
                nearest = min((t for t in triggers if t is not nearest), key=lambda t: self._date_distance(pos, t, end))
            if nearest is not None and self._attribution(nearest, pos):
                # "met ... in Istanbul on Friday, spokesman Esmaeil Baghaei said": the date is the reported event's
                nearest = max((t for t in triggers if end_of(t) <= pos and self.triggers[t.entry].type not in SPEECH_TYPES),
                              key=start_of, default=nearest)
            if nearest is not None:
                owners[id(nearest)].append(d)
        shared: list[DateMention] = []
        self._borrowed: dict[int, int] = {}     # trigger → the trigger whose dates it shares
        self._trip_lenders: set[int] = set()     # meetings whose dates the journey before them shares
        ordered = sorted(triggers, key=start_of)
        lender = None
        for i, t in enumerate(ordered):
            if any(not d.since for d in owners[id(t)]):
                shared, lender = owners[id(t)], t
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

    @staticmethod
    def _one_country_only(pairs) -> bool:
        """Two or more people, all of one country and no one else: a state's own officials, not diplomacy."""
        actors = [r for r, _ in pairs]
        people = [r for r in actors if r.kind == "person"]
        return len(people) >= 2 and len(people) == len(actors) and len({r.country for r in people}) == 1 \
            and people[0].country is not None

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

    def _on_sidelines(self, t: Mention) -> bool:
        """The event word names the gathering at which another event took place."""
        start = start_of(t)
        before = self.nt.text[max(0, start - 45):start]
        # English puts the organisation before the word: "on the sidelines of the G7 summit" (not across a comma:
        # "وعلى هامش القمة، التقى" is the meeting held there)
        head, *named = before.rsplit(" ", 2)
        return SIDELINES.search(before) is not None or (
            SIDELINES.search(head + " ") is not None and not any(p in w for w in named for p in ",،;:"))

    # --- roles ----------------------------------------------------------------------
    # --- one sentence ---------------------------------------------------------------
    def sentence_events(self, sm: SentenceMentions, published: date | None,
                        prev_actors: list[ActorRef]) -> tuple[list[Event], list[ActorRef]]:
        if sm.sentence.paragraph != self._paragraph:
            self._previous_paragraph = self._paragraph
        self._paragraph = sm.sentence.paragraph
        if not sm.triggers:
            self._note_day(sm, published)
            return [], []
        chosen = self._main_triggers(sm)
        self._sentence_start = sm.sentence.start
        self._sentence_end = sm.sentence.end
        self._speakers = {}
        self._pair_named = any(c.entry == "pair" for c in sm.cues)
        self._pair_cues = [start_of(c) for c in sm.cues if c.entry == "pair"]
        self._since_starts = [start_of(c) for c in sm.cues
                              if c.entry == "background" and c.text.lower() in SINCE_WORDS]
        self._date_spans = [(self.norm_index(d.start), self.norm_index(d.end)) for d in sm.dates]
        self._drop_date_asides()
        taken = [(start_of(m), end_of(m)) for m in sm.triggers + sm.cues] + self._date_spans
        owners = self._date_owners(chosen, sm.dates)
        sentence_background = any(c.entry == "background" for c in sm.cues) or any(d.since for d in sm.dates)
        events: list[Event] = []
        self.resolver.speaker_country = self.last_speaker.country if self.last_speaker else None
        all_refs = self._with_recent_holders(self._capitals_as_places(
            self.resolver.resolve(sm.actors, published, sm.cues, taken), sm.triggers), sm)
        # the actors on each office epoch of the events' days (the holders of offices change only between epochs)
        published_epoch = self.lex.office_epoch(published)
        refs_by_epoch = {published_epoch: all_refs}
        self._other_triggers, self._sentence_triggers = chosen, sm.triggers
        # the spans of the chosen event words other than verbs of saying: between an actor and its event word, a
        # barrier (see _other_trigger_between)
        # ("على هامش الزيارة", "on the sidelines of the summit": the gathering a meeting is held at is no barrier)
        self._barrier_spans = [(start_of(t), end_of(t)) for t in chosen if self.triggers[t.entry].type != "statement"
                               and not self._on_sidelines(t)] \
            + [(start_of(t), end_of(t)) for t in sm.triggers if t not in chosen and self._told_of_before(t)]
        # (not "added 93 entities to its blacklist", nor a denial in a relative clause: no saying there)
        speech = [t for t in sm.triggers if self.triggers[t.entry].type in SPEECH_TYPES
                  and not self._no_event_of_its_own(t, sm)]
        planned_modality: dict[int, str] = {}    # trigger → modality of the events built so far
        counted_day: tuple[str, date, int] | None = None
        context_before = self.context_date
        for trig in chosen:
            background = sentence_background
            trigger = self.triggers[trig.entry]
            modality, cue = self.modality(trig, sm.cues if trigger.type not in SPEECH_TYPES
                                          else self._cues_on_the_verb(trig, sm.cues))
            if trigger.type == "sanctions":
                trigger, modality = self._lifting(trigger, trig, modality, cue)
            if trigger.type == "demand" and self._courtesy_call(trig):
                trigger = self.triggers.get("meeting.meeting", trigger)
            if trigger.type == "aid" and modality in ("asserted", "negated"):
                trigger, modality = self._aid_suspended(trigger, trig, modality, cue)
            if trigger.type in ("agreement", "aid") and modality == "asserted" and (
                    self._needed(trig) or (trigger.type == "aid" and self._asked_for(trig))):
                trigger = self._demand_for(trigger)
            if trigger.id == "threat.price" and modality != "negated":
                # the threat is made now; what it warns of is to come, or hangs on a condition
                sentence_norm = self.nt.text[self.norm_index(sm.sentence.start):self.norm_index(sm.sentence.end)]
                modality = "hypothetical" if CONDITION.search(sentence_norm) else "asserted"
            tense = "future" if modality == "planned" else "past"
            # "announced on Tuesday that he would lift sanctions": the day is the announcement's
            # ("expected to visit Turkey on Tuesday, where he will meet Erdogan": a coming event's day is shared)
            lender = self._borrowed.get(id(trig))
            # (a journey borrows from the meeting after it, whose modality is not known yet: the journey's own counts)
            lender_modality = planned_modality.get(lender, modality if lender in self._trip_lenders else None)
            # a threat is made when it is said: 'قال في خطاب مساء السبت إن إسرائيل تحتفظ بحق استئناف الحرب'
            own_dates = owners[id(trig)] if (modality == "asserted" or id(trig) not in self._borrowed
                                             or modality == lender_modality or trigger.type == "threat"
                                             or trigger.subtype == "threaten") else []
            if background:
                # "أكد أن العلاقات تقوم على أسس راسخة منذ خمسين عاماً": the background is in what is said;
                # "وصل إلى طهران في زيارة هي الأولى منذ الاتفاق": the background follows the news
                background = self._background_before(trig, sm)
            date_mention, resolved = self.event_date(trig, own_dates, trigger.type, tense, published,
                                                     modality, background)
            resolved = self._counted_apart(trig, date_mention, resolved)
            if (modality == "asserted" and resolved and published and date_mention is not None
                    and resolved.date > published):
                modality = "planned"   # "غداً", "next Thursday": what is dated after publication has not happened
            if trigger.type not in SPEECH_TYPES:
                planned_modality[id(trig)] = modality
            day = resolved.date if resolved else published
            epoch = published_epoch if day == published else self.lex.office_epoch(day)
            if epoch not in refs_by_epoch and not self._depends_on_day(sm):
                refs_by_epoch[epoch] = all_refs
            if epoch not in refs_by_epoch:
                refs_by_epoch[epoch] = self._with_recent_holders(self._capitals_as_places(
                    self.resolver.resolve(sm.actors, day, sm.cues, taken), sm.triggers), sm)
            refs = refs_by_epoch[epoch]
            speech_end = None
            if trigger.type not in SPEECH_TYPES:
                # "أعلن الإليزيه أن ماكرون تحدث": the speaker of a reported clause is not a party to it
                # ("X announced sanctions" has no reported clause, and X is the source)
                self._reporter = None
                self._clause_speaker = None
                for t in speech:
                    # the "that" nearest the event word opens its clause ('said the decision "was not mine," and
                    # that he had spoken with Netanyahu': "he" is the speaker)
                    clause = None
                    for clause in COMPLEMENTIZER.finditer(self.nt.text, end_of(t), start_of(trig)):
                        pass
                    if end_of(t) <= start_of(trig) and not clause and t.entry == "statement.say" and self.lang != "ar" \
                            and trigger.type != "call" \
                            and not self._clause_between(end_of(t), start_of(trig)):
                        speech_end = max(speech_end or 0, end_of(t))   # "X said the sanctions were back": no "that"
                        self._clause_speaker = self._speaker(t, refs)
                        if BARE_SELF_REFERENCE.match(self.nt.text, end_of(t)):
                            self._reporter = self._speaker(t, refs)     # "Britain said it would impose"
                    elif end_of(t) <= start_of(trig) and clause:
                        speech_end = max(speech_end or 0, clause.end())
                        self._clause_speaker = self._speaker(t, refs)
                        if SELF_REFERENCE.match(self.nt.text, clause.start()) or (
                                self.lang != "ar" and BARE_SELF_REFERENCE.match(self.nt.text, end_of(t))):
                            # "Trump announced that he would lift sanctions", "أعلن أنه سيرفع",
                            # 'Trump said on Wednesday he had held a "lengthy" call'
                            self._reporter = self._speaker(t, refs)
            if trigger.type == "military" and sm.conflicts:
                pairs = self._conflict_roles(sm.conflicts[0])
            else:
                pairs = self.roles(trigger, trig, refs, speech_end, prev_actors)
            if trigger.type == "sanctions" and self._delisted:
                pairs = self._delisted_roles(pairs, refs, trig)
            if trigger.type == "meeting" and self._on_sidelines(trig) and any(
                    o is not trig and self.triggers[o.entry].type in ("meeting", "call", "agreement") for o in chosen):
                # "وعلى هامش القمة، التقى أردوغان ميتسوتاكيس": the gathering is where the pair met; it keeps only
                # the organisation named with it ("on the sidelines of the ASEAN meeting")
                pairs = [(r, role) for r, role in pairs if r.kind == "organization"
                         and start_of(trig) - r.norm_end <= SIDELINES_NAME_REACH
                         and r.norm_start - end_of(trig) <= SIDELINES_NAME_REACH
                         and not self._segment_between(min(r.norm_end, start_of(trig)), max(r.norm_start, end_of(trig)))]
            location = self._location(refs, trigger, trig)
            if not pairs or not self._complete(trigger, pairs, location, trig.text):
                continue
            if trigger.type in ("meeting", "call") and trigger.subtype not in ("summit", "conference") \
                    and self._one_country_only(pairs):
                continue     # "حضر الاستقبال الأمير فيصل بن فرحان ... والدكتور مساعد العيبان": officials of one state
            if trigger.type == "meeting" and trigger.subtype in ("meeting", "talks") and self._definite(trig) \
                    and len({_party(r) for r, _ in pairs}) < 2:
                continue     # "but said the talks were difficult": talks already told of, with one party named
            if trigger.type == "sanctions" and speech_end is not None and date_mention is None \
                    and not any(role == "target" for _, role in pairs) and self._definite(trig):
                continue     # "the Kremlin said the U.S. sanctions would have no effect": ones already reported
            if trigger.type != "military" and self._since_the(trig, sm):
                continue     # "هي الأولى منذ الاتفاق على استئناف العلاقات", "since the summit": a past landmark
            if date_mention is not None and resolved is not None and published is not None \
                    and (published - resolved.date).days > BACKGROUND_DAYS:
                continue     # "the two had last met face to face in 2019": history the article recalls, not news
            if date_mention is not None and resolved is not None and published is not None \
                    and (published - resolved.date).days > CONTEXT_DAYS \
                    and LAST_TIME.search(self.nt.text, max(0, start_of(trig) - 20), start_of(trig)):
                continue     # "Xi and Trump last met in Busan on October 30": the time before, recalled
            if resolved is None and modality == "asserted" and trigger.type not in ("military", "statement") \
                    and SINCE_OPENING.match(self.nt.text, self.norm_index(sm.sentence.start)) \
                    and any(d.since and self.norm_index(d.start) < start_of(trig) for d in sm.dates):
                continue     # "Since the war began in February 2022, the EU has adopted more than a dozen sanctions
                # packages": what has gone on since, no event of a day
            events.append(self._event(sm.sentence, trig, trigger, modality, date_mention, resolved,
                                      pairs, location, published))
            if trigger.type in ("call", "meeting", "agreement") and len({_party(r) for r, _ in pairs}) >= 2:
                self.last_parties = [r for r, _ in pairs]
            if trigger.type in ("call", "meeting") and modality == "asserted" and resolved is not None \
                    and resolved.precision == "day":
                self.last_meeting = (trig.text, resolved.date)
                if trigger.subtype in ("summit", "conference") and date_mention is not None:
                    self.last_gathering = (trig.text, resolved.date)
            if date_mention is not None and resolved is not None and modality == "asserted" \
                    and not date_mention.since and resolved.precision == "day" \
                    and (published is None or _near_publication(resolved.date, published)):
                self.context_date = (date_mention.text, resolved.date, self._paragraph)
                if self.lead_date is None:
                    self.lead_date = self.context_date
            elif date_mention is None and resolved is not None and modality == "asserted" and resolved.phrase:
                # "The next evening, Anutin took a call from Trump ... Trump also spoke with Hun Manet that day":
                # a day counted from an earlier one is the day later sentences count from (once the sentence
                # is done: its other events count from the same day)
                counted_day = (resolved.phrase, resolved.date, self._paragraph)
            if trigger.type in SPEECH_TYPES:
                src = [r for r, role in pairs if role == "source"]
                if src:
                    self.last_speaker = src[0]
        if counted_day is not None and self.context_date is context_before:
            self.context_date = counted_day
        events = self._drop_reporting_statements([self._as_reception(self._as_threat(e, sm, all_refs), all_refs)
                                                  for e in events])
        events = self._threatened_sanctions(events)
        events = [part for e in events for part in self._one_by_one(e)]
        events += self._implied_visits(events)
        if speech and not any(e.type in SPEECH_TYPES for e in events):
            speaker = self._speaker(speech[0], all_refs)
            if speaker is not None:
                self.last_speaker = speaker
        self.recent_people = (self.recent_people + [r for r in all_refs if r.kind == "person"])[-8:]
        if not events:
            # "The quake struck on 28 March", "طُوي أمس الخميس ملف الترسيم": no event, still a day to count from, and
            # the lead's day when it comes first
            self._note_day(sm, published, lead=True)
        return events, [r for r in all_refs if r.place is None]

    def _background_before(self, trig: Mention, sm: SentenceMentions) -> bool:
        """A background word ("وكان", "since", "منذ 24 فبراير") before the verb of saying, not in what is said."""
        ts = start_of(trig)
        return any(c.entry == "background" and end_of(c) <= ts for c in sm.cues) or \
            any(d.since and self.norm_index(d.end) <= ts for d in sm.dates)

    def _since_the(self, trig: Mention, sm: SentenceMentions) -> bool:
        """The event word right after "since"/"منذ" (three words between at most, none of them punctuated: "since
        the", "منذ توقيع", "since the Rome G20 meeting", "since Washington imposed 50% tariffs")."""
        ts = start_of(trig)
        return any(c.entry == "background" and c.text.lower() in SINCE_WORDS and end_of(c) <= ts
                   and len(self.nt.text[end_of(c):ts].split()) <= SINCE_WORDS_BETWEEN
                   and not any(p in self.nt.text[end_of(c):ts] for p in ",،;؛:.")
                   and not SINCE_ADVERB.search(self.nt.text, max(0, start_of(c) - 6), start_of(c)) for c in sm.cues)

    def _deadline(self, d: DateMention) -> bool:
        """"by 2035", "بحلول عام 2030": when something is to be done, not when the event took place."""
        return DEADLINE_BEFORE.search(self.nt.text, max(0, self.norm_index(d.start) - 12),
                                      self.norm_index(d.start)) is not None

    def _definite(self, trig: Mention) -> bool:
        """The event word is definite: "the (U.S.) sanctions", "العقوبات (الأمريكية)"."""
        if self.lang == "ar":
            return trig.data.get("prefix", "").endswith("ال")
        return _THE_BEFORE.search(self.nt.text[max(0, start_of(trig) - 20):start_of(trig)]) is not None

    def _needed(self, trig: Mention) -> bool:
        """A necessity word governs the event word: "أكد ضرورة وقف إطلاق النار", "أهمية تثبيت وقف إطلاق النار
        ... وضمان نفاذ المساعدات", "stressed the need for a ceasefire" (only other things needed between)."""
        ts = start_of(trig)
        needs = list(NECESSITY.finditer(self.nt.text, max(self.norm_index(self._sentence_start), ts - 90), ts))
        if not needs or self._clause_between(needs[-1].end(), ts):
            return False
        return all(self.triggers[t.entry].type in ("agreement", "aid") for t in self._sentence_triggers
                   if needs[-1].end() <= start_of(t) < ts)

    def _asked_for(self, trig: Mention) -> bool:
        """Aid named after a verb of asking in its clause: "Zelensky asked allies for more air defence systems",
        "طالب بإيصال المساعدات" (asked for, not given)."""
        ts = start_of(trig)
        since = max(self.norm_index(self._sentence_start), ts - 60)
        asks = list(ASKING_VERB.finditer(self.nt.text, since, ts))
        return bool(asks) and not self._clause_between(asks[-1].end(), ts)

    def _demand_for(self, trigger: Trigger) -> Trigger:
        """The demand family for what is stressed as needed: a ceasefire, aid, or anything else."""
        family = "demand.ceasefire.appeal" if trigger.subtype == "ceasefire" else \
            "demand.aid.appeal" if trigger.type == "aid" else "demand.general.appeal"
        return self.triggers.get(family, trigger)

    def _courtesy_call(self, trig: Mention) -> bool:
        """South Asian English "called on": a courtesy meeting when no "to" or "for" follows ("Wang Yi called on Prime
        Minister Modi at his residence on Tuesday"; "called on Israel to stop" is a demand)."""
        if trig.text.lower() not in ("called on", "calls on", "call on", "calling on"):
            return False
        end = min([b for b in self.segment_breaks if b > end_of(trig)] + [self.norm_index(self._sentence_end)])
        return ASKED_TO.search(self.nt.text, end_of(trig), end) is None

    def _aid_suspended(self, trigger: Trigger, trig: Mention, modality: str, cue: Mention | None
                       ) -> tuple[Trigger, str]:
        """Aid suspended, frozen or cut off is a sanction by the giver on the receiver ("أعلنت فرنسا تعليق كل أنشطتها في
        مجال المساعدات التنموية", "froze military aid to Ukraine"), done, not denied."""
        impose = self.triggers.get("sanctions.impose")
        halted, by_verb = aid_halted(self.nt.text, self.norm_index(self._sentence_start),
                                     start_of(trig) - len(trig.data.get("prefix", "")))
        if impose is None or not by_verb:
            return trigger, modality
        if modality == "negated" and (cue is None or not halted.start() <= start_of(cue) < halted.end("verb")):
            return trigger, modality     # "did not suspend aid" stays denied
        return impose, "asserted"

    def _lifting(self, trigger: Trigger, trig: Mention, modality: str, cue: Mention | None) -> tuple[Trigger, str]:
        """Sanctions lifted rather than imposed: an easing verb before the word ("eased some sanctions",
        "رفعت الولايات المتحدة العقوبات"), or a cancelling verb right before it ("ألغى تصنيف الجماعة منظمة
        إرهابية", "revoked the designation"), which is done, not denied."""
        ease = self.triggers.get("sanctions.ease")
        if ease is None:
            return trigger, modality
        ts = start_of(trig)
        self._delisted = None
        since = max(self.norm_index(self._sentence_start), ts - 40)     # within this sentence
        delisting = DELISTING.search(self.nt.text, max(self.norm_index(self._sentence_start), ts - 160), ts) \
            if trigger.id == "sanctions.impose" else None
        if delisting:     # "to remove Sharaa and Anas Khattab from its Islamic State sanctions list"
            trigger = ease
            words = delisting.group(0)
            off = max(words.rfind(" from "), words.rfind(" من "))
            self._delisted = (delisting.start() + len(words.split()[0]), delisting.start() + off)
        elif trigger.id == "sanctions.impose":
            easing = [m for m in EASING.finditer(self.nt.text, since, ts)]
            if TARIFF.search(trig.text):    # "cut tariffs on Chinese goods"
                easing = sorted(easing + list(TARIFF_CUT.finditer(self.nt.text, since, ts)), key=lambda m: m.start())
            # "أعلن ترامب أنه سيخفض الرسوم الجمركية": the verb of saying before the easing one is no obstacle
            if easing and not self._clause_between(easing[-1].start(), ts) \
                    and not self._event_word_between(easing[-1].end(), ts):
                trigger = ease
            else:
                # "the 25 per cent tariffs on Canadian goods will be paused for 30 days", "sanctions were lifted"
                eased = EASED_AFTER.search(self.nt.text, end_of(trig), min(len(self.nt.text), end_of(trig) + EASED_REACH))
                if eased and not self._clause_between(end_of(trig), eased.start()) \
                        and not self._event_word_between(end_of(trig), eased.start()):
                    trigger = ease
        if modality == "negated" and cue is not None and end_of(cue) <= ts \
                and (CANCELLING.fullmatch(self.nt.text[start_of(cue):end_of(cue)])
                     or (trigger is ease and EASING.fullmatch(self.nt.text[start_of(cue):end_of(cue)]))) \
                and len(self.nt.text[end_of(cue):ts].split()) <= 1:
            trigger, modality = ease, "asserted"     # "revoked the sanctions", "suspended the tariffs": eased
        return trigger, modality



    def _delisted_roles(self, pairs, refs: list[ActorRef], trig: Mention):
        """Those named between the delisting verb and "from" are taken off the list; the list's own names
        ("its Islamic State and al Qaeda sanctions list") are no party."""
        start, end = self._delisted
        targets = [(r, "target") for r in refs if start <= r.norm_start < end and r.place is None]
        if not targets:
            return pairs
        sources = [(r, role) for r, role in pairs if role == "source" and r.norm_end <= start]
        if not sources:     # "the U.N. Security Council voted 14-0, with China abstaining, to remove": the subject
            before = [r for r in refs if r.norm_end <= start and r.place is None
                      and r.norm_start >= self.norm_index(self._sentence_start)]
            sources = [(before[0], "source")] if before else []
        return sources + targets

    @staticmethod
    def _complete(trigger: Trigger, pairs, location: Location | None, word: str = "") -> bool:
        """Use of force is only coded with both an attacker and a target (a noun like "the attack" alone
        is usually background), a visit with a visitor and somewhere to go (a bare "توجه", heads or
        orientation, with no destination is no visit), and an agreement with two sides."""
        roles = {role for _, role in pairs}
        if trigger.type == "military":
            return {"source", "target"} <= roles
        if trigger.type == "threat":
            # "despite threats and funding cuts" threatens no one; "لوّحت إيكواس بالتدخل العسكري" does;
            # "تبون: التلويح بالتدخل تهديد مباشر للجزائر" names a danger to the speaker's own country
            own = {r.country for r, role in pairs if role == "source" and r.country}
            targets = [r for r, role in pairs if role == "target"]
            if own and targets and all(r.country in own for r in targets):
                return False
            return "target" in roles or ("source" in roles and word.lower() not in THREAT_NOUNS)
        if trigger.type == "visit":
            # a visit goes somewhere: "زيارة رئيسي أول زيارة يقوم بها رئيس إيراني" with nowhere named is a mention
            return "source" in roles and ("target" in roles or location is not None)
        if trigger.type == "call":
            # a call has someone at each end; a video meeting may be one body's ("وزراء خارجية الاتحاد الأوروبي")
            return len({r.name for r, _ in pairs}) >= 2 or (
                trigger.subtype == "video" and any(r.kind == "organization" for r, _ in pairs))
        if trigger.type == "agreement" or trigger.subtype == "host":
            # an agreement has two sides: "رحّب X بالاتفاق" with one actor is a comment on it; a host receives
            # someone ("Qatar hosted today the signing of the framework" names no guest)
            # (an armed group is a side of its own: "الحكومة اليمنية وجماعة الحوثيين")
            return len({r.name for r, _ in pairs}) >= 2 if trigger.subtype == "host" else \
                len({_party(r) for r, _ in pairs}) >= 2
        return True

    def _conflict_roles(self, mention: Mention) -> list[tuple[ActorRef, str]]:
        conflict = self.conflicts[mention.entry]
        pairs = []
        ns, ne = start_of(mention), end_of(mention)
        for side, role in ((conflict.source, "source"), (conflict.target, "target")):
            ref = None
            if side in self.lex.by_iso3:
                c = self.lex.by_iso3[side]
                ref = ActorRef(c.name, side, "country", side, mention.start, mention.end, ns, ne, "conflict")
            elif side in self.lex.by_org:
                o = self.lex.by_org[side]
                ref = ActorRef(o.name, o.country, o.kind, o.id, mention.start, mention.end, ns, ne, "conflict")
            if ref:
                pairs.append((ref, role))
        return pairs

    def _location(self, refs: list[ActorRef], trigger: Trigger, trig: Mention) -> Location | None:
        # a place inside an official's title is his brief, not where things happen ("المبعوث إلى الشرق الأوسط")
        people = [(r.start, r.end) for r in refs if r.kind == "person"]
        places = [r for r in refs if r.place is not None and not any(s <= r.start and r.end <= e for s, e in people)
                  # "arrived from Tel Aviv", "leave Pyongyang" is not where a meeting is ("left Beirut after a
                  # three-day visit" is where the visit was)
                  and (r.prep not in ORIGIN_PREPS or trigger.type == "visit")]
        if trigger.type == "visit":
            dest = [r for r in places if r.prep in DESTINATION_PREPS] or places
            places = dest
        else:
            # (generators: only the first place that passes every test is wanted, the others need no testing)
            # "the summit ..., فيما ... بايدن، الذي غادر متوجها إلى أوروبا": where someone heads in another
            # clause is not where it meets ("flew to Doha for talks" is)
            places = (r for r in places if r.prep not in DESTINATION_PREPS
                      or not self._clause_between(min(r.norm_end, start_of(trig)), max(r.norm_start, end_of(trig))))
            # "التقى الوزراء العرب بلينكن وفيدان ...، بحضور بيدرسن، ومن دون أي تمثيل للسلطات في دمشق": a place
            # far on, past a comma, belongs to another phrase
            # "met Zelensky for 50 minutes and said ... missiles available to Kyiv": what was said is not where
            # ("hosted Zelensky at the White House, and said he was arranging a meeting between Putin and
            # Zelensky": where the speaker was is not where what he speaks of will be)
            places = (r for r in places if not self._speech_between(end_of(trig), r.norm_start)
                      and not self._reported_between(r.norm_end, start_of(trig)))
            places = (r for r in places if not self._place_of_another_phrase(r, refs, trig)
                      # "بحث السيسي مع ماكرون الأوضاع في غزة", "discussed the situation in Gaza": the topic's place
                      and not TOPIC_PLACE.search(self.nt.text, max(0, r.norm_start - 30), r.norm_start))
        p = next(iter(places), None)
        if p is None:
            return None
        return Location(p.place or p.name, p.country, self.nt.original[p.start:p.end], p.start, p.end)

    def _reported_between(self, a: int, b: int) -> bool:
        """A verb of saying and its "that" stand in [a, b): what follows is reported speech."""
        return any(a <= start_of(t) < b and self.triggers[t.entry].type == "statement"
                   and COMPLEMENTIZER.search(self.nt.text, end_of(t), b) for t in self._sentence_triggers)

    def _place_of_another_phrase(self, place: ActorRef, refs: list[ActorRef], trig: Mention) -> bool:
        """A place past a comma, several words on from the event word and its parties (dates aside), is
        another phrase's: "...، بحضور بيدرسن، ومن دون أي تمثيل للسلطات الجديدة في دمشق", not
        "التقى فيصل بن فرحان ونظيره الإيراني، اليوم الخميس، في بكين"."""
        start = max([end_of(trig)] + [r.norm_end for r in refs if r.place is None and r.norm_end <= place.norm_start])
        if place.norm_start < end_of(trig) or not self._segment_between(start, place.norm_start):
            return False
        gap = self.nt.text[start:place.norm_start]
        for ds, de in self._date_spans:
            if start <= ds and de <= place.norm_start:
                gap = gap.replace(self.nt.text[ds:de], " ")
        return len(re.findall(r"\w+", gap)) > FAR_PLACE_WORDS

    def _actor(self, r: ActorRef, role: str) -> Actor:
        """An event's actor from a resolved mention (a place acting is its country)."""
        return Actor(r.name, r.country, r.kind if r.kind != "place" else "country", role,
                     self.nt.original[r.start:r.end], r.start, r.end, r.entry)

    def _event(self, sentence, trig, trigger, modality, date_mention, resolved, pairs, location,
               published) -> Event:
        actors = tuple(self._actor(r, role) for r, role in pairs)
        if trigger.type == "visit" and location and location.country and \
                not any(a.role == "target" for a in actors):
            country = self.lex.by_iso3.get(location.country)
            if country and not any(a.country == country.iso3 for a in actors):
                actors += (Actor(country.name, country.iso3, "country", "target", location.text,
                                 location.start, location.end, country.iso3),)
        confidence = trigger.weight * (0.7 + 0.15 * min(len(actors), 2)) + (0.05 if resolved else 0)
        key = f"{self.doc.doc_id}|{trigger.type}|{trig.start}|{sentence.start}"
        return Event(
            doc_id=self.doc.doc_id,
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            type=trigger.type, subtype=trigger.subtype, cameo=trigger.cameo, plover=trigger.plover,
            modality=modality,
            date=resolved.date if resolved else None,
            date_precision=resolved.precision if resolved else None,
            date_basis=resolved.basis if resolved else None,
            date_text=date_mention.text if date_mention else (resolved.phrase if resolved else None),
            published=published, language=self.lang, confidence=min(confidence, 1.0),
            actors=actors, location=location,
            trigger=Span(trig.text, trig.start, trig.end),
            evidence=Span(sentence.text, sentence.start, sentence.end),
            rule=trigger.id,
        )
