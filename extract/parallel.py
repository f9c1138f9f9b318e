"""Parse many articles, in input order, on one or several cores.

Extraction is a pure function of (article, gazetteer, article date), so articles can be parsed in
forked worker processes that share the already loaded gazetteer and lexicons (copy-on-write) and
return results in the order the articles came. The CLI's ``parse --workers`` and the database
ingest both go through :class:`ParsePool`; one article that raises becomes a :class:`Rejection`
and never stops the others.

A ``render`` function (the CLI's JSON line) runs in the worker too: a string travels back
instead of the parsed article's objects, and the parent, which only writes, stays off the
workers' cores. :meth:`ParsePool.imap` keeps the next batch in the workers while the parent
takes the results of the one before, so no worker waits at a batch's end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING

from extract.model import Article, ParsedArticle, Rejection
from geo.gazetteer import Gazetteer

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

ParseFn = Callable[..., ParsedArticle]
RenderFn = Callable[[ParsedArticle], object]
Result = ParsedArticle | Rejection  # or what ``render`` makes of a ParsedArticle


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


def _init_worker(parse: ParseFn, gazetteer: Gazetteer | None, article_date: date | None,
                 render: RenderFn | None) -> None:
    _WORKER.update(parse=parse, gazetteer=gazetteer, article_date=article_date, render=render)


def _parse_in_worker(article: Article) -> Result:
    return parse_or_reject(_WORKER["parse"], article, _WORKER["gazetteer"], _WORKER["article_date"],
                           _WORKER["render"])


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
                 article_date: date | None, *, render: RenderFn | None = None) -> None:
        self.workers = workers
        self.parse, self.gazetteer, self.article_date, self.render = parse, gazetteer, article_date, render
        self._executor: ProcessPoolExecutor | None = None
        if workers > 1:  # imported here: a one-process parse does not pay for them at start-up
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            self._executor = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker, initargs=(parse, gazetteer, article_date, render))

    def map(self, batch: Sequence[Article]) -> list[Result]:
        """One result per article of ``batch``, in the same order."""
        return list(self._submit(batch))

    def imap(self, items: Iterable[Article], size: int) -> Iterator[Result]:
        """One result per article of ``items``, in order, read ``size`` articles at a time: at most
        two batches are held, the next one being parsed while the results of one are taken."""
        pending: Iterator[Result] | None = None
        for batch in batches(items, size):
            current = self._submit(batch)  # in the workers from now on (serially: when iterated)
            if pending is not None:
                yield from pending
            pending = current
        if pending is not None:
            yield from pending

    def _submit(self, batch: Sequence[Article]) -> Iterator[Result]:
        if self._executor is None:
            return (parse_or_reject(self.parse, a, self.gazetteer, self.article_date, self.render) for a in batch)
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
