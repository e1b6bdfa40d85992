"""The date the next sentence gives an event: 'The visit, which took place from April
21-25, ...' after the sentence that reports the visit.

A definite noun of the event's kind ("the visit", "this meeting") whose clause says the
event happened ("took place", "was held", "lasted") dates the undated event rows of the
sentence before, in the same paragraph only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

# Nouns that take back an event of a type: "the visit", "the talks".
EVENT_NOUNS = {"visit": frozenset(rp.VISIT_NOUNS), "meeting": frozenset(rp.MEET_NOUNS)}


def next_event_date(ctx: Context, si: int, rtype: str) -> str:
    nouns = EVENT_NOUNS.get(rtype)
    if not nouns or si + 1 >= len(ctx.sents):
        return ""
    if "\n" in ctx.text[ctx.sents[si].start_char:ctx.sents[si + 1].start_char]:
        return ""
    for t in ctx.sents[si + 1]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            continue
        verbs = [c for c in t.children if c.dep_ == "relcl"]
        if t.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(t.head)
        for verb in verbs:
            if _happened(verb):
                value = ctx.date_for(verb)
                if len(value) >= 10:  # a day or a range of days
                    return value
    return ""


def _happened(verb: Token) -> bool:
    """'took place', 'was held', 'lasted', 'ran': the clause says when the event was."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in ("hold", "last", "run") and verb.tag_ in ("VBD", "VBN")
