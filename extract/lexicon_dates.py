"""Text normalisation with offsets kept, and the loaders of ``dates.yaml`` and ``numbers.yaml``.

Matching runs on a copy of the text folded by the project's one normaliser
(:func:`geo.normalize.fold`: no diacritics or tatweel; one alef; ة→ه; ى→ي; Arabic-Indic
digits → ASCII). Deleted characters shift offsets, so the normaliser
also returns, for every character of the copy, its index in the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import ahocorasick

from extract import regexes as re
from geo.normalize import deleted_positions, fold
from geo.yaml_data import parse_yaml

__all__ = [
    "LexiconError", "NumberLexicon", "ascii_lower", "load_dates", "load_numbers", "normalize", "normalize_with_map",
    "number_lexicon", "to_original",
]


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


def normalize(text: str) -> str:
    """Normalised copy of ``text`` for matching: the project's one fold (:func:`geo.normalize.fold`).

    Examples
    --------
    >>> normalize("إِصابةُ") == "اصابه"
    True
    >>> normalize("١٥ آذار")
    '15 اذار'
    """
    return fold(text)


#: A number set between slashes or brackets as its own word («مقتل /3/ عناصر», «قبل /10/ أيام», «استشهاد
#: (2) منتسبين»), as some Iraqi agencies write counts; never a date's part (12/10/2024) or a glued word.
_MARKED_NUMBER = re.compile(r"(?:(?<=\s)|^)(?:/(\d{1,4})/|\((\d{1,4})\))(?=[\s.,،؛:]|$)")


def _unmark(m: re.Match[str]) -> str:
    return f" {m.group(1) or m.group(2)} "


_UPPER = re.compile("[A-Z]+")


def _lower(match: re.Match[str]) -> str:
    return match.group().lower()


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII capitals in lower case, nothing else changed (so offsets hold): one
    ``str.lower`` for an all-ASCII text, the capitals' runs replaced in any other.

    Examples
    --------
    >>> ascii_lower("Killed in MOSUL"), ascii_lower("ÉTAT Islamique في Mosul")
    ('killed in mosul', 'État islamique في mosul')
    """
    return text.lower() if text.isascii() else _UPPER.sub(_lower, text)


def normalize_with_map(text: str, folded: str | None = None) -> tuple[str, Sequence[int] | None]:
    """Normalised copy and the original index of each of its characters, for reading numbers and
    dates: a number between slashes or brackets loses them (replaced by spaces, so no offset moves).

    The map is None when nothing was deleted (then offsets are the same in both). ``folded``: the
    caller's ``normalize(text)``, when it made it already (it is not made again).

    Examples
    --------
    >>> norm, index = normalize_with_map("مَساء")
    >>> norm, list(index)
    ('مساء', [0, 2, 3, 4])
    >>> normalize_with_map("مقتل /3/ عناصر قبل (10) أيام في 12/10/2024")[0]
    'مقتل  3  عناصر قبل  10  ايام في 12/10/2024'
    """
    norm = fold(text) if folded is None else folded
    if "/" in norm or "(" in norm:
        norm = _MARKED_NUMBER.sub(_unmark, norm)
    if len(norm) == len(text):
        return norm, None
    return norm, _Offsets(deleted_positions(text), len(norm))


class _Offsets(Sequence[int]):
    """The original index of each character of a normalised copy, worked out when asked: a list of
    them cost a pass over every character of the text, and a text asks for a few (a date's or a
    number's ends).

    Examples
    --------
    >>> list(_Offsets((1, 1), 3)), _Offsets((1,), 3)[-1]
    ([0, 3, 4], 3)
    """

    __slots__ = ("_deleted", "_size")

    def __init__(self, deleted: tuple[int, ...], size: int) -> None:
        self._deleted, self._size = deleted, size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i: int | slice) -> int | list[int]:  # (an index or a slice, as a list takes)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("offset out of range")
        return i + bisect_right(self._deleted, i)


def to_original(index: Sequence[int] | None, start: int, end: int, length: int) -> tuple[int, int]:
    """Map a span of the normalised copy back to the original text.

    ``length`` is the length of the original text (used for spans ending at the copy's end).
    """
    if index is None:
        return start, end
    if start >= len(index):
        return length, length
    # End at the next kept character, so that trailing diacritics stay with their letter.
    return index[start], (index[end] if end < len(index) else length)


def _read(name: str) -> dict[str, Any]:
    from importlib import resources  # here, like yaml: only a changed lexicon is read from its file

    import yaml

    path = resources.files("extract") / "data" / name
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


