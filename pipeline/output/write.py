"""Write the tables as CSV and Parquet, atomically and byte-for-byte reproducibly.

Every file is first written under a temporary name inside the output folder and then
moved into place with ``os.replace`` (atomic on POSIX), so a run killed at any moment
leaves each previous table whole. Rows are streamed into those temporaries (``TableWriter``)
rather than rendered in memory, so writing costs memory per row group, not per table.
Parquet is written straight from an explicit Arrow schema in row groups of a fixed size,
without pandas metadata or timestamps, so the same rows give the same bytes.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output.schema import TABLES, Column

# OWASP CSV injection: a spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Rows per Parquet row group: fixed, so the same rows give the same bytes, and small enough
# that a table being streamed holds only a few MB in memory.
ROW_GROUP_ROWS = 4096
PARQUET_OPTIONS = {"compression": "zstd", "write_statistics": True, "store_schema": False}


def neutralise(text: str) -> str:
    """Prefix a formula-looking text cell with an apostrophe (CSV only; Parquet keeps raw)."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _text_cell(value) -> str:
    return "" if value is None else neutralise(str(value))


def _int_cell(value) -> str:
    return "" if value is None else str(int(value))


def _float_cell(value) -> str:
    if value is None:
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


# How a value of each column kind is written to CSV (chosen once per column, not per cell).
_CSV_CELLS = {"str": _text_cell, "int": _int_cell, "float": _float_cell}


def _csv_cell(value, column: Column) -> str:
    return _CSV_CELLS[column.kind](value)


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


def _schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.kind]) for c in columns])


def to_arrow(rows: list[dict], columns: tuple[Column, ...]) -> pa.Table:
    """The rows as an Arrow table of the columns' types.

    Each column is assembled from its buffers: ``pa.array`` on a list first imports pandas
    (half a second of a run's start-up) only to ask whether the list is a pandas object.
    """
    try:
        arrays = [_array([row.get(c.name) for row in rows], c.kind) for c in columns]
    except OverflowError:  # over 2 GB of text in one row group: let Arrow split it
        data = {c.name: [_arrow_value(row.get(c.name), c) for row in rows] for c in columns}
        return pa.Table.from_pydict(data, schema=_schema(columns))
    return pa.Table.from_arrays(arrays, schema=_schema(columns))


_NUMBERS = {"int": ("q", int), "float": ("d", float)}  # array typecode, conversion


