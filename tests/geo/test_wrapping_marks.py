"""geo.normalize._WRAPPING_MARK_RE, written mark-first for speed (issue 11), finds the marks its
lookbehind-first form found: a quote or dash wrapping an Arabic word, nothing else."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.normalize import _WRAPPING_MARK_RE

#: The form place7 wrote (issue 8), the slow obvious reference.
_REFERENCE = re.compile(r'(?:(?<=\s)|^)["–-](?=[\u0621-\u064a])|(?<=[\u0621-\u064a])["–-](?=\s|$)')


@pytest.mark.parametrize("text, expected", [
    ('قاعدة "بلد" الجوية', "قاعدة  بلد  الجوية"),
    ("قاعدة –بلد- الجوية", "قاعدة  بلد  الجوية"),
    ('"بلد" في اول النص', " بلد  في اول النص"),
    ("طريق بغداد-البصرة", "طريق بغداد-البصرة"),  # a dash between two words stays
    ("بين 3 - 4 ايام", "بين 3 - 4 ايام"),  # between two spaces stays
    ('He said "Baghdad" -', 'He said "Baghdad" -'),  # no Arabic letter beside it
    ("اخر كلمة-", "اخر كلمة "),
    ("اخر كلمة-\n", "اخر كلمة \n"),
])
def test_marks_wrapping_an_arabic_word_become_spaces(text, expected):
    assert _WRAPPING_MARK_RE.sub(" ", text) == expected == _REFERENCE.sub(" ", text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list('"–-ب لax\n\t0ـ'), max_size=12))
def test_same_marks_as_the_reference(text):
    assert _WRAPPING_MARK_RE.sub(" ", text) == _REFERENCE.sub(" ", text)
