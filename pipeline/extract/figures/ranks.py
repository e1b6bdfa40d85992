"""Which numbers state a rank: "No. 3", "ranked 24th", "the third-largest", "moved to 51st",
"climbed four places", "its ranking rose from 187 to 152".

An ordinal is a rank only where the sentence says so (a rank verb, a superlative, a place
noun, or a position in a ranking the sentence names); elsewhere it orders days, editions,
anniversaries or attempts, which are not figures. A count becomes a rank when it counts
the places a ranked thing moved, or when the thing whose value it gives is a ranking.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import doc_text
from pipeline.extract.figures import rules as R
from pipeline.extract.figures.filter import _address_follows, _next_word, _prev_word, num_tokens
from pipeline.extract.figures.scan import Candidate

_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINAL_WORD = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(R.ORDINAL_WORDS, key=len,
                                                            reverse=True)) + ")"
# "the second and third rank holders": a rank noun after the last of coordinated ordinals
_COORDINATED = re.compile(rf"\s*(?:,\s*|\s(?:and|or|&)\s+){_ORDINAL_WORD}(?![\w-])"
                          r"\s+(?P<noun>[A-Za-z]+)", re.IGNORECASE)

# "the 3rd-ranked city": an ordinal joined to "ranked" is the place held.
_RANKED_SUFFIX = re.compile(r"-ranked\b", re.IGNORECASE)
_IN_A_RANKING = re.compile(r"\s+(?:in|on)\s+(?:the|its|their|this|that|a)\s+"
                           r"(?:[\w'-]+\s+){0,2}?(?:" + "|".join(R.RANKING_LIST_NOUNS) +
                           r")\b(?!\s+of\b)", re.IGNORECASE)  # (not "a list of reforms")


def keep_rank_marker(doc: Doc, c: Candidate) -> bool:
    """'No. 3' is a rank unless it numbers a named thing ('Resolution No. 3')."""
    span = num_tokens(doc, c.start, c.end)
    if span is None:
        return True
    if _address_follows(doc, span):
        return False
    if span.start == 0:
        return True
    prev = doc[span.start - 1]
    return not (prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper())


def _superlative_ok(doc: Doc, c: Candidate) -> bool:
    span = num_tokens(doc, c.num_end, c.end)
    if span is None:
        return False
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in R.SUPERLATIVE_WORDS for t in span)


def _ranked_by_verb(tok: Token) -> bool:
    """Walk up a few heads: 'ranked 24th globally and first domestically'."""
    t = tok
    for _ in range(4):
        if t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in R.RANK_VERBS and t.pos_ == "VERB" and t.i < tok.i:
            return True
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return False
    return False


def _rank_noun_after(text: str, end: int) -> bool:
    """'third place', 'the 52nd position', 'third rank holders' (but not 'first-rank', an
    adjective, nor 'the first ranking', an edition of a ranking)."""
    word = _next_word(text, end)
    if word == "rank":
        return text[end:end + 1].isspace()
    return word in R.RANK_NOUNS - {"rank", "ranking", "rankings"}


def _coordinated_rank(text: str, end: int) -> bool:
    """'the second and third rank holders', 'first and second place': the rank noun after
    the last ordinal of a coordination makes each of them a rank."""
    m = _COORDINATED.match(text, end)
    return bool(m) and m.group("noun").lower() in R.RANK_NOUNS - {"ranking", "rankings"}


def _rank_is_subject(tok: Token) -> bool:
    """The ordinal completes a copula whose subject is a rank ("its rank is fifth")."""
    verb = tok.head
    return verb.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in R.RANK_NOUNS for c in verb.children)


def _sentence_names_ranking(tok: Token) -> bool:
    return any(t.lower_ in R.RANKING_CONTEXT_WORDS for t in tok.sent)


def _date_near(doc: Doc, span: Span) -> bool:
    """'from 21st to 25th May', 'on the 3rd of June': a day of a month, not a place."""
    lo, hi = max(span.sent.start, span.start - 3), min(span.sent.end, span.end + 4)
    return any(t.lower_ in R.MONTH_WORDS or t.lower_ in R.WEEKDAY_WORDS for t in doc[lo:hi])


def _position_in_ranking(doc: Doc, c: Candidate, text: str) -> bool:
    """'The list puts Oslo at 26th and Rome at 56th', 'its ranking improved from 29th',
    'moved to 51st': an ordinal standing alone after at/to/from/in, in a sentence that
    names a ranking, is the place held."""
    ordinal = text[c.num_start:c.num_end]
    prev = _prev_word(text, c.start)
    digits = bool(_DIGIT_ORDINAL.fullmatch(ordinal))
    if prev not in (R.RANK_PREPOSITIONS if digits else R.RANK_PREPOSITIONS_SPELLED):
        return False
    span = num_tokens(doc, c.num_start, c.num_end)
    if span is None or span.end > len(doc) or _date_near(doc, span):
        return False
    if span.end < len(doc):
        nxt = doc[span.end]
        # the ordinal orders the noun after it ("in 36th minute"), unless that starts a date
        # ("from 29th last year")
        if nxt.lower_ == "of" or (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                                  and nxt.ent_type_ not in ("DATE", "TIME")):
            return False
    return _sentence_names_ranking(span[-1])


def keep_ordinal(doc: Doc, c: Candidate) -> bool:
    """Ordinals are ranks after a rank verb, before a superlative or 'place', or as the
    position held in a ranking the sentence names."""
    if c.superlative and _superlative_ok(doc, c):
        return True
    c.end = c.num_end
    text = doc_text(doc)
    around = text[max(0, c.start - 8):c.end + 12].lower()
    if any(idiom in around for idiom in R.ORDINAL_IDIOMS):
        return False
    if (_prev_word(text, c.start) in R.COPULAS
            and _next_word(text, c.num_end) in R.RANK_AFTER_COPULA):
        return True
    if _rank_noun_after(text, c.num_end) or _coordinated_rank(text, c.num_end) or \
            _RANKED_SUFFIX.match(text, c.num_end):
        return True  # (... "the 3rd-ranked city")
    if _prev_word(text, c.start) in R.COPULAS and _IN_A_RANKING.match(text, c.num_end):
        return True  # "Tornby was 3rd in the list"
    span = num_tokens(doc, c.num_start, c.num_end)
    if span is None:
        return False
    if _prev_word(text, c.start) in R.COPULAS and _rank_is_subject(span[-1]):
        return True  # "Tornby's rank is fifth"
    tok = span[-1]
    if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return False  # "scored 24 points in the third quarter": it orders the noun
    return _ranked_by_verb(tok) or _position_in_ranking(doc, c, text)


def counts_rank_steps(doc: Doc, number: Span) -> bool:
    """'climbed more than 20 spots', 'advanced four places', 'down two notches': the count
    of places a ranked thing moved is a change of rank, not a count of things."""
    if number.end >= len(doc):
        return False
    noun = doc[number.end]
    if noun.lower_ not in R.RANK_STEP_NOUNS:
        return False
    if number.start > 0 and doc[number.start - 1].lower_ in ("up", "down"):
        return True  # "down three places to ninth"
    head = noun.head
    return head.pos_ == "VERB" and head.lemma_.lower() in R.RANK_MOVE_VERBS


def of_a_ranking(doc: Doc, number: Span) -> bool:
    """'Its world ranking improved from 187 to 152': a bare number that gives the value of
    a ranking (the subject of the verb it completes) is a rank."""
    t = number.root
    for _ in range(4):
        if t.head is t:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    subjects = [c for c in t.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ in R.RANKING_SUBJECTS
