"""Hard-wrapped wire text through ``clean()``: how much of each story survives, and its language.

Reuters-21578 bodies are broken at ~70 characters inside paragraphs, with indented first
lines; they are all English. Each BODY (optionally after its TITLE line, as a saved page
would show it) is given to ``clean()`` as a text dump, and the bench reports the share of
body words kept (multiset overlap of word tokens), the documents left empty, and the share
detected as English (with the other codes found).

    .venv/bin/python bench/unwrap.py [--docs 500] [--files reut2-000.sgm ...] [--title]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean import STATUS_EMPTY, clean  # noqa: E402
from pipeline.model import RawDoc  # noqa: E402

DATA = Path("/work/shared/datasets/reuters-21578")
STORY = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
WORD = re.compile(r"\w+")
# The wire's sign-off and end-of-text mark are not article words.
SIGN_OFF = re.compile(r"\s*\bReuter\s*\x03?\s*$")


def stories(files: list[str], limit: int) -> list[tuple[str, str]]:
    """(title, body) of the first ``limit`` stories with a BODY in ``files``."""
    found: list[tuple[str, str]] = []
    for name in files:
        text = (DATA / name).read_text(encoding="latin-1")
        for story in STORY.findall(text):
            body = BODY.search(story)
            if not body:
                continue
            title = TITLE.search(story)
            found.append(
                (
                    html.unescape(title.group(1)).strip() if title else "",
                    SIGN_OFF.sub("", html.unescape(body.group(1))),
                )
            )
            if len(found) >= limit:
                return found
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--files", nargs="*", default=["reut2-000.sgm", "reut2-001.sgm"])
    parser.add_argument("--title", action="store_true", help="put the TITLE line above the body")
    parser.add_argument("--show", type=int, default=0, help="print this many worst documents")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"dataset not found: {DATA}")

    total = kept = empty = english = 0
    languages: Counter = Counter()
    worst: list[tuple[float, str, str]] = []
    for number, (title, body) in enumerate(stories(args.files, args.docs)):
        content = f"{title}\n\n{body}" if args.title else body
        doc = clean(RawDoc(f"reuters/{number}.txt", None, "text", content), f"r{number}")
        gold, found = Counter(WORD.findall(body)), Counter(WORD.findall(doc.body))
        total += sum(gold.values())
        overlap = sum((gold & found).values())
        kept += overlap
        empty += doc.status == STATUS_EMPTY
        english += doc.language == "en"
        languages[doc.language or "-"] += 1
        worst.append((overlap / max(1, sum(gold.values())), content, doc.body))
    docs = len(worst)
    print(f"documents: {docs}  body words: {total}")
    print(f"words kept: {kept} ({kept / max(1, total):.1%})")
    print(f"empty ('{STATUS_EMPTY}'): {empty}")
    print(f"detected English: {english} ({english / max(1, docs):.1%})")
    print("languages:", ", ".join(f"{code} {n}" for code, n in languages.most_common()))
    for share, content, cleaned in sorted(worst, key=lambda w: w[0])[: args.show]:
        print(f"\n--- kept {share:.0%}\n{content}\n--- cleaned:\n{cleaned}")


if __name__ == "__main__":
    main()
