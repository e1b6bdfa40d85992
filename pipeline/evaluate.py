"""Score the pipeline's output tables against gold annotation files (``eval/FORMAT.md``).

``evaluate(gold_dir, outputs_dir)`` reads every gold JSON file and the output tables
(Parquet preferred, CSV otherwise), matches each gold document to its output document by
file name and scores entities, dates, figures and relations with one-to-one matching,
micro-averaged over documents. Metadata, body snippets, relation dates and figure
qualifiers get accuracy figures of their own. Only gold documents are scored: output
documents without a gold file are ignored, a gold document without output counts every
gold item as missed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd
import pyarrow.parquet as pq

from pipeline.evaluate_match import (
    coarse_class,
    max_matching,
    name_keys,
    normalise_date_value,
    normalise_name,
    normalise_snippet,
    normalise_unit,
    parse_number,
    relative_gap,
    values_close,
)

SCORED_TABLES = ("entities", "dates", "figures", "relations")
OUTPUT_TABLES = ("documents", "mentions", "entities", "entity_aliases", "dates", "figures",
                 "relations")
RELATION_TYPES = ("visit", "meeting", "membership", "founding", "position", "agreement",
                  "ranking", "statistic", "located_in")
SYMMETRIC_RELATIONS = frozenset({"meeting", "agreement"})
VALUE_RELATIONS = frozenset({"statistic", "ranking"})  # matched by subject and value
METADATA_FIELDS = ("title", "published", "publisher")
ALIAS_SEPARATOR = " | "
# A CSV writer neutralises spreadsheet formulas by prefixing these with an apostrophe.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class GoldFormatError(ValueError):
    """A gold file that cannot be read or does not follow FORMAT.md."""


# --------------------------------------------------------------------------- results


@dataclass
class Score:
    """Counts of one matching; precision/recall are 1.0 when there was nothing to get wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """right out of total; ``value`` is None when there was nothing to count."""

    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    def count(self, ok: bool) -> None:
        self.total += 1
        self.right += int(bool(ok))

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class MetadataCheck:
    gold: str | None
    predicted: str
    right: bool


