"""Groups that stand for who sent or leads them: "a delegation led by Mayor X", "21
citizens of Marlow", "officials from Kelvik", "Governor X headed a delegation", and
"the delegation" said after them (methods of ``Context``, bound there so callers keep
asking the context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context_rules import CARRY_WINDOW, coarse

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

# Group nouns that in business and political news mostly mean a company or a party
# ("the group said it bought 500 shares"): never taken back to an earlier group.
COMPANY_LIKE_GROUPS = frozenset({"group", "party", "executive", "staff", "leader"})


def _delegation(ctx: Context, tok: Token, look_back: bool = True, loose: bool = False
                ) -> int | None:
    """'a delegation led by Mayor X' is X's; '21 citizens of Marlow', 'officials
    from Kelvik' stand for the place or body they come from."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in rp.LEAD_VERBS:
            for agent in c.children:
                if agent.dep_ == "agent":
                    for p in agent.children:
                        if p.dep_ == "pobj" and ctx.key_at(p) is not None:
                            return ctx.key_at(p)
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and ctx.key_at(c) is not None:
            return ctx.key_at(c)  # "Tornby's delegation", "a Tornby delegation"
    for c in ctx._sender_preps(tok, loose):
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            key = ctx.key_at(p)
            if key is None:
                key = ctx._named_by_of(p)
            if key is not None and coarse(ctx.label(key)) in ("PLACE", "ORG"):
                return key
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in rp.LEAD_VERBS:
        # "Governor X headed a delegation which visited Y": the leader's group
        subj = ctx.clause_subject(tok.head)
        key = ctx.key_at(subj) if subj is not None else None
        if key is not None and coarse(ctx.label(key)) == "PERSON":
            return key
    if look_back and [c.lower_ for c in tok.children] == ["the"] and \
            tok.lemma_.lower() not in COMPANY_LIKE_GROUPS:
        return ctx._earlier_group(tok)
    return None


def _earlier_group(ctx: Context, tok: Token) -> int | None:
    """'A delegation from Tornby arrived. The delegation visited ...': a bare definite
    group noun is the group of that name introduced in the sentences before."""
    group = ctx._earlier_group_token(tok)
    return (ctx._delegation(group, look_back=False, loose=True)
            if group is not None else None)


def earlier_group_token(ctx: Context, tok: Token) -> Token | None:
    """The group noun an earlier sentence introduces, that 'the delegation' takes back."""
    return ctx._earlier_group_token(tok)


def delegation_of(ctx: Context, group: Token) -> int | None:
    """Whom a group noun stands for where it is introduced: its leader or sender."""
    return ctx._delegation(group, look_back=False, loose=True)


def _earlier_group_token(ctx: Context, tok: Token) -> Token | None:
    """The group noun an earlier sentence names with its sender. 'The delegation'
    takes back 'delegates from Tornby' too: the delegates are the delegation."""
    si = ctx.sent_of[tok.i]
    lemma = tok.lemma_.lower()
    family = rp.GROUP_FAMILIES.get(lemma, (lemma,))
    found: list[Token] = []
    for back in range(1, si + 1):
        for t in reversed(ctx.sents[si - back]):
            if t.lemma_.lower() in family and t.pos_ == "NOUN" and \
                    ctx._delegation(t, look_back=False, loose=True) is not None:
                if back <= CARRY_WINDOW:
                    return t
                found.append(t)
    # further back only when the article has sent one group so far: "the
    # delegation" of a report on one visit is that visit's, however far back
    senders = {ctx._delegation(t, look_back=False, loose=True) for t in found}
    return found[0] if len(senders) == 1 else None


def _sender_keys(ctx: Context, group: Token, loose: bool) -> list[int]:
    """Places and bodies listed after the group's sender prepositions, in order."""
    keys: list[int] = []
    for c in ctx._sender_preps(group, loose=loose):
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            named = ctx.named_plural(p)  # "officials from the cities of A and B"
            keys += [k for k in named if k not in keys]
            for m in ctx.list_members(p):
                key = ctx.key_at(m)
                if key is not None and key not in keys and \
                        coarse(ctx.label(key)) in ("PLACE", "ORG"):
                    keys.append(key)
    return keys


def co_senders(ctx: Context, tok: Token) -> list[int]:
    """'delegates from Tornby and Vikby', and 'the delegation' said after them: every
    place or body listed as sending the group, not only the first."""
    if tok.lemma_.lower() not in rp.DELEGATION_NOUNS:
        return []
    group = tok
    if [c.lower_ for c in tok.children] == ["the"] and \
            tok.lemma_.lower() not in COMPANY_LIKE_GROUPS:
        group = ctx._earlier_group_token(tok) or tok
    return _sender_keys(ctx, group, loose=group.i != tok.i)


def senders(ctx: Context, group: Token) -> list[int]:
    """'hosted delegates from Tornby and Kelby': every place or body named as
    sending a group noun in its own clause, the 'from' the parser hangs on the verb
    right after it included."""
    return _sender_keys(ctx, group, loose=True)


def envoy_parties(ctx: Context, group: Token) -> list[int]:
    """'a delegation from Tornby led by Mayor X', 'the Tornby delegation, led by X':
    the place or body that sent the envoys and the person who leads them both act
    through them. The parser may hang 'led by X' on the sender's name."""
    keys: list[int] = []
    senders = [c for c in group.children if c.dep_ in ("poss", "compound")]
    for c in ctx._sender_preps(group):
        senders += [m for p in c.children if p.dep_ == "pobj"
                    for m in ctx.list_members(p)]
    for t in senders:
        key = ctx.key_at(t)
        if key is not None and key not in keys and \
                coarse(ctx.label(key)) in ("PLACE", "ORG"):
            keys.append(key)
    for t in [group, *senders]:
        for c in t.children:
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in rp.LEAD_VERBS:
                continue
            for p in (p for a in c.children if a.dep_ == "agent"
                      for p in a.children if p.dep_ == "pobj"):
                key = ctx.key_at(p)
                if key is not None and key not in keys and \
                        coarse(ctx.label(key)) == "PERSON":
                    keys.append(key)
    return keys


def _sender_preps(ctx: Context, tok: Token, loose: bool = False) -> list[Token]:
    """The 'of' / 'from' phrases of a group noun. In "hosted delegates from Tornby"
    the small parser hangs 'from Tornby' on the verb; taking back such a group
    ("... The delegation visited"), a 'from' right after it still says where it
    comes from. Not in its own clause, where the host's reception is read apart."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    after = tok.right_edge.i + 1
    if loose and tok.dep_ == "dobj" and after < len(tok.doc):
        nxt = tok.doc[after]
        if nxt.lower_ == "from" and nxt.dep_ == "prep" and nxt.head.i == tok.head.i:
            preps.append(nxt)
    return preps
