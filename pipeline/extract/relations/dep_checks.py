"""Checks and argument helpers for the rows of dependency patterns (``_dep_rows`` in
``pipeline.extract.relations``): whether a match states a fact (a plan, a wish, a fixture,
a move), who the visitor or speaker is, what a place hosts, and the role a row carries.
Kept apart so the runner reads as the order of its checks.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.clauses import clause_verb
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.lexicon import (
    FORMER_ADVERBS,
    JOINT_ACTION_NOUNS,
    MEMBER_BODY_WORDS,
)
from pipeline.extract.relations.located import ORG_FORMS
from pipeline.extract.relations.modality import forms, hedged
from pipeline.extract.relations.place_knowledge import is_container
from pipeline.extract.relations.planned import planned_present
from pipeline.extract.relations.visits import to_person
from pipeline.model import Relation

MEMBER_BODIES = frozenset(MEMBER_BODY_WORDS)
PAST_POST_ADVERBS = frozenset(FORMER_ADVERBS)
PAST_POST_PREPS = frozenset({"until", "till"})
GROUP_FORMS = frozenset({"GROUP", "HOLDINGS"})
JOINT_ACTIONS = frozenset(JOINT_ACTION_NOUNS)
# Verbs whose subject made the agreement they act on.
SIGNING_LEMMAS = frozenset(rp.SIGN_VERBS) | frozenset(rp.AGREEING_VERBS) | frozenset(
    {"have", "hold", "complete", "finalise", "finalize", "announce", "extend", "amend"})


def founds(trigger: Token) -> bool:
    """A founding verb in its founding sense: "set" only as "set up", and no verb with
    two objects ("have set Kelby a June 15 deadline", "created Tornby a new problem")."""
    particles = {c.lower_ for c in trigger.children if c.dep_ == "prt"}
    needed = rp.FOUND_PARTICLES.get(trigger.lemma_.lower())
    if needed is not None and needed not in particles:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative") and
               c.pos_ in ("NOUN", "PROPN", "PRON") and c.text[:1].isalnum()]
    if len(objects) < 2:
        return True
    doc = trigger.doc  # (a comma between them makes the second an apposition the small
    # parser hung on the verb: "has formed Kelby Corp, a holding company")
    return any(t.text == "," for t in doc[objects[0].i:objects[1].left_edge.i])


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
    (a day said relative to the report) stays an announced plan. The present tense of a
    plan ("visits Tornby from March 3 to March 9") is read the same way."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in trigger.children) \
            and not (trigger.pos_ in ("VERB", "AUX") and planned_present(ctx, trigger)):
        return False  # (a visit noun with a time ahead, "Y's visit to Oslo on May 3", is
        # a plan: nothing but the future tense makes it a programme)
    sent = ctx.sents[ctx.sent_of[trigger.i]]
    home = clause_verb(trigger)
    for d in ctx.dates:  # with or without a value: "from March 3 to March 9"
        if sent.start_char <= d.start < sent.end_char and d.kind in ("date", "range") \
                and d.granularity in ("day", "range") and \
                any(ch.isdigit() for ch in d.text) and \
                abs(d.start - trigger.idx) < 120 and _in_clause(ctx, d, home):
            return True
    return False


def _in_clause(ctx: Context, d, home: Token) -> bool:
    """The date is said in the event's own clause: "will meet X during a trip which
    runs from April 26 to 29" dates the trip, and the meeting stays a plan."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is None or clause_verb(span.root).i == home.i


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


# Nouns for people who come from somewhere: a place that hosts them contains no one.
HOSTED_GUESTS = frozenset(rp.DELEGATION_NOUNS) | {"guest", "participant", "team", "athlete",
                                                  "player", "envoy", "ambassador"}


