"""Names cut short or run on, and names that are events rather than organisations.

The model's span bounds fail in a few general ways that clean_span cannot see from one span
alone: a role word glued before a person ("Comedian Chris Morris", "Veterans Simon"), a
place glued before a person ("Ulsan Kim Ki-su"), an organisation cut at a list inside its
name ("Ministry of Culture, Sports, and Tourism", "Ministry of Science and ICT"), and a
meeting named after an organisation ("the 14th General Assembly", "Metropolis World
Congress"), which is an event, not the organisation.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import squash
from pipeline.extract.entities.rules import (
    MEETING_HEADS,
    ORDINAL_WORDS,
    PLACE_LABELS,
    PORTFOLIO_TITLES,
    ROLE_NOUNS,
    TITLES,
)
from pipeline.extract.entities.spans import Cand, Coverage, looks_like_person

_ROLE_WORDS = {r for r in ROLE_NOUNS if " " not in r} | {
    t.lower() for t in TITLES if " " not in t and "." not in t}
_ORDINAL = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|" + "|".join(ORDINAL_WORDS) + r")\s+$",
    re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")
# ", Sports, and Tourism", " and ICT": the rest of a list inside an organisation's name
_LIST_TAIL = re.compile(r"(?:,\s+[A-Z][\w&'’-]*)*,?\s+(?:and|&)\s+[A-Z][\w&'’-]*")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def role_word_glued(text: str, c: Cand) -> Cand:
    """'Comedian Chris Morris' -> 'Chris Morris' (title 'Comedian'); 'Veterans Simon' -> 'Simon'.

    A role noun capitalised before a person's name (at the start of a sentence) is not part
    of the name. A singular role needs a full name after it ("Dean Smith" stays whole); a
    plural one ("Veterans") cannot be part of one person's name at all.
    """
    if c.label != "PERSON":
        return c
    first, _sep, rest = text[c.start : c.end].partition(" ")
    low = first.lower()
    plural = low.endswith("s") and _singular(low) in _ROLE_WORDS
    if not rest or not (low in _ROLE_WORDS or plural) or not first[:1].isupper():
        return c
    if len(rest.split()) < (1 if plural else 2) or not looks_like_person(squash(rest)):
        return c
    start = c.start + len(first) + 1
    title = c.title or ("" if plural else first)
    return Cand(start, c.end, c.label, "role-word-glued", title, c.weight, c.hint)


def place_glued(text: str, cands: list[Cand]) -> list[Cand]:
    """'Ulsan Kim Ki-su' (PERSON) -> 'Ulsan' + 'Kim Ki-su' when Ulsan is a place here.

    The first word must be a place in the gazetteer that the article also names on its own
    (a place mention, or written with "City"), and the rest a full person name, so that a
    person named like a town ("Victoria Claire Beckham") stays whole.
    """
    places = set()
    for c in cands:
        if c.label in PLACE_LABELS:
            places.add(squash(text[c.start : c.end]).split(" ")[0])
    out: list[Cand] = []
    for c in cands:
        first, _sep, rest = text[c.start : c.end].partition(" ")
        if (c.label == "PERSON" and rest and first in places and len(rest.split()) >= 2
                and looks_like_person(squash(rest)) and gazetteer().places(first)):
            cut = c.start + len(first)
            out.append(Cand(c.start, cut, "GPE", "place-glued", weight=0))
            out.append(Cand(cut + 1, c.end, "PERSON", "place-glued", c.title, c.weight, c.hint))
        else:
            out.append(c)
    return out


def list_inside_name(text: str, cands: list[Cand], blocked=()) -> None:
    """'Ministry of Culture, Sports, and Tourism', 'Ministry of Science and ICT': one name.

    An organisation whose name ends in "of X" continues over ", Y, and Z" when those words
    are capitalised, belong to no other name, and no further capitalised word follows (that
    would start another name: "the Ministry of Finance and Samsung Electronics").
    """
    covered = Coverage(text, cands, blocked)
    for c in cands:
        if c.label != "ORG" or " of " not in text[c.start : c.end]:
            continue
        m = _LIST_TAIL.match(text, c.end)
        if not m or "\n" in m.group() or not covered.free(c.end, m.end()):
            continue
        if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]):
            continue
        c.end = m.end()
        c.rule = "list-in-name"


def events(text: str, cands: list[Cand]) -> None:
    """Meetings that the model calls organisations are events.

    A name whose last word is a meeting word (rules.MEETING_HEADS) is an event when it is
    numbered ("14th General Assembly", "the 3rd Mayors Forum", "2024 Summit"), when it
    belongs to someone ("the association's General Assembly", "its Congress"), when it is
    named after an organisation of the same article ("Metropolis World Congress" beside
    "Metropolis"), or when people of one kind hold it ("Mayors Forum", "Leaders Summit").
    """
    orgs = {squash(text[c.start : c.end]) for c in cands if c.label == "ORG"}
    for c in cands:
        if c.label not in ("ORG", "FAC", "GPE", "LOC", "PERSON", None):
            continue
        words = squash(text[c.start : c.end]).split(" ")
        if words[-1] not in MEETING_HEADS:
            continue
        before = text[max(0, c.start - 30) : c.start]
        numbered = bool(_ORDINAL.match(words[0]) or _ORDINAL_BEFORE.search(before))
        owned = bool(_POSSESSIVE_BEFORE.search(before))
        after_org = any(" ".join(words[:n]) in orgs for n in range(1, len(words) - 1))
        by_people = len(words) == 2 and _singular(words[0].lower()) in _ROLE_WORDS
        if numbered or owned or after_org or by_people:
            c.label, c.rule, c.weight = "EVENT", "event-named", max(c.weight, 2)


_JOINED = re.compile(r"^(.+?)\s+(?:and|&)\s+(.+)$")


def joined_places(text: str, cands: list[Cand]) -> list[Cand]:
    """'Sidney and Brisbane' (one ORG span) -> two places; 'Isfahan Iran' -> city + country.

    Only where each part is a place the gazetteer knows and the whole is not ("Trinidad and
    Tobago", "Papua New Guinea" are one place each).
    """
    g = gazetteer()
    out: list[Cand] = []
    for c in cands:
        name = text[c.start : c.end]
        parts = None
        if c.label != "PERSON" and "\n" not in name and not g.places(name):
            m = _JOINED.match(name)
            if m and all(g.places(p) for p in m.groups()):
                parts = [(c.start + m.start(i), c.start + m.end(i)) for i in (1, 2)]
            elif c.label in PLACE_LABELS or c.label is None:
                head, _sep, last = name.rpartition(" ")
                if head and g.country_code(last) and g.places(head) and not g.country_code(
                        head):
                    parts = [(c.start, c.start + len(head)), (c.end - len(last), c.end)]
        if parts is None:
            out.append(c)
        else:
            out.extend(Cand(s, e, "GPE", "joined-places", weight=0) for s, e in parts)
    return out


_PORTFOLIO_ALT = "|".join(PORTFOLIO_TITLES)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:" + _PORTFOLIO_ALT + r")\s+(?:of|for)\s+(?:the\s+)?$")
_PORTFOLIO_AFTER = re.compile(r"\s+(?:" + _PORTFOLIO_ALT + r")\b")


def not_portfolios(text: str, cands: list[Cand]) -> list[Cand]:
    """'Minister of Science, Research and Technology', 'Science and Innovation Minister': the
    words of a minister's portfolio are part of a title, not an organisation's name."""
    out = []
    for c in cands:
        if c.label == "ORG" and (_PORTFOLIO_BEFORE.search(text[max(0, c.start - 40) : c.start])
                                 or _PORTFOLIO_AFTER.match(text, c.end)):
            continue
        out.append(c)
    return out
