"""The words and patterns the event rules read (normalised text), and the small helpers every rule uses.

Patterns here are function words and phrasings, not entries: entries (people, triggers, cues) are in diplo/lang.
"""
from __future__ import annotations

import re

from diplo.model import Mention
from diplo.sentences import is_abbreviation

# How far (in normalised characters) a modality cue may stand before its trigger.
CUE_REACH = 70
SPEECH_CUE_REACH = 12   # characters: "did not", "لم", "will" right before a verb of saying
# A cue after the trigger still counts for conditions ("sanctions if ...").
CONDITION_REACH = 60
RELATIVISER = re.compile(r"(?:which|where|التي|الذي|اللذين|اللتين)\b")   # not "that": mostly "said that"
# A clause boundary:
#     [.;:؛!?؟]|،\s*(?:و?(?:فيما|بينما|لكن|غير ان))|\b(?:while|whereas|but)\b|(?:^|\s)(?:فيما|بينما|في حين)\s|،\s*حيث\s
# written to open with one character class, the first characters of all its forms, which the regex engine skips to
# without trying the pattern at every position; a lookbehind on that character picks the form (2x faster, same matches).
CLAUSE_BREAK = re.compile(r"[\s.;:؛!?؟،wbفب](?:(?<=\s)(?:فيما|بينما|في حين)\s|(?<=[.;:؛!?؟])"
                          r"|(?<=[wb])(?<!\w\w)(?:(?<=w)(?:hile|hereas)|(?<=b)ut)\b"
                          r"|(?<=،)\s*(?:و?(?:فيما|بينما|لكن|غير ان)"
                          r"|حيث\s)"     # "وصل إلى نيودلهي في زيارة لم يعلن عنها، حيث التقى": a new clause
                          r"|(?<=^ف)(?:يما|ي حين)\s|(?<=^ب)ينما\s)")    # فيما، في حين، بينما opening the text
# "in retaliation for Sunday's US strikes", "رداً على": what is answered is another event in its own segment
#     [,،.;:؛!?؟\"“”«»]|\b(?:in retaliation for|in response to)\b|(?<!\w)(?:ردا|رد) علي(?!\w)
# opening with one character class, as CLAUSE_BREAK does (5x faster, same matches)
SEGMENT_BREAK = re.compile(r"[,،.;:؛!?؟\"“”«»iر](?:(?<=[,،.;:؛!?؟\"“”«»])"
                           r"|(?<!\w\w)(?:(?<=i)n (?:retaliation for|response to)\b|(?<=ر)(?:دا|د) علي(?!\w)))")
# "met Pezeshkian on Wednesday and later held talks with Erdogan", "met Teodoro on Saturday and is due to hold a
# four-way meeting": a second act of the same subject opens a segment of its own, as after a comma (English; the
# break stands at "and")
COORDINATED_ACT = re.compile(r"\band\s+(?:(?:later|then|afterwards|also|subsequently|separately|in the evening|"
                             r"the next day)\s+)?(?=(?:held|met|hosted|received|spoke|talked|telephoned|phoned|"
                             r"attended|imposed|sanctioned)\b|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|"
                             r"slated)\s+to\b|(?:will|would|plans to|intends to)\s+(?:also\s+)?(?:hold|meet|host|visit|"
                             r"travel|attend|speak|call|impose|raise|take|bring|seek|press|push|ask|brief)\b)")
NOT_AN_AGENT = {"مع", "with", "من", "from", "by", "عن"}
COMPLEMENTIZER = re.compile(r"(?:^|\s)(?:ب?[اإ]ن|ب?[اإ]نه|ب?[اإ]نها|ب?[اإ]نهم|that)(?=\s)|[:\"“”«]")
# "مصر إسرائيل" are two; the preposition may be repeated: "من تبون، ومن الملك عبد الله", "with Li Keqiang and with Li Zhanshu"
CONJUNCTION_GAP = re.compile(r"\s*(?:,|،)?\s*(?:and|و)\s*(?:(?:with|from)\s+|(?:من|مع)\s+)?(?:the\s+|his\s+|her\s+|their\s+|[a-z]+['’]s\s+)?|\s*(?:,|،)\s*(?:[a-z]+['’]s\s+)?")
# parties; "Rahmon and the Qatari emir" (after a comma alone "the" opens an apposition: "Abdulsalam, the Houthis'")
# verbs of asking whose object (what is asked) may stand apart from them: طالبت مصر إسرائيل بالانسحاب
ASKING_VERB = re.compile(r"(?<!\w)[وف]?(?:طالب|طالبت|يطالب|تطالب|طالبوا|طالبا|طالبتا|دعا|دعت|يدعو|تدعو|دعوا|دعيا|دعتا|"
                         r"حثا|حثتا|حثوا|ناشدا|ناشدوا|حث|حثت|يحث|تحث|"
                         r"ناشد|ناشدت|يناشد|تناشد)(?!\w)|\b(?:urged|urges|urge|called on|calls on|call on|"
                         r"asked|asks|pressed|presses|demanded|demands)\b")
