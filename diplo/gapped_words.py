"""Event words with other words between their parts, found after the dictionary scan.

The dictionary lists an act as one phrase (verb + object: "استدعت سفيرها", "expelled the ambassador", "had a call
with"); news puts the subject, a day, a nationality or a manner between the parts. A verb and its object a few words
later are one event word, placed on the verb, like any dictionary hit:
- envoys summoned, expelled or called home: "استدعت وزارة الخارجية الجزائرية أمس السفير الفرنسي", "summoned the
  French ambassador", "expelled Iran's ambassador";
- relations broken or suspended: "breaking all diplomatic relations", "قطعت الدولتان علاقاتهما";
- agreements or treaties ended: "ending its defence cooperation agreement", "التعليق الفوري لمعاهدة الصداقة";
- calls: 'had "a good conversation" with', "تلقى جيلاني، الذي كان في زيارة إلى أوغندا، اتصالاً هاتفياً من".
"""
from __future__ import annotations

import re
from dataclasses import replace

from diplo.arabic import NormText
from diplo.event_words import FOR_CONSULTATION_EN, TO_BEFORE
from diplo.model import Mention

# (normalised text) verb, at most GAP_WORDS words without punctuation, then the object. A verb is (Arabic, English):
# each its forms, whole words (Arabic ones with و or ف attached or not), or a pattern
_GAP = r"(?:\s+[^\s.,،؛;:!?؟]+){0,%d}?\s+"
GAP_WORDS = 6
_SUMMON = (("استدعت", "استدعي", "استدعاء", "تستدعي", "يستدعي"), ("summoned", "summons", "summoning"))
_EXPEL = (("طردت", "طرد", "تطرد", "يطرد", "ابعدت", "ابعاد", "تبعد"),
          ("expel", "expelled", "expels", "expelling", "expulsion of", "expulsions of", "threw out", "thrown out",
           "throws out", "throwing out", "kicked out"))
# another country's envoy, and one's own ("سفيرها": called home, a reprisal against the host)
# (a woman envoy: "السفيرة", "القائمة بالأعمال"; "سفيرة" without the article reads as "his ambassador" once normalised)
_ENVOYS = (r"(?:ال)?(?:سفير|سفراء|القائم بالاعمال|قائم بالاعمال|دبلوماسيين|الدبلوماسيين|دبلوماسيا|دبلوماسي|ملحق|ملحقا|"
           r"قنصل|قنصلا|القنصل|القنصل العام|"
           r"(?:ال)?(?:مستشارين|ملحقين) (?:ال)?عسكريين|(?:ال)?مفوض (?:ال)?سامي)(?!\w)|"
           r"ال(?:سفيره|قائمه بالاعمال)(?!\w)",
           r"(?:ambassador|ambassadors|envoy|envoys|charg[eé] d'affaires|diplomats?|high commissioner|consuls?(?: general)?|"
           r"diplomatic (?:staff|personnel|representatives)|(?:defen[cs]e |military )?attach[eé]s?|"
           r"(?:defen[cs]e|military|naval|air) advis[eo]rs)\b",
           ("سفير", "سفراء", "قائم بالاعمال", "قائمه بالاعمال", "دبلوماسي", "ملحق", "مستشار", "مفوض", "قنصل", "ambassador", "envoy",
            "charg", "diplomat", "high commissioner", "attach", "advisers", "advisors", "consul"))
_OWN_ENVOYS = (r"(?:سفيره|سفيرها|سفيرته|سفيرتها|سفيريها|سفيريه|سفراءها|سفرائها|سفراءه|سفرائه|دبلوماسييها|دبلوماسييه|"
               r"سفيريهما|سفراءهما|سفرائهما|مفوضها السامي|مفوضه السامي|طواقمها الدبلوماسيه|طاقمها الدبلوماسي|"
               r"بعثاتها الدبلوماسيه|(?:سفير|سفيري|سفراء|سفيره) (?:بلاده|بلادها)|"
               r"(?:ال)?قائم باعمال(?:ها|ه|سفارتها|سفارته|\s+سفارتها|\s+سفارته))(?!\w)",
               r"(?:its|their|his|her) (?:(?:own|remaining|top|senior|entire|last)\s+)?(?:ambassadors?|envoys?|diplomats|"
               r"diplomatic (?:staff|personnel)|high commissioners?|charg[eé] d'affaires)\b|"
               r"(?:its|their|the)\s+(?:entire\s+|whole\s+)?(?:embassy|diplomatic)\s+staff\b",
               ("سفير", "سفراء", "سفرائ", "دبلوماسي", "قائم باعمال", "مفوض", "طاقم", "طواقم", "بعثات", "staff", "ambassador", "envoy", "diplomat", "high commissioner",
                "charg"))
# a count of people or things (normalised English): "60", "twelve", "dozens of"
_COUNT = r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)\s+"
# ... or counted by their nationality: "expelled 60 Russians it described as intelligence officers"
_COUNTED_NATIONALS = (None, _COUNT + r"(?:more\s+|other\s+|further\s+)?[a-z]+(?:ians|ans|ese|is)\b",
                      ("ians", "ans", "ese", "is"))
# ... expelled, with others of a state's staff: "expelled fifteen Russian embassy staff", "expelled four Russian
# military intelligence officers", "طرد 21 موظفا في السفارة الروسية"; a woman envoy named by her state too ("طرد
# سفيرة الاتحاد الأوروبي")
_EXPELLED = (_ENVOYS[0] + r"|سفيره(?=\s+\S)|(?:ال)?موظف\S*\s+(?:في\s+)?(?:ال)?(?:سفاره|بعثه|قنصليه|سفارات|بعثات)(?!\w)",
             _ENVOYS[1][:-3] + r"|(?:embassy |consular |mission )?(?:staff|staffers|employees|personnel)|"
                               r"(?:[\w-]+\s+){0,2}officers?)\b",
             _ENVOYS[2] + ("staff", "employees", "personnel", "officer", "موظف"))
