"""Memberships said as lists and asides, beyond "X is a member of Y" and "X joined Y".

* "Tarvo Europe welcomes its new members: A (Spain), B (Slovenia) and C (Jordan)";
* "Around 170 members - including A, B and C - work together", "member cities include";
* "there are four nations in this association, including A, B and C";
* "A member of the X Network and the Y Alliance, ZSP is ...";
* "By joining the Tarvo network, Harbin and Chengdu are ...";
* "Welcoming Harbin and Chengdu to the Tarvo ...";
* "It is part of the Zentor-Holdings network" (part of a place is located_in instead).

Surface order carries these better than the small parser, which hangs list items on
the wrong heads; mentions give the names, the words around them the relation.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.dep_checks import sought_membership
from pipeline.extract.relations.lexicon import (
    CHANNEL_PREPS,
    COUNTED_MEMBER_NOUNS,
    IN_GROUP_LIST_OPENERS,
)
from pipeline.extract.relations.modality import irrealis
from pipeline.extract.relations.place_knowledge import is_container
from pipeline.model import Relation

MEMBER_WORDS = frozenset(rp.MEMBER_NOUNS)
LIST_OPENERS = frozenset(rp.LIST_OPENERS)
GROUP_NOUNS = frozenset(rp.GROUP_NOUNS)
MEMBER_CLASSES = ("PLACE", "ORG")
TOPIC_WINDOW = 3
ORIGIN_PREPS = ("from", "in", "across")
# Words that open a plural phrase pointing back at names listed just before: "these
# cities", "they".
# Marks after which a quoted clause starts: 'X said: "By joining ...'. The quote must
# open within the first words (speaker, title, "said").
CLAUSE_OPENERS = frozenset({":", "\u201c", '"', "``"})
QUOTE_OPENING_WINDOW = 25
JOINING_OPENERS = frozenset({"by", "after", "since", "on"})
PLURAL_ANAPHORS = frozenset({"these", "those", "they", "all"})
# lemmas the token walks below start from ("part" is a lower-case form, given apart)
JOINING_TRIGGERS = frozenset({"welcome", *rp.JOIN_VERBS})
MEETING_TRIGGERS = frozenset(rp.MEET_VERBS) | frozenset(rp.MEET_NOUNS)

# "Ga.", "Calif.", "N.Y.": a region written short, after a comma behind a city
ABBREVIATED_REGION = re.compile(r"[A-Z][A-Za-z.]{0,5}\.$")


def membership_rows(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    for sent in ctx.sents:
        rows += _member_list(ctx, sent)
        rows += _counted_in_group(ctx, sent)
        rows += _fronted_member_of(ctx, sent)
        rows += _joining(ctx, sent, rows)
    for tok in ctx.tokens_with(JOINING_TRIGGERS, ("part",)):
        if tok.lemma_.lower() == "welcome" and tok.pos_ == "VERB" and not irrealis(tok):
            rows += _welcome_to(ctx, tok)
        elif tok.lower_ == "part" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            rows += _part_of(ctx, tok)
        elif tok.lemma_.lower() in rp.JOIN_VERBS and tok.pos_ == "VERB" and \
                not irrealis(tok):
            rows += _joined_as_member(ctx, tok)
    return rows


def _row(ctx: Context, tok: Token, subject: int, obj: int, rule: str, role: str = "member",
         rtype: str = "membership") -> Relation:
    sent = ctx.sents[ctx.sent_of[tok.i]]
    date = "" if rtype == "located_in" else ctx.event_date(tok)
    return Relation(type=rtype, sentence_start=sent.start_char, subject_key=subject,
                    object_key=obj, rule=rule, role=role if rtype == "membership" else "",
                    date=date)


def _group_entity(ctx: Context, tok: Token) -> int | None:
    """'the Tarvo network', 'UNESCO': an organisation named by the noun or its modifier."""
    key = ctx.entity_of(tok)
    if key is None and tok.lemma_.lower() in GROUP_NOUNS:
        for c in tok.children:
            if c.dep_ in ("compound", "nmod"):
                key = ctx.key_at(c)
                if key is not None:
                    break
    if key is not None and coarse(ctx.label(key)) == "ORG":
        return key
    return None


def _listed(ctx: Context, tokens) -> list[int]:
    """Names listed in a token run, leaving out what stands in brackets ("(Spain)")."""
    out: list[int] = []
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            key = ctx.key_at(t)
            if key is None or coarse(ctx.label(key)) not in MEMBER_CLASSES or key in out:
                continue
            if _after_in(ctx, t, key):
                continue  # "Nantes in France": France only says where Nantes is
            if _possessor_of_next(ctx, t, key):
                continue  # "Acme Corp's Beta unit": the member is Beta, Acme owns it
            out.append(key)
    return out


def _after_in(ctx: Context, tok: Token, key: int) -> bool:
    """'Nantes in France', 'Beta GmbH of West Germany', 'Gamma Co, of Tornby', 'Gamma Co,
    Tornby': a place after 'in', after 'of' right behind a name, or after a comma right
    behind an organisation, says where the name before it is; so does a country or
    region after a comma that follows such a place ('in Tornby, Ostland', 'of Kelby,
    Ga.')."""
    doc = ctx.doc
    first = tok
    while first.i > 0 and ctx.key_at(doc[first.i - 1]) == key:
        first = doc[first.i - 1]
    prev = [t for t in doc[max(0, first.i - 2):first.i] if t.lower_ != "the"]
    if bool(prev) and prev[-1].lower_ == "in":
        return True
    if coarse(ctx.label(key)) != "PLACE" or first.i < 2:
        return False
    if doc[first.i - 1].lower_ == "of":
        before = doc[first.i - 2]
        if before.text == "," and first.i >= 3:  # "Gamma Co, of Tornby"
            before = doc[first.i - 3]
            return ctx.key_at(before) is not None or before.pos_ == "PROPN"
        return ctx.key_at(before) is not None or before.text in (">", ")")
    if doc[first.i - 1].text == ",":  # "in Tornby, Ostland": the container of a seat
        inner = ctx.key_at(doc[first.i - 2])
        if inner is not None and coarse(ctx.label(inner)) == "ORG" and \
                _closed_by_comma(ctx, tok, key):
            return True  # "Farmers Commodities, Des Moines, and Harvest States": a seat
            # (not "By joining the Tarvo Network, Tornby and Kelso gain ...")
        if inner is None or coarse(ctx.label(inner)) != "PLACE" or not (
                is_container(ctx, key) or ABBREVIATED_REGION.match(tok.text) is not None):
            return False
        if _after_in(ctx, doc[first.i - 2], inner):
            return True
        # "Accra, Ghana; Lima, Peru": a city's country, closed by a semicolon
        last = tok
        while last.i + 1 < len(doc) and ctx.key_at(doc[last.i + 1]) == key:
            last = doc[last.i + 1]
        closed = last.i + 1 >= len(doc) or doc[last.i + 1].text in (";", ".")
        return closed and not is_container(ctx, inner)
    return False


def _after_name(ctx: Context, tok: Token, key: int) -> str:
    """The lower-cased token after the name ``tok`` is in ("" at the end)."""
    last = tok
    while last.i + 1 < len(ctx.doc) and ctx.key_at(ctx.doc[last.i + 1]) == key:
        last = ctx.doc[last.i + 1]
    return ctx.doc[last.i + 1].lower_ if last.i + 1 < len(ctx.doc) else ""


def _closed_by_comma(ctx: Context, tok: Token, key: int) -> bool:
    """The name ``tok`` is in is followed by a comma (an apposition closed)."""
    return _after_name(ctx, tok, key) == ","


def _possessor_of_next(ctx: Context, tok: Token, key: int) -> bool:
    return _after_name(ctx, tok, key) in ("'s", "’s", "'")


def _member_list(ctx: Context, sent: Span) -> list[Relation]:
    """'its new members: A (Spain), B', 'members - including A, B and C'."""
    rows = []
    for tok in sent:
        if tok.lower_ not in MEMBER_WORDS or _non_member(tok) or sought_membership(tok):
            continue  # "Also applying for NATO membership are A, B": not members yet
        opener = None
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS":
            tok = tok.head  # "three new member cities: A, B": the list is of the cities
        # "40 members from nine countries, including A": a phrase saying where
        # the members come from may stand before the list, and so may its day ("new
        # member cities on Monday: A, B")
        origin = {d.i for c in tok.children if c.dep_ == "prep" and
                  c.lower_ in ORIGIN_PREPS for d in c.subtree}
        origin |= {t.i for t in sent.doc[tok.i + 1:min(tok.i + 5, sent.end)]
                   if t.ent_type_ == "DATE" or t.lower_ == "on" and
                   t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].ent_type_ == "DATE"}
        for t in sent.doc[tok.i + 1:min(tok.i + 4 + len(origin), sent.end)]:
            if t.text == ":" or t.lower_ in LIST_OPENERS:
                opener = t
                break
            if t.i in origin:
                continue
            if not t.is_punct and t.pos_ not in ("ADV", "SCONJ", "ADP") and \
                    t.lower_ != "such":
                break
        if opener is None:
            continue
        end = _list_end(ctx, sent, opener)
        for t in sent.doc[opener.i + 1:end]:
            if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and not t.is_punct:
                end = t.i  # "... and Nantes - work together": the list ends at the verb
                break
        members = _listed(ctx, sent.doc[opener.i + 1:end])
        group = _group_of_members(ctx, tok)
        if group is None or irrealis(tok.head):
            continue
        role = _member_role(tok)
        rows += [_row(ctx, tok, m, group, "membership_member_list", role)
                 for m in members if m != group]
    return rows


