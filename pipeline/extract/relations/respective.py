"""'A and B fell by 1.5 and 3 percent, respectively': each listed name takes the amount at
its place in the list of amounts, so neither takes the other's. Without a list of names
and a list of amounts of the same length the sentence says nothing a row could keep."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.figures.rules import PERCENT_WORDS, UNIT_WORDS
from pipeline.extract.relations.context import Context

UNIT_NAMES = frozenset(UNIT_WORDS) | frozenset(PERCENT_WORDS)


def _listed_names(ctx: Context, sent: Span) -> list[list[int]]:
    """Each coordination of two or more different names in the sentence, keys in order."""
    lists = []
    for t in sent:
        if t.dep_ == "conj" or ctx.key_at(t) is None or not any(
                c.dep_ == "conj" for c in t.children):
            continue
        chain: list[Token] = [t]
        for member in chain:
            chain.extend(c for c in member.children if c.dep_ == "conj")
        keys = [ctx.key_at(c) for c in sorted(chain, key=lambda c: c.i)]
        if None not in keys and len(set(keys)) == len(keys):
            lists.append(keys)
    return lists


def _clause_of(word: Token) -> Token:
    """The verb "respectively" qualifies (the root when it hangs elsewhere)."""
    t = word
    for _ in range(4):
        if t.head.i == t.i:
            return t
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return t.sent.root


def respective_owner(ctx: Context, index: int, span: Span
                     ) -> tuple[bool, int | None, str]:
    """(whether the figure's sentence pairs names and amounts with "respectively", the
    name paired with this figure: None when the lists do not match, what the amounts
    measure: said once, for the first of them or the last, not the unit's name nor a
    phrase holding the names)."""
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    word = next((t for t in sent if t.lower_ == "respectively"), None)
    if word is None:
        return False, None, ""
    clause = _clause_of(word)
    if not clause.left_edge.i <= span.root.i <= clause.right_edge.i:
        return False, None, ""  # "X's share of 7% is below A's and B's, 40% and 35%
        # respectively": the 7% is outside the paired clause
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    unit = ctx.figures[index].unit
    amounts = [i for i, f in enumerate(ctx.figures) if f.unit == unit and f.value is not None
               and start <= f.start < end]
    names = [keys for keys in _listed_names(ctx, sent) if len(keys) == len(amounts)]
    if len(names) != 1 or index not in amounts:
        return True, None, ""
    listed = [ctx.entities[k].name.lower() for k in names[0]]
    about = next((a for a in (ctx.figures[i].about for i in amounts) if a and
                  a.lower() not in UNIT_NAMES and not any(n in a.lower() for n in listed)),
                 "")
    return True, names[0][amounts.index(index)], about
