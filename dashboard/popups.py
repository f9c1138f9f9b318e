"""Escaped HTML for incidents and place mentions: popups, tooltips, source links, highlights.

No Streamlit here. Everything that comes from the news (evidence, titles, sources, URLs) goes
through ``html.escape``; links are made only for http(s) URLs; Arabic text is marked right-to-left.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from html import escape

from dashboard.numerals import counted, numerals
from extract.telegram import HIDDEN_SENDER
from geo.model import PlaceMention

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SPLIT = re.compile(r"\s*(?:\n|\s\|\s)\s*")  # how queries joins sources: " | "
#: Words shown on the map (English defaults; the app passes its translations as ``labels``).
POPUP_LABELS: dict[str, str] = {
    "date": "Date", "type": "Type", "place": "Place", "fatalities": "Fatalities",
    "sources": "Sources", "precision": "Location precision", "unknown": "unknown",
    "precision_1": "exact place", "precision_2": "near / district", "precision_3": "governorate only",
    "precision_3_place": "approximate: the report's main place",
    "layer_plain": "Plain (offline)", "layer_osm": "OpenStreetMap (online)", "layer_borders": "Borders (offline)",
    "heat": "Density (grid)", "choropleth": "Governorates", "incidents": "Incidents", "legend": "Event type",
    "injuries": "Injuries", "cluster_head": "{incidents} · {killed}", "cluster_latest": "Latest {n}:",
    # counted nouns, one key per plural form (see count_words)
    "n_incidents.one": "{n} incident", "n_incidents.other": "{n} incidents",
    "n_killed.one": "{n} killed", "n_killed.other": "{n} killed",
    "zoom_in": "Zoom in", "show_in_table": "Show these in the table", "open_incident": "Open",
    "scale_km": "km", "scale_m": "m", "forwarded_from": "Forwarded from", "hidden_sender": "a hidden account",
    "lang": "en",  # the interface language: its digits (dashboard.numerals) and direction
}
POPUP_CSS = (".iim-pop{font:12px sans-serif;max-width:320px}.iim-pop p{margin:4px 0}"
             ".iim-latest{max-height:260px;overflow-y:auto}.iim-item{border-top:1px solid #ddd;padding:4px 0}"
             ".iim-pop p[dir=rtl]{text-align:right}.iim-pop p[dir=ltr]{text-align:left}"
             ".leaflet-container{background:#dfe9f3}")


def count_words(words: Mapping[str, str], noun: str, n: int) -> str:
    """The counted noun ``noun`` for ``n`` from the map's words, whose plural forms come as keys
    ``noun.one``, ``noun.other``, … (:func:`dashboard.numerals.counted`).

    Examples
    --------
    >>> count_words(POPUP_LABELS, "n_incidents", 1), count_words(POPUP_LABELS, "n_incidents", 3)
    ('1 incident', '3 incidents')
    """
    prefix = noun + "."
    forms = {key[len(prefix):]: text for key, text in words.items() if key.startswith(prefix)}
    return counted(forms, n, str(words.get("lang", "en")))


def number_text(value, words: Mapping[str, str]) -> str:
    """A number, date or text with its digits in the interface's numerals (``words["lang"]``)."""
    return numerals(value, str(words.get("lang", "en")))


def cluster_heading(count: int, fatalities: int, words: Mapping[str, str]) -> str:
    """ "12 incidents · 3 killed", "حادثتان · قتيل واحد": a cluster's popup head and tooltip (plain text)."""
    return words["cluster_head"].format(incidents=count_words(words, "n_incidents", count),
                                        killed=count_words(words, "n_killed", fatalities))


def joined(values: Iterable, words: Mapping[str, str]) -> str:
    """The values present, joined as a list in the interface language: the Arabic comma «،» in
    Arabic (a Latin comma reads as a stray mark in Arabic text).

    Examples
    --------
    >>> joined(["Baquba", None, "Diyala"], POPUP_LABELS), joined(["بعقوبة", "ديالى"], {"lang": "ar"})
    ('Baquba, Diyala', 'بعقوبة، ديالى')
    """
    comma = "، " if words.get("lang") == "ar" else ", "
    return comma.join(str(v) for v in values if _present(v))


