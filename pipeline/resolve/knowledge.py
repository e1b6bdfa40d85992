"""Link keys from knowledge: spellings of one place, and of one organisation's name.

Across documents, "South Korea", "Republic of Korea", "ROK" and (where no "North Korea" is
near) "Korea" are one country: each place entity gets the key of the country its name names
(pycountry, GeoNames and the customary forms of rules.py, through the gazetteer), and a
large city the key of its GeoNames record, so "Calcutta" and "Kolkata" meet. Organisation names
get a loose key that ignores "the" and singular/plural ("Union of Harbour Towns and
Port(s)"), so that an acronym whose corpus-wide expansions differ only that way still
counts as having one expansion.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import is_acronym, name_key, place_base, words
from pipeline.extract.entities.rules import (
    COUNTRY_CUSTOMARY_NAMES,
    CUSTOMARY_SHORT_PLACES,
    WELL_KNOWN_CITY,
)

_PLURAL = re.compile(r"(?<=[a-z]{3})(?<!s)s$")


def place_keys(forms: list[str], other_places: set[str]) -> list[str]:
    """Knowledge keys of a place entity whose names are ``forms``.

    ``other_places``: the other place names of the same document; a customary short name
    ("Korea") names the country only where none of them ends in it ("North Korea").
    """
    g = gazetteer()
    keys: list[str] = []
    for form in forms:
        if is_ambiguous_short(form, other_places):
            continue
        code = g.country_code(form)
        if code is not None:
            keys.append(f"country|{code}")
            break
    if keys:
        return keys
    cities = set()
    for form in forms:
        if is_acronym(form):
            continue
        p = g.places(place_base(form))
        if p.city is None or p.country or p.city.population < WELL_KNOWN_CITY:
            return []  # every form must name the same large city
        cities.add(p.city.ident)
    return [f"city|{c}" for c in cities] if len(cities) == 1 else []


def is_ambiguous_short(name: str, places: set[str]) -> bool:
    """A customary short name ("Korea", "America") beside another place ending in it
    ("North Korea", "North Macedonia"), which leaves unclear which one it means."""
    if name not in COUNTRY_CUSTOMARY_NAMES and name not in CUSTOMARY_SHORT_PLACES:
        return False
    code = gazetteer().country_code(name)
    return any(p.endswith(" " + name) and gazetteer().country_code(p) != code for p in places)


def loose_key(name: str, label: str) -> str:
    """name_key without 'the' and with every word singular ('Local Governments' = 'Local
    Government')."""
    return " ".join(_PLURAL.sub("", w) for w in words(name_key(name, label)))
