"""Where things are: located_in rows beyond the shared dependency and token patterns.

"Based in Kelvik, Sweden, Zentor ...", "headquartered in", "X is a city in Y",
"a small locality in the region of Y", "Villaverde del Monte (Spain)", "Harbin, China",
"Chengdu in Southwest China's Sichuan province", and names that say where they are
("Investment Office of Tornby", "Canadian Embassy in Japan"; a name that only
starts with a place, "Kelton Space Center", is left alone: readers do not list it). Place knowledge
(countries and regions from the entity stage's gazetteer) keeps lists of neighbours
("Lisbon, Madrid and Rome") from reading as containment.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.entities.rules import (
    FAC_HEADS,
    FIELD_HEADS,
    NAMED_WITH_COUNTRY,
    ORG_SUFFIXES,
)
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.lexicon import SITE_NOUNS as SITE_NOUN_LIST
from pipeline.extract.relations.modality import irrealis
from pipeline.extract.relations.place_knowledge import (
    countries_holding,
    country_of,
    is_container,
    is_country,
    known_place,
    world_regions,
)
from pipeline.model import Relation

LOCATED = frozenset(rp.LOCATION_PARTICIPLES)
PLACE_NOUNS = frozenset(rp.PLACE_NOUNS)
PART_NOUNS = frozenset(rp.PART_NOUNS)
SITE_NOUNS = frozenset(SITE_NOUN_LIST)
# Plural nouns for a place's sites and firms whose listed examples are in the place.
EXAMPLE_SITE_NOUNS = frozenset(rp.POSSESSED_SITE_NOUNS + SITE_NOUN_LIST)
TRIGGERS = LOCATED | PLACE_NOUNS | EXAMPLE_SITE_NOUNS  # lemmas of every rule below


def located_rows(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    for tok in ctx.tokens_with(TRIGGERS):
        if tok.lemma_.lower() in LOCATED and tok.pos_ in ("VERB", "ADJ"):
            rows += _participle_rows(ctx, tok)
        elif tok.dep_ == "attr" and tok.lemma_.lower() in PLACE_NOUNS:
            rows += _copula_rows(ctx, tok)
        elif tok.dep_ == "appos" and tok.lemma_.lower() in PLACE_NOUNS:
            rows += _apposed_place_noun(ctx, tok)
        elif tok.tag_ == "NNS" and tok.lemma_.lower() in EXAMPLE_SITE_NOUNS:
            rows += _possessed_examples(ctx, tok)
    rows += _bracket_rows(ctx)
    rows += _comma_rows(ctx)
    rows += _known_pair_rows(ctx)
    rows += _name_rows(ctx)
    rows += _site_rows(ctx)
    return rows


def _possessed_examples(ctx: Context, tok: Token) -> list[Relation]:
    """'Norway's top universities and institutes, such as Bergen University': the named
    examples of a place's sites or firms are in that place. Only nouns for sites and
    firms: "China's trading partners such as Japan" are elsewhere."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    place = ctx.key_at(owner) if owner is not None else None
    if place is None or coarse(ctx.label(place)) != "PLACE":
        return []
    heads = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    rows = []
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or not (c.lower_ in ("including", "like") or (
                    c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for m in ctx.list_members(p):
                    key = ctx.key_at(m)
                    if key is not None and key != place and \
                            coarse(ctx.label(key)) in ("ORG", "PLACE"):
                        rows.append(_row(ctx, m, key, place, "located_in_possessed_examples"))
    return rows


def _site_rows(ctx: Context) -> list[Relation]:
    """'Nantes Science Park in Nantes aims ...', 'hosted by the TSP at Tarvik' (TSP short
    for a science park's name): a site's name right before 'in' or 'at' a place."""
    doc = ctx.doc
    rows = []
    for m in ctx.mentions:
        e = ctx.entities.get(m.key)
        if e is None or e.type not in ("ORG", "FAC", "LOC") or not any(
                name.split() and name.split()[-1].lower() in SITE_NOUNS
                for name in (m.text, e.name)):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        at = _after_short_name(doc, span.end)  # "Tarvik Science Park (TSP) at Bergen"
        if at + 1 >= len(doc) or doc[at].lower_ not in ("in", "at"):
            continue
        j = at + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        key = ctx.key_at(doc[j])
        if key is not None and key != m.key and coarse(ctx.label(key)) == "PLACE":
            rows.append(_row(ctx, span[0], m.key, key, "located_in_site_in"))
    return rows


def _after_short_name(doc, i: int) -> int:
    """Past a bracketed short name right after a name: '(TSP)'."""
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(i + 4, len(doc))) if doc[k].text == ")"),
                     None)
        if close is not None:
            return close + 1
    return i


