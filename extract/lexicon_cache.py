"""The shipped lexicons, validated once and then read from a pickle while no file they come from changes;
with them the phrase matchers built from them.

Reading ``triggers.yaml``, ``cues.yaml``, ``actors.yaml``, ``words.yaml``, ``dates.yaml`` and ``numbers.yaml`` and
checking every entry (each of the thousand-odd regexes is compiled to be checked) cost about a
quarter of a second of CPU at every start of ``python -m extract parse``: more than a one-article
parse itself. The validated result is pickled with :func:`geo.cache.cached_pickle` (the gazetteer's
mechanism, same directory), keyed on a SHA-256 of the YAML files, the code that reads and checks
them and the Python version; a changed file gives a new key and the data is validated again, so a
malformed lexicon still fails with its :class:`~extract.lexicon.LexiconError` as before.

The trigger, cue and actor matchers of both languages are pickled with them (building them, which
reads every regex entry for its gate words, cost another 0.05-0.1 s); their regexes are compiled in
each process when first needed (:class:`~extract.phrases.PhraseMatcher`).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import Any

from geo.cache import cached_pickle, files_digest

EXTRACT_DIR = Path(__file__).resolve().parent
_PREFIX = "lexicons-"
#: The code the validated lexicons depend on, besides ``extract/data/*.yaml``.
CODE = ("extract/lexicon.py", "extract/lexicon_dates.py", "extract/acled_types.py", "extract/lexicon_cache.py",
        "extract/phrases.py", "extract/anchors.py", "extract/events.py", "extract/actors.py", "geo/yaml_data.py", "geo/normalize.py")


def fingerprint() -> str:
    """SHA-256 of the lexicon files, the code that validates them and the Python version."""
    root = EXTRACT_DIR.parent
    digest = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    files_digest(digest, root, [*(EXTRACT_DIR / "data").glob("*.yaml"), *(root / name for name in CODE)])
    return digest.hexdigest()


def _build() -> dict[str, Any]:
    from extract.actors import actor_matcher
    from extract.events import class_matchers, cue_matcher, trigger_matcher
    from extract.lexicon import _read, validate_actors, validate_cues, validate_triggers, validate_words
    from extract.lexicon_dates import load_dates, load_numbers

    triggers = validate_triggers(_read("triggers.yaml"))
    cues = validate_cues(_read("cues.yaml"))
    actors = validate_actors(_read("actors.yaml"))
    matchers = {}
    for lang in ("ar", "en"):
        matchers["triggers", lang] = trigger_matcher(lang, triggers)
        matchers["cues", lang] = cue_matcher(lang, cues)
        matchers["cue_classes", lang] = class_matchers(lang, cues)
        matchers["actors", lang] = actor_matcher(lang, actors)
    return {"triggers": triggers, "cues": cues, "actors": actors, "dates": load_dates(), "numbers": load_numbers(),
            "words": validate_words(_read("words.yaml")), "matchers": matchers}


@cache
def shipped() -> dict[str, Any]:
    """The validated shipped lexicons by name: ``triggers``, ``cues``, ``actors``, ``words``, ``dates``
    and ``numbers``, and ``matchers``: the phrase matchers by (``"triggers"``, ``"cues"`` or ``"actors"``,
    language), and by (``"cue_classes"``, language) the matchers of the cue classes looked for alone
    (``extract.events.class_matchers``); once per process."""
    return cached_pickle(_PREFIX, fingerprint(), _build)
