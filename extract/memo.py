"""Facts a rule reads of one article's text, kept so that each is read once (issue 11).

While an article's incidents are assembled and merged, the same fact of a sentence or of an account's
evidence (the sentence after it, a risen toll, whether it tells another event) is asked by every event
or pair of accounts that needs it. A :class:`Memo` keeps each answer by what was read and of what, for
as long as its owner keeps it: ``extract.incidents`` one per article's assembly, ``extract.merging``
one per ``merge_drafts``. What is kept must depend only on its key and the article it was read in.
(Placing keeps its facts of a mention by the mention's identity, in ``extract.placing._kept``.)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["Memo"]


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
        if kept in self:
            return self[kept]
        value = self[kept] = read(key)
        return value
