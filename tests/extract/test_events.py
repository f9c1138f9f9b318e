"""Trigger lexicon and cues: what is an event, of which ACLED type, and what is only talk."""

from __future__ import annotations

import pytest

from extract import lexicon
from extract.events import find_events
from extract.lexicon import LexiconError, normalise

BOMBS = "Explosions/Remote violence"
SD = "Strategic developments"
VAC = "Violence against civilians"


def kept(text: str, lang: str = "ar") -> list[tuple[str, str]]:
    """Event types of the events kept in ``text`` (one sentence)."""
    return [(e.event_type, e.sub_event_type) for e in find_events(text, [(0, len(text))], lang) if not e.rejected]


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("قصف صاروخي استهدف قاعدة عين الأسد", BOMBS, "Shelling/artillery/missile attack"),
    ("سقطت ثلاث قذائف هاون على ناحية العظيم شمالي بعقوبة", BOMBS, "Shelling/artillery/missile attack"),
    ("استهدف صاروخا كاتيوشا المنطقة الخضراء وسط العاصمة", BOMBS, "Shelling/artillery/missile attack"),
    ("استهدفت طائرة مسيّرة مفخّخة مطار أربيل الدولي", BOMBS, "Air/drone strike"),
    ("شنت طائرات التحالف غارة جوية على مواقع لداعش في وادي الشاي", BOMBS, "Air/drone strike"),
    ("انفجار عبوة ناسفة على رتل للدعم اللوجستي في الديوانية", BOMBS, "Remote explosive/landmine/IED"),
    ("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الصدر", BOMBS, "Remote explosive/landmine/IED"),
    ("فجر انتحاري نفسه بحزام ناسف وسط تجمع للمدنيين", BOMBS, "Suicide bomb"),
    ("ألقى مجهولون قنبلة يدوية على منزل ضابط في ميسان", BOMBS, "Grenade"),
    ("اندلعت اشتباكات مسلحة بين قوات الحشد وعناصر داعش في مطيبيجة", "Battles", "Armed clash"),
    ("تعرضت نقطة للجيش لهجوم من قبل عصابات داعش في قضاء الطارمية", "Battles", "Armed clash"),
    ("اغتيال ناشط مدني برصاص مسلحين مجهولين في البصرة", VAC, "Attack"),
    ("اختطاف صحفي من قبل مسلحين في بغداد", VAC, "Abduction/forced disappearance"),
    ("خرج المئات في تظاهرة أمام مبنى المحافظة في الناصرية", "Protests", "Peaceful protest"),
    ("أحرق المتظاهرون مقر حزب في الناصرية", "Riots", "Violent demonstration"),
    ("ألقت قوات الأمن القبض على إرهابي في كركوك", SD, "Arrests"),
    ("ضبط أكداس من العتاد والصواريخ في صحراء الأنبار", SD, "Disrupted weapons use"),
    ("اعترضت منظومة سي رام صاروخا أطلق باتجاه السفارة", SD, "Disrupted weapons use"),
    ("تسلمت وزارة الداخلية الملف الأمني في محافظة ميسان", SD, "Change to group/activity"),
    ("انطلقت عملية أمنية لتفتيش البساتين في قضاء المقدادية", SD, "Other"),
    ("سقط صاروخ على المنطقة الخضراء ولم يسفر عن إصابات", BOMBS, "Shelling/artillery/missile attack"),
    ("أطلقت قوات مكافحة الشغب الغاز المسيل للدموع على المحتجين", "Protests", "Protest with intervention"),
    ("اجتاح مسلحو التنظيم قضاء سنجار في الثالث من آب أغسطس 2014", "Battles", "Non-state actor overtakes territory"),
    ("قصف طيران الجيش مواقع يشتبه بأن المهاجمين لجأوا إليها", BOMBS, "Air/drone strike"),
    ("اندلع نزاع عشائري مسلح في قضاء الشطرة", "Battles", "Armed clash"),
    ("انفجرت عبوة ناسفة في الموصل ولم تتبن أي جهة الهجوم", BOMBS, "Remote explosive/landmine/IED"),
])
def test_arabic_triggers(text: str, event_type: str, sub_event_type: str) -> None:
    assert kept(text) == [(event_type, sub_event_type)]


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Two rockets hit Ain al-Asad air base in Anbar on Tuesday", BOMBS, "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a logistics convoy near Nasiriyah", BOMBS, "Remote explosive/landmine/IED"),
    ("A Turkish drone strike killed two PKK fighters in Sinjar", BOMBS, "Air/drone strike"),
    ("Protesters stormed the provincial council building in Basra", "Riots", "Violent demonstration"),
    ("Iraqi security forces arrested three ISIS suspects in Mosul", SD, "Arrests"),
    ("Clashes broke out between the army and IS militants in the Hamrin mountains", "Battles", "Armed clash"),
    ("Gunmen kidnapped an activist in Amarah", VAC, "Abduction/forced disappearance"),
])
def test_english_triggers(text: str, event_type: str, sub_event_type: str) -> None:
    assert kept(text, "en") == [(event_type, sub_event_type)]


