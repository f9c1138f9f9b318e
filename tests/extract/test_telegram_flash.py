"""Telegram flash wording of Iraqi news channels (issue 8, tgaudit): headline present tense
(«تفكك عبوة», «مسيرة تستهدف»), the bare verbal noun «استهداف مقر ...», one-way ("suicide") drones,
and two dots as a pause inside a post. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from extract.sentences import split_sentences
from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str, str | None]]:
    return incidents(text, "event_type", "sub_event_type", "admin1", day=date(2026, 8, 1))


@pytest.mark.parametrize("text, admin1", [
    ("قوة من الجيش العراقي تفكك عبوة ناسفة على طريق تكريت.", "Salah al-Din"),
    ("مفارز الهندسة تفكك عبوتين ناسفتين في قضاء الطارمية شمالي بغداد.", "Baghdad"),
    ("الحشد الشعبي يفكك لغما أرضيا قرب ناحية العظيم في ديالى.", "Diyala"),
    ("القوات الأمنية تبطل مفعول عبوة لاصقة في قضاء الزبير.", "Basra"),
])
def test_present_tense_defusal_is_disrupted_weapons_use(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Strategic developments", "Disrupted weapons use", admin1)]


@pytest.mark.parametrize("text, admin1", [
    ("استهداف مقر تابع لحزب كردي معارض في محافظة السليمانية شمالي العراق.", "Sulaymaniyah"),
    ("استهداف مقرات المعارضة الكردية الإيرانية في قضاء كويسنجق.", "Erbil"),
    ("استهداف موقع عسكري في قضاء سنجار غربي نينوى.", "Nineveh"),
    ("🔻\nاستهداف معسكر للحشد الشعبي في ناحية آمرلي.", "Salah al-Din"),
])
def test_bare_targeting_of_a_site_is_a_remote_strike(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Explosions/Remote violence", "Air/drone strike", admin1)]


@pytest.mark.parametrize("text, sub_event_type", [
    ("استهداف رتل للدعم اللوجستي بعبوة ناسفة في قضاء الزبير.", "Remote explosive/landmine/IED"),
    ("استهداف مقر للحشد بصاروخين في قضاء القائم.", "Shelling/artillery/missile attack"),
])
def test_a_weapon_word_decides_the_type_of_a_targeting(text: str, sub_event_type: str) -> None:
    assert [s for _e, s, _a in _incidents(text)] == [sub_event_type]


@pytest.mark.parametrize("text", [
    "مسيرة مجهولة تستهدف مقرا للحشد الشعبي في قضاء القائم.",
    "طائرة مسيرة تستهدف موقعا لحزب العمال في قضاء سنجار.",
    "غارات تستهدف مواقع داعش في وادي حوران بالأنبار.",
])
def test_a_drone_or_strike_that_targets_in_the_present_tense(text: str) -> None:
    assert [(e, s) for e, s, _a in _incidents(text)] == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "هجوم بالطيران المسير الانتحاري على مقرات المعارضة في قضاء كويسنجق.",
    "بالطائرات المسيرة الانتحارية.. استهداف مقر تابع للمعارضة في محافظة السليمانية.",
    "مسيرات انتحارية تقصف مقرا للمعارضة الكردية في قضاء سوران.",
])
def test_one_way_drones_are_drone_strikes_not_suicide_bombs(text: str) -> None:
    assert [(e, s) for e, s, _a in _incidents(text)] == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize("text, expected", [
    # a suicide bomber stays one
    ("انتحاري يفجر حزامه الناسف قرب نقطة تفتيش في قضاء الطارمية.",
     [("Explosions/Remote violence", "Suicide bomb", "Baghdad")]),
    # drones still circling strike nothing
    ("لازالت المسيرات الانتحارية تحلق في سماء محافظة السليمانية.", []),
    # a targeting that is threatened, not done
    ("الفصائل تهدد باستهداف مقرات القوات الأجنبية في قاعدة حرير.", []),
    # «استهداف» of a person's reputation, no site
    ("النائب يتحدث عن استهداف سياسي لمحافظ البصرة.", []),
])
def test_look_alikes_stay_unchanged(text: str, expected: list) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, pieces", [
    ("بالطائرات المسيرة الانتحارية.. استهداف مقر في أربيل", 1),
    ("في مظهر غير حضاري.. ساحات الاحتفال تتحول الى مكب للنفايات", 1),
    ("انتهى الاجتماع..\nوصل الوزير", 2),  # two dots at the end of a line still end it
    ("انتهى الاجتماع... وصل الوزير", 2),  # three dots then a space: an end, as before
    ("انتهى الاجتماع. وصل الوزير", 2),
])
def test_two_dots_inside_a_line_are_a_pause(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


@pytest.mark.parametrize("text, expected", [
    # «ما ارتكبه من مجازر»: the deeds summed up in a speech, no event today
    ("داعش جسد بما ارتكبه من مجازر في سبايكر الوجه الأسود للإرهاب.", []),
    ("نستذكر ما ارتكبته العصابات من مجازر في قضاء سنجار.", []),
    ("يجب محاسبة البعث على ما اقترفه من جرائم في حلبجة.", []),
    # a massacre committed (no «ما ... من») is reported
    ("ارتكب مسلحون مجزرة بحق عائلة في قضاء المقدادية مساء أمس.",
     [("Violence against civilians", "Attack", "Diyala")]),
    ("عصابات داعش ترتكب مجزرة بحق رعاة في صحراء النخيب.", [("Violence against civilians", "Attack", "Anbar")]),
])
def test_deeds_summed_up_are_no_event(text: str, expected: list) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("محتجون يغلقون بوابة حقل نفطي في قضاء القرنة.", ("Protests", "Peaceful protest")),
    ("عشرات المتظاهرين يحتشدون امام مبنى محافظة ذي قار.", ("Protests", "Peaceful protest")),
    ("المعتصمون يغلقون دائرة الكهرباء في قضاء الشطرة.", ("Protests", "Peaceful protest")),
    ("المحتجون يقتحمون مبنى مجلس محافظة البصرة.", ("Riots", "Violent demonstration")),
    ("متظاهرون يحرقون مقر حزب في الناصرية.", ("Riots", "Violent demonstration")),
    ("المحتجون يرشقون القوات الامنية بالحجارة قرب حقل الرميلة.", ("Riots", "Violent demonstration")),
    ("معتصمون يحطمون واجهة دائرة الكهرباء في قضاء الشطرة.", ("Riots", "Violent demonstration")),
    ("قوات الامن تطلق الرصاص الحي على متظاهرين يقطعون طريقا في الناصرية.",
     ("Protests", "Excessive force against protesters")),
    ("اطلاق النار على محتجين امام حقل نفطي في قضاء القرنة.", ("Protests", "Excessive force against protesters")),
])
def test_protesters_as_the_subject_of_a_headline_verb(text: str, expected: tuple[str, str]) -> None:
    assert [(e, s) for e, s, _a in _incidents(text)] == [expected]


@pytest.mark.parametrize("text", [
    "المحتجون يطالبون الحكومة بالتعيين ويهددون بالتصعيد الاسبوع المقبل.",  # a demand, no gathering told
    "الشرطة تعتقل متظاهرين اغلقوا الطريق امس",  # (any output allowed but a riot)
])
def test_protest_look_alikes_are_no_riot(text: str) -> None:
    assert all(e != "Riots" for e, _s, _a in _incidents(text))


@pytest.mark.parametrize("text, sub_event_type", [
    ("انفجارات تهز قضاء سوران بعد استهداف مقرات المعارضة الكردية.", "Air/drone strike"),
    ("دوي انفجارات في ناحية بنصلاوة جراء استهداف موقع للحزب الكردي", "Air/drone strike"),
    # the bomb is named: it stays an IED
    ("انفجار عبوة ناسفة بعد استهداف رتل للدعم اللوجستي في الناصرية", "Remote explosive/landmine/IED"),
    ("انفجار سيارة مفخخة بعد استهداف مقر امني في قضاء الطارمية", "Remote explosive/landmine/IED"),
])
def test_explosions_after_a_targeting_of_a_site_are_the_strike(text: str, sub_event_type: str) -> None:
    assert [s for _e, s, _a in _incidents(text)] == [sub_event_type]