# dual and plural verbs of asking agree with a subject named before them: "الزعيمان طالبا بوتين بـ"
PLURAL_ASKING = re.compile(r"(?:طالبا|طالبتا|طالبوا|دعيا|دعتا|دعوا|حثا|حثتا|حثوا|ناشدا|ناشدوا)$")
# words that introduce the parties of a meeting in a later segment (normalised text: ة is ه)
PARTICIPATION = re.compile(r"(?<!\w)[وب]?(?:برئاسه|بمشاركه|بحضور|شارك فيها|شارك فيه|ضمت|ضم|جمعت|جمع)(?!\w)|"
                           r"\b(?:chaired by|attended by|hosted by|co-hosted by|with the participation of|"
                           r"bringing together|brought together|separately,? with|then with|as well as with)\b")
COORDINATION = re.compile(r"\b(?:and|but)\b")
WARNING = re.compile(r"[وف]?(?:حذر|حذرت|يحذر|تحذر|محذرا|محذره|حذروا)|warned|warns|warning|warn")
# what a warning says will follow: a future verb, "لن", a condition (normalised text)
FUTURE_CLAUSE = re.compile(r"(?<!\w)(?:س[يتن][^\s]{2,}|لن|اذا|في حال|قد [يت]\S+)(?!\w)|\b(?:will|would|if|unless|could|might|may)\b")
CONDITION = re.compile(r"(?<!\w)(?:اذا|في حال|حال|لو|اي)(?!\w)|\b(?:if|unless|any)\b")
ADDRESS_EN = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}     # "spoke with Mr Putin": the address, not a word between
# words of address before an Arabic name (normalised): "أعلن معالي الشيخ ..."
HONORIFICS = {"السيد", "السيده", "الشيخ", "الشيخه", "معالي", "سمو", "فخامه", "الدكتور", "سعاده", "صاحب", "السمو",
              "الملكي", "الامير", "الاميره", "دوله", "جلاله", "الملك", "حضره"}
WITH_PRONOUN = re.compile(r"\s+(?:معه|معها|معهم|معهما|with (?:him|her|them))(?!\w)")   # "وبحث معه"
WITH_BEFORE = re.compile(r"(?:^|\s)(?:with|مع|ومع)\s+(?:the\s+)?$")
VOW = re.compile(r"\b(?:vowed|vows|vow|threatened|threatens|pledged|promised)\s+to\s+$|(?<!\w)(?:توعد|توعدت|يتوعد|تتوعد|"
                 r"هدد|هددت|يهدد|تهدد)\s+[بل]?$")
CANCELLING = re.compile(r"[وف]?(?:الغي|الغت|الغاء|cancelled|canceled|revoked|rescinded|scrapped)")
FUTURE_IN_CLAUSE = re.compile(r"(?:^|\s)[وف]?س(?:ي|ت|ن)(?:توجه|سافر|زور|صل|شارك|لتقي|عقد|جري|قوم|غادر)\S*")
# what a sanction halts "with" a country, which is its target: "halted all trade with Israel", "sealed all land crossings
# with Cambodia", "suspending cooperation with the United States" (normalised)
TRADE = re.compile(r"trade|تجار|التبادل|تصدير|استيراد|exports|imports|borders?\b|crossings?\b|links\b|cooperation|الحدود|"
                   r"المعابر|التعاون")
# verbs that lift or ease what follows them (normalised): "eased some sanctions", "رفعت الولايات المتحدة العقوبات"
EASING = re.compile(r"(?<!\w)[وفب]?(?:رفع|رفعت|يرفع|ترفع|خفف|خففت|يخفف|تخفف|علقت|يعلق|تعلق|تعليق|خفض|خفضت|يخفض|تخفض|تخفيض|"
                    r"سيخفض|ستخفض)(?!\w)|"
                    r"\b(?:lifted|lifts|lift|lifting|eased|eases|ease|easing|suspended|suspends|waived|waives|relaxed|"
                    r"pause|paused|pauses|pausing|"
                    r"halve|halved|halving|"
                    r"waiver|waivers|exemption|exemptions)\b")
# taking names off a list: "remove Sharaa ... from its sanctions list", "شطب اسمه من قائمة العقوبات"
DELISTING = re.compile(r"(?<!\w)[وف]?(?:رفع|رفعت|يرفع|ترفع|شطب|شطبت|يشطب|تشطب|ازال|ازالت|يزيل|تزيل|ازاله|شطب)(?!\w)"
                       r"[^.،,;؛]{0,100}(?<!\w)من\s+(?:\S+\s+){0,2}$|"
                       r"\b(?:remove|removed|removes|removing|delist|delisted|delists|delisting|took|take|taken)\b"
                       r"[^.;]{0,100}\bfrom\s+(?:\S+\s+){0,6}$")
