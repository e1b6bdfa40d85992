"""Acronyms and glosses: "X (ABC)", "ABC (Expanded Name)", "X (안성호)", and ABC repeated.

A definition in parentheses links the two forms as one entity; an all-capital token later
in the text that spells a known acronym or the initials of a longer name joins that name.
A country code in parentheses ("Acme Inc. (USA)") says where, not what, and common
abbreviations ("Memorandum of Understanding (MoU)") define no name. "X, also known as Y"
defines another name the same way.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.entities.missed import stop_words
from pipeline.extract.entities.names import (
    acronym_letters,
    initials,
    is_acronym,
    is_native,
    is_title_case_phrase,
    squash,
)
from pipeline.extract.entities.rules import (
    ACRONYM_STOPWORDS,
    COMMON_ABBREVIATIONS,
    FURNITURE,
    LAW_HEADS,
    PLACE_LABELS,
    WORK_HEADS,
)
from pipeline.extract.entities.spans import Cand, Coverage, Span, acceptable

_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
# words introducing the short form a text will use, before it inside the parentheses
_SHORT_FORM_INTRO = re.compile(
    r"(?:here(?:in)?after|henceforth)(?:,?[ ]+(?:referred[ ]+to[ ]+as|called))?[ ]+[\"“'‘]?"
    r"([^\"“”'‘’]+?)[\"”'’]?$", re.IGNORECASE)
_CAPS_TOKEN = re.compile(r"(?<![\w&])(?:\d(?=[A-Z]))?[A-Z](?:[A-Z0-9]|&(?=[A-Z])){1,9}(?![\w&])")
# "Tornby Science Park (3CE)": a short form may open with one digit; its letters say
# whether it is a unit instead ("a solar farm (3GW)").
_DIGIT_LED = re.compile(r"^\d[A-Z]{2,6}$")


def _expansion_before(text: str, p: int, acronym: str) -> Span | None:
    """The capitalised words right before ``p`` whose initials spell ``acronym``."""
    letters = acronym_letters(acronym)
    left = text[max(0, p - 200) : p]
    offset = p - len(left)
    tokens = list(re.finditer(r"\S+", left))
    for n in range(2, min(len(tokens), len(letters) + 4) + 1):
        chunk = tokens[-n:]
        if chunk[0].group().lower() in ACRONYM_STOPWORDS:
            continue
        phrase = left[chunk[0].start() : chunk[-1].end()]
        if not is_title_case_phrase(phrase):
            return None
        if letters in initials(phrase):
            return offset + chunk[0].start(), offset + chunk[-1].end()
    return None


def _spells(acronym: str, name: str) -> bool:
    return acronym_letters(acronym) in initials(squash(name))


def _digit_led(content: str) -> bool:
    """'3CE': one digit, then capitals that are no unit of measure."""
    return bool(_DIGIT_LED.match(content)) and content[1:].lower() not in _unit_words()


@cache
def _unit_words() -> frozenset[str]:
    """The figure stage's unit words, imported on first use: resolution imports this
    package in the run process, which must not pay for importing the figure stage."""
    from pipeline.extract.figures.rules import UNIT_WORDS

    return frozenset(UNIT_WORDS)


def parentheses(text: str, cands: list[Cand]) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """Acronym definitions and native-script glosses written in parentheses.

    ``X (ABC)``, ``X(ABC)``, ``ABC (Expanded Name)`` and ``X (안성호)`` make both forms one
    entity: new candidates are returned with links (pairs of spans) to the name before them.
    """
    by_end = {}
    for c in cands:
        by_end.setdefault(c.end, c)
    added: list[Cand] = []
    links: list[tuple[Span, Span]] = []
    for m in _PAREN.finditer(text):
        p = m.start()
        content = m.group(1)
        cs, ce = m.start(1), m.end(1)
        short = _SHORT_FORM_INTRO.match(content)
        if short:  # "(hereinafter VP)", "(hereafter referred to as 'KLA')"
            content, cs, ce = short.group(1), cs + short.start(1), cs + short.end(1)
        q = p
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        prev = by_end.get(q)
        if is_native(content):
            if prev is not None:
                added.append(Cand(cs, ce, prev.label, "native", weight=0))
                links.append(((prev.start, prev.end), (cs, ce)))
            continue
        if content in COMMON_ABBREVIATIONS:
            continue  # "Memorandum of Understanding (MoU)": a common noun, not a name
        if _names_a_country(content, text[:q], prev):
            # "Acme Inc. (USA)", "Fenwick (Canada)": where the name is, not what
            # it stands for
            added.append(Cand(cs, ce, "GPE", "country-gloss", weight=2))
            continue
        if is_acronym(content) and prev is not None and _dateline(text, prev, m.end()) and (
                acronym_letters(content) not in initials(squash(text[prev.start : prev.end]))):
            # "KELTON (VNA) -", "WASHINGTON (AP) --": a news agency after a dateline's
            # place, not the place's abbreviation
            added.append(Cand(cs, ce, "ORG", "dateline-credit", weight=2))
            continue
        if is_acronym(content) or _digit_led(content):
            if prev is None or not _spells(content, text[prev.start : prev.end]):
                # "Athletics Kenya (AK)": the model labelled only "Kenya"; a longer run of
                # capitalised words before spells the acronym ("UNESCO" after its English
                # name spells nothing, so the name before is kept)
                span = _expansion_before(text, q, content)
                if span is not None and (prev is None or span[0] < prev.start):
                    prev = Cand(span[0], span[1], "ORG", "acronym-expansion", weight=2)
                    added.append(prev)
                if prev is None:
                    continue
            head = squash(text[prev.start : prev.end]).rsplit(" ", 1)[-1]
            if head in WORK_HEADS or head in LAW_HEADS:
                # "Tornby Innovation Index (TII)": a publication's acronym, not a body's
                prev.label = "WORK_OF_ART" if head in WORK_HEADS else "LAW"
                prev.weight = 2
            elif prev.label in (None, "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"):
                prev.label, prev.weight = "ORG", 2
            added.append(Cand(cs, ce, prev.label, "acronym", weight=2))
            links.append(((prev.start, prev.end), (cs, ce)))
            continue
        if prev is not None and is_acronym(text[prev.start : prev.end]):
            if is_title_case_phrase(content) and not is_native(content) and acceptable(
                    text, cs, ce, "ORG"):  # not "ST CLOUD (March 9, 2021)"
                if prev.label in (None, "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"):
                    prev.label, prev.weight = "ORG", 2
                added.append(Cand(cs, ce, prev.label, "expansion", weight=2))
                links.append(((prev.start, prev.end), (cs, ce)))
    return added, links


_DASH_AFTER = re.compile(r"\s*(?:[-–—]|--)")


def _dateline(text: str, prev: Cand, after: int) -> bool:
    """A name opening its line and followed by "(...) -": a dateline."""
    line_start = text.rfind("\n", 0, prev.start) + 1
    return not text[line_start : prev.start].strip() and bool(_DASH_AFTER.match(text, after))


def _names_a_country(code: str, before: str, prev: Cand | None) -> bool:
    """A country's name, or a code that does not spell the initials of the name before.

    A code after a common noun ("a science park (STP)") abbreviates that noun: a country's
    code in parentheses glosses a name.
    """
    if gazetteer().country_code(code) is None:
        return False
    if not is_acronym(code):
        return True
    if prev is None:
        last = before.rstrip().rsplit(None, 1)[-1:] or [""]
        return not last[0][:1].islower()
    return acronym_letters(code) not in initials(squash(before[prev.start : prev.end]))


def acronym_repeats(
    text: str, cands: list[Cand], blocked: list[Span] = ()
) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """All-capital tokens equal to a known acronym or to the initials of a multi-word name."""
    known: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        name = squash(text[c.start : c.end])
        if c.label in (None, "PERSON"):
            continue
        if is_acronym(name) or _digit_led(name):
            known.setdefault(acronym_letters(name), c)
        elif c.label not in PLACE_LABELS or c.label == "FAC":
            for ini in initials(name):
                if len(ini) >= 3:
                    known.setdefault(ini, c)
    added: list[Cand] = []
    links: list[tuple[Span, Span]] = []
    # the model reads a short form opening with a digit as a number ("3CE" CARDINAL)
    defined = {squash(text[c.start : c.end]) for c in cands
               if _digit_led(squash(text[c.start : c.end]))}
    covered = Coverage(text, cands, [b for b in blocked if text[b[0] : b[1]] not in defined])
    for m in _CAPS_TOKEN.finditer(text):
        token = m.group()
        target = known.get(acronym_letters(token))
        if target is None or token.casefold() in FURNITURE or token in COMMON_ABBREVIATIONS:
            continue
        if not covered.free(*m.span()):
            continue
        added.append(Cand(m.start(), m.end(), target.label, "acronym-repeat", weight=0))
        links.append(((target.start, target.end), m.span()))
        covered.add(*m.span())
    return added, links


def common_noun_expansions(text: str, cands: list[Cand]) -> list[Cand]:
    """'11 Memorandums of Understanding (MoUs)': the words a common abbreviation stands for
    are a common noun phrase, so no name the model found inside them stands.
    """
    spans = []
    for m in _PAREN.finditer(text):
        content = m.group(1)
        if content not in COMMON_ABBREVIATIONS:
            continue
        q = m.start()
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        singular = content[:-1] if content.endswith("s") else content  # "MoUs"
        for form in dict.fromkeys((content, singular)):
            span = _expansion_before(text, q, form)
            if span is not None:
                spans.append(span)
                break
    if not spans:
        return cands
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]


# "X, also known as Y", "X (ZSP), formerly known as Y", "X (also called Y)"
_KNOWN_AS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*[,(]?\s*(?:also|formerly|better|previously|locally)\s+"
    r"(?:known\s+as|called)\s+(?:the\s+)?")
_NAME_RUN = re.compile(r"[^\s,;.()\n][^,;()\n]*?(?=\s*(?:[,;()\n]|\.(?:\s|$)|$))")


def known_as(text: str, cands: list[Cand]) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """'X, also known as Y': Y is another name of X, written whole up to the next comma.

    The name after "also known as" (or "formerly known as", "also called") runs to the next
    punctuation when its words are written as a name (capitalised but for function words);
    the model often labels it in pieces ("Parque Cientifico | Tecnologico de Velmora"),
    so the pieces give way to the whole, which joins X as one of its names.
    """
    out = list(cands)
    links: list[tuple[Span, Span]] = []
    for c in cands:
        m = _KNOWN_AS.match(text, c.end)
        run = _NAME_RUN.match(text, m.end()) if m else None
        if run is None:
            continue
        s, e = run.span()
        name = text[s:e]
        if not (is_title_case_phrase(name) or (" " not in name and name[:1].isupper())):
            continue
        if not acceptable(text, s, e, c.label):
            continue
        out = [o for o in out if not (s <= o.start and o.end <= e)]
        out.append(Cand(s, e, c.label, "known-as", weight=0))
        links.append(((c.start, c.end), (s, e)))
    return out, links


# "Orbis, the World Union of Harbour Towns, said": a one-word name right
# before ", the <organisation's full name>" and a comma or full stop after it.
_BEFORE_APPOSITIVE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]\w+),[ ]+the[ ]+$")
_APPOSITIVE_END = re.compile(r"[ ]*[,.;]")


def appositive_names(doc, text: str, cands: list[Cand]
                     ) -> tuple[list[Cand], list[tuple[Span, Span]]]:
    """A short name the model missed, restated in apposition by an organisation's full
    name: the word is a proper noun (not "Today, the X"), no date, and no other name."""
    added: list[Cand] = []
    links: list[tuple[Span, Span]] = []
    covered = Coverage(text, cands)
    for c in cands:
        if c.label != "ORG" or " " not in squash(text[c.start : c.end]) or \
                not _APPOSITIVE_END.match(text, c.end):
            continue
        m = _BEFORE_APPOSITIVE.search(text, max(0, c.start - 40), c.start)
        if m is None or not covered.free(*m.span(1)):
            continue
        span = doc.char_span(*m.span(1))
        if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or span[0].ent_type_ \
                in ("DATE", "TIME") or span[0].lower_ in stop_words():
            continue
        added.append(Cand(m.start(1), m.end(1), "ORG", "appositive-name", weight=0))
        links.append(((c.start, c.end), m.span(1)))
        covered.add(*m.span(1))
    return added, links
