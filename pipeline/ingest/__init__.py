"""Ingest: turn whatever was dropped into the corpus folder into RawDocs, or InputErrors.

Corpus folders are filled by hand, scrapers and copy-paste, so every file is untrusted:
a bad file, line or sidecar becomes an ``InputError`` naming the reason, never an
exception, and the rest of the corpus is still read. Output order is sorted by relative
path (then line number) so that the same folder always gives the same tables.

Decoding lives in ``decode.py``, jsonl lines and sidecars in ``records.py``, the tables of
file types, magic numbers and metadata keys in ``rules.py``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import rules as R
from pipeline.ingest.decode import Rejected, decode_bytes, normalise_newlines, read_bytes
from pipeline.ingest.records import jsonl_docs, load_sidecar
from pipeline.model import InputError, RawDoc

STAGE = "ingest"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class _Entry:
    rel: str  # display path, relative, POSIX
    path: Path | None  # None for a walk error
    error: str = ""


# --------------------------------------------------------------------------- public API


def content_id(text: str) -> str:
    """A deterministic 16-hex id of an article's content.

    Derived from the decoded, newline-normalised text only (not the file name), so the
    same article saved under two names, or as .txt and as a .jsonl line, gets the same id.
    """
    normalised = normalise_newlines(text)
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_inputs(corpus: Path, max_bytes: int = 20_000_000, follow_links: bool = False,
                ) -> Iterator[RawDoc | InputError]:
    """Yield one RawDoc per article and one InputError per bad file, line or sidecar.

    Sorted by relative POSIX path, then by line number inside a .jsonl file. Never raises
    for bad input: every failure is reported as an InputError(stage="ingest"). Symbolic
    links are followed only while their target lies inside the corpus folder, unless
    ``follow_links``: a drop folder must not publish files from elsewhere on the machine.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        reason = "does not exist" if not corpus.exists() else "is not a folder"
        yield InputError(".", STAGE, f"corpus folder {str(corpus)!r} {reason}")
        return
    entries = sorted(_walk(corpus, follow_links), key=lambda e: e.rel)
    articles, sidecars, sidecar_by_base = _index(entries)
    sidecar_cache: dict[str, tuple[dict, list[InputError]]] = {}

    def sidecar_for(rel: str) -> tuple[dict, list[InputError]]:
        if rel not in sidecar_cache:
            sidecar_cache[rel] = load_sidecar(sidecars[rel], max_bytes, rel)
        return sidecar_cache[rel]

    for entry in entries:
        if entry.path is None:
            yield InputError(entry.rel, STAGE, entry.error)
            continue
        try:
            yield from _process(entry, articles, sidecar_by_base, sidecar_for, max_bytes)
        except Exception as exc:  # a safety net: one file never stops the run
            yield InputError(entry.rel, STAGE, f"internal error: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- walking


def _display(name: str) -> str:
    """A file name safe to write to CSV/Parquet: undecodable bytes shown as \\xNN, and
    control characters (a carriage return would split a CSV row) as \\r, \\t, \\x1b..."""
    shown = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), shown)


