"""Write the tables as CSV and Parquet, atomically and byte-for-byte reproducibly.

Every file is first written under a temporary name inside the output folder and then
moved into place with ``os.replace`` (atomic on POSIX), so a run killed at any moment
leaves each previous table whole. Parquet is written straight from an explicit Arrow
schema, without pandas metadata or timestamps, so the same rows give the same bytes.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import TABLES, Column

# OWASP CSV injection: a spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a formula-looking text cell with an apostrophe (CSV only; Parquet keeps raw)."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _csv_cell(value, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "float":
        value = float(value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if column.kind == "int":
        return str(int(value))
    return neutralise(str(value))


def to_csv_bytes(rows: list[dict], columns: tuple[Column, ...]) -> bytes:
    """RFC 4180 CSV. CRLF row ends make the csv module quote any cell holding a CR or LF,
    which it would not do for a lone CR with a bare LF terminator (the row would split)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(row.get(c.name), c) for c in columns])
    return buffer.getvalue().encode("utf-8")


_ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}


def to_arrow(rows: list[dict], columns: tuple[Column, ...]) -> pa.Table:
    schema = pa.schema([pa.field(c.name, _ARROW_TYPES[c.kind]) for c in columns])
    data = {c.name: [_arrow_value(row.get(c.name), c) for row in rows] for c in columns}
    return pa.Table.from_pydict(data, schema=schema)


def _arrow_value(value, column: Column):
    if value is None:
        return None
    if column.kind == "float":
        return float(value)
    if column.kind == "int":
        return int(value)
    return str(value)


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(out: Path) -> None:
    """Delete temporary files that a killed earlier run left behind (never a table)."""
    for path in out.glob(".*.tmp"):
        if path.is_file() and path.name.split(".")[1] in TABLES:
            path.unlink(missing_ok=True)


def write_tables(tables: dict[str, list[dict]], out: Path) -> list[Path]:
    """Write each named table as OUT/<name>.csv and OUT/<name>.parquet; return the paths.

    All files are rendered in memory first, so a failure while building one table
    leaves every file on disk untouched.
    """
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    rendered: list[tuple[Path, object]] = []
    for name, rows in tables.items():
        columns = TABLES[name]
        csv_bytes = to_csv_bytes(rows, columns)
        arrow = to_arrow(rows, columns)
        rendered.append((out / f"{name}.csv", lambda h, b=csv_bytes: h.write(b)))
        rendered.append(
            (
                out / f"{name}.parquet",
                lambda h, t=arrow: pq.write_table(
                    t, h, compression="zstd", write_statistics=True, store_schema=False
                ),
            )
        )
    for path, write in rendered:
        _atomic_write(path, write)
    return [path for path, _ in rendered]
