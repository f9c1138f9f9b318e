"""The lead's killing with no means is the killing its title tells by a strike (issue 8, prec9 audit, both halves
open, class DUPLICATE).

«مقتل مسؤول كبير في "العمال الكردستاني" بقصف تركي» over «قتل مسؤول كبير في جماعة مسلحة …، الأربعاء، بمنطقة
سنجار» and the body's «طائرات تركية استهدفت …»: the title joined the body's strike, and the lead's killing stayed
an attack on civilians of its own (a strike told after a killing in the body alone is mostly a response to it).
A killing told in the lead, when the title tells a killing by a strike, is that strike's toll. Still two: a killing
in another governorate told after, and a killing under a title that tells no killing.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2018, 8, 15)


def kinds(text: str) -> list[str]:
    return sorted(i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents)


def test_the_lead_s_killing_is_the_title_s_strike() -> None:
    assert kinds("مقتل قيادي في حزب العمال الكردستاني بقصف تركي\n"
                 "قتل قيادي في جماعة مسلحة تابعة لحزب العمال الكردستاني، الأربعاء، بمنطقة سنجار التابعة لمحافظة نينوى.\n"
                 "وقال قائممقام سنجار إن طائرات تركية استهدفت رتلاً للمسلحين في قضاء سنجار مساء اليوم.") == [
        "Air/drone strike"]


@pytest.mark.parametrize("text", [
    "مقتل قيادي في حزب العمال الكردستاني بقصف تركي في سنجار\n"
    "وقال قائممقام سنجار إن طائرات تركية استهدفت رتلاً للمسلحين في قضاء سنجار مساء اليوم.\n"
    "وفي البصرة، قتل مسلحون مجهولون صاحب محل تجاري.",
    "قصف تركي على مواقع في سنجار\n"
    "وقال قائممقام سنجار إن طائرات تركية استهدفت مواقع في قضاء سنجار مساء اليوم.\n"
    "وقتل مسلحون راعياً في قرية قرب سنجار مساء اليوم.",
])
def test_another_killing_stays_apart(text: str) -> None:
    assert kinds(text) == ["Air/drone strike", "Attack"]
