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
from pipeline.extract.figures.scan import Candidate

_DASH = re.compile(r"\s*[-–—]\s*")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
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


def _shared_unit(low: Candidate, high: Candidate) -> tuple[Candidate, Candidate] | None:
    """Both ends with the unit and scale written once, or None if they do not agree."""
    if low.unit != high.unit:
        if low.unit == "count":
            low = replace(low, unit=high.unit)
        elif high.unit == "count":
            high = replace(high, unit=low.unit)
        else:
            return None
    if high.scale and not low.scale and high.scale in R.SCALE_WORDS and low.value is not None:
        low = replace(low, value=low.value * R.SCALE_WORDS[high.scale], scale=high.scale)
    return low, high


def pair_ranges(numbers: list[Candidate], text: str) -> list[Candidate]:
    """Ranges among consecutive cardinal candidates (from scan_numbers), as one candidate
    each spanning both ends, with the ends in ``low`` and ``high``."""
    out = []
    for low, high in zip(numbers, numbers[1:], strict=False):
        if low.kind != "number" or high.kind != "number" or low.qualifier:
            continue
        if not _joined(text, low, high):
            continue
        ends = _shared_unit(low, high)
        if ends is None:
            continue
        low, high = ends
        if low.value is None or high.value is None or not 0 <= low.value < high.value:
            continue
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
        ends = _shared_unit(low, high)
        if ends is not None and ends[0].value is not None and ends[1].value is not None:
            for old, new in zip((low, high), ends, strict=True):
                old.unit, old.value, old.scale = new.unit, new.value, new.scale
