"""Durations (``P5D``, ``PXY`` for "for years") and sets ("every week", "$5m a year").
"""

from __future__ import annotations

import re

from pipeline.extract.dates import rules as R
from pipeline.extract.dates.timex import (
    Norm,
    iso_duration,
    number_value,
    unit_of,
    vague_duration,
)


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


def n_period_ended(g):
    """'the fiscal year ended March 31': a reporting period, i.e. a stretch of one unit."""
    return Norm(iso_duration(1, g["unit"].lower()), "duration", "duration")


def _ordinal(word: str) -> int:
    low = word.lower()
    return R.ORDINAL_WORDS.get(low) or int(re.match(r"\d+", low).group())


def n_anniversary(g, anchor, tense):
    """'the 60th anniversary': the years elapsed since the event it marks (P60Y)."""
    years = _ordinal(g["anum"])
    return Norm(f"P{years}Y", "duration", "duration") if years > 0 else None


def n_nth_in_row(g, anchor, tense):
    """'for the third year in a row': the run so far, three years (P3Y)."""
    return Norm(iso_duration(_ordinal(g["nth"]), g["unit"].lower()), "duration", "duration")
