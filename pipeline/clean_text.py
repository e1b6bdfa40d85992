"""Boilerplate removal and metadata for text dumps (a page's text as copied, furniture and all).

A copied page has three zones: a header (date banner, menus, headline, byline, share
widgets) before the first prose paragraph, the article, and a trailer (related links,
"Main News", contact blocks) after the last prose paragraph. Lines are classified one by
one with the pattern tables of ``pipeline.rules.boilerplate``; the zones decide what the
remaining short lines are (headline in the header, junk in the trailer, sub-heading in
between).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.pubdate import find_marked_date, is_date_banner, strip_bullet
from pipeline.rules.boilerplate import (
    BOILERPLATE_LINES,
    BULLET_CHARS,
    BYLINE_PUBLISHER,
    MAX_BOILERPLATE_LINE,
    MEDIA_WORDS,
    PUBLISHER_CREDITS,
    PUBLISHER_TRAILERS,
    TITLE_SMALL_WORDS,
)

# A line with at least this many words is prose whatever its punctuation (headlines are
# shorter; a headline rarely ends with a full stop).
PROSE_WORDS = 30
# A line ending like a sentence needs this many words to count as prose.
SENTENCE_WORDS = 6
# Header lines shorter than this (and not sentences) are labels, names or widgets.
HEADER_KEEP_WORDS = 5
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
# A title found after the first paragraph must be short and in Title Case.
LATE_TITLE_MAX_WORDS = 12
LATE_TITLE_CASE_RATIO = 0.6

_BOILERPLATE = {
    name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for name, patterns in BOILERPLATE_LINES.items()
}
_BYLINE_PUBLISHER = re.compile(BYLINE_PUBLISHER)
_CREDIT = re.compile(rf"^(?:{'|'.join(PUBLISHER_CREDITS)})", re.IGNORECASE)
_TRAILERS = [re.compile(p, re.IGNORECASE) for p in PUBLISHER_TRAILERS]
_MEDIA = "|".join(re.escape(w) for w in sorted(MEDIA_WORDS, key=len, reverse=True))
_TOLD = re.compile(
    rf"\btold\s+((?:[Tt]he\s+)?(?:[A-Z][\w&'.-]{{0,30}}\s+){{0,4}}(?:{_MEDIA}))(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?。]['\"”’)\]]*$")
_NAV_SEPARATORS = re.compile(r"[|›»]|\s[>/]\s")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


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
        return len(self.text.split())


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
    return ""


def is_prose(line: str) -> bool:
    """A paragraph of running text, as opposed to a heading, label or link."""
    words = len(line.split())
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
    if _NAV_SEPARATORS.search(line):
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters >= len(line) / 2


def clean_publisher(name: str) -> str:
    """A publisher name without trailing legal words or sentence remnants."""
    name = name.strip(" .,:;-|")
    for pattern in _TRAILERS:
        name = pattern.sub("", name).strip(" .,:;-|")
    if not 2 <= len(name) <= 80 or not any(ch.isalpha() for ch in name):
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
    for raw in raw_lines:
        if not raw:
            continue
        bulleted = raw[0] in BULLET_CHARS and (len(raw) == 1 or raw[1] == " ")
        text = strip_bullet(raw)
        marked = find_marked_date(text)
        if marked:
            dates.append((marked.kind, marked.value))
            text = marked.rest
        if not text or is_date_banner(text):
            continue
        credit = credit_publisher(text)
        if credit:
            credits.append(credit)
        kept.append(_Line(text, bulleted, boilerplate_kind(text)))
    return kept, dates, credits


def _pick_date(dates: list[tuple[str, str]]) -> str:
    for kind in ("publish", "update"):
        for found_kind, value in dates:
            if found_kind == kind:
                return value
    return ""


def clean_text(content: str) -> TextClean:
    """Clean a text dump: body lines, headline, marked publication date and publisher."""
    lines, dates, credits = _classify(normalise_lines(content))
    prose = [i for i, line in enumerate(lines) if not line.boilerplate and is_prose(line.text)]
    first = prose[0] if prose else len(lines)
    last = prose[-1] if prose else len(lines) - 1

    title = ""
    bylines: list[str] = []
    body: list[str] = []
    for line in lines[:first]:
        if line.boilerplate:
            continue
        found = byline_publisher(line)
        if found:
            bylines.append(found)
            continue
        if not title:
            if looks_like_title(line.text):
                title = line.text
            continue  # lines before the headline are menus and labels
        if line.text == title:
            continue
        if line.words < HEADER_KEEP_WORDS and not is_sentence(line.text):
            continue
        body.append(line.text)

    for index in range(first, len(lines)):
        line = lines[index]
        if line.boilerplate:
            continue
        if index > last and not is_sentence(line.text):
            continue  # trailer: related links, "Main News", labels
        body.append(line.text)

    if not title and prose:
        title = _late_title(lines, first)
    body = [text for text in _dedupe(body) if text != title]
    published = _pick_date(dates)
    publisher = next(iter(bylines + credits), "") or told_publisher(body)
    return TextClean(
        body="\n".join(body),
        title=title,
        published=published,
        published_source="text-marker" if published else "",
        publisher=publisher,
    )


def _late_title(lines: list[_Line], first: int) -> str:
    """A Title Case line right after the first paragraph, for pages whose header has none."""
    for line in lines[first + 1 : first + 2]:
        if line.boilerplate or line.words > LATE_TITLE_MAX_WORDS:
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
