"""Statistic rows that would misstate their figure: a unit the figure stage lost, an
amount planned or budgeted, a figure for a period after the page was written.

Kept beside figures.py, which decides whose a figure is; these decide whether the row
can say it at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.figures import is_money
from pipeline.extract.figures.rules import COMPARED_BRACKET_OPEN
from pipeline.extract.relations import figure_words as fw
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import SUBJECT_DEPS, Context, coarse


def unit_lost(ctx: Context, index: int, span: Span, metric: str) -> bool:
    """A count that is really a measure or an amount of money: "9.8 mln metric tonnes",
    "19.54 billion Canadian dlrs" (a measure noun or a currency counted), "5,000 and
    50,000 marks" (the unit said once, after the second figure), "45 bn kilowatt-hours,
    up from 42.91 billion" (a bare number whose unit was said before)."""
    fig = ctx.figures[index]
    if fig.unit != "count":
        return False
    doc = span.doc
    noun = doc[span.end] if span.end < len(doc) else None
    if fig.text.isdigit() and len(fig.text) >= 3 and noun is not None and \
            noun.tag_ == "NN" and noun.is_lower and span.root.head.i == noun.i and \
            doc[span.end - 1].whitespace_ and noun.dep_ not in fw.MODIFIER_DEPS and \
            noun.lower_ not in fw.COLLECTIVE_NOUNS:
        return True  # "Intel's 80386 microprocessor": a bare run of digits before a
        # singular noun names a model ("two plants", "signed 3 MoU", "the bank's 175
        # staff", "a 160 bed facility", "112 state and private banks" count)
    about = fig.about.lower().split()  # ("Year-to-date Jeep output" is no term)
    if len(about) > 1 and about[0] in fw.TERM_UNITS:
        return True  # "30, 91 and 180-day paper": terms of the paper, not counts
    words = (fig.about or metric).lower().replace("-", " - ").replace(".", " ").split()
    if any(w in fw.MEASURE_NOUNS or w in fw.CURRENCY_WORDS for w in words):
        return True
    if words and words[-1] in fw.MONEY_NOUNS:
        return True  # "net profits of 16,465,000": money whose currency was lost
    if span.end < len(doc) and doc[span.end].lower_ in fw.MEASURE_NOUNS:
        return True
    if _currency_after(span):
        return True
    bare_root = span.root.dep_ not in ("nummod", "quantmod", "compound")
    if fig.scale and bare_root and any(
            t.lower_ in fw.MONEY_NOUNS for t in doc[max(0, span.start - MONEY_REACH):span.start]):
        return True  # "a 19 pct rise in profits to 1.39 billion": money, the currency said
        # earlier in the story
    if _bare(fig, span) and _after_measure(ctx, index, span):
        return True
    if not fig.scale and fig.value is not None and (
            fig.value != int(fig.value) or _DECIMALS.fullmatch(fig.text.strip())):
        return True  # "closed at 7.80", "its 2.625 preferred stock", "intervened at
        # 149.00": no count has a fraction or is written with decimals; a quote or a
        # rate whose unit the figure stage did not see
    if not fig.scale and bare_root and (_quote_move(span) or
                                        _level_after_move(ctx, index, span)):
        return True  # "ICI lost 2p at 1,333", "Dixons 4p to 373": a quote, whatever the
        # figure stage took it to count
    return _shares_next_unit(ctx, index)


