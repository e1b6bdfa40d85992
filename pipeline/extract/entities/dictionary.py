"""English dictionary words, from the model's own lemmatizer tables.

A capitalised word before a company officer's title may be a company's name ("Zentor
chief executive Ana Roe") or an ordinary word written with a capital ("Committee Chairman
Ana Roe", "Presidential spokesman", "Company chairman"). The rule lemmatizer of the
pinned model ships WordNet's lists of English nouns, verbs, adjectives and adverbs
(``lemma_index``, 83,000 words); a word in them is not taken as a name on that evidence
alone. Read once per process, only when a rule asks (about 0.1 s).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def dictionary_words() -> frozenset[str]:
    """Every lower-case word of the model's ``lemma_index`` table, of any part of speech.
    (Imports are local: resolution imports this package in a process without spaCy.)"""
    import spacy.util
    from spacy.lookups import Lookups

    from pipeline.annotate import MODEL

    package = Path(spacy.util.get_package_path(MODEL))
    found = sorted(package.glob("*/lemmatizer/lookups"))
    if not found:
        return frozenset()
    index = Lookups().from_disk(found[0]).get_table("lemma_index", {})
    return frozenset(word for words in index.values() for word in words)
