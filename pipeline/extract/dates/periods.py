"""Quarters and halves (``2024-Q3``, ``2024-H1``): written with a year, or placed by the
publication date and the tense when the year is left out ("the third quarter").
"""

from __future__ import annotations

import re

from pipeline.extract.dates import rules as R
from pipeline.extract.dates.timex import (
    Norm,
    add_months,
    group_year,
    need,
    quarter_of,
)


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
