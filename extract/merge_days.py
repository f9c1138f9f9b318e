"""Whether two accounts of an article tell one day or two: the day rules the merge asks of a pair of drafts.

Two accounts dated apart (`_apart`, `_days_apart`), one told as past beside today's (`_recalled`,
`_earlier_month`, `_recap_of_earlier`, `_earlier_day`, `_another_day`, `_told_earlier`), two days of a protest
wave (`_days_of_a_wave`), two days a report with no date told apart (`_untold_days_apart`). The pairwise rules
of :mod:`extract.merging` and the passes of :mod:`extract.merge_pass` ask them; a rule about the days of two
accounts belongs here, a fact of one account's text in :class:`extract.drafts.DraftFacts`.
"""

from __future__ import annotations

from extract.drafts import _Draft, _first, _same_sentence


def _apart(a: _Draft, b: _Draft) -> bool:
    """Whether the two dates are more than a day apart; within one sentence a month-precision date
    (هجوم ذي قار (سبتمبر 2017) هو هجوم ... 14 سبتمبر 2017) holds every day of its month. Across
    sentences it does not: "في وقت سابق من الشهر الجاري، قتل ..." is another event than today's."""
    x, y = a.incident, b.incident
    if 3 in (x.time_precision, y.time_precision) and (x.event_date.year, x.event_date.month) == (
            y.event_date.year, y.event_date.month) and _same_sentence(a, b):
        return False
    return abs((x.event_date - y.event_date).days) > 1


def _days_apart(a: _Draft, b: _Draft, *, own: str = "") -> bool:
    """The guard that keeps accounts of different days apart: both have a date and the dates are
    :func:`_apart`. ``own``: which dates count — ``""`` any (the article's day included), ``"text"`` only
    each one's own text's (``dated``), ``"told"`` its own text's or an announcement's beside it
    (``dated or weak_dated``)."""
    if own and not all(d.dated or (own == "told" and d.weak_dated) for d in (a, b)):
        return False
    return a.incident.event_date is not None and b.incident.event_date is not None and _apart(a, b)


def _recalled(coarse: _Draft, day: _Draft) -> bool:
    """An account dated by its own text only to a month (الشهر الماضي، في وقت سابق من الشهر) beside
    one dated to a day that month does not hold, told in another sentence: an earlier event recalled."""
    x, y = coarse.incident, day.incident
    return coarse.dated and (x.time_precision or 0) == 3 and (day.dated or day.weak_dated) and \
        y.time_precision == 1 and bool(x.event_date and y.event_date) and not coarse.headline and \
        not day.headline and _apart(coarse, day)


def _earlier_month(past: _Draft, today: _Draft) -> bool:
    """An account its own text dates to an earlier month (الشهر الماضي, last month) beside one with no
    date of its own (the report's day): the past event is recalled by today's."""
    x, y = past.incident, today.incident
    return past.dated and x.time_precision == 3 and not (today.dated or today.weak_dated) and \
        bool(x.event_date and y.event_date) and (x.event_date.year, x.event_date.month) < (
            y.event_date.year, y.event_date.month)


RECAP_DAYS = 2  # a recap dated this many days or more before today's account is another event


def _recap_of_earlier(past: _Draft, today: _Draft) -> bool:
    """An account its own text dates, told as a recap before its trigger («ويذكر أن … كان قد تجدد مساء
    الاثنين», "Earlier this month, a car bomb … killed 27"), at least ``RECAP_DAYS`` before an account
    with no date of its own (the report's day, a headline): the recap is an earlier event. A recap of
    yesterday («وكان مسلحون قد اغتالوا الناشط مساء أمس») may be the report's own event retold, and an
    undated account told after the recap goes on with it."""
    x, y = past.incident, today.incident
    if not past.dated or past.headline or today.dated or today.weak_dated or not (x.event_date and y.event_date):
        return False
    if _first(today) > _first(past):
        return False  # told after the recap: its continuation («ورافقت التظاهرات أعمال شغب …»), not today's news
    return (y.event_date - x.event_date).days >= RECAP_DAYS and past.facts.recap


EARLIER_DAYS = 7  # a day told as past («في 24 أيار الماضي») this many days or more before today's account


