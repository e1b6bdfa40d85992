"""Mark a document's mentions, dates and figures in its text with spaCy's displaCy.

displaCy's entity style, fed character spans (its ``manual`` format), escapes the text
between spans and keeps line breaks, so a page shows the body exactly as the table holds it
with each span at its stored offsets. Its template takes extra fields per span, which we
use to say what a mark is (mention, date or figure), link it to its row and give the
resolved entity or normalised value as a tooltip.

displaCy draws no overlapping spans. Mentions come first, then dates, then figures; a span
that overlaps one already drawn is left out of the text (it is still in the page's tables)
and counted, so a page never hides that it did so.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from html import escape

# A mark per span. Every field is escaped here before it goes in: displaCy escapes only
# the span's text.
TEMPLATE = (
    '<mark class="entity {kind}"{anchor} data-ref="{ref}" title="{tip}" '
    'style="background: {bg}">{text}<span class="label">{shown}</span></mark>'
)
DATE_LABEL, FIGURE_LABEL = "DATE", "FIGURE"
# displaCy's own colours for entity labels; dates and figures in its colours for DATE and
# for numbers, so the page reads like any displaCy rendering.
COLORS = {DATE_LABEL: "#bfe1d9", FIGURE_LABEL: "#e4e7d2"}
KINDS = ("mention", "date", "figure")  # drawing priority when spans overlap


@dataclass
class Span:
    kind: str  # mention, date or figure
    start: int
    end: int
    label: str  # the displaCy label, which picks the colour
    shown: str  # what the mark's label says
    anchor: str  # element id of the mark (m3, d0, f2), or empty for none
    ref: str  # entity id, date value or figure id
    tip: str

    def as_displacy(self) -> dict:
        anchor = f' id="{escape(self.anchor)}"' if self.anchor else ""
        params = {"kind": self.kind, "anchor": anchor, "ref": escape(self.ref),
                  "tip": escape(self.tip), "shown": escape(self.shown)}
        return {"start": self.start, "end": self.end, "label": self.label, "params": params}


@dataclass
class Marked:
    html: str
    drawn: dict[str, int] = field(default_factory=dict)  # kind -> spans drawn
    left_out: dict[str, int] = field(default_factory=dict)  # kind -> spans not drawn


def format_number(value: float | None) -> str:
    """A table's number as people read it: 3,000 and 2.5, never 3000.0 or 1e+13."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def figure_text(value: float | None, unit: str | None) -> str:
    number = format_number(value)
    return f"{number} {unit}".strip() if unit else number


def mention_span(row: dict, entities: dict[str, dict]) -> Span:
    entity = entities.get(row.get("entity_id") or "", {})
    tip = f"{entity.get('name', row['text'])} ({entity.get('type', row['label'])})"
    if row.get("title"):
        tip += f", titled {row['title']}"
    return Span("mention", row["start"], row["end"], row["label"], row["label"],
                _local(row["mention_id"]), row.get("entity_id") or "", tip)


def date_span(row: dict) -> Span:
    value = row.get("value") or ""
    tip = value or f"no calendar value: {row.get('note') or row.get('kind') or ''}"
    return Span("date", row["start"], row["end"], DATE_LABEL, value or DATE_LABEL,
                _local(row["date_id"]), value, tip)


def figure_span(row: dict) -> Span:
    shown = figure_text(row.get("value"), row.get("unit"))
    tip = " ".join(x for x in (row.get("qualifier") or "", shown,
                               f"({row['about']})" if row.get("about") else "") if x)
    return Span("figure", row["start"], row["end"], FIGURE_LABEL, shown or FIGURE_LABEL,
                _local(row["figure_id"]), row["figure_id"], tip)


def _local(row_id: str) -> str:
    """``doc_id:m3`` -> ``m3``: ids on a page need not repeat the document."""
    return row_id.rpartition(":")[2]


def choose(spans: list[Span], length: int) -> tuple[list[Span], dict[str, int]]:
    """The spans to draw: inside the text, by kind priority, then leftmost and longest
    first, none overlapping another; and how many of each kind were left out."""
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    chosen: list[Span] = []
    left_out: dict[str, int] = {}
    order = {kind: i for i, kind in enumerate(KINDS)}
    for span in sorted(spans, key=lambda s: (order[s.kind], s.start, s.start - s.end)):
        if 0 <= span.start < span.end <= length and _free(taken, span.start, span.end):
            taken.insert(bisect_left(taken, (span.start, span.end)), (span.start, span.end))
            chosen.append(span)
        else:
            left_out[span.kind] = left_out.get(span.kind, 0) + 1
    chosen.sort(key=lambda s: (s.start, s.end))
    return chosen, left_out


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(taken, (start, end))
    if i > 0 and taken[i - 1][1] > start:
        return False
    return not (i < len(taken) and taken[i][0] < end)


@cache
def _renderer():
    """One displaCy entity renderer per process. ``displacy.render`` builds a new one per
    call (a scan of spaCy's colour registry, about 2 ms), which a corpus of thousands of
    pages with a dozen evidence sentences each would pay tens of thousands of times."""
    from spacy.displacy.render import EntityRenderer

    return EntityRenderer({"template": TEMPLATE, "colors": COLORS})


def render(text: str, spans: list[Span]) -> Marked:
    """``text`` as displaCy's entity markup with ``spans`` marked (offsets into text)."""
    chosen, left_out = choose(spans, len(text))
    parsed = {"text": text, "ents": [s.as_displacy() for s in chosen], "title": None}
    drawn: dict[str, int] = {}
    for span in chosen:
        drawn[span.kind] = drawn.get(span.kind, 0) + 1
    return Marked(_renderer().render([parsed], page=False), drawn, left_out)


def document_spans(body_rows: dict[str, list[dict]], entities: dict[str, dict]) -> list[Span]:
    """Every mention, date and figure of one document as spans into its body."""
    return ([mention_span(r, entities) for r in body_rows.get("mentions", [])]
            + [date_span(r) for r in body_rows.get("dates", [])]
            + [figure_span(r) for r in body_rows.get("figures", [])])


def evidence(relation: dict, body: str, spans: list[Span]) -> Marked:
    """The relation's evidence sentence with its subject, object, figure and date marked.

    The evidence is the stored sentence text; it is placed in the body at its occurrence
    that holds the subject (a sentence can repeat), and the document's spans inside it are
    kept when they belong to this relation.
    """
    text = relation.get("evidence") or ""
    wanted = {relation.get("subject_id"), relation.get("object_id"), relation.get("figure_id")}
    wanted.discard(None)
    wanted.discard("")
    date = relation.get("date") or ""
    own = [s for s in spans if s.ref in wanted or (date and s.kind == "date" and s.ref == date)]
    where = _place(text, body, [s for s in own if s.kind != "date"])
    if where is None:
        return render(text, [])
    inside = [
        Span(s.kind, s.start - where, s.end - where, s.label, s.shown, "", s.ref, s.tip)
        for s in own if where <= s.start and s.end <= where + len(text)
    ]
    return render(text, inside)


def _place(text: str, body: str, spans: list[Span]) -> int | None:
    if not text:
        return None
    first, at = None, body.find(text)
    while at != -1:
        if first is None:
            first = at
        if any(at <= s.start and s.end <= at + len(text) for s in spans):
            return at
        at = body.find(text, at + 1)
    return first
