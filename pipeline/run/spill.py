"""Where a run keeps its per-document results until the tables are written.

``ResultSpill`` holds them on disk (see its docstring); ``PackedResult`` is a result in
the spill's own encoding. Pool workers send their results packed (``pack``): the run then
writes their bytes as they are instead of unpickling each result from the worker and
pickling it again for the spill, work that would fall on the one process that also
cleans, resolves and writes while the workers annotate.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import zlib
from pathlib import Path
from typing import NamedTuple

from pipeline.model import DocResult, Document, InputError


def _encode(value) -> bytes:
    return zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), 1)


def _decode(data: bytes):
    return pickle.loads(zlib.decompress(data))


class PackedResult:
    """A DocResult as the spill stores it: its document and the rest, encoded apart, with
    what the run reads of every result before writing (ordering keys, errors, timings).
    Anything else (``document``, ``mentions``, ...) is decoded on first use."""

    __slots__ = ("doc_id", "source_path", "source_line", "document_bytes", "rest_bytes",
                 "errors", "timings", "cache_entry", "_result")

    def __init__(self, doc_id: str, source_path: str, source_line: int,
                 document_bytes: bytes, rest_bytes: bytes, errors: list[InputError],
                 timings: dict[str, float], cache_entry: bytes | None = None):
        self.doc_id, self.source_path, self.source_line = doc_id, source_path, source_line
        self.document_bytes, self.rest_bytes = document_bytes, rest_bytes
        self.errors, self.timings = errors, timings
        self.cache_entry = cache_entry  # pipeline.run.cache.encode_result's, when asked
        self._result: DocResult | None = None

    def __reduce__(self):
        return PackedResult, (self.doc_id, self.source_path, self.source_line,
                              self.document_bytes, self.rest_bytes, self.errors,
                              self.timings, self.cache_entry)

    def unpacked(self) -> DocResult:
        if self._result is None:
            sentences, mentions, entities, dates, figures, relations = _decode(
                self.rest_bytes)
            self._result = DocResult(_decode(self.document_bytes), sentences, mentions,
                                     entities, dates, figures, relations, self.errors,
                                     self.timings)
        return self._result

    def __getattr__(self, name: str):  # only called for names that are not slots
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.unpacked(), name)


def pack(result: DocResult, cache_entry=None) -> PackedResult:
    """``result`` packed; ``cache_entry`` (result -> bytes) also encodes its cache entry."""
    d = result.document
    parts = (result.sentences, result.mentions, result.entities, result.dates,
             result.figures, result.relations)
    return PackedResult(d.doc_id, d.source_path, d.source_line or 0, _encode(d),
                        _encode(parts), result.errors, result.timings,
                        cache_entry(result) if cache_entry is not None else None)


def unpacked(result: DocResult | PackedResult) -> DocResult:
    return result.unpacked() if isinstance(result, PackedResult) else result


class ResultSpill:
    """This run's DocResults in an unnamed temporary file, read back by position.

    The tables need every document twice (once for resolution, once for its rows), but the
    main process must not hold the corpus: each result goes to disk as it arrives and only
    its ordering keys and file position stay in memory. The file is anonymous (gone when
    closed or when the process dies) and private to this process, so pickle is safe here.
    Documents are stored apart from the rest so the documents table reads only them.
    """

    def __init__(self, folder: Path | None):
        self.folder = folder  # None: kept in memory (a run that writes no files)
        self._file = None  # opened with the first result
        self._memory: bytearray | None = None
        self._end = 0
        self.entries: list[SpillEntry] = []

    def add(self, result: DocResult | PackedResult) -> None:
        """Store ``result``; a PackedResult's bytes are written as they are."""
        if self.folder is None and self._memory is None:
            self._memory = bytearray()
            self._file = _MemoryFile(self._memory)
        elif self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = tempfile.TemporaryFile(dir=self.folder)
        packed = result if isinstance(result, PackedResult) else pack(result)
        document, rest = packed.document_bytes, packed.rest_bytes
        self._file.write(document)
        self._file.write(rest)
        self.entries.append(SpillEntry(packed.doc_id, packed.source_path, packed.source_line,
                                       self._end, len(document), len(rest)))
        self._end += len(document) + len(rest)

    def _read(self, offset: int, size: int):
        if self._memory is not None:
            return _decode(self._memory[offset:offset + size])
        return _decode(os.pread(self._file.fileno(), size, offset))

    def document(self, entry: SpillEntry) -> Document:
        self._file.flush()
        return self._read(entry.offset, entry.document_size)

    def result(self, entry: SpillEntry) -> DocResult:
        """The result without its errors and timings (those are kept by the first pass)."""
        self._file.flush()
        sentences, mentions, entities, dates, figures, relations = self._read(
            entry.offset + entry.document_size, entry.rest_size)
        return DocResult(self.document(entry), sentences, mentions, entities, dates,
                         figures, relations)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> ResultSpill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _MemoryFile:
    """The part of a file ResultSpill uses, over a bytearray."""

    def __init__(self, buffer: bytearray):
        self._buffer = buffer

    def write(self, data: bytes) -> None:
        self._buffer += data

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class SpillEntry(NamedTuple):
    doc_id: str
    source_path: str
    source_line: int
    offset: int
    document_size: int
    rest_size: int
