"""A rights group's release opens on the office it speaks from, «(نيويورك) – قالت هيومن رايتس ووتش اليوم
إن ...»: that bracketed place is not where the events it reports happened (issue 8, arlong7 audit, both
halves after the check half was judged: two HRW releases put executions near Mosul at New York and Erbil).
``placing._issued_from``, used by ``_flags`` and ``sentence_place``. Phrasings written for this table,
not copied from a report; each row runs through ``parse_article``.

A bracketed dateline before a report of the event itself («(أربيل) – قتل 6 أشخاص ...») still places it.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2017, 5, 20)


def places(text: str) -> list[str | None]:
    return [i.location for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("(أربيل) – قالت منظمة حقوقية اليوم إن مسلحين أعدموا 6 أشخاص على الأقل في 3 أيار 2017.", [None]),
    ("(نيويورك) – قالت منظمة حقوقية اليوم إن التنظيم أعدم 13 شخصا إثر انتفاضة قروية في تشرين الأول 2016.", [None]),
    ("(بغداد) – قالت منظمة حقوقية اليوم إن مسلحين أعدموا 6 أشخاص في قرية قرب الموصل في 3 أيار 2017.", ["Mosul"]),
    # a bracketed dateline before the event's own report keeps placing it
    ("(أربيل) – قتل 6 أشخاص بانفجار عبوة ناسفة اليوم.", ["Erbil"]),
])
def test_release_office_is_no_event_place(text, expected):
    assert places(text) == expected
