"""Main content and metadata of saved HTML pages.

trafilatura does main-content extraction and metadata (title, site name, canonical URL,
and, through htmldate, the original publication date) better than anything we would write;
readability-lxml, an independent extractor, cross-checks its body (``html_body``), and the
title and site name are cleaned of each other (``html_site``). Measured against the peers
in ``bench/cleaning.py`` and ``bench/pubdate.py``. Our own code only covers what they
cannot: pages where trafilatura finds no text (BeautifulSoup's visible text, then the
text-dump cleaner) and hostile markup on which every parser gives up (a linear-time tag
stripper), so that a Document always comes out.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from dataclasses import dataclass

from pipeline.clean.html_body import cross_check, readability_text, strip_headline
from pipeline.clean.html_rules import (
    INVISIBLE_ATTRIBUTES,
    INVISIBLE_STYLE,
    INVISIBLE_TAGS,
    NEVER_INVISIBLE,
    NON_CONTENT_TAGS,
    TRAFILATURA_OPTIONS,
)
from pipeline.clean.html_site import clean_title, site_candidates, site_name
from pipeline.clean.pubdate import HTMLDATE_OPTIONS, normalise_date
from pipeline.clean.text import clean_text, normalise_lines

_INVISIBLE_STYLE = re.compile(INVISIBLE_STYLE, re.I)
# Larger documents are cut before the fallbacks so that they stay fast.
MAX_FALLBACK_CHARS = 5_000_000

# Elements whose whole content the regex fallback removes (an unclosed one runs to the end).
_DROP_OPEN = re.compile(
    r"<(script|style|iframe|noscript|template|svg|head|nav|header|footer|aside|form)\b", re.I
)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|tr|section|article|blockquote)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")
# A start tag longer than this (thousands of attributes) is cut to its bare name before
# trafilatura and htmldate, whose time grows with the square of a tag's attribute count
# (50,000 attributes: 20 s; see bench/fuzz.py). Legitimate tags are far shorter; a long
# data: URI in one attribute is lost with it, which no article needs. [^<>] keeps the
# regex linear: every scan stops at the next angle bracket.
MAX_TAG_CHARS = 10_000
_HUGE_TAG = re.compile(rf"<([A-Za-z][\w:-]{{0,50}})[^<>]{{{MAX_TAG_CHARS},}}>")


def cut_huge_tags(html: str) -> str:
    """The page with every over-long start tag reduced to ``<name>`` (see MAX_TAG_CHARS)."""
    return _HUGE_TAG.sub(r"<\1>", html) if len(html) > MAX_TAG_CHARS else html


@dataclass
class HtmlClean:
    """What the HTML cleaner found; empty strings for what it could not."""

    body: str
    title: str = ""
    published: str = ""
    published_source: str = ""
    publisher: str = ""
    url: str = ""
    extractor: str = ""  # trafilatura, readability, soup or regex: where the body came from


def _tidy(text: str) -> str:
    return "\n".join(line for line in normalise_lines(text or "") if line)


def is_invisible(tag: str, attributes) -> bool:
    """Whether an element with this tag name and attribute mapping is never displayed."""
    if tag in NEVER_INVISIBLE:
        return False
    if tag in INVISIBLE_TAGS:
        return True
    for name, value in INVISIBLE_ATTRIBUTES.items():
        found = attributes.get(name)
        if found is not None and (value is None or found.strip().lower() == value):
            return True
    return bool(_INVISIBLE_STYLE.search(attributes.get("style") or ""))


def _remove_keeping_tail(element) -> None:
    """Remove an lxml element; the text after it (its tail) stays in the document."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def visible_tree(html: str):
    """The page parsed as trafilatura parses it, invisible elements removed; None if the
    markup cannot be parsed (trafilatura is then given the string and decides)."""
    try:
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is None:
            return None
        hidden = [
            element
            for element in tree.iter()
            if isinstance(element.tag, str) and is_invisible(element.tag.lower(), element.attrib)
        ]
        for element in hidden:  # an element inside a removed one goes with it
            _remove_keeping_tail(element)
        return tree
    except (Exception, RecursionError):
        return None


def _trafilatura(page, url: str):
    """trafilatura's body and metadata, the date by htmldate (HTMLDATE_OPTIONS); None when
    it finds no text. It copies a tree it is given, so ``page`` stays intact."""
    try:
        from trafilatura import bare_extraction

        return bare_extraction(
            page,
            url=url or None,
            with_metadata=True,
            date_extraction_params=dict(HTMLDATE_OPTIONS),
            **TRAFILATURA_OPTIONS,
        )
    except (Exception, RecursionError):  # broken markup must not lose the document
        return None


