"""Decide, with the parse and the surrounding text, whether a candidate number is a figure.

Years, dates, times, durations, ages, phone numbers, ids, list numbering, page
counters and numbers inside names are numbers but not statements of amount; ordinals
are figures only when they state a rank.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import doc_text
from pipeline.extract.figures import rules as R
from pipeline.extract.figures.scan import Candidate

NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE",
               "NORP", "LOC", "LANGUAGE"}
_NON_LATIN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
_WORD_AFTER = re.compile(r"[\s\-]*([^\W\d_]+(?:['’][^\W\d_]+|\.[a-z]\.)?)")
_WORD_BEFORE = re.compile(r"([^\s\d]+)\s*$")


def num_tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _glued_run(text: str, start: int, end: int) -> bool:
    """Part of a longer digit run joined by - / : . (dates, times, phones, ids, scores)."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return bool(re.search(r"[\dA-Za-z][-/:.–]$|\d\+$", before) or re.match(r"[-/:.–]\d", after))


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


# Context windows are capped so that a very long line (a table dumped as one line) costs
# linear, not quadratic, time; no word or line test needs more context than this.
_WINDOW = 300


def _prev_word(text: str, start: int) -> str:
    line_start = text.rfind("\n", max(0, start - _WINDOW), start) + 1
    m = _WORD_BEFORE.search(text[max(line_start, start - _WINDOW):start])
    return m.group(1).lower() if m else ""


_SMALL = r"(?:\d+|" + "|".join(w for w, n in R.UNITS_WORDS.items() if 0 < n <= 12) + ")"
_JOINER = "(?:" + "|".join(re.escape(j) for j in R.INDEX_JOINERS) + ")"
_INDEXED_SPAN = re.compile(r"\b([A-Za-z]+\.?)\s+" + _SMALL + r"\s*" + _JOINER + r"\s*$")
_SPAN_GOES_ON = re.compile(r"\s*" + _JOINER + r"\s*" + _SMALL + r"\b")


def _indexed_span_end(text: str, start: int) -> bool:
    """The number closes "years one to" / "phases 2 and": an item's number, no amount."""
    m = _INDEXED_SPAN.search(text[max(0, start - _WINDOW):start])
    return bool(m) and (m.group(1).lower() in R.INDEX_PLURALS or
                        m.group(1).lower() in R.FURNITURE_WORDS)


