"""Places of the Nineveh Plains that real reports name and the gazetteer lacked (issue 8): the plain
itself (an area of Nineveh, placed at geo 2 rather than at the governorate), and the towns Karamles,
Bahzani, Tesqopa, Batnaya and Alqosh, and Siba Sheikh Khidir and Tel Qasab in Sinjar, each row with a cited coordinate. The governorate named alone, and the
words of the plain's name used otherwise, are unchanged.

Sentences written for these tests in the style of Iraqi and wire reports; none is copied from one.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from geo.matcher import find_places


def _places(text: str) -> dict[str, str]:
    return {m.surface: m.place.place_id for m in find_places(text)}


@pytest.mark.parametrize("text, surface, place_id", [
    ("هاجم مسلحو داعش قرية نائية في سهل نينوى ليلة أمس", "سهل نينوى", "iq.ni.nineveh_plains"),
    ("انتشرت قوات الحشد في مناطق سهل نينوى بعد انسحاب البيشمركة", "سهل نينوى", "iq.ni.nineveh_plains"),
    ("Islamic State fighters raided a farm in the Nineveh Plains overnight.", "Nineveh Plains", "iq.ni.nineveh_plains"),
    ("عادت عشرات العائلات المسيحية إلى بلدة كرمليس", "كرمليس", "iq.ni.karamles"),
    ("Families began returning to Karamles after the town was retaken.", "Karamles", "iq.ni.karamles"),
    ("انفجرت عبوة ناسفة قرب مزار في بحزاني", "بحزاني", "iq.ni.bahzani"),
    ("A car bomb went off in Bahzani, near Bashiqa.", "Bahzani", "iq.ni.bahzani"),
    ("صدت البيشمركة هجوما على بلدة تل أسقف شمال الموصل", "تل أسقف", "iq.ni.tesqopa"),
    ("Peshmerga forces repelled an attack on Tel Skuf.", "Tel Skuf", "iq.ni.tesqopa"),
    ("نزحت مئات العائلات من القوش خوفا من تقدم المسلحين", "القوش", "iq.ni.alqosh"),
    ("A mortar round landed on the outskirts of Alqosh.", "Alqosh", "iq.ni.alqosh"),
    ("Aid reached the camp at Hasan Sham east of Mosul.", "Hasan Sham", "iq.ni.hasansham"),
    ("اعتقلت القوات مطلوبين في بلدة باطنايا شمال تلكيف", "باطنايا", "iq.ni.batnaya"),
    ("Mines left in Batnaya killed a returning farmer.", "Batnaya", "iq.ni.batnaya"),
    ("انفجرت شاحنة مفخخة في مجمع سيبا شيخ خدر جنوب سنجار", "مجمع سيبا شيخ خدر", "iq.ni.siba_sheikh_khidir"),
    ("Truck bombs hit Siba Sheikh Khidir, south of Sinjar.", "Siba Sheikh Khidir", "iq.ni.siba_sheikh_khidir"),
    ("عادت عائلات إيزيدية إلى تل قصب جنوب جبل سنجار", "تل قصب", "iq.ni.tel_qasab"),
    ("A mass grave was found near Tel Qasab in Sinjar.", "Tel Qasab", "iq.ni.tel_qasab"),
])
def test_a_nineveh_plains_place_is_found(text: str, surface: str, place_id: str) -> None:
    assert _places(text).get(surface) == place_id


@pytest.mark.parametrize("text, surface, place_id", [
    ("سقطت قذيفة في محافظة نينوى دون إصابات", "نينوى", "iq.gov.nineveh"),
    ("Gunmen killed a farmer in Nineveh on Monday.", "Nineveh", "iq.gov.nineveh"),
])
def test_the_governorate_alone_is_unchanged(text: str, surface: str, place_id: str) -> None:
    assert _places(text).get(surface) == place_id


@pytest.mark.parametrize("text", [
    "قال المسؤول إن الوصول إلى المخيم سهل نسبيا",
    "سهلت القوات عودة النازحين إلى قراهم",
])
def test_the_plain_word_alone_is_no_place(text: str) -> None:
    assert _places(text) == {}


def test_an_event_in_the_plains_is_geo_2_in_nineveh() -> None:
    text = "Islamic State fighters killed three farmers in an attack in the Nineveh Plains on Monday."
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=date(2025, 3, 4))
    assert [(i.place_id, i.admin1, i.geo_precision) for i in parsed.incidents] == [
        ("iq.ni.nineveh_plains", "Nineveh", 2)]
