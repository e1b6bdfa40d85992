"""Ingest stage: every bad input becomes an InputError, every good one a RawDoc."""

from __future__ import annotations

import codecs
import json
import os
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.ingest import (
    content_id,
    decode,  # noqa: F401 (ingest.decode is patched)
    iter_inputs,
)
from pipeline.model import InputError, RawDoc

try:
    from tests.torture.build import BAD_JSONL_LINES, SKIPPED, build
except ImportError:  # tests/ not importable as a package: pytest put tests/ on sys.path
    from torture.build import BAD_JSONL_LINES, SKIPPED, build

EN = (
    "BERLIN, May 2 - The regional parliament passed the water bill on Friday after a "
    "long debate, its speaker said. The law takes effect next year.\n"
)
KOREAN = (
    "부산시는 내년부터 새로운 해양 관광 정책을 시행한다고 발표했다. "
    "시장은 일자리가 늘어날 것이라고 말했다."
)
JAPANESE = "大阪府は来年から新しい観光政策を実施すると発表した。知事は雇用が増えると述べた。"
FRENCH = (
    "Le président de la région a déclaré jeudi que les élèves recevront leurs diplômes à Noël. "
    "« Nous sommes très fiers », a-t-il ajouté devant la presse à Genève."
)
WESTERN = "The mayor’s “final” budget — €2.4 billion — was approved, Señora Muñoz said."


def run(corpus: Path, **kwargs) -> list[RawDoc | InputError]:
    return list(iter_inputs(corpus, **kwargs))


def docs(items) -> list[RawDoc]:
    return [i for i in items if isinstance(i, RawDoc)]


def errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def only(items, cls):
    assert len(items) == 1, items
    assert isinstance(items[0], cls), items[0]
    return items[0]