# "Biden said after talks with Macron": when the speaker spoke, no reported clause (the speaker took part)
FRAME_AFTER_SAYING = re.compile(r"\s+(?:on\s+\w+\s+)?(?:after|following|during|at the end of)\s+(?:(?:his|her|their|the)\s+)?"
                                r"(?:talks|meeting|meetings|call|phone call|a call|a meeting|a phone call)\b")
# a draft turned down before the measure it would have set (normalised)
DRAFT_TURNED_DOWN = re.compile(r"(?:(?<!\w)(?:النقض|الفيتو|رفض|رفضت|اسقط|اسقطت|فشل|فشلت|يعتمد|تعتمد)(?!\w)[^.؛;]{0,60}?"
                               r"(?<!\w)مشروع\s+(?:ال)?قرار|\b(?:vetoed|vetoes|vetoing|rejected|voted down|blocked|"
                               r"failed to (?:adopt|pass))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|proposal)\b)"
                               r"[^.؛;]{0,120}$")
# a future auxiliary (normalised): "visa-free travel ... will be suspended" is a measure to come
FUTURE_AUX = re.compile(r"\b(?:will|would|shall|is to|are to|is set to|are set to|is due to|are due to)\b")
VISA_FREE = re.compile(r"visa-free\b", re.IGNORECASE)     # a freedom whose suspension is a measure imposed
# the sanctions' own passive predicate of easing: "the tariffs ... will be paused", "sanctions were lifted"
EASED_AFTER = re.compile(r"\b(?:will|would|should|must|could|are|were|is|was|have|has|had)(?: also)?(?: been| be)? (?:paused|suspended|lifted|"
                         r"eased|waived|delayed|postponed)\b")
# "وتخضع كوريا الشمالية لعقوبات من مجلس الأمن منذ 2006", "الكيانات الخاضعة للعقوبات" (normalised): a state of being
# under sanctions, no measure taken (the causative "أخضعت" is one)
SUBJECT_TO_AR = re.compile(r"(?<!\w)[وف]?(?:تخضع|يخضع|تخضعان|يخضعان|الخاضعه|الخاضع|الخاضعين|خاضعه|خاضع|خاضعين|خاضعون)"
                           r"(?:\s+\S+){0,3}\s+$")
# "met several Arab leaders, among them Sisi, Abbas and Sudani", "التقى عدداً من القادة العرب، بينهم السيسي وعباس"
# (normalised): the people listed after the group are whom the meeting or call was with, one each
AMONG_THEM = re.compile(r"[,،]\s*(?:(?:among (?:them|whom)|including)\b|(?:و?من\s+)?(?:بينهم|منهم)(?!\w))")
# "هاتف سموه أخاه أمير قطر، وأخاه أمير الكويت": each brother addressed in turn is a call of his own (original or
# normalised text)
BROTHER_TURN = re.compile(r"[،,]\s*و(?:أخاه|أخيه|أخته|أخاها|أخيها|اخاه|اخيه|اخته|اخاها|اخيها)(?!\w)")
# the sanctions' own predicate of staying as they are: "the US sanctions on Damascus will not be lifted", "will remain
# in place", "العقوبات ... لن تُرفع", "ستبقى سارية" (normalised): an easing denied (what remains in place now, "لا تزال
# سارية", is no decision, no event)
KEPT_AFTER = re.compile(r"\b(?:will|would|are|is|to)(?: also)? not be (?:lifted|eased|removed)\b|"
                        r"\b(?:will|would) (?:remain|stay) in (?:place|force|effect)\b|"
                        r"(?<!\w)(?:لن|لا)\s+[تي]رفع(?!\w)|"
                        r"(?<!\w)(?:ستبقي|ستظل|تبقي|تظل|سيبقي|سيظل|ستستمر)\s+(?:ساريه|قائمه|مفروضه|نافذه|مطبقه)(?!\w)")
