"""English dictionary words, from the model's own lemmatizer tables.

A capitalised word before a company officer's title may be a company's name ("Zentor
chief executive Ana Roe") or an ordinary word written with a capital ("Committee Chairman
Ana Roe", "Presidential spokesman", "Company chairman"). The rule lemmatizer of the
pinned model ships WordNet's lists of English nouns, verbs, adjectives and adverbs
(``lemma_index``, 83,000 words); a word in them is not taken as a name on that evidence
alone. The tables of the pipeline this process loaded are used as they are; a process
that has none (every document from the cache) reads them once from the model package
(about 0.1 s), only when a rule asks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


def is_dictionary_word(word: str) -> bool:
    """Is the lower-cased ``word`` an English noun, verb, adjective or adverb?"""
    low = word.lower()
    return any(low in words for words in _index().values())


def _index() -> dict:
    """The ``lemma_index`` table (part of speech -> words): the loaded pipeline's (turned
    into frozensets by ``pipeline.lemma_cache``), else the package's."""
    from pipeline.annotate import LOADED

    for nlp in reversed(LOADED):
        if "lemmatizer" in nlp.pipe_names:
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", None)
            if index is not None:
                return index
    return _package_index()


@cache
def _package_index() -> dict:
    """The table read from the pinned model's files, each list made a frozenset.
    (Imports are local: resolution imports this package in a process without spaCy.)"""
    import spacy.util
    from spacy.lookups import Lookups

    from pipeline.annotate import MODEL

    package = Path(spacy.util.get_package_path(MODEL))
    found = sorted(package.glob("*/lemmatizer/lookups"))
    if not found:
        return {}
    index = Lookups().from_disk(found[0]).get_table("lemma_index", {})
    return {pos: frozenset(words) for pos, words in index.items()}
