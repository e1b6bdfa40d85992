"""Run the per-document work in this process, in a process pool, or on a Dask cluster.

Input is a stream of RawDocs and output is a stream of DocResults in the same order, with
a bounded number of batches in flight, so memory does not grow with the corpus and the
tables do not depend on the number of workers. Cached results (``pipeline.run.cache``) are
served without touching a worker; only misses are sent out, and stored on return.

Pool workers come from a ``forkserver`` (imports done once, then cheap forks; no fork of
a parent that runs threads), which also loads the spaCy model once (``pipeline.run.warm``),
so workers start with it; the initializer loads it only where the fork server could not.
A local pool's batches are cleaned here before they go out (``cleans_here``); while the
fork server is still loading the model, this process cleans up to MAX_AHEAD batches ahead
and then sends them together, longest first. Pool batches are a quarter of the batch size
(POOL_SPLIT), so the workers end together; spaCy's own batching does not change a result.
Workers are started on demand, so a re-run with few changed documents starts few of them. A worker
that dies (out of memory, a crash in native code) costs only a retry: its batch is redone
one document at a time, and a document that kills a worker again is an error row.
Each pool worker also watches the process that started the pool and ends itself when that
process dies, however it died (``watch_parent``), so a killed run leaves nothing behind.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial

from pipeline.ingest import content_id
from pipeline.model import DocResult, Document, InputError, RawDoc
from pipeline.run.cache import DocCache, encode_result, raw_key
from pipeline.run.spill import PackedResult, pack

# Batches each pool worker handles before it is replaced: a backstop against slow memory
# growth in native code that spaCy's memory zones do not cover.
RECYCLE_AFTER_BATCHES = 200
IN_FLIGHT_PER_WORKER = 2
CONNECT_TIMEOUT_S = 30
MAX_PENDING_WINDOWS = 64  # cached windows waiting behind a batch still in a worker
MAX_AHEAD = 32  # batches cleaned here while a local pool's first worker is still starting
# A local pool's batches are this share of --batch-size (spaCy still gets up to
# --batch-size documents at a time): smaller pieces let the workers finish together.
POOL_SPLIT = 4


def default_workers() -> int:
    """The CPUs this process may run on (cgroup/affinity aware where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _work(clean_only: bool, batch_size: int) -> Callable[[list[RawDoc]], list[DocResult]]:
    # imported here: a run served wholly from the cache never imports spaCy
    if clean_only:
        from pipeline.run import prepare

        return prepare.clean_batch
    from pipeline.run import process

    return partial(process.process_batch, batch_size=batch_size)


def annotate_cleaned(results: list[DocResult], batch_size: int = 32,
                     cached: bool = False) -> list[PackedResult]:
    """What pool workers run on a batch this process has cleaned: annotate and extract,
    and pack each result as this process stores it (``pipeline.run.spill``), with its
    cache entry when the run keeps a cache (``cached``).

    Sent by name, so this process need not import spaCy to send it (it never loads the
    model either); the worker imports ``process`` from its fork server's memory.
    """
    from pipeline.run import process

    encode = encode_result if cached else None
    return [pack(result, encode) for result in process.annotate_batch(results, batch_size)]


def _annotate_work(batch_size: int, cached: bool = False,
                   ) -> Callable[[list[DocResult]], list[PackedResult]]:
    """What pool workers run when this process has cleaned the batch already."""
    return partial(annotate_cleaned, batch_size=batch_size, cached=cached)


def warm_worker(clean_only: bool, parent: int | None = None) -> None:
    """Load the model once per worker process, before the first batch arrives; a pool
    worker first starts watching ``parent``, the process that started the pool."""
    if parent is not None:
        watch_parent(parent)
    if not clean_only:
        from pipeline.run.process import get_nlp

        get_nlp()


PARENT_POLL_S = 1.0  # where the OS has no pidfd: how often a worker checks its parent


def watch_parent(pid: int) -> None:
    """End this process as soon as process ``pid`` has exited, whatever ended it.

    A pool worker's OS parent is the fork server, not the run, so ``PR_SET_PDEATHSIG``
    would fire on the wrong death; and when the run is killed with SIGKILL nothing tells
    the workers, which then wait for work forever (holding the fork server and the
    resource tracker alive through inherited pipes: four processes, 250 MB per worker).
    A daemon thread waits on a pidfd of the run (readable once it has exited; no race with
    pid reuse), or polls it where pidfds are missing, and exits the process. The fork
    server and resource tracker then see their pipes close and end by themselves.
    """
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)  # the run is already gone
    except (AttributeError, OSError):  # not Linux 5.3+: poll instead
        handle = None

    def wait() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:
            while _alive(pid):
                time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=wait, name="watch-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- executors