def hosted(ctx: Context, tok: Token, located: bool = False) -> list[int]:
    """What a place hosts: named, listed after 'such as' / 'including', or the
    organisation whose 'headquarters' / 'secretariat' it is. For a location
    (``located``), not the senders of a group it received ("hosted the delegation from
    Tornby", "hosted guests of X"): that is their visit, and they lie elsewhere."""
    if located and tok.lemma_.lower() in HOSTED_GUESTS:
        return []
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


def semicolon_between(ctx: Context, key: int, tok: Token) -> bool:
    """Every mention of the entity in the token's sentence is across a semicolon from it:
    items of a list split by semicolons ("Kelby, North Varrow; Tornby, Ostmark; ...")."""
    sent = ctx.sents[ctx.sent_of[tok.i]]
    spots = [t.i for t in sent if ctx.key_at(t) == key]
    return bool(spots) and all(
        any(t.text == ";" for t in ctx.doc[min(i, tok.i):max(i, tok.i)]) for i in spots)


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


def joined_employer(ctx: Context, verb: Token, obj: Token) -> bool:
    """'joined Salomon Brothers in 1979', 'joined Acme Corp as chief executive': a firm
    has staff, not members; 'joined Acme Corp in a bid': a partner, not a member.
    Membership is of a body that has members ("joined the Tornby Trade Association",
    "joined OPEC" for a country): a company by its legal form is never one; for a person
    the body's name must say it has members."""
    keys = ctx.entities_of(obj)
    if not keys:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "on", "for") and any(
            p.dep_ == "pobj" and p.lemma_.lower() in JOINT_ACTIONS for p in c.children)
            for c in verb.children):
        return True  # "joined AT&T on a bid for the contract": partners in a bid
    names = [ctx.entities[k].name for k in keys if k in ctx.entities]
    if any(_firm_form(n) for n in names):
        return True
    return person_joins(ctx, verb) and not any(_member_body(n) for n in names)


def _firm_form(name: str) -> bool:
    """'Acme Corp', 'Salomon Brothers Inc': a company's legal form ends the name ("Group"
    and "Holdings" do not count: "the Tornby Leadership Group" has members)."""
    words = name.split()
    return len(words) >= 2 and \
        words[-1].replace(".", "").strip(",").upper() in ORG_FORMS - GROUP_FORMS


def _member_body(name: str) -> bool:
    return bool({w.lower().strip(".,'") for w in name.replace("-", " ").split()} &
                MEMBER_BODIES)


def joined_as_role(tok: Token) -> bool:
    """'joined Columbia Records as a producer': a post; 'joined as a member' stays."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(p.dep_ == "pobj" and p.lemma_.lower() not in rp.MEMBER_ROLES
                   for p in c.children)
               for c in tok.children)


def gerund_subject(verb: Token) -> Token | None:
    """'her homeland and its neighbors joining the alliance': a subjectless -ing verb
    right after a noun phrase (no comma between) is that phrase's doing, whatever the
    parser hung it on; the noun phrase's head, else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "pcomp", "xcomp") or \
            verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i == verb.head.i:
        return None
    head = prev
    while head.dep_ in ("conj", "compound", "flat") and head.head.i < verb.i:
        head = head.head
    return head


def joined_in_doing(tok: Token) -> bool:
    """'A and B joined C in suspending trading': they did as C did, not joined C."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and
               any(p.dep_ in ("pcomp", "pobj") and p.tag_ == "VBG" for p in c.children)
               for c in tok.children)


def sought_membership(noun: Token) -> bool:
    """'Also applying for NATO membership are A and B', 'A's bid for membership': a
    membership asked for, not held."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in rp.SEEK_WORDS


