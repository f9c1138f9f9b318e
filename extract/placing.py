"""Where an incident happened: the place mentions tied to a trigger.

Place: the most specific place tied to the trigger. Places after the trigger in its scope come
first (up to a topic shift: فيما, meanwhile), then places shortly before it in the sentence; a
place is *tied* when a preposition or a direction word precedes it (في, ب, لمدينة, قرب, شمال,
in, near, north of) or it names the people of the place (أهالي/سكان X), when it is a facility (airport, base, camp) or the trigger's object (seized
Mosul). A place after a speech verb (أُعلن في بغداد, said in Baghdad), a government (the
government in Erbil) or بين + a capital (بين بغداد وأربيل) never locates an incident. A coarse
place next to a finer one gives way to it (جرف الصخر شمالي محافظة بابل, Baghdad's Green Zone).
With no tied place the article's leading place is used at geo_precision 3; with none at all the
incident is country-level (Iraq) without coordinates, as in the gold annotations (ACLED would use
the country centroid; a map cannot place such a point honestly).

Several places chained by و after the trigger (في محافظات بابل والديوانية, بالأنبار و... في
كركوك, قريتي X وY) in different governorates, or finer than a governorate, give one incident each.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from extract import needs
from extract import regexes as re
from extract.events import EventCandidate
from extract.lexicon import fold
from extract.memo import Memo
from extract.needs import Needs
from extract.numbers import parse_number
from extract.phrases import folded_bounds
from extract.tails import tail
from geo.model import PlaceMention

__all__ = [
    "abroad",
    "choose_places",
    "fallback_place",
    "filed_abroad",
    "geo_precision",
    "is_tied",
    "leading_place",
    "level",
    "named_before",
    "named_country",
    "origin",
    "same_place",
    "sentence_place",
]

_POINT = frozenset({"city", "town", "village", "neighborhood", "street", "road", "camp", "air_base",
                    "military_base", "airport", "facility", "border_crossing"})
_AREA = frozenset({"district", "subdistrict", "mountain", "valley", "lake", "river", "island", "area",
                   "border_area"})
_LINEAR = frozenset({"river", "lake", "road", "valley", "mountain"})
_FACILITY = frozenset({"camp", "air_base", "military_base", "airport", "facility", "border_crossing"})
#: «في قاطع عمليات صلاح الدين», «ضمن قاطع مسؤولية بغداد»: an (operations) sector is named by the place it covers.
#: One sector only: «في قاطعي ديالى وصلاح الدين» (two sectors) is a span of activity, not where one event was.
_SECTOR = r"(?:ال)?قاطع(?:\s+(?:عمليات|مسو?وليه))?"
#: «في وادي الشاي ضمن قاطع عمليات كركوك»: the sector frames the place before it, never refines it.
_IN_SECTOR = re.compile(rf"{_SECTOR}\s+$")
_DESIGNATOR = (rf"(?:[بل]?(?:{_SECTOR}|محافظ\S*|مدين\S*|ناحي\S*|قضاء\S*|قريه|قري|منطق\S*|مناطق|احياء|حيي|حي|بلده|بلدات|مخيم|قاعده|"
               r"مطار|بساتين|بستان|صحراء|ريف|باديه|جبال|جبل|سلسله|تلال|وادي|جزيره|سهل|العاصمه|العراقيه|ضواحي|اطراف|مركز|مدخل|سوق|احدي|احد|كامل|معظم|اغلب|عموم|مقر|مبني|"
               r"قريتي|قريتا|بلدتي|قضاءي|قضايي|طريق|حدود)|governorate|province|city|town|villages|towns|"
               r"district|village|area|neighbou?rhood|the|desert|outskirts of|centre of|center of|city of|town of)")
#: «إلى الغرب من X», «الى الشمال الغربي من X»: a compass noun with من (not «الجهة الغربية من X», a side of X).
_COMPASS_FROM = r"ال(?:شمال|جنوب|شرق|غرب)(?:\s+ال(?:شرقي|غربي))?\s+من"
_NEAR = r"(?:قرب|بالقرب من|محيط|بمحيط|المحيطه|المجاوره|المجاور|المحاذي|المحاذيه|اطراف|باطراف|ضواحي|بضواحي|[بو]?مشارف|شمال\S*|جنوب\S*|شرق\S*|غرب\S*|" \
        rf"{_COMPASS_FROM}|(?:كم|كيلو\S*)\s+(?:من|عن)|" \
        r"near|outskirts of|around|north of|south of|east of|west of|northeast of|northwest of|" \
        r"(?:vicinity|edge|edges|environs|suburbs?|countryside|rural areas?) of|" \
        r"southeast of|southwest of|outside|(?:km|kilometers?|kilometres?|miles?)\s+(?:from|of))"
#: "in the town of Makhmur", "in the nearby village of al-Rashad", "the southern port city of Basra".
_EN_OF = (r"(?:in|at|near|outside|into|on)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?(?:city|town|villages?|towns|district|area|"
          r"province|governorate|region|neighbou?rhood|suburbs?|outskirts|vicinity|countryside|sub-?district|"
          r"desert|mountains?|valley|island|camp|base)\s+of")
#: "in northwest Syria", "in north-eastern Diyala": a compass word after "in".
_EN_COMPASS = r"in\s+(?:the\s+)?(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?"
#: Where the event happened around a place rather than in it: geo_precision 2 (صحراء الرطبة, ريف الحسكة).
_AROUND = re.compile(rf"(?:{_NEAR}|(?<!\S)[وفب]?(?:{_SECTOR}|صحراء|بادي[هة]|بساتين|ريف|قري|قرى|اراضي|مزارع|جبال|جبل|سلسله|تلال|جزيره|طريق)|"
                     rf"desert|countryside|orchards|villages|farmlands?|mountains|hills)\s+(?:{_DESIGNATOR}\s+){{0,2}}(?:al-|el-)?$",
                     re.IGNORECASE)
#: اهالي/سكان X (the people of X): in a report, where they protest, are attacked or found dead.
#: شهد/شهدت X (X saw): «شهد قضاء الشرقاط تفجيرا انتحاريا», «شهدت ناحية مندلي هجوما» (place9 audit).
_TIED = re.compile(rf"(?:(?<![^\s\"'(])[وف]?(?:في|ب|على|علي|عند|داخل|وسط|امام|مقابل|ضمن(?: حدود)?|[لب]?اهالي|[لب]?سكان|"
                   rf"شهد|شهدت|تشهد|يشهد|"
                   rf"in|at|on|inside|over|through|"
                   rf"in central|in downtown|{_EN_COMPASS}|{_EN_OF})|{_NEAR})\s+"
                   rf"(?:{_DESIGNATOR}\s+){{0,2}}(?:al-|el-|al\s+|el\s+)?$", re.IGNORECASE)
#: لمدينة كربلاء, بقضاء الحويجة: a preposition glued to the designator.
_GLUED = re.compile(rf"(?<!\S)[وف]?[بل](?:{_SECTOR}|محافظ\S*|مدين\S*|ناحي\S*|قضاء|منطق\S*|قري\S*|بلد\S*|مخيم|حي|قاعده|مطار|"
                    r"صحراء|باديه|بساتين|ريف|اطراف|ضواحي|محيط|جبال|جبل|سلسله|وادي|جزيره)"
                    r"\s+$")
#: «تسلمت القوات قاعدة القائم», «سقطت صواريخ داخل معسكر التاجي»: a base named by its town is at that town,
#: with or without a preposition before the head noun.
_BASE_OF = re.compile(r"(?<!\S)[وف]?(?:ال)?(?:قاعده|معسكر)\s+$")
_NEAR_BEFORE = re.compile(rf"{_NEAR}\s+(?:{_DESIGNATOR}\s+){{0,2}}$", re.IGNORECASE)
#: أعلنت بغداد, قال مسؤول في بغداد, the government in Erbil: where a statement came from. A word
#: between the verb and the place with no preposition (قالت أسايش أربيل) is a unit's name instead.
#: The verb starts a word: اعتقال (arrest) holds قال, تذكرة holds ذكر.
#: ... ردت واشنطن بقصف, اتهمت طهران: a capital that answers, accuses or threatens is its government.
#: The verb's sentence only: '..., police said. Baghdad airport was hit by rockets' places the strike (place9).
_METONYMY = re.compile(r"(?:(?<![^\s\"'(])[وفل]?(?:اعلن|أعلن|أُعلن|قال|اكد|أكد|صرح|افاد|أفاد|ذكر|said|announced|told|بيان|statement|"
                       r"موتمر|"
                       r"conference)"
                       r"[^\s.!?؟]*\s+(?:\S+\s+(?:في|من|in|from)\s*|(?:في|من|in|from)?\s*)|"
                       r"(?:حكومه|الحكومه|government|authorities)\s+(?:في|من|in|from)?\s*|"
                       r"(?<![^\s\"'(])[وف]?(?:ردت|رد|اتهمت|اتهم|توعدت|توعد|هددت|هدد)\s+)$", re.IGNORECASE)
#: «استدعاء سفير أنقرة في بغداد», "Turkey's ambassador in Baghdad": where an envoy serves, not an event's place
#: (place7 audit, issue 8).
_ENVOY = re.compile(r"(?<![^\s\"'(])[وفل]?(?:ال)?(?:سفير|سفيره|سفيرة)\s+(?:\S+\s+){1,2}?(?:في|لدي|لدى)\s+$|"
                    r"(?<![^\s\"'(])[وفل]?(?:سفيرها|سفيرهم|سفيرنا)\s+(?:في|لدي|لدى)\s+$|"
                    r"(?<![^\s\"'(])[وفل]?(?:ال)?(?:سفير|سفيره|سفيرة)\S*\s+(?:\S+\s+){0,2}?(?:لدي|لدى)\s+$|"
                    r"\bambassadors?\s+to\s+$|"
                    r"(?<![^\s\"'(])[وفل]?(?:ال)?(?:سفير|سفيرة|سفيره)\s+$", re.IGNORECASE)  # «سفير أنقرة»: its government
#: ضحايا مجزرة سبايكر, the anniversary of the Speicher massacre: a place that names a past event.
_NAMED_EVENT = re.compile(r"(?:مجزره|مجازر|ضحايا|ذكري|massacre|victims of|anniversary of)\s+(?:the\s+)?(?:ال)?$|"
                          # «منذ بدء الحرب الإسرائيلية على غزة», 'the war on Gaza': a war named by its place (dup7)
                          r"(?<![^\s\"'(])(?:ال)?حرب\s+(?:\S+\s+)?(?:علي|على|في)\s+$|\bwar\s+(?:on|in)\s+$",
                          re.IGNORECASE)
#: «فصائل مسلحة مرتبطة بإيران», «لم تصدر واشنطن بياناً», 'Iran-backed', 'linked to Iran': a state named as an
#: ally, a sponsor or the author of a statement, not where an event happened (dup7 audit, issue 8).
_ALLEGIANCE = re.compile(r"(?<![^\s\"'(])(?:ال)?(?:مرتبط|موال|مدعوم|تابع)\S*\s+(?:من\s+)?[بل]?$|"
                         r"(?<![^\s\"'(])(?:لم\s+)?(?:تصدر|يصدر|اصدرت|أصدرت|اصدر|أصدر)\s+$|"
                         r"\b(?:linked|aligned|allied|affiliated|tied|loyal)\s+(?:to|with)\s+$|\bbacked\s+by\s+$",
                         re.IGNORECASE)
#: بين بغداد وأربيل: the governments, not a place; بين قضاء طوزخورماتو وناحية آمرلي: a road between places.
_BETWEEN = re.compile(rf"(?:بين|between)\s+(?:{_DESIGNATOR}\s+){{0,2}}$", re.IGNORECASE)
#: «بين محافظتي ...», «بين المحافظتين»: governorates named as places by their dual designator, not as governments.
_BETWEEN_PROVINCES = re.compile(r"(?<![^\s])بين\s+(?:ال)?محافظت(?:ي|ين)\s+$")
#: "between Diyala and Salahuddin provinces": the second name and the plural designator after the first.
_AND_PROVINCES = re.compile(r"\s+and\s+(?:\S+\s+){1,2}?(?:provinces|governorates)\b", re.IGNORECASE)
_CAPITALS = frozenset({"Baghdad", "Erbil", "Washington", "Tehran", "Ankara", "Damascus", "Riyadh", "Amman",
                       "Kuwait City", "Beirut", "Cairo", "Moscow", "London", "Paris", "Doha", "Abu Dhabi"})
_OBJECT_GAP = re.compile(rf"\s*(?:the\s+)?(?:{_DESIGNATOR}\s+)?(?:of\s+)?$", re.IGNORECASE)
#: "Mortar shells hit Tarmiyah", «قصف مدفعي تركي استهدف قريتي ...»: the place the trigger's verb hits.
_VERB_OBJECT = re.compile(rf"\s*(?:[^\s.،,؛;]+\s+){{0,3}}?(?:hit|hits|struck|strikes|targeted|targets|pounded|shelled|"
                          rf"استهدف\S*|طال|طالت|ضرب|ضربت)\s+(?:the\s+)?(?:{_DESIGNATOR}\s+)?(?:of\s+)?$", re.IGNORECASE)
VERB_OBJECT_CHARS = 50
#: Killings of one person by their nature (an assassination): one dead when no count is given.
CHAIN_GAP = 60
LIST_REACH = 160  # characters from "in Iraq" to a list of its towns ("... near the cities of Bayji, Tal Afar and Rawah")
#: Where a road leads, and where attackers fled («لاذوا بالفرار نحو مناطق الأهوار», «فروا باتجاه البساتين», "fled
#: towards the desert"): not the event's place (flash10 audit, issue 8).
_DESTINATION = re.compile(r"(?:المودي|المتجه|الذاهب|المؤدي)\S*\s+(?:الي|الى|إلى|نحو)\s+(?:\S+\s+){0,1}$|"
                          r"(?<![\u0621-\u064A])[وف]?(?:بالفرار|فرار|فروا|فر|فرا|هربوا|هرب|هربا|لاذوا|لاذ|لاذا)"
                          r"(?![\u0621-\u064A])\s+(?:\S+\s+){0,2}?(?:الي|الى|إلى|نحو|باتجاه|صوب)\s+"
                          r"(?:\S+\s+){0,2}$|"
                          r"(?:leading|heading|bound) (?:to|for)\s+(?:the\s+)?$|"
                          r"(?<!\bhad )(?<!\bwho )\bfled\s+(?:\S+\s+){0,2}?(?:to|towards?|into)\s+(?:the\s+)?(?:area\s+of\s+)?$",
                          re.IGNORECASE)  # (not "militants who had fled into Hawija clashed ... there": the place before)
#: Where the dead and wounded were taken («نقل الجرحى إلى مستشفى خانقين», «نقلت الجثث إلى الطب العدلي في
#: كركوك», «نقل المصابين إلى أربيل», "the injured were taken to Erbil", "treated at a hospital in Kirkuk"):
#: the hospital's town, not the event's place (place7 audit, issue 8).
_TAKEN_TO = re.compile(r"(?<![\u0621-\u064A])الي\s+(?:ال)?(?:مستشفي|مستشفيات|مشفي|مشافي|طب\s+ال(?:عدلي|شرعي)|"
                       r"دايره\s+الطب)\S*(?:\s+\S+){0,3}?\s+(?:في\s+)?$|"
                       r"(?<![\u0621-\u064A])[وف]?(?:تم\s+)?(?:نقل|اخلاء|اخلي|اسعاف)\S*\s+(?:\S+\s+){0,4}?الي\s+"
                       r"(?:مدينه\s+|محافظه\s+)?$|"
                       r"\b(?:taken|rushed|transferred|transported|evacuated|brought|airlifted)\s+(?:\S+\s+){0,3}?to\s+"
                       r"(?:(?:a|the)\s+)?(?:(?:hospitals?|clinic|medical (?:center|centre|facility))\s+(?:in|at)\s+)?$|"
                       r"\b(?:treated|admitted|hospitali[sz]ed|died|succumbed)\s+(?:\S+\s+){0,4}?(?:at|in|to)\s+(?:(?:a|the)\s+)?"
                       r"(?:hospitals?|clinic)\s+(?:in|at)\s+$", re.IGNORECASE)
#: (A bare "hospital in" is no such phrase: "a bomb exploded outside a hospital in Kirkuk", "gunmen stormed a
#: hospital in Baquba" place the event at the hospital's town.)
#: A road named by its two ends («طريق بغداد البصرة», «الطريق الرئيسي (بغداد – داقوق)», "the Baghdad-Basra
#: highway"): the ends say where the road runs, not where on it the event happened.
_ROAD = r"(?:طريق|الطريق)\s+(?:(?:الرييسي|الرئيسي|السريع|الدولي|العام|الرابط)\s+)?\(?\s*"
_ROAD_WORD = (r"(?!(?:(?:ال)?(?:رييسي|رئيسي|سريع|دولي|عام|قديم|جديد|خارجي|رابط|مودي|مؤدي|واصل|حولي|ذاته|نفسه)|"
              r"بين|قرب|عند|نحو|علي|على|باتجاه|الي|الى|إلى)(?![\u0621-\u064A]))[\u0621-\u064A]{3,}")
_ROAD_FIRST_END = re.compile(_ROAD + r"$")
_ROAD_SECOND_END = re.compile(_ROAD + _ROAD_WORD + r"\s*(?:[-–—/]\s*)?$")
_ROAD_THEN_END = re.compile(r"^\s*(?:[-–—/]\s*)?" + _ROAD_WORD)
_ROAD_EN_FIRST = re.compile(r"^\s*[-–]\s*[a-z]+(?:\s+[a-z]+)?\s+(?:highway|road|motorway|expressway)\b", re.IGNORECASE)
_ROAD_EN_SECOND = re.compile(r"[a-z][-–]\s*$", re.IGNORECASE)
_ROAD_EN_AFTER = re.compile(r"^\s+(?:highway|road|motorway|expressway)\b", re.IGNORECASE)


def _road_end(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is one of the two ends a road is named by (not «على الطريق ببغداد»: the road in Baghdad);
    kept for the article (every event asks of the places after it)."""
    _article(text)
    return _READ.once_for("road_end", (m,), lambda: _read_road_end(text, m))


