"""Positions from a bare title: "Mayor Ahn Sung-ho" on a page about Tornby.

A mayor's city often goes unsaid once the page is about that city. When a person is
titled with a municipal office and no sentence states where, the office belongs to the
city the document is about: the one place (not a country) named more often than any
other, and at least twice.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.place_knowledge import is_country
from pipeline.model import Relation

MIN_MENTIONS = 2


def titled_rows(ctx: Context, earlier: list[Relation]) -> list[Relation]:
    placed = {r.subject_key for r in earlier if r.type == "position"
              and r.object_key is not None and coarse(ctx.label(r.object_key)) == "PLACE"}
    city = _document_city(ctx)
    if city is None or _offices_of_two_cities(ctx, earlier):
        return []
    rows: list[Relation] = []
    done: set[int] = set()
    for m in ctx.mentions:
        if m.key in placed or m.key in done or m.key not in ctx.entities:
            continue
        words = m.title.lower().split()
        if coarse(ctx.label(m.key)) != "PERSON" or not set(words) & MUNICIPAL:
            continue
        if set(words) & FORMER:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or _body_before(ctx, span, len(words)):
            continue
        done.add(m.key)
        sent = ctx.sents[ctx.sent_of[span.start]]
        sender = _sender_led(ctx, span.root)
        rows.append(Relation(type="position", sentence_start=sent.start_char,
                             subject_key=m.key, object_key=city if sender is None else sender,
                             role=m.title, rule="position_title_document_city"
                             if sender is None else "position_title_leads_delegation"))
    return rows


MUNICIPAL = frozenset(rp.MUNICIPAL_TITLES)
LEAD_VERBS = frozenset(rp.LEAD_VERBS)
DELEGATION_NOUNS = frozenset(rp.DELEGATION_NOUNS)
FORMER = frozenset(rp.FORMER_WORDS)


def _body_before(ctx: Context, span, title_words: int) -> bool:
    """'Central Bank Governor X': a capitalised name before the title is the body the
    office is in (one we do not know), not the city the page is about."""
    i = span.start - title_words - 1
    if i < 0 or ctx.doc[span.start - 1].lower_ not in rp.TITLE_WORDS:
        return False
    before = ctx.doc[i]
    return before.is_title and before.pos_ in ("PROPN", "NOUN") and \
        before.lower_ not in rp.TITLE_WORDS and not before.is_sent_start


def _sender_led(ctx: Context, tok: Token) -> int | None:
    """'a delegation from Kobe led by Vice Mayor Ota': the office of one who leads a group
    a place sent is that place's, not the city the page is about."""
    by = tok.head
    if tok.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in LEAD_VERBS:
        return None
    group = by.head.head if by.head.dep_ in ("acl", "relcl") else None
    if group is None or group.lemma_.lower() not in DELEGATION_NOUNS:
        return None
    senders = [k for k in ctx.senders(group) if coarse(ctx.label(k)) == "PLACE"]
    return senders[0] if len(senders) == 1 else None


def _offices_of_two_cities(ctx: Context, earlier: list[Relation]) -> bool:
    """'Orby Mayor A visited Vale and met Vale Mayor B': municipal officers of two places
    are named, so an office whose place goes unsaid may be either's."""
    places = {r.object_key for r in earlier if r.type == "position" and
              r.object_key is not None and coarse(ctx.label(r.object_key)) == "PLACE" and
              set((r.role or "").lower().split()) & MUNICIPAL}
    return len(places) > 1


def _document_city(ctx: Context) -> int | None:
    counts = Counter(m.key for m in ctx.mentions if m.key in ctx.entities
                     and coarse(ctx.label(m.key)) == "PLACE")
    ranked = [(n, k) for k, n in counts.most_common() if not is_country(ctx, k)]
    if not ranked or ranked[0][0] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]
