"""«كركوك ناو» (Kirkuk Now) is a news outlet: a witness quoted «لـ (كركوك ناو)» places nothing, and the strike the
witness tells again is not a second event at Kirkuk (issue 8, dup8 audit, both halves open: a Turkish strike on
Khanasor told twice, once at Kirkuk). Near miss: Kirkuk as a place in the same report stays a place. Phrasings
written for this table; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from tests.extract.probe import incidents

DAY = date(2024, 5, 3)


def place_names(text: str) -> set[str]:
    return {m.place.name_en for m in parse_article(Article(text=text), article_date=DAY).mentions}


@pytest.mark.parametrize("text", [
    "قصفت طائرات تركية منزلاً في مجمع خانصور بقضاء سنجار صباح اليوم، ما أسفر عن مقتل أربعة أشخاص.\nوقال أحد سكان "
    "المجمع لـ (كركوك ناو) \"وصلت إلى المكان بعد القصف مباشرة وشاهدت أربع جثث\".",
    "قتل شرطي بانفجار عبوة ناسفة في قضاء سنجار اليوم.\nوأفاد مصدر أمني لكركوك ناو بأن الانفجار استهدف دورية للشرطة.",
])
def test_the_outlet_is_no_place(text: str) -> None:
    assert "Kirkuk" not in place_names(text)
    assert len(incidents(text, "location", day=DAY)) == 1


def test_kirkuk_itself_is_a_place() -> None:
    text = "قتل شرطي بانفجار عبوة ناسفة في قضاء سنجار اليوم.\nوفي كركوك، قتل مدني بانفجار عبوة ناسفة ثانية."
    assert "Kirkuk" in place_names(text)
    assert sorted(incidents(text, "location", day=DAY)) == ["Kirkuk", "Sinjar District"]
