"""A run killed with SIGKILL at any moment never leaves a broken table.

The killed run processes a different corpus than the first one. Every table file must
afterwards be byte-identical either to the previous run's file or to the complete file
of an uninterrupted run of the new corpus: never a mix, never truncated. A kill before
the write phase (most of a run) leaves the previous outputs byte-identical.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.conftest import SAMPLES

EXTRA = (
    "Port Ellis opens new ferry terminal\n"
    "The city of Port Ellis opened a ferry terminal on Friday, its mayor Ruth Quill said.\n"
)


def _tables(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".")}


def _extract(corpus, out):
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "--out", str(out),
         "--quiet", "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def new_corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("kill")
    corpus = base / "corpus"
    shutil.copytree(SAMPLES, corpus, ignore=shutil.ignore_patterns(".*"))
    (corpus / "extra.txt").write_text(EXTRA)
    reference = base / "reference"
    assert _extract(corpus, reference).wait() in (0, 3)
    return corpus, _tables(reference)


@pytest.mark.parametrize("delay", [0.3, 1.5, 3.0, 5.0, 8.0])
def test_kill_9_leaves_every_table_whole(sample_run, new_corpus, tmp_path, delay):
    _, first_out, _ = sample_run
    corpus, new_tables = new_corpus
    out = tmp_path / "out"
    shutil.copytree(first_out, out, ignore=shutil.ignore_patterns(".*"))
    old_tables = _tables(out)

    proc = _extract(corpus, out)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    after = _tables(out)
    assert set(after) == set(old_tables)
    for name, data in after.items():
        assert data in (old_tables[name], new_tables[name]), name
    if proc.returncode == -signal.SIGKILL and delay < 1:
        assert after == old_tables


# A child that announces the write phase and writes slowly (each file's temporary copy is
# complete before the pause, the rename after it), so that kills land inside the write.
SLOW_WRITER = """
import sys, time
import pipeline.output.write as w
real_replace = w.os.replace
announced = []
def slow_replace(src, dst):
    if not announced:
        announced.append(1)
        print("writing", flush=True)
    time.sleep(0.15)
    real_replace(src, dst)
w.os.replace = slow_replace
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("delay", [0.05, 1.2])
def test_kill_9_during_the_write_then_rerun(sample_run, new_corpus, tmp_path, delay):
    """Killed between files of the write phase: each table is old or new, never broken, and
    the next run (reusing what the killed run left in the cache) gives exactly the tables
    of an uninterrupted run."""
    from pipeline.run import RunOptions, run

    _, first_out, _ = sample_run
    corpus, new_tables = new_corpus
    out = tmp_path / "out"
    shutil.copytree(first_out, out, ignore=shutil.ignore_patterns(".*"))
    old_tables = _tables(out)
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, "extract", str(corpus), "--out", str(out),
         "--quiet", "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    after = _tables(out)
    assert set(after) == set(old_tables)
    for name, data in after.items():
        assert data in (old_tables[name], new_tables[name]), name
    changed = {name for name in after if after[name] != old_tables[name]}
    assert changed != set(after)  # the kill did land before the last rename
    if delay > 1:
        assert changed  # ... and after the first one: a true mix of old and new files

    run(RunOptions(corpus=corpus, out=out, workers=1))
    assert _tables(out) == new_tables


def _session(sid: int) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter():
        try:
            if os.getsid(proc.pid) == sid:
                found.append(proc)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return found


def test_kill_9_of_a_two_worker_run_leaves_no_process_behind(tmp_path):
    """The run's workers, fork server and resource tracker all end within 20 s of a
    SIGKILL of the run (they watch it; nothing else would tell them)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):  # enough batches of one document to keep both workers busy
        for sample in sorted(SAMPLES.glob("*.txt")):
            (corpus / f"{i}_{sample.name}").write_text(sample.read_text() + f"\nCopy {i}.\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "--out",
         str(tmp_path / "out"), "--quiet", "--workers", "2", "--batch-size", "1", "--no-cache"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        run = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        # fork server + resource tracker + two workers
        while len(run.children(recursive=True)) < 4:
            assert proc.poll() is None and time.monotonic() < deadline, "workers never started"
            time.sleep(0.1)
        time.sleep(0.5)
        descendants = run.children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        _, alive = psutil.wait_procs(descendants, timeout=20)
        assert not alive, [p.cmdline() for p in alive]
        assert not _session(proc.pid)
    finally:
        for leftover in _session(proc.pid):
            leftover.kill()
