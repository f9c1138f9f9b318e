"""The compiled-regex cache (extract.regexes): patterns read from it equal ``re.compile``'s and match
the same; it is written at exit, survives a broken file, stays bounded, and steps aside when the
interpreter's internals are not what it expects. The regexes built from the lexicons have the same
text in every process (else the cache would never find them)."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract import regexes

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = [  # (pattern, flags, a text it searches)
    (r"(?P<n>\d+)\s+(?:killed|dead)", re.IGNORECASE, "At least 12 KILLED in Tuz"),
    (r"(?<![\d/])(?P<d>[0-3]?\d)([-/.])(?P<m>[01]?\d)\2(?P<y>20\d\d)", 0, "on 03/11/2025 at dawn"),
    (r"(?:مقتل|استشهاد)\s+(\S+)\s+(?:من\s+)?(?:عناصر|منتسبي)", 0, "أسفر عن مقتل ثلاثة من عناصر الشرطة"),
    (r"""\b roadside \s+ (bomb|IED)  # a comment""", re.VERBOSE | re.IGNORECASE, "a Roadside  IED hit"),
    (r"^Baghdad\b.*$", re.MULTILINE, "Erbil\nBaghdad: a rocket\nBasra"),
    (r"(?i)\bmosul\b(?=,)", 0, "near MOSUL, police said"),
    (rb"\xef\xbb\xbf|\xff\xfe", 0, b"\xff\xfeabc"),
    ("|".join(sorted(["عبوة", "عبوتين", "ناسفة", "لاصقة"], key=len, reverse=True)), 0, "عبوتين ناسفتين"),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory and a module state as at a process's start."""
    monkeypatch.setenv("IIM_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_state", {"entries": None, "new": 0, "on": True})
    monkeypatch.setattr(regexes, "_used", set())
    return tmp_path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with (the file stays)."""
    monkeypatch.setattr(regexes, "_state", {"entries": None, "new": 0, "on": True})
    monkeypatch.setattr(regexes, "_used", set())


@pytest.mark.parametrize("pattern, flags, text", PATTERNS)
def test_a_cached_pattern_equals_re_compile(fresh: Path, monkeypatch: pytest.MonkeyPatch, pattern, flags,
                                           text) -> None:
    made = regexes.compile(pattern, flags)  # not in the cache yet: compiled and recorded
    assert regexes._state["new"] == 1
    regexes.save()
    assert len(list(fresh.glob("regexes-*.pickle"))) == 1
    _restart(monkeypatch)
    cached = regexes.compile(pattern, flags)  # from the file
    assert regexes._state["new"] == 0 and (pattern, int(flags)) in regexes._state["entries"]
    plain = re.compile(pattern, flags)
    assert cached == plain == made
    assert (cached.flags, cached.groups, dict(cached.groupindex)) == (plain.flags, plain.groups,
                                                                       dict(plain.groupindex))
    found, expected = cached.search(text), plain.search(text)
    assert expected is not None
    assert found.span() == expected.span() and found.groups() == expected.groups()
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_file_is_written_at_exit_and_read_by_the_next_process(fresh: Path) -> None:
    child = ("import sys; sys.path.insert(0, sys.argv[1]); from extract import regexes as re; "
             "print(re.compile(sys.argv[2]).search('a 7 km').group(1))")
    pattern = r"(\d+)\s*km\b"
    env = {**os.environ, "IIM_CACHE_DIR": str(fresh)}
    first = subprocess.run([sys.executable, "-c", child, str(ROOT), pattern], env=env, capture_output=True,
                           text=True, check=True)
    assert first.stdout.strip() == "7" and not first.stderr
    (written,) = fresh.glob("regexes-*.pickle")
    entries = pickle.loads(written.read_bytes())
    assert (pattern, 0) in entries
    stamp = written.stat().st_mtime_ns
    second = subprocess.run([sys.executable, "-c", child, str(ROOT), pattern], env=env, capture_output=True,
                            text=True, check=True)
    assert second.stdout.strip() == "7"
    assert written.stat().st_mtime_ns == stamp  # found: nothing new to write


def test_a_broken_file_is_ignored_and_rewritten(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = regexes.cache_file()
    target.write_bytes(b"not a pickle")
    assert regexes.compile(r"قرب\s+(\S+)").search("قرب الطارمية").group(1) == "الطارمية"
    regexes.save()
    assert (r"قرب\s+(\S+)", 0) in pickle.loads(target.read_bytes())


def test_a_bad_pattern_raises_as_re_does(fresh: Path) -> None:
    with pytest.raises(re.error):
        regexes.compile(r"(unclosed")


def test_a_grown_file_keeps_only_what_was_used(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for old in ("old one", "old two", "old three"):
        regexes.compile(old)
    regexes.save()
    _restart(monkeypatch)
    monkeypatch.setattr(regexes, "MAX_ENTRIES", 3)
    regexes.compile("old one")
    regexes.compile("new one")
    regexes.save()
    assert set(pickle.loads(regexes.cache_file().read_bytes())) == {("old one", 0), ("new one", 0)}


def test_it_steps_aside_when_the_internals_differ(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = regexes._code("something else", 0)  # code that does not give the pattern asked for
    monkeypatch.setattr(regexes, "_code", lambda pattern, flags: wrong)
    found = regexes.compile(r"(\d+) wounded")
    assert found == re.compile(r"(\d+) wounded") and found.search("4 wounded").group(1) == "4"
    assert regexes._state["on"] is False
    assert regexes.compile("later") == re.compile("later")
    regexes.save()
    assert not list(fresh.glob("regexes-*.pickle"))


def test_lexicon_regexes_have_the_same_text_in_every_process() -> None:
    # a set's order changes with the hash seed; a regex text that did would never be found again
    child = ("import sys, hashlib; sys.path.insert(0, sys.argv[1])\n"
             "from extract.date_patterns import patterns\n"
             "p = patterns()\n"
             "texts = [r.pattern for _, r in p.regexes]\n"
             "print(len(texts), hashlib.sha256('\\0'.join(texts).encode()).hexdigest())")
    outputs = {subprocess.run([sys.executable, "-c", child, str(ROOT)], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1
    assert int(outputs.pop().split()[0]) > 10
