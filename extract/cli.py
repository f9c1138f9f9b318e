"""The command line: ``python -m extract parse|ingest|batch|load|export|evaluate|seed|db``.

``parse … --json`` is the output contract other tools read (see ``CONTRACT`` below); keep it stable.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from extract.cli_checks import UsageError, check_governorates, open_database

CONTRACT = """\
output contract (parse --json): JSON Lines on stdout, one object per article:
  {"id", "source", "title", "article_date": "YYYY-MM-DD" or null, "language": "ar" | "en",
   "places": [{"surface", "start", "end", "place_id", "name_en", "name_ar", "feature_type",
               "country" (ISO 3166-1 alpha-2), "admin1", "admin2", "latitude", "longitude",
               "confidence"}],
   "incidents": [{"event_date": "YYYY-MM-DD" or null, "time_precision", "event_type",
                  "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location",
                  "latitude", "longitude", "geo_precision", "fatalities", "injuries", "evidence",
                  "source", "confidence", "historical"}]}
  fatalities/injuries: the people killed / wounded the report counts for the event (null: none stated).
  start/end: character offsets into the article text (text[start:end] == surface).
  time_precision: 1 day, 2 week, 3 month (null when the date is unknown).
  geo_precision: 1 exact place, 2 near the place / district, 3 governorate or wider.
  historical: true for background told in the report (an event dated more than a year before
  the article: "in 2014 militants seized Mosul"); it keeps its own event_date.
  event_type/sub_event_type: ACLED's names exactly, e.g. "Explosions/Remote violence" /
  "Shelling/artillery/missile attack".
inputs: a .txt/.md file is one article; .jsonl one article per line with key "text" and optional
  "title", "date", "source", "url", "id"; also .csv, .html and directories (recursive).
