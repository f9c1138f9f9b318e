"""The command line, in-process: parse listing, ingest twice, export with filters, seed, evaluate."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from extract import cli
from storage.queries import Filters

DIYALA_IED = ("انفجرت عبوة ناسفة صباح اليوم على دورية للجيش العراقي في قضاء خانقين بمحافظة ديالى، "
              "ما أسفر عن مقتل جنديين.")
KIRKUK_CLASH = ("Security forces clashed with Islamic State militants on Sunday on the outskirts of Kirkuk; "
                "three militants were killed, police said.")
POLICY = "ناقش مجلس الوزراء خطة لمواجهة التصحر في المحافظات الجنوبية."


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "k1", "text": DIYALA_IED, "title": "عبوة في خانقين", "date": "2025-02-20",
                    "source": "Shafaq News", "url": "https://news.example/k1"}, ensure_ascii=False),
        "{this line is broken",
        json.dumps({"id": "k2", "text": KIRKUK_CLASH, "date": "2025-03-03", "source": "Rudaw",
                    "url": "https://news.example/k2"}),
        json.dumps({"id": "p1", "text": POLICY, "date": "2025-03-01", "source": "INA"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_parse_help_documents_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["parse", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for word in ("--article-date", "--json", '"places"', '"incidents"', "time_precision", "geo_precision",
                 "1 day, 2 week, 3 month", "1 exact place", "Shelling/artillery/missile attack",
                 "start/end", ".jsonl"):
        assert word in out, word


def test_parse_human_listing(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(feed)]) == 0
    captured = capsys.readouterr()
    assert "k1 [ar, 2025-02-20] عبوة في خانقين" in captured.out
    assert "Remote explosive/landmine/IED" in captured.out
    assert ":2" in captured.err  # the broken line is reported with its number


def test_parse_nothing_readable_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli.main(["parse", "--json", str(empty)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "empty.txt" in captured.err


def test_parse_rejects_a_bad_article_date(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["parse", str(feed), "--article-date", "20-02-2025"])
    assert stop.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_twice_then_export(feed: Path, db_url: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ingest", str(feed), "--db", db_url]) == 0
    first = capsys.readouterr().err
    assert "added 3 articles, 0 duplicates" in first
    assert "rejected" in first and "feed.jsonl:2" in first
    assert "3/3 articles" in first  # the progress bar

    assert cli.main(["ingest", str(feed), "--db", db_url]) == 0
    second = capsys.readouterr().err
    assert "added 0 articles, 3 duplicates, 0 new incidents" in second

    out = tmp_path / "diyala.csv"
    assert cli.main(["export", "--db", db_url, "--gov", "Diyala", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["admin1"] == "Diyala"
    assert rows[0]["sub_event_type"] == "Remote explosive/landmine/IED" and rows[0]["source"] == "Shafaq News"
    assert "wrote 1 incidents" in capsys.readouterr().err


def test_export_geojson_to_stdout_and_default_name(feed: Path, db_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    cli.main(["ingest", str(feed), "--db", db_url])
    capsysbinary.readouterr()
    assert cli.main(["export", "--db", db_url, "--format", "geojson", "--out", "-"]) == 0
    collection = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["admin1"] for f in collection["features"]} >= {"Diyala", "Kirkuk"}
    monkeypatch.chdir(tmp_path)
    assert cli.main(["export", "--db", db_url, "--gov", "Kirkuk", "--from", "2025-01-01"]) == 0
    [written] = tmp_path.glob("incidents_Kirkuk_2025-01-01_end_exported-*.csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("argv, expected", [
    ([], Filters()),
    (["--gov", "Diyala", "Kirkuk", "--from", "2025-01-01", "--to", "2025-03-31"],
     Filters(governorates=("Diyala", "Kirkuk"), date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))),
    (["--type", "Battles", "--sub-type", "Armed clash", "--actor", "ISIS", "--actor", "PMF"],
     Filters(event_types=("Battles",), sub_event_types=("Armed clash",), actors=("ISIS", "PMF"))),
    (["--source", "شفق نيوز", "--text", "عبوة", "--include-rejected"],
     Filters(sources=("شفق نيوز",), text="عبوة", include_rejected=True)),
    (["--country", "all"], Filters(country="")),
    (["--country", "sy"], Filters(country="SY")),
])
def test_export_options_are_the_dashboard_filters(argv: list[str], expected: Filters) -> None:
    args = cli.build_parser().parse_args(["export", *argv])
    assert cli.filters_from_args(args) == expected


def test_seed_fills_once(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["seed", "--db", db_url]) == 0
    first = capsys.readouterr().err
    assert first.startswith("seeded ") and int(first.split()[1]) >= 30
    assert cli.main(["seed", "--db", db_url]) == 0
    assert "already holds articles" in capsys.readouterr().err


def test_evaluate_calls_the_evaluator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    import extract.evaluate

    calls = []

    class Report:
        def format(self, *, verbose: bool = False) -> str:
            return "incidents: precision 1.00 recall 1.00 F1 1.00" + (" (verbose)" if verbose else "")

    def fake(gold_dirs, *, gazetteer=None):
        calls.append(gold_dirs)
        return Report()

    monkeypatch.setattr(extract.evaluate, "evaluate_dirs", fake)
    assert cli.main(["evaluate", str(tmp_path), str(tmp_path / "b"), "-v"]) == 0
    assert calls == [[tmp_path, tmp_path / "b"]]
    assert "F1 1.00 (verbose)" in capsys.readouterr().out


@pytest.mark.parametrize("done, total, expected", [
    (5, 10, "[###...] 5/10 articles"),
    (10, 10, "[######] 10/10 articles"),
    (7, None, "\r7 articles"),
])
def test_progress_bar(done: int, total: int | None, expected: str) -> None:
    stream = io.StringIO()
    cli.ProgressBar(stream, width=6)(done, total)
    assert expected in stream.getvalue()
    assert stream.getvalue().endswith("\n") == (total == done)


def test_parse_with_workers_gives_the_serial_output_in_input_order(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Enough articles for several chunks per worker, alternating languages so a reordering shows.
    path = tmp_path / "many.jsonl"
    texts = [DIYALA_IED, KIRKUK_CLASH, POLICY]
    rows = [{"id": f"a{i:03d}", "text": texts[i % 3], "date": f"2025-03-{1 + i % 28:02d}"} for i in range(150)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")

    assert cli.main(["parse", str(path), "--json"]) == 0
    serial = capsys.readouterr().out.splitlines()
    assert cli.main(["parse", str(path), "--json", "--workers", "2"]) == 0
    parallel = capsys.readouterr().out.splitlines()

    assert [json.loads(line)["id"] for line in parallel] == [r["id"] for r in rows]
    assert parallel == serial


def test_export_refuses_a_country_that_is_no_code(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--db", db_url, "--country", "Syria", "--out", "-"]) == 2
    assert "--country 'Syria'" in capsys.readouterr().err


def test_export_refuses_a_search_too_short_to_apply(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--db", db_url, "--text", "IS", "--out", "-"]) == 2
    assert "--text needs at least 3 characters" in capsys.readouterr().err
