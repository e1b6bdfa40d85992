"""Boilerplate removal and metadata for text dumps (a page's text as copied, furniture and all).

Hard-wrapped paragraphs (wire stories, e-mail dumps) are first joined into one line each
(``pipeline.clean.unwrap``). Lines are then classified one by one with the pattern tables of
``pipeline.clean.boilerplate_rules`` (widgets, bylines, footers, contact blocks, date banners,
date markers). What remains is read by layout, the way a reader skims a copied page:
prose paragraphs are the article; runs of three or more short lines are menus and link
lists; the blocks of prose between such runs are weighed, and the heavy ones are the
story (a cookie notice or a footer disclaimer far from it is not). Lines just above the
story hold the headline, byline and dateline; short lines after its last paragraph are
the trailer ("Main News", related links).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.clean.boilerplate_rules import (
    BOILERPLATE_LINES,
    BOILERPLATE_PHRASES,
    BULLET_CHARS,
    CAPTION_CREDIT,
    MAX_BOILERPLATE_LINE,
    TITLE_SITE_SEPARATOR,
    TITLE_SMALL_WORDS,
)
from pipeline.clean.page import (
    SENTENCE_WORDS,
    Layout,
    PageLine,
    is_prose,
    is_sentence,
    word_count,
)
from pipeline.clean.pubdate import (
    bare_date,
    find_dateline,
    find_marked_date,
    first_date,
    leading_date,
    marker_only,
    numeric_order,
    strip_bullet,
)
from pipeline.clean.publisher import (
    attributed_publisher,
    byline_publisher,
    clean_publisher,
    credit_publisher,
    find_publisher,
)
from pipeline.clean.text_dates import published_date
from pipeline.clean.unwrap import unwrap

__all__ = [
    "attributed_publisher",
    "boilerplate_kind",
    "clean_publisher",
    "clean_text",
    "credit_publisher",
    "is_prose",
    "normalise_lines",
    "word_count",
]

# The line after a lone date marker ("Updated") holds its date if it has at most this many
# words.
MARKED_NEXT_MAX_WORDS = 10
# This many consecutive non-prose lines are a menu or link list, not headings.
GAP_RUN = 3
# Prose blocks with at least this share of the main block's prose are part of the article.
BLOCK_KEEP_RATIO = 0.25
# The headline is looked for among this many lines before the first paragraph, and must
# share this much of its vocabulary with the opening paragraphs unless it is repeated.
TITLE_WINDOW = 12
TITLE_CONTEXT_PARAGRAPHS = 5
TITLE_MIN_OVERLAP = 0.1
# Two adjacent lines that both share at least this much of their vocabulary with the
# opening paragraphs may be a headline and its deck; the upper one needs at least this
# many content words to be a headline (a label above the headline has fewer).
DECK_MIN_OVERLAP = 0.5
HEADLINE_MIN_STEMS = 4
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
# A line this short that holds a full date is a dateline, never the headline.
DATED_LINE_MAX_WORDS = 6
# In a "Headline | Site" title bar the site's name has at most this many words.
TITLE_SITE_MAX_WORDS = 6
# A title found after the first paragraph must be short and in Title Case.
LATE_TITLE_MAX_WORDS = 12
LATE_TITLE_CASE_RATIO = 0.6

_BOILERPLATE = {
    name: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for name, patterns in BOILERPLATE_LINES.items()
}
_PHRASES = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_PHRASES), re.IGNORECASE)
_WORD = re.compile(r"\w+")
_NAV_SEPARATORS = re.compile(r"[|›»]|\s(?:[>/]|::)\s")
_TITLE_SITE = re.compile(TITLE_SITE_SEPARATOR)
_CAPTION = re.compile(CAPTION_CREDIT, re.IGNORECASE)
# Invisible and control characters (and U+FFFD left by failed decoding) carry no text.
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd\x7f"),
        *(c for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c"),
    ],
    None,
)


@dataclass
class TextClean:
    """What the text cleaner found: the body and the metadata it could read from the page."""

    body: str
    title: str = ""
    published: str = ""
    published_source: str = ""
    publisher: str = ""


def normalise_lines(content: str) -> list[str]:
    """Lines of ``content`` with invisible characters dropped and white space collapsed."""
    text = unicodedata.normalize("NFC", content).translate(_INVISIBLE)
    return [" ".join(line.split()) for line in text.splitlines()]


def boilerplate_kind(line: str) -> str:
    """The name of the boilerplate table that matches the whole line, or "" for none."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return ""
    for name, pattern in _BOILERPLATE.items():
        if pattern.fullmatch(line):
            return name
    return "phrases" if _PHRASES.search(line) else ""


