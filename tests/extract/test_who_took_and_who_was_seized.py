"""Who was seized, who was driven out, and circumstances told at length (issue 8, docs/arabic_audit.md,
arwire7 audit of long newspaper reports; rules chosen from both halves after the audit was scored):

- «بقيام التنظيم باحتجاز 50 عائلة», «تنظيم داعش اعتقل 15 خياطاً»: people seized by an armed group are
  abducted (ACLED), not arrested; forces arresting militants stay Arrests; «يحتجز ... كدروع بشرية» (a
  state) is no event.
- «أجبر هذا التقدم عناصر تنظيم داعش على الانسحاب من المنطقة»: the group forced out is ground retaken;
  «انسحاب القوات العراقية من مدينة الرمادي إثر هجوم لتنظيم داعش»: forces driven out by an attack is the
  group overtaking the town. A base handed over stays a Non-violent transfer.
- «في ظل قيام الطائرات الحربية التركية بشن غارات» (the circumstance cue now reaches five words),
  «اتساع الاحتجاجات», «واتسعت التظاهرات ... لتشمل بغداد والبصرة»: a circumstance and a trend, not events; the event told before stays.

Written for this table; each row runs end to end through ``parse_article`` (the helper of
``test_operations_and_car_bombs_destroyed``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_operations_and_car_bombs_destroyed import kinds_and_places


@pytest.mark.parametrize("text, expected", [
    ("وأفادت مصادر بقيام التنظيم باحتجاز 50 عائلة حاولت مغادرة قضاء الحويجة أمس.",
     [("Abduction/forced disappearance", "Hawija District")]),
    ("وذكرت مصادر أن تنظيم داعش اعتقل أمس 15 خياطاً في قضاء الحويجة لرفضهم أوامره.",
     [("Abduction/forced disappearance", "Hawija District")]),
    ("وأشار إلى أن القوات أحرزت تقدما قرب الرمادي وأجبر هذا التقدم عناصر تنظيم داعش على الانسحاب من المنطقة.",
     [("Government regains territory", "Ramadi")]),
    ("وكان الوزير قد أعرب عن امتعاضه من انسحاب القوات العراقية من مدينة الرمادي إثر هجوم لتنظيم داعش.",
     [("Non-state actor overtakes territory", "Ramadi")]),
    ("وكثف الحزب هجماته في ظل قيام الطائرات الحربية التركية بشن غارات على مواقعه في شمال العراق.", []),
    ("واتهم رئيس الوزراء خصومه بتأليب الشارع واتساع الاحتجاجات ضد الحكومة. واتسعت التظاهرات الاحتجاجية ضد الفساد "
     "لتشمل بغداد والبصرة والنجف وكربلاء.", []),
])
def test_seized_driven_out_and_circumstances(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("اعتقلت القوات الأمنية خمسة من عناصر داعش في قضاء الحويجة أمس.", [("Arrests", "Hawija District")]),
    ("انسحبت القوات الأمريكية من قاعدة القائم وسلمتها للجيش العراقي اليوم.",
     [("Non-violent transfer of territory", "Al-Qaim")]),
    ("قتل جنديان بقصف لطائرات مسيرة على قاعدة في قضاء سنجار اليوم، في ظل استمرار الغارات التركية على المنطقة.",
     [("Air/drone strike", "Sinjar District")]),
    ("وتظاهر المئات اليوم في ساحة التحرير ببغداد احتجاجاً على انقطاع الكهرباء.", [("Peaceful protest", "Tahrir Square")]),
    ("وقال إن التنظيم يحتجز نحو مئة ألف نسمة في الفلوجة كدروع بشرية.", []),
])
def test_arrests_handovers_and_todays_events_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # militants named «المتطرفين», «الدواعش» are combatants: their killing is a battle
    ("وأسفرت المواجهات التي وقعت أمس في الرمادي عن مقتل 29 وجرح 15 من المتطرفين.", [("Armed clash", "Ramadi")]),
    ("وأعلنت القيادة مقتل 12 من الدواعش على أطراف الفلوجة أمس.", [("Armed clash", "Fallujah")]),
    ("وأسفرت الاشتباكات في بيجي أمس عن مقتل عشرة من المتشددين.", [("Armed clash", "Baiji")]),  # a guard: right on main
    # civilians killed by them stay an attack
    ("قتل خمسة مدنيين برصاص مسلحين متشددين في قضاء الطارمية أمس.", [("Attack", "Tarmiyah District")]),
    ("أعدم مسلحون متطرفون ثلاثة مدنيين في الموصل أمس.", [("Attack", "Mosul")]),
])
def test_militants_by_other_names(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
