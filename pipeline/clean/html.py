"""Main content and metadata of saved HTML pages.

trafilatura does main-content extraction and metadata (title, site name, canonical URL)
better than anything we would write (F1 0.975 on the Article Extraction Benchmark, see
``bench/cleaning.py``); htmldate finds the original publication date. Our own code only
covers what they cannot: pages where trafilatura returns nothing (BeautifulSoup's visible
text, then the text-dump cleaner) and hostile markup on which every parser gives up (a
linear-time tag stripper), so that a Document always comes out.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from dataclasses import dataclass

from pipeline.clean.pubdate import HTMLDATE_MAX, HTMLDATE_MIN, html_date, normalise_date
from pipeline.clean.text import boilerplate_kind, clean_text, normalise_lines

# Elements whose text is never article text.
NON_CONTENT_TAGS = [
    "script",
    "style",
    "iframe",
    "noscript",
    "template",
    "svg",
    "canvas",
    "object",
    "embed",
    "head",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
]
# Elements a browser never shows: removed before trafilatura (which keeps their text) and
# the soup fallback. Measured on the Article Extraction Benchmark (bench/cleaning.py).
INVISIBLE_TAGS = ["template"]
INVISIBLE_ATTRIBUTES = {"hidden": None, "aria-hidden": "true"}  # None: present at all
INVISIBLE_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# ... except these, which some pages hide until a script has run (anti-flicker snippets).
NEVER_INVISIBLE = {"html", "head", "body"}
# Settings measured on the Article Extraction Benchmark (bench/cleaning.py): comments are
# never article text; favor_precision raised F1 from 0.965 to 0.975 (0.981 on en-news);
# tables are kept because news tables carry figures.
TRAFILATURA_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
    "favor_recall": False,
}
# Run htmldate with extensive search (free-text date guessing) or not; see bench/pubdate.py.
HTMLDATE_EXTENSIVE = False
# Remove invisible elements (see INVISIBLE_TAGS) before trafilatura.
REMOVE_INVISIBLE = True
# Also drop lines matching the text-dump boilerplate tables from trafilatura's output.
APPLY_TEXT_RULES = False
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
    extractor: str = ""  # trafilatura, soup or regex: which path produced the body


def _tidy(text: str) -> str:
    return "\n".join(line for line in normalise_lines(text or "") if line)


def drop_boilerplate_lines(body: str) -> str:
    """Remove whole lines that the text-dump tables call boilerplate (share, byline, ...)."""
    return "\n".join(line for line in body.split("\n") if not boilerplate_kind(line))


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
    return bool(INVISIBLE_STYLE.search(attributes.get("style") or ""))


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


def _trafilatura(html: str, url: str, options: dict | None = None):
    try:
        from trafilatura import bare_extraction

        tree = visible_tree(html) if REMOVE_INVISIBLE else None
        return bare_extraction(
            html if tree is None else tree,
            url=url or None,
            with_metadata=True,
            date_extraction_params={
                "original_date": True,
                "extensive_search": HTMLDATE_EXTENSIVE,
                "min_date": HTMLDATE_MIN,
                "max_date": HTMLDATE_MAX,
            },
            **(options or TRAFILATURA_OPTIONS),
        )
    except (Exception, RecursionError):  # broken markup must not lose the document
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


def clean_html(html: str, url: str = "", text_rules: bool = APPLY_TEXT_RULES) -> HtmlClean:
    """Body and metadata of a saved page; never raises."""
    html = cut_huge_tags(html)
    found = _trafilatura(html, url)
    body = _tidy(found.text) if found is not None else ""
    if text_rules:
        body = drop_boilerplate_lines(body)
    extractor = "trafilatura"
    if not body:
        body, extractor = fallback_text(html)
    published = html_date(html, url, extensive=HTMLDATE_EXTENSIVE)
    source = "html" if published else ""
    if not published and found is not None:
        published = normalise_date(found.date or "")
        source = "html-trafilatura" if published else ""
    return HtmlClean(
        body=body,
        title=_tidy(found.title).replace("\n", " ") if found is not None else "",
        published=published,
        published_source=source,
        publisher=_tidy(found.sitename).replace("\n", " ") if found is not None else "",
        url=(found.url or "") if found is not None else "",
        extractor=extractor,
    )
