"""Names the model missed or cut short, found by their head word.

A run of proper nouns that ends in a place, facility or division word ("Tarvik Special
Zone", "Kelton District", "Marlow Water Treatment Plant") is a name even where the model
labelled nothing, or only the place at its start ("Marlow"; "Kelton County" of "Kelton
County Assembly"): the head word decides the kind, as a reader's would. Likewise a proper
noun followed by a lower-case division noun ("Ostland's Velmora province") is a place, and
a proper noun the parse binds to the front of a name is part of it ("Tornby Science Park").
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.rules import (
    DIVISION_HEADS,
    DIVISION_NOUNS_AFTER,
    FAC_HEADS,
    GOVERNMENT_LEVEL_ADJECTIVES,
    HONORIFICS,
    LOC_HEADS,
    MONTH_NAMES,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_LABELS,
    ROLE_NOUNS,
    TITLES,
)
from pipeline.extract.entities.spans import Cand, Coverage, acceptable, other_stage_spans

# organisation heads after a place's name that make one longer name ("Kelton County
# Assembly", "Velmora Provincial Government")
_ORG_AFTER_PLACE = ORG_HEADS | {"Assembly", "Government", "Parliament", "Legislature"}
# ... and, for a run the model left unlabelled, "Tornby Business Park": a park of firms,
# named for its place
_ORG_OR_PARK_AFTER_PLACE = _ORG_AFTER_PLACE | {"Park"}
_CONTINUES = ("of", "for")
_LEVEL = "|".join(f"[{a[0]}{a[0].upper()}]{a[1:]}" for a in GOVERNMENT_LEVEL_ADJECTIVES)
_LEVEL_GAP = re.compile(r"[ ]+(?:" + _LEVEL + r")[ ]+")
_LEVEL_START = re.compile(r"(?:" + _LEVEL + r")[ ]+[A-Z]")


def _kind(head: str) -> str | None:
    if head in LOC_HEADS:
        return "LOC"
    if head in FAC_HEADS:
        return "FAC"
    if head in DIVISION_HEADS:
        return "GPE"
    return None


def head_noun_names(doc, cands: list[Cand], text: str | None = None) -> list[Cand]:
    """Proper-noun runs ending in a head word (rules.LOC_HEADS, FAC_HEADS, DIVISION_HEADS).

    At least two words. A run that the model labelled only in part is taken whole when its
    labelled part is a place at its start and the name does not go on ("of ..."): the
    longer candidate then wins over the place in dedupe.
    """
    text = doc.text if text is None else text
    by_start = {c.start: c for c in cands}
    covered = Coverage(text, cands, other_stage_spans(doc))
    out: list[Cand] = []
    run: list = []
    for tok in list(doc) + [None]:
        if tok is not None and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper():
            run.append(tok)
            continue
        if len(run) >= 2:
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            head = run[-1].text
            kind = _kind(head)
            if kind and covered.free(s, e) and acceptable(text, s, e, "LOC"):
                out.append(Cand(s, e, kind, "head-noun"))
                covered.add(s, e)
            elif not _goes_on(doc, tok) and (
                    (kind or head in _ORG_AFTER_PLACE) and _place_at_start(by_start, s, e) or
                    (kind or head in _ORG_OR_PARK_AFTER_PLACE) and
                    _unlabelled_place_name(run, covered, s, e, text)):
                out.append(Cand(s, e, kind or "ORG", "head-noun", weight=2))
                covered.add(s, e)
        run = []
    return out


def _goes_on(doc, tok) -> bool:
    """The name goes on after its head: "of"/"for" and a capitalised word ("Centre for
    Kelton Studies", "Institute of the Arts"), not "for a ceremony"."""
    if tok is None or tok.text not in _CONTINUES:
        return False
    nxt = doc[tok.i + 1 : tok.i + 3]
    if len(nxt) and nxt[0].lower_ == "the":
        nxt = nxt[1:]
    return bool(len(nxt)) and nxt[0].text[:1].isupper()


def _unlabelled_place_name(run: list, covered: Coverage, s: int, e: int, text: str) -> bool:
    """'the Tornby Business Park' that the model left unlabelled: a well-known place's
    name (GeoNames) opens the run, and nothing of it was found."""
    return len(run) >= 3 and covered.free(s, e) and acceptable(text, s, e, "ORG") and \
        gazetteer().places(run[0].text).well_known


def _place_at_start(by_start: dict[int, Cand], s: int, e: int) -> bool:
    c = by_start.get(s)
    return c is not None and c.end < e and c.label in PLACE_LABELS


def division_names(doc, cands: list[Cand], text: str | None = None) -> list[Cand]:
    """'Velmora province', 'Hebei province': proper nouns before a lower-case division noun."""
    text = doc.text if text is None else text
    covered = Coverage(text, cands, other_stage_spans(doc))
    out: list[Cand] = []
    run: list = []
    for tok in doc:
        if tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper():
            run.append(tok)
            continue
        if run and len(run) <= 3 and tok.text in DIVISION_NOUNS_AFTER:
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            if covered.free(s, e) and acceptable(text, s, e, "GPE"):
                out.append(Cand(s, e, "GPE", "division-noun"))
                covered.add(s, e)
        run = []
    return out


# words that may stand before a name as a title or a role, never as a word of it
_NOT_NAME_WORDS = frozenset(
    {t.split(" ")[-1].lower() for t in TITLES} | {r.lower() for r in ROLE_NOUNS}
    | {m.lower() for m in MONTH_NAMES} | {h.lower().rstrip(".") for h in HONORIFICS})

_HEADS = ORG_HEADS | FAC_HEADS | LOC_HEADS


def front_cut_names(doc, cands: list[Cand], text: str | None = None) -> list[Cand]:
    """'Kelvik | Science Park': proper nouns the model left off the front of a name.

    Where the parse makes the proper noun right before an organisation, facility or area
    name a compound of one of its words, it is a word of that name: the model labels a
    name by its familiar end ("Science Park", "Secretariat") and drops an unfamiliar first
    word. A one-word name takes it only if that word is a head word (rules.ORG_HEADS,
    FAC_HEADS, LOC_HEADS): a surname the model labelled ORG ("Halden") stays alone. Never a
    word that another candidate or another stage holds ("UK Treasury": a place and a
    name), a title, honorific or role word ("Chairman", "Mr"), an initial ("S Easterby")
    or a month.
    """
    text = doc.text if text is None else text
    covered = Coverage(text, cands, other_stage_spans(doc))
    out: list[Cand] = []
    for c in cands:
        name = text[c.start : c.end]
        if c.label not in ("ORG", "FAC", "LOC") or (" " not in name and name not in _HEADS):
            out.append(c)
            continue
        span = doc.char_span(c.start, c.end)
        start = c.start
        if span is not None:
            i = span.start
            while i > 0:
                t = doc[i - 1]
                if not (t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and len(t.text) > 1
                        and t.dep_ == "compound" and span.start <= t.head.i < span.end
                        and t.lower_.rstrip(".") not in _NOT_NAME_WORDS
                        and t.lower_ not in NOT_NAMES
                        and covered.free(t.idx, t.idx + len(t.text))
                        and "\n" not in text[t.idx : start]):
                    break
                start, i = t.idx, i - 1
        if start < c.start and acceptable(text, start, c.end, c.label):
            out.append(Cand(start, c.end, c.label, "front-cut", c.title, c.weight, c.hint))
        else:
            out.append(c)
    return out


def place_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    """'Velmora | provincial | People's Committee': a place, a level of government and the
    organisation the model labelled after it are one organisation, the place's own body;
    left apart, the body's name ("People's Committee") names no one body of its own. The
    place is one the model labels a place somewhere in the text (here it may have called
    it a person) or the gazetteer knows."""
    ordered = sorted(cands, key=lambda c: c.start)
    places = {text[c.start : c.end] for c in ordered if c.label in PLACE_LABELS}
    merged: dict[int, Cand] = {}
    drop: set[int] = set()
    for i, (a, b) in enumerate(zip(ordered, ordered[1:], strict=False)):
        if b.label != "ORG" or i in drop or a.label not in PLACE_LABELS | {"PERSON", None}:
            continue
        if a.label not in PLACE_LABELS and text[a.start : a.end] not in places and not (
                gazetteer().places(text[a.start : a.end])):
            continue
        if _LEVEL_GAP.fullmatch(text, a.end, b.start) or (
                b.start - a.end == 1 and text[a.end] == " "
                and _LEVEL_START.match(text, b.start)):
            merged[i] = Cand(a.start, b.end, "ORG", "place-body", b.title, b.weight, b.hint)
            drop.add(i + 1)
    if not merged:
        return cands
    return [merged.get(i, c) for i, c in enumerate(ordered) if i not in drop]

