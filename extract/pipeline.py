"""One article in, its place mentions and incidents out: the ``parse`` command's engine.

Pure: the article date comes from the article, the caller or the text, never from the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract.captions import reject_captions
from extract.events import REFERENCE, find_events
from extract.foreign import reject_foreign_forces
from extract.incidents import build_incidents
from extract.model import DAY, Article, ParsedArticle
from extract.portal import event_mentions, reject_headings
from extract.sentences import stretches
from geo.gazetteer import Gazetteer

__all__ = ["parse_article", "to_contract"]


def _sentences(text: str) -> list[tuple[int, int]]:
    from extract.sentences import split_sentences

    return split_sentences(text)


def parse_article(article: Article, gazetteer: Gazetteer | None = None, *,
                  article_date: date | None = None) -> ParsedArticle:
    """Find the places and the incidents of one article.

    Parameters
    ----------
    article
        The article; ``article.published`` is the article date when set, ``article.language`` a
        hint for texts whose letters leave the language open (see ``detect_language``).
    gazetteer
        Places to look for; ``None`` means the bundled default gazetteer.
    article_date
        Used when the article has no ``published`` date (the CLI's ``--article-date``); failing
        both, a date written near the top of the text.

    Returns
    -------
    ParsedArticle
        Mentions and incidents; each incident's evidence is a sentence of the text.
    """
    from extract.dates import article_date_from_text, find_dates, infobox_date
    from extract.language import detect_language
    from extract.numbers import count_casualties
    from geo.matcher import find_places

    text = article.text
    when = article.published or article_date or article_date_from_text(text)
    lang = detect_language(text, hint=article.language)
    mentions = find_places(text, gazetteer)
    events = reject_foreign_forces(text, reject_captions(text, reject_headings(
        text, find_events(text, _sentences(text), lang))), mentions, lang)
    incidents: list = []
    kept = [e for e in events if e.rejected in {None, REFERENCE}]
    if kept:
        # Dates matter only where the events are: read them from the sentences that hold one.
        dates = [replace(d, start=d.start + lo, end=d.end + lo)
                 for lo, hi in stretches(text, [e.sentence for e in kept]) for d in find_dates(text[lo:hi], when)]
        incidents = build_incidents(text, events, event_mentions(text, mentions), dates, article_date=when, lang=lang,
                                    source=article.source or article.url or article.id,
                                    casualties=count_casualties)
        box = None if when else infobox_date(text)
        if box:  # an encyclopaedia article with no date but its infobox's: the events it leaves undated
            incidents = [replace(i, event_date=box, time_precision=DAY) if i.event_date is None else i for i in incidents]
    return ParsedArticle(article=article, language=lang, article_date=when, mentions=tuple(mentions),
                         incidents=tuple(incidents))


def to_contract(parsed: ParsedArticle) -> dict:
    """The article as one object of the ``parse --json`` output contract (issue 2)."""
    a = parsed.article
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "article_date": parsed.article_date.isoformat() if parsed.article_date else None,
        "language": parsed.language,
        "places": [
            {"surface": m.surface, "start": m.start, "end": m.end, "place_id": m.place.place_id,
             "name_en": m.place.name_en, "name_ar": m.place.name_ar, "feature_type": m.place.feature_type,
             "country": m.place.country, "admin1": m.place.admin1, "admin2": m.place.admin2,
             "latitude": m.place.latitude, "longitude": m.place.longitude,
             "confidence": round(m.confidence, 3)}
            for m in parsed.mentions
        ],
        "incidents": [i.to_contract() for i in parsed.incidents],
    }
