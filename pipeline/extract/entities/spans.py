"""Mention candidates: spaCy's entities with their systematic errors corrected.

spaCy's small English model mis-binds names in predictable ways on news pages: it keeps a
leading "the" or a trailing possessive, glues a place to the title that follows it ("Tornby
City Executive"), swallows an opening parenthesis ("ESA (Space ..."), joins "City -
Country" pairs, and labels banner words ("WED"). Each rule below fixes one of these, so
that every mention's offsets are exact and the name inside it is clean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.names import (
    is_acronym,
    is_native,
    keeps_the,
    place_base,
    squash,
)
from pipeline.extract.entities.rules import (
    AMBIGUOUS_TITLES,
    COMMON_ABBREVIATIONS,
    COUNT_WORDS,
    DIVISION_HEADS,
    ENTITY_LABELS,
    EVENT_HEADS,
    FAC_HEADS,
    FINITE_VERB_TAGS,
    FURNITURE,
    HONORIFICS,
    LAW_HEADS,
    LIST_SEPARATORS,
    LOC_HEAD_PHRASES,
    LOC_HEADS,
    MONTH_NAMES,
    NAME_END_STOPWORDS,
    NON_ENTITY_CODES,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_HEADS,
    ORG_MAY_END_IN,
    ORG_SUFFIXES,
    PLACE_LABELS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    POSSESSIVE_NAME_WORDS,
    POSSESSIVE_NAMES,
    REGION_PREFIXES,
    TITLE_MODIFIERS,
    TITLE_OF,
    TITLES,
    TRAILING_HONORIFICS,
    WORK_HEADS,
    ZONE_ABBREVIATIONS,
)
from pipeline.extract.entities.seats import seat_split_at

Span = tuple[int, int]

# Edge characters that are never part of a name: punctuation, quotes, brackets of any
# kind (wire copy marks company names and tickers as "<Acme Corp>").
_TRIM = " \t\r\n,;:!?\"'`“”‘’«»()[]{}<>*•|/\\-–—"
# A stock ticker as wire copy writes it inside angle brackets: "SSW", "HATT.T", "T.N.".
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\.?")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
_POSSESSIVE_MID = re.compile(r"['’]s\s+")
_DASH_SEP = re.compile(r"\s+[-–—]\s+")
_TITLES_LONGEST = sorted(TITLES, key=len, reverse=True)
_TITLE_WORDS = frozenset(t.split(" ")[-1] for t in TITLES if "." not in t)
_HONORIFICS_LONGEST = sorted(HONORIFICS, key=len, reverse=True)


@dataclass
class Cand:
    """A mention candidate; ``label`` None means 'take the type of the same name elsewhere'."""

    start: int
    end: int
    label: str | None
    rule: str = "ner"
    title: str = ""
    weight: int = 1  # how much this candidate's label counts in the document's type vote
    hint: str | None = None  # a label suggested by the words around the name


def _trim(text: str, s: int, e: int) -> Span:
    # a ticker's bracket cut in two ("Sterling Software's <SSW> Answer Systems Inc", "TRW
    # Inc <TRW"): the name begins after the ticker, or ends before it
    close = text.find(">", s, e)
    if close >= 0 and _TICKER.fullmatch(text[s:close]) and text[close + 1:e].strip():
        s = close + 1
    opening = text.find("<", s, e)
    if opening >= 0 and _TICKER.fullmatch(text[opening + 1:e]) and text[s:opening].strip():
        e = opening
    while s < e and (text[s] in _TRIM or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in _TRIM or text[e - 1].isspace()) and not _keeps_final_char(
        text, s, e
    ):
        e -= 1
    return s, e


def _keeps_final_char(text: str, s: int, e: int) -> bool:
    # a closing parenthesis that belongs to the name ("Georgia (country)") stays
    return text[e - 1] == ")" and "(" in text[s : e - 1]


def _strip_leading(text: str, s: int, e: int, phrases) -> tuple[int, str]:
    """Remove one phrase from ``phrases`` at the start of the span; return new start, phrase."""
    for p in phrases:
        n = len(p)
        if text.startswith(p, s) and s + n < e and text[s + n] in " \n\t":
            return s + n + 1, p
    return s, ""


def _strip_titles(text: str, s: int, e: int) -> tuple[int, str]:
    """Strip titles and honorifics at the start of a person span, returning them joined."""
    found: list[str] = []
    while True:
        s2, title = _strip_leading(text, s, e, _TITLES_LONGEST)
        if not title:
            s2, _hon = _strip_leading(text, s, e, _HONORIFICS_LONGEST)
        if s2 == s:
            break
        if title:
            found.append(title)
        s = s2
        while s < e and text[s] == " ":
            s += 1
    return s, " ".join(found)


def _strip_trailing_titles(text: str, s: int, e: int) -> int:
    """'Tornby City Executive' (before 'Mayor') -> 'Tornby City'; 'Apple CEO' -> 'Apple'.

    Only where a capitalised word follows: that is where the model glues an organisation or
    place to the title of the person named next.
    """
    if text[e : e + 1] == "." and re.match(r"\.[ \t]+[A-Z]", text[e : e + 4]):
        # "Marlow Water Company Eng. John Mwangi": an abbreviated form of address
        last = text[s:e].rsplit(" ", 1)[-1]
        if last + "." in TRAILING_HONORIFICS and last != text[s:e]:
            e -= len(last) + 1
            while e > s and text[e - 1] == " ":
                e -= 1
        return e
    if not re.match(r"[ \t]+[A-Z]", text[e : e + 3]):
        return e
    while True:
        span = text[s:e]
        cut = None
        for t in list(_TITLES_LONGEST) + list(TITLE_MODIFIERS) + list(TRAILING_HONORIFICS):
            if span.endswith(" " + t):
                cut = e - len(t) - 1
                break
        if cut is None or cut <= s:
            return e
        e = cut
        while e > s and text[e - 1] == " ":
            e -= 1


def _drop_trailing_function_words(text: str, s: int, e: int) -> int:
    """'Organisation for Economic Co-operation and', 'City of', 'Alliance for Fair Lending
    against': a name never ends in 'and' or a preposition."""
    while True:
        head, sep, last = text[s:e].rpartition(" ")
        if not sep or last not in NAME_END_STOPWORDS:
            return e
        e = s + len(head.rstrip(" ,"))


