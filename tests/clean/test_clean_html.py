"""HTML cleaning: main content, metadata, and hostile or broken markup."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.html import clean_html, fallback_text, regex_text, soup_text

STORY = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, ending "
    "two years of debate among local councillors and residents of the old town."
)
STORY_2 = (
    "Construction is expected to start next spring and to cost about 40 million dollars, "
    "according to the chief engineer of the authority, who presented the plans."
)
PAGE = f"""<!DOCTYPE html><html lang="en"><head>
<title>Westport approves ferry terminal | Westport Daily</title>
<meta property="og:title" content="Westport approves ferry terminal">
<meta property="og:site_name" content="Westport Daily">
<meta property="og:url" content="https://news.example.com/2021/06/01/ferry">
<meta property="article:published_time" content="2021-06-01T08:00:00Z">
<meta property="article:modified_time" content="2022-01-15T08:00:00Z">
<script>var tracking = "SCRIPTSECRET";</script><style>.x {{ color: red }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Westport approves ferry terminal</h1>
<p>{STORY}</p><iframe src="https://ads.example.com">IFRAMESECRET</iframe>
<p>{STORY_2}</p><script>document.write("SCRIPTSECRET2")</script></article>
<footer>Copyright 2021 Westport Daily. All rights reserved.</footer>
</body></html>"""

SECRETS = ("SCRIPTSECRET", "IFRAMESECRET", "color: red")


def test_article_page():
    result = clean_html(PAGE)
    assert STORY in result.body and STORY_2 in result.body
    assert result.title == "Westport approves ferry terminal"
    assert result.publisher == "Westport Daily"
    assert result.published == "2021-06-01"
    assert result.published_source == "html"
    assert result.url == "https://news.example.com/2021/06/01/ferry"
    assert not any(secret in result.body for secret in SECRETS)


@pytest.mark.parametrize("extract", [soup_text, regex_text])
def test_fallbacks_drop_scripts_styles_iframes(extract):
    text = extract(PAGE)
    assert STORY in text
    assert not any(secret in text for secret in SECRETS)


def test_regex_fallback_unclosed_and_comments():
    text = regex_text(
        "a<script>b</script>c<!-- d -->e<STYLE>f</style>g<iframe>h</iframe>i<script>j"
    )
    assert text.split() == ["a", "c", "e", "g", "i"]


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + f"<p>{STORY}</p>" + "</div>" * 100_000,
        "<div>" * 100_000 + f"<p>{STORY}",
        "<html><body><p>" + "a" * 1_000_000 + "</p></body></html>",
        "<script>" * 20_000 + "hello",
        "<!--x-->" * 50_000 + f"<p>{STORY}</p>",
        f"<p>Unclosed <b>bold <i>{STORY} <div></p></span><<<>>>&&&;",
        "",
        "\x00\x01<html>\x00</html>",
        "<?xml version='1.0'?><rss><item>x</item></rss>",
    ],
)
def test_hostile_markup_gives_a_result(html):
    result = clean_html(html)
    assert isinstance(result.body, str)
    assert "SCRIPTSECRET" not in result.body
    if STORY[:40] in html and "<i>" not in html:
        assert STORY[:40] in result.body


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "text",
                " ",
                "&amp;",
                "<",
                ">",
            ]
        ),
        max_size=60,
    )
)
def test_random_markup_never_raises(parts):
    result = clean_html("".join(parts))
    assert result.body == result.body.strip()


def test_fallback_cleans_visible_text_like_a_dump():
    page = (
        "<html><body><div>Home</div><div>News</div><div>Sport</div><div>Weather</div>"
        f"<p>{STORY}</p><p>{STORY_2}</p><div>Copyright 2021 Westport Daily</div></body></html>"
    )
    body, extractor = fallback_text(page)
    assert extractor == "soup"
    assert body.split("\n") == [STORY, STORY_2]


# ------------------------------------------------------------- invisible elements


@pytest.mark.parametrize(
    "hidden",
    [
        "<template><p>HIDDENTEXT in a template</p></template>",
        "<p hidden>HIDDENTEXT with the hidden attribute</p>",
        "<div aria-hidden='TRUE'><p>HIDDENTEXT hidden from readers</p></div>",
        "<p style='color: red; display : none'>HIDDENTEXT not displayed</p>",
        "<p style='VISIBILITY:hidden'>HIDDENTEXT not visible</p>",
    ],
)
def test_invisible_elements_are_removed(hidden):
    page = f"<html><body><article><p>{STORY}</p>{hidden}<p>{STORY_2}</p></article></body></html>"
    for body in (clean_html(page).body, soup_text(page)):
        assert "HIDDENTEXT" not in body
        assert "Westport" in body and "chief engineer" in body


def test_text_after_an_invisible_element_stays():
    page = (
        f"<html><body><article><p>{STORY} <span hidden>HIDDENTEXT</span>Ferries will keep "
        f"running during the works.</p><p>{STORY_2}</p></article></body></html>"
    )
    body = clean_html(page).body
    assert "HIDDENTEXT" not in body and "keep running during the works" in body


def test_visible_aria_and_a_body_hidden_until_scripts_run_are_kept():
    page = (
        "<html><body style='display:none'><article>"
        f"<p aria-hidden='false'>{STORY}</p><p>{STORY_2}</p></article></body></html>"
    )
    body = clean_html(page).body
    assert "Westport" in body and "chief engineer" in body


# ------------------------------------------------- body cross-check, date, title, site


def test_headline_is_a_field_not_the_first_body_line():
    result = clean_html(PAGE)
    assert result.body.split("\n")[0] == STORY
    assert result.extractor == "trafilatura"


def test_short_article_is_not_swapped_for_menus_and_footer():
    page = (
        "<html><head><title>Ferry fares fall</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><p>{STORY}</p></article>"
        "<footer>Copyright 2021 Westport Daily. All rights reserved.</footer></body></html>"
    )
    result = clean_html(page)
    assert result.body == STORY


def test_date_written_only_in_the_text_is_found():
    """htmldate's extensive search reads dates in the text, which its fast mode does not."""
    page = (
        "<html><head><title>Ferry terminal approved</title></head><body><article>"
        f"<h1>Ferry terminal approved</h1><p>Published: March 4, 2021</p><p>{STORY}</p>"
        f"<p>{STORY_2}</p></article></body></html>"
    )
    result = clean_html(page)
    assert (result.published, result.published_source) == ("2021-03-04", "html")


def test_page_without_article_text_keeps_its_metadata():
    page = (
        "<html><head><title>Westport Daily | Home</title>"
        '<meta property="og:site_name" content="Westport Daily">'
        '<meta property="article:published_time" content="2021-06-01T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    result = clean_html(page)
    assert result.body == ""
    assert (result.published, result.publisher) == ("2021-06-01", "Westport Daily")


def test_the_url_names_the_site_when_the_page_does_not():
    page = PAGE.replace('<meta property="og:site_name" content="Westport Daily">', "").replace(
        "| Westport Daily", "- WestportDaily.com"
    )
    result = clean_html(page, "https://www.westportdaily.com/2021/06/01/ferry")
    assert result.title == "Westport approves ferry terminal"
    assert result.publisher == "WestportDaily.com"
