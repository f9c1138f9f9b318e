"""«وجه» (directed) read as a speech verb when a comma follows it right away («ووجه، الأحد، القائد العام …»):
a whole word of words.yaml is the word alone, with no letter or digit after it, and a mark of punctuation may
follow (debt9 noticed that «وجه،» was never matched). The day told right after the directive is the
directive's, not the event's own; «وجهت» (she directed) and «وجهه» (his face) are still other words.
Self-written phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.events import find_events
from extract.incidents import _SPEECH, choose_date

DAY = date(2024, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة جنود بهجوم مسلح في قضاء الطارمية، ووجه، الأحد، القائد العام بملاحقة المنفذين.", "ووجه،"),
    ("وكان القائد العام قد وجه، أمس، بملاحقة المنفذين.", "وجه،"),
    ("ووجه القائد العام، الأحد، بملاحقة المنفذين.", "ووجه"),  # (as before: a space after it)
    ("ضرب المسلحون الجندي على وجهه، الأحد، قرب الطارمية.", None),  # his face
    ("وجهت، الأحد، طائرات مسيرة ضربة لمواقع داعش.", None),  # she directed: not the whole word
])
def test_the_directive_is_read_with_a_comma_after_it(text: str, expected: str | None) -> None:
    found = _SPEECH.search(text)
    assert (found.group() if found else None) == expected


@pytest.mark.parametrize("text, own", [
    # the day right after the directive is the directive's: the killing told before it has no own day
    ("قتل ثلاثة جنود بهجوم مسلح في قضاء الطارمية، ووجه، الأحد، القائد العام بملاحقة المنفذين.", False),
    # near miss: the day told after «وجهه» (his face) is the event's own
    ("قتل مسلحون جنديا بإطلاق النار على وجهه، الأحد، في قضاء الطارمية.", True),
])
def test_the_day_after_a_directive_is_not_the_event_s_own(text: str, own: bool) -> None:
    event = next(e for e in find_events(text, [(0, len(text))], "ar") if e.rejected is None)
    found, found_own = choose_date(text, event, find_dates(text, DAY), DAY, lang="ar")
    assert found is not None and found.value == date(2024, 3, 10)
    assert found_own is own
