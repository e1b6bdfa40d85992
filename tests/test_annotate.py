"""Our two sentence rules (annotate.py) set exactly the sentence starts that the plain
token-by-token rules would, on documents of every shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import annotate


def reference_paragraph_breaks(doc):
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


def reference_long_sentence_breaks(doc):
    run = 0
    for token in doc:
        if token.is_sent_start:
            run = 0
        elif run >= annotate.MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            run = 0
        run += 1
        if token.text in annotate.SENTENCE_END_TOKENS:
            run = 0
    return doc


def starts(doc) -> list:
    return [t.is_sent_start for t in doc]


def both_ways(nlp, text: str, rule, reference) -> tuple[list, list]:
    return starts(rule(nlp.make_doc(text))), starts(reference(nlp.make_doc(text)))


CAP = annotate.MAX_SENTENCE_TOKENS
TEXTS = [
    "",
    "One",
    "\n",
    "\nLeading break. Then text.",
    "Headline\nFirst paragraph says this.\n\nSecond one, after a blank line.\n",
    "Tabs\t\tand  double  spaces\r\nand a Windows break\n \n trailing",
    "Ends with a break\n",
    "word " * (3 * CAP),
    ("word " * (CAP - 1)) + ". " + ("word " * (CAP - 1)),
    ("word " * CAP) + "... " + ("word " * (CAP + 1)) + "\u2026 more",
    ("word " * (CAP + 5)) + "\n" + ("word " * (CAP + 5)),
    "Is it? Yes! " * (CAP // 2),
]


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_breaks_match_the_token_rule(nlp, text):
    mine, reference = both_ways(nlp, text, annotate.paragraph_breaks,
                                reference_paragraph_breaks)
    assert mine == reference


@pytest.mark.parametrize("text", TEXTS)
def test_long_sentence_breaks_match_the_token_rule(nlp, text):
    mine, reference = both_ways(nlp, text, annotate.long_sentence_breaks,
                                reference_long_sentence_breaks)
    assert mine == reference


def test_long_runs_after_preset_starts(nlp):
    text = "word " * (2 * CAP + 50)
    for preset in ([], [CAP - 3], [10, CAP + 20], [CAP + 1]):
        docs = [nlp.make_doc(text) for _ in range(2)]
        for doc in docs:
            for i in preset:
                doc[i].is_sent_start = True
        assert (starts(annotate.long_sentence_breaks(docs[0]))
                == starts(reference_long_sentence_breaks(docs[1])))


WORDS = st.sampled_from(["word", "Seoul", ".", "!", "?", "...", "\u2026", "\n", "\n\n", " ",
                         "a\nb", "3.5", "U.S.", "(", ")"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=3 * CAP))
def test_any_sequence_of_words(nlp, words):
    text = " ".join(words)
    assert starts(annotate.paragraph_breaks(nlp.make_doc(text))) == starts(
        reference_paragraph_breaks(nlp.make_doc(text)))
    assert starts(annotate.long_sentence_breaks(nlp.make_doc(text))) == starts(
        reference_long_sentence_breaks(nlp.make_doc(text)))


@pytest.mark.parametrize("text, sentences", [
    ("They met the Governor of Tornby HE. Ann Berg. Then they left.", 2),
    ("The team hosted the Speaker Hon. Tom Hale and Eng. Lars Dahl for lunch.", 1),
    ("It was not him but he. Then Anna left.", 2),  # a pronoun, not His Excellency
    ("They beat ENG. THE crowd cheered.", 2),  # a capitalised word only
])
def test_no_sentence_starts_after_a_form_of_address(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


def test_address_stops_are_found_in_the_token_arrays(nlp):
    doc = nlp.make_doc("Governor HE. Ann Berg met Hon. Tom Hale. Hon . Lars and he. Then")
    assert [doc[i - 1].text for i in annotate._address_stops(doc)] == ["HE", "Hon"]


@pytest.mark.parametrize("text, first", [
    ("SEOUL, May 3 (Yonhap) -- Canada and Mexico signed a deal.", "Canada"),
    ("WASHINGTON (AP) — Canada and Mexico signed a deal.", "Canada"),
    ("The talks ended.\nATHENS - Greece and Turkey signed a deal.", "Greece"),
])
def test_a_dateline_is_a_sentence_of_its_own(nlp, text, first):
    """The lead's subject is parsed as the subject, not as the dateline's apposition."""
    doc = nlp(text)
    lead = [s for s in doc.sents if s.text.strip()][-1]
    assert lead[0].text == first
    assert any(t.dep_ == "nsubj" and t.text == first for t in lead)


def test_no_sentence_break_without_a_dateline(nlp):
    doc = nlp("NATO - Russia talks resumed on Monday in Brussels.")
    assert len(list(doc.sents)) == 1
