"""Pathological input through the whole pipeline: each case finishes and gives a documents row.

No timings are asserted (bench/fuzz.py measures them); a case that went quadratic would
show up as this file taking minutes instead of seconds. Several cases are fed as .jsonl
lines with ``"language": "en"`` so that the English models really run on them (language
detection would otherwise spare spaCy most of this junk).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline import annotate
from pipeline.clean import MAX_ASCII_RUN, drop_data_runs
from pipeline.run import RunOptions, process, run

SENTENCE_WORDS = 50_000
PHRASE = "the mayor of Springfield said the budget was approved by the council and "


def long_sentence(words: int) -> str:
    """An English 'sentence' of ``words`` words with no full stop anywhere."""
    return " ".join((PHRASE * (words // len(PHRASE.split()) + 1)).split()[:words])


def _jsonl(text: str, **meta) -> str:
    return json.dumps({"text": text, "language": "en", **meta}) + "\n"


CASES = {
    # a 1 MB line without spaces, as a text dump and forced through spaCy as English
    "line_x.txt": "x" * 1_000_000,
    "line_blob.jsonl": _jsonl("The council of Springfield approved the budget on Monday. "
                              + "".join(chr(33 + (i * 7) % 94) for i in range(1_000_000))),
    # HTML nested 100k deep, closed and unclosed
    "deep.html": "<div>" * 100_000 + "The council of Springfield approved the budget on "
                 "Monday, the mayor said." + "</div>" * 100_000,
    "deep_unclosed.html": "<html><body>" + "<span><b>" * 50_000
                          + "The council approved the budget on Monday, the mayor said.",
    "deep_table.html": "<table>" + "<tr><td><table>" * 20_000 + "Budget approved.",
    # a 50k-token sentence: detected as something else, and forced through as English
    "words.txt": "word " * SENTENCE_WORDS,
    "sentence.jsonl": _jsonl(long_sentence(SENTENCE_WORDS)),
    # many short lines, and one attribute-laden tag
    "lines.txt": "The mayor said.\n" * 50_000,
    "attributes.html": "<p " + " ".join(f"a{i}='{i}'" for i in range(50_000))
                       + ">The council approved the budget.</p>",
    # entity-expansion ("billion laughs") markup must not be expanded
    "laughs.html": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                   + "".join(f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" if i > 1 else "&lol;"}'
                             f'{("&lol" + str(i - 1) + ";") * 9 if i > 1 else "&lol;" * 9}">'
                             for i in range(1, 10))
                   + "]><html><body><p>&lol9; The council met.</p></body></html>",
}


@pytest.fixture(scope="module")
def pathological(tmp_path_factory):
    base = tmp_path_factory.mktemp("pathological")
    corpus = base / "corpus"
    corpus.mkdir()
    for name, text in CASES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    deep = corpus.joinpath(*["d"] * 200)  # a folder tree 200 levels deep
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text("The council met in Springfield on Monday, officials said.")
    out = base / "out"
    summary = run(RunOptions(corpus=corpus, out=out, workers=1, cache=False))
    documents = pd.read_parquet(out / "documents.parquet").set_index("source_path")
    return out, summary, documents


def test_every_case_gives_a_documents_row(pathological):
    _, summary, documents = pathological
    expected = set(CASES) | {"/".join(["d"] * 200) + "/bottom.txt"}
    assert set(documents.index) == expected
    assert summary.documents == len(expected)


def test_no_stage_failed(pathological):
    out, _, documents = pathological
    errors = pd.read_parquet(out / "errors.parquet")
    assert errors.empty, errors.to_dict("records")
    assert not documents["status"].str.startswith("failed").any()


def test_a_line_without_spaces_is_not_article_text(pathological):
    documents = pathological[2]
    assert documents.loc["line_x.txt", "status"] == "no article text"
    body = documents.loc["line_blob.jsonl", "body"]
    assert body == "The council of Springfield approved the budget on Monday."
    assert documents.loc["line_blob.jsonl", "status"] == "ok"


def test_deep_html_keeps_its_text(pathological):
    documents = pathological[2]
    assert "approved the budget" in documents.loc["deep.html", "body"]
    assert "approved the budget" in documents.loc["deep_unclosed.html", "body"]
    assert "lollol" not in documents.loc["laughs.html", "body"]


def test_a_50k_token_sentence_is_cut_into_bounded_sentences(pathological):
    out, _, documents = pathological
    assert documents.loc["words.txt", "status"].startswith("not English")
    doc_id = documents.loc["sentence.jsonl", "doc_id"]
    assert documents.loc["sentence.jsonl", "status"].startswith("ok")  # maybe cut
    sentences = pd.read_parquet(out / "sentences.parquet")
    mine = sentences[sentences["doc_id"] == doc_id]
    body = documents.loc["sentence.jsonl", "body"]
    assert len(mine) >= len(body.split()) // annotate.MAX_SENTENCE_TOKENS
    assert mine["start"].min() == 0 and mine["end"].max() == len(body)
    # about 5.6 characters per token: no sentence may be much longer than the cap
    assert (mine["end"] - mine["start"]).max() < 10 * annotate.MAX_SENTENCE_TOKENS


# ----------------------------------------------------------------- the caps themselves


@pytest.fixture(scope="module")
def nlp():
    return process.get_nlp()


def test_long_sentence_breaks_only_where_no_sentence_ends(nlp):
    cap = annotate.MAX_SENTENCE_TOKENS
    doc = annotate.long_sentence_breaks(nlp.make_doc(long_sentence(3 * cap)))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [0, cap, 2 * cap]
    prose = " ".join(["The council met on Monday and approved the plan."] * (cap // 5))
    doc = annotate.long_sentence_breaks(nlp.make_doc(prose))
    assert [t.i for t in doc if t.is_sent_start] == [0]  # left to the parser


def test_the_model_runs_with_the_cap(nlp):
    assert nlp.pipe_names.index("long_sentence_breaks") < nlp.pipe_names.index("parser")
    doc = nlp(long_sentence(3 * annotate.MAX_SENTENCE_TOKENS))
    assert max(len(s) for s in doc.sents) <= annotate.MAX_SENTENCE_TOKENS


def test_drop_data_runs():
    blob = "Qm9va3M" * (MAX_ASCII_RUN // 7 + 1)
    assert drop_data_runs(f"The mayor said {blob} it was fine.\n{blob}\nEnd.") == (
        "The mayor said it was fine.\nEnd.")
    kept = "a" * (MAX_ASCII_RUN - 1)
    assert drop_data_runs(kept) == kept
    cjk = "東京都議会は火曜日" * 500  # long runs of non-ASCII text are prose
    assert drop_data_runs(cjk) == cjk


def test_cut_body_keeps_its_reason(monkeypatch):
    from pipeline.model import RawDoc
    from pipeline.run import prepare

    monkeypatch.setattr(prepare, "MAX_BODY_CHARS", 200)
    korean = "서울시는 내년부터 새로운 대중교통 정책을 시행한다고 발표했다. " * 20
    (result,) = process.clean_batch([RawDoc("k.txt", None, "text", korean)])
    assert result.document.status == "not English (ko); body cut to 200 characters"
    assert not process.is_annotatable(result)
    (result,) = process.clean_batch([RawDoc("e.txt", None, "text", long_sentence(400))])
    assert result.document.status == "ok (body cut to 200 characters)"
    assert len(result.document.body) == 200