# Legal forms of companies, written without dots ("S.A." -> "SA"), upper-cased.
ORG_FORMS = frozenset(f.replace(".", "").upper() for f in ORG_SUFFIXES)


def _row(ctx: Context, tok: Token, subject: int, obj: int, rule: str) -> Relation:
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return Relation(type="located_in", sentence_start=sent.start_char, subject_key=subject,
                    object_key=obj, rule=rule)


def _places_in(ctx: Context, prep: Token) -> list[int]:
    """The places an 'in' phrase names: 'in Kelvik, Sweden', 'in the region of Y'."""
    out: list[int] = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        if ctx.key_at(p) is None and p.lemma_.lower() in PART_NOUNS | PLACE_NOUNS:
            for c in p.children:  # "in the southeastern part of the Republic of France"
                if c.dep_ == "prep" and c.lower_ == "of":
                    out += _places_in(ctx, c)
                elif c.dep_ == "compound":  # "of the Velmora region"
                    key = ctx.key_at(c)
                    if key is not None and coarse(ctx.label(key)) == "PLACE":
                        out.append(key)
            continue
        for t in ctx.list_members(p) + [c for c in p.children if c.dep_ == "appos"]:
            key = ctx.key_at(t)
            if key is not None and coarse(ctx.label(key)) == "PLACE" and key not in out:
                out.append(key)
    return out


def _participle_subjects(ctx: Context, tok: Token) -> list[int]:
    """Whose location 'based' / 'located' / 'headquartered' states."""
    if tok.dep_ in ("acl", "relcl", "amod"):
        if tok.head.lower_ in ("both", "all") and tok.head.dep_ == "appos":
            return ctx.entities_of(tok.head.head)  # "A and B, both based in Y": each
        conjuncts = [c for c in tok.head.conjuncts if c.i < tok.i and c.i > tok.head.i]
        if conjuncts:  # "Lomak Petroleum and Strata Corp, based in Columbus": Strata
            key = ctx.entity_of(max(conjuncts, key=lambda c: c.i))
            return [key] if key is not None else []
        key = ctx.entity_of(tok.head)
        if key is not None:
            return [key]
        if tok.head.dep_ == "attr":  # "Ballarat is a city located in Victoria"
            return ctx.subject_entities(tok.head.head)
        return []
    for c in tok.children:
        if c.dep_ in ("nsubjpass", "nsubj"):
            return ctx.entities_of(c)
    if tok.dep_ in ("prep", "advcl") and tok.i == ctx.sents[ctx.sent_of[tok.i]].start:
        # "Based in Kelvik, Sweden, Zentor Science Park has been ..."
        return ctx.subject_entities(tok.head)
    if tok.dep_ == "conj":
        return _participle_subjects(ctx, tok.head)
    return []


def _participle_rows(ctx: Context, tok: Token) -> list[Relation]:
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    if not preps or irrealis(tok) or _infinitive(tok):
        return []  # "will be headquartered in Tempe", "to be based in Tempe": a plan
    subjects = [s for s in _participle_subjects(ctx, tok)
                if coarse(ctx.label(s)) in ("PLACE", "ORG")]
    rows = []
    for s in subjects:
        for p in preps:
            for o in _places_in(ctx, p):
                rows.append(_row(ctx, tok, s, o, "located_in_participle"))
    return rows


