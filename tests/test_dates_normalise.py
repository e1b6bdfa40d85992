"""DATES stage helpers that need no parse: calendar arithmetic, durations, the scanner."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates_detect import scan, select, windows
from pipeline.dates_normalise import (
    expand_year,
    holiday_date,
    iso_duration,
    number_value,
    year_for_month,
)


@pytest.mark.parametrize("count, unit, value", [
    (5, "day", "P5D"), (24, "hour", "PT24H"), (0.5, "century", "P50Y"),
    (2.5, "year", "P2Y6M"), (5.5, "hour", "PT5H30M"), (1.5, "minute", "PT1M30S"),
    (1.5, "day", "P1DT12H"), (3, "quarter", "P9M"), (4, "decade", "P40Y"),
    (2, "fortnight", "P4W"),
])
def test_iso_duration(count, unit, value):
    assert iso_duration(count, unit) == value


@pytest.mark.parametrize("word, value", [
    ("5", 5), ("1,200", 1200), ("twenty-five", 25), ("twenty five", 25), ("a", 1),
    ("half a", 0.5), ("2 1/2", 2.5), ("a couple of", 2), ("several", None),
])
def test_number_value(word, value):
    assert number_value(word) == value


@pytest.mark.parametrize("month, day, tense, year", [
    (9, None, "past", 2023),     # reported in March: last September
    (2, None, "future", 2025),   # will happen in February: next year
    (9, None, "present", 2024),  # within six months: this year
    (11, 25, "present", 2023),   # more than six months ahead: last year
    (3, 30, "past", 2024),       # within a month of the anchor: a deadline or fresh news
    (6, 15, "past", 2023),       # months after the anchor, told in the past
    (4, None, "past", 2024),     # next month told in the past: "was planned for April"
    (3, 28, "past", 2024),
])
def test_year_for_month(month, day, tense, year):
    assert year_for_month(dt.date(2024, 3, 29), month, day, tense) == year


def test_expand_two_digit_year_near_anchor():
    assert expand_year("98", dt.date(1999, 1, 1)) == 1998
    assert expand_year("03", dt.date(1999, 1, 1)) == 2003
    assert expand_year("98", dt.date(2024, 1, 1)) == 1998


@pytest.mark.parametrize("name, year, day", [
    ("Christmas Day", 2023, dt.date(2023, 12, 25)),
    ("Thanksgiving", 1999, dt.date(1999, 11, 25)),
    ("Memorial Day", 2024, dt.date(2024, 5, 27)),
    ("Election Day", 2024, dt.date(2024, 11, 5)),
    ("Easter", 2024, dt.date(2024, 3, 31)),
    ("Good Friday", 2024, dt.date(2024, 3, 29)),
])
def test_holiday_date(name, year, day):
    assert holiday_date(name, year) == day


def test_select_prefers_the_longest_match():
    atoms = select(scan("It opened in September 2024 downtown."))
    assert [(a.rule, a.start, a.end) for a in atoms] == [("my", 13, 27)]


def test_windows_cover_every_trigger():
    text = "x " * 200 + "in 1998" + " y" * 200
    (lo, hi), = windows(text)
    assert lo <= text.index("1998") and hi >= text.index("1998") + 4


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_scan_never_fails_on_any_text(text):
    for atom in scan(text):
        assert 0 <= atom.start < atom.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=0, max_value=1000, allow_nan=False),
       st.sampled_from(["year", "month", "week", "day", "hour", "minute", "decade"]))
def test_iso_duration_is_well_formed_or_none(count, unit):
    value = iso_duration(count, unit)
    assert value is None or (value.startswith("P") and len(value) > 1)
