"""Boilerplate removal and metadata for text dumps (a page's text as copied, furniture and all).

Hard-wrapped paragraphs (wire stories, e-mail dumps) are first joined into one line each
(``pipeline.clean.unwrap``). Lines are then classified one by one with the pattern tables of
``pipeline.clean.boilerplate_rules`` (widgets, bylines, footers, contact blocks, date banners,
date markers). What remains is read by layout, the way a reader skims a copied page:
prose paragraphs are the article; runs of three or more short lines are menus and link
lists; the blocks of prose between such runs are weighed, and the heavy ones are the
story (a cookie notice or a footer disclaimer far from it is not). Lines just above the
story hold the headline, byline and dateline; short lines after its last paragraph are
the trailer ("Main News", related links).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.clean.boilerplate_rules import (
    BOILERPLATE_LINES,
    BOILERPLATE_PHRASES,
    BULLET_CHARS,
    BYLINE_PUBLISHER,
    MAX_BOILERPLATE_LINE,
    MEDIA_WORDS,
    PUBLISHER_CREDITS,
    PUBLISHER_REJECT,
    PUBLISHER_TRAILERS,
    TITLE_SMALL_WORDS,
)
from pipeline.clean.pubdate import find_dateline, find_marked_date, is_date_banner, strip_bullet
from pipeline.clean.unwrap import unwrap

# A line with at least this many words is prose whatever its punctuation (headlines are
# shorter; a headline rarely ends with a full stop).
PROSE_WORDS = 30
# A line ending like a sentence needs this many words to count as prose.
SENTENCE_WORDS = 6
# This many consecutive non-prose lines are a menu or link list, not headings.
GAP_RUN = 3
# Prose blocks with at least this share of the main block's prose are part of the article.
BLOCK_KEEP_RATIO = 0.25
# The headline is looked for among this many lines before the first paragraph, and must
# share this much of its vocabulary with the opening paragraphs unless it is repeated.
TITLE_WINDOW = 12
TITLE_CONTEXT_PARAGRAPHS = 5
TITLE_MIN_OVERLAP = 0.1
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
# A title found after the first paragraph must be short and in Title Case.
LATE_TITLE_MAX_WORDS = 12
LATE_TITLE_CASE_RATIO = 0.6

_BOILERPLATE = {
    name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for name, patterns in BOILERPLATE_LINES.items()
}
_PHRASES = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PHRASES), re.IGNORECASE)
_BYLINE_PUBLISHER = re.compile(BYLINE_PUBLISHER)
_CREDIT = re.compile(rf"^(?:{'|'.join(PUBLISHER_CREDITS)})", re.IGNORECASE)
_TRAILERS = [re.compile(p, re.IGNORECASE) for p in PUBLISHER_TRAILERS]
_REJECT = re.compile(PUBLISHER_REJECT, re.IGNORECASE)
_STRONG_CREDIT = re.compile(r"\d{4}|rights reserved|^source|^출처", re.IGNORECASE)
_MEDIA = "|".join(re.escape(w) for w in sorted(MEDIA_WORDS, key=len, reverse=True))
_TOLD = re.compile(
    rf"\btold\s+((?:[Tt]he\s+)?(?:[A-Z][\w&'.-]{{0,30}}\s+){{0,4}}(?:{_MEDIA}))(?![\w-])"
)
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)\]]*$")
_NAV_SEPARATORS = re.compile(r"[|›»]|\s[>/]\s")
# Invisible and control characters (and U+FFFD left by failed decoding) carry no text.
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd\x7f"),
        *(c for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c"),
    ],
    None,
)


@dataclass
class TextClean:
    """What the text cleaner found: the body and the metadata it could read from the page."""

    body: str
    title: str = ""
    published: str = ""
    published_source: str = ""
    publisher: str = ""


@dataclass
class _Line:
    text: str
    bulleted: bool
    boilerplate: str = ""  # the table name that matched, or ""

    @property
    def words(self) -> int:
        return word_count(self.text)


def normalise_lines(content: str) -> list[str]:
    """Lines of ``content`` with invisible characters dropped and white space collapsed."""
    text = unicodedata.normalize("NFC", content).translate(_INVISIBLE)
    return [" ".join(line.split()) for line in text.splitlines()]


def boilerplate_kind(line: str) -> str:
    """The name of the boilerplate table that matches the whole line, or "" for none."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return ""
    for name, pattern in _BOILERPLATE.items():
        if pattern.fullmatch(line):
            return name
    return "phrases" if _PHRASES.search(line) else ""