_WITHDRAW = (("سحبت", "سحب", "تسحب", "يسحب"),
             ("withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "recall", "recalled", "recalls", "recalling"))
# envoys told to go: "told four Russian diplomats on Monday to leave within days", "ordered 12 French embassy staff
# out", "أمهلت الدبلوماسيين البلجيكيين 48 ساعة لمغادرة أراضيها"
_ORDER_OUT = (("امهلت", "امهل", "تمهل", "يمهل", "امهال"),
              ("told", "tells", "telling", "ordered", "orders", "ordering", "gave", "gives", "giving", "asked", "asks",
               "asking"))
_ENVOYS_SENT_OUT = (_ENVOYS[0], r"(?:embassy |consular )?(?:ambassador|envoys?|charg[eé] d'affaires|diplomats|staff|"
                                r"consuls?(?: general)?|diplomatic (?:staff|personnel)|"
                                r"(?:embassy|consular|diplomatic) (?:officials|employees|officers))\b"
                                r"(?=(?:,[^,.;]{1,80},)?,?(?:\s+[^\s.;]+){0,6}?\s+(?:to leave|out|to go home|to return home|"
                                r"to go back|to return)\b)",
                    ("سفير", "سفراء", "قائم بالاعمال", "دبلوماسي", "ambassador", "envoy", "charg", "diplomat", "staff",
                     "consul", "officials", "employees", "officers"))
# ... or ordered to leave: "أمرت الولايات المتحدة أمس الثلاثاء 15 دبلوماسيا كوبيا بمغادرة أراضيها"
_ORDER_AR = (("امرت", "امر", "تامر", "يامر", "امرا"), None)
_ENVOYS_ORDERED_OUT = (r"(?:" + _ENVOYS[0] + r")(?=(?:\s+[^\s.,،؛:!?؟]+){0,5}?\s+[بل]?(?:ال)?مغادره(?!\w))", None,
                       ("سفير", "سفراء", "قائم بالاعمال", "دبلوماسي", "مفوض"))
# ... or asked to leave: "طلبت الحكومة العراقية من سفيرة مملكة السويد لدى بغداد مغادرة الأراضي العراقية", "طلبت
# إيرلندا من أربعة من كبار الدبلوماسيين الروس مغادرة أراضيها"
_ASK_FROM_AR = (("طلبت", "طلب", "تطلب", "يطلب"), None)
_ENVOYS_ASKED_OUT = (r"من\s+(?:[^\s.,،؛:!?؟]+\s+من\s+(?:كبار\s+)?)?(?:(?:ال)?سفيره(?!\w)|" + _ENVOYS[0] + r")(?=(?:\s+[^\s.,،؛:!?؟]+){0,8}?\s+[بل]?(?:ال)?مغادره(?!\w))", None,
                     ("سفير", "سفراء", "قائم بالاعمال", "دبلوماسي", "مفوض"))
# a declaration against envoys: "declared 40 staff of the Russian embassy undesirable"
_DECLARE = (None, ("declared", "declares", "declaring"))
_UNDESIRABLE = (None, r"(?:persona non grata|undesirable)\b", ("persona non grata", "undesirable"))
# a member suspended from a body, named between verb and body: "suspended Gabon from the Economic Community of Central
# African States" (not "remains suspended from ECOWAS bodies"); in Arabic ("تعليق عضوية السودان") left out: the
# suspension is told mostly as a state kept ("وأن تعليق عضوية النيجر ... سيبقى قائماً"), and scored worse with it
_SUSPEND_MEMBER = (None, ("suspended", "suspends", "suspending", "suspend"))
_FROM_THE_BODY = (None,
                  r"from\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:bloc|organi[sz]ation|union|community|league|commonwealth|"
                  r"ecowas|igad|sadc|eccas|asean|au|council)\b|from\s+(?:all\s+)?(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?activities\b",
                  ("from",))
# relations broken, suspended, frozen or downgraded (not trade ties: a sanction)
_BREAK = (("قطع", "قطعت", "تقطع", "يقطع", "علقت", "علق", "تعليق", "جمدت", "جمد", "تجميد", "خفضت", "خفض", "تخفيض",
           "يخفض", "تخفض"),
          r"\b(?:br(?:oke|eaks?|eaking)(?: off)?|sever(?:s|ed|ing)?|cut(?:s|ting)?|suspend(?:s|ed|ing)?|suspension of|"
          r"fr(?:oze|eezes?|eezing)|downgrad(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing))\b")
# (or high-level contacts: "تعليق جميع الاتصالات الثنائية رفيعة المستوى مع موسكو", "suspended all high-level contacts")
_RELATIONS = (r"(?:ال)?علاقات(?:ها|ه|هما)?(?!\w)(?!\s+(?:التجاريه|الاقتصاديه|العسكريه|الامنيه|التجاري))|"
              r"(?:ال)?(?:تعاون|تعامل)(?:ها|ه)?\s+مع(?!\w)|(?:جميع\s+)?خطوط\s+(?:ال)?اتصال(?!\w)|"
              r"(?:ال)?اتصالات\s+(?:ال)?(?:ثنائيه|رفيعه|الدبلوماسيه|الرسميه)(?!\w)|"
              r"(?:مستوي\s+)?(?:ال)?تمثيل(?:ها|ه)?\s+(?:ال)?دبلوماسي(?!\w)",
              r"(?:diplomatic )?(?:relations|ties)\b|cooperation with\b|(?:(?:high-level|bilateral|official|diplomatic|political|military)"
              r"\s+(?:and\s+)?)+contacts?\b",
              ("علاقات", "اتصالات", "تمثيل", "تعاون", "تعامل", "اتصال", "relations", "ties", "contact", "cooperation"))
# envoys or staff cut in number: "تخفيض عدد الدبلوماسيين العاملين في سفارة", "cut the number of North Korean diplomats"
_CUT = (("خفض", "خفضت", "تخفيض", "يخفض", "تخفض", "قلص", "قلصت", "تقليص", "يقلص", "تقلص"),
        r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|cap(?:s|ped|ping)?)\b")
_STAFF_NUMBER = (r"عدد\s+(?:ال)?(?:دبلوماسيين|موظفي|الموظفين|العاملين|اعضاء البعثه|افراد البعثه)(?!\w)",
                 r"(?:the\s+)?(?:number|size)\s+of\s+(?:[\w-]+\s+){0,2}?(?:diplomats|diplomatic staff|embassy staff|"
                 r"diplomatic personnel)\b", ("عدد", "number", "size"))
# an envoy stripped of accreditation: "سحب اعتماد السفير الإيراني", "withdrawing the accreditation of seven staff"
_STRIP = (("سحب", "سحبت", "تسحب", "يسحب", "الغاء", "الغت", "الغي"),
          r"\b(?:withdr(?:ew|aw|aws|awing|awn)|revok(?:e|es|ed|ing)|strip(?:s|ped|ping)?|cancell?(?:ed|ing|s)?)\b")
_ACCREDITATION = (r"(?:ال)?اعتماد(?!\w)", r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?accreditations?\b",
                  ("اعتماد", "accreditation"))
# one's own envoy called or ordered home: "Denmark has called its ambassador in Tehran home for consultations"
_CALL_HOME = (None, ("called", "calls", "calling", "call", "ordered", "orders", "ordering", "order", "brought", "brings",
                      "bringing", "bring"))
_OWN_ENVOY_HOME = (None, r"(?:its|their)\s+(?:own\s+)?(?:ambassadors?|envoys?|charg[eé] d'affaires|diplomats)"
                         r"(?:\s+(?:in|to|from)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:home|back)\b",
                   ("ambassador", "envoy", "charg", "diplomats"))
# an envoy called home, the envoy the subject or the object: "Meyer was recalled to Brazil for consultations", "responded by
# recalling Meyer for consultations"
_RECALLED = (None, ("recalled", "recalling", "recalls", "recall"))
_FOR_CONSULTATIONS_EN = (None, r"for consultations\b", ("consultations",))
# another state's step followed, its own name between: "وحذت البحرين حذو الرياض" (normalised)
_FOLLOWED = (("حذت", "حذا", "حذتا", "حذوا", "تحذو", "يحذو"), None)
_IN_THE_STEPS = (r"حذو(?:ها|ه|هما|هم)?(?!\w)", None, ("حذو",))
# flights of a state halted (an airline's own step is no sanction: see _CARRIER): "أوقفت يوم الأحد الماضي جميع الرحلات"
_FLIGHTS_AR = (r"(?:(?:جميع|كافه)\s+)?(?:ال)?رحلات(?:\s+(?:ال)?جويه)?(?!\w)", None, ("رحلات",))
# licences to export arms halted: "علّقت الحكومة البريطانية ثلاثين ترخيصاً ... لتصدير الأسلحة", "suspended 30 arms export
# licences"
_ARMS_LICENCES = (r"(?:ال)?(?:تراخيص|ترخيصا|رخص)(?:\s+\S+){0,6}?\s+(?:ل)?(?:تصدير|بيع)\s+(?:ال)?(?:اسلحه|سلاح|معدات "
                  r"(?:ال)?عسكريه)(?!\w)",
                  r"(?:arms|weapons|military) export licen[cs]es\b|export licen[cs]es for (?:arms|weapons)\b",
                  ("تراخيص", "ترخيص", "رخص", "licen"))
# a licence or permit withdrawn: "suspended the operating permit of Belavia", "withdrew the licence of CGTN", "revoked the
# security clearance of", "علّقت هيئة الإعلام ترخيص شركة «إريكسون» السويدية", "إلغاء ترخيص مكتب قناة الجزيرة"
_WITHDRAW_LICENCE = (("علقت", "علق", "تعليق", "سحبت", "سحب", "تسحب", "يسحب", "الغت", "الغي", "الغاء", "تلغي", "يلغي"),
                     r"\b(?:suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|withdr(?:ew|aw|aws|awing|awn)|cancell?(?:ed|ing)?|"
                     r"pull(?:s|ed|ing)?)\b")
_LICENCE = (r"(?:ال)?(?:ترخيص|تراخيص|رخصه|رخص|تصريح عمل|تصاريح عمل)(?!\w)(?!\s+(?:ال)?(?:تصدير|بيع|اسلحه))",
            r"(?:(?:operating|broadcasting|landing|flight|business|banking|trading|media|press)\s+)?"
            r"(?:licen[cs]es?|security clearance|broadcasting rights)\s+(?:of|for)\b|"
            r"(?:operating|broadcasting|landing|flight|business|banking|trading|media|press)\s+permits?\s+(?:of|for)\b",
            ("ترخيص", "تراخيص", "رخص", "تصريح", "تصاريح", "licen", "permit", "clearance", "broadcasting rights"))
# foreign apps banned: "banned 59 Chinese mobile applications", "حظرت الحكومة الهندية 59 تطبيقا صينيا"
_APPS = (r"(?:[0-9]+\s+)?(?:ال)?تطبيق(?:ا|ات)?(?!\w)", r"(?:[0-9]+\s+)?(?:[\w-]+\s+){0,2}?(?:apps|applications)\b",
         ("تطبيق", "apps", "applications"))
# the skies shut to another state's planes: "shut its skies to all Russian-owned aircraft", "closed its airspace to",
# "أغلقت مجالها الجوي أمام الطائرات الروسية" (not yet the noun-first passive "الأجواء التركية ستُغلق أمام")
_SHUT_SKIES = (("اغلقت", "اغلق", "تغلق", "يغلق", "اغلاق", "الاغلاق", "ستغلق", "سيغلق"),
               r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)\b")
_SKIES_TO = (r"(?:(?:ال)?(?:فوري|تام|كامل)\s+)?(?:لل|ال)?(?:مجال|اجواء|اجواءها|اجواءه|مجالها|مجاله)(?:\s+(?:ال)?جوي)?(?:\s+\S+){0,2}?"
             r"\s+امام(?!\w)",
             r"(?:its|their|the)\s+(?:skies|airspace)\s+to\b", ("مجال", "اجواء", "skies", "airspace"))
# visas cut for another state's citizens: "cut the number of visas it grants to Algerians by half", "تقليص التأشيرات
# الممنوحة لمواطني الجزائر"
_VISAS_CUT = (r"(?:عدد\s+)?(?:ال)?تاشيرات(?!\w)", r"(?:the\s+)?(?:number\s+of\s+)?visas\b", ("تاشيرات", "visas"))
# a foreign broadcaster taken off the air: "suspended the broadcasts of French television channel France 24", "علّقت
# السلطات بث قناة فرانس 24"
_BROADCASTS = (r"(?:ال)?بث(?!\w)", r"(?:the\s+)?(?:broadcasts?|transmissions?|programmes|programs)\s+of\b",
               ("بث", "broadcast", "transmission", "program"))
# an embassy reopened: an easing ("إعادة دولة الإمارات العربية المتحدة افتتاح سفارتها في دمشق", "reopened its embassy")
_REOPEN = (("اعاده", "اعادت", "اعاد", "تعيد", "يعيد"), r"\b(?:re-?open(?:s|ed|ing)?|reopening of)\b")
_EMBASSY_OPEN = (r"(?:فتح|افتتاح)\s+(?:ال)?(?:سفاره|سفارت\S*|قنصلي\S*|سفارات)(?!\w)",
                 r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:embassy|embassies|consulate)\b", ("فتح", "افتتاح", "embass", "consulate"))
# a rate of duties: "announcing duties of 15 percent on US coal"
_DUTIES_EN = (None, r"\b(?:duties|levies)\b")
_RATE = (None, r"of\s+(?:up to\s+|as much as\s+)?[0-9][0-9.]*\s*(?:%|percent|per cent)", ("%", "percent", "per cent"))
# entry halted: "suspended the entry of certain Chinese graduate students"
_ENTRY_OF = (None, r"(?:the\s+)?entry of\b", ("entry",))
# an agreement ended, suspended, left or annulled
_END = (("علقت", "علق", "تعليق", "التعليق", "انهت", "انهي", "انهاء", "الغت", "الغي", "الغاء", "انسحبت", "انسحب", "الانسحاب"),
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|"
        r"revok(?:e|es|ed|ing)|annul(?:s|led|ling)?|withdr(?:ew|aw|aws|awing) from|pull(?:s|ed|ing)? out of|"
        r"t(?:ore|ear|earing) up|quit(?:s|ting)?|exit(?:s|ed|ing)?)\b")
_AGREEMENTS = (r"(?:ل|ب|من )?(?:ال)?(?:معاهده|اتفاقيه|اتفاق)(?!\w)", r"(?:agreement|accord|treaty|pact|deal)s?\b",
               ("معاهده", "اتفاق", "agreement", "accord", "treaty", "pact", "deal"))
# words that show the verb is about something else: "ending the war through a deal", "إنهاء الحرب عبر اتفاق"
_OFF_TOPIC = (r"الحرب|القتال|النزاع|الصراع|الازمه|عبر|خلال|بدون|دون|المفاوضات|المحادثات",
              r"war|fighting|conflict|crisis|through|by|via|with|without|no|talks|negotiations")
# ties of trade or defence cut are a sanction or a step of their own, not diplomatic relations broken
_OFF_RELATIONS = (_OFF_TOPIC[0] + r"|التجاريه|الاقتصاديه|التصعيد|التوتر|التوترات|حده", _OFF_TOPIC[1] + r"|trade|economic|commercial|business|military|security|defence|defense")
# a call told as had with its manner between: 'had "a good conversation" with Trump', "held a long phone call with"
_HAD = (None, r"\b(?:had|has|have|held|holds)\b")
_CONVERSATION = (None, r"(?:phone |telephone )?(?:conversation|call)[\"”»]?\s+with\b",
                 ("conversation", "call"))
# ... or a quoted manner with commas in it: 'had "a very warm, frank and detailed conversation" with'
_QUOTED_CONVERSATION = (None, r"[\"“][^\"”.;]{0,60}?\b(?:conversation|call)[\"”]\s+with\b",
                        ("conversation", "call"))
# a call received or made with the receiver and a clause about them between: "تلقى جيلاني، الذي كان في زيارة إلى
# أوغندا، اتصالاً هاتفياً من" (the verb is the event word; commas may stand between, no full stop)
_RECEIVED = (r"(?<!\w)[وف]?(?:تلقي|تلقت|يتلقي|تتلقي|يتلق|تتلق|تلقيا|اجري|اجرت|يجري|تجري|اجريا)(?!\w)", None)
_A_CALL = (r"(?:اتصالا|اتصال|مكالمه)(?:\s+هاتفيا|\s+هاتفي)?(?!\w)", None,
           ("اتصال", "مكالمه"))
# sanctions with the subject between verb and object: "جمدت بريطانيا أمس أصول", "حظرت الحكومة الأمريكية تصدير الرقائق"
# (in English the past only: "freezing any assets he holds", "The action freezes any assets" restate a designation)
_FREEZE = (("جمدت", "جمد", "تجمد", "يجمد"), ("froze",))
_ASSETS = (r"(?:ال)?(?:اصول|ارصده|اموال)(?!\w)", r"assets\b",
           ("اصول", "ارصده", "اموال", "assets"))
# borders closed to a country as a measure: "closed their members' land and air borders with Mali"
_CLOSE = (None, ("closed", "closes", "shut", "shuts", "sealed", "seals"))
_BORDERS_WITH = (None, r"(?:(?:land|sea|air|border),?\s+(?:and\s+)?)*(?:borders?|crossings?|links)\s+with\b",
                 ("border", "crossing", "links"))
_BAN = (("حظرت", "تحظر", "يحظر", "منعت", "تمنع", "يمنع"), None)
# entry barred: "حظرت إسرائيل أمس الأربعاء دخول الأمين العام"
_ENTRY = (r"(?:ال)?دخول(?!\w)", None, ("دخول",))
# flying, entry or travel barred, the barred between (the masculine verb or the verbal noun too): "حظر الاتحاد
# الأوروبي على شركات الطيران البيلاروسية التحليق في أجوائه", "أعلن كاتس منع الأمين العام ... من دخول إسرائيل"
_BAR_AR = (("حظر", "منع", "حظرت", "منعت", "تحظر", "يحظر", "تمنع", "يمنع"), None)
_FLYING_AR = (r"(?:من\s+)?(?:ال)?(?:تحليق|دخول|سفر|هبوط|رسو)(?!\w)", None, ("تحليق", "دخول", "سفر", "هبوط", "رسو"))
_BAR_AS_A_NOUN = re.compile(r"(?<!\w)(?:[وف]?(?:تشمل|يشمل|شملت|شمل|تتضمن|يتضمن|تضمنت|تضمن)(?:\s+\S+){0,2}|ان|بان)\s+$")
# sanctions renewed or extended: "ومدّد القرار كذلك نظام العقوبات المفروض"
_EXTEND_AR = (("مدد", "مددت", "يمدد", "تمدد", "تمديد", "بتمديد"), None)
# entry barred in English, those barred between: "barred Ivanishvili and a dozen other Georgian officials from
# entering their territory", "banned 63 Japanese citizens from entering Russia"
_BAR_EN = (None, r"\b(?:barr(?:ed|ing|s)?|bann(?:ed|ing)|bans?|prohibit(?:s|ed|ing)?|forb(?:ade|ids?|idden))\b")
_FROM_ENTERING = (None, r"from (?:entering|entry|travell?ing to|setting foot in|(?:[\w-]+\s+){0,2}airspace|broadcasting|"
                        r"operating|docking|calling at|bidding (?:for|on)|(?:taking part|participating) in (?:public |"
                        r"government )?tenders)\b",
                  ("entering", "entry", "travel", "setting", "airspace", "broadcasting", "operating", "docking", "calling",
                   "bidding", "tenders"))
# measures laid on those named between: "subjected 13 Belarusian judges and prison officials to an asset freeze and a
# travel ban"
_SUBJECTED_EN = (None, ("subjected", "subjects", "subjecting"))
_TO_MEASURES_EN = (None, r"to (?:an?\s+|the\s+|further\s+|new\s+)?(?:asset freezes?|travel bans?|sanctions|restrictive "
                         r"measures|financial sanctions|visa bans?|entry bans?)\b",
                   ("asset", "travel", "sanctions", "restrictive", "visa", "entry"))
# a retreat or a round of dialogue held, the parties between: "عقد الرئيس السيسي وأخوه جلالة الملك عبدالله الثاني خلوة"
_HOLD = (("عقد", "عقدت", "عقدا", "يعقد", "تعقد", "يعقدان", "اجري", "اجرت", "اجريا"), None)
_RETREAT = (r"(?:خلوه|جوله (?:حوار|مشاورات)|جلسه (?:حوار|مشاورات))(?!\w)", None, ("خلوه", "جوله", "جلسه"))
# time spent together is a meeting: "spent two hours with the self-declared army chief", "spent more than an hour with"
_SPENT = (None, r"\bsp(?:ent|end|ends|ending)\b")
_HOURS_WITH = (None, r"(?:(?:(?:about|around|nearly|almost|more than|over|some|another)\s+)?(?:an?|one|two|three|four|five|"
                     r"six|several|[0-9]+)\s+(?:hours?|minutes)|(?:the|his|her|their)\s+(?:first\s+|last\s+)?"
                     r"(?:evening|morning|afternoon|day))"
                     r"(?:\s+(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
                     r"\s+(?:alone\s+|privately\s+|together\s+)?with\b",
               ("hour", "minutes", "evening", "morning", "afternoon", "day"))
# another state's mission closed: "ordered the closure of Russia's consulate general in Krakow", "shutting Poland's
# consulate", "إغلاق السفارة الإيرانية" (not one's own: "closed its embassy in Caracas", "أغلقت سفارتها في دمشق")
_CLOSE_MISSION = (("اغلقت", "اغلق", "تغلق", "يغلق", "اغلاق", "غلق", "اقفال"),
                  r"\b(?:clos(?:e|es|ed|ing)|closure of|shut(?:s|ting)?(?: down)?|seal(?:s|ed|ing)? off)\b")
_MISSION = (r"(?:ال)?(?:سفاره|قنصليه|قنصليات|سفارات|بعثه|ممثليه)(?!\w)",
            r"(?:consulates?(?: general)?|embassy|embassies|diplomatic missions?)\b",
            ("سفاره", "قنصلي", "سفارات", "بعثه", "ممثليه", "consulate", "embass", "mission"))
_OFF_MISSION = (_OFF_TOPIC[0] + r"|سفارتها|سفارته", _OFF_TOPIC[1] + r"|its|their|our|his|her|own|temporarily|security")
# visa-free travel ended for a country's citizens: "suspended visa-free travel for Turkish citizens", "Visa-free travel
# for Turkish citizens will be suspended from January 1", "ألغت الإعفاء من التأشيرة"
_END_VISA_FREE = (("علقت", "علق", "تعليق", "الغت", "الغي", "الغاء", "اوقفت", "اوقف", "وقف"),
                  r"\b(?:suspend(?:s|ed|ing)?|scrap(?:s|ped|ping)?|cancell?(?:s|ed|ing)?|revok(?:e|es|ed|ing)|"
                  r"end(?:s|ed|ing)?|halt(?:s|ed|ing)?)\b")
_VISA_FREE = (r"(?:نظام\s+)?(?:ال)?اعفاء\s+(?:\S+\s+)?من\s+(?:ال)?تاشير(?:ه|ات)(?!\w)",
              r"(?:the\s+)?visa-free (?:travel|regime|entry|access|arrangements?|status|trips|visits)\b", ("تاشير", "visa-free"))
_VISA_FREE_TOLD = (None, r"\bvisa-free (?:travel|regime|entry|access|arrangements?)\b")
_SUSPENDED_AFTER = (None, r"(?:(?:will|would|is to|are to|has|have|had|was|were|is|are)\s+)(?:be(?:en)?\s+)?"
                          r"(?:suspended|scrapped|cancell?ed|revoked|ended|halted)\b",
                    ("suspended", "scrapped", "cancel", "revoked", "ended", "halted"))
# an arms embargo told with words between: "حظر شامل لبيع الأسلحة والذخائر ... لإسرائيل", "حظراً كاملاً على توريد السلاح"
_BAN_NOUN_AR = (("حظر", "حظرا"), None)
_ARMS_AR = (r"(?:(?:علي|ل)\s*)?(?:(?:ل|ال)?(?:بيع|تصدير|توريد|صادرات|مبيعات|شراء)\s+)?(?:ال)?(?:اسلحه|سلاح)(?!\w)", None,
            ("اسلحه", "سلاح"))
# a package of measures against a state: "أعلن ... حزمة من تسعة إجراءات ضد إسرائيل"
_PACKAGE_AR = (("حزمه",), None)
_MEASURES_AGAINST_AR = (r"(?:من\s+)?(?:\S+\s+)?(?:ال)?(?:اجراءات|تدابير)\s+(?:ضد|علي|بحق)(?!\w)", None,
                        ("اجراءات", "تدابير"))
_TRADE_OBJECT = (r"(?:تصدير|استيراد|واردات|صادرات)(?!\w)", None,
                 ("تصدير", "استيراد", "واردات", "صادرات"))
# sanctions ended, suspended or lifted with words between: "ending the US sanctions programme on Syria", "suspended
# some of its sanctions", "revoked the Foreign Terrorist Organization designation", "ينهي برنامج العقوبات", "سيأمر
# بوقف العقوبات", "الرفع الكامل لعقوبات" (a ceasefire is no sanction: "وقف إطلاق النار ورفع العقوبات" is the second verb's)
_UNDO = (("انهي", "ينهي", "تنهي", "انهاء", "الغت", "الغي", "يلغي", "تلغي", "الغاء", "رفعت", "رفع", "ترفع", "يرفع",
          "علقت", "علق", "تعليق", "خففت", "خفف", "تخفيف", "الرفع", "التخفيف", "وقف", "بوقف", "ايقاف", "بايقاف", "اوقفت",
          "اوقف", "يوقف", "توقف"),
         r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
         r"revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|remov(?:e|es|ed|ing)|waiv(?:e|es|ed|ing))\b")
_SANCTIONS_WORD = (r"(?:لل|ل)?(?:ال)?(?:عقوبات|تصنيف)(?!\w)",
                   r"(?:sanctions|designation|terrorist designation|terror designation|(?:the |its |an )?expulsion of)\b",
                   ("عقوبات", "تصنيف", "sanctions", "designation", "expulsion"))
# a ban or restrictions lifted, the subject and the day between: "رفعت المملكة مساء أمس الاثنين الحظر المفروض على"
_LIFT_AR = (("رفعت", "رفع", "ترفع", "يرفع", "خففت", "خفف", "تخفف", "يخفف", "انهت", "انهي", "تنهي", "ينهي"), None)
_BAN_AR = (r"(?:ال)?(?:حظر|قيود)(?!\w)", None, ("حظر", "قيود"))
# visas revoked: a sanction on those who held them
_REVOKE = (("الغت", "الغي", "الغاء", "سحبت", "سحب", "تلغي", "يلغي"),
           ("revoked", "revokes", "revoking", "cancelled", "canceled", "cancels", "cancelling", "canceling", "restricted",
            "restricts", "restricting"))
_VISAS = (r"(?:ال)?تاشيرات(?!\w)", r"(?:visas|visa)\b",
          ("تاشيرات", "visa"))
# frozen funds released: "the release of $6 billion in frozen Iranian funds", "أفرجت ... عن ... الأموال الإيرانية المجمدة"
_RELEASE = (("افرجت", "افرج", "الافراج", "تحويل", "حولت", "يحول", "تحول"),
            r"\b(?:releas(?:e|ed|es|ing)|unfr(?:oze|eeze|eezes|eezing)|transfer(?:s|red|ring)?)\b")
_FROZEN = (r"(?:ال)?(?:اموال|ارصده|اصول)(?:\s+\S+){0,2}?\s+(?:ال)?مجمده(?!\w)",
           r"frozen (?:\w+ )?(?:funds|assets|money|reserves)\b",
           ("مجمده", "frozen"))
_OFF_UNDO = (_OFF_TOPIC[0] + r"|اطلاق|النار|العمليات|الهجمات|التصعيد|الحصار|و\S+", _OFF_TOPIC[1])
# Arabic verb-subject-object: "فرض الاتحاد الأوروبي إجراءات على", "أصدرت واشنطن إعفاء", "علقت الخارجية الأمريكية
# إصدار التأشيرات"
_IMPOSE = (("فرض", "فرضت", "يفرض", "تفرض", "فرضوا"), None)
_MEASURES = (r"(?:اجراءات|تدابير|قيودا|قيود|رسوما|رسوم)(?!\w)", None,
             ("اجراءات", "تدابير", "قيود", "رسوم"))
# English verb-object with words between: "could impose additional measures on third-country banks", "lifted the last
# arms restrictions on Somalia" (not measures of a state's own: "imposed emergency measures", "security restrictions")
_IMPOSE_EN = (None, r"\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?|lev(?:y|ies|ied|ying))\b")
_MEASURES_EN = (None, r"(?:measures|restrictions|penalties|curbs|(?:a |an |its |their )?(?:ban|embargo) on|duties|levies)\b",
                ("measures", "restrictions", "penalties", "curbs", "ban", "embargo", "duties", "levies"))
_LIFT_EN = (None, r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing))\b")
_EMBARGO_EN = (None, r"(?:restrictions|embargo|ban|measures|curbs)\s+(?:on|against)\b",
               ("restrictions", "embargo", "ban", "measures", "curbs"))
_OFF_MEASURES = (None, _OFF_TOPIC[1] + r"|emergency|security|lockdown|health|covid|preventive|precautionary|domestic|"
                       r"internal|curfew|border|travel|quarantine|safety")
# a document signed, its signers between: "ووقّع وزير الدفاع الروسي الوثيقة مع", "ووقع الوزيران بياناً مشتركاً" (the bare
# perfect وقع is also "took place": only with a document after it is it signing)
_SIGN = (("وقع", "وقعت", "وقعا", "وقعوا", "وقعتا"), None)
_DOCUMENT = (r"(?:ال)?(?:وثيقه|وثيقتين|وثائق|بيانا مشتركا|بيان مشترك|بيان المشترك|اعلانا|اعلان|مذكره|مذكرات|"
             r"بروتوكولا|بروتوكول|محضرا|محضر|ميثاقا|ميثاق|عقدا|عقود|صفقه|صفقات|خطاب نوايا|رساله نوايا)(?!\w)", None,
             ("وثيق", "وثائق", "بيان", "اعلان", "مذكر", "بروتوكول", "محضر", "ميثاق", "عقد", "عقود", "صفق", "نوايا"))
# sanctions threatened with words between: "لوّحت واشنطن بفرض مزيد من العقوبات على", "ملوحاً بإجراءات إضافية ضد"
_WAVE = (("هدد", "هددت", "يهدد", "تهدد", "هددوا", "مهددا", "مهدده", "لوح", "لوحت", "يلوح", "تلوح", "لوحوا", "ملوحا",
          "ملوحه", "ملوحين", "توعد", "توعدت", "يتوعد", "تتوعد"), None)
# (measures only as the verb's own object with ب: "ملوحةً باتخاذ كل الإجراءات اللازمة بما فيها القوة" is no sanction;
# "توعدت بالرد على أي عقوبات" threatens a reply to sanctions); a listing or a package threatened: "لوّحت أوتاوا بإدراج
# مزيد من الكيانات", "لوّحت المفوضية بحزمة خامسة عشرة", "ولوّحت بمزيد من الإجراءات الجوابية"
_PENALTIES = (r"(?:[بل]?(?:ال)?عقوبات|ب(?:ال)?(?:اجراءات|تدابير|قيود)|بادراج|بحزمه|بمزيد من (?:ال)?(?:اجراءات|تدابير|"
              r"قيود)|بفرض(?:\s+[«\"]?(?:ال)?عقوبات)?)(?!\w)", None, ("عقوبات", "اجراءات", "تدابير", "قيود", "بادراج", "بحزمه", "بفرض"))
# ("هدد ترامب بفرض رسوم ثانوية على إيران": a threat to impose whatever it names)
_OFF_WAVE = (_OFF_TOPIC[0] + r"|بالرد|الرد|برد|ردا|رد|علي|ضد|باتخاذ|اتخاذ", None)
_GRANT = (("اصدرت", "اصدر", "منحت", "منح", "تمنح", "يمنح"), None)
_WAIVER = (r"(?:اعفاء|اعفاءات|ترخيصا|ترخيص|رخصه)(?!\w)", None,
           ("اعفاء", "ترخيص", "رخصه"))
_HALT = (("علقت", "علق", "اوقفت", "اوقف", "تعليق", "وقف", "تجميد", "جمدت", "جمد"),
         ("halted", "halts", "halting", "suspended", "suspends", "stopped", "stops", "banned", "bans", "banning",
          "cut off", "stop", "stopping", "halt", "suspend", "suspending", "froze", "freezes", "freezing",
          "suspension of", "halt to", "ban on", "freeze on"))
_TRADE = (r"(?:(?:جميع|كافه)\s+)?(?:عمليات\s+)?(?:ال)?(?:(?:صادرات|واردات|مشتريات)(?:ها|ه)?|تصدير|استيراد|تبادل التجاري|تجاره|"
          r"(?:تعاملات|معاملات) (?:ال)?تجاريه)(?!\w)",
          r"(?:all\s+)?(?:exports|imports|trade|(?:commercial|financial)(?:\s+and\s+(?:commercial|financial))?\s+"
          r"transactions)\b(?!\s+(?:organi[sz]ation|ministry|minister|deal|talks|agreement|"
          r"body|court|representative|war|dispute))",
          ("تصدير", "استيراد", "صادرات", "واردات", "مشتريات", "تبادل التجاري", "تجاره", "تعاملات", "معاملات", "exports", "imports", "trade", "transactions"))
# restrictions or sanctions widened: "وسّعت وزارة التجارة الصينية القيود", "expanded its export controls"
_WIDEN = (("وسعت", "وسع", "توسع", "يوسع", "توسيع", "بتوسيع", "شددت", "شدد", "تشدد", "يشدد"),
          r"\b(?:expand(?:s|ed|ing)?|tighten(?:s|ed|ing)?|broaden(?:s|ed|ing)?|widen(?:s|ed|ing)?)\b")
_RESTRICTIONS = (r"(?:ال)?(?:قيود|قيودا|عقوبات)(?!\w)", r"(?:restrictions|sanctions|export controls|curbs)\b",
                 ("قيود", "عقوبات", "restrictions", "sanctions", "controls", "curbs"))
_VISA_ISSUE = (r"(?:اصدار|منح)(?:\s+\S+){0,3}?\s+(?:ال)?تاشيرات(?!\w)", r"issuing (?:new\s+)?visas\b|(?:the\s+)?issu(?:ance|ing) of (?:\w+\s+)?visas\b|"
              r"(?:[\w-]+\s+){0,2}?visa (?:services|processing|issuance)\b",
               ("تاشيرات", "visa"))
# tariffs raised, flights and aircraft barred: "raised its tariffs on many Indian goods", "banned French aircraft",
# "will suspend commercial flights to and from Panama"
_RAISE = (None, r"\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))\b")
_TARIFFS = (None, r"(?:tariffs?|(?:customs|import) duties)\b", ("tariff", "duties"))
_GROUND = (None, r"\b(?:bann(?:ed|ing)|bans?|barr(?:ed|ing)|bars?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)\b")
_FLIGHTS = (None, r"(?:flights|aircraft|airlines|planes)\b", ("flights", "aircraft", "airlines", "planes"))
_RESULT_OF_AN_ATTACK = re.compile(r"\w+ing\b")     # the verb as a participle of result ("..., halting flights")
_CARRIER = re.compile(r"\b(?:airlines?|airways|carriers?|(?:شركه|شركات) (?:ال)?طيران)\b[^.;,،]{0,30}$")
# a trading partner struck off a list of trusted ones, or its trade preferences withdrawn: "approved removing South Korea
# from its list of trusted trading partners", "would drop Japan from its own whitelist",
# "withdraw about a fifth of Cambodia's duty-free access", "suspended Ethiopia's AGOA trade preferences"
_STRIKE_OFF = (None, r"\b(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|strik(?:e|es|ing)|struck|exclud(?:e|es|ed|ing)|"
                     r"delist(?:s|ed|ing)?)\b")
_WHITELIST = (None, r"from\s+(?:its|their|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:whitelist|white list|list of (?:trusted|"
                    r"preferred|favou?red) (?:trading |trade )?partners)\b", ("whitelist", "white list", "partners"))
_WITHDRAW_PREFERENCES = (None, r"\b(?:withdr(?:ew|aw|aws|awing|awn)|suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|"
                               r"end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|strip(?:s|ped|ping)?)\b")
_PREFERENCES = (None, r"(?:duty-free access|trade preferences|preferential (?:trade|tariff) (?:status|treatment|access)|"
                      r"agoa (?:eligibility|benefits|status))\b", ("duty-free", "preferences", "preferential", "agoa"))
# a reprieve granted from tariffs: "granted Canada a similar 30-day reprieve"
_GIVE = (None, r"\b(?:grant(?:s|ed|ing)?|g(?:ave|ives|iving|ive)|offer(?:s|ed|ing)?|extend(?:s|ed|ing)?)\b")
_REPRIEVE = (None, r"(?:reprieve|exemption|exemptions)\b", ("reprieve", "exemption"))
# a listing: "added 140 entities, most of them Chinese makers of chipmaking tools, to its Entity List", "placing
# Lockheed Martin and a unit of Raytheon on its \"unreliable entity\" list"
_ADD = (None, r"\b(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?)\b")
# "added 92 names to its Russia list", "to its trade blacklist" (not "its list of demands")
_ONTO_LIST = (None, r"(?:to|on|onto)\s+(?:its|the|their|a)\s+(?:[\"“]?(?:unreliable entity|entity|export control|"
                    r"sanctions|specially designated nationals|terrorist|terror)[\"”]?\s+list|"
                    r"(?:[\w-]+\s+){0,2}(?:blacklist|sanctions list|list)(?!\s+of))\b",
              ("list",))
# a listing in English with no list named, counted: "Canberra listed 16 individuals", "lists a further 12 entities"
_LIST_EN = (None, ("listed", "lists", "listing"))
# those targeted, counted: "targeted four Chinese officials and one entity" (not by a strike: see gapped_mentions)
_TARGETED_EN = (None, ("targeted", "targets", "targeting"))
_COUNTED_EN = (None, _COUNT + r"(?:more\s+|"
                     r"further\s+|additional\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:individuals|entities|companies|firms|"
                     r"people|persons|vessels|ships|tankers|banks|officials|oligarchs|businessmen|judges|lawmakers|"
                     r"generals)\b(?!\s+(?:who\s+(?:were|had been)\s+)?"
                     r"(?:killed|dead|injured|wounded|missing|arrested|detained|held))",
               ("individuals", "entities", "companies", "firms", "people", "persons", "vessels", "ships", "tankers",
                "banks", "officials", "oligarchs", "businessmen", "judges", "lawmakers", "generals"))
# a listing in Arabic with no list named: "وأدرجت وزارة الخزانة الأمريكية في اليوم نفسه ثلاث شركات تابعة لمجموعة"
_LIST_AR = (("ادرج", "ادرجت", "يدرج", "تدرج", "ادرجا", "ادرجوا"), None)
_LISTED_AR = (r"(?:[0-9]+\s+)?(?:شركه|شركات|شخصا|اشخاص|افراد|فردا|كيانا|كيانات|سفينه|سفن|ناقلات|ناقله|مسؤولين|"
              r"مسؤولا|قاده|مصرفا|مصارف|بنوك|بنكا)(?!\w)", None, ("شرك", "اشخاص", "افراد", "كيان", "سفن", "سفينه",
                                                             "ناقل", "مسؤول", "قاده", "مصارف", "مصرف", "بنوك", "بنك", "شخص", "فرد"))
# more named in a measure told, whose maker the adjective names: "وشملت الإجراءات الأمريكية أيضاً أكرم العجوري" (not
# "وشملت العقوبات أيضاً ثلاثة من قادة كتائب حزب الله": no one named imposes)
_INCLUDED = (("شملت", "طالت"), None)
_THE_MEASURES = (r"(?:ال)?(?:عقوبات|اجراءات)\s+(?:ال)?\S+يه(?!\w)(?=(?:\s+\S+){0,1}\s+ايضا(?!\w)|\s+في اليوم (?:ذاته|نفسه))",
                 None, ("عقوبات", "اجراءات"))
# a numbered package approved: sanctions packages are counted ("لإقرار الحزمة السادسة عشرة", "سيقر حزمة سابعة عشرة",
# "approve the 16th package"; not "the 50th package of military aid")
_APPROVE = (("اقر", "اقرت", "يقر", "تقر", "سيقر", "ستقر", "اقرار", "لاقرار", "باقرار", "اعتمد", "اعتمدت", "يعتمد",
             "تعتمد", "سيعتمد", "ستعتمد", "اعتماد", "لاعتماد", "تبني", "تبنت", "يتبني", "تتبني", "لتبني"),
            r"\b(?:approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|endors(?:e|es|ed|ing)|agree(?:s|d)? on|sign(?:s|ed)? off on)\b")
_ORDINAL_AR = (r"(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)(?:\s+عشره)?")
_NUMBERED_PACKAGE = (r"(?:ال)?حزمه\s+" + _ORDINAL_AR + r"(?!\w)(?!\s+من\s+(?:ال)?(?:مساعدات|دعم))",
                     r"(?:its\s+|the\s+|a\s+)?(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                     r"nineteenth|twentieth)\s+package\b(?!\s+of\s+(?:\w+\s+)?(?:aid|assistance|support))",
                     ("حزمه", "package"))
