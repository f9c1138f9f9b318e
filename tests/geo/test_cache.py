"""The gazetteer pickle (geo.cache): the same places and matches as a fresh build, rebuilt when a file
under geo/ changes, and never in the way when its directory is unusable."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import cache
from geo.index import get_index
from geo.loader import load_gazetteer
from geo.matcher import find_places

TEXT = "انفجرت عبوة ناسفة في بعقوبة ثم في الموصل، and rockets hit Kirkuk airport near Erbil."


def test_pickled_gazetteer_matches_a_fresh_build(tmp_path: Path) -> None:
    built = cache.load_or_build(tmp_path)
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1
    loaded = cache.load_or_build(tmp_path)  # from the pickle this time
    assert loaded is not built
    fresh = load_gazetteer()
    assert sorted(p.place_id for p in loaded) == sorted(p.place_id for p in fresh)
    assert all(loaded.get(p.place_id) == p for p in fresh)
    assert find_places(TEXT, loaded) == find_places(TEXT, fresh)


def test_name_keys_are_made_when_first_hit_and_equal_the_built_ones(tmp_path: Path) -> None:
    built_gazetteer = cache.load_or_build(tmp_path)
    built = get_index(built_gazetteer).keys
    loaded = cache.load_or_build(tmp_path)  # from the pickle
    keys = get_index(loaded).keys
    assert keys.made == [None] * len(built) and len(keys) == len(built) > 10_000
    text = "قصف مدفعي على قضاء سنجار وناحية ربيعة"
    assert find_places(text, loaded) == find_places(text, built_gazetteer)
    made = [i for i, key in enumerate(keys.made) if key is not None]
    assert {keys.made[i].key for i in made} >= {"سنجار", "ربيعه"}
    assert len(made) < 20  # only the keys the text hit
    assert [keys.made[i] for i in made] == [built.made[i] for i in made]
    assert list(keys) == list(built) and None not in keys.made


def test_a_changed_file_gives_a_new_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.load_or_build(tmp_path)
    first = cache.fingerprint()
    geo_copy = tmp_path / "geo"
    geo_copy.mkdir()
    (geo_copy / "places.csv").write_text("a")
    monkeypatch.setattr(cache, "GEO_DIR", geo_copy)
    second = cache.fingerprint()
    (geo_copy / "places.csv").write_text("b")
    assert len({first, second, cache.fingerprint()}) == 3
    cache.load_or_build(tmp_path)  # the new pickle replaces the old one
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1


def test_a_broken_pickle_or_an_unwritable_place_still_gives_the_gazetteer(tmp_path: Path) -> None:
    target = tmp_path / f"gazetteer-{cache.fingerprint()[:32]}.pickle"
    target.write_bytes(b"not a pickle")
    assert cache.load_or_build(tmp_path).get("iq.gov.kirkuk") is not None
    assert target.read_bytes() != b"not a pickle"
    blocked = tmp_path / "file"
    blocked.write_text("x")  # a file where the directory should be
    assert cache.load_or_build(blocked / "cache").get("iq.gov.kirkuk") is not None


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IIM_CACHE_DIR", str(tmp_path / "c"))
    assert cache.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("IIM_CACHE_DIR")
    monkeypatch.setenv("IIM_DATA_DIR", str(tmp_path / "d"))
    assert cache.cache_dir() == tmp_path / "d" / "cache"
