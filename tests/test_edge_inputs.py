"""Edge inputs through the whole pipeline: the user's ids, ignored metadata values as
warnings, links out of the corpus, and a mostly English page with Korean passages."""

from __future__ import annotations

import json
import os
import shutil

import pandas as pd
import pytest

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, main
from tests.clean.test_clean_language import MIXED

STORY = (
    "Riverside council approves library\n"
    "The council of Riverside approved a new public library on Tuesday, its chairman "
    "Omar Haddad said. The building will cost $8 million.\n"
)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    base = tmp_path_factory.mktemp("edge")
    corpus = base / "corpus"
    corpus.mkdir()
    lines = [
        {"id": "feed-001", "text": STORY, "published": "2024-02-01"},
        {"id": 2, "text": STORY.replace("Riverside", "Lakeside"), "published": "not a date",
         "author": "Desk"},
        {"text": STORY.replace("Riverside", "Hillside"), "language": "English"},
    ]
    (corpus / "feed.jsonl").write_text("".join(json.dumps(o) + "\n" for o in lines))
    (corpus / "page.txt").write_text(STORY.replace("Riverside", "Seaside"))
    (corpus / "page.meta.json").write_text(json.dumps({"id": "CMS-77", "published": "soon"}))
    (corpus / "mixed.txt").write_text("Jeonju welcomes Nantes mission\n" + MIXED)
    (base / "private.txt").write_text(STORY.replace("Riverside", "Secretville"))
    if hasattr(os, "symlink"):
        os.symlink(base / "private.txt", corpus / "private.txt")
    out = base / "out"
    code = main(["extract", str(corpus), "--out", str(out), "--quiet", "--workers", "1"])
    documents = pd.read_parquet(out / "documents.parquet").set_index(["source_path",
                                                                     "source_line"])
    errors = pd.read_parquet(out / "errors.parquet")
    return corpus, out, code, documents, errors


def test_source_ids_are_kept(edge):
    documents = edge[3]
    assert documents.loc[("feed.jsonl", 1), "source_id"] == "feed-001"
    assert documents.loc[("feed.jsonl", 2), "source_id"] == "2"
    assert documents.loc[("feed.jsonl", 3), "source_id"] == ""
    assert documents.xs("page.txt", level=0)["source_id"].item() == "CMS-77"


def test_every_ignored_value_is_a_warning_naming_field_and_value(edge):
    errors = edge[4]
    warnings = errors[errors["severity"] == "warning"]
    found = set(zip(warnings["source_path"], warnings["message"], strict=True))
    assert ("feed.jsonl", "line 2: field 'published' = \"not a date\" is not a date; "
            "ignored") in found
    assert ("feed.jsonl", "line 2: field 'author' = \"Desk\" is not one the pipeline reads; "
            "ignored (reported for its first line only)") in found
    assert ("feed.jsonl", "line 3: field 'language' = \"English\" is not an ISO 639-1 code "
            "such as en or ko; ignored (detected: en)") in found
    assert ("page.meta.json", "field 'published' = \"soon\" is not a date; ignored") in found
    assert len(warnings) == 4
    documents = edge[3]
    assert documents.loc[("feed.jsonl", 2), "published"] == ""
    assert documents.loc[("feed.jsonl", 3), "language"] == "en"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_link_out_of_the_corpus_is_an_error_and_the_exit_code_says_so(edge):
    _, out, code, documents, errors = edge
    (row,) = errors[errors["source_path"] == "private.txt"].itertuples()
    assert row.severity == "error" and "outside the corpus folder" in row.message
    assert "private.txt" not in documents.index.get_level_values(0)
    assert not (out / "documents.csv").read_text().count("Secretville")
    assert code == EXIT_PARTIAL


def test_warnings_alone_exit_zero(edge, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(edge[0], corpus, symlinks=True, ignore=shutil.ignore_patterns("private*"))
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--quiet",
                 "--workers", "1"]) == EXIT_OK
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert set(errors["severity"]) == {"warning"}


def test_mostly_english_page_with_korean_passages_is_annotated(edge):
    _, out, _, documents, _ = edge
    page = documents.xs("mixed.txt", level=0).iloc[0]
    assert (page["language"], page["status"]) == ("en", "ok")
    assert 0.2 < page["non_english_share"] < 0.5
    assert "광주시는 리옹 대표단과" in page["body"]  # kept in the body
    mentions = pd.read_parquet(out / "mentions.parquet")
    texts = set(mentions.loc[mentions["doc_id"] == page["doc_id"], "text"])
    assert {"Kim Seo-yeon", "Nantes"} <= texts
    assert not any("시" in text for text in texts - {"광주"})  # nothing from Korean passages


def test_korean_passages_are_skipped_and_the_english_ones_annotated_as_alone():
    from pipeline.clean.language import foreign_spans
    from pipeline.model import RawDoc
    from pipeline.run.process import process_batch

    spans = foreign_spans(MIXED)
    english_only = MIXED
    for start, end in reversed(spans):
        english_only = english_only[:start] + english_only[end:]
    mixed, alone = process_batch([RawDoc("m.txt", None, "text", MIXED),
                                  RawDoc("e.txt", None, "text", english_only)])

    def found(result):
        return ([(m.text, m.label) for m in result.mentions],
                [(d.text, d.value) for d in result.dates],
                [(f.text, f.value, f.unit) for f in result.figures],
                [(r.type, r.role, r.date) for r in result.relations])

    assert found(mixed) == found(alone)
    body = mixed.document.body
    sentences = [body[s:e].strip() for s, e in mixed.sentences]
    for start, end in spans:  # each passage is one sentence of its own, nothing inside it
        assert body[start:end] in sentences
        for item in (*mixed.mentions, *mixed.dates, *mixed.figures):
            assert item.end <= start or item.start >= end