def write(root: Path, name: str, data: bytes | str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# ----------------------------------------------------------------- the torture corpus


@pytest.fixture(scope="module")
def torture(tmp_path_factory):
    root = tmp_path_factory.mktemp("torture")
    expected = build(root)
    by_path: dict[str, list] = defaultdict(list)
    items = run(root)
    for item in items:
        by_path[item.source_path].append(item)
    return expected, by_path, items, root


def _kind(item) -> str:
    return "ok" if isinstance(item, RawDoc) else item.severity


def test_torture_outcomes_match(torture):
    expected, by_path, _, _ = torture
    mismatches = {}
    for name, outcome in expected.items():
        kinds = {_kind(i) for i in by_path.get(name, [])}
        if outcome == "ok":
            kinds.discard("warning")  # an article kept with a value ignored is still ok
        if kinds != {outcome}:
            mismatches[name] = (outcome, by_path.get(name))
    assert not mismatches


def test_torture_yields_nothing_unexpected(torture):
    expected, by_path, _, _ = torture
    assert set(by_path) == set(expected)
    for name in SKIPPED:
        assert name not in by_path


def test_torture_errors_are_well_formed(torture):
    _, _, items, _ = torture
    for err in errors(items):
        assert err.stage == "ingest"
        assert err.message and "internal error" not in err.message
        assert not err.source_path.startswith("/")
        err.message.encode("utf-8")  # writable to CSV / Parquet


def test_torture_order_is_sorted_and_deterministic(torture):
    _, _, items, _ = torture
    root = torture[3]
    paths = [i.source_path for i in items]
    assert paths == sorted(paths)
    assert items == run(root)


def test_torture_articles_are_distinct(torture):
    _, _, items, _ = torture
    ids = [content_id(d.content) for d in docs(items)]
    assert len(ids) == len(set(ids))


def test_count_of_bad_cases(torture):
    """The number of distinct bad-input situations the torture corpus exercises."""
    expected, _, _, _ = torture
    bad = sum(1 for outcome in expected.values() if outcome == "error")
    assert bad + BAD_JSONL_LINES - 1 >= 40  # 42 on Linux


# ----------------------------------------------------------------- file types & walk


def test_kinds_by_extension_case_insensitive(tmp_path):
    write(tmp_path, "a.TXT", EN)
    write(tmp_path, "b.Html", f"<p>{EN}</p>")
    write(tmp_path, "c.HTM", f"<p>{EN}</p>")
    kinds = {d.source_path: d.kind for d in run(tmp_path)}
    assert kinds == {"a.TXT": "text", "b.Html": "html", "c.HTM": "html"}


@pytest.mark.parametrize("name, ext", [("x.pdf", "'.pdf'"), ("x.docx", "'.docx'"), ("x", "")])
def test_unsupported_types(tmp_path, name, ext):
    write(tmp_path, name, "hello")
    err = only(run(tmp_path), InputError)
    assert err.message.startswith("unsupported file type")
    assert ext in err.message if ext else "no extension" in err.message


def test_subfolders_hidden_and_aliases(tmp_path):
    write(tmp_path, "a/b/c.txt", EN)
    write(tmp_path, ".git/config.txt", EN)
    write(tmp_path, "a/.secret.txt", EN)
    write(tmp_path, "aliases.csv", "alias,name\n")
    write(tmp_path, "a/aliases.csv", "alias,name\n")  # only the top-level one is reserved
    items = run(tmp_path)
    assert [i.source_path for i in items] == ["a/aliases.csv", "a/b/c.txt"]
    assert "'.csv'" in items[0].message


def test_missing_corpus_is_an_error_not_an_exception(tmp_path):
    err = only(run(tmp_path / "nope"), InputError)
    assert "does not exist" in err.message


def test_directory_named_like_a_file(tmp_path):
    (tmp_path / "x.txt").mkdir()
    write(tmp_path, "x.txt/inner.txt", EN)
    items = run(tmp_path)
    assert isinstance(items[0], InputError) and items[0].source_path == "x.txt"
    assert "Is a directory" in items[0].message
    assert isinstance(items[1], RawDoc) and items[1].source_path == "x.txt/inner.txt"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlinks(tmp_path):
    write(tmp_path, "real.txt", EN)
    os.symlink("real.txt", tmp_path / "alias.txt")
    os.symlink("gone.txt", tmp_path / "broken.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")  # loop back to the root
    os.symlink(tmp_path / "sub", tmp_path / "sub2")  # the same folder twice
    items = {i.source_path: i for i in run(tmp_path)}
    assert items["alias.txt"].content == items["real.txt"].content
    assert "broken symbolic link" in items["broken.txt"].message
    assert "Too many levels of symbolic links" in items["self.txt"].message
    assert "loop" in items["sub/up"].message
    assert "already walked" in items["sub2"].message
    assert len(items) == 6


def test_unreadable_file_reports_os_reason(tmp_path, monkeypatch):
    write(tmp_path, "locked.txt", EN)
    write(tmp_path, "fine.txt", EN)

    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(ingest.decode, "open", fake_open, raising=False)
    locked, fine = run(tmp_path)[::-1]
    assert locked.source_path == "locked.txt" and "Permission denied" in locked.message
    assert isinstance(fine, RawDoc)


def test_oversized_file_is_not_read(tmp_path, monkeypatch):
    write(tmp_path, "big.txt", EN * 10)
    opened = []
    monkeypatch.setattr(ingest.decode, "open", lambda *a, **k: opened.append(a), raising=False)
    err = only(run(tmp_path, max_bytes=100), InputError)
    assert not opened
    assert f"{len(EN * 10):,} bytes" in err.message and "100-byte limit" in err.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_named_pipe_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert "named pipe" in only(run(tmp_path), InputError).message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_files(tmp_path, data):
    write(tmp_path, "e.txt", data)
    assert only(run(tmp_path), InputError).message == "empty file"


def test_undecodable_file_name_is_reported_safely(tmp_path):
    raw = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt")
    try:
        Path(raw).write_text(EN)
    except (OSError, UnicodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    doc = only(run(tmp_path), RawDoc)
    assert doc.source_path == "caf\\xe9.txt"


# ----------------------------------------------------------------- binary content


@pytest.mark.parametrize(
    "data, looks_like",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(20), "PNG"),
        (b"\xff\xd8\xff\xe1" + bytes(20), "JPEG"),
        (b"GIF87a" + bytes(20), "GIF"),
        (b"%PDF-1.5\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04" + b"word/document.xml", "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(10), "gzip"),
        (b"\x7fELF\x02\x01" + bytes(10), "ELF"),
        (b"SQLite format 3\x00" + bytes(10), "SQLite"),
        (b"\x00\x00\x00\x18ftypmp42" + bytes(8), "MP4"),
    ],
)
def test_binary_under_text_extension(tmp_path, data, looks_like):
    write(tmp_path, "x.html", data)
    err = only(run(tmp_path), InputError)
    assert err.message.startswith("binary content (looks like") and looks_like in err.message


def test_nul_bytes_and_control_characters(tmp_path):
    write(tmp_path, "a.txt", b"Headline\x00\x00" + EN.encode())
    write(tmp_path, "b.txt", bytes(range(1, 32)) * 20)
    a, b = run(tmp_path)
    assert "NUL" in a.message
    assert "control characters" in b.message


def test_text_starting_with_short_magic_letters_is_fine(tmp_path):
    write(tmp_path, "a.txt", "MZ Holdings said BM shares rose. " + EN)
    assert only(run(tmp_path), RawDoc).content.startswith("MZ Holdings")


# ----------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "text, codec, expected_codec",
    [
        (KOREAN, "euc-kr", {"cp949", "euc_kr"}),
        (KOREAN, "cp949", {"cp949", "euc_kr"}),
        (EN + KOREAN, "euc-kr", {"cp949", "euc_kr"}),
        (JAPANESE, "shift_jis", {"cp932", "shift_jis", "shift_jis_2004"}),
        (EN + JAPANESE, "cp932", {"cp932", "shift_jis", "shift_jis_2004"}),
        (FRENCH, "latin-1", {"cp1252"}),
        (EN + FRENCH, "latin-1", {"cp1252"}),
        (EN + WESTERN, "cp1252", {"cp1252"}),
        (WESTERN, "cp1252", {"cp1252"}),
        (
            "Привет, мир! Мэр Москвы заявил, что бюджет утверждён и опубликован.",
            "cp1251",
            {"cp1251"},
        ),
    ],
)
def test_legacy_encodings_round_trip(tmp_path, text, codec, expected_codec):
    write(tmp_path, "a.txt", text.encode(codec))
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == text
    assert doc.encoding in expected_codec


