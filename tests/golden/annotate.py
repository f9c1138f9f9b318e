"""Build the sample corpus and its gold from the hand-written sources (a dev tool, not under test).

The hand annotation lives in ``tests/golden/src/``: ``places.yaml`` (one row per place the sample
articles name, with its canonical names, type, governorate and GeoNames-like point) and
``articles_*.yaml`` (each article's text and the annotator's decisions: which surfaces are place
mentions of which place, the incidents with their type, place, date, fatalities, actors and an
evidence fragment, the false friends, the rejected candidates). This tool only does the
mechanical part: it finds every occurrence of each annotated surface (Arabic letters may not touch
either side; the longest surface and a surface tied to a context win), widens each evidence
fragment to its sentence, copies the place's canonical fields, and writes

* ``extract/data/sample_corpus.jsonl`` (the corpus the app loads),
* ``tests/golden/sample/<id>.txt`` (the texts, one file each, as the seeds are laid out),
* ``tests/golden/sample/gold/<id>.json`` (gold in the seed format, see the seeds' README).

Usage: ``python tests/golden/annotate.py`` to write, ``--check`` to compare without writing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SRC = HERE / "src"
CORPUS = ROOT / "extract" / "data" / "sample_corpus.jsonl"
SAMPLE = HERE / "sample"

GOV_CODES = {
    "Baghdad": "IQ-BG", "Anbar": "IQ-AN", "Salah al-Din": "IQ-SD", "Diyala": "IQ-DI",
    "Kirkuk": "IQ-KI", "Erbil": "IQ-AR", "Nineveh": "IQ-NI", "Babil": "IQ-BB",
    "Al-Qadisiyah": "IQ-QA", "Al-Muthanna": "IQ-MU", "Najaf": "IQ-NA", "Wasit": "IQ-WA",
    "Basra": "IQ-BA", "Maysan": "IQ-MA", "Dhi Qar": "IQ-DQ", "Karbala": "IQ-KA",
    "Dohuk": "IQ-DA", "Sulaymaniyah": "IQ-SU",
}
SUBTYPES = {
    "clash": ("Battles", "Armed clash"),
    "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "attack": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "violent_demo": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "arrests": ("Strategic developments", "Arrests"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "agreement": ("Strategic developments", "Agreement"),
    "change": ("Strategic developments", "Change to group/activity"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
}
AREAL = {"country", "governorate", "region", "border_area"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "unknown": None}
ARABIC = "\u0621-\u065f\u0670-\u06d3"


def occurrences(text: str, surface: str, taken: list[tuple[int, int]]) -> list[list[int]]:
    """Offsets of ``surface`` with no letter of its script touching either side, not yet taken."""
    letters = ARABIC if re.search(f"[{ARABIC}]", surface) else "A-Za-z0-9"
    pattern = f"(?<![{letters}]){re.escape(surface)}(?![{letters}])"
    found = []
    for m in re.finditer(pattern, text):
        if not any(m.start() < b and a < m.end() for a, b in taken):
            found.append([m.start(), m.end()])
    return found


def claim(text: str, entries: list[dict], taken: list[tuple[int, int]], art: str) -> None:
    """Fill ``offsets`` of each entry: context-bound entries first, then the longest surface."""
    for e in sorted(entries, key=lambda e: (e.get("context") is None, -len(e["surface"]))):
        spans = occurrences(text, e["surface"], taken)
        if e.get("context"):
            windows = [(m.start(), m.end()) for m in re.finditer(re.escape(e["context"]), text)]
            spans = [s for s in spans if any(a <= s[0] and s[1] <= b for a, b in windows)]
        if not spans:
            raise SystemExit(f"{art}: surface {e['surface']!r} not found (context {e.get('context')})")
        e["offsets"] = spans
        taken.extend(tuple(s) for s in spans)


def sentence_of(text: str, fragment: str, art: str) -> str:
    """The whole sentence (up to . ! ? or a line break) holding ``fragment``."""
    i = text.find(fragment)
    if i < 0:
        raise SystemExit(f"{art}: evidence fragment not in text: {fragment!r}")
    start = max(text.rfind(c, 0, i) for c in ".!?\n") + 1
    ends = [j for j in (text.find(c, i + len(fragment)) for c in ".!?\n") if j >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def parse_place(spec: str) -> dict:
    """``surface = key [mention_type] [@ context] [~ normalized]`` into an entry."""
    m = re.fullmatch(r"\s*(.+?)\s*=\s*(\w+)(?:\s+(proper|in_name|nominal|descriptive))?"
                     r"(?:\s*@\s*(.+?))?(?:\s*~\s*(.+?))?\s*", spec)
    if not m:
        raise SystemExit(f"bad place spec {spec!r}")
    return {"surface": m[1], "key": m[2], "mention_type": m[3] or "proper", "context": m[4], "norm": m[5]}


def location_entry(n: int, e: dict, place: dict, art: str, norm: str | None) -> dict:
    areal = place["type"] in AREAL
    rep = place.get("rep")
    return {
        "loc_id": f"{art}-L{n:02d}", "surface": e["surface"],
        "surface_normalized": norm or place["ar" if re.search(f"[{ARABIC}]", e["surface"]) else "en"],
        "mention_type": e["mention_type"], "canonical_en": place["en"], "canonical_ar": place["ar"],
        "feature_type": place["type"], "alt_feature_types": place.get("alt", []),
        "country": place["cc"], "governorate": place.get("gov"),
        "governorate_alt": place.get("gov_alt"), "governorate_code": GOV_CODES.get(place.get("gov")),
        "admin2": place.get("admin2"),
        "lat": None if areal else place.get("lat"), "lon": None if areal else place.get("lon"),
        "coord_kind": None if areal or place.get("lat") is None else place.get("kind", "point"),
        "representative_point": {"lat": rep[0], "lon": rep[1], "basis": rep[2]} if rep else None,
        "count": len(e["offsets"]), "offsets": e["offsets"],
        "is_incident_location": False, "incident_ids": [],
        "note": e.get("note"),
    }


def normalized(surface: str, place: dict, mention_type: str) -> str:
    """The bare toponym: proclitics (و ب ل ف ك) dropped when what remains is one of the place's names."""
    if mention_type in {"nominal", "descriptive"} or not re.search(f"[{ARABIC}]", surface):
        return surface
    names = [place["ar"], *place.get("ar_alt", [])]
    for cut in range(3):
        rest = surface[cut:]
        for cand in (rest, "ا" + rest[1:] if rest.startswith("ل") else None):
            if cand in names:
                return cand
    return surface