UNLESS = re.compile(r"(?<!\w)ما لم(?!\w)|\b(?:unless|if)\b")     # "ستبقى سارية ... ما لم يتحقق تقدم": kept on a condition
COMMA = re.compile(r"[,،]")
# "kept its own sanctions on Belarus in place", "would keep its own restrictions on Iran in place"
KEEPING_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained)\s+(?:\S+\s+){0,3}$")
IN_PLACE_AFTER = re.compile(r"[^.;,،؛]{0,60}?\bin place\b")
# verbs that lower tariffs (not sanctions: "cutting Russian banks off SWIFT" imposes them)
TARIFF_CUT = re.compile(r"\b(?:cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|lowering)\b")
TARIFF = re.compile(r"tariff|duties|رسوم|جمركي")
PURPOSE_TO = re.compile(r"\bto(?:\s+\w+)?\s+$")    # "... to press for", "... to demand"
PASSIVE_AUX = re.compile(r"\b(?:was|were|has been|have been|had been|is|are|has|have)\s+(?:also\s+|since\s+|later\s+)?$")
HISTORY_DAYS = 3653   # "خطوط 1967": a date a decade back is history named, not news reported
STATEMENT_DAYS = 31   # a statement dated further back is a date it talks about
CONTEXT_DAYS = 14    # a date further back is history, not the day being reported
# "Xi and Trump last met in person in Busan on October 30", "آخر لقاء بينهما": the previous one, recalled (normalised)
LAST_TIME = re.compile(r"(?<!the )(?<!its )(?<!their )\b(?:last|previously)\s+(?:\w+\s+)?$|(?<!\w)اخر\s+$")
BACKGROUND_DAYS = 60   # an event dated further back by its own date phrase is background ("last met in 2019")
WEAK = 0.6     # trigger weight at or below which a word only stands alone
PROSPECTIVE_BARE = re.compile(r"(?:^|\s)(?<!بعد )(?<!قبل )ان\s+$")
PROSPECTIVE = re.compile(r"(?:^|\s)(?<!بعد )(?<!قبل )ان\s+[يتن]\S*(?:\s+\S+){0,2}\s*$")
# a reported future verb right before the event word: "أنه سيأمر برفع العقوبات" (normalised)
FUTURE_VERB_BEFORE = re.compile(r"(?:^|\s)(?:ان|انه|انها|انهم)\s+[وف]?س[يتن]\S{2,}\s+$")
# a future verb with at most its object before the event word: "ستسلم أوكرانيا منظومة باتريوت", "ستفرض عقوبات"
# (not سياسة، سيطرة، سيارة، السيد، سيناء: words that merely open with سي/ست)
FUTURE_VERB_NEAR = re.compile(r"(?:^|\s)(?P<verb>[وف]?س[يتن](?!ياس|يطر|يار|يد|ينا|تار|يول)\S{2,})(?:\s+\S+)?\s+$")
# verbs of giving whose first object receives: "ستسلم أوكرانيا منظومة", "will give Ukraine a Patriot system"
GIVING_VERB = re.compile(r"(?:(?<!\w)[وف]?س?(?:سلم|سلمت|يسلم|تسلم|زود|زودت|يزود|تزود|منح|منحت|يمنح|تمنح|اعطي|اعطت|"
                         r"يعطي|تعطي)|\b(?:give|gives|gave|giving|send|sends|sent|sending|grant|grants|granted|"
                         r"offer|offers|offered|hand|handed|provide|provides|provided|supply|supplies|supplied))\s+"
                         r"(?:the\s+)?$")
# a reported clause whose subject is the speaker: "that he would", "that it will", أنه، إنها، بأنهم
SELF_REFERENCE = re.compile(r"\s*(?:that (?:he|she|it|they|we)\b|ب?[اإ]نه|ب?[اإ]نها|ب?[اإ]نهم)(?=\s)")
# event words whose subject undergoes the act: "X faces sanctions", "was hit with", "تعرضت لعقوبات"
PATIENT_VOICE = re.compile(r"\b(?:face|faces|facing|faced|hit with|hit by|under)\b|"
                           r"(?<!\w)(?:تواجه|يواجه|تعرضت|تعرض|تخضع|يخضع)(?!\w)")
BARE_SELF_REFERENCE = re.compile(r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:he|she|it|they|we)\b")   # "said on Wednesday he had"
# a headline: names only, then "to" and the event verb ("Biden to meet Zelensky", "EU, UK to impose sanctions")
HEADLINE_TO = re.compile(r"\W*(?:(?:[A-Z][\w.'’-]*|and|,)\s*)+\s+to\s+")
# a headline's subject with its office in lower case and a verb of going or meeting: "Chinese premier to fly on to
# Kuala Lumpur ... for talks with Anwar", "US security adviser to call on Modi": all it tells is to come
HEADLINE_OFFICE_TO = re.compile(r"\W*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|premier|prime|minister|president|chancellor|"
                                r"leader|envoy|adviser|secretary|chief|king|emir|crown|prince|delegation|foreign|defence|"
                                r"defense|security|national|state|top|diplomat|and|,)){0,4}\s+to\s+"
                                r"(?:fly|travel|visit|head|arrive|go|tour|host|meet|hold|call on|attend)\b")