def _level_after_move(ctx: Context, index: int, span: Span) -> bool:
    """'Unilever gained 10p to 2,560, Dixons 4p to 373, British Telecom a penny to 253':
    a bare number right after a money move and "to" or "at" is the price reached, in
    the move's minor unit, not a count ("paid 236 mln dlrs to 84,100 employees" counts
    them)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("to", "at"):
        return False
    move = doc[span.start - 2]
    if move.lower_ in fw.MOVE_UNIT_WORDS or _GLUED_MINOR.fullmatch(move.lower_):
        return True  # "a penny to 253", "4p to 373": no figure of its own
    prev = ctx.figures[index - 1] if index > 0 else None
    return (prev is not None and prev.end == move.idx + len(move.text)
            and is_money(prev.unit))


MONEY_REACH = 8  # tokens before a bare scaled amount searched for a money noun
_DECIMALS = re.compile(r"[\d,]*\d\.\d+")  # a number alone, written with decimals
_GLUED_MINOR = re.compile(r"\d+(?:[.,]\d+)?(?:p|c|cts?)")


def _currency_after(span: Span) -> bool:
    """'75 mln H.K. dlr bonds', '19.54 billion Canadian dlrs': a currency word after the
    number, past the names and adjectives that say whose currency it is."""
    doc = span.doc
    for t in doc[span.end:min(span.end + fw.CURRENCY_REACH, len(doc))]:
        if t.lower_.rstrip(".") in fw.CURRENCY_WORDS:
            return True
        if t.pos_ not in ("PROPN", "ADJ"):
            return False
    return False


# Characters after a figure in which its counted noun is written ("26 new clusters").
ABOUT_REACH = 60


def _bare(fig, span: Span) -> bool:
    """No counted noun: the figure does not modify a noun and the figure stage gave no
    'about' ("up from 42.91 billion"), or only a name written before it ("after 25,062
    a year earlier" about the country named before; "its population is 48,300" counts
    people)."""
    if span.root.dep_ in ("nummod", "quantmod", "compound"):
        return False
    after = span.doc.text[fig.end:fig.end + ABOUT_REACH].lower()
    named = all(w[:1].isupper() for w in fig.about.split())  # "West Germany", not
    # "U.S. car sales" (a measure, "rose to 849 from 809")
    return not fig.about or (named and fig.about.lower() not in after)


def _after_measure(ctx: Context, index: int, span: Span) -> bool:
    """A bare number after a figure of the same sentence that is not a plain count
    ("45 billion kilowatt-hours, up from 42.91 billion"): the unit is that figure's.
    After a plain count ("26 clusters, up from 24") the count stands."""
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    for fig in reversed(ctx.figures[:index]):
        if fig.end <= sent.start_char:
            return False
        words = fig.about.lower().replace("-", " - ").split()
        return fig.unit not in ("count", "rank") or any(
            w in fw.MEASURE_NOUNS for w in words)
    return False


def _shares_next_unit(ctx: Context, index: int) -> bool:
    if index + 1 >= len(ctx.figures):
        return False
    fig, nxt = ctx.figures[index], ctx.figures[index + 1]
    between = ctx.text[fig.end:nxt.start].strip().lower()
    return between in fw.SHARED_UNIT_JOINS and nxt.unit not in ("count", "rank", "")


def planned(metric: str, span: Span, unit: str) -> bool:
    """'target range', 'capital budget': the metric, or the subject a copula gives the
    figure to ("the bank's target range is 6.5 pct"), is an aim, not an amount. A
    number of such things ("six new pledges") is a fact."""
    counted = unit == "count" and span.root.dep_ == "nummod"
    words = set() if counted else set(metric.lower().split())
    verb = span.root
    joined = False  # climbed out of a coordinated clause ("has a quota but produces ...")
    while verb.dep_ in fw.FIGURE_PHRASE_DEPS and verb.head.i != verb.i:
        joined = joined or verb.dep_ == "conj"
        verb = verb.head
    if verb.lemma_ == "be":
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            words |= {subj.lemma_.lower()} | {c.lemma_.lower() for c in subj.children
                                             if c.dep_ in ("compound", "amod")}
    elif verb.pos_ in ("VERB", "AUX"):  # "the limit on foreign assets was raised to 25 pct",
        # "set the bank's direct loan ceiling at 800 mln dlrs"
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                words |= {c.lemma_.lower()}
            elif c.dep_ == "dobj" and c.i < span.start and not joined and \
                    c.lemma_.lower() in fw.CAP_NOUNS:
                return True  # (an object that is an offer or a bid is made, not planned)
    return not words.isdisjoint(fw.PLANNED_METRIC_WORDS)


_BRACKET_BEFORE = re.compile(COMPARED_BRACKET_OPEN)


def bracketed_comparison(ctx: Context, index: int) -> bool:
    """'33,623 (523,625) tonnes', '229,176 tonnes (1985 - 182,959)': an amount alone in
    brackets right after one in the same unit is the figure compared with (a year
    earlier, as a rule), whose period the row could not say."""
    if index == 0:
        return False
    fig, prev = ctx.figures[index], ctx.figures[index - 1]
    return prev.unit == fig.unit and \
        _BRACKET_BEFORE.fullmatch(ctx.text[prev.end:fig.start]) is not None


def given_to_other(span: Span) -> bool:
    """'giving former shareholders of Beta a 25 pct interest': a stake a clause gives
    someone (an indirect object) is theirs, not the giver's (money given, "gave the
    market 206 mln stg of assistance", is the giver's figure too)."""
    tok = _amount_noun(span, ("nummod", "quantmod", "compound", "amod"))
    if tok.dep_ != "dobj" or tok.lemma_.lower() not in fw.STAKE_NOUNS or \
            tok.head.lemma_.lower() not in fw.GIVING_VERBS:
        return False
    # (the small parser often makes the recipient a second object; "giving it a 25 pct
    # stake" gives the subject itself)
    return any((c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < tok.i))
               and c.pos_ != "PRON" for c in tok.head.children)