@pytest.mark.parametrize(
    "bom, codec, name",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks(tmp_path, bom, codec, name):
    text = EN + KOREAN
    write(tmp_path, "a.txt", bom + text.encode(codec))
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == text and doc.encoding == name


def test_utf16_without_bom(tmp_path):
    write(tmp_path, "a.txt", EN.encode("utf-16-be"))
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == EN and doc.encoding == "utf-16-be"


def test_corrupt_utf16_after_bom(tmp_path):
    write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xdc")
    assert "byte-order mark" in only(run(tmp_path), InputError).message


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="{}">',
        "<meta http-equiv='Content-Type' content='text/html; charset={}'>",
    ],
)
@pytest.mark.parametrize(
    "label, text",
    [("EUC-KR", KOREAN), ("Shift_JIS", JAPANESE), ("ISO-8859-1", FRENCH), ("windows-1250", "Łódź")],
)
def test_html_charset_declaration(tmp_path, head, label, text):
    page = f"<html><head>{head.format(label)}</head><body><p>{text}</p></body></html>"
    write(
        tmp_path,
        "a.html",
        page.encode(ingest.R.DECLARED_CHARSET_OVERRIDES.get(label.lower(), label)),
    )
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == page


def test_declared_iso_8859_1_is_read_as_windows_1252(tmp_path):
    page = f"<html><head><meta charset='iso-8859-1'></head><p>{WESTERN}</p></html>"
    write(tmp_path, "a.html", page.encode("cp1252"))
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == page and doc.encoding == "cp1252"


def test_wrong_declaration_falls_back_to_detection(tmp_path):
    page = f"<html><head><meta charset='utf-8'></head><p>{EN}{FRENCH}</p></html>"
    write(tmp_path, "a.html", page.encode("latin-1"))
    assert only(run(tmp_path), RawDoc).content == page


def test_unknown_declared_label_is_ignored(tmp_path):
    page = f"<html><head><meta charset='x-no-such'></head><p>{EN}{FRENCH}</p></html>"
    write(tmp_path, "a.html", page.encode("cp1252"))
    assert only(run(tmp_path), RawDoc).content == page