# a list of the banned widened: "توسيع قائمة المسؤولين الأوروبيين الممنوعين من دخول أراضيها"
_BANNED_LIST = (r"(?:ال)?قائمه(?:\s+\S+){0,3}?\s+(?:ال)?(?:ممنوعين|محظورين|عقوبات|حظر)(?!\w)",
                r"(?:its|the)\s+(?:entry\s+)?(?:ban|blacklist|stop)\s+list\b", ("قائمه", "list"))
# put on or added to a list the dictionary does not name: "أدرجت وزارة الخزانة المدعي العام ... على قائمة الأشخاص
# المحظورين", "أضافت ... 22 منظمة إلى قائمة حظر التصدير"
_PUT_AR = (_LIST_AR[0] + ("ادراج", "اضافت", "اضاف", "تضيف", "يضيف", "اضافه", "وضعت", "وضع", "تضع", "يضع"), None)
# (with the list's name when it is a sanctions word of the dictionary: "على قائمة العقوبات", "من قائمة تجميد الأصول")
_LIST_NAME_AR = r"(?:\s+(?:ال)?(?:عقوبات|تجميد (?:ال)?(?:اصول|ارصده)|حظر \S+|ارهاب|كيانات|منظمات (?:ال)?ارهابيه)(?!\w))?"
_ANY_LIST_AR = (r"(?:علي|الي)\s+(?:ال)?(?:قائمه|لائحه|قوائم)(?!\w)(?!\s+(?:ال)?(?:المرشحين|الانتظار|الاعمال|اعمال))"
                + _LIST_NAME_AR, None, ("قائمه", "لائحه", "قوائم"))
