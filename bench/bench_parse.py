"""End-to-end ``parse`` throughput on a generated corpus of ~3 KB articles (Arabic and English).

Usage: ``python bench/bench_parse.py [N_ARTICLES]`` — prints articles/s on one core and the peak
memory (resident set). The corpus is generated deterministically from templates, so runs compare.
Target (issue 4): at least 300 articles/s per core.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.model import Article
from extract.pipeline import parse_article

AR_PLACES = ["بغداد", "الموصل", "كركوك", "البصرة", "الفلوجة", "الرمادي", "تكريت", "بعقوبة", "الحلة", "الناصرية",
             "العمارة", "الكوت", "السماوة", "الديوانية", "النجف", "كربلاء", "أربيل", "دهوك", "السليمانية", "سامراء"]
EN_PLACES = ["Baghdad", "Mosul", "Kirkuk", "Basra", "Fallujah", "Ramadi", "Tikrit", "Baqubah", "Hillah", "Erbil"]
AR_EVENTS = [
    "استهدف صاروخا كاتيوشا {when} محيط مطار {p} من دون أن يسفر عن إصابات.",
    "انفجرت عبوة ناسفة {when} على دورية للجيش العراقي قرب {p} ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.",
    "اندلعت اشتباكات مسلحة بين قوات الحشد الشعبي وعناصر داعش في أطراف {p} {when}.",
    "ألقت قوة من الشرطة الاتحادية القبض على متهم بالإرهاب في {p} {when}.",
    "ضبطت القوات الأمنية أكداساً من العتاد والصواريخ خلال عملية تفتيش في {p}.",
    "خرج المئات في تظاهرة أمام مبنى محافظة {p} {when} للمطالبة بتوفير الخدمات.",
]
AR_TALK = [
    "ووجه القائد العام للقوات المسلحة بوضع خطة لمواجهة الخروقات الأمنية في {p} خلال الفترة المقبلة.",
    "ومن المقرر أن تعقد اللجنة الأمنية اجتماعاً في {p} لمناقشة الأوضاع.",
    "وشهدت {p} نحو ثلاثين هجوماً منذ يناير بحسب إحصاءات رسمية.",
    "وقال المتحدث باسم قيادة العمليات المشتركة إن الأوضاع في {p} مستقرة وإن القوات تواصل عملها.",
    "وأكد مسؤولون أن التنسيق بين بغداد وأربيل مستمر في المناطق المتنازع عليها.",
]
AR_WHEN = ["ليلة أمس", "مساء الأحد", "صباح اليوم", "قبل يومين", "الاربعاء الماضي", "في 15 آذار مارس 2021"]
EN_EVENTS = [
    "Two Katyusha rockets struck near {p} airport {when}, officials said, causing no casualties.",
    "A roadside bomb hit an Iraqi army patrol near {p} {when}, killing two soldiers and wounding three.",
    "Clashes broke out between PMF fighters and ISIS militants on the outskirts of {p} {when}.",
    "Federal Police arrested a suspected militant in {p} {when}.",
]
EN_TALK = [
    "The prime minister ordered security forces to draw up a plan to counter attacks in {p}.",
    "Officials said dozens of attacks have hit the province since January.",
    "A meeting is expected to be held in {p} next week to discuss the security situation.",
]
EN_WHEN = ["last night", "on Sunday", "on Tuesday", "two days ago", "on March 15, 2021"]


def generate(n: int, seed: int = 7, size: int = 3072) -> list[Article]:
    """``n`` articles of about ``size`` bytes of UTF-8, two thirds Arabic, a quarter of the
    sentences reporting an event and the rest statements, plans and aggregates."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        arabic = i % 3 != 2
        places, events, talk, when = ((AR_PLACES, AR_EVENTS, AR_TALK, AR_WHEN) if arabic
                                      else (EN_PLACES, EN_EVENTS, EN_TALK, EN_WHEN))
        parts: list[str] = []
        while sum(len(p.encode("utf-8")) + 1 for p in parts) < size:
            template = rng.choice(events) if rng.random() < 0.25 else rng.choice(talk)
            parts.append(template.format(p=rng.choice(places), when=rng.choice(when)))
        articles.append(Article("\n".join(parts), id=f"bench-{i}", published=date(2021, 5, 3)))
    return articles


def main(n: int = 1000) -> None:
    from geo.loader import default_gazetteer

    t0 = time.perf_counter()
    gazetteer = default_gazetteer()
    parse_article(Article("انفجار عبوة ناسفة في بغداد أمس."), gazetteer)  # warm caches and indexes
    warm = time.perf_counter() - t0
    articles = generate(n)
    size = sum(len(a.text.encode("utf-8")) for a in articles) / n
    start = time.process_time()
    incidents = sum(len(parse_article(a, gazetteer).incidents) for a in articles)
    cpu = time.process_time() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} (mean {size / 1024:.1f} KB UTF-8, 2/3 Arabic), incidents: {incidents}")
    print(f"gazetteer load + warm-up: {warm:.2f} s")
    print(f"parse: {cpu:.2f} s CPU -> {n / cpu:.0f} articles/s per core (target >= 300)")
    for name, subset in (("Arabic", articles[0::3] + articles[1::3]), ("English", articles[2::3])):
        start = time.process_time()
        for article in subset:
            parse_article(article, gazetteer)
        print(f"  {name} only: {len(subset) / (time.process_time() - start):.0f} articles/s per core")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
