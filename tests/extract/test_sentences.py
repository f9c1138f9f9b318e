"""Sentence and clause splitting of Arabic and English news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.sentences import split_clauses, split_sentences


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قصف مطار بغداد ليلة أمس. وقال مصدر أمني إن الهجوم لم يسفر عن إصابات.",
         ["قصف مطار بغداد ليلة أمس.", "وقال مصدر أمني إن الهجوم لم يسفر عن إصابات."]),
        ("هل انتهى داعش؟ لا، يقول الخبراء", ["هل انتهى داعش؟", "لا، يقول الخبراء"]),
        ("قتل جندي؛ وأصيب اثنان", ["قتل جندي؛", "وأصيب اثنان"]),
        ("العنوان الرئيسي\n16-أغسطس-2021\n\nكشف مصدر أمني عن الخطة",
         ["العنوان الرئيسي", "16-أغسطس-2021", "كشف مصدر أمني عن الخطة"]),
        ("ضبط 3.5 طن من المتفجرات و2.500 صاروخ. ثم انسحبت القوات",
         ["ضبط 3.5 طن من المتفجرات و2.500 صاروخ.", "ثم انسحبت القوات"]),
        ("نقلت وكالة ا.ف.ب عن مصدر أمني قوله إن الهجوم فشل. وانتهى الأمر",
         ["نقلت وكالة ا.ف.ب عن مصدر أمني قوله إن الهجوم فشل.", "وانتهى الأمر"]),
        ("U.S. forces left Ain al-Asad. Gen. McKenzie said so on Friday.",
         ["U.S. forces left Ain al-Asad.", "Gen. McKenzie said so on Friday."]),
        ("وقال إن \"القوات أحبطت الهجوم.\" وأضاف أن التحقيق مستمر",
         ["وقال إن \"القوات أحبطت الهجوم.\"", "وأضاف أن التحقيق مستمر"]),
        ("وقال: «ترأس اجتماعا أمنيا موسعا.» ثم غادر", ["وقال: «ترأس اجتماعا أمنيا موسعا.»", "ثم غادر"]),
        ("توجيهات صدرت من الكاظمي...العراق يكشف عن خطته الأمنية",
         ["توجيهات صدرت من الكاظمي...العراق يكشف عن خطته الأمنية"]),
        ("انتظر الجميع... ثم جاء الرد", ["انتظر الجميع...", "ثم جاء الرد"]),
        ("Two rockets hit the base! No one was hurt.", ["Two rockets hit the base!", "No one was hurt."]),
        ("   \n  ", []),
        ("بلا علامة في النهاية", ["بلا علامة في النهاية"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text, latin_comma, expected",
    [
        ("قتل جندي، وأصيب اثنان آخران؛ وفر المهاجمون", False, ["قتل جندي،", "وأصيب اثنان آخران؛", "وفر المهاجمون"]),
        ("Gunmen killed two soldiers, police said; the attackers fled", False,
         ["Gunmen killed two soldiers, police said;", "the attackers fled"]),
        ("Gunmen killed 2,500 sheep, police said", True, ["Gunmen killed 2,500 sheep,", "police said"]),
        ("استهدف صاروخان مطار بغداد", False, ["استهدف صاروخان مطار بغداد"]),
    ],
)
def test_split_clauses(text: str, latin_comma: bool, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_clauses(text, latin_comma=latin_comma)] == expected


def test_split_clauses_inside_a_sentence_keeps_article_offsets() -> None:
    text = "مقدمة. قتل جندي، وأصيب آخر. خاتمة"
    start, end = split_sentences(text)[1]
    assert [text[a:b] for a, b in split_clauses(text, start, end)] == ["قتل جندي،", "وأصيب آخر."]


_ALPHABET = st.sampled_from([*list('اب تث.،؛؟!?\n"«»… 3.5ا.ف.بU.S. x'), "...", "مساء الأحد", "Gen.", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40))
def test_spans_cover_every_non_blank_character_once(parts: list[str]) -> None:
    text = "".join(parts)
    spans = split_sentences(text)
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))
    for start, end in spans:
        inside = [False] * len(text)
        last = start
        for a, b in split_clauses(text, start, end):
            assert last <= a < b <= end
            assert not text[a].isspace() and not text[b - 1].isspace()
            inside[a:b] = [True] * (b - a)
            last = b
        assert all(inside[i] or text[i].isspace() for i in range(start, end))
