"""Data tables for the ingest stage: which files are articles, how to spot binary junk,
and how declared charset labels map to the codec browsers actually use.

Kept as data so that a new extension, magic number or charset alias is a one-line change.
"""

from __future__ import annotations

# Lower-cased file-name suffix -> RawDoc.kind ("jsonl" means one article per line).
ARTICLE_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

# Suffix of a metadata sidecar, and the article suffixes it may sit beside.
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_PARTNERS: tuple[str, ...] = (".txt", ".html", ".htm")

# Sidecar keys copied into RawDoc.meta (anything else in the sidecar is ignored, with a
# warning that names it).
SIDECAR_KEYS: tuple[str, ...] = ("published", "title", "publisher", "url", "language", "id")

# Optional .jsonl fields copied into RawDoc.meta.
JSONL_META_KEYS: tuple[str, ...] = ("url", "title", "published", "publisher", "id", "language")
# .jsonl body fields, in order of preference when a line has more than one.
JSONL_BODY_KEYS: tuple[tuple[str, str], ...] = (("text", "text"), ("html", "html"))

# Top-level file names that belong to other stages and are skipped without an error.
RESERVED_TOP_LEVEL: frozenset[str] = frozenset({"aliases.csv"})

# (what it looks like, byte offset, signature). Only signatures of 3+ bytes: shorter
# ones ("MZ", "BM") would reject ordinary text that happens to start with those letters;
# such formats are caught by the NUL-byte test instead.
MAGIC_NUMBERS: tuple[tuple[str, int, bytes], ...] = (
    ("PNG", 0, b"\x89PNG\r\n\x1a\n"),
    ("JPEG", 0, b"\xff\xd8\xff"),
    ("GIF", 0, b"GIF87a"),
    ("GIF", 0, b"GIF89a"),
    ("PDF", 0, b"%PDF-"),
    ("ZIP (docx/xlsx/epub/odt)", 0, b"PK\x03\x04"),
    ("ZIP (docx/xlsx/epub/odt)", 0, b"PK\x05\x06"),
    ("ZIP (docx/xlsx/epub/odt)", 0, b"PK\x07\x08"),
    ("gzip", 0, b"\x1f\x8b\x08"),
    ("bzip2", 4, b"1AY&SY"),
    ("xz", 0, b"\xfd7zXZ\x00"),
    ("zstd", 0, b"\x28\xb5\x2f\xfd"),
    ("7-Zip", 0, b"7z\xbc\xaf\x27\x1c"),
    ("RAR", 0, b"Rar!\x1a\x07"),
    ("ELF executable", 0, b"\x7fELF"),
    ("Mach-O executable", 0, b"\xcf\xfa\xed\xfe"),
    ("Mach-O executable", 0, b"\xfe\xed\xfa\xcf"),
    ("Java class / Mach-O fat binary", 0, b"\xca\xfe\xba\xbe"),
    ("WebAssembly", 0, b"\x00asm"),
    ("OLE2 (doc/xls/ppt/msg)", 0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ("SQLite database", 0, b"SQLite format 3\x00"),
    ("TIFF", 0, b"II*\x00"),
    ("TIFF", 0, b"MM\x00*"),
    ("RIFF (WebP/WAV/AVI)", 0, b"RIFF"),
    ("MP3", 0, b"ID3\x03"),
    ("MP3", 0, b"ID3\x04"),
    ("Ogg", 0, b"OggS"),
    ("FLAC", 0, b"fLaC"),
    ("MP4/MOV", 4, b"ftyp"),
    ("WOFF font", 0, b"wOFF"),
    ("WOFF2 font", 0, b"wOF2"),
    ("Python bytecode / pickle", 0, b"\x80\x04\x95"),
)

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# How many leading bytes are sniffed for magic numbers and NUL bytes.
SNIFF_BYTES = 1024
# Decoded text whose first SNIFF_CHARS characters are more than this share of control
# characters (other than tab, newlines, form feed, vertical tab, escape)
# is binary junk that merely happened to decode.
SNIFF_CHARS = 4096
MAX_CONTROL_SHARE = 0.05
MIN_CONTROLS = 4  # so that one stray control character in a short line is not "binary"
# Decoded text with more than this share of U+FFFD replacement characters was already
# mojibake when saved; it is refused rather than passed on as an article.
MAX_REPLACEMENT_SHARE = 0.2

# Declared charset label -> codec actually used, following the WHATWG Encoding Standard:
# browsers decode these labels with a superset codec, and pages rely on that.
DECLARED_CHARSET_OVERRIDES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "korean": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    # A page cannot declare UTF-16 inside itself in an 8-bit encoding; browsers read UTF-8.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}

# Unicode script words (first word of a character name) that are not Latin script: when
# the detector's single-byte guess yields letters mostly from these, it is kept rather
# than replaced by the Western default (cp1252).
NON_LATIN_SCRIPTS: frozenset[str] = frozenset(
    {"CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI", "ARMENIAN", "GEORGIAN", "DEVANAGARI"}
)
# The Western default for legacy single-byte text (WHATWG's fallback for Latin pages).
WESTERN_DEFAULT = "cp1252"