def _metadata(page, url: str):
    """Metadata alone (date included) of a page on which trafilatura finds no text."""
    try:
        from trafilatura.metadata import extract_metadata

        return extract_metadata(page, url or None, dict(HTMLDATE_OPTIONS))
    except (Exception, RecursionError):
        return None


def soup_text(html: str) -> str:
    """Visible block text with non-content elements removed (fallback when trafilatura fails)."""
    try:
        from bs4 import BeautifulSoup

        with warnings.catch_warnings():  # XML-as-HTML and "looks like a URL" notices
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(html[:MAX_FALLBACK_CHARS], "lxml")
        for element in soup.find_all(NON_CONTENT_TAGS):
            element.decompose()
        for element in soup.find_all(lambda e: is_invisible(e.name.lower(), e.attrs)):
            if not element.decomposed:
                element.decompose()
        root = soup.body or soup
        return _tidy(root.get_text("\n"))
    except (Exception, RecursionError):
        return regex_text(html)


def _drop_blocks(html: str) -> str:
    """Cut comments and script-like elements in one left-to-right pass (linear time).

    The next comment and the next opening tag are each searched for again only once the
    scan has passed them, so the text is read a bounded number of times.
    """
    lower = html.lower()
    size = len(html)
    kept: list[str] = []
    position, next_comment, next_open, tag = 0, -1, -1, ""
    while position < size:
        if next_comment < position:
            found = lower.find("<!--", position)
            next_comment = size if found < 0 else found
        if next_open < position:
            match = _DROP_OPEN.search(lower, position)
            next_open, tag = (match.start(), match.group(1)) if match else (size, "")
        start = min(next_comment, next_open)
        kept.append(html[position:start])
        if start >= size:
            break
        kept.append(" ")
        if start == next_comment:
            end = lower.find("-->", start + 4)
            position = size if end < 0 else end + 3
        else:
            end = lower.find(f"</{tag}", start + len(tag) + 1)
            close = lower.find(">", end) if end >= 0 else -1
            position = size if close < 0 else close + 1
    return "".join(kept)


def regex_text(html: str) -> str:
    """Last resort for markup no parser survives: strip non-content blocks, then all tags."""
    text = _drop_blocks(html[:MAX_FALLBACK_CHARS])
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub(" ", text)
    return _tidy(html_lib.unescape(text))


def fallback_text(html: str) -> tuple[str, str]:
    """Body when trafilatura finds none: the page's visible text, cleaned as a text dump.

    The visible text of a page is exactly what a copied page looks like (menus, bylines,
    footers), so the text-dump rules apply; if they keep nothing, the raw text is returned
    rather than losing the page.
    """
    visible, extractor = soup_text(html), "soup"
    if not visible:
        visible, extractor = regex_text(html), "regex"
    return clean_text(visible).body or visible, extractor


def _line(text: str | None) -> str:
    return _tidy(text or "").replace("\n", " ")


def clean_html(html: str, url: str = "") -> HtmlClean:
    """Body and metadata of a saved page; never raises.

    ``url`` is the page's address when the input gives one; otherwise the page's own
    canonical URL stands in for it (its host names the site).
    """
    html = cut_huge_tags(html)
    tree = visible_tree(html)
    found = _trafilatura(html if tree is None else tree, url)
    if found is None:  # no text: the date, title and site name are still wanted
        found = _metadata(html if tree is None else tree, url)
    if found is None:
        body, extractor = fallback_text(html)
        return HtmlClean(body=body, extractor=extractor)
    page_url = url or found.url or ""
    sites = site_candidates(tree, found.title or "", found.sitename or "", page_url)
    names = [value for source, value in sites.items() if source != "twitter_site"]
    title = _line(clean_title(found.title or "", names, page_url))
    body, extractor = _tidy(found.text), "trafilatura"
    if body and tree is not None:  # readability last: it changes the tree
        body, extractor = cross_check(body, readability_text(tree))
        body = _tidy(strip_headline(body, title))
    if not body:  # no text (or only the headline): the visible text, cleaned as a dump
        body, extractor = fallback_text(html)
    published = normalise_date(found.date or "")
    return HtmlClean(
        body=body,
        title=title,
        published=published,
        published_source="html" if published else "",
        publisher=_line(site_name(sites)),
        url=found.url or "",
        extractor=extractor,
    )
