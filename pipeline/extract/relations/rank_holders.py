"""Who holds a rank written as an ordinal, and whether the ordinal is a rank at all.

figures.py climbs from a figure to its clause for every kind of figure; an ordinal has
ways of naming its holder that amounts have not: the object of an active ranking verb
("the report ranked Tornby 6th"), a name written right before it in a list ("Vienna
first, Zurich second"), a move that reaches it ("climbed to 9th"). Superlatives ("the
third largest city") are ranks.py's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.relations import figure_words as fw
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import SUBJECT_DEPS, Context, coarse
from pipeline.extract.relations.modality import forms, hedged

IRREALIS_HEADS = frozenset(rp.IRREALIS_HEADS)
MAX_CLIMB = 8
ORDINAL_RE = re.compile(r"^\d+(st|nd|rd|th)$")
# Dependencies of a noun that is the ranked name itself ("X, Italy's number three
# operator", "X is the world number one player").
NAMING_DEPS = frozenset({"appos", "attr", "nsubj", "nsubjpass", "ROOT"})


def named_before(ctx: Context, root: Token) -> tuple[int, Token | None, str] | None:
    """'Vienna ranked first, Zurich second and Osaka third', 'Zurich (2nd)', 'Osaka in
    third place': a name written right before the ordinal is what holds it (a verb left
    out, or an aside), unless the ordinal goes on to name a thing ("Tornby 4th
    arrondissement")."""
    doc = root.doc
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and \
            after.lemma_.lower() not in rp.RANK_NOUNS:
        return None
    i = root.i - 1
    ends = after is None or after.is_punct or after.pos_ == "CCONJ"  # "at 26th, B at .."
    if i >= 0 and doc[i].lower_ in fw.BEFORE_ORDINAL and \
            (doc[i].lower_ == "(" or ends or after.lemma_.lower() in rp.RANK_NOUNS):
        i -= 1  # "Osaka (3rd)", "Osaka in third place", "Osaka at 3rd"
    i = _before_alias(doc, i)
    if i < 0 or ctx.key_at(doc[i]) is None or ctx.key_at(root) is not None:
        return None
    key = ctx.key_at(doc[i])
    if coarse(ctx.label(key)) not in ("PLACE", "ORG", "PERSON"):
        return None
    mention_start = doc[i]
    while mention_start.i > 0 and ctx.key_at(doc[mention_start.i - 1]) == key:
        mention_start = doc[mention_start.i - 1]
    opener = doc[mention_start.i - 1] if mention_start.i > 0 else None
    if opener is not None and opener.lower_ not in fw.LIST_OPENERS and \
            opener.pos_ not in ("VERB", "AUX", "ADP"):
        return None  # "France's Nantes 3rd ..." or a name inside a longer phrase
    verb = _verb_above(root)
    if hedged(verb) or not _ranking_said(ctx, root, verb):
        return None  # "will rank Tornby 6th"; "Tornby 2nd" with no ranking in sight
    return key, verb, "named_before"


def _before_alias(doc, i: int) -> int:
    """'Tornby University (TU) at 26th': the name before a bracketed short form."""
    if i < 0 or doc[i].lower_ != ")":
        return i
    for j in range(i - 1, max(-1, i - 1 - fw.ALIAS_REACH), -1):
        if doc[j].lower_ == "(":
            return j - 1
    return i


def _verb_above(tok: Token) -> Token | None:
    t = tok
    for _ in range(MAX_CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _ranking_said(ctx: Context, root: Token, verb: Token | None) -> bool:
    """A ranking verb over the ordinal, or a ranking word in its sentence ("Zurich (2nd)
    and Osaka (3rd) followed Vienna in the ranking")."""
    if verb is not None and verb.lemma_.lower() in rp.RANK_VERBS:
        return True
    sent = ctx.sents[ctx.sent_of[root.i]]
    return any(t.lemma_.lower() in rp.RANK_NOUNS or t.lemma_.lower() in rp.RANKING_LISTS
               for t in sent)


def ranked_object(ctx: Context, root: Token) -> tuple[int, Token, str] | None:
    """'The report ranked Tornby 6th', 'the survey placed Tornby 4th among 50 cities':
    an active ranking verb whose object names what holds the rank (the parse puts the
    name on the ordinal or beside it)."""
    verb = root.head
    if root.dep_ not in ("dobj", "oprd", "advmod", "npadvmod", "attr") or \
            verb.pos_ != "VERB" or verb.lemma_.lower() not in fw.RANKING_VERBS or \
            verb.tag_ == "VBN" or hedged(verb) or forms(verb) & IRREALIS_HEADS or \
            ctx.key_at(root) is not None:
        return None  # (an ordinal inside a name, "Tornby 4th", is no rank)
    names = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
    names += [c for c in verb.children if c.dep_ == "dobj" and c.i != root.i]
    keys = {ctx.entity_of(n) for n in names} - {None}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if coarse(ctx.label(key)) not in ("PLACE", "ORG", "PERSON"):
        return None
    return key, verb, "ranked_object"


def reached(root: Token, verb: Token) -> bool:
    """The ordinal is what a 'to' / 'into' phrase on the verb reaches ("rose to 5th",
    "moved up to 12th place", "knocked X into second place"), not the start ("from
    9th") or a step count."""
    t = root
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "into") and (
                t.head.head.i == verb.i or (t.head.head.head.i == verb.i and
                                            t.head.head.dep_ in ("advmod", "prt"))):
            return True  # "rose to 5th", "moved up to fourth"
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def position_after_copula(fig, verb: Token | None) -> bool:
    """'Tornby is No. 3 in the world': a rank written with its own ranking word."""
    return verb is not None and verb.lemma_.lower() == "be" and \
        fig.text.lower().startswith(fw.POSITION_PREFIXES)


def is_ordinal(tok: Token) -> bool:
    """'29th', 'first': an ordinal (another rank of the same subject, "ranked 29th in
    the world and 1st in Korea"), not an object ranked."""
    return tok.ent_type_ == "ORDINAL" or bool(ORDINAL_RE.match(tok.lower_))


def says_rank(root: Token, verb: Token | None) -> bool:
    """A rank row needs a ranking word: "ranked 24th", "secure the No. 1 ranking".

    An ordinal describing some other noun ("India's second-largest company", "the first
    day", "sixth-form places") ranks nobody.
    """
    if root.dep_ in ("amod", "nummod", "compound", "npadvmod"):
        head = root.head
        if head.lemma_.lower() not in rp.RANK_NOUNS and \
                head.lower_ not in rp.POSITION_WORDS and head.pos_ != "ADV":
            return False  # (but "ranked 4th overall": no noun is described)
    if verb is not None and any(c.lemma_.lower() in rp.RANK_NOUNS
                                for c in verb.children if c.dep_ in SUBJECT_DEPS):
        return True  # "Tornby's rank in the index is fifth"
    if verb is not None and verb.lemma_.lower() in rp.RANK_VERBS:
        return True
    if verb is not None and verb.lemma_ == "be" and _in_a_ranking(root, verb):
        return True  # "Tornby was 3rd in the list"
    if verb is not None and verb.lemma_.lower() in fw.RANK_MOVE_VERBS and \
            reached(root, verb):
        return True  # "climbed to 9th in the index"
    t = root
    for _ in range(3):
        if t.lemma_.lower() in rp.RANK_NOUNS:
            return True
        t = t.head
    return False


def _in_a_ranking(root: Token, verb: Token) -> bool:
    """An 'in'/'on' phrase naming a ranking, on the ordinal or on its copula."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and
               any(p.dep_ == "pobj" and p.lemma_.lower() in rp.RANKING_LISTS
                   for p in c.children)
               for c in [*root.children, *verb.children])


def chart_position(span, fig) -> bool:
    """'reached number 11', 'at No. 3': a position in a chart or table, not a count."""
    doc = span.doc
    if span.start == 0 or fig.value is None or not float(fig.value).is_integer():
        return False
    before = doc[span.start - 1]
    if before.tag_ in fw.COUNT_VERB_TAGS:
        return False  # "China's net users number 100m"
    i = span.end
    while i < len(doc) and i < span.end + 3 and doc[i].pos_ == "ADJ":
        i += 1  # "number two yellow soybeans": a grade of soybeans
    after = doc[i] if i < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and \
            after.lemma_.lower() not in rp.RANK_NOUNS and after.dep_ not in NAMING_DEPS:
        return False  # "took over the number 10 shirt": a name for a shirt, not a rank
        # (but "X, Italy's number three operator": the noun is the ranked name itself)
    return before.lower_ in rp.POSITION_WORDS


def superlative(span) -> bool:
    """'the fifth largest city', 'second-highest', 'third most innovative': an ordinal
    with a superlative, in the figure or right after it."""
    after = span.doc[span.end:min(span.end + 2, len(span.doc))]
    if [t.lower_ for t in after] == ["-", "ranked"]:
        return True  # "the 3rd-ranked city": ranked like a superlative's noun
    return any(t.tag_ == "JJS" or t.lower_.split("-")[-1] in rp.SUPERLATIVES
               for t in [*span, *after])


def place_part_holder(ctx: Context, subj: Token,
                      heads: frozenset[str] = fw.PLACE_PART_NOUNS) -> int | None:
    """'The Tornby metropolitan area ranked No. 1', 'the Vale metro area ranks first': a
    head naming a part or grouping of a place, modified by one place name, ranks that
    place (not "the Vale-Harlow cluster": two places, and the cluster is neither).
    Statistics pass the narrower ``fw.PLACE_EXTENT_NOUNS``."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in heads:
        return None
    names = [t for t in subj.subtree if t.i < subj.i and t.pos_ == "PROPN" and
             t.text[:1].isupper()]  # (a lower-case "metro" tagged as a name is none)
    keys = {ctx.key_at(t) for t in names}
    if not names or len(keys) != 1 or None in keys:
        return None
    key = keys.pop()
    return key if coarse(ctx.label(key)) == "PLACE" else None


def tied_holders(ctx: Context, root: Token) -> tuple[list[int], Token] | None:
    """'A and B tied at 71st in the list', 'A and B share third place': every name of a
    coordinated subject holds the rank a tie verb gives (elsewhere a joint subject
    blocks a row, "A and B account for 90%")."""
    t = root
    if t.dep_ == "pobj" and t.head.lower_ in fw.TIE_PREPS:
        t = t.head
    verb = t.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in fw.TIE_VERBS or \
            t.dep_ not in ("prep", "dobj", "advmod", "npadvmod") or hedged(verb) or \
            forms(verb) & IRREALIS_HEADS:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return None
    members = [subj, *[c for c in subj.conjuncts]]
    keys = [ctx.entity_of(m, allow_carry=False) for m in members]
    if len(keys) < 2 or None in keys or len(set(keys)) != len(keys) or \
            any(coarse(ctx.label(k)) not in ("PLACE", "ORG", "PERSON") for k in keys):
        return None
    if not _ranking_said(ctx, root, verb):
        return None
    return keys, verb


def movers(ctx: Context, root: Token) -> tuple[list[int], Token] | None:
    """'X climbed four places', 'X and Y climbed more than 20 spots': the places a ranked
    name moved are a figure about it; a move is each name's own, so every name of a
    coordinated subject moved by that many."""
    verb = root
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if verb.lemma_.lower() not in fw.RANK_MOVE_VERBS or hedged(verb) or \
            forms(verb) & IRREALIS_HEADS:
        return None
    subj = ctx.clause_subject(verb)
    if subj is None:
        return None
    keys = [ctx.entity_of(m, allow_carry=False) for m in [subj, *subj.conjuncts]]
    if None in keys or len(set(keys)) != len(keys) or \
            any(coarse(ctx.label(k)) not in ("PLACE", "ORG", "PERSON") for k in keys):
        return None
    return keys, verb
