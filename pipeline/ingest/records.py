"""Articles and metadata inside JSON: ``.jsonl`` lines and ``NAME.meta.json`` sidecars.

Only the known keys are read, each must be a string (an ``id`` may be an integer). A
value that cannot be used, and a field the pipeline does not read, is a warning naming
it (the record is kept); a record without a usable body is an error (it is skipped).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
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
from pipeline.model import WARNING, InputError, RawDoc

STAGE = "ingest"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


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
    """One RawDoc per usable line; an error per refused line, a warning per ignored value.

    A field the pipeline does not read is reported on its first line only (a scraper's
    feed repeats the same fields on every line).
    """
    unread: set[str] = set()
    # Split on "\n" only: str.splitlines would also split on U+2028 and friends, which
    # may legally appear raw inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            doc, problems, extra = _jsonl_line(rel, number, line, encoding)
        except Rejected as exc:
            yield InputError(rel, STAGE, f"line {number}: {exc}")
            continue
        problems += [f"{_unread(key, value)} (reported for its first line only)"
                     for key, value in extra.items() if key not in unread]
        unread.update(extra)
        for problem in problems:
            yield InputError(rel, STAGE, f"line {number}: {problem}", WARNING)
        yield doc


# The source_path of texts given from Python (pipeline.extract_texts); their "line" is
# their 1-based position, and messages call it an item.
TEXTS_SOURCE = "<texts>"


def position(raw_path: str, number: int) -> str:
    """How messages name a record's place: "line 3" in a jsonl file, "item 3" in texts."""
    return f"{'item' if raw_path == TEXTS_SOURCE else 'line'} {number}"


def record_docs(records: Iterable[object], rel: str = TEXTS_SOURCE,
                ) -> Iterator[RawDoc | InputError]:
    """RawDocs from records given in memory (``{"text": ..., "published": ...}``), numbered
    from 1; a record that a jsonl line could not be is an error, never an exception."""
    for number, obj in enumerate(records, start=1):
        where = position(rel, number)
        try:
            if not isinstance(obj, dict):
                raise Rejected(f"not a record (got {type_name(obj)})")
            doc, problems, _ = record_doc(rel, number, obj)
        except Rejected as exc:
            yield InputError(rel, STAGE, f"{where}: {exc}")
            continue
        for problem in problems:
            yield InputError(rel, STAGE, f"{where}: {problem}", WARNING)
        yield doc


def _jsonl_line(rel: str, number: int, line: str, encoding: str,
                ) -> tuple[RawDoc, list[str], dict]:
    """(the line's RawDoc, problems with its metadata, fields not read -> value)."""
    obj = parse_json(line)
    if not isinstance(obj, dict):
        raise Rejected(f"not a JSON object (got {type_name(obj)})")
    return record_doc(rel, number, obj, encoding)


def record_doc(rel: str, number: int, obj: dict, encoding: str = "utf-8",
               ) -> tuple[RawDoc, list[str], dict]:
    """A RawDoc from one record ({"text" or "html": ..., metadata...}): a jsonl line, or an
    item given from Python. Raises Rejected when the record has no usable body."""
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
    meta, problems = _pick_meta(obj, R.JSONL_META_KEYS)
    known = {k for k, _ in R.JSONL_BODY_KEYS if k == key} | set(R.JSONL_META_KEYS)
    extra = {k: v for k, v in obj.items() if k not in known and filled(v)}
    return RawDoc(rel, number, kind, content, meta, encoding), problems, extra


def filled(value: object) -> bool:
    """Whether a field holds a value at all (null, blank text and empty lists do not)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != [] and value != {}


def _unread(key: str, value: object) -> str:
    if any(key == body for body, _ in R.JSONL_BODY_KEYS):
        return f"field '{key}' = {shown(value)} not read: the other body field is used; ignored"
    return f"field '{key}' = {shown(value)} is not one the pipeline reads; ignored"


def shown(value: object, limit: int = 60) -> str:
    """A value as JSON, cut to ``limit`` characters, for messages that name it."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):  # circular or absurdly deep: only from Python
        text = repr(type(value).__name__)
    text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _pick_meta(obj: dict, keys) -> tuple[dict, list[str]]:
    """The known metadata keys with string values; a problem message for each other value.

    An ``id`` may also be an integer (feeds number their records)."""
    meta: dict = {}
    problems: list[str] = []
    for key in keys:
        if key not in obj or obj[key] is None:
            continue
        value = obj[key]
        if key == "id" and type(value) is int:
            value = str(value)
        if not isinstance(value, str):
            problems.append(f"field '{key}' must be a string, got {type_name(value)} "
                            f"({shown(value)}); ignored")
            continue
        value = clean_string(value).strip()
        if value:
            meta[key] = value
    return meta, problems


# --------------------------------------------------------------------------- sidecars


def load_sidecar(path: Path, max_bytes: int, rel: str) -> tuple[dict, list[InputError]]:
    """(metadata, problems) of a NAME.meta.json file; a broken sidecar gives no metadata
    (an error), a value that cannot be used is left out (a warning naming it)."""
    try:
        data = read_bytes(path, max_bytes)
        text, _ = decode_bytes(data, "text")
        obj = parse_json(text)
    except Rejected as exc:
        return {}, [InputError(rel, STAGE, str(exc))]
    if not isinstance(obj, dict):
        return {}, [InputError(rel, STAGE, f"sidecar must be a JSON object, got {type_name(obj)}")]
    meta, problems = _pick_meta(obj, R.SIDECAR_KEYS)
    problems += [_unread(key, value) for key, value in sorted(obj.items())
                 if key not in R.SIDECAR_KEYS and filled(value)]
    return meta, [InputError(rel, STAGE, problem, WARNING) for problem in problems]
