"""From the mentions of one sentence to coded events: type, roles, modality, date, place, evidence."""
from __future__ import annotations

import hashlib
from bisect import bisect_left
import re
from dataclasses import dataclass, replace
from datetime import date

from diplo.actors import DESTINATION_PREPS, TARGET_PREPS, ActorRef, ActorResolver
from diplo.arabic import NormText, word_bounds
from diplo.dates import DateMention, ResolvedDate, resolve_date
from diplo.lexicon import Lexicon, Trigger
from diplo.sentences import is_abbreviation
from diplo.model import Actor, Document, Event, Location, Mention, Sentence, Span

# How far (in normalised characters) a modality cue may stand before its trigger.
CUE_REACH = 70
SPEECH_CUE_REACH = 12   # characters: "did not", "لم", "will" right before a verb of saying
# A cue after the trigger still counts for conditions ("sanctions if ...").
CONDITION_REACH = 60
RELATIVISER = re.compile(r"(?:which|that|where|التي|الذي|اللذين|اللتين)\b")
CLAUSE_BREAK = re.compile(r"[.;:؛!?؟]|،\s*(?:و?(?:فيما|بينما|لكن|غير ان))|\b(?:while|whereas|but)\b|(?:^|\s)(?:فيما|بينما|في حين)\s")
SEGMENT_BREAK = re.compile(r"[,،.;:؛!?؟\"“”«»]")
NOT_AN_AGENT = {"مع", "with", "من", "from", "by", "عن"}
COMPLEMENTIZER = re.compile(r"(?:^|\s)(?:ب?[اإ]ن|ب?[اإ]نه|ب?[اإ]نها|ب?[اإ]نهم|that)(?=\s)|[:\"“”«]")
CONJUNCTION_GAP = re.compile(r"\s*(?:,|،)?\s*(?:and|و)\s*|\s*(?:,|،)\s*")   # "مصر إسرائيل" are two parties
# verbs of asking whose object (what is asked) may stand apart from them: طالبت مصر إسرائيل بالانسحاب
ASKING_VERB = re.compile(r"(?<!\w)[وف]?(?:طالب|طالبت|يطالب|تطالب|طالبوا|دعا|دعت|يدعو|تدعو|دعوا|حث|حثت|يحث|تحث|"
                         r"ناشد|ناشدت|يناشد|تناشد)(?!\w)|\b(?:urged|urges|urge|called on|calls on|call on|"
                         r"asked|asks|pressed|presses|demanded|demands)\b")
# words that introduce the parties of a meeting in a later segment (normalised text: ة is ه)
PARTICIPATION = re.compile(r"(?<!\w)[وب]?(?:برئاسه|بمشاركه|بحضور|شارك فيها|شارك فيه|ضمت|ضم|جمعت|جمع)(?!\w)|"
                           r"\b(?:chaired by|attended by|hosted by|co-hosted by|with the participation of|"
                           r"bringing together|brought together)\b")
COORDINATION = re.compile(r"\b(?:and|but)\b")
WARNING = re.compile(r"[وف]?(?:حذر|حذرت|يحذر|تحذر|محذرا|محذره|حذروا)|warned|warns|warning|warn")
# what a warning says will follow: a future verb, "لن", a condition (normalised text)
FUTURE_CLAUSE = re.compile(r"(?<!\w)(?:س[يتن][^\s]{2,}|لن|اذا|في حال)(?!\w)|\b(?:will|would|if|unless)\b")
CONDITION = re.compile(r"(?<!\w)(?:اذا|في حال|حال|لو|اي)(?!\w)|\b(?:if|unless|any)\b")
WITH_BEFORE = re.compile(r"(?:^|\s)(?:with|مع|ومع)\s+(?:the\s+)?$")
VOW = re.compile(r"\b(?:vowed|vows|vow|threatened|threatens|pledged|promised)\s+to\s+$|(?<!\w)(?:توعد|توعدت|يتوعد|تتوعد|"
                 r"هدد|هددت|يهدد|تهدد)\s+[بل]?$")
CANCELLING = re.compile(r"[وف]?(?:الغي|الغت|الغاء|cancelled|canceled|revoked|rescinded|scrapped)")
FUTURE_IN_CLAUSE = re.compile(r"(?:^|\s)[وف]?س(?:ي|ت|ن)(?:توجه|سافر|زور|صل|شارك|لتقي|عقد|جري|قوم|غادر)\S*")
TRADE = re.compile(r"trade|تجار|التبادل")
PASSIVE_AUX = re.compile(r"\b(?:was|were|has been|have been|had been|is|are|has|have)\s+$")
HISTORY_DAYS = 3653   # "خطوط 1967": a date a decade back is history named, not news reported
STATEMENT_DAYS = 31   # a statement dated further back is a date it talks about
CONTEXT_DAYS = 14    # a date further back is history, not the day being reported
WEAK = 0.6     # trigger weight at or below which a word only stands alone
PROSPECTIVE_BARE = re.compile(r"(?:^|\s)(?<!بعد )(?<!قبل )ان\s+$")
PROSPECTIVE = re.compile(r"(?:^|\s)(?<!بعد )(?<!قبل )ان\s+[يتن]\S*(?:\s+\S+){0,2}\s*$")
# a reported future verb right before the event word: "أنه سيأمر برفع العقوبات" (normalised)
FUTURE_VERB_BEFORE = re.compile(r"(?:^|\s)(?:ان|انه|انها|انهم)\s+[وف]?س[يتن]\S{2,}\s+$")
# a reported clause whose subject is the speaker: "that he would", "that it will", أنه، إنها، بأنهم
SELF_REFERENCE = re.compile(r"\s*(?:that (?:he|she|it|they|we)\b|ب?[اإ]نه|ب?[اإ]نها|ب?[اإ]نهم)(?=\s)")
# event words whose subject undergoes the act: "X faces sanctions", "was hit with", "تعرضت لعقوبات"
PATIENT_VOICE = re.compile(r"\b(?:face|faces|facing|faced|hit with|hit by|under)\b|"
                           r"(?<!\w)(?:تواجه|يواجه|تعرضت|تعرض|تخضع|يخضع)(?!\w)")
BARE_SELF_REFERENCE = re.compile(r"\s+(?:he|she|it|they|we)\b")
# a headline: names only, then "to" and the event verb ("Biden to meet Zelensky", "EU, UK to impose sanctions")
HEADLINE_TO = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*|and|,)\s*)+\s+to\s+")
# "كما التقى سموه", "واستقبل معاليه": an honorific with a pronoun is the person last named (normalised)
HONORIFIC_PRONOUN = re.compile(r"(?<!\w)(?:سموه|سموها|معاليه|معاليها|فخامته|جلالته|دولته|سعادته|سيادته)(?!\w)")
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\s+$")
QUOTATION = re.compile(r"“[^”\n]{3,400}”|«[^»\n]{3,400}»|\"[^\"\n]{3,400}\"")
SPEECH_TYPES = ("statement",)
ABSORBED_TYPES = ("agreement", "meeting", "sanctions")     # what is demanded or rejected
DUAL_PRONOUN = re.compile(r"(?:\s+\S+)?\s+(?:جمعهما|بينهما|جمعتهما|يجمعهما|تجمعهما|جمع بينهما)(?!\w)|"
                          r"\s+between the two\b")