def _non_member(tok: Token) -> bool:
    """'Non-members include A and B', 'Non- members' (a hyphen left by a line break)."""
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if prev == "-" and tok.i > 1:
        prev = doc[tok.i - 2].lower_ + "-"
    return prev in ("non", "non-")


def _list_end(ctx: Context, sent: Span, opener: Token) -> int:
    """Where the list after ``opener`` may run to: the sentence's end, or, when the parser
    began a new sentence right after the colon ("new members: | Accra, Lima and Quito."),
    the end of that next one if it is a bare list (no verb)."""
    if opener.i + 1 < sent.end:
        return sent.end
    si = ctx.sent_of[opener.i] + 1
    if si >= len(ctx.sents):
        return sent.end
    following = ctx.sents[si]
    if any(t.pos_ in ("VERB", "AUX") for t in following):
        return sent.end
    return following.end


def _counted_in_group(ctx: Context, sent: Span) -> list[Relation]:
    """'there are four nations in this association, including A, B and C': things counted
    as being in a body, then named, are its members. The body is named ("in the X
    Network") or pointed at ("in this association": the organisation being written
    about)."""
    rows = []
    for tok in sent:
        kind = COUNTED_MEMBER_NOUNS.get(tok.lemma_.lower())
        if tok.tag_ != "NNS" or kind is None or ctx.key_at(tok) is not None:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            group = _named_or_pointed_group(ctx, pobj) if pobj is not None else None
            if group is None or irrealis(tok.head):
                continue
            after = [t for t in sent.doc[pobj.i + 1:sent.end] if not
                     (t.is_punct and t.text != ":")]
            if not after or after[0].lower_ not in IN_GROUP_LIST_OPENERS:
                continue
            start = after[0].i + 1 + (after[0].lower_ == "such")  # "such as"
            end = next((t.i for t in sent.doc[start:sent.end]
                        if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN"), sent.end)
            rows += [_row(ctx, tok, m, group, "membership_counted_in_group")
                     for m in _listed(ctx, sent.doc[start:end])
                     if m != group and kind in ("ANY", coarse(ctx.label(m)))]
    return rows


def _named_or_pointed_group(ctx: Context, tok: Token) -> int | None:
    """'the X Network' names a body; 'this association' points at the one written about."""
    key = _group_entity(ctx, tok)
    if key is not None or ctx.key_at(tok) is not None:
        return key
    if tok.lemma_.lower() in GROUP_NOUNS and \
            any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "the", "its", "our")
                for c in tok.children):
        return _topic_org(ctx, tok)
    return None