class _Done:
    """A finished 'future' for work run in this process."""

    def __init__(self, fn, batch):
        try:
            self._value, self._error = fn(batch), None
        except Exception as exc:  # noqa: BLE001
            self._value, self._error = None, exc

    def result(self):
        if self._error is not None:
            raise self._error
        return self._value


class InlineExecutor:
    slots = 1
    cleans_here = False  # the work function cleans (it runs here anyway)

    def submit(self, fn, batch):
        return _Done(fn, batch)

    def batch_docs(self, batch_size: int) -> int:
        return batch_size

    def ready(self) -> bool:
        return True

    def start(self) -> None:
        pass

    def restart(self) -> None:
        pass

    def close(self) -> None:
        pass


def _fork_server_context(clean_only: bool):
    context = multiprocessing.get_context("forkserver")
    # the fork server imports these once; "warm" also loads the model there
    context.set_forkserver_preload(["pipeline.run.prepare"] if clean_only
                                   else ["pipeline.run.process", "pipeline.run.warm"])
    return context


def start_fork_server(clean_only: bool) -> None:
    """Start this process's fork server for a local pool, if not running yet. A run that
    knows it will process every document calls it first thing (``pipeline.run``), so the
    server imports and loads the model while the run computes its manifest and reads
    the first inputs."""
    _fork_server_context(clean_only)
    from multiprocessing import forkserver

    forkserver.ensure_running()


class PoolExecutor:
    """Local worker processes. For a full run this process cleans each batch before it
    goes out (``cleans_here``): cleaning needs no model, so the first batches are cleaned
    while the workers are still loading it, and workers only annotate and extract."""

    def __init__(self, workers: int, clean_only: bool):
        self.workers, self.clean_only = workers, clean_only
        self.slots = workers * IN_FLIGHT_PER_WORKER * POOL_SPLIT
        self.cleans_here = not clean_only
        self._pool: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._ready.set()  # until start(): submit forks workers itself

    def _get(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = _fork_server_context(self.clean_only)
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=warm_worker,
                initargs=(self.clean_only, os.getpid()),
                max_tasks_per_child=RECYCLE_AFTER_BATCHES,
            )
        return self._pool

    def start(self) -> None:
        """Start the fork server now, and the first worker from a thread: forking one waits
        until the server has imported and loaded the model (about two seconds), and this
        process reads and cleans batches ahead meanwhile (see ``ready``) instead of waiting
        in ``submit``. Further workers are forked as batches arrive."""
        pool = self._get()
        start_fork_server(self.clean_only)
        self._ready.clear()
        threading.Thread(target=self._first_worker, args=(pool,), name="first-worker",
                         daemon=True).start()

    def _first_worker(self, pool: ProcessPoolExecutor) -> None:
        try:
            pool.submit(int)  # any task forks a worker; its result is not needed
        except Exception:  # noqa: BLE001 - a broken pool shows on the first real batch
            pass
        finally:
            self._ready.set()

    def batch_docs(self, batch_size: int) -> int:
        return max(1, batch_size // POOL_SPLIT)

    def ready(self) -> bool:
        """Whether ``submit`` returns at once (the first worker has been forked)."""
        return self._ready.is_set()

    def submit(self, fn, batch) -> Future:
        return self._get().submit(fn, batch)

    def restart(self) -> None:
        """Replace a broken pool (a lost worker breaks it); a working one is kept."""
        if self._pool is not None and getattr(self._pool, "_broken", True):
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class ClusterUnavailable(RuntimeError):
    """The Dask scheduler given with ``--dask`` cannot be reached; nothing was written."""


class DaskExecutor:
    """Batches as tasks on a ``dask.distributed`` cluster; results come back here. The
    cluster's workers clean too: this one process would not keep up with many of them."""

    cleans_here = False

    def __init__(self, address: str, clean_only: bool):
        from distributed import Client

        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}",
                                     ) from exc
        self._client.register_plugin(model_loader(clean_only), name="pipeline-model-loader")
        threads = sum(self._client.nthreads().values()) or 1
        self.slots = threads * IN_FLIGHT_PER_WORKER

    def start(self) -> None:
        pass  # the plugin loaded the model when each worker started

    def submit(self, fn, batch):
        return self._client.submit(fn, batch, pure=False)

    def batch_docs(self, batch_size: int) -> int:
        return batch_size

    def ready(self) -> bool:
        return True

    def restart(self) -> None:
        pass  # the scheduler reschedules tasks of lost workers itself

    def close(self) -> None:
        self._client.close()


