"""«في قاطع عمليات X», «ضمن قاطع مسؤولية X», «بقاطع عمليات X»: Iraqi security statements place an event
in the (operations) sector named by the place it covers, so the sector words tie the place to the event
like «في محافظة X». A governorate's sector is the governorate (geo 3); a city's sector is the area
around it (geo 2). Phrasings written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _placed(text: str) -> list[tuple[str | None, int | None]]:
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=date(2025, 3, 4))
    return [(i.location, i.geo_precision) for i in parsed.incidents]


@pytest.mark.parametrize("text, location, precision", [
    ("استشهاد منتسبين اثنين أثناء أداء الواجب في قاطع عمليات صلاح الدين.", "Salah al-Din Governorate", 3),
    ("استشهاد جندي أثناء الواجب في قاطع ديالى مساء أمس.", "Diyala Governorate", 3),
    ("استشهاد منتسب في الحشد الشعبي خلال الواجب ضمن قاطع عمليات الأنبار.", "Anbar Governorate", 3),
    ("استشهاد جنديين أثناء أداء الواجب بقاطع عمليات كركوك فجر اليوم.", "Kirkuk", 2),
    ("استشهاد مقاتل أثناء الواجب في قاطع مسؤولية سامراء.", "Samarra", 2),
])
def test_a_sector_places_the_event(text: str, location: str, precision: int) -> None:
    assert _placed(text) == [(location, precision)]


@pytest.mark.parametrize("text, location, precision", [
    ("استشهاد منتسبين اثنين أثناء أداء الواجب في محافظة صلاح الدين.", "Salah al-Din Governorate", 3),
    ("انفجرت عبوة ناسفة على دورية للجيش في جبال مكحول ضمن قاطع عمليات صلاح الدين.", "Makhoul mountains", 2),
    ("أعلنت القيادة مقتل إرهابي كان مسؤولاً عن هجمات على القطعات الأمنية في قاطعي كركوك وديالى.", None, None),
    ("قتل مدني بنيران مسلحين في الرمادي، وقال قائد قاطع عمليات الأنبار إن القوات تلاحق الجناة.", "Ramadi", 1),
])
def test_without_a_sector_placing_is_unchanged(text: str, location: str | None, precision: int | None) -> None:
    """A governorate named plainly, a sector commander who only speaks, and two sectors (a span of
    activity told as background) keep their old reading."""
    assert _placed(text) == ([(location, precision)] if location else [])
