"""The building blocks of TimeML (TIMEX3) values, shared by every kind of expression.

Values are TimeML's: YYYY, YYYY-MM, YYYY-MM-DD, START/END, ISO 8601 durations, and where a
calendar unit has no such form, weeks ``YYYY-Www`` (and ``YYYY-Www-WE`` for a weekend),
quarters ``YYYY-Qn``, halves ``YYYY-Hn``, seasons ``YYYY-SP|SU|FA|WI``, decades ``199``
(the 1990s), centuries ``18`` (the 19th century), durations of unknown length
``PXY``/``PXM``/``PXE`` (decades)/``PXC`` (centuries), and (kind "ref") PRESENT_REF,
PAST_REF and FUTURE_REF. ``pipeline.extract.dates.contract`` turns them into the contract's
vocabulary for the ``value`` column; the TimeML form is kept as ``timex``.

Expressions that need the publication date (the anchor) get an empty value and a note
when there is none; the clock is never read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.dates import rules as R

NO_ANCHOR = "relative expression and no publication date"
YEAR_BEFORE = "a year before the period named"
TEXT_YEAR = "no publication date: year taken from the last date written before"
TEXT_MONTH = "month taken from the last day written before"


@dataclass
class Norm:
    value: str
    kind: str  # date, range, duration, set
    granularity: str
    note: str = ""
    used_anchor: bool = False


class NeedsAnchor(Exception):
    """Raised by a normaliser that cannot work without the publication date."""

    def __init__(self, kind: str, granularity: str):
        super().__init__(NO_ANCHOR)
        self.kind = kind
        self.granularity = granularity


def month_number(word: str) -> int:
    return R.MONTHS[word.lower().rstrip(".")]


def expand_year(two_digits: str, anchor: dt.date | None) -> int:
    """'98 -> 1998: the century that puts the year closest to (and not far after) the anchor."""
    yy = int(two_digits)
    base = anchor.year if anchor else 2000
    century = base // 100 * 100
    candidates = [century - 100 + yy, century + yy, century + 100 + yy]
    return max(y for y in candidates if y <= base + 20)


def group_year(g: dict, anchor: dt.date | None, key: str = "year", yykey: str = "yy"):
    if key in g:
        return int(g[key])
    if yykey in g:
        return expand_year(g[yykey], anchor)
    return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def fmt_day(year: int, month: int, day: int) -> str:
    dt.date(year, month, day)  # raises ValueError on 31 February
    return f"{year:04d}-{month:02d}-{day:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def year_for_month(anchor: dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) written without one.

    A day within a month of publication is in the publication year whatever the tense
    (a deadline just passed, an event just announced), and so is next month told in the
    past tense ("was planned for early March" in February). Beyond that, a past-tense report about
    a later month speaks of last year and a future one about an earlier month of
    next year; otherwise (present tense, modals) the occurrence nearest the publication date wins (a
    present-tense "Nov. 25" in January is last November, not next).
    """
    tense = "present" if tense == "modal" else tense
    if day is None and (month == anchor.month or (month == anchor.month + 1 and tense == "past")):
        return anchor.year
    if day is not None and abs(days_from(anchor, anchor.year, month, day)) <= 31:
        return anchor.year
    here = (anchor.month, anchor.day if day is not None else 0)
    there = (month, day if day is not None else 0)
    if tense == "past" and there > here:
        return anchor.year - 1
    if tense == "future" and there < here:
        return anchor.year + 1
    if tense == "present":
        gap = (month - anchor.month) + ((day or 15) - (anchor.day if day else 15)) / 31
        if gap > 6:
            return anchor.year - 1
        if gap < -6:
            return anchor.year + 1
    return anchor.year


def days_from(anchor: dt.date, year: int, month: int, day: int) -> int:
    try:
        return (dt.date(year, month, day) - anchor).days
    except ValueError:  # 29 February of a common year
        return 366


def need(anchor, kind="date", granularity="day") -> dt.date:
    if anchor is None:
        raise NeedsAnchor(kind, granularity)
    return anchor


def number_value(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.endswith(" 1/2"):
        whole = number_value(w[:-4])
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+(\.\d+)?", w):
        return float(w.replace(",", ""))
    if w in R.NUMBER_WORDS:
        return float(R.NUMBER_WORDS[w])
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in R.NUMBER_WORDS and parts[1] in R.NUMBER_WORDS:
        return float(R.NUMBER_WORDS[parts[0]] + R.NUMBER_WORDS[parts[1]])
    return None


def unit_of(word: str) -> str:
    w = word.lower()
    return R.UNIT_PLURALS.get(w, w)


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
            "TM": ("S", 60)}


def iso_duration(count: float, unit: str) -> str | None:
    """ISO 8601 duration for a count of a unit word; a fraction goes into the next smaller
    unit as TimeML writes it ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M)."""
    letter, mult, is_time = R.UNITS[unit]
    if letter == "WE":
        return None
    if letter == "Q":
        letter, mult = "M", 3
    n = count * mult
    whole = int(n)
    key = ("T" + letter) if (is_time and letter == "M") else letter
    parts = [(whole, key)] if whole else []
    rest = n - whole
    if rest:
        if key not in _SMALLER:
            return None
        smaller, factor = _SMALLER[key]
        small_key = "TM" if (smaller == "M" and (is_time or key == "D")) else smaller
        if rest * factor != int(rest * factor):
            return None
        parts.append((int(rest * factor), small_key))
        is_time = is_time or key == "D"
    date_part = "".join(f"{n}{k}" for n, k in parts if k in ("Y", "M", "W", "D"))
    time_part = "".join(f"{n}{k[-1]}" for n, k in parts if k in ("H", "TM", "S"))
    if not date_part and not time_part:
        return None
    return "P" + date_part + ("T" + time_part if time_part else "")


def vague_duration(unit: str) -> str:
    letter = R.VAGUE_UNIT_LETTER[unit]
    return "PT" + "X" + letter[1:] if letter.startswith("T") else "PX" + letter


def shift_year(value: str, years: int) -> str:
    return f"{int(value[:4]) + years:04d}{value[4:]}"
