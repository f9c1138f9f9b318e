"""The matcher's name index, built once per gazetteer and cached in ``gazetteer.cache``.

Every Arabic and English name and variant of every place is normalised
(:func:`geo.normalize.normalize_arabic`, ASCII lower case) and put into one Aho-Corasick
automaton (pyahocorasick), so the matcher finds all names in a single pass over the text.
Names starting with the article ال also get their ل + ال form (للموصل). Long single-word Arabic
names also go into buckets for the fuzzy step (:mod:`geo.fuzzy`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick

from geo.gazetteer import Gazetteer
from geo.model import Place, reduce_by_fields
from geo.normalize import normalize_arabic
from geo.rules import AdjectiveGuard, NameRule, Rules, default_rules

CACHE_KEY = "geo.index.NameIndex"
_ARABIC = re.compile("[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
_PHRASE = re.compile(r" (في|in) ")
#: Administrative designators dropped from the front of a name variant (محافظة كركوك → كركوك):
#: they are evidence for the type, not part of the name.
_ADMIN_PREFIXES = ("محافظه ", "قضاء ", "ناحيه ")
#: Shortest names indexed (letters): two-letter names collide with particles.
MIN_LETTERS = 3
#: Shortest single-word names tried by the fuzzy step (letters, article excluded).
FUZZY_MIN_LETTERS = 7


@dataclass(frozen=True, slots=True)
class NameKey:
    """One string of the automaton and everything the matcher needs to judge a hit on it."""

    key: str  # the string searched for in the normalised text
    name: str  # the normalised name it stands for (without the ل of the لل form)
    lang: str  # "ar" or "en"
    places: tuple[Place, ...]
    lil: bool  # key is the ل + ال form: the preposition is inside the key
    has_article: bool  # name starts with ال
    letters: int  # letters in the name
    primary: bool  # the main name_ar/name_en of one of its places (not only a variant spelling)
    rule: NameRule | None
    guard: AdjectiveGuard | None

    __reduce__ = reduce_by_fields


@dataclass(frozen=True, slots=True)
class FuzzyEntry:
    """A long name for the fuzzy step: its core (article removed) and its places."""

    core: str
    name: str
    lang: str
    places: tuple[Place, ...]

    __reduce__ = reduce_by_fields


class NameKeys:
    """The name keys by automaton value. Pickled as their fields; after unpickling each key is made
    when first asked for (making all 11,000 at load was 0.025 s of every ``parse`` start, and a text
    hits a few dozen). ``made[i]`` is the key or None until then: ``made[i] or keys[i]``."""

    __slots__ = ("_fields", "made")

    def __init__(self, keys: Iterable[NameKey] = (), fields: Sequence[tuple] | None = None) -> None:
        self._fields = fields
        self.made: list[NameKey | None] = [None] * len(fields) if fields is not None else list(keys)

    def __len__(self) -> int:
        return len(self.made)

    def __getitem__(self, i: int) -> NameKey:
        key = self.made[i]
        if key is None:
            key = self.made[i] = NameKey(*self._fields[i])
        return key

    def __iter__(self) -> Iterator[NameKey]:
        return (self[i] for i in range(len(self.made)))

    def __reduce__(self) -> tuple:
        return NameKeys, ((), tuple(tuple(getattr(k, name) for name in NameKey.__slots__) for k in self))


@dataclass(frozen=True, slots=True)
class NameIndex:
    """The automaton (values are indices into ``keys``) plus the fuzzy buckets."""

    automaton: ahocorasick.Automaton
    keys: NameKeys
    fuzzy: dict[tuple[str, int], tuple[FuzzyEntry, ...]]
    exact_names: frozenset[str]
    rules: Rules
    #: fuzzy outcome per word already seen (filled by :mod:`geo.fuzzy`; bounded there)
    fuzzy_memo: dict[str, object] = field(default_factory=dict)


def _lang(name: str) -> str:
    return "ar" if _ARABIC.search(name) else "en"


def _clean(name: str) -> str:
    name = " ".join(normalize_arabic(name).lower().replace("\n", " ").split())
    for prefix in _ADMIN_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            name = name[len(prefix):]
    return name


def names_of(place: Place) -> set[str]:
    """All normalised names of a place (Arabic and English, variants included).

    Examples
    --------
    >>> p = Place("x", "Kirkuk", "كركوك", "city", "IQ", "Kirkuk", None, 35.47, 44.39,
    ...           variants_ar=("محافظة كركوك",))
    >>> sorted(names_of(p))
    ['kirkuk', 'كركوك']
    """
    raw = (place.name_ar, place.name_en, *place.variants_ar, *place.variants_en)
    names = {_clean(n) for n in raw if n and n.strip()}
    # "X في Y" (السفارة الأمريكية في بغداد) is a description: X and Y are found on their own.
    return {n for n in names if len(_LETTER.findall(n)) >= MIN_LETTERS and not _PHRASE.search(n)}


def lil_form(name: str) -> str:
    """The ل + ال spelling of a name with the article: الموصل → للموصل, اللطيفيه → للطيفيه.

    Examples
    --------
    >>> lil_form("الموصل"), lil_form("اللطيفيه")
    ('للموصل', 'للطيفيه')
    """
    return name[1:] if name[2:3] == "ل" else "ل" + name[1:]


#: Settlement designators that some variants carry (مدينة أربيل). They stay out of the surface
#: when the bare name is also a name of the place; مدينة الصدر keeps its head (الصدر is a person).
_SETTLEMENT_PREFIXES = ("مدينه ", "بلده ", "قريه ")


def _designated_duplicates(names: set[str], rules: Rules) -> set[str]:
    """Variants like مدينه اربيل whose bare part is a name of the same place with no context rule."""
    out = set()
    for name in names:
        for prefix in _SETTLEMENT_PREFIXES:
            bare = name[len(prefix):]
            if name.startswith(prefix) and bare in names and (bare, "ar") not in rules.by_name:
                out.add(name)
    return out


def build_index(gazetteer: Gazetteer, rules: Rules | None = None) -> NameIndex:
    """Build the index of a gazetteer (prefer :func:`get_index`, which caches it)."""
    rules = rules or default_rules()
    by_name: dict[str, list[Place]] = defaultdict(list)
    primary: set[str] = set()
    # A designator or facility head alone is never a name (GeoNames lists مدينة for Medina).
    not_names = set(rules.designators_ar) | set(rules.designators_en) | rules.facility_heads
    for place in gazetteer:
        names = names_of(place) - not_names
        for name in names - _designated_duplicates(names, rules):
            by_name[name].append(place)
            if name.startswith("ابو "):  # genitive after a noun: ناحية أبي صيدا, قضاء أبي غريب
                by_name["ابي " + name[4:]].append(place)
        primary.update(_clean(n) for n in (place.name_ar, place.name_en))
    automaton = ahocorasick.Automaton()
    keys: list[NameKey] = []
    fuzzy: dict[tuple[str, int], list[FuzzyEntry]] = defaultdict(list)
    for name, places in sorted(by_name.items()):
        lang = _lang(name)
        ordered = tuple(sorted(places, key=lambda p: p.place_id))
        has_article = lang == "ar" and name.startswith("ال") and len(name) > 4
        rule = rules.by_name.get((name, lang))
        guard = next((g for g in rules.adjective_guards if lang == "ar" and g.key_regex.search(name)), None)
        letters = len(_LETTER.findall(name))
        forms = [(name, False)] + ([(lil_form(name), True)] if has_article else [])
        for form, lil in forms:
            if form in automaton:  # a لل form equal to another name: keep the plain name
                continue
            automaton.add_word(form, len(keys))
            keys.append(NameKey(form, name, lang, ordered, lil, has_article, letters,
                                name in primary, rule, guard))
        core = name[2:] if has_article else name
        # countries stay out: a country one letter from another name is another country (ألبانيا ≠ إسبانيا)
        if (lang == "ar" and " " not in name and len(core) >= FUZZY_MIN_LETTERS and rule is None
                and any(p.feature_type != "country" for p in ordered)):
            entry = FuzzyEntry(core, name, lang, ordered)
            # two buckets, so that a typo in the first two letters is still found by the last two
            fuzzy[("^" + core[:2], len(core))].append(entry)
            fuzzy[("$" + core[-2:], len(core))].append(entry)
    automaton.make_automaton()
    return NameIndex(automaton, NameKeys(keys), {k: tuple(v) for k, v in fuzzy.items()},
                     frozenset(by_name), rules)


def get_index(gazetteer: Gazetteer) -> NameIndex:
    """The gazetteer's index, built on first use and kept in ``gazetteer.cache``.

    Examples
    --------
    >>> g = Gazetteer([Place("iq.mosul", "Mosul", "الموصل", "city", "IQ", "Nineveh", None, 36.3, 43.1)])
    >>> idx = get_index(g)
    >>> get_index(g) is idx, sorted(k.key for k in idx.keys)
    (True, ['mosul', 'الموصل', 'للموصل'])
    """
    index = gazetteer.cache.get(CACHE_KEY)
    if not isinstance(index, NameIndex):
        index = build_index(gazetteer)
        gazetteer.cache[CACHE_KEY] = index
    return index
