"""Which event words of a sentence make events: the strongest of each type per segment, without what is only
the object, topic, frame or quotation of another (a mixin of EventBuilder: it reads the builder's text,
triggers, cues and breaks)."""
from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left
from typing import TYPE_CHECKING

from diplo.event_words import (PREPARING_BEFORE, UNDESIRABLE_WORDS, FIRST_APPEARANCE, JOINED_IN, FOR_CONSULTATION_EN, ABOUT_BEFORE, ADDRESS_EN, CUE_REACH, FOR_BEFORE, SUBJECT_TO_AR, DENIAL, EVE_OF, EVE_WORD, PASSIVE_BEFORE, RECEIVED_BY, AGREEING_TO, COMPLEMENTIZER, ASKING_VERB, SEGMENT_BREAK, WEAK, NECESSITY, SPEECH_TYPES, ABSORBED_TYPES, ABSORBING_TYPES,
                               TOPIC_WORDS, WITHIN, HALTING, ANY_BEFORE, REACHING, FRAME_BEFORE, PRONOUN_SUBJECT,
                               MANNER, TOPIC_BEFORE, TO_BEFORE, aid_halted, start_of, end_of)
from diplo.lexicon import Trigger
from diplo.model import Mention

# "is to be called", "was called", "so-called": a name given, not a call made (normalised)
BE_CALLED = re.compile(r"(?:\b(?:be|is|are|was|were|been|being)\s+|so-)$")
# "negotiating team", "negotiating delegation": a noun the word qualifies (normalised)
NEGOTIATING_NOUN = re.compile(r"\s+(?:team|teams|delegation|delegations|position|positions|process|strategy|committee)\b")
# "The two leaders spoke again": a bare verb of talking after a pair, told as a repeat, is a call
AGAIN = re.compile(r"\s+again\b")
# a decision taken at a meeting (normalised): "قررت خلالها رفع", "at which they decided to lift"
DECIDED = re.compile(r"(?<!\w)[وف]?(?:قرر|قررت|قررا|قرروا|اقر|اقرت|اقروا|اعتمد|اعتمدت|اعتمدوا)(?!\w)|"
                     r"\b(?:decided|decides|adopted|approved)\b")
# what is met when no one is: "failed to meet its commitments" (normalised)
MET_DEMANDS = re.compile(r"\s+(?:all\s+)?(?:its|their|his|her|the|our|these|those|such)\s+(?:\w+\s+)?(?:commitments|obligations|"
                         r"demands|conditions|targets|target|deadline|requirements|needs|expectations|goals|criteria)\b")
# a live blog greeting its reader: "Good morning and welcome to our coverage" (normalised)
GREETING = re.compile(r"\s+(?:back\s+)?to\s+(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|live|updates|page)\b")
# "addressed the gathering by video link": taking part in a meeting from afar, not a call (normalised)
ADDRESSED = re.compile(r"\b(?:addressed|addresses|address|addressing|attended|inaugurated|inaugurate|opened|launched|"
                       r"unveiled)\b[^.;]{0,40}$")
# "spoke today with", "talked again on Monday to": a day or an adverb between the bare verb and whom it reached
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "spoke today with", "spoke separately on April 17, from the G7 meeting in Japan, with": when, and a short aside
SPOKE_WHEN_WITH = re.compile(r"(?:\s+(?:today|yesterday|tonight|again|earlier|later|separately|briefly|also|first|directly|"
                             r"on (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
                             r"(?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH + r")(?:,? \d{4})?|"
                             r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                             r"this (?:morning|afternoon|evening|week)|(?:late )?on \w+ (?:morning|afternoon|evening|night)|"
                             r"(?:over|in|during) the (?:past|previous|last) (?:\w+ )?(?:hours|days|24 hours|48 hours|week)|"
                             r"in recent days|by (?:tele)?phone)"
                             r"|,\s+(?:from|at|during|on the sidelines of|on the margins of|while)\s[^,.;]{3,80},){1,3}"
                             r"\s+(?:with|to)\b", re.I)
# what a package includes (normalised): "including a ban on", "بما في ذلك حظر", "تشمل تجميد"
PART_OF = re.compile(r"(?:\bincluding|\bsuch as|\bamong them|(?<!\w)بما في ذلك|(?<!\w)بينها|(?<!\w)[وت]?تشمل|"
                     r"(?<!\w)[وت]?تتضمن|(?<!\w)منها|(?<!\w)[تي]تيح|\ballowing|\benabling)(?:\s+\S+){0,3}\s*$")
# a call or meeting already told of, named to place another in time (normalised)
TOLD_OF_BEFORE = re.compile(r"(?:\b(?:after|before|following|during|since)\s+the(?:\s+(?:start|opening|close|end)\s+of\s+the)?"
                            r"(?:\s+[a-z][\w-]*){0,2}\s*$)|"
                            r"(?:(?<!\w)(?:عقب|بعد|قبل|خلال|اثر|إثر)\s+(?:(?:انطلاق|افتتاح|اختتام|ختام|انعقاد|بدء)\s+"
                            r"(?:اعمال\s+)?)?ال$)")
# "قبل يوم من القمة"، "بعد ساعات من الاجتماع"، set off by commas: a span counted from a gathering told of (normalised)
SPAN_FROM_BEFORE = re.compile(r"[،,]\s*(?:عقب|بعد|قبل|اثر)\s+(?:\S+\s+){1,2}من\s+ال$")
# a verb of describing, its subject between, right before the thing described (normalised): "وصفت طهران التفاوض"
DESCRIBED_AS = re.compile(r"(?<!\w)[وف]?(?:وصف|وصفت|يصف|تصف|وصفوا|وصفا)\s+(?:\S+\s+){0,2}?(?:ال)?$")
# what a host "receives" when it is no guest (normalised): refugees, shipments, aid, aircraft
NOT_GUESTS = re.compile(r"(?<!\w)(?:ال)?(?:لاجئين|لاجئ|نازحين|مهاجرين|شحنه|شحنات|مساعدات|طائرات|طائره|اسلحه|الاف|ملايين|"
                        r"اكبر عدد|عددا|دفعه|دفعات)(?!\w)")
# the preparations for a gathering told of, discussed (normalised): "preparations for the meeting"
PREPARATIONS_FOR = re.compile(r"\b(?:preparations|preparing|prepare) for\s+the\s+$")
# sanctions as a means of pressure in general (normalised): "trying to intimidate Russia with sanctions"
PRESSURE_WITH = re.compile(r"\bto\s+(?:intimidate|pressure|coerce|bully|blackmail|punish)\s+(?:\S+\s+){1,3}?with\s+$")
# what a call briefs someone on (normalised): "to brief him on the Moscow talks", "لإطلاعه على نتائج المحادثات"
BRIEFED_ON = re.compile(r"\b(?:brief|briefed|briefing|inform|informed)\s+(?:\w+\s+)?(?:on|about|of)\s+(?:the|his|her|their)"
                        r"(?!\s+(?:upcoming|planned|forthcoming|next|coming|expected)\b)(?:\s+[a-z][\w-]*){0,2}\s*$|(?<!\w)ل?اطلاع(?:ه|ها|هم)?\s+علي\s+(?:نتائج\s+)?ال$")
# a count of rounds or packages before the event word (normalised): "16 rounds of", "five rounds of", "16 حزمة من"
TALLY = re.compile(r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|"
                   r"many|dozens of)\s+(?:rounds|packages|sets|waves)\s+of\s+(?:\w+\s+){0,2}$|"
                   r"(?<!\w)[0-9]+\s+(?:حزمه|حزم|جوله|جولات)\s+(?:من\s+)?(?:ال)?$")
# what "called" names when it labels a thing rather than phones a person (normalised)
CALLED_A_THING = re.compile(r"\s+(?:the|these|those|this|that|its|their|his|her|such|new)\s+(?:\S+\s+){0,2}?(?:sanctions|"
                            r"tariffs|decision|move|attacks?|strikes?|deal|agreement|plan|proposal|law|measures?|vote|"
                            r"elections?|remarks|report|war|invasion|ruling|resolution|policy|step|idea|offer|talks|"
                            r"visit|summit|meeting|statement|comments|accusations?|claims?|situation)\b|\s+(?:it|them)\b")
LABELLED_BEFORE = re.compile(r"\b(?:called|calls|calling|described|describes|describing|labelled|labeled)\s+(?:the|these|"
                             r"those|this|that|its|their)\s+(?:\S+\s+){0,2}$|"
                             r"(?<!\w)[وف]?(?:واصفا|واصفه|واصفين|وصف|وصفت|يصف|تصف|معتبرا|معتبره|اعتبر|اعتبرت)\s+$")
WHAT_IT = re.compile(r"\bwhat\s+(?:\S+\s+){0,2}$")
# how a meeting is held over a link (normalised): "via video link", "عبر تقنية الفيديو"
VIA = re.compile(r"\b(?:via|by|over|through)\s+(?:a\s+)?$|(?<!\w)(?:عبر|من خلال)\s+$")
VIDEO_AFTER_REACH = 30
# "في أول", "في ثاني", "in the first", "their first" right before an event word (normalised)
ORDINAL_RECAP = re.compile(r"(?<!\w)(?:في|وهو|وهي|هو|هي)\s+(?:ال)?(?:اول|ثاني|ثالث)\s+(?:\S+\s+)?$|"
                           r"(?:\bin|\bit was|,)\s+(?:the|its|their|his|her)\s+(?:first|second|third)\s+(?:\S+\s+)?$")
# talks that went on for months before the news: "after months of talks", "بعد أشهر من المحادثات" (normalised; days of
# talks that end in the news are coded as talks)
DURATION_OF = re.compile(r"\b(?:after|following|despite)\s+(?:\S+\s+){0,2}(?:months|years)\s+"
                         r"of\s+(?:\S+\s+){0,2}$|"
                         r"(?<!\w)[وف]?(?:بعد|عقب|رغم)\s+(?:\S+\s+){0,2}(?:اشهر|شهور|سنوات|اعوام)\s+من\s+"
                         r"(?:\S+\s+){0,1}$")
# a definite call or meeting after "whether"/"if": the one already told of (normalised)
WHETHER_THE = re.compile(r"\b(?:whether|if)\s+(?:the|that|this)\s+(?:\w+\s+)?$|(?<!\w)(?:ما\s+اذا|اذا|ان)\s+كان\s+ال$")
# being under sanctions is a state, not sanctions imposed (normalised, English)
UNDER_SANCTIONS = re.compile(r"\b(?:is|are|was|were|been|remains?|remained|already|still|be)\s+(?:already\s+|still\s+)?"
                             r"under(?:\s+[^\s,;]+){0,5}\s*$")

_POSSESSIVE = re.compile(r"['’]s\b")

