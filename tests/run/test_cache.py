"""The per-document cache: hits, misses, invalidation, damage, and incremental runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.model import (
    DateMention,
    DocResult,
    Document,
    Figure,
    InputError,
    LocalEntity,
    Mention,
    RawDoc,
    Relation,
)
from pipeline.run import RunOptions, process, run
from pipeline.run import cache as cache_mod
from pipeline.run.cache import DocCache, code_version, decode_result, encode_result, raw_key

ARTICLES = {
    "a.txt": "Harbour Bank opens office in Lisbon\n\n"
             "Harbour Bank said on Monday it would open an office in Lisbon in March 2024. "
             "Chief executive Maria Santos said the bank expects 40 new jobs.\n",
    "b.txt": "Storm closes ports\n\n"
             "A storm closed three ports in Norway on 12 January 2023, officials said. "
             "Shipping firm Nordline lost about $2 million in revenue, its chairman Erik Dahl "
             "told reporters in Oslo.\n",
}
NEW_ARTICLE = ("c.txt", "Carmaker sales rise\n\n"
                        "Sales at Vento Motors rose 12% to 1.5 billion euros in 2022, the "
                        "Italian carmaker said in Turin on Tuesday.\n")



def _result() -> DocResult:
    doc = Document("abc", "x/a.txt", "Title", "2024-01-02", "Pub", "http://e.x", "en",
                   "Body text \u00e9 here.", source_line=3, published_source="meta")
    return DocResult(
        doc,
        sentences=[(0, 10), (11, 20)],
        mentions=[Mention(0, 4, "Body", "ORG", 0, title="CEO", rule="ner")],
        entities=[LocalEntity(0, "Body", "ORG", aliases=["B"])],
        dates=[DateMention(5, 9, "text", "2024", "date", "year", anchor="2024-01-02")],
        figures=[Figure(1, 2, "2", 2.5, "count", linked=None),
                 Figure(3, 4, "x", None, "USD", linked=0)],
        relations=[Relation("statistic", 0, 0, None, value=1e21, figure_index=1)],
        errors=[InputError("x/a.txt", "extract:dates", "boom")],
        timings={"clean": 0.1},
    )


def test_encode_decode_round_trip_keeps_every_field_but_timings():
    result = _result()
    back = decode_result(encode_result(result))
    result.timings = {}
    assert back == result
    assert isinstance(back.sentences[0], tuple)


def test_hit_miss_and_version_invalidation(tmp_path):
    with DocCache(tmp_path, version="v1") as store:
        assert store.get("k") is None
        store.put("k", _result())
        assert store.get("k").document.doc_id == "abc"
        assert (store.hits, store.misses) == (1, 1)
    with DocCache(tmp_path, version="v2") as store:  # new code: old entries pruned on open
        assert store.count() == 0
        assert store.get("k") is None


def test_damaged_entry_is_recomputed_not_read(tmp_path):
    with DocCache(tmp_path, version="v1") as store:
        store.put("k", _result())
    db = sqlite3.connect(tmp_path / cache_mod.CACHE_FILE)
    with db:
        db.execute("UPDATE entries SET data = substr(data, 1, 10)")  # a half-written blob
    db.close()
    with DocCache(tmp_path, version="v1") as store:
        assert store.get("k") is None
        assert store.count() == 0  # dropped, so the next run stores a good one


def test_unreadable_cache_file_starts_over(tmp_path):
    (tmp_path / cache_mod.CACHE_FILE).write_bytes(b"this is not a database" * 100)
    with DocCache(tmp_path, version="v1") as store:
        store.put("k", _result())
        assert store.get("k") is not None


def test_prune_unused_keeps_only_this_runs_entries(tmp_path):
    with DocCache(tmp_path, version="v1") as store:
        store.put("old", _result())
        store.put("kept", _result())
    with DocCache(tmp_path, version="v1") as store:
        store.get_many(["kept"])
        store.finish(prune_unused=True)
        assert store.count() == 1 and store.get("kept") is not None


def test_raw_key_covers_content_metadata_and_place():
    raw = RawDoc("a.txt", None, "text", "Hello", {"title": "T"})
    base = raw_key(raw, "full")
    assert raw_key(RawDoc("a.txt", None, "text", "Hello", {"title": "T"}), "full") == base
    assert raw_key(RawDoc("a.txt", None, "text", "Hello!", {"title": "T"}), "full") != base
    assert raw_key(RawDoc("a.txt", None, "text", "Hello", {"title": "U"}), "full") != base
    assert raw_key(RawDoc("b.txt", None, "text", "Hello", {"title": "T"}), "full") != base
    assert raw_key(raw, "clean") != base


def test_code_version_follows_stage_code_not_later_modules(tmp_path):
    root = tmp_path / "pkg"
    for folder in ("clean", "resolve", "run"):
        (root / folder).mkdir(parents=True)
    (root / "clean" / "text.py").write_text("A = 1\n")
    (root / "resolve" / "__init__.py").write_text("B = 1\n")
    (root / "run" / "parallel.py").write_text("C = 1\n")
    (root / "clean" / "words.csv").write_text("x\n")
    first = code_version.__wrapped__(root)
    (root / "resolve" / "__init__.py").write_text("B = 2\n")
    (root / "run" / "parallel.py").write_text("C = 2\n")
    assert code_version.__wrapped__(root) == first
    (root / "clean" / "words.csv").write_text("y\n")
    second = code_version.__wrapped__(root)
    assert second != first
    (root / "clean" / "text.py").write_text("A = 2\n")
    assert code_version.__wrapped__(root) != second


# ----------------------------------------------------------------- whole runs


def _corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture()
def counted(monkeypatch):
    """Count the documents that reach the per-document stages."""
    seen: list[str] = []
    real = process.process_batch

    def counting(raws, batch_size=32):
        seen.extend(r.source_path for r in raws)
        return real(raws, batch_size=batch_size)

    monkeypatch.setattr(process, "process_batch", counting)
    return seen


def test_adding_one_article_processes_only_it_and_equals_full_rebuild(tmp_path, nlp, counted):
    corpus = _corpus(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    run(RunOptions(corpus=corpus, out=out))
    assert sorted(counted) == sorted(ARTICLES)

    counted.clear()
    run(RunOptions(corpus=corpus, out=out))  # nothing changed: nothing recomputed
    assert counted == []

    _corpus(corpus, dict([NEW_ARTICLE]))
    run(RunOptions(corpus=corpus, out=out))
    assert counted == [NEW_ARTICLE[0]]

    full = tmp_path / "full"
    run(RunOptions(corpus=corpus, out=full, cache=False))
    assert _tables(out) == _tables(full)
    assert not (full / ".cache").exists()


def test_aliases_file_change_keeps_per_document_entries(tmp_path, nlp, counted):
    corpus = _corpus(tmp_path / "corpus", ARTICLES)
    out, cache_dir = tmp_path / "out", tmp_path / "cache"
    run(RunOptions(corpus=corpus, out=out, cache_dir=cache_dir))
    counted.clear()
    (corpus / "aliases.csv").write_text("alias,name\nNordline AS,Nordline\n", encoding="utf-8")
    run(RunOptions(corpus=corpus, out=out, cache_dir=cache_dir))
    assert counted == []
    assert (cache_dir / cache_mod.CACHE_FILE).exists() and not (out / ".cache").exists()
