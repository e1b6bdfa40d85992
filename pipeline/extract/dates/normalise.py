"""Turn a detected temporal expression into its TimeML (TIMEX3) value.

One function per detection rule (``NORMALISERS``), grouped by kind of expression:
``absolute`` (the text names the date), ``relative`` (counted from the publication date
or a period named before), ``periods`` (quarters, halves), ``durations`` (and sets),
``ranges``. Their shared building blocks, and the value vocabulary, are in ``timex``;
``pipeline.extract.dates.contract`` turns TimeML values into the contract's ``value``.

Expressions that need the publication date (the anchor) get an empty value and a note
when there is none; the clock is never read.
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.dates.absolute import (
    n_absolute_day,
    n_century,
    n_decade,
    n_decade_word,
    n_fiscal,
    n_holiday,
    n_month,
    n_month_day,
    n_month_year,
    n_season,
    n_us_numeric,
    n_year,
    n_year_words,
)
from pipeline.extract.dates.detect import Atom
from pipeline.extract.dates.durations import (
    n_anniversary,
    n_duration,
    n_nth_in_row,
    n_period_ended,
    n_set_adverb,
    n_set_every,
    n_vague_duration,
)
from pipeline.extract.dates.periods import (
    n_half,
    n_quarter,
    n_quarter_q,
    n_the_quarter,
)
from pipeline.extract.dates.ranges import (
    n_century_range,
    n_month_day_range,
    n_year_range,
)
from pipeline.extract.dates.relative import (
    n_ago,
    n_month_anaphor,
    n_month_rel_year,
    n_ordinal_day,
    n_ref,
    n_rel_day,
    n_relative,
    n_season_in,
    n_the_weekend,
    n_weekday,
    n_year_ago_period,
    n_year_anaphor,
)
from pipeline.extract.dates.timex import NO_ANCHOR, NeedsAnchor, Norm

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
    "century": n_century, "century_range": n_century_range, "anniversary": n_anniversary,
    "nth_in_row": n_nth_in_row, "fiscal": n_fiscal, "year_range": n_year_range, "year": n_year,
    "rel_day": n_rel_day, "weekday": n_weekday, "the_weekend": n_the_weekend, "ago": n_ago,
    "ago_plural": n_ago, "duration": n_duration,
    "vague_duration": n_vague_duration, "bare_plural": n_vague_duration,
    "set_every": n_set_every, "set_adverb": n_set_adverb, "ordinal_day": n_ordinal_day,
}


def normalise_atom(atom: Atom, anchor: dt.date | None, tense: str, text: str) -> Norm | None:
    """The value of one atom, or None when the match turns out not to be a date."""
    fn = NORMALISERS[atom.rule]
    try:
        if fn is n_duration:
            norm = fn(atom.groups, anchor, tense, before=text[max(0, atom.start - 12):atom.start])
        else:
            norm = fn(atom.groups, anchor, tense)
    except NeedsAnchor as e:
        return Norm("", e.kind, e.granularity, note=NO_ANCHOR)
    except (ValueError, KeyError, OverflowError):
        return None  # (OverflowError: "99999 weeks ago" leaves the calendar)
    if norm is not None and norm.used_anchor:
        norm.note = f"resolved against the publication date ({tense} tense)"
    return norm
