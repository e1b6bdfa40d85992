"""Turn a detected temporal expression into its TimeML (TIMEX3) value.

Values are TimeML's: YYYY, YYYY-MM, YYYY-MM-DD, START/END, ISO 8601 durations, and where a
calendar unit has no such form, weeks ``YYYY-Www`` (and ``YYYY-Www-WE`` for a weekend),
quarters ``YYYY-Qn``, halves ``YYYY-Hn``, seasons ``YYYY-SP|SU|FA|WI``, decades ``199``
(the 1990s), centuries ``18`` (the 19th century), durations of unknown length
``PXY``/``PXM``/``PXE`` (decades)/``PXC`` (centuries), and (kind "ref") PRESENT_REF,
PAST_REF and FUTURE_REF. ``pipeline.dates_contract`` turns them into the contract's
vocabulary for the ``value`` column; the TimeML form is kept as ``timex``.

Expressions that need the publication date (the anchor) get an empty value and a note
when there is none; the clock is never read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pipeline.dates_detect import Atom
from pipeline.rules import date_rules as R

NO_ANCHOR = "relative expression and no publication date"
YEAR_BEFORE = "a year before the period named"


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


# ---------------------------------------------------------------- small calendar helpers

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
    if day is not None and abs(_days_from(anchor, anchor.year, month, day)) <= 31:
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


def _days_from(anchor: dt.date, year: int, month: int, day: int) -> int:
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


# ---------------------------------------------------------------- one function per rule

def n_absolute_day(g, anchor, tense):
    year = group_year(g, anchor)
    if year is None:
        return None
    if year < 100:
        year = expand_year(str(year), anchor)
    return Norm(fmt_day(year, int(g["monthnum"]), int(g["day"])), "date", "day")


def n_us_numeric(g, anchor, tense):
    ys = g["year"]
    year = int(ys) if len(ys) == 4 else expand_year(ys, anchor)
    return Norm(fmt_day(year, int(g["monthnum"]), int(g["day"])), "date", "day")


def _month_day(g, anchor, tense, day_key="day"):
    month = month_number(g["month"])
    day = int(g[day_key])
    year = group_year(g, anchor)
    if year is not None:
        return year, month, day, False
    if "ctx_year" in g:
        return int(g["ctx_year"]), month, day, False
    a = need(anchor)
    return year_for_month(a, month, day, tense), month, day, True


def n_month_day(g, anchor, tense):
    if g.get("dmod"):
        return _with_modifier(g, anchor, month_number(g["month"]), int(g["day"]))
    year, month, day, rel = _month_day(g, anchor, tense)
    if rel and g.get("wdaypre"):
        # "Monday, Oct. 26": the year in which that day is a Monday, nearest first
        weekday = R.WEEKDAYS[g["wdaypre"].lower()]
        for y in (year, year - 1, year + 1):
            if _days_from(anchor, y, month, day) != 366 and (
                    dt.date(y, month, day).weekday() == weekday):
                year = y
                break
    return Norm(fmt_day(year, month, day), "date", "day", used_anchor=rel)


def _with_modifier(g, anchor, month: int, day: int, rule=None):
    """'last Oct. 23', 'next Christmas': the occurrence before / after the anchor."""
    a = need(anchor)
    off = R.RELATIVE_MODIFIERS[re.sub(r"\s+", " ", g["dmod"].lower())]
    rule = rule or (lambda y: dt.date(y, month, day))
    if off < 0:
        year = a.year if rule(a.year) < a else a.year - 1
    elif off > 0:
        year = a.year if rule(a.year) > a else a.year + 1
    else:
        year = a.year
    return Norm(rule(year).isoformat(), "date", "day", used_anchor=True)


def holiday_date(name: str, year: int) -> dt.date:
    """The date of a named holiday in a year (fixed, nth weekday, or Easter-based)."""
    key = re.sub(r"\s+", " ", name.lower())
    if key in R.HOLIDAYS_FIXED:
        return dt.date(year, *R.HOLIDAYS_FIXED[key])
    if key in R.HOLIDAYS_EASTER:
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=R.HOLIDAYS_EASTER[key])
    month, weekday, nth = R.HOLIDAYS_WEEKDAY[key]
    if nth == 0:  # US Election Day: the day after the first Monday of November
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def n_holiday(g, anchor, tense):
    name = g["holiday"]
    year = group_year(g, anchor)
    if year is not None:
        return Norm(holiday_date(name, year).isoformat(), "date", "day")
    if g.get("dmod"):
        return _with_modifier(g, anchor, 0, 0, rule=lambda y: holiday_date(name, y))
    a = need(anchor)
    day = holiday_date(name, a.year)
    year = year_for_month(a, day.month, day.day, tense)
    return Norm(holiday_date(name, year).isoformat(), "date", "day", used_anchor=True)


def n_month_day_range(g, anchor, tense):
    try:
        year, month, day, rel = _month_day(g, anchor, tense)
    except NeedsAnchor as e:
        raise NeedsAnchor("range", "range") from e
    day2 = int(g["day2"])
    if day2 <= day:
        return None
    return Norm(f"{fmt_day(year, month, day)}/{fmt_day(year, month, day2)}", "range", "range",
                used_anchor=rel)


def n_month_year(g, anchor, tense):
    year = group_year(g, anchor)
    return Norm(f"{year:04d}-{month_number(g['month']):02d}", "date", "month")


def n_month(g, anchor, tense):
    month = month_number(g["month"])
    if "ctx_year" in g:
        return Norm(f"{g['ctx_year']}-{month:02d}", "date", "month")
    a = need(anchor, granularity="month")
    return Norm(f"{year_for_month(a, month, None, tense):04d}-{month:02d}", "date", "month",
                used_anchor=True)


def n_month_rel_year(g, anchor, tense):
    month = month_number(g["month"])
    a = need(anchor, granularity="month")
    off = R.RELATIVE_MODIFIERS[re.sub(r"^the\s+", "", g["ryear"].lower())]
    return Norm(f"{a.year + off:04d}-{month:02d}", "date", "month", used_anchor=True)


def _shift_weekday(a: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """Nearest given weekday before (direction -1) or after (+1) the anchor."""
    delta = (weekday - a.weekday()) % 7 if direction > 0 else -((a.weekday() - weekday) % 7)
    if strict and delta == 0:
        delta = 7 * direction
    return a + dt.timedelta(days=delta)


def n_relative(g, anchor, tense):
    mod = re.sub(r"\s+", " ", g["rmod"].lower())
    the = mod.startswith("the ")
    base = mod[4:] if the else mod
    off = R.RELATIVE_MODIFIERS[base]
    unit = (g.get("runit") or "").lower()
    if the and base in ("past", "last", "next") and unit in ("year", "month", "week", "decade",
                                                             "century"):
        # "the past year", "over the next month": a stretch of time, not a calendar unit
        return Norm(iso_duration(1, unit), "duration", "duration")
    if "month" in g:
        m = month_number(g["month"])
        a = need(anchor, granularity="month")
        if off < 0:
            year = a.year if m < a.month else a.year - 1
        elif off > 0:
            year = a.year if m > a.month else a.year + 1
        else:
            year = a.year
        return Norm(f"{year:04d}-{m:02d}", "date", "month", used_anchor=True)
    if "season" in g:
        code = R.SEASONS[g["season"].lower()]
        a = need(anchor, granularity="season")
        return Norm(f"{_season_year(code, a, off):04d}-{code}", "date", "season",
                    used_anchor=True)
    if "wday" in g:
        a = need(anchor)
        wd = R.WEEKDAYS[g["wday"].lower()]
        if off == 0:
            day = _weekday_by_tense(a, wd, tense)
        else:
            day = _shift_weekday(a, wd, off, strict=True)
        return Norm(day.isoformat(), "date", "day", used_anchor=True)
    a = need(anchor, granularity=unit or "year")
    if unit == "year":
        return Norm(f"{a.year + off:04d}", "date", "year", used_anchor=True)
    if unit == "month":
        y, m = add_months(a.year, a.month, off)
        return Norm(f"{y:04d}-{m:02d}", "date", "month", used_anchor=True)
    if unit in ("week", "weekend"):
        week = iso_week(a + dt.timedelta(days=7 * off))
        return Norm(week + ("-WE" if unit == "weekend" else ""), "date", unit, used_anchor=True)
    if unit == "quarter":
        y, m = add_months(a.year, a.month, 3 * off)
        return Norm(f"{y:04d}-Q{quarter_of(m)}", "date", "quarter", used_anchor=True)
    if unit == "decade":
        return Norm(str(a.year // 10 + off), "date", "decade", used_anchor=True)
    if unit == "century":
        return Norm(f"{a.year // 100 + off:02d}", "date", "century", used_anchor=True)
    return None


def _season_year(code: str, a: dt.date, off: int) -> int:
    """The year of 'last/this/next SEASON': the latest one ended before the anchor's month,
    the first one starting after it, or the one under way (else this year's)."""
    (dy1, m1), (dy2, m2) = R.SEASON_MONTHS[code]
    now = (a.year, a.month)
    years = range(a.year - 1, a.year + 3)
    if off < 0:
        return max(y for y in years if (y + dy2, m2) < now)
    if off > 0:
        return min(y for y in years if (y + dy1, m1) > now)
    under_way = [y for y in years if (y + dy1, m1) <= now <= (y + dy2, m2)]
    return under_way[0] if under_way else a.year


def _weekday_by_tense(a: dt.date, wd: int, tense: str) -> dt.date:
    """Future or modal ("will meet Bush Thursday", "must leave by Tuesday"): the next such
    day from the anchor; otherwise the latest one up to it, since news reports the past
    ("Wednesday's ruling", "shares closed Friday")."""
    before = _shift_weekday(a, wd, -1, strict=False)
    after = _shift_weekday(a, wd, 1, strict=False)
    if tense in ("future", "modal"):
        return after
    return before


def n_the_weekend(g, anchor, tense):
    """'over the weekend': the latest weekend up to the publication date, or the next one
    when the verb looks forward ("will meet at the weekend")."""
    a = need(anchor, granularity="weekend")
    saturday = a + dt.timedelta(days=5 - a.weekday())  # this ISO week's Saturday
    if tense in ("future", "modal"):
        if a.weekday() == 6:
            saturday += dt.timedelta(days=7)
    elif a.weekday() < 5:
        saturday -= dt.timedelta(days=7)
    return Norm(iso_week(saturday) + "-WE", "date", "weekend", used_anchor=True)


def n_weekday(g, anchor, tense):
    a = need(anchor)
    day = _weekday_by_tense(a, R.WEEKDAYS[g["wday"].lower()], tense)
    return Norm(day.isoformat(), "date", "day", used_anchor=True)


def _quarter_year(n: int, g, anchor, tense):
    year = group_year(g, anchor) or group_year(g, anchor, "year2", "yy2")
    if year is not None:
        return year, False
    a = need(anchor, granularity="quarter")
    if tense == "past" and n > quarter_of(a.month):
        return a.year - 1, True
    return a.year, True


_QUARTER_YEAR_SHIFT = {"year-ago": -1, "year-earlier": -1, "prior-year": -1,
                       "last year's": -1, "next year's": 1, "this year's": 0}


def n_quarter(g, anchor, tense):
    n = int(re.match(r"\d", g["qord"]).group()) if g["qord"][0].isdigit() else (
        R.ORDINAL_WORDS[g["qord"].lower()])
    if g.get("qyear"):  # "the year-ago third quarter", "next year's first quarter"
        shift = _QUARTER_YEAR_SHIFT[re.sub(r"\s+", " ", g["qyear"].lower())]
        a = need(anchor, granularity="quarter")
        base = a.year if shift >= 0 else _quarter_year(n, {}, anchor, tense)[0]
        return Norm(f"{base + shift:04d}-Q{n}", "date", "quarter", used_anchor=True)
    year, rel = _quarter_year(n, g, anchor, tense)
    return Norm(f"{year:04d}-Q{n}", "date", "quarter", used_anchor=rel)


def n_quarter_q(g, anchor, tense):
    n = int(g["qnum"])
    year, rel = _quarter_year(n, g, anchor, tense)
    return Norm(f"{year:04d}-Q{n}", "date", "quarter", used_anchor=rel)


def n_the_quarter(g, anchor, tense):
    rel = re.sub(r"\s+", " ", (g.get("qrel") or "").lower())
    if rel == "same":
        return None
    if "ctx_period" in g:  # "the quarter" after "the third quarter": that one again
        return Norm(g["ctx_period"][0], "date", "quarter", note="the quarter named before")
    a = need(anchor, granularity="quarter")
    back = -1 if (tense == "past" or rel in ("latest", "most recent", "recent", "just-ended",
                                              "just-completed")) and rel != "current" else 0
    y, m = add_months(a.year, a.month, 3 * back)
    return Norm(f"{y:04d}-Q{quarter_of(m)}", "date", "quarter", used_anchor=True)


def n_half(g, anchor, tense):
    n = 1 if g["hord"].lower() in ("first", "1st") else 2
    year = group_year(g, anchor)
    rel = False
    if year is None:
        a = need(anchor, granularity="half")
        rel = True
        year = a.year - 1 if (tense == "past" and n == 2 and a.month <= 6) else a.year
    return Norm(f"{year:04d}-H{n}", "date", "half", used_anchor=rel)


def n_season(g, anchor, tense):
    code = R.SEASONS[g["season"].lower()]
    return Norm(f"{group_year(g, anchor):04d}-{code}", "date", "season")


def n_season_in(g, anchor, tense):
    if g["season"].lower() not in R.SEASONS:
        return None
    code = R.SEASONS[g["season"].lower()]
    a = need(anchor, granularity="season")
    return Norm(f"{year_for_month(a, R.SEASON_MONTH[code], None, tense):04d}-{code}", "date",
                "season", used_anchor=True)


def n_decade(g, anchor, tense):
    if "cent" in g:
        return Norm(f"{g['cent']}{g['dec']}", "date", "decade")
    dec = int(g["dec2"])
    base = anchor.year if anchor else 2000
    century = base // 100 if (base // 100) * 100 + dec * 10 <= base else base // 100 - 1
    return Norm(f"{century}{dec}", "date", "decade")


def n_decade_word(g, anchor, tense):
    dec = R.DECADE_WORDS[g["decword"].lower()]
    base = anchor.year if anchor else 2000
    century = base // 100 if (base // 100) * 100 + dec * 10 <= base else base // 100 - 1
    return Norm(f"{century}{dec}", "date", "decade")


def n_century(g, anchor, tense):
    word = g["cord"].lower()
    n = R.ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    return Norm(f"{n - 1:02d}", "date", "century")


def n_fiscal(g, anchor, tense):
    ys = g["fyear"].lstrip("'")
    year = int(ys) if len(ys) == 4 else expand_year(ys, anchor)
    return Norm(f"{year:04d}", "date", "year")


def n_year_range(g, anchor, tense):
    y1 = int(g["year"])
    y2s = g["year2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return Norm(f"{y1:04d}/{y2:04d}", "range", "range")


def n_year_words(g, anchor, tense):
    words = re.split(r"[\s-]+", g["ywords"].lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + sum(int(R.NUMBER_WORDS[w]) for w in rest)
    else:
        year = int(R.NUMBER_WORDS[words[0]]) * 100
        year += 0 if words[1] == "hundred" else sum(int(R.NUMBER_WORDS[w]) for w in words[1:])
    return Norm(f"{year:04d}", "date", "year")


_ANAPHOR_SHIFT = {"the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1}


def n_year_anaphor(g, anchor, tense):
    """'the following year', 'later that year': the year last named in the text, moved."""
    rel = re.sub(r"\s+", " ", g["yrel"].lower())
    off = _ANAPHOR_SHIFT.get(rel, 0)
    if "ctx_year" in g:
        return Norm(f"{int(g['ctx_year']) + off:04d}", "date", "year",
                    note="year taken from the text before")
    if off == 0:
        return None
    a = need(anchor, granularity="year")
    return Norm(f"{a.year + off:04d}", "date", "year", used_anchor=True)


def n_month_anaphor(g, anchor, tense):
    """'the following month', 'later that month': the month last named in the text, moved;
    without one, "the following month" counts from the publication date."""
    rel = re.sub(r"\s+", " ", g["yrel"].lower())
    off = _ANAPHOR_SHIFT.get(rel, 0)
    if "ctx_month" in g:
        y, m = add_months(int(g["ctx_month"][:4]), int(g["ctx_month"][5:7]), off)
        return Norm(f"{y:04d}-{m:02d}", "date", "month", note="month taken from the text before")
    if off == 0:
        return None
    a = need(anchor, granularity="month")
    y, m = add_months(a.year, a.month, off)
    return Norm(f"{y:04d}-{m:02d}", "date", "month", used_anchor=True)


def shift_year(value: str, years: int) -> str:
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def n_year_ago_period(g, anchor, tense):
    """'the year-earlier quarter': the period just named, a year back."""
    if "ctx_period" not in g:
        return None
    value, granularity = g["ctx_period"]
    if g["pnoun"].lower() != "period" and g["pnoun"].lower() != granularity:
        return None
    return Norm(shift_year(value, -1), "date", granularity, note=YEAR_BEFORE)


def n_year(g, anchor, tense):
    return Norm(g["year"], "date", "year")


def n_rel_day(g, anchor, tense):
    off = R.RELATIVE_DAYS[g["rday"].lower()]
    a = need(anchor)
    if g.get("before"):
        off += -1 if g["before"].lower() == "before" else 1
    return Norm((a + dt.timedelta(days=off)).isoformat(), "date", "day", used_anchor=True)


def n_ago(g, anchor, tense):
    unit = unit_of(g["unit"])
    count = number_value(g.get("num", ""))  # none in "months ago"
    direction = g["dir"].lower()
    sign = 1 if direction.startswith("from") or direction == "hence" else -1
    if count is None:  # "several years ago": a point in the past, of unknown distance
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", "ref", "ref")
    if "ctx_period" in g and count == 1 and unit == "year" and sign < 0:
        # "sales rose from a year ago" next to "the third quarter": that quarter, a year back
        value, granularity = g["ctx_period"]
        return Norm(shift_year(value, -1), "date", granularity,
                    note=YEAR_BEFORE)
    a = need(anchor, granularity=unit)
    letter, mult, is_time = R.UNITS[unit]
    n = count * mult
    if is_time:
        return Norm(a.isoformat(), "date", "day", used_anchor=True)
    if letter == "Y":
        return Norm(f"{a.year + sign * int(n):04d}", "date", "year", used_anchor=True)
    if letter == "Q":
        y, m = add_months(a.year, a.month, sign * 3 * int(n))
        return Norm(f"{y:04d}-Q{quarter_of(m)}", "date", "quarter", used_anchor=True)
    if letter == "M":
        y, m = add_months(a.year, a.month, sign * int(n))
        return Norm(f"{y:04d}-{m:02d}", "date", "month", used_anchor=True)
    if letter == "W":
        return Norm(iso_week(a + dt.timedelta(weeks=sign * n)), "date", "week", used_anchor=True)
    if letter == "D":
        return Norm((a + dt.timedelta(days=sign * n)).isoformat(), "date", "day",
                    used_anchor=True)
    return None


def n_duration(g, anchor, tense, before: str = ""):
    unit = unit_of(g["unit"])
    count = number_value(g["num"])
    if count is None or re.fullmatch(r"(1[5-9]|20)\d\d", g["num"]):
        return None  # "the 1988 quarter" names a year, it does not count quarters
    if g.get("half"):
        count += 0.5
    value = iso_duration(count, unit)
    if value is None:
        return None
    per = (g["num"].lower() in ("a", "an", "one") and not g.get("qmod")
           and (re.search(r"(\d|million|billion|trillion|percent|%|times|twice|once)\s*$", before)
                or g.get("prev_tag") in ("NNS", "CD")))
    if per:  # "$5 million a year", "twice a day": a rate, i.e. a set
        return Norm(value, "set", "set")
    return Norm(value, "duration", "duration")


def n_vague_duration(g, anchor, tense):
    return Norm(vague_duration(unit_of(g["unit"])), "duration", "duration")


def n_set_every(g, anchor, tense):
    count = number_value(g["num"]) if g.get("num") else 1.0
    value = iso_duration(count or 1.0, unit_of(g["unit"]))
    if value is None:
        return None
    return Norm(value, "set", "set")


def n_set_adverb(g, anchor, tense):
    return Norm(R.SET_ADVERBS[g["adverb"].lower()], "set", "set")


def n_ordinal_day(g, anchor, tense):
    word = g["oday"].lower()
    day = R.ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    a = need(anchor)
    y, m = a.year, a.month
    if tense == "past" and day > a.day:
        y, m = add_months(y, m, -1)
    elif tense in ("future", "modal") and day < a.day:
        y, m = add_months(y, m, 1)
    if day > calendar.monthrange(y, m)[1]:
        return None
    return Norm(fmt_day(y, m, day), "date", "day", used_anchor=True)


def n_period_ended(g):
    """'the fiscal year ended March 31': a reporting period, i.e. a stretch of one unit."""
    return Norm(iso_duration(1, g["unit"].lower()), "duration", "duration")


def n_ref(g, anchor, tense):
    key = re.sub(r"\s+", " ", g["ref"].lower())
    return Norm(R.REF_WORDS[key], "ref", "ref")


NORMALISERS = {
    "ref": n_ref, "period_ended": lambda g, anchor, tense: n_period_ended(g),
    "iso": n_absolute_day, "dotted": n_absolute_day, "us_numeric": n_us_numeric,
    "mdy_range": n_month_day_range, "mdy": n_month_day, "dmy_range": n_month_day_range,
    "dmy": n_month_day, "my": n_month_year, "month_rel_year": n_month_rel_year,
    "holiday": n_holiday, "year_words": n_year_words, "year_anaphor": n_year_anaphor,
    "month_anaphor": n_month_anaphor,
    "year_ago_period": n_year_ago_period, "month": n_month, "relative": n_relative,
    "quarter": n_quarter, "quarter_q": n_quarter_q, "the_quarter": n_the_quarter,
    "half": n_half, "season": n_season, "season_year_first": n_season,
    "season_in": n_season_in, "decade": n_decade, "decade_word": n_decade_word,
    "century": n_century, "fiscal": n_fiscal, "year_range": n_year_range, "year": n_year,
    "rel_day": n_rel_day, "weekday": n_weekday, "the_weekend": n_the_weekend, "ago": n_ago,
    "ago_plural": n_ago, "duration": n_duration,
    "vague_duration": n_vague_duration, "bare_plural": n_vague_duration,
    "set_every": n_set_every, "set_adverb": n_set_adverb, "ordinal_day": n_ordinal_day,
}


def normalise(atom: Atom, anchor: dt.date | None, tense: str, text: str) -> Norm | None:
    """The value of one atom, or None when the match turns out not to be a date."""
    fn = NORMALISERS[atom.rule]
    try:
        if fn is n_duration:
            norm = fn(atom.groups, anchor, tense, before=text[max(0, atom.start - 12):atom.start])
        else:
            norm = fn(atom.groups, anchor, tense)
    except NeedsAnchor as e:
        return Norm("", e.kind, e.granularity, note=NO_ANCHOR)
    except (ValueError, KeyError):
        return None
    if norm is not None and norm.used_anchor:
        norm.note = f"resolved against the publication date ({tense} tense)"
    return norm
