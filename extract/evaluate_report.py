"""The scores of :mod:`extract.evaluate`: counts, per-language and per-type tables, the type
confusion table and (verbose) every missed and spurious incident, for error analysis."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extract.acled_types import acled_types

MISSED, SPURIOUS = "(missed)", "(spurious)"
#: Short column names for the confusion table, in ACLED's order.
SHORT = {t.event_type: t.code for t in acled_types()} | {MISSED: "miss", SPURIOUS: "spur"}


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def line(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(TP {self.tp}, FP {self.fp}, FN {self.fn})")


@dataclass
class Agreement:
    """How a count (fatalities or injuries) of matched core incidents agrees with the gold's:
    ``exact`` both the same (both silent counts too), ``gold_only`` the gold has a number and the
    prediction none, ``pred_only`` the prediction a number and the gold none, ``different`` both
    a number, not the same."""

    exact: int = 0
    gold_only: int = 0
    pred_only: int = 0
    different: int = 0

    @property
    def total(self) -> int:
        return self.exact + self.gold_only + self.pred_only + self.different

    @property
    def rate(self) -> float:
        return self.exact / self.total if self.total else 0.0

    def add(self, gold: int | None, pred: int | None) -> None:
        """Count one matched pair: the gold's number (None when silent) and the prediction's."""
        if gold == pred:
            self.exact += 1
        elif pred is None:
            self.gold_only += 1
        elif gold is None:
            self.pred_only += 1
        else:
            self.different += 1

    def line(self) -> str:
        return (f"exact {self.exact}/{self.total} ({self.rate:.3f}); gold a number, prediction none {self.gold_only}; "
                f"prediction a number, gold none {self.pred_only}; both, different {self.different}")


@dataclass(frozen=True)
class Miss:
    """A missed gold incident or a spurious prediction, described for a reader."""

    article: str
    kind: str  # "missed" or "spurious"
    event_type: str
    sub_event_type: str
    place: str
    date: str
    evidence: str
    note: str = ""  # the gold id, or the trigger; "type" when only the type was wrong

    def format(self) -> str:
        head = f"  {self.article} {self.kind:8} {self.event_type} / {self.sub_event_type} @ {self.place} {self.date}"
        return f"{head} {self.note}\n      «{' '.join(self.evidence.split())[:220]}»"


@dataclass
class IncidentReport:
    """Scores over one or more gold directories."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    subtype_correct: int = 0
    borderline_predicted: int = 0
    policy_talk: int = 0
    historical_tp: int = 0
    historical_total: int = 0
    historical_flagged: int = 0  # matched historical gold whose prediction says historical
    current_flagged_historical: int = 0  # matched current gold whose prediction says historical
    untyped: Counts = field(default_factory=Counts)  # place and date only
    clusters: int = 0
    clusters_found: int = 0
    clusters_merged: int = 0
    dedup_available: bool = False
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_type: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type) -> n
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    subtype_misses: list[str] = field(default_factory=list)
    missing_texts: list[str] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)
    fatalities: Agreement = field(default_factory=Agreement)  # on matched core incidents
    injuries: Agreement = field(default_factory=Agreement)
    casualty_misses: list[str] = field(default_factory=list)  # "<gold id>: fatalities 3 (gold 4)"

    @property
    def counts(self) -> Counts:
        return Counts(self.tp, self.fp, self.fn)

    @property
    def precision(self) -> float:
        return self.counts.precision

    @property
    def recall(self) -> float:
        return self.counts.recall

    @property
    def f1(self) -> float:
        return self.counts.f1

    def _table(self, title: str, rows: dict[str, Counts]) -> list[str]:
        width = max([len(k) for k in rows] + [8])
        return [title, *[f"  {k:{width}} {c.line()}" for k, c in sorted(rows.items())]]

    def confusion_lines(self) -> list[str]:
        """Gold type (rows) against predicted type (columns), with missed and spurious ones."""
        order = [t for t in SHORT if t not in (MISSED, SPURIOUS)]
        rows = [t for t in order if any(g == t for g, _ in self.confusion)] + \
            ([SPURIOUS] if any(g == SPURIOUS for g, _ in self.confusion) else [])
        cols = [t for t in order if any(p == t for _, p in self.confusion)] + \
            ([MISSED] if any(p == MISSED for _, p in self.confusion) else [])
        lines = ["type confusion (rows gold, columns predicted; place and date agree):",
                 "  " + " " * 6 + "".join(f"{SHORT[c]:>6}" for c in cols)]
        for r in rows:
            lines.append(f"  {SHORT[r]:6}" + "".join(f"{self.confusion.get((r, c), 0) or '.':>6}" for c in cols))
        return lines

    def casualty_lines(self) -> list[str]:
        """The agreement of fatalities and of injuries on matched core incidents."""
        return [f"fatalities on matched core incidents: {self.fatalities.line()}",
                f"injuries on matched core incidents: {self.injuries.line()}"]

    def format(self, *, verbose: bool = False) -> str:
        """A human-readable report; ``verbose`` lists every missed and spurious incident."""
        lines = [
            f"incidents (core): {self.counts.line()}",
            f"untyped (place and date only): {self.untyped.line()}",
            f"sub-event type accuracy on matches: {self.subtype_correct}/{self.tp}",
            f"borderline gold predicted (not scored): {self.borderline_predicted}",
            f"historical core incidents found: {self.historical_tp}/{self.historical_total}, "
            f"flagged historical: {self.historical_flagged}/{self.historical_tp}; "
            f"current ones flagged historical: {self.current_flagged_historical}",
            f"incidents produced from policy talk: {self.policy_talk}",
            f"dedup clusters ('same'): {self.clusters}, all members found: {self.clusters_found}, "
            + (f"merged by extract.dedup.same_event: {self.clusters_merged}" if self.dedup_available
               else "extract.dedup.same_event not available"),
            *self.casualty_lines(),
        ]
        if len(self.by_language) > 1:
            lines += self._table("per language:", self.by_language)
        lines += self._table("per event type (gold type for TP/FN, predicted for FP):", self.by_type)
        lines += self.confusion_lines()
        lines += ["per article (id: TP FP FN):", *[f"  {a}: {tp} {fp} {fn}" for a, tp, fp, fn in self.per_article]]
        if self.missing_texts:
            lines.append(f"gold files without their article text (not scored): {', '.join(self.missing_texts)}")
        if self.false_positives and not verbose:
            lines += ["false positives:", *[f"  {x}" for x in self.false_positives]]
        if self.subtype_misses:
            lines += ["sub-event type misses:", *[f"  {x}" for x in self.subtype_misses]]
        if verbose and self.casualty_misses:
            lines += ["casualty count disagreements (matched core incidents):", *[f"  {x}" for x in self.casualty_misses]]
        if verbose and self.errors:
            lines += ["missed and spurious incidents:", *[e.format() for e in self.errors]]
        return "\n".join(lines)
