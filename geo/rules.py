"""The matcher's context rules, loaded from ``geo/data/context_rules.yaml`` and validated.

Words are stored normalised (:func:`geo.normalize.normalize_arabic`, ASCII lower case), so the
matcher compares them directly with words of the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from geo.model import reduce_by_fields
from geo.normalize import light_normalize, normalize_arabic
from geo.yaml_data import parse_yaml

RULES_FILE = "context_rules.yaml"
_RULE_KEYS = frozenset({
    "names", "lang", "why", "source", "reject_next", "reject_prev", "reject_written",
    "needs_context", "accept_prev", "accept_next", "reject_prev_regex", "locative_enough",
    "reject_window", "accept_types", "outlet_next",
})


def norm(word: str) -> str:
    """Normalised form of a rule word (Arabic folding plus lower case).

    Examples
    --------
    >>> norm("محافظة"), norm("Hit")
    ('محافظه', 'hit')
    """
    return normalize_arabic(word).strip().lower()


_SPACE = re.compile(r"\s")


def norm_words(words: list[str]) -> list[str]:
    """``[norm(w) for w in words]``, folded in one pass over the words joined (a sentence's words
    are looked up one by one: a fold, a substitution and two copies per word cost more than the
    lookups). Words that hold white space (which ``norm`` collapses and strips) or a NUL (the
    joint) take the word-by-word way.

    Examples
    --------
    >>> norm_words(["التركية", "Iranian", "ـ"])
    ['التركيه', 'iranian', '']
    """
    folded = normalize_arabic("\x00".join(words)).lower()
    keys = folded.split("\x00")
    if len(keys) != len(words) or _SPACE.search(folded):
        return [norm(w) for w in words]
    return keys


@dataclass(frozen=True, slots=True)
class NameRule:
    """Context rule for every place whose normalised name is one of ``names``."""

    names: frozenset[str]
    lang: str
    why: str
    reject_next: frozenset[str] = frozenset()
    reject_prev: frozenset[str] = frozenset()
    reject_written: frozenset[str] = frozenset()
    needs_context: bool = False
    accept_prev: frozenset[str] = frozenset()
    accept_next: frozenset[str] = frozenset()
    reject_prev_regex: re.Pattern[str] | None = None
    locative_enough: bool = True
    reject_window: frozenset[str] = frozenset()  # any of these among the 4 previous words → reject
    accept_types: tuple[str, ...] = ()  # feature types an accept_prev/accept_next word asks for
    outlet_next: frozenset[str] = frozenset()  # name + this word quoted or opening the text: a news outlet

    __reduce__ = reduce_by_fields  # unpickled with the gazetteer at every start: the fast way


@dataclass(frozen=True, slots=True)
class AdjectiveGuard:
    """Reject a name shaped like a nisba adjective after a word matching ``reject_prev``."""

    key_regex: re.Pattern[str]
    reject_prev: re.Pattern[str]
    allow_prev: frozenset[str]


@dataclass(frozen=True, slots=True)
class Reading:
    """One place a name can stand for, and what in the text says it does (``senses`` in the rules)."""

    place_id: str
    marks: frozenset[str] = frozenset()  # diacritics on the written name that settle it (عُمان, عمّان)
    prev: frozenset[str] = frozenset()  # the word right before the name (سلطنة عمان)
    context: tuple[str, ...] = ()  # words nearby (مضيق هرمز, مسقط; الأردن)


@dataclass(frozen=True, slots=True)
class Sense:
    """A name shared by places the index cannot tell apart (عمان: Oman or Amman): the written
    marks, the word before and the words around it pick the reading; nothing said keeps the
    resolver's choice."""

    name: str
    lang: str
    window: int
    readings: tuple[Reading, ...]
    needs_context: bool = False  # no reading's words around it: not a place at all ("the capital")