def _amount_noun(span: Span, deps=("nummod", "quantmod", "compound")):
    """The noun an amount is written on ("6,000 tonnes", "a 25 pct stake"), or the
    amount's own root when it stands alone."""
    tok = span.root
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def vote_tally(span: Span) -> bool:
    """'the Senate voted 58 to 31', 'defeated on a 394 to 27 vote': the numbers of a vote
    are its tally, no amount the voting body has."""
    doc = span.doc
    i, j = span.start, span.end
    if i > 0 and doc[i - 1].lemma_.lower() == "vote":
        return True
    if j < len(doc) and doc[j].lemma_.lower() == "vote" or j + 2 < len(doc) and \
            doc[j].lower_ == "to" and doc[j + 1].like_num and doc[j + 2].lemma_.lower() == "vote":
        return True
    return i > 2 and doc[i - 1].lower_ == "to" and doc[i - 2].like_num and \
        doc[i - 3].lemma_.lower() == "vote"


def capped(span: Span) -> bool:
    """'limiting textile export growth to 0.5 pct a year', 'limited open positions to 30
    pct of equity': the amount a rule holds something to is a cap, not a level had."""
    tok = _amount_noun(span)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
        tok.head.head.lemma_.lower() in fw.CAP_VERBS


def requested(span: Span) -> bool:
    """'passed on its tender for another 6,000 tonnes', 'Syria tendering for 36,000
    tonnes': what a tender or a bid asks for is not had."""
    tok = _amount_noun(span)
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    prep = tok.head  # (the parser often hangs "for" on the verb: take the word before too)
    return prep.head.lemma_.lower() in fw.REQUEST_WORDS or (
        prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in fw.REQUEST_WORDS)


