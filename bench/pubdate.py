"""Publication-date accuracy on the English htmldate evaluation pages.

Counts, as upstream htmldate tests/comparison.py does: TP = the predicted day equals gold,
FP = a wrong date or a date where gold has none, FN = no date where gold has one, TN = no
date where none is expected. Precision, recall, F1 (2TP / (2TP + FP + FN)) and accuracy, on
all pages, on the mediacloud (news) and default (BBAW, varied sites) subsets, and on the
two folds of the fixed split in ``folds.py`` (the HTML cleaner's settings were chosen by
two-fold cross-validation, issue 13). Our ``clean()`` is run beside plain htmldate variants
run here, and so is the text-dump cleaner on each page turned into the text a reader copies
from a browser (block elements on lines of their own, scripts and styles dropped): pages
nobody fitted the text rules to, scored against their gold dates. ``--cost`` times the HTML
cleaner against trafilatura alone on these pages.

    .venv/bin/python bench/pubdate.py [--only NAME ...] [--cost]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cputime import cpu_per_page, print_ratios  # noqa: E402
from folds import two_folds  # noqa: E402

from pipeline.clean import clean  # noqa: E402
from pipeline.clean.html import clean_html  # noqa: E402
from pipeline.clean.pubdate import html_date  # noqa: E402
from pipeline.model import RawDoc  # noqa: E402

DATA = Path("/work/shared/datasets/htmldate-eval-en")


def htmldate_plain(extensive: bool, with_url: bool):
    def run(html: str, url: str) -> str | None:
        from htmldate import find_date

        try:
            return find_date(
                html, original_date=True, extensive_search=extensive, url=url if with_url else None
            )
        except Exception:
            return None

    return run


def ours(with_url: bool):
    def run(html: str, url: str) -> str | None:
        meta = {"url": url} if with_url else {}
        return clean(RawDoc("page.html", None, "html", html, meta), "x").published or None

    return run


# Elements a browser lays out as blocks: copied text puts each on lines of its own.
BLOCK_TAGS = """
    address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1
    h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul
""".split()
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "head"]


def copied_text(html: str) -> str:
    """The page's visible text as a reader copies it: blocks on their own lines."""
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(INVISIBLE_TAGS):
        tag.decompose()
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before(NavigableString("\n"))
        tag.insert_after(NavigableString("\n"))
    return "\n".join(" ".join(line.split()) for line in soup.get_text("").split("\n"))


def ours_text_dump(html: str, url: str) -> str | None:
    from pipeline.clean.text import clean_text

    return clean_text(copied_text(html)).published or None


def trafilatura_date(html: str, url: str) -> str | None:
    from trafilatura import bare_extraction

    found = bare_extraction(html, url=url, with_metadata=True, only_with_metadata=False)
    return found.date if found is not None else None


VARIANTS = {
    "ours: clean() with url": ours(True),
    "ours: clean() without url": ours(False),
    "ours: pubdate.html_date extensive": lambda h, u: html_date(h, u, extensive=True) or None,
    "htmldate original, extensive, url": htmldate_plain(True, True),
    "htmldate original, extensive, no url": htmldate_plain(True, False),
    "htmldate original, fast, url": htmldate_plain(False, True),
    "htmldate original, fast, no url": htmldate_plain(False, False),
    "trafilatura metadata date, url": trafilatura_date,
    "ours: clean_text on the copied text (no HTML, no url)": ours_text_dump,
}


def counts(pred: dict, gold: dict, keys: list[str]) -> dict[str, int]:
    result = {"TP": 0, "FP": 0, "FN": 0, "TN": 0}
    for key in keys:
        found, expected = pred[key], gold[key]
        if found is None:
            result["FN" if expected else "TN"] += 1
        elif found == expected:
            result["TP"] += 1
        else:
            result["FP"] += 1
    return result


def figures(c: dict[str, int]) -> str:
    tp, fp, fn, tn = c["TP"], c["FP"], c["FN"], c["TN"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    acc = (tp + tn) / max(1, tp + fp + fn + tn)
    return f"TP={tp:3} FP={fp:3} FN={fn:3} TN={tn} P={p:.3f} R={r:.3f} F1={f1:.3f} acc={acc:.3f}"


def read_page(name: str) -> str:
    """Page text; the ground truth names files with or without the html/ folder."""
    path = DATA / name if (DATA / name).exists() else DATA / "html" / Path(name).name
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=[], help="substrings of variant names")
    parser.add_argument("--cost", action="store_true", help="only the CPU cost per page")
    args = parser.parse_args()
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf8"))
    urls = sorted(truth)
    gold = {u: truth[u]["date"] for u in urls}
    subsets = {
        "all": urls,
        "mediacloud": [u for u in urls if "mediacloud" in truth[u]["source_json"]],
        "default": [u for u in urls if "default" in truth[u]["source_json"]],
        **{f"fold {name}": keys for name, keys in two_folds(urls).items()},
    }
    pages = {u: read_page(truth[u]["file"]) for u in urls}
    if args.cost:
        cost(pages)
        return
    sizes = ", ".join(f"{k} {len(v)}" for k, v in subsets.items())
    print(f"htmldate-eval-en: {sizes} pages; {sum(1 for u in urls if not gold[u])} without a date")
    for name, run in VARIANTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        start = time.perf_counter()
        pred = {u: run(pages[u], u) for u in urls}
        seconds = time.perf_counter() - start
        print(f"{name}  ({seconds:.1f}s)")
        for subset, keys in subsets.items():
            print(f"    {subset:<11} {figures(counts(pred, gold, keys))}")
    if not args.only:
        text_dump_agreement()


def cost(pages: dict[str, str]) -> None:
    """CPU per page of the HTML cleaner against trafilatura's extract() alone."""
    from trafilatura import bare_extraction, extract

    runs = {
        "trafilatura extract() (reference)": lambda h, u: extract(h, include_comments=False),
        "trafilatura + metadata (htmldate extensive)": lambda h, u: bare_extraction(
            h, url=u, include_comments=False, with_metadata=True
        ),
        "ours: clean_html()": clean_html,
    }
    items = [(pages[u], u) for u in sorted(pages)]
    print(f"Cost on {len(items)} pages (CPU, interleaved, best of 3 passes):")
    print_ratios(cpu_per_page(runs, items), "trafilatura extract() (reference)")


def text_dump_agreement() -> None:
    """Text-dump dates (markers, datelines) against htmldate on the same pages.

    The Article Extraction Benchmark ships html-text's visible-text dump of each page; no
    gold date exists there, so this reports agreement with htmldate on the page's HTML.
    """
    from pipeline.clean.text import clean_text

    aeb = Path("/work/shared/datasets/article-extraction-benchmark")
    dumps = json.loads((aeb / "baselines" / "html-text.json").read_text(encoding="utf8"))
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf8"))
    same = off_by_one = other = dated = 0
    for key in sorted(truth):
        found = clean_text((dumps["output"].get(key) or {}).get("articleBody") or "").published
        if not found:
            continue
        dated += 1
        html = (aeb / "html" / f"{key}.html").read_text(encoding="utf8", errors="replace")
        reference = html_date(html, truth[key]["url"])
        if reference == found:
            same += 1
        elif (
            reference and abs((date.fromisoformat(reference) - date.fromisoformat(found)).days) == 1
        ):
            off_by_one += 1
        else:
            other += 1
    print(
        f"\ntext dumps (AEB html-text, {len(truth)} pages): clean_text dated {dated}; vs htmldate "
        f"on the HTML: same {same}, one day apart {off_by_one}, other {other}"
    )


if __name__ == "__main__":
    main()
