"""Screenshots of the report for the README: the index and one document's page.

    .venv/bin/pipeline extract corpus --out /tmp/nt-shots
    .venv/bin/pipeline report /tmp/nt-shots
    .venv/bin/python tools/report_screenshots.py /tmp/nt-shots/report

Uses the system's Chromium (apt-get install chromium; fonts-noto-cjk for the Korean
names), headless, through Playwright; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="a report folder (OUT/report)")
    parser.add_argument("--document", default="000_19a0e0c2193ddae9.txt",
                        help="source path of the document to show (default: the seed article)")
    parser.add_argument("--to", type=Path, default=ROOT / "docs")
    parser.add_argument("--height", type=int, default=2600,
                        help="pixels of each page to keep (default: 2600)")
    args = parser.parse_args()
    page_of = _page_of(args.report, args.document)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": args.height})
        for url, name in (((args.report / "index.html").as_uri(), "report-index.png"),
                          (page_of.as_uri(), "report-document.png")):
            page.goto(url, wait_until="load")
            page.screenshot(path=str(args.to / name))
            print(args.to / name)
        browser.close()


def _page_of(report: Path, source: str) -> Path:
    """The page whose metadata names ``source`` as the document's input."""
    for page in sorted((report / "docs").glob("*.html")):
        if f"<td>{source}</td>" in page.read_text(encoding="utf-8"):
            return page
    raise SystemExit(f"no page for {source} in {report}")


if __name__ == "__main__":
    main()
