"""Villages of English wire reports the gazetteer lacked, and village bombs told one by one (issue 8,
enfix6 follow-up of the enwire6 audit of 105 English wire reports; docs/english_audit.md round 4).

* Villages raided or struck in the Kurdistan Region and the disputed territories (Qara Salem, Khidir
  Jija, Parakh, Zirgwez, Sherawa) are places of their own (geo/data/places_curated.csv), not the
  Kurdistan Region or the governorate.
* "the al-Mafraq area, west of Baquba" in a Diyala report is the Iraqi namesake, not Jordan's Mafraq;
  Mafraq in a Jordan report stays in Jordan.
* Roadside bombs told one by one in villages of a district ("Also in the province, ... in the village
  of ...", "Another roadside bomb ... east of Baquba") are one event each; a lead's bombs "in Baghdad
  and Diyala", placed at Baghdad, do not swallow the body's Diyala bomb.
* "a makeshift bomb struck their car" is a roadside bomb.

Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)


def incidents(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return sorted((i.location, i.country, i.sub_event_type) for i in found)


def places(text: str) -> list[str | None]:
    return sorted(i.location for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peshmerga forces came under attack by ISIS militants near the village of Qara Salem on Sunday night, "
     "the ministry said.", ["Qara Salem"]),
    ("ISIS gunmen attacked the village of Khidir Jija overnight, killing three villagers and a fighter.",
     ["Khidir Jija"]),
    ("Turkish artillery shelled a resort in Parakh village in Duhok province on Wednesday, killing five "
     "tourists.", ["Parakh"]),
    ("Iranian drones struck a Komala base in the Zirgwez area on Monday, the party said.", ["Zirgwez"]),
    ("A drone struck the party's headquarters in Sherawa on Wednesday morning, a spokesman said.",
     ["Sherawa"]),
    ("هاجم مسلحو داعش قرية قرة سالم ليلة الأحد ما أسفر عن مقتل اثنين من البيشمركة.", ["Qara Salem"]),
    ("قصفت المدفعية التركية منتجعاً سياحياً في قرية باراخ التابعة لقضاء زاخو اليوم الأربعاء.", ["Parakh"]),
])
def test_a_village_of_the_wire_is_a_place_of_its_own(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an Iraqi context: the Diyala namesake
    ("In Diyala, a farmer was wounded by a roadside bomb in the al-Mafraq area, west of Baquba, police said.",
     [("Al-Mafraq", "IQ", "Remote explosive/landmine/IED")]),
    # negative: a Jordanian context keeps Jordan's Mafraq
    ("A roadside bomb wounded two people in Mafraq, in northern Jordan near the Syrian border, on Tuesday.",
     [("Mafraq", "JO", "Remote explosive/landmine/IED")]),
])
def test_mafraq_follows_its_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two villages of one district, each with its own bomb, told in their own sentences
    ("In Diyala, a farmer was wounded by a roadside bomb in the al-Mafraq area, west of Baquba, police said. "
     "Also in the province, a shepherd was hurt when a bomb went off in the village of al-Othmaniya, "
     "south-west of Baquba.", ["Al-Mafraq", "Al-Othmaniya"]),
    # "Another roadside bomb" east of the city after a village's bomb west of it
    ("In Diyala, a farmer was wounded by a roadside bomb in the al-Mafraq area, west of Baquba, police said. "
     "Another roadside bomb detonated near an army patrol in an area east of Baquba, police said.",
     ["Al-Mafraq", "Baqubah"]),
    # a lead over two governorates placed at Baghdad, then each governorate's bomb
    ("Nine people were wounded by roadside bombs in Baghdad and Diyala province on Wednesday, police said. "
     "Five were hurt by a roadside bomb in Baghdad's Hurriya neighbourhood, a police source said. "
     "In Diyala, two farmers were wounded by a roadside bomb in the al-Mafraq area, west of Baquba.",
     ["Al-Mafraq", "Hurriya"]),  # the Baghdad bomb at the neighbourhood its own sentence names (dup7: city and site)
    # "a makeshift bomb struck their car": a roadside bomb
    ("A father and his son were wounded when a makeshift bomb struck their car in the village of "
     "al-Othmaniya on Tuesday.", ["Al-Othmaniya"]),
    # negative: one village's bomb told again is one event
    ("A roadside bomb wounded two farmers in the village of al-Othmaniya on Tuesday. The bomb went off as "
     "the farmers drove through the village, police said.", ["Al-Othmaniya"]),
    # negative: "another" that is not another bomb ("killing one and wounding another")
    ("A roadside bomb went off in the al-Mafraq area of Diyala on Tuesday, killing one farmer and wounding "
     "another. The blast in al-Mafraq also damaged a house.", ["Al-Mafraq"]),
])
def test_village_bombs_told_one_by_one_are_one_event_each(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    # negative: a homemade bomb found and defused is no explosion
    "Police found a homemade bomb near a school in Baquba on Tuesday and defused it.",
])
def test_a_makeshift_bomb_found_is_no_blast(text: str) -> None:
    assert not any(s == "Remote explosive/landmine/IED" for _loc, _c, s in incidents(text))
