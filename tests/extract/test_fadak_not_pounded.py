"""«فدك» is the name Fadak, not «ف» + «دك» (pounded) (issue 8, arlong10 audit of long Arabic reports).

The trigger «دك» (pounded: a strike or shelling) was a phrase, and phrases take the proclitics و ف ب ل ك, so a
restaurant or checkpoint named Fadak («مطعم في منطقة فدك», «سيطرة فدك» on the Nasiriyah highway) was read as a
shelling: the gunmen's shooting there became a second, shelling incident beside the attack. The row is now a
regex that takes و, ب, ل or the article before «دك», not ف. «ودك الطيران», «لدك أوكار» and a bare «دك» stay
strikes.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2023, 3, 14)


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أطلق مسلحون النار على زبائن مطعم فدك على الطريق السريع غرب الناصرية.", [("Attack", "Nasiriyah")]),
    ("قتل ثلاثة جنود بهجوم مسلح على سيطرة فدك جنوب الناصرية.", [("Armed clash", "Nasiriyah")]),
    ("قال مصدر إن مسلحين دخلوا إلى مطعم في منطقة فدك الواقع على الطريق الدولي السريع غرب ذي قار، وأطلقوا النار "
     "عشوائيا على الموجودين بداخله.", [("Attack", "Dhi Qar Governorate")]),
])
def test_fadak_is_a_name(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ودك الجيش بالمدفعية أوكار داعش في وادي الشاي جنوب كركوك.", [("Shelling/artillery/missile attack", "Wadi al-Shay")]),
    ("نفذت القوات عملية لدك أوكار الإرهابيين في جبال حمرين.", [("Shelling/artillery/missile attack", "Hamrin mountains")]),
    ("هجوم جديد دك مقرات المعارضة الكردية في قضاء كويسنجق.", [("Shelling/artillery/missile attack", "Koya District")]),
])
def test_pounded_is_still_a_strike(text: str, expected: list) -> None:
    assert kinds(text) == expected