def _infinitive(tok: Token) -> bool:
    """'a new unit, Acme Ltd, to be headquartered in Tempe': an infinitive seat is one
    still planned."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _copula_rows(ctx: Context, attr: Token) -> list[Relation]:
    """'Marlow is a city in Bavaria', 'a small locality in the region of Y',
    'Velmora is both a city and the largest municipality of the Avalon region'."""
    if attr.head.lemma_ != "be":
        return []
    subj = ctx.clause_subject(attr.head)
    subjects = _place_subject(ctx, subj) if subj is not None else []
    rows = []
    for noun in [attr, *[c for c in attr.children if c.dep_ == "conj"]]:
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children):
            continue  # "the sister city of Kelton" is a tie, not a location
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for s in subjects:
                    if coarse(ctx.label(s)) in ("PLACE", "ORG"):
                        rows += [_row(ctx, attr, s, o, "located_in_copula")
                                 for o in _places_in(ctx, c)]
    return rows


def _apposed_place_noun(ctx: Context, noun: Token) -> list[Relation]:
    """'Velmora, a city in northern Ostland', 'Tarvik, the capital of Kelvik province',
    'Tarvik, Ostland's second largest city': a place described by a place noun that
    names its container. A tie word on the noun ("Kelton, the twin city of Tarvik")
    names a partner instead."""
    subject = ctx.key_at(noun.head)
    if subject is None or coarse(ctx.label(subject)) != "PLACE" or ctx.key_at(noun) is not None:
        return []
    if any(c.dep_ in ("compound", "amod") and (c.pos_ == "NOUN" or c.lower_ in rp.TIE_KINDS)
           for c in noun.children):
        return []
    first = noun.head.i
    while first > 0 and ctx.key_at(ctx.doc[first - 1]) == subject:
        first -= 1
    if any(ctx.key_at(t) not in (None, subject)
           for t in ctx.doc[noun.head.i + 1:noun.left_edge.i]) or (
            first >= 2 and ctx.doc[first - 1].text == "," and
            ctx.key_at(ctx.doc[first - 2]) not in (None, subject)):
        return []  # "a plant in Tulsa, Oklahoma, a test centre in Dayton": after a place
        # and its container, the next item of a list (whichever of the two the parse
        # hung it on)
    rows = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            rows += [_row(ctx, noun, subject, o, "located_in_appos_noun")
                     for o in _places_in(ctx, c) if o != subject]
            rows += [_row(ctx, noun, subject, o, "located_in_appos_noun")
                     for inner in _population_in(c) for o in _places_in(ctx, inner)
                     if o != subject]
        elif c.dep_ == "poss":
            o = ctx.key_at(c)
            if o is not None and o != subject and coarse(ctx.label(o)) == "PLACE":
                rows.append(_row(ctx, noun, subject, o, "located_in_appos_noun"))
    return rows


def _population_in(prep: Token) -> list[Token]:
    """'a city of 1 million people in Y': the 'in' phrase the parser hangs on the people
    a place noun counts, which says where the place is."""
    if prep.lower_ != "of":
        return []
    return [c for p in prep.children if p.dep_ == "pobj" and
            p.lemma_.lower() in POPULATION_NOUNS and any(
                d.dep_ == "nummod" or d.like_num for d in p.children)
            for c in p.children if c.dep_ == "prep" and c.lower_ == "in"]


POPULATION_NOUNS = frozenset({"people", "person", "inhabitant", "resident", "citizen"})


def _place_subject(ctx: Context, tok: Token) -> list[int]:
    """'The village of Villaverde del Monte is ...': the name after a place noun."""
    if ctx.key_at(tok) is None and tok.lemma_.lower() in PLACE_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    key = ctx.key_at(p) if p.dep_ == "pobj" else None
                    if key is not None:
                        return [key]
    return ctx.entities_of(tok)


def _mention_runs(ctx: Context):
    """(mention index, first token, last token) for each mention, in order."""
    runs = []
    for mi, m in enumerate(ctx.mentions):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and m.key in ctx.entities:
            runs.append((mi, span.start, span.end))
    return runs


def _bracket_rows(ctx: Context) -> list[Relation]:
    """'Villaverde del Monte (Spain)', 'Kelvik (Slovenia)': a country or region in brackets;
    a legal form after the bracket makes it part of a firm's name, which the mention cut."""
    rows = []
    doc = ctx.doc
    runs = _mention_runs(ctx)
    by_start = {start: (mi, end) for mi, start, end in runs}
    for mi, start, end in runs:
        if end + 2 >= len(doc) or doc[end].text != "(":
            continue
        inner = by_start.get(end + 1)
        if inner is None or inner[1] >= len(doc) or doc[inner[1]].text != ")":
            continue
        if inner[1] + 1 < len(doc) and \
                doc[inner[1] + 1].text.replace(".", "").upper() in ORG_FORMS:
            continue  # "Acme Finance (Tornby) Ltd": the bracket is inside one firm's name
        subj, obj = ctx.mentions[mi].key, ctx.mentions[inner[0]].key
        if coarse(ctx.label(subj)) in ("PLACE", "ORG") and is_container(ctx, obj):
            rows.append(_row(ctx, doc[start], subj, obj, "located_in_bracket"))
    return rows


