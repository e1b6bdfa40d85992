"""Checks on a title found next to a name: whose title it is, and of which body.

A title run beside a name is not always that name's: ", a Tarvo spokesman said" after a
name that closes an earlier phrase is the speaker's, and "Senate Democratic leader X of
Kelby" names the body before the title, so the place after the name is X's home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context_rules import coarse

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context


def opens_attribution(ctx: Context, mention) -> bool:
    """'"...," Ann Berg, a Tarvo analyst said': the name right after a quote (or at the
    start of a sentence) is the speaker, and the title after it is the speaker's."""
    first = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None:
        return False
    doc = ctx.doc
    start = first.start
    while start > 0 and not doc[start - 1].is_sent_end and (
            doc[start - 1].pos_ == "PROPN" or
            doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
        start -= 1  # the rest of a name cut short ("Kenneth Ch'u-K'ai | Leung")
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i < 0 or doc[i].is_sent_end or doc[i].is_quote or doc[start].is_sent_start


def body_before_title(ctx: Context, title: Token) -> bool:
    """'Senate Democratic leader', 'House Budget Committee chairman': an organisation
    named before the title (party or rank words between) is the body the post is in."""
    doc = ctx.doc
    i = title.i - 1
    while i >= max(0, title.i - 4):
        key = ctx.key_at(doc[i])
        kind = coarse(ctx.label(key)) if key is not None else None
        if kind == "ORG":
            return True
        if kind not in (None, "NORP") or not (
                doc[i].is_title and doc[i].pos_ in ("ADJ", "PROPN", "NOUN")):
            return False
        i -= 1
    return False


def board_seat(ctx: Context, trigger: Token, subjects: list[int]) -> str:
    """'Burgard, also management board member of Deutsche Bank AG', 'Gaddum, a member of
    the Bundesbank board': a person with a seat on a body's board holds a post there, not
    a membership of the body. Returns the role
    ("management board member"), or "" when the member is not a person on a board (a
    city that is an "executive board member" of a network stays a member)."""
    if not subjects or any(coarse(ctx.label(k)) != "PERSON" for k in subjects):
        return ""
    mods = [c for c in trigger.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i]
    if any(c.lemma_.lower() in rp.BOARD_NOUNS for c in mods):
        start = min(min(c.left_edge.i for c in mods), trigger.i)
        return ctx.doc[start:trigger.i + 1].text.lower()
    # "Gaddum, a member of the Bundesbank board": the board after "of"
    board = next((p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and
                  p.lemma_.lower() in rp.BOARD_NOUNS), None)
    if board is None or ctx.key_at(board) is not None:
        return ""  # "a member of the Banking Committee": the committee is the body
    return f"{board.lower_} member"
