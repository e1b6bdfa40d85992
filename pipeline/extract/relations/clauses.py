"""Clauses: a clause's subject (past datelines and speaker labels), the names a
subject lists, and the place a sentence opens with (methods of ``Context``, bound
there so callers keep asking the context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context_rules import (
    DATELINE_MARKS,
    FINITE_TAGS,
    coarse,
)
from pipeline.extract.relations.lexicon import TIME_PREPS, WHERE_PREPS

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context


def list_members(ctx: Context, tok: Token) -> list[Token]:
    """A token and its coordinated siblings, skipping 'in <place>' containers.

    "Tornby in Ostland, Kelby in Norland, Vik County and Harlow in the
    Republic of Vesland": the small parser hangs later items off the containers, so the
    walk goes through 'in' phrases but never keeps their objects.
    """
    out: list[Token] = []

    def walk(t: Token, keep: bool) -> None:
        if keep and t not in out:
            out.append(t)
        for c in t.children:
            if c.dep_ == "conj":
                walk(c, True)
            elif c.dep_ == "prep" and c.lower_ == "in" and t.ent_type_ != "DATE":
                for p in c.children:
                    if p.dep_ == "pobj" and ctx.key_at(p) is not None:
                        walk(p, False)

    walk(tok, True)
    return out


def entities_of(ctx: Context, tok: Token) -> list[int]:
    keys: list[int] = named_plural(ctx, tok)
    if keys:
        return keys  # "The cities of Tornby and Kelby signed ...": both
    for t in ctx.list_members(tok):
        key = ctx.entity_of(t)
        if key is not None and key not in keys:
            keys.append(key)
        if key is not None and len(ctx.co_senders(t)) > 1 and key in ctx.co_senders(t):
            keys += [k for k in ctx.co_senders(t) if k not in keys]
        if key is not None and t.lemma_.lower() in rp.ENVOY_NOUNS:
            keys += [k for k in ctx.envoy_parties(t) if k not in keys]
        for c in t.children:  # "X, accompanied by Y, visited Z": Y went too
            if c.dep_ == "acl" and c.lemma_.lower() == "accompany":
                for agent in (a for a in c.children if a.dep_ == "agent"):
                    for p in agent.children:
                        if p.dep_ == "pobj":
                            keys += [k for k in ctx.entities_of(p) if k not in keys]
    if not keys and tok.lemma_.lower() in rp.PAIR_NOUNS:
        keys = ctx._pair(tok)
    if not keys and tok.pos_ == "NOUN":
        # "Six war veterans including A and B": the named ones of a group
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys += [k for k in ctx.entities_of(p) if k not in keys]
    return keys


def named_plural(ctx: Context, tok: Token) -> list[int]:
    """'the cities of Tornby and Kelby', 'the towns of A, B and C': the places a plural
    place noun names with "of" (the singular is ``Context._named_by_of``)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or \
            tok.lemma_.lower() not in NAMED_BY_OF_NOUN_SET:
        return []
    keys: list[int] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    keys += [k for k in ctx.entities_of(p) if k not in keys and
                             coarse(ctx.label(k)) == "PLACE"]
    return keys if len(keys) > 1 else []


NAMED_BY_OF_NOUN_SET = frozenset(rp.NAMED_BY_OF_NOUNS)
WHERE_PREP_SET = frozenset(WHERE_PREPS)


