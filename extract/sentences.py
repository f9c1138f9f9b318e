"""Sentence and clause spans for Arabic and English news text.

Sentences end at ``. ! ? ؟ ؛`` and at line breaks. A dot does not end a sentence inside a
number (``3.5``, ``2.500``), after an abbreviation (``U.S.``, ``Gen.``, ``ا.ف.ب``) or when a
letter follows it directly (``example.com``). An ellipsis (``...``, ``…``) ends a sentence
only when whitespace follows it: ``الكاظمي...العراق`` in a headline is one piece; two dots and a
space before a word on the same line (``بالطائرات المسيرة.. استهداف مقر``) are a pause, not an end. Closing
quotes and brackets after the end mark stay with the sentence. Clauses split a sentence
further on the Arabic comma ``،``, the semicolons ``؛ ;`` and (optionally) the Latin comma.
"""

from __future__ import annotations

from extract import regexes as re

__all__ = ["boilerplate_spans", "split_clauses", "split_sentences", "stretches"]

# One character class up front lets the regex engine skip quickly to candidate marks.
_END = re.compile(r"\n|[.!?؟؛…][.!?؟؛…]*")
_CLOSERS = "\"'»”’)]}›"
#: English abbreviations that end with a dot but not a sentence (lower case).
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "cpl", "capt", "cmdr", "adm", "brig", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "prof", "rep", "sen", "gov", "pres", "dept", "est", "approx", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "al"]
)


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    mark = match.group()
    end = match.end()
    following = text[end] if end < len(text) else ""
    if mark == "\n":
        return True
    if mark == ".." and following == " " and text[end + 1:end + 2].isalpha():
        return False  # two dots then a word on the same line: a pause of Telegram posts (بالمسيرات.. استهداف مقر)
    if mark.startswith("..") or "…" in mark:
        return following == "" or following.isspace()
    if mark != ".":
        return True
    if following.isalnum():  # 3.5, 2.500, ا.ف.ب, example.com
        return False
    # The word right before the dot (within 30 characters, spaces between allowed): a scan back
    # instead of a regex search, which would retry at every position of the window.
    lo, end = max(0, match.start() - 30), match.start()
    while end > lo and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > lo and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    if begin == end:
        return True
    last = text[begin:end]
    if len(last) == 1 and not last.isdigit():  # U.S. / ا.ف.ب. / initials
        return False
    return last.lower() not in _ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans.

    Parameters
    ----------
    text
        An article text (Arabic, English or both).

    Returns
    -------
    list of (start, end)
        Offsets into ``text``, whitespace trimmed, in order, covering every non-blank character.

    Examples
    --------
    >>> text = "قصف مطار بغداد ليلة أمس. وقال مصدر إن 3.5 طن ضبطت؟ نعم"
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['قصف مطار بغداد ليلة أمس.', 'وقال مصدر إن 3.5 طن ضبطت؟', 'نعم']
    >>> [s for s in split_sentences("U.S. forces left. Gen. Smith said so.")]
    [(0, 17), (18, 37)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.start() < start or not _is_boundary(text, match):
            continue
        end = match.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        span = _trimmed(text, start, end)
        if span:
            spans.append(span)
        start = end
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


def stretches(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The distinct sentences, in order, neighbours (only blanks between them) joined into one stretch.

    Examples
    --------
    >>> t = "A. B. C."
    >>> stretches(t, [(6, 8), (0, 2), (3, 5), (0, 2)])
    [(0, 8)]
    >>> stretches("A. x B.", [(0, 2), (5, 7)])
    [(0, 2), (5, 7)]
    """
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(set(sentences)):
        if out and not text[out[-1][1]:lo].strip():
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def split_clauses(text: str, start: int = 0, end: int | None = None, *,
                  latin_comma: bool = False) -> list[tuple[int, int]]:
    """Split the sentence ``text[start:end]`` into clause spans.

    Splits on ``،``, ``؛`` and ``;`` (and on ``,`` when ``latin_comma``, never between digits
    as in ``2,500``). Coordination with و is left alone: too often it joins the parts of one event.

    Returns
    -------
    list of (start, end)
        Offsets into ``text`` (not into the slice), trimmed, covering the sentence's content.

    Examples
    --------
    >>> s = "قتل جندي، وأصيب اثنان آخران"
    >>> [s[a:b] for a, b in split_clauses(s)]
    ['قتل جندي،', 'وأصيب اثنان آخران']
    """
    end = len(text) if end is None else end
    marks = "،؛;" + ("," if latin_comma else "")
    spans: list[tuple[int, int]] = []
    piece = start
    for i in range(start, end):
        ch = text[i]
        if ch not in marks:
            continue
        if ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        span = _trimmed(text, piece, i + 1)
        if span:
            spans.append(span)
        piece = i + 1
    span = _trimmed(text, piece, end)
    if span:
        spans.append(span)
    return spans


_RELATED = re.compile(r"^\s*(?:اقرأ أيضا|اقرأ أيضاً|اقرا ايضا|إقرأ أيضاً|اقرأ المزيد|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة|"
                      r"المزيد من الأخبار|شاهد أيضا|شاهد أيضاً|Read more|Read also|Related|See also|More on this|"
                      # (tspur12, issue 8: 'Read the report: Students, mothers, activists ... in Iraq, women engage in
                      # demonstrations', a link to another story, gave a protest) the other spellings and wordings of
                      # the same marker: «إقرأ أيضا», «اقرأ كذلك», «طالع أيضاً», «قد يهمك», 'Also read', 'Read the report:'
                      r"[اإ]قر[أا] (?:[أا]يضا|كذلك)|طالع [أا]يضا|يهمك [أا]يضا|قد يهمك|"
                      r"Also read|Read the (?:full )?(?:report|story|article|interview)(?=\s*:)|You may also like|Recommended for you)\b.*$",
                      re.MULTILINE | re.IGNORECASE)


#: A site's list of its latest or most read headlines closing the page («آخر الأخبار», «الأكثر قراءة», 'Latest news', 'Most
#: read'; tspur12, issue 8: a Tunisian strike in the list after an Iraqi report gave a protest). Only after the report's
#: first LATEST_AFTER_CHARS characters: at the top such a line is a section name over the report's own headline.
_LATEST = re.compile(r"^\s*(?:آخر ?الأخبار|آخر ?الاخبار|اخر ?الاخبار|أحدث الأخبار|احدث الاخبار|الأكثر قراءة|الاكثر قراءة|"
                     r"الأكثر مشاهدة|الاكثر مشاهدة|اخترنا لك|Latest news|Latest stories|Most read|Most popular|Trending now)\s*:?\s*$",
                     re.MULTILINE | re.IGNORECASE)
LATEST_AFTER_CHARS = 300


#: A tag list («الكلمات المتعلقة: العراق مظاهرات بغداد اشتباكات», «كلمات دليلية :», "Tags: Iraq, protests"): the
#: site's index words, often run on after the last sentence, not a sentence that tells anything (neg10 audit,
#: issue 8: a tag line gave a protest in Baghdad). Only with its colon, at a line start or after a full stop.
_TAGS = re.compile(r"(?:^|(?<=[.!?؟]\s))[ \t]*(?:الكلمات المتعلقة|الكلمات الدالة|الكلمات المفتاحية|كلمات مفتاحية|كلمات دليلية|"
                   r"الوسوم|وسوم|Tags|Keywords|Topics)[ \t]*:.*$", re.MULTILINE | re.IGNORECASE)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    r"""Lists of other articles' headlines ("اقرأ أيضاً", "Related"): the marker line and the short
    lines after it, up to the next paragraph of body text; and a tag line (:data:`_TAGS`).

    Examples
    --------
    >>> t = "قصف على المطار.\nاقرأ أيضاً:\nمقتل جنديين في كركوك\nاعتقال متهم في البصرة\n" + "نص " * 60
    >>> [t[a:b] for a, b in boilerplate_spans(t)]
    ['اقرأ أيضاً:\nمقتل جنديين في كركوك\nاعتقال متهم في البصرة\n']
    """
    spans = []
    for m in (*_RELATED.finditer(text), *(m for m in _LATEST.finditer(text) if m.start() >= LATEST_AFTER_CHARS)):
        end = m.end() + 1
        while end < len(text):
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - end > 120:
                break
            end = line_end + 1
        spans.append((m.start(), min(end, len(text))))
    spans.extend((m.start(), m.end()) for m in _TAGS.finditer(text))
    return sorted(spans)
