"""Agreements between places and bodies, beyond "X signed an agreement with Y".

* "Marlow and Kelton have concluded a friendly city agreement": the coordinated
  subjects are the parties;
* "The memorandum, signed by A and B, ...": the signers;
* "an agreement to work with Y", "a Partnership Agreement was signed with Y" (no subject:
  the paragraph's topic is the other party);
* "sister city relationships with A and B", "established sisterhood relations with A in
  1986 followed by B (1998)": ties named by a kind word, with a year per partner;
* "X has been the sister city of Y since 2015", "X, a twin town of Y";
* "A and B established friendly relations in 1995": the coordinated subjects.

Rows carry the kind of tie in ``role`` ("sister city", "friendship city", "MOU").
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.modality import irrealis
from pipeline.extract.relations.place_knowledge import is_container
from pipeline.model import Relation

AGREEMENT_NOUNS = frozenset(rp.AGREEMENT_NOUNS)
TIE_NOUNS = frozenset(rp.TIE_NOUNS)
TIE_KINDS = rp.TIE_KINDS
SIGN_VERBS = frozenset(rp.SIGN_VERBS)
# Verbs whose agents made the agreement they describe ("reached by", "negotiated by").
SIGNING = SIGN_VERBS | frozenset(rp.AGREEING_VERBS)
PARTY_CLASSES = ("PLACE", "ORG", "PERSON")
# Verbs of putting one's name to a document: "sealed" or "reached" a deal says less.
COSIGN_VERBS = frozenset({"sign", "ink", "countersign", "co-sign"})
TOPIC_WINDOW = 2
# Events named after a signing: "the MOU signing ceremony between A and B".
SIGNING_EVENTS = frozenset({"ceremony"})


def agreement_rows(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    for tok in ctx.doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = _lemma(tok)
        if lemma in AGREEMENT_NOUNS or tok.lower_ in AGREEMENT_NOUNS or \
                _letter_of_intent(tok):
            rows += _agreement_noun(ctx, tok)
        elif lemma in TIE_NOUNS and _tie_kind(tok):
            rows += _tie_with(ctx, tok)
            rows += _tie_between(ctx, tok)
            rows += _tie_pair(ctx, tok)
        elif lemma in rp.PLACE_NOUNS and _tie_kind(tok):
            rows += _sister_of(ctx, tok)
            rows += _sister_named(ctx, tok)
    return rows


def _lemma(tok: Token) -> str:
    """The lower-cased lemma; a capitalised plural ("Sister Cities", tagged a proper
    noun) has the small model's lemma unchanged, so its singular is made here."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.tag_ == "NNPS" or (tok.pos_ == "PROPN" and
                                                        lemma.endswith("s")):
        if lemma.endswith("ies"):
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith("ss"):
            return lemma[:-1]
    return lemma


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or (tok.pos_ == "PROPN" and _lemma(tok) != tok.lower_)


def _letter_of_intent(tok: Token) -> bool:
    """'a Letter of Intent': a signed agreement named by its kind."""
    return tok.lemma_.lower() == "letter" and any(
        c.dep_ == "prep" and c.lower_ == "of" and
        any(p.dep_ == "pobj" and p.lower_ == "intent" for p in c.children)
        for c in tok.children)


def _row(ctx: Context, tok: Token, a: int, b: int, rule: str, role: str, date: str):
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return Relation(type="agreement", sentence_start=sent.start_char, subject_key=a,
                    object_key=b, rule=rule, role=role, date=date)


def _cosigners_met(ctx: Context, tok: Token, verb: Token, a: int, b: int,
                   date: str) -> list[Relation]:
    """'Mayor A and Mayor B signed the agreement': two people putting their names to
    one document in one act met for it (in a hall or on a video call). Places and
    bodies sign through others, who are not named."""
    if verb.lemma_.lower() not in COSIGN_VERBS or \
            coarse(ctx.label(a)) != "PERSON" or coarse(ctx.label(b)) != "PERSON":
        return []
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return [Relation(type="meeting", sentence_start=sent.start_char, subject_key=a,
                     object_key=b, rule="meeting_cosigned", date=date)]


def _parties(keys: list[int], ctx: Context) -> list[int]:
    return [k for k in keys if coarse(ctx.label(k)) in PARTY_CLASSES]


