"""No module-level name of the packages is bound twice.

Twice in session 11 a new module-level constant (``_DEFINITE``, ``INSTRUMENT_CHARS``) silently
rebound an existing one of the same module, so every earlier use read the new value; ruff does not
flag it (F811 only covers a redefinition of an unused name). This check reads each module's syntax
tree and counts the names its module-level statements bind — assignments (``X = …``, ``X, Y = …``,
``X: int = …``), ``def``, ``class`` and imports — including those inside module-level ``if``/``try``/
``with``/``for`` blocks. A name bound twice fails unless it is listed in ``DELIBERATE`` with the
reason (a ``try``/``except ImportError`` fallback, an ``if TYPE_CHECKING`` import, ...).

Not counted, on purpose: augmented assignments (``__all__ += …`` adds to the name it rebinds), bare
annotations (``X: int`` binds nothing), loop and ``with`` targets (transient names), and names bound
inside functions and classes (``global`` caches are a function's business).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extract", "geo", "storage", "dashboard")

#: (module path relative to the repository, name) -> why binding it twice is deliberate.
DELIBERATE: dict[tuple[str, str], str] = {}


def _targets(node: ast.expr):
    if isinstance(node, ast.Name):
        yield node.id
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from _targets(element)
    elif isinstance(node, ast.Starred):
        yield from _targets(node.value)


def _statement_bindings(statement: ast.stmt):
    """(name, what binds it) for the names one statement binds in the namespace it runs in."""
    if isinstance(statement, ast.Assign):
        for target in statement.targets:
            for name in _targets(target):
                yield name, "assignment"
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        for name in _targets(statement.target):
            yield name, "assignment"
    elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield statement.name, type(statement).__name__
    elif isinstance(statement, ast.Import):
        for alias in statement.names:
            # ``import a.b`` and ``import a.c`` both bind the package ``a``: the same object.
            package = alias.name.partition(".")[0]
            yield alias.asname or package, "import" if alias.asname else f"import {package}"
    elif isinstance(statement, ast.ImportFrom):
        for alias in statement.names:
            yield alias.asname or alias.name, "import"


def module_bindings(source: str) -> dict[str, list[tuple[int, str]]]:
    """Each name the module level of ``source`` binds -> [(line, what binds it), ...]."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def walk(body: list[ast.stmt]) -> None:
        for statement in body:
            for name, kind in _statement_bindings(statement):
                found[name].append((statement.lineno, kind))
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue  # their bodies bind names of their own scope
            for field in ("body", "orelse", "finalbody"):
                walk([s for s in getattr(statement, field, []) if isinstance(s, ast.stmt)])
            for handler in getattr(statement, "handlers", []):
                walk(handler.body)
            for case in getattr(statement, "cases", []):
                walk(case.body)

    walk(ast.parse(source).body)
    return found


def bound_twice(source: str) -> dict[str, list[tuple[int, str]]]:
    """The names ``source`` binds more than once at module level (a repeated ``import a.b``-style
    binding of the same package counts once)."""
    twice = {}
    for name, places in module_bindings(source).items():
        kinds = [kind for _line, kind in places]
        if len(places) > 1 and not (kinds[0].startswith("import ") and len(set(kinds)) == 1):
            twice[name] = places
    return twice


@pytest.mark.parametrize("source, expected", [
    ("X = 1\nY = 2\nX = 3\n", {"X"}),                                  # a constant written again
    ("_DEFINITE = 'a'\ndef f():\n    return 1\n_DEFINITE = 'b'\n", {"_DEFINITE"}),
    ("A, B = 1, 2\nB = 3\n", {"B"}),                                   # tuple unpacking
    ("LIMIT: int = 40\nLIMIT = 160\n", {"LIMIT"}),                     # annotated
    ("from re import compile\ndef compile():\n    pass\n", {"compile"}),  # a def over an import
    ("class Row:\n    pass\nRow = dict\n", {"Row"}),
    ("if True:\n    X = 1\nelse:\n    X = 2\n", {"X"}),                # branches count too
    ("try:\n    import yaml\nexcept ImportError:\n    yaml = None\n", {"yaml"}),
    ("import os.path as p\nimport sys as p\n", {"p"}),
    # near misses that must not fail
    ("X = 1\nX += 2\n", set()),                                        # augmented: adds to X
    ("X: int\nX = 1\n", set()),                                        # a bare annotation binds nothing
    ("def f():\n    X = 1\n    X = 2\nX = 0\n", set()),                # a function's own names
    ("class C:\n    X = 1\n    X = 2\n", set()),                       # a class body's own names
    ("import os.path\nimport os\n", set()),                            # the same package twice
    ("for _k in 'ab':\n    pass\nfor _k in 'cd':\n    pass\n", set()),  # loop targets
])
def test_bound_twice_finds_rebindings(source: str, expected: set[str]) -> None:
    assert set(bound_twice(source)) == expected


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_there_are_modules() -> None:
    assert len(_modules()) > 60


def test_no_module_level_name_is_bound_twice() -> None:
    problems, listed = [], set()
    for path in _modules():
        module = path.relative_to(ROOT).as_posix()
        for name, places in bound_twice(path.read_text(encoding="utf-8")).items():
            if (module, name) in DELIBERATE:
                listed.add((module, name))
            else:
                problems.append(f"{module}: {name} bound at lines {', '.join(str(line) for line, _ in places)}")
    stale = sorted(set(DELIBERATE) - listed)
    assert not problems, "module-level names bound twice:\n" + "\n".join(problems)
    assert not stale, f"DELIBERATE lists names no longer bound twice: {stale}"
