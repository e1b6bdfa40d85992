"""Located_in rows to drop whatever rule proposed them: the pair's names say the thing
is beside the place, or is the place itself.

* a name and its own initials ("Kelvik Community (KC)", "New Tornby State, NTS"): one
  place written twice, not a place inside another;
* a sea, gulf or strait as the thing located: open water lies beside the lands listed
  after it or beside ("the Gulf of Tornby, Ostland, the Kelvik Sea", "the Gulf of Tornby
  offshore Ostland");
* an object whose name ends in a company's legal form ("Acme Corp's Spark lamps"): a
  firm the model typed as a place owns the thing, it does not contain it;
* a place named only after "off" or "offshore" in the sentence: what is there lies
  beside it ("a block off Ostland in the Kelvik Sea" puts Ostland in no sea);
* a container named only after "near", "outside", "a suburb of", "the outskirts of" or
  "ten miles north of": the thing lies by the place, not in it ("Kelby, a suburb of
  Tornby" is in Tornby's metropolitan area, not in the city). "In the north of Ostland"
  names a part of it and stays.
"""

from __future__ import annotations

from pipeline.extract.relations.context import Context
from pipeline.extract.relations.lexicon import (
    BESIDE_OF_NOUNS,
    BESIDE_WORDS,
    COAST_WORDS,
    COMPASS_WORDS,
    OFFSHORE_WORDS,
    WATER_NOUNS,
)
from pipeline.extract.relations.located import ORG_FORMS
from pipeline.extract.relations.place_knowledge import known_place
from pipeline.model import Relation

WATER = frozenset(WATER_NOUNS)
OFFSHORE = frozenset(OFFSHORE_WORDS)
COAST = frozenset(COAST_WORDS)
BESIDE = frozenset(BESIDE_WORDS)
BESIDE_OF = frozenset(BESIDE_OF_NOUNS)
COMPASS = frozenset(COMPASS_WORDS)
# Small words that initials leave out ("Bank of Tornby" -> "BOT" or "BT").
INITIALS_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "la"})


def doubtful_location(ctx: Context, row: Relation) -> bool:
    subject = ctx.entities[row.subject_key]
    obj = ctx.entities[row.object_key]
    if initials_of(subject.name, obj.name) or initials_of(obj.name, subject.name):
        return True
    return water_body(subject.name) or firm_name(obj.name) or \
        _offshore(ctx, row, row.subject_key) or _offshore(ctx, row, row.object_key) or \
        _only_after(ctx, row, row.object_key, _after_beside)


def initials_of(name: str, short: str) -> bool:
    """'KC' is 'Kelvik Community' written short ('K.C.' too): the same place."""
    letters = short.replace(".", "").replace(" ", "")
    if len(letters) < 2 or not letters.isupper():
        return False
    words = [w for w in name.replace("-", " ").split() if w.lower() not in INITIALS_SKIP]
    full = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    every = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()).upper()
    return letters in (full, every)


def firm_name(name: str) -> bool:
    """'Acme Corp', 'Tornby Holdings Ltd': two or more words, the last a legal form."""
    words = name.split()
    return len(words) >= 2 and words[-1].replace(".", "").upper() in ORG_FORMS


def water_body(name: str) -> bool:
    """'the North Sea', 'Gulf of Mexico', 'Strait of Hormuz': open water by its head
    word (the last word, or the word before 'of')."""
    words = name.lower().split()
    if not words:
        return False
    heads = {words[-1]} | {w for i, w in enumerate(words[:-1]) if words[i + 1] == "of"}
    return bool(heads & WATER)


def _offshore(ctx: Context, row: Relation, key: int) -> bool:
    """Every mention of the place in the row's sentence follows an offshore word."""
    return _only_after(ctx, row, key, _after_offshore)


def _only_after(ctx: Context, row: Relation, key: int, before) -> bool:
    """Every mention of the place in the row's sentence has ``before`` true."""
    sent = ctx.sentence_at(row.sentence_start)
    if sent is None:
        return False
    starts = [t for t in sent if ctx.key_at(t) == key and
              (t.i == sent.start or ctx.key_at(t.doc[t.i - 1]) != key)]
    return bool(starts) and all(before(t, sent.start) for t in starts)


def _after_offshore(tok, first: int) -> bool:
    """'offshore Y', 'off Y', 'off the eastern coast of Y'."""
    i = tok.i - 1
    while i >= first and (tok.doc[i].lower_ in COAST or tok.doc[i].pos_ == "ADJ"):
        i -= 1
    return i >= first and tok.doc[i].lower_ in OFFSHORE


def _after_beside(tok, first: int) -> bool:
    """'near Y', 'outside the city of Y', 'a suburb of Y', 'the outskirts of Y', 'ten
    miles north of Y' (not 'in the north of Y', a part of it)."""
    doc = tok.doc
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1  # the rest of the name
    if end + 1 < len(doc) and doc[end + 1].lower_ in ("'s", "’s"):
        return False  # "south of Iran's Kharg island": the island is beside, Iran holds it
    i = tok.i - 1
    while i >= first and doc[i].lower_ in ("the", "city", "town") or \
            i > first and doc[i].lower_ == "of" and doc[i - 1].lower_ in ("city", "town"):
        i -= 1  # "near the city of Y"
    if i < first:
        return False
    if doc[i].lower_ in BESIDE:
        return True
    if doc[i].lower_ != "of" or i - 1 < first:
        return False
    noun = doc[i - 1].lower_
    if noun in BESIDE_OF:
        return True
    return noun in COMPASS and (i - 2 < first or doc[i - 2].lower_ not in ("the", "its"))


def branch_named_for_place(ctx: Context, span) -> bool:
    """"the bank of New York's London office", "Tornby's Paris branch": an office or branch
    named for a known place is where it is, not a part of its possessor."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.lemma_.lower() not in ("office", "branch", "bureau"):
        return False
    keys = [ctx.key_at(t) for t in span if ctx.key_at(t) is not None]
    return bool(keys) and known_place(ctx, keys[-1])
