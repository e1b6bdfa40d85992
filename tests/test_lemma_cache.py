"""The cached lemmatizer gives every token the lemma spaCy's own gives it."""

from __future__ import annotations

from pipeline import lemma_cache

TEXTS = [
    "The firms were buying shares; she has bought better ones than theirs.",
    "Apple's profits rose. Running faster, the runners ran the best race of the years.",
    "He doesn't know why the children's toys were given away by the U.N. in 2020.",
    "Prices are rising, prices rose and prices will rise: the rises were the highest.",
]



def _lemmas(nlp, texts):
    return [[(t.text, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


def test_the_loaded_pipeline_uses_the_cache(nlp):
    assert nlp.get_pipe("lemmatizer").lemmatize.__name__ == "lemmatize_cached"


def test_cached_lemmas_are_spacys(nlp, monkeypatch):
    cached = _lemmas(nlp, TEXTS * 2)  # twice: the second time answers come from the cache
    lemmatizer = nlp.get_pipe("lemmatizer")
    monkeypatch.setattr(lemmatizer, "lemmatize", lemmatizer.rule_lemmatize)
    assert cached == _lemmas(nlp, TEXTS * 2)


def test_cache_asks_once_per_key_and_empties_when_full(monkeypatch):
    class Token:
        def __init__(self, orth, pos, morph):
            self.orth, self.pos, self.morph = orth, pos, type("M", (), {"key": morph})()

    asked = []

    def lemmatize(token):
        asked.append(token.orth)
        return [f"lemma{token.orth}"]

    monkeypatch.setattr(lemma_cache, "MAX_ENTRIES", 2)
    cached = lemma_cache.cached(lemmatize)
    assert cached(Token(1, 2, 3)) == ["lemma1"] and cached(Token(1, 2, 3)) == ["lemma1"]
    assert cached(Token(1, 5, 3)) == ["lemma1"] and asked == [1, 1]  # another POS: asked
    cached(Token(7, 2, 3))  # full: emptied first
    cached(Token(1, 2, 3))
    assert asked == [1, 1, 7, 1]


def test_index_lists_become_sets_and_lemmas_stay_the_shipped_models():
    import spacy

    from pipeline.annotate import MODEL

    shipped = spacy.load(MODEL)
    lists = dict(shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index").items())
    installed = spacy.load(MODEL)
    assert lemma_cache.install(installed)
    sets = dict(installed.get_pipe("lemmatizer").lookups.get_table("lemma_index").items())
    assert sets.keys() == lists.keys()
    assert all(isinstance(sets[pos], frozenset) and sets[pos] == set(lists[pos])
               for pos in lists)
    texts = [*TEXTS, "The mice were caught by the oxen; geese flew over the cacti."]
    assert _lemmas(installed, texts) == _lemmas(shipped, texts)