@pytest.mark.parametrize("text, lang, reason", [
    ("وجه القائد العام للقوات المسلحة بتنفيذ عمليات تفتيش في حزام بغداد", "ar", "policy"),
    ("ناقش الاجتماع خطة لمواجهة الهجمات الصاروخية على المطار", "ar", "policy"),
    ("من المقرر أن تنطلق عملية عسكرية واسعة في صحراء الأنبار", "ar", "future"),
    ("سيتم تسليم الملف الأمني إلى وزارة الداخلية في محافظة البصرة", "ar", "future"),
    ("العمل يجري لتسليم الداخلية ملف الأمن في محافظة نينوى", "ar", "future"),
    ("في حال تعرض القاعدة لقصف صاروخي سترد القوات", "ar", "hypothetical"),
    ("أصبح سلاح الجو قادرا على شن غارة جوية ضد أوكار التنظيم", "ar", "hypothetical"),
    ("لم يقع أي قصف على المطار خلال الأسبوع", "ar", "negation"),
    ("نفت قيادة العمليات المشتركة، اليوم، وقوع أي هجوم على قاعدة عين الأسد", "ar", "negation"),
    ("استهدف نحو ثلاثين هجوماً بصواريخ منذ يناير المصالح الأميركية", "ar", "aggregate"),
    ("واستهدفت عشرات الهجمات الصاروخية القوات الأميركية منذ خريف عام 2019", "ar", "aggregate"),
    ("نفذت القوات خلال الشهر الماضي 120 عملية أمنية أسفرت عن مقتل 30 إرهابياً في الأنبار", "ar", "aggregate"),
    ("وتشهد المنطقة بين الحين والآخر هجمات متفرقة لخلايا داعش في ديالى", "ar", "aggregate"),
    ("خلية الإعلام الأمني تنفي تعرض مطار بغداد لقصف صاروخي", "ar", "negation"),
    ("ستبدأ القوات الأمنية عملية عسكرية واسعة في صحراء الأنبار", "ar", "future"),
    ("Turkey regularly carries out drone strikes against PKK targets in northern Iraq", "en", "aggregate"),
    ("The government plans to launch a security operation in Anbar", "en", "future"),
    ("Dozens of rocket attacks have targeted US forces since 2019", "en", "aggregate"),
    ("If the militias fire rockets at the embassy, the US would respond", "en", "hypothetical"),
])
def test_talk_is_not_an_incident(text: str, lang: str, reason: str) -> None:
    events = find_events(text, [(0, len(text))], lang)
    assert events, "a trigger should be found and then rejected"
    assert all(e.rejected for e in events)
    assert reason in {e.rejected for e in events}


def test_cache_owns_the_weapons_it_lists() -> None:
    text = "العثور على أكداس من العتاد من بينها صواريخ وقذائف هاون وعبوات ناسفة خلال عملية أمنية في الأنبار"
    assert kept(text) == [(SD, "Disrupted weapons use")]


def test_plan_spreads_to_the_coordinated_steps() -> None:
    text = ("الخطط الأمنية استدعت لضبط الأمن خلال الفترة المقبلة، وإجراء عمليات عسكرية بمحيط العاصمة، "
            "وتنفيذ عمليات دهم وتفتيش في عدد من المناطق")
    assert kept(text) == []


