"""One run per output folder: a second run is refused or waits; a killed run's lock is
taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from pipeline.cli import EXIT_BUSY, EXIT_OK, main
from pipeline.run.lock import LOCK_FILE, OutputBusy, OutputLock

STORY = ("Port council approves budget\nThe port council of Westhaven approved its budget "
         "on Monday, the mayor said.\n")


def test_a_second_lock_is_refused_while_the_first_is_held(tmp_path):
    with OutputLock(tmp_path):
        with pytest.raises(OutputBusy, match=f"pid {os.getpid()}.*--wait"):
            OutputLock(tmp_path).__enter__()
    with OutputLock(tmp_path):  # released: free again
        pass
    assert not (tmp_path / LOCK_FILE).exists()  # a finished run leaves only its tables
    with OutputLock(tmp_path / "new" / "out"):  # a run that fails before writing ...
        assert (tmp_path / "new" / "out" / LOCK_FILE).exists()
    assert not (tmp_path / "new" / "out").exists()  # ... leaves no empty output folder


def test_wait_queues_behind_the_holder(tmp_path):
    messages: list[str] = []
    order: list[str] = []
    first = OutputLock(tmp_path).__enter__()

    def second():
        with OutputLock(tmp_path, wait=True, notify=messages.append):
            order.append("second")
            assert (tmp_path / LOCK_FILE).read_text().startswith(f"pid {os.getpid()} ")

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.5)
    assert order == [] and "waiting" in messages[0]
    order.append("first done")
    first.__exit__(None, None, None)  # deletes the file the waiter is blocked on
    thread.join(10)
    assert order == ["first done", "second"]
    assert len(messages) == 1  # no "taking over": the first run finished properly


HOLD = """
import sys, time
from pipeline.run.lock import OutputLock
with OutputLock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_the_lock_of_a_killed_run_is_taken_over(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(OutputBusy, match=f"pid {holder.pid}"):
        OutputLock(tmp_path).__enter__()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (tmp_path / LOCK_FILE).read_text().startswith(f"pid {holder.pid} ")  # left behind
    messages: list[str] = []
    with OutputLock(tmp_path, notify=messages.append):
        pass
    assert len(messages) == 1 and f"pid {holder.pid}" in messages[0]
    assert "taking over" in messages[0]


def test_cli_exits_4_when_the_folder_is_busy_and_waits_with_wait(tmp_path, capsys):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY)
    args = ["extract", str(corpus), "--out", str(out), "--clean-only", "--quiet",
            "--workers", "1", "--no-cache"]
    lock = OutputLock(out).__enter__()
    assert main(args) == EXIT_BUSY
    assert "in use by another run" in capsys.readouterr().err
    assert not (out / "documents.csv").exists()

    timer = threading.Timer(1.0, lock.__exit__, (None, None, None))
    timer.start()
    assert main([*args, "--wait"]) == EXIT_OK
    timer.join()
    assert "waiting for it to finish" in capsys.readouterr().err
    assert (out / "documents.csv").exists() and not (out / LOCK_FILE).exists()
