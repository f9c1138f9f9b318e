"""A territory change told as the time of another account is an event of its own (issue 8, arlong7
audit, both halves, docs/arabic_audit.md "UN and encyclopedia long-form, fresh corpus"): anniversary
pieces and encyclopaedic articles date a massacre «بعد سيطرة داعش على تكريت», «بعد سقوط مدينة الموصل في
10 حزيران 2014»; the takeover was lost in the massacre's account (or gave it its date).

triggers.yaml: the takeover after a time word with the place bare or after the group's long name, a
town's fall named by its kind («سقوط مدينة/قضاء ...»); events.py: such a change opens its own group and
does not make the killing told with it a mere reference to it. Phrasings written for this table, not
copied from a report; each row runs through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2018, 6, 12)
OVERTAKES = ("Battles", "Non-state actor overtakes territory")


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(i.event_type, i.sub_event_type, i.location)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, place", [
    ("قتل مئات الأسرى في 12 حزيران 2014، بعد سيطرة داعش على بيجي.", "Baiji"),
    ("وجاء ذلك بعد سيطرة تنظيم الدولة الإسلامية في العراق والشام على مدينة الرمادي في 17 أيار 2015.", "Ramadi"),
    ("زار الوزير المدرسة التي شهدت المجزرة بعد سقوط قضاء سنجار في 3 آب 2014.", "Sinjar"),
])
def test_takeover_told_as_a_time_is_found(text, place):
    assert any(f[:2] == OVERTAKES and (f[2] or "").startswith(place) for f in found(text))


def test_the_killing_told_with_it_stays_its_own_event():
    kinds = found("قتل مئات الأسرى في 12 حزيران 2014، بعد سيطرة داعش على بيجي.")
    assert len(kinds) == 2 and any(f[:2] != OVERTAKES for f in kinds)


@pytest.mark.parametrize("text, expected", [
    # control over most of a province since then: a state
    ("يعاني السكان منذ سيطرة داعش على معظم مناطق المحافظة.", []),
    # the fall remembered: a reference point
    ("أحيا الأهالي ذكرى سقوط مدينة الموصل.", []),
    # a time word before an attack of another kind splits nothing
    ("قتل شرطي بعد هجوم مسلح على نقطة تفتيش في الطارمية أمس.", [("Battles", "Armed clash", "Tarmiyah")]),
])
def test_near_misses(text, expected):
    assert found(text) == expected
