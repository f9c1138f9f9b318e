"""Event-type rules that need the whole clause (the toll, who else is named), after the trigger.

ACLED codebook: "Excessive force against protesters" is peaceful protesters met with lethal force
by state forces; the same dead at the hands of unidentified gunmen stay Violence against civilians.
"Disrupted weapons use" is a weapon or attack stopped with no clash (a bomb defused, a drone shot
down); an attack foiled by fighting the attackers, with dead or wounded, is an "Armed clash".
Hostages freed by security forces: an armed clash when the clause reports dead or wounded (the
kidnappers fought, or a clash is told with it), else Strategic developments / Other.
"""

from __future__ import annotations

from collections.abc import Callable

from extract import needs
from extract import regexes as re
from extract.events import TOOK_PART_CHARS, EventCandidate, cue_start, took_part
from extract.lexicon import word_regex

__all__ = ["RETYPINGS", "ambushed_civilians", "armed_storming", "arrest_in_clash", "foiled_clash", "live_fire_dispersal",
           "people_seized", "protest_force", "protesters_attack", "retype", "state_strike", "terrorist_attack",
           "unknown_captors", "unopposed_clearing"]

_KILLING_TYPES = frozenset({"Violence against civilians", "Protests", "Battles"})
_EXPLOSIVE = frozenset({"Explosions/Remote violence"})
#: Non-state killers: their victims at a protest are civilians attacked, not protesters repressed (words.yaml).
_GUNMEN = word_regex("{gunmen}", re.IGNORECASE)
#: Stems every cue of the "protesters" class (cues.yaml) contains: a cheap test before the matcher.
_PROTEST_HINT = re.compile(r"تظاهر|مظاهر|محتج|احتجاج|معتصم|اعتصام|protest|demonstrat|rall(?:y|ies)|marchers|sit-?ins?\b",
                           re.IGNORECASE)
#: Attacks, bombings and bombers: killers that are not a state force repressing a protest (words.yaml: attacks,
#: state_forces).
_ATTACKS = word_regex("{attacks}", re.IGNORECASE)
_STATE_FORCES = word_regex("{state_forces}", re.IGNORECASE)
#: An assassination (اغتيال ناشط، محاولة اغتيال، اغتاله مسلحون): a targeted killing of a civilian, never
#: state forces repressing a protest, whatever protest the victim took part in (docs/annotation_guide.md).
_ASSASSINATION = word_regex("{assassination:targeted}", re.IGNORECASE)  # words.yaml, assassination
_CONDEMN = word_regex("{speech:condemnation}", re.IGNORECASE)  # words.yaml, speech
EXCESSIVE = ("Protests", "Excessive force against protesters")
ATTACK = ("Violence against civilians", "Attack")
#: Protesters named as the dead («مقتل 8 محتجين», «سقوط عدد من المتظاهرين قتلى»).
_PROTESTERS_KILLED = re.compile(r"(?:مقتل|استشهاد|قتل|سقوط|وفاة)\s+(?:\S+\s+){0,3}?(?:ال)?(?:محتج|متظاهر|معتصم)\S*")
#: The protest named as the setting of the deaths, just before the protest word: «من جراء (تجدد)
#: التظاهرات», «خلال (تفريق) الاحتجاجات», «أثناء التظاهرات».
_SETTING_BEFORE = re.compile(r"(?:(?:من )?جراء|نتيجة|خلال|اثناء|أثناء)\s+(?:\S+\s+)?$")


def died_at_protest(before: str) -> bool:
    """Whether the words before a protest trigger say protesters died in it: the dead are protesters
    and the protest is their setting (UN and wire wording «بعد مقتل 8 محتجين من جراء تجدد التظاهرات»).

    Examples
    --------
    >>> died_at_protest("جاءت الدعوة بعد مقتل 8 محتجين وسقوط الجرحى من جراء تجدد ")
    True
    >>> died_at_protest("خرج محتجون بعد مقتل ناشط خلال ")
    False
    """
    return bool(_PROTESTERS_KILLED.search(before) and _SETTING_BEFORE.search(before))


