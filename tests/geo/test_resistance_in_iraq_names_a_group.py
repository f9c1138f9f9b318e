"""The country in an armed group's name is no place of its attack (issue 8, prec9 audit of long Arabic reports,
class ABROAD-IN-IRAQ).

«المقاومة الإسلامية في العراق» (the Islamic Resistance in Iraq) claims strikes on bases in Syria and on Israel;
its «في العراق» read as a locative placed the attack, or the shelling told beside it in a Syrian report, in Iraq.
A context rule (geo/data/context_rules.yaml) drops «العراق» with «المقاومة» among the four words before it. Still
Iraq: a base «في العراق» with the group's claim told after, a convoy «في العراق», and the country named on its own.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2023, 11, 12)


def where(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.country) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ('أعلنت "المقاومة الإسلامية في العراق" استهداف ميناء إيلات بطائرة مسيرة فجر اليوم.', [("Air/drone strike", "IL")]),
    ("تعرضت قاعدة التنف في سوريا لهجوم بطائرتين مسيرتين تبنته المقاومة الإسلامية في العراق، فيما تعرضت مناطق حدودية "
     "لقصف إسرائيلي.", [("Air/drone strike", "SY")]),
])
def test_the_group_s_country_places_nothing(text: str, expected: list) -> None:
    assert where(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("سقط صاروخان على قاعدة في العراق قرب الحدود السورية، وتبنت المقاومة الإسلامية في العراق الهجوم.",
     [("Shelling/artillery/missile attack", "IQ")]),
    ("انفجرت عبوة ناسفة على رتل للدعم اللوجستي للتحالف في العراق جنوب الديوانية.",
     [("Remote explosive/landmine/IED", "IQ")]),
    ("قصفت طائرات أمريكية مواقع لفصائل المقاومة في العراق قرب القائم.", [("Air/drone strike", "IQ")]),
    ("The Islamic Resistance in Iraq said it launched a drone at Eilat on Sunday.", [("Air/drone strike", "IL")]),
])
def test_iraq_named_for_the_event_stays(text: str, expected: list) -> None:
    assert where(text) == expected
