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


def respective_owner(ctx: Context, index: int, span: Span
                     ) -> tuple[bool, int | None, str]:
    """(whether the figure's sentence pairs names and amounts with "respectively", the
    name paired with this figure: None when the lists do not match, what the amounts
    measure: said once, for the first of them or the last, not the unit's name)."""
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    if not any(t.lower_ == "respectively" for t in sent):
        return False, None, ""
    unit = ctx.figures[index].unit
    amounts = [i for i, f in enumerate(ctx.figures) if f.unit == unit and f.value is not None
               and sent.start_char <= f.start < sent.end_char]
    names = [keys for keys in _listed_names(ctx, sent) if len(keys) == len(amounts)]
    if len(names) != 1 or index not in amounts:
        return True, None, ""
    about = next((ctx.figures[i].about for i in amounts if ctx.figures[i].about and
                  ctx.figures[i].about.lower() not in UNIT_NAMES), "")
    return True, names[0][amounts.index(index)], about
