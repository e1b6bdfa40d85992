"""A company's seat written into its name: "Tarvo Grain Inc of Kelby".

After an abbreviated legal form, "of <Place>" says where the company is, not more of its
name; the entity stage splits the two. A country or a continent there is often part of a
subsidiary's name ("Hospital Corp of America", "Ford Motor Co of Canada") and stays, and
so does a place followed by another legal form ("X Co of Ostland Ltd").
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import continents, gazetteer
from pipeline.extract.entities.rules import SEAT_AFTER_LEGAL_FORMS

_SEAT_OF = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in SEAT_AFTER_LEGAL_FORMS)
                      + r")\.?(?= of [A-Z])")


def seat_split_at(name: str) -> int | None:
    """Where the company's name ends (just after its legal form), when the rest of
    ``name`` is " of <seat>"; else None."""
    m = _SEAT_OF.search(name)
    if m is None or m.start() == 0 or not _seat(name[m.end() + len(" of "):]):
        return None
    return m.end()


def _seat(place: str) -> bool:
    """A city or a region after "Inc of": a seat. A country or a continent is often part
    of a subsidiary's name ("Hospital Corp of America", "Ford Motor Co of Canada"), and a
    legal form after the place closes a name ("X Co of Ostland Ltd")."""
    if any(w.rstrip(".") in SEAT_AFTER_LEGAL_FORMS for w in place.split()):
        return False
    return gazetteer().country_code(place) is None and place.lower() not in continents()
