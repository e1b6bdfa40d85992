"""The output tables: names, column order, types and meaning, in one place.

The writer, the tests and ``outputs/README.md`` all read this table, so a column cannot
be added to one and forgotten in the others.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str, int or float
    doc: str


def _cols(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


DOC_ID = ("doc_id", "str", "document id: 16 hex chars of the SHA-256 of the article's content")
SENTENCE_ID = ("sentence_id", "int", "0-based index of the sentence in its document")
START = ("start", "int", "character offset into documents.body where the span starts")
END = ("end", "int", "character offset into documents.body where the span ends (exclusive)")
TEXT = ("text", "str", "the span as written")

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": _cols(
        DOC_ID,
        ("source_path", "str", "input file, relative to the corpus folder (`<texts>` for "
                               "pipeline.extract_texts)"),
        ("source_line", "int", "line number inside a .jsonl file, or a text's 1-based "
                               "position in pipeline.extract_texts (empty otherwise)"),
        ("source_id", "str", "the input's own id: a .jsonl line's or a sidecar's `id`, "
                             "else empty"),
        ("title", "str", "headline"),
        ("published", "str", "the article's own publication date, YYYY-MM-DD, or empty"),
        ("publisher", "str", "site or outlet that published the article"),
        ("url", "str", "the article's address when known"),
        ("language", "str", "ISO 639-1 code of the body's language"),
        ("body", "str", "the cleaned article text; all offsets point into it"),
        ("published_source", "str", "where `published` came from: meta, html, text-marker"),
        ("status", "str", "ok, or why the document was not annotated"),
        ("encoding", "str", "character encoding the file was decoded from"),
        ("non_english_share", "float", "share (0-1) of the body's letters not processed as "
                                       "English: 1 for a page in another language; for an "
                                       "English page, its passages in another script (kept "
                                       "in the body, skipped by annotation)"),
    ),
    "sentences": _cols(DOC_ID, SENTENCE_ID, START, END, TEXT),
    "mentions": _cols(
        DOC_ID,
        ("mention_id", "str", "doc_id:m<n>"),
        SENTENCE_ID,
        START,
        END,
        TEXT,
        ("label", "str", "OntoNotes label (PERSON, ORG, GPE, LOC, FAC, NORP, ...)"),
        ("entity_id", "str", "the resolved entity (entities.entity_id)"),
        ("title", "str", "title written before a name (Vice Mayor, CEO, ...), not part of it"),
        ("rule", "str", "what found the mention: ner, or the correcting rule"),
    ),
    "entities": _cols(
        ("entity_id", "str", "E + 12 hex chars derived from type and canonical name"),
        ("name", "str", "canonical name"),
        ("type", "str", "OntoNotes label"),
        ("aliases", "str", "every surface form, ' | '-separated"),
        ("mention_count", "int", "mentions across the corpus"),
        ("document_count", "int", "documents that mention it"),
    ),
    "entity_aliases": _cols(
        ("entity_id", "str", "entities.entity_id"),
        ("alias", "str", "one surface form of the entity"),
        ("mention_count", "int", "mentions written this way"),
    ),
    "dates": _cols(
        DOC_ID,
        ("date_id", "str", "doc_id:d<n>"),
        SENTENCE_ID,
        START,
        END,
        TEXT,
        ("value", "str", "YYYY, YYYY-MM, YYYY-MM-DD, START/END or ISO 8601 duration; "
                         "empty when it cannot be resolved"),
        ("kind", "str", "date, range, duration or set"),
        ("granularity", "str", "year, month, day, ... of the value"),
        ("anchor", "str", "the reference date used for a relative expression"),
        ("note", "str", "why the value is empty, or how it was resolved"),
        ("timex", "str", "the TimeML TIMEX3 value, for tools that speak TimeML (weeks "
                         "2024-W12, quarters 2024-Q3, PXY, PRESENT_REF, ...)"),
    ),
    "figures": _cols(
        DOC_ID,
        ("figure_id", "str", "doc_id:f<n>"),
        SENTENCE_ID,
        START,
        END,
        TEXT,
        ("value", "float", "the number with its scale word applied"),
        ("unit", "str", "count, percent, percentage_point, rank, ISO 4217 code or unit word"),
        ("qualifier", "str", "approximately, more_than, less_than, at_least, at_most or empty"),
        ("about", "str", "what is counted or measured"),
        ("scale", "str", "the scale word applied (thousand, million, ...)"),
        ("direction", "str", "increase or decrease for a change, else empty"),
        ("linked_figure_id", "str", "a paired figure, e.g. the same money in another currency"),
    ),
    "relations": _cols(
        DOC_ID,
        ("relation_id", "str", "doc_id:r<n>"),
        SENTENCE_ID,
        ("type", "str", "visit, meeting, membership, founding, position, agreement, ranking, "
                        "statistic or located_in"),
        ("subject_id", "str", "entities.entity_id"),
        ("object_id", "str", "entities.entity_id (empty for statistic and ranking)"),
        ("role", "str", "role or kind (Vice Mayor, founding member, MOU, ...)"),
        ("metric", "str", "what a statistic measures, or the ranking's name"),
        ("value", "float", "a statistic's or ranking's value"),
        ("unit", "str", "its unit, as in figures"),
        ("date", "str", "when, as in dates.value"),
        ("evidence", "str", "the sentence that states it"),
        ("rule", "str", "the pattern that found it"),
        ("figure_id", "str", "figures.figure_id of a statistic's or ranking's figure"),
    ),
    "errors": _cols(
        ("source_path", "str", "input file, relative to the corpus folder"),
        ("stage", "str", "ingest, clean, annotate, extract, resolve or write"),
        ("message", "str", "what went wrong"),
        ("severity", "str", "error: the input (file, line, sidecar or stage of a document) "
                            "was skipped; warning: the input was kept and a value ignored"),
    ),
    # Per-type views of `relations` for analysts (pipeline.output.views.build_views).
    **{
        view: _cols(
            DOC_ID,
            ("relation_id", "str", "relations.relation_id"),
            SENTENCE_ID,
            ("subject_id", "str", "entities.entity_id"),
            ("subject", "str", "the subject entity's canonical name"),
            ("object_id", "str", "entities.entity_id (empty for statistics and rankings)"),
            ("object", "str", "the object entity's canonical name"),
            *extra,
            ("evidence", "str", "the sentence that states it"),
        )
        for view, extra in (
            ("visits", [("date", "str", "when the visit took place, as in dates.value")]),
            ("meetings", [("date", "str", "when they met, as in dates.value")]),
            ("memberships", [("role", "str", "founding member, member, chair, ..."),
                             ("date", "str", "when membership began, where stated")]),
            ("foundings", [("date", "str", "when it was founded, as in dates.value")]),
            ("positions", [("role", "str", "the title held (Mayor, Vice Mayor, CEO, ...)")]),
            ("agreements", [("role", "str", "kind of agreement (MOU, treaty, ...)"),
                            ("date", "str", "when it was signed, where stated")]),
            ("rankings", [("metric", "str", "the ranking's name"),
                          ("value", "float", "the rank"),
                          ("date", "str", "the ranking's year or period, where stated"),
                          ("figure_id", "str", "figures.figure_id of the rank")]),
            ("statistics", [("metric", "str", "what is measured"),
                            ("value", "float", "the figure's value"),
                            ("unit", "str", "its unit, as in figures"),
                            ("date", "str", "the period, where stated"),
                            ("figure_id", "str", "figures.figure_id of the figure")]),
            ("locations", []),
        )
    },
}

DOCUMENT_TABLES = ("documents", "errors")

# How ``pipeline.load`` types the columns in pandas (the files keep str, int and float):
# labels from a small vocabulary as ``category``; columns that only ever hold a whole date
# (YYYY-MM-DD or empty) as ``datetime64``; other text as pandas' ``string`` with empty text
# as missing; int as nullable ``Int64``; float as ``float64``.
CATEGORY_COLUMNS = frozenset({
    "language", "published_source", "encoding", "label", "rule", "type", "kind",
    "granularity", "unit", "qualifier", "scale", "direction", "stage", "severity",
})
DATE_COLUMNS = frozenset({"published", "anchor"})
# Contract date values (YYYY, YYYY-MM, YYYY-MM-DD, START/END, durations) stay text; load
# adds beside each a `<name>_day` column: the value as datetime64 where it is one whole day.
PERIOD_COLUMNS = frozenset({("dates", "value")} | {
    (table, "date") for table, columns in TABLES.items() if any(c.name == "date" for c in columns)
})
DAY_SUFFIX = "_day"


def pandas_type(table: str, column: Column) -> str:
    """The pandas dtype ``pipeline.load`` gives ``column`` of ``table``."""
    if column.kind == "int":
        return "Int64"
    if column.kind == "float":
        return "float64"
    if column.name in DATE_COLUMNS:
        return "datetime64[ns]"
    if column.name in CATEGORY_COLUMNS:
        return "category"
    return "string"


def _loads_as(table: str, column: Column) -> str:
    dtype = pandas_type(table, column)
    if (table, column.name) in PERIOD_COLUMNS:
        return f"{dtype}, + `{column.name}{DAY_SUFFIX}` datetime64[ns]"
    return dtype


def markdown() -> str:
    """The table reference in outputs/README.md (a test keeps the two in step)."""
    lines = []
    for name, columns in TABLES.items():
        lines += [f"### {name}", "", "| column | type | pandas (`pipeline.load`) | meaning |",
                  "|---|---|---|---|"]
        lines += [f"| {c.name} | {c.kind} | {_loads_as(name, c)} | {c.doc} |" for c in columns]
        lines.append("")
    return "\n".join(lines)
