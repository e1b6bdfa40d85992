"""Turn per-document results and the corpus-wide resolution into table rows.

Ids are derived from the document id and the row's position in its sorted table, so
they are stable for the same content and never depend on run order or a clock.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.model import DocResult, Document, InputError

if TYPE_CHECKING:
    from pipeline.resolve import Resolution


def _sentence_index(starts: list[int], offset: int) -> int | None:
    return bisect_right(starts, offset) - 1 if starts else None


def document_row(d: Document) -> dict:
    return {
        "doc_id": d.doc_id, "source_path": d.source_path, "source_line": d.source_line,
        "source_id": d.source_id, "title": d.title, "published": d.published,
        "publisher": d.publisher, "url": d.url, "language": d.language, "body": d.body,
        "published_source": d.published_source, "status": d.status, "encoding": d.encoding,
        "non_english_share": d.non_english_share,
    }


def doc_rows(result: DocResult, resolution: Resolution) -> dict[str, list[dict]]:
    """Rows of every per-document table for one document."""
    d = result.document
    doc_id, body = d.doc_id, d.body
    starts = [s for s, _ in result.sentences]
    sentences = [
        {"doc_id": doc_id, "sentence_id": i, "start": s, "end": e, "text": body[s:e]}
        for i, (s, e) in enumerate(result.sentences)
    ]
    sentence_text = {s: body[s:e] for s, e in result.sentences}

    def entity_id(key):
        return resolution.ids.get((doc_id, key)) if key is not None else None

    mentions = [
        {"doc_id": doc_id, "mention_id": f"{doc_id}:m{i}",
         "sentence_id": _sentence_index(starts, m.start), "start": m.start, "end": m.end,
         "text": m.text, "label": m.label, "entity_id": entity_id(m.key), "title": m.title,
         "rule": m.rule}
        for i, m in enumerate(result.mentions)
    ]
    dates = [
        {"doc_id": doc_id, "date_id": f"{doc_id}:d{i}",
         "sentence_id": _sentence_index(starts, t.start), "start": t.start, "end": t.end,
         "text": t.text, "value": t.value, "kind": t.kind, "granularity": t.granularity,
         "anchor": t.anchor, "note": t.note, "timex": t.timex}
        for i, t in enumerate(result.dates)
    ]
    figure_ids = [f"{doc_id}:f{i}" for i in range(len(result.figures))]
    figures = [
        {"doc_id": doc_id, "figure_id": figure_ids[i],
         "sentence_id": _sentence_index(starts, f.start), "start": f.start, "end": f.end,
         "text": f.text, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
         "about": f.about, "scale": f.scale, "direction": f.direction,
         "linked_figure_id": figure_ids[f.linked] if f.linked is not None else None}
        for i, f in enumerate(result.figures)
    ]
    relations = [
        {"doc_id": doc_id, "relation_id": f"{doc_id}:r{i}",
         "sentence_id": _sentence_index(starts, r.sentence_start), "type": r.type,
         "subject_id": entity_id(r.subject_key), "object_id": entity_id(r.object_key),
         "role": r.role, "metric": r.metric, "value": r.value, "unit": r.unit, "date": r.date,
         "evidence": sentence_text.get(r.sentence_start, "").strip(), "rule": r.rule,
         "figure_id": figure_ids[r.figure_index] if r.figure_index is not None else None}
        for i, r in enumerate(result.relations)
    ]
    return {"sentences": sentences, "mentions": mentions, "dates": dates,
            "figures": figures, "relations": relations}


def error_rows(errors: Iterable[InputError]) -> list[dict]:
    rows = {(e.source_path, e.stage, e.message, e.severity) for e in errors}
    return [{"source_path": p, "stage": s, "message": m, "severity": v}
            for p, s, m, v in sorted(rows)]
