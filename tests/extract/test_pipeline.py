"""parse_article end to end on a tiny gazetteer, and the output contract of issue 2."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.model import Article
from extract.pipeline import parse_article, to_contract
from geo.gazetteer import Gazetteer
from geo.model import Place

GAZ = Gazetteer([
    Place("iq.baghdad", "Baghdad", "بغداد", "city", "IQ", "Baghdad", "Baghdad", 33.3406, 44.4009),
    Place("iq.bgw", "Baghdad International Airport", "مطار بغداد", "airport", "IQ", "Baghdad", None,
          33.2625, 44.2344),
    Place("iq.mosul", "Mosul", "الموصل", "city", "IQ", "Nineveh", "Mosul", 36.335, 43.1189,
          variants_en=("Mosul",)),
    Place("iq.anbar", "Anbar", "الأنبار", "governorate", "IQ", "Anbar", None, 33.4206, 43.3078,
          variants_en=("Anbar",)),
])

ROCKETS = ("قصف صاروخي يستهدف مطار بغداد\n"
           "استهدف صاروخان ليلة أمس مطار بغداد حيث تنتشر قوات أميركية. "
           "وأفاد مسؤول أن أحد الصاروخين سقط قرب القاعدة الجوية في مطار بغداد، "
           "فيما اعترضت منظومة سي رام الصاروخ الثاني. "
           "ومن المقرر أن يعقد البرلمان جلسة لمناقشة خطة لمواجهة الهجمات.")
CONTRACT_INCIDENT_KEYS = {"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                          "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                          "fatalities", "injuries", "evidence", "source", "confidence", "historical"}
CONTRACT_PLACE_KEYS = {"surface", "start", "end", "place_id", "name_en", "name_ar", "feature_type", "country",
                       "admin1", "admin2", "latitude", "longitude", "confidence"}


def test_one_rocket_attack_in_a_short_wire_report() -> None:
    parsed = parse_article(Article(ROCKETS, source="wire"), GAZ, article_date=date(2021, 5, 3))
    assert parsed.language == "ar"
    assert [(i.sub_event_type, i.location, i.event_date) for i in parsed.incidents] == [
        ("Shelling/artillery/missile attack", "Baghdad International Airport", date(2021, 5, 2))]
    assert parsed.incidents[0].source == "wire"
    for m in parsed.mentions:
        assert ROCKETS[m.start:m.end] == m.surface


@pytest.mark.parametrize("text", [
    "وجه رئيس الوزراء القوات الأمنية بتنفيذ عمليات تفتيش في بغداد لمواجهة الخروقات.",
    "من المقرر أن تنطلق عملية عسكرية في الأنبار الأسبوع المقبل.",
    "ونفذ التنظيم نحو ثلاثين هجوماً منذ يناير في الموصل.",
    "The prime minister discussed a plan to counter rocket attacks on Baghdad airport.",
])
def test_policy_talk_gives_no_incident(text: str) -> None:
    assert parse_article(Article(text), GAZ, article_date=date(2021, 5, 3)).incidents == ()


def test_english_article() -> None:
    text = "A roadside bomb struck an army patrol in Mosul on Monday, killing two soldiers."
    (incident,) = parse_article(Article(text), GAZ, article_date=date(2021, 5, 5)).incidents
    assert (incident.sub_event_type, incident.location, incident.event_date, incident.fatalities) == (
        "Remote explosive/landmine/IED", "Mosul", date(2021, 5, 3), 2)


@pytest.mark.parametrize("published, argument, text_date, expected", [
    (date(2021, 5, 3), date(2020, 1, 1), "", date(2021, 5, 3)),
    (None, date(2020, 1, 1), "16-أغسطس-2021\n", date(2020, 1, 1)),
    (None, None, "16-أغسطس-2021\n", date(2021, 8, 16)),
    (None, None, "", None),
])
def test_article_date_precedence(published, argument, text_date, expected) -> None:
    article = Article(text_date + "انفجار عبوة ناسفة في الموصل.", published=published)
    assert parse_article(article, GAZ, article_date=argument).article_date == expected


def test_contract_shape() -> None:
    article = Article(ROCKETS, title="قصف", id="a1", source="wire", published=date(2021, 5, 3))
    out = to_contract(parse_article(article, GAZ))
    assert set(out) == {"id", "source", "title", "article_date", "language", "places", "incidents"}
    assert (out["id"], out["article_date"], out["language"]) == ("a1", "2021-05-03", "ar")
    assert out["places"] and all(set(p) == CONTRACT_PLACE_KEYS for p in out["places"])
    assert out["incidents"] and all(set(i) == CONTRACT_INCIDENT_KEYS for i in out["incidents"])
    incident = out["incidents"][0]
    assert incident["event_date"] == "2021-05-02" and incident["time_precision"] == 1
    assert 0 <= incident["confidence"] <= 1 and incident["evidence"] in ROCKETS


def test_parse_is_deterministic() -> None:
    article = Article(ROCKETS)
    assert parse_article(article, GAZ, article_date=date(2021, 5, 3)) == parse_article(
        article, GAZ, article_date=date(2021, 5, 3))


@pytest.mark.parametrize("text, expected", [
    ("أعلنت خلية الإعلام الأمني، اليوم الأربعاء، عن مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي جنوب غربي كركوك.",
     ("Air/drone strike", "Kirkuk", 3)),
    ("أفاد مصدر أمني بإصابة منتسبين اثنين بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمالي بغداد.",
     ("Remote explosive/landmine/IED", "Baghdad", None)),
    ("قتل مدني وأصيب آخر بهجوم مسلح نفذه مجهولون في ناحية العظيم بمحافظة ديالى.", ("Attack", "Diyala", 1)),
    ("اندلع نزاع عشائري في قضاء القرنة شمالي البصرة أسفر عن مقتل شخصين.", ("Armed clash", "Basra", 2)),
    ("سقطت طائرة مسيرة مفخخة قرب قاعدة حرير الجوية في أربيل دون أن تسفر عن إصابات.",
     ("Air/drone strike", "Erbil", 0)),
    ("ألقت مفارز الاستخبارات العسكرية القبض على إرهابي مطلوب في قضاء الشرقاط.", ("Arrests", "Salah al-Din", None)),
    ("An Iraqi soldier was killed when Islamic State militants attacked an army post in the Tarmiyah district "
     "north of Baghdad on Monday.", ("Armed clash", "Baghdad", 1)),
])
def test_wire_phrasings_with_the_bundled_gazetteer(text: str, expected: tuple) -> None:
    (incident,) = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert (incident.sub_event_type, incident.admin1, incident.fatalities) == expected


#: An Arabic report under a long English header: 27 % of its letters are Arabic, just under the 30 %
#: that makes a text Arabic on its own.
DIGEST = ("Diyala desk: the morning digest of local news from the province, compiled by our correspondents and "
          "checked by the editors before it goes out to our subscribers every day at eight in the morning, "
          "Baghdad time\nانفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية بمحافظة ديالى صباح اليوم")


@pytest.mark.parametrize("hint, language, expected", [
    ("ar", "ar", [("Remote explosive/landmine/IED", "Diyala")]),  # the Arabic sentence is read as Arabic
    (None, "en", []),  # read as English, the Arabic sentence's triggers are never looked for
    ("en", "en", []),
])
def test_the_sources_language_is_used_where_the_text_is_ambiguous(hint, language, expected) -> None:
    parsed = parse_article(Article(DIGEST, language=hint), article_date=date(2025, 3, 6))
    assert parsed.language == language
    assert [(i.sub_event_type, i.admin1) for i in parsed.incidents] == expected


def test_a_wrong_hint_does_not_override_a_clear_text() -> None:
    text = "An Iraqi soldier was killed when Islamic State militants attacked an army post in Tarmiyah on Monday."
    parsed = parse_article(Article(text, language="ar"), article_date=date(2023, 6, 14))
    assert parsed.language == "en" and len(parsed.incidents) == 1


@pytest.mark.parametrize("text", [
    "أكد رئيس الوزراء أن القوات الأمنية ستلاحق منفذي الهجوم وتقدمهم إلى العدالة.",
    "وتعرضت القواعد التي تضم قوات أميركية في العراق وسوريا لأكثر من 60 هجوماً منذ تشرين الأول الماضي.",
    "وكانت الفصائل المسلحة قد هددت باستهداف القوات الأجنبية في حال عدم انسحابها من البلاد.",
    "وتأتي العملية ضمن سلسلة عمليات تنفذها القوات الأمنية لملاحقة فلول داعش في صحراء الأنبار.",
    "وطالب متظاهرون بالكشف عن قتلة المحتجين الذين سقطوا في احتجاجات تشرين 2019.",
    "Militias have launched more than 150 attacks on US forces in Iraq and Syria since October.",
    "Analysts warn that a new wave of attacks could destabilise the region.",
])
def test_talk_with_the_bundled_gazetteer(text: str) -> None:
    assert parse_article(Article(text), article_date=date(2023, 6, 14)).incidents == ()


WORDS = ["قصف", "صاروخي", "استهدف", "مطار بغداد", "في", "الموصل", "أمس", "من المقرر", "اشتباكات", "،", ".",
         "\n", "قتل", "جنديين", "منذ", "يناير", "Rockets", "hit", "Mosul", "will", "ّ", "ـ", "الأنبار", "و"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_text_parses_and_evidence_slices_the_text(words: list[str]) -> None:
    text = " ".join(words)
    parsed = parse_article(Article(text), GAZ, article_date=date(2021, 5, 3))
    for incident in parsed.incidents:
        assert text[incident.evidence_start:incident.evidence_end] == incident.evidence
        assert 0 <= incident.confidence <= 1
        assert incident.geo_precision in {1, 2, 3}
    for m in parsed.mentions:
        assert text[m.start:m.end] == m.surface


@pytest.mark.parametrize("text, sub_event_type, place", [
    # the named district or town, not the city named to locate it (شمالي تكريت, north of Basra)
    ("اختطف مسلحون مجهولون، مساء الاثنين، راعياً من قرية تابعة لقضاء الشرقاط شمالي تكريت.",
     "Abduction/forced disappearance", "Shirqat"),
    ("أصيب جنديان بانفجار عبوة ناسفة في منطقة زراعية تابعة لقضاء الحويجة غربي كركوك.",
     "Remote explosive/landmine/IED", "Hawija"),
    ("Two men were killed on Monday in a gunfight between two clans in the Qurna district, north of Basra, "
     "police said.", "Armed clash", "Qurna"),
    # a proclitic و before في, and a road's destination is not the place (المؤدي إلى الأردن)
    ("وفي قضاء الرطبة أقصى غرب الأنبار، هاجم مسلحون مجهولون فجر الأحد مخفراً حدودياً على الطريق الدولي "
     "المؤدي إلى الأردن.", "Armed clash", "Rutba"),
    # with no other place, where the source speaks from
    ("أفاد مسؤول في مخيم مخمور بأن مدنيين اثنين أصيبا جراء قصف بطائرة مسيرة استهدف أطراف المخيم.",
     "Air/drone strike", "Makhmour"),
])
def test_the_place_of_the_event_not_its_reference_point(text: str, sub_event_type: str, place: str) -> None:
    (incident,) = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert incident.sub_event_type == sub_event_type
    assert place in (incident.location or "")


@pytest.mark.parametrize("text, expected", [
    # the statement's day (with its date in brackets) gives way to the event's own day
    ("أعلن جهاز الأمن الوطني في محافظة نينوى، اليوم الأربعاء (14 حزيران 2023)، أن طائرة مسيرة مجهولة "
     "استهدفت مساء الاثنين سيارة في قضاء سنجار.", date(2023, 6, 12)),
    # a day before a slash-paired month (حزيران/يونيو)
    ("أعلنت قيادة العمليات المشتركة انطلاق عملية تفتيش واسعة، في 11 حزيران/يونيو الجاري، في صحراء النخيب.",
     date(2023, 6, 11)),
    # a date after the article's (a coming vote) is not the event's
    ("On Sunday, hundreds of supporters of the movement, which is boycotting the June 20 vote, gathered in "
     "Najaf to call for a boycott.", date(2023, 6, 11)),
])
def test_the_event_day_wins(text: str, expected: date) -> None:
    (incident,) = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert (incident.event_date, incident.time_precision) == (expected, 1)


def test_the_title_confirms_the_body_and_does_not_decide() -> None:
    text = ("Three dead in Amarah shooting; grenade hits Baghdad liquor shop\n"
            "In Baghdad, an unknown assailant threw a hand grenade at a liquor shop in the Karrada district late on "
            "Monday, wounding the owner, an Interior Ministry official said.\n"
            "In Maysan province, gunmen shot dead three men outside a cafe in Amarah on Sunday evening, police said.")
    found = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert sorted((i.sub_event_type, i.admin1, i.event_date) for i in found) == [
        ("Attack", "Maysan", date(2023, 6, 11)), ("Grenade", "Baghdad", date(2023, 6, 12))]


def test_the_second_attack_of_a_series_is_its_own_incident() -> None:
    text = ("انفجرت عبوة ناسفة مساء السبت على رتل للدعم اللوجستي قرب قضاء الرميثة. "
            "أما الهجوم الثاني، فقد وقع فجر الأحد على الطريق الدولي ضمن حدود قضاء الزبير، ولم يسفر عن خسائر.")
    found = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert [(i.sub_event_type, i.event_date) for i in found] == [
        ("Remote explosive/landmine/IED", date(2023, 6, 10)), ("Remote explosive/landmine/IED", date(2023, 6, 11))]
    assert "Zubair" in (found[1].location or "")


@pytest.mark.parametrize("text, expected", [
    # a past event with a month and a town is still a point on the map
    ("ويستذكر العراقيون هذه الأيام سقوط الموصل بيد التنظيم في حزيران يونيو 2014.",
     [("Non-state actor overtakes territory", "Mosul", date(2014, 6, 1), 3)]),
    # with only a governorate it is background
    ("واندلعت اشتباكات عنيفة في محافظة نينوى في حزيران 2014.", []),
    # the place of the clause that follows (after X killed Y in Baghdad) is not this event's
    ("The base was hit by Iranian missiles in January 2020 after the United States killed an Iranian "
     "general in Baghdad.", []),
])
def test_past_events_need_a_month_and_a_town(text: str, expected: list) -> None:
    found = parse_article(Article(text), article_date=date(2023, 6, 14)).incidents
    assert [(i.sub_event_type, i.location, i.event_date, i.time_precision) for i in found] == expected


@pytest.mark.parametrize("text, expected", [
    # "in the same village / area", "The base, ...": the place of the event told before
    ("هاجم مسلحون قرية في قضاء المقدادية شمال شرقي بعقوبة فجر الثلاثاء، ما أسفر عن مقتل مدنيين اثنين.\n"
     "وبعد ساعات، انفجرت عبوة ناسفة بدورية للشرطة في القرية ذاتها ما أدى إلى إصابة ثلاثة منتسبين.",
     [("Attack", "Diyala"), ("Remote explosive/landmine/IED", "Diyala")]),
    ("Gunmen attacked a checkpoint in Tarmiyah district north of Baghdad on Tuesday, killing a soldier.\n"
     "Later that day, a roadside bomb exploded in the same area, wounding two soldiers.",
     [("Armed clash", "Baghdad"), ("Remote explosive/landmine/IED", "Baghdad")]),
    ("Hundreds of students protested in Baghdad on Monday to demand jobs.\n"
     "Two rockets hit Ain al-Asad air base in western Anbar on Monday, officials said.\n"
     "The base, which hosts US troops, was also targeted by a drone on Tuesday, a security source said.",
     [("Peaceful protest", "Baghdad"), ("Shelling/artillery/missile attack", "Anbar"), ("Air/drone strike", "Anbar")]),
    # an event abroad never takes the Iraqi place of another paragraph (named by its country, it keeps
    # that country with no point: test_english_news.test_an_event_abroad_named_by_its_country_keeps_it)
    ("سقط صاروخ على قاعدة عين الأسد الجوية في محافظة الأنبار مساء الاثنين دون وقوع إصابات.\n"
     "من جهة أخرى، شنت طائرات مجهولة غارة جوية على رتل داخل الأراضي السورية يوم الثلاثاء، ما أسفر عن "
     "مقتل أربعة مسلحين.", [("Shelling/artillery/missile attack", "Anbar")]),
    ("A rocket struck Ain al-Asad air base in Anbar province on Monday, causing no casualties.\n"
     "Separately, unidentified aircraft carried out an air strike on a convoy inside Syria on Tuesday, "
     "killing four fighters.", [("Shelling/artillery/missile attack", "Anbar"), ("Air/drone strike", None)]),
    # the place in a unit's name beats the lead of another governorate
    ("أعلنت مديرية شرطة البصرة، اليوم الأحد، القبض على متهم بجريمة قتل في قضاء الزبير.\n"
     "وتمكنت قوة من مديرية آسايش كلار من اعتقال شخصين في قرية نائية.",
     [("Arrests", "Basra"), ("Arrests", "Sulaymaniyah")]),
    # an agreement recalled from last year is background; one signed today is news
    ("Iraq's foreign minister met his Turkish counterpart in Baghdad on Sunday to discuss water.\n"
     "The two countries signed a security cooperation agreement in Ankara in March 2024.", []),
    ("Iraq and Turkey signed a security cooperation agreement in Baghdad on Sunday.", [("Agreement", "Baghdad")]),
])
def test_where_an_event_is_when_its_sentence_names_no_place(text: str, expected: list) -> None:
    found = parse_article(Article(text), article_date=date(2025, 3, 9)).incidents
    assert [(i.sub_event_type, i.admin1) for i in found] == expected


@pytest.mark.parametrize("text, expected", [
    # وجه ضربة is a strike; وجه بتوجيه ضربة is an order
    ("وجهت طائرات القوة الجوية، فجر اليوم، ضربة جوية لمضافة يتحصن فيها إرهابيون في وادي الشاي جنوب كركوك.",
     [("Air/drone strike", "Kirkuk", date(2024, 6, 20))]),
    ("وجه رئيس الوزراء بتوجيه ضربة قاصمة لفلول الإرهاب في صحراء الأنبار.", []),
    # a massacre named as the protesters' cause is not an attack, nor its camp the protest's place
    ("ونظم ذوو ضحايا مجزرة سبايكر، اليوم الخميس، وقفة احتجاجية أمام مبنى محافظة ذي قار في الناصرية.",
     [("Peaceful protest", "Dhi Qar", date(2024, 6, 20))]),
    # ambushes, repelled attacks (تصدت لتعرض), a gathering dispersed, "the strike that targeted"
    ("Islamic State militants ambushed a police patrol in Tarmiyah north of Baghdad on Wednesday, killing two "
     "policemen.", [("Armed clash", "Baghdad", date(2024, 6, 19))]),
    ("وتصدت قوة من الجيش، مساء أمس، لتعرض إرهابي استهدف ربيئة في قضاء الطارمية.",
     [("Armed clash", "Baghdad", date(2024, 6, 19))]),
    ("وفرقت قوات مكافحة الشغب، مساء أمس، تجمعاً لعشرات الشبان أمام مبنى محافظة البصرة.",
     [("Protest with intervention", "Basra", date(2024, 6, 19))]),
    ("وكانت الضربة التي استهدفت مقراً لأحد الفصائل في منطقة جرف الصخر، مساء الأحد، قد أسفرت عن مقتل ثلاثة عناصر.",
     [("Air/drone strike", "Babil", date(2024, 6, 16))]),
    # a protest that turned into clashes is a riot
    ("وتحولت تظاهرة لأنصار أحد المرشحين أمام مبنى محافظة كركوك، مساء أمس، إلى مواجهات بالحجارة مع قوات الأمن.",
     [("Violent demonstration", "Kirkuk", date(2024, 6, 19))]),
    ("A protest by unemployed graduates in Nasiriyah turned violent on Tuesday when demonstrators threw stones.",
     [("Violent demonstration", "Dhi Qar", date(2024, 6, 18))]),
    # arrests and deaths in the sentence of a fight, "the attack" and "this is the third attack": one event
    ("واندلع اشتباك مسلح بين عشيرتين في قضاء الشطرة شمال الناصرية، مساء أمس، أسفر عن مقتل شخص واعتقال خمسة "
     "من المتورطين.", [("Armed clash", "Dhi Qar", date(2024, 6, 19))]),
    ("هاجم مسلحون من داعش نقطة للجيش في قضاء الطارمية، مساء الثلاثاء، وتصدت القوات للهجوم وقتلت أحد المهاجمين، "
     "وهذا هو الهجوم الثالث في المنطقة خلال الشهر الجاري.", [("Armed clash", "Baghdad", date(2024, 6, 18))]),
    # a title listing several events: each of its places belongs to one of them, told in the body
    ("حصاد أمني: تفجير في الطارمية واغتيال ضابط في ميسان\n"
     "انفجرت عبوة ناسفة، مساء الثلاثاء، على دورية في قضاء الطارمية.\n"
     "واغتال مسلحون ضابطاً في قضاء الكحلاء بمحافظة ميسان، ظهر الأربعاء.",
     [("Armed clash", "Maysan", date(2024, 6, 19)), ("Remote explosive/landmine/IED", "Baghdad", date(2024, 6, 18))]),
    # "the attack took place in ...": where the event told just before happened
    ("Gunmen ambushed an army patrol north of Baghdad late Sunday, killing three soldiers, officials said.\n"
     "The attack took place in the al-Tarmiyah district, a farming area long used as a hideout by militants.",
     [("Armed clash", "Baghdad", date(2024, 6, 16))]),
    ("Gunmen ambushed an army patrol in Diyala late Sunday, killing three soldiers.\n"
     "In Basra, police arrested two suspects on Monday.\nThe attack took place in the Tarmiyah district.",
     [("Armed clash", "Baghdad", date(2024, 6, 16)), ("Arrests", "Basra", date(2024, 6, 17))]),
    # "of last year"
    ("وكانت مسيّرة تركية قد استهدفت في 17 آب من العام الماضي سيارة في قضاء سنجار.",
     [("Air/drone strike", "Nineveh", date(2023, 8, 17))]),
    ("A Turkish drone struck a car near Sinjar on August 17 last year, killing two fighters.",
     [("Air/drone strike", "Nineveh", date(2023, 8, 17))]),
    # counts, talk of a withdrawal, a press conference's city, a country abroad
    ("The attacks were the latest in a string of at least eight drone strikes on oil fields in the Kurdistan "
     "region this month.", []),
    ("وأبدت حكومة الإقليم قلقها من أي انسحاب غير منظم للقوات الأميركية من قاعدة حرير.", []),
    ("ومن المبكر الحديث عن انسحاب القوات الأجنبية من قاعدة عين الأسد قبل الانتخابات.", []),
    ("وقال المتحدث باسم الحكومة في مؤتمر صحفي في أربيل إن قصفاً تركياً استهدف قرية في قضاء العمادية.",
     [("Shelling/artillery/missile attack", "Dohuk", date(2024, 6, 20))]),
    ("The strike came after a drone attack in January killed three US soldiers at a remote base in Jordan.", []),
])
def test_recalled_named_and_follow_up_events(text: str, expected: list) -> None:
    found = parse_article(Article(text), article_date=date(2024, 6, 20)).incidents
    assert [(i.sub_event_type, i.admin1, i.event_date) for i in found] == expected
