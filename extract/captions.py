"""Photo captions copied with a news page's text are not reports of events.

Arab news sites put the photo's caption on a line of its own above or inside the article:
«صورة أرشيفية لتظاهرات في البصرة», «مظاهرة في مدينة البصرة جنوب العراق - (رويترز)»,
«محتجون في ساحة التحرير (أرشيف)», «صورة من الاحتجاجات». The scene they describe is an old photo or
an illustration (issue 8, docs/arabic_audit.md: the wirear audit found it read as a protest held on
the report's day). A caption line is short, ends with no sentence punctuation, and either names
itself a photo («صورة», «أرشيفية», «(أرشيف)») or closes with a photo credit after a dash or in
parentheses («- (Reuters)», «(أ ف ب)», «(Getty)»), and stands between other lines: neither the first
line (a headline, a one-line post closing with its source) nor the last.
Events found in such a line are rejected (``caption``). Current-events pages (``extract.portal``),
whose entries close with "(Reuters)", are left to that module.
"""

from __future__ import annotations

from extract import needs
from extract import regexes as re
from extract.events import EventCandidate
from extract.portal import is_portal, lines_at, reject_in_spans

__all__ = ["caption_spans", "reject_captions"]

CAPTION_CHARS = 150  # a caption is a phrase, not a paragraph
_AR = "\u0621-\u064A"
#: The line names itself a photo: «صورة أرشيفية», «صور من»، «الصورة:», «(أرشيف)», «أرشيفية».
_PHOTO = re.compile(rf"^\s*(?:ال)?صور[ةه](?![{_AR}])|(?<![{_AR}])[أاإ]رشيفي[ةه](?![{_AR}])|"
                    rf"\(\s*[أاإ]رشيف\s*\)|\bfile photo\b", re.IGNORECASE)
#: Photo agencies and picture desks as a caption closes with them.
_CREDIT = (r"reuters|afp|ap|getty(?: images)?|epa|anadolu|رويترز|[أا]\s?ف\s?ب|فرانس برس|[أا]سوشيتد برس|"
           r"غيتي|الأناضول|[أا]رشيف")
_CLOSING_CREDIT = re.compile(rf"(?:\s[-–—]\s*\(?\s*(?:{_CREDIT})\s*\)?|\(\s*(?:{_CREDIT})\s*\))\s*$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", "؟", ":", "؛", ";")


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The photo-caption lines of ``text`` (none on a current-events page).

    Examples
    --------
    >>> t = "مقتل متظاهر في الناصرية\\nصورة أرشيفية لتظاهرات في الناصرية\\nقتل متظاهر اليوم في الناصرية."
    >>> [t[a:b] for a, b in caption_spans(t)]
    ['صورة أرشيفية لتظاهرات في الناصرية']
    """
    if is_portal(text):
        return []
    lines = [(start, line) for start, line in lines_at(text) if line.strip()]
    spans = []
    for start, line in lines[1:-1]:  # between the headline and the article's last line
        body = line.strip()
        if len(body) <= CAPTION_CHARS and (needs.search(_PHOTO, body) or needs.search(_CLOSING_CREDIT, body)) and \
                not _CLOSING_CREDIT.sub("", body).rstrip().endswith(_SENTENCE_END):
            spans.append((start, start + len(line)))
    return spans


def reject_captions(text: str, events: list[EventCandidate]) -> list[EventCandidate]:
    """``events`` with those found in a photo caption rejected (``caption``)."""
    return reject_in_spans(events, caption_spans(text), "caption")