def title_before(text: str, start: int) -> str:
    """Title words written right before a name ("... Vice Mayor | Noh"), longest match."""
    window = text[max(0, start - 60) : start]
    if not window.endswith(" "):
        return ""
    window = window[:-1]
    for t in _TITLES_LONGEST:
        if window.endswith(t) and (len(window) == len(t) or not window[-len(t) - 1].isalnum()):
            return t
    return ""


_YEAR = re.compile(r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])")
_DATE_WORD = re.compile(r"\d{1,4}(?:st|nd|rd|th)?,?")
_LETTER_WORD = re.compile(r"[A-Z]-[a-z]+")
_LOC_HEAD_PHRASES = tuple(" " + p for p in LOC_HEAD_PHRASES)
_PLACEHOLDER = re.compile(r"[A-Z][a-z]+ [A-Z]")
_PREPOSITION_HEAD = re.compile(r"^(.+?)\s+(?:of|on|for)\s")


def _head(name: str) -> str:
    """The head word of a name: its last word, or the last word before "of", "on", "for"."""
    m = _PREPOSITION_HEAD.match(name)
    return (m.group(1) if m else name).rsplit(" ", 1)[-1]


def _relabel_by_head(name: str, label: str) -> str:
    last = name.rsplit(" ", 1)[-1]
    if label in ("ORG", "FAC", "GPE", "LOC", None) and " " in name and _YEAR.search(name):
        return "EVENT"  # "Tornby 2019 Universiade", "European Green Capital 2030"
    if label in ("ORG", "FAC", "LOC", "EVENT", "NORP", "WORK_OF_ART") and (
        last in LAW_HEADS or _head(name) in LAW_HEADS
    ):
        return "LAW"  # "Patent Cooperation Treaty", "Lisbon Statement on Cities"
    if label in ("ORG", "FAC", "GPE", None) and name.endswith(_LOC_HEAD_PHRASES) and (
            name.count(" ") >= 2):
        return "LOC"  # "Tornby Gorge National Park", "Kelton Innovation District"
    if last in DIVISION_HEADS and " " in name and label not in PLACE_LABELS and not (
        label == "ORG" and last in ORG_MAY_END_IN
    ):
        return "GPE"  # "Kyoto Prefecture", "Hunan Province"
    if label == "PERSON" and place_base(name) != name:
        return "GPE"  # "Tornby City" is never a person
    if label == "PERSON" and NOT_PERSON_WORDS.intersection(name.split(" ")):
        label = "ORG"  # "Tornby Science Park": then typed by its last word below
    if label == "ORG" and last in FAC_HEADS:
        return "FAC"
    if label == "ORG" and last in LOC_HEADS:
        return "LOC"
    if last in ZONE_ABBREVIATIONS and " " in name and label not in PLACE_LABELS:
        return "LOC"  # "Tornby SEZ", labelled LAW by the model
    if label == "ORG" and last in WORK_HEADS:
        return "WORK_OF_ART"
    if label in ("ORG", "FAC", "GPE", "LOC") and last in EVENT_HEADS:
        return "EVENT"
    if place_base(name) != name:
        # "Manchester City" (ORG) may be a club, "Tornby Municipality" is a place
        multiword = [s for s in PLACE_SUFFIXES if " " in s and name.endswith(" " + s)]
        multiword += [p for p in PLACE_PREFIXES + REGION_PREFIXES if name.startswith(p + " ")]
        if label in PLACE_LABELS or multiword or last == "Municipality" or label is None:
            return "GPE"
    return label


