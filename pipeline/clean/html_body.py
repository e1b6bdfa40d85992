"""The article body of an HTML page: trafilatura's text checked against readability-lxml's.

Two independent main-content extractors disagree mostly at the edges of the article, where
boilerplate sits (bylines, "Updated at" lines, promos, "Related:" link lists, author bios).
trafilatura (favor_precision) is the better extractor; readability-lxml (a different
algorithm) is the best second opinion within the cost budget. So:

1. Fallback: when readability's text is more than twice as long, trafilatura missed part
   of the article and readability's text is taken (trafilatura's own trigger for its
   internal readability fallback).
2. Edge trim: leading and trailing lines of trafilatura's text that readability does not
   contain are dropped. Lines inside the article are never dropped: readability misses
   real paragraphs too, and voting on every line lost them (recall 0.98 -> 0.88).
3. A first line repeating the headline is dropped: the title is its own field.

Two-fold cross-validation on the AEB dev half chose this over single extractors, medoids of
three, and the issue's agree/switch scheme (``bench/cleaning.py``; README "Cleaning HTML").
"""

from __future__ import annotations

import re

from pipeline.clean.html_rules import (
    BLOCK_TAGS,
    FALLBACK_RATIO,
    GUARD,
    HEADLINE_EXTRA_WORDS,
    NEVER_TEXT,
    NGRAM,
    NOT_ARTICLE,
    SUPPORT,
    TITLE_WORDS,
)

_WORD = re.compile(r"\w+")
_BREAK = "\u2029"  # the paragraph separator marks block boundaries while text is joined


def readability_text(tree) -> str:
    """readability-lxml's article as text; it changes ``tree``, so call it last."""
    try:
        from readability import Document

        for element in list(tree.iter(*NEVER_TEXT, *NOT_ARTICLE)):
            if element.getparent() is not None:
                element.drop_tree()
        return fragment_text(Document(tree).summary(html_partial=True))
    except (Exception, RecursionError):  # readability gives up on odd trees: no opinion
        return ""


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element, white space collapsed (a
    newline in the markup is a space, as in a browser)."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.text = _BREAK + (element.text or "")
            element.tail = _BREAK + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split(_BREAK))
    return "\n".join(line for line in lines if line)


def cross_check(base: str, other: str) -> tuple[str, str]:
    """trafilatura's text (``base``) checked against readability's (``other``), and which
    extractor the result comes from."""
    base = "\n".join(line.strip() for line in base.split("\n") if line.strip())
    if len(other) > FALLBACK_RATIO * len(base):
        return other, "readability"
    return edge_trim(base, other), "trafilatura"


def ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def supported(line: str, other_grams: dict[int, set]) -> bool:
    """Whether enough of the line's n-grams (shorter for a short line) occur in the other
    text: the other extractor vouches for the line."""
    words = _WORD.findall(line)
    if not words:
        return True
    n = min(NGRAM, len(words))
    grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return sum(gram in other_grams[n] for gram in grams) >= SUPPORT * len(grams)


def edge_trim(base: str, other: str) -> str:
    """``base`` without the leading and trailing lines that ``other`` does not vouch for;
    unchanged when ``other`` shares too little of it to be about the same article."""
    lines = [line for line in base.split("\n") if line.strip()]
    base_grams = ngrams(_WORD.findall(base), NGRAM)
    other_words = _WORD.findall(other)
    other_grams = {n: ngrams(other_words, n) for n in range(1, NGRAM + 1)}
    if not base_grams or len(base_grams & other_grams[NGRAM]) < GUARD * len(base_grams):
        return "\n".join(lines)
    vouched = [supported(line, other_grams) for line in lines]
    start, end = 0, len(lines)
    while start < end and not vouched[start]:
        start += 1
    while end > start and not vouched[end - 1]:
        end -= 1
    return "\n".join(lines[start:end])


def strip_headline(text: str, headline: str) -> str:
    """``text`` without a first line that is the headline: it starts with the headline's
    first words and is hardly longer (a paragraph that merely starts like a short
    headline stays)."""
    first, _, rest = text.partition("\n")
    head, words = _WORD.findall(headline), _WORD.findall(first)
    if (
        head
        and words[:TITLE_WORDS] == head[:TITLE_WORDS]
        and len(words) <= len(head) + HEADLINE_EXTRA_WORDS
    ):
        return rest
    return text
