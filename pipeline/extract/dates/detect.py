"""Find candidate temporal expressions in a text with the rule table's patterns.

Detection is separate from normalisation so that a span can be found (and kept honest)
even when its value needs a publication date we do not have. The patterns are compiled
once from ``pipeline.extract.dates.rules``; the checks that need the parse (is "May" a name,
is "2000" a count of people) read the spaCy ``Doc``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX
from spacy.tokens import Doc

from pipeline.extract.dates import rules as R


@dataclass
class Atom:
    """One pattern match: a span of the text and the named groups its normaliser reads."""

    start: int
    end: int
    rule: str
    groups: dict = field(default_factory=dict)
    priority: int = 0


def _alt(words) -> str:
    """Alternation of words, longest first so that 'sept' is tried before 'sep'."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_NUM_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _placeholders() -> dict[str, str]:
    full = [m for m in R.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
    abbrev = [m for m in R.MONTHS if m not in full]
    months = rf"{_alt(full)}|(?:{_alt(abbrev)})\.?"
    units = _alt(list(R.UNITS) + list(R.UNIT_PLURALS))
    num_words = _alt(R.NUMBER_WORDS)
    rel_mods = list(R.RELATIVE_MODIFIERS) + [
        "the " + m for m in R.RELATIVE_MODIFIERS if " " not in m]
    compound = rf"(?:{'|'.join(_TENS)})[\s-](?:{'|'.join(_NUM_UNITS)})"
    return {
        "MONTH": rf"(?P<month>{months})",
        "MONTHWORD": rf"(?:{months})",
        "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[:.]\d)",
        "DAY2": r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[:.]\d)",
        "HOLIDAY": _alt(list(R.HOLIDAYS_FIXED) + list(R.HOLIDAYS_WEEKDAY)
                        + list(R.HOLIDAYS_EASTER)),
        "YEAR": r"(?:(?P<year>(?:1[5-9]|20)\d\d)|'(?P<yy>\d\d))(?![\d]|,\d|\.\d)",
        "YEAR2": r"(?:(?P<year2>(?:1[5-9]|20)\d\d)|'(?P<yy2>\d\d))(?![\d]|,\d|\.\d)",
        "POS": rf"(?:(?P<pos>{_alt(R.POSITION_MODIFIERS)})[\s-]+)?",
        "WDAYPRE": rf"(?:(?P<wdaypre>{_alt(R.WEEKDAYS)}),?\s+)?",
        "RMOD": rf"(?P<rmod>{_alt(rel_mods)})",
        "SEASON": _alt(R.SEASONS),
        "TENS": f"(?:{_alt(R.YEAR_TENS_WORDS)})",
        "TEENWORDS": f"(?:{_alt(R.YEAR_TEEN_WORDS)})",
        "UNITWORDS": f"(?:{_alt(R.YEAR_UNIT_WORDS)})",
        "WEEKDAY": _alt(R.WEEKDAYS),
        "QORD": r"first|second|third|fourth|1st|2nd|3rd|4th",
        "DECADEWORD": _alt(R.DECADE_WORDS),
        "ORDWORD": _alt(R.ORDINAL_WORDS),
        "NUM": rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|{compound}|{num_words})",
        "VAGUE": _alt(R.VAGUE_QUANTITY),
        "UNIT": rf"(?:{units})\b(?!-(?:earlier|ago|end|old|before|olds)\b)",
        "UNITPL": rf"(?:{_alt(R.UNIT_PLURALS)})",
        "SETADV": _alt(R.SET_ADVERBS),
        "REFWORD": _alt(R.REF_WORDS),
        "QMOD": rf"(?P<qmod>(?:(?:{_alt(R.QUANTITY_MODIFIERS)})\s+){{0,3}})",
    }


