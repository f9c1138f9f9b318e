"""Error classes found by auditing English reports of Iraqi and Kurdish regional outlets (Rudaw,
Kurdistan24, Shafaq News English, Xinhua/AP reposts; issue 8, docs/english_audit.md, enreg10). Every
row is a phrasing written for this file from how these outlets write, not copied from an audited
report. End to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 31)  # a Monday
CLASH = ("Battles", "Armed clash")


def incidents(text: str) -> list[tuple[str, str, str | None]]:
    return [(i.event_type, i.sub_event_type, i.admin1)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


# A tribal or clan fight told as a "conflict" or a "feud", or a dispute "leading to an armed clash",
# is a clash between communal militias (ACLED), as "tribal clash" and "clashes" already were.
@pytest.mark.parametrize("text, admin1", [
    ("A tribal conflict in Maysan province on Sunday left two people dead and five injured, a local "
     "official told Rudaw.", "Maysan"),
    ("A clan feud in Basra's Qurna district on Friday left three people dead, police said.", "Basra"),
    ("The quarrel between two families of one tribe in Dhi Qar's Shatrah district broke out on Sunday, "
     "leading to an armed clash in which a man was killed.", "Dhi Qar"),
    ("Police in Basra said a deadly clash erupted on Saturday night in the Zubair district over a plot "
     "of farmland, killing one man.", "Basra"),
])
def test_a_tribal_conflict_or_an_armed_clash_is_a_clash(text: str, admin1: str) -> None:
    assert incidents(text) == [(*CLASH, admin1)]


# Near misses: the habit or the worry, not a fight of the day.
@pytest.mark.parametrize("text", [
    "Tribal conflicts in southern Iraq continue to be a top security concern for the government.",
    "The governor of Maysan called on tribal elders to end the tribal conflict over farmland in "
    "Ali al-Gharbi.",
    "The army warned that any armed clash in Kirkuk would be met with force.",
])
def test_the_habit_or_the_worry_is_no_clash(text: str) -> None:
    assert incidents(text) == []


IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# "An explosive device" is how Shafaq News, INA and Rudaw English write «عبوة ناسفة»: with an event verb
# in its clause it is a roadside bomb, not an attack on civilians nor nothing.
@pytest.mark.parametrize("text, admin1", [
    ("A security source in Diyala said on Monday that two members of the Popular Mobilization were "
     "killed by an explosive device northeast of the governorate.", "Diyala"),
    ("Two soldiers were wounded on Sunday when an explosive device went off near their vehicle on the "
     "outskirts of Tuz Khurmatu, a military source told Shafaq News Agency.", "Salah al-Din"),
    ("A civilian was killed on Friday when an explosive device blew up on the outskirts of Khanaqin, "
     "a security source said.", "Diyala"),
])
def test_an_explosive_device_that_went_off_is_a_roadside_bomb(text: str, admin1: str) -> None:
    assert incidents(text) == [(*IED, admin1)]


# Near misses: a device defused or found is a disrupted weapons use; a warning is no event.
@pytest.mark.parametrize("text, expected", [
    ("Security forces dismantled an explosive device planted on a road in Tarmiyah on Monday.",
     [("Strategic developments", "Disrupted weapons use", "Baghdad")]),
    ("Police warned residents of Kirkuk against touching any explosive device left behind by ISIS.", []),
])
def test_a_device_defused_or_a_warning_is_no_bombing(text: str, expected: list) -> None:
    assert incidents(text) == expected


# Xinhua's landmark after the place, "X, located some 170 km north of Baghdad" («الواقعة على بعد …»), is
# where X lies, not the event's place: the event stays at X, also when "the provincial capital" is
# written before X (it went to Baghdad).
@pytest.mark.parametrize("text, admin1", [
    ("IS militants attacked a checkpoint north of Salahudin's provincial capital Tikrit, located some "
     "170 km north of Baghdad, killing a soldier, a police officer told Xinhua.", "Salah al-Din"),
    ("Gunmen attacked an army checkpoint near the provincial capital Baquba, located about 65 km "
     "northeast of Baghdad, killing a soldier.", "Diyala"),
    ("هاجم مسلحون نقطة تفتيش للجيش شمالي مركز المحافظة تكريت الواقعة على بعد 170 كم شمال بغداد، ما أسفر "
     "عن مقتل جندي.", "Salah al-Din"),
])
def test_a_landmark_after_located_is_not_the_place(text: str, admin1: str) -> None:
    assert [a for *_, a in incidents(text)] == [admin1]


# Near miss: a region after "located" does not move the event from the city.
def test_a_city_located_in_a_region_keeps_the_city() -> None:
    assert [a for *_, a in incidents("A roadside bomb went off on Tuesday in Baghdad, located in central "
                                     "Iraq, killing two people.")] == ["Baghdad"]


# The DNO field written Peshkabir (Reuters, AFP of July 2025) is a place of Zakho (Dohuk); the border
# crossing's own name stays the crossing.
@pytest.mark.parametrize("text, expected", [
    ("Two explosive-laden drones attacked the Peshkabir oil field operated by DNO on Wednesday, the "
     "Kurdistan Region's counter-terrorism service said.", ["Peshkabir oil field"]),
    ("Traffic at the Peshkhabour border crossing was halted on Wednesday after protesters blocked the "
     "road.", ["Fishkhabour border crossing"]),
])
def test_the_peshkabir_field(text: str, expected: list[str]) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [i.location for i in found] == expected


# Kurdish-region spellings of Rudaw, Kurdistan24, North Press and NRT (step 7 of the audit, both halves
# open): Garmiyan written Karmiyan, Haji Omeran on the Iranian border, Sinune/Snune for Sinuni.
@pytest.mark.parametrize("text, location", [
    ("Two Peshmerga were wounded on Saturday in an ISIS attack in Karmiyan area, a security source told "
     "North Press.", "Garmiyan"),
    ("Iranian artillery shelled villages near Haji Omeran on Tuesday, wounding two shepherds.",
     "Haji Omaran"),
    ("Clashes erupted on Sunday night between the Iraqi army and YBS fighters in Sinune, west of Sinjar.",
     "Sinuni"),
])
def test_kurdish_region_spellings(text: str, location: str) -> None:
    assert [i.location for i in parse_article(Article(text=text), article_date=DAY).incidents] == [location]


def test_a_quiet_front_is_no_event() -> None:
    assert incidents("The Peshmerga ministry said on Tuesday that the Karmiyan front was calm.") == []
