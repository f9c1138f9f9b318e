"""Shootings and protests in English wire copy (issue 8, enwire6 audit of a fresh English corpus, work
half; docs/english_audit.md round 4): security forces firing on demonstrators with the place between
the verb and its object is excessive force, and the dead told a sentence on are its toll; an activist
shot dead on the way home from protests, or one who organised them, is an attack on a civilian, never
excessive force (docs/annotation_guide.md). Every row is a phrasing written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 11, 30)
EXCESSIVE = "Excessive force against protesters"


def events(text: str) -> list[tuple[str, str | None, int | None]]:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return sorted((i.sub_event_type, i.location, i.fatalities) for i in found)


@pytest.mark.parametrize("text, expected", [
    ("Security forces opened fire in Nasiriyah on demonstrators blocking a bridge on Thursday.",
     [(EXCESSIVE, "Nasiriyah", None)]),
    ("Iraqi security forces shot dozens of demonstrators on Thursday. At least 29 people died in Nasiriyah, "
     "medics said.", [(EXCESSIVE, "Nasiriyah", 29)]),
    ("A prominent activist was shot dead late on Thursday in Karbala while returning home from "
     "anti-government protests.", [("Attack", "Karbala", 1)]),
    ("Activist who helped organise Basra protests shot dead\nMasked gunmen shot dead a rights activist "
     "outside a supermarket in Basra on Thursday, in a city wracked by protests.", [("Attack", "Basra", 1)]),
])
def test_who_shot_whom_at_a_protest(text: str, expected: list) -> None:
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unknown gunmen opened fire on protesters in Tahrir Square in Baghdad on Friday, killing two.",
     [("Attack", "Tahrir Square", 2)]),
    ("Gunmen opened fire at a crowd of boys playing football in Baquba on Thursday, killing two.",
     [("Attack", "Baqubah", 2)]),
    ("Protesters blocked roads in Nasiriyah on Thursday. A roadside bomb killed two soldiers in Basra on "
     "Thursday.", [("Peaceful protest", "Nasiriyah", None), ("Remote explosive/landmine/IED", "Basra", 2)]),
    ("فتحت قوات الأمن النار على المتظاهرين في الناصرية يوم الخميس، ما أسفر عن مقتل ثلاثة منهم.",
     [(EXCESSIVE, "Nasiriyah", 3)]),
])
def test_kept_as_before(text: str, expected: list) -> None:
    assert events(text) == expected