def _member_role(tok: Token) -> str:
    for c in tok.children:
        role = rp.MEMBER_ROLE_MODIFIERS.get(c.lower_) or rp.MEMBER_ROLE_MODIFIERS.get(
            c.lemma_.lower())
        if role and c.dep_ in ("amod", "compound"):
            return role
    return "member"


def _group_of_members(ctx: Context, tok: Token) -> int | None:
    """Whose members: a possessor, a modifier, 'of X', the verb's subject, or the topic."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ == "whose" and tok.head.dep_ == "relcl":
            return _group_entity(ctx, tok.head.head)  # "X, whose members include A": X's
        if c.dep_ in ("poss", "compound", "nmod"):
            key = _group_entity(ctx, c)
            if key is not None:
                return key
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                key = _group_entity(ctx, p) if p.dep_ == "pobj" else None
                if key is not None:
                    return key
    if tok.dep_ == "dobj":  # "Tarvo Europe welcomes its new members: ..."
        subj = ctx.clause_subject(tok.head)
        key = _group_entity(ctx, subj) if subj is not None else None
        if key is not None:
            return key
    if any(c.lower_ == "other" for c in tok.children):
        return None  # "The other members are A, B": of a group named before, not the topic
    topic = _topic_org(ctx, tok)
    kinds = [c.lower_ for c in tok.children if c.dep_ in ("compound", "nmod") and
             (c.pos_ == "NOUN" or c.lower_ in rp.GROUP_NOUNS) and ctx.key_at(c) is None
             and c.lower_ not in MEMBER_WORDS]  # "Group members are ..." (a capital)
    if topic is not None and kinds and kinds[-1] not in ctx.entities[topic].name.lower():
        return None  # "The forum members include A and B": a forum's, not the Tarvo Union's
    return topic


def _topic_org(ctx: Context, tok: Token) -> int | None:
    """The organisation a recent sentence is about, else the page's main organisation."""
    si = ctx.sent_of[tok.i]
    for back in range(1, TOPIC_WINDOW + 1):
        if si - back < 0:
            break
        keys = [k for k in ctx.subjects.get(si - back, []) if coarse(ctx.label(k)) == "ORG"]
        if len(keys) == 1:
            return keys[0]
        if keys:
            break
    counts = Counter(m.key for m in ctx.mentions if m.key in ctx.entities
                     and coarse(ctx.label(m.key)) == "ORG")
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def _fronted_member_of(ctx: Context, sent: Span) -> list[Relation]:
    """'A member of the X Network and the Y Alliance, ZSP is globally engaged.'"""
    words = [t.lower_ for t in sent[:4]]
    if "member" not in words[:3] or "of" not in words:
        return []
    start = sent.start + words.index("of") + 1
    comma = next((t.i for t in sent.doc[start:sent.end] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in sent.doc[start:comma]):
        return []  # "A member of Congress endorsed a GAO proposal, ...": no fronted phrase
    groups = [k for k in _listed(ctx, sent.doc[start:comma]) if coarse(ctx.label(k)) == "ORG"]
    after = [t for t in sent.doc[comma + 1:sent.end] if ctx.key_at(t) is not None]
    if not groups or not after or after[0].i > comma + 3:
        return []  # the member is named right after the comma
    member = ctx.key_at(after[0])
    if coarse(ctx.label(member)) not in MEMBER_CLASSES:
        return []
    return [_row(ctx, sent[0], member, g, "membership_fronted") for g in groups if g != member]


def _joining(ctx: Context, sent: Span, earlier: list[Relation]) -> list[Relation]:
    """'By joining the Tarvo network, Harbin and Chengdu are ...'; 'By joining X, these
    cities are ...' after a sentence that listed new members: those members."""
    toks = _quoted_clause(list(sent))
    if len(toks) < 4 or toks[0].lower_ not in JOINING_OPENERS or \
            toks[1].lemma_.lower() != "join":
        return []
    comma = next((t.i for t in toks if t.text == ","), None)
    if comma is None:
        return []
    groups = [k for t in sent.doc[toks[1].i + 1:comma] for k in [_group_entity(ctx, t)]
              if k is not None]
    if not groups:
        return []
    end = next((t.i for t in sent.doc[comma + 1:sent.end] if t.pos_ in ("VERB", "AUX")),
               sent.end)
    members = _listed(ctx, sent.doc[comma + 1:end])
    if not members and comma + 1 < sent.end and sent.doc[comma + 1].lower_ in PLURAL_ANAPHORS:
        members = _listed_before(ctx, sent, earlier)
    return [_row(ctx, toks[1], m, groups[0], "membership_by_joining")
            for m in members if m != groups[0]]


def _quoted_clause(toks: list[Token]) -> list[Token]:
    """'X said: "By joining ..."': a quotation opens a clause of its own, so the words
    that open a sentence may stand right after the quote mark (or colon) that opens it."""
    for i, t in enumerate(toks[:QUOTE_OPENING_WINDOW]):
        if t.text in CLAUSE_OPENERS and i + 1 < len(toks) and \
                toks[i + 1].lower_ in JOINING_OPENERS:
            return toks[i + 1:]
    return toks


def _listed_before(ctx: Context, sent: Span, earlier: list[Relation]) -> list[int]:
    """The members a list in the sentence right before named, in order."""
    si = ctx.sent_of[sent.start]
    if si == 0:
        return []
    start = ctx.sents[si - 1].start_char
    out: list[int] = []
    for r in earlier:
        if r.type == "membership" and r.sentence_start == start and \
                r.rule == "membership_member_list" and r.subject_key not in out:
            out.append(r.subject_key)
    return out


def _joined_as_member(ctx: Context, verb: Token) -> list[Relation]:
    """'Kiel joined as a full member in 2005': no body named, so the one the recent
    sentences are about."""
    if any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return []  # "joined the X network": the dependency pattern
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MEMBER_WORDS]
    if not nouns or any(c.dep_ == "prep" for c in nouns[0].children):
        return []  # "joined as a member of X": the "member of" pattern
    members = [k for k in ctx.subject_entities(verb)
               if coarse(ctx.label(k)) in MEMBER_CLASSES]
    group = _topic_org(ctx, verb)
    if group is None:
        return []
    return [_row(ctx, verb, m, group, "membership_joined_as", _member_role(nouns[0]))
            for m in members if m != group]