def _read_road_end(text: str, m: PlaceMention) -> bool:
    if _prefix_prep(m):
        return False
    before, after = _before(text, m), text[m.end:m.end + 40]
    return bool((_ends(_ROAD_FIRST_END, before) and _ROAD_THEN_END.match(after)) or _ends(_ROAD_SECOND_END, before)
                or _ROAD_EN_FIRST.match(after) or (tail(_ROAD_EN_SECOND).search(before) and _ROAD_EN_AFTER.match(after)))


_SPEAKER = re.compile(r"(?:افاد|قال|ذكر|اكد|اوضح)\S*\s+(?:مسو?ول|مصدر|ضابط|شاهد|مراسل)\S*(?:\s+\S+)?\s+(?:في|من)\s+"
                      r"(?:\S+\s+)?$|\b(?:official|source|officer|witness)s? (?:in|at|from) (?:the )?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;؛|]")
#: «جنديان من أهالي نينوى», «ينحدر من الموصل», "two soldiers from Mosul", "a native of Basra": where the people
#: come from, not where the event happened (place9 audit, issue 8). A place so named gives way to any other.
_FROM_PEOPLE = re.compile(rf"(?<![^\s\"'(])(?:(?:ينحدر|ينحدرون|ينحدران|تنحدر|المنحدر)\S*\s+من\s+(?:(?:ال)?(?:ابناء|اهالي|سكان)\s+)?|"
                          rf"[وفل]?من\s+(?:ال)?(?:ابناء|اهالي|سكان)\s+|"
                          rf"(?<![^\s\"'(])(?:جندي|جنديان|جنديين|جنود|شرطي|شرطيان|شرطيين|منتسب\S*|مدني|مدنيان|مدنيين|"
                          rf"مقاتل|مقاتلان|مقاتلين|عنصر|عنصران|عنصرين|زائر\S*|زوار|عامل|عاملان|عاملين|عمال|راعي|راعيان|"
                          rf"راعيين|رعاه|شاب|شابان|شابين|شبان|مواطن\S*|اشخاص|شخصان|شخصين)\s+من\s+)"
                          rf"(?:{_DESIGNATOR}\s+){{0,2}}$|"
                          rf"\b(?:natives?\s+of|hailing\s+from|hails\s+from|originally\s+from|(?:soldiers?|troops|policem[ae]n|"
                          rf"officers?|fighters|recruits|men|women|people|civilians|members|pilgrims|workers|students|"
                          rf"brothers|shepherds|farmers)\s+from)\s+(?:the\s+)?(?:{_DESIGNATOR}\s+){{0,2}}(?:al-|el-)?$",
                          re.IGNORECASE)