def title_case_ratio(line: str) -> float:
    """Share of content words that start with a capital (or are not Latin words at all)."""
    words = [w.strip("\"'“”‘’()[]:,") for w in line.split()]
    words = [w for w in words if w and w.lower() not in TITLE_SMALL_WORDS]
    if not words:
        return 0.0
    capitals = sum(1 for w in words if not w[0].isalpha() or w[0].isupper() or not w.isascii())
    return capitals / len(words)


def looks_like_title(line: str) -> bool:
    """Short, not a sentence, not a menu, not a caption: a headline candidate."""
    words = len(line.split())
    if not 2 <= words <= TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    if _NAV_SEPARATORS.search(line) or find_dateline(line) or leading_date(line)[0]:
        return False
    if _CAPTION.search(line):
        return False  # "Mayor Kim signs the agreement (Photo: Harbour Wire)": a caption
    if words <= DATED_LINE_MAX_WORDS and first_date(line):
        return False  # "Wed 29th April 2020", "Lisbon, 3 May 2024": a dateline, not a headline
    letters = sum(ch.isalpha() for ch in line)
    return letters >= len(line) / 2


def told_publisher(lines: list[str]) -> str:
    """The interviewing outlet of "..., X told The Tornby Herald." attributions (last resort)."""
    return attributed_publisher(lines)


def _classify(raw_lines: list[str], order: str) -> list[PageLine]:
    """Every nonblank line, with its boilerplate class and the dates it carries."""
    lines = [line for line in raw_lines if line]
    result: list[PageLine] = []
    index = 0
    while index < len(lines):
        raw = lines[index]
        index += 1
        bulleted = raw[0] in BULLET_CHARS and (len(raw) == 1 or raw[1] == " ")
        text = strip_bullet(raw)
        marked = find_marked_date(text, order)
        # "Released March 3, 2024, the report says ..." is a sentence, not a date marker;
        # "date 2022-03-08 Tornby City held ..." is a label in figures before one
        if marked and (marked.numeric or not is_prose(marked.rest)):
            line = PageLine(marked.rest, bulleted, marked=(marked.kind, marked.value))
            line.boilerplate = boilerplate_kind(marked.rest) if marked.rest else "marker"
            result.append(line)
            continue
        kind = marker_only(text)
        following = _dated_next(lines[index], order) if kind and index < len(lines) else ""
        if following:  # "Created date" with the date on the next line
            result.append(PageLine(text, bulleted, "marker", marked=(kind, following)))
            result.append(PageLine(lines[index], False, "date"))
            index += 1
            continue
        if not text:
            continue
        bare = bare_date(text, order)
        if bare:
            result.append(PageLine(text, bulleted, "date", bare=bare))
            continue
        result.append(PageLine(text, bulleted, boilerplate_kind(text)))
    return result


def _dated_next(line: str, order: str) -> str:
    """The date of the line after a lone marker: a short line that holds one
    ("2022-10-13", "9:53 am PDT, Tuesday, September 1, 2020")."""
    text = strip_bullet(line)
    if len(text.split()) > MARKED_NEXT_MAX_WORDS:
        return ""
    found = bare_date(text, order)
    return found.value if found else first_date(text, order)


def _gaps(lines: list[PageLine], prose: list[bool]) -> list[bool]:
    """Mark runs of at least ``GAP_RUN`` consecutive non-prose lines: menus and link lists.

    Headings and captions inside an article come one or two at a time between paragraphs;
    navigation, "most read" lists and footers come as long runs of short lines.
    """
    gap = [False] * len(lines)
    start = 0
    while start < len(lines):
        if prose[start]:
            start += 1
            continue
        end = start
        while end < len(lines) and not prose[end]:
            end += 1
        if end - start >= GAP_RUN:
            gap[start:end] = [True] * (end - start)
        start = end
    return gap