def is_arabic(text: str) -> bool:
    """True when the text is mostly Arabic script (so it is shown right-to-left).

    Examples
    --------
    >>> is_arabic("انفجار عبوة ناسفة في بعقوبة"), is_arabic("An IED exploded in Baquba")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(bool(_ARABIC.match(c)) for c in letters) * 2 >= len(letters)


def as_list(value) -> list[str]:
    """Sources or URLs as a list, whether stored as a list, a JSON array or a joined string.

    Examples
    --------
    >>> as_list("INA | Shafaq News"), as_list('["a", "b"]'), as_list(None), as_list(["x", ""])
    (['INA', 'Shafaq News'], ['a', 'b'], [], ['x'])
    """
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                return [str(v) for v in json.loads(text) if v]
            except ValueError:
                pass
        return [part for part in _SPLIT.split(text) if part]
    return [str(v) for v in value if v]


def safe_url(url: str) -> str | None:
    """The URL if it is http(s), else None (no ``javascript:`` links).

    Examples
    --------
    >>> safe_url("https://ina.iq/a?b=1"), safe_url("javascript:alert(1)"), safe_url(" HTTP://x.iq ")
    ('https://ina.iq/a?b=1', None, 'HTTP://x.iq')
    """
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else None


def source_links(sources, urls) -> str:
    """Escaped HTML from the cached, aligned strings (``storage.store.joined_sources``): the i-th URL
    is the i-th outlet's own, an empty entry means that outlet had none. Prefer :func:`sources_html`.

    Examples
    --------
    >>> source_links("INA | Shafaq", " | https://shafaq.com/x")
    'INA, <a href="https://shafaq.com/x" target="_blank" rel="noopener noreferrer">Shafaq</a>'
    """
    names, links = _aligned(sources), _aligned(urls)
    return sources_html([{"source": names[i] if i < len(names) else None,
                          "url": links[i] if i < len(links) else None}
                         for i in range(max(len(names), len(links)))])


def _aligned(value) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(" | ")] if value.strip() else []
    return as_list(value)


def sources_html(rows: Iterable[Mapping], words: Mapping[str, str] | None = None) -> str:
    """Escaped HTML for an incident's source rows: each outlet linked to its own URL (http(s) only),
    and who first posted a message it only relayed (``forwarded_from``; the words from ``words``).

    Examples
    --------
    >>> sources_html([{"source": "INA", "url": None},
    ...               {"source": "Shafaq", "url": "https://shafaq.com/x", "title": "Rockets"}])
    'INA, <a href="https://shafaq.com/x" target="_blank" rel="noopener noreferrer" title="Rockets">Shafaq</a>'
    >>> sources_html([{"source": None, "url": "javascript:alert(1)"}])
    'javascript:alert(1)'
    >>> sources_html([{"source": "Cell", "url": None, "forwarded_from": "<b>Local</b>"}])
    'Cell (Forwarded from: &lt;b&gt;Local&lt;/b&gt;)'
    """
    words = {**POPUP_LABELS, **(words or {})}
    parts = []
    for row in rows:
        raw_url = row.get("url")
        url = safe_url(str(raw_url)) if _present(raw_url) else None
        name = next((str(v) for v in (row.get("source"), row.get("title"), raw_url) if _present(v) and str(v)), "?")
        if url:
            title = row.get("title")
            hint = f' title="{escape(str(title), quote=True)}"' if _present(title) and title else ""
            parts.append(f'<a href="{escape(url, quote=True)}" target="_blank" '
                         f'rel="noopener noreferrer"{hint}>{escape(name)}</a>')
        else:
            parts.append(escape(name))
        if _present(sender := row.get("forwarded_from")):
            sender = words["hidden_sender"] if sender == HIDDEN_SENDER else str(sender)
            parts[-1] += f" ({escape(words['forwarded_from'])}: {escape(sender)})"
    return joined(parts, words)


def _sources_of(row: Mapping, words: Mapping[str, str]) -> str:
    """Sources of a popup row: from its source rows when the query attached them."""
    rows = row.get("source_rows")
    if isinstance(rows, list):
        return sources_html(rows, words)
    return source_links(row.get("sources"), row.get("source_urls"))


def evidence_html(text: str) -> str:
    """The evidence sentence escaped, right-to-left when Arabic.

    Examples
    --------
    >>> evidence_html("<b>قصف</b> على الموصل")
    '<p dir="rtl">&lt;b&gt;قصف&lt;/b&gt; على الموصل</p>'
    """
    return f'<p dir="{"rtl" if is_arabic(text) else "ltr"}">{escape(text)}</p>'


def popup_html(row: Mapping, labels: Mapping[str, str] | None = None) -> str:
    """A popup for one incident row, every value escaped (styles come from :data:`POPUP_CSS`).

    Examples
    --------
    >>> html = popup_html({"evidence": "<script>alert(1)</script>", "sources": "INA",
    ...                    "source_urls": "javascript:alert(1)"})
    >>> "<script>" in html, "&lt;script&gt;" in html, "href" in html
    (False, True, False)
    """
    words = {**POPUP_LABELS, **(labels or {})}
    place = joined((row.get("location"), row.get("admin1")), words)
    kind = " / ".join(str(words.get(str(v), v)) for v in (row.get("event_type"), row.get("sub_event_type"))
                      if _present(v))
    killed = _count(row.get("fatalities"), words)
    # precision_key (dashboard.labels.precision_key) tells a governorate from a town standing for one
    precision = words.get(str(row.get("precision_key") or f"precision_{as_int(row.get('geo_precision'))}"), "")
    date = _day(row, words)
    direction = "rtl" if is_arabic(words["place"]) else "ltr"  # the interface language's direction
    return (f'<div class="iim-pop" dir="{direction}"><b>{escape(date)}</b> · {escape(kind)}'
            f"<br>{escape(words['place'])}: {escape(place)} ({escape(precision)})"
            f"<br>{escape(words['fatalities'])}: {escape(killed)} · "
            f"{escape(words['injuries'])}: {escape(_count(row.get('injuries'), words))}"
            f"{evidence_html(str(row.get('evidence') or ''))}"
            f"{escape(words['sources'])}: {_sources_of(row, words)}</div>")


def _count(value, words: Mapping[str, str]) -> str:
    return number_text(int(value), words) if _present(value) else words["unknown"]


def _day(row: Mapping, words: Mapping[str, str]) -> str:
    day = row.get("event_date")
    return number_text(str(day)[:10], words) if _present(day) else words["unknown"]


def incident_item_html(row: Mapping, words: Mapping[str, str], href: str | None = None) -> str:
    """One incident in a cluster's popup: date, type, place, fatalities and injuries, evidence,
    sources, and a link to its detail (``href``); every value escaped."""
    place = joined((row.get("location"), row.get("admin1")), words)
    kind = str(words.get(str(row.get("sub_event_type")), row.get("sub_event_type") or ""))
    date = _day(row, words)
    link = (f' <a href="{escape(href, quote=True)}" target="_top">{escape(words["open_incident"])} '
            f'#{number_text(as_int(row.get("incident_id")), words)}</a>' if href else "")
    return (f'<div class="iim-item"><b>{escape(date)}</b> · {escape(kind)} · {escape(place)}'
            f"<br>{escape(words['fatalities'])}: {escape(_count(row.get('fatalities'), words))} · "
            f"{escape(words['injuries'])}: {escape(_count(row.get('injuries'), words))}{link}"
            f"{evidence_html(str(row.get('evidence') or ''))}"
            f"{escape(words['sources'])}: {_sources_of(row, words)}</div>")


def cluster_popup_html(count: int, fatalities: int, rows: Iterable[Mapping], words: Mapping[str, str], *,
                       table_href: str,
                       incident_href=None) -> str:
    """A cluster's popup: how many incidents and killed, its newest incidents, "zoom in" (fits the
    map to the cluster's cell: the layer binds the click) and "show these in the table" (``table_href``)."""
    rows = list(rows)
    direction = "rtl" if is_arabic(words["place"]) else "ltr"
    items = "".join(incident_item_html(r, words, incident_href(r["incident_id"]) if incident_href else None)
                    for r in rows)
    return (f'<div class="iim-pop" dir="{direction}"><b>'
            f'{escape(cluster_heading(count, fatalities, words))}</b><br>'
            f'<a href="#" class="iim-zoom">{escape(words["zoom_in"])}</a> · '
            f'<a href="{escape(table_href, quote=True)}" target="_top" class="iim-table">'
            f'{escape(words["show_in_table"])}</a>'
            f'<div class="iim-latest">{escape(words["cluster_latest"].format(n=number_text(len(rows), words)))}'
            f'{items}</div></div>')


