"""Long-form Arabic reports (issue 8, the long-form round): wire and TV-site articles and UN or
government statements that tell several events, recall older ones and quote officials. Every
phrasing here was written for this table from general Arabic news usage, not copied from a report;
each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 3, 12)
ERV = "Explosions/Remote violence"


def incidents(text: str, day: date = DAY) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, place, ISO date) of every incident found in ``text`` published on ``day``."""
    return [(i.sub_event_type, i.location, i.event_date.isoformat() if i.event_date else None)
            for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # A twin attack at one place is one event, told with a dual
    ("قتل 12 شخصا وأصيب 30 آخرون بتفجيرين انتحاريين وقعا صباح اليوم في سوق شعبي وسط مدينة الحلة.",
     [("Suicide bomb", "Hillah", "2024-03-12")]),
    ("وأسفر الانفجاران اللذان وقعا مساء أمس في قضاء الخالص عن مقتل ثلاثة مدنيين.",
     [("Remote explosive/landmine/IED", "Khalis District", "2024-03-11")]),
])
def test_a_twin_attack_told_with_a_dual_is_one_event(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "سجلت الأجهزة الأمنية هجومين خلال أقل من ثلاثة أيام على أبراج الطاقة.",
    "ووقع انفجاران منفصلان استهدفا أرتالا للدعم اللوجستي.",
    "وشهدت البلاد تفجيرين في محافظتي ديالى وصلاح الدين.",
])
def test_a_dual_spread_over_days_or_places_sums_up_events(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    # A condemnation names the event with a relative clause: the event itself, with its own place and day
    ("أدان الممثل الخاص للأمين العام بشدة التفجير الإرهابي الذي وقع اليوم في ناحية جلولاء وأودى بحياة خمسة مدنيين.",
     [("Remote explosive/landmine/IED", "Jalawla", "2024-03-12")]),
    ("واستنكرت وزارة الخارجية الهجوم الذي استهدف أمس موكبا لزوار في قضاء بلد.",
     [("Armed clash", "Balad District", "2024-03-11")]),
])
def test_a_definite_event_with_a_relative_clause_is_reported_not_referred_to(text: str, expected: list) -> None:
    assert incidents(text) == expected


def test_two_blasts_on_two_days_at_two_sites_stay_two_events() -> None:
    text = ("الأمين العام يدين الانفجارين اللذين استهدفا المحتفلين في بغداد أمس\n"
            "وأعرب الأمين العام عن حزنه العميق لسقوط الضحايا.\n"
            "كما أدان الأمين العام الانفجار الذي وقع اليوم في حي الكرادة وأودى بحياة عشرة أشخاص.")
    found = incidents(text)
    assert [(place, day) for _sub, place, day in found] == [("Baghdad", "2024-03-11"), ("Karrada", "2024-03-12")]


@pytest.mark.parametrize("text", [
    "وخلال الأسابيع الثلاثة الماضية سجلت المفوضية مقتل سبعة ناشطين في محافظات الجنوب.",
    "وتلقت البعثة تقارير عن وقوع أكثر من عشر حوادث في بغداد والبصرة أسفرت عن مقتل أربعة أشخاص.",
    "وشهدت المحافظة هجمات متفرقة أسفرت عن مقتل خمسة من عناصر الشرطة.",
])
def test_a_tally_over_days_or_incidents_is_not_one_event(text: str) -> None:
    assert incidents(text) == []


def test_the_un_wording_of_an_ied_is_an_explosion() -> None:
    text = "وانفجر جهاز متفجر يدوي الصنع قرب منزل ناشط في مدينة الكوت مساء الأحد."
    assert [sub for sub, _place, _day in incidents(text)] == ["Remote explosive/landmine/IED"]


def test_the_protests_the_victims_took_part_in_are_not_an_event() -> None:
    text = "وانفجرت عبوة ناسفة في مدينة الحلة أسفرت عن إصابة ناشطين اثنين شاركوا في الاحتجاجات."
    assert [sub for sub, _place, _day in incidents(text)] == ["Remote explosive/landmine/IED"]


def test_two_days_and_two_places_in_one_sentence_are_read_respectively() -> None:
    text = "ففي 3 آذار/ مارس وفي 9 آذار/ مارس انفجرت عبوات ناسفة في الحلة والكوت أسفرت عن إصابة أربعة أشخاص."
    assert incidents(text) == [("Remote explosive/landmine/IED", "Hillah", "2024-03-03"),
                               ("Remote explosive/landmine/IED", "Kut", "2024-03-09")]


