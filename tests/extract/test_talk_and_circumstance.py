"""Circumstances, talk, plans, expectations, sentences and figures of speech are no event (issue 8,
docs/arabic_audit.md, arwire7 audit of long newspaper reports): «في ظل اتساع دائرة المعارك» / "amid
widening battles" (a circumstance), «في معرض حديثه عن التظاهرات» / "when asked about the protests"
(a topic), «في المعارك الأخيرة» / "in the recent battles" and «على مدى أسابيع» / "weeks of protests"
(sums), a plan that «تنص على» / "provides for" a strike, «أحكام جديدة بالإعدام» (sentences),
«خطف الثورة» / "hijack the revolution" (a figure of speech), talks on «جوانب العمليات العسكرية» /
"the course of military operations", an expected liberation («توقع ... تحرير», «ستتحرر»), the
results of an inquiry into an old event («نتائج تحقيق سقوط الموصل»). Today's events told beside
them stay. Phrasings written for this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2025, 6, 12)


def kinds_and_places(text: str) -> list[tuple[str, str]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text", [
    # a circumstance: «في ظل» + the battles, "amid widening battles"
    "وتتفاقم أزمة النازحين في محافظة الأنبار في ظل اتساع دائرة المعارك ضد تنظيم داعش.",
    "وتزداد معاناة العائلات في الرمادي في ظل استمرار العمليات العسكرية.",  # a guard: none on main (habitual)
    "The displacement crisis in Anbar is deepening amid widening battles against the Islamic State.",
    # a topic of talk
    "وفي معرض حديثه عن التظاهرات في البصرة، قال الوزير إن الحكومة تدرس المطالب.",
    "When asked about the protests in Basra, the minister said the government was studying the demands.",
    # sums: the recent battles, weeks of protests
    "وأكد المصدر انهيار معنويات المسلحين في الفلوجة إثر الخسائر التي تكبدوها في المعارك الأخيرة.",
    "Morale among the militants in Fallujah collapsed after the losses they suffered in the recent battles.",  # a guard
    "وجاءت الخطوة بعد احتجاجات على مدى أسابيع في بغداد ومدن الجنوب.",
    "The move came after weeks of protests in Baghdad and southern cities.",  # a guard: none on main
    # a plan that provides for a strike
    "وأوضح القائممقام أن الخطة تمضي كما رسمت لها القيادة، وتنص على غلق مداخل المدينة، ثم قيام الطيران العراقي بقصف مواقع التنظيم داخل الرمادي.",
    "The security plan provides for Iraqi aircraft to bomb militant positions inside Ramadi.",  # a guard: none on main (plan)
    # court sentences with an adjective between
    "كشفت مصادر عن صدور أحكام جديدة بالإعدام بحق أربعة متهمين بالإرهاب في الناصرية.",
    "أحكام جديدة بالإعدام بحق أربعة سعوديين في الناصرية",
    # a figure of speech
    "ولهذا تحاول الفصائل خطف الثورة والاندساس في صفوفها في الناصرية.",
    "ويرى الكاتب أن الجماهير مطالبة بمنع القوى الطائفية من ركوب موجة التظاهرات وسرقة الثورة في الناصرية.",
    "وحذر ناشطون في الناصرية من محاولات خطف الثورة الشعبية.",  # a guard: none on main (a warning)
    "Activists in Nasiriyah warned against attempts to hijack the revolution.",  # a guard: none on main (a warning)
    # talks on the course of the operations
    "أجرى الوزير مباحثات مع نظيره في بغداد اليوم تناولت مختلف جوانب العمليات العسكرية.",
    "The minister held talks in Baghdad on Thursday on the course of military operations.",
    # an expected liberation
    "توقع رئيس الإقليم تحرير بقية مناطق سنجار من سيطرة داعش قريباً.",
    "بارزاني: منطقة سنجار ستتحرر من سيطرة داعش قريباً",  # a guard: none on main
    # the results of an inquiry into an old event
    "ومن الطبيعي أن يقف الائتلاف ضد الإرادة الشعبية المطالبة بكشف نتائج تحقيق سقوط الموصل وتمدد التنظيم في البلاد، فضلاً عن مجزرة سبايكر.",
])
def test_talk_and_circumstances_are_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # the event told before the circumstance or the talk stays
    ("قتل جنديان بهجوم مسلح على نقطة تفتيش في الرمادي اليوم، في ظل استمرار العمليات العسكرية.",
     [("Armed clash", "Ramadi")]),
    ("وقال المتحدث في حديث للصحيفة إن مسلحين هاجموا نقطة تفتيش في الطارمية أمس.",
     [("Armed clash", "Tarmiyah")]),
    # one battle, "the latest battle", a day's clashes
    ("وقتل ثلاثة جنود في الاشتباكات التي اندلعت اليوم على أطراف الفلوجة.", [("Armed clash", "Fallujah")]),
    # IS executing its own members is an attack, not a court sentence
    ("ونفذ تنظيم داعش حكم الإعدام بـ19 من عناصره تحت الجسر القديم في الفلوجة أمس.",
     [("Attack", "Fallujah")]),
    # an abduction
    ("اختطف مسلحون مجهولون ناشطاً في الناصرية أمس.", [("Abduction/forced disappearance", "Nasiriyah")]),
    # a strike told before an expectation
    ("سقطت قذائف هاون على قضاء سنجار أمس، فيما توقع مسؤولون هجمات جديدة.",
     [("Shelling/artillery/missile attack", "Sinjar District")]),
    # a protest today stays
    ("وتظاهر المئات اليوم في ساحة التحرير ببغداد احتجاجاً على انقطاع الكهرباء.", [("Peaceful protest", "Tahrir Square")]),
])
def test_events_told_beside_them_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
