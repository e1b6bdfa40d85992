"""Visits said through a list or a courtesy call, beyond "X visited Y" and "X's visit to Y".

* "Governor Moreau visited five large cities – Austin, Plano and Dallas
  in Texas, Tulsa in Oklahoma": the places listed after a dash or colon that
  explains a plural object; a place after "in" only says where the one before it is;
* "Mayor X called on the City Council and the Trade Council": calling on a body or place
  is going there, calling on a person meeting them (and going to the place they are
  "of"); "called on the government to resign" is a demand, not a visit.
* "made an official visit to Mayor X of Tornby": the person met (a meeting, see keep.py)
  and the place they are "of" (a visit), used by the "visit_noun_to" pattern.

The small parser hangs such lists on the wrong heads, so the list is read in surface
order from the mentions, with the verb and its object from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.modality import irrealis
from pipeline.extract.relations.planned import planned_present
from pipeline.extract.relations.title_runs import title_run
from pipeline.model import Relation

VISIT_VERBS = frozenset(rp.VISIT_VERBS)
HOST_VERBS = frozenset(rp.HOST_VERBS)
TRIGGERS = VISIT_VERBS | HOST_VERBS | {"call"}  # lemmas of visit_rows
VISIT_NOUNS = frozenset(rp.VISIT_NOUNS)
LIST_MARKS = frozenset({"–", "—", "-", ":"})
VISITOR_CLASSES = ("PERSON", "ORG")
VISITED_CLASSES = ("PLACE", "ORG")
# Unnamed sites one visits or tours: "toured the Acme plant", "a school in Kelby".
VISITED_SITES = frozenset(rp.SEAT_NOUNS) | frozenset(rp.SITE_NOUNS) | frozenset(
    rp.POSSESSED_SITE_NOUNS) | frozenset({"facility", "site", "farm", "works", "port"})
# Phrases that make "called on X" a demand made of X: "called on X for help", "over the
# plan", "about the strike".
DEMAND_PREPS = frozenset({"for", "over", "about", "regarding"})


def visit_rows(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    for tok in ctx.tokens_with(TRIGGERS):
        if tok.pos_ != "VERB" or irrealis(tok) or planned_present(ctx, tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma in VISIT_VERBS:
            rows += _listed_after_object(ctx, tok)
            rows += _site_visits(ctx, tok)
        elif lemma == "call":
            rows += _called_on(ctx, tok)
        elif lemma in HOST_VERBS:
            rows += _hosted_for_visit(ctx, tok)
            rows += _welcomed_to(ctx, tok)
    return rows


def _row(ctx: Context, tok: Token, subject: int, obj: int, rule: str,
         rtype: str = "visit") -> Relation:
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return Relation(type=rtype, sentence_start=sent.start_char, subject_key=subject,
                    object_key=obj, rule=rule, date=ctx.event_date(tok))


def _visitors(ctx: Context, verb: Token) -> list[int]:
    return [k for k in ctx.subject_entities(verb) if coarse(ctx.label(k)) in VISITOR_CLASSES]


def _listed_after_object(ctx: Context, verb: Token) -> list[Relation]:
    """'visited seven cities – A, B and C in D': the plural object's named members."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or ctx.key_at(obj) is not None:
        return []
    sent = ctx.sents[ctx.sent_of[verb.i]]
    mark = next((t for t in ctx.doc[obj.i + 1:sent.end] if t.text in LIST_MARKS), None)
    if mark is None or any(t.pos_ == "VERB" for t in ctx.doc[obj.i + 1:mark.i]):
        return []
    places = _list_places(ctx, mark.i + 1, sent.end)
    visitors = _visitors(ctx, verb)
    return [_row(ctx, verb, s, p, "visit_listed_places")
            for s in visitors for p in places if p != s]


def _site_visits(ctx: Context, verb: Token) -> list[Relation]:
    """'toured the Acme plant', 'visited a water treatment plant in Kelby': an unnamed
    site is visited with the company named on it and the place it is in."""
    site = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if site is None or site.pos_ != "NOUN" or ctx.key_at(site) is not None or \
            site.lemma_.lower() not in VISITED_SITES:
        return []
    found: list[int] = []
    for c in site.children:
        key = ctx.key_at(c) if c.dep_ == "compound" else None
        if key is not None and coarse(ctx.label(key)) == "ORG":
            found.append(key)
    for head in (site, verb):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and \
                    (head is site or c.i > site.i):
                found += [k for p in c.children if p.dep_ == "pobj"
                          for k in [ctx.entity_of(p, allow_carry=False)]
                          if k is not None and coarse(ctx.label(k)) == "PLACE"
                          and k not in found]
    if not found:
        return []
    subj = ctx.clause_subject(verb)
    rule, classes = "visit_site", VISITOR_CLASSES
    if subj is not None and subj.lemma_.lower() in rp.DELEGATION_NOUNS:
        rule, classes = "visit_site_delegation", (*VISITOR_CLASSES, "PLACE")
    visitors = [k for k in ctx.subject_entities(verb) if coarse(ctx.label(k)) in classes]
    return [_row(ctx, verb, v, k, rule) for v in visitors for k in found if k != v]


def _list_places(ctx: Context, start: int, end: int) -> list[int]:
    """Places listed from ``start``: commas and 'and' join items; 'in X' (and what
    follows it up to the next item) only locates the item before it; the list ends at
    the first word that is neither."""
    out: list[int] = []
    scoped = False  # inside "in Texas" / "in the Canadian province of X"
    for t in ctx.doc[start:end]:
        key = ctx.key_at(t)
        if t.text in (",", ";") or t.lower_ in ("and", "as", "well"):
            scoped = False
            continue
        if t.lower_ == "in":
            scoped = True
            continue
        if t.pos_ == "VERB" or (t.lower_ == "to" and t.pos_ == "PART"):
            break  # "– to attract investment": the list is over
        if scoped:
            continue
        if key is None:
            if t.pos_ in ("DET",):
                continue
            if out:
                break
            return []
        if coarse(ctx.label(key)) not in VISITED_CLASSES:
            break
        if key not in out:
            out.append(key)
    return out


