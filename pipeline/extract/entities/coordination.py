"""Names cut or run together at a coordination, a comma or a dash.

The model's span bounds fail where names are coordinated: it runs two people of a list into
one span ("Ferry, Mackay and Brian Eno"), and it cuts one name at an "and" or a dash inside
it ("Bureau of Public | and Governmental Relations", "Tornby Science | and Research Park",
"Marlow – | Kelton Sister Cities Committee"). Each rule below reads one of these from
the words and the parse around the span, never from the names themselves.
"""

from __future__ import annotations

import re

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import squash
from pipeline.extract.entities.rules import (
    ACRONYM_STOPWORDS,
    CAMPUS_HEADS,
    FIELD_HEADS,
    ORG_SUFFIXES,
    PLACE_LABELS,
)
from pipeline.extract.entities.spans import Cand

_COMMA = re.compile(r",\s+")


def comma_joined_people(text: str, cands: list[Cand]) -> list[Cand]:
    """'Ferry, Mackay' (one span of 'formed by Ferry, Mackay and Brian Eno') -> two people.

    Split at the commas where every part is a name the article writes elsewhere on its own:
    a person's full name or its last word, or a one-word name of any label; and at least one
    part is a person's. A place written with its "D.C." or an organisation "Skidmore,
    Owings & Merrill" stays whole. The span itself is no evidence: only other candidates
    count, so that a run-together span cannot vouch for its own parts.
    """
    full = [squash(text[c.start : c.end]).split(" ") for c in cands
            if c.label == "PERSON" and "," not in text[c.start : c.end]]
    people = {" ".join(ws) for ws in full} | {ws[-1] for ws in full if len(ws) > 1}
    alone = {squash(text[c.start : c.end]) for c in cands if " " not in text[c.start : c.end]}
    out: list[Cand] = []
    for c in cands:
        name = text[c.start : c.end]
        parts = [squash(p) for p in _COMMA.split(name)]
        if (len(parts) < 2 or "\n" in name or not all(p in people or p in alone for p in parts)
                or not any(p in people for p in parts)):
            out.append(c)
            continue
        pos = c.start
        for part in _COMMA.split(name):
            s = text.index(part, pos)
            out.append(Cand(s, s + len(part), "PERSON", "comma-joined", weight=0))
            pos = s + len(part)
    return out


_COORDINATOR = re.compile(r"\s*,?\s+(?:and|&)\s+|\s*&\s*")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_WHOLE_NAMES = PLACE_LABELS | {"PERSON"}