def _need(name: str, where: str, entry: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(entry, dict) or key not in entry:
        raise LexiconError(f"{name}: {where}: missing {key!r} in {entry!r}")
    value = entry[key]
    if not isinstance(value, kind) or (isinstance(value, list) and not all(isinstance(v, str) for v in value)):
        raise LexiconError(f"{name}: {where}: {key!r} has the wrong type in {entry!r}")
    return value


def _check_sources(name: str, section: str, rows: Any) -> None:
    if not isinstance(rows, list) or not rows:
        raise LexiconError(f"{name}: section {section!r} must be a non-empty list")
    for i, row in enumerate(rows):
        _need(name, f"{section}[{i}]", row, "source", str)


@cache
def load_dates() -> dict[str, Any]:
    """The validated date vocabulary (``extract/data/dates.yaml``), read once.

    Raises
    ------
    LexiconError
        naming the file and the entry when the data is malformed.
    """
    name = "dates.yaml"
    data = _read(name)
    for section in ("months", "weekdays", "relative_days", "month_parts", "month_relative",
                    "week_relative", "ordinals"):
        _check_sources(name, section, data.get(section))
    numbers = sorted(_need(name, f"months[{i}]", m, "number", int) for i, m in enumerate(data["months"]))
    if numbers != list(range(1, 13)):
        raise LexiconError(f"{name}: months must be numbered 1..12 once each, got {numbers}")
    for i, m in enumerate(data["months"]):
        _need(name, f"months[{i}]", m, "arabic", list)
        _need(name, f"months[{i}]", m, "english", list)
    days = sorted(_need(name, f"weekdays[{i}]", w, "weekday", int) for i, w in enumerate(data["weekdays"]))
    if days != list(range(7)):
        raise LexiconError(f"{name}: weekdays must be numbered 0..6 once each, got {days}")
    for section, key in (("relative_days", "offset"), ("month_relative", "offset"),
                         ("week_relative", "offset"), ("month_parts", "day"), ("ordinals", "value")):
        for i, row in enumerate(data[section]):
            _need(name, f"{section}[{i}]", row, key, int)
            _need(name, f"{section}[{i}]", row, "arabic", list)
    for key in ("weekday_past", "weekday_future", "compound_one"):
        _need(name, "top level", data, key, list)
    for section, keys in (("day_parts", ("arabic", "english", "source")), ("year_words", ("arabic", "source"))):
        for key in keys:
            _need(name, section, data.get(section), key, str if key == "source" else list)
    for unit, row in _need(name, "top level", data, "units", dict).items():
        for key in ("arabic_singular", "arabic_dual", "arabic_plural", "english"):
            _need(name, f"units.{unit}", row, key, list)
        _need(name, f"units.{unit}", row, "days", int)
        _need(name, f"units.{unit}", row, "precision", int)
    return data


@cache
def load_numbers() -> dict[str, Any]:
    """The validated number and casualty vocabulary (``extract/data/numbers.yaml``), read once.

    Raises
    ------
    LexiconError
        naming the file and the entry when the data is malformed.
    """
    name = "numbers.yaml"
    data = _read(name)
    for section in ("arabic_numbers", "english_numbers", "people"):
        _check_sources(name, section, data.get(section))
    for section in ("arabic_numbers", "english_numbers"):
        for i, row in enumerate(data[section]):
            if _need(name, f"{section}[{i}]", row, "value", int) < 0:
                raise LexiconError(f"{name}: {section}[{i}]: negative value")
            _need(name, f"{section}[{i}]", row, "words", list)
    for i, row in enumerate(data["people"]):
        _need(name, f"people[{i}]", row, "word", str)
        _need(name, f"people[{i}]", row, "dual_ok", bool)
    cas = _need(name, "top level", data, "casualties", dict)
    for kind in ("killed", "injured"):
        for key in ("arabic_before", "arabic_after", "english_before", "english_after"):
            _need(name, f"casualties.{kind}", cas.get(kind), key, list)
    for key in ("both_arabic", "killed_arabic", "both_english", "killed_english", "injured_english"):
        _need(name, "zero", data.get("zero"), key, list)
    for section in ("qualifiers", "vague"):
        for key in ("arabic", "english"):
            _need(name, section, data.get(section), key, list)
    _need(name, "top level", data, "english_people", list)
    _check_sources(name, "self_counting", data.get("self_counting"))
    for i, row in enumerate(data["self_counting"]):
        _need(name, f"self_counting[{i}]", row, "word", str)
        if _need(name, f"self_counting[{i}]", row, "kind", str) not in ("killed", "injured"):
            raise LexiconError(f"{name}: self_counting[{i}]: kind must be killed or injured in {row!r}")
        _need(name, f"self_counting[{i}]", row, "count", int)
        if "after" in row:
            _need(name, f"self_counting[{i}]", row, "after", list)
    return data


class AnyOf:
    """Whether any of a set of strings occurs in a text: one Aho-Corasick pass (pyahocorasick, as the
    place names are found) that stops at the first. A regex alternation of the same strings (``a|b|…``)
    tries each of them at every character: 4-6 times slower on the casualty gate's 71 words.

    Examples
    --------
    >>> AnyOf(["قتل", "killed"]).search("اسفر عن مقتل جندي"), AnyOf(["قتل"]).search("عبوه ناسفه"), AnyOf([]).search("x")
    (True, False, False)
    """

    __slots__ = ("_automaton", "_empty")

    def __init__(self, words: Iterable[str]) -> None:
        words = set(words)
        self._empty = "" in words  # the empty string occurs in every text
        self._automaton = None
        if words - {""}:
            self._automaton = ahocorasick.Automaton()
            for word in sorted(words - {""}):
                self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        """Whether one of the strings occurs in ``text``."""
        if self._empty:
            return True
        return self._automaton is not None and next(self._automaton.iter(text), None) is not None


@dataclass(frozen=True)
class NumberLexicon:
    """Number words and casualty vocabulary as lookup tables (normalised, lower case)."""

    ar_numbers: dict[str, int]
    en_numbers: dict[str, int]
    before: dict[str, str]  # word -> "killed" | "injured"
    after: dict[str, str]
    people: dict[str, bool]  # singular -> dual_ok
    en_people: frozenset[str]
    qualifiers: tuple[tuple[str, ...], ...]
    vague: frozenset[str]
    zero: tuple[tuple[str, tuple[str, ...]], ...]  # phrase, kinds
    gate: tuple[str, ...]  # one of these occurs in any text with casualties
    self_counting: dict[str, tuple[str, int, frozenset[str]]]  # word -> kind, count, required word before
    # Derived once, for speed (count_casualties runs on every event's clause):
    gate_words: AnyOf = field(init=False, compare=False)  # finds any gate word
    zero_words: AnyOf = field(init=False, compare=False)  # finds any 'no casualties' phrase
    qualifiers_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for q in self.qualifiers:  # longest first, as given
            by_first.setdefault(q[0], []).append(q)
        object.__setattr__(self, "gate_words", AnyOf(self.gate))
        object.__setattr__(self, "zero_words", AnyOf(p for p, _ in self.zero))
        object.__setattr__(self, "qualifiers_by_first", {k: tuple(v) for k, v in by_first.items()})


@cache
def number_lexicon() -> NumberLexicon:
    """Lookup tables built once from ``numbers.yaml``."""
    from extract.lexicon_cache import shipped

    data = shipped()["numbers"]  # load_numbers() checked, pickled
    cas = data["casualties"]
    before, after = {}, {}
    for kind in ("killed", "injured"):
        before.update({normalize(w).lower(): kind for key in ("arabic_before", "english_before")
                       for w in cas[kind][key]})
        after.update({normalize(w).lower(): kind for key in ("arabic_after", "english_after")
                      for w in cas[kind][key] if " " not in w})
    zero = data["zero"]
    phrases = [(normalize(p).lower(), ("killed", "injured")) for p in zero["both_arabic"] + zero["both_english"]]
    phrases += [(normalize(p).lower(), ("killed",)) for p in zero["killed_arabic"] + zero["killed_english"]]
    phrases += [(p.lower(), ("injured",)) for p in zero["injured_english"]]
    return NumberLexicon(
        ar_numbers={normalize(w): r["value"] for r in data["arabic_numbers"] for w in r["words"]},
        en_numbers={w: r["value"] for r in data["english_numbers"] for w in r["words"]},
        before=before, after=after,
        people={normalize(r["word"]): r["dual_ok"] for r in data["people"]},
        en_people=frozenset(data["english_people"]),
        qualifiers=tuple(sorted((tuple(normalize(q).lower().split()) for key in ("arabic", "english")
                                 for q in data["qualifiers"][key]), key=len, reverse=True)),
        vague=frozenset(normalize(w).lower() for key in ("arabic", "english") for w in data["vague"][key]),
        zero=tuple(sorted(phrases, key=lambda p: -len(p[0]))),
        self_counting={normalize(r["word"]): (r["kind"], r["count"], frozenset(normalize(w) for w in r.get("after", [])))
                       for r in data["self_counting"]},
        gate=tuple(sorted({w.split()[0][:5] for w in [*before, *after]}
                          | {max(p.split(), key=len)[:6] for p, _ in phrases}
                          | ({normalize("حصيلة")[:5]} if data.get("toll_events") else set()))),  # «حصيلة الانفجار»
    )
