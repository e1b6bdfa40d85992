"""tree_match gives what spaCy's DependencyMatcher gives (same matches, same order per
root token) on the relation patterns and on made-up sentences; patterns it cannot read
go to a real DependencyMatcher."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import SUBJECT_DEPS  # noqa: F401  (rel_ent set up)
from pipeline.extract.relations.tree_match import compile_patterns, tree_matches

SENTENCES = [
    "Mayor Jane Doe of Springfield visited Shelbyville on Monday and toured its harbour.",
    "Acme Corp was founded by John Smith, who also established Beta Ltd in 1990.",
    "The delegation led by Governor Lee travelled to Oslo, where it met with officials.",
    "Springfield, the capital of Ruritania, is home to the Acme museum.",
    "She was elected president of the union, and he became a member of the board.",
    "Talks between Acme and Beta were held in Paris. Acme signed an agreement with Beta.",
    "It was not raining.",
]
# token index -> rel_ent class, by surface word (the mention classes the patterns test)
CLASSES = {"Springfield": "PLACE", "Shelbyville": "PLACE", "Oslo": "PLACE",
           "Ruritania": "PLACE", "Paris": "PLACE", "Acme": "ORG", "Beta": "ORG",
           "Corp": "ORG", "Ltd": "ORG", "Jane": "PERSON", "Doe": "PERSON",
           "John": "PERSON", "Smith": "PERSON", "Lee": "PERSON"}

EXTRA = {  # '>>' with a class, a plain-string attribute, a two-level tree
    "deep_place": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
                   {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "p",
                    "RIGHT_ATTRS": {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}}],
    "any_pair": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
                 {"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
                 {"LEFT_ID": "b", "REL_OP": ">>", "RIGHT_ID": "c",
                  "RIGHT_ATTRS": {"DEP": "pobj"}}],
}


def _reference(doc, patterns):
    dm = DependencyMatcher(doc.vocab)
    for name, pattern in patterns.items():
        dm.add(name, [pattern])
    order = {name: i for i, name in enumerate(patterns)}
    found = [(doc.vocab.strings[key], ids) for key, ids in dm(doc)]
    return sorted(found, key=lambda m: (m[1][0], order[m[0]]))


def _ours(doc, patterns, classes):
    fast, slow = compile_patterns(patterns, doc.vocab)
    order = {name: i for i, name in enumerate(patterns)}
    found = tree_matches(doc, fast, classes)
    if slow is not None:
        found += [(doc.vocab.strings[key], ids) for key, ids in slow(doc)]
    return sorted(found, key=lambda m: (m[1][0], order[m[0]]))


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_dependency_matcher(nlp, text):  # noqa: F811
    doc = nlp(text)
    classes = [CLASSES.get(t.text, "") for t in doc]
    patterns = {**{n: p for n, (_t, p) in rp.DEP_PATTERNS.items()}, **EXTRA}
    try:
        for t, cls in zip(doc, classes, strict=True):
            t._.rel_ent = cls
        assert _ours(doc, patterns, classes) == _reference(doc, patterns)
    finally:
        for t in doc:
            t._.rel_ent = ""


def test_found_matches_are_real(nlp):  # noqa: F811
    """The comparison above is not vacuous: the sentences hold matches."""
    doc = nlp(SENTENCES[0])
    classes = [CLASSES.get(t.text, "") for t in doc]
    names = {name for name, _ids in _ours(doc, EXTRA, classes)}
    assert names == {"deep_place", "any_pair"}


def test_unreadable_pattern_goes_to_dependency_matcher(nlp):  # noqa: F811
    patterns = {"sibling": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "VERB"}},
                            {"LEFT_ID": "a", "REL_OP": ">", "RIGHT_ID": "b",
                             "RIGHT_ATTRS": {"TAG": "NNP"}}],
                "plain": [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LEMMA": "visit"}}]}
    fast, slow = compile_patterns(patterns, nlp.vocab)
    assert [p.name for p in fast] == ["plain"]
    assert slow is not None and len(slow) == 1
    doc = nlp("Mayor Jane Doe visited Shelbyville.")
    classes = [""] * len(doc)
    assert _ours(doc, patterns, classes) == _reference(doc, patterns)
    assert Token.has_extension("rel_ent")
