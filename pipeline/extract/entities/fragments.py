"""Names cut short or run on, and names that are events rather than organisations.

The model's span bounds fail in a few general ways that clean_span cannot see from one span
alone: a role word glued before a person ("Comedian Chris Morris", "Veterans Simon"), a
place glued before a person ("Gimhae Yoon Da-som"), an organisation cut at a list inside its
name ("Ministry of Agriculture, Fisheries, and Forestry", "Ministry of Trade and ICT"), and a
meeting named after an organisation ("the 14th General Assembly", "Tarvo Network World
Congress"), which is an event, not the organisation.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.coordination import merge_neighbours
from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import is_acronym, place_base, squash
from pipeline.extract.entities.rules import (
    ACRONYM_STOPWORDS,
    AMBIGUOUS_TITLES,
    EVENT_HEADS,
    MEETING_HEADS,
    NAMED_WITH_COUNTRY,
    NOT_PERSON_WORDS,
    ORDINAL_WORDS,
    ORG_HEADS,
    PLACE_LABELS,
    PLACE_NAME_PARTICLES,
    PORTFOLIO_TITLES,
    PROGRAMME_NOUNS,
    PROJECT_NOUNS,
    ROLE_NOUNS,
    TITLE_OF,
    TITLES,
    WORK_HEADS,
)
from pipeline.extract.entities.spans import Cand, Coverage, looks_like_person

_ROLE_WORDS = {r for r in ROLE_NOUNS if " " not in r} | {
    t.lower() for t in TITLES if " " not in t and "." not in t}
# role nouns that are not also titles (rules.TITLES): "Rapper", "Comedian", not "Dean"
_PLAIN_ROLES = {r for r in ROLE_NOUNS if " " not in r} - {t.lower() for t in TITLES}
_ORDINAL = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")$", re.IGNORECASE)
# "the 14th Congress", "the 14th World Congress" (the model cut "14th World")
_ORDINAL_BEFORE = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|(?i:" + "|".join(ORDINAL_WORDS) + r"))\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$")
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")
# ", Sports, and Tourism", " and ICT": the rest of a list inside an organisation's name
_LIST_TAIL = re.compile(r"(?:,\s+[A-Z][\w&'’-]*)*,?\s+(?:and|&)\s+[A-Z][\w&'’-]*")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _written_alone(text: str, word: str, c: Cand) -> bool:
    """The word is written elsewhere in the text on its own, not after the role word."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        if not c.start <= m.start() < c.end:
            return True
    return False


def role_word_glued(text: str, c: Cand) -> Cand:
    """'Comedian Chris Morris' -> 'Chris Morris' (title 'Comedian'); 'Veterans Simon' -> 'Simon'.

    A role noun capitalised before a person's name (at the start of a sentence) is not part
    of the name. A singular role needs a full name after it ("Dean Smith" stays whole), or a
    one-word name that the article also writes on its own ("Rapper Eminem ... Eminem's
    album"), where the role is a plain noun and not also a title that names take ("Dean",
    "King"); a plural one ("Veterans") cannot be part of one person's name at all.
    """
    if c.label != "PERSON":
        return c
    first, _sep, rest = text[c.start : c.end].partition(" ")
    low = first.lower()
    plural = low.endswith("s") and _singular(low) in _ROLE_WORDS
    if not rest or not (low in _ROLE_WORDS or plural) or not first[:1].isupper():
        return c
    if not looks_like_person(squash(rest)):
        return c
    if len(rest.split()) < 2 and not plural and not (
            low in _PLAIN_ROLES and _written_alone(text, rest, c)):
        return c
    start = c.start + len(first) + 1
    title = c.title or ("" if plural else first)
    return Cand(start, c.end, c.label, "role-word-glued", title, c.weight, c.hint)


def place_glued(text: str, cands: list[Cand]) -> list[Cand]:
    """'Gimhae Yoon Da-som' (PERSON) -> 'Gimhae' + 'Yoon Da-som' when Gimhae is a place here.

    The first word must be a place in the gazetteer that the article also names on its own
    (a place mention, or written with "City"), and the rest a full person name, so that a
    person named like a town ("Victoria Claire Beckham") stays whole.
    """
    places = set()
    for c in cands:
        if c.label in PLACE_LABELS:
            places.add(squash(text[c.start : c.end]).split(" ")[0])
    out: list[Cand] = []
    for c in cands:
        first, _sep, rest = text[c.start : c.end].partition(" ")
        if (c.label == "PERSON" and rest and first in places and len(rest.split()) >= 2
                and looks_like_person(squash(rest)) and gazetteer().places(first)):
            cut = c.start + len(first)
            out.append(Cand(c.start, cut, "GPE", "place-glued", weight=0))
            out.append(Cand(cut + 1, c.end, "PERSON", "place-glued", c.title, c.weight, c.hint))
        else:
            out.append(c)
    return out


