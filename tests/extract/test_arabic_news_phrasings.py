"""Arabic security-news phrasings (issue 8, the ar2 round): how Iraqi outlets, official statements
and Telegram flashes word interceptions, hideouts destroyed, deployments, executions, forced
disappearances, road blocks with burning tyres, bodies found, smashed shop fronts and IEDs caught
being planted, and the accidents and background clauses that use the same words but report no
attack. Every phrasing was written for this table from general news usage, not copied from a
report; one row each, end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_event_types import BAT, RIO, SD, VAC
from tests.extract.test_event_types import types_of as types_on

DAY = date(2025, 5, 10)


def types_of(text: str) -> list[tuple[str, str]]:
    return types_on(text, DAY)


@pytest.mark.parametrize("text, expected", [
    # Interceptions with the air defences as the subject, and the Iraqi "معالجة" of a drone
    ("الدفاعات الجوية تسقط طائرة مسيرة قرب مطار بغداد الدولي.", (SD, "Disrupted weapons use")),
    ("المضادات الأرضية تتصدى لطائرتين مسيرتين فوق قاعدة بلد الجوية.", (SD, "Disrupted weapons use")),
    ("منظومة الدفاع الجوي اعترضت صاروخا أطلق باتجاه مطار أربيل.", (SD, "Disrupted weapons use")),
    ("تمت معالجة طائرة مسيرة مجهولة حلقت فوق مصفى بيجي.", (SD, "Disrupted weapons use")),
    # A hideout, den or tunnel destroyed with no strike named
    ("تدمير وكر لعصابات داعش الإرهابية في صحراء الحضر جنوبي الموصل.", (SD, "Disrupted weapons use")),
    ("القوات الأمنية تدمر نفقا يستخدمه الإرهابيون في وادي الشاي جنوب كركوك.", (SD, "Disrupted weapons use")),
    # Deployments and cordons
    ("انتشار أمني مكثف في مدينة كركوك.", (SD, "Other")),
    ("القوات الأمنية تفرض طوقا أمنيا حول ناحية العظيم.", (SD, "Other")),
    # Executions in the headline present, liquidations, forced disappearance without قسري
    ("داعش يعدم ثلاثة رعاة أغنام في صحراء الحضر.", (VAC, "Attack")),
    ("تصفية شاب على يد مسلحين مجهولين في الرمادي.", (VAC, "Attack")),
    ("تغييب ثلاثة مدنيين بعد اعتقالهم من قبل جهة مسلحة في سنجار.", (VAC, "Abduction/forced disappearance")),
    ("الأهالي يعثرون على جثة مواطن مقتول في ناحية العظيم.", (VAC, "Attack")),
    # Riots: burning tyres in the present tense, smashed shop fronts
    ("متظاهرون يقطعون الطرق بالإطارات المحترقة في العمارة.", (RIO, "Violent demonstration")),
    ("محتجون يضرمون النار في الإطارات وسط الناصرية.", (RIO, "Violent demonstration")),
    ("مجموعة غاضبة تحطم واجهات المحلات في سوق الحلة.", (RIO, "Mob violence")),
    # Caught planting an IED: the forces' fire decides, not an explosion
    ("مقتل إرهابيين اثنين أثناء محاولتهما زرع عبوة ناسفة في قضاء الطارمية.", (BAT, "Armed clash")),
])
def test_phrasing_reports_its_event(text: str, expected: tuple[str, str]) -> None:
    assert expected in types_of(text)


def test_a_caught_planter_is_no_explosion() -> None:
    found = types_of("مقتل إرهابيين اثنين أثناء محاولتهما زرع عبوة ناسفة في قضاء الطارمية.")
    assert all(kind != "Explosions/Remote violence" for kind, _sub in found)


@pytest.mark.parametrize("text", [
    # Accidents and nature told with the words of attacks (استشهاد, مصرع, انفجار)
    "انقلاب عجلة عسكرية يؤدي إلى استشهاد جنديين في صلاح الدين.",
    "حادث سير لحافلة تقل زائرين في محافظة بابل أدى إلى مقتل أربعة أشخاص.",
    "مقتل ثلاثة أشخاص بانفجار قنينة غاز داخل منزل في حي الجهاد ببغداد.",
    "انفجار كدس عتاد داخل معسكر في البصرة بسبب ارتفاع درجات الحرارة.",
    "وفاة طفلين غرقا في نهر دجلة بالموصل.",
    # A campaign told as the background of a statement
    "وقال العبادي ذلك في وقت تقوم فيه القوات العراقية بحملة عسكرية منذ أسابيع لاستعادة مدينة الموصل.",
])
def test_look_alikes_stay_out(text: str) -> None:
    assert types_of(text) == []


def test_an_attack_in_an_accident_sentence_is_still_an_attack() -> None:
    """The accident cue only silences generic words: an IED named in the sentence stays."""
    text = "انفجار عبوة ناسفة على عجلة عسكرية أدى إلى انقلابها ومقتل جنديين في قضاء الطارمية."
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types_of(text)


def test_what_angry_protesters_denounce_is_not_an_event() -> None:
    text = "من أمام القنصلية الكويتية في البصرة، المتظاهرين الغاضبين على مقتل صياد عراقي يرددون الهتافات."
    assert types_of(text) == [("Protests", "Peaceful protest")]
