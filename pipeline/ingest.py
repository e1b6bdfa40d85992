"""Ingest: turn whatever was dropped into the corpus folder into RawDocs, or InputErrors.

Corpus folders are filled by hand, scrapers and copy-paste, so every file is untrusted:
a bad file, line or sidecar becomes an ``InputError`` naming the reason, never an
exception, and the rest of the corpus is still read. Output order is sorted by relative
path (then line number) so that the same folder always gives the same tables.

Decoding order: byte-order mark, strict UTF-8, the page's own ``<meta charset>`` (HTML
only, via BeautifulSoup's declared-encoding finder), then charset-normalizer's guess,
corrected towards cp1252 for Latin-script text (charset-normalizer often picks a
Baltic or DOS code page for Western pages, which garbles every accented letter).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from pipeline.model import InputError, RawDoc
from pipeline.rules import ingest_rules as R

STAGE = "ingest"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b\x85")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_FILE_TYPES = {
    stat.S_IFIFO: "named pipe",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
}


class _Rejected(Exception):
    """Internal signal: this file (or line) is refused; the message says why."""


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
    normalised = _normalise_newlines(text)
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_inputs(corpus: Path, max_bytes: int = 20_000_000) -> Iterator[RawDoc | InputError]:
    """Yield one RawDoc per article and one InputError per bad file, line or sidecar.

    Sorted by relative POSIX path, then by line number inside a .jsonl file. Never raises
    for bad input: every failure is reported as an InputError(stage="ingest").
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        reason = "does not exist" if not corpus.exists() else "is not a folder"
        yield InputError(".", STAGE, f"corpus folder {str(corpus)!r} {reason}")
        return
    entries = sorted(_walk(corpus), key=lambda e: e.rel)
    articles, sidecars, sidecar_by_base = _index(entries)
    sidecar_cache: dict[str, tuple[dict, list[str]]] = {}

    def sidecar_for(rel: str) -> tuple[dict, list[str]]:
        if rel not in sidecar_cache:
            sidecar_cache[rel] = _load_sidecar(sidecars[rel], max_bytes)
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


def _walk(root: Path) -> list[_Entry]:
    """All candidate files under root (hidden names skipped), plus folder-level errors.

    Directory symlinks are followed, but each real folder is walked once, so symlink
    loops end instead of hanging. An explicit stack keeps deep trees off the call stack.
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
        for message in sidecar_for(rel)[1]:
            yield InputError(rel, STAGE, message)
        return
    try:
        data = _read_bytes(entry.path, max_bytes)
        text, encoding = _decode(data, kind)
    except _Rejected as exc:
        yield InputError(rel, STAGE, str(exc))
        return
    if kind == "jsonl":
        yield from _jsonl_docs(rel, text, encoding)
        return
    meta: dict = {}
    if kind in ("text", "html"):
        sidecar = sidecar_by_base.get(_split_suffix(rel)[0])
        if sidecar is not None:
            meta = dict(sidecar_for(sidecar)[0])
    yield RawDoc(rel, None, kind, text, meta, encoding)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses non-regular and oversized files without reading them."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _Rejected(_stat_failure(path, exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _Rejected("cannot read: Is a directory")
    if not stat.S_ISREG(st.st_mode):
        what = _FILE_TYPES.get(stat.S_IFMT(st.st_mode), "special file")
        raise _Rejected(f"not a regular file ({what}); not read")
    if st.st_size > max_bytes:
        raise _Rejected(_too_big(st.st_size, max_bytes))
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _Rejected(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise _Rejected(_too_big(len(data), max_bytes))
    if not data:
        raise _Rejected("empty file")
    return data


def _too_big(size: int, limit: int) -> str:
    return f"file too large: {size:,} bytes, over the {limit:,}-byte limit; not read"


def _stat_failure(path: Path, exc: OSError) -> str:
    if os.path.islink(path) and not os.path.exists(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if exc.errno == errno.ELOOP:
            return f"cannot read: {exc.strerror} (symbolic link loop via {target!r})"
        return f"broken symbolic link: target {target!r} does not exist ({exc.strerror})"
    return f"cannot read: {exc.strerror or exc}"


# --------------------------------------------------------------------------- decoding


def _decode(data: bytes, kind: str) -> tuple[str, str]:
    """Decode bytes to text; returns (newline-normalised text, codec name)."""
    text, encoding = _decode_raw(data, kind)
    text = _normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _Rejected("empty file")
    if kind != "jsonl":  # a .jsonl is checked line by line, on each article's body
        _check_text(text)
    return text, encoding


def _decode_raw(data: bytes, kind: str) -> tuple[str, str]:
    for bom, codec in R.BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise _Rejected(
                    f"starts with a {codec} byte-order mark but is not valid {codec}: {exc.reason}"
                ) from None
    _check_magic(data)
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16), utf16
    if b"\x00" in data[: R.SNIFF_BYTES]:
        raise _Rejected("binary content (NUL bytes in the first KB)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if kind == "html":
        declared = _declared(data)
        if declared:
            return declared
    return _guess(data)


def _check_magic(data: bytes) -> None:
    for name, offset, signature in R.MAGIC_NUMBERS:
        if data[offset : offset + len(signature)] == signature:
            raise _Rejected(f"binary content (looks like {name})")


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly Latin text, else None.

    Such text has a NUL in every other byte on one side only; anything else with NULs
    is binary.
    """
    head = data[: R.SNIFF_BYTES]
    if len(data) % 2 or len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) == 0:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _declared(data: bytes) -> tuple[str, str] | None:
    """Decode with the page's own charset declaration, if it names a codec that fits."""
    label = EncodingDetector.find_declared_encoding(data, is_html=True)
    if not label:
        return None
    label = label.strip().lower()
    name = R.DECLARED_CHARSET_OVERRIDES.get(label, label)
    try:
        codec = codecs.lookup(name).name
        return data.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        return None