def test_declaration_in_txt_is_not_trusted_over_detection(tmp_path):
    text = f"<meta charset='koi8-r'> {EN}{FRENCH}"
    write(tmp_path, "a.txt", text.encode("cp1252"))
    assert only(run(tmp_path), RawDoc).content == text


def test_undecodable_bytes(tmp_path):
    write(tmp_path, "a.txt", bytes((i * 37 + 11) % 128 + 128 for i in range(600)))
    assert "cannot decode" in only(run(tmp_path), InputError).message


def test_newlines_normalised_and_bom_char_stripped(tmp_path):
    write(tmp_path, "a.txt", codecs.BOM_UTF8 + b"one\r\ntwo\rthree\n\n\tfour  \x0c")
    assert only(run(tmp_path), RawDoc).content == "one\ntwo\nthree\n\n\tfour  \x0c"


# ----------------------------------------------------------------- jsonl


def jsonl(*lines) -> str:
    return "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"


def test_jsonl_lines_good_and_bad(tmp_path):
    write(
        tmp_path,
        "feed.jsonl",
        jsonl(
            {"text": "First story.\r\nSecond line.", "url": "https://e.x/1", "id": 12},
            "",
            '{"text": broken',
            {"html": "<p>Second</p>", "title": "T", "published": "2024-01-02", "extra": [1]},
            ["an", "array"],
            {"title": "no body"},
            {"text": ["not", "a", "string"]},
            {"text": "Kept.", "published": 20240102, "publisher": "Daily", "language": "en"},
        ),
    )
    items = run(tmp_path)
    found = [(i.source_line, i.kind, i.meta) if isinstance(i, RawDoc) else i.message for i in items]
    assert found == [
        (1, "text", {"url": "https://e.x/1", "id": "12"}),
        found[1],
        "line 4: field 'extra' = [1] is not one the pipeline reads; ignored (reported for "
        "its first line only)",
        (4, "html", {"title": "T", "published": "2024-01-02"}),
        "line 5: not a JSON object (got list)",
        "line 6: no 'text' or 'html' field",
        "line 7: field 'text' must be a string, got list",
        "line 8: field 'published' must be a string, got int (20240102); ignored",
        (8, "text", {"publisher": "Daily", "language": "en"}),
    ]
    severities = [i.severity for i in items if isinstance(i, InputError)]
    assert severities == ["error", "warning", "error", "error", "error", "warning"]
    assert found[1].startswith("line 3: invalid JSON:")
    assert items[0].content == "First story.\nSecond line."
    assert all(i.source_path == "feed.jsonl" for i in items)


def test_jsonl_prefers_nonblank_text_then_html(tmp_path):
    write(
        tmp_path,
        "a.jsonl",
        jsonl({"text": " ", "html": "<p>H</p>"}, {"text": "T", "html": "<p>H</p>"}),
    )
    a, unused, b = run(tmp_path)
    assert (a.kind, a.content) == ("html", "<p>H</p>")
    assert (b.kind, b.content) == ("text", "T")
    assert unused.severity == "warning" and unused.message == (
        "line 2: field 'html' = \"<p>H</p>\" not read: the other body field is used; ignored "
        "(reported for its first line only)")


def test_jsonl_unicode_line_separators_stay_inside_strings(tmp_path):
    write(tmp_path, "a.jsonl", '{"text": "one\u2028two\u0085three"}\n'.encode())
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == "one\u2028two\u0085three"


def test_jsonl_lone_surrogates_replaced(tmp_path):
    write(tmp_path, "a.jsonl", '{"text": "bad \\ud800 here \\ud83d\\ude00", "title": "\\udfff"}\n')
    doc = only(run(tmp_path), RawDoc)
    assert doc.content == "bad \ufffd here \U0001f600"
    assert doc.meta == {"title": "\ufffd"}
    doc.content.encode("utf-8")


def test_jsonl_absurd_nesting_and_huge_integer(tmp_path):
    write(tmp_path, "a.jsonl", "[" * 50_000 + "\n" + '{"text": ' + "9" * 5000 + "}\n")
    a, b = run(tmp_path)
    assert a.message == "line 1: invalid JSON: nested too deeply"
    assert b.message.startswith("line 2: invalid JSON")


