"""Number words and casualty counts in Arabic and English news phrasings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import lexicon_dates
from extract.lexicon_dates import LexiconError
from extract.numbers import Casualties, count_casualties, parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("18", 18), ("١٨", 18), ("۱۸", 18), ("2,500", 2500), ("2.500", 2500), ("3.5", None),
        ("واحد", 1), ("اثنان", 2), ("اثنين", 2), ("ثلاثة", 3), ("ثلاث", 3), ("ثلاثه", 3), ("أربعة", 4),
        ("خمسة", 5), ("ستة", 6), ("سبع", 7), ("ثمانية", 8), ("وثمانية", 8), ("تسعة", 9), ("وتسعة", 9),
        ("عشرة", 10), ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("ثلاثة عشر", 13),
        ("عشرون", 20), ("عشرين", 20), ("خمسة وعشرين", 25), ("ثلاثين", 30), ("ثلاثون", 30),
        ("مئة", 100), ("مائة", 100), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("ألف", 1000), ("ألفين", 2000),
        ("بثلاثة", 3), ("الثلاثة", 3),
        ("one", 1), ("two", 2), ("twelve", 12), ("twenty", 20), ("twenty-five", 25), ("thirty", 30),
        ("a dozen", 12), ("one hundred", 100), ("two hundred", 200), ("Three", 3),
        ("عشرات", None), ("dozens", None), ("جندي", None), ("", None), ("several", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("وقبل يومين، أعلن مسؤولون أمنيون عراقيون، مقتل 18 شخصاً، غالبيتهم من عناصر الأمن", 18, None),
        ("وأدت هذه الهجمات إلى مقتل متعاقدَين أجنبيين وتسعة عراقيين هم متعاقد وثمانية مدنيين.", 11, None),
        ("استشهاد ثلاثة جنود وإصابة خمسة آخرين بانفجار عبوة ناسفة", 3, 5),
        ("مصرع ٤ أشخاص بحادث تفجير في سوق شعبي", 4, None),
        ("لقي ثلاثة أشخاص حتفهم في هجوم مسلح", 3, None),
        ("لقي جندي حتفه بانفجار عبوة", 1, None),
        ("أسفر الهجوم عن سقوط 4 قتلى و7 جرحى", 4, 7),
        ("أسفر التفجير عن مقتل مدني", 1, None),
        ("مقتل جندي بنيران قناص", 1, None),
        ("مقتل جنديين في هجوم لداعش", 2, None),
        ("قتل جنديان واصيب ثالث", 2, 1),  # a third (one more) was wounded
        ("إصابة 3 منتسبين بجروح جراء انفجار", None, 3),
        ("أصيب خمسة أشخاص بجروح", None, 5),
        ("جرح 12 شخصا في الانفجار", None, 12),
        ("مقتل ما لا يقل عن 5 أشخاص", 5, None),
        ("مقتل نحو عشرين مسلحا", 20, None),
        ("مقتل زعيم في داعش", 1, None),
        ("مقتل أحد عناصر الحشد الشعبي", 1, None),
        ("استشهد ضابط وأصيب جنديان", 1, 2),
        ("مقتل 3 جنود ومقتل 2 آخرين في هجوم ثان", 5, None),
        ("وسقط 10 شهداء في القصف", 10, None),
        ("حصيلة الهجوم 12 قتيلا و30 جريحا", 12, 30),
        ("قتل جنديا في الكمين", 1, None),
        ("أسفر الانفجار عن سقوط قتيل وثلاثة جرحى", 1, 3),
        ("لقي حتفه في الحادث", 1, None),
        ("لقيا حتفهما بنيران مسلحين", 2, None),
        ("أسفر الهجوم عن قتيلين و5 جرحى", 2, 5),
        ("زار عائلة الشهيد الملازم الذي استشهد على يد داعش عام 2017", 1, None),
        ("وعائلة المنتسب في الشرطة الاتحادية الذي قتل في هجوم", 1, None),
        ("تفقد عائلتي الشقيقين اللذين قتلا في التفجير", 2, None),
        ("إصابة مدنيين اثنين بجروح", None, 2),
        ("أعلنت الخلية مقتل الإرهابيين الخمسة", 5, None),
        ("ارتفعت حصيلة القتلى إلى 20 شخصا", 20, None),
        ("بلغ عدد الشهداء 7", 7, None),
        ("قتل 3 أشخاص وأصيب 5 آخرون", 3, 5),
        ("أسفر عن استشهاد منتسب وإصابة اثنين آخرين", 1, 2),
        ("مقتل ثلاثة من عناصر الشرطة", 3, None),
        ("قُتل شخصان وأصيب ثلاثة آخرون", 2, 3),
        ("A civilian was killed when a rocket hit the house.", 1, None),
        ("Three soldiers were killed in the ambush.", 3, None),
        ("Two Iraqi soldiers were killed and four were wounded.", 2, 4),
        ("The blast ripped through the market, killing five.", 5, None),
        ("The attack left 5 dead.", 5, None),
        ("The attack left two dead and 12 wounded.", 2, 12),
        ("Gunmen wounded four policemen.", None, 4),
        ("At least seven people were injured.", None, 7),
        ("The attack on two checkpoints killed three soldiers.", 3, None),
        ("A soldier was killed two days ago.", 1, None),
        ("A suicide bomber killed 32 people.", 32, None),
        ("A soldier and two civilians were killed in the blast.", 3, None),
        ("The blast killed 3 and injured 14 people.", 3, 14),
        ("Gunmen killed a policeman and wounded two others.", 1, 2),
        ("The bombing killed at least 12 people and wounded 30.", 12, 30),
        ("The death toll rose to 20.", 20, None),
        # a proclitic ب on the casualty word, and an ordinal for "one more"
        ("أفاد مصدر أمني بمقتل منتسبين اثنين وإصابة ثالث بانفجار عبوة", 2, 1),
        ("نعت الوزارة الفقيد إثر مقتله، وأعلنت عن مقتل جنديين وإصابة ثالث بجروح", 2, 1),
        ("وأدى الحادث لمقتل أربعة أشخاص", 4, None),
    ],
)
def test_casualty_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("سقط صاروخ قرب المطار دون وقوع إصابات", 0, 0),
        ("سقطت قذيفة هاون لم تسفر عن خسائر بشرية", 0, 0),
        ("The rocket caused no casualties.", 0, 0),
        ("No one was hurt in the blast.", 0, 0),
        ("No one was killed, but two guards were wounded.", 0, 2),
    ],
)
def test_explicit_zero(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)


@pytest.mark.parametrize(
    "text",
    [
        "يبلغ من العمر 18 عاماً",
        "انتشرت الفرقة 16 في المنطقة",
        "انتشر 2500 عسكري منتشرين في المحافظة",
        "شنت عشرات الهجمات منذ يناير",
        "أسفر القصف عن عشرات القتلى",  # vague: no number
        "قتل وجرح 10 أشخاص في التفجير",  # killed+wounded together: split unknown
        "أسفر الهجوم عن مقتل وإصابة 5 أشخاص",
        "سقوط جرحى في الاشتباك",
        "سقوط 10 بين قتيل وجريح",  # dead and wounded together: split unknown
        "زار رئيس الوزراء عائلة شهيد في الناصرية",
        "عقد اجتماع أمني موسع في بغداد",
        "ضبط 3 صواريخ كاتيوشا معدة للإطلاق",
        "Dozens were killed in the fighting.",
        "Forces arrested 12 suspects.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert count_casualties(text) == Casualties(killed=None, injured=None)


def test_shipped_number_lexicon_loads() -> None:
    data = lexicon_dates.load_numbers()
    assert {row["value"] for row in data["arabic_numbers"]} >= set(range(1, 13))


def test_malformed_number_lexicon_names_file_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    good = lexicon_dates._read("numbers.yaml")
    bad = {**good, "people": [*good["people"], {"word": "جندي", "dual_ok": "yes", "source": "test"}]}
    monkeypatch.setattr(lexicon_dates, "_read", lambda name: bad)
    with pytest.raises(LexiconError, match=r"numbers\.yaml: people\[\d+\]: 'dual_ok' has the wrong type"):
        lexicon_dates.load_numbers.__wrapped__()


def test_seed_gold_fatalities(seeds_dir) -> None:
    """Gold fatalities come out of the incident's clause (or sentence); no count where gold has none."""
    import json

    for gold_file in sorted((seeds_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for incident in gold["incidents"]:
            text = incident.get("evidence_clause") or incident["evidence"]
            assert count_casualties(text).killed == incident.get("fatalities"), (gold_file.name, text[:60])


_WORDS = ["مقتل", "وإصابة", "3", "٤", "جنديين", "متعاقدَين", "وتسعة", "قتلى", "جرحى", "killed", "were", "two", "a",
          "soldier", "wounded", "،", ".", "آخرين", "لقي", "حتفهم", "بين", "no casualties", "İ", "ـ", "\u064e", "2,500"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_WORDS), max_size=15).map(" ".join)))
def test_never_fails_and_counts_are_sane(text: str) -> None:
    found = count_casualties(text)
    assert all(v is None or (isinstance(v, int) and v >= 0) for v in (found.killed, found.injured))
    assert parse_number(text) is None or parse_number(text) >= 0


@pytest.mark.parametrize("text, fatalities", [
    # the dead of what a protest denounces are not the protest's
    ("Hundreds of students rallied in Baghdad on Friday to denounce the bombing of a market in Syria, which killed "
     "at least 12 people.", None),
    ("وتظاهر المئات في ساحة التحرير ببغداد، اليوم الجمعة، تنديداً بالتفجير الذي استهدف سوقاً في سوريا وأسفر عن "
     "مقتل 12 شخصاً.", None),
    # ... but the protest's own dead are
    ("Police killed two protesters when they opened fire on a demonstration in Nasiriyah on Friday.", 2),
])
def test_a_protest_takes_only_its_own_dead(text: str, fatalities: int | None) -> None:
    from datetime import date

    from extract.model import Article
    from extract.pipeline import parse_article

    (incident,) = parse_article(Article(text), article_date=date(2024, 6, 21)).incidents
    assert incident.fatalities == fatalities
