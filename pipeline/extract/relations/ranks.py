"""Rankings said with a superlative: "Gwangju is the fifth largest city in South Korea".

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


def superlative_owner(ctx: Context, span: Span) -> tuple[int | None, Token | None, str]:
    noun = _noun(span)
    if noun is None:
        return None, None, ""
    key = None
    verb = None
    if noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in RANKED:
        verb = noun.head  # "X was ranked the world's third most innovative city"
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        key = ctx.entity_of(subj) if subj is not None else None
        rule = "superlative_ranked"
    elif noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
        verb = noun.head
        subj = ctx.clause_subject(verb)
        key = ctx.entity_of(subj) if subj is not None else None
        rule = "superlative_copula"
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
        appos = [c for c in noun.children if c.dep_ == "appos"]
        key = ctx.entity_of(appos[0]) if appos else None
        rule = "superlative_apposition"
    if key is None or coarse(ctx.label(key)) not in RANKED_CLASSES:
        return None, None, ""
    if verb is not None and irrealis(verb):
        return None, None, ""  # "aims to become the world's fourth largest producer"
    return key, verb, rule


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
    parts = [sup, noun.text if noun is not None else fig.about]
    if noun is not None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "after"):
                parts.append(" ".join(t.text for t in c.subtree))
                break
    return " ".join(p for p in parts if p)


def topped_rows(ctx: Context) -> list[Relation]:
    """'Seoul topped the list', 'Acme topped the chart': rank 1 without a figure."""
    rows = []
    for tok in ctx.doc:
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
