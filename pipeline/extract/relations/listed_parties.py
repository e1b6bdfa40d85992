"""Agreements whose other parties follow as a list, not in the signing sentence.

* "Tornby signed 3 MoUs with: 1. Acme Institute, a research body; 2. Vikby Port
  Authority; 3. Nordic Rail Academy": each numbered or ';'-separated item after the
  colon opens with a party;
* "The authority has signed 11 MoUs at the forum. ... Highlights of the MoUs" and then
  a bulleted line per party ("- Acme Rail (UK) – a study of ...", or with the bullet
  cleaned away, "Acme Rail (UK) – a study of ..."): a short heading naming the
  agreements, then one party at the head of each line.

Press releases and summit reports list partners this way. An item counts only when a
name opens it and ends there (a name run on by more capitalised words, "TWF ASPAC"
read as "TWF", is not trusted), so prose that follows a colon gives nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.agreements import _lemma as noun_lemma
from pipeline.extract.relations.context import Context, coarse
from pipeline.extract.relations.modality import irrealis
from pipeline.model import Relation

AGREEMENT_NOUNS = frozenset(rp.AGREEMENT_NOUNS)
SIGN_VERBS = frozenset(rp.SIGN_VERBS)
PARTY_CLASSES = ("PLACE", "ORG")
# How many paragraphs after the signing sentence a heading for its list may come.
HEADING_WINDOW = 4
HEADING_MAX_WORDS = 8
# "1. ", "2) ", "- ", "• " opening an item.
ITEM_MARK = re.compile(r"(?:^|(?<=[\s;:]))(?:\d{1,2}[.)]|[-•*–·])\s+")
BULLET = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–·])\s+")
# "Acme Rail (UK) – a study of ...": an item line whose marks were cleaned away, a name
# (and a bracket) then a dash or colon.
NAME_DASH = re.compile(r"^\s*[^()–—:\-]{2,100}?(?:\s*\([^)]{1,40}\))?\s*[–—:-]\s")
# A name is whole when what follows it is not another capitalised word.
RUN_ON = re.compile(r"^\s*[A-Z][\w&.'’-]*")


def listed_agreement_rows(ctx: Context) -> list[Relation]:
    rows: list[Relation] = []
    for tok in ctx.tokens_with(SIGN_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SIGN_VERBS or irrealis(tok):
            continue
        noun = next((c for c in tok.children if c.dep_ == "dobj" and
                     (noun_lemma(c) in AGREEMENT_NOUNS or c.lower_ in AGREEMENT_NOUNS)),
                    None)
        if noun is None or _partner_named(ctx, tok):
            continue
        signers = [k for k in ctx.subject_entities(tok) or _name_before(ctx, tok)
                   if coarse(ctx.label(k)) in PARTY_CLASSES]
        if not signers:
            continue
        parties = _inline_items(ctx, tok, noun) or _bulleted_items(ctx, tok, noun)
        kind = rp.AGREEMENT_KINDS.get(noun.lower_, rp.AGREEMENT_KINDS.get(
            noun_lemma(noun), ""))
        sent = ctx.sents[ctx.sent_of[tok.i]]
        date = ctx.event_date(tok)
        rows += [Relation(type="agreement", sentence_start=sent.start_char, subject_key=s,
                          object_key=p, rule="agreement_listed_parties", role=kind,
                          date=date)
                 for s in signers for p in parties if p != s]
    return rows


def _name_before(ctx: Context, verb: Token) -> list[int]:
    """'During the summit Tornby Council signed ...': with no comma after the opening
    phrase the small parser takes the name into it; a name right before a verb that has
    no subject is the one who signs."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    key = ctx.key_at(ctx.doc[verb.i - 1])
    return [] if key is None else [key]


def _partner_named(ctx: Context, verb: Token) -> bool:
    """'signed an MoU with Vikby': the partner is in the sentence; the patterns have it."""
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ in ("with", "between"):
            if any(ctx.key_at(p) is not None for p in t.subtree if p.i != t.i):
                return True
    return False


def _inline_items(ctx: Context, verb: Token, noun: Token) -> list[int]:
    """'signed 3 MoU with: 1. A, ...; 2. B; 3. C': the items after 'with:' (or the
    noun and a colon) up to the end of the paragraph."""
    sent = ctx.sents[ctx.sent_of[verb.i]]
    colon = next((t for t in ctx.doc[noun.i + 1:sent.end + 2]
                  if t.text == ":" and t.i - 1 >= 0 and
                  ctx.doc[t.i - 1].lower_ in ("with", noun.lower_)), None)
    if colon is None:
        return []
    start = colon.idx + 1
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    chunk = ctx.text[start:end]
    marks = list(ITEM_MARK.finditer(chunk))
    if len(marks) >= 2:
        bounds = [start + m.end() for m in marks]
    else:
        bounds = [start + m.start() + (1 if i else 0)
                  for i, m in enumerate(re.finditer(r"(?:^|;)\s*", chunk))]
    if len(bounds) < 2:
        return []
    return _item_parties(ctx, bounds)


def _bulleted_items(ctx: Context, verb: Token, noun: Token) -> list[int]:
    """A short heading naming the agreements ("Highlights of the MoUs") within a few
    paragraphs after the signing, then one bullet per party."""
    sent = ctx.sents[ctx.sent_of[verb.i]]
    lines = _paragraphs(ctx.text, sent.end_char)
    for n, (_, text) in enumerate(lines[:HEADING_WINDOW + 1]):
        words = text.split()
        if not words or len(words) > HEADING_MAX_WORDS or text.rstrip().endswith("."):
            continue
        if not AGREEMENT_NOUNS & {w.strip(":").lower() for w in words}:
            continue
        bounds = []
        for start, item in lines[n + 1:]:
            mark = BULLET.match(item)
            if mark is None and not NAME_DASH.match(item):
                break
            bounds.append(start + (mark.end() if mark else 0))
        return _item_parties(ctx, bounds) if len(bounds) >= 2 else []
    return []


def _paragraphs(text: str, start: int) -> list[tuple[int, str]]:
    """Non-empty lines after ``start`` with their offsets."""
    out = []
    pos = text.find("\n", start)
    while 0 <= pos < len(text):
        nxt = text.find("\n", pos + 1)
        end = len(text) if nxt < 0 else nxt
        line = text[pos + 1:end]
        if line.strip():
            out.append((pos + 1, line))
        if nxt < 0:
            break
        pos = nxt
    return out


def _item_parties(ctx: Context, bounds: list[int]) -> list[int]:
    """The party that opens each item: a place or body whose name starts the item (after
    an article) and is not run on by more capitalised words."""
    out: list[int] = []
    for b in bounds:
        while b < len(ctx.text) and ctx.text[b] == " ":
            b += 1
        m = next((m for m in ctx.mentions if b <= m.start <= b + 4 and
                  m.key in ctx.entities and
                  ctx.text[b:m.start].strip().lower() in ("", "the")), None)
        if m is None or coarse(ctx.label(m.key)) not in PARTY_CLASSES:
            continue
        if RUN_ON.match(ctx.text[m.end:m.end + 40]):
            continue
        if m.key not in out:
            out.append(m.key)
    return out
