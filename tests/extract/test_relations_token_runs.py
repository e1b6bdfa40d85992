"""token_runs gives what the whole-Doc token Matcher gives (sorted by start, longest
first, equal spans in the Matcher's pattern order) on made-up sentences, and falls back
to the whole Doc when a pattern has a node it cannot read."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import SUBJECT_DEPS  # noqa: F401  (rel_ent set up)
from pipeline.extract.relations.token_runs import compile_gate, run_matcher

SENTENCES = [
    "Acme Corp chief executive Jane Doe said sales rose. Beta Ltd - Oslo agreed.",
    "Jane Doe, president of Acme Corp, met John Smith, the mayor of Springfield.",
    "Springfield in Ruritania hosts Acme Corp of Oslo. Its chairman John Smith left.",
    "Oslo's Beta Ltd hired Jane Doe, Acme Corp's former head, and a new CEO.",
    "nothing here matches at all.",
]
CLASSES = {"Springfield": "PLACE", "Oslo": "PLACE", "Ruritania": "PLACE", "Acme": "ORG",
           "Corp": "ORG", "Beta": "ORG", "Ltd": "ORG", "Jane": "PERSON", "Doe": "PERSON",
           "John": "PERSON", "Smith": "PERSON"}
# two patterns matching the same spans: their order must be the whole-Doc call's
TWINS = {"twin_b": [{"_": {"rel_ent": "PLACE"}, "OP": "+"}],
         "twin_a": [{"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}, "OP": "+"}]}


def _matcher(vocab, patterns):
    m = Matcher(vocab)
    for name, pattern in patterns.items():
        m.add(name, [pattern], greedy="LONGEST")
    return m


def _compare(doc, patterns):
    classes = [CLASSES.get(t.text, "") for t in doc]
    try:
        for t, cls in zip(doc, classes, strict=True):
            t._.rel_ent = cls
        matcher = _matcher(doc.vocab, patterns)
        whole = sorted(matcher(doc), key=lambda m: (m[1], -m[2]))
        runs = run_matcher(matcher, compile_gate(patterns, doc.vocab), doc, classes)
        return whole, runs
    finally:
        for t in doc:
            t._.rel_ent = ""


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_whole_doc(nlp, text):  # noqa: F811
    patterns = {**{n: p for n, (_r, _o, p) in rp.TOKEN_PATTERNS.items()}, **TWINS}
    whole, runs = _compare(nlp(text), patterns)
    assert runs == whole


def test_sentences_hold_matches(nlp):  # noqa: F811
    """Not vacuous: the relation patterns match here, twins on equal spans."""
    patterns = {**{n: p for n, (_r, _o, p) in rp.TOKEN_PATTERNS.items()}, **TWINS}
    whole, _runs = _compare(nlp(SENTENCES[0]), patterns)
    names = {nlp.vocab.strings[k] for k, _s, _e in whole}
    assert {"twin_a", "twin_b", "located_in_dash"} <= names


def test_unreadable_node_means_whole_doc(nlp):  # noqa: F811
    patterns = {"neg": [{"_": {"rel_ent": "ORG"}}, {"LOWER": "said", "OP": "!"}]}
    gate = compile_gate(patterns, nlp.vocab)
    assert gate.every_token
    whole, runs = _compare(nlp(SENTENCES[0]), patterns)
    assert runs == whole and whole


def test_barrier_words_split_runs(nlp):  # noqa: F811
    """'said' can match no node: a match never spans it."""
    patterns = {"org_place": [{"_": {"rel_ent": "ORG"}, "OP": "+"},
                              {"LOWER": "said", "OP": "?"},
                              {"_": {"rel_ent": "PLACE"}, "OP": "+"}]}
    doc = nlp("Acme Corp said Oslo was cold.")
    whole, runs = _compare(doc, patterns)
    assert runs == whole and whole  # 'said' is in a node here, so the run holds it
    patterns["org_place"][1] = {"LOWER": "told", "OP": "?"}
    whole, runs = _compare(doc, patterns)
    assert runs == whole == []
