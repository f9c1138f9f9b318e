"""Ingest benchmark: 10,000 generated ~3 KB articles into a fresh SQLite database, parsing included.

    .venv/bin/python bench/bench_ingest.py            # 10,000 articles
    .venv/bin/python bench/bench_ingest.py --n 2000   # quicker

Prints seconds, articles/s and the peak memory of the process. Targets: <= 60 s, <= 500 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from extract.model import Article, Incident, ParsedArticle  # noqa: E402
from storage.ingest import ingest_articles  # noqa: E402
from storage.store import get_engine, incident_sources, incidents  # noqa: E402

PLACES_AR = ["بغداد", "الموصل", "كركوك", "بعقوبة", "خانقين", "الرمادي", "الفلوجة", "تكريت", "سامراء",
             "البصرة", "الناصرية", "العمارة", "الكوت", "الحلة", "النجف", "كربلاء", "الديوانية", "السماوة",
             "أربيل", "دهوك", "السليمانية", "طوزخورماتو", "المقدادية", "الحويجة"]
PLACES_EN = ["Baghdad", "Mosul", "Kirkuk", "Baqubah", "Khanaqin", "Ramadi", "Fallujah", "Tikrit", "Samarra",
             "Basra", "Nasiriyah", "Amarah", "Kut", "Hillah", "Najaf", "Karbala", "Diwaniyah", "Samawah",
             "Erbil", "Dohuk", "Sulaymaniyah", "Tuz Khurmatu", "Muqdadiya", "Hawija"]
EVENTS_AR = [
    "انفجرت عبوة ناسفة {when} على دورية للجيش العراقي في {place}، ما أسفر عن مقتل {n} جنود وإصابة اثنين آخرين.",
    "سقطت ثلاثة صواريخ كاتيوشا {when} قرب قاعدة عسكرية في {place} دون أن تسفر عن خسائر بشرية.",
    "اندلعت اشتباكات {when} بين القوات الأمنية وعناصر من تنظيم داعش في أطراف {place}، قتل فيها {n} من المسلحين.",
    "تمكنت قوة من الشرطة الاتحادية {when} من القبض على {n} متهمين بالإرهاب في {place}.",
    "ضبطت القوات الأمنية {when} أكداساً من العتاد والصواريخ في منطقة زراعية قرب {place}.",
    "استهدفت طائرة مسيرة مفخخة {when} موقعاً للحشد الشعبي في {place}.",
]
EVENTS_EN = [
    "A roadside bomb struck an army patrol {when} near {place}, killing {n} soldiers, police said.",
    "Three Katyusha rockets landed {when} near a military base in {place}, causing no casualties.",
    "Security forces clashed with Islamic State militants {when} on the outskirts of {place}; {n} militants were killed.",
    "Federal police arrested {n} terrorism suspects in {place} {when}, the interior ministry said.",
]
WHEN_AR = ["أمس", "ليلة أمس", "مساء الأحد", "صباح اليوم", "فجر اليوم"]
WHEN_EN = ["on Sunday", "yesterday", "late on Monday", "on Tuesday morning"]
FILLER_AR = ("وقال مصدر أمني في تصريح صحفي إن القوات المشتركة فرضت طوقاً أمنياً على المنطقة وباشرت عمليات "
             "تفتيش واسعة بحثاً عن المنفذين، مشيراً إلى أن التحقيقات ما زالت جارية لمعرفة ملابسات الحادث. "
             "وأضاف أن الأجهزة الاستخبارية كثفت من جهدها في المناطق الرخوة أمنياً خلال الأسابيع الأخيرة. ")
FILLER_EN = ("A security source told reporters that joint forces cordoned off the area and began a wide search "
             "for the perpetrators, adding that investigations were continuing. Officials said intelligence "
             "efforts had been stepped up in vulnerable areas in recent weeks. ")


def generate(n: int, seed: int = 11) -> list[Article]:
    """``n`` distinct articles of about 3 KB (UTF-8), two thirds Arabic, one or two events each."""
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    out = []
    for i in range(n):
        arabic = i % 3 != 2
        events, places, when, filler = ((EVENTS_AR, PLACES_AR, WHEN_AR, FILLER_AR) if arabic
                                        else (EVENTS_EN, PLACES_EN, WHEN_EN, FILLER_EN))
        parts = [rng.choice(events).format(place=rng.choice(places), when=rng.choice(when), n=rng.randint(2, 9))
                 for _ in range(rng.randint(1, 2))]
        body = [f"({i})", *parts]
        while len(" ".join(body).encode("utf-8")) < 3000:
            body.append(filler)
        out.append(Article(" ".join(body), title=parts[0][:60], published=start + timedelta(days=rng.randrange(365)),
                           source=rng.choice(["INA", "Shafaq News", "Rudaw", "AFP"]), id=f"bench-{i}"))
    return out


def store_only_parse(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
    """A stand-in for parse_article: one incident per article at one of 24 points, for --store-only."""
    k = int(article.id.rsplit("-", 1)[1])
    incident = Incident("Battles", "Armed clash", article.text[:200], event_date=article.published,
                        time_precision=1, country="IQ", admin1="Diyala", latitude=33.0 + (k % 24) * 0.2,
                        longitude=44.0, geo_precision=1, place_id=f"p{k % 24}", source=article.source)
    return ParsedArticle(article, "ar", article.published, (), (incident,))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--store-only", action="store_true",
                        help="replace parsing by a trivial stub, to time the storage and dedup alone")
    parser.add_argument("--workers", type=int, default=1, help="parsing processes (default 1: per core)")
    args = parser.parse_args()
    parse = store_only_parse if args.store_only else None
    from geo.loader import default_gazetteer

    gazetteer = default_gazetteer()
    articles = generate(args.n)
    size = sum(len(a.text.encode("utf-8")) for a in articles) / len(articles)
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        started = time.perf_counter()
        summary = ingest_articles(engine, articles, gazetteer=gazetteer, parse=parse, workers=args.workers)
        elapsed = time.perf_counter() - started
        with engine.connect() as conn:
            n_incidents = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
            n_sources = conn.execute(select(func.count()).select_from(incident_sources)).scalar_one()
        started = time.perf_counter()
        again = ingest_articles(engine, articles, gazetteer=gazetteer, parse=parse)
        repeat = time.perf_counter() - started
        engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles: {len(articles)} (mean {size:.0f} bytes)")
    how = "parsing stubbed: storage and dedup only" if args.store_only else "parsing included"
    print(f"ingest: {elapsed:.1f} s, {len(articles) / elapsed:.0f} articles/s ({how}, {args.workers} worker(s);"
          " target <= 60 s)")
    print(f"stored: {summary.added} articles, {n_incidents} incidents, {n_sources} sources, "
          f"{summary.merged} merged, {len(summary.rejected)} rejected")
    print(f"re-ingest of the same articles: {repeat:.1f} s, {again.duplicates} duplicates, {again.added} added")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB (target <= 500 MB)"
          + (f"; largest worker {child_mb:.0f} MB" if args.workers > 1 else ""))


if __name__ == "__main__":
    main()
