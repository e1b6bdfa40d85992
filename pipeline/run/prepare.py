"""The first per-document step: clean one batch of raw documents (no spaCy needed).

Kept apart from ``process`` (annotation and extraction) so that a process can clean without
importing spaCy: a local pool's coordinator cleans while its workers are still loading the
model (see ``parallel``), and a clean-only pool never loads it. A document that fails to
clean becomes an error record and never stops the batch.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Iterable

from pipeline.clean import clean
from pipeline.ingest import content_id
from pipeline.ingest.ignored import ignored_values
from pipeline.model import DocResult, Document, InputError, RawDoc

# Bodies longer than this are cut before spaCy (its default limit is 1,000,000 chars;
# the parser's memory grows with document length). The cut is recorded in `status`.
MAX_BODY_CHARS = 200_000


def failure(source_path: str, stage: str, exc: BaseException) -> InputError:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" (at {where.name}:{where.lineno})" if where else ""
    return InputError(source_path, stage, f"{type(exc).__name__}: {exc}{at}")


def clean_batch(raws: Iterable[RawDoc]) -> list[DocResult]:
    """Clean each raw document; a failure gives a DocResult without a usable document."""
    results = []
    for raw in raws:
        started = time.perf_counter()
        doc_id = content_id(raw.content)
        try:
            document = clean(raw, doc_id)
            document.encoding = raw.encoding
        except Exception as exc:  # noqa: BLE001 - isolation is the point
            document = Document(doc_id, raw.source_path, "", "", "", "", "", "",
                                source_line=raw.source_line, status="failed: clean",
                                encoding=raw.encoding)
            result = DocResult(document, errors=[failure(raw.source_path, "clean", exc)])
        else:
            if len(document.body) > MAX_BODY_CHARS:
                document.body = document.body[:MAX_BODY_CHARS]
                cut = f"body cut to {MAX_BODY_CHARS} characters"
                # a non-English or empty document keeps its reason (it must stay unannotated)
                ok = document.status == "ok"
                document.status = f"ok ({cut})" if ok else f"{document.status}; {cut}"
            result = DocResult(document, errors=ignored_values(raw, document))
        result.timings["clean"] = time.perf_counter() - started
        results.append(result)
    return results


def is_annotatable(result: DocResult) -> bool:
    return result.document.status.startswith("ok") and bool(result.document.body)
