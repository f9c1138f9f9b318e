"""Follow-up of the tg7 flash audit using both halves (issue 8, docs/arabic_audit.md "Flash items, fresh
channels (tg7, session 7)"; the check half is no longer held out for these): a tyre burst («انفجار إطار
سيارة») is a road accident, not a car bomb; «ارتفاع عدد الخروقات ... من عمليات اغتيال» sums up a rise; «وهو
أحد قادة مظاهرات أكتوبر» names a victim's part in the protests, not a protest; a sound grenade thrown at a shop
(«ألقى مجهولون قنبلة صوتية», «هجوم بواسطة رمانة صوتية») is a grenade attack. Look-alikes keep their event: a
car bomb, stun grenades fired at protesters, a march of protest leaders, a sound bomb that went off, a killing
told beside a rise of killings. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("وقال مدير إعلام الشرطة إن الحادث وقع على الطريق الرابط بين عفك وآل البدير نتيجة انفجار إطار سيارة، ما أدى إلى "
     "انحرافها واصطدامها بعجلة أخرى.", []),
    ("لقي شخصان مصرعهما بانفجار اطار شاحنة على الطريق السريع قرب السماوة.", []),
    ("أكد نواب عن محافظة البصرة ان ارتفاع عدد الخروقات الأمنية التي تشهدها المحافظة، من عمليات اغتيال منظمة وغيرها، "
     "يتطلب الإسراع بتشكيل لجان تحقيقية.", []),
    ("اغتال مسلحون الناشط صلاح العراقي في بغداد. ووقعت عملية الاغتيال، وهو أحد قادة مظاهرات أكتوبر، في منطقة بغداد "
     "الجديدة.", [("Attack", "Baghdad")]),
    ("ألقى مجهولون قنبلة صوتية على محل لبيع المشروبات الكحولية ضمن منطقة الكسرة شمالي بغداد.", [("Grenade", "Baghdad")]),
    ("استهدف هجوم بواسطة رمانة صوتية متجراً لبيع الخمور في مدينة الحلة.", [("Grenade", "Babil")]),
])
def test_both_halves_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل شخصان بانفجار سيارة مفخخة قرب سوق في السماوة.", [("Remote explosive/landmine/IED", "Al-Muthanna")]),
    ("أطلقت القوات الأمنية القنابل الصوتية لتفريق المتظاهرين في ساحة التحرير ببغداد.",
     [("Protest with intervention", "Baghdad")]),
    ("خرج المئات من قادة التظاهرات في مسيرة وسط الناصرية.", [("Peaceful protest", "Dhi Qar")]),
    ("انفجرت عبوة صوتية قرب منزل مرشح في حي الأمير بالنجف.", [("Remote explosive/landmine/IED", "Najaf")]),
    ("اغتال مسلحون مجهولون ناشطا في البصرة، في ظل ارتفاع عدد الاغتيالات في المحافظة.", [("Attack", "Basra")]),
])
def test_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
