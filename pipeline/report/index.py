"""The index page: corpus summary, entity list, network, timeline, statistics, documents.

The long lists (entities, statistics, documents, errors) travel as one compact JSON block
that ``assets/report.js`` turns into searchable, sortable tables a page at a time: as HTML
rows, the entity list of a few thousand articles alone would pass the index's 2 MB budget,
and a browser would lay out tens of thousands of rows nobody scrolls to.
"""

from __future__ import annotations

import json
from collections import Counter

from pipeline.report import network, timeline
from pipeline.report.load import ReportData

# Every list: (column label, kind); kind "text", "number", or "link:N" (text linking to
# the URL in the row's column N, which is not shown). Rows are arrays in this order.
LISTS: dict[str, tuple[tuple[str, str], ...]] = {
    "entities": (("Name", "text"), ("Type", "text"), ("Mentions", "number"),
                 ("Documents", "number"), ("Other forms", "text")),
    "statistics": (("Subject", "text"), ("Metric", "text"), ("Value", "number"),
                   ("Unit", "text"), ("Date", "text"), ("Evidence", "link:6"), ("", "url")),
    "documents": (("Title", "link:8"), ("Source", "text"), ("Published", "text"),
                  ("Publisher", "text"), ("Language", "text"), ("Status", "text"),
                  ("Mentions", "number"), ("Relations", "number"), ("", "url")),
    "errors": (("Input", "link:3"), ("Stage", "text"), ("Message", "text"), ("", "url")),
}
EVIDENCE_PREVIEW = 90  # characters of the evidence sentence shown in the statistics list


def document_url(doc_id: str) -> str:
    return f"docs/{doc_id}.html"


def relation_url(row: dict) -> str:
    return f"{document_url(row['doc_id'])}#{row['relation_id'].rpartition(':')[2]}"


def _entity_rows(data: ReportData) -> list[list]:
    rows = []
    for entity in sorted(data.entities.values(),
                         key=lambda e: (-(e.get("mention_count") or 0), e["name"],
                                        e["entity_id"])):
        forms = [f for f in (entity.get("aliases") or "").split(" | ")
                 if f and f != entity["name"]]
        rows.append([entity["name"], entity["type"], entity.get("mention_count") or 0,
                     entity.get("document_count") or 0, ", ".join(forms)])
    return rows


def _statistic_rows(data: ReportData) -> list[list]:
    rows = []
    for row in data.relations():
        if row["type"] != "statistic":
            continue
        subject = data.entities.get(row.get("subject_id") or "", {}).get("name", "")
        evidence = row.get("evidence") or ""
        if len(evidence) > EVIDENCE_PREVIEW:
            evidence = evidence[:EVIDENCE_PREVIEW - 1] + "…"
        rows.append([subject, row.get("metric") or "", row.get("value"), row.get("unit") or "",
                     row.get("date") or "", evidence, relation_url(row)])
    return rows


def _document_rows(data: ReportData) -> list[list]:
    rows = []
    for doc in data.documents:
        doc_id = doc["doc_id"]
        source = doc["source_path"] + (f" line {doc['source_line']}"
                                       if doc.get("source_line") else "")
        rows.append([doc.get("title") or source, source, doc.get("published") or "",
                     doc.get("publisher") or "", doc.get("language") or "",
                     doc.get("status") or "", len(data.rows("mentions", doc_id)),
                     len(data.rows("relations", doc_id)), document_url(doc_id)])
    return rows


def _error_rows(data: ReportData) -> list[list]:
    pages = {}
    for doc in data.documents:
        pages.setdefault(doc["source_path"], document_url(doc["doc_id"]))
    return [[e["source_path"], e["stage"], e["message"], pages.get(e["source_path"], "")]
            for e in data.errors]


def list_data(data: ReportData) -> dict:
    """The JSON the index's tables are drawn from: columns and rows per list."""
    rows = {"entities": _entity_rows(data), "statistics": _statistic_rows(data),
            "documents": _document_rows(data), "errors": _error_rows(data)}
    return {name: {"columns": [{"label": label, "kind": kind} for label, kind in columns],
                   "rows": rows[name]}
            for name, columns in LISTS.items()}


def script_json(value) -> str:
    """JSON safe inside a <script> element: no "</script>" or "<!--" can close it early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029",
                                                                             "\\u2029")


def context(data: ReportData) -> dict:
    """Everything index.html shows."""
    relations = data.relations()
    net = network.draw(relations, data.entities, relation_url)
    line = timeline.draw(relations, data.entities, relation_url)
    relation_types = Counter(row["type"] for row in relations)
    return {
        "documents": len(data.documents),
        "by_status": sorted(Counter(d.get("status") or "" for d in data.documents).items()),
        "by_language": sorted(Counter(d.get("language") or "" for d in data.documents)
                              .items(), key=lambda kv: (-kv[1], kv[0])),
        "row_counts": data.row_counts,
        "relation_types": sorted(relation_types.items(), key=lambda kv: (-kv[1], kv[0])),
        "errors": len(data.errors),
        "errors_by_stage": sorted(Counter(e["stage"] for e in data.errors).items()),
        "network": net,
        "legend": network.legend(),
        "node_colors": network.NODE_COLORS,
        "timeline": line,
        "timeline_types": timeline.TIMELINE_TYPES,
        "list_json": script_json(list_data(data)),
    }
