"""The report of the sample corpus's tables: files, contents from the tables, safety."""

from __future__ import annotations

import json
import re
import shutil

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.report import MissingTables, NotAReport, write_report
from pipeline.report import index as index_page


@pytest.fixture(scope="module")
def report(sample_run, tmp_path_factory):
    _, out, _ = sample_run
    folder = tmp_path_factory.mktemp("report") / "report"
    summary = write_report(out, folder)
    return out, folder, summary


def _table(out, name, columns=None):
    return pq.ParquetFile(out / f"{name}.parquet").read(columns=columns).to_pylist()


def test_one_page_per_document_and_an_index(report):
    out, folder, summary = report
    documents = _table(out, "documents", ["doc_id"])
    pages = sorted(p.stem for p in (folder / "docs").glob("*.html"))
    assert pages == sorted(d["doc_id"] for d in documents)
    assert summary.pages == len(documents)
    assert (folder / "index.html").stat().st_size == summary.index_bytes
    assert sorted(p.name for p in (folder / "assets").iterdir()) == ["report.css", "report.js"]


def _resources(html: str) -> list[str]:
    """Every URL the page would load by itself (not links a reader may follow)."""
    return (re.findall(r'<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="([^"]*)"', html)
            + re.findall(r'<link\b[^>]*\bhref="([^"]*)"', html)
            + re.findall(r"url\(([^)]*)\)", html)
            + re.findall(r"@import", html))


def test_pages_load_nothing_from_the_network(report):
    _, folder, _ = report
    pages = [folder / "index.html", *sorted((folder / "docs").glob("*.html"))]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for url in _resources(html):
            assert not re.match(r"^[a-z]+:", url), (page.name, url)
    css = (folder / "assets" / "report.css").read_text()
    assert "url(" not in css and "@import" not in css
    assert "http" not in (folder / "assets" / "report.js").read_text()


def test_index_lists_come_from_the_tables(report):
    out, folder, _ = report
    html = (folder / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="list-data">(.*?)</script>', html,
                      re.S)[1]
    lists = json.loads(block)
    entities = _table(out, "entities")
    assert sorted(r[0] for r in lists["entities"]["rows"]) == sorted(e["name"] for e in entities)
    assert sum(r[2] for r in lists["entities"]["rows"]) == len(_table(out, "mentions", ["doc_id"]))
    statistics = _table(out, "statistics")
    rows = lists["statistics"]["rows"]
    assert sorted((r[0], r[1], r[2], r[3]) for r in rows) == sorted(
        (s["subject"], s["metric"], s["value"], s["unit"]) for s in statistics)
    for row in rows:  # each statistic links to its relation's row on its document's page
        page, anchor = row[-1].split("#")
        assert f'<tr id="{anchor}">' in (folder / page).read_text(encoding="utf-8")
    documents = _table(out, "documents", ["doc_id", "title"])
    assert [r[0] for r in lists["documents"]["rows"]] == [d["title"] for d in documents]
    counts = dict(re.findall(r"<tr><td>(\w+)</td><td class=\"num\">([\d,]+)</td></tr>",
                             html.split('id="row-counts"')[1].split("</table>")[0]))
    assert int(counts["mentions"].replace(",", "")) == len(_table(out, "mentions", ["doc_id"]))


def test_document_page_marks_every_mention_and_lists_relations(report):
    out, folder, _ = report
    mentions = _table(out, "mentions")
    relations = _table(out, "relations", ["doc_id", "relation_id"])
    for doc in _table(out, "documents", ["doc_id", "body"]):
        html = (folder / "docs" / f"{doc['doc_id']}.html").read_text(encoding="utf-8")
        body = html.split('<div id="body"')[1].split("</section>")[0]
        marked = re.findall(r'<mark class="entity mention" id="(m\d+)"', body)
        expected = [m["mention_id"].rpartition(":")[2] for m in mentions
                    if m["doc_id"] == doc["doc_id"]]
        assert sorted(marked) == sorted(expected)
        rows = re.findall(r'<tr id="(r\d+)">', html)
        assert rows == [r["relation_id"].rpartition(":")[2] for r in relations
                        if r["doc_id"] == doc["doc_id"]]


def test_text_from_pages_is_escaped(tmp_path, sample_run):
    _, out, _ = sample_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns(".cache", "report"))
    import pyarrow as pa

    documents = pq.read_table(copy / "documents.parquet")
    titles = documents.column("title").to_pylist()
    titles[0] = '<img src=x onerror=alert(1)> "Title"'
    urls = ["javascript:alert(1)"] * len(titles)
    documents = documents.set_column(documents.schema.get_field_index("title"), "title",
                                     pa.array(titles))
    documents = documents.set_column(documents.schema.get_field_index("url"), "url",
                                     pa.array(urls))
    pq.write_table(documents, copy / "documents.parquet")
    folder = write_report(copy).folder
    pages = [folder / "index.html", *(folder / "docs").glob("*.html")]
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "<img src=x" not in text
    assert 'href="javascript:' not in text


def test_rebuild_replaces_the_report_and_a_failure_keeps_it(tmp_path, sample_run,
                                                             monkeypatch):
    _, out, _ = sample_run
    folder = tmp_path / "report"
    write_report(out, folder)
    (folder / "index.html").write_text("old")

    def broken(data):
        raise RuntimeError("boom")

    monkeypatch.setattr(index_page, "context", broken)
    with pytest.raises(RuntimeError):
        write_report(out, folder)
    assert (folder / "index.html").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no temporary left behind
    monkeypatch.undo()
    write_report(out, folder)
    assert (folder / "index.html").read_text() != "old"


def test_never_replaces_a_folder_that_is_not_a_report(tmp_path, sample_run):
    _, out, _ = sample_run
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(NotAReport):
        write_report(out, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_cli(tmp_path, sample_run, capsys):
    _, out, _ = sample_run
    assert main(["report", str(out), "--to", str(tmp_path / "r")]) == 0
    pages = len(_table(out, "documents", ["doc_id"]))
    assert f"report of {pages} documents written to" in capsys.readouterr().err
    assert (tmp_path / "r" / "index.html").is_file()
    assert main(["report", str(tmp_path / "nothing")]) == 2
    assert "no tables in" in capsys.readouterr().err
    with pytest.raises(MissingTables):
        write_report(tmp_path / "nothing")


def test_index_budget_helpers():
    assert index_page.script_json({"a": "</script><!--"}) == '{"a":"\\u003c/script>\\u003c!--"}'


def test_report_of_a_clean_only_run(tmp_path, sample_run):
    from pipeline.run import RunOptions, run

    corpus, _, _ = sample_run
    out = tmp_path / "out"
    run(RunOptions(corpus=corpus, out=out, clean_only=True, cache=False))
    assert not (out / "mentions.parquet").exists()
    summary = write_report(out)
    documents = _table(out, "documents", ["doc_id"])
    assert summary.pages == len(documents) > 0
    page = (summary.folder / "docs" / f"{documents[0]['doc_id']}.html").read_text()
    assert "<mark" not in page and "No relations." in page
