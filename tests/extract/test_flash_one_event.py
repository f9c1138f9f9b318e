"""One event told twice in a flash post (issue 8, tgaudit6 audit, flashfix): a headline or summary
sentence and the lead's account, of compatible kinds (a fight and the car bomb or grenades it was, an
assassination told as a clash, houses burned in a tribal fight, a bare «تفجير» and the air strike it
was), at places that hold one another, on the same day, are one incident: the most specific place,
the highest toll, the kind the means decide. Look-alikes: «هجوم آخر», «في وقت سابق», a named device
beside an air strike, an air strike after a clash. Every phrasing is written for this test, none is
a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return incidents(text, "sub_event_type", "admin1", "location", "fatalities", day=date(2026, 3, 10), title=text.splitlines()[0])


@pytest.mark.parametrize("text, expected", [
    ("مقتل 12 من القوات الأمنية بتفجير جنوبي الموصل\nقتل 12 من القوات الأمنية وأصيب آخرون، اليوم الاثنين، بهجوم "
     "شنه مسلحو داعش جنوبي الموصل. وقالت مصادر إن المسلحين فجروا سيارة مفخخة استهدفت تجمعا للقوات جنوبي الموصل.",
     ("Remote explosive/landmine/IED", "Nineveh", "Mosul", 12)),
    ("Twelve soldiers killed in blast south of Mosul\nTwelve soldiers were killed on Monday in an attack by Islamic "
     "State militants south of Mosul. Sources said the militants detonated a car bomb targeting a gathering of "
     "troops south of Mosul.",
     ("Remote explosive/landmine/IED", "Nineveh", "Mosul", 12)),
    ("تفجير يستهدف سيارة في قضاء سنجار\nأعلن مصدر أمني عن تفجير استهدف سيارة قرب مقر عسكري في قضاء سنجار.\n"
     "وبحسب المصدر فإن طائرة مسيرة مجهولة نفذت ضربة جوية استهدفت السيارة قرب ناحية سنوني في قضاء سنجار.",
     ("Air/drone strike", "Nineveh", "Sinuni", None)),
    ("An explosion hit a car in Sinjar district on Tuesday, a security source said. The source said an "
     "unidentified drone carried out an air strike on the car near Sinuni.",
     ("Air/drone strike", "Nineveh", "Sinuni", None)),
    ("مسلحون مجهولون يغتالون ناشطا مدنيا في الكوت\nأفاد مصدر أمني، مساء الجمعة، بأن ناشطا اغتيل على يد مسلحين "
     "مجهولين في محافظة واسط.\nوقال المصدر إن «مسلحين مجهولين، اغتالوا بعد ظهر الجمعة، الناشط المدني، وسط مدينة "
     "الكوت، بأسلحة كاتمة للصوت».",
     ("Attack", "Wasit", "Kut", 1)),
    ("نزاع مسلح في ناحية كميت\nأفاد مصدر في الشرطة بأن نزاعا عشائريا اندلع في ناحية كميت شمالي ميسان استخدمت فيه "
     "أسلحة متوسطة أسفر عن إصابة ثلاثة أشخاص وحرق منزلين.",
     ("Armed clash", "Maysan", "Maysan Governorate", None)),
])
def test_one_event_told_twice_in_a_flash(text: str, expected: tuple) -> None:
    assert _incidents(text) == [expected]


@pytest.mark.parametrize("text, kinds", [
    ("سقط صاروخ كاتيوشا في المنطقة الخضراء ببغداد.\nوفي هجوم آخر سقط صاروخ ثان في حي المنصور.",
     ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]),
    ("انفجار عبوة ناسفة في قضاء سنجار\nانفجرت عبوة ناسفة على طريق في قضاء سنجار، فيما نفذت طائرة مسيرة ضربة جوية "
     "على سيارة قرب ناحية سنوني.",
     ["Remote explosive/landmine/IED", "Air/drone strike"]),
    ("اشتباك بين القوات الأمنية ومسلحي داعش في قضاء الدبس.\nوشن طيران الجيش غارة جوية على مواقع التنظيم قرب الدبس.",
     ["Armed clash", "Air/drone strike"]),
    ("مقتل شرطيين بهجوم هو الثاني خلال يومين في ديالى\nوقال مصدر إن مسلحين هاجموا نقطة للشرطة في قضاء المقدادية، "
     "فيما سقطت قذائف هاون في وقت سابق على ناحية قره تبه.",
     ["Armed clash", "Shelling/artillery/missile attack"]),
])
def test_two_events_of_a_flash_stay_two(text: str, kinds: list[str]) -> None:
    assert [k for k, *_ in _incidents(text)] == kinds