def test_a_death_in_the_lead_and_its_means_told_later_are_one_event_typed_by_the_means() -> None:
    text = ("مقتل مصور صحفي في قضاء سنجار\n"
            "أعلنت نقابة الصحفيين مقتل مصور صحفي يعمل لقناة محلية في قضاء سنجار غربي الموصل.\n"
            "وقالت النقابة في بيان إن \"الزميل كان يصور تقريرا عن عودة النازحين عندما انفجرت عبوة ناسفة "
            "أودت بحياته على الفور\".")
    assert [sub for sub, _place, _day in incidents(text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text, expected", [
    ("أدانت البعثة بشدة الهجمات التي تسببت في قتل وإصابة عشرات المتظاهرين في ساحة الحبوبي بالناصرية.",
     ("Violence against civilians", "Attack")),
    ("أطلقت قوات الأمن الرصاص الحي ما أسفر عن مقتل خمسة من المتظاهرين في ساحة الحبوبي بالناصرية.",
     ("Protests", "Excessive force against protesters")),
])
def test_protesters_killed_by_attacks_are_civilians_attacked_not_repressed(text: str, expected: tuple) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [(i.event_type, i.sub_event_type) for i in found] == [expected]


def test_the_headline_the_lead_and_its_toll_are_one_event_at_the_lead_s_place() -> None:
    text = ("مقتل ثلاثة جنود بهجوم لداعش في كركوك\n"
            "كركوك - وكالة الأنباء\n"
            "قتل ثلاثة جنود عراقيين وأصيب اثنان آخران، مساء الاثنين، بهجوم شنه مسلحون من تنظيم داعش على نقطة عسكرية "
            "في وادي الشاي جنوب غربي كركوك، وفق ما أفاد مصدر أمني.\n"
            "وقال المصدر إن \"المهاجمين انسحبوا باتجاه المناطق الوعرة بعد اشتباك استمر نحو ساعة\".")
    assert incidents(text) == [("Armed clash", "Wadi al-Shay", "2024-03-11")]


def test_the_main_event_retold_paragraphs_later_is_one_incident() -> None:
    text = ("أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، أن عبوة ناسفة انفجرت على دورية للجيش في قضاء الطارمية "
            "شمالي بغداد، ما أسفر عن إصابة جنديين.\n"
            "وأضاف البيان أن القوات فرضت طوقا حول المنطقة.\n"
            "ورفعت القيادة حالة التأهب في المناطق المحيطة بالعاصمة.\n"
            "وأشار مسؤول محلي إلى أن المزارعين طالبوا بتأمين الطرق الزراعية.\n"
            "ودعا نواب إلى مراجعة الخطط الأمنية في حزام بغداد.\n"
            "وكانت العبوة الناسفة قد انفجرت في قضاء الطارمية أثناء مرور الدورية على طريق زراعي.")
    assert [(sub, place) for sub, place, _day in incidents(text)] == [
        ("Remote explosive/landmine/IED", "Tarmiyah District")]


def test_a_demonstrative_points_back_even_with_a_relative_clause() -> None:
    text = ("انفجرت سيارة مفخخة صباح اليوم في سوق شعبي بمدينة الصدر في بغداد، ما أسفر عن مقتل سبعة مدنيين.\n"
            "وقال المتحدث إن هذا التفجير الذي وقع في ساعة الذروة يهدف إلى إيقاع أكبر عدد من الضحايا.")
    assert [sub for sub, _place, _day in incidents(text)] == ["Remote explosive/landmine/IED"]


def test_a_month_and_a_day_of_that_month_can_be_one_event() -> None:
    text = ("هجوم الحلة (آذار 2024) هو هجوم نفذه مسلحون في 10 آذار 2024 على سوق في مدينة الحلة، "
            "مما أسفر عن مقتل ما لا يقل عن 20 شخصا.")
    assert [(place, day) for _sub, place, day in incidents(text)] == [("Hillah", "2024-03-10")]


@pytest.mark.parametrize("text, expected", [
    ("فتح مسلحون من تنظيم داعش النار على المتسوقين مما أسفر عن مقتل 12 شخصا", ("Violence against civilians", "Attack")),
    ("فتح مسلحون من تنظيم داعش النار على دورية مما أسفر عن مقتل ثلاثة جنود", ("Battles", "Armed clash")),
])
def test_a_result_clause_names_its_victims_after_the_verb_not_before(text: str, expected: tuple) -> None:
    from extract.events import find_events
    events = [e for e in find_events(text, [(0, len(text))], "ar") if not e.rejected and e.role == "killing"]
    assert [(e.event_type, e.sub_event_type) for e in events] == [expected]


