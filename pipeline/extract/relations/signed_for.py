"""Agreements that office holders sign for their places.

"Mayor Ann Berg of Tornby and Governor Olav Lund of Vikby signed the agreement": the
two officials sign, and the agreement binds their places; city-partnership news names
the places as the parties. A place is taken only when each signer holds a post at
exactly one place in the document, so a person with two offices, or none stated, adds
nothing.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.extract.relations.context import Context, coarse
from pipeline.model import Relation


def place_agreements(ctx: Context, rows: list[Relation]) -> list[Relation]:
    posts: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        if r.type == "position" and r.object_key is not None and \
                coarse(ctx.label(r.object_key)) == "PLACE":
            posts[r.subject_key].add(r.object_key)
    out: list[Relation] = []
    for r in rows:
        if r.type != "agreement" or r.object_key is None:
            continue
        if coarse(ctx.label(r.subject_key)) != "PERSON" or \
                coarse(ctx.label(r.object_key)) != "PERSON":
            continue
        a, b = posts.get(r.subject_key, set()), posts.get(r.object_key, set())
        if len(a) != 1 or len(b) != 1 or a == b:
            continue
        out.append(Relation(type="agreement", sentence_start=r.sentence_start,
                            subject_key=next(iter(a)), object_key=next(iter(b)),
                            role=r.role, date=r.date, rule="agreement_signed_for_places"))
    return out