def _walk(root: Path, follow_links: bool = False) -> list[_Entry]:
    """All candidate files under root (hidden names skipped), plus folder-level errors.

    Symbolic links (to files or folders) are followed when their target lies inside the
    corpus folder, or always with ``follow_links``; each real folder is walked once, so
    symlink loops end instead of hanging. An explicit stack keeps deep trees off the call
    stack.
    """
    out: list[_Entry] = []
    try:
        root_stat = root.stat()
        visited = {(root_stat.st_dev, root_stat.st_ino)}
    except OSError as exc:
        return [_Entry(".", None, f"cannot read folder: {exc.strerror}")]
    stack: list[tuple[str, str]] = [(os.fspath(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            out.append(
                _Entry(prefix.rstrip("/") or ".", None, f"cannot read folder: {exc.strerror}")
            )
            continue
        subfolders = []
        for child in children:
            if child.name.startswith("."):
                continue
            if not prefix and child.name in R.RESERVED_TOP_LEVEL:
                continue
            rel = prefix + _display(child.name)
            if not follow_links and _is_link(child) and leads_outside(child.path, root):
                out.append(_Entry(rel, None, OUTSIDE_LINK))
                continue
            try:
                is_dir = child.is_dir()  # follows symlinks
            except OSError:
                is_dir = False  # e.g. a symlink loop: reported when the "file" is read
            if not is_dir:
                out.append(_Entry(rel, Path(child.path)))
                continue
            try:
                st = child.stat()
            except OSError as exc:
                out.append(_Entry(rel, None, f"cannot read folder: {exc.strerror}"))
                continue
            key = (st.st_dev, st.st_ino)
            if key in visited:
                out.append(
                    _Entry(rel, None, "symbolic link loop or folder already walked; skipped")
                )
                continue
            visited.add(key)
            if _classify(child.name) != "unsupported":
                out.append(_Entry(rel, None, _directory_message(child.path)))
            subfolders.append((child.path, rel + "/"))
        stack.extend(reversed(subfolders))
    return out


OUTSIDE_LINK = ("symbolic link to a target outside the corpus folder; not followed "
                "(pipeline extract --follow-links allows it)")


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def leads_outside(path: str | Path, root: Path) -> bool:
    """Whether ``path`` (every link resolved; a broken one as far as it goes) lies outside
    the folder ``root``."""
    real_root = os.path.realpath(root)
    target = os.path.realpath(path)
    return target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep)


def _directory_message(path: str) -> str:
    try:
        with open(path, "rb"):
            pass
        reason = "Is a directory"
    except OSError as exc:
        reason = exc.strerror or "Is a directory"
    return f"cannot read: {reason} (a folder named like an article; its contents are still read)"


def _classify(name: str) -> str:
    """'sidecar', 'text', 'html', 'jsonl' or 'unsupported', from the file name alone."""
    lower = name.lower()
    if lower.endswith(R.SIDECAR_SUFFIX):
        return "sidecar"
    return R.ARTICLE_SUFFIXES.get(os.path.splitext(lower)[1], "unsupported")


def _split_suffix(rel: str) -> tuple[str, str]:
    base, ext = os.path.splitext(rel)
    return base, ext.lower()


def _index(
    entries: list[_Entry],
) -> tuple[set[tuple[str, str]], dict[str, Path], dict[str, str]]:
    """For pairing: (base, suffix) of every article, sidecar rel -> path, and base ->
    sidecar rel (the first by path when two differ only in suffix case)."""
    articles: set[tuple[str, str]] = set()
    sidecars: dict[str, Path] = {}
    by_base: dict[str, str] = {}
    for entry in entries:  # sorted by rel
        if entry.path is None:
            continue
        kind = _classify(entry.rel)
        if kind == "sidecar":
            sidecars[entry.rel] = entry.path
            by_base.setdefault(_sidecar_base(entry.rel), entry.rel)
        elif kind != "unsupported":
            articles.add(_split_suffix(entry.rel))
    return articles, sidecars, by_base


def _sidecar_base(rel: str) -> str:
    return rel[: -len(R.SIDECAR_SUFFIX)]


# --------------------------------------------------------------------------- processing


def _process(
    entry, articles, sidecar_by_base, sidecar_for, max_bytes
) -> Iterator[RawDoc | InputError]:
    kind = _classify(entry.rel)
    rel = entry.rel
    if kind == "unsupported":
        ext = os.path.splitext(rel.rsplit("/", 1)[-1])[1]
        what = f"'{ext.lower()}'" if ext else "(no extension)"
        yield InputError(rel, STAGE, f"unsupported file type {what}")
        return
    if kind == "sidecar":
        base = _sidecar_base(rel)
        if not any((base, sfx) in articles for sfx in R.SIDECAR_PARTNERS):
            partners = "/".join(R.SIDECAR_PARTNERS)
            yield InputError(rel, STAGE, f"sidecar without article (no {partners} beside it)")
            return
        yield from sidecar_for(rel)[1]
        return
    try:
        data = read_bytes(entry.path, max_bytes)
        text, encoding = decode_bytes(data, kind)
    except Rejected as exc:
        yield InputError(rel, STAGE, str(exc))
        return
    if kind == "jsonl":
        yield from jsonl_docs(rel, text, encoding)
        return
    meta: dict = {}
    sidecar = sidecar_by_base.get(_split_suffix(rel)[0]) if kind in ("text", "html") else None
    if sidecar is not None:
        meta = dict(sidecar_for(sidecar)[0])
    yield RawDoc(rel, None, kind, text, meta, encoding, meta_source=sidecar or "")
