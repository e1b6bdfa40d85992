"""Publication dates: normalising given values, reading marked dates in text, HTML dates.

A page carries many dates: the site's "date of the day" banner, the article's own
publication date, an update date, dates inside the story. Only a date introduced by a
publication marker ("승인 2024.03.29", "Published: ...") is the article's own; a line that
is nothing but a date is the banner and is never used. For HTML, htmldate does the work
(it reads metadata, JSON-LD, URL and visible dates and knows original vs. updated), with
the options of HTMLDATE_OPTIONS, inside the HTML cleaner's trafilatura call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from pipeline.clean.boilerplate_rules import (
    BULLET_CHARS,
    DATE_MARKERS,
    HEADER_FIELD_SEPARATORS,
    KOREAN_WEEKDAYS,
    MAX_BOILERPLATE_LINE,
    MONTH_PREFIXES,
    NUMERIC_ORDER_BY_SEPARATOR,
    PRESS_DATELINE,
    WEEKDAY_PREFIXES,
)
from pipeline.clean.publisher_rules import WIRE_AGENCIES

MIN_YEAR, MAX_YEAR = 1900, 2100
# htmldate rejects dates after max_date, which defaults to today: a clock. A fixed, far
# bound keeps runs reproducible while still letting the library discard absurd years.
HTMLDATE_MAX = "2099-12-31"
HTMLDATE_MIN = "1995-01-01"
# Extensive search (free-text dates too) is at least as accurate as the fast mode on both
# folds of htmldate's English dev pages (0.812 / 0.941 vs 0.797 / 0.941), and none of our
# own signals (JSON-LD, meta tags, URL, byline dates) added to it: bench/pubdate.py.
HTMLDATE_OPTIONS = {
    "extensive_search": True,
    "original_date": True,
    "min_date": HTMLDATE_MIN,
    "max_date": HTMLDATE_MAX,
}

_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)")
# day and month first, year last: "05.09.2012", "9/5/2012" (order: NUMERIC_ORDER_BY_SEPARATOR)
_YEAR_LAST = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
_MONTH_WORD = r"[A-Za-z]{3,10}\.?"
_WORDED = re.compile(
    rf"(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD}),?\s+(?P<y2>\d{{4}}))"
)
_WEEKDAY = r"[A-Za-z]{3,10}\.?,?"
_KOREAN_WEEKDAY = "|".join(re.escape(w) for w in KOREAN_WEEKDAYS)
# a time of day beside a date on a date line ("9:25pm", "6:09 p.m.", "4:59 AM UTC", "22:30")
_TIME_OF_DAY = (
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{1,4}T)(?:[+-]\d{1,2})?)?"
)
_BANNER_DATE = (
    rf"(?:(?P<wd1>{_WEEKDAY})\s+)?"
    rf"(?P<date>{_WORDED.pattern}|\d{{4}}\s*[-./년]\s*\d{{1,2}}\s*[-./월]\s*\d{{1,2}}\s*일?"
    rf"|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)\d{{4}})"
    rf"(?:\s*,?\s*(?P<wd2>{_WEEKDAY}|{_KOREAN_WEEKDAY}))?"
)
_BANNER = re.compile(rf"^{_BANNER_DATE}$")
# the same with the time of day before or after it: a story's dateline ("February 24, 2020
# | 9:25pm", "22:30, 9 MAY 2020"), or a site's clock
_TIMED_BANNER = re.compile(
    rf"^(?:{_TIME_OF_DAY}\s*[,|•·]?\s*)?{_BANNER_DATE}"
    rf"(?:\s*(?:[,|•·]|at)?\s*{_TIME_OF_DAY})?$"
)
_MARKERS = [
    (kind, re.compile(rf"^(?:{pattern})\s*[:：]?\s*", re.IGNORECASE))
    for kind, pattern in DATE_MARKERS
]
_FIELD_SEPARATOR = re.compile(HEADER_FIELD_SEPARATORS)
# any marker at all: a quick screen before the markers are tried one by one
_ANY_MARKER = re.compile("|".join(f"(?:{pattern})" for _, pattern in DATE_MARKERS), re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
# a byline between a marker and its date: "by admin on", "by Jane Doe |"
_MARKER_BYLINE = re.compile(r"by\s+[^|,;:\d]{1,40}?\s*(?:\bon\b|[|,·•–—-])\s*", re.IGNORECASE)
# a time of day after a date ("at 9:24 pm ET", "10:31 KST", "9:03 UTC+3"); a time zone is
# UTC or capitals ending in T, so the words after the time stay ("10:00 The mayor ...")
_TIME_TAIL = re.compile(
    r"^[\s,|]*(?:(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?-i:UTC|[A-Z]{0,4}T)\b(?:[+-]\d{1,2})?)?|오전|오후|\s)*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MarkedDate:
    """A date found after a marker at the start of a line, and what is left of the line."""

    kind: str  # publish or update
    value: str  # YYYY-MM-DD
    rest: str  # the line with marker, date and time removed
    numeric: bool = False  # written in figures only ("2024-05-21"): a label, never prose


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


def year_last_value(first: str, second: str, year: str, separator: str, order: str = "") -> str:
    """The date of "05.09.2012"-style figures: a number above 12 is the day; otherwise the
    page's ``order`` ("dmy" or "mdy") decides, then the separator's convention."""
    a, b = int(first), int(second)
    if a > 12 >= b:
        order = "dmy"
    elif b > 12 >= a:
        order = "mdy"
    else:
        order = order or NUMERIC_ORDER_BY_SEPARATOR.get(separator, "")
    if order == "dmy":
        return _valid(int(year), b, a)
    return _valid(int(year), a, b) if order == "mdy" else ""


def _value(pattern: re.Pattern, match: re.Match, order: str) -> str:
    if pattern is _NUMERIC:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    if pattern is _YEAR_LAST:
        return year_last_value(match[1], match[3], match[4], match[2], order)
    return _match_value(match)


_DATE_PATTERNS = (_NUMERIC, _YEAR_LAST, _WORDED)


def leading_date(text: str, order: str = "") -> tuple[str, int]:
    """The date at the very start of ``text`` (numeric or worded) and where it ends."""
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        value = _value(pattern, match, order)
        if value:
            end = match.end()
            if text[end : end + 1] == "일":
                end += 1
            return value, end
    return "", 0


def first_date(text: str, order: str = "") -> str:
    """The first full date written anywhere in a short ``text`` (a credit line), or ""."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text[:MAX_BOILERPLATE_LINE]):
            value = _value(pattern, match, order)
            if value:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else ""


