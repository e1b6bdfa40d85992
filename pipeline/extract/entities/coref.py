"""In-document coreference: which mention candidates name the same thing, and its type.

Groups start from equal name keys (entities_names.name_key) and forced links (acronym
definitions, native-script glosses); then short forms join the full name used in the same
article: a person's single name or titled surname, a place without its direction word
("Korea" for "South Korea"), an organisation's name without leading words, an acronym spelling
the initials of a longer name. A short form joins only when exactly one full name fits, since
a wrong merge is worse than a missed one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.kinds import (
    TIE_ORDER,
    Cues,
    Knowledge,
    country_of,
    decide,
    knowledge,
    lists_of_names,
    mention_cues,
)
from pipeline.extract.entities.names import (
    acronym_letters,
    coarse,
    fold,
    initials,
    is_acronym,
    is_native,
    is_title_case_phrase,
    name_key,
    place_base,
    place_suffix_at,
    squash,
    strip_determiner,
    words,
)
from pipeline.extract.entities.rules import (
    COUNTRY_CUSTOMARY_NAMES,
    CUSTOMARY_SHORT_PLACES,
    EVENT_HEADS,
    GIVEN_NAME_TITLES,
    LEGAL_FORM_OPENERS,
    NOT_PERSON_WORDS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
)
from pipeline.extract.entities.spans import Cand, Span

_SURNAME_SIMILARITY = 0.85


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def _surface(text: str, c: Cand) -> str:
    return squash(text[c.start : c.end])


def _place_evidence(names: list[str]) -> set[str]:
    """Keys of names written with a place suffix somewhere ("Tornby City Council" -> tornby)."""
    out = set()
    for name in names:
        for prefix in PLACE_PREFIXES:  # "City of Tornby"
            if name.startswith(prefix + " ") and name != place_base(name):
                out.add(fold(place_base(name)))
        ws = name.split(" ")
        i = place_suffix_at(ws)
        if i > 0:
            out.add(fold(" ".join(ws[:i])))
    return out


_DOCUMENT_LABELS = ("WORK_OF_ART", "LAW")


class _Lookups:
    """The look-ups of one article that depend only on a mention's place in the text.

    The groups are built two or three times (after list kinds and short forms are
    settled), and each build asks again for every member's surface form, cues and place
    knowledge: kept here, they are computed once per article.
    """

    def __init__(self, text: str):
        self.text = text
        self._forms: dict[Span, str] = {}
        self._cues: dict[tuple[int, int, str], Cues] = {}
        self._knowledge: dict[tuple[str, ...], Knowledge] = {}
        self._names: dict[tuple[tuple[str, ...], str], str] = {}

    def form(self, c: Cand) -> str:
        key = (c.start, c.end)
        if key not in self._forms:
            self._forms[key] = strip_determiner(_surface(self.text, c))
        return self._forms[key]

    def cues(self, c: Cand) -> Cues:
        key = (c.start, c.end, c.title)
        if key not in self._cues:
            self._cues[key] = mention_cues(self.text, c.start, c.end, c.title)
        return self._cues[key]

    def knowledge(self, forms: list[str]) -> Knowledge:
        key = tuple(forms)
        if key not in self._knowledge:
            self._knowledge[key] = knowledge(forms)
        return self._knowledge[key]

    def best_name(self, forms: list[str], label: str) -> str:
        key = (tuple(forms), label)
        if key not in self._names:
            self._names[key] = _best_name(forms, label)
        return self._names[key]


def _vote(members: list[Cand], member_keys: set[str], evidence: set[str],
          lookups: _Lookups) -> str:
    # an acronym has no kind of its own: "Kelton Innovation Index (KII)" is a publication
    # however often the model calls "KII" an organisation
    text = lookups.text
    documents = [c.label for c in members if c.label in _DOCUMENT_LABELS]
    others = [c for c in members if c.label not in _DOCUMENT_LABELS]
    if documents and others and all(is_acronym(_surface(text, c)) for c in others):
        return documents[0]
    score: Counter = Counter()
    for c in members:
        if c.label is not None:
            score[c.label] += c.weight
        if c.hint is not None:
            score[c.hint] += 2
    # a name also written with a place suffix ("X City Council") is a place, unless the
    # model mostly saw a person in it
    if member_keys & evidence and score["PERSON"] <= sum(score.values()) - score["PERSON"]:
        return "GPE"
    if not score:
        labels = [c.label for c in members if c.label]
        return labels[0] if labels else "ORG"
    cues = Cues()
    for c in members:
        one = lookups.cues(c)
        cues.person += one.person
        cues.place += one.place
        cues.sure_place += one.sure_place
        cues.org_role += one.org_role or c.hint == "ORG"
    forms = sorted({lookups.form(c) for c in members})
    decided = decide(score, cues, lookups.knowledge(forms), forms)
    if decided is not None:
        return decided
    best = max(score.values())
    return next(lab for lab in TIE_ORDER if score.get(lab) == best)


def _best_name(forms: list[str], label: str) -> str:
    """The most complete form: no acronym or native script unless nothing else, most words."""
    def rank(f: str):
        return (is_native(f), is_acronym(f), -len(words(f)), -len(f), f)

    if coarse(label) == "PLACE":
        forms = [place_base(f) for f in forms]
    return min(forms, key=rank)


class _Group:
    def __init__(self, members: list[Cand], lookups: _Lookups, label: str):
        self.members = members
        self.label = label
        self.forms = [lookups.form(c) for c in members]
        self.name = lookups.best_name(self.forms, label)
        self.titles = {c.title for c in members if c.title}
        self.words = words(self.name)


def group(text: str, cands: list[Cand], links: list[tuple[Span, Span]]) -> list[_Group]:
    """Cluster candidates into in-document entities and give each a type and a name."""
    index = {(c.start, c.end): i for i, c in enumerate(cands)}
    uf = UnionFind(len(cands))
    keys = []
    for c in cands:
        label = c.label or "GPE"
        keys.append(name_key(_surface(text, c), label))
    first_by_key: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k in first_by_key:
            uf.union(first_by_key[k], i)
        else:
            first_by_key[k] = i
    for a, b in links:
        if a in index and b in index:
            uf.union(index[a], index[b])
    evidence = _place_evidence([_surface(text, c) for c in cands])
    lookups = _Lookups(text)
    groups = _build(uf, cands, keys, lookups, evidence)
    if _same_kind_lists(text, groups):
        groups = _build(uf, cands, keys, lookups, evidence)
    _merge_short_forms(groups, uf, cands, keys, text, evidence)
    return _build(uf, cands, keys, lookups, evidence)


def _same_kind_lists(text: str, groups: list[_Group]) -> bool:
    """Items of one list are of one kind: "Gunsan, Mokpo, Pohang, Gumi, and Suncheon".

    In a list of three or more names where most items are places (or organisations), a
    short plain item the model typed otherwise, with no person evidence and no place knowledge
    against it, takes the list's kind (a vote on that mention). True if a label changed.
    """
    label_of = {id(c): g.label for g in groups for c in g.members}
    group_of = {id(c): g for g in groups for c in g.members}
    changed = False
    for items in lists_of_names(text, [c for g in groups for c in g.members]):
        kinds = Counter(coarse(label_of[id(c)]) for c in items)
        kind, n = kinds.most_common(1)[0]
        if kind not in ("PLACE", "ORG") or n < 2 or n * 2 <= len(items):
            continue
        label = "GPE" if kind == "PLACE" else "ORG"
        for c in items:
            g = group_of[id(c)]
            if coarse(g.label) == kind or g.titles or not _plain_name(g.name):
                continue
            if g.label == "PERSON" and (kind == "ORG" or len(g.words) > 1):
                continue  # people are listed beside organisations; full names stay people
            if mention_cues(text, c.start, c.end, c.title).person:
                continue
            if kind == "ORG" and knowledge(g.forms).any:
                continue
            c.label, c.weight, c.rule = label, max(c.weight, 3), "list-kind"
            changed = True
    return changed


def _plain_name(name: str) -> bool:
    """One to four words without an organisation, facility or person-title word.

    A name ending in an event word ("Crimean War veterans from Tucson") is an event in any
    list, so it is not plain either.
    """
    ws = name.split(" ")
    return (len(ws) <= 4 and not NOT_PERSON_WORDS.intersection(ws) and not is_acronym(name)
            and ws[-1] not in EVENT_HEADS)


def _build(uf, cands, keys, lookups: _Lookups, evidence) -> list[_Group]:
    out = []
    for _root, idx in sorted(uf.groups().items()):
        members = [cands[i] for i in idx]
        member_keys = {keys[i] for i in idx}
        out.append(_Group(members, lookups, _vote(members, member_keys, evidence, lookups)))
    return out


def _merge_short_forms(groups, uf, cands, keys, text, evidence) -> None:
    by_kind: dict[str, list[_Group]] = defaultdict(list)
    for g in groups:
        by_kind[coarse(g.label)].append(g)
    pos = {id(c): i for i, c in enumerate(cands)}

    def join(short: _Group, full: _Group) -> None:
        uf.union(pos[id(short.members[0])], pos[id(full.members[0])])

    persons = by_kind["PERSON"]
    for g in persons:
        gw = g.words
        if not gw:
            continue
        fits = [f for f in persons if f is not g and len(f.words) > len(gw)
                and _affix(gw, f.words)]
        if len(gw) == 1 and g.titles & GIVEN_NAME_TITLES:
            fits = [f for f in fits if f.words[0] == gw[0]]
        if len(fits) > 1:  # nested fits ("Ahn Sung" in "Ahn Sung-ho"): keep the longest
            fits = [f for f in fits if not any(
                o is not f and len(o.words) > len(f.words)
                and _affix(f.words, o.words) for o in fits)]
        if len(fits) > 1 and g.titles:
            fits = [f for f in fits if f.titles & g.titles] or fits
        if len(fits) == 1:
            join(g, fits[0])
            continue
        if not fits and len(gw) == 1 and g.titles:
            similar = [f for f in persons if f is not g and f.titles & g.titles
                       and len(f.words) > 1 and _similar_surname(gw[0], f.words)]
            if len(similar) == 1:
                join(g, similar[0])
    # a surname the model labelled ORG or GPE ("Holloway said"), when no organisation or place
    # name in the article contains that word ("Ford" beside "Ford Motor" stays an ORG)
    other_words = set()
    for g in groups:
        if coarse(g.label) != "PERSON":
            for form in g.forms:
                if len(form.split(" ")) > 1:
                    other_words.update(words(form))
    for g in groups:
        gw = g.words
        if coarse(g.label) not in ("ORG", "PLACE") or len(gw) != 1:
            continue
        if is_acronym(g.name) and not any(g.name in f.name.split(" ") for f in persons):
            continue  # "KIM" stays an acronym unless a person is written "KIM Jae-won"
        if gw[0] in other_words or len(g.members) != sum(1 for c in g.members if c.weight):
            continue
        fits = [f for f in persons if len(f.words) > 1 and (
            f.words[-1] == gw[0] or f.words[0] == gw[0] and _surname_first(f.name))]
        if len(fits) == 1:
            for c in g.members:
                c.weight = 0  # the full name's label decides
            join(g, fits[0])
    orgs = by_kind["ORG"]
    # a firm's first words the model labelled PERSON ("Lewis-Westco had sales" after
    # "Lewis-Westco and Co"), with no title and no longer person's name holding them
    _join_firm_heads(persons, orgs, join, lambda g: (
        g.titles or not g.words or any(
            f is not g and len(f.words) > len(g.words) and _affix(g.words, f.words)
            for f in persons) or any(  # "Mr. Acme said": a person after all
            mention_cues(text, c.start, c.end, c.title).person for c in g.members)))
    places = by_kind["PLACE"]
    _join_countries(places, join)
    # a firm's first words the model labelled a place ("Ralston earned $422 mln" after
    # "Ralston Purina Co."), when neither a gazetteer nor a word of them says place
    # ("Tornby State" of "Tornby State Fisheries Corporation" is the state)
    _join_firm_heads(places, orgs, join, lambda g: (
        gazetteer().places(g.name).well_known or
        any(w.lower() in PLACE_NOUNS for w in g.name.split(" ")) or any(
            mention_cues(text, c.start, c.end, c.title).place for c in g.members)))
    for g in places:
        longer = CUSTOMARY_SHORT_PLACES.get(g.name, ())
        fits = [f for f in places if f is not g and f.name in longer]
        rivals = [f for f in places if f.name.endswith(" " + g.name) and f.name not in longer]
        if len(fits) == 1 and not rivals:  # "North Korea" in the article: "Korea" is unclear
            join(g, fits[0])
    for g in orgs:
        gw = g.words
        if is_acronym(g.name):
            letters = acronym_letters(g.name)
            fits = [f for f in orgs if f is not g and letters in initials(f.name)]
        elif gw:
            fits = [f for f in orgs if f is not g and len(f.words) > len(gw)
                    and f.words[-len(gw):] == gw and _tail_of(g.name, f.name)]
            if not fits:
                fits = [f for f in orgs if f is not g and _head_of_firm(gw, f.words)]
                if any(f is not g and f.words[:len(gw)] == gw and f not in fits
                       for f in groups):
                    fits = []  # another name opens with the same words
        else:
            fits = []
        if len(fits) == 1:
            join(g, fits[0])


def _tail_of(short: str, full: str) -> bool:
    """'Shipping Authority' of 'Nordvik Shipping Authority', 'Celtic' of 'Glasgow Celtic'.

    The last three words or more of a longer organisation name are its short form. Fewer
    words are when the words before them make one name with them (capitalised words, no
    list: not "Arsenal, Real Madrid", "Praising Celtic"); a single word only where the words
    before it are a place ("Tornby Technopolis"), not another name ("Shareholders United").
    """
    if short.count(" ") >= 2:
        return True
    head = full[: len(full) - len(short)].strip()
    hw = head.split(" ")
    if ("," in head or "&" in hw or "and" in hw or hw[0].endswith("ing")
            or not is_title_case_phrase(full)):
        return False
    return " " in short or bool(gazetteer().places(head))


def _join_firm_heads(groups: list[_Group], orgs: list[_Group], join, kept) -> None:
    """Each group that is the first words of exactly one firm's name joins that firm,
    its mentions outvoted by the firm's label, unless ``kept(group)`` says it is what
    the model took it for."""
    for g in groups:
        fits = [f for f in orgs if _head_of_firm(g.words, f.words)]
        if len(fits) != 1 or kept(g):
            continue
        for c in g.members:
            c.weight = 0  # the firm's label decides
        join(g, fits[0])


def _head_of_firm(short: list[str], full: list[str]) -> bool:
    """'Lac' of 'Lac Minerals Ltd', 'State Mutual' of 'State Mutual Life Assurance Co of
    America': news name a company in full once and by its first words after. Only a name
    with a legal form after those words is a firm's, so that "Tornby" of "Tornby City
    Council" or "Tornby Science Park" stays the place it is."""
    n = len(short)
    return len(full) > n and full[:n] == short and any(w in _LEGAL_FORMS for w in full[n:])