def word_count(line: str) -> int:
    """Words in a line; Chinese and Japanese write none of the spaces, so two of their
    characters count as a word (enough to tell a paragraph from a label)."""
    return len(line.split()) + len(_CJK.findall(line)) // 2


def is_prose(line: str) -> bool:
    """A paragraph of running text, as opposed to a heading, label or link."""
    words = word_count(line)
    if words >= PROSE_WORDS:
        return True
    return words >= SENTENCE_WORDS and bool(_SENTENCE_END.search(line))


def is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def title_case_ratio(line: str) -> float:
    """Share of content words that start with a capital (or are not Latin words at all)."""
    words = [w.strip("\"'“”‘’()[]:,") for w in line.split()]
    words = [w for w in words if w and w.lower() not in TITLE_SMALL_WORDS]
    if not words:
        return 0.0
    capitals = sum(1 for w in words if not w[0].isalpha() or w[0].isupper() or not w.isascii())
    return capitals / len(words)


def looks_like_title(line: str) -> bool:
    """Short, not a sentence, not a menu: a headline candidate."""
    words = len(line.split())
    if not 2 <= words <= TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    if _NAV_SEPARATORS.search(line) or find_dateline(line):
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters >= len(line) / 2


def clean_publisher(name: str) -> str:
    """A publisher name without trailing legal words or sentence remnants."""
    name = name.strip(" .,:;-|")
    for pattern in _TRAILERS:
        name = pattern.sub("", name).strip(" .,:;-|")
    if not 2 <= len(name) <= 80 or not any(ch.isalpha() for ch in name) or _REJECT.search(name):
        return ""
    return name


