"""One event told in two adjacent sentences, typed two ways, is one incident (issue 8, arlong10 audit step 7, both
halves open).

«شن عدد من المسلحين، أمس الخميس، هجوماً بإطلاق النار على سيارة في الطريق الرابط بين محافظتي صلاح الدين وكركوك …
وأفادت خلية الإعلام الأمني … باستشهاد مدني … على طريق العلم»: the lead's generic «هجوماً», placed only at the
governorate (an armed clash), and the statement's toll at Al-Alam (an attack) stood as two incidents; so did «واستهدف
الهجوم مطعما وحاجزا للتفتيش غرب مدينة الناصرية» and the health director's «قتلوا … في الهجوم الذي وقع على الطريق
السريع» placed at his governorate. `merging._mergeable` joins different kinds of account only for a generic follow-up
with no place of its own; `_kinds_retold` now joins two violent accounts of one governorate told in adjacent
sentences when one is a generic word placed only roughly and the later one is generic too, on days their texts do
not tell apart. Items of a list (a specific bombing after an operation), and an account that says it is another,
stay apart.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def incidents(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.location, i.fatalities) for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text, expected", [
    ("شن عدد من المسلحين، مساء الأحد، هجوماً بإطلاق النار على سيارة في الطريق الرابط بين محافظتي صلاح الدين وكركوك، "
     "ما أسفر عن وقوع عدد من الضحايا.\nوأفادت خلية الإعلام الأمني في بيان بمقتل مدني وإصابة اثنين آخرين بعد "
     "استهدافهم بإطلاق نار مباشر، عندما كانوا يستقلون سيارة على طريق العلم.", [("Al-Alam", 1)]),
    ("واستهدف الهجوم مطعما وحاجزا للتفتيش غرب مدينة الناصرية اليوم.\nوقال مدير عام الصحة في محافظة ذي قار إن سبعة "
     "وثلاثين شخصا قتلوا في الهجوم الذي وقع على الطريق السريع.", [("Nasiriyah", 1)]),
])
def test_one_event_told_twice(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two items of a list: an operation, then a suicide bombing of its own
    ("Security forces killed six suspected militants in an operation in Anbar.\n"
     "A suicide bomber wounded six soldiers near Ramadi.", [("Anbar Governorate", 6), ("Ramadi", None)]),
    # the later account says it is another attack
    ("شن مسلحون مساء الأحد هجوماً على نقطة للجيش في محافظة صلاح الدين.\nوفي هجوم آخر، قتل مدني بإطلاق نار على طريق "
     "العلم.", [("Salah al-Din Governorate", None), ("Al-Alam", 1)]),
])
def test_other_events_stay_apart(text: str, expected: list) -> None:
    assert incidents(text) == expected
