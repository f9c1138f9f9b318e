"""A roundup lead («شهدت ... حوادث أمنية مختلفة/متفرقة ...») sums up the accounts the post tells after it; what it
names after «منها» is an event of its own (issue 8, flash10 audit, session 10, stage AGGREGATE, work half).

Agency roundups open with a lead over several governorates, then tell each account («والبداية مع البصرة ...»,
«ففي ديالى ...»). The tally cue «حوادث متفرقة» did not read the lead once a kind stood between
(«حوادث أمنية مختلفة»), so the lead became one more incident at its first place (Baghdad, Diyala Governorate).
The aggregate cue now allows «أمنية/مسلحة/إرهابية» in between and «مختلفة/عدة/متنوعة» as well (cues.yaml). And an
account named inside the lead after «منها/أبرزها/من بينها» («حوادث متفرقة، منها انفجار عبوة في البياع») is no
longer summed up by it (events._enumerated), unless a period tally stands between («خلال الأشهر الماضية، منها»).

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("شهدت محافظات ديالى وكركوك وصلاح الدين، اليوم الثلاثاء، حوادث أمنية متفرقة أسفرت عن مقتل وإصابة 6 أشخاص. "
     "ففي ديالى، انفجرت عبوة ناسفة على دورية للجيش في قضاء المقدادية، ما أدى إلى إصابة جنديين.",
     [("Remote explosive/landmine/IED", "Muqdadiya District")]),
    ("شهدت العاصمة بغداد وثلاث محافظات، مساء الثلاثاء، حوادث أمنية مختلفة بين إصابة شخص بمشاجرة، واندلاع نزاع "
     "عشائري. والبداية مع البصرة، حيث أفاد مصدر أمني بتجدد نزاع عشائري في ناحية الشافي بقضاء القرنة.",
     [("Armed clash", "Qurna District")]),
    ("سجلت بغداد، اليوم الثلاثاء، حوادث متفرقة، منها انفجار عبوة لاصقة في منطقة البياع أصاب مدنيين اثنين.",
     [("Remote explosive/landmine/IED", "Bayaa")]),
    ("شهدت ديالى، اليوم الثلاثاء، حوادث أمنية متفرقة أسفرت عن مقتل وإصابة 9 أشخاص.", []),
])
def test_the_roundup_lead_is_no_incident_of_its_own(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # the account named after «أبرزها» was found before and stays
    ("سجلت بغداد، اليوم الثلاثاء، حوادث أمنية متفرقة، أبرزها انفجار عبوة لاصقة في منطقة البياع أصاب مدنيين اثنين.",
     [("Remote explosive/landmine/IED", "Bayaa")]),
    # a period's tally with an example: still summed up
    ("نفذ تنظيم داعش هجمات متفرقة في ديالى وكركوك خلال الأشهر الماضية، منها هجوم على قرية في المقدادية.", []),
    # a funeral of the roundup's victims
    ("شيع أهالي المقدادية، اليوم الثلاثاء، جثامين ضحايا حوادث أمنية متفرقة شهدتها ديالى.", []),
])
def test_near_misses_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
