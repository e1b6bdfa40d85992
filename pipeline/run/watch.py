"""``pipeline watch``: keep a corpus folder's tables (and report) up to date as files come
and go.

Each run is the ordinary incremental extract (``run``), so only added or changed articles are
processed and the tables are byte-identical to a full rebuild. watchfiles batches a burst of
changes (a folder copied in, an editor's save) into one run: it waits until the folder has
been quiet for the debounce time. Changes made while a run is going on are kept by the
watcher and start the next run. The watcher only sees changes from the moment it starts,
which is after the first run, so the folder's listing taken before the first run is
compared once the watcher is up: whatever changed in between starts a run too. A run that
fails leaves the previous tables in place (they are only ever replaced whole) and the watch
goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline.run import CACHE_DIR, RunOptions, RunSummary, run

CHANGE_SIGNS = {"added": "+", "modified": "~", "deleted": "-"}
WATCH_TICK_MS = 500  # how often an idle watcher wakes up (cheap: nothing is read)


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


def listing(corpus: Path, accept) -> dict[str, tuple[int, int]]:
    """(mtime_ns, size) of every file the watcher would report on, by path."""
    found = {}
    for path in corpus.rglob("*"):
        try:
            if path.is_file() and accept(None, str(path)):
                st = path.stat()
                found[str(path)] = (st.st_mtime_ns, st.st_size)
        except OSError:  # gone or unreadable while listing: the watcher will say
            continue
    return found


def _listing_changes(before: dict, after: dict) -> set[tuple[str, str]]:
    """The difference of two listings in the shape of watchfiles' changes (name, path)."""
    changes = {("added", p) for p in after.keys() - before.keys()}
    changes |= {("deleted", p) for p in before.keys() - after.keys()}
    changes |= {("modified", p) for p in before.keys() & after.keys() if before[p] != after[p]}
    return changes


def describe(changes: set[tuple[str, str]]) -> str:
    """'+added ~modified -deleted' counts of (change name, path) pairs."""
    counts = Counter(name for name, _ in changes)
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
    accept = _filter(options)
    number = 1
    try:
        echo(f"watching {options.corpus} (Ctrl-C to stop)")
        before = listing(Path(options.corpus), accept)
        run_once(number, "start", options, report, echo)
        caught_up = False
        # yield_on_timeout: the first (empty) batch arrives once the watcher is running,
        # which is when the listing can be compared without a gap.
        for changes in watchfiles.watch(options.corpus, watch_filter=accept,
                                        debounce=debounce_ms, stop_event=stop_event,
                                        raise_interrupt=True, yield_on_timeout=True,
                                        rust_timeout=WATCH_TICK_MS):
            changes = {(change.name, path) for change, path in changes}
            if not caught_up:
                caught_up = True
                changes |= _listing_changes(before, listing(Path(options.corpus), accept))
            if not changes:
                continue
            number += 1
            run_once(number, describe(changes), options, report, echo)
    except KeyboardInterrupt:
        pass
    echo("stopped")
    return 0
