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