#: (Not a bare «من X», 'from X': «انسحبت القوات من ناحية الرمانة», 'withdrew from the base' are the event's place;
#: «من X» right after the people themselves, «جنديان من الموصل», 'two soldiers from Mosul', is where they come from.)
#: Places that serve as reference points for a direction (شمالي تكريت, north of Basra).
_REFERENCE = frozenset({"city", "town", "governorate"})
#: "على بعد 200 كم", «على مسافة /30/ كيلومترا», "some 200 km": how far the place is from the landmark; the number
#: alone in brackets too («مدينة كركوك (250 كم) شمال بغداد», arlong9 audit); after "located", «الواقعة» (Xinhua's
#: "the provincial capital Tikrit, located some 170 km north of Baghdad": enreg10 audit, issue 8).
_DISTANCE = (r"(?:(?:located|situated|lying|which lies|الواقع\S*|(?:التي|الذي)\s+تقع|تقع|يقع)\s+)?"
             r"(?:(?:علي|على|نحو|حوالي|about|some|nearly|around|roughly|approximately)\s+)?(?:(?:بعد|مسافه)\s+)?(?:نحو\s+|حوالي\s+)?"
             r"/?[\d.,]+/?\s*(?:كم|كلم|كيلو\S*|km|kilomet\S*|miles?)[)\]]?\s+")
_ANCHOR_GAP = re.compile(rf"[\s,،(/]*(?:{_DISTANCE}|[^\s,،]+[\s,،]+)?{_NEAR}(?:\s+(?:شرق|غرب)\S*)?\s+(?:{_DESIGNATOR}\s+){{0,2}}", re.IGNORECASE)
_BARE_GAP = re.compile(rf"(?:و|and)?\s*(?:{_DESIGNATOR}\s*)?", re.IGNORECASE)
_TOPIC_SHIFT = re.compile(r"[،,]?\s+(?:(?:فيما|بينما)(?!\s+(?:كان|كانت|كانوا|كانا)(?![\u0621-\u064A]))|في حين|وفي سياق|من جهة أخرى|من جهته|meanwhile|while(?!\s+\w+ing\b))\s|"
                          r",\s+(?:claiming|saying|adding|arguing|insisting|stressing|noting|warning|vowing)\s|"
                          r"[,]?\s+(?:(?:days|weeks|months|years|hours|shortly|soon)\s+)?(?:after|before)\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,3}(?:killed|assassinated|attacked|launched)\s", re.IGNORECASE)


def _ends(pattern: re.Pattern[str], window: str) -> bool:
    """``tail(pattern).search(window)``, asked only when the window holds one of the words every match of
    the pattern holds (:mod:`extract.needs`): the negative rules (a destination, a speech verb, an envoy ...)
    fail on most windows, and looking for the words of them all in one pass is cheaper than trying them.
    (A rule that matches most windows, such as ``_TIED``, is asked directly.)"""
    bit = _needed().bit(pattern)
    if bit is not None and not _present(window) & bit:
        return False
    return tail(pattern).search(window)


#: The window `_present` was last asked of and its answer: a place's rules ask a dozen patterns of one window in a row.
_LAST_PRESENT: list[tuple[str, int]] = []


def _present(window: str) -> int:
    """``_needed().present(window)``, kept for the article (`_READ`) and, at once, for the last window asked (the
    same string object, held here so that its identity stays its own)."""
    last = _LAST_PRESENT
    if not last or last[0][0] is not window:
        last[:] = [(window, _READ.once("present", window, _needed().present))]
    return last[0][1]


@lru_cache(maxsize=1)
def _needed() -> Needs:
    """The words the rules asked through `_ends` need, for all of them at once (made at the first ask)."""
    return Needs([_DESTINATION, _TAKEN_TO, _ORIGIN, _METONYMY, _NAMED_EVENT, _ENVOY, _ALLEGIANCE, _BETWEEN, _PARTNER,
                  _GLUED, _APPOSITIVE, _BASE_OF, _ACROSS, _IN_SECTOR, _SPEAKER, _SITE_HEAD, _ROAD_FIRST_END,
                  _ROAD_SECOND_END])


def _prefix_prep(m: PlaceMention) -> bool:
    """``بالأنبار``, ``ببغداد``, ``ببعقوبة``: the preposition is glued to the surface (a name that
    itself starts with ب is glued when the surface doubles it)."""
    return _glued_b(m.surface, m.place.name_ar)


@lru_cache(maxsize=1 << 12)
def _glued_b(surface: str, name_ar: str | None) -> bool:
    """`_prefix_prep` of a surface and its place's Arabic name (the rules ask it of each mention again and
    again; the same names come back article after article)."""
    surface = fold(surface)
    if surface[:1] != "ب":
        return False
    names = [fold(name_ar)] if name_ar else []
    return not any(n.startswith("ب") for n in names) or surface[:2] == "بب"


def _gap(text: str, a: int, b: int) -> str:
    """``text[a:b]`` folded, hashtag marks dropped: «في محافظة #صلاح_الدين» ties the place as «في محافظة
    صلاح الدين» does.

    Cut from the article's fold (:func:`extract.phrases.folded_bounds`: the fold event matching made of the
    whole article), not folded again: the rules read hundreds of such windows of one article (before each
    place, between a trigger and a place), and the fold of a slice is the slice of the fold."""
    bounds = folded_bounds(text, a, b)
    if bounds is None:
        return fold(text[a:b]).replace("#", "")  # (crossed bounds: Python's own slicing)
    whole, a, b = bounds
    return whole[a:b].replace("#", "")


_OPEN_NAME_QUOTES = frozenset('"“«')
_CLOSE_NAME_QUOTES = frozenset('"”»')


def _name_start(text: str, m: PlaceMention) -> int:
    """Where ``m``'s name starts with the quotes that wrap it (قضاء "الطارمية", في «الطارمية»): the words
    before the opening quote tie the name, and the quote opens no quotation."""
    if m.start and text[m.start - 1] in _OPEN_NAME_QUOTES and text[m.end:m.end + 1] in _CLOSE_NAME_QUOTES:
        return m.start - 1
    return m.start


def _before(text: str, m: PlaceMention, width: int = 40) -> str:
    """The folded ``width`` characters before ``m``, kept for the article (the rules read each one again)."""
    _article(text)
    return _READ.once("before", (m.start, width), lambda _key: _window_before(text, m, width))


def _window_before(text: str, m: PlaceMention, width: int) -> str:
    end = _name_start(text, m)
    return _gap(text, max(0, end - width), end)


#: A rights group's release opens on the office it speaks from, in brackets before a dash and its «قالت»
#: ("(أربيل) – قالت هيومن رايتس ووتش اليوم إن", "(Beirut) – Iraqi forces ... Human Rights Watch said"):
#: where the statement was issued, not where its events happened.
_ISSUED_FROM = re.compile(r"\s*\)\s*[-–—]\s*(?:قالت|قال|أكدت|اكدت|ذكرت|أعلنت|اعلنت)\s+(?:\S+\s+)?"
                          r"(?:منظم|هيومن|العفو|الأمم|الامم|بعث|مفوضي|المفوضي|مرصد|المرصد|لجن|اللجن|شبك|الشبك)")
#: (Only an organisation's release: «(البصرة) – قال مصدر في الشرطة اليوم إن مسلحين قتلوا ناشطاً في حي الجمهورية»
#: is a news report from the city where its event happened.)