def incident(spec: dict, art: str, places: dict, text: str, article_date: str) -> dict:
    event_type, sub = SUBTYPES[spec["sub"]]
    place = places[spec["place"]]
    areal = place["type"] in AREAL
    rep = place.get("rep")
    lat, lon = (place.get("lat"), place.get("lon")) if not areal else (rep[:2] if rep else (None, None))
    precision = spec.get("date_precision", "day")
    date = None if spec.get("date") is None else str(spec["date"])
    rng = [None if v is None else str(v) for v in spec.get("range") or [date, date]]
    rng = rng if date else [rng[0], rng[1] or article_date]
    actors = [{"name": a, "role": r, "stated_in_text": True}
              for a, r in zip(spec.get("actors", []), ["perpetrator", "target", "other"], strict=False)]
    return {
        "incident_id": f"{art}-{spec['id']}", "tier": spec.get("tier", "core"),
        "historical": spec.get("historical", False), "event_type": event_type, "sub_event_type": sub,
        "acceptable_event_types": sorted({event_type, *(SUBTYPES[s][0] for s in spec.get("alt", []))}),
        "acceptable_sub_event_types": [sub, *(SUBTYPES[s][1] for s in spec.get("alt", []))],
        "location": spec.get("location", place["en"]), "location_ids": [],
        "governorate": place.get("gov"), "governorate_alt": place.get("gov_alt"),
        "governorate_code": GOV_CODES.get(place.get("gov")),
        "admin2": place.get("admin2"), "country": place["cc"], "lat": lat, "lon": lon,
        "geo_precision": spec.get("geo", 3 if areal else 1),
        "date": date, "date_precision": precision, "time_precision": TIME_PRECISION[precision],
        "date_expression": spec.get("expr"), "date_inferred": date,
        "date_range": {"from": rng[0], "to": rng[1]}, "fatalities": spec.get("fat"),
        "injuries": spec.get("inj"), "actors": actors,
        "actor1": actors[0]["name"] if actors else None,
        "actor2": actors[1]["name"] if len(actors) > 1 else None,
        "evidence": sentence_of(text, spec["ev"], art),
        "evidence_more": [sentence_of(text, f, art) for f in spec.get("more", [])],
        "note": spec.get("note"),
    }


