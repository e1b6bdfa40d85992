"""Metadata supplied with an input that the cleaned document could not use.

Ingest can only check a value's type; whether a ``published`` value is a date or a
``language`` value a language code is decided by cleaning. Comparing what was given with
what the document uses afterwards reports exactly the values that were dropped, so a user
who finds an empty date learns why. Each is a warning: the document itself is kept.
"""

from __future__ import annotations

from pipeline.clean.language import given_language
from pipeline.ingest.records import position, shown
from pipeline.model import WARNING, Document, InputError, RawDoc

STAGE = "clean"


def ignored_values(raw: RawDoc, document: Document) -> list[InputError]:
    """A warning for every metadata value of ``raw`` that ``document`` does not use."""
    meta = raw.meta if isinstance(raw.meta, dict) else {}
    problems = []
    published = meta.get("published")
    if published not in (None, "") and document.published_source != "meta":
        kept = f" (the page's own date {document.published} is used)" if document.published \
            else ""
        problems.append(f"field 'published' = {shown(published)} is not a date; ignored{kept}")
    language = meta.get("language")
    if isinstance(language, str) and language.strip() and not given_language(language):
        detected = f" (detected: {document.language})" if document.language else ""
        problems.append(f"field 'language' = {shown(language)} is not an ISO 639-1 code "
                        f"such as en or ko; ignored{detected}")
    where = f"{position(raw.source_path, raw.source_line)}: " if raw.source_line else ""
    source = raw.meta_source or raw.source_path
    return [InputError(source, STAGE, where + problem, WARNING) for problem in problems]