@dataclass
class DocReport:
    """Scores and differences for one gold document."""

    gold_file: str
    document: str
    found: bool
    doc_id: str = ""
    source_path: str = ""
    scores: dict[str, Score] = field(default_factory=dict)
    relation_types: dict[str, Score] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    relation_date: Ratio = field(default_factory=Ratio)
    relation_date_gold: Ratio = field(default_factory=Ratio)
    figure_qualifier: Ratio = field(default_factory=Ratio)
    figure_qualifier_gold: Ratio = field(default_factory=Ratio)
    metadata: dict[str, MetadataCheck] = field(default_factory=dict)
    body_include: Ratio = field(default_factory=Ratio)
    body_exclude: Ratio = field(default_factory=Ratio)
    body_failures: list[str] = field(default_factory=list)
    date_disagreements: list[str] = field(default_factory=list)
    qualifier_disagreements: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Micro-averaged scores over all gold documents, plus the per-document detail."""

    gold_dir: str
    outputs_dir: str
    documents: list[DocReport] = field(default_factory=list)
    tables: dict[str, Score] = field(default_factory=dict)
    relation_types: dict[str, Score] = field(default_factory=dict)
    relation_date: Ratio = field(default_factory=Ratio)
    relation_date_gold: Ratio = field(default_factory=Ratio)
    figure_qualifier: Ratio = field(default_factory=Ratio)
    figure_qualifier_gold: Ratio = field(default_factory=Ratio)
    metadata: dict[str, Ratio] = field(default_factory=dict)
    body_include: Ratio = field(default_factory=Ratio)
    body_exclude: Ratio = field(default_factory=Ratio)
    missing_documents: list[str] = field(default_factory=list)
    table_sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> Ratio:
        total = Ratio()
        total.add(self.body_include)
        total.add(self.body_exclude)
        return total


# --------------------------------------------------------------------------- reading


def _cell(value) -> str:
    """A table cell as text: empty for missing values, integral floats without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):  # a list column, e.g. aliases stored as list<string>
        return ALIAS_SEPARATOR.join(_cell(v) for v in value if _cell(v))
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _unneutralise(text: str) -> str:
    """Undo the CSV writer's apostrophe in front of a formula-looking cell."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def read_table(outputs_dir: Path, name: str) -> tuple[list[dict[str, str]], str, list[str]]:
    """Rows of ``<name>.parquet`` (preferred) or ``<name>.csv`` as dicts of text cells.

    Returns ``(rows, source, warnings)``; source is ``parquet``, ``csv`` or ``missing``.
    A file that cannot be read falls back to the other format, then to no rows.
    """
    warnings: list[str] = []
    parquet, csv_path = outputs_dir / f"{name}.parquet", outputs_dir / f"{name}.csv"
    if parquet.is_file():
        try:
            rows = pq.read_table(parquet).to_pylist()
            return [{k: _cell(v) for k, v in row.items()} for row in rows], "parquet", warnings
        except Exception as exc:  # noqa: BLE001 - any unreadable file is reported, not fatal
            warnings.append(f"{parquet.name}: unreadable ({exc.__class__.__name__}: {exc})")
    if csv_path.is_file():
        try:
            frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False, na_filter=False,
                                encoding="utf-8-sig")
            rows = frame.to_dict("records")
            return (
                [{str(k): _unneutralise(_cell(v)) for k, v in row.items()} for row in rows],
                "csv",
                warnings,
            )
        except Exception as exc:  # noqa: BLE001
            warnings.append(f"{csv_path.name}: unreadable ({exc.__class__.__name__}: {exc})")
    return [], "missing", warnings


@dataclass
class Outputs:
    """The output tables, indexed the way scoring needs them."""

    documents: list[dict[str, str]]
    by_doc: dict[str, dict[str, list[dict[str, str]]]]  # table -> doc_id -> rows
    entities: dict[str, dict[str, str]]  # entity_id -> row
    aliases: dict[str, list[str]]  # entity_id -> aliases (column and entity_aliases rows)
    sources: dict[str, str]
    warnings: list[str]


def load_outputs(outputs_dir: Path) -> Outputs:
    tables: dict[str, list[dict[str, str]]] = {}
    sources: dict[str, str] = {}
    warnings: list[str] = []
    for name in OUTPUT_TABLES:
        tables[name], sources[name], problems = read_table(outputs_dir, name)
        warnings.extend(problems)
    by_doc: dict[str, dict[str, list[dict[str, str]]]] = {}
    for name in ("mentions", "dates", "figures", "relations"):
        grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in tables[name]:
            grouped[row.get("doc_id", "")].append(row)
        by_doc[name] = dict(grouped)
    entities: dict[str, dict[str, str]] = {}
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in tables["entities"]:
        eid = row.get("entity_id", "")
        if not eid:
            continue
        entities.setdefault(eid, row)
        aliases[eid].extend(a for a in row.get("aliases", "").split(ALIAS_SEPARATOR) if a.strip())
    for row in tables["entity_aliases"]:
        if row.get("entity_id") and row.get("alias", "").strip():
            aliases[row["entity_id"]].append(row["alias"])
    return Outputs(tables["documents"], by_doc, entities, dict(aliases), sources, warnings)


def load_gold(gold_dir: Path) -> tuple[list[tuple[str, dict]], list[str]]:
    """Gold files under ``gold_dir`` as ``(relative path, data)``, sorted by path.

    ``*.meta.json`` sidecars and JSON files without a ``document`` key are skipped (a gold
    folder may sit beside the articles); an unreadable file is skipped with a warning, so
    one broken file does not hide the scores of the others. A missing folder is an error.
    """
    gold: list[tuple[str, dict]] = []
    warnings: list[str] = []
    if not gold_dir.is_dir():
        raise GoldFormatError(f"gold folder not found: {gold_dir}")
    for path in sorted(gold_dir.rglob("*.json"), key=lambda p: p.relative_to(gold_dir).as_posix()):
        rel = path.relative_to(gold_dir).as_posix()
        if path.name.endswith(".meta.json") or not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            warnings.append(f"{rel}: not a readable JSON file, skipped ({exc})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("document"), str):
            warnings.append(f"{rel}: no \"document\" key, skipped")
            continue
        gold.append((rel, data))
    if not gold:
        warnings.append(f"no gold files found in {gold_dir}")
    return gold, warnings


def _clean_path(path: str) -> str:
    text = path.replace("\\", "/").strip()
    while text.startswith("./"):
        text = text[2:]
    return text


class _DocumentIndex:
    """Output documents by source path and by file name, for matching gold ``document``."""

    def __init__(self, rows: list[dict[str, str]]):
        self.by_path: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.by_name: dict[str, list[dict[str, str]]] = defaultdict(list)
        order = sorted(rows, key=lambda r: (r.get("source_path", ""), r.get("source_line", ""),
                                            r.get("doc_id", "")))
        for row in order:
            path = _clean_path(row.get("source_path", ""))
            self.by_path[path].append(row)
            self.by_name[PurePosixPath(path).name].append(row)

    def find(self, document: str) -> tuple[dict[str, str] | None, int]:
        """The row for a gold ``document`` (exact source_path first, then file name) and how
        many rows were candidates; the first by source path wins when several share it."""
        wanted = _clean_path(document)
        candidates = self.by_path.get(wanted) or self.by_name.get(PurePosixPath(wanted).name)
        return (candidates[0], len(candidates)) if candidates else (None, 0)


# --------------------------------------------------------------------------- helpers


def _items(data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _aliases(entity: dict) -> list[str]:
    """A gold entity's aliases; a lone string is read as one alias, not as characters."""
    value = entity.get("aliases") or []
    if isinstance(value, str):
        value = [value]
    return [_text(a) for a in value if _text(a)] if isinstance(value, list) else []


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def _qualifier(value) -> str:
    return _text(value).lower().replace("-", "_").replace(" ", "_")


