"""Titles and site names of HTML pages against labels checked by hand.

No dataset has gold titles or publishers, so a sample was labelled by hand from each page's
og:title, <title>, h1, og:site_name, JSON-LD and URL (issue 13): every 3rd page of the
Article Extraction Benchmark (by sorted id) and every 4th page of htmldate-eval-en (by
sorted URL). The labels file lives outside the repository, beside the research notes, as
the datasets do. Its format: ``{"aeb": {ID_PREFIX: [[titles], [site names]]}, "htmldate":
{URL_PART: [[titles], [site names]]}}``; every listed answer is accepted, and matching
ignores case, punctuation and spacing. Both samples were seen while the rules were written:
this checks them, it does not hold anything out.

    .venv/bin/python bench/html_meta.py --labels PATH
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean.html import clean_html  # noqa: E402

AEB = Path("/work/shared/datasets/article-extraction-benchmark")
HTMLDATE = Path("/work/shared/datasets/htmldate-eval-en")
_WORD = re.compile(r"\w+")


def norm(text: str) -> str:
    return "".join(_WORD.findall((text or "").lower()))


def _first(tree, xpath: str) -> str:
    for value in tree.xpath(xpath):
        value = " ".join(str(value).split())
        if value:
            return value
    return ""


def _jsonld_publisher(tree) -> str:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return publisher["name"]
    return ""


def answers(html: str, url: str) -> dict[str, dict[str, str]]:
    """Each method's title and site name for one page."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    ours = clean_html(html, url)
    plain = bare_extraction(html, url=url, with_metadata=True)
    tree = load_html(html)
    return {
        "title": {
            "ours": ours.title,
            "trafilatura": plain.title if plain else "",
            "og:title": _first(tree, '//meta[@property="og:title"]/@content'),
            "<title>": _first(tree, "//title/text()"),
            "h1": _first(tree, "//h1//text()"),
        },
        "site name": {
            "ours": ours.publisher,
            "trafilatura": plain.sitename if plain else "",
            "og:site_name": _first(tree, '//meta[@property="og:site_name"]/@content'),
            "JSON-LD publisher": _jsonld_publisher(tree),
            "host": urlparse(url).netloc.removeprefix("www."),
        },
    }


def pages(sample: str, labels: dict) -> list[tuple[str, str, str, list, list]]:
    """(label key, html, url, titles, site names) of a sample's labelled pages."""
    if sample == "aeb":
        truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf8"))
        found = []
        for prefix, (titles, sites) in labels.items():
            page = next(k for k in sorted(truth) if k.startswith(prefix))
            html = (AEB / "html" / f"{page}.html").read_text(encoding="utf8", errors="replace")
            found.append((prefix, html, truth[page]["url"], titles, sites))
        return found
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pubdate import read_page

    truth = json.loads((HTMLDATE / "ground-truth.json").read_text(encoding="utf8"))
    found = []
    for part, (titles, sites) in labels.items():
        url = next(u for u in sorted(truth) if part in u)
        found.append((part, read_page(truth[url]["file"]), url, titles, sites))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labels", required=True, type=Path, help="the hand labels (JSON)")
    args = parser.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf8"))
    for sample in ("aeb", "htmldate"):
        items = pages(sample, labels[sample])
        right: dict[tuple[str, str], int] = {}
        misses = []
        for name, html, url, titles, sites in items:
            for field, values in answers(html, url).items():
                accepted = {norm(v) for v in (titles if field == "title" else sites)}
                for method, value in values.items():
                    hit = norm(value) in accepted
                    right[field, method] = right.get((field, method), 0) + hit
                    if method == "ours" and not hit:
                        misses.append(f"{field}: {name}: {value!r}")
        print(f"\n{sample}: {len(items)} hand-labelled pages")
        for (field, method), count in right.items():
            print(f"  {field:<9} {method:<18} {count:3}/{len(items)} = {count / len(items):.2f}")
        for miss in misses:
            print(f"  ours wrong, {miss}")


if __name__ == "__main__":
    main()