def after_page(ctx: Context, date: str) -> bool:
    """A figure dated after the page's own day ("for next year", "in 1990" on a 1987
    page) is a plan or a forecast, whatever the verb says."""
    today = next((d.anchor for d in ctx.dates if d.anchor), "")
    if not date or not today:
        return False
    start = date.split("/")[0]
    return start > today[:len(start)]


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def marked_owner(ctx: Context, span: Span) -> tuple[bool, int | None]:
    """'lowered X Co's 490 mln dlrs of debt': a figure right after a possessive mark is
    the possessor's, however the parser attached it. (True, key) when the possessor is a
    name we know, (True, None) when it is not, (False, None) when there is no mark."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in POSSESSIVE_MARKS:
        return False, None
    return True, ctx.entity_of(doc[span.start - 2])  # "the city's 925 companies" too


NUMBER_WORDS = frozenset({"number", "no", "no."})


def numbered_label(span: Span) -> bool:
    """'FASB statement number 86', 'Public Law No. 480': 'number N' right after a noun
    labels a document or a thing; it is no position held ("at number 11", "the world's
    number one")."""
    doc = span.doc
    i = span.start
    if doc[i].lower_ not in NUMBER_WORDS:
        if i == 0 or doc[i - 1].lower_ not in NUMBER_WORDS:
            return False
        i -= 1
    return i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN")


def ranking_field(span: Span) -> bool:
    """The count of the field a rank is held in, not an amount of the ranked one:
    "placed fifth among 140 cities", "12th out of 50", "first in a survey of 30 cities"."""
    t = span.root
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in fw.FIELD_PREPS:
            prep = t.head
            owner = prep.head
            if owner.lower_ == "out" and owner.dep_ == "prep":
                owner = owner.head  # "12th out of 50"
            lemma = owner.lemma_.lower()
            if owner.pos_ == "VERB":  # "ranked fifth among", "came first out of 50"
                return lemma in fw.RANKING_VERBS or (lemma in rp.RANK_VERBS and any(
                    c.ent_type_ == "ORDINAL" or c.lemma_.lower() in rp.RANK_NOUNS
                    for c in owner.children))  # not "taking account of 103 mln stg"
            if lemma in rp.RANK_NOUNS and lemma not in rp.RANKING_LISTS:
                # "fifth place among 50 cities", not "a cash position of 808 mln dlrs"
                return any(c.ent_type_ == "ORDINAL" for c in owner.children)
            return owner.ent_type_ == "ORDINAL" or lemma in rp.RANKING_LISTS
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _quote_move(span: Span) -> bool:
    """'Acme closed 10 up', 'gained two to 8.12', 'Devex added 50', 'the stock closed at
    50': a bare number right under a verb that moves a price, said of a name or of a
    stock, counts points or cents, not things."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if after not in fw.QUOTE_MARKS and before not in fw.QUOTE_MARKS:
        return False
    t = span.root
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in fw.QUOTE_VERBS and any(
                c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() in
                                       fw.QUOTED_NOUNS) for c in t.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def relative_position(span: Span) -> bool:
    """'about 400 miles east of Vancouver', '80 km (50 miles) west of the island', '17
    kilometers (10 miles) from Angkor Wat': the distance places one thing from another;
    it is no amount its subject has."""
    doc = span.doc
    i = span.end
    depth = 0
    while i < len(doc) and (doc[i].text in "()" or depth):
        depth += {"(": 1, ")": -1}.get(doc[i].text, 0)
        i += 1
        if depth < 0:
            depth = 0
    if i < len(doc) and doc[i].lower_ == "from" and any(
            t.lower_ in fw.DISTANCE_UNITS for t in span) and not any(
            t.lower_ in ("cubic", "square") for t in span) and not any(
            t.pos_ in ("NUM", "SYM") for t in doc[i + 1:i + 3]):
        return True  # "clearing mines 17 kilometers (10 miles) from Angkor Wat" (not
        # "rose to 268.9 mln miles from 213.8 mln", nor "2.78 mln cubic metres from")
    return i + 1 < len(doc) and doc[i].lower_ in fw.DIRECTION_WORDS and \
        doc[i + 1].lower_ == "of"


_AGGREGATE = re.compile(fw.MONEY_AGGREGATE)


def measure_name(name: str) -> bool:
    """'Public Sector Borrowing Requirement', 'Consumer Price Index', 'M-3': a name
    that stands for a measure; a figure said of it is the measure's value, not a
    figure its holder has."""
    words = name.split()
    if not words:
        return False
    return bool(_AGGREGATE.fullmatch(words[0])) or \
        words[-1].lower() in fw.MEASURE_NAME_HEADS


def other_parties(span: Span) -> bool:
    """'a loan from six banks', 'contracts with two domestic yards': the counted firms
    are the other parties of a deal, not something the clause subject has."""
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    if noun.lemma_.lower() not in fw.PARTY_BODY_NOUNS or any(
            c.dep_ == "poss" for c in noun.children):
        return False  # "orders received by Japan's 50 construction firms": Japan's
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in fw.PARTY_GROUP_NOUNS:
        noun = noun.head.head  # "with a group of six banks"
    return noun.dep_ == "pobj" and noun.head.lower_ in fw.PARTY_PREPS


def seen_as(verb) -> bool:
    """'net income was seen reaching 637 mln', 'growth is seen at 2 pct': a passive
    'see' (the verb itself or the one it complements) gives a forecast, not a stated
    amount ("the company saw sales rise 5 pct", active and past, is a fact; "X sees
    Y earning", present, is a call)."""
    t = verb
    for _ in range(3):
        if t.lemma_.lower() == "see" and t.tag_ == "VBN" and passive(t) or (
                t.lemma_.lower() == "see" and t.tag_ == "VBN" and t.dep_ in ("acl", "ROOT")):
            return True
        if t is not verb and t.lemma_.lower() == "see" and t.tag_ in ("VBZ", "VBP"):
            return True  # "Bradford sees Armco earning 50 cts a share": an analyst's call
        if t.dep_ not in ("xcomp", "ccomp", "advcl", "oprd") or t.head.i == t.i:
            return False
        t = t.head
    return False


def bracketed_owner(ctx: Context, span: Span) -> tuple[bool, int | None]:
    """'Beta Oil (18 pct), Gamma AS <GAM.OL> (nine pct)': a figure alone in brackets
    right after a name (past its legal form or a bracketed ticker) is that name's share,
    whatever the parse hung the brackets on. (True, key) when such a name is known,
    (True, None) after a name we do not know, else (False, None)."""
    doc = span.doc
    start, end = _bracket_edges(span)
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False, None
    i = start - 2
    if doc[i].text == ">" and ctx.key_at(doc[i - 1]) is None:
        while i > 0 and doc[i].text != "<":  # "Gamma AS <GAM.OL> (nine pct)": a ticker
            i -= 1
        i -= 1
    for j in range(i, max(i - BRACKET_REACH, -1), -1):
        key = ctx.key_at(doc[j])
        if key is not None and _legal_form(ctx.entities[key].name):
            continue  # "Gamma A/S": the model took the legal form for a name of its own
        if key is not None:  # a people or a person named there: left to other rules
            return (True, key) if coarse(ctx.label(key)) in ("PLACE", "ORG") else \
                (False, None)
        if (doc[j].is_alpha and doc[j].is_lower) or doc[j].like_num:
            break  # "Belgium 114 (118)": a figure in brackets after a figure
    # after a name we do not know, nobody's; after a common noun ("overseas Koreans (21
    # pct)") the share of a kind, left to the other rules
    # ("overseas Koreans (21 pct)": a people is a kind too)
    unknown = i >= 0 and doc[i].pos_ == "PROPN" and doc[i].ent_type_ != "NORP" and \
        not doc[i].like_num
    return (True, None) if unknown else (False, None)


# Where a noun phrase stands in its clause: an adjective there is used as a noun.
NOMINAL_DEPS = frozenset(SUBJECT_DEPS) | {"dobj", "pobj", "appos"}


def describes_thing(ctx: Context, span: Span, unit: str, subject: int) -> bool:
    """'Apple's 12-inch MacBook', 'a rare, six-inch lizard', 'the 38mm watch': a measure
    written before a noun as its modifier is that thing's size, not a figure of a name
    that owns or makes it (unless the noun is the name itself: "the 6.5-square-kilometre
    Tornby Park"). Only sizes, ages and speeds: "bought a 20,000 tonne cargo" is an
    amount the buyer bought."""
    if unit not in fw.SIZE_UNITS:
        return False
    root = span.root
    if root.pos_ == "ADJ" and root.dep_ in NOMINAL_DEPS:
        return True  # "the 26-year-old from Kelby": a person, said by age alone
    noun = root.head
    if root.dep_ == "npadvmod" and noun.pos_ == "ADJ" and noun.dep_ in ("amod", "compound"):
        root, noun = noun, noun.head  # "a 200-metre-long path": the path's length
    said = [c for c in noun.head.children if c.dep_ == "nsubj"] if noun.dep_ == "attr" else []
    if noun.dep_ == "appos" and ctx.key_at(noun.head) == subject or \
            said and ctx.entity_of(said[0]) == subject or ctx.entity_of(noun) == subject:
        return False  # "U.S. Trust, a 136-year-old institution", "Kelby is a five-year-old
        # business", "the 170-year-old firm" (the story's firm): the name itself (not
        # "the worst is the 30-kilometre blaze in Kelby": the blaze's length)
    return root.dep_ in ("amod", "compound", "nmod") and noun.i >= span.end and \
        noun.pos_ in ("NOUN", "PROPN") and ctx.key_at(noun) != subject


def persons_bracket(ctx: Context, span: Span) -> bool:
    """'the knocks of Kelby Tarn (82 off 56)': figures in a short bracket right after a
    person's name are that person's (a score, an age, a record), not the clause subject's."""
    doc = span.doc
    opening = next((i for i in range(span.start - 1, max(span.start - BRACKET_SPAN, 0) - 1, -1)
                    if doc[i].text in "()"), None)
    closing = next((i for i in range(span.end, min(span.end + BRACKET_SPAN, len(doc)))
                    if doc[i].text in "()"), None)
    if opening is None or closing is None or doc[opening].text != "(" or \
            doc[closing].text != ")" or opening == 0:
        return False
    key = ctx.key_at(doc[opening - 1])
    return key is not None and coarse(ctx.label(key)) == "PERSON"


# The widest bracket after a person's name read as theirs: "(82 off 56)", "(born 1961)".
BRACKET_SPAN = 5


def _bracket_edges(span: Span) -> tuple[int, int]:
    """The figure's span widened over the words a bracketed change is written with: a
    direction or approximation before it ("(up nearly 12 pct"), the base it is
    measured from after it ("from 2011)", "on the year)")."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].lower_ in fw.BRACKET_LEAD_WORDS:
        start -= 1
    end = span.end
    if end < len(doc) and doc[end].lower_ in fw.BRACKET_BASE_PREPS:
        j = end + 1
        while j < len(doc) and j <= end + fw.BRACKET_BASE_REACH and (
                doc[j].ent_type_ == "DATE" or doc[j].lower_ in fw.BRACKET_BASE_WORDS):
            j += 1
        if j > end + 1:
            end = j
    return start, end


# Tokens between a name and its bracketed figure: the closing ">" of "<Beta Oil>", a
# legal form the name was cut before ("Gamma A/S").
BRACKET_REACH = 4


def _legal_form(name: str) -> bool:
    """'A/S', 'AB', 'Inc': a company's legal form alone, no name."""
    return name.replace(".", "").replace("/", "").upper() in fw.LEGAL_FORMS


def other_sides_tally(span: Span, unit: str) -> bool:
    """'Amassing 19 kills to five', 'passed by 15 votes to eight': a bare count after a
    "to" hung on the counted noun before it is the other side's tally (not "rose from 19
    units to five", "rose 12 pct to 1,190,000": a change; nor "gained 90 cents to 16.50":
    a price)."""
    root = span.root
    if unit != "count" or not all(t.like_num or t.is_punct for t in span) or \
            root.dep_ != "pobj" or \
            root.head.lower_ != "to" or root.head.i < 1:
        return False
    doc = span.doc
    before = doc[root.head.i - 1]
    return root.head.head.i == before.i and before.pos_ == "NOUN" and \
        before.lower_ not in fw.CHANGE_UNIT_WORDS and \
        any(c.dep_ == "nummod" for c in before.children) and \
        not any(t.lower_ == "from" for t in doc[max(0, before.i - 6):root.head.i + 4])


def possible(span: Span) -> bool:
    """'there is a possibility of waves of up to five metres in Bass Strait': a figure in
    the "of" phrase of a noun of what may happen is no fact of anyone."""
    t = span.root
    for _ in range(5):
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "nummod", "quantmod",
                                             "compound", "amod") or \
                t.dep_ == "prep" and t.lower_ != "of":
            return False  # (only through "of": "the danger of a default on its $622m
            # debt" leaves the debt a fact)
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in fw.POSSIBILITY_NOUNS:
            return True
    return False


def held_thing(span: Span) -> bool:
    """'raised its share in a 434-billion-yen venture to 37 pct': a size written as a
    modifier of what a stake is held in describes that thing, not the holder (a count
    of the held things, "an interest in 14 mln acres", stays the holder's)."""
    for t in (span.root, span.root.head):
        if t.dep_ not in ("compound", "amod") or span.start <= t.head.i < span.end:
            continue
        noun = t.head
        while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i != noun.i:
            noun = noun.head  # "a 90-billion-yen steel joint venture"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and _stake(noun.head.head):
            return True
    return False


def _stake(tok) -> bool:
    """A stake noun, or a verb whose object is one ("increased its share in X", where
    the parse hangs "in X" on the verb)."""
    if tok.lemma_.lower() in rp.EQUITY_NOUNS:
        return True
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rp.EQUITY_NOUNS for c in tok.children)


