"""Encyclopedia current-events pages: topic headings and source tags are not events or places.

A day of Wikipedia's Portal:Current events (as the project's English dev sets hold it) reads::

    February 17, 2016 (Wednesday)
    Armed conflicts and attacks
    February 2016 Ankara bombing                     <- a topic heading: an article's title
    Military vehicles explode outside ... (BBC) (CNN) <- an entry, closed by its sources

A topic heading ("2019–2021 Iraqi protests", "January 2018 Baghdad bombings", "Iraq–Turkey
relations", "Assassination of Qasem Soleimani") names a subject, often years long; the entries
under it tell the day's events. So in such a page every event found in a heading line is
rejected (``heading``), and the parenthesised outlet names closing an entry ("(Tehran Times)",
"(The Washington Post)", "(France 24)") are never an event's place.

Only pages recognised as such are touched: a first line that is a date ("March 3, 2021" with or
without the weekday) or a section name of the portal ("Armed conflicts and attacks").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extract import regexes as re
from extract.events import EventCandidate
from geo.model import PlaceMention

__all__ = ["event_mentions", "heading_spans", "is_portal", "reject_headings", "reject_in_spans", "source_tag_spans"]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(rf"\s*(?:{_MONTHS}) \d{{1,2}}, \d{{4}}(?: \(\w+day\))?\s*$")
_SECTIONS = re.compile(r"^(?:Armed conflicts? and attacks|Politics and elections|International relations|"
                       r"Law and crime|Disasters and accidents|Business and economy|Health and environment|"
                       r"Arts and culture|Science and technology|Sports|Religion)\s*$", re.MULTILINE)
#: Parenthesised groups closing a line: "(Reuters)", "(AFP via Al Arabiya) (CNN)", "(2015–present)".
_TRAILING_PARENS = re.compile(r"(?:\s*\([^()\n]{1,80}\))+\s*$")
_PAREN = re.compile(r"\(([^()\n]{1,80})\)")


def _trailing_parens(line: str) -> re.Match[str] | None:
    """``_TRAILING_PARENS.search(line)``, not run over a line that does not end with ")" (white space
    aside): the pattern, tried at every position, ends with ")" and white space before ``$``."""
    return _TRAILING_PARENS.search(line) if line.rstrip().endswith(")") else None
#: A parenthesis of a title, not of a source: "(2015–present)", "(2014–2021)".
_TITLE_PAREN = re.compile(r"\d{4}|present|^\w+day$", re.IGNORECASE)
_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ':', ';')


def is_portal(text: str) -> bool:
    """Whether ``text`` is a current-events page (a date line first, or a portal section line).

    Examples
    --------
    >>> is_portal("June 26, 2016 (Sunday)\\nArmed conflicts and attacks\\nBattle of Fallujah\\n")
    True
    >>> is_portal("BAGHDAD (Reuters) - Rockets hit the Green Zone on Tuesday.")
    False
    """
    first = text.lstrip().split("\n", 1)[0]
    return bool(_DATE_LINE.match(first)) or bool(_SECTIONS.search(text, 0, 2000))


def lines_at(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (split at "\\n") with the offset it starts at."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def heading_spans(text: str) -> list[tuple[int, int]]:
    """The topic-heading lines of a current-events page (none for any other text): lines that end
    with no sentence punctuation, once a title's own parenthesis is set aside, and are not closed
    by a source tag.

    Examples
    --------
    >>> t = ("May 1, 2018 (Tuesday)\\nArmed conflicts and attacks\\n2018 Iraqi parliamentary election\\n"
    ...      "A car bomb kills two people in Mosul. (Reuters)\\n")
    >>> [t[a:b] for a, b in heading_spans(t)]
    ['May 1, 2018 (Tuesday)', 'Armed conflicts and attacks', '2018 Iraqi parliamentary election']
    """
    if not is_portal(text):
        return []
    spans = []
    for start, line in lines_at(text):
        body = line.rstrip()
        if not body:
            continue
        tail = _trailing_parens(body)
        if tail and not all(_TITLE_PAREN.search(p) for p in _PAREN.findall(tail.group())):
            continue  # closed by a source tag: an entry, whatever its punctuation
        core = body[:tail.start()] if tail else body
        if not core.rstrip().endswith(_SENTENCE_END):
            spans.append((start, start + len(body)))
    return spans


def source_tag_spans(text: str) -> list[tuple[int, int]]:
    """The source tags closing the entries of a current-events page: "(Reuters)", "(Tehran Times)".

    Examples
    --------
    >>> t = "March 3, 2021\\nRockets hit Ain al-Asad. (The Washington Post) (France 24)\\n"
    >>> [t[a:b] for a, b in source_tag_spans(t)]
    ['(The Washington Post)', '(France 24)']
    """
    if not is_portal(text):
        return []
    spans = []
    for start, line in lines_at(text):
        tail = _trailing_parens(line)
        if tail is None:
            continue
        spans.extend((start + m.start(), start + m.end()) for m in _PAREN.finditer(line, tail.start())
                     if not _TITLE_PAREN.search(m.group(1)))
    return spans


def reject_headings(text: str, events: list[EventCandidate]) -> list[EventCandidate]:
    """``events`` with those found in a topic heading rejected (``heading``)."""
    return reject_in_spans(events, heading_spans(text), "heading")


def reject_in_spans(events: list[EventCandidate], spans: list[tuple[int, int]], reason: str) -> list[EventCandidate]:
    """``events`` with those not yet rejected whose trigger starts in one of ``spans`` rejected as ``reason``."""
    if not spans:
        return events
    return [replace(e, rejected=reason) if e.rejected is None and any(a <= e.start < b for a, b in spans) else e
            for e in events]


def event_mentions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions an event may be placed at: not those inside a source tag ("(Tehran Times)")."""
    spans = source_tag_spans(text)
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
