"""DATES stage helpers that need no parse: calendar arithmetic, durations, the scanner."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates.absolute import holiday_date
from pipeline.extract.dates.contract import CONTRACT_VALUE, contract_value
from pipeline.extract.dates.detect import scan, select, windows
from pipeline.extract.dates.timex import (
    expand_year,
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


# ------------------------------------------------------------------ TimeML -> contract value

@pytest.mark.parametrize("timex, value", [
    ("2024", "2024"), ("2024-03", "2024-03"), ("2024-03-18", "2024-03-18"), ("P5D", "P5D"),
    ("PT2H30M", "PT2H30M"), ("P1DT12H", "P1DT12H"), ("1998/2000", "1998/2000"),
    ("2024-W12", "2024-03-18/2024-03-24"), ("2020-W53", "2020-12-28/2021-01-03"),
    ("2024-W12-WE", "2024-03-23/2024-03-24"), ("2024-Q3", "2024-07/2024-09"),
    ("2024-Q1", "2024-01/2024-03"), ("2024-H1", "2024-01/2024-06"),
    ("2024-H2", "2024-07/2024-12"), ("2023-SP", "2023-03/2023-05"),
    ("2023-SU", "2023-06/2023-08"), ("2023-FA", "2023-09/2023-11"),
    ("2024-WI", "2023-12/2024-02"), ("199", "1990/1999"), ("18", "1800/1899"),
    ("2024-Q3/2025-Q1", "2024-07/2025-03"), ("2024-W12/2024-W14", "2024-03-18/2024-04-07"),
])
def test_contract_value_of_calendar_units(timex, value):
    assert contract_value(timex)[0] == value


@pytest.mark.parametrize("timex, note", [
    ("PXY", "vague duration"), ("PXE", "vague duration"), ("PTXH", "vague duration"),
    ("PRESENT_REF", "present"), ("PAST_REF", "past"), ("FUTURE_REF", "future"),
    ("XXXX-SU", "no calendar form"), ("2024-W60", "no calendar form"),
    ("2024-Q5", "no calendar form"),
])
def test_contract_value_empty_with_a_reason(timex, note):
    value, why = contract_value(timex)
    assert value == ""
    assert note in why


_TIMEX_PIECE = st.one_of(
    st.integers(1000, 2999).map(str),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1000, 2999), st.integers(1, 12)),
    st.builds(lambda y, w, we: f"{y}-W{w:02d}{we}", st.integers(1000, 2999),
              st.integers(0, 60), st.sampled_from(["", "-WE"])),
    st.builds(lambda y, u, n: f"{y}-{u}{n}", st.integers(1000, 2999),
              st.sampled_from("QH"), st.integers(0, 9)),
    st.builds(lambda y, c: f"{y}-{c}", st.integers(1000, 2999),
              st.sampled_from(["SP", "SU", "FA", "WI"])),
    st.integers(10, 299).map(str),
    st.sampled_from(["PXY", "PXE", "P5D", "PT3H", "PRESENT_REF", "P2Y6M", "XXXX-XX", ""]),
)


@settings(max_examples=300, deadline=None)
@given(_TIMEX_PIECE, st.one_of(st.none(), _TIMEX_PIECE))
def test_contract_value_always_in_the_contract_vocabulary(first, second):
    timex = first if second is None else f"{first}/{second}"
    value, note = contract_value(timex)
    assert CONTRACT_VALUE.match(value), (timex, value)
    assert value or note or not timex
