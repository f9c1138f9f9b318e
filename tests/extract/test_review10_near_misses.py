"""Near misses of session 10's extraction rules (review10, issue 8): self-written phrasings where a rule landed this
session must not fire, and the neighbouring phrasings where it still must. Each section names the commit it narrows.

Every phrasing is written for this table (none is a real report's text); the article date is Tuesday 2025-03-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2025, 3, 11)
SUICIDE = "Suicide bomb"


# -- decb485 / 06cbdce: a vest or belt named, not set off ------------------------------------------------------------
# decb485 let the definite and possessive forms («الأحزمة الناسفة», «سترته الناسفة») make a suicide bomb wherever they
# stood: belts seized, dismantled or made in a workshop became a bombing (strong, so over the seizure or the arrest).
# Those forms now need a detonation word a few words before them. 06cbdce's «فجر ... حزاماً ناسفاً» read the dawn of
# «فجر اليوم» as the verb.
@pytest.mark.parametrize("text, expected", [
    # near misses: no bombing (on main before this change each gave a Suicide bomb)
    ("كركوك - ضبطت القوات الأمنية اليوم الثلاثاء الأحزمة الناسفة في مضافة لداعش جنوب غربي كركوك.",
     [("Disrupted weapons use", "Kirkuk")]),
    ("الأنبار - فككت مفارز الجهد الهندسي اليوم الثلاثاء عددا من الأحزمة الناسفة في قضاء القائم.", []),
    ("الموصل - داهمت القوات الأمنية اليوم الثلاثاء معملا لتصنيع الأحزمة الناسفة في الموصل واعتقلت ثلاثة أشخاص.",
     [("Arrests", "Mosul")]),
    ("نينوى - ضبطت القوات الأمنية فجر اليوم الثلاثاء حزاما ناسفا في منزل بالموصل.", []),
    ("نينوى - ضبطت القوات الأمنية فجر اليوم الأحزمة الناسفة في منزل بالموصل.", []),
    # still a suicide bomb: the vest or belt set off
    ("بغداد - فجر انتحاري سترته الناسفة اليوم الثلاثاء وسط تجمع للمدنيين في الطارمية، ما أسفر عن مقتل خمسة.",
     [(SUICIDE, "Tarmiyah")]),
    ("بغداد - فجر انتحاريان الأحزمة الناسفة اليوم الثلاثاء في سوق شعبي بقضاء الطارمية ما أسفر عن مقتل سبعة أشخاص.",
     [(SUICIDE, "Tarmiyah District")]),
    ("بغداد - قتل سبعة أشخاص اليوم الثلاثاء بتفجير الأحزمة الناسفة في سوق شعبي بقضاء الطارمية.",
     [(SUICIDE, "Tarmiyah District")]),
    ("بغداد - فجر رجل حزامه الناسف اليوم الثلاثاء في نقطة تفتيش بقضاء الطارمية ما أسفر عن مقتل جنديين.",
     [(SUICIDE, "Tarmiyah District")]),
])
def test_a_vest_or_belt_named_is_no_bombing(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
