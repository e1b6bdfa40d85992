"""The Python API: extract from strings or a folder, and load finished tables, as pandas.

These are thin: ``extract_texts`` turns the strings into the records a ``.jsonl`` line
would give and hands them to the same run as ``pipeline extract`` (``run_in_memory``:
same cleaning, workers, resolution and row building, with the rows kept instead of
written); ``load`` reads the files that run writes. Heavy modules (pandas, spaCy) are
imported when a function is called, so ``import pipeline`` stays instant.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.output.frames import Tables


def load(out_dir: str | Path) -> Tables:
    """Read the tables that ``pipeline extract`` wrote to ``out_dir``, with proper dtypes.

    Parquet is read, CSV where Parquet is missing. Ids and text are pandas ``string``,
    labels (``type``, ``label``, ``unit``, ``severity``, ...) ``category``, ``published``
    and ``anchor`` ``datetime64``, ints nullable ``Int64``, figure and relation values
    ``float64``; empty text is missing (``<NA>``). Every column holding a contract date
    value (``dates.value``, ``relations.date``, the views' ``date``) keeps its text and
    gets a ``<name>_day`` column beside it: the value as ``datetime64`` where it is one
    whole day, else ``NaT``. The full list is in ``outputs/README.md``.

    >>> tables = load("outputs")
    >>> tables.names()[:3]
    ['documents', 'sentences', 'mentions']
    """
    from pipeline.output.frames import load as load_frames

    return load_frames(out_dir)


def extract_texts(
    texts: Iterable[str],
    *,
    published: Sequence[str | dt.date | None] | None = None,
    titles: Sequence[str | None] | None = None,
    ids: Sequence[str | int | None] | None = None,
    workers: int = 1,
) -> Tables:
    """Run the whole pipeline on ``texts`` in memory and return the tables.

    The rows (columns, ids, entity resolution) are those ``pipeline extract`` gives for
    the same texts saved as ``.txt`` files, with ``published``/``titles`` as their
    sidecar metadata; nothing is written. ``published[i]`` (YYYY-MM-DD, a worded date, or
    a ``date``) anchors relative dates of ``texts[i]``; ``ids[i]`` is kept in
    ``documents.source_id``. In the tables, ``source_path`` is ``"<texts>"`` and
    ``source_line`` the text's 1-based position. A text that cannot be used (empty,
    binary, not a string) is a row of ``tables.errors`` (``item N: ...``), and a
    metadata value that cannot be used a warning row there, never an exception.
    ``workers`` > 1 runs a process pool as the command line does (from a script, call
    it under ``if __name__ == "__main__":``).

    >>> t = extract_texts(["Tornby Mayor Ann Moreau visited Genoa on 3 May 2024."],
    ...                   published=["2024-05-21"])
    >>> t.relations[["type", "date"]]  # doctest: +SKIP
    """
    texts = list(texts)
    columns = {"published": published, "title": titles, "id": ids}
    for name, values in columns.items():
        if values is not None and len(values) != len(texts):
            raise ValueError(f"{len(values)} {name} values for {len(texts)} texts")
    records = []
    for i, text in enumerate(texts):
        record = {"text": text}
        for name, values in columns.items():
            value = _plain(values[i]) if values is not None else None
            if value is not None:
                record[name] = value
        records.append(record)

    from pipeline.ingest.records import record_docs
    from pipeline.run import RunOptions

    options = RunOptions(corpus=None, out=None, workers=workers, cache=False)
    return _in_memory(options, record_docs(records))


def extract_corpus(corpus: str | Path, out: str | Path | None = None, **options: Any,
                   ) -> Tables:
    """Run the pipeline on a corpus folder, as ``pipeline extract CORPUS --out OUT``.

    With ``out`` the tables are written there exactly as the command line writes them
    (cache in ``OUT/.cache``, one run per folder at a time) and returned as ``load(out)``
    gives them; without, nothing is written and no cache is kept (unless ``cache_dir``).
    ``options`` are those of ``pipeline.run.RunOptions``: ``workers`` (default 1),
    ``clean_only``, ``max_bytes``, ``batch_size``, ``aliases``, ``follow_links``,
    ``cache``, ``cache_dir``, ``wait``, ``dask``, ``progress``, ``notify``.
    """
    from pipeline.run import RunOptions, run

    if out is None:
        return _in_memory(RunOptions(corpus=Path(corpus), out=None, **options))
    run(RunOptions(corpus=Path(corpus), out=Path(out), **options))
    return load(out)


def _in_memory(options, items=None) -> Tables:
    from pipeline.output.frames import frames_from_rows
    from pipeline.run import run_in_memory

    rows, _ = run_in_memory(options, items)
    return frames_from_rows(rows)


def _plain(value: object) -> object:
    """A metadata value as a jsonl line would hold it: dates as ISO text, missing values
    (None, NaN, pandas' NA and NaT) as None; anything else is passed on, and checked as a
    jsonl value would be (a warning when it cannot be used)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