def _comma_rows(ctx: Context) -> list[Relation]:
    """'Harbin, China', 'Okayama, Japan in 1986 followed by Chengdu, China (1998)'.

    The second name must be a country or region the gazetteer knows, and the first a
    place or organisation that is not itself a country: neighbours in a list of cities
    ("Lisbon, Madrid and Rome") never qualify.
    """
    rows = []
    doc = ctx.doc
    runs = _mention_runs(ctx)
    by_start = {start: (mi, end) for mi, start, end in runs}
    for mi, start, end in runs:
        if end + 1 >= len(doc) or doc[end].text != ",":
            continue
        nxt = by_start.get(end + 1)
        if nxt is None:
            continue
        subj, obj = ctx.mentions[mi].key, ctx.mentions[nxt[0]].key
        if coarse(ctx.label(subj)) not in ("PLACE", "ORG") or not is_container(ctx, obj):
            continue
        if nxt[1] < len(doc) and doc[nxt[1]].lower_ in ("'s", "’s", "'"):
            continue  # "Reliance, India's largest company": a possessive, not a location
        if is_container(ctx, subj) and not is_country(ctx, obj):
            continue  # "England, Wales, Italy": regions in a row are neighbours
        if _in_list(ctx, start, nxt[1]):
            continue
        if ctx.entities[subj].name.lower() in world_regions():
            continue  # "visit Europe, Mexico and ..."
        if _clause_subject(doc[start:end], doc[end + 1:nxt[1]]):
            continue  # "As a member of the EC, Portugal recorded ...": a new clause
        if _byline(ctx, start):
            continue  # "By Ann Kelby, Tornby News, New York": where the writer files from
        rows.append(_row(ctx, doc[start], subj, obj, "located_in_comma"))
    return rows


def _known_pair_rows(ctx: Context) -> list[Relation]:
    """'at Tarvik Ostland' (no comma): a city or region the gazetteer places in the
    country named right after it."""
    rows = []
    doc = ctx.doc
    runs = _mention_runs(ctx)
    by_start = {start: (mi, end) for mi, start, end in runs}
    for mi, start, end in runs:
        nxt = by_start.get(end)
        if nxt is None or ctx.sent_of[start] != ctx.sent_of[end]:
            continue
        subj, obj = ctx.mentions[mi].key, ctx.mentions[nxt[0]].key
        if subj == obj or coarse(ctx.label(subj)) != "PLACE" or is_country(ctx, subj):
            continue
        country = country_of(ctx, obj)
        if country and country in countries_holding(ctx, subj):
            rows.append(_row(ctx, doc[start], subj, obj, "located_in_known_pair"))
    return rows


def _clause_subject(first, second) -> bool:
    """The second name is the subject of the clause that follows the comma, and the first
    sits in an opening phrase of that clause ("As a member of the EC, Portugal
    recorded"), so the comma closes the phrase rather than adding a container."""
    root = second.root
    while root.dep_ == "compound" and root.head.i >= second.end and \
            not any(t.is_punct for t in second.doc[second.end:root.head.i]):
        root = root.head  # "..., U.S. officials said": the name modifies the subject
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or \
            verb.i < second.end or any(  # two subjects: a misparse of "X, Y"
                c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i for c in verb.children):
        return False
    return any(a.i == verb.i for a in first.root.ancestors)


def possessed_noun(span) -> bool:
    """'Saudi Arabia's OPEC quota': the possessed name only modifies a common noun, which
    is what the place has; a site noun keeps the name ("Montreal's Mirabel airport")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and \
        after.lemma_.lower() not in rp.POSSESSED_SITE_NOUNS + rp.PLACE_NOUNS + rp.SEAT_NOUNS


def owned_site(ctx: Context, span) -> bool:
    """'Champlin's Corpus Christi plant': a site named after its place and possessed by
    a name the gazetteer does not know as a place is a firm's site (a firm the model
    typed as a place), not a place inside it; "Montreal's Mirabel airport" stays."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ != "NOUN":
        return False
    owner = next((ctx.key_at(t) for t in span if ctx.key_at(t) is not None), None)
    return owner is not None and not known_place(ctx, owner)


def relation_noun(attr: Token) -> bool:
    """'the EC was China's third largest trading partner': a partner of a place is not in
    it, nor is its largest export."""
    return attr.lemma_.lower() in rp.RELATION_NOUNS + rp.PRODUCT_NOUNS


def _pair_follows(ctx: Context, i: int, key: int) -> bool:
    """'..., and Austin, United States': the next item is itself a place and its country."""
    doc = ctx.doc
    while i < len(doc) and ctx.key_at(doc[i]) == key:
        i += 1
    if i + 1 < len(doc) and doc[i].text == ",":
        nxt = ctx.key_at(doc[i + 1])
        return nxt is not None and is_container(ctx, nxt)
    return False


