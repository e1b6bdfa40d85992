"""What a figure counts or measures, and whether it states a rise or a fall.

Both come from the dependency parse around the figure, never from a list of nouns:
the noun the number modifies ("18,000 researchers"), the noun an "of" phrase hangs
from ("revenue of 35 trillion won"), the subject of the verb it completes ("population
decreased by 3,000"), or the noun a relative clause describes ("students, who account
for 35.4 percent").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.figures import rules as R

_MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "npadvmod", "advmod", "poss", "case"}
_DROP_LEFT = {"det", "poss", "case", "predet", "punct", "quantmod"}
_NOUNS = {"NOUN", "PROPN"}
_SKIP_ADJ = {"combined", "total", "overall", "whole", "entire", "cumulative"}


DASHES = frozenset({"\u2013", "\u2014", "--"})


def dashed_off(tok: Token) -> bool:
    """A modifier the parser hung on a noun across a dash ("a budget of $5m - far and away
    Ostland's biggest production"): the dash opens an aside, so the number is not that
    noun's (a hyphen inside a word is no dash: "a $21-a-share bid")."""
    lo, hi = sorted((tok.i, tok.head.i))
    doc = tok.doc
    return any(t.text in DASHES or t.text == "-" and t.whitespace_ and
               doc[t.i - 1].whitespace_ for t in doc[lo + 1:hi])


def _noun_phrase(doc: Doc, head: Token, skip: range) -> str:
    """The head noun with its adjective/compound modifiers and coordinated nouns."""
    if head.i in skip:
        return ""
    left = head.i
    for child in head.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.dep_ not in _DROP_LEFT:
            left = min(left, child.left_edge.i)
    right = head.i
    conj = head
    while True:
        nxt = [c for c in conj.rights if c.dep_ == "conj" and c.pos_ in _NOUNS]
        if not nxt or any(t.text in "()" for t in doc[conj.i:nxt[0].i]) or \
                _own_amount(nxt[0]) or conj.pos_ == "NOUN" and nxt[0].pos_ == "PROPN":
            break  # "sales of 4 bln euros and 3 bln euros": the second is another amount's;
            # "14 degrees and Daegu": a name joined to a common noun is another item
        conj = nxt[0]
        right = conj.i
    words = [t for t in doc[left:right + 1]
             if t.i not in skip and not (t.i == left and t.dep_ in _DROP_LEFT)
             and (t.lower_ not in _SKIP_ADJ or t.i == head.i)  # "a big total of 357"
             and t.dep_ != "poss" and t.dep_ != "case"
             and t.pos_ != "SYM" and not (t.like_num and t.i != head.i)]
    while words and (words[0].is_punct or words[0].dep_ in _DROP_LEFT or words[0].like_num
                     or words[0].pos_ == "CCONJ" or _leading_adverb(words[0], words)):
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    return "".join(t.text_with_ws for t in words).strip()


def _leading_adverb(tok: Token, words: list[Token]) -> bool:
    """'Only two events', 'primarily three providers': an adverb on the number, the
    noun or the clause, not one grading an adjective of the phrase ("highly skilled
    workers")."""
    return tok.pos_ == "ADV" and (tok.head.like_num or tok.head not in words or
                                  tok.head.pos_ in _NOUNS)


def _own_amount(noun: Token) -> bool:
    """'3 bln euros', 'B's investment of 61 bln won': a noun with an amount of its own
    (not one in another phrase on it: "representatives from 50 countries")."""
    return any(t.like_num or t.dep_ in ("nummod", "quantmod")
               for c in noun.lefts for t in c.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree)
        for c in noun.rights)


def _subject_of(verb: Token) -> Token | None:
    for c in verb.lefts:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _compound_head(tok: Token) -> Token:
    """The noun a modifier run ends in ("investor-owned power providers": providers)."""
    while tok.dep_ in ("compound", "amod", "nmod", "npadvmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def about_and_direction(doc: Doc, span: Span, number: Span, rank: bool = False
                        ) -> tuple[str, str]:
    """(about, direction) for the figure covering ``span`` whose number is ``number``."""
    skip = range(span.start, span.end)
    if rank:
        return _rank_about(doc, span, skip), ""
    # the tokens that tie the figure into the sentence, number first
    anchors = [number.root] + [t for t in span if t.head.i not in skip and t != number.root]
    about = ""
    for anchor in anchors:
        about = _about(doc, span, anchor, skip)
        if about:
            break
    return about, _direction(doc, span)


def _rank_about(doc: Doc, span: Span, skip: range) -> str:
    """'No. 1 ranking in the cluster category', 'ranked 24th ... in Engineering'."""
    words: list[str] = []
    i = span.end
    if i < len(doc) and doc[i].lower_ in R.RANK_NOUNS:
        words.append(doc[i].text)
        i += 1
        if i < len(doc) and doc[i].lower_ in ("in", "among", "for", "on"):
            pobj = [c for c in doc[i].rights if c.dep_ == "pobj"]
            if pobj:
                words += [doc[i].text, _noun_phrase(doc, pobj[0], skip)]
        return " ".join(words)
    if i < len(doc) and doc[i].pos_ in _NOUNS:  # "the third-largest exporter"
        return _noun_phrase(doc, _compound_head(doc[i]), skip)
    t = span.root
    for _ in range(4):
        if t.head is t:
            break
        t = t.head
        if t.lemma_.lower() in R.RANK_VERBS:
            for prep in t.rights:
                pobj = [c for c in prep.rights if c.dep_ == "pobj"]
                if prep.dep_ == "prep" and prep.lower_ in ("in", "among", "for") and pobj:
                    return _noun_phrase(doc, pobj[0], skip)
            break
    return ""


