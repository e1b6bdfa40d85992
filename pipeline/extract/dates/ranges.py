"""Ranges written as one expression: "May 3-5", "2019-21", "the 18th and 19th centuries".
"""

from __future__ import annotations

from pipeline.extract.dates.absolute import century_index, month_day
from pipeline.extract.dates.timex import (
    NeedsAnchor,
    Norm,
    fmt_day,
)


def n_month_day_range(g, anchor, tense):
    try:
        year, month, day, rel = month_day(g, anchor, tense)
    except NeedsAnchor as e:
        raise NeedsAnchor("range", "range") from e
    day2 = int(g["day2"])
    if day2 <= day:
        return None
    return Norm(f"{fmt_day(year, month, day)}/{fmt_day(year, month, day2)}", "range", "range",
                used_anchor=rel)


def n_year_range(g, anchor, tense):
    y1 = int(g["year"])
    y2s = g["year2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return Norm(f"{y1:04d}/{y2:04d}", "range", "range")


def n_century_range(g, anchor, tense):
    """'between the 18th and the 19th century': the first century's noun is left out."""
    first, last = century_index(g["cord"]), century_index(g["cord2"])
    if not 0 <= first < last:
        return None
    return Norm(f"{first:02d}/{last:02d}", "range", "range")