def _relation_type(value) -> str:
    return _text(value).lower().replace("-", "_").replace(" ", "_")


class _GoldNames:
    """Gold entity names: a relation's subject expands to that entity's name and aliases."""

    def __init__(self, entities: list[dict]):
        self.by_canonical: dict[str, list[str]] = {}
        self.by_alias: dict[str, list[str]] = {}
        for ent in entities:
            names = [_text(ent.get("name"))] + _aliases(ent)
            self.by_canonical.setdefault(normalise_name(names[0]), names)
            for alias in names[1:]:
                self.by_alias.setdefault(normalise_name(alias), names)

    def keys(self, name) -> frozenset[str]:
        key = normalise_name(_text(name))
        if not key:
            return frozenset()
        names = self.by_canonical.get(key) or self.by_alias.get(key) or [_text(name)]
        return name_keys(names)


class _PredictedNames:
    """Predicted entity names within one document: name, aliases and mention texts."""

    def __init__(self, outputs: Outputs, mentions: list[dict[str, str]]):
        self.outputs = outputs
        self.mention_texts: dict[str, list[str]] = defaultdict(list)
        self.mention_labels: dict[str, Counter] = defaultdict(Counter)
        for row in mentions:
            eid = row.get("entity_id", "")
            if eid:
                self.mention_texts[eid].append(row.get("text", ""))
                self.mention_labels[eid][row.get("label", "")] += 1

    def entity_ids(self) -> list[str]:
        return sorted(self.mention_texts)

    def canonical(self, eid: str) -> str:
        row = self.outputs.entities.get(eid)
        if row and row.get("name", "").strip():
            return row["name"]
        texts = sorted(self.mention_texts.get(eid, []))
        return texts[0] if texts else eid

    def label(self, eid: str) -> str:
        row = self.outputs.entities.get(eid)
        if row and row.get("type", "").strip():
            return row["type"]
        labels = self.mention_labels.get(eid)
        if not labels:
            return ""
        return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def keys(self, eid: str) -> frozenset[str]:
        if not eid:
            return frozenset()
        names: list[str] = []
        row = self.outputs.entities.get(eid)
        if row:
            names.append(row.get("name", ""))
        names.extend(self.outputs.aliases.get(eid, []))
        names.extend(self.mention_texts.get(eid, []))
        return name_keys(names)


def _count(matching: dict[int, int], n_gold: int, n_pred: int) -> Score:
    tp = len(matching)
    return Score(tp=tp, fp=n_pred - tp, fn=n_gold - tp)


# --------------------------------------------------------------------------- per table