# "كما التقى سموه", "واستقبل معاليه": an honorific with a pronoun is the person last named (normalised)
HONORIFIC_PRONOUN = re.compile(r"(?<!\w)(?:سموه|سموها|معاليه|معاليها|فخامته|جلالته|دولته|سعادته|سيادته)(?!\w)")
# the words of address (normalised), captured: سمو، معالي، فخامة ...
_ADDRESS = r"(سمو|معالي|فخامه|جلاله|دوله|سعاده|سياده)"
# a word of address right after a verb, before a bare title: "أعرب سمو وزير الخارجية", "استقبل فخامة الرئيس"
HONORIFIC_NOUN = re.compile(r"\s*(?:صاحب\s+)?" + _ADDRESS + r"(?!\w)(?:\s+الملكي)?")
ADDRESS_WORD = re.compile(r"(?<!\w)(?:ال)?" + _ADDRESS + r"(?!\w)")   # "صاحب السمو"
HONORIFIC_BEFORE = re.compile(r"(?<!\w)" + _ADDRESS + r"(?:\s+الملكي)?\s+$")   # "سمو وزير الدفاع", "السمو الملكي ولي العهد"
# the words of address each honorific pronoun stands for (by the pronoun's first four letters, normalised)
HONORIFIC_OF = {"سموه": ("سمو",), "معال": ("معالي",), "فخام": ("فخامه",), "جلال": ("جلاله",), "دولت": ("دوله",),
                "سعاد": ("سعاده",), "سياد": ("سياده",)}
