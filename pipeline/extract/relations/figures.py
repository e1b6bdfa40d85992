"""Statistic and ranking rows: a figure, and the entity its clause is about.

The figure stage says what a number counts (``Figure.about``); here the parse says whose
number it is: the possessor of the counted noun ("Tornby's 925 companies"), else the
subject of the clause that holds the figure in its object ("The district hosts 49
institutes", "employ 35,000 workers"). A figure inside the clause's own subject ("925
companies generate ...") belongs only to a stated possessor. Rank figures become ranking
rows (value = the rank).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pipeline.extract.figures import is_money
from pipeline.extract.figures.about import dashed_off
from pipeline.extract.figures.rules import DECREASE_WORDS, INCREASE_WORDS
from pipeline.extract.relations import figure_guards as guards
from pipeline.extract.relations import figure_words as fw
from pipeline.extract.relations import held
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations import rank_holders as rh
from pipeline.extract.relations.context import SUBJECT_DEPS, Context, coarse
from pipeline.extract.relations.modality import (
    FACT_WITH_OBJECT,
    HEDGED,
    forms,
    hedged,
)
from pipeline.extract.relations.owners import (
    event_owner,
    members_owner,
    seat_holder,
    speech_quoted,
    stated_owner,
    topic_owner,
)
from pipeline.extract.relations.ranks import superlative_metric, superlative_owner
from pipeline.extract.relations.respective import respective_owner
from pipeline.model import Relation

# Dependencies climbed from a figure to the verb whose clause it sits in.
CLIMB_DEPS = {"nummod", "quantmod", "compound", "nmod", "pobj", "prep", "dobj", "attr",
              "appos", "conj", "npadvmod", "acl", "pcomp", "oprd", "advmod", "amod", "dep",
              "acomp", "advcl", "xcomp"}
MAX_CLIMB = 8
IRREALIS_HEADS = frozenset(rp.IRREALIS_HEADS)
# _bearer's rule when the figure is someone's estimate, a quote or uncertain: no owner
# is looked for elsewhere either.
BLOCKED = "blocked"
# Verbs of change: a change said of a name is named by its verb ("dropped 30%": drop).
CHANGE_VERBS = frozenset(INCREASE_WORDS | DECREASE_WORDS)
RANKED_CLASSES = ("PLACE", "ORG", "PERSON")
# Entity types of capitalised words that name no one ("March sales", "Q3 results").
NOT_NAME_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                            "QUANTITY"})


def figure_relations(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    done: dict[int, Relation] = {}
    for index, fig in enumerate(ctx.figures):
        if fig.value is None or not fig.unit:
            continue
        span = ctx.doc.char_span(fig.start, fig.end, alignment_mode="expand")
        if span is None:
            continue
        if held.table_row(ctx.sents[ctx.sent_of[span.root.i]]):
            continue  # "France 3.57 3.42 3.28 W Germany 3.08 2.88": a pasted table
        if fig.unit == "rank" and fig.direction:
            rows.extend(_moved_rows(ctx, index, fig, span))  # "climbed 20 places": places
            continue  # moved, a statistic, not a rank held
        if held.not_had(span) or guards.relative_position(span) or \
                guards.bracketed_comparison(ctx, index) or guards.vote_tally(span):
            continue  # "a takeover bid for 68 pct", "compared with 20,000 in Britain",
            # "400 miles east of X", "33,623 (523,625) tonnes"
        rank = fig.unit == "rank" or rh.chart_position(span, fig)
        if guards.numbered_label(span):
            continue  # "adopted FASB statement number 86": a label, not a position
        superlative = rank and rh.superlative(span)
        if superlative:
            subject, verb, rule = superlative_owner(ctx, span)
            if subject is not None:
                rows.append(_rank_row(ctx, index, fig, span, subject, verb, rule))
                done[index] = rows[-1]
            continue
        tied = rh.tied_holders(ctx, span.root) if rank else None
        if tied is not None:  # "A and B tied at 71st": a row for each
            for key in tied[0]:
                rows.append(_rank_row(ctx, index, fig, span, key, tied[1], "tied"))
            done[index] = rows[-1]
            continue
        # "enabled Tornby to secure Asia's No. 1 ranking": for a rank, the possessor is
        # usually the ranking's scope, so the clause subject comes first.
        subject, verb, rule = _bearer(ctx, span.root, possessor=not rank, scope=not rank,
                                      rank=rank)
        if subject is not None and not rank and ctx.label(subject) == "EVENT":
            subject = event_owner(ctx, subject, verb)  # "Acme's congress drew 300"
            rule = "event_owner" if subject is not None else BLOCKED
        bracketed, owner = (False, None) if rank else guards.bracketed_owner(ctx, span)
        if bracketed:  # "Beta Oil (18 pct), Gamma AS (nine pct)": that name's alone
            if owner is None:
                continue
            subject, verb, rule = owner, None, "bracketed"
        paired, owner = (False, None) if rank or bracketed else \
            guards.paired_owner(ctx, span)
        if paired:  # "80 pct, with MCI about 10 pct and Sprint five pct": MCI's, Sprint's
            if owner is None:
                continue
            subject, verb, rule = owner, None, "paired"
        respective, owner, about = respective_owner(ctx, index, span)
        if respective:  # "A and B rose 2 and 3 pct, respectively": 2 is A's, 3 B's
            if owner is None:
                continue
            subject, rule = owner, "respectively"
        if subject is None and rank:
            subject, verb, rule = _bearer(ctx, span.root, possessor=True, scope=False,
                                          rank=True)
        if subject is None and not rank and rule != BLOCKED:
            subject, verb, rule = stated_owner(ctx, span, fig.unit)
        if subject is None and not rank and rule != BLOCKED:
            subject, verb, rule = topic_owner(ctx, span)
        if subject is None and not rank and rule != BLOCKED:
            subject, verb, rule = members_owner(ctx, span)
        if rank and verb is not None and verb.lemma_.lower() in fw.BEATING_VERBS and \
                guards.passive(verb):
            continue  # "X was beaten out by Y for first place": Y's place, not X's
        if subject is None or (rank and not (rule == "named_before" or
                                             rh.says_rank(span.root, verb) or
                                             rh.chart_position(span, fig) or
                                             rh.position_after_copula(fig, verb))):
            continue
        if not rank and (subject in ctx.raters or  # a rating agency's story: its figures
                         # are the rated firms' ("S and P cited the firm's 80 mln loss")
                         _multiple(span) or _inside_name(ctx, span, fig) or
                         _persons_figure(ctx, span, fig.unit) or guards.ranking_field(span) or
                         guards.persons_bracket(ctx, span) or
                         guards.describes_thing(ctx, span, fig.unit, subject) or
                         guards.other_parties(span) or
                         guards.measure_name(ctx.entities[subject].name) or
                         guards.traded_price(span) or guards.denominator(span) or
                         guards.whole_of_a_part(ctx, span) or
                         rule == "clause_subject" and guards.rated(verb) or
                         guards.held_thing(span) or guards.possible(span) or
                         guards.other_sides_tally(span, fig.unit) or
                         guards.delivery_quote(span, fig.about) or
                         guards.other_party(ctx, span, subject,
                                             verb if rule == "clause_subject" else None,
                                             unit=fig.unit)):
            continue  # "400 times", "12 Angry Men", "six by Vieira", "$120m each",
            # "a loan from six banks", "M-3 rose 9.7 pct", "buying dollars at 147 yen",
            # "a share in a 434-billion-yen venture",
            # "per 100 grammes", "191 cif X", "25,000 tonnes for Y", "shares of Z"
        if rule in CARRIED_RULES and _quoted_carry(ctx, span):
            continue
        marked, owner = (False, None) if rank or rule == "possessor" else \
            guards.marked_owner(ctx, span)  # for a rank the possessor is its scope
        if marked and owner != subject:
            if owner is None:
                continue  # "lowered X Co's 490 mln dlrs of debt": X's, not the subject's
            subject, rule = owner, "possessor_mark"
        anchor = verb if verb is not None else span.root
        sent = ctx.sents[ctx.sent_of[span.root.i]]
        metric = _metric(fig, span.root) if rank else about if rule == "respectively" \
            else fig.about or _noun_text(span)
        row = Relation(
            type="ranking" if rank else "statistic",
            sentence_start=sent.start_char,
            subject_key=subject,
            metric=metric,
            value=fig.value,
            unit="" if rank else fig.unit,
            date=held.figure_date(ctx, span, anchor),
            rule=("ranking_" if rank else "statistic_") + rule,
            figure_index=index,
        )
        if not rank and (guards.unit_lost(ctx, index, span, row.metric) or
                         guards.planned(row.metric, span, fig.unit) or
                         guards.requested(span) or guards.capped(span) or
                         guards.given_to_other(span) or
                         guards.after_page(ctx, row.date)):
            continue  # "9.8 mln metric tonnes", "the target range", "a tender for 6,000
            # tonnes", "for next year"
        if not rank:
            row.metric = _without_name(ctx, row.metric, subject)  # "Honda sales": sales
        if not rank and (_names_subject(ctx, metric, subject, verb) or
                         _mentions_name(ctx, row.metric, subject)):
            # "Ralston earned $4m": earnings; "Nissan Motors dropped 30%": a drop
            row.metric = "" if verb is None else \
                _verb_measure(verb, fig.unit, bool(fig.direction), span)
        rows.append(row)
        done[index] = row
    for index, row in list(done.items()):
        linked = ctx.figures[index].linked
        if linked is None or linked in done or not 0 <= linked < len(ctx.figures):
            continue
        fig = ctx.figures[linked]
        if fig.value is None:
            continue
        # "35 trillion won ($24 billion)": the same amount in another currency.
        rows.append(replace(row, value=fig.value, unit=fig.unit, figure_index=linked,
                            metric=fig.about or row.metric, rule=row.rule + "_linked"))
        done[linked] = rows[-1]
    return rows


# Rules whose owner may come from an anaphor ("the government", "it").
CARRIED_RULES = {"clause_subject", "possessor", "object_possessor"}


def _multiple(span) -> bool:
    """A ratio or a price per piece, not an amount the owner has: "400 times", "$120m
    each", "31 dlrs a share", "85 cents per bushel" (a rate in time, "45,000 tonnes a
    year", stays an amount)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.lower_ in fw.PER_PIECE_WORDS:
        return True
    if nxt.lower_ in fw.PER_WORDS and span.end + 1 < len(doc):
        noun = doc[span.end + 1]
        return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in fw.RATE_NOUNS
    return False


