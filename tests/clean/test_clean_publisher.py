"""The publisher of a text dump: each place a page names it, on pages written for the test."""

from __future__ import annotations

import pytest

from pipeline.clean.page import PageLine
from pipeline.clean.publisher import (
    attributed_publisher,
    byline_outlet,
    credit_publisher,
    domain_publisher,
    interviewer_publisher,
    issuer_publisher,
    logo_publisher,
    masthead_publisher,
    release_heading_publisher,
)
from pipeline.clean.text import clean_text

PARA_1 = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, "
    "ending two years of debate among local councillors."
)
PARA_2 = (
    "Construction is expected to start next spring and to cost about 40 million dollars, "
    "according to the authority's chief engineer."
)


def publisher_of(*lines: str) -> str:
    return clean_text("\n".join(lines)).publisher


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Harbour Times Staff", "Harbour Times"),
        ("By the Westport Daily newsroom", "Westport Daily"),
        ("By Jane Roe (Harbour Times)", "Harbour Times"),
        ("By Ann Lee/Tom Ek ( Coast Daily )", "Coast Daily"),
        ("By Reuters", "Reuters"),
        ("By Jane Roe (Staff Reporter)", ""),
        ("By Jane Roe (jroe@harbourtimes.net)", ""),
        ("By Jane Roe", ""),
        ("by the river bank", ""),
    ],
)
def test_bylines_naming_the_outlet(line, outlet):
    assert byline_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source Text: Coastal News Agency (Sep. 24, 2013)", "Coastal News Agency"),
        ("News source: Harbour Wire", "Harbour Wire"),
        ("Copyright © Westport Herald", "Westport Herald"),
        ("© 2021 PR Newswire. All rights reserved.", ""),
    ],
)
def test_credit_lines(line, name):
    assert credit_publisher(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Westport Science Park_logo", "Westport Science Park"),
        ("Westport Council - logo", "Westport Council"),
        ("Logo of Westport Council", "Westport Council"),
        ("Westport unveils its new logo", ""),
    ],
)
def test_logo_text_names_the_site(line, name):
    assert logo_publisher(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The Westport Tribune", "The Westport Tribune"),
        ("Harbour Daily", "Harbour Daily"),
        ("Xinhua", "Xinhua"),
        ("Westport News", ""),  # a section label, not a masthead
        ("Newer Post", ""),
        ("Times", ""),
    ],
)
def test_masthead_lines(line, name):
    assert masthead_publisher(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(harbourtimes.net)", "harbourtimes.net"),
        ("www.westport-council.gov.uk", "westport-council.gov.uk"),
        ("Ferries | westportdaily.com", "westportdaily.com"),
        ("e.g.", ""),
        ("Read more at harbourtimes.net", ""),
    ],
)
def test_domains_standing_alone(line, name):
    assert domain_publisher(line) == name


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("The Harbour Alliance, a network of 40 ports, today announced that it has elected "
         "a new chair.", "Harbour Alliance"),
        ("Westport Port Authority is pleased to announce the opening of its new terminal.",
         "Westport Port Authority"),
        ("We're delighted to welcome three new members to the Coastal Cities Network this "
         "spring, from Chile, Ghana and Norway.", "Coastal Cities Network"),
        ("Coastal Cities Network welcomes its new members: Arica, Tema and Bodø. Together, we "
         "look forward to working with them.", "Coastal Cities Network"),
        # a news report: no first person outside quotes, no press-release phrase
        ("Coastal Cities Network welcomes its new members, the network said in a statement.",
         ""),
        ('Westport welcomes visitors again. "We are ready," the mayor said.', ""),
        # a titled person speaking for the organisation is not its name
        ("U.S. Secretary of Ports Jane Roe today announced that traffic doubled.", ""),
        ("Harbour Mayor Tom Ek is pleased to announce the new ferry line.", ""),
        ("Three years ago, over breakfast, we talked about boats.", ""),
    ],
)
def test_press_release_issuers(lead, name):
    assert issuer_publisher(lead) == name


def test_interviewer_label_on_the_first_question():
    body = [
        "WPA: Please introduce the projects your city runs with its partner ports.",
        "Mayor Roe: Westport first signed a partnership with Tema in 1998.",
    ]
    assert interviewer_publisher(body) == "WPA"
    assert interviewer_publisher(["Q: What comes next?", "A: More ferries."]) == ""
    assert interviewer_publisher(["Note: please read the terms.", "It applies to all."]) == ""


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The plan was first reported last week, according to Harbour News.", "Harbour News"),
        ('"It is time," the mayor told The Westport Tribune.', "The Westport Tribune"),
        ("Traffic doubled, according to the World Ports Report.", ""),
        ("Traffic doubled, according to the authority.", ""),
    ],
)
def test_attributions(line, name):
    assert attributed_publisher([line]) == name


