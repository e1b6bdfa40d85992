"""Build a torture corpus of good and bad inputs for the ingest stage.

``build(dir)`` writes every case into ``dir`` (which must exist and should be empty) and
returns ``{source_path: outcome}`` where source_path is the POSIX path relative to ``dir``
(exactly as ``iter_inputs`` reports it) and outcome is

- ``"ok"``: ingest yields at least one RawDoc for that path and no error;
- ``"error"``: ingest yields at least one InputError for that path and no RawDoc;
- ``"warning"``: ingest yields only warnings for that path (a sidecar kept with a value
  ignored): InputErrors of severity "warning", and no RawDoc.

An "ok" path may also have warnings (a jsonl field the pipeline does not read). Files
that must be skipped silently (hidden files and folders, a top-level ``aliases.csv``)
and a valid sidecar (its metadata lands on its article) are written too but left out of
the map: nothing may be yielded for them (their paths are in ``SKIPPED``). Outcomes
are those of the ingest stage with the default size limit; "ok" articles are short
English news paragraphs so that later stages have something real to chew on, and every
one has distinct content, so de-duplication by content id leaves them all. Cases the
platform cannot create (symlinks, named pipes, undecodable file names) are left out of
the map.

Each bad case is a separate file, except ``bad_lines.jsonl`` which holds one bad line
per kind of line failure (``BAD_JSONL_LINES`` of them, none valid).
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

SKIPPED = (".hidden.txt", ".cache/inside.txt", "aliases.csv", "plain.meta.json")

EN = (
    "LONDON, March 3 - The city council approved a new transport budget on Tuesday, "
    "officials said. The plan adds 12 bus routes and extends two tram lines by 2027, "
    "according to a statement from the mayor's office.\n\n"
    "Opposition members said the cost, estimated at 40 million pounds, was too high.\n"
)
KO = "서울시 의회는 화요일 새 교통 예산을 승인했다고 관계자들이 밝혔다."
JA = "東京都議会は火曜日、新しい交通予算を承認したと関係者が明らかにした。"
FR = "Le maire de Montréal a déclaré que le café « Élysée » rouvrira à Noël."
W1252 = "The minister’s “final” offer — worth €3.5 billion — was rejected, señor Núñez said."


def _en(tag: str) -> str:
    """The English article plus a line that makes its content (and content_id) unique,
    so that the pipeline's de-duplication does not turn "ok" files into errors."""
    return EN + f"The council filed the plan under reference {tag}.\n"


def _html(body: str, charset: str | None = None, title: str = "Council backs budget") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paras}</article></body></html>\n"
    )


def _jsonl(*objs) -> bytes:
    return "".join(json.dumps(o) + "\n" for o in objs).encode("utf-8")


BAD_JSONL_LINES = 8