def _kind(tok: Token) -> str:
    tie = _tie_kind(tok)
    if tie:
        return tie
    if _letter_of_intent(tok):
        return "letter of intent"
    return rp.AGREEMENT_KINDS.get(tok.lower_, rp.AGREEMENT_KINDS.get(tok.lemma_.lower(), ""))


def _tie_kind(tok: Token) -> str:
    """'sister city', 'friendship city', 'partnership' from the noun and its modifiers."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod")]
    words = [c.lower_ for c in mods] + [tok.lemma_.lower()]
    for word in words:
        if word in TIE_KINDS:
            return TIE_KINDS[word]
    return ""


def _agreement_noun(ctx: Context, tok: Token) -> list[Relation]:
    """Cases the dependency patterns leave: no 'with' and no 'between' on the noun."""
    holder = tok
    while holder.dep_ == "compound" and holder.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head
    if holder is not tok and holder.lemma_.lower() in SIGNING_EVENTS:
        return _signing_event(ctx, tok, holder)
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if preps & {"with", "between"}:
        return []
    named = ctx.key_at(tok)
    if named is not None and coarse(ctx.label(named)) == "ORG":
        return []  # "the Andean Pact, formed by A and B": a body named a pact; its
        # founders signed no agreement with each other in this sentence
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and irrealis(verb):
        return []
    kind = _kind(tok)
    rows = []
    # "Marlow and Kelton have concluded a friendly city agreement"
    if tok.dep_ == "dobj" and verb.lemma_.lower() in SIGN_VERBS:
        parties = _parties(ctx.subject_entities(verb), ctx)
        date = ctx.event_date(verb)
        for a, b in _same_side_pairs(ctx, parties):
            rows.append(_row(ctx, tok, a, b, "agreement_coordinated", kind, date))
            rows += _cosigners_met(ctx, tok, verb, a, b, date)
        others = _with_objects(ctx, verb)
        for a in parties:
            for b in others:
                rows.append(_row(ctx, tok, a, b, "agreement_verb_with", kind, date))
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl") or irrealis(c):
            continue
        # "The memorandum, signed today by A and B" ("the Andean Pact, formed by A, B and
        # C": a body set up, named by an agreement word)
        for agent in (x for x in c.children if x.dep_ == "agent" and
                      c.lemma_.lower() in SIGNING):
            signers = [k for p in agent.children if p.dep_ == "pobj"
                       for k in ctx.entities_of(p)]
            signers = [_titled_person_after(ctx, k, agent) for k in signers]
            for a, b in _signer_pairs(ctx, tok, signers):
                rows.append(_row(ctx, tok, a, b, "agreement_signed_by", kind,
                                 ctx.event_date(c)))
                rows += _cosigners_met(ctx, tok, c, a, b, ctx.event_date(c))
        # "established a formal agreement to work with Y"
        others = _with_objects(ctx, c)
        if others:
            subjects = _parties(ctx.subject_entities(tok), ctx)
            for a in subjects:
                for b in others:
                    rows.append(_row(ctx, tok, a, b, "agreement_to_work_with", kind,
                                     ctx.event_date(tok)))
    # "an agreement was signed between the city of Tornby and the city of Avalon"
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in SIGN_VERBS:
        pair = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                for p in c.children if p.dep_ == "pobj"
                for k in _parties(ctx.entities_of(p), ctx)]
        if len(pair) == 2:
            return rows + [_row(ctx, tok, pair[0], pair[1], "agreement_signed_between",
                                kind, ctx.event_date(verb))]
    # "A memorandum of understanding was signed by Tornby and Kiel"
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in SIGN_VERBS:
        signers = [k for a in verb.children if a.dep_ == "agent"
                   for p in a.children if p.dep_ == "pobj" for k in ctx.entities_of(p)]
        for a, b in _signer_pairs(ctx, tok, signers):
            rows.append(_row(ctx, tok, a, b, "agreement_passive_by", kind,
                             ctx.event_date(verb)))
    # "a Partnership Agreement was signed with the City of Kelvik"
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in SIGN_VERBS and \
            not any(c.dep_ == "agent" for c in verb.children):
        others = _with_objects(ctx, verb)
        topic = _topic(ctx, tok)
        if topic is not None:
            for b in others:
                if b != topic:
                    rows.append(_row(ctx, tok, topic, b, "agreement_passive_topic", kind,
                                     ctx.event_date(verb)))
    return rows


def _titled_person_after(ctx: Context, key: int, agent: Token) -> int:
    """'signed by Minister A and Acme chief executive B': the parse often takes "Acme" for
    the second signer and B for an apposition; the signer is the person its title run
    names. Any other key is returned as it is."""
    if coarse(ctx.label(key)) != "ORG":
        return key
    doc = agent.doc
    sent = ctx.sents[ctx.sent_of[agent.i]]
    ends = [t.i for t in doc[agent.i:sent.end] if ctx.key_at(t) == key]
    if not ends:
        return key
    i = ends[-1] + 1
    while i < sent.end and doc[i].lower_ in rp.TITLE_WORDS and ctx.key_at(doc[i]) is None:
        i += 1
    person = ctx.key_at(doc[i]) if ends[-1] + 1 < i < sent.end else None
    return person if person is not None and coarse(ctx.label(person)) == "PERSON" else key


def _signer_pairs(ctx: Context, tok: Token, signers: list[int]) -> list[tuple[int, int]]:
    """Pairs of those who signed one agreement. 'agreements reached by A, B and C': each
    reached its own, not one with the others. A person listed beside a body signs for
    some side ("signed by Finance Minister X and Treasury officials"), so a person is
    paired with persons only."""
    if _plural(tok):
        return []
    return _same_side_pairs(ctx, _parties(signers, ctx))


def _same_side_pairs(ctx: Context, parties: list[int]) -> list[tuple[int, int]]:
    """Persons with persons, bodies with bodies: "X Chairman A and Y Chairman B signed"
    names two signers and, in their titles, the bodies they sign for."""
    return [(a, b) for a, b in combinations(parties, 2)
            if (coarse(ctx.label(a)) == "PERSON") == (coarse(ctx.label(b)) == "PERSON")]


def _signing_event(ctx: Context, tok: Token, event: Token) -> list[Relation]:
    """'the MOU signing ceremony between Tornby and Kiel', 'Tornby held an MOU signing
    ceremony with Kiel': the event of signing names the parties."""
    verb = event.head if event.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if irrealis(event) or (verb is not None and irrealis(verb)):
        return []
    kind = _kind(tok)
    date = ctx.event_date(verb if verb is not None else event)
    pair = [k for c in event.children if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children if p.dep_ == "pobj" for k in _parties(ctx.entities_of(p), ctx)]
    if len(pair) == 2 and pair[0] != pair[1]:
        return [_row(ctx, tok, pair[0], pair[1], "agreement_signing_event", kind, date)]
    others = _with_objects(ctx, event)
    if not others or verb is None or event.dep_ != "dobj":
        return []
    return [_row(ctx, tok, a, b, "agreement_signing_event", kind, date)
            for a in _parties(ctx.subject_entities(verb), ctx) for b in others if a != b]


