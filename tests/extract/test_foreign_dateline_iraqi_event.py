"""A dateline abroad does not place an Iraqi event abroad (issue 8, outlet11, self-written probes).

"ABU DHABI (Sky News Arabia) - Three Iraqi soldiers were killed when a roadside bomb hit their patrol."
gave a bombing in the United Arab Emirates, "LONDON (Reuters) - ... killed four Iraqi soldiers" one in
Britain: the dateline names where the report is filed (annotation guide, "Dateline only"), and a
sentence that calls its soldiers, police or militia Iraqi tells an event in Iraq. With no other place
the event is left unplaced (as the same sentence without a dateline is), never put at the dateline.
Near misses: a place of the body wins as before ('... in northern Iraq'); an event of the dateline's own
country keeps its city ("BEIRUT (Reuters) - An Israeli airstrike killed three people", "DUBAI ... off the
coast of Dubai").

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 10)


def where(text: str) -> list[str | None]:
    return [i.country for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "ABU DHABI (Sky News Arabia) - Three Iraqi soldiers were killed when a roadside bomb hit their patrol.",
    "DUBAI (Reuters) - Three Iraqi soldiers were killed when a roadside bomb hit their patrol, the military said.",
    "BEIRUT (Reuters) - Gunmen killed two Iraqi policemen at a checkpoint, security sources said.",
    "LONDON (Reuters) - Islamic State militants killed four Iraqi soldiers in an ambush, the army said.",
    "أبوظبي - سكاي نيوز عربية: قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم.",
    "عمان - اغتال مسلحون مجهولون ضابطا في الشرطة العراقية.",
])
def test_an_iraqi_event_is_not_placed_at_a_dateline_abroad(text: str) -> None:
    assert where(text) == []


@pytest.mark.parametrize("text, expected", [
    ("ABU DHABI (Sky News Arabia) - Three Iraqi soldiers were killed when a roadside bomb hit their patrol "
     "in northern Iraq.", ["IQ"]),
    ("BEIRUT (Reuters) - An Israeli airstrike killed three people on Sunday, Lebanese officials said.", ["LB"]),
    ("CAIRO (Reuters) - Gunmen killed two policemen at a checkpoint on Sunday, security sources said.", ["EG"]),
    ("DUBAI (Reuters) - A drone attack hit an oil tanker off the coast of Dubai, killing one sailor.", ["AE"]),
    ("بيروت - قتل ثلاثة أشخاص بغارة إسرائيلية على الضاحية الجنوبية.", ["LB"]),
    ("أبوظبي - سكاي نيوز عربية: قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم في محافظة ديالى.", ["IQ"]),
    ("BAGHDAD (Reuters) - Three Iraqi soldiers were killed when a roadside bomb hit their patrol.", ["IQ"]),
    # review11 (narrowing 5b5261c): Iraqi militiamen or fighters are often killed abroad (Syria): a report filed from
    # Damascus keeps its dateline; only Iraqi state forces tell an event in Iraq
    ("DAMASCUS (Reuters) - An Israeli air strike killed three Iraqi militiamen on Sunday, a war monitor said.", ["SY"]),
    ("دمشق - قتل ثلاثة مقاتلين عراقيين بغارة إسرائيلية مساء الأحد، بحسب المرصد السوري.", ["SY"]),
])
def test_the_near_misses_keep_their_place(text: str, expected: list) -> None:
    assert where(text) == expected
