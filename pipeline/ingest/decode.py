"""Bytes to text: refuse what is not a readable text file, then decode it.

Decoding order: byte-order mark, strict UTF-8, the page's own ``<meta charset>`` (HTML
only, via BeautifulSoup's declared-encoding finder), then charset-normalizer's guess,
corrected towards cp1252 for Latin-script text (charset-normalizer often picks a
Baltic or DOS code page for Western pages, which garbles every accented letter).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from pathlib import Path

from pipeline.ingest import rules as R

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b\x85")
FILE_TYPES = {
    stat.S_IFIFO: "named pipe",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
}


class Rejected(Exception):
    """Internal signal: this file (or line) is refused; the message says why."""


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; refuses non-regular and oversized files without reading them."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise Rejected(_stat_failure(path, exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise Rejected("cannot read: Is a directory")
    if not stat.S_ISREG(st.st_mode):
        what = FILE_TYPES.get(stat.S_IFMT(st.st_mode), "special file")
        raise Rejected(f"not a regular file ({what}); not read")
    if st.st_size > max_bytes:
        raise Rejected(_too_big(st.st_size, max_bytes))
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise Rejected(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise Rejected(_too_big(len(data), max_bytes))
    if not data:
        raise Rejected("empty file")
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


def decode_bytes(data: bytes, kind: str) -> tuple[str, str]:
    """Decode bytes to text; returns (newline-normalised text, codec name)."""
    text, encoding = _decode_raw(data, kind)
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise Rejected("empty file")
    if kind != "jsonl":  # a .jsonl is checked line by line, on each article's body
        check_text(text)
    return text, encoding


def _decode_raw(data: bytes, kind: str) -> tuple[str, str]:
    for bom, codec in R.BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise Rejected(
                    f"starts with a {codec} byte-order mark but is not valid {codec}: {exc.reason}"
                ) from None
    _check_magic(data)
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16), utf16
    if b"\x00" in data[: R.SNIFF_BYTES]:
        raise Rejected("binary content (NUL bytes in the first KB)")
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
            raise Rejected(f"binary content (looks like {name})")


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
    # imported here, like charset-normalizer below: most corpora are UTF-8 and never need
    # them, and start-up (a re-run that finds nothing changed) should not pay for them
    from bs4.dammit import EncodingDetector

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
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Rejected("cannot decode: not UTF-8 and no known text encoding fits")
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


def check_text(text: str) -> None:
    """Refuse decoded text that is really binary junk or already-broken mojibake."""
    head = text[: R.SNIFF_CHARS]
    controls = sum(
        1 for ch in head if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if controls > max(R.MAX_CONTROL_SHARE * len(head), R.MIN_CONTROLS):
        raise Rejected("binary content (control characters)")
    if head.count("\ufffd") > R.MAX_REPLACEMENT_SHARE * len(head):
        raise Rejected("cannot decode: mostly U+FFFD replacement characters")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_string(value: str) -> str:
    """Replace lone surrogates (from JSON '\\ud800' escapes) that no writer can encode."""
    return _LONE_SURROGATE.sub("\ufffd", value)