def _inside_name(ctx: Context, span, fig) -> bool:
    """The figure is part of a name: inside a mention, or a bare number right after a
    proper name ("Lotus Symphony 1.2", "Boeing 747")."""
    if any(ctx.key_at(t) is not None for t in span):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return fig.unit == "count" and not fig.scale and before is not None and \
        before.pos_ == "PROPN" and before.is_title and span[0].text[:1].isdigit()


def _persons_figure(ctx: Context, span, unit: str) -> bool:
    """'six by Vieira': a figure a person's phrase claims; 'appointed Steven Kotler, 40,
    president': an age set beside a person's name is that person's ("Massey Combines
    Corp, 45 pct owned by Varity Corp", a firm the model took for a person, keeps its
    owner)."""
    root = span.root
    if root.dep_ == "appos" and unit == "year":
        key = ctx.key_at(root.head)
        if key is not None and coarse(ctx.label(key)) == "PERSON":
            return True
    for c in span.root.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "for", "from"):
            for p in c.children:
                key = ctx.key_at(p) if p.dep_ == "pobj" else None
                if key is not None and coarse(ctx.label(key)) == "PERSON":
                    return True
    return False


def _quoted_carry(ctx: Context, span) -> bool:
    """Inside quoted speech a 'the government' or 'it' is the speaker's, not a name
    the page gave: keep such figures unowned."""
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    if not speech_quoted(sent):
        return False
    return not any(ctx.key_at(t) is not None for t in sent
                   if t.dep_ in SUBJECT_DEPS or t.dep_ == "poss")