# name -> (bytes, outcome). Names may contain "/" (sub-folders).
def _regular_files() -> dict[str, tuple[bytes, str]]:
    nested = "[" * 100_000 + "]" * 100_000
    return {
        # ---- good inputs
        "plain.txt": (_en("plain.txt").encode(), "ok"),
        "UPPER.TXT": (_en("UPPER.TXT").upper().encode(), "ok"),
        "page.html": (_html(_en("page.html")).encode(), "ok"),
        "page.meta.json": (
            json.dumps({"published": "2024-03-05", "title": "Budget", "extra": 1}).encode(),
            "warning",  # 'extra' is not a field the pipeline reads: named in a warning
        ),
        "plain.meta.json": (json.dumps({"id": "P-1", "language": "en"}).encode(), "skip"),
        "legacy.HTM": (_html(_en("legacy.HTM")).encode(), "ok"),
        "sub/deeper/nested.txt": ((_en("sub/deeper/nested.txt") + "Nested copy.\n").encode(), "ok"),
        "bom_utf8.txt": (codecs.BOM_UTF8 + _en("bom_utf8.txt").encode(), "ok"),
        "utf16le_bom.txt": (codecs.BOM_UTF16_LE + _en("utf16le_bom.txt").encode("utf-16-le"), "ok"),
        "utf16be_bom.html": (
            codecs.BOM_UTF16_BE + _html(_en("utf16be_bom.html")).encode("utf-16-be"),
            "ok",
        ),
        "utf32_bom.txt": (codecs.BOM_UTF32_LE + _en("utf32_bom.txt").encode("utf-32-le"), "ok"),
        "utf16le_nobom.txt": (_en("utf16le_nobom.txt").encode("utf-16-le"), "ok"),
        "crlf.txt": (_en("crlf.txt").replace("\n", "\r\n").encode(), "ok"),
        "old_mac_cr.txt": (_en("old_mac_cr.txt").replace("\n", "\r").encode(), "ok"),
        "western_cp1252.txt": ((_en("western_cp1252.txt") + W1252 + "\n").encode("cp1252"), "ok"),
        "western_latin1.html": (
            _html(_en("western_latin1.html") + FR, "iso-8859-1").encode("latin-1"),
            "ok",
        ),
        "korean_euckr.html": (
            _html(_en("korean_euckr.html") + KO, "euc-kr").encode("euc-kr"),
            "ok",
        ),
        "korean_cp949.txt": ((_en("korean_cp949.txt") + KO + "\n").encode("cp949"), "ok"),
        "japanese_sjis.txt": ((_en("japanese_sjis.txt") + JA + "\n").encode("shift_jis"), "ok"),
        "japanese_sjis_declared.html": (
            _html(_en("japanese_sjis_declared.html") + JA, "shift_jis").encode("shift_jis"),
            "ok",
        ),
        "lying_charset.html": (
            _html(_en("lying_charset.html") + FR, "utf-8").encode("cp1252"),
            "ok",
        ),
        "articles.jsonl": (
            _jsonl(
                {"text": _en("jsonl 1"), "url": "https://example.com/a", "id": 7},
                {"html": _html(_en("jsonl 2")), "title": "Budget", "published": "2024-03-05"},
            )
            + b"\n   \n"
            + _jsonl({"text": _en("jsonl 5") + KO, "language": "en"}),
            "ok",
        ),
        # ---- bad inputs
        "empty.txt": (b"", "error"),
        "whitespace.txt": (b"  \n\t\r\n  ", "error"),
        "bom_only.html": (codecs.BOM_UTF8, "error"),
        "empty.jsonl": (b"\n\n  \n", "error"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "error"),
        "picture.html": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "error"),
        "anim.htm": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(32), "error"),
        "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "error"),
        "letter.html": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"[Content_Types].xml", "error"),
        "page.html.gz.html": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(40), "error"),
        "program.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "error"),
        "old_word.txt": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "error"),
        "nul_bytes.txt": (b"Some text\x00\x00\x01 then junk\x00" + EN.encode(), "error"),
        "controls.txt": (bytes(range(1, 9)) * 40 + b"text", "error"),
        "undecodable.txt": (bytes((i * 37 + 11) % 128 + 128 for i in range(600)), "error"),
        "bad_utf16.txt": (codecs.BOM_UTF16_LE + b"a\x00b\x00\x00\xdc", "error"),
        "binary.jsonl": (b"\x1f\x8b\x08\x00" + bytes(40), "error"),
        "bad_lines.jsonl": (
            b'{"text": "unterminated\n'
            b"[1, 2, 3]\n"
            b"42\n"
            b'{"title": "no body"}\n'
            b'{"text": 12345}\n'
            b'{"html": null}\n'
            b'{"text": "   "}\n' + nested.encode() + b"\n",
            "error",
        ),
        "report.pdf": (b"%PDF-1.4\n", "error"),
        "notes.md": (b"# notes\n", "error"),
        "README": (b"no extension\n", "error"),
        "data.json": (b'{"text": "a json, not jsonl"}', "error"),
        "orphan.meta.json": (b'{"title": "nobody"}', "error"),
        "solo.jsonl.meta.json": (b'{"title": "jsonl has its own fields"}', "error"),
        "with_bad_sidecar.txt": (_en("with_bad_sidecar.txt").encode(), "ok"),
        "with_bad_sidecar.meta.json": (b'{"title": "unterminated', "error"),
        "with_list_sidecar.txt": (_en("with_list_sidecar.txt").encode(), "ok"),
        "with_list_sidecar.meta.json": (b'["not", "an", "object"]', "error"),
        "with_typed_sidecar.txt": (_en("with_typed_sidecar.txt").encode(), "ok"),
        "with_typed_sidecar.meta.json": (b'{"published": 20240305, "title": "Kept"}',
                                         "warning"),
        "with_deep_sidecar.html": (_html(_en("with_deep_sidecar.html")).encode(), "ok"),
        "with_deep_sidecar.meta.json": (nested.encode(), "error"),
        "with_binary_sidecar.txt": (_en("with_binary_sidecar.txt").encode(), "ok"),
        "with_binary_sidecar.meta.json": (b"\x89PNG\r\n\x1a\n" + bytes(16), "error"),
        "folder.txt/inside.txt": (_en("folder.txt/inside.txt").encode(), "ok"),
        # ---- skipped silently
        ".hidden.txt": (_en(".hidden.txt").encode(), "skip"),
        ".cache/inside.txt": (_en(".cache/inside.txt").encode(), "skip"),
        "aliases.csv": (b"alias,name\nUN,United Nations\n", "skip"),
    }


def build(dir: Path) -> dict[str, str]:  # noqa: A002 - the agreed signature
    """Write the torture corpus into ``dir``; return {source_path: "ok" | "error"}."""
    root = Path(dir)
    expected: dict[str, str] = {}
    for name, (data, outcome) in _regular_files().items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if outcome != "skip":
            expected[name] = outcome
    expected["folder.txt"] = "error"  # a folder named like an article

    # Over the default 20 MB limit, as a sparse file: instant, no disk used, never read.
    with open(root / "huge.txt", "wb") as handle:
        handle.truncate(25_000_000)
    expected["huge.txt"] = "error"

    links = {  # link name -> (target, outcome)
        "link_to_hidden.txt": (".hidden.txt", "ok"),  # hidden target: read only via the link
        "broken_link.txt": ("missing.txt", "error"),
        "self_loop.txt": ("self_loop.txt", "error"),
        "sub/loop_dir": ("..", "error"),  # points back at the corpus root
        # a file of this machine outside the corpus (this very module): not followed
        "link_outside.txt": (os.path.abspath(__file__), "error"),
    }
    for name, (target, outcome) in links.items():
        _try(expected, name, outcome, lambda n=name, t=target: os.symlink(t, root / n))
    if hasattr(os, "mkfifo"):  # opening a named pipe would block forever
        _try(expected, "pipe.txt", "error", lambda: os.mkfifo(root / "pipe.txt"))
    raw_name = os.fsdecode(os.fsencode(root) + b"/caf\xe9.txt")  # not valid UTF-8
    _try(expected, "caf\\xe9.txt", "ok", lambda: Path(raw_name).write_bytes(_en("cafe").encode()))
    return dict(sorted(expected.items()))


def _try(expected: dict[str, str], name: str, outcome: str, make) -> None:
    try:
        make()
    except (OSError, NotImplementedError, UnicodeError):
        return
    expected[name] = outcome


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for name, outcome in build(Path(tmp)).items():
            print(f"{outcome:6} {name}")
