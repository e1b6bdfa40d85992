"""Per-document work: clean (``prepare``), annotate and extract one batch of documents.

Everything here is independent per document, so it can run in this process, in a
process pool or on Dask workers; only ``resolve`` and ``write`` need the whole corpus.
A document that fails in any stage becomes an error record and never stops the batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
import time

from pipeline.annotate import load_nlp, skipping
from pipeline.clean.language import foreign_spans
from pipeline.extract.dates import find_dates
from pipeline.extract.entities import find_entities
from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.figures import find_figures
from pipeline.extract.relations import find_relations
from pipeline.model import DocResult, RawDoc
from pipeline.run.prepare import MAX_BODY_CHARS, clean_batch, failure, is_annotatable

__all__ = ["MAX_BODY_CHARS", "annotate_batch", "clean_batch", "extract_one", "get_nlp",
           "is_annotatable", "process_batch", "warm"]


def _anchor(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def extract_one(result: DocResult, spacy_doc) -> DocResult:
    """Run every extraction stage on one annotated document, timing each."""
    document = result.document
    stage = "extract"
    try:
        timings = result.timings
        t0 = time.perf_counter()
        stage = "entities"
        result.sentences = [(s.start_char, s.end_char) for s in spacy_doc.sents]
        result.mentions, result.entities = find_entities(spacy_doc)
        t1 = time.perf_counter()
        stage = "dates"
        result.dates = find_dates(spacy_doc, _anchor(document.published))
        t2 = time.perf_counter()
        stage = "figures"
        result.figures = find_figures(spacy_doc)
        t3 = time.perf_counter()
        stage = "relations"
        result.relations = find_relations(
            spacy_doc, result.mentions, result.entities, result.dates, result.figures
        )
        t4 = time.perf_counter()
        timings.update(entities=t1 - t0, dates=t2 - t1, figures=t3 - t2, relations=t4 - t3)
    except Exception as exc:  # noqa: BLE001
        result.sentences, result.mentions, result.entities = [], [], []
        result.dates, result.figures, result.relations = [], [], []
        result.document.status = f"failed: {stage}"
        result.errors.append(failure(document.source_path, f"extract:{stage}", exc))
    return result


def process_batch(raws: list[RawDoc], batch_size: int = 32) -> list[DocResult]:
    """Clean, annotate and extract a batch of documents in this process."""
    return annotate_batch(clean_batch(raws), batch_size)


def annotate_batch(results: list[DocResult], batch_size: int = 32) -> list[DocResult]:
    """Annotate and extract the cleaned documents of ``results`` that can be annotated
    (English, with a body); the others are returned as they are."""
    todo = [r for r in results if is_annotatable(r)]
    if not todo:
        return results
    nlp = get_nlp()
    with _NLP_LOCK, _memory_zone(nlp):
        started = time.perf_counter()
        try:
            docs = list(nlp.pipe((_annotation_input(nlp, r) for r in todo),
                                 batch_size=batch_size))
        except Exception:  # noqa: BLE001 - find the culprit one document at a time
            docs = [_safe_annotate(nlp, r) for r in todo]
        share = (time.perf_counter() - started) / len(todo)
        for result, spacy_doc in zip(todo, docs, strict=True):
            result.timings["annotate"] = share
            if spacy_doc is not None:
                extract_one(result, spacy_doc)
        del docs  # no spaCy object may outlive the memory zone
    return results


# Every component is used: tagger (POS, tags), attribute_ruler + lemmatizer (lemmas in
# figures), parser (sentences, dependencies), ner. Name any that become unused here.
UNUSED_COMPONENTS: tuple[str, ...] = ()
_zoned_batches = 0
# One batch at a time per process: a Dask worker may run several tasks in threads, and a
# memory zone (global to the vocabulary) must not end while another thread parses.
_NLP_LOCK = threading.Lock()


def get_nlp():
    """The model with only the components extraction reads (loaded once per process)."""
    loaded = load_nlp.cache_info().currsize
    nlp = load_nlp(UNUSED_COMPONENTS)
    if load_nlp.cache_info().currsize > loaded:
        # the model and every module are loaded for good: keep them out of the garbage
        # collector's full passes, which would otherwise walk them again and again
        gc.freeze()
    return nlp


def warm() -> None:
    """Load the model and the place gazetteer now.

    A pool's fork server calls it (see ``pipeline.run.warm``), so workers forked from it
    start with both in memory instead of each loading them again.
    """
    get_nlp()
    gazetteer()


def _memory_zone(nlp):
    """spaCy's memory zone around a batch, so a long run's vocabulary does not grow.

    Strings first interned inside a zone are freed when it ends. The first batch of a
    process runs outside any zone, so that lazily built matchers and lookup tables of the
    extraction stages intern their strings permanently.
    """
    global _zoned_batches
    _zoned_batches += 1
    if _zoned_batches == 1 or not hasattr(nlp, "memory_zone"):
        return contextlib.nullcontext()
    return nlp.memory_zone()


def _annotation_input(nlp, result: DocResult):
    """The body, with its passages in other scripts skipped (see annotate.skipping)."""
    body = result.document.body
    return skipping(nlp, body, foreign_spans(body))


def _safe_annotate(nlp, result: DocResult):
    try:
        return nlp(_annotation_input(nlp, result))
    except Exception as exc:  # noqa: BLE001
        result.errors.append(failure(result.document.source_path, "annotate", exc))
        result.document.status = "failed: annotate"
        return None
