"""bench/eval_real.py's "never seen" sealed figure leaves out the reports a tuner has read."""

import importlib.util
from pathlib import Path

from extract.evaluate_report import IncidentReport

ROOT = Path(__file__).resolve().parents[2]


def _eval_real():
    spec = importlib.util.spec_from_file_location("eval_real", ROOT / "bench" / "eval_real.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_without_leaves_out_the_listed_reports():
    eval_real = _eval_real()
    report = IncidentReport(per_article=[("a", 2, 0, 1), ("seen", 3, 1, 0), ("b", 1, 1, 1)])
    counts = eval_real.counts_without(report, {"seen"})
    assert (counts.tp, counts.fp, counts.fn) == (3, 1, 2)


def test_seen_list_skips_comments_and_blank_lines(tmp_path):
    listing = tmp_path / "seen.txt"
    listing.write_text("# why they were seen\n\nwcp-2016-01-17\nwcp-2020-02-02  # a note\n", encoding="utf-8")
    assert _eval_real().seen_sealed_ids(listing) == {"wcp-2016-01-17", "wcp-2020-02-02"}


def test_every_listed_report_is_a_sealed_report():
    """A typo in the list would silently count a seen report as never seen."""
    eval_real = _eval_real()
    sealed_ids = {p.stem for d in eval_real.gold_dirs("sealed") for p in d.glob("*.json")}
    assert eval_real.seen_sealed_ids() <= sealed_ids


def test_casualty_summary_line():
    from extract.evaluate_report import Agreement

    report = IncidentReport(fatalities=Agreement(exact=3, gold_only=1, pred_only=0, different=0),
                            injuries=Agreement(exact=2, gold_only=0, pred_only=1, different=1))
    line = _eval_real().casualty_summary("real/x", report)
    assert line == ("real/x                       casualties fatalities 3/4 (0.750; gold-only 1, pred-only 0, "
                    "different 0)  injuries 2/4 (0.500; gold-only 0, pred-only 1, different 1)")
