"""An account retold with what today's event comes after is still today's event (issue 8, prec9 audit of long
Arabic reports, class DUPLICATE).

«ويأتي الهجوم بعد يوم من …» and "the attack came two days after …" say that the event named *after* them is
another than the one told before (miss8 audit). A wire report's second paragraph often retells the lead and adds
the context in the same sentence: «… أن صاروخ كاتيوشا سقط وسط المنطقة الخضراء، ويأتي الهجوم بعد أيام من إعلان
السفارة سحب موظفيها». Its own event word stands before the cue, so it is the lead retold, not another rocket; the
report gave two incidents. Still two events: the account named after the cue («ويأتي ذلك بعد يومين من سقوط
صاروخين على القاعدة»), an account that says it is another before the cue («وفي هجوم آخر، …، ويأتي ذلك بعد …»),
and one told in a similar attack.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 6, 14)


def count(text: str) -> int:
    return len(parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize("text", [
    "سقوط صاروخ كاتيوشا على المنطقة الخضراء في بغداد دون إصابات\n"
    "وأعلنت خلية الإعلام الأمني اليوم، في بيان، أن صاروخ كاتيوشا سقط وسط المنطقة الخضراء دون خسائر، "
    "ويأتي الهجوم بعد أيام قليلة من إعلان السفارة سحب موظفيها غير الأساسيين.",
    "انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية.\n"
    "وقال مصدر أمني إن عبوة ناسفة انفجرت على دورية للجيش في الطارمية ما أدى إلى إصابة جنديين، "
    "وجاء الانفجار بعد يومين من تهديد مسلحين بمهاجمة القوات.",
    "A Katyusha rocket hit the Green Zone in Baghdad.\n"
    "A rocket landed inside the Green Zone without casualties, the security media cell said, and the attack came "
    "two days after the embassy ordered non-essential staff to leave.",
])
def test_an_account_before_what_it_comes_after_is_the_lead_retold(text: str) -> None:
    assert count(text) == 1


@pytest.mark.parametrize("text", [
    # the rockets named after the cue are an earlier attack
    "سقط صاروخ كاتيوشا على قاعدة بلد الجوية.\nويأتي ذلك بعد يومين من سقوط صاروخين على قاعدة بلد الجوية.",
    # the account says it is another before the cue
    "انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية.\n"
    "وفي هجوم آخر، انفجرت عبوة ناسفة على دورية للجيش في الطارمية، ويأتي ذلك بعد أيام من تهديد مسلحين.",
    "A roadside bomb struck an army patrol in Tarmiyah.\n"
    "The attack came two days after a roadside bomb struck an army patrol in Tarmiyah.",
])
def test_the_event_it_comes_after_stays_another(text: str) -> None:
    assert count(text) == 2
