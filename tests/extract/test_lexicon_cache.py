"""The lexicon pickle (extract.lexicon_cache): the same lexicons and matches as validating the YAML
files again, a new key when a lexicon file changes, and a broken file rebuilt."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from extract import lexicon_cache
from extract.actors import actor_matcher
from extract.events import cue_matcher, trigger_matcher
from extract.lexicon import _read, normalise, validate_actors, validate_cues, validate_triggers
from extract.lexicon_dates import load_dates, load_numbers

TEXTS = {
    "ar": "أعلنت خلية الإعلام الأمني مقتل جنديين بانفجار عبوة ناسفة قرب الطارمية، ومن المقرر أن تشن القوات "
          "عملية تفتيش، فيما تظاهر المئات أمام مبنى المحافظة ضد تنظيم داعش",
    "en": "Two soldiers were killed when a roadside bomb hit their patrol near Tarmiyah; the army said it will "
          "launch a search operation, and hundreds protested against ISIS outside the governorate building.",
}


def test_pickled_lexicons_equal_a_fresh_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IIM_CACHE_DIR", str(tmp_path))
    built = lexicon_cache.shipped.__wrapped__()  # no pickle yet: validated and written
    assert len(list(tmp_path.glob("lexicons-*.pickle"))) == 1
    loaded = lexicon_cache.shipped.__wrapped__()  # from the pickle
    assert loaded is not built
    triggers, cues, actors = (validate_triggers(_read("triggers.yaml")), validate_cues(_read("cues.yaml")),
                              validate_actors(_read("actors.yaml")))
    assert loaded["triggers"] == triggers and loaded["cues"] == cues and loaded["actors"] == actors
    assert loaded["dates"] == load_dates() and loaded["numbers"] == load_numbers()
    for lang, text in TEXTS.items():
        norm = normalise(text).text
        for kind, fresh in (("triggers", trigger_matcher(lang, triggers)), ("cues", cue_matcher(lang, cues)),
                            ("actors", actor_matcher(lang, actors))):
            found = loaded["matchers"][kind, lang].finditer(norm, overlapping=True)
            assert found and found == fresh.finditer(norm, overlapping=True)


def test_matchers_are_pickled_without_compiled_regexes() -> None:
    matcher = lexicon_cache.shipped()["matchers"]["triggers", "ar"]
    matcher.finditer(normalise(TEXTS["ar"]).text)  # compiles what this text needs
    state = pickle.loads(pickle.dumps(matcher)).__dict__
    assert state["_trie"] is None and not any(state["_compiled"])


def test_a_changed_lexicon_file_gives_a_new_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lexicon_cache.fingerprint()
    root = lexicon_cache.EXTRACT_DIR.parent
    shutil.copytree(root / "extract" / "data", tmp_path / "extract" / "data")
    for name in lexicon_cache.CODE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(root / name, tmp_path / name)
    monkeypatch.setattr(lexicon_cache, "EXTRACT_DIR", tmp_path / "extract")
    assert lexicon_cache.fingerprint() == first  # the same files elsewhere: the same key
    copy = tmp_path / "extract"
    with (copy / "data" / "cues.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# a comment\n")
    assert lexicon_cache.fingerprint() != first


def test_a_broken_pickle_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IIM_CACHE_DIR", str(tmp_path))
    target = tmp_path / f"lexicons-{lexicon_cache.fingerprint()[:32]}.pickle"
    target.write_bytes(b"not a pickle")
    assert len(lexicon_cache.shipped.__wrapped__()["triggers"]) > 100
    assert target.read_bytes() != b"not a pickle"