def score_entities(gold: list[dict], names: _PredictedNames, doc: DocReport) -> None:
    gold_items = []
    for ent in gold:
        cls = coarse_class(_text(ent.get("type")))
        if cls is None:
            continue
        canonical = _text(ent.get("name"))
        keys = name_keys([canonical] + _aliases(ent))
        gold_items.append((canonical, cls, keys, normalise_name(canonical), _text(ent["type"])))
    pred_items = []
    for eid in names.entity_ids():
        label = names.label(eid)
        cls = coarse_class(label)
        if cls is None:
            continue
        canonical = names.canonical(eid)
        pred_items.append((canonical, cls, names.keys(eid), normalise_name(canonical), label, eid))
    edges = []
    for gi, (_g, g_cls, g_keys, g_canon, _t) in enumerate(gold_items):
        for pi, (_p, p_cls, p_keys, p_canon, _l, _e) in enumerate(pred_items):
            if g_cls != p_cls or not (g_keys & p_keys):
                continue
            rank = 0 if g_canon == p_canon else 1 if (g_canon in p_keys or p_canon in g_keys) else 2
            edges.append((gi, pi, (rank,)))
    matching = max_matching(edges)
    doc.scores["entities"] = _count(matching, len(gold_items), len(pred_items))
    matched_pred = set(matching.values())
    doc.missed["entities"] = [
        f"{g[0]} ({g[4]})" for gi, g in enumerate(gold_items) if gi not in matching
    ]
    doc.spurious["entities"] = [
        f"{p[0]} ({p[4]}) [{p[5]}]" for pi, p in enumerate(pred_items) if pi not in matched_pred
    ]


def score_dates(gold: list[dict], predicted: list[dict[str, str]], doc: DocReport) -> None:
    gold_values = {normalise_date_value(d.get("value")) for d in gold} - {""}
    pred_values = {normalise_date_value(r.get("value")) for r in predicted} - {""}
    both = gold_values & pred_values
    doc.scores["dates"] = Score(tp=len(both), fp=len(pred_values - both),
                                fn=len(gold_values - both))
    doc.missed["dates"] = sorted(gold_values - both)
    doc.spurious["dates"] = sorted(pred_values - both)


def score_figures(gold: list[dict], predicted: list[dict[str, str]], doc: DocReport) -> None:
    def describe(value, unit, qualifier, text) -> str:
        qual = f" {qualifier}" if qualifier else ""
        return f"{_num(value)} {unit}{qual} ({text})"

    gold_items = [
        (parse_number(f.get("value")), normalise_unit(_text(f.get("unit"))),
         _qualifier(f.get("qualifier")), f)
        for f in gold
    ]
    pred_items = [
        (parse_number(r.get("value")), normalise_unit(r.get("unit", "")),
         _qualifier(r.get("qualifier")), r)
        for r in predicted
    ]
    edges = []
    for gi, (g_value, g_unit, g_qual, _g) in enumerate(gold_items):
        for pi, (p_value, p_unit, p_qual, _p) in enumerate(pred_items):
            if g_unit == p_unit and values_close(g_value, p_value):
                edges.append((gi, pi, (int(g_qual != p_qual), relative_gap(g_value, p_value))))
    matching = max_matching(edges)
    doc.scores["figures"] = _count(matching, len(gold_items), len(pred_items))
    for gi, pi in matching.items():
        g_qual, p_qual = gold_items[gi][2], pred_items[pi][2]
        doc.figure_qualifier.count(g_qual == p_qual)
        if g_qual:
            doc.figure_qualifier_gold.count(g_qual == p_qual)
        if g_qual != p_qual:
            g = gold_items[gi][3]
            doc.qualifier_disagreements.append(
                f"{_text(g.get('text'))}: gold {g_qual or '-'}, ours {p_qual or '-'}"
            )
    matched_pred = set(matching.values())
    doc.missed["figures"] = [
        describe(v, _text(f.get("unit")), q, _text(f.get("text")))
        for gi, (v, _u, q, f) in enumerate(gold_items) if gi not in matching
    ]
    doc.spurious["figures"] = [
        describe(v, r.get("unit", ""), q, r.get("text", ""))
        for pi, (v, _u, q, r) in enumerate(pred_items) if pi not in matched_pred
    ]


@dataclass
class _Rel:
    type: str
    subject: frozenset[str]
    object: frozenset[str]
    value: float | None
    unit: str
    date: str
    label: str  # readable form for the detail listing


def _describe_relation(rtype: str, subject: str, obj: str, value, unit: str, metric: str,
                       date: str) -> str:
    if rtype in VALUE_RELATIONS:
        core = f"{rtype}: {subject} = {_num(value)}{' ' + unit if unit else ''}"
        core += f" ({metric})" if metric else ""
    else:
        core = f"{rtype}: {subject} -> {obj}"
    return core + (f" [{date}]" if date else "")


