"""The user's aliases file: corrections to cross-document entity resolution.

``corpus/aliases.csv`` (UTF-8, header ``alias,canonical,type``; blank lines and lines
starting with ``#`` are ignored). Each row says what to do with every entity that uses the
surface form ``alias``:

- merge / rename: ``canonical`` is a name; the entity joins the entity of that name (and
  takes it as its name, even if no document writes it that way);
- split: ``canonical`` is ``-`` (or repeats ``alias``); the entity is kept apart under the
  name ``alias`` and is not folded into others by the automatic rules.

``type`` (optional) limits the row to entities of that coarse class (PERSON, ORG, PLACE =
GPE/LOC/FAC, or another label) and sets the entity's type. See docs/aliases.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract.entities.names import coarse, fold
from pipeline.extract.entities.rules import ENTITY_LABELS

SPLIT = "-"
_COLUMNS = ("alias", "canonical", "type")


@dataclass(frozen=True)
class AliasRule:
    alias: str
    canonical: str  # a name, or "-" for a split
    type: str  # OntoNotes label or "" for any type
    line: int

    @property
    def is_split(self) -> bool:
        return self.canonical == SPLIT or fold(self.canonical) == fold(self.alias)


@dataclass
class AliasTable:
    rules: tuple[AliasRule, ...] = ()
    source: str = ""
    _index: dict[str, list[AliasRule]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = {}
        for rule in self.rules:
            self._index.setdefault(fold(rule.alias), []).append(rule)

    def __len__(self) -> int:
        return len(self.rules)

    def lookup(self, surface: str, label: str) -> AliasRule | None:
        """The row for a surface form of an entity of type ``label``, if any."""
        for rule in self._index.get(fold(surface), []):
            if not rule.type or coarse(rule.type) == coarse(label):
                return rule
        return None


def load_aliases(path: Path) -> AliasTable:
    """Read the aliases file; a missing file is an empty table, a bad row a ValueError."""
    path = Path(path)
    if not path.exists():
        return AliasTable(source=str(path))
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    return parse_aliases(raw, str(path))


def parse_aliases(text: str, source: str = "aliases.csv") -> AliasTable:
    """Parse the CSV text of an aliases file (see load_aliases)."""
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), start=1)
             if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return AliasTable(source=source)
    try:
        rows = list(csv.reader(io.StringIO("\n".join(ln for _n, ln in lines))))
    except csv.Error as exc:
        raise ValueError(f"{source}: {exc}") from exc
    if len(rows) != len(lines):
        raise ValueError(f"{source}:{lines[0][0]}: quoted fields spanning lines are not allowed")
    header = [h.strip().lower() for h in rows[0]]
    if tuple(header[:2]) != _COLUMNS[:2] or header[2:] not in ([], ["type"]):
        raise ValueError(
            f"{source}:{lines[0][0]}: header must be 'alias,canonical,type', got {rows[0]!r}"
        )
    rules: list[AliasRule] = []
    seen: dict[tuple[str, str], AliasRule] = {}
    for (line, _text), row in zip(lines[1:], rows[1:], strict=True):
        if len(row) not in (2, 3) or len(row) > len(header):
            raise ValueError(f"{source}:{line}: expected {len(header)} fields, got {len(row)}")
        alias, canonical = row[0].strip(), row[1].strip()
        label = row[2].strip().upper() if len(row) == 3 else ""
        if not fold(alias):
            raise ValueError(f"{source}:{line}: empty alias")
        if not canonical or (canonical != SPLIT and not fold(canonical)):
            raise ValueError(f"{source}:{line}: empty canonical (use '-' to split)")
        if label and label not in ENTITY_LABELS:
            known = ", ".join(sorted(ENTITY_LABELS))
            raise ValueError(f"{source}:{line}: unknown type {label!r} (one of {known})")
        rule = AliasRule(alias, canonical, label, line)
        key = (fold(alias), coarse(label) if label else "")
        old = seen.get(key)
        if old is not None and fold(old.canonical) != fold(canonical):
            raise ValueError(
                f"{source}:{line}: alias {alias!r} already mapped to {old.canonical!r} "
                f"on line {old.line}"
            )
        seen[key] = rule
        rules.append(rule)
    return AliasTable(tuple(rules), source)
