"""«بالتنسيق مع ... وجهاز مكافحة الإرهاب في السليمانية», «بالتعاون مع قوة من الأسايش في أربيل»: a force the
operation was carried out with, named with its seat, sits there; the event is where the report put it (tplace12,
issue 8). A place after a designator or an operation word («بالتنسيق مع الحشد عملية دهم في قضاء الطارمية») stays
the event's. Phrasings written for this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 15)


def places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت وزارة الدفاع، اليوم الأربعاء، القبض على قيادي في داعش في محافظة كركوك.\n\n"
     "وأوضحت أن عملية القبض عليه جاءت بالتنسيق مع قوة من مديرية الاستخبارات وجهاز مكافحة الإرهاب في السليمانية.",
     [("Arrests", "Kirkuk Governorate")]),
    ("اعتقلت قوة أمنية اليوم الأربعاء متهما بالإرهاب في قضاء الحويجة.\n\n"
     "وجرى اعتقاله بالتعاون مع قوة من الأسايش في أربيل.",
     [("Arrests", "Hawija District")]),
])
def test_the_seat_of_a_partner_force_is_not_the_events_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the operation's own place after an operation word or a designator stays the event's
    ("نفذت قوة من الجيش اليوم الأربعاء بالتنسيق مع الحشد عملية دهم في قضاء الطارمية أسفرت عن اعتقال ثلاثة مطلوبين.",
     "Tarmiyah District"),
    ("اعتقلت قوة أمنية اليوم الأربعاء بالتنسيق مع طيران الجيش ثلاثة مطلوبين في منطقة الطارمية.", "Tarmiyah"),
])
def test_the_operations_own_place_stays(text, expected):
    assert expected in [location for _kind, location in places(text)]
