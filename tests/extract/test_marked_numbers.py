"""Numbers written between slashes or brackets («مقتل /3/ عناصر», «قبل /10/ أيام», «استشهاد (2) من
منتسبي الجيش»), as some Iraqi agencies and Telegram channels write counts (issue 8, docs/arabic_audit.md
"Follow-up fixes (wirefix2)": the slash numbers left unread). Phrasings written for this table."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import Article
from extract.numbers import count_casualties
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)


@pytest.mark.parametrize("text, killed, injured", [
    ("مقتل /3/ عناصر من داعش بضربة جوية", 3, None),
    ("استشهاد (2) من منتسبي الجيش وإصابة /4/ آخرين", 2, 4),
    ("أسفر الانفجار عن سقوط /5/ قتلى و(7) جرحى", 5, 7),
    # the plain forms read as before
    ("مقتل 3 عناصر من داعش", 3, None),
    # a date's slashes and a glued bracket are no count
    ("مقتل مدني في 12/10/2024", 1, None),
])
def test_marked_counts_are_read(text: str, killed: int | None, injured: int | None) -> None:
    found = count_casualties(text)
    assert (found.killed, found.injured) == (killed, injured)


@pytest.mark.parametrize("text, expected", [
    ("قبل /10/ أيام", date(2024, 4, 23)),
    ("قبل (3) أيام", date(2024, 4, 30)),
    ("في 12/10/2023", date(2023, 10, 12)),
])
def test_marked_numbers_in_dates(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, DAY)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت خلية الإعلام الأمني مقتل /3/ عناصر من داعش بضربة جوية في وادي الشاي جنوب كركوك.",
     [("Air/drone strike", "2024-05-03", 3)]),
    ("وكانت القوات الأمنية قد اعتقلت قبل /10/ أيام ثلاثة إرهابيين في الموصل.",
     [("Arrests", "2024-04-23", None)]),
])
def test_marked_numbers_end_to_end(text: str, expected: list) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [(i.sub_event_type, i.event_date.isoformat(), i.fatalities) for i in found] == expected
