"""Roles: who takes part in an event, who acts and on whom, who speaks."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from diplo.actors import AIMING_PREPS, DESTINATION_PREPS, TARGET_PREPS, ActorRef
from diplo.arabic import word_bounds
from diplo.lexicon import Trigger
from diplo.model import Mention
from diplo.event_words import (UNDESIRABLE_WORDS, BRIEFED_ABOUT, JOINED_IN, AMONG_THEM, BROTHER_TURN, RELATIVE_OPEN, PASSIVE_AUX, COORDINATED_ACT, PURPOSE_TO, NOT_AN_AGENT, COMPLEMENTIZER, CONJUNCTION_GAP, ASKING_VERB, PLURAL_ASKING, PARTICIPATION,
                               WITH_BEFORE, TRADE, PATIENT_VOICE, HONORIFIC_PRONOUN, HONORIFIC_NOUN, PRONOUN_SUBJECT,
                               DUAL_PRONOUN, SIDELINES, GIVING_VERB, MEDIATED_BY, MILITARY_BODY, WITH_PRONOUN, HONORIFICS, HONORIFIC_OF,
                               TEMPORAL_CLAUSE, TOPIC_MARKER, PARTIES_AFTER, start_of, end_of)

# a sentence opening with a clause of arriving (normalised), up to its verb: "After landing in", "Upon arriving in"
FRONTED_ARRIVAL = re.compile(r"\W*(?:after|upon|on|shortly after|soon after)\s+(?:landing|arriving|touching down)", re.I)
_HE_OR_SHE = re.compile(r"\s*(?:he|she)\s")     # a sentence opening with the pronoun
_BY = re.compile(r" by (?:the )?")     # the agent of an English passive
_OBJECT_PRONOUN_END = re.compile(r"(?:ه|ها|هم|هما)$")     # an attached object pronoun (Arabic)
_OBJECT_PRONOUN_END_NOT_DUAL = re.compile(r"(?:ه|ها|هم)$")
# words before the leader a trip was to meet (normalised): "for talks with", "to meet", "للقاء", "لإجراء محادثات مع"
HOST_MET_BEFORE = re.compile(r"\b(?:with|meet|meets|meeting|hosted by|received by|guest of)\b[^,.;]{0,30}$|"
                             r"(?<!\w)(?:مع|لقاء|للقاء|بلقاء|يلتقي|سيلتقي|ضيفا علي)(?!\w)[^،,.؛]{0,30}$")
HOST_MET_REACH = 45
REPRISALS = ("rejection.summon", "sanctions.relations")     # envoys summoned, recalled, expelled
# an envoy declared unwelcome: the envoy word before or after the state's name (normalised)
ENVOY_WORD = re.compile(r"(?:سفير|سفيره|السفير|السفيره|دبلوماسي|الدبلوماسي|القائم بالاعمال|ambassador|envoy|"
                        r"diplomat|charg[eé] d'affaires)\S*\s+")
ENVOY_BEFORE = re.compile(ENVOY_WORD.pattern + r"(?:(?:of|to|in|لدي)\s+)?$")
ENVOY_AFTER = re.compile(r"(?:'s)?\s+(?:ambassador|envoy|diplomat|charg[eé] d'affaires)")
ENVOY_REACH = 30
# a passive listing before the list's name or the verb of listing (normalised): "could be placed on the unreliable
# entity list", "could be added to the"
LISTED_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:(?:placed|added|put)\s+(?:on|to|onto)\s+"
                            r"(?:the|its|their|a)\s+(?:[\w\"“”-]+\s+){0,3})?$")
_BUT_OR_AND_BEFORE = re.compile(r"\b(?:but|and)\s+$")     # "met ... but said"
# a pronoun subject opening a clause within the sentence (normalised English): ", where he met", "after she spoke"
CLAUSE_PRONOUN = re.compile(r"\b(?:where|when|after|before|while|as|since|and)\s+(?:he|she)\s+(?:[a-z]+\s+){0,2}$")
# a person named as the object of a preposition, a title or two between (normalised English): "After two hours with
# Berri", "a call to Prime Minister Mikati"; not the subject a later "he" or "she" stands for
PREPOSITION_OBJECT = re.compile(r"\b(?:with|to|from|by|of|for|after|before|against|toward|towards)\s+(?:[^\s,.;:]+\s+){0,4}$")
_by_norm_start = attrgetter("norm_start")     # sort key of actors in text order


# "since" of time, not of a landmark: "منذ أسابيع", "since Tuesday", "since 2014"
DURATION_AFTER = re.compile(r"(?:منذ|since)\s+(?:[0-9]|(?:عد[هة]\s+)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود|ساعات|يوم|"
                            r"اسبوع|شهر|عام|سنه|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|مطلع|بدايه|اواخر)|"
                            r"(?:days|weeks|months|years|decades|hours|monday|tuesday|wednesday|thursday|friday|saturday|"
                            r"sunday|january|february|march|april|may|june|july|august|september|october|november|december|"
                            r"last|early|late|then)\b)", re.I)


ORIGIN_BEFORE = re.compile(r"(?:\b(?:arrived|flew|flown|came|coming|returning|returned|travelled|traveled|in)\s+from(?:\s+the)?|"
                           r"(?<!\w)(?:ال)?(?:قادما|قادم|قادمه|قادمين|عائدا|عائد|عائده)\s+من)\s*$")
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "over", "حول", "بشان"}   # what something is about
TOUR_INCLUDES = re.compile(r"(?<!\w)(?:includ(?:es|ing|ed)|تشمل|شملت|يشمل|شمل)(?!\w)", re.I)
TOUR_REACH = 120     # characters from a tour's word to the last country it includes
SENTENCE_OR_CLAUSE_END = re.compile(r"[.;:؛!?؟]")
LISTED_ON = re.compile(r"\S{0,2}\s+(?:علي|في)\s+(?:ال)?")     # "شركة روسية على (القائمة السوداء)" (ending left over)
# what is traded or held: a nationality right by it says whose ("سقف لسعر النفط الروسي", "Russian oil price cap")
GOODS = re.compile(r"(?:ال)?(?:نفط|غاز|خام|صادرات|واردات|مصارف|بنوك|اصول|حبوب|فحم|صلب|ذهب|الماس|سلع|منتجات)|"
                   r"oil|gas|crude|exports?|imports?|banks?|assets|grain|coal|steel|gold|diamonds|goods|products", re.I)
AUDIENCE_PREPS = {"امام", "before", "addressed"}     # "كلمة أمام القادة العرب", "a speech before the leaders"
RELATIVE_WHO = re.compile(r",\s*(?:who|whose)\b", re.I)     # "Zelensky, who flew in from ..., said"
RELATIVE_ASIDE = re.compile(r",\s*whose\s", re.I)     # a clause about the party just named (normalised)
WITH_WORD = re.compile(r"(?<!\w)(?:with|مع|معه|معها|معهما|معهم)(?!\w)|(?<!\w)[وف]?مع", re.I)
BETWEEN_AFTER = re.compile(r"\s*(?:(?:من\s+)?(?:ال)?(?:محادثات|مفاوضات|مباحثات)\s+|of\s+(?:the\s+)?(?:talks|negotiations)\s+)?"
                           r"(?:(?:المباشره|غير المباشره|direct|indirect)\s+)?(?:بين|between)(?!\w)", re.I)


IN_A_STATEMENT = re.compile(r"(?:في|in a|in an|in its|in his|in her)\s", re.I)   # "في بيان", "in a statement"

# verbal nouns of a measure that are also perfect verbs (normalised): "منع" (barring / he barred)
MEASURE_NOUNS = {"منع", "حظر", "فرض", "تجميد", "ادراج", "تعليق", "تمديد"}
# a measure's passive predicate after its word, in its clause: "sanctions on Iran would be lifted", "were being considered"
MEASURE_PASSIVE_AFTER = re.compile(r"[^,;.]{0,50}?\b(?:be|been|being|was|were)\s+(?:\w+ly\s+)?(?:imposed|lifted|eased|"
                                   r"considered|extended|introduced|adopted|suspended|renewed|tightened|prepared|"
                                   r"removed|waived)\b")
# voices that are no party, the subject of a verb of saying (normalised): "analysts say", "ويرى مراقبون", "وقال مزارعون"
_VOICES = (r"(?:analysts?|observers?|experts?|farmers|residents|witnesses|activists|critics|commentators|traders|"
           r"economists)", r"(?:ال)?(?:مراقبون|محللون|خبراء|مزارعون|سكان|شهود|ناشطون|تجار|مواطنون|منتقدون)")
UNNAMED_VOICES_BEFORE = re.compile(r"\b" + _VOICES[0] + r"(?:\s+(?:in|from|at)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
                                   r"\s+(?:have\s+|had\s+)?$")
UNNAMED_VOICES_AFTER = re.compile(r"\s+" + _VOICES[1] + r"(?!\w)")
# a sentence whose subject is "it", right before the event word (normalised English): "It also blacklisted"
IT_OPENS = re.compile(r"\s*it\s+(?:(?:also|then|later|further|has|had|additionally)\s+){0,2}")
# a step told as one more of the same (normalised): "كما", "في اليوم نفسه", "the same day"
ONE_MORE_STEP = re.compile(r"(?<!\w)[وف]?كما(?!\w)|في اليوم (?:نفسه|ذاته)|\bthe same day\b")
# a verb of saying in the passive: "has been announced" (its agent, if any, after _BY: "was announced by the ministry")
PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:also\s+|yet\s+|formally\s+|officially\s+)?$")

# talks to go on after a break (normalised): "the talks will resume on Saturday", "are to reconvene", "على أن تستأنف"
RESUMED_AFTER = re.compile(r"\s+(?:will|would|are to|are due to|are expected to|were to|are set to|could)\s+"
                           r"(?:resume|reconvene)\b")
RESUMED_BEFORE = re.compile(r"(?<!\w)(?:تستانف|ستستانف|يستانف|سيستانف)\s+(?:ال)?$")
# a round of talks (normalised): "الجولة الثالثة", "جولة", "round"
ROUND_WORD = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:جوله|جولات)(?!\w)|\brounds?\b")
# "Trump's predecessor Joe Biden", "Putin's envoy Kirill Dmitriev": the one named after is meant (normalised)
_POSSESSOR_OF = re.compile(r"['’]s\s+(?:former\s+|new\s+|top\s+|special\s+|chief\s+)?(?:predecessor|successor|envoy|"
                           r"adviser|advisor|aide|spokesman|spokeswoman|spokesperson|negotiator|wife|husband|son|"
                           r"daughter|deputy|chief of staff)\b")
# a name followed by its verb: the subject of a (reduced) relative clause, "the 100 percent tariff Trump had threatened"
_CLAUSE_SUBJECT = re.compile(r"\s+(?:had|has|have|was|is|would|will|could|\w+ed)\b")
# a fronted phrase holding the event word, and the pronoun subject of the clause after it (normalised)
FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:after|following|during|in|before)\s+(?:a|an|the|his|her|their)?\s*"
                            r"(?:\S+\s+){0,2}$")
PRONOUN_AFTER_COMMA = re.compile(r"[^.;!?]{0,120}?,\s+(?:he|she)\b")
ONTO_LIST = re.compile(r"(?<!\w)(?:علي|الي)\s+(?:ال)?$")      # "... على قائمة العقوبات", "إلى القائمة" (normalised)
# what a sanction is for, after its word (normalised): those named after it are not its targets
SANCTION_CAUSE = re.compile(r"(?<!\w)(?:بسبب|جراء|علي خلفيه|ردا علي)(?!\w)|\b(?:because of|due to|in response to|over)\b")
# a company the lexicon does not know, named as what sanctions hit (original text): capitalised words ending in the
# word for a kind of firm, after an optional "Hong Kong-based" ("designated UAE-based Ice Pearl Navigation")
_FIRM_WORD = (r"(?:Shipping|Navigation|Marine|Maritime|Trading|Group|"
              r"Holdings?|Company|Co\.|Ltd\.?|LLC|Limited|Bank|Airlines|Airways|Petroleum|Oil|Energy|Solutions|"
              r"Industries|Logistics|Technologies|Technology|Corp\.?|Corporation|Inc\.?|FZE|FZCO|JSC|PJSC|Exchange|"
              r"Tankers|Lines|Resources|Mining|Electronics|Systems|Aviation|Investments?|Enterprises?)(?![\w-])")
# (the name runs on over a second firm word: "Naura Technology Group", "Myanmar Petroleum Supply Ltd")
FIRM_NAME = re.compile(r"(?<![\w-])(?:[A-Z][\w&'.-]*\s+){1,4}?" + _FIRM_WORD
                       + r"(?:\s+(?:[A-Z][\w&'-]*\s+)?" + _FIRM_WORD + r")*")
FIRM_NOT_FIRST = frozenset({"The", "A", "An", "On", "In", "Its", "Their", "His", "Her", "And", "But", "For", "With", "By",
                            "Central", "World", "National", "European", "Asian", "African", "Islamic", "Federal"})
LIST_JOIN = re.compile(r"\s*[,،]?\s*(?:و|and\b)")     # the next of a list: "، ووزيرة", " والإمارات", ", and" (normalised)
PARTY_LIST_GAP = 40     # characters between two parties of the list "بمشاركة", "attended by" opens
BASED_AFTER = re.compile(r"-(?:based|registered|flagged)\b")     # "UAE-based", "Hong Kong-registered" (normalised)
FIRM_REACH = 300     # characters after the word of sanctioning where the firms it hits are named
# a name the lexicon does not know, in the object of an English verb of sanctioning (original text): capitalised words,
# with the particles of Spanish, Portuguese and Arabic names between ("Vector Casa de Bolsa"); the words before it that
# say what it is may not hold a preposition that opens another phrase ("made by", "over", "in", "from"), and "among
# them", "including" open a list of those hit
OBJECT_NAME = re.compile(r"(?<![\w-])[A-Z][\w&'.-]*[\w&](?:\s+(?:(?:de|del|da|dos|do|la|al|el|of)\s+)?[A-Z][\w&'.-]*[\w&])*"
                         r"(?![\w-])")
NOT_A_NAME_END = ("Act", "Regulations", "Law", "Order", "Organization", "Organisation", "List", "Council", "Department",
                  "Office", "Commission", "Committee")
GAP_WORD = re.compile(r"[^\s,]+")
LIST_OPENS = re.compile(r".*\b(?:among them|including|such as|namely)\b")
OBJECT_GAP_STOP = frozenset({"by", "from", "over", "in", "to", "on", "for", "with", "against", "after", "because", "at",
                             "into", "under", "amid", "during", "that", "which", "who", "said", "says", "citing",
                             "accusing", "while", "as", "of", "since", "before", "until", "than", "its", "his", "her",
                             "their"})
OBJECT_LEAD_WORDS = 3
NOT_A_NAME = frozenset({"The", "A", "An", "It", "He", "She", "They", "US", "U.S.", "UN", "EU", "Treasury", "Monday",
                        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                        "March", "April", "May", "June", "July", "August", "September", "October", "November",
                        "December", "Washington", "President", "Prime", "Minister", "Secretary", "General"})
# an entry ban told in the passive: "would be barred from entering the United Kingdom"
BARRED_FROM = re.compile(r"\b(?:barred|banned) from entering\b", re.I)


# calls or meetings, one with each of those named after the word: "اتصالين هاتفيين منفصلين", "لقاءين منفصلين",
# "received phone calls from", "held separate meetings with"
SEPARATE_DUAL = re.compile(r"(?:اتصالين|لقاءين|اجتماعين|مكالمتين)(?:\s+هاتفيين)?\s+منفصلين(?!\w)|"
                           r"(?:اتصالات|لقاءات|اجتماعات|مكالمات)(?:\s+هاتفيه)?\s+منفصله(?!\w)|"
                           r"(?:اتصالات|مكالمات)\s+هاتفيه(?!\w)|"
                           r"\b(?:phone|telephone|separate) calls\b|\bseparate (?:meetings|talks)\b")
JOINED_FOR = re.compile(r"\bjoined\s+(?:\S+\s+){1,6}?for\s+(?:a|an|the|their)\s+(?:\S+\s+){0,2}$")
# the topic of a conference or summit right before a country (normalised): "on Sudan", "بشأن السودان", "لدعم غزة"
GATHERING_TOPIC = re.compile(r"(?:\b(?:on|about|for)\s+(?:the\s+)?|(?<!\w)(?:بشان|حول|لدعم|لنصره|من اجل)\s+)$")
TRAILING_TAIL = 40     # characters after the verb of an attribution that closes its sentence (", the Kremlin said on Monday.")
HONORIFIC_SUBJECT_REACH = 60     # characters back from an event word to an honorific pronoun as its subject

# a participle clause of the main subject: "after speaking by phone with", "before meeting", "while visiting"
PARTICIPLE_BEFORE = re.compile(r"\b(?:after|before|while|when|following|since)\s+(?:speaking|talking|meeting|holding|"
                               r"calling|phoning|hosting|receiving|visiting)\b|"
                               # ... or a noun of the call or meeting closing the main clause: "announced ..., after a
                               # phone call with X" (not "days after announcing it following a phone call with X")
                               r",\s+(?:after|following)\s+(?:a|an|his|her|their)\s+(?:(?:phone|telephone|video|"
                               r"lengthy|long|brief|private)\s+)?(?:call|conversation|meeting)\b")

# the return of measures set off (normalised): "to restore", "the snapback of", "the return of", "إعادة فرض"
RESTORE_BEFORE = re.compile(r"\b(?:restore|restoring|reimpose|reimposing|re-impose|snapback of|return of)\s+(?:the\s+)?"
                            r"(?:\S+\s+){0,2}$|(?<!\w)(?:اعاده|لاعاده|باعاده)\s+(?:فرض\s+)?(?:\S+\s+){0,2}$")
# the last words of a person's long name after the part the lexicon knows, up to the comma of a list (normalised)
NAME_TAIL = re.compile(r"(?:\s+(?![وف])[^\s،,.؛:]+){1,3}(?=\s*[،,])")


# a message or letter from someone (normalised): the sender, no party to the meeting where it is handed over
MESSAGE_FROM = re.compile(r"(?<!\w)(?:رساله|رسائل|برقيه|رسالتين)(?:\s+\S+){0,2}?\s+من\s+(?:\S+\s+){0,4}$|"
                          r"\b(?:letter|letters|message|messages)\s+from\s+(?:\S+\s+){0,4}$")
MESSAGE_FROM_REACH = 60
# "Official sources said he will hold bilateral meetings with ...": he who is reported on opens the clause
SAID_HE = re.compile(r"\b(?:said|says|told reporters|added|announced)(?: that)? (?:he|she)\b")
THEN_AFTER_FRAME = re.compile(r"(?<!\w)[،,]?\s*(?:ثم|then)(?!\w)")     # "..., ثم التقى", "and then met"


class RoleRules:
    """The role rules of EventBuilder (a mixin: it reads the builder's text, actors and triggers)."""

    def roles(self, trigger: Trigger, trig: Mention, refs: list[ActorRef], speech_end: int | None,
              prev_actors: list[ActorRef]) -> list[tuple[ActorRef, str]]:
        ts, te = start_of(trig), end_of(trig)
        # "ثامن اتصال بين الرئيسين منذ انطلاق العملية الروسية في أوكرانيا": who is named after "since" is history
        actors = [r for r in refs if r.place is None and r.kind != "place" and not self._after_since(r, te)
                  and not (self.lang != "ar" and r.kind == "person" and _POSSESSOR_OF.match(self.nt.text, r.norm_end))]
        if speech_end is not None and not self._declares_unwelcome(trigger, trig):
            # (but 'أعلنت الكويت أن السفير الفلبيني "شخص غير مرغوب فيه"': saying so is the declaring)
            after = [r for r in actors if r.norm_start >= speech_end]
            if after or trigger.roles != "participants":
                actors = after     # the speaker of a reported clause is no party to it
        # (a nationality named right after the object of a verb with words between is the object's: "حظرت الحكومة
        # الهندية 59 تطبيقا صينيا", "علّقت الهيئة ترخيص شركة «إريكسون» السويدية")
        object_end = trig.data.get("object_end")
        strong = [r for r in actors if not r.weak or self._next_to(r, ts, te)
                  or self.lang == "ar" and object_end is not None and r.norm_start >= object_end
                  and self._next_to(r, ts, object_end)]
        if trigger.roles == "participants":
            aside = RELATIVE_ASIDE.search(self.nt.text, te, self.norm_index(self._sentence_end))
            if aside is not None:
                # "met Qatar's Emir Sheikh Tamim, whose government is a channel to Hamas": who the clause after the
                # party names takes no part
                strong = [r for r in strong if r.norm_start < aside.start()]
            everyone = strong
            strong = [r for r in strong if not self._other_trigger_between(r, ts, te)
                      and not (te <= r.norm_start and SIDELINES.search(self.nt.text, max(0, r.norm_start - 45),
                                                                        r.norm_start))]
            parts = [r for r in strong if self._same_segment(r, ts, te) and not self._audience(r, ts)]
            if WITH_PRONOUN.match(self.nt.text, te):
                # "استقبل البرهان ... بولس، وبحث معه مقترح الهدنة الذي طرحته واشنطن": the pair just named;
                # who is named in what they discussed takes no part
                parts = [r for r in everyone if r.norm_end <= ts and not self._clause_between(r.norm_end, ts)] \
                    or list(self.last_parties)
            elif len({r.name for r in parts}) < 2 and self.last_parties and self._pair_near(ts):
                # "وقّع وزيرا خارجية البلدين ... على نص اتفاقية": the pair just named, not others later on
                parts = [r for r in self._last_pair() if r.name not in {p.name for p in parts}] + parts
            pronoun_word = PRONOUN_SUBJECT.search(self.nt.text, max(0, ts - 40), ts)
            pronoun = pronoun_word is not None
            closing = self._quote_run_out_of(trig) if not parts else None
            if closing is not None:
                # '«لا توجد خطط للقاء» المبعوث الأمريكي', 'no plans to meet" the envoy': who is named right after the
                # quotation, in the clause it goes on with
                parts = [r for r in strong if r.norm_start >= closing and not self._segment_between(closing + 1, r.norm_start)]
                if self._reporter is not None and parts:
                    parts = [self._reporter] + parts     # "قال إنه «...»": the speaker is the other party
            if not parts:
                # (a call noun whose only names stand behind another event word is a call told of before: "Friday's
                # call was prepared during talks in Rome between Sullivan and Yang")
                told_before = trigger.type == "call" and all(r.norm_start >= te for r in everyone)
                parts = strong or ([] if told_before else everyone)
                if self.last_parties and ROUND_WORD.search(self.nt.text, max(0, ts - 25), te + 12) \
                        and all(r.norm_start >= te and self._segment_between(te, r.norm_start) for r in parts):
                    # "وكانت الجولة الثالثة قد عقدت في مسقط", "the third round was held in Muscat": another round of
                    # the talks last told of, between the same parties (not those of a clause after it: "A fourth
                    # round ... was postponed, with Muscat citing logistical reasons")
                    parts = list(self.last_parties)
            elif pronoun and (self.last_parties or prev_actors) and (
                    len({r.name for r in parts}) < 2
                    or trigger.type in ("meeting", "call") and trigger.subtype not in ("summit", "conference")
                    and all(r.norm_start >= te for r in parts)
                    and (_HE_OR_SHE.match(self.nt.text, self.norm_index(self._sentence_start))
                         or SAID_HE.search(self.nt.text, max(0, pronoun_word.start() - 40), pronoun_word.start() + 4))):
                # ("He later sat down with Russia's Sergei Lavrov and then with Wang Yi": he, with each)
                # "Shortly after hanging up with Putin, he called Zelensky": "he" is who made the last call, unless
                # the sentence before opens with someone else ("Xi was in high demand on Tuesday. He met Albanese")
                named = {r.name for r in parts}
                first = self._subject_first(prev_actors)
                opener = first[:1] if first and first[0].kind == "person" and first[0].name not in named else []
                group = [r for r in prev_actors if r.kind == "person" and r.name not in named]
                if pronoun_word.group(0).startswith("they") and len(group) >= 2:
                    opener = group     # "Blinken and Lammy arrived in Kyiv. They met Zelensky": both
                elif CLAUSE_PRONOUN.search(self.nt.text, max(0, ts - 40), ts):
                    # "Rubio is due to travel to El Salvador, where he will meet President Bukele": the subject
                    # named before the clause
                    opener = self._subject_first([r for r in everyone if r.kind == "person" and r.norm_end <= ts
                                                  and r.name not in named])[:1] or opener
                parts = (opener or [r for r in self.last_parties if r.kind == "person" and r.name not in named][:1]) \
                    + parts
            elif len({r.name for r in parts}) < 2 and self._antecedent(ts, everyone) is not None:
                # "Zelensky, who met the crown prince in Jeddah, thanked Trump": who met is the one named before
                # "who"; those after the relative clause take no part
                parts = [self._antecedent(ts, everyone)] + parts
            elif len({r.name for r in parts}) < 2 and trigger.subtype not in ("summit", "conference") \
                    and not self._object_of_consultation(parts[0], ts):
                parts = strong or everyone
            if self.last_parties and len({r.country or r.name for r in parts}) < 2 and trigger.type == "meeting" \
                    and (RESUMED_AFTER.match(self.nt.text, te) or RESUMED_BEFORE.search(self.nt.text, max(0, ts - 20), ts)):
                # "The talks will resume on Saturday, the Armenian foreign ministry said", "على أن تستأنف المحادثات":
                # another session of the talks last told of, between the same parties
                parts = list(self.last_parties)
            parts = parts + [r for r in self._parties_introduced(strong, te) if r not in parts]
            subject = self._participle_subject(ts, [r for r in refs if r.place is None], parts)
            if subject is not None:
                parts = [subject] + parts     # "Biden announced ..., after speaking by phone with Netanyahu and Mikati"
            if self._reporter is not None and self._reporter.name not in {r.name for r in parts}:
                parts = [self._reporter] + parts    # "أنه سيتوجه ... للقاء ترامب", "said he would meet Putin"
            if self.last_parties and (DUAL_PRONOUN.match(self.nt.text, te) or self.nt.text.startswith("their ", ts)):
                # "لقاء أول جمعهما", "أول اتصال بينهما", "their fourth round": the pair last named
                parts = list(self.last_parties)
            elif len({r.country or r.name for r in parts}) < 2 and self._pair_named and self._last_pair():
                # "وبحث الجانبان", "the two leaders discussed": the parties of the last call or meeting ("Tokayev
                # received the two ministers": the host, named, comes first)
                pair = [r for r in self._last_pair() if r.name not in {p.name for p in parts}]
                parts = parts + pair if trigger.subtype == "host" else pair + parts
            if len({r.country or r.name for r in parts}) < 2 and trigger.subtype not in ("summit", "conference"):
                named = {r.name for r in parts}
                honorific = self._honorific_at(ts, te)
                if honorific is None:
                    # "وكان سموه قد أجرى قبل يوم من الزيارة اتصالاً هاتفياً": the subject further back in the clause
                    honorific = next((h for h in HONORIFIC_PRONOUN.finditer(
                        self.nt.text, max(self.norm_index(self._sentence_start), ts - HONORIFIC_SUBJECT_REACH), ts)
                        if not self._clause_between(h.end(), ts)), None)
                # "After a phone call with von der Leyen on Sunday, he agreed ...": the subject after the fronted phrase
                fronted = self.lang != "ar" and FRONTED_BEFORE.search(self.nt.text, max(0, ts - 24), ts) is not None \
                    and PRONOUN_AFTER_COMMA.match(self.nt.text, te) is not None
                subject_pronoun = PRONOUN_SUBJECT.search(self.nt.text, max(0, ts - 40), ts)
                if subject_pronoun or honorific or fronted:
                    # "he called Zelensky", "كما تلقى سموه اتصالاً": the person last written about, and for an
                    # honorific the last one addressed so ("صاحب السمو الأمير فيصل" is سموه, a minister معاليه)
                    subject = self._last_addressed(prev_actors, named, honorific)
                    if subject_pronoun and subject_pronoun.group(0).startswith("they"):
                        # "Macron, Merkel, Putin and Zelensky met in Paris. They will meet again": all of them, or
                        # the parties of the last meeting ("The two leaders agreed ... They will meet again in Brazil")
                        group = [r for r in prev_actors if r.kind == "person" and r.name not in named]
                        last = [r for r in self.last_parties if r.name not in named]
                        subject = group if len(group) >= 2 else last if len(last) >= 2 else subject
                    if self.lang != "ar" and honorific is None and trigger.type in ("call", "meeting") \
                            and CLAUSE_PRONOUN.search(self.nt.text, max(0, ts - 40), ts):
                        # "Biden, who arrived in Vilnius ..., where he met King Charles III": the pronoun of a clause
                        # within the sentence stands for its subject, named before it
                        subject = self._subject_first([r for r in everyone if r.kind == "person" and r.norm_end <= ts
                                                       and r.name not in named])[:1] or subject
                else:
                    # "... قبل أن يلتقي غداً نظيره البولندي": the subject of the sentence is the other party
                    before = [r for r in everyone if r.norm_end <= ts and r.name not in named]
                    # "وكانت الرياض أول عاصمة يزورها الشرع ..., إذ التقى فيها ولي العهد": a person of another
                    # country before a place that is also a country
                    others = {r.country for r in parts}
                    people = [r for r in before if r.kind == "person" and r.country not in others]
                    subject = (people if before and before[0].country in others else before)[:1]
                parts = subject + parts
            elif trigger.type in ("call", "meeting") and parts and all(r.norm_start >= te for r in parts):
                # "كما بحث سموه هاتفياً مع الرئيس الروسي ومع الرئيس الفرنسي": the honorific subject had the calls with
                # those named after it
                honorific = self._honorific_at(ts, te)
                if honorific is not None and honorific.end() <= min(r.norm_start for r in parts):
                    parts = self._last_addressed(prev_actors, {r.name for r in parts}, honorific) + parts
            if len({r.country or r.name for r in parts}) < 2 and self._object_pronoun(ts, te):
                # "استقبله", "هاتفه": the other party is the person the previous sentence was about
                named = {r.name for r in parts}
                parts = parts + [r for r in prev_actors if r.kind == "person" and r.name not in named][:1]
            if SEPARATE_DUAL.search(self.nt.text, ts, min(len(self.nt.text), te + 16)):
                # "وتلقى مساء أمس اتصالين هاتفيين منفصلين من ماكرون وبلينكن", "received phone calls from A, His Highness
                # B and His Majesty C": the subject had them (when none is named before the word, see
                # _subject_of_separate); those named after the word, titles and commas between, are one each
                # (not past another event word: "لقاءين منفصلين مع كاتس والمالكي، إضافة إلى اجتماع مع ... أبو الغيط")
                listed = [r for r in everyone if r.norm_start >= te and r.kind == "person"
                          and not self._clause_between(te, r.norm_start) and not self._other_trigger_between(r, ts, te)]
                if all(r.norm_start >= te for r in parts):
                    parts = self._subject_of_separate(ts, everyone) + parts
                parts = parts + [r for r in listed if r.name not in {p.name for p in parts}]
            joined = JOINED_FOR.search(self.nt.text, max(self.norm_index(self._sentence_start), ts - 90), ts)
            if joined is not None:
                # "Zelensky travelled to Berlin and joined Merz for a video call with Trump": who joined takes part
                joiner = [r for r in everyone if r.kind == "person" and r.norm_end <= joined.start()][-1:]
                parts = [r for r in joiner if r.name not in {p.name for p in parts}] + parts
            opened = self._second_act_opening(ts)
            if opened is not None and self._act_subject is not None and self._act_subject[0] <= opened:
                # "He met Albanese ..., and afterwards held separate meetings with Macron and Yoon": the second act's
                # subject is the first one's, not its object
                subject = self._act_subject[1]
                parts = [subject] + [r for r in parts if r.norm_start >= opened and r.name != subject.name]
            parts = self._with_conjuncts(parts, everyone)   # "between Biden, King Abdullah II, Sisi and Abbas"
            if trigger.type == "call":
                # "هاتف سموه أخاه أمير قطر، وأخاه أمير الكويت": the brothers addressed in turn take part, one call each
                end = self.norm_index(self._sentence_end)
                for turn in BROTHER_TURN.finditer(self.nt.text, te, end):
                    if self._clause_between(te, turn.start()):
                        break
                    parts = parts + [r for r in everyone if r.kind == "person" and r.norm_start >= turn.end()
                                     and r.name not in {p.name for p in parts}][:1]
            among = self._among_them(te)
            if among is not None:
                # "met several Arab leaders, among them Sisi, Abbas and Sudani": the people listed, not the group
                listed = [r for r in everyone if r.norm_start >= among.end() and r.kind == "person"
                          and not self._clause_between(among.end(), r.norm_start)]
                if listed:
                    before = [r for r in parts if r.norm_end <= among.start()]
                    if before and before[-1].kind != "person" \
                            and len(self.nt.text[before[-1].norm_end:among.start()].split()) <= 2:
                        before = before[:-1]
                    parts = before + [r for r in listed if r.name not in {p.name for p in before}]
            # "ألقى كلمة أمام القادة العرب والتقى ولي العهد": an audience addressed before the verb takes no part
            parts = [r for r in parts if not self._audience(r, ts)]
            # "Putin, who flew in from Pyongyang shortly after midnight, also met ...": where someone named came from
            # (an unnamed "الوفد ... قادماً من صنعاء" is known by it)
            parts = [r for r in parts if r.kind == "person"
                     or not ORIGIN_BEFORE.search(self.nt.text, max(0, r.norm_start - 30), r.norm_start)
                     or not any(p.kind == "person" and p.norm_end <= r.norm_start and p.country != r.country
                                for p in parts)]
            if parts and WITH_BEFORE.search(self.nt.text, max(0, min(r.norm_start for r in parts) - 25),
                                            min(r.norm_start for r in parts)):
                # "A Hamas delegation arrived ... for talks with Egyptian and Qatari mediators": the subject
                subject = [r for r in everyone if r.norm_end <= ts and r not in parts
                           and not self._clause_between(r.norm_end, ts)][:1]
                parts = subject + parts
            if trigger.subtype in ("conference", "summit"):
                # "a conference on Sudan", "مؤتمر لندن بشأن السودان", "قمة لدعم غزة": what it is about takes no part
                parts = [r for r in parts if not (r.norm_start >= te and r.kind == "country" and GATHERING_TOPIC.search(
                    self.nt.text, max(te, r.norm_start - 14), r.norm_start))]
            if trigger.type == "agreement":
                parts = [r for r in parts if not self._mediator(r)]
            parts = [r for r in parts if not self._topic_not_party(r, te, parts)]
            # "الذي سلمه رسالة خطية من الرئيس عبد المجيد تبون", "handed him a letter from Tebboune": who sent it
            senders = [r for r in parts if r.norm_start >= te and MESSAGE_FROM.search(
                self.nt.text, max(te, r.norm_start - MESSAGE_FROM_REACH), r.norm_start)]
            if len(parts) - len(senders) >= 2:
                parts = [r for r in parts if r not in senders]
            # "بلاده" next to the official it stands for adds no party
            parts = [r for r in parts if r.rule != "own_country"
                     or r.country not in {p.country for p in parts if p is not r}]
            if trig.entry == "meeting.discuss":
                # "Trump said they had discussed Russia's war in Ukraine, Iran and trade": what is discussed comes
                # after the verb; who it is discussed with stands behind "with"/"مع"
                with_word = WITH_WORD.search(self.nt.text, te)
                parts = [r for r in parts if r.norm_end <= ts
                         or (with_word is not None and r.norm_start >= with_word.start())
                         or (self.lang == "ar" and (with_word is None or r.norm_start < with_word.start())
                             and self._verb_subject(te, r))]     # "وبحث السيسي مع ماكرون": the subject
            if BETWEEN_AFTER.match(self.nt.text, te):
                # "إرجاء الجولة الرابعة من المحادثات بين إيران والولايات المتحدة": the two named are its parties
                named = [r for r in parts if r.norm_start >= te]
                if len({r.country or r.name for r in named}) >= 2:
                    parts = named
            parts = self._counterparts_owner(parts, everyone, ts)
            if trig.data.get("found_by") == "another_call" and self.last_parties:
                # "تلقى سموه اتصالاً من السيسي، وآخر من السوداني": the one who had the first call had this one too
                parts = self.last_parties[:1] + [r for r in parts if r.norm_start >= te
                                                 and r.name != self.last_parties[0].name]
            if trigger.type == "call" and self.last_parties and len({r.country or r.name for r in parts}) < 2 \
                    and self._joined_remotely(ts):
                # "Turkish President Recep Tayyip Erdogan took part by phone", "وشارك أردوغان في اللقاء عبر اتصال
                # هاتفي": one who joined the meeting just told by phone or video is on a call with its parties
                parts = parts + [r for r in self.last_parties if r.name not in {p.name for p in parts}]
            unique = {r.name: r for r in reversed(parts)}
            return [(r, "participant") for r in parts if unique[r.name] is r]
        if trigger.id == "threat.price" and self.last_speaker is not None:
            # "X said Y would pay a heavy price": the speaker threatens, the one who would pay is threatened
            # (the payer may stand before a quotation that holds the threat: 'said the US and Britain "will pay"')
            named = [r for r in refs if r.place is None and r.kind != "place" and not self._after_since(r, te)]
            payers = [r for r in named if self.last_speaker.norm_end <= r.norm_start and r.norm_end <= ts
                      and r.name != self.last_speaker.name][-1:]
            payers = self._with_conjuncts(payers, named)
            return [(self.last_speaker, "source")] + [(r, "target") for r in payers]
        if trigger.type == "statement":
            if self.lang != "ar" and trig.entry in ("statement.verb", "statement.say") \
                    and PASSIVE_BE.search(self.nt.text, max(0, ts - 20), ts) \
                    and not _BY.match(self.nt.text, te):
                return []     # "no new date has been announced": nobody said it
            if UNNAMED_VOICES_BEFORE.search(self.nt.text, max(0, ts - 40), ts) \
                    or UNNAMED_VOICES_AFTER.match(self.nt.text, te):
                return []     # "ويرى مراقبون أن", "analysts say": no party speaks, not even the last one named
            speaker = self._speaker(trig, refs) or self.last_speaker
            if speaker is None:
                return []
            # "أصدرت السعودية والولايات المتحدة ... بيانا مشتركا", "France, Britain and Germany said"
            joint = self._with_conjuncts([speaker], [r for r in refs if r.place is None and not r.weak])
            return [(r, "source") for r in joint]
        return self._source_target(trigger, trig, strong, ts, te, prev_actors, refs)

    def _among_them(self, te: int) -> re.Match | None:
        """The words after which the people listed after a group begin ("met several Arab leaders, among them Sisi",
        "عدداً من القادة العرب، بينهم السيسي"), in the trigger's clause; None if no such list follows."""
        end = self.norm_index(self._sentence_end)
        among = AMONG_THEM.search(self.nt.text, te, min(end, te + 120))
        return among if among is not None and not self._clause_between(te, among.start()) else None

    def _country_of_place(self, r: ActorRef) -> ActorRef:
        """A place read as the country it lies in ("struck Sanaa's airport": Yemen is hit)."""
        return r.replaced(place=None, kind="country", name=self.lex.by_iso3[r.country].name)

    @staticmethod
    def _declares_unwelcome(trigger: Trigger, trig: Mention) -> bool:
        """The words of a reprisal declaring an envoy persona non grata ("شخص غير مرغوب فيه")."""
        return trigger.id == "sanctions.relations" and UNDESIRABLE_WORDS.search(trig.text) is not None

    def _envoy_declared(self, trigger, trig: Mention, ts: int, before: list[ActorRef]) -> ActorRef | None:
        """The state of an envoy named before "persona non grata" or "شخص غير مرغوب فيه" in its clause: "السفير
        الفلبيني ... شخص غير مرغوب فيه", "declared Iran's ambassador persona non grata"."""
        if not self._declares_unwelcome(trigger, trig):
            return None
        for r in reversed(before):
            if r.kind == "country" and not self._clause_between(r.norm_end, ts) and (
                    ENVOY_BEFORE.search(self.nt.text, max(0, r.norm_start - ENVOY_REACH), r.norm_start)
                    or ENVOY_WORD.match(self.nt.text, r.norm_start)     # (the title in the name: "السفير الفلبيني")
                    or ENVOY_AFTER.match(self.nt.text, r.norm_end)):
                return r
        return None

    def _envoys_country(self, te: int, refs: list[ActorRef]) -> list[ActorRef]:
        """The countries after a verb of summoning or expelling, bare nationalities included ("السفير الفرنسي",
        "Iran's ambassador"), in the verb's clause."""
        return [r for r in refs if r.norm_start >= te and r.place is None and r.kind in ("country", "group")
                and not self._clause_between(te, r.norm_start)]

    def _counterparts_owner(self, parts: list[ActorRef], everyone: list[ActorRef], ts: int) -> list[ActorRef]:
        """"أجرى وزير الخارجية التركي هاكان فيدان، من عمّان، اتصالين بنظيريه الباكستاني والإيراني", "the minister,
        in Amman, called his Pakistani and Iranian counterparts": whose counterparts they are takes part, however
        many commas stand between (a clause boundary still ends the search)."""
        if not parts or any(r.rule != "counterpart" for r in parts):
            return parts
        first = min(r.norm_start for r in parts)
        countries = {r.country for r in parts}
        owner = [r for r in everyone if r.norm_end <= min(first, ts) and r.kind == "person" and r.office
                 and r.country not in countries and not self._clause_between(r.norm_end, ts)][-1:]
        return owner + parts

    def _antecedent(self, ts: int, actors: list[ActorRef]) -> ActorRef | None:
        """The one a relative clause holding the event word is about: "Zelensky, who met ...", "بوتين، الذي التقى"."""
        clause = RELATIVE_OPEN.search(self.nt.text, max(0, ts - 40), ts)
        if clause is None:
            return None
        return next((r for r in reversed(actors) if r.norm_end <= clause.start()
                     and not self.nt.text[r.norm_end:clause.start()].strip()), None)

    def _audience(self, r: ActorRef, ts: int) -> bool:
        """Addressed before the event word: "ألقى كلمة أمام القادة العرب والتقى ولي العهد"."""
        if r.norm_end > ts:
            return False
        words = self.nt.text[max(0, r.norm_start - 20):r.norm_start].split()
        return bool(words) and words[-1] in AUDIENCE_PREPS

    def _after_since(self, r: ActorRef, te: int) -> bool:
        """Named in a "since" phrase after the event word, up to the next comma ("منذ انطلاق العملية الروسية في
        أوكرانيا"); not after a "since" of time ("منذ أسابيع", "since Tuesday")."""
        return bool(self._since_starts) and any(
            te <= s < r.norm_start and not self._segment_between(s, r.norm_start)
            and not DURATION_AFTER.match(self.nt.text, s) for s in self._since_starts)

    def _topic_not_party(self, r: ActorRef, te: int, parts: list[ActorRef]) -> bool:
        """Named after "to discuss", "about", "بشأن" that follows another party: what was discussed."""
        if r.norm_start < te:
            return False
        briefed = BRIEFED_ABOUT.search(self.nt.text, te, r.norm_start)
        if briefed is not None and any(p is not r and p.norm_end <= briefed.start() for p in parts) \
                and not self._segment_between(briefed.end(), r.norm_start):
            return True
        for m in TOPIC_MARKER.finditer(self.nt.text, te, r.norm_start):
            # (not when the parties are named after the topic: "محادثات حول الملف النووي بين عراقجي وويتكوف")
            if any(p is not r and p.norm_end <= m.start() for p in parts) \
                    and not PARTIES_AFTER.search(self.nt.text, m.end(), r.norm_start) \
                    and not self._segment_between(m.end(), r.norm_start):
                return True
        return False

    def _mediator(self, r: ActorRef) -> bool:
        """"brokered by the United States and France", "بوساطة قطر ومصر": named in the phrase of who brokered."""
        for m in MEDIATED_BY.finditer(self.nt.text, max(0, r.norm_start - 60), r.norm_start):
            if not self._segment_between(m.end(), r.norm_start):
                return True
        return False

    def _subject_of_separate(self, ts: int, everyone: list[ActorRef]) -> list[ActorRef]:
        """Who had the separate calls or meetings a sentence tells of after its subject (see roles): the person an
        honorific pronoun before the word stands for, else the sentence's first person."""
        start = self.norm_index(self._sentence_start)
        honorific = next((h for h in HONORIFIC_PRONOUN.finditer(self.nt.text, max(start, ts - HONORIFIC_SUBJECT_REACH),
                                                                ts)), None)
        if honorific is not None:
            return self._addressed_first(self.recent_people[::-1], honorific)
        return [r for r in everyone if r.kind == "person" and r.norm_end <= ts][:1]

    def _honorific_at(self, ts: int, te: int) -> re.Match | None:
        """"سموه", "معاليه" beside the event word ("كما تلقى سموه اتصالاً"): the subject as addressed."""
        return HONORIFIC_PRONOUN.search(self.nt.text, max(0, ts - 12), min(len(self.nt.text), te + 12))

    def _last_addressed(self, prev_actors: list[ActorRef], named: set[str],
                        honorific: re.Match | None) -> list[ActorRef]:
        """The person last written about and not named here, for an honorific the last one addressed so; in
        English first one the sentence before had as a subject, not as the object of a preposition ("After two hours
        with Berri, Hochstein told reporters ... He also met Mikati")."""
        candidates = [r for r in prev_actors + self.recent_people[::-1] if r.kind == "person" and r.name not in named]
        return self._addressed_first(candidates if honorific else self._subject_first(candidates), honorific)

    def _subject_first(self, actors: list[ActorRef]) -> list[ActorRef]:
        """Actors in the same order, those named right after a preposition last (English)."""
        if self.lang == "ar":
            return actors
        return sorted(actors, key=lambda r: PREPOSITION_OBJECT.search(
            self.nt.text, max(0, self._begin(r) - 60), self._begin(r)) is not None)

    def _begin(self, r: ActorRef) -> int:
        """Where an actor begins in the normalised text, a title before the name included."""
        return min(r.norm_start, self.norm_index(r.start))

    def _addressed_first(self, candidates: list[ActorRef], honorific: re.Match | None) -> list[ActorRef]:
        """The first candidate the honorific pronoun (سموه، معاليه) was addressed to, else the first candidate."""
        addressed = [r for r in candidates if honorific and self._addressed_as(r, honorific.group(0))]
        return (addressed or candidates)[:1]

    def _trailing_speaker(self, r: ActorRef) -> bool:
        """The speaker of an attribution after the news, set off by a comma: ", EU foreign policy chief Kaja Kallas
        said", ", the Kremlin said" (English)."""
        if self.lang == "ar":
            return False
        comma = self.nt.text.rfind(",", max(0, r.norm_start - 50), r.norm_start)
        if comma < 0 or any(comma < start_of(t) < r.norm_start for t in self._sentence_triggers):
            return False
        end = self.norm_index(self._sentence_end)
        return any(self.triggers[t.entry].type == "statement" and 0 <= start_of(t) - r.norm_end <= 3
                   and t.entry != "statement.document" and end - end_of(t) <= TRAILING_TAIL
                   and not COMPLEMENTIZER.search(self.nt.text, end_of(t), end) for t in self._sentence_triggers)

    def _second_act_opening(self, ts: int) -> int | None:
        """Where the segment of an event word opens with "and (then) held/met ..." (English): a second act of the
        sentence's subject."""
        if self.lang == "ar":
            return None
        k = bisect_left(self.segment_breaks, ts) - 1
        if k < 0 or self.segment_breaks[k] < self.norm_index(self._sentence_start):
            return None
        at = self.segment_breaks[k]
        after = at + 1 if self.nt.text[at] == "," else at
        while after < ts and self.nt.text[after] == " ":
            after += 1
        m = COORDINATED_ACT.match(self.nt.text, after)
        return at if m is not None and ts - m.end() <= 30 else None

    def _opens_with_pronoun(self, ts: int) -> bool:
        """The sentence (English) opens with "He"/"She" as subject, with no clause break before the event word, or
        with a clause of arriving whose subject is "he" after it ("After landing in Tel Aviv, he met Netanyahu")."""
        start = self.norm_index(self._sentence_start)
        if self.lang == "ar":
            return False
        fronted = FRONTED_ARRIVAL.match(self.nt.text, start)
        if fronted is not None and fronted.end() >= ts:
            comma = self.nt.text.find(",", ts, self.norm_index(self._sentence_end))
            return comma >= 0 and _HE_OR_SHE.match(self.nt.text, comma + 1) is not None
        return _HE_OR_SHE.match(self.nt.text[start:start + 6]) is not None and not self._clause_between(start, ts)

    def _verb_subject(self, te: int, r: ActorRef) -> bool:
        """Arabic verb-subject: the actor follows the verb with nothing but a date, a comma or an honorific
        between ("رفضت مصر", "أعلنت، أمس، مصر"); "رفض مشاركة الإمارات" names what is rejected."""
        begin = self._begin(r)    # a title before the name is part of the actor
        gap = self.nt.text[te:begin]
        for start, end in self._date_spans:
            if te <= start and end <= begin:
                gap = gap.replace(self.nt.text[start:end], " ")
        return all(w in HONORIFICS for w in gap.replace("،", " ").replace(",", " ").split())

    def _named_before(self, refs, ts: int) -> list[ActorRef]:
        """Who (not where) the sentence names before the event word: those listed in a passive listing."""
        start = self.norm_index(self._sentence_start)
        return [r for r in refs if r.place is None and start <= r.norm_start and r.norm_end <= ts]

    def _plural_verb(self, trig: Mention) -> bool:
        """An Arabic verb whose plural ending holds its subject ("وأزالوا أربعة مصارف سورية"): who follows is acted on."""
        word = self.nt.text[start_of(trig):end_of(trig)].split()
        return bool(word) and word[0].endswith("وا") and len(word[0]) > 4

    def _passive_agent(self, te: int, actors: list[ActorRef]) -> ActorRef | None:
        """English passive: "rejected by Kyiv", "imposed by the European Union" right after the event word."""
        if self.lang == "ar" or not _BY.match(self.nt.text[te:te + 8]):
            return None
        return next((r for r in actors if 0 < r.norm_start - te <= 12), None)

    def _pair_near(self, ts: int) -> bool:
        """A pair word ("البلدين", "the two sides") in the event word's clause, before it."""
        return any(p < ts and ts - p <= 120 and not self._clause_between(p, ts) for p in self._pair_cues)

    def _object_of_consultation(self, r: ActorRef, ts: int) -> bool:
        """"..., كما عقد جلسة محادثات مع إسحاق دار": the one named with "مع"/"with" after the word is the
        other party; the subject is found before, not every actor of the sentence."""
        if r.norm_start <= ts or self._segment_between(ts, r.norm_start):
            return False
        words = self.nt.text[ts:r.norm_start].split()
        return any(w in ("مع", "with") for w in words[:4]) and any(
            start_of(t) < ts and self.triggers[t.entry].type in ("meeting", "call") for t in self._other_triggers)

    def _participle(self, trig: Mention) -> bool:
        """A verb of saying as a participle ("saying", "adding", قائلاً، مؤكداً): it has no subject of its own."""
        word = self.nt.text[start_of(trig):end_of(trig)]
        if self.lang == "ar":
            return len(word) >= 4 and word.endswith("ا") and word[0] in "مق" and " " not in word
        return word.endswith("ing") and " " not in word

    def _honoured_subject(self, te: int, after: list[ActorRef]) -> ActorRef | None:
        """"أعرب سمو وزير الخارجية" with no name: the person last introduced by that honorific, unless a
        person is named right there."""
        m = HONORIFIC_NOUN.match(self.nt.text, te)
        if m is None or any(r.kind == "person" and r.norm_start - m.end() < 30 for r in after):
            return None
        return next((r for r in self.recent_people[::-1] if r.kind == "person"
                     and m.group(1) in self.nt.text[max(0, r.norm_start - 40):r.norm_end]), None)

    def _addressed_as(self, r: ActorRef, pronoun: str) -> bool:
        """The person's name was introduced by the honorific the pronoun stands for (سموه ← صاحب السمو)."""
        # the word of address itself ("صاحب السمو", "سمو"), not the pronoun ("في استقبال سموه لدى وصوله اللواء"), and
        # the last one before the name ("سمو وزير الدفاع فخامة الرئيس الإيراني مسعود بزشكيان" is فخامة's)
        return self._address_of(r) in HONORIFIC_OF.get(pronoun[:4], ())

    def _introduced_as_party(self, r: ActorRef, te: int) -> bool:
        """"..., برئاسة ولي العهد", "..., attended by Guterres": a later segment that names who took part."""
        if r.norm_start < te or self._clause_between(te, r.norm_start):
            return False
        return PARTICIPATION.search(self.nt.text, max(te, r.norm_start - 40), r.norm_start) is not None

    def _parties_introduced(self, strong: list[ActorRef], te: int) -> list[ActorRef]:
        """Those a later segment names as taking part, and those listed right after them ("بمشاركة وزير الخارجية السوري
        أسعد الشيباني ووزراء خارجية ومسؤولين من مصر والإمارات وقطر": each a few words after the one before, no event
        word between)."""
        introduced: list[ActorRef] = []
        for r in sorted(strong, key=_by_norm_start):
            if self._introduced_as_party(r, te):
                introduced.append(r)
            elif introduced and 0 <= r.norm_start - introduced[-1].norm_end <= PARTY_LIST_GAP \
                    and LIST_JOIN.match(self.nt.text, introduced[-1].norm_end) \
                    and not self._clause_between(introduced[-1].norm_end, r.norm_start) \
                    and not any(introduced[-1].norm_end <= start_of(t) < r.norm_start for t in self._sentence_triggers):
                introduced.append(r)
        return introduced

    def _object_pronoun(self, ts: int, te: int) -> bool:
        """The trigger's first word ends in an attached object pronoun (Arabic ـه ـها ـهم)."""
        if self.lang != "ar":
            return False
        first_word_end = self._first_word_end(ts, te)
        return bool(_OBJECT_PRONOUN_END.search(self.nt.text[ts:first_word_end])) and \
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
        # a verb of saying between is no barrier: "Erdogan told Putin by phone"; nor is a gathering its guest took part
        # in before he "then" did more ("شارك ... في القمة ...، ثم التقى")
        return any(a <= start and end <= b and not ((start, end) in self._frame_spans and b == ts
                                                     and THEN_AFTER_FRAME.search(self.nt.text, end, ts))
                   for start, end in self._barrier_spans)

    def _joined_remotely(self, ts: int) -> bool:
        """A verb of taking part or joining stands before the call word in its sentence, with no other event word
        between ("took part by phone", "joined the meeting by video link", "شارك ... في اللقاء عبر اتصال مرئي")."""
        start = self.norm_index(self._sentence_start)
        verb = None
        for verb in JOINED_IN.finditer(self.nt.text, start, ts):
            pass
        return verb is not None and not any(verb.end() <= start_of(t) and end_of(t) <= ts for t in self._other_triggers
                                            if self.triggers[t.entry].type not in ("statement", "meeting"))

    def _with_later_event(self, r: ActorRef, te: int) -> bool:
        """Another event word after te stands before r or right after it: "to attend a NATO summit", "a summit of
        the Quad group" (normalised offsets)."""
        return any(te <= start <= r.norm_end + 12 for start, _ in self._barrier_spans)

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

    def _ends_in_target_prep(self, te: int) -> bool:
        """The event word's last word is a preposition of its target ("closed its airspace to", "أمام")."""
        return self.nt.text[max(0, te - 12):te].rsplit(" ", 1)[-1] in TARGET_PREPS

    def _qualifies_trigger(self, r: ActorRef, ts: int, te: int) -> bool:
        """A nationality adjective that qualifies the event word names who acts: "US sanctions",
        "العقوبات الأمريكية". After the word in English, or behind a preposition, it names the target
        ("sanctions on Russian banks", "عقوبات على مصارف روسية")."""
        if self._ends_in_target_prep(te):
            return False     # the event word ends in its preposition: "مجالها الجوي أمام الطائرات الفرنسية"
        if self.lang == "ar":
            gap = self.nt.text[te:r.norm_start] if r.norm_start >= te else None
        else:
            gap = self.nt.text[r.norm_end:ts] if r.norm_end <= ts else None
        if gap is not None and self.lang == "ar" and not gap.strip():
            # the event word ends in what is traded ("سقف لسعر النفط"): "الروسي" after it is whose oil
            gap = self.nt.text[max(0, te - 12):te].rsplit(" ", 1)[-1]
        return gap is not None and len(gap.split()) <= 1 and not any(ch in gap for ch in "،,.;:") \
            and not any(w in TARGET_PREPS for w in gap.split()) and not GOODS.fullmatch(gap.strip())

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
        if self.lang == "ar" and PLURAL_ASKING.search(verb.group(0)):
            # "الزعيمين الأوروبيين طالبا بوتين بـ": the pair named before asks, the one after is asked
            pair = list(self.last_parties) if any(c < verb.start() for c in self._pair_cues) else []
            asking = [r for r in pair if r.name != between[0].name and r.country != between[0].country]
            if asking or not before:
                return (asking or ([self.last_speaker] if self.last_speaker else [])), between[:1]
        if self.lang == "ar" and not before:
            return between[:1], between[1:2]
        return before[-1:], between[:1]

    def _source_target(self, trigger, trig, actors, ts, te, prev_actors, refs=()):
        targets, sources = [], []
        # (the nationality after envoys expelled or summoned is theirs: "طرد دبلوماسيين روس", "expelled Russian diplomats")
        adjective_sources = [r for r in actors if r.weak and self._qualifies_trigger(r, ts, te)
                             and not (trigger.id in REPRISALS and r.norm_start >= te)]
        for r in actors:
            if r in adjective_sources:
                continue
            if r.norm_start < te or self._clause_between(te, r.norm_start):
                continue
            if trigger.type == "sanctions" and SANCTION_CAUSE.search(self.nt.text, te, r.norm_start):
                continue     # "بسبب صفقات أسلحة لتايوان", "over arms sales to Taiwan": why, not on whom
            if self._trailing_speaker(r):
                continue     # "The EU has adopted new sanctions on Russia, Kaja Kallas said": who tells of it
            if trigger.type == "visit":
                # "توجه إلى موسكو", "arrived in Kyiv", and the direct object of "زار/visited"
                direct = r.kind == "country" and (not self.nt.text[te:r.norm_start].strip()
                                                  or self._object_after_subject(r, te, actors))
                if ((r.prep in DESTINATION_PREPS or direct) and self._same_segment(r, ts, te)) or self._tour_stop(r, te):
                    targets.append(r)
            elif (r.prep in TARGET_PREPS and not (trigger.type == "sanctions" and r.prep == "for")) \
                    or r.prep == "ل" or self._target_prep_before(r, te, actors) \
                    or (self._ends_in_target_prep(te) and len(self.nt.text[te:r.norm_start].split()) <= 3) \
                    or (trigger.type == "sanctions" and r.prep in ("عن", "from")) \
                    or (trigger.type == "military" and r.prep in AIMING_PREPS) \
                    or (trigger.type == "sanctions" and r.prep in ("with", "مع")
                        and TRADE.search(self.nt.text, ts, r.norm_start) is not None) \
                    or (trigger.id in ("sanctions.relations", "sanctions.terminate") and r.prep in ("with", "مع")):
                # رفع العقوبات عن سوريا; halting all trade with Israel; severed ties with Israel
                targets.append(r)
        if not targets and trigger.type == "military":
            # "launched 472 drones and seven missiles at Ukraine overnight, the largest drone attack of the war":
            # the attack word restates what was aimed at someone before it
            targets = [r for r in actors if r.norm_end <= ts and r.prep in AIMING_PREPS and not r.weak][-1:]
        if not targets and trigger.type == "sanctions":
            # whose goods are capped or barred ("سقف لسعر النفط الروسي", "a Russian oil price cap"), else the
            # nationality of those listed ("sanctioned three Iranian entities", "12 شركة روسية على القائمة السوداء")
            object_end = trig.data.get("object_end")
            targets = [r for r in actors if r.weak and self._owner_of_goods(r, ts, te)][:1] or \
                [r for r in actors if r.weak and r not in adjective_sources and self._listed(r, ts, te)][:1] or \
                [r for r in actors if r.weak and object_end is not None and r.norm_start >= object_end
                 and self._next_to(r, ts, object_end)][:1]
        if not targets and trigger.type == "sanctions":
            # "banned exports of gallium to the United States", "حظرت تصدير ... إلى الولايات المتحدة": where the
            # goods may no longer go (read as a destination, which no sanction has)
            targets = [r for r in refs if r.place is not None and r.kind == "country" and r.prep in DESTINATION_PREPS
                       and r.norm_start >= te and not self._clause_between(te, r.norm_start)][:1]
        if not targets and trigger.type in ("sanctions", "military", "aid", "threat"):
            # "عقوبات على شبكة لتصدير النفط الإيراني", "sanctions on a network smuggling Iranian oil"
            targets = [r for r in refs if r.weak and r.place is None and r.norm_start >= te
                       and not self._clause_between(te, r.norm_start)
                       and self._aimed_at(r, te, trigger)][:1]
        # "with Turkey, Egypt and Qatar", "from X and Y": the whole coordination is no agent
        partners = self._with_conjuncts([r for r in actors if r.prep in NOT_AN_AGENT], actors)
        rest = [r for r in actors if r not in targets and r not in adjective_sources and not r.weak
                and r not in partners]
        # "عقوبات على البرهان، ... كما فرضت عقوبات على دقلو": one named behind "على"/"on" is acted on, not acting
        before = [r for r in rest if r.norm_end <= ts and not self._clause_between(r.norm_end, ts)
                  and r.prep not in ("علي", "ضد", "on", "against")
                  # "Zelensky, who flew in from the UAE, ... postponed a visit": where someone came from
                  and not (trigger.type == "visit" and ORIGIN_BEFORE.search(self.nt.text, max(0, r.norm_start - 30),
                                                                            r.norm_start))]
        if self.lang == "ar" and not targets and trigger.type in ("sanctions", "aid"):
            # "أدرجت الخزانة الأمريكية ممولين لحماس على قائمة العقوبات": the one behind ل/على before the word
            marked = [r for r in before if r.prep in TARGET_PREPS or r.prep == "ل"]
            if not marked and len(before) >= 2 and ONTO_LIST.search(self.nt.text, max(0, ts - 8), ts):
                # "أدرجت وزارة الخزانة الأمريكية المدعي العام ... كريم خان على قائمة العقوبات": the one put on the
                # list stands right before "على"
                marked = before[-1:]
            if marked and len(before) > len(marked):
                targets = marked[:1]
                before = [r for r in before if r not in marked]
                rest = [r for r in rest if r not in marked]
        if trigger.type == "aid" and not targets:
            # "ستسلم أوكرانيا منظومة باتريوت", "will give Ukraine ...": the first object of a verb of giving
            given = [r for r in before if GIVING_VERB.search(self.nt.text, max(0, r.norm_start - 20), r.norm_start)]
            if given and given[-1] is not before[0]:
                targets = given[-1:]
            elif self.lang == "ar" and given and given[0] is before[0] and len(before) > 1 \
                    and not self._segment_between(before[0].norm_end, before[1].norm_start):
                targets = before[1:2]     # "ستزود ألمانيا أوكرانيا بمنظومة باتريوت": verb, giver, receiver
            before = [r for r in before if r not in targets]
            rest = [r for r in rest if r not in targets]
        after = [r for r in rest if r.norm_start >= te and not self._clause_between(te, r.norm_start)]
        asked = self._asked_by_verb(ts, rest) if trigger.type == "demand" else None
        agent = self._passive_agent(te, actors)
        declared = self._envoy_declared(trigger, trig, ts, [r for r in actors if r.norm_end <= ts]) \
            if not targets else None
        if declared is not None:
            # "أعلنت الخارجية الكويتية أن السفير الفلبيني شخص غير مرغوب فيه", "declared the Philippine ambassador
            # persona non grata": the envoy's state is the target, the one declaring (or saying so) the source
            targets = [declared]
            sources = [r for r in before if r.country != declared.country and r is not declared][:1] \
                or ([self._clause_speaker] if self._clause_speaker is not None
                    and self._clause_speaker.country != declared.country else [])
        elif agent is not None:
            # "The plan was rejected by Kyiv", "sanctions imposed by the EU": the one after "by" acts
            sources = [agent]
            # (a visit's target is a place: "Modi arrived in Kyiv, the first visit by an Indian leader" names no
            # country visited before "by", only the visitor)
            targets = targets or [r for r in before if r is not agent
                                  and (trigger.type != "visit" or r.kind == "country")][-1:]
        elif asked is not None:
            sources, targets = asked
        elif trigger.type == "demand" and self.lang != "ar" and before \
                and PURPOSE_TO.search(self.nt.text, max(0, ts - 20), ts):
            # "Biden called Netanyahu on Thursday to press for a ceasefire": the subject presses
            sources = [r for r in rest if not self._clause_between(r.norm_end, ts)][:1]
            targets = targets or [r for r in before if r not in sources][-1:]
        elif (trigger.type == "demand" and self.lang != "ar" and after and before
              and ASKING_VERB.search(self.nt.text, ts, te) and len(self.nt.text[te:after[0].norm_start].split()) <= 1):
            # "Egypt called on the U.S. to pressure Israel": the one asked stands right after the verb
            sources, targets = before[-1:], after[:1]
        elif trigger.type in ("demand", "rejection") and self._participle_or_dual(ts, te) \
                and (after or self._segment_between(before[0].norm_end, ts) if before else after):
            # "مطالباً مجلس الأمن", "طالبا بوتين": the one named after the verb is asked; the one asking
            # is the subject of the sentence ("وحمّل السيسي إسرائيل المسؤولية، مطالباً المجتمع الدولي": the
            # first named, not the object after it) or its speaker
            targets = targets or after[:1]
            after = after[1:]
            sources = before[:1] or ([self.last_speaker] if self.last_speaker else [])
        elif adjective_sources and RESTORE_BEFORE.search(self.nt.text, max(0, ts - 40), ts) and before \
                and trigger.type == "sanctions":
            # "Britain, France and Germany triggered the process to restore UN sanctions on Iran": who sets off the
            # return of another body's measures acts
            sources = self._with_conjuncts(before[:1], before)
        elif adjective_sources:
            sources = adjective_sources[:1]
        elif trigger.id in REPRISALS and (before or self.lang != "ar"):
            # "summoned Israel's envoy", "وكان الأردن قد استدعى سفيره لدى إسرائيل": the subject before the verb
            # acts (in English never the envoy named after it); a clause of its own has its own subject ("Bahrain
            # and Sudan broke off relations on Monday, and the United Arab Emirates downgraded its ties")
            own = [r for r in before if not self._segment_between(r.norm_end, ts)]
            sources = own[:1] if own and self.lang != "ar" else before[:1]
        elif self.lang == "ar" and before and after and self._reported_measure_noun(trig, ts):
            # "أعلن وزير الخارجية الإسرائيلي كاتس أمس منع الأمين العام ... من دخول إسرائيل": the noun of a measure
            # announced is the announcer's; who is named after it is its object
            sources = before[-1:]
            targets = targets or after[:1]
        elif self.lang == "ar" and after and (not before or after[0].norm_start - te < 25) \
                and (not before or self._verb_subject(te, after[0]) and not self._plural_verb(trig)):
            sources = after[:1]
        elif before and self.lang == "ar" and trig.data.get("prefix", "").startswith("و") \
                and self._segment_between(before[0].norm_end, ts):
            # "إن البرهان أكد ...، لكنه شدد على انسحاب قوات الدعم السريع ...، ورفض مشاركة الإمارات": a verb
            # joined by و with no subject of its own shares the clause's first one
            sources = before[:1]
        elif len(before) > 1 and self.lang != "ar" and _BUT_OR_AND_BEFORE.search(self.nt.text[max(0, ts - 6):ts]):
            # "Cameron and Baerbock met Netanyahu in Jerusalem and urged restraint": the subject of the first
            # verb (and those joined to it), not its object
            sources = self._with_conjuncts(before[:1], before)
        elif before:
            sources = before[-1:]
        elif after and self.lang != "ar" and trigger.type == "sanctions" and not targets \
                and not _CLAUSE_SUBJECT.match(self.nt.text, after[0].norm_end):
            # "The Treasury designated three Hezbollah financiers": in English the one after the verb is acted on
            # (not the subject of a relative clause: "the tariff Trump had threatened")
            targets = after[:1]
        elif after:
            sources = after[:1]
        if not targets and trigger.id in REPRISALS:
            # the envoy's country, named or as a nationality after the verb ("السفير الفرنسي", "Iran's ambassador")
            acting = {r.country for r in sources if r is not None}
            targets = [r for r in self._envoys_country(te, refs) if r.country not in acting][:1]
            if not targets:     # "استدعاء سفير باكستان من طهران": one's own envoy called home from the host
                # (or "in" it, when called home: "recalled its ambassador in Washington for consultations")
                preps = ("من", "from") if trigger.id != "sanctions.relations" else ("من", "from", "in", "في", "لدي")
                targets = [self._country_of_place(r)
                           for r in refs if r.norm_start >= te and r.place is not None and r.prep in preps
                           and r.country in self.lex.by_iso3 and r.country not in acting
                           and not self._clause_between(te, r.norm_start)][:1]
            if not targets and trigger.id == "sanctions.relations":
                # "recalled its ambassador in Washington": the host named inside the words of the recall
                targets = [r for r in refs if ts <= r.norm_start < te and r.kind == "country" and r.country
                           and r.country not in acting][:1]
        if not targets and trigger.type == "visit" and not any(
                r.place is not None and r.country in self.lex.by_iso3 and r.norm_start >= te for r in refs):
            targets = self._host_met(te, actors, sources)
        if not targets:
            source_countries = {r.country for r in sources if r is not None and r.country}
            # not across "after": "demanded a ceasefire ..., after the United States abstained"
            remaining = [r for r in after if r not in sources and (r.country is None or r.country not in source_countries)
                         and (trigger.type != "military" or self._same_segment(r, ts, te))
                         and not TEMPORAL_CLAUSE.search(self.nt.text, te, r.norm_start)]
            # a group fights in its own country: "The RSF captured El Fasher" hits Sudan
            state_sources = {r.country for r in sources if r is not None and r.country and r.kind == "country"}
            hit_places = [self._country_of_place(r)
                          for r in refs if r.place is not None and r.norm_start >= te
                          and r.country in self.lex.by_iso3 and r.country not in state_sources]
            if trigger.type == "military" and hit_places and len(self.nt.text[te:hit_places[0].norm_start].split()) <= 2:
                remaining = hit_places[:1]   # "struck Sanaa's airport": the place hit, before anyone named later
            elif trigger.type == "aid" and hit_places and hit_places[0].prep in DESTINATION_PREPS \
                    and self._same_segment(hit_places[0], ts, te):
                remaining = hit_places[:1]   # "will deliver a Patriot system to Ukraine, the minister said"
            elif not remaining and trigger.type in ("aid", "military", "threat"):
                # "ضخ مساعداته في كييف": the place aid goes to or force hits names the target country
                # (in its own segment: "led the offensive ..., was accompanied by X, who visited Riyadh")
                remaining = [r for r in hit_places if trigger.type != "military" or self._same_segment(r, ts, te)]
                if trigger.type == "threat":   # "threats from hardliners in Tehran" come from there
                    remaining = [r for r in remaining if not {"from", "من"} & set(self.nt.text[te:r.norm_start].split())]
            if trigger.type in ("demand", "sanctions", "threat", "military", "aid", "rejection") and remaining:
                targets = remaining[:1]
        first_word = self.nt.text[ts:self._first_word_end(ts, te)]
        if trigger.type == "demand" and not targets and _OBJECT_PRONOUN_END_NOT_DUAL.search(first_word):
            source_name = sources[0].name if sources else None
            others = ([r for r in actors if r.norm_end <= ts and r.name != source_name]
                      or [r for r in prev_actors if r.name != source_name])
            targets = others[-1:]
        if trigger.type == "sanctions" and not targets and LISTED_PASSIVE.search(self.nt.text, max(0, ts - 70), ts):
            # "more US firms could be placed on the unreliable entity list", "more refiners could be added to the
            # list": who is listed stands before the passive; who lists is who reports it, or who listed last
            listed = [r for r in self._named_before(refs, ts) if not self._segment_between(r.norm_end, ts)]
            if listed:
                targets = listed[-1:]
                sources = [r for r in sources if r not in targets] or \
                    [r for r in (self._reporter or self._clause_speaker,) if r is not None] or list(self.last_sanctioners)
        if PATIENT_VOICE.search(self.nt.text, max(0, ts - 35), te) and before:
            # "Russia was hit with new Western sanctions", "تواجه إيران عقوبات": the subject is the target
            targets = before[-1:]
            sources = adjective_sources[:1] or [r for r in after if r.prep in ("by", "من")][:1]
        if trigger.type == "military" and sources and not targets and self._clause_speaker is not None:
            # "Pakistan's military said India had fired missiles at three of its air bases": who reports
            # an attack with no one named as hit is the one hit
            speaker = self._clause_speaker
            if speaker.kind == "country" and MILITARY_BODY.search(self.nt.text, speaker.norm_start, speaker.norm_end + 12) \
                    and speaker.country and speaker.country not in {r.country for r in sources} \
                    and speaker.country in self.lex.by_iso3:
                targets = [speaker.replaced(name=self.lex.by_iso3[speaker.country].name, kind="country",
                                   entry=speaker.country)]
        if trigger.type in ("visit", "aid", "sanctions", "demand", "threat") and prev_actors \
                and (self._opens_with_pronoun(ts) or (self.lang != "ar" and PRONOUN_SUBJECT.search(
                    self.nt.text, max(0, ts - 12), ts))) \
                and not any(r.kind == "person" for r in before):
            # "He is due to address U.S. troops ... and then fly to Abu Dhabi": the person last written about
            people = [r for r in prev_actors if r.kind == "person"]
            if people:
                # what was taken for the subject after the verb is its object: "he threatened Lebanon"
                # (not a body named in a later phrase of a trip: "fly to Madrid on Sunday and to attend a NATO summit")
                targets = targets or [r for r in sources if r.norm_start >= te and not (
                    trigger.type == "visit" and (r.kind == "person" or r.kind == "organization"
                                                 and self._with_later_event(r, te)))]
                sources = people[:1]
        if self._reporter is not None and (not sources or self.lang == "ar" or not before):
            # "أعلن زيلينسكي أنه سيتوجه", "Hamas said it rejected the U.S. proposal": the speaker is the subject,
            # and who was taken for the subject after the verb is its object ("said it fired rockets at Israel")
            if trigger.type in ("military", "sanctions", "aid", "threat", "demand"):
                targets = targets or [r for r in sources if r is not None and r.norm_start >= te
                                      and r.country != self._reporter.country]
            sources = [self._reporter]
        if not sources and trigger.type in ("statement", "demand", "rejection", "threat"):
            sources = [self.last_speaker] if self.last_speaker else []
        if trigger.type == "sanctions" and BARRED_FROM.search(trig.text):
            sources, targets = self._barred(te, before, refs)
        sources = self._with_conjuncts([r for r in sources if r is not None], actors)
        targets = self._with_conjuncts(targets, actors)
        if trigger.type == "sanctions":
            # a firm is what sanctions hit ("على أكبر مصرفين في روسيا، سبيربنك"), never who imposes them
            firms = [r for r in sources if r.kind == "organization" and getattr(self.lex.by_org.get(r.entry), "firm", False)]
            sources = [r for r in sources if r not in firms]
            targets = targets + [r for r in firms if r not in targets]
        if trigger.type == "sanctions":
            # "designated two UAE-based firms": where a firm is based is hit with it, never the one who sanctions
            based = [r for r in sources if BASED_AFTER.match(self.nt.text, r.norm_end)]
            sources = [r for r in sources if r not in based]
            targets = targets + [r for r in based if r not in targets]
            # (names the lexicon does not know only beside a known source, and not after a word inside a name of its
            # own: "the Autonomous Sanctions Regulations")
            hits_names = bool(sources) and not (trig.text[:1].isupper() and trig.start > self._sentence_start)
            targets = targets + [r for r in self._firms_hit(te, refs, hits_names) if r not in targets]
        if trigger.type == "sanctions" and not sources and agent is None and self._clause_speaker is not None \
                and self._clause_speaker.kind != "person" and self.lang != "ar" \
                and self._clause_speaker.name not in {r.name for r in targets} \
                and (PASSIVE_AUX.search(self.nt.text, max(0, ts - 30), ts)
                     or MEASURE_PASSIVE_AFTER.match(self.nt.text, te)):
            # "The White House said no new sanctions on Moscow were being considered", "The Foreign Office said
            # sanctions on Iran would be lifted": a state or body telling, in the passive, of a measure no one is
            # named as taking tells of its own
            sources = [self._clause_speaker]
        if trigger.type == "sanctions" and not sources and self.last_sanctioners and agent is None and (
                PASSIVE_AUX.search(self.nt.text, max(0, ts - 30), ts)
                or ONE_MORE_STEP.search(self.nt.text, self.norm_index(self._sentence_start), ts)
                or self.lang != "ar" and IT_OPENS.fullmatch(self.nt.text, self.norm_index(self._sentence_start), ts)):
            # ("It also blacklisted four companies owned by Cartes": "it" is who imposed the measure just told)
            # "More than 50 smaller Russian lenders were designated in the same action", "Eight other people ... were
            # also sanctioned": listed with no one named as acting, by who imposed the measure just told (or by a
            # word the text does not tie to anyone, told as one more step: "كما أدرجت الخزانة في اليوم نفسه شركة")
            sources = list(self.last_sanctioners)
            targets = targets or [r for r in self._named_before(refs, ts) if r.weak][:1]
        pairs = [(r, "source") for r in sources] + [(r, "target") for r in targets]
        seen, out = set(), []
        for r, role in pairs:
            if r.name in seen:
                continue
            seen.add(r.name)
            out.append((r, role))
        return out

    def _host_met(self, te: int, actors: list[ActorRef], sources: list) -> list[ActorRef]:
        """"arrived in Chennai on Friday for talks with Indian Prime Minister Narendra Modi": a trip to a place the lexicon
        does not know is to the country of the leader met there, named after it in its clause."""
        acting = {r.country for r in sources if r is not None and r.country}
        for r in actors:
            if r.kind == "person" and r.norm_start >= te and r.country in self.lex.by_iso3 and r.country not in acting \
                    and HOST_MET_BEFORE.search(self.nt.text, max(te, r.norm_start - HOST_MET_REACH), r.norm_start) \
                    and not self._clause_between(te, r.norm_start):
                return [r.replaced(name=self.lex.by_iso3[r.country].name, kind="country", entry=r.country, weak=False)]
        return []

    def _reported_measure_noun(self, trig: Mention, ts: int) -> bool:
        """An Arabic verbal noun of a measure with no clitic, right in the clause of a verb of announcing before it
        ("أعلن ... منع", "قررت ... حظر"): no verb of its own, so no subject after it."""
        word = self.nt.text[ts:self._first_word_end(ts, end_of(trig))]
        return word in MEASURE_NOUNS and not trig.data.get("prefix") and any(
            self.triggers[t.entry].type == "statement" and end_of(t) <= ts and not self._clause_between(end_of(t), ts)
            and not COMPLEMENTIZER.search(self.nt.text, end_of(t), ts) for t in self._sentence_triggers)

    def _firms_hit(self, te: int, refs, hits_names: bool = False) -> list[ActorRef]:
        """Firms named after the word of sanctioning in its clause, in apposition or in a list: those the lexicon knows
        ("sanctions on Russia's two largest oil companies, Rosneft and Lukoil") and, in English, names built like a
        firm's ("designated Hong Kong-based Brave Tide Shipping", "Turkey-based Lumber Marine"); with `hits_names`, also
        other names in the verb's object (see _names_hit)."""
        end = min(self.norm_index(self._sentence_end), te + FIRM_REACH)
        known = [r for r in refs if r.kind == "organization" and te <= r.norm_start < end
                 and getattr(self.lex.by_org.get(r.entry), "firm", False) and not self._clause_between(te, r.norm_start)]
        if self.lang == "ar":
            return known
        named = []
        original = self.nt.original
        for m in FIRM_NAME.finditer(original, self.nt.offsets[te] if te < len(self.nt.offsets) else len(original),
                                    self._sentence_end):
            words = m.group().split()
            based = [i for i, w in enumerate(words) if w.endswith(("-based", "-registered"))]
            if based:
                words = words[based[-1] + 1:]     # "Hong Kong-based Brave Tide Shipping": where it is, then its name
            while words and words[0] in FIRM_NOT_FIRST:
                words = words[1:]
            if len(words) < 2:
                continue
            start = m.end() - len(" ".join(words))
            ns, ne = self.norm_index(start), self.norm_index(m.end())
            if ne > end or self._clause_between(te, ns) or any(
                    r.norm_start < ne and ns < r.norm_end
                    and not (r.kind in ("country", "demonym") and ns <= r.norm_start and r.norm_end < ne)
                    for r in refs):
                continue     # (a country inside the name is the firm's: "Myanmar Petroleum Supply Ltd")
            name = " ".join(words)
            named.append(ActorRef(name, None, "organization", None, start, m.end(), ns, ne, "firm_name"))
        if not hits_names:
            return known + named
        return known + named + [r for r in self._names_hit(te, end, refs) if all(
            not (n.norm_start < r.norm_end and r.norm_start < n.norm_end) for n in named)]

    def _names_hit(self, te: int, end: int, refs) -> list[ActorRef]:
        """Names the lexicon does not know, as the object of an English verb of sanctioning, alone or in a list, after
        at most a few words that say what they are: "blacklisted Cytrox", "added Kaspersky Lab and Positive
        Technologies to", "froze the assets of the Wagner-linked company Meroe Gold" (not after a preposition that
        opens another phrase: "software made by ...", "over the crackdown in ...")."""
        original, found, anchor = self.nt.original, [], te
        for m in OBJECT_NAME.finditer(original, self.nt.offsets[te] if te < len(self.nt.offsets) else len(original),
                                      self._sentence_end):
            owner = max(m.group().rfind("'s "), m.group().rfind("’s "))
            # ("Russia's Kaspersky Lab": the owner is a ref, the name starts after it)
            start = m.start() + owner + 3 if owner >= 0 else m.start()
            ns, ne = self.norm_index(start), self.norm_index(m.end())
            if ns > end or self._clause_between(anchor, ns):
                break
            listed = LIST_OPENS.search(self.nt.text, anchor, ns)
            words = [w.group() for w in GAP_WORD.finditer(self.nt.text, listed.end() if listed else anchor, ns)
                     if not any(r.norm_start <= w.start() < r.norm_end for r in refs)]     # (refs are no words of it)
            if anchor == te and words[:1] == ["of"]:
                words = words[1:]     # "froze the assets of the Wagner-linked company Meroe Gold"
            if OBJECT_GAP_STOP.intersection(words):
                break
            name = original[start:m.end()]
            if any(r.norm_start < ne and ns < r.norm_end for r in refs) or name in NOT_A_NAME \
                    or name.endswith(NOT_A_NAME_END) or len(words) > OBJECT_LEAD_WORDS + bool(found):
                if found:
                    break
                continue     # (a name the lexicon knows, or a word before the object: "the Wagner-linked company")
            found.append(ActorRef(name, None, "organization", None, start, m.end(), ns, ne, "object_name"))
            anchor = ne
        return found

    def _barred(self, te: int, before: list[ActorRef], refs) -> tuple[list[ActorRef], list[ActorRef]]:
        """"said Dodik would be barred from entering the United Kingdom": the country entered bars, whoever stands
        before the verb (not the one who tells of it) is barred; with no country named, the teller bars ("announced
        that Dodik would be barred from entering their countries")."""
        entered = [r for r in refs if r.kind == "country" and r.norm_start >= te
                   and len(self.nt.text[te:r.norm_start].split()) <= 1]
        teller = self._reporter
        barred = [r for r in before if not (teller is not None and r.name == teller.name)
                  and r.country not in {e.country for e in entered}]
        others = [r for r in before if r not in barred[-1:]]
        return entered[:1] or ([teller] if teller is not None else others[:1]), barred[-1:]

    def _listed(self, r: ActorRef, ts: int, te: int) -> bool:
        """A nationality of the object of a verb of sanctioning: a few words after it in English ("sanctioned three
        Iranian entities"), right before "على" and the list in Arabic ("12 شركة روسية على القائمة السوداء")."""
        if self.lang == "ar":
            return r.norm_end <= ts and LISTED_ON.fullmatch(self.nt.text[r.norm_end:ts]) is not None
        words = self.nt.text[te:r.norm_start].split()
        return r.norm_start >= te and len(words) <= 3 and not any(w in TARGET_PREPS or w in ("by", "from") for w in words)

    def _tour_stop(self, r: ActorRef, te: int) -> bool:
        """A country in the list a tour includes: "جولة في الشرق الأوسط تشمل السعودية وقطر ومصر", "a tour that
        includes Saudi Arabia, Qatar and Egypt"."""
        if r.kind != "country" or r.norm_start - te > TOUR_REACH:
            return False
        return TOUR_INCLUDES.search(self.nt.text, te, r.norm_start) is not None \
            and not SENTENCE_OR_CLAUSE_END.search(self.nt.text, te, r.norm_start)

    def _owner_of_goods(self, r: ActorRef, ts: int, te: int) -> bool:
        """A nationality right by the goods an event word names: after it in Arabic ("لسعر النفط الروسي"),
        before the goods and the word in English ("Russian oil price cap")."""
        if self.lang == "ar":
            goods = self.nt.text[max(0, te - 12):te].rsplit(" ", 1)[-1]
            return r.norm_start >= te and not self.nt.text[te:r.norm_start].strip() and GOODS.fullmatch(goods) is not None
        gap = self.nt.text[r.norm_end:ts].split() if r.norm_end <= ts else []
        return len(gap) == 1 and GOODS.fullmatch(gap[0]) is not None

    def _aimed_at(self, r: ActorRef, te: int, trigger: Trigger) -> bool:
        """A nationality a few words after the event word, behind a target preposition: "travel bans on four
        Israeli settlers", "العقوبات عن البنك المركزي السوري"."""
        words = self.nt.text[te:r.norm_start].split()
        preps = TARGET_PREPS | ({"عن", "from"} if trigger.type == "sanctions" else set())
        # the preposition may close the event word itself: "ضربات على منشآت نووية إيرانية"
        ends_in_prep = self.nt.text[:te].rsplit(" ", 1)[-1] in preps
        if words and words[0] in preps:    # "غارات على منشآت نووية ومواقع عسكرية في عدة مدن إيرانية"
            return len(words) <= 9
        return 0 < len(words) <= 6 and (ends_in_prep or any(w in preps for w in words))

    def _target_prep_before(self, r: ActorRef, te: int, actors: list[ActorRef]) -> bool:
        """"عقوبات على قائد هذه القوات محمد حمدان دقلو": a target preposition a few words before the actor,
        with no other actor between it and the trigger."""
        start = max([a.norm_end for a in actors if te <= a.norm_end <= r.norm_start] + [te])
        words = self.nt.text[start:r.norm_start].split()
        return 0 < len(words) <= 4 and any(w in TARGET_PREPS for w in words) \
            and not self._segment_between(start, r.norm_start)

    def _last_pair(self) -> list[ActorRef]:
        """The parties a pair word names again: for "both leaders", "الزعيمان" the people of the last call or meeting
        that had two (not the attendees named since); for "both sides" the parties of the last one."""
        pair = self.last_leaders if self._pair_of_people and self.last_leaders else self.last_parties
        if pair or not self._pair_of_people:
            return pair
        # "ولا توجد خطط لعقد لقاء بين الرئيسين" with no call or meeting told before: the last two people named, of
        # two countries
        last = next((r for r in reversed(self.recent_people) if r.country), None)
        other = next((r for r in reversed(self.recent_people) if r.country and last and r.country != last.country), None)
        return [other, last] if other is not None else []

    def _participle_subject(self, ts: int, everyone: list[ActorRef], parts: list[ActorRef]) -> ActorRef | None:
        """English "after speaking by phone with X", "after meeting X": the call or meeting is the main clause's
        subject's, the first person named in the sentence before the participle (when all parties come after it; also
        when the subject is the speaker: "Netanyahu said, after meeting Trump, that ...")."""
        if self.lang == "ar" or not PARTICIPLE_BEFORE.search(self.nt.text, max(0, ts - 24), ts + 12):
            return None
        if any(r.norm_end <= ts for r in parts):
            return None
        start = self.norm_index(self._sentence_start)
        return next((r for r in everyone if r.kind == "person" and start <= r.norm_start and r.norm_end <= ts
                     and not self._quoted(r.norm_start)), None)

    def _with_conjuncts(self, chosen: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
        """Add the actors coordinated with the chosen ones: "الولايات المتحدة وبريطانيا", "the US and Britain"."""
        out = list(chosen)
        if not out:
            return out
        ordered = sorted(actors, key=_by_norm_start)
        for r in chosen:
            if r not in ordered:
                continue     # not among the actors: nothing is coordinated with it
            i = ordered.index(r)     # (tested first: the ValueError of a miss spells out the ref, a costly repr)
            for step in (1, -1):
                j, current = i + step, r
                while 0 <= j < len(ordered):
                    nxt = ordered[j]
                    left, right = (current, nxt) if step == 1 else (nxt, current)
                    gap = self.nt.text[left.norm_end:right.norm_start]
                    if self.lang == "ar" and left.kind == "person":
                        # "الشيخ مشعل الأحمد الجابر الصباح، وأمير قطر": the rest of a long name the lexicon stops short of
                        tail = NAME_TAIL.match(gap)
                        gap = gap[tail.end():] if tail else gap
                    if not (CONJUNCTION_GAP.fullmatch(gap) or (not gap.strip() and self._and_clitic(right))) \
                            or nxt.weak or nxt.place is not None or ("," in gap and self._trailing_speaker(right)):
                        break     # (", Kaja Kallas said": the one who tells of it is no item of the list before)
                    if nxt not in out:
                        out.append(nxt)
                    current, j = nxt, j + step
        return out

    def _and_clitic(self, r: ActorRef) -> bool:
        """"وبريطانيا": the actor's word opens with the conjunction و as a clitic (not وارسو, وزير)."""
        return self.nt.text.startswith("و", r.norm_start) and self.norm_index(r.start) > r.norm_start

    def _speaker(self, trig: Mention, refs: list[ActorRef]) -> ActorRef | None:
        """Who speaks for a verb of saying (see _find_speaker); each trigger's is asked for once per event built."""
        # cache of the sentence being read, keyed on the trigger and the refs list (both live through the sentence)
        key = (id(trig), id(refs))
        if key not in self._speakers:
            self._speakers[key] = self._find_speaker(trig, refs)
        return self._speakers[key]

    def _find_speaker(self, trig: Mention, refs: list[ActorRef]) -> ActorRef | None:
        """Who speaks: the actor right after the verb of saying and before what is said (Arabic
        "قال X إن"), else the nearest one before the verb ("X said")."""
        ts, te = start_of(trig), end_of(trig)
        # (not what is spoken about: 'On Taiwan, he said, "..."', "حول السودان")
        actors = [r for r in refs if r.place is None and not r.weak and r.prep not in NOT_AN_AGENT
                  and r.prep not in TOPIC_PREPS]
        content = COMPLEMENTIZER.search(self.nt.text, te, te + 400)
        limit = content.start() if content else te + 60
        # the subject after the verb stands bare, not behind "على", "ل", "to" ("إدانة المملكة للاعتداءات على إيران")
        after = [r for r in actors if te <= r.norm_start < limit and not self._clause_between(te, r.norm_start)
                 and r.prep not in TARGET_PREPS and r.prep != "ل"]
        before = [r for r in actors if r.norm_end <= ts and not self._clause_between(r.norm_end, ts)]
        if before and self._participle(trig):
            return before[0]     # "Russia and China vetoed a U.S. text, saying ...", "مؤكداً": the clause's subject
        if self.lang != "ar" and re.search(r"\b(?:he|she)\s+$", self.nt.text[max(0, ts - 8):ts]):
            # "Trump first met Sharaa in Riyadh in May, when he announced ...": "he" is the sentence's subject
            start = self.norm_index(self._sentence_start)
            people = [r for r in actors if start <= r.norm_start and r.norm_end <= ts and r.kind == "person"]
            if people:
                return people[0]
        if before and trig.entry == "statement.document" and IN_A_STATEMENT.match(self.nt.text[ts:te]):
            return before[-1]    # "ورحب الأمين العام في بيان باتفاق الحكومة اليمنية": who spoke, not what about
        if self.lang != "ar" and before:
            # "Zelensky, who flew in from the UAE where he had spent Monday, said": the one the clause is about
            rel = [m for m in RELATIVE_WHO.finditer(self.nt.text, before[0].norm_end, ts)]
            if rel:
                outside = [r for r in before if r.norm_end <= rel[0].start()]
                if outside:
                    # ("Vladimir Medinsky, the Kremlin aide who heads ...": the person, not the seat qualifying him)
                    return ([r for r in outside if r.kind == "person"] or outside)[-1]
        honoured = self._honoured_subject(te, after)
        if honoured is not None:
            return honoured      # "وأعرب سمو وزير الخارجية ... مع نظيره الإيراني": the prince named before
        if after and not before and self.lang != "ar" and self.triggers[trig.entry].subtype != "statement":
            return None          # "They also condemned North Korea's launches": the one condemned is no speaker
        if after and (self.lang == "ar" or not before or self.nt.text.startswith(" by ", te)):
            return after[0]      # "قال X", "was announced by Biden"
        if not after and self.lang != "ar" and _BUT_OR_AND_BEFORE.search(self.nt.text[max(0, ts - 6):ts]):
            # "Nuland met the coup leaders in Niamey on Monday but said ...", "Trump announced the talks while
            # hosting Netanyahu, and warned ...": the subject of the first verb
            sentence_start = self.norm_index(self._sentence_start)
            subjects = [r for r in actors if sentence_start <= r.norm_start and r.norm_end <= ts]
            return subjects[0] if subjects else None
        return before[-1] if before else (after[0] if after else None)