def model_loader(clean_only: bool = False):
    """A Dask worker plugin that loads the model when a worker starts (once per process).

    Built on demand so that importing this module does not import ``distributed``.
    """
    from distributed.diagnostics.plugin import WorkerPlugin

    class ModelLoader(WorkerPlugin):
        def __init__(self, clean_only: bool):
            self.clean_only = clean_only

        def setup(self, worker=None):
            warm_worker(self.clean_only)

    return ModelLoader(clean_only)


def make_executor(workers: int, dask: str | None, clean_only: bool):
    if dask:
        return DaskExecutor(dask, clean_only)
    if workers > 1:
        return PoolExecutor(workers, clean_only)
    return InlineExecutor()


# --------------------------------------------------------------------------- the stream


@dataclass
class _Window:
    raws: list[RawDoc]
    keys: list[str]
    found: dict[str, DocResult]
    misses: list[RawDoc] = field(default_factory=list)
    miss_keys: list[str] = field(default_factory=list)
    future: object | None = None
    cleaned: list[DocResult] | None = None  # the misses, cleaned here (cleans_here)


def process_stream(raws: Iterable[RawDoc], *, clean_only: bool = False, batch_size: int = 32,
                   workers: int = 1, dask: str | None = None,
                   cache: DocCache | None = None,
                   while_starting: Callable[[], None] | None = None,
                   ) -> Iterator[list[DocResult]]:
    """Yield the results of each batch of ``raws``, in input order: DocResults, or
    PackedResults (``pipeline.run.spill``) where a local pool's workers computed them.

    ``while_starting`` is called once while a local pool's fork server loads the model
    (one core is free then): work the caller will need later, such as its imports.
    """
    mode = "clean" if clean_only else "full"
    work = None  # set on the first cache miss
    executor = make_executor(workers, dask, clean_only)
    pending: deque[_Window] = deque()
    ahead: list[_Window] = []  # prepared here, not yet submitted: the pool is starting
    in_flight = 0
    try:
        for batch in _batches(raws, executor.batch_docs(batch_size)):
            window = _window(batch, mode, cache)
            if window.misses:
                if work is None:
                    executor.start()
                    if while_starting is not None and not executor.ready():
                        while_starting()
                    work = _annotate_work(batch_size, bool(cache)) if executor.cleans_here \
                        else _work(
                        clean_only, batch_size)
                if executor.cleans_here:
                    from pipeline.run.prepare import clean_batch

                    window.cleaned = clean_batch(window.misses)
                ahead.append(window)
            pending.append(window)
            if ahead and (executor.ready() or len(ahead) >= MAX_AHEAD
                          or len(pending) > MAX_PENDING_WINDOWS):
                in_flight += _submit(ahead, executor, work)
            while pending and _done_or_sent(pending[0]) and (
                    pending[0].future is None or in_flight >= executor.slots
                    or len(pending) > MAX_PENDING_WINDOWS):
                head = pending.popleft()
                in_flight -= head.future is not None
                yield _finish(head, executor, work, cache)
        in_flight += _submit(ahead, executor, work)
        while pending:
            yield _finish(pending.popleft(), executor, work, cache)
    finally:
        executor.close()


