"""Tables built from installed packages, stored once and loaded by every later process.

Some start-up work gives the same result in every process: the place gazetteer (read from
pycountry and GeoNames' JSON, every name folded: 0.7 s) and py3langid's model (an
LZMA-compressed 4.5 MB file that every process decompresses to 68 MB: 0.5 s). Together
they cost a one-worker run over a few hundred articles as much as all the rest of its
start-up. Their results depend only on the installed packages, our code and Python, so
they are stored in the virtual environment, beside the packages they come from
(``make setup`` builds them, ``python -m pipeline.prebuilt``), and read back in a few
hundredths of a second.

A stored table is named by a digest of everything it is built from: the source files of
the modules that build it, the installed versions of the packages it reads and the
Python version. A changed rule table, package or interpreter therefore gives a new name
and a new build, never a stale table, and a loaded table equals a fresh build (tests
check it). Files are written whole (to a temporary name, then renamed), so a concurrent
process reads either nothing or a complete file; a folder that cannot be written, or a
file that cannot be read, only means the table is built in memory, as without a store.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# Where stored tables go: the virtual environment's (or installation's) prefix, unless
# this variable names another folder.
FOLDER_VARIABLE = "PIPELINE_PREBUILT_DIR"
DEFAULT_FOLDER = Path(sys.prefix) / "var" / "news-tables"
PACKAGE_ROOT = Path(__file__).resolve().parent


def folder() -> Path:
    return Path(os.environ.get(FOLDER_VARIABLE) or DEFAULT_FOLDER)


def stored(name: str, build: Callable[[], T], *, sources: Iterable[str],
           packages: Iterable[str], suffix: str, write: Callable[[Path, T], None],
           read: Callable[[Path], T]) -> T:
    """The table ``build()`` makes, read from the store when it holds it, else built
    and stored.

    ``sources`` are paths of package files (relative to ``pipeline/``) whose code or
    rules shape the table; ``packages`` the distributions it reads. ``write(path,
    value)`` and ``read(path)`` store and load it.
    """
    path = folder() / f"{name}-{digest(sources, packages)}{suffix}"
    try:
        return read(path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass  # unreadable (another format, a damaged disk): built and stored again
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        os.close(handle)
        try:
            write(Path(temporary), value)
            os.chmod(temporary, 0o644)  # mkstemp's files are private; these are not
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        _drop_older(path, name, suffix)
    except OSError:
        pass  # a read-only installation: build in every process, as without a store
    return value


def _drop_older(path: Path, name: str, suffix: str) -> None:
    """Remove the table's files built from other code or packages (the language model
    takes 68 MB): a process still running that code builds it again if it must."""
    for other in path.parent.glob(f"{name}-*{suffix}"):
        if other != path and len(other.name) == len(path.name):
            other.unlink(missing_ok=True)


def digest(sources: Iterable[str], packages: Iterable[str]) -> str:
    """What a stored table was built from: source files, package versions, Python."""
    hasher = hashlib.blake2b(digest_size=10)
    hasher.update(f"python={sys.version_info[:3]}\0".encode())
    versions = installed_versions(tuple(packages))
    for package, version in sorted(versions.items()):
        hasher.update(f"{package}={version}\0".encode())
    for source in sorted(sources):
        hasher.update(source.encode() + b"\0")
        hasher.update(hashlib.blake2b((PACKAGE_ROOT / source).read_bytes()).digest())
    return hasher.hexdigest()


def installed_versions(names: tuple[str, ...]) -> dict[str, str]:
    """``{name: version}`` of installed distributions ("?" when missing).

    Read from the ``NAME-VERSION.dist-info`` folder names on ``sys.path``, not through
    ``importlib.metadata``, whose import alone costs more than this look-up.
    """
    wanted = {normalise(n): n for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            entries = os.listdir(entry or ".")
        except OSError:
            continue
        for entry_name in entries:
            if not entry_name.endswith(".dist-info"):
                continue
            dist, _, version = entry_name[:-len(".dist-info")].partition("-")
            key = normalise(dist)
            if key in wanted and wanted[key] not in found:
                found[wanted[key]] = version
    return {n: found.get(n, "?") for n in names}


def normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def build_all() -> None:
    """Build (or check) every stored table: what ``make setup`` runs."""
    from pipeline.clean.language import _identifier
    from pipeline.extract.entities.gazetteer import gazetteer

    gazetteer()
    _identifier()


if __name__ == "__main__":
    build_all()
    print(f"prebuilt tables in {folder()}")
