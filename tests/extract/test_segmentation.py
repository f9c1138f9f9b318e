"""Segmentation: the mentions of one event inside one report are one incident; two events stay two."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def parsed(text: str, day: date) -> list[tuple[str, str | None]]:
    return sorted((i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=day).incidents)


@pytest.mark.parametrize("text, day, expected", [
    # headline at the country, lead near the city, details announced the day before: one strike
    ("غارة أمريكية تستهدف قيادياً في تنظيم داعش بالعراق\n"
     "شن التحالف الدولي بقيادة الولايات المتحدة غارة استهدفت قيادياً في تنظيم داعش قرب الموصل.\n"
     "وأعلن الجيش الأمريكي أمس الجمعة إنه استهدف المتشدد البارز في ضربة جوية.",
     date(2017, 2, 11), [("Air/drone strike", "Mosul")]),
    # an attack, and another rocket thwarted at another base: two events
    ("Two Katyusha rockets hit near the Green Zone in Baghdad on Sunday. Iraqi security forces also "
     "thwart another rocket launched at Camp Taji, which houses U.S. troops.",
     date(2020, 7, 5), [("Disrupted weapons use", "Camp Taji"), ("Shelling/artillery/missile attack", "Green Zone")]),
    # one rocket landing and one intercepted at the same airport: one attack (seed 002)
    ("سقط صاروخ كاتيوشا على مطار بغداد مساء الأحد، فيما اعترضت منظومة سي رام صاروخاً ثانياً.",
     date(2021, 5, 3), [("Shelling/artillery/missile attack", "Baghdad International Airport")]),
    # two different events in one sentence stay two
    ("انفجرت عبوة ناسفة في قضاء الطارمية أمس، فيما اعتقلت القوات الأمنية ثلاثة مطلوبين في قضاء الحويجة.",
     date(2021, 5, 3), [("Arrests", "Hawija District"), ("Remote explosive/landmine/IED", "Tarmiyah District")]),
])
def test_one_incident_per_event(text: str, day: date, expected: list) -> None:
    assert parsed(text, day) == expected
