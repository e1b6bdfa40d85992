"""Page metadata (title, published, publisher) and body snippets, as accuracies.
"""

from __future__ import annotations

from pipeline.evaluate.match import (
    normalise_name,
    normalise_snippet,
)
from pipeline.evaluate.names import (
    as_text,
)
from pipeline.evaluate.report import METADATA_FIELDS, DocReport, MetadataCheck


def score_metadata(gold: dict, row: dict[str, str] | None, doc: DocReport) -> None:
    """Title and publisher compare as names; published as the date's first ten characters.

    A null gold field is right when ours is empty; a field absent from the gold file is not
    scored.
    """
    metadata = gold.get("metadata") if isinstance(gold.get("metadata"), dict) else {}
    for name in METADATA_FIELDS:
        if name not in metadata:
            continue
        gold_value = metadata[name]
        ours = (row or {}).get(name, "").strip()
        if row is None:
            right = False
        elif gold_value is None or not as_text(gold_value):
            right = not ours
        elif name == "published":
            right = ours[:10] == as_text(gold_value)[:10]
        else:
            right = bool(ours) and normalise_name(ours) == normalise_name(as_text(gold_value))
        doc.metadata[name] = MetadataCheck(None if gold_value is None else str(gold_value),
                                           ours, right)


def score_body(gold: dict, row: dict[str, str] | None, doc: DocReport) -> None:
    body = gold.get("body") if isinstance(gold.get("body"), dict) else {}
    text = normalise_snippet(row.get("body", "")) if row is not None else None
    for snippet in body.get("must_include") or []:
        ok = text is not None and normalise_snippet(snippet) in text
        doc.body_include.count(ok)
        if not ok:
            doc.body_failures.append(f"missing: {snippet}")
    for snippet in body.get("must_exclude") or []:
        ok = text is not None and normalise_snippet(snippet) not in text
        doc.body_exclude.count(ok)
        if not ok:
            doc.body_failures.append(f"present: {snippet}" if text is not None
                                     else f"not checked (no document): {snippet}")
