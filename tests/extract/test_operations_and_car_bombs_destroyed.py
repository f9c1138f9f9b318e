"""Offensives named by their aim, car bombs destroyed and aircraft that destroyed positions (issue 8,
docs/arabic_audit.md, arwire7 audit of long newspaper reports, wrong-type and missed classes).

- «المرحلة الثانية من عملية تحرير مدينة الرمادي», «عمليات لاستعادة السيطرة», "the operation for the
  liberation of Ramadi", "operations to retake": the name or aim of an operation is not the retaking;
  a phase of it carried out is fighting (Armed clash), a mention in passing no event, progress in it
  («تتقدم بشكل ممتاز بتحرير مدينة الرمادي») not the town retaken. A town freed
  («تحرير مدينة الرمادي بالكامل», "recaptured the town") stays Government regains territory.
- «تدمير سياراته المفخخة», «دمرت طائرات التحالف عجلة مفخخة», «تدمير عجلة مفخخة بضربة جوية»: a car bomb
  destroyed before it went off is no explosion; destroyed from the air it is an air strike, on the
  ground a disrupted weapon. A car bomb that went off stays an IED.
- «دمرت طائرات التحالف الدولي عدداً من مواقع التنظيم»: aircraft that destroyed positions, told verb
  first, struck from the air.

Phrasings written for this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2025, 6, 12)


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text, expected", [
    # a phase of an offensive carried out: fighting, not the retaking
    ("مع الإعلان عن تنفيذ القوات الأمنية المرحلة الثانية من عملية تحرير مدينة الرمادي، تزداد أزمة النازحين.",
     [("Armed clash", "Ramadi")]),
    ("Iraqi forces began the second phase of the operation for the liberation of Ramadi on Thursday.",
     [("Armed clash", "Ramadi")]),
    # operations to regain, told in passing: no event
    ("وتتزامن الزيارة مع تنفيذ القوات العراقية، بدعم من الحشد، عمليات لاستعادة السيطرة على المناطق الخاضعة لداعش في الأنبار.",
     []),
    ("The visit coincides with Iraqi operations to retake areas held by the Islamic State in Anbar.", []),
    # progress in an offensive under way: not the town retaken
    ("وأكد قائد الشرطة أن القطعات الأمنية تتقدم بشكل ممتاز بتحرير مدينة الرمادي.", []),
    # car bombs destroyed from the air: an air strike
    ("دمرت طائرات التحالف الدولي عجلة مفخخة في قضاء حديثة اليوم.", [("Air/drone strike", "Haditha District")]),
    ("تدمير عجلة مفخخة بضربة جوية في قضاء حديثة اليوم.", [("Air/drone strike", "Haditha District")]),
    ("ساهمت طائرات التحالف بغارات مكثفة على تجمعات داعش في الرمادي اليوم وتدمير سياراته المفخخة.",
     [("Air/drone strike", "Ramadi")]),
    # aircraft that destroyed positions, verb first
    ("دمرت طائرات التحالف الدولي اليوم عدداً من مواقع التنظيم على مرتفعات بادوش غرب الموصل.",
     [("Air/drone strike", "Mosul")]),
])
def test_operations_car_bombs_destroyed_and_aircraft(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town freed, the start of an offensive: as before
    ("وأعلنت القوات تحرير مدينة الرمادي بالكامل اليوم.", [("Government regains territory", "Ramadi")]),
    ("وتمكنت القوات من استعادة السيطرة على ناحية البغدادي اليوم.", [("Government regains territory", "Baghdadi")]),
    ("Iraqi forces recaptured the town of Rutba on Thursday.", [("Government regains territory", "Rutba")]),
    ("انطلقت عمليات تحرير قضاء الفلوجة فجر اليوم.", [("Armed clash", "Fallujah District")]),
    # a car bomb that went off stays an IED
    ("انفجرت سيارة مفخخة في قضاء حديثة اليوم.", [("Remote explosive/landmine/IED", "Haditha District")]),
    ("قتل خمسة أشخاص بتفجير سيارة مفخخة في سوق بغداد الجديدة اليوم.",
     [("Remote explosive/landmine/IED", "Baghdad al-Jadida")]),
    # aircraft striking, as before
    ("قصفت طائرات التحالف مواقع للتنظيم في بادوش اليوم.", [("Air/drone strike", "Badush")]),
])
def test_retaking_and_explosions_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