def _with_objects(ctx: Context, head: Token) -> list[int]:
    out: list[int] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += [k for k in _parties(ctx.entities_of(p), ctx) if k not in out]
    return out


def _topic(ctx: Context, tok: Token) -> int | None:
    si = ctx.sent_of[tok.i]
    for back in range(1, TOPIC_WINDOW + 1):
        if si - back < 0:
            break
        keys = [k for k in ctx.subjects.get(si - back, [])
                if coarse(ctx.label(k)) in ("PLACE", "ORG")]
        if len(keys) == 1:
            return keys[0]
        if keys:
            break
    return None


def _tie_with(ctx: Context, tok: Token) -> list[Relation]:
    """'Tornby has sister city relationships with A and B', 'sisterhood relations with
    Okayama, Japan in 1986 followed by Harbin, China (1998)'."""
    verb = tok.head if tok.dep_ in ("dobj", "attr", "conj", "pobj") else None
    if irrealis(verb) or irrealis(tok):
        return []
    subjects = _parties(_tie_subjects(ctx, tok), ctx)
    if not subjects:
        return []
    kind = _tie_kind(tok)
    rows = []
    clause_date = ctx.event_date(tok)
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            first = True
            for member in _tie_partners(ctx, p, tok):
                key = ctx.entity_of(member)
                if key is None or coarse(ctx.label(key)) not in ("PLACE", "ORG"):
                    continue
                if _container_of_previous(ctx, member, key):
                    continue  # "Harbin, China (1998)": China only says where Harbin is
                date = _bracket_year(ctx, member) or (clause_date if first else "")
                first = False
                for s in subjects:
                    if s != key:
                        rows.append(_row(ctx, tok, s, key, "agreement_tie_with", kind, date))
    return rows