def _article_span(prose: list[bool], gap: list[bool], lines: list[PageLine]) -> tuple[int, int]:
    """First and last line index of the article: the blocks (split at gaps) holding most prose.

    The block with the most prose characters is the article; other blocks are kept when
    they hold at least ``BLOCK_KEEP_RATIO`` of that (an article cut by an inline link list),
    so a lone cookie notice or footer disclaimer far from the story is left out.
    """
    blocks: list[tuple[int, int, int]] = []  # (first prose index, last prose index, chars)
    current: list[int] = []
    for index in range(len(lines) + 1):
        if index == len(lines) or gap[index]:
            if current:
                chars = sum(len(lines[i].text) for i in current)
                blocks.append((current[0], current[-1], chars))
            current = []
        elif prose[index]:
            current.append(index)
    best = max(chars for _, _, chars in blocks)
    kept = [(first, last) for first, last, chars in blocks if chars >= BLOCK_KEEP_RATIO * best]
    return kept[0][0], kept[-1][1]


def _content_words(text: str) -> set[str]:
    """Crude stems (first four letters) of the longer words: "ferries" meets "ferry"."""
    return {w[:4] for w in _WORD.findall(text.lower()) if len(w) >= 4}


@dataclass(frozen=True)
class _Candidate:
    index: int  # the line in the content lines
    text: str  # the headline it offers
    site: str = ""  # the site name written beside it ("Headline | Site"), if any


def _candidates(lines: list[PageLine], start: int, first: int) -> list[_Candidate]:
    """Title-like lines in ``start:first``, and the headline part of "Headline | Site" lines
    (a page's title bar: the site's name beside the headline)."""
    found: list[_Candidate] = []
    for index in range(start, first):
        line = lines[index]
        if line.bulleted or byline_publisher(line):
            continue  # list items are menu entries or bylines, never the headline
        if looks_like_title(line.text):
            found.append(_Candidate(index, line.text))
            continue
        parts = _TITLE_SITE.split(line.text)
        if len(parts) != 2:
            continue
        for headline, site in (parts, parts[::-1]):
            if looks_like_title(headline) and len(site.split()) <= TITLE_SITE_MAX_WORDS:
                found.append(_Candidate(index, headline, site))
    return found


def _pick_title(lines: list[PageLine], first: int, prose: list[bool]) -> _Candidate | None:
    """The headline among the title-like lines just before the article, or None.

    Menus and teasers are title-like too, so candidates are ranked: a line written twice
    (page title and heading) that shares words with the opening paragraphs first (a menu
    repeats its section names too), then by the share of its words found in the opening
    paragraphs (a headline announces what they tell), then the earliest. A standfirst
    that the article repeats as one of its sentences is the story's text, not its
    headline; a deck under the headline announces the story as well as the headline does,
    but comes second.
    """
    opening = [line.text for line, is_p in zip(lines[first:], prose[first:], strict=True) if is_p]
    opening = opening[:TITLE_CONTEXT_PARAGRAPHS]
    window = [
        candidate
        for candidate in _candidates(lines, max(0, first - TITLE_WINDOW), first)
        if not _is_body_sentence(candidate.text, opening)
    ]
    if not window:
        return None
    texts = [candidate.text for candidate in window]
    vocabulary = _content_words(" ".join(opening))

    def overlap(text: str) -> float:
        words = _content_words(text)
        return len(words & vocabulary) / len(words) if words else 0.0

    def rank(item: tuple[int, _Candidate]) -> tuple[bool, float, int]:
        position, candidate = item
        share = overlap(candidate.text)
        return (texts.count(candidate.text) > 1 and share >= TITLE_MIN_OVERLAP, share, -position)

    best = max(enumerate(window), key=rank)
    chosen = best[1]
    if not rank(best)[0] and rank(best)[1] < TITLE_MIN_OVERLAP:
        # nothing announces the story: only a title-like line right above it will do
        last = window[-1]
        return last if last.index == first - 1 and not last.site else None
    above = next((c for c in window if c.index == chosen.index - 1 and not c.site), None)
    if above is not None and not rank(best)[0] and _is_deck(chosen.text, above.text, vocabulary):
        return above
    return chosen


def _is_deck(line: str, above: str, vocabulary: set[str]) -> bool:
    """``line`` is the deck under the headline ``above``: both announce the story, and the
    line above tells more of it (a deck can win on its share of shared words only by being
    short; a site's name or a section label above a headline tells less than the headline)."""
    words, upper = _content_words(line), _content_words(above)
    if not words or len(upper) < HEADLINE_MIN_STEMS:
        return False
    shared, upper_shared = len(words & vocabulary), len(upper & vocabulary)
    return (
        shared >= DECK_MIN_OVERLAP * len(words)
        and upper_shared >= DECK_MIN_OVERLAP * len(upper)
        and upper_shared > shared
    )


