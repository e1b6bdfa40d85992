"""Score the pipeline's output tables against gold annotation files (``eval/FORMAT.md``).

``evaluate(gold_dir, outputs_dir)`` reads every gold JSON file and the output tables
(Parquet preferred, CSV otherwise), matches each gold document to its output document by
file name and scores entities, dates, figures and relations with one-to-one matching,
micro-averaged over documents. Metadata, body snippets, relation dates and figure
qualifiers get accuracy figures of their own. Only gold documents are scored: output
documents without a gold file are ignored, a gold document without output counts every
gold item as missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from pipeline.evaluate.dates import score_dates
from pipeline.evaluate.entities import score_entities
from pipeline.evaluate.figures import score_figures
from pipeline.evaluate.metadata import score_body, score_metadata
from pipeline.evaluate.names import GoldNames, PredictedNames, items_of
from pipeline.evaluate.read import DocumentIndex, GoldFormatError, Outputs, load_gold, load_outputs
from pipeline.evaluate.relations import score_relations
from pipeline.evaluate.report import (
    METADATA_FIELDS,
    SCORED_TABLES,
    DocReport,
    Ratio,
    Report,
    Score,
    format_report,
    report_to_dict,
    type_order,
)

__all__ = ["GoldFormatError", "Report", "evaluate", "format_report", "main", "report_to_dict"]


def score_document(rel: str, gold: dict, outputs: Outputs, index: DocumentIndex,
                   warnings: list[str]) -> DocReport:
    document = gold["document"]
    row, candidates = index.find(document)
    if candidates > 1:
        warnings.append(f"{rel}: {candidates} output documents named {document}; "
                        f"scored {row.get('source_path', '')} ({row.get('doc_id', '')})")
    doc = DocReport(gold_file=rel, document=document, found=row is not None)
    if row is not None:
        doc.doc_id, doc.source_path = row.get("doc_id", ""), row.get("source_path", "")

    def rows(table: str) -> list[dict[str, str]]:
        return outputs.by_doc[table].get(doc.doc_id, []) if row is not None else []

    names = PredictedNames(outputs, rows("mentions"))
    entities = items_of(gold, "entities")
    score_entities(entities, names, doc)
    score_dates(items_of(gold, "dates"), rows("dates"), doc)
    score_figures(items_of(gold, "figures"), rows("figures"), doc)
    score_relations(items_of(gold, "relations"), GoldNames(entities), rows("relations"), names,
                    doc)
    score_metadata(gold, row, doc)
    score_body(gold, row, doc)
    return doc


def evaluate(gold_dir: Path, outputs_dir: Path) -> Report:
    """Score the tables in ``outputs_dir`` against the gold files in ``gold_dir``."""
    gold_dir, outputs_dir = Path(gold_dir), Path(outputs_dir)
    gold_files, warnings = load_gold(gold_dir)
    outputs = load_outputs(outputs_dir)
    warnings.extend(outputs.warnings)
    report = Report(gold_dir=str(gold_dir), outputs_dir=str(outputs_dir),
                    table_sources=dict(outputs.sources))
    report.tables = {name: Score() for name in SCORED_TABLES}
    report.metadata = {name: Ratio() for name in METADATA_FIELDS}
    per_type: dict[str, Score] = defaultdict(Score)
    index = DocumentIndex(outputs.documents)
    for rel, gold in gold_files:
        doc = score_document(rel, gold, outputs, index, warnings)
        report.documents.append(doc)
        if not doc.found:
            report.missing_documents.append(doc.document)
        for name in SCORED_TABLES:
            report.tables[name].add(doc.scores[name])
        for rtype, score in doc.relation_types.items():
            per_type[rtype].add(score)
        for attr in ("relation_date", "relation_date_gold", "figure_qualifier",
                     "figure_qualifier_gold", "body_include", "body_exclude"):
            getattr(report, attr).add(getattr(doc, attr))
        for name, check in doc.metadata.items():
            report.metadata[name].count(check.right)
    report.relation_types = {t: per_type[t] for t in type_order(per_type)}
    report.warnings = warnings
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate --gold DIR --outputs DIR [--detail] [--json]``."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__)
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    parser.add_argument("--outputs", type=Path, default=Path("outputs"),
                        help="folder holding the output tables (default: outputs)")
    parser.add_argument("--detail", action="store_true", help="list per-document differences")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.gold, args.outputs)
    except GoldFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False, sort_keys=False))
    else:
        print(format_report(report, detail=args.detail))
    return 0

