"""The Python API: extract_texts / extract_corpus give the rows `pipeline extract` writes,
and load() types them as documented."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import pipeline
from pipeline.output.schema import DAY_SUFFIX, PERIOD_COLUMNS, TABLES, pandas_type
from tests.conftest import SAMPLES

SOURCE_COLUMNS = ["source_path", "source_line"]


def _same(left: pipeline.Tables, right: pipeline.Tables, skip_source: bool = False):
    assert left.names() == right.names() == list(TABLES)
    for name in left.names():
        a, b = left[name], right[name]
        if skip_source and name == "documents":
            a, b = a.drop(columns=SOURCE_COLUMNS), b.drop(columns=SOURCE_COLUMNS)
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                      obj=name)


@pytest.fixture(scope="module")
def loaded(sample_run):
    return pipeline.load(sample_run[1])


def test_extract_texts_gives_the_rows_of_pipeline_extract(loaded):
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    tables = pipeline.extract_texts(texts)
    _same(tables, loaded, skip_source=True)
    documents = tables.documents
    assert list(documents["source_path"]) == ["<texts>"] * 3
    assert list(documents["source_line"]) == [1, 2, 3]


def test_extract_texts_with_two_workers_equals_one(loaded):
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    _same(pipeline.extract_texts(texts, workers=2), loaded, skip_source=True)


def test_extract_corpus_in_memory_and_written(sample_run, loaded, tmp_path):
    corpus = sample_run[0]
    _same(pipeline.extract_corpus(corpus), loaded)
    written = pipeline.extract_corpus(corpus, out=tmp_path / "out", cache=False)
    _same(written, loaded)
    for table in TABLES:
        assert (tmp_path / "out" / f"{table}.parquet").read_bytes() == \
            (sample_run[1] / f"{table}.parquet").read_bytes(), table


def test_metadata_and_bad_texts_become_rows_not_exceptions():
    story = ("Port council approves ferry terminal\nThe council of Westhaven approved a "
             "ferry terminal on Monday, its mayor Ruth Quill said. Work starts next month.\n")
    tables = pipeline.extract_texts(
        [story, "", None, "\x00\x01\x02\x03 binary \x04\x05\x06\x07" * 20,
         story.replace("Westhaven", "Eastport")],
        published=["2024-05-21", None, None, None, "not a date"],
        titles=[None, None, None, None, "Given title"],
        ids=["a-1", 2, None, None, 99],
    )
    documents = tables.documents.set_index("source_line")
    assert list(documents.index) == [1, 5]
    assert documents.loc[1, "published"] == pd.Timestamp("2024-05-21")
    assert documents.loc[1, "source_id"] == "a-1"
    assert (documents.loc[5, "title"], documents.loc[5, "source_id"]) == ("Given title", "99")
    assert pd.isna(documents.loc[5, "published"])
    next_month = tables.dates[tables.dates["text"] == "next month"].set_index("doc_id")
    assert next_month.loc[documents.loc[1, "doc_id"], "value"] == "2024-06"  # anchored
    assert pd.isna(next_month.loc[documents.loc[5, "doc_id"], "value"])  # no date to anchor
    errors = tables.errors
    assert set(errors["source_path"]) == {"<texts>"}
    by_severity = errors.groupby("severity", observed=True)["message"].agg(list).to_dict()
    assert by_severity["warning"] == [
        "item 5: field 'published' = \"not a date\" is not a date; ignored"]
    assert [m.split(":")[0] for m in by_severity["error"]] == ["item 2", "item 3", "item 4"]
    with pytest.raises(ValueError, match="2 published values for 1 texts"):
        pipeline.extract_texts([story], published=["2024-01-01", "2024-01-02"])


def test_published_accepts_dates_and_missing_values():
    story = ("Harbour reopens\nThe harbour of Northvale reopened on Friday after repairs, "
             "officials said. Ferries resume next week.\n")
    texts = [story, story.replace("Northvale", "Southvale"),
             story.replace("Northvale", "Westvale")]
    tables = pipeline.extract_texts(
        texts, published=[dt.date(2024, 5, 3), pd.Timestamp("2024-05-04 10:30"), pd.NaT])
    assert list(tables.documents["published"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2024-05-03", "2024-05-04", ""]
    assert tables.errors.empty


def test_load_gives_the_documented_dtypes(loaded):
    for name, columns in TABLES.items():
        frame = loaded[name]
        assert getattr(loaded, name) is frame
        for column in columns:
            assert str(frame[column.name].dtype).startswith(
                pandas_type(name, column).split("[")[0]), (name, column.name)
            if (name, column.name) in PERIOD_COLUMNS:
                assert str(frame[column.name + DAY_SUFFIX].dtype) == "datetime64[ns]"
    documents, dates = loaded.documents, loaded.dates
    assert documents["published"].dt.year.isin([2024, 2026]).sum() == 2  # one is undated
    assert isinstance(dates["kind"].dtype, pd.CategoricalDtype)
    whole = dates["value"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)
    assert whole.any() and (~whole).any()
    assert (dates.loc[whole, "value_day"].dt.strftime("%Y-%m-%d") ==
            dates.loc[whole, "value"]).all()
    assert dates.loc[~whole, "value_day"].isna().all()
    assert not (loaded.mentions["title"] == "").any()  # empty text is missing


def test_load_reads_csv_where_parquet_is_missing(sample_run, loaded, tmp_path):
    out = tmp_path / "csv"
    shutil.copytree(sample_run[1], out, ignore=shutil.ignore_patterns("*.parquet", ".*"))
    _same(pipeline.load(out), loaded)


def test_load_of_a_folder_that_is_not_an_output(tmp_path):
    with pytest.raises(FileNotFoundError, match="not an output folder"):
        pipeline.load(tmp_path)


def test_import_pipeline_stays_light(sample_run):
    code = (
        "import sys, pipeline\n"
        "assert 'pandas' not in sys.modules and 'spacy' not in sys.modules\n"
        f"tables = pipeline.load({str(sample_run[1])!r})\n"
        "assert 'spacy' not in sys.modules\n"
        "print(sorted(pipeline.__all__))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == str(sorted(pipeline.__all__))


def test_public_api_is_documented_and_typed():
    assert {"load", "extract_texts", "extract_corpus", "Tables"} <= set(pipeline.__all__)
    for name in ("load", "extract_texts", "extract_corpus"):
        function = getattr(pipeline, name)
        assert function.__doc__ and function.__annotations__.get("return") == "Tables"
    tables = pipeline.Tables({"documents": pd.DataFrame(), "visits": pd.DataFrame()})
    assert tables.names() == ["documents", "visits"] and "visits" in dir(tables)
    with pytest.raises(AttributeError, match="no table 'vists'"):
        tables.vists  # noqa: B018
