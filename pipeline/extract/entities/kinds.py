"""The type of an in-document entity, decided over all its mentions and what we know.

spaCy labels each mention on its own, and the small model is often wrong about names it has
rarely seen: well-known cities become PERSON or WORK_OF_ART, regions ORG, people GPE. So the
type is a decision over the whole group: the model's votes, the words around every mention
(a title or "Mr." before a name, an appositive role after it; "in", "the city of", ", Japan"
around a place) and the gazetteer (gazetteer.py). Person evidence always beats place
knowledge, since GeoNames has towns named like people ("Jackson", "Beverly"); place
knowledge overrules the model only where the name, in every form the article uses, is a
place name, and a small town only with place words around it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import is_acronym, place_base
from pipeline.extract.entities.rules import (
    COMPANY_KIND_NOUNS,
    COUNTRY_CUSTOMARY_NAMES,
    DIVISION_NOUNS_AFTER,
    HONORIFICS,
    KIN_NOUNS,
    NOT_APPOSITIVE_ROLES,
    ORG_APPOSITIVE_NOUNS,
    PERSON_ROLES_BEFORE,
    PLACE_LABELS,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    TITLES,
    WELL_KNOWN_CITY,
)
from pipeline.extract.entities.spans import looks_like_person

# Label preference when votes tie: places and organisations are more often mislabelled
# PERSON by the small model than the other way round.
TIE_ORDER = ("GPE", "ORG", "PERSON", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW",
             "WORK_OF_ART", "LANGUAGE")

_ROLES = sorted(({t.lower() for t in TITLES} | set(ROLE_NOUNS)) - NOT_APPOSITIVE_ROLES,
                key=len, reverse=True)
_ROLE = "|".join(re.escape(r) for r in _ROLES)
# "Ann Moreau, Mayor of Kelton", "Tim Cook, chief executive of Apple": a role after a
# comma describes the name before it, unless a name follows the role ("X, Mayor Kim said").
_APPOSITIVE_ROLE = re.compile(
    r"(?:\s*\(\s*\d{1,3}\s*\))?,\s+(?:the\s+|a\s+|an\s+|former\s+|then\s+)?"
    r"(?:[A-Za-z]+\s+)?(?:" + _ROLE + r")\s*(?:,|\b(?:of|for|at|in|on|with)\b)",
    re.IGNORECASE,
)
# "Zentor, China's largest ride-hailing platform", "Halvex, a Lisbon-based startup"
_ORG_APPOSITIVE = re.compile(
    r"^,\s+(?:[\w.-]+['’]s\s+|the\s+|a\s+|an\s+)(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(COMPANY_KIND_NOUNS + ORG_APPOSITIVE_NOUNS) + r")s?"
    # the noun phrase ends there: not "X, the firm wanted ..." (a new clause)
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|for|with|that|which|based|founded|known)\b)")
# "chief executive Merete Olsen", "Acme spokeswoman Ana Roe": a person's role, lower case,
# right before the name
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:" + "|".join(re.escape(r) for r in sorted(
        PERSON_ROLES_BEFORE, key=len, reverse=True)) + r")\s+$")
_KIN_BEFORE = re.compile(
    r"(?:^|\s)(?:his|her|their|my|our|your|whose|[A-Z][\w-]*['’]s)\s+(?:late\s+)?(?:"
    + "|".join(KIN_NOUNS) + r")\s+$", re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+$"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:" + "|".join(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?$", re.IGNORECASE
)
_PLACE_NOUN = "|".join(PLACE_NOUNS)
# "the city of X", "the mayor of X": X is a place whatever else we know
_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(PLACE_OF_NOUNS) + r")\s+of\s+$", re.IGNORECASE)
# "X is a city", "X, a port city", "X as a candidate city"
_PLACE_NOUN_AFTER = re.compile(
    r"^(?:,|\s+(?:is|was|as|became|has become|remains))\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:" + _PLACE_NOUN + r")\b",
    re.IGNORECASE,
)
# "X has been the sister city of Y", "X, a twin town of Y": only places are twinned
_TWINNED_AFTER = re.compile(
    r"^(?:,|\s+(?:is|was|has been|had been|became|has become|remains))\s+(?:a|an|the|one of"
    r"\s+(?:the|its|our|their)|its|our|their)\s+(?:sister|twin|friendship)[\s-]+(?:cit|town)",
    re.IGNORECASE,
)
# "Velmora province", "Kyoto prefecture": a division noun after the name
_DIVISION_AFTER = re.compile(r"^\s+(?:" + "|".join(DIVISION_NOUNS_AFTER) + r")\b")
# "X, Japan", "X (China)", "VALENCIA, Spain—June 21": not "X, Ostland's largest firm"
_COUNTRY_AFTER = re.compile(r"^(?:,\s+|\s+\()((?:[A-Z][\w.'’-]*?\s?){1,4}?)(?=[,.;:)—–\n-]|$)")


@dataclass
class Cues:
    person: int = 0  # mentions with a title, an honorific or an appositive role
    place: int = 0  # mentions with place words around them
    sure_place: int = 0  # "the city of X", "the mayor of X"
    org_role: int = 0  # followed by its officer ("X chief executive") or "X, a startup"


def mention_cues(text: str, start: int, end: int, title: str) -> Cues:
    """The person and place evidence written around one mention."""
    cues = Cues()
    before = text[max(0, start - 40) : start]
    after = text[end : end + 80]
    if title or _HONORIFIC_BEFORE.search(before) or _ROLE_BEFORE.search(before) or \
            _KIN_BEFORE.search(before) or _APPOSITIVE_ROLE.match(after):
        cues.person = 1
    if _ORG_APPOSITIVE.match(after):
        cues.org_role = 1
    if _OF_BEFORE.search(before) or _DIVISION_AFTER.match(after) or _TWINNED_AFTER.match(after):
        cues.place = cues.sure_place = 1
    elif (_PREPOSITION_BEFORE.search(before) or _PLACE_NOUN_AFTER.match(after)
          or _country_after(after)):
        cues.place = 1
    return cues


def _country_after(after: str) -> bool:
    m = _COUNTRY_AFTER.match(after)
    if not m:
        return False
    words = m.group(1).split()
    g = gazetteer()
    name = " ".join(words).rstrip(".,")  # "New Zealand", "Japan", "Tuscany"
    return bool(g.country_code(name) and not is_acronym(name) or g.places(name).region)


def country_of(forms: list[str]) -> str | None:
    """The ISO code of the country that some form of a place's name names, if any."""
    g = gazetteer()
    for form in forms:
        code = g.country_code(form)
        if code is not None:
            return code
    return None