def list_inside_name(text: str, cands: list[Cand], blocked=()) -> None:
    """'Ministry of Agriculture, Fisheries, and Forestry', 'Ministry of Trade and ICT': one name.

    An organisation whose name ends in "of X" continues over ", Y, and Z" when those words
    are capitalised, belong to no other name, and no further capitalised word follows (that
    would start another name: "the Ministry of Finance and Samsung Electronics").
    """
    covered = Coverage(text, cands, blocked)
    for c in cands:
        if c.label != "ORG" or " of " not in text[c.start : c.end]:
            continue
        m = _LIST_TAIL.match(text, c.end)
        if not m or "\n" in m.group() or not covered.free(c.end, m.end()):
            continue
        if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]):
            continue
        c.end = m.end()
        c.rule = "list-in-name"


# "the Harbour Forum organised by Tornby City", "the Kelton Summit held in May"
_ORGANISED_AFTER = re.compile(
    r"[ ]+(?:organi[sz]ed by|hosted by|co-hosted by|held (?:in|on|at|by|every)|took place)\b")
# "the Zentor project", "the Zentor Science Park (ZSP) Programme"
_PROJECT_AFTER = re.compile(
    r"[ ]+(?:" + "|".join(PROJECT_NOUNS) + r")\b|(?:\)|[ ]*\([^()\n]{1,12}\))[ ]+(?:"
    + "|".join(PROGRAMME_NOUNS) + r")\b")


def events(text: str, cands: list[Cand]) -> None:
    """Meetings that the model calls organisations are events; so are projects.

    A name whose last word is a meeting word (rules.MEETING_HEADS) is an event when it is
    numbered ("14th General Assembly", "the 3rd Governors Forum", "2024 Summit"), when it
    belongs to someone ("the association's General Assembly", "its Congress"), when it is
    named after an organisation of the same article ("Tarvo Network World Congress"
    beside "Tarvo Network"), when people of one kind hold it ("Governors Forum", "Leaders
    Summit"), or when it is said to be organised or held ("... Forum organised by Tornby
    City"). A name written before a lower-case project word ("the Zentor project") is the
    project's.
    """
    orgs = {squash(text[c.start : c.end]) for c in cands if c.label == "ORG"}
    for c in cands:
        if c.label not in ("ORG", "FAC", "GPE", "LOC", "PERSON", None):
            continue
        words = squash(text[c.start : c.end]).split(" ")
        if words[-1] not in MEETING_HEADS:
            continue
        before = text[max(0, c.start - 30) : c.start]
        numbered = bool(_ORDINAL.match(words[0]) or _ORDINAL_BEFORE.search(before))
        owned = bool(_POSSESSIVE_BEFORE.search(before))
        after_org = any(" ".join(words[:n]) in orgs for n in range(1, len(words) - 1))
        by_people = len(words) == 2 and _singular(words[0].lower()) in _ROLE_WORDS
        organised = bool(_ORGANISED_AFTER.match(text, c.end))
        if numbered or owned or after_org or by_people or organised:
            c.label, c.rule, c.weight = "EVENT", "event-named", max(c.weight, 2)
    # "the Zentor project", "Zentor Park (ZP) Programme": a name before a project word (with
    # its acronym between) names the project here
    for c in cands:
        if c.label in ("ORG", None) and _PROJECT_AFTER.match(text, c.end):
            c.label, c.rule = "EVENT", "project-named"
    # "the Congress" after "the 14th World Congress": the meeting's short name
    heads = {squash(text[c.start : c.end]).split(" ")[-1] for c in cands
             if c.label == "EVENT" and " " in squash(text[c.start : c.end])}
    for c in cands:
        name = text[c.start : c.end]
        if c.label in ("ORG", None) and name in heads and name in MEETING_HEADS:
            c.label, c.rule, c.weight = "EVENT", "event-named", max(c.weight, 2)


