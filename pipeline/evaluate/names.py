"""Names on both sides: gold entities with their aliases, predicted entities with theirs.

A relation or entity matches when any of its names matches, so both sides expand a name
to the set of normalised keys of every form the document uses for that thing.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pipeline.evaluate.match import (
    name_keys,
    normalise_name,
)
from pipeline.evaluate.read import Outputs
from pipeline.evaluate.report import Score


def items_of(data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def aliases_of(entity: dict) -> list[str]:
    """A gold entity's aliases; a lone string is read as one alias, not as characters."""
    value = entity.get("aliases") or []
    if isinstance(value, str):
        value = [value]
    return [as_text(a) for a in value if as_text(a)] if isinstance(value, list) else []


def as_text(value) -> str:
    return "" if value is None else str(value).strip()


def show_number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def qualifier_key(value) -> str:
    return as_text(value).lower().replace("-", "_").replace(" ", "_")


def relation_type_key(value) -> str:
    return as_text(value).lower().replace("-", "_").replace(" ", "_")


class GoldNames:
    """Gold entity names: a relation's subject expands to that entity's name and aliases."""

    def __init__(self, entities: list[dict]):
        self.by_canonical: dict[str, list[str]] = {}
        self.by_alias: dict[str, list[str]] = {}
        for ent in entities:
            names = [as_text(ent.get("name"))] + aliases_of(ent)
            self.by_canonical.setdefault(normalise_name(names[0]), names)
            for alias in names[1:]:
                self.by_alias.setdefault(normalise_name(alias), names)

    def keys(self, name) -> frozenset[str]:
        key = normalise_name(as_text(name))
        if not key:
            return frozenset()
        names = self.by_canonical.get(key) or self.by_alias.get(key) or [as_text(name)]
        return name_keys(names)


class PredictedNames:
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


def count_score(matching: dict[int, int], n_gold: int, n_pred: int) -> Score:
    tp = len(matching)
    return Score(tp=tp, fp=n_pred - tp, fn=n_gold - tp)