def numeric_order(lines: list[str], max_chars: int = 50_000) -> str:
    """Whether the page writes day or month first ("dmy", "mdy", or "" when it does not show).

    Evidence: year-last numeric dates whose first or second number is above 12, and worded
    dates ("5 September 2012" is day first, "September 5, 2012" month first).
    """
    votes = {"dmy": 0, "mdy": 0}
    seen = 0
    for line in lines:
        seen += len(line)
        if seen > max_chars:
            break
        if not _YEAR.search(line):
            continue  # every full date has a four-digit year
        for match in _YEAR_LAST.finditer(line):
            a, b = int(match[1]), int(match[3])
            if a > 12 >= b:
                votes["dmy"] += 1
            elif b > 12 >= a:
                votes["mdy"] += 1
        for match in _WORDED.finditer(line):
            if _match_value(match):
                votes["mdy" if match.group("m1") else "dmy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return ""
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


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


@dataclass(frozen=True)
class BareDate:
    """A line that is nothing but a date, with or without a weekday."""

    value: str  # YYYY-MM-DD
    weekday: bool  # written with its weekday, as a site's date-of-the-day banner is


def bare_date(line: str, order: str = "", timed: bool = False) -> BareDate | None:
    """The date of a line that is only a date (with or without weekday; with ``timed``,
    also with a time of day before or after it), else None.

    Month and weekday words are recognised by their first three letters so that
    misspellings ("APRILL") and abbreviations still count.
    """
    text = " ".join(strip_bullet(line).split())
    if not text or len(text) > 60:
        return None
    match = (_TIMED_BANNER if timed else _BANNER).match(text)
    if not match:
        return None
    for key in ("wd1", "wd2"):
        word = match.group(key)
        if word and word[0].isascii() and word[:3].lower() not in WEEKDAY_PREFIXES:
            return None
    value, _ = leading_date(match["date"], order)
    return BareDate(value, bool(match.group("wd1") or match.group("wd2"))) if value else None


def is_date_banner(line: str) -> bool:
    """True for a line that is only a date: on its own, a site's date of the day."""
    return bare_date(line) is not None


def _marked_at_start(text: str, order: str) -> MarkedDate | None:
    if not _ANY_MARKER.match(text):
        return None
    for kind, marker in _MARKERS:
        match = marker.match(text)
        if not match:
            continue
        after = text[match.end() :]
        # "Posted by admin on March 3, 2024" - allow a byline between marker and date
        byline = _MARKER_BYLINE.match(after)
        if byline:
            after = after[byline.end() :]
        # "Posted Wed, March 3, 2024" - allow a weekday between marker and date
        weekday = re.match(r"[A-Za-z]{3,10}\.?,?\s+", after)
        if weekday and weekday.group(0)[:3].lower() in WEEKDAY_PREFIXES:
            after = after[weekday.end() :]
        value, end = leading_date(after, order)
        if not value:
            continue
        numeric = not any(ch.isalpha() for ch in after[:end])
        rest = after[end:]
        rest = rest[_TIME_TAIL.match(rest).end() :].strip(" ,|·•-")
        return MarkedDate(kind, value, rest, numeric)
    return None


def find_marked_date(line: str, order: str = "") -> MarkedDate | None:
    """A publication or update date introduced by a marker at the start of ``line``, or at
    the start of one of its fields ("(site.com)| Updated : 2024-12-06")."""
    text = " ".join(strip_bullet(line).split())
    if not text or len(text) > MAX_BOILERPLATE_LINE * 4:
        return None
    found = _marked_at_start(text, order)
    if found or len(text) > MAX_BOILERPLATE_LINE or not _FIELD_SEPARATOR.search(text):
        return found
    fields = _FIELD_SEPARATOR.split(text)
    for index in range(1, len(fields)):
        found = _marked_at_start(fields[index], order)
        if found:
            rest = " | ".join(f for f in [*fields[:index], found.rest, *fields[index + 1 :]] if f)
            return MarkedDate(found.kind, found.value, rest, found.numeric)
    return None


def marker_only(line: str) -> str:
    """The kind of a line that is a date marker and nothing else ("Created date", "Posted:"),
    whose date is on the next line; "" otherwise."""
    text = " ".join(strip_bullet(line).split())
    if not text or len(text) > 40 or not _ANY_MARKER.match(text):
        return ""
    for kind, marker in _MARKERS:
        match = marker.match(text)
        if match and match.end() == len(text):
            return kind
    return ""


_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")  # "9:25pm" too
# how far after the date the time of day may come ("Nov 18, 2019 at 9:24 pm ET"), or
# before it ("22:30, 9 MAY 2020")
DATELINE_TIME_WINDOW = 20


def find_dateline(line: str, order: str = "") -> str:
    """The date of a byline/dateline such as "Jane Doe - Nov 19, 2019, 10:31 pm CST".

    A full date followed closely by a time of day is when the story was filed; the site's
    banner shows the date alone. Returns "" for lines without both.
    """
    text = " ".join(line.split())
    if len(text) > MAX_BOILERPLATE_LINE:
        return ""
    for pattern in (_WORDED, _NUMERIC, _YEAR_LAST):
        for match in pattern.finditer(text):
            value = _value(pattern, match, order)
            tail = text[match.end() : match.end() + DATELINE_TIME_WINDOW]
            head = text[max(0, match.start() - DATELINE_TIME_WINDOW) : match.start()]
            if value and (_CLOCK.search(tail) or _CLOCK.search(head)):
                return value
    return ""


_PRESS_DATELINE = re.compile(PRESS_DATELINE)
_AGENCIES = frozenset(name.lower() for name in WIRE_AGENCIES)


@dataclass(frozen=True)
class PressDateline:
    """The dateline opening a wire story or press release."""

    value: str  # YYYY-MM-DD, or "" when the dateline gives no year
    agency: str  # the agency in brackets ("Kyodo" of "OSAKA, May 3 (Kyodo) --"), or ""
    end: int  # where the story's text begins
    wire: str = ""  # the service between slashes ("TASS" of "/TASS/", "PRNewswire"), or ""


def _spells_out(acronym: str, words: str) -> bool:
    """``words`` are what the ``acronym`` stands for: its letters are their initials."""
    initials = "".join(word[0] for word in words.split() if word[0].isupper())
    return len(acronym) >= 2 and initials == acronym.replace(".", "")


def press_dateline(paragraph: str, order: str = "") -> PressDateline | None:
    """The dateline at the start of a paragraph ("OSAKA, May 3 (Kyodo) --"), or None.

    A place in capitals is the dateline convention; a place in Title Case ("Hanoi (VNA) –")
    could open any sentence, so it counts only before a known news agency.
    """
    match = _PRESS_DATELINE.match(paragraph[:MAX_BOILERPLATE_LINE])
    return _read_dateline(match, order) if match else None


def _read_dateline(match: re.Match, order: str = "") -> PressDateline | None:
    """``press_dateline`` of a PRESS_DATELINE match."""
    written = match["date"] or match["bracketed"] or match["late"] or ""
    agency = " ".join((match["agency"] or "").split())
    if agency[:1].islower() or _spells_out(match["place"], agency):
        agency = ""  # "NASA (the space agency) –", "NASA (National Aeronautics and ...):"
    wire = " ".join((match["wire"] or "").split())
    if not (written or wire or agency):
        return None
    if not match["place"].isupper() and not {agency.lower(), wire.lower()} & _AGENCIES:
        return None
    value, _ = leading_date(written, order)
    return PressDateline(value, agency, match.end(), wire)


# The dash that ends a bare dateline ("ATHENS - Greece and ..."): spaced, or a long dash,
# since a hyphen between words joins them ("ATHENS-based", "U.S.-Japan").
_BARE_DATELINE_DASH = re.compile(r"\s(?:--|-|—|–)\s|—|–")


def dateline_end(paragraph: str, known_place: Callable[[str], bool]) -> int:
    """Where the text after a paragraph's dateline begins, or 0 when it has none.

    A dateline with a date, an agency or a wire (``press_dateline``), or a bare place in
    capitals and a dash ("ATHENS - Greece and Turkey ...") when ``known_place`` knows the
    place: capitals before a dash may also be an acronym ("NATO - Russia talks").
    """
    match = _PRESS_DATELINE.match(paragraph[:MAX_BOILERPLATE_LINE])
    if not match:
        return 0
    found = _read_dateline(match)
    if found is not None:
        return found.end
    if not match["place"].isupper() or match.end() >= len(paragraph):
        return 0
    rest = paragraph[match.end():]
    dash = paragraph[match.end("place"):match.end()]
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘"):
        return 0
    if any(match[g] for g in ("date", "wire", "bracketed", "agency", "late")) or \
            not _BARE_DATELINE_DASH.search(dash):
        return 0
    return match.end() if known_place(match["place"].title()) else 0


def html_date(html: str, url: str = "", extensive: bool = True) -> str:
    """The original publication date of an HTML page (htmldate), or "" when none is found.

    The HTML cleaner gets the same date from its trafilatura call; this is for the benches.
    """
    try:
        from htmldate import find_date

        options = {**HTMLDATE_OPTIONS, "extensive_search": extensive}
        found = find_date(html, url=url or None, **options)
    except Exception:  # htmldate/lxml can fail on broken or hostile markup
        return ""
    return normalise_date(found) if found else ""
