"""Numbers and counted nouns for the interface: Arabic-Indic digits and CLDR plural forms, with the
shipped labels (dashboard/labels.yaml) validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.labels import PLURAL_FORMS, validate_labels
from dashboard.numerals import counted, numerals, plural_category
from geo.yaml_data import parse_yaml

LABELS = validate_labels(parse_yaml((Path(__file__).resolve().parents[2] / "dashboard" / "labels.yaml")
                                    .read_text(encoding="utf-8")))


@pytest.mark.parametrize("n, category", [
    (0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"), (99, "many"),
    (100, "other"), (101, "other"), (102, "other"), (103, "few"), (111, "many"), (1000, "other"),
])
def test_arabic_plural_categories(n, category):
    assert plural_category(n, "ar") == category


@pytest.mark.parametrize("n, en, ar", [
    (0, "0 incidents", "٠ حادثة"),
    (1, "1 incident", "حادثة واحدة"),
    (2, "2 incidents", "حادثتان"),
    (3, "3 incidents", "٣ حوادث"),
    (11, "11 incidents", "١١ حادثة"),
    (100, "100 incidents", "١٠٠ حادثة"),
    (105, "105 incidents", "١٠٥ حوادث"),
])
def test_counted_incidents_in_both_languages(n, en, ar):
    forms = LABELS["n_incidents"]
    assert (counted(forms["en"], n, "en"), counted(forms["ar"], n, "ar")) == (en, ar)


@pytest.mark.parametrize("n, ar", [(1, "قتيل واحد"), (2, "قتيلان"), (7, "٧ قتلى"), (15, "١٥ قتيلاً")])
def test_counted_killed_in_arabic(n, ar):
    assert counted(LABELS["n_killed"]["ar"], n, "ar") == ar


def test_every_counted_label_gives_every_form_with_its_number():
    counted_labels = {key: entry for key, entry in LABELS.items() if isinstance(entry["en"], dict)}
    assert {"n_incidents", "n_killed", "n_days", "ago_minutes", "ago_hours", "ago_days"} <= set(counted_labels)
    for key, entry in counted_labels.items():
        for lang, wanted in PLURAL_FORMS.items():
            assert wanted <= set(entry[lang]), (key, lang)
            for form in ("few", "many", "other") if lang == "ar" else ("other",):
                assert "{n}" in entry[lang][form], (key, lang, form)  # the number itself is written


def test_numerals():
    assert numerals("2025-11-19 · 12", "ar") == "٢٠٢٥-١١-١٩ · ١٢" and numerals(7, "en") == "7"


@pytest.mark.parametrize("data, problem", [
    ({"x": {"en": "x"}}, "needs both 'en' and 'ar'"),
    ({"x": {"en": {"one": "a", "other": "b"}, "ar": {"one": "a", "other": "b"}}}, "lacks the plural forms"),
    ({"x": {"en": {"one": "a", "other": ""}, "ar": "y"}}, "must be a text or texts per plural form"),
])
def test_malformed_labels_fail_naming_the_label(data, problem):
    with pytest.raises(ValueError, match=f"label 'x'.*{problem}"):
        validate_labels(data)