def _relation_edges(gold: list[_Rel], pred: list[_Rel]) -> list[tuple[int, int, tuple]]:
    edges = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.type != p.type:
                continue
            if g.type in VALUE_RELATIONS:
                if not (g.subject & p.subject) or not values_close(g.value, p.value):
                    continue
                gap = relative_gap(g.value, p.value)
                rank = (int(g.date != p.date), int(g.unit != p.unit), gap)
            else:
                forward = bool(g.subject & p.subject) and bool(g.object & p.object)
                backward = (g.type in SYMMETRIC_RELATIONS and bool(g.subject & p.object)
                            and bool(g.object & p.subject))
                if not (forward or backward):
                    continue
                rank = (int(g.date != p.date), int(not forward), 0.0)
            edges.append((gi, pi, rank))
    return edges


def score_relations(gold: list[dict], gold_names: _GoldNames, predicted: list[dict[str, str]],
                    names: _PredictedNames, doc: DocReport) -> None:
    gold_items = []
    for r in gold:
        rtype = _relation_type(r.get("type"))
        date = normalise_date_value(r.get("date"))
        gold_items.append(_Rel(
            rtype, gold_names.keys(r.get("subject")), gold_names.keys(r.get("object")),
            parse_number(r.get("value")), normalise_unit(_text(r.get("unit"))), date,
            _describe_relation(rtype, _text(r.get("subject")), _text(r.get("object")),
                               parse_number(r.get("value")), _text(r.get("unit")),
                               _text(r.get("metric")), date),
        ))
    pred_items = []
    for row in predicted:
        rtype = _relation_type(row.get("type"))
        sid, oid = row.get("subject_id", ""), row.get("object_id", "")
        date = normalise_date_value(row.get("date"))
        value = parse_number(row.get("value"))
        pred_items.append(_Rel(
            rtype, names.keys(sid), names.keys(oid), value, normalise_unit(row.get("unit", "")),
            date,
            _describe_relation(rtype, names.canonical(sid) if sid else "?",
                               names.canonical(oid) if oid else "?", value,
                               row.get("unit", ""), row.get("metric", ""), date),
        ))
    matching = max_matching(_relation_edges(gold_items, pred_items))
    doc.scores["relations"] = _count(matching, len(gold_items), len(pred_items))
    per_type: dict[str, Score] = defaultdict(Score)
    for gi, g in enumerate(gold_items):
        if gi in matching:
            per_type[g.type].tp += 1
        else:
            per_type[g.type].fn += 1
    matched_pred = set(matching.values())
    for pi, p in enumerate(pred_items):
        if pi not in matched_pred:
            per_type[p.type].fp += 1
    doc.relation_types = dict(per_type)
    for gi, pi in matching.items():
        g, p = gold_items[gi], pred_items[pi]
        doc.relation_date.count(g.date == p.date)
        if g.date:
            doc.relation_date_gold.count(g.date == p.date)
        if g.date != p.date:
            doc.date_disagreements.append(f"{g.label}: ours {p.date or '-'}")
    doc.missed["relations"] = [g.label for gi, g in enumerate(gold_items) if gi not in matching]
    doc.spurious["relations"] = [p.label for pi, p in enumerate(pred_items)
                                 if pi not in matched_pred]


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
        elif gold_value is None or not _text(gold_value):
            right = not ours
        elif name == "published":
            right = ours[:10] == _text(gold_value)[:10]
        else:
            right = bool(ours) and normalise_name(ours) == normalise_name(_text(gold_value))
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


# --------------------------------------------------------------------------- entry


def score_document(rel: str, gold: dict, outputs: Outputs, index: _DocumentIndex,
                   warnings: list[str]) -> DocReport:
    document = gold["document"]
    row, candidates = index.find(document)
    if candidates > 1:
        warnings.append(f"{rel}: {candidates} output documents named {document}; "
                        f"scored {row.get('source_path', '')} ({row.get('doc_id', '')})")
    doc = DocReport(gold_file=rel, document=document, found=row is not None)
    if row is not None:
        doc.doc_id, doc.source_path = row.get("doc_id", ""), row.get("source_path", "")

    def rows(table: str) -> list[dict[str, str]]:
        return outputs.by_doc[table].get(doc.doc_id, []) if row is not None else []

    names = _PredictedNames(outputs, rows("mentions"))
    entities = _items(gold, "entities")
    score_entities(entities, names, doc)
    score_dates(_items(gold, "dates"), rows("dates"), doc)
    score_figures(_items(gold, "figures"), rows("figures"), doc)
    score_relations(_items(gold, "relations"), _GoldNames(entities), rows("relations"), names,
                    doc)
    score_metadata(gold, row, doc)
    score_body(gold, row, doc)
    return doc


