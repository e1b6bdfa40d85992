"""What the relation rules need to know about one document, and how they resolve tokens.

A parse gives tokens; rows need LocalEntity keys. This module maps tokens to entities
(through mentions, appositions, relative pronouns, coordinated lists and, for "he" /
"the city", the subject carried over from an earlier sentence), finds a clause's subject,
and attaches dates said in the same clause. Kept apart from the pattern tables so each
rule family (dependency patterns, token patterns, figures) shares one resolution logic.
The resolution itself lives in modules with one job each, bound here as methods so the
rules keep asking one context: anaphora.py (back-references), delegations.py (groups
and who sent or leads them), clauses.py (clause subjects and listed names),
clause_dates.py (a clause's date); context_rules.py holds their shared words and limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.extract.relations import anaphora, clause_dates, clauses, delegations
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.clauses import clause_verb
from pipeline.extract.relations.context_rules import (
    DATE_KINDS,
    SUBJECT_DEPS,
    coarse,
)
from pipeline.extract.relations.title_runs import title_run
from pipeline.extract.relations.token_index import TokenIndex
from pipeline.model import DateMention, Figure, LocalEntity, Mention

__all__ = ["SUBJECT_DEPS", "Context", "clause_verb", "coarse"]

if not Token.has_extension("rel_ent"):
    Token.set_extension("rel_ent", default="")


@dataclass
class Context:
    doc: Doc
    mentions: list[Mention]
    entities: dict[int, LocalEntity]
    dates: list[DateMention]
    figures: list[Figure]
    tok_mention: list[int] = field(default_factory=list)  # token index -> mention index
    sent_of: list[int] = field(default_factory=list)  # token index -> sentence index
    sents: list[Span] = field(default_factory=list)
    narrower: dict[int, int] = field(default_factory=dict)  # container -> contained mention
    subjects: dict[int, list[int]] = field(default_factory=dict)  # sentence -> subject keys
    # sentences whose main subject is a name we do not know ("The Tarvo Index
    # has ranked ..."): a following "it" is that, not an earlier entity
    unnamed_subjects: set[int] = field(default_factory=set)
    # organisations that act as rating agencies in the story (raters.py): what they
    # rate is not theirs, nor are they the company a later "the firm" or "it" means
    raters: set[int] = field(default_factory=set)
    date_tokens: list[tuple[DateMention, Span]] = field(default_factory=list)
    text: str = ""  # doc.text, read once (spaCy rebuilds it on every access)
    index: TokenIndex | None = None  # built on first use (``tokens_with``)

    @classmethod
    def build(cls, doc: Doc, mentions, entities, dates, figures) -> Context:
        ctx = cls(doc, list(mentions), {e.key: e for e in entities}, list(dates),
                  list(figures))
        ctx.text = doc.text
        ctx.tok_mention = [-1] * len(doc)
        for mi, m in enumerate(ctx.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.key not in ctx.entities:
                continue
            for t in list(span) + _markup_close(doc, span):
                if ctx.tok_mention[t.i] == -1:
                    ctx.tok_mention[t.i] = mi
                    t._.rel_ent = coarse(ctx.label(m.key))
        ctx.sents = list(doc.sents)
        ctx.sent_of = [0] * len(doc)
        for si, s in enumerate(ctx.sents):  # by bounds: no Token object per token
            ctx.sent_of[s.start:s.end] = [si] * (s.end - s.start)
        for d in ctx.dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and d.value and d.kind in DATE_KINDS:
                ctx.date_tokens.append((d, span))
        return ctx

    def clear(self) -> None:
        """Remove the per-token marks so the Doc leaves this stage as it came in. Only
        mention tokens were marked (``build``), so only they are reset."""
        doc = self.doc
        for i, mi in enumerate(self.tok_mention):
            if mi >= 0:
                doc[i]._.rel_ent = ""

    def tokens_with(self, lemmas=(), lowers=()) -> list[Token]:
        """The Doc's tokens whose lower-cased lemma is in ``lemmas`` or whose lower-case
        form is in ``lowers``, in order: a rule's trigger words without a walk over every
        token (``token_index``)."""
        if self.index is None:
            self.index = TokenIndex(self.doc)
        return self.index.tokens(lemmas, lowers)

    # --- entities ------------------------------------------------------------------

    def label(self, key: int) -> str:
        return self.entities[key].type

    def sentence_at(self, start_char: int) -> Span | None:
        """The sentence that starts at ``start_char`` (a row's ``sentence_start``)."""
        return next((s for s in self.sents if s.start_char == start_char), None)

    def mention_at(self, tok: Token) -> int:
        return self.tok_mention[tok.i]

    def key_at(self, tok: Token) -> int | None:
        mi = self.tok_mention[tok.i]
        if mi < 0:
            return None
        mi = self.narrower.get(mi, mi)
        return self.mentions[mi].key

    def entity_of(self, tok: Token, allow_carry: bool = True) -> int | None:
        """The entity a token names, directly or through grammar."""
        key = self.key_at(tok)
        if key is not None:
            return key
        if tok.lower_ in rp.RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.entity_of(tok.head.head, allow_carry)
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN"):
            key = self.key_at(tok.head)
            if key is not None:
                return key
        for child in tok.children:
            if child.dep_ in ("appos", "compound", "flat") and self.key_at(child) is not None:
                if child.dep_ == "compound" and tok.lower_ in rp.TRADE_TITLES and \
                        coarse(self.label(self.key_at(child))) == "PLACE":
                    continue  # "the Cooper Basin producer": a company working there
                if child.dep_ != "compound" or tok.lower_ in rp.TITLE_WORDS:
                    return self.key_at(child)
        key = self._named_by_of(tok)
        if key is not None:
            return key
        if tok.lower_ in rp.TITLE_HEADS:
            key = title_run(self, tok)[0]  # "the Governor of Tornby H.E. Ann Berg"
            if key is not None:
                return key
        if tok.lemma_.lower() in rp.DELEGATION_NOUNS:
            key = self._delegation(tok)
            if key is not None:
                return key
        if tok.lower_ in rp.SEAT_NOUNS:  # "visited the headquarters of Acme"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and self.key_at(p) is not None:
                            return self.key_at(p)
        if allow_carry and tok.pos_ == "NOUN" and tok.lower_ in rp.TITLE_HEADS and \
                [c.lower_ for c in tok.children] == ["the"]:
            return self._titled_before(tok)  # "Mayor Ann Moreau arrived. The mayor ..."
        if allow_carry and tok.pos_ == "NOUN" and tok.lower_ in rp.TITLE_HEADS:
            styled = self._styled_before(tok)  # "Norlandic President X ... the
            if styled is not None:  # Norlandic leader"
                return styled
        if allow_carry:
            return self.carried(tok)
        return None

    # --- back-references (anaphora.py) ---------------------------------------------

    _titled_before = anaphora._titled_before
    _styled_before = anaphora._styled_before
    _pair = anaphora._pair
    _named_by_of = anaphora._named_by_of
    carried = anaphora.carried
    _fronted_owner = anaphora._fronted_owner
    _plural_subject = anaphora._plural_subject
    _same_sentence = anaphora._same_sentence
    _named_with = anaphora._named_with
    _outlet = anaphora._outlet
    _fits = anaphora._fits
    _mentions_in = anaphora._mentions_in

    # --- groups, their senders and leaders (delegations.py) ------------------------

    _delegation = delegations._delegation
    _earlier_group = delegations._earlier_group
    earlier_group_token = delegations.earlier_group_token
    delegation_of = delegations.delegation_of
    _earlier_group_token = delegations._earlier_group_token
    co_senders = delegations.co_senders
    senders = delegations.senders
    envoy_parties = delegations.envoy_parties
    _sender_preps = delegations._sender_preps

    # --- clauses (clauses.py) ------------------------------------------------------

    list_members = clauses.list_members
    entities_of = clauses.entities_of
    clause_subject = clauses.clause_subject
    dateline_subject = clauses.dateline_subject
    named_plural = clauses.named_plural
    scope = clauses.scope
    subject_entities = clauses.subject_entities

    # --- dates (clause_dates.py) ---------------------------------------------------

    event_date = clause_dates.event_date
    paragraph_date = clause_dates.paragraph_date
    date_for = clause_dates.date_for


def _markup_close(doc: Doc, span: Span) -> list[Token]:
    """'<Acme Corp> of Japan': the closing mark of wire copy's name brackets is no part
    of the name, but it stands in the name's phrase; read as the name's token, patterns
    such as "X of Y" still see the name next to "of"."""
    before = doc[max(0, span.start - 2):span.start]
    opened = [t.text for t in before][-1:] == ["<"] or \
        [t.lower_ for t in before] == ["<", "the"]  # "<The Acme Corp>"
    if opened and span.end < len(doc) and doc[span.end].text == ">":
        return [doc[span.end]]
    return []
