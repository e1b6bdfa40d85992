"""Articles and metadata inside JSON: ``.jsonl`` lines and ``NAME.meta.json`` sidecars.

Only the known keys are read, each must be a string (a jsonl ``id`` may be an integer);
anything else is reported as a problem message and the rest of the record is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.ingest import rules as R
from pipeline.ingest.decode import (
    Rejected,
    check_text,
    clean_string,
    decode_bytes,
    normalise_newlines,
    read_bytes,
)
from pipeline.model import InputError, RawDoc

STAGE = "ingest"


# --------------------------------------------------------------------------- jsonl


def parse_json(text: str) -> object:
    """json.loads, with every failure (including absurd nesting) as a Rejected."""
    try:
        return json.loads(text)
    except RecursionError:
        raise Rejected("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and over-long integers
        raise Rejected(f"invalid JSON: {exc}") from None


def type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def jsonl_docs(rel: str, text: str, encoding: str) -> Iterator[RawDoc | InputError]:
    # Split on "\n" only: str.splitlines would also split on U+2028 and friends, which
    # may legally appear raw inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc, problems = _jsonl_line(rel, number, line, encoding)
        except Rejected as exc:
            yield InputError(rel, STAGE, f"line {number}: {exc}")
            continue
        for problem in problems:
            yield InputError(rel, STAGE, f"line {number}: {problem}")
        yield doc


def _jsonl_line(rel: str, number: int, line: str, encoding: str) -> tuple[RawDoc, list[str]]:
    obj = parse_json(line)
    if not isinstance(obj, dict):
        raise Rejected(f"not a JSON object (got {type_name(obj)})")
    present = [(key, kind) for key, kind in R.JSONL_BODY_KEYS if key in obj]
    if not present:
        names = " or ".join(f"'{key}'" for key, _ in R.JSONL_BODY_KEYS)
        raise Rejected(f"no {names} field")
    chosen = next(
        ((k, kind) for k, kind in present if isinstance(obj[k], str) and obj[k].strip()), None
    )
    if chosen is None:
        key = present[0][0]
        value = obj[key]
        if not isinstance(value, str):
            raise Rejected(f"field '{key}' must be a string, got {type_name(value)}")
        raise Rejected(f"field '{key}' is empty")
    key, kind = chosen
    content = normalise_newlines(clean_string(obj[key]))
    if content.startswith("\ufeff"):
        content = content[1:]
    check_text(content)
    meta, problems = _pick_meta(obj, R.JSONL_META_KEYS, allow_int_id=True)
    return RawDoc(rel, number, kind, content, meta, encoding), problems


def _pick_meta(obj: dict, keys, allow_int_id: bool = False) -> tuple[dict, list[str]]:
    """The known metadata keys with string values; a problem message for each other value."""
    meta: dict = {}
    problems: list[str] = []
    for key in keys:
        if key not in obj or obj[key] is None:
            continue
        value = obj[key]
        if allow_int_id and key == "id" and type(value) is int:
            value = str(value)
        if not isinstance(value, str):
            problems.append(f"field '{key}' must be a string, got {type_name(value)}; ignored")
            continue
        value = clean_string(value).strip()
        if value:
            meta[key] = value
    return meta, problems


# --------------------------------------------------------------------------- sidecars


def load_sidecar(path: Path, max_bytes: int) -> tuple[dict, list[str]]:
    """(metadata, problems) of a NAME.meta.json file; a broken sidecar gives no metadata."""
    try:
        data = read_bytes(path, max_bytes)
        text, _ = decode_bytes(data, "text")
    except Rejected as exc:
        return {}, [str(exc)]
    try:
        obj = parse_json(text)
    except Rejected as exc:
        return {}, [str(exc)]
    if not isinstance(obj, dict):
        return {}, [f"sidecar must be a JSON object, got {type_name(obj)}"]
    return _pick_meta(obj, R.SIDECAR_KEYS)
