"""Event place by the codebook's rules, on phrasings modelled on real reports (Telegram posts of the
Security Media Cell and the PMF, wire leads, encyclopedia current-events lines).

ACLED: the most specific place where the event itself happened. Not the dateline (بغداد - واع,
BAGHDAD (Reuters) -), not a command's name (قاطع عمليات كركوك, Nineveh Operations Command), not
the country of "south of Iraq"; a named valley, desert, mountain, road or village beats its
governorate; a direction or distance phrase gives geo_precision 2 at the reference place; an
event abroad keeps its country. The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from geo.loader import default_gazetteer

PUBLISHED = date(2023, 5, 2)


def placed(text: str) -> list[tuple[str | None, int, str]]:
    parsed = parse_article(Article(text=text, id="t"), default_gazetteer(), article_date=PUBLISHED)
    return [(i.location, i.geo_precision, i.country) for i in parsed.incidents]


@pytest.mark.parametrize("text, location, precision", [
    # a named valley, desert, mountain, island or basin inside an operations sector
    ("مقتل أربعة إرهابيين بضربة جوية لطائرات F-16 في وادي الشاي ضمن قاطع عمليات كركوك.", "Wadi al-Shay", 2),
    ("مقتل ثلاثة إرهابيين بضربة جوية في وادي حوران ضمن قاطع عمليات الأنبار.", "Wadi Horan", 2),
    ("استشهاد جنديين بانفجار عبوة ناسفة في سلسلة جبال حمرين ضمن قاطع عمليات صلاح الدين.", "Hamrin mountains", 2),
    ("بغداد - واع\nأعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، قتل إرهابيين اثنين بضربة جوية في جزيرة سامراء.",
     "Jazirat Samarra", 2),
    ("قيادة عمليات سامراء: مقتل إرهابي في اشتباك مسلح بمنطقة مطيبيجة.", "Mutaibijah", 2),
    ("اشتباك مسلح بين اللواء الثامن بالحشد ومفرزة لداعش في حوض الثرثار.", "Lake Tharthar", 2),
    ("هجوم لداعش على نقطة للجيش في منطقة الخانوكة بناحية الصينية غرب بيجي.", "Khanuqa", 2),
    ("قصفت طائرة مسيرة تركية موقعاً في منطقة خواكورك التابعة لقضاء سوران.", "Khwakurk", 2),
    # a desert, countryside or orchards of a town: the town, at geo_precision 2
    ("اشتباك مسلح بين القوات الأمنية وعناصر داعش في صحراء الرطبة غربي الأنبار.", "Rutba", 2),
    ("إصابة ثلاثة مدنيين بانفجار عبوة في بساتين الطارمية شمالي العاصمة بغداد.", "Tarmiyah", 2),
    ("مقتل راعي أغنام بانفجار لغم أرضي في بادية السماوة.", "Samawah", 2),
    # direction and distance phrases: the reference place, geo_precision 2
    ("مقتل شرطي بهجوم لداعش على نقطة تفتيش شمال غربي بعقوبة.", "Baqubah", 2),
    ("انفجرت عبوة ناسفة على دورية للجيش على بعد 20 كم جنوب كركوك.", "Kirkuk", 2),
    ("أصيب ثلاثة من عناصر الحشد الشعبي بانفجار عبوة ناسفة قرب قضاء طوزخورماتو.", "Tuz Khurmatu", 2),
    ("KIRKUK, Iraq (Reuters) - Two Iraqi soldiers were killed when a roadside bomb struck their patrol "
     "about 20 km south of Kirkuk on Tuesday, police said.", "Kirkuk", 2),
    ("BAGHDAD (Reuters) - Islamic State militants attacked a checkpoint on the outskirts of Tarmiyah, north of "
     "Baghdad, killing two soldiers, security sources said.", "Tarmiyah", 2),
    ("BAGHDAD (Reuters) - A roadside bomb killed three members of the Popular Mobilization Forces near Samarra "
     "on Sunday, security sources said.", "Samarra", 2),
    # a town or village named with its governorate: the town
    ("A U.S. soldier was killed in the town of Makhmur, Erbil Governorate, by a rocket fired by ISIL.", "Makhmour", 1),
    ("A car bombing outside a cafe in Miqdadiyah, east of Baghdad, killed twenty people.", "Muqdadiya", 1),
    ("An Iraqi Army helicopter is shot down by ISIL near Amiriyah Fallujah, Al Anbar Governorate.",
     "Amiriyat al-Fallujah", 2),
    ("استشهد منتسب في شرطة ديالى بانفجار عبوة ناسفة في قرية تابعة لناحية أبي صيدا.", "Abu Saida", 2),
    # "X province" is the governorate, though the city bears its name
    ("ERBIL, Iraq (Reuters) - A drone attack hit a gas field in Sulaimaniyah province on Friday, officials said.",
     "Sulaymaniyah", 3),
    # a governorate beats the country it lies in
    ("القوات الأمنية تداهم حياً في محافظة ميسان جنوبي العراق بعد اندلاع تظاهرات تطالب بالخدمات.",
     "Maysan Governorate", 3),
    # a mountain range, desert or river island glued to its preposition (بصحراء القائم): the range
    # when the gazetteer has it (an areal feature, geo_precision 2), else the town it is named
    # after at geo_precision 2, never the city of the direction phrase
    ("نينوى - واع\nأعلنت قيادة عمليات نينوى، اليوم الأحد، مقتل إرهابيين اثنين بضربة جوية في جبال بادوش غربي الموصل.",
     "Badush mountains", 2),
    ("أعلن جهاز مكافحة الإرهاب، من بغداد، مقتل ثلاثة إرهابيين في عملية إنزال جوي بصحراء القائم.", "Al-Qaim", 2),
    ("مقتل منتسب في الحشد بهجوم لداعش على قرية في جزيرة الخالدية شرقي الرمادي.", "Khalidiya", 2),
    ("Iraqi forces retook the town of Rawa, the last Islamic State stronghold in Iraq, near the Syrian border.",
     "Rawa", 1),
    # a site named after a foreign city (a helipad called Washington) inside an Iraqi base
    ("مصدر: هبوط مروحيتين في مطار واشنطن داخل قاعدة عسكرية في العاصمة العراقية بغداد.", "Baghdad", 1),
    # an area between two districts: one event, at the first (the dual قضاءي is a designator)
    ("اشتباكات مع خلايا داعش في المناطق الصحراوية الممتدة بين قضاءي حديثة والرطبة.", "Haditha District", 2),
    # roads
    ("انفجرت عبوة ناسفة على طريق بغداد - كركوك، ما أسفر عن إصابة جنديين.", "Kirkuk-Baghdad road", 1),
])
def test_event_place(text: str, location: str, precision: int) -> None:
    assert (location, precision, "IQ") in placed(text)


@pytest.mark.parametrize("text, location, country", [
    ("Turkish drones struck a vehicle near Qamishli in northern Syria, killing two members of the SDF.",
     "Qamishli", "SY"),
    ("شن الطيران التركي غارات على مواقع لقوات سوريا الديمقراطية في ريف الحسكة شمال شرقي سوريا.", "Hasakah", "SY"),
])
def test_an_event_abroad_keeps_its_country(text: str, location: str, country: str) -> None:
    assert [(p[0], p[2]) for p in placed(text)] == [(location, country)]


@pytest.mark.parametrize("text", [
    "A hospital in northwest Syria was hit by Russian airstrikes on Monday, a charity said.",
])
def test_an_event_abroad_is_never_drawn_in_iraq(text: str) -> None:
    assert all(country != "IQ" for _, _, country in placed(text))


def test_an_item_abroad_in_a_list_of_items_never_joins_an_iraqi_event() -> None:
    """A current-events page lists unrelated items; the car bomb belongs to the Ankara item."""
    text = ("Three rockets struck near Erbil International Airport on Monday, wounding two contractors.\n"
            "Military vehicles exploded outside an army barracks in Ankara, Turkey, killing 28 people. "
            "Authorities believe a car bomb caused the blast.\n"
            "An Iraqi army helicopter was shot down near Amiriyat al-Fallujah, killing one crew member.")
    parsed = parse_article(Article(text=text, id="t"), default_gazetteer(), article_date=PUBLISHED)
    assert not [i for i in parsed.incidents if i.country == "IQ" and "car bomb" in (i.trigger or "")]
    assert {i.location for i in parsed.incidents} >= {"Erbil International Airport", "Amiriyat al-Fallujah"}


def test_two_items_far_apart_stay_two_events() -> None:
    """A bombing in Salah al-Din and missiles fired over the Syrian border are not one event, even
    when the first line reads like a headline."""
    text = ("Islamic State claimed bomb attacks on the PMF in Asdeira, Salahuddin that killed ten. (Iraqi News)\n"
            "A PMF statement says the group launched missiles over the Syrian border at Islamic State militants, "
            "killing dozens. (Iraqi News)")
    assert {p[0] for p in placed(text)} == {"Asdeira", "Iraq–Syria border area"}
