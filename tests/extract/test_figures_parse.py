"""Number reading and scanning: plain functions, plus property tests on untrusted text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.figures.parse import parse_digits, parse_ordinal, parse_words
from pipeline.extract.figures.scan import scan_numbers, scan_ordinals, scan_rank_markers


@pytest.mark.parametrize("text, value", [
    ("3,000", 3000), ("2.27", 2.27), ("12,34,567", 1234567), (".5", 0.5), ("1\u202f234", 1234),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text, value, scale", [
    ("nine", 9, ""), ("a dozen", 12, ""), ("two dozen", 24, ""),
    ("one hundred and six", 106, ""), ("twenty-one", 21, ""), ("fifty two", 52, ""),
    ("nine million", 9e6, "million"), ("two hundred thousand", 2e5, "thousand"),
    ("half a million", 5e5, "million"), ("three quarters billion", 7.5e8, "billion"),
    # scale words written together multiply
    ("a thousand million", 1e9, "thousand million"), ("two lakh crore", 2e12, "lakh crore"),
    ("one million two hundred thousand", 1.2e6, "thousand"),
])
def test_parse_words(text, value, scale):
    assert parse_words(text) == (pytest.approx(value), scale)


@pytest.mark.parametrize("text", ["million", "dozens", "two three", "three and two", "cat"])
def test_parse_words_rejects_non_numbers(text):
    assert parse_words(text) == (None, "")


@pytest.mark.parametrize("text, value", [("24th", 24), ("first", 1), ("twenty-first", 21),
                                         ("3rd", 3)])
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


def test_scan_reads_qualifier_currency_and_scale():
    (c,) = scan_numbers("worth more than US$1.2 billion")
    assert (c.qualifier, c.unit, c.scale, c.value) == ("more_than", "USD", "billion", 1.2e9)


@pytest.mark.parametrize("text, value, unit, scale", [
    ("Rs 1.2 lakh crore", 1.2e12, "INR", "lakh crore"),
    ("4 thousand crore rupees", 4e10, "INR", "thousand crore"),
    ("$3 thousand billion", 3e12, "USD", "thousand billion"),
])
def test_scan_scale_words_together_multiply(text, value, unit, scale):
    (c,) = scan_numbers(text)
    assert (c.value, c.unit, c.scale) == (pytest.approx(value), unit, scale)


def test_scan_one_letter_suffix_needs_money():
    (c,) = scan_numbers("a 5m wall")
    assert (c.unit, c.value) == ("metre", 5)
    (c,) = scan_numbers("a €5m deal")
    assert (c.unit, c.value) == ("EUR", 5e6)


def test_scan_lowercase_word_codes_are_not_currencies():
    # "top" and "all" are ISO codes (TOP, ALL) but plain words in lower case
    assert [c.unit for c in scan_numbers("the top 10 and all 5")] == ["count", "count"]


def test_scan_unknown_glued_letters_drop_the_number():
    assert scan_numbers("object 06F6 and 5G") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.$€£¥₩%-/:abkmnotTBMK\n(") + [
    " million", " won", " percent", "No. ", " first", " nearly ", "th"]), max_size=30).map("".join))
def test_scanners_never_crash_and_stay_in_bounds(text):
    for scan in (scan_numbers, scan_rank_markers, scan_ordinals):
        for c in scan(text):
            assert 0 <= c.start <= c.num_start < c.num_end <= c.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_parsers_total_on_any_text(text):
    parse_digits(text)
    parse_words(text)
    parse_ordinal(text)
