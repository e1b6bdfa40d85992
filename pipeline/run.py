"""One extraction run: corpus folder in, tables out.

The order of work is fixed: ingest (streamed, de-duplicated), per-document processing in
batches, corpus-wide entity resolution, then one atomic write. Per-document failures are
collected as error rows; only a failure to write is fatal.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.aliases import AliasTable, load_aliases
from pipeline.cache import DocCache
from pipeline.ingest import content_id, iter_inputs
from pipeline.model import DocResult, InputError, RawDoc
from pipeline.parallel import process_stream
from pipeline.resolve import resolve
from pipeline.schema import DOCUMENT_TABLES, TABLES
from pipeline.tables import doc_rows, document_row, error_rows
from pipeline.views import build_views
from pipeline.write import write_tables

ALIASES_FILE = "aliases.csv"
CACHE_DIR = ".cache"


@dataclass
class RunOptions:
    corpus: Path
    out: Path
    clean_only: bool = False
    max_bytes: int = 20_000_000
    batch_size: int = 32
    aliases: Path | None = None  # default: CORPUS/aliases.csv when present
    progress: Callable[[int], None] | None = None  # called with the number of documents done
    workers: int = 1  # processes for per-document work (the CLI defaults to all cores)
    dask: str | None = None  # address of a dask.distributed scheduler: run batches there
    cache: bool = True  # reuse per-document results of earlier runs (see pipeline.cache)
    cache_dir: Path | None = None  # default: OUT/.cache


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    errors: int = 0


def unique_inputs(corpus: Path, max_bytes: int, errors: list[InputError]) -> Iterator[RawDoc]:
    """Yield each distinct article once; later copies of the same content become errors."""
    seen: dict[str, str] = {}
    for item in iter_inputs(corpus, max_bytes=max_bytes):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        key = content_id(item.content)
        where = _where(item)
        if key in seen:
            errors.append(InputError(item.source_path, "ingest",
                                     f"duplicate of {seen[key]} (same content); counted once"))
            continue
        seen[key] = where
        yield item


def _where(raw: RawDoc) -> str:
    return f"{raw.source_path} line {raw.source_line}" if raw.source_line else raw.source_path


def _batches(items: Iterator[RawDoc], size: int) -> Iterator[list[RawDoc]]:
    batch: list[RawDoc] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_corpus(options: RunOptions, errors: list[InputError]) -> list[DocResult]:
    """Every document's result, in corpus order (cached, in workers or on Dask: see parallel)."""
    cache = DocCache(options.cache_dir or options.out / CACHE_DIR) if options.cache else None
    results: list[DocResult] = []
    try:
        for done in process_stream(
            unique_inputs(options.corpus, options.max_bytes, errors),
            clean_only=options.clean_only, batch_size=options.batch_size,
            workers=options.workers, dask=options.dask, cache=cache,
        ):
            results.extend(done)
            if options.progress:
                options.progress(len(done))
        if cache:
            # the default cache belongs to this output folder: keep it the corpus's size
            # (a --clean-only run sees only part of it, so it leaves the rest alone)
            cache.finish(prune_unused=options.cache_dir is None and not options.clean_only)
    finally:
        if cache:
            cache.close()
    return results


def build_tables(results: list[DocResult], errors: list[InputError], options: RunOptions,
                 ) -> dict[str, list[dict]]:
    """All output tables from the per-document results."""
    for result in results:
        errors.extend(result.errors)
    documents = sorted((document_row(r) for r in results),
                       key=lambda row: (row["source_path"], row["source_line"] or 0))
    if options.clean_only:
        return {"documents": documents, "errors": error_rows(errors)}

    aliases_path = options.aliases or options.corpus / ALIASES_FILE
    try:
        aliases = load_aliases(aliases_path)
    except (OSError, ValueError) as exc:
        errors.append(InputError(_relative(aliases_path, options.corpus), "resolve", str(exc)))
        aliases = AliasTable()
    ordered = sorted(results, key=lambda r: r.document.doc_id)
    resolution = resolve([(r.document.doc_id, r.entities, r.mentions) for r in ordered], aliases)
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    tables["documents"] = documents
    tables["entities"] = resolution.entities
    tables["entity_aliases"] = resolution.aliases
    for result in ordered:
        for name, rows in doc_rows(result, resolution).items():
            tables[name].extend(rows)
    tables.update(build_views(tables))
    tables["errors"] = error_rows(errors)
    return tables


def _relative(path: Path, corpus: Path) -> str:
    try:
        return path.relative_to(corpus).as_posix()
    except ValueError:
        return str(path)


def run(options: RunOptions) -> RunSummary:
    started = time.perf_counter()
    errors: list[InputError] = []
    results = process_corpus(options, errors)
    tables = build_tables(results, errors, options)
    if options.clean_only:
        tables = {name: tables[name] for name in DOCUMENT_TABLES}
    stage_seconds: Counter = Counter()
    for result in results:
        stage_seconds.update(result.timings)
    documents = len(results)
    del results  # the tables hold what is needed; the writer's copies must not add to these
    write_tables(tables, options.out)

    failed_paths = {e.source_path for e in errors}
    return RunSummary(
        documents=documents,
        failed=len(failed_paths),
        rows={name: len(rows) for name, rows in tables.items()},
        seconds=time.perf_counter() - started,
        stage_seconds=dict(sorted(stage_seconds.items())),
        errors=len(tables["errors"]),
    )
