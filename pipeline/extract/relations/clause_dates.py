"""Which date a clause gives an event or a figure: one said in the clause itself,
else the sentence's or the paragraph's leading date (methods of ``Context``, bound
there so callers keep asking the context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.extract.dates import looks_forward
from pipeline.extract.relations.clauses import clause_verb
from pipeline.extract.relations.context_rules import (
    DATELINE_MARKS,
    GRANULARITY_RANK,
    LEADING,
    PARAGRAPH_WINDOW,
)
from pipeline.extract.relations.figure_words import DUE_WORDS
from pipeline.extract.relations.lexicon import AGREEMENT_NOUNS, ENDING_VERBS

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

AGREEMENT_NOUN_SET = frozenset(AGREEMENT_NOUNS)


def event_date(ctx: Context, tok: Token) -> str:
    """The date of an event said at ``tok`` (a visit, a signing, a meeting).

    As ``date_for``, but a date may hang on a name in the clause: the small parser
    attaches "on Nov 21" in "signed an agreement with Tornby in Norway on Nov
    21" to the last name, not to the verb.
    """
    verb = clause_verb(tok)
    if tok.lemma_.lower() in AGREEMENT_NOUN_SET and verb.i != tok.i and \
            verb.lemma_.lower() in ENDING_VERBS:
        return ""  # "terminated its agreement with X on March 24": the day of the ending
    return ctx.date_for(tok, through_names=True)


def term_date(span: Span) -> bool:
    """A date that is a term of the thing rather than the day of the clause: a maturity
    ("debentures due December 1, 2007"), a day set ahead under "payable" or "for ...
    shipment" ("a dividend payable May 1", "a cargo for May 15 shipment")."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in DUE_WORDS:
        return True
    return any(_set_ahead(tok) for tok in span if tok.pos_ != "ADP")  # "for May 15"


def _set_ahead(tok: Token) -> bool:
    for _ in range(4):
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if looks_forward(tok):
            return True
    return False


def paragraph_date(ctx: Context, si: int) -> str:
    """The day an earlier sentence of the same paragraph opens with: a dateline
    ("OSLO, May 2. A delegation ... has arrived", "OSLO, Norway, May 2, 2025 --") or
    "On March 4, the mayors met. They agreed ...". Only a leading date: "He was born on
    5 April 1950. He flew planes to ..." dates the birth, not the rest. The nearest one
    wins; a paragraph break stops the search."""
    for back in range(si - 1, max(-1, si - PARAGRAPH_WINDOW - 1), -1):
        seg = ctx.text[ctx.sents[back].start_char:ctx.sents[back + 1].start_char]
        if "\n" in seg.lstrip():
            return ""  # a line break within or after the sentence before
        first = ctx.sents[back].start
        filed = _dateline_end(ctx.sents[back])  # a dateline is a sentence of its own
        days = [d.value for d, span in ctx.date_tokens
                if ctx.sent_of[span.start] == back and
                (span.start <= first + LEADING or span.end <= filed)
                and d.granularity in ("day", "range")]
        if days:
            return days[-1]
    return ""


def date_for(ctx: Context, tok: Token, through_names: bool = False,
             period: bool = False) -> str:
    """A date said in the clause of ``tok``, else the sentence's leading date.

    A date brought in by 'for' is a period or a purpose ("agreed on a helicopter for
    the 1990s"): it dates a figure (``period``), not an event."""
    si = ctx.sent_of[tok.i]
    home = clause_verb(tok)
    best: tuple[int, int, str] | None = None
    leading = ""
    sent = ctx.sents[si]
    filed = _dateline_end(sent)
    for d, span in ctx.date_tokens:
        if ctx.sent_of[span.start] != si:
            continue
        if span.start <= sent.start + 1 and _followed_by_comma(span):
            leading = d.value
        in_dateline = span.end <= filed  # "OSLO, May 2, 2025 -- X travelled ... last
        # week": the day the story was filed, which dates the clause only when the
        # clause says no date of its own
        if not period and span.start > 0 and ctx.doc[span.start - 1].lower_ == "for":
            continue
        if term_date(span):
            continue
        via = tok.i if through_names else -1  # "an agreement ... on Nov 21"
        if clause_verb(span.root).i == home.i and _direct(span.root, home,
                                                             through_names, via):
            rank = -1 if in_dateline else GRANULARITY_RANK.get(d.granularity, 0)
            cand = (rank, -abs(span.start - tok.i), d.value)
            if best is None or cand[:2] > best[:2]:
                best = cand
    if best is not None:
        return best[2]
    if home.dep_ in ("acl", "relcl"):
        return ""  # "Today X bid for Y, a firm formed by Z": the day is the bid's
    return leading


# A dateline is closed by its dash within this many tokens of the sentence's start.
DATELINE_REACH = 16


def _dateline_end(sent: Span) -> int:
    """Where a dateline opening the sentence ends ("OSLO, Norway, May 2, 2025 --"): a
    place in capitals first, a dash or colon soon after; -1 when there is none."""
    first = sent[0]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return -1
    for t in sent[1:DATELINE_REACH]:
        if t.text in DATELINE_MARKS:
            return t.i
    return -1


def _direct(tok: Token, verb: Token, through_names: bool = False, via: int = -1) -> bool:
    """True when a date hangs on the verb without passing through another noun.

    "Since the establishment of X in 1973, Tornby has accumulated ...": 1973 dates the
    establishment, not the accumulating. With ``through_names``, proper names on the way
    do not count ("with Tornby in Norway on Nov 21").
    """
    t = tok
    for _ in range(8):
        if t.i == verb.i:
            return True
        head = t.head
        if head.i not in (verb.i, via) and head.pos_ in ("NOUN", "PROPN") and \
                head.ent_type_ not in ("DATE", "TIME") and \
                not (through_names and head.pos_ == "PROPN"):
            return False
        t = head
    return False


def _followed_by_comma(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].text == ","
