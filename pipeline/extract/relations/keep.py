"""Which relation rows to keep: argument classes per type and rule, one row per fact.

Every rule family (dependency and token patterns, lists, nationality words, figures)
proposes rows; this module drops rows whose arguments have classes the type does not
allow (a place as visitor, a country inside a city), merges a fact said twice (keeping
the statement that adds a date or a role, or the day inside a range said before), and
gives an undated event the date its paragraph states.
"""

from __future__ import annotations

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.event_dates import next_event_date
from pipeline.extract.relations.figure_guards import measure_name
from pipeline.extract.relations.lexicon import DOTTED_LEGAL_FORMS
from pipeline.extract.relations.located import ORG_FORMS
from pipeline.extract.relations.located_guards import doubtful_location
from pipeline.extract.relations.nationality import demonyms
from pipeline.extract.relations.place_knowledge import (
    is_city,
    is_container,
    is_country,
    known_place,
    plausible,
)
from pipeline.model import Relation


def paragraph_dates(ctx: Context, rows: list[Relation]) -> None:
    """An event row without a date of its own takes the paragraph's event date, or the
    date the next sentence gives "the visit" / "the meeting"."""
    starts = {s.start_char: si for si, s in enumerate(ctx.sents)}
    for row in rows:
        if row.type in rp.EVENT_TYPES and not row.date and row.sentence_start in starts:
            si = starts[row.sentence_start]
            row.date = ctx.paragraph_date(si) or next_event_date(ctx, si, row.type)


def _allowed(ctx: Context, row: Relation) -> bool:
    if _cut_name(ctx, row.subject_key) or _cut_name(ctx, row.object_key):
        return False  # "<H.B. Shaine and Co Inc>" read as "Co Inc"
    subj_types, obj_types = rp.RULE_ARG_TYPES.get(row.rule, rp.ARG_TYPES[row.type])
    if (row.rule.endswith("_delegation") and not _team_country(ctx, row)) or (
            row.type == "visit" and row.subject_key is not None and
            coarse(ctx.label(row.subject_key)) == "PLACE" and
            is_city(ctx, row.subject_key)):
        # "21 citizens of Tornby visited", "Tornby City visited Marlow": a city acts
        # through its people; a country name as visitor is mostly a sports team
        subj_types = subj_types | {"PLACE"}
    if row.subject_key is None or coarse(ctx.label(row.subject_key)) not in subj_types:
        return False
    if row.type in ("statistic", "ranking"):
        return True
    if row.object_key is None or row.object_key == row.subject_key:
        return False
    if row.type == "position" and coarse(ctx.label(row.object_key)) == "PLACE" and \
            any(w.lower() in rp.MARKET_ROLES for w in (row.role or "").split()[-1:]):
        return False  # "New York analyst X, of Beta Securities": where he works, not for whom
    if row.type == "founding" and _object_under(ctx, row, lambda a: a.dep_ == "prep" and
                                                a.lower_ == "with"):
        return False  # "formed a joint venture with Beta Co": Beta is the partner
    if row.type == "agreement" and _placed_by_in(ctx, row):
        return False  # "franchise agreements with banks in Louisiana": where they are
    if row.type == "membership" and _object_under(ctx, row, lambda a: a.dep_ == "agent"):
        return False  # "joined the group led by Beta": the group, not its leader
    if row.type == "located_in" and ctx.entities[row.object_key].name.lower() in demonyms():
        return False  # "Teck Soon, a major Thai rubber exporter": a people's word, no place
    if row.type == "located_in" and (not plausible(ctx, row.subject_key, row.object_key)
                                     or doubtful_location(ctx, row) or
                                     measure_name(ctx.entities[row.subject_key].name)):
        return False  # "Brazil's Gross Domestic Product": a measure lies nowhere
    if row.rule in rp.CONTAINER_RULES and not is_container(ctx, row.object_key):
        return False
    if row.rule in rp.ORG_KNOWN_PLACE_RULES and coarse(ctx.label(row.subject_key)) == "ORG" \
            and _unknown_one_word_town(ctx, row.object_key):
        return False  # "Acme's Widget Division": a firm typed as a place owns its unit
    if row.rule in rp.KNOWN_PLACE_RULES and not known_place(ctx, row.object_key):
        return False  # "Eternal Sunshine of the Spotless Mind" names no place
    if row.rule in rp.PLACE_SUBJECT_RULES and _person_like_place(ctx, row.subject_key):
        return False  # "Ethiopia's Tirunesh Dibaba": a person the model called a place
    return coarse(ctx.label(row.object_key)) in obj_types or (
        row.type in rp.SYMMETRIC and coarse(ctx.label(row.object_key)) in subj_types)


def _object_under(ctx: Context, row: Relation, marks) -> bool:
    """The object's name sits under a phrase ``marks`` accepts (a 'with' phrase, a
    passive 'by'), whatever the parse made of the trigger's object."""
    sent = ctx.sentence_at(row.sentence_start)
    return sent is not None and any(
        ctx.key_at(t) == row.object_key and any(marks(a) for a in t.ancestors)
        for t in sent)


