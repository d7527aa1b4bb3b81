"""Turn the actor-layer mentions of one sentence into actors: people, countries, organisations, groups.

Compounds are read the way news writes them: title + nationality (+ name), in Arabic order
("وزير الخارجية الأردني أيمن الصفدي") and English order ("Jordanian Foreign Minister Ayman Safadi");
"نظيره الروسي" / "his Russian counterpart"; seats and capitals as metonyms; institutions + nationality
("الرئاسة الفرنسية"). Offices are resolved to their holder on the given day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from datetime import date

from diplo.arabic import NormText, normalize_key
from diplo.lexicon import Lexicon
from diplo.model import Mention
from diplo.surnames import PARTICLES, last_name, whole_words
from diplo.event_words import HONORIFIC_BEFORE, HONORIFICS

_NEXT_WORD = re.compile(r" ([^\s\d.,،]+)")     # the word after a title

NATION_KINDS = ("demonym", "country", "org", "org_adj", "capital")
# Words allowed between a title and its nationality ("وزير الخارجية والتعاون الدولي الأردني").
MAX_GAP_WORDS = 3
LOCATION_PREPS = {"في", "in", "at", "inside", "داخل"}
DESTINATION_PREPS = {"الي", "to", "into", "نحو"}
PLACE_PREPS = LOCATION_PREPS | DESTINATION_PREPS
TARGET_PREPS = {"علي", "ضد", "on", "against", "upon", "to", "الي", "for", "لصالح", "امام"}
AIMING_PREPS = {"باتجاه", "تجاه", "نحو", "at", "towards", "toward"}   # "fired missiles at Israel", باتجاه إسرائيل
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_LATIN_WORD = re.compile(r"[a-z][\w'-]*")
_VERBAL_NOUN = re.compile(r"[وب]?(?:ال)?است\w\wا\w")   # the istif'al pattern: استدعاء، استقبال، استئناف، استهداف


# a body's name going on with و before its nationality: "وزارة الاقتصاد والتجارة والصناعة اليابانية" (normalised)
JOINED_NAME_PARTS = re.compile(r"(?:\s+وال\S+){1,3}\s+")
# what names a union "the bloc" and "الاتحاد" can stand for, and an Arabic name going on after "الاتحاد" (normalised)
UNION_NAME = re.compile(r"\bUnion\b")
UNION_GOES_ON = re.compile(r"\s+(?:ال\S+|لل\S+)|'s\b")
UNION_OF = re.compile(r"(?<!\w)(?:في|دول|داخل|خارج|اعضاء|عضويه)\s+$|\b(?:in|of|within|outside)\s+$")


@dataclass(slots=True)   # built by the thousand per corpus: plain slots are faster than frozen
class ActorRef:
    """An actor found in a sentence, with where it stands and how it was found."""
    name: str
    country: str | None
    kind: str
    entry: str | None
    start: int
    end: int
    norm_start: int
    norm_end: int
    rule: str
    office: str | None = None
    weak: bool = False            # a bare nationality adjective: an actor only next to a trigger
    place: str | None = None      # set when the mention is a location ("في موسكو"), not an actor
    city: str | None = None       # the capital or seat named, when a country is named by its city
    prep: str = ""                # the preposition or clitic in front of it

    def replaced(self, **changes) -> ActorRef:
        """A copy with some fields changed: dataclasses.replace without its field introspection (a third of its cost)."""
        copy = ActorRef(*_all_fields(self))
        for name, value in changes.items():
            setattr(copy, name, value)
        return copy


_all_fields = attrgetter(*ActorRef.__slots__)    # an ActorRef's fields in order, for ActorRef.replaced


_DATELINE_MARK = re.compile(r"\s*(?:[-–—:/]|,\s*\S+\s+\d|\(|\s+\d{1,2}\s)")
# words naming a diplomatic format after the city (English) or before it (Arabic, normalised)
FORMAT_AFTER = re.compile(r"\s+(?:format|process)\b")
FORMAT_WORDS = {"صيغه", "لصيغه", "بصيغه", "وصيغه", "مسار", "لمسار", "بمسار", "ومسار"}
# words before a nationality that make it a place ("العاصمة السعودية", "the Saudi capital" is caught as a title gap)
# a state's land after its nationality in English (normalised): "on Israeli territory", "on Ukrainian soil"
LAND_WORD = re.compile(r"\s+(?:territory|territories|soil|territorial waters)\b")
CITY_WORDS = {"العاصمه", "عاصمه", "بالعاصمه", "مدينه", "المدينه", "بمدينه", "الاراضي", "capital", "city"}
# the bare "Treasury" is Washington's unless Britain was just named (normalised): "the Treasury added their names"
BRITISH_BEFORE = re.compile(r"\b(?:britain|british|united kingdom|uk|u\.k\.|london|downing street)\b", re.I)
BRITISH_REACH = 200     # characters before a bare "Treasury", in its sentence, where Britain is looked for
_OF_NATION_GAP = re.compile(r"|(?:of|for|in)(?: the)?|,", re.I)     # "Foreign Minister of Iran" (normalised, stripped)
# between a nation and its official's title in English: "Syria's interim President", "Lebanon's caretaker Prime Minister"
_NATION_TITLE_GAP = re.compile(r"(?:'s|'|’s)?\s*(?:(?:interim|acting|new|caretaker|transitional|outgoing|incoming|"
                               r"top|chief|de facto|newly elected|newly appointed|ruling|reigning|current|sitting)\s*)?")
# what joins two nationalities: "و" (a clitic: only a space is left between the spans), "and", a comma
_JOINED = re.compile(r" ?(?:and |, |، )?")
# a nation named as backer, not actor: "Iran-backed Hezbollah", "U.S.-brokered deal", "الحوثيين المدعومين من إيران"
_BACKER_AFTER = re.compile(r"[-‑]\s?(?:backed|aligned|allied|brokered|sponsored|funded|supported|mediated|armed)\b")
_BACKER_BEFORE = re.compile(r"(?<!\w)(?:المدعوم|المدعومه|المدعومين|المدعومون|مدعوم|مدعومه|مدعومين) من\s+$|"
                            r"(?<!\w)(?:الموالي|المواليه|الموالين|الموالون|موالي|مواليه|موالين)\s+ل?$")
# words that normalise to a name: the preposition على ("on") is written علي (Ali) once ى becomes ي
PREPOSITIONS_LIKE_NAMES = frozenset({"على", "وعلى", "فعلى"})
UNKNOWN_NAME_RULES = frozenset({"title+nationality+name", "title+dateline+name"})   # people made from the text
# government bodies that, named bare, are the dateline country's (normalised forms)
HOME_BODIES = {"وزاره الخارجيه", "الخارجيه", "الحكومه", "الرئاسه", "وزاره الدفاع", "foreign ministry",
               "ministry of foreign affairs", "government", "presidency", "defence ministry", "defense ministry"}
KINGDOMS = {"SAU", "JOR", "BHR", "MAR"}     # where Arab media call their own country "المملكة"
_JOINABLE_PREPS = {"في", "الي", "علي", "من", "عن", "مع", "ضد"}
_BINDING_RULES = ("institution", "office", "title+nationality", "counterpart")


# offices too often someone else's to be read as the dateline country's when bare ("the envoy", "the secretary
# general" of an organisation)
# the words between an envoy's title and the country of the brief (normalised)
PORTFOLIO_GAPS = {"الي", "الخاص الي", "الخاصه الي", "الاممي الي", "لدي", "to", "for", "special envoy to",
                  "special envoy for", "envoy to", "envoy for"}
# a name's last word that is a particle joined to a capitalised name: "al-Kaabi", "bin-Ahmed"
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|bou|ould|ag|ben|de|van|von)-[A-Z][\w'-]*")
# offices a person holds apart from any other: a bare one right after a known holder of other offices names someone
# else; the value lists offices that go with it (a crown prince may also be prime minister or defence minister)
SINGULAR_OFFICES = {"crown_prince": {"prime_minister", "defence_minister", "deputy_prime_minister"},
                    "king": set(), "emir": set(), "sultan": set(), "pope": set(), "supreme_leader": set()}
POSSESSOR_BEFORE_BODY = re.compile(r"(?:'s|’s)(?:\s+[a-z][\w-]*){0,2}\s+")    # "Sudan's army-led government"
# "Environment Minister Catherine McKenna said" in a story filed from Manila: a minister of another portfolio named with
# no nationality is as often the other side's as the dateline's; only "Qatari Energy Minister ..." says whose
NATION_NEEDED = frozenset({"sector_minister"})
BARE_TITLES_ELSEWHERE = {"special_envoy", "secretary_general", "ambassador", "un_ambassador", "spokesperson",
                         "adviser", "agency_head", "humanitarian_chief", "prosecutor", "high_representative",
                         "commission_president", "council_president", "pope", "general", "commander", "leader"}


_SHARED_HEAD = re.compile(r" and (?:the )?[\w.'-]+(?: [\w.'-]+)? ")   # "Israeli and Hamas negotiators" (normalised)


def _joined_address(word: str) -> bool:
    """A word of address with و or ف attached (normalised): "ومعالي", "وسعاده"."""
    return word[:1] in ("و", "ف") and word[1:] in HONORIFICS


_PATRONYMIC = {"بن", "ابن", "bin", "ibn", "bint", "بنت"}


@lru_cache(maxsize=4)
def _surnames(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Normalised last word of every multi-word name form → the people it may name."""
    table: dict[str, list[str]] = {}
    for p in lex.people:
        for _, form in p.forms.all():
            words = normalize_key(form).split()
            if len(words) >= 2 and words[-2] in _PATRONYMIC:
                continue     # "مكتوم بن محمد": a father's name, no surname
            if len(words) >= 2 and p.id not in table.setdefault(words[-1], []):
                table[words[-1]].append(p.id)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1024)