def acceptable(text: str, s: int, e: int, label: str | None) -> bool:
    if e - s < 2:
        return False
    name = squash(text[s:e])
    if not any(ch.isalpha() for ch in name):
        return False
    folded = name.casefold()
    if folded in FURNITURE or folded in NOT_NAMES or name in NON_ENTITY_CODES or (
        name in COMMON_ABBREVIATIONS
    ):
        return False
    first = name[0]
    ws = name.split(" ")
    # "walkintoKorea", "the city": not a proper name as written; but one small letter before
    # a capital opens a company's name that ends in an organisation word ("iSense Group";
    # not "iPod Nano", a product)
    if first.isalpha() and first.islower() and not is_native(first) and not (
            name[1:2].isupper() and ws[-1] in ORG_HEADS):
        return False
    if _LETTER_WORD.fullmatch(name):
        return False  # "Z-ers", "K-pop", "X-ray": a letter before a common word
    if label != "PERSON" and _PLACEHOLDER.fullmatch(name):
        return False  # "Firm C", "Group B", "Zone D": a letter standing for a name
    if any(w in MONTH_NAMES for w in ws) and all(
        w in MONTH_NAMES or _DATE_WORD.fullmatch(w) for w in ws
    ):
        return False  # "3rd September", "March 9, 2021": a date
    return not (label == "PERSON" and not first.isupper())


