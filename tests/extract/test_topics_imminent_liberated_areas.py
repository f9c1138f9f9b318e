"""Analysis and policy talk that names operations without reporting one (issue 8, docs/arabic_audit.md,
nonevent6 audit work half, class "analysis generic"): the dossier of operations («ملف العمليات العسكرية
التركية»), an imminent operation («عملية عسكرية وشيكة») and the liberated areas ("IS retains units in
liberated areas of Anbar", "the reconstruction of the liberated areas of Mosul") are no event. Today's
events told with the same words stay: a strike later in the sentence, a foiled imminent attack, troops
that liberated villages or retook a town. Phrasings written for this table; each row runs end to end
through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 6, 12)


def found(text: str) -> list[tuple[str, str]]:
    """(sub-event type, location) of the incidents of ``text`` dated on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents
            if i.event_date == DAY]


@pytest.mark.parametrize("text", [
    "وقال مسؤول، اليوم الخميس، إن ملف العمليات العسكرية التركية في زاخو ما زال مفتوحاً.",
    "وتحدثت تقارير، اليوم الخميس، عن عملية عسكرية وشيكة في سنجار ضد مسلحي حزب العمال.",
    "IS still retains sleeper cells in liberated areas of Anbar province, officials in Ramadi said on Thursday.",
    "Reconstruction of the liberated areas of Mosul has been slow, the governor said on Thursday.",
    "IS still keeps fighting units in liberated areas of Salahuddin, officials in Tikrit said on Thursday.",
])
def test_a_topic_an_imminent_operation_or_liberated_areas_is_no_event(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقال مسؤول إن ملف العمليات العسكرية التركية ما زال مفتوحاً بعد قصف تركي اليوم على قرية في زاخو.",
     [("Shelling/artillery/missile attack", "Zakho")]),
    ("أحبطت القوات الأمنية هجوماً إرهابياً وشيكاً على سوق في كركوك اليوم.", [("Disrupted weapons use", "Kirkuk")]),
    ("Iraqi forces foiled an imminent attack on a market in Kirkuk on Thursday.", [("Disrupted weapons use", "Kirkuk")]),
    ("Iraqi forces recaptured the town of Rutba from IS on Thursday.", [("Government regains territory", "Rutba")]),
    ("Iraqi army units quickly retook the town of Rutba on Thursday.", [("Government regains territory", "Rutba")]),
    ("The army liberated the villages of Imam Gharbi and Hammam al-Alil on Thursday.",
     [("Government regains territory", "Hammam al-Alil")]),
])
def test_todays_events_with_the_same_words_stay(text: str, expected: list) -> None:
    assert found(text) == expected
