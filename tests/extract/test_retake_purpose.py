"""«لاستعادة السيطرة» (in order to retake) is a purpose, not a retaking done (issue 8, arlong7 audit, from
both halves after the check half was judged: HRW's «تقاتل إلى جانب القوات العراقية لاستعادة السيطرة على
مناطق» and a chronology's «أطلقت القوات عملية عسكرية واسعة لاستعادة السيطرة على الموصل» were read as the
government regaining territory). The two «استعادة السيطرة» rows of triggers.yaml no longer start inside a
word, so the purpose «ل» no longer hides in front; «و», «ب», «وب» and the verb forms still lead in.
Phrasings written for this table, not copied from a report; each row runs through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2017, 3, 2)
REGAINS = ("Battles", "Government regains territory")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "تقاتل قوات الحشد إلى جانب الجيش لاستعادة السيطرة على مناطق في شمال محافظة صلاح الدين.",
    "في 17 تشرين الأول 2016 أطلقت القوات عملية عسكرية واسعة لاستعادة السيطرة على مدينة الموصل.",
])
def test_purpose_is_no_retaking(text):
    assert REGAINS not in kinds(text)


@pytest.mark.parametrize("text", [
    "أعلنت القيادة استعادة السيطرة على ناحية القيارة اليوم.",
    "واستعادت القوات السيطرة على ناحية القيارة اليوم.",
    "وباستعادة السيطرة على القيارة اليوم تقترب القوات من الموصل.",
    "تمكنت القوات من طرد داعش واستعادة السيطرة على مدينة الفلوجة أمس.",
])
def test_retaking_told_stays(text):
    assert REGAINS in kinds(text)
