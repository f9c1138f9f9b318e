"""Event type on real reports (type11 audit, issue 8): the classes of the audit's work half, each with its
self-written positives (they failed on main before the rule) and near misses. Every phrasing is written for
this test, none is a real report.

1. An arrest made in a fight is the fight (ACLED codes an arrest met by armed resistance as the armed clash), also
   where the report tells them in sentences of their own and the arrest's sentence names no fire: the fight's own
   sentence names the arrest it was fought over («إثر محاولة القوات تنفيذ مذكرة قبض», «انتهت باعتقاله», 'the arrest
   operation', 'This bold raid', 'refused to surrender'), up to three sentences apart (the fight's toll and source
   may come between), and a second account of that arrest a sentence or two on joins it too. An arrest with no
   fight named at all stays an arrest; one told as separate stays beside the clash; a clash that names no arrest
   keeps a later sweep's arrests apart.
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

CLASH = ("Battles", "Armed clash")
ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text, expected", [
    # 1. an arrest and the fight that names it: positives
    ("أفاد مصدر أمني في مدينة الديوانية بالقبض على زعيم العصابة كريم جاسم واثنين من أبنائه. واندلعت اشتباكات عنيفة "
     "في الديوانية فجر اليوم الثلاثاء إثر محاولة قوة من الشرطة تنفيذ مذكرة قبض صدرت بحقه.", [CLASH]),
    ("شهدت مدينة الكوت فجر الثلاثاء اشتباكات مسلحة استمرت ثلاث ساعات بين قوة أمنية ومسلحين تابعين لأحد المطلوبين، "
     "انتهت باعتقاله مع اثنين من مرافقيه. وأسفرت المواجهات عن مقتل شرطي وإصابة أربعة آخرين. وأفاد مصدر أمني لوكالة "
     "محلية بأن القوة تمكنت من اعتقال المطلوب واثنين من أشقائه في الكوت.", [CLASH]),
    ("شهدت مدينة الكوت فجر الثلاثاء اشتباكات مسلحة استمرت ثلاث ساعات بين قوة أمنية ومسلحين تابعين لأحد المطلوبين، "
     "انتهت باعتقاله مع اثنين من مرافقيه. وأسفرت المواجهات عن مقتل شرطي وإصابة أربعة آخرين. ونقل الجرحى إلى مستشفى "
     "الكوت العام. وأفاد مصدر أمني لوكالة محلية بأن القوة تمكنت من اعتقال المطلوب واثنين من أشقائه في الكوت.", [CLASH]),
    ("Police in Kut detained a wanted tribal leader on Tuesday. This bold raid came after hours of fierce fighting "
     "with his guards, leaving one policeman dead, officials said.", [CLASH]),
    ("Kut's governor on Wednesday promised compensation for the houses damaged in the arrest of a tribal leader. "
     "Police besieged his house in Kut on Tuesday to arrest him under a court warrant. He refused to surrender to "
     "the police, leading to armed clashes that lasted until the evening.", [CLASH]),
    # 1. near misses: no fight at all; an arrest told as separate; a clash that names no arrest, a later sweep
    ("أفاد مصدر أمني في مدينة الديوانية بالقبض على زعيم العصابة كريم جاسم واثنين من أبنائه يوم الثلاثاء. "
     "وأحيل المتهمون إلى القضاء.", [ARRESTS]),
    ("Clashes broke out between police and gunmen in Kut on Tuesday, killing a policeman. In a separate operation, "
     "police arrested three suspects in Kut.", [CLASH, ARRESTS]),
    ("Clashes broke out between two tribes in Kut on Tuesday, killing a farmer. The fighting lasted until the "
     "evening. Police arrested five suspects in Kut on Tuesday in an unrelated sweep.", [CLASH, ARRESTS]),
])
def test_arrest_named_by_its_fight(text: str, expected: list[tuple[str, str]]) -> None:
    assert incidents(text, "event_type", "sub_event_type") == expected
