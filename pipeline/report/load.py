"""Read the output tables the report shows, once, grouped by document.

The report re-extracts nothing: every name, number and offset on its pages comes from
these rows. Parquet is read rather than CSV because it keeps types (a figure's value is a
float, an empty id is null) and lets us read only the columns a page shows. The
per-document tables are written in ``doc_id`` order, so grouping is one pass.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.output.schema import TABLES

# The columns each page uses, per table; the rest stays on disk.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source_path", "source_line", "title", "published", "publisher",
                  "url", "language", "body", "published_source", "status", "encoding"),
    "entities": ("entity_id", "name", "type", "aliases", "mention_count", "document_count"),
    "mentions": ("doc_id", "mention_id", "start", "end", "text", "label", "entity_id",
                 "title", "rule"),
    "dates": ("doc_id", "date_id", "start", "end", "text", "value", "kind", "granularity",
              "note"),
    "figures": ("doc_id", "figure_id", "start", "end", "text", "value", "unit", "qualifier",
                "about"),
    "relations": ("doc_id", "relation_id", "type", "subject_id", "object_id", "role",
                  "metric", "value", "unit", "date", "evidence", "rule", "figure_id"),
    "errors": ("source_path", "stage", "message"),
}
PER_DOCUMENT = ("mentions", "dates", "figures", "relations")


class MissingTables(FileNotFoundError):
    """OUT does not hold the tables of a run (``pipeline extract`` was not run there)."""


@dataclass
class ReportData:
    documents: list[dict]  # in the documents table's order (by source path)
    entities: dict[str, dict]  # entity_id -> row
    per_doc: dict[str, dict[str, list[dict]]]  # table -> doc_id -> rows, in table order
    errors: list[dict]
    row_counts: dict[str, int] = field(default_factory=dict)  # every table found in OUT

    def rows(self, table: str, doc_id: str) -> list[dict]:
        return self.per_doc[table].get(doc_id, [])

    def relations(self) -> list[dict]:
        """Every relation, in table order (doc_id, then position)."""
        return [row for rows in self.per_doc["relations"].values() for row in rows]

    def errors_of(self, source_path: str) -> list[dict]:
        return [row for row in self.errors if row["source_path"] == source_path]


def _read(out: Path, table: str) -> list[dict]:
    # ParquetFile, not read_table: the latter imports pyarrow.dataset and with it pandas
    parquet = pq.ParquetFile(out / f"{table}.parquet")
    columns = [c for c in COLUMNS[table] if c in parquet.schema_arrow.names]
    return parquet.read(columns=columns).to_pylist()


def load_tables(out: Path) -> ReportData:
    """The rows of ``out``'s tables that the report uses; MissingTables if there are none."""
    if not (out / "documents.parquet").is_file():
        raise MissingTables(f"no tables in {out} (run `pipeline extract CORPUS --out {out}`)")
    documents = _read(out, "documents")
    # a --clean-only run writes documents and errors alone: the rest is simply empty
    present = {t for t in COLUMNS if (out / f"{t}.parquet").is_file()}
    entities = {row["entity_id"]: row for row in _read(out, "entities")} \
        if "entities" in present else {}
    per_doc: dict[str, dict[str, list[dict]]] = {}
    for table in PER_DOCUMENT:
        grouped: dict[str, list[dict]] = defaultdict(list)
        if table in present:
            for doc_id, rows in groupby(_read(out, table), key=itemgetter("doc_id")):
                grouped[doc_id].extend(rows)
        per_doc[table] = dict(grouped)
    errors = _read(out, "errors") if "errors" in present else []
    counts = {name: pq.ParquetFile(out / f"{name}.parquet").metadata.num_rows
              for name in TABLES if (out / f"{name}.parquet").is_file()}
    return ReportData(documents, entities, per_doc, errors, counts)
