"""Records of the extract package, one per pipeline stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from geo.model import PlaceMention

#: time_precision codes (ACLED): 1 day, 2 week, 3 month.
DAY, WEEK, MONTH = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a row or a URL."""

    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    id: str | None = None
    # Identity at the origin (a feed item's link, a Telegram channel/message): an item with a key is
    # ingested once even if its text changes later (see storage.items).
    key: str | None = None
    # The language the origin says it publishes in (a feed's ``language``): decides only where the
    # text's own letters leave it open (extract.language.detect_language).
    language: str | None = None
    # Who first posted a forwarded message (a Telegram post's ``forwarded_from``): the outlet relayed it.
    forwarded_from: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the whitespace-normalised text: the same article ingested twice is one row."""
        # surrogatepass: a lone surrogate (replaced when files are read) must not crash the hash
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an input (a file, or one line/row of it) was not read."""

    origin: str  # file path, URL or upload name
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date expression found in a sentence, resolved against the article date."""

    value: date
    precision: int  # DAY, WEEK or MONTH
    start: int  # offsets into the string that was searched
    end: int
    expression: str
    #: The date of the event named after the expression, not of the sentence: "two years after the fall of
    #: Mosul", «بمناسبة مرور عام على سقوط سنجار», «مرت خمس سنوات على تفجير الكرادة» (extract.incidents.choose_date).
    looks_back: bool = False


@dataclass(frozen=True, slots=True)
class Incident:
    """One security event as reported by one article (after dedup: by several)."""

    event_type: str
    sub_event_type: str
    evidence: str
    event_date: date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    place_id: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    source: str | None = None
    confidence: float = 0.5
    evidence_start: int = 0  # offsets of the evidence sentence in the article text
    evidence_end: int = 0
    trigger: str = ""
    #: Background: the event is more than a year older than the report (told as recap or context).
    historical: bool = False

    def to_contract(self) -> dict:
        """The incident as in the ``parse --json`` output contract."""
        return {
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "evidence": self.evidence,
            "source": self.source,
            "confidence": round(self.confidence, 3),
            "historical": self.historical,
        }


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with what was found in it."""

    article: Article
    language: str  # "ar" or "en"
    article_date: date | None
    mentions: tuple[PlaceMention, ...] = ()
    incidents: tuple[Incident, ...] = field(default_factory=tuple)
