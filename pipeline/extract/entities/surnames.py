"""A person named in full once, then by the family name alone, which the model missed.

News names a person in full on first mention and by the family name after ("Mayor Ana
Roe visited Orby. ... Roe met the governor"). The small model often leaves the lone
family name unlabelled when it is rare, so every later visit, meeting or quote of that
person is lost. A family name that stands alone is taken as the person's when exactly one
person of the article bears it, and the word is not also written in lower case, nor a
place the gazetteer knows well, nor part of another name found in the article ("Ford" beside
"Ford Motor"): a wrong person is worse than a missed one. Coreference then joins the
short form to the full name.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import is_native
from pipeline.extract.entities.spans import Cand, Coverage, Span, title_before

# A name word: capitalised, letters, inner hyphens or apostrophes ("O'Hara", "Jae-won").
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*")
# A family name shorter than this is too often an initial or an abbreviation.
MIN_SURNAME = 3


def _family_name(name: str) -> str:
    """The family name of a full name of two to four words: the last word, or the first in
    East Asian order (a hyphenated given name, "Yoon Sang-hee"; a family name in capitals,
    "KIM Jae-won")."""
    parts = name.split()
    if not 2 <= len(parts) <= 4:
        return ""
    if len(parts) == 2 and ("-" in parts[1] or parts[0].isupper() and len(parts[0]) > 1):
        family = parts[0].capitalize() if parts[0].isupper() else parts[0]
    else:
        family = parts[-1]
    return family if _NAME_WORD.fullmatch(family) and len(family) >= MIN_SURNAME else ""


def surname_repeats(doc, cands: list[Cand], text: str, blocked: list[Span] = ()) -> list[Cand]:
    """Candidates for family names standing alone, of the one person who bears each
    (``blocked``: other stages' spans)."""
    bearers: dict[str, set[str]] = {}
    other_words: set[str] = set()
    for c in cands:
        name = " ".join(text[c.start : c.end].split())
        if c.label == "PERSON" and not is_native(name):
            family = _family_name(name)
            if family:
                bearers.setdefault(family, set()).add(name)
        elif c.label is not None:
            other_words.update(name.split())
    families = {
        family for family, names in bearers.items()
        if len(names) == 1 and family not in other_words and
        re.search(rf"(?<![\w-]){re.escape(family.lower())}(?![\w-])", text) is None and
        not gazetteer().places(family).well_known
    }
    if not families:
        return []
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(
        re.escape(f) for f in sorted(families, key=len, reverse=True)) + r")(?![\w-])")
    covered = Coverage(text, cands, blocked)
    added = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        if not covered.free(s, e) or doc.char_span(s, e) is None:
            continue
        if _capitalised_beside(text, s, e):
            continue  # "Roe Holdings", "Anna Roe": part of a longer name
        added.append(Cand(s, e, "PERSON", "surname", title=title_before(text, s), weight=0))
        covered.add(s, e)
    return added


_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ ]$")
_WORD_AFTER = re.compile(r"[ ]([A-Z][\w'’-]*)")


def _capitalised_beside(text: str, s: int, e: int) -> bool:
    """A capitalised word right before or after, other than a title before it ("Mayor
    Roe") or a sentence's first word ("But Roe said")."""
    after = _WORD_AFTER.match(text, e)
    if after:
        return True
    before = _WORD_BEFORE.search(text, max(0, s - 40), s)
    if before is None:
        return False
    if title_before(text, s):
        return False
    word = before.group(1)
    if word[-1] in ".!?" and len(word) > 2:
        return False  # "... arrived in Tornby. Yoon thanked": the sentence before ends there
    last = text[:before.start(1)].rstrip()[-1:]
    return bool(last) and last not in ".!?\"“"  # (nothing, or a sentence's end, before it)
