"""Run the token-sequence Matcher only where a match can be, with the same result.

The relation token patterns test the ``rel_ent`` extension, which spaCy's Matcher reads
through Python for every token. But a match is a run of tokens each of which satisfies
some node of some pattern. A token that can satisfy no node (most verbs and lower-case
nouns) splits the Doc into runs no match crosses, and a run lacking a token for each
required node of every pattern holds no match. The Matcher runs on the remaining runs
only; its greedy filter works per pattern on overlapping matches, which lie in one run,
so the matches are the same. Their order is rebuilt as the whole-Doc call gives it.

Node tests read here: LOWER, ORTH, POS (a string or {"IN": [...]}), IS_TITLE, IS_PUNCT
(true) and ``rel_ent`` (a non-empty string or {"IN": [...]}). Other tests are skipped,
which only widens the runs; a node with no test read here makes every token possible,
and a pattern with such a required node makes every run possible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_PUNCT, IS_TITLE, LOWER, ORTH, POS
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extract.relations.tree_match import allowed_strings

COLUMNS = {"LOWER": LOWER, "ORTH": ORTH, "POS": POS, "IS_TITLE": IS_TITLE,
           "IS_PUNCT": IS_PUNCT}
EXTENSION = "rel_ent"
REQUIRED_OPS = (None, "1", "+")  # the node must match at least one token
OPTIONAL_OPS = ("?", "*")  # any other operator ("!", "{n,m}") is not read here


@dataclass(frozen=True)
class Gate:
    node_tests: tuple[tuple, ...]  # per node: ((column, allowed ints) | ("_", classes), ...)
    every_token: bool  # some node has no test read here
    required: tuple[tuple[int, ...], ...]  # per pattern: indices of its required nodes
    every_run: bool  # some pattern has a required node with no test read here


def compile_gate(patterns: dict[str, list[dict]], vocab: Vocab) -> Gate:
    nodes: list[tuple] = []
    index: dict[tuple, int] = {}
    every_token = every_run = False
    required = []
    for pattern in patterns.values():
        needed = []
        for spec in pattern:
            tests = _tests(spec, vocab)
            if not tests:
                every_token = True
            if spec.get("OP") in OPTIONAL_OPS:
                continue
            if not tests:
                every_run = True
                continue
            if tests not in index:
                index[tests] = len(nodes)
                nodes.append(tests)
            needed.append(index[tests])
        required.append(tuple(sorted(set(needed))))
        for spec in pattern:  # optional nodes widen the runs too
            tests = _tests(spec, vocab)
            if tests and tests not in index:
                index[tests] = len(nodes)
                nodes.append(tests)
    return Gate(tuple(nodes), every_token, tuple(required), every_run)


def _tests(spec: dict, vocab: Vocab) -> tuple:
    """Tests every token matching the node passes (empty: none known)."""
    if spec.get("OP") not in REQUIRED_OPS + OPTIONAL_OPS:
        return ()
    out = []
    for attr, value in spec.items():
        if attr == "OP":
            continue
        if attr == "_":
            classes = allowed_strings(value.get(EXTENSION)) if set(value) == {EXTENSION} else None
            if classes and "" not in classes:
                out.append(("_", tuple(sorted(classes))))
            continue
        if attr in ("IS_TITLE", "IS_PUNCT"):
            if value is True:
                out.append((attr, (1,)))
            continue
        allowed = allowed_strings(value)
        if attr not in COLUMNS or not allowed:
            continue
        if attr == "POS":
            if allowed <= POS_IDS.keys():
                out.append((attr, tuple(sorted(POS_IDS[v] for v in allowed))))
        else:
            out.append((attr, tuple(sorted(vocab.strings.add(v) for v in allowed))))
    return tuple(sorted(out))


def run_matcher(matcher: Matcher, gate: Gate, doc: Doc, classes: list[str]):
    """``sorted(matcher(doc), key=lambda m: (m[1], -m[2]))``, computed on the runs that
    can hold a match. ``classes`` is each token's rel_ent."""
    if gate.every_token or not len(doc):
        return sorted(matcher(doc), key=lambda m: (m[1], -m[2]))
    arrays = doc.to_array(list(COLUMNS.values()))
    columns = {name: arrays[:, i] for i, name in enumerate(COLUMNS)}
    columns["_"] = np.array(classes)
    masks = [_mask(tests, columns, len(doc)) for tests in gate.node_tests]
    live = np.zeros(len(doc), dtype=bool)
    for mask in masks:
        live |= mask
    starts, ends = _runs(live)
    if not len(starts):
        return []
    keep = np.zeros(len(starts), dtype=bool) if not gate.every_run else \
        np.ones(len(starts), dtype=bool)
    counts = {}
    for needed in gate.required:
        ok = np.ones(len(starts), dtype=bool)
        for j in needed:
            if j not in counts:
                total = np.concatenate(([0], np.cumsum(masks[j])))
                counts[j] = total[ends] - total[starts]
            ok &= counts[j] > 0
        keep |= ok
    found = []
    for start, end in zip(starts[keep].tolist(), ends[keep].tolist(), strict=True):
        found.append([(key, start + s, start + e) for key, s, e in matcher(doc[start:end])])
    return _whole_doc_order(found)


def _mask(tests, columns, n: int) -> np.ndarray:
    mask = np.ones(n, dtype=bool)
    for attr, allowed in tests:
        col = columns[attr]
        # integer values in the column's own type (hashes above 2**63 must not become
        # floats); strings as they are (the column's width would cut longer ones)
        values = np.array(allowed, dtype=col.dtype if col.dtype.kind in "iu" else None)
        mask &= np.isin(col, values)
    return mask


def _runs(live: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    edges = np.diff(np.concatenate(([0], live.astype(np.int8), [0])))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def _whole_doc_order(found: list[list[tuple[int, int, int]]]):
    """By (start, -end); equal spans of two patterns in the whole-Doc call's order: it
    groups greedy-filtered matches by pattern, patterns in the order of their first match
    in the Doc, which the runs (in Doc order) give too."""
    rank: dict[int, int] = {}
    for matches in found:
        for key, _s, _e in matches:
            rank.setdefault(key, len(rank))
    every = [m for matches in found for m in matches]
    return sorted(every, key=lambda m: (m[1], -m[2], rank[m[0]]))
