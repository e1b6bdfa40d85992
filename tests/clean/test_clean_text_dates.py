"""Which of a text dump's dates is the article's own, on pages written for the test."""

from __future__ import annotations

from pipeline.clean.text import clean_text

PARA_1 = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, "
    "ending two years of debate among local councillors."
)
PARA_2 = (
    "Construction is expected to start next spring and to cost about 40 million dollars, "
    "according to the authority's chief engineer."
)
HEADLINE = "Westport approves new ferry terminal"


def dated(*lines: str) -> tuple[str, str]:
    result = clean_text("\n".join(lines))
    return result.published, result.published_source


def test_marker_alone_with_its_date_on_the_next_line():
    result = clean_text("\n".join([HEADLINE, "Created date", "2022-10-13", PARA_1, PARA_2]))
    assert (result.published, result.published_source) == ("2022-10-13", "text-marker")
    assert "Created date" not in result.body and "2022" not in result.body


def test_date_label_in_figures_before_the_first_paragraph():
    result = clean_text("\n".join([" date 2022-03-08 " + PARA_1, PARA_2]))
    assert result.published == "2022-03-08"
    assert result.body.split("\n") == [PARA_1, PARA_2]


def test_date_line_under_the_headline():
    assert dated(HEADLINE, "22 September 2015", "By Jane Roe", PARA_1) == (
        "2015-09-22",
        "text-dateline",
    )
    assert dated(HEADLINE, "4 July 2022, Monday", PARA_1)[0] == "2022-07-04"


def test_short_line_opening_with_a_date_under_the_headline():
    assert dated(HEADLINE, "2018.10.30 admin 752", HEADLINE, PARA_1)[0] == "2018-10-30"
    assert dated(HEADLINE, "22:30, 9 MAY 2020", PARA_1)[0] == "2020-05-09"


def test_date_only_line_right_above_the_headline():
    assert dated("13 May 2024", "", HEADLINE, PARA_1)[0] == "2024-05-13"
    # with its weekday it is the site's date of the day
    assert dated("Monday, 13 May 2024", HEADLINE, PARA_1)[0] == ""
    # and far above the headline, over the menus, it is never the article's
    menu = ["News", "Sport", "Business", "Weather"]
    assert dated("13 May 2024", *menu, HEADLINE, PARA_1)[0] == ""


def test_byline_with_a_date_in_the_header():
    assert dated(HEADLINE, "Written by Jane Roe on July 27, 2017", PARA_1)[0] == "2017-07-27"


def test_publication_marker_wins_over_the_headline_block():
    assert dated(HEADLINE, "5 May 2021", "Published: 3 May 2021", PARA_1)[0] == "2021-05-03"


def test_headline_block_date_wins_over_an_update_marker():
    assert dated(HEADLINE, "5 May 2021", "Updated: 9 May 2021", PARA_1)[0] == "2021-05-05"
    assert dated(HEADLINE, "Updated: 9 May 2021", PARA_1)[0] == "2021-05-09"


def test_date_of_a_source_credit():
    page = [HEADLINE, PARA_1, PARA_2, "Source Text: Harbour Wire (Sep. 24, 2013)"]
    assert dated(*page) == ("2013-09-24", "text-source")


def test_press_dateline_is_the_last_resort():
    lead = "LISBON, Portugal—May 17, 2022 — " + PARA_1
    assert dated(HEADLINE, lead, PARA_2) == ("2022-05-17", "text-dateline")
    # the site's own date under the headline comes first (the story was filed the day before)
    assert dated(HEADLINE, "June 22, 2023 | 14:35", lead, PARA_2)[0] == "2023-06-22"


def test_date_under_a_standfirst():
    standfirst = "The port will take its first ferries in two years, the council said."
    assert dated(HEADLINE, standfirst, "3 May 2024", PARA_1, PARA_2)[0] == "2024-05-03"


def test_ambiguous_numeric_date_read_in_the_page_order():
    # dots are read day first ...
    assert dated(HEADLINE, "Posted: 05.09.2012", PARA_1, PARA_2)[0] == "2012-09-05"
    # ... slashes month first, unless the page writes its other dates day first
    assert dated(HEADLINE, "Posted: 05/09/2012", PARA_1, PARA_2)[0] == "2012-05-09"
    story = "The old terminal opened on 3 June 1990 and closed last year."
    assert dated(HEADLINE, "Posted: 05/09/2012", PARA_1, story)[0] == "2012-09-05"
