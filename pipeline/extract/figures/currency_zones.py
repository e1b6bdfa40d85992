"""Which franc (or crown) an amount in francs (or crowns) is: the currency of that name of
the country the words around it name.

"Francs" alone were the French, Belgian, Luxembourg and Swiss currencies (and are the
Swiss one today), and the CFA francs of West (XOF) and Central Africa (XAF) are written
"CFA francs" or, in French word order, "francs CFA". The countries named around the
amount tell them apart: which country paid in which franc since 1960 comes from Babel's
CLDR territory-currency table (a maintained source, with its history), the countries'
names from the gazetteer (pycountry and GeoNames: "Senegal", "Ivory Coast", "Cote
d'Ivoire"), their demonyms from ``countryinfo`` ("Senegalese", "Belgian") and their
large cities from GeoNames ("Paris", "Dakar"). Built lazily, once per process, and only
when an amount in francs is read. Crowns likewise: "crowns" in English news are the
Swedish, Norwegian, Danish, Czech, Icelandic, Slovak or Estonian currency, and with no
such country named the amount's currency is left unsaid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.entities.names import fold

CFA_CODES = ("XOF", "XAF")  # the first is taken when no country of either is named
PLAIN_FRANC = "CHF"  # "francs" with no franc country named: today's franc
WINDOW = 400  # characters either side of the amount
SINCE = dt.date(1960, 1, 1)  # currencies in use from then on (news archives go back so far)
CITY_POPULATION = 200_000  # cities named often enough to stand for their country


FRANC_MARKS = ("franc",)
CROWN_MARKS = ("krona", "krone", "króna", "koruna", "kroon")  # CLDR's English names


@lru_cache(maxsize=2)
def _zone_names(marks: tuple[str, ...]) -> tuple[re.Pattern, dict[str, str]]:
    """(a pattern finding the folded name, demonym or large city of any country whose
    currency's English name holds one of ``marks``, that name -> that currency's code)."""
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies
    from countryinfo import all_countries

    from pipeline.extract.entities.gazetteer import gazetteer

    franc_of: dict[str, str] = {}  # alpha-2 -> its franc since SINCE
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, start_date=SINCE,
                                             end_date=dt.date(2100, 1, 1)):
            if any(m in get_currency_name(code, locale="en").lower() for m in marks):
                franc_of.setdefault(territory, code)
                break
    names: dict[str, str] = {}
    for country in all_countries():
        try:
            code, demonym = country.iso(2), country.demonym()
        except (KeyError, AttributeError):
            continue
        if code in franc_of and demonym:
            names[fold(demonym)] = franc_of[code]
    g = gazetteer()
    for name, (population, _ident, code, primary) in g.cities.items():
        if code in franc_of and primary and population >= CITY_POPULATION:
            names[name] = franc_of[code]
    for name, code in g.countries.items():
        if code in franc_of:
            names[name] = franc_of[code]
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b"), names


def _named(text: str, pos: int, marks: tuple[str, ...] = FRANC_MARKS) -> Counter:
    pattern, names = _zone_names(marks)
    window = fold(text[max(0, pos - WINDOW): pos + WINDOW])
    return Counter(names[m.group(0)] for m in pattern.finditer(window))


def franc_code(text: str, pos: int) -> str:
    """The franc of the country most named around a "francs" amount at ``pos``; the
    Swiss franc when none is (or when it ties)."""
    found = _named(text, pos)
    if not found or found[PLAIN_FRANC] == max(found.values()):
        return PLAIN_FRANC
    return _most_named(found)


def cfa_zone(text: str, pos: int) -> str:
    """XOF or XAF for a CFA franc amount at ``pos``: the zone whose countries the words
    around it name most often."""
    found = _named(text, pos)
    return max(CFA_CODES, key=lambda z: found[z])


def crown_code(text: str, pos: int) -> str:
    """The crown of the country most named around a "crowns" amount at ``pos``; "" when
    none is (no crown is the default one)."""
    found = _named(text, pos, CROWN_MARKS)
    return _most_named(found) if found else ""


def _most_named(found: Counter) -> str:
    """The code named most often; on a tie, the first in code order (deterministic)."""
    best = max(found.values())
    return min(c for c, n in found.items() if n == best)
