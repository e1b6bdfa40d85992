"""Publication dates: normalising given values, banners, marked dates, HTML dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.pubdate import (
    BareDate,
    bare_date,
    dateline_end,
    find_dateline,
    find_marked_date,
    first_date,
    html_date,
    is_date_banner,
    marker_only,
    normalise_date,
    numeric_order,
    press_dateline,
    year_last_value,
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
        ("Posted : 2019-10-30", "publish", "2019-10-30", ""),
        ("Written: 2023-11-07 15:03:30", "publish", "2023-11-07", ""),
        ("Publication date 2021.06.01", "publish", "2021-06-01", ""),
        ("Posted by admin on September 24, 2013", "publish", "2013-09-24", ""),
        ("Posted by Jane Roe | 2013-09-24 10:00", "publish", "2013-09-24", ""),
        # a marker opening a later field of the line, the other fields kept
        ("(harbourtimes.net)| Updated : 2021-04-06", "update", "2021-04-06", "(harbourtimes.net)"),
        ("Opinion | Published: 3 May 2022 | 4 min read", "publish", "2022-05-03",
         "Opinion | 4 min read"),
    ],
)
def test_marked_dates(line, kind, value, rest):
    found = find_marked_date(line)
    assert found is not None
    assert (found.kind, found.value) == (kind, value)
    assert found.rest == rest


@pytest.mark.parametrize(
    "line",
    ["Posted by admin", "Date night ideas", "The date 2024 matters", "", "Opinion | Date night"],
)
def test_lines_without_marked_dates(line):
    assert find_marked_date(line) is None


def test_a_date_in_figures_after_a_marker_is_a_label():
    assert find_marked_date("date 2022-03-08 The council met").numeric
    assert not find_marked_date("Released March 3, 2024, the report says").numeric


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Created date", "publish"), ("Date:", "publish"), ("Last modified date", "update"),
     ("등록일", "publish"), ("Date night", ""), ("Created date 2021-01-01", "")],
)
def test_marker_alone_on_its_line(line, kind):
    assert marker_only(line) == kind


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("25", "12", "2020", "."), "2020-12-25"),  # a number above 12 is the day
        (("12", "25", "2020", "/"), "2020-12-25"),
        (("05", "09", "2012", "."), "2012-09-05"),  # dots: day first
        (("05", "09", "2012", "-"), "2012-09-05"),
        (("05", "09", "2012", "/"), "2012-05-09"),  # slashes: month first
        (("05", "09", "2012", "/", "dmy"), "2012-09-05"),  # unless the page shows otherwise
        (("05", "09", "2012", ".", "mdy"), "2012-05-09"),
        (("31", "31", "2012", "."), ""),
    ],
)
def test_year_last_numeric_dates(args, expected):
    assert year_last_value(*args) == expected


@pytest.mark.parametrize(
    ("lines", "order"),
    [
        (["The bridge opened on 3 June 2010 after delays."], "dmy"),
        (["The bridge opened on June 3, 2010 after delays."], "mdy"),
        (["Posted 13/05/2020", "Closed 02/04/2021"], "dmy"),
        (["Posted 05/13/2020"], "mdy"),
        (["Opened 3 June 2010.", "Closed June 4, 2011."], ""),
        (["Nothing dated here", "05.09.2012"], ""),
    ],
)
def test_page_order_of_day_and_month(lines, order):
    assert numeric_order(lines) == order


@pytest.mark.parametrize(
    ("line", "order", "value", "weekday"),
    [
        ("13 May 2024", "", "2024-05-13", False),
        ("4 July 2022, Monday", "", "2022-07-04", True),
        ("WED, APRILL 17, 2024", "", "2024-04-17", True),
        ("05.09.2012", "", "2012-09-05", False),
        ("05.09.2012", "mdy", "2012-05-09", False),
    ],
)
def test_bare_dates(line, order, value, weekday):
    assert bare_date(line, order) == BareDate(value, weekday)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("February 24, 2020 | 9:25pm", "2020-02-24"),
        ("22:30, 9 MAY 2020", "2020-05-09"),
        ("November 8, 2023 at 6:09 p.m.", "2023-11-08"),
        ("Nov. 9, 2023, 4:59 AM UTC", "2023-11-09"),
        ("2 November 2023 • 9:10am", "2023-11-02"),
    ],
)
def test_date_lines_with_a_time_of_day(line, value):
    assert bare_date(line, timed=True) == BareDate(value, False)
    assert bare_date(line) is None  # a date-only line has no time
    assert find_dateline(line) == value  # "9:25pm": the clock needs no space before "pm"


def test_date_line_with_words_after_the_time_is_not_a_date_line():
    assert bare_date("May 3, 2024 10:00 ferry timetable", timed=True) is None


def test_marked_date_keeps_the_words_after_it():
    found = find_marked_date("date 2023-08-24 At the harbour festival")
    assert (found.value, found.rest) == ("2023-08-24", "At the harbour festival")
    found = find_marked_date("Updated : 2024-12-06 09:03 UTC+3")
    assert (found.value, found.rest) == ("2024-12-06", "")
    assert find_marked_date("date 2025-01-23 10:00 The port opened").rest == "The port opened"


def test_first_date_anywhere_in_a_line():
    assert first_date("Source: Harbour Wire (Sep. 24, 2013)") == "2013-09-24"
    assert first_date("By Jane Roe | 12/10/2020", "dmy") == "2020-10-12"
    assert first_date("Volume 12, issue 3") == ""


@pytest.mark.parametrize(
    ("paragraph", "value", "agency"),
    [
        ("PORTVILLE, May 3 (Harbour Wire) -- The ferry left.", "", "Harbour Wire"),
        ("LISBON, Portugal—May 17, 2022 — The network announced ...", "2022-05-17", ""),
        ("OSLO, Norway, Nov. 12, 2024 /PRNewswire/ -- A firm said ...", "2024-11-12", ""),
        ("BERN (Alpine Press) — The council voted ...", "", "Alpine Press"),
        # the date in the brackets, or after the agency and a colon
        ("ST. ALBANS (March 9, 2022) — The council voted ...", "2022-03-09", ""),
        ("PORTVILLE, Islandia (Island Information Service): July 14, 1998 - The governor ...",
         "1998-07-14", "Island Information Service"),
        # a colon after the agency's bracket; a region in square brackets
        ("New Delhi [India], May 3, 2021 (PTI): The ministry said ...", "2021-05-03", "PTI"),
        # a place in Title Case before a known agency, an en dash
        ("Porto Alegre (VNA) – The governor of the province met ...", "", "VNA"),
    ],
)
def test_press_datelines(paragraph, value, agency):
    found = press_dateline(paragraph)
    assert (found.value, found.agency) == (value, agency)
    assert paragraph[found.end :][0].isupper()


def test_wire_between_slashes_ending_with_a_full_stop():
    paragraph = "OSLO, March 4. /TASS/. A delegation of the port of Tromsø arrived ..."
    found = press_dateline(paragraph)
    assert (found.value, found.agency, found.wire) == ("", "", "TASS")
    assert paragraph[found.end :].startswith("A delegation")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council of PORTVILLE met on May 3 - and voted.",
        "NATO — the alliance — met.",
        "",
        # Title Case opening a sentence, no known agency: not a dateline
        "Mayor Kim (left) – said the plan would go ahead.",
        "Porto Alegre (Brazil) – a city of ports – voted.",
        "PORTA (the port agency) – which runs the docks – voted.",
        # an acronym and what it stands for open a sentence, not a dateline
        "WPA (Westport Port Authority): The authority voted.",
    ],
)
def test_not_press_datelines(paragraph):
    assert press_dateline(paragraph) is None


KNOWN = {"Athens", "St. Louis", "Lagos"}.__contains__


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        # a dated or credited dateline, the place known or not
        ("PORTVILLE, May 3 (Island Wire) -- Two firms signed ...", "Two firms signed ..."),
        ("KELTON (AP) — The council voted ...", "The council voted ..."),
        # a bare known place in capitals and a dash, spaced or long
        ("ATHENS - Greece and Turkey signed ...", "Greece and Turkey signed ..."),
        ("ST. LOUIS — The port reopened ...", "The port reopened ..."),
        ("LAGOS—A court ruled ...", "A court ruled ..."),
    ],
)
def test_dateline_end(paragraph, rest):
    assert paragraph[dateline_end(paragraph, KNOWN):] == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "KELTON - The council voted ...",  # a place nobody knows: perhaps an acronym
        "NATO - Russia talks resumed.",
        "ATHENS-based firms grew.",  # a hyphen joins words
        "ATHENS - the city, not the state - voted.",  # no new sentence after the dash
        "Athens - Greece and Turkey signed ...",  # not in capitals
        "ATHENS",
        "",
    ],
)
def test_no_dateline_end(paragraph):
    assert dateline_end(paragraph, KNOWN) == 0


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
        ("18/11/2023 | 20:26 PM", "2023-11-18"),
        ("08/11/2023 | 20:26 PM", "2023-08-11"),
        ("Wednesday, April 17, 2024", ""),
        ("The meeting on May 2, 2023 drew 300 people", ""),
    ],
)
def test_datelines(line, expected):
    assert find_dateline(line) == expected


def test_dateline_in_the_page_order():
    assert find_dateline("08/11/2023 | 20:26 PM", "dmy") == "2023-11-08"


def test_html_date_searches_the_text_unless_told_not_to():
    html = (
        "<html><body><article><h1>Bridge reopens</h1><p>Published: March 4, 2021</p>"
        "<p>The old bridge over the river reopened to traffic this week.</p></article>"
        "</body></html>"
    )
    assert html_date(html) == "2021-03-04"
    assert html_date(html, extensive=False) == ""
