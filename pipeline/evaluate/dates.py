"""Dates: the set of distinct normalised values per document.
"""

from __future__ import annotations

from pipeline.evaluate.match import (
    normalise_date_value,
)
from pipeline.evaluate.report import DocReport, Score


def score_dates(gold: list[dict], predicted: list[dict[str, str]], doc: DocReport) -> None:
    gold_values = {normalise_date_value(d.get("value")) for d in gold} - {""}
    pred_values = {normalise_date_value(r.get("value")) for r in predicted} - {""}
    both = gold_values & pred_values
    doc.scores["dates"] = Score(tp=len(both), fp=len(pred_values - both),
                                fn=len(gold_values - both))
    doc.missed["dates"] = sorted(gold_values - both)
    doc.spurious["dates"] = sorted(pred_values - both)
