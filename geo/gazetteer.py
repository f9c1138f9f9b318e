"""The in-memory gazetteer: places by id. Loading and validating the data files lives in
``geo.loader``; the name index used by the matcher is built from this object in ``geo.matcher``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from geo.model import Place


class Gazetteer:
    """An immutable collection of places, keyed by ``place_id``.

    Examples
    --------
    >>> from geo.model import Place
    >>> g = Gazetteer([Place("iq.x", "X", "اكس", "town", "IQ", "Baghdad", None, 33.3, 44.4)])
    >>> len(g), g.get("iq.x").name_en, g.get("nope")
    (1, 'X', None)
    """

    def __init__(self, places: Iterable[Place]) -> None:
        by_id: dict[str, Place] = {}
        for place in places:
            if place.place_id in by_id:
                raise ValueError(f"duplicate place_id {place.place_id!r}")
            by_id[place.place_id] = place
        self._by_id = by_id
        # Caches owned by other modules (e.g. the matcher's name index), built once per gazetteer.
        self.cache: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._by_id.values())

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)
