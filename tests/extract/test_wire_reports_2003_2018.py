"""Arabic wire and TV-site reports of 2003–2018 (issue 8, wirear2 audit): classes of error that
recurred across many real reports of the kind (car bombs, liberation battles, the Basra riots of
2018, coalition strike lists). Every phrasing here was written for this table from general Arabic
news usage, not copied from a report; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2018, 9, 7)
RIOT = "Violent demonstration"


def incidents(text: str, day: date = DAY) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, place, ISO date) of every incident found in ``text`` published on ``day``."""
    return [(i.sub_event_type, i.location, i.event_date.isoformat() if i.event_date else None)
            for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # The crowd is the subject of the burning or storming, in whatever form the report writes it
    ("أشعل المتظاهرون الغاضبون النار في مبنى مجلس المحافظة في الناصرية مساء أمس.",
     [(RIOT, "Nasiriyah", "2018-09-06")]),
    ("وحرق المتظاهرون في الديوانية مقار عدد من الأحزاب اليوم.",
     [(RIOT, "Diwaniyah", "2018-09-07")]),
    ("وأضرم عشرات المحتجين النيران في مقر حزب سياسي وسط مدينة الكوت اليوم الجمعة.",
     [(RIOT, "Kut", "2018-09-07")]),
    ("وانتشرت قوات مكافحة الشغب في مدينة العمارة اليوم للسيطرة على متظاهرين غاضبين أحرقوا مبنى المحافظة.",
     [(RIOT, "Amarah", "2018-09-07")]),
])
def test_protesters_who_burn_or_storm_riot(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    # Gunmen who burn a house are no crowd: whatever else it is, not a riot
    "أحرق مسلحون مجهولون منزل ناشط مدني في قضاء الزبير فجر اليوم.",
    # Security forces storming a sit-in's tents: the crowd is their object
    "وأحرقت قوة أمنية خيام المعتصمين في ساحة الاعتصام بالرمادي فجر اليوم.",
])
def test_burning_by_others_than_the_crowd_is_no_riot(text: str) -> None:
    found = incidents(text)
    assert found and all(sub != RIOT for sub, _place, _day in found)


def test_a_crowd_that_only_gathers_stays_a_peaceful_protest() -> None:
    text = "تظاهر المئات أمام مبنى المحافظة في البصرة اليوم للمطالبة بفرص العمل والكهرباء."
    assert incidents(text) == [("Peaceful protest", "Basra", "2018-09-07")]


REGAINS = "Government regains territory"


@pytest.mark.parametrize("text, expected", [
    # The flag raised over the town's buildings
    ("ورفعت قوات جهاز مكافحة الإرهاب العلم العراقي فوق المجمع الحكومي وسط مدينة هيت اليوم.",
     [(REGAINS, "Hit", "2018-09-07")]),
    # Control imposed or announced by the army
    ("وفرضت القوات العراقية اليوم سيطرتها الكاملة على مباني الحكومة المحلية في قضاء القائم.",
     [(REGAINS, "Qaim District", "2018-09-07")]),
    ("وأعلن الجيش العراقي، أمس الخميس، في بيان مقتضب سيطرته على جامع الحدباء في مدينة الموصل.",
     [(REGAINS, "Mosul", "2018-09-06")]),
    # A passive «تحررت», and a compound freed rather than a town
    ("وأضاف المتحدث: تحررت مدينة بيجي بالكامل صباح اليوم من عصابات داعش.",
     [(REGAINS, "Baiji", "2018-09-07")]),
    ("وأعلنت قيادة العمليات تحرير المجمع الحكومي في مدينة تكريت اليوم الجمعة.",
     [(REGAINS, "Tikrit", "2018-09-07")]),
])
def test_territory_retaken_as_the_wire_sites_told_it(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "وأعلنت الشرطة سيطرتها على الوضع في مدينة الكوت بعد النزاع العشائري اليوم.",
    "ورفع المتظاهرون الأعلام العراقية في ساحة التحرير وسط بغداد اليوم.",
])
def test_control_of_the_situation_and_flags_at_a_protest_are_no_territory(text: str) -> None:
    assert all(sub != REGAINS for sub, _place, _day in incidents(text))