def _tie_between(ctx: Context, tok: Token) -> list[Relation]:
    """'the sister city partnership between their two cities', 'friendship ties between
    A and B': exactly two parties named after 'between'."""
    if irrealis(tok) or irrealis(tok.head if tok.dep_ in ("dobj", "attr") else None):
        return []
    pair = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children if p.dep_ == "pobj"
            for k in _parties(ctx.entities_of(p), ctx)]
    if len(pair) != 2 or pair[0] == pair[1]:
        return []
    if any(coarse(ctx.label(k)) == "PERSON" and len(ctx.entities[k].name.split()) > 1
           for k in pair):
        return []  # "the partnership between Kelby and Anna Tarn" at the crease: a tie
        # of people, no agreement (as in _tie_with, the parties of a tie are places and
        # bodies; a one-word "person" is often a body the model mistyped: "Kosmos")
    return [_row(ctx, tok, pair[0], pair[1], "agreement_tie_between", _tie_kind(tok),
                 ctx.event_date(tok))]


def _tie_pair(ctx: Context, tok: Token) -> list[Relation]:
    """'Aarhus and Kiel established friendly relations in 1995': coordinated subjects of
    a verb that makes a formal tie, with no partner named after 'with' or 'between'."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in SIGN_VERBS or irrealis(verb):
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between")
           for t in (tok, verb) for c in t.children):
        return []
    parties = _parties(ctx.subject_entities(verb), ctx)
    kind = _tie_kind(tok)
    return [_row(ctx, tok, a, b, "agreement_tie_pair", kind, ctx.event_date(verb))
            for a, b in combinations(parties, 2)]


def _tie_subjects(ctx: Context, tok: Token) -> list[int]:
    t = tok
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head  # "...; and a friendship city relationship with X"
    for c in t.children:
        if c.dep_ == "poss":
            key = ctx.entity_of(c)
            return [key] if key is not None else []
    head = t.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return ctx.subject_entities(head)


def _tie_partners(ctx: Context, tok: Token, tie: Token) -> list[Token]:
    """The listed partners, and those added by 'followed by'.

    A long list after "with" ("with A and B in the US, and C in France") often hangs its
    last names on the tie noun itself: a proper-name conjunct of the tie is a partner too
    (a common-noun conjunct, "and a friendship city relationship with D", is a tie of its
    own).
    """
    out = ctx.list_members(tok)
    for c in tie.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i:
            out += [m for m in ctx.list_members(c) if m not in out]
    for t in [*out, tie]:
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "follow":
                for agent in c.children:
                    if agent.dep_ == "agent":
                        for p in agent.children:
                            if p.dep_ == "pobj":
                                out += [m for m in ctx.list_members(p) if m not in out]
    return out


def _container_of_previous(ctx: Context, tok: Token, key: int) -> bool:
    first = tok
    while first.i > 0 and ctx.key_at(ctx.doc[first.i - 1]) == key:
        first = ctx.doc[first.i - 1]
    if first.i < 2 or ctx.doc[first.i - 1].text != ",":
        return False
    before = ctx.key_at(ctx.doc[first.i - 2])
    return before is not None and before != key and is_container(ctx, key)


def _bracket_year(ctx: Context, tok: Token) -> str:
    """'Harbin, China (1998)': a year in brackets after the partner (and its country)."""
    doc = ctx.doc
    i = tok.i + 1
    key = ctx.key_at(tok)
    while i < len(doc) and i - tok.i < 8 and (ctx.key_at(doc[i]) is not None or
                                              doc[i].text == ","):
        if ctx.key_at(doc[i]) not in (None, key) and doc[i - 1].text != ",":
            break
        i += 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 1
    elif not (i + 1 < len(doc) and doc[i].lower_ == "in"):  # "Okayama, Japan in 1986"
        return ""
    for d, span in ctx.date_tokens:
        if span.start <= i + 1 and span.end > i and d.granularity == "year":
            return d.value
    return ""


def _sister_of(ctx: Context, tok: Token) -> list[Relation]:
    """'Marlow has been the sister city of Kelton since 2015', 'X, a twin town of Y',
    'X is a Sister City to Y', 'X is Y's third sister city', 'X, one of Y's 16 sister
    cities'."""
    kind = _tie_kind(tok)
    objects = [k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
               for p in c.children if p.dep_ == "pobj" for k in _place_of(ctx, p)]
    if not objects:
        objects = [k for c in tok.children if c.dep_ == "poss" for k in _place_of(ctx, c)]
        if objects and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lower_ == "one":
            tok = tok.head.head  # "one of Y's sister cities" stands where "one" stands
    if not objects and tok.dep_ in ("attr", "oprd") and _plural(tok) and \
            not irrealis(tok.head):
        # "Nantes and Bergen became sister cities in 1990"
        parties = _parties(ctx.subject_entities(tok.head), ctx)
        return [_row(ctx, tok, a, b, "agreement_sister_pair", kind,
                     ctx.event_date(tok.head)) for a, b in combinations(parties, 2)]
    if not objects:
        return []
    if tok.dep_ == "appos":
        key = ctx.entity_of(tok.head)
        subjects = [key] if key is not None else []
    elif tok.dep_ == "attr" and not irrealis(tok.head):
        subjects = ctx.subject_entities(tok.head)
    else:
        return []
    date = ctx.event_date(tok.head if tok.dep_ == "attr" else tok)
    return [_row(ctx, tok, s, o, "agreement_sister_of", kind, date)
            for s in _parties(subjects, ctx) for o in objects if s != o]


