"""Validating loader for the extraction lexicons (triggers, cues, actors, word lists) in ``extract/data``.

The matching itself (normalisation, :class:`PhraseMatcher`) lives in :mod:`extract.phrases` and
is re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract import regexes
from extract.acled_types import event_types
from extract.lexicon_cache import shipped
from extract.phrases import AR_LETTER, Normalised, PhraseMatcher, fold, gate_words, normalise
from geo.model import reduce_by_fields
from geo.yaml_data import parse_yaml

__all__ = [
    "AR_LETTER",
    "Actor",
    "LexiconError",
    "Normalised",
    "PhraseMatcher",
    "Trigger",
    "Word",
    "WordRegex",
    "actors",
    "cues",
    "fold",
    "gate_words",
    "normalise",
    "triggers",
    "validate_actors",
    "validate_cues",
    "validate_triggers",
    "validate_words",
    "word_regex",
    "words",
]

STRENGTHS = frozenset({"strong", "weak", "generic"})
ROLES = frozenset({"", "cache", "intercept", "killing", "subordinate", "decides", "armed", "foiled", "rescue",
                   "locates"})  # locates: only a back reference placing the event just told («ووقع الحادث في»)
CUE_CLASSES = ("future", "future_after", "hypothetical", "policy", "demand", "negation", "aggregate", "trend", "event_verbs",
               "drugs", "metaphor", "protest_object", "corruption", "protesters", "cause", "intent", "state", "foreign_forces",
               "accident", "habitual", "last_year", "years_ago", "reference_point",
               "denied_casualties", "crime", "security_suspects", "private_violence", "mourning",
               "terrorist_attack", "direct_fire", "walkout", "another_event", "comes_after", "claim", "charge",
               "carried", "other_account", "riot_acts", "second_source", "fire_exchange",
               "unopposed", "span_start", "at_scene", "arrest_sought", "close_combat", "striking_states")
#: A cue class whose cues are cues of another class too: the demand verbs are policy cues (a demand is no
#: event), and the protesters' demand rule (extract.events) reads them alone.
CUE_PART_OF = {"demand": "policy"}
ACTOR_KINDS = frozenset({"state", "nonstate", "civilians", "protesters", "unknown"})
#: The lists of ``words.yaml``, each with the rules (``uses``) an entry may name.
WORD_LISTS: dict[str, tuple[str, ...]] = {
    "speech": ("statement", "reporting", "attribution", "condemnation", "speaker_after", "speaker_before",
               "protesters"), "combatants": (), "gunmen": (),
    "armed_men": (), "armed_groups": (), "group_members": (), "clash_sides": (), "ambushed_forces": (),
    "civilians": (), "state_forces": (), "attacks": (), "vehicles": (), "carrying": (),
    "passengers": ("carried", "ambushed"), "assassination": ("one_dead", "targeted", "flash"),
    "protest_named": (), "during": ("protest", "operation"), "elsewhere": ()}
_WORD_FIELDS = frozenset({"lang", "word", "regex", "whole", "uses", "source"})
_PLAIN_WORD = re.compile(r"[^\W_](?:[\w' -]*[^\W_])?")  # no regex syntax: letters, digits, spaces, hyphens, apostrophes


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@cache
def _event_types() -> dict[str, frozenset[str]]:
    return {kind: frozenset(subs) for kind, subs in event_types().items()}


def __getattr__(name: str) -> object:
    # EVENT_TYPES, ACLED's table (``extract/data/acled_types.yaml``: event type → its sub-event
    # types), is read when first asked for: only validating a lexicon file needs it, and a parse
    # whose lexicons come from their pickle would otherwise read YAML at every start.
    if name == "EVENT_TYPES":
        return _event_types()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _read(name: str) -> object:
    from importlib import resources  # here, like yaml: only a changed lexicon is read from its file

    import yaml

    try:
        return parse_yaml(resources.files("extract.data").joinpath(name).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: not valid YAML: {exc}") from exc


def _check_pattern(name: str, where: str, row: dict) -> None:
    lang = row.get("lang")
    if lang not in {"ar", "en"}:
        raise LexiconError(f"{name} {where}: lang must be 'ar' or 'en', got {lang!r}")
    if not row.get("source"):
        raise LexiconError(f"{name} {where}: missing source")
    if ("phrase" in row) == ("regex" in row):
        raise LexiconError(f"{name} {where}: give exactly one of phrase / regex")
    if lang == "en" and "regex" in row and re.search(r"(?<!\\)[A-Z]", row["regex"]):
        raise LexiconError(f"{name} {where}: English regexes are matched on lower-cased text; write them in lower case")
    value = row.get("phrase") or row.get("regex")
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{name} {where}: phrase / regex must be a non-empty string")
    try:
        re.compile(fold(row["regex"]) if "regex" in row else re.escape(value))
    except re.error as exc:
        raise LexiconError(f"{name} {where}: bad regex: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger entry of ``triggers.yaml`` (``kind``: "phrase", "whole" (a phrase ending a word)
    or "regex")."""

    lang: str
    kind: str
    value: str
    event_type: str
    sub_event_type: str
    strength: str
    role: str
    source: str

    __reduce__ = reduce_by_fields  # unpickled with the lexicons at every start: the fast way