def evaluate(gold_dir: Path, outputs_dir: Path) -> Report:
    """Score the tables in ``outputs_dir`` against the gold files in ``gold_dir``."""
    gold_dir, outputs_dir = Path(gold_dir), Path(outputs_dir)
    gold_files, warnings = load_gold(gold_dir)
    outputs = load_outputs(outputs_dir)
    warnings.extend(outputs.warnings)
    report = Report(gold_dir=str(gold_dir), outputs_dir=str(outputs_dir),
                    table_sources=dict(outputs.sources))
    report.tables = {name: Score() for name in SCORED_TABLES}
    report.metadata = {name: Ratio() for name in METADATA_FIELDS}
    per_type: dict[str, Score] = defaultdict(Score)
    index = _DocumentIndex(outputs.documents)
    for rel, gold in gold_files:
        doc = score_document(rel, gold, outputs, index, warnings)
        report.documents.append(doc)
        if not doc.found:
            report.missing_documents.append(doc.document)
        for name in SCORED_TABLES:
            report.tables[name].add(doc.scores[name])
        for rtype, score in doc.relation_types.items():
            per_type[rtype].add(score)
        for attr in ("relation_date", "relation_date_gold", "figure_qualifier",
                     "figure_qualifier_gold", "body_include", "body_exclude"):
            getattr(report, attr).add(getattr(doc, attr))
        for name, check in doc.metadata.items():
            report.metadata[name].count(check.right)
    report.relation_types = {t: per_type[t] for t in _type_order(per_type)}
    report.warnings = warnings
    return report


def _type_order(types: Iterable[str]) -> list[str]:
    known = [t for t in RELATION_TYPES if t in types]
    return known + sorted(t for t in types if t not in RELATION_TYPES)


# --------------------------------------------------------------------------- output


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _ratio(ratio: Ratio) -> str:
    return f"{ratio.right}/{ratio.total} ({_pct(ratio.value).strip()})"


def _score_rows(scores: dict[str, Score], header: str) -> list[str]:
    width = max([len(header)] + [len(k) for k in scores]) + 2
    lines = [f"{header:<{width}}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}"
             f"{'f1':>8}"]
    for name, s in scores.items():
        lines.append(f"{name:<{width}}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}"
                     f"{s.recall:>8.3f}{s.f1:>8.3f}")
    return lines


def format_report(report: Report, detail: bool = False) -> str:
    """A plain-text summary; with ``detail`` also per-document rows and every difference."""
    found = len(report.documents) - len(report.missing_documents)
    lines = [
        f"Gold: {report.gold_dir} ({len(report.documents)} documents)",
        f"Outputs: {report.outputs_dir} ({found} of them found)",
        "Tables read: " + ", ".join(f"{k}={v}" for k, v in report.table_sources.items()),
        "",
    ]
    lines += _score_rows(report.tables, "table")
    lines.append("")
    if report.relation_types:
        lines += _score_rows(report.relation_types, "relation type")
        lines.append("")
    lines += [
        "Accuracy",
        f"  relation date agrees (of matched relations; both empty agrees): "
        f"{_ratio(report.relation_date)}",
        f"  relation date agrees (of matched relations whose gold has a date): "
        f"{_ratio(report.relation_date_gold)}",
        f"  figure qualifier agrees (of matched figures; both empty agrees): "
        f"{_ratio(report.figure_qualifier)}",
        f"  figure qualifier agrees (of matched figures whose gold has a qualifier): "
        f"{_ratio(report.figure_qualifier_gold)}",
    ]
    for name, ratio in report.metadata.items():
        lines.append(f"  metadata {name}: {_ratio(ratio)}")
    lines.append(
        f"  body snippets right: {_ratio(report.body)} (must_include found "
        f"{_ratio(report.body_include)}, must_exclude absent {_ratio(report.body_exclude)})"
    )
    if report.missing_documents:
        lines += ["", "Gold documents with no output document (all items missed):"]
        lines += [f"  {name}" for name in report.missing_documents]
    if report.warnings:
        lines += ["", "Warnings:"] + [f"  {w}" for w in report.warnings]
    if detail:
        lines += ["", "Per document (F1: entities dates figures relations)"]
        width = max([len(d.document) for d in report.documents] + [8]) + 2
        for d in report.documents:
            f1s = "".join(f"{d.scores[t].f1:>8.3f}" for t in SCORED_TABLES)
            state = "" if d.found else "  (no output document)"
            lines.append(f"  {d.document:<{width}}{f1s}{state}")
        for d in report.documents:
            lines += _document_detail(d)
    return "\n".join(lines)