def protest_force(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                  injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for people killed where protesters are named in the sentence: Excessive force
    against protesters, unless the killers are gunmen or the killing is an assassination (then an
    attack on civilians, whatever the trigger said) or an explosion did it; None to keep the type.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "At least five people are killed when security forces fire live rounds at protestors."
    >>> protest_force(t, "en", find_events(t, [(0, len(t))], "en")[0], killed=5)
    ('Protests', 'Excessive force against protesters')
    """
    lo, hi = event.sentence
    assassination = needs.search(_ASSASSINATION, text, event.start, event.end) is not None
    if event.sub_event_type == EXCESSIVE[1]:
        if _GUNMEN.search(text, lo, hi) or assassination:
            return ATTACK  # gunmen shot the protesters
        if _ATTACKS.search(text, lo, event.start) and not _STATE_FORCES.search(text, lo, hi):
            return ATTACK  # "الهجمات التي تسببت في قتل ... المتظاهرين": attacks (bombers), not the police
        return None
    if not killed or event.event_type not in _KILLING_TYPES:
        return None
    if not _PROTEST_HINT.search(text, lo, hi) or cue_start(text, lang, "protesters", lo, hi) is None:
        return None
    if event.event_type == "Battles" and event.role != "killing":
        return None  # a clash between armed sides near a protest stays a battle
    if _CONDEMN.search(text, lo, event.start):
        return None  # "protesters denounced the assassination of an activist": the killing they denounce
    if all(took_part(text, max(lo, m.start() - TOOK_PART_CHARS), m.start()) for m in _PROTEST_HINT.finditer(text, lo, hi)):
        # "shot dead ... while returning home from anti-government protests": the protests say who the
        # victim is, not where he died (docs/annotation_guide.md: never excessive force)
        return ATTACK if event.event_type == "Protests" else None
    if died_at_protest(text[lo:event.start]):
        # «بعد مقتل 8 محتجين من جراء تجدد التظاهرات»: the protest is where they died, not what
        # answers the killing (the «بعد مقتل» belongs to the statement the sentence opens with).
        return ATTACK if _GUNMEN.search(text, lo, hi) or assassination else EXCESSIVE
    if any(cue_start(text, lang, cls, lo, hi) is not None for cls in ("cause", "protest_object")):
        return None  # احتجاجات غاضبة بعد اغتيال ناشط: the killing the protest answers, not its victims
    if _GUNMEN.search(text, lo, hi) or assassination:
        # Gunmen or an assassin killed them: civilians attacked, even where the trigger was the protest.
        return ATTACK if event.event_type == "Protests" or assassination else None
    return EXCESSIVE


CLASH = ("Battles", "Armed clash")


def foiled_clash(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                 injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for a foiled attack or a hostage rescue whose clause reports dead or wounded («أحبطت القوات هجوماً
    ... وقتلت اثنين من المهاجمين», "foiled an attack, killing two attackers"): the attack was stopped
    by fighting, an armed clash; None to keep the type (a plot foiled with no casualties).

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Troops foiled an attack on a checkpoint, killing two attackers."
    >>> foiled_clash(t, "en", find_events(t, [(0, len(t))], "en")[0], killed=2)
    ('Battles', 'Armed clash')
    >>> foiled_clash(t, "en", find_events(t, [(0, len(t))], "en")[0]) is None
    True
    """
    if event.role not in {"foiled", "rescue"} or not (killed or injured):
        return None
    return CLASH


RIOT = ("Riots", "Violent demonstration")
LOOTING = ("Strategic developments", "Looting/property destruction")
_AR = "\u0621-\u064A"
#: Protesters as the ones who attack: «قاد الهجوم متظاهرون», «هجوم نفذه محتجون», «شن محتجون هجوماً»,
#: named before the verb too («المتظاهرين أقدموا على حرق مقر»),
#: «من قبل متظاهرين», "attacked by protesters". Not «هجوم على المتظاهرين» (protesters attacked).
#: "clashes between Kurdish demonstrators and security forces", "Clashes in Kirkuk kill three protestors": the
#: demonstrators are a side of the clash.
#: «أقدم متظاهرون غاضبون، الاثنين، على», «أقدموا، اليوم، على»: a time told between commas.
_TIME_COMMAS = r"\s*(?:[,،]\s*[^\s,،]+(?:\s+[^\s,،]+)?\s*[,،])?\s*"
_BY_PROTESTERS = re.compile(
    rf"(?<![{_AR}])[وف]?(?:شن|نفذ|قاد|هاجم|اقتحم)(?:ه|ها|وا|ت)?\s+(?:(?:ال)?(?:هجوم|هجوما|هجوماً|اعتداء|اعتداءً|اقتحام)\s+)?"
    rf"(?:ال)?(?:متظاهر|محتج)[{_AR}]*|من قبل (?:ال)?(?:متظاهر|محتج)[{_AR}]*|"
    rf"(?<![{_AR}])[وف]?(?:أقدم|اقدم|عمد)(?:ت)?\s+(?:(?:عشرات|مئات|عدد)\s+(?:من\s+)?)?(?:ال)?(?:متظاهر|محتج)[{_AR}]*\s*(?:\S+\s*)?{_TIME_COMMAS}على\s|"
    rf"(?<![{_AR}])(?:ال)?(?:متظاهر|محتج)[{_AR}]*\s+(?:\S+\s+)?(?:أقدموا|اقدموا|عمدوا|أقدم|اقدم){_TIME_COMMAS}على\s|"
    r"\b(?:attack(?:ed)?|storm(?:ed)?|stormed|led) by (?:angry |hundreds of |dozens of )?(?:protesters|demonstrators)\b|"
    r"\b(?:protesters|demonstrators) (?:attacked|stormed|led the attack)\b|"
    # clashes between demonstrators and another side, clashes that killed protesters (enwire7 audit, issue 8)
    r"\bclash(?:es|ed)? (?:\w+ ){0,3}?between (?:\w+ ){0,2}?(?:protesters|protestors|demonstrators)\b|"
    r"\bclash(?:es)? (?:[\w'’-]+ ){0,4}?(?:kill|kills|killed|leave|leaves|left) (?:\w+ ){0,3}?(?:protesters|protestors|demonstrators)\b|"
    # the Arabic of 'two protesters were killed in clashes with security forces' (type11 audit, step 7, issue 8)
    rf"(?:مقتل|قتل|قتلا|قتلوا|سقوط|استشهاد|اصابه|إصابة|اصيب|أصيب)\s+(?:\S+\s+){{0,3}}?(?:ال)?(?:متظاهر|محتج)[{_AR}]*\s+"
    rf"(?:\S+\s+){{0,3}}?(?:في|خلال|جراء|اثر|إثر)\s+(?:ال)?(?:مواجهات|اشتباكات|صدامات)(?![{_AR}])|"
    rf"(?<![{_AR}])(?:ال)?(?:متظاهر|محتج)[{_AR}]*\s+(?:\S+\s+){{0,2}}?(?:قتل|قتلا|قتلوا|قضوا|اصيبوا|أصيبوا|جرحوا)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:في|خلال|جراء|اثر|إثر)\s+(?:ال)?(?:مواجهات|اشتباكات|صدامات)(?![{_AR}])",
    re.IGNORECASE)
#: Clashes told at demonstrations as their setting ('clashes broke out during rival demonstrations', «اندلعت
#: مواجهات خلال التظاهرات»): the crowds' confrontation, unless an armed side is named (words.yaml clash_sides).
_CLASHES_AT_PROTESTS = re.compile(
    r"\bclash(?:es|ed)? (?:[\w'’-]+ ){0,3}?(?:during|at|amid) (?:[\w'’-]+ ){0,2}?(?:protests|demonstrations|rallies|sit-ins?)\b|"
    rf"(?:مواجهات|اشتباكات|صدامات)\s+(?:\S+\s+){{0,3}}?(?:خلال|اثناء|أثناء)\s+(?:ال)?(?:تظاهرات|مظاهرات|احتجاجات|تظاهره|مظاهره)(?![{_AR}])",
    re.IGNORECASE)
_ARMED_SIDES = word_regex(r"{clash_sides@ar}|\b(?:{clash_sides@en})\b", re.IGNORECASE)  # words.yaml, clash_sides


def protesters_attack(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                      injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an attack its sentence says protesters carried out (an attack word typed as
    an armed clash, «قاد الهجوم متظاهرون غاضبون»; a burning typed as property destruction, «أقدم محتجون
    على إحراق مقر»), protesters killed in clashes («قتل متظاهران في مواجهات مع القوات الأمنية»), or clashes told at
    demonstrations with no armed side named ('clashes broke out during rival demonstrations'; type11, step 7): a riot,
    Violent demonstration; None to keep the type.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "شن محتجون هجوما على مقر حزب في الكوت أمس."
    >>> protesters_attack(t, "ar", find_events(t, [(0, len(t))], "ar")[0])
    ('Riots', 'Violent demonstration')
    """
    if (event.event_type, event.sub_event_type) not in {CLASH, LOOTING}:
        return None
    if needs.search(_BY_PROTESTERS, text, *event.sentence):
        return RIOT
    if event.sub_event_type == CLASH[1] and _CLASHES_AT_PROTESTS.search(text, *event.sentence) and \
            not _ARMED_SIDES.search(text, *event.sentence):
        return RIOT  # 'At least three people were killed when clashes broke out during demonstrations in Kirkuk'
    return None


#: An armed side struck: a state force, its men or its post («هجوم إرهابي على نقطة للجيش», «مقتل 4 جنود»).
_ARMED_TARGET = re.compile(r"قوات|القوات|الشرط[ةه]|الجيش|الحشد|البيشمرك[ةه]|جنود|جندي|عسكري|منتسب|مقاتل|نقط[ةه]|"
                           r"ثكن[ةه]|دوري[ةه]|ربيئ[ةه]|سيطر[ةه]")


#: Civilians told as an attack's dead: «أودى بحياة تسعة مدنيين», «أسفر عن مقتل خمسة مواطنين بينهم أطفال» (words.yaml
#: civilians; ttype12, session 12, issue 8).
_CIVILIANS_DEAD = word_regex(r"(?:مقتل|قتل|استشهاد|بحيا[ةه]|ضحيت\S*|ضحايا|وفا[ةه])\s+(?:\S+\s+){0,3}?(?:ال)?(?:{civilians@ar})"
                             r"(?!\S*\s+(?:ال)?(?:أمن|امن|شرط))")  # «رجال الأمن»: security men


def terrorist_attack(evidence: str, sub_event_type: str, *, trigger: str) -> bool:
    """Whether an attack (trigger «هجوم») typed Armed clash is an attack on people: no armed side named in its
    sentence, and a UN statement's «الهجوم الإرهابي» or civilians told as its dead («هجوم … أودى بحياة تسعة
    مدنيين»: ttype12), so civilians were struck (ACLED §Attack: one side, no other armed side fighting back), as the
    English "terrorist attack" trigger. Decided on the merged incident, so every account of it agrees.

    Examples
    --------
    >>> terrorist_attack("يندد بالهجوم الإرهابي الذي وقع في البصرة وأسفر عن مقتل 4 أشخاص", "Armed clash", trigger="بالهجوم")
    True
    >>> terrorist_attack("قتل 4 جنود في هجوم إرهابي على نقطة للجيش", "Armed clash", trigger="بالهجوم")
    False
    >>> terrorist_attack("تدين البعثة هجوم الأربعاء في دهوك الذي أودى بحياة تسعة مدنيين", "Armed clash", trigger="هجوم")
    True
    """
    return "هجوم" in trigger and sub_event_type == "Armed clash" and \
        (cue_start(evidence, "ar", "terrorist_attack", 0, len(evidence)) is not None or
         _CIVILIANS_DEAD.search(evidence) is not None) and \
        _ARMED_TARGET.search(evidence) is None


#: An ambush (نصب كميناً, وقعت في كمين, ambushed): typed Armed clash by its trigger.
_AMBUSH = re.compile(r"كمين|\bambush", re.IGNORECASE)
#: Who was ambushed are civilians: a vehicle carrying them («حافلة تقل زواراً», "a minibus carrying
#: pilgrims") or the civilians themselves right after the ambush («كميناً لزوار», "ambushed pilgrims").
#: (words.yaml: vehicles, carrying, passengers)
_CARRYING_CIVILIANS = word_regex(
    r"(?:{vehicles@ar})\S*\s+(?:\S+\s+)?(?:{carrying@ar})\s+(?:\S+\s+)?(?:ال)?(?:{passengers:carried@ar})|"
    r"كمين\S*\s+(?:\S+\s+)?(?:ل|على\s+|علي\s+)(?:ال)?(?:{passengers:ambushed@ar})|"
    r"\b(?:{vehicles@en})s?\s+(?:\w+\s+)?(?:{carrying@en})\s+(?:\w+\s+){0,2}?(?:{passengers:carried@en})\b|"
    r"\bambush(?:ed|es)?\s+(?:a\s+group\s+of\s+|a\s+convoy\s+of\s+|\w+\s+)?(?:{passengers:ambushed@en})\b|"
    # a vehicle called civilian («سيارة مدنية», 'a civilian car'): civilians ride it (type11 step 7, issue 8)
    r"(?:{vehicles@ar})\S*\s+(?:ال)?مدني(?:ه|ة)?(?![\u0621-\u064A])|\bcivilian\s+(?:{vehicles@en})s?\b", re.IGNORECASE)
#: An armed side named as ambushed: then the ambush is a clash whatever else rode with them.
_ARMED_AMBUSHED = word_regex(r"{ambushed_forces@ar}|\b(?:{ambushed_forces@en})\b", re.IGNORECASE)  # words.yaml


#: The dead named before an ambush: civilians (words.yaml civilians) and no combatant (words.yaml combatants).
_CIVILIAN_DEAD = word_regex("{civilians}", re.IGNORECASE)
_COMBATANT_DEAD = word_regex("{combatants}", re.IGNORECASE)
DEAD_BEFORE_CHARS = 40  # how far before the ambush word its dead are told


def ambushed_civilians(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                       injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an ambush (typed Armed clash by its trigger) whose clause says civilians were
    ambushed, a vehicle carrying them («نصب مسلحون كميناً لحافلة تقل زواراً», "gunmen ambushed a minibus
    carrying pilgrims") with no armed side named as its target: Violence against civilians, Attack;
    None to keep the type (an ambush on a patrol or a convoy of forces stays a clash).

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Gunmen ambushed a minibus carrying pilgrims near Balad."
    >>> ambushed_civilians(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Violence against civilians', 'Attack')
    >>> t = "Gunmen ambushed an army patrol near Balad."
    >>> ambushed_civilians(t, "en", find_events(t, [(0, len(t))], "en")[0]) is None
    True
    """
    if (event.event_type, event.sub_event_type) != CLASH or not _AMBUSH.search(text, event.start, event.end):
        return None
    ambushed = _CARRYING_CIVILIANS.search(text, event.start, event.sentence[1])
    if ambushed is None:
        # «قتل راعيان في كمين نصبه داعش», 'Two shepherds were killed in an ambush': civilians named as the dead right
        # before the ambush, no armed side among them or after it (review9 probes of 302b45a)
        before = text[max(event.sentence[0], event.start - DEAD_BEFORE_CHARS):event.start]
        civilians = needs.search(_CIVILIAN_DEAD, before) is not None and needs.search(_COMBATANT_DEAD, before) is None
        return ATTACK if civilians and not _ARMED_AMBUSHED.search(text, event.start, event.sentence[1]) else None
    if _ARMED_AMBUSHED.search(text, event.start, ambushed.end()):
        return None
    return ATTACK


#: Armed men or forces as the ones who storm or burn ("ISIS terrorists stormed a position of the army",
#: "Gunmen stormed a police station"): an armed assault, not a riot.
#: (words.yaml: armed_men, armed_groups, group_members)
_ARMED_STORMERS = word_regex(r"\b(?:{armed_men}|(?:{armed_groups})(?: (?:{group_members}))?)"
                             r"\s+(?:\w+\s+){0,2}?(?:stormed|storm|storms|torched|set fire to)\b", re.IGNORECASE)
#: What they stormed is an armed side's post or men: a clash; otherwise an attack on civilians.
_ARMED_POST = re.compile(r"\b(?:positions?|posts?|outposts?|checkpoints?|bases?|barracks|police|army|military|soldiers|"
                         r"troops|forces|patrols?|convoys?|peshmerga|guards?)\b", re.IGNORECASE)
#: A blast as what set fire to cars ("The blast set fire to two nearby cars"), or the fire told after the
#: explosion in its clause ("a car exploded in a car park, setting fire to several vehicles"; type9 audit):
#: the explosion's damage.
_BLAST_BURNED = re.compile(r"\b(?:blast|blasts|explosion|explosions|bomb|bombing|detonation)\s+(?:\w+\s+){0,1}?"
                           r"(?:set fire to|set ablaze|torched)\b|"
                           r"\b(?:exploded|blew up|detonated|went off)\b[^.;:]{0,80}?,?\s*\b(?:setting fire to|setting ablaze|"
                           r"and set fire to|which set fire to)\b", re.IGNORECASE)
#: Where the stormed place's account ends: a clause mark or an attribution ('…, a police source said',
#: 'said police', 'according to police'; review7b probes: the attribution's police made an attack a clash).
_OBJECT_END = word_regex(r"[,;]|\b(?:{speech:attribution})\b", re.IGNORECASE)  # words.yaml, speech
_PROTEST_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rioters|crowds?|mobs?)\b", re.IGNORECASE)
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def armed_storming(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                   injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for a riot word whose doers are armed men or a blast (enwire7 audit, issue 8):
    "ISIS terrorists stormed a position of the Iraqi military" is an armed clash, "Gunmen stormed a farm"
    an attack, "The blast set fire to two nearby cars" the explosion's damage (an IED, merged with it);
    None to keep the type. A sentence naming protesters or a crowd keeps its riot.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Militants stormed an army checkpoint near Rutba on Sunday."
    >>> armed_storming(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Battles', 'Armed clash')
    """
    if (event.event_type, event.sub_event_type) != RIOT:
        return None
    a, b = event.sentence
    storming = _ARMED_STORMERS.search(text, a, b)
    # Protesters told before the armed men may be the stormers; told after them they are what was stormed
    # ('Masked gunmen stormed a protest camp ...': review7b probes).
    if _PROTEST_WORDS.search(text, a, storming.start() if storming else b):
        return None
    if _BLAST_BURNED.search(text, a, b):
        return IED
    if storming is None:
        return None
    # What was stormed is told before the clause ends; 'a police source said' after the comma is who told it.
    told = _OBJECT_END.search(text, storming.end(), b)
    return CLASH if _ARMED_POST.search(text, storming.end(), told.start() if told else b) else ATTACK


#: Live fire (not rubber bullets, tear gas or water cannon), and the same fired into the air (a warning).
_LIVE_FIRE = re.compile(r"\blive (?:bullets|ammunition|rounds|fire)\b|(?:ال|بال)?(?:رصاص|ذخير[ةه]) (?:ال)?(?:حي|حي[ةه])(?![\u0621-\u064A])",
                        re.IGNORECASE)
_INTO_THE_AIR = re.compile(r"\s*(?:(?:in|into) the air\b|(?:في|الى|إلى|ب)\s*(?:ال)?هواء)", re.IGNORECASE)
#: Protesters hurt in the sentence ("wounding five protesters", «ما أدى إلى إصابة خمسة متظاهرين»).
_HURT = re.compile(r"\b(?:wound\w*|injur\w*|kill\w*|dead|died|casualt\w*)\b|(?:إصاب|اصاب|أصيب|اصيب|جرح|جريح|مقتل|قتل)",
                   re.IGNORECASE)
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")


def live_fire_dispersal(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                        injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for a protest met with live fire (type9 audit, step 7, issue 8): security forces dispersing
    a demonstration "using live bullets" with protesters wounded in the sentence is Excessive force against
    protesters (serious injuries), where tear gas or rubber bullets are an intervention; live rounds fired
    into the air to disperse them are an intervention with no one hit. Gunmen shooting are left to
    protest_force (an attack on civilians); None to keep the type.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Security forces dispersed a demonstration in Najaf with live ammunition, wounding five protesters."
    >>> live_fire_dispersal(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Protests', 'Excessive force against protesters')
    >>> t = "Security forces fired live rounds in the air to disperse protesters in Najaf."
    >>> live_fire_dispersal(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Protests', 'Protest with intervention')
    """
    if (event.event_type, event.sub_event_type) not in {PEACEFUL, INTERVENTION}:
        return None
    lo, hi = event.sentence
    live = list(_LIVE_FIRE.finditer(text, lo, hi))
    if not live or _GUNMEN.search(text, lo, hi):
        return None
    if all(_INTO_THE_AIR.match(text, m.end()) for m in live):
        return INTERVENTION if event.sub_event_type == PEACEFUL[1] else None
    return EXCESSIVE if _HURT.search(text, lo, hi) else None


def arrest_in_clash(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                    injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an arrest whose sentence tells fire exchanged with those arrested or a clash
    (cues.yaml fire_exchange: «تبادلت القوات الأمنية إطلاق النار مع مطلوبين خلال عملية لإلقاء القبض عليهم», 'exchanged
    fire with wanted men during an arrest raid'): the arrest was made in an armed clash, Battles/Armed clash (type9
    audit, step 7, issue 8); None to keep the type (an arrest with no fighting).

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Police exchanged fire with wanted men during an arrest raid in Basra, killing one of them."
    >>> arrest_in_clash(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Battles', 'Armed clash')
    >>> t = "Police arrested three wanted men in a raid in Basra."
    >>> arrest_in_clash(t, "en", find_events(t, [(0, len(t))], "en")[0]) is None
    True
    """
    if event.sub_event_type != "Arrests":
        return None
    return CLASH if cue_start(text, lang, "fire_exchange", *event.sentence) is not None else None


#: Words for clearing or sweeping an area (not retaking it: recaptured, liberated, «حررت», «استعادت»).
_CLEARING = re.compile(r"\b(?:clear(?:ed|s|ing)?|sweep(?:s|ing)?|swept|comb(?:ed|ing)?)\b|(?<![\u0621-\u064A])[وف]?(?:طهر|تطهير|تمشيط|مشط)",
                       re.IGNORECASE)
OTHER = ("Strategic developments", "Other")


def unopposed_clearing(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                       injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an area cleared with no resistance met («طهرت القوات ثلاث قرى … دون مواجهة أي مقاومة»,
    'forces cleared three villages … without meeting resistance'): a sweep, Strategic developments/Other, not
    Government regains territory (no territory taken from an opponent; type9, step 7, issue 8). None to keep the
    type (a clearing after clashes, a recapture).

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Iraqi forces cleared three villages in the Hamrin mountains without meeting resistance."
    >>> unopposed_clearing(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Strategic developments', 'Other')
    """
    if event.sub_event_type != "Government regains territory" or not _CLEARING.search(text, event.start, event.end):
        return None
    return OTHER if cue_start(text, lang, "unopposed", *event.sentence) is not None else None


#: Captors no state owns: an unknown force or armed men as the subject of an arrest verb (Arabic: right after
#: the verb, «اعتقلت قوة مجهولة», «اعتقل مسلحون مجهولون»; English: named before it, "unidentified men in military
#: uniforms detained"). Objects («اعتقلت القوات الأمنية مسلحين مجهولين», 'arrested two unidentified gunmen') are not.
_UNKNOWN_CAPTORS = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:اعتقل|احتجز|اقتاد|اختطف)\S*\s+(?:(?:قو[ةه]|جه[ةه]|مجموع[ةه]|عناصر|افراد|أفراد)\s+(?:\S+\s+)?"
    r"(?:مجهول|ملثم)\S*|(?:مسلحون|مجهولون|ملثمون)(?![\u0621-\u064A]))|"
    r"\b(?:unidentified|unknown|masked)\s+(?:armed\s+)?(?:men|gunmen|force|forces|group|assailants|people)\b|\bgunmen\b",
    re.IGNORECASE)
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
_CAPTURE_VERB = re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|seiz(?:ed|es)|abduct(?:ed|s)?|took|takes)\b", re.IGNORECASE)


def unknown_captors(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                    injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an arrest made by no state force anyone names: an unknown force or armed men seizing
    someone («اعتقلت قوة مجهولة الناشط», "unidentified men in military uniforms detained an activist") abduct
    (Abduction/forced disappearance; Arrests are a state's; type9, step 7, issue 8). None to keep the type.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Unidentified men in military uniforms detained an activist in Nasiriyah."
    >>> unknown_captors(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Violence against civilians', 'Abduction/forced disappearance')
    >>> t = "Security forces arrested two unidentified gunmen in Nasiriyah."
    >>> unknown_captors(t, "en", find_events(t, [(0, len(t))], "en")[0]) is None
    True
    """
    if event.sub_event_type != "Arrests":
        return None
    lo, hi = event.sentence
    for m in _UNKNOWN_CAPTORS.finditer(text, lo, hi):
        if not m.group(0).isascii():
            return ABDUCTION  # Arabic: the verb and its subject
        verb = _CAPTURE_VERB.search(text, m.end(), hi)
        between = text[m.end():verb.start()] if verb else ""
        if verb and event.start <= verb.start() < event.end and len(between) <= 60 and \
                not re.search(r"[,;:]", between) and not _STATE_FORCES.search(between):
            return ABDUCTION  # English: the captors as the subject of the arrest verb
    return None


#: People (not a town, drugs or weapons) seized or captured: "seized two shepherds", "captured three farmers".
_SEIZED_PEOPLE = re.compile(
    r"\b(?:seized|captured|snatched|grabbed)\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"dozens of|\d+)\s+)?(?:[\w-]+\s+)?(?:shepherds?|farmers?|civilians?|villagers?|men|man|women|woman|children|boys?|"
    r"girls?|people|residents?|workers?|labou?rers|activists?|journalists?|students?|drivers?|pilgrims?|hunters?|"
    r"fishermen)\b", re.IGNORECASE)
_NONSTATE_CAPTORS = re.compile(r"\b(?:gunmen|militants|insurgents|jihadists|isis|isil|islamic state|daesh|kidnappers|"
                               r"unidentified|unknown|masked|armed men)\b", re.IGNORECASE)
ARRESTS = ("Strategic developments", "Arrests")


def people_seized(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                  injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for people seized or captured (English; type9, step 7, issue 8): 'seized' and 'captured' are
    territory words, so 'Gunmen seized two shepherds' was a Non-state actor overtakes territory and 'Militants
    captured three farmers' an arrest. Armed men or militants named before the verb abduct (Abduction/forced
    disappearance); security forces named so arrest. None to keep the type (a town seized, drugs seized).

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Gunmen seized two shepherds near Kirkuk on Monday."
    >>> people_seized(t, "en", find_events(t, [(0, len(t))], "en")[0])
    ('Violence against civilians', 'Abduction/forced disappearance')
    """
    if event.sub_event_type not in {"Non-state actor overtakes territory", "Arrests"}:
        return None
    lo, hi = event.sentence
    seized = _SEIZED_PEOPLE.search(text, lo, hi)
    if seized is None:
        return None
    before = text[lo:seized.start()]
    if _STATE_FORCES.search(before):
        return ARRESTS if event.sub_event_type != "Arrests" else None
    return ABDUCTION if _NONSTATE_CAPTORS.search(before) else None


STRIKE = ("Explosions/Remote violence", "Air/drone strike")
#: Between the forces and the attack word, a speech verb or other armed men: the forces told it or were attacked
#: («قال الجيش التركي إن مسلحين هاجموا قاعدة», 'The Turkish army said PKK militants attacked a base'; words.yaml
#: speech, gunmen, armed_men).
_OTHER_DOER = word_regex(r"(?<![\u0621-\u064A])[وف]?(?:{speech:statement@ar})|\b(?:{speech:statement@en})|{gunmen}|"
                         r"\b(?:{armed_men})\b|(?<![\u0621-\u064A])(?:ال)?(?:مسلح\S*|عناصر|داعش|حزب العمال)|\bpkk\b",
                         re.IGNORECASE)
#: The attack told with its own doer after it («بعد هجوم لمسلحي حزب العمال», «هجوم شنه …», 'an attack by PKK
#: militants'): the forces named before it are not who attacked.
_OWN_DOER = re.compile(r"\S*\s*(?:(?<![\u0621-\u064A])ل(?!ل)[\u0621-\u064A]|(?:شن|نفذ|تبنا|تبنى)\S*\s|من\s+قبل|by\b|carried out by|"
                       r"claimed by)", re.IGNORECASE)
#: The forces named as what was struck, not who struck: after «على», «ضد», «ل», 'on', 'against', 'targeting'.
_STRUCK_BEFORE = re.compile(r"(?:(?<![\u0621-\u064A])(?:على|علي|ضد|استهدف\S*)\s+(?:\S+\s+)?|(?<![\u0621-\u064A])[لب]?ل)\S?$|"
                            r"\b(?:on|against|at|targeting|toward|towards|attacked|hit|struck)\s+(?:an?\s+|the\s+)?\S*$",
                            re.IGNORECASE)
#: A ground operation told in the sentence («هجوماً برياً», «العملية البرية», «القوات البرية», «توغلت», commandos, a
#: ground offensive, an incursion): the foreign forces fought on the ground, no strike from the air or across the border.
_GROUND = re.compile(r"(?<![\u0621-\u064A])(?:هجوم|هجوما|هجوماً|الهجوم|عمليه|عملية|العمليه|العملية|قوات|القوات|وحدات|"
                     r"الوحدات|حمله|حملة|الحملة|الحمله)\s+(?:ال)?(?:بري|بريا|برياً|بريه|برية)(?![\u0621-\u064A])|"
                     r"(?<![\u0621-\u064A])[وف]?(?:ال)?(?:توغل|توغلت|توغلوا|يتوغل|تتوغل|كوماندوز)|"
                     r"\b(?:ground|land) (?:offensive|assault|operation|incursion|attack|troops|forces)|\bcommandos?\b|"
                     r"\binfantry\b|\bincursions?\b", re.IGNORECASE)
_ATTACK_WORD = re.compile(r"هاجم|هجوم|هجمات|هجوما|اعتداء|\battack|\bassault|\bstrik", re.IGNORECASE)


def state_strike(text: str, lang: str, event: EventCandidate, *, killed: int | None = None,
                 injured: int | None = None) -> tuple[str, str] | None:
    """ACLED's type for an attack word typed Armed clash whose sentence names a foreign state's forces as the ones
    in it («شن الجيش التركي هجوماً على مواقع لحزب العمال», 'Iran's Revolutionary Guards attacked Kurdish opposition
    bases near Koya'; cues.yaml striking_states): a strike from across the border or the air, Air/drone strike, as
    «هجوم تركي/إيراني» already was (ttype12, session 12, issue 8); a sentence telling close combat (clashes, gunfire)
    keeps the clash. None to keep the type.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "شن الجيش التركي اليوم هجوماً على مواقع لحزب العمال في قضاء العمادية."
    >>> state_strike(t, "ar", find_events(t, [(0, len(t))], "ar")[0])
    ('Explosions/Remote violence', 'Air/drone strike')
    """
    if (event.event_type, event.sub_event_type) != CLASH or event.role == "killing" or not _ATTACK_WORD.search(event.trigger):
        return None  # (a killing's dead decide it: «جنود من الجيش التركي قتلوا في هجوم» were struck)
    lo, hi = event.sentence
    doer = cue_start(text, lang, "striking_states", lo, event.start)  # named before the attack word: who attacked
    word = _ATTACK_WORD.search(text, event.start, event.end)
    if doer is None or _STRUCK_BEFORE.search(text, max(lo, doer - 24), doer + 1) or \
            (word is not None and _OWN_DOER.match(text, word.end())) or \
            needs.search(_OTHER_DOER, text, max(lo, doer - 12), event.start) is not None or \
            cue_start(text, lang, "close_combat", lo, hi) is not None or _GROUND.search(text, lo, hi):
        return None  # 'PKK fighters attacked a Turkish army base', «على مواقع للجيش التركي»: the forces were struck;
        # «شن الجيش التركي هجوماً برياً على مواقع ...»: a ground attack stays a clash (review12)
    return STRIKE


#: A retyping rule: ``rule(text, lang, event, *, killed=..., injured=...)`` gives ACLED's (type, sub-type) of the
#: event its whole clause tells, or None to leave the type to the next rule (the clause's toll is ``killed``
#: and ``injured``; a rule reads what it needs). Each rule's docstring says why it retypes.
Retyping = Callable[..., tuple[str, str] | None]

#: The retyping rules in the order they are asked: the first that gives a type decides, so where two
#: apply the earlier one wins (a foiled attack with dead is a clash before anything its words suggest;
#: the protest rules before the storming, dispersal and arrest rules, the English seizure rule last).
#: A new rule is one function above and one entry here.
RETYPINGS: tuple[Retyping, ...] = (foiled_clash, protesters_attack, protest_force, ambushed_civilians, armed_storming,
                                   live_fire_dispersal, arrest_in_clash, unopposed_clearing, unknown_captors, people_seized,
                                   state_strike)


def retype(text: str, lang: str, event: EventCandidate, *, killed: int | None, injured: int | None) -> tuple[str, str]:
    """ACLED's (type, sub-type) of ``event`` once its whole clause is read: the first of :data:`RETYPINGS`
    that gives one, else the trigger's own.

    Examples
    --------
    >>> from extract.events import find_events
    >>> t = "Troops foiled an attack on a checkpoint, killing two attackers."
    >>> event = find_events(t, [(0, len(t))], "en")[0]
    >>> retype(t, "en", event, killed=2, injured=None)
    ('Battles', 'Armed clash')
    >>> retype(t, "en", event, killed=None, injured=None) == (event.event_type, event.sub_event_type)
    True
    """
    for rule in RETYPINGS:
        found = rule(text, lang, event, killed=killed, injured=injured)
        if found:
            return found
    return event.event_type, event.sub_event_type
