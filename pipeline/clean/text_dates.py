"""The publication date of a text dump: which of the page's dates is the article's own.

A copied page shows several dates: the site's date of the day (a banner at the top of
every page), the article's date under its headline, update stamps, dates inside the story.
They are told apart by how they are marked and where they stand, most explicit first:

1. a publication marker ("Published: ...", "Posted : 2019-10-30", "승인 2024.03.29");
2. a date in the headline block: a line that is only a date, or a short line holding one
   ("2018.10.30 admin 752"), between the headline and the first paragraph; a dateline with
   a time of day ("Jane Doe - Nov 19, 2019, 10:31 pm") or a byline with a date ("by Jane
   Doe on July 27, 2017") in the header; a date-only line
   right above the headline, unless it names the weekday, which is how sites print the
   date of the day (a line above the menus is never next to the headline); a date line,
   with or without its time of day, under a standfirst (before the second paragraph);
3. an update marker ("Updated : 2024-12-06"): sites such as China Daily stamp first
   publication that way, but an unmarked date under the headline is the original;
4. the date in a source credit ("Source Text: Kyodo News (Sep. 24, 2013)");
5. the dateline opening the first paragraph ("VALENCIA, Spain—May 12, 2022 —", "ST.
   CLOUD (March 9, 2021) —"), which is when the story was filed, often the day before
   the site posted it.

Numeric dates written year last are read in the page's own order of day and month
(``pubdate.numeric_order``), else by the separator's convention
(``boilerplate_rules.NUMERIC_ORDER_BY_SEPARATOR``).
"""

from __future__ import annotations

from pipeline.clean.page import Layout, is_prose
from pipeline.clean.pubdate import bare_date, find_dateline, first_date
from pipeline.clean.publisher import is_source_credit

# A short line holding a date is the headline block's date line ("2018.10.30 admin 752",
# "December 24, 2025 | 14:35", "by Jane Doe on July 27, 2017", "22:30, 9 MAY 2020").
DATE_LINE_MAX_WORDS = 12


def _marked(layout: Layout, kind: str) -> str:
    found = (line.marked for line in layout.lines if line.marked)
    return next((value for found_kind, value in found if found_kind == kind), "")


def _date_line(text: str, order: str) -> str:
    if len(text.split()) > DATE_LINE_MAX_WORDS or is_prose(text):
        return ""
    return first_date(text, order)


def _headline_block(layout: Layout) -> str:
    lines, order = layout.lines, layout.order
    top = layout.title if layout.title >= 0 else layout.first
    for index in range(top + 1, min(layout.first, len(lines))):
        line = lines[index]
        if line.bare:
            return line.bare.value
        if line.boilerplate in ("", "bylines"):
            found = _date_line(line.text, order)
            if found:
                return found
    for index in layout.header():
        line = lines[index]
        found = find_dateline(line.text, order)
        if not found and line.boilerplate == "bylines":  # "by Jane Doe on July 27, 2017"
            found = _date_line(line.text, order)
        if found:
            return found
    above = lines[top - 1] if 0 < top <= len(lines) else None
    if above is not None and above.bare and not above.bare.weekday:
        return above.bare.value
    return _after_standfirst(layout)


def _after_standfirst(layout: Layout) -> str:
    """A date line between the first and second paragraphs: the article's date printed
    under a standfirst ("Title / One-sentence summary. / By X / 3 May 2024, 9:10am / Story")."""
    lines = layout.lines
    following = [i for i in layout.content if i > layout.first and is_prose(lines[i].text)]
    for index in range(layout.first + 1, following[0] if following else layout.first + 1):
        bare = lines[index].bare or bare_date(lines[index].text, layout.order, timed=True)
        if bare:
            return bare.value
    return ""


def _source(layout: Layout) -> str:
    for line in layout.lines:
        if is_source_credit(line.text):
            found = first_date(line.text, layout.order)
            if found:
                return found
    return ""


def _press(layout: Layout) -> str:
    _, dateline = layout.lead()
    return dateline.value if dateline else ""


def published_date(layout: Layout) -> tuple[str, str]:
    """The article's publication date (YYYY-MM-DD) and where it came from, or ("", "")."""
    finders = (
        (lambda: _marked(layout, "publish"), "text-marker"),
        (lambda: _headline_block(layout), "text-dateline"),
        (lambda: _marked(layout, "update"), "text-marker"),
        (lambda: _source(layout), "text-source"),
        (lambda: _press(layout), "text-dateline"),
    )
    for finder, source in finders:
        value = finder()
        if value:
            return value, source
    return "", ""