@lru_cache(maxsize=1)
def compiled_patterns() -> list[tuple[str, re.Pattern]]:
    """The rule table's templates with their placeholders filled, compiled once."""
    fill = _placeholders()
    out = []
    for name, template in R.PATTERNS:
        regex = template
        for key in sorted(fill, key=len, reverse=True):
            regex = regex.replace("{" + key + "}", fill[key])
        out.append((name, re.compile(r"(?<!\w)" + regex, re.IGNORECASE)))
    return out


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern:
    """Words without which (or a digit, see ``windows``) no date pattern can match.

    The full patterns are slow to try at every character of a long article; they are run
    only in windows around these words. The look-ahead for their first letters lets the
    regex engine pass over other word starts without trying each word.
    """
    words = (list(R.MONTHS) + list(R.WEEKDAYS) + list(R.UNITS) + list(R.UNIT_PLURALS)
             + list(R.SEASONS) + list(R.SET_ADVERBS) + list(R.REF_WORDS)
             + list(R.ORDINAL_WORDS) + list(R.DECADE_WORDS) + list(R.RELATIVE_DAYS)
             + list(R.HOLIDAYS_FIXED) + list(R.HOLIDAYS_WEEKDAY) + list(R.HOLIDAYS_EASTER)
             + ["nineteen", "twenty", "thousand", "fiscal", "fy", "half", "quarter"])
    firsts = "".join(sorted({w[0].lower() for w in words} | {"q"}))
    return re.compile(rf"\b(?=[{re.escape(firsts)}])(?:{_alt(words)}|q[1-4]\b)", re.IGNORECASE)


_DIGITS = re.compile(r"\d+")
_WINDOW = 48  # characters either side of a trigger: longer than any date phrase


def windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words and digits (a run of digits gives
    the stretch its digits would give one by one)."""
    out: list[tuple[int, int]] = []
    found = [m.span() for m in _DIGITS.finditer(text)]
    found += [m.span() for m in trigger_pattern().finditer(text)]
    found.sort()
    for m_start, m_end in found:
        start, end = max(0, m_start - _WINDOW), min(len(text), m_end + _WINDOW)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_LOOKALIKES = str.maketrans(R.ASCII_LETTER_LOOKALIKES)


@lru_cache(maxsize=1)
def pattern_triggers() -> list[tuple[frozenset[str], bool] | None]:
    """Per pattern (in priority order): the words and whether a digit lets it match
    (``R.PATTERN_TRIGGERS``), or None for a pattern to try in every window."""
    out: list[tuple[frozenset[str], bool] | None] = []
    for name, _ in R.PATTERNS:
        triggers = R.PATTERN_TRIGGERS.get(name)
        if triggers is None:
            out.append(None)
            continue
        words: set[str] = set()
        for item in triggers:
            if item.startswith("{"):
                words.update(max(_WORD.findall(phrase.lower()), key=len)
                             for phrase in getattr(R, item.strip("{}")))
            elif item != "<digit>":
                words.add(item)
        out.append((frozenset(words), "<digit>" in triggers))
    return out


def _window_keys(text: str, lo: int, hi: int) -> tuple[set[str], bool]:
    """The whole words (letters A-Z, any case) and whether a digit occurs in a window."""
    part = text[lo:hi]
    return set(_WORD.findall(part.translate(_LOOKALIKES).lower())), bool(_DIGIT.search(part))


def scan(text: str) -> list[Atom]:
    """Every match of every pattern (overlaps included), boundaries checked.

    A pattern is tried only in the windows that hold one of its triggers: every match it
    keeps holds one, so the atoms are those of trying every pattern in every window.
    """
    atoms = []
    spans = windows(text)
    keys = [_window_keys(text, lo, hi) for lo, hi in spans]
    for priority, ((name, pattern), trigger) in enumerate(
            zip(compiled_patterns(), pattern_triggers(), strict=True)):
        if trigger is None:
            mine = spans
        else:
            words, digit = trigger
            mine = [span for span, (present, has_digit) in zip(spans, keys, strict=True)
                    if (digit and has_digit) or not words.isdisjoint(present)]
        for m in (m for lo, hi in mine for m in pattern.finditer(text, lo, hi)):
            start, end = m.span()
            if end == start:
                continue
            # Trim trailing white space an optional group may have swallowed.
            while end > start and text[end - 1].isspace():
                end -= 1
            if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            atoms.append(Atom(start, end, name, groups, priority))
    return atoms


class DocView:
    """Token look-ups by character offset, for the checks that need the parse."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []

    def token_at(self, char: int):
        """The token covering (or starting right after) a character offset."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0:
            return self.doc[0] if len(self.doc) else None
        return self.doc[i]

    def next_token(self, char_end: int):
        tok = self.token_at(char_end - 1)
        if tok is None or tok.i + 1 >= len(self.doc):
            return None
        return self.doc[tok.i + 1]

    def prev_token(self, char_start: int):
        tok = self.token_at(char_start)
        if tok is None or tok.i == 0:
            return None
        return self.doc[tok.i - 1]


_MONTH_FRAMES = frozenset({
    "in", "since", "by", "until", "till", "last", "next", "this", "of", "early", "late", "mid",
    "during", "from", "through", "before", "after", "and", "or", "between", "to", "on",
    "throughout", "-", "–", "as", "starting", "beginning", "end", "each", "every", "past",
})


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w.$€£¥₩#+×–-]+)\s*$", text[:start])
    return m.group(1).lower() if m else ""


def plausible(atom: Atom, text: str, view: DocView | None, relaxed: bool) -> bool:
    """Reject matches that look like dates but are names, counts, verbs or ordinals."""
    g = atom.groups
    month = g.get("month")
    if month:
        if not (month[0].isupper()):
            return False
        dated = any(k in g for k in ("day", "year", "yy"))
        if view is not None and not dated:
            tok = view.token_at(atom.start + max(text[atom.start:atom.end].find(month), 0))
            if tok is not None and tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"):
                return False
        if atom.rule == "month" and month.lower().rstrip(".") in R.AMBIGUOUS_MONTHS:
            # "May" and "March" alone are verbs and names unless a frame word licenses them
            if not relaxed and _prev_word(text, atom.start) not in _MONTH_FRAMES:
                return False
    for key in ("wday", "wdaypre", "holiday"):
        if key in g and not g[key][0].isupper():
            return False
    if "day" in g and not 1 <= int(g["day"]) <= 31:
        return False
    if "day2" in g and not 1 <= int(g["day2"]) <= 31:
        return False
    if "monthnum" in g and not 1 <= int(g["monthnum"]) <= 12:
        return False
    rule = atom.rule
    if rule in ("year", "year_range", "season_year_first") and "yy" in g:
        return False  # a lone '98 is a quotation more often than a year; beside a month it is fine
    if rule in ("year", "year_range"):
        return _plausible_year(atom, text, view)
    if rule == "season_year_first" and g["season"][0].isupper() and re.match(
            r"\s+[A-Z]", text[atom.end:]):
        return False  # "the 1994 Winter Olympics": the season word is part of a name
    if rule == "year_words":
        # "two thousand" is a count unless framed as a year; any year said aloud must not
        # be followed by a plural noun ("nineteen twenty people" is not a year)
        if g["ywords"].lower().startswith("two") and "yprefix" not in g:
            return False
        if view is not None:
            nxt = view.next_token(atom.end)
            if nxt is not None and nxt.tag_ == "NNS" and nxt.is_lower:
                return False
    if rule == "ref" and view is not None and g["ref"].lower() in R.REF_ADJECTIVES:
        tok, nxt = view.token_at(atom.start), view.next_token(atom.end)
        if (tok is not None and tok.dep_ in ("amod", "compound")) or (
                nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
            return False
    if rule in ("the_quarter", "the_weekend"):
        if re.match(r"-\w", text[atom.end:]):
            return False  # "quarter-to-quarter", "quarter-end": a compound, not the quarter
        tok = view.token_at(atom.end - 1) if view is not None else None
        if tok is not None and tok.dep_ == "compound":
            return False  # "the weekend sales", "the quarter results"
    if rule == "ordinal_day":
        return _plausible_ordinal_day(atom, text, view)
    if rule == "bare_plural":
        unit = g["unit"].lower()
        if "bframe" in g:
            return True
        # "decades of research" is a quantity of work, not a stretch of time
        if re.match(r"\s+of\b", text[atom.end:]):
            return False
        return relaxed or unit in ("decades", "centuries")
    if rule in ("duration", "ago", "set_every"):
        num = (g.get("num") or "").lower()
        unit = g.get("unit", "").lower()
        if num in ("a", "an") and unit == "second":
            return False
        if unit.startswith("quarter") and re.match(r"\s+of\b", text[atom.end:]):
            return False
        if re.match(r"[\s-]*olds?\b", text[atom.end:]):
            return False
    return True


def _plausible_year(atom: Atom, text: str, view: DocView | None) -> bool:
    g = atom.groups
    before = text[max(0, atom.start - 2):atom.start]
    if re.search(r"\d[-–/.:]$", before) or re.search(r"[$€£¥₩#+]\s?$", before):
        return False
    if atom.rule == "year" and (re.search(r"\d[)\s]\s?$", text[max(0, atom.start - 3):atom.start])
                                or re.match(r"\s\(?\d{2,}", text[atom.end:atom.end + 4])):
        return False  # one group of a phone or account number: "042 270 2024 5678"
    after = text[atom.end:atom.end + 3]
    if re.match(r"[-–/.:]\d", after) and atom.rule == "year":
        return False
    if re.match(r"\s*%", after):
        return False
    if atom.rule == "year_range":
        y1 = int(g["year"])
        y2s = g["year2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 100:
            return False
    if _prev_word(text, atom.start + len(g.get("pos") or "")) in R.YEAR_BLOCKERS_BEFORE:
        return False
    if view is None:
        return True
    nxt = view.next_token(atom.end)
    if nxt is not None:
        if nxt.lower_ in R.YEAR_BLOCKERS_AFTER:
            return False
        if nxt.tag_ == "NNS" and nxt.is_lower:
            return False
    tok = view.token_at(atom.end - 1)
    if tok is not None and tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    return True


def _plausible_ordinal_day(atom: Atom, text: str, view: DocView | None) -> bool:
    word = atom.groups["oday"].lower()
    day = R.ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    if not 1 <= day <= 31:
        return False
    # "from the 6th to the 2nd place": coordinated ordinals share the noun after the last
    coord = _COORDINATED_ORDINAL.match(text, atom.end)
    end = coord.end() if coord else atom.end
    m = re.match(r"\s+([A-Za-z-]+)", text[end:])
    if m is None:
        return True
    nxt = m.group(1).lower()
    if nxt in R.NOT_DAY_NOUNS:
        return False
    if view is not None:
        tok = view.next_token(end)
        if tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not (
            tok.lower_ in R.MONTHS or tok.lower_.rstrip(".") in R.MONTHS
        ):
            return False
    return True


_COORDINATED_ORDINAL = re.compile(
    r"\s+(?:to|and|or|through)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|"
    + "|".join(sorted(R.ORDINAL_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def select(atoms: list[Atom]) -> list[Atom]:
    """Keep the longest non-overlapping atoms; on equal length the higher-priority rule."""
    chosen: list[Atom] = []
    taken: list[tuple[int, int]] = []
    for atom in sorted(atoms, key=lambda a: (-(a.end - a.start), a.priority, a.start)):
        if any(atom.start < e and s < atom.end for s, e in taken):
            continue
        chosen.append(atom)
        taken.append((atom.start, atom.end))
    return sorted(chosen, key=lambda a: a.start)
