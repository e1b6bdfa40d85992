"""What the gazetteer knows of a place's names: country, first-level region, city, and
which countries hold it. Located_in rules ask it whether a comma, a dash or a bracket
between two names can mean containment, and keep it from putting a country in a city.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.entities.gazetteer import continents, gazetteer
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.lexicon import REGION_BASES, REGION_QUALIFIERS


@lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """Continents and the regions named after them ("Southeast X", "Latin X"), lower-cased,
    from GeoNames' continent list rather than a list of region names of our own."""
    names = continents()
    bases = {*names, *(c.split()[-1] for c in names), *REGION_BASES}
    qualified = {f"{q} {b}" for q in REGION_QUALIFIERS for b in bases}
    g = gazetteer()  # "South Africa" is a country, not a region of a continent
    return frozenset(bases | {r for r in qualified if not g.places(r).country})


def is_container(ctx: Context, key: int) -> bool:
    """A country or a first-level region (state, province, prefecture) by name."""
    e = ctx.entities[key]
    if coarse(e.type) != "PLACE":
        return False
    g = gazetteer()
    for form in [e.name, *e.aliases]:
        if g.country_code(form):
            return True
        places = g.places(form)
        if places.region and not (places.city and places.city.primary):
            return True
    return False


def plausible(ctx: Context, subject: int, obj: int) -> bool:
    """A country lies in no city or region; a region in no city."""
    g = gazetteer()
    sub, ob = ctx.entities[subject], ctx.entities[obj]
    if coarse(sub.type) != "PLACE":
        return True
    sub_country = any(g.country_code(f) for f in [sub.name, *sub.aliases])
    ob_country = any(g.country_code(f) for f in [ob.name, *ob.aliases])
    if sub_country and not ob_country:
        return False
    if sub_country and ob_country:
        return False  # "Ostland, Norland": two countries are neighbours
    return not _region_in_city(g.places(sub.name), g.places(ob.name))


def _region_in_city(sub, ob) -> bool:
    """'the Western District of New York in Buffalo': a state or province is in no mere
    city, unless the name is also a town smaller than that city."""
    if not sub.region or ob.city is None or ob.region or ob.country:
        return False
    return sub.city is None or sub.city.population >= ob.city.population


def is_country(ctx: Context, key: int) -> bool:
    e = ctx.entities[key]
    g = gazetteer()
    return any(g.country_code(f) for f in [e.name, *e.aliases])


def names_region(ctx: Context, key: int) -> bool:
    """A country or region by any reading of its name ("Victoria" is also a city)."""
    e = ctx.entities[key]
    g = gazetteer()
    return any(g.country_code(f) or g.places(f).region for f in [e.name, *e.aliases])


def known_place(ctx: Context, key: int) -> bool:
    """A name the gazetteer knows as a country, region or city."""
    e = ctx.entities[key]
    g = gazetteer()
    return any(g.country_code(f) or g.places(f) for f in [e.name, *e.aliases])


def is_city(ctx: Context, key: int) -> bool:
    """A city by name, not a country or region ("Wales travel to Edinburgh": a team)."""
    e = ctx.entities[key]
    g = gazetteer()
    forms = [e.name, *e.aliases]
    if any(g.country_code(f) for f in forms):
        return False
    return any(g.places(f).city is not None and not (
        g.places(f).region and not g.places(f).city.primary) for f in forms)


def country_of(ctx: Context, key: int) -> str | None:
    e = ctx.entities[key]
    g = gazetteer()
    return next((c for c in (g.country_code(f) for f in [e.name, *e.aliases]) if c), None)


def countries_holding(ctx: Context, key: int) -> set[str]:
    """The countries whose city or region a place's names are."""
    g = gazetteer()
    out: set[str] = set()
    for form in [ctx.entities[key].name, *ctx.entities[key].aliases]:
        places = g.places(form)
        if places.region:
            out.add(places.region)
        if places.city is not None and places.city.primary:
            out.add(places.city.country)
    return out