def _array(values: list, kind: str) -> pa.Array:
    """One Arrow array (string, int64 or float64) from Python values, None as null."""
    validity = bytearray((len(values) + 7) // 8)
    nulls = 0
    if kind == "str":
        offsets, data = array("i", [0]), bytearray()  # int32 offsets: OverflowError past 2 GB
        for i, value in enumerate(values):
            if value is None:
                nulls += 1
            else:
                validity[i >> 3] |= 1 << (i & 7)
                data += str(value).encode("utf-8")
            offsets.append(len(data))
        buffers = [offsets, data]
    else:
        typecode, convert = _NUMBERS[kind]
        numbers = array(typecode)
        for i, value in enumerate(values):
            if value is None:
                nulls += 1
                numbers.append(0)
            else:
                validity[i >> 3] |= 1 << (i & 7)
                numbers.append(convert(value))
        buffers = [numbers]
    return pa.Array.from_buffers(
        _ARROW_TYPES[kind], len(values),
        [pa.py_buffer(validity) if nulls else None, *(pa.py_buffer(b) for b in buffers)],
        null_count=nulls)


def _arrow_value(value, column: Column):
    if value is None:
        return None
    if column.kind == "float":
        return float(value)
    if column.kind == "int":
        return int(value)
    return str(value)


def remove_stale_temporaries(out: Path) -> None:
    """Delete temporary files that a killed earlier run left behind (never a table)."""
    for path in out.glob(".*.tmp"):
        if path.is_file() and path.name.split(".")[1] in TABLES:
            path.unlink(missing_ok=True)


def write_tables(tables: dict[str, list[dict]], out: Path) -> list[Path]:
    """Write each named table as OUT/<name>.csv and OUT/<name>.parquet; return the paths.

    A failure before the files are moved into place leaves every file on disk untouched.
    """
    with TableWriter(out, tables) as writer:
        for name, rows in tables.items():
            writer.write(name, rows)
        return writer.commit()


FILE_MODE = 0o666


def _umask() -> int:
    """The process umask (read by setting it, so set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _TableFiles:
    """The two temporary files of one table, filled row by row."""

    def __init__(self, out: Path, name: str):
        self.name, self.columns = name, TABLES[name]
        self._cells = [(c.name, _CSV_CELLS[c.kind]) for c in self.columns]
        self.rows = 0
        self._buffer: list[dict] = []  # rows of the Parquet row group being filled
        self.files: list[tuple[Path, Path]] = []  # (temporary, final)
        try:
            self._open(out)
        except BaseException:
            for tmp, _ in self.files:
                tmp.unlink(missing_ok=True)
            raise

    def _open(self, out: Path) -> None:
        name = self.name
        csv_handle = self._temporary(out / f"{name}.csv")
        self._csv_text = io.TextIOWrapper(csv_handle, encoding="utf-8", newline="")
        self._csv = csv.writer(self._csv_text, lineterminator="\r\n")
        self._csv.writerow([c.name for c in self.columns])
        self._parquet_handle = self._temporary(out / f"{name}.parquet")
        self._parquet = pq.ParquetWriter(self._parquet_handle, _schema(self.columns),
                                         **PARQUET_OPTIONS)

    def _temporary(self, path: Path):
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.files.append((Path(tmp), path))
        # mkstemp makes the file private (0600); tables are for sharing, so give them the
        # mode an ordinary new file would get under the user's umask.
        os.fchmod(fd, FILE_MODE & ~_umask())
        return os.fdopen(fd, "wb")

    def write(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self._csv.writerow([cell(row.get(name)) for name, cell in self._cells])
            self._buffer.append(row)
            self.rows += 1
            if len(self._buffer) >= ROW_GROUP_ROWS:
                self._flush()

    def _flush(self) -> None:
        if self._buffer or not self.rows:  # an empty table: one empty row group, as before
            self._parquet.write_table(to_arrow(self._buffer, self.columns),
                                      row_group_size=ROW_GROUP_ROWS)
            self._buffer = []

    def finish(self) -> list:
        """Last row group and footer written out; return both file handles, for the
        caller to put on disk (fsync) and close."""
        self._flush()
        self._parquet.close()
        self._csv_text.flush()
        handles = [self._csv_text.buffer, self._parquet_handle]
        for handle in handles:
            handle.flush()
        return handles

    def close(self) -> None:
        for closing in (self._parquet.close, self._csv_text.close, self._parquet_handle.close):
            try:
                closing()
            except Exception:  # noqa: BLE001 - closing after a failure: the file is dropped
                pass


SYNC_THREADS = 8


def _on_disk(handles: list) -> None:
    """fsync every file, several at a time: the disk takes them together in about the time
    of one (a run writes 36 files: 0.2 s one after another, 0.01 s together). Returns
    when all are on disk, or raises the first error."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(SYNC_THREADS, len(handles) or 1)) as pool:
        list(pool.map(lambda handle: os.fsync(handle.fileno()), handles))


class TableWriter:
    """Stream rows of several tables into OUT, then move every file into place at once.

    Each table's CSV and Parquet file is written under a temporary name inside OUT while
    rows arrive (Parquet in row groups of ``ROW_GROUP_ROWS``, so the same rows always give
    the same bytes), and ``commit()`` moves them all into place with ``os.replace`` only
    after every file is complete. Memory is one row group per table, not the tables.
    Leaving the ``with`` block without ``commit()`` (an error) deletes the temporaries.
    """

    def __init__(self, out: Path, names: Iterable[str]):
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out)
        self._tables: dict[str, _TableFiles] = {}
        try:
            for name in names:
                self._tables[name] = _TableFiles(out, name)
        except BaseException:
            self.abort()
            raise

    def write(self, name: str, rows: Iterable[dict]) -> None:
        self._tables[name].write(rows)

    @property
    def rows(self) -> dict[str, int]:
        """Rows written so far, per table (in the order the tables were named)."""
        return {name: table.rows for name, table in self._tables.items()}

    def commit(self) -> list[Path]:
        """Finish every file, then replace the outputs; return the final paths."""
        try:
            handles = [h for table in self._tables.values() for h in table.finish()]
            _on_disk(handles)
            for table in self._tables.values():
                table.close()
            pending = [pair for table in self._tables.values() for pair in table.files]
            while pending:
                tmp, path = pending[0]
                os.replace(tmp, path)
                pending.pop(0)
        finally:
            self.abort()  # whatever was not moved into place
        return [path for table in self._tables.values() for _, path in table.files]

    def abort(self) -> None:
        for table in self._tables.values():
            table.close()
            for tmp, _ in table.files:
                tmp.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.abort()