# how far after a verb of asking or rejecting its object may stand: Arabic puts the subject and the one asked
# between ("حثت الولايات المتحدة الطرفين على العودة إلى المفاوضات")
ABSORB_REACH = 80
ADDED_TO = re.compile(r"(?:\s+(?!that\b)[\w-]+){1,6}?\s+to\s+(?:its|the|their|his|her|a|an)\b", re.I)
RELATIVE_DENIAL = re.compile(r"(?:(?<!\w)ما\s+[يت]?نف|\bwhich\s+(?:\w+\s+){0,2}den(?:y|ies|ied)\b)", re.I)
# a gathering named in quotation marks ("قمة شرم الشيخ للسلام"): which words, and how long a name may be
NAMED_EVENTS = ("meeting.summit", "meeting.conference")
NAME_WORDS = 6

if TYPE_CHECKING:
    from diplo.events import SentenceMentions


# the verbs of saying that, as a participle right after a measure, tell who made it and when ("sanctions announced on
# Thursday")
MEASURE_PARTICIPLES = ("announced", "unveiled", "declared")
# a thing of the one named after "called": "called the ECOWAS position unjust", "the U.S. response absurd"
OWNED_THING = re.compile(r"\s+(?:position|response|move|moves|decision|statement|remarks|comments|claims|accusations|"
                         r"actions|action|policy|policies|proposal|plan|offer|stance|behaviou?r|conduct|report|"
                         r"allegations|measures|sanctions|strikes|attack|attacks|vote|resolution|demands|threats)\b")
# what follows the one "called" when he is called something: 'called Sharaa "a strong leader"', "a dictator"
# (not a time: "called Putin the same afternoon", "the next day")
NAMED_AS = re.compile(r"""\s*(?:["“'‘]|(?:a|an|the|his|her|their|its)\s+(?!(?:phone|telephone|call|same|next|following|"""
                      r"""previous|day|night|morning|afternoon|evening|week|weekend)\b)["“'‘]?\w+)""", re.I)


# an event word that "comes after" another (normalised): "ويأتي (المؤتمر) بعد ثلاثة أيام من", "The (meeting) comes days
# after": the verb before the Arabic word and "after" a few words behind it; the English noun's verb and time word after it
COMES_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+$")
AFTER_AR = re.compile(r"\s+(?:\S+\s+){0,2}?(?:بعد|عقب)(?!\w)")
COMES_AFTER = re.compile(r"\w*\s+(?:comes|came|come)\s+(?:\S+\s+){0,3}?(?:after|before|as|amid|days|hours|weeks)\b")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
PALACE_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?قصر\s+$")     # a palace named right before the word (normalised)
# a call fronted at the head of the sentence: "وفي اتصال مرئي اليوم، بحث ..." (normalised; up to the call word's start)
FRONTED_CALL = re.compile(r"\W*[وف]?(?:في|خلال)\s")
THREATENED_ORDER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:(?:ال)?(?:سلام|سلم|امن|استقرار)(?!\w)|(?:the\s+)?(?:peace|security|stability)\b)",
                              re.I)    # what a threat to order names
# sanctions in force, not imposed (normalised): "remains under Western sanctions", "لا تزال العقوبات ... ساريه"
STILL_BEFORE = re.compile(r"(?:(?<!\w)[وف]?(?:لا|ما) (?:تزال|يزال|زالت|زال)(?:\s+\S+){0,4}?\s+(?:مدرجا|مدرجه|مدرجين|"
                          r"تحت|خاضعا|خاضعه)|(?<!\w)[وف]?(?:لا|ما) (?:تزال|يزال|زالت|زال)|\b(?:remains?|remained|still)\b"
                          r"[^.;]{0,40}?\bunder|"
                          # "وأبقى القرار الأوروبي على حظر تصدير الأسلحة", "kept in place the arms embargo"
                          # (and what is joined to it: "أبقى الاتحاد على العقوبات المتعلقة بـ...، وعلى القيود")
                          r"(?<!\w)[وف]?(?:ابقي|ابقت|يبقي|تبقي|الابقاء|ابقاء)(?:\s+\S+){0,3}?\s+علي"
                          r"(?:[^.؛;]{0,90}?[،,]\s*وعلي)?|"
                          r"\b(?:kept|keeps|keeping|maintained|retained) in place|\b(?:kept|keeps|keeping|maintained|retained))"
                          r"\s+(?:\S+\s+){0,2}$")
# "accused of" after a comma or a form of "be": a participle telling what someone is said of, no accusation made here
ACCUSED_AS_SAID_OF = re.compile(r"(?:,|\b(?:is|are|was|were|been|being|be)\b)\s*$")
STILL_REACH = 160     # characters before a measure where it may be said to be kept
STILL_AFTER = re.compile(r"[^.,،;؛]*?(?:\b(?:remains?|remained|stay|stays|stayed|are still|is still) (?:in place|in force|"
                         r"in effect)\b|"
                         r"(?<!\w)(?:(?:لا|ما) (?:تزال|يزال|زالت|زال)|لاتزال|مازالت) (?:ساريه|سارية|قائمه|مفروضه|نافذه)|"
                         r"(?<!\w)(?:ستظل|تظل|ظلت) (?:ساريه|قائمه|مفروضه|نافذه))")
# a decision named between a rejection and the measure it decided (normalised)
# (not a draft: "رفض مشروع قرار لمواصلة تخفيف العقوبات" rejects the measure itself)
DECISION_BETWEEN = re.compile(r"(?<!مشروع )(?<!\w)(?:ب|ل)?(?:ال)?(?:قرار|قرارات)(?!\w)|(?<!draft )\b(?:decision|decisions|move)\b")
# an event word that opens with a verb in the past tense ("imposed new restrictions on")
PAST_VERB_START = re.compile(r"[a-z]+ed\b", re.I)
# what makes "designated" a sanction: a list, terror, sanctions, a freeze of assets, the sanctions office itself, or
# the kinds of target a listing names ("designated three individuals and six entities", "16 vessels")
LISTING = re.compile(r"ارهاب|عقوب|قائمه|تجميد|مراقبه الاصول|terror|sanction|blacklist|list\b|freez|froze|"
                     r"foreign assets control|ofac|ofsi|treasury|state department|department of state|same action|"
                     r"\b(?:individuals|entities|vessels|tankers)\b|"
                     r"\b(?:[0-9][0-9,]*|dozens of|hundreds of)\s+(?:new\s+|more\s+|further\s+)?designations\b", re.I)
# ... or a kind of target right after the verb ("designated a North Korean trading firm", "two companies and two people";
# not "designated al-Mawasi a humanitarian zone for displaced people")
LISTED_KIND = re.compile(r"\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|more|further|"
                         r"additional|other|several|dozens of)\s+)(?:[\w-]+\s+){0,3}?(?:individuals?|entity|entities|"
                         r"vessels?|tankers?|ships?|firms?|compan(?:y|ies)|banks?|people|persons|officials|businessm[ae]n)\b")
# a noun phrase right after a comma, the event word at its end (normalised): ", the largest single round of"
APPOSITION_BEFORE = re.compile(r",\s+(?:the|its|their)\s+(?:(?:largest|biggest|latest|first|second|third|toughest|"
                               r"broadest|widest|most|single|new|sweeping|[\w-]+est)\s+)+(?:[\w-]+\s+){0,3}$")
MEASURE_VERB_REACH = 12     # characters from a sanctions word to a verb of aiming that tells whom it hit
APPOSED_TYPES = ("sanctions", "meeting", "call")
HAMZA_NEEDED = {"meeting.gathered"}     # event words that only their hamza tells from a common word (التأم, التام)
APPOSITION_BEFORE_AR = re.compile(r"[،,]\s+(?:(?:وذلك\s+)?(?:في|ضمن|في اطار)\s+(?:(?:حزمه|سلسله|جوله)"
                                  r"(?:\s+(?:جديده|اخري|ثانيه|ثالثه|رابعه|خامسه|اضافيه|واسعه))?\s+(?:من\s+)?)?|"
                                  r"(?:بما فيها|بما في ذلك|من بينها|بينها)\s+(?:[^\s،,.]+\s+){0,6})$")
TALKED_ABOUT = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
# a step taken for safety (normalised)
PRECAUTION = re.compile(r"(?<!\w)(?:ك|في)?(?:اجراء|تدبير) (?:احترازي|وقائي)|(?<!\w)احترازيا(?!\w)|\bas a (?:precaution|"
                        r"precautionary measure|safety measure)\b|\bfor safety reasons\b")
PRECAUTION_REACH = 60
# from talks to the agreement they are about (normalised): " with the united states on the new start "
TALKS_ON = re.compile(r"(?:\s+[^\s.,;،؛:]+){0,5}?\s+(?:on|over|about|regarding|concerning|حول|بشان|بخصوص)"
                      r"(?:\s+(?:the|a|an|its|their))?(?:\s+(?![^\s]*ing\b)[^\s.,;،؛:]+){0,3}?\s+")
# what one side signs alone: "signed a decree imposing measures on Turkey", "signed an executive order", "signed the bill
# into law" (normalised)
SIGNED_ALONE = re.compile(r"\s+(?:(?:a|an|the|his|her|its|two|three|new)\s+)?(?:[\w-]+\s+){0,2}?(?:decree|decrees|"
                          r"executive orders?|order|bill|bills|law|laws|legislation|ordinance|into law)\b")
# a measure in force that others keep to or break: "احترام حظر توريد الأسلحة المفروض", "violating the arms embargo",
# "to evade sanctions" (normalised)
OBSERVED_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:احترام|تطبيق|التزام|الالتزام|انتهاك|انتهاكات|خرق|يخرق|تخرق|ينتهك|تنتهك|"
                             r"انتهك|انتهكت|تنفيذ|التحايل علي|الالتفاف علي|التهرب من)\s+(?:ب)?(?:ال)?$|"
                             r"\b(?:respect(?:s|ed|ing)?|uph(?:old|olds|olding|eld)|enforc(?:e|es|ed|ing)|violat(?:e|es|ed|"
                             r"ing|ions?)|breach(?:es|ed|ing)?(?: of)?|compl(?:y|ies|ied|ying) with|evad(?:e|es|ed|ing)|"
                             r"evasion of|circumvent(?:s|ed|ing)?)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?$")
