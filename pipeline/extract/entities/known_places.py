"""Well-known places the model left unlabelled, where the words around them say "place".

The small model misses city names it has rarely seen ("Tampere, a Finnish city, has ...",
"talks in Tampere"), and every relation about them is lost with them. A name the
gazetteer knows as a country, a region or a large city (``Places.well_known``) is taken
as a place when a place word frames it: a preposition of location or movement before it
("in", "near", "to", "from", "visited"), a place noun in apposition after it ("X, a port
city", "X, the capital"), "the city of" before it, or a found place as the next item of
its list ("Accra, Lima and Quito"). Only where no candidate covers the
words, and never inside a longer run of capitalised words ("to Paris Hilton").
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.rules import (
    PLACE_BEFORE_WORDS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
)
from pipeline.extract.entities.spans import Cand, Coverage, Span

_WORD = r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*"
_NAME = rf"({_WORD}(?:[ ]{_WORD}){{0,2}})"
# not followed by another capitalised word, a hyphen or letters: the whole name
_END = r"(?![ ]+[A-Z])(?![\w'’-])"
_BEFORE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(PLACE_BEFORE_WORDS) + r")[ ]+" + _NAME + _END)
_OF = re.compile(
    r"\b(?:the|a)[ ]+(?:" + "|".join(PLACE_OF_NOUNS) + r")[ ]+of[ ]+" + _NAME + _END)
# ", a port city", ", the capital": the place noun after a name, found from the comma
_APPOSED_TAIL = re.compile(
    r",[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+){0,2}?(?:" + "|".join(PLACE_NOUNS) + r")\b")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’-])" + _NAME + r"$")
# "Accra, Lima and Quito" with Lima found: a list item right before a found place
_NAME_BEFORE_ITEM = re.compile(
    r"(?<![\w'’-])" + _NAME + r"(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ ]+$")
# how far back from a comma or a list item a name of three words may start
_REACH = 80


def places_in_context(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """New GPE candidates for well-known place names framed as places (module docstring)."""
    covered = Coverage(text, cands, blocked)
    added = []

    def take(s: int, e: int, name: str, tail_of_name_checked: bool) -> None:
        if not covered.free(s, e):
            return
        if tail_of_name_checked:
            before = _CAPITALISED_BEFORE.search(text, max(0, s - 40), s)
            if before and before.group(1).lower() not in PLACE_BEFORE_WORDS:
                return  # "Acme Tampere, a ...": the tail of a longer name
        if gazetteer().places(name).well_known:
            added.append(Cand(s, e, "GPE", "known-place"))
            covered.add(s, e)

    for pattern in (_BEFORE, _OF):
        for m in pattern.finditer(text):
            take(m.start(1), m.end(1), m.group(1), False)
    for tail in _APPOSED_TAIL.finditer(text):
        m = _NAME_BEFORE_COMMA.search(text, max(0, tail.start() - _REACH), tail.start())
        if m:
            take(m.start(1), m.end(1), m.group(1), True)
    # found places: labelled so, or well-known place names the model called something
    # else (the type vote decides them later)
    for c in sorted(cands, key=lambda c: c.start):
        m = _NAME_BEFORE_ITEM.search(text, max(0, c.start - _REACH), c.start)
        if m and (c.label in PLACE_LABELS or
                  gazetteer().places(text[c.start:c.end]).well_known):
            take(m.start(1), m.end(1), m.group(1), True)
    return cands + added if added else cands
