"""Undo hard wrapping: join the lines of a paragraph that a wire or mail program broke.

Wire stories and e-mail style dumps break every paragraph at a fixed width (60-80
characters), marking paragraphs with a blank line or an indented first line. Read line by
line, such a paragraph looks like a run of short lines, which the layout reading of
``clean_text`` takes for a menu. A greedy wrapper breaks a line only when the next word
would not fit, which gives a test that menus, link lists and headline/byline lines do not
pass: a line is wrapped when it plus the first word of the next line is wider than the
document's wrap width. The width is the one that explains most such breaks; a document
joins lines only when enough of its line breaks pass the test.
"""

from __future__ import annotations

import re

from pipeline.clean.boilerplate_rules import BULLET_CHARS
from pipeline.clean.language_rules import DANGLING_WORDS

# Wrap widths looked for (characters); a line shorter than MIN_WRAP_WIDTH is never wrapped.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 100
# A document is hard-wrapped when this many of its line breaks (nonblank line followed by
# a nonblank line) are wrap breaks, and they are at least this share of those breaks.
MIN_WRAP_BREAKS = 2
MIN_WRAP_SHARE = 0.4
# Lines longer than the width weigh against it this much per line (a width that many lines
# exceed is not the document's).
OVER_WIDTH_PENALTY = 2
# The width is estimated on this many lines (enough, and bounded in time).
WIDTH_SAMPLE_LINES = 2000
# A next line starting like a list item is never joined to the line above it.
_LIST_ITEM = re.compile(rf"(?:[{re.escape(''.join(BULLET_CHARS))}*+-]|\d{{1,3}}[.)]|[a-z][.)])\s")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# A line ending so has finished its sentence or introduces what follows.
_CLAUSE_END = re.compile(r"[.!?:;。！？]['\"”’)\]]*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _breaks(lines: list[str]) -> list[tuple[int, int]]:
    """(length of the line, length of its successor's first word) per nonblank pair."""
    return [
        (len(line.rstrip()), len(_first_word(following)))
        for line, following in zip(lines, lines[1:], strict=False)
        if line.strip() and following.strip()
    ]


def _is_wrap(length: int, next_word: int, width: int) -> bool:
    """The line was broken because the next word would not have fitted in ``width``."""
    return MIN_WRAP_WIDTH <= length <= width < length + 1 + next_word


def wrap_width(lines: list[str]) -> int:
    """The width at which ``lines`` were hard-wrapped, or 0 when they were not."""
    sample = [line.expandtabs() for line in lines[:WIDTH_SAMPLE_LINES]]
    # short lines (table rows, labels) are neither evidence for wrapping nor against it
    breaks = [(n, word) for n, word in _breaks(sample) if n >= MIN_WRAP_WIDTH]
    lengths = [len(line.rstrip()) for line in sample if line.strip()]
    candidates = sorted({n for n in lengths if MIN_WRAP_WIDTH <= n <= MAX_WRAP_WIDTH})
    best, best_score = 0, 0
    for width in candidates:
        wraps = sum(_is_wrap(length, word, width) for length, word in breaks)
        over = sum(length > width for length in lengths)
        score = wraps - OVER_WIDTH_PENALTY * over
        if score > best_score:
            best, best_score = width, score
    if not best:
        return 0
    wraps = sum(_is_wrap(length, word, best) for length, word in breaks)
    if wraps < MIN_WRAP_BREAKS or wraps < MIN_WRAP_SHARE * len(breaks):
        return 0
    return best


def _continues_sentence(line: str, following: str, wrapped: bool) -> bool:
    """A long line left mid-sentence ("according to the / Tornby Merchants Exchange"), or
    in a wrapped document going on in lower case ("a subsidiary of Newmont / said it"): cut
    by the wrapper whatever the width (a first line shortened by a removed dateline, a story
    too short to measure a width on). In a page dump a headline above "updated 3 hours ago"
    or "by Jane Doe" passes neither test."""
    line = line.rstrip()
    if not MIN_WRAP_WIDTH <= len(line) <= MAX_WRAP_WIDTH or _CLAUSE_END.search(line):
        return False
    last = line.rsplit(maxsplit=1)[-1]
    if last in DANGLING_WORDS or line.endswith(","):
        return True
    return wrapped and following.lstrip()[:1].islower()


def _joins(line: str, following: str, width: int) -> bool:
    """Whether ``following`` continues the paragraph that ``line`` was cut from."""
    if not line.strip() or not following.strip():
        return False  # a blank line ends the paragraph
    if _indent(following) > _indent(line):
        return False  # an indented first line starts a new one
    if _LIST_ITEM.match(following.lstrip()):
        return False
    if _continues_sentence(line, following, bool(width)):
        return True
    return bool(width) and _is_wrap(len(line.rstrip()), len(_first_word(following)), width)


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined into one line each (unchanged if none)."""
    lines = text.splitlines()
    width = wrap_width(lines)
    expanded = [line.expandtabs() for line in lines]
    # each output line as its parts, joined once at the end: growing one string line by line
    # would copy it every time (quadratic on a long wrapped document)
    result: list[list[str]] = []
    joined = False
    for index, line in enumerate(lines):
        if index and _joins(expanded[index - 1], expanded[index], width):
            parts = result[-1]
            parts[-1] = parts[-1].rstrip()
            if not _HYPHENATED.search(parts[-1][-2:]):
                parts.append(" ")
            parts.append(line.strip())
            joined = True
        else:
            result.append([line])
    return "\n".join("".join(parts) for parts in result) if joined else text