def _issued_from(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is the bracketed office a release opens on («(نيويورك) – قالت ...»)."""
    return text[text.rfind("\n", 0, m.start) + 1:m.start].strip() == "(" and bool(_ISSUED_FROM.match(text, m.end))


def is_tied(text: str, m: PlaceMention) -> bool:
    """Whether the place reads as a location (after a preposition, or a facility), not metonymy.

    Examples
    --------
    >>> from geo.model import Place
    >>> p = Place("iq.bgd", "Baghdad", "بغداد", "city", "IQ", "Baghdad", None, 33.34, 44.40)
    >>> t = "انفجار في بغداد وأعلن في بغداد"
    >>> [is_tied(t, PlaceMention("بغداد", t.index(w) + 3, t.index(w) + 8, p, 1.0)) for w in ("في بغداد", "أعلن في")]
    [True, False]
    """
    return _flags(text, m.start, m)[0]


def _metonymic(text: str, m: PlaceMention) -> bool:
    return _flags(text, m.start, m)[1]


#: What was read of the article's mentions (every event of the article asks), for one article at a time
#: (facts kept over articles would only be found again for a text that repeats): ``flags`` and ``road_end``
#: of a mention and ``reference`` of a mention among a list of mentions (kept by their identity: the
#: mention keeps its id unique while it is kept with the answer), ``before``: the folded window before a
#: place by (start, width), ``present``: what `_ends` found in a window (`Needs.present`).
_READ = Memo()
_READ_TEXT: list[str] = [""]


def _article(text: str) -> None:
    """Forget what was kept for the article before, when ``text`` is another.

    What is kept: per mention of the article, what only the text and the mention decide (its flags,
    the window before it, whether it ends a road's name, whether it is a reference point among the
    article's places). A rule that reads such a fact of a mention for every event should keep it
    the same way (in ``_READ``, cleared below), so that it is read once per article."""
    if _READ_TEXT[0] is not text:
        _READ_TEXT[0] = text
        _READ.clear()


def _flags(text: str, start: int, m: PlaceMention) -> tuple[bool, bool, bool]:
    """(tied, metonymic, after "between") for a mention (``start``: its start); kept for the article."""
    _article(text)
    return _READ.once_for("flags", (m,), lambda: _read_flags(text, m))


def _read_flags(text: str, m: PlaceMention) -> tuple[bool, bool, bool]:
    before = _before(text, m)
    if _ends(_DESTINATION, before) or _road_end(text, m):
        return False, False, False  # "الطريق المؤدي إلى الأردن", «طريق بغداد البصرة»: where the road goes, not the event
    if _ends(_TAKEN_TO, before):
        return False, False, False  # «نقل الجرحى إلى مستشفى خانقين»: where the victims were taken, not the event
    if _issued_from(text, m):
        return False, False, False  # «(نيويورك) – قالت هيومن رايتس ووتش»: the office a release speaks from
    if _ends(_ORIGIN, _before(text, m, 70)):
        # "a drone launched from Iraq", "the rockets were fired from the neighbouring province of Diyala",
        # «الصاروخ انطلق من قرية ...»: where the weapon came from; where it hit is the event's (place7 audit)
        return False, False, False
    if _ends(_METONYMY, before) or _ends(_NAMED_EVENT, before) or _ends(_ENVOY, before) or _ends(_ALLEGIANCE, before):
        return False, True, False
    if _seat_of_speaker(text, m):
        return False, True, False  # «أدانت سفارة الولايات المتحدة في بغداد اغتيال ...»: where the condemner sits
    if _ends(_BETWEEN, before):
        # «في منطقة ريفية بين محافظتي ديالى وصلاح الدين», "between Diyala and Salahuddin provinces": two
        # governorates named as such (the dual or plural designator) are places, not governments: the area on
        # their border, at the first named (one event), not at the second because the first was refused
        provinces = bool(_BETWEEN_PROVINCES.search(before)) or (
            m.place.feature_type == "governorate" and _AND_PROVINCES.match(text, m.end) is not None)
        return (provinces or (m.place.feature_type not in {"country", "region", "governorate"}
                and m.place.name_en not in _CAPITALS)), False, True
    if _UNIT_AFTER.match(text, m.end):
        return False, False, False  # "a source in the Nineveh Operations Command": a unit's name (place9 audit)
    if _partner_told(text) and _ends(_PARTNER, _before(text, m, PARTNER_CHARS)):
        return False, False, False  # «بالتنسيق مع ... وجهاز مكافحة الإرهاب في السليمانية»: the partner's seat
    tied = (m.place.feature_type in _FACILITY or _prefix_prep(m) or bool(tail(_TIED).search(before))
            or bool(_ends(_GLUED, before)) or bool(_ends(_APPOSITIVE, before)) or bool(_ends(_BASE_OF, before))
            or (m.place.feature_type in _POINT and bool(_ends(_ACROSS, before))))
    return tied, False, False


#: «أدانت سفارة الولايات المتحدة في (العاصمة العراقية) بغداد ...», «ندد مكتب الأمم المتحدة في أربيل»: a mission, an
#: embassy or an office named by its seat as the subject of a condemnation: where the condemner sits, not where the
#: event it condemns happened (prec11 audit, issue 8). Only such a seat right after the verb: «أدان الرئيس الهجوم
#: في بغداد» places the attack.
_CONDEMNER_SEAT = re.compile(r"(?<![^\s\"'(])[وف]?(?:ادان|أدان|دان|ندد|استنكر|شجب|يدين|تدين|يستنكر|تستنكر|يندد|تندد)\S*\s+"
                             r"(?:ال)?(?:سفار|قنصلي|بعث|مكتب|ممثلي)\S*\s+(?:\S+\s+){0,3}?(?:في|من)\s+(?:\S+\s+){0,2}?$")
SEAT_CHARS = 90  # how far before the place the condemnation's verb may stand


def _seat_of_speaker(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` names the seat of a mission or office that condemns the event (`_CONDEMNER_SEAT`; Arabic
    only: in 'The US embassy in Baghdad condemned ...' the embassy is a place of the gazetteer of its own)."""
    return bool(_CONDEMNER_SEAT.search(_before(text, m, SEAT_CHARS)))


#: «جاءت عملية القبض بالتنسيق مع قوة من مديرية استخبارات كركوك وجهاز مكافحة الإرهاب في السليمانية»: a force
#: the operation was carried out with, named with its seat (by a bare «في», or in its name: «أسايش أربيل»; no
#: designator, no operation word between): where that partner sits, not where the event happened (tplace12,
#: issue 8). «بالتنسيق مع الحشد عملية في قضاء الطارمية», «في منطقة ...»: the operation's place, tied as usual.
_PARTNER = re.compile(r"(?<![^\s\"'(])[وف]?(?:بالتنسيق|بالتعاون)\s+مع\s+"
                      r"(?:(?![وب]?(?:ال)?(?:عملي|حمل|ضرب|غار|مداهم|قصف|اعتقال|قبض|تفتيش|استهداف|هجوم|اشتباك))"
                      rf"(?!(?:في|{_DESIGNATOR})\s)[^\s.،,؛:]+\s+){{1,12}}?(?:في\s+)?$")
PARTNER_CHARS = 120  # how far before the place «بالتنسيق مع» may stand


def _partner_told(text: str) -> bool:
    """Whether the article's fold holds «بالتنسيق» or «بالتعاون» at all, every match of _PARTNER holding one: only
    then are its 120-character windows before each place cut and asked (they cost about 1.7% of a pass: speed12)."""
    _article(text)
    return _READ.once("partner", None, lambda _key: _holds_partner_word(text))


def _holds_partner_word(text: str) -> bool:
    bounds = folded_bounds(text, 0, len(text))
    whole = bounds[0] if bounds is not None else fold(text)
    return "بالتنسيق" in whole or "بالتعاون" in whole
#: "the Nineveh Operations Command", "the Anbar Operations Command's statement": a place that names a command.
_UNIT_AFTER = re.compile(r"\s+Operations\s+Command\b", re.IGNORECASE)


#: "In al-Bakr district, Mosul, ...", "in the Jihad neighbourhood, Baghdad": the town named after a
#: local place (unknown to the gazetteer) and a comma is where the event happened.
_APPOSITIVE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:\S+\s+){1,3}?(?:district|neighbou?rhood|quarter|area|suburb|village),\s*$",
                         re.IGNORECASE)


#: "bombings across Baghdad": across a town is in it; across a region or country is many places.
_ACROSS = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
#: "the disputed province of Kirkuk", "in the governorate of Basra": the governorate, as "Kirkuk province" is.
_PROVINCE_BEFORE = re.compile(r"\b(?:province|governorate)\s+of\s+$", re.IGNORECASE)


def geo_precision(text: str, m: PlaceMention) -> int:
    """1 for a point-like place, 2 for an area or "near X", 3 for a governorate or wider."""
    kind = m.place.feature_type
    level = 1 if kind in _POINT else 2 if kind in _AREA else 3
    if _PROVINCE_AFTER.match(text, m.end):
        return 3  # "in Sulaimaniyah province": the governorate, though the city bears its name
    if kind in {"city", "town"} and _PROVINCE_BEFORE.search(text, max(0, m.start - 20), m.start):
        return 3  # "in the disputed province of Kirkuk" (place7 audit)
    if level == 1 and tail(_AROUND).search(_before(text, m, 40)):
        level = 2  # "قرب الطارمية", "20 km south of Kirkuk", "صحراء الرطبة"
    return level