WITHIN = re.compile(r"(?<!\w)(?:خلاله|خلالها|خلالهما|تناول|تناولا|تناولت|تطرق|تطرقا)(?!\w)|"
                    r"\b(?:during which|in which they|where they discussed)\b")
TOPIC_WORDS = {"on", "about", "over", "for", "a", "an", "the", "of", "to", "toward", "towards", "بشان", "حول", "علي",
               "عن", "ل", "الي", "من", "اجل"}
ABSORBING_TYPES = ("demand", "rejection")     # "demanded a ceasefire": the ceasefire is what is demanded


@dataclass
class SentenceMentions:
    """Everything found in one sentence, in text order."""
    sentence: Sentence
    actors: list[Mention]
    triggers: list[Mention]
    cues: list[Mention]
    dates: list[DateMention]
    conflicts: list[Mention]


def _breaks(text: str, at: int) -> bool:
    """Punctuation that divides: not the dots of "U.S." and "Gen.", nor those in "1.6" and "1,000"."""
    if text[at] not in ".,":
        return True
    if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        return False
    return text[at] == "," or not is_abbreviation(text, at)


def _ns(m: Mention) -> int:
    return m.data["norm_start"]


def _ne(m: Mention) -> int:
    return m.data["norm_end"]


class EventBuilder:
    """Builds the events of a document, sentence by sentence."""

    def __init__(self, doc: Document, nt: NormText, lexicon: Lexicon, lang: str, home: str | None = None):
        self.doc, self.nt, self.lex, self.lang = doc, nt, lexicon, lang
        self.resolver = ActorResolver(lexicon, nt, lang, home)
        self.triggers = {t.id: t for t in lexicon.triggers}
        self.conflicts = {c.id: c for c in lexicon.conflicts}
        self.last_speaker: ActorRef | None = None
        # boundary positions, found once per document; tests of "is there a break between" use bisect
        text = nt.text
        self.clause_breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)
                              if text[m.start()] not in ".," or _breaks(text, m.start())]
        self.segment_breaks = [m.start() for m in SEGMENT_BREAK.finditer(text)
                               if text[m.start()] not in ".," or _breaks(text, m.start())]
        self.quotes = [(m.start(), m.end()) for m in QUOTATION.finditer(nt.text)]
        # the last date phrase of a reported event, with its paragraph; the first one dates the lead story
        self.last_parties: list[ActorRef] = []      # the parties of the last call or meeting
        self._pair_named = False                     # the sentence names them as a pair ("الجانبان")
        self._sentence_start = 0
        self._reporter: ActorRef | None = None     # the speaker of a clause that reports the speaker's act
        self.context_date: tuple[str, date, int] | None = None
        self.lead_date: tuple[str, date, int] | None = None
        self._paragraph = 0

    def norm_index(self, original_index: int) -> int:
        return bisect_left(self.nt.offsets, original_index)

    # --- modality -------------------------------------------------------------------
    def _clause_between(self, a: int, b: int) -> bool:
        """A clause boundary (. ; : فيما بينما while ...) lies in [a, b)."""
        return b > a and bisect_left(self.clause_breaks, a) < bisect_left(self.clause_breaks, b)

    def _asked_in_quotes(self, t: Mention) -> bool:
        """"طالبا بوتين بـ"وقف فوري لإطلاق النار"", "called for "an immediate ceasefire"": what is asked
        may be quoted; the asking is still reported."""
        if self.triggers[t.entry].type != "demand":
            return False
        i = bisect_left(self.quotes, (_ns(t) + 1,)) - 1
        quote_start = self.quotes[i][0] if i >= 0 else _ns(t)
        return ASKING_VERB.search(self.nt.text, max(0, quote_start - 60), quote_start) is not None

    def _quoted(self, pos: int) -> bool:
        i = bisect_left(self.quotes, (pos + 1,)) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def _segment_between(self, a: int, b: int) -> bool:
        """A comma, quote or clause boundary lies in [a, b)."""
        return b > a and bisect_left(self.segment_breaks, a) < bisect_left(self.segment_breaks, b)

    def _segments_between(self, a: int, b: int) -> int:
        return max(bisect_left(self.segment_breaks, b) - bisect_left(self.segment_breaks, a), 0)

    def modality(self, trig: Mention, cues: list[Mention]) -> tuple[str, Mention | None]:
        ts, te = _ns(trig), _ne(trig)
        prefix = trig.data.get("prefix", "")
        best: tuple[int, str, Mention] | None = None
        for cue in cues:
            if cue.entry not in ("planned", "negated", "hypothetical", "future_time", "ahead"):
                continue
            cs, ce = _ns(cue), _ne(cue)
            if cue.entry == "ahead":
                if ce <= ts and len(self.nt.text[ce:ts].split()) <= 1 and not self._segment_between(ce, ts):
                    distance = ts - ce    # "ahead of the talks", "عشية القمة"
                else:
                    continue
            elif cs <= ts < ce:                     # "to meet" holds the trigger "meet"
                if cue.entry == "planned" and self.triggers[trig.entry].type == "agreement":
                    continue     # "agreed to organise corridors": the agreeing is done, what is agreed is to come
                distance = 0
            elif ce <= ts and ts - ce <= CUE_REACH and not self._clause_between(ce, ts):
                distance = ts - ce
            elif cue.entry == "future_time" and cs >= te and self._in_its_clause(te, cs):
                distance = cs - te + CUE_REACH    # "يزور دمشق الأسبوع المقبل", "will meet ... later this week"
            elif cue.entry == "hypothetical" and cs >= te and cs - te <= CONDITION_REACH:
                distance = cs - te + CUE_REACH
            elif (cue.entry == "negated" and cs >= te and cs - te <= CONDITION_REACH and len(cue.text) >= 4
                  and not self._segment_between(te, cs) and not self._clause_between(te, cs)):
                distance = cs - te + CUE_REACH    # "the summit ... was called off", "أرجئت القمة"
            elif cue.entry == "negated" and cs >= te and self._passive_predicate(te, cs):
                distance = -1     # "The meeting between X and Y, planned for May, was postponed": it wins
            elif cue.entry == "planned" and cs >= te and self._describes(te, cs):
                distance = cs - te + CUE_REACH    # "talks, which would be held later", "جولة من المنتظر أن"
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, "planned" if cue.entry in ("future_time", "ahead") else cue.entry, cue)
        if self.lang == "ar" and (best is None or best[1] == "planned") and self._arabic_prospective(trig, prefix):
            return "planned", best[2] if best else None
        if self.lang != "ar" and best is None:
            headline = HEADLINE_TO.match(self.doc.text, self._sentence_start, trig.start)
            if headline and len(self.doc.text[headline.end():trig.start].split()) <= 1:
                return "planned", None     # "Biden to meet Zelensky", "EU to impose sanctions": what is coming
        if best is None:
            return "asserted", None
        return best[1], best[2]

    def _passive_predicate(self, te: int, cs: int) -> bool:
        """The event noun is the subject and the cancelling verb its predicate, however far:
        "The meeting ..., ..., was postponed"."""
        return (cs - te <= 2 * CONDITION_REACH and not self._clause_between(te, cs)
                and PASSIVE_AUX.search(self.nt.text, max(te, cs - 12), cs) is not None
                and not any(te <= _ns(t) < cs for t in self._sentence_triggers))

    def _in_its_clause(self, te: int, cs: int) -> bool:
        """A time word after the trigger still belongs to it: near, in the same clause, with no other event
        word between ("met on Monday and will meet again next week": "next week" is the second's)."""
        return (cs - te <= CONDITION_REACH and not self._clause_between(te, cs)
                and not any(te <= _ns(t) < cs for t in self._sentence_triggers))

    def _describes(self, te: int, cs: int) -> bool:
        """Whether words from `te` to a cue at `cs` describe the trigger's noun: at most two words
        ("جولة مفاوضات جديدة من المنتظر أن"), or a relative clause ("a meeting, which diplomats said would")."""
        gap = self.nt.text[te:cs]
        if len(gap.split()) <= 2 and not self._segment_between(te, cs):
            return True
        return (cs - te <= CONDITION_REACH and not self._clause_between(te, cs)
                and RELATIVISER.match(gap.lstrip(" ,،")) is not None)

    def _cues_on_the_verb(self, trig: Mention, cues: list[Mention]) -> list[Mention]:
        """For a statement only the words on the verb of saying count ("did not say", "لم يعلن", "will
        announce"); what follows is what was said, and its "not" or "would" is not the statement's."""
        return [c for c in cues if _ne(c) <= _ns(trig) and _ns(trig) - _ne(c) <= SPEECH_CUE_REACH]

    def _arabic_prospective(self, trig: Mention, prefix: str) -> bool:
        """Arabic marks what is still to come on the verb: the future prefix (سيلتقي) or أن + imperfect
        (أن يعقد ... اجتماعا), but not بعد أن ("after"). A purpose ل (لفرض عقوبات) is left alone: it
        often names the aim of something under way."""
        if prefix.lstrip("وف").startswith("س"):
            return True
        window = self.nt.text[max(0, _ns(trig) - 40):_ns(trig)]
        if self.nt.text[_ns(trig):_ns(trig) + 1] in ("ي", "ت", "ن") and PROSPECTIVE_BARE.search(window):
            return True          # أن يلتقي
        word_start = _ns(trig) - len(prefix)     # "سيأمر برفع": look before the clitic ب
        before_word = self.nt.text[max(0, word_start - 25):word_start]
        return bool(PROSPECTIVE.search(window) or FUTURE_VERB_BEFORE.search(before_word))   # أن يعقد ... اجتماعا

    # --- dates ----------------------------------------------------------------------
    def event_date(self, trig: Mention, own_dates: list[DateMention], etype: str, tense: str,
                   published: date | None, modality: str, background: bool):
        """The date phrase nearest the trigger among those no other trigger is closer to.

        With no phrase of its own, an asserted event that is the news (not background) is dated
        by the publication date, and its basis says so.
        """
        ts = _ns(trig)
        candidates = [d for d in own_dates if not d.since or etype == "military"]
        if candidates:
            chosen = min(candidates, key=lambda d: abs(self.norm_index(d.start) - ts))
            resolved = resolve_date(chosen, published, tense)
            # a statement in the news is recent: "حدود الرابع من حزيران 1967" is what it is about
            age = (published - resolved.date).days if resolved and published else 0
            if resolved and not (etype in SPEECH_TYPES and age > STATEMENT_DAYS) \
                    and not (etype != "military" and age > HISTORY_DAYS):
                return chosen, resolved
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

    def _carried_date(self) -> tuple[str, date, int] | None:
        """An undated sentence shares the date of the last dated one in its paragraph; a new paragraph
        goes back to the lead story ("Blinken met Abbas on Friday. / He arrived from Israel, where he met
        Netanyahu yesterday. // The king stressed ..." is Friday again)."""
        if self.context_date is not None and self.context_date[2] == self._paragraph:
            return self.context_date
        return self.lead_date if self.lead_date is not None else self.context_date

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

    def _capitals_as_places(self, refs: list[ActorRef], triggers: list[Mention]) -> list[ActorRef]:
        """A capital right after an event noun names where it happens: "محادثات الرياض", "قمة بروكسل"."""
        out = []
        for r in refs:
            if r.city and r.place is None and any(
                    _ne(t) <= r.norm_start and not self.nt.text[_ne(t):r.norm_start].strip() for t in triggers):
                r = replace(r, place=r.city)
            out.append(r)
        return out

    def _date_distance(self, pos: int, t: Mention, end: int | None = None) -> int:
        """Characters between a date phrase and a trigger, plus a penalty per clause boundary between."""
        a, b = (pos, _ns(t)) if pos < _ns(t) else (_ne(t), pos)
        breaks = self._segments_between(a, b) if b > a else 0
        # "met X on Monday and will travel ...": a date before "and" + verb closes the first verb's clause
        joined = pos < _ns(t) and COORDINATION.search(self.nt.text, a, b) is not None
        # "أعلن الوزير، أمس الخميس، إرجاء الجولة": a date set off by commas dates the verb before it
        aside = pos < _ns(t) and end is not None and self._parenthetical(pos, end)
        return max(b - a, 0) + 200 * breaks + 100 * joined + 150 * aside

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
            nearest = min(triggers, key=lambda t: self._date_distance(pos, t, end), default=None)
            if nearest is not None:
                owners[id(nearest)].append(d)
        shared: list[DateMention] = []
        self._borrowed: set[int] = set()      # triggers whose dates are another's
        for t in sorted(triggers, key=_ns):
            if owners[id(t)]:
                shared = owners[id(t)]
            else:
                owners[id(t)] = [d for d in shared if not d.since]
                self._borrowed.add(id(t))
        return owners

    # --- roles ----------------------------------------------------------------------
    def roles(self, trigger: Trigger, trig: Mention, refs: list[ActorRef], speech_end: int | None,
              prev_actors: list[ActorRef]) -> list[tuple[ActorRef, str]]:
        ts, te = _ns(trig), _ne(trig)
        actors = [r for r in refs if r.place is None and r.kind != "place"]
        if speech_end is not None:
            after = [r for r in actors if r.norm_start >= speech_end]
            if after or trigger.roles != "participants":
                actors = after     # the speaker of a reported clause is no party to it
        strong = [r for r in actors if not r.weak or self._next_to(r, ts, te)]
        if trigger.roles == "participants":
            everyone = strong
            strong = [r for r in strong if not self._other_trigger_between(r, ts, te)]
            parts = [r for r in strong if self._same_segment(r, ts, te)]
            if not parts or (len(parts) < 2 and trigger.subtype not in ("summit", "conference")):
                parts = strong or everyone
            parts = parts + [r for r in strong if r not in parts and self._introduced_as_party(r, te)]
            if self._reporter is not None and self._reporter.name not in {r.name for r in parts}:
                parts = [self._reporter] + parts    # "أنه سيتوجه ... للقاء ترامب", "said he would meet Putin"
            if self.last_parties and DUAL_PRONOUN.match(self.nt.text, te):
                # "لقاء أول جمعهما", "أول اتصال بينهما", "their first meeting": the pair last named
                parts = list(self.last_parties)
            elif len({r.country or r.name for r in parts}) < 2 and self._pair_named and self.last_parties:
                # "وبحث الجانبان", "the two leaders discussed": the parties of the last call or meeting
                parts = [r for r in self.last_parties if r.name not in {p.name for p in parts}] + parts
            if len({r.country or r.name for r in parts}) < 2 and trigger.subtype not in ("summit", "conference"):
                named = {r.name for r in parts}
                if PRONOUN_SUBJECT.search(self.nt.text, max(0, ts - 12), ts) \
                        or HONORIFIC_PRONOUN.search(self.nt.text, max(0, ts - 12), min(len(self.nt.text), te + 12)):
                    # "he called Zelensky": the person the previous sentence was about
                    subject = [r for r in prev_actors if r.kind == "person" and r.name not in named][:1]
                else:
                    # "... قبل أن يلتقي غداً نظيره البولندي": the subject of the sentence is the other party
                    subject = [r for r in everyone if r.norm_end <= ts and r.name not in named][:1]
                parts = subject + parts
            if len({r.country or r.name for r in parts}) < 2 and self._object_pronoun(ts, te):
                # "استقبله", "هاتفه": the other party is the person the previous sentence was about
                named = {r.name for r in parts}
                parts = parts + [r for r in prev_actors if r.kind == "person" and r.name not in named][:1]
            parts = self._with_conjuncts(parts, everyone)   # "between Biden, King Abdullah II, Sisi and Abbas"
            if parts and WITH_BEFORE.search(self.nt.text, max(0, min(r.norm_start for r in parts) - 25),
                                            min(r.norm_start for r in parts)):
                # "A Hamas delegation arrived ... for talks with Egyptian and Qatari mediators": the subject
                subject = [r for r in everyone if r.norm_end <= ts and r not in parts
                           and not self._clause_between(r.norm_end, ts)][:1]
                parts = subject + parts
            unique = {r.name: r for r in reversed(parts)}
            return [(r, "participant") for r in parts if unique[r.name] is r]
        if trigger.id == "threat.price" and self.last_speaker is not None:
            # "X said Y would pay a heavy price": the speaker threatens, the one who would pay is threatened
            payers = [r for r in actors if r.norm_end <= ts and r.name != self.last_speaker.name][-1:]
            payers = self._with_conjuncts(payers, actors)
            return [(self.last_speaker, "source")] + [(r, "target") for r in payers]
        if trigger.type == "statement":
            speaker = self._speaker(trig, refs) or self.last_speaker
            if speaker is None:
                return []
            # "أصدرت السعودية والولايات المتحدة ... بيانا مشتركا", "France, Britain and Germany said"
            joint = self._with_conjuncts([speaker], [r for r in refs if r.place is None and not r.weak])
            return [(r, "source") for r in joint]
        return self._source_target(trigger, trig, strong, ts, te, prev_actors, refs)

    def _introduced_as_party(self, r: ActorRef, te: int) -> bool:
        """"..., برئاسة ولي العهد", "..., attended by Guterres": a later segment that names who took part."""
        if r.norm_start < te or self._clause_between(te, r.norm_start):
            return False
        return PARTICIPATION.search(self.nt.text, max(te, r.norm_start - 40), r.norm_start) is not None

    def _object_pronoun(self, ts: int, te: int) -> bool:
        """The trigger's first word ends in an attached object pronoun (Arabic ـه ـها ـهم)."""
        if self.lang != "ar":
            return False
        first_word_end = self._first_word_end(ts, te)
        return bool(re.search(r"(?:ه|ها|هم|هما)$", self.nt.text[ts:first_word_end])) and \
            " " not in self.nt.text[ts:te] and first_word_end > te

    def _first_word_end(self, ts: int, te: int) -> int:
        """End of the trigger's first word, with the endings attached to it (طالبته، مطالبا)."""
        space = self.nt.text.find(" ", ts, te)
        return space if space != -1 else word_bounds(self.nt.text, ts, te)[1]

    @staticmethod
    def _gap(r: ActorRef, ts: int, te: int) -> tuple[int, int]:
        """The stretch of text between an actor and a trigger, whichever comes first."""
        return (r.norm_end, ts) if r.norm_end <= ts else (te, r.norm_start)

    def _other_trigger_between(self, r: ActorRef, ts: int, te: int) -> bool:
        a, b = self._gap(r, ts, te)
        return any(a <= _ns(t) and _ne(t) <= b for t in self._other_triggers)

    def _same_segment(self, r: ActorRef, ts: int, te: int) -> bool:
        return not self._segment_between(*self._gap(r, ts, te))

    def _next_to(self, r: ActorRef, ts: int, te: int) -> bool:
        gap = self.nt.text[te:r.norm_start] if r.norm_start >= te else self.nt.text[r.norm_end:ts]
        return len(gap.split()) <= 2 and not any(ch in gap for ch in "،,.;:")

    def _participle_or_dual(self, ts: int, te: int) -> bool:
        """An Arabic verb of asking in the accusative participle (مطالبا، داعيا) or the dual (طالبا، دعوا):
        its subject stands elsewhere."""
        if self.lang != "ar":
            return False
        word = self.nt.text[ts:self._first_word_end(ts, te)]
        return word.startswith("م") and word.endswith("ا") or (word.endswith("ا") and len(word) >= 4
                                                                and not word.endswith(("ها", "نا")))

    def _qualifies_trigger(self, r: ActorRef, ts: int, te: int) -> bool:
        """A nationality adjective that qualifies the event word names who acts: "US sanctions",
        "العقوبات الأمريكية". After the word in English, or behind a preposition, it names the target
        ("sanctions on Russian banks", "عقوبات على مصارف روسية")."""
        if self.lang == "ar":
            gap = self.nt.text[te:r.norm_start] if r.norm_start >= te else None
        else:
            gap = self.nt.text[r.norm_end:ts] if r.norm_end <= ts else None
        return gap is not None and len(gap.split()) <= 1 and not any(ch in gap for ch in "،,.;:") \
            and not any(w in TARGET_PREPS for w in gap.split())

    def _object_after_subject(self, r: ActorRef, te: int, actors: list[ActorRef]) -> bool:
        """Arabic verb-subject-object: "يزور وزير الخارجية الإيراني دمشق", the place right after the
        subject that follows the verb."""
        if self.lang != "ar":
            return False
        after = sorted((a for a in actors if te <= a.norm_start), key=lambda a: a.norm_start)
        if len(after) < 2 or after[1] is not r:
            return False
        subject = after[0]
        return (len(self.nt.text[te:subject.norm_start].split()) <= 3          # a title before the name
                and not self.nt.text[subject.norm_end:r.norm_start].strip())

    def _asked_by_verb(self, ts: int, actors: list[ActorRef]) -> tuple[list, list] | None:
        """"طالبت مصر إسرائيل بالانسحاب", "Egypt urged Israel to withdraw": a verb of asking before what
        is asked. Arabic puts the one asking after the verb (unless named before it), then the one asked;
        English puts the one asking before the verb and the one asked after it."""
        verb = None
        for m in ASKING_VERB.finditer(self.nt.text, max(0, ts - 80), ts):
            verb = m
        if verb is None or self._segment_between(verb.end(), ts):
            return None
        between = [r for r in actors if verb.end() <= r.norm_start and r.norm_end <= ts]
        before = [r for r in actors if r.norm_end <= verb.start() and not self._clause_between(r.norm_end, ts)]
        if not between:
            return None
        if self.lang == "ar" and not before:
            return between[:1], between[1:2]
        return before[-1:], between[:1]

    def _source_target(self, trigger, trig, actors, ts, te, prev_actors, refs=()):
        targets, sources = [], []
        adjective_sources = [r for r in actors if r.weak and self._qualifies_trigger(r, ts, te)]
        for r in actors:
            if r in adjective_sources:
                continue
            if r.norm_start < te or self._clause_between(te, r.norm_start):
                continue
            if trigger.type == "visit":
                # "توجه إلى موسكو", "arrived in Kyiv", and the direct object of "زار/visited"
                direct = r.kind == "country" and (not self.nt.text[te:r.norm_start].strip()
                                                  or self._object_after_subject(r, te, actors))
                if (r.prep in DESTINATION_PREPS or direct) and self._same_segment(r, ts, te):
                    targets.append(r)
            elif r.prep in TARGET_PREPS or r.prep == "ل" or self._target_prep_before(r, te, actors) \
                    or (trigger.type == "sanctions" and r.prep in ("عن", "from")) \
                    or (trigger.type == "sanctions" and r.prep in ("with", "مع") and TRADE.search(trig.text)):
                # رفع العقوبات عن سوريا; halting all trade with Israel
                targets.append(r)
        if not targets and trigger.type in ("sanctions", "military", "aid"):
            # "عقوبات على شبكة لتصدير النفط الإيراني", "sanctions on a network smuggling Iranian oil"
            targets = [r for r in refs if r.weak and r.place is None and r.norm_start >= te
                       and not self._clause_between(te, r.norm_start)
                       and self._target_prep_before(r, te, actors)][:1]
        rest = [r for r in actors if r not in targets and r not in adjective_sources and not r.weak
                and r.prep not in NOT_AN_AGENT]
        before = [r for r in rest if r.norm_end <= ts and not self._clause_between(r.norm_end, ts)]
        after = [r for r in rest if r.norm_start >= te and not self._clause_between(te, r.norm_start)]
        asked = self._asked_by_verb(ts, rest) if trigger.type == "demand" else None
        if asked is not None:
            sources, targets = asked
        elif (trigger.type == "demand" and self.lang != "ar" and after and before
              and ASKING_VERB.search(self.nt.text, ts, te) and len(self.nt.text[te:after[0].norm_start].split()) <= 1):
            # "Egypt called on the U.S. to pressure Israel": the one asked stands right after the verb
            sources, targets = before[-1:], after[:1]
        elif trigger.type in ("demand", "rejection") and self._participle_or_dual(ts, te) and after:
            # "مطالباً مجلس الأمن", "طالبا بوتين": the one named after the verb is asked; the one asking
            # is the subject before it or the speaker of the sentence
            targets = targets or after[:1]
            after = after[1:]
            sources = before[-1:] or ([self.last_speaker] if self.last_speaker else [])
        elif adjective_sources:
            sources = adjective_sources[:1]
        elif self.lang == "ar" and after and (not before or after[0].norm_start - te < 25):
            sources = after[:1]
        elif before:
            sources = before[-1:]
        elif after:
            sources = after[:1]
        if not targets:
            source_countries = {r.country for r in sources if r is not None and r.country}
            remaining = [r for r in after if r not in sources and (r.country is None or r.country not in source_countries)
                         and (trigger.type != "military" or self._same_segment(r, ts, te))]
            hit_places = [replace(r, place=None, kind="country", name=self.lex.by_iso3[r.country].name)
                          for r in refs if r.place is not None and r.norm_start >= te
                          and r.country in self.lex.by_iso3 and r.country not in source_countries]
            if trigger.type == "military" and hit_places and len(self.nt.text[te:hit_places[0].norm_start].split()) <= 2:
                remaining = hit_places[:1]   # "struck Sanaa's airport": the place hit, before anyone named later
            elif not remaining and trigger.type in ("aid", "military"):
                # "ضخ مساعداته في كييف": the place aid goes to or force hits names the target country
                remaining = hit_places
            if trigger.type in ("demand", "sanctions", "threat", "military", "aid", "rejection") and remaining:
                targets = remaining[:1]
        first_word = self.nt.text[ts:self._first_word_end(ts, te)]
        if trigger.type == "demand" and not targets and re.search(r"(?:ه|ها|هم)$", first_word):
            source_name = sources[0].name if sources else None
            others = ([r for r in actors if r.norm_end <= ts and r.name != source_name]
                      or [r for r in prev_actors if r.name != source_name])
            targets = others[-1:]
        if PATIENT_VOICE.search(self.nt.text, max(0, ts - 35), te) and before:
            # "Russia was hit with new Western sanctions", "تواجه إيران عقوبات": the subject is the target
            targets = before[-1:]
            sources = adjective_sources[:1] or [r for r in after if r.prep in ("by", "من")][:1]
        if self._reporter is not None and (not sources or self.lang == "ar"):
            sources = [self._reporter]     # "أعلن زيلينسكي أنه سيتوجه": the speaker is the subject
        if not sources and trigger.type in ("statement", "demand", "rejection", "threat"):
            sources = [self.last_speaker] if self.last_speaker else []
        sources = self._with_conjuncts([r for r in sources if r is not None], actors)
        targets = self._with_conjuncts(targets, actors)
        pairs = [(r, "source") for r in sources] + [(r, "target") for r in targets]
        seen, out = set(), []
        for r, role in pairs:
            if r.name in seen:
                continue
            seen.add(r.name)
            out.append((r, role))
        return out

    # --- one sentence ---------------------------------------------------------------
    def sentence_events(self, sm: SentenceMentions, published: date | None,
                        prev_actors: list[ActorRef]) -> tuple[list[Event], list[ActorRef]]:
        if not sm.triggers:
            return [], []
        chosen = self._main_triggers(sm)
        self._paragraph = sm.sentence.paragraph
        self._sentence_start = sm.sentence.start
        self._pair_named = any(c.entry == "pair" for c in sm.cues)
        taken: set[int] = set()
        for m in sm.triggers + sm.cues:
            taken.update(range(_ns(m), _ne(m)))
        for d in sm.dates:
            taken.update(range(self.norm_index(d.start), self.norm_index(d.end)))
        owners = self._date_owners(chosen, sm.dates)
        background = any(c.entry == "background" for c in sm.cues) or any(d.since for d in sm.dates)
        events: list[Event] = []
        all_refs = self._capitals_as_places(self.resolver.resolve(sm.actors, published, sm.cues, taken),
                                            sm.triggers)
        refs_by_day = {published: all_refs}
        self._other_triggers, self._sentence_triggers = chosen, sm.triggers
        speech = [t for t in sm.triggers if self.triggers[t.entry].type in SPEECH_TYPES]
        for trig in chosen:
            trigger = self.triggers[trig.entry]
            modality, cue = self.modality(trig, sm.cues if trigger.type not in SPEECH_TYPES
                                          else self._cues_on_the_verb(trig, sm.cues))
            if trigger.type == "sanctions" and modality == "negated" and cue is not None \
                    and CANCELLING.fullmatch(self.nt.text[_ns(cue):_ne(cue)]) and _ne(cue) <= _ns(trig) \
                    and len(self.nt.text[_ne(cue):_ns(trig)].split()) <= 1 and "sanctions.ease" in self.triggers:
                # "ألغى تصنيف الجماعة منظمة إرهابية", "revoked the designation": lifting, done
                trigger, modality = self.triggers["sanctions.ease"], "asserted"
            if self.lang == "ar" and modality == "asserted" and trig.data.get("prefix", "").lstrip("وف") == "ل" \
                    and FUTURE_IN_CLAUSE.search(self.nt.text, max(0, _ns(trig) - 60), _ns(trig)) \
                    and not self._clause_between(max(0, _ns(trig) - 60), _ns(trig)):
                modality = "planned"   # "سيتوجه يوم الإثنين إلى واشنطن للقاء ترامب": the purpose of a coming trip
            if trigger.id == "threat.price" and modality != "negated":
                # the threat is made now; what it warns of is to come, or hangs on a condition
                sentence_norm = self.nt.text[self.norm_index(sm.sentence.start):self.norm_index(sm.sentence.end)]
                modality = "hypothetical" if CONDITION.search(sentence_norm) else "asserted"
            tense = "future" if modality == "planned" else "past"
            # "announced on Tuesday that he would lift sanctions": the day is the announcement's
            own_dates = owners[id(trig)] if modality == "asserted" or id(trig) not in self._borrowed else []
            date_mention, resolved = self.event_date(trig, own_dates, trigger.type, tense, published,
                                                     modality, background)
            if (modality == "asserted" and resolved and published and date_mention is not None
                    and resolved.date > published):
                modality = "planned"   # "غداً", "next Thursday": what is dated after publication has not happened
            day = resolved.date if resolved else published
            if day not in refs_by_day and not self._depends_on_day(sm):
                refs_by_day[day] = all_refs
            if day not in refs_by_day:
                refs_by_day[day] = self._capitals_as_places(
                    self.resolver.resolve(sm.actors, day, sm.cues, taken), sm.triggers)
            refs = refs_by_day[day]
            speech_end = None
            if trigger.type not in SPEECH_TYPES:
                # "أعلن الإليزيه أن ماكرون تحدث": the speaker of a reported clause is not a party to it
                # ("X announced sanctions" has no reported clause, and X is the source)
                self._reporter = None
                for t in speech:
                    clause = COMPLEMENTIZER.search(self.nt.text, _ne(t), _ns(trig))
                    if _ne(t) <= _ns(trig) and not clause and t.entry == "statement.say" and self.lang != "ar" \
                            and not self._clause_between(_ne(t), _ns(trig)):
                        speech_end = max(speech_end or 0, _ne(t))   # "X said the sanctions were back": no "that"
                        if BARE_SELF_REFERENCE.match(self.nt.text, _ne(t)):
                            self._reporter = self._speaker(t, refs)     # "Britain said it would impose"
                    elif _ne(t) <= _ns(trig) and clause:
                        speech_end = max(speech_end or 0, clause.end())
                        if SELF_REFERENCE.match(self.nt.text, clause.start()):
                            # "Trump announced that he would lift sanctions", "أعلن أنه سيرفع"
                            self._reporter = self._speaker(t, refs)
            if trigger.type == "military" and sm.conflicts:
                pairs = self._conflict_roles(sm.conflicts[0])
            else:
                pairs = self.roles(trigger, trig, refs, speech_end, prev_actors)
            location = self._location(refs, trigger)
            if not pairs or not self._complete(trigger, pairs, location):
                continue
            events.append(self._event(sm.sentence, trig, trigger, modality, date_mention, resolved,
                                      pairs, location, published))
            if trigger.type in ("call", "meeting") and len({r.country or r.name for r, _ in pairs}) >= 2:
                self.last_parties = [r for r, _ in pairs]
            if date_mention is not None and resolved is not None and modality == "asserted" \
                    and not date_mention.since and resolved.precision == "day" \
                    and (published is None or -CONTEXT_DAYS <= (resolved.date - published).days <= 1):
                self.context_date = (date_mention.text, resolved.date, self._paragraph)
                if self.lead_date is None:
                    self.lead_date = self.context_date
            if trigger.type in SPEECH_TYPES:
                src = [r for r, role in pairs if role == "source"]
                if src:
                    self.last_speaker = src[0]
        events = [self._as_threat(e, sm) for e in self._drop_reporting_statements(events)]
        events += self._implied_visits(events)
        if speech and not any(e.type in SPEECH_TYPES for e in events):
            speaker = self._speaker(speech[0], all_refs)
            if speaker is not None:
                self.last_speaker = speaker
        return events, [r for r in all_refs if r.place is None]

    def _target_prep_before(self, r: ActorRef, te: int, actors: list[ActorRef]) -> bool:
        """"عقوبات على قائد هذه القوات محمد حمدان دقلو": a target preposition a few words before the actor,
        with no other actor between it and the trigger."""
        start = max([a.norm_end for a in actors if te <= a.norm_end <= r.norm_start] + [te])
        words = self.nt.text[start:r.norm_start].split()
        return 0 < len(words) <= 4 and any(w in TARGET_PREPS for w in words)

    def _with_conjuncts(self, chosen: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
        """Add the actors coordinated with the chosen ones: "الولايات المتحدة وبريطانيا", "the US and Britain"."""
        out = list(chosen)
        ordered = sorted(actors, key=lambda r: r.norm_start)
        for r in chosen:
            i = ordered.index(r) if r in ordered else -1
            for step in (1, -1):
                j, current = i + step, r
                while i >= 0 and 0 <= j < len(ordered):
                    nxt = ordered[j]
                    left, right = (current, nxt) if step == 1 else (nxt, current)
                    gap = self.nt.text[left.norm_end:right.norm_start]
                    if not (CONJUNCTION_GAP.fullmatch(gap) or (not gap.strip() and self._and_clitic(right))) \
                            or nxt.weak or nxt.place is not None:
                        break
                    if nxt not in out:
                        out.append(nxt)
                    current, j = nxt, j + step
        return out

    def _and_clitic(self, r: ActorRef) -> bool:
        """"وبريطانيا": the actor's word opens with the conjunction و as a clitic (not وارسو, وزير)."""
        return self.nt.text.startswith("و", r.norm_start) and self.norm_index(r.start) > r.norm_start

    def _as_threat(self, e: Event, sm: SentenceMentions) -> Event:
        """"حذر بايدن من أن الحلف سيرد إذا ...", "warned that Russia would face consequences": a warning of
        what will follow is a threat, not a plain statement."""
        threat = self.triggers.get("threat.general")
        if threat is None:
            return e
        if e.type == "military":
            ts = self.norm_index(e.trigger.start)
            if VOW.search(self.nt.text, max(0, ts - 20), ts):
                # "Netanyahu has vowed to invade Rafah", "توعد باجتياح": a threat of force, not force used
                return replace(e, type="threat", subtype="military", cameo="138", plover=threat.plover,
                               modality="asserted", rule="threat.vow")
            return e
        if e.type != "statement":
            return e
        warnings = [t for t in sm.triggers if self.triggers[t.entry].type == "statement"
                    and WARNING.fullmatch(self.nt.text, _ns(t), _ne(t))]
        if not warnings:
            return e
        te = _ne(warnings[0])
        clause = self.nt.text[te:self.norm_index(sm.sentence.end)]
        if not FUTURE_CLAUSE.search(clause[:200]):
            return e
        # "سيرد إذا استخدمت روسيا", "any attack would": what is threatened hangs on a condition
        modality = "hypothetical" if CONDITION.search(clause[:200]) else e.modality
        return replace(e, type="threat", subtype=threat.subtype, cameo=threat.cameo, plover=threat.plover,
                       modality=modality, rule="threat.warning")

    def _implied_visits(self, events: list[Event]) -> list[Event]:
        """"استقبل أمير قطر في الدوحة وزير الخارجية الأمريكي", "Zelenskiy met the crown prince in Jeddah":
        an official received abroad, or met in another country, is on a visit there."""
        visit = self.triggers.get("visit.visit")
        if visit is None:
            return []
        visitors = {a.country for e in events if e.type == "visit" for a in e.actors if a.role == "source"}
        out = []
        for e in events:
            if e.type != "meeting" or e.subtype not in ("meeting", "host", "talks") or e.modality == "negated":
                continue
            people = [a for a in e.actors if a.kind == "person" and a.country]
            if not 2 <= len({a.country for a in people}) <= 2:
                continue
            if e.subtype == "host":
                where = people[0].country            # the one who receives
            elif e.location is not None and e.location.country:
                where = e.location.country
            else:
                continue
            for guest in people:
                if guest.country == where or guest.country in visitors or where not in self.lex.by_iso3:
                    continue
                visitors.add(guest.country)
                country = self.lex.by_iso3[where]
                host = Actor(country.name, where, "country", "target", guest.text, guest.start, guest.end, where)
                out.append(replace(e, type="visit", subtype="visit", cameo=visit.cameo, plover=visit.plover,
                                   event_id=hashlib.sha1(f"{e.event_id}|visit|{guest.name}".encode()).hexdigest()[:16],
                                   actors=(replace(guest, role="source"), host), rule="visit.implied"))
        return out

    def _drop_reporting_statements(self, events: list[Event]) -> list[Event]:
        """"أعلن الإليزيه أن ماكرون تحدث مع بوتين": a party announcing its own call or meeting is not a
        separate statement; a third party's comment, or a statement document (بيان), is."""
        others = [e for e in events if e.type not in SPEECH_TYPES]
        if not others:
            return events
        keys = {a.country or a.name for e in others for a in e.actors}
        return [e for e in events if e.type not in SPEECH_TYPES
                or self.triggers[e.rule].weight >= 0.8
                or not any((a.country or a.name) in keys for a in e.actors)]

    def _speaker(self, trig: Mention, refs: list[ActorRef]) -> ActorRef | None:
        """Who speaks: the actor right after the verb of saying and before what is said (Arabic
        "قال X إن"), else the nearest one before the verb ("X said")."""
        ts, te = _ns(trig), _ne(trig)
        actors = [r for r in refs if r.place is None and not r.weak and r.prep not in NOT_AN_AGENT]
        content = COMPLEMENTIZER.search(self.nt.text, te, te + 400)
        limit = content.start() if content else te + 60
        after = [r for r in actors if te <= r.norm_start < limit and not self._clause_between(te, r.norm_start)]
        before = [r for r in actors if r.norm_end <= ts and not self._clause_between(r.norm_end, ts)]
        if after and (self.lang == "ar" or not before):
            return after[0]
        return before[-1] if before else (after[0] if after else None)

    def _has_object_if_weak(self, t: Mention, sm: SentenceMentions) -> bool:
        """A weak English verb of contact ("called", "spoke to") makes a call only when someone is
        called: "called Zelensky", "spoke with his Russian counterpart", not "called the resolution"."""
        trigger = self.triggers[t.entry]
        if self.lang != "ar" and t.entry == "meeting.host" and t.text.lower().startswith("receiv"):
            # "received Blinken", not "received the first F-16 jets"
            after = [m for m in sm.actors if m.data["norm_start"] >= _ne(t)]
            return bool(after) and len(self.nt.text[_ne(t):min(m.data["norm_start"] for m in after)].split()) <= 3
        if self.lang == "ar" or trigger.type != "call" or trigger.weight > WEAK:
            return True
        after = [m for m in sm.actors if m.data["norm_start"] >= _ne(t)]
        if not after:
            return False
        gap = self.nt.text[_ne(t):min(m.data["norm_start"] for m in after)].split()
        return all(w in ("the", "his", "her", "their", "its", "with", "to") for w in gap) and len(gap) <= 2

    @staticmethod
    def _objects_of(trigger: Trigger) -> tuple[str, ...]:
        """Event types that, right after this trigger, are what it is about, not events of their own:
        a demanded ceasefire, a rejected meeting, a welcomed or condemned agreement."""
        if trigger.type in ABSORBING_TYPES:
            return ABSORBED_TYPES
        if trigger.type == "statement" and trigger.subtype != "statement":
            return ("agreement",)
        return ()

    def _discussed_within(self, consult: Mention, other: Mention) -> bool:
        """"اتصالا هاتفيا ..., جرى خلاله استعراض المفاوضات", "a call during which they reviewed the talks":
        what a call or meeting went over is its content, not an event of its own."""
        if self.triggers[consult.entry].type not in ("call", "meeting") \
                or self.triggers[other.entry].type not in ("meeting", "agreement", "sanctions") or _ns(other) < _ne(consult):
            return False
        if consult.entry == "meeting.discuss" and self.triggers[other.entry].type == "sanctions":
            # "The two discussed ... the lifting of sanctions": what they talked about
            return not self._clause_between(_ne(consult), _ns(other))
        within = WITHIN.search(self.nt.text, _ne(consult), _ns(other))
        return within is not None and not self._clause_between(_ne(consult), _ns(other))

    def _topic_of_talks(self, talks: Mention, other: Mention) -> bool:
        """"talks on a ceasefire", "to discuss a truce", "مفاوضات وقف إطلاق النار": what talks are about
        is not an agreement of its own ("held talks and agreed a truce" is)."""
        if self.triggers[talks.entry].subtype != "talks" or self.triggers[other.entry].type != "agreement":
            return False
        gap = self.nt.text[_ne(talks):_ns(other)].split()
        return 0 <= _ns(other) - _ne(talks) and len(gap) <= 3 and sum(w not in TOPIC_WORDS for w in gap) <= 1

    def _main_triggers(self, sm: SentenceMentions) -> list[Mention]:
        """The best trigger of each type in each comma-delimited segment of the sentence.

        A demanded or rejected ceasefire is the demand's object, not an agreement; a speech verb gives
        way to the event it reports, unless it is a statement noun ("في بيان").
        """
        absorbed: set[int] = set()
        for t in sm.triggers:
            objects = self._objects_of(self.triggers[t.entry])
            for other in sm.triggers:
                if (other is not t and self.triggers[other.entry].type in objects
                        and 0 <= _ns(other) - _ne(t) <= 30
                        and not self._segment_between(_ne(t), _ns(other))):
                    absorbed.add(id(other))
                elif other is not t and (self._topic_of_talks(t, other) or self._discussed_within(t, other)):
                    absorbed.add(id(other))
        lo = bisect_left(self.segment_breaks, _ns(sm.triggers[0]))
        hi = bisect_left(self.segment_breaks, _ne(sm.triggers[-1]))
        breaks = self.segment_breaks[lo:hi]
        negations = [(_ns(c), _ne(c)) for c in sm.cues if c.entry == "negated"]
        # "المساعي للتوصل إلى وقف لإطلاق النار", "efforts to reach a truce": an aim, not an event
        for c in sm.cues:
            if c.entry == "aim":
                absorbed.update(id(t) for t in sm.triggers
                                if _ns(t) >= _ne(c) and len(self.nt.text[_ne(c):_ns(t)].split()) <= 2
                                and self.triggers[t.entry].type in ("agreement", "meeting"))
        # words inside quotation marks are what someone said, not events this article reports
        absorbed.update(id(t) for t in sm.triggers
                        if self.triggers[t.entry].type not in SPEECH_TYPES and self._quoted(_ns(t))
                        and not self._asked_in_quotes(t))
        best: dict[tuple[str, int], Mention] = {}
        for t in sm.triggers:
            if id(t) in absorbed or any(cs <= _ns(t) and _ne(t) <= ce for cs, ce in negations):
                continue
            trigger = self.triggers[t.entry]
            key = (trigger.type, bisect_left(breaks, _ns(t)))
            current = best.get(key)
            # the strongest word of a type wins, but the first verb of saying names the speaker
            if current is None or trigger.weight > self.triggers[current.entry].weight:
                best[key] = t
        strong_consult = any(k[0] in ("call", "meeting") and self.triggers[t.entry].weight >= 0.8
                             for k, t in best.items())
        if any(k[0] == "call" for k in best):
            # "discussed the ceasefire in a call": what was discussed is the call's content
            for key in [k for k, t in best.items() if t.entry == "meeting.discuss"]:
                del best[key]
        if strong_consult:
            # "بحثا خلاله", "agreed during the call": a weak verb describes the call or meeting
            for key in [k for k, t in best.items() if k[0] in ("meeting",)
                        and self.triggers[t.entry].weight <= WEAK]:
                del best[key]
        return sorted((t for t in best.values() if self._has_object_if_weak(t, sm)), key=lambda m: m.start)

    @staticmethod
    def _complete(trigger: Trigger, pairs, location: Location | None) -> bool:
        """Use of force is only coded with both an attacker and a target (a noun like "the attack" alone
        is usually background), a visit with a visitor and somewhere to go (a bare "توجه", heads or
        orientation, with no destination is no visit), and an agreement with two sides."""
        roles = {role for _, role in pairs}
        if trigger.type == "military":
            return {"source", "target"} <= roles
        if trigger.type == "visit" and trigger.weight < 1.0:
            return "source" in roles and ("target" in roles or location is not None)
        if trigger.type == "agreement":
            # an agreement has two sides: "رحّب X بالاتفاق" with one actor is a comment on it
            return len({r.country or r.name for r, _ in pairs}) >= 2
        return True

    def _conflict_roles(self, mention: Mention) -> list[tuple[ActorRef, str]]:
        conflict = self.conflicts[mention.entry]
        pairs = []
        ns, ne = _ns(mention), _ne(mention)
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

    def _location(self, refs: list[ActorRef], trigger: Trigger) -> Location | None:
        places = [r for r in refs if r.place is not None]
        if trigger.type == "visit":
            dest = [r for r in places if r.prep in DESTINATION_PREPS] or places
            places = dest
        if not places:
            return None
        p = places[0]
        return Location(p.place or p.name, p.country, self.nt.original[p.start:p.end], p.start, p.end)

    def _event(self, sentence, trig, trigger, modality, date_mention, resolved, pairs, location,
               published) -> Event:
        actors = tuple(Actor(r.name, r.country, r.kind if r.kind != "place" else "country", role,
                             self.nt.original[r.start:r.end], r.start, r.end, r.entry) for r, role in pairs)
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
            date_text=date_mention.text if date_mention else None,
            published=published, language=self.lang, confidence=min(confidence, 1.0),
            actors=actors, location=location,
            trigger=Span(trig.text, trig.start, trig.end),
            evidence=Span(sentence.text, sentence.start, sentence.end),
            rule=trigger.id,
        )
