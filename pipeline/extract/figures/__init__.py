"""FIGURES stage: every number that states an amount, share, money, rank or change.

Pipeline: patterns over the text find number expressions (figures_scan), the parse and
surrounding text decide which of them are figures (figures_filter), the parse says what
each one is about and whether it is a change (figures_about), and money amounts given
twice ("35 trillion won ($24 billion)") are linked to each other.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from spacy.tokens import Doc

from pipeline.annotate import doc_text
from pipeline.extract.figures import rules as R
from pipeline.extract.figures.about import about_and_direction
from pipeline.extract.figures.filter import (
    keep_age,
    keep_fraction,
    keep_number,
    keep_range,
    keep_ratio,
    num_tokens,
)
from pipeline.extract.figures.ranges import (
    pair_ranges,
    share_bracketed_units,
    share_change_units,
    share_compared_units,
    share_listed_units,
)
from pipeline.extract.figures.ranks import (
    counts_rank_steps,
    keep_ordinal,
    keep_rank_marker,
    of_a_ranking,
)
from pipeline.extract.figures.scan import (
    Candidate,
    scan_ages,
    scan_fractions,
    scan_numbers,
    scan_ordinals,
    scan_rank_markers,
    scan_ratios,
)
from pipeline.model import Figure

_LINK_GAP = re.compile("|".join(f"(?:{g})" for g in R.LINK_GAPS), re.IGNORECASE)
_NON_CURRENCY = {"count", "percent", "percentage_point", "basis_point", "rank"}


def is_money(unit: str) -> bool:
    """An ISO currency code (a TEU is no money)."""
    return unit.isupper() and len(unit) == 3 and unit not in ("TEU",)


# No candidate span is longer than this, so overlap checks only look this far back.
_MAX_SPAN = 500


def _overlapping(taken: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Intervals of the sorted list ``taken`` that overlap [start, end)."""
    i = bisect_left(taken, (end, -1))
    out = []
    while i > 0 and taken[i - 1][0] > start - _MAX_SPAN:
        i -= 1
        s, e = taken[i]
        if s < end and start < e:
            out.append((s, e))
    return out


def _select(doc: Doc) -> list[Candidate]:
    """Candidates that are figures, non-overlapping; earlier scanners win ties."""
    text = doc_text(doc)
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []  # sorted
    numbers = scan_numbers(text)
    share_change_units(numbers, text)
    share_compared_units(numbers, text)
    share_bracketed_units(numbers, text)
    share_listed_units(numbers, text)
    stages = (
        (scan_rank_markers(text), keep_rank_marker),
        (scan_ages(text), keep_age),
        (scan_ratios(text), keep_ratio),
        # before the numbers: "two thirds of" is a share, not a count of two
        (scan_fractions(text), keep_fraction),
        (pair_ranges(numbers, text), keep_range),
        (numbers, keep_number),
        (scan_ordinals(text), keep_ordinal),
    )
    for cands, keep in stages:
        for c in cands:
            if _overlapping(taken, c.num_start, c.num_end):
                continue
            if not keep(doc, c):
                if c.kind == "rank_marker":  # "Symphony No. 5": the 5 is part of a name
                    insort(taken, (c.num_start, c.num_end))
                continue
            # the qualifier or currency may not reach into an earlier figure
            c.start = max([c.start] + [e for s, e in _overlapping(taken, c.start, c.num_start)
                                       if s < c.num_start])
            c.start += len(text[c.start:c.num_start]) - len(text[c.start:c.num_start].lstrip())
            chosen.append(c)
            insort(taken, (c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


def _link_money(figures: list[Figure], text: str) -> None:
    """'35 trillion won ($24 billion)': two amounts for one sum point at each other;
    a third rendering ('77m euros (£53m; $100m)') points at the first."""
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if not (is_money(a.unit) and is_money(b.unit)) or a.unit == b.unit:
            continue
        if a.linked is not None:
            continue
        if _LINK_GAP.fullmatch(text[a.end:b.start]):
            a.linked, b.linked = i + 1, i
            a.about = a.about or b.about
            b.about = a.about
            k = i + 2
            while k < len(figures) and is_money(figures[k].unit) and re.fullmatch(
                    R.LINK_MORE_GAP, text[figures[k - 1].end:figures[k].start]):
                figures[k].linked = i
                figures[k].about = a.about
                k += 1


def _money_context_letters(cands: list[Candidate], doc: Doc) -> None:
    """'77m euros ... up from 38m', '2.66 billion stg ... from 2.78 billion': a bare scaled
    amount in a sentence about money, counting no noun of its own, is money too, in the
    currency of the sentence's first amount."""
    text = doc_text(doc)
    first_money: Candidate | None = None
    for prev, c in zip([None, *cands], cands, strict=False):
        gap = text[prev.end:c.start] if prev else "\n"
        if "\n" in gap or re.search(r"[.!?]\s", gap):
            first_money = None
        if first_money and c.glued in R.MONEY_ONLY_ATTACHED and not is_money(c.unit):
            c.value = c.value * R.ATTACHED_SCALES[c.glued]
            c.unit, c.scale = first_money.unit, R.SCALE_CANONICAL[c.glued.lower()]
        elif first_money and c.unit == "count" and c.scale and not _counts_a_noun(doc, c):
            c.unit = first_money.unit
        if first_money is None and is_money(c.unit) and c.scale:
            first_money = c


def _counts_a_noun(doc: Doc, c: Candidate) -> bool:
    span = num_tokens(doc, c.start, c.end)
    if span is None or span.end >= len(doc):
        return False
    return doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")


def _repeated(chosen: list[Candidate], text: str) -> set[int]:
    """'reached 40 ... Of the 40 unicorns': a bare count after "the" that repeats an
    amount already stated refers back to it; it is not a second figure."""
    seen: set[tuple[str, float | None]] = set()
    out = set()
    for i, c in enumerate(chosen):
        before = text[max(0, c.start - 8):c.start].lower().split()
        if (c.unit == "count" and c.kind == "number" and not c.qualifier and before
                and before[-1] in R.REPEAT_DETERMINERS and (c.unit, c.value) in seen):
            out.add(i)
        seen.add((c.unit, c.value))
    return out


def find_figures(doc: Doc) -> list[Figure]:
    """All figures of ``doc``, sorted by start, non-overlapping, offsets into doc.text."""
    text = doc_text(doc)
    figures: list[Figure] = []
    chosen = _select(doc)
    _money_context_letters(chosen, doc)
    repeated = _repeated(chosen, text)
    for i, c in enumerate(chosen):
        if i in repeated:
            continue
        span = num_tokens(doc, c.start, c.end)
        number = num_tokens(doc, c.num_start, c.num_end)
        steps = c.unit == "count" and number is not None and counts_rank_steps(doc, number)
        if steps or (c.unit == "count" and number is not None and not c.scale
                     and of_a_ranking(doc, number)):
            c.unit = "rank"
        about, direction = ("", "")
        if span is not None and number is not None:
            # places moved ("climbed four places") are a change of rank: the direction says
            # so, which a rank held ("ranked fourth") never has
            about, direction = about_and_direction(doc, span, number,
                                                   rank=c.unit == "rank" and not steps)
        ends = [c.low, c.high] if c.kind == "range" else [c]
        for e in ends:
            figures.append(Figure(
                start=e.start,
                end=e.end,
                text=text[e.start:e.end],
                value=e.value,
                unit=c.unit,
                qualifier=e.qualifier,
                about=about,
                scale=e.scale,
                direction=direction,
            ))
    _link_money(figures, text)
    return figures
