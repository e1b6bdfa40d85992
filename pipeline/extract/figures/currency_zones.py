"""Which CFA franc an amount in "CFA francs" is: the West African (XOF) or the Central
African (XAF) one.

Both are written "CFA francs" or, in French word order, "francs CFA"; the countries named
around the amount tell them apart. Which country pays in which franc comes from the
maintained ``countryinfo`` table (each country's currencies), the countries' names from
the gazetteer (pycountry and GeoNames: "Senegal", "Ivory Coast", "Cote d'Ivoire") and
their demonyms from ``countryinfo`` ("Senegalese", "Cameroonian"). Built lazily, once
per process, and only when such an amount is read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.entities.names import fold

ZONE_CODES = ("XOF", "XAF")  # the first is taken when no country of either is named
WINDOW = 400  # characters either side of the amount


@lru_cache(maxsize=1)
def _zone_names() -> tuple[re.Pattern, dict[str, str]]:
    """(a pattern finding any CFA country's folded name or demonym, name -> code)."""
    from countryinfo import all_countries

    from pipeline.extract.entities.gazetteer import gazetteer

    zone_of: dict[str, str] = {}  # alpha-2 -> XOF / XAF
    names: dict[str, str] = {}
    for country in all_countries():
        try:
            currencies = country.currencies() or []
            code = country.iso(2)
        except (KeyError, AttributeError):
            continue
        zone = next((c for c in currencies if c in ZONE_CODES), None)
        if zone and code:
            zone_of[code] = zone
            demonym = country.demonym()
            if demonym:
                names[fold(demonym)] = zone
    for name, code in gazetteer().countries.items():
        if code in zone_of:
            names[name] = zone_of[code]
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b"), names


def cfa_zone(text: str, pos: int) -> str:
    """XOF or XAF for a CFA franc amount at ``pos``: the zone whose countries the words
    around it name most often."""
    pattern, names = _zone_names()
    window = fold(text[max(0, pos - WINDOW): pos + WINDOW])
    found = Counter(names[m.group(0)] for m in pattern.finditer(window))
    if not found:
        return ZONE_CODES[0]
    return max(ZONE_CODES, key=lambda z: found[z])