def _is_body_sentence(text: str, paragraphs: list[str]) -> bool:
    """``text`` is a whole sentence of one of ``paragraphs`` (a standfirst or summary the
    article repeats), judged only for lines long enough to be a sentence."""
    text = text.rstrip(".!?。 ")
    if len(text.split()) < SENTENCE_WORDS:
        return False
    for paragraph in paragraphs:
        start = paragraph.find(text)
        while start >= 0:
            before, after = paragraph[:start].rstrip(), paragraph[start + len(text) :]
            if (not before or is_sentence(before)) and (not after or after[0] in ".!?。"):
                return True
            start = paragraph.find(text, start + 1)
    return False


def _late_title(lines: list[PageLine], first: int) -> _Candidate | None:
    """A Title Case line right after the first paragraph, for pages whose header has none."""
    for index in range(first + 1, min(first + 2, len(lines))):
        line = lines[index]
        if line.words > LATE_TITLE_MAX_WORDS:
            return None
        if looks_like_title(line.text) and title_case_ratio(line.text) >= LATE_TITLE_CASE_RATIO:
            return _Candidate(index, line.text)
    return None


# a paragraph may open with a quotation ("“We look forward ...,” said ...")
_OPENING_QUOTES = "\"'“‘«„"


def _is_cut_paragraph(classified: list[PageLine], at: list[int], index: int, last: int) -> bool:
    """The dump's final line, cut off mid-sentence right after the article's last paragraph
    with nothing between them (dumps are often cut at a length): a paragraph, not a teaser
    or label of the trailer, which a heading ("Most read") or footer separates."""
    line = classified[at[index]]
    return (
        index == last + 1
        and at[index] == at[last] + 1 == len(classified) - 1
        and line.words >= SENTENCE_WORDS
        and line.text.lstrip(_OPENING_QUOTES)[:1].isupper()
        and not is_sentence(line.text)
        and not line.text.endswith(":")
    )


def clean_text(content: str) -> TextClean:
    """Clean a text dump: body lines, headline, publication date and publisher."""
    raw_lines = normalise_lines(unwrap(content))
    order = numeric_order(raw_lines)
    classified = _classify(raw_lines, order)
    content_at = [i for i, line in enumerate(classified) if not line.boilerplate]
    lines = [classified[i] for i in content_at]
    prose = [is_prose(line.text) for line in lines]
    if any(prose):
        gap = _gaps(lines, prose)
        first, last = _article_span(prose, gap, lines)
        chosen = _pick_title(lines, first, prose) or _late_title(lines, first)
    else:  # no paragraph at all (a short note): everything after the headline is the body
        gap = [False] * len(lines)
        chosen = next(iter(_candidates(lines, 0, len(lines))), None)
        first, last = (chosen.index if chosen else -1) + 1, len(lines) - 1
    title_at, title = (chosen.index, chosen.text) if chosen else (-1, "")

    body: list[str] = []
    for index in range(first, len(lines)):
        line = lines[index]
        # menus, link lists; trailer labels such as "Main News"
        dropped = gap[index] or (index > last and not is_sentence(line.text))
        if not dropped or _is_cut_paragraph(classified, content_at, index, last):
            body.append(line.text)
    body = [text for text in _dedupe(body) if text != title]

    def at(index: int) -> int:
        return content_at[index] if 0 <= index < len(content_at) else len(classified)

    layout = Layout(
        lines=classified,
        first=at(first),
        last=at(last) if last >= 0 else -1,
        title=at(title_at) if title_at >= 0 else -1,
        order=order,
        body=body,
        site=chosen.site if chosen else "",
        content=content_at,
        links={content_at[i] for i, is_gap in enumerate(gap) if is_gap},
    )
    published, source = published_date(layout)
    return TextClean(
        body="\n".join(body),
        title=title,
        published=published,
        published_source=source,
        publisher=find_publisher(layout),
    )


def _dedupe(lines: list[str]) -> list[str]:
    """Drop a line identical to the one before it (widgets and headlines copied twice)."""
    result: list[str] = []
    for line in lines:
        if not result or result[-1] != line:
            result.append(line)
    return result