def _called_on(ctx: Context, verb: Token) -> list[Relation]:
    """'called on the Tornby City Council': a visit to a body or place."""
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and
           any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
           for t in verb.subtree):
        return []  # "called on the government to resign": a demand
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in DEMAND_PREPS)
           for c in verb.children):
        return []  # "called on X for help", "called on X over the plan"
    objects: list[int] = []
    people: list[int] = []
    places: list[int] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                keys = ctx.entities_of(p)
                objects += [k for k in keys if coarse(ctx.label(k)) in VISITED_CLASSES]
                met = [k for k in keys if coarse(ctx.label(k)) == "PERSON"] \
                    if _office_holder(ctx, p) else []
                people += met
                if met:  # "called on Governor X of Kelby": went to Kelby
                    places += host_place(ctx, verb, p)
    visitors = _visitors(ctx, verb)
    rows = [_row(ctx, verb, s, o, "visit_called_on")
            for s in visitors for o in objects + places if o != s]
    rows += [_row(ctx, verb, s, o, "meeting_called_on", "meeting")
             for s in visitors for o in people if o != s]
    return rows


def _hosted_for_visit(ctx: Context, verb: Token) -> list[Relation]:
    """'Acme hosted delegates from Tornby and Kelby for an exchange visit in Marlow': the
    guests (a group's senders, or the people named) visited the place of the visit."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None:
        return []
    places: list[int] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in VISIT_NOUNS:
                continue
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to"):
                    places += [k for p in c.children if p.dep_ == "pobj"
                               for k in ctx.entities_of(p)
                               if coarse(ctx.label(k)) in VISITED_CLASSES]
    if not places:
        return []
    rule = "visit_hosted_for"
    if guest.lemma_.lower() in rp.DELEGATION_NOUNS:
        guests = ctx.senders(guest)
        rule += "_delegation"
    else:
        guests = [k for k in ctx.entities_of(guest)
                  if coarse(ctx.label(k)) in VISITOR_CLASSES]
    return [_row(ctx, verb, g, p, rule) for g in guests for p in places if g != p]


def _office_holder(ctx: Context, tok: Token) -> bool:
    """'called on Governor X', 'called on the Governor of Kelby H.E. X': one calls on a
    holder of an office; "Coach Grant called on Tom Reed" picks a player."""
    if tok.lower_ in rp.TITLE_HEADS:
        return True
    mi = ctx.mention_at(tok)
    if mi < 0:
        return False
    first = ctx.doc.char_span(ctx.mentions[mi].start, ctx.mentions[mi].end,
                              alignment_mode="expand")
    return first is not None and first.start > 0 and \
        ctx.doc[first.start - 1].lower_ in rp.TITLE_HEADS


def call_places(ctx: Context, call: Token, obj: Token) -> list[int]:
    """'paid a courtesy call on Governor X in Kelby', '... to the Governor of Kelby HE.
    X': where the caller went, when the one called on is a person."""
    key = ctx.entity_of(obj, allow_carry=False)
    if key is None or coarse(ctx.label(key)) != "PERSON":
        return []
    places = list(host_place(ctx, call, obj))
    if obj.lower_ in rp.TITLE_HEADS:  # "the Governor of Kelby HE. X": the title's "of"
        places += [p for p in title_run(ctx, obj)[1] if p not in places]
    for head in (call, call.head, obj):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                places += [k for p in c.children if p.dep_ == "pobj"
                           for k in [ctx.entity_of(p, allow_carry=False)]
                           if k is not None and coarse(ctx.label(k)) == "PLACE"
                           and k not in places]
    return places


def _welcomed_to(ctx: Context, verb: Token) -> list[Relation]:
    """'Governor X welcomed the Tornby delegation to Kelby': the guests came to the place.
    Only a place: "welcomed Y to the board" is a new member of a body."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or verb.lemma_.lower() != "welcome":
        return []
    places = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj" for k in ctx.entities_of(p)
              if coarse(ctx.label(k)) == "PLACE"]
    if not places:
        return []
    rule, classes = "visit_welcomed_to", VISITOR_CLASSES
    if guest.lemma_.lower() in rp.DELEGATION_NOUNS:
        rule, classes = "visit_welcomed_to_delegation", (*VISITOR_CLASSES, "PLACE")
    guests = [k for k in ctx.entities_of(guest) if coarse(ctx.label(k)) in classes]
    return [_row(ctx, verb, g, p, rule) for g in guests for p in places if g != p]


def host_place(ctx: Context, trigger: Token, obj: Token) -> list[int]:
    """'a visit to Mayor X of Tornby': going to see the mayor of a place is going to
    that place. The 'of' phrase may hang on the person or (a parser slip) on the visit."""
    key = ctx.entity_of(obj, allow_carry=False)
    if key is None or coarse(ctx.label(key)) != "PERSON":
        return []
    heads = [obj] + [trigger] * any(c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i
                                    for c in trigger.children)
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i:
                places = [p for t in c.children if t.dep_ == "pobj"
                          for p in [ctx.entity_of(t, allow_carry=False)]
                          if p is not None and coarse(ctx.label(p)) == "PLACE"]
                if places:
                    return places
    return []


def to_person(ctx: Context, prep: Token) -> bool:
    return any(p.dep_ == "pobj" and (key := ctx.entity_of(p, allow_carry=False)) is not None
               and coarse(ctx.label(key)) == "PERSON" for p in prep.children)