# what opens a list of a measure's parts (normalised), and how far after the measure the list may go on
LISTED_PARTS = re.compile(r"\bincluding\b|\bsuch as\b|(?<!\w)بما في ذلك(?!\w)|(?<!\w)[وت]?(?:تشمل|تتضمن|شملت|تضمنت)(?!\w)")
LISTED_PART_REACH = 200
NEXT_ACT = re.compile(r"[,،]\s*(?:and|و)")     # "..., and raised tariffs", "، وأضافت": the list closed, an act told
COUNTERPARTS_FROM = re.compile(r"(?:(?:with|to)\s+)?(?:(?:his|her|their)\s+)?counterparts?\s+(?:from|of|in)")
BANNED_GOODS_REACH = 60     # characters from a measure word to the goods it bars
AID_WORD = re.compile(r"\b(?:aid|assistance|support)\b|مساعد|دعم|معون", re.IGNORECASE)     # (not goods: given)
# an agreement named as a thing (a document), not agreeing: "treaty", "deal", "اتفاقية", "معاهدة"
AGREEMENT_NOUN = re.compile(r"\b(?:treaty|deal|accord|agreement|pact)\b|(?:اتفاق|معاهد)", re.I)
AGREED_TO = {"to", "on", "علي", "ان", "الي"}    # what follows an agreeing verb as its object (normalised)
# ... and, after the parties named, what opens the meeting agreed on in Arabic (normalised): "على عقد", "على أن"
AGREED_ON_AR = re.compile(r"(?<!\w)علي(?:\s+(?:عقد|اجراء|استئناف|اطلاق|بدء|تنظيم|ان))?\s*$")
AGREED_PARTIES_WORDS = 12
AGREED_TO_HOLD = re.compile(r"\bto (?:hold|resume|launch|start|begin|open|restart|reopen|convene|continue)\s+$")


# a verb of reaching an outcome, a few words before its object (normalised Arabic)
REACHED = re.compile(r"(?<!\w)[وف]?(?:توصل|توصلت|توصلا|توصلتا|توصلوا|يتوصل|تتوصل|يتوصلان|التوصل)(?!\w)")
REACHED_REACH = 45      # characters from the verb to its object: the subject and a day may stand between

# aid let in or through (normalised Arabic): a matter of access, not a donor's aid
AID_ACCESS = re.compile(r"(?<!\w)[وبل]?(?:ايصال|ادخال|دخول|وصول|تدفق|نفاذ|مرور|توزيع|عبور)\s+(?:ال)?$|"
                        r"\b(?:delivery|deliveries|entry|flow|access|passage|distribution|trucks) of(?: \w+)?\s+$",
                        re.IGNORECASE)
# (the matcher keeps an Arabic article and clitic in a hit's prefix, so the hit's text is the bare noun)
VISIT_OWNER = re.compile(r"زيارت(?:ه|ها|هما|هم)(?!\w)")     # "زيارته": his visit (normalised)
DESTINATION_AFTER = re.compile(r"(?:ه|ها|هما|هم)?\s+(?:الي|ل|لل|الى)")     # "زيارته إلى الدوحة", "زيارته للدوحة"
# "whose July trip" (normalised; not "whose deputies had met": a verb of the aside tells of an event of its own)
WHOSE_BEFORE = re.compile(r"\bwhose(?:\s+(?!(?:had|has|have|was|were|is|are|would|will)\b)\S+){0,2}\s+$")
AIRCRAFT_BEFORE = re.compile(r"\b(?:plane|planes|aircraft|flight|flights|jet|jets|airplane)\b[^,.;]{0,70}$")
GERUND_AFTER = re.compile(r"\b(?:after|before|since)\s+$")     # "after designating him" (normalised)
BARE_SANCTIONS_NOUNS = {"sanctions", "عقوبات"}
# ... and the measure named as its own reimposition (normalised): "بإعادة فرض العقوبات"
REIMPOSED_MEASURE = "فرض العقوبات"
REIMPOSITION_BEFORE = re.compile(r"اعاده\s+$")
BARE_AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "اتفاق", "اتفاقية", "معاهدة", "صفقة"}

# a government's own session, no one else present: "Israel's war cabinet met", "an emergency cabinet meeting",
# "عقد مجلس الوزراء اجتماعه الأسبوعي" (not "رئيس مجلس الوزراء وزير الخارجية اجتماعا", a premier who meets)
CABINET_BEFORE = re.compile(r"(?:\bcabinet(?!\s+(?:secretary|minister|ministers|level)\b)|(?<!رئيس )(?<!عضو )(?<!\w)مجلس الوزراء)"
                            r"(?:\s+[^\s.,،]+){0,2}\s+$", re.IGNORECASE)
WEEKLY_AFTER = re.compile(r"\s+(?:ال)?اسبوعي(?:ه)?(?!\w)|\s+weekly\b")
# an Arabic announcement of an act, told as a verbal noun and not as what was said ("أعلنت الحكومة ... قطع العلاقات",
# "أعلن خلالها عن منح تركيا"), or the source of what the sentence tells ("وفق ما أعلنه المتحدث"): no statement of its
# own (normalised)
ANNOUNCED = re.compile(r"[وف]?(?:اعلن|اعلنت|اعلنا|اعلنتا|اعلنوا|يعلن|تعلن)(?:ه|ها)?")
AS_ANNOUNCED_BY = re.compile(r"(?<!\w)(?:وفق|وفقا ل|بحسب|حسب|حسبما|كما|علي ما)\s*(?:ما\s+)?$")
ANNOUNCEMENT_REACH = 150
CONVENED = re.compile(r"\s+(?:اليها|اليه|اليهما)(?!\w)")     # دعا إليها: called (the meeting) together
FOR_CONSULTATIONS = re.compile(r"(?<!\w)لل?تشاور(?!\w)|\b" + FOR_CONSULTATION_EN + r"s?\b", re.IGNORECASE)
IN_PERSON = re.compile(r"\s+(?:face[ -]to[ -]face|in person)\b", re.IGNORECASE)
WARNING_REACH = 80     # characters from a verb of warning to the force it warns against (the subject between)
# a warning against force, which is then no force used (normalised Arabic)
WARNED_AGAINST = re.compile(r"\bwarn(?:ed|s|ing)?(?: \w+)? against(?: (?:a|an|the|any))?(?: [\w-]+)?\s+$|"
                            r"(?<!\w)[وف]?(?:حذر|حذرت|يحذر|تحذر|محذرا|محذره|حذرا|حذروا)(?:\s+[^\s.،,]+){0,6}?\s+من\s+(?:\S+\s+)?$",
                            re.IGNORECASE)

# a word right after a closing quotation mark, the clause going on (normalised)
OBJECT_AFTER_QUOTE = re.compile(r"\s+\w")
# a round of something other than talks, after a word of a round (normalised)
A_ROUND = re.compile(r"\bround\b|جوله|جولات")
# what joins a round to the talks it is a round of (normalised): " of US-Iranian ", " من ال"
ROUND_OF = re.compile(r"\s+(?:of|من)\s+(?:[^\s,،.]+\s+){0,3}?(?:ال)?")
ROUND_OF_OTHER = re.compile(r"\s+(?:of|من)\s+(?!(?:\S+\s+){0,2}(?:(?:talks|negotiations|consultations|discussions|"
                            r"dialogue|negotiating|peace|indirect|direct|technical)\b|(?:ال)?(?:محادثات|مفاوضات|مباحثات|"
                            r"مشاورات|حوار|تفاوض|اجتماعات|لقاءات)(?!\w)))")


JOINED_CALL_REACH = 12     # characters from the meeting word joined to the call word of how one took part
# "is due to discuss", "are expected to discuss": talks to come, not why someone travels (normalised)
PLANNED_TO = re.compile(r"\b(?:due|expected|set|scheduled|slated)\s+to\s+$")