def _moved_rows(ctx: Context, index: int, fig, span) -> list[Relation]:
    moved = rh.movers(ctx, span.root)
    if moved is None:
        return []
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    return [Relation(type="statistic", sentence_start=sent.start_char, subject_key=key,
                     metric=fig.about or "places moved", value=fig.value, unit=fig.unit,
                     date=held.figure_date(ctx, span, moved[1]),
                     rule="statistic_places_moved", figure_index=index)
            for key in moved[0]]


def _rank_row(ctx: Context, index: int, fig, span, subject: int, verb, rule: str):
    sent = ctx.sents[ctx.sent_of[span.root.i]]
    date = _aside_date(ctx, span) if rule == "superlative_apposition" else \
        ctx.date_for(verb if verb is not None else span.root, period=True)
    return Relation(type="ranking", sentence_start=sent.start_char, subject_key=subject,
                    metric=superlative_metric(span, fig), value=fig.value,
                    date=date, rule="ranking_" + rule, figure_index=index)


def _aside_date(ctx: Context, span) -> str:
    """A rank said in an aside is dated only by a date inside it ("Gotabanken, Sweden's
    fourth-largest bank in 1985"), not by the clause it sits in ("Spain's second largest
    union, the Workers Commissions, has voted against a strike next month")."""
    t = span.root
    for _ in range(4):
        if t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children) or \
                t.head.i == t.i:
            break
        t = t.head
    lo, hi = t.left_edge.i, t.right_edge.i
    inside = [d.value for d, where in ctx.date_tokens
              if lo <= where.start and where.end - 1 <= hi]
    return inside[0] if inside else ""


