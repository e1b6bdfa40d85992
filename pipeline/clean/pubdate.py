"""Publication dates: normalising given values, reading marked dates in text, HTML dates.

A page carries many dates: the site's "date of the day" banner, the article's own
publication date, an update date, dates inside the story. Only a date introduced by a
publication marker ("승인 2024.03.29", "Published: ...") is the article's own; a line that
is nothing but a date is the banner and is never used. For HTML, htmldate does the work
(it reads metadata, JSON-LD, URL and visible dates and knows original vs. updated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from pipeline.clean.boilerplate_rules import (
    BULLET_CHARS,
    DATE_MARKERS,
    KOREAN_WEEKDAYS,
    MAX_BOILERPLATE_LINE,
    MONTH_PREFIXES,
    WEEKDAY_PREFIXES,
)

MIN_YEAR, MAX_YEAR = 1900, 2100
# htmldate rejects dates after max_date, which defaults to today: a clock. A fixed, far
# bound keeps runs reproducible while still letting the library discard absurd years.
HTMLDATE_MAX = "2099-12-31"
HTMLDATE_MIN = "1995-01-01"

_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)")
_MONTH_WORD = r"[A-Za-z]{3,10}\.?"
_WORDED = re.compile(
    rf"(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD}),?\s+(?P<y2>\d{{4}}))"
)
_WEEKDAY = r"[A-Za-z]{3,10}\.?,?"
_KOREAN_WEEKDAY = "|".join(re.escape(w) for w in KOREAN_WEEKDAYS)
_BANNER = re.compile(
    rf"^(?:(?P<wd1>{_WEEKDAY})\s+)?"
    rf"(?:{_WORDED.pattern}|\d{{4}}\s*[-./년]\s*\d{{1,2}}\s*[-./월]\s*\d{{1,2}}\s*일?)"
    rf"(?:\s*,?\s*(?P<wd2>{_WEEKDAY}|{_KOREAN_WEEKDAY}))?$"
)
_MARKERS = [
    (kind, re.compile(rf"^(?:{pattern})\s*[:：]?\s*", re.IGNORECASE))
    for kind, pattern in DATE_MARKERS
]
_TIME_TAIL = re.compile(
    r"^[\s,|]*(?:at\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?|오전|오후|\s)*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MarkedDate:
    """A date found after a marker at the start of a line, and what is left of the line."""

    kind: str  # publish or update
    value: str  # YYYY-MM-DD
    rest: str  # the line with marker, date and time removed


def _valid(year: int, month: int, day: int) -> str:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return ""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _month_number(word: str) -> int:
    return MONTH_PREFIXES.get(word[:3].lower(), 0)


def _match_value(match: re.Match) -> str:
    groups = match.groupdict()
    if groups.get("m1"):
        month, day, year = groups["m1"], groups["d1"], groups["y1"]
    else:
        month, day, year = groups["m2"], groups["d2"], groups["y2"]
    number = _month_number(month)
    return _valid(int(year), number, int(day)) if number else ""


def _leading_date(text: str) -> tuple[str, int]:
    """The date at the very start of ``text`` (numeric or worded) and where it ends."""
    for pattern in (_NUMERIC, _WORDED):
        match = pattern.match(text)
        if not match:
            continue
        if pattern is _NUMERIC:
            value = _valid(int(match[1]), int(match[2]), int(match[3]))
        else:
            value = _match_value(match)
        if value:
            end = match.end()
            if text[end : end + 1] == "일":
                end += 1
            return value, end
    return "", 0


@lru_cache(maxsize=4096)
def normalise_date(value: object) -> str:
    """Any given date value (ISO string, "March 29, 2024", datetime...) as YYYY-MM-DD or "".

    Used for metadata supplied with the input, so it must accept anything and never raise.
    Relative expressions ("yesterday") are refused: they would depend on the clock.
    """
    if isinstance(value, datetime | date):
        return _valid(value.year, value.month, value.day)
    if not isinstance(value, str):
        return ""
    text = " ".join(value.split())[:100]
    if not text:
        return ""
    match = _NUMERIC.search(text)
    if match:
        found = _valid(int(match[1]), int(match[2]), int(match[3]))
        if found:
            return found
    match = _WORDED.search(text)
    if match and _match_value(match):
        return _match_value(match)
    return _dateparser(text)


def _dateparser(text: str) -> str:
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                "RELATIVE_BASE": datetime(2000, 1, 1),
            },
        )
    except Exception:  # dateparser raises on odd input; a bad meta date is just unknown
        return ""
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else ""


def strip_bullet(line: str) -> str:
    """The line without a leading bullet character and the spaces after it."""
    stripped = line.lstrip()
    while stripped and stripped[0] in BULLET_CHARS and (len(stripped) == 1 or stripped[1] == " "):
        stripped = stripped[1:].lstrip()
    return stripped


def is_date_banner(line: str) -> bool:
    """True for a line that is only a date, with or without weekday: the site's date of day.

    Month and weekday words are recognised by their first three letters so that
    misspellings ("APRILL") and abbreviations still count.
    """
    text = " ".join(strip_bullet(line).split())
    if not text or len(text) > 60:
        return False
    match = _BANNER.match(text)
    if not match:
        return False
    for key in ("wd1", "wd2"):
        word = match.group(key)
        if word and word[0].isascii() and word[:3].lower() not in WEEKDAY_PREFIXES:
            return False
    if match.group("m1") or match.group("m2"):
        return bool(_match_value(match))
    return True


def find_marked_date(line: str) -> MarkedDate | None:
    """A publication or update date introduced by a marker at the start of ``line``."""
    text = " ".join(strip_bullet(line).split())
    if not text or len(text) > MAX_BOILERPLATE_LINE * 4:
        return None
    for kind, marker in _MARKERS:
        match = marker.match(text)
        if not match:
            continue
        after = text[match.end() :]
        # "Posted Wed, March 3, 2024" - allow a weekday between marker and date
        weekday = re.match(r"[A-Za-z]{3,10}\.?,?\s+", after)
        if weekday and weekday.group(0)[:3].lower() in WEEKDAY_PREFIXES:
            after = after[weekday.end() :]
        value, end = _leading_date(after)
        if not value:
            continue
        rest = after[end:]
        rest = rest[_TIME_TAIL.match(rest).end() :].strip(" ,|·•-")
        return MarkedDate(kind, value, rest)
    return None


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# how far after the date the time of day may come ("Nov 18, 2019 at 9:24 pm ET")
DATELINE_TIME_WINDOW = 20


def find_dateline(line: str) -> str:
    """The date of a byline/dateline such as "Jane Doe - Nov 19, 2019, 10:31 pm CST".

    A full date followed closely by a time of day is when the story was filed; the site's
    banner shows the date alone. Returns "" for lines without both.
    """
    text = " ".join(line.split())
    if len(text) > MAX_BOILERPLATE_LINE:
        return ""
    for pattern in (_WORDED, _NUMERIC):
        for match in pattern.finditer(text):
            if pattern is _NUMERIC:
                value = _valid(int(match[1]), int(match[2]), int(match[3]))
            else:
                value = _match_value(match)
            tail = text[match.end() : match.end() + DATELINE_TIME_WINDOW]
            if value and _CLOCK.search(tail):
                return value
    return ""


def html_date(html: str, url: str = "", extensive: bool = False) -> str:
    """The original publication date of an HTML page (htmldate), or "" when none is found.

    ``extensive`` lets htmldate guess from free text too; the bench decides the default.
    """
    try:
        from htmldate import find_date

        found = find_date(
            html,
            url=url or None,
            original_date=True,
            extensive_search=extensive,
            min_date=HTMLDATE_MIN,
            max_date=HTMLDATE_MAX,
        )
    except Exception:  # htmldate/lxml can fail on broken or hostile markup
        return ""
    return normalise_date(found) if found else ""