_JOINED = re.compile(r"^(.+?)\s+(?:and|&)\s+(.+)$")
# "Tornby City-Kelton City online meeting": two places joined by a hyphen
_HYPHENED = re.compile(r"^([A-Z][^-]*?)-([A-Z].*)$")


def joined_places(text: str, cands: list[Cand]) -> list[Cand]:
    """'Porto and Braga' (one ORG span) -> two places; 'Mendoza Argentina' -> city + country;
    'Tornby City-Kelton' -> two places.

    Only where each part is a place the gazetteer knows and the whole is not ("Trinidad and
    Tobago", "Papua New Guinea" are one place each).
    """
    g = gazetteer()
    out: list[Cand] = []
    for c in cands:
        name = text[c.start : c.end]
        parts = None
        if c.label != "PERSON" and "\n" not in name and not g.places(name):
            m = _JOINED.match(name)
            if m and all(g.places(p) for p in m.groups()):
                parts = [(c.start + m.start(i), c.start + m.end(i)) for i in (1, 2)]
            elif (c.label in PLACE_LABELS or c.label is None) and (
                    (m := _HYPHENED.match(name)) and all(g.places(place_base(p))
                                                         for p in m.groups())):
                parts = [(c.start + m.start(i), c.start + m.end(i)) for i in (1, 2)]
            elif c.label in PLACE_LABELS or c.label is None:
                head, _sep, last = name.rpartition(" ")
                if head and g.country_code(last) and g.places(head) and not g.country_code(
                        head):
                    parts = [(c.start, c.start + len(head)), (c.end - len(last), c.end)]
        if parts is None:
            out.append(c)
        else:
            out.extend(Cand(s, e, "GPE", "joined-places", weight=0) for s, e in parts)
    return out


def company_with_country(text: str, cands: list[Cand]) -> list[Cand]:
    """'Zentor Australia': a name the gazetteer does not know, then a country after one space,
    is a company's national arm (the model splits it into two places). A known place before
    the country ("Mendoza Argentina") is left to joined_places."""
    g = gazetteer()

    def join(a: Cand, b: Cand) -> Cand | None:
        if (text[a.end : b.start] == " " and a.label in ("GPE", "ORG")
                and b.label in PLACE_LABELS):
            first, country = text[a.start : a.end], text[b.start : b.end]
            if (g.country_code(country) and not is_acronym(country) and not g.places(first)
                    and first[:1].isupper()):
                return Cand(a.start, b.end, "ORG", "company-country")
        return None

    return merge_neighbours(cands, join)


_PORTFOLIO_ALT = "|".join(PORTFOLIO_TITLES)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:" + _PORTFOLIO_ALT + r")\s+(?:of|for)\s+(?:the\s+)?$")
_PORTFOLIO_AFTER = re.compile(r"\s+(?:" + _PORTFOLIO_ALT + r")\b")


def not_portfolios(text: str, cands: list[Cand]) -> list[Cand]:
    """'Minister of Science, Research and Technology', 'Science and Innovation Minister': the
    words of a minister's portfolio are part of a title, not an organisation's name."""
    out = []
    for c in cands:
        if c.label == "ORG" and (_PORTFOLIO_BEFORE.search(text[max(0, c.start - 40) : c.start])
                                 or _PORTFOLIO_AFTER.match(text, c.end)):
            continue
        out.append(c)
    return out


_INNER_TITLES = sorted(
    (t for t in TITLES if t not in AMBIGUOUS_TITLES and not t.endswith(".") and len(t) > 3),
    key=len, reverse=True)
# "Tornby Mayor Elias Varga": a place or organisation, a title, a person's full name
_TITLE_INSIDE = re.compile(r"\s(" + "|".join(re.escape(t) for t in _INNER_TITLES) + r")\s+")