def clean_span(text: str, s: int, e: int, label: str) -> list[Cand]:
    """Correct one spaCy entity; it may become zero, one or two candidates."""
    if "(" in text[s:e] and ")" not in text[s:e]:
        e = s + text[s:e].index("(")
    if "\n" in text[s:e]:
        out: list[Cand] = []
        pos = s
        for part in text[s:e].split("\n"):
            out.extend(clean_span(text, pos, pos + len(part), label))
            pos += len(part) + 1
        return out
    s, e = _trim(text, s, e)
    if not keeps_the(text[s:e]):
        s, _det = _strip_leading(text, s, e, ("the", "The", "THE"))
    if text[s:e].replace("’", "'") not in POSSESSIVE_NAMES:
        e = s + len(_POSSESSIVE_END.sub("", text[s:e]))
    s, e = _trim(text, s, e)
    title = ""
    if label == "PERSON":
        s, title = _strip_titles(text, s, e)
    elif label in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        s2, t2 = _strip_titles(text, s, e)
        if s2 > s and t2 not in AMBIGUOUS_TITLES and looks_like_person(text[s2:e]):
            s, title, label = s2, t2, "PERSON"  # "Spokeswoman Lena Marsh", "Ms Diemont"
    e = _drop_trailing_function_words(text, s, e)
    e_before = e
    if label != "WORK_OF_ART":
        e = _strip_trailing_titles(text, s, e)
    lost_title = e != e_before
    s, e = _trim(text, s, e)
    if s >= e:
        return []
    # "Kelton City - Ostland": two places
    if label in PLACE_LABELS and _DASH_SEP.search(text[s:e]):
        out = []
        pos = s
        for m in list(_DASH_SEP.finditer(text[s:e])) + [None]:
            end = s + m.start() if m else e
            for part in clean_span(text, pos, end, label):
                part.weight = 0  # "San Jose - Cisco": the label may fit one side only
                out.append(part)
            pos = s + m.end() if m else e
        return out
    # "Tarvo Grain Inc of Kelby": the company and its seat
    cut = seat_split_at(text[s:e]) if label == "ORG" else None
    if cut is not None and acceptable(text, s, s + cut, label):
        head_end, tail_start = s + cut, s + cut + len(" of ")
        out = [Cand(s, head_end, label, "ner-seat-split")]
        if acceptable(text, tail_start, e, None):
            out.append(Cand(tail_start, e, "GPE", "ner-seat-split"))
        return out
    # "Tornby's Marine Research Institute": a place (typed by its other mentions) and an ORG
    m = _POSSESSIVE_MID.search(text[s:e])
    owner = text[s : s + m.start()].split(" ")[-1] if m else ""
    # "the Mayor's Office", "Prime Minister's Office": the office of a title is one name
    if m and owner not in POSSESSIVE_NAME_WORDS and owner not in _TITLE_WORDS:
        head_end = s + m.start()
        tail_start = s + m.end()
        while tail_start < e and (text[tail_start].isdigit() or text[tail_start] == " "):
            tail_start += 1
        out = []
        if acceptable(text, s, head_end, None):
            out.append(Cand(s, head_end, None, "possessive-split", weight=0))
        for tail in clean_span(text, tail_start, e, label):
            tail.weight = 0  # the model's label was about the whole phrase
            out.append(tail)
        return out
    if not acceptable(text, s, e, label):
        return []
    new_label = _relabel_by_head(squash(text[s:e]), None if lost_title else label) or label
    rule = "ner" if new_label == label else "ner-relabel"
    if not title:
        before = title_before(text, s)
        if label == "PERSON":
            title = before
        elif before and before not in AMBIGUOUS_TITLES and (
                looks_like_person(text[s:e]) or _surname_in_capitals(text[s:e])):
            title, new_label, rule = before, "PERSON", "ner-title"
    return [Cand(s, e, new_label, rule, title=title, hint=_title_after(text, e))]


def _surname_in_capitals(name: str) -> bool:
    """'KIM' of 'Mayor KIM': a family name in capitals after a personal title, as East Asian
    and French documents write it; the model reads it as an acronym."""
    return (name.isalpha() and name.isupper() and 2 <= len(name) <= 5
            and name not in COMMON_ABBREVIATIONS and name not in NON_ENTITY_CODES)


def looks_like_person(name: str) -> bool:
    """One to three capitalised words, no acronym, no organisation or place head word."""
    ws = name.split()
    if not 1 <= len(ws) <= 3 or is_acronym(name):
        return False
    heads = FAC_HEADS | LOC_HEADS | WORK_HEADS | EVENT_HEADS
    return all(w[:1].isupper() for w in ws) and ws[-1] not in heads and place_base(name) == name


_TITLE_OF_LONGEST = sorted(TITLE_OF, key=len, reverse=True)
_TITLE_OF_ALT = "|".join(re.escape(t) for t in _TITLE_OF_LONGEST)
# "Tornby Mayor Lee", "Apple's CEO", "Zentor Labs' chief executive officer"; not
# "KIM Jae-won Mayor of Tornby" (his title)
_TITLE_RIGHT_AFTER = re.compile(r"(?:['’]s?)?[ ]+(" + _TITLE_OF_ALT + r")\b(?![ ]+(?:of|for)\b)")
# after a comma the title is the name's own ("Lee, Deputy Mayor of Kalmar") unless it is the
# title of a name that follows ("In Tornby, Mayor Lee said")
_TITLE_AFTER_COMMA = re.compile(r",[ ]+(" + _TITLE_OF_ALT + r")[ ]+[A-Z]")


def _title_after(text: str, e: int) -> str | None:
    """The label suggested by a title right after the name ("Tornby Mayor", "Apple CEO")."""
    m = _TITLE_RIGHT_AFTER.match(text, e) or _TITLE_AFTER_COMMA.match(text, e)
    return TITLE_OF[m.group(1)] if m else None


