"""«، بعد يومين من X،» / ', three days after X' dates X, the event named after it in its own clause, not the
report's event around it: «اعتقلت قوة أمنية، بعد يومين من المتابعة، المتهم …» is an arrest of the report's day
(review7 probes of b96d171, issue 8). Every phrasing is written for this test; the report is of Thursday
14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _dates(text: str) -> dict[str, str | None]:
    article = Article(text=text, id="t", source="t")
    incidents = parse_article(article, None, article_date=date(2024, 3, 14)).incidents
    return {i.sub_event_type: i.event_date.isoformat() if i.event_date else None for i in incidents}


@pytest.mark.parametrize("text, sub, expected", [
    # a parenthetical span of the report's own arrest (dated two or three days back on main)
    ("اعتقلت قوة أمنية، بعد يومين من المتابعة، المتهم بتفجير عبوة ناسفة في سوق بعقوبة.", "Arrests", "2024-03-14"),
    ("اعتقلت الشرطة، بعد ثلاثة أيام من البحث، المسلحين الذين هاجموا مقر الحزب في البصرة.", "Arrests", "2024-03-14"),
    # the event named after the span in its clause is still dated back
    ("عثر على جثة المختار في قضاء المقدادية، بعد يومين من اختطافه من قبل مسلحين مجهولين.",
     "Abduction/forced disappearance", "2024-03-12"),
    ("وجاء ذلك بعد يومين من استهداف رتل للتحالف بعبوة ناسفة على طريق الناصرية.",
     "Remote explosive/landmine/IED", "2024-03-12"),
    # counted from the rockets' own Wednesday, the event the sentence goes on with (date8: _counted_from)
    ("Rockets hit the Ain al-Asad base on Wednesday. The rockets come two days after a US airstrike killed three "
     "militia fighters near Al-Qaim.", "Air/drone strike", "2024-03-11"),
])
def test_span_after_dates_its_own_clause(text: str, sub: str, expected: str) -> None:
    assert _dates(text)[sub] == expected