def _earlier_day(past: _Draft, today: _Draft) -> bool:
    """An account its own text dates to a day at least ``EARLIER_DAYS`` before an account with no date of
    its own (the report's day, a headline): «واستهدفت القاعدة نفسها بـ3 صواريخ في 24 أيار الماضي» beside
    today's rockets on the base is an earlier attack (told as past by `_PAST_MONTH`), not today's."""
    x, y = past.incident, today.incident
    return past.dated and x.time_precision == 1 and not past.headline and not (today.dated or today.weak_dated) \
        and bool(x.event_date and y.event_date) and (y.event_date - x.event_date).days >= EARLIER_DAYS


WEEK_DAYS = 7  # how far back a day is told by its weekday or as days ago
NEWS_DAYS = 2  # an account with no day of its own is the report's day or the day before; two days back is another


def _another_day(past: _Draft, today: _Draft) -> bool:
    """An account told after today's in a sentence that opens with its own weekday («والأحد، فشلت محاولة لاغتيال
    الناشطة … في البصرة», "On Monday, three rockets struck the base"), a day before today's own day, or at least
    ``NEWS_DAYS`` before the report's day when today's account has none: another event of the week recalled beside
    today's, not its retelling, whatever kind and place they share (recall8's class MERGE, merge8, issue 8). Not a
    back reference («ووقع الهجوم الأحد»), nor a death of wounds ("died of his wounds on Monday")."""
    x, y = past.incident, today.incident
    if past.headline or today.headline or (past.generic and past.role != "killing") or not (past.dated or past.weak_dated):
        return False
    if x.time_precision != 1 or x.event_date is None or y.event_date is None:
        return False
    if _first(past) <= _first(today) or \
            _same_sentence(past, today):
        return False  # told before or beside today's account: today's own lead, or a detail of it
    if not past.facts.opens_with_day or past.facts.of_wounds:
        return False
    days = (y.event_date - x.event_date).days
    if today.dated or today.weak_dated:  # today's own day (an announcement's only: no day to compare)
        # ... or a day after it ("A roadside bomb killed two soldiers near Tarmiyah on Sunday. On Monday, gunmen
        # killed a shepherd near Tarmiyah"), unless it names today's means definite ("On Monday, the bomb ...")
        return today.dated and past.dated and y.time_precision == 1 and (0 < days <= WEEK_DAYS or (
            0 < -days <= WEEK_DAYS and not past.facts.definite_means))
    # «ومساء الأحد، انفجرت العبوة على الدورية»: the bomb of a lead that gave no day, its day now told
    return NEWS_DAYS <= days <= WEEK_DAYS and not past.facts.definite_means


def _told_earlier(a: _Draft, b: _Draft) -> bool:
    """Whether one of the two accounts is an earlier event recalled beside the other, today's: a recap
    (`_recap_of_earlier`), an earlier month or day its text tells as past («في شهر تموز الماضي», «في 24
    أيار الماضي»), or another day of the week its sentence opens with (`_another_day`)."""
    return any(_recap_of_earlier(p, t) or _another_day(p, t) or (
        (_earlier_month(p, t) or _earlier_day(p, t)) and p.facts.told_as_past)
               for p, t in ((a, b), (b, a)))


def _days_of_a_wave(a: _Draft, b: _Draft) -> bool:
    """Whether two crowd events are told with their own dates on two different days ("Thousands protested
    in Basra on Sunday ... On Monday, protesters stormed the provincial council"): each day of a protest wave
    is an event of its own (ACLED codes demonstrations per day), though one day apart is not ``_apart``."""
    x, y = a.incident, b.incident
    return a.dated and b.dated and x.event_date is not None and y.event_date is not None and \
        x.time_precision == y.time_precision == 1 and x.event_date != y.event_date


def _untold_days_apart(a: _Draft, b: _Draft) -> bool:
    """Whether two placed accounts of a report with no publication date, at two places, name two days of their own
    («مساء الأحد» at the airport, «فجر الجمعة الماضي» in the Green Zone; 'on Sunday' ... 'On Friday'): two events, as
    they are once the report's date resolves the days (zero9 audit, issue 8)."""
    return a.placed and b.placed and a.day_untold is not None and b.day_untold is not None and \
        a.day_untold != b.day_untold and a.incident.place_id != b.incident.place_id