def validate_triggers(rows: object, name: str = "triggers.yaml") -> tuple[Trigger, ...]:
    """Check every trigger row; raise :class:`LexiconError` naming the file and row."""
    if not isinstance(rows, list) or not rows:
        raise LexiconError(f"{name}: expected a non-empty list of entries")
    out = []
    for i, row in enumerate(rows, 1):
        where = f"entry {i} ({row.get('phrase') or row.get('regex')!r})" if isinstance(row, dict) else f"entry {i}"
        if not isinstance(row, dict):
            raise LexiconError(f"{name} {where}: not a mapping")
        _check_pattern(name, where, row)
        et, st = row.get("event_type"), row.get("sub_event_type")
        if et not in _event_types() or st not in _event_types()[et]:
            raise LexiconError(f"{name} {where}: {et!r} / {st!r} is not an ACLED event/sub-event type")
        strength, role = row.get("strength"), row.get("role", "")
        if strength not in STRENGTHS:
            raise LexiconError(f"{name} {where}: strength must be one of {sorted(STRENGTHS)}")
        if role not in ROLES:
            raise LexiconError(f"{name} {where}: role must be one of {sorted(ROLES)}")
        kind = ("whole" if row.get("whole") else "phrase") if "phrase" in row else "regex"
        out.append(Trigger(row["lang"], kind, row["regex" if kind == "regex" else "phrase"], et, st, strength, role, row["source"]))
    return tuple(out)