class TriggerSelection:
    """The trigger-selection rules of EventBuilder."""

    def _asked_in_quotes(self, t: Mention) -> bool:
        """"طالبا بوتين بـ"وقف فوري لإطلاق النار"", "called for "an immediate ceasefire"": what is asked
        may be quoted; the asking is still reported."""
        if self.triggers[t.entry].type != "demand":
            return False
        i = bisect_left(self.quotes, (start_of(t) + 1,)) - 1
        quote_start = self.quotes[i][0] if i >= 0 else start_of(t)
        return ASKING_VERB.search(self.nt.text, max(0, quote_start - 60), quote_start) is not None

    def _named_in_quotes(self, t: Mention) -> bool:
        """The quotation is the name of a summit or conference that begins with the event word:
        ""قمة شرم الشيخ للسلام"", ""Summit on Peace in Ukraine"", not a sentence someone said."""
        if t.entry not in NAMED_EVENTS:
            return False
        i = bisect_left(self.quotes, (start_of(t) + 1,)) - 1
        opening, closing = self.quotes[i]
        head = self.nt.text[opening + 1:start_of(t) - len(t.data.get("prefix", ""))]
        return not head.strip(" ال") and len(self.nt.text[opening + 1:closing - 1].split()) <= NAME_WORDS

    def _quote_of(self, pos: int) -> int | None:
        """The quotation (its index) that holds pos, if any."""
        i = bisect_left(self.quotes, (pos + 1,)) - 1
        return i if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1] else None

    def _quoted(self, pos: int) -> bool:
        return self._quote_of(pos) is not None

    def _scare_quoted(self, pos: int) -> bool:
        """The quotation around pos is at most two words: the reporter's wording, not a quoted speech."""
        i = bisect_left(self.quotes, (pos + 1,)) - 1
        return i >= 0 and len(self.nt.text[self.quotes[i][0] + 1:self.quotes[i][1] - 1].split()) <= 2

    def _quotes_the_word_alone(self, t: Mention) -> bool:
        """The quotation marks hold the words declaring an envoy unwelcome and nothing more: the reporter's set phrase,
        'أن السفير "شخص غير مرغوب فيه"', 'declared him "persona non grata"'."""
        i = self._quote_of(start_of(t))
        if i is None or not UNDESIRABLE_WORDS.search(t.text):
            return False
        inner = self.nt.text[self.quotes[i][0] + 1:self.quotes[i][1] - 1].strip()
        return len(inner) <= end_of(t) - start_of(t) + 2 and start_of(t) - self.quotes[i][0] <= 3

    def _has_object_if_weak(self, t: Mention, sm: SentenceMentions) -> bool:
        """A weak English verb of contact ("called", "spoke to") makes a call only when someone is
        called: "called Zelensky", "spoke with his Russian counterpart", not "called the resolution"."""
        trigger = self.triggers[t.entry]
        if self.lang != "ar" and t.entry == "meeting.host" and t.text.lower().startswith(("receiv", "greet")):
            if RECEIVED_BY.match(self.nt.text, end_of(t)) \
                    and PASSIVE_BEFORE.search(self.nt.text, max(0, start_of(t) - 8), start_of(t)):
                return True      # "was received at the airport by the emir": the host is named after "by"
            # "received Blinken", "received both ministers", not "received the first F-16 jets"
            after = [m.data["norm_start"] for m in sm.actors if m.data["norm_start"] >= end_of(t)] + \
                [start_of(c) for c in sm.cues if c.entry == "pair" and start_of(c) >= end_of(t)]
            return bool(after) and len(self.nt.text[end_of(t):min(after)].split()) <= 3
        if self.lang == "ar" and t.entry == "meeting.host":
            # "التي استقبلت أكبر عدد من اللاجئين", "استقبلت شحنات المساعدات": no guest received
            following = self.nt.text[end_of(t):end_of(t) + 30]
            first_actor = min((m.data["norm_start"] - end_of(t) for m in sm.actors
                               if m.data["norm_start"] >= end_of(t)), default=30)
            thing = NOT_GUESTS.search(following)
            return thing is None or thing.start() > first_actor
        if self.lang == "ar" and trigger.type == "call" and trigger.weight <= WEAK:
            # "تحدث مع نظيره", "تحدث هاتفيا"; not "تحدثت الحركة عن أسباب فنية" (spoke of)
            following = self.nt.text[end_of(t):end_of(t) + 80]
            cut = SEGMENT_BREAK.search(following)
            if cut is not None and FRONTED_CALL.match(self.nt.text, self.norm_index(sm.sentence.start), end_of(t)):
                # "وفي اتصال مرئي اليوم، بحث سموه مع ...": the call fronted, who took part in the clause after it
                following = self.nt.text[end_of(t):end_of(t) + 160]
                cut = SEGMENT_BREAK.search(following, cut.end())
            words = (following[:cut.start()] if cut else following).split()[:12]
            return any(w.lstrip("و") in ("مع", "معه", "معها", "معهما", "هاتفيا", "الي", "اليه") for w in words) or any(
                0 <= m.data["norm_start"] - end_of(t) <= 12 for m in sm.actors)
        if self.lang == "ar" or trigger.type != "call" or trigger.weight > WEAK:
            return True
        if t.text.lower() == "called" and BE_CALLED.search(self.nt.text, max(0, start_of(t) - 12), start_of(t)):
            return False     # "It is to be called the Trump Route", "the so-called coalition": naming, not phoning
        if t.text.lower() in ("spoke", "spoken", "talked") and SPOKE_WHEN_WITH.match(self.nt.text, end_of(t)):
            return True     # a readout's "Secretary Rubio spoke today with Foreign Minister Fidan"
        if (t.text.lower() in ("speak again", "talk again") or t.text.lower() in ("spoke", "talked")
                and AGAIN.match(self.nt.text, end_of(t))) and any(
                c.entry == "pair" and 0 <= start_of(t) - end_of(c) and len(self.nt.text[end_of(c):start_of(t)].split()) <= 2
                for c in sm.cues):
            return True     # "The two leaders spoke again on Tuesday", "The two officers will speak again on May 12"
            # (not "The three leaders talked for two hours", at the summit)
        if t.text.lower() in ("spoke", "talked"):
            # "Biden and Netanyahu spoke on Sunday": two parties joined by "and" right before the bare verb
            before = sorted((m for m in sm.actors if m.data["norm_end"] <= start_of(t)), key=lambda m: m.data["norm_end"])
            if len(before) >= 3 and before[-1].kind == "title" and before[-2].kind == "demonym" \
                    and self.nt.text[before[-1].data["norm_end"]:start_of(t)].strip() == "s":
                before = before[:-1]    # "The Chinese and Philippine foreign ministers talked"
                verb_start = before[-1].data["norm_end"]
            else:
                verb_start = start_of(t)
            return len(before) >= 2 and not self.nt.text[before[-1].data["norm_end"]:verb_start].strip() \
                and self.nt.text[before[-2].data["norm_end"]:before[-1].data["norm_start"]].strip() == "and"
        if any(c.entry == "pair" and 0 <= start_of(c) - end_of(t) and len(self.nt.text[end_of(t):start_of(c)].split()) <= 1
               for c in sm.cues):
            return True     # "also spoke with both ministers": the pair named before
        after = [m for m in sm.actors if m.data["norm_start"] >= end_of(t)]
        if not after:
            return False
        first = min(after, key=lambda m: m.data["norm_start"])
        if _POSSESSIVE.match(self.nt.text[first.data["norm_end"]:first.data["norm_end"] + 3]) and not any(
                m.kind in ("title", "person") and 0 <= m.data["norm_start"] - first.data["norm_end"] <= 4 for m in after):
            return False     # "called Zelenskyy's behaviour a failure": whose behaviour, not whom she called (but
            # "spoke with India's national security adviser", "with Congo's Felix Tshisekedi": a country's someone)
        if t.text.lower() in ("called", "to call") and OWNED_THING.match(self.nt.text, first.data["norm_end"]):
            return False     # "called the ECOWAS position unjust", "to call the U.S. response absurd": what is named
        if t.text.lower() == "called" and NAMED_AS.match(self.nt.text, first.data["norm_end"]):
            return False     # 'called Sharaa "a very strong leader"', "called Putin a dictator": naming, not phoning
        gap = self.nt.text[end_of(t):first.data["norm_start"]].split()
        # "called the Iranian attack 'very weak'": a nationality that qualifies an event word is no one called
        qualifies = first.kind == "demonym" and any(0 <= start_of(o) - first.data["norm_end"] <= 2
                                                    for o in sm.triggers)
        gap = [w for w in gap if w.lower() not in ADDRESS_EN]     # "spoke with Mr Putin"
        if COUNTERPARTS_FROM.fullmatch(" ".join(gap)):
            return True     # "has spoken with his counterparts from Britain, Germany and Qatar"
        return all(w in ("the", "his", "her", "their", "its", "with", "to", "both") for w in gap) and len(gap) <= 2 \
            and not qualifies

    @staticmethod
    def _objects_of(trigger: Trigger) -> tuple[str, ...]:
        """Event types that, right after this trigger, are what it is about, not events of their own:
        a demanded ceasefire, a rejected meeting or invasion ("رفضه اجتياح رفح"), a welcomed or condemned
        agreement."""
        if trigger.plover == "DISAPPROVE":
            return ("agreement",)     # a measure condemned, as a statement condemning: "condemned new US sanctions
            # announced on Thursday" tells the sanctions too
        if trigger.type == "rejection":
            return ABSORBED_TYPES + ("military",)
        if trigger.type in ABSORBING_TYPES or trigger.cameo == "160":     # (an agreement ended is no agreement made)
            return ABSORBED_TYPES
        if trigger.type == "statement" and trigger.subtype != "statement":
            return ("agreement",)
        return ()

    def _measure_decided(self, t: Mention, other: Mention) -> bool:
        """"رفضت الخارجية السودانية قرار وزارة الخزانة الأمريكية أمس فرض عقوبات", "rejected the US decision to impose
        sanctions": a measure decided is taken, whoever rejects it; it is no mere object of the rejection."""
        return self.triggers[other.entry].type == "sanctions" and self.triggers[t.entry].type == "rejection" \
            and DECISION_BETWEEN.search(self.nt.text, end_of(t), start_of(other) - len(other.data.get("prefix", ""))) \
            is not None

    def _second_act(self, t: Mention, other: Mention) -> bool:
        """"expelled Russia's defence attache on Wednesday and imposed new restrictions on": a second verb joined by
        "and" is an act of its own, not what the first one is about."""
        return self.lang != "ar" and self.nt.text[max(end_of(t), start_of(other) - 5):start_of(other)] == " and " \
            and PAST_VERB_START.match(other.text) is not None

    def _subject_between(self, a: int, b: int, sm: SentenceMentions) -> bool:
        """Someone who could be a new speaker is named in [a, b): not behind "على", "ل", "to", "on"."""
        for m in sm.actors:
            pos = self.norm_index(m.start)
            if a <= pos < b and m.kind not in ("demonym", "org_adj"):
                before = self.nt.text[max(a, pos - 6):pos].split()
                if not before or before[-1] not in ("علي", "الي", "to", "on", "against", "with", "مع") \
                        and not m.data.get("prefix", "").lstrip("وف").startswith("ل"):
                    return True
        return False

    def _frame_of_another(self, t: Mention, sm: SentenceMentions) -> bool:
        """"وشدد ميقاتي خلال اللقاء على ...", "said after the talks": a meeting or call already reported,
        named with the article and no party or date of its own as the occasion of another act
        ("خلال لقائه نظيره" names a meeting of its own)."""
        if self.triggers[t.entry].type not in ("meeting", "call"):
            return False
        ts, te = start_of(t), end_of(t)
        prefix = t.data.get("prefix", "")
        if FIRST_APPEARANCE.search(self.nt.text, max(0, ts - len(prefix) - 40), ts - len(prefix)):
            return True     # "الذي وصل ... في أول مشاركة له في قمة عربية منذ أكثر من عشر سنوات"
        if self.lang == "ar":
            if not prefix.endswith("ال"):
                return False
            before = self.nt.text[max(0, ts - 25):ts - len(prefix)]
        else:
            before = self.nt.text[max(0, ts - 30):ts]
        if not FRAME_BEFORE.search(before):
            return False
        # (named right after it, as in "خلال لقائه نظيره"; not across a comma: "After the meeting, Umerov said")
        # ("في ختام القمة أن مصر ستستضيف": one named after "أن"/"that" is in what was said, not the meeting's party)
        named_after = any(0 <= self.norm_index(m.start) - te <= 4 and not self._segment_between(te, self.norm_index(m.start))
                          and not COMPLEMENTIZER.search(self.nt.text, te, self.norm_index(m.start))
                          for m in sm.actors) or any(0 <= self.norm_index(d.start) - te <= 4 for d in sm.dates)
        if named_after:
            return False
        if any(self.triggers[o.entry].type in ("call", "meeting") and end_of(o) <= ts and o is not t
               and not self._segment_between(end_of(o), ts) for o in sm.triggers):
            return True     # "spoke by phone with Rubio on Friday ahead of the summit": those before are the call's
        # "أكد الرئيسان الروسي والأمريكي خلال القمة": two parties before it make it their meeting
        parties_before = {m.entry for m in sm.actors if self.norm_index(m.end) <= ts and m.kind != "title"}
        return len(parties_before) < 2

    def _denied_reaching(self, t: Mention, cues: list[Mention]) -> bool:
        """"لم يعلن الرئيسان عن أي اتفاق", "did not reach any deal", "نفى ... وجود أي مفاوضات مباشرة": no agreement
        or talks, negated ones."""
        ts = start_of(t)
        return any(c.entry == "negated" and end_of(c) <= ts and (
            ts - end_of(c) <= 40 and REACHING.search(self.nt.text, start_of(c), ts)
            or ts - end_of(c) <= CUE_REACH and DENIAL.fullmatch(self.nt.text[start_of(c):end_of(c)])
            and not self._clause_between(end_of(c), ts)) for c in cues)

    def _discussed_within(self, consult: Mention, other: Mention, sm: SentenceMentions) -> bool:
        """"اتصالا هاتفيا ..., جرى خلاله استعراض المفاوضات", "a call during which they reviewed the talks":
        what a call or meeting went over is its content, not an event of its own."""
        if self.triggers[consult.entry].type not in ("call", "meeting") \
                or self.triggers[other.entry].type not in ("meeting", "agreement", "sanctions") or start_of(other) < end_of(consult):
            return False
        if consult.entry == "meeting.discuss" and self.triggers[other.entry].type == "sanctions":
            # "The two discussed ... the lifting of sanctions": what they talked about
            return not self._clause_between(end_of(consult), start_of(other))
        within = WITHIN.search(self.nt.text, end_of(consult), start_of(other))
        # "تناول التحضيرات لقمة شرم الشيخ المقرر عقدها غداً": a scheduled event named in the call is news itself
        scheduled = any(c.entry in ("planned", "future_time") and 0 <= start_of(c) - end_of(other) <= 40
                        and not self._clause_between(end_of(other), start_of(c)) for c in sm.cues)
        # "قمة ... قررت خلالها أيضاً رفع بعض العقوبات", "a summit at which they decided to lift": a decision taken
        # there is an act of its own
        decided = within is not None and DECIDED.search(self.nt.text, max(end_of(consult), within.start() - 12),
                                                        start_of(other)) is not None
        return within is not None and not self._clause_between(end_of(consult), start_of(other)) and not scheduled \
            and not decided

    def _bare_definite_sanctions(self, t: Mention) -> bool:
        """"the sanctions", "العقوبات": the bare noun with the article, which names a measure already told of."""
        if self.triggers[t.entry].type != "sanctions":
            return False
        if t.text.lower() in BARE_SANCTIONS_NOUNS and self._definite(t):
            return True
        word_start = start_of(t) - len(t.data.get("prefix", ""))
        return self.nt.text[word_start:end_of(t)] == REIMPOSED_MEASURE \
            and REIMPOSITION_BEFORE.search(self.nt.text, max(0, word_start - 8), word_start) is not None

    def _reacted_to(self, t: Mention, sm: SentenceMentions) -> bool:
        """"condemned the sanctions", "ندد، اليوم الجمعة، بالعقوبات", "رحب بالعقوبات الجديدة": the bare definite noun
        after a verb of condemning, welcoming or rejecting is the measure reacted to, reported already; who reacts
        imposed nothing ("«رفضها القاطع» لإدراج شركات صينية على القائمة": a listing with ل, rejected)."""
        if not self._bare_definite_sanctions(t) and not (
                self.triggers[t.entry].type == "sanctions" and t.data.get("prefix", "").lstrip("وف") == "ل"):
            return False
        return any((self.triggers[r.entry].type == "rejection"
                    or self.triggers[r.entry].type == "statement" and self.triggers[r.entry].subtype != "statement")
                   and 0 <= start_of(t) - end_of(r) <= ABSORB_REACH and not self._clause_between(end_of(r), start_of(t))
                   for r in sm.triggers)

    def _called_for(self, t: Mention, sm: SentenceMentions) -> bool:
        """The event word right after "إلى" that a verb of asking before it in its clause governs ("دعا ... واشنطن إلى
        رفع العقوبات", "دعت ... واشنطن إلى تصنيف قوات الدعم السريع"): asked for, not done."""
        if self.lang != "ar" or self.triggers[t.entry].type not in ("sanctions", "meeting", "agreement"):
            return False
        word_start = start_of(t) - len(t.data.get("prefix", ""))
        if not TO_BEFORE.search(self.nt.text, max(0, word_start - 6), word_start):
            return False
        return any(self.triggers[d.entry].type == "demand" and end_of(d) <= word_start
                   and not self._clause_between(end_of(d), word_start) for d in sm.triggers)

    def _topic_of_talks(self, talks: Mention, other: Mention) -> bool:
        """"talks on a ceasefire", "to discuss a truce", "مفاوضات وقف إطلاق النار": what talks are about
        is not an agreement of its own ("held talks and agreed a truce" is)."""
        if self.triggers[talks.entry].subtype != "talks" or self.triggers[other.entry].type != "agreement":
            return False
        gap = self.nt.text[end_of(talks):start_of(other)].split()
        return 0 <= start_of(other) - end_of(talks) and len(gap) <= 3 and sum(w not in TOPIC_WORDS for w in gap) <= 1

    def _listed_after(self, measure_end: int, ts: int, sm: SentenceMentions) -> bool:
        """An event word in the list of a measure's parts that opens after the measure ("including", "وهي تشمل") and
        goes on to it, no clause and no ", and" + a new verb between ("..., including Russian banks, and raised
        tariffs" is a second measure)."""
        opening = LISTED_PARTS.search(self.nt.text, measure_end, ts)
        # (a day between: "فرض خمس حزم ...، كان آخرها في الثامن من أفريل وشملت حظراً": the last one, on a day of its own)
        return opening is not None and not self._clause_between(measure_end, ts) \
            and not NEXT_ACT.search(self.nt.text, opening.end(), ts) \
            and not any(measure_end <= self.norm_index(d.start) < ts for d in sm.dates)

    def _agreed_to(self, agreement: Mention, meeting: Mention) -> bool:
        """The agreeing verb takes the meeting as what is agreed: "agreed to meet", "اتفقا على عقد جولة"
        ("التوقيع بعد أسابيع من لقاء" is no such thing)."""
        gap = self.nt.text[end_of(agreement):start_of(meeting)]
        words = (self.nt.text[start_of(agreement):end_of(agreement)].split()[-1:] + gap.split())
        if self._segment_between(end_of(agreement), start_of(meeting)):
            return False
        # "agreed during a phone call on Oct. 16 to meet": the frame of the agreeing between it and "to"
        return (0 <= len(gap.split()) <= 3 and any(w in AGREED_TO for w in words[:2])) \
            or (len(gap.split()) <= 10 and gap.split()[-1:] == ["to"])

    def _agreed_beside(self, agreement: Mention, meeting: Mention) -> bool:
        """The agreeing verb takes the meeting as what is agreed, with the parties or the frame between: "اتفق الرئيس
        الروسي ... والرئيس الأمريكي ... على عقد قمة", "agreed on Sunday to launch talks". The meeting is to come; the
        agreement stays an event of its own."""
        gap = self.nt.text[end_of(agreement):start_of(meeting)]
        if self._segment_between(end_of(agreement), start_of(meeting)):
            return False
        return len(gap.split()) <= 10 and AGREED_TO_HOLD.search(gap) is not None \
            or len(gap.split()) <= AGREED_PARTIES_WORDS and AGREED_ON_AR.search(gap) is not None

    def _act_announced(self, t: Mention, sm: SentenceMentions) -> bool:
        """An Arabic verb of announcing whose object is an act, not what was said: "أعلنت الحكومة الهولندية اعتبار
        الوزيرين شخصين غير مرغوب فيهما", or the source of what the sentence tells: "وفق ما أعلنه المتحدث". It names
        who speaks (a reporter for the act's roles) but is no statement of its own."""
        word_start = start_of(t) - len(t.data.get("prefix", ""))
        if self.lang != "ar" or self.triggers[t.entry].type != "statement" \
                or not ANNOUNCED.fullmatch(self.nt.text, word_start, end_of(t)):
            return False
        if AS_ANNOUNCED_BY.search(self.nt.text, max(0, word_start - 12), word_start):
            return True
        clause_end = min(self.norm_index(sm.sentence.end), end_of(t) + ANNOUNCEMENT_REACH)
        return not COMPLEMENTIZER.search(self.nt.text, end_of(t), clause_end)

    def _no_event_of_its_own(self, t: Mention, sm: SentenceMentions) -> bool:
        """The event word names no event: one halted, cut, any, a frame, a manner, a host already named, or quoted."""
        trigger = self.triggers[t.entry]
        ts = start_of(t)
        word_start = ts - len(t.data.get("prefix", ""))     # where the word begins, its clitics included
        if t.entry == "statement.accuse" and self.lang != "ar" and self.nt.text.startswith("accused of ", ts) \
                and ACCUSED_AS_SAID_OF.search(self.nt.text, max(0, ts - 12), ts):
            return True     # "designated a firm, Gulf Star Trading, accused of supplying drones": what it is said of
        if self.lang != "ar" and trigger.type == "statement" and t.text.lower() in MEASURE_PARTICIPLES and any(
                self.triggers[o.entry].type == "sanctions" and 0 < ts - end_of(o) <= 1 for o in sm.triggers):
            return True     # "condemned new US sanctions announced on Thursday": the measure's maker and day, no speech
        if trigger.type == "military" and any(self.triggers[o.entry].type == "sanctions"
                                              and 0 <= ts - end_of(o) <= MEASURE_VERB_REACH for o in sm.triggers):
            return True     # "فرضت ... عقوبات جديدة استهدفت أفراداً": whom the measure hit, no strike
        if trigger.type == "military" and (HALTING.search(self.nt.text, max(0, ts - 30), ts)
                                           or WARNED_AGAINST.search(self.nt.text, max(0, ts - WARNING_REACH), ts)):
            return True     # "halted the strikes", "warned against an assault on Rafah", "حذر من اجتياح رفح"
        halted = aid_halted(self.nt.text, self.norm_index(self._sentence_start), word_start) \
            if trigger.type == "aid" else (None, False)
        if halted[0] is not None and not halted[1]:
            return True     # "a complete halt to foreign military aid": asked for, no aid given (halted by a verb,
            # it is a sanction: see EventBuilder._aid_suspended)
        if trigger.type == "sanctions" and OBSERVED_BEFORE.search(self.nt.text, max(0, word_start - 40), word_start):
            return True     # "باحترام حظر توريد الأسلحة المفروض من مجلس الأمن", "violating the arms embargo": kept or
            # broken, not imposed
        if trigger.type == "aid" and not AID_WORD.search(t.text) and any(
                self.triggers[o.entry].type == "sanctions" and 0 <= ts - end_of(o) <= BANNED_GOODS_REACH
                and not self._segment_between(end_of(o), ts) for o in sm.triggers):
            return True     # "حظر شامل لبيع الأسلحة والذخائر والمعدات العسكرية لإسرائيل", "an embargo on arms and military
            # equipment": the goods a measure bars, no aid given
        if t.entry in HAMZA_NEEDED and "أ" not in t.text:
            return True     # "تضامن المغرب التام مع الإمارات": "complete", not التأم "convened"
        if t.entry == "agreement.agree" and t.text.lower() == "signed" and SIGNED_ALONE.match(self.nt.text, end_of(t)):
            return True     # "Putin signed a decree imposing economic measures": one side's act, no agreement
        if t.text.lower() == "welcome" and GREETING.match(self.nt.text, end_of(t)):
            return True     # "Good morning and welcome to our coverage": a greeting to the reader
        if trigger.type == "meeting" and (CABINET_BEFORE.search(self.nt.text, max(0, word_start - 40), word_start)
                                          or WEEKLY_AFTER.match(self.nt.text, end_of(t))):
            return True     # "Israel's war cabinet met", "عقد مجلس الوزراء اجتماعه الأسبوعي": a government's own session
        if t.text.lower() in ("meet", "met", "meets", "meeting") and MET_DEMANDS.match(self.nt.text, end_of(t)):
            return True     # "if Caracas failed to meet its commitments": demands met, no one met
        if trigger.type == "aid" and AID_ACCESS.search(self.nt.text, max(0, ts - 25), word_start) \
                and not NECESSITY.search(self.nt.text, max(self.norm_index(self._sentence_start), ts - 90), ts):
            return True     # "إيصال المساعدات", "the delivery of aid": aid let through, which no one is named giving
            # (unless stressed as needed, "أهمية ... نفاذ المساعدات", which asks for it)
        if trigger.type in ("agreement", "meeting", "sanctions") and ANY_BEFORE.search(self.nt.text, max(0, ts - 15), ts) \
                and not self._denied_reaching(t, sm.cues):
            return True
        if self._frame_of_another(t, sm):
            return True
        if trigger.type == "sanctions" and self.lang == "ar" and t.data.get("prefix", "").lstrip("و").startswith("ل") \
                and SUBJECT_TO_AR.search(self.nt.text, max(0, word_start - 40), word_start):
            return True     # "وتخضع كوريا الشمالية لعقوبات من مجلس الأمن منذ 2006": under sanctions, none imposed now
        # "added 93 entities to its export blacklist": adding something to a list is not saying more
        if t.entry == "statement.say" and t.text.lower() == "added" and ADDED_TO.match(self.nt.text, end_of(t)):
            return True
        # "وهو ما ينفيه البلدان", "which Moscow denies": a denial in a relative clause is background to the charge
        if trigger.type == "statement" and RELATIVE_DENIAL.search(self.nt.text, max(0, ts - 30), ts + len(t.text)):
            return True
        # "استدعت سفيرها للتشاور", "recalled its ambassador for consultations": why an envoy is called home
        # ("for urgent consultations": an English adjective may stand between)
        if trigger.type == "meeting" and FOR_CONSULTATIONS.search(self.nt.text, max(0, ts - (6 if self.lang == "ar" else 20)),
                                                                  end_of(t)):
            return True
        # "Erdogan said he hoped the agreement would revive ...", "بموجب الاتفاق": the agreement already told of
        if t.entry == "agreement.agreement" and t.text.lower() in BARE_AGREEMENT_NOUNS \
                and self._definite(t):
            return True
        # "adopted its 19th package of sanctions, including a ban on imports of Russian LNG": a part of the package
        # "والتقى الرئيس الإيراني خلال الزيارة أمير قطر": the visit named as the frame of a meeting, with nowhere after
        # it, is the one told of; who follows is the meeting's party ("خلال زيارته إلى الدوحة" names a visit)
        if trigger.type == "visit" and self.lang == "ar" and (t.data.get("prefix", "").endswith("ال")
                                                              or VISIT_OWNER.search(self.nt.text, ts, end_of(t) + 3)) \
                and FRAME_BEFORE.search(self.nt.text, max(0, word_start - 12), word_start) \
                and not DESTINATION_AFTER.match(self.nt.text, end_of(t)) \
                and any(self.triggers[o.entry].type in ("meeting", "call") for o in sm.triggers if o is not t):
            return True
        # "Modi, whose July trip to Moscow drew criticism", "whose talks with Xi": an event owned by someone in an aside
        # is background to the sentence's news; "A Saudi relief plane ... landed in Aleppo": an aircraft arriving
        # is no one's visit
        if trigger.type in ("visit", "meeting", "call") and self.lang != "ar" \
                and WHOSE_BEFORE.search(self.nt.text, max(0, ts - 30), ts):
            return True
        if trigger.type == "visit" and self.lang != "ar" \
                and AIRCRAFT_BEFORE.search(self.nt.text, max(self.norm_index(sm.sentence.start), ts - 80), ts):
            return True
        # "less than five months after designating him": a measure named to place another in time ("after meeting a
        # Korean delegation" may be news of its own)
        if self.lang != "ar" and trigger.type == "sanctions" and t.text.lower().split()[0].endswith("ing") \
                and GERUND_AFTER.search(self.nt.text, max(0, ts - 8), ts):
            return True
        # "imposed the first sanctions for breaches of the price cap, designating UAE-based Ice Pearl Navigation": the
        # participle after a comma tells what the measure did
        if trigger.type == "sanctions" and self.lang != "ar" and t.text.lower().split()[0].endswith("ing") \
                and self.nt.text[max(0, ts - 2):ts] == ", " \
                and any(self.triggers[o.entry].type == "sanctions" and end_of(o) <= ts for o in sm.triggers):
            return True
        if trigger.type == "sanctions" and PART_OF.search(self.nt.text, max(0, ts - 30), ts) \
                and any(self.triggers[o.entry].type == "sanctions" and end_of(o) <= ts for o in sm.triggers):
            return True
        if trigger.type == "sanctions" and any(
                self.triggers[o.entry].type == "sanctions" and 0 <= ts - end_of(o) <= LISTED_PART_REACH
                and self._listed_after(end_of(o), ts, sm) for o in sm.triggers):
            return True     # "تمديد الإجراءات التقييدية ضد سورية ..., وهي تشمل حظراً على استيراد النفط وتجميد أصول ...
            # إضافة إلى حظر سفر": each measure listed after "including" is a part of the one named
        # "أقر حزمة جديدة من العقوبات على روسيا ...، مع توضيح أن العقوبات لا تطال صادرات الغذاء": the bare definite
        # noun after a measure of the sentence is that measure told again
        if self._bare_definite_sanctions(t) \
                and any(self.triggers[o.entry].type == "sanctions" and end_of(o) <= ts for o in sm.triggers):
            return True
        # "its broader sanctions remain in place", "لا تزال العقوبات المفروضة على كوريا الشمالية سارية": a state that
        # goes on, not an act of the day
        if trigger.type == "sanctions" and (
                STILL_BEFORE.search(self.nt.text, max(0, ts - STILL_REACH), word_start)
                or STILL_AFTER.match(self.nt.text, end_of(t), min(self.norm_index(sm.sentence.end), end_of(t) + 90))):
            return True
        if self._told_of_before(t) and self.nt.text[end_of(t):end_of(t) + 2].lstrip().startswith((",", "،")) \
                and self.lang != "ar":
            return True     # "A day before the Moscow talks, Cho and Kim held talks in Washington": a frame
        if self.lang == "ar" and trigger.type in ("meeting", "call") \
                and SPAN_FROM_BEFORE.search(self.nt.text, max(0, ts - 40), ts) \
                and self.nt.text[end_of(t):end_of(t) + 2].lstrip().startswith("،"):
            return True     # "قد التقى، قبل يوم من القمة، وزير الخارجية": the summit places the meeting in time
        if trigger.type == "meeting" and PREPARATIONS_FOR.search(self.nt.text, max(0, ts - 30), ts):
            return True     # "discussed preparations for the meeting in a phone call": the meeting told of, a topic
        if trigger.type == "sanctions" and PRESSURE_WITH.search(self.nt.text, max(0, ts - 50), word_start):
            return True     # "trying to intimidate Russia with sanctions is a waste of time": a means, no act
        if trigger.type in ("meeting", "call", "agreement", "sanctions") \
                and DESCRIBED_AS.search(self.nt.text, max(0, ts - 30), word_start) is not None:
            return True     # "وصفت طهران التفاوض في ظل العدوان بأنه بلا معنى": what is described, no event held
        if trigger.type in ("meeting", "call", "agreement") \
                and BRIEFED_ON.search(self.nt.text, max(0, ts - 40), word_start) is not None:
            return True     # "dialled Erdogan to brief him on the Moscow talks": talks told of, held before
        # "التقى الملك ... الرئيس ترامب، في أول لقاء يجمع ترامب بزعيم عربي", "in their first meeting since": the event the
        # sentence told of, described again as the first of its kind
        if trigger.type in ("meeting", "call", "sanctions", "visit") and ORDINAL_RECAP.search(
                self.nt.text, max(0, ts - 40), word_start) \
                and any(self.triggers[o.entry].type == trigger.type and end_of(o) <= ts for o in sm.triggers if o is not t):
            return True
        # "held talks via video link", "عقدا اجتماعاً عبر تقنية الفيديو": a video call, not a meeting in person
        if trigger.type == "meeting" and any(
                self.triggers[o.entry].type == "call" and self.triggers[o.entry].subtype == "video"
                and 0 <= start_of(o) - end_of(t) <= VIDEO_AFTER_REACH
                and VIA.search(self.nt.text, end_of(t), start_of(o)) for o in sm.triggers):
            return True
        # "Zakharova called the US sanctions counterproductive", "Trudeau called the tariffs 'a very dumb thing'": named
        # so, not phoned
        if trigger.type == "call" and t.text.lower() in ("called", "calls", "calling") \
                and (CALLED_A_THING.match(self.nt.text, end_of(t))
                     or WHAT_IT.search(self.nt.text, max(0, ts - 30), ts)):
            return True     # (or "on what he called Thai aggression": a name given)
        labelled = LABELLED_BEFORE.search(self.nt.text, max(0, ts - 40), word_start) \
            if trigger.type == "sanctions" else None
        if labelled and not WHAT_IT.search(self.nt.text, max(0, labelled.start() - 20), labelled.start()):
            return True     # ("واصفاً العقوبات الأوروبية بأنها": the sanctions so named are the ones already told of;
            # not "announced what it called its largest package of sanctions")
        # "met Taliban representatives in Doha to discuss humanitarian aid", "التقى ... لبحث المساعدات", "spoke with
        # Sheinbaum on Thursday about the tariffs": what the talks were about, not aid given
        if trigger.type in ("aid", "sanctions") and (TOPIC_BEFORE.search(self.nt.text, max(0, ts - 30), word_start)
                                                     or TALKED_ABOUT.search(self.nt.text, max(0, ts - 30), word_start)) \
                and any(self.triggers[o.entry].type in ("meeting", "call") and end_of(o) <= ts for o in sm.triggers):
            return True
        # "أغلقت مجالها الجوي مؤقتاً مساء أمس كإجراء احترازي", "closed its airspace as a precaution": safety, no measure
        # against anyone
        precaution = PRECAUTION.search(self.nt.text, end_of(t), end_of(t) + PRECAUTION_REACH) \
            if trigger.type == "sanctions" else None
        if precaution is not None and not self._clause_between(end_of(t), precaution.start()):
            return True
        # "postponed talks with the United States on the New START treaty", "محادثات بشأن معاهدة": the treaty the talks
        # are about, no agreement of this news
        if trigger.type == "agreement" and AGREEMENT_NOUN.search(t.text) and any(
                self.triggers[o.entry].type == "meeting" and end_of(o) <= ts
                and TALKS_ON.fullmatch(self.nt.text, end_of(o), word_start)
                and not any(self.triggers[a.entry].type == "agreement" and end_of(a) <= start_of(o) for a in sm.triggers)
                for o in sm.triggers):
            return True     # (but "agreed to resume talks on a free trade agreement": the agreeing stays the event)
        # "after months of talks", "بعد أشهر من المحادثات غير المباشرة": the talks that led up to it
        if trigger.type == "meeting" and DURATION_OF.search(self.nt.text, max(0, ts - 45), word_start):
            return True
        # "has imposed 16 rounds of sanctions since 2022", "held five rounds of talks": a tally, not an event
        if trigger.type in ("sanctions", "meeting", "call") and TALLY.search(self.nt.text, max(0, ts - 50), ts):
            return True
        # "co-hosted a video conference with 30 leaders": how the call was held, hosted by them, not a meeting of its own
        if t.entry == "meeting.host" and any(self.triggers[o.entry].type == "call" and 0 <= start_of(o) - end_of(t) <= 12
                                             for o in sm.triggers):
            return True
        # "asked whether the meeting amounted to recognition": the meeting told of, not one that may happen
        if trigger.type in ("call", "meeting") and WHETHER_THE.search(self.nt.text, max(0, ts - 20), ts):
            return True
        # "Dodik is already under U.S. and British sanctions", "has been under sanctions since 1979": a state
        if trigger.type == "sanctions" and self.lang != "ar" and UNDER_SANCTIONS.search(self.nt.text, max(0, ts - 45), ts):
            return True
        # "قمة القاهرة للسلام التي دعا إليها الرئيس": who convened a gathering asked nothing of anyone
        if trigger.type == "demand" and CONVENED.match(self.nt.text, end_of(t)):
            return True
        # "its negotiating team survived", "the negotiating position": who or what negotiates, no talks held
        if trigger.type == "meeting" and self.lang != "ar" and t.text.lower() == "negotiating" \
                and NEGOTIATING_NOUN.match(self.nt.text, end_of(t)):
            return True
        # "Putin addressed the gathering by video link": a speech to the meeting from afar, not a call (one who "joined the
        # meeting by video link" is on a call with its parties: see RoleRules._joined_remotely)
        if trigger.type == "call" and trigger.subtype == "video" and self.lang != "ar" \
                and ADDRESSED.search(self.nt.text, max(0, ts - 45), ts):
            return True
        # "spoke face to face", "talked in person": a meeting, not a call
        if trigger.type == "call" and IN_PERSON.match(self.nt.text, end_of(t)):
            return True
        # "استأنف الوفدان مفاوضاتهما ... عبر تقنية الفيديو", "talks held by video link": how a meeting was held
        if t.entry == "call.video" and MANNER.match(self.nt.text, ts) \
                and any(self.triggers[o.entry].type == "meeting" and o.entry != "meeting.discuss" for o in sm.triggers):
            return True     # (but "بحث عبر تقنية الاتصال المرئي مع بوريل": what was discussed, by a video call)
        # "talks on a peace plan, hosted by German Chancellor Friedrich Merz": who hosts the meeting just named
        if t.entry == "meeting.host" and self.nt.text.startswith(" by ", end_of(t)) \
                and any(self.triggers[o.entry].type == "meeting" and end_of(o) <= ts for o in sm.triggers):
            return True
        # words inside quotation marks are what someone said, not events this article reports
        # (a quoted word or two is the reporter's: 'Israel and Iran had "fully agreed"')
        # (a threat is made by saying it: 'said Israel would "respond with force"')
        return trigger.type not in SPEECH_TYPES and trigger.type != "threat" and self._quoted(ts) \
            and not self._scare_quoted(ts) and not self._quotes_the_word_alone(t) \
            and not self._asked_in_quotes(t) \
            and not self._named_in_quotes(t) \
            and self._quote_run_out_of(t) is None

    def _quote_run_out_of(self, t: Mention) -> int | None:
        """Where the quotation closes when it closes right after the word of a meeting, call or visit and the clause goes
        on with who takes part: 'قال إنه «لا توجد خطط للقاء» المبعوث الأمريكي' is the reporter's sentence, a fragment of
        it in the speaker's words."""
        i = self._quote_of(start_of(t))
        if i is None or self.triggers[t.entry].type not in ("meeting", "call", "visit"):
            return None     # (what is asked or done in quotes stays the speaker's: 'lift "illegal sanctions" on')
        closing = self.quotes[i][1]
        if self.nt.text[end_of(t):closing - 1].strip() or OBJECT_AFTER_QUOTE.match(self.nt.text, closing) is None:
            return None
        return closing

    def _halt_agreed(self, sm: SentenceMentions) -> None:
        """"وافقتا على وقف جميع العمليات العسكرية", "agreed to halt all military operations": force agreed to be
        halted is a ceasefire agreed, not an attack; and a truce reached ("توصل البلدان ... إلى هدنة") is agreed,
        not asked for."""
        ceasefire = "agreement.ceasefire" if "agreement.ceasefire" in self.triggers else None
        for k, t in enumerate(sm.triggers):
            if ceasefire is None or self.triggers[t.entry].type != "military":
                continue
            ts = start_of(t)
            halt = HALTING.search(self.nt.text, max(0, ts - 30), ts)
            if halt and AGREEING_TO.search(self.nt.text, max(0, halt.start() - 25), halt.start()):
                sm.triggers[k] = replace(t, entry=ceasefire)
        # "وتوصل البلدان الأربعاء الماضي إلى هدنة": a truce reached, with the subject and a day between the verb
        # and its object, is a ceasefire agreed, not one asked for
        sentence_start = self.norm_index(sm.sentence.start)
        for k, t in enumerate(sm.triggers):
            since = max(sentence_start, start_of(t) - REACHED_REACH)
            if ceasefire is not None and t.entry == "demand.ceasefire.object" \
                    and REACHED.search(self.nt.text, since, start_of(t)) and not self._clause_between(since, start_of(t)):
                sm.triggers[k] = replace(t, entry=ceasefire)

    def _main_triggers(self, sm: SentenceMentions) -> list[Mention]:
        """The best trigger of each type in each comma-delimited segment of the sentence.

        A demanded or rejected ceasefire is the demand's object, not an agreement; a speech verb gives
        way to the event it reports, unless it is a statement noun ("في بيان").
        """
        self._halt_agreed(sm)
        absorbed: set[int] = set()
        for t in sm.triggers:
            trigger = self.triggers[t.entry]
            objects = self._objects_of(trigger)
            if not objects and trigger.subtype != "talks" and trigger.type not in ("call", "meeting"):
                continue     # it absorbs nothing: no object, no topic of talks, nothing discussed within
            for other in sm.triggers:
                if (other is not t and self.triggers[other.entry].type in objects
                        and 0 <= start_of(other) - end_of(t) <= ABSORB_REACH
                        and not self._segment_between(end_of(t), start_of(other))
                        and not self._second_act(t, other)
                        and not self._measure_decided(t, other)
                        and not (trigger.type == "statement"
                                 and COMPLEMENTIZER.search(self.nt.text, end_of(t), start_of(other)))):
                    # ("في بيان أن الطرفين وافقتا على وقف ...": what a statement reports is an event of its own)
                    absorbed.add(id(other))
                elif other is not t and (self._topic_of_talks(t, other) or self._discussed_within(t, other, sm)):
                    absorbed.add(id(other))
        lo = bisect_left(self.segment_breaks, start_of(sm.triggers[0]))
        hi = bisect_left(self.segment_breaks, end_of(sm.triggers[-1]))
        breaks = self.segment_breaks[lo:hi]
        negations = [(start_of(c), end_of(c)) for c in sm.cues if c.entry == "negated"]
        # "المساعي للتوصل إلى وقف لإطلاق النار", "efforts to reach a truce": an aim, not an event
        for c in sm.cues:
            if c.entry == "aim":
                absorbed.update(id(t) for t in sm.triggers
                                if start_of(t) >= end_of(c) and len(self.nt.text[end_of(c):start_of(t)].split()) <= 2
                                and self.triggers[t.entry].type in ("agreement", "meeting"))
        # "دعا الشيباني، في تصريح لسانا، الولايات المتحدة إلى رفع العقوبات": what the call asks for, however far from it
        absorbed.update(id(o) for o in sm.triggers if self._called_for(o, sm) or self._reacted_to(o, sm))
        # "On the eve of the summit, Xi and Modi held talks": the gathering told of, named to place what followed
        head = self.norm_index(sm.sentence.start), end_of(sm.triggers[-1])
        eves = EVE_OF.finditer(self.nt.text, *head) if self.nt.text.find(EVE_WORD[self.lang == "ar"], *head) >= 0 else ()
        for eve in eves:
            if any(start_of(t) >= eve.end() for t in sm.triggers):
                absorbed.update(id(t) for t in sm.triggers if eve.start() <= start_of(t) < eve.end())
        # "ويأتي المؤتمر بعد ثلاثة أيام من", "The meeting comes days after", "The designations came a day after": the
        # event told of already, named to place another in time
        absorbed.update(id(t) for t in sm.triggers if self.triggers[t.entry].type in ("meeting", "call", "visit", "sanctions")
                        and self._comes_after(t))
        # "في قصر بيان", "قصر المؤتمرات": a palace's name, not a statement or a conference
        absorbed.update(id(t) for t in sm.triggers
                        if PALACE_BEFORE.search(self.nt.text, max(0, start_of(t) - len(t.data.get("prefix", "")) - 6),
                                                start_of(t) - len(t.data.get("prefix", ""))))
        absorbed.update(id(t) for t in sm.triggers if self._no_event_of_its_own(t, sm))
        # "وشارك أردوغان في اللقاء عبر تقنية الاتصال المرئي", "joined the meeting by video link": the meeting joined is the
        # one told of; the call is how one took part
        for t in sm.triggers:
            joined = [o for o in sm.triggers if self.triggers[o.entry].type == "call"
                      and 0 <= start_of(o) - end_of(t) <= JOINED_CALL_REACH]
            if self.triggers[t.entry].type == "meeting" and joined \
                    and JOINED_IN.search(self.nt.text, self.norm_index(sm.sentence.start), start_of(t)):
                absorbed.add(id(t))
                absorbed.difference_update(id(o) for o in joined)
        absorbed.update(id(t) for t in sm.triggers if self._what_a_meeting_was_for(t, sm) or self._talks_talked_about(t, sm)
                        or self._gathering_prepared(t, sm))
        # "Britain blacklisted 100 more tankers on Friday, the largest single round of maritime sanctions it has
        # announced": a noun phrase set beside the event names it again (with the measures it goes on to list), and a verb
        # of saying in it tells of the event
        # ("جمّدت الحكومة اليابانية أصول 11 فرداً، في حزمة عقوبات جديدة", "ضمن إجراءات طالت أيضاً": the package it is part of;
        # "أعاد الاتحاد فرض عقوباته على طهران، بما فيها حظر شراء النفط": what it includes)
        apposition = APPOSITION_BEFORE_AR if self.lang == "ar" else APPOSITION_BEFORE
        for t in [t for t in sm.triggers if id(t) not in absorbed
                  and self.triggers[t.entry].type in APPOSED_TYPES and any(
                self.triggers[o.entry].type == self.triggers[t.entry].type and end_of(o) <= start_of(t)
                and id(o) not in absorbed for o in sm.triggers)
                and apposition.search(self.nt.text, max(self.norm_index(sm.sentence.start), start_of(t) - 60),
                                      start_of(t) - len(t.data.get("prefix", "")))]:
            absorbed.update(id(o) for o in sm.triggers if o is t or self.triggers[o.entry].type in
                            (*SPEECH_TYPES, self.triggers[t.entry].type)
                            and start_of(o) > end_of(t) and not self._segment_between(end_of(t), start_of(o)))
        # "المسؤولين عن تهديد السلام", "individuals who threaten Sudan's peace, security or stability": a danger to
        # peace or security named, not someone threatened
        absorbed.update(id(t) for t in sm.triggers if self.triggers[t.entry].type == "threat"
                        and THREATENED_ORDER.match(self.nt.text, end_of(t)))
        # "التي تصنفها تركيا امتداداً لحزب العمال": a classification is a listing only as terrorist or for sanctions
        absorbed.update(id(t) for t in sm.triggers if t.entry == "sanctions.designate"
                        and not LISTING.search(self.nt.text, max(self.norm_index(sm.sentence.start), start_of(t) - 60),
                                               min(self.norm_index(sm.sentence.end), end_of(t) + 100))
                        and not LISTED_KIND.match(self.nt.text, end_of(t)))
        # "A second round of US-Iranian talks", "جولة ثانية من المحادثات الأمريكية الإيرانية": the talks name the
        # parties; the round is a word of them
        absorbed.update(id(t) for t in sm.triggers for o in sm.triggers
                        if self.triggers[t.entry].type == self.triggers[o.entry].type == "meeting"
                        and A_ROUND.search(self.nt.text, start_of(t), end_of(t)) and start_of(o) > end_of(t)
                        and ROUND_OF.fullmatch(self.nt.text, end_of(t), start_of(o)))
        # "agreed to meet again next Saturday", "اتفقا على عقد جولة ثانية": what is agreed is a meeting to come
        # (with the parties or a frame between, the meeting is to come and the agreement stays: _agreed_beside)
        pairs = [(t, o) for t in sm.triggers if self.triggers[t.entry].type == "agreement"
                 for o in sm.triggers if self.triggers[o.entry].type == "meeting"]
        agreed = {(id(t), id(o)) for t, o in pairs if self._agreed_to(t, o)}
        self._agreed_meetings = {o for _, o in agreed} | {id(o) for t, o in pairs if self._agreed_beside(t, o)}
        absorbed.update(t for t, _ in agreed)
        best: dict[tuple[str, int], Mention] = {}
        for t in sm.triggers:
            if id(t) in absorbed or any(cs <= start_of(t) and end_of(t) <= ce
                                        and not (cs == start_of(t) and ce == end_of(t)
                                                 and (self.triggers[t.entry].type in ("statement", "rejection")
                                                      or t.data.get("found_by") == "gapped_words"))
                                        for cs, ce in negations):
                continue     # "no call took place"; but "denied", "نفى" is itself a statement, "suspended
                # (diplomatic relations)" itself a reprisal, "cancelled (the visas of)" itself a sanction
            trigger = self.triggers[t.entry]
            key = (trigger.type, bisect_left(breaks, start_of(t)))
            if trigger.type == "sanctions" and t.data.get("found_by") == "gapped_words" \
                    and self._measure_listed_before(t, best):
                continue     # "closed their borders with Mali, suspended all transactions ..., froze Malian state
                # assets": one package of measures, told verb by verb
            if t.data.get("found_by") == "another_call":
                key = (trigger.type, -start_of(t))     # "، وآخر صباح اليوم من ...": a call of its own
            current = best.get(key)
            # the strongest word of a type wins, but the first verb of saying names the speaker; a call or meeting
            # already told of ("before and after the call with Putin") gives way to the one this clause reports
            if current is None or (trigger.weight > self.triggers[current.entry].weight
                                   and not self._told_of_before(t) and not self._on_sidelines(t)) \
                    or self._told_of_before(current) or self._on_sidelines(current):
                # ("عقد على هامش القمة لقاءات ثنائية مع": the summit names where the meetings were held)
                best[key] = t
        # "أعربت الوزارة عن إدانة ...، ووصفتها بأنها ...", "said ... and added": one speaker, one statement
        speech = sorted((t for k, t in best.items() if k[0] in SPEECH_TYPES), key=start_of)
        for first, later in zip(speech, speech[1:]):
            if not self._subject_between(end_of(first), start_of(later), sm) \
                    or PRONOUN_SUBJECT.search(self.nt.text, max(0, start_of(later) - 12), start_of(later)):
                del best[next(k for k, t in best.items() if t is later)]
        strong_consult = any(k[0] in ("call", "meeting") and self.triggers[t.entry].weight >= 0.8
                             for k, t in best.items())
        if any(k[0] == "call" for k in best):
            # "discussed the ceasefire in a call": what was discussed is the call's content
            for key in [k for k, t in best.items() if t.entry == "meeting.discuss"]:
                del best[key]
        # "طالب المجلس، الاثنين، بوقف فوري لإطلاق النار": the verb of asking and what it asks are one demand
        demands = [(k, t) for k, t in best.items() if k[0] == "demand"]
        for key, t in demands:
            if self.triggers[t.entry].subtype == "general" and any(
                    self.triggers[o.entry].subtype != "general" and start_of(o) >= end_of(t)
                    and not self._clause_between(end_of(t), start_of(o)) for _, o in demands):
                del best[key]
        if strong_consult:
            # "بحثا خلاله", "agreed during the call": a weak verb describes the call or meeting
            for key in [k for k, t in best.items() if k[0] in ("meeting",)
                        and self.triggers[t.entry].weight <= WEAK]:
                del best[key]
        return sorted((t for t in best.values() if self._has_object_if_weak(t, sm) and not self._purpose(t)
                       and not self._round_of_something_else(t)), key=lambda m: m.start)

    def _what_a_meeting_was_for(self, t: Mention, sm: SentenceMentions) -> bool:
        """"met Finland's president ... in Madrid on Tuesday for talks hosted by Stoltenberg": the talks are the
        meeting told already, not a second one (but "arrived in Cairo for talks": no meeting before them)."""
        return self.lang != "ar" and self.triggers[t.entry].type == "meeting" \
            and FOR_BEFORE.search(self.nt.text, max(0, start_of(t) - 30), start_of(t)) is not None \
            and any(o is not t and o.entry == "meeting.meeting" and end_of(o) <= start_of(t)
                    and not any(self.triggers[v.entry].type == "visit" and end_of(o) <= start_of(v) < start_of(t)
                                for v in sm.triggers)
                    for o in sm.triggers)     # ("conferred with Faisal, then flew to Abu Dhabi for a meeting with")

    def _gathering_prepared(self, t: Mention, sm: SentenceMentions) -> bool:
        """"spoke by phone on Monday to prepare the summit", "للتحضير للقمة": the gathering being readied is the topic
        of the call or meeting before it, not one held then."""
        word_start = start_of(t) - len(t.data.get("prefix", ""))
        return self.triggers[t.entry].type == "meeting" \
            and PREPARING_BEFORE.search(self.nt.text, max(0, word_start - 30), word_start) is not None \
            and any(o is not t and end_of(o) <= start_of(t)
                    and not (self.triggers[o.entry].type == "meeting" and self.triggers[o.entry].subtype == "summit")
                    for o in sm.triggers)     # (after a call or meeting, not after another summit)

    def _talks_talked_about(self, t: Mention, sm: SentenceMentions) -> bool:
        """"spoke by phone with Faisal bin Farhan about the negotiations": the talks a call or meeting was about, not
        talks of their own."""
        word_start = start_of(t) - len(t.data.get("prefix", ""))
        return self.triggers[t.entry].subtype == "talks" \
            and ABOUT_BEFORE.search(self.nt.text, max(0, word_start - 30), word_start) is not None \
            and any(o is not t and self.triggers[o.entry].type in ("call", "meeting") and end_of(o) <= start_of(t)
                    for o in sm.triggers)

    def _round_of_something_else(self, t: Mention) -> bool:
        """"their second round of joint strikes", "الجولة الثانية من الغارات": a round of something other than talks."""
        return self.triggers[t.entry].type == "meeting" and ROUND_OF_OTHER.match(self.nt.text, end_of(t)) is not None \
            and A_ROUND.search(self.nt.text, start_of(t), end_of(t)) is not None

    def _measure_listed_before(self, t: Mention, best: dict) -> bool:
        """A sanction told by a verb earlier in the sentence ("closed ... borders with"), with no clause break between
        it and this verb: the same package."""
        return any(k[0] == "sanctions" and o.data.get("found_by") == "gapped_words" and end_of(o) <= start_of(t)
                   and not self._clause_between(end_of(o), start_of(t)) for k, o in best.items())

    def _comes_after(self, t: Mention) -> bool:
        """The definite event word is the subject of "comes/came (days) after" ("The meeting comes days after
        Washington raised duties", "ويأتي المؤتمر بعد ثلاثة أيام من زيارة")."""
        if self.lang == "ar":
            return t.data.get("prefix", "").endswith("ال") and COMES_BEFORE.search(
                self.nt.text, max(0, start_of(t) - len(t.data["prefix"]) - 8), start_of(t) - len(t.data["prefix"])) is not None \
                and AFTER_AR.match(self.nt.text, end_of(t)) is not None
        return COMES_AFTER.match(self.nt.text, end_of(t)) is not None \
            and THE_BEFORE.search(self.nt.text, max(0, start_of(t) - 5), start_of(t)) is not None

    def _told_of_before(self, t: Mention) -> bool:
        """"after the call with Putin", "عقب الاتصال": a call or meeting named to place another in time."""
        return self.triggers[t.entry].type in ("call", "meeting") \
            and TOLD_OF_BEFORE.search(self.nt.text, max(0, start_of(t) - 40), start_of(t)) is not None

    def _purpose(self, t: Mention) -> bool:
        """"travelled to Washington to discuss", "توجه إلى الرياض لبحث": why someone goes, not talks held."""
        if t.entry != "meeting.discuss":
            return False
        if self.lang == "ar":
            return t.data.get("prefix", "").lstrip("وف").startswith("ل")
        return self.nt.text[max(0, start_of(t) - 3):start_of(t)] == "to " \
            and not PLANNED_TO.search(self.nt.text, max(0, start_of(t) - 24), start_of(t))
