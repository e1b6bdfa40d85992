"""Entities: a gold entity matches a predicted one by any name and the coarse class.
"""

from __future__ import annotations

from pipeline.evaluate.match import (
    coarse_class,
    max_matching,
    name_keys,
    normalise_name,
)
from pipeline.evaluate.names import (
    PredictedNames,
    aliases_of,
    as_text,
    count_score,
)
from pipeline.evaluate.report import DocReport


def score_entities(gold: list[dict], names: PredictedNames, doc: DocReport) -> None:
    gold_items = []
    for ent in gold:
        cls = coarse_class(as_text(ent.get("type")))
        if cls is None:
            continue
        canonical = as_text(ent.get("name"))
        keys = name_keys([canonical] + aliases_of(ent))
        gold_items.append((canonical, cls, keys, normalise_name(canonical), as_text(ent["type"])))
    pred_items = []
    for eid in names.entity_ids():
        label = names.label(eid)
        cls = coarse_class(label)
        if cls is None:
            continue
        canonical = names.canonical(eid)
        pred_items.append((canonical, cls, names.keys(eid), normalise_name(canonical), label, eid))
    edges = []
    for gi, (_g, g_cls, g_keys, g_canon, _t) in enumerate(gold_items):
        for pi, (_p, p_cls, p_keys, p_canon, _l, _e) in enumerate(pred_items):
            if g_cls != p_cls or not (g_keys & p_keys):
                continue
            rank = 0 if g_canon == p_canon else 1 if (g_canon in p_keys or p_canon in g_keys) else 2
            edges.append((gi, pi, (rank,)))
    matching = max_matching(edges)
    doc.scores["entities"] = count_score(matching, len(gold_items), len(pred_items))
    matched_pred = set(matching.values())
    doc.missed["entities"] = [
        f"{g[0]} ({g[4]})" for gi, g in enumerate(gold_items) if gi not in matching
    ]
    doc.spurious["entities"] = [
        f"{p[0]} ({p[4]}) [{p[5]}]" for pi, p in enumerate(pred_items) if pi not in matched_pred
    ]