def _bearer(ctx: Context, root: Token, possessor: bool = True, scope: bool = True,
            rank: bool = False) -> tuple[int | None, Token | None, str]:
    """(entity key, clause verb, rule name) of the entity a figure is about."""
    if rank:
        ranked = rh.named_before(ctx, root) or rh.ranked_object(ctx, root)
        if ranked is not None:  # "Vienna first, Zurich second", "ranked Tornby 6th"
            return ranked
    for c in root.children:  # "SAMBA is 40 pct owned by Citicorp"
        held_by = _holder(ctx, c) if c.dep_ == "acl" else None
        if held_by is not None:
            return held_by
    t = root
    in_subject = False
    # the noun the figure counts ("Argentina's 350 creditors"): counted, not a holder
    counted = root.head.i if root.dep_ in ("nummod", "quantmod", "compound") and \
        not dashed_off(root) else -1
    for _ in range(MAX_CLIMB):
        if possessor and t.lemma_.lower() in fw.HOLDER_NOUNS and t.i != counted and any(
                c.dep_ == "poss" for c in t.children):
            return None, None, BLOCKED  # "AMC's shareholder with a 46.2 pct stake"
        # "Africa's second most populous country with 120 million people": the
        # possessor of a ranked noun is the ranking's scope, not the owner (of a rank
        # itself, "its current seventh position", the holder)
        key = _possessor(ctx, t) if possessor and (rank or t.i == counted or
                                                    not _ranked_noun(t)) else None
        if key is not None:
            if held.hedged_clause(t):
                return None, None, BLOCKED  # "will increase the company's capacity to"
            return key, None, "possessor"
        if possessor and any(c.dep_ == "poss" and c.lower_ in fw.PLURAL_PRONOUNS and
                             not _named_in_sentence(ctx, c) for c in t.children):
            return None, None, BLOCKED  # "their 20 pct": a plural said before
        if possessor and held.unknown_possessor(ctx, t):
            return None, None, BLOCKED  # "the island's 20 commercial banks": the island's
        if t.dep_ == "prep" and ctx.key_at(t.head) is not None and \
                coarse(ctx.label(ctx.key_at(t.head))) in ("PLACE", "ORG"):
            # "followed by Yorkshire on 21.7%, and the North West on 21.1%"
            return ctx.key_at(t.head), None, "name_phrase"
        if t.dep_ == "prep" and t.lower_ in fw.GROUP_PREPS and not rank and \
                (t.lower_ != "of" or _counts_members(root)):
            key = _counted_group(ctx, t.head)
            if key is not None:  # "The network of over 80 cities", "the association,
                return key, None, "counted_group"  # with 240,000 members"
        if (t.dep_ == "appos" or t.lower_ == "home" and t.dep_ in ("advmod", "npadvmod")) \
                and t.head.i != t.i and t.pos_ == "NOUN":
            key = ctx.key_at(t.head)  # "Vodafone KK, Japan's number three operator",
            # "Tornby, home to 2.7 million people"
            if key is not None and coarse(ctx.label(key)) == "PLACE":
                key = seat_holder(ctx, t.head, t) or key
            if key is not None and coarse(ctx.label(key)) in ("PLACE", "ORG"):
                return key, None, "apposition"
        if t.dep_ in SUBJECT_DEPS:
            in_subject = True
        head = t.head
        if head.i == t.i:
            break
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound"):
            if head.lemma_.lower() in rp.SPEECH_VERBS or _uncertain(head) or \
                    guards.seen_as(head):
                return None, None, BLOCKED
            if head.lemma_.lower() in rp.NON_BEARER_VERBS or \
                    forms(head) & IRREALIS_HEADS or hedged(head):
                return None, None, BLOCKED  # "wants a tariff rise of 60%", "will pay"
            if in_subject:
                return None, None, ""
            if head.tag_ in ("VB", "VBN") and head.dep_ in ("acl", "relcl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                return None, None, BLOCKED  # "bids to rehabilitate 293.5 km": a purpose;
                # "the complex, to be built 20 miles east of X": a plan
            if t.dep_ != "prep" and forms(head) & (HEDGED - FACT_WITH_OBJECT):
                return None, None, BLOCKED  # "targeted growth of 6%", "offered $30"
                # (not "offering jobs to 30 reporters": the figure is not what is offered)
            if (head.dep_ in ("acl", "prep", "pcomp") and head.tag_ in ("VBG", "VBN")
                    and head.lemma_.lower() in rp.PASS_THROUGH_PARTICIPLES):
                t = head  # "a workforce approaching 100,000", "including 18,000 ..."
                continue
            if t.dep_ == "prep" and _holds_estimate(head):
                return None, None, BLOCKED  # "raised its estimate of demand to 84m barrels"
            if head.lemma_.lower() == "follow":  # "followed by the North West on 21.1%"
                agents = [p for c in head.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj"]
                key = ctx.entity_of(agents[0]) if agents else None
                if key is not None and coarse(ctx.label(key)) in ("PLACE", "ORG"):
                    return key, head, "follower"
            if t.dep_ == "prep":
                key = _object_owner(ctx, head)
                if key is not None:  # "halving GM's stake to 10%"
                    return key, head, "object_possessor"
            held_by = _holder(ctx, head)
            if held_by is not None:
                return held_by
            subj = ctx.clause_subject(head) or _passive_subject(head)
            if subj is not None and _joint(ctx, subj):
                return None, None, BLOCKED  # "A, B and C account for 90%": theirs jointly
            if subj is not None and subj.lower_ in fw.PLURAL_PRONOUNS and \
                    not _named_in_sentence(ctx, subj):
                return None, None, BLOCKED  # "Orders fell ... they gained one pct"
            key = ctx.entity_of(subj) if subj is not None else None
            if key is None and subj is not None and (subj.pos_ == "PROPN" or _acronym(subj)):
                return None, None, BLOCKED  # "MCorp lost 82 mln": a name we do not know
            if key is None and subj is not None and not rank and _unknown_modifier(
                    ctx, subj):
                return None, None, BLOCKED  # "GATT rules cover 80 pct": a name's rules
            if key is None and subj is not None and _own_subject(subj, head) and \
                    not rank and not _ranked_noun(subj):
                key = _possessor(ctx, subj)  # "Fiat's shares rose to 6.2 euros"
            if key is None and subj is not None and rank and \
                    subj.lemma_.lower() in rp.RANK_NOUNS:
                key = _possessor(ctx, subj)  # "Tornby's ranking rose to 5th"
            if key is None and subj is not None:  # "the Tornby metro area ranked"
                key = rh.place_part_holder(ctx, subj) if rank else \
                    rh.place_part_holder(ctx, subj, fw.PLACE_EXTENT_NOUNS)
            obj = _other_object(head, root) if rank else None
            if obj is not None:  # "knocked X down into second place": X's rank
                moved = ctx.entity_of(obj)
                if moved is not None and coarse(ctx.label(moved)) in RANKED_CLASSES and \
                        rh.reached(root, head):
                    return moved, head, "moved_object"
                if key is not None:
                    return None, None, ""  # "helped the team to third place"
            if key is not None:
                return key, head, "clause_subject"
            key = ctx.scope(head) if scope else None
            if key is not None:
                return key, head, "sentence_scope"
            return None, None, ""
        if t.dep_ not in CLIMB_DEPS and t.dep_ not in SUBJECT_DEPS:
            break
        t = head
    return None, None, ""


def _acronym(tok: Token) -> bool:
    """'HBOS dropped by 31 pct': a word in capitals the tagger took for a noun."""
    return tok.is_upper and tok.is_alpha and len(tok) >= 3


def _named_in_sentence(ctx: Context, pronoun: Token) -> bool:
    """'A and its units said they lowered their stake': 'they' takes back a subject
    named earlier in its own sentence, which the resolution finds."""
    sent = ctx.sents[ctx.sent_of[pronoun.i]]
    return any(t.dep_ in SUBJECT_DEPS and t.i < pronoun.i and
               ctx.entity_of(t, allow_carry=False) is not None
               for t in sent)


def _unknown_modifier(ctx: Context, subj: Token) -> bool:
    """'The GATT rules cover 80 pct': the subject noun is modified by a name we do not
    know, and by none we know ("the Tornby area" is left to the name rules)."""
    names = [c for c in subj.children if c.dep_ == "compound" and
             (c.pos_ == "PROPN" or c.is_upper) and not c.is_sent_start and
             c.ent_type_ not in NOT_NAME_TYPES]  # "its March sales": a month
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # "its WEQB-1 well flowed 500 barrels": the possessor's
    return bool(names) and all(ctx.key_at(t) is None for t in subj.subtree if t.i < subj.i)


def _counts_members(root: Token) -> bool:
    """'of 80 cities', 'of 6.5 mln people': a count of things (not "savings for the
    government of 50 mln dlrs", an amount the parse hung on the noun)."""
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() not in fw.CURRENCY_WORDS


def _counted_group(ctx: Context, noun: Token) -> int | None:
    """The named body or place a common noun stands for, when a figure counts what it
    has: "the network" for the body named a sentence or two before, "a Tornby
    membership" for Tornby's. A name itself is left to the other rules."""
    if noun.pos_ != "NOUN" or ctx.key_at(noun) is not None or held.hedged_clause(noun):
        return None
    key = ctx.carried(noun)
    if key is None and noun.lemma_.lower() in fw.GROUP_NOUNS:
        named = [ctx.key_at(c) for c in noun.children
                 if c.dep_ in ("compound", "poss") and ctx.key_at(c) is not None]
        key = named[0] if len(named) == 1 else None
    if key is None or coarse(ctx.label(key)) not in ("PLACE", "ORG"):
        return None
    return key


def _joint(ctx: Context, subj: Token) -> bool:
    """Coordinated subjects, directly or through a relative pronoun ("the DBP and the
    PNB, which are saddled with ..."), or names coordinated on the subject noun."""
    if subj.lower_ in rp.RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        subj = subj.head.head
    return any(c.dep_ == "conj" for c in subj.children) or any(
        t.i < subj.i and t.dep_ in ("compound", "nmod") and _other_name(ctx, t, k)
        for t in subj.subtree for k in t.children if k.dep_ == "conj"
    )  # "Northrop Grumman and Airbus parent company EADS won" (not "Virginia Electric and
    # Power Co raised", one name)


def _other_name(ctx: Context, a: Token, b: Token) -> bool:
    """Two tokens of two different names."""
    ka, kb = ctx.key_at(a), ctx.key_at(b)
    return ka is not None and kb is not None and ka != kb


def _holder(ctx: Context, verb: Token) -> tuple[int | None, Token | None, str] | None:
    """'owned 80 pct by Standard': a passive verb of holding names the holder as its
    agent; None when the verb is no such passive."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in fw.HOLD_VERBS:
        return None
    agents = [p for c in verb.children if c.dep_ == "agent"
              for p in c.children if p.dep_ == "pobj"]
    if not agents:
        return None
    key = ctx.entity_of(agents[0])
    return (key, verb, "agent") if key is not None else (None, None, BLOCKED)


def _ranked_noun(tok: Token) -> bool:
    """'France's second largest carmaker': the possessor is the ranking's scope."""
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or
               c.lower_.split("-")[-1] in rp.SUPERLATIVES for c in tok.subtree
               if c.i < tok.i)


def _other_object(verb: Token, root: Token) -> Token | None:
    """The verb's own object, when it has one: the rank is that object's ("helped the team
    to third place", "knocked Brookstein down into second place"). A duration ("spent
    five weeks at number one") or an ordinal is no such object."""
    path = set()
    t = root
    for _ in range(MAX_CLIMB):
        path.add(t.i)
        if t.head.i == t.i or t.i == verb.i:
            break
        t = t.head
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i not in path and
                 c.lemma_.lower() not in fw.RANK_STEP_NOUNS and not rh.is_ordinal(c) and
                 c.ent_type_ not in ("DATE", "TIME")), None)


def _passive_subject(verb: Token) -> Token | None:
    """'The City of Kelvik is located ... with an area of 18 km2': a passive's subject."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    return None


def _object_owner(ctx: Context, verb: Token) -> int | None:
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() not in rp.ESTIMATE_NOUNS:
            return _possessor(ctx, c)
    return None


def _holds_estimate(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in rp.ESTIMATE_NOUNS
               for c in verb.children)


def _uncertain(verb: Token) -> bool:
    """Negated, or inside a 'whether' / 'if' clause, a few levels up; a relative clause
    is not negated by its main clause ("X, who finished seventh, has not competed")."""
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in rp.UNCERTAIN_MARKS):
                return True
        if t.head.i == t.i or t.dep_ in ("relcl", "acl"):
            break
        t = t.head
    return False


def _own_subject(subj: Token, verb: Token) -> bool:
    """Is ``subj`` the subject of ``verb`` itself, or of verbs coordinated with it?"""
    t = verb
    for _ in range(4):
        if subj.head.i == t.i:
            return True
        if t.dep_ != "conj":
            return False
        t = t.head
    return False


def _possessor(ctx: Context, tok: Token) -> int | None:
    if tok.lemma_.lower() in rp.ESTIMATE_NOUNS or tok.lower_ in rp.TITLE_WORDS or \
            tok.lemma_.lower() in rp.ROLE_NOUNS:
        return None  # "Britain's former 100m champion": a description, not a figure
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in fw.PLURAL_PRONOUNS:
            key = ctx.entity_of(c)
            if key is not None and coarse(ctx.label(key)) in ("PLACE", "ORG"):
                return key
    return None


def _verb_measure(verb: Token, unit: str, change: bool, span) -> str:
    """What the verb says its amount is: a change is named by its verb ("dropped 30%": a
    drop; "dropped to $3.93": the level after it, "drop to"), other amounts by the
    measure tables ("earned": earnings), else nothing."""
    lemma = verb.lemma_.lower()
    measures = fw.VERB_MONEY_MEASURES if is_money(unit) else fw.VERB_COUNT_MEASURES
    if change and lemma in measures and span.root.dep_ == "dobj" and span.root.head == verb:
        return measures[lemma]  # "it lost 1,079,000 dlrs": a loss, not a change (not
        # "closed at $66.50, up $1.50": a change beside the measure)
    if change:
        if lemma not in CHANGE_VERBS:
            return ""
        prep = span.root.head if span.root.dep_ == "pobj" else None
        if prep is None:
            return lemma
        return f"{lemma} {prep.lower_}" if prep.lower_ in ("to", "from") else ""
    return measures.get(lemma, "")


def _without_name(ctx: Context, metric: str, subject: int) -> str:
    entity = ctx.entities[subject]
    for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
        if metric.lower().startswith(name.lower() + " "):
            return metric[len(name) + 1:]
    return metric


def _mentions_name(ctx: Context, metric: str, subject: int) -> bool:
    """The metric ends in the subject's name, after other words ("chipmaker Intel and
    beauty company Glossier" are donating): the phrase names who, not what (the name
    before a noun names what: "five major Kelby zones")."""
    entity = ctx.entities[subject]
    padded = f" {metric.lower()}"
    return any(len(n) > 2 and padded.endswith(f" {n.lower()}")
               for n in (entity.name, *entity.aliases))


def _names_subject(ctx: Context, metric: str, subject: int, verb: Token | None) -> bool:
    """No metric, a unit's name ("%"), or only the words of the subject ("Ralston" of
    "Ralston earned", "Kelby company" of "The Kelby company earned")."""
    entity = ctx.entities[subject]
    words = set(metric.lower().split())
    said = ctx.clause_subject(verb) if verb is not None else None
    names = [entity.name, *entity.aliases]
    if said is not None and said.pos_ == "NOUN" and ctx.entity_of(said) == subject:
        # "the company", "The primary UK index, the FTSE 100, dropped": the subject's words
        names.append(" ".join(t.lower_ for t in said.subtree))
    return not words or _unit_name(metric) or any(
        words <= set(n.lower().replace("-", " ").split()) for n in names)


def _unit_name(metric: str) -> bool:
    """'%', 'cents', 'Canadian dollars': a unit's name, with the country it is of."""
    words = metric.split()
    return metric.lower() in fw.UNIT_NAMES or len(words) > 1 and \
        words[-1].lower() in fw.UNIT_NAMES and all(w[:1].isupper() for w in words[:-1])


def _noun_text(span) -> str:
    """The noun the amount modifies; not a word of the amount itself ("cent" of "0.8 per
    cent")."""
    tok = span.root
    head = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    inside = span.start <= head.i < span.end
    return head.lemma_ if head.pos_ == "NOUN" and not inside else ""


def _metric(fig, tok: Token) -> str:
    """The ranking's name: the figure's 'about', else the 'in'/'of'/'by' phrase after it."""
    if fig.about:
        return fig.about
    head = tok
    for _ in range(3):
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "of", "by"):
                return " ".join(t.text for t in c.subtree)
        head = head.head
    return ""
