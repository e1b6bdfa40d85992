"""The contract's surface: inputs of every kind in, eight tables out, errors isolated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.output.schema import TABLES, markdown

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Harbour City signs water deal\n"
    "The council of Harbour City signed a water supply agreement with Northvale on "
    "Monday, its mayor Anna Berg said. The deal is worth $12 million over five years.\n"
    "Berg visited Northvale in March 2023 to meet the utility's chief executive.\n"
)
HTML = (
    "<html><head><title>Rail link opens | The Valley Courier</title>"
    '<meta property="og:site_name" content="The Valley Courier"></head><body>'
    "<nav>Home News Sport</nav><article><h1>Rail link opens</h1>"
    "<p>The new rail link between Oakton and Millbridge opened on 4 May 2021, the "
    "transport minister Sam Okafor said.</p><p>About 20,000 passengers are expected "
    "to use the line every day, the operator said in a statement.</p></article>"
    "<footer>Copyright 2021 The Valley Courier. All rights reserved.</footer></body></html>"
)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    base = tmp_path_factory.mktemp("mixed")
    corpus = base / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(ARTICLE)
    (corpus / "a.meta.json").write_text(json.dumps({"published": "2023-04-02",
                                                     "publisher": "Harbour Post"}))
    (corpus / "sub" / "b.html").write_text(HTML)
    (corpus / "c.jsonl").write_text(
        json.dumps({"text": ARTICLE.replace("Harbour", "Lake"), "published": "2022-01-05",
                    "id": "x1"}) + "\n" + "{not json\n")
    (corpus / "copy.txt").write_text(ARTICLE)
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04junk")
    out = base / "out"
    code = main(["extract", str(corpus), "--out", str(out), "--quiet"])
    return corpus, out, code


def test_all_tables_both_formats(mixed):
    _, out, code = mixed
    assert code == 3  # tables written, some inputs failed
    for table, columns in TABLES.items():
        csv = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        parquet = pd.read_parquet(out / f"{table}.parquet")
        assert list(csv.columns) == [c.name for c in columns]
        assert len(csv) == len(parquet), table


def test_inputs_of_every_kind(mixed):
    _, out, _ = mixed
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_path")
    assert sorted(docs.index) == ["a.txt", "c.jsonl", "sub/b.html"]
    assert docs.loc["a.txt", "published"] == "2023-04-02"  # the sidecar wins
    assert docs.loc["a.txt", "publisher"] == "Harbour Post"
    assert docs.loc["c.jsonl", "source_line"] == 1
    assert docs.loc["c.jsonl", "published"] == "2022-01-05"
    assert "passengers" in docs.loc["sub/b.html", "body"]
    assert "All rights reserved" not in docs.loc["sub/b.html", "body"]
    assert "Home News Sport" not in docs.loc["sub/b.html", "body"]


def test_bad_inputs_are_errors_not_crashes(mixed):
    _, out, _ = mixed
    errors = pd.read_parquet(out / "errors.parquet")
    by_path = dict(zip(errors["source_path"], errors["message"], strict=False))
    assert "notes.docx" in by_path
    assert "duplicate" in by_path["copy.txt"]
    assert any(p == "c.jsonl" and "line 2" in m for p, m in by_path.items())


def test_offsets_point_into_body(mixed):
    _, out, _ = mixed
    bodies = pd.read_parquet(out / "documents.parquet").set_index("doc_id")["body"]
    for table in ("sentences", "mentions", "dates", "figures"):
        for row in pd.read_parquet(out / f"{table}.parquet").itertuples():
            assert bodies[row.doc_id][row.start:row.end] == row.text, (table, row.text)


def test_relative_dates_use_the_publication_date(mixed):
    _, out, _ = mixed
    dates = pd.read_parquet(out / "dates.parquet")
    assert "2023-03" in set(dates["value"])


def test_same_corpus_same_bytes(mixed, tmp_path):
    corpus, out, _ = mixed
    again = tmp_path / "again"
    main(["extract", str(corpus), "--out", str(again), "--quiet"])
    for table in TABLES:
        for ext in ("csv", "parquet"):
            name = f"{table}.{ext}"
            assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_clean_only_writes_documents_and_errors(mixed, tmp_path):
    corpus, _, _ = mixed
    out = tmp_path / "clean"
    main(["extract", str(corpus), "--out", str(out), "--clean-only", "--quiet"])
    assert sorted(p.name for p in out.glob("*.csv")) == ["documents.csv", "errors.csv"]


def test_missing_corpus_is_a_usage_error(tmp_path):
    assert main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["evaluate", "--help"]])
def test_help(args):
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", *args],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "usage" in done.stdout


def test_outputs_readme_documents_every_column():
    readme = (ROOT / "outputs" / "README.md").read_text()
    assert markdown() in readme