def test_the_quote_s_fight_under_a_province_lead_joins_the_placed_account() -> None:
    text = ("الحشد الشعبي يعلن صد هجوم لداعش في ديالى\n"
            "بعقوبة - وكالة الأنباء\n"
            "أعلنت هيئة الحشد الشعبي، الخميس، صد هجوم شنه عناصر من تنظيم داعش على مواقعها في منطقة حوض الوقف "
            "شمال شرقي بعقوبة، ما أسفر عن مقتل ثلاثة من المهاجمين.\n"
            "وذكرت الهيئة في بيان أن \"قوة من الحشد تصدت لمحاولة تسلل نفذها الإرهابيون فجر اليوم، واشتبكت معهم "
            "لأكثر من ساعة\".")
    assert incidents(text, date(2024, 3, 14)) == [("Armed clash", "Hawd al-Waqf", "2024-03-14")]


def test_an_earlier_attack_this_month_at_the_same_place_stays_another_event() -> None:
    text = ("أعلنت هيئة الحشد الشعبي، الخميس، صد هجوم شنه عناصر من تنظيم داعش على مواقعها في منطقة حوض الوقف "
            "شمال شرقي بعقوبة، ما أسفر عن مقتل ثلاثة من المهاجمين.\n"
            "وتشهد المنطقة نشاطا لخلايا التنظيم بسبب طبيعتها الزراعية.\n"
            "وفي وقت سابق من الشهر الجاري، قتل خمسة من مقاتلي الحشد بهجوم مماثل في منطقة حوض الوقف.")
    found = incidents(text, date(2024, 3, 14))
    assert [(place, day) for _sub, place, day in found] == [("Hawd al-Waqf", "2024-03-14"),
                                                           ("Hawd al-Waqf", "2024-03-01")]


@pytest.mark.parametrize("text, expected_day", [
    ("وجه رئيس الوزراء، اليوم الثلاثاء، بملاحقة منفذي الهجوم الذي استهدف نقطة للجيش في قضاء الطارمية مساء أمس.",
     "2024-03-11"),
    ("أدان محافظ ديالى، اليوم الثلاثاء، التفجير الذي وقع في سوق ناحية جلولاء ليلة الأحد.", "2024-03-10"),
])
def test_the_day_of_a_condemnation_or_a_directive_is_not_the_event_s(text: str, expected_day: str) -> None:
    assert [day for _sub, _place, day in incidents(text)] == [expected_day]


def test_shop_fronts_smashed_in_protest_make_the_protest_a_riot() -> None:
    text = ("وهاجم شبان غاضبون عددا من المحلات وسط مدينة الكوت احتجاجا على رفع أسعار الوقود، "
            "حيث تم تكسير واجهات هذه المحلات.")
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [i.event_type for i in found] == ["Riots"]


def test_a_toll_update_names_the_event_with_its_own_day() -> None:
    text = ("ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا شعبيا وسط مدينة الكوت، مساء الأحد، إلى 18 قتيلا "
            "و40 جريحا، بحسب مصدر في دائرة الصحة.")
    assert incidents(text) == [("Remote explosive/landmine/IED", "Kut", "2024-03-10")]


def test_an_arrest_for_past_assassinations_kills_nobody() -> None:
    text = "وألقت قوة من الشرطة القبض على متهم بتنفيذ عمليات اغتيال في منطقة الدورة جنوبي بغداد، اليوم الاثنين."
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [(i.sub_event_type, i.fatalities) for i in found] == [("Arrests", None)]


@pytest.mark.parametrize("text, expected", [
    # A pair told one by one (أحدهما ... والآخر ..., الأول ... والثاني ...): two events, each at its
    # own place, both on the day the head clause gives
    ("وقع انفجاران أمس، أحدهما بعبوة ناسفة في قضاء المقدادية والآخر بسيارة مفخخة في ناحية جلولاء.",
     [("Remote explosive/landmine/IED", "Muqdadiya District", "2024-03-11"),
      ("Remote explosive/landmine/IED", "Jalawla", "2024-03-11")]),
    ("وشهدت العاصمة مساء أمس تفجيرين، الأول بعبوة لاصقة في حي الكرادة والثاني بسيارة مفخخة في مدينة الصدر.",
     [("Remote explosive/landmine/IED", "Karrada", "2024-03-11"),
      ("Remote explosive/landmine/IED", "Sadr City", "2024-03-11")]),
])
def test_a_pair_told_one_by_one_is_two_events(text: str, expected: list) -> None:
    assert incidents(text) == expected


