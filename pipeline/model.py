"""Records passed between stages.

Each stage takes and returns these plain dataclasses so that stages can be tested,
cached and shipped to other processes (multiprocessing, Dask) without spaCy objects.
All offsets are character offsets into ``Document.body`` (== the spaCy ``Doc.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# InputError.severity: the input was skipped, or it was kept with a value ignored.
ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class RawDoc:
    """One input article as read from the corpus, before cleaning."""

    source_path: str  # relative to the corpus folder, POSIX separators
    source_line: int | None  # 1-based line number inside a .jsonl file, else None
    kind: str  # "text" or "html"
    content: str  # decoded text or HTML
    meta: dict = field(default_factory=dict)  # known metadata (sidecar or jsonl fields)
    encoding: str = "utf-8"
    meta_source: str = ""  # the sidecar the metadata came from (relative path), else ""


@dataclass(frozen=True)
class InputError:
    """A file, line or document that could not be processed, and why."""

    source_path: str
    stage: str  # ingest, clean, annotate, extract, resolve, write
    message: str
    severity: str = ERROR  # ERROR: the input was skipped; WARNING: kept, a value ignored


@dataclass
class Document:
    """A cleaned article: the row of the ``documents`` table."""

    doc_id: str
    source_path: str
    title: str
    published: str  # YYYY-MM-DD or ""
    publisher: str
    url: str
    language: str
    body: str
    source_line: int | None = None
    published_source: str = ""  # meta, html, text-marker, ... ("" when no date)
    status: str = "ok"  # ok, or why the document was not annotated
    encoding: str = ""  # the character encoding the input was decoded from
    source_id: str = ""  # the input's own id (jsonl or sidecar "id"), else ""
    # share of the body's letters not processed as English (1.0 for a page in another
    # language; for an English page, its passages in other scripts); None without a body
    non_english_share: float | None = None


@dataclass
class Mention:
    """A named-entity mention; ``key`` points at a LocalEntity of the same document."""

    start: int
    end: int
    text: str
    label: str  # OntoNotes label
    key: int  # LocalEntity.key
    title: str = ""  # role word(s) written before the name, e.g. "Vice Mayor"
    rule: str = "ner"  # what produced the mention


@dataclass
class LocalEntity:
    """One real-world thing as seen inside a single document (in-document coreference)."""

    key: int
    name: str  # canonical surface form inside the document
    type: str  # OntoNotes label
    aliases: list[str] = field(default_factory=list)  # other surface forms in this document


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str  # YYYY, YYYY-MM, YYYY-MM-DD, START/END, ISO 8601 duration, or ""
    kind: str  # date, range, duration, set
    granularity: str  # year, month, day, week, range, duration, ...
    anchor: str = ""  # the reference date used for relative expressions (YYYY-MM-DD)
    note: str = ""  # why the value is empty, or how it was resolved
    timex: str = ""  # the TimeML/TIMEX3 value (may use W, Q, SU, X, *_REF beyond `value`)


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | None
    unit: str  # count, percent, rank, ISO 4217 code, or a unit word
    qualifier: str = ""  # approximately, more_than, less_than, at_least, at_most, or ""
    about: str = ""  # what is counted or measured
    scale: str = ""  # the scale word applied (thousand, million, trillion, ...)
    direction: str = ""  # increase, decrease, or ""
    linked: int | None = None  # index (same list) of a paired figure, e.g. converted money


@dataclass
class Relation:
    type: str  # one of the nine relation types of FORMAT.md
    sentence_start: int  # start offset of the evidence sentence
    subject_key: int | None  # LocalEntity.key
    object_key: int | None = None
    role: str = ""
    metric: str = ""
    value: float | None = None
    unit: str = ""
    date: str = ""
    rule: str = ""  # the pattern that found the row
    figure_index: int | None = None  # index into the document's figures


@dataclass
class DocResult:
    """Everything extracted from one document, before cross-document resolution."""

    document: Document
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[LocalEntity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    timings: dict = field(default_factory=dict)  # stage -> seconds
