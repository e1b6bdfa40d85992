"""Reading the two sides: output tables (Parquet, else CSV) and gold JSON files.

Every cell is read as text, the way a gold annotator wrote it, so that scoring compares
strings and numbers parsed one way whatever format the tables were read from.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd
import pyarrow.parquet as pq

OUTPUT_TABLES = ("documents", "mentions", "entities", "entity_aliases", "dates", "figures",
                 "relations")
ALIAS_SEPARATOR = " | "
# A CSV writer neutralises spreadsheet formulas by prefixing these with an apostrophe.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class GoldFormatError(ValueError):
    """A gold file that cannot be read or does not follow FORMAT.md."""


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


class DocumentIndex:
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
