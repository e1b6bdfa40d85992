"""Two amounts written as one range: "10-20 youth delegates", "between 30 and 40 firms",
"$5-10 million", "10 to 15 percent".

A range states a lower and an upper bound, so it becomes two figures: the low end with
qualifier ``at_least`` and the high end with ``at_most``. The unit or scale written once
belongs to both ends ("$5-10 million" is 5 million to 10 million dollars). "from 10 to 20"
is left alone: it is a change from one amount to another, two figures of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.figures import rules as R
from pipeline.extract.figures.scan import SPACED_UNITS, Candidate

_DASH = re.compile(r"\s*[-–—]\s*")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MOVE_BEFORE = re.compile(r"\b(?:" + R.MOVE_BEFORE_RANGE + r")\s+(?:by\s+)?$", re.IGNORECASE)
# "prices range from $700 to $850": after these, "from ... to" spans a range, not a change
_RANGE_FROM = re.compile(r"\b(?:" + "|".join(R.RANGE_VERBS) + r")\s+from\s+$", re.IGNORECASE)


def _joined(text: str, low: Candidate, high: Candidate) -> bool:
    gap = text[low.end:high.start]
    before = text[max(0, low.start - 12):low.start]
    if _DASH.fullmatch(gap):
        return True
    if _TO.fullmatch(gap):
        wider = text[max(0, low.start - 24):low.start]
        return not _FROM_BEFORE.search(before) or bool(_RANGE_FROM.search(wider))
    return bool(_AND.fullmatch(gap) and _BETWEEN_BEFORE.search(before))


def _subunit(text: str, c: Candidate) -> float:
    """The factor of a minor unit written after the amount ("15 cents": 0.01), else 1."""
    written = text[c.num_end:c.end].strip().lower()
    return R.SUBUNIT_NAMES[written][1] if written in R.SUBUNIT_NAMES else 1.0


def _shared_unit(low: Candidate, high: Candidate,
                 text: str) -> tuple[Candidate, Candidate] | None:
    """Both ends with the unit and scale written once, or None if they do not agree. A
    share has no scale: "rose 6.95 pct to 132.79 billion" is a change and a level, not a
    range of percentages. A minor unit said once is both ends' ("10 to 15 cents")."""
    if (low.unit in _SHARES or high.unit in _SHARES) and (low.scale or high.scale):
        return None
    if low.unit != high.unit:
        if low.unit == "count" and low.value is not None:
            low = replace(low, unit=high.unit, value=low.value * _subunit(text, high))
        elif high.unit == "count" and high.value is not None:
            high = replace(high, unit=low.unit, value=high.value * _subunit(text, low))
        else:
            return None
    if high.scale and not low.scale and high.scale in R.SCALE_WORDS and low.value is not None:
        low = replace(low, value=low.value * R.SCALE_WORDS[high.scale], scale=high.scale)
    return low, high


def _move_and_level(text: str, low: Candidate, high: Candidate) -> bool:
    """'rose one penny to 488', 'gained 2 to 701': after a verb of change, two amounts
    far apart are the move and the level reached ("rose 10 to 15 pct" stays a range)."""
    return (_TO.fullmatch(text[low.end:high.start]) is not None
            and _MOVE_BEFORE.search(text[max(0, low.start - 16):low.start]) is not None
            and high.value > R.MOVE_LEVEL_RATIO * max(low.value, 1e-9))


def pair_ranges(numbers: list[Candidate], text: str) -> list[Candidate]:
    """Ranges among consecutive cardinal candidates (from scan_numbers), as one candidate
    each spanning both ends, with the ends in ``low`` and ``high``."""
    out = []
    for low, high in zip(numbers, numbers[1:], strict=False):
        if low.kind != "number" or high.kind != "number" or low.qualifier:
            continue
        if not _joined(text, low, high):
            continue
        ends = _shared_unit(low, high, text)
        if ends is None:
            continue
        low, high = ends
        if low.value is None or high.value is None or not 0 <= low.value < high.value:
            continue
        if _move_and_level(text, low, high):
            continue
        if _YEAR_LIKE.match(text[low.num_start:low.num_end]) and \
                not _YEAR_LIKE.match(text[high.num_start:high.num_end]):
            continue  # "(1985 - 182,959)": the year of the amount, no range
        low = replace(low, qualifier="at_least")
        high = replace(high, qualifier="at_most")
        out.append(Candidate(
            start=low.start, end=high.end, num_start=low.num_start, num_end=high.num_end,
            value=high.value, unit=high.unit, kind="range", scale=high.scale,
            spelled=low.spelled and high.spelled, low=low, high=high,
        ))
    return out


def share_change_units(numbers: list[Candidate], text: str) -> None:
    """'rose from 10 to 20 percent', 'from $3 to 5 billion': the unit and scale written once
    belong to both amounts of a change (in place; both stay figures without qualifier)."""
    for low, high in zip(numbers, numbers[1:], strict=False):
        if not (_TO.fullmatch(text[low.end:high.start])
                and _FROM_BEFORE.search(text[max(0, low.start - 12):low.start])
                and not _RANGE_FROM.search(text[max(0, low.start - 24):low.start])):
            continue
        ends = _shared_unit(low, high, text)
        if ends is not None and ends[0].value is not None and ends[1].value is not None:
            for old, new in zip((low, high), ends, strict=True):
                old.unit, old.value, old.scale = new.unit, new.value, new.scale