def traded_price(span: Span) -> bool:
    """'buying dollars around 147.30 yen', 'sold them as high as 147.50': a rate or a
    price a trading verb takes through a preposition is the deal's price; the trader
    does not have it (what it buys, its object, stays its amount)."""
    t = span.root
    prep = False
    for _ in range(6):
        if t.dep_ == "prep" and t.lower_ in fw.PRICE_PREPS:
            prep = True
        if t.dep_ == "prep" and t.lower_ == "to" and any(
                c.dep_ == "prep" and c.lower_ in fw.PRICE_PREPS and c.i < t.i
                for c in t.head.children):
            prep = True  # "bought shares at 9.62 dlrs to 11.50 dlrs": the range's top
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return prep and (t.lemma_.lower() in fw.TRADE_VERBS or _makes_a_market(t))
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _makes_a_market(verb) -> bool:
    """'is making a market in Allegis Corp at 67 to 68': a dealer's quote."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "market" for c in verb.children)


def delivery_quote(span: Span, about: str) -> bool:
    """'at 191 cif Ghent', '202.50 dlrs a tonne fob Gulf': a figure with a delivery term
    is a traded price; the place after the term is where goods go, not a holder."""
    doc = span.doc
    words = set(about.lower().split())
    after = {t.lower_ for t in doc[span.end:min(span.end + fw.CURRENCY_REACH, len(doc))]}
    return not (words | after).isdisjoint(fw.DELIVERY_TERMS)


def whole_of_a_part(ctx: Context, span: Span) -> bool:
    """'absorbing two thirds of the 5.8 mln tonnes of pellets exported by Thailand', '20
    pct of the 40 mln shares': the whole a share is taken of is no amount of the clause's
    subject (but "30 pct of its 2 mln shares" is a whole its possessor has, which the
    possessor rule reads; and "a market share of 10 pct", "net earnings for the quarter
    of 624 mln dlrs" say the amount itself)."""
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or \
            any(c.dep_ == "poss" for c in noun.children):
        return False
    # the part is a share figure, or a noun the share figure modifies ("a commanding
    # 86.1 pct share of the 12.5 billion dlr market")
    parts = [prep.head.idx] + [c.idx for c in prep.head.children if c.i < prep.head.i]
    return any(f.unit == "percent" and any(f.start <= p < f.end for p in parts) and
               not (f.start <= span.start_char < f.end) for f in ctx.figures)


def denominator(span: Span) -> bool:
    """'2,045 francs per 100 grammes': the number of a rate's denominator is the size of
    the unit priced, a figure of no one."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in fw.DENOMINATOR_WORDS


def other_party(ctx: Context, span: Span, subject: int, verb, unit: str = "") -> bool:
    """'two 25,000 tonnes of wheat each for Algeria', 'the listing of 12.3 mln shares of
    Acme Corp', 'downgraded 110 mln dlrs of debt of Beta': the counted noun (or the
    figure) names its own party in a 'for' / 'of' phrase; when that is another name than
    the row's subject, the figure is that party's, not the subject's (a list member, a
    listed or rated company). The subject of a verb of holding keeps what it holds of
    another ("Acme owns 49 pct of Beta": Acme's stake)."""
    holds = verb is not None and verb.lemma_.lower() in fw.HOLD_VERBS
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    holds = holds or noun.lemma_.lower() in fw.HOLDER_NOUNS
    heads = [noun] + [c for c in noun.children if c.lower_ in fw.PER_PIECE_WORDS]
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in fw.OWN_PARTY_PREPS or c.i < span.start:
                continue
            if c.lower_ == "of" and holds:
                continue
            for p in c.children:
                key = ctx.entity_of(p) if p.dep_ == "pobj" else None
                if key is None and p.dep_ == "pobj" and c.lower_ == "of" and \
                        unit not in ("percent", "count"):
                    key = _party_of(ctx, p)  # "110 mln dlrs of debt of Beta" (but "21
                    # pct of the nation's total" is the subject's share, and "50 of
                    # Sears' branches" the ones it acquired)
                if key is None or key == subject:
                    continue
                # "orders for 103 jets for the A-300": a product or buyer ordered for
                # is no owner; only a place ('each for Norland') takes the figure
                if c.lower_ == "for" and coarse(ctx.label(key)) != "PLACE":
                    continue
                return True
    return False


def rated(verb) -> bool:
    """'S and P said it downgraded 95.9 mln dlrs of debt': an amount rated is the rated
    party's, not the subject's of an active verb of rating ("Royal's 1.6 billion dlrs of
    debentures were downgraded": the passive subject is the rated firm)."""
    return verb is not None and verb.lemma_.lower() in fw.RATING_VERBS and not passive(verb)


def passive(verb) -> bool:
    """The verb has a passive auxiliary or subject: 'debentures were downgraded'."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _party_of(ctx: Context, noun) -> int | None:
    """The name in an 'of' phrase on a common noun, or its possessor: 'debt of Beta',
    "Beta's senior debt" -> Beta."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    return next((k for t in owners for k in [ctx.entity_of(t)] if k is not None), None)


def paired_owner(ctx: Context, span: Span) -> tuple[bool, int | None]:
    """'ATT has 80 pct, with MCI about 10 pct and Sprint five pct': a figure written right
    after a name that "with" brings in, or after a name that follows another such pair
    in a list, is that name's, not the clause subject's. (True, key) for a body or a
    place, (True, None) for anyone else; (False, None) when the figure has no such name
    before it."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("to", "-", "and") and doc[i - 1].like_num:
        i -= 2  # "about 10 to 12 pct": the range's first number
    elif i >= 1 and doc[i].lower_ == "to" and _figure_before(ctx, doc[i - 1]):
        i = _figure_start(ctx, doc[i - 1]) - 1  # "B 90 cents to 16.50": a change, then
        # the level it reached
    while i >= 0 and i >= span.start - 4 and doc[i].lower_ in fw.PAIRED_FIGURE_QUALIFIERS:
        i -= 1
    key = ctx.key_at(doc[i]) if i >= 0 else None
    if key is None:
        return _unknown_item(ctx, doc, i), None
    root = doc[i]
    while root.head.i != root.i and ctx.key_at(root.head) == key:
        root = root.head
    first = i
    while first > 0 and ctx.key_at(doc[first - 1]) == key:
        first -= 1
    if first >= 2 and doc[first - 2].like_num and doc[first - 1].lower_ not in ("and", ","):
        return False, None  # "50 degrees API at 20 degrees": a unit's name, no holder
    paired = (root.dep_ == "pobj" and root.head.lower_ == "with") or (
        first >= 2 and doc[first - 1].lower_ in ("and", ",") and
        _figure_before(ctx, doc[first - 2]))
    if not paired:
        return False, None
    return True, key if coarse(ctx.label(key)) in ("ORG", "PLACE") else None


def _unknown_item(ctx: Context, doc, i: int) -> bool:
    """'..., China three billion and Malaysia 0.8 billion': a figure after a name we do
    not know, in a list of name-figure pairs, is that name's (nobody's we can say)."""
    if i < 0 or doc[i].pos_ != "PROPN" or doc[i].is_sent_start:
        return False
    while i > 0 and doc[i - 1].pos_ == "PROPN" and ctx.key_at(doc[i - 1]) is None:
        i -= 1
    return i >= 2 and doc[i - 1].lower_ in ("and", ",") and _figure_before(ctx, doc[i - 2])


def _figure_before(ctx: Context, tok) -> bool:
    """The token ends a figure ("10 to 12 pct", "20 pct)")."""
    return _figure_at(ctx, tok) is not None


def _figure_start(ctx: Context, tok) -> int:
    """The first token of the figure that ends at ``tok`` (as ``_figure_before``)."""
    fig = _figure_at(ctx, tok)
    span = tok.doc.char_span(fig.start, fig.end, alignment_mode="expand") if fig else None
    return span.start if span is not None else tok.i


def _figure_at(ctx: Context, tok):
    """The figure that holds ``tok``, or the one just before its closing bracket."""
    if tok.text == ")" and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    return next((f for f in ctx.figures if f.start <= tok.idx < f.end), None)
