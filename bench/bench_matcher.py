"""Benchmark of the place matcher: ``python bench/bench_matcher.py [--size-mb 10] [--fuzzy-eval]``.

Prints: gazetteer load time (cold, in a fresh interpreter), index build time, matcher throughput
on a generated Arabic+English corpus (MB of UTF-8 per second, one process = one core), mentions
found, and peak memory (``ru_maxrss``). Targets (issue 3): ≥ 5 MB/s, load ≤ 1 s, ≤ 300 MB.

The corpus is generated from templates with place names from the gazetteer, proclitics, nisba
adjectives, false friends and filler (half the sentences name no place, as in real articles),
with a fixed random seed, and cut into ~3 kB articles.

``--fuzzy-eval`` measures the fuzzy step instead: recall on one random edit (deletion,
insertion, substitution, transposition) of every long gazetteer name, and false positives on
long non-name words (the filler vocabulary plus, when present, the words of the shared seeds).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geo.fuzzy as fuzzy_module
from geo.fuzzy import _cores, best_fuzzy
from geo.index import FUZZY_MIN_LETTERS, build_index
from geo.loader import default_gazetteer
from geo.matcher import find_places
from geo.normalize import normalize_arabic

AR_TEMPLATES = [
    "أعلنت خلية الإعلام الأمني، اليوم، مقتل {n} من عناصر داعش في {pl} {dir} {pl2}.",
    "وقال مصدر أمني إن عبوة ناسفة انفجرت قرب {pl} مما أسفر عن إصابة {n} مدنيين.",
    "وأضاف المتحدث باسم قيادة العمليات المشتركة أن القوات الأمنية نفذت عملية تفتيش في {pl}.",
    "وذكر بيان للوزارة أن الحكومة العراقية تتابع الأوضاع {clitic}{pl} عن كثب.",
    "وأكد المسؤول العراقي أن التنسيق مع الجانب الإيراني والسوري مستمر.",
    "والتقى القائم بأعمال السفارة وزير الخارجية وبحث معه العلاقات الثنائية.",
    "وأشار إلى أن البلاد تمر بمرحلة حساسة، ونقلت الوكالة عنه قوله إن الوضع مستقر.",
    "سقطت قذيفتان على {pl} مساء أمس دون وقوع خسائر بشرية بحسب مصادر محلية.",
    "وصل وفد حكومي إلى {pl} لبحث ملف النازحين وإعادة الإعمار في المناطق المحررة.",
    "شهدت محافظة {gov} تظاهرات للمطالبة بتحسين الخدمات وتوفير فرص العمل للشباب.",
    "وتابع أن الأجهزة الأمنية اعتقلت مطلوباً بتهمة الإرهاب في منطقة {pl}.",
    "قال الخبير الاستراتيجي إن المرحلة المقبلة تتطلب حواراً وطنياً شاملاً بين القوى السياسية.",
]
# Sentences without a place: real articles name a place every two or three sentences.
AR_FILLER = [
    "وأوضح أن اللجنة المختصة ستعقد اجتماعاً موسعاً الأسبوع المقبل لمناقشة التوصيات النهائية.",
    "ودعا النائب الحكومة إلى الإسراع في إقرار الموازنة العامة وصرف رواتب الموظفين دون تأخير.",
    "وأشار البيان إلى أن التحقيقات ما زالت جارية لمعرفة ملابسات الحادث ومحاسبة المقصرين.",
    "من جهته، أكد المتحدث أن الوزارة ملتزمة بتطبيق القانون وحماية المواطنين في جميع الظروف.",
    "وتشهد الساحة السياسية خلافات حادة حول قانون الانتخابات الجديد وتوزيع الدوائر.",
    "ولفت إلى أن ارتفاع درجات الحرارة تسبب بزيادة الطلب على الطاقة الكهربائية خلال الصيف.",
]
EN_FILLER = [
    "The spokesman said investigations were continuing and that those responsible would be held to account.",
    "Lawmakers have yet to agree on the budget, delaying salary payments to public sector employees.",
    "The committee is expected to publish its final recommendations after a meeting next week.",
]
EN_TEMPLATES = [
    "Security forces killed {n} Islamic State militants near {pl}, officials said on Monday.",
    "A roadside bomb hit a convoy on the road between {pl} and {pl2}, wounding {n} soldiers.",
    "Iraqi officials said the situation in {pl} was under control after overnight clashes.",
    "Rockets struck {pl} late on Sunday; no group claimed responsibility for the attack.",
    "The prime minister met Kurdish leaders to discuss security cooperation and the budget.",
    "Residents of {pl} protested against power cuts, according to local media reports.",
]
ORIGINAL_MAX_DISTANCE = fuzzy_module.max_distance
DIRECTIONS = ["شمال", "جنوب", "شرق", "غرب", "شمالي", "غربي"]
CLITICS = ["", "", "و", "ب", "وب", "ل"]


def generate_corpus(gazetteer, size_mb: float, seed: int = 7) -> list[str]:
    """Articles (~3 kB each) totalling ``size_mb`` MB of UTF-8, deterministic for a seed."""
    rng = random.Random(seed)
    places = sorted(gazetteer, key=lambda p: p.place_id)
    iraqi = [p for p in places if p.country == "IQ"]
    governorates = [p.name_ar.replace("محافظة ", "") for p in iraqi if p.feature_type == "governorate"]
    articles, total, target = [], 0, int(size_mb * 1_000_000)
    while total < target:
        parts, size = [], 0
        while size < 3000:
            english = rng.random() < 0.3
            pick = rng.choice(iraqi if rng.random() < 0.8 else places)
            pick2 = rng.choice(iraqi)
            if rng.random() < 0.5:
                template = rng.choice(EN_FILLER if english else AR_FILLER)
            else:
                template = rng.choice(EN_TEMPLATES if english else AR_TEMPLATES)
            sentence = template.format(
                n=rng.randint(2, 40), dir=rng.choice(DIRECTIONS), clitic=rng.choice(CLITICS),
                pl=pick.name_en if english else pick.name_ar, pl2=pick2.name_en if english else pick2.name_ar,
                gov=rng.choice(governorates))
            parts.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
        article = "\n".join(parts)
        articles.append(article)
        total += len(article.encode("utf-8"))
    return articles


def cold_load_seconds() -> float:
    """Gazetteer load time in a fresh interpreter (imports included)."""
    code = ("import time; t = time.perf_counter(); from geo.loader import default_gazetteer; "
            "default_gazetteer(); print(time.perf_counter() - t)")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    kind = rng.choice(["del", "ins", "sub", "swap"])
    if kind == "del":
        return word[:i] + word[i + 1:]
    if kind == "ins":
        return word[:i] + rng.choice(letters) + word[i:]
    if kind == "sub":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


POLICIES = {  # name -> largest edit distance for a name core of n letters
    "d1 always": lambda n: 1,
    "d1 <9, d2 >=9 (chosen)": lambda n: 1 if n < 9 else 2,
    "d1 <7, d2 >=7": lambda n: 1 if n < 7 else 2,
    "d2 always": lambda n: 2,
}


def _negative_words(index) -> set[str]:
    """Long words of real Arabic text that are not names: seeds (if present) and test cases."""
    root = Path(__file__).resolve().parents[1]
    texts = [*(root.parent / "shared" / "seeds").glob("*.txt"), *(root / "tests" / "golden").rglob("*.txt")]
    words = {w for t in AR_TEMPLATES + AR_FILLER for w in normalize_arabic(t).split()}
    for path in texts:
        words.update(normalize_arabic(path.read_text(encoding="utf-8")).lower().split())
    cores = set()
    for w in words:
        w = w.strip(".,:;!?\"'()-")
        if w in index.exact_names or "ال" + w in index.exact_names or not w.isalpha():
            continue
        split = [core for _, core in _cores(w)]
        if not any(c in index.exact_names or "ال" + c in index.exact_names for c in split):
            cores.update(split)
    return cores


def fuzzy_eval(gazetteer, seed: int = 7) -> None:
    """Recall on typos of long names and false positives on long non-name words, per policy."""
    index = build_index(gazetteer)
    entries = list({id(e): e for bucket in index.fuzzy.values() for e in bucket if e.lang == "ar"}.values())
    negatives = sorted(_negative_words(index))
    print(f"{len(entries)} long Arabic names (core >= {FUZZY_MIN_LETTERS} letters), 3 typos each; "
          f"{len(negatives)} long non-name words")
    for label, policy in POLICIES.items():
        fuzzy_module.max_distance = policy
        rng = random.Random(seed)
        hits = wrong = total = 0
        for entry in entries:
            for _ in range(3):
                typo = _typo(entry.core, rng)
                if typo == entry.core or typo in index.exact_names:
                    continue
                total += 1
                found = best_fuzzy(typo, index)
                if found is not None:
                    hits += found[1] == entry.places
                    wrong += found[1] != entry.places
        false_hits = [c for c in negatives if best_fuzzy(c, index) is not None]
        tp, fp = hits, wrong + len(false_hits)
        print(f"{label:<24} typo recall {hits / total:.3f} ({hits}/{total}), wrong place {wrong}, "
              f"non-words matched {len(false_hits)}/{len(negatives)} ({len(false_hits) / len(negatives):.2%}), "
              f"precision {tp / max(1, tp + fp):.3f}  e.g. {' '.join(false_hits[:8])}")
    fuzzy_module.max_distance = ORIGINAL_MAX_DISTANCE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=10.0, help="corpus size (default 10)")
    parser.add_argument("--fuzzy-eval", action="store_true", help="measure the fuzzy threshold instead")
    args = parser.parse_args(argv)
    gazetteer = default_gazetteer()
    if args.fuzzy_eval:
        fuzzy_eval(gazetteer)
        return 0
    load = cold_load_seconds()
    t = time.perf_counter()
    index = build_index(gazetteer)
    build = time.perf_counter() - t
    gazetteer.cache["geo.index.NameIndex"] = index
    articles = generate_corpus(gazetteer, args.size_mb)
    size = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    t, cpu = time.perf_counter(), time.process_time()
    mentions = sum(len(find_places(a, gazetteer)) for a in articles)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer: {len(gazetteer)} places, cold load {load:.3f} s (target <= 1 s)")
    print(f"index build: {build:.3f} s, {len(index.keys)} keys")
    print(f"corpus: {size:.1f} MB UTF-8, {len(articles)} articles, {mentions} mentions")
    # CPU time of this process = one core, whatever else the machine runs; wall time beside it.
    print(f"throughput: {size / cpu:.2f} MB/s per core ({cpu:.2f} s CPU; {size / elapsed:.2f} MB/s wall) "
          "(target >= 5 MB/s)")
    print(f"peak memory: {peak:.0f} MB (target <= 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
