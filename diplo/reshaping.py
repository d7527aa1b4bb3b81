"""Events reshaped after their roles are known: warnings that are threats, one visitor's meetings in turn,
visits implied by meetings abroad, statements that only announce the speaker's own act (a mixin of
EventBuilder)."""
from __future__ import annotations

import hashlib
from datetime import timedelta
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from diplo.actors import ActorRef
from diplo.event_words import (BROTHER_TURN, PASSIVE_BEFORE, RECEIVED_BY, WARNING, FUTURE_CLAUSE, CONDITION, VOW, THEN, SPEECH_TYPES, CLAUSE_BREAK, start_of,
                               end_of)
from diplo.dates import resolve_date
from diplo.model import Actor, Event, Location, Mention

if TYPE_CHECKING:
    from diplo.events import SentenceMentions


# "حيث استقبله الرئيس الصيني": the guest is the attached pronoun, the host named after the verb
OBJECT_PRONOUN_ON_HOST = re.compile(r"(?:ه|ها|هم|هما)(?!\w)")
BOTH = re.compile(r"\bboth\s+$|(?<!\w)كل(?:ا|ي) من\s+$")   # "with both X and Y", "مع كل من"
# the same people again on a later day: "held talks with Berri on Tuesday and again on Wednesday", "ثم مجدداً يوم
# الأربعاء" (original text, right before the second day)
AGAIN_ON = re.compile(r"(?:\band again|,? and once more|,? then again)(?: on| later on)? $|"
                      r"(?<!\w)(?:و|ثم )(?:مجدد[اًا]*|مرة أخرى|مره اخري) (?:يوم |في )?$")
AS_WELL_AS_WITH = re.compile(r"\bas well as with\b")     # a call or meeting with more (original text)
WITH_AGAIN = re.compile(r"(?<!\w)ومع\s")     # the preposition said again before the next party (original text)
# a day closing the first meeting and the preposition said again before the next: "sat down with Putin on Friday and with
# Azerbaijan's Ilham Aliyev" (original text)
DAY_THEN_WITH_AGAIN = re.compile(r"\s+on\s+[\w ]{3,20}?,?\s+and\s+(?:also\s+|later\s+|separately\s+)?with\s+"
                                 r"(?:[A-Z]\w+'s\s+)?$")
AS_DID = re.compile(r",\s+as did\s+(?:also\s+)?", re.I)     # "..., as did Qatar's emir" (original text)
AS_DID_REACH = 30     # characters from "as did" to the one it names
# the next party joined by a bare "and", no preposition said again: "with Macron and German Chancellor Angela Merkel"
# (original text, between the two)
JOINED_BY_AND = re.compile(r",?\s+(?:and|و)\s+(?!with\b|مع)[^,،;.]{0,60}?|\s*[،,]?\s*و(?!مع)[^,،;.]{0,60}?")
AND_BETWEEN = re.compile(r"\band\b|\sو")     # the next of two people met in turn (original text)
# a day counted from the meeting before it (original text)
SAME_OR_NEXT_DAY = re.compile(r"\b(?:(?:later )?(?:the|that) same day|later that day|the (?:next|following) day)\b|"
                              r"(?<!\w)(?:في )?(?:اليوم (?:نفسه|ذاته|التالي)|في وقت لاحق من اليوم نفسه)(?!\w)", re.I)
SEPARATELY_BEFORE = 30     # characters before an event word where "separate", "لقاءين" may still qualify it
SEPARATELY = re.compile(r"\bseparately\b|\bseparate (?:bilateral |one-on-one )?(?:meetings|talks|calls)\b|"
                        r"\b(?:series of )?bilateral (?:meetings|talks)\b|على حد[ةه](?!\w)|كل على حد|كلا على حد|"
                        r"(?<!\w)كلا[ًّ]*\s+من(?!\w)|"     # "التقى شي كلاً من ولي عهد الكويت، وأمير قطر": each of them
                        r"(?:لقاءات|اجتماعات|محادثات|مباحثات) (?:ثنائي[ةه]|منفصل[ةه])|"
                        r"(?:لقاءين|اجتماعين|اتصالين|مكالمتين)(?: هاتفيين)? منفصلين", re.I)
# calls with two or more counterparts are one each: "اتصالين هاتفيين بنظيريه", "called his Pakistani and Iranian counterparts"
CALLS_EACH = re.compile(r"(?<!\w)(?:[وف]?(?:اتصالين|مكالمتين|اتصالات)|ب?نظيري\w*|نظرائه)(?!\w)|\bcounterparts\b|"
                        r"\btwo (?:phone |telephone |separate )?calls\b|\b(?:phone|telephone) (?:conversations|calls)\b|"
                        r"\b(?:held|had|made) calls with\b", re.I)
