"""The person a title names further on: 'the Governor of Tornby H.E. Ann Berg'.

"the Managing Director of Acme Eng. Tom Hale", "the Speaker of the Assembly Hon. X": a
title with its office, then the person who holds it. The small parser hangs such a name
anywhere (often as a second object of the verb), so the run is read in surface order:
only the office (names, capitalised words, 'of', 'the', 'for') and forms of address may
stand between the title and the person; a comma, 'and', a verb or any other word ends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

# How far after a title its holder's name may come ("the Governor of the Kelton
# Metropolitan Region H.E. Ann Berg"), and the words that may stand between them.
TITLED_REACH = 14
TITLE_LINKS = frozenset({"of", "the", "for"})
ADDRESS = frozenset(rp.HONORIFICS) | frozenset(rp.ADDRESS_WORDS)


def title_run(ctx: Context, tok: Token) -> tuple[int | None, list[int]]:
    """The person the title at ``tok`` names, with the places right after 'of' in the
    run ('the Governor of Tornby H.E. X': Tornby); (None, []) when no person ends it."""
    sent = ctx.sents[ctx.sent_of[tok.i]]
    doc = ctx.doc
    places: list[int] = []
    for t in doc[tok.i + 1:min(sent.end, tok.i + TITLED_REACH)]:
        key = ctx.key_at(t)
        if key is not None:
            kind = rp.COARSE.get(ctx.label(key), "")
            if kind == "PERSON":
                return key, places
            if kind == "PLACE" and doc[t.i - 1].lower_ == "of" and key not in places:
                places.append(key)
            continue
        if t.lower_ in TITLE_LINKS or _address(t) or (
                t.text == "." and t.i > 0 and _address(doc[t.i - 1])) or (
                t.pos_ == "PROPN" and t.is_title):
            continue
        return None, []
    return None, []


def _address(tok: Token) -> bool:
    """A form of address: 'Hon.', 'H.E.', 'HE', 'His Excellency'."""
    if tok.lower_ in ADDRESS or tok.text in rp.ADDRESS_CAPITALS:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ("his", "her") and nxt is not None and nxt.lower_ == "excellency"