def credit_publisher(line: str) -> str:
    """The outlet named by a credit line: "© 2024 Publisher", "Source: Publisher"."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return ""
    match = _CREDIT.match(line)
    if not match or match.end() == len(line):
        return ""
    return clean_publisher(line[match.end() :])


def byline_publisher(line: _Line) -> str:
    """The outlet of a bulleted "• section, Publisher" header line."""
    if not line.bulleted or line.words > 8 or is_sentence(line.text):
        return ""
    match = _BYLINE_PUBLISHER.fullmatch(line.text)
    return clean_publisher(match["publisher"]) if match else ""


def told_publisher(lines: list[str]) -> str:
    """The interviewing outlet of "..., X told The Korea Herald." attributions (last resort)."""
    for line in lines:
        match = _TOLD.search(line)
        if match:
            return match.group(1)
    return ""


def _classify(raw_lines: list[str]) -> tuple[list[_Line], list[tuple[str, str]], list[str]]:
    """Kept lines, marked dates (kind, value) in order, and credit-line publishers."""
    kept: list[_Line] = []
    dates: list[tuple[str, str]] = []
    credits: list[str] = []
    weak_credits: list[str] = []
    for raw in raw_lines:
        if not raw:
            continue
        bulleted = raw[0] in BULLET_CHARS and (len(raw) == 1 or raw[1] == " ")
        text = strip_bullet(raw)
        marked = find_marked_date(text)
        # "Released March 3, 2024, the report says ..." is a sentence, not a date marker
        if marked and not is_prose(marked.rest):
            dates.append((marked.kind, marked.value))
            text = marked.rest
        if not text or is_date_banner(text):
            continue
        credit = credit_publisher(text)
        if credit:  # "© 2024 X. All rights reserved" / "Source: X" before a bare "© X"
            (credits if _STRONG_CREDIT.search(text) else weak_credits).append(credit)
        kept.append(_Line(text, bulleted, boilerplate_kind(text)))
    return kept, dates, credits + weak_credits


def _pick_date(dates: list[tuple[str, str]]) -> str:
    for kind in ("publish", "update"):
        for found_kind, value in dates:
            if found_kind == kind:
                return value
    return ""


def _gaps(lines: list[_Line], prose: list[bool]) -> list[bool]:
    """Mark runs of at least ``GAP_RUN`` consecutive non-prose lines: menus and link lists.

    Headings and captions inside an article come one or two at a time between paragraphs;
    navigation, "most read" lists and footers come as long runs of short lines.
    """
    gap = [False] * len(lines)
    start = 0
    while start < len(lines):
        if prose[start]:
            start += 1
            continue
        end = start
        while end < len(lines) and not prose[end]:
            end += 1
        if end - start >= GAP_RUN:
            gap[start:end] = [True] * (end - start)
        start = end
    return gap


def _article_span(prose: list[bool], gap: list[bool], lines: list[_Line]) -> tuple[int, int]:
    """First and last line index of the article: the blocks (split at gaps) holding most prose.

    The block with the most prose characters is the article; other blocks are kept when
    they hold at least ``BLOCK_KEEP_RATIO`` of that (an article cut by an inline link list),
    so a lone cookie notice or footer disclaimer far from the story is left out.
    """
    blocks: list[tuple[int, int, int]] = []  # (first prose index, last prose index, chars)
    current: list[int] = []
    for index in range(len(lines) + 1):
        if index == len(lines) or gap[index]:
            if current:
                chars = sum(len(lines[i].text) for i in current)
                blocks.append((current[0], current[-1], chars))
            current = []
        elif prose[index]:
            current.append(index)
    best = max(chars for _, _, chars in blocks)
    kept = [(first, last) for first, last, chars in blocks if chars >= BLOCK_KEEP_RATIO * best]
    return kept[0][0], kept[-1][1]


def _content_words(text: str) -> set[str]:
    """Crude stems (first four letters) of the longer words: "ferries" meets "ferry"."""
    return {w[:4] for w in _WORD.findall(text.lower()) if len(w) >= 4}


def _pick_title(lines: list[_Line], first: int, prose: list[bool]) -> str:
    """The headline among the title-like lines just before the article.

    Menus and teasers are title-like too, so candidates are ranked: a line written twice
    (page title and heading) first, then by the share of its words found in the opening
    paragraphs (a headline announces what they tell), then the earliest.
    """
    window = [
        line.text
        for line in lines[max(0, first - TITLE_WINDOW) : first]
        if looks_like_title(line.text) and not byline_publisher(line)
    ]
    if not window:
        return ""
    opening = [line.text for line, is_p in zip(lines[first:], prose[first:], strict=True) if is_p]
    vocabulary = _content_words(" ".join(opening[:TITLE_CONTEXT_PARAGRAPHS]))

    def rank(item: tuple[int, str]) -> tuple[int, float, int]:
        position, text = item
        words = _content_words(text)
        overlap = len(words & vocabulary) / len(words) if words else 0.0
        return (window.count(text) > 1, overlap, -position)

    position, best = max(enumerate(window), key=rank)
    if window.count(best) == 1 and rank((position, best))[1] < TITLE_MIN_OVERLAP:
        # nothing announces the story: only a title-like line right above it will do
        above = lines[first - 1].text if first else ""
        return above if above == window[-1] else ""
    return best


def clean_text(content: str) -> TextClean:
    """Clean a text dump: body lines, headline, marked publication date and publisher."""
    classified, dates, credits = _classify(normalise_lines(unwrap(content)))
    lines = [line for line in classified if not line.boilerplate]
    prose = [is_prose(line.text) for line in lines]
    if any(prose):
        gap = _gaps(lines, prose)
        first, last = _article_span(prose, gap, lines)
        title = _pick_title(lines, first, prose)
        if not title:
            title = _late_title(lines, first)
    else:  # no paragraph at all (a short note): everything after the headline is the body
        gap = [False] * len(lines)
        title_at = next((i for i, line in enumerate(lines) if looks_like_title(line.text)), -1)
        title = lines[title_at].text if title_at >= 0 else ""
        first, last = title_at + 1, len(lines) - 1

    body: list[str] = []
    for index in range(first, len(lines)):
        line = lines[index]
        if gap[index] or (index > last and not is_sentence(line.text)):
            continue  # menus, link lists; trailer labels such as "Main News"
        body.append(line.text)

    bylines = [byline_publisher(line) for line in lines[max(0, first - TITLE_WINDOW) : first]]
    publisher = next((name for name in bylines + credits if name), "")
    body = [text for text in _dedupe(body) if text != title]
    published, source = _pick_date(dates), "text-marker"
    if not published:  # an unmarked "date, time" line in the header: the filing time
        header = lines[max(0, first - TITLE_WINDOW) : first]
        dated = (find_dateline(line.text) for line in header)
        published, source = next((d for d in dated if d), ""), "text-dateline"
    return TextClean(
        body="\n".join(body),
        title=title,
        published=published,
        published_source=source if published else "",
        publisher=publisher or told_publisher(body),
    )


def _late_title(lines: list[_Line], first: int) -> str:
    """A Title Case line right after the first paragraph, for pages whose header has none."""
    for line in lines[first + 1 : first + 2]:
        if line.words > LATE_TITLE_MAX_WORDS:
            return ""
        if looks_like_title(line.text) and title_case_ratio(line.text) >= LATE_TITLE_CASE_RATIO:
            return line.text
    return ""


def _dedupe(lines: list[str]) -> list[str]:
    """Drop a line identical to the one before it (widgets and headlines copied twice)."""
    result: list[str] = []
    for line in lines:
        if not result or result[-1] != line:
            result.append(line)
    return result