# "he called", "he had received", "she was greeted by": the pronoun subject, auxiliaries and all
# "he called", "she then held separate meetings with": the pronoun subject of an event word (English)
# "they will meet again", "they held several hours of talks with": with a modal or a plan, and the measure of the talks
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\s+(?:(?:had|has|have|was|were|is|are|also|then|later|will|would|"
                             r"again|jointly)\s+){0,2}(?:(?:due|expected|set|scheduled|agreed|pledged|plans?|planned)\s+)?"
                             r"(?:to\s+)?(?:(?:held|holds|had|hold)\s+(?:(?:a|an|separate|further|two|three|bilateral|several|"
                             r"hours|an hour|nearly|about|more than|of|lengthy|long|brief|direct)\s+){0,4})?$")
QUOTATION = re.compile(r"“[^”\n]{3,400}”|«[^»\n]{3,400}»|\"[^\"\n]{3,400}\"")
SPEECH_TYPES = ("statement",)
ABSORBED_TYPES = ("agreement", "meeting", "sanctions", "aid")     # what is demanded or rejected
DUAL_PRONOUN = re.compile(r"(?:\s+\S+)?\s+(?:جمعهما|بينهما|جمعتهما|يجمعهما|تجمعهما|جمع بينهما)(?!\w)|"
                          r"\s+between the two\b")
WITHIN = re.compile(r"(?<!\w)(?:خلاله|خلالها|خلالهما|تناول|تناولا|تناولت|تطرق|تطرقا)(?!\w)|"
                    r"\b(?:during which|in which they|where they discussed)\b")
# (or who took part, named after the topic: "مؤتمرا دوليا حول ليبيا بمشاركة قادة روسيا وتركيا", "attended by")
PARTIES_AFTER = re.compile(r"\b(?:between|with|attended by|with the participation of)\b|"
                           r"(?<!\w)(?:بين|مع|بمشاركه|بحضور)(?!\w)")
# what a call or meeting was about, after its parties: "phoned Trump to discuss Ukraine" (Ukraine took no part), and
# what one party told another: "Xi told Trump that Taiwan ..." (normalised)
TOPIC_MARKER = re.compile(r"\b(?:to discuss|about|regarding|on the situation in|to brief \w+ on|to inform \w+ of)\b|"
                          r"\band (?:also )?discussed\b(?!\s+with)|"     # "spoke by telephone and discussed Syria"
                          r"(?<!\w)(?:لبحث|بشان|حول)(?!\w)|"

                          r"\b(?:told|tells|telling|assured|warned)\s+\w+(?:\s+\w+)?\s+that\b")
# a verb of taking part or joining (normalised): "took part", "joined", "participated", "شارك", "انضم"
JOINED_IN = re.compile(r"\b(?:took part|takes part|taking part|joined|joins|participated|participates|dialled in|dialed in)\b|"
                       r"(?<!\w)[وف]?(?:شارك|شاركت|يشارك|تشارك|انضم|انضمت|ينضم|تنضم)(?!\w)")
# what one party briefed the other on (normalised): "أطلعه فيه على فحوى المحادثة مع بوتين", "briefed him on his talks
# with Putin": whoever is named after it, even behind "with", was talked of
BRIEFED_ABOUT = re.compile(r"(?<!\w)[وف]?[لي]?(?:اطلع|اطلاع)(?:ه|ها|هم|هما)(?:\s+(?:فيه|فيها|خلاله|خلالها))?\s+علي(?!\w)|"
                        r"\bbriefed (?:him|her|them) on\b")
# the topic of talks right before an event word: "to discuss humanitarian aid", "لبحث المساعدات" (normalised)
TOPIC_BEFORE = re.compile(r"\bto (?:discuss|address|review|talk about)\s+(?:\S+\s+){0,2}$|"
                          r"(?<!\w)(?:لبحث|لمناقشه|لاستعراض)\s+(?:\S+\s+){0,2}$")
# "spoke by phone with Faisal bin Farhan about the negotiations", "بحث معه حول المفاوضات" (normalised): talks that
# are what a call or meeting was about
ABOUT_BEFORE = re.compile(r"\b(?:about|on|regarding|concerning|over)\s+(?:(?:the|their|those|ongoing|latest|stalled)\s+){0,2}$|"
                          r"(?<!\w)(?:حول|بشان|عن)\s+$")
# "to prepare the summit", "preparations for the meeting", "للتحضير للقمة" (normalised): a gathering readied
PREPARING_BEFORE = re.compile(r"\b(?:to prepare|prepare|preparing|preparations?|prepared)\s+(?:for\s+)?"
                              r"(?:the|their|this)\s+(?:(?:next|coming|upcoming|planned|proposed)\s+)?$|"
                              r"(?<!\w)(?:لل|ل|وال)?(?:تحضير|التحضير|تحضيرا|الاعداد|اعدادا|للاعداد)\s+(?:ل|لل)?$")
TOPIC_WORDS = {"on", "about", "over", "for", "a", "an", "the", "of", "to", "toward", "towards", "بشان", "حول", "علي",
               "عن", "ل", "الي", "من", "اجل"}
ABSORBING_TYPES = ("demand", "rejection")     # "demanded a ceasefire": the ceasefire is what is demanded
# aid paused or cut is no aid given but a sanction on the receiver: "paused some foreign assistance programmes",
# "تعليق كل أنشطتها في مجال المساعدات" (normalised)
AID_HALTED = re.compile(r"(?P<verb>(?<!\w)[وبل]?(?:تعليق|علقت|علق|وقف|اوقفت|اوقف|ايقاف|قطع|قطعت|تجميد|جمدت|جمد|حجب|حجبت|"
                        r"يحجب|تحجب)|\b(?:paused|pause|"
                        r"pausing|suspended|suspend|suspends|halted|halt|halts|cut off|cut|cuts|froze|freeze|frozen|"
                        r"stopped|stop|withheld|withhold|withholding))\s+"
                        # (or a sum of it: "to withhold $130 million of the $300 million in military aid to Egypt")
                        r"(?:(?:\S+\s+){0,5}|(?:\S+\s+){0,3}(?:million|billion|مليون|مليار)\S*\s+(?:\S+\s+){0,5})$")
# the halting word as a noun of what is asked or offered: "a complete halt to foreign military aid"
HALT_AS_NOUN = re.compile(r"\s+(?:to|on|of|in)\b")
AID_HALTED_REACH = 60   # characters from a halting verb to the aid word it governs


def aid_halted(text: str, sentence_start: int, word_start: int) -> tuple[re.Match | None, bool]:
    """The halting word that governs the aid word at `word_start` (normalised offsets), and whether it is a verb
    ("suspended aid to Niger": a sanction) rather than a noun of what is asked ("a halt to aid": no event)."""
    halted = AID_HALTED.search(text, max(sentence_start, word_start - AID_HALTED_REACH), word_start)
    return halted, halted is not None and HALT_AS_NOUN.match(text, halted.end("verb")) is None
# the gathering another event takes place at: "signed ... on the sidelines of the G7 summit", "على هامش قمة"
SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines|margins|margin) of\s+(?:(?:the|a|an|this|last|week's)\s+)*$|"
                       r"(?<!\w)[وف]?عل[يى] (?:هامش|هوامش)\s+(?:ال)?$")
# force in the sentence of a like response ("would respond in kind if military contingents were deployed"): a threat
# of force, not of a measure (normalised)
ARMED_RESPONSE_TO = re.compile(r"\b(?:troops|contingents|missiles?|deploy\w*|bases|warheads)\b|"
                               r"(?<!\w)[وبل]?(?:ال)?(?:قوات|قواعد|صواريخ|نشر)(?!\w)")
# what force answers: a response reserved to these is armed, not a measure (normalised)
ARMED_ATTACK = re.compile(r"\b(?:attacks?|strikes?|aggression|assault|bomb\w*|missiles?|drones?|shelling|raids?|"
                          r"incursion|violation of (?:its|our) (?:sovereignty|airspace))\b|"
                          r"(?<!\w)[وبل]?(?:ال)?(?:اعتداء\w*|عدوان\w*|هجوم\w*|هجمات|ضرب\w*|قصف|غار\w+|صواريخ|مسير\w*)(?!\w)")
# the one visiting, named by that role: "أجرى الملك مباحثات مع ضيفه", "held talks with his guest" (normalised)
GUEST = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:ضيف|ضيوف)(?:ه|ها|هم|هما)?(?!\w)|\b(?:his|her|their|its) guests?\b|"
                   r"\bthe (?:visitor|guest)\b")
