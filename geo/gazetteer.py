"""The in-memory gazetteer: places by id, and a small name search for the dashboard.

Loading and validating the data files lives in ``geo.loader``; the name index used by the matcher
is built from this object in ``geo.matcher``. The search here is for people typing into a box
(Review and Gazetteer pages): prefix and fuzzy matching over names and variants in both scripts,
folded by the project's one normaliser (:mod:`geo.normalize`), as the matcher folds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from geo.model import Place
from geo.normalize import fold as fold_letters

_PUNCTUATION = re.compile(r"[\s\-'`ʿʾ’‘.,()]+")
_ARTICLE = re.compile(r"^(?:ال|al |el |an |ar |as |ash |at |ad |az )")
#: Fuzzy matches (whole-string QRatio, so a short query does not hit every long name containing it)
#: below this score are noise: "makhmoor" → "makhmour" scores 87.5, "tal afer" → "tal afar" 87.5.
FUZZY_CUTOFF = 75.0
#: Fuzzy matches further than this below the best one are left out ("tal afer": Tal Afar 87.5, not
#: Tal Tamr 75).
FUZZY_SPREAD = 8.0
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def fold(text: str) -> str:
    """The project's Arabic fold (:func:`geo.normalize.fold`), then lower case, Latin diacritics
    stripped and punctuation squeezed to single spaces.

    Examples
    --------
    >>> fold("Tal ʿAfar"), fold("Ṭūz Khurmātū")
    ('tal afar', 'tuz khurmatu')
    >>> fold("الأنْبَار") == fold("الانبار"), fold("نينوى") == fold("نينوي"), fold("حديثة") == fold("حديثه")
    (True, True, True)
    >>> fold("گرمیان") == fold("كرميان")
    True
    """
    text = unicodedata.normalize("NFKD", fold_letters(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _PUNCTUATION.sub(" ", text).strip()


def _keys(name: str) -> set[str]:
    """A folded name, and the same without a leading article (الهول → هول, al-Qaim → qaim)."""
    folded = fold(name)
    return {folded, _ARTICLE.sub("", folded)} - {""}


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

    def _search_index(self) -> tuple[list[str], list[str]]:
        """Parallel lists (folded key, place_id), built once."""
        index = self.cache.get("gazetteer.search")
        if index is None:
            pairs = {
                (key, place.place_id)
                for place in self
                for name in (place.name_en, place.name_ar, *place.variants_en, *place.variants_ar)
                for key in _keys(name)
            }
            ordered = sorted(pairs)
            index = ([k for k, _ in ordered], [pid for _, pid in ordered])
            self.cache["gazetteer.search"] = index
        return index  # type: ignore[return-value]

    def search(self, query: str, *, limit: int = 10) -> list[Place]:
        """Places whose English or Arabic names or variants match ``query``, best first.

        An exact name (folded) beats, in Arabic, a name that ends with the query as a whole word
        (مخيم الهول for الهول: Arabic puts the head word first), which beats a prefix, which beats a
        name holding the query as a whole word (Kut al-Amara for Amara, Erbil-Mosul road for Mosul).
        Only when none of these matches does a fuzzy match count (rapidfuzz QRatio ≥ ``FUZZY_CUTOFF``
        and within ``FUZZY_SPREAD`` of the best one): a misspelling finds its place, and a name that
        matches exactly no longer trails unrelated look-alikes (Baku for Baquba, Samarra for Amara).
        Ties go to the more populous place.

        Examples
        --------
        >>> from geo.model import Place
        >>> g = Gazetteer([
        ...     Place("a", "Makhmour", "مخمور", "town", "IQ", "Nineveh", None, 35.8, 43.6,
        ...           variants_en=("Makhmur",)),
        ...     Place("b", "Mosul", "الموصل", "city", "IQ", "Nineveh", None, 36.3, 43.1, 1_000_000),
        ... ])
        >>> [p.place_id for p in g.search("makhmoor")], [p.place_id for p in g.search("موصل")]
        (['a'], ['b'])
        """
        q = fold(query)
        if not q or limit <= 0:
            return []
        keys, ids = self._search_index()
        best: dict[str, float] = {}

        def offer(pid: str, score: float) -> None:
            best[pid] = max(best.get(pid, 0.0), score)

        bare = _ARTICLE.sub("", q) or q
        arabic = bool(_ARABIC_LETTER.search(q))
        for key, pid in zip(keys, ids, strict=True):
            if key in (q, bare):
                offer(pid, 300.0)
            elif arabic and (key.endswith(" " + q) or key.endswith(" " + bare)):
                # Arabic puts the head word first (مخيم الهول, قضاء مخمور), so a prefix search misses it
                offer(pid, 250.0 - len(key) / 100)
            elif key.startswith(q) or key.startswith(bare):
                offer(pid, 200.0 - len(key) / 100)
            elif f" {bare} " in f" {key} ":
                offer(pid, 150.0 - len(key) / 100)
        if not best and len(q) >= 3:
            from rapidfuzz import fuzz, process  # here: the matcher never searches names like this

            found = process.extract(q, keys, scorer=fuzz.QRatio, limit=limit * 5, score_cutoff=FUZZY_CUTOFF)
            top = max((score for _key, score, _i in found), default=0.0)
            for _key, score, i in found:
                if score >= top - FUZZY_SPREAD:
                    offer(ids[i], score)
        ranked = sorted(best, key=lambda pid: (-best[pid], -self._by_id[pid].population, pid))
        return [self._by_id[pid] for pid in ranked[:limit]]
