"""Checks and argument helpers for the rows of dependency patterns (``_dep_rows`` in
``pipeline.extract.relations``): whether a match states a fact (a plan, a wish, a fixture,
a move), who the visitor or speaker is, what a place hosts, and the role a row carries.
Kept apart so the runner reads as the order of its checks.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.place_knowledge import is_container
from pipeline.extract.relations.visits import to_person
from pipeline.model import Relation


def visitor_of(ctx: Context, trigger: Token, prep: Token):
    """'the visit of Mayor X to Lisbon', 'the visit by Mayor X to Lisbon': the 'of' or 'by'
    phrase names the visitor when a 'to' phrase names the place. False: this match is the
    'of' phrase of such a pair."""
    preps = {c.lower_: c for c in trigger.children if c.dep_ in ("prep", "agent")}
    by = preps.get("by")
    if by is not None and "to" in preps:  # "the visit by Mayor X to Kiel"
        return next((p for p in by.children if p.dep_ == "pobj" and
                     ctx.entity_of(p) is not None), None)
    if "of" not in preps or "to" not in preps:
        return None
    if preps["of"].i > preps["to"].i and to_person(ctx, preps["to"]):
        # "a visit to Mayor X of Tornby": the small parser hangs "of Tornby" on the
        # visit, but it says where the person met is from, the place gone to
        return None
    if prep.lower_ == "of":
        return False
    for p in preps["of"].children:
        if p.dep_ == "pobj" and ctx.entity_of(p) is not None:
            return p
    return None


def scheduled(ctx: Context, trigger: Token) -> bool:
    """'will visit Tornby from March 3 to March 9': a programme with its calendar
    days fixed is a scheduled event; 'will visit next year' or 'will meet X tomorrow'
    (a day said relative to the report) stays an announced plan."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in trigger.children):
        return False
    sent = ctx.sents[ctx.sent_of[trigger.i]]
    for d in ctx.dates:  # with or without a value: "from March 3 to March 9"
        if sent.start_char <= d.start < sent.end_char and d.kind in ("date", "range") \
                and d.granularity in ("day", "range") and \
                any(ch.isdigit() for ch in d.text) and \
                abs(d.start - trigger.idx) < 120:
            return True
    return False


def apposed_place(ctx: Context, subj: Token, obj: Token) -> bool:
    """A place after a comma locates the name before it when it is a country or region,
    or when the name before is a building or body ("the Plaza Hotel, New York")."""
    s_key, o_key = ctx.key_at(subj), ctx.key_at(obj)
    if o_key is None or is_container(ctx, o_key):
        return True
    return s_key is not None and ctx.label(s_key) in ("FAC", "ORG", "LOC")


def announced_by_person(ctx: Context, trigger: Token) -> bool:
    head = trigger.head if trigger.dep_ in ("dobj", "nsubjpass") else None
    if head is None or head.lemma_.lower() not in rp.SPEECH_VERBS:
        return False
    subj = ctx.clause_subject(head)
    key = ctx.entity_of(subj) if subj is not None else None
    return key is not None and coarse(ctx.label(key)) == "PERSON"


def hosted(ctx: Context, tok: Token) -> list[int]:
    """What a place hosts: named, listed after 'such as' / 'including', or the
    organisation whose 'headquarters' / 'secretariat' it is."""
    keys = ctx.entities_of(tok)
    for t in ctx.list_members(tok):
        for c in t.children:
            if c.dep_ != "prep":
                continue
            if (c.lower_ in ("as", "including", "like") or
                    (c.lower_ == "of" and t.lemma_.lower() in rp.SEAT_NOUNS)):
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys += [k for k in ctx.entities_of(p) if k not in keys]
    return keys


def adjacent(ctx: Context, left: Token, right: Token) -> bool:
    """Only a comma, articles or adjectives between two names: 'Bavaria,
    southern Germany'."""
    lo, hi = sorted((left.i, right.i))
    ends = {ctx.key_at(left), ctx.key_at(right)}
    between = [t for t in ctx.doc[lo:hi] if ctx.key_at(t) is None or
               ctx.key_at(t) not in ends]
    others = {ctx.key_at(t) for t in between if ctx.key_at(t) is not None}
    if len(others) > 1 or (others and not any(t.lower_ == "and" for t in between)):
        return False  # "Ingham, Mulligan, Fenton, ...": a list, not an apposition
    return len(between) <= 6 and all(
        t.text == "," or t.lower_ == "and" or t.pos_ in ("DET", "ADJ") or
        ctx.key_at(t) in others for t in between)


def described_next(ctx: Context, name: Token, noun: Token) -> bool:
    """'Acme Inc, a Paris-based firm': the describing phrase starts right after the name
    and its comma (not "X, a unit of Y, a Paris-based firm", which describes Y)."""
    key, end = ctx.key_at(name), name.i
    while end + 1 < len(ctx.doc) and ctx.key_at(ctx.doc[end + 1]) == key:
        end += 1
    return key is not None and noun.left_edge.i == end + 2 and ctx.doc[end + 1].text == ","


