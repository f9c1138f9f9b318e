"""Where the dead and wounded were taken is not where the event happened (issue 8, place7 audit):
«نقل الجرحى إلى مستشفى خانقين», «نقلت الجثث إلى الطب العدلي في كركوك», "the injured were taken to
Erbil", "treated at a hospital in Kirkuk". An event whose report names only the hospital's town is
not placed there. Look-alikes: a blast inside a hospital, a strike that hit a town the sentence also
names. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(text=text, id="t", source="t")
    return [(i.admin1, i.location) for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents]


@pytest.mark.parametrize("text, wrong", [
    # the attack's own place is unknown: the hospital's town must not be given as the place
    ('قتل جندي وأصيب ثلاثة بهجوم شنه مسلحو داعش على نقطة للجيش، وتم نقل الجرحى إلى مستشفى خانقين.', "Khanaqin"),
    ("أصيب أربعة مدنيين بانفجار عبوة ناسفة، ونقل المصابين إلى مستشفى طوارئ كركوك لتلقي العلاج.", "Kirkuk"),
    ("Gunmen abducted a shepherd and wounded two others on Monday; the injured were taken to Erbil.", "Erbil"),
    ("Two soldiers were wounded by a roadside bomb on Tuesday and were rushed to a hospital in Kirkuk.", "Kirkuk"),
])
def test_the_hospitals_town_is_not_the_place(text: str, wrong: str) -> None:
    assert all(location != wrong for _, location in _places(text))


@pytest.mark.parametrize("text, expected", [
    # the event's own place stays, whatever the hospital
    ("انفجرت عبوة ناسفة في قضاء الدبس، ونقل الجرحى إلى مستشفى كركوك.", "Kirkuk"),
    ("A roadside bomb struck a patrol in Tuz Khurmatu on Monday; the wounded were taken to a hospital in Kirkuk.",
     "Salah al-Din"),
    # a blast in a hospital is placed at its town: no one was taken there
    ("انفجرت عبوة ناسفة داخل مستشفى في مدينة كركوك اليوم.", "Kirkuk"),
    ("قتل شخصان بانفجار عبوة ناسفة في خانقين.", "Diyala"),
])
def test_the_events_own_place_stays(text: str, expected: str) -> None:
    assert [a for a, _ in _places(text)] == [expected]
