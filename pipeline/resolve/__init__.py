"""Cross-document entity resolution: one entity_id per real-world thing across the corpus.

In-document entities are joined through blocking keys, never by comparing all pairs, so
the cost grows with the number of entities: the normalised name (entities_names.name_key,
which already equates "Tornby City" and "Tornby"), native-script forms, full alternative
names, and acronyms. An acronym joins an expansion only when the corpus knows a single
expansion for it ("ICA" is not merged when two different associations use it). The user's
aliases file (pipeline/resolve/aliases.py) merges, renames and splits on top of that.

entity_id = "E" + 12 hex digits of sha1(coarse class + normalised canonical name): derived
from content, independent of document order, stable across runs.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.extract.entities.coref import UnionFind
from pipeline.extract.entities.names import (
    acronym_letters,
    coarse,
    fold,
    initials,
    is_acronym,
    is_native,
    name_key,
    squash,
    words,
)
from pipeline.extract.entities.rules import HONORIFICS, TITLES
from pipeline.model import LocalEntity, Mention
from pipeline.resolve.aliases import AliasRule, AliasTable
from pipeline.resolve.knowledge import is_ambiguous_short, loose_key, place_keys

_TITLE_STARTS = tuple(t + " " for t in (*TITLES, *HONORIFICS))


@dataclass
class Resolution:
    ids: dict[tuple[str, int], str] = field(default_factory=dict)
    entities: list[dict] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)


@dataclass
class _Local:
    doc_id: str
    key: int
    name: str
    type: str
    forms: list[str]  # name and aliases
    counts: Counter  # surface form -> mentions (a titled mention counts for both forms)
    mentions: int = 0
    rule: AliasRule | None = None
    ambiguous: bool = False  # "Korea" in an article that also names "North Korea"


def entity_id(kind: str, key: str) -> str:
    return "E" + hashlib.sha1(f"{kind}\x1f{key}".encode()).hexdigest()[:12]


def _collect(per_doc, aliases: AliasTable) -> list[_Local]:
    out: list[_Local] = []
    for doc_id, entities, mentions in per_doc:
        counts: dict[int, Counter] = defaultdict(Counter)
        n_mentions: Counter = Counter()
        for m in mentions:
            n_mentions[m.key] += 1
            surface = squash(m.text)
            counts[m.key][surface] += 1
            if m.title:
                counts[m.key][f"{m.title} {surface}"] += 1
        places = {f for e in entities if coarse(e.type) == "PLACE" for f in [e.name, *e.aliases]}
        for e in entities:
            forms = [e.name] + [a for a in e.aliases if a != e.name]
            local = _Local(doc_id, e.key, e.name, e.type, forms, counts[e.key], n_mentions[e.key])
            local.ambiguous = coarse(e.type) == "PLACE" and is_ambiguous_short(e.name, places)
            local.rule = _rule_for(local, aliases)
            if local.rule is not None and local.rule.type:
                local.type = local.rule.type
            out.append(local)
    out.sort(key=lambda x: (x.doc_id, x.key))
    return out


def _rule_for(local: _Local, aliases: AliasTable) -> AliasRule | None:
    if not len(aliases):
        return None
    # short and titled forms ("Noh", "Vice Mayor Noh") belong to the name they shorten, so a
    # row about another "Noh" must not pull this entity
    full = [a for a in sorted(local.forms[1:])
            if not a.startswith(_TITLE_STARTS) and not _short_form(a, local.name)]
    for form in [local.name, *full]:
        rule = aliases.lookup(form, local.type)
        if rule is not None:
            return rule
    return None


def _short_form(alias: str, name: str) -> bool:
    """'Ostland' for 'North Ostland', 'Ahn' for 'Ahn Sung-ho': a part of the name, not a name."""
    a, n = words(alias), words(name)
    if not a or len(a) >= len(n):
        return False
    return any(n[i : i + len(a)] == a for i in range(len(n) - len(a) + 1))


def _link_keys(
    local: _Local, doc_places: set[str]
) -> tuple[list[str], list[tuple[str, bool]]]:
    """(plain keys, [(acronym key, explicit)]) of an in-document entity."""
    kind = coarse(local.type)
    if local.rule is not None and local.rule.is_split:
        return [f"{kind}|split|{fold(local.rule.alias)}"], []
    plain = [f"{kind}|{name_key(local.name, local.type)}"]
    if local.rule is not None:  # merge or rename: the user's name comes first
        plain.insert(0, f"{kind}|{name_key(local.rule.canonical, local.type)}")
    full_forms = [local.name] + [
        a for a in local.forms[1:]
        if not a.startswith(_TITLE_STARTS) and not _short_form(a, local.name)
    ]
    if local.ambiguous:  # one ambiguous name (unspecified) for the corpus, apart from its readings
        return [f"{kind}|ambiguous|{name_key(local.name, local.type)}"], []
    if kind == "PLACE":
        plain += [f"{kind}|{k}" for k in place_keys(full_forms, doc_places)]
    elif kind == "ORG" and not is_acronym(local.name):
        plain += [f"{kind}|loose|{loose_key(f, local.type)}" for f in full_forms
                  if not is_acronym(f) and not is_native(f)]
    acronyms: list[tuple[str, bool]] = []
    if is_acronym(local.name):
        acronyms.append((f"{kind}|acr|{acronym_letters(local.name)}", True))
    else:
        for ini in initials(local.name):
            if len(ini) >= 3 and kind == "ORG":
                acronyms.append((f"{kind}|acr|{ini}", False))
    for alias in local.forms[1:]:
        if alias.startswith(_TITLE_STARTS) or _short_form(alias, local.name):
            continue
        if is_acronym(alias):
            acronyms.append((f"{kind}|acr|{acronym_letters(alias)}", True))
        elif is_native(alias) or len(words(alias)) >= 2:
            plain.append(f"{kind}|{name_key(alias, local.type)}")
    return plain, acronyms


def _union(locals_: list[_Local]) -> UnionFind:
    uf = UnionFind(len(locals_))
    first: dict[str, int] = {}
    acr_members: dict[str, list[int]] = defaultdict(list)
    primary = []
    places: dict[str, set[str]] = defaultdict(set)
    for local in locals_:
        if coarse(local.type) == "PLACE":
            places[local.doc_id].update(local.forms)
    for i, local in enumerate(locals_):
        plain, acronyms = _link_keys(local, places[local.doc_id])
        primary.append(loose_key(local.name, local.type))
        for k in plain:
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
        for k, _explicit in acronyms:
            acr_members[k].append(i)
    for k in sorted(acr_members):
        members = acr_members[k]
        # full names this acronym stands for (acronym-only entities have none)
        full = {primary[i] for i in members if not is_acronym(locals_[i].name)}
        if len(full) <= 1:
            for i in members[1:]:
                uf.union(members[0], i)
    return uf


def _choose_name(members: list[_Local]) -> str:
    forced = sorted({m.rule.canonical for m in members if m.rule and not m.rule.is_split})
    if forced:
        return forced[0]
    split = sorted({m.rule.alias for m in members if m.rule and m.rule.is_split})
    if split:
        return split[0]
    spellings = Counter(m.name for m in members)
    # one representative per spelling that differs only in case or punctuation ("BBC", "BbC")
    docs: Counter = Counter()
    best: dict[str, str] = {}
    for n in sorted(spellings, key=lambda n: (-spellings[n], n)):
        best.setdefault(fold(n), n)
        docs[best[fold(n)]] += spellings[n]
    return min(docs, key=lambda n: (is_native(n), is_acronym(n), -docs[n], -len(words(n)),
                                    -len(n), n))


def _choose_type(members: list[_Local]) -> str:
    votes = Counter()
    for m in members:
        votes[m.type] += max(1, m.mentions)
    return min(votes, key=lambda t: (-votes[t], t))


def _settle_org_place(sets: list[list[_Local]]) -> list[list[_Local]]:
    """One name typed ORG in some articles and a place in others: the clear majority wins.

    The small model often calls a city an organisation ("Tornby is positioning itself");
    when the corpus mostly calls the same name a place (twice the mentions or more), the few
    ORG readings join it, and the other way round. Persons are never moved, nor entities
    typed by the user's aliases file.
    """
    buckets: dict[str, dict[str, int]] = defaultdict(dict)
    for i, members in enumerate(sets):
        if any(m.rule is not None for m in members):
            continue
        etype = _choose_type(members)
        kind = coarse(etype)
        if kind in ("ORG", "PLACE"):
            buckets[name_key(_choose_name(members), etype)][kind] = i
    moved: set[int] = set()
    for kinds in buckets.values():
        if len(kinds) != 2:
            continue
        a, b = kinds["ORG"], kinds["PLACE"]
        size_a = sum(m.mentions for m in sets[a])
        size_b = sum(m.mentions for m in sets[b])
        if size_a >= 2 * size_b:
            sets[a] = sets[a] + sets[b]
            moved.add(b)
        elif size_b >= 2 * size_a:
            sets[b] = sets[b] + sets[a]
            moved.add(a)
    return [members for i, members in enumerate(sets) if i not in moved]


def resolve(
    per_doc: list[tuple[str, list[LocalEntity], list[Mention]]], aliases: AliasTable
) -> Resolution:
    """Give every (doc_id, LocalEntity.key) a corpus-wide entity_id and build the tables."""
    locals_ = _collect(per_doc, aliases)
    uf = _union(locals_)
    by_id: dict[str, list[_Local]] = defaultdict(list)
    for members in _settle_org_place([[locals_[i] for i in idx]
                                      for idx in uf.groups().values()]):
        etype = _choose_type(members)
        name = _choose_name(members)
        split = any(m.rule and m.rule.is_split for m in members)
        key = f"split|{fold(name)}" if split else name_key(name, etype)
        if all(m.ambiguous for m in members):
            key = f"ambiguous|{key}"
        by_id[entity_id(coarse(etype), key)].extend(members)
    res = Resolution()
    for eid in sorted(by_id):
        members = sorted(by_id[eid], key=lambda m: (m.doc_id, m.key))
        for m in members:
            res.ids[(m.doc_id, m.key)] = eid
        forms: Counter = Counter()
        for m in members:
            for f in m.forms:
                forms[f] += 0
            forms.update(m.counts)
        res.entities.append({
            "entity_id": eid,
            "name": _choose_name(members),
            "type": _choose_type(members),
            "aliases": " | ".join(sorted(forms)),
            "mention_count": sum(m.mentions for m in members),
            "document_count": len({m.doc_id for m in members}),
        })
        for form in sorted(forms):
            res.aliases.append({"entity_id": eid, "alias": form, "mention_count": forms[form]})
    return res

