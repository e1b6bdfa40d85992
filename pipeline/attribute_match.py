"""The model's attribute ruler, matched on token arrays instead of spaCy's Matcher.

``en_core_web_sm`` sets coarse POS, morphology and a few lemma exceptions with an
``attribute_ruler`` of 179 rules ("TAG NN -> POS NOUN", "LOWER n't + TAG RB -> not", ...).
Run through spaCy's ``Matcher`` they cost about a tenth of all annotation time, although
every rule is a fixed-length sequence of single-token tests on TAG, LOWER, DEP and
IS_SPACE. ``ArrayMatcher`` evaluates those tests as numpy comparisons over the Doc's
attribute arrays (the values spaCy's Matcher compares) and returns the same matches in the
same order, which the ruler then applies as before (``annotations_setter``: the same
attributes on the same tokens, without a Span per match). A ruler holding any rule
outside that shape keeps spaCy's Matcher (``install`` returns False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id

ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMNS = tuple(ATTRS.values())  # order of the columns of Doc.to_array


class Unsupported(ValueError):
    """A rule this matcher cannot evaluate exactly as spaCy's Matcher would."""


@dataclass(frozen=True)
class Test:
    column: int  # index into COLUMNS
    op: str  # "==", "IN", "NOT_IN", "REGEX"
    value: int | tuple[int, ...] | str  # an id, sorted ids, or a regular expression


@dataclass(frozen=True)
class Rule:
    key: int  # the ruler's rule number (its Matcher key is str(key))
    match_id: int  # the Matcher key's string id
    patterns: tuple[tuple[tuple[Test, ...], ...], ...]  # per pattern, tests per token


def _value_id(value) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return get_string_id(value)
    raise Unsupported(f"value {value!r}")


def _tests(spec: dict) -> tuple[Test, ...]:
    tests = []
    for name, value in spec.items():
        if name not in ATTRS:
            raise Unsupported(f"attribute {name}")
        column = COLUMNS.index(ATTRS[name])
        if not isinstance(value, dict):
            tests.append(Test(column, "==", _value_id(value)))
            continue
        for op, operand in value.items():
            if op in ("IN", "NOT_IN"):
                tests.append(Test(column, op, tuple(sorted({_value_id(v) for v in operand}))))
            elif op == "REGEX" and isinstance(operand, str):
                tests.append(Test(column, op, operand))
            else:
                raise Unsupported(f"operator {op}")
    return tuple(tests)


def compile_rules(ruler) -> list[Rule]:
    """The ruler's rules as tests; raises Unsupported for a rule of another shape."""
    rules = []
    for key in range(len(ruler.attrs)):
        _, patterns = ruler.matcher.get(str(key))
        compiled = tuple(tuple(_tests(spec) for spec in pattern) for pattern in patterns)
        if not compiled or any(not pattern for pattern in compiled):
            raise Unsupported("empty pattern")
        rules.append(Rule(key, get_string_id(str(key)), compiled))
    return rules


class ArrayMatcher:
    """``AttributeRuler.match`` for rules of single-token tests, on attribute arrays."""

    def __init__(self, ruler):
        self.rules = compile_rules(ruler)
        self.strings = ruler.vocab.strings
        regex_tests = [t for r in self.rules for p in r.patterns for tests in p for t in tests
                       if t.op == "REGEX"]
        self._regexes = {t: re.compile(t.value) for t in regex_tests}
        # value id -> whether the regex finds it, kept across Docs (ids name strings for good)
        self._regex_hits: dict[Test, dict[int, bool]] = {t: {} for t in regex_tests}

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every match, sorted as the ruler sorts
        them (later rules win); each (rule, start, end) once, as spaCy's Matcher gives it
        even when several patterns of the rule match there."""
        if not len(doc):
            return []
        values = doc.to_array(list(COLUMNS))
        present = [set(values[:, c].tolist()) for c in range(len(COLUMNS))]
        masks: dict[Test, numpy.ndarray] = {}
        found = set()
        for rule in self.rules:
            for pattern in rule.patterns:
                if not self._possible(pattern, present):
                    continue
                size = len(pattern)
                for start in self._starts(values, pattern, masks, present).tolist():
                    found.add((rule.key, rule.match_id, start, start + size))
        return sorted(found)

    @staticmethod
    def _possible(pattern, present: list[set[int]]) -> bool:
        """False when a test needs a value the Doc does not hold at all (most rules name
        words or tags a given Doc lacks): no arrays are compared for them."""
        for tests in pattern:
            for test in tests:
                if test.op == "==" and test.value not in present[test.column]:
                    return False
                if test.op == "IN" and present[test.column].isdisjoint(test.value):
                    return False
        return True

    def _starts(self, values: numpy.ndarray, pattern, masks, present) -> numpy.ndarray:
        """Where every token test of ``pattern`` holds, token j of it at start + j."""
        size = len(values) - len(pattern) + 1
        if size <= 0:
            return numpy.empty(0, dtype=numpy.int64)
        combined = None
        for offset, tests in enumerate(pattern):
            for test in tests:
                mask = masks.get(test)
                if mask is None:
                    mask = masks[test] = self._mask(values[:, test.column], test,
                                                    present[test.column])
                part = mask[offset:offset + size]
                combined = part if combined is None else combined & part
        return numpy.flatnonzero(combined)

    def _mask(self, column: numpy.ndarray, test: Test, present: set[int]) -> numpy.ndarray:
        if test.op == "==":
            return column == numpy.uint64(test.value)
        if test.op == "REGEX":
            known = self._regex_hits[test]
            wanted = []
            for value in present:
                hit = known.get(value)
                if hit is None:
                    hit = known[value] = bool(self._regexes[test].search(self.strings[value]))
                if hit:
                    wanted.append(value)
        else:  # IN, NOT_IN: compare with the few listed values this Doc holds
            wanted = present.intersection(test.value)
        mask = numpy.zeros(len(column), dtype=bool)
        for value in wanted:
            mask |= column == numpy.uint64(value)
        return ~mask if test.op == "NOT_IN" else mask


def install(nlp) -> bool:
    """Give the pipeline's attribute ruler the array matcher; False where it keeps its own
    (no ruler, or a rule of another shape)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        matcher = ArrayMatcher(ruler)
    except Unsupported:
        return False
    ruler.match = matcher.match
    ruler.set_annotations = annotations_setter(ruler)
    return True


def annotations_setter(ruler):
    """``AttributeRuler.set_annotations`` without a Span per match.

    spaCy's makes a Span for each match (one or more per token) only to pick the token
    the rule names by its index in the match; this picks it from the Doc and sets the
    same attributes on it in the same order. A match whose index falls outside it goes to
    spaCy's own method, which raises its error (the attributes set before are set again,
    to the same values).
    """
    from spacy.tokens._retokenize import set_token_attrs

    original = ruler.set_annotations

    def set_annotations(doc, matches) -> None:
        for attr_id, _match_id, start, end in matches:
            index = ruler.indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                original(doc, matches)
                return
            set_token_attrs(doc[i], ruler.attrs[attr_id])

    return set_annotations