# the snapback set off: a threat that sanctions lifted come back ("فعّلت في 28 أغسطس آلية «العودة السريعة» لإعادة
# فرض العقوبات الأممية", "triggered the snapback of UN sanctions"); the return it is set off for is the same step
_SET_OFF = (("فعلت", "فعل", "فعلوا", "تفعيل", "بتفعيل", "لتفعيل", "تفعل", "يفعل", "اطلقت", "اطلق", "اطلاق"),
            r"\b(?:trigger(?:s|ed|ing)?|activat(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\b")
_SNAPBACK = (r"(?:ال)?اليه\s+[\"“«]?(?:العوده السريعه|سناب باك|الزناد)[\"”»]?(?:\s+(?:ل|التي تتيح |الذي يتيح |بهدف )?"
             r"(?:اعاده\s+)?فرض\s+(?:ال)?عقوبات)?(?!\w)",
             r"(?:the\s+)?(?:un\s+|united nations\s+)?[\"“]?snap-?back[\"”]?(?:\s+mechanism)?(?:\s+of\s+(?:un\s+|united "
             r"nations\s+)?sanctions)?\b", ("العوده السريعه", "سناب باك", "الزناد", "snapback", "snap-back"))
# taken off a list: "وأزالوا أربعة مصارف سورية من قائمة تجميد الأصول", "شطبت الخزانة اسمه من لائحة العقوبات"
_REMOVE_AR = (("ازال", "ازالت", "ازالوا", "يزيل", "تزيل", "ازاله", "شطب", "شطبت", "شطبوا", "يشطب", "تشطب", "حذف", "حذفت",
               "حذفوا", "يحذف", "تحذف", "رفع", "رفعت", "رفعوا"), None)
