"""Hard-wrapped text is joined into paragraphs before the layout reading; menus are not."""

from __future__ import annotations

import textwrap
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.text import clean_text
from pipeline.clean.unwrap import unwrap, wrap_width

PARA_1 = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, ending two "
    "years of debate among local councillors, who had argued over its cost and its place."
)
PARA_2 = (
    "Construction is expected to start next spring and to cost about 40 million dollars, "
    "according to the authority's chief engineer, who said the work would take two years."
)
PARA_3 = (
    "Ferry operators welcomed the decision. They said the old terminal could no longer "
    "handle the larger ships now used on the route to the islands."
)


def wrapped(paragraph: str, width: int = 66, indent: str = "") -> str:
    return textwrap.fill(paragraph, width=width, initial_indent=indent)


def test_blank_line_paragraphs_are_joined():
    text = "\n\n".join(wrapped(p) for p in (PARA_1, PARA_2, PARA_3))
    assert unwrap(text).split("\n\n") == [PARA_1, PARA_2, PARA_3]


def test_indented_first_lines_start_paragraphs():
    text = "\n".join(wrapped(p, 70, "    ") for p in (PARA_1, PARA_2, PARA_3))
    assert [line.strip() for line in unwrap(text).splitlines()] == [PARA_1, PARA_2, PARA_3]


def test_wrapped_story_keeps_its_words():
    text = "Westport approves ferry terminal\n\n" + "\n\n".join(
        wrapped(p) for p in (PARA_1, PARA_2, PARA_3)
    )
    found = clean_text(text)
    assert found.title == "Westport approves ferry terminal"
    assert found.body.split("\n") == [PARA_1, PARA_2, PARA_3]


# as long as a wrapped line: only the next-word test keeps it apart from the byline
HEADLINE = "Westport council approves the new ferry terminal after debate"


def test_headline_and_byline_are_not_merged_into_the_story():
    text = "\n".join(
        [HEADLINE, "By Jane Doe", "March 3, 2024", ""] + [wrapped(p) for p in (PARA_1, PARA_2)]
    )
    lines = unwrap(text).splitlines()
    assert lines[:3] == [HEADLINE, "By Jane Doe", "March 3, 2024"]
    assert lines[4:] == [PARA_1, PARA_2]


def test_menus_and_link_lists_stay_apart():
    menu = ["Home", "News", "Sport", "Business", "Weather"]
    links = [
        "Council rejects plan for a new bridge over the estuary",
        "Island school wins national award for its science club",
        "Storm closes the coastal road for the second time this year",
    ]
    text = "\n".join(menu + ["", PARA_1, PARA_2, "", "Most read"] + links)
    assert unwrap(text) == text
    assert wrap_width(text.splitlines()) == 0


def test_list_items_are_not_joined():
    items = [
        "- the terminal will have two berths for ships of up to 180 metres",
        "- a new car park with 400 spaces is planned beside the ticket hall",
        "- buses will stop at the entrance every fifteen minutes in summer",
    ]
    text = "\n".join([wrapped(PARA_1), *items])
    lines = unwrap(text).splitlines()
    assert lines == [PARA_1, *items]


def test_short_story_cut_mid_sentence_is_joined():
    # too short to measure a width on: the line ends on "the" / the next goes on lower case
    text = (
        "There were seven grain ships loading and\n"
        "six ships were waiting to load at Westport, according to the\n"
        "Westport Merchants Exchange."
    )
    assert unwrap(text) == (
        "There were seven grain ships loading and six ships were waiting to load at "
        "Westport, according to the Westport Merchants Exchange."
    )


def test_hyphen_at_the_end_of_a_line_is_kept_without_a_space():
    text = (
        "The authority said the terminal would be finished by the mid-\n"
        "year holiday and that ferries would then use it every day of the\n"
        "week, weather permitting, from early morning until late at night."
    )
    assert "mid-year holiday" in unwrap(text)


def test_headline_above_a_count_line_is_not_joined():
    text = "Westport council approves the new ferry terminal after long debate\n3 hours ago"
    assert unwrap(text) == text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab -\n\t.Z,"), max_size=400))
def test_unwrap_only_changes_white_space(text):
    assert "".join(unwrap(text).split()) == "".join(text.split())


def test_page_dump_headline_above_a_lower_case_line_is_not_joined():
    text = "\n".join(
        ["Westport council approves the new ferry terminal after debate", "updated 3 hours ago"]
        + [PARA_1, PARA_2]
    )
    assert unwrap(text) == text


def test_long_wrapped_document_is_joined_in_linear_time():
    """One 20,000-line paragraph: joining line by line into one growing string took
    minutes (every join copied it); the time must grow with the text, not its square."""
    line = "the harbour authority of west-port approved a new ferry terminal on monday and"
    text = "\n".join([line] * 20_000)
    start = time.perf_counter()
    joined = unwrap(text)
    assert time.perf_counter() - start < 10
    assert joined.count("\n") == 0 and len(joined) == len(text)
