"""Drones and rockets brought down, as long Arabic wire reports tell them (issue 8, docs/arabic_audit.md
"Long wire and TV-site reports (arwire6, session 6)"). Every phrasing was written for this table from
general Arabic news usage, not copied from a report; each row runs end to end through ``parse_article``.

- An attack told in one sentence ("drones targeted the base") and its interception in another ("the
  defences downed both") is one event, the interception (ACLED §Disrupted weapons use), when no
  account says anything got through: Arabic accounts now weigh impact words as English ones did
  (a negated «دون أضرار» and blasts heard are no impact; «سقطت» is one unless it fell because it was
  brought down).
- The air defences named as a long subject («أسقطت أنظمة الدفاع الجوي في القاعدة ... طائرة مسيرة»),
  the drone told first («طائرة مسيرة سقطت بعد التصدي لها») and an unnamed flying object («اعتراض
  الجسم الطائر») are interceptions.
- A «طائرة انتحارية» is a one-way drone, not a suicide bomber.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 2, 11)
DOWNED = "Disrupted weapons use"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"


def incidents(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, place) of every incident found in ``text`` published on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # the attack in one sentence, the interception in the next: nothing got through
    ("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية في الأنبار فجر اليوم.\n"
     "وأوضح المصدر أن الدفاعات الجوية أسقطت الطائرتين قبل وصولهما.", [(DOWNED, "Ain al-Asad Air Base")]),
    ("مسيرة مفخخة تستهدف مطار أربيل الدولي فجر اليوم.\n"
     "وسمع السكان دوي انفجارات قبل أن تعترض منظومة الدفاع الجوي الطائرة المسيرة وتسقطها دون أضرار.",
     [(DOWNED, "Erbil International Airport")]),
    ("Two drones targeted Ain al-Asad air base in Anbar on Tuesday.\n"
     "Both drones were shot down before they reached the base, an official said.",
     [(DOWNED, "Ain al-Asad Air Base")]),
    # the defences as a long subject; the drone first; an unnamed flying object
    ("أسقطت أنظمة الدفاع الجوي في قاعدة حرير شمال أربيل، التي تضم قوات للتحالف الدولي، طائرة مسيرة "
     "أثناء تحليقها فوق القاعدة فجر اليوم.", [(DOWNED, "Harir Air Base")]),
    ("قالت خلية الإعلام الأمني إن طائرة مسيرة سقطت بعد التصدي لها قرب مطار أربيل الدولي مساء اليوم.",
     [(DOWNED, "Erbil International Airport")]),
    ("نجحت الدفاعات في اعتراض الجسم الطائر وإسقاطه قرب مطار أربيل الدولي فجر اليوم.",
     [(DOWNED, "Erbil International Airport")]),
    # a one-way drone is a drone strike
    ("قال مسؤولون إن طائرة انتحارية بدون طيار سقطت داخل قاعدة عين الأسد الجوية صباح اليوم.",
     [(AIR, "Ain al-Asad Air Base")]),
])
def test_a_drone_brought_down_is_an_interception(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rockets that landed, one more intercepted: the attack (one event, its type kept)
    ("صواريخ تستهدف قاعدة فكتوريا قرب مطار بغداد فجر اليوم.\n"
     "وقال مصدر أمني إن صاروخين سقطا داخل القاعدة فيما اعترضت منظومة سي رام صاروخاً ثالثاً.",
     [SHELLING]),
    # a drone that hit its target and one that caused damage: a drone strike
    ("استهدفت طائرة مسيرة مطار أربيل الدولي فجر اليوم.\n"
     "وأضاف المصدر أن الطائرة أصابت مخزناً داخل المطار ما أدى إلى أضرار مادية رغم محاولة اعتراضها.",
     [AIR]),
    # a suicide bomber with no drone stays a suicide bombing
    ("فجر انتحاري يرتدي حزاماً ناسفاً نفسه في سوق شعبي بقضاء الخالص اليوم.", ["Suicide bomb"]),
])
def test_an_attack_that_got_through_keeps_its_type(text: str, expected: list) -> None:
    assert [sub for sub, _place in incidents(text)] == expected
