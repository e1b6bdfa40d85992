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
_APPOSED = re.compile(
    r"(?<![\w'’-])" + _NAME + r",[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+){0,2}?(?:"
    + "|".join(PLACE_NOUNS) + r")\b")
# "Accra, Lima and Quito" with Lima found: a list item before a found place
_LISTED = re.compile(r"(?<![\w'’-])" + _NAME + r"(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)(?=[A-Z])")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ ]+$")


def places_in_context(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """New GPE candidates for well-known place names framed as places (module docstring)."""
    covered = Coverage(text, cands, blocked)
    # found places: labelled so, or well-known place names the model called something
    # else (the type vote decides them later)
    place_starts = {c.start for c in cands if c.label in PLACE_LABELS or
                    gazetteer().places(text[c.start:c.end]).well_known}
    added = []
    for pattern in (_BEFORE, _OF, _APPOSED, _LISTED):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if not covered.free(s, e):
                continue
            if pattern is _LISTED and m.end() not in place_starts:
                continue  # a list item only beside a place found already
            before = _CAPITALISED_BEFORE.search(text, max(0, s - 40), s)
            if pattern in (_APPOSED, _LISTED) and before and \
                    before.group(1).lower() not in PLACE_BEFORE_WORDS:
                continue  # "Acme Tampere, a ...": the tail of a longer name
            if not gazetteer().places(m.group(1)).well_known:
                continue
            added.append(Cand(s, e, "GPE", "known-place"))
            covered.add(s, e)
    return cands + added if added else cands