_OFF_LIST_AR = (r"من\s+(?:ال)?(?:قائمه|لائحه|قوائم)(?!\w)(?!\s+(?:ال)?(?:المرشحين|الانتظار|الاعمال|اعمال))"
                + _LIST_NAME_AR, None,
                ("قائمه", "لائحه", "قوائم"))
# a measure or decision of another side condemned or called names is a rejection of it (CAMEO 11x), not a bare
# statement: "called the personal sanctions placed on its leader a \"declaration of war\"", "condemned the decision",
# "ندد بالخطوة السعودية", "وصف القرار بأنه" (not "called for the move", nor praise: "called the decision a positive step")
_DISAPPROVE = (("ادان", "ادانت", "يدين", "تدين", "دان", "دانت", "ندد", "نددت", "يندد", "تندد", "استنكر", "استنكرت",
                "يستنكر", "تستنكر", "انتقد", "انتقدت", "ينتقد", "تنتقد", "وصف", "وصفت", "يصف", "تصف"),
               r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|"
               r"slam(?:s|med|ming)?|deplor(?:e|es|ed|ing)|blast(?:s|ed|ing)?|(?<!what it )(?<!what they )(?<!what he )"
               r"(?<!what she )(?:called|calling|describ(?:ed|es|ing))|"
               r"brand(?:s|ed|ing)|term(?:s|ed|ing)|labell?(?:ed|ing))\b")
