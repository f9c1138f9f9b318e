"""YAML data files parsed with libyaml's C loader when PyYAML has it (ten times faster at start-up).

Every lexicon, rule and label file of the project goes through :func:`parse_yaml`, so the data is
read the same way everywhere and start-up pays the C loader's price, not the pure-Python one's.
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader when PyYAML was built with it (the PyPI wheels are), else the Python one.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: What a malformed file raises, the same for both loaders.
YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no Python objects can be constructed).

    Examples
    --------
    >>> parse_yaml("a: [1, two]")
    {'a': [1, 'two']}
    >>> try:
    ...     parse_yaml("!!python/object/apply:os.system [echo]")
    ... except YAMLError as exc:
    ...     type(exc).__name__
    'ConstructorError'
    """
    return yaml.load(text, Loader=SAFE_LOADER)
