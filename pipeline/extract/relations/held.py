"""Is a figure an amount its owner holds, and when? (for figures.py)

Amounts asked, offered or compared with are no one's yet ("a bid for 68 pct", "compared
with 20,000 in Britain"); pasted tables say nothing of who holds a number; a compared or
earlier value is not at its clause's date ("rose to 60 mln from 55 mln in 1985").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.figures.rules import MONTH_WORDS
from pipeline.extract.relations import figure_words as fw
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.clause_dates import term_date
from pipeline.extract.relations.context import Context, clause_verb, coarse
from pipeline.extract.relations.modality import HEDGED, forms, hedged

MAX_CLIMB = 8


def not_had(span) -> bool:
    """The figure is an amount asked, offered, aimed at or compared with, not one its
    owner has: it sits under a proposal noun ("a bid for 68 pct", "the target of 110,000
    tonnes", "a planned $10bn bid") or in a comparison that names another holder
    ("compared with 20,000 in Britain", "against 6,000 awarded to German firms")."""
    if _whole_or_party(span):
        return True
    t = span.root
    counted = _counted_noun(span)
    counted_i = counted.i if counted is not None else -1
    for _ in range(MAX_CLIMB):
        if t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.i < span.end) and (
                (t.lemma_.lower() in fw.PROPOSAL_NOUNS and t.i != counted_i) or any(
                    c.dep_ == "amod" and forms(c) & HEDGED for c in t.children)):
            return True
        if t.i < span.start and (t.lower_ in fw.REPLACED_WORDS or any(
                c.dep_ == "advmod" and c.lower_ in fw.REPLACED_WORDS for c in t.children)):
            return True  # "instead of 9.9 mln dlrs"
        if t.lower_ in fw.COMPARISON_WORDS and t.i < span.start:
            return _qualified(span)
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("prep", "amod"):
            return False
        t = t.head
    return False


def _counted_noun(span) -> Token | None:
    """'six new pledges': the noun a count counts (a count of proposals is a fact)."""
    root = span.root
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ == "NOUN" and \
            root.ent_type_ == "CARDINAL" and not (span.start <= root.head.i < span.end):
        return root.head
    return None


def _qualified(span) -> bool:
    """The compared figure carries its own holder or setting: a prepositional phrase, a
    participle or a name ("20,000 in Britain", "6,000 awarded to German firms")."""
    root = span.root
    head = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    return any(c.dep_ in ("prep", "acl", "relcl", "amod") and c.i > root.i and
               c.lower_ not in ("of",) for c in head.children) or any(
        c.dep_ == "poss" for c in head.children)


_OPENS_BRACKET = re.compile(r"\s*\(\s*")


def figure_date(ctx: Context, span, anchor: Token) -> str:
    """The date a figure holds at: one said on the figure itself ("from 5.1 billion in
    1985"), else the clause's, unless the figure is a compared or earlier value ("rose to
    60 mln from 55 mln", "against 2.8 billion", "after increases of 0.7 pct"), which is
    not at the clause's date, or the clause's date is said on another compared value."""
    si = ctx.sent_of[span.root.i]
    anchor = clause_verb(anchor, MAX_CLIMB)  # the figure itself when no verb was found
    dates = [(d, where) for d, where in ctx.date_tokens if ctx.sent_of[where.start] == si
             and not term_date(where)]
    own = [d.value for d, where in dates if _hangs_on(where, span) and not
           _OPENS_BRACKET.fullmatch(ctx.text[span.end_char:where.start_char])]
    # ("229,176 tonnes (1985 - 182,959)": the year of the amount compared with)
    if own:
        return own[0]
    if _compared(span.root, anchor):
        return ""
    date = ctx.date_for(anchor, period=True)
    for d, where in dates:
        before = _phrase_start(where) - 1
        if d.value == date and before >= 0 and (
                _compared(where.root, anchor) or _compared(ctx.doc[before], anchor)):
            return ""  # "83.2 billion against 57.7 billion in 1985": 1985 is the other's
        if d.value == date and d.granularity == "day" and \
                forms(anchor) & fw.REPORT_VERBS:
            return ""  # "Today it reported nine month earnings of ...": the report's day
    return date


def _phrase_start(where) -> int:
    """Where a date's phrase starts: its preposition ("in 1985", "in the same 1986
    period"), else the date."""
    doc = where.doc
    i = where.start - 1
    while i >= 0 and i >= where.start - 3 and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1  # "the same", "the first"
    if i >= 0 and doc[i].pos_ == "ADP":
        return i
    return where.start


def _hangs_on(where, span) -> bool:
    """The date's phrase follows the figure (its unit noun) at once, or attaches to the
    figure or the noun it counts rather than to a verb."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].i == span.root.head.i and span.root.dep_ in (
            "nummod", "quantmod", "compound"):
        end += 1  # "55 mln dlrs" when the figure is "55 mln"
    opener = doc[_phrase_start(where)].lower_
    if opener in fw.EARLIER_WORDS or opener in fw.COMPARISON_WORDS or \
            _base_year(doc[_phrase_start(where)]):
        return False  # "fell 19.9 pct since the fourth quarter of 1983": a starting point
    if _phrase_start(where) == end:
        return True
    t = where.root
    for _ in range(4):
        if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
        if span.start <= t.i < span.end or (span.root.dep_ in ("nummod", "quantmod") and
                                            t.i == span.root.head.i):
            return True
    return False


def _compared(tok: Token, verb: Token) -> bool:
    """The token sits in a 'from', 'against', 'compared with', 'after' phrase below the
    clause verb: an earlier or other value."""
    t = tok
    for _ in range(MAX_CLIMB):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ in ("prep", "advcl", "pcomp") and (
                t.lower_ in fw.EARLIER_WORDS or t.lower_ in fw.COMPARISON_WORDS or
                _base_year(t)):
            return True
        t = t.head
    return False


def _base_year(prep: Token) -> bool:
    """'a rise of 4.2 pct over 2019', 'up 2.5 pct on last year': "over" before a bare
    year, or "on" right after a change, names the time compared with, not the figure's
    own ("over the past year" is a span of time)."""
    doc = prep.doc
    if prep.lower_ == "on" and 0 < prep.i < len(doc) - 1 and \
            doc[prep.i - 1].lower_ in fw.CHANGE_UNIT_WORDS:
        return _period_compared(doc, prep.i + 1)  # "up 2.5 pct on last year"
    return prep.lower_ == "over" and prep.i + 1 < len(doc) and \
        fw.BARE_YEAR.fullmatch(doc[prep.i + 1].text) is not None


def _period_compared(doc, i: int) -> bool:
    """After "up 2.5 pct on": a period ("last year", "the year-earlier period", "1985",
    "November") is the base of the change; a day ("on Friday", "on January 6") is when
    it happened."""
    word = doc[i].lower_
    if word in fw.BASE_PERIOD_OPENERS or fw.BARE_YEAR.fullmatch(doc[i].text):
        return True
    return word in MONTH_WORDS and not (i + 1 < len(doc) and doc[i + 1].like_num)


def table_row(sent) -> bool:
    """A table pasted into the text, read as one sentence: a run of bare numbers,
    numbers making up a large share of the words, or numbers among words in capitals.
    Which column a number is in, and so what it measures and for whom, is not in the
    words around it."""
    run = longest = numbers = words = alpha = caps = 0
    for t in sent:
        if t.is_punct or t.is_space:
            continue
        words += 1
        digit = t.text[:1].isdigit()
        numbers += digit
        run = run + 1 if digit else 0
        longest = max(longest, run)
        if t.is_alpha:
            alpha += 1
            caps += t.is_upper and len(t) > 1
    return longest >= fw.TABLE_RUN or (
        numbers >= fw.TABLE_NUMBERS and numbers >= fw.TABLE_NUMBER_SHARE * words) or (
        alpha >= fw.TABLE_CAPS_WORDS and caps >= fw.TABLE_CAPS_SHARE * alpha and
        numbers >= fw.TABLE_ROW_NUMBERS) or (
        _verbless(sent) and (any(t.lower_ in fw.TABLE_COMPARE_WORDS for t in sent) or
                             numbers >= fw.TABLE_ROW_NUMBERS and words <= fw.TABLE_ROW_WORDS))


def _verbless(sent) -> bool:
    """No verb at all: a label and its numbers ("Shr 1.20 vs 1.10", "Net 4.5 mln vs 3.2
    mln", "Wheat 50,400, maize 157,040"), a row of a wire table, not a sentence (a long
    line without a verb is more likely a sentence whose verb the tagger missed: "X's
    surplus with the U.S. Rose to 7.1 bln")."""
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or t.tag_ == "MD"
                   for t in sent)


def hedged_clause(noun: Token) -> bool:
    """The possessed noun sits in a clause that is planned, expected or wished ("expects
    to recover its 12 mln dlr investment"), unless the noun says it holds now ("its
    current 10 pct stake")."""
    if any(c.lower_ in fw.NOW_WORDS for c in noun.children):
        return False
    t = noun
    for _ in range(MAX_CLIMB):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return hedged(t) or t.lemma_.lower() in rp.IRREALIS_HEADS
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def unknown_possessor(ctx: Context, tok: Token) -> bool:
    """A noun possessed by a name or nominal that names no place or organisation we know
    ("the island's banks", "the unions' members"): the figure is that possessor's, so
    the clause subject does not own it. A number with a possessor of its own is that
    possessor's, whoever it is ("Tarn's innings had six fours and Kelby's eight")."""
    if tok.pos_ == "NUM":
        owners = [ctx.entity_of(c) for c in tok.children
                  if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        return any(k is None or coarse(ctx.label(k)) == "PERSON" for k in owners)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in rp.ESTIMATE_NOUNS or \
            tok.lower_ in rp.TITLE_WORDS or tok.lemma_.lower() in rp.ROLE_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and
               ctx.entity_of(c) is None for c in tok.children)


def _whole_or_party(span) -> bool:
    """The figure is the whole a part is taken from ("won 81 of the 166 seats"), or
    another party the clause deals with ("together with two other shareholders",
    "negotiations with 3,200 workers")."""
    root = span.root
    t = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    if span.start <= t.i < span.end:
        t = root
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM":
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "with":
        owner = t.head.head
        return owner.pos_ == "ADV" or owner.lemma_.lower() in fw.PARTY_NOUNS or any(
            c.lower_ in ("together", "along") for c in t.head.children)
    return False