def _document_detail(doc: DocReport) -> list[str]:
    where = f"{doc.source_path} [{doc.doc_id}]" if doc.found else "no output document"
    lines = ["", f"== {doc.document} (gold {doc.gold_file}; output {where})"]
    for table in SCORED_TABLES:
        s = doc.scores[table]
        lines.append(f"  {table}: tp {s.tp} fp {s.fp} fn {s.fn}  "
                     f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
        lines += [f"    missed:   {item}" for item in doc.missed.get(table, [])]
        lines += [f"    spurious: {item}" for item in doc.spurious.get(table, [])]
    lines += [f"  relation date differs: {item}" for item in doc.date_disagreements]
    lines += [f"  figure qualifier differs: {item}" for item in doc.qualifier_disagreements]
    for name, check in doc.metadata.items():
        mark = "ok" if check.right else "WRONG"
        lines.append(f"  metadata {name}: {mark} (gold {check.gold!r}, ours {check.predicted!r})")
    lines += [f"  body {item}" for item in doc.body_failures]
    return lines


def _score_dict(score: Score) -> dict:
    return {"tp": score.tp, "fp": score.fp, "fn": score.fn, "precision": score.precision,
            "recall": score.recall, "f1": score.f1}


def _ratio_dict(ratio: Ratio) -> dict:
    return {"right": ratio.right, "total": ratio.total, "accuracy": ratio.value}


def report_to_dict(report: Report) -> dict:
    """The report as plain JSON-ready data (for ``--json``)."""
    return {
        "gold_dir": report.gold_dir,
        "outputs_dir": report.outputs_dir,
        "tables": {k: _score_dict(v) for k, v in report.tables.items()},
        "relation_types": {k: _score_dict(v) for k, v in report.relation_types.items()},
        "relation_date": _ratio_dict(report.relation_date),
        "relation_date_gold_dated": _ratio_dict(report.relation_date_gold),
        "figure_qualifier": _ratio_dict(report.figure_qualifier),
        "figure_qualifier_gold_qualified": _ratio_dict(report.figure_qualifier_gold),
        "metadata": {k: _ratio_dict(v) for k, v in report.metadata.items()},
        "body": _ratio_dict(report.body),
        "body_must_include": _ratio_dict(report.body_include),
        "body_must_exclude": _ratio_dict(report.body_exclude),
        "missing_documents": list(report.missing_documents),
        "table_sources": dict(report.table_sources),
        "warnings": list(report.warnings),
        "documents": [
            {
                "gold_file": d.gold_file,
                "document": d.document,
                "found": d.found,
                "doc_id": d.doc_id,
                "source_path": d.source_path,
                "scores": {k: _score_dict(d.scores[k]) for k in SCORED_TABLES},
                "relation_types": {k: _score_dict(d.relation_types[k])
                                   for k in _type_order(d.relation_types)},
                "missed": {k: list(d.missed.get(k, [])) for k in SCORED_TABLES},
                "spurious": {k: list(d.spurious.get(k, [])) for k in SCORED_TABLES},
                "metadata": {k: {"gold": c.gold, "predicted": c.predicted, "right": c.right}
                             for k, c in d.metadata.items()},
                "body_failures": list(d.body_failures),
                "relation_date_disagreements": list(d.date_disagreements),
                "figure_qualifier_disagreements": list(d.qualifier_disagreements),
            }
            for d in report.documents
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate --gold DIR --outputs DIR [--detail] [--json]``."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__)
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    parser.add_argument("--outputs", type=Path, default=Path("outputs"),
                        help="folder holding the output tables (default: outputs)")
    parser.add_argument("--detail", action="store_true", help="list per-document differences")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.gold, args.outputs)
    except GoldFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report_to_dict(report), indent=2, ensure_ascii=False, sort_keys=False))
    else:
        print(format_report(report, detail=args.detail))
    return 0


if __name__ == "__main__":
    sys.exit(main())