# "Putin also spoke with Lukashenko, Mirziyoyev and Tokayev", "had spoken by phone with Sharif and Jaishankar": a verb
# of talking, no count of calls, is a call each;
# "held a call with Macron, Starmer and Merz" and "اتصالاً هاتفياً مشتركاً مع نظرائه" are one
SPOKE_WITH_EACH = re.compile(r"\b(?:spoke|spoken|talked|speaks|talks|speaking|talking)(?: by (?:phone|telephone)| over the phone)?"
                             r"(?: with| to)?\b|\b(?:telephoned|phoned|dialled|dialed|rang)\b|"
                             r"[وف]?(?:تحدث|تحدثت|هاتف|هاتفت)(?:\s+(?:إلى|الى|مع))?", re.I)
# two meetings told of as two: "خلال اللقاءين", "in both meetings" (normalised)
MEETINGS_EACH = re.compile(r"(?<!\w)(?:[بل]?ال)?(?:لقاءين|اجتماعين)(?!\w)|\b(?:both|the two|two separate) meetings\b")
BOTH_BEFORE = re.compile(r"\bboth\s+$", re.I)     # "X and Y both spoke with" (original text, before the event word)
# two sides acting each on the other (original text)
EACH_OTHER = re.compile(r"\b(?:each other|one another)(?:'s)?\b|(?<!\w)(?:المتبادل|متبادل|متبادلة|المتبادلة|بالمثل)(?!\w)",
                        re.I)
SPOKEN_BEFORE = re.compile(r"\b(?:spoke|spoken|talked)\s+$", re.I)     # right before "by phone"
TOPIC_AFTER = re.compile(r"\b(?:about|regarding|concerning|on the|over the(?! (?:past|previous|last)\b)|to discuss)\b|"
                         r"(?<!\w)(?:بشأن|حول|عن|لبحث|لمناقشة|وبحث|وبحثا)(?!\w)", re.I)   # what was talked of
ONE_JOINT_CALL = re.compile(r"(?<!\w)(?:مشترك\w*|جماعي\w*|ثلاثي\w*|رباعي\w*)(?!\w)|\bjoint\b|\bconference\b|"
                            r"\btrilateral\b|\bthree-way\b|\bvideo\b|\btogether\b", re.I)
# a pair named before, as what a third party spoke with: "with both leaders", "with each of them", "بالزعيمين", "بكليهما"
WITH_THE_PAIR = re.compile(r"\bwith (?:both|each of the|the two|each of both) (?:leaders|presidents|prime ministers|"
                           r"ministers|men|sides)\b|\bwith each of them\b|\bwith both of them\b|"
                           r"(?<!\w)(?:بالزعيمين|بالرئيسين|بالوزيرين|بكليهما|بكل منهما)(?!\w)", re.I)
IN_RECEPTION = re.compile(r"(?<!\w)في\s+$")    # "كان في استقباله": was there to receive him
THREATENED_REACH = 60    # characters from a threat's word to the sanctions it threatens