@dataclass
class Knowledge:
    """What the gazetteer says about every form of a group's name."""

    country: bool = False
    region: bool = False
    population: int = 0  # of the largest city every form can be; 0 when no city

    @property
    def any(self) -> bool:
        return self.country or self.region or self.population > 0


def knowledge(forms: list[str]) -> Knowledge:
    """Place knowledge that holds for every form of the name (acronyms aside), else none.

    "Jordan" is a country, but a group that also holds "Michael Jordan" is not a place.
    """
    g = gazetteer()
    # "ROK", "U.S.": customary and dotted country codes; other codes may be organisations'
    codes = [f for f in forms if f in COUNTRY_CUSTOMARY_NAMES or f.endswith(".") and is_acronym(f)]
    if codes and g.country_code(codes[0]):
        return Knowledge(country=True)
    # "TORNBY" in a dateline is a name in capitals, "UN" an acronym
    names = [place_base(f) for f in forms if f and not (is_acronym(f) and len(f) < 4)]
    if not names:
        return Knowledge()
    out = Knowledge(country=True, region=True, population=10**12)
    for name in set(names):
        p = g.places(name)
        if not p:
            return Knowledge()
        out.country &= p.country is not None
        out.region &= p.country is not None or p.region is not None
        out.population = min(out.population, p.city.population if p.city else 0)
    if out.country:
        out.region = False
    if out.population == 10**12:
        out.population = 0
    return out


def decide(score: Counter, cues: Cues, know: Knowledge, forms: list[str]) -> str | None:
    """The group's label from the model's votes, the cues and the gazetteer.

    Returns None when the evidence leaves the model's vote standing.
    """
    if not score:
        return None
    best = max(score.values())
    top = next(lab for lab in TIE_ORDER if score.get(lab) == best)
    names = [f for f in forms if not is_acronym(f)] or forms  # "KIM" of "KIM Jae-won"
    if cues.person and not know.country and all(looks_like_person(f) for f in names):
        return "PERSON"
    if top in PLACE_LABELS or cues.person:
        return None
    if cues.org_role and top != "ORG" and not know.any:
        return "ORG"  # "Zentor Labs chief executive Ana Cruz": the model saw a person
    if not know.any:
        return "GPE" if cues.sure_place and top in ("ORG", "PERSON") else None
    if know.country:
        return "GPE"
    if top == "PERSON":
        if know.region and cues.place:
            return "GPE"
        if know.population >= WELL_KNOWN_CITY or (know.population and cues.place):
            return "GPE"
        return None
    if top == "ORG":
        # organisations named after places are common ("Lisbon Metro"), so the name must be
        # used as a place in the article, or be a region
        return "GPE" if cues.place or know.region else None
    # NORP, WORK_OF_ART, PRODUCT, EVENT...: the model had no good reading of the name
    if know.region or know.population >= WELL_KNOWN_CITY or cues.place:
        return "GPE"
    return None


# between items: ", ", " and ", ", or ", " & ", after an optional gloss ("Kranjvik (Latvia), ")
_LIST_GAP = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)")


def lists_of_names(text: str, cands) -> list[list]:
    """Runs of three or more names joined only by commas, 'and', 'or' on one line."""
    ordered = sorted(cands, key=lambda c: c.start)
    # a gloss in parentheses after an item ("Kranjvik (Latvia)") is part of the gap
    ordered = [c for i, c in enumerate(ordered) if not (
        i and re.fullmatch(r"\s*\(", text[ordered[i - 1].end : c.start])
        and text[c.end : c.end + 1] == ")")]
    runs: list[list] = []
    run: list = []
    for c in ordered:
        if run and _LIST_GAP.fullmatch(text[run[-1].end : c.start]):
            run.append(c)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [c]
    if len(run) >= 3:
        runs.append(run)
    return runs