def title_inside(text: str, cands: list[Cand]) -> list[Cand]:
    """'Tornby Mayor Elias Varga' (one span) -> 'Tornby' + 'Elias Varga' (Mayor).

    The model often runs a name, the title after it and the person who holds the title into
    one span ("Avalon Governor Tom Reyes", "Ryanair CEO Michael O'Leary"). Split where
    a title stands between capitalised words and a full person's name (two or three words)
    ends the span; the part before takes the kind the title implies (rules.TITLE_OF).
    """
    out: list[Cand] = []
    for c in cands:
        name = text[c.start : c.end]
        m = _TITLE_INSIDE.search(name)
        rest = name[m.end() :] if m else ""
        head = name[: m.start()] if m else ""
        if (m is None or "\n" in name or not head[:1].isupper()
                or head.split(" ")[-1].lower() in ACRONYM_STOPWORDS
                or not 2 <= len(rest.split()) <= 3 or not looks_like_person(squash(rest))):
            out.append(c)
            continue
        title = m.group(1)
        label = TITLE_OF.get(title) or (None if c.label == "PERSON" else c.label)
        out.append(Cand(c.start, c.start + len(head), label,
                        "title-inside", weight=0, hint=TITLE_OF.get(title)))
        out.append(Cand(c.start + m.end(), c.end, "PERSON", "title-inside", title, c.weight))
    return out


_TITLE_OF_THE = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in _INNER_TITLES) + r")\s+of\s+(?:the\s+)?$")
_PERSON_START = re.compile(r"(?<=\S)\s+(?=[A-Z])")


def title_of_org_person(text: str, cands: list[Cand]) -> list[Cand]:
    """'Vice President of the Friendship Group Ana Ruiz' -> 'Friendship Group' + 'Ana Ruiz'.

    In "<title> of the <organisation> <person>" the model often reads the organisation and
    the person as one name. Split after the organisation's head word (rules.ORG_HEADS) when
    a full person's name of two or three words follows it; the person takes the title.
    """
    out: list[Cand] = []
    for c in cands:
        m = _TITLE_OF_THE.search(text[max(0, c.start - 60) : c.start])
        name = text[c.start : c.end]
        cut = None
        if m and c.label in ("ORG", "PERSON", None) and "\n" not in name:
            for gap in _PERSON_START.finditer(name):
                head, rest = name[: gap.start()], name[gap.end() :]
                if (head.split(" ")[-1].rstrip("'’") in ORG_HEADS | NOT_PERSON_WORDS
                        and 2 <= len(rest.split()) <= 3 and looks_like_person(rest)
                        and not (ORG_HEADS | NOT_PERSON_WORDS).intersection(rest.split())):
                    cut = (gap.start(), gap.end())
                    break
        if cut is None:
            out.append(c)
            continue
        out.append(Cand(c.start, c.start + cut[0], "ORG", "title-of-org", weight=c.weight))
        out.append(Cand(c.start + cut[1], c.end, "PERSON", "title-of-org", m.group(1), 2))
    return out


# "Saint-Maur-des-Fossés", "Stratford-upon-Avon", "Aix-en-Provence": a lower-case connective
# between hyphens is written only inside place names
_CONNECTIVE_TAIL = re.compile(r"(?:-[a-z]{1,5})+-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*")


def hyphenated_places(text: str, cands: list[Cand]) -> None:
    """'Stratford' of 'Stratford-upon-Avon': a name cut at a hyphen before a lower-case connective.

    The whole hyphenated word is the name, and a place: such names are not people's.
    """
    for c in cands:
        m = _CONNECTIVE_TAIL.match(text, c.end)
        if m and c.label in PLACE_LABELS | {"PERSON", "ORG", "NORP", None} and (
                c.label != "ORG" or gazetteer().places(text[c.start : m.end()])):
            c.end = m.end()
            c.label, c.rule = "GPE", "hyphenated-place"


# "Alcalá de Henares", "Vila do Conde", "GM do Brasil" ("Sesto San Giovanni" aside): a
# Romance particle followed by capitalised words goes on with the name before it
_PARTICLE_TAIL = re.compile(
    r"[ ](?:" + "|".join(PLACE_NAME_PARTICLES) + r")[ ]+[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,2}")


def place_particles(text: str, cands: list[Cand]) -> None:
    """'Alcalá' of 'Alcalá de Henares', 'GM' of 'GM do Brasil': a place or organisation
    name cut before a particle ("de", "do").

    The candidates inside the added words ("Henares") are left for dedupe to drop.
    """
    for c in cands:
        if c.label in PLACE_LABELS or c.label == "ORG":
            m = _PARTICLE_TAIL.match(text, c.end)
            if m:
                c.end = m.end()
                c.rule = "place-particle"


_IN_COUNTRY = re.compile(r"[ ]+in[ ]+(?:the[ ]+)?")


