"""Names the model misses in conventional places: after a form of address, in a dateline,
after a noun saying what kind of company follows, between two organisations in a list.

A form of address ("Mr", "Ms.", "Dr.", "Prof.") is always followed by a person's name, but
the small model misses names it has rarely seen ("Mr Dong-Hyun Park") and reads a family name
written in capitals, a convention of East Asian and French documents ("Mr. KIM Jae-won"), as
an acronym and so an organisation. A dateline ("LISBON, Portugal—June 3 —") opens a story
with the place it was filed from in capitals, which the model seldom labels at all. News
introduces a company by its kind ("drugmaker Zentor", "retailer Brightwater"), and the
model, not knowing the name, often leaves it out or calls it a person.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.clean.pubdate import dateline_end
from pipeline.extract.entities.dictionary import is_dictionary_word
from pipeline.extract.entities.gazetteer import gazetteer, well_known_place
from pipeline.extract.entities.rules import (
    ADDRESS_FORMS,
    AMBIGUOUS_TITLES,
    COMMON_ABBREVIATIONS,
    COMPANY_KIND_NOUNS,
    DIVISION_HEADS,
    FAC_HEADS,
    LOC_HEADS,
    MAKER_NOUN,
    MONTH_NAMES,
    NOT_PERSON_WORDS,
    ORG_HEADS,
    PERSON_MAKER_WORDS,
    PLACE_EXTENT_PHRASES,
    PLACE_LABELS,
    ROLE_NOUNS,
    SEAT_AFTER_LEGAL_FORMS,
    TITLE_MODIFIER_WORDS,
    TITLE_OF,
    TITLES,
)
from pipeline.extract.entities.spans import Cand, Coverage, Span

# A word of a name: capitalised, hyphenated parts allowed ("Dong-Hyun", "Jae-won", "KIM",
# "O'Hara"); not a possessive ("Mr Lund's Budget": the name stops before it).
_NAME_WORD = r"[A-Z]\w*+(?:['’][A-Z]\w*+)?(?:-[A-Za-z]\w*+)*+(?!['’]\w)"
_ADDRESSED = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in ADDRESS_FORMS) + r")\.?[ ]+"
    r"(" + _NAME_WORD + r"(?:[ ]+" + _NAME_WORD + r"){0,3})"
)
# a word of a name with letters beyond ASCII ("María", "Ángel", "Łukasz")
_INTL_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž]\w*+(?:-[A-Za-zÀ-ž]\w*+)*+(?!['’\w-])"
# "Lake City Mayor Ana Sofía Beltrán Quintero signed": a title the model reads as no
# other name's first word, then two to four capitalised words
_TITLED = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(t) for t in sorted(
        (t for t in TITLES if t not in AMBIGUOUS_TITLES and t[:1].isupper() and "." not in t),
        key=len, reverse=True))
    + r")[ ]+(" + _INTL_NAME_WORD + r"(?:[ ]+" + _INTL_NAME_WORD + r"){1,3})(?![ ]+[A-Z])")
# words that make a capitalised run after a title something other than a person's name
_NOT_IN_TITLED_NAME = (NOT_PERSON_WORDS | ORG_HEADS | FAC_HEADS | LOC_HEADS | DIVISION_HEADS
                       | MONTH_NAMES)
_TITLE_WORDS = (frozenset(w for t in TITLES for w in t.split()) | AMBIGUOUS_TITLES
                | {r.capitalize() for r in ROLE_NOUNS if " " not in r})
# "VALENCIA, Spain—June 21", "PORTO, Portugal - ": capitals, a comma, a capitalised name
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}),[ ]+[A-Z][\w.]+(?: [A-Z][\w.]+)?"
    r"[ ]*[—–-]")

_KIND_NOUN = re.compile(
    r"\b(?:([A-Za-z]+)[ ]+(?=" + MAKER_NOUN + r"\b))?(?:[a-z]+-)?(?:"
    + "|".join((*COMPANY_KIND_NOUNS, MAKER_NOUN)) + r")[ ]+(" + _NAME_WORD
    + r"(?:[ ]+" + _NAME_WORD + r"){0,3})(?!['’\w-])")


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use: resolution imports this package
    in the run process, which must not pay for importing spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _name_words(words: list[str]) -> list[str]:
    """The words of a name up to the first title or role word ("KIM Jae-won Mayor of ...")."""
    if words[0].rstrip(".") in ADDRESS_FORMS:  # "Prof. Dr. Ana Sousa": the next form's name
        return []
    out = []
    for w in words:
        if w in _TITLE_WORDS:
            break
        if w in NOT_PERSON_WORDS:  # "Mr Price Group": not a person after all
            return []
        out.append(w)
    return out


def addressed_names(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """The name after each form of address as a PERSON, replacing shorter or mislabelled
    candidates inside it ("CHO", ORG); a person candidate already there is kept as it is."""
    replaced: set[int] = set()
    added: list[Cand] = []
    other = Coverage(text, [], blocked)
    for m in _ADDRESSED.finditer(text):
        words = _name_words(m.group(1).split())
        if not words or all(w.isupper() for w in words) and len(words) == 1:
            continue
        s = m.start(1)
        e = s + len(" ".join(words))
        if text[s:e] != " ".join(words) or not other.free(s, e):
            continue
        inside = [i for i, c in enumerate(cands) if c.start < e and c.end > s]
        if any(cands[i].label == "PERSON" or cands[i].start < s or cands[i].end > e
               for i in inside):
            continue
        replaced.update(inside)
        added.append(Cand(s, e, "PERSON", "addressed", weight=2))
    if not added:
        return cands
    return [c for i, c in enumerate(cands) if i not in replaced] + added


def titled_names(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """The name after a title ("Mayor", "Governor", "Vice Minister") where the model labelled
    nothing: two to four capitalised words, none a title, organisation, place or month word,
    not a place the gazetteer knows. The model misses long names in languages it has seen
    little of ("Mayor Ana Sofía Beltrán Quintero"), and a name it misses once it often
    labels wrongly when repeated alone."""
    covered = Coverage(text, cands, blocked)
    added: list[Cand] = []
    for m in _TITLED.finditer(text):
        words = m.group(2).split()
        if any(w in _TITLE_WORDS or w in _NOT_IN_TITLED_NAME or w.isupper()
               or w.lower() in stop_words() for w in words):
            continue
        s, e = m.span(2)
        if covered.free(s, e) and not gazetteer().places(m.group(2)):
            added.append(Cand(s, e, "PERSON", "titled", m.group(1), weight=2))
            covered.add(s, e)
    return cands + added if added else cands


# "Velmont-sur-Lac", "Orby-on-the-Wold": a lower-case connective between hyphens is written
# only inside place names
_CONNECTIVE_NAME = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][\w'’]*+)(?:-[a-z]{1,5})+-[A-ZÀ-Þ][\w'’]*+(?:-[A-ZÀ-Þ][\w'’]*+)*+")


def hyphenated_place_names(text: str, cands: list[Cand]) -> tuple[list[Cand], list]:
    """Hyphenated place names with a lower-case connective that the gazetteer knows, where
    the model labelled none (it reads "sur", "en" as a date or a word of a foreign phrase),
    and their first part written alone ("twinned with Velmont"), linked to them: residents
    shorten such names so. Returns the candidates and the (long, short) links."""
    covered = Coverage(text, cands)
    found: dict[str, Span] = {}
    added: list[Cand] = []
    for m in _CONNECTIVE_NAME.finditer(text):
        s, e = m.span()
        if covered.free(s, e) and gazetteer().places(m.group()):
            added.append(Cand(s, e, "GPE", "hyphenated-place", weight=2))
            covered.add(s, e)
            found.setdefault(m.group(1), (s, e))
        elif any(c.start == s and c.end == e and c.label in PLACE_LABELS for c in cands):
            found.setdefault(m.group(1), (s, e))
    links = []
    for c in cands:
        span = found.get(text[c.start : c.end])
        if span is not None and c.label in ("GPE", "PERSON", "ORG", None):
            c.label, c.rule = "GPE", "hyphenated-short"
            links.append((span, (c.start, c.end)))
    return (cands + added if added else cands), links


# "Velmora Chief Minister Ana Roe": up to three capitalised words, a title, a capitalised name
_PLACE_BEFORE_TITLE = re.compile(
    r"(?<![\w.'’-])(" + _NAME_WORD + r"(?:[ ]+" + _NAME_WORD + r"){0,2}?)[ ]+(?:"
    + "|".join(re.escape(t) for t in sorted((t for t in TITLES if "." not in t),
                                            key=len, reverse=True))
    + r")[ ]+[A-Z]")


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ ]+$")


def places_before_titles(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """The place a title belongs to, written before it ("Velmora Chief Minister Ana Roe",
    "Orby Governor Lund"), when the gazetteer knows the name as a country, region or city
    (by the city's own name, not one of its alternate names):
    a new candidate where the model labelled nothing, a place hint where it saw a person.
    Not inside a longer run of capitalised words ("Mr Orby Director Lee")."""
    covered = Coverage(text, cands, blocked)
    by_span = {(c.start, c.end): c for c in cands}
    added = []
    for m in _PLACE_BEFORE_TITLE.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if words[0] in _TITLE_WORDS or words[0] in COMMON_ABBREVIATIONS or (
                words[0].lower() in stop_words()) or (
                _CAPITALISED_BEFORE.search(text, max(0, s - 40), s)):
            continue
        if not gazetteer().places(m.group(1)).well_known:
            continue
        _place_at(by_span, covered, added, s, e, "place-before-title")
    return cands + added if added else cands


def _place_at(by_span: dict, covered: Coverage, added: list[Cand], s: int, e: int,
              rule: str) -> None:
    """A place hint where the model saw a person (untitled) at s:e, else a new GPE
    candidate where it labelled nothing."""
    same = by_span.get((s, e))
    if same is not None and same.label == "PERSON" and not same.title:
        same.hint = "GPE"
    elif covered.free(s, e):
        added.append(Cand(s, e, "GPE", rule))
        covered.add(s, e)


# "Zentor chief executive Ana Roe", "Zentor CEO Ana Roe": up to three capitalised words, a
# company officer's title, a capitalised name
_ORG_TITLES = sorted((t for t, kind in TITLE_OF.items() if kind == "ORG"), key=len,
                     reverse=True)
_ORG_TITLE_NEXT = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in _ORG_TITLES) + r")[ ]+(?=[A-Z][a-z])")
# up to three capitalised words ending right where a title or an extent phrase starts
# (found from those words, which are rare, rather than from every capitalised word)
_NAME_RUN_END = re.compile(
    r"(?<![\w.'’-])(" + _NAME_WORD + r"(?:[ ]+" + _NAME_WORD + r"){0,2})[ ]+$")


def _names_before(text: str, anchors: re.Pattern):
    """(start, end, name, anchor start) of each name run right before an anchor match."""
    for a in anchors.finditer(text):
        m = _NAME_RUN_END.search(text, max(0, a.start() - 80), a.start())
        if m:
            yield m.start(1), m.end(1), m.group(1), a.start()


def organisations_before_titles(text: str, cands: list[Cand],
                                blocked: list[Span] = ()) -> list[Cand]:
    """The company a company officer's title belongs to, written before it ("Zentor chief
    executive Ana Roe", "Zentor CEO Ana Roe"), where the model labelled nothing: news
    names a firm so, and the small model misses firms it does not know. Not a place
    (places_before_titles), a title word ("Former CEO"), an English dictionary word
    ("Committee Chairman", "Presidential spokesman"), nor the tail of a longer run of
    capitalised words."""
    covered = Coverage(text, cands, blocked)
    added = []
    for s, e, name, _ in _names_before(text, _ORG_TITLE_NEXT):
        if any(w in _TITLE_WORDS or w.lower() in stop_words() or w in COMMON_ABBREVIATIONS
               or w.lower() in TITLE_MODIFIER_WORDS or is_dictionary_word(w)
               for w in name.split()) or \
                _CAPITALISED_BEFORE.search(text, max(0, s - 40), s) or \
                gazetteer().places(name):
            continue
        if covered.free(s, e):
            added.append(Cand(s, e, "ORG", "org-before-title", hint="ORG"))
            covered.add(s, e)
    return cands + added if added else cands


# "the Velmora metropolitan area": up to three capitalised words, a lower-case extent phrase
_EXTENT = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(PLACE_EXTENT_PHRASES, key=len,
                                                            reverse=True)) + r")\b")
_LEADING_THE = re.compile(r"[Tt]he[ ]+")


def places_before_extents(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """A place named by the extent written after it ("the Velmora metropolitan area", "the
    Orby region"), when the gazetteer knows the whole name as a country, region or city:
    a new candidate where the model labelled nothing, a place hint where it saw a person
    (the small model reads an unfamiliar city before "metro area" as a surname). Not the
    tail of a longer run of capitalised words ("the Orby Valley region" is the valley's)."""
    covered = Coverage(text, cands, blocked)
    by_span = {(c.start, c.end): c for c in cands}
    added = []
    for start, e, name, _ in _names_before(text, _EXTENT):
        the = _LEADING_THE.match(name)
        s = start + the.end() if the else start  # "The Velmora area": the name after it
        if s >= e or text[s:e].split()[0].lower() in stop_words() or \
                _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or \
                not gazetteer().places(text[s:e]).well_known:
            continue
        _place_at(by_span, covered, added, s, e, "place-before-extent")
    return cands + added if added else cands


def dateline_places(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """The place in capitals opening a dateline, when the gazetteer knows it."""
    covered = Coverage(text, cands, blocked)
    added = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        if covered.free(s, e) and gazetteer().places(m.group(1).title()):
            added.append(Cand(s, e, "GPE", "dateline", weight=2))
    return cands + added if added else cands


# A company's name ending in its legal form: "Tarvo Grain Corp", "Beta Holdings Ltd."
_LEGAL_NAME = re.compile(
    r"(?:[A-Z][\w&'’.-]*[ ]+){1,4}(?:"
    + "|".join(re.escape(f) for f in sorted(SEAT_AFTER_LEGAL_FORMS, key=len, reverse=True))
    + r")\b")


def dateline_companies(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """A company opening the story after a dateline ("LONDON - Tarvo Corp is issuing ...").

    The dateline is a sentence of its own (``annotate.dateline_breaks``); the model, which
    wanted one name from the dateline's place on and cannot cross that break, labels the
    place alone and drops the company."""
    covered = Coverage(text, cands, blocked)
    added = []
    start = 0
    while start < len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        first = text[start:start + 1]
        end = dateline_end(text[start:stop], well_known_place) if first.isupper() else 0
        m = _LEGAL_NAME.match(text, start + end, stop) if end else None
        if m and covered.free(*m.span()):
            added.append(Cand(m.start(), m.end(), "ORG", "dateline-company", weight=2))
        start = stop + 1
    return cands + added if added else cands


def kind_noun_names(text: str, cands: list[Cand], blocked: list[Span] = ()) -> list[Cand]:
    """The name after a company-kind noun ("pharmaceutical company Zentor") is an ORG: a new
    candidate where the model found none, an ORG hint where it found the same name."""
    covered = Coverage(text, cands, blocked)
    by_span = {(c.start, c.end): c for c in cands}
    added = []
    for m in _KIND_NOUN.finditer(text):
        words = m.group(2).split()
        if words[0] in _TITLE_WORDS or words[0] in COMMON_ABBREVIATIONS:
            continue  # "the company Chairman Lee", "the company CEO"
        if (m.group(1) or "").lower() in PERSON_MAKER_WORDS:
            continue  # "film maker Ana Roe": a person's trade
        s, e = m.span(2)
        same = by_span.get((s, e))
        if same is not None:
            if same.label != "ORG" and same.label not in ("GPE", "LOC", "FAC"):
                same.hint = "ORG"
        elif covered.free(s, e):
            added.append(Cand(s, e, "ORG", "kind-noun"))
            covered.add(s, e)
    return cands + added if added else cands


# ", Tornby Polytechnic University and ": one name between two list separators
_LIST_ITEM = re.compile(
    r",[ ]+(" + _NAME_WORD + r"(?:[ ]+(?:of|for|and|" + _NAME_WORD + r")){0,6}?)"
    r"(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)")


def _organisation_item(name: str) -> bool:
    """An organisation's head word ends it, or it is one word written like a brand
    ("ZenCorp", "Halvex"), not a common word."""
    words = name.split(" ")
    return words[-1] in ORG_HEADS or (len(words) == 1 and words[0] not in _TITLE_WORDS
                                      and not words[0].isupper())


def list_organisations(text: str, cands: list[Cand]) -> list[Cand]:
    """'the Tornby Institute, Kelton Polytechnic University and Avalon University',
    'Zentor, Brightwater Systems, Halvex and Orvane': a name between two organisations of
    one list, ending in an organisation's head word or of one word, is one too when the model
    skipped it."""
    ordered = sorted((c for c in cands if c.label == "ORG"), key=lambda c: c.start)
    added = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.start - a.end > 120:
            continue
        m = _LIST_ITEM.fullmatch(text, a.end, b.start)
        if m and _organisation_item(m.group(1)) and not any(
                c.start < b.start and c.end > a.end for c in cands):
            added.append(Cand(m.start(1), m.end(1), "ORG", "list-item"))
    return cands + added if added else cands
