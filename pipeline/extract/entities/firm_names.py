"""Firms' names the model cuts at a partnership word or a possessive.

"N.M. Rothschild | and Sons Ltd", "Lowe's | Cos Inc": the model ends a name before "and"
or after "'s" and labels the rest, which opens with a word no name opens with (a
partnership word after "and", a legal form after a possessive). The words before it are
the rest of the firm's name; candidates inside them are dropped.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.dictionary import is_dictionary_word
from pipeline.extract.entities.rules import LEGAL_FORM_OPENERS, PARTNER_WORDS, PLACE_LABELS
from pipeline.extract.entities.spans import Cand

_NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’-]*\.?|(?:[A-Z]\.)+)\s+){1,5}$")


def partner_firms(text: str, cands: list[Cand]) -> list[Cand]:
    """'N.M. Rothschild | and Sons Ltd', 'J. Henry Schroder Wagg | and Co Ltd': one firm.

    A name that opens with a partnership word after "and" ("Sons", "Brothers", "Co",
    "Partners") is never a firm of its own: the capitalised words before the "and" are
    the rest of it, whether the model left them out or took them for a person. Candidates
    inside those words are dropped.
    """
    grown: dict[int, int] = {}
    for c, before in _opening_with(text, cands, PARTNER_WORDS):
        joint = re.search(r"\s+(?:and|&)\s+$", before)
        run = _NAME_BEFORE.search(before[: joint.start()] + " ") if joint else None
        if run is None:
            continue
        start = c.start - len(before) + run.start()
        named = [o for o in cands if o.end == c.start - len(before) + joint.start()
                 and start <= o.start]
        if any(o.label in PLACE_LABELS for o in named):
            continue  # a place before the "and" is a name of its own
        if named:
            start = named[0].start  # where the model began the name before the "and"
        elif _opens_sentence(text, start) and " " in run.group().strip() and \
                is_dictionary_word(run.group().split(" ")[0]):
            start += run.group().index(" ") + 1  # "Yesterday Rothschild and Sons"
        grown[id(c)] = start
    return _grown_back(cands, grown, "partner-firm")


_POSSESSOR = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w-]*['’]s\s+$")


def possessive_firms(text: str, cands: list[Cand]) -> list[Cand]:
    """'Lowe's | Cos Inc', 'Macy's | Inc': a name that opens with a legal form cannot
    begin there; the possessive before it is the first word of the firm's name ("Lowe's
    Cos Inc"), not its owner. A place before the "'s" is an owner ("Japan's Co Ltd" is
    not written)."""
    grown: dict[int, int] = {}
    for c, before in _opening_with(text, cands, LEGAL_FORM_OPENERS):
        run = _POSSESSOR.search(before)
        if run is None:
            continue
        start = c.start - len(before) + run.start()
        if any(o.label in PLACE_LABELS and start <= o.start < c.start for o in cands):
            continue
        grown[id(c)] = start
    return _grown_back(cands, grown, "possessive-firm")


def _opening_with(text: str, cands: list[Cand], words):
    """The organisation candidates whose first word is one of ``words``, each with the
    text just before it."""
    for c in cands:
        if c.label in (None, "ORG") and text[c.start : c.end].split(" ")[0] in words:
            yield c, text[max(0, c.start - 80) : c.start]


def _grown_back(cands: list[Cand], grown: dict[int, int], rule: str) -> list[Cand]:
    """The candidates in ``grown`` given their new start; those inside the added words
    dropped."""
    if not grown:
        return cands
    spans = [(grown[id(c)], c.start) for c in cands if id(c) in grown]
    out: list[Cand] = []
    for c in cands:
        if id(c) in grown:
            out.append(Cand(grown[id(c)], c.end, "ORG", rule, weight=max(c.weight, 1)))
        elif not any(s <= c.start and c.end <= e for s, e in spans):
            out.append(c)
    return out


def _opens_sentence(text: str, i: int) -> bool:
    before = text[:i].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“"
