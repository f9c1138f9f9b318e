"""geo.resolve reads the text's sentence ends once (``_sentence_ends``) and asks by bisection whether one
stands between a governorate named and an ambiguous name (``_same_sentence_admin1``): the same answer as
looking for a sentence end between them each time (issue 11). Phrasings written for this file."""

from __future__ import annotations

import re
from types import SimpleNamespace

from geo import resolve

TEXT = ("انفجرت عبوة في منطقة الرشاد جنوب محافظة كركوك. وقتل جندي في قرية البو عجيل!\n"
        "A bomb hit al-Rashad, south of Kirkuk province? Police in Salahuddin said؟ Two died.")


def _asking_each_time(text, cand, anchors):
    out = set()
    for pos, _, admin1 in anchors:
        if admin1 is None or pos == cand.start:
            continue
        lo, hi = sorted((pos, cand.start))
        if not re.search(r"[.!?؟\n]", text[lo:hi]):
            out.add(admin1)
    return out


def test_sentence_ends_read_once_equal_asking_each_time():
    positions = range(0, len(TEXT) + 1, 3)
    anchors = [(pos, "IQ", f"gov{pos % 4}" if pos % 5 else None) for pos in positions]
    ends = resolve._sentence_ends(TEXT)
    assert ends and all(TEXT[i] in ".!?؟\n" for i in ends)
    for start in positions:
        cand = SimpleNamespace(start=start)
        expected = _asking_each_time(TEXT, cand, anchors)
        assert resolve._same_sentence_admin1(TEXT, cand, anchors, ends) == expected
        assert resolve._same_sentence_admin1(TEXT, cand, anchors) == expected
    assert any(_asking_each_time(TEXT, SimpleNamespace(start=s), anchors) for s in positions)
