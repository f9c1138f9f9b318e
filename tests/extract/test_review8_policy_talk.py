"""Policy talk that carries event words but reports no new event (issue 8, review8 adversarial probes).

Every phrasing here is self-written for this review, in the style of ordinary Iraqi news. The first
table holds sentences that gave an incident before the cue rows they name and must give none:

- an order or a decision about an operation («أمر القائد العام … بشن عملية», «قررت الحكومة إرسال
  تعزيزات»), a plan told in the present («داعش يخطط لشن هجمات»): not the operation;
- compensation for old damage («تعويض المتضررين من العمليات العسكرية») and an air force exercise against
  simulated targets («مناورات لقصف أهداف افتراضية»);
- a trial of men accused of an old killing, families of the kidnapped who demand to know their fate,
  an anniversary ('Sunday marks ten years since …'), analysis headlines ('why drone attacks keep happening').

The second table keeps the neighbours firing: the same words beside an event the sentence reports.
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location")


@pytest.mark.parametrize("text", [
    # orders, decisions and plans (cues.yaml policy, future)
    "أمر القائد العام للقوات المسلحة بشن عملية عسكرية لملاحقة الخلايا الإرهابية في وادي حوران.",
    "قررت الحكومة إرسال تعزيزات عسكرية إلى قضاء سنجار.",
    "قررت قيادة العمليات المشتركة نشر قوات إضافية في قضاء طوزخورماتو.",
    "أكد مسؤول أمني أن داعش يخطط لشن هجمات على قرى قضاء خانقين.",
    # compensation, exercises (policy)
    "قررت محافظة نينوى تعويض المتضررين من العمليات العسكرية في الجانب الأيمن من الموصل.",
    "أجرت القوة الجوية مناورات لقصف أهداف افتراضية في صحراء النخيب.",
    # court news, demands about old events (policy), the victims' families (reference_point)
    "A trial opened in Erbil for suspects accused of killing a journalist in Sulaymaniyah.",
    "Rights groups demanded accountability for the killing of activists in Basra.",
    "Families of the kidnapped in Saqlawiya demanded to know their fate.",
    # anniversaries (reference_point), habits (habitual)
    "Sunday marks ten years since Islamic State fighters overran Mosul.",
    "It has been ten years since Islamic State fighters overran Mosul.",
    "Analysis: Why drone attacks on Erbil keep happening",
])
def test_policy_talk_gives_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # an order named as a noun («بأمر من»): the operation carried out today
    ("نفذت القوات الأمنية اليوم عملية عسكرية في وادي حوران بأمر من القائد العام للقوات المسلحة.", ("Other", "Wadi Horan")),
    # the decision, the demand for compensation told after the event
    ("اقتحم مسلحون منزلاً في قضاء الخالص فجر اليوم وقتلوا صاحبه، وقررت قيادة الشرطة فتح تحقيق.",
     ("Attack", "Khalis District")),
    ("قتل مدنيان بقصف تركي على قرية في قضاء زاخو صباح اليوم، وطالب الأهالي بتعويضهم.",
     ("Shelling/artillery/missile attack", "Zakho District")),
    # the man arrested was planning attacks: the arrest is the news
    ("اعتقلت القوات الأمنية في كركوك اليوم إرهابياً كان يخطط لتنفيذ هجمات.", ("Arrests", "Kirkuk")),
    # men accused of a killing, arrested today
    ("Police arrested two men accused of killing a journalist in Basra on Monday.", ("Arrests", "Basra")),
    # a demand told after the bombing
    ("A roadside bomb killed two soldiers in Tarmiyah on Monday; their families demanded an investigation.",
     ("Remote explosive/landmine/IED", "Tarmiyah")),
    # a killing on a day, then a span of years: only 'marks … since' is the anniversary
    ("Gunmen killed a shepherd near Sinjar on Sunday, ten years since Islamic State overran the town.",
     ("Attack", "Sinjar")),
    # the habit, then a day of its own
    ("Drone attacks on Erbil airport keep happening; on Monday a drone struck a hangar there.",
     ("Air/drone strike", "Erbil International Airport")),
])
def test_neighbours_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)