def test_jsonl_in_legacy_encoding(tmp_path):
    line = json.dumps({"text": EN + FRENCH}, ensure_ascii=False) + "\n"
    write(tmp_path, "a.jsonl", line.encode("cp1252"))
    assert only(run(tmp_path), RawDoc).content == EN + FRENCH


# ----------------------------------------------------------------- sidecars


@pytest.mark.parametrize("article", ["a.txt", "a.html", "a.htm", "a.HTML"])
def test_sidecar_metadata(tmp_path, article):
    write(tmp_path, article, EN)
    sidecar = {
        "published": "2023-07-01",
        "title": " Title ",
        "publisher": "P",
        "url": "u",
        "language": "en",
        "author": "A. Writer",
        "id": 7,
    }
    write(tmp_path, "a.meta.json", json.dumps(sidecar))
    doc = only([i for i in run(tmp_path) if isinstance(i, RawDoc)], RawDoc)
    (unread,) = [i for i in run(tmp_path) if isinstance(i, InputError)]
    assert (unread.source_path, unread.severity) == ("a.meta.json", "warning")
    assert unread.message == "field 'author' = \"A. Writer\" is not one the pipeline reads; ignored"
    assert doc.meta_source == "a.meta.json"
    assert doc.meta == {
        "id": "7",
        "published": "2023-07-01",
        "title": "Title",
        "publisher": "P",
        "url": "u",
        "language": "en",
    }


def test_sidecar_non_string_values_are_dropped_with_an_error(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "a.meta.json", json.dumps({"published": 2023, "title": "T", "url": None}))
    err, doc = run(tmp_path)
    assert err.source_path == "a.meta.json" and "'published' must be a string" in err.message
    assert doc.meta == {"title": "T"}


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"{not json", "invalid JSON"),
        (b'["a"]', "must be a JSON object"),
        (b"", "empty file"),
        (b"%PDF-1.4", "PDF"),
        (b"[" * 30_000, "nested too deeply"),
    ],
)
def test_corrupt_sidecar_keeps_the_article(tmp_path, data, reason):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "a.meta.json", data)
    err, doc = run(tmp_path)
    assert err.source_path == "a.meta.json" and reason in err.message
    assert doc.source_path == "a.txt" and doc.meta == {}


def test_orphan_sidecar(tmp_path):
    write(tmp_path, "lonely.meta.json", '{"title": "T"}')
    write(tmp_path, "feed.jsonl", jsonl({"text": "x"}))
    write(tmp_path, "feed.meta.json", '{"title": "T"}')
    items = run(tmp_path)
    messages = {i.source_path: i.message for i in errors(items)}
    assert set(messages) == {"lonely.meta.json", "feed.meta.json"}
    assert all(m.startswith("sidecar without article") for m in messages.values())


def test_sidecar_only_pairs_within_its_folder(tmp_path):
    write(tmp_path, "sub/a.txt", EN)
    write(tmp_path, "a.meta.json", '{"title": "T"}')
    items = run(tmp_path)
    assert isinstance(items[0], InputError) and items[0].source_path == "a.meta.json"
    assert items[1].meta == {}


def test_sidecar_is_shared_by_txt_and_html_of_the_same_name(tmp_path):
    write(tmp_path, "a.txt", EN)
    write(tmp_path, "a.html", f"<p>{EN}</p>")
    write(tmp_path, "a.meta.json", '{"title": "T"}')
    assert [d.meta for d in run(tmp_path)] == [{"title": "T"}, {"title": "T"}]


# ----------------------------------------------------------------- content_id


def test_content_id():
    ident = content_id("Hello\nworld")
    assert len(ident) == 16 and int(ident, 16) >= 0
    assert content_id("Hello\r\nworld") == ident == content_id("Hello\rworld")
    assert content_id("Hello world") != ident
    assert content_id("\ud800") == content_id("\ud800")  # never raises


def test_same_article_under_two_names_has_one_id(tmp_path):
    write(tmp_path, "a.txt", EN.encode("utf-16"))
    write(tmp_path, "b/copy.txt", EN.replace("\n", "\r\n"))
    write(tmp_path, "c.jsonl", jsonl({"text": EN}))
    assert len({content_id(d.content) for d in run(tmp_path)}) == 1
