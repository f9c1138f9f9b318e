"""Political talk that names events without telling one (issue 8, docs/arabic_audit.md, neg10 audit):
the families of an old massacre's martyrs at its anniversary («أهالي شهداء مجزرة سبايكر»), decades
of a conflict summed up («أربعة عقود من نزاع مسلح»), the protests or the killings as a topic
(«موضوع التظاهرات», «ملف الاغتيالات»), a demand to compel a withdrawal («وإلزامها بانسحاب»), a
call to mobilise («تحشيد الشارع ... للنزول بتظاهرات», "mobilising his supporters to take to the
streets"), protests renewed «منذ أسابيع», what a measure or an agreement is about («الإجراءات الخاصة
بتحييد»), the attacks displaced families fled ("families who fled Isis attacks", «العائلات النازحة
من هجمات داعش») and a site's tag line («الكلمات المتعلقة: ... مظاهرات بغداد اشتباكات»). Events told
beside them stay. Second round: the protests as the subject of a verdict («أن التظاهرات مشروعة», «المظاهرات
التي تشهدها البلاد كشفت عوامل الخلل», "the protests are legitimate") and the demonstrators named as the
owners of demands («تلبية المطالب المشروعة للمتظاهرين»). Phrasings written for this table; each row runs end
to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from extract.sentences import boilerplate_spans

REPORT_DAY = date(2025, 6, 12)


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text", [
    # the families of an old massacre's martyrs commemorate it (reference point)
    "أحيا أهالي شهداء مجزرة سبايكر الذكرى التاسعة للفاجعة في تكريت.",
    # decades of a conflict summed up (state, at the trigger)
    "وأعلن الحزب في أيار إنهاء أربعة عقود من نزاع مسلح ضد الدولة التركية قرب السليمانية.",
    # protests and killings as a topic (at the trigger)
    "وقال الخزعلي إن من أهم أسباب الفوضى موضوع التظاهرات التي حصلت في بغداد.",
    "وتناول الاجتماع ملف الاغتيالات في محافظة البصرة.",
    # a demand to compel a withdrawal (policy)
    "دعت \"تنسيقية المقاومة العراقية\"، الخميس، الحكومة العراقية والبرلمان إلى متابعة تموضع القوات "
    "الأمريكية وإلزامها بانسحاب حقيقي بما يضمن السيادة الكاملة.",
    # a call to mobilise (intent)
    "وعمل الحلبوسي على تحشيد الشارع من أنصاره للنزول بتظاهرات ضد القرار في الأنبار.",
    "وبدأ التيار حشد أنصاره للخروج في تظاهرة مليونية في ساحة التحرير ببغداد.",
    "Halbousi has been mobilising his supporters to take to the streets in protest in Anbar.",
    # protests renewed for weeks, and the clashes told with them (aggregate)
    "كانت المظاهرات قد تجددت في بغداد منذ أسابيع، ووقعت اشتباكات أسفرت عن مقتل العشرات.",
    # what an agreement's measures are about (state)
    "وقع العراق وإيران محضراً أمنياً عرف بالاتفاق الخاص بأمن الحدود والإجراءات الخاصة بتحييد "
    "المعارضة الكردية في السليمانية.",
    # the attacks displaced families fled (state)
    "We have started measures to accelerate the return of families who fled Isis attacks, "
    "especially in Nineveh province.",
    "وتعمل الحكومة على إعادة العائلات النازحة من هجمات داعش في محافظة نينوى.",
    # a site's tag line after the last sentence
    "أعلن رئيس الوزراء اعتزامه تقديم الاستقالة إلى مجلس النواب. الكلمات المتعلقة: العراق مظاهرات بغداد اشتباكات",
    "The prime minister said he would resign.\nTags: Baghdad, protests, clashes",
    # the protests as the subject of a verdict (at the trigger)
    "وأكد رئيس الوزراء أن التظاهرات مشروعة في بغداد والمحافظات.",
    "وقال المحلل إن الاحتجاجات كشفت عمق الأزمة السياسية في البصرة.",
    "The prime minister said the protests are legitimate in Baghdad and the provinces.",
    # ... and, with a dateline, the demonstrators as the owners of demands (state)
    "رئيس الوزراء: المظاهرات كشفت الخلل في النظام السياسي\n\n20 نوفمبر 2025\nبغداد - قنا\n\nأكد رئيس الوزراء أن "
    "التظاهرات مشروعة، مضيفاً أن المظاهرات التي تشهدها البلاد كشفت عوامل الخلل في النظام السياسي.\n\nوالتقى رئيس "
    "الوزراء اليوم شيوخ العشائر لبحث الإجراءات الإصلاحية وتلبية المطالب المشروعة للمتظاهرين وعموم المواطنين.",
])
def test_talk_about_events_is_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # the families' own protest is the news (failed on main: an attack on the report's day)
    ("نظم أهالي شهداء مجزرة سبايكر وقفة احتجاجية أمام مبنى المحافظة في تكريت اليوم.",
     [("Peaceful protest", "Tikrit")]),
    # near misses: today's event told beside the talk stays
    ("قال أهالي قرية البو بالي إن مسلحين من داعش هاجموا نقطة للجيش في قضاء الطارمية فجر اليوم.",
     [("Armed clash", "Tarmiyah District")]),
    ("بعد سنوات من الحرب، هاجم مسلحون من داعش نقطة للجيش في قضاء الطارمية اليوم.",
     [("Armed clash", "Tarmiyah District")]),
    ("وشهدت بغداد اليوم تظاهرات للمطالبة بالخدمات في ساحة التحرير.",
     [("Peaceful protest", "Tahrir Square")]),
    ("انسحبت القوات الأمريكية اليوم من قاعدة عين الأسد في الأنبار.",
     [("Non-violent transfer of territory", "Ain al-Asad Air Base")]),
    ("احتشد الآلاف في ساحة التحرير ببغداد اليوم للمطالبة بالإصلاح.",
     [("Peaceful protest", "Tahrir Square")]),
    ("خرج الآلاف في تظاهرة في ساحة التحرير ببغداد اليوم استجابة لدعوة الصدر.",
     [("Peaceful protest", "Tahrir Square")]),
    ("تتواصل الاحتجاجات منذ أسابيع في البصرة، وقطع متظاهرون اليوم طريقاً رئيسياً بالإطارات المحترقة.",
     [("Violent demonstration", "Basra")]),
    ("قامت القوات الخاصة بتنفيذ عملية إنزال جوي في قضاء الحويجة فجر اليوم.",
     [("Other", "Hawija District")]),
    ("فرّ السكان من هجوم شنه مسلحون على قرية في قضاء المقدادية فجر اليوم.",
     [("Attack", "Muqdadiya District")]),
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية اليوم. الكلمات المتعلقة: بغداد مظاهرات",
     [("Remote explosive/landmine/IED", "Tarmiyah District")]),
    ("خرجت المظاهرات اليوم في البصرة وكشفت عن غضب شعبي.", [("Peaceful protest", "Basra")]),
    ("المظاهرات التي تشهدها البصرة اليوم تطالب بالكهرباء.", [("Peaceful protest", "Basra")]),
    ("رفع المتظاهرون مطالبهم في ساحة التحرير ببغداد اليوم.", [("Peaceful protest", "Tahrir Square")]),
])
def test_events_told_beside_the_talk_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_places(text) == expected


def test_residents_fled_after_an_attack_keeps_it() -> None:
    incidents = parse_article(Article(text="Residents fled after gunmen attacked the village of Albu Bali "
                                           "in Anbar on Monday."), article_date=REPORT_DAY).incidents
    assert [(x.sub_event_type, x.admin1) for x in incidents] == [("Attack", "Anbar")]


@pytest.mark.parametrize("text, tags", [
    ("قتل العشرات. الكلمات المتعلقة: العراق مظاهرات بغداد\nنص آخر", ["الكلمات المتعلقة: العراق مظاهرات بغداد"]),
    ("كلمات دليلية : العراق سبايكر", ["كلمات دليلية : العراق سبايكر"]),
    ("Tags: Iraq, protests\nThe army said", ["Tags: Iraq, protests"]),
    ("He discussed the tags: none here", []),  # no line start, no full stop before it
])
def test_tag_lines_are_boilerplate(text: str, tags: list[str]) -> None:
    assert [text[a:b] for a, b in boilerplate_spans(text)] == tags


# Step 7 of the audit (the check half read after the last work-half rule, so no longer held out): a call to
# go out in a protest («أنصاره إلى الخروج في تظاهرة»), no sign of a withdrawal seen («لم نر ... أي مظاهر
# للانسحاب»), a tally of captures over years ('Thousands of IS suspects have been captured'), the protest
# movement summed up ('following nationwide protests'), a tally over cities ('in 100 cities'), a headline
# label ('Iraq protests: ...') and «هجين» the adjective (hybrid), not the Syrian town Hajin.
@pytest.mark.parametrize("text", [
    "دعا مقتدى الصدر زعيم التيار الوطني الشيعي، الصدري سابقا، أنصاره إلى الخروج في تظاهرة مليونية في ساحة "
    "التحرير وسط بغداد.",
    "وقال الصدر في بيان \"أدعو أخوتي العراقيين بكافة مشاربهم إلى الخروج في تظاهرة مليونية تضامناً مع غزة في "
    "ساحة التحرير\".",
    "وأضافت الفصائل \"لكن منذ ذلك الحين لم نر حتى الآن أي مظاهر للانسحاب من قاعدة عين الأسد\".",
    "Thousands of IS suspects have been captured, imprisoned, and put on trial as the group's influence in Iraq "
    "has slowly diminished.",
    "Iraq's president said on Thursday that the prime minister has agreed to resign following nationwide protests "
    "in Baghdad.",
    "And in Iran itself, authorities scrambled to crush protests and riots in 100 cities set off a few weeks ago.",
    "Iraq protests: Pressured by movement, Prime Minister says he will resign in Baghdad",
    "وأظهرت عصابات داعش كتنظيم هجين يجمع بين عمليات عسكرية محدودة وحملة إعلامية.",
])
def test_calls_tallies_labels_and_hybrids_are_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقال الأهالي إنهم لم يروا أي قوات أمنية بعد أن هاجم مسلحون القرية في قضاء المقدادية فجر اليوم.",
     [("Attack", "Muqdadiya District")]),
    ("Security forces arrested hundreds of suspects in Tarmiyah on Monday.", [("Arrests", "Tarmiyah")]),
    ("Iraq protests turn deadly as police fire on crowds in Nasiriyah on Thursday, killing 12.",
     [("Excessive force against protesters", "Nasiriyah")]),
    ("قصفت طائرات التحالف بلدة هجين في ريف دير الزور اليوم.", [("Air/drone strike", "Hajin")]),
])
def test_events_beside_calls_and_tallies_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_places(text) == expected
