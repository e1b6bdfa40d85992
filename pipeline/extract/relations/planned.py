"""Events told in the present tense that are still to come.

News write plans in the present simple or progressive with a time ahead of the report:
"X visits Y next week", "X is visiting Y on Monday", "X flies to Y this weekend",
"X meets Y later this month"; and name them with such a time: "a visit to Y next week",
"next week's meeting in Y". Without such a time the present tense is a headline's way
of telling what happened ("X visits Y" above a dated report), and the row stays. A time
is ahead when the date stage resolved it against the publication date to a later day,
or when it says so in words ("next", "coming", "tomorrow", "later this month").

Such an event is a plan, as "will visit" is: the caller treats it like the future tense
(a programme with its calendar days fixed stays scheduled, see dep_checks.scheduled).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.relations.clauses import clause_verb
from pipeline.extract.relations.lexicon import AHEAD_MARKS, FUTURE_TIME_PATTERNS

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
FUTURE_TIME = re.compile("|".join(FUTURE_TIME_PATTERNS), re.IGNORECASE)


def present_tense(verb: Token) -> bool:
    """'visits', 'meet', 'is visiting', 'are meeting' (not 'visited', 'has visited')."""
    if verb.tag_ in PRESENT_TAGS:
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children)
    return False


def planned_present(ctx: Context, trigger: Token | None) -> bool:
    """A visit or meeting said in the present tense with a time ahead of the report
    in its clause: "visits Bonn next week", "holds talks with X tomorrow"."""
    if trigger is None:
        return False
    if trigger.pos_ in ("NOUN", "PROPN") and _dated_ahead(ctx, trigger):
        return True  # "a visit to Tokyo next week", "next week's meeting in Oslo"
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
    if verb is None or not present_tense(verb):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AHEAD_MARKS
                                    for c in verb.children):
        return True  # "before Kelby arrives in Tornby", "once she visits Varrow": to come
    si = ctx.sent_of[verb.i]
    home = clause_verb(verb)
    for d, span in ctx.date_tokens:
        if ctx.sent_of[span.start] != si or clause_verb(span.root).i != home.i:
            continue
        if ahead(d):
            return True
    return False


def _dated_ahead(ctx: Context, noun: Token) -> bool:
    """A time ahead of the report said on the event noun itself."""
    for d, span in ctx.date_tokens:
        t = span.root
        for _ in range(3):
            if t.i == noun.i:
                if ahead(d):
                    return True
                break
            if t.head.i == t.i:
                break
            t = t.head
    return False


def ahead(d) -> bool:
    """The date lies after the report: in words, or by its value against the anchor."""
    if FUTURE_TIME.search(d.text):
        return True
    if d.kind not in ("date", "range") or not d.value or not d.anchor:
        return False
    start = d.value.split("/")[0]
    # a month or a year counts when all of it is ahead ("goes to Moscow in April" in
    # a March report)
    return len(start) in (4, 7, 10) and start > d.anchor[:len(start)]