def _place_follows(ctx: Context, i: int, key: int) -> bool:
    """The item at ``i`` has a place of its own after a comma ("Moore, Okla.")."""
    doc = ctx.doc
    while i < len(doc) and ctx.key_at(doc[i]) == key:
        i += 1
    nxt = ctx.key_at(doc[i + 1]) if i + 1 < len(doc) and doc[i].text == "," else None
    return nxt is not None and coarse(ctx.label(nxt)) == "PLACE"


def listed_pair(ctx: Context, subj: Token, obj: Token) -> bool:
    """The parser's apposition "X, Y" is two items of a list of places ("cities in
    Ostland, Norland, Kelby and Tornby"): the second closes a list after other places,
    or is followed by more places closed by "and" ("Kelby and Tornby, Ostland" are
    towns in their country or region).
    "Kelby, Tornby Province, Ostland" and "Kelby, N.O., and Tornby, S.O." (places with
    their regions in a row) stay."""
    s_key, o_key = ctx.key_at(subj), ctx.key_at(obj)
    if s_key is None or o_key is None:
        return False
    doc = ctx.doc
    start = obj.i
    while start > 0 and ctx.key_at(doc[start - 1]) == o_key:
        start -= 1
    before = start - 1
    while before > subj.i and (doc[before].pos_ in ("DET", "ADJ")):
        before -= 1
    if before > subj.i and doc[before].lower_ in ("and", "or") and any(
            (k := ctx.key_at(t)) not in (None, s_key, o_key) and
            coarse(ctx.label(k)) == "PLACE" for t in doc[subj.i:before]):
        return True  # the second closes a list ("..., Kelby and Tornby"; not
        # "Kelby and Tornby, Ostland": towns and their country)
    end = obj.i
    while end < len(doc) and ctx.key_at(doc[end]) == o_key:
        end += 1
    if _closed_by_phrase(ctx, end, o_key):
        return True
    items = 0
    while end + 1 < len(doc) and doc[end].text in (",", "and", "or"):
        nxt = _skip_ahead(ctx, end + 1)
        after = ctx.key_at(doc[nxt]) if nxt < len(doc) else None
        if after is None or coarse(ctx.label(after)) != "PLACE" or \
                is_country(ctx, after) or _place_follows(ctx, nxt, after):
            break
        items += 1
        if doc[end].lower_ in ("and", "or") or \
                any(t.lower_ in ("and", "or") for t in doc[end:nxt]):
            return True  # "..., Ostland, Kelby and Tornby": the list closes
        end = nxt
        while end < len(doc) and ctx.key_at(doc[end]) == after:
            end += 1
    return False


def _byline(ctx: Context, i: int) -> bool:
    """Token ``i`` is in a byline: a sentence that opens with "By" and a person's name."""
    sent = ctx.sents[ctx.sent_of[i]]
    if len(sent) < 2 or sent[0].lower_ != "by":
        return False
    key = ctx.key_at(sent[1])
    return key is not None and coarse(ctx.label(key)) == "PERSON"


def _in_list(ctx: Context, start: int, end: int) -> bool:
    """'England, Wales and Northern Ireland', 'Ochil, Stirling, East Renfrewshire':
    the pair sits in a list of places when the second is followed by 'and' / 'or' and a
    place, or the first follows a comma after a place that is not a container."""
    doc = ctx.doc
    second = ctx.key_at(doc[end - 1]) if end > 0 else None
    if end + 1 < len(doc) and doc[end].text == "," and second is not None and \
            not is_country(ctx, second):
        # "in Chengdu, Sichuan, Hebei, Henan", "Alaska, the North Sea": a list (but
        # "Longview, Texas, and Moore, Okla.": places with their states in a row)
        nxt = _skip_ahead(ctx, end + 1)
        after = ctx.key_at(doc[nxt])
        serial = any(t.lower_ in ("and", "or") for t in doc[end + 1:nxt])
        if after is not None and coarse(ctx.label(after)) == "PLACE" and \
                not is_country(ctx, after) and not (serial and _place_follows(ctx, nxt, after)):
            return True
    if end + 1 < len(doc) and doc[end].text == "," and _ends_list(ctx, end + 1):
        return True  # "in Osaka, Lisbon, Moscow and Prague": a country in a list
    if end + 1 < len(doc) and doc[end].text == "," and second is not None and \
            is_country(ctx, second):
        after = ctx.key_at(doc[_skip_ahead(ctx, end + 1)])
        if after is not None and is_country(ctx, after):
            return True  # "the EC, Canada, Belgium, Britain": countries in a row
    if second is not None and _closed_by_phrase(ctx, end, second):
        return True
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or", "&"):
        nxt = _skip_ahead(ctx, end + 1)  # "Georgia and northern Alabama"
        after = ctx.key_at(doc[nxt])
        if after is not None and coarse(ctx.label(after)) == "PLACE" and \
                not _pair_follows(ctx, nxt, after):
            return True
    start = _skip_back(doc, start)  # "Virginia, the Carolinas, Georgia"
    if start >= 2 and doc[start - 1].text == ",":
        before = ctx.key_at(doc[start - 2])
        if before is not None and coarse(ctx.label(before)) == "PLACE" and \
                not is_container(ctx, before):
            return True
    return False


