"""The attribute ruler matched on arrays finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.attribute_match import ArrayMatcher, Unsupported, install


@pytest.fixture(scope="module")
def ruler(nlp):
    return nlp.get_pipe("attribute_ruler")


def spacy_matches(ruler, doc):
    return AttributeRuler.match(ruler, doc)  # the class's own method: spaCy's Matcher


def test_the_models_ruler_uses_the_array_matcher(nlp, ruler):
    assert ruler.match.__self__.__class__ is ArrayMatcher
    doc = nlp("They're gonna visit Lisbon, ain't they? Let's go.")
    assert [t.pos_ for t in doc][:3] == ["PRON", "AUX", "VERB"]


SENTENCES = [
    "I'm gonna tell you: we gotta go, y'all, c'mon!",
    "Let's see whether it ain't true; nothin' is certain.",
    "There is a bank, and there are two more; there's also a café.",
    "He did it. They have done it, and she has had enough of it.",
    "Do you know that, while prices rise, firms can't and won't hire?",
    "Which company that was sold is not known; this is what they bought.",
    "The fund's 3.5% gain (about $2bn) was   reported\n\nin 2024 by Harbour Bank plc.",
    "He gets it and she got it, but I got them and you get me.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_spacy_on_parsed_text(nlp, ruler, text):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    assert ArrayMatcher(ruler).match(doc) == spacy_matches(ruler, doc)


def _labels(nlp, name):
    return sorted(nlp.get_pipe(name).labels)


WORDS = ["gon", "na", "got", "ta", "let", "'s", "c'm", "on", "y'", "y", "all", "ai", "n't",
         "nt", "nothin'", "nuthin'", "i", "you", "it", "do", "does", "have", "is", "are",
         "was", "'re", "not", "that", "if", "the", "which", "bank", "Lisbon", " ", "\n",
         "gets", "GOT", "am", "'m", "be", "of", "'ve", "will"]


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_same_matches_as_spacy_on_any_tags_and_dependencies(nlp, ruler, data):
    """Docs built with random words, tags and dependency labels (no parser involved)."""
    tags, deps = _labels(nlp, "tagger"), _labels(nlp, "parser")
    size = data.draw(st.integers(0, 12))
    words = data.draw(st.lists(st.sampled_from(WORDS), min_size=size, max_size=size))
    doc = Doc(nlp.vocab, words=words,
              tags=data.draw(st.lists(st.sampled_from(tags), min_size=size, max_size=size)),
              deps=data.draw(st.lists(st.sampled_from(deps), min_size=size, max_size=size)),
              heads=list(range(size)))
    assert ArrayMatcher(ruler).match(doc) == spacy_matches(ruler, doc)


def test_a_rule_of_several_patterns_matches_a_span_once():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}], [{"LOWER": {"IN": ["a", "b"]}}]], {"LEMMA": "x"})
    ruler.add([[{"LOWER": "a"}, {"LOWER": {"REGEX": "^b+$"}}]], {"LEMMA": "y"}, index=1)
    doc = nlp("a b a bb b")
    assert ArrayMatcher(ruler).match(doc) == spacy_matches(ruler, doc)
    assert install(nlp)
    assert [t.lemma_ for t in nlp("a b a bb")] == ["x", "y", "x", "y"]


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],
    [{"POS": "NOUN"}],
    [{"LOWER": {"FUZZY": "bank"}}],
    [{"_": {"flag": True}}],
])
def test_rules_of_another_shape_keep_spacys_matcher(pattern):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"LEMMA": "x"})
    with pytest.raises(Unsupported):
        ArrayMatcher(ruler)
    assert not install(nlp)
    assert "match" not in vars(ruler)


@pytest.mark.parametrize("text", SENTENCES)
def test_annotations_set_as_spacys_own_set_them(nlp, ruler, text):
    from spacy.attrs import LEMMA, MORPH, POS, TAG

    def annotated(set_annotations):
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            doc = nlp(text)
        set_annotations(doc, ruler.match(doc))
        return doc.to_array([POS, TAG, MORPH, LEMMA]).tolist()

    assert "annotations_setter" in ruler.set_annotations.__qualname__  # installed
    assert annotated(ruler.set_annotations) == annotated(
        lambda doc, matches: AttributeRuler.set_annotations(ruler, doc, matches))