def test_wire_dateline_names_the_agency():
    lead = "PORTVILLE, May 3 (Harbour Wire) -- " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == "Harbour Wire"


def test_press_release_distributor_is_not_the_publisher():
    lead = "PORTVILLE, May 3, 2024 (PRNewswire) -- " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == ""
    lead = "PORTVILLE, May 3, 2024 /EIN Presswire/ -- " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == ""


def test_wire_between_slashes_names_the_agency():
    lead = "PORTVILLE, May 3. /TASS/. " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == "TASS"


def test_agency_of_a_dateline_with_a_place_in_title_case():
    lead = "Porto Alegre (VNA) – " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == "VNA"


def test_information_service_in_a_dateline_is_an_agency():
    lead = "PORTVILLE, Islandia (Island Information Service): July 14, 1998 - " + PARA_1
    assert publisher_of("Ferry terminal approved", lead, PARA_2) == "Island Information Service"
    assert credit_publisher("Source: More information") == ""


def test_date_in_the_dateline_brackets_is_not_an_agency():
    lead = "ST. ALBANS (March 9, 2022) — " + PARA_1
    result = clean_text("\n".join(["Ferry terminal approved", lead, PARA_2]))
    assert (result.publisher, result.published) == ("", "2022-03-09")


def test_abbreviation_dots_do_not_end_a_publisher_name():
    assert credit_publisher("© 2024 U.S. Harbour News. All rights reserved") == (
        "U.S. Harbour News"
    )
    assert credit_publisher("Source: St. Albans Courier. Contact us") == "St. Albans Courier"
    assert credit_publisher("Source: Harbour Times. Contact us") == "Harbour Times"


def test_site_name_beside_the_headline_in_a_title_bar():
    result = clean_text("\n".join(["Ferry terminal approved | Westport Daily", PARA_1, PARA_2]))
    assert (result.title, result.publisher) == ("Ferry terminal approved", "Westport Daily")


def test_section_beside_the_headline_is_not_the_site():
    result = clean_text("\n".join(["News & Events | Ferry terminal approved", PARA_1, PARA_2]))
    assert (result.title, result.publisher) == ("Ferry terminal approved", "")


def test_headline_ending_like_a_masthead_is_not_one():
    assert publisher_of("Westport Golden Times", PARA_1, PARA_2) == ""


def test_domain_field_beside_a_date_marker_under_the_headline():
    page = ["Ferry terminal approved", "(harbourtimes.net)| Updated : 2021-04-06", PARA_1]
    assert publisher_of(*page) == "harbourtimes.net"


def test_masthead_only_at_the_edges_of_the_page():
    assert publisher_of("The Westport Tribune", "Ferry terminal approved", PARA_1) == (
        "The Westport Tribune"
    )
    sister_sites = ["Our titles", "Coast Herald", "The Harbour Times", "Bay Daily", "Careers"]
    assert publisher_of("Ferry terminal approved", PARA_1, PARA_2, *sister_sites) == ""


def test_domain_that_finishes_a_sentence_is_not_the_site():
    assert publisher_of("Ferry terminal approved", PARA_1, PARA_2, "Theme by", "themes.io") == ""


def test_byline_outlet_wins_over_masthead_and_copyright():
    page = [
        "The Westport Tribune",
        "Ferry terminal approved",
        "By Harbour Wire Staff",
        PARA_1,
        PARA_2,
        "© Westport Media Group",
    ]
    assert publisher_of(*page) == "Harbour Wire"
    assert publisher_of(*page[:2], *page[3:]) == "The Westport Tribune"
    assert publisher_of(*page[1:2], *page[3:]) == "Westport Media Group"



def _lines(*texts):
    return [PageLine(t, False) for t in texts]


def test_organisation_heading_a_press_release_headline_is_the_publisher():
    title = "Tornby Ministry of Transport: Rail Freight Rose 5% in May"
    marked = _lines(title, "FOR IMMEDIATE RELEASE", PARA_1)
    assert release_heading_publisher(title, marked) == "Tornby Ministry of Transport"
    # no release marker: a headline prefix alone names no publisher
    assert release_heading_publisher(title, _lines(title, PARA_1)) == ""
    # prefixes that are no organisation's name
    for other in ("Exclusive: Rail Freight Rose 5% in May", "Update 2: Freight Rose in May",
                  "Minister Ana Roe: Freight Rose in May"):
        assert release_heading_publisher(other, _lines(other, "Press release", PARA_1)) == ""

