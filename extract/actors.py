"""Actors of an event: who did it (actor1) and to whom (actor2), from ``actors.yaml``."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from extract import regexes as re
from extract.lexicon import AR_LETTER, Actor, PhraseMatcher, actors, fold, word_regex
from extract.lexicon_cache import shipped
from extract.phrases import normalise_slice

_AR_LETTER = re.compile(f"[{AR_LETTER}]")
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"
#: Generic actors are named after the country of the event (ACLED: "Unidentified Armed Group
#: (Syria)", "Protesters (Kuwait)", "Civilians (Turkey)"); named groups keep their own names.
LOCAL_KINDS = frozenset({"unknown", "protesters", "civilians"})
HOME_SUFFIX = " (Iraq)"
_PERPETRATOR = {
    "ar": re.compile(r"(?:(?:من قبل|علي يد|شنها|شنه|نفذها|نفذه|تبنا\S*|من تنفيذ|اطلقها|اطلقه)\s*(?:\S+\s+){0,2}"
                     r"|(?<!\S)[وف]?(?:نفذ|شن|هاجم|فجر|اطلق|اقدم|اغتال|خطف|اختطف|قصف)\S*\s+(?:\S+\s+){0,1})$"),
    "en": re.compile(r"\b(?:by|claimed by|carried out by|launched by)\s+(?:\S+\s+){0,2}$", re.IGNORECASE),
}
_TARGET = {
    "ar": re.compile(r"(?:ضد|استهدف\S*|علي|بحق|تعرض\S*|تستضيف|تضم)\s*(?:\S+\s+){0,3}$"),
    "en": re.compile(r"\b(?:against|targeting|targeted|on|at|hit|struck)\s+(?:\S+\s+){0,2}$", re.IGNORECASE),
}
#: The name is who spoke: a speech verb after it, or a speech verb or "according to" just before (words.yaml, speech).
_SPEAKER_AFTER = word_regex(r"\W{0,3}\s*(?:{speech:speaker_after})\b", re.IGNORECASE)
_SPEAKER_BEFORE = word_regex(r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:speaker_before})\S*\s+(?:\S+\s+)?$", re.IGNORECASE)
_PERPETRATOR_TYPES = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
#: Who found the bodies of a killing, not who killed: «عثرت قوة من الشرطة على جثة ...», «تمكنت الشرطة من العثور على
#: جثة», 'Police found the bodies of three men bearing gunshot wounds' (review12: the found-body rows of bb6eddd
#: and 3609033, as the older ones, made the finder the attack's actor1).
_FINDER_BEFORE = re.compile(r"(?<!\S)[وف]?(?:عثر|عثرت|عثروا|انتشل|انتشلت|انتشلوا)\s+(?:\S+\s+){0,2}$")
_FINDER_AFTER = {
    "ar": re.compile(r"\s+(?:\S+\s+){0,3}?(?:عثر|عثرت|عثروا|العثور|انتشال|انتشلت)(?![\u0621-\u064A])"),
    "en": re.compile(r"\s+(?:\S+\s+){0,3}?(?:found|discovered|recovered|retrieved|unearthed)\s+(?:\S+\s+){0,3}?bod(?:y|ies)\b",
                     re.IGNORECASE),
}


#: Iraq's own security forces under their plain names (the army, police): abroad, with no Iraqi
#: qualifier in the sentence, they are the forces of the event's country (الجيش اللبناني, Kuwaiti police).
STATE_HOME = (" of Iraq",)


@cache
def _local_names() -> frozenset[str]:
    return frozenset(a.name for a in actors() if (a.kind in LOCAL_KINDS and a.name.endswith(HOME_SUFFIX)) or (
        a.kind == "state" and a.name.endswith(STATE_HOME)))


def _abroad_name(name: str, country: str) -> str:
    return f"{name[:-len(HOME_SUFFIX)]} ({country})" if name.endswith(HOME_SUFFIX) else \
        f"{name[:-len(STATE_HOME[0])]} of {country}"


def localise(name: str | None, country: str | None, *, iraqi_named: bool = False) -> str | None:
    """``name`` following the event's ``country`` (ISO 3166-1 alpha-2) when it is a generic actor
    (unidentified armed group, protesters, rioters, civilians: "(Syria)"), or Iraq's army or police
    named plainly abroad while the sentence names no Iraqi side (``iraqi_named`` False).

    Examples
    --------
    >>> localise("Unidentified Armed Group (Iraq)", "SY"), localise("Islamic State (Iraq)", "SY")
    ('Unidentified Armed Group (Syria)', 'Islamic State (Iraq)')
    >>> localise("Civilians (Iraq)", "IQ"), localise("Police Forces of Iraq", "KW")
    ('Civilians (Iraq)', 'Police Forces of Kuwait')
    >>> localise("Military Forces of Iraq", "SY", iraqi_named=True)
    'Military Forces of Iraq'
    """
    if name is None or country in (None, "IQ") or name not in _local_names():
        return name
    if iraqi_named and name.endswith(STATE_HOME):
        return name
    from geo.loader import country_names

    found = country_names().get(country)
    return _abroad_name(name, found) if found else name


#: An Iraqi side named by its adjective (القوات العراقية, Iraqi troops); «شمالي العراق» names a place.
_IRAQI_SIDE = re.compile(r"عراقي|iraqi", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def sentence_state(sentence: str) -> str | None:
    """The one foreign country whose adjective the sentence uses («وزارة الدفاع التركية», "the
    Iranian Revolutionary Guards") when it names no Iraqi side: the country a bare «الجيش», "the
    army", "soldiers" of the sentence belongs to.

    Examples
    --------
    >>> sentence_state("أعلنت وزارة الدفاع التركية أن الجيش قصف مواقع في قضاء العمادية شمالي العراق.")
    'TR'
    >>> sentence_state("The Iraqi army said Turkish drones struck the area.") is None
    True
    """
    if _IRAQI_SIDE.search(sentence):
        return None
    from geo.cache import default_gazetteer
    from geo.index import get_index
    from geo.rules import norm_words

    # default_rules()'s, pickled with the name index (reading the rules' YAML again: 0.03 s and PyYAML)
    adjectives = get_index(default_gazetteer()).rules.country_adjectives
    found = set()
    for key in norm_words(_WORD.findall(sentence)):
        code = adjectives.get(key) or (adjectives.get(key + "ه") if key.startswith("ال") and key.endswith("ي") else None)
        if code is not None and code != "IQ":
            found.add(code)
    return found.pop() if len(found) == 1 else None


def home_state_abroad(name: str | None, country: str | None) -> str | None:
    """Iraq's army or police ``name`` (a bare «الجيش», "the army") as the forces of ``country``."""
    if name is None or country is None or country == "IQ" or not any(name.endswith(h) for h in STATE_HOME) \
            or name not in _local_names():
        return name
    from geo.loader import country_names

    found = country_names().get(country)
    return _abroad_name(name, found) if found else name


def localised_variants(name: str) -> list[str]:
    """Every country's form of a generic actor ``name`` (for code tables keyed by actor name)."""
    if name not in _local_names():
        return []
    from geo.loader import country_names

    return [_abroad_name(name, c) for iso, c in country_names().items() if iso != "IQ"]


def actor_matcher(lang: str, entries: Iterable[Actor]) -> PhraseMatcher:
    """The matcher of the ``lang`` aliases of ``entries``."""
    return PhraseMatcher(lang, [("phrase", alias, actor) for actor in entries
                                for alias in (actor.aliases_ar if lang == "ar" else actor.aliases_en)])


@cache
def _matcher(lang: str) -> PhraseMatcher:
    return shipped()["matchers"]["actors", lang]  # actor_matcher(lang, actors()), built once and pickled


def find_actors(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Actor]]:
    """Actor mentions in ``text[start:end]``: (start, end, actor) in text offsets, in text order.

    Examples
    --------
    >>> t = "هاجم عناصر داعش قوات البيشمركة"
    >>> [(a.name, t[s:e]) for s, e, a in find_actors(t, "ar")]
    [('Islamic State (Iraq)', 'داعش'), ('Military Forces of Iraq - Peshmerga', 'البيشمركة')]
    """
    end = len(text) if end is None else end
    norm = normalise_slice(text, start, end)
    out = []
    for a, b, payloads in _matcher(lang).finditer(norm.text):
        if payloads and (lang != "ar" or b == len(norm.text) or not _AR_LETTER.match(norm.text, b)):
            out.append((start + norm.original(a), start + norm.original(b), payloads[0]))
    return out


