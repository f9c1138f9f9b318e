"""A handover or withdrawal told as going on in stages is a programme, not an event of the day (issue 8, tspur12):
«عملية استلام الملف الأمني في محافظة ديالى تجري على مراحل», «يتم بشكل تدريجي», 'is being carried out gradually'.
A handover completed, and forces that withdrew one after another today, stay events. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

PROGRAMMES = [
    "أعلنت القيادة أن انسحاب القوات من قواعد الأنبار يتم بشكل تدريجي.",
    "وأوضح مدير الشرطة أن تسلم الملف الأمني من الجيش في قضاء بلد يجري بشكل تدريجي.",
    "وأكدت الوزارة أن تسلم الملف الأمني في كركوك يجري تباعا.",
    "The army's handover of security in Kirkuk to the federal police is being carried out gradually, the ministry said.",
]

EVENTS = [
    ("انسحبت القوات الأمريكية تباعا من قاعدة عين الأسد اليوم.", ["Non-violent transfer of territory"]),
    ("أكملت قطعات الجيش اليوم تسليم الملف الأمني لمدينة كربلاء إلى قيادة الشرطة.", ["Change to group/activity"]),
    ("The army handed over security in Kirkuk to the federal police on Sunday.", ["Change to group/activity"]),
]


@pytest.mark.parametrize("text", PROGRAMMES)
def test_a_handover_in_stages_is_no_event_of_the_day(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_a_handover_done_stays(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
