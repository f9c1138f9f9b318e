"""Territory changes as encyclopaedic and UN long-form Arabic tells them (issue 8, arlong7 audit,
docs/arabic_audit.md "UN and encyclopedia long-form, fresh corpus (arlong7, session 7)").

The commonest error class of the audit's work half: a city's fall or recapture told in background or
chronology wording was typed as something else (a withdrawal, the operation's launch, an IED) or not
found at all. Every phrasing below was written for this table from general Arabic usage, not copied
from a report; each row runs end to end through ``parse_article`` (triggers.yaml rows).

- the group as subject able to take a place («وتمكن تنظيم داعش في صيف 2014 من السيطرة على مدينة ...»);
- the group spreading its control («بسط التنظيم سيطرته على قضاء ...»);
- the fall by its noun («ووقوع مدينة ... بيد داعش»), the takeover as a noun («بعد سيطرة داعش على ناحية ...»),
  and a relative clause on the place («... التي سيطر عليها المتشددون مطلع 2014»);
- the government retaking a town named by its kind, with no «السيطرة» («استعادت القوات العراقية قضاء ...»).

Near misses that must not fire: «تحت سيطرة داعش» (a state, not a takeover; it fired on main), the group
losing or failing to take a place, a foreign army, and «استعادت الشرطة الهدوء في مدينة ...».
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 5, 2)
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
REGAINS = ("Battles", "Government regains territory")


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(event type, sub-event type, place) of every incident found in ``text``."""
    return [(i.event_type, i.sub_event_type, i.location)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, kind, place", [
    # the group as subject, able to take the place, a date between them
    ("وتمكن تنظيم داعش في حزيران 2014 من السيطرة على مدينة تلعفر بعد معارك قصيرة.", OVERTAKES, "Tal Afar"),
    # the group spreading its own control, as the government's «بسط الجيش سيطرته»
    ("وفي الثالث من آب 2014 بسط التنظيم سيطرته على قضاء سنجار وهجّر سكانه.", OVERTAKES, "Sinjar"),
    # the fall told by its noun
    ("وانتهى الحصار بانسحاب القطعات العسكرية ووقوع مدينة هيت بيد داعش في تشرين الأول 2014.", OVERTAKES, "Hit"),
    # the takeover as a noun, as background to another account in the same sentence
    ("وقعت المجزرة بحق عشرات المدنيين في 12 حزيران 2014، بعد سيطرة داعش على ناحية الضلوعية.", OVERTAKES, "Dhuluiya"),
    # a relative clause on the place
    ("وصلت التعزيزات إلى الفلوجة، أولى المدن التي سيطر عليها المتشددون مطلع عام 2014.", OVERTAKES, "Fallujah"),
    # the government retaking a town named by its kind, with no «السيطرة»
    ("استعادت القوات العراقية قضاء بيجي في تشرين الأول 2015 بعد أشهر من القتال.", REGAINS, "Baiji"),
])
def test_territory_change_told_in_long_form(text, kind, place):
    assert any(f[:2] == kind and (f[2] or "").startswith(place) for f in found(text))  # Sinjar (District)


@pytest.mark.parametrize("text, kind", [
    # under the group's control: a state, not its takeover (this fired on main)
    ("عاش السكان ثلاث سنوات تحت سيطرة داعش في قضاء الحويجة قبل عودتهم.", OVERTAKES),
    # the group losing a place, or failing to take it
    ("فقد التنظيم السيطرة على ناحية القيارة في آب 2016.", OVERTAKES),
    ("حاول التنظيم السيطرة على ناحية العلم لكنه فشل.", OVERTAKES),
    # a foreign army is not the government regaining territory
    ("استعادت القوات التركية مواقعها قرب قرية في قضاء زاخو.", REGAINS),
    # calm restored in a city is no town retaken
    ("استعادت الشرطة الهدوء في مدينة البصرة بعد ليلة متوترة.", REGAINS),
])
def test_near_misses_take_no_territory(text, kind):
    assert not [f for f in found(text) if f[:2] == kind]