# "fell by 1.5 and 3 percent", "1, 2 and 5 billion dollars": bare amounts listed before a
# measured one share its unit and scale. Only "and" joins the last two ("3,321,000, or 74
# cts a share" restates an amount; "one, or possibly two, 6,000 tonne cargoes" counts
# cargoes), and a comma only further along a list that "and" closes; a bare amount with
# a noun of its own ("3 firms and 5 percent") does not touch the list, and "between 1
# and 3" is a range's.
_AND_GAP = re.compile(r"\s*,?\s+and\s+", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")


def share_listed_units(numbers: list[Candidate], text: str) -> None:
    """A bare amount listed right before a measured one takes its unit (in place)."""
    carried: set[int] = set()  # starts of amounts given a unit here
    for low, high in reversed(list(zip(numbers, numbers[1:], strict=False))):
        gap = text[low.end:high.start]
        if low.unit != "count" or high.unit in ("count", "rank") or low.kind != "number" or \
                high.kind != "number" or low.value is None or low.glued or \
                not (_AND_GAP.fullmatch(gap) or
                     high.start in carried and _COMMA_GAP.fullmatch(gap)) or \
                _BETWEEN_BEFORE.search(text[max(0, low.start - 12):low.start]) or \
                _YEAR_LIKE.match(text[low.num_start:low.num_end]):
            continue
        ends = _shared_unit(low, high, text)
        if ends is not None and ends[0].value is not None:
            low.unit, low.value, low.scale = ends[0].unit, ends[0].value, ends[0].scale
            carried.add(low.start)


# "fell to 882 tonnes from 1,764 in February and 3,008 a year ago": amounts compared with a
# measured one, written bare, are in its unit; "and" carries the unit on along such a list.
# The bare amount must end its phrase (a preposition, a time word or punctuation next), so
# "from 3 countries" keeps its own noun. A percentage passes its unit on only from a level
# ("to 5.6 pct from 5.9"): after a change ("up 3 pct from 44 billion") the amount compared
# is the level the change is taken on.
_COMPARED_GAP = re.compile(r"^[^.;:!?\d]{0,40}?\b(?:from|against|compared\s+(?:with|to)|"
                           r"versus|vs\.?)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^[^.;:!?\d]{0,30}?\b(?:and|or)\s+(?:from\s+)?$", re.IGNORECASE)
_PHRASE_END = re.compile(r"^\s*(?:$|[,.;:)]|(?:in|at|on|a|an|last|the|during|for|a\s+year|"
                         r"previously|earlier|before|ago|respectively)\b)", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"^(?:1[89]|20)\d\d$")
_SHARES = ("percent", "percentage_point")


def share_compared_units(numbers: list[Candidate], text: str) -> None:
    """A bare amount compared with the amount before it takes that amount's unit (in
    place): 'to 882 tonnes ... from 1,764', '12.5 mln tonnes from 11.2 mln'."""
    carried: set[int] = set()  # positions of amounts given a unit here
    for prev, cur in zip(numbers, numbers[1:], strict=False):
        if prev.unit == "count" or cur.unit != "count" or cur.kind != "number" or \
                prev.kind != "number" or cur.value is None or cur.glued or \
                _YEAR_LIKE.match(text[cur.num_start:cur.num_end]) or \
                not _PHRASE_END.match(text[cur.end:cur.end + 12]):
            continue
        gap = text[prev.end:cur.start]
        if prev.start in carried and _LIST_GAP.search(gap):
            cur.unit = prev.unit
        elif _COMPARED_GAP.search(gap) and (prev.unit not in _SHARES or _LEVEL_BEFORE.search(
                text[max(0, prev.start - 6):prev.start])):
            cur.unit = prev.unit
        else:
            continue
        carried.add(cur.start)


# "3,426 (168,682) tonnes of rye", "16,818 (nil) tonnes": a figure and, in brackets, the
# one it is compared with (a year earlier), the unit written once after both.
_BRACKET_THEN_UNIT = re.compile(
    r"\s*\(\s*[^()\n]{1,24}?\s*\)\s*(?P<unit>" + SPACED_UNITS + r")(?![\w])", re.IGNORECASE)


# "229,176 tonnes (1985 - 182,959)": a year-earlier amount in brackets after a measured one.
_BRACKET_OPEN = re.compile(R.COMPARED_BRACKET_OPEN)
_BRACKET_CLOSE = re.compile(r"\s*\)")


def share_bracketed_units(numbers: list[Candidate], text: str) -> None:
    """A bare amount followed by a bracketed one and then a unit word: both are in that
    unit; a bare amount alone in brackets after a measured one (no scale) is in its unit
    (in place)."""
    by_start = {c.start: c for c in numbers}
    for c in numbers:
        opened = _BRACKET_OPEN.match(text, c.end)
        inner = by_start.get(opened.end()) if opened else None
        if inner is not None and c.unit not in ("count", "rank") and not c.scale and \
                inner.unit == "count" and inner.kind == "number" and not inner.scale and \
                _BRACKET_CLOSE.match(text, inner.end):
            inner.unit = c.unit
    for c in numbers:
        if c.unit != "count" or c.kind != "number" or c.glued:
            continue
        m = _BRACKET_THEN_UNIT.match(text, c.end)
        if m is None:
            continue
        unit = R.UNIT_WORDS[re.sub(r"[\s-]+", " ", m.group("unit").lower())]
        c.unit = unit
        inner = text.find("(", c.end) + 1
        for start in range(inner, m.start("unit")):
            other = by_start.get(start)
            if other is not None and other.unit == "count" and other.kind == "number":
                other.unit = unit