def clause_subject(ctx: Context, tok: Token, depth: int = 0) -> Token | None:
    """The token that is the subject of the clause headed by ``tok``."""
    if depth > 4:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and _speaker_label(subjects[0]):
        subjects = subjects[1:]  # "Mayor Lee: The city signed ...": the city signed
    elif len(subjects) > 1 and _dateline_gap(subjects[0], subjects[1]):
        subjects = subjects[1:]  # "OSLO (Agency) – Mayor Berg held talks ...": Berg
    if subjects:
        return ctx.dateline_subject(tok, subjects[0])
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            return ctx.clause_subject(tok.head, depth + 1)
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
            return ctx.clause_subject(tok.head.head, depth + 1)
        return None
    if tok.dep_ == "xcomp":
        if tok.head.lemma_.lower() in rp.OBJECT_CONTROL_VERBS:
            for c in tok.head.children:
                if c.dep_ == "dobj":
                    return c
        return ctx.clause_subject(tok.head, depth + 1)
    if tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        return ctx.clause_subject(tok.head, depth + 1)
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and \
            tok.head.lower_ in TIME_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
        # "X was chosen right after joining the league", "Before touring Oslo, X
        # ...": the main clause's subject. Only time words: in "accused X of paying"
        # or "by selling", the one who does it may be another.
        main = tok.head.head
        return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")),
                    None) or ctx.clause_subject(main, depth + 1)
    if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN"):
        if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and \
                tok.head.head.lower_ in WHERE_PREP_SET and tok.head.pos_ == "PROPN":
            return None  # "a vessel that landed at Cocos Islands carrying 69 people":
            # the participle goes with what arrived, not with the place
        return tok.head
    if tok.tag_ in ("VBN", "VBG", "VBD") and tok.dep_ != "ROOT" and tok.i > 1:
        # "Zentor Tech — ranked 24th", "X, visiting Tampa, said": a participle right
        # after a name and a dash or comma describes that name.
        prev = tok.doc[tok.i - 1]
        if prev.text in (",", "—", "–", "-") and ctx.key_at(tok.doc[tok.i - 2]) is not None:
            return tok.doc[tok.i - 2]
    return None


def dateline_subject(ctx: Context, verb: Token, subj: Token) -> Token:
    """'OSLO, Norway (Agency): May 2 - Governor Ann Berg headed a delegation ...':
    the small parser makes the dateline's place the subject and hangs the name on it
    in apposition. A named apposition right before a finite verb, with no comma
    between, is the verb's subject (a real apposition is closed by a comma)."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.i == subj.i or verb.tag_ not in FINITE_TAGS or \
            prev.dep_ != "appos" or ctx.key_at(prev) is None:
        return subj
    t = prev
    while t.i != subj.i:  # up from the name to the subject: not below it, or below it
        if t.dep_ in ("pobj", "prep") or t.head.i == t.i:  # only inside a phrase ("two
            return subj  # gunmen from the group Hamas infiltrated"), is no dateline
        t = t.head
    return prev


def scope(ctx: Context, tok: Token) -> int | None:
    """'In Tornby, however, ...': the place a sentence opens with."""
    sent = ctx.sents[ctx.sent_of[tok.i]]
    first = sent[0]
    if first.lower_ != "in" or len(sent) < 4:
        return None
    for c in first.children:
        if c.dep_ == "pobj":
            key = ctx.key_at(c)
            if key is not None and coarse(ctx.label(key)) == "PLACE":
                end = max(t.i for t in c.subtree) + 1
                if end < len(tok.doc) and tok.doc[end].text == ",":
                    return key
    return None


def subject_entities(ctx: Context, tok: Token) -> list[int]:
    subj = ctx.clause_subject(tok)
    if subj is None:
        return []
    keys = ctx.entities_of(subj)
    for other in _second_subjects(subj):
        keys += [k for k in ctx.entities_of(other) if k not in keys]
    return keys


def _speaker_label(tok: Token) -> bool:
    """'Mayor Lee:' opening an interview answer: who speaks, not who acts."""
    end = max(t.i for t in tok.subtree if not t.is_punct)
    return end + 1 < len(tok.doc) and tok.doc[end + 1].text == ":"


def _dateline_gap(first: Token, second: Token) -> bool:
    """A dateline ('OSLO (Agency) –', 'OSLO, May 2 -') sits between two subjects the
    small parser gives one verb: a dash or colon closes it."""
    return first.i < second.i and any(
        t.text in DATELINE_MARKS for t in first.doc[first.i + 1:second.left_edge.i])


def _second_subjects(subj: Token) -> list[Token]:
    """'Mayor Ann Moreau and Mayor Tom Reyes celebrated': the small parser may make
    both names subjects of the verb, the "and" hanging on the first, instead of a
    conjunct. A later subject of the same verb joined by that "and" is a subject too."""
    if subj.dep_ != "nsubj":
        return []
    joined = [c.i for c in subj.children if c.dep_ == "cc" and c.lower_ == "and"]
    return [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i
            and any(subj.i < j < c.i for j in joined)]


def clause_verb(tok: Token, limit: int = 12, strict: bool = False) -> Token | None:
    """The nearest verb at or above a token (the head of its clause), climbing at most
    ``limit`` heads; when there is none, the token reached last, or None if ``strict``
    (a figure's owner needs a real verb)."""
    t = tok
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
        if t.head.i == t.i:
            return None if strict else t
        t = t.head
    return None if strict else t