def coordinated_modifiers(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """'Bureau of Public | and Governmental Relations', 'Tornby Science | and Research Park'.

    The model often ends a name at an "and" that joins two modifiers of the name's head noun.
    The parse tells: where the span's last word modifies (compound, amod, nmod) a capitalised
    noun after the "and", and every word up to that noun is capitalised, the span runs to
    that noun. "the Ministry of Finance and Samsung Electronics" stays two names: "Finance"
    is the object of "of", not a modifier of "Electronics". Candidates inside the added words
    are dropped; one that runs past the head noun keeps what follows "of" ("... Relations of
    Avalon State Government" -> "Avalon State Government").
    """
    ends = {}
    for c in cands:
        if c.label == "PERSON":
            continue
        m = _COORDINATOR.match(text, c.end)
        span = doc.char_span(c.start, c.end) if m else None
        if span is None:
            continue
        last = span[-1]
        head = last.head
        if (len(span) < 2 or last.dep_ not in _MODIFIER_DEPS or head.i <= last.i + 1
                or head.sent != last.sent):
            continue  # "Usher and Avril Lavigne": a one-word name before "and" is whole
        between = doc[last.i + 1 : head.i + 1]
        if not all(_NAME_WORD.fullmatch(t.text) or t.dep_ == "cc" or t.text in ",&"
                   for t in between) or not head.text[:1].isupper():
            continue
        end = head.idx + len(head.text)
        if any(o.label in _WHOLE_NAMES and c.end < o.start < end for o in cands):
            continue  # "Davenport and Serena Williams": a person or place after "and"
        ends[id(c)] = end
    if not ends:
        return cands
    return _extend(text, cands, ends, "coordinated-name")


def _extend(text: str, cands: list[Cand], ends: dict[int, int], rule: str) -> list[Cand]:
    """Give the candidates in ``ends`` their new end; trim or drop those they now cover."""
    grown = [(c.start, ends[id(c)]) for c in cands if id(c) in ends]
    out: list[Cand] = []
    for c in cands:
        if id(c) in ends:
            out.append(Cand(c.start, ends[id(c)], c.label or "ORG", rule, c.title, c.weight,
                            c.hint))
            continue
        inside = next(((s, e) for s, e in grown if s < c.end and c.start < e), None)
        if inside is None:
            out.append(c)
            continue
        if c.start >= inside[0] and c.end > inside[1]:
            # "Governmental Relations of Avalon State Government": what follows "of" is a name
            rest = re.match(r"\s+(?:of|in|at)\s+(?:the\s+)?", text[inside[1] : c.end])
            if rest:
                out.append(Cand(inside[1] + rest.end(), c.end, c.label, rule + "-rest", weight=0))
    return out


_FIELD_PREPOSITIONS = ("of", "for", "on")
_NAME_STOPS = frozenset("()[]–—-:;")


def field_after_head(doc, text: str, cands: list[Cand]) -> list[Cand]:
    """'University of Avalon Centre | for Marine Research and Education': one name.

    An organisation named by its head noun and a field ("Centre for ...", "Committee on
    ...", "Department of ...") is one name; the model sometimes ends it at the head noun.
    Where the span ends in an organisation head word (rules.FIELD_HEADS) that the parse gives
    an "of"/"for"/"on" phrase, and that phrase is all capitalised words (with "and", "&",
    commas and a leading "the"), the span takes it in, unless a person or a place the model
    found is inside ("the Embassy of France" keeps France a place).
    """
    by_start = {c.start: c for c in cands}
    ends = {}
    for c in cands:
        if c.label not in ("ORG", "FAC", None):
            continue
        span = doc.char_span(c.start, c.end)
        if span is None or span[-1].text not in FIELD_HEADS:
            continue
        last = span[-1]
        preps = [t for t in last.rights if t.dep_ == "prep" and t.text in _FIELD_PREPOSITIONS
                 and t.i == last.i + 1]
        if not preps:
            continue
        words = []
        for t in list(preps[0].subtree)[1:]:
            if t.text in _NAME_STOPS:  # "... and Education (UK)": a gloss ends the name
                break
            words.append(t)
        if words and words[0].lower_ == "the":
            words = words[1:]
        if not words:
            continue
        if not all(_NAME_WORD.fullmatch(t.text) or t.dep_ == "cc" or t.text in ",&"
                   or t.lower_ in ACRONYM_STOPWORDS for t in words):
            continue
        if not words[-1].text[:1].isupper() or "\n" in text[c.end : words[-1].idx]:
            continue
        end = words[-1].idx + len(words[-1].text)
        if any(o.label in PLACE_LABELS | {"PERSON"} for s, o in by_start.items()
               if c.end <= s < end):
            continue
        ends[id(c)] = end
    if not ends:
        return cands
    return [Cand(x.start, x.end, "ORG" if x.rule == "field-of-name" else x.label, x.rule,
                 x.title, x.weight, x.hint)
            for x in _extend(text, cands, ends, "field-of-name")]


# ", D.C.", ". PAUL": one or two capitalised words after a comma, a dot or a space
_PLACE_TAIL = re.compile(r"(?:[,.]\s*|\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")


def places_cut_short(text: str, cands: list[Cand]) -> list[Cand]:
    """A place name the model cut at a comma or a dot: the capital's name + ', D.C.'.

    Where the place candidate and the words after it are, together, a city's name in
    GeoNames (the US capital's alternate names include its "D.C." form), they are one
    place; "Lisbon, Portugal" is no city's name, so it stays two.
    """
    g = gazetteer()
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    skip_to = -1
    for c in ordered:
        if c.start < skip_to:
            continue
        m = _PLACE_TAIL.match(text, c.end) if c.label in PLACE_LABELS else None
        if m is not None:
            end = m.end()
            while end > c.end:
                whole = squash(text[c.start : end])
                city = g.places(whole).city
                if city is not None and "\n" not in text[c.start : end] and (
                        g.places(squash(text[c.start : c.end])).city != city):
                    break
                cut = text.rfind(" ", c.end, end - 1)
                end = cut if cut > c.end else c.end
            if end > c.end:
                out.append(Cand(c.start, end, "GPE", "place-cut-short", c.title, c.weight))
                skip_to = end
                continue
        out.append(c)
    return out


_DASH = re.compile(r"\s*[–—-]\s*|\s+--\s+")


def dash_joined_names(text: str, cands: list[Cand]) -> list[Cand]:
    """'Marlow – Kelton Sister Cities Committee', 'University of Avalon – Kelton'.

    Two conventions join a place to an organisation's name with a dash: a body of two places
    is named by both ("Marlow –Kelton Sister City Committee"), where the model keeps only
    the second place with the organisation; and a university's campus is named after it
    ("University of Avalon – Kelton"; rules.CAMPUS_HEADS). A place that opens its line
    is a dateline ("LISBON – Lisbon City said"), not part of a name.
    """
    g = gazetteer()
    places = {squash(text[c.start : c.end]) for c in cands if c.label in PLACE_LABELS}

    def join(a: Cand, b: Cand) -> Cand | None:
        m = _DASH.fullmatch(text[a.end : b.start])
        if m is None or "\n" in m.group():
            return None
        first, second = squash(text[a.start : a.end]), squash(text[b.start : b.end])
        pair = (a.label in PLACE_LABELS and b.label == "ORG"
                and text[text.rfind("\n", 0, a.start) + 1 : a.start].strip() != ""
                and _starts_with_place(second, places, g))
        campus = (a.label == "ORG" and b.label in PLACE_LABELS
                  and first.split(" ")[0] in CAMPUS_HEADS)
        if pair or campus:
            return Cand(a.start, b.end, "ORG", "dash-joined", weight=max(a.weight, 1))
        return None

    return merge_neighbours(cands, join)


_AND = re.compile(r"\s+(?:and|&)\s+")
_FORMS = frozenset(f.replace(".", "").upper() for f in ORG_SUFFIXES if " " not in f)


def _legal_form_end(name: str) -> bool:
    return name.split(" ")[-1].replace(".", "").upper() in _FORMS


def and_joined_firm(text: str, cands: list[Cand]) -> list[Cand]:
    """'Van Waters | and Rogers Inc', 'Procter | and Gamble Co': one firm's name.

    A coordination of two capitalised organisation names where only the last ends in a
    legal form ("Inc", "Corp", "Co", "Ltd", "AG") names one company: two companies would
    each carry their own form or neither. The first part must not be written alone
    elsewhere in the article ("IBM and Acme Corp" where IBM is named again stays two).
    """
    seen: dict[str, int] = {}
    for c in cands:
        k = squash(text[c.start : c.end])
        seen[k] = seen.get(k, 0) + 1

    def join(a: Cand, b: Cand) -> Cand | None:
        if a.label != "ORG" or b.label != "ORG" or \
                _AND.fullmatch(text[a.end : b.start]) is None:
            return None
        first, second = squash(text[a.start : a.end]), squash(text[b.start : b.end])
        words = first.split(" ") + second.split(" ")
        if _legal_form_end(first) or not _legal_form_end(second) or \
                len(second.split(" ")) < 2 or seen.get(first, 0) > 1 or \
                not all(w[:1].isupper() or w == "&" for w in words):
            return None
        return Cand(a.start, b.end, "ORG", "and-joined", weight=max(a.weight, b.weight, 1))

    return merge_neighbours(cands, join)


def merge_neighbours(cands: list[Cand], join) -> list[Cand]:
    """Candidates in text order, each pair of neighbours that ``join`` makes one name
    replaced by its result; a merged name is not joined again with the next."""
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    i = 0
    while i < len(ordered):
        merged = join(ordered[i], ordered[i + 1]) if i + 1 < len(ordered) else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(ordered[i])
            i += 1
    return out


def _starts_with_place(name: str, places: set[str], g) -> bool:
    """'Kelton Sister Cities Committee': the name's first words are a place's name."""
    ws = name.split(" ")
    for n in range(len(ws) - 1, 0, -1):
        head = " ".join(ws[:n])
        if head in places or g.places(head):
            return True
    return False


# Capitalised words joined by the French "et": one firm's name in English copy ("Moet et
# Chandon", "Duffour et Igon"), which the model cuts at the "et".
_ET_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+et\s+$")
_ET_AFTER = re.compile(r"\s+et\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def et_joined_names(text: str, cands: list[Cand]) -> list[Cand]:
    """'Moet | et Chandon', 'Duffour | et | Igon': capitalised words joined by "et" are one
    name (English joins names with "and"; an "et" between names is part of a French
    firm's name). The words on both sides, and any candidates among them, become one
    organisation."""
    out: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: c.start):
        if any(s <= c.start and c.end <= e for s, e in taken):
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        before = _ET_BEFORE.search(text[line_start : c.start])
        after = _ET_AFTER.match(text, c.end)
        if before is None and after is None:
            out.append(c)
            continue
        start = line_start + before.start() if before else c.start
        # the word before "et" may end a longer name ("Lazard Freres et Cie"); a lone
        # capitalised word is taken alone ("Brokers Vauclin et Morand")
        start = min([start] + [o.start for o in cands if o.start < start < o.end + 1])
        end = after.end() if after else c.end
        out = [o for o in out if not (start <= o.start and o.end <= end)]
        out.append(Cand(start, end, "ORG", "et-joined", weight=max(c.weight, 1)))
        taken.append((start, end))
    return out