def _sister_named(ctx: Context, tok: Token) -> list[Relation]:
    """Sister cities named beside the tie noun rather than after 'of':

    * "Kiel's sister city Tornby", "Tornby and its sister city Kiel";
    * "Kiel has eight sister cities, including Tornby and Aarhus";
    * "Kiel's sister cities include Tornby and Aarhus", "... are Tornby and Aarhus";
    * "Tornby and Kiel, sister cities since 1995, ...".
    """
    kind = _tie_kind(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    owners = _parties([k for k in [ctx.entity_of(owner)] if k is not None], ctx) \
        if owner is not None else []
    pairs: list[tuple[int, int]] = []
    beside = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "compound":
        beside.append(tok.head)
    named = [k for t in beside for k in [ctx.key_at(t)] if k is not None]
    if owners and named:  # "Kiel's sister city Tornby"
        pairs += [(o, n) for o in owners for n in named]
    elif _plural(tok):
        listed = [p for c in tok.children if c.dep_ == "prep" and (
            c.lower_ in ("including", "like") or (c.lower_ == "as" and any(
                g.lower_ == "such" for g in c.children)))
            for p in c.children if p.dep_ == "pobj"]
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "be") and \
                not irrealis(verb):  # "Kiel's sister cities include A and B"
            listed += [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if not owners and tok.dep_ == "dobj" and verb.lemma_.lower() == "have" and \
                not irrealis(verb):  # "Kiel has eight sister cities, including A"
            owners = _parties(ctx.subject_entities(verb), ctx)
        partners = _parties([k for p in listed for k in ctx.entities_of(p)], ctx)
        pairs += [(o, p) for o in owners for p in partners]
        if tok.dep_ == "appos" and not owners:  # "Tornby and Kiel, sister cities since"
            pairs += list(combinations(_parties(ctx.entities_of(tok.head), ctx), 2))
    return [_row(ctx, tok, a, b, "agreement_sister_named", kind, "")
            for a, b in pairs if a != b]


def _place_of(ctx: Context, tok: Token) -> list[int]:
    """'of Kelton city': the name, even when the parser made it a compound."""
    keys = ctx.entities_of(tok)
    if not keys:
        keys = [k for c in tok.children if c.dep_ == "compound"
                for k in [ctx.key_at(c)] if k is not None]
    return [k for k in keys if coarse(ctx.label(k)) in ("PLACE", "ORG")]

