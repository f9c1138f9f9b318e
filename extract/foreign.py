"""Events whose actor is a foreign state's forces acting at home: abroad, not Iraqi incidents.

Iraqi channels and encyclopedia days also tell the region's news: "the Lebanese army fires tear
gas at protesters on the airport road", "Turkish authorities announce the detention of 718
people ... Among those arrested ...". Nothing in such a report places the event in Iraq, yet a
generic place (the airport road) or the article's lead would put it there. So an event whose
sentence or entry line opens with a foreign force that does not operate in Iraq (``cues.yaml``,
class ``foreign_forces``: the Lebanese or Syrian army, Turkish or Iranian police and authorities,
the Israeli army) is rejected (``abroad``) unless its sentence names a settlement or governorate: an Iraqi one
(the force acts in Iraq), or one abroad, where the event is then placed with its country
("Tunisian police arrested four suspects in Sidi Bouzid": Tunisia, never Iraq). Turkish, Iranian and US forces striking in Iraq are not listed: they are named
with the Iraqi place they hit, or as the Turkish army / الجيش التركي, which stays.
"""

from __future__ import annotations

from dataclasses import replace

from extract.events import EventCandidate, cue_start
from geo.model import PlaceMention

__all__ = ["reject_foreign_forces"]

OPENING_CHARS = 40  # the actor opens the sentence or the entry line
#: Iraqi places that say where an event happened; a road, street or airport named in general
#: ("the airport road") does not.
_SETTLED = frozenset({"city", "town", "village", "district", "subdistrict", "neighborhood", "governorate",
                      "camp", "area", "air_base", "military_base", "border_crossing", "mountain", "valley"})


def _opens(text: str, lang: str, start: int, trigger: int) -> bool:
    hi = min(trigger, start + OPENING_CHARS)
    return hi > start and cue_start(text, lang, "foreign_forces", start, hi) is not None


def reject_foreign_forces(text: str, events: list[EventCandidate], mentions: list[PlaceMention],
                          lang: str) -> list[EventCandidate]:
    """``events`` with those of a foreign force at home rejected (``abroad``)."""
    out = []
    for e in events:
        if e.rejected is None:
            lo, hi = e.sentence
            line = text.rfind("\n", 0, lo) + 1
            if (_opens(text, lang, lo, e.start) or (line < lo and _opens(text, lang, line, lo))) and not any(
                    lo <= m.start < hi and m.place.feature_type in _SETTLED for m in mentions):
                e = replace(e, rejected="abroad")
        out.append(e)
    return out