class EventReshaping:
    """The after-roles rules of EventBuilder."""

    def _as_threat(self, e: Event, sm: SentenceMentions, refs: list[ActorRef]) -> Event:
        """"حذر بايدن من أن الحلف سيرد إذا ...", "warned that Russia would face consequences": a warning of
        what will follow is a threat, not a plain statement."""
        threat = self.triggers.get("threat.general")
        if threat is None:
            return e
        if e.type == "military":
            ts = self.norm_index(e.trigger.start)
            if VOW.search(self.nt.text, max(0, ts - 20), ts):
                # "Netanyahu has vowed to invade Rafah", "توعد باجتياح": a threat of force, not force used
                vowed = self.triggers.get("threat.military", threat)
                return replace(e, type="threat", subtype=vowed.subtype, cameo=vowed.cameo, plover=vowed.plover,
                               modality="asserted", rule="threat.vow")
            return e
        if e.type != "statement":
            return e
        warnings = self._warning_words(sm)
        if not warnings:
            return e
        # not a statement of another clause before the warning: "announced the talks ..., and warned that"
        es = self.norm_index(e.trigger.start)
        if es < start_of(warnings[0]) and self._segment_between(es, start_of(warnings[0])):
            return e
        te = end_of(warnings[0])
        clause = self.nt.text[te:self.norm_index(sm.sentence.end)]
        if not FUTURE_CLAUSE.search(clause[:200]):
            return e
        # "سيرد إذا استخدمت روسيا", "any attack would": what is threatened hangs on a condition
        modality = "hypothetical" if CONDITION.search(clause[:200]) else e.modality
        return replace(e, type="threat", subtype=threat.subtype, cameo=threat.cameo, plover=threat.plover,
                       modality=modality, rule="threat.warning", actors=e.actors + self._warned(e, te, sm, refs))

    def _warning_words(self, sm: SentenceMentions) -> list[Mention]:
        """The verbs of warning among the sentence's statement words ("warned", "حذر"), which make what follows a threat."""
        return [t for t in sm.triggers if self.triggers[t.entry].type == "statement"
                and WARNING.fullmatch(self.nt.text, start_of(t), end_of(t))]

    def _as_reception(self, e: Event, refs: list[ActorRef]) -> Event:
        """"Starmer welcomed Zelensky to Downing Street", "Xi welcomed Putin to Beijing": a guest welcomed to a
        place is received there (a meeting), not a statement of welcome."""
        host = self.triggers.get("meeting.host")
        if host is None or e.type != "statement" or e.subtype != "welcome" or self.lang == "ar":
            return e
        te = self.norm_index(e.trigger.end)
        by = RECEIVED_BY.match(self.nt.text, te)
        if by and PASSIVE_BEFORE.search(self.nt.text, max(0, self.norm_index(e.trigger.start) - 20),
                                        self.norm_index(e.trigger.start)):
            # "Putin was greeted at the airport by Kim": the one named after "by" receives the subject
            agent = next((r for r in refs if r.norm_start >= by.end() - 1 and r.place is None and r.kind == "person"), None)
            if agent is None:
                return e
            return replace(e, type="meeting", subtype=host.subtype, cameo=host.cameo, plover=host.plover,
                           actors=(self._actor(agent, "participant"),)
                           + tuple(replace(a, role="participant") for a in e.actors),
                           rule="meeting.welcomed_by")
        guest = next((r for r in refs if r.norm_start >= te and r.place is None and r.kind == "person"), None)
        if guest is None or len(self.nt.text[te:guest.norm_start].split()) > 3:
            return e
        after_guest = guest.norm_end
        of = OF_COUNTRY.match(self.nt.text, after_guest)
        if of and any(r.kind == "country" and of.start() <= r.norm_start and r.norm_end <= of.end() for r in refs):
            after_guest = of.end()     # "welcomed President Luiz Inacio Lula da Silva of Brazil to the White House"
        if not WELCOMED_TO.match(self.nt.text, after_guest):
            return e      # "welcomed Macron's proposal" is a statement
        place = next((r for r in refs if r.norm_start >= after_guest and (r.place or r.city)), None)
        if place is not None and not WELCOMED_TO.fullmatch(self.nt.text[after_guest:place.norm_start]):
            place = None      # "welcomed Kim at the cosmodrome": received at a place the lexicon does not know
        original = self.nt.original
        hosts = tuple(replace(a, role="participant") for a in e.actors)
        visitor = self._actor(guest, "participant")
        where = None if place is None else Location(place.place or place.city or place.name, place.country,
                                                    original[place.start:place.end], place.start, place.end)
        return replace(e, type="meeting", subtype=host.subtype, cameo=host.cameo, plover=host.plover,
                       actors=hosts + (visitor,), location=where, rule="meeting.welcomed_to")

    def _warned(self, e: Event, te: int, sm: SentenceMentions, refs: list[ActorRef]) -> tuple[Actor, ...]:
        """Who a warning is aimed at: the first actor of another country in what it says will follow
        ("warned that Israel would strike if Hezbollah violated the truce")."""
        if any(a.role == "target" for a in e.actors):
            return ()
        own = {a.country or a.name for a in e.actors}
        end = self.norm_index(sm.sentence.end)
        for r in refs:
            if te <= r.norm_start < end and r.place is None and not r.weak and (r.country or r.name) not in own:
                return (self._actor(r, "target"),)
        return ()

    def _one_by_one(self, e: Event) -> list[Event]:
        """"فالتقت عون في قصر بعبدا، ثم بري في عين التينة، وسلام في السراي", "met Aoun, then Berri", "spoke with
        Zelensky and then with Rutte", "had spoken with both Netanyahu and the emir": one person's meetings or
        calls in turn are one each."""
        if e.type == "visit":
            return self._stop_by_stop(e)
        if e.type == "sanctions":
            return self._each_on_the_other(e)
        if e.type not in ("meeting", "call") or len(e.actors) < 3:
            return [e]
        people_of = {a.country for a in e.actors if a.kind == "person"}
        # "The Kremlin said Putin had also spoken with ...": the state beside its own leader is no third party
        actors = [a for a in e.actors if a.kind != "country" or a.country not in people_of]
        if len(actors) < 3:
            return [e]
        first, *others = actors
        earlier = [a for a in actors if a.start < e.evidence.start]
        # ("She then held separate meetings with Salam and Berri": one person named before, as "she", goes on below)
        if len(earlier) >= 2 or earlier and earlier[0] is not first:
            here = [a for a in actors if a.start >= e.evidence.start]
            if len(here) == 1 and len(earlier) >= 2 and self._separately(e):
                # "Erdogan hosted the two leaders separately": the one named here with each of the pair
                return [replace(e, actors=(here[0], other), event_id=_part_id(e, other.name, i))
                        for i, other in enumerate(earlier)]
            if e.type == "call" and WITH_THE_PAIR.search(self.doc.text, e.evidence.start, e.evidence.end):
                # "Trump had spoken by phone with both leaders": a third party's call with each of the pair named before
                callers = [a for a in actors if a.start >= e.evidence.start and a.kind == "person"]
                pair = [a for a in actors if a.start < e.evidence.start]
                if len(callers) == 1 and len(pair) >= 2:
                    return [replace(e, actors=(callers[0], other), event_id=_part_id(e, other.name, i))
                            for i, other in enumerate(pair)]
            return [e]      # a pair named in an earlier sentence met as one
        text = self.doc.text
        # (a call "..., as well as with King Salman" goes on with one more each)
        turns = [i for i in range(1, len(others)) if THEN.search(text, others[i - 1].end, others[i].start)
                 or self._met_on_days_of_their_own(e, others[i - 1], others[i])
                 or e.type == "meeting" and e.subtype not in ("summit", "conference")
                 and DAY_THEN_WITH_AGAIN.fullmatch(text, others[i - 1].end, others[i].start)
                 or e.type == "call" and AS_WELL_AS_WITH.search(text, others[i - 1].end, others[i].start)]
        if e.type == "call" and len(others) == 2 and others[0].start >= e.trigger.end \
                and WITH_AGAIN.search(text, others[0].end, others[1].start):
            turns.append(1)     # "بحث هاتفياً مع الرئيس الروسي ومع الرئيس الفرنسي": a call each (in English "with the
            # leaders of France, ... and with Rutte", "with Netanyahu and with Mikati" may be one call)
        if e.type == "call":
            # "هاتف سموه أخاه أمير قطر، وأخاه أمير الكويت": each brother addressed is a call of his own
            turns += [i for i in range(1, len(others)) if BROTHER_TURN.search(text, others[i - 1].end, others[i].start)]
        if e.type == "call" and BOTH.search(text[max(e.trigger.end, others[0].start - 10):others[0].start]):
            turns.append(0)     # "he had spoken with both Netanyahu and Qatar's emir": a call each
        if e.type == "call" and BOTH_BEFORE.search(self.doc.text, max(e.evidence.start, e.trigger.start - 8),
                                                   e.trigger.start):
            each = self._each_subject(e, actors)     # "Merkel and Macron both spoke by phone with Putin": a call each
            if each:
                return each
        if self._separately(e):
            # "Kurti and Vucic met separately with EU envoy Lajcak": each subject with the one they met
            each = self._each_subject(e, actors)
            if each:
                return each
            turns.append(0)     # "with King Abdullah II and, separately, with Abbas", "كلاً على حدة"
        sentence = self.norm_index(e.evidence.start), self.norm_index(e.evidence.end)
        if e.type == "call" and not ONE_JOINT_CALL.search(self.nt.text, *sentence) \
                and sum(a.start > e.trigger.start for a in actors) >= 2 \
                and (CALLS_EACH.search(self.nt.text, *sentence) or self._spoke_with_each(e, actors)):
            turns.append(0)     # "اتصالين هاتفيين بنظيريه الباكستاني والإيراني": one call with each
        if e.subtype != "host" and self._among_them(self.norm_index(e.trigger.end)) is not None \
                and all(a.start > e.trigger.end for a in others):
            turns.append(0)     # "met several Arab leaders, among them Sisi, Abbas and Sudani": one each (those received
            # on arrival, "استقبل عدداً من القادة العرب لدى وصولهم، من بينهم", are one welcome)
        if e.type == "meeting" and MEETINGS_EACH.search(
                self.nt.text, max(sentence[0], self.norm_index(e.trigger.start) - SEPARATELY_BEFORE), sentence[1]):
            turns.append(0)     # "التقى الزياني نتنياهو ووزير الخارجية إيلي كوهين، وجرى خلال اللقاءين": one each
        if not turns or any(o.country == first.country for o in others):
            return [e]
        return [replace(e, actors=(first, other), event_id=_part_id(e, other.name, i))
                for i, other in enumerate(others)]

    @staticmethod
    def _each_subject(e: Event, actors: list) -> list[Event]:
        """Two or more subjects of different sides before the event word, each with those named after it: one event
        each (none when there are no such subjects)."""
        subjects = [a for a in actors if a.end <= e.trigger.start]
        objects = tuple(a for a in actors if a.start >= e.trigger.end)
        if len(subjects) < 2 or not objects or len({a.country or a.name for a in subjects}) != len(subjects):
            return []
        return [replace(e, actors=(subject,) + objects, event_id=_part_id(e, subject.name, i))
                for i, subject in enumerate(subjects)]

    def _cited_at_the_end(self, e: Event) -> bool:
        """A statement whose verb closes the sentence after a comma: the source the sentence cites."""
        if e.type != "statement" or self.lang == "ar":
            return False
        tail = self.doc.text[max(e.evidence.start, e.trigger.start - 80):e.evidence.end]
        return CITED_AT_THE_END.search(tail) is not None and e.trigger.end >= e.evidence.end - 20

    def _separately(self, e: Event) -> bool:
        """"separately", "separate meetings", "لقاءين منفصلين", "كلاً على حدة" said of this event word: after it in
        its sentence or right before it (not of another event word earlier: "لقاءين منفصلين مع كاتس والمالكي، إضافة
        إلى اجتماع مع نظرائهم"; "who flew in separately on Thursday, were then received")."""
        return SEPARATELY.search(self.doc.text, max(e.evidence.start, e.trigger.start - SEPARATELY_BEFORE),
                                 e.evidence.end) is not None

    def _met_on_days_of_their_own(self, e: Event, one, next_one) -> bool:
        """Two people met in turn, each with a day after them ("met Sisi in Cairo on Monday and Netanyahu in Jerusalem
        on Tuesday"): a meeting each, on days of their own."""
        if e.type != "meeting" or e.subtype in ("summit", "conference") or one.start < e.trigger.end:
            return False
        between = [d for d in self._sentence_days if one.end <= d.start and d.end <= next_one.start]
        after = [d for d in self._sentence_days if next_one.end <= d.start and d.end <= e.evidence.end] \
            or SAME_OR_NEXT_DAY.search(self.doc.text, next_one.end, e.evidence.end)
        return bool(between) and bool(after) \
            and AND_BETWEEN.search(self.doc.text, between[-1].end, next_one.start) is not None

    def _day_by_day(self, parts: list[Event]) -> list[Event]:
        """The meetings or calls of one sentence split person by person each take the day named right after the one
        met or called ("... and Netanyahu in Jerusalem on Tuesday", "من الملك عبدالله مساء أمس، ومن الرئيس السيسي اليوم"),
        when that day is a plain day of the calendar."""
        if len(parts) < 2 or parts[0].type not in ("meeting", "call") or parts[0].event_id == parts[1].event_id:
            return parts
        out, own_day = [], []
        for part in parts:
            other = part.actors[-1]
            later = [a.start for p in parts for a in p.actors[-1:] if a.start > other.start] + [part.evidence.end]
            own = [d for d in self._sentence_days if other.end <= d.start and d.end <= min(later) and not d.since
                   and not self._clause_between(self.norm_index(other.end), self.norm_index(d.start))
                   and not self._other_event_word_within(part, other.end, d.start)]
            resolved = resolve_date(own[0], part.published, "future" if part.modality == "planned" else "past") \
                if own and own[0].kind in ("weekday", "full", "month_day", "relative_day", "day_of_month") else None
            relative = SAME_OR_NEXT_DAY.search(self.doc.text, other.end, min(later)) if not own and out else None
            own_day.append(resolved is not None and resolved.precision == "day")
            if own_day[-1]:
                part = replace(part, date=resolved.date, date_text=own[0].text,
                               date_basis=f'the day named after the one met ("{own[0].text}")')
            elif relative is not None and out[-1].date is not None:
                day = out[-1].date + timedelta(days=0 if "same" in relative.group().lower() else 1)
                part = replace(part, date=day, date_text=relative.group(),
                               date_basis=f'counted from the meeting before ("{relative.group()}")')
            out.append(part)
        for i in range(len(out) - 2, 0, -1):
            # "with Trump on Tuesday and with Macron and Merkel on Wednesday": Macron's call is on Merkel's day
            if own_day[i + 1] and not own_day[i] and own_day[i - 1] and JOINED_BY_AND.fullmatch(
                    self.doc.text, out[i].actors[-1].end, out[i + 1].actors[-1].start):
                own_day[i] = True
                out[i] = replace(out[i], date=out[i + 1].date, date_text=out[i + 1].date_text,
                                 date_basis=f'the day named after the next one met ("{out[i + 1].date_text}")')
        last = out[-1]
        if last.date_text is not None and last.date_text != parts[-1].date_text \
                and all(p.date_text is None for p in out[:-1]):
            # "had spoken with Biden, Boris Johnson and Emmanuel Macron on Thursday": the day closing the list is the
            # day of each call in it
            out = [replace(p, date=last.date, date_text=last.date_text,
                           date_basis=f'the day named after the list ("{last.date_text}")') for p in out[:-1]] + [last]
        return out

    def _other_event_word_within(self, e: Event, start: int, end: int) -> bool:
        """Another event word of the sentence lies between two places of the text: "spoke with Abbas, Putin and Rouhani,
        has called a summit for December 13" (the day after it is that word's)."""
        a, b = self.norm_index(start), self.norm_index(end)
        return any(a <= start_of(t) < b for t in self._other_triggers
                   if not (t.start <= e.trigger.start < t.end))

    def _again_another_day(self, e: Event) -> list[Event]:
        """A call or meeting told as held "on Tuesday and again on Wednesday": one on each day."""
        if e.type not in ("meeting", "call") or e.modality != "asserted" or e.date is None:
            return [e]
        for d in self._sentence_days:
            if e.trigger.end <= d.start <= e.evidence.end and d.kind in ("weekday", "full", "month_day", "relative_day") \
                    and AGAIN_ON.search(self.doc.text[max(e.evidence.start, d.start - 30):d.start]):
                resolved = resolve_date(d, e.published, "past")
                if resolved is not None and resolved.precision == "day" and resolved.date != e.date:
                    return [e, replace(e, date=resolved.date, date_text=d.text, event_id=_derived_id(e, d.text),
                                       date_basis=f'held again on the day named ("{d.text}")')]
        return [e]

    def _spoke_with_each(self, e: Event, actors: list) -> bool:
        """"Putin also spoke with Lukashenko, Mirziyoyev and Tokayev", "had spoken by phone with Sharif and Jaishankar":
        a verb of talking with two or more named before what was talked about ("spoke by phone with the Qatari prime
        minister about the proposal now with Hamas" is one call)."""
        word = e.trigger.text
        if self.doc.text[e.trigger.end:e.trigger.end + 1].isalpha():
            return False     # the event word is part of a longer one: "هاتف" of "اتصال هاتفي"
        if not SPOKE_WITH_EACH.fullmatch(word):
            if word.lower() not in ("by phone", "by telephone", "over the phone") or not SPOKEN_BEFORE.search(
                    self.doc.text, max(0, e.trigger.start - 10), e.trigger.start):
                return False
        topic = TOPIC_AFTER.search(self.doc.text, e.trigger.end, e.evidence.end)
        end = topic.start() if topic else e.evidence.end
        # (the first named is who called: "وتحدث بايدن مع نتنياهو حول الاتفاق مع لبنان" names one other before its topic)
        return sum(e.trigger.end <= a.start < end for a in actors[1:]) >= 2

    def _each_on_the_other(self, e: Event) -> list[Event]:
        """"India and Canada expelled six of each other's diplomats", "طرد متبادل للدبلوماسيين": two sides, each
        acting on the other, with no target named: a measure each way."""
        sides = [a for a in e.actors if a.role == "source"]
        if len({a.country or a.name for a in sides}) != 2 or any(a.role == "target" for a in e.actors) \
                or not EACH_OTHER.search(self.doc.text, e.evidence.start, e.evidence.end):
            return [e]
        first, second = sides
        return [replace(e, actors=(source, replace(target, role="target")), event_id=_part_id(e, source.name, i))
                for i, (source, target) in enumerate(((first, second), (second, first)))]

    @staticmethod
    def _stop_by_stop(e: Event) -> list[Event]:
        """"will visit Saudi Arabia, Qatar and Egypt", "جولة تشمل السعودية وقطر ومصر": a visit to each country."""
        places = [a for a in e.actors if a.role == "target" and a.kind == "country"]
        if len({a.country for a in places}) < 2:
            return [e]
        rest = tuple(a for a in e.actors if a not in places)
        return [replace(e, actors=rest + (place,), event_id=_part_id(e, place.name, i))
                for i, place in enumerate(places)]

    def _threatened_sanctions(self, events: list[Event]) -> list[Event]:
        """"would not hesitate to use its sanctions authority against Iran", "لوّحت بفرض عقوبات": sanctions a
        few words after a threat are what is threatened (sanctions/threaten, made now), not sanctions imposed
        or denied, and the threat is that one event."""
        threats = [e for e in events if e.type == "threat"]
        sanctions = self.triggers.get("sanctions.threaten")
        if not threats or sanctions is None:
            return events
        out, absorbed = [], set()
        for e in events:
            if e.type == "sanctions" and e.subtype in ("impose", "threaten"):
                threat = next((t for t in threats if 0 <= e.trigger.start - t.trigger.end <= THREATENED_REACH
                               and not CLAUSE_BREAK.search(self.nt.text, self.norm_index(t.trigger.end),
                                                           self.norm_index(e.trigger.start))), None)
                if threat is not None:
                    absorbed.add(id(threat))
                    sources = tuple(a for a in threat.actors if a.role == "source")
                    targets = tuple(a for a in e.actors if a.role == "target") or \
                        tuple(a for a in threat.actors if a.role == "target")
                    modality = "hypothetical" if threat.modality == "asserted" \
                        and self._on_whoever(self.norm_index(e.trigger.end)) else threat.modality
                    e = replace(e, subtype=sanctions.subtype, cameo=sanctions.cameo, plover=sanctions.plover,
                                modality=modality, actors=sources + targets, rule=sanctions.id,
                                **({} if e.date_text else _date_of(threat)))
            out.append(e)
        return [e for e in out if id(e) not in absorbed]

    def _as_did(self, events: list[Event], refs: list) -> list[Event]:
        """"Faisal bin Farhan also spoke to Aoun by phone, as did Qatar's emir", "Macron met Zelensky, as did Scholz":
        the one named after "as did" did the same with the same other party (a call or meeting of their own)."""
        out = []
        for e in events:
            if e.type not in ("call", "meeting") or len(e.actors) != 2 or e.modality != "asserted":
                continue
            m = AS_DID.search(self.doc.text, e.trigger.end, e.evidence.end)
            if m is None:
                continue
            named = [r for r in refs if m.end() <= r.start <= m.end() + AS_DID_REACH and r.place is None
                     and r.kind in ("person", "country", "organization")
                     and not any(a.country == r.country and a.name == r.name for a in e.actors)]
            if named:
                other = self._actor(named[0], e.actors[0].role)
                out.append(replace(e, actors=(other, e.actors[1]), event_id=_derived_id(e, "as did " + other.name)))
        return out

    def _implied_visits(self, events: list[Event]) -> list[Event]:
        """"استقبل أمير قطر في الدوحة وزير الخارجية الأمريكي", "hosted Zelensky": an official received abroad, met in
        the other party's country, or attending a summit held abroad alone, is on a visit there."""
        visit = self.triggers.get("visit.visit")
        if visit is None:
            return []
        visitors = {a.country for e in events if e.type == "visit" for a in e.actors if a.role == "source"}
        out = []
        for e in events:
            if e.type != "meeting" or e.modality == "negated":
                continue
            people = [a for a in e.actors if a.kind == "person" and a.country]
            countries = {a.country for a in people}
            if e.subtype in GATHERINGS:
                # "Speaking in Vilnius, where he attended a summit", "ومن تيرانا، حيث شارك في قمة": one leader at
                # a summit or conference held abroad is on a visit there
                if len(people) != 1 or not self._placed(e) \
                        or any(o.type == "call" and o.evidence.start == e.evidence.start for o in events):
                    continue      # (nor is a summit whose preparations a call discussed one the caller attends)
                where = e.location.country
            elif e.subtype not in ("meeting", "host", "talks") or len(countries) < 2 \
                    or (e.subtype != "host" and len(countries) > 2):
                continue      # (a host may receive guests of several countries: "استضاف أردوغان الرئيس الصومالي
                # ورئيس الوزراء الإثيوبي")
            elif e.subtype == "host":
                # the one who receives: first named, or named after "by" ("was received by the emir"), or the
                # one whose country the meeting is placed in
                where = people[0].country
                if e.location is not None and e.location.country in countries:
                    where = e.location.country
                elif IN_RECEPTION.search(self.doc.text, max(0, e.trigger.start - 4), e.trigger.start):
                    # "وكان في استقبال سموه لدى وصوله اللواء باقري", "كان في استقبال الرئيس الأسد ... لدى وصوله ...
                    # الشيخ محمد بن زايد": the one who receives is named last, after the guest
                    where = next((a.country for a in reversed(people) if a.start >= e.trigger.end), where)
                elif RECEIVED_BY.match(e.evidence.text, e.trigger.end - e.evidence.start) \
                        or OBJECT_PRONOUN_ON_HOST.match(self.doc.text, e.trigger.end):
                    # "was received by the emir": who is named after
                    where = next((a.country for a in people if a.start >= e.trigger.end), where)
            elif self._placed(e) and e.location.country in countries:
                # "In Ankara, Zelensky ... after talks with Erdogan", "التقى الشرع في الرياض ترامب": a meeting placed in
                # one party's country has the other party there on a visit, as analysts code it
                where = e.location.country
            else:
                continue      # "met Xi and Modi in Kazan": a meeting in a third country tells of no visit to a party
            for guest in people:
                if guest.country == where or guest.country in visitors or where not in self.lex.by_iso3 \
                        or guest.start < e.evidence.start:
                    continue      # a party named in an earlier sentence ("both countries") is not seen travelling
                visitors.add(guest.country)
                country = self.lex.by_iso3[where]
                host = Actor(country.name, where, "country", "target", guest.text, guest.start, guest.end, where)
                out.append(replace(e, type="visit", subtype="visit", cameo=visit.cameo, plover=visit.plover,
                                   event_id=_derived_id(e, f"visit|{guest.name}"),
                                   actors=(replace(guest, role="source"), host), rule="visit.implied"))
        return out

    @staticmethod
    def _placed(e: Event) -> bool:
        """The event has a place in a known country, and not one a coming event takes from the dateline
        ("WASHINGTON — ... a summit in Budapest" is filed from Washington)."""
        return e.location is not None and bool(e.location.country) \
            and not (e.modality == "planned" and e.location.start == e.evidence.start)

    @staticmethod
    def _said_after_a_measure(e: Event, events: list[Event]) -> bool:
        """What is said after a measure the sentence tells, or after the speaker's own rejection, explains or
        restates it: "imposed sanctions on three ships ..., which it said carried Iranian goods", "Moscow called the
        new US measures illegitimate and said they would not change its course", "رفضت الخارجية الإيرانية القرار
        ووصفته بأنه ..." (a welcome is a statement of its own: "lifted the embargo, a step Mogadishu welcomed")."""
        if e.type not in SPEECH_TYPES or e.subtype == "welcome":
            return False
        def sources(x: Event) -> set[str]:
            return {a.country or a.name for a in x.actors if a.role == "source"}
        return any(o.trigger.start < e.trigger.start and (
            o.type == "sanctions" or o.type == "rejection" and sources(e) & sources(o)) for o in events)

    def _drop_reporting_statements(self, events: list[Event]) -> list[Event]:
        """"أعلن الإليزيه أن ماكرون تحدث مع بوتين": a party announcing its own call or meeting is not a
        separate statement; a third party's comment, or a statement document (بيان), is. What a visitor or a
        party to an agreement says is ("قال أردوغان خلال زيارته إن ...", "announced that they had agreed").
        Who is cited at the end of a sentence that tells another event ("..., a UN spokesman said.") is its source."""
        if any(e.type not in SPEECH_TYPES for e in events):
            events = [e for e in events if not self._cited_at_the_end(e) and not self._said_after_a_measure(e, events)]
        others = [e for e in events if e.type in ("call", "meeting") and not _told_of(e)]
        # "Britain on the same day announced sanctions on 100 targets": the one who imposes them announces them (or will:
        # "Canada said it would impose retaliatory tariffs", "Taiwan said it would close its embassy in Managua")
        imposers = [e for e in events if e.type == "sanctions" and e.modality in ("asserted", "planned")]
        if not others and not imposers:
            return events
        parties = [a for e in others for a in e.actors] + \
            [a for e in imposers for a in e.actors if a.role == "source"]
        keys = {a.country or a.name for a in parties}
        people = {a.name for a in parties if a.kind == "person"}
        # an official who reports what others of his country did ("أوضح ميسري أن المدير العام للعمليات العسكرية
        # اتصل بنظيره") speaks for himself; one who tells of his own call does not
        return [e for e in events if e.type not in SPEECH_TYPES
                or self.triggers[e.rule].weight >= 0.8
                or not any((a.name in people) if a.kind == "person" else ((a.country or a.name) in keys)
                           for a in e.actors)]


