"""One extraction run: corpus folder in, tables out.

The order of work is fixed: ingest (streamed, de-duplicated), per-document processing in
batches (each result spilled to a temporary file as it arrives), corpus-wide entity
resolution, then the tables streamed document by document into temporary files that are
moved into place together at the end. Memory therefore does not grow with the corpus beyond
what resolution needs. Per-document failures are collected as error rows; only a failure to
write is fatal.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pipeline.ingest import OUTSIDE_LINK, content_id, iter_inputs, leads_outside
from pipeline.model import ERROR, InputError, RawDoc
from pipeline.output.schema import DOCUMENT_TABLES, TABLES
from pipeline.output.tables import doc_rows, document_row, error_rows
from pipeline.output.views import view_row
from pipeline.run import manifest
from pipeline.run.cache import DocCache
from pipeline.run.lock import OutputLock
from pipeline.run.spill import ResultSpill, SpillEntry

if TYPE_CHECKING:
    from pipeline.resolve.aliases import AliasTable

# Resolution, the table writer (pyarrow) and the workers (spaCy) are imported where they
# are used: a re-run that finds nothing changed (see manifest) never needs them.

ALIASES_FILE = "aliases.csv"
CACHE_DIR = ".cache"


@dataclass
class RunOptions:
    corpus: Path | None  # None: the inputs are given (run_in_memory)
    out: Path | None  # None: nothing is written (run_in_memory)
    clean_only: bool = False
    max_bytes: int = 20_000_000
    batch_size: int = 32
    aliases: Path | None = None  # default: CORPUS/aliases.csv when present
    progress: Callable[[int], None] | None = None  # called with the number of documents done
    workers: int = 1  # processes for per-document work (the CLI defaults to all cores)
    dask: str | None = None  # address of a dask.distributed scheduler: run batches there
    cache: bool = True  # reuse per-document results of earlier runs (see pipeline.run.cache)
    cache_dir: Path | None = None  # default: OUT/.cache
    follow_links: bool = False  # follow symbolic links that lead outside the corpus folder
    wait: bool = False  # when another run holds OUT: wait for it (else OutputBusy is raised)
    notify: Callable[[str], None] | None = None  # called with messages for the user


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    errors: int = 0  # rows of severity "error" (an input, or part of one, was skipped)
    warnings: int = 0  # rows of severity "warning" (kept, a value ignored)
    unchanged: bool = False  # nothing changed since the tables were built: none rewritten


def unique_inputs(items: Iterable[RawDoc | InputError], errors: list[InputError],
                  ) -> Iterator[RawDoc]:
    """Yield each distinct article once; input errors and later copies of the same content
    go to ``errors``."""
    seen: dict[str, str] = {}
    for item in items:
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


def process_corpus(options: RunOptions, items: Iterable[RawDoc | InputError],
                   errors: list[InputError], spill: ResultSpill) -> Counter:
    """Process every document of ``items`` (cached, in workers or on Dask: see parallel)
    into ``spill``, in input order; collect their errors; return the seconds per stage."""
    from pipeline.run.parallel import process_stream

    folder = options.cache_dir or (options.out / CACHE_DIR if options.out else None)
    cache = DocCache(folder) if options.cache and folder else None
    stage_seconds: Counter = Counter()
    try:
        for done in process_stream(
            unique_inputs(items, errors),
            clean_only=options.clean_only, batch_size=options.batch_size,
            workers=options.workers, dask=options.dask, cache=cache,
            while_starting=partial(import_writing, options.clean_only),
        ):
            for result in done:
                spill.add(result)
                errors.extend(result.errors)
                stage_seconds.update(result.timings)
            if options.progress:
                options.progress(len(done))
        if cache:
            # the default cache belongs to this output folder: keep it the corpus's size
            # (a --clean-only run sees only part of it, so it leaves the rest alone)
            cache.finish(prune_unused=options.cache_dir is None and not options.clean_only)
    finally:
        if cache:
            cache.close()
    return stage_seconds


def import_writing(clean_only: bool) -> None:
    """Import what resolution and writing need (pyarrow above all). Called while a local
    pool's fork server loads the model, when this process has a core to spare, rather than
    after the workers have finished, when nothing else can run."""
    import pipeline.output.write  # noqa: F401

    if not clean_only:
        import pipeline.resolve  # noqa: F401


def write_run(spill: ResultSpill, errors: list[InputError], options: RunOptions,
              sink: Callable[[tuple[str, ...]], TableSink] | None = None) -> dict[str, int]:
    """Resolve entities, then stream every table into ``sink`` (default: the files in
    OUT); return the rows per table.

    Documents are sorted by (source_path, source_line), per-document tables follow doc_id
    order (stable sorts over corpus order, as for the in-memory tables before), so the
    output does not depend on how the documents were processed.
    """
    from pipeline.output.write import TableWriter
    from pipeline.resolve import resolve

    by_source = sorted(spill.entries, key=lambda e: (e.source_path, e.source_line))
    names = table_names(options)
    sink = sink or partial(TableWriter, options.out)
    if options.clean_only:
        with sink(names) as writer:
            _write_documents(writer, spill, by_source)
            writer.write("errors", error_rows(errors))
            writer.commit()
            return writer.rows

    aliases = _aliases(options, errors)
    by_doc_id = sorted(spill.entries, key=lambda e: e.doc_id)
    resolution = resolve(_resolve_input(spill), aliases)
    with sink(names) as writer:
        _write_documents(writer, spill, by_source)
        writer.write("entities", resolution.entities)
        writer.write("entity_aliases", resolution.aliases)
        entity_names = {row["entity_id"]: row["name"] for row in resolution.entities}
        resolution.entities, resolution.aliases = [], []  # written: only the ids are needed
        for entry in by_doc_id:
            rows = doc_rows(spill.result(entry), resolution)
            for name, table_rows in rows.items():
                writer.write(name, table_rows)
            for relation in rows["relations"]:
                found = view_row(relation, entity_names)
                if found is not None:
                    writer.write(found[0], [found[1]])
        writer.write("errors", error_rows(errors))
        writer.commit()
        return writer.rows


def _aliases(options: RunOptions, errors: list[InputError]) -> AliasTable:
    """The aliases file: ``--aliases``, else CORPUS/aliases.csv when present (a link there
    that leads outside the corpus is refused like any other input, unless follow_links)."""
    from pipeline.resolve.aliases import AliasTable, load_aliases

    path = _aliases_path(options)
    if path is None:
        return AliasTable()
    where = _relative(path, options.corpus) if options.corpus else str(path)
    if _refused(options, path):
        errors.append(InputError(where, "resolve", OUTSIDE_LINK))
        return AliasTable()
    try:
        return load_aliases(path)
    except (OSError, ValueError) as exc:
        errors.append(InputError(where, "resolve", str(exc)))
        return AliasTable()


def _aliases_path(options: RunOptions) -> Path | None:
    if options.aliases is None and options.corpus is None:
        return None
    return options.aliases or options.corpus / ALIASES_FILE


def _refused(options: RunOptions, path: Path) -> bool:
    """A default aliases file that is a link leading outside the corpus is not read."""
    return (options.aliases is None and not options.follow_links and path.is_symlink()
            and leads_outside(path, options.corpus))


def table_names(options: RunOptions) -> tuple[str, ...]:
    return DOCUMENT_TABLES if options.clean_only else tuple(TABLES)


def _write_documents(writer: TableSink, spill: ResultSpill, entries: list[SpillEntry],
                     ) -> None:
    for entry in entries:
        writer.write("documents", [document_row(spill.document(entry))])


def _resolve_input(spill: ResultSpill) -> Iterator[tuple[str, list, list]]:
    """What resolution reads of each document, from disk one document at a time (resolve
    only iterates over it and sorts its own records, so file order is fine)."""
    for entry in spill.entries:
        result = spill.result(entry)
        yield result.document.doc_id, result.entities, result.mentions


def _relative(path: Path, corpus: Path) -> str:
    try:
        return path.relative_to(corpus).as_posix()
    except ValueError:
        return str(path)


def corpus_inputs(options: RunOptions) -> Iterator[RawDoc | InputError]:
    return iter_inputs(options.corpus, max_bytes=options.max_bytes,
                       follow_links=options.follow_links)


def run(options: RunOptions) -> RunSummary:
    """Process ``options.corpus`` into the tables in ``options.out``.

    Holds the output folder for the whole run (``pipeline.run.lock``): raises
    ``OutputBusy`` when another run holds it, unless ``options.wait``.
    """
    started = time.perf_counter()
    errors: list[InputError] = []
    with OutputLock(options.out, wait=options.wait, notify=options.notify):
        stored = manifest.read(options.out) if options.cache else None
        if _processes_everything(options, stored):
            from pipeline.run.parallel import start_fork_server

            start_fork_server(options.clean_only)
        current = _manifest(options)
        names = table_names(options)
        if manifest.unchanged(stored, current, options.out, names, corpus_inputs(options)):
            return _unchanged_summary(started, stored)
        inputs = manifest.InputDigest(current.mode)
        with ResultSpill(options.out) as spill:
            stage_seconds = process_corpus(options, inputs.wrap(corpus_inputs(options)),
                                           errors, spill)
            rows = write_run(spill, errors, options)
            documents = len(spill.entries)
        summary = _summary(started, documents, rows, stage_seconds, errors)
        if inputs.complete:
            current.inputs = inputs.hexdigest()
            current.tables = manifest.table_digests(options.out, names)
            current.summary = {k: v for k, v in asdict(summary).items()
                               if k not in ("seconds", "stage_seconds", "unchanged")}
            manifest.write(options.out, current)
    return summary


def _processes_everything(options: RunOptions, stored: manifest.Manifest | None) -> bool:
    """Whether a local pool will be needed from the first document: nothing can be served
    from a cache (none used, or none there yet)."""
    if options.workers <= 1 or options.dask:
        return False
    if not options.cache:
        return True
    folder = options.cache_dir or options.out / CACHE_DIR
    return stored is None and not folder.exists()


def _manifest(options: RunOptions) -> manifest.Manifest:
    """What this run's tables are built from, but the inputs (read as they are processed)."""
    path = _aliases_path(options)
    refused = path is not None and _refused(options, path)
    return manifest.Manifest(mode="clean" if options.clean_only else "full",
                             code=manifest.code_digest(),
                             aliases=manifest.aliases_digest(path, refused), inputs="")


