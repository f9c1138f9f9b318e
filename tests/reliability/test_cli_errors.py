"""CLI errors are one clear line and exit status 2, never a traceback; an unknown governorate names
the close one.

Before: a bad ``--out``, a bad ``--db`` URL and an unreachable PostgreSQL printed tracebacks (exit 1),
and ``--gov Diyal`` exported 0 rows silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.cli import main


@pytest.mark.parametrize("argv, message", [
    (["export", "--out", "{tmp}/no/such/folder/x.csv"], "cannot write --out"),
    (["export", "--out", "{tmp}"], "it is a folder"),
    (["export", "--out", "-", "--gov", "Diyal"], "unknown governorate 'Diyal'; did you mean 'Diyala'?"),
    (["export", "--out", "-", "--gov", "Nineveh", "Basrah"], "did you mean 'Basra'?"),
    (["export", "--out", "-", "--db", "notaurl://x"], "bad database URL 'notaurl://x'"),
    (["export", "--out", "-", "--db", "postgresql://u:secret@127.0.0.1:1/iim"],
     "cannot open the database postgresql://u:***@127.0.0.1:1/iim: connection failed"),
    (["ingest", "{tmp}", "--db", "postgresql://u:secret@127.0.0.1:1/iim"], "cannot open the database"),
    (["seed", "--db", "sqlite:////no/such/folder/x.sqlite3"], "cannot open the database"),
    (["db", "upgrade", "--db", "sqlite:////no/such/folder/x.sqlite3"], "unable to open database file"),
])
def test_one_clear_line_and_exit_2(argv: list[str], message: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    code = main([arg.replace("{tmp}", str(tmp_path)) for arg in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err
    assert "secret" not in err  # the password is never printed


def test_a_known_governorate_without_incidents_is_no_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    assert main(["export", "--out", "-", "--gov", "Diyala"]) == 0
