"""The tables as pandas DataFrames with proper types: read from an output folder, or kept
in memory by a run that writes no files.

Both ways go through Arrow tables built with the writer's own schema and conversion
(``write.to_arrow``), and one function types them (``to_frame``), so the frames of an
in-memory run equal those loaded from the files the same run would write. The typing
rules (category, datetime64, nullable Int64, empty text as missing, the ``<name>_day``
columns) are declared in ``schema.py`` beside the columns and listed in outputs/README.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output.schema import DAY_SUFFIX, PERIOD_COLUMNS, TABLES, Column, pandas_type
from pipeline.output.write import FORMULA_PREFIXES, to_arrow

_WHOLE_DAY = r"^\d{4}-\d{2}-\d{2}$"


class Tables:
    """The output tables as pandas DataFrames: ``tables.documents``, ``tables.relations``,
    ``tables.visits``, ... (one attribute per table, also ``tables["visits"]``).

    ``names()`` lists the tables in the order of the schema (outputs/README.md).
    """

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    entity_aliases: pd.DataFrame
    dates: pd.DataFrame
    figures: pd.DataFrame
    relations: pd.DataFrame
    errors: pd.DataFrame

    def __init__(self, frames: dict[str, pd.DataFrame]):
        self.__dict__["_frames"] = dict(frames)

    def names(self) -> list[str]:
        return list(self._frames)

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.__dict__["_frames"][name]
        except KeyError:
            raise AttributeError(f"no table {name!r}; tables: {', '.join(self._frames)}",
                                 ) from None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._frames[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._frames)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self._frames]

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} {len(frame)}" for name, frame in self._frames.items())
        return f"Tables(rows: {sizes})"


# --------------------------------------------------------------------------- typing


def to_frame(name: str, table: pa.Table) -> pd.DataFrame:
    """An Arrow table of the schema's table ``name`` as a typed DataFrame."""
    columns = {c.name: c for c in TABLES.get(name, ())}
    frame = table.to_pandas(types_mapper=_PANDAS_TYPES.get)
    for column in columns.values():  # older outputs may lack a newer column
        if column.name not in frame:
            frame[column.name] = pd.Series(pd.NA, index=frame.index,
                                           dtype=_EMPTY_TYPES[column.kind])
    for column_name in list(frame.columns):
        column = columns.get(column_name)
        if column is not None:
            frame[column_name] = _typed(frame[column_name], pandas_type(name, column))
        elif isinstance(frame[column_name].dtype, pd.StringDtype):
            frame[column_name] = _typed(frame[column_name], "string")
    order = [c for c in columns if c in frame] + [c for c in frame if c not in columns]
    frame = frame[order]
    for table_name, column_name in sorted(PERIOD_COLUMNS):
        if table_name == name and column_name in frame:
            value = frame[column_name]
            day = pd.to_datetime(value.where(value.str.match(_WHOLE_DAY, na=False)),
                                 format="%Y-%m-%d", errors="coerce")
            frame.insert(frame.columns.get_loc(column_name) + 1, column_name + DAY_SUFFIX,
                         day.astype("datetime64[ns]"))
    return frame


_PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
_EMPTY_TYPES = {"str": pd.StringDtype(), "int": pd.Int64Dtype(), "float": "float64"}


def _typed(series: pd.Series, dtype: str) -> pd.Series:
    if dtype in ("Int64", "float64"):
        return series.astype(dtype)
    text = series.astype("string").replace("", pd.NA)
    if dtype == "category":
        return text.astype("category")
    if dtype.startswith("datetime64"):
        return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").astype(dtype)
    return text


def frames_from_rows(rows: dict[str, list[dict]]) -> Tables:
    """Tables from rows as the writer receives them (an in-memory run)."""
    return Tables({name: to_frame(name, to_arrow(table_rows, TABLES[name]))
                   for name, table_rows in rows.items()})


# --------------------------------------------------------------------------- reading


def load(out_dir: str | Path) -> Tables:
    """Read a finished output folder (Parquet, falling back to CSV) into typed frames.

    Tables missing from the folder (a ``--clean-only`` run writes two) are empty frames
    with the right columns. Raises FileNotFoundError when the folder holds no documents
    table, which every run writes.
    """
    out = Path(out_dir)
    if not any((out / f"documents.{ext}").is_file() for ext in ("parquet", "csv")):
        raise FileNotFoundError(f"{out} is not an output folder of pipeline extract "
                                "(no documents.parquet or documents.csv)")
    return Tables({name: to_frame(name, _read(out, name, columns))
                   for name, columns in TABLES.items()})


def _read(out: Path, name: str, columns: tuple[Column, ...]) -> pa.Table:
    parquet, csv = out / f"{name}.parquet", out / f"{name}.csv"
    if parquet.is_file():
        try:
            return pq.read_table(parquet)
        except (OSError, pa.ArrowException):
            if not csv.is_file():
                raise
    if csv.is_file():
        return _read_csv(csv, columns)
    return to_arrow([], columns)


def _read_csv(path: Path, columns: tuple[Column, ...]) -> pa.Table:
    """A CSV table as the Arrow table its Parquet twin holds: typed by the schema, a
    formula-guarding apostrophe removed (write.neutralise), empty numbers as nulls."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    kinds = {c.name: c.kind for c in columns}
    rows = frame.to_dict(orient="records")
    for row in rows:
        for key, value in row.items():
            row[key] = _csv_value(value, kinds.get(key, "str"))
    known = [c for c in columns if c.name in frame.columns]
    extra = tuple(Column(name, "str", "") for name in frame.columns if name not in kinds)
    return to_arrow(rows, (*known, *extra))


def _csv_value(value: str, kind: str):
    if kind == "int":
        return int(value) if value else None
    if kind == "float":
        return float(value) if value else None
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value