def test_one_blast_at_a_subdistrict_of_a_district_stays_one_event() -> None:
    # no pair: the definite «القصف» later in the sentence is the shelling just told
    text = ("وقصفت المدفعية أطراف قرى تابعة لناحية ديرلوك في قضاء العمادية يوم الجمعة، "
            "لكن القصف لم يسفر عن إصابات.")
    assert len(incidents(text)) == 1


@pytest.mark.parametrize("text", [
    # An attack protesters carried out (they lead it, it is done by them) is a riot, not a clash
    "شن محتجون هجوما على مقر حزب في مدينة الكوت مساء أمس.",
    "الهجوم على مبنى المحافظة في الديوانية وقع أمس، وقاد الهجوم متظاهرون غاضبون من انقطاع الكهرباء.",
    "وتعرض مقر القنصلية في البصرة أمس لهجوم من قبل محتجين غاضبين.",
])
def test_an_attack_by_protesters_is_a_violent_demonstration(text: str) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == ["Violent demonstration"]


def test_an_attack_by_gunmen_on_protesters_is_no_riot() -> None:
    text = "وشن مسلحون مجهولون هجوما على متظاهرين في ساحة التحرير وسط بغداد مساء أمس."
    assert "Violent demonstration" not in [sub for sub, _place, _day in incidents(text)]


def test_a_condemnation_of_the_attack_points_back_to_it() -> None:
    # «ندد ... بالهجوم»: the definite word with the preposition refers to the attack just told, even
    # when the sentence names where the speaker is (the ambassador in Baghdad)
    text = ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الحلة مساء أمس وقتلت ستة أشخاص. "
            "وسرعان ما ندد السفير البريطاني في بغداد بالهجوم، ووصفه بأنه عمل جبان.")
    assert incidents(text) == [("Remote explosive/landmine/IED", "Hillah", "2024-03-11")]


@pytest.mark.parametrize("text, expected", [
    # A day's blasts told one by one, each at its own neighbourhood of the city: one event each, the
    # undated ones in the time the list began with
    ("انفجرت سيارة مفخخة في حي الجهاد ببغداد أمس فقتلت أربعة أشخاص. "
     "وانفجرت عبوة ناسفة في حي الغزالية أسفرت عن مقتل شخصين.",
     [("Remote explosive/landmine/IED", "Jihad", "2024-03-11"),
      ("Remote explosive/landmine/IED", "Ghazaliya", "2024-03-11")]),
    ("قتل 20 شخصا على الأقل في سلسلة تفجيرات ضربت أحياء متفرقة من بغداد أمس. "
     "وانفجرت سيارة مفخخة في حي الجهاد فقتلت أربعة أشخاص. "
     "وانفجرت عبوة ناسفة في حي الغزالية أسفرت عن مقتل شخصين. "
     "وفي حي الشعلة انفجرت سيارة مفخخة قرب سوق شعبي.",
     [("Remote explosive/landmine/IED", "Jihad", "2024-03-11"),
      ("Remote explosive/landmine/IED", "Ghazaliya", "2024-03-11"),
      ("Remote explosive/landmine/IED", "Shula", "2024-03-11")]),
])
def test_blasts_told_one_by_one_at_neighbourhoods_are_separate_events(text: str, expected: list) -> None:
    assert incidents(text) == expected


def test_a_city_and_a_neighbourhood_of_it_stay_one_event_retold() -> None:
    text = ("خطف مسلحون مجهولون صحفيا من منزله في بغداد مساء أمس. "
            "وقال شهود إن المسلحين داهموا المنزل الواقع في حي السيدية واقتادوه إلى جهة مجهولة.")
    assert len(incidents(text)) == 1


def test_blasts_that_hit_a_list_of_neighbourhoods_are_one_event_each() -> None:
    # «أحياء X وY وZ»: the plural designator opens the list of places the blasts hit (ACLED: one per place)
    text = "ضربت تفجيرات بسيارات مفخخة أحياء الشعلة والبياع والغزالية في بغداد أمس، مما أسفر عن مقتل تسعة أشخاص."
    assert [(place, day) for _sub, place, day in incidents(text)] == [
        ("Shula", "2024-03-11"), ("Bayaa", "2024-03-11"), ("Ghazaliya", "2024-03-11")]
