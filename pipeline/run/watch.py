"""``pipeline watch``: keep a corpus folder's tables (and report) up to date as files come
and go.

Each run is the ordinary incremental extract (``run``), so only added or changed articles are
processed and the tables are byte-identical to a full rebuild. watchfiles batches a burst of
changes (a folder copied in, an editor's save) into one run: it waits until the folder has
been quiet for the debounce time. Changes made while a run is going on are kept by the
watcher and start the next run. A run that fails leaves the previous tables in place (they
are only ever replaced whole) and the watch goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline.run import CACHE_DIR, RunOptions, RunSummary, run

CHANGE_SIGNS = {"added": "+", "modified": "~", "deleted": "-"}


def _filter(options: RunOptions):
    """watchfiles' default filter (editor swap files, .git, ...), plus hidden names, which
    ingest skips, and our own outputs and cache when they live inside the corpus folder
    (compared both as given and with symlinks resolved)."""
    import watchfiles

    default = watchfiles.DefaultFilter()
    own = [options.out, options.cache_dir or options.out / CACHE_DIR]
    own = {form for p in own for form in (p.absolute(), p.resolve())}

    def accept(change, path: str) -> bool:
        where = Path(path)
        if where.name.startswith(".") or not default(change, path):
            return False
        return not any(form.is_relative_to(o) for form in (where, where.resolve()) for o in own)

    return accept


def describe(changes) -> str:
    counts = Counter(change.name for change, _ in changes)
    return " ".join(f"{sign}{counts.get(name, 0)}" for name, sign in CHANGE_SIGNS.items())


def summary_line(number: int, trigger: str, summary: RunSummary, extra: str = "") -> str:
    rows = summary.rows
    return (f"{time.strftime('%H:%M:%S')} run {number} ({trigger}): "
            f"{summary.documents} documents, {summary.failed} inputs with errors, "
            f"{rows.get('mentions', 0)} mentions, {rows.get('relations', 0)} relations, "
            f"{summary.errors} error rows; {summary.seconds:.1f} s{extra}")


def run_once(number: int, trigger: str, options: RunOptions, report: bool,
             echo: Callable[[str], None]) -> bool:
    """One extract (and report); one line said either way. True when the tables were
    written."""
    try:
        summary = run(options)
    except Exception as exc:  # noqa: BLE001 - any failure is reported and the watch goes on
        echo(f"{time.strftime('%H:%M:%S')} run {number} ({trigger}): failed: {exc!r}; "
             f"previous outputs kept")
        return False
    extra = ""
    if report:
        from pipeline.report import write_report

        try:
            written = write_report(options.out)
            extra = f"; report {written.seconds:.1f} s"
        except Exception as exc:  # noqa: BLE001
            extra = f"; report failed: {exc!r} (previous report kept)"
    echo(summary_line(number, trigger, summary, extra))
    return True


def watch(options: RunOptions, report: bool = False, debounce_ms: int = 1600,
          echo: Callable[[str], None] | None = None, stop_event=None) -> int:
    """Extract once, then on every change under the corpus until Ctrl-C (or ``stop_event``
    is set); return the exit code, 0."""
    import watchfiles

    echo = echo or (lambda line: print(line, flush=True))
    number = 1
    try:
        echo(f"watching {options.corpus} (Ctrl-C to stop)")
        run_once(number, "start", options, report, echo)
        for changes in watchfiles.watch(options.corpus, watch_filter=_filter(options),
                                        debounce=debounce_ms, stop_event=stop_event,
                                        raise_interrupt=True):
            number += 1
            run_once(number, describe(changes), options, report, echo)
    except KeyboardInterrupt:
        pass
    echo("stopped")
    return 0