def from_spacy(doc, text: str | None = None) -> list[Cand]:
    """The model's entities, cleaned; a name the model ran on into the verb after it ("The
    Tarvo Forum welcomed") ends before the verb."""
    text = doc.text if text is None else text
    out: list[Cand] = []
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS:
            end = _before_amount(doc, ent.start, ent.end) if len(ent) >= 2 else ent.end
            end = _before_counted_noun(doc, ent.start, end)
            while end - 1 > ent.start and doc[end - 1].pos_ in ("VERB", "AUX") and \
                    (doc[end - 1].is_lower or _wire_capital(doc, end - 1)):
                end -= 1
            out.extend(clean_span(text, ent.start_char, doc[end - 1].idx +
                                  len(doc[end - 1].text), ent.label_))
    return out


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _wire_capital(doc, i: int) -> bool:
    """'those to the U.K. Fell to 32,652': wires capitalise the word after an
    abbreviation's full stop; a finite verb there ends the name before it."""
    return doc[i].tag_ in FINITE_VERB_TAGS and doc[i - 1].text.endswith(".")


def _before_amount(doc, start: int, end: int) -> int:
    """Where a name ends that the model ran on into an amount after it ("lost six billion,
    Brunei 3.8 billion and ...": a list whose verb is left out). Only a number with a
    scale word or thousands separators is cut: "Boeing 747", "Windows 3.1" and "Apollo
    11" keep theirs.
    (The figures' table is imported here: entity resolution imports this module in a
    process without spaCy, and the figures package needs it.)"""
    from pipeline.extract.figures.rules import SCALE_WORDS

    cut = end
    while cut - 1 > start and (doc[cut - 1].like_num or doc[cut - 1].lower_ in SCALE_WORDS):
        cut -= 1
    tail = doc[cut:end]
    if len(tail) == 1 and _THOUSANDS.fullmatch(tail[0].text):
        return cut  # "Chase Manhattan 728,239 off 64,533": a table's figure, no model number
    if len(tail) >= 2 and any(ch.isdigit() for ch in tail[0].text) and \
            any(t.lower_ in SCALE_WORDS for t in tail[1:]):
        return cut
    return end


def _before_counted_noun(doc, start: int, end: int) -> int:
    """'contracts with three U.S. Firms': a capitalised plural noun after a count is the
    thing counted, not the end of a name (news wires capitalise the word after "U.S.")."""
    if end - start < 2 or start == 0:
        return end
    before, last = doc[start - 1], doc[end - 1]
    if not (before.like_num or before.lower_ in COUNT_WORDS) or before.is_title or \
            not last.text[:1].isupper() or not last.lower_.endswith("s") or \
            last.text in ORG_SUFFIXES:
        return end  # ("Three Rivers Holdings": a name that starts with a number)
    from pipeline.extract.entities.dictionary import is_dictionary_word

    singular = last.lower_[:-3] + "y" if last.lower_.endswith("ies") else last.lower_[:-1]
    return end - 1 if is_dictionary_word(singular) else end


class Coverage:
    """Which characters of the text already belong to a candidate (linear-time checks)."""

    def __init__(self, text: str, cands: list[Cand], blocked: list[Span] = ()):
        self.used = bytearray(len(text) + 1)
        for c in cands:
            self.add(c.start, c.end)
        for s, e in blocked:  # dates, amounts...: other stages' spans
            self.add(s, e)

    def free(self, s: int, e: int) -> bool:
        return not any(self.used[s:e])

    def add(self, s: int, e: int) -> None:
        self.used[s:e] = b"\x01" * (e - s)


_WORD = re.compile(r"\w+")


def other_stage_spans(doc) -> list[Span]:
    """Spans spaCy labelled with a label of another stage (DATE, MONEY, ...)."""
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ENTITY_LABELS]


def token_texts(doc) -> set[str]:
    """The distinct token texts of a Doc, from its ORTH column: iterating the Doc builds a
    Token object per token, which was a good part of these rules' cost. (The attribute
    is named, not imported: entity resolution imports this module in a process that
    never needs spaCy.)"""
    if not len(doc):
        return set()
    strings = doc.vocab.strings
    return {strings[h] for h in set(doc.to_array("ORTH").tolist())}


