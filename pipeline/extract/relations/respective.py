"""'A and B fell by 1.5 and 3 percent, respectively': each listed name takes the amount at
its place in the list of amounts, so neither takes the other's. Where no list of names is
as long as the amounts but a list of periods or items is, they are one owner's and the
usual rules apply; with neither list found (a parse broken by a ticker), or two lists of
names, the owner is unknown."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.relations.context import Context
from pipeline.extract.relations.figure_words import UNIT_NAMES

_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+and\s+)", re.IGNORECASE)


def _chains(sent: Span):
    """Each coordination of two or more tokens in the sentence, its members in order."""
    for t in sent:
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        chain: list[Token] = [t]
        for member in chain:
            chain.extend(c for c in member.children if c.dep_ == "conj")
        yield sorted(chain, key=lambda c: c.i)


def _listed_names(ctx: Context, sent: Span) -> list[list[int]]:
    """Each coordination of two or more different names in the sentence, keys in order."""
    lists = []
    for chain in _chains(sent):
        keys = [ctx.key_at(c) for c in chain]
        if None not in keys and len(set(keys)) == len(keys):
            lists.append(keys)
    return lists


def _listed_items(ctx: Context, sent: Span, amounts: list[int]) -> bool:
    """A coordination of as many words as there are amounts, none of them an amount or
    a name ("for 1986, 1985 and 1984", "for the quarter and six months")."""
    spans = [(ctx.figures[i].start, ctx.figures[i].end) for i in amounts]
    return any(
        len(chain) == len(amounts) and
        not any(s <= m.idx < e for m in chain for s, e in spans) and
        all(ctx.key_at(m) is None and m.pos_ in ("NOUN", "PROPN", "NUM") for m in chain)
        for chain in _chains(sent))


def _listed_amounts(ctx: Context, index: int) -> list[int]:
    """The run of amounts in one unit, joined only by commas and "and", that holds
    the figure ("by 1.5 and 3 percent", "10.24% and 6.57%")."""
    figs, text = ctx.figures, ctx.doc.text
    unit = figs[index].unit
    run = [index]
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(figs):
            a, b = (figs[i + step], figs[i]) if step < 0 else (figs[i], figs[i + step])
            other = figs[i + step]
            if other.unit != unit or other.value is None or \
                    not _LIST_GAP.fullmatch(text[a.end:b.start]):
                break
            i += step
            run.append(i)
    return sorted(run)


def respective_owner(ctx: Context, index: int, span: Span
                     ) -> tuple[bool, int | None, str]:
    """(whether the figure's sentence pairs names and amounts with "respectively", the
    name paired with this figure: None when the lists do not match, what the amounts
    measure: said once, for the first of them or the last, not the unit's name nor a
    phrase holding the names)."""
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    if not any(t.lower_ == "respectively" for t in sent):
        return False, None, ""
    amounts = _listed_amounts(ctx, index)
    if len(amounts) < 2:
        return False, None, ""  # "X's share of 7% is below A's and B's, 40% and 35%
        # respectively": the 7% is in no list
    names = [keys for keys in _listed_names(ctx, sent) if len(keys) == len(amounts)]
    if not names and _listed_items(ctx, sent, amounts):
        return False, None, ""  # "earnings of 28 and 26 mln dlrs for 1986 and 1985,
        # respectively": one owner, amounts paired with periods or items
    if len(names) != 1:
        return True, None, ""  # the lists the amounts pair with are not to be found
    listed = [ctx.entities[k].name.lower() for k in names[0]]
    about = next((a for a in (ctx.figures[i].about for i in amounts) if a and
                  a.lower() not in UNIT_NAMES and not any(n in a.lower() for n in listed)),
                 "")
    return True, names[0][amounts.index(index)], about
