"""Score records of one evaluation, and their rendering as text or JSON.

Kept apart from the scoring so that a caller (the CLI, a notebook, a benchmark) can read
and print a ``Report`` without knowing how it was computed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

SCORED_TABLES = ("entities", "dates", "figures", "relations")
RELATION_TYPES = ("visit", "meeting", "membership", "founding", "position", "agreement",
                  "ranking", "statistic", "located_in")
METADATA_FIELDS = ("title", "published", "publisher")


@dataclass
class Score:
    """Counts of one matching; precision/recall are 1.0 when there was nothing to get wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """right out of total; ``value`` is None when there was nothing to count."""

    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    def count(self, ok: bool) -> None:
        self.total += 1
        self.right += int(bool(ok))

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class MetadataCheck:
    gold: str | None
    predicted: str
    right: bool


@dataclass
class DocReport:
    """Scores and differences for one gold document."""

    gold_file: str
    document: str
    found: bool
    doc_id: str = ""
    source_path: str = ""
    scores: dict[str, Score] = field(default_factory=dict)
    relation_types: dict[str, Score] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    relation_date: Ratio = field(default_factory=Ratio)
    relation_date_gold: Ratio = field(default_factory=Ratio)
    figure_qualifier: Ratio = field(default_factory=Ratio)
    figure_qualifier_gold: Ratio = field(default_factory=Ratio)
    metadata: dict[str, MetadataCheck] = field(default_factory=dict)
    body_include: Ratio = field(default_factory=Ratio)
    body_exclude: Ratio = field(default_factory=Ratio)
    body_failures: list[str] = field(default_factory=list)
    date_disagreements: list[str] = field(default_factory=list)
    qualifier_disagreements: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Micro-averaged scores over all gold documents, plus the per-document detail."""

    gold_dir: str
    outputs_dir: str
    documents: list[DocReport] = field(default_factory=list)
    tables: dict[str, Score] = field(default_factory=dict)
    relation_types: dict[str, Score] = field(default_factory=dict)
    relation_date: Ratio = field(default_factory=Ratio)
    relation_date_gold: Ratio = field(default_factory=Ratio)
    figure_qualifier: Ratio = field(default_factory=Ratio)
    figure_qualifier_gold: Ratio = field(default_factory=Ratio)
    metadata: dict[str, Ratio] = field(default_factory=dict)
    body_include: Ratio = field(default_factory=Ratio)
    body_exclude: Ratio = field(default_factory=Ratio)
    missing_documents: list[str] = field(default_factory=list)
    table_sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> Ratio:
        total = Ratio()
        total.add(self.body_include)
        total.add(self.body_exclude)
        return total


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _ratio(ratio: Ratio) -> str:
    return f"{ratio.right}/{ratio.total} ({_pct(ratio.value).strip()})"


def _score_rows(scores: dict[str, Score], header: str) -> list[str]:
    width = max([len(header)] + [len(k) for k in scores]) + 2
    lines = [f"{header:<{width}}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}"
             f"{'f1':>8}"]
    for name, s in scores.items():
        lines.append(f"{name:<{width}}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}"
                     f"{s.recall:>8.3f}{s.f1:>8.3f}")
    return lines


def format_report(report: Report, detail: bool = False) -> str:
    """A plain-text summary; with ``detail`` also per-document rows and every difference."""
    found = len(report.documents) - len(report.missing_documents)
    lines = [
        f"Gold: {report.gold_dir} ({len(report.documents)} documents)",
        f"Outputs: {report.outputs_dir} ({found} of them found)",
        "Tables read: " + ", ".join(f"{k}={v}" for k, v in report.table_sources.items()),
        "",
    ]
    lines += _score_rows(report.tables, "table")
    lines.append("")
    if report.relation_types:
        lines += _score_rows(report.relation_types, "relation type")
        lines.append("")
    lines += [
        "Accuracy",
        f"  relation date agrees (of matched relations; both empty agrees): "
        f"{_ratio(report.relation_date)}",
        f"  relation date agrees (of matched relations whose gold has a date): "
        f"{_ratio(report.relation_date_gold)}",
        f"  figure qualifier agrees (of matched figures; both empty agrees): "
        f"{_ratio(report.figure_qualifier)}",
        f"  figure qualifier agrees (of matched figures whose gold has a qualifier): "
        f"{_ratio(report.figure_qualifier_gold)}",
    ]
    for name, ratio in report.metadata.items():
        lines.append(f"  metadata {name}: {_ratio(ratio)}")
    lines.append(
        f"  body snippets right: {_ratio(report.body)} (must_include found "
        f"{_ratio(report.body_include)}, must_exclude absent {_ratio(report.body_exclude)})"
    )
    if report.missing_documents:
        lines += ["", "Gold documents with no output document (all items missed):"]
        lines += [f"  {name}" for name in report.missing_documents]
    if report.warnings:
        lines += ["", "Warnings:"] + [f"  {w}" for w in report.warnings]
    if detail:
        lines += ["", "Per document (F1: entities dates figures relations)"]
        width = max([len(d.document) for d in report.documents] + [8]) + 2
        for d in report.documents:
            f1s = "".join(f"{d.scores[t].f1:>8.3f}" for t in SCORED_TABLES)
            state = "" if d.found else "  (no output document)"
            lines.append(f"  {d.document:<{width}}{f1s}{state}")
        for d in report.documents:
            lines += _document_detail(d)
    return "\n".join(lines)


def _document_detail(doc: DocReport) -> list[str]:
    where = f"{doc.source_path} [{doc.doc_id}]" if doc.found else "no output document"
    lines = ["", f"== {doc.document} (gold {doc.gold_file}; output {where})"]
    for table in SCORED_TABLES:
        s = doc.scores[table]
        lines.append(f"  {table}: tp {s.tp} fp {s.fp} fn {s.fn}  "
                     f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
        lines += [f"    missed:   {item}" for item in doc.missed.get(table, [])]
        lines += [f"    spurious: {item}" for item in doc.spurious.get(table, [])]
    lines += [f"  relation date differs: {item}" for item in doc.date_disagreements]
    lines += [f"  figure qualifier differs: {item}" for item in doc.qualifier_disagreements]
    for name, check in doc.metadata.items():
        mark = "ok" if check.right else "WRONG"
        lines.append(f"  metadata {name}: {mark} (gold {check.gold!r}, ours {check.predicted!r})")
    lines += [f"  body {item}" for item in doc.body_failures]
    return lines


def _score_dict(score: Score) -> dict:
    return {"tp": score.tp, "fp": score.fp, "fn": score.fn, "precision": score.precision,
            "recall": score.recall, "f1": score.f1}


def _ratio_dict(ratio: Ratio) -> dict:
    return {"right": ratio.right, "total": ratio.total, "accuracy": ratio.value}


def report_to_dict(report: Report) -> dict:
    """The report as plain JSON-ready data (for ``--json``)."""
    return {
        "gold_dir": report.gold_dir,
        "outputs_dir": report.outputs_dir,
        "tables": {k: _score_dict(v) for k, v in report.tables.items()},
        "relation_types": {k: _score_dict(v) for k, v in report.relation_types.items()},
        "relation_date": _ratio_dict(report.relation_date),
        "relation_date_gold_dated": _ratio_dict(report.relation_date_gold),
        "figure_qualifier": _ratio_dict(report.figure_qualifier),
        "figure_qualifier_gold_qualified": _ratio_dict(report.figure_qualifier_gold),
        "metadata": {k: _ratio_dict(v) for k, v in report.metadata.items()},
        "body": _ratio_dict(report.body),
        "body_must_include": _ratio_dict(report.body_include),
        "body_must_exclude": _ratio_dict(report.body_exclude),
        "missing_documents": list(report.missing_documents),
        "table_sources": dict(report.table_sources),
        "warnings": list(report.warnings),
        "documents": [
            {
                "gold_file": d.gold_file,
                "document": d.document,
                "found": d.found,
                "doc_id": d.doc_id,
                "source_path": d.source_path,
                "scores": {k: _score_dict(d.scores[k]) for k in SCORED_TABLES},
                "relation_types": {k: _score_dict(d.relation_types[k])
                                   for k in type_order(d.relation_types)},
                "missed": {k: list(d.missed.get(k, [])) for k in SCORED_TABLES},
                "spurious": {k: list(d.spurious.get(k, [])) for k in SCORED_TABLES},
                "metadata": {k: {"gold": c.gold, "predicted": c.predicted, "right": c.right}
                             for k, c in d.metadata.items()},
                "body_failures": list(d.body_failures),
                "relation_date_disagreements": list(d.date_disagreements),
                "figure_qualifier_disagreements": list(d.qualifier_disagreements),
            }
            for d in report.documents
        ],
    }


def type_order(types: Iterable[str]) -> list[str]:
    """Relation types in the order of FORMAT.md, unknown ones after them."""
    known = [t for t in RELATION_TYPES if t in types]
    return known + sorted(t for t in types if t not in RELATION_TYPES)
