"""Main-content extraction on the Article Extraction Benchmark (and CleanPortalEval).

Scores our ``clean()`` beside plain trafilatura settings run here and the baseline outputs
shipped with the dataset, with the benchmark's own metric: token 4-gram shingles, tp/fp/fn
normalised per document, precision and recall averaged over documents, F1 from the two
averages, plus exact token-sequence accuracy (as upstream evaluate.py, without bootstrap).

    .venv/bin/python bench/cleaning.py [--only NAME ...] [--no-portal]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean import clean  # noqa: E402
from pipeline.clean.html import clean_html, fallback_text  # noqa: E402
from pipeline.clean.text import clean_text  # noqa: E402
from pipeline.model import RawDoc  # noqa: E402

DATA = Path("/work/shared/datasets/article-extraction-benchmark")
PORTAL = Path("/work/shared/datasets/cleanportaleval")
TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    return Counter(
        tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n]
    )


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Shingle counts matched, extra and missing, normalised to sum to 1 per document."""
    gold, found = shingles(true), shingles(pred)
    tp = sum((gold & found).values())
    fp = sum((found - gold).values())
    fn = sum((gold - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(gold: dict[str, str], pred: dict[str, str], ids: list[str]) -> dict[str, float]:
    counts = [tp_fp_fn(gold[i], pred.get(i) or "") for i in ids]
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    acc = statistics.mean(float(tokens(gold[i]) == tokens(pred.get(i) or "")) for i in ids)
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "accuracy": acc,
    }


def trafilatura_variant(**options):
    def run(html: str) -> str:
        from trafilatura import extract

        return extract(html, **options) or ""

    return run


def ours(html: str) -> str:
    return clean(RawDoc("x.html", None, "html", html), "x").body


def ours_fallback_only(html: str) -> str:
    return fallback_text(html)[0]


def ours_with_text_rules(html: str) -> str:
    return clean_html(html, text_rules=True).body


EXTRACTORS = {
    "ours: clean()": ours,
    "ours + text-dump line rules": ours_with_text_rules,
    "ours: fallback path alone (soup+text)": ours_fallback_only,
    "trafilatura default (upstream call)": trafilatura_variant(include_comments=False),
    "trafilatura favor_precision": trafilatura_variant(
        include_comments=False, favor_precision=True
    ),
    "trafilatura favor_recall": trafilatura_variant(include_comments=False, favor_recall=True),
    "trafilatura no tables": trafilatura_variant(include_comments=False, include_tables=False),
}


def print_row(name: str, all_scores: dict, news_scores: dict, seconds: float | None) -> None:
    timing = f"{seconds:6.1f}s" if seconds is not None else "   (file)"
    print(
        f"{name:<40} all: P={all_scores['precision']:.3f} R={all_scores['recall']:.3f} "
        f"F1={all_scores['f1']:.3f} acc={all_scores['accuracy']:.3f} | en-news: "
        f"P={news_scores['precision']:.3f} R={news_scores['recall']:.3f} "
        f"F1={news_scores['f1']:.3f} acc={news_scores['accuracy']:.3f} {timing}"
    )


def benchmark(only: list[str]) -> None:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf8"))
    gold = {key: value.get("articleBody", "") for key, value in truth.items()}
    ids = sorted(gold)
    rows = [line.split("\t") for line in (DATA / "manifest.tsv").read_text().splitlines()[1:]]
    news = sorted(r[0] for r in rows if r[2] == "en-news" and r[0] in gold)
    pages = {
        i: (DATA / "html" / f"{i}.html").read_text(encoding="utf8", errors="replace") for i in ids
    }
    print(f"Article Extraction Benchmark: {len(ids)} pages, {len(news)} en-news")
    for name, run in EXTRACTORS.items():
        if only and not any(o in name for o in only):
            continue
        start = time.perf_counter()
        pred = {i: run(pages[i]) for i in ids}
        seconds = time.perf_counter() - start
        print_row(name, score(gold, pred, ids), score(gold, pred, news), seconds)
    text_dumps(gold, ids, news)
    for path in sorted((DATA / "baselines").glob("*.json")):
        output = json.loads(path.read_text(encoding="utf8"))["output"]
        pred = {i: (output.get(i) or {}).get("articleBody") or "" for i in ids}
        print_row(
            f"baseline file {path.stem}", score(gold, pred, ids), score(gold, pred, news), None
        )


def text_dumps(gold: dict[str, str], ids: list[str], news: list[str]) -> None:
    """The text cleaner on text dumps: html-text's output is each page's whole visible text
    (menus, bylines, footers and all), i.e. what a copied page looks like."""
    output = json.loads((DATA / "baselines" / "html-text.json").read_text(encoding="utf8"))
    dumps = {i: (output["output"].get(i) or {}).get("articleBody") or "" for i in ids}
    start = time.perf_counter()
    pred = {i: clean_text(dumps[i]).body for i in ids}
    seconds = time.perf_counter() - start
    print_row(
        "ours: clean_text on html-text dumps",
        score(gold, pred, ids),
        score(gold, pred, news),
        seconds,
    )


_MARKER = re.compile(r"^\s*<[hpl]>\s*", re.MULTILINE)


def portal(only: list[str]) -> None:
    """CleanPortalEval: same shingle metric, overall and per site."""
    gold, pages = {}, {}
    for path in sorted((PORTAL / "gold").glob("*.txt")):
        text = path.read_text(encoding="utf8", errors="replace")
        text = re.sub(r"^\s*URL:.*\n", "", text)
        gold[path.stem] = _MARKER.sub("", text)
        html = (PORTAL / "input" / f"{path.stem}.html").read_text(encoding="utf8", errors="replace")
        pages[path.stem] = re.sub(r"^\s*<text id=[^>]*>", "", html)
    ids = sorted(gold)
    sites = sorted({i.rsplit("_", 1)[0] for i in ids})
    print(f"\nCleanPortalEval: {len(ids)} pages, sites: {', '.join(sites)}")
    for name, run in EXTRACTORS.items():
        if only and not any(o in name for o in only):
            continue
        pred = {i: run(pages[i]) for i in ids}
        overall = score(gold, pred, ids)
        per_site = " ".join(
            f"{s}={score(gold, pred, [i for i in ids if i.startswith(s)])['f1']:.3f}" for s in sites
        )
        print(
            f"{name:<40} F1={overall['f1']:.3f} P={overall['precision']:.3f} "
            f"R={overall['recall']:.3f} | per-site F1 {per_site}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=[], help="substrings of extractor names")
    parser.add_argument("--no-portal", action="store_true", help="skip CleanPortalEval")
    args = parser.parse_args()
    benchmark(args.only)
    if not args.no_portal:
        portal(args.only)


if __name__ == "__main__":
    main()
