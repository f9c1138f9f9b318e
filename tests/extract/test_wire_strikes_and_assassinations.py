"""Arabic wire and TV-site reports of 2019–2026 (issue 8, docs/arabic_audit.md "Wire and TV-site
reports 2019–2026"): error classes that recurred across the audit's work half. Every phrasing here
was written for this table from general Arabic news usage, not copied from a report; each row runs
end to end through ``parse_article``.

- Warplanes named by their state or kind without the article («مقاتلات تركية», «طائرات مقاتلة تابعة
  للجيش التركي») struck from the air: an air strike, not shelling.
- A bare «القصف» a sentence or two from the air or drone strike it retells is that strike, not a second
  event typed as shelling.
- An assassination, or gunmen shooting, where protests are named: violence against civilians
  (ACLED; docs/annotation_guide.md: the killing is never excessive force against protesters), and
  «ناشط في الاحتجاجات» names the victim, not a protest held today.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 3, 12)
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
ATTACK = "Attack"
EXCESSIVE = "Excessive force against protesters"


def incidents(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, place) of every incident found in ``text`` published on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قصفت مقاتلات تركية، صباح اليوم، مواقع في قضاء العمادية شمالي دهوك.", [(AIR, "Amedi District")]),
    ("أفاد مصدر أمني باستهداف طائرات تركية مواقع في ناحية سيدكان اليوم.", [(AIR, "Sidakan")]),
    ("قالت مصادر محلية إن طائرات مقاتلة تابعة للجيش التركي قصفت قرى في قضاء زاخو اليوم.",
     [(AIR, "Zakho District")]),
    ("استهدفت طائرة حربية أمريكية موقعاً في قضاء القائم فجر اليوم.", [(AIR, "Qaim District")]),
])
def test_warplanes_named_by_state_or_kind_strike_from_the_air(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # artillery and rockets stay shelling; an aircraft with no event is no event
    ("قصفت المدفعية التركية قرى في قضاء العمادية اليوم.", [(SHELLING, "Amedi District")]),
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية اليوم.", [(SHELLING, "Balad Air Base")]),
    ("هبطت طائرة تركية في مطار أربيل الدولي اليوم.", []),
    ("وقعت شركة طيران تركية عقدا مع وزارة النقل اليوم.", []),
])
def test_artillery_rockets_and_aircraft_with_no_event_are_unchanged(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة تركية مقراً في قضاء سنجار فجر اليوم.\n"
     "وأسفر القصف الذي طال قرية خانصور عن مقتل ثلاثة مقاتلين.", [(AIR, "Sinjar District")]),
    ("طيران تركي يستهدف موقعا في العمادية\nاستهدف القصف التركي اليوم قرى جبل متين بقضاء العمادية.",
     [(AIR, "Amedi District")]),
    # two named places (the district, then a mountain in it) do not make the bare «القصف» a second site
    ("طيران تركي يقصف موقعاً في العمادية بدهوك\n\nدهوك - مراسلنا\n\nاستهدف قصف للطيران التركي، اليوم السبت، "
     "موقعاً لحزب العمال في قضاء العمادية بمحافظة دهوك.\n\nوذكر مراسلنا أن \"القصف التركي استهدف موقعا في قرى جبل "
     "متين بقضاء العمادية في محافظة دهوك\".\n\nوأضاف أن \"القصف تسبب بحرائق في الغابات دون خسائر بشرية\".",
     [(AIR, "Amedi District")]),
])
def test_a_bare_qasf_retells_the_air_strike_told_beside_it(text: str, expected: list) -> None:
    assert incidents(text) == expected


def test_the_retold_strike_keeps_the_toll_told_with_the_bare_qasf() -> None:
    text = "قصفت مسيرة تركية سيارة في ناحية سنوني اليوم.\nوأكد المصدر أن القصف أدى إلى مقتل شخصين."
    [incident] = parse_article(Article(text=text), article_date=DAY).incidents
    assert (incident.sub_event_type, incident.location, incident.fatalities) == (AIR, "Sinuni", 2)


@pytest.mark.parametrize("text, expected", [
    # another governorate, or shelling named by its artillery, is another event
    ("استهدفت طائرة مسيرة تركية سيارة في قضاء سنجار اليوم.\nوفي محافظة دهوك، طال القصف التركي قرى ناحية كاني ماسي.",
     [(AIR, "Sinjar District"), (SHELLING, "Dohuk Governorate")]),
    ("قصفت المدفعية التركية قرية في قضاء العمادية اليوم، فيما استهدفت مسيرة تركية سيارة في قضاء سنجار.",
     [(SHELLING, "Amedi District"), (AIR, "Sinjar District")]),
])
def test_strikes_in_other_governorates_or_by_artillery_stay_apart(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("اغتيال ناشط بارز في احتجاجات الناصرية مساء امس.", [(ATTACK, "Nasiriyah")]),
    ("نجا ناشط في التظاهرات من محاولة اغتيال في ساحة التحرير وسط بغداد اليوم.", [(ATTACK, "Tahrir Square")]),
    ("أطلق مسلحون مجهولون النار على ناشط مدني في الاحتجاجات بمدينة البصرة اليوم.", [(ATTACK, "Basra")]),
    ("An activist who took part in the protests was assassinated in Nasiriyah on Monday.",
     [(ATTACK, "Nasiriyah")]),
])
def test_an_assassination_where_protests_are_named_is_an_attack_on_a_civilian(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # security forces firing on protesters stay excessive force; a protest denouncing a killing and
    # activists marching stay protests
    ("قتل متظاهران بعد أن أطلقت قوات الأمن الرصاص الحي على المحتجين في الناصرية اليوم.",
     [(EXCESSIVE, "Nasiriyah")]),
    ("Security forces shot dead three protesters in Nasiriyah on Monday.", [(EXCESSIVE, "Nasiriyah")]),
    ("تظاهر المئات في الناصرية اليوم تنديداً باغتيال الناشط.", [("Peaceful protest", "Nasiriyah")]),
    ("خرج ناشطون في تظاهرة وسط الناصرية اليوم للمطالبة بفرص العمل.", [("Peaceful protest", "Nasiriyah")]),
])
def test_state_force_on_protesters_and_protests_themselves_are_unchanged(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «في محافظة صلاح الدين شمال بغداد»: the capital locates the governorate, the base is the place
    ("تعرضت قاعدة بلد الجوية التي تستضيف متعاقدين أمريكيين في محافظة صلاح الدين شمال بغداد لقصف بصواريخ "
     "الكاتيوشا اليوم.", [(SHELLING, "Balad Air Base")]),
    ("تعرضت قاعدة كي وان التي تضم قوات عراقية في محافظة كركوك شمال بغداد لهجوم صاروخي اليوم.",
     [(SHELLING, "K1 Air Base")]),
    # unchanged: a direction from the capital alone, a district named before it, a governorate alone
    ("انفجرت سيارة مفخخة شمال بغداد اليوم.", [("Remote explosive/landmine/IED", "Baghdad")]),
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية شمال بغداد اليوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah District")]),
    ("سقطت قذيفتا هاون على مقر للحشد في محافظة ديالى شمال شرق بغداد اليوم.", [(SHELLING, "Diyala Governorate")]),
])
def test_the_capital_named_as_a_landmark_after_a_governorate_is_not_the_place(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    # an anniversary whose event is named in quotes is still a past event, not a killing today (the
    # third anniversary told today may keep its event three years back, historical: semfix class 4)
    'أحيا المئات، اليوم الاثنين، الذكرى الثالثة لـ"استشهاد قادة النصر" في شارع مطار بغداد الدولي.',
    "أحيا المئات اليوم الذكرى الأولى لـ«مجزرة جسر الزيتون» في الناصرية.",
])
def test_an_anniversary_named_in_quotes_is_no_event_of_the_day(text: str) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert all(i.event_date != DAY and i.historical for i in found)


@pytest.mark.parametrize("text, expected", [
    # a base named by its town is at that town, with no preposition before «قاعدة»
    ("تسلمت القوات العراقية، الخميس، بشكل رسمي قاعدة القائم العسكرية على الحدود مع سوريا، بعد انسحاب قوات "
     "التحالف الدولي منها.", [("Non-violent transfer of territory", "Al-Qaim")]),
    # a capital that answers with strikes is its government, not the place of the strikes
    ("وسرعان ما ردت واشنطن بقصف مواقع للفصيل المتهم.", []),
    # unchanged: the strike's own place, a base already known as a facility, forces that return fire
    ("وسرعان ما ردت واشنطن بقصف مواقع لفصيل مسلح في ناحية جرف النصر شمالي بابل.", [(SHELLING, "Jurf al-Sakhar")]),
    ("سلم التحالف الدولي قاعدة الحبانية العسكرية إلى الجيش العراقي اليوم.",
     [("Non-violent transfer of territory", "Habbaniyah Air Base")]),
])
def test_anniversaries_bases_named_by_town_and_capitals_that_answer(text: str, expected: list) -> None:
    assert incidents(text) == expected