def _closed_by_phrase(ctx: Context, end: int, second: int) -> bool:
    """'ceremonies in Kelby, Tornby and around the world': two places in a list of where,
    closed by a phrase after "and" (not "in Kelby, Ostland and elsewhere": a country;
    nor "in Kelby, Ohio, and elsewhere": a comma closes the city's state)."""
    doc = ctx.doc
    return end + 1 < len(doc) and doc[end].lower_ in ("and", "or") and \
        doc[end + 1].pos_ in ("ADP", "ADV") and not is_country(ctx, second)


def _skip_ahead(ctx: Context, i: int) -> int:
    """Past an article or adjective before a list item ("the North Sea", "northern Y")."""
    doc = ctx.doc
    while i + 1 < len(doc) and ctx.key_at(doc[i]) is None and (
            doc[i].lower_ in ("the", "a", "an", "and", "or") or doc[i].pos_ in ("ADJ", "ADV")):
        i += 1  # ", and Ostmark": the last item after a serial comma; ", and even Ostmark"
    return i


def _skip_back(doc, start: int) -> int:
    """Back over 'the' before a list item ("Virginia, the Carolinas"; "Acme, a Tulsa,
    Oklahoma firm" starts a description, not a list)."""
    while start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    return start


def _ends_list(ctx: Context, i: int) -> bool:
    """A city at token ``i`` closes a list ("..., Moscow and Prague"): it is followed by
    'and' / 'or' and another city, not by a comma and its own country."""
    doc = ctx.doc
    first = ctx.key_at(doc[i])
    if first is None or coarse(ctx.label(first)) != "PLACE" or is_container(ctx, first):
        return False
    j = i
    while j < len(doc) and ctx.key_at(doc[j]) == first:
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "or"):
        return False
    last = ctx.key_at(doc[j + 1])
    return last is not None and coarse(ctx.label(last)) == "PLACE" and \
        not is_container(ctx, last)


# Words naming a body or a building, before the place an organisation is named after.
NAMED_BODY_HEADS = FIELD_HEADS | FAC_HEADS | NAMED_WITH_COUNTRY | frozenset(ORG_SUFFIXES)
_NAME_PLACE = re.compile(r"\b(?:of|in|at)\s+(?:the\s+)?(.+)$")


def _name_rows(ctx: Context) -> list[Relation]:
    """'Investment Office of Tornby', 'Canadian Embassy in Japan': an
    organisation or building whose name ends in a place the document names."""
    places: dict[str, int] = {}
    for e in ctx.entities.values():
        if coarse(e.type) == "PLACE":
            for form in [e.name, *e.aliases]:
                places.setdefault(form.lower(), e.key)
    rows = []
    seen = set()
    for mi, m in enumerate(ctx.mentions):
        e = ctx.entities.get(m.key)
        if e is None or e.type not in ("ORG", "FAC") or m.key in seen:
            # (a LOC named after a place, "the Gulf of Aden", is no more inside it)
            continue
        for form in [m.text, e.name]:
            found = _NAME_PLACE.search(form)
            key = places.get(found.group(1).lower()) if found else None
            head = form[:found.start()].split()[-1:] if found else []
            if key is not None and not known_place(ctx, key) and \
                    ctx.entities[key].name.lower() not in world_regions() and \
                    not set(head) & NAMED_BODY_HEADS:
                key = None  # "the Zen of Python": a name we cannot place needs a body
                # or building before it ("Investment Office of Tornby")
            if key is not None and key != m.key:
                seen.add(m.key)
                span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    rows.append(_row(ctx, span[0], m.key, key, "located_in_name"))
                break
        del mi
    return rows