# the tail of a sentence that cites its source: "..., a UN spokesman said.", "..., Norwegian officials said on Monday."
CITED_AT_THE_END = re.compile(r"[,;]\s+(?:[\w'’.-]+\s+){1,7}?(?:said|says|told reporters|told Reuters|told AFP)"
                              r"(?:\s+(?:on|late|early|in|at)\s+\w+)?\s*[.\"”]*\s*$")


# "after the talks", "عقب المباحثات": an event already told of, named to place something else in time
TOLD_OF = re.compile(r"(?:\b(?:after|following|before|during|since|at the end of|at the start of)\s+the"
                     r"(?:\s+[a-z][\w-]*){0,3}\s+$)|"
                     r"(?:(?<!\w)(?:عقب|بعد|خلال|قبيل|اثر|إثر|في ختام|في مستهل)\s+ال$)", re.I)


GATHERINGS = ("summit", "conference")
OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?(?=\s+(?:to|at|in)\b)", re.I)   # "... of Brazil to"
WELCOMED_TO = re.compile(r"\s+(?:to|at|in)(?:\s+the)?\s+", re.I)     # "welcomed Zelensky to Downing Street", "at the"


def _derived_id(e: Event, key: str) -> str:
    """The id of an event derived from e, stable across runs: a hash of e's id and what sets it apart."""
    return hashlib.sha1(f"{e.event_id}|{key}".encode()).hexdigest()[:16]


def _part_id(e: Event, name: str, i: int) -> str:
    """The id of the i-th part of an event split one part per actor: the first keeps e's own id."""
    return _derived_id(e, name) if i else e.event_id


def _told_of(e: Event) -> bool:
    before = e.evidence.text[:e.trigger.start - e.evidence.start]
    if e.trigger.text.startswith("ال"):
        before += "ال"
    return TOLD_OF.search(before[-45:]) is not None


def _date_of(e: Event) -> dict:
    """The date fields of an event, to hand to the one it becomes."""
    return dict(date=e.date, date_precision=e.date_precision, date_basis=e.date_basis, date_text=e.date_text)

