"""The HTML body cross-check: readability fallback, edge trim, headline line."""

from __future__ import annotations

import lxml.html

from pipeline.clean.html_body import (
    cross_check,
    edge_trim,
    fragment_text,
    readability_text,
    strip_headline,
)

FIRST = "The first real paragraph of the story says the bridge over the river will reopen."
MIDDLE = "Engineers found the old steel frame sound after two months of careful testing."
LAST = "The last real paragraph says the city will hold a small opening party in June."


def test_edge_trim_drops_lines_the_other_text_lacks_at_the_edges_only():
    base = f"Share this story\n{FIRST}\nAn odd line inside\n{LAST}\nRelated: more bridges"
    other = f"{FIRST}\n{MIDDLE}\n{LAST}"
    assert edge_trim(base, other) == f"{FIRST}\nAn odd line inside\n{LAST}"


def test_edge_trim_keeps_everything_when_the_other_text_is_another_part_of_the_page():
    base = f"Subscribe now\n{FIRST}\n{LAST}"
    assert edge_trim(base, "Home News Sport Weather Contact us About us Careers") == base


def test_edge_trim_accepts_a_short_line_the_other_text_has():
    assert edge_trim(f"Updated\n{FIRST}\n{LAST}", f"Updated\n{FIRST}\n{LAST}").startswith("Upd")


def test_cross_check_takes_the_other_text_when_it_is_more_than_twice_as_long():
    other = f"{FIRST}\n{MIDDLE}\n{LAST}\n" + "\n".join([MIDDLE] * 4)
    assert cross_check(FIRST, other) == (other, "readability")


def test_cross_check_keeps_a_short_article_against_a_little_more_page_furniture():
    """A short article is not replaced by the same article plus a menu and a footer."""
    other = f"Home News\n{FIRST}\n{LAST}\nCopyright 2024 All rights reserved"
    assert cross_check(f"{FIRST}\n{LAST}", other) == (f"{FIRST}\n{LAST}", "trafilatura")


def test_strip_headline_drops_the_headline_line():
    text = f"Old bridge reopens after two months\n{FIRST}"
    assert strip_headline(text, "Old bridge reopens after two months") == FIRST


def test_strip_headline_keeps_a_paragraph_that_starts_like_a_short_headline():
    text = "Bridge reopens after a long wait, the mayor said on Monday morning in town.\nMore."
    assert strip_headline(text, "Bridge reopens") == text


def test_strip_headline_keeps_text_without_the_headline():
    assert strip_headline(f"{FIRST}\n{LAST}", "Old bridge reopens") == f"{FIRST}\n{LAST}"
    assert strip_headline(FIRST, "") == FIRST


def test_fragment_text_puts_blocks_on_lines():
    fragment = "<div><h2>Head</h2><p>One <b>bold</b>\n word.</p><ul><li>a</li><li>b</li></ul></div>"
    assert fragment_text(fragment) == "Head\nOne bold word.\na\nb"
    assert fragment_text("  ") == ""


def test_readability_ignores_navigation_footer_aside_and_scripts():
    page = (
        "<html><body><nav>Home News Sport</nav><article>"
        f"<p>{FIRST} {MIDDLE}</p><script>var SCRIPTTEXT = 1;</script><p>{LAST} {MIDDLE}</p>"
        "<aside>Read also: other stories</aside></article>"
        "<footer>Copyright 2024 All rights reserved</footer></body></html>"
    )
    text = readability_text(lxml.html.fromstring(page))
    assert FIRST in text and LAST in text
    assert not any(word in text for word in ("Home News", "SCRIPTTEXT", "Read also", "Copyright"))


def test_readability_gives_no_opinion_on_an_empty_tree():
    assert readability_text(lxml.html.fromstring("<html><body></body></html>")) == ""
