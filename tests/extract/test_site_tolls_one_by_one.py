"""A wire report's tolls told site by site («حصيلة التفجير في الكرادة بلغت مقتل شخصين ... وحصيلة التفجير في العلاوي
بلغت ثمانية قتلى») are one event per site, even two in one sentence, and a toll «بلغت» at another site is no update
of the blast told before it (issue 8, dup7 audit: two real events merged into one). Phrasings written for this
table from general Arabic and English wire usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
IED = "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(i.sub_event_type, i.location, i.fatalities)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قال المصدر إن حصيلة تفجير السيارة المفخخة في منطقة الكرادة بلغت مقتل شخصين، مبيناً أن حصيلة تفجير السيارتين "
     "المفخختين في منطقة العلاوي بلغت ثمانية قتلى. وأضاف أن حصيلة تفجير السيارة المفخخة في منطقة الشعلة بلغت مقتل "
     "ثلاثة أشخاص.", [(IED, "Karrada", 2), (IED, "Allawi", 8), (IED, "Shula", 3)]),
    ("A police source said the toll of the car bomb in Karrada reached two dead, while the toll of the twin car "
     "bombs in Allawi reached eight dead. He added that the toll of the car bomb in Shula reached three dead.",
     [(IED, "Karrada", 2), (IED, "Allawi", 8), (IED, "Shula", 3)]),
    # the near miss: a risen toll of the one blast told before is its update
    ("انفجرت سيارة مفخخة في منطقة الكرادة اليوم ما أسفر عن مقتل شخصين. وارتفعت حصيلة تفجير الكرادة إلى خمسة قتلى.",
     [(IED, "Karrada", 5)]),
    ("A car bomb exploded in Karrada today, killing two people. The toll of the Karrada bombing rose to five dead.",
     [(IED, "Karrada", 5)]),
])
def test_tolls_told_site_by_site_are_one_event_each(text: str, expected: list) -> None:
    assert incidents(text) == expected