_LEGAL_FORMS = frozenset(fold(w) for w in LEGAL_FORM_OPENERS)


def _join_countries(places: list[_Group], join) -> None:
    """Every name of one country is one entity: "Republic of Korea", "South Korea", "ROK".

    A customary short name ("Ostland", "Avalon") stays apart where the article also names
    another place ending in it ("North Ostland", "Latin Avalon").
    """
    g_codes = [(g, country_of(g.forms)) for g in places]
    by_code: dict[str, list[_Group]] = defaultdict(list)
    for g, code in g_codes:
        if code is None:
            continue
        customary = g.name in COUNTRY_CUSTOMARY_NAMES or g.name in CUSTOMARY_SHORT_PLACES
        rivals = [f for f, other in g_codes
                  if customary and f is not g and other != code
                  and f.name.endswith(" " + g.name)]
        if not rivals:
            by_code[code].append(g)
    for members in by_code.values():
        for g in members[1:]:
            join(g, members[0])


def _surname_first(name: str) -> bool:
    """'Yoon Sang-hee', 'KIM Jae-won': East Asian order, the family name comes first.

    Written so when the given name is hyphenated or the family name is in capitals.
    """
    parts = name.split(" ")
    return len(parts) == 2 and ("-" in parts[1] or parts[0].isupper() and len(parts[0]) > 1)


def _affix(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return full[:n] == short or full[-n:] == short


def _similar_surname(word: str, full: list[str]) -> bool:
    last = full[-1]
    if word[:1] != last[:1]:
        return False
    return SequenceMatcher(None, word, last).ratio() >= _SURNAME_SIMILARITY
