"""«جثة غير معروفة» (a body no one knows) is the unidentified body «جثة مجهولة الهوية» is (issue 8, miss8
audit, session 8, stage NO TRIGGER; written after the check half was opened, step 7).

«جثة غير معروفة تم العثور عليها في الشارع العام في قطاع 79 بمدينة الصدر»: the found body told in the
passive order, before the verb, with «غير معروفة» for «مجهولة»: no trigger, and the flash gave no incident at
all. The generic unidentified-body row of triggers.yaml now takes «غير معروف». Near misses: «غير معروف»
far from a body (the fate of the kidnapped), a drowned child whose cause is unknown.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)


@pytest.mark.parametrize("text, expected", [
    ("جثة غير معروفة تم العثور عليها في الشارع العام بمدينة الصدر شرقي بغداد.", [("Attack", "Sadr City")]),
    ("عثرت الشرطة على جثة رجل غير معروف الهوية في حي الشعب شمالي بغداد.", [("Attack", "Shaab")]),
    # near misses
    ("قال مسؤول إن مصير المختطفين غير معروف حتى الآن في الموصل.", [("Abduction/forced disappearance", "Mosul")]),
    ("عثرت فرق الإنقاذ على جثة طفل غرق في نهر دجلة ببغداد، وما زال سبب الغرق غير معروف.", []),
])
def test_a_body_no_one_knows(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=WED) == expected
