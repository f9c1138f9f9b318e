"""Protest words that tell no protest of the day (issue 8, tspur12): a protest a relative clause says is
supposed or expected to start («التي من المفترض أن تبدأ», 'which are due to begin'), protesters who
'have been demonstrating for weeks' (the movement's background), and 'demonstrates that' (shows). Each
with the near miss that still tells the day's protest. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

NOT_EVENTS = [
    "نشرت صفحات الطلبة صورا للاعتصام الذي من المنتظر أن ينطلق أمام مبنى جامعة القادسية في الديوانية.",
    "نشر ناشطون ملصقات عن التظاهرة التي من المتوقع أن تنطلق في ساحة الساعة بالعمارة الجمعة.",
    "Unions printed banners for a rally which is due to start in the clock tower square in Amarah.",
    "Students shared flyers about a sit-in that is due to take place outside the university in Basra.",
    "Contract workers in Nasiriyah have been protesting for months outside the oil company offices.",
    "Teachers in Kut have been staging protests almost daily for months over unpaid salaries.",
    "The footage demonstrated how the gunmen entered the market in Baqubah on Sunday.",
    "The report demonstrates that militias acted freely in Basra during the unrest.",
    "An official in Erbil said the incident demonstrates “the need for better coordination”.",
]

EVENTS = [
    "انطلقت الاحتجاجات التي كان من المفترض أن تبدأ أمس في ساحة التحرير ببغداد اليوم.",
    "خرج المئات في تظاهرة في ساحة التحرير ببغداد اليوم، التي من المتوقع أن تستمر حتى المساء.",
    "Contract workers have been protesting outside the oil company offices in Nasiriyah since Friday.",
    "Hundreds of students demonstrate in Basra on Monday against unemployment.",
    "Hundreds of teachers demonstrated outside the education directorate in Kut on Sunday.",
    "Protesters gathered in Tahrir Square in Baghdad on Friday, the first protest there for weeks.",
    "Hundreds of people demonstrated a day after the activist was killed in Basra.",
    "Protesters demonstrated this week outside the governorate building in Basra.",
    "Thousands demonstrated once again in Tahrir Square in Baghdad on Friday.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_planned_ongoing_or_shown_is_no_protest_of_the_day(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize("text", EVENTS)
def test_the_days_protest_is_kept(text: str) -> None:
    assert incidents(text, "event_type") == ["Protests"]