def _line_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The line around a span, at most _WINDOW characters each side."""
    ls = max(text.rfind("\n", max(0, start - _WINDOW), start) + 1, start - _WINDOW)
    le = text.find("\n", end, end + _WINDOW)
    le = min(len(text), end + _WINDOW) if le < 0 else le
    return text[ls:start], text[end:le]


def _short_line(text: str, c: Candidate) -> bool:
    """A short line without sentence punctuation: a label, menu or counter."""
    before, after = _line_of(text, c.start, c.end)
    if re.search(r"[.!?\"”’)]\s*$", after):
        return False
    return len(re.findall(r"[^\W\d_]+", before + " " + after)) < R.MIN_PROSE_LINE_WORDS


# Three or more digit groups split by single spaces, dots, dashes or a bracketed area
# code, optionally after "+country": a phone or fax number ("+49 (0)40 890 85-433").
_PHONE = re.compile(r"(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?)?\d{1,4}(?:[ .-]\d{2,4}){2,}"
                    r"(?![\d,])")


def _in_phone_number(text: str, c: Candidate) -> bool:
    lo = max(0, c.num_start - 24)
    for m in _PHONE.finditer(text, lo, min(len(text), c.num_end + 24)):
        digits = sum(ch.isdigit() for ch in m.group())
        if m.start() <= c.num_start and c.num_end <= m.end() and digits >= 7:
            return True
    return False


def _bracketed_mark(text: str, c: Candidate) -> bool:
    """'alarms per shift[1]': a footnote or citation mark; '(1) assert ..., and (2) offer':
    the markers of an enumeration (a neighbouring "(n±1)" on the same line)."""
    if text[c.start - 1:c.start] == "[" and text[c.end:c.end + 1] == "]":
        return True
    if text[c.start - 1:c.start] != "(" or text[c.end:c.end + 1] != ")" or c.value is None:
        return False
    before, after = _line_of(text, c.start, c.end)
    n = int(c.value) if c.value.is_integer() else -1
    return any(f"({k})" in before + after for k in (n - 1, n + 1) if k > 0)


def _inline_item_number(text: str, c: Candidate) -> bool:
    """'signed three MoUs with: 1. Nantes; 2. Porto; 3. Graz': items numbered inside a line,
    each "n." or "n)" after a colon, semicolon or comma, with its neighbour n-1 or n+1."""
    if c.value is None or not c.value.is_integer() or c.start != c.num_start:
        return False
    if not re.match(r"[.)]\s+\S", text[c.num_end:c.num_end + 3]):
        return False
    if not re.search(r"(?:^|[:;,])\s*$", text[max(0, c.start - 4):c.start]):
        return False
    before, after = _line_of(text, c.start, c.end)
    n = int(c.value)
    return any(re.search(rf"(?:^|[:;,])\s*{k}[.)]\s", before + " " + after)
               for k in (n - 1, n + 1) if k > 0)


def _is_list_number(text: str, c: Candidate) -> bool:
    before, after = _line_of(text, c.start, c.end)
    return not before.strip(" \t•*·-–") and (bool(re.match(r"[.)]\s", after + " "))
                                               or not after.strip())


def _inside_name(span: Span | None) -> bool:
    return bool(span) and any(t.ent_type_ in NAME_LABELS for t in span)


def _after_proper_noun(doc: Doc, span: Span | None) -> bool:
    """'Voyager 2', 'English 101', 'Windows 11': a number that completes a name."""
    if not span or span.start == 0:
        return False
    prev = doc[span.start - 1]
    named = prev.pos_ == "PROPN" or prev.is_title and span[-1].head.i == prev.i  # "its
    # “Stage 3” action", "Category 5": a capitalised noun the number labels
    return named and not prev.is_sent_start and prev.whitespace_ == " " \
        and (span[-1].head.i in (prev.i, span[-1].i) or _code_before(prev, span))


def _code_before(prev: Token, span: Span) -> bool:
    """'RTX 3090 listings', 'the F 150 trucks': an upper-case code and a plain number
    before a noun name a model, whatever the parse hangs the number on (an amount after
    a name has its own noun first: "Kelby's 300 workers", "Kelby employs 300"; a place's
    code ends its own phrase: "in the UK 40 people died")."""
    return len(prev.text) >= 2 and prev.text.isupper() and prev.is_alpha and \
        span.text.isdigit() and prev.ent_type_ not in R.PLACE_ENT_TYPES


def _model_number(doc: Doc, span: Span | None) -> bool:
    """'Boeing's 787', 'the Standard & Poor's 500 plunged': a bare number after a name's
    possessive that counts no noun names a model or an index ("Acme's 500 workers" and
    "Ostland's 40 million" count)."""
    if not span or span.start < 2 or span.end >= len(doc):
        return False
    mark, name = doc[span.start - 1], doc[span.start - 2]
    nxt = doc[span.end]
    titled = nxt.is_title and (nxt.pos_ == "PROPN" or nxt.tag_ in ("JJS", "RBS"))
    return mark.tag_ == "POS" and name.pos_ == "PROPN" and span.text.isdigit() and (
        titled or nxt.pos_ not in ("NOUN", "ADJ") and span.root.dep_ not in (
            "nummod", "quantmod"))  # "NATO's three newest members" and "Chi-Chi's 200
    # Mexican food restaurants" count; "the FBI's 10 Most Wanted List" is a name


_DATE_VOCAB = R.MONTH_WORDS | R.DURATION_WORDS | R.WEEKDAY_WORDS | R.DATE_ENTITY_WORDS | \
    R.TIME_WORDS


def _in_date_entity(doc: Doc, span: Span) -> bool:
    """Inside a spaCy DATE/TIME entity that has a date word; the small model also tags
    bare counts ("seen 45 cases") as DATE, so the label alone is not trusted."""
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start <= span.start and span.end <= ent.end:
            if span.end < ent.end and doc[span.end].lower_ in R.DATE_PHRASE_OPENERS:
                return False  # "up from 24 last year": the date starts after the number
            return any(t.lower_ in _DATE_VOCAB for t in ent)
    return False


def _set_off_after_name(doc: Doc, span: Span | None) -> str:
    """'Lee, 82, who created ...': a bare number set off by commas after a person is an
    age ("age"); after a name and a number ("Henry 2, 29." in a match report) it is a
    minute or a score, no amount ("other"); "" when neither."""
    if span is None or span.start < 2 or span.end >= len(doc):
        return ""
    name = doc[span.start - 2]
    if not (doc[span.start - 1].text == "," and name.ent_type_ == "PERSON"
            and doc[span.end].text in (",", ")", ".")):
        return ""
    if name.is_alpha and span.text.isdigit() and 0 < int(span.text) < R.MAX_AGE:
        return "age"
    return "other"


def _capitalised_in_prose(text: str, c: Candidate) -> bool:
    """A spelled number written with a capital after a lower-case word and before a
    capitalised one ("about Six Flags", "near Three Mile Island") starts a name; in a
    title-case headline the word before is capitalised too."""
    word = text[c.num_start:c.num_end]
    return word[:1].isupper() and bool(
        re.search(r"\b[a-z]+,?\s+$", text[max(0, c.num_start - 20):c.num_start])) and \
        bool(re.match(r"\s+[A-Z]", text[c.num_end:c.num_end + 3]))


def _name_of_number(text: str, start: int) -> bool:
    """'Group of 20', 'Class of 2024': 'Capitalised of N' names a thing, not an amount."""
    return bool(re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+of\s+$", text[max(0, start - 30):start]))


def keep_number(doc: Doc, c: Candidate) -> bool:
    """A cardinal candidate from scan_numbers."""
    text = doc_text(doc)
    if _glued_run(text, c.start, c.num_end):
        return False
    return _keep_amount(doc, c)


def keep_range(doc: Doc, c: Candidate) -> bool:
    """A range from pair_ranges: kept when it is an amount by the tests of keep_number
    (its dash is allowed), is no span of years ("2019-2021"), and a count range counts
    what follows it ("10-20 delegates"; not "a 1-3 defeat", "lost 1-3 to Spain")."""
    text = doc_text(doc)
    if _glued_run(text, c.start, c.num_end):
        return False
    if all(_year_like(text, end) for end in (c.low, c.high)):
        return False
    if c.unit == "count":
        span = num_tokens(doc, c.num_start, c.num_end)
        if span is None or span.end >= len(doc) or doc[span.end].pos_ not in (
                "NOUN", "PROPN", "ADJ"):
            return False
        if _prev_word(text, c.start) in R.COMPOUND_DETERMINERS:
            return False
    return _keep_amount(doc, c)


def _year_like(text: str, c: Candidate) -> bool:
    return bool(not c.scale and c.value is not None and c.value.is_integer()
                and R.YEAR_RANGE[0] <= c.value <= R.YEAR_RANGE[1]
                and re.fullmatch(r"\d{4}", text[c.num_start:c.num_end]))


def _old_year(doc: Doc, text: str, c: Candidate, span: Span) -> bool:
    """'in 1789': a year before the modern range, tagged a date by spaCy."""
    return bool(not c.spelled and c.value is not None and c.value.is_integer()
                and R.OLD_YEAR_MIN <= c.value < R.YEAR_RANGE[0]
                and re.fullmatch(r"\d{4}", text[c.num_start:c.num_end])
                and any(e.label_ == "DATE" and e.start <= span.start and span.end <= e.end
                        for e in doc.ents))


def _keep_amount(doc: Doc, c: Candidate) -> bool:
    text = doc_text(doc)
    nxt = _next_word(text, c.end)
    prev = _prev_word(text, c.start)
    if prev and _NON_LATIN.search(prev):
        return False
    if prev in R.MONTH_WORDS and _year_like(text, c):
        return False  # "its June 1985 Swiss franc bond": a date before a currency word
    if c.unit not in ("count",):
        return True
    # bare counts only from here on
    if nxt in R.DURATION_WORDS or nxt in R.TIME_WORDS or nxt in R.MONTH_WORDS:
        return False
    if prev in R.MONTH_WORDS or prev in R.FURNITURE_WORDS or prev in R.AGE_BEFORE:
        return False
    if prev in R.SET_NAME_BEFORE:
        return False  # "the top 100 universities" names a band of a ranking
    if prev in R.INDEX_JOINERS and _indexed_span_end(text, c.start) or \
            prev in R.INDEX_PLURALS and _SPAN_GOES_ON.match(text, c.end):
        return False  # "a fee in years one to four", "phases 2 and 3": items numbered
    if nxt in R.FURNITURE_AFTER or _short_line(text, c):
        return False
    if not c.spelled and _year_like(text, c):
        return False
    if _is_list_number(text, c) or _bracketed_mark(text, c) or _in_phone_number(text, c) \
            or _inline_item_number(text, c):
        return False
    if c.spelled and re.match(r"-[a-z]", text[c.end:c.end + 2]):
        return False  # "a ten-part series", "a four-door car": a compound adjective
    if c.spelled and _capitalised_in_prose(text, c):
        return False  # "approached about Six Flags": a number word inside a name
    span = num_tokens(doc, c.num_start, c.num_end)
    if span is not None and not c.scale and _in_date_entity(doc, span):
        return False
    if span is not None and prev in R.YEAR_PREPS and _old_year(doc, text, c, span):
        return False
    if span is not None and _address_follows(doc, span):
        return False
    if not c.scale and (_inside_name(span) or _after_proper_noun(doc, span) or
                        _name_of_number(text, c.start) or _model_number(doc, span)):
        return False  # (a scaled number after a name is an amount: "B 3.8 billion")
    after_name = _set_off_after_name(doc, span)
    if after_name:
        c.unit = "year" if after_name == "age" else c.unit  # an age, like "82 years old"
        return after_name == "age"
    if c.spelled and not c.qualifier and not c.scale and c.value is not None and c.value >= 0:
        if c.value is not None and c.value < R.SPELLED_MIN_COUNT:
            return False
        if prev in R.ANAPHORIC_DETERMINERS:
            return False
        if c.value < R.SPELLED_NOUN_BELOW and (prev in R.VAGUE_BEFORE_SMALL
                                               or not _counts_plural_noun(doc, text, c)):
            return False
    if _quoted_name(text, c):
        return False
    return True


def _counts_plural_noun(doc: Doc, text: str, c: Candidate) -> bool:
    """'two new technoparks': a plural noun follows, past adjectives, with no hyphen."""
    if text[c.end:c.end + 1] == "-":
        return False
    span = num_tokens(doc, c.num_start, c.num_end)
    if span is None:
        return False
    for tok in doc[span.end: span.end + 5]:
        if tok.tag_ in ("NNS", "NNPS") or (  # the small model tags some plurals JJ
                tok.pos_ in ("ADJ", "NOUN") and _PLURAL_LOOKING.fullmatch(tok.text)):
            # "in two areas: X and Y" announces the pair listed next; no amount is stated
            return tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":"
        # past adjectives, nouns used as modifiers and quote marks: "two new "boomerang"
        # technoparks", "two investment promotion video conferences"
        if tok.is_quote or (tok.tag_ in ("JJ", "NNP", "NN") and not tok.is_punct):
            continue
        return False
    return False


_PLURAL_LOOKING = re.compile(r"[a-z]+(?:ie|[^siu])s")
_QUOTE_OPEN = "\"“‘'«"
_QUOTED_REST = re.compile(r"\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}[\"”’'»]")


def _quoted_name(text: str, c: Candidate) -> bool:
    """'the "2,000 Fellows" project': a number opening a quoted name is part of it."""
    return (c.start > 0 and text[c.start - 1] in _QUOTE_OPEN
            and bool(_QUOTED_REST.match(text, c.end)))


def _address_follows(doc: Doc, span: Span) -> bool:
    """'No. 10 Downing Street', '221 Baker Street': capitalised words then a street word."""
    for tok in doc[span.end: span.end + 3]:
        if tok.lower_ in R.ADDRESS_WORDS and tok.text[:1].isupper():
            return True
        if not tok.text[:1].isupper():
            return False
    return False


def keep_ratio(doc: Doc, c: Candidate) -> bool:
    """'one in five' is a share unless it is part of a date or digit run ('1 in 2024')."""
    text = doc_text(doc)
    return not _glued_run(text, c.start, c.end) and _next_word(text, c.end) not in (
        R.DURATION_WORDS | R.MONTH_WORDS)


_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|a|an|this|that|last|next|its|their)\s+)*([\w']+)",
                     re.IGNORECASE)


def keep_fraction(doc: Doc, c: Candidate) -> bool:
    """'a quarter of the world's GDP' is a share; 'a quarter of a century', 'half of
    2023' and 'the first half of the year' are stretches of time (the dates stage's)."""
    text = doc_text(doc)
    m = _OF_WHAT.match(text, c.end)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in R.DURATION_WORDS or word in R.MONTH_WORDS or re.fullmatch(r"\d{4}", word):
        return False
    return c.num_start != c.start or c.qualifier != "" or (
        _prev_word(text, c.start) not in R.HALF_NOT_SHARE_BEFORE)


def keep_age(doc: Doc, c: Candidate) -> bool:
    """An age from scan_ages, unless it is part of a name ('the Under 21 Cup') or a run of
    digits."""
    text = doc_text(doc)
    if _glued_run(text, c.num_start, c.num_end):
        return False
    span = num_tokens(doc, c.num_start, c.num_end)
    return not (_inside_name(span) or _quoted_name(text, c))