def in_country_names(text: str, cands: list[Cand]) -> list[Cand]:
    """'Tornish Embassy in Peru', 'Harbour War Cemetery in Kenya': one name with the country.

    An embassy, consulate or war cemetery is named with the country it stands in
    (rules.NAMED_WITH_COUNTRY); the country mention inside the name is dropped.
    """
    by_start = {c.start: c for c in cands if c.label in PLACE_LABELS}
    dropped: set[int] = set()
    for c in cands:
        name = text[c.start : c.end]
        if c.label not in ("ORG", "FAC") or name.rsplit(" ", 1)[-1] not in NAMED_WITH_COUNTRY:
            continue
        m = _IN_COUNTRY.match(text, c.end)
        place = by_start.get(m.end()) if m else None
        if place is not None and gazetteer().country_code(text[place.start : place.end]):
            c.end = place.end
            c.rule = "in-country-name"
            dropped.add(id(place))
    return [c for c in cands if id(c) not in dropped] if dropped else cands


def plural_roles(text: str, cands: list[Cand]) -> list[Cand]:
    """'Governors', 'Directors': a plural role word alone is never one person's name."""
    out = []
    for c in cands:
        word = text[c.start : c.end]
        low = word.lower()
        if c.label == "PERSON" and " " not in word and low.endswith("s") and (
                _singular(low) in _ROLE_WORDS or low[:-2] in _ROLE_WORDS and low.endswith("es")):
            continue
        out.append(c)
    return out


_INITIAL_START = re.compile(r"[A-Z]\.\s+[A-Z]")


def middle_initial(text: str, cands: list[Cand]) -> list[Cand]:
    """'Maria' + 'T. Reyes' -> 'Maria T. Reyes': a name cut at a middle initial.

    The model sometimes starts a new name at the initial; a one- or two-word name right
    before a person's name that opens with an initial is its first part.
    """
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    for c in ordered:
        prev = out[-1] if out else None
        if (prev is not None and c.label == "PERSON" and text[prev.end : c.start] == " "
                and prev.label in ("PERSON", "ORG", None)
                and _INITIAL_START.match(text, c.start)
                and looks_like_person(text[prev.start : prev.end])
                and len(text[prev.start : prev.end].split()) <= 2):
            out[-1] = Cand(prev.start, c.end, "PERSON", "middle-initial",
                           prev.title or c.title, max(prev.weight, c.weight))
            continue
        out.append(c)
    return out


_WORK_HEAD_AFTER = re.compile(
    r"[ ]+(?:" + "|".join(sorted(WORK_HEADS)) + r")\b(?![ ]+(?:of|for)\b)")


def works_cut_short(text: str, cands: list[Cand]) -> None:
    """'Tornby University | Rankings', 'Kelton Innovation | Index': the model names the
    organisation-looking front of a ranking's or report's name and leaves its head word
    out; with it the name is a publication (WORK_OF_ART), not the organisation it seems."""
    for c in cands:
        if c.label in ("ORG", "FAC", "GPE", "LOC", "NORP"):
            m = _WORK_HEAD_AFTER.match(text, c.end)
            if m:
                c.end, c.label, c.rule = m.end(), "WORK_OF_ART", "work-head"


_THE_BEFORE = re.compile(r"\b[Tt]he[ ]+$")
_GATHERINGS = MEETING_HEADS | EVENT_HEADS


def gathering_glued(text: str, cands: list[Cand]) -> None:
    """'during the Summit | KLGA Velmora signed': a gathering named just before ("the
    Summit", "the Congress") glued to the organisation's acronym-led name that follows it
    is not part of that name."""
    for c in cands:
        first, _sep, rest = text[c.start : c.end].partition(" ")
        if (c.label == "ORG" and first in _GATHERINGS and rest
                and is_acronym(rest.split(" ", 1)[0])
                and _THE_BEFORE.search(text, max(0, c.start - 8), c.start)):
            c.start += len(first) + 1
            c.rule = "gathering-glued"


_HYPHEN_PREFIX = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*+-$")


def hyphen_prefixed(text: str, cands: list[Cand]) -> None:
    """'Velmoran-Tornish | Friendship Garden': a name of a body, building or area does not
    begin right after a hyphen; the capitalised word joined to it by the hyphen is its
    first word."""
    for c in cands:
        if c.label in ("ORG", "FAC", "LOC") and " " in text[c.start : c.end]:
            m = _HYPHEN_PREFIX.search(text, max(0, c.start - 30), c.start)
            if m:
                c.start, c.rule = m.start(), "hyphen-prefixed"

