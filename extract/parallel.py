"""Parse many articles, in input order, on one or several cores.

Extraction is a pure function of (article, gazetteer, article date), so articles can be parsed in
forked worker processes that share the already loaded gazetteer and lexicons (copy-on-write) and
return results in the order the articles came; one article that raises becomes a
:class:`Rejection` and never stops the others.

- The database ingest parses lists of articles with :class:`ParsePool`. Its workers do not read the
  input themselves: the parent must hold the articles before they are parsed, to skip those already
  stored (content hash) or claimed (feed keys) and to name a Telegram export's channel.
- ``parse --workers N`` goes through :func:`ordered_map`: each worker reads its own unit of the
  input (a line range of a JSON Lines file, a few files), parses it and sends back the output
  already written (bytes), so the parent only plans the units and writes the results in order.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from extract.model import Article, ParsedArticle, Rejection
from geo.gazetteer import Gazetteer

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

ParseFn = Callable[..., ParsedArticle]
RenderFn = Callable[[ParsedArticle], object]
Result = ParsedArticle | Rejection  # or what ``render`` makes of a ParsedArticle
T = TypeVar("T")
R = TypeVar("R")


def origin_of(article: Article) -> str:
    """Where an article came from, for a rejection message."""
    return article.url or article.id or article.title or article.text[:40].replace("\n", " ")


def parse_or_reject(parse: ParseFn, article: Article, gazetteer: Gazetteer | None,
                    article_date: date | None, render: RenderFn | None = None) -> Result:
    """``parse(article)`` (passed through ``render`` when given), or a Rejection saying why it
    could not be processed."""
    try:
        parsed = parse(article, gazetteer, article_date=article_date)
        return parsed if render is None else render(parsed)
    except Exception as exc:  # one bad article must not stop the others
        return Rejection(origin_of(article), f"could not process: {exc!r}")


_WORKER: dict = {}  # set in each worker process by _init_worker


def _init_worker(parse: ParseFn, gazetteer: Gazetteer | None, article_date: date | None) -> None:
    _WORKER.update(parse=parse, gazetteer=gazetteer, article_date=article_date)


def _parse_in_worker(article: Article) -> Result:
    return parse_or_reject(_WORKER["parse"], article, _WORKER["gazetteer"], _WORKER["article_date"])


class ParsePool:
    """Parse lists of articles with ``workers`` forked processes (serially when 1 or no fork).

    Use as a context manager; :meth:`map` returns one result per article, in order.

    Examples
    --------
    >>> from extract.model import Article
    >>> def shout(article, gazetteer, *, article_date=None):
    ...     if not article.text.strip():
    ...         raise ValueError("empty")
    ...     return article.text.upper()
    >>> with ParsePool(1, shout, None, None) as pool:
    ...     [getattr(r, "reason", r) for r in pool.map([Article(text="a"), Article(text=" ")])]
    ['A', "could not process: ValueError('empty')"]
    """

    def __init__(self, workers: int, parse: ParseFn, gazetteer: Gazetteer | None,
                 article_date: date | None) -> None:
        self.workers = workers
        self.parse, self.gazetteer, self.article_date = parse, gazetteer, article_date
        self._executor = fork_executor(workers, initializer=_init_worker,
                                       initargs=(parse, gazetteer, article_date))

    def map(self, batch: Sequence[Article]) -> list[Result]:
        """One result per article of ``batch``, in the same order."""
        return list(self._submit(batch))

    def _submit(self, batch: Sequence[Article]) -> Iterator[Result]:
        if self._executor is None:
            return (parse_or_reject(self.parse, a, self.gazetteer, self.article_date) for a in batch)
        chunk = max(1, len(batch) // (4 * self.workers))
        return self._executor.map(_parse_in_worker, batch, chunksize=chunk)

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``items`` in lists of at most ``size``, so that a stream is never held whole in memory."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def fork_executor(workers: int, *, freeze: bool = False, **options) -> ProcessPoolExecutor | None:
    """A pool of ``workers`` processes forked from this one (which has loaded the gazetteer and
    lexicons they share), or None when one process is asked for or fork is not available.

    ``freeze``: everything loaded so far is frozen first (:func:`gc.freeze`), so the collector never
    walks it, in the parent or in a worker, and its pages stay shared instead of being copied into
    each worker. Frozen objects are never collected: the caller unfreezes them (:func:`gc.unfreeze`)
    once the workers are gone, as :func:`ordered_map` does.
    """
    if workers <= 1:  # (a one-process parse does not import multiprocessing at all)
        return None
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    from concurrent.futures import ProcessPoolExecutor

    if freeze:
        gc.freeze()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), **options)


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[tuple[T, R]]:
    """``(item, function(item))`` for each of ``items``, in order; with ``workers`` > 1 the calls run in
    forked processes (:func:`fork_executor`, what is loaded frozen), at most ``2 * workers`` items in
    flight.

    ``items`` is taken lazily, a few ahead of the results (memory stays flat on any input); the
    results come back in order because each worker has the next item at hand while the parent
    waits for the oldest. ``function`` must be a module-level function (it is sent by name).

    Examples
    --------
    >>> [r for _, r in ordered_map(abs, [-3, 2, -1], 1)]
    [3, 2, 1]
    """
    executor = fork_executor(workers, freeze=True)
    if executor is None:
        yield from ((item, function(item)) for item in items)
        return
    pending: deque = deque()
    try:
        for item in items:
            pending.append((item, executor.submit(function, item)))
            if len(pending) >= 2 * workers:
                item, future = pending.popleft()
                yield item, future.result()
        while pending:
            item, future = pending.popleft()
            yield item, future.result()
    finally:
        executor.shutdown(cancel_futures=True)
        gc.unfreeze()  # the workers are gone: what was frozen for them can be collected again
