"""Expressions that count from the publication date ("last week", "two years ago",
"Tuesday", "the following month") or from a period named just before them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.extract.dates import rules as R
from pipeline.extract.dates.timex import (
    TEXT_MONTH,
    TEXT_YEAR,
    YEAR_BEFORE,
    Norm,
    add_months,
    fmt_day,
    iso_duration,
    iso_week,
    month_number,
    need,
    number_value,
    quarter_of,
    shift_year,
    unit_of,
    year_for_month,
)


def _story_year(g, anchor) -> int | None:
    """Without a publication date, the year of the last full date written before (the
    time the story is told in), for "last year", "this January", "October this year"."""
    return int(g["ctx_text_year"]) if anchor is None and "ctx_text_year" in g else None


def n_month_rel_year(g, anchor, tense):
    month = month_number(g["month"])
    off = R.RELATIVE_MODIFIERS[re.sub(r"^the\s+", "", g["ryear"].lower())]
    story = _story_year(g, anchor)
    if story is not None:
        return Norm(f"{story + off:04d}-{month:02d}", "date", "month", note=TEXT_YEAR)
    a = need(anchor, granularity="month")
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
    story = _story_year(g, anchor)
    if "month" in g:
        m = month_number(g["month"])
        if story is not None and off == 0:  # "this January" in the story's year
            return Norm(f"{story:04d}-{m:02d}", "date", "month", note=TEXT_YEAR)
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
    if unit == "year" and story is not None:
        return Norm(f"{story + off:04d}", "date", "year", note=TEXT_YEAR)
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


def n_season_in(g, anchor, tense):
    if g["season"].lower() not in R.SEASONS:
        return None
    code = R.SEASONS[g["season"].lower()]
    a = need(anchor, granularity="season")
    return Norm(f"{year_for_month(a, R.SEASON_MONTH[code], None, tense):04d}-{code}", "date",
                "season", used_anchor=True)


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


def n_year_ago_period(g, anchor, tense):
    """'the year-earlier quarter': the period just named, a year back."""
    if "ctx_period" not in g:
        return None
    value, granularity = g["ctx_period"]
    if g["pnoun"].lower() != "period" and g["pnoun"].lower() != granularity:
        return None
    return Norm(shift_year(value, -1), "date", granularity, note=YEAR_BEFORE)


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


# How far (in months) from the publication date a day written before may be and still
# give its month to a bare "the 21st".
DAY_MONTH_REACH = 2


def n_ordinal_day(g, anchor, tense):
    """'on the 21st': a day of the month the text is telling of, or else of the
    publication date's month (the tense moves it a month back or on)."""
    word = g["oday"].lower()
    day = R.ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    ctx = g.get("ctx_day_month")
    if ctx:
        y, m = int(ctx[:4]), int(ctx[5:7])
        if (anchor is None or abs((y * 12 + m) - (anchor.year * 12 + anchor.month))
                <= DAY_MONTH_REACH) and day <= calendar.monthrange(y, m)[1]:
            return Norm(fmt_day(y, m, day), "date", "day", note=TEXT_MONTH)
    a = need(anchor)
    y, m = a.year, a.month
    if tense == "past" and day > a.day:
        y, m = add_months(y, m, -1)
    elif tense in ("future", "modal") and day < a.day:
        y, m = add_months(y, m, 1)
    if day > calendar.monthrange(y, m)[1]:
        return None
    return Norm(fmt_day(y, m, day), "date", "day", used_anchor=True)


def n_ref(g, anchor, tense):
    key = re.sub(r"\s+", " ", g["ref"].lower())
    return Norm(R.REF_WORDS[key], "ref", "ref")