def assign_actors(text: str, found: list[tuple[int, int, Actor]], trigger_start: int,
                  event_type: str, lang: str, sub_event_type: str = "") -> tuple[str | None, str | None]:
    """Pick actor1 (perpetrator) and actor2 (target) among the actors of an event's scope.

    An actor after "by / من قبل / على يد" is the perpetrator, one after "against / ضد / استهدف" the
    target; protests take the protesters as actor1; an unclaimed explosion gets ACLED's
    "Unidentified Armed Group". Otherwise the actors keep their order, state forces first for
    strategic developments.

    Examples
    --------
    >>> t = "هجوم بطائرة مسيرة ضد القوات الأمريكية"
    >>> assign_actors(t, find_actors(t, "ar"), 0, "Explosions/Remote violence", "ar")
    ('Unidentified Armed Group (Iraq)', 'Military Forces of the United States')
    """
    perpetrators, targets, others = [], [], []
    for start, end, actor in found:
        if _SPEAKER_AFTER.match(text, end) or _SPEAKER_BEFORE.search(text, max(0, start - 25), start):
            continue  # the source of the news (the CTS said; أعلنت خلية الإعلام الأمني), not a party
        before = fold(text[max(0, start - 40):start]) if lang == "ar" else text[max(0, start - 40):start]
        if event_type == "Violence against civilians" and (
                _FINDER_AFTER[lang].match(fold(text[end:end + 60]) if lang == "ar" else text, 0 if lang == "ar" else end)
                or (lang == "ar" and _FINDER_BEFORE.search(before))):
            continue  # who found the bodies, not who killed
        if _PERPETRATOR[lang].search(before):
            perpetrators.append(actor)
        elif _TARGET[lang].search(before):
            targets.append(actor)
        else:
            others.append(actor)
    names: list[str] = []
    if event_type in {"Protests", "Riots"}:
        names += [a.name for a in others + targets if a.kind == "protesters"]
    names += [a.name for a in perpetrators]
    if not names and event_type == "Strategic developments":
        names += [a.name for a in others if a.kind == "state"]
    if not names and sub_event_type == "Air/drone strike":
        names += [a.name for a in others if a.kind == "state"][:1]  # air power is mostly a state's
    if not names and event_type in _PERPETRATOR_TYPES:
        nonstate = [a.name for a in others if a.kind in {"nonstate", "unknown"}]
        names += nonstate[:1] or ([UNIDENTIFIED] if event_type == "Explosions/Remote violence" else [])
    rest = [a.name for a in targets + others if a.name not in names]
    names += rest
    names = list(dict.fromkeys(names))
    return (names[0] if names else None), (names[1] if len(names) > 1 else None)