def tooltip_text(row: Mapping, words: Mapping[str, str] | None = None) -> str:
    """A one-line escaped tooltip: date (in the interface's digits), sub-type, place."""
    day = row.get("event_date")
    parts = [number_text(str(day)[:10], words or POPUP_LABELS) if _present(day) else "",
             str(row.get("sub_event_type") or ""), str(row.get("location") or "")]
    return escape(" · ".join(p for p in parts if p))


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and value != value) and value != ""


def as_int(value) -> int:
    """An int, or 1 (the most precise code) when missing: used for geo_precision."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


def highlight_mentions(text: str, mentions: Iterable[PlaceMention]) -> str:
    """The text with each place mention wrapped in <mark> (title: what it resolved to).

    Built only from escaped pieces; right-to-left when the text is Arabic.

    Examples
    --------
    >>> from geo.model import Place
    >>> kut = Place("iq.wa.kut", "Kut", "الكوت", "city", "IQ", "Wasit", None, 32.5, 45.8)
    >>> highlight_mentions("<b>قصف</b> في الكوت", [PlaceMention("الكوت", 14, 19, kut, 0.9)])
    '<p dir="rtl">&lt;b&gt;قصف&lt;/b&gt; في <mark title="Kut / الكوت (city, Wasit)">الكوت</mark></p>'
    """
    pieces, cursor = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < cursor:
            continue  # overlapping mention: keep the first
        place = mention.place
        title = f"{place.name_en} / {place.name_ar} ({place.feature_type}, {place.admin1 or place.country})"
        pieces.append(escape(text[cursor:mention.start]))
        pieces.append(f'<mark title="{escape(title, quote=True)}">{escape(text[mention.start:mention.end])}</mark>')
        cursor = mention.end
    pieces.append(escape(text[cursor:]))
    return f'<p dir="{"rtl" if is_arabic(text) else "ltr"}">{"".join(pieces)}</p>'


def highlight_evidence(text: str, evidences: Iterable[str]) -> str:
    """The article text with each evidence sentence wrapped in <mark>, every piece escaped;
    right-to-left when Arabic. Evidence not found verbatim is left unmarked.

    Examples
    --------
    >>> highlight_evidence("Calm day. <b>Bomb</b> hit Kut. Rain.", ["<b>Bomb</b> hit Kut."])
    '<p dir="ltr">Calm day. <mark>&lt;b&gt;Bomb&lt;/b&gt; hit Kut.</mark> Rain.</p>'
    """
    spans = []
    for evidence in evidences:
        start = text.find(evidence) if evidence else -1
        if start >= 0:
            spans.append((start, start + len(evidence)))
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        pieces += [escape(text[cursor:start]), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    pieces.append(escape(text[cursor:]))
    return f'<p dir="{"rtl" if is_arabic(text) else "ltr"}">{"".join(pieces)}</p>'
