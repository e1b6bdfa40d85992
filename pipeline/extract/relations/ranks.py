"""Rankings said with a superlative: "Kelton is the fifth largest city in Ostland".

The ranked thing is the subject of the copula, the name the phrase is in apposition to
("Reliance, India's second-largest company"), or the subject of "boasts / has / holds";
never the possessor, which names the ranking's scope ("India's").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.modality import irrealis
from pipeline.model import Relation

RANKED_CLASSES = ("PLACE", "ORG", "PERSON")
HOLD_VERBS = frozenset(rp.HOLD_VERBS)
RANKED = frozenset(rp.RANKED_VERBS)


def _noun(span: Span) -> Token | None:
    """The common noun the superlative describes ('city' in 'the fifth largest city');
    None when the phrase stands alone or hangs on a name or a preposition ("with South
    Korea the fourth largest")."""
    t = span.root
    for _ in range(4):
        if t.pos_ == "NOUN" and not (span.start <= t.i < span.end):
            return t
        if t.pos_ in ("PROPN", "ADP") and not (span.start <= t.i < span.end):
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


# Prepositions before the ones ranked above: "the fourth largest ... after A, B and C".
RANKED_ABOVE = frozenset({"after", "behind", "following", "trailing"})


def superlative_owner(ctx: Context, span: Span) -> tuple[int | None, Token | None, str]:
    noun = _noun(span)
    if noun is None:
        return _bare_copula(ctx, span)
    key = None
    verb = None
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the 4th richest country but only the 11th most generous donor"
    small = [c for c in noun.children if c.dep_ == "nsubj"]
    if small and noun.dep_ in ("ccomp", "xcomp", "oprd"):
        # "..., making it the third largest city": the noun's own subject
        key = ctx.entity_of(small[0])
        rule = "superlative_small_clause"
    elif noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in RANKED:
        verb = noun.head  # "X was ranked the world's third most innovative city"
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is None and verb.dep_ == "conj":  # "X advanced four places and was
            subj = ctx.clause_subject(verb)  # ranked the 2nd best city": X's
        key = ctx.entity_of(subj) if subj is not None else None
        rule = "superlative_ranked"
    elif noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
        verb = noun.head
        subj = ctx.clause_subject(verb)
        key = ctx.entity_of(subj) if subj is not None else None
        rule = "superlative_copula"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and \
            noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
        key, rule = _as_phrase_owner(ctx, noun.head, verb)
    elif noun.dep_ == "appos":
        if noun.head.dep_ == "pobj":
            return None, None, ""  # "located in Victoria, the second-largest city ...":
        key = ctx.entity_of(noun.head)  # which of the two the aside describes is unsure
        rule = "superlative_apposition"
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLD_VERBS:
        verb = noun.head
        subj = ctx.clause_subject(verb)
        key = ctx.entity_of(subj) if subj is not None else None
        rule = "superlative_holder"
    else:
        # (not a name after "after the bankruptcies of A, B": those ranked above it)
        above = [c.i for c in noun.children if c.dep_ == "prep" and c.lower_ in RANKED_ABOVE]
        appos = [c for c in noun.children if c.dep_ == "appos" and
                 not any(i < c.i for i in above)]
        key = ctx.entity_of(appos[0]) if appos else None
        rule = "superlative_apposition"
    if key is None or coarse(ctx.label(key)) not in RANKED_CLASSES:
        return None, None, ""
    if verb is not None and irrealis(verb):
        return None, None, ""  # "aims to become the world's fourth largest producer"
    return key, verb, rule


def _as_phrase_owner(ctx: Context, prep: Token, verb: Token) -> tuple[int | None, str]:
    """'The index ranks X as the 7th most innovative city' (the object), 'X was ranked
    as ...' / 'X ranks as ...' (the subject), 'As the third largest city, X attracts
    ...' (a fronted aside describes the subject); 'hired X as the third largest ...'
    and other late asides are left alone."""
    if verb.lemma_.lower() in RANKED:
        for deps in (("dobj",), ("nsubjpass",), ("nsubj",)):
            found = [c for c in verb.children if c.dep_ in deps]
            if found:
                return (ctx.entity_of(found[0]) if len(found) == 1 else None,
                        "superlative_ranked_as")
        return None, ""
    subj = ctx.clause_subject(verb)
    if subj is None or prep.i > subj.i:
        return None, ""
    return ctx.entity_of(subj), "superlative_fronted_as"


def _bare_copula(ctx: Context, span: Span) -> tuple[int | None, Token | None, str]:
    """'The city is the third largest in Korea': a superlative with no noun, after a
    copula, ranks the copula's subject."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("attr", "acomp") or verb.lemma_ not in ("be", "become", "remain"):
        return None, None, ""
    if verb.i > span.start or any(t.pos_ not in ("DET", "ADV", "PART")
                                  for t in span.doc[verb.i + 1:span.start]):
        return None, None, ""  # "Japan is the biggest, with Italy the fourth largest"
    subj = ctx.clause_subject(verb)
    key = ctx.entity_of(subj) if subj is not None else None
    if key is None or coarse(ctx.label(key)) not in RANKED_CLASSES or irrealis(verb):
        return None, None, ""
    return key, verb, "superlative_copula"


def superlative_metric(span: Span, fig) -> str:
    """'largest city in South Korea': the superlative, what is ranked, and the scope."""
    after = span.doc[span.end:min(span.end + 2, len(span.doc))]
    words = [t for t in [*span, *after] if t.tag_ == "JJS" or
             t.lower_.split("-")[-1] in rp.SUPERLATIVES]
    sup = ""
    if words:  # "most innovative": the superlative and the adjective after it
        sup = words[0].text.split("-")[-1]
        nxt = span.doc[words[0].i + 1] if words[0].i + 1 < len(span.doc) else None
        if words[0].lower_ == "most" and nxt is not None and nxt.pos_ == "ADJ":
            sup = f"most {nxt.text}"
    noun = _noun(span)
    parts = [sup, _with_modifiers(span, noun) if noun is not None else fig.about]
    head = noun if noun is not None else span.root
    for c in head.children:  # "largest in Korea"
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "after"):
            parts.append(" ".join(t.text for t in c.subtree))
            break
    else:  # "France's third-largest chemical group": the scope as a possessive
        scope = _possessive_scope(span.root, head)
        if scope is not None:
            parts.append("in " + " ".join(t.text for t in scope.subtree if t.dep_ != "case"))
    return " ".join(p for p in parts if p)


def _with_modifiers(span: Span, noun: Token) -> str:
    """'chemical group' of "France's third-largest chemical group": the noun with the
    words between the superlative and it that modify it."""
    words = [t for t in span.doc[span.end:noun.i] if t.head.i == noun.i and
             t.dep_ in ("compound", "amod", "nmod") and t.tag_ not in ("JJS", "RBS")]
    if not words:
        return noun.text
    return span.doc[words[0].left_edge.i:noun.i + 1].text  # "single-day decline"


def _possessive_scope(tok: Token, noun: Token) -> Token | None:
    """The nearest possessor from the superlative up to its noun: "the world's third-
    largest automaker and the U.S.'s second-largest" has a scope for each rank."""
    for _ in range(4):
        scope = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if scope:
            return scope[0]
        if tok.i == noun.i or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def topped_rows(ctx: Context) -> list[Relation]:
    """'Lisbon topped the list', 'Acme topped the chart': rank 1 without a figure."""
    rows = []
    for tok in ctx.tokens_with(("top",)):
        if tok.lemma_.lower() != "top" or tok.pos_ != "VERB" or irrealis(tok):
            continue
        lists = [c for c in tok.children if c.dep_ == "dobj" and
                 c.lemma_.lower() in RANKING_LISTS]
        subj = ctx.clause_subject(tok)
        key = ctx.entity_of(subj) if subj is not None else None
        if not lists or key is None or coarse(ctx.label(key)) not in RANKED_CLASSES:
            continue
        sent = ctx.sents[ctx.sent_of[tok.i]]
        metric = " ".join(t.text for t in lists[0].subtree if t.dep_ != "det")
        rows.append(Relation(type="ranking", sentence_start=sent.start_char,
                             subject_key=key, metric=metric, value=1.0,
                             date=ctx.date_for(tok), rule="ranking_topped"))
    return rows


RANKING_LISTS = frozenset(rp.RANKING_LISTS)
