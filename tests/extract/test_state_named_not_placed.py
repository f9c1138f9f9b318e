"""A state named as the author of a statement («لم تصدر واشنطن بياناً»), as a sponsor ('factions linked to Iran',
«فصائل مرتبطة بإيران») or in a war's name ('since the start of the war on Gaza', «الحرب الإسرائيلية على غزة») is
no place of the event told beside it: the strike in Baghdad is not told a second time abroad (issue 8, dup7
audit follow-up). Phrasings written for this table from general Arabic and English news usage; each row runs end
to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)


def places(text: str) -> list[str | None]:
    return [i.location for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("ضربت طائرة مسيّرة سيارة في منطقة المشتل في بغداد، مما أسفر عن مقتل ثلاثة أشخاص. ولم تصدر واشنطن بياناً رسمياً، "
     "إلا أن مصادر أفادت بأن الولايات المتحدة شاركت في الغارة.", ["Mashtal"]),
    ("A drone struck the headquarters of an armed movement on Thursday that has led attacks on US forces since the "
     "start of the war on Gaza, killing and wounding several members. The drone carried out two strikes on the "
     "movement's headquarters in eastern Baghdad.", ["Baghdad"]),
    ("استهدفت طائرة مسيّرة، ظهر اليوم الخميس، مقراً لحركة مسلحة تتولى التصعيد ضد القوات الأمريكية منذ بدء الحرب "
     "الإسرائيلية على غزة، ما أدى إلى سقوط قتلى وجرحى. ونفذ طيران مسيّر ضربتين على مقر الحركة شرقي بغداد.", ["Baghdad"]),
    ("استهدف قصف بطائرة مسيرة سيارة في شرق بغداد، وسط تصعيد تخللته ضربات أميركية على فصائل مسلحة مرتبطة بإيران.",
     ["Baghdad"]),
    ("A drone strike hit a car in eastern Baghdad amid an escalation that saw US strikes on armed factions linked "
     "to Iran.", ["Baghdad"]),
])
def test_a_state_named_is_no_second_place(text: str, expected: list) -> None:
    assert places(text) == expected


def test_a_strike_told_in_the_states_capital_is_placed_there() -> None:
    # the near miss: a state's capital where an event happened is its place
    text = "Turkish jets struck PKK positions in northern Iraq. In Ankara, a car bomb exploded near a police station."
    assert "Ankara" in places(text)
