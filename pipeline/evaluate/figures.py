"""Figures: unit and value within 0.5%, one-to-one; qualifier agreement on the side.
"""

from __future__ import annotations

from pipeline.evaluate.match import (
    max_matching,
    normalise_unit,
    parse_number,
    relative_gap,
    values_close,
)
from pipeline.evaluate.names import (
    as_text,
    count_score,
    qualifier_key,
    show_number,
)
from pipeline.evaluate.report import DocReport


def score_figures(gold: list[dict], predicted: list[dict[str, str]], doc: DocReport) -> None:
    def describe(value, unit, qualifier, text) -> str:
        qual = f" {qualifier}" if qualifier else ""
        return f"{show_number(value)} {unit}{qual} ({text})"

    gold_items = [
        (parse_number(f.get("value")), normalise_unit(as_text(f.get("unit"))),
         qualifier_key(f.get("qualifier")), f)
        for f in gold
    ]
    pred_items = [
        (parse_number(r.get("value")), normalise_unit(r.get("unit", "")),
         qualifier_key(r.get("qualifier")), r)
        for r in predicted
    ]
    edges = []
    for gi, (g_value, g_unit, g_qual, _g) in enumerate(gold_items):
        for pi, (p_value, p_unit, p_qual, _p) in enumerate(pred_items):
            if g_unit == p_unit and values_close(g_value, p_value):
                edges.append((gi, pi, (int(g_qual != p_qual), relative_gap(g_value, p_value))))
    matching = max_matching(edges)
    doc.scores["figures"] = count_score(matching, len(gold_items), len(pred_items))
    for gi, pi in matching.items():
        g_qual, p_qual = gold_items[gi][2], pred_items[pi][2]
        doc.figure_qualifier.count(g_qual == p_qual)
        if g_qual:
            doc.figure_qualifier_gold.count(g_qual == p_qual)
        if g_qual != p_qual:
            g = gold_items[gi][3]
            doc.qualifier_disagreements.append(
                f"{as_text(g.get('text'))}: gold {g_qual or '-'}, ours {p_qual or '-'}"
            )
    matched_pred = set(matching.values())
    doc.missed["figures"] = [
        describe(v, as_text(f.get("unit")), q, as_text(f.get("text")))
        for gi, (v, _u, q, f) in enumerate(gold_items) if gi not in matching
    ]
    doc.spurious["figures"] = [
        describe(v, r.get("unit", ""), q, r.get("text", ""))
        for pi, (v, _u, q, r) in enumerate(pred_items) if pi not in matched_pred
    ]
