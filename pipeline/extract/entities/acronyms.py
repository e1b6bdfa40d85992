"""Acronyms and glosses: "X (ABC)", "ABC (Expanded Name)", "X (유득원)", and ABC repeated.

A definition in parentheses links the two forms as one entity; an all-capital token later
in the text that spells a known acronym or the initials of a longer name joins that name.
A country code in parentheses ("Blackstone Inc. (USA)") says where, not what, and common
abbreviations ("Memorandum of Understanding (MoU)") define no name.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import (
    acronym_letters,
    initials,
    is_acronym,
    is_native,
    is_title_case_phrase,
    squash,
)
from pipeline.extract.entities.rules import (
    ACRONYM_STOPWORDS,
    COMMON_ABBREVIATIONS,
    FURNITURE,
    PLACE_LABELS,
)
from pipeline.extract.entities.spans import Cand, Coverage, Span

_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
_CAPS_TOKEN = re.compile(r"(?<![\w&])[A-Z](?:[A-Z0-9]|&(?=[A-Z])){1,9}(?![\w&])")


def _expansion_before(text: str, p: int, acronym: str) -> Span | None:
    """The capitalised words right before ``p`` whose initials spell ``acronym``."""
    letters = acronym_letters(acronym)
    left = text[max(0, p - 200) : p]
    offset = p - len(left)
    tokens = list(re.finditer(r"\S+", left))
    for n in range(2, min(len(tokens), len(letters) + 4) + 1):
        chunk = tokens[-n:]
        if chunk[0].group().lower() in ACRONYM_STOPWORDS:
            continue
        phrase = left[chunk[0].start() : chunk[-1].end()]
        if not is_title_case_phrase(phrase):
            return None
        if letters in initials(phrase):
            return offset + chunk[0].start(), offset + chunk[-1].end()
    return None


def parentheses(text: str, cands: list[Cand]) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """Acronym definitions and native-script glosses written in parentheses.

    ``X (ABC)``, ``X(ABC)``, ``ABC (Expanded Name)`` and ``X (유득원)`` make both forms one
    entity: new candidates are returned with links (pairs of spans) to the name before them.
    """
    by_end = {}
    for c in cands:
        by_end.setdefault(c.end, c)
    added: list[Cand] = []
    links: list[tuple[Span, Span]] = []
    for m in _PAREN.finditer(text):
        p = m.start()
        content = m.group(1)
        cs, ce = m.start(1), m.end(1)
        q = p
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        prev = by_end.get(q)
        if is_native(content):
            if prev is not None:
                added.append(Cand(cs, ce, prev.label, "native", weight=0))
                links.append(((prev.start, prev.end), (cs, ce)))
            continue
        if content in COMMON_ABBREVIATIONS:
            continue  # "Memorandum of Understanding (MoU)": a common noun, not a name
        if _names_a_country(content, text, prev):
            # "Blackstone Inc. (USA)", "Brookfield (Canada)": where the name is, not what
            # it stands for
            added.append(Cand(cs, ce, "GPE", "country-gloss", weight=2))
            continue
        if is_acronym(content) and prev is not None and _dateline(text, prev, m.end()) and (
                acronym_letters(content) not in initials(squash(text[prev.start : prev.end]))):
            # "BINH DUONG (VNA) -", "WASHINGTON (AP) --": a news agency after a dateline's
            # place, not the place's abbreviation
            added.append(Cand(cs, ce, "ORG", "dateline-credit", weight=2))
            continue
        if is_acronym(content):
            if prev is None:
                span = _expansion_before(text, q, content)
                if span is None:
                    continue
                prev = Cand(span[0], span[1], "ORG", "acronym-expansion", weight=2)
                added.append(prev)
            if prev.label in (None, "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"):
                prev.label, prev.weight = "ORG", 2
            added.append(Cand(cs, ce, prev.label, "acronym", weight=2))
            links.append(((prev.start, prev.end), (cs, ce)))
            continue
        if prev is not None and is_acronym(text[prev.start : prev.end]):
            if is_title_case_phrase(content) and not is_native(content):
                if prev.label in (None, "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"):
                    prev.label, prev.weight = "ORG", 2
                added.append(Cand(cs, ce, prev.label, "expansion", weight=2))
                links.append(((prev.start, prev.end), (cs, ce)))
    return added, links


_DASH_AFTER = re.compile(r"\s*(?:[-–—]|--)")


def _dateline(text: str, prev: Cand, after: int) -> bool:
    """A name opening its line and followed by "(...) -": a dateline."""
    line_start = text.rfind("\n", 0, prev.start) + 1
    return not text[line_start : prev.start].strip() and bool(_DASH_AFTER.match(text, after))


def _names_a_country(code: str, text: str, prev: Cand | None) -> bool:
    """A country's name, or a code that does not spell the initials of the name before."""
    if gazetteer().country_code(code) is None:
        return False
    if not is_acronym(code):
        return True
    if prev is None:
        return True
    return acronym_letters(code) not in initials(squash(text[prev.start : prev.end]))


def acronym_repeats(
    text: str, cands: list[Cand], blocked: list[Span] = ()
) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """All-capital tokens equal to a known acronym or to the initials of a multi-word name."""
    known: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        name = squash(text[c.start : c.end])
        if c.label in (None, "PERSON"):
            continue
        if is_acronym(name):
            known.setdefault(acronym_letters(name), c)
        elif c.label not in PLACE_LABELS or c.label == "FAC":
            for ini in initials(name):
                if len(ini) >= 3:
                    known.setdefault(ini, c)
    added: list[Cand] = []
    links: list[tuple[Span, Span]] = []
    covered = Coverage(text, cands, blocked)
    for m in _CAPS_TOKEN.finditer(text):
        token = m.group()
        target = known.get(acronym_letters(token))
        if target is None or token.casefold() in FURNITURE or token in COMMON_ABBREVIATIONS:
            continue
        if not covered.free(*m.span()):
            continue
        added.append(Cand(m.start(), m.end(), target.label, "acronym-repeat", weight=0))
        links.append(((target.start, target.end), m.span()))
        covered.add(*m.span())
    return added, links
