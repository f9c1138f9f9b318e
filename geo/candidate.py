"""The matcher's working record: one accepted name occurrence before resolution."""

from __future__ import annotations

from dataclasses import dataclass

from geo.model import Place


@dataclass(slots=True)
class Candidate:
    """A name occurrence accepted so far, in normalised-text offsets.

    ``start`` includes proclitics (والموصل), ``name_start`` is where the name itself begins;
    ``types`` are the feature types a designator before it asks for (محافظة → governorate).
    Mutable on purpose: resolution widens a region's span over its country (كردستان العراق).
    """

    start: int
    end: int
    name_start: int
    name: str
    lang: str
    places: tuple[Place, ...]
    confidence: float
    types: tuple[str, ...] = ()
    clitic: str = ""
    #: a name that needs context and has none of its own: kept only inside a list of places
    #: (المقدادية والخالص وبعقوبة)
    pending: bool = False