def test_killed_security_member_is_a_battle_and_a_civilian_an_attack() -> None:
    soldier = "الشهيد المنتسب للشرطة الاتحادية الذي قتل في مدينة تكريت في 4 آب أغسطس عام 2014"
    militants = "أعلن جهاز مكافحة الإرهاب عن قتل 4 إرهابيين في عملية إنزال جوي غربي الأنبار"
    civilian = "قتل مدني برصاص مسلحين مجهولين في حي الجهاد"
    assert kept(soldier) == [("Battles", "Armed clash")]
    assert kept(militants) == [("Battles", "Armed clash")]
    assert kept(civilian) == [(VAC, "Attack")]


def test_spans_slice_the_original_text_despite_diacritics() -> None:
    text = "وبلغت الهجمات مستوى جديداً حين نفّذت مليشيات هجوماً بطائرة مسيّرة مفخّخة على قاعدة"
    (event,) = [e for e in find_events(text, [(0, len(text))], "ar") if not e.rejected]
    assert text[event.start:event.end] == event.trigger
    assert "مسيّرة" in event.trigger


def test_weak_weapon_word_needs_an_event_verb() -> None:
    assert kept("تمتلك الفصائل صواريخ بعيدة المدى") == []
    assert kept("سقط صاروخ على حي سكني") == [(BOMBS, "Shelling/artillery/missile attack")]


def test_normalise_maps_offsets_back() -> None:
    text = "مُسيّرة في أربيل"
    n = normalise(text)
    i = n.text.index("اربيل")
    assert text[n.original(i):n.original(i + 5)] == "أربيل"


def test_shipped_lexicons_load_through_the_validator() -> None:
    assert len(lexicon.triggers()) > 100
    assert {"future", "policy", "aggregate", "negation"} <= set(lexicon.cues())
    assert any(a.name == "Islamic State (Iraq)" for a in lexicon.actors())


@pytest.mark.parametrize("rows, message", [
    ([{"lang": "ar", "phrase": "قصف", "event_type": "Explosions", "sub_event_type": "Attack",
       "strength": "strong", "source": "x"}], "not an ACLED"),
    ([{"lang": "ar", "phrase": "قصف", "event_type": "Battles", "sub_event_type": "Armed clash",
       "strength": "strong"}], "missing source"),
    ([{"lang": "fr", "phrase": "x", "event_type": "Battles", "sub_event_type": "Armed clash",
       "strength": "strong", "source": "x"}], "lang"),
    ([{"lang": "en", "regex": "(", "event_type": "Battles", "sub_event_type": "Armed clash",
       "strength": "strong", "source": "x"}], "bad regex"),
])
def test_validator_names_file_and_entry(rows: list[dict], message: str) -> None:
    with pytest.raises(LexiconError, match=rf"triggers.yaml entry 1.*{message}"):
        lexicon.validate_triggers(rows)


@pytest.mark.parametrize("text, lang", [
    ("وأصدرت قيادة العمليات المشتركة بياناً أكدت فيه سقوط صاروخ على مطار بغداد", "ar"),
    ("داهمت القوات الأمنية منازل بحثاً عن مطلوبين، واعتقلت خمسة متهمين في الموصل", "ar"),
    ("On May 3, a rocket hit the Green Zone in Baghdad", "en"),
])
def test_words_that_look_like_cues_but_are_not(text: str, lang: str) -> None:
    assert kept(text, lang)


def test_may_as_a_modal_is_a_cue() -> None:
    text = "Militias may launch rockets at the embassy in Baghdad"
    assert [e.rejected for e in find_events(text, [(0, len(text))], "en")] == ["hypothetical"]


