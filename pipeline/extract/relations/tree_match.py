"""Dependency patterns matched from token arrays, exactly as spaCy's DependencyMatcher.

spaCy's ``DependencyMatcher`` runs a token ``Matcher`` with one pattern per node of every
pattern over every token of the Doc (Python calls per token for the ``_`` predicates),
then tries the cartesian product of node positions. That was most of the relations
stage. Our patterns use only a few exact-equality attributes (LEMMA, LOWER, POS, DEP and
the ``rel_ent`` class of a mention token) and the ``>`` / ``>>`` operators, so each node's
positions come from one comparison over the Doc's attribute arrays, and the tree is
walked only from root positions. The result is the same list of matches in the order
the DependencyMatcher gives for one root token (lexicographic over node positions);
callers sort by root token and pattern. A pattern using anything else runs in a real
``DependencyMatcher``, so adding such a pattern cannot change what matches.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

ARRAY_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "POS": POS, "DEP": DEP}
EXTENSION = "rel_ent"  # the per-token mention class the patterns test
OPERATORS = (">", ">>")


@dataclass(frozen=True, eq=False)
class Node:
    key: tuple  # ((attribute, allowed array ints), ...), classes: equal nodes share work
    classes: tuple[str, ...] | None  # allowed rel_ent values, None when not tested
    parent: int  # index of the node it hangs from, -1 for the root
    op: str


@dataclass(frozen=True)
class TreePattern:
    name: str
    nodes: tuple[Node, ...]


def compile_patterns(patterns: dict[str, list[dict]], vocab: Vocab):
    """(array-matched patterns, DependencyMatcher for the rest or None), in the given
    order."""
    fast: list[TreePattern] = []
    slow = None
    for name, pattern in patterns.items():
        compiled = _compile(name, pattern, vocab)
        if compiled is not None:
            fast.append(compiled)
            continue
        if slow is None:
            slow = DependencyMatcher(vocab)
        slow.add(name, [pattern])
    return fast, slow


def _compile(name: str, pattern: list[dict], vocab: Vocab) -> TreePattern | None:
    index = {spec["RIGHT_ID"]: i for i, spec in enumerate(pattern)}
    nodes = []
    for i, spec in enumerate(pattern):
        if i == 0:
            if "REL_OP" in spec or "LEFT_ID" in spec:
                return None
            parent, op = -1, ""
        else:
            op = spec.get("REL_OP")
            parent = index.get(spec.get("LEFT_ID"), i)
            if op not in OPERATORS or parent >= i:
                return None
        tests = []
        classes = None
        for attr, value in spec.get("RIGHT_ATTRS", {}).items():
            if attr == "_":
                if set(value) != {EXTENSION}:
                    return None
                allowed = allowed_strings(value[EXTENSION])
                if allowed is None:
                    return None
                classes = tuple(sorted(allowed))
                continue
            allowed = allowed_strings(value)
            if attr not in ARRAY_ATTRS or allowed is None:
                return None
            if attr == "POS":
                if not allowed <= POS_IDS.keys():
                    return None
                ids = sorted(POS_IDS[v] for v in allowed)
            else:
                ids = sorted(vocab.strings.add(v) for v in allowed)
            tests.append((attr, tuple(ids)))
        nodes.append(Node((tuple(sorted(tests)), classes), classes, parent, op))
    return TreePattern(name, tuple(nodes))


def allowed_strings(value) -> frozenset | None:
    """A plain string or {"IN": [...]} of strings; anything else is not handled here."""
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"} and \
            all(isinstance(v, str) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


def tree_matches(doc: Doc, patterns: list[TreePattern], classes: list[str]):
    """[(name, token indices per node)] for every match, pattern by pattern, each
    pattern's matches in DependencyMatcher order. ``classes`` is each token's rel_ent."""
    if not len(doc) or not patterns:
        return []
    arrays = doc.to_array([*ARRAY_ATTRS.values(), HEAD])
    heads = (np.arange(len(doc)) + arrays[:, 4].astype(np.int64)).tolist()
    columns = _Columns(arrays, classes)
    cache: dict[tuple, list[int]] = {}
    out = []
    for pattern in patterns:
        positions = []
        for node in pattern.nodes:  # the root (most often the trigger word) first
            if node.key not in cache:
                cache[node.key] = _positions(node, columns)
            if not cache[node.key]:
                break
            positions.append(cache[node.key])
        else:
            for found in _walk(pattern.nodes, positions, heads):
                out.append((pattern.name, found))
    return out


class _Columns:
    """A Doc's attribute columns, with the set of values each holds (read on demand),
    so a node whose words the Doc lacks costs a set look-up, not an array scan."""

    def __init__(self, arrays: np.ndarray, classes: list[str]):
        self.arrays = {name: arrays[:, i] for i, name in enumerate(ARRAY_ATTRS)}
        self.classes = classes
        self.class_arr: np.ndarray | None = None
        self.values: dict[str, set] = {}

    def held(self, attr: str, allowed) -> list:
        """The allowed values this Doc holds in a column ("_" for the mention classes)."""
        if attr not in self.values:
            self.values[attr] = set(self.classes) if attr == "_" \
                else set(self.arrays[attr].tolist())
        return sorted(self.values[attr].intersection(allowed))

    def classes_array(self) -> np.ndarray:
        if self.class_arr is None:
            self.class_arr = np.array(self.classes)
        return self.class_arr


def _positions(node: Node, columns: _Columns) -> list[int]:
    tests = list(node.key[0])
    if node.classes is not None:
        tests.append(("_", node.classes))
    held = []
    for attr, allowed in tests:
        values = columns.held(attr, allowed)
        if not values:
            return []
        held.append((attr, values))
    mask = None
    for attr, values in held:
        col = columns.classes_array() if attr == "_" else columns.arrays[attr]
        test = col == values[0]
        for value in values[1:]:
            test |= col == value
        mask = test if mask is None else mask & test
    if mask is None:
        return list(range(len(columns.classes)))
    return np.flatnonzero(mask).tolist()


def _walk(nodes: tuple[Node, ...], positions: list[list[int]], heads: list[int]):
    """Assignments of positions to nodes in lexicographic order, every node related to
    its parent by its operator (the order of itertools.product filtered)."""
    chosen = [0] * len(nodes)

    def related(parent_pos: int, pos: int, op: str) -> bool:
        if pos == parent_pos:
            return False
        if op == ">":
            return heads[pos] == parent_pos
        while heads[pos] != pos:  # ">>": parent_pos is an ancestor of pos
            pos = heads[pos]
            if pos == parent_pos:
                return True
        return False

    def assign(j: int):
        if j == len(nodes):
            yield list(chosen)
            return
        node = nodes[j]
        for pos in positions[j]:
            if j and not related(chosen[node.parent], pos, node.op):
                continue
            chosen[j] = pos
            yield from assign(j + 1)

    yield from assign(0)
