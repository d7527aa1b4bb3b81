"""Load and validate the language data in diplo/lang/ into typed, immutable objects.

The format is specified in diplo/lang/README.md. Invalid data raises LexiconError naming the file
and the entry, so a bad edit to a YAML file is caught by the tests and at start-up.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from bisect import bisect_right
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from diplo.arabic import normalize_key

LANG_DIR = Path(__file__).parent / "lang"


class LexiconError(ValueError):
    """The language data is invalid; the message names the file and the entry."""


@dataclass(frozen=True)
class Forms:
    ar: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def all(self) -> tuple[tuple[str, str], ...]:
        return tuple(("ar", f) for f in self.ar) + tuple(("en", f) for f in self.en)


@dataclass(frozen=True)
class Named:
    """A place or a seat of government (metonym) with its names."""
    name: str
    forms: Forms


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    forms: Forms
    adjectives: Forms
    capital: Named | None
    seats: tuple[Named, ...]
    family_name_first: bool = False    # "Kim Jong Un ... Kim said": the surname leads the name


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    kind: str
    country: str | None
    forms: Forms
    adjectives: Forms
    firm: bool = False       # a company, bank or state firm: named as the target of sanctions, never their source
    members: tuple[str, ...] = ()    # a grouping that stands for its states ("the E3"): their ISO codes


@dataclass(frozen=True)
class OfficeTerm:
    office: str
    of: str
    start: date
    end: date | None

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    country: str | None
    forms: Forms
    offices: tuple[OfficeTerm, ...]


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    forms: Forms


@dataclass(frozen=True)
class Title:
    office: str
    forms: Forms
    rank: int
    covers: tuple[str, ...] = ()    # a generic title ("الوزير", "the minister"): the offices it may stand for


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    subtype: str
    cameo: str
    plover: str
    forms: Forms
    weight: float
    roles: str
    modality: str | None = None    # what the word itself makes the event: "reserves the right to respond" is hypothetical


@dataclass(frozen=True)
class Conflict:
    id: str
    name: str
    start: date
    source: str
    target: str
    forms: Forms


@dataclass(frozen=True, eq=False)
class Lexicon:
    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    places: tuple[Place, ...]
    titles: tuple[Title, ...]
    triggers: tuple[Trigger, ...]
    cues: dict[str, Forms]
    conflicts: tuple[Conflict, ...]
    version: str
    name_stopwords: frozenset[str] = frozenset()
    title_qualifiers: frozenset[str] = frozenset()    # "بالنيابة": between a title and its holder's name
    name_particles: frozenset[str] = frozenset()
    by_iso3: dict[str, Country] = field(default_factory=dict, compare=False)
    by_org: dict[str, Organization] = field(default_factory=dict, compare=False)
    by_person: dict[str, Person] = field(default_factory=dict, compare=False)
    by_office: dict[tuple[str, str], list] = field(default_factory=dict, compare=False)

    @cached_property
    def canonical_names(self) -> dict[str, str]:
        """Each English spelling of an organisation or person (lower-cased: "economic community of west
        african states", "sergei lavrov") -> its own name ("ECOWAS"). A spelling two entities share is left out."""
        seen: dict[str, set[str]] = {}
        for entity in (*self.organizations, *self.people):
            for spelling in (entity.name, *entity.forms.en):
                seen.setdefault(spelling.strip().lower(), set()).add(entity.name)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    @cached_property
    def family_name_first(self) -> frozenset[str]:
        """Ids of the people whose family name leads their name ("Kim Jong Un": "Kim said")."""
        return frozenset(p.id for p in self.people
                         if p.country in self.by_iso3 and self.by_iso3[p.country].family_name_first)

    def holder(self, office: str, of: str, day: date | None) -> Person | None:
        """The person who held `office` of `of` (ISO3 or organisation id) on `day`; None when nobody did, or when
        several did (China's foreign ministry has three spokespeople, a country many ambassadors): the title alone
        does not say which."""
        if not self.by_office:
            for person in self.people:
                for term in person.offices:
                    self.by_office.setdefault((term.office, term.of), []).append((term, person))
        if office in POSTED_OFFICES:
            return None     # "سفيره لدى إسرائيل": an ambassador is posted somewhere; the title alone names no one
        holders = {person.id: person for term, person in self.by_office.get((office, of), ()) if term.covers(day)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def office_epoch(self, day: date | None) -> int | None:
        """Days of one epoch are covered by the same office terms (so every holder and office looked up is the
        same on them): the number of terms' start and end dates on or before the day; None for no day."""
        return None if day is None else bisect_right(_term_boundaries(self), day)

    def offices_of(self, person_id: str, day: date | None) -> tuple[OfficeTerm, ...]:
        person = self.by_person.get(person_id)
        if person is None:
            return ()
        return tuple(t for t in person.offices if t.covers(day)) or person.offices


POSTED_OFFICES = {"ambassador"}     # an office held towards a place, by many at once


@lru_cache(maxsize=4)
def _term_boundaries(lex: Lexicon) -> list[date]:
    """The start and end dates of every office term of the lexicon, sorted (cached per lexicon object)."""
    return sorted({d for p in lex.people for t in p.offices for d in (t.start, t.end) if d is not None})


ROLE_STYLE = {"call": "participants", "meeting": "participants", "agreement": "participants"}
PLOVER_TYPES = {"CONSULT", "SANCTION", "THREATEN", "RETREAT", "DEMAND", "AID", "AGREE", "REJECT",
                "ASSAULT", "COOPERATE", "ACCUSE", "PROTEST", "MOBILIZE", "COERCE", "SUPPORT",
                "CONCEDE", "DISAPPROVE", "OTHER", "STATEMENT"}


def _forms(entry: dict[str, Any], ar_key: str = "ar", en_key: str = "en") -> Forms:
    def clean(values: Any, key: str) -> tuple[str, ...]:
        if values is None:
            return ()
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise LexiconError(f"{key} must be a list of non-empty strings, got {values!r}")
        return tuple(v.strip() for v in values)
    return Forms(clean(entry.get(ar_key), ar_key), clean(entry.get(en_key), en_key))


def _date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _named(entry: Any) -> Named | None:
    if entry is None:
        return None
    return Named(entry["name"], _forms(entry))


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path.name}: not valid YAML: {exc}") from exc


def _entries(lang_dir: Path, name: str) -> list[dict[str, Any]]:
    path = lang_dir / "common" / name
    if not path.exists():
        return []
    data = _read_yaml(path) or []
    if not isinstance(data, list):
        raise LexiconError(f"{name}: expected a list of entries at the top level")
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            raise LexiconError(f"{name}: entry {i + 1} is not a mapping")
    return data


def _wrap(name: str, i: int, entry: dict[str, Any], build):
    label = entry.get("id") or entry.get("iso3") or entry.get("name") or entry.get("office") or f"#{i + 1}"
    try:
        return build(entry)
    except LexiconError as exc:
        raise LexiconError(f"{name}: entry {label}: {exc}") from None
    except (KeyError, TypeError) as exc:
        raise LexiconError(f"{name}: entry {label}: missing or malformed key {exc}") from None


def _country(e: dict[str, Any]) -> Country:
    family_first = e.get("family_name_first", False)
    if not isinstance(family_first, bool):
        raise LexiconError("family_name_first must be true or false")
    return Country(e["iso3"], e["name"], _forms(e), _forms(e, "adj_ar", "adj_en"),
                   _named(e.get("capital")), tuple(_named(s) for s in e.get("seats") or ()), family_first)


def _organization(e: dict[str, Any]) -> Organization:
    return Organization(e["id"], e["name"], e.get("kind", "organization"), e.get("country"),
                        _forms(e), _forms(e, "adj_ar", "adj_en"), bool(e.get("firm", False)),
                        tuple(e.get("members") or ()))


def _person(e: dict[str, Any]) -> Person:
    terms = tuple(
        OfficeTerm(t["office"], t.get("of") or e.get("country"), _date(t["from"], "from"), _date(t.get("to"), "to"))
        for t in e.get("offices") or ())
    return Person(e["id"], e["name"], e.get("country"), _forms(e), terms)


def _place(e: dict[str, Any]) -> Place:
    return Place(e["name"], e.get("country"), _forms(e))


def _title(e: dict[str, Any]) -> Title:
    return Title(e["office"], _forms(e), int(e.get("rank", 1)), tuple(e.get("covers") or ()))


def _trigger(e: dict[str, Any]) -> Trigger:
    roles = e.get("roles") or ROLE_STYLE.get(e["type"], "source_target")
    return Trigger(e["id"], e["type"], e["subtype"], str(e["cameo"]), e["plover"], _forms(e),
                   float(e.get("weight", 1.0)), roles, e.get("modality"))


def _conflict(e: dict[str, Any]) -> Conflict:
    return Conflict(e["id"], e["name"], _date(e["start"], "start"), e["source"], e["target"], _forms(e))


def data_version(lang_dir: Path | None = None) -> str:
    """A short hash of every YAML file of the language data: stored with each event."""
    lang_dir = lang_dir or LANG_DIR
    digest = hashlib.sha256()
    for path in sorted(lang_dir.rglob("*.yaml")):
        digest.update(path.relative_to(lang_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_lexicon(lang_dir: Path | None = None) -> Lexicon:
    """Read and validate all language data under lang_dir (default: the package's lang/)."""
    lang_dir = Path(lang_dir or LANG_DIR)

    def load(name, build):
        return tuple(_wrap(name, i, e, build) for i, e in enumerate(_entries(lang_dir, name)))

    cues_path = lang_dir / "common" / "cues.yaml"
    raw_cues = (_read_yaml(cues_path) or {}) if cues_path.exists() else {}
    cues = {key: _forms(value or {}) for key, value in raw_cues.items()}
    names_path = lang_dir / "common" / "names.yaml"
    names = (_read_yaml(names_path) or {}) if names_path.exists() else {}
    stop = _forms(names.get("stopwords") or {})
    particles = _forms(names.get("name_particles") or {})
    qualifiers = _forms(names.get("title_qualifiers") or {})
    lex = Lexicon(
        countries=load("countries.yaml", _country),
        organizations=load("organizations.yaml", _organization),
        people=load("people.yaml", _person),
        places=load("places.yaml", _place),
        titles=load("titles.yaml", _title),
        triggers=load("triggers.yaml", _trigger),
        cues=cues,
        conflicts=load("conflicts.yaml", _conflict),
        version=data_version(lang_dir),
        name_stopwords=frozenset(normalize_key(w) for w in stop.ar + stop.en),
        name_particles=frozenset(w.lower() for w in particles.en),
        title_qualifiers=frozenset(normalize_key(w) for w in qualifiers.ar + qualifiers.en),
    )
    lex.by_iso3.update({c.iso3: c for c in lex.countries})
    lex.by_org.update({o.id: o for o in lex.organizations})
    lex.by_person.update({p.id: p for p in lex.people})
    return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The package's own language data, loaded once."""
    return load_lexicon()
