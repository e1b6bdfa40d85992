"""Is a trigger stated as fact? Plans, wishes, possibilities and denials are not.

"hopes to join", "will visit", "did not meet", "is to launch", "there was no treaty".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp

IRREALIS = frozenset(rp.IRREALIS_HEADS)
GENERIC_MARKS = frozenset({"when", "whenever", "if", "unless", "once"})


def forms(tok: Token) -> set[str]:
    """Lemma and crude stems: the small model lemmatises "hopes" as "hop"."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("s", "d", "ed", "ing"):
        if low.endswith(suffix):
            forms.add(low[: -len(suffix)])
    return forms


def irrealis(tok: Token | None) -> bool:
    """Planned, wished, possible or denied: "hopes to join", "will visit", "did not meet"."""
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr") and \
            tok.head.pos_ in ("VERB", "AUX") and irrealis(tok.head):
        return True  # "is trying to strike a deal with Russia"
    for c in tok.children:
        if c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_MARKS and \
                tok.tag_ in ("VBP", "VBZ", "VB"):
            return True  # "when England come to Dublin": habitual, not an event
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in rp.IRREALIS_AUX):
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True  # "there was no treaty between ..."
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return True  # "is to launch his own party"
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "pobj", "pcomp", "prep"):
            return False
        t = t.head
        if forms(t) & IRREALIS:
            return True
        if t.dep_ == "conj" or t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in rp.IRREALIS_AUX)
                   for c in t.children) and tok.dep_ in ("xcomp", "conj"):
                return True
    return False


