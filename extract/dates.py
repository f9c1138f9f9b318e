"""Date expressions in Arabic and English news sentences, resolved against the article date.

Resolution rules (reference = the article date, ``published``):

===================================================  =======================================  =========
expression                                           resolves to                              precision
===================================================  =======================================  =========
أمس, البارحة, ليلة/مساء/فجر أمس, الليلة الماضية       −1 day                                    1 day
أول أمس, أول من أمس                                    −2 days                                   1 day
اليوم, صباح اليوم, today, this morning                 the article date                          1 day
قبل/منذ يومين, قبل 3 أيام, two days ago                 −n days                                   1 day
قبل أسبوع, الأسبوع الماضي, last week                   −7 days (−7n)                             2 week
جاء ذلك بعد يومين من X, "comes two days after X"       −n days for X (from the clause's date     1 day
                                                     just before, when it has one)
a weekday (مساء الأحد, السبت, on Tuesday)              the latest such day on or before          1 day
الأربعاء الماضي, last Wednesday                        the latest such day strictly before       1 day
السبت المقبل, next Saturday                            the next such day after                   1 day
في التاسع من الشهر الحالي, the 3rd of last month        that day of that month                    1 day
الشهر الماضي, last month, هذا الشهر                     the 1st of that month                     3 month
منتصف / مطلع / أواخر أبريل (mid/early/late April)       the 15th / 5th / 25th                     2 week
15 آذار مارس 2021, 16-أغسطس-2021, 2021/05/03, 3/5/2021  that day (numeric: day/month/year)        1 day
كانون الثاني يناير عام 2017, March 2021                the 1st of the month                      3 month
===================================================  =======================================  =========

A day and month without a year take the year that puts them nearest the article date (a
future date counts double, news reports the past). A month without a year is the latest such
month on or before the article's month. A year alone is not a date (ACLED has no year
precision). Relative expressions need ``published``; without it they are skipped.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from extract import needs
from extract import regexes as re
from extract.date_patterns import AMBIGUOUS_MONTHS, YEAR, lookup_key, patterns, scan_windows
from extract.lexicon_dates import normalize_with_map, to_original
from extract.model import DAY, MONTH, ResolvedDate
from extract.numbers import parse_number
from extract.sentences import split_clauses

__all__ = ["article_date_from_text", "find_dates", "incident_date", "infobox_date", "listed_days"]

_EXPLICIT = {"ymd", "dmy", "ar_dmy", "en_dmy", "en_mdy"}
#: The kinds that can resolve without the article date (_resolve gives None for every other kind
#: then): the only ones worth scanning for when there is none (a dateline at the top of a text).
_ABSOLUTE = frozenset({*_EXPLICIT, "ar_my", "en_my"})
#: ... and each of those resolves without the article date only with its year written: a text with
#: no year in it (most of a report's sentences, the top of most posts) has no date to find then.
_A_YEAR = re.compile(YEAR)
_NOT_ORDINAL_DAY = re.compile(r"(?:كانون|تشرين|الاسبوع|الاسابيع|النصف|الربع|الثلث|العشر|العقد|القرن|اليوم)\s+$")
#: Names like جسر 14 تموز (a Baghdad bridge) or شارع 14 رمضان are places, not dates.
_PLACE_BEFORE = re.compile(r"(?:جسر|شارع|ساحه|حي|منطقه|مستشفي|مدينه|جامعه|مجمع|مطار|تقاطع|سوق|قاعده|معسكر)\s+$")
_NOT_WEEKDAY_BEFORE = re.compile(r"(?:بين|كلا|هذين|من|ان)\s+$")
#: «التظاهرات المستمرة منذ شهرين», «المعتصمون منذ أسبوعين», «مختطف منذ ثلاثة أيام»: what has lasted that
#: long (a duration), not something that happened that long ago.
#: The counts of «قبل بضعة أيام», «قبل عدة أيام», "a few days ago": no number, some days.
_VAGUE_COUNTS = frozenset(lookup_key(w) for w in ("بضعة", "بضع", "عدة", "few", "several", "some"))
_LASTING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:مستمر|متواصل|قائم|متصاعد|جار|معتصم|محاصر|مختطف|مخطوف|مغيب|معتقل|محتجز|"
                             r"موقوف|نازح|مفقود)(?:ه|ون|ين|ات|تان|تين|ا)?\s+$|(?<!\w)[وف]?(?:ي|ت)(?:ستمر|تواصل|عتصم|تصاعد)(?:ون|ان)?\s+$")


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: date) -> date | None:
    best: tuple[int, date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        value = _safe(year, month, day)
        if value is None:
            continue
        cost = abs((value - published).days) * (2 if value > published else 1)
        if best is None or cost < best[0]:
            best = (cost, value)
    return best[1] if best else None


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_year(month: int, published: date, direction: str | None) -> int:
    tables = patterns()
    if direction in tables.weekday_future:
        return published.year if month > published.month else published.year + 1
    if direction in tables.weekday_past:
        return published.year if month < published.month else published.year - 1
    if direction in {"الجاري", "الحالي", "this year"}:
        return published.year
    return published.year if month <= published.month else published.year - 1


def _weekday(weekday: int, published: date, direction: str | None) -> date:
    tables = patterns()
    if direction in tables.weekday_future:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - weekday) % 7
    if direction in tables.weekday_past and back == 0:
        back = 7
    return published - timedelta(days=back)


def _group(m: re.Match[str], name: str) -> str | None:
    value = m.groupdict().get(name)
    return lookup_key(value) if value else None


#: Where the clause of a vague span ends («بعد أيام من تفجير ... يوم الجمعة، ...»): a comma, a full stop, a line.
_CLAUSE_END = re.compile(r"[.،,؛;\n!?؟]")
#: How far after a vague span its clause may name the day of the event it points at.
VAGUE_CLAUSE_CHARS = 120


def _weekday_in_clause(norm: str, at: int) -> bool:
    """Whether a weekday is named after ``at`` in its clause (within VAGUE_CLAUSE_CHARS)."""
    stop = _CLAUSE_END.search(norm, at, at + VAGUE_CLAUSE_CHARS)
    weekday = dict(patterns().regexes)["ar_weekday"]
    return weekday.search(norm, at, stop.start() if stop else min(len(norm), at + VAGUE_CLAUSE_CHARS)) is not None


def _resolve(kind: str, m: re.Match[str], norm: str, published: date | None) -> tuple[date, int] | None:
    t = patterns()
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if kind in {"ymd", "dmy"}:
        value = _safe(int(g["year"]), int(g["month"]), int(g["day"]))
        return (value, DAY) if value else None
    if kind in {"ar_dmy", "en_dmy", "en_mdy"}:
        month = (t.month_ar if kind == "ar_dmy" else t.month_en)[_group(m, "m1") or ""]
        if g.get("ord"):
            if _NOT_ORDINAL_DAY.search(norm, max(0, m.start() - 12), m.start()):
                return None
            day = t.ordinal[_group(m, "ord") or ""]
        else:
            day = int(g["day"])
            if _PLACE_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
                return None
        if year:
            value = _safe(year, month, day)
        else:
            value = _nearest_year(month, day, published) if published else None
            if value and published and g.get("dpast") and value > published:  # 25 أيار الماضي
                value = _safe(value.year - 1, month, day)
        return (value, DAY) if value else None
    if kind in {"ar_my", "en_my"}:
        key = _group(m, "m1") or ""
        month = (t.month_ar if kind == "ar_my" else t.month_en)[key]
        direction = _group(m, "dir")
        part = t.month_part[_group(m, "part").removesuffix("-")] if g.get("part") else None
        if not (year or part or direction or g.get("m2")):
            pre = g.get("pre")
            if pre is None or (key in AMBIGUOUS_MONTHS and pre != "شهر"):
                return None
        if year is None:
            if published is None:
                return None
            year = _month_year(month, published, direction)
        day, precision = part or (1, MONTH)
        return date(year, month, day), precision
    if published is None:
        return None
    if kind in {"ar_this_day", "en_this_day"}:
        value = _safe(year or 0, published.month, published.day) if year else None
        return (value, DAY) if value and value < published else None
    if kind == "ar_nth_anniversary":
        years = t.ordinal[_group(m, "ord") or ""]
        day = published + timedelta(days=t.relative_day.get(_group(m, "rel") or "", 1))  # غدا, يوم غد: tomorrow
        value = _safe(day.year - years, day.month, day.day) if years <= 10 else None
        return (value, DAY) if value else None
    if kind == "ar_anniversary_of":
        years = t.ordinal[_group(m, "ord") or ""]
        value = _safe(published.year - years, published.month, 1) if years <= 50 else None
        return (value, MONTH) if value else None
    if kind in {"ar_years_passed", "en_years_passed", "en_years_after"}:
        years = parse_number(_group(m, "n") or _group(m, "n2") or _group(m, "n3") or "") or \
            {"عام": 1, "سنه": 1, "عامين": 2, "سنتين": 2}.get(_group(m, "yu") or "", 0)
        value = _safe(published.year - years, published.month, 1) if 1 <= years <= 50 else None
        return (value, MONTH) if value else None
    if kind in {"ar_ord_rel", "en_ord_rel"}:
        first = _add_months(published, t.month_rel[_group(m, "rel")] if g.get("rel") else 0)
        value = _safe(first.year, first.month, t.ordinal[_group(m, "ord")] if g.get("ord") else int(g["day"]))
        return (value, DAY) if value else None
    if kind in {"ar_month_rel", "en_month_rel"}:
        first = _add_months(published, t.month_rel[_group(m, "rel")] if g.get("rel") else 0)
        day, precision = t.month_part[_group(m, "part").removesuffix("-")] if g.get("part") else (1, MONTH)
        return first.replace(day=day), precision
    if kind in {"ar_week", "en_week"}:
        return published + timedelta(days=t.week_rel[_group(m, "rel") or ""]), 2
    if kind == "ar_after" and g.get("morrow"):  # «غداة …»: the day after it
        return published - timedelta(days=1), DAY
    if kind in {"ar_ago", "ar_since", "ar_after", "en_ago", "en_after"}:
        count, days, precision = t.units[_group(m, "unit") or ""]
        if kind == "ar_since" and count != 2 and not g.get("n"):
            return None
        if kind == "ar_since" and _LASTING_BEFORE.search(norm, max(0, m.start() - 20), m.start()):
            return None
        if g.get("n"):  # قبل 3 أيام; a non-number (قبل نحو أسبوع) keeps the unit's own count
            count = parse_number(g["n"]) or count
        if count <= 0 and kind in {"ar_ago", "en_ago", "ar_after"} and (not g.get("n") or _group(m, "n") in _VAGUE_COUNTS):
            # «قبل أيام», «قبل بضعة أيام», "a few days ago", «ويأتي الهجوم بعد أيام من هجوم مماثل» (the one it came
            # after): some days back, known to the week (the evaluation and the dashboard read a week-precision
            # date as a span around it); the report's own day, which these took before, is wrong
            back = t.vague.get(_group(m, "unit") or "")
            if back and kind != "en_ago" and _weekday_in_clause(norm, m.end()):
                # «ويأتي هذا التفجير بعد أيام من تفجير انتحاري في سوق خان بني سعد يوم الجمعة»: the earlier event's own
                # day is told after it in its clause and dates it; the span only says it was some days back (review12)
                return None
            return (published - timedelta(days=back[0]), back[1]) if back else None
        if count <= 0 or count > 400:
            return None
        return published - timedelta(days=count * days), precision
    if kind in {"ar_rel", "en_rel"}:
        return published + timedelta(days=t.relative_day[_group(m, "rel") or ""]), DAY
    if kind in {"ar_weekday", "en_weekday"}:
        key = _group(m, "wd") or ""
        if key == "الاثنين" and not (g.get("part") or g.get("dir")) and (
            _NOT_WEEKDAY_BEFORE.search(norm, max(0, m.start() - 8), m.start())
            or norm.startswith(" معا", m.end())
        ):
            return None
        return _weekday(t.weekday[key], published, _group(m, "dir")), DAY
    return None


def _span_start(kind: str, m: re.Match[str]) -> int:
    """Leave introducers (في, in, on) out of the expression."""
    if kind in {"ar_my", "en_my"} and m.group("pre") and m.group("pre") != "شهر":
        return m.start("part") if m.group("part") else m.start("m1")
    if kind == "en_weekday" and m.group("dir") and m.group("dir").lower() == "on":
        return m.start("wd")
    if kind == "ar_after":  # «وجاء ذلك بعد يومين من»: the expression is the span, from «بعد» (or «غداة»)
        return m.start("after") if m.group("after") else m.start("morrow")
    return m.start()


_LAST_YEAR = re.compile(r"(\s*[،,]?\s*(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?:ال)?ماضي|,?\s+(?:of\s+)?last\s+year|"
                        r"(?<=last)\s+year)(?![\w])", re.IGNORECASE)
_YEAR4 = re.compile(r"\d{4}")
_NAMED_MONTH = frozenset({"ar_dmy", "ar_my", "en_dmy", "en_mdy", "en_my"})
#: Expressions that date the event named right after them ("N years after X", «مرور عامين على X», «الذكرى
#: الأولى لـX», «، بعد يومين من X», 'comes two days after X'), not the sentence's other events («اعتقلت قوة
#: أمنية، بعد يومين من المتابعة، المتهم …» is the report's arrest).
_LOOKS_BACK = frozenset({"ar_nth_anniversary", "ar_years_passed", "ar_anniversary_of", "en_years_passed",
                         "en_years_after", "ar_after", "en_after"})


def _year_before(value: date, published: date) -> date:
    try:
        return value.replace(year=published.year - 1)
    except ValueError:  # 29 February
        return value.replace(year=published.year - 1, day=28)


_AFTER_KINDS = frozenset({"ar_after", "en_after"})
#: A sentence end between a date and a span counted from it: the span counts from the report's day.
_SENTENCE_END = re.compile(r"[.!?؟\n]")
AFTER_BASE_CHARS = 120  # "in December 2019, only two months after …": the clause's own date this close before


def _after_own_date(norm: str, item: tuple[int, int, str, date, int], before: list[tuple[int, int, str, date, int]],
                    published: date | None) -> tuple[int, int, str, date, int]:
    """A span counted back to an earlier event ("two months after the start of the protests") counts
    from the date its own clause tells, when the sentence gives one just before it ("survived an attack
    in December 2019, only two months after …": October 2019), else from the article date.

    The coarser of the two precisions is kept.
    """
    start, end, kind, value, precision = item
    if kind not in _AFTER_KINDS or not before or published is None:
        return item
    base = before[-1]
    if base[2] in _AFTER_KINDS or start - base[1] > AFTER_BASE_CHARS or _SENTENCE_END.search(norm, base[1], start):
        return item
    return start, end, kind, base[3] - (published - value), max(base[4], precision)


def find_dates(text: str, published: date | None) -> list[ResolvedDate]:
    """Every date expression in ``text`` (usually one sentence), resolved.

    Parameters
    ----------
    text
        A sentence (or any short text) in Arabic or English.
    published
        The article date; relative expressions (أمس, الأحد, last week) need it.

    Returns
    -------
    list of ResolvedDate
        In text order, non-overlapping; ``text[d.start:d.end] == d.expression``.

    Examples
    --------
    >>> [(d.expression, str(d.value), d.precision) for d in find_dates(
    ...     "قصف بصاروخي كاتيوشا مساء الأحد", date(2021, 5, 3))]
    [('مساء الأحد', '2021-05-02', 1)]
    >>> [(str(d.value), d.precision) for d in find_dates("في كانون الثاني يناير عام 2017", None)]
    [('2017-01-01', 3)]
    """
    norm, index = normalize_with_map(text)
    if published is None and not _A_YEAR.search(norm):
        return []  # nothing resolves (see _A_YEAR): the scans would find nothing
    found: list[tuple[int, int, str, date, int]] = []
    for kind, regex, start, end in scan_windows(norm, None if published else _ABSOLUTE):
        for m in regex.finditer(norm, start, end):
            resolved = _resolve(kind, m, norm, published)
            if resolved:
                found.append((_span_start(kind, m), m.end(), kind, *resolved))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    kept: list[tuple[int, int, str, date, int]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    kept.sort()
    merged: list[tuple[int, int, str, date, int]] = []
    for item in kept:
        # "الاثنين 16 آب 2021", "Monday, 16 August 2021": one expression, the explicit date.
        if (merged and merged[-1][2].endswith("weekday") and item[2] in _EXPLICIT
                and not norm[merged[-1][1]:item[0]].strip(" ,،")):
            item = (merged.pop()[0], *item[1:])
        merged.append(item)
    merged = [_after_own_date(norm, item, merged[:i], published) for i, item in enumerate(merged)]
    result = []
    for start, end, kind, value, precision in merged:
        last_year = _LAST_YEAR.match(norm, end) if published is not None and kind in _NAMED_MONTH else None
        if last_year and not _YEAR4.search(norm, start, end):  # "17 آب من العام الماضي", "April last year"
            value, end = _year_before(value, published), last_year.end(1)
        a, b = to_original(index, start, end, len(text))
        result.append(ResolvedDate(value=value, precision=precision, start=a, end=b, expression=text[a:b],
                                   looks_back=kind in _LOOKS_BACK))
    return result


def incident_date(sentence: str, published: date | None, *, anchor: int | None = None) -> ResolvedDate | None:
    """The date of the event reported in ``sentence``: the expression nearest to ``anchor``.

    A date in the anchor's own clause (between Arabic commas, semicolons) beats a nearer one
    outside it; without an anchor the first date is taken.

    Examples
    --------
    >>> s = "وفي 15 آذار مارس 2021 قتل جندي، وأعلن مسؤول أمس الحصيلة"
    >>> incident_date(s, date(2021, 5, 3), anchor=s.index("قتل")).expression
    '15 آذار مارس 2021'
    """
    dates = find_dates(sentence, published)
    if not dates:
        return None
    if anchor is None:
        return dates[0]

    clause = next(((a, b) for a, b in split_clauses(sentence) if a <= anchor < b), (0, len(sentence)))

    def distance(d: ResolvedDate) -> tuple[bool, int, int]:
        gap = d.start - anchor if d.start > anchor else max(0, anchor - d.end)
        return not (clause[0] <= d.start < clause[1]), gap, d.start

    return min(dates, key=distance)


#: Between two dates of one list: «1 كانون الأول و3 كانون الأول», "on May 1 and on May 3", "1, 3 May".
_DATE_JOINT = re.compile(r"\s*(?:[,،]\s*(?:و\s*|and\s+)?|و\s*|and\s+|&\s*)(?:(?:في|يوم|on)\s+)?", re.IGNORECASE)
#: Bare days before a full date: «مساء 14 و15 و16 شباط», «يومي 5 و6 حزيران», "on 14 and 15 May".
_DAYS_BEFORE = re.compile(r"(?:(?<!\S)(?:في|يومي|ايام|أيام|مساء|صباح|ليله|ليلة|ليلتي|ليالي|on|nights? of)\s+)"
                          r"((?:\d{1,2}\s*(?:[,،]\s*)?(?:و\s*|and\s+)?)*?\d{1,2})\s*(?:[,،]\s*)?(?:و|and\s+|&\s*)\s*$",
                          re.IGNORECASE)
LIST_SPAN_DAYS = 31


def listed_days(text: str, found: ResolvedDate, dates: list[ResolvedDate], published: date | None = None) -> list[ResolvedDate]:
    """The days of the list ``found`` belongs to, in text order (one event on each: ACLED codes one
    event per day): full dates joined by و/and («في 1 كانون الأول و3 كانون الأول 2019»), or bare days
    before a full date («مساء 14 و15 و16 شباط», "on 14 and 15 May"); ``[found]`` when it is alone.

    Days must rise, lie within a month of each other and not after ``published``; a list's first
    date written without a year («1 كانون الأول») takes the year of the last one.
    """
    if found.precision != DAY:
        return [found]
    ordered = [d for d in sorted(dates, key=lambda d: d.start) if d.precision == DAY]
    if found not in ordered:
        return [found]
    i = j = ordered.index(found)
    while i > 0 and _DATE_JOINT.fullmatch(text, ordered[i - 1].end, ordered[i].start):
        i -= 1
    while j + 1 < len(ordered) and _DATE_JOINT.fullmatch(text, ordered[j].end, ordered[j + 1].start):
        j += 1
    days = ordered[i:j + 1]
    last = days[-1]
    days = [d if _YEAR4.search(d.expression) or d is last or d.value.year == last.value.year else
            ResolvedDate(_safe(last.value.year, d.value.month, d.value.day) or d.value, d.precision, d.start, d.end,
                         d.expression) for d in days]
    if len(days) == 1 and (bare := needs.search(_DAYS_BEFORE, text, 0, found.start)) and \
            re.match(r"\d{1,2}(?!\d)", found.expression.lstrip()):
        values = [_safe(found.value.year, found.value.month, int(n)) for n in re.findall(r"\d{1,2}", bare.group(1))]
        if all(values):
            days = [ResolvedDate(v, DAY, bare.start(), bare.end(), text[bare.start():bare.end()]) for v in values] + days
    values = [d.value for d in days]
    if len(days) < 2 or any(a >= b for a, b in pairwise(values)) or \
            (values[-1] - values[0]).days > LIST_SPAN_DAYS or (published is not None and values[-1] > published):
        return [found]
    return days


def article_date_from_text(text: str, *, window: int = 400) -> date | None:
    """The publication date written near the top of an article (dateline), or None.

    Examples
    --------
    >>> article_date_from_text("عنوان الخبر\\n16-أغسطس-2021\\n\\nكشف مصدر أمني")
    datetime.date(2021, 8, 16)
    >>> article_date_from_text("Monday, 16 August 2021 - Baghdad (AFP)")
    datetime.date(2021, 8, 16)
    """
    for found in find_dates(text[:window], None):
        if found.precision == DAY and _in_dateline(text, found):
            return found.value
    return None


#: An encyclopaedia infobox's or a briefing's date line: «التاريخ 29 أغسطس 2003», «التاريخ: 8 نوفمبر 2019»,
#: "Date: 3 February 2007 (UTC+3)" — the label alone at the start of its line, then the date.
_INFOBOX_LABEL = re.compile(r"^[ \t]*(?:التاريخ|تاريخ الهجوم|تاريخ الحادث|Date)[ \t]*:?[ \t]*(?=\S)", re.MULTILINE)
_INFOBOX_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$")


def infobox_date(text: str) -> date | None:
    """The day an infobox or briefing line gives as the date (a full date alone on the line after its
    label), or None: what an encyclopaedia article or a dated briefing with no dateline is dated by.
    A range («24 مارس – 22 سبتمبر 2016») or a month alone is no day.

    Examples
    --------
    >>> infobox_date("تفجيرات 2003\\nالبلد العراق\\nالتاريخ 29 أغسطس 2003\\nالهدف مرقد")
    datetime.date(2003, 8, 29)
    >>> infobox_date("التاريخ 24 مارس – 22 سبتمبر 2016 (5 أشهر)") is None
    True
    """
    for label in _INFOBOX_LABEL.finditer(text):
        end = text.find("\n", label.end())
        line = text[label.end():end if end >= 0 else len(text)]
        found = find_dates(line, None)
        if len(found) == 1 and found[0].precision == DAY and found[0].start == 0 and \
                _INFOBOX_TAIL.fullmatch(line, found[0].end):
            return found[0].value
    return None


#: After a dateline's date: an optional time and agency, then the dateline's separator or the end
#: of its line ("Monday, 16 August 2021 - Baghdad", "March 16, 2021 (Xinhua) --", "Aug 16, 2021 |").
_DATELINE_TAIL = re.compile(r"[ \t,]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?[ \t]*)?"
                            r"(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—/|:]|\n|$)")
DATELINE_LEAD_WORDS = 6  # "BAGHDAD, Iraq, Monday,", "Published on Monday," before the date; prose has more


def _in_dateline(text: str, found: ResolvedDate) -> bool:
    """Whether a date near the top stands where a dateline or a metadata line puts it: few words
    before it on its line, and after it only a time, an agency, then a separator or the line's end.
    A date inside a sentence ("On March 16, 1988, Iraqi jets ...", an anniversary or background) is
    the body's, never the publication date.

    Examples
    --------
    >>> article_date_from_text("On March 16, 1988, Iraqi jets dropped chemical bombs on Halabja.") is None
    True
    """
    before = text[text.rfind("\n", 0, found.start) + 1:found.start]
    return len(before.split()) <= DATELINE_LEAD_WORDS and bool(_DATELINE_TAIL.match(text, found.end))