def _guess(data: bytes) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None:
        raise _Rejected("cannot decode: not UTF-8 and no known text encoding fits")
    text, encoding = str(best), best.encoding
    single_byte = len(text) == len(data)
    if single_byte and _mostly_latin(text):
        try:
            return data.decode(R.WESTERN_DEFAULT), R.WESTERN_DEFAULT
        except UnicodeDecodeError:
            pass
    return text, encoding


def _mostly_latin(text: str) -> bool:
    """Whether the non-ASCII letters are mostly Latin script (vs. Cyrillic, Greek...)."""
    latin = other = 0
    for ch in set(text):
        if ord(ch) < 128 or not ch.isalpha():
            continue
        script = unicodedata.name(ch, "").split(" ", 1)[0]
        if script in R.NON_LATIN_SCRIPTS:
            other += 1
        else:
            latin += 1
    return latin >= other


def _check_text(text: str) -> None:
    """Refuse decoded text that is really binary junk or already-broken mojibake."""
    head = text[: R.SNIFF_CHARS]
    controls = sum(
        1 for ch in head if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if controls > max(R.MAX_CONTROL_SHARE * len(head), R.MIN_CONTROLS):
        raise _Rejected("binary content (control characters)")
    if head.count("\ufffd") > R.MAX_REPLACEMENT_SHARE * len(head):
        raise _Rejected("cannot decode: mostly U+FFFD replacement characters")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean_string(value: str) -> str:
    """Replace lone surrogates (from JSON '\\ud800' escapes) that no writer can encode."""
    return _LONE_SURROGATE.sub("\ufffd", value)


# --------------------------------------------------------------------------- jsonl


def _parse_json(text: str) -> object:
    """json.loads, with every failure (including absurd nesting) as a _Rejected."""
    try:
        return json.loads(text)
    except RecursionError:
        raise _Rejected("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and over-long integers
        raise _Rejected(f"invalid JSON: {exc}") from None


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _jsonl_docs(rel: str, text: str, encoding: str) -> Iterator[RawDoc | InputError]:
    # Split on "\n" only: str.splitlines would also split on U+2028 and friends, which
    # may legally appear raw inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc, problems = _jsonl_line(rel, number, line, encoding)
        except _Rejected as exc:
            yield InputError(rel, STAGE, f"line {number}: {exc}")
            continue
        for problem in problems:
            yield InputError(rel, STAGE, f"line {number}: {problem}")
        yield doc


def _jsonl_line(rel: str, number: int, line: str, encoding: str) -> tuple[RawDoc, list[str]]:
    obj = _parse_json(line)
    if not isinstance(obj, dict):
        raise _Rejected(f"not a JSON object (got {_type_name(obj)})")
    present = [(key, kind) for key, kind in R.JSONL_BODY_KEYS if key in obj]
    if not present:
        names = " or ".join(f"'{key}'" for key, _ in R.JSONL_BODY_KEYS)
        raise _Rejected(f"no {names} field")
    chosen = next(
        ((k, kind) for k, kind in present if isinstance(obj[k], str) and obj[k].strip()), None
    )
    if chosen is None:
        key = present[0][0]
        value = obj[key]
        if not isinstance(value, str):
            raise _Rejected(f"field '{key}' must be a string, got {_type_name(value)}")
        raise _Rejected(f"field '{key}' is empty")
    key, kind = chosen
    content = _normalise_newlines(_clean_string(obj[key]))
    if content.startswith("\ufeff"):
        content = content[1:]
    _check_text(content)
    meta, problems = _pick_meta(obj, R.JSONL_META_KEYS, allow_int_id=True)
    return RawDoc(rel, number, kind, content, meta, encoding), problems


def _pick_meta(obj: dict, keys, allow_int_id: bool = False) -> tuple[dict, list[str]]:
    """The known metadata keys with string values; a problem message for each other value."""
    meta: dict = {}
    problems: list[str] = []
    for key in keys:
        if key not in obj or obj[key] is None:
            continue
        value = obj[key]
        if allow_int_id and key == "id" and type(value) is int:
            value = str(value)
        if not isinstance(value, str):
            problems.append(f"field '{key}' must be a string, got {_type_name(value)}; ignored")
            continue
        value = _clean_string(value).strip()
        if value:
            meta[key] = value
    return meta, problems


# --------------------------------------------------------------------------- sidecars


def _load_sidecar(path: Path, max_bytes: int) -> tuple[dict, list[str]]:
    """(metadata, problems) of a NAME.meta.json file; a broken sidecar gives no metadata."""
    try:
        data = _read_bytes(path, max_bytes)
        text, _ = _decode(data, "text")
    except _Rejected as exc:
        return {}, [str(exc)]
    try:
        obj = _parse_json(text)
    except _Rejected as exc:
        return {}, [str(exc)]
    if not isinstance(obj, dict):
        return {}, [f"sidecar must be a JSON object, got {_type_name(obj)}"]
    return _pick_meta(obj, R.SIDECAR_KEYS)
