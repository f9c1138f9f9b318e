"""The named behaviour cases of ``tests/golden/cases/`` and how their expectations are checked.

Each case is ``<name>.txt`` (a short article written for the project) beside ``<name>.json``::

    {"article_date": "2025-06-09",
     "expect_incidents": [{"event_type": ..., "sub_event_type": ..., "admin1": ... | [...],
                           "country": ..., "event_date": ..., "fatalities": ...}],
     "expect_no_incident": false,
     "max_incidents": 1,                      # optional
     "expect_places": [{"surface": ..., "admin1" | "country" | "feature_type" | "name_contains": ...}],
     "forbid_places": [{"surface": ..., "context": ...} | {"country": ...} | {"admin1": ...}]}

An expected incident is found when one predicted incident agrees on every field it gives (a
list means "any of these"). An expected place is found when a mention overlapping the surface
resolves as stated. A forbidden place is a mention overlapping that surface (inside ``context``
when given), or any mention resolved to that country or governorate.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).resolve().parent / "cases"
SAMPLE_DIR = Path(__file__).resolve().parent / "sample"
GOLD_DIR = SAMPLE_DIR / "gold"


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    spec: dict[str, Any]

    @property
    def article_date(self) -> date:
        return date.fromisoformat(self.spec["article_date"])


def load_cases() -> list[Case]:
    """Every case, sorted by name."""
    return [Case(p.stem, p.with_suffix(".txt").read_text(encoding="utf-8"),
                 json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(CASES_DIR.glob("*.json"))]


def _fits(expected: Any, actual: Any) -> bool:
    return actual in expected if isinstance(expected, list) else actual == expected


def incident_fits(incident: Any, expected: dict[str, Any]) -> bool:
    """Does one predicted :class:`extract.model.Incident` agree with every field given?"""
    fields = {
        "event_type": incident.event_type, "sub_event_type": incident.sub_event_type,
        "admin1": incident.admin1, "country": incident.country, "fatalities": incident.fatalities,
        "event_date": incident.event_date.isoformat() if incident.event_date else None,
    }
    return all(_fits(want, fields[key]) for key, want in expected.items())


def _spans(text: str, surface: str, context: str | None = None) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]
    if context:
        windows = [(m.start(), m.end()) for m in re.finditer(re.escape(context), text)]
        spans = [s for s in spans if any(a <= s[0] and s[1] <= b for a, b in windows)]
    return spans


def _overlaps(mention: Any, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < b and a < mention.end for a, b in spans)


def place_fits(mention: Any, expected: dict[str, Any]) -> bool:
    """Does a :class:`geo.model.PlaceMention` resolve as the expected place says?"""
    place = mention.place
    checks = {
        "admin1": lambda v: _fits(v, place.admin1),
        "country": lambda v: place.country == v,
        "feature_type": lambda v: place.feature_type == v,
        "name_contains": lambda v: v.lower() in place.name_en.lower(),
    }
    return all(check(expected[key]) for key, check in checks.items() if key in expected)


def missing_places(text: str, mentions: list[Any], expected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The expected places no mention stands for."""
    missing = []
    for exp in expected:
        spans = _spans(text, exp["surface"])
        if not spans:
            raise ValueError(f"expected surface {exp['surface']!r} is not in the case text")
        if not any(_overlaps(m, spans) and place_fits(m, exp) for m in mentions):
            missing.append(exp)
    return missing


def forbidden_hits(text: str, mentions: list[Any], forbidden: list[dict[str, Any]]) -> list[str]:
    """Mentions that a ``forbid_places`` entry rules out, as readable strings."""
    hits = []
    for rule in forbidden:
        if "surface" in rule:
            spans = _spans(text, rule["surface"], rule.get("context"))
            if not spans:
                raise ValueError(f"forbidden surface {rule['surface']!r} is not in the case text")
            bad = [m for m in mentions if _overlaps(m, spans)]
        else:
            bad = [m for m in mentions if all(
                _fits(v, m.place.admin1 if k == "admin1" else m.place.country) for k, v in rule.items())]
        hits += [f"{m.surface!r}@{m.start} -> {m.place.name_en} (rule {rule})" for m in bad]
    return hits
