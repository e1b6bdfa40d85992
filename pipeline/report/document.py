"""One document's page: metadata, the body with its spans marked, relations with their
evidence, dates, figures, entities, and the errors of its input file."""

from __future__ import annotations

from collections import Counter

from pipeline.report import highlight
from pipeline.report.load import ReportData

METADATA = (("doc_id", "Document id"), ("source_path", "Source"), ("source_line", "Line"),
            ("title", "Title"), ("published", "Published"),
            ("published_source", "Publication date from"), ("publisher", "Publisher"),
            ("url", "URL"), ("language", "Language"), ("status", "Status"),
            ("encoding", "Encoding"))


def _link(url: str) -> str:
    """Only web addresses become links: a page's own url could be ``javascript:``."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def _name(data: ReportData, entity_id: str | None) -> str:
    return data.entities.get(entity_id or "", {}).get("name", "")


def _entities_here(data: ReportData, mentions: list[dict]) -> list[dict]:
    counts = Counter(m.get("entity_id") or "" for m in mentions)
    forms: dict[str, list[str]] = {}
    for m in mentions:
        seen = forms.setdefault(m.get("entity_id") or "", [])
        if m["text"] not in seen:
            seen.append(m["text"])
    rows = []
    for entity_id, count in counts.items():
        entity = data.entities.get(entity_id, {})
        rows.append({"name": entity.get("name", forms[entity_id][0]),
                     "type": entity.get("type", ""), "mentions": count,
                     "forms": ", ".join(forms[entity_id]), "entity_id": entity_id})
    rows.sort(key=lambda r: (-r["mentions"], r["name"]))
    return rows


def _relation_rows(data: ReportData, doc: dict, relations: list[dict],
                   spans: list[highlight.Span]) -> list[dict]:
    rows = []
    for r in relations:
        rows.append({
            "anchor": r["relation_id"].rpartition(":")[2],
            "type": r["type"],
            "subject": _name(data, r.get("subject_id")),
            "object": _name(data, r.get("object_id")),
            "detail": "; ".join(x for x in (
                r.get("role") or "", r.get("metric") or "",
                highlight.figure_text(r.get("value"), r.get("unit"))) if x),
            "date": r.get("date") or "",
            "evidence": highlight.evidence(r, doc["body"] or "", spans).html,
            "rule": r.get("rule") or "",
        })
    return rows


def context(data: ReportData, index: int) -> dict:
    """Everything the page of ``data.documents[index]`` shows."""
    doc = data.documents[index]
    doc_id = doc["doc_id"]
    rows = {t: data.rows(t, doc_id) for t in ("mentions", "dates", "figures", "relations")}
    spans = highlight.document_spans(rows, data.entities)
    body = highlight.render(doc["body"] or "", spans)

    def neighbour(i: int) -> dict | None:
        if 0 <= i < len(data.documents):
            other = data.documents[i]
            return {"url": f"{other['doc_id']}.html",
                    "title": other.get("title") or other["source_path"]}
        return None

    return {
        "doc": doc,
        "metadata": [(label, doc.get(key), _link(doc.get(key)) if key == "url" else "")
                     for key, label in METADATA if doc.get(key) not in (None, "")],
        "counts": {t: len(r) for t, r in rows.items()},
        "body": body,
        "entities": _entities_here(data, rows["mentions"]),
        "relations": _relation_rows(data, doc, rows["relations"], spans),
        "dates": rows["dates"],
        "figures": [dict(f, shown=highlight.figure_text(f.get("value"), f.get("unit")))
                    for f in rows["figures"]],
        "errors": data.errors_of(doc["source_path"]),
        "previous": neighbour(index - 1),
        "next": neighbour(index + 1),
    }
