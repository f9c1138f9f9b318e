"""YAML data files parsed with libyaml's C loader when PyYAML has it (ten times faster at start-up).

Every lexicon, rule and label file of the project goes through :func:`parse_yaml`, so the data is
read the same way everywhere and start-up pays the C loader's price, not the pure-Python one's.
"""

from __future__ import annotations

from typing import Any


def parse_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no Python objects can be constructed): libyaml's when
    PyYAML was built with it (the PyPI wheels are), else the Python one. A malformed text raises
    ``yaml.YAMLError``, the same for both loaders.

    Examples
    --------
    >>> parse_yaml("a: [1, two]")
    {'a': [1, 'two']}
    >>> import yaml
    >>> try:
    ...     parse_yaml("!!python/object/apply:os.system [echo]")
    ... except yaml.YAMLError as exc:
    ...     type(exc).__name__
    'ConstructorError'
    """
    import yaml  # here: a parse whose lexicons come from their pickle never loads PyYAML (0.02 s)

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