SAMPLES = [
    "العثور على أكداس من العتاد من بينها صواريخ خلال عملية أمنية بالأنبار",
    "قتل مدني وأصيب آخر بهجوم مسلح نفذه مجهولون",
    "تسلمت وزارة الداخلية الملف الأمني في محافظات بابل والديوانية",
    "اعترضت منظومة سي رام صاروخاً أطلق باتجاه السفارة",
    "أحرق المتظاهرون مقر الحزب بعد اقتحامه",
    "Security forces arrested three suspects and seized weapons caches in a raid",
    "Two IEDs exploded; C-RAM intercepted a rocket. Protesters stormed the building",
    "ومنذ تسلّم الرئيس السلطة في نهاية يناير، استهدف نحو ثلاثين هجوماً المصالح الأميركية",
    # gate words inside words, after an underscore, a digit or a hyphen: only word starts count in English
    "The car_bomb and 3bombs went off; anti-tank mines and a roadside bombing killed two soldiers",
    "وبالعبوةالناسفة انفجرت عبوةناسفة قرب الموصل ومقتل2 من المنتسبين",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_gated_matching_agrees_with_running_every_regex(text: str) -> None:
    """The literal-word gates are an optimisation only: without them the matches are the same."""
    from extract.events import _cue_matcher, _trigger_matcher

    for make in (_trigger_matcher, _cue_matcher):
        for lang in ("ar", "en"):
            fast = make(lang)
            slow = fast.without_gates()
            norm = normalise(text).text
            assert fast.finditer(norm, overlapping=True) == slow.finditer(norm, overlapping=True)


@pytest.mark.parametrize("text, lang, expected", [
    # a bare عبوة with an event verb, a crowd that gathered, riot cues, sabotage, hideouts with weapons
    ("انفجرت صباح اليوم عبوة ثانية على رتل للجيش قرب ناحية جرف الصخر", "ar", (BOMBS, "Remote explosive/landmine/IED")),
    ("احتشد المئات في ساحة التحرير للمطالبة بفرص عمل", "ar", ("Protests", "Peaceful protest")),
    ("أقدم محتجون غاضبون على قطع الطريق العام بالإطارات المحترقة", "ar", ("Riots", "Violent demonstration")),
    ("رشق متظاهرون مبنى المحافظة بالحجارة", "ar", ("Riots", "Violent demonstration")),
    ("فجر مجهولون برج نقل طاقة كهربائية في قضاء الطارمية", "ar", (BOMBS, "Remote explosive/landmine/IED")),
    ("عثرت قوة من الجيش على نفق يستخدمه عناصر داعش في جبال حمرين", "ar", (SD, "Disrupted weapons use")),
    ("عثرت قوة من الشرطة الاتحادية يوم الثلاثاء على وكر للإرهابيين يحتوي على 15 قذيفة هاون وعبوتين",
     "ar", (SD, "Disrupted weapons use")),
    ("مقتل أربعة إرهابيين بضربات جوية نفذتها طائرات إف-16 العراقية في وادي حوران", "ar", (BOMBS, "Air/drone strike")),
    ("هاجم مسلحون مجهولون نقطة تفتيش للجيش في قضاء الطارمية", "ar", ("Battles", "Armed clash")),
    ("Turkish warplanes pounded suspected PKK positions in the mountains of Amadiya", "en", (BOMBS, "Air/drone strike")),
    ("Thousands of supporters of the cleric gathered in Tahrir Square on Friday", "en", ("Protests", "Peaceful protest")),
    ("An unknown assailant threw a hand grenade at a liquor shop in Karrada", "en", (BOMBS, "Grenade")),
])
def test_more_ways_of_reporting_an_event(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert kept(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, reason", [
    ("ضبطت مفارز مديرية شؤون المخدرات 5 كيلوغرامات من مادة الكرستال وألقت القبض على متهمين اثنين", "ar", "drugs"),
    ("ألقت قوة من الشرطة القبض على تاجر يحمل 3000 حبة كبتاغون في الرمادي", "ar", "drugs"),
    ("Police arrested two men carrying captagon pills in Anbar", "en", "drugs"),
    ("شهدت جلسة البرلمان اشتباكاً كلامياً حاداً بين النواب", "ar", "metaphor"),
    ("ويأتي ذلك مع انسحاب قوات التحالف المتفق عليه مع واشنطن", "ar", "future_after"),
    ("عادت الأرتال إلى الواجهة بعد تسجيل هجومين خلال أقل من يومين في محافظة المثنى", "ar", "aggregate"),
    # an opinion («يرى الباحث أن», policy since review8) of every attack («كل هجوم», aggregate): policy is read first
    ("ويرى الباحث أن كل هجوم يعقبه بيان سياسي", "ar", "policy"),
    ("ويعد هذا الهجوم الثالث من نوعه خلال الشهر الجاري", "ar", "aggregate"),
])
def test_crime_metaphors_and_summaries_are_not_incidents(text: str, lang: str, reason: str) -> None:
    events = find_events(text, [(0, len(text))], lang)
    assert events and all(e.rejected for e in events)
    assert reason in {e.rejected for e in events}


@pytest.mark.parametrize("text, lang", [
    ("خرج المئات في تظاهرة تنديداً بالقصف الإسرائيلي على غزة", "ar"),
    ("Hundreds rallied in Baghdad to condemn the airstrikes on Gaza", "en"),
])
def test_what_a_protest_denounces_is_not_an_event(text: str, lang: str) -> None:
    assert kept(text, lang) == [("Protests", "Peaceful protest")]


def test_a_gunfight_with_drug_dealers_is_still_a_clash() -> None:
    assert kept("اندلعت اشتباكات مسلحة بين القوات الأمنية وتجار مخدرات في قضاء الزبير") == [
        ("Battles", "Armed clash")]


def test_the_second_attack_of_a_series_takes_the_series_type() -> None:
    text = "انفجرت عبوة ناسفة مساء السبت على رتل قرب الرميثة. أما الهجوم الثاني فقد وقع فجر الأحد قرب الزبير."
    cut = text.index(".") + 1
    events = find_events(text, [(0, cut), (cut + 1, len(text))], "ar")
    assert [(e.sub_event_type, e.anaphoric) for e in events] == [
        ("Remote explosive/landmine/IED", False), ("Remote explosive/landmine/IED", False)]


@pytest.mark.parametrize("text", [
    "Verbal clashes erupted between rival MPs in Baghdad on Sunday",
    "Verbal attacks on the governor continued in Basra on Monday",
])
def test_english_metaphors_are_not_clashes(text: str) -> None:
    events = find_events(text, [(0, len(text))], "en")
    assert events and all(e.rejected == "metaphor" for e in events)


def test_a_condemned_strike_outside_a_protest_is_still_an_event() -> None:
    assert kept("أعربت الخارجية عن إدانة القصف التركي الذي استهدف قرية في قضاء العمادية") == [
        (BOMBS, "Shelling/artillery/missile attack")]


def test_weapons_seized_with_drugs_are_still_a_cache() -> None:
    assert kept("ضبطت قوة من الشرطة كميات من الأسلحة والأعتدة والمخدرات في منطقة زراعية شمالي البصرة") == [
        (SD, "Disrupted weapons use")]


@pytest.mark.parametrize("text, lang", [
    ("أطلق الجيش اللبناني الغاز المسيل للدموع على المحتجين قرب طريق المطار", "ar"),
    ("أعلنت السلطات التركية اعتقال 718 شخصاً، فيما قالت الشرطة الإيرانية إن", "ar"),
    ("The Lebanese army fired tear gas at protesters; Turkish police detained 40 people", "en"),
    ("Israeli forces raided the camp as Iranian authorities denied any role", "en"),
    ("تظاهر المئات تنديداً بالقصف احتجاجاً على انقطاع الكهرباء", "ar"),
])
def test_a_class_looked_for_alone_starts_where_the_full_cue_matcher_says(text: str, lang: str) -> None:
    """cue_start may use a matcher of one class's entries (when they are all regexes): the first
    cue of each class is where the full matcher finds it."""
    from extract.events import _cue_matcher, cue_start
    from extract.lexicon import cues

    norm = normalise(text)
    found = _cue_matcher(lang).finditer(norm.text, overlapping=True)
    for cls in cues():
        first = next((norm.original(a) for a, _b, classes in found if cls in classes), None)
        assert cue_start(text, lang, cls, 0, len(text)) == first, cls
