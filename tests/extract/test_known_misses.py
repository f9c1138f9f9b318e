"""ACLED coding rules for misses seen on real reports (issue 8): each rule as a table of phrasings
written for this file the way Arabic and English news word them (not copied from any report), run
end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 12)


def incidents(text: str, day: date = DAY):
    return parse_article(Article(text=text), article_date=day).incidents


# An attack foiled by fighting, with dead or wounded, is an armed clash; a plot foiled or a bomb
# defused with no one hurt stays Disrupted weapons use (ACLED codebook: Armed clash / Disrupted
# weapons use).
@pytest.mark.parametrize("text, expected", [
    ("أحبطت القوات الأمنية هجوماً إرهابياً على قرية في قضاء الطارمية شمالي بغداد، وقتلت اثنين من المهاجمين.",
     ("Battles", "Armed clash")),
    ("أحبطت قوات الجيش هجوما لعناصر داعش على نقطة مراقبة في قضاء الحويجة، ما أسفر عن مقتل إرهابيين اثنين وإصابة جندي.",
     ("Battles", "Armed clash")),
    ("Iraqi troops foiled an attack on an army post near Tarmiyah, killing two attackers, officials said.",
     ("Battles", "Armed clash")),
    ("Security forces thwarted an ISIS attack on a checkpoint in Kirkuk, killing two of the attackers.",
     ("Battles", "Armed clash")),
    ("Police foiled a bombing plot in Basra and arrested three suspects.",
     ("Strategic developments", "Disrupted weapons use")),
    ("أحبطت مفارز مديرية الاستخبارات العسكرية محاولة تفجير سيارة مفخخة في قضاء الطارمية.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_foiled_attack_with_casualties_is_a_clash(text: str, expected: tuple[str, str]) -> None:
    assert [(i.event_type, i.sub_event_type) for i in incidents(text)] == [expected]