# a country's armed forces as a speaker: "Pakistan's military said", "أعلن الجيش الباكستاني"
MILITARY_BODY = re.compile(r"\b(?:military|army|armed forces|defen[cs]e ministry)\b|(?<!\w)(?:الجيش|القوات المسلحه|وزاره الدفاع)(?!\w)")
# who brokers a deal is no party to it: "brokered by the United States and France", "بوساطة مصرية قطرية"
MEDIATED_BY = re.compile(r"\b(?:brokered|mediated|facilitated|sponsored|announced) by\b|\bwith the mediation of\b|"
                         r"(?<!\w)(?:بوساطه|بوساطة|برعايه|برعاية|وساطه)(?!\w)|"
                         r"(?<!\w)(?:الذي|التي) (?:اعلنته|اعلنتها|اعلنه|اعلنها)(?!\w)")    # "الاتفاق، الذي أعلنته قطر"
# "وشدد ميقاتي خلال اللقاء", "said after the meeting": a meeting already reported, named as the frame of another act
FRAME_BEFORE = re.compile(r"(?:(?<!\w)(?:خلال|عقب|بعد|اثناء|في ختام|في اعقاب|قبيل|بعيد)\s+"
                          r"(?:(?:انطلاق|افتتاح|اختتام|ختام|انعقاد|بدء)\s+(?:اعمال\s+)?)?(?:ال|لل)?|"
                          r"\b(?:during|after|following|at the end of|on the sidelines of|ahead of|in the run-up to) "
                          r"the(?:\s+[a-z][\w-]*){0,3}\s+)$")
# a first appearance at a gathering like the one told of (normalised): "في أول مشاركة له في قمة عربية منذ", "his first
# appearance at an Arab summit since"
FIRST_APPEARANCE = re.compile(r"(?:(?<!\w)(?:اول)\s+(?:مشاركه|حضور|ظهور)\s+(?:\S+\s+)?(?:في|ب)\s+|"
                              r"\bfirst\s+(?:appearance|participation|attendance)\s+(?:at|in)\s+(?:an?\s+)?)$")
# a video link named as the way something was held, not a call of its own (normalised)
MANNER = re.compile(r"(?:عبر|بتقنيه|تقنيه|via|by)\b")
# what is stressed as needed is asked for: "أكد أهمية تثبيت وقف إطلاق النار وضمان نفاذ المساعدات", "stressed
# the need for a ceasefire" (normalised)
NECESSITY = re.compile(r"(?<!\w)(?:ضروره|اهميه|الحاجه الي)(?!\w)|\b(?:the need for|the need to|the importance of|"
                       r"the necessity of)\b")
# why an envoy is called home, an English adjective allowed between ("for consultations", "for urgent consultations")
FOR_CONSULTATION_EN = r"for (?:(?:urgent|further|immediate|emergency) )?consultation"
TO_BEFORE = re.compile(r"(?<!\w)الي\s+$")     # "إلى" right before a word: what is asked for (normalised)
# a relative clause opened right before the event word (normalised): "Zelensky, who (also) met", ", which held",
# "بوتين، الذي التقى"
RELATIVE_OPEN = re.compile(r"[,،]\s*(?:who|which|الذي|التي)(?:\s+\S+){0,2}\s+$", re.I)
# a relative aside opened before a word, its comma not yet closed: ", whose governing coalition collapsed" before
# "the same week, discussed ... over the phone" (normalised)
ASIDE_OPEN = re.compile(r"[,،]\s*(?:who|whose|which|الذي|التي)\s[^,،.;:؛]*$", re.I)
# a sanction or meeting said to be needed, a word at most after the need (normalised): "أكد ضرورة رفع العقوبات",
# "ضرورة عقد قمة", "stressed the need to lift sanctions", "the need for a summit" - asked for, not done
# ("the importance of the meeting" is said of one held)
# (or lobbied for: "accused Belgium of lobbying for international sanctions against his country")
NEEDED_BEFORE = re.compile(r"(?:(?<!\w)[بل]?(?:ال)?ضروره|\bthe need (?:to|for)|\b(?:lobby|lobbies|lobbied|lobbying|"
                           r"campaign(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?) for)\s+(?:\S+\s+)?$")