def name_repeats(doc, cands: list[Cand], text: str | None = None) -> list[Cand]:
    """Other occurrences of a name already found, which spaCy missed (same label, no vote).

    One pass over the words of the text, looking up the names that start with each word, so
    the cost stays linear in the length of the article.
    """
    text = doc.text if text is None else text
    lower_words = {w for w in token_texts(doc) if w.islower()}
    seen: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        name = text[c.start : c.end]
        if len(name) >= 3 and "\n" not in name and not is_native(name):
            if name.lower() not in lower_words and _WORD.match(name):
                seen.setdefault(name, c)
    by_first: dict[str, list[str]] = {}
    for name in sorted(seen, key=lambda n: (-len(n), n)):
        by_first.setdefault(_WORD.match(name).group(), []).append(name)
    added: list[Cand] = []
    covered = Coverage(text, cands, other_stage_spans(doc))
    for m in _WORD.finditer(text):
        s = m.start()
        if s and (text[s - 1] == "-"):
            continue
        for name in by_first.get(m.group(), ()):
            e = s + len(name)
            if not text.startswith(name, s) or (e < len(text) and (
                text[e].isalnum() or text[e] in "_-"
            )):
                continue
            if covered.free(s, e) and doc.char_span(s, e) is not None:
                src = seen[name]
                added.append(
                    Cand(s, e, src.label, "repeat", title=title_before(text, s), weight=0,
                         hint=_title_after(text, e))
                )
                covered.add(s, e)
            break
    return added


def drop_common_words(doc, cands: list[Cand], text: str | None = None) -> list[Cand]:
    """One-word 'names' that the same text uses as a common noun.

    A capitalised word whose lower-case form is also written ("Knowledge-based" beside
    "knowledge"), or whose plural is ("Biopolis" beside "Biopolises"), is a common noun
    at the start of a heading or sentence, unless a longer person or place name contains it
    ("the Carters" beside "Jimmy Carter") or a title precedes it. An organisation's head
    word alone ("the Commission") is a kind of body, not a name. A place the gazetteer
    knows keeps its name beside a plural ("Velmora" beside "the two Velmoras", or
    "Velmoras economy" with its apostrophe lost).
    """
    text = doc.text if text is None else text  # Doc.text is rebuilt on every access
    all_words = token_texts(doc)
    lower_words = {w for w in all_words if w.islower()}
    in_longer = set()
    for c in cands:
        ws = text[c.start : c.end].split()
        if len(ws) > 1 and c.label in ("PERSON", "GPE", "LOC"):  # "Carter" in "Jimmy Carter"
            in_longer.update(ws)
    out = []
    for c in cands:
        name = text[c.start : c.end]
        if c.label == "ORG" and name in ORG_HEADS:
            continue  # "the Commission", "Association chairmen": a kind of body, no name
        if " " not in name and name[:1].isupper() and name[1:].islower() and not c.title:
            if name.lower() in lower_words:
                continue
            plurals = {name + "s", name + "es"}
            if name.endswith("y"):
                plurals.add(name[:-1] + "ies")
            if plurals & all_words and name not in in_longer and not (
                    c.label in PLACE_LABELS and gazetteer().places(name).well_known):
                continue
        out.append(c)
    return out


def dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span; overlapping candidates keep the earlier, then the longer."""
    best: dict[Span, Cand] = {}
    for c in cands:
        key = (c.start, c.end)
        old = best.get(key)
        if old is None or c.weight > old.weight:
            if old is not None and not c.title:
                c.title = old.title
            best[key] = c
    kept: list[Cand] = []
    for c in sorted(best.values(), key=lambda c: (c.start, -(c.end - c.start))):
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def list_context(text: str, cands: list[Cand]) -> None:
    """A one-word ORG between two places in a list ("Bremen, Valencia and Tampa") is a GPE."""
    ordered = sorted(cands, key=lambda c: c.start)
    seps = {s.strip() for s in LIST_SEPARATORS}

    def joined(a: Cand, b: Cand) -> bool:
        gap = text[a.end : b.start].strip()
        return b.start - a.end <= 8 and "\n" not in text[a.end : b.start] and gap in seps

    for prev, cur, nxt in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if cur.label != "ORG" or " " in text[cur.start : cur.end].strip():
            continue
        if prev.label in PLACE_LABELS and nxt.label in PLACE_LABELS and joined(prev, cur) and (
            joined(cur, nxt)
        ):
            cur.label, cur.rule = "GPE", "list-context"