def _about(doc: Doc, span: Span, root: Token, skip: range) -> str:
    # the number modifies a noun written after it: "35,000 workers", "40 percent growth"
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.pos_ in _NOUNS | {"ADJ"} and not nxt.is_punct and (
                root.head.i >= span.end or nxt.head.i in skip or nxt.pos_ in _NOUNS):
            head = _compound_head(nxt) if nxt.pos_ in _NOUNS else nxt.head
            if head.pos_ in _NOUNS and head.i >= span.end:
                return _noun_phrase(doc, head, skip)
        # "2.27 trillion won in revenue"
        if nxt.lower_ in ("in", "of") and span.end + 1 < len(doc):
            for c in nxt.rights:
                if c.dep_ == "pobj" and c.pos_ in _NOUNS and c.ent_type_ not in ("DATE", "TIME") \
                        and c.lower_ not in R.MONTH_WORDS and not (
                            nxt.lower_ == "in" and c.pos_ == "PROPN"):  # "25% in the
                    # EU": where, not what
                    return _noun_phrase(doc, c, skip)
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "nmod") and head.pos_ in _NOUNS \
            and head.i not in skip and not dashed_off(root):
        return _noun_phrase(doc, head, skip)
    if root.dep_ == "appos" and head.pos_ in _NOUNS:
        return _noun_phrase(doc, head, skip)
    # parenthesised after a noun: "overseas Koreans (21 percent)"
    if span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].pos_ in _NOUNS:
        return _noun_phrase(doc, _compound_head(doc[span.start - 2]), skip)
    if root.dep_ == "pobj":
        prep = head
        owner = prep.head
        if prep.lower_ == "at" and prep.i >= 1 and doc[prep.i - 1].pos_ in _NOUNS:
            return _noun_phrase(doc, _compound_head(doc[prep.i - 1]), skip)
        if owner.lemma_.lower() in R.LEVEL_NOUNS and not _named_level(owner):
            # (the level a thing "hit" keeps its words: "hit their 52-week high of $33")
            verb = next((a for a in owner.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:  # "unemployment has risen, with a high of 48% in X":
                via = owner.head if owner.dep_ == "pobj" else None  # a high of what the
                return _from_verb(doc, verb, skip, via)  # clause measures
        if owner.pos_ in _NOUNS:
            return _noun_phrase(doc, owner, skip)
        if owner.pos_ in ("VERB", "AUX"):
            return _from_verb(doc, owner, skip, prep)
    if root.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "advmod", "conj") and \
            head.pos_ in ("VERB", "AUX"):
        return _from_verb(doc, head, skip)
    return ""


def _named_level(level: Token) -> bool:
    """A level with words of its own is named by them ("hit their 52-week high"); reached
    "to" or "from", a span of time alone names nothing ("cut the rate to a 40-year low")."""
    words = [t for c in level.children if c.dep_ in ("amod", "compound", "nmod")
             for t in c.subtree if not (t.like_num or t.is_punct)]
    if level.dep_ != "pobj" or level.head.lower_ not in R.MOVE_PREPS:
        return bool(words)  # ("far below their 52-week high of $16")
    return any(t.lemma_.lower() not in R.LEVEL_SPAN_WORDS for t in words)


def _from_verb(doc: Doc, verb: Token, skip: range, via: Token | None = None) -> str:
    if via is not None and via.lower_ in R.MOVE_PREPS and via.head.i == verb.i and \
            verb.lemma_.lower() in R.MOVE_VERBS:
        moved = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if moved:  # "cut a key rate to 1.75 per cent", "taking the cash rate to 4.25%"
            return _noun_phrase(doc, moved[0], skip)
    subj = _subject_of(verb)
    if subj is None and verb.dep_ == "conj" and verb.lemma_ == "be":
        subj = _subject_of(verb.head)  # "unemployment has risen to 20% and is above 25%"
    own = subj is not None and subj.pos_ == "NOUN"  # "at 6 p.m., when the reserves stood
    # at 12 percent": the clause's own subject, not the noun the parse hung it on
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOUNS and not own:
        return _noun_phrase(doc, verb.head, skip)
    if subj is not None and subj.pos_ in _NOUNS:
        return _noun_phrase(doc, subj, skip)
    return ""


def _direction(doc: Doc, span: Span) -> str:
    """increase / decrease when the figure is the size of a change."""
    candidates: list[Token] = []
    t = span.root
    for _ in range(3):
        if t.head is t:
            break
        t = t.head
        candidates.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    # "40 percent annual growth", "up 5 percent"
    candidates.extend(t for t in doc[span.end: min(len(doc), span.end + 3)] if t.pos_ == "NOUN")
    if span.start >= 1 and doc[span.start - 1].lower_ in R.MOVE_MARKS:
        return R.MOVE_MARKS[doc[span.start - 1].lower_]  # "closed at $11, off 25 cents"
    for tok in candidates:
        if tok.i in range(span.start, span.end):
            continue
        lemma = tok.lemma_.lower()
        noun = tok.pos_ in ("NOUN", "PROPN")
        if lemma in (R.INCREASE_NOUNS if noun else R.INCREASE_WORDS):
            return "increase"
        if lemma in (R.DECREASE_NOUNS if noun else R.DECREASE_WORDS):
            return "decrease"
    return ""
