"""Write synthetic incidents (with articles and sources) straight into a database, then time the
dashboard's queries on it.

    .venv/bin/python bench/gen_incidents.py                 # 100,000 incidents, fresh SQLite file
    .venv/bin/python bench/gen_incidents.py --db postgresql://... --n 20000

The data are spread over the 18 governorates, ACLED types, actors, outlets and two years of dates;
one incident in :data:`ABROAD_EVERY` happened abroad (Syria, Turkey or Iran: its country, no point, no
governorate), as the extractor keeps them, so the country filter has something to leave out.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, insert  # noqa: E402

from storage.queries import (  # noqa: E402
    Filters,
    counts_by_governorate,
    filter_options,
    query_incidents,
    summary_figures,
    timeline,
)
from storage.store import articles, count_articles, get_engine, incident_sources, incidents  # noqa: E402

# Governorate capitals (approximate), to scatter points around.
CAPITALS = {
    "Baghdad": (33.34, 44.40), "Anbar": (33.42, 43.31), "Salah al-Din": (34.62, 43.68),
    "Diyala": (33.75, 44.64), "Kirkuk": (35.47, 44.39), "Erbil": (36.19, 44.01), "Nineveh": (36.34, 43.12),
    "Babil": (32.46, 44.42), "Al-Qadisiyah": (31.99, 44.93), "Al-Muthanna": (31.33, 45.29),
    "Najaf": (32.03, 44.35), "Wasit": (32.51, 45.82), "Basra": (30.51, 47.78), "Maysan": (31.84, 47.14),
    "Dhi Qar": (31.05, 46.26), "Karbala": (32.62, 44.02), "Dohuk": (36.87, 42.99),
    "Sulaymaniyah": (35.56, 45.43),
}
TYPES = [
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
    ("Strategic developments", "Disrupted weapons use"),
]
ACTORS = ["ISIS", "Iraqi Army", "PMF", "Peshmerga", "Federal Police", "CTS", "US forces",
          "Unidentified gunmen", "Turkish military", "PKK", None]
#: Every this many incidents, one abroad (its country and no point in Iraq).
ABROAD_EVERY = 50
ABROAD = ["SY", "TR", "IR"]
OUTLETS = ["INA", "Shafaq News", "Rudaw", "Alsumaria", "AFP", "Reuters", "Baghdad Today", "Kurdistan24"]


def generate(engine: Engine, n: int, seed: int = 7, chunk: int = 20_000) -> None:
    """Insert ``n`` incidents, one article per incident and a second source for a third of them."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    start = date(2024, 1, 1)
    govs = list(CAPITALS)
    with engine.begin() as conn:
        for offset in range(0, n, chunk):
            size = min(chunk, n - offset)
            art_rows, inc_rows = [], []
            for i in range(offset, offset + size):
                gov = rng.choice(govs)
                lat, lon = CAPITALS[gov]
                kind = rng.choice(TYPES)
                day = start + timedelta(days=rng.randrange(730))
                outlet = rng.choice(OUTLETS)
                evidence = f"Synthetic report {i}: {kind[1]} in {gov}"
                art_rows.append({"content_hash": f"synthetic-{seed}-{i}", "title": f"Report {i}",
                                 "text": evidence, "published": day, "source": outlet,
                                 "url": f"https://news.example/{i}", "language": rng.choice(("ar", "en")),
                                 "ingested_at": now})
                values = {
                    "event_date": day, "time_precision": 1, "event_type": kind[0], "sub_event_type": kind[1],
                    "actor1": rng.choice(ACTORS), "actor2": rng.choice(ACTORS), "country": "IQ",
                    "admin1": gov, "admin2": None, "location": gov,
                    "latitude": lat + rng.uniform(-0.4, 0.4), "longitude": lon + rng.uniform(-0.4, 0.4),
                    "geo_precision": rng.choice((1, 2, 3)), "place_id": None,
                    "fatalities": rng.choice((None, 0, 0, 1, 2, 3, 5)), "injuries": None,
                    "evidence": evidence, "confidence": round(rng.uniform(0.4, 0.95), 2),
                }
                if i % ABROAD_EVERY == 0:
                    values |= {"country": ABROAD[(i // ABROAD_EVERY) % len(ABROAD)], "admin1": None,
                               "location": None, "latitude": None, "longitude": None, "geo_precision": 3}
                outlets = [outlet] + ([rng.choice(OUTLETS)] if i % 3 == 0 else [])
                url = f"https://news.example/{i}"
                inc_rows.append(values | {"status": "active", "original": dict(values, event_date=day.isoformat()),
                                          "created_at": now, "sources": " | ".join(outlets),
                                          "source_urls": " | ".join([url] * len(outlets)),
                                          "n_sources": len(outlets)})
            art_ids = conn.execute(insert(articles).returning(articles.c.id, sort_by_parameter_order=True),
                                   art_rows).scalars().all()
            inc_ids = conn.execute(insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True),
                                   inc_rows).scalars().all()
            src_rows = []
            for k, (aid, iid) in enumerate(zip(art_ids, inc_ids, strict=True)):
                row = art_rows[k]
                src_rows.append({"incident_id": iid, "article_id": aid, "evidence": row["text"],
                                 "source": row["source"], "url": row["url"], "published": row["published"]})
                for second in inc_rows[k]["sources"].split(" | ")[1:]:  # a third have a second outlet
                    src_rows.append(dict(src_rows[-1], article_id=art_ids[k - 1] if k else aid, source=second))
            conn.execute(insert(incident_sources), src_rows)


def generate_sql(engine: Engine, n: int, seed: float = 0.7) -> None:
    """Like :func:`generate`, computed inside PostgreSQL (``generate_series``): a million rows in
    minutes instead of hours through the driver. Needs an empty schema (ids then run 1..n)."""
    from sqlalchemy import text

    govs = list(CAPITALS)
    lats = ",".join(str(CAPITALS[g][0]) for g in govs)
    lons = ",".join(str(CAPITALS[g][1]) for g in govs)

    def array(values) -> str:
        return "ARRAY[" + ",".join("NULL" if v is None else "'" + v.replace("'", "''") + "'" for v in values) + "]"

    picks = f"""
      SELECT i, 1 + floor(random() * {len(govs)})::int AS g, 1 + floor(random() * {len(TYPES)})::int AS t,
             floor(random() * 730)::int AS d, 1 + floor(random() * {len(ACTORS)})::int AS a1,
             1 + floor(random() * {len(ACTORS)})::int AS a2, 1 + floor(random() * {len(OUTLETS)})::int AS o,
             1 + floor(random() * {len(OUTLETS)})::int AS o2, random() AS u1, random() AS u2,
             (ARRAY[NULL, 0, 0, 1, 2, 3, 5])[1 + floor(random() * 7)::int] AS f, 1 + floor(random() * 3)::int AS p,
             round((0.4 + random() * 0.55)::numeric, 2)::float AS c, random() < 0.5 AS ar
      FROM generate_series(0, {n - 1}) AS i"""
    govs_a, kinds_a, subs_a = array(govs), array(k for k, _ in TYPES), array(s for _, s in TYPES)
    actors_a, outlets_a, abroad_a = array(ACTORS), array(OUTLETS), array(ABROAD)
    abroad = f"i % {ABROAD_EVERY} = 0"
    with engine.begin() as conn:
        conn.execute(text(f"SELECT setseed({seed})"))
        conn.execute(text(f"CREATE TEMP TABLE picks ON COMMIT DROP AS {picks}"))
        conn.execute(text(f"""
            INSERT INTO articles (content_hash, title, text, published, source, url, language, ingested_at)
            SELECT 'synthetic-sql-' || i, 'Report ' || i,
                   'Synthetic report ' || i || ': ' || ({subs_a})[t] || ' in ' || ({govs_a})[g],
                   DATE '2024-01-01' + d, ({outlets_a})[o], 'https://news.example/' || i,
                   CASE WHEN ar THEN 'ar' ELSE 'en' END, now()
            FROM picks ORDER BY i"""))
        conn.execute(text(f"""
            INSERT INTO incidents (event_date, time_precision, event_type, sub_event_type, actor1, actor2, country,
                                   admin1, admin2, location, latitude, longitude, geo_precision, place_id,
                                   fatalities, injuries, evidence, confidence, status, original, created_at,
                                   sources, source_urls, n_sources)
            SELECT DATE '2024-01-01' + d, 1, ({kinds_a})[t], ({subs_a})[t], ({actors_a})[a1], ({actors_a})[a2],
                   CASE WHEN {abroad} THEN ({abroad_a})[1 + (i / {ABROAD_EVERY}) % {len(ABROAD)}] ELSE 'IQ' END,
                   CASE WHEN {abroad} THEN NULL ELSE ({govs_a})[g] END, NULL,
                   CASE WHEN {abroad} THEN NULL ELSE ({govs_a})[g] END,
                   CASE WHEN {abroad} THEN NULL ELSE (ARRAY[{lats}])[g] + (u1 * 0.8 - 0.4) END,
                   CASE WHEN {abroad} THEN NULL ELSE (ARRAY[{lons}])[g] + (u2 * 0.8 - 0.4) END,
                   CASE WHEN {abroad} THEN 3 ELSE p END, NULL, f, NULL,
                   'Synthetic report ' || i || ': ' || ({subs_a})[t] || ' in ' || ({govs_a})[g], c, 'active',
                   '{{}}'::json, now(),
                   CASE WHEN i % 3 = 0 THEN ({outlets_a})[o] || ' | ' || ({outlets_a})[o2] ELSE ({outlets_a})[o] END,
                   CASE WHEN i % 3 = 0 THEN 'https://news.example/' || i || ' | https://news.example/' || i
                        ELSE 'https://news.example/' || i END,
                   CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END
            FROM picks ORDER BY i"""))
        conn.execute(text(f"""
            INSERT INTO incident_sources (incident_id, article_id, evidence, source, url, published)
            SELECT i + 1, i + 1, 'Synthetic report ' || i, ({outlets_a})[o], 'https://news.example/' || i,
                   DATE '2024-01-01' + d FROM picks
            UNION ALL
            SELECT i + 1, i + 1, 'Synthetic report ' || i, ({outlets_a})[o2], 'https://news.example/' || i,
                   DATE '2024-01-01' + d FROM picks WHERE i % 3 = 0"""))


def timed(label: str, func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    rows = f" ({len(result)} rows)" if hasattr(result, "__len__") else ""
    print(f"  {label:<44} {time.perf_counter() - started:6.3f} s{rows}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file in bench/out/)")
    parser.add_argument("--no-measure", action="store_true", help="only write the data")
    args = parser.parse_args()
    url = args.db
    if not url:
        out = ROOT / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"incidents_{args.n}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{target}"
    engine = get_engine(url)
    if count_articles(engine):
        sys.exit(f"{url} already holds articles: give an empty database (the SQLite default is recreated)")
    started = time.perf_counter()
    generate(engine, args.n)
    print(f"wrote {args.n} incidents in {time.perf_counter() - started:.1f} s into {url}")
    if args.no_measure:
        return
    everything = Filters()
    diyala = Filters(governorates=("Diyala",), date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    timed("query_incidents(all)", query_incidents, engine, everything)
    timed("query_incidents(all) again (warm)", query_incidents, engine, everything)
    timed("query_incidents(Diyala, Q1 2025)", query_incidents, engine, diyala)
    timed("query_incidents(actor ISIS, IED)", query_incidents, engine,
          Filters(actors=("ISIS",), sub_event_types=("Remote explosive/landmine/IED",)))
    timed("summary_figures(all)", summary_figures, engine, everything)
    timed("counts_by_governorate(all)", counts_by_governorate, engine, everything)
    timed("timeline(all, W)", timeline, engine, everything, "W")
    timed("filter_options", filter_options, engine)


if __name__ == "__main__":
    main()