# "met Niinisto and Andersson in Madrid for talks hosted by Stoltenberg": the talks are what the meeting was for
FOR_BEFORE = re.compile(r"\bfor (?:(?:a|an|further|more|fresh|new|closed-door|bilateral|trilateral|direct|[\w]+-way) ){0,2}$")
# "on the eve of the summit", "عشية القمة" before the event word: the day before the gathering told of (normalised;
# group "gathering" is a summit or conference, whose own day is surer than any meeting's)
EVE_WORD = ("eve of", "عشيه")     # (English, Arabic): a cheap test before EVE_OF
EVE_OF = re.compile(r"\bon the eve of (?:the|this|their) (?:[\w-]+ ){0,2}?(?:(?P<gathering>summit|conference)|meeting|talks|"
                    r"negotiations|round)\b|(?<!\w)[وف]?عشيه (?:(?P<gathering_ar>ال(?:قمه|مؤتمر))|ال(?:لقاء|اجتماع|محادثات|"
                    r"مباحثات|مفاوضات|جوله))(?!\w)")
# one meeting after another with the same visitor (original text: ثم is not normalised away)
THEN = re.compile(r"(?<!\w)ثم(?!\w)|\bthen\b")
# "any agreement", "بأي اتفاق": no agreement or meeting in particular, so no event
# a verb of denying (normalised): "نفى", "denied"
DENIAL = re.compile(r"[وف]?(?:نفي|نفت|ينفي|تنفي)|denied|denies", re.I)
ANY_BEFORE = re.compile(r"(?:(?<!\w)[وبل]?اي|\bany)\s+(?:(?:new|future|such|other)\s+)?$")
# ... unless a denied reaching of it: "لم يعلن الرئيسان عن أي اتفاق", "did not reach any agreement", "لا توجد خطط لأي
# لقاءات", "no plans for any meeting" (negated)
# staying away: "غاب عن", "اعتذر عن عدم المشاركة", "لم يحضر", "skipped", "did not attend"
STAYED_AWAY = re.compile(r"غاب|تغيب|يغيب|اعتذر|عدم المشاركة|عدم حضور|عدم الحضور|لم يحضر|لم تحضر|لم يشارك|لم تشارك|skip|"
                         r"stay(?:ed|s)? away|absent|boycott|(?:not|n't|never) attend", re.I)
REACHING = re.compile(r"علن|توصل|وقع|يتم|تتم|ابرام|خطط|خطه|reach|announc|sign|agree|strike|struck|plans?\b")
# a temporal clause has its own modality: "strikes were called off after Netanyahu spoke with Trump"
TEMPORAL_CLAUSE = re.compile(r"\b(?:after|before|when|once|since)\b|(?<!\w)(?:بعد ان|بعدما|قبل ان|عندما|حين|حينما|عقب)(?!\w)")
# a use of force named as what is to stop ("to stop bombing civilians", "وقف قصف المدنيين"): no attack reported
HALTING = re.compile(r"(?:(?<!\w)[وبل]?(?:وقف|ايقاف|انهاء)|(?<!\w)الكف عن|\b(?:stop|stops|stopped|stopping|halt|halts|"
                     r"halted|halting|end|ending|cease|ceasing|an end to)\b)\s+"
                     r"(?:(?:the|its|their|all|further|جميع|كل|كافه)\s+)*(?:ال)?$")
# agreeing to what follows: "وافقتا على وقف جميع العمليات العسكرية", "agreed to halt all military operations"
AGREEING_TO = re.compile(r"(?:(?<!\w)[وف]?(?:وافق|وافقت|وافقا|وافقتا|وافقوا|اتفق|اتفقت|اتفقا|اتفقتا|اتفقوا)\s+علي|"
                         r"\bagreed to|\bagree to|\bagreed on)\s+$")


def divides(text: str, at: int) -> bool:
    """Punctuation that divides: not the dots of "U.S." and "Gen.", nor those in "1.6" and "1,000"."""
    if text[at] not in ".,":
        return True
    if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        return False
    return text[at] == "," or not is_abbreviation(text, at)


def start_of(m: Mention) -> int:
    """Where a mention starts in the normalised text."""
    return m.data["norm_start"]


def end_of(m: Mention) -> int:
    """Where a mention ends in the normalised text."""
    return m.data["norm_end"]
# the agent of a passive of receiving, a few words on: "was received (at the airport) by the emir"
RECEIVED_BY = re.compile(r"(?:\s+\S+){0,4}?\s+by\s", re.I)
# "was (received)", "were (greeted)", "were later (welcomed)"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:(?:later|then|also|first|warmly|[a-z]+ly)\s+)?$", re.I)

# an envoy declared unwelcome: the words of the declaration (original text of the event word)
UNDESIRABLE_WORDS = re.compile(r"غير مرغوب|persona non grata", re.I)
