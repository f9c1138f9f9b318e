"""A year that times the trigger's own clause, however far on, makes the event background (issue 8, date11 audit).

Wire copy closes a report with background whose year stands at the end of a long clause: "Sinjar district ...
endured massacres and sex slavery during the brief but brutal rule of the Islamic State group in 2014"
(AFP boilerplate repeated across outlets). The year stood further than ``background.YEAR_AFTER`` characters
after the trigger, so the massacres were dated the report's day. A year introduced as the clause's time (in,
during, «عام», «في») before the clause ends (a comma, a full stop) and outside a relative clause now counts
like a year near the trigger (`background._clause_year`), when the event has no date of its own: kept undated
and historical with its own town, else dropped. A year after a comma or inside a relative clause ("..., a district
the Islamic State group overran in 2014", "the refinery that was rebuilt after the fighting in 2015") is that
clause's, and today's event keeps the report's day.

Every phrasing is written for this table; the article date is Friday 2023-05-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2023, 5, 5)


def dated(text: str) -> list[tuple[date | None, bool]]:
    return [(i.event_date, i.historical) for i in parse_article(Article(text=text), article_date=FRI).incidents]


@pytest.mark.parametrize("text", [
    "Sinjar, home to most of Iraq's Yazidi minority, suffered massacres and mass abductions at the hands of the "
    "Islamic State group in 2014.",
    "وشهد قضاء سنجار، موطن غالبية الأيزيديين في العراق، مجازر وعمليات خطف جماعي للنساء والأطفال على أيدي مسلحي "
    "تنظيم داعش الإرهابي في عام 2014.",
])
def test_a_year_far_on_in_the_trigger_s_clause_is_background(text: str) -> None:
    assert all(day != FRI for day, _historical in dated(text))


@pytest.mark.parametrize("text", [
    "Gunmen killed two shepherds on the outskirts of the town of Sinjar in the west of Nineveh province, a district "
    "the Islamic State group overran in 2014.",
    "A roadside bomb killed two soldiers on the road between Baiji and the oil refinery that was rebuilt after the "
    "fighting in 2015.",
])
def test_a_year_of_another_clause_leaves_today_s_event(text: str) -> None:
    assert dated(text) == [(FRI, False)]
