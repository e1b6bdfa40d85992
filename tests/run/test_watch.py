"""``pipeline watch``: a real watcher process on a temporary corpus, and its failure path."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.run import RunOptions
from pipeline.run import watch as watch_mod

ROOT = Path(__file__).resolve().parents[2]
FIRST = ("Harbour City opens a library\n\n"
         "The mayor of Harbour City, Anna Berg, opened a new library on Monday. "
         "About 3,000 people visited it on the first day.\n")
SECOND = ("Northvale signs water deal\n\n"
          "Northvale signed a water supply agreement with Lakeside on 4 May 2023. "
          "The deal is worth $12 million over five years, the council said.\n")
WAIT_S = 240  # bound on each wait; a loaded 2-core machine needs tens of seconds at worst


def _sources(out: Path) -> set[str]:
    path = out / "documents.parquet"
    if not path.is_file():
        return set()
    try:
        return set(pq.ParquetFile(path).read(columns=["source_path"]).column(0).to_pylist())
    except OSError:  # replaced while being read: read again next time
        return set()


def _wait(condition, lines: queue.Queue, seen: list[str], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        try:
            seen.append(lines.get(timeout=0.5))
        except queue.Empty:
            pass
        if condition():
            return
    raise AssertionError(f"timed out waiting for {what}; watcher said: {seen}")


def _start_watcher(corpus: Path, out: Path, *options: str, **popen):
    """A real `pipeline watch` on a corpus holding FIRST, and a queue of the lines it says."""
    corpus.mkdir()
    (corpus / "first.txt").write_text(FIRST)
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "watch", str(corpus), "--out", str(out),
         "--workers", "1", *options],
        cwd=ROOT, env=dict(os.environ, PYTHONUNBUFFERED="1"), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, **popen)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.rstrip()) for line in process.stdout],
                     daemon=True).start()
    return process, lines


def test_watcher_follows_the_corpus_and_stops_on_ctrl_c(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    process, lines = _start_watcher(corpus, out, "--debounce", "300", "--report")
    seen: list[str] = []
    try:
        _wait(lambda: any(" run 1 (start)" in s for s in seen), lines, seen, "the first run")
        assert _sources(out) == {"first.txt"}
        assert (out / "report" / "index.html").is_file()

        (corpus / "second.txt").write_text(SECOND)
        _wait(lambda: "second.txt" in _sources(out), lines, seen, "second.txt in the tables")
        (corpus / "second.txt").unlink()
        _wait(lambda: _sources(out) == {"first.txt"}, lines, seen, "second.txt to go")
        _wait(lambda: any(" run 3 (" in s for s in seen), lines, seen, "the third summary")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGUSR1)  # the watcher dumps its threads' stacks
            time.sleep(3)
            while not lines.empty():
                seen.append(lines.get())
            raise AssertionError(f"no exit {WAIT_S} s after Ctrl-C; watcher said: {seen}") from None
        finally:
            if process.poll() is None:
                process.kill()
    while not lines.empty():
        seen.append(lines.get())
    assert code == 0, seen
    assert seen[-1] == "stopped"
    runs = [s for s in seen if " run " in s]
    assert all("documents" in s and "report" in s for s in runs), runs
    assert any("(+1 ~0 -0)" in s for s in runs) and any("-1)" in s for s in runs), runs
    assert not any("Traceback" in s for s in seen), seen


def test_ctrl_c_stops_a_watcher_started_with_sigint_ignored(tmp_path):
    """A background job of a script (or `nohup`) starts with SIGINT ignored, and Python keeps
    it so: the watcher must still stop on Ctrl-C."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    process, lines = _start_watcher(
        corpus, out, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    seen: list[str] = []
    try:
        _wait(lambda: any(" run 1 (start)" in s for s in seen), lines, seen, "the first run")
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=WAIT_S)
    finally:
        if process.poll() is None:
            process.kill()
    while not lines.empty():
        seen.append(lines.get())
    assert code == 0 and seen[-1] == "stopped", seen


def test_a_failed_run_is_reported_and_leaves_the_previous_tables(tmp_path, monkeypatch):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "first.txt").write_text(FIRST)
    options = RunOptions(corpus=corpus, out=out, workers=1)
    said: list[str] = []
    assert watch_mod.run_once(1, "start", options, False, said.append)
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}

    def broken(options):
        raise OSError("disk full")

    monkeypatch.setattr(watch_mod, "run", broken)
    (corpus / "second.txt").write_text(SECOND)
    assert not watch_mod.run_once(2, "+1 ~0 -0", options, False, said.append)
    assert "run 2 (+1 ~0 -0): failed: OSError('disk full'); previous outputs kept" in said[-1]
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before


def test_own_outputs_inside_the_corpus_do_not_trigger_runs(tmp_path):
    from watchfiles import Change

    options = RunOptions(corpus=tmp_path, out=tmp_path / "outputs")
    accept = watch_mod._filter(options)
    assert accept(Change.added, str(tmp_path / "new.txt"))
    assert not accept(Change.modified, str(tmp_path / "outputs" / "documents.csv"))
    assert not accept(Change.added, str(tmp_path / "outputs" / "report" / "index.html"))
    assert not accept(Change.added, str(tmp_path / ".hidden.txt"))
    assert not accept(Change.added, str(tmp_path / "draft.txt.swp"))
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    linked = watch_mod._filter(RunOptions(corpus=tmp_path / "link",
                                          out=tmp_path / "link" / "outputs"))
    assert not linked(Change.added, str(tmp_path / "real" / "outputs" / "documents.csv"))
    assert linked(Change.added, str(tmp_path / "real" / "article.txt"))


def test_stop_event_ends_the_watch(tmp_path):
    (tmp_path / "c").mkdir()
    stop = threading.Event()
    stop.set()
    said: list[str] = []
    options = RunOptions(corpus=tmp_path / "c", out=tmp_path / "o", workers=1)
    assert watch_mod.watch(options, echo=said.append, stop_event=stop) == 0
    assert said[0].startswith("watching") and " run 1 (start): 0 documents" in said[1]
    assert said[-1] == "stopped"


def test_a_file_dropped_during_the_first_run_is_not_missed(tmp_path, monkeypatch):
    """The watcher starts after the first run; what arrived meanwhile still starts a run."""
    from pipeline.run import RunSummary

    corpus = tmp_path / "c"
    corpus.mkdir()
    stop = threading.Event()
    calls: list[int] = []

    def fake_run(options):
        calls.append(len(calls) + 1)
        if len(calls) == 1:
            (corpus / "late.txt").write_text(SECOND)  # dropped while run 1 is busy
        else:
            stop.set()
        return RunSummary()

    monkeypatch.setattr(watch_mod, "run", fake_run)
    said: list[str] = []
    options = RunOptions(corpus=corpus, out=tmp_path / "o", workers=1)
    done = threading.Thread(target=watch_mod.watch, args=(options,),
                            kwargs={"echo": said.append, "stop_event": stop, "debounce_ms": 50})
    done.start()
    done.join(timeout=60)
    assert not done.is_alive(), said
    assert calls == [1, 2], said
    assert " run 2 (+1 ~0 -0)" in said[2], said


def test_listing_changes_name_added_modified_and_deleted():
    before = {"a": (1, 10), "b": (1, 10), "c": (1, 10)}
    after = {"a": (1, 10), "b": (2, 11), "d": (1, 5)}
    assert watch_mod._listing_changes(before, after) == {
        ("modified", "b"), ("deleted", "c"), ("added", "d")}
    assert watch_mod.describe(watch_mod._listing_changes(before, after)) == "+1 ~1 -1"
