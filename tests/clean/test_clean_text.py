"""Text-dump cleaning: each boilerplate class on lines written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.text import (
    boilerplate_kind,
    clean_text,
    credit_publisher,
    is_prose,
    told_publisher,
)

PARA_1 = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, "
    "ending two years of debate among local councillors."
)
PARA_2 = (
    "Construction is expected to start next spring and to cost about 40 million dollars, "
    "according to the authority's chief engineer."
)


def page(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Skip to main menu",
        "Jump to footer",
        "Share this article",
        "이 기사를 공유합니다",
        "댓글 0",
        "Comments (3)",
        "12 Comments",
        "Facebook",
        "Twitter",
        "Print",
        "By Jane Doe",
        "By Jane Doe and John Roe",
        "기자명 홍길동",
        "Copyright © 2023 Westport Daily. All rights reserved.",
        "All Rights Reserved.",
        "담당부서 : 국제협력과",
        "담당자 : 김철수",
        "문의전화 : 031-555-1234",
        "Tel. 02-123-4567",
        "Contact us",
        "Related articles",
        "Most read",
        "Main News",
        "Posted by admin",
        "Updated 3 hours ago",
    ],
)
def test_boilerplate_lines_are_recognised(line):
    assert boilerplate_kind(line)


@pytest.mark.parametrize(
    "line",
    [
        PARA_1,
        "by the river the old mill still turns",
        "Share prices rose sharply after the announcement on Friday.",
        "Comments from residents were overwhelmingly positive.",
        "The council printed 5,000 leaflets.",
    ],
)
def test_article_lines_are_not_boilerplate(line):
    assert not boilerplate_kind(line)


def test_full_dump_header_body_trailer():
    text = page(
        "THU, MARCHH 7, 2024",
        "Skip to content",
        "Westport approves new ferry terminal",
        "Westport approves new ferry terminal",
        "  • city desk, Westport Daily",
        "  • 승인 2024.03.05 10:30",
        "  • 댓글 2",
        "Share this article",
        "",
        PARA_1,
        "",
        "Costs and timing",
        "",
        PARA_2,
        "",
        "Most read",
        "Harbour seals return to the bay",
        "Copyright © Westport Daily",
    )
    result = clean_text(text)
    assert result.title == "Westport approves new ferry terminal"
    assert result.published == "2024-03-05"
    assert result.published_source == "text-marker"
    assert result.publisher == "Westport Daily"
    assert result.body.split("\n") == [PARA_1, "Costs and timing", PARA_2]


def test_banner_date_is_never_the_publication_date():
    result = clean_text(page("Wednesday, April 17, 2024", "A headline here", PARA_1))
    assert result.published == ""
    assert "2024" not in result.body


def test_publication_marker_wins_over_update_marker():
    text = page("A headline here", "Updated: May 2, 2023", "Published: April 30, 2023", PARA_1)
    result = clean_text(text)
    assert result.published == "2023-04-30"
    assert "Published" not in result.body and "Updated" not in result.body


def test_marker_prefix_before_headline_is_metadata():
    result = clean_text(page(" date 2025-11-02 Ferries and the Future", "", PARA_1, PARA_2))
    assert result.title == "Ferries and the Future"
    assert result.published == "2025-11-02"
    assert "date 2025" not in result.body


def test_title_after_first_paragraph_when_header_has_none():
    text = page("Skip to menu", "", PARA_1, "", "Westport Harbour Authority", "", PARA_2)
    result = clean_text(text)
    assert result.title == "Westport Harbour Authority"
    assert "Westport Harbour Authority" not in result.body.split("\n")


def test_contact_block_after_article_is_dropped():
    text = page(
        "A headline here",
        PARA_1,
        PARA_2,
        "  • 담당부서 : 국제협력담당관",
        "  • 담당자 : 홍길동",
        "  • 문의전화 : 042-000-1111",
    )
    result = clean_text(text)
    assert result.body.split("\n") == [PARA_1, PARA_2]


def test_subheading_between_paragraphs_is_kept():
    result = clean_text(page("A headline here", PARA_1, "What comes next", PARA_2))
    assert "What comes next" in result.body.split("\n")


def test_publisher_from_told_attribution_as_last_resort():
    body = PARA_1 + ' "We waited long enough," the mayor told The Westport Tribune.'
    assert clean_text(page("A headline here", body)).publisher == "The Westport Tribune"
    assert told_publisher(["She told reporters on Friday."]) == ""


def test_credit_publisher_forms():
    assert credit_publisher("© 2024 Harbour Times. All rights reserved.") == "Harbour Times"
    assert credit_publisher("Source: Coastal News Agency") == "Coastal News Agency"
    assert credit_publisher("Copyright ©") == ""


def test_prose_detection():
    assert is_prose(PARA_1)
    assert not is_prose("Westport approves new ferry terminal")


def test_whitespace_is_collapsed_and_trimmed():
    result = clean_text("  A   headline\u00a0here  \n\n  " + PARA_1.replace(" ", "   ") + "   \n")
    assert result.body == PARA_1
    assert result.title == "A headline here"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "x" * 1_000_000,
        "word " * 100_000,
        "\x00\x01\x02",
        "승인 " + "2024.03.29 " * 20000,
    ],
)
def test_odd_input_gives_a_result(text):
    result = clean_text(text)
    assert isinstance(result.body, str)
    assert result.body == result.body.strip()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_body_is_tidy(text):
    result = clean_text(text)
    for line in result.body.split("\n") if result.body else []:
        assert line and line == line.strip() and "  " not in line


@pytest.mark.parametrize(
    "line",
    [
        "This website uses cookies to improve your experience. Learn more in our Cookie Policy.",
        "Sign up for our daily newsletter and get the top stories delivered to your inbox.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "The material on this site may not be reproduced without written permission.",
        "Jane Doe | Getty Images",
        "Related: Ten more ferries that changed coastal towns",
    ],
)
def test_furniture_sentences_are_boilerplate(line):
    assert boilerplate_kind(line)


def test_chocolate_cookies_story_is_not_boilerplate():
    assert not boilerplate_kind("The bakery sold 3,000 chocolate cookies on opening day.")


def test_menu_runs_and_far_notices_are_dropped():
    notice = "We value your privacy and ask for your consent before showing you anything."
    para_3 = (
        "Opponents said the terminal would bring heavy traffic to the narrow streets of the port."
    )
    para_4 = "The authority promised a study of the traffic before the first ferry sails in 2027."
    menu = ["News", "Sport", "Business", "Weather", "Travel", "Culture"]
    teasers = ["Harbour seals return to the bay", "Council tax to rise again", "Bridge closed"]
    story = [PARA_1, PARA_2, para_3, para_4]
    text = page(notice, *menu, "Westport approves new ferry terminal", *story, *teasers)
    result = clean_text(text)
    assert result.body.split("\n") == story
    assert result.title == "Westport approves new ferry terminal"


def test_headline_is_the_candidate_that_announces_the_story():
    text = page("Listen Live", "Top Stories Today", "Ferry terminal approved in Westport", PARA_1)
    assert clean_text(text).title == "Ferry terminal approved in Westport"


def test_repeated_headline_wins():
    text = page("Westport votes", "Weather Report", "Westport votes", PARA_1, PARA_2)
    assert clean_text(text).title == "Westport votes"


def test_sentence_starting_like_a_marker_is_article_text():
    sentence = (
        "Released March 3, 2024, the harbour report says traffic in the port doubled "
        "over the decade."
    )
    result = clean_text(page("A headline here", PARA_1, sentence))
    assert result.published == ""
    assert sentence in result.body.split("\n")


def test_posted_line_with_byline_is_dropped():
    result = clean_text(page("A headline here", "Posted on March 3, 2024 by Jane Doe", PARA_1))
    assert result.published == "2024-03-03"
    assert result.body == PARA_1


def test_unmarked_dateline_in_header_dates_the_article():
    text = page("Ferry terminal approved in Westport", "Jane Doe - Nov 19, 2019, 10:31 pm", PARA_1)
    result = clean_text(text)
    assert (result.published, result.published_source) == ("2019-11-19", "text-dateline")
    assert result.title == "Ferry terminal approved in Westport"


def test_headline_after_a_menu_block_with_a_breadcrumb():
    text = page(
        "Shortcut to content Shortcut to main menu",
        "Press Room",
        "  • Home",
        "  • News",
        "  • Press Room",
        "Westport approves new ferry terminal",
        PARA_1,
        PARA_2,
    )
    result = clean_text(text)
    assert result.title == "Westport approves new ferry terminal"
    assert "Shortcut" not in result.body and "Press Room" not in result.body


def test_repeated_line_that_announces_nothing_is_not_the_headline():
    text = page("Press Room", "Press Room", "Westport approves new ferry terminal", PARA_1)
    assert clean_text(text).title == "Westport approves new ferry terminal"


def test_logo_text_is_neither_title_nor_body():
    text = page("Westport Harbour Authority_logo", "*Westport approves new ferry terminal", PARA_1)
    result = clean_text(text)
    assert result.title == "*Westport approves new ferry terminal"
    assert result.publisher == "Westport Harbour Authority"
    assert result.body == PARA_1


def test_short_dated_line_is_not_a_headline():
    text = page("Wed 29th April 2020", PARA_1, PARA_2)
    assert clean_text(text).title == ""


@pytest.mark.parametrize(
    "line",
    [
        "Shortcut to Body",
        "** This article was translated from the Korean.",
        "The story has been machine translated into English.",
        "/ferry_terminal_2024.png)",
        "harbour-map.JPG",
    ],
)
def test_notes_and_picture_names_are_boilerplate(line):
    assert boilerplate_kind(line)


def test_dump_cut_in_its_last_paragraph_keeps_it():
    cut = "Mr. Roe, chair of the harbour board, in his speech on the quay highlighted th"
    assert clean_text(page("A headline here", PARA_1, PARA_2, "", cut)).body.split("\n") == [
        PARA_1,
        PARA_2,
        cut,
    ]
    # a cut quotation: a paragraph opening with a quotation mark
    quoted = "“We look forward to the new quay,” said Ana Roe, chair of the harbour board. “It"
    assert clean_text(page("A headline here", PARA_1, PARA_2, quoted)).body.split("\n")[-1] == (
        quoted)
    # a teaser after a trailer heading is not part of the story
    teaser = "Harbour seals return to the bay after ten years away from the town"
    body = clean_text(page("A headline here", PARA_1, PARA_2, "Most read", teaser)).body
    assert teaser not in body


def test_standfirst_repeated_in_the_story_is_not_the_headline():
    standfirst = "The port will take its first ferries in two years, the council said"
    lead = standfirst + ". " + PARA_1
    text = page("Westport approves new ferry terminal", standfirst, lead, PARA_2)
    assert clean_text(text).title == "Westport approves new ferry terminal"
    # with no headline above it, the page has none
    assert clean_text(page(standfirst, PARA_1, lead, PARA_2)).title == ""


def test_deck_under_the_headline_is_not_the_headline():
    headline = "Westport Harbour Authority: Ferry Terminal Approved After Two Years of Debate"
    deck = "Councillors approve terminal"
    assert clean_text(page(headline, deck, PARA_1, PARA_2)).title == headline


def test_site_name_above_the_headline_is_not_the_headline():
    site = "Government of the Westport Harbour Authority"
    headline = "Westport Approves a New Ferry Terminal After Two Years of Debate"
    assert clean_text(page(site, headline, PARA_1, PARA_2)).title == headline


def test_caption_above_the_story_is_not_the_headline():
    caption = "Councillors at the signing of the harbour agreement (Photo: Harbour Wire)"
    assert clean_text(page(caption, PARA_1, PARA_2)).title == ""
    caption = "The new terminal on Monday. [Photo/Harbour Daily]"
    assert clean_text(page(caption, PARA_1, PARA_2)).title == ""


def test_date_line_ending_like_a_sentence_is_not_a_paragraph():
    assert not is_prose("November 8, 2023 at 6:09 p.m.")
    dateline = "November 8, 2023 at 6:09 p.m."
    result = clean_text(page("Westport approves new ferry terminal", dateline, PARA_1))
    assert result.published == "2023-11-08"
    assert result.body == PARA_1


def test_date_line_after_a_standfirst_and_byline():
    standfirst = "The port will take its first ferries in two years, the council said."
    text = page(
        "Westport approves new ferry terminal",
        standfirst,
        "By Jane Roe",
        "2 November 2023 • 9:10am",
        PARA_1,
        PARA_2,
    )
    assert clean_text(text).published == "2023-11-02"

