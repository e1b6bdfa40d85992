"""Parallel and distributed runs give the same tables as a run in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import DocResult, Document, RawDoc
from pipeline.run import RunOptions, parallel, process, run
from pipeline.run.parallel import process_stream
from pipeline.run.spill import PackedResult, unpacked

ARTICLES = {
    "one.txt": "Council approves new bridge\n\n"
               "The city council of Bergen approved a new bridge on Thursday. Mayor Anna Lund "
               "said it would cost 300 million crowns and open in 2026.\n",
    "two.txt": "Tech firm buys rival\n\n"
               "Software maker Brightlane agreed to buy its rival Codeway for $45 million, the "
               "companies said in Dublin on 3 May 2021.\n",
    "sub/three.txt": "Wheat prices fall\n\n"
                     "Wheat prices fell 4% last week as farmers in Kansas harvested a record "
                     "crop, the US Department of Agriculture said.\n",
}



@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_tables(corpus, nlp, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    run(RunOptions(corpus=corpus, out=out, workers=1, cache=False, batch_size=2))
    return _tables(out)


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_two_workers_equal_one(corpus, local_tables, tmp_path):
    run(RunOptions(corpus=corpus, out=tmp_path, workers=2, cache=False, batch_size=1))
    assert _tables(tmp_path) == local_tables


def test_dask_local_cluster_equals_local_run(corpus, local_tables, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run(RunOptions(corpus=corpus, out=tmp_path, dask=cluster.scheduler_address,
                       cache=False, batch_size=2))
    assert _tables(tmp_path) == local_tables


# ----------------------------------------------------------------- the stream itself


def _raws(n: int) -> list[RawDoc]:
    return [RawDoc(f"d{i:02}.txt", None, "text", f"text {i}") for i in range(n)]


def _fake_result(raw: RawDoc) -> DocResult:
    return DocResult(Document(raw.content, raw.source_path, "", "", "", "", "en", raw.content))


def test_stream_keeps_input_order_with_cache_hits(monkeypatch, tmp_path):
    from pipeline.run.cache import DocCache

    calls: list[list[str]] = []

    def fake(raws, batch_size=32):
        calls.append([r.source_path for r in raws])
        return [_fake_result(r) for r in raws]

    monkeypatch.setattr(process, "process_batch", fake)
    raws = _raws(7)
    with DocCache(tmp_path, version="test") as store:
        list(process_stream(raws[::2], batch_size=3, cache=store))
        calls.clear()
        got = [r for batch in process_stream(raws, batch_size=3, cache=store) for r in batch]
    assert [r.document.source_path for r in got] == [r.source_path for r in raws]
    assert sorted(p for call in calls for p in call) == [r.source_path for r in raws[1::2]]


def test_a_batch_that_fails_is_retried_one_document_at_a_time(monkeypatch):
    def fragile(raws, batch_size=32):
        if any(r.content == "text 2" for r in raws):
            raise MemoryError("worker lost")
        return [_fake_result(r) for r in raws]

    monkeypatch.setattr(process, "process_batch", fragile)
    got = [r for batch in process_stream(_raws(4), batch_size=4) for r in batch]
    assert [r.document.source_path for r in got] == [f"d{i:02}.txt" for i in range(4)]
    assert [bool(r.errors) for r in got] == [False, False, True, False]
    assert got[2].document.status == "failed: worker"


class _HereAsAPool:
    """An executor that runs work in this process but, like the local pool, expects its
    batches cleaned already; it records what it was given."""

    slots = 2
    cleans_here = True

    def __init__(self):
        self.given: list = []

    def start(self):
        pass

    def ready(self):
        return True

    def batch_docs(self, batch_size):
        return batch_size

    def submit(self, fn, batch):
        self.given.extend(batch)
        return parallel._Done(fn, batch)

    def restart(self):
        pass

    def close(self):
        pass


def test_a_local_pool_gets_batches_cleaned_here_and_gives_the_same_results(
        monkeypatch, corpus, nlp):
    from pipeline.ingest import iter_inputs

    raws = [r for r in iter_inputs(corpus)]
    here = _HereAsAPool()
    monkeypatch.setattr(parallel, "make_executor", lambda *a: here)
    got = [r for batch in process_stream(raws, batch_size=2, workers=2) for r in batch]
    assert all(isinstance(item, DocResult) and item.document.body for item in here.given)
    assert [r.document.doc_id for r in here.given] == [r.document.doc_id for r in got]
    expected = process.process_batch(raws)
    assert all(isinstance(item, PackedResult) for item in got)  # stored as they come
    for mine, theirs in zip(map(unpacked, got), expected, strict=True):
        mine.timings, theirs.timings = {}, {}
        assert mine == theirs


class _StartingPool(_HereAsAPool):
    """Like _HereAsAPool, but its first worker is still starting for the first few checks
    (as a fork server loading the model is); it records the order batches were sent in."""

    def __init__(self, starting_checks: int):
        super().__init__()
        self.starting_checks = starting_checks
        self.sent: list[list[str]] = []

    def ready(self):
        self.starting_checks -= 1
        return self.starting_checks < 0

    def submit(self, fn, batch):
        self.sent.append([r.document.source_path for r in batch])
        return super().submit(fn, batch)


def test_batches_cleaned_while_the_pool_starts_go_out_longest_first(monkeypatch):
    lengths = [5, 40, 10, 80, 20, 60]
    raws = [RawDoc(f"d{i}.txt", None, "text", "Title\n\n" + " ".join(["word"] * n) + ".")
            for i, n in enumerate(lengths)]
    pool = _StartingPool(starting_checks=4)
    monkeypatch.setattr(parallel, "make_executor", lambda *a: pool)
    monkeypatch.setattr(parallel, "_annotate_work", lambda *a, **k: _cleaned_as_they_are)
    imported = []
    got = [r for batch in process_stream(raws, batch_size=1, workers=2,
                                         while_starting=lambda: imported.append(True))
           for r in batch]
    assert imported == [True]  # called once, while the pool was starting
    # the first four batches waited for the pool and went out together, longest first
    assert pool.sent[:4] == [["d3.txt"], ["d1.txt"], ["d2.txt"], ["d0.txt"]]
    assert pool.sent[4:] == [["d4.txt"], ["d5.txt"]]  # then one at a time, as read
    assert [r.document.source_path for r in got] == [r.source_path for r in raws]


def _cleaned_as_they_are(results, batch_size=32):
    return results


def crash_on_poison(raws, batch_size=32):
    """Module-level (picklable) work for pool workers: die hard on one document."""
    import os

    if any(r.content == "poison" for r in raws):
        os._exit(1)
    return [_fake_result(r) for r in raws]


def test_a_worker_that_dies_costs_one_document_not_the_run(monkeypatch):
    monkeypatch.setattr(parallel, "_work", lambda clean_only, batch_size: crash_on_poison)
    raws = _raws(5)
    raws[3] = RawDoc("d03.txt", None, "text", "poison")
    got = [r for batch in process_stream(raws, batch_size=2, workers=2, clean_only=True)
           for r in batch]
    assert [r.document.source_path for r in got] == [r.source_path for r in raws]
    assert [r.document.status for r in got] == ["ok"] * 3 + ["failed: worker", "ok"]


def crash_on_poison_cleaned(results, batch_size=32):
    """Like crash_on_poison, for workers that receive documents cleaned by the run."""
    import os

    if any("poison" in r.document.body for r in results):
        os._exit(1)
    return results


def test_a_worker_lost_on_a_cleaned_batch_costs_one_document(monkeypatch):
    monkeypatch.setattr(parallel, "_annotate_work", lambda *a, **k: crash_on_poison_cleaned)
    raws = _raws(5)
    raws[1] = RawDoc("d01.txt", None, "text", "A poison pill for the worker.")
    got = [r for batch in process_stream(raws, batch_size=2, workers=2) for r in batch]
    assert [r.document.source_path for r in got] == [r.source_path for r in raws]
    assert got[1].document.status == "failed: worker" and got[1].document.body == ""
    assert [r.document.status for r in got[2:]] == [r.document.status for r in
                                                    process.clean_batch(raws[2:])]


def test_a_pool_run_never_imports_spacy_here():
    """The run cleans and sends batches; only its workers need spaCy and the model."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pipeline.model import RawDoc\n"
        "from pipeline.run.parallel import process_stream\n"
        "raws = [RawDoc(f'd{i}.txt', None, 'text', f'Acme Corp. hired {i} people in May.')"
        " for i in range(3)]\n"
        "got = [r for b in process_stream(raws, batch_size=1, workers=2) for r in b]\n"
        "assert [r.document.status for r in got] == ['ok'] * 3, got\n"
        "assert any(r.mentions for r in got)\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=True)
    assert done.stdout.strip() == "False"


def test_the_fork_server_starts_first_thing_only_when_nothing_can_be_cached(tmp_path):
    from pipeline.run import _processes_everything

    def options(**kw):
        return RunOptions(corpus=tmp_path, out=tmp_path / "out", **kw)

    assert _processes_everything(options(workers=2, cache=False), None)
    assert _processes_everything(options(workers=2), None)  # a first run: no cache yet
    assert not _processes_everything(options(workers=1, cache=False), None)
    assert not _processes_everything(options(workers=2, dask="tcp://x:1", cache=False), None)
    (tmp_path / "out" / ".cache").mkdir(parents=True)
    assert not _processes_everything(options(workers=2), None)  # results may be cached