_POSITIVE = r"(?!(?:\s+\S+){0,8}?\s+[\"“«]?(?:positive|welcome|right direction|constructive|important|step forward|" \
            r"victory|historic|success|breakthrough|milestone|encouraging|good|great|" \
            r"ايجابي\S*|مهمه|الصحيح|ترحيب\S*|مرحب\S*|انتصار|تاريخي\S*|نجاح))"
_MEASURE_AR = r"(?:ب|ل)?(?:ال)?(?:قرار|قرارات|خطوه|اجراء|اجراءات|عقوبات|تصنيف|حظر)(?:ات)?(?!\w)"
_MEASURE_EN = (r"(?:decision|decisions|move|measures?|sanctions|step|designation|ban|expulsions?|tariffs|listing|"
               r"restrictions|snapback)\b")
_MEASURE_NOUN = (_MEASURE_AR + _POSITIVE, r"(?:moves\b|" + _MEASURE_EN + r")(?!\s+(?:as|to|by)\b)" + _POSITIVE,
                 ("قرار", "خطوه", "اجراء", "عقوبات", "تصنيف", "حظر", "decision", "move", "measure", "sanctions", "step",
                  "designation", "ban", "expulsion", "tariffs", "listing", "restrictions", "snapback"))
# ... or said to be unjustified, illegal, hostile: "said the measures were \"unjustified\"", "قال إن القرار «غير مبرر»",
# "واصفاً العقوبات بأنها «غير مبررة»"
_JUDGE = (("قال", "قالت", "اكد", "اكدت", "اعتبر", "اعتبرت", "معتبرا", "معتبره", "وصف", "وصفت", "واصفا", "واصفه"),
          r"\b(?:said|says|saying)\b")
_UNJUST = (r"(?:غير (?:مبرر|مقبول|قانوني|شرعي|ودي)|مرفوض|باطل|تعسفي|عدائي|انتهاك)\S*|لا اساس",
           r"unjustified|unacceptable|illegal|illegitimate|groundless|baseless|unfounded|unfriendly|hostile|arbitrary|"
           r"absurd|outrageous|politically motivated|a violation|violates|violated")
_MEASURE_JUDGED = (_MEASURE_AR + r"(?=(?:\s+[^\s.؟!]+){0,6}?\s+[«\"“]?(?:" + _UNJUST[0] + r")(?!\w))",
                   _MEASURE_EN + r"(?=(?:\s+[^\s.?!]+){0,6}?\s+[\"“]?(?:" + _UNJUST[1] + r")\b)",
                   # (a text holds one of the judging words: most texts hold none, and the scan is skipped)
                   ("غير", "مرفوض", "باطل", "تعسفي", "عدائي", "انتهاك", "لا اساس", "unjustified", "unacceptable", "illegal",
                    "illegitimate", "groundless", "baseless", "unfounded", "unfriendly", "hostile", "arbitrary", "absurd",
                    "outrageous", "politically motivated", "violat"))
_OFF_DISAPPROVE = (_OFF_TOPIC[0] + r"|الي|علي|في|عن|ان|بان\S*|اياه|اياها|اياهما|ما", _OFF_TOPIC[1] + r"|for|on|upon|to|in|off|it|them|him|her|what|a|an|"
                                                                   r"and|but|which|that|who")


# an Arabic verb, its subject and a day set off by commas before the object: "علّق وزراء خارجية الاتحاد الأوروبي، أمس
# الاثنين، العقوبات المفروضة", "أدرجت وزارة الخزانة الأمريكية، أمس الاثنين، شركة ... على قائمة العقوبات" (at most three
# words between the commas, at most `after` words after them)
def _dated_gap(after: int) -> str:
    return r"(?:\s+[^\s.,،؛;:!?؟\"“”]+){0,5}?\s*[،,](?:\s+[^\s.,،؛;:!?؟\"“”]+){1,3}\s*[،,]" \
        r"(?:\s+[^\s.,،؛;:!?؟\"“”]+){0,%d}?\s+" % after

