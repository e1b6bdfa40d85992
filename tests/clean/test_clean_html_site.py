"""Titles without the site's name, and site names from the best source of a page."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.clean.html_site import (
    clean_title,
    host,
    host_label,
    jsonld_publisher,
    naming_segment,
    site_candidates,
    site_name,
    title_edge,
)

URL = "https://www.harbourherald.com/2021/03/04/ferry"
SITES = ["Harbour Herald", "harbourherald.com"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ferry service resumes | Harbour Herald", "Ferry service resumes"),
        ("Ferry service resumes - harbourherald.com", "Ferry service resumes"),
        ("Harbour Herald: Ferry service resumes", "Ferry service resumes"),
        ("Harbour Herald | Ferry service resumes", "Ferry service resumes"),
        ("Ferry service resumes – Harbour Herald News", "Ferry service resumes"),
        ("Ferry chaos: islanders wait for days", "Ferry chaos: islanders wait for days"),
        ("Ferry service resumes | Local", "Ferry service resumes | Local"),
        ("  Ferry   service resumes ", "Ferry service resumes"),
    ],
)
def test_clean_title(raw, expected):
    assert clean_title(raw, SITES, URL) == expected


def test_clean_title_cuts_the_host_without_any_site_name():
    assert clean_title("Ferry service resumes | HarbourHerald", [], URL) == "Ferry service resumes"


def test_host_and_its_name_part():
    assert host("https://www.news.example.co.uk:8080/a") == "news.example.co.uk"
    assert host_label("https://www.news.example.co.uk/a") == "example"
    assert host_label("https://blog.example.org/a") == "example"
    assert host_label("") == ""


def test_title_edge_is_the_title_segment_that_names_the_host():
    assert title_edge("Ferry resumes - Harbourherald.com", "Ferry resumes", URL) == (
        "Harbourherald.com"
    )
    assert title_edge("Harbour Herald - Ferry resumes", "Ferry resumes", URL) == "Harbour Herald"
    assert title_edge("Ferry resumes", "Ferry resumes", URL) == ""
    # a headline that mentions the site is not the site's name
    assert title_edge("Harbour Herald wins award | News", "Harbour Herald wins award", URL) == ""


def test_naming_segment_of_a_tagline_site_name():
    assert naming_segment("Your island news | Harbour Herald", URL) == "Harbour Herald"
    assert naming_segment("Harbour Herald", URL) == "Harbour Herald"


def _candidates(**given):
    empty = dict.fromkeys(
        ("og_site_name", "title_edge", "jsonld_publisher", "trafilatura", "twitter_site", "host"),
        "",
    )
    return {**empty, **given}


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        # the site's own name first, even where JSON-LD names a wire agency
        (_candidates(og_site_name="Harbour Herald", jsonld_publisher="Wire Agency"),
         "Harbour Herald"),
        # a bare lower-case slug is no name: the <title> segment naming the host instead
        (_candidates(og_site_name="hh", title_edge="harbourherald.com", host="harbourherald.com"),
         "harbourherald.com"),
        # the JSON-LD publisher before trafilatura's guess
        (_candidates(jsonld_publisher="Harbour Media Group", trafilatura="Harbourherald"),
         "Harbour Media Group"),
        # trafilatura's name when it is only the twitter handle: the host instead
        (_candidates(trafilatura="HarbourHQ", twitter_site="@HarbourHQ", host="harbourherald.com"),
         "harbourherald.com"),
        (_candidates(og_site_name="@HarbourHQ", host="harbourherald.com"), "harbourherald.com"),
        (_candidates(), ""),
    ],
)
def test_site_name_order(candidates, expected):
    assert site_name(candidates) == expected


def test_site_candidates_read_the_page():
    page = lxml.html.fromstring(
        "<html><head><title>Ferry resumes - HarbourHerald.com</title>"
        '<meta property="og:site_name" content="Harbour Herald">'
        '<meta name="twitter:site" content="@HarbourHQ">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "Harbour  Media"}}</script>'
        "</head><body><p>x</p></body></html>"
    )
    found = site_candidates(page, "Ferry resumes", "Harbour Herald", URL)
    assert found == {
        "og_site_name": "Harbour Herald",
        "title_edge": "HarbourHerald.com",
        "jsonld_publisher": "Harbour Media",
        "trafilatura": "Harbour Herald",
        "twitter_site": "@HarbourHQ",
        "host": "harbourherald.com",
    }
    assert site_candidates(None, "", "", "")["og_site_name"] == ""


def test_jsonld_publisher_survives_broken_json():
    page = lxml.html.fromstring(
        '<html><head><script type="application/ld+json">{not json</script>'
        '<script type="application/ld+json">[{"publisher": "a string"}, '
        '{"publisher": {"name": "Harbour Media"}}]</script></head><body></body></html>'
    )
    assert jsonld_publisher(page) == "Harbour Media"
