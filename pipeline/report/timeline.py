"""The timeline of dated relations (who visited, met, signed, founded or joined, when), as SVG.

A relation's ``date`` is in the contract's vocabulary (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``
or ``START/END`` of those); each becomes the interval of days it names, so a year is a
bar across the year and a day a dot. Durations and empty dates have no place on a calendar
and are left out. One row per relation, oldest first; beyond ``MAX_ROWS`` the most recent
are drawn and the page says how many were left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from html import escape

from pipeline.report.network import EDGE_TYPES

TIMELINE_TYPES = ("visit", "meeting", "agreement", "founding", "membership")
MAX_ROWS = 200
ROW_HEIGHT, LABEL_WIDTH, PLOT_WIDTH, TOP, BOTTOM = 18, 330, 610, 28, 12
_PART = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Event:
    start: dt.date
    end: dt.date  # inclusive
    relation: dict
    label: str


@dataclass
class Timeline:
    svg: str
    drawn: int
    dated: int  # relations of the timeline's types with a calendar date


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a contract date value names, or None (duration, empty, malformed)."""
    if not value:
        return None
    first, _, last = value.partition("/")
    a, b = _part(first, start=True), _part(last or first, start=False)
    if a is None or b is None or b < a:
        return None
    return a, b


def _part(text: str, start: bool) -> dt.date | None:
    found = _PART.match(text)
    if not found:
        return None
    year = int(found[1])
    month = int(found[2]) if found[2] else (1 if start else 12)
    try:
        if found[3]:
            return dt.date(year, month, int(found[3]))
        day = 1 if start else calendar.monthrange(year, month)[1]
        return dt.date(year, month, day)
    except ValueError:
        return None


def events(relations: list[dict], entities: dict[str, dict]) -> list[Event]:
    found = []
    for row in relations:
        if row.get("type") not in TIMELINE_TYPES:
            continue
        days = interval(row.get("date") or "")
        if days is None:
            continue
        subject = entities.get(row.get("subject_id") or "", {}).get("name", "?")
        obj = entities.get(row.get("object_id") or "", {}).get("name", "")
        label = f"{subject} {_VERB[row['type']]} {obj}".strip()
        found.append(Event(days[0], days[1], row, label))
    found.sort(key=lambda e: (e.start, e.end, e.relation["type"], e.label,
                              e.relation["relation_id"]))
    return found


_VERB = {"visit": "visited", "meeting": "met", "agreement": "signed with",
         "founding": "founded", "membership": "joined"}


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Year ticks at a round step, or month ticks for a span under about two years."""
    years = last.year - first.year
    if years < 2:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        step = 1 if months <= 12 else 3
        ticks, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (m - 1) % step == 0:
                ticks.append((dt.date(y, m, 1), f"{y}-{m:02d}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return ticks
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if years / s <= 10),
                10 ** len(str(years)))
    start = first.year - first.year % step + (step if first.year % step else 0)
    return [(dt.date(y, 1, 1), str(y)) for y in range(start, last.year + 1, step)]


def draw(relations: list[dict], entities: dict[str, dict], link) -> Timeline:
    """The timeline SVG; ``link(relation)`` gives the URL of a relation's evidence."""
    every = events(relations, entities)
    shown = every[-MAX_ROWS:]
    if not shown:
        return Timeline("", 0, len(every))
    first = min(e.start for e in shown)
    last = max(e.end for e in shown)
    lo, hi = first.toordinal(), last.toordinal() + 1
    pad = max((hi - lo) // 40, 1)
    lo, hi = lo - pad, hi + pad

    def x(day: dt.date, end: bool = False) -> float:
        return LABEL_WIDTH + (day.toordinal() + (1 if end else 0) - lo) / (hi - lo) * PLOT_WIDTH

    height = TOP + len(shown) * ROW_HEIGHT + BOTTOM
    width = LABEL_WIDTH + PLOT_WIDTH + 20
    parts = [f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="timeline">']
    for day, text in _ticks(first, last):
        tx = x(day)
        if LABEL_WIDTH <= tx <= LABEL_WIDTH + PLOT_WIDTH:
            parts.append(f'<line class="tick" x1="{tx:.1f}" y1="{TOP - 6}" x2="{tx:.1f}" '
                         f'y2="{height - BOTTOM}" stroke="#ddd"/><text class="tick" '
                         f'x="{tx:.1f}" y="{TOP - 10}" text-anchor="middle">{text}</text>')
    for i, event in enumerate(shown):
        y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2
        row = event.relation
        color = EDGE_TYPES[row["type"]][0]
        x0, x1 = x(event.start), x(event.end, end=True)
        mark = (f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="4" fill="{color}"/>'
                if x1 - x0 < 6 else
                f'<rect x="{x0:.1f}" y="{y - 4:.1f}" width="{x1 - x0:.1f}" height="8" '
                f'rx="3" fill="{color}" opacity="0.8"/>')
        label = event.label if len(event.label) <= 52 else event.label[:51] + "…"
        tip = f"{event.label}, {row['date']}: {row.get('evidence') or ''}"
        parts.append(
            f'<a class="event {row["type"]}" href="{escape(link(row))}">'
            f'<title>{escape(tip)}</title>'
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 4:.1f}" text-anchor="end">'
            f'{escape(label)}</text>{mark}</a>')
    parts.append("</svg>")
    return Timeline("\n".join(parts), len(shown), len(every))
