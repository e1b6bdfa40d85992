"""Which names in a story are rating agencies: their stories' figures are the rated firms'.

"Standard and Poor's Corp said it downgraded 1.7 billion dlrs of debt of Beta. ... The
firm has 97 mln dlrs of debt": the agency rates, and neither the amounts it rates nor a
later "the firm" are its own. An agency is known by what it does in the story, not by a
list of names: it downgrades or upgrades debt or a company, changes ratings or moves a
grade ("raised to BBB-plus from BBB"), puts things on a credit watch, or owns a
downgrade ("S and P's downgrade of six banks"). A firm that "upgraded its merchandise
mix" or "affirmed its forecast" does none of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations.context_rules import coarse
from pipeline.extract.relations.figure_guards import passive
from pipeline.extract.relations.figure_words import (
    GRADE_MOVE,
    RATED_NOUNS,
    RATING_NOUNS,
    RATING_OBJECTS,
    RATING_TEXT,
    RATING_WORDS,
)

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context


def raters(ctx: Context) -> set[int]:
    """Keys of the organisations that act as rating agencies in the story."""
    keys: set[int] = set()
    if not RATING_TEXT.search(ctx.text):
        return keys  # most stories: no word of rating at all (read once, not per token)
    for t in ctx.doc:
        if t.pos_ == "VERB" and _rates(ctx, t):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            key = ctx.entity_of(subj) if subj is not None else None
        elif t.pos_ == "NOUN" and t.lemma_.lower() in RATING_NOUNS:
            key = next((k for c in t.children if c.dep_ in ("poss", "compound")
                        for k in [ctx.entity_of(c, allow_carry=False)] if k is not None),
                       None)
        else:
            continue
        if key is not None and coarse(ctx.label(key)) == "ORG":
            keys.add(key)
    return keys


def _rates(ctx: Context, verb: Token) -> bool:
    """An active verb of an agency's: 'downgraded 50 mln dlrs of debt', 'upgraded Beta',
    'lowered its ratings', 'placed Beta on creditwatch'."""
    if passive(verb):
        return False  # "Beta was placed on creditwatch": the rated firm
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in RATING_OBJECTS for o in objects):
        return True
    if any(c.dep_ == "prep" and any(g.lower_ in RATING_WORDS for g in c.subtree)
           for c in verb.children):
        return True
    if GRADE_MOVE.match(ctx.text, verb.idx + len(verb.text)):
        return True  # "said it cut to B from B-plus 900 mln dlrs of notes"
    return verb.lemma_.lower() in RATING_NOUNS and any(
        g.lemma_.lower() in RATED_NOUNS or _firm(ctx, g) for o in objects for g in o.subtree)


def _firm(ctx: Context, tok: Token) -> bool:
    key = ctx.key_at(tok)
    return key is not None and coarse(ctx.label(key)) == "ORG"
