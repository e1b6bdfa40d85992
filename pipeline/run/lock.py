"""One run per output folder at a time: a lock file in OUT.

Two runs on one folder would both do the whole work, and the tables would be those of
whichever finished last. The lock is ``flock`` on ``OUT/.lock``: the kernel releases it
when its holder exits, however it exits (SIGKILL, the out-of-memory killer), so a lock
left by a killed run is free by construction. The file's content (pid, host, start time)
only names the holder in messages; a run that finds the lock free but the file still
filled knows the previous run died, says so, and takes over. A finished run deletes the
file (after the folder's tables are in place), so ``OUT`` holds only tables, ``.cache``
and ``.manifest.json`` (what the tables were built from: ``pipeline.run.manifest``).
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

LOCK_FILE = ".lock"  # hidden: never taken for a table, never read as an input


class OutputBusy(RuntimeError):
    """Another run holds the output folder (and the caller chose not to wait)."""


class OutputLock:
    """``with OutputLock(out, wait=...)``: hold ``out`` for one run.

    Without ``wait`` a held folder raises ``OutputBusy`` at once; with it, the run waits
    (after one message through ``notify``) until the other run ends.
    """

    def __init__(self, out: Path, *, wait: bool = False,
                 notify: Callable[[str], None] | None = None):
        self.out, self.wait = Path(out), wait
        self.path = self.out / LOCK_FILE
        self.notify = notify or (lambda message: None)
        self._fd: int | None = None
        self._created = False

    def __enter__(self) -> OutputLock:
        self._created = not self.out.exists()
        while self._fd is None:
            self.out.mkdir(parents=True, exist_ok=True)  # again: a holder that made it and
            # wrote nothing removes it when done
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                self._take(fd)
            except BaseException:
                os.close(fd)
                raise
            # the holder we waited for deletes the file when done: a lock on that deleted
            # file would be no lock at all, so make sure the locked file is still the one
            # at the path, else start again
            if _same_file(fd, self.path):
                self._fd = fd
            else:
                os.close(fd)
        holder = _read(self._fd)
        if holder:
            self.notify(f"{self.out}: a previous run ({holder}) ended without finishing; "
                        "taking over its lock")
        _write(self._fd, f"pid {os.getpid()} on {socket.gethostname()}, started "
                         f"{time.strftime('%Y-%m-%d %H:%M:%S')}")
        return self

    def _take(self, fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _read(fd) or "another run"
        if not self.wait:
            raise OutputBusy(f"{self.out} is in use by another run ({holder}); wait for it "
                             "to finish, or pass --wait to queue behind it")
        self.notify(f"{self.out} is in use by another run ({holder}); waiting for it "
                    "to finish ...")
        fcntl.flock(fd, fcntl.LOCK_EX)

    def __exit__(self, *exc) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # still locked: nobody can take it half-way
        finally:
            os.close(self._fd)
            self._fd = None
        if self._created:  # a run that failed before writing leaves no empty folder
            try:
                self.out.rmdir()
            except OSError:
                pass


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read(fd: int) -> str:
    try:
        return os.pread(fd, 512, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode("utf-8") + b"\n", 0)
