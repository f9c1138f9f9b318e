"""A report may tell a fresh event only through the condemnation of it: the event is still news.

Real wire and TV-site reports often carry an attack in the reaction to it («أدانت بعثة الأمم المتحدة
التفجير ...»), with no sentence of their own for the event. Annotators of real reports code such an event
(the lead's two blind sets each held one that a 'condemnation is topic, not news' rule lost), so a
condemnation's object stays an incident at its place. Self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 3, 10)


@pytest.mark.parametrize("text, place", [
    ("خبر\nأدانت بعثة الأمم المتحدة التفجير الانتحاري في سوق بغداد الجديدة", "Baghdad al-Jadida"),
    ("خبر\nاستنكرت الحكومة العراقية قصف مطار أربيل بطائرة مسيرة", "Erbil International Airport"),
    ("خبر\nأدان الرئيس العراقي اغتيال الناشط في كربلاء", "Karbala"),
    ("خبر\nاستنكر تحالف سياسي استهداف رتل للدعم اللوجستي على الطريق الدولي في الديوانية", "Diwaniyah"),
    ("News\nIraq's foreign ministry condemned the Turkish strike on Sinjar.", "Sinjar"),
    ("News\nThe UN mission denounced the killing of two protesters in Nasiriyah.", "Nasiriyah"),
])
def test_a_condemned_event_is_an_incident_at_its_place(text: str, place: str) -> None:
    assert incidents(text, "location", day=DAY) == [place]
