"""Actors: who did it (actor1) and to whom (actor2)."""

from __future__ import annotations

import pytest

from extract.actors import UNIDENTIFIED, assign_actors, find_actors

ISIS = "Islamic State (Iraq)"
ARMY = "Military Forces of Iraq"
US = "Military Forces of the United States"


@pytest.mark.parametrize("text, lang, names", [
    ("هاجمت عصابات داعش ثكنة للجيش العراقي", "ar", [ISIS, ARMY]),
    ("اشتباكات بين قوات البيشمركة وعناصر تنظيم الدولة", "ar", ["Military Forces of Iraq - Peshmerga", ISIS]),
    ("قصف للجيش التركي على مواقع حزب العمال الكردستاني", "ar",
     ["Military Forces of Turkey", "PKK: Kurdistan Workers Party"]),
    ("Federal Police and PMF units repelled an ISIS attack", "en",
     ["Police Forces of Iraq - Federal Police", "Popular Mobilization Forces", ISIS]),
])
def test_find_actors(text: str, lang: str, names: list[str]) -> None:
    assert [a.name for _, _, a in find_actors(text, lang)] == names


@pytest.mark.parametrize("text, lang, event_type, expected", [
    ("هجوم بطائرة مسيرة ضد القوات الأمريكية", "ar", "Explosions/Remote violence", (UNIDENTIFIED, US)),
    ("قصف صاروخي يعتقد انه من تنفيذ الميليشيات استهدف القوات الأمريكية", "ar",
     "Explosions/Remote violence", ("Militia (Pro-Iran)", US)),
    ("تعرضت نقطة للجيش العراقي لهجوم من قبل عصابات داعش", "ar", "Battles", (ISIS, ARMY)),
    ("ألقت الشرطة الاتحادية القبض على متهم", "ar", "Strategic developments",
     ("Police Forces of Iraq - Federal Police", None)),
    ("Rockets fired by unknown gunmen struck US forces", "en", "Explosions/Remote violence",
     (UNIDENTIFIED, US)),
    ("Security forces dispersed protesters with tear gas", "en", "Protests", ("Protesters (Iraq)", ARMY)),
])
def test_assign_actors(text: str, lang: str, event_type: str, expected: tuple) -> None:
    assert assign_actors(text, find_actors(text, lang), 0, event_type, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("نفذت مليشيات عراقية هجوماً بطائرة مسيرة مفخخة على قاعدة عسكرية تستضيف أميركيين",
     ("Militia (Pro-Iran)", US)),
    ("قصفت الطائرات التركية مواقع لحزب العمال الكردستاني", ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")),
    ("بضربة جوية نفذتها طائرات F-16 العراقية ضد مضافة لداعش", (ARMY, ISIS)),
])
def test_air_strikes(text: str, expected: tuple) -> None:
    assert assign_actors(text, find_actors(text, "ar"), 0, "Explosions/Remote violence", "ar",
                         "Air/drone strike") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("A Turkish drone strike killed two PKK members, the Kurdistan Region's Counter Terrorism Service said",
     "en", ("Military Forces of Turkey", "PKK: Kurdistan Workers Party")),
    ("أعلنت خلية الإعلام الأمني تنفيذ ضربة جوية ضد مضافة لداعش", "ar", (UNIDENTIFIED, ISIS)),
])
def test_the_source_of_the_news_is_not_a_party(text: str, lang: str, expected: tuple) -> None:
    assert assign_actors(text, find_actors(text, lang), 0, "Explosions/Remote violence", lang,
                         "Air/drone strike") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("أعلنت وزارة الدفاع التركيّة أن الجيش قصف مواقع في قضاء العمادية", "TR"),  # a shadda in the adjective
    ("وقال الحرس الثوري الإيراني إن مدفعيته قصفت مواقع قرب الحدود", "IR"),
    ("The Turkish army said its jets struck caves in the Qandil mountains", "TR"),
    ("Iranian artillery shelled villages near Sidakan, the Revolutionary Guards said", "IR"),
    ("قالت القوات العراقية إن طائرات تركية قصفت القرية", None),  # an Iraqi side is named
    ("The Iraqi army said Turkish drones struck the area", None),
    ("Turkish and Iranian shelling hit border villages", None),  # two countries: no one state
    ("قصف مدفعي على قرى حدودية", None),
])
def test_sentence_state(sentence: str, expected: str | None) -> None:
    from extract.actors import sentence_state

    assert sentence_state(sentence) == expected