def validate_cues(data: object, name: str = "cues.yaml") -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    """Check the cue lists; returns ``{class: {lang: ((kind, value), ...)}}``, a class of
    :data:`CUE_PART_OF` holding its own cues and those of its parts."""
    if not isinstance(data, dict) or set(data) != set(CUE_CLASSES):
        raise LexiconError(f"{name}: expected exactly the keys {list(CUE_CLASSES)}")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for cls in CUE_CLASSES:
        by_lang: dict[str, list[str]] = {"ar": [], "en": []}
        for i, row in enumerate(data[cls] or [], 1):
            if not isinstance(row, dict):
                raise LexiconError(f"{name} {cls} entry {i}: not a mapping")
            _check_pattern(name, f"{cls} entry {i}", row)
            kind = "phrase" if "phrase" in row else "regex"
            by_lang[row["lang"]].append(("whole" if row.get("whole") and kind == "phrase" else kind, row[kind]))
        out[cls] = {lang: tuple(p) for lang, p in by_lang.items()}
    for part, whole in CUE_PART_OF.items():
        out[whole] = {lang: out[whole][lang] + out[part][lang] for lang in out[whole]}
    return out


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of ``actors.yaml``."""

    name: str
    kind: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]


def validate_actors(rows: object, name: str = "actors.yaml") -> tuple[Actor, ...]:
    """Check every actor row; raise :class:`LexiconError` naming the file and row."""
    if not isinstance(rows, list) or not rows:
        raise LexiconError(f"{name}: expected a non-empty list of actors")
    out = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not row.get("name"):
            raise LexiconError(f"{name} entry {i}: needs a name")
        where = f"entry {i} ({row['name']!r})"
        if row.get("kind") not in ACTOR_KINDS:
            raise LexiconError(f"{name} {where}: kind must be one of {sorted(ACTOR_KINDS)}")
        if not row.get("source"):
            raise LexiconError(f"{name} {where}: missing source")
        ar, en = row.get("aliases_ar") or [], row.get("aliases_en") or []
        if not (ar or en) or not all(isinstance(a, str) and a.strip() for a in [*ar, *en]):
            raise LexiconError(f"{name} {where}: aliases must be non-empty strings")
        out.append(Actor(row["name"], row["kind"], tuple(ar), tuple(en)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Word:
    """One entry of a ``words.yaml`` list: ``regex`` is its text as a regular expression (a plain word
    as written); ``whole``: the word alone where a rule reads the list as stems; ``uses``: the rules of
    the list that read it."""

    lang: str
    regex: str
    whole: bool
    uses: tuple[str, ...]
    source: str

    __reduce__ = reduce_by_fields


def validate_words(data: object, name: str = "words.yaml") -> dict[str, tuple[Word, ...]]:
    """Check the word lists; raise :class:`LexiconError` naming the file, the list and the entry."""
    if not isinstance(data, dict) or set(data) != set(WORD_LISTS):
        raise LexiconError(f"{name}: expected exactly the keys {list(WORD_LISTS)}")
    out = {}
    for list_name, uses in WORD_LISTS.items():
        rows = data[list_name]
        if not isinstance(rows, list) or not rows:
            raise LexiconError(f"{name} {list_name}: expected a non-empty list of entries")
        entries = []
        for i, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                raise LexiconError(f"{name} {list_name} entry {i}: not a mapping")
            where = f"{list_name} entry {i} ({row.get('word') or row.get('regex')!r})"
            if set(row) - _WORD_FIELDS:
                raise LexiconError(f"{name} {where}: unknown fields {sorted(set(row) - _WORD_FIELDS)}")
            if row.get("lang") not in {"ar", "en"}:
                raise LexiconError(f"{name} {where}: lang must be 'ar' or 'en', got {row.get('lang')!r}")
            if not row.get("source"):
                raise LexiconError(f"{name} {where}: missing source")
            if ("word" in row) == ("regex" in row):
                raise LexiconError(f"{name} {where}: give exactly one of word / regex")
            value = row.get("word", row.get("regex"))
            if not isinstance(value, str) or not value.strip():
                raise LexiconError(f"{name} {where}: word / regex must be a non-empty string")
            if "word" in row and not _PLAIN_WORD.fullmatch(value):
                raise LexiconError(f"{name} {where}: a word is plain text (letters, spaces, hyphens); give regex syntax as regex")
            try:
                re.compile(value)
            except re.error as exc:
                raise LexiconError(f"{name} {where}: bad regex: {exc}") from exc
            if not isinstance(row.get("whole", False), bool):
                raise LexiconError(f"{name} {where}: whole must be true or false")
            if "uses" in row and not uses:
                raise LexiconError(f"{name} {where}: the list {list_name} has no uses to name")
            row_uses = row.get("uses", list(uses))
            if uses and (not isinstance(row_uses, list) or not row_uses or not set(row_uses) <= set(uses)):
                raise LexiconError(f"{name} {where}: uses must be a non-empty list of {list(uses)}")
            entries.append(Word(row["lang"], value, row.get("whole", False), tuple(row_uses), row["source"]))
        out[list_name] = tuple(entries)
    return out


#: What follows a ``whole`` entry: no letter or digit (the word alone); a space, the end or a mark of
#: punctuation («وجه، اليوم، بملاحقة …»: a comma right after the word) may.
_WORD_END = r"(?!\w)"
#: {list}, {list:use}, {list@lang} or {list:use@lang}; not a count such as {0,2}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z_]+))?(?:@([a-z]+))?\}")


def _alternation(found: re.Match[str]) -> str:
    list_name, use, lang = found.groups()
    if list_name not in WORD_LISTS or (use is not None and use not in WORD_LISTS[list_name]) or \
            lang not in {None, "ar", "en"}:
        raise LexiconError(f"words.yaml: no list {found.group()[1:-1]!r} (lists and uses: {WORD_LISTS})")
    return "|".join(w.regex + (_WORD_END if w.whole else "") for w in words(list_name)
                    if (use is None or use in w.uses) and (lang is None or w.lang == lang))


class WordRegex:
    r"""A regular expression holding word lists of ``words.yaml``, compiled when first used: a
    ``{list}`` in ``template`` stands for the list's entries as alternatives (``a|b|c``; a ``whole``
    entry is followed by ``(?!\w)``: no letter or digit, a comma may follow); ``{list:use}`` for the
    entries read by that rule, ``{list@ar}`` (``@en``) for those of one language. Used as the compiled
    pattern is (``search``, ``match``, ``finditer``…); a module defines it at import
    without loading the lexicons.

    Examples
    --------
    >>> speech = WordRegex(r"\b(?:{speech:attribution})\b", regexes.IGNORECASE)
    >>> speech.search("Gunmen stormed a police post, a police source said.").group()
    'said'
    """

    def __init__(self, template: str, flags: int = 0) -> None:
        self.template, self.template_flags = template, flags

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in {"template", "template_flags"}:
            raise AttributeError(name)
        # first use: compile, and keep the compiled pattern's own methods and attributes on the instance
        # (no detour after; ``pattern`` and ``flags`` as the compiled pattern's, for readers of its syntax)
        compiled = regexes.compile(_PLACEHOLDER.sub(_alternation, self.template), self.template_flags)
        for attribute in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern",
                          "flags", "groups", "groupindex"):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def word_regex(template: str, flags: int = 0) -> WordRegex:
    """A :class:`WordRegex` of ``template`` (see there)."""
    return WordRegex(template, flags)


@cache
def triggers() -> tuple[Trigger, ...]:
    """The shipped trigger lexicon (validated, cached)."""
    return shipped()["triggers"]


@cache
def cues() -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    """The shipped cue lists (validated, cached)."""
    return shipped()["cues"]


@cache
def actors() -> tuple[Actor, ...]:
    """The shipped actor list (validated, cached)."""
    return shipped()["actors"]


@cache
def words(list_name: str) -> tuple[Word, ...]:
    """The entries of one shipped word list (``words.yaml``, validated, cached), in file order."""
    return shipped()["words"][list_name]
