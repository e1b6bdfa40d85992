"""Located_in rows to drop whatever rule proposed them: the pair's names say the thing
is beside the place, or is the place itself.

* a name and its own initials ("Kelvik Community (KC)", "New Tornby State, NTS"): one
  place written twice, not a place inside another;
* a sea, gulf or strait as the thing located: open water lies beside the lands listed
  after it or beside ("the Gulf of Tornby, Ostland, the Kelvik Sea", "the Gulf of Tornby
  offshore Ostland").
"""

from __future__ import annotations

from pipeline.extract.relations.context import Context
from pipeline.extract.relations.lexicon import WATER_NOUNS
from pipeline.model import Relation

WATER = frozenset(WATER_NOUNS)
# Small words that initials leave out ("Bank of Tornby" -> "BOT" or "BT").
INITIALS_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "la"})


def doubtful_location(ctx: Context, row: Relation) -> bool:
    subject = ctx.entities[row.subject_key]
    obj = ctx.entities[row.object_key]
    if initials_of(subject.name, obj.name) or initials_of(obj.name, subject.name):
        return True
    return water_body(subject.name)


def initials_of(name: str, short: str) -> bool:
    """'KC' is 'Kelvik Community' written short ('K.C.' too): the same place."""
    letters = short.replace(".", "").replace(" ", "")
    if len(letters) < 2 or not letters.isupper():
        return False
    words = [w for w in name.replace("-", " ").split() if w.lower() not in INITIALS_SKIP]
    full = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    every = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()).upper()
    return letters in (full, every)


def water_body(name: str) -> bool:
    """'the North Sea', 'Gulf of Mexico', 'Strait of Hormuz': open water by its head
    word (the last word, or the word before 'of')."""
    words = name.lower().split()
    if not words:
        return False
    heads = {words[-1]} | {w for i, w in enumerate(words[:-1]) if words[i + 1] == "of"}
    return bool(heads & WATER)