def _placed_by_in(ctx: Context, row: Relation) -> bool:
    """The object is (a list item of) the place of an 'in' phrase on the common noun
    that names the parties ("with banks in Louisiana and Washington D.C.")."""
    sent = ctx.sentence_at(row.sentence_start)
    if sent is None or coarse(ctx.label(row.object_key)) != "PLACE":
        return False  # (a body listed after the place is a party: "the city of X in
        # Morocco and the UN Fund", which the parser hangs on Morocco)
    for t in sent:
        if ctx.key_at(t) != row.object_key or ctx.key_at(t.head) == row.object_key:
            continue  # judged at the name's head word
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "in":
            noun = t.head.head
        elif t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "in" and
                                      c.i < t.i + 3 for c in t.children):
            noun = t  # "with 66 countries in Africa, the Caribbean and the Pacific": the
            # parser hangs the later places on "countries"
        else:
            continue
        if noun.pos_ == "NOUN" and ctx.key_at(noun) is None and noun.dep_ == "pobj" and \
                noun.head.lower_ in ("with", "between"):
            return True  # (the parties' own phrase: not "roads ... in western Uganda")
    return False


def _cut_name(ctx: Context, key: int | None) -> bool:
    """A name that starts with a legal form ("Co Inc") is the tail of a longer name; a
    legal form alone ("S.A.") names nothing."""
    if key is None or key not in ctx.entities:
        return False
    words = ctx.entities[key].name.split()
    return bool(words) and (words[0].replace(".", "").strip(",").upper() in ORG_FORMS or
                            words[0] in DOTTED_FORMS)


DOTTED_FORMS = frozenset(DOTTED_LEGAL_FORMS)


def _unknown_one_word_town(ctx: Context, key: int) -> bool:
    """A one-word GPE the gazetteer does not know: mostly a firm's name the model typed
    as a place ("Acme's"); regions and old states ("West Germany's") have more words or
    are typed LOC ("Europe's")."""
    e = ctx.entities[key]
    return e.type == "GPE" and len(e.name.split()) == 1 and not known_place(ctx, key)


def _team_country(ctx: Context, row: Relation) -> bool:
    return row.subject_key is not None and is_country(ctx, row.subject_key)


def _person_like_place(ctx: Context, key: int) -> bool:
    """A GPE written like a person's name ("Tirunesh Dibaba", "S Parisse"): two or three
    capitalised words, no place word, and no gazetteer entry."""
    e = ctx.entities[key]
    words = e.name.split()
    return (e.type == "GPE" and 2 <= len(words) <= 3 and all(w.istitle() for w in words)
            and not known_place(ctx, key)
            and not {w.lower() for w in words} & set(rp.PLACE_NOUNS + rp.PLACE_SUFFIXES))


def _fact(row: Relation) -> tuple:
    pair = (row.subject_key, row.object_key)
    if row.type in rp.SYMMETRIC:
        pair = tuple(sorted(pair))
    if row.type == "statistic":
        # The same amount said twice about the same owner is one fact, however the
        # two sentences name what it measures.
        return (row.type, pair, row.value, row.unit, row.date)
    if row.type == "ranking":
        return (row.type, pair, row.value, row.unit, row.metric.lower())
    return (row.type, pair)


def _narrower_date(old: str, new: str) -> bool:
    """A day inside the range said before: ISO strings compare in date order."""
    if "/" not in old or len(new) != 10 or "/" in new:
        return False
    start, end = old.split("/", 1)
    return len(start) == len(end) == 10 and start <= new <= end


def dedupe(ctx: Context, rows: list[Relation]) -> list[Relation]:
    """One row per stated fact in the document.

    A fact said twice ("visited Marlow City" in the lead and again in the body) keeps
    its first sentence as evidence, unless a later statement adds a date or a role.
    """
    kept: dict[tuple, Relation] = {}
    order: list[tuple] = []
    for row in rows:
        if row.type == "visit" and row.object_key is not None and \
                coarse(ctx.label(row.object_key)) == "PERSON":
            if row.rule.startswith(rp.TRAVEL_RULE):
                continue  # "went to Bastogne": one goes to places, so a "person" gone
                # to is a place the model mistyped, and no one was met
            row.type = "meeting"  # "paid a courtesy visit to the mayor": they met
        if not _allowed(ctx, row):
            continue
        fact = _fact(row)
        old = kept.get(fact)
        if old is None:
            kept[fact] = row
            order.append(fact)
        elif _narrower_date(old.date, row.date):
            # "From May 2nd to 9th ... a visit to Tornby and Kelby", then "On
            # May 5th ... will travel to Kelby": the day says when, of the two
            row.role = row.role or old.role
            kept[fact] = row
        elif (not old.date and row.date) or (not old.role and row.role):
            better = row if (row.date or not old.date) else old
            better.role = better.role or old.role or row.role
            better.date = better.date or old.date or row.date
            kept[fact] = better
    out = [kept[f] for f in order]
    out.sort(key=lambda r: r.sentence_start)
    return out