Unreadable inputs are reported on stderr; the exit code is 0 if any article was parsed, else 1."""


ALLOW_PRIVATE_HELP = ("also fetch loopback and private-network addresses (refused by default; "
                      "or set IIM_ALLOW_PRIVATE_URLS=1)")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class ProgressBar:
    """A small text progress bar on a stream (stderr), usable as an ingest ``progress`` callback."""

    def __init__(self, stream: TextIO, label: str = "articles", width: int = 30) -> None:
        self.stream, self.label, self.width = stream, label, width
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int | None) -> None:
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        if total:
            filled = round(self.width * done / total)
            bar = f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}"
        else:
            bar = f"{done}"
        self.stream.write(f"\r{bar} {self.label} ({rate:.0f}/s)")
        if total and done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _read_all(inputs: Sequence[str], *, allow_private: bool = False) -> Iterator:
    """ReadResults for paths, directories and URLs (anything with ``://``, checked by the safe fetcher)."""
    from extract.read import read_paths, read_url

    for item in inputs:
        if "://" in item:
            yield read_url(item, allow_private=allow_private)
        else:
            yield from read_paths([Path(item)])  # file by file (a large JSONL piece by piece)


def _allow_private(args: argparse.Namespace) -> bool:
    from extract.fetch import allow_private_from_env

    return bool(getattr(args, "allow_private", False)) or allow_private_from_env()


def _rejection_line(rejection) -> str:
    where = f"{rejection.origin}:{rejection.line}" if rejection.line else rejection.origin
    return f"rejected {where}: {rejection.reason}\n"


def _gazetteer():
    from geo.cache import default_gazetteer  # not geo.loader: a current pickle needs no NumPy/Shapely

    return default_gazetteer()


def _parse_output(parsed, *, as_json: bool) -> str:
    """One article's lines of ``parse`` output: a contract JSON line, or a short human summary."""
    from extract.pipeline import to_contract

    if as_json:
        return json.dumps(to_contract(parsed), ensure_ascii=False) + "\n"
    article = parsed.article
    head = article.title or article.text[:60].replace("\n", " ")
    day = parsed.article_date.isoformat() if parsed.article_date else "undated"
    lines = [f"{article.id or '-'} [{parsed.language}, {day}] {head}\n"]
    for inc in parsed.incidents:
        when = inc.event_date.isoformat() if inc.event_date else "?"
        lines.append(f"  {when}  {inc.sub_event_type}  {inc.location or inc.admin1 or '?'}"
                     f"  fatalities={inc.fatalities if inc.fatalities is not None else '?'}\n")
    return "".join(lines)


#: Parsed once in the parent before the workers fork: what the first articles load (lexicons,
#: the matchers' regexes compiled on first use) is then loaded once for all workers.
WARM_UP = ("انفجرت عبوة ناسفة على دورية للجيش في بغداد أمس، ما أسفر عن مقتل جنديين.",
           "A roadside bomb killed two soldiers near Mosul on Sunday, police said.")
_PARSE: dict = {}  # what each unit's parse needs; set before the workers fork, so they share it


def _parse_unit(unit) -> tuple[bytes, str, int, bool]:
    """Read and parse one unit of ``parse``'s input (in a worker with ``--workers N``): its output
    as UTF-8 bytes, its lines for stderr, how many articles were parsed, and True instead for a CSV
    span that must be read with the rest of its file (:class:`extract.read.UnsureSpanError`)."""
    from extract.read import UnsureSpanError, read_unit

    try:
        result = read_unit(unit)
    except UnsureSpanError:
        return b"", "", 0, True
    return (*_parse_result(result), False)


def _parse_result(result) -> tuple[bytes, str, int]:
    """The output, stderr lines and number of articles parsed of a :class:`extract.read.ReadResult`."""
    from extract.model import Rejection
    from extract.parallel import parse_or_reject
    from extract.pipeline import parse_article

    errors = [_rejection_line(r) for r in result.rejections]
    out = []
    if result.articles and _PARSE.get("gazetteer") is None:
        _PARSE["gazetteer"] = _gazetteer()  # one process: loaded only if there is an article
    for article in result.articles:
        done = parse_or_reject(parse_article, article, _PARSE["gazetteer"], _PARSE["article_date"],
                               _PARSE["render"])
        if isinstance(done, Rejection):
            errors.append(_rejection_line(done))
        else:
            out.append(done)
    return "".join(out).encode("utf-8"), "".join(errors), len(out)


def _write_out(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (a test's StringIO)
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()


def cmd_parse(args: argparse.Namespace) -> int:
    from extract.parallel import ordered_map
    from extract.read import CsvSpan, plan_units, read_rest

    # Without a URL there is nothing to fetch: the fetcher (http, ssl: 0.06 s of imports) stays unloaded.
    fetching = any("://" in item for item in args.paths)
    dropped: set[int] = set()  # CSV files read here from a span on: their later spans are skipped
    units = plan_units(args.paths, allow_private=fetching and _allow_private(args), dropped=dropped)
    _PARSE.update(gazetteer=None, article_date=args.article_date,
                  render=functools.partial(_parse_output, as_json=args.json))  # output made where parsed
    if args.workers > 1:  # loaded and warmed up once, before the workers fork: they share it
        from extract.model import Article
        from extract.pipeline import parse_article

        _PARSE["gazetteer"] = _gazetteer()
        for text in WARM_UP:
            parse_article(Article(text), _PARSE["gazetteer"])
    parsed = 0
    sys.stdout.flush()
    # Each unit is read, parsed and rendered by a worker; here its output is only written, in order.
    for unit, (data, errors, count, unsure) in ordered_map(_parse_unit, units, args.workers):
        if isinstance(unit, CsvSpan) and unit.file in dropped:
            continue  # a span of a CSV file already read here from an earlier span on
        outputs = [(data, errors, count)]
        if unsure:  # a malformed row: the rest of the file is read here, with one reader, as it reads it
            dropped.add(unit.file)
            outputs = (_parse_result(result) for result in read_rest(unit))
        for data, errors, count in outputs:
            sys.stderr.write(errors)
            _write_out(data)
            parsed += count
    return 0 if parsed else 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from extract.telegram import name_channel, normalise_username
    from storage.items import ingest_keyed

    if args.telegram_username is not None:
        try:
            normalise_username(args.telegram_username)
        except ValueError as exc:
            sys.stderr.write(f"{exc}\n")
            return 2
    engine = open_database(args.db)
    articles, rejections, warnings = [], [], []
    for result in _read_all(args.inputs, allow_private=_allow_private(args)):
        articles.extend(result.articles)
        rejections.extend(result.rejections)
        warnings.extend(result.warnings)
    if args.telegram_username is not None:
        try:
            articles = name_channel(articles, args.telegram_username)
        except ValueError as exc:
            sys.stderr.write(f"--telegram-username: {exc}\n")
            return 2
    for w in warnings:  # articles kept with a caveat; a Telegram export's skipped service messages
        sys.stderr.write(f"warning {w.origin}{f':{w.line}' if w.line else ''}: {w.reason}\n")
    summary = ingest_keyed(engine, articles, gazetteer=_gazetteer() if articles else None,
                           article_date=args.article_date, progress=ProgressBar(sys.stderr),
                           workers=args.workers)
    summary = dataclasses.replace(summary, rejected=rejections + list(summary.rejected))
    sys.stderr.write(summary.format() + "\n")
    return 0 if summary.added or summary.duplicates else 1


def cmd_watch(args: argparse.Namespace) -> int:
    import signal
    import threading

    from extract.feeds import read_feeds_config
    from storage.feeds import sync_feeds
    from storage.watch import Watcher

    try:
        configs = read_feeds_config(Path(args.feeds).read_text(encoding="utf-8"), origin=args.feeds)
    except (OSError, UnicodeError, ValueError) as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    engine = open_database(args.db)
    sync_feeds(engine, configs)
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    watcher = Watcher(engine, gazetteer=_gazetteer(), allow_private=_allow_private(args), timeout=args.timeout,
                      interval=args.interval, stop=stop, log=lambda line: print(line, file=sys.stderr, flush=True))
    try:
        if args.once:
            reports = watcher.run_once()
            return 1 if any(r.error for r in reports) else 0
        watcher.run_forever()
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if stop.is_set():
            sys.stderr.write("stopped\n")


def cmd_batch(args: argparse.Namespace) -> int:
    from extract.batch import run_batch

    counts = run_batch(args.inputs, args.out, workers=args.workers, scheduler=args.scheduler,
                       article_date=args.article_date, progress=ProgressBar(sys.stderr, label="tasks"))
    sys.stderr.write(f"{counts['articles']} articles, {counts['incidents']} incidents, "
                     f"{counts['rejections']} rejected, in {counts['tasks']} tasks on {counts['workers']} "
                     f"workers → {args.out}\n")
    return 0 if counts["articles"] else 1


def cmd_load(args: argparse.Namespace) -> int:
    from storage.parquet_load import load_batch

    try:
        summary = load_batch(open_database(args.db), args.dir, _gazetteer(),
                             progress=ProgressBar(sys.stderr, label="parts"))
    except FileNotFoundError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    sys.stderr.write(summary.format() + "\n")
    return 0 if summary.added or summary.duplicates else 1


def filters_from_args(args: argparse.Namespace):
    """The :class:`storage.queries.Filters` of the export options."""
    from storage.countries import IRAQ, parse_country
    from storage.derived import MIN_SEARCH_CHARS, search_needle
    from storage.queries import Filters

    if args.text and not search_needle(args.text):
        raise UsageError(f"--text needs at least {MIN_SEARCH_CHARS} characters (shorter searches are not indexed)")
    country = parse_country(args.country)
    if country == IRAQ and args.country.strip().upper() != IRAQ:  # the URL falls back on Iraq; a command says so
        raise UsageError(f"--country {args.country!r} is neither a two-letter country code (IQ, SY, TR…) nor 'all'")
    return Filters(governorates=tuple(args.gov or ()), date_from=args.date_from, date_to=args.date_to,
                   event_types=tuple(args.type or ()), sub_event_types=tuple(args.sub_type or ()),
                   actors=tuple(args.actor or ()), sources=tuple(args.source or ()),
                   text=args.text or "", include_rejected=args.include_rejected, country=country)


def cmd_export(args: argparse.Namespace) -> int:
    from geo.model import GOVERNORATES
    from storage.export import export_filename, stream_csv, to_geojson_bytes
    from storage.queries import filter_options, query_incidents

    filters = filters_from_args(args)
    out = None if args.out == "-" else Path(args.out or export_filename(filters, args.format, date.today()))
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise UsageError(f"cannot write --out {str(out)!r}: "
                         f"{'it is a folder' if out.is_dir() else 'its folder does not exist'}")
    engine = open_database(args.db)
    check_governorates(filters.governorates, [*GOVERNORATES, *filter_options(engine)["governorates"]])
    if args.format == "csv":  # streamed from the database chunk by chunk: memory stays flat at any size
        if out is None:
            stream_csv(engine, filters, sys.stdout.buffer)
            sys.stdout.flush()
            return 0
        try:
            with out.open("wb") as handle:
                written = stream_csv(engine, filters, handle)
        except OSError as error:
            raise UsageError(f"cannot write --out {str(out)!r}: {error.strerror or error}") from None
        sys.stderr.write(f"wrote {written} incidents to {out}\n")
        return 0
    frame = query_incidents(engine, filters)
    data = to_geojson_bytes(frame)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            out.write_bytes(data)
        except OSError as error:
            raise UsageError(f"cannot write --out {str(out)!r}: {error.strerror or error}") from None
        sys.stderr.write(f"wrote {len(frame)} incidents to {out}\n")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_dirs

    report = evaluate_dirs([Path(d) for d in args.gold_dirs])
    sys.stdout.write(report.format(verbose=args.verbose) + "\n")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from storage.store import ensure_seeded

    if args.remove:
        from storage.sample import remove_sample

        removed = remove_sample(open_database(args.db))
        sys.stderr.write(f"removed {removed['articles']} sample articles and {removed['incidents']} incidents "
                         "only they reported; ingested reports untouched\n")
        return 0
    added = ensure_seeded(open_database(args.db), gazetteer=_gazetteer())
    sys.stderr.write(f"seeded {added} articles\n" if added else "database already holds articles\n")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from storage.migrate import current, head
    from storage.store import normalise_url

    if args.action == "upgrade":
        open_database(args.db).dispose()  # opening an engine upgrades it, under the schema lock
    engine = create_engine(normalise_url(args.db or _default_url()))
    with engine.connect() as conn:
        found = current(conn)
    engine.dispose()
    sys.stdout.write(f"database revision {found or 'none'}, code head {head()}\n")
    return 0 if found == head() or args.action == "current" else 1


def _default_url() -> str:
    from storage.config import database_url

    return database_url()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract",
                                     description="Security incidents from Arabic and English news about Iraq.")
    sub = parser.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser("parse", help="print places and incidents found in articles", epilog=CONTRACT,
                       formatter_class=raw, description="Read articles and print what was found in them.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt .md .jsonl .csv .html) or directories")
    p.add_argument("--article-date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="publication date, used to resolve relative dates (overrides metadata)")
    p.add_argument("--json", action="store_true", help="print JSON Lines following the output contract")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="processes that parse in parallel; output keeps the input order (default 1)")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("ingest", help="parse articles and store them in the database")
    p.add_argument("inputs", nargs="+", metavar="PATH|URL")
    p.add_argument("--article-date", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--db", help="database URL (default: DATABASE_URL or the local SQLite file)")
    p.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, 4),
                   help="processes that parse in parallel (default: the CPU count, at most 4)")
    p.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE_HELP)
    p.add_argument("--telegram-username", metavar="NAME",
                   help="the channel's username (NAME, @NAME or t.me/NAME) when a Telegram export lacks it: "
                        "messages link to https://t.me/NAME/<id>")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("watch", help="poll news feeds (RSS, Atom) and store their new items",
                       description="Poll the feeds listed in a YAML file (feeds: [{name, url, language?, "
                                   "interval?}]) and the feeds editors added on the dashboard; store new items.")
    p.add_argument("feeds", metavar="FEEDS.yaml")
    p.add_argument("--once", action="store_true", help="poll every feed once and exit (cron, tests); "
                   "exit status 1 if a feed failed")
    p.add_argument("--interval", type=int, default=900, metavar="SECONDS",
                   help="seconds between polls of a feed that names no interval (default 900)")
    p.add_argument("--timeout", type=float, default=20, metavar="SECONDS",
                   help="total time allowed for fetching one feed or page (default 20)")
    p.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE_HELP)
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("batch", help="re-extract an archive on Dask into Parquet (articles, incidents)",
                       description="Parse many articles on a Dask cluster (a LocalCluster by default) and "
                                   "write DIR/articles.parquet, DIR/incidents.parquet, DIR/mentions.parquet "
                                   "and DIR/rejections.parquet (one part per task). Load them with "
                                   "'python -m extract load DIR'.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or directories (.jsonl and .csv files are split)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="LocalCluster worker processes (default: the CPU count)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--article-date", type=_iso_date, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("load", help="store a batch's Parquet output in the database (deduplicated)")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("export", help="export incidents as CSV or GeoJSON, with the dashboard's filters")
    p.add_argument("--format", choices=("csv", "geojson"), default="csv")
    p.add_argument("--gov", action="extend", nargs="+", metavar="GOVERNORATE", help="admin1, e.g. Diyala")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--type", action="extend", nargs="+", metavar="EVENT_TYPE", help="ACLED event type")
    p.add_argument("--sub-type", action="extend", nargs="+", metavar="SUB_EVENT_TYPE")
    p.add_argument("--actor", action="extend", nargs="+")
    p.add_argument("--source", action="extend", nargs="+", help="outlet name")
    p.add_argument("--text", help="free-text search in evidence, place and actors")
    p.add_argument("--include-rejected", action="store_true", help="also export rejected reports")
    p.add_argument("--country", default="IQ", metavar="CODE",
                   help="the country incidents happened in: IQ (default), another ISO code (SY, TR, IR…) for "
                        "events abroad, or 'all'")
    p.add_argument("--out", help="output file ('-' for stdout; default: a name stating the filters)")
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("evaluate", help="score extraction against gold annotations",
                       description="Score incidents against gold directories (seed format): P/R/F1 overall, "
                                   "per language and per event type, a type confusion table, historical "
                                   "incidents apart.")
    p.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR",
                   help="directories of gold JSON (texts beside them or one level up), scored together")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="list every missed incident (with the nearest prediction and what failed) and every "
                        "spurious one (type, place, date, evidence)")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("db", help="database schema: upgrade to this code's revision, or show it")
    p.add_argument("action", choices=("upgrade", "current"))
    p.add_argument("--db", help="database URL")
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("seed", help="fill an empty database with the bundled sample corpus, or remove it")
    p.add_argument("--db", help="database URL")
    p.add_argument("--remove", action="store_true",
                   help="remove the sample corpus and its incidents, keeping every ingested report")
    p.set_defaults(func=cmd_seed)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # UTF-8 whatever the locale says
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