def _unchanged_summary(started: float, stored: manifest.Manifest) -> RunSummary:
    summary = RunSummary(**stored.summary, unchanged=True)
    summary.seconds = time.perf_counter() - started
    return summary


def run_in_memory(options: RunOptions, items: Iterable[RawDoc | InputError] | None = None,
                  ) -> tuple[dict[str, list[dict]], RunSummary]:
    """The same run as ``run`` with nothing written: the rows of every table, in the
    order ``run`` writes them, and the summary.

    ``items`` are the inputs (default: those of ``options.corpus``); ``options.out`` is
    not used, and results are cached only in ``options.cache_dir`` when it is given.
    """
    started = time.perf_counter()
    errors: list[InputError] = []
    sink = RowSink()
    with ResultSpill(None) as spill:
        stage_seconds = process_corpus(
            options, corpus_inputs(options) if items is None else items, errors, spill)
        rows = write_run(spill, errors, options, sink)
        documents = len(spill.entries)
    return sink.tables, _summary(started, documents, rows, stage_seconds, errors)


class TableSink(Protocol):
    """Where ``write_run`` puts the rows: ``TableWriter`` (files) or ``RowSink``."""

    rows: dict[str, int]

    def write(self, name: str, rows: Iterable[dict]) -> None: ...
    def commit(self) -> object: ...
    def __enter__(self) -> TableSink: ...
    def __exit__(self, *exc) -> None: ...


class RowSink:
    """Keeps every table's rows in memory (a run that writes no files). Called with the
    table names like ``TableWriter``'s constructor, it opens (and returns) itself."""

    def __init__(self):
        self.tables: dict[str, list[dict]] = {}

    def __call__(self, names: Iterable[str]) -> RowSink:
        self.tables = {name: [] for name in names}
        return self

    def write(self, name: str, rows: Iterable[dict]) -> None:
        self.tables[name].extend(rows)

    @property
    def rows(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}

    def commit(self) -> None:
        pass

    def __enter__(self) -> RowSink:
        return self

    def __exit__(self, *exc) -> None:
        pass


def _summary(started: float, documents: int, rows: dict[str, int], stage_seconds: Counter,
             errors: list[InputError]) -> RunSummary:
    severe = [row for row in error_rows(errors) if row["severity"] == ERROR]
    error_count = len(severe)
    return RunSummary(
        documents=documents,
        failed=len({row["source_path"] for row in severe}),
        rows=rows,
        seconds=time.perf_counter() - started,
        stage_seconds=dict(sorted(stage_seconds.items())),
        errors=error_count,
        warnings=rows["errors"] - error_count,
    )