def _welcome_to(ctx: Context, tok: Token) -> list[Relation]:
    """'Welcoming Harbin and Chengdu to the Tarvo': new members of an organisation; 'The
    Tarvo network welcomed Harbin and Chengdu as new members': the welcoming body's."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    tos = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
           for p in c.children if p.dep_ == "pobj"]
    as_member = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MEMBER_WORDS]
    if not objs or not (tos or as_member):
        return []
    if tos:
        group = _group_entity(ctx, tos[0])
    else:
        subj = ctx.clause_subject(tok)
        group = _group_entity(ctx, subj) if subj is not None else None
    if group is None:
        return []
    role = _member_role(as_member[0]) if as_member and not tos else "member"
    members = [k for k in ctx.entities_of(objs[0]) if coarse(ctx.label(k)) in MEMBER_CLASSES]
    return [_row(ctx, tok, m, group, "membership_welcome_to", role)
            for m in members if m != group]


def _part_of(ctx: Context, tok: Token) -> list[Relation]:
    """'It is part of the Zentor-Holdings network': membership of a body; part of a place is
    located_in."""
    if irrealis(tok.head):
        return []
    subjects = [k for k in ctx.subject_entities(tok.head)
                if coarse(ctx.label(k)) in MEMBER_CLASSES]
    rows = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            group = _group_entity(ctx, p)
            place = ctx.key_at(p)
            for s in subjects:
                if group is not None and group != s:
                    rows.append(_row(ctx, tok, s, group, "membership_part_of"))
                elif place is not None and place != s and \
                        coarse(ctx.label(place)) == "PLACE":
                    rows.append(_row(ctx, tok, s, place, "located_in_part_of",
                                     rtype="located_in"))
    return rows


def coordinated_meetings(ctx: Context) -> list[Relation]:
    """'Mayor X and Governor Y met on Monday', 'A and B held talks': the parties met."""
    rows = []
    for tok in ctx.tokens_with(MEETING_TRIGGERS):
        lemma = tok.lemma_.lower()
        anchor = None
        if lemma in rp.MEET_VERBS and tok.pos_ == "VERB":
            verb, rule = tok, "meeting_coordinated_verb"
            allowed = ("PERSON", "ORG")
        elif lemma in rp.MEET_NOUNS and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in ("hold", "have") and not _each_their_own(tok):
            verb, rule = tok.head, "meeting_coordinated_noun"
            allowed = ("PERSON", "ORG", "PLACE")
        elif lemma in rp.MEET_NOUNS and tok.dep_ == "pobj" and \
                tok.head.lower_ in CHANNEL_PREPS and tok.head.head.pos_ == "VERB":
            # "A and B marked the anniversary through a video conference": what they
            # did, they did talking to each other
            verb, rule = tok.head.head, "meeting_coordinated_channel"
            allowed = ("PERSON", "ORG")
            anchor = tok  # "through a video conference on May 4": the date is the call's
        else:
            continue
        if irrealis(verb) or any(c.dep_ in ("dobj", "prep") and c.lower_ not in
                                 ("on", "in", "at", "for", "during") for c in tok.children):
            continue  # "X met Y", "talks with Y", "a meeting between": other patterns
        subj = ctx.clause_subject(verb)
        parties = ctx.subject_entities(verb)
        if subj is not None and subj.lemma_.lower() in rp.DELEGATION_NOUNS:
            # "Leaders from the city of X and the city of Y met": the places met
            allowed, rule = (*allowed, "PLACE"), rule + "_delegation"
            parties += [k for k in _sent_from(ctx, subj) if k not in parties]
        parties = [k for k in parties if coarse(ctx.label(k)) in allowed]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                sent = ctx.sents[ctx.sent_of[tok.i]]
                rows.append(Relation(type="meeting", sentence_start=sent.start_char,
                                     subject_key=a, object_key=b, rule=rule,
                                     date=ctx.event_date(anchor or verb)))
    return rows


def _each_their_own(noun: Token) -> bool:
    """'The IMF and the World Bank held their autumn meetings': meetings each has, not
    one between them ("held their first meeting", "held talks" stay one)."""
    return noun.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ == "their"
                                      for c in noun.children)


def _sent_from(ctx: Context, group: Token) -> list[int]:
    """'leaders from the city of X and the city of Y': every place or body named."""
    return [k for c in group.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for p in c.children if p.dep_ == "pobj" for k in ctx.entities_of(p)]