def sentence_groups(ctx: Context, tok: Token, rows: list[Relation]) -> list[int]:
    """The one organisation this sentence already gave members to, if exactly one."""
    start = ctx.sents[ctx.sent_of[tok.i]].start_char
    groups = {r.object_key for r in rows if r.type == "membership" and r.sentence_start == start}
    return sorted(groups) if len(groups) == 1 else []


def person_joins(ctx: Context, verb: Token) -> bool:
    """Whether the one who joins is a person (or is not named at all): people join
    employers, cities and bodies join networks."""
    keys = ctx.subject_entities(verb)
    return not keys or any(coarse(ctx.label(k)) == "PERSON" for k in keys)


def joined_as_role(tok: Token) -> bool:
    """'joined Columbia Records as a producer': a post; 'joined as a member' stays."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(p.dep_ == "pobj" and p.lemma_.lower() not in rp.MEMBER_ROLES
                   for p in c.children)
               for c in tok.children)


def trip_made(noun: Token) -> bool:
    """Not a fixture ("face a trip to X"), nor a visit in the present simple, which news
    uses for what is scheduled or habitual ("starts a week-long visit to X on Sunday")."""
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in rp.TRIP_START_VERBS:
            return False
        return verb.lemma_.lower() not in rp.FIXTURE_VERBS
    if noun.dep_ == "nsubjpass":  # "the Paris trip by X was cancelled"
        return noun.head.lemma_.lower() not in rp.FIXTURE_VERBS
    return True


def title_role(tok: Token) -> str:
    """'chief executive', 'executive vice-president': a title noun with its title
    modifiers, hyphenated ones included; 'former' when the sentence says so."""
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and
             c.lower_ in rp.TITLE_WORDS] + [tok]
    doc = tok.doc
    start = tok.i
    while start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in rp.TITLE_WORDS:
        start -= 2  # "vice-president"
        while start > 0 and doc[start - 1].lower_ in rp.TITLE_WORDS:
            start -= 1  # "executive vice-president"
    words.sort(key=lambda t: t.i)
    if not any(t.lower_ in rp.TITLE_HEADS for t in words):
        return ""
    if start < tok.i:
        role = doc[start:tok.i + 1].text
    else:
        role = " ".join(t.text for t in words)
    first = min(start, words[0].i)
    if first > 0 and doc[first - 1].lower_ in rp.FORMER_WORDS:
        role = f"{doc[first - 1].lower_} {role}"  # "the former chairman of X"
    return role


def row_role(rtype: str, nodes: dict[str, Token]) -> str:
    if rtype == "position" and "role" not in nodes:  # "X heads Y"
        return rp.HEAD_VERB_ROLES.get(nodes["trigger"].lemma_.lower(), "")
    if rtype == "position":
        return title_role(nodes["role"])
    if rtype == "membership":
        noun = nodes.get("members") or nodes.get("trigger")
        if noun is not None:
            for c in noun.children:
                role = rp.MEMBER_ROLE_MODIFIERS.get(c.lemma_.lower()) or \
                    rp.MEMBER_ROLE_MODIFIERS.get(c.lower_)
                if role and c.dep_ in ("amod", "compound"):
                    return role
        return "member"
    if rtype == "agreement":
        return agreement_kind(nodes["trigger"])
    return ""


def wished(trigger: Token) -> bool:
    """The agreement is what a noun looks for: 'interest in', 'signs of', 'hopes for'."""
    return trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and \
        trigger.head.head.lemma_.lower() in rp.AGREEMENT_WISH_HEADS


def before_based(ctx: Context, tok: Token) -> bool:
    """A place that only says where the next name is based: 'Albany, N.Y.-based X'."""
    doc = ctx.doc
    i, key = tok.i, ctx.key_at(tok)
    if key is None:
        return False
    while i < len(doc) and ctx.key_at(doc[i]) == key:
        i += 1
    if i + 1 < len(doc) and doc[i].text == ",":
        i += 1
        if doc[i].lower_.endswith("-based"):  # "N.Y.-based" is one token
            return True
        inner = ctx.key_at(doc[i])
        while inner is not None and i < len(doc) and ctx.key_at(doc[i]) == inner:
            i += 1
    return i + 1 < len(doc) and doc[i].text in ("-", "–") and doc[i + 1].lower_ == "based"


def agreement_kind(tok: Token) -> str:
    return rp.AGREEMENT_KINDS.get(tok.lower_, rp.AGREEMENT_KINDS.get(tok.lemma_.lower(), ""))


def speaker_organisations(ctx: Context, tok: Token, earlier: list[Relation]) -> list[int]:
    """'"An MOU with X shows our intent," Lee said': the speaker's stated organisation.

    Used only when the sentence names its speaker and the document states exactly one
    position for that person.
    """
    sent = ctx.sents[ctx.sent_of[tok.i]]
    for t in sent:
        if t.lemma_.lower() in rp.SPEECH_VERBS and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "nsubj":
                    key = ctx.entity_of(c)
                    if key is None or coarse(ctx.label(key)) != "PERSON":
                        continue
                    orgs = sorted({r.object_key for r in earlier
                                   if r.type == "position" and r.subject_key == key})
                    if len(orgs) == 1:
                        return orgs
    return []
