"""Members of a delegation named after its visit: they went where it went.

"Governor X headed a delegation which visited Kelton ... Other members of the delegation
included Y and Z": the visit rows of the sentence that introduced the delegation (its
leader's or sender's) hold for each person listed as a member. Only a definite "the
delegation" that takes back a group introduced before, and only that sentence's visits:
a leader's other trips in the article are not the delegation's.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.modality import irrealis
from pipeline.model import Relation

LIST_VERBS = frozenset({"include", "comprise"})
ENVOY_NOUNS = frozenset(rp.ENVOY_NOUNS)


def member_visits(ctx: Context, earlier: list[Relation]) -> list[Relation]:
    rows: list[Relation] = []
    for tok in ctx.tokens_with(LIST_VERBS):
        if tok.lemma_.lower() not in LIST_VERBS or tok.pos_ != "VERB" or irrealis(tok):
            continue
        group = _group(tok)
        if group is None or [c.lower_ for c in group.children] != ["the"]:
            continue
        before = ctx.earlier_group_token(group)
        if before is None:
            continue
        led_by = ctx.delegation_of(before)
        start = ctx.sents[ctx.sent_of[before.i]].start_char
        visits = [r for r in earlier if r.type == "visit" and r.sentence_start == start
                  and r.subject_key == led_by]
        if led_by is None or not visits:
            continue
        sent = ctx.sents[ctx.sent_of[tok.i]]
        members: list[int] = []
        for t in ctx.doc[tok.i + 1:sent.end]:
            key = ctx.key_at(t)
            if key is not None and key != led_by and key not in members and \
                    coarse(ctx.label(key)) == "PERSON":
                members.append(key)
        rows += [Relation(type="visit", sentence_start=sent.start_char, subject_key=m,
                          object_key=v.object_key, rule="visit_delegation_member",
                          date=v.date) for m in members for v in visits]
    return rows


def _group(verb: Token) -> Token | None:
    """'the delegation included', 'members of the delegation include': the group noun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in ENVOY_NOUNS:
        return subj
    if subj.lemma_.lower() in rp.MEMBER_NOUNS:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in ENVOY_NOUNS:
                        return p
    return None