def _chain(text: str, first: PlaceMention, following: list[PlaceMention]) -> list[PlaceMention]:
    """``first`` and the places coordinated with it by و/and, in other governorates or finer than a
    governorate (قريتي سيدكان وبرادوست): either a bare list (بابل والديوانية والمثنى) or a place with
    its own preposition (بالأنبار و... في كركوك)."""
    chain = [first]
    told_to = first.end  # where the last item's words end: after the appositive that names where it lies
    for m in following:
        if m.start < told_to:
            continue  # «الموصل، مركز محافظة نينوى،», "Mosul, the capital of Nineveh province,": the item's own words
        aside = _APPOSITIVE_SEAT.match(text, told_to) if told_to == chain[-1].end else None
        if aside is not None:
            told_to = aside.end() - 1  # (up to the closing comma, which the next item's gap starts with)
            if m.start < told_to:
                continue
        gap = text[told_to:m.start]
        words = gap.strip()
        if len(gap) <= CHAIN_GAP and _REFINING.match(words) is not None and m.place.country == chain[-1].place.country:
            chain[-1] = m  # «قرب منطقة الباب الشرقي وتحديداً عند ساحة الطيران»: one place, told more exactly
            told_to = m.end
            continue
        # ... but وسط ("in the centre of": ساحة الحبوبي وسط الناصرية) locates the place before it.
        # "two in Najaf and four in the capital Baghdad", «قتلوا في بغداد، و9 بمحافظة ذي قار»; «الأول قرب الديوانية،
        # والثاني قرب السماوة»: the next item of a list of places, each with its own count or number
        counted = _COUNTED_GAP.fullmatch(words) is not None or _counted_ar(words) or _ORDINAL_AR.fullmatch(words) is not None
        coordinated = (words[:1] == "و" and not _CENTRE.match(words)) or (not words and m.surface[:1] == "و") or \
            words.lower().startswith("and") or _listed(text, words, m) or counted
        # A name the gazetteer lacks inside the list (بالقرب من القائم والبوحيات وبيجي) is one more item
        # of it: the list goes on after it.
        bare = not words or _BARE_GAP.fullmatch(fold(words)) is not None or _UNKNOWN_ITEMS.fullmatch(words) is not None \
            or _listed(text, words, m) or counted
        if (len(gap) > CHAIN_GAP or len(gap.split()) > 5 or "(" in gap or not coordinated
                or _metonymic(text, m) or not (bare or is_tied(text, m))):
            break
        if m.place.admin1 and all(m.place.admin1 != c.place.admin1 for c in chain):
            chain.append(m)
        elif level(m) < 3 and all(level(c) < 3 and c.place.place_id != m.place.place_id for c in chain):
            chain.append(m)  # قريتي X وY, "Tarmiyah and Taji": one event per place (ACLED), in one governorate too
        told_to = chain[-1].end
    return chain


_CENTRE = re.compile(r"وسط(?!\S)")
#: "one in Mosul, the capital of northern Iraq's Nineveh province, and another in Baghdad", «أحدهما في الموصل، مركز
#: محافظة نينوى، والآخر في بغداد»: an appositive between commas saying what the item is the capital of; the list
#: goes on after its closing comma (tplace12, issue 8).
_APPOSITIVE_SEAT = re.compile(r"\s*[,،]\s*(?:the\s+)?(?:(?:provincial|regional)\s+)?(?:capital|centre|center|seat)\s+of\s+"
                              r"[^,،.;؛\n]{1,60}?[,،]|\s*[,،]\s*(?:مركز|عاصم[ةه])\s+[^,،.;؛\n]{1,50}?[,،]", re.IGNORECASE)
#: "specifically", «وتحديداً»: the place after it is the one before, told more exactly (dup7, issue 8).
_REFINING = re.compile(r"[,،]?\s*(?:و)?(?:تحديدا|تحديداً|بالتحديد|تحديدًا)(?![\u0621-\u064A])|[,،]?\s*(?:more )?(?:specifically|precisely|namely)\b",
                       re.IGNORECASE)
#: The gap of a list of tolls by place: "..., one killed in Najaf, and another killed in Diwaniyah", "... in
#: Najaf and four in the capital Baghdad": a count of dead with its own "in", then the next place.
_COUNTED_GAP = re.compile(
    r"[,،]?\s*(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another)\s+"
    r"(?:(?:people|persons|protesters|demonstrators|civilians|others?)\s+)?(?:(?:were|was)\s+)?"
    r"(?:(?:killed|died|dead)\s+)?in(?:\s+the\s+(?:capital|city|province|southern city|holy city)(?:\s+of)?)?",
    re.IGNORECASE)
#: The Arabic gap of a list of tolls by place: «، و9 بمحافظة», «، و3 في محافظة», «، واثنان في مدينة», «، وقتيل واحد في»:
#: و, a count (then up to two words: «متظاهرين», «آخرون», «واحد»), في or ب, maybe a designator (arrec11, issue 8).
_COUNTED_AR = re.compile(r"[،,]?\s*و\s*(\d+|[\u0621-\u064A]+)((?:\s+[\u0621-\u064A]+){0,2}?)\s+(?:في|ب)"
                         r"(?:\s*(?:ال)?(?:محافظ[ةه]|مدين[ةه]|قضاء|ناحي[ةه]|منطق[ةه]))?")
_DEAD_NOUN = frozenset({"قتيل", "قتيلا", "قتيلاً", "شهيد", "شهيدا", "شهيداً", "جريح", "جريحا", "جريحاً"})
#: «، والثاني قرب مدينة», «، والأخرى في»: the next of a pair or series of events told by ordinal, at its own place.
_ORDINAL_AR = re.compile(r"[،,]?\s*و(?:الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|الآخر|الاخر|الأخرى|الاخرى)\s+"
                         r"(?:في|ب|قرب|بالقرب من|عند|على|داخل|ضمن)(?:\s*(?:ال)?(?:محافظ[ةه]|مدين[ةه]|قضاء|ناحي[ةه]|"
                         r"منطق[ةه]|قري[ةه]|بلد[ةه]))?")


def _counted_ar(words: str) -> bool:
    """Whether a gap between two places is «و» + a count + «في/ب» (`_COUNTED_AR`): the count a number, a number
    word (اثنان، خمسة) or a noun of the dead or wounded («قتيل واحد»)."""
    m = _COUNTED_AR.fullmatch(words)
    if m is None:
        return False
    count = m.group(1)
    return count.isdigit() or count in _DEAD_NOUN or bool(parse_number(count))


#: The rest of a comma list after one of its items, closed by and/or/و: "near Bayji, Tal Afar and Rawah".
_LIST_GOES_ON = re.compile(r"(?:\s*[,،]\s*[^,،.;:!?\n]{2,30}?){0,4}[,،]?\s+(?:and\s|or\s|و)", re.IGNORECASE)


def _listed(text: str, words: str, m: PlaceMention) -> bool:
    """Whether a place after a bare comma is the next item of a list that goes on to its and/و:
    "near the cities of Bashir, Bayji, Tal Afar and Rawah" (one event per place, as with and)."""
    return words in {",", "،"} and _LIST_GOES_ON.match(text, m.end) is not None
#: Up to two items of a و-list that are no gazetteer place, ending on the و of the next one.
_UNKNOWN_ITEMS = re.compile(r"و[\u0621-\u064A]{2,}(?:\s+و[\u0621-\u064A]{2,})?(?:\s+و)?")


#: The starts of the article's mention list (with the list, and None when it is not sorted by start).
_STARTS: list[tuple[list[PlaceMention], int, list[int] | None]] = []


def _within(mentions: list[PlaceMention], lo: int, hi: int) -> list[PlaceMention]:
    """``[m for m in mentions if lo <= m.start < hi]``: for a list sorted by start (the matcher's), the
    slice found by bisection in its starts, kept for the list (every event of the article asks)."""
    if not _STARTS or _STARTS[0][0] is not mentions or _STARTS[0][1] != len(mentions):
        starts = [m.start for m in mentions]
        _STARTS[:] = [(mentions, len(mentions), starts if starts == sorted(starts) else None)]
    starts = _STARTS[0][2]
    if starts is None:
        return [m for m in mentions if lo <= m.start < hi]
    return list(mentions[bisect_left(starts, lo):bisect_left(starts, hi)])


