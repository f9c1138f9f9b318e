"""Two events of one sub-type at two places joined by فيما/بينما/كما/while are two (issue 8,
docs/arabic_audit.md, left by semfix: "mortar shells hit Tarmiyah, while rockets struck Balad air
base" stayed one). The joined clause with its own trigger is another event; told at the same place it
merges back into one. Phrasings written for this table; each row runs through ``parse_article``."""

from __future__ import annotations

import pytest

from tests.extract.test_wire_reports_2003_2018 import incidents

IED, SHELLING = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, expected", [
    ("Mortar shells hit Tarmiyah, while rockets struck Balad air base.",
     {(SHELLING, "Tarmiyah"), (SHELLING, "Balad Air Base")}),
    ("سقطت قذائف هاون على قضاء الطارمية، بينما سقطت قذائف أخرى على قضاء الدجيل.",
     {(SHELLING, "Tarmiyah District"), (SHELLING, "Dujail District")}),
    ("A roadside bomb exploded in Tarmiyah, while another roadside bomb went off in Samarra.",
     {(IED, "Tarmiyah"), (IED, "Samarra")}),
    ("انفجرت عبوة ناسفة في قضاء الطارمية، فيما انفجرت عبوة ناسفة أخرى في قضاء المقدادية.",
     {(IED, "Tarmiyah District"), (IED, "Muqdadiya District")}),
    ("Gunmen killed a shepherd in Tuz Khurmatu, while other gunmen killed a farmer in Daquq.",
     {("Attack", "Tuz Khurmatu"), ("Attack", "Daquq")}),
    ("اعتقلت القوات الأمنية ثلاثة مطلوبين في الموصل، فيما اعتقلت قوة أخرى إرهابياً في كركوك.",
     {("Arrests", "Mosul"), ("Arrests", "Kirkuk")}),
])
def test_one_kind_at_two_places_is_two_events(text: str, expected: set) -> None:
    found = [(sub, place) for sub, place, _day in incidents(text)]
    assert len(found) == 2 and set(found) == expected


@pytest.mark.parametrize("text, expected", [
    # one place told twice: one event
    ("سقطت قذائف هاون على قضاء الطارمية، فيما سقطت قذيفة أخرى على القضاء نفسه.", [SHELLING]),
    ("Mortar shells hit Tarmiyah, while more shells landed near the town.", [SHELLING]),
    # what follows the joiner is the same event told on
    ("سقطت قذيفة هاون على ناحية العظيم، فيما أعلنت خلية الإعلام الأمني أن القصف لم يسفر عن خسائر.", [SHELLING]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية، كما أسفر الانفجار عن إصابة جنديين.", [IED]),
])
def test_one_kind_at_one_place_stays_one(text: str, expected: list) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == expected
