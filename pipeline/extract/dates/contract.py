"""Express a TimeML (TIMEX3) value in the contract's date vocabulary.

The normaliser speaks TimeML, because that is what benchmarks and other temporal tools
read: weeks ``2024-W12``, weekends ``2024-W12-WE``, quarters ``2024-Q3``, halves
``2024-H1``, seasons ``2023-SU``, decades ``199``, centuries ``18``, vague durations
``PXY`` and the references ``PRESENT_REF``. Users sort and validate the ``value`` column,
so it keeps only ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``START/END`` and ISO 8601
durations: every calendar unit becomes the range of its first and last day or month, and
what has no calendar extent (a vague duration, "now", a recurrence such as "every week")
becomes "" with a note saying why.

Conventions (data in ``pipeline.extract.dates.rules``): ISO weeks run Monday to Sunday;
seasons are the northern hemisphere's meteorological ones (spring March-May, summer
June-August, autumn September-November, winter December-February) and ``YYYY-WI`` is the
winter whose January falls in YYYY, as climatology counts it (``2024-WI`` =
``2023-12/2024-02``); "the 19th century" (TimeML ``18``) is the common usage 1800-1899,
not the strict 1801-1900.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.dates import rules as R

# The contract's vocabulary (CONTRACT.md), empty allowed.
CONTRACT_VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?"
    r"|P(\d+(\.\d+)?[YMWD])+(T(\d+(\.\d+)?[HMS])+)?|PT(\d+(\.\d+)?[HMS])+)?$"
)
_CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DURATION = re.compile(r"P(\d+(\.\d+)?[YMWD])+(T(\d+(\.\d+)?[HMS])+)?|PT(\d+(\.\d+)?[HMS])+")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})(?P<we>-WE)?")
_PART = re.compile(r"(?P<y>\d{4})-(?P<unit>[QH])(?P<n>\d)")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<code>SP|SU|FA|WI)")

NOTE_VAGUE_DURATION = "vague duration: no length to write"
NOTE_REF = "vague reference to the {when} (TimeML {ref}): no calendar value"
NOTE_NO_FORM = "no calendar form for this TimeML value"
NOTE_SPAN = "{unit} written as its first/last {part}"
NOTE_SET = "recurrence (TimeML SET {timex}): no single date or duration"
NOTE_INTERVAL = "recurrence (TimeML SET {timex}): the written interval as the value"


def bounds(timex: str) -> tuple[str, str, str] | None:
    """(first, last, unit) of one calendar TimeML value, or None if it has no extent."""
    if _CALENDAR.fullmatch(timex):
        return timex, timex, ""
    m = _WEEK.fullmatch(timex)
    if m:
        year, week = int(m["y"]), int(m["w"])
        first, last = (6, 7) if m["we"] else (1, 7)
        try:
            days = [dt.date.fromisocalendar(year, week, d) for d in (first, last)]
        except ValueError:
            return None
        return days[0].isoformat(), days[1].isoformat(), "weekend" if m["we"] else "week"
    m = _PART.fullmatch(timex)
    if m:
        size = 3 if m["unit"] == "Q" else 6
        n = int(m["n"])
        if not 1 <= n <= 12 // size:
            return None
        start = (n - 1) * size + 1
        year = m["y"]
        return (f"{year}-{start:02d}", f"{year}-{start + size - 1:02d}",
                "quarter" if size == 3 else "half")
    m = _SEASON.fullmatch(timex)
    if m:
        year = int(m["y"])
        (dy1, m1), (dy2, m2) = R.SEASON_MONTHS[m["code"]]
        return f"{year + dy1:04d}-{m1:02d}", f"{year + dy2:04d}-{m2:02d}", "season"
    if re.fullmatch(r"\d{3}", timex):  # decade: 199 -> the 1990s
        return f"{timex}0", f"{timex}9", "decade"
    if re.fullmatch(r"\d{2}", timex):  # century: 18 -> the 1800s ("the 19th century")
        return f"{timex}00", f"{timex}99", "century"
    return None


_PARTS = {"week": "day", "weekend": "day", "quarter": "month", "half": "month",
          "season": "month", "decade": "year", "century": "year"}


def contract_value(timex: str, kind: str = "date", interval: bool = False) -> tuple[str, str]:
    """(value, note): ``timex`` in the contract vocabulary, or "" and why not.

    A range ``A/B`` becomes the first bound of A to the last bound of B, so "from the
    third quarter to the first quarter of 2025" stays one range of months. A set
    ("every week", "annually") is written like a duration in TimeML (P1W) but is none:
    a reader would misread P1W in the value column as one week's span, so it stays empty,
    unless the text writes the interval as a count (``interval``: "every two years" says
    "two years" in so many words), which is then the value.
    """
    if not timex:
        return "", ""
    if kind == "set":
        if interval and _DURATION.fullmatch(timex):
            return timex, NOTE_INTERVAL.format(timex=timex)
        return "", NOTE_SET.format(timex=timex)
    if timex in R.REF_NAMES:
        return "", NOTE_REF.format(when=R.REF_NAMES[timex], ref=timex)
    if _DURATION.fullmatch(timex):
        return timex, ""
    if timex.startswith("P"):
        return "", NOTE_VAGUE_DURATION
    pieces = timex.split("/")
    if len(pieces) > 2:
        return "", NOTE_NO_FORM
    found = [bounds(p) for p in pieces]
    if any(b is None for b in found):
        return "", NOTE_NO_FORM
    first, last = found[0][0], found[-1][1]
    value = first if first == last else f"{first}/{last}"
    units = [b[2] for b in found if b[2]]
    note = NOTE_SPAN.format(unit=units[0], part=_PARTS[units[0]]) if units else ""
    return value, note
