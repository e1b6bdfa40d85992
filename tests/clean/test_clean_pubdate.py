"""Publication dates: normalising given values, banners, marked dates, HTML dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.pubdate import (
    find_dateline,
    find_marked_date,
    html_date,
    is_date_banner,
    normalise_date,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-29", "2024-03-29"),
        ("2024-03-29T23:10:00+09:00", "2024-03-29"),
        ("2024.3.9", "2024-03-09"),
        ("2024년 3월 29일", "2024-03-29"),
        ("March 29, 2024", "2024-03-29"),
        ("29 Sept. 2019", "2019-09-29"),
        ("Wed, 17 Apr 2024 08:00:00 +0900", "2024-04-17"),
        (datetime(2020, 1, 2, 3, 4), "2020-01-02"),
        (date(2021, 5, 6), "2021-05-06"),
        ("yesterday", ""),
        ("March 2024", ""),
        ("2024-02-30", ""),
        ("not a date", ""),
        ("", ""),
        (None, ""),
        (12345, ""),
    ],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    "line",
    [
        "WED, APRILL 17, 2024",
        "Wednesday, April 17, 2024",
        "17 April 2024",
        "Sept. 3, 2019",
        "2024.04.17",
        "2024년 4월 17일 수요일",
        "  • Friday, 3 May 2024",
    ],
)
def test_date_banners(line):
    assert is_date_banner(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published April 17, 2024",
        "April 17, 2024 was a quiet day",
        "Blorp, April 17, 2024",
        "Foo 3, 2024",
    ],
)
def test_not_banners(line):
    assert not is_date_banner(line)


@pytest.mark.parametrize(
    ("line", "kind", "value", "rest"),
    [
        ("승인 2024.03.29 00:00", "publish", "2024-03-29", ""),
        (
            "입력 2024.03.28 14:05 수정 2024.03.29 09:00",
            "publish",
            "2024-03-28",
            "수정 2024.03.29 09:00",
        ),
        ("Published: March 3, 2024 at 10:30 a.m. EST", "publish", "2024-03-03", ""),
        ("Posted on Mon, 4 March 2024", "publish", "2024-03-04", ""),
        ("date 2026-02-08 Some Headline Here", "publish", "2026-02-08", "Some Headline Here"),
        ("Updated 2024-05-01 12:00", "update", "2024-05-01", ""),
        ("  • 수정 2024.04.01", "update", "2024-04-01", ""),
    ],
)
def test_marked_dates(line, kind, value, rest):
    found = find_marked_date(line)
    assert found is not None
    assert (found.kind, found.value) == (kind, value)
    assert found.rest == rest


@pytest.mark.parametrize(
    "line", ["Posted by admin", "Date night ideas", "The date 2024 matters", ""]
)
def test_lines_without_marked_dates(line):
    assert find_marked_date(line) is None


def test_html_date_prefers_original_publication():
    html = (
        "<html><head>"
        '<meta property="article:published_time" content="2021-06-01T08:00:00Z">'
        '<meta property="article:modified_time" content="2022-01-15T08:00:00Z">'
        "</head><body><p>Text of the story.</p></body></html>"
    )
    assert html_date(html) == "2021-06-01"


def test_html_date_on_broken_input():
    assert html_date("") == ""
    assert html_date("<div>" * 100_000) == ""


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120))
def test_parsers_never_raise(text):
    assert normalise_date(text) in ("",) or len(normalise_date(text)) == 10
    found = find_marked_date(text)
    assert found is None or len(found.value) == 10
    is_date_banner(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe - Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "2019-11-18"),
        ("Filed 2023-05-02 14:00 by the desk", "2023-05-02"),
        ("Wednesday, April 17, 2024", ""),
        ("The meeting on May 2, 2023 drew 300 people", ""),
    ],
)
def test_datelines(line, expected):
    assert find_dateline(line) == expected
