"""A charge that names no event («بتهمة الإرهاب», «بتهمة الانتماء إلى داعش») leaves the clash told after it in the
sentence: «قتل مطلوب بتهمة الانتماء إلى داعش في اشتباك مع القوات الأمنية» is a clash; a charge that names events
(«بتهمة التحريض على العنف الذي أسفر عن مقتل …») still reports none (review7 probes of cf8928e, issue 8). Every
phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return [i.location for i in parse_article(article, None, article_date=date(2024, 3, 14)).incidents]


@pytest.mark.parametrize("text, expected", [
    # the clash is told (no incident on main)
    ("قتل متهم بتهمة الإرهاب خلال اشتباك مع قوة أمنية حاولت اعتقاله في حي الزهور بالموصل فجر اليوم.", ["Zuhur (Mosul)"]),
    ("قتل مطلوب بتهمة الانتماء إلى داعش في اشتباك مع القوات الأمنية في قضاء الحويجة اليوم.", ["Hawija District"]),
    # near miss: the charge names the killing it is about
    ("فتحت السلطات تحقيقا مع زعيم الحزب بتهمة التحريض على العنف الذي أسفر عن مقتل متظاهرين في الناصرية.", []),
])
def test_charge_that_names_no_event(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