def trip_made(noun: Token) -> bool:
    """Not a fixture ("face a trip to X"), nor a visit in the present simple, which news
    uses for what is scheduled or habitual ("starts a week-long visit to X on Sunday",
    "leaves on Saturday on a trip to X")."""
    if noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in rp.TRIP_START_VERBS:
            return False
        return verb.lemma_.lower() not in rp.FIXTURE_VERBS
    if noun.dep_ == "nsubjpass":  # "the Paris trip by X was cancelled"
        return noun.head.lemma_.lower() not in rp.FIXTURE_VERBS
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and \
            noun.head.head.lemma_.lower() in rp.TRIP_DEPART_VERBS:
        verb = noun.head.head  # "leaves on Saturday on a trip to X": scheduled
        return not (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
            for c in verb.children))
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
    elif held_before(tok):
        role = f"former {role}"  # "X was formerly chairman of Y", "chairman until 1985"
    return role


def held_before(role: Token) -> bool:
    """'X was formerly (previously, once) president of Y', 'who was chairman of Y until
    1985', 'served as chairman until March': a post held in the past, not now."""
    verb = role.head if role.dep_ in ("attr", "oprd", "xcomp", "dobj") else None
    if role.dep_ == "pobj" and role.head.lower_ == "as":
        verb = role.head.head  # "served as chairman"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    for holder in (verb, role):
        for c in holder.children:
            if c.dep_ == "advmod" and c.lower_ in PAST_POST_ADVERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in PAST_POST_PREPS:
                return True
    return False


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


def parties_for_persons(ctx: Context, trigger: Token, subjects: list[int],
                        earlier: list[Relation]) -> list[int]:
    """The parties an agreement noun takes from its clause's subject.

    A person who signs, reaches or negotiates the agreement is a party ("Logan signed a
    memorandum with Park"); a person who only speaks of it ("X attributed his optimism
    to a loan agreement with Y", "X welcomed the accord with Y") stands for the one
    organisation the document gives them a post at, or for no party at all."""
    if _made_by_subject(trigger):
        return subjects
    owners = {ctx.key_at(c) for c in trigger.children if c.dep_ == "poss"}
    out: list[int] = []
    for key in subjects:
        if coarse(ctx.label(key)) != "PERSON" or key in owners:
            out.append(key)  # "Labatt's contract with the city": the possessor's own
            continue
        orgs = sorted({r.object_key for r in earlier if r.type == "position" and
                       r.subject_key == key and r.object_key is not None})
        if len(orgs) == 1 and orgs[0] not in out:
            out.append(orgs[0])
    return out


def _made_by_subject(noun: Token) -> bool:
    """'signed an agreement', 'entered into an accord', 'an agreement was reached': the
    noun is what a signing or agreeing verb acts on."""
    t = noun
    while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "entered into an agreement", "agreed on a deal"
    elif t.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in SIGNING_LEMMAS


def possessed_group(ctx: Context, obj: Token | None) -> bool:
    """'a member of Salomon Brothers' merger group', 'a member of Tornby's delegation':
    the group is the possessor's, and membership of it is not membership of the
    possessor ("a member of the Tarvo network" names its group)."""
    return obj is not None and obj.pos_ == "NOUN" and ctx.key_at(obj) is None and any(
        c.dep_ == "poss" and ctx.key_at(c) is not None for c in obj.children)


# Verbs of coming or being somewhere whose "for talks with X" is the purpose of a trip
# that was made: the talks are the trip's, reported as held.
CAME_FOR_VERBS = frozenset(rp.TRAVEL_VERBS) | {"visit", "be", "stay", "meet", "gather"}
IRREALIS_HEADS = frozenset(rp.IRREALIS_HEADS)


def came_for_talks(noun: Token) -> bool:
    """'arrived in Berlin on Monday for talks with X', 'is in Oslo for talks with X': a
    meeting the trip was made for (plans are left to the modality checks), not talks
    spoken of ("on the talks with X", "hopes for talks with X")."""
    prep = noun.head
    return prep.lower_ == "for" and prep.head.pos_ in ("VERB", "AUX") and \
        prep.head.lemma_.lower() in CAME_FOR_VERBS and \
        not (forms(prep.head) & IRREALIS_HEADS or hedged(prep.head))