_SENTENCE_END = re.compile(r"[.؟!?\n]")     # no sentence ends between two words
_ONTO_LIST_AR = re.compile(r"(?<!\w)(?:علي|الي)\s+(?:ال)?(?:قائمه|لائحه|قوائم)(?!\w)")     # (normalised)
_PACKAGE_SUBJECT = re.compile(r"\s+(?:ال)?(?:حزمه|قرار|عقوبات|اجراءات)(?!\w)")     # the measure itself lists (normalised)
# (event word, verbs, objects, most words between or a pattern of what stands between[, words that may not stand
# between])
_RULES = (("rejection.summon", _SUMMON, _ENVOYS, GAP_WORDS), ("sanctions.relations", _SUMMON, _OWN_ENVOYS, 10),
          ("sanctions.relations", _EXPEL, _EXPELLED, GAP_WORDS), ("sanctions.relations", _WITHDRAW, _OWN_ENVOYS, 2),
          ("sanctions.relations", _BREAK, _RELATIONS, 4, _OFF_RELATIONS),
          ("sanctions.relations", _ORDER_OUT, _ENVOYS_SENT_OUT, 7), ("sanctions.terminate", _END, _AGREEMENTS, 4),
          ("sanctions.impose", _SUSPEND_MEMBER, _FROM_THE_BODY, -3),
          ("call.phone", _HAD, _CONVERSATION, 5),
          ("call.phone", _HAD, _QUOTED_CONVERSATION, 0),
          ("sanctions.impose", _FREEZE, _ASSETS, 6), ("sanctions.impose", _BAN, _TRADE_OBJECT, 3),
          ("sanctions.impose", _BAN, _ENTRY, 5), ("sanctions.impose", _BAR_AR, _FLYING_AR, 9),
          ("sanctions.impose", _EXTEND_AR, _SANCTIONS_WORD, 3), ("sanctions.impose", _BAR_EN, _FROM_ENTERING, -18),
          ("sanctions.impose", _SUBJECTED_EN, _TO_MEASURES_EN, -14), ("meeting.meeting", _HOLD, _RETREAT, 12),
          ("meeting.meeting", _SPENT, _HOURS_WITH, 0),
          ("sanctions.ease", _UNDO, _SANCTIONS_WORD, 4, _OFF_UNDO), ("sanctions.ease", _RELEASE, _FROZEN, 8),
          ("sanctions.impose", _IMPOSE, _MEASURES, -5), ("sanctions.threaten", _WAVE, _PENALTIES, 7, _OFF_WAVE), ("agreement.agree", _SIGN, _DOCUMENT, 6),
          ("sanctions.impose", _IMPOSE_EN, _MEASURES_EN, 5, _OFF_MEASURES),
          ("sanctions.relations", _CLOSE_MISSION, _MISSION, 4, _OFF_MISSION),
          ("sanctions.impose", _END_VISA_FREE, _VISA_FREE, 3), ("sanctions.impose", _VISA_FREE_TOLD, _SUSPENDED_AFTER, 6),
          ("sanctions.impose", _BAN_NOUN_AR, _ARMS_AR, 2), ("sanctions.impose", _PACKAGE_AR, _MEASURES_AGAINST_AR, 2),
          ("sanctions.ease", _LIFT_EN, _EMBARGO_EN, 3, _OFF_MEASURES), ("sanctions.ease", _GRANT, _WAIVER, -5),
          ("sanctions.impose", _HALT, _VISA_ISSUE, -5), ("sanctions.impose", _RAISE, _TARIFFS, 2),
          ("sanctions.impose", _HALT, _TRADE, -5), ("sanctions.impose", _WIDEN, _RESTRICTIONS, -5),
          ("sanctions.impose", _GROUND, _FLIGHTS, 2), ("sanctions.impose", _ADD, _ONTO_LIST, -20), ("sanctions.ease", _GIVE, _REPRIEVE, 4), ("sanctions.impose", _REVOKE, _VISAS, 7), ("sanctions.impose", _LIST_AR, _LISTED_AR, 9),
          ("sanctions.impose", _STRIKE_OFF, _WHITELIST, 6), ("sanctions.impose", _WITHDRAW_PREFERENCES, _PREFERENCES, 5),
          ("sanctions.impose", _LIST_EN, _COUNTED_EN, 2), ("sanctions.impose", _TARGETED_EN, _COUNTED_EN, 1), ("sanctions.impose", _CLOSE, _BORDERS_WITH, 5), ("sanctions.impose", _INCLUDED, _THE_MEASURES, 0), ("call.phone", _RECEIVED, _A_CALL, -10),
          ("sanctions.threaten", _SET_OFF, _SNAPBACK, 10), ("sanctions.impose", _APPROVE, _NUMBERED_PACKAGE, 5),
          ("sanctions.impose", _WIDEN, _BANNED_LIST, 2), ("sanctions.impose", _PUT_AR, _ANY_LIST_AR, 14),
          ("sanctions.ease", _REMOVE_AR, _OFF_LIST_AR, 6), ("sanctions.ease", _LIFT_AR, _BAN_AR, 4, _OFF_UNDO), ("sanctions.ease", _UNDO, _SANCTIONS_WORD, _dated_gap(0)),
          ("sanctions.impose", _PUT_AR, _ANY_LIST_AR, _dated_gap(10)),
          # the same envoys and ties with the subject and a day set off by commas between: "استدعت المملكة المغربية، أمس
          # الثلاثاء، سفيرتها لدى مدريد", "قطعت الحكومة، مساء أمس، علاقاتها"
          ("rejection.summon", _SUMMON, _ENVOYS, _dated_gap(2)), ("sanctions.relations", _SUMMON, _OWN_ENVOYS, _dated_gap(0)),
          ("sanctions.relations", _EXPEL, _EXPELLED, _dated_gap(2)), ("sanctions.relations", _WITHDRAW, _OWN_ENVOYS, _dated_gap(0)),
          ("sanctions.relations", _BREAK, _RELATIONS, _dated_gap(0)), ("sanctions.relations", _ORDER_OUT, _ENVOYS_SENT_OUT, _dated_gap(1)),
          ("sanctions.relations", _ASK_FROM_AR, _ENVOYS_ASKED_OUT, 6), ("sanctions.relations", _DECLARE, _UNDESIRABLE, 8),
          ("sanctions.relations", _EXPEL, _COUNTED_NATIONALS, 1), ("sanctions.relations", _CUT, _STAFF_NUMBER, 3),
          ("sanctions.relations", _STRIP, _ACCREDITATION, 1), ("sanctions.relations", _RECALLED, _FOR_CONSULTATIONS_EN, 3),
          ("sanctions.same_step", _FOLLOWED, _IN_THE_STEPS, 3),
          ("sanctions.impose", _HALT, _FLIGHTS_AR, 4), ("sanctions.impose", _HALT, _ENTRY_OF, 1),
          ("sanctions.impose", _HALT, _VISA_ISSUE, 2), ("sanctions.impose", _HALT, _ARMS_LICENCES, -8),
          ("sanctions.impose", _HALT, _BROADCASTS, 7), ("sanctions.impose", _WITHDRAW_LICENCE, _LICENCE, 9),
          ("sanctions.impose", _BAN, _APPS, 7), ("sanctions.impose", _BAR_EN, _APPS, 2),
          ("sanctions.impose", _SHUT_SKIES, _SKIES_TO, 3), ("sanctions.impose", _CUT, _VISAS_CUT, 3),
          ("sanctions.relations", _ORDER_AR, _ENVOYS_ORDERED_OUT, 7),
          ("sanctions.relations", _ORDER_OUT, _ENVOYS_SENT_OUT, -6), ("sanctions.relations", _EXPEL, _EXPELLED, -5),
          ("sanctions.ease", _REOPEN, _EMBASSY_OPEN, 6), ("sanctions.impose", _DUTIES_EN, _RATE, 0),
          ("sanctions.relations", _CALL_HOME, _OWN_ENVOY_HOME, 0),
          ("rejection.disapprove", _DISAPPROVE, _MEASURE_NOUN, 9, _OFF_DISAPPROVE),
          ("rejection.disapprove", _JUDGE, _MEASURE_JUDGED, 9))


# what someone is asked to do, not done: "دعا الدول الإسلامية إلى قطع علاقاتها", "urged countries to cut ties"
_ASKED = (TO_BEFORE,
          re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                     r"demand(?:s|ed|ing)?)\b[^.;]{0,80}\bto\s+$|\b(?:must|should)\b[^.;]{0,80}$", re.IGNORECASE))


_CONJUNCTIONS = "وف"     # the clitics an Arabic verb may open with: و, ف ...
_PROCLITICS = "سبل"      # ... then the future س, or ب, ل before a verbal noun


def _verb(verb: tuple[str, ...] | str, lang: str) -> str:
    """The pattern of a verb given as its forms or as a pattern."""
    if isinstance(verb, str):
        return verb
    if lang == "ar":
        # (with the clitics a verb or verbal noun takes: "وستحظر", "باستدعاء", "لطرد")
        return r"(?<!\w)[" + _CONJUNCTIONS + "]?[" + _PROCLITICS + "]?(?:" + "|".join(verb) + r")(?!\w)"
    return r"\b(?:" + "|".join(verb) + r")\b"


def _patterns(lang: str) -> list[tuple[str, re.Pattern, tuple[str, ...], tuple[str, ...], tuple]]:
    """(event word, pattern, the verb's forms, one of which a text must hold to match: () when given as a pattern,
    words one of which any text the object matches holds, the rule's verb)."""
    k = 0 if lang == "ar" else 1
    return [(rule[0], re.compile("(" + _verb(rule[1][k], lang) + ")" + (rule[3] if isinstance(rule[3], str) else
                                                                       _gap(rule[3], (rule[4:] or (_OFF_TOPIC,))[0][k]))
                                 + "[\"“”«]?(?P<object>" + rule[2][k] + ")", re.IGNORECASE),
             () if isinstance(rule[1][k], str) else rule[1][k], rule[2][2], rule[1])
            for rule in _RULES if rule[1][k] is not None and rule[2][k] is not None]


