"""A small linear model of ACLED event type over an incident's evidence sentence (issue 8, item 5).

Run time is pure Python: the sentence is normalised (``geo.normalize.normalize_arabic``, lower case,
digits folded), cut into listed features (words, word pairs, character n-grams of each word), and
each feature's weights (one per class, from ``train/data/type_model.json``) are summed; a softmax
gives the probabilities. The file is written by ``python train/type_model.py`` (scikit-learn's
logistic regression, a development requirement only), which reproduces it byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from extract.acled_types import event_types
from geo.normalize import normalize_arabic

__all__ = ["MODEL_PATH", "TypeModel", "features", "load_model"]

MODEL_PATH = Path(__file__).resolve().parent / "data" / "type_model.json"

_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d")
#: Character n-gram lengths taken inside each word (padded with spaces, so prefixes and suffixes count).
CHAR_NGRAMS = (3, 4, 5)


def features(sentence: str) -> list[str]:
    """The features of one evidence sentence: ``w:`` words, ``b:`` word pairs, ``c:`` character n-grams.

    Examples
    --------
    >>> features("Car bomb")[:3]
    ['w:car', 'w:bomb', 'b:car bomb']
    >>> "c: بال" in features("بالهجوم")
    True
    """
    words = _WORD.findall(_DIGITS.sub("0", normalize_arabic(sentence).lower()))
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(words)]
    for w in words:
        padded = f" {w} "
        for n in CHAR_NGRAMS:
            out += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return out


@dataclass(frozen=True, slots=True)
class TypeModel:
    """Classes (ACLED event types), their biases and each feature's weights (one per class)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, sentence: str) -> dict[str, float]:
        """Each class's probability for ``sentence`` (a softmax over the summed weights)."""
        scores = list(self.bias)
        weights = self.weights
        for f in dict.fromkeys(features(sentence)):  # binary, as in training: a repeated feature counts once
            w = weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    scores[k] += v
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def predict(self, sentence: str) -> tuple[str, float]:
        """The most probable event type of ``sentence`` and its probability."""
        probs = self.probabilities(sentence)
        best = max(self.classes, key=probs.__getitem__)
        return best, probs[best]


def model_from_dict(data: dict) -> TypeModel:
    """A :class:`TypeModel` from the JSON file's object, checked: every weight row has one value per class."""
    classes = tuple(data["classes"])
    bias = tuple(float(b) for b in data["bias"])
    weights = {f: tuple(float(v) for v in row) for f, row in data["weights"].items()}
    if len(bias) != len(classes) or any(len(row) != len(classes) for row in weights.values()):
        raise ValueError("type model: every row must have one weight per class")
    unknown = set(classes) - set(event_types())
    if unknown:
        raise ValueError(f"type model: not ACLED event types: {sorted(unknown)}")
    return TypeModel(classes, bias, weights)


@cache
def load_model(path: Path = MODEL_PATH) -> TypeModel:
    """The shipped model (read once)."""
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))
