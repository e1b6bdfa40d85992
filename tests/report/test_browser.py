"""The report in a real browser: Debian's Chromium, headless, driven by Playwright.

Nothing here downloads a browser: Playwright is pointed at the system's Chromium
(``.ci/run`` installs it with apt-get when it is missing). Where there is none, these tests
skip and say so.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.report import network, write_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync",
         "--disable-default-apps", "--disable-extensions"]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason="Chromium is not installed (apt-get install chromium; .ci/run does it when apt "
           "is there)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report(sample_run, tmp_path_factory):
    _, out, _ = sample_run
    folder = tmp_path_factory.mktemp("browser") / "report"
    write_report(out, folder)
    return out, folder


class Visit:
    """A page opened as a person would, with what it logged and what it fetched."""

    def __init__(self, browser, url: str):
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and
                     self.problems.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url, wait_until="load")

    def check_clean(self):
        assert self.problems == []
        assert self.requests and all(u.startswith("file://") for u in self.requests), \
            self.requests

    def close(self):
        self.page.close()


def _rows(out: Path, table: str, columns: list[str]) -> list[dict]:
    return pq.ParquetFile(out / f"{table}.parquet").read(columns=columns).to_pylist()


def test_index_loads_clean_with_a_node_per_related_entity(browser, report):
    out, folder = report
    visit = Visit(browser, (folder / "index.html").as_uri())
    page = visit.page
    assert page.title().startswith("Report:")
    relations = _rows(out, "relations", ["type", "subject_id", "object_id"])
    related = {i for r in relations if r["type"] in network.EDGE_TYPES
               and r["subject_id"] and r["object_id"] and r["subject_id"] != r["object_id"]
               for i in (r["subject_id"], r["object_id"])}
    assert related, "the sample corpus should relate some entities"
    drawn = page.eval_on_selector_all("#network g.node",
                                      "nodes => nodes.map(n => n.dataset.entityId)")
    assert sorted(drawn) == sorted(related)
    assert page.locator("#timeline a.event").count() > 0
    visit.check_clean()
    visit.close()


def test_index_entity_list_searches_and_sorts(browser, report):
    out, folder = report
    entities = _rows(out, "entities", ["name", "mention_count"])
    visit = Visit(browser, (folder / "index.html").as_uri())
    page = visit.page
    table = page.locator('[data-list="entities"] table tbody tr')
    assert table.count() == min(len(entities), 25)  # the first rows; more on demand
    target = max(entities, key=lambda e: (len(e["name"]), e["name"]))
    page.fill('[data-list="entities"] input[type=search]', target["name"].upper())
    page.wait_for_function(
        "n => document.querySelectorAll('[data-list=\"entities\"] tbody tr').length === n",
        arg=min(25, sum(target["name"].lower() in e["name"].lower() for e in entities)))
    assert target["name"] in table.first.inner_text()
    page.fill('[data-list="entities"] input[type=search]', "")
    # the search box is debounced: wait for the full list before sorting it
    page.wait_for_function(
        "n => document.querySelectorAll('[data-list=\"entities\"] tbody tr').length === n",
        arg=min(len(entities), 25))
    page.click('[data-list="entities"] th:has-text("Mentions")')  # numbers sort high first
    page.wait_for_function("() => document.querySelector("
                           "'[data-list=\"entities\"] th[aria-sort=descending]') !== null")
    most = max(e["mention_count"] for e in entities)
    page.wait_for_function(
        "n => Number(document.querySelector('[data-list=\"entities\"] tbody tr td:nth-child(3)')"
        ".innerText.replace(/,/g, '')) === n", arg=most)
    first = int(table.first.locator("td").nth(2).inner_text().replace(",", ""))
    assert first == most
    visit.check_clean()
    visit.close()


def test_statistic_evidence_link_opens_its_relation(browser, report):
    out, folder = report
    visit = Visit(browser, (folder / "index.html").as_uri())
    link = visit.page.locator('[data-list="statistics"] tbody a').first
    href = link.get_attribute("href")
    link.click()
    visit.page.wait_for_load_state("load")
    anchor = href.split("#")[1]
    assert visit.page.url.endswith(href)
    assert visit.page.locator(f"tr#{anchor} td.evidence").inner_text().strip()
    visit.close()


def test_document_pages_mark_exactly_their_mentions(browser, report):
    out, folder = report
    mentions = _rows(out, "mentions", ["doc_id", "mention_id"])
    for doc in _rows(out, "documents", ["doc_id"]):
        visit = Visit(browser, (folder / "docs" / f"{doc['doc_id']}.html").as_uri())
        marked = visit.page.eval_on_selector_all("#body mark.mention", "ms => ms.map(m => m.id)")
        expected = [m["mention_id"].rpartition(":")[2] for m in mentions
                    if m["doc_id"] == doc["doc_id"]]
        assert sorted(marked) == sorted(expected)
        assert visit.page.locator("#body mark.date").count() > 0 or \
            "0 dates" in visit.page.inner_text("p.counts")
        visit.check_clean()
        visit.close()