def _is_home_body(text: str) -> bool:
    """The words name a government body of the dateline country when bare (cached on the words: the same few
    institution words recur in every article)."""
    return normalize_key(text) in HOME_BODIES


def _definite(m: Mention) -> bool:
    """An Arabic title with the article ("الملك", "الرئيس"): one office, not the first word of a longer one."""
    return m.text.startswith(("ال", "وال"))


def _whole_office(m: Mention) -> bool:
    """An Arabic title that is a whole office: definite, or a construct whose last word is ("ولي العهد")."""
    words = m.text.split()
    return _definite(m) or (len(words) > 1 and words[-1].startswith("ال"))


def _norm(m: Mention) -> tuple[int, int]:
    """Normalised span of a mention, from the start of its word (clitics included)."""
    return m.data["norm_start"] - len(m.data.get("prefix", "")), m.data["norm_end"]


def _gap(nt: NormText, a_end: int, b_start: int) -> str:
    return nt.text[a_end:b_start] if b_start >= a_end else "\x00"


_COUNTERPART_NEAR = re.compile(r"(?:نظير\S*|counterpart)\s*$", re.I)    # "نظيره الإيراني"
_COUNTERPART_AFTER = re.compile(r"\s*counterparts?\b", re.I)              # "his Iranian counterpart"
GOVERNMENT_WORDS = {"الحكومه", "حكومه", "الحكومتان", "الحكومتين", "الحكومات", "السلطات", "سلطات", "القياده", "النظام",
                    "الحكام", "المجلس العسكري", "government", "governments", "authorities", "leadership", "regime",
                    "junta", "rulers"}
DEPARTURE_WORDS = {"leave", "leaves", "left", "leaving", "departed", "departs", "departing", "غادر", "غادرت", "يغادر",
                   "تغادر", "مغادرا", "مغادره", "وغادر", "وغادرت"}
_APPOSITION_GAP = re.compile(r"\s*,?\s*(?:the\s+)?", re.I)   # "Faisal bin Farhan, the foreign minister"
_GAP_BREAK = re.compile("[.,;:،؛!?؟\"“”«»\n]")   # punctuation that separates two mentions
_GAP_SPLIT = re.compile(r"[\s()\-]+")


def _adjacent(nt: NormText, a_end: int, b_start: int, max_words: int = MAX_GAP_WORDS) -> bool:
    gap = _gap(nt, a_end, b_start)
    if gap == "\x00" or _GAP_BREAK.search(gap):
        return False
    words = [w for w in _GAP_SPLIT.split(gap) if w]
    return len(words) <= max_words


def _prev_word(nt: NormText, norm_start: int) -> str:
    j = norm_start - 1
    while j >= 0 and nt.text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (nt.text[k].isalnum()):
        k -= 1
    return nt.text[k + 1:j + 1]


