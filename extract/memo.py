"""Facts a rule reads of one article's text, kept so that each is read once (issue 11).

While an article's incidents are assembled and merged, the same fact of a sentence or of an account's
evidence (the sentence after it, a risen toll, whether it tells another event) is asked by every event
or pair of accounts that needs it. A :class:`Memo` keeps each answer by what was read and of what, for
as long as its owner keeps it: ``extract.incidents`` one per article's assembly, ``extract.placing`` one
per article for the facts of its place mentions (kept by the mention's identity, :meth:`Memo.once_for`).
(``extract.merging`` keeps what it reads of an account with the account: ``extract.drafts.DraftFacts``.) What is kept must depend only on its key and the article
it was read in.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import is_
from typing import Any

__all__ = ["Memo"]

_UNREAD = object()  # (an answer may be None)


class Memo(dict):
    """Answers kept by (``what``, ``key``); a plain dict besides.

    Examples
    --------
    >>> memo = Memo()
    >>> memo.once("words", "two soldiers killed", lambda s: len(s.split()))
    3
    >>> memo.once("words", "two soldiers killed", lambda s: 0)  # kept: not read again
    3
    """

    __slots__ = ()

    def once(self, what: str, key: Hashable, read: Callable[[Any], Any]) -> Any:
        """``read(key)``, read the first time (``what``, ``key``) is asked and kept."""
        kept = (what, key)
        value = self.get(kept, _UNREAD)
        if value is _UNREAD:
            value = self[kept] = read(key)
        return value

    def once_for(self, what: str, objects: tuple[object, ...], read: Callable[[], Any]) -> Any:
        """``read()``, read the first time (``what``, ``objects``) is asked and kept by the objects' identity:
        for objects that are not keys by value (or are costly to hash). The objects are kept with the answer,
        so that the id of one that was freed, taken by a new object, is not mistaken for it.

        Examples
        --------
        >>> memo, mention = Memo(), ["بغداد"]
        >>> memo.once_for("tied", (mention,), lambda: True)
        True
        >>> memo.once_for("tied", (mention,), lambda: False)  # the same object: kept
        True
        >>> memo.once_for("tied", (["بغداد"],), lambda: False)  # an equal but other object: read
        False
        """
        kept = (what, *map(id, objects))
        found = self.get(kept)
        if found is not None:
            held, value = found
            if all(map(is_, held, objects)):
                return value
        value = read()
        self[kept] = (objects, value)
        return value
