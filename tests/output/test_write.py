"""The writer: atomic replacement, formula neutralisation, reproducible bytes."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline.output.write as write
from pipeline.output.schema import TABLES


def _errors(*messages):
    return [{"source_path": f"f{i}.txt", "stage": "ingest", "message": m}
            for i, m in enumerate(messages)]


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"])
def test_formula_cells_neutralised_in_csv_only(tmp_path, cell):
    write.write_tables({"errors": _errors(cell)}, tmp_path)
    text = (tmp_path / "errors.csv").read_bytes().decode()
    assert "'" + cell in text
    assert pq.read_table(tmp_path / "errors.parquet").column("message")[0].as_py() == cell


def test_plain_cells_untouched():
    assert write.neutralise("Tornby") == "Tornby"
    assert write.neutralise("a=b") == "a=b"


def test_same_rows_same_bytes(tmp_path):
    tables = {"errors": _errors("x", "y")}
    write.write_tables(tables, tmp_path / "a")
    write.write_tables(tables, tmp_path / "b")
    for name in ("errors.csv", "errors.parquet"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_numbers_and_nulls(tmp_path):
    row = {"doc_id": "d", "figure_id": "d:f0", "sentence_id": 0, "start": 0, "end": 3,
           "text": "3.5", "value": 3.5, "unit": "percent", "qualifier": "", "about": "",
           "scale": "", "direction": "", "linked_figure_id": None}
    big = dict(row, figure_id="d:f1", value=35e12, text="35 trillion won", unit="KRW")
    write.write_tables({"figures": [row, big]}, tmp_path)
    frame = pd.read_csv(tmp_path / "figures.csv", dtype=str, keep_default_na=False)
    assert frame["value"].tolist() == ["3.5", "35000000000000"]
    assert frame["linked_figure_id"].tolist() == ["", ""]
    parquet = pd.read_parquet(tmp_path / "figures.parquet")
    assert parquet["value"].tolist() == [3.5, 35e12]
    assert list(parquet.columns) == [c.name for c in TABLES["figures"]]


def test_failed_render_leaves_previous_outputs(tmp_path, monkeypatch):
    write.write_tables({"errors": _errors("old")}, tmp_path)
    before = (tmp_path / "errors.csv").read_bytes()

    def boom(rows, columns):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(write, "to_arrow", boom)
    with pytest.raises(RuntimeError):
        write.write_tables({"errors": _errors("new")}, tmp_path)
    assert (tmp_path / "errors.csv").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_crash_during_replace_keeps_each_file_whole(tmp_path, monkeypatch):
    write.write_tables({"errors": _errors("old")}, tmp_path)
    old_parquet = (tmp_path / "errors.parquet").read_bytes()
    calls = []
    real_replace = write.os.replace

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(write.os, "replace", flaky)
    with pytest.raises(KeyboardInterrupt):
        write.write_tables({"errors": _errors("new")}, tmp_path)
    assert "new" in (tmp_path / "errors.csv").read_text()
    assert (tmp_path / "errors.parquet").read_bytes() == old_parquet
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_every_file_is_on_disk_before_the_first_is_replaced(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = write.os.fsync, write.os.replace
    monkeypatch.setattr(write.os, "fsync", lambda fd: (events.append("sync"), real_fsync(fd)))
    monkeypatch.setattr(write.os, "replace",
                        lambda src, dst: (events.append("replace"), real_replace(src, dst)))
    write.write_tables({"errors": _errors("new"), "documents": []}, tmp_path)
    assert events == ["sync"] * 4 + ["replace"] * 4


def test_a_failed_fsync_replaces_nothing(tmp_path, monkeypatch):
    write.write_tables({"errors": _errors("old")}, tmp_path)
    before = (tmp_path / "errors.csv").read_bytes()

    def no_disk(fd):
        raise OSError("no space left")

    monkeypatch.setattr(write.os, "fsync", no_disk)
    with pytest.raises(OSError, match="no space"):
        write.write_tables({"errors": _errors("new")}, tmp_path)
    assert (tmp_path / "errors.csv").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_carriage_return_inside_a_cell_keeps_the_row_whole(tmp_path):
    write.write_tables({"errors": _errors("one\rtwo", "three\nfour")}, tmp_path)
    frame = pd.read_csv(tmp_path / "errors.csv", dtype=str, keep_default_na=False)
    assert frame["message"].tolist() == ["one\rtwo", "three\nfour"]


def test_temporaries_of_a_killed_run_are_removed(tmp_path):
    (tmp_path / ".errors.csv.abc123.tmp").write_text("half")
    (tmp_path / ".notes.tmp").write_text("not ours")
    write.write_tables({"errors": _errors("x")}, tmp_path)
    assert not (tmp_path / ".errors.csv.abc123.tmp").exists()
    assert (tmp_path / ".notes.tmp").exists()


def test_tables_get_the_umask_mode_not_a_private_one(tmp_path):
    old = os.umask(0o022)
    try:
        write.write_tables({"errors": _errors("empty file")}, tmp_path)
    finally:
        os.umask(old)
    for name in ("errors.csv", "errors.parquet"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
