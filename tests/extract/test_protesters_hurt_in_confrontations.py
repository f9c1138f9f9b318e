"""Protesters hurt in confrontations, told with the protesters first, are a violent demonstration (issue 8, probe12).

«أصيب 12 متظاهرا خلال مواجهات في الناصرية» gave nothing: the clash row reads the confrontations first («مواجهات بين
المتظاهرين وقوات الأمن»), and «متظاهرا» (the count's accusative) is no protest word. As the English 'Twelve protesters
were wounded in clashes with security forces', the protesters named before «خلال/في/أثناء/جراء/إثر مواجهات|صدامات|
اشتباكات» tell a violent demonstration (ACLED codebook §Violent demonstration). Protesters calling to avoid
confrontations tell none.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

#: Written as on Wednesday 14 May 2025.
WRITTEN = date(2025, 5, 14)

#: Each text with its incidents' (sub-event type, place, wounded).
HURT = [
    pytest.param("أصيب 12 متظاهرا خلال مواجهات في الناصرية، اليوم الأربعاء.",
                 [("Violent demonstration", "Nasiriyah", 12)], id="wounded-in-confrontations"),
    pytest.param("أصيب 12 متظاهرا وعدد من عناصر الأمن خلال مواجهات أمام مبنى محافظة ذي قار في الناصرية، اليوم الأربعاء.",
                 [("Violent demonstration", "Nasiriyah", 12)], id="before-the-governorate-building"),
    pytest.param("دعا المتظاهرون إلى تجنب المواجهات مع القوات الأمنية في الناصرية.", [], id="a-call-to-avoid-them"),
]


@pytest.mark.parametrize("text, expected", HURT)
def test_protesters_hurt(text: str, expected: list) -> None:
    found = incidents(text, "sub_event_type", "location", "injuries", day=WRITTEN)
    assert found == expected
