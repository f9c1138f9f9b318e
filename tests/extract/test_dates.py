"""Date expressions: tables of Arabic and English news phrasings, expected dates worked out by hand
from the calendar (2021-05-03 is a Monday, 2021-05-16 a Sunday, 2021-08-16 a Monday)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import lexicon_dates
from extract.dates import article_date_from_text, find_dates, incident_date
from extract.lexicon_dates import LexiconError
from extract.sentences import split_sentences

MON_3_MAY = date(2021, 5, 3)
SUN_16_MAY = date(2021, 5, 16)
DAY, WEEK, MONTH = 1, 2, 3


def only(text: str, published: date | None):
    found = find_dates(text, published)
    assert len(found) == 1, [(d.expression, d.value) for d in found]
    return found[0]


@pytest.mark.parametrize(
    "text, expression, expected, precision",
    [
        # weekdays: the latest such day on or before the article date
        ("تعرض مركز عسكري لقصف بصاروخي كاتيوشا مساء الأحد يعتقد أنه من تنفيذ الميليشيات", "مساء الأحد", "2021-05-02", DAY),
        ("وكان الهجوم قد وقع الاربعاء الماضي في قضاء الطارمية", "الاربعاء الماضي", "2021-04-28", DAY),
        ("قال الجمعة إن مستقبل القوات غير محسوم", "الجمعة", "2021-04-30", DAY),
        ("اعتقلت القوات يوم الجمعة ثلاثة مطلوبين", "يوم الجمعة", "2021-04-30", DAY),
        ("انفجرت عبوة ناسفة فجر السبت", "فجر السبت", "2021-05-01", DAY),
        ("وقع الاشتباك ليلة الخميس", "ليلة الخميس", "2021-04-29", DAY),
        ("أعلنت الخلية الثلاثاء ضبط أسلحة", "الثلاثاء", "2021-04-27", DAY),
        ("أُعلن الاثنين عن استلام الملف الأمني", "الاثنين", "2021-05-03", DAY),
        ("أُعلن الإثنين عن استلام الملف الأمني", "الإثنين", "2021-05-03", DAY),
        ("وقع التفجير الاثنين الماضي", "الاثنين الماضي", "2021-04-26", DAY),
        ("قصف صاروخي يوم الأحد الفائت", "يوم الأحد الفائت", "2021-05-02", DAY),
        ("من المقرر عقد الاجتماع السبت المقبل", "السبت المقبل", "2021-05-08", DAY),
        ("قصف مَسَاءَ الأَحَدِ مطار بغداد", "مَسَاءَ الأَحَدِ", "2021-05-02", DAY),
        # relative days
        ("استهدف صاروخان ليلة أمس مطار بغداد حيث تنتشر قوات أميركية", "ليلة أمس", "2021-05-02", DAY),
        ("أعلنت خلية الإعلام الأمني امس مقتل إرهابي", "امس", "2021-05-02", DAY),
        ("وقع الانفجار البارحة قرب السوق", "البارحة", "2021-05-02", DAY),
        ("استهدفت طائرة مسيرة فجر أمس مقرا للحشد", "فجر أمس", "2021-05-02", DAY),
        ("اندلع اشتباك مساء أمس في ناحية العظيم", "مساء أمس", "2021-05-02", DAY),
        ("هز انفجار صباح أمس مدينة الصدر", "صباح أمس", "2021-05-02", DAY),
        ("وقع الهجوم أمـــس في كركوك", "أمـــس", "2021-05-02", DAY),
        ("وكانت القوات قد اعتقلت أول أمس خمسة متهمين", "أول أمس", "2021-05-01", DAY),
        ("وكانت القوات قد اعتقلت أول من أمس خمسة متهمين", "أول من أمس", "2021-05-01", DAY),
        ("وقع الانفجار أمس الأول في الكرادة", "أمس الأول", "2021-05-01", DAY),
        ("قالت الشرطة بالأمس إن مسلحين هاجموا نقطة تفتيش", "بالأمس", "2021-05-02", DAY),
        ("أحبطت القوات صباح اليوم هجوما انتحاريا", "صباح اليوم", "2021-05-03", DAY),
        ("أعلنت وزارة الدفاع اليوم العثور على مضافة", "اليوم", "2021-05-03", DAY),
        ("سقطت قذيفتا هاون الليلة الماضية على قاعدة بلد", "الليلة الماضية", "2021-05-02", DAY),
        ("وقبل يومين، أعلن مسؤولون أمنيون عراقيون مقتل شخص", "قبل يومين", "2021-05-01", DAY),
        ("نفذت القوات عملية قبل ثلاثة أيام", "قبل ثلاثة أيام", "2021-04-30", DAY),
        ("نفذت القوات عملية قبل 3 أيام", "قبل 3 أيام", "2021-04-30", DAY),
        ("نفذت القوات عملية قبل ٣ أيام", "قبل ٣ أيام", "2021-04-30", DAY),
        ("اختطف قبل 10 أيام", "قبل 10 أيام", "2021-04-23", DAY),
        ("اختطف قبل نحو أسبوع", "قبل نحو أسبوع", "2021-04-26", WEEK),
        # weeks and months
        ("شنت الطائرات غارات قبل أسبوع", "قبل أسبوع", "2021-04-26", WEEK),
        ("شنت الطائرات غارات قبل أسبوعين", "قبل أسبوعين", "2021-04-19", WEEK),
        ("شهدت المحافظة الأسبوع الماضي هجمات", "الأسبوع الماضي", "2021-04-26", WEEK),
        ("تصاعدت الهجمات الشهر الماضي", "الشهر الماضي", "2021-04-01", MONTH),
        ("جرت انتخابات محلية مطلع الشهر الجاري", "مطلع الشهر الجاري", "2021-05-05", WEEK),
        ("قتل في أواخر الشهر الماضي", "أواخر الشهر الماضي", "2021-04-25", WEEK),
        ("وبلغت الهجمات مستوى جديداً منتصف أبريل حين نفذت مليشيات هجوما", "منتصف أبريل", "2021-04-15", WEEK),
        ("وقع في منتصف نيسان الماضي", "منتصف نيسان الماضي", "2021-04-15", WEEK),
        ("في نيسان الماضي قتل ضابط", "نيسان الماضي", "2021-04-01", MONTH),
        ("في شهر شباط قتل ضابط", "شهر شباط", "2021-02-01", MONTH),
        ("أوائل شهر حزيران 2020 شهد هجوما", "أوائل شهر حزيران 2020", "2020-06-05", WEEK),
        # explicit dates
        ("استشهد في 15 آذار مارس 2021 بهجوم", "15 آذار مارس 2021", "2021-03-15", DAY),
        ("استشهد في كانون الثاني يناير عام 2017 على يد داعش", "كانون الثاني يناير عام 2017", "2017-01-01", MONTH),
        ("استشهد في 4 آب أغسطس عام 2014", "4 آب أغسطس عام 2014", "2014-08-04", DAY),
        ("استشهد في ناحية الضلوعية في 28 كانون الاول ديسمبر عام 2014", "28 كانون الاول ديسمبر عام 2014", "2014-12-28", DAY),
        ("في 28 كانون الأول/ديسمبر 2014", "28 كانون الأول/ديسمبر 2014", "2014-12-28", DAY),
        ("في 9 تشرين الثاني (نوفمبر) 2025 وقع", "9 تشرين الثاني (نوفمبر) 2025", "2025-11-09", DAY),
        ("نشر بتاريخ 16-أغسطس-2021", "16-أغسطس-2021", "2021-08-16", DAY),
        ("في 3 من أيار 2021", "3 من أيار 2021", "2021-05-03", DAY),
        ("في آب/أغسطس 2020", "آب/أغسطس 2020", "2020-08-01", MONTH),
        ("في آذار (مارس) 2020", "آذار (مارس) 2020", "2020-03-01", MONTH),
        ("في مارس 2019 انتهت المعركة", "مارس 2019", "2019-03-01", MONTH),
        ("شهر تموز 2019 شهد هجوما", "شهر تموز 2019", "2019-07-01", MONTH),
        ("تاريخ 2021/05/03", "2021/05/03", "2021-05-03", DAY),
        ("تاريخ 2021-05-03", "2021-05-03", "2021-05-03", DAY),
        ("تاريخ 3/5/2021", "3/5/2021", "2021-05-03", DAY),
        ("تاريخ ٢٠٢١/٠٥/٠٣", "٢٠٢١/٠٥/٠٣", "2021-05-03", DAY),
        ("قتل في 20 نيسان", "20 نيسان", "2021-04-20", DAY),
        ("في الخامس عشر من آذار قتل", "الخامس عشر من آذار", "2021-03-15", DAY),
        ("في الحادي والعشرين من الشهر الماضي", "الحادي والعشرين من الشهر الماضي", "2021-04-21", DAY),
        # "of last year" moves a day or month without a year back a year
        ("استهدفت مسيرة في 9 آب من العام الماضي عجلة", "9 آب من العام الماضي", "2020-08-09", DAY),
        ("قصفت المدفعية القرية في أيلول سبتمبر من العام الماضي", "أيلول سبتمبر من العام الماضي", "2020-09-01", MONTH),
    ],
)
def test_arabic_expressions(text: str, expression: str, expected: str, precision: int) -> None:
    found = only(text, MON_3_MAY)
    assert (found.expression, found.value.isoformat(), found.precision) == (expression, expected, precision)
    assert text[found.start:found.end] == found.expression


@pytest.mark.parametrize(
    "text, published, expression, expected, precision",
    [
        ("زار في التاسع من الشهر الحالي الاقليم", SUN_16_MAY, "التاسع من الشهر الحالي", "2021-05-09", DAY),
        ("اجتماع مع الكاظمي في الثالث من الشهر الجاري", SUN_16_MAY, "الثالث من الشهر الجاري", "2021-05-03", DAY),
        ("أُعلن في بغداد الاحد عن البدء باستلام", SUN_16_MAY, "الاحد", "2021-05-16", DAY),
        ("خلال تفقده السبت لأوضاع العوائل", SUN_16_MAY, "السبت", "2021-05-15", DAY),
        ("مؤتمر نهاية شهر أغسطس (آب) الحالي", date(2021, 8, 16), "نهاية شهر أغسطس (آب) الحالي", "2021-08-25", WEEK),
        ("قتل في 10 كانون الأول", date(2021, 1, 5), "10 كانون الأول", "2020-12-10", DAY),
        ("قتل الشهر الماضي", date(2021, 1, 5), "الشهر الماضي", "2020-12-01", MONTH),
        ("في تشرين الأول الماضي", date(2021, 1, 5), "تشرين الأول الماضي", "2020-10-01", MONTH),
        # a day before a month, with its pair and الجاري/الماضي: still a day
        ("انطلقت العملية في 12 أيار/مايو الجاري", SUN_16_MAY, "12 أيار/مايو الجاري", "2021-05-12", DAY),
        ("انطلقت العملية في 9 أيار مايو الجاري", SUN_16_MAY, "9 أيار مايو الجاري", "2021-05-09", DAY),
        ("اعتقل في 12 أيار الماضي", SUN_16_MAY, "12 أيار الماضي", "2021-05-12", DAY),
        ("اعتقل في 25 أيار الماضي", SUN_16_MAY, "25 أيار الماضي", "2020-05-25", DAY),
    ],
)
def test_arabic_against_other_article_dates(text, published, expression, expected, precision) -> None:
    found = only(text, published)
    assert (found.expression, found.value.isoformat(), found.precision) == (expression, expected, precision)


@pytest.mark.parametrize(
    "text, expression, expected, precision",
    [
        ("A rocket hit the airport yesterday.", "yesterday", "2021-05-02", DAY),
        ("Two rockets struck the base last night.", "last night", "2021-05-02", DAY),
        ("Police said today that three men were arrested.", "today", "2021-05-03", DAY),
        ("Gunmen attacked a checkpoint on Tuesday.", "Tuesday", "2021-04-27", DAY),
        ("Gunmen attacked a checkpoint last Tuesday.", "last Tuesday", "2021-04-27", DAY),
        ("A drone struck the airport on Monday night.", "Monday night", "2021-05-03", DAY),
        ("A drone struck the airport on Sunday evening.", "Sunday evening", "2021-05-02", DAY),
        ("The bomb went off two days ago.", "two days ago", "2021-05-01", DAY),
        ("The bomb went off 3 days ago.", "3 days ago", "2021-04-30", DAY),
        ("The raid took place a week ago.", "a week ago", "2021-04-26", WEEK),
        ("Clashes erupted last week near Sinjar.", "last week", "2021-04-26", WEEK),
        ("Attacks rose last month.", "last month", "2021-04-01", MONTH),
        ("He was killed on March 15 in Mosul.", "March 15", "2021-03-15", DAY),
        ("He was killed on 15 March 2021 in Mosul.", "15 March 2021", "2021-03-15", DAY),
        ("He was killed on March 15, 2021 in Mosul.", "March 15, 2021", "2021-03-15", DAY),
        ("The offensive began in March 2021.", "March 2021", "2021-03-01", MONTH),
        ("Militias launched a drone attack in mid-April.", "mid-April", "2021-04-15", WEEK),
        ("Fighting resumed in late April.", "late April", "2021-04-25", WEEK),
        ("Attacks have increased earlier this month.", "earlier this month", "2021-05-01", MONTH),
        ("The convoy was hit in April.", "April", "2021-04-01", MONTH),
        ("In February, the convoy was hit.", "February", "2021-02-01", MONTH),
        ("The attack happened the day before yesterday.", "the day before yesterday", "2021-05-01", DAY),
        ("Talks will resume next Friday.", "next Friday", "2021-05-07", DAY),
        ("Baghdad, Aug 16, 2021 (AFP)", "Aug 16, 2021", "2021-08-16", DAY),
        ("A drone struck the camp on August 9 last year.", "August 9 last year", "2020-08-09", DAY),
        ("The base was shelled in September of last year.", "September of last year", "2020-09-01", MONTH),
    ],
)
def test_english_expressions(text: str, expression: str, expected: str, precision: int) -> None:
    found = only(text, MON_3_MAY)
    assert (found.expression, found.value.isoformat(), found.precision) == (expression, expected, precision)
    assert text[found.start:found.end] == found.expression


@pytest.mark.parametrize(
    "text",
    [
        "سقط أحد الصاروخين قرب السفارة",  # 'one of', not Sunday
        "قتل الأحد عشر جنديا في الكمين",  # 'the eleven'
        "وقع خلاف بين الاثنين حول الملف",  # 'the two'
        "مارس الضغوط على الحكومة",  # verb 'practised', not March
        "زار أب الشهيد مقر القيادة",  # 'father', not August
        "ولد عام 2014 في الموصل",  # a year alone is not a date
        "انتشرت الفرقة 16 في المنطقة",
        "في اليوم التالي للهجوم عادت الحياة",
        "عبرت التظاهرة جسر 14 تموز نحو المنطقة الخضراء",  # a bridge's name
        "نقل الجرحى إلى مستشفى 7 نيسان",
        "وقع الهجوم قبل يومين من الانتخابات",  # before an event, not before the article
        "قبل أسبوع على موعد الاقتراع",
        "ضبط 2.500 كغم من المتفجرات و3.5 طن من العتاد",
        "Forces may withdraw from the base.",
        "Protesters march to the square.",
    ],
)
def test_false_readings(text: str) -> None:
    assert find_dates(text, MON_3_MAY) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ليلة أمس", []),
        ("مساء الأحد", []),
        ("قبل يومين", []),
        ("منتصف أبريل", []),
        ("في 20 نيسان", []),
        ("في 15 آذار مارس 2021", ["2021-03-15"]),
        ("كانون الثاني يناير عام 2017", ["2017-01-01"]),
        ("Monday, 16 August 2021", ["2021-08-16"]),
    ],
)
def test_without_article_date_only_years_resolve(text: str, expected: list[str]) -> None:
    assert [d.value.isoformat() for d in find_dates(text, None)] == expected


def test_several_dates_in_one_sentence_in_order() -> None:
    text = "استشهد أحدهم في كانون الثاني يناير عام 2017 والآخر في 15 آذار مارس 2021 والثالث في 4 آب أغسطس عام 2014"
    found = find_dates(text, SUN_16_MAY)
    assert [(d.value.isoformat(), d.precision) for d in found] == [
        ("2017-01-01", MONTH), ("2021-03-15", DAY), ("2014-08-04", DAY)]
    assert all(text[d.start:d.end] == d.expression for d in found)


@pytest.mark.parametrize(
    "text, anchor_word, expected",
    [
        ("وفي 15 آذار مارس 2021 قتل جندي، وأعلن مسؤول أمس الحصيلة", "قتل", "2021-03-15"),
        ("وفي 15 آذار مارس 2021 قتل جندي، وأعلن مسؤول أمس الحصيلة", "وأعلن", "2021-05-02"),
        ("استهدف صاروخان ليلة أمس مطار بغداد", "استهدف", "2021-05-02"),
    ],
)
def test_incident_date_nearest_to_trigger(text: str, anchor_word: str, expected: str) -> None:
    found = incident_date(text, MON_3_MAY, anchor=text.index(anchor_word))
    assert found is not None and found.value.isoformat() == expected


def test_incident_date_none_and_first() -> None:
    assert incident_date("عقد اجتماع أمني موسع في بغداد", MON_3_MAY) is None
    found = incident_date("قتل جندي أمس، وأصيب آخر اليوم", MON_3_MAY)
    assert found is not None and found.expression == "أمس"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("توجيهات صدرت من الكاظمي...العراق يكشف عن خطته\n16-أغسطس-2021\n\nكشف مصدر أمني", date(2021, 8, 16)),
        ("بغداد 2021/08/16 - أعلنت قيادة العمليات", date(2021, 8, 16)),
        ("الاثنين 16 آب 2021\nأعلنت خلية الإعلام الأمني", date(2021, 8, 16)),
        ("Monday, 16 August 2021 - Baghdad (Reuters)", date(2021, 8, 16)),
        ("Aug 16, 2021 | Iraq news", date(2021, 8, 16)),
        ("قصف مطار بغداد ليلة أمس بصاروخين", None),
        ("x" * 450 + " 16-أغسطس-2021", None),
        ("BAGHDAD, March 16, 2021 (Xinhua) -- A rocket hit a residential area.", date(2021, 3, 16)),
        ("Rockets hit Baghdad airport\nPublished 16 March 2023 14:05 GMT\nTwo rockets landed", date(2023, 3, 16)),
        ("By Jane Doe | March 16, 2023\nGunmen killed a shop owner", date(2023, 3, 16)),
        # a date inside the body (an anniversary, background) is the body's, never the article's
        ("On March 16, 1988, Iraqi jets dropped chemical bombs on Halabja.", None),
        ("Kurds mark the anniversary\nThirty-five years ago, on 16 March 1988, Iraqi aircraft bombed the town.", None),
        ("Halabja remembers\nSULAIMANI — Thousands gathered to remember the victims of the attack of "
         "March 16, 1988, in which about 5,000 people died.", None),
        ("في 16 آذار 1988 قصفت الطائرات العراقية مدينة حلبجة بالأسلحة الكيمياوية", None),
    ],
)
def test_article_date_from_text(text: str, expected: date | None) -> None:
    assert article_date_from_text(text) == expected


_PIECES = ["أمسية ثقافية", "بالأمس", "في الثالث من الشهر الحالي", "قوات الأمن والحشد الشعبي في المنطقة", "ليلة أمس", "مساء الأحد", " ", "، ", "قتل جندي", "15 آذار مارس 2021", "أَمْسِ", "ـ", "yesterday",
           "on Tuesday", "قبل يومين", "منتصف أبريل", "\n", "أحد الصاروخين", "Aug 16, 2021", "٣"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_offsets_slice_back(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = find_dates(text, MON_3_MAY)
    assert all(text[d.start:d.end] == d.expression and d.expression for d in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_windowed_scan_agrees_with_full_scan(pieces: list[str]) -> None:
    """The fast path scans only around gate words; the slow reference scans every line in full."""
    from extract import dates
    from extract.date_patterns import patterns

    def every_line(norm: str, only: frozenset[str] | None = None) -> list:
        spans, start = [], 0
        for line in norm.split("\n"):
            spans += [(kind, regex, start, start + len(line)) for kind, regex in patterns().regexes
                      if only is None or kind in only]
            start += len(line) + 1
        return spans

    text = " ".join(pieces)
    fast = find_dates(text, MON_3_MAY), find_dates(text, None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "scan_windows", every_line)
        assert (find_dates(text, MON_3_MAY), find_dates(text, None)) == fast
    # Without an article date only the kinds that can resolve without one are scanned for: the same dates.
    every_kind = list(dates.scan_windows(dates.normalize_with_map(text)[0]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "scan_windows", lambda norm, only=None: every_kind)
        assert find_dates(text, None) == fast[1]


def test_shipped_lexicon_loads() -> None:
    data = lexicon_dates.load_dates()
    assert len(data["months"]) == 12 and len(data["weekdays"]) == 7


def test_malformed_lexicon_names_file_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    good = lexicon_dates._read("dates.yaml")
    bad = {**good, "months": [*good["months"][:-1], {"number": 12, "arabic": ["ديسمبر"], "english": ["December"]}]}
    monkeypatch.setattr(lexicon_dates, "_read", lambda name: bad)
    with pytest.raises(LexiconError, match=r"dates\.yaml: months\[11\]: missing 'source'"):
        lexicon_dates.load_dates.__wrapped__()


def test_seed_gold_dates(seeds_dir) -> None:
    """Every gold incident whose date expression stands in its evidence sentence gets that date."""
    import json

    checked = 0
    for gold_file in sorted((seeds_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if len(gold["article_date_inferred"] or "") != 10:
            continue
        published = date.fromisoformat(gold["article_date_inferred"])
        for incident in gold["incidents"]:
            expression = (incident.get("date_expression") or "").removeprefix("في ")
            expected = incident.get("date_inferred")
            if not expected or not expression or expression not in incident["evidence"]:
                continue
            found = {d.expression: d.value.isoformat() for d in find_dates(incident["evidence"], published)}
            assert found.get(expression, "").startswith(expected), (gold_file.name, expression, found)
            checked += 1
    assert checked >= 9


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_is_safe(text: str) -> None:
    for published in (MON_3_MAY, None):
        assert all(text[d.start:d.end] == d.expression for d in find_dates(text, published))
    assert all(0 <= a < b <= len(text) for a, b in split_sentences(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بغداد ١٦ آب ٢٠٢١ - أعلنت خلية الإعلام الأمني", [date(2021, 8, 16)]),  # Arabic-Indic digits: folded first
        ("16-أغسطس-20ـ21\nكشف مصدر أمني عن اعتقال متهم", [date(2021, 8, 16)]),  # a tatweel inside the year
        ("Sunday, 16 May 2021 - A rocket hit the base; officials said 2 were hurt", [SUN_16_MAY]),
        ("في كانون الثاني 2017 تحررت المدينة", [date(2017, 1, 1)]),  # month and year: no article date needed
        ("قتل 3 مدنيين بانفجار عبوة مساء الأحد في 16 آب", []),  # day and month, no year: not without the article date
        ("Two soldiers were killed on Monday near Tarmiyah", []),
        ("أعلنت القيادة اعتقال 1200 مطلوب", []),
    ],
)
def test_dates_without_article_date_need_a_year(text: str, expected: list[date]) -> None:
    """With no article date only an expression with its year resolves, so a text whose fold holds no
    year is not scanned: the result is that of the full scan (the gate switched off)."""
    import extract.dates as dates

    found = [d.value for d in find_dates(text, None)]
    assert found == expected
    gate = dates._A_YEAR
    try:
        dates._A_YEAR = dates.re.compile("")  # finds something in every text: the scans always run
        assert [d.value for d in find_dates(text, None)] == expected
    finally:
        dates._A_YEAR = gate