STRIKE = "Air/drone strike"
STATEMENT_DAY = date(2016, 5, 4)


@pytest.mark.parametrize("text, expected", [
    # A day's count of strikes near named towns: one strike event per town (not a tally)
    ("وذكر بيان التحالف أن 12 ضربة جوية وجهت أمس في العراق بالقرب من تلعفر والقيارة.",
     [(STRIKE, "Tal Afar", "2016-05-03"), (STRIKE, "Qayyarah", "2016-05-03")]),
    # A strike "directed" or "carried out" near towns (ضربة وجهت / نفذت)
    ("وأضاف البيان أن ست ضربات نفذت في العراق قرب الرطبة وحديثة.",
     [(STRIKE, "Rutba", "2016-05-04"), (STRIKE, "Haditha", "2016-05-04")]),
    # A name the gazetteer lacks inside the list does not end it
    ("وأضاف البيان أن الطائرات شنت أمس غارات جوية بالقرب من بيجي والخوينات وتكريت.",
     [(STRIKE, "Baiji", "2016-05-03"), (STRIKE, "Tikrit", "2016-05-03")]),
])
def test_a_coalition_strike_list_gives_a_strike_per_town(text: str, expected: list) -> None:
    assert incidents(text, STATEMENT_DAY) == expected


@pytest.mark.parametrize("text", [
    # A tally over a period, or with no town, stays a tally
    "وشن التحالف 120 غارة جوية على مواقع داعش قرب الموصل منذ بداية الشهر.",
    "ونفذ التحالف الدولي 25 غارة جوية في العراق أمس.",
])
def test_a_count_of_strikes_with_no_town_or_over_a_period_is_no_event(text: str) -> None:
    assert incidents(text, STATEMENT_DAY) == []


ANNIVERSARY_DAY = date(2018, 6, 12)


@pytest.mark.parametrize("text", [
    # An anniversary with an ordinal after «السنوية» names a past event: no attack today
    "أحيا ذوو الضحايا اليوم الذكرى السنوية الرابعة للمجزرة التي راح ضحيتها المئات في قاعدة سبايكر.",
    "وأحيا العشرات من ذوي الضحايا الذكرى السنوية الثانية لتفجير الكرادة وسط بغداد اليوم.",
])
def test_an_anniversary_with_an_ordinal_tells_no_new_attack(text: str) -> None:
    # the event it marks may be kept with its own old date (the fourth anniversary told today: four
    # years back, semfix class 4), never as an attack of the report's day
    assert all(day != ANNIVERSARY_DAY.isoformat() for _type, _place, day in incidents(text, ANNIVERSARY_DAY))


def test_a_massacre_told_today_is_still_an_attack() -> None:
    text = "قتل خمسة مدنيين في مجزرة ارتكبها مسلحون مجهولون في قرية الخيلانية بمحافظة ديالى اليوم."
    found = incidents(text, ANNIVERSARY_DAY)
    assert [(sub, day) for sub, _place, day in found] == [("Attack", "2018-06-12")]


QUARTER_DAY = date(2017, 8, 26)


@pytest.mark.parametrize("text, expected", [
    # A quarter named after a governorate is in the town the report names, not the governorate
    ("وحررت القوات حي القادسية شمال غرب تلعفر اليوم.",
     [("Government regains territory", "Tal Afar", "2017-08-26")]),
    ("وانفجرت عبوة ناسفة في حي ديالى وسط مدينة الكوت اليوم.",
     [("Remote explosive/landmine/IED", "Kut", "2017-08-26")]),
    # The governorate itself, named as one, stays
    ("وانفجرت عبوة ناسفة في محافظة القادسية اليوم.",
     [("Remote explosive/landmine/IED", "Al-Qadisiyah Governorate", "2017-08-26")]),
])
def test_a_quarter_named_after_a_governorate_is_not_the_governorate(text: str, expected: list) -> None:
    assert incidents(text, QUARTER_DAY) == expected