def build(a: dict, places: dict) -> tuple[dict, dict]:
    """One article's corpus row and gold record."""
    art, text, day = a["id"], a["text"].strip() + "\n", str(a["date"])
    title = text.split("\n", 1)[0].strip()
    taken: list[tuple[int, int]] = []
    ffs = [{"surface": f[0], "why_not_a_place": f[1], "context": f[2] if len(f) > 2 else None}
           for f in a.get("ff", [])]
    claim(text, ffs, taken, art)
    entries = [parse_place(p) for p in a.get("places", [])]
    claim(text, entries, taken, art)
    locs = []
    for n, e in enumerate(sorted(entries, key=lambda e: e["offsets"][0]), 1):
        place = places[e["key"]]
        norm = e["norm"] or normalized(e["surface"], place, e["mention_type"])
        locs.append(location_entry(n, e, place, art, norm))
    incs = [incident(i, art, places, text, day) for i in a.get("incidents", [])]
    for i, spec in zip(incs, a.get("incidents", []), strict=True):
        for surf in spec.get("at", []):
            hits = [loc for loc in locs if loc["surface"] == surf and loc["mention_type"] != "in_name"]
            if not hits:
                raise SystemExit(f"{art}: incident {i['incident_id']} located by unknown surface {surf!r}")
            for loc in hits:
                loc["is_incident_location"] = True
                loc["incident_ids"].append(i["incident_id"])
                i["location_ids"].append(loc["loc_id"])
    primary = [loc for loc in locs if loc["mention_type"] in {"proper", "in_name"}]
    gold = {
        "id": art, "language": a["lang"], "title": title, "article_date": day,
        "article_date_note": "publication date from the corpus metadata (sample corpus written by the project)",
        "article_date_inferred": day, "article_date_inferred_precision": "day",
        "source_hint": a["source"], "text_notes": a.get("notes"),
        "locations": locs, "incidents": incs,
        "same_event_as": [{"incident_id": f"{art}-{s[0]}", "same_as": [s[1]], "relation": "same",
                           "confidence": "high", "note": s[2] if len(s) > 2 else None}
                          for s in a.get("same", [])],
        "province_mentions": sorted({loc["governorate"] for loc in locs if loc["governorate"]}),
        "adjectival_place_references": [{"surface": s, "count": len(occurrences(text, s, []))}
                                        for s in a.get("adj", [])],
        "false_friends": [{"surface": f["surface"], "count": len(f["offsets"]), "offsets": f["offsets"],
                           "why_not_a_place": f["why_not_a_place"]} for f in ffs],
        "excluded_candidates": [{"text": sentence_of(text, t, art), "reason": ", ".join(map(str, r))}
                                for t, *r in a.get("excl", [])],
        "summary": {
            "location_entries": len(locs), "location_mentions": sum(loc["count"] for loc in locs),
            "location_entries_primary": len(primary),
            "location_mentions_primary": sum(loc["count"] for loc in primary),
            "location_mentions_optional": sum(loc["count"] for loc in locs if loc not in primary),
            "incidents": len(incs), "incidents_core": sum(i["tier"] == "core" for i in incs),
            "incidents_borderline": sum(i["tier"] == "borderline" for i in incs),
            "incidents_historical": sum(i["historical"] for i in incs),
        },
    }
    row = {"id": art, "title": title, "date": day, "source": a["source"], "url": a["url"], "text": text}
    return row, gold


def build_all() -> dict[Path, str]:
    """Every output file's path and content, built in memory."""
    places = yaml.safe_load((SRC / "places.yaml").read_text(encoding="utf-8"))
    articles = [a for f in sorted(SRC.glob("articles_*.yaml"))
                for a in yaml.safe_load(f.read_text(encoding="utf-8"))]
    out: dict[Path, str] = {}
    rows = []
    for a in articles:
        row, gold = build(a, places)
        rows.append(json.dumps(row, ensure_ascii=False))
        out[SAMPLE / f"{a['id']}.txt"] = row["text"]
        out[SAMPLE / "gold" / f"{a['id']}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    out[CORPUS] = "\n".join(rows) + "\n"
    return out


def write_or_check(out: dict[Path, str], *, check: bool) -> int:
    """Write the built files, or with ``check`` only list the stale ones; 1 if ``check`` found any."""
    if check:
        stale = [p for p, s in out.items() if not p.exists() or p.read_text(encoding="utf-8") != s]
        print("\n".join(str(p) for p in stale) or "up to date")
        return 1 if stale else 0
    for path, content in out.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    print(f"wrote {len(out)} files")
    return 0


def main(argv: list[str]) -> int:
    return write_or_check(build_all(), check="--check" in argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
