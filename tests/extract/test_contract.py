"""The output contract of ``python -m extract parse --json`` (issue 2), checked strictly.

Runs the real command in a subprocess on a .txt and a .jsonl written here, and validates every
line against a JSON schema with no extra keys allowed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from storage.corrections import ACLED_TYPES

ROOT = Path(__file__).resolve().parents[2]

NUMBER = {"type": ["number", "null"]}
TEXT = {"type": ["string", "null"]}
DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
PRECISION = {"enum": [1, 2, 3, None]}


def strict(properties: dict) -> dict:
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


PLACE = strict({
    "surface": {"type": "string", "minLength": 1}, "start": {"type": "integer", "minimum": 0},
    "end": {"type": "integer", "minimum": 1}, "place_id": {"type": "string"}, "name_en": TEXT,
    "name_ar": TEXT, "feature_type": {"type": "string"}, "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
    "admin1": TEXT, "admin2": TEXT, "latitude": NUMBER, "longitude": NUMBER,
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
})
INCIDENT = strict({
    "event_date": DATE, "time_precision": PRECISION,
    "event_type": {"enum": list(ACLED_TYPES)},
    "sub_event_type": {"enum": [s for subs in ACLED_TYPES.values() for s in subs]},
    "actor1": TEXT, "actor2": TEXT, "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
    "admin1": TEXT, "admin2": TEXT, "location": TEXT, "latitude": NUMBER, "longitude": NUMBER,
    "geo_precision": PRECISION, "fatalities": {"type": ["integer", "null"], "minimum": 0},
    "injuries": {"type": ["integer", "null"], "minimum": 0}, "evidence": {"type": "string", "minLength": 1}, "source": TEXT,
    "confidence": {"type": "number", "minimum": 0, "maximum": 1}, "historical": {"type": "boolean"},
})
ARTICLE = strict({
    "id": TEXT, "source": TEXT, "title": TEXT, "article_date": DATE, "language": {"enum": ["ar", "en"]},
    "places": {"type": "array", "items": PLACE}, "incidents": {"type": "array", "items": INCIDENT},
})

TXT = ("انفجرت عبوة ناسفة صباح اليوم على دورية للجيش العراقي في قضاء خانقين بمحافظة ديالى، "
       "ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.\n"
       "وفرضت القوات الأمنية طوقاً حول مكان الانفجار.")
ROWS = [
    {"id": "en-1", "text": "Two Katyusha rockets hit near Baghdad International Airport late on Sunday, "
                           "a security source said. One was intercepted by the C-RAM system.",
     "title": "Rockets near Baghdad airport", "date": "2025-05-05", "source": "Example Wire",
     "url": "https://news.example/en-1"},
    {"id": "ar-2", "text": "ناقش مجلس الوزراء خطة لمواجهة التصحر في محافظة البصرة.", "source": "وكالة المثال"},
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("contract")
    (folder / "khanaqin.txt").write_text(TXT, encoding="utf-8")
    lines = [json.dumps(row, ensure_ascii=False) for row in ROWS]
    (folder / "feed.jsonl").write_text(lines[0] + "\n{not json\n" + lines[1] + "\n", encoding="utf-8")
    return {"folder": str(folder), "khanaqin": TXT, **{row["id"]: row["text"] for row in ROWS}}


def run_parse(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING="ascii", LC_ALL="C", LANG="C")  # UTF-8 out anyway
    return subprocess.run([sys.executable, "-m", "extract", "parse", *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def parsed(inputs: dict[str, str]) -> tuple[list[dict], str]:
    folder = Path(inputs["folder"])
    done = run_parse(str(folder / "khanaqin.txt"), str(folder / "feed.jsonl"), "--article-date", "2025-05-05",
                     "--json")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    lines = done.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines], done.stderr.decode("utf-8")


def test_one_object_per_article_in_order(parsed: tuple[list[dict], str]) -> None:
    objects, _ = parsed
    assert [o["id"] for o in objects] == ["khanaqin", "en-1", "ar-2"]
    assert [o["language"] for o in objects] == ["ar", "en", "ar"]
    assert all(o["article_date"] == "2025-05-05" for o in objects)  # --article-date applies
    assert objects[1]["title"] == "Rockets near Baghdad airport" and objects[1]["source"] == "Example Wire"


def test_the_toll_is_in_the_contract(parsed: tuple[list[dict], str]) -> None:
    """«مقتل جنديين وإصابة ثلاثة آخرين»: two killed and three wounded, both in the output."""
    objects, _ = parsed
    [incident] = objects[0]["incidents"]
    assert (incident["fatalities"], incident["injuries"]) == (2, 3)


def test_every_object_matches_the_schema(parsed: tuple[list[dict], str]) -> None:
    objects, _ = parsed
    for obj in objects:
        jsonschema.validate(obj, ARTICLE)
    assert sum(len(o["incidents"]) for o in objects) >= 1  # the incident schema is exercised


def test_offsets_slice_back_to_the_surface(parsed: tuple[list[dict], str], inputs: dict[str, str]) -> None:
    objects, _ = parsed
    checked = 0
    for obj in objects:
        text = inputs[obj["id"]]
        for place in obj["places"]:
            assert text[place["start"]:place["end"]] == place["surface"]
            checked += 1
    assert checked >= 2


def test_evidence_comes_from_the_article(parsed: tuple[list[dict], str], inputs: dict[str, str]) -> None:
    objects, _ = parsed
    for obj in objects:
        for incident in obj["incidents"]:
            assert incident["evidence"] in inputs[obj["id"]]


def test_arabic_is_written_as_utf8_not_escapes(parsed: tuple[list[dict], str]) -> None:
    objects, _ = parsed
    assert objects[0]["places"] and any("\u0600" <= ch <= "\u06ff" for ch in objects[0]["places"][0]["surface"])


def test_bad_line_goes_to_stderr(parsed: tuple[list[dict], str]) -> None:
    _, stderr = parsed
    assert "feed.jsonl" in stderr and ":2" in stderr


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    done = run_parse(str(tmp_path / "blank.txt"), "--json")
    assert done.returncode != 0 and done.stdout == b""
    assert b"blank.txt" in done.stderr


def test_help_states_the_contract() -> None:
    done = run_parse("--help")
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    for key in ("article_date", "places", "incidents", "feature_type", "time_precision", "geo_precision",
                "fatalities", "injuries", "evidence", "confidence", "historical", "1 day, 2 week, 3 month"):
        assert key in out, key
