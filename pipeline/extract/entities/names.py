"""Name normalisation shared by in-document coreference and cross-document resolution.

Two surface forms name the same thing when their keys are equal; the key ignores case,
accents, punctuation, a leading "the", place suffixes that do not change the place
("Tornby City" = "Tornby") and legal-form suffixes of organisations ("Apple Inc." = "Apple").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.extract.entities.rules import (
    ACRONYM_STOPWORDS,
    CITY_NAMES_KEPT_WHOLE,
    COARSE,
    LEADING_DETERMINERS,
    ORG_SUFFIXES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    REGION_PREFIXES,
)

_SPACE = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[\s\-‐‑–—]+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}$")
_ASCII_NOT_ALNUM = re.compile(r"[^a-z0-9]+")  # after lower(): what fold turns into spaces


def coarse(label: str) -> str:
    """PERSON, ORG, PLACE (GPE/LOC/FAC) or the label itself: the unit of type compatibility."""
    return COARSE.get(label, label)


def squash(text: str) -> str:
    """One space for every run of white space, trimmed."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name (letters of any script kept).

    Cached, and ASCII text takes a shorter way to the same result: coreference and
    resolution fold the same few thousand names tens of thousands of times.
    """
    if text.isascii():
        return _ASCII_NOT_ALNUM.sub(" ", text.lower()).strip()
    return fold_any(text)


def fold_any(text: str) -> str:
    """``fold`` of text in any script, the long way."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").casefold()
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return squash(text)


def keeps_the(name: str) -> bool:
    """'The Dalles', 'The Bronx': a city whose own GeoNames name starts with "The" keeps it.

    Countries are left out: "the Netherlands" is written with or without it.
    """
    if not name.startswith("The ") or not name[4:5].isupper():
        return False
    from pipeline.extract.entities.gazetteer import gazetteer  # it imports this module

    for n in (2, 3):
        city = gazetteer().places(" ".join(name.split(" ")[:n])).city
        if city and city.primary:
            return True
    return False


def strip_determiner(name: str) -> str:
    if keeps_the(name):
        return name
    for det in LEADING_DETERMINERS:
        if name.startswith(det) and len(name) > len(det):
            return name[len(det):]
    return name


def place_base(name: str) -> str:
    """'Tornby Metropolitan City', 'City of Tornby' -> 'Tornby'; 'Kansas City' stays whole."""
    if name in CITY_NAMES_KEPT_WHOLE:
        return name
    for prefix in PLACE_PREFIXES:
        if name.startswith(prefix + " ") and name[len(prefix) + 1 : len(prefix) + 2].isupper():
            return name[len(prefix) + 1 :]
    for prefix in REGION_PREFIXES:
        if name.startswith(prefix + " ") and _known_region(name[len(prefix) + 1 :]):
            return name[len(prefix) + 1 :]
    for suffix in PLACE_SUFFIXES:
        if name.endswith(" " + suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix) - 1].rstrip()
    return name


def _known_region(name: str) -> bool:
    from pipeline.extract.entities.gazetteer import gazetteer  # it imports this module

    places = gazetteer().places(name)
    return bool(places.region or places.country)


def place_suffix_at(words: list[str]) -> int:
    """Index of the first word of a place suffix inside ``words`` (not at 0), or -1."""
    for i in range(1, len(words)):
        for suffix in PLACE_SUFFIXES:
            parts = suffix.split(" ")
            if words[i : i + len(parts)] == parts:
                return i
    return -1


def strip_org_suffix(name: str) -> str:
    for suffix in sorted(ORG_SUFFIXES, key=len, reverse=True):
        for sep in (", ", " "):
            if name.endswith(sep + suffix) and len(name) > len(suffix) + len(sep):
                return name[: -len(suffix) - len(sep)].rstrip(" ,")
    return name


def name_key(name: str, label: str) -> str:
    """The blocking key of a name of a given label: equal keys are the same entity."""
    name = strip_determiner(squash(name))
    kind = coarse(label)
    if kind == "PLACE":
        name = place_base(name)
    elif kind == "ORG":
        name = strip_org_suffix(name)
    return fold(name)


def words(name: str) -> list[str]:
    """Name words, splitting on spaces and hyphens ("Sung-ho" is two words)."""
    return [w for w in _WORD_SPLIT.split(fold(name)) if w]


def is_acronym(text: str) -> bool:
    """An all-capitals token of 2-12 characters with at least two capital letters."""
    return bool(_ACRONYM.match(text)) and sum(ch.isupper() for ch in text) >= 2


def acronym_letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha()).upper()


def initials(name: str) -> list[str]:
    """Candidate acronyms of a multi-word name: with and without function words."""
    out = set()
    # a hyphenated word gives one letter or one per part: "Co-operation" is C in OECD,
    # "Asia-Pacific" is AP in APEC
    for split in (r"[\s\-]+", r"\s+"):
        raw = [w for w in re.split(split, squash(name)) if w and w[0].isalnum()]
        if len(raw) < 2:
            continue
        out.add("".join(w[0] for w in raw).upper())
        out.add("".join(w[0] for w in raw if w.lower() not in ACRONYM_STOPWORDS).upper())
    return sorted(out)


def is_native(text: str) -> bool:
    """Letters but no Latin ones: a native-script form such as Hangul, kanji or Cyrillic."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return not any("LATIN" in unicodedata.name(ch, "") for ch in letters)


def is_title_case_phrase(text: str) -> bool:
    """Every word capitalised except function words: how an expansion is written."""
    ws = [w for w in squash(text).split(" ") if w]
    if len(ws) < 2:
        return False
    for w in ws:
        if w.lower() in ACRONYM_STOPWORDS:
            continue
        if not (w[0].isupper() or w[0].isdigit()):
            return False
    return True
