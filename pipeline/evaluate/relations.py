"""Relations: type, subject and object (both orders where symmetric), or subject and value
for statistics and rankings; date agreement on the side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pipeline.evaluate.match import (
    max_matching,
    normalise_date_value,
    normalise_unit,
    parse_number,
    relative_gap,
    values_close,
)
from pipeline.evaluate.names import (
    GoldNames,
    PredictedNames,
    as_text,
    count_score,
    relation_type_key,
    show_number,
)
from pipeline.evaluate.report import DocReport, Score

SYMMETRIC_RELATIONS = frozenset({"meeting", "agreement"})
VALUE_RELATIONS = frozenset({"statistic", "ranking"})  # matched by subject and value


@dataclass
class _Rel:
    type: str
    subject: frozenset[str]
    object: frozenset[str]
    value: float | None
    unit: str
    date: str
    label: str  # readable form for the detail listing


def _describe_relation(rtype: str, subject: str, obj: str, value, unit: str, metric: str,
                       date: str) -> str:
    if rtype in VALUE_RELATIONS:
        core = f"{rtype}: {subject} = {show_number(value)}{' ' + unit if unit else ''}"
        core += f" ({metric})" if metric else ""
    else:
        core = f"{rtype}: {subject} -> {obj}"
    return core + (f" [{date}]" if date else "")


def _relation_edges(gold: list[_Rel], pred: list[_Rel]) -> list[tuple[int, int, tuple]]:
    edges = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.type != p.type:
                continue
            if g.type in VALUE_RELATIONS:
                if not (g.subject & p.subject) or not values_close(g.value, p.value):
                    continue
                gap = relative_gap(g.value, p.value)
                rank = (int(g.date != p.date), int(g.unit != p.unit), gap)
            else:
                forward = bool(g.subject & p.subject) and bool(g.object & p.object)
                backward = (g.type in SYMMETRIC_RELATIONS and bool(g.subject & p.object)
                            and bool(g.object & p.subject))
                if not (forward or backward):
                    continue
                rank = (int(g.date != p.date), int(not forward), 0.0)
            edges.append((gi, pi, rank))
    return edges


def score_relations(gold: list[dict], gold_names: GoldNames, predicted: list[dict[str, str]],
                    names: PredictedNames, doc: DocReport) -> None:
    gold_items = []
    for r in gold:
        rtype = relation_type_key(r.get("type"))
        date = normalise_date_value(r.get("date"))
        gold_items.append(_Rel(
            rtype, gold_names.keys(r.get("subject")), gold_names.keys(r.get("object")),
            parse_number(r.get("value")), normalise_unit(as_text(r.get("unit"))), date,
            _describe_relation(rtype, as_text(r.get("subject")), as_text(r.get("object")),
                               parse_number(r.get("value")), as_text(r.get("unit")),
                               as_text(r.get("metric")), date),
        ))
    pred_items = []
    for row in predicted:
        rtype = relation_type_key(row.get("type"))
        sid, oid = row.get("subject_id", ""), row.get("object_id", "")
        date = normalise_date_value(row.get("date"))
        value = parse_number(row.get("value"))
        pred_items.append(_Rel(
            rtype, names.keys(sid), names.keys(oid), value, normalise_unit(row.get("unit", "")),
            date,
            _describe_relation(rtype, names.canonical(sid) if sid else "?",
                               names.canonical(oid) if oid else "?", value,
                               row.get("unit", ""), row.get("metric", ""), date),
        ))
    matching = max_matching(_relation_edges(gold_items, pred_items))
    doc.scores["relations"] = count_score(matching, len(gold_items), len(pred_items))
    per_type: dict[str, Score] = defaultdict(Score)
    for gi, g in enumerate(gold_items):
        if gi in matching:
            per_type[g.type].tp += 1
        else:
            per_type[g.type].fn += 1
    matched_pred = set(matching.values())
    for pi, p in enumerate(pred_items):
        if pi not in matched_pred:
            per_type[p.type].fp += 1
    doc.relation_types = dict(per_type)
    for gi, pi in matching.items():
        g, p = gold_items[gi], pred_items[pi]
        doc.relation_date.count(g.date == p.date)
        if g.date:
            doc.relation_date_gold.count(g.date == p.date)
        if g.date != p.date:
            doc.date_disagreements.append(f"{g.label}: ours {p.date or '-'}")
    doc.missed["relations"] = [g.label for gi, g in enumerate(gold_items) if gi not in matching]
    doc.spurious["relations"] = [p.label for pi, p in enumerate(pred_items)
                                 if pi not in matched_pred]
