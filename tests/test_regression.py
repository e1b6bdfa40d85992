"""Regression snapshots of every table for each sample document.

A failing snapshot means the output changed: read the diff, and update the snapshot
(`pytest --force-regen`) only when the new output is better; say so in the commit.
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.output.schema import TABLES
from tests.conftest import SAMPLES

SAMPLE_FILES = sorted(p.name for p in SAMPLES.glob("*.txt"))
PER_DOC_TABLES = ["documents", "sentences", "mentions", "dates", "figures", "relations"]


def _rows(out, table, doc_id=None):
    frame = pd.read_parquet(out / f"{table}.parquet")
    if doc_id is not None:
        frame = frame[frame["doc_id"] == doc_id]
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict(orient="records")


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_tables(sample_run, data_regression, name):
    _, out, _ = sample_run
    docs = pd.read_parquet(out / "documents.parquet")
    doc_id = docs.loc[docs["source_path"] == name, "doc_id"].item()
    snapshot = {table: _rows(out, table, doc_id) for table in PER_DOC_TABLES}
    used = {row["entity_id"] for row in snapshot["mentions"]}
    snapshot["entities"] = [r for r in _rows(out, "entities") if r["entity_id"] in used]
    data_regression.check(snapshot, basename=name.removesuffix(".txt"))


def test_every_table_written(sample_run):
    _, out, summary = sample_run
    for table in TABLES:
        assert (out / f"{table}.csv").is_file(), table
        assert (out / f"{table}.parquet").is_file(), table
    assert summary.documents == len(SAMPLE_FILES)
    for table in ("sentences", "mentions", "entities", "dates", "figures", "relations"):
        assert summary.rows[table] > 0, table