def _clitics(word: str, verb_forms: tuple[str, ...]) -> str:
    """The clitics before an Arabic verb's form: "وس" of "وستحظر", "ب" of "باستدعاء", "و" of a long word."""
    if word[:1] in _CONJUNCTIONS and word[1:2] in _PROCLITICS and word[2:] in verb_forms:
        return word[:2]
    if word[:1] in _CONJUNCTIONS + _PROCLITICS and word[1:] in verb_forms:
        return word[:1]
    return word[:1] if word[:1] in _CONJUNCTIONS and len(word) > 5 else ""


# the characters besides A-Z (which normalisation lower-cases) that IGNORECASE matches with a-z; Arabic letters
# match only themselves
_FOLDED_TO_ASCII = "İıſK"


def _may_hold(text: str, forms: tuple[str, ...]) -> bool:
    """Whether a normalised text may hold one of a verb's forms: a plain substring test, ~20x cheaper than the scan
    (most texts hold none of them)."""
    return any(form in text for form in forms) or any(ch in text for ch in _FOLDED_TO_ASCII)


def _gap(words: int, off_topic: str) -> str:
    """At most `words` words between verb and object, none of them off the topic when few are allowed
    (a negative count: at most that many words, commas allowed between them)."""
    if words < 0:
        return r"(?:\s*[،,]?\s+[^\s.؟?!:؛;\"“”]+){1,%d}?[،,]?\s+" % -words
    if words >= GAP_WORDS and off_topic in _OFF_TOPIC:
        return _GAP % words     # (a rule's own words that may not stand between hold however many words may)
    return r"(?:\s+[\"“”«]?(?!(?:%s)(?!\w))[^\s.,،؛;:!?؟\"“”]+){0,%d}?\s+" % (off_topic, words)


_COMPILED = {lang: _patterns(lang) for lang in ("ar", "en")}


def _told_before(nt: NormText, mentions: list[Mention], kind: str, start: int) -> bool:
    """Whether an event word of a kind ("military.", "sanctions.") stands before `start` in the same sentence."""
    return any(x.kind == "trigger" and x.entry.startswith(kind) and x.end <= start
               and not _SENTENCE_END.search(nt.original, x.end, start) for x in mentions)


def gapped_mentions(nt: NormText, lang: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Trigger mentions on the verb of each gapped event word the dictionary did not find as a whole, and the
    dictionary's mentions they replace: "ending the US sanctions programme" is sanctions ended, not the bare
    "sanctions" (imposed) the dictionary found in it."""
    found, replaced = [], []
    for entry, pattern, verb_forms, object_words, verb in _COMPILED["ar" if lang == "ar" else "en"]:
        if not _may_hold(nt.text, object_words) or verb_forms and not _may_hold(nt.text, verb_forms):
            continue
        for m in pattern.finditer(nt.text):
            vs, ve = m.span(1)
            start, end = nt.to_original(vs, ve)
            match_end = nt.to_original(m.start(), m.end())[1]
            kind = entry.split(".")[0]
            overlapping = [x for x in mentions if x.kind == "trigger" and x.start < match_end and start < x.end
                           and x.entry.split(".")[0] == kind]
            if any(x.start <= start or x.entry == entry and not (kind == "sanctions" and (
                    x.end == match_end or lang != "ar" and x.start >= end)) for x in overlapping):
                continue     # "استدعت سفيرها", "expelled the ambassador", "had a call with": the dictionary has it
                # (but "Entity List" or "sanctions" found alone is in the object of "added ... to its Entity List", "to
                # its sanctions list": the verb is the word; in Arabic the list named stays the word, its verb before
                # the listed: "أدرجت واشنطن 12 شركة روسية على القائمة السوداء")
            if _ASKED[0 if lang == "ar" else 1].search(nt.text, max(0, vs - 100), vs):
                continue     # a call to cut ties is a demand, not ties cut
            if kind == "sanctions" and _CARRIER.search(nt.text, max(0, vs - 40), vs):
                continue     # "Azerbaijan Airlines has suspended flights to Russian cities": a company's step
            if verb is _GROUND and _RESULT_OF_AN_ATTACK.match(nt.text, vs) \
                    and _told_before(nt, mentions, "military.", start):
                continue     # "a missile struck the airport, wounding several people and halting flights": what the
                # strike did, no ban
            if verb in (_BAR_AR, _PUT_AR, _LIST_AR) and _BAR_AS_A_NOUN.search(nt.text, max(0, vs - 20), vs):
                continue     # "وتشمل الحزمة أيضاً منع السفن الروسية من دخول", "أن منع إسرائيل دخول المساعدات يمثل خرقاً":
                # the ban as a part of a measure told, or as a noun of what is said
            if verb is _REOPEN and _told_before(nt, mentions, "agreement.", start):
                continue     # "agreed to restore diplomatic relations and reopen their embassies": the two sides'
                # agreement, of which reopening is a part
            if verb is _TARGETED_EN and any(x.kind == "trigger" and x.entry.startswith("military.") for x in mentions
                                             if not _SENTENCE_END.search(nt.original, min(x.end, start), max(x.start, end))):
                continue     # "an air strike targeted three Hamas officials": no listing
            if verb in (_LIST_AR, _PUT_AR, _LIST_EN) and (_PACKAGE_SUBJECT.match(nt.text, ve) or (
                    verb is _LIST_AR and _ONTO_LIST_AR.search(nt.text, ve, min(len(nt.text), ve + 120))) or
                    _told_before(nt, mentions, "sanctions.", start)):
                continue     # "فرضت الصين رسوماً ...، وأدرجت 11 شركة", "وأدرجت الحزمة 105 سفن", "adopted its 14th package
                # of sanctions ..., listing 27 vessels": the measure told;
                # ("أدرجت واشنطن 12 شركة روسية على القائمة السوداء": the list named is the dictionary's word)
            word = nt.text[vs:ve]
            prefix = _clitics(word, verb_forms) if lang == "ar" else ""
            found.append(Mention("trigger", start, end, nt.original[start:end], entry, "trigger",
                                 {"prefix": prefix, "norm_start": vs + len(prefix), "norm_end": ve,
                                  "word_start": start, "found_by": "gapped_words", "object_end": m.end("object")}))
            replaced.extend(overlapping)     # the object's own word, found after the verb
            # ... and another reading of the verb itself: "added" (said) in "added 140 entities to its Entity List"
            # (or of the verb without its و: "ولوّحت" is the threat "لوّحت" the dictionary found)
            core_start = nt.to_original(vs + len(prefix), ve)[0]
            replaced.extend(x for x in mentions if x.kind == "trigger" and x.start in (start, core_start) and x.end <= end)
    return found, replaced


# a summons "for consultations" calls one's own envoy home: "قررت استدعاء سفير المملكة في تل أبيب غسان المجالي
# للتشاور" is a recall (a reprisal), not a protest handed to the other side's envoy
_FOR_CONSULTATIONS = re.compile(r"(?:\s+[^\s.,،؛;:!?؟\"“”]+){0,14}?\s*[،,]?\s+"
                                r"(?:للتشاور|" + FOR_CONSULTATION_EN + r"s)(?!\w)")


def with_recalls(nt: NormText, mentions: list[Mention]) -> list[Mention]:
    """Summons words followed in their clause by "للتشاور" / "for consultations", re-read as recalls."""
    if "للتشاور" not in nt.text and "for consultations" not in nt.text:
        return mentions
    return [replace(m, entry="sanctions.relations") if m.kind == "trigger" and m.entry == "rejection.summon"
            and _FOR_CONSULTATIONS.match(nt.text, m.data["norm_end"]) else m for m in mentions]


def with_gapped_words(nt: NormText, lang: str, mentions: list[Mention]) -> list[Mention]:
    found, replaced = gapped_mentions(nt, lang, mentions)
    if not found:
        return mentions
    if replaced:
        gone = {id(x) for x in replaced}
        mentions = [x for x in mentions if id(x) not in gone]
    return sorted(mentions + found, key=lambda x: (x.start, -x.end))


# "تلقى سموه اتصالاً هاتفياً مساء أمس من السيسي، وآخر صباح اليوم من السوداني": a second call of the same kind, with
# someone else, on a day of its own (normalised; the word stands a few words before "من"/"مع")
# ("، واتصالاً آخر من السيسي", "، ثم اتصالاً آخر برئيس الوزراء": the call word said again)
_ANOTHER = re.compile(r"[،,]\s*(?:و|ثم\s+)((?:اتصالا\s+)?(?:اخر|اخري))"
                      r"(?=(?:\s+[^\s.،,؛:!?؟]+){0,3}?\s+(?:(?:من|مع)\s|ب(?!ين)\S))")
_ANOTHER_REACH = 160     # characters from a call word to "وآخر"


def with_another_call(nt: NormText, lang: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic call word followed in its sentence by ", وآخر ... من X" gets a second call word there."""
    if lang != "ar" or "اخر" not in nt.text:
        return mentions
    found = []
    for m in mentions:
        if m.kind != "trigger" or not m.entry.startswith("call."):
            continue
        ns, ne = m.data.get("norm_start"), m.data.get("norm_end")
        if ns is None:
            continue
        hit = _ANOTHER.search(nt.text, ne, min(len(nt.text), ne + _ANOTHER_REACH))
        if hit is None or _SENTENCE_END.search(nt.text, ne, hit.start()):
            continue
        vs, ve = hit.span(1)
        start, end = nt.to_original(vs, ve)
        found.append(Mention("trigger", start, end, nt.original[start:end], m.entry, "trigger",
                             {"prefix": "", "norm_start": vs, "norm_end": ve, "word_start": start,
                              "found_by": "another_call"}))
    return sorted(mentions + found, key=lambda x: (x.start, -x.end)) if found else mentions
