"""Who struck, who took the ground, and readiness (issue 8, docs/arabic_audit.md, arwire7 audit of long
newspaper reports; rules written from both halves after the audit was scored):

- «خمس غارات قرب الرمادي قصفت وحدات تكتيكية»: air strikes that "shelled" are air strikes, not shelling;
  artillery that shelled stays shelling.
- «تنظيم داعش استعاد السيطرة على الحي العصري», "Islamic State militants retook a neighbourhood": the group
  taking ground back is a non-state actor overtaking territory; forces that did stay Government
  regains territory.
- «حيث يتأهبون لهجوم يستهدف استعادة المحافظة»: forces readying for an attack report no attack; an event
  told before it stays.

Written for this table; each row runs end to end through ``parse_article`` (the helper of
``test_operations_and_car_bombs_destroyed``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_operations_and_car_bombs_destroyed import kinds_and_places


@pytest.mark.parametrize("text, expected", [
    ("وقال بيان قوة المهام المشتركة إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات للتنظيم أمس.",
     [("Air/drone strike", "Ramadi")]),
    ("وأوضح البيان أن أربع غارات قرب طوز خورماتو استهدفت مراكز تجمع للتنظيم أمس.",  # a guard: right on main
     [("Air/drone strike", "Tuz Khurmatu")]),
    ("وأضاف البيان أن التحالف نفذ فضلا عن ذلك قصف أربع غارات لمراكز تجمع تابعة لتنظيم داعش قرب طوز خورماتو أمس.",
     [("Air/drone strike", "Tuz Khurmatu")]),
    ("وقال مصدر إن تنظيم داعش استعاد السيطرة على الحي العصري وسط مدينة بيجي أمس.",
     [("Non-state actor overtakes territory", "Baiji")]),
    ("وقال مصدر في قيادة العمليات إن تنظيم «داعش» استعاد السيطرة على حي 600 دار شمال مدينة بيجي.",
     [("Non-state actor overtakes territory", "Baiji")]),
    ("Islamic State militants retook the al-Asri neighbourhood of Baiji on Monday.",
     [("Non-state actor overtakes territory", "Baiji")]),
    ("وتركز القوات أنظارها على محافظة الأنبار حيث يتأهبون لهجوم يستهدف استعادة المحافظة.", []),
])
def test_strikes_takeovers_and_readiness(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية مواقع للتنظيم قرب الرمادي أمس.", [("Shelling/artillery/missile attack", "Ramadi")]),
    ("Five air strikes near Ramadi struck tactical units and tanks on Saturday.", [("Air/drone strike", "Ramadi")]),
    ("وأعلنت القوات أنها استعادت السيطرة على مناطق في بيجي كان التنظيم قد سيطر عليها.",
     [("Government regains territory", "Baiji")]),
    ("وتمكنت القوات الأمنية من استعادة السيطرة على ناحية البغدادي اليوم.", [("Government regains territory", "Baghdadi")]),
    ("Iraqi forces are gearing up for an assault to retake Anbar province.", []),
    ("وسقطت قذائف هاون على قضاء بيجي اليوم، فيما تتأهب القوات لاقتحام المصفى.",
     [("Shelling/artillery/missile attack", "Baiji District")]),
])
def test_the_forces_and_the_artillery_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a step prepares («تمهيداً ل», «استعداداً ل») has not happened: the retaking aimed at is no event,
    # the cordon told before it stays a move of forces
    ("وتسعى القوات الأمنية، إضافة إلى مسلحين موالين لها، إلى فرض طوق حول أبرز مدينتين يسيطر عليهما التنظيم في "
     "المحافظة - وهما الرمادي والفلوجة - تمهيدا لشن هجوم بهدف استعادة السيطرة عليهما.", [("Other", "Ramadi")]),
    # ... and a clash told in the next clause stays
    ("وبدأت القوات عملية لاستعادة جامعة الأنبار بعد استعادة منطقة الطاش جنوب الرمادي تمهيدا لاستعادة الجامعة، "
     "لافتا إلى أن اشتباكات اندلعت مع عناصر التنظيم.", [("Armed clash", "Ramadi")]),
    # the step itself, told before, stays: a cordon, a shelling, reinforcements arriving
    ("وفرضت القوات طوقا حول الرمادي تمهيدا لاقتحامها.", [("Other", "Ramadi")]),
    ("قصفت المدفعية مواقع التنظيم في الفلوجة أمس تمهيدا لاقتحام المدينة.",
     [("Shelling/artillery/missile attack", "Fallujah")]),
    ("وصلت تعزيزات عسكرية كبيرة إلى قضاء الخالدية اليوم استعدادا لاقتحام الرمادي.", [("Other", "Khalidiya")]),
])
def test_what_a_step_prepares_is_not_yet(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
