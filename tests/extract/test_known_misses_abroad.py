"""Events abroad at places the gazetteer does not know (issue 8 known miss 7): when the event's own
clause names the country («في بلدة صرين السورية», «في سوريا», "Syria's Sarrin", "Sarrin, Syria",
"the Syrian town of Sarrin"), the incident is in that country at country level, never at the
report's Iraqi dateline. Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 12)


def placed(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(i.country, i.location, i.geo_precision)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("انفجرت سيارة مفخخة في بلدة صرين السورية ما أدى إلى مقتل أربعة أشخاص.", [("SY", "Syria", 3)]),
    ("بغداد - نايا: انفجرت سيارة مفخخة اليوم في بلدة صرين السورية ما أدى إلى مقتل أربعة أشخاص.",
     [("SY", "Syria", 3)]),
    ("بغداد - نايا: قتل جنديان بهجوم على حاجز في مدينة جاسم السورية اليوم.", [("SY", "Syria", 3)]),
    ("قتل ثلاثة مدنيين بانفجار عبوة ناسفة في بلدة صرين في سوريا اليوم.", [("SY", "Syria", 3)]),
    ("BAGHDAD (Reuters) - A car bomb killed four people in the Syrian town of Sarrin on Monday.",
     [("SY", "Syria", 3)]),
    ("BAGHDAD (Reuters) - A car bomb killed four people in Sarrin, Syria, on Monday.", [("SY", "Syria", 3)]),
    ("A car bomb killed four people in Syria's Sarrin on Monday.", [("SY", "Syria", 3)]),
    # a known place abroad keeps its point; an Iraqi place with the Iraqi adjective stays Iraqi
    ("اعتقلت قوات الأمن التركية خمسة مشتبه بهم في بلدة جزرة التركية اليوم.", [("TR", "Cizre", 1)]),
    ("انفجرت عبوة ناسفة في مدينة الموصل العراقية اليوم.", [("IQ", "Mosul", 1)]),
    # where someone came from is not where the event happened
    ("اعتقلت القوات الأمنية إرهابياً قادماً من سوريا اليوم.", []),
])
def test_an_unknown_place_abroad_takes_its_country(text: str, expected: list) -> None:
    assert placed(text) == expected


def test_a_country_in_a_quote_does_not_place_the_event() -> None:
    text = ('An airstrike hit a convoy near Taji on Friday. He later defends the airstrike, claiming '
            'the commander "was both hated and feared" in Iran.')
    assert [country for country, _loc, _geo in placed(text)] == ["IQ"]


# A bare «الجيش» / "the army" / «وزارة الدفاع» in a sentence that names one foreign state by its
# adjective and no Iraqi side is that state's forces, even for an event on Iraqi soil; an Iraqi side
# named keeps Iraq's army.
@pytest.mark.parametrize("text, army", [
    ("أعلنت وزارة الدفاع التركية أن الجيش قصف مواقع لحزب العمال الكردستاني في قضاء العمادية شمالي العراق.",
     "Military Forces of Turkey"),
    ("أعلن الحرس الثوري الإيراني أن الجيش قصف مواقع للأحزاب الكردية المعارضة قرب سيدكان.", "Military Forces of Iran"),
    ("The Iranian Revolutionary Guards said the army shelled Kurdish opposition positions near Sidakan on Monday.",
     "Military Forces of Iran"),
    ("قصف الجيش بلدة صرين السورية اليوم ما أدى إلى مقتل مدنيين.", "Military Forces of Syria"),
    ("The army clashed with ISIS militants near Hawija on Monday.", "Military Forces of Iraq"),
    # the Iraqi army only reports: the Turkish planes' strike is Turkey's
    ("قال الجيش العراقي إن طائرات تركية قصفت مواقع في قضاء العمادية اليوم.", "Military Forces of Turkey"),
])
def test_a_bare_army_belongs_to_the_state_the_sentence_names(text: str, army: str) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    sides = {i.actor1 for i in found} | {i.actor2 for i in found}
    assert {s for s in sides if s and s.startswith("Military Forces of")} == {army}
