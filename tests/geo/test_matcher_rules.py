"""False friends decided by the context rules of geo/data/context_rules.yaml: each rule with a
phrasing where the word is not the place and one where it is."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer
from geo.matcher import find_places
from geo.model import Place
from geo.rules import RulesError, default_rules, parse_rules


def _p(pid: str, en: str, ar: str, ftype: str = "town", admin1: str | None = "Anbar",
       country: str = "IQ", var_ar: tuple[str, ...] = (), var_en: tuple[str, ...] = (),
       pop: int = 0) -> Place:
    return Place(pid, en, ar, ftype, country, admin1, None, 33.0, 43.0, pop, "test", var_ar, var_en)


GAZ = Gazetteer([
    _p("qaim", "al-Qaim", "القائم", var_en=("Qaim", "al-Qaim")),
    _p("anah", "Anah", "عنة", var_ar=("عانة",), var_en=("Anah",)),
    _p("balad", "Balad", "بلد", admin1="Salah al-Din", var_en=("Balad",)),
    _p("amarah", "Amarah", "العمارة", "city", "Maysan", pop=400_000, var_en=("Amarah",)),
    _p("maysan", "Maysan", "ميسان", "governorate", "Maysan"),
    _p("hit", "Hit", "هيت", var_en=("Hit",)),
    _p("hatra", "Hatra", "الحضر", "district", "Nineveh"),
    _p("jazira", "Jazira area", "الجزيرة", "area", "Anbar"),
    _p("green_zone", "Green Zone", "المنطقة الخضراء", "neighborhood", "Baghdad", var_ar=("الخضراء",)),
    _p("sadr_city", "Sadr City", "مدينة الصدر", "neighborhood", "Baghdad", var_ar=("الصدر",),
       var_en=("Sadr City", "Sadr")),
    _p("haditha", "Haditha", "حديثة", var_en=("Haditha",)),
    _p("udhaim", "Udhaim", "العظيم", "subdistrict", "Diyala"),
    _p("dora", "Dora", "الدورة", "neighborhood", "Baghdad"),
    _p("manama", "Manama", "المنامة", "city", None, "BH", pop=150_000),
    _p("syria", "Syria", "سوريا", "country", None, "SY", var_ar=("سورية",)),
    _p("hashimiya", "Hashimiya", "الهاشمية", "city", "Babil"),
    _p("bayan", "Bayan", "بيان", "town", None, "KW"),
    _p("baghdad", "Baghdad", "بغداد", "city", "Baghdad", pop=7_000_000),
    _p("salamiyah", "Salamiyah", "السلمية", "city", None, "SY", var_ar=("سلمية",), pop=95_000),
    # a small GeoNames town whose name hides in a verb (لجأوا = ل + جاوا)
    _p("gn.1", "Jawa", "جاوا", "town", None, "JO", pop=10_000),
    _p("gn.2", "Umm al-Jimal", "أم الجمال", "town", None, "JO", pop=8_000),
])


def places(text: str) -> list[str]:
    return [m.place.place_id for m in find_places(text, GAZ)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # al-Qaim vs القائم بأعمال (chargé d'affaires) / القائم على
        ("التقى القائم بأعمال السفارة الأمريكية وزير الخارجية", []),
        ("أشاد القائم على المشروع بالجهود", []),
        ("قال إن النظام القائم لن يصمد", []),
        ("اشتباكات في قضاء القائم على الحدود السورية", ["qaim"]),
        ("وصلت تعزيزات إلى القائم غربي الأنبار", ["qaim"]),
        ("Troops were deployed to al-Qaim near the border", ["qaim"]),
        # Anah vs عنه (about him)
        ("وأعلن عنه المتحدث باسم الوزارة", []),
        ("ونقلت الوكالة عنه قوله", []),
        ("هجوم على نقطة أمنية في عنة", ["anah"]),
        ("انتشار قوات في قضاء عانة", ["anah"]),
        # Balad vs بلد (country)
        ("العراق بلد عربي مستقل", []),
        ("لا يوجد بلد يقبل بذلك", []),
        ("زار البلاد واطلع على أوضاع البلد وبلاده", []),
        ("سقطت قذيفة في قضاء بلد", ["balad"]),
        ("هجوم صاروخي على قاعدة بلد الجوية", ["balad"]),
        ("اشتباكات في بلد شمال بغداد", ["balad", "baghdad"]),
        ("Rockets struck near Balad air base", ["balad"]),
        # Amarah vs العمارة (the building)
        ("انهيار العمارة السكنية في الحي", []),
        ("اشتعلت النيران في سطح العمارة", []),
        ("تظاهرات في مدينة العمارة مركز محافظة ميسان", ["amarah", "maysan"]),
        ("اعتقال مطلوب في العمارة", ["amarah"]),
        # Hit
        ("هيت لك", []),
        ("قتلى بتفجير في هيت غربي الرمادي", ["hit"]),
        ("Hit by a roadside bomb, the convoy stopped", []),
        ("A car bomb hit the market", []),
        ("Clashes were reported in Hit on Monday", ["hit"]),
        # Hatra vs الحضر (sedentary people)
        ("التعايش بين البدو والحضر قديم", []),
        ("عمليات تفتيش في قضاء الحضر", ["hatra"]),
        ("تأهيل آثار الحضر جنوب الموصل", ["hatra"]),
        # Jazira vs Al Jazeera TV / the peninsula
        ("وقالت قناة الجزيرة إن", []),
        ("شبه الجزيرة العربية", []),
        ("أعلنت قيادة عمليات الجزيرة العثور على مخبأ", ["jazira"]),
        ("وذكرت قيادة العمليات الجزيرة أن", ["jazira"]),
        # Green Zone vs الخضراء (green)
        ("زراعة المساحات الخضراء في المدينة", []),
        ("سقط صاروخ داخل المنطقة الخضراء", ["green_zone"]),
        ("أعلنوا اقتحام الخضراء", ["green_zone"]),
        ("سقطت قذيفة في الخضراء", ["green_zone"]),
        # Sadr City vs al-Sadr (the cleric)
        ("دعا مقتدى الصدر أنصاره", []),
        ("انفجار في مدينة الصدر شرقي بغداد", ["sadr_city", "baghdad"]),
        ("Supporters of Moqtada al-Sadr marched", []),
        ("Gunmen opened fire in Sadr City", ["sadr_city"]),
        # Haditha vs حديثة (modern)
        ("حصلت على أسلحة حديثة ومتطورة", []),
        ("دراسة حديثة تكشف", []),
        ("اشتباكات في حديثة غربي الأنبار", ["haditha"]),
        ("قصف قرب سد حديثة", ["haditha"]),
        # «حديثه» = his talk (the same letters once ة/ه fold)
        ("وقال قائد الشرطة في حديثه لوكالة الأنباء إن التحقيقات مستمرة", []),
        ("وأشار المحافظ في حديثه للصحفيين إلى أن مسلحين هاجموا القرية", []),
        ("وأضاف خلال حديثه مع وسائل الإعلام", []),
        ("وذكر في حديثه أن الهجوم وقع ليلاً", []),
        ("قتل ثلاثة جنود بهجوم في حديثة غربي الأنبار", ["haditha"]),
        ("انفجار عبوة في قضاء حديثه", ["haditha"]),
        ("قتل جنديان بانفجار عبوة ناسفة في حديثة مع ساعات الفجر", ["haditha"]),
        ("انفجار عبوة في حديثة أمام مبنى القائممقامية", ["haditha"]),
        # Udhaim vs العظيم (great)
        ("تحية للشعب العراقي العظيم", []),
        ("هجوم على ناحية العظيم شمال ديالى", ["udhaim"]),
        # Dora vs الدورة (the session)
        ("في الدورة الانتخابية المقبلة", []),
        ("انفجار عبوة في منطقة الدورة جنوبي بغداد", ["dora", "baghdad"]),
        # Manama in an event name still counts
        ("على هامش حوار المنامة", ["manama"]),
        # سورية the country vs the indefinite adjective
        ("وصول قوات سورية إلى الحدود", []),
        ("عاد اللاجئون من سورية", ["syria"]),
        ("نقلت وسائل إعلام عن مصادر سورية أن غارة استهدفت شاحنات", []),  # broken plural + adjective
        ("أعلنت وزارة الدفاع سورية", []),
        ("دخلت شاحنات المساعدات إلى سورية", ["syria"]),
        ("قصف على الحدود بين بغداد وسورية", ["baghdad", "syria"]),  # in a list of places
        # nisba-shaped names without the article after an indefinite noun: the adjective
        ("نظم ناشطون وقفة سلمية أمام المبنى", []),
        ("خرجت تظاهرات سلمية في المدينة", []),
        ("قصف على مدينة سلمية في ريف حماة", ["salamiyah"]),
        ("اشتباكات قرب السلمية شرقي حماة", ["salamiyah"]),
        # small GeoNames places need context (a locative word, a designator, or a list of places)
        ("قال شهود إن المهاجمين لجأوا إلى البساتين", []),
        ("وصل الجمال إلى الحدود", []),
        ("سقطت قذيفة في جاوا", ["gn.1"]),
        ("سقطت قذائف على بلدة جاوا", ["gn.1"]),
        ("نزحت عائلات من بغداد وجاوا", ["baghdad", "gn.1"]),
        ("نزحت عائلات من جاوا وأم الجمال", []),  # two small places with no context: not taken
        # nisba-shaped names after a definite noun
        ("المملكة الأردنية الهاشمية", []),
        ("اشتباكات في الهاشمية جنوب الحلة", ["hashimiya"]),
        # common word that GeoNames also lists as a place
        ("وقالت الوزارة في بيان", []),
    ],
)
def test_false_friends_in_context(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_every_shipped_rule_has_a_reason() -> None:
    rules = default_rules()
    assert rules.by_name
    assert all(rule.why for rule in rules.by_name.values())
    assert ("عنه", "ar") in rules.by_name  # عنة after normalisation
    assert rules.by_name[("عنه", "ar")].reject_written == frozenset({"عنه"})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ([], "top level"),
        ({"proclitics": {}}, "missing or malformed"),
    ],
)
def test_malformed_rules_fail_loudly(bad: object, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        parse_rules(bad, "x.yaml")


def test_a_rule_without_reason_names_the_entry() -> None:
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("geo.data").joinpath("context_rules.yaml").read_text("utf-8"))
    del data["false_friends"][2]["why"]
    with pytest.raises(RulesError, match=r"false_friends\[2\]: missing 'why'"):
        parse_rules(data, "context_rules.yaml")


def test_senses_name_places_of_the_gazetteer_and_fail_loudly_when_malformed() -> None:
    from importlib import resources

    import yaml

    from geo.loader import default_gazetteer

    rules = default_rules()
    gazetteer = default_gazetteer()
    assert ("عمان", "ar") in rules.senses
    assert all(gazetteer.get(r.place_id) is not None for s in rules.senses.values() for r in s.readings)
    data = yaml.safe_load(resources.files("geo.data").joinpath("context_rules.yaml").read_text("utf-8"))
    data["senses"][0]["readings"] = data["senses"][0]["readings"][:1]
    with pytest.raises(RulesError, match=r"senses\[0\]: needs"):
        parse_rules(data, "context_rules.yaml")


_HOMONYMS = Gazetteer([
    _p("iskandariya", "Iskandariya", "الإسكندرية", admin1="Babil", var_ar=("الاسكندرية",)),
    _p("alexandria", "Alexandria", "الإسكندرية", "city", None, country="EG", var_ar=("الاسكندرية",)),
    _p("tripoli_ly", "Tripoli", "طرابلس", "city", None, country="LY"),
    _p("tripoli_lb", "Tripoli", "طرابلس", "city", None, country="LB"),
    _p("hoceima", "Al Hoceima", "الحسيمة", "city", None, country="MA"),
])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign country's adjective after the name: only that country's place, none if it has none
        ("قتل ستة في تفجير انتحاري قرب كاتدرائية بمدينة الإسكندرية المصرية", {"alexandria"}),
        ("شيعت الإسكندرية المصرية ضحايا الهجوم على الكنيسة", {"alexandria"}),
        ("اندلعت اشتباكات عنيفة في طرابلس الليبية فجر اليوم", {"tripoli_ly"}),
        ("تظاهر المئات في مدينة طرابلس اللبنانية احتجاجا على الغلاء", {"tripoli_lb"}),
        ("تتواصل الاحتجاجات في الحسيمة السورية", set()),  # the country it names has no such place
        # Iraq's own adjective keeps the Iraqi place
        ("انفجرت عبوة في مدينة الاسكندرية العراقية شمال بابل", {"iskandariya"}),
        # an adjective that is not a country's leaves the name alone
        ("وصلت قوات إلى الحسيمة الجديدة", {"hoceima"}),
    ],
)
def test_a_country_adjective_after_a_name_keeps_that_countrys_place(text: str, expected: set[str]) -> None:
    assert {m.place.place_id for m in find_places(text, _HOMONYMS)} == expected


def test_country_adjectives_need_why_and_source() -> None:
    data = {"proclitics": {"conjunctions": [], "prepositions": []},
            "glue_words": {"after": [], "before": [], "min_name_letters": 4},
            "designators": {"ar_before": {}, "en_after": {}}, "facility_heads": [],
            "locatives": {"ar": [], "en": []}, "variant_locatives": [], "directions_after": {"ar": [], "en": []},
            "country_adjectives": {"ar": {"EG": ["المصرية"]}}}
    with pytest.raises(RulesError, match="country_adjectives"):
        parse_rules(data)
    data["country_adjectives"].update(why="agreement", source="grammar")
    assert parse_rules(data).country_adjectives == {"المصريه": "EG"}


@pytest.mark.parametrize("text, name_en", [
    ("هجوم على سفينة قبالة سواحل عمان بطائرة مسيرة", "Oman"),
    ("استهداف ناقلة نفط في بحر عمان", "Oman"),
    ("ناقلة نفط تجنح قرب عمان وتعطل الملاحة", "Oman"),
    ("وصل الوزير الى عمان في زيارة رسمية للاردن", "Amman"),
    ("تظاهرة أمام السفارة في عمان العاصمة الأردنية", "Amman"),
])
def test_oman_after_a_sea_word_or_beside_shipping(text: str, name_en: str) -> None:
    """عمان is Oman on the sea (قبالة سواحل عمان, بحر عمان, ships) — Amman is inland (tgaudit, issue 8)."""
    from geo.matcher import find_places

    assert [m.place.name_en for m in find_places(text) if m.surface.endswith("عمان")] == [name_en]
