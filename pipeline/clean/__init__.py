"""The cleaning stage: a RawDoc in, a Document (body + metadata + status) out.

Text dumps go through our rule-based cleaner (``clean_text``), saved pages through
trafilatura, readability-lxml and htmldate (``clean_html``). Metadata supplied with the
input (sidecar or jsonl fields) overrides anything detected. The stage never raises: odd
input gives a Document whose status says why it will not be annotated.
"""

from __future__ import annotations

import re

from pipeline.clean.html import clean_html
from pipeline.clean.language import decide_language, given_language
from pipeline.clean.pubdate import normalise_date
from pipeline.clean.text import clean_text
from pipeline.model import Document, RawDoc

STATUS_OK = "ok"
STATUS_EMPTY = "no article text"
ENGLISH = "en"
# A run of printable ASCII this long with no whitespace is never prose: it is a data URI,
# base64 blob, minified script or hash that leaked into the text. Such runs are removed
# from the body; left in, a 1 MB one makes the per-token extraction stages crawl.
# (Only ASCII: Chinese or Japanese paragraphs legitimately run long without spaces.)
MAX_ASCII_RUN = 1000
_ASCII_RUN = re.compile(rf"(?<![!-~])[!-~]{{{MAX_ASCII_RUN},}}")  # anchored: linear time


def drop_data_runs(body: str) -> str:
    """The body without over-long whitespace-free ASCII runs (see MAX_ASCII_RUN)."""
    if not _ASCII_RUN.search(body):
        return body
    lines = (" ".join(_ASCII_RUN.sub(" ", line).split()) for line in body.split("\n"))
    return "\n".join(line for line in lines if line)


def _meta_text(meta: dict, key: str) -> str:
    value = meta.get(key)
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(str(value).split())


def _status(body: str, language: str) -> str:
    if not body:
        return STATUS_EMPTY
    if language and language != ENGLISH:
        return f"not English ({language})"
    return STATUS_OK


def clean(raw: RawDoc, doc_id: str) -> Document:
    """Clean one raw document; metadata in ``raw.meta`` overrides what is detected."""
    meta = raw.meta if isinstance(raw.meta, dict) else {}
    content = raw.content if isinstance(raw.content, str) else ""
    meta_url = _meta_text(meta, "url")
    if raw.kind == "html":
        found = clean_html(content, meta_url)
        url = found.url
    else:
        found = clean_text(content)
        url = ""
    body = drop_data_runs(found.body)
    title, publisher = found.title, found.publisher
    published, published_source = found.published, found.published_source

    if "published" in meta and meta.get("published") not in (None, ""):
        given = normalise_date(str(meta["published"]))
        if given:  # a value that is not a date is ignored (a warning says so): detected stays
            published, published_source = given, "meta"
    title = _meta_text(meta, "title") or title
    publisher = _meta_text(meta, "publisher") or publisher
    url = meta_url or url
    decision = decide_language(body, given_language(_meta_text(meta, "language")))
    language = decision.language

    return Document(
        doc_id=doc_id,
        source_path=raw.source_path,
        title=title,
        published=published,
        publisher=publisher,
        url=url,
        language=language,
        body=body,
        source_line=raw.source_line,
        published_source=published_source,
        status=_status(body, language),
        source_id=meta["id"] if isinstance(meta.get("id"), str) else "",  # kept exactly
        non_english_share=decision.non_english_share,
    )
