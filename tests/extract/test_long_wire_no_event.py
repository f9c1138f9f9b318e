"""Reports with no new incident in long Arabic wire copy (issue 8, docs/arabic_audit.md "Long wire and
TV-site reports (arwire6, session 6)"): deaths in a fire are an accident, and a headline of a court
sentence («الإعدام لإرهابيين فجرا سيارات مفخخة») is the sentence, not the bombing (annotation guide:
accidents and court sentences are not incidents). Every phrasing was written for this table from
general Arabic news usage, not copied from a report; an arson, an execution by IS and a shelling that
set a fire stay events.
"""

from __future__ import annotations

from datetime import date

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 4, 25)


def kinds(text: str) -> list[str]:
    """Sub-event types of the incidents found in ``text`` published on ``DAY``."""
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


#: Deaths in a fire and headlines of court sentences: no incident.
NO_INCIDENT = (
    "قال مصدر طبي إن خمسة مرضى لقوا حتفهم جراء اندلاع حريق في مستشفى الحسين بمدينة الناصرية.",
    "قالت مصادر طبية إن ثلاثة أطفال لقوا حتفهم اختناقاً بحريق شب في منزل بحي الجهاد في بغداد.",
    "الإعدام لإرهابي فجر سيارة مفخخة في سوق الكاظمية ببغداد",
    "الإعدام بحق مدان بتفجير عبوة ناسفة استهدفت زواراً في كربلاء",
)
#: Events that kill or burn stay events, with their kind.
STILL_EVENTS = {
    # armed men burning a house with no one hurt: property destruction, as 'gunmen set fire to the house of
    # an officer' is (ACLED codebook; wirefix6 aligned the Arabic with the English row, issue 8)
    "أضرم مسلحون مجهولون النار في منزل ضابط في قضاء المقدادية اليوم، ما أدى إلى اندلاع حريق كبير.":
        "Looting/property destruction",
    "أعدم مسلحو داعش ثلاثة رعاة في صحراء الأنبار اليوم.": "Attack",
    "لقي مدنيان مصرعهما بقصف مدفعي تسبب بحريق في قرية بقضاء زاخو.": "Shelling/artillery/missile attack",
}


def test_fires_and_court_sentences_are_no_incident() -> None:
    assert [text for text in NO_INCIDENT if kinds(text)] == []


def test_arson_executions_and_shelling_stay_events() -> None:
    assert {text: kinds(text) for text in STILL_EVENTS} == {text: [kind] for text, kind in STILL_EVENTS.items()}