def choose_places(text: str, event: EventCandidate, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The places tied to ``event``: one, several (a chain), or none."""
    hi = event.scope[1]
    shift = needs.search(_TOPIC_SHIFT, text, event.end, hi)
    hi = shift.start() if shift else hi  # "..., فيما أعلن محافظ البصرة": another topic
    forward = [m for m in _within(mentions, event.start, hi) if not _named_site(text, m, mentions, event)
               and not _quoted_after(text, event.start, m, event.end) and not _road_end(text, m)]
    # A place right after the trigger is its object (seized Mosul, استهدف مطار بغداد).
    tied_forward = [m for m in forward if (is_tied(text, m) or (
        m.place.feature_type not in {"country", "region"}
        and ((m.start - event.end <= 20 and _OBJECT_GAP.fullmatch(_gap(text, event.end, m.start)) is not None)
             or (m.start - event.end <= VERB_OBJECT_CHARS
                 and _VERB_OBJECT.fullmatch(_gap(text, event.end, m.start)) is not None))
        and not _metonymic(text, m))) and not _reference_point(text, m, mentions)]
    tied_forward = _beside_origins(text, tied_forward)
    if tied_forward and tied_forward[0].place.feature_type == "country":
        # "attacks in Iraq today, including one in Baghdad": the country, then where in it.
        # ... and the items of a list after it ("in Iraq ... near the cities of Bashir, Bayji and Rawah").
        listed = [m for m in forward if m not in tied_forward and _listed(text, text[m.start - 2:m.start].strip(), m)]
        inside = [m for m in sorted(tied_forward[1:] + listed, key=lambda m: m.start)
                  if m.place.country == tied_forward[0].place.country
                  and m.place.feature_type not in {"country", "region"}
                  and m.start - tied_forward[0].end <= (LIST_REACH if m in listed else 80)
                  and "." not in text[tied_forward[0].end:m.start]]
        tied_forward = inside or tied_forward
    if tied_forward and all(m.place.feature_type in {"country", "region"} for m in tied_forward):
        # «واستهدف هجوم مطار أربيل الدولي بكردستان … عبر طائرة مسيرة، في آخر فصل من فصول التوتر بين الولايات المتحدة
        # وإيران في العراق»: a country after the trigger, in the report's framing, and a place of that country told
        # in the trigger's own clause before it: the place is the event's (arrec11, issue 8)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, event.sentence[0], event.start)]
        before = [m for m in _within(mentions, breaks[-1] if breaks else event.sentence[0], event.start)
                  if event.start - m.end <= 120 and is_tied(text, m) and not _reference_point(text, m, mentions)
                  and m.place.feature_type not in {"country", "region"}
                  and m.place.country == tied_forward[0].place.country]
        if before:
            return [_refine(text, min(before, key=lambda m: (level(m), event.start - m.end)), mentions, event.sentence)]
    if tied_forward:
        first = tied_forward[0]
        near_before = [m for m in _within(mentions, event.sentence[0], event.start)
                       if event.start - m.end <= 40 and is_tied(text, m)]
        if first.start - event.end > 100 and near_before:
            return [_refine(text, near_before[-1], mentions, event.sentence)]  # far after, close before
        if first.place.feature_type in _LINEAR and len(tied_forward) > 1 and \
                tied_forward[1].start - first.end <= 20 and tied_forward[1].place.feature_type != "district" \
                and not _ends(_IN_SECTOR, _before(text, tied_forward[1])):
            # "في نهر دجلة جنوبي الموصل": the town places it better; a district holding the
            # mountain or valley (جبل متين في قضاء العمادية) places it worse.
            first = tied_forward[1]
        if _flags(text, first.start, first)[2]:  # a road between two places: one event
            return [first]
        if _ends(_ROAD_FIRST_END, _before(text, first)):
            # «على طريق بصرة ميسان بالقرب من حدود قضاء القرنة»: the place near which the road is told is where on
            # it the event happened, not the city the road is named from first (arrec11, issue 8)
            near = [m for m in tied_forward[1:] if m.place.feature_type not in {"country", "region", "governorate"}
                    and _ends(_NEAR_BEFORE, _before(text, m)) and m.start - first.end <= CHAIN_GAP]
            if near:
                return [_refine(text, near[0], mentions, event.sentence)]
        chain = _chain(text, first, [m for m in forward if m.start > first.start])
        return [_refine(text, m, mentions, event.sentence) for m in chain] if len(chain) == 1 else chain
    # Before the trigger, only its own clause: "Three dead in Qurna feud; grenade hits Baghdad shop".
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, event.sentence[0], event.start)]
    lo = breaks[-1] if breaks else event.sentence[0]
    backward = _beside_origins(text, [m for m in _within(mentions, lo, event.start) if is_tied(text, m)
                                      and not _reference_point(text, m, mentions)])
    if not backward:
        # "أفاد مسؤول في مخيم مخمور بأن ... قصف": with nothing else, where the source speaks from.
        backward = [m for m in _within(mentions, lo, event.start) if _ends(_SPEAKER, _before(text, m))
                    and m.place.feature_type not in {"country", "region"}]
    if backward:
        # The most specific tied place shortly before the trigger, else the nearest one.
        close = [m for m in backward if event.start - m.end <= 120]
        best = min(close, key=lambda m: (level(m), event.start - m.end)) if close else backward[-1]
        return [_refine(text, best, mentions, event.sentence)]
    # «العثور على جثة على طريق بعقوبة الخالص» and no other place in the sentence: on the road, at the
    # end named first; with another one («(بغداد – داقوق)، جنوبي كركوك») the lead's place decides. A road
    # fronted before the trigger ("On the Baiji-Haditha road, militants ambushed …") places it too when it
    # stands in the trigger's own clause (after ``lo``, the last clause break, as for the backward places).
    named = _within(mentions, *event.sentence)
    return named[:1] if named and all(_road_end(text, m) for m in named) and named[0].start >= lo else []


#: «بحسب مصدر في قيادة عمليات نينوى», «وفق بيان لشرطة ديالى», 'according to the Anbar Operations Command': the
#: body a report is attributed to, named by its place; where it speaks from, not an event's place (place9 audit).
_ATTRIBUTED = re.compile(r"(?<![^\s\"'(])[وف]?(?:بحسب|حسب|وفق|وفقا|طبقا|نقلا\s+عن|according\s+to)\s+(?:[^\s،,.;؛]+\s+){0,4}?$",
                         re.IGNORECASE)


def origin(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` names where people come from («جنديان من أهالي نينوى», «ينحدر من الموصل», 'two soldiers
    from Mosul'), not a distance from it («بالقرب من», '20 km from')."""
    before = _before(text, m, 60)
    return _ends(_FROM_PEOPLE, before) and not _ends(_NEAR_BEFORE, before)


def _beside_origins(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` less those that name where people come from, when any other is left: «قتل جنديان من أهالي
    نينوى في كمين قرب الرمادي» is at Ramadi; «العثور على جثتي شابين من أهالي ناحية العظيم» stays at al-Azim."""
    kept = [m for m in places if not origin(text, m)]
    return kept if kept else places


#: A site named after a foreign place: مطار واشنطن (a helipad in Baghdad), Camp Victory, شارع فلسطين.
_SITE_HEAD = re.compile(r"(?:مطار|قاعده|معسكر|شارع|ساحه|حي|جسر|مستشفي|فندق|مجمع|airport|camp|base|street|square)\s+$",
                        re.IGNORECASE)


def _quoted_after(text: str, lo: int, m: PlaceMention, hi: int | None = None) -> bool:
    """Whether a quotation opens between the trigger (from ``lo``, its start) and the place ``m``: 'defends
    the airstrike, claiming Soleimani "was feared in Iran"' quotes a speaker, it does not place the strike;
    the quotes of a name inside the trigger («صاروخين من طراز "كاتيوشا" على قاعدة») close there, and the
    quotes around the place's own name (في قضاء "الطارمية" شمالي بغداد) are not looked at (`_name_start`)."""
    seg = text[lo:_name_start(text, m)]
    # ... or the quote closes right after the trigger's first word, the trigger going on past it ('"neutralised" four
    # PKK militants in northern Iraq's Hakurk region': the quoted word is the ministry's; probe12, issue 8)
    first = _FIRST_WORD.match(text, lo, hi) if hi is not None else None
    if hi is not None and (_NAME_QUOTE_CLOSE.match(text, hi) or (first and text.startswith('"', first.end()))) and \
            _NAME_QUOTE_OPEN.search(text, max(0, lo - NAME_QUOTE_CHARS), lo):
        # '10 "Grad-type rockets" hit the sprawling Ain al-Assad base': the trigger ends a quoted name that opened a
        # word or two before it; the quote right after its word closes that name (trec12, issue 8)
        seg = seg.replace('"', "", 1)
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”") or seg.count("«") > seg.count("»")


#: A quotation mark opening a name at most three words before the trigger and not closed before it.
_NAME_QUOTE_OPEN = re.compile(r'(?:^|\s)"[^"\s]*(?:\s+[^"\s]+){0,2}\s*$')
#: ... closed right after the trigger's word (its suffix between: 'rocket|s"').
_NAME_QUOTE_CLOSE = re.compile(r'[^\s"]{0,3}"')
#: A trigger's first word (up to a space or a quotation mark).
_FIRST_WORD = re.compile(r'[^\s"]+')
NAME_QUOTE_CHARS = 30


def _named_site(text: str, m: PlaceMention, mentions: list[PlaceMention], event: EventCandidate) -> bool:
    """Whether a foreign place only names an Iraqi site (مطار واشنطن داخل قاعدة ... في بغداد): the
    sentence places the event in Iraq too."""
    if m.place.country == "IQ" and m.place.feature_type != "governorate":
        return False
    before = _before(text, m, 12)
    if not _ends(_SITE_HEAD, before):
        return False
    if m.place.country == "IQ":
        # «سقوط صاروخين قرب مجمع القادسية المحاذي للمنطقة الخضراء»: a site named after a governorate, and another
        # Iraqi place in the sentence outside that governorate places the event (tplace12, issue 8)
        return any(p.place.country == "IQ" and p.place.feature_type not in {"country", "region", "governorate"}
                   and p.place.admin1 != m.place.admin1 and event.sentence[0] <= p.start < event.sentence[1]
                   for p in mentions)
    # ... and a street or square named after a foreign city («انفجرت عبوة … بشارع القدس» after «هزّت 3 اعتداءات
    # محافظة كركوك»): in a report that places its events in Iraq, a street's name, wherever in it (arlong9 audit)
    inside = (event.sentence[0], event.sentence[1]) if not _ends(_STREET_HEAD, before) else (0, len(text))
    return any(p.place.country == "IQ" and p.place.feature_type != "country" and inside[0] <= p.start < inside[1]
               for p in mentions)


#: A street, a square or a quarter: its name is never where the event was when the report is about Iraq («بشارع
#: القدس», «في حي عدن بجنوب كركوك»: a Kirkuk quarter, not Aden, arlong10 audit).
_STREET_HEAD = re.compile(r"(?:شارع|ساحه|حي|street|square)\s+$", re.IGNORECASE)


#: "Tarimiya district of Salahuddin", "Dibis sub-district of Kirkuk": the place, then its governorate.
_DISTRICT_OF = re.compile(r"\s+(?:district|sub-?district|town|village|area|city)\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _reference_point(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """A city or governorate named only to locate the place before it: تكريت in "قضاء الشرقاط شمالي
    تكريت", Basra in "the Qurna district, north of Basra"; kept for the article."""
    if m.place.feature_type not in _REFERENCE and m.place.feature_type != "country":
        return False
    _article(text)
    return _READ.once_for("reference", (m, mentions), lambda: _read_reference_point(text, m, mentions))


def _read_reference_point(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    before = _before(text, m)
    if m.place.feature_type == "governorate" and any(
            0 <= m.start - p.end <= 30 and p.place.feature_type not in {"country", "region", "governorate"}
            and _DISTRICT_OF.fullmatch(text, p.end, m.start) is not None for p in mentions if p.end <= m.start):
        return True  # "the nearby Tarimiya district of Salahuddin": the district is the place (place7 audit)
    # A country or a city locates a governorate too (محافظة ميسان جنوبي العراق, محافظة صلاح الدين شمال
    # بغداد: the capital as the wire's landmark); a governorate locates finer places.
    coarse = {"country", "region"} if m.place.feature_type in {"country", "city", "town"} else {
        "country", "region", "governorate"}
    located = [p for p in mentions if p.end <= m.start and 0 <= m.start - p.end <= 40
               and p.place.feature_type not in coarse and p.place.place_id != m.place.place_id]
    # (the finer place just before is asked first: most places have none, and the direction word's pattern
    # is the costlier test)
    return bool(located) and tail(_NEAR_BEFORE).search(before) and any(
        _ANCHOR_GAP.fullmatch(_gap(text, p.end, m.start)) is not None for p in located)


def level(m: PlaceMention) -> int:
    """1 for a point-like place, 2 for an area, 3 for a governorate, 4 for a region or country: a
    governorate beats the country it lies in (في محافظة ميسان جنوبي العراق)."""
    kind = m.place.feature_type
    return 1 if kind in _POINT else 2 if kind in _AREA else 4 if kind in {"country", "region"} else 3


#: What may stand between a governorate and a finer place named after it (محافظة بابل، قضاء المسيب):
#: never a verb (في محافظة أربيل مستعدين لمهاجمة مصفاة لاناز is a target, not the place).
_REFINE_AFTER = re.compile(rf"[\s,،.\-–(]*(?:(?:{_DESIGNATOR}|في|ضمن|وسط|التابع\S*|وتحديدا|in|at|of|near|{_NEAR})"
                           r"[\s,،.\-–(]+)*", re.IGNORECASE)


#: What stands between a river and the town that says where on it the event was ('the Tigris (river) near Balad',
#: «نهر دجلة قرب قضاء بلد», 'the Euphrates in Haditha').
_RIVER_NEAR = re.compile(r"(?:\s+river)?[\s,،]*(?:near|close to|in|at|outside|(?:north|south|east|west)\s+of|قرب|بالقرب\s+من|"
                         r"في|عند|ب|(?:شمال|جنوب|شرق|غرب)\S*)\s*(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+|"
                         r"(?:قضاء|ناحية|ناحيه|مدينة|مدينه|قرية|قريه)\s+)?", re.IGNORECASE)
RIVER_NEAR_CHARS = 30


def _refine(text: str, chosen: PlaceMention, mentions: list[PlaceMention], sentence: tuple[int, int]) -> PlaceMention:
    """A finer place written next to a coarse one stands for it: جرف الصخر شمالي محافظة بابل,
    Syria's al-Hol camp."""
    if text.startswith("'s ", chosen.end):  # Baghdad's (fortified) Green Zone, Syria's al-Hol camp
        after = next((m for m in mentions if chosen.end < m.start <= chosen.end + 30
                      and re.fullmatch(r"'s\s+(?:\w+\s+){0,2}", text[chosen.end:m.start])), None)
        if after is not None:
            return after
    if chosen.place.feature_type == "river":
        # 'from the banks of the Tigris near Balad', «على ضفاف نهر دجلة قرب قضاء بلد»: a river runs through many places;
        # the town named right after it says where on it (probe12, issue 8)
        near = next((m for m in mentions if chosen.end < m.start <= chosen.end + RIVER_NEAR_CHARS
                     and m.place.feature_type != "river" and _RIVER_NEAR.fullmatch(text, chosen.end, m.start)), None)
        if near is not None:
            return near
    if level(chosen) < 3:
        return chosen
    coarse = chosen.place
    finer = [m for m in _within(mentions, *sentence) if m is not chosen
             and level(m) < 3 and -60 <= m.start - chosen.end <= 40 and chosen.start - m.end <= 60
             and not _metonymic(text, m)
             and (m.start < chosen.start or _REFINE_AFTER.fullmatch(_gap(text, chosen.end, m.start)))
             and (m.place.admin1 == coarse.admin1 if coarse.feature_type == "governorate"
                  else m.place.country == coarse.country)]
    return min(finer, key=lambda m: abs(m.start - chosen.start)) if finer else chosen


def fallback_place(text: str, event: EventCandidate, mentions: list[PlaceMention],
                   lead: PlaceMention | None) -> PlaceMention | None:
    """Where an event with no place of its own is put (at geo_precision 3): the last place tied to
    a location earlier in its own paragraph ("... barracks in Ankara, Turkey. Authorities believe a
    car bomb caused the blast."), Iraq itself aside, else the article's leading place. A list of unrelated items (an
    encyclopedia's current-events page) then never lends one item's place to another.

    Examples
    --------
    >>> from geo.model import Place
    >>> p = Place("tr.ankara", "Ankara", "أنقرة", "city", "TR", None, None, 39.9, 32.9)
    >>> t = "Vehicles explode in Ankara. A car bomb caused it."
    >>> m = PlaceMention("Ankara", t.index("Ankara"), t.index("Ankara") + 6, p, 1.0)
    >>> e = EventCandidate("x", "y", 30, 38, "car bomb", "strong", "", (28, len(t)), (28, len(t)))
    >>> fallback_place(t, e, [m], None).place.name_en
    'Ankara'
    """
    start = text.rfind("\n", 0, event.sentence[0]) + 1
    earlier = [m for m in _within(mentions, start, event.sentence[0]) if is_tied(text, m)
               and (level(m) < 4 or m.place.country != "IQ") and not _reference_point(text, m, mentions)]
    if earlier:
        return earlier[-1]
    if lead is not None and _foreign_dateline(text, lead) and _IRAQI.search(text, *event.sentence):
        return None  # "ABU DHABI (Sky News Arabia) - Three Iraqi soldiers were killed ...": filed abroad, not there
    return lead


#: A dateline abroad opening the text or a line of it ("DUBAI (Reuters) -", "AMMAN, Jordan (AP) —",
#: «أبوظبي - سكاي نيوز عربية», «بيروت/»): where the correspondent files from.
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—/]")
#: What may stand before a dateline's place: nothing, or its city and a comma ("AMMAN, Jordan (AP) -").
_DATELINE_HEAD = re.compile(r"\s*(?:[A-Z][A-Za-z .'-]{1,30},\s*)?")
#: The event's own sentence calls its people or forces Iraqi ("Iraqi soldiers", «جنود عراقيين», «القوات العراقية»).
#: Iraqi state forces named ("three Iraqi soldiers", "Iraqi policemen", «جنود عراقيين», «ضابطا في الشرطة العراقية»,
#: «القوات العراقية»): they serve in Iraq. Not Iraqi militiamen, fighters or civilians, whom reports filed from
#: Damascus or Beirut tell killed in Syria ('DAMASCUS (Reuters) - An Israeli air strike killed three Iraqi militiamen':
#: the dateline is likely the place; review11, narrowing 5b5261c).
_IRAQI = re.compile(
    r"\bIraqi\s+(?:(?:army|police|security|federal|border|special|counter-?terrorism)\s+)?(?:soldiers?|troops|"
    r"police(?:m[ae]n)?|officers?|army|forces|guards?|servicem[ae]n|personnel|commandos?)\b|"
    r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:جيش|شرطه|شرطة|قوات|جنود|جنديين|جنديان|جندي|شرطي|شرطيين|ضباط|ضابط|منتسبي|"
    r"عناصر الامن|عناصر الأمن|قوات الامن|قوات الأمن)\s+(?:\S+\s+){0,2}?(?:ال)?عراقي", re.IGNORECASE)


def filed_abroad(text: str, event: EventCandidate, places: list[PlaceMention]) -> bool:
    """Whether the event's only places are a dateline abroad and its sentence calls its people or forces Iraqi
    ("DUBAI (Reuters) - Three Iraqi soldiers were killed ..."): the report is filed there, the event is not."""
    return bool(places) and all(_foreign_dateline(text, m) for m in places) and \
        _IRAQI.search(text, *event.sentence) is not None


def _foreign_dateline(text: str, m: PlaceMention) -> bool:
    """Whether ``m`` is a dateline abroad: a place outside Iraq opening the text's first line, before a dash,
    slash or the outlet's bracket. A report filed from Abu Dhabi, Beirut or London about Iraq does not place
    its Iraqi event there (annotation guide, "Dateline only": the dateline names where the report is filed)."""
    return (m.place.country != "IQ" and m.start < 200 and _DATELINE_HEAD.fullmatch(text, 0, m.start) is not None
            and _DATELINE_TAIL.match(text, m.end) is not None)


def leading_place(text: str, mentions: list[PlaceMention], lead_end: int) -> PlaceMention | None:
    """The first tied place of the article's lead: the fallback location."""
    return next((m for m in mentions if m.start < lead_end and is_tied(text, m)), None)


_PLACE_NOUN = r"(?:قريه|منطقه|بلده|مدينه|قاعده|ناحيه|قضاء|مكان|موقع|حي|مخيم|مطار|طريق)"
#: "في القرية ذاتها", "بنفس المنطقة", "in the same village": the place named for the event before.
_SAME_PLACE = re.compile(rf"{_PLACE_NOUN}\s+(?:ذاتها|ذاته|نفسها|نفسه)(?!\w)|نفس\s+(?:ال)?{_PLACE_NOUN}|"
                         r"\bthe same (?:village|town|area|base|district|neighbou?rhood|city|place|spot|location|"
                         r"camp|airport|road|site|compound)\b", re.IGNORECASE)
#: A sentence opening on a bare place noun ("The base, which hosts ...") refers back too.
_THE_PLACE = re.compile(r"(?:the|that) (?:base|camp|airport|village|town|compound|facility|airbase)\b", re.IGNORECASE)
#: The event happened in a neighbouring country (داخل الأراضي السورية, inside Syria), not in Iraq.
_ABROAD = re.compile(r"(?<!من )(?:داخل|في|على)\s+(?:ال)?(?:اراضي|عمق)\s+(?:ال)?(?:سوري|تركي|ايراني)|"
                     r"(?<!من )داخل\s+(?:سوريا|سوريه|تركيا|ايران)(?!\w)|"
                     r"(?<!from )\b(?:inside|into|in) (?:syria|turkey|iran)\b|"
                     r"\b(?:syrian|turkish|iranian) (?:territory|soil|side of the border)\b", re.IGNORECASE)


#: «مسيرة أطلقت من العراق», "a drone launched from Iraq": where a weapon came from. A country after it is
#: no place of the event (the event is where it hit); one that came from Iraq struck across the border,
#: so with no place of its own the event is never Iraq at large.
_LAUNCHED_FROM = (r"(?:(?:اطلق|انطلق|قادم|القادم|مرسل|المرسل)\S*\s+(?:\S+\s+){0,2}?من\s+(?:(?:داخل|جهه|اتجاه|ناحيه)\s+)?"
                  # «انطلقت من منطقة (دوجمة) التابعة لقضاء الخالص»: the launch site's own district (trec12)
                  r"(?:(?:منطقه|قريه|بلده|مدينه|ناحيه|قضاء)\s+(?:\([^()]{1,30}\)|\S+)\s+(?:ال)?(?:تابعه|تابع)\s+(?:ل|الي\s+)?(?:(?:ال)?(?:قضاء|ناحيه|محافظه|مدينه)\s+)?)?|"
                  r"\b(?:launched|fired|flown|sent|coming|originating|came)\s+(?:\w+\s+){0,2}?from\s+(?:inside\s+|within\s+)?"
                  r"(?:the\s+(?:[a-z'-]+\s+){0,2}?(?:province|governorate|district|area|town|city|village|region)\s+of\s+)?)")
_ORIGIN = re.compile(_LAUNCHED_FROM + "$", re.IGNORECASE)
_FROM_IRAQ = re.compile(_LAUNCHED_FROM + r"(?:(?:ال)?(?:عراق|اراضي العراقيه|الاراضي العراقيه)(?![\u0621-\u064A])|iraq\b|iraqi territory\b)",
                        re.IGNORECASE)


def same_place(text: str, event: EventCandidate) -> bool:
    """Whether the event's sentence places it where the event before it happened.

    Examples
    --------
    >>> t = "وانفجرت عبوة في القرية ذاتها."
    >>> same_place(t, EventCandidate("x", "y", 10, 14, "عبوة", "weak", "", (0, len(t)), (0, len(t))))
    True
    """
    lo, hi = event.sentence
    return bool(_THE_PLACE.match(text, lo) or needs.search(_SAME_PLACE, fold(text[lo:hi])))


#: What "the base", "the airport" of a sentence opening can point back to.
_NOUN_KINDS = {"base": {"air_base", "military_base", "camp"}, "airbase": {"air_base"}, "camp": {"camp", "military_base"},
               "airport": {"airport"}, "village": {"village"}, "town": {"town", "city"}}


def named_before(text: str, event: EventCandidate, mentions: list[PlaceMention]) -> PlaceMention | None:
    """For a sentence opening on "The base, which hosts ...": the last place of that kind named
    before it (the base of the report, not the airport of the event told just before), or None."""
    found = _THE_PLACE.match(text, event.sentence[0])
    kinds = _NOUN_KINDS.get(found.group(0).split()[-1].lower(), set()) if found else set()
    return next((m for m in reversed(mentions) if m.start < event.sentence[0] and m.place.feature_type in kinds), None)


def abroad(text: str, event: EventCandidate) -> bool:
    """Whether the event's sentence says it happened across the border (inside Syria, a drone launched
    from Iraq)."""
    lo, hi = event.sentence
    folded = fold(text[lo:hi])
    return bool(needs.search(_ABROAD, folded) or needs.search(_FROM_IRAQ, folded))


#: A locative before a country's name (في سوريا, بسوريا, داخل تركيا, in Syria, "Sarrin, Syria") or a
#: possessive after it (Syria's Sarrin): the event is in that country.
_IN_COUNTRY_BEFORE = re.compile(r"(?:(?<!\S)(?:في|داخل)|\bin|\binside|,)\s*$", re.IGNORECASE)
_COUNTRY_POSSESSIVE = re.compile(r"['’]s\b")
#: A designator, one to three words (the unknown name: no punctuation, no «أن/إن» opening a clause),
#: and a country's nisba adjective: «بلدة صرين السورية», «في مدينة جاسم السورية»; English "the
#: Syrian town of Sarrin".
_DESIGNATED_ABROAD = re.compile(r"(?<!\S)[وفبل]?(?:ال)?(?:بلد[ةه]|مدين[ةه]|قري[ةه]|منطق[ةه]|ناحي[ةه]|محافظ[ةه]|ريف|مخيم|"
                                r"حي|ولاي[ةه]|بلدات|قرى|مناطق)\s+(?:(?![اب]?[أإا]ن\s)[^\s،,.:؛]+\s+){1,3}?(ال\S+ي[ةه])(?!\S)|"
                                r"\bthe ([A-Z][a-z]+) (?:border )?(?:town|city|village|province|region|district|"
                                r"governorate|countryside) of\b")


COUNTRY_REACH = 50  # characters between the event's words and the country that places it
_QUOTE = re.compile(r"[\"“”«»]")


def _close(text: str, event: EventCandidate, m: PlaceMention) -> bool:
    """Whether the country is told with the event: near its words, no quotation between."""
    a, b = (event.end, m.start) if m.start >= event.end else (m.end, event.start)
    return b - a <= COUNTRY_REACH and not _QUOTE.search(text, a, b)


def named_country(text: str, event: EventCandidate, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The foreign country the event's own clause puts it in when none of its places is known: «في
    بلدة صرين السورية», «في بلدة صرين في سوريا», "in Syria's Sarrin", "in Sarrin, Syria": the event
    is there, at country level, never at the report's Iraqi dateline or lead."""
    from geo.cache import default_gazetteer  # (geo.loader's imports NumPy and Shapely: 0.17 s of a start)
    from geo.index import get_index
    from geo.rules import norm

    lo, hi = event.scope
    for m in sorted((m for m in mentions if lo <= m.start < hi and m.place.feature_type == "country"
                     and m.place.country != "IQ" and _close(text, event, m)), key=lambda m: abs(m.start - event.start)):
        if _IN_COUNTRY_BEFORE.search(text, max(lo, m.start - 12), m.start) or m.surface[:1] == "ب" or \
                _COUNTRY_POSSESSIVE.match(text, m.end):
            return m
    adjectives = get_index(default_gazetteer()).rules.country_adjectives  # default_rules(), pickled with the index
    for found in _DESIGNATED_ABROAD.finditer(text, lo, hi):
        word = found.group(1) or found.group(2)
        code = adjectives.get(norm(word))
        place = default_gazetteer().get(f"country.{code.lower()}") if code and code != "IQ" else None
        a = found.start(1 if found.group(1) else 2)
        if place is not None and not any(found.start() <= m.start < a for m in mentions):
            # «ناحية بامرني شمال محافظة دهوك» names known places: «الطائرات التركية» after them is the
            # planes' nationality, not theirs
            return PlaceMention(text[a:a + len(word)], a, a + len(word), place, 0.9)
    return None


def sentence_place(text: str, event: EventCandidate, mentions: list[PlaceMention]) -> PlaceMention | None:
    """A place named in the event's sentence but not as a location (in a unit's name: مديرية آسايش
    كلار, the Samarra Operations Command), nearest the trigger; never one a statement was made in,
    a destination, where victims were taken or a weapon came from, an end a road is named by, one of two capitals, a
    country, the office a release is issued from, or the body it is attributed to (بحسب مصدر في قيادة عمليات
    نينوى) or a speaker's ('an officer in the Nineveh Operations Command said'). (Tied places that ``choose_places`` passed
    over belong to another event of the sentence.)"""
    lo, hi = event.sentence
    named = [m for m in _within(mentions, lo, hi) if m.place.feature_type not in {"country", "region"}
             and not any(_flags(text, m.start, m)) and not _ends(_DESTINATION, _before(text, m))
             and not _ends(_TAKEN_TO, _before(text, m)) and not _ends(_ORIGIN, _before(text, m, 70))
             and not _road_end(text, m) and not _issued_from(text, m) and not origin(text, m)
             and not _named_site(text, m, mentions, event)
             and not _ends(_ATTRIBUTED, _before(text, m, 60)) and not _ends(_SPEAKER, _before(text, m))
             and not (_partner_told(text) and _ends(_PARTNER, _before(text, m, PARTNER_CHARS)))]  # «بالتنسيق مع أسايش أربيل»: the partner's
    return min(named, key=lambda m: abs(m.start - event.start)) if named else None
