"""Expressions that name their date: days, months, years, decades, centuries, seasons of a
named year, holidays, fiscal years. A day or month written without its year takes the
year from the text before it or, failing that, from the publication date and the tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.extract.dates import rules as R
from pipeline.extract.dates.timex import (
    TEXT_YEAR,
    Norm,
    days_from,
    expand_year,
    fmt_day,
    group_year,
    month_number,
    need,
    year_for_month,
)


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


def month_day(g, anchor, tense, day_key="day"):
    month = month_number(g["month"])
    day = int(g[day_key])
    year = group_year(g, anchor)
    if year is not None:
        return year, month, day, False
    if "ctx_year" in g:
        return int(g["ctx_year"]), month, day, False
    if anchor is None and "ctx_text_year" in g:
        story = int(g["ctx_text_year"])
        if tense not in ("future", "modal"):
            return story, month, day, False
        # "will take place on Sunday, April 21": the weekday says which year from the
        # story's on it falls in; without one, the first such day after the story's date
        weekday = R.WEEKDAYS.get((g.get("wdaypre") or "").lower())
        if weekday is not None:
            for y in (story, story + 1):
                if _weekday_of(y, month, day) == weekday:
                    return y, month, day, False
        elif g.get("ctx_text_date"):
            after = f"{month:02d}-{day:02d}" >= g["ctx_text_date"][5:]
            return (story if after else story + 1), month, day, False
    a = need(anchor)
    return year_for_month(a, month, day, tense), month, day, True


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def n_month_day(g, anchor, tense):
    if g.get("dmod"):
        return _with_modifier(g, anchor, month_number(g["month"]), int(g["day"]))
    year, month, day, rel = month_day(g, anchor, tense)
    if rel and g.get("wdaypre"):
        # "Monday, Oct. 26": the year in which that day is a Monday, nearest first
        weekday = R.WEEKDAYS[g["wdaypre"].lower()]
        for y in (year, year - 1, year + 1):
            if days_from(anchor, y, month, day) != 366 and (
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


def n_month_year(g, anchor, tense):
    year = group_year(g, anchor)
    return Norm(f"{year:04d}-{month_number(g['month']):02d}", "date", "month")


def n_month(g, anchor, tense):
    month = month_number(g["month"])
    if "ctx_year" in g:
        return Norm(f"{g['ctx_year']}-{month:02d}", "date", "month")
    if anchor is None and "ctx_text_year" in g and tense not in ("future", "modal"):
        return Norm(f"{g['ctx_text_year']}-{month:02d}", "date", "month", note=TEXT_YEAR)
    a = need(anchor, granularity="month")
    return Norm(f"{year_for_month(a, month, None, tense):04d}-{month:02d}", "date", "month",
                used_anchor=True)


def n_season(g, anchor, tense):
    code = R.SEASONS[g["season"].lower()]
    return Norm(f"{group_year(g, anchor):04d}-{code}", "date", "season")


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


def century_index(ordinal: str) -> int:
    """TimeML's number for a century written as an ordinal: '19th' -> 18."""
    word = ordinal.lower()
    return (R.ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())) - 1


def n_century(g, anchor, tense):
    return Norm(f"{century_index(g['cord']):02d}", "date", "century")


def n_fiscal(g, anchor, tense):
    ys = g["fyear"].lstrip("'")
    year = int(ys) if len(ys) == 4 else expand_year(ys, anchor)
    return Norm(f"{year:04d}", "date", "year")


def n_year_words(g, anchor, tense):
    words = re.split(r"[\s-]+", g["ywords"].lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + sum(int(R.NUMBER_WORDS[w]) for w in rest)
    else:
        year = int(R.NUMBER_WORDS[words[0]]) * 100
        year += 0 if words[1] == "hundred" else sum(int(R.NUMBER_WORDS[w]) for w in words[1:])
    return Norm(f"{year:04d}", "date", "year")


def n_year(g, anchor, tense):
    return Norm(g["year"], "date", "year")
