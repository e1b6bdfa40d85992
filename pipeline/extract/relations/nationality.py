"""Nationality words that place a post or a place in a country the page names.

* "French President X", "the Japanese Prime Minister Y": a
  national office held in that country (position);
* "the Japanese city of Hagi", "Chinese megacities Harbin and Chengdu", "the Italian
  Adriatic resort of Rimini": a place of that country (located_in).

Demonyms come from the maintained ``countryinfo`` package (one per country; where a word
names several, as "French" or "Chinese" do, the most populous country is meant). A row
needs the country itself among the document's entities: the word alone creates nothing.
Job words after a nationality ("German economist X", "French striker Y") say where a
person comes from, not a post, so only national offices count.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import Context, coarse
from pipeline.model import Relation

TITLE_WORDS = frozenset(rp.TITLE_WORDS)
NATIONAL_TITLES = frozenset(rp.NATIONAL_TITLE_HEADS)
PLACE_NOUNS = frozenset(rp.NATIONAL_PLACE_NOUNS)
FORMER = frozenset(rp.FORMER_WORDS)
HONORIFICS = frozenset(rp.HONORIFICS)
# Words that may stand between a nationality and its place noun: "the Italian Adriatic
# resort of Rimini" (a named region), "the southern Chinese city of X" (adjectives).
MAX_GAP = 3


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-cased demonym -> ISO 3166-1 alpha-2 code, most populous country first."""
    from countryinfo import all_countries

    best: dict[str, tuple[int, str]] = {}
    for c in all_countries():
        word, code = c.demonym(), c.iso(2)
        if not word or not code:
            continue
        people = c.population() or 0
        key = word.lower()
        if key not in best or people > best[key][0]:
            best[key] = (people, code)
    return {word: code for word, (_people, code) in best.items()}


def nationality_rows(ctx: Context) -> list[Relation]:
    if not any(t.is_title and t.pos_ in ("ADJ", "PROPN") for t in ctx.doc):
        return []
    countries = document_countries(ctx)
    if not countries:
        return []
    rows: list[Relation] = []
    table = None
    for tok in ctx.doc:
        if not tok.is_title or tok.pos_ not in ("ADJ", "PROPN"):
            continue
        table = table if table is not None else demonyms()
        code, after = _demonym_at(ctx, tok, table)
        country = countries.get(code) if code else None
        if country is None:
            continue
        rows += _office_rows(ctx, after, country)
        rows += _place_rows(ctx, after, country)
    return rows


def document_countries(ctx: Context) -> dict[str, int]:
    """Country code -> the document's entity for that country."""
    g = gazetteer()
    out: dict[str, int] = {}
    for e in ctx.entities.values():
        if coarse(e.type) != "PLACE":
            continue
        for form in [e.name, *e.aliases]:
            code = g.country_code(form)
            if code:
                out.setdefault(code, e.key)
                break
    return out


def _demonym_at(ctx: Context, tok: Token, table: dict[str, str]) -> tuple[str, int]:
    """The country a nationality word starting at ``tok`` names ("South Korean" is two
    words), and the index of the token after it."""
    doc = ctx.doc
    if tok.i + 1 < len(doc):
        two = f"{tok.lower_} {doc[tok.i + 1].lower_}"
        if two in table:
            return table[two], tok.i + 2
    if tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in table:
        return "", 0  # the second word of "South Korean": the first gave the row
    return table.get(tok.lower_, ""), tok.i + 1


def _row(ctx: Context, tok: Token, rtype: str, subject: int, obj: int, rule: str,
         role: str = "") -> Relation:
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return Relation(type=rtype, sentence_start=sent.start_char, subject_key=subject,
                    object_key=obj, rule=rule, role=role)


def _office_rows(ctx: Context, i: int, country: int) -> list[Relation]:
    """'French President X', 'the Japanese former Prime Minister X'."""
    doc = ctx.doc
    title: list[Token] = []
    former = ""
    while i < len(doc) and ctx.key_at(doc[i]) is None and (
            doc[i].lower_ in TITLE_WORDS or doc[i].lower_ in FORMER):
        if doc[i].lower_ in FORMER:
            if title:
                return []
            former = doc[i].lower_
        else:
            title.append(doc[i])
        i += 1
    if not title or not any(t.lower_ in NATIONAL_TITLES for t in title):
        return []
    while i < len(doc) and doc[i].lower_ in HONORIFICS:
        i += 1
    if i >= len(doc) or ctx.sent_of[i] != ctx.sent_of[title[0].i]:
        return []
    person = ctx.key_at(doc[i])
    if person is None or coarse(ctx.label(person)) != "PERSON":
        return []
    role = " ".join(t.text for t in title)
    if not former:
        former = _former_before(ctx, title[0])
    if former:
        role = f"{former} {role}"
    return [_row(ctx, title[0], "position", person, country, "position_nationality_title",
                 role=role)]


def _former_before(ctx: Context, title: Token) -> str:
    """'former Japanese Foreign Minister X': 'former' before the nationality word."""
    doc = ctx.doc
    for t in doc[max(0, title.i - 3):title.i]:
        if t.lower_ in FORMER and ctx.sent_of[t.i] == ctx.sent_of[title.i] and all(
                w.pos_ in ("ADJ", "PROPN") for w in doc[t.i + 1:title.i]):
            return t.lower_
    return ""


def _place_rows(ctx: Context, i: int, country: int) -> list[Relation]:
    """'the Japanese city of Hagi', 'Chinese megacities Harbin and Chengdu'."""
    doc = ctx.doc
    start = i
    while i < len(doc) and i - start <= MAX_GAP and not _place_noun(doc[i])[0]:
        if doc[i].pos_ not in ("ADJ", "PROPN") or doc[i].is_punct:
            return []
        i += 1
    if i >= len(doc) or ctx.key_at(doc[i]) is not None:
        return []
    found, plural = _place_noun(doc[i])
    if not found:
        return []
    noun = doc[i]
    i += 1
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    places = _place_list(ctx, doc[i:ctx.sents[ctx.sent_of[noun.i]].end], plural=plural)
    return [_row(ctx, noun, "located_in", p, country, "located_in_nationality")
            for p in places if p != country]


def _place_noun(tok: Token) -> tuple[bool, bool]:
    """(is a place noun, is plural); the small model leaves rare plurals such as
    "megacities" unlemmatised, so plain English plural endings are undone here."""
    word = tok.lower_
    if tok.lemma_.lower() in PLACE_NOUNS:
        return True, tok.tag_ == "NNS"
    for suffix, repl in (("ies", "y"), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in PLACE_NOUNS:
            return True, True
    return False, False


def _place_list(ctx: Context, tokens: Span, plural: bool) -> list[int]:
    """The place named right after the noun, or the places listed after a plural noun
    ("megacities Harbin and Chengdu"); the list stops at the first other word."""
    out: list[int] = []
    expect = True
    for t in tokens:
        key = ctx.key_at(t)
        if key is not None:
            if not expect and key not in out:
                break
            if key not in out:
                if coarse(ctx.label(key)) != "PLACE":
                    break
                out.append(key)
            expect = False
            continue
        if plural and out and t.lower_ in (",", "and"):
            expect = True
            continue
        break
    return out if (plural or len(out) <= 1) else out[:1]
