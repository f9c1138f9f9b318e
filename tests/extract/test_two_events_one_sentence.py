"""Two events told in one sentence (issue 8 class 2, docs/arabic_audit.md "What remains": «... انفجرت عبوة
ناسفة في X ...، فيما سقطت قذيفة هاون على Y» lost its second event): distinct triggers of different kinds
joined by فيما/بينما/كما/في حين/while, or any two told as «وفي حادث آخر» / "in a separate incident", are
two events. Phrasings written for this table; each row runs end to end through ``parse_article``."""

from __future__ import annotations

import pytest

from tests.extract.test_wire_reports_2003_2018 import incidents

IED, SHELLING = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, expected", [
    # one event type, two sub-types
    ("سقط صاروخ كاتيوشا على مطار بغداد، كما انفجرت عبوة ناسفة في قضاء أبو غريب.",
     [SHELLING, IED]),
    ("A roadside bomb exploded in Tarmiyah, while a mortar shell landed in Udhaim.", [IED, SHELLING]),
    ("انفجرت عبوة ناسفة في قضاء الطارمية وأسفرت عن إصابة جنديين، فيما سقطت قذيفة هاون على ناحية العظيم.",
     [IED, SHELLING]),
    ("قتل مدني بانفجار عبوة ناسفة في بعقوبة، في حين سقطت ثلاث قذائف هاون على قضاء الخالص.", [IED, SHELLING]),
    # "another incident": two events, even of one kind
    ("انفجرت عبوة ناسفة في قضاء الطارمية، وفي حادث آخر انفجرت عبوة ناسفة ثانية في قضاء المقدادية.", [IED, IED]),
    # different event types, as before
    ("انفجرت عبوة ناسفة في قضاء الطارمية، بينما اعتقلت القوات الأمنية إرهابيين في الحويجة.", [IED, "Arrests"]),
])
def test_two_kinds_joined_are_two_events(text: str, expected: list[str]) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # what follows فيما/كما is the same event's outcome or a statement about it
    ("انفجرت عبوة ناسفة في قضاء الطارمية، فيما أصيب جنديان بجروح.", [IED]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية، كما أسفر الانفجار عن إصابة جنديين.", [IED]),
    ("سقطت قذيفة هاون على ناحية العظيم، فيما أعلنت خلية الإعلام الأمني أن القصف لم يسفر عن خسائر.", [SHELLING]),
])
def test_the_same_event_told_on_stays_one(text: str, expected: list[str]) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == expected
