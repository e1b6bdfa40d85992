"""A text dump read as a page: its lines, what each one is, and where the article sits.

The text cleaner (``pipeline.clean.text``) fills a ``Layout``; the publication date
(``pipeline.clean.text_dates``) and the publisher (``pipeline.clean.publisher``) are read
from it by where things stand: a date just under the headline is the article's, one at
the top of the page above the menus is the site's date of the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.clean.language_rules import DANGLING_WORDS
from pipeline.clean.pubdate import BareDate, PressDateline, bare_date, press_dateline

# A line with at least this many words is prose whatever its punctuation (headlines are
# shorter; a headline rarely ends with a full stop).
PROSE_WORDS = 30
# A line ending like a sentence needs this many words to count as prose.
SENTENCE_WORDS = 6
# The header (headline, byline, dateline, site furniture above them) is looked for among
# this many content lines before the first paragraph.
HEADER_WINDOW = 12
# A site prints its name within this many lines of the top or bottom of the page.
EDGE_LINES = 5
# A wire or press-release dateline is looked for in this many opening paragraphs.
LEAD_PARAGRAPHS = 3

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)\]]*$")


@dataclass
class PageLine:
    """One nonblank line of the dump, as the cleaner classified it."""

    text: str  # the line without bullet, date marker or marked date
    bulleted: bool
    boilerplate: str = ""  # the boilerplate table that matched, "date", "marker", or ""
    marked: tuple[str, str] | None = None  # (publish/update, YYYY-MM-DD) of a date marker
    bare: BareDate | None = None  # the date of a line that is nothing but a date

    @property
    def words(self) -> int:
        return word_count(self.text)


@dataclass
class Layout:
    """Where the article sits among the page's lines (indices into ``lines``)."""

    lines: list[PageLine]
    first: int  # first article line; len(lines) when there is none
    last: int  # last paragraph of the article
    title: int = -1  # the headline, -1 when none was found
    order: str = ""  # the page's order of day and month in numeric dates ("dmy", "mdy", "")
    body: list[str] = field(default_factory=list)  # the article's lines as output
    site: str = ""  # the site's name beside the headline in a "Headline | Site" title bar
    content: list[int] = field(default_factory=list)  # indices of the non-boilerplate lines
    links: set[int] = field(default_factory=set)  # indices of lines in menus and link lists

    def header(self) -> list[int]:
        """Indices of every line (furniture included) in the header window above the article."""
        before = [i for i in self.content if i < self.first]
        start = before[-HEADER_WINDOW] if len(before) >= HEADER_WINDOW else 0
        return list(range(start, min(self.first, len(self.lines))))

    def edges(self) -> list[int]:
        """Indices of the page's first and last few lines and of the headline block (the
        line above the headline down to the article): where a site prints its own name.
        Menus of sister sites and link lists sit elsewhere in the header and footer."""
        top = self.title if self.title >= 0 else self.first
        block = range(max(0, top - 1), min(self.first, len(self.lines)))
        head = range(min(EDGE_LINES, self.first, len(self.lines)))
        foot = [i for i in range(len(self.lines))[-EDGE_LINES:] if i > self.last]
        edges = {*block, *head, *(i for i in foot if i not in self.links)}
        return sorted(i for i in edges if not self._continues(i))

    def _continues(self, index: int) -> bool:
        """The line finishes the one above it ("Theme by" / "example.com"): a link inside a
        sentence that the dump broke apart, not a name standing alone."""
        if index == 0:
            return False
        words = self.lines[index - 1].text.split()
        return bool(words) and words[-1].lower() in DANGLING_WORDS

    def opening(self) -> str:
        """The article's first paragraph (prose line), or ""."""
        return next((text for text in self.body if is_prose(text)), "")

    def lead(self) -> tuple[str, PressDateline | None]:
        """The story's lead and its dateline: the first of the opening paragraphs that starts
        with a dateline (a standfirst may come before it), else the first paragraph."""
        paragraphs = [text for text in self.body if is_prose(text)][:LEAD_PARAGRAPHS]
        for text in paragraphs:
            dateline = press_dateline(text, self.order)
            if dateline:
                return text, dateline
        return (paragraphs[0] if paragraphs else ""), None


def word_count(line: str) -> int:
    """Words in a line; Chinese and Japanese write none of the spaces, so two of their
    characters count as a word (enough to tell a paragraph from a label)."""
    return len(line.split()) + len(_CJK.findall(line)) // 2


def is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_prose(line: str) -> bool:
    """A paragraph of running text, as opposed to a heading, label or link."""
    words = word_count(line)
    if words >= PROSE_WORDS:
        return True
    # "November 8, 2023 at 6:09 p.m." ends like a sentence but is a dateline
    return words >= SENTENCE_WORDS and is_sentence(line) and not bare_date(line, timed=True)
