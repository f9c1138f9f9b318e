"""Places: the gazetteer, the matcher that finds places in Arabic and English text, and the
governorate geometry. No Streamlit here."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceMention",
    "default_gazetteer",
    "find_places",
    "governorate_of",
    "governorates_frame",
    "load_gazetteer",
    "neighbours_frame",
]

_WHERE = {
    "Gazetteer": "geo.gazetteer",
    "Place": "geo.model",
    "PlaceMention": "geo.model",
    "default_gazetteer": "geo.loader",
    "load_gazetteer": "geo.loader",
    "find_places": "geo.matcher",
    "governorate_of": "geo.governorates",
    "governorates_frame": "geo.governorates",
    "neighbours_frame": "geo.governorates",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing geo.model must not load geopandas or build the matcher's index.
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
