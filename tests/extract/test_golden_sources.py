"""The hand-written sources of the real-report sets are well-formed YAML mappings.

An evidence fragment with a ', ' written on its own lines once turned into keys of the incident
(``south of Mosul: null``): the incident's evidence was cut at its first comma and nothing failed.
"""

import re
from pathlib import Path

import pytest
import yaml

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SOURCES = sorted(GOLDEN.glob("*/*/src/articles_*.yaml"))
KEY = re.compile(r"[a-z_]+")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_every_incident_key_is_a_field_name(path: Path) -> None:
    articles = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    odd = [(article["id"], key) for article in articles for incident in article.get("incidents") or []
           for key in incident if not KEY.fullmatch(str(key))]
    assert not odd, f"{path.name}: incident keys that are not field names (a fragment split by YAML?)"


def test_sources_are_found() -> None:
    assert len(SOURCES) >= 10