@dataclass(frozen=True, slots=True)
class Rules:
    """All context rules of the matcher."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    glue_after: frozenset[str]
    glue_before: frozenset[str]
    glue_min_letters: int
    designators_ar: dict[str, tuple[str, ...]]
    designators_en: dict[str, tuple[str, ...]]
    facility_heads: frozenset[str]
    locatives: frozenset[str]
    variant_locatives: frozenset[str]
    directions_after: frozenset[str]
    by_name: dict[tuple[str, str], NameRule] = field(default_factory=dict)
    compound_adjectives: frozenset[str] = frozenset()  # Iran-backed, U.S.-led: an actor, not a place
    adjective_guards: tuple[AdjectiveGuard, ...] = ()
    senses: dict[tuple[str, str], Sense] = field(default_factory=dict)
    #: a country's feminine nisba adjective (normalised) -> ISO code: «الإسكندرية المصرية» is in Egypt
    country_adjectives: dict[str, str] = field(default_factory=dict)
    #: words naming a medium: a place right after one (Arabic) or before one (English) is an outlet's name
    outlet_heads_ar: frozenset[str] = frozenset()
    outlet_heads_en: frozenset[str] = frozenset()
    #: a loanword after a name that makes it an Arabic outlet's name («ديالى نيوز», «بغداد بوست»)
    outlet_tails_ar: frozenset[str] = frozenset()
    #: a site word before the medium (Arabic) or after it (English) keeps the place: «مقر قناة …»
    outlet_sites: frozenset[str] = frozenset()
    #: a medium word that also names a canal (قناة), and the words of place before it that make it the canal
    waterway_heads: frozenset[str] = frozenset()
    waterway_before: frozenset[str] = frozenset()


class RulesError(ValueError):
    """The rules file is malformed; the message names the file and the entry."""


def _words(entry: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise RulesError(f"{where}: {key!r} must be a list of non-empty strings")
    return frozenset(norm(w) for w in value)


def _regex(value: Any, where: str) -> re.Pattern[str]:
    if not isinstance(value, str):
        raise RulesError(f"{where}: regex must be a string")
    try:
        return re.compile(value)
    except re.error as exc:
        raise RulesError(f"{where}: bad regex {value!r}: {exc}") from exc


def _name_rule(entry: Any, where: str) -> NameRule:
    if not isinstance(entry, dict):
        raise RulesError(f"{where}: expected a mapping")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise RulesError(f"{where}: unknown keys {sorted(unknown)}")
    for required in ("names", "lang", "why", "source"):
        if not entry.get(required):
            raise RulesError(f"{where}: missing {required!r}")
    if entry["lang"] not in {"ar", "en"}:
        raise RulesError(f"{where}: lang must be 'ar' or 'en'")
    regex = entry.get("reject_prev_regex")
    return NameRule(
        names=_words(entry, "names", where),
        lang=entry["lang"],
        why=str(entry["why"]),
        reject_next=_words(entry, "reject_next", where),
        reject_prev=_words(entry, "reject_prev", where),
        reject_written=frozenset(light_normalize(w) for w in entry.get("reject_written", [])),
        needs_context=bool(entry.get("needs_context", False)),
        accept_prev=_words(entry, "accept_prev", where),
        accept_next=_words(entry, "accept_next", where),
        reject_prev_regex=_regex(regex, where) if regex is not None else None,
        locative_enough=bool(entry.get("locative_enough", True)),
        reject_window=_words(entry, "reject_window", where),
        accept_types=tuple(entry.get("accept_types", ())),
        outlet_next=_words(entry, "outlet_next", where),
    )


def parse_rules(data: Any, source: str = RULES_FILE) -> Rules:
    """Validate the parsed YAML and build :class:`Rules`; raise :class:`RulesError` naming the entry."""
    if not isinstance(data, dict):
        raise RulesError(f"{source}: top level must be a mapping")
    try:
        procl, glue, desig = data["proclitics"], data["glue_words"], data["designators"]
        rules = Rules(
            conjunctions=tuple(norm(w) for w in procl["conjunctions"]),
            prepositions=tuple(norm(w) for w in procl["prepositions"]),
            glue_after=_words(glue, "after", f"{source}: glue_words"),
            glue_before=_words(glue, "before", f"{source}: glue_words"),
            glue_min_letters=int(glue["min_name_letters"]),
            designators_ar={norm(k): tuple(v) for k, v in desig["ar_before"].items()},
            designators_en={norm(k): tuple(v) for k, v in desig["en_after"].items()},
            facility_heads=_words(data, "facility_heads", source),
            locatives=_words(data["locatives"], "ar", f"{source}: locatives")
            | _words(data["locatives"], "en", f"{source}: locatives"),
            variant_locatives=_words(data, "variant_locatives", source),
            directions_after=_words(data["directions_after"], "ar", f"{source}: directions_after")
            | _words(data["directions_after"], "en", f"{source}: directions_after"),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise RulesError(f"{source}: missing or malformed section: {exc}") from exc
    for i, entry in enumerate(data.get("false_friends", [])):
        rule = _name_rule(entry, f"{source}: false_friends[{i}]")
        for name in rule.names:
            if (name, rule.lang) in rules.by_name:
                raise RulesError(f"{source}: false_friends[{i}]: {name!r} already has a rule")
            rules.by_name[(name, rule.lang)] = rule
    _add_common_words(rules, data.get("common_words"), source)
    guards = []
    for i, entry in enumerate(data.get("adjective_guards", [])):
        where = f"{source}: adjective_guards[{i}]"
        if not isinstance(entry, dict) or not entry.get("why") or not entry.get("source"):
            raise RulesError(f"{where}: needs key_regex, reject_prev_regex, why and source")
        guards.append(AdjectiveGuard(_regex(entry.get("key_regex"), where),
                                     _regex(entry.get("reject_prev_regex"), where),
                                     _words(entry, "allow_prev", where)))
    compounds = data.get("compound_adjectives") or {"en": []}
    outlets = data.get("outlet_heads") or {}
    if outlets and (not outlets.get("why") or not outlets.get("source")):
        raise RulesError(f"{source}: outlet_heads needs why and source")
    return replace(rules, adjective_guards=tuple(guards),
                   compound_adjectives=_words(compounds, "en", f"{source}: compound_adjectives"),
                   senses=_senses(data.get("senses", []), source),
                   country_adjectives=_country_adjectives(data.get("country_adjectives"), source),
                   outlet_heads_ar=_words(outlets, "ar", f"{source}: outlet_heads"),
                   outlet_heads_en=_words(outlets, "en_after", f"{source}: outlet_heads"),
                   outlet_tails_ar=_words(outlets, "ar_after", f"{source}: outlet_heads"),
                   outlet_sites=_words(outlets, "site_before", f"{source}: outlet_heads"),
                   waterway_heads=_words(outlets, "waterway_heads", f"{source}: outlet_heads"),
                   waterway_before=_words(outlets, "waterway_before", f"{source}: outlet_heads"))


def _country_adjectives(section: Any, source: str) -> dict[str, str]:
    where = f"{source}: country_adjectives"
    if section is None:
        return {}
    if not isinstance(section, dict) or not section.get("why") or not section.get("source") \
            or not isinstance(section.get("ar"), dict):
        raise RulesError(f"{where}: needs ar (country code: adjectives), why and source")
    if not isinstance(section.get("en", {}), dict):
        raise RulesError(f"{where}: en must map country codes to adjectives")
    return {norm(w): str(code) for lang in ("ar", "en") for code, words in section.get(lang, {}).items() for w in words}


def _senses(section: Any, source: str) -> dict[tuple[str, str], Sense]:
    out: dict[tuple[str, str], Sense] = {}
    for i, entry in enumerate(section or []):
        where = f"{source}: senses[{i}]"
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("why") or not entry.get("source") \
                or not isinstance(entry.get("readings"), list) or len(entry["readings"]) < 2:
            raise RulesError(f"{where}: needs name, lang, window, two or more readings, why and source")
        readings = []
        for j, r in enumerate(entry["readings"]):
            if not isinstance(r, dict) or not r.get("place"):
                raise RulesError(f"{where}: readings[{j}] needs a place id")
            readings.append(Reading(str(r["place"]), frozenset(r.get("marks", [])),
                                    _words(r, "prev", f"{where}: readings[{j}]"),
                                    tuple(sorted(_words(r, "context", f"{where}: readings[{j}]")))))
        key = (norm(str(entry["name"])), str(entry.get("lang", "ar")))
        if key in out:
            raise RulesError(f"{where}: {key[0]!r} already has senses")
        out[key] = Sense(key[0], key[1], int(entry.get("window", 200)), tuple(readings),
                         bool(entry.get("needs_context", False)))
    return out


def _add_common_words(rules: Rules, section: Any, source: str) -> None:
    where = f"{source}: common_words"
    if section is None:
        return
    if not isinstance(section, dict) or not section.get("why") or not section.get("source"):
        raise RulesError(f"{where}: needs word lists, why and source")
    for key in ("ar_strict", "ar_loose", "en_strict", "en_loose"):
        lang, kind = key.split("_")
        for name in _words(section, key, where):
            if (name, lang) in rules.by_name:
                continue  # an explicit false-friend rule wins
            rules.by_name[(name, lang)] = NameRule(frozenset({name}), lang, str(section["why"]),
                                                   needs_context=True, locative_enough=kind == "loose")


@cache
def default_rules() -> Rules:
    """The shipped rules (parsed once).

    Examples
    --------
    >>> r = default_rules()
    >>> ("القايم", "ar") in r.by_name, r.designators_ar["محافظه"]
    (True, ('governorate',))
    """
    from importlib import resources  # (0.005 s of imports a start from the gazetteer pickle does without)

    text = resources.files("geo.data").joinpath(RULES_FILE).read_text(encoding="utf-8")
    return parse_rules(parse_yaml(text))