def _preposition(m: Mention, nt: NormText, norm_start: int) -> str:
    clitic = m.data.get("prefix", "")
    stripped = clitic.lstrip("وف")
    if stripped.startswith("ب"):
        return "في"
    if stripped.startswith("ل"):
        return "ل"
    word = _prev_word(nt, norm_start)
    if word[:1] in ("و", "ف") and word[1:] in _JOINABLE_PREPS:
        return word[1:]      # "وفي الرياض": و joins the preposition, not the place
    if word == "the":
        # "at the White House", "to the Kremlin": the preposition before the article
        before = _prev_word(nt, norm_start - len(word) - 1)
        if before in PLACE_PREPS or before in TARGET_PREPS:
            return before
    return word


class ActorResolver:
    """Resolves actor mentions of a sentence on a given day."""

    def __init__(self, lexicon: Lexicon, nt: NormText, lang: str, home: str | None = None):
        self.lex, self.nt, self.lang = lexicon, nt, lang
        self.home = home    # the country of the dateline: a bare title there is its own official
        self.speaker_country: str | None = None    # whose "بلاده" a sentence naming no official means
        self.last_union: ActorRef | None = None     # the union named last: what "the bloc", "الاتحاد" refer to
        # a generic title (الوزير, the minister) → the offices it may stand for
        self.covered = {t.office: t.covers for t in lexicon.titles if t.covers}
        # people the dictionary does not know, named in full with a title: their surname (normalised) → (its
        # spelling, the person), for when the article names them again by surname alone
        self.unknown_people: dict[str, tuple[str, ActorRef]] = {}

    # --- single entries -------------------------------------------------------------
    def _country_ref(self, iso3: str | None, m: Mention, start: int, end: int, ns: int, ne: int,
                     rule: str, weak: bool = False, prep: str = "") -> ActorRef | None:
        if not iso3 or iso3 not in self.lex.by_iso3:
            return None
        c = self.lex.by_iso3[iso3]
        return ActorRef(c.name, iso3, "country", iso3, start, end, ns, ne, rule, weak=weak, prep=prep)

    def _org_ref(self, org_id: str, start, end, ns, ne, rule, weak=False) -> ActorRef | None:
        o = self.lex.by_org.get(org_id)
        if o is None:
            return None
        return ActorRef(o.name, o.country, o.kind, o.id, start, end, ns, ne, rule, weak=weak)

    def _person_ref(self, person_id: str, start, end, ns, ne, rule, office=None, day=None) -> ActorRef | None:
        """A known person; one serving an organisation on `day` (NATO's secretary general) acts for it,
        not for the country they come from."""
        p = self.lex.by_person.get(person_id)
        if p is None:
            return None
        country = p.country
        current = [t for t in p.offices if t.covers(day)] if day else []
        if current and all(t.of in self.lex.by_org for t in current):
            country = self.lex.by_org[current[0].of].country   # NATO's chief: none; the RSF's: Sudan
        return ActorRef(p.name, country, "person", p.id, start, end, ns, ne, rule, office=office)

    def _nation_of(self, m: Mention) -> tuple[str, str]:
        """(\"country\"|\"org\", id) of a nationality-like mention."""
        if m.kind in ("org", "org_adj"):
            return "org", m.entry
        return "country", m.entry

    def _titled_surname(self, office: str, after: int, day: date | None, start: int) -> ActorRef | None:
        """"الرئيس عون", "President Aoun": a title then the surname of someone who held that office that day
        (a surname the dictionary does not list alone, because alone it is a word: عون is also "help")."""
        m = _NEXT_WORD.match(self.nt.text[after:after + 40])
        if m is None:
            return None
        ns, ne = after + 1, after + 1 + len(m.group(1))
        ostart, oend = self.nt.to_original(ns, ne)
        if self.nt.original[ostart:oend] in PREPOSITIONS_LIKE_NAMES:
            return None     # "الرئيس على هامش الزيارة": the preposition على, not the name علي it normalises to
        for person_id in _surnames(self.lex).get(m.group(1), ()):
            if any(t.office == office for t in self.lex.offices_of(person_id, day) if t.covers(day)):
                return self._person_ref(person_id, start, oend, ns, ne, "title+surname", office=office, day=day)
        return None

    def _holder(self, office: str, of: str, day: date | None, start, end, ns, ne, rule) -> ActorRef | None:
        person = self.lex.holder(office, of, day)
        if person is None:
            return None
        return self._person_ref(person.id, start, end, ns, ne, rule, office=office, day=day)

    # --- unknown names ----------------------------------------------------------------
    def _unknown_name(self, after: int, taken: list[tuple[int, int]]) -> tuple[str, int, int] | None:
        """A personal name right after norm index `after`: 2-4 words that are not known words (none of them
        overlapping a `taken` span)."""
        text, original = self.nt.text, self.nt.original
        pattern = _ARABIC_WORD if self.lang == "ar" else _LATIN_WORD
        pos = after
        while pos < len(text) and text[pos].isalnum():   # finish the word the compound ended in
            pos += 1
        words: list[tuple[int, int]] = []
        while len(words) < 4:
            while pos < len(text) and text[pos] == " ":
                pos += 1
            m = pattern.match(text, pos)
            if not m or any(start < m.end() and m.start() < end for start, end in taken if start < end):
                break
            word = m.group()
            if not words and word in self.lex.title_qualifiers:
                pos = m.end()     # "رئيس الوزراء التايلاندي بالنيابة فومتام": the office is held ad interim
                continue
            if word in self.lex.name_stopwords or any(ch.isdigit() for ch in word):
                break
            if self.lang == "ar" and _joined_address(word):
                break     # "وزير الدفاع اللبناني ومعالي وزير الدفاع السوري": "and his excellency" starts the next one
            if self.lang == "ar" and not words and word.startswith("ال"):
                break
            if self.lang == "ar" and words and word.startswith(("بال", "لل")):
                break     # "كاكر بالوزير", "جيك ساليفان للصحافيين": "with the", "to the" start a new phrase
                # (not "والي أديمو"; a title's own "للشؤون" comes before the name)
            if self.lang == "ar" and len(word) > 3 and word.startswith("م") and word.endswith("ا"):
                break     # an accusative participle (مهنئا, مؤكدا) says how, it names no one
            if self.lang == "ar" and not words and original[self.nt.offsets[pos]:self.nt.offsets[pos] + 2] in ("لإ", "لأ"):
                break     # "السفير الفرنسي لإبلاغه احتجاجها": a purpose (ل + verbal noun), no name
            if self.lang == "ar" and _VERBAL_NOUN.fullmatch(word):
                break     # "ممتاز زهرة بلوش استدعاء سفير": a verbal noun (استدعاء، استقبال) starts what she announced
            if self.lang != "ar" and not original[self.nt.offsets[pos]].isupper() \
                    and word.split("-")[0] not in self.lex.name_particles:
                break
            words.append((pos, m.end()))
            pos = m.end()
        if self.lang != "ar":
            # (a last word that is a particle joined to a capitalised name stays: "Saad al-Kaabi", "Ali bin-Ahmed")
            while words and not original[self.nt.offsets[words[-1][0]]].isupper() \
                    and not _PARTICLE_NAME.fullmatch(original[self.nt.offsets[words[-1][0]]:self.nt.offsets[words[-1][1] - 1] + 1]):
                words.pop()
        if len(words) < 2:
            return None
        ostart, _ = self.nt.to_original(words[0][0], words[0][1])
        _, oend = self.nt.to_original(words[-1][0], words[-1][1])
        return original[ostart:oend], words[-1][1], oend

    def _remember_unknown(self, refs: list[ActorRef]) -> None:
        """"Bhutan's Foreign Minister Tandi Dorji", "وزير الخارجية البوتاني تاندي دورجي": Dorji from now on."""
        for r in refs:
            if r.kind != "person" or r.entry is not None or r.rule not in UNKNOWN_NAME_RULES:
                continue
            words = r.name.split()
            key = last_name([normalize_key(w) if self.lang == "ar" else w.lower() for w in words])
            if key is None or key in PARTICLES or key in self.lex.name_stopwords:
                continue
            self.unknown_people.setdefault(key, (words[-1], r))

    def _named_again(self, span: tuple[int, int], refs: list[ActorRef], taken: list[tuple[int, int]]) -> list[ActorRef]:
        """"Dorji met Chinese Foreign Minister Wang Yi", "والتقى دورجي وزير الخارجية الصيني": the surname of someone
        named in full earlier, spelled as then (so "على" is never the name "علي"), where nothing else was read."""
        lo, hi = span
        spans = taken + [(r.norm_start, r.norm_end) for r in refs]
        found = []
        for key, (spelling, person) in self.unknown_people.items():
            for hit_start, start, end in whole_words(self.nt.text, key, lo, self.lang == "ar", hi):
                ostart, oend = self.nt.to_original(start, end)
                if self.nt.original[ostart:oend] != spelling or any(a < end and start < b for a, b in spans):
                    continue
                found.append(person.replaced(start=ostart, end=oend, norm_start=start, norm_end=end, rule="surname",
                                             prep=self.nt.text[hit_start:start]))
        return found

    # --- the sentence -----------------------------------------------------------------
    def resolve(self, mentions: list[Mention], day: date | None, cues: list[Mention],
                taken: list[tuple[int, int]], span: tuple[int, int] | None = None) -> list[ActorRef]:
        """Actors of one sentence in text order. `taken`: norm spans of other mentions; `span`: the sentence's,
        where the surnames of people named earlier are looked for."""
        ms = sorted(mentions, key=lambda m: m.start)
        # a name unknown to the lexicon ends where a country, body or title the lexicon knows begins ("رئيس
        # جمهورية مصر العربية إسرائيل مسؤولية ..." names no one after the title)
        taken = taken + [_norm(m) for m in ms if m.kind not in ("person", "title")]
        used: set[int] = set()
        refs: list[ActorRef] = []
        counterparts = [c for c in cues if c.entry == "counterpart"]
        institutions = [c for c in cues if c.entry == "institution"]
        for i, m in enumerate(ms):
            if i in used:
                continue
            ref = None
            if m.kind in NATION_KINDS and self._before_title(ms, i):
                continue   # "Sudanese Armed Forces General ...", "Russia's foreign minister": the title takes it
            if m.kind in NATION_KINDS and self._backer(m):
                continue
            if m.kind == "title":
                ref = self._title_compound(ms, i, used, day, taken)
            elif m.kind in ("demonym", "org_adj"):
                ref = self._nationality(ms, i, used, day, counterparts, institutions, refs, taken)
            else:
                ref = self._single(m, day)
            if ref is not None:
                refs.append(ref)
        # "Therese Kayikwamba Wagner": an entry inside a name already read is part of the name
        people = [o for o in refs if o.kind == "person"]
        refs = [r for r in refs if not any(o is not r and o.start <= r.start and r.end <= o.end
                                           and (o.end - o.start) > (r.end - r.start) for o in people)]
        self._remember_unknown(refs)
        if span is not None and self.unknown_people:
            refs = sorted(refs + self._named_again(span, refs, taken), key=lambda r: r.start)
        refs = self._members_of_groupings(refs)
        refs = self._own_countries(refs, [c for c in cues if c.entry == "own_country"])
        refs = self._home_institutions(refs, institutions + [c for c in cues if c.entry == "home_kingdom"], ms)
        refs = self._the_union(refs, [c for c in cues if c.entry == "the_union"], ms)
        return self._coordinated(self._counterparts_named_later(refs, day), day)

    def _the_union(self, refs: list[ActorRef], cues: list[Mention], mentions: list[Mention]) -> list[ActorRef]:
        """"وأكدت كالاس أن الاتحاد سيقر حزمة سابعة عشرة", "the bloc adopted": the union the article named last
        (not a name that goes on, "الاتحاد السوفيتي", "الاتحاد العام للشغل", nor one the sentence names itself)."""
        out = list(refs)
        for cue in cues:
            ns, ne = _norm(cue)
            named = self.last_union
            if named is None or any(m.start < cue.end and cue.start < m.end for m in mentions) \
                    or UNION_GOES_ON.match(self.nt.text, ne) or UNION_OF.search(self.nt.text, max(0, ns - 12), ns) \
                    or any(0 <= _norm(m)[0] - ne <= 2 for m in mentions if m.kind in ("person", "title")):
                continue     # ("في الاتحاد جوزيب بوريل", "the bloc's foreign policy chief": a title's; "دول الاتحاد")
            out.append(named.replaced(start=cue.start, end=cue.end, norm_start=ns, norm_end=ne, rule="the_union",
                                      prep=_preposition(cue, self.nt, ns)))
        unions = [r for r in refs if r.kind == "organization" and UNION_NAME.search(r.name)]
        if unions:
            self.last_union = unions[-1]
        return sorted(out, key=lambda r: r.norm_start) if len(out) > len(refs) else out

    def _counterparts_named_later(self, refs: list[ActorRef], day: date | None) -> list[ActorRef]:
        """"في اتصال هاتفي مع نظيره الروسي، أكد الرئيس الصيني شي", "In a call with his Russian counterpart, Xi ...":
        a counterpart named before the official whose office it shares is that office's holder in its country."""
        out = []
        for k, r in enumerate(refs):
            office = None
            if r.rule == "counterpart" and r.kind == "country":
                office = next((o.office for o in refs[k + 1:] if o.office and o.kind == "person"), None)
            holder = self._holder(office, r.country, day, r.start, r.end, r.norm_start, r.norm_end, "counterpart") \
                if office and r.country else None
            out.append(holder or r)
        return out

    def _home_institutions(self, refs: list[ActorRef], institutions: list[Mention],
                           mentions: list[Mention]) -> list[ActorRef]:
        """"أعربت وزارة الخارجية في بيان" under a Riyadh dateline, "the foreign ministry said" in a Beirut
        story: a government body named bare is the dateline country's."""
        if self.home is None or self.home not in self.lex.by_iso3:
            return refs
        out = list(refs)
        for cue in institutions:
            ns, ne = _norm(cue)
            kingdom = cue.entry == "home_kingdom"
            if kingdom and self.home not in KINGDOMS:
                continue     # "المملكة" is the dateline's own country only where that is a kingdom
            if (not _is_home_body(cue.text) and not kingdom) or any(r.norm_start <= ns < r.norm_end or ns <= r.norm_start < ne
                                                                 for r in refs):
                continue
            if any(m.start < cue.end and cue.start < m.end for m in mentions) or \
                    any(0 <= _norm(m)[0] - ne <= 12 or 0 <= ns - _norm(m)[1] <= 3
                        or POSSESSOR_BEFORE_BODY.fullmatch(self.nt.original, m.end, cue.start)
                        for m in mentions if m.kind in NATION_KINDS):
                continue     # a title holds it ("وزير الخارجية") or a nationality names its country ("Sudan's
                # army-led government")
            country = self.lex.by_iso3[self.home]
            out.append(ActorRef(country.name, self.home, "country", self.home, cue.start, cue.end, ns, ne,
                                "institution+dateline", prep=_preposition(cue, self.nt, ns)))
        return sorted(out, key=lambda r: r.norm_start)

    def _members_of_groupings(self, refs: list[ActorRef]) -> list[ActorRef]:
        """"the E3", "الترويكا الأوروبية": a grouping that stands for its states is those states, where it is named."""
        out = []
        for r in refs:
            org = self.lex.by_org.get(r.entry) if r.kind == "organization" else None
            if org is None or not org.members:
                out.append(r)
                continue
            out.extend(ActorRef(self.lex.by_iso3[iso3].name, iso3, "country", iso3, r.start, r.end, r.norm_start,
                                r.norm_end, "member", prep=r.prep)
                       for iso3 in org.members if iso3 in self.lex.by_iso3)
        return out

    def _own_countries(self, refs: list[ActorRef], pronouns: list[Mention]) -> list[ActorRef]:
        """"قال الوزير إن بلاده ستسلم", "said his country would": the country of the official named before,
        or of the last speaker when the sentence names none."""
        if not pronouns:
            return refs
        out = list(refs)
        for cue in pronouns:
            ns, ne = _norm(cue)
            # the sentence's first official is its subject: "تصريح ترامب، خلال استقباله كارني، بأن بلاده"
            officials = [r for r in refs if r.norm_end <= ns and r.country and (r.kind == "person" or r.office)]
            iso3 = officials[0].country if officials else self.speaker_country
            country = self.lex.by_iso3.get(iso3) if iso3 else None
            if country is not None:
                out.append(ActorRef(country.name, iso3, "country", iso3, cue.start, cue.end, ns, ne, "own_country",
                                    prep=_preposition(cue, self.nt, ns)))
        return sorted(out, key=lambda r: r.norm_start)

    def _coordinated(self, refs: list[ActorRef], day: date | None) -> list[ActorRef]:
        """"الوفدان الروسي والأوكراني", "الرئيسان الروسي والأمريكي", "the Russian and Ukrainian delegations":
        a bare nationality joined to one that an office or institution word made an actor is one too."""
        out = list(refs)
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if not _JOINED.fullmatch(self.nt.text, a.norm_end, b.norm_start):
                continue
            if b.weak and b.rule == "adjective" and not a.weak and a.rule in _BINDING_RULES:
                out[i + 1] = self._like(a, b, day)
            elif a.weak and a.rule == "adjective" and not b.weak and b.rule in _BINDING_RULES and self.lang != "ar":
                out[i] = self._like(b, a, day)
        return out

    def _like(self, model: ActorRef, bare: ActorRef, day: date | None) -> ActorRef:
        """`bare` made an actor the way `model` is: the same office of its own country, or its institution."""
        if model.office and bare.country:
            holder = self._holder(model.office, bare.country, day, bare.start, bare.end, bare.norm_start,
                                  bare.norm_end, model.rule)
            if holder is not None:
                return holder
        return bare.replaced(weak=False, rule=model.rule)

    def _backer(self, m: Mention) -> bool:
        """A nation that backs or brokers what follows is no party to the sentence's event."""
        ns, ne = _norm(m)
        text = self.nt.text
        # (both patterns need a dash right after, or a space or ل right before: tested first, it spares most searches)
        before_end = ns + len(m.data.get("prefix", ""))
        return (text.startswith(("-", "‑"), ne) and _BACKER_AFTER.match(text, ne) is not None
                or 0 < before_end <= len(text) and (text[before_end - 1].isspace() or text[before_end - 1] == "ل")
                and _BACKER_BEFORE.search(text, max(0, ns - 20), before_end) is not None)

    def _before_title(self, ms: list[Mention], i: int) -> bool:
        """English puts the nation before the title; in Arabic a place before a title ("في بغداد وزير
        الخارجية الإيراني") ends the clause before it."""
        k = i + 1
        while k < len(ms) and (ms[k].start, ms[k].end) == (ms[i].start, ms[i].end):
            k += 1       # "Saudi" is both a country and a demonym: look past the twin
        if self.lang != "ar" and k < len(ms) and ms[k].kind == "person" \
                and re.fullmatch(r"\s*(?:'s|’s)\s*", self.nt.text[_norm(ms[i])[1]:_norm(ms[k])[0]]):
            person = self.lex.by_person.get(ms[k].entry)
            return person is not None and person.country == ms[i].entry   # "Jordan's King Abdullah II": his
        if self.lang == "ar" or k >= len(ms) or ms[k].kind != "title":
            return False
        gap = self.nt.text[_norm(ms[i])[1]:_norm(ms[k])[0]].strip()
        return _NATION_TITLE_GAP.fullmatch(gap) is not None

    def _sentence_opening(self, pos: int, reach: int) -> int:
        """Where the sentence holding `pos` opens, at most `reach` characters back (normalised text)."""
        since = max(0, pos - reach)
        stop = max(self.nt.text.rfind(". ", since, pos), self.nt.text.rfind("\n", since, pos))
        return since if stop < 0 else stop + 1

    def _single(self, m: Mention, day: date | None) -> ActorRef | None:
        ns, ne = _norm(m)
        prep = _preposition(m, self.nt, ns)
        if m.kind == "person":
            person = self.lex.by_person.get(m.entry)
            office = None
            if person:
                terms = self.lex.offices_of(person.id, day)
                office = terms[0].office if terms else None
            ref = self._person_ref(m.entry, m.start, m.end, self._with_honorifics(ns), ne, "person", office, day)
        elif m.kind == "org":
            ref = self._org_ref(m.entry, m.start, m.end, ns, ne, "organization")
        elif m.kind == "capital" and self._names_a_format(ns, ne):
            return None
        elif m.kind in ("country", "seat", "capital"):
            iso3 = m.entry
            if m.kind == "seat" and self.nt.original[m.start:m.end].lower() == "treasury" \
                    and BRITISH_BEFORE.search(self.nt.text, self._sentence_opening(ns, BRITISH_REACH), ns):
                iso3 = "GBR"     # "Britain would sanction both men, and the Treasury added their names": London's
            ref = self._country_ref(iso3, m, m.start, m.end, ns, ne, m.kind, prep=prep)
            if ref and m.kind == "capital":
                ref.city = m.data.get("place")
            if ref and m.kind == "capital" and self._after_departure(ns):
                ref.place, ref.prep = m.data.get("place") or ref.name, "from"   # "leave Pyongyang": where from
            # ("fired missiles at Israel": a country after "at" is aimed at; "at the Kremlin" is a place)
            elif ref and ((prep in PLACE_PREPS and not self._government_in(ns) and not (prep == "at" and m.kind == "country"))
                          or self._after_city_word(ns)
                          or self._dateline_place(m)):
                ref.place = m.data.get("place") or ref.name
            return ref
        elif m.kind == "place":
            return ActorRef(m.entry, m.data.get("country"), "place", m.entry, m.start, m.end, ns, ne,
                            "place", place=m.entry, prep=prep)
        else:
            return None
        if ref is not None:
            ref.prep = prep   # a fresh ref of our own: setting the field beats copying it
        return ref

    def _with_honorifics(self, ns: int) -> int:
        """Arabic words of address before a name belong to it ("وسعادة ستيف ويتكوف": "and his excellency" joins
        the name to a list as "وستيف ويتكوف" would)."""
        if self.lang != "ar":
            return ns
        while True:
            word = _prev_word(self.nt, ns)
            if not word or (word not in HONORIFICS and not _joined_address(word)):
                return ns
            ns = self.nt.text.rindex(word, 0, ns)

    def _dateline_place(self, m: Mention) -> bool:
        """"الرياض- التقى ...", "KYIV, June 2 (Reuters) -": the place a dispatch is filed from opens its line."""
        original = self.nt.original
        line_start = original.rfind("\n", 0, m.start) + 1
        return not original[line_start:m.start].strip() and _DATELINE_MARK.match(original, m.end) is not None

    def _government_in(self, ns: int) -> bool:
        """"الحكومتان الانتقاليتان في مالي وبوركينا فاسو", "the authorities in Kabul": who governs there, not a place."""
        words = [w for w in self.nt.text[max(0, ns - 45):ns].split()]
        if len(words) < 2 or words[-1].lstrip("و") not in ("في", "in"):
            return False
        return any(w.lstrip("و") in GOVERNMENT_WORDS for w in words[-4:-1])

    def _names_a_format(self, ns: int, ne: int) -> bool:
        """"قمة ثلاثية لصيغة أستانا", "the Astana format", "the Minsk process": a city naming a diplomatic format is no
        party to it."""
        if self.lang == "ar":
            return _prev_word(self.nt, ns) in FORMAT_WORDS
        return FORMAT_AFTER.match(self.nt.text, ne) is not None

    def _after_departure(self, ns: int) -> bool:
        """"was due to leave Pyongyang", "غادر موسكو": the city left is where someone was, not a party."""
        if self.lang == "ar":
            # Arabic puts the subject between: "غادر أمير قطر الدوحة متوجها إلى واشنطن"
            words = self.nt.text[max(0, ns - 40):ns].split()[-4:]
            return any(w in DEPARTURE_WORDS for w in words)
        words = self.nt.text[max(0, ns - 20):ns].split()
        return bool(words) and words[-1] in DEPARTURE_WORDS

    def _after_city_word(self, ns: int) -> bool:
        """"العاصمة السعودية الرياض", "مدينة جدة", "the Saudi capital Riyadh": a place named, not an actor."""
        words = self.nt.text[max(0, ns - 40):ns].split()[-2:]
        return bool(words) and (words[-1] in CITY_WORDS or (len(words) == 2 and words[0] in CITY_WORDS))

    def _before_land_word(self, ne: int) -> bool:
        """"from operating on Israeli territory", "on Ukrainian soil": the land of a state, not the state acting."""
        return self.lang != "ar" and LAND_WORD.match(self.nt.text, ne) is not None

    def _qualifiers_only(self, a: int, b: int) -> bool:
        """Only words that qualify a title's holder between a and b: "بالنيابة", "السابق", "المحتجز"."""
        gap = self.nt.text[a:b].split()
        return 0 < len(gap) <= 2 and all(w in self.lex.title_qualifiers for w in gap)

    def _title_compound(self, ms, i, used, day, taken) -> ActorRef | None:
        title = ms[i]
        ts, te = _norm(title)
        start, end, nend = title.start, title.end, te
        nation = person = None
        # English order: nationality right before the title ("French President", "Russia's foreign minister").
        if self.lang != "ar" and i > 0 and ms[i - 1].kind in NATION_KINDS and (i - 1) not in used:
            prev = ms[i - 1]
            if _adjacent(self.nt, _norm(prev)[1], ts, 0) or _NATION_TITLE_GAP.fullmatch(self.nt.text[_norm(prev)[1]:ts].strip()):
                nation = prev
                start = prev.start
        j = i + 1
        # A longer title that follows ("رئيس" "الوزراء") was merged by the matcher; skip doubled titles.
        while j < len(ms) and ms[j].kind == "title" and _adjacent(self.nt, nend, _norm(ms[j])[0], 1) \
                and not HONORIFIC_BEFORE.search(self.nt.text, nend, _norm(ms[j])[0]) \
                and not (self.lang == "ar" and _whole_office(title) and _definite(ms[j])):
            # ("سمو وزير الدفاع فخامة الرئيس", "التقى جلالة الملك الرئيس الفلسطيني": two people, not one doubled title)
            title = ms[j] if ms[j].data.get("rank", 1) >= title.data.get("rank", 1) else title
            used.add(j)
            end, nend = ms[j].end, _norm(ms[j])[1]
            j += 1
        if nation is None and j < len(ms) and ms[j].kind in NATION_KINDS and _adjacent(self.nt, nend, _norm(ms[j])[0]) \
                and not self._definite_before_name(title, ms[j]) \
                and (self.lang == "ar" or _OF_NATION_GAP.fullmatch(self.nt.text[nend:_norm(ms[j])[0]].strip())):
            # (in English a nation after the title is joined to it: "President of France", not "The Prime Minister
            # spoke to NATO Secretary General Mark Rutte")
            nation = ms[j]
            used.add(j)
            end, nend = nation.end, _norm(nation)[1]
            j += 1
        elif nation is not None:
            used.add(i - 1)
        if j + 1 < len(ms) and (ms[j].kind in NATION_KINDS or ms[j].kind == "place") and ms[j + 1].kind == "person" \
                and self.nt.text[nend:_norm(ms[j])[0]].strip() in PORTFOLIO_GAPS \
                and _adjacent(self.nt, _norm(ms[j])[1], _norm(ms[j + 1])[0], 0):
            # "المبعوث الأمريكي الخاص إلى السودان توم بيرييلو", "US special envoy for Sudan Tom Perriello":
            # the country is the envoy's brief, the name after it is the envoy
            used.add(j)
            end, nend = ms[j].end, _norm(ms[j])[1]
            j += 1
        if j + 1 < len(ms) and ms[j].kind == "title" and ms[j].entry == "general" and ms[j + 1].kind == "person" \
                and _adjacent(self.nt, nend, _norm(ms[j])[0], 0) and _adjacent(self.nt, _norm(ms[j])[1], _norm(ms[j + 1])[0], 0):
            # "قائد الجيش السوداني الفريق أول عبد الفتاح البرهان": a rank between the office and its holder's name
            used.add(j)
            end, nend = ms[j].end, _norm(ms[j])[1]
            j += 1
        if j < len(ms) and ms[j].kind == "person" and (
                _adjacent(self.nt, nend, _norm(ms[j])[0], 0) or self._qualifiers_only(nend, _norm(ms[j])[0])):
            person = ms[j]     # ("الرئيس الأسبق محمدو إيسوفو", "الرئيس المحتجز محمد بازوم": the title is his)
            used.add(j)
        ns = _norm(ms[i])[0] if nation is None or nation.start > title.start else _norm(nation)[0]
        if person is not None:
            ref = self._single(person, day)
            return ref.replaced(start=min(start, ref.start), norm_start=min(ns, ref.norm_start), rule="title+person",
                           office=title.entry) if ref else None
        if nation is None:
            titled = self._titled_surname(title.entry, nend, day, start)
            if titled is not None:
                return titled
            if self.home is None or title.entry in BARE_TITLES_ELSEWHERE or self.inflected(ms[i]) \
                    or title.entry in NATION_NEEDED:
                return None     # not "الرئيسان", "the presidents": a pair or a group is not one official
            if self._apposition(ms, i, day):
                return None     # "الأمير فيصل بن فرحان بن عبدالله وزير الخارجية": his title, not another official
            if self._home_is_the_counterpart(ms):
                return None     # "طهران ... وأعرب وزير الخارجية ... مع نظيره الإيراني": the guest, not Iran's
            named = self._unknown_name(nend, taken)
            if named is not None and not any(m.kind == "person" and nend <= _norm(m)[0] <= named[1] + 1 for m in ms):
                if self.lang == "ar":
                    return None     # "والتقى وزير المالية محمد يسر برنية": someone named, not the dateline's minister
                # "BOGOTA - Interior Minister Armando Benedetti said": someone the dictionary does not know, named with
                # a bare title under a dateline, is of the dateline's country (in Arabic honorifics such as "فخامة
                # الرئيس" read as names, so there no one is made of it)
                name, name_nend, oend = named
                return ActorRef(name, self.home, "person", None, start, oend, ns, name_nend, "title+dateline+name",
                                office=title.entry)
            # "الرياض ... استقبل سمو وزير الخارجية", "KYIV (Reuters) - The foreign minister said": the
            # dateline's own official
            ref = self._holder(title.entry, self.home, day, start, end, ns, nend, "title+dateline")
            return ref.replaced(office=title.entry, prep=_preposition(ms[i], self.nt, ns)) if ref else None
        kind, of = self._nation_of(nation)
        # (after a generic title, "استقبل الوزير الفرنسي بقصر المرادية", what follows is no name: one would be known)
        unknown = self._unknown_name(nend, taken) if title.entry not in self.covered else None
        if unknown is None and self._apposition_after_name(ms, i, nation, title):
            return None     # "Alexander Fomin, Russia's deputy defence minister, told reporters": Fomin again
        if unknown is not None:
            name, name_nend, oend = unknown
            inside = next((k for k in range(j, len(ms)) if ms[k].kind == "person"
                           and nend <= _norm(ms[k])[0] < name_nend), None)
            if inside is not None:
                # "المبعوث الأمريكي آموس هوكستين" where only the surname is listed: the known person
                used.add(inside)
                ref = self._single(ms[inside], day)
                return ref.replaced(start=min(start, ref.start), norm_start=min(ns, ref.norm_start), rule="title+person", office=title.entry) \
                    if ref else None
            # ("TPLF spokesman Getachew Reda": a group's official is of the group's country; an international
            # body's is of none)
            country = of if kind == "country" else getattr(self.lex.by_org.get(of), "country", None)
            return ActorRef(name, country, "person", None, start, oend, ns, name_nend,
                            "title+nationality+name", office=title.entry)
        ref = self._holder(title.entry, of, day, start, end, ns, nend, "office")
        if ref is None:
            ref = (self._country_ref(of, nation, start, end, ns, nend, "title+nationality") if kind == "country"
                   else self._org_ref(of, start, end, ns, nend, "title+organization"))
        if ref is not None:
            ref = ref.replaced(office=title.entry, prep=_preposition(ms[i], self.nt, ns))
        return ref

    def _home_is_the_counterpart(self, ms: list[Mention]) -> bool:
        """The sentence names the dateline country's official as the counterpart ("نظيره الإيراني", "his
        Iranian counterpart"), so a bare title in it is the other side's."""
        for m in ms:
            if m.kind != "demonym" or self._nation_of(m) != ("country", self.home):
                continue
            ns, ne = _norm(m)
            if _COUNTERPART_NEAR.search(self.nt.text, max(0, ns - 14), ns) or \
                    _COUNTERPART_AFTER.match(self.nt.text, ne):
                return True
        return False

    def _apposition_after_name(self, ms: list[Mention], i: int, nation: Mention, title: Mention) -> bool:
        """English "Name, Nation's title": the titled nation right after a name and a comma describes it."""
        if self.lang == "ar" or nation.start > title.start:
            return False
        k = next((j for j in range(i - 1, -1, -1) if ms[j] is nation), None)
        if k is None or k == 0 or ms[k - 1].kind != "person":
            return False
        known = self.lex.by_person.get(ms[k - 1].entry)
        if known is not None and known.country and self._nation_of(nation) != ("country", known.country):
            return False    # "Shehbaz Sharif, Mongolian President Khurelsukh and ...": a list, not an apposition
        return re.fullmatch(r"\s*,\s*(?:the\s+)?", self.nt.text[_norm(ms[k - 1])[1]:_norm(nation)[0]]) is not None

    def _apposition(self, ms: list[Mention], i: int, day: date | None = None) -> bool:
        """A bare title right after a person's name describes that person ("فيصل بن فرحان بن عبدالله وزير
        الخارجية", "Faisal bin Farhan, the foreign minister"), unless the person is known to hold other offices only
        ("التقى الرئيس الأوكراني فولوديمير زيلينسكي ولي العهد": the crown prince is the one met)."""
        if i == 0 or ms[i - 1].kind != "person" or ms[i].data.get("prefix", "").startswith("و"):
            return False     # "نجيب ميقاتي والرئيس المكلف": "and the president" is someone else
        if self.lang == "ar" and ms[i].entry in SINGULAR_OFFICES:
            held = {t.office for t in self.lex.offices_of(ms[i - 1].entry, day)}
            if held and ms[i].entry not in held and not held & SINGULAR_OFFICES[ms[i].entry]:
                return False
        gap = self.nt.text[_norm(ms[i - 1])[1]:_norm(ms[i])[0]]
        if self.lang == "ar":
            return _adjacent(self.nt, _norm(ms[i - 1])[1], _norm(ms[i])[0], 2)
        return _APPOSITION_GAP.fullmatch(gap) is not None

    def inflected(self, m: Mention) -> bool:
        """The word goes on past the dictionary form: a dual or plural ending (الرئيسين, presidents)."""
        end = _norm(m)[1]
        return end < len(self.nt.text) and self.nt.text[end].isalpha()

    def _definite_before_name(self, title: Mention, nation: Mention) -> bool:
        """Arabic "وزير الخارجية دمشق": a title that ends in a definite word takes no country name after it
        ("وزير خارجية سوريا" would), so the name starts something else (the object of "زار")."""
        if self.lang != "ar" or nation.kind not in ("country", "capital", "seat"):
            return False
        last = self.nt.text[_norm(title)[0]:_norm(title)[1]].split()[-1]
        return last.startswith("ال") and len(self.nt.text[_norm(title)[0]:_norm(title)[1]].split()) > 1

    def _shares_head(self, ne: int, cs: int) -> bool:
        """English "Israeli and Hamas negotiators": the nationality before "and" takes the head noun after the word
        joined to it (counterparts are paired elsewhere: "his Pakistani and Iranian counterparts")."""
        return self.lang != "ar" and cs > ne and _SHARED_HEAD.fullmatch(self.nt.text, ne, cs) is not None

    def _nationality(self, ms, i, used, day, counterparts, institutions, refs, taken) -> ActorRef | None:
        m = ms[i]
        ns, ne = _norm(m)
        kind, of = self._nation_of(m)
        for cue in counterparts:
            cs, ce = _norm(cue)
            if _adjacent(self.nt, ce, ns, 0) or _adjacent(self.nt, ne, cs, 0):
                if any(p.kind == "person" and _adjacent(self.nt, max(ce, ne), _norm(p)[0], 0) for p in ms[i + 1:i + 3]):
                    return None     # "his Chinese counterpart Wang Yi", "نظيره الروسي سيرغي لافروف": the one named
                office = next((r.office for r in reversed(refs) if r.office), None)
                start, end = min(cue.start, m.start), max(cue.end, m.end)
                ref = self._holder(office, of, day, start, end, min(cs, ns), max(ce, ne), "counterpart") if office else None
                if ref is None:
                    ref = self._country_ref(of, m, start, end, min(cs, ns), max(ce, ne), "counterpart")
                return ref
        for cue in institutions:
            cs, ce = _norm(cue)
            # ("U.S. defense companies", "Iranian oil tankers": a word of trade or branch between)
            # ("وزارة الاقتصاد والتجارة والصناعة اليابانية": a body's name going on with و before its nationality)
            if _adjacent(self.nt, ce, ns, 1) or _adjacent(self.nt, ne, cs, 0) \
                    or self.lang == "ar" and JOINED_NAME_PARTS.fullmatch(self.nt.text, ce, ns) \
                    or (self.lang != "ar" and _adjacent(self.nt, ne, cs, 1)
                        and self.nt.original[m.end:cue.start].strip().islower()) \
                    or (self._shares_head(ne, cs) and not cue.text.lower().startswith("counterpart")):
                # "Israeli and Hamas negotiators": the nationality shares the head noun of the one joined to it
                start, end = min(cue.start, m.start), max(cue.end, m.end)
                if kind == "org":
                    return self._org_ref(of, start, end, min(cs, ns), max(ce, ne), "institution")
                return self._country_ref(of, m, start, end, min(cs, ns), max(ce, ne), "institution")
        if kind == "org":
            return self._org_ref(of, m.start, m.end, ns, ne, "adjective", weak=True)
        ref = self._country_ref(of, m, m.start, m.end, ns, ne, "adjective", weak=True)
        if ref is not None and (self._after_city_word(ns) or self._before_land_word(ne)):
            ref.place = ref.name     # "العاصمة السعودية الرياض", "the Saudi capital", "on Israeli territory": where
        return ref