def _window(batch: list[RawDoc], mode: str, cache: DocCache | None) -> _Window:
    """A batch with its cached results looked up; ``misses`` are the documents to process."""
    if not cache:
        return _Window(batch, [], {}, misses=batch)
    keys = [raw_key(raw, mode) for raw in batch]
    found = cache.get_many(keys)
    window = _Window(batch, keys, found)
    window.miss_keys = [k for k in keys if k not in found]
    window.misses = [r for r, k in zip(batch, keys, strict=True) if k not in found]
    return window


def _submit(windows: list[_Window], executor, work) -> int:
    """Send out every window of ``windows`` (emptied), longest first, so that the last
    ones to finish are short and the workers end together; return how many were sent.
    Results are still read in input order (``pending``)."""
    for window in sorted(windows, key=_length, reverse=True):
        window.future = executor.submit(
            work, window.misses if window.cleaned is None else window.cleaned)
    sent = len(windows)
    windows.clear()
    return sent


def _length(window: _Window) -> int:
    if window.cleaned is not None:
        return sum(len(result.document.body) for result in window.cleaned)
    return sum(len(raw.content) for raw in window.misses)


def _done_or_sent(window: _Window) -> bool:
    """Whether the window is wholly cached or its misses have been sent out."""
    return window.future is not None or not window.misses


def _finish(window: _Window, executor, work, cache: DocCache | None) -> list[DocResult]:
    computed: list[DocResult] = []
    if window.future is not None:
        try:
            computed = window.future.result()
            if cache:
                cache.put_many(zip(window.miss_keys, computed, strict=True))
        except Exception as exc:  # noqa: BLE001 - a lost worker must not lose the run
            computed = _recover(window.misses, executor, work, exc, window.cleaned)
    if not window.found:
        return computed
    results, fresh = [], iter(computed)
    for key in window.keys:
        results.append(window.found[key] if key in window.found else next(fresh))
    return results


def _recover(raws: list[RawDoc], executor, work, exc: BaseException,
             cleaned: list[DocResult] | None = None) -> list[DocResult]:
    """Redo a failed batch one document at a time (from its cleaned form, when it was
    cleaned here); a document that fails again is an error."""
    if isinstance(exc, BrokenProcessPool):
        executor.restart()
    results = []
    for i, raw in enumerate(raws):
        try:
            item = raw if cleaned is None else cleaned[i]
            results.extend(executor.submit(work, [item]).result())
        except Exception as again:  # noqa: BLE001
            if isinstance(again, BrokenProcessPool):
                executor.restart()
            results.append(failed_result(raw, f"worker lost: {type(again).__name__}: {again}"))
    return results


def failed_result(raw: RawDoc, message: str) -> DocResult:
    document = Document(content_id(raw.content), raw.source_path, "", "", "", "", "", "",
                        source_line=raw.source_line, status="failed: worker",
                        encoding=raw.encoding)
    return DocResult(document, errors=[InputError(raw.source_path, "annotate", message)])


def _batches(items: Iterable[RawDoc], size: int) -> Iterator[list[RawDoc]]:
    batch: list[RawDoc] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
